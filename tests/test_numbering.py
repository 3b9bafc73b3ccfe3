"""Numbered comment lists of every length, in each converter's numbering.

Converters print an ordered list of comments with the numbers left-aligned
(resiliparse, html2text: ``  9.`` then ``  10.``) or right-aligned (w3m, inscriptis,
lynx: `` 9.`` then ``10.``). Either way, a thread of n numbered comments is n
top-level comments, whatever n, and each reply stays under its own comment.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import threadparse
from conftest import assert_nothing_lost

Numbering = Callable[[int, int], list[str]]


def _resiliparse(i: int, n: int) -> list[str]:
    lines = [f"  {i}. Reader {i} says:", f"    Comment number {i}, with a few words."]
    if i % 7 == 0:
        lines += ["    • Writer says:", f"      An answer to reader {i}."]
    return lines


def _right_aligned(i: int, n: int, margin: int, bullet: str) -> list[str]:
    """Numbers right-aligned at ``margin`` more columns than the widest needs."""
    w = len(str(n)) + margin
    pad = " " * (w + 2)
    lines = [f"{i:>{w}}. Reader {i} says:", f"{pad}Comment number {i}, with a few words."]
    if i % 7 == 0:
        lines += [f"{pad}  {bullet} Writer says:", f"{pad}    An answer to reader {i}."]
    return lines


def _w3m(i: int, n: int) -> list[str]:
    return _right_aligned(i, n, 0, "•")


def _inscriptis(i: int, n: int) -> list[str]:
    return _right_aligned(i, n, 8, "*")


def _lynx(i: int, n: int) -> list[str]:
    w = len(str(n)) + 3
    lines = [f"{i:>{w}}.", f"   Reader {i} says:", f"       Comment number {i}, with a few words."]
    if i % 7 == 0:
        lines += ["", "          + Writer says:", f"            An answer to reader {i}."]
    return lines


def _html2text(i: int, n: int) -> list[str]:
    lines = [f"  {i}. **Reader {i}** says:", "", f"Comment number {i}, with a few words.", ""]
    if i % 7 == 0:
        lines += ["    * **Writer** says:", "", f"An answer to reader {i}.", ""]
    return lines


NUMBERINGS: dict[str, Numbering] = {
    "resiliparse": _resiliparse,
    "w3m": _w3m,
    "inscriptis": _inscriptis,
    "lynx": _lynx,
    "html2text": _html2text,
}


def numbered_dump(n: int, numbering: Numbering) -> str:
    lines = ["A Post With Many Readers", "", "The article says something.", "", f"{n} Comments"]
    for i in range(1, n + 1):
        lines += numbering(i, n)
    lines += ["", "Leave a Reply"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("converter", NUMBERINGS)
@pytest.mark.parametrize("n", [9, 10, 99, 100, 101, 1000, 10_000])
def test_numbered_comments_stay_top_level(converter: str, n: int) -> None:
    if n == 10_000 and converter not in ("resiliparse", "w3m", "lynx"):
        n = 1000 + 1  # the two others already met four-digit numbers: keep the suite quick
    text = numbered_dump(n, NUMBERINGS[converter])
    page = threadparse.parse(text)
    top = page.comments
    assert [c.author for c in top] == [f"Reader {i}" for i in range(1, n + 1)]
    assert [c.number for c in top] == list(range(1, n + 1))
    replies = {c.parent.author for c in page.walk() if c.depth == 1}  # type: ignore[union-attr]
    assert replies == {f"Reader {i}" for i in range(7, n + 1, 7)}
    assert all(c.depth <= 1 for c in page.walk())
    assert page.declared_count == n
    assert_nothing_lost(page, text)


def test_left_aligned_numbers_gaining_a_digit_are_siblings() -> None:
    """The case that once went wrong: ``  99.`` then ``  100.`` (resiliparse)."""
    text = numbered_dump(120, _resiliparse)
    page = threadparse.parse(text)
    assert len(page.comments) == 120
    assert page.comments[99].number == 100
    assert page.comments[99].parent is None
    assert not page.warnings


def test_right_alignment_needs_the_previous_number() -> None:
    """A smaller indentation is read as right-aligned numbering only after the item
    numbered just before it, with the dots in one column; otherwise it is a dedent."""
    text = "Title\n\n  Intro line\n   9. Ann says:\n      Hi.\n  12. Bob says:\n      Yo.\n"
    page = threadparse.parse(text)
    bob = next(c for c in page.walk() if c.author == "Bob")
    assert bob.parent is None or bob.parent.author != "Ann"
