"""A thread's collapse toggle printed a space after the bar of controls that closes a
header ("Ann 4 hours ago | parent | next [–]"): the toggle is part of the bar
(`lines.is_control_bar`), so the header reads as a name and an age, as it does with
the toggle glued to the last link ("next[–]"). The comment's date is the age alone:
the bar after it is no part of it (`posts.stamps`).

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L

# resiliparse, an aggregator's item page: every header ends in its bar and the toggle
PAGE = """\
Show: a tide table that runs on a pocket calculator
87 points by pellworm 6 hours ago | hide | past | favorite | 4 comments
I wrote this over a wet weekend. It needs the harmonic constants of your port.
hallig_anna 5 hours ago | next {toggle}

Lovely. Which calculator did you use, and how long does one day's table take?

reply
pellworm 5 hours ago | parent | next {toggle}

A second-hand one from a flea market. About forty seconds for a whole day.

reply
krabbe 4 hours ago | root | parent | prev {toggle}

Forty seconds is faster than the tide office's website on a bad day.

reply
moorland_ed 3 hours ago | prev {toggle}

The constants for small harbours are hard to find, any tips?

reply
"""


@pytest.mark.parametrize("toggle", ["[–]", "[+]", "[-]"])
def test_headers_with_a_spaced_toggle_are_read(toggle: str) -> None:
    text = PAGE.format(toggle=toggle)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["hallig_anna", "pellworm", "krabbe", "moorland_ed"]
    assert [c.date for c in page.walk()] == [
        "5 hours ago",
        "5 hours ago",
        "4 hours ago",
        "3 hours ago",
    ]
    assert page.walk().__next__().text.startswith("Lovely.")
    assert_nothing_lost(page, text)


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("krabbe 4 hours ago | root | parent | prev [–]", True),
        ("krabbe 4 hours ago | parent [+]", True),
        ("krabbe 4 hours ago | and the tide came in [–]", False),
        ("krabbe 4 hours ago | parent | next [not a toggle]", False),
    ],
)
def test_only_a_short_toggle_after_a_bar_of_links_is_no_text(line: str, read: bool) -> None:
    header = L.read_header(line)
    assert (header is not None and header.author == "krabbe") is read
