"""Headers whose date is a day's word and its time: "kalle_k heute, 08:12 Uhr", "Ann Lee
yesterday, 9:15 PM". A day's word alone after a name needs a connector to read as a
date ("Ann joins the team today." is a sentence), but with its time after it
(`dates.date_extent`) it dates the post (`lines._timed`). One-word names before a date
and a time after a comma ("Ann 05.03.2024, 14:22") name their posters as with no comma
(`posts.templates._TIME_SHAPE`). Invented pages."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L

POST = """\
{label} #{number}
{name} {date}

{body}

{controls}
"""

FORUMS = {
    "de": (
        "Beitrag",
        "Antworten Zitieren Melden",
        [
            ("kalle_k", "heute, 08:12 Uhr", "Wir heizen seit zwei Jahren mit der Pumpe im Altbau."),
            (
                "Dr. Ina Roth",
                "heute, 08:40 Uhr",
                "Die Förderung klingt gut, bis die Angebote kommen.",
            ),
            ("mona.l", "heute, 09:05 Uhr", "Bei uns lagen die Angebote weit auseinander, leider."),
            (
                "Jens1970",
                "gestern, 22:31 Uhr",
                "Und am Ende zahlen die Mieter über die Umlage mit.",
            ),
        ],
    ),
    "en": (
        "Post",
        "Reply Quote Report",
        [
            (
                "harbour_owl",
                "yesterday, 9:15 PM",
                "We switched to a heat pump last winter, no regrets.",
            ),
            (
                "Ada Pike",
                "yesterday, 9:40 PM",
                "Our installer quotes were twice what the article says.",
            ),
            ("tern", "today, 7:02 AM", "Insulate the loft first, then think about the pump."),
            ("ada_pike", "today, 8:20 AM", "The loft was done years ago, so the pump is next."),
        ],
    ),
    "dated": (
        "Post",
        "Reply Quote Report",
        [
            (
                "harbour_owl",
                "05.03.2024, 21:15",
                "We switched to a heat pump last winter, no regrets.",
            ),
            (
                "AdaPike",
                "05.03.2024, 21:40",
                "Our installer quotes were twice what the article says.",
            ),
            ("tern", "06.03.2024, 07:02", "Insulate the loft first, then think about the pump."),
        ],
    ),
}


@pytest.mark.parametrize("forum", sorted(FORUMS))
def test_posts_dated_by_a_day_word_and_its_time_are_read(forum: str) -> None:
    label, controls, rows = FORUMS[forum]
    text = "Wärmepumpe im Altbau\n\nForum\n\n" + "".join(
        POST.format(label=label, number=number, name=name, date=date, body=body, controls=controls)
        for number, (name, date, body) in enumerate(rows, 1)
    )
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [(row[0], 0) for row in rows]
    assert_nothing_lost(page, text)


def test_a_day_word_with_its_time_dates_a_header() -> None:
    header = L.read_header("Dr. Ina Roth heute, 08:40 Uhr")
    assert header is not None
    assert (header.author, header.date) == ("Dr. Ina Roth", "heute, 08:40 Uhr")
    assert L.read_header("Ann joins the team today. She starts in May") is None
