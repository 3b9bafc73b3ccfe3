"""lynx prints a reply's marker alone on its line and the reply's header left of it
("+" over an outdented "Ann says"); the reply's own replies use the next level's bullet
("o", "#"), which counts as a bullet only inside an item of the level above: the lone
marker's item stays open under its outdented text, so those bullets are read as such."""

from __future__ import annotations

import threadparse

LONE_MARKERS = """\
Pickling green beans

17 Comments

    1.
   [51]Wren Adler says
       [52]July 14, 2015 at 3:53 pm
       Do you blanch them first?
       [53]reply to comment
          +
        [54]Hal Moreau says
            [55]July 17, 2015 at 8:28 am
            Never: they stay crisp that way.
            [56]reply to comment
               o
             Ines Roh says
                 [57]November 24, 2016 at 4:32 pm
                 Same here, crisp every time.
                 [58]reply to comment
               o
             Pia Lund says
                 [59]June 23, 2018 at 8:42 am
                 Dill or no dill?
                 [60]reply to comment
                    #
                  Ines Roh says
                      [61]February 5, 2019 at 11:30 am
                      Always dill.
                      [62]reply to comment
    2.
   [63]Tor Beck says
       [64]July 20, 2015 at 9:00 am
       Great recipe.
"""


def _tree(text: str) -> list[tuple[int, str | None]]:
    return [(c.depth, c.author) for c in threadparse.parse(text).walk()]


def test_bullets_under_an_outdented_lone_marker() -> None:
    assert _tree(LONE_MARKERS) == [
        (0, "Wren Adler"),
        (1, "Hal Moreau"),
        (2, "Ines Roh"),
        (2, "Pia Lund"),
        (3, "Ines Roh"),
        (0, "Tor Beck"),
    ]


def test_a_lone_marker_over_an_item_of_its_own_bullet() -> None:
    # the lone marker, then the item on the next line at the same column ("+" over
    # "+ Ann dijo:"): the item replaces it, and "o" under it is its level's bullet
    text = """\
Otro artículo

    * Rosa dijo:
      Muy bueno.
      / [1]Responder
         +
         + Tomás dijo:
           Gracias, Rosa.
           / [2]Responder
              o
              o Rosa dijo:
                De nada.
"""
    assert _tree(text) == [(0, "Rosa"), (1, "Tomás"), (2, "Rosa")]


def test_an_o_in_prose_stays_a_word() -> None:
    # a lone "o" with no "+" item open left of it (the marker of a "1." list is open)
    text = """\
A poem

2 Comments

    1.
   Ada Stone says
       The last line:
            o
       what a strange word to end on.
    2.
   Bo Marsh says
       I liked it.
"""
    page = threadparse.parse(text)
    assert [(c.depth, c.author) for c in page.walk()] == [(0, "Ada Stone"), (0, "Bo Marsh")]
    assert "o" in page.comments[0].text.split()


# lynx prints each comment's heading (name and date) flush left, under its list item's
# marker; an item whose line holds a picture ("+ [avatar.jpg]") is no lone marker, so
# its heading at the margin closes it, and the "o" entries of its replies stand alone
FLUSH_LEFT_HEADINGS = """\
Sourdough starters compared

Comments 9

    1.

Wren Adler 3/12/2021 at 1:48am
       Do you blanch them first?
       [11]Reply
          + [hal-150x150.jpg]

Hal Moreau 3/16/2021 at 5:42am
            Never: they stay crisp that way.
            [12]Reply
               o

Ines Roh 6/1/2021 at 1:28am
                 Same here, crisp every time.
                 [13]Reply
          +

Pia Lund 8/26/2022 at 2:15pm
            Dill or no dill?
            [14]Reply
    2.

Tor Beck 3/13/2021 at 10:30pm
       Great recipe.
       [15]Reply
    3.

Una Vik 3/14/2021 at 3:33pm
       Made it twice already.
       [16]Reply
    4.

Cal Orr 3/15/2021 at 3:23pm
       Too salty for me.
       [17]Reply
    5.

Edda Moe 3/17/2021 at 3:46am
       Which vinegar do you use?
       [18]Reply
"""


def test_a_lone_o_over_a_flush_left_heading_is_a_bullet() -> None:
    assert _tree(FLUSH_LEFT_HEADINGS) == [
        (0, "Wren Adler"),
        (1, "Hal Moreau"),
        (2, "Ines Roh"),
        (1, "Pia Lund"),
        (0, "Tor Beck"),
        (0, "Una Vik"),
        (0, "Cal Orr"),
        (0, "Edda Moe"),
    ]


def test_a_lone_hash_over_a_flush_left_heading_is_a_bullet() -> None:
    # the fourth level: "#" alone under an "o" item whose heading went to the margin
    text = FLUSH_LEFT_HEADINGS.replace(
        "                 [13]Reply\n",
        "                 [13]Reply\n                    #\n\n"
        "Hal Moreau 6/2/2021 at 9:00am\n                      Thanks, Ines.\n",
    )
    assert _tree(text) == [
        (0, "Wren Adler"),
        (1, "Hal Moreau"),
        (2, "Ines Roh"),
        (3, "Hal Moreau"),
        (1, "Pia Lund"),
        (0, "Tor Beck"),
        (0, "Una Vik"),
        (0, "Cal Orr"),
        (0, "Edda Moe"),
    ]


def test_a_lone_o_over_an_indented_line_stays_a_word() -> None:
    text = FLUSH_LEFT_HEADINGS.replace("               o\n\nInes", "               o\n\n Ines")
    assert (2, "Ines Roh") not in _tree(text)
