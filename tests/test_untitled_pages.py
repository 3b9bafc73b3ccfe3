"""Dumps that open on their first post, with no title line over it: a main-content
extraction that kept the thread and dropped the page's heading, a saved fragment of a
thread. The first line is the first post's name, not the page's title, once the posts
it heads are several (three at least): the page reads as untitled, and every post is
kept. A page of two such posts keeps its first line as its title. Invented posts of a
sourdough bakers' forum and a cycling club's journal."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

NAMES = ["Ann Lee", "Bob Marsh", "Cara Quill", "Dev Stone", "Eli Vance", "Fay Wren"]

FORUM_POST = """\
{name}
March {day}, 2021 at 4:{minute:02d} pm

My rye starter has been slow since the cold snap, post {day} of the thread.

Reply

"""

JOURNAL_POST = """\
[info]{handle}
2009-03-{day:02d} 16:{minute:02d}:00 (UTC)
Rode the long loop again today; the headwind on the coast road never lets up.
(Reply) (Thread) (Link)
"""


def _forum(count: int) -> str:
    return "".join(
        FORUM_POST.format(name=name, day=day, minute=day * 3)
        for day, name in enumerate(NAMES[:count], start=1)
    )


def _journal(count: int) -> str:
    handles = [name.lower().replace(" ", "_") for name in NAMES[:count]]
    return "".join(
        JOURNAL_POST.format(handle=handle, day=day, minute=day * 7)
        for day, handle in enumerate(handles, start=1)
    )


@pytest.mark.parametrize("count", [3, 4, 6])
def test_a_dump_opening_on_its_first_post_keeps_every_post(count: int) -> None:
    text = _forum(count)
    page = threadparse.parse(text)
    assert [comment.author for comment in page.walk()] == NAMES[:count]
    assert page.title is None
    assert page.comments[0].text.startswith("My rye starter")
    assert_nothing_lost(page, text)


def test_a_journal_fragment_opening_on_its_first_comment() -> None:
    text = _journal(5)
    page = threadparse.parse(text)
    authors = [comment.author for comment in page.walk()]
    assert authors == [name.lower().replace(" ", "_") for name in NAMES[:5]]
    assert page.title is None
    assert_nothing_lost(page, text)


def test_a_titled_thread_keeps_its_title() -> None:
    text = "Slow rye starter in winter\n\n" + _forum(4)
    page = threadparse.parse(text)
    assert page.title == "Slow rye starter in winter"
    assert [comment.author for comment in page.walk()] == NAMES[:4]


def test_two_posts_under_the_first_line_keep_it_as_the_title() -> None:
    text = _forum(2)
    page = threadparse.parse(text)
    assert page.title == "Ann Lee"


def test_the_posts_over_a_count_of_comments_are_the_article_s() -> None:
    """The dump opens on a post (the entry, its author and date over it), then a count
    of comments, then the comments: the posts before the count are the article."""
    first, rest = FORUM_POST.format(name="Ann Lee", day=1, minute=3), _forum(6)
    rest = rest[rest.index("Bob Marsh") :]
    text = f"{first}4 Comments\n\n{rest}"
    page = threadparse.parse(text)
    assert [comment.author for comment in page.walk()] == NAMES[1:]
    assert_nothing_lost(page, text)
