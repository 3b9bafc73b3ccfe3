"""An article dated by its byline over the comments' count heading is no post, though
a line over its date was read as a name: its date's form is none of the comments'
(`find._without_article_over_count`)."""

from __future__ import annotations

from tests.conftest import assert_nothing_lost

import threadparse

COMMENTS = [
    (
        "Ilse Marren",
        "2 years ago",
        "Lovely guide. I soaked mine in vinegar first, it helped.",
    ),
    ("Otto Benz", "2 years ago", "How long did the seasoning take in the oven at that heat?"),
    ("Rae Quill", "1 year ago", "Forty minutes per coat for me, three coats before frying eggs."),
    (
        "Tamsin Okoye",
        "1 year ago",
        "I never thought of a car charger. Trying it this week.",
    ),
]

COMMENTS_DE = [
    ("Ilse Marren", "vor 2 Jahren", "Schöne Anleitung, ich habe meine zuerst in Essig eingelegt."),
    ("Otto Benz", "vor 2 Jahren", "Wie lange hat das Einbrennen im Ofen bei der Hitze gedauert?"),
    (
        "Rae Quill",
        "vor 1 Jahr",
        "Vierzig Minuten pro Schicht, drei Schichten vor dem Braten.",
    ),
    ("Tamsin Okoye", "vor 1 Jahr", "An ein Autoladegerät hätte ich nie gedacht, probiere ich aus."),
]


def _page(date: str, heading: str, comments: list[tuple[str, str, str]]) -> str:
    """A blog entry (menu, title, byline date / author / category, text), its comments'
    count heading, then the comments (name, label, name, age, text, votes, Reply)."""
    out = ["Tinker Shed", "", "  • Kitchen", "  • Garden", "  • Workshop", ""]
    out += ["Bringing a Rusted Pan Back to Life", "", date, "Hedda Lorne", "Kitchen", ""]
    out += ["I found the pan at a flea market, orange with rust and sticky at the rim.", ""]
    out += ["The bath took a day and a half, then the seasoning took an evening.", ""]
    out += ["Share this:", "", heading, "Oldest", "Newest"]
    for name, age, text in comments:
        out += [name, "Guest", name, age, "", text, "", "3", "Reply"]
    return "\n".join(out) + "\n"


def _authors(text: str) -> list[str | None]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [comment.author for comment in page.walk()]


def test_article_over_count_is_no_post() -> None:
    authors = _authors(_page("March 4, 2024", "4 Comments", COMMENTS))
    assert authors == [name for name, _, _ in COMMENTS]


def test_article_over_count_heading_in_parentheses() -> None:
    authors = _authors(_page("2024-03-04", "Comments (4)", COMMENTS))
    assert authors == [name for name, _, _ in COMMENTS]


def test_article_over_count_other_language() -> None:
    authors = _authors(_page("4. März 2024", "4 Kommentare", COMMENTS_DE))
    assert authors == [name for name, _, _ in COMMENTS_DE]


def test_first_post_without_heading_stays() -> None:
    """A thread's opening post dated in full over replies dated by their age, with no
    count heading between: the opening post stays."""
    out = ["Tinker Shed forum", ""]
    posts = [("Hedda Lorne", "March 4, 2024", "My pan is orange with rust, what now?"), *COMMENTS]
    for name, date, text in posts:
        out += [name, date, "", text, "", "Reply", ""]
    authors = _authors("\n".join(out) + "\n")
    assert authors == [name for name, _, _ in posts]
