"""The parse tree: an outline of lines and list items, built while Lark parses.

`OutlineBuilder` is handed to the LALR parser as its inline transformer, so each
line becomes an `OutlineNode` the moment it is reduced: no lark `Tree` is ever built,
and nothing here recurses per nesting level.

A node keeps offsets into the text being parsed (`reading` says which text), not a
copy of its line: a plain line's `text` is sliced from the source when it is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from lark import Token, Transformer

_INDENT_CHARS = " \t\u00a0"

_source: ContextVar[str] = ContextVar("threadparse_source")


@contextmanager
def reading(text: str) -> Iterator[None]:
    """Make ``text`` the source of the outline built in this context (the text the
    parser is given: node offsets index it)."""
    token = _source.set(text)
    try:
        yield
    finally:
        _source.reset(token)


class OutlineNode:
    """One non-blank line of the dump and the lines indented under it.

    Attributes:
        marker: the list marker (``"1."``, ``"•"``, ``"*"`` ...) of an item line, else None.
        text: the line without marker and surrounding whitespace.
        line: 1-based line number.
        column: 1-based column where the line's content (marker included) starts.
        start, end: character offsets of the line's content in the normalised text.
        blank_after: a blank line follows this line.
        children: the lines indented under this one, in order (a leaf shares one empty
            tuple: build a node with a list of its own to add children later).
        last_line, last_end: where the node's subtree ends (set here: LALR builds the
            children first).
        end_line: the last line of the node's own text (a marker alone on its line and
            the text on the next are one node after `merge_marker_lines`).
        stored_text: the text kept on the node; None for a plain line as the parser
            read it, whose text is ``source[start:end]`` (no copy is kept).
        source: the text ``start`` and ``end`` index: given on every node the parser
            makes (an item's too, though its text is stored), so what stands between
            two nodes can be read; always given with no stored text.

    A plain line's text is cut from ``source`` when first read and kept while the node
    lives (the rules read a line many times, and lookups hash the same string once).
    """

    __slots__ = (
        "blank_after",
        "children",
        "column",
        "end",
        "end_line",
        "last_end",
        "last_line",
        "line",
        "marker",
        "read_text",
        "source",
        "start",
        "stored_text",
    )

    marker: str | None
    stored_text: str | None
    read_text: str | None
    source: str | None
    line: int
    column: int
    start: int
    end: int
    blank_after: bool
    children: list[OutlineNode] | tuple[()]
    last_line: int
    last_end: int
    end_line: int

    def __init__(
        self,
        marker: str | None,
        text: str | None,
        line: int,
        column: int,
        start: int,
        end: int,
        blank_after: bool,
        children: list[OutlineNode] | tuple[()] = (),
        source: str | None = None,
        *,
        end_line: int = 0,
    ) -> None:
        self.marker = marker
        self.stored_text = text
        self.read_text = None
        self.source = source
        self.line = line
        self.column = column
        self.start = start
        self.end = end
        self.blank_after = blank_after
        self.children = children
        if children:
            self.last_line = children[-1].last_line
            self.last_end = children[-1].last_end
        else:
            self.last_line, self.last_end = line, end
        self.end_line = end_line or line

    @property
    def text(self) -> str:
        """The line without marker and surrounding whitespace."""
        if self.stored_text is not None:
            return self.stored_text
        text = self.read_text
        if text is None:
            assert self.source is not None  # one of the two is always given
            text = self.read_text = self.source[self.start : self.end]
        return text

    @text.setter
    def text(self, value: str) -> None:
        self.stored_text = value

    def __repr__(self) -> str:
        return (
            f"OutlineNode({self.marker!r}, {self.text!r}, line={self.line}, "
            f"column={self.column}, children={len(self.children)})"
        )


def _node(token: Token, children: list[OutlineNode] | tuple[()], source: str) -> OutlineNode:
    start = token.start_pos or 0
    end_of_line = token.find("\n")
    end = start + (len(token) if end_of_line < 0 else end_of_line)
    if source[end - 1] in _INDENT_CHARS:  # trailing blanks (the line has text: LINE, ITEM)
        end = start + len(source[start:end].rstrip(_INDENT_CHARS))
    blank_after = end_of_line >= 0 and token.count("\n", end_of_line + 1) > 0
    line, column = token.line or 1, token.column or 1
    if token.type != "ITEM":
        return OutlineNode(None, None, line, column, start, end, blank_after, children, source)
    # the grammar's ITEM: "12." or one bullet character, then blanks and the text
    first = source[start]
    cut = source.index(".", start) + 1 if first.isascii() and first.isdigit() else start + 1
    text = source[cut:end].lstrip(_INDENT_CHARS)
    return OutlineNode(
        source[start:cut], text, line, column, start, end, blank_after, children, source
    )


def _run_nodes(
    token: Token, children: list[OutlineNode] | tuple[()], source: str
) -> list[OutlineNode]:
    """The lines of a ``LINES`` token (plain lines at one indentation), in order; the
    block under the token is the last line's.

    The token is split at its line ends: the first piece is the first line's text, each
    later piece a line with the shared indentation, or a blank line, and the last piece
    the next line's indentation (or, at the end of the text, a last line). A token that
    is mostly blank lines is read line by line instead (`_sparse_run_nodes`), so blank
    lines cost no memory.
    """
    if token.count("\n") * _DENSE_LINE > len(token):
        nodes = _sparse_run_nodes(token, source)
    else:
        nodes = _dense_run_nodes(token, source)
    return _with_block(nodes, children)


def _with_block(
    nodes: list[OutlineNode], children: list[OutlineNode] | tuple[()]
) -> list[OutlineNode]:
    """The nodes of one run token, the block under the token given to the last one."""
    if children:
        tail = nodes[-1]
        tail.children = children
        tail.last_line, tail.last_end = children[-1].last_line, children[-1].last_end
    return nodes


_DENSE_LINE = 8  # characters per line at least, on average, for a run to be split whole
_TEXT = re.compile(r"[^\n\t \u00a0](?:[^\n]*[^\n\t \u00a0])?")


def _dense_run_nodes(token: Token, source: str) -> list[OutlineNode]:
    pieces = token.split("\n")
    indent = (token.column or 1) - 1
    line = token.line or 1
    position = token.start_pos or 0  # where the current piece starts in the source
    last = len(pieces) - 1
    nodes: list[OutlineNode] = []
    for index, piece in enumerate(pieces):
        skip = indent if index else 0  # the indentation before the line's text
        size = len(piece)
        if size > skip and piece[skip] not in _INDENT_CHARS:  # a line with text
            start = position + skip
            end = position + size
            if piece[-1] in _INDENT_CHARS:
                end = start + len(piece[skip:].rstrip(_INDENT_CHARS))
            nodes.append(
                OutlineNode(None, None, line + index, indent + 1, start, end, False, (), source)
            )
        elif index < last and nodes:  # a blank line: after the line before it
            nodes[-1].blank_after = True
        position += size + 1
    return nodes


def _sparse_run_nodes(token: Token, source: str) -> list[OutlineNode]:
    """The same nodes as `_dense_run_nodes`, found by searching for the lines with
    text: no list of the token's lines is made."""
    column = token.column or 1

    def line_node(line: int, start: int, end: int) -> OutlineNode:
        return OutlineNode(None, None, line, column, start, end, False, (), source)

    return _lines_with_text(token, line_node)


def _item_run_nodes(
    token: Token, children: list[OutlineNode] | tuple[()], source: str
) -> list[OutlineNode]:
    """The items of an ``ITEMS`` token (bulleted items at one indentation, each with
    its text on its line), in order, as `_node` makes an item of an ``ITEM`` token;
    the block under the token is the last item's. Found as `_sparse_run_nodes` finds
    lines (blank lines cost nothing)."""
    column = token.column or 1

    def item_node(line: int, bullet: int, end: int) -> OutlineNode:
        text = source[bullet + 1 : end].lstrip(_INDENT_CHARS)
        return OutlineNode(source[bullet], text, line, column, bullet, end, False, (), source)

    return _with_block(_lines_with_text(token, item_node), children)


def _lines_with_text(
    token: Token, make: Callable[[int, int, int], OutlineNode]
) -> list[OutlineNode]:
    """A run token's lines with text, each made a node by ``make`` from its line number
    and where its text starts and ends in the source; a node followed by blank lines
    gets ``blank_after``."""
    line = token.line or 1
    offset = token.start_pos or 0
    nodes: list[OutlineNode] = []
    previous = 0  # where the last line with text ended, in the token
    for match in _TEXT.finditer(token):
        start, end = match.span()
        breaks = token.count("\n", previous, start)
        if nodes and breaks > 1:
            nodes[-1].blank_after = True
        line += breaks
        nodes.append(make(line, offset + start, offset + end))
        previous = end
    if nodes and token.count("\n", previous) > 1:  # blank lines before the next line
        nodes[-1].blank_after = True
    return nodes


def _current_source() -> str:
    try:
        return _source.get()
    except LookupError:
        raise RuntimeError("the outline is built inside outline.reading(text)") from None


class OutlineBuilder(Transformer[Token, list[OutlineNode]]):
    """Inline LALR transformer: each line (``first_line``/``next_line``) becomes an
    `OutlineNode` appended to its level's list; ``block`` gives that list to the line
    above; ``start`` returns the top-level list. Runs inside `reading`."""

    def first_line(self, children: list[Any]) -> list[OutlineNode]:
        return self.next_line([[], *children])

    def next_line(self, children: list[Any]) -> list[OutlineNode]:
        nodes: list[OutlineNode] = children[0]  # left recursion: one list, appended to
        token: Token = children[1]
        block = children[2] if len(children) > 2 else ()
        if token.type == "LINES":
            nodes.extend(_run_nodes(token, block, _current_source()))
        elif token.type == "ITEMS":
            nodes.extend(_item_run_nodes(token, block, _current_source()))
        else:
            nodes.append(_node(token, block, _current_source()))
        return nodes

    def block(self, children: list[Any]) -> list[OutlineNode]:
        return children[1]  # type: ignore[no-any-return]

    def start(self, children: list[Any]) -> list[OutlineNode]:
        out: list[OutlineNode] = []
        for child in children:
            if isinstance(child, list):
                out.extend(child)
        return out


def as_item(node: OutlineNode, children: list[OutlineNode]) -> OutlineNode:
    """A copy of an item without what is indented under it, with ``children``."""
    copy = as_line(node, children)
    copy.marker = node.marker
    return copy


def seal(root: OutlineNode) -> None:
    """Recompute where each subtree ends, after children were added (post-order)."""
    order: list[OutlineNode] = []
    stack = [root]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(node.children)
    for node in reversed(order):
        if node.children:
            node.last_line = node.children[-1].last_line
            node.last_end = node.children[-1].last_end


def as_line(node: OutlineNode, children: list[OutlineNode] | tuple[()] = ()) -> OutlineNode:
    """The node's own line, without what is indented under it (with ``children``)."""
    return OutlineNode(
        None,
        node.stored_text,
        node.line,
        node.column,
        node.start,
        node.end,
        node.blank_after,
        children,
        end_line=node.end_line,
        source=node.source,
    )
