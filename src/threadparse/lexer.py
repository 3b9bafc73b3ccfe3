"""The line lexer: the grammar's own terminals, matched one line at a time.

Lark's basic lexer tries every terminal through one combined pattern and keeps a
line counter up to date character by character. A dump is nothing but lines, so this
lexer does the same job with less work per line: ``LEAD`` at the very start, then at
each line start the grammar's ``ITEM`` pattern (it has the higher priority), else
``LINE``. The tokens tile the text, and the grammar is total, so no character is
skipped. The terminals, taken from the compiled grammar, stay the single definition
of what a line token is.

Consecutive ``LINE`` matches with the same indentation (the same characters) come out
as one ``LINES`` token: between them the postlexer would emit nothing, so the parser
gets one token instead of many, and the outline builder splits it back into lines.
Consecutive bulleted items with the same indentation, each with text after its bullet,
come out as one ``ITEMS`` token the same way (a menu, a tag list: a third of a page's
lines); numbered items and the bullets that can be words (`WEAK_MARKERS`) stay tokens
of their own, since the postlexer and the weak-marker rule read them one by one.
Joining only saves work, it never changes the outline (a test compares the two), so it
is tried only where a quick look says the next line can join; and the line after a
list marker alone on its line is never joined with the lines after it: the marker
gives its level to that line, and that is for the postlexer to decide (see
`OutlineIndenter`).
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
RUN_LINES = 1024  #: the most lines one LINES token holds

#: Bullets that also start lines of prose ("o" is a word in several languages) or code
#: ("# a comment", "@ann thanks"), with the bullet of the list level above them: lynx
#: draws the levels of a nested list with * + o # @, inscriptis with * + o. Such a line
#: is a list item only
#: inside an item of the level above (the nearest list item left of it has that bullet),
#: or after its list's first entry printed empty at that item's column (inscriptis puts
#: an empty ``<li>`` opening a nested list where its parent's entries stand: "+ Ann"
#: over "o" alone, the list's next entry "o Bob" indented under it).
WEAK_MARKERS = {"o": "+", "#": "o", "@": "#"}

#: The bullets an ``ITEMS`` token joins: the grammar's bullets that are no word and no
#: number (checked against the grammar's ``ITEM`` when the lexer is made).
RUN_BULLETS = "•◦▪▫‣⁃○●■□◆◇►▸☆*+-"
_RUN_BULLET_SET = frozenset(RUN_BULLETS)

new_token: Callable[..., Token] = getattr(Token, "_future_new", Token)


def _text_of(lexer_state: LexerState) -> tuple[str, int, int]:
    """The text to lex and where to start and stop: lark 1.3 gives a ``TextSlice``,
    lark 1.2 the string itself."""
    given: Any = lexer_state.text
    if isinstance(given, str):
        return given, 0, len(given)
    return given.text, given.start, given.end


def is_lone_marker(token: Token) -> bool:
    """An ITEM token that is only its marker ("12." or a bullet) and one line end: the
    item's text is on the next line (lynx prints list items so)."""
    if token.type != "ITEM" or token.count("\n") != 1:
        return False
    own = token.partition("\n")[0].rstrip(" \t\u00a0")
    return own[:-1].isdigit() if own.endswith(".") else len(own) == 1


def _may_join(text: str, line_start: int, pos: int, end: int, joins: Callable[[str], bool]) -> bool:
    """A quick look at the line after the one at ``pos``: worth a run match when it is
    empty (the run pattern looks past blank lines), or has the same indentation and
    then a character that ``joins`` (a letter for a plain line: no list marker starts
    with one; a bullet of `RUN_BULLETS` for an item). Joining is only ever a saving, so
    a line this look turns away simply comes as a token of its own; what it saves is
    a run match for each line that cannot join (a reply chain thousands of columns deep
    puts every line at a new indentation, and each item under the line before)."""
    after = text.find("\n", pos, end) + 1
    if after == 0 or after >= end:
        return False
    if text[after] == "\n":
        return True
    first = after + pos - line_start  # where the next line's text starts, if it joins
    return joins(text[first : first + 1]) and text.startswith(text[line_start:pos], after)


def _after_empty_entry(items: list[tuple[int, str]], empty: set[int], bullet: str) -> bool:
    """The nearest open item left of a weak bullet's line is an entry of that bullet with
    no text (in ``empty``), itself in an item of the level above: the list's first entry,
    printed empty at the column of its parent's entries (see `WEAK_MARKERS`)."""
    if len(items) < 2 or items[-1][0] not in empty:
        return False
    return items[-1][1] == bullet and items[-2][1] == WEAK_MARKERS[bullet]


def _text_set_left(text: str, pos: int, stop: int, indent: int) -> bool:
    """A weak bullet alone on its line (its match from ``pos`` to ``stop`` ends with the
    next line's indentation), indented, the next line flush left (column 0, not a list
    item): lynx prints a heading inside a list item at the left margin, under the item's
    bare marker. The item holding this one may be closed by then (its own heading went
    to the margin too), so this shape stands on its own; the heading has its item's
    text indented under it again (a paragraph "o" over a closing line at the margin is
    no such heading)."""
    if indent == 0 or stop >= len(text) or text[stop - 1] != "\n":
        return False  # (the next line is indented: its indentation ends the match)
    if text[pos + 1 : stop].strip(" \t\u00a0\n"):
        return False  # the entry has text of its own
    if text[stop] in " \t\u00a0\n" + RUN_BULLETS or text[stop].isdigit():
        return False
    heading_end = text.find("\n", stop)
    if heading_end < 0:
        return False
    after = heading_end + 1
    while after < len(text) and text[after] == "\n":
        after += 1  # (blank lines between the heading and the text under it)
    return after < len(text) and text[after] in " \t\u00a0"


def _at_bullet(bullet: str, plain: bool) -> bool:
    """A plain line at the column of an open bulleted item's bullet is still in that
    item: inscriptis sets an item's links ("Reply") there, under the item's text, and
    the item's replies come after them. The next item at that column closes it; a
    numbered item's number ("20. May") stays open to no line."""
    return plain and not bullet.isdigit()


class LineLexer(Lexer):
    """A Lark lexer for the outline grammar (``Lark(..., lexer=LineLexer)``)."""

    __future_interface__ = 2
    join_runs = True  #: give consecutive same-indentation LINEs as one LINES token

    def __init__(self, conf: LexerConf) -> None:
        patterns = {t.name: t.pattern.to_regexp() for t in conf.terminals}
        self.lead = re.compile(patterns["LEAD"])
        self.item = re.compile(patterns["ITEM"])
        self.line = re.compile(patterns["LINE"])
        # From a line's start (its indentation): that line's text, then each following
        # line ("more") that has the same indentation and is not an ITEM, with the
        # blank lines between, then the last line's end as LINE has it. Linear: a line
        # that does not join stops the repetition before any of its text is read.
        # Python's regex engine keeps ~200 bytes of state per repetition of a group
        # until the match ends, so a run is at most RUN_LINES lines (the next run
        # simply comes as the next token): a match's memory stays bounded.
        self.run = re.compile(
            r"(?P<indent>[\t \u00a0]*)[^\t \u00a0\n][^\n]*"
            r"(?P<more>[\n\t \u00a0]*"
            rf"\n(?P=indent)(?=[^\t \u00a0\n])(?!{patterns['ITEM']})[^\n]*){{0,{RUN_LINES - 1}}}"
            r"(?:\n[\n\t \u00a0]*)?"
        )
        # The same for bulleted items: each line a bullet, blanks and some text (so no
        # marker alone on its line), at the first line's indentation.
        bullet = "[" + re.escape(RUN_BULLETS) + "]"
        item_line = bullet + r"[\t \u00a0]+[^\n\t \u00a0][^\n]*"
        self.item_run = re.compile(
            r"(?P<indent>[\t \u00a0]*)" + item_line
            + r"(?P<more>[\n\t \u00a0]*\n(?P=indent)" + item_line + rf"){{0,{RUN_LINES - 1}}}"
            r"(?:\n[\n\t \u00a0]*)?"
        )  # fmt: skip
        for mark in RUN_BULLETS:  # (every bullet joined is a bullet of the grammar's)
            if not self.item.match(mark + " x") or mark in WEAK_MARKERS or mark.isdigit():
                raise ValueError(f"{mark!r} is no strong bullet of the grammar's ITEM")

    def lex(self, lexer_state: LexerState, parser_state: Any) -> Iterator[Token]:
        text, pos, end = _text_of(lexer_state)
        line = 1
        if pos < end:
            lead = self.lead.match(text, pos, end)
            if lead is not None:
                value = lead.group()
                yield new_token("LEAD", value, pos, 1, 1, 1, 1, lead.end())
                line += value.count("\n")
                pos = lead.end()
        item, plain, run = self.item.match, self.line.match, self.run.match
        item_run = self.item_run.match
        joining = self.join_runs
        items: list[tuple[int, str]] = []  # open list items: (indentation, bullet)
        empty: set[int] = set()  # the indentations of open weak-bullet items with no text
        lone = False  # the last token was a marker alone on its line
        while pos < end:
            line_start = text.rfind("\n", 0, pos) + 1
            indent = pos - line_start
            # (a lone marker's text, printed left of it by lynx, keeps its item open)
            outdented = lone and bool(items) and indent < items[-1][0]
            kind = "ITEM"  # ITEM first: the grammar gives it the higher priority
            match = item(text, pos, end)
            while items and items[-1][0] >= indent and not outdented:
                if items[-1][0] == indent and _at_bullet(items[-1][1], match is None):
                    break
                empty.discard(items.pop()[0])
            if match is not None:
                bullet = text[pos]
                outer = WEAK_MARKERS.get(bullet)
                if outer is not None and not (
                    (items and items[-1][1] == outer)
                    or _after_empty_entry(items, empty, bullet)
                    or _text_set_left(text, pos, match.end(), indent)
                ):
                    match = None  # a word or a sign of prose or code, not a bullet
                elif (
                    joining
                    and bullet in _RUN_BULLET_SET
                    and _may_join(text, line_start, pos, end, _RUN_BULLET_SET.__contains__)
                    and (joined := item_run(text, line_start, end)) is not None
                    and joined.start("more") >= 0
                ):  # this item and those joining it; the last one's bullet stays open
                    match, kind = joined, "ITEMS"
                    last = text.rfind("\n", pos, joined.end("more")) + 1 + indent
                    items.append((indent, text[last]))
                else:
                    items.append((indent, bullet))
                    if outer is not None and not text[pos + 1 : match.end()].strip():
                        empty.add(indent)  # (an entry with no text: `_after_empty_entry`)
            if match is None:
                kind = "LINE"
                if joining and _may_join(text, line_start, pos, end, str.isalpha):
                    match = run(text, line_start, end)  # this line, and those joining it
                    if match is not None and match.start("more") >= 0:
                        kind = "LINES"
                else:
                    match = plain(text, pos, end)
                if match is None:  # the grammar is total: this cannot happen
                    raise UnexpectedCharacters(text, pos, line, 1)  # type: ignore[no-untyped-call]
            stop = match.end()
            token = new_token(kind, text[pos:stop], pos, line, pos - line_start + 1)
            yield token
            # the line after a lone marker is placed by the postlexer, not with its run
            lone = kind == "ITEM" and is_lone_marker(token)
            joining = self.join_runs and not lone
            line += text.count("\n", pos, stop)
            pos = stop
