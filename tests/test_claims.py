"""`claims.claim_once`: the last step of a parse keeps each character of the source in
one node at most, dropping from a comment a part another part holds whole."""

from __future__ import annotations

from threadparse.claims import claim_once
from threadparse.model import Comment, Furniture, Meta, Page, Paragraph
from threadparse.span import Span


def _span(start: int, end: int, line: int = 1, last: int | None = None) -> Span:
    return Span(line, line if last is None else last, start, end)


def _page(*comments: Comment) -> Page:
    page = Page()
    for comment in comments:
        page.comments.append(comment)
    return page


def test_a_meta_line_that_is_another_comments_header_goes() -> None:
    first = Comment("Ann", header="Ann", header_span=_span(0, 3, 1))
    second = Comment(
        "Bob",
        header="Bob's picture",
        header_span=_span(4, 17, 2),
        meta=[Meta("Ann", span=_span(0, 3, 1)), Meta("2 days ago", span=_span(18, 28, 3))],
    )
    page = _page(first, second)
    claim_once(page)
    assert first.header_span == _span(0, 3, 1)
    assert [m.text for m in second.meta] == ["2 days ago"]


def test_a_header_inside_a_later_block_is_no_longer_a_header() -> None:
    """The block holding the line and more stays (dropping it would lose its other
    lines); the header's span goes, its author stays."""
    first = Comment("Ann", header="Ann", header_span=_span(10, 13, 2))
    second = Comment("Bob", header="Bob", header_span=_span(30, 33, 4))
    second.blocks.append(Paragraph("Hi\nAnn\nthere", span=_span(5, 20, 1, 3)))
    page = _page(first, second)
    claim_once(page)
    assert first.header_span is None and first.author == "Ann"
    assert len(second.blocks) == 1


def test_parts_that_overlap_without_holding_each_other_are_kept() -> None:
    first = Comment("Ann", header="Ann")
    first.blocks.append(Paragraph("one two", span=_span(0, 10, 1, 2)))
    second = Comment("Bob", header="Bob")
    second.blocks.append(Paragraph("two three", span=_span(5, 15, 2, 3)))
    page = _page(first, second)
    claim_once(page)
    assert len(first.blocks) == 1 and len(second.blocks) == 1


def test_furniture_holding_a_comments_line_keeps_it() -> None:
    """Furniture cannot be dropped: the comment's copy goes."""
    comment = Comment("Ann", header="Ann", header_span=_span(0, 3, 1))
    comment.meta.append(Meta("Page 2", span=_span(4, 10, 2)))
    page = _page(comment)
    page.furniture.append(Furniture("Page 2", role="pagination", span=_span(4, 10, 2)))
    claim_once(page)
    assert comment.meta == [] and len(page.furniture) == 1


def test_a_page_whose_parts_are_apart_is_unchanged() -> None:
    comment = Comment("Ann", header="Ann says:", header_span=_span(0, 9, 1))
    comment.meta.append(Meta("May 1", role="date", span=_span(10, 15, 2)))
    comment.blocks.append(Paragraph("Hello.", span=_span(16, 22, 3)))
    page = _page(comment)
    claim_once(page)
    assert comment.header_span == _span(0, 9, 1)
    assert len(comment.meta) == 1 and len(comment.blocks) == 1
