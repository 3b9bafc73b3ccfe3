"""Every shortcut taken for speed or memory gives what the plain way gives: body text
read from the source when asked (`SourceText`), `plain` on lines that need no work, the
day-word search on ASCII lines, a name looked for alone on the page with the name first."""

from __future__ import annotations

import copy
import itertools
import pickle
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from pytest import MonkeyPatch

import threadparse
from conftest import CORPUS, EXAMPLES, SEED, available, need
from generate import chain, wide
from threadparse import dates, transform
from threadparse.lines import _COUNT_STARTS, plain
from threadparse.model import Paragraph, Quote, SourceText
from threadparse.names import _LOOKS_ALONE, _LinesAlone, _word_alone
from threadparse.source import normalise

try:  # (the regex module's parser: what a pattern's first character can be)
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parser  # type: ignore[attr-defined]
except ImportError:  # (Python 3.10)
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse as sre_parser  # type: ignore[no-redef]

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


def _first_characters(items: list) -> tuple[set[tuple[str, object]], bool]:
    """What a parsed pattern's first consumed character can be (literals, classes) and
    whether it can match the empty text; look-arounds and anchors consume nothing."""
    found: set[tuple[str, object]] = set()
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue
        if op is sre.LITERAL:
            return found | {("literal", chr(av))}, False
        if op is sre.IN:
            return found | {("class", tuple((str(o), a) for o, a in av))}, False
        if op is sre.SUBPATTERN:
            inner, empty = _first_characters(av[-1])
        elif op is sre.BRANCH:
            inner, empty = set(), False
            for branch in av[1]:
                firsts, branch_empty = _first_characters(branch)
                inner |= firsts
                empty = empty or branch_empty
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            inner, empty = _first_characters(av[2])
            empty = empty or av[0] == 0
        else:
            raise AssertionError(f"no rule for {op} here")
        found |= inner
        if not empty:
            return found, False
    return found, True


def _parsed(pattern: str) -> list:
    return list(sre_parser.parse(pattern))


def test_each_date_form_is_tried_where_its_first_character_stands() -> None:
    # (`dates._date_at` tries the forms that can open with a digit at a digit, the
    # others at a letter of `_DATE_LEAD`, and none elsewhere)
    for number, form in enumerate(dates._DATE_FORMS):
        firsts, empty = _first_characters(_parsed("(?i)(?:" + form + ")"))
        assert not empty, number
        for first in firsts:
            if first[0] == "class":  # (only [0-9] and [0-2] open a form)
                ranges = first[1]
                assert len(ranges) == 1 and ranges[0][0] == "RANGE", (number, first)
                assert 48 <= ranges[0][1][0] <= ranges[0][1][1] <= 57, (number, first)
                assert number in dates._DIGIT_LED_FORMS, number
            else:
                char = first[1]
                assert isinstance(char, str)
                if "0" <= char <= "9":
                    assert number in dates._DIGIT_LED_FORMS, number
                else:
                    assert number in dates._LETTER_LED_FORMS, (number, char)
                    assert dates._DATE_LEAD.match(char) is not None, (number, char)
                    assert dates._DATE_LEAD.match(char.upper()) is not None, (number, char)


_SCRIPT_PIECES = [
    "May", "Mai", "mar", "Do", "3", "14", "2019", "12:30", ".", ",", " ", "·", "•", "-", "/",
    "vor", "hace", "há", "il y a", "über", "etwa", "weeks", "ago", "Tagen", "meses", "heute",
    "марта", "Марта", "назад", "час", "минут", "ч", "2 ч", "十二月", "三月", "年", "月", "日",
    "前", "小时", "3日前", "昨天", "刚刚", "약", "시간", "전", "년", "월", "일", "ſ", "ı", "İ",
    "K", "é", "Ä", "É", "x", "Ann", "a few", "last", "St", "th", "'", "’", "(", "#",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_SCRIPT_PIECES), max_size=12).map("".join))
def test_the_date_at_a_place_is_the_whole_pattern_s(line: str) -> None:
    # (`dates._date_at`: the forms that can open with the character there first)
    for end in {len(line), len(line) // 2}:
        for start in range(len(line) + 1):
            fast = dates._date_at(line, start, end)
            whole = dates._DATE.match(line, start, end)
            assert (fast and fast.span()) == (whole and whole.span()), (start, end)


_GLUED_PIECES = [
    "December 5, 2011", "DaveOctober 27", "KD", "Ruby21:00", "5:34 PM", "Echeverríahace 4 meses",
    "Montag, ", "2011 ", "a", "Z",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_SCRIPT_PIECES, *_GLUED_PIECES]),
        max_size=10,
    ).map("".join),
    st.integers(0, 12),
    st.integers(0, 60),
)
def test_a_glued_date_is_searched_where_its_piece_stands(line: str, start: int, end: int) -> None:
    # (`dates._glued`: only a stretch that holds a year after a space, a colon or an age's
    # word and digit is searched)
    fast = dates._glued(line, start, end)
    whole = dates._GLUED_DATE.search(line, start, end)
    assert (fast and fast.span()) == (whole and whole.span())


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from([*dates._DAY_WORDS, *dates._WORD_AGE_PIECES, "x", " ", "a", "ag", "o"]),
        max_size=6,
    ).map("".join)
)
def test_the_hints_find_a_word_where_the_alternation_finds_one(line: str) -> None:
    # (the hints are tries: only whether they find a word is read)
    words = [*dates._DAY_WORDS, *dates._WORD_AGE_PIECES]
    every = re.compile("|".join(map(re.escape, words)))
    ascii_words = re.compile("|".join(re.escape(w) for w in words if w.isascii()))
    assert (dates._ANY_UNDIGITED_HINT.search(line) is None) == (every.search(line) is None)
    assert (dates._UNDIGITED_HINT.search(line) is None) == (ascii_words.search(line) is None)


_ALONE_PIECES = ["Ann Lee", "Ann", "[12]", "[", "](/u/ann)", ")", " ", "\t", "\n", "x", "Lee"]


@settings(max_examples=400, deadline=None)
@given(
    text=st.lists(st.sampled_from(_ALONE_PIECES), max_size=14).map("".join),
    names=st.lists(
        st.sampled_from(["Ann Lee", "Ann", "Lee", "[12]Ann", "Ann\nLee", ""]), max_size=10
    ),
)
def test_a_name_looked_for_in_the_page_is_alone_where_the_set_of_lines_says(
    text: str, names: list[str]
) -> None:
    # (`names._LinesAlone`: its first lookups search the page, later ones read a set)
    searched, listed = _LinesAlone(text), _LinesAlone(text)
    listed._looked = _LOOKS_ALONE  # (the set from the first lookup on)
    assert [name in searched for name in names] == [name in listed for name in names]


def test_a_majority_counted_until_known_is_the_whole_count(monkeypatch: MonkeyPatch) -> None:
    # (`transform._doubled_items` stops once more than half print twice, or cannot)
    for size in range(9):
        for twice in itertools.product([False, True], repeat=size):
            roots = list(range(size))
            monkeypatch.setattr(transform, "_prints_twice", lambda root, t=twice: t[root])
            expected = sum(twice) * 2 > size
            assert transform._doubled_items(roots) == expected, twice  # type: ignore[arg-type]
