"""Dates: the anchored finder agrees with a plain search everywhere; datetimes."""

from __future__ import annotations

import random
import re
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS, EXAMPLES
from threadparse import dates
from threadparse.lines import read_header

SAMPLES = [
    "August 15, 2020 at 1:49 pm", "19. Juni 2018 um 15:28 Uhr", "06.01.2020 um 9:16",
    "1 ano atrás Link permanente", "Dave BeazleyOctober 27, 2011 at 5:39 AM", "Ruby21:00",
    "Unknown10. September 2017 um 18:12", "Citizen, Do 1 Aug 2019 / 01:15 Antworten",
    "#1 by viewer on 八月 26, 2016 - 3:57 下午", "vor 3 Tagen", "hace 2 días", "il y a 3 jours",
    "MA Sullivan • 2 weeks ago", "JanBeek Jun 20th at 2:41 am", "2019-05-30T10:00",
    "Jutta | 11.05.2012 11:38", "yesterday at 5", "The 1st of May", "Room 101, floor 3",
]  # fmt: skip


def corpus_lines() -> list[str]:
    lines = list(SAMPLES)
    for path in sorted(EXAMPLES.glob("*.txt")):
        lines += path.read_text(encoding="utf-8-sig").splitlines()
    if CORPUS.is_dir():
        for path in sorted(CORPUS.glob("*.txt"))[:80]:
            lines += path.read_text(encoding="utf-8").splitlines()
    rng = random.Random(7)
    words = ["May", "Mai", "3", "2019", "12:30", "at", "um", "x", "de", "1.", "weeks", "ago"]
    lines += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    return [" ".join(line.split()) for line in lines]


def test_anchored_finder_matches_a_full_search() -> None:
    for line in corpus_lines():
        slow = dates.find_date_by_search(line)
        fast = dates.find_date(line)
        assert (fast and fast.span()) == (slow and slow.span()), line
        if dates.DIGIT.search(line, 0, dates.SCAN):  # (short lines too, not only long ones)
            anchored = dates._anchored(line, min(len(line), dates.SCAN))
            assert (anchored and anchored.span()) == (slow and slow.span()), line


WORD_LISTS = [
    list(dates.MONTHS),
    [m.capitalize() for m in dates.MONTHS if len(m) > 3],
    dates.WEEKDAYS,
]


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(WORD_LISTS).flatmap(
        lambda words: st.tuples(
            st.just(words),
            st.lists(
                st.sampled_from(words).map(lambda w: w[: len(w) // 2 + 1])
                | st.sampled_from(words)
                | st.sampled_from(["", " ", ".", "x", "é", "1", "Ä", "s", "ber", "i"]),
                max_size=4,
            ).map("".join),
        )
    )
)
def test_word_trie_matches_like_the_longest_first_alternation(case) -> None:
    # where the dates use them, the words are followed by a non-letter
    words, text = case
    trie = re.compile(rf"(?i){dates.one_of(words)}(?![^\W\d_])")
    listed = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    alternation = re.compile(rf"(?i)(?:{listed})(?![^\W\d_])")
    for start in range(len(text) + 1):
        a, b = trie.match(text, start), alternation.match(text, start)
        assert (a and a.span()) == (b and b.span()), (text, start)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("August 15, 2020 at 1:49 pm", datetime(2020, 8, 15, 13, 49)),
        ("19. Juni 2018 um 15:28 Uhr", datetime(2018, 6, 19, 15, 28)),
        ("06.01.2020 um 9:16", datetime(2020, 1, 6, 9, 16)),
        ("2019-05-30", datetime(2019, 5, 30)),
        ("12 de mayo de 2021", datetime(2021, 5, 12)),
        ("March 11th, 2015 at 02:57", datetime(2015, 3, 11, 2, 57)),
        ("八月 26, 2016 - 3:57 下午", datetime(2016, 8, 26, 15, 57)),
        ("3 weeks ago", None),
        ("5/6/2019", None),
        ("Jun 20th at 2:41 am", None),
        # numeric dates read the only way they can be
        ("12.29.14 at 9:14 pm", datetime(2014, 12, 29, 21, 14)),
        ("6/24/2021 at 1:28am", datetime(2021, 6, 24, 1, 28)),
        ("24/6/2021", datetime(2021, 6, 24)),
        ("24.06.98", datetime(1998, 6, 24)),
        ("06.01.20", None),  # two-digit year: either order
        ("13/13/2020", None),
        ("yesterday", None),
    ],
)
def test_parse_date(text: str, expected: datetime | None) -> None:
    assert dates.parse_date(text) == expected


CRAWLED = datetime(2021, 3, 31, 18, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 weeks ago", datetime(2021, 3, 17, 18, 30)),
        ("MA Sullivan • 5 hours ago", datetime(2021, 3, 31, 13, 30)),
        ("vor 3 Tagen", datetime(2021, 3, 28, 18, 30)),
        ("vor 1 Tag", datetime(2021, 3, 30, 18, 30)),  # (the singular: Tag, Monat, Jahr)
        ("vor 1 Monat", datetime(2021, 2, 28, 18, 30)),
        ("Ann·vor 1 Jahr", datetime(2020, 3, 31, 18, 30)),
        ("hace 2 días", datetime(2021, 3, 29, 18, 30)),
        ("il y a 10 minutes", datetime(2021, 3, 31, 18, 20)),
        ("1 ano atrás", datetime(2020, 3, 31, 18, 30)),
        ("1 month ago", datetime(2021, 2, 28, 18, 30)),  # March 31 → the last of February
        ("14 months ago", datetime(2020, 1, 31, 18, 30)),
        ("yesterday at 5:15 pm", datetime(2021, 3, 30, 17, 15)),
        ("today", datetime(2021, 3, 31)),
        ("Jun 20th at 2:41 am", datetime(2020, 6, 20, 2, 41)),  # after the crawl: last year
        ("March 3 at 10:00", datetime(2021, 3, 3, 10, 0)),
    ],
)
def test_resolve_date_against_the_crawl_date(text: str, expected: datetime) -> None:
    assert dates.resolve_date(text, CRAWLED) == (expected, dates.FROM_CRAWL_DATE)


def test_resolve_date_without_a_crawl_date_or_a_date() -> None:
    assert dates.resolve_date("2 weeks ago", None) == (None, None)
    assert dates.resolve_date("Jun 20th", None) == (None, None)
    assert dates.resolve_date("May 3, 2019", None) == (datetime(2019, 5, 3), dates.PRINTED)
    assert dates.resolve_date("Reply", CRAWLED) == (None, None)
    assert dates.resolve_date("5/6/2019", CRAWLED) == (None, None)  # ambiguous stays so
    assert dates.resolve_date("Feb 30", CRAWLED) == (None, None)
    assert dates.resolve_date("900 years ago", datetime(500, 1, 1)) == (None, None)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("11-19-02, 06:39 PM", "11-19-02"),  # a two-digit year, with its time after it
        ("Old 05-25-03 04:39 PM", "05-25-03"),
        ("11-29-2024, 09:03 AM #1", "11-29-2024"),
        ("Part 11-19-02 fits the older model", None),  # (no time: a number, not a date)
        ("11-19-02", None),
    ],
)
def test_dashed_dates(line: str, date: str | None) -> None:
    found = dates.find_date(line)
    assert (found and found.group(0)) == date


@pytest.mark.parametrize(
    ("line", "date", "read"),
    [
        # a two-digit year after an apostrophe, as AskBot, OSQA and older Q&A sites print it
        ("(14 Mar '13, 13:40) harald_w", "14 Mar '13", datetime(2013, 3, 14, 13, 40)),
        ("answered 2 Sep ’09, 08:15", "2 Sep ’09", datetime(2009, 9, 2, 8, 15)),
        ("asked Mar 14 '13 at 13:40", "Mar 14 '13", datetime(2013, 3, 14, 13, 40)),
        ("edited Dec 1, '98", "Dec 1, '98", datetime(1998, 12, 1)),
        # no year there: an apostrophe of a word, or digits glued on
        ("Since 14 Mar 'til now", None, None),
        ("May 4 '135 units", "May 4", None),
    ],
)
def test_a_short_year_after_an_apostrophe(
    line: str, date: str | None, read: datetime | None
) -> None:
    found = dates.find_date(line)
    assert (found and found.group(0)) == date
    assert dates.parse_date(line) == read


def test_an_iso_date_with_unpadded_month_and_day() -> None:
    # forums print "2021-3-14 14:30"; a longer run of digits is no such date
    assert dates.is_date_line("2021-3-14 14:30") and dates.is_date_line("Posted on 2021-3-4")
    assert dates.parse_date("2021-3-14 14:30") == datetime(2021, 3, 14, 14, 30)
    assert dates.find_date("build 2021-3-145") is None
    assert dates.find_date("2019-05-03T10:00").group(0) == "2019-05-03T10:00"


def test_an_age_word_before_a_longer_word_is_no_age() -> None:
    """An age whose unit opens a longer word is none ("vor 1 Tagebuch", a diary, once
    read as "vor 1 Tag"; "vor 4 MonatenKommentar": a word glued after the age)."""
    assert not dates.is_date_line("vor 1 Tagebuch")
    assert dates.find_date("vor 1 Tagebuch") is None
    assert dates.find_date("vor 4 MonatenKommentar gelöscht.") is None
    assert dates.is_date_line("vor 1 Tag")


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("KDDecember 5, 2011 at 5:34 PM", "KD", "December 5, 2011 at 5:34 PM"),
        ("Aunt BMarch 25, 2013 at 8:20 AM", "Aunt B", "March 25, 2013 at 8:20 AM"),
        ("TessDecember 5, 2011 at 5:34 PM", "Tess", "December 5, 2011 at 5:34 PM"),
    ],
)
def test_a_name_in_capitals_glued_to_a_full_date(line: str, author: str, date: str) -> None:
    """A converter glued the name to the month (Blogger's comment header): the month
    after a capital letter opens the date where the day and year follow it."""
    header = read_header(line)
    assert header is not None and (header.author, header.date) == (author, date)


@pytest.mark.parametrize("line", ["ABC May 2020", "SEPTEMBER 5", "NASAMarch"])
def test_capitals_before_a_month_with_no_full_date_are_no_glued_date(line: str) -> None:
    assert dates._GLUED_DATE.search(line) is None


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("Mai 21. December 2017", "Mai", "21. December 2017"),
        ("April 3. March 2020", "April", "3. March 2020"),
        ("June 5 May 2019", "June", "5 May 2019"),
    ],
)
def test_a_month_s_name_before_a_full_date(line: str, author: str, date: str) -> None:
    """A poster named like a month ("Mai", "April") before a date with its year: the
    date is the one with the year, the month's word the name (not "Mai 21")."""
    header = read_header(line)
    assert header is not None and (header.author, header.date) == (author, date)


@pytest.mark.parametrize("line", ["Posted May 3 at 10:00", "May 3", "Ann May 3 2 replies"])
def test_a_date_of_no_year_stays_where_no_dated_word_follows(line: str) -> None:
    match = dates.find_date(line)
    assert match is not None and match.group().startswith("May 3")
