"""Invented pages of comment systems absent from ../shared (tests/unseen: Hacker News,
old reddit, Lobsters, Slashdot, Lemmy, SMF, MyBB, Flarum, a GitHub-like issue, MediaWiki
talk pages, a Substack post, a Mastodon thread, a HyperKitty mailing-list thread), each in
the text of six converters: nothing is lost on any dump, and the
trees are recovered at least as well as measured (thresholds a little under today's
scores). The scorer is ../shared/tools/score.py; where it is not here the tree test
skips (fails under CI)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

import threadparse
from conftest import assert_nothing_lost

UNSEEN = Path(__file__).resolve().parent / "unseen"


def test_every_line_of_every_unseen_dump_is_kept() -> None:
    dumps = sorted(UNSEEN.glob("*.txt"))
    assert len(dumps) >= 100
    for path in dumps:
        text = path.read_text(encoding="utf-8")
        assert_nothing_lost(threadparse.parse(text), text)


@pytest.mark.parametrize(
    ("dialect", "tree", "precision", "author"),
    [("resiliparse", 0.78, 0.97, 0.97), ("resiliparse-main", 0.45, 0.97, 0.92),
     ("html2text", 0.79, 0.97, 0.95), ("inscriptis", 0.80, 0.97, 0.90),
     ("w3m", 0.92, 0.97, 0.92), ("lynx", 0.87, 0.97, 0.97)],
)  # fmt: skip
def test_unseen_trees(
    scorer: ModuleType, dialect: str, tree: float, precision: float, author: float
) -> None:
    summary, _ = scorer.run(
        UNSEEN, dialect, lambda text: scorer.load_tree(threadparse.parse(text)), False
    )
    assert summary["pages"] > 0
    assert summary["tree_score"] >= tree, json.dumps(summary)
    assert summary["precision"] >= precision, json.dumps(summary)
    assert summary["author_acc"] >= author, json.dumps(summary)
