"""The postlexer: turns the indentation carried by line tokens into INDENT/DEDENT tokens.

Modelled on lark's `Indenter`, but tolerant of the indentation of real dumps:

* any width counts as a level (no fixed step); tabs advance to the next multiple of 8;
  a no-break space counts as one column;
* a dedent to a column that was never opened, between two open levels (``    a`` then
  ``  b`` under a line at column 0), keeps the line in the inner block and moves that
  block's level out to the new column: the line is still indented under its parent.
  It records a ``dedent-to-unknown-column`` warning (strict mode raises
  `ThreadParseError` instead), where lark's `Indenter` raises `DedentError`;
* a list marker alone on its line keeps its level for the text on the next line;
* right-aligned numbering (`` 9.`` then ``10.``, `` 99.`` then ``100.``) keeps a list's
  items at one level: an item numbered n whose dot is in the column of the dot of item
  n - 1 of an open level is placed at that level, whatever its own indentation. Numbers
  that grow to the right (``  99.`` then ``  100.``, left-aligned) keep their level as
  any item does;
* indentation after the last line (trailing whitespace) opens nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from lark import Token
from lark.lark import PostLex

from threadparse import errors
from threadparse.lexer import is_lone_marker, new_token
from threadparse.span import Span

TAB_WIDTH = 8


def indent_width(indent: str) -> int:
    """Columns taken by a run of indentation characters (tabs to the next multiple of 8)."""
    if "\t" not in indent:
        return len(indent)
    return len(indent.expandtabs(TAB_WIDTH))


class OutlineIndenter(PostLex):
    """Emit ``INDENT``/``DEDENT`` between line tokens, never failing on odd indentation.

    Each line token ends with the next line's indentation (see the grammar); the
    indentation is applied when that next line arrives, so trailing whitespace at the
    end of the text opens nothing.
    """

    INDENT_type = "INDENT"
    DEDENT_type = "DEDENT"
    always_accept = ()

    def process(self, stream: Iterator[Token]) -> Iterator[Token]:
        diagnostics = errors.current()
        levels = [0]
        # per open level, the last numbered item placed there: (number, column of its dot)
        numbering: list[tuple[int, int] | None] = [None]
        previous: Token | None = None
        for token in stream:
            width = 0
            if previous is not None:
                indent = previous[previous.rfind("\n") + 1 :]
                width = len(indent) if "\t" not in indent else indent_width(indent)
                if width != levels[-1]:  # most lines keep their level: nothing to emit
                    yield from self._indentation(
                        previous, token, indent, width, levels, numbering, diagnostics
                    )
            if token.type == "ITEM" and token[0].isdigit():
                numbering[-1] = item_number(token, width)
            yield token
            previous = token
        for _ in range(len(levels) - 1):
            yield Token(self.DEDENT_type, "")

    def _indentation(
        self,
        previous: Token,
        line: Token,
        indent: str,
        width: int,
        levels: list[int],
        numbering: list[tuple[int, int] | None],
        diagnostics: errors.Diagnostics,
    ) -> Iterator[Token]:
        """The INDENT/DEDENT tokens before ``line``, which starts at column ``width``
        (``indent`` is its indentation, at the end of the ``previous`` token)."""
        if line.type != "ITEM" and is_lone_marker(previous):
            # A list marker alone on its line, its text on the next (lynx): the text is
            # the item's, wherever it starts; the level stays the marker's.
            return
        if line.type == "ITEM" and width < levels[-1] and line[0].isdigit():
            width = _aligned_level(item_number(line, width), width, levels, numbering)
        if width > levels[-1]:
            levels.append(width)
            numbering.append(None)
            yield new_token(self.INDENT_type, indent, line.start_pos, line.line, line.column)
            return
        if width == levels[-1]:
            return
        keep = len(levels) - 1  # how many levels stay open (levels[0] == 0 stops the loop)
        while width < levels[keep - 1]:
            keep -= 1
        # now levels[keep - 1] <= width < levels[keep]
        if width != levels[keep - 1]:
            # A dedent to a column never opened, between two open levels: the line is
            # still indented under the outer level's line, so it stays in the inner block,
            # whose level moves out to this column.
            outer, inner = levels[keep - 1], levels[keep]
            start = (line.start_pos or 0) - len(indent)
            diagnostics.warn(
                "dedent-to-unknown-column",
                f"indentation {width} matches no open level ({outer} or {inner})",
                Span(line.line or 1, line.line or 1, start, start),
                column=width + 1,
                guess=f"kept in the block at {inner}, which now starts at {width}",
            )
            keep += 1
            levels[keep - 1] = width
        for _ in range(len(levels) - keep):
            levels.pop()
            numbering.pop()
            yield new_token(self.DEDENT_type, indent, line.start_pos, line.line, line.column)


def item_number(item: Token, width: int) -> tuple[int, int]:
    """A numbered item's number and the column of its dot (``width`` is its indentation)."""
    dot = item.index(".")
    return int(item[:dot]), width + dot


def _aligned_level(
    number: tuple[int, int], width: int, levels: list[int], numbering: list[tuple[int, int] | None]
) -> int:
    """Where a numbered item at column ``width`` belongs under right-aligned numbering:
    the open level, deeper than ``width``, whose last item is the one numbered just
    before it with its dot in the same column (`` 9.`` then ``10.``); else ``width``.

    Only levels deeper than the item are looked at, innermost first, and those the item
    does not align with are closed by it anyway, so the search costs nothing over time.
    """
    wanted = (number[0] - 1, number[1])
    k = len(levels) - 1
    while k > 0 and levels[k] > width:
        if numbering[k] == wanted:
            return levels[k]
        k -= 1
    return width
