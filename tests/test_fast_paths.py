"""Every shortcut taken for speed or memory gives what the plain way gives: body text
read from the source when asked (`SourceText`), `plain` on lines that need no work, the
day-word search on ASCII lines, a name looked for alone on the page with the name first."""

from __future__ import annotations

import copy
import pickle
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import threadparse
from conftest import CORPUS, EXAMPLES, SEED, available, need
from generate import chain, wide
from threadparse import dates
from threadparse.lines import _COUNT_STARTS, plain
from threadparse.model import Paragraph, Quote, SourceText
from threadparse.names import _word_alone
from threadparse.source import normalise

BLANKS = " \t\u00a0"


def blocks(page: threadparse.Page) -> list[Paragraph | Quote]:
    out = list(page.article.blocks)
    for comment in page.walk():
        out += comment.blocks
    return out


def assert_texts_read_as_lines(text: str) -> int:
    """A paragraph whose text is left in the source reads as its source lines, each
    without its indentation and trailing blanks, joined with newlines (as the paragraphs
    made of copied lines do). Returns how many such paragraphs there were."""
    text = normalise(text)
    lazy = 0
    for block in blocks(threadparse.parse(text)):
        if not isinstance(block._text, SourceText):
            continue  # (explicit quotes, list items, nameless comments' lines: copied)
        lazy += 1
        assert block.span is not None
        lines = text[block.span.start : block.span.end].split("\n")
        assert block.text == "\n".join(line.strip(BLANKS) for line in lines), block.span
    return lazy


WRAPPED = (
    "Title\n\nFirst line of the article\nand its second line.\n\n"
    "3 replies\n"
    "  1. Ann says:\n"
    "    A body wrapped\n    over three\n    lines.\n\n"
    "    Trailing blanks \n    and\ttabs\t\n    inside.\n\n"
    "    “A quotation\n    on two lines.”\n\n"
    "    > quoted\n    > explicitly\n\n"
    "    • Bob says:\n"
    "      \u00a0Odd\n      indentation\n        deeper\n      back.\n"
    "  2. Cy says:\n\tTabbed body\n\tline two\n"
)


def test_lazy_text_is_the_lines_joined() -> None:
    # lines at one indentation without trailing blanks are left in the source; the
    # others (trailing blanks, an explicit quote, mixed indentation) are copied
    assert assert_texts_read_as_lines(WRAPPED) == 4
    assert [b.text for b in blocks(threadparse.parse(WRAPPED))] == [
        "First line of the article\nand its second line.",
        "A body wrapped\nover three\nlines.",
        "Trailing blanks\nand\ttabs\ninside.",
        "“A quotation\non two lines.”",
        "quoted\nexplicitly",
        "Odd\nindentation\ndeeper\nback.",
        "Tabbed body\nline two",
    ]
    for path in [*sorted(EXAMPLES.glob("*.txt")), *available(SEED)]:
        assert_texts_read_as_lines(path.read_bytes().decode("utf-8-sig"))
    assert_texts_read_as_lines(chain(50, step=2))
    assert_texts_read_as_lines(wide(30))


def test_lazy_text_on_the_corpus() -> None:
    need(CORPUS)
    lazy = 0
    for path in sorted(CORPUS.glob("*.txt")):
        lazy += assert_texts_read_as_lines(path.read_text(encoding="utf-8"))
    assert lazy > 10_000


def test_a_lazy_block_behaves_as_one_with_its_text() -> None:
    source = "  one\n  two"
    lazy = Paragraph(SourceText(source, 2, len(source), "  "))
    eager = Paragraph("one\ntwo")
    assert lazy == eager and repr(lazy) == repr(eager)
    assert pickle.loads(pickle.dumps(lazy)) == eager
    assert copy.deepcopy(lazy) == eager
    assert source not in pickle.dumps(lazy).decode("latin-1")  # the source stays behind
    lazy.text = "changed"
    assert lazy.text == "changed" and lazy != eager
    quote = Quote(SourceText("“Hi.”", 0, 5), explicit=False)
    assert quote == Quote("“Hi.”") and quote.text == "“Hi.”"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .,\t\n\u00a0\u2028\u3000\x1c\xad\u200bé"), max_size=40))
def test_plain_without_markup_is_whitespace_collapsed(text: str) -> None:
    # (the marks no reader sees, a zero-width space, a soft hyphen or a direction mark,
    # taken out)
    assert plain(text) == " ".join(text.replace("\u200b", "").replace("\xad", "").split())


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from([*dates._DAY_WORDS, "TODAY", "Hoy", "x", " ", "ay", "heu", "1"]),
        max_size=8,
    ).map("".join)
)
def test_day_words_on_ascii_lines_as_with_the_case_blind_pattern(line: str) -> None:
    found = [m.span() for m in dates._day_words(line, len(line))]
    assert found == [m.span() for m in dates._DAY_WORD.finditer(line)]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *dates._DAY_WORDS,
                "an hour ago",
                "a few days ago",
                "vor einer Woche",
                "час назад",
                "il y a un jour",
                "hace una semana",
                "last month",
                "刚刚",
                "방금 전",
                "Ann",
                "·",
                " ",
                "ago",
                "x",
                "Ä",
                "May",
                "de",
                "at",
                ",",
                "letzte Woche",
                "on",
            ]
        ),
        max_size=8,
    ).map("".join)
)
def test_a_line_without_a_digit_finds_the_date_the_whole_pattern_finds(line: str) -> None:
    # (`find_date` searches a line without a digit with the forms that hold none)
    found = dates.find_date.__wrapped__(line)
    whole = dates._DATE.search(line, 0, dates.SCAN)
    assert (found and found.span()) == (whole and whole.span())


_NAME_PIECES = ["Ann Lee", "ann lee", "Ann", "Jo-Ann K.", "Ölga B", "a.b", "x", "-", " ", "\n", "_"]


@settings(max_examples=400, deadline=None)
@given(
    name=st.sampled_from(["Ann Lee", "Ann", "Jo-Ann K.", "Ölga B", "a.b"]),
    text=st.lists(st.sampled_from([*_NAME_PIECES, "é", "Admin"]), max_size=12).map("".join),
    ignore_case=st.booleans(),
)
def test_a_name_alone_is_found_where_the_look_behind_first_finds_it(
    name: str, text: str, ignore_case: bool
) -> None:
    # (`names._word_alone`: the name, then the look-behind, so a search skips to it)
    flags = re.IGNORECASE if ignore_case else 0
    first = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", flags)
    fast = re.compile(rf"{_word_alone(name)}(?![\w-])", flags)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in first.finditer(text)]


def test_the_letters_a_count_opens_with_are_the_pattern_s() -> None:
    # (`lines._COUNT_STARTS`, a set looked up in place of a one-character pattern)
    pattern = re.compile(r"[0-9A-Za-zÀ-ÿ]")
    for code in range(0x110000):
        char = chr(code)
        assert (char in _COUNT_STARTS) == (pattern.match(char) is not None), hex(code)
