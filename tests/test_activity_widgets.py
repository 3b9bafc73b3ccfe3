"""A forum's activity widget ("NAME replied to TOPIC 2 weeks ago") heads no comment:
the words after a header verb are its date ("Ann wrote on March 3, 2021:") only where
a date opens them (`lines._verb_header`), so a topic's title with an age after it is no
date, and the widget's lines cannot outvote the posts above them (a vBulletin 5 thread
in resiliparse's form: each post an item of the poster's name, the name again, the rank,
join date and post count as items, "#N", the date, the body, the controls). The bar of
controls under a body, counts and all ("Like 14"), is no body text (`lines.is_control_line`).
Invented page."""

from __future__ import annotations

import pytest

import threadparse
from threadparse import lines as L
from threadparse.posts.shapes import is_name_like

POSTER = """\
  • {name}
    {name}
    {rank}
    • 0{n}-12-2019
    • {count}
    #{n}
    03-0{n}-2024, 0{n}:12 PM
    {body}
    • Reply
    • Quote
    • Like {n}
"""

POSTS = [
    (
        "Mirela_Hoch",
        "Junior Member",
        "38",
        "My spoon blanks split along the pith every time. What am I missing?",
    ),
    (
        "Oskar Lindgren",
        "Senior Member",
        "4,912",
        "Split the blank through the pith first and let it rest a day.",
    ),
    (
        "pelle.carves",
        "Member",
        "611",
        "A paper bag with shavings slows the drying enough for birch.",
    ),
    (
        "Mirela_Hoch",
        "Junior Member",
        "38",
        "The paper bag did it, thanks! Two blanks and no cracks.",
    ),
]

WIDGETS = {
    "replied to": "  • {name} replied to {topic} {age}\n",
    "commented on": "  • {name} commented on {topic} {age}\n",
    "schrieb in": "  • {name} schrieb in {topic} {age}\n",
}
TOPICS = [
    ("Mirela_Hoch", "Spoon blanks splitting - what am I doing wrong?", "2 weeks ago"),
    ("Oskar Lindgren", "Sharpening a hook knife: strop or stone?", "3 weeks ago"),
    ("pelle.carves", "Spring meetup: Uppsala, April 13", "4 weeks ago"),
]


def page(widget: str) -> str:
    posts = "".join(
        POSTER.format(name=name, rank=rank, count=count, n=n, body=body)
        for n, (name, rank, count, body) in enumerate(POSTS, 1)
    )
    activity = "".join(
        WIDGETS[widget].format(name=name, topic=topic, age=age) for name, topic, age in TOPICS
    )
    return (
        "Spoon & Hook Forums\n  • Forums\n  • Articles\n  • Log in\n\n"
        "Spoon blanks splitting - what am I doing wrong?\n\nPage 1 of 1\n"
        + posts
        + "Page 1 of 1\n\nQuick Reply\n\nLatest Activity\n\n"
        + activity
        + "\nPowered by a forum engine. All rights reserved.\n"
    )


@pytest.mark.parametrize("widget", sorted(WIDGETS))
def test_the_posts_are_read_not_the_activity_widget(widget: str) -> None:
    comments = list(threadparse.parse(page(widget)).walk())
    assert [c.author for c in comments] == [name for name, *_ in POSTS]
    assert [c.depth for c in comments] == [0] * len(POSTS)
    assert comments[1].text.startswith(POSTS[1][3])
    assert not any("ago" in (c.date or "") or "Uppsala" in c.text for c in comments)


@pytest.mark.parametrize(
    "line",
    [
        "Mirela_Hoch replied to Spoon blanks splitting - what am I doing wrong? 2 weeks ago",
        "pelle.carves commented on Spring meetup: Uppsala, April 13 4 weeks ago",
    ],
)
def test_a_title_and_an_age_after_a_verb_are_no_verb_header(line: str) -> None:
    header = L.read_header(line)  # (the age alone may still date the line: not by its verb)
    assert header is None or header.evidence != "verb"


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        (
            "Alan Goodale wrote on December 24, 2020 at 3:53 am:",
            "Alan Goodale",
            "December 24, 2020 at 3:53 am",
        ),
        ("Ann Lee said, on 3 May 2021", "Ann Lee", "3 May 2021"),
        ("Bo Berg replied on 2 weeks ago", "Bo Berg", "2 weeks ago"),
    ],
)
def test_a_date_after_the_verb_is_still_read(line: str, author: str, date: str) -> None:
    header = L.read_header(line)
    assert header is not None and (header.author, header.date) == (author, date)


BLOG = """\
A post

Hello.

2 comments
  1. Ann says:
    First.

    {line}
  2. Bo says:
    Second.
"""


@pytest.mark.parametrize(
    "bar", ["Like 14", "Reply Quote Like 3", "Likes (3)", "Gefällt mir 2", "Report 212"]
)
def test_a_bar_of_counted_controls_is_no_body_text(bar: str) -> None:
    comments = list(threadparse.parse(BLOG.format(line=bar)).walk())
    assert [c.text for c in comments] == ["First.", "Second."]


@pytest.mark.parametrize(
    "line", ["Like it", "Reply to Ann 2", "Like 14 people said", "Share 1234567", "reply 12"]
)
def test_words_and_counts_that_are_no_bar_stay(line: str) -> None:
    comments = list(threadparse.parse(BLOG.format(line=line)).walk())
    assert comments[0].text == f"First.\n\n{line}"


@pytest.mark.parametrize("line", ["Like 6", "Likes (12)", "Gefällt mir 2"])
def test_a_like_count_is_no_name(line: str) -> None:
    """inscriptis prints a post's card right under the controls of the post before: the
    nearest name-like line over a stamp must not be "Like 6" (`lines.is_like_count`; the
    blind vBulletin 5 page, tests/heldout19, in tests/test_unseen.py)."""
    assert not is_name_like(line)
    assert is_name_like("Likely Lad")
