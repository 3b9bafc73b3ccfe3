"""The page builder finds comments by identity, never by comparing them: `Comment.__eq__`
compares every field of two comments, and a lookup by it in a list of the comments
before (`list.remove`, `list.index`) costs the page's length for each comment — a
parse that grows with the square of the page (benchmarks/scaling.py: "bracketed",
"reference_chain"). Here any comparison of comments during a parse and a first read
of the page fails the test. Invented pages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import threadparse
from threadparse.model import Comment


@pytest.fixture
def no_comparisons(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def compared(self: Comment, other: object) -> bool:
        raise AssertionError("comments compared by value while the page was built")

    monkeypatch.setattr(Comment, "__eq__", compared)
    yield


def _bracketed(n: int) -> str:
    """Every other header a date in brackets, read as the author "(" and dropped."""
    lines = ["A post", "", "The post's text.", "", f"{n} comments"]
    for i in range(1, n + 1):
        head = "(May 2, 2024 @11h13)" if i % 2 else f"Ann{i} says:"
        lines += [f"  {i}. {head}", f"    Comment number {i} here.", ""]
    return "\n".join(lines) + "\n"


def _reference_chain(n: int) -> str:
    """Each comment answers the one before by its opening words and author."""
    lines = ["A post", "", "The post's text.", "", f"{n} comments"]
    for i in range(1, n + 1):
        lines += [f"  {i}. User{i} says:", f"    Opening words of comment {i} go here.", ""]
        if i > 1:
            lines += [f"    In reply to Opening words of comment by User{i - 1}", ""]
    return "\n".join(lines) + "\n"


@pytest.mark.usefixtures("no_comparisons")
def test_bracketed_authors_dropped_by_identity() -> None:
    page = threadparse.parse(_bracketed(60))
    assert [c.author for c in page.walk()][:4] == [None, "Ann2", None, "Ann4"]
    threadparse.to_dict(page)


@pytest.mark.usefixtures("no_comparisons")
def test_reference_chain_hung_by_identity() -> None:
    page = threadparse.parse(_reference_chain(60))
    assert [c.depth for c in page.walk()] == list(range(60))
    threadparse.to_dict(page)
