"""Each character of the source in one node at most: the last step of building a page.

`transform` reads a dump with many rules, some of which read the same lines from two
sides (a forum card's name line read as the post's header and, inside a list item, as
a reply's metadata). The page promises that every line is in exactly one node, or in a
warning. `claim_once` keeps that promise after the rules have run: a comment's header
line, metadata line or body block whose characters another part of the page holds
whole (a comment's block holding a line read as another comment's header too) is
dropped from that comment; of two parts spanning the same characters, the one read
later in the walk (title, comments depth first, furniture) goes. Nothing is
lost: the dropped part's text is in the part that holds it. Parts that overlap without
one holding the other are kept as they are (dropping either would lose the rest).

On the dumps of the project's corpora no part is dropped; the rule is there for the
layouts no rule foresaw (generated pages found these).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import partial
from typing import Any

from threadparse.model import Comment, Page
from threadparse.span import Span

# a part of the page: its span, its place in the walk, and how to drop it (None: kept)
_Part = tuple[Span, int, Callable[[], None] | None]


def claim_once(page: Page) -> None:
    """Drop from ``page``'s comments the parts another part holds whole (see the module's
    docstring). A page whose parts are apart (every page of the corpora) is unchanged.

    >>> from threadparse import parse
    >>> page = parse("Title\\n\\n1. Ann says:\\n  Hello.\\n")
    >>> claim_once(page)
    >>> [c.text for c in page.walk()]
    ['Hello.']
    """
    if _apart(page):
        return  # (every page of the corpora: its parts in the walk's order, none overlapping)
    parts = _parts(page)
    parts.sort(key=lambda part: (part[0].start, -part[0].end, part[1]))
    cover: _Part | None = None  # the part reaching furthest right so far
    for part in parts:
        span = part[0]
        if span.end <= span.start:
            continue
        if cover is None or span.start >= cover[0].end:
            cover = part
        elif span.end <= cover[0].end:  # (held whole by the cover)
            if part[2] is not None:
                part[2]()
            elif cover[2] is not None and (cover[0].start, cover[0].end) == (span.start, span.end):
                cover[2]()  # (the same characters: the part that cannot go stays)
                cover = part
        else:
            cover = part  # (overlapping, neither holding the other: both kept)


def _apart(page: Page) -> bool:
    """Whether the comments' parts, read in the walk's order, each start where the one
    before ended or later, and the title and furniture overlap none of them (the quick
    answer for a page whose parts are apart; False also where they are apart in another
    order: `claim_once` then sorts them)."""
    starts: list[int] = []
    ends: list[int] = []
    for comment in page.walk():
        spans = [comment.header_span, *(m.span for m in comment.meta)]
        spans += [b.span for b in comment.blocks]
        for span in spans:
            if span is None:
                continue
            if ends and span.start < ends[-1]:
                return False
            starts.append(span.start)
            ends.append(span.end)
    others = [f.span for f in page.furniture]
    for span in [page.title_span, *others]:
        if span is not None and span.start < span.end:
            at = bisect_right(starts, span.start) - 1  # (the last part starting by it)
            if at >= 0 and ends[at] > span.start:
                return False
            if at + 1 < len(starts) and starts[at + 1] < span.end:
                return False
    return True


def _parts(page: Page) -> list[_Part]:
    """The leaf parts of ``page`` in walk order; a comment's parts can be dropped. The
    article's blocks are not read (they are made on their first read: a page whose
    user reads only its comments does not build them): a comment's part that only the
    article holds too is not looked for."""
    parts: list[_Part] = []
    if page.title_span is not None:
        parts.append((page.title_span, len(parts), None))
    for comment in page.walk():
        if comment.header_span is not None:
            parts.append((comment.header_span, len(parts), partial(_drop_header, comment)))
        for meta in comment.meta:
            if meta.span is not None:
                parts.append((meta.span, len(parts), partial(_drop, comment.meta, meta)))
        for block in comment.blocks:
            if block.span is not None:
                parts.append((block.span, len(parts), partial(_drop, comment.blocks, block)))
    for furniture in page.furniture:
        if furniture.span is not None:
            parts.append((furniture.span, len(parts), None))
    return parts


def _drop_header(comment: Comment) -> None:
    comment.header_span = None


def _drop(parts: list[Any], part: object) -> None:
    for at, held in enumerate(parts):
        if held is part:
            del parts[at]
            return
