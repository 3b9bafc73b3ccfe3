"""Developer tool: a corpus page's true comment tree beside what threadparse finds.

usage: python scripts/corpus_diff.py PAGE_ID [--dialect resiliparse] [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import threadparse


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("page")
    ap.add_argument("--dialect", default="resiliparse")
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parents[2] / "shared/corpus"))
    a = ap.parse_args()
    corpus = Path(a.corpus)
    (truth_file,) = corpus.glob(f"{a.page}*.truth.json")
    pid = truth_file.name[: -len(".truth.json")]
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    page = threadparse.parse_file(corpus / f"{pid}.{a.dialect}.txt")
    print(f"== truth ({len(truth['comments'])}, declared {truth['declared_count']!r})")
    for c in truth["comments"]:
        print(f"  {'  ' * c['depth']}{c['author']!r:30} | {c['text_start'][:50]!r}")
    print(f"== threadparse ({len(page)}, declared {page.declared_count}, title {page.title!r})")
    for c in page.walk():
        first = c.text.replace("\n", " ")[:50]
        where = c.header_span.start_line if c.header_span else c.span.start_line
        print(f"  {'  ' * c.depth}{c.author!r:30} | {first!r} (line {where}, date {c.date!r})")
    for w in page.warnings[:10]:
        print("  !", w)


if __name__ == "__main__":
    main()
