"""A table of other topics under a thread (its heading, column heads, rows each with
counts and a date), under the thread's last activity date: no post, the page's lines
(`find._without_listing_last`)."""

from __future__ import annotations

from tests.conftest import assert_nothing_lost

import threadparse

POSTS = [
    ("corvid_ana", "Jan 4", "My loft insulation sweats on cold mornings, the boards are damp."),
    ("PeterGlass", "Jan 4", "Is there a vapour barrier on the warm side? That is the usual cause."),
    ("corvid_ana", "Jan 5", "No barrier at all. The previous owner laid the wool straight on."),
    ("hollis.b", "Jan 6", "Then add a barrier and ventilate the eaves, both are cheap to fix."),
    ("PeterGlass", "Jan 7", "And keep the hatch sealed, warm air leaks up through it too."),
]


def _page(heads: str, rows: list[str], gap: list[str]) -> str:
    """A thread (name over date over body), the thread's last date, then the table."""
    out = ["Home Fixers", "", "Damp loft boards", ""]
    for name, date, body in POSTS:
        out += [name, date, "", body, "", "Reply", ""]
    out += ["Jan 2024", "1 / 5", "Feb 11", *gap, "Suggested Topics", "", heads]
    out += [*rows, "", "Want to read more? Browse other topics or view latest topics."]
    return "\n".join(out) + "\n"


ROWS_TABS = [
    "Condensation on window frames",
    "Insulation",
    "\t\t\t\t2.3k\t\tDec 9",
    "Which vapour barrier for a cold roof?",
    "Roofing",
    "\t\t\t\t880\t\tJan 2",
]
ROWS_BLANKS = [
    "Condensation on window frames        14    2.3k  Dec 9",
    "Insulation",
    "Which vapour barrier for a cold roof?  6     880  Jan 2",
    "Roofing",
]


def _posts(text: str) -> list[threadparse.Comment]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return list(page.walk())


def test_tabbed_listing_is_no_post() -> None:
    posts = _posts(_page("Topic\t\tReplies\t\tViews\t\tActivity", ROWS_TABS, []))
    assert [c.author for c in posts] == [name for name, _, _ in POSTS]


def test_blank_spaced_listing_is_no_post() -> None:
    text = _page("Topic                        Replies Views Activity", ROWS_BLANKS, ["Reply"])
    posts = _posts(text)
    assert [c.author for c in posts] == [name for name, _, _ in POSTS]


def test_piped_listing_other_language() -> None:
    rows = [
        "[Kondenswasser am Fenster](/t/1)| 14| 2.3k| Dez 9",
        "[Welche Dampfbremse?](/t/2)| 6| 880| Jan 2",
    ]
    text = _page("Thema| Antworten| Aufrufe| Aktivität", ["---|---|---|---", *rows], [])
    posts = _posts(text)
    assert [c.author for c in posts] == [name for name, _, _ in POSTS]


def test_table_without_counts_stays() -> None:
    """Column heads over rows with no count (a post's own table of words, its author
    unread) are no listing of topics: the last post stays."""
    rows = ["Loft       wool     damp", "Attic      boards   dry", "Eaves      none     damp"]
    posts = _posts(_page("Room       Layer    State", rows, []))
    assert len(posts) == len(POSTS) + 1
