"""A newspaper's comments whose headers print the poster's place after the name, each
after a comma: "Maggie W, Leeds, United Kingdom, 2 hours ago". Where (nearly) every
author holds such a comma, what follows the first is the template's place, no part of
the name (`names._strip_places`); a page where few do keeps its names whole.
Invented pages."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

COMMENT = """\
{name}, {place}, {age}

{body}

Click to rate {up} {down}
Reply
"""

ROWS = [
    ("GreenThumb_Liz", "Shrewsbury, United Kingdom", "2 hours ago", "Ten years on the list here."),
    ("Terry from Tamworth", "Tamworth, United Kingdom", "2 hours ago", "Split the plots in half."),
    ("Maggie W", "Leeds, United Kingdom", "1 hour ago", "Half plots are plenty for most."),
    ("Dunroamin", "Costa del Sol, Spain", "1 hour ago", "I gave mine up when we moved."),
    ("realist_1957", "Essex, United Kingdom", "40 minutes ago", "Councils sold the land off."),
]


def test_places_after_the_names_are_no_part_of_them() -> None:
    text = "Allotment waiting lists reach record length\n\nComments (5)\n\n" + "".join(
        COMMENT.format(name=name, place=place, age=age, body=body, up=9 + at, down=at)
        for at, (name, place, age, body) in enumerate(ROWS)
    )
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [row[0] for row in ROWS]
    assert_nothing_lost(page, text)


def test_a_comma_in_one_name_stays() -> None:
    text = (
        "A post\n\nComments\n\n"
        "  1. Lee, Ann says:\n    First.\n"
        "  2. Bob Marsh says:\n    Second.\n"
        "  3. Cy Tan says:\n    Third.\n"
        "  4. Di Rowe says:\n    Fourth.\n"
    )
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Lee, Ann", "Bob Marsh", "Cy Tan", "Di Rowe"]
