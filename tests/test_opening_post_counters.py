"""A forum's opening post prints its counters after its date, on the date's line
("5.3.2024 14:22 2 134 5 vastausta": views and answers; "March 5, 2024 2:22 PM 1,204
views"): the line still dates the post (`transform._opening_date`), whose name over it
opens the thread, and the line is no part of the body. Invented threads."""

from __future__ import annotations

import pytest

import threadparse

REPLIES = [
    ("Pump-Pekka", "Defrosting is normal: the unit runs a cycle every half hour."),
    ("marjatta_k", "Ours had the same fault. The outdoor unit stood too low."),
    ("Anonymous", "Thanks all! The drain hole was frozen shut."),
]


def _page(date: str, tail: str, reply_date: str) -> str:
    lines = ["Forum", "", "Heat pump freezes in the cold - normal?", ""]
    lines += ["Anonymous", f"{date} {tail}".rstrip(), ""]
    lines += ["Our two-year-old heat pump is all ice outside and blows lukewarm air.", ""]
    lines += ["Should I call for service or is this how it should be?", ""]
    lines += [f"{len(REPLIES)} replies", ""]
    for name, text in REPLIES:
        lines += [f"  • {name}", f"    {reply_date}", "", f"    {text}", ""]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("date", "tail", "reply_date"),
    [
        ("5.3.2024 14:22", "2 134 5 vastausta", "5.3.2024 14:51"),
        ("March 5, 2024 2:22 PM", "1,204 views", "March 5, 2024 3:10 PM"),
        ("2024-03-05 14:22", "87 3", "2024-03-05 16:05"),
        ("5.3.2024 14:22", "", "5.3.2024 14:51"),
    ],
)
def test_the_question_is_dated_past_its_counters(date: str, tail: str, reply_date: str) -> None:
    comments = list(threadparse.parse(_page(date, tail, reply_date)).walk())
    assert [c.author for c in comments] == ["Anonymous", *(n for n, _ in REPLIES)]
    assert comments[0].date == date
    assert comments[0].text.startswith("Our two-year-old heat pump")


def test_a_sentence_after_the_date_is_no_counter() -> None:
    page = threadparse.parse(_page("5.3.2024 14:22", "we had snow all week", "5.3.2024 14:51"))
    comments = list(page.walk())
    assert [c.author for c in comments] == [n for n, _ in REPLIES]
