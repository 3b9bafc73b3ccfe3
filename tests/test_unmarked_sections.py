"""Comment sections printed without list markers and without a count before them
(failure class B): each comment a block of short lines — a picture's alternative text,
the name, a points count, the name again, a date closed by its controls ("Log in to
reply Quote #") — over its body; replies are the same block indented. Found as a flat
post list (`threadparse.posts`): the date lines repeat once per comment with prose
between them; the indentation gives the depth. Invented pages."""

from __future__ import annotations

import threadparse
from conftest import FAILURE_FIXTURES, assert_nothing_lost, need
from threadparse.outline import OutlineNode
from threadparse.posts import is_prose, read_stamp

AVATARS = """\
Night buses return to the old route

From Sunday the night buses stop at the market square again.

Avatar of hollyoak

hollyoak

312

hollyoak

04.11.2021, 22:40 Reply Quote #

Finally, the detour added twenty minutes every night.

    Avatar of pebble_r

    pebble_r

    58

    pebble_r

    04.11.2021, 23:05 Reply Quote #

    @hollyoak: twenty-five on my line, so this is good news.

Avatar of wendmoor

wendmoor

1204

wendmoor

05.11.2021, 07:12 Reply Quote #

Does the change include the weekend timetable?

Write a comment Cancel reply
"""

NAMES_TWICE = """\
Allotment waiting list reopens

The waiting list for the east allotments opens again next month.

corvid_ann

corvid_ann

2 March 2022, 18:03 Report Reply

How long was the wait last time?

    tillerman

    tillerman

    2 March 2022, 19:47 Report Reply

    About three years for a half plot.

        corvid_ann

        corvid_ann

        2 March 2022, 20:15 Report Reply

        That is longer than I hoped, thanks.

marigold_k

marigold_k

3 March 2022, 09:30 Report Reply

Are raised beds allowed on the new plots?

Write a comment
"""


def tree(page: threadparse.Page) -> list[tuple[str | None, int, str | None, str]]:
    return [(c.author, c.depth, c.date, c.text) for c in page.walk()]


def test_the_fixture_reads_three_comments_one_a_reply() -> None:
    page = threadparse.parse_file(need(FAILURE_FIXTURES / "B_unmarked_nocount.txt"))
    assert tree(page) == [
        ("quillfeather", 0, "12.03.2020, 10:15", "Got mine yesterday, arrived in two days."),
        ("mossbank", 1, "12.03.2020, 11:02", "@quillfeather: lucky you, mine is still on its way."),
        ("tern_22", 0, "13.03.2020, 08:45", "Is the code still valid?"),
    ]
    assert page.comments[0].meta[0].text == "Profile picture of quillfeather"


def test_avatar_text_over_the_name_opens_the_header_block() -> None:
    page = threadparse.parse(AVATARS)
    assert tree(page) == [
        (
            "hollyoak",
            0,
            "04.11.2021, 22:40",
            "Finally, the detour added twenty minutes every night.",
        ),
        (
            "pebble_r",
            1,
            "04.11.2021, 23:05",
            "@hollyoak: twenty-five on my line, so this is good news.",
        ),
        ("wendmoor", 0, "05.11.2021, 07:12", "Does the change include the weekend timetable?"),
    ]
    assert [m.text for m in page.comments[0].children[0].meta][:2] == ["Avatar of pebble_r", "58"]
    assert page.article.text == "From Sunday the night buses stop at the market square again."
    assert_nothing_lost(page, AVATARS)


def test_names_printed_twice_nest_by_indentation() -> None:
    page = threadparse.parse(NAMES_TWICE)
    assert [(c.author, c.depth, c.date) for c in page.walk()] == [
        ("corvid_ann", 0, "2 March 2022, 18:03"),
        ("tillerman", 1, "2 March 2022, 19:47"),
        ("corvid_ann", 2, "2 March 2022, 20:15"),
        ("marigold_k", 0, "3 March 2022, 09:30"),
    ]
    assert page.comments[1].text == "Are raised beds allowed on the new plots?"
    assert_nothing_lost(page, NAMES_TWICE)


def test_controls_after_a_date_are_neither_its_shape_nor_its_text() -> None:
    def stamp(text: str) -> tuple[tuple[str, ...], str | None] | None:
        found = read_stamp(OutlineNode(None, text, 1, 1, 0, len(text), False))
        return None if found is None else (found.key, found.date)

    assert stamp("12.03.2020, 10:15 Log in to reply Quote #") == stamp("12.03.2020, 10:15")
    assert stamp("12.03.2020, 10:15 Reply") == (("date", "", ""), "12.03.2020, 10:15")
    assert stamp("12.03.2020, 10:15 #") == (("date", "", ""), "12.03.2020, 10:15")
    assert stamp("12.03.2020, 10:15 we met at the pier and talked") is None  # (a sentence)


def test_a_mention_opening_a_body_is_prose_not_a_field() -> None:
    assert is_prose("@quillfeather: lucky you, mine is still on its way.")
    assert not is_prose("Location: Lower Harbour Road")
