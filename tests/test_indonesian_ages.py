"""Ages in Indonesian and Malay: "3 jam yang lalu", "2 hari lalu", "1 minggu yang lalu"
(a unit, then "yang lalu" or "lalu": `dates._AGO`, `_UNIT_WORDS`); they resolve against
the crawl date (`dates._UNIT_STEMS`: "detik" is no day, "minggu" no minute). A chapter's
comments printed name, body, age (the age closing each comment) are read by them.
Invented page."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.dates import find_date, resolve_date

CRAWL = datetime(2024, 3, 5, 12, 0)


@pytest.mark.parametrize(
    ("age", "back"),
    [
        ("10 detik yang lalu", timedelta(seconds=10)),
        ("5 menit yang lalu", timedelta(minutes=5)),
        ("3 jam yang lalu", timedelta(hours=3)),
        ("3 jam lalu", timedelta(hours=3)),
        ("2 hari yang lalu", timedelta(days=2)),
        ("1 minggu yang lalu", timedelta(weeks=1)),
    ],
)
def test_an_age_is_read_and_resolved(age: str, back: timedelta) -> None:
    match = find_date(f"Dewi {age}")
    assert match is not None
    assert match.group(0) == age
    assert resolve_date(age, CRAWL)[0] == CRAWL - back


def test_months_and_years_go_back_on_the_calendar() -> None:
    assert resolve_date("2 bulan lalu", CRAWL)[0] == datetime(2024, 1, 5, 12, 0)
    assert resolve_date("1 tahun yang lalu", CRAWL)[0] == datetime(2023, 3, 5, 12, 0)


def test_the_words_alone_are_no_date() -> None:
    assert find_date("Minggu lalu kami ke pasar") is None  # ("last Sunday": no number)
    assert find_date("jam tangan yang lalu dibeli") is None


COMMENT = """\
{name}

{body}
{age}

"""

ROWS = [
    (
        "nadia_putri",
        "Bagian hujan di depan kedai itu bikin aku senyum sendiri di angkot.",
        "3 jam yang lalu",
    ),
    (
        "senja22",
        "Sama banget, aku juga baca bab ini sambil menunggu kereta pagi tadi.",
        "2 jam yang lalu",
    ),
    (
        "Dewi Lestari",
        "Deskripsi kedainya detail sekali, sampai kebayang bau roti bakarnya.",
        "2 jam yang lalu",
    ),
    (
        "fajar_pagi",
        "Tolong update tiap hari ya, aku sudah tidak sabar menunggu bab baru.",
        "1 jam yang lalu",
    ),
]


def test_comments_closed_by_their_ages_are_read() -> None:
    text = "Kopi Terakhir - Bab 7\n\nKomentar (4)\n\n" + "".join(
        COMMENT.format(name=name, body=body, age=age) for name, body, age in ROWS
    )
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [(row[0], 0) for row in ROWS]
    assert [c.date for c in page.walk()] == [row[2] for row in ROWS]
    assert_nothing_lost(page, text)
