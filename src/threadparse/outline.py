"""The parse tree: an outline of lines and list items, built while Lark parses.

`OutlineBuilder` is handed to the LALR parser as its inline transformer, so each
``node`` rule becomes an `OutlineNode` the moment it is reduced: no lark
`Tree` is ever built, and nothing here recurses per nesting level.
"""

from __future__ import annotations

import re
from typing import Any

import attrs
from lark import Token, Transformer

_INDENT_CHARS = " \t\u00a0"


@attrs.define(slots=True, eq=False)
class OutlineNode:
    """One non-blank line of the dump and the lines indented under it.

    Attributes:
        marker: the list marker (``"1."``, ``"•"``, ``"*"`` ...) of an item line, else None.
        text: the line without marker and surrounding whitespace.
        line: 1-based line number.
        column: 1-based column where the line's content (marker included) starts.
        start, end: character offsets of the line's content in the normalised text.
        blank_after: a blank line follows this line.
        children: the lines indented under this one, in order.
        last_line, last_end: where the node's subtree ends (set once, children first).
        end_line: the last line of the node's own text (a marker alone on its line and
            the text on the next are one node after `merge_marker_lines`).
    """

    marker: str | None
    text: str
    line: int
    column: int
    start: int
    end: int
    blank_after: bool
    children: list[OutlineNode] = attrs.field(factory=list)
    last_line: int = 0
    last_end: int = 0
    end_line: int = 0

    def __attrs_post_init__(self) -> None:
        # Children are built before their parent (LALR reduces bottom-up), so this is O(1).
        if self.children:
            self.last_line = self.children[-1].last_line
            self.last_end = self.children[-1].last_end
        else:
            self.last_line, self.last_end = self.line, self.end
        self.end_line = self.end_line or self.line


def _node(token: Token, children: list[OutlineNode]) -> OutlineNode:
    end_of_line = token.find("\n")
    own = str(token) if end_of_line < 0 else token[:end_of_line]
    raw = own.rstrip(_INDENT_CHARS)
    marker: str | None = None
    text = raw
    if token.type == "ITEM":  # the grammar's ITEM: "12." or one bullet character, then blanks
        cut = raw.index(".") + 1 if raw[0].isascii() and raw[0].isdigit() else 1
        marker = raw[:cut]
        text = raw[cut:].strip(_INDENT_CHARS)
    start = token.start_pos or 0
    return OutlineNode(
        marker,
        text,
        token.line or 1,
        token.column or 1,
        start,
        start + len(raw),
        end_of_line >= 0 and token.count("\n", end_of_line + 1) > 0,
        children,
    )


# One line of a LINES token: its text, then its line end, any blank lines and the next
# line's indentation (the same as its own: the lines of a LINES token share it).
_RUN_LINE = re.compile(r"([^\n]*)((?:\n[\t \u00a0]*)*)")


def _run_nodes(token: Token, children: list[OutlineNode]) -> list[OutlineNode]:
    """The lines of a ``LINES`` token (plain lines at one indentation), in order; the
    block under the token is the last line's."""
    value = str(token)
    offset = token.start_pos or 0
    line = token.line or 1
    column = token.column or 1
    nodes: list[OutlineNode] = []
    position = 0
    match = _RUN_LINE.match
    while position < len(value):
        piece = match(value, position)
        assert piece is not None  # the pattern matches anywhere
        raw = piece.group(1).rstrip(_INDENT_CHARS)
        breaks = piece.group(2).count("\n")
        start = offset + position
        position = piece.end()
        nodes.append(
            OutlineNode(
                None,
                raw,
                line,
                column,
                start,
                start + len(raw),
                breaks > 1,
                children if position >= len(value) else [],
            )
        )
        line += breaks
    return nodes


class OutlineBuilder(Transformer[Token, list[OutlineNode]]):
    """Inline LALR transformer: each line (``first_line``/``next_line``) becomes an
    `OutlineNode` appended to its level's list; ``block`` gives that list to the line
    above; ``start`` returns the top-level list."""

    def first_line(self, children: list[Any]) -> list[OutlineNode]:
        return self.next_line([[], *children])

    def next_line(self, children: list[Any]) -> list[OutlineNode]:
        nodes: list[OutlineNode] = children[0]  # left recursion: one list, appended to
        token: Token = children[1]
        block = children[2] if len(children) > 2 else []
        if token.type == "LINES":
            nodes.extend(_run_nodes(token, block))
        else:
            nodes.append(_node(token, block))
        return nodes

    def block(self, children: list[Any]) -> list[OutlineNode]:
        return children[1]  # type: ignore[no-any-return]

    def start(self, children: list[Any]) -> list[OutlineNode]:
        out: list[OutlineNode] = []
        for child in children:
            if isinstance(child, list):
                out.extend(child)
        return out
