"""Comment sections of which a main-content extraction keeps only the names and the texts:
under the section's count or heading ("4 Kommentare", "Comments"), each comment is a name
alone on its line right over its text, with no date, no control, no rule ("Stefan K."
over his text, "Mirko" over his). Read as posts when the names are told as names (one
printed twice, or half of them handles) or number what the count declares; the article's
own headings over its paragraphs stay article, and the comment form's title ends the
section. Invented site, names and text."""

from __future__ import annotations

import pytest

import threadparse

ARTICLE = [
    "Building a Workbench Vice",
    "",
    "After the top and the base, this part covers the front vice.",
    "",
    "Screw and Guide",  # (an article's headings are name-like lines over paragraphs)
    "",
    "The screw sits off centre and the guide bar runs on the other side of the jaw.",
    "",
    "The Jaw",
    "",
    "The jaw is seventy millimetres thick and glued up from two beech boards.",
    "",
]

COMMENTS = [
    ("Stefan K.", "Very clearly explained, I never thought the screw could sit that far out."),
    ("holzwurm_72", "Line the jaw with vegetable tanned leather, never chrome tanned leather."),
    ("Karin Albers", "I am building it from your plans and I am only at the second part yet."),
    ("holzwurm_72", "There are offcuts at any saddler's shop for a few euros, more than enough."),
]


def _page(count: str, comments: list[tuple[str, str]], after: list[str] = ()) -> str:  # type: ignore[assignment]
    out = [*ARTICLE, count, "", "Write your comment here (3 characters at least)", ""]
    for name, text in comments:
        out += [name, "", text, ""]
    out += list(after)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("count", ["4 Comments", "4 Kommentare", "Comments (4)"])
def test_names_over_texts_under_the_count(count: str) -> None:
    page = threadparse.parse(_page(count, COMMENTS))
    assert [(c.author, c.text, c.depth) for c in page.walk()] == [
        (name, text, 0) for name, text in COMMENTS
    ]
    assert "Screw and Guide" in page.article.text  # (its headings stay the article's)


def test_names_told_by_the_count_alone() -> None:
    """No name printed twice, none a handle: the names number what the count declares."""
    names = ["Stefan K.", "Mirko Vogt", "Karin Albers"]
    comments = [(name, text) for name, (_, text) in zip(names, COMMENTS, strict=False)]
    page = threadparse.parse(_page("3 Comments", comments))
    assert [c.author for c in page.walk()] == names


def test_headings_under_a_count_that_differs_are_no_names() -> None:
    """Three title-case lines over paragraphs, none printed twice, under a count of 12:
    nothing tells them from a section's headings (a teaser list), so no comment."""
    names = ["Stefan K.", "Mirko Vogt", "Karin Albers"]
    comments = [(name, text) for name, (_, text) in zip(names, COMMENTS, strict=False)]
    page = threadparse.parse(_page("12 Comments", comments))
    assert list(page.walk()) == []


def test_the_form_title_ends_the_section() -> None:
    after = ["Leave a Reply", "", "Your email address will not be published at all, ever."]
    page = threadparse.parse(_page("4 Comments", COMMENTS, after))
    assert [c.author for c in page.walk()] == [name for name, _ in COMMENTS]
    assert all("email address" not in c.text for c in page.walk())


def test_no_count_no_posts() -> None:
    """The same lines with no line opening the comments: an article's paragraphs."""
    text = _page("", COMMENTS)
    page = threadparse.parse(text)
    assert list(page.walk()) == []


CARDS = [
    (["Noor Haddad", "Noor HaddadMaker", "Founder @ Tallybird"], "Noor Haddad"),
    (["Gideon Marsh", "Gideon Marsh", "Product designer"], "Gideon Marsh"),
    (["Noor Haddad", "Noor HaddadMaker", "Founder @ Tallybird"], "Noor Haddad"),
    (["@wren-hollin", "wren-hollin commented", "Owner"], "wren-hollin"),
]


def test_the_first_line_of_a_card_names_the_poster() -> None:
    """Each name line over a text closes a card of name-like lines with no blank line
    between them (the name, the name glued to a badge, a headline): the card's first line
    is the name, a handle's "@" dropped where the card prints the name bare under it."""
    out = [*ARTICLE, "4 Comments", "", "Sort by:"]
    for (card, _), (_, text) in zip(CARDS, COMMENTS, strict=True):
        out += [*card, "", text, ""]
    page = threadparse.parse("\n".join(out) + "\n")
    assert [(c.author, c.text) for c in page.walk()] == [
        (name, text) for (_, name), (_, text) in zip(CARDS, COMMENTS, strict=True)
    ]
