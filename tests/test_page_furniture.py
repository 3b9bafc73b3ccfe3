"""Page furniture that is no comment: a sidebar's lists printed under the last comment
(an item titling a list of links), a list of dated links whose last item has the page's
next lines under it, a sentence ending in "today". All names and text are invented."""

from __future__ import annotations

import pytest

import threadparse
from threadparse import lines as L

SIDEBAR_W3M = """\
Harbour walk

A short report.

2 Kommentare

 1. ● Pia | 11.05.2012 15:36

    Windy but lovely.

 2. ● Oskar | 12.05.2012 18:47

    We saw seals there once.

  • Latest posts

      □ Spring in the park
      □ A rainy Sunday

    Friends

      □ kiosk notes
      □ tidal diary

    [sitebadge]

  • Latest remarks

      □ Mo on Spring in the park
      □ A long title of a post about the harbour, the seals and the kiosk on
        the pier bei Ida
"""

SIDEBAR_INSCRIPTIS = """\
Harbour walk

A short report.

2 Kommentare

  1. Pia | 11.05.2012 15:36

     Windy but lovely.

  2. Oskar | 12.05.2012 18:47

     We saw seals there once.

        * Latest posts

            + Spring in the park
            + A rainy Sunday

          Friends

            + kiosk notes
"""


@pytest.mark.parametrize("text", [SIDEBAR_W3M, SIDEBAR_INSCRIPTIS])
def test_a_sidebar_under_the_last_comment_is_no_reply(text: str) -> None:
    page = threadparse.parse(text)  # (its lines stay in the last comment's block)
    assert [(c.author, c.depth, c.text.split("\n")[0]) for c in page.walk()] == [
        ("Pia", 0, "Windy but lovely."),
        ("Oskar", 0, "We saw seals there once."),
    ]


REPLY_UNDER_LAST_W3M = """\
Harbour walk

2 Kommentare

 1. ● Pia | 11.05.2012 15:36

    Windy but lovely.

  • ● Oskar | 12.05.2012 18:47

    We saw seals there once.

      □ ● Pia | 12.05.2012 19:02

        Lucky you!
"""


def test_replies_under_the_last_comment_stay() -> None:
    page = threadparse.parse(REPLY_UNDER_LAST_W3M)
    assert [(c.author, c.depth) for c in page.walk()] == [("Pia", 0), ("Oskar", 1), ("Pia", 2)]


DATED_LINKS_LYNX = """\
Harbour walk

A short report.

More stories

     * [12]Harbour walk, part two March 2, 2021
     * [13]Harbour walk, part one February 7, 2021

Recent stories

     * [14]Winter swim March 9, 2021
     * [15]Harbour walk, part two March 2, 2021

Subscribe to the letter

Get the news every week.
"""

FLAT_DATED_HTML2TEXT = """\
Harbour walk

A short report.

  1. Ann Ode March 2, 2021

Nice walk, thanks.

  2. Bob Tarn March 3, 2021

We went there too.
"""


def test_the_last_of_a_list_of_dated_links_heads_no_comment() -> None:
    assert list(threadparse.parse(DATED_LINKS_LYNX).walk()) == []
    page = threadparse.parse(FLAT_DATED_HTML2TEXT)  # headers each over their body
    assert [(c.author, c.text) for c in page.walk()] == [
        ("Ann Ode", "Nice walk, thanks."),
        ("Bob Tarn", "We went there too."),
    ]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Mara Quist joins the harbour crew today. She", None),
        ("Tilo spent the whole day there yesterday", None),
        ("Ann • today", "Ann"),
        ("Ann - yesterday", "Ann"),
        ("Ann Ode | 2 days ago", "Ann Ode"),
    ],
)
def test_a_date_without_digits_ends_a_name_only_when_set_apart(
    line: str, author: str | None
) -> None:
    header = L.read_header(line)
    assert (header.author if header else None) == author
