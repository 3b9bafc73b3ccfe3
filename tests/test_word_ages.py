"""Ages without a digit ("an hour ago", "last month", "vor einem Jahr", "il y a un jour",
"hace un año", "час назад"): dates after a separator ("NAME · a day ago") or alone on
a line, as widgets print their newest comments; after a name with nothing between
("Ann Over a year ago", how a Q&A site signs its comments) they stay no header, as
before. Invented page."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L
from threadparse.dates import find_date, find_date_by_search, is_word_age


@pytest.mark.parametrize(
    "age",
    [
        "an hour ago",
        "a few seconds ago",
        "a day ago",
        "last month",
        "letzten Monat",
        "vor einem Jahr",
        "il y a un jour",
        "hace un año",
        "час назад",
    ],
)
def test_ages_without_a_digit(age: str) -> None:
    line = f"Ann Lee · {age}"
    found, searched = find_date(line), find_date_by_search(line)
    assert found is not None and searched is not None
    assert found.group() == searched.group() == age
    assert is_word_age(age)
    header = L.read_header(line)
    assert header is not None and header.author == "Ann Lee"


def test_no_age_in_ordinary_words() -> None:
    for line in ("a long time ago", "I had a day off", "the last word", "Chicago"):
        assert find_date(line) is None, line


def test_a_name_glued_to_an_age_without_a_separator_is_no_header() -> None:
    assert L.read_header("Gabriel Ortiz Over a year ago") is None


WIDGET = """\
Notes from the allotment
The first broad beans are up, three weeks earlier than last year.
4 Comments
Hanne Brekke · 2 months ago
Mine are barely through the soil, we had frost until the middle of March.
Reply
Tomas Eklund · last month
What variety do you grow? I had poor germination with the long pods.
Reply
Mirko · a day ago
Aquadulce every time, sown in November and left alone under fleece.
Reply
Anonymous · an hour ago
Do you pinch the tops out when the first pods set, or leave them?
Reply
"""


def test_a_widgets_newest_comments() -> None:
    page = threadparse.parse(WIDGET)
    assert [(c.author, c.date) for c in page.walk()] == [
        ("Hanne Brekke", "2 months ago"),
        ("Tomas Eklund", "last month"),
        ("Mirko", "a day ago"),
        ("Anonymous", "an hour ago"),
    ]
    assert_nothing_lost(page, WIDGET)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Ann Lee · Hier à 21:10", "Hier à 21:10"),
        ("Ann Lee · Aujourd'hui à 8:05", "Aujourd'hui à 8:05"),
        ("Ann Lee · ieri alle 13:22", "ieri alle 13:22"),
        ("Ann Lee · oggi alle 9:05", "oggi alle 9:05"),
    ],
)
def test_french_and_italian_day_words(line: str, date: str) -> None:
    header = L.read_header(line)
    assert header is not None and (header.author, header.date) == ("Ann Lee", date)


def test_hier_alone_is_no_day_word() -> None:
    # "hier" is "here" in German and Dutch: only "hier à" is French for yesterday
    assert find_date("Hier ist der Link zum Artikel") is None


def test_a_quoted_name_keeps_its_closing_mark() -> None:
    header = L.read_header("Велоклуб «Северный ветер» 14 мар 2021 в 13:22")
    assert header is not None and header.author == "Велоклуб «Северный ветер»"
