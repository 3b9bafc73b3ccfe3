"""Bylines that close a comment's header with a time glued to "@" and the comment's
number in parentheses ("by ann ( 1001 ) on Monday March 04, 2024 @01:00PM (#5001)"),
under a subject line and a score: long enough to pass for prose unless their tail is
read as the header's; and one converter printing some of them as a list item's text,
others as plain lines (invented pages, in the shapes of resiliparse and inscriptis)."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L
from threadparse.posts import is_prose

BYLINES = [
    "by quillfeather ( 100042 ) on Monday March 04, 2024 @01:00PM (#64321000)",
    "by quillfeather ( 100042 ) on Monday March 04, 2024 @01:00PM ( #64321000 )",
]


@pytest.mark.parametrize("line", BYLINES)
def test_a_byline_with_a_glued_time_and_a_number_is_a_header(line: str) -> None:
    assert not is_prose(line)
    header = L.read_header(line)
    assert header is not None and header.date is not None
    assert header.date.endswith("@01:00PM")


def test_a_sentence_that_ends_in_a_date_stays_prose() -> None:
    assert is_prose("we sailed out on the first calm morning, which was March 04, 2024 (#2)")


def _thread(open_: str, cont: str, paren: str = "(#{0})") -> str:
    """A comment tree as resiliparse prints it: each comment an item (its subject, or
    its byline where the subject is dropped), the score and byline under it."""
    rows = [
        (0, "tarnhollow", "100001", "Which antifouling lasts a full season in brackish water?"),
        (1, "quillfeather", "100002", "The copper ones do, if you sand the old coat first."),
        (2, "tarnhollow", "100003", "I sanded mine, the old coat was flaking badly anyway."),
        (1, "Anonymous Coward", "", "My rudder has a lot of play, is that normal on old boats?"),
        (2, "ketchup_kid", "100005", "Some play is fine, but check the pintles for wear."),
        (1, "quillfeather", "100006", "Ashore on stands, with the mast down and a cover on."),
    ]
    lines = [
        "Ask the harbour: boat care",
        "",
        "Posted by harbourmaster on Monday March 04, 2024.",
        "",
    ]
    for n, (depth, name, uid, body) in enumerate(rows):
        pad = "  " * depth
        who = f"{name} ( {uid} )" if uid else name
        byline = f"by {who} on Monday March 04, 2024 @0{n + 1}:1{n}PM {paren.format(64321000 + n)}"
        if n % 3 == 0:  # (the subject dropped: the byline is the item's text)
            lines += [f"{pad}  {open_} {byline}", f"{pad}    {body}", ""]
        else:
            lines += [f"{pad}  {open_} Re:Boat care", "", f"{pad}    (Score:{n + 1})"]
            lines += [f"{pad}    {byline}", f"{pad}    {body}", ""]
        lines += [f"{pad}    {cont}", ""]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("open_", "cont", "paren"),
    [("•", "Reply to This Share", "(#{0})"), ("*", "Reply to This | Parent Share", "( #{0} )")],
)
def test_bylines_as_items_and_as_lines_stamp_one_list(open_: str, cont: str, paren: str) -> None:
    text = _thread(open_, cont, paren)
    page = threadparse.parse(text)
    authors = ["tarnhollow", "quillfeather", "tarnhollow", "Anonymous Coward", "ketchup_kid"]
    assert [c.author for c in page.walk()] == [*authors, "quillfeather"]
    assert_nothing_lost(page, text)
