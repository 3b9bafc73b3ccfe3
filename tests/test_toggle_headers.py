"""Threaded comments whose item line is a collapse toggle ("−", lynx's "(BUTTON) −"),
with a link of no text (a reply counter: lynx's "[11]") and then the header line under
it; a leaf comment's toggle printed before the name ("− vellum"); a note in parentheses
after a header's date ("(edited 3 hours ago)"). Invented pages in the shapes w3m and
lynx print such a thread."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost
from threadparse.lines import read_header

W3M = """\
What editor do you still use?

Posted 5 hours ago by ottersong

12 comments

 1. −
    [4]
    ottersong 5 hours ago Link
    Mine is older than some of my colleagues.

      □ Vote (12)
      □ Reply
     1. −
        [2]
        pale_finch 4 hours ago (edited 3 hours ago) Link Parent
        Same here, the key bindings are in my fingers now.

          □ Vote (4)
          □ Reply
         1. − rookwood 3 hours ago Link Parent
            Which version do you run?

              □ Vote (1)
              □ Reply
 2. −
    [1]
    marram 2 hours ago Link
    I switched last year and regret nothing.

      □ Vote (2)
      □ Reply
"""

LYNX = """\
What editor do you still use?

   Posted 5 hours ago by [1]ottersong

12 comments

    1. (BUTTON) −
       [4]
       [5]ottersong 5 hours ago [6]Link
       Mine is older than some of my colleagues.
          (BUTTON) Vote (12)
          (BUTTON) Reply
         1. (BUTTON) −
            [7]
            [8]pale_finch 4 hours ago (edited 3 hours ago) [9]Link [10]Parent
            Same here, the key bindings are in my fingers now.
               (BUTTON) Vote (4)
               (BUTTON) Reply
    2. (BUTTON) −
       [11]
       [12]marram 2 hours ago [13]Link
       I switched last year and regret nothing.
          (BUTTON) Vote (2)
          (BUTTON) Reply
"""


def test_w3m_toggle_items_over_their_headers() -> None:
    page = threadparse.parse(W3M)
    assert [(c.author, c.depth, c.date) for c in page.walk()] == [
        ("ottersong", 0, "5 hours ago"),
        ("pale_finch", 1, "4 hours ago"),
        ("rookwood", 2, "3 hours ago"),
        ("marram", 0, "2 hours ago"),
    ]
    assert page.comments[0].children[0].text.startswith("Same here, the key bindings")
    assert_nothing_lost(page, W3M)


def test_lynx_button_toggles_over_their_headers() -> None:
    page = threadparse.parse(LYNX)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("ottersong", 0),
        ("pale_finch", 1),
        ("marram", 0),
    ]
    assert page.comments[1].text.startswith("I switched last year")
    assert_nothing_lost(page, LYNX)


def test_a_note_after_the_date_keeps_the_header() -> None:
    header = read_header("pale_finch 4 hours ago (edited 3 hours ago) Link Parent")
    assert header is not None and (header.author, header.date) == ("pale_finch", "4 hours ago")
    assert read_header("Ann 4 hours ago I think we should all go there") is None


def test_a_year_of_two_digits_and_an_edit_stamp_after_the_date() -> None:
    header = read_header("Ikaia Renn • Mar 14 '21 • Edited on Mar 15 '21")
    assert header is not None and (header.author, header.date) == ("Ikaia Renn", "Mar 14 '21")
    header = read_header("– Bo Marsh Nov 20 '20 at 16:52")
    assert header is not None and (header.author, header.date) == (
        "Bo Marsh",
        "Nov 20 '20 at 16:52",
    )
    header = read_header("Ann • 2 hours ago • updated 1 hour ago")
    assert header is not None and header.date == "2 hours ago"
    assert read_header("Ann 3 May 2019 I went there on May 4 and it was fine") is None
