"""Instructions per parse, counted by valgrind's callgrind: a figure that does not move
with the load of a shared machine, for comparing two versions of the parser.

usage:
    python benchmarks/icount.py                      # seed and wrapped, 0.5 MB, each stage
    python benchmarks/icount.py --shape wrapped --mb 1 --stage transform
    python benchmarks/icount.py --src ../other-checkout/src   # another version's code
    python benchmarks/icount.py --corpus ../shared/corpus --json out.json  # per page
    python benchmarks/icount.py --corpus ../shared/corpus --against ../old/src  # ratios

Each figure is the difference between two runs of one process under callgrind, one that
parses the dump once and one that does everything else (imports, building the parser,
generating the dump) but not the parse. With ``--corpus``, each resiliparse dump of the
folder is parsed three times in one run, and callgrind counts the last two apart
(``--dump-before`` a call made only around them): the instructions of a parse of a page
just parsed, page by page, as ``bench.py`` times it. Needs ``valgrind`` (Debian:
``apt install valgrind``); a run takes 20-60 s (a corpus of 40 pages, about 2 minutes).

Every run has a fixed hash seed (``PYTHONHASHSEED=0``) and a Lark cache folder of its
own for the code measured: with a shared one, two versions of the grammar rebuild each
other's tables, and the rebuild lands in the measurement.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAGES = ("full", "outline", "transform")

# The measured process: ``--child SRC SHAPE MB STAGE N`` does the stage N times.
_CHILD = r"""
import gc, sys
src, shape, mb, stage, n = sys.argv[1:6]
sys.path[:0] = [src, HERE]
import generate, threadparse
from threadparse import parser
from threadparse.dialect import detect
from threadparse.errors import Diagnostics, collecting
from threadparse.transform import PageBuilder
text = generate.make(shape, int(float(mb) * 1_000_000))
threadparse.parse(text[:3000])
gc.disable()
diagnostics = Diagnostics(text=text)
with collecting(diagnostics):
    outline = parser._outline(text) if stage == "transform" else None
    for _ in range(int(n)):
        if stage == "full":
            threadparse.parse(text)
        elif stage == "outline":
            parser._outline(text)
        else:
            PageBuilder(diagnostics, detect(text)).build(outline, ends_with_newline=True)
"""


# ``--child-corpus SRC FOLDER``: every page parsed once, then each page once more and
# twice between two calls of getppid (callgrind dumps its counts before each call).
_CORPUS_CHILD = r"""
import glob, os, sys
sys.path[:0] = [sys.argv[1]]
import threadparse
pages = sorted(glob.glob(os.path.join(sys.argv[2], "*.resiliparse.txt")))
texts = [open(p, encoding="utf-8").read() for p in pages]
for text in texts:
    threadparse.parse(text)
for text in texts:
    threadparse.parse(text)
    os.getppid()
    threadparse.parse(text)
    threadparse.parse(text)
    os.getppid()
"""


def _environment(src: str) -> dict[str, str]:
    """A fixed hash seed and a Lark cache folder of the measured code's own."""
    folder = Path(tempfile.gettempdir()) / "threadparse-icount"
    key = hashlib.sha1(str(Path(src).resolve()).encode()).hexdigest()[:12]
    return {**os.environ, "PYTHONHASHSEED": "0", "XDG_CACHE_HOME": str(folder / key)}


def instructions(src: str, shape: str, mb: float, stage: str, times: int) -> int:
    code = _CHILD.replace("HERE", repr(str(HERE)))
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
         sys.executable, "-c", code, src, shape, str(mb), stage, str(times)],
        capture_output=True, text=True, check=True, env=_environment(src),
    )  # fmt: skip
    found = re.search(r"Collected : ([0-9]+)", out.stderr)
    if found is None:
        raise SystemExit(f"no instruction count from callgrind:\n{out.stderr[-2000:]}")
    return int(found.group(1))


def per_page(src: str, corpus: str) -> dict[str, float]:
    """Instructions of one parse of each resiliparse dump in ``corpus``, a page that was
    just parsed (the mean of two), by file name."""
    pages = sorted(glob.glob(os.path.join(corpus, "*.resiliparse.txt")))
    if not pages:
        raise SystemExit(f"no *.resiliparse.txt dump in {corpus}")
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "callgrind.out")
        subprocess.run(
            ["valgrind", "--tool=callgrind", "--dump-before=getppid",
             f"--callgrind-out-file={out}", sys.executable, "-c", _CORPUS_CHILD, src, corpus],
            capture_output=True, text=True, check=True, env=_environment(src),
        )  # fmt: skip
        # dump 1 runs to the first getppid; then, per page, its two parses (even dumps)
        # and the next page's first parse (odd dumps)
        counts = {}
        for index, page in enumerate(pages):
            text = Path(f"{out}.{2 * index + 2}").read_text(encoding="utf-8")
            found = re.search(r"^(?:summary|totals): ([0-9]+)", text, re.MULTILINE)
            if found is None:
                raise SystemExit(f"no instruction count in callgrind's dump {2 * index + 2}")
            counts[Path(page).name] = int(found.group(1)) / 2
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=str(HERE.parent / "src"), help="the code to measure")
    ap.add_argument("--shape", choices=("seed", "wrapped", "wide", "deep"), action="append")
    ap.add_argument("--mb", type=float, default=0.5, help="dump size (seed, wrapped)")
    ap.add_argument("--stage", choices=STAGES, action="append")
    ap.add_argument("--corpus", help="a folder of shared pages: instructions per page")
    ap.add_argument("--json", help="with --corpus: write the per-page counts there")
    ap.add_argument("--against", help="with --corpus: another version's src, compared")
    a = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt install valgrind)")
    if a.corpus:
        counts = per_page(a.src, a.corpus)
        values = list(counts.values())
        print(
            f"{len(values)} pages: median {statistics.median(values) / 1e6:,.1f} M, "
            f"total {sum(values) / 1e6:,.0f} M instructions per parse"
        )
        if a.json:
            Path(a.json).write_text(json.dumps(counts, indent=1), encoding="utf-8")
        if a.against:
            other = per_page(a.against, a.corpus)
            ratios = [counts[name] / other[name] for name in counts]
            print(
                f"÷ {a.against}: median per-page ratio {statistics.median(ratios):.3f}, "
                f"total {sum(values) / sum(other.values()):.3f}"
            )
        return
    for shape in a.shape or ["seed", "wrapped"]:
        for stage in a.stage or list(STAGES):
            base = instructions(a.src, shape, a.mb, stage, 0)
            once = instructions(a.src, shape, a.mb, stage, 1)
            case = f"{shape} {a.mb:g} MB" if shape in ("seed", "wrapped") else shape
            print(f"{case} {stage}: {(once - base) / 1e6:,.0f} M instructions")


if __name__ == "__main__":
    main()
