"""The reference dump (../shared/seeds) parses to exactly the tree a reader sees."""

from __future__ import annotations

import pytest

import threadparse
from conftest import SEED, assert_nothing_lost, need

# (author, depth, index of parent in this list or None), in document order.
EXPECTED = [
    ("Dave K", 0, None),
    ("bmaz", 1, 0),
    ("Dave K", 2, 1),
    ("bmaz", 3, 2),
    ("Dave K", 3, 2),
    ("bmaz", 3, 2),
    ("Dave K", 3, 2),
    ("Dave K", 3, 2),
    ("e.a.f.", 2, 1),
    ("rosalind", 0, None),
    ("earlofhuntingdon", 0, None),
    ("emptywheel", 1, 10),
    ("Manuel Gonzalez", 2, 11),
    ("bmaz", 3, 12),
    ("Manuel Gonzalez", 3, 12),
    ("Jim195", 0, None),
    ("earlofhuntingdon", 1, 15),
    ("Manuel Gonzalez", 2, 16),
    ("Manuel Gonzalez", 2, 16),
    ("Peterr", 0, None),
    ("earlofhuntingdon", 1, 19),
    ("Peterr", 2, 20),
    ("bmaz", 2, 20),
    ("Fraud Guy", 3, 22),
    ("bmaz", 3, 22),
    ("MB", 1, 19),
    ("Jim195", 1, 19),
    ("rosalind", 0, None),
    ("subtropolis", 1, 27),
    ("earlofhuntingdon", 0, None),
    ("I Never Lie and am Always Right", 0, None),
    ("earlofhuntingdon", 1, 30),
    ("Rapier", 2, 31),
]


@pytest.fixture(scope="module")
def seed_text() -> str:
    return need(SEED).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def page(seed_text: str) -> threadparse.Page:
    return threadparse.parse(seed_text)


def test_page_fields(page: threadparse.Page) -> None:
    assert page.title == "Salvador Cienfuegos Zepeda: Billy Barr Goes Soft on Crime"
    assert len(page.article.blocks) == 24
    assert all(isinstance(b, threadparse.Paragraph) for b in page.article.blocks)
    assert "image_print" not in page.article.text and "44 replies" not in page.article.text
    assert page.declared_count == 44
    assert page.closed is True
    assert page.warnings == []
    assert [f.role for f in page.furniture] == ["control", "count", "closed"]


def test_whole_tree(page: threadparse.Page) -> None:
    flat = list(page.walk())
    index = {id(c): i for i, c in enumerate(flat)}
    got = [(c.author, c.depth, index[id(c.parent)] if c.parent else None) for c in flat]
    assert got == EXPECTED
    assert [c.number for c in page.comments] == list(range(1, 9))
    assert all(c.number is None for c in flat if c.depth > 0)
    assert max(c.depth for c in flat) == 3


def test_bodies_and_quotes(page: threadparse.Page) -> None:
    flat = list(page.walk())
    bmaz = flat[3]
    assert [type(b).__name__ for b in bmaz.blocks] == [
        "Paragraph",
        "Quote",
        "Paragraph",
        "Paragraph",
    ]
    assert bmaz.blocks[1].text.startswith("“These thousands of intercepted communications")
    rosalind = flat[9]
    assert isinstance(rosalind.blocks[0], threadparse.Quote)
    assert rosalind.blocks[0].text.startswith("“as well as the seizure")
    assert rosalind.text.endswith(
        "gee, I wonder which financial institutions were holding these ill gotten gains?"
    )
    assert len(flat[19].blocks) == 12  # Peterr's long comment keeps its paragraphs
    # lines of one paragraph stay together (a URL under its sentence)
    assert (
        flat[12]
        .blocks[0]
        .text.endswith(
            "\nhttps://apnews.com/article/virus-outbreak-mexico-archive-courts-referendums-6bcaa317dc2690cfb229e37b9003ff1e"
        )
    )


def test_spans_point_at_the_source(page: threadparse.Page, seed_text: str) -> None:
    lines = seed_text.split("\n")
    for c in page.walk():
        assert c.header_span is not None
        assert lines[c.header_span.start_line - 1].strip().endswith(c.header)
        assert seed_text[c.header_span.start : c.header_span.end].endswith(c.header)
        assert c.span.start_line <= c.header_span.start_line <= c.span.end_line


def test_nothing_lost(page: threadparse.Page, seed_text: str) -> None:
    assert_nothing_lost(page, seed_text)


def test_unparse_round_trip(page: threadparse.Page, seed_text: str) -> None:
    assert threadparse.unparse(page) == seed_text


def test_strict_mode_accepts_the_reference(seed_text: str) -> None:
    assert threadparse.parse(seed_text, strict=True) == threadparse.parse(seed_text)
