"""Failure class L: authors without the noise around them — link numbers (lynx
``[73]Name``), picture placeholders and icons (w3m ``[6a1f0c] Name``, ``● Name``),
Markdown links (html2text) — and names glued to a Blogger date, "May" and weekdays
included."""

from __future__ import annotations

import pytest

import threadparse
from conftest import FAILURE_FIXTURES, need
from threadparse import lines as L


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("[73]Pim", "Pim"),
        ("[6a1f0c] Lorne", "Lorne"),
        ("● Lorne", "Lorne"),
        ("[Ann Ode](https://example.org/ann)", "Ann Ode"),
        ("[12][13]Jo Park", "Jo Park"),
        ("@river_song", "@river_song"),
        ("__init__ fan", "__init__ fan"),
    ],
)
def test_display_names(line: str, name: str) -> None:
    assert L.display_name(line) == name


NAME_OVER_DATE_LYNX = """\
Autumn walk

A short report.

2 Comments

   1. [31]Pim
      [32]June 6, 2019 at 9:00 am
      Lovely colours.
   2. [33]Rosa Quint
      [34]June 7, 2019 at 10:00 am
      Where was this?
"""

NAME_OVER_DATE_W3M = """\
Autumn walk

2 Comments

  • [a81f00] Lorne
    June 5, 2019 at 8:00 am
    Nice.
  • [b2c3d4] Ida Vos
    June 6, 2019 at 8:00 am
    Agreed.
"""


@pytest.mark.parametrize(
    ("text", "authors"),
    [(NAME_OVER_DATE_LYNX, ["Pim", "Rosa Quint"]), (NAME_OVER_DATE_W3M, ["Lorne", "Ida Vos"])],
    ids=["lynx", "w3m"],
)
def test_name_over_date_headers_lose_their_noise(text: str, authors: list[str]) -> None:
    assert [c.author for c in threadparse.parse(text).walk()] == authors


BLOGGER = """\
Mountain hut

3 comments:

  1. Kai LundMay 2, 2019 at 6:00 PM

    Cosy.

  2. Ana RuizSamstag, Mai 4, 2019 10:15:00 AM

    Schön.

  3. TomMai 5, 2019 at 8:00 AM

    Nice.
"""


def test_blogger_names_glued_to_may_and_weekdays() -> None:
    page = threadparse.parse(BLOGGER)
    assert [c.author for c in page.walk()] == ["Kai Lund", "Ana Ruiz", "Tom"]
    assert page.comments[1].date == "Samstag, Mai 4, 2019 10:15:00 AM"


@pytest.mark.parametrize(
    ("name", "authors"),
    [
        ("L1_noise_names.txt", ["Lorne", "Pim"]),
        ("L2_blogger_may.txt", ["Ysolde", "Lore Beck", "Sam Oak"]),
    ],
)
def test_failure_class_fixtures(name: str, authors: list[str]) -> None:
    page = threadparse.parse_file(need(FAILURE_FIXTURES / name))
    assert [c.author for c in page.walk()][: len(authors)] == authors


def test_an_address_printed_before_the_name_is_a_pictures_text() -> None:
    # (L1's fixture: its fourth comment; its third, "Tobin Author", keeps the badge:
    # printed once, nothing on the page tells it from a surname)
    page = threadparse.parse_file(need(FAILURE_FIXTURES / "L1_noise_names.txt"))
    assert [c.author for c in page.walk()][3] == "Brianna"


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ('ann.lee+blog@mail.example.org" Ann Lee says:', "Ann Lee"),
        ("bo_k@example.net Bo Kranz on May 3, 2019 at 9:12 pm", "Bo Kranz"),
        ("@ann.k says:", "@ann.k"),  # (a handle, not an address)
        ("Ann Lee says:", "Ann Lee"),
    ],
)
def test_address_variants(header: str, author: str) -> None:
    text = f"T\n\nText.\n\n1 Comment\n\n  1. {header}\n     Hello there.\n"
    assert [c.author for c in threadparse.parse(text).walk()] == [author]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("ann_k 12 points 4 hours ago", "ann_k"),
        ("[–]ann_k 11 points12 points13 points 4 hours ago (2 children)", "ann_k"),
        ("[–]ann_k 11 points 12 points 13 points 4 hours ago (1 child)", "ann_k"),
    ],
)
def test_a_score_printed_once_per_vote_state_is_no_name(line: str, name: str) -> None:
    # a score printed more than once, one per vote state (all but one hidden by the
    # page's style), glued or spaced, between the name and the date
    header = L.read_header(line)
    assert header is not None and header.author == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("ann_k avatar ann_k 4 hours ago | link | reply", "ann_k"),
        ("Wren Adeyemi profile picture Wren Adeyemi 2 days ago", "Wren Adeyemi"),
        ("tollbooth_7 icon tollbooth_7 3 hours ago", "tollbooth_7"),
    ],
)
def test_a_name_printed_twice_around_a_picture_word_is_one_name(line: str, name: str) -> None:
    # the picture's alternative text ("NAME avatar") and then the name link
    header = L.read_header(line)
    assert header is not None and header.author == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Wren Adeyemi 5 hours ago | root | parent | next[–]", "Wren Adeyemi"),
        ("tollbooth_7 2 days ago · flag · hide", "tollbooth_7"),
    ],
)
def test_a_bar_of_control_links_after_the_date_leaves_the_header(line: str, name: str) -> None:
    header = L.read_header(line)
    assert header is not None and header.author == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("[–]ann_k -1 points0 points1 points 4 hours ago (2 children)", "ann_k"),
        ("[–]ann_k −3 points 4 hours ago (1 child)", "ann_k"),
    ],
)
def test_a_negative_score_is_no_name(line: str, name: str) -> None:
    header = L.read_header(line)
    assert header is not None and header.author == name
