"""Failure classes C and D: the header one line under a stand-in item line (a running
number, the comment's date, a picture), "Comment by NAME", and count headings in the
singular, glued to their number, after an icon, or without a number at all."""

from __future__ import annotations

import pytest

import threadparse
from conftest import FAILURE_FIXTURES, assert_nothing_lost, need
from threadparse import lines as L

COUNTER_ITEMS = """\
Repotting a fig

We moved the fig into a bigger pot.

2Kommentare

  1. 1
    Ilse Brandt am 14.04.2019 um 10:02
    Antworten

    Sieht gut aus.

    • 2
      Theo K. am 14.04.2019 um 11:30
      Antworten

      🌱

  2. 3
    Mara sagt:

    Welche Erde?
"""

DATE_ITEMS = """\
Rain gauge notes

Measured 30 mm last night.

One response to “Rain gauge notes”

  • 12 May 2014, 6:45 pm
    Oskar Lind says:

    We had 25 here.

    • 13 May 2014, 7:02 am
      Tova says:

      Same.
"""

PICTURE_ITEMS = """\
Why the build is slow

Some text.

💬 3 comments

 1. 1 [a8f3e0]
    Hollis Grey on June 2, 2020 at 4:05 pm

    Clear, thank you.

 2. [photo]
    Comment by Dana_r
    June 3, 2020 at 9:00 am

    Same problem here.

 3. ![](https://example.org/avatar.png)
    Pat says:

    Thanks.
"""


# w3m: the item line is the avatar's placeholder, the name and the date under it on
# lines of their own, and no count over the list
NAME_OVER_DATE_ITEMS = """\
Choosing a tent

What our readers think of “Choosing a tent for two (and a dog) [a long
title]”

Newer Comments

Older Comments

 1. [svg]
    Rosa Quint
    November 15, 2022 at 7:03 am

    The dog needs its own vestibule, trust me.

 2. [svg]
    yusuf
    October 27, 2022 at 7:03 am

    Any thoughts on trekking-pole tents?
"""

# w3m: the item line is the avatar's placeholder and the reply link; name and date under it
PICTURE_REPLY_ITEMS = """\
Why the kettle whistles

Subscribe to comments

 1. [c41e7a] Reply
    Noor Falk Monday, March 7 2011

    Steam through a narrow gap, as far as I know.

 2. [0b9d22] Reply
    Lev Arn Tuesday, March 8 2011

    It is the vortex that sings.

 3. [9f0e11]
    Ivy Holt Tuesday, March 8 2011

    Mine just clicks.
"""


@pytest.mark.parametrize(
    ("text", "tree", "declared"),
    [
        (COUNTER_ITEMS, [("Ilse Brandt", 0), ("Theo K.", 1), ("Mara", 0)], 2),
        (DATE_ITEMS, [("Oskar Lind", 0), ("Tova", 1)], 1),
        (PICTURE_ITEMS, [("Hollis Grey", 0), ("Dana_r", 0), ("Pat", 0)], 3),
        (PICTURE_REPLY_ITEMS, [("Noor Falk", 0), ("Lev Arn", 0), ("Ivy Holt", 0)], None),
        (
            PICTURE_REPLY_ITEMS.replace("] Reply", "] Antworten"),
            [("Noor Falk", 0), ("Lev Arn", 0), ("Ivy Holt", 0)],
            None,
        ),
        (NAME_OVER_DATE_ITEMS, [("Rosa Quint", 0), ("yusuf", 0)], None),
        (
            NAME_OVER_DATE_ITEMS.replace("[svg]", "![](https://cdn.example.net/a.png)"),
            [("Rosa Quint", 0), ("yusuf", 0)],
            None,
        ),
    ],
    ids=[
        "counter",
        "date",
        "picture",
        "picture-and-reply",
        "picture-and-reply-de",
        "name-over-date",
        "name-over-date-picture",
    ],
)
def test_the_header_under_a_stand_in_line(text: str, tree, declared: int) -> None:
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == tree
    assert page.declared_count == declared
    assert_nothing_lost(page, text)


def test_the_item_date_is_the_comment_date() -> None:
    page = threadparse.parse(DATE_ITEMS)
    assert [c.date for c in page.walk()] == ["12 May 2014, 6:45 pm", "13 May 2014, 7:02 am"]
    assert page.comments[0].text == "We had 25 here."


def test_an_emoji_only_reply_keeps_its_author() -> None:
    page = threadparse.parse(COUNTER_ITEMS)
    theo = page.comments[0].children[0]
    assert (theo.author, theo.text) == ("Theo K.", "🌱")


def test_reply_link_items_over_their_headers_nest() -> None:
    # resiliparse: each comment's item line is only its reply link, the header under it
    text = """\
Why the kettle whistles

Subscribe to comments
  1. Reply
    Noor Falk Monday, March 7 2011

    Steam through a narrow gap, as far as I know.

    • Reply
      Lev Arn Tuesday, March 8 2011

      It is the vortex that sings.

  2. Reply
    Ivy Holt Tuesday, March 8 2011

    Mine just clicks.
"""
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Noor Falk", 0),
        ("Lev Arn", 1),
        ("Ivy Holt", 0),
    ]
    assert_nothing_lost(page, text)


def test_a_sentence_over_a_date_under_a_picture_is_no_header() -> None:
    line = "We walked all day in the rain."
    text = NAME_OVER_DATE_ITEMS.replace("Rosa Quint\n", line + "\n")
    assert line not in [c.author for c in threadparse.parse(text).walk()]


def test_a_reply_link_item_over_prose_is_no_header() -> None:
    text = PICTURE_REPLY_ITEMS.replace("[c41e7a] Reply", "Reply").replace(
        "    Noor Falk Monday, March 7 2011\n\n", ""
    )
    assert "Noor Falk" not in [c.author for c in threadparse.parse(text).walk()]


def test_a_numbered_list_of_plain_items_is_not_a_thread() -> None:
    text = "Steps\n\nFirst this.\n\n  1. 1\n    Mix the flour.\n  2. 2\n    Add water.\n"
    page = threadparse.parse(text)
    assert len(page) == 0 and len(page.article.blocks) == 5


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("One thought on “Spring notes”", 1),
        ("Ein Gedanke zu „Frühling“", 1),
        ("3Comments", 3),
        ("12Kommentare", 12),
        ("± 2 Comments on “Barley soup”", 2),
        ("💬 5 Kommentare", 5),
        ("## 20 thoughts on “x”", 20),
        ("1 Opinion", 1),
        ("I have 3 comments on this", None),
        ("Comments", None),
    ],
)
def test_count_phrases(line: str, count: int | None) -> None:
    assert L.declared_count(line) == count


@pytest.mark.parametrize(
    ("line", "heading"),
    [("Comments", True), ("### Comments", True), ("All comments", True),
     ("Kommentare:", True), ("Reply", False), ("Antworten", False),
     ("Comments are closed.", False), ("3 Comments", False)],
)  # fmt: skip
def test_count_headings_without_a_number(line: str, heading: bool) -> None:
    assert L.is_count_heading(line) is heading


@pytest.mark.parametrize(
    ("name", "tree"),
    [
        ("C1_counter_item.txt", [("Wren", 0), ("Ada Pim", 1), ("Jory Calder", 0)]),
        ("C2_date_item.txt", [("Pell Varga", 0)]),
        ("C3_comment_by.txt", [("Lisel", 0), ("Corwin_b", 0)]),
        ("C4_placeholder_w3m.txt", [("Hollis Grey", 0)]),
    ],
)
def test_failure_class_fixtures(name: str, tree) -> None:
    page = threadparse.parse_file(need(FAILURE_FIXTURES / name))
    assert [(c.author, c.depth) for c in page.walk()] == tree
