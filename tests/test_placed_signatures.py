"""Readers' comments printed as paragraphs each closed by the reader's name and place
on a line glued under it ("… my town too.", "Mara, Kisumu"), with no header and no
date: a news site's "have your say" page, a letters page. The name and place line is
the comment's author as printed. A sentence lifted out of a comment as a pull quote,
signed as the comment is right over it, is no comment. Name and place lines that close
no prose (a list of contributors) or that are few (a photo's caption) make none.
Invented pages as resiliparse prints them, html2text (the signature emphasised) and
w3m (the paragraphs wrapped at 80 columns)."""

from __future__ import annotations

import textwrap

import pytest

import threadparse
from conftest import assert_nothing_lost

LETTERS = [
    (
        "Mara Oduya, Kisumu, Kenya",
        "The new ferry timetable has made the morning crossing almost impossible for "
        "anyone who works in the city. Nobody asked the people who use it every day.",
    ),
    (
        "Tom, Leeds, UK",
        "I have taken the ferry for twenty years and the service has never been worse than "
        "it is this winter, with boats cancelled at an hour's notice.",
    ),
    (
        "Ines Caldeira, Porto",
        "Cheaper fares would help, but what we really need is a boat that leaves on time "
        "and a timetable that stays the same for more than a month.",
    ),
    (
        "Kenji Mori, Osaka, Japan",
        "We have the same problem here and the answer was a second operator on the busy "
        "routes, which brought the prices down within a year.",
    ),
    (
        "Ruth, Galway",
        "Some of the complaints are fair, but the crews are doing their best with old boats "
        "and far too few engineers to keep them running.",
    ),
    (
        "Abdul Rahman, Johor, Malaysia",
        "It is the same story everywhere: a public service sold off, then everyone is "
        "surprised when it is run for profit instead of for passengers.",
    ),
]
PULLED = "A boat that leaves on time"  # (lifted out of the third letter, printed over it)


def _page(form: str) -> str:
    lines = ["Ferry timetable: Your views", "", "Have Your Say", ""]
    lines += ["The operator says the new timetable will cut delays by half. Do you agree?", ""]
    lines += ["This debate is now closed. Read a selection of your comments below.", ""]
    for number, (name, body) in enumerate(LETTERS):
        if number == 2:  # (the pull quote, right over the letter it is lifted from)
            lines += [PULLED, LETTERS[2][0]]
        signature = f"**_{name}_**" if form == "html2text" else name
        paragraph = textwrap.wrap(body, 60) if form == "w3m" else [body]
        lines += [*paragraph, signature, ""]
    lines += ["Send us your comments", "", "Name", "Your E-mail address", "Town & Country"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("form", ["resiliparse", "html2text", "w3m"])
def test_paragraphs_closed_by_a_name_and_a_place_are_comments(form: str) -> None:
    text = _page(form)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, _ in LETTERS]
    assert [" ".join(c.text.split()) for c in page.walk()] == [body for _, body in LETTERS]
    assert {c.depth for c in page.walk()} == {0}
    assert_nothing_lost(page, text)


def test_names_and_places_that_close_no_prose_are_no_comments() -> None:
    """A list of the page's contributors, each a name and a place on its own line."""
    lines = ["Our contributors", "", "The people who wrote for this issue:", ""]
    lines += [name for name, _ in LETTERS] + ["", "Thanks to all of them."]
    page = threadparse.parse("\n".join(lines) + "\n")
    assert list(page.walk()) == []


def test_a_caption_or_two_make_no_comments() -> None:
    """An article whose two quoted speakers sign their paragraphs: too few to be a list."""
    text = (
        "Ferries to get new boats\n\n"
        "The operator will buy four new boats over the next five years, it said today.\n"
        "Mara Oduya, Kisumu, Kenya\n\n"
        "Passengers welcomed the news but said they had heard such promises before now.\n"
        "Tom, Leeds, UK\n\n"
        "The first boat is expected to enter service in the spring of next year.\n"
    )
    page = threadparse.parse(text)
    assert list(page.walk()) == []


def test_a_signature_right_under_another_one_loses_nothing() -> None:
    """Two name-and-place lines in a row (a signature printed twice, or a reader's
    under a letter's): the second signs no body of its own, and every line stays in one
    place only."""
    text = "\n".join(
        [
            "The ferry was sold off, and nobody asked us.",
            "Tom Holt, Leeds",
            "Ann Lee, Osaka",
            "The boats were late all winter long, every day.",
            "Ruth, Galway",
            "Same here, and the prices doubled this year.",
            "Kenji Mori, Osaka, Japan",
            "The fares are far too high for a short crossing.",
            "Ida Marsh, Kisumu",
            "Nobody I know takes the ferry any more at all.",
            "Bo Lind, Malmö",
        ]
    )
    page = threadparse.parse(text + "\n")
    assert [c.author for c in page.walk()] == [
        "Tom Holt, Leeds",
        "Ruth, Galway",
        "Kenji Mori, Osaka, Japan",
        "Ida Marsh, Kisumu",
        "Bo Lind, Malmö",
    ]
    assert_nothing_lost(page, text + "\n")
