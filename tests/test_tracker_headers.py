"""Headers of bug trackers and of Korean pages: a running label before every name
("Comment 1 Ann Lee 2021-03-14 14:02:37 UTC", taken off by repetition), a name and date
before the post's number ("Ann Lee (annl) wrote on 2019-09-09: #1"), labelled fields
before "Changed DATE by NAME" ("comment:4 follow-up: ↓ 5 Changed 3 years ago by ann"),
dotted dates with the year first ("2021.03.14. 13:22", "2024. 5. 14.", not a version
"2024.5.0"), a control glued to the time ("13:22신고"). Invented lines and a page."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L
from threadparse.dates import date_extent, find_date
from threadparse.outline import OutlineNode
from threadparse.posts import read_stamp


@pytest.mark.parametrize(
    "line, date",
    [
        ("2021.03.14. 13:22신고", "2021.03.14. 13:22"),
        ("귤밭산책 2021.03.14. 13:22", "2021.03.14. 13:22"),
        ("2024. 5. 14. 21:03", "2024. 5. 14. 21:03"),
        ("(2021.03.14 13:22)", "2021.03.14 13:22"),
    ],
)
def test_dotted_year_first_dates(line: str, date: str) -> None:
    match = find_date(line)
    assert match is not None and line[match.start() : date_extent(line, match)] == date


@pytest.mark.parametrize("line", ["2024.4.4 → 2024.5.0 issue", "v2021.03.14 release"])
def test_no_date_in_a_version(line: str) -> None:
    assert find_date(line) is None


@pytest.mark.parametrize(
    "line, author",
    [
        ("comment:4 follow-up: ↓ 5 Changed 3 years ago by lmarchetti", "lmarchetti"),
        ("comment:2 Changed 03/11/13 10:02:30 by tlange", "tlange"),
        ("귤밭산책 2021.03.14. 13:22", "귤밭산책"),
    ],
)
def test_headers(line: str, author: str) -> None:
    header = L.read_header(line)
    assert header is not None and header.author == author


def test_a_name_before_the_post_number() -> None:
    text = "Jorge Medina Ruiz (jmedina) wrote on 2019-09-09: #1"
    stamp = read_stamp(OutlineNode(None, text, 1, 1, 0, len(text), False))
    assert stamp is not None
    assert (stamp.author, stamp.number, stamp.date) == (
        "Jorge Medina Ruiz (jmedina)",
        1,
        "2019-09-09",
    )


TRACKER = """\
Bug 48213 - Printing a long table drops its last page
Status: RESOLVED FIXED
Product: Ledger
Component: Printing
Description Runa Halvorsen 2021-03-14 13:22:01 UTC
When a table runs over more than three pages, the printed copy stops one page short. The preview shows every page.
[reply] Comment 1 Deepak Rahn 2021-03-14 14:02:37 UTC
Confirmed with a 120-row table on the current nightly build. Smaller tables print fine.
[reply] Comment 2 Tomasz Wilk 2021-03-14 16:48:12 UTC
(In reply to Deepak Rahn from comment #1)
> Confirmed with a 120-row table on the current nightly build.
It depends on the page height, not on the rows: the last page is dropped when it holds a single row.
[reply] Comment 3 Runa Halvorsen 2021-03-15 09:10:44 UTC
That matches what I see. Thanks for narrowing it down.
[reply] Comment 4 Tomasz Wilk 2021-03-16 11:31:05 UTC
Fixed in the next build: the page count was rounded down.
Format For Printing - XML - Clone This Bug - Top of page
"""  # noqa: E501


def test_a_running_label_before_every_name() -> None:
    page = threadparse.parse(TRACKER)
    authors = [c.author for c in page.walk()]
    assert authors[-4:] == ["Deepak Rahn", "Tomasz Wilk", "Runa Halvorsen", "Tomasz Wilk"]
    assert "page count was rounded down" in page.comments[-1].text
    assert_nothing_lost(page, TRACKER)


# a ticket's change history: labelled fields (reply links) before "Changed DATE by NAME"
TICKET = """\
Ticket #2317 (closed defect: fixed)
CSV export writes the wrong encoding
Change History (4)

comment:1 follow-up: ↓ 3 Changed 03/11/13 09:14:52 by mkrause

  • owner set to mkrause

I can reproduce it. The export writes latin-1 although the database hands it UTF-8.

comment:2 Changed 03/11/13 10:02:30 by tlange

It also breaks the pupils' names, not only the course names. That is about forty rows a year for us.

comment:3 in reply to: ↑ 1; follow-ups: ↓ 4 Changed 03/11/13 13:45:08 by bschmitt

Please do not just switch to UTF-8: older spreadsheet programs open a UTF-8 file without a BOM wrongly.

comment:4 in reply to: ↑ 3 Changed 03/12/13 07:58:19 by mkrause

Fair point. I will write the BOM and keep a setting for the old encoding.

Download in other formats: Comma-delimited Text
"""  # noqa: E501


def test_labelled_fields_before_changed_by() -> None:
    page = threadparse.parse(TICKET)
    assert [c.author for c in page.walk()] == ["mkrause", "tlange", "bschmitt", "mkrause"]
    assert "older spreadsheet programs" in page.comments[2].text
    assert_nothing_lost(page, TICKET)
