"""A thread right under a count that its comments make up exactly is the page's comment
section: no flat post list is looked for (`find_posts` costs a third of a parse).
A count of one counts only a comment that reads as one by its own header."""

from __future__ import annotations

import pytest

import threadparse
from threadparse import transform

BLOG = """\
A trip to the lake

We drove up on Saturday and the water was still cold, so we only walked along the shore.

3 Comments
  1. Marta Olsen
    May 3, 2021 at 9:12 am
    Lovely photos, the light is great.
  2. Pieter
    May 4, 2021 at 10:40 pm
    We went there last year too.
    • Marta Olsen
      May 5, 2021 at 8:02 am
      Next time together!
Leave a Reply
"""


@pytest.fixture
def post_searches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How often the page builder looks for a flat post list."""
    calls: list[int] = []
    real = transform.find_posts

    def spy(flat, signed=(), signatures=True, named=False):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(flat, signed, signatures, named)

    monkeypatch.setattr(transform, "find_posts", spy)
    return calls


def _tree(text: str) -> list[tuple[str | None, int]]:
    return [(c.author, c.depth) for c in threadparse.parse(text).walk()]


def test_a_thread_its_count_makes_up_needs_no_post_search(post_searches: list[int]) -> None:
    assert _tree(BLOG) == [("Marta Olsen", 0), ("Pieter", 0), ("Marta Olsen", 1)]
    assert post_searches == []


@pytest.mark.parametrize(
    "heading", ["3 Kommentare", "3 thoughts on “A trip to the lake”", "Comments (3)"]
)
def test_the_count_in_other_forms(post_searches: list[int], heading: str) -> None:
    assert len(_tree(BLOG.replace("3 Comments", heading))) == 3
    assert post_searches == []


def test_a_count_the_thread_does_not_make_up_is_no_proof(post_searches: list[int]) -> None:
    assert _tree(BLOG.replace("3 Comments", "4 Comments")) == _tree(BLOG)
    assert post_searches == [1]


def test_a_count_of_one_over_a_sure_header(post_searches: list[int]) -> None:
    text = "A post\n\nSome words of the post.\n\n1 Comment\n  1. Ann Lee says:\n    Hi there.\n"
    assert _tree(text) == [("Ann Lee", 0)]
    assert post_searches == []


def test_a_count_of_one_over_a_dated_line_proves_nothing(post_searches: list[int]) -> None:
    # a post's footer ("1 Reply Last reply") over a wrapped line that ends in a date
    text = (
        "A topic\n\nFirst post of the topic, with a question in it?\n\n"
        "1 Reply Last reply\n"
        "  • version comes out in a week, around 25th April 2024.\n"
        "Second post of the topic, which answers it.\n"
    )
    threadparse.parse(text)
    assert post_searches == [1]


def test_a_count_over_headers_without_markers(post_searches: list[int]) -> None:
    text = (
        "Pear jam\n\nCook the pears slowly with honey and lemon.\n\n2 comments\n\n"
        "Rosa Lind August 17, 2019 - 2:19 pm\n\nI made this jam today and it was good.\n\n"
        "Reply\nKai August 19, 2019 - 5:48 pm\n\nGlad you liked it, thanks.\n\nReply\n"
    )
    assert [a for a, _ in _tree(text)] == ["Rosa Lind", "Kai"]
    assert post_searches == []
