"""Comment headers that are a name and the comment's age in short units ("3h", "47m",
"2d", "5mo"), perhaps with the score between, glued where the converter dropped the
spaces ("wren_o124h": wren_o, 12 points, 4 hours) or spaced ("wren_o 12 4h"): a link
aggregator's or a social site's thread. Such items head comments where at least three
lines of the page read so; replies nest by the items' own nesting, or by their columns
where the bodies stand at the margin (html2text). A badge glued after several names
("wren_oOP") is no part of the name."""

from __future__ import annotations

import threadparse
from threadparse import lines as L

GLUED = """\
Which kettle descales fastest?

fennimore_q to teatime • 9h

I have tried vinegar and citric acid, and both leave a film on the element.

Sort
  • wren_o124h

    Citric acid twice in a row, then a plain boil with fresh water to rinse it.

    • Tobias Klee75h

      Twice sounds like a lot, once has always been enough for our old kettle.

      • wren_oOP32h

        Our water is very hard, that is probably the difference here.

  • marl_dune3047m

    A dishwasher tablet dissolved in hot water works too, if you rinse well.

    • fennimore_qOP92d

      That one I had not heard of, I will try it on the weekend.

  • Tobias Klee11mo

    Late to this, but a lemon slice left overnight did the trick for us.

About
  • 4.2K readers
"""

SPACED = """\
    Crumb board
                      Garden hose that stops kinking?

          Every hose we buy kinks within a month, whatever the price was.

        Sort
              * pell_ary 5 12h

                  Rubber ones kink less than the vinyl ones, in my experience anyway.

                5
                  + Ossian Brede 14 3d

                      Seconded, and store it on a reel rather than in a heap.

                    14
                      o pell_ary 2 40m

                          A reel it is, thanks to both of you for the advice.

                        2
              * quillby 0 1w

                  Flat hoses are another option if the kinks keep coming back.

                0
"""

HTML2TEXT = """\
# Best way to store winter tyres?

  * [![](https://board.example/pic/301.png)dovetail_r](https://board.example/u/dovetail_r "dovetail_r")[21](/comment/301)6h

Stacked flat on their sides, in bags, somewhere cool and dark.

21[](/comment/301 "link")

    * [![](https://board.example/pic/302.png)Aino Varga](https://board.example/u/Aino Varga "Aino Varga")[4](/comment/302)2h

Hanging them on hooks works too, once they are off the rims.

4[](/comment/302 "link")

  * [![](https://board.example/pic/303.png)grebe77](https://board.example/u/grebe77 "grebe77")[9](/comment/303)1d

We pay the garage to keep them, which is cheaper than it sounds.
"""  # noqa: E501

LYNX = """\
Best way to store winter tyres?

     * (BUTTON) [4]dovetail_r[5]216h
       Stacked flat on their sides, in bags, somewhere cool and dark.
       (BUTTON) 21 (BUTTON)
          + (BUTTON) [6]Aino Varga[7]42h
            Hanging them on hooks works too, once they are off the rims.
            (BUTTON) 4 (BUTTON)
     * (BUTTON) [8]grebe77[9]91d
       We pay the garage to keep them, which is cheaper than it sounds.
       (BUTTON) 9 (BUTTON)
"""

NO_REPEAT = """\
Release checklist

  * Freeze the branch 2d

    Nobody merges after the freeze, except fixes for release blockers.

  * Tag the release candidate

    The candidate goes to the testers on the same day it is tagged.
"""


def _tree(text: str) -> list[tuple[int, str | None]]:
    return [(c.depth, c.author) for c in threadparse.parse(text).walk()]


def test_glued_name_score_and_age_head_nested_comments() -> None:
    assert _tree(GLUED) == [
        (0, "wren_o"),
        (1, "Tobias Klee"),
        (2, "wren_o"),
        (0, "marl_dune"),
        (1, "fennimore_q"),
        (0, "Tobias Klee"),
    ]
    page = threadparse.parse(GLUED)
    assert page.comments[0].text.startswith("Citric acid twice")
    assert "4.2K readers" not in page.comments[-1].text


def test_spaced_name_score_and_age_head_nested_comments() -> None:
    assert _tree(SPACED) == [
        (0, "pell_ary"),
        (1, "Ossian Brede"),
        (2, "pell_ary"),
        (0, "quillby"),
    ]


def test_html2text_flat_bodies_nest_by_the_items_columns() -> None:
    assert _tree(HTML2TEXT) == [(0, "dovetail_r"), (1, "Aino Varga"), (0, "grebe77")]
    page = threadparse.parse(HTML2TEXT)
    assert page.comments[1].text.startswith("We pay the garage")


def test_lynx_link_numbers_end_the_name() -> None:
    assert _tree(LYNX) == [(0, "dovetail_r"), (1, "Aino Varga"), (0, "grebe77")]


def test_one_item_ending_in_an_age_is_no_thread() -> None:
    assert threadparse.parse(NO_REPEAT).comments == []


def test_aged_header_line_readings() -> None:
    assert L.aged_header("wren_o124h") == L.Header("wren_o", date="124h", evidence="date")
    assert L.aged_header("pell_ary 5 12h") == L.Header("pell_ary", date="12h", evidence="date")
    assert L.aged_header("Aino Varga · 3d") == L.Header("Aino Varga", date="3d", evidence="date")
    assert L.aged_header("Freeze the branch 2d") is None  # no score, no mark, not glued
    assert L.aged_header("see https://x.example/a1d") is None
