"""A comment's header line that w3m or lynx wrapped at 80 columns before its date: a
long name (a pingback's title, "A Post - A Blog") goes on over one or two lines under
the item's line, the date and reply link closing the last one. The lines read as one
header: its author the whole title, the lines taken off the body."""

from __future__ import annotations

import threadparse

W3M_WRAPPED = """\
Why we moved the kiln outside

Notes from a year of pit firing in the garden.

4 Kommentare

 1. [3fa2c1]
    Tamsin Oakes 3. Mai 2018 um 9:14 Uhr - Antworten

    Did the neighbours mind the smoke at all?

 2.
    Garden Ceramics Weekly - Pit firing, smoke and the neighbours: a round-up
    - Garden Ceramics Weekly 4. Mai 2018 um 10:40 Uhr - Antworten

    […] a careful write-up of a year of firing pots in a hole in the lawn […]

 3.
    What the neighbours thought of our kiln, and what we changed after the first
    winter of firing in the garden - Notes From The Potting Shed
    Household 5. Mai 2018 um 23:55 Uhr - Antworten

    […] we read this and moved ours too […]

 4. [7bd09e]
    Ivo Brandt 6. Mai 2018 um 8:01 Uhr - Antworten

    We fire at dawn for that reason.

Schreibe einen Kommentar
"""

TITLE_2 = (
    "Garden Ceramics Weekly - Pit firing, smoke and the neighbours: a round-up"
    " - Garden Ceramics Weekly"
)
TITLE_3 = (
    "What the neighbours thought of our kiln, and what we changed after the first"
    " winter of firing in the garden - Notes From The Potting Shed Household"
)


def test_a_header_wrapped_over_two_and_three_lines() -> None:
    page = threadparse.parse(W3M_WRAPPED)
    assert [c.author for c in page.walk()] == ["Tamsin Oakes", TITLE_2, TITLE_3, "Ivo Brandt"]
    assert page.comments[1].text.startswith("[…] a careful write-up")
    assert page.comments[2].text.startswith("[…] we read this")
    assert page.comments[2].date == "5. Mai 2018 um 23:55 Uhr"


LYNX_WRAPPED = """\
Why we moved the kiln outside

   Notes from a year of pit firing in the garden.

4 Kommentare

    1. [11]Tamsin Oakes 3. Mai 2018 um 9:14 Uhr [12]- Antworten
       Did the neighbours mind the smoke at all?
    2. [13]Garden Ceramics Weekly - Pit firing, smoke and the neighbours: a
       round-up - Garden Ceramics Weekly 4. Mai 2018 um 10:40 Uhr [14]- Antworten
       […] a careful write-up of a year of firing pots in a hole in the lawn
       […]
    3. [15]Ivo Brandt 6. Mai 2018 um 8:01 Uhr [16]- Antworten
       We fire at dawn for that reason.

Schreibe einen Kommentar
"""


def test_lynx_wrapped_headers() -> None:
    page = threadparse.parse(LYNX_WRAPPED)
    assert [c.author for c in page.walk()] == ["Tamsin Oakes", TITLE_2, "Ivo Brandt"]
    assert page.comments[1].text.startswith("[…] a careful write-up")
    assert page.comments[1].date == "4. Mai 2018 um 10:40 Uhr"


def test_a_short_line_over_a_dated_line_is_no_wrapped_header() -> None:
    # a short first line was not wrapped: the dated line under it is the body's
    text = W3M_WRAPPED.replace(
        "    Garden Ceramics Weekly - Pit firing, smoke and the neighbours: a round-up\n",
        "    Garden Ceramics Weekly\n",
    )
    page = threadparse.parse(text)
    assert TITLE_2 not in [c.author for c in page.walk()]
