"""The postlexer: turns the indentation carried by NL tokens into _INDENT/_DEDENT tokens.

Modelled on lark's `Indenter`, but tolerant of the indentation of real dumps:

* any width counts as a level (no fixed step); tabs advance to the next multiple of 8;
  a no-break space counts as one column;
* a dedent to a column that was never opened (``    a`` then ``  b``) snaps to the
  nearest open level (on a tie: outwards for a list item, inwards for a plain line)
  and records a ``dedent-to-unknown-column`` warning (strict mode raises
  `ThreadParseError` instead), where lark's `Indenter` raises `DedentError`;
* indentation after the last line (trailing whitespace) opens nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from lark import Token
from lark.lark import PostLex

from threadparse import errors
from threadparse.span import Span

TAB_WIDTH = 8


def indent_width(indent: str) -> int:
    """Columns taken by a run of indentation characters (tabs to the next multiple of 8)."""
    if "\t" not in indent:
        return len(indent)
    return len(indent.expandtabs(TAB_WIDTH))


class OutlineIndenter(PostLex):
    """Emit ``_INDENT``/``_DEDENT`` around NL tokens, never failing on odd indentation."""

    NL_type = "NL"
    INDENT_type = "_INDENT"
    DEDENT_type = "_DEDENT"
    always_accept = ("NL",)

    def process(self, stream: Iterator[Token]) -> Iterator[Token]:
        diagnostics = errors.current()
        levels = [0]
        pending: Token | None = None  # an NL whose indentation is applied once a line follows
        for token in stream:
            if token.type == "NL":
                if pending is not None:  # the grammar never makes two in a row; be safe
                    token = Token.new_borrow_pos("NL", pending + token, pending)
                pending = token
                continue
            if pending is not None:
                yield pending
                yield from self._indentation(pending, levels, diagnostics, token.type == "ITEM")
                pending = None
            yield token
        if pending is not None:
            yield pending
        last = pending or Token(self.NL_type, "", 0, 1, 1)
        for _ in range(len(levels) - 1):
            yield Token.new_borrow_pos(self.DEDENT_type, "", last)

    def _indentation(
        self, nl: Token, levels: list[int], diagnostics: errors.Diagnostics, item: bool
    ) -> Iterator[Token]:
        indent = nl.rpartition("\n")[2]
        width = indent_width(indent)
        if width > levels[-1]:
            levels.append(width)
            yield Token.new_borrow_pos(self.INDENT_type, indent, nl)
            return
        if width == levels[-1]:
            return
        keep = len(levels) - 1  # how many levels stay open (levels[0] == 0 stops the loop)
        while width < levels[keep - 1]:
            keep -= 1
        # now levels[keep - 1] <= width < levels[keep]
        if width != levels[keep - 1]:
            # A dedent to a column never opened: snap to the nearer open level. On a tie a
            # list item goes out (it starts something new), a plain line stays in (it
            # continues the block it was in).
            outer, inner = levels[keep - 1], levels[keep]
            line = nl.end_line if nl.end_line is not None else 1
            start = (nl.end_pos or 0) - len(indent)
            diagnostics.warn(
                "dedent-to-unknown-column",
                f"indentation {width} matches no open level ({outer} or {inner})",
                Span(line, line, start, start),
                column=width + 1,
                guess="snapped to the nearer one",
            )
            if inner - width < width - outer or (inner - width == width - outer and not item):
                keep += 1
        for _ in range(len(levels) - keep):
            levels.pop()
            yield Token.new_borrow_pos(self.DEDENT_type, indent, nl)
