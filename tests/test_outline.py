"""The lexer's LINES and ITEMS tokens (runs of plain lines, or of bulleted items, at one
indentation: one token for the parser) give exactly the outline that one token per
line gives: same nodes, same places, same warnings."""

from __future__ import annotations

from functools import cache
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from lark import Lark
from lark.lexer import LexerState

from conftest import CORPUS, EXAMPLES, SEED, available, need
from threadparse import errors, parser
from threadparse import outline as outline_module
from threadparse.lexer import LineLexer
from threadparse.outline import OutlineBuilder, OutlineNode, reading
from threadparse.postlex import OutlineIndenter
from threadparse.source import normalise


def _text_for_lexer(text: str) -> Any:
    """What lark hands a lexer: a TextSlice from lark 1.3 on, the string before."""
    try:
        from lark.utils import TextSlice
    except ImportError:  # lark 1.2
        return text
    return TextSlice(text, 0, len(text))


class OneTokenPerLine(LineLexer):
    join_runs = False


@cache
def lark(join_runs: bool) -> Lark:
    return Lark(
        parser.grammar_text(),
        parser="lalr",
        lexer=LineLexer if join_runs else OneTokenPerLine,
        postlex=OutlineIndenter(),
        transformer=OutlineBuilder(),
        maybe_placeholders=False,
    )


def shape(nodes: list[OutlineNode]) -> list[Any]:
    """The outline as nested tuples (iterative: corpus pages nest deep)."""
    out: list[Any] = []
    stack = [(nodes, out)]
    while stack:
        level, into = stack.pop()
        for n in level:
            kids: list[Any] = []
            into.append(
                (n.marker, n.text, n.line, n.column, n.start, n.end, n.blank_after,
                 n.last_line, n.last_end, n.end_line, kids)
            )  # fmt: skip
            stack.append((n.children, kids))
    return out


def outline(text: str, join_runs: bool) -> tuple[list[Any], list[tuple[str, Any]]]:
    text = normalise(text)
    diagnostics = errors.Diagnostics(text=text)
    with errors.collecting(diagnostics), reading(text):
        nodes = lark(join_runs).parse(text) if text.strip(" \t\u00a0\n") else []
    return shape(nodes), [(w.code, w.span) for w in diagnostics.warnings]


def assert_same_outline(text: str) -> None:
    assert outline(text, join_runs=True) == outline(text, join_runs=False)


def token_types(text: str) -> list[str]:
    lexer = LineLexer(parser.lark_parser().lexer_conf)
    return [t.type for t in lexer.lex(LexerState(_text_for_lexer(text)), None)]


def test_runs_become_one_token_but_not_after_a_lone_marker() -> None:
    text = "Title\nA.\n\nB.\n  • Ann says:\n\n    Hi.\n\n    Again.\n  x\n  •\n    Bob\n    Yo\n"
    assert token_types(text) == ["LINES", "ITEM", "LINES", "LINE", "ITEM", "LINE", "LINE"]
    assert_same_outline(text)


def test_a_lone_marker_then_lines_at_one_indentation() -> None:
    # lynx: the marker's level goes to the text on the next line, whose own
    # indentation the lines after it share: they are under it, not beside it
    text = "T\n  *\n    Ann says:\n    body one\n    body two\n  *\n    Bob\n"
    assert_same_outline(text)
    nodes = parser._outline(text)
    assert [n.text for n in nodes[0].children[1].children] == ["body one", "body two"]


def test_bulleted_items_become_one_token_numbers_and_weak_bullets_do_not() -> None:
    text = (
        "Menu\n• Home\n• About\n\n* Blog\n  • Nested\n1. One\n2. Two\no word\n"
        "+ Plus\n  o weak\n  o again\n•\n  lone\n• x\n"
    )
    assert token_types(text) == [
        "LINE", "ITEMS", "ITEM", "ITEM", "ITEM", "LINE",
        "ITEM", "ITEM", "ITEM", "ITEM", "LINE", "ITEM",
    ]  # fmt: skip
    assert_same_outline(text)
    nodes = parser._outline(text)
    assert [(n.marker, n.text, n.blank_after) for n in nodes[1:4]] == [
        ("•", "Home", False), ("•", "About", True), ("*", "Blog", False),
    ]  # fmt: skip
    assert [n.text for n in nodes[3].children] == ["Nested"]


def test_a_weak_bullet_after_a_run_sees_the_runs_last_bullet() -> None:
    # lynx's "o" is a bullet under a "+" item: the run's last bullet decides
    text = "T\n* a\n+ b\n  o under b\n* c\n- d\n  o no bullet here\n"
    assert_same_outline(text)
    nodes = parser._outline(text)
    assert [n.marker for n in nodes[1:]] == ["*", "+", "*", "-"]
    assert nodes[2].children[0].marker == "o"
    assert nodes[4].children[0].marker is None


def test_a_weak_bullet_after_an_empty_entry_of_its_bullet_is_an_item() -> None:
    # inscriptis prints a nested list's empty first entry ("o" alone) at the column of
    # the level above's entries: the list's next "o" entry, indented under it, is an
    # item when that empty entry stands in a "+" item; under an "o" with text it is not
    text = "T\n* a\n+ \n    + b\n    o \n        o c\n    o d\n        o no bullet here\n"
    assert_same_outline(text)
    nodes = parser._outline(text)
    b, empty, d = nodes[2].children
    assert [b.marker, empty.marker, empty.text, d.marker] == ["+", "o", "", "o"]
    assert [(n.marker, n.text) for n in empty.children] == [("o", "c")]
    assert [(n.marker, n.text) for n in d.children] == [(None, "o no bullet here")]


def test_lynx_fifth_level_bullet_is_an_item_only_under_a_hash_item() -> None:
    # lynx draws a list's fifth level with "@" (* + o # @): an item under a "#" item,
    # a line of prose or a mention anywhere else
    text = (
        "T\n* a\n  + b\n    o c\n      # d\n        @ e\n        @ f\n"
        "      # g\n        @ h\n@ not an item\n* i\n  @ nor this one\n"
    )
    assert_same_outline(text)
    nodes = parser._outline(text)
    d, g = nodes[1].children[0].children[0].children
    assert [(n.marker, n.text) for n in d.children] == [("@", "e"), ("@", "f")]
    assert [(n.marker, n.text) for n in g.children] == [("@", "h")]
    assert [(n.marker, n.text) for n in nodes[2:4]] == [(None, "@ not an item"), ("*", "i")]
    assert nodes[3].children[0].marker is None


def test_an_empty_weak_entry_outside_the_level_above_opens_no_list() -> None:
    text = "T\n* a\n  o \n      o not an item\n"
    assert_same_outline(text)
    nodes = parser._outline(text)
    assert [(n.marker, n.text) for n in nodes[1].children] == [(None, "o")]
    assert nodes[1].children[0].children[0].marker is None


INDENTS = st.sampled_from(["", "", "  ", "    ", "      ", "\t", " \u00a0", "   "])
TEXTS = st.sampled_from(
    [
        *["Ann says:", "body", "", "x y", "12.", "•", "1. a", "• b", "* c", "o d", "# e", "o"],
        *["@ n", "@ann hi", "@"],
        *["☆ f", "- g", "+ h", "◦ i", "• ", "•\u00a0j", "-  k l", "▸\tm"],
    ]
)
BREAKS = st.sampled_from(["\n", "\n", "\n\n", "\n \n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(INDENTS, TEXTS, BREAKS), max_size=40))
def test_same_outline_with_and_without_runs(lines: list[tuple[str, str, str]]) -> None:
    assert_same_outline("".join(i + t + b for i, t, b in lines))


def test_same_outline_on_the_examples_and_the_reference() -> None:
    files = [*sorted(EXAMPLES.glob("*.txt")), *available(SEED)]
    for path in files:
        assert_same_outline(path.read_bytes().decode("utf-8-sig"))


def test_same_outline_on_the_corpus() -> None:
    dumps = sorted(need(CORPUS).glob("*.txt"))
    assert dumps
    for path in dumps:
        assert_same_outline(path.read_text(encoding="utf-8", errors="replace"))


def outline_with_runs_read(text: str, dense_line: int) -> tuple[list[Any], list[Any]]:
    """The outline, with LINES tokens read by one way only: split whole (0) or line by
    line (a huge ``dense_line``)."""
    saved = outline_module._DENSE_LINE
    outline_module._DENSE_LINE = dense_line
    try:
        return outline(text, join_runs=True)
    finally:
        outline_module._DENSE_LINE = saved


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(INDENTS, TEXTS, BREAKS), max_size=40))
def test_runs_split_whole_or_line_by_line_give_one_outline(
    lines: list[tuple[str, str, str]],
) -> None:
    text = "".join(i + t + b for i, t, b in lines)
    assert outline_with_runs_read(text, 0) == outline_with_runs_read(text, 10**9)


def test_mostly_blank_runs_are_read_line_by_line() -> None:
    text = "T\n\n  a\n" + "\n" * 50 + "  b \n \n  c\n" + "\n \n" * 20
    assert outline_with_runs_read(text, 0) == outline_with_runs_read(text, 10**9)
    assert_same_outline(text)


def test_a_long_run_comes_in_tokens_of_bounded_length() -> None:
    text = "T\n" + "line of text\n" * 5000
    types = token_types(text)
    assert types == ["LINES"] * 5  # 5,001 lines, at most RUN_LINES = 1,024 a token
    assert_same_outline(text)
