"""Replies whose header line opens with the reply's number, then a label naming the
poster ("Reply 13 - Posted by: NAME DATE (No. ID)"): the number and the label are no
part of the name, and "posted" there is a label, not the verb of "NAME posted DATE".
Invented news-forum pages, as resiliparse prints them (every line glued to the next:
the header under the controls closing the reply before, over its own body) and as its
main-content mode does (a count of likes under each body, a sentence); a body that
opens by citing an earlier reply ("#3, …") is no heading closing the list."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

REPLIES = [
    ("harbour_jo", "The ferry should never have been sold off in the first place."),
    ("Ned Lowry", "It was losing money every winter, someone had to pay for it."),
    ("M. Quill", "#1, the council sold it, not the operator, read the minutes."),
    ("kestrel22", "Bring back the night crossing and the numbers would add up."),
    ("harbour_jo", "#2, it lost money because the timetable was useless."),
    ("Ned Lowry", "Fair point about the timetable, I'll give you that one."),
]


def _page(main_content: bool = False, label: str = "Posted by:") -> str:
    lines = ["Ferry sale approved", "", "Readers' replies are welcome, please be civil.", ""]
    for number, (name, body) in enumerate(REPLIES, 1):
        date = f"5/2{number}/2024 7:0{number}:09 AM (No. 17219{number:02})"
        lines += [f"Reply {number} - {label} {name} {date}", body]
        if main_content:
            lines.append(f"{30 + number} people like this.")
        else:
            lines += [
                "Click Here if you Like this Comment",
                f"{30 + number} people like this.",
                "Report",
            ]
    lines += ["Below, you will find ...", "Most Active Articles (last 48 hours)"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("main_content", [False, True])
@pytest.mark.parametrize("label", ["Posted by:", "Posted by", "by"])
def test_numbered_replies_labelled_with_their_poster(main_content: bool, label: str) -> None:
    text = _page(main_content, label)
    page = threadparse.parse(text)
    assert [(c.author, c.text.splitlines()[0]) for c in page.walk()] == REPLIES
    assert_nothing_lost(page, text)
