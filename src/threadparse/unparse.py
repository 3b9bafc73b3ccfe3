"""`unparse`: a `Page` back to dump text, in the canonical resiliparse layout.

Title, article blocks and page furniture at column 0; a comment header at column
``2 + 2 * depth`` with its marker; its metadata and body two columns further in.
Where the page came from a parse, the spans say where each piece stood, so blank
lines come back exactly: for a canonical dump ``unparse(parse(text)) == text``.
"""

from __future__ import annotations

from collections.abc import Iterator

from threadparse.model import Block, Page, Quote
from threadparse.span import Span

Piece = tuple[Span | None, list[str]]


def _block_lines(block: Block, indent: str) -> list[str]:
    if isinstance(block, Quote) and block.explicit:
        return [f"{indent}> {line}".rstrip() for line in block.text.split("\n")]
    lines = block.text.split("\n")
    marker = getattr(block, "marker", None)
    if marker:
        lines[0] = f"{marker} {lines[0]}"
    return [indent + line for line in lines]


def _pieces(page: Page) -> Iterator[Piece]:
    if page.title is not None:
        yield page.title_span, [page.title]
    for block in page.article.blocks:
        yield block.span, _block_lines(block, "")
    for furniture in page.furniture:
        yield furniture.span, [furniture.text]
    for comment in page.walk():
        head = " " * (2 + 2 * comment.depth)
        body = head + "  "
        if comment.header or comment.header_span is not None:
            line = f"{comment.marker} {comment.header}" if comment.marker else comment.header
            yield comment.header_span, [head + line]
        for meta in comment.meta:
            yield meta.span, [body + meta.text]
        for i, block in enumerate(comment.blocks):
            if i == 0 and comment.header_span is None and comment.marker:
                # a nameless comment: its first body line carries the marker
                lines = _block_lines(block, body)
                lines[0] = f"{head}{comment.marker} {lines[0].lstrip()}"
                yield block.span, lines
            else:
                yield block.span, _block_lines(block, body)


def unparse(page: Page) -> str:
    """The page as dump text.

    >>> import threadparse
    >>> text = "Post\\n\\nHello.\\n\\n1 reply\\n  1. Ann says:\\n\\n    Hi!\\n"
    >>> unparse(threadparse.parse(text)) == text
    True
    """
    pieces = list(_pieces(page))
    if all(span is not None for span, _ in pieces):
        pieces.sort(key=lambda p: p[0].start_line)  # type: ignore[union-attr]
    out: list[str] = []
    previous_end = 0
    for span, lines in pieces:
        if span is not None:
            gap = span.start_line - previous_end - 1
            previous_end = span.start_line + len(lines) - 1
        else:
            gap = 1 if out else 0
        out.extend([""] * max(gap, 0))
        out.extend(lines)
    text = "\n".join(out)
    return text + "\n" if page.ends_with_newline and out else text
