"""The line lexer: the grammar's own terminals, matched one line at a time.

Lark's basic lexer tries every terminal through one combined pattern and keeps a
line counter up to date character by character. A dump is nothing but lines, so this
lexer does the same job with less work per line: ``LEAD`` at the very start, then the
grammar's ``ITEM`` and ``LINE`` patterns, in that order (``ITEM`` has the higher
priority), joined into one pattern that ``finditer`` walks from line start to line
start: the tokens tile the text, and the grammar is total, so no character is skipped.
Lines are counted by the newlines in each token's tail. The terminals, taken from
the compiled grammar, stay the single definition of what a token is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from lark import Token
from lark.common import LexerConf
from lark.exceptions import UnexpectedCharacters
from lark.lexer import Lexer, LexerState

# Lark's `Token(...)` goes through a compatibility shim for a deprecated keyword that
# costs more than the token itself; `_future_new` is the constructor behind it, with
# the same arguments. Fall back to the public constructor if a lark release drops it.
_new_token: Callable[..., Token] = getattr(Token, "_future_new", Token)


class LineLexer(Lexer):
    """A Lark lexer for the outline grammar (``Lark(..., lexer=LineLexer)``)."""

    __future_interface__ = 2

    def __init__(self, conf: LexerConf) -> None:
        patterns = {t.name: t.pattern.to_regexp() for t in conf.terminals}
        self.lead = re.compile(patterns["LEAD"])
        self.lines = re.compile(f"(?P<ITEM>{patterns['ITEM']})|(?P<LINE>{patterns['LINE']})")

    def lex(self, lexer_state: LexerState, parser_state: Any) -> Iterator[Token]:
        text_slice = lexer_state.text
        text: str = text_slice.text
        start, end = text_slice.start, text_slice.end
        line = 1
        if start < end:
            lead = self.lead.match(text, start, end)
            if lead is not None:
                value = lead.group()
                yield _new_token("LEAD", value, start, 1, 1, 1, 1, lead.end())
                line += value.count("\n")
                start = lead.end()
        expected = start
        for match in self.lines.finditer(text, start, end):
            pos = match.start()
            if pos != expected:  # the grammar is total: this cannot happen
                raise UnexpectedCharacters(text, expected, line, 1)  # type: ignore[no-untyped-call]
            expected = match.end()
            eol = text.find("\n", pos, expected)
            column = pos - text.rfind("\n", 0, pos)
            yield _new_token(match.lastgroup, match.group(), pos, line, column)
            if eol >= 0:
                line += text.count("\n", eol, expected)
        if expected != end:
            raise UnexpectedCharacters(text, expected, line, 1)  # type: ignore[no-untyped-call]
