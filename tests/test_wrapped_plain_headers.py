"""A comment section of plain header lines ("NAME | DATE | Reply", a comment's number
under each), as w3m and lynx print a community blog's page at 80 columns: a header too
long for the width wrapped after the mark between two fields ("Ann Lee replied to this
comment from Bo Ek |" over "May 9, 2012 19:08 | Reply"), and one header opened by an
icon the converter took for a bullet ("● Cy Rand replied to …"). Invented page."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

COMMENTS = [
    ("Ann Lee", "", "The valuation makes no sense unless they sell the data."),
    ("Bo Ek", "", "They will sell it, that is the whole plan."),
    ("Cy Rand", "Bo Ek", "Selling it is one thing, getting paid for it another."),
    ("Dagny Sollberger-Whitcombe", "Cy Rand", "Advertisers pay, and they pay well."),
    ("Ed Lund", "", "Whatever happens, the early investors are fine."),
    ("Fay Orr", "Ed Lund", "The early investors always are, in every bubble."),
]


def _page(icon: bool) -> str:
    out = [
        "The Bubble, Again",
        "",
        "A long post about valuations and bubbles.",
        "",
        "6 Comments",
        "",
    ]
    for number, (name, answered, body) in enumerate(COMMENTS, start=1):
        date = f"May 9, 2012 1{number}:0{number}"
        head = f"{name} replied to this comment from {answered}" if answered else name
        line = f"{head} | {date} | Reply"
        if len(line) > 78:  # (wrapped at the width, after the mark between two fields)
            out += [f"{head} |", f"{date} | Reply"]
        elif icon and number == 3:
            out += [name, f"● {line}"]
        else:
            out += [line]
        out += [f"{number}:", "", body, ""]
    return "\n".join([*out, "Leave a comment", "", "Name", ""])


def test_a_header_wrapped_after_the_mark_between_two_fields() -> None:
    text = _page(icon=False)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, _, _ in COMMENTS]
    assert_nothing_lost(page, text)


def test_a_header_opened_by_an_icon_taken_for_a_bullet_is_one_of_the_run() -> None:
    text = _page(icon=True)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, _, _ in COMMENTS]
    assert [c.text.split("\n")[-1] for c in page.walk()][-1] == COMMENTS[-1][2]
    assert_nothing_lost(page, text)
