"""A comment section printed without list markers whose headers are "NAME said..."
lines with each body indented under its header (lynx's print of a Blogger comment
list, a <dl> of <dt> headers over <dd> bodies): right after the count, the first such
header opens the thread, the first comment included, however short the bodies."""

from __future__ import annotations

import threadparse

LYNX_SAID = """\
Pit firing in the garden

   Notes from a year of firing pots in a hole in the lawn.
   Posted by Tamsin Oakes at [3]10:19 PM

4 comments:

   [4]Ivo Brandt said...
          Did the neighbours mind the smoke?

          [5]March 3, 2012 9:14 AM [6][icon_delete13.gif]

   [7]Tamsin Oakes said...
          We fire at dawn for that reason.

          [8]March 3, 2012 11:02 AM [9][icon_delete13.gif]

   Anonymous said...
          Sawdust anyone

          [10]March 4, 2012 8:40 PM [11][icon_delete13.gif]

   Anonymous said...
          Straw.com
          That is all.

          [12]March 5, 2012 7:05 AM [13][icon_delete13.gif]

   Post a Comment
"""


def _tree(text: str) -> list[tuple[str | None, str]]:
    return [(c.author, c.text.split("\n")[0]) for c in threadparse.parse(text).walk()]


def test_said_headers_over_indented_bodies() -> None:
    assert _tree(LYNX_SAID) == [
        ("Ivo Brandt", "Did the neighbours mind the smoke?"),
        ("Tamsin Oakes", "We fire at dawn for that reason."),
        ("Anonymous", "Sawdust anyone"),
        ("Anonymous", "Straw.com"),
    ]


def test_said_headers_without_link_numbers() -> None:
    text = LYNX_SAID.replace("[4]Ivo", "Ivo").replace("[7]Tamsin", "Tamsin")
    assert [author for author, _ in _tree(text)] == [
        "Ivo Brandt",
        "Tamsin Oakes",
        "Anonymous",
        "Anonymous",
    ]


def test_said_headers_with_no_count_over_them_are_no_thread() -> None:
    # the rule reads headers right after a count only
    assert _tree(LYNX_SAID.replace("4 comments:\n\n", "")) == []
