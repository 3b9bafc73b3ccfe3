"""The line lexer: the grammar's own terminals, matched one line at a time.

Lark's basic lexer tries every terminal through one combined pattern and keeps a
line counter up to date character by character. A dump is nothing but lines, so this
lexer does the same job with less work per line: at each line start it tries the
grammar's ``ITEM`` pattern, else ``LINE`` (``LEAD`` only at the very start), taken
from the compiled grammar, and counts lines by the newlines each token carries.
The terminals stay the single definition of what a token is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lark import Token
from lark.common import LexerConf
from lark.exceptions import UnexpectedCharacters
from lark.lexer import Lexer, LexerState


class LineLexer(Lexer):
    """A Lark lexer for the outline grammar (``Lark(..., lexer=LineLexer)``)."""

    __future_interface__ = 2

    def __init__(self, conf: LexerConf) -> None:
        patterns = {t.name: t.pattern.to_regexp() for t in conf.terminals}
        flags = re.UNICODE
        self.item = re.compile(patterns["ITEM"], flags)
        self.line = re.compile(patterns["LINE"], flags)
        self.lead = re.compile(patterns["LEAD"], flags)

    def lex(self, lexer_state: LexerState, parser_state: Any) -> Iterator[Token]:
        text_slice = lexer_state.text
        text: str = text_slice.text
        end = text_slice.end
        pos = text_slice.start
        line = 1
        item, plain = self.item.match, self.line.match
        if pos < end:
            lead = self.lead.match(text, pos, end)
            if lead is not None:
                value = lead.group()
                yield Token("LEAD", value, pos, 1, 1, line, 1, lead.end())
                line += value.count("\n")
                pos = lead.end()
        while pos < end:
            match = item(text, pos, end)
            kind = "ITEM"
            if match is None:
                match = plain(text, pos, end)
                kind = "LINE"
                if match is None:  # the grammar is total: this cannot happen
                    raise UnexpectedCharacters(text, pos, line, 1)  # type: ignore[no-untyped-call]
            value = match.group()
            column = pos - text.rfind("\n", 0, pos)
            yield Token(kind, value, pos, line, column, line, column, match.end())
            line += value.count("\n")
            pos = match.end()
