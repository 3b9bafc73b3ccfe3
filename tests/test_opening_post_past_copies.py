"""A support forum prints a copy of the best reply between the question and the
replies ("Best reply" over the picture's text and the name, "Posted on DATE", the
reply's words): its name line is no name, and the opening post is the name over a
date of the replies' format further up (`transform._opening_post` goes past it).
Invented threads."""

from __future__ import annotations

import pytest

import threadparse

REPLIES = [
    ("Vanessa_K", "Mar 5, 2024 2:51 PM", "Switch the input to the built-in microphone."),
    ("GrahamFromLeeds", "Mar 5, 2024 3:10 PM", "It worked well until last week."),
    ("dmitri.p", "Mar 5, 2024 4:02 PM", "Same here on a Mac mini."),
]


def _page(copy: list[str]) -> str:
    lines = ["Community", "", "Muffled microphone on calls", ""]
    lines += ["GrahamFromLeeds", "Posted on Mar 5, 2024 2:22 PM", ""]
    lines += ["Since the update my calls sound muffled to everyone I call.", ""]
    lines += copy
    lines += [f"{len(REPLIES)} replies", ""]
    for name, date, text in REPLIES:
        lines += [name, f"Posted on {date}", "", text, "", "Reply"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "copy",
    [
        [],
        ["Best reply", "", "Profile of GrahamFromLeeds GrahamFromLeeds",
         "Posted on Mar 5, 2024 5:45 PM", "", "Quitting the app fixed it.", "", "View", ""],
        ["Solution", "", "Picture of Vanessa_K Vanessa_K (Level 8)",
         "Posted on Mar 5, 2024 2:51 PM", "", "Switch the input.", ""],
    ],
    ids=["no copy", "best reply", "solution"],
)  # fmt: skip
def test_the_question_is_the_opening_post(copy: list[str]) -> None:
    page = threadparse.parse(_page(copy))
    comments = list(page.walk())
    assert comments[0].author == "GrahamFromLeeds"
    assert comments[0].text.startswith("Since the update")
    assert [(c.author, c.text) for c in comments[1:]] == [(n, t) for n, _, t in REPLIES]


def test_no_opening_post_where_only_the_copy_is_dated() -> None:
    """Without a name over a date further up, the page opens on no post."""
    text = _page(
        ["Best reply", "", "Profile of GrahamFromLeeds GrahamFromLeeds",
         "Posted on Mar 5, 2024 5:45 PM", "", "Quitting the app fixed it.", ""]
    ).replace("GrahamFromLeeds\nPosted on Mar 5, 2024 2:22 PM\n", "")  # fmt: skip
    comments = list(threadparse.parse(text).walk())
    assert [c.author for c in comments] == [n for n, _, _ in REPLIES]
