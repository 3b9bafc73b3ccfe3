"""A travel forum prints each poster's card over the post: the name, the poster's place
("Leeds, United Kingdom") and a count ("214 contributions"), then the post's subject and
its date, the body under the date. The card's name is the line over the place, not the
place (`posts.templates._card_top`); the date under the subject is the header's, and
the body under it is the post's text (`posts.templates._rated_stamps`). Invented pages."""

from __future__ import annotations

import pytest

import threadparse

POSTS = [
    (
        "harbour_jo",
        "Leeds, United Kingdom",
        "37",
        "Feb 3, 2024, 10:14 AM",
        "We are planning four days in the city with a toddler. Is the buggy a bad idea?",
    ),
    (
        "CityLocal_Rui",
        "Lisbon, Portugal",
        "8,412",
        "Feb 3, 2024, 11:02 AM",
        "Bring a carrier for the old quarters and keep the buggy for the flat districts.",
    ),
    (
        "wanderfam",
        "Utrecht, The Netherlands",
        "214",
        "Feb 3, 2024, 1:37 PM",
        "We did it with our little one last spring. The trams are lovely but crowded.",
    ),
    (
        "GrahamT1961",
        "Cork, Ireland",
        "1,096",
        "Feb 3, 2024, 4:20 PM",
        "The palace day trip is doable by train, but there is a lot of walking uphill.",
    ),
    (
        "Mina K",
        "Osaka, Japan",
        "58",
        "Feb 4, 2024, 8:05 AM",
        "Thanks everyone, we booked a flat near the river and will take the carrier.",
    ),
]


def _forum(unit: str, subject_lines: int) -> str:
    lines = ["City forum", "", "Ask and answer questions about the city.", ""]
    for number, (name, place, count, date, body) in enumerate(POSTS):
        lines += [name, place, f"{count} {unit}"]
        if subject_lines:
            lines += [f"{number}. Re: The city with a toddler in February"]
        if subject_lines > 1:
            lines += ["Report inappropriate content"]
        lines += [date, "", body, ""]
    lines += ["Forum guidelines", "", "© Travel site"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("unit", ["contributions", "posts", "Beiträge"])
@pytest.mark.parametrize("subject_lines", [1, 2])
def test_name_over_place_over_count(unit: str, subject_lines: int) -> None:
    comments = list(threadparse.parse(_forum(unit, subject_lines)).walk())
    assert [c.author for c in comments] == [name for name, *_ in POSTS]
    assert [c.text for c in comments] == [body for *_, body in POSTS]
