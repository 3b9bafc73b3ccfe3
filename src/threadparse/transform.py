"""Outline to model: decides what each outline node means and builds the `Page`.

The grammar gives an outline (lines, list items, what is indented under what);
this module reads it: the first line is the title; list items whose line is a
comment header ("NAME says:"), or that come after a declared count ("44 replies")
with a block under them, are comments, and the items under a comment that are
comments themselves are its replies; other lines become paragraphs, quotes,
metadata (dates, reply links) or page furniture. Everything is iterative.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from threadparse import lines as L
from threadparse.errors import Diagnostics
from threadparse.model import (
    Article,
    Block,
    Comment,
    Furniture,
    Meta,
    Page,
    Paragraph,
    Quote,
)
from threadparse.outline import OutlineNode
from threadparse.span import Span

_OPEN_QUOTES = "“\"«„‘‚»'"
_CLOSE_QUOTES = "”\"»“’'«"
_TRAILING_PUNCT = ".,;:!?)…"


def node_span(node: OutlineNode) -> Span:
    """The span of the node's own line."""
    return Span(node.line, node.line, node.start, node.end)


def subtree_span(node: OutlineNode) -> Span:
    """The span of the node and everything indented under it."""
    return Span(node.line, node.last_line, node.start, node.last_end)


def looks_like_name(text: str) -> bool:
    """A header line without a verb that can still be a display name: short, not a sentence."""
    words = text.split()
    if not words or len(text) > 60 or len(words) > 6:
        return False
    return not (text[-1] in ".!?;" and len(words) > 3)


def _is_quote(text: str) -> bool:
    body = text.rstrip(_TRAILING_PUNCT + " ")
    return (
        len(body) > 2
        and body[0] in _OPEN_QUOTES
        and body[-1] in _CLOSE_QUOTES
        and "\n\n" not in body
    )


class _Units:
    """Flatten an outline (pre-order, iteratively), not descending into comment items."""

    def __init__(self, builder: PageBuilder) -> None:
        self.builder = builder

    def __call__(self, nodes: Iterable[OutlineNode]) -> Iterator[tuple[OutlineNode, bool]]:
        stack = list(reversed(list(nodes)))
        while stack:
            node = stack.pop()
            is_comment = self.builder.comment_header(node) is not None
            yield node, is_comment
            if not is_comment:
                stack.extend(reversed(node.children))


class PageBuilder:
    """Builds one `Page` from an outline; one instance per parse."""

    def __init__(self, diagnostics: Diagnostics, dialect: str = "resiliparse") -> None:
        self.diagnostics = diagnostics
        self.dialect = dialect
        self._headers: dict[int, L.Header | None] = {}
        self.in_section = False

    # -- what an item is ----------------------------------------------------------------
    def comment_header(self, node: OutlineNode) -> L.Header | None:
        """The header of a comment item, None for anything that is not a comment."""
        if node.marker is None:
            return None
        key = id(node)
        if key in self._headers:
            return self._headers[key]
        header = L.split_header(node.text)
        if header is None and self.in_section and node.children:
            header = L.Header(node.text if looks_like_name(node.text) else None)
        self._headers[key] = header
        return header

    # -- the page -----------------------------------------------------------------------
    def build(self, nodes: list[OutlineNode], ends_with_newline: bool) -> Page:
        page = Page(dialect=self.dialect, ends_with_newline=ends_with_newline)
        units = _Units(self)
        flat = list(units(nodes))
        start = self._section_start(flat)
        if start is not None:
            # From the first comment on, an item with a block under it is a comment even
            # without a "says:" header: flatten that part again knowing so.
            self.in_section = True
            self._headers.clear()
            flat = flat[:start] + list(units(_outermost(n for n, _ in flat[start:])))
        position = 0
        if flat and flat[0][0].marker is None and not L.declared_count(flat[0][0].text):
            title = flat[0][0]
            page.title, page.title_span = title.text, node_span(title)
            position = 1
        end_of_article = start if start is not None else len(flat)
        self._article(page, [n for n, _ in flat[position:end_of_article]])
        if start is not None:
            self._thread(page, flat[start:])
        return page

    def _section_start(self, flat: list[tuple[OutlineNode, bool]]) -> int | None:
        """Index of the first comment unit: a verb header, or the first item after a count."""
        counted = False
        for index, (node, is_comment) in enumerate(flat):
            if is_comment:
                return index
            if node.marker is None and L.declared_count(node.text) is not None:
                counted = True
            elif counted and node.marker is not None and node.children:
                return index
        return None

    def _article(self, page: Page, nodes: list[OutlineNode]) -> None:
        blocks: list[Block] = []
        body: list[OutlineNode] = []
        for node in nodes:
            if self._furniture(page, node, before_thread=True) is None:
                body.append(node)
            else:  # furniture ends the paragraph it interrupts
                blocks += self._blocks(body)
                body = []
        page.article = Article(blocks + self._blocks(body))

    def _furniture(self, page: Page, node: OutlineNode, before_thread: bool) -> Furniture | None:
        if node.marker is not None:
            return None
        text = node.text
        count = L.declared_count(text)
        role: str | None = None
        if count is not None and before_thread:
            role = "count"
            if page.declared_count is None:
                page.declared_count = count
        elif L.is_closed_notice(text):
            role = "closed"
            page.closed = True
        elif L.is_icon_label(text):
            role = "control"
        if role is None:
            return None
        item = Furniture(text, role, node_span(node))
        page.furniture.append(item)
        return item

    # -- the thread ---------------------------------------------------------------------
    def _thread(self, page: Page, flat: list[tuple[OutlineNode, bool]]) -> None:
        last = max(i for i, (_, is_comment) in enumerate(flat) if is_comment)
        current: Comment | None = None
        pending: list[tuple[Comment, OutlineNode]] = []
        for node, is_comment in flat[: last + 1]:
            if is_comment:
                current = self._comment(node, depth=0, parent=None, page=page)
                page.comments.append(current)
                pending.append((current, node))
            elif current is not None and self._furniture(page, node, False) is None:
                self.diagnostics.warn(
                    "body-outside-comment",
                    "line between comments is not indented under either",
                    node_span(node),
                    node.column,
                    guess="kept as body of the comment before it",
                )
                current.blocks.extend(self._blocks([node]))
        for node, _ in flat[last + 1 :]:
            if self._furniture(page, node, before_thread=False) is None:
                page.furniture.append(Furniture(node.text, "trailer", node_span(node)))
        self._fill(pending, page)

    def _comment(
        self, node: OutlineNode, depth: int, parent: Comment | None, page: Page
    ) -> Comment:
        header = self.comment_header(node)
        assert header is not None
        if L.split_header(node.text) is None:
            self.diagnostics.warn(
                "header-without-verb",
                "comment header without 'says:' or a like verb",
                node_span(node),
                node.column,
                guess="list item with an indented block taken as a comment",
            )
        number = int(node.marker[:-1]) if node.marker and node.marker[0].isdigit() else None
        nameless = header.author is None and header.kind == "comment"
        return Comment(
            author=" ".join(header.author.split()) if header.author else None,
            header="" if nameless else node.text,
            marker=node.marker,
            number=number,
            date=header.date,
            depth=depth,
            kind=header.kind,  # type: ignore[arg-type]
            span=subtree_span(node),
            header_span=None if nameless else node_span(node),
            parent=parent,
            page=page,
        )

    def _fill(self, pending: list[tuple[Comment, OutlineNode]], page: Page) -> None:
        """Give each comment its body and replies, breadth of the stack, never recursing."""
        units = _Units(self)
        self.in_section = True
        while pending:
            comment, node = pending.pop()
            body: list[OutlineNode] = []
            if comment.header_span is None:
                body.append(_as_line(node))  # a nameless comment: its line is body text
            for child, is_comment in units(node.children):
                if is_comment:
                    reply = self._comment(child, comment.depth + 1, comment, page)
                    comment.children.append(reply)
                    pending.append((reply, child))
                else:
                    body.append(child)
            self._split_meta(comment, self._blocks(body))

    def _split_meta(self, comment: Comment, blocks: list[Block]) -> None:
        for block in blocks:
            if isinstance(block, Paragraph) and block.marker is None and "\n" not in block.text:
                if L.is_date_line(block.text) and not comment.blocks:
                    comment.meta.append(Meta(block.text, "date", block.span))
                    if comment.date is None:
                        comment.date = block.text
                    continue
                if L.is_reply_link(block.text):
                    comment.meta.append(Meta(block.text, "reply", block.span))
                    continue
            comment.blocks.append(block)

    # -- blocks -------------------------------------------------------------------------
    def _blocks(self, nodes: list[OutlineNode]) -> list[Block]:
        """Group flattened lines into paragraphs (a blank line ends one); each list item
        is a paragraph of its own. ``nodes`` are units: their children are not read."""
        blocks: list[Block] = []
        run: list[OutlineNode] = []

        def close() -> None:
            if run:
                blocks.append(_paragraph(run))
                run.clear()

        for node in nodes:
            if node.marker is not None:
                close()
                blocks.append(Paragraph(node.text, node_span(node), marker=node.marker))
                continue
            run.append(node)
            if node.blank_after:
                close()
        close()
        return blocks


def _outermost(nodes: Iterable[OutlineNode]) -> Iterator[OutlineNode]:
    """The nodes (in pre-order) that are not inside an earlier one's subtree."""
    covered_until = 0
    for node in nodes:
        if node.line > covered_until:
            yield node
            covered_until = node.last_line


def _as_line(node: OutlineNode) -> OutlineNode:
    """The node's own line, without what is indented under it."""
    return OutlineNode(
        None, node.text, node.line, node.column, node.start, node.end, node.blank_after
    )


def _paragraph(run: list[OutlineNode]) -> Block:
    first, last = run[0], run[-1]
    span = Span(first.line, last.line, first.start, last.end)
    texts = [n.text for n in run]
    if all(t.startswith(">") for t in texts):
        return Quote("\n".join(t[1:].lstrip() for t in texts), span, explicit=True)
    text = "\n".join(texts)
    if _is_quote(text):
        return Quote(text, span)
    return Paragraph(text, span)
