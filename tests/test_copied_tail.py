"""A "recent comments" widget printed after a flat post list (invented pages, in the
shape of a forum topic as resiliparse and w3m print it): after the thread and the page's
links, a list of the topic's posts again, newest first, each its author's name, its date
and the opening of its text, cut with an ellipsis ("Wrapping each apple in news....") or
whole where it is short. Those entries repeat posts already read, by the same author: page
furniture, not more posts. A run closing the list that only opens the same way as posts
before it (a weekly report each poster starts alike), or one post copied once, stays."""

from __future__ import annotations

import textwrap

import threadparse

POSTS = [
    (
        "Ann Berry",
        "Mar 3, 2019",
        "I keep mine in a cold cellar on wooden racks, never touching each other, "
        "and check them every week for soft spots. The russets last longest for me.",
    ),
    (
        "Tom Ruddle",
        "Mar 4, 2019",
        "Wrapping each apple in newspaper has worked well in my garage for ten "
        "winters now, even in the hardest frost we had.",
    ),
    (
        "Pia Marsh",
        "Mar 5, 2019",
        "Thanks, both of you. Does the newspaper not make them taste of ink after "
        "a month or two in the dark?",
    ),
    ("Tom Ruddle", "Mar 6, 2019", "Not at all, the ink never reaches the fruit."),
    ("Odo Lint", "Mar 9, 2019", "Good thread, I learnt a lot from it."),
]
AUTHORS = [name for name, _, _ in POSTS]


def _excerpt(text: str, cut: int, ellipsis: str) -> str:
    return text if len(text) <= cut else text[:cut] + ellipsis


def _resiliparse_page(posts: list[tuple[str, str, str]]) -> str:
    """The topic as resiliparse prints it: each post a name over its indented date and
    paragraphs; the widget's entries after the page's links, newest first."""
    out = ["How do you store winter apples?", ""]
    for name, date, text in posts:
        out += [name, f"  {date}", "", f"  {text}", "", "  Reply", ""]
    out += ["Terms of use Privacy policy", "", "Latest in this thread:", ""]
    for name, date, text in reversed(posts):
        out += [name, f"  {date}", f"  {_excerpt(text, 40, '....')}"]
    return "\n".join(out) + "\n"


def _w3m_page(posts: list[tuple[str, str, str]]) -> str:
    """The topic as w3m prints it: no indentation, each paragraph wrapped at 78
    columns, the widget's excerpts wrapped too and cut with "…"."""
    out = ["How do you store winter apples?", ""]
    for name, date, text in posts:
        out += [name, date, "", *textwrap.wrap(text, 78), "", "Reply", ""]
    out += ["Terms of use Privacy policy", "", "Recently in this topic:", ""]
    for name, date, text in reversed(posts):
        out += [name, date, *textwrap.wrap(_excerpt(text, 90, "…"), 78)]
    return "\n".join(out) + "\n"


def _authors(text: str) -> list[str | None]:
    page = threadparse.parse(text)
    return [comment.author for top in page.comments for comment in top.walk()]


def test_widget_after_the_posts_is_furniture_in_resiliparse_layout() -> None:
    assert _authors(_resiliparse_page(POSTS)) == AUTHORS


def test_widget_after_the_posts_is_furniture_in_w3m_layout() -> None:
    assert _authors(_w3m_page(POSTS)) == AUTHORS


def test_widget_entry_of_a_misread_author_still_repeats_its_post() -> None:
    """The copy of a post whose name was read with its avatar's letter glued before it
    ("TTom Ruddle") still repeats that post: the same poster."""
    text = _resiliparse_page(POSTS).replace("Tom Ruddle\n  Mar 4", "TTom Ruddle\n  Mar 4", 1)
    assert len(_authors(text)) == len(POSTS)


def test_posts_opening_alike_after_the_list_stay() -> None:
    """Each poster opens a weekly report with the same words: the last posts open as
    earlier ones do, but go on otherwise. No copies."""
    weekly = [
        ("Ann Berry", "Mar 3, 2019", "Report from the north orchard: frost on the lower rows."),
        ("Tom Ruddle", "Mar 4, 2019", "Report from the river meadow: the ditch is clear again."),
        ("Pia Marsh", "Mar 5, 2019", "Thanks for these, they help me plan the picking rota."),
        ("Ann Berry", "Mar 10, 2019", "Report from the north orchard: the frost has gone now."),
        ("Tom Ruddle", "Mar 11, 2019", "Report from the river meadow: sheep got in on Friday."),
    ]
    lines = ["Weekly field reports", ""]
    for name, date, text in weekly:
        lines += [name, f"  {date}", "", f"  {text}", "", "  Reply", ""]
    assert _authors("\n".join(lines) + "\n") == [name for name, _, _ in weekly]


def test_one_post_copied_at_the_end_stays() -> None:
    """One post repeated at the end (a poster sending the same text twice) is no widget."""
    posts = [*POSTS, ("Odo Lint", "Mar 9, 2019", "Good thread, I learnt a lot from it.")]
    lines = ["How do you store winter apples?", ""]
    for name, date, text in posts:
        lines += [name, f"  {date}", "", f"  {text}", "", "  Reply", ""]
    assert _authors("\n".join(lines) + "\n") == [name for name, _, _ in posts]
