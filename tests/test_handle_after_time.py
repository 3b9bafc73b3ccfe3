"""An article's discussion whose messages each print a subject line, then the date and
time and the poster's handle, then controls in brackets ("2004-07-15 22:15:51 quill_dev
[Reply | View]"): the handle is the author, the bracketed links are controls, the date
stops at the time. A place after the time ("来自上海", "from Lyon") is no handle. Invented
pages in the shape of an old article site's message board, as resiliparse prints it."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.outline import OutlineNode
from threadparse.posts.stamps import read_stamp

MESSAGES = [
    (
        0,
        "Novel but slow",
        "2004-09-16 21:49:53",
        "oskarv",
        "It looks nice, but there is not enough power in it yet to be worth the training.",
    ),
    (
        0,
        "Installation trouble",
        "2004-07-15 22:15:51",
        "quill_dev",
        "I installed the JDK but nothing happens when I start the demo application.",
    ),
    (
        1,
        "Installation trouble",
        "2004-10-26 07:23:51",
        "mara.t",
        "Same problem here on an older laptop with the stock video driver.",
    ),
    (
        1,
        "Installation trouble",
        "2004-08-13 03:34:07",
        "lintu-99",
        "Which video card do you have? Did you follow all the steps of the guide?",
    ),
]


def _board() -> str:
    lines = ["Looking into the glass", "by Wil Iverson", "07/06/2004", ""]
    lines += ["An interview with the team behind a 3D desktop project, about how it began.", ""]
    lines += ["Showing messages 1 through 4 of 4.", ""]
    for depth, subject, date, handle, body in MESSAGES:
        pad = "  " * (depth + 1)
        lines += [
            f"{pad}• {subject}",
            f"{pad}  {date} {handle} [Reply | View]",
            "",
            f"{pad}  {body}",
        ]
    lines += ["", "Post a comment"]
    return "\n".join(lines) + "\n"


def test_the_handle_after_the_time_is_the_author() -> None:
    text = _board()
    page = threadparse.parse(text)
    assert [(c.author, c.date, c.text) for c in page.walk()][-len(MESSAGES) :] == [
        (handle, date, body) for _, _, date, handle, body in MESSAGES
    ]
    assert_nothing_lost(page, text)


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("2004-07-15 22:15:51 quill_dev [Reply | View]", "quill_dev", "2004-07-15 22:15:51"),
        ("22-6-14 13:40 来自浙江", None, "22-6-14 13:40 来自浙江"),
        ("03/14/21(Sun)13:25:44 No.16204131", None, None),
    ],
)
def test_a_handle_after_the_time_and_no_other_word(
    line: str, author: str | None, date: str | None
) -> None:
    stamp = read_stamp(OutlineNode(None, line, 1, 1, 0, len(line), False))
    assert stamp is not None and stamp.author == author
    if date is not None:
        assert stamp.date == date
