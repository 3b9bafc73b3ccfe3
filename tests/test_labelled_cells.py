"""An issue tracker's messages: each opens with a row of cells, the message's link, then
"Author: NAME (login) *" and "Date: DATE" (the star a member's mark), printed with tabs
(resiliparse), wide blanks (w3m, inscriptis: two fields may share a cell when the gap
between them is short) or html2text's bars. The row's labelled cells name the poster
and date the message. Invented messages."""

from __future__ import annotations

import pytest

import threadparse

MESSAGES = [
    ("Ada Wren (awren)", "2021-03-23 15:26", "A secure mktemp could be a random name."),
    ("Ada Wren (awren)", "2021-03-23 15:41", "I would change the name sequence instead."),
    ("Tomas Holt (tholt)", "2021-03-23 18:50", "You can use a temporary directory for the pipe."),
    ("Ada Wren (awren)", "2021-03-23 19:35", "Thanks, that works and it is safe as well."),
]


def _row(number: int, author: str, date: str, layout: str) -> str:
    cells = [f"msg{389393 + number} - (view)", f"Author: {author} *", f"Date: {date}"]
    if layout == "tabs":
        return "\t\t".join(cells)
    if layout == "bars":
        return f"msg{389393 + number} \\- [(view)](msg1) | Author: {author} * | Date: {date}"
    if layout == "short gap":  # (inscriptis: the last two fields one blank apart)
        return f"          {cells[0]}{' ' * 300}{cells[1]} {cells[2]}{' ' * 40}"
    return f"{' ' * 57}{cells[0]}{' ' * 120}{cells[1]}{' ' * 100}{cells[2]}"


@pytest.mark.parametrize("layout", ["tabs", "bars", "short gap", "wide"])
def test_a_rows_labelled_cells_name_and_date_the_message(layout: str) -> None:
    out = ["Issue 4360: mktemp alternative", "", "Created on 2021-03-23 by awren.", ""]
    out += ["Messages (4)"]
    for number, (author, date, text) in enumerate(MESSAGES):
        out += [_row(number, author, date, layout), "", text, ""]
    out += ["History", "Date\tUser\tAction\tArgs"]
    page = threadparse.parse("\n".join(out) + "\n")
    comments = list(page.walk())
    assert [c.author for c in comments] == [author for author, _, _ in MESSAGES]
    assert [c.date for c in comments] == [date for _, date, _ in MESSAGES]
