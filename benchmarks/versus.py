"""Two versions of the parser timed in one process, page by page, turn about.

usage:
    python benchmarks/versus.py ../old-checkout/src src            # blog corpus
    python benchmarks/versus.py OLD/src NEW/src --corpus ../shared/discussions --runs 9
    python benchmarks/versus.py OLD/src NEW/src --pages     # each page's ratio too
    python benchmarks/versus.py OLD/src NEW/src --dialect resiliparse-main  # pages
        # whose comment section the converter left out: the common case of a crawl

Each version's package is copied under a name of its own (``tp_a``, ``tp_b``: absolute
imports renamed, its grammar put inside it), so both load in one process; each
resiliparse dump of the folder is then parsed ``--runs`` times by each, in turns that
alternate which goes first, with ``gc.collect()`` before each timed parse as
``bench.py`` does. The medians per page are compared: the per-page ratio's median and
the ratio of the totals (NEW ÷ OLD). A shared machine's drift falls on both versions
alike, which separate processes minutes apart cannot promise.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"


def load_as(src: Path, name: str, folder: Path) -> ModuleType:
    """The package ``threadparse`` of ``src`` imported as ``name`` (a copy in ``folder``)."""
    package = folder / name
    shutil.copytree(src / "threadparse", package)
    grammar = src.parent / "grammar"
    if grammar.is_dir() and not (package / "grammar").is_dir():
        shutil.copytree(grammar, package / "grammar")
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"\b(from|import) threadparse\b", rf"\1 {name}", text), "utf-8")
    return importlib.import_module(name)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("old", type=Path, help="the baseline's src folder")
    ap.add_argument("new", type=Path, help="the measured version's src folder")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--runs", type=int, default=7, help="timed parses per page and version")
    ap.add_argument(
        "--pages", action="store_true", help="print each page's ratio and medians (ms), worst last"
    )
    ap.add_argument(
        "--dialect",
        default="resiliparse",
        help="whose dumps: resiliparse (default), "
        "resiliparse-main (mostly no comment section), html2text, inscriptis, w3m, lynx",
    )
    args = ap.parse_args()
    dumps = sorted(args.corpus.glob(f"*.{args.dialect}.txt"))
    if not dumps:
        raise SystemExit(f"no {args.dialect} dumps in {args.corpus}")
    texts = [path.read_text(encoding="utf-8") for path in dumps]
    with tempfile.TemporaryDirectory(prefix="versus-") as scratch:
        sys.path.insert(0, scratch)
        old = load_as(args.old, "tp_a", Path(scratch))
        new = load_as(args.new, "tp_b", Path(scratch))
        for text in texts:  # (grammars built, caches warm)
            old.parse(text)
            new.parse(text)
        ratios, old_total, new_total = [], 0.0, 0.0
        rows: list[tuple[float, float, float, str]] = []
        for path, text in zip(dumps, texts, strict=True):
            times: dict[str, list[float]] = {"old": [], "new": []}
            for run in range(args.runs):
                order = [("old", old), ("new", new)]
                for key, module in order if run % 2 == 0 else order[::-1]:
                    gc.collect()
                    started = time.perf_counter()
                    module.parse(text)
                    times[key].append(time.perf_counter() - started)
            old_median, new_median = (statistics.median(times[k]) for k in ("old", "new"))
            ratios.append(new_median / old_median)
            rows.append((new_median / old_median, old_median, new_median, path.name))
            old_total += old_median
            new_total += new_median
    if args.pages:
        for ratio, old_median, new_median, name in sorted(rows):
            print(f"{ratio:6.2f}  {old_median * 1e3:8.2f} → {new_median * 1e3:8.2f} ms  {name}")
    print(
        f"{len(texts)} pages, {args.runs} runs each: median per-page ratio "
        f"{statistics.median(ratios):.3f}, totals {old_total * 1e3:.0f} → {new_total * 1e3:.0f} ms "
        f"(×{new_total / old_total:.3f})"
    )


if __name__ == "__main__":
    main()
