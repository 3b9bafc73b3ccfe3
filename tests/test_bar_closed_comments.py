"""Comments closed by a bar of controls that prints their age ("Like · Reply · 48 ·
5y"), as a social network's comment plugin prints them on a news page: no header line
carries a date, so the bar stamps the comment its body ends, and the name opens the
short block over the body (perhaps over a line about the commenter, "Works at …"); a
toggle between the bar and the next name ("View 2 more replies") is no name. Invented
page."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost
from threadparse.outline import OutlineNode
from threadparse.posts import read_stamp

PLUGIN = """\
Harbour wall repairs start next month
The council has confirmed that the north harbour wall will be closed for twelve weeks from March while the stonework is rebuilt.
Sort by
Top
9 comments
Add a comment...
Posting as Guest
Morwenna Tregear
Porthallow, United Kingdom
Twelve weeks in the middle of the crab season. Could they not have started in January when the boats are laid up anyway?
Like · Reply · 27 · 4y
Alastair Penrose
Works at Porthallow Harbour Trust
The stone could not be delivered before February, the quarry was closed for the holidays.
Like · Reply · 9 · 4y
Morwenna Tregear
Then they should have ordered it in the autumn. Somebody did not plan ahead.
Like · Reply · 14 · 4y
View 2 more replies
Jory Keast
Top fan
At least it is being fixed. The wall has been cracked since the storm two winters ago.
Like · Reply · 31 · 4y
Load 5 more comments
"""  # noqa: E501


def test_a_bar_with_an_age_stamps_the_comment_above_it() -> None:
    text = "Like · Reply · 27 · 4y"
    stamp = read_stamp(OutlineNode(None, text, 1, 1, 0, len(text), False))
    assert stamp is not None and stamp.key[0] == "bar" and stamp.date == "4y"


def test_every_comment_of_the_plugin() -> None:
    page = threadparse.parse(PLUGIN)
    comments = list(page.walk())
    assert [c.author for c in comments] == [
        "Morwenna Tregear",
        "Alastair Penrose",
        "Morwenna Tregear",
        "Jory Keast",
    ]
    assert comments[0].text.startswith("Twelve weeks") or "Twelve weeks" in comments[0].text
    assert "quarry was closed" in comments[1].text
    assert "Works at" not in comments[1].text and "View 2" not in comments[3].text
    assert "twelve weeks from March" in page.article.text
    assert_nothing_lost(page, PLUGIN)
