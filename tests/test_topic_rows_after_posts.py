"""A list of other topics under a thread's posts, each row a title, "Started by NAME,
DATE", a count of replies and the last reply's byline: the rows read like posts
stamped by their bylines, but a post's body never opens with how many answered it,
so the rows after the thread's posts are the page's, not comments. (Invented
pages, in the layout of a board that prints its posts as items of one list.)"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import assert_nothing_lost

import threadparse

_POSTS = [
    (
        "marl_digger",
        "Junior Member",
        "03-05-2024, 06:22 PM",
        "The old tiller dies after ten minutes.",
    ),
    (
        "Ada Fenwick",
        "Moderator",
        "03-05-2024, 07:02 PM",
        "Check the fuel cap vent first, it clogs.",
    ),
    ("tractor_tom", "Member", "03-06-2024, 08:15 AM", "Mine did the same, the coil was going."),
    (
        "marl_digger",
        "Junior Member",
        "03-09-2024, 11:37 AM",
        "It was the cap. Runs all day now, thanks.",
    ),
]

_ROWS = [
    ("Tiller hard to start when cold", "tractor_tom", "01-14-2024", "9 replies", "Ada Fenwick"),
    ("Which spark plug for a 1962 model?", "hedge_hal", "11-02-2023", "14 replies", "marl_digger"),
    ("Tines bent after hitting a root", "Ada Fenwick", "09-27-2023", "21 replies", "tractor_tom"),
]


def _thread(rows: list[tuple[str, str, str, str, str]]) -> str:
    lines = ["Garden Machines Forum", "", "Tiller dies after ten minutes", ""]
    lines.append(f"Started by {_POSTS[0][0]}, {_POSTS[0][2]} 4 posts · 0 users")
    for n, (name, rank, date, body) in enumerate(_POSTS):
        lines += [f"  • {name}", f"    {rank}", f"    {name}'s Avatar", "    • Mar 2019"]
        lines += ["    • 1,204", "    • Ohio", f"    {date}", f"    #{n + 1}", f"    {body}"]
        lines += ["    • Like 2", "    • Quote", "    • Report"]
    lines += ["Page of 1", "", "Please log in or register to reply to this topic.", ""]
    if rows:
        lines += ["Related Topics", ""]
    for title, starter, started, replies, last in rows:
        lines += [title, f"Started by {starter}, {started}", f"\t\t{replies}"]
        lines += [f"Replied by {last}", "01-20-2024, 08:12 AM"]
    lines += ["  • Help", "  • Contact Us", "", "Powered by a board"]
    return "\n".join(lines) + "\n"


_SAVED = Path(__file__).parent / "heldout38" / "vb5.fordnaa-a.resiliparse.txt"


def test_the_saved_boards_rows_are_no_replies() -> None:
    """The blind check's saved page (tests/heldout38, an invented page): its related
    topics' bylines were read as a second template, replies to the last post, before
    this rule (the shorter invented thread below reads right both ways)."""
    text = _SAVED.read_text(encoding="utf-8")
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    comments = list(page.walk())
    assert len(comments) == 12 and {c.depth for c in comments} == {0}
    assert not [c.date for c in comments if "2023" in (c.date or "")]  # (the rows' dates)


def test_rows_of_other_topics_are_no_posts() -> None:
    text = _thread(_ROWS)
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [(c.author, c.depth) for c in page.walk()] == [(p[0], 0) for p in _POSTS]


def test_the_thread_alone_reads_the_same() -> None:
    page = threadparse.parse(_thread([]))
    assert [c.author for c in page.walk()] == [p[0] for p in _POSTS]


def test_a_page_of_topic_rows_alone_keeps_them() -> None:
    """Every stamp's body opening with a count: a list of topics whose rows the rule has
    no posts with text to tell apart from, read as before (the rule only cuts rows
    after posts)."""
    text = "Related Topics\n\n" + "".join(
        f"{title}\nStarted by {starter}, {started}\n{replies}\nReplied by {last}\n\n"
        for title, starter, started, replies, last in _ROWS
    )
    before = threadparse.parse(text)
    assert_nothing_lost(before, text)
    assert all(c.text.split("\n")[0] != "" for c in before.walk())
