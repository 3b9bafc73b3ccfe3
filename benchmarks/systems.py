"""Tree score per comment system: the README's table of forums, Q&A and blog systems.

usage:
    python benchmarks/systems.py                      # ../shared/discussions
    python benchmarks/systems.py --corpus DIR --scorer ../shared/tools/score.py

For each system named in the pages' ``*.truth.json`` it prints the tree score (true
comments found on the right parent, over all true comments, as ``score.py`` counts
them) on the resiliparse dumps, on the full-page converter where it is lowest, and on
main-content dumps. Pages whose dump lost the comment section are left out, as
``score.py`` does ("–": no page of the system kept its comments there).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import threadparse

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
CONVERTERS = ("resiliparse", "resiliparse-main", "html2text", "inscriptis", "w3m", "lynx")


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def system_scores(corpus: Path, scorer: ModuleType) -> dict[str, dict[str, tuple[int, int]]]:
    """system -> converter -> (comments on the right parent, true comments)."""
    systems = {
        tf.name[: -len(".truth.json")]: json.loads(tf.read_text(encoding="utf-8"))["system"]
        for tf in corpus.glob("*.truth.json")
    }
    scores: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    for converter in CONVERTERS:
        _, rows = scorer.run(
            corpus, converter, lambda text: scorer.load_tree(threadparse.parse(text)), False
        )
        for row in rows:
            system = systems[row["id"]]
            right, total = scores[system].get(converter, (0, 0))
            scores[system][converter] = (right + row["tree_ok"], total + row["n_truth"])
    return scores


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "discussions")
    ap.add_argument("--scorer", type=Path, default=SHARED / "tools" / "score.py")
    args = ap.parse_args()
    scores = system_scores(args.corpus, load_scorer(args.scorer))
    pages: dict[str, int] = defaultdict(int)
    for tf in args.corpus.glob("*.truth.json"):
        pages[json.loads(tf.read_text(encoding="utf-8"))["system"]] += 1
    print("| system | pages | resiliparse | lowest other converter | resiliparse-main |")
    print("|---|---:|---:|---|---:|")
    for system in sorted(scores):
        by = {c: right / total for c, (right, total) in scores[system].items() if total}
        others = {c: by[c] for c in CONVERTERS[2:] if c in by}
        worst = min(others, key=others.__getitem__) if others else None
        cells = [
            f"{by['resiliparse']:.2f}" if "resiliparse" in by else "–",
            f"{others[worst]:.2f} ({worst})" if worst else "–",
            f"{by['resiliparse-main']:.2f}" if "resiliparse-main" in by else "–",
        ]
        print(f"| {system} | {pages[system]} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
