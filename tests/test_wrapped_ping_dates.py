"""A pingback whose title wraps at the converter's 80 columns, its date at the end of
the last piece ("5. Pingback: [58]A Long Title | A" over "Blog 1 week ago", lynx and
w3m): the date is the pingback's, the title the whole linking title before it.
(Invented pages.)"""

from __future__ import annotations

import pytest
from tests.conftest import assert_nothing_lost

import threadparse

_HEAD = (
    "Riding the white roads\n\n"
    "A day on the gravel south of the city, with a map of the route and a few notes.\n\n"
    "3 comments\n\n"
    "   1. Marta Ruggeri\n"
    "      [41]3 weeks ago\n"
    "      Lovely route, I rode the first half of it last spring with friends.\n"
    "      [42]Reply\n"
    "   2. Pietro Lanza\n"
    "      [43]2 weeks ago\n"
    "      Which tyres would you take for the long climb after the farm?\n"
    "      [44]Reply\n"
)


@pytest.mark.parametrize(
    ("pieces", "title", "date"),
    [
        (
            (
                "Pingback: [58]Five gravel loops around the old abbey for a slow",
                "Sunday | Ride Slow 1 week ago",
            ),
            "Five gravel loops around the old abbey for a slow Sunday | Ride Slow",
            "1 week ago",
        ),
        (
            (
                "Pingback: [58]Tutti i percorsi sterrati della provincia, mappa e",
                "tracce – Pedalare Piano 4 giorni fa",
            ),
            "Tutti i percorsi sterrati della provincia, mappa e tracce – Pedalare Piano",
            "4 giorni fa",
        ),
        (
            (
                "Pingback: [58]Our favourite white roads of the year, ranked by",
                "dust | Two Wheels March 5, 2024 at 10:12 am",
            ),
            "Our favourite white roads of the year, ranked by dust | Two Wheels",
            "March 5, 2024 at 10:12 am",
        ),
    ],
)
def test_the_date_closing_a_wrapped_title_is_the_pingbacks(
    pieces: tuple[str, str], title: str, date: str
) -> None:
    text = _HEAD + f"   3. {pieces[0]}\n      {pieces[1]}\n\nLeave a comment\n"
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    ping = list(page.walk())[-1]
    assert (ping.kind, ping.author, ping.date) == ("pingback", title, date)


def test_a_wrapped_title_without_a_date_stays_whole() -> None:
    text = (
        _HEAD
        + "   3. Pingback: [58]Five gravel loops around the old abbey for a slow\n"
        + "      Sunday | Ride Slow\n\nLeave a comment\n"
    )
    ping = list(threadparse.parse(text).walk())[-1]
    assert (ping.author, ping.date) == (
        "Five gravel loops around the old abbey for a slow Sunday | Ride Slow",
        None,
    )
