"""Pictures' placeholders printed in the left margin of a body's lines: w3m prints a
spacer picture (the indentation of a reply) as "[s]" before the text of one line of
many ("      [s]   Not to mention …"). A bracketed word of one to three letters alone
in a line's margin, repeated down the page, is no text: it is blanked before the
lines are read (`threadparse.source.blank_margin_pictures`), so the text neither opens
with it nor stands at the placeholder's column. A bracketed word inside a sentence,
after a single space ("[x] Done"), alone on its line (a button: "[Go]") or in one
margin only, stays.

Every fixture here is invented, in the shapes w3m prints a link aggregator's comment
page.
"""

from __future__ import annotations

import threadparse
from threadparse.source import blank_margin_pictures


def _comments(text: str) -> list[tuple[int, str | None, str]]:
    return [(c.depth, c.author, c.text) for c in threadparse.parse(text).walk()]


# the spacer "[s]" on the first, second or last line of a reply's body
SPACERS = """\
      ● Signal Board new | past | comments | ask | show | jobs |     login
        submit
         Glass frogs hide their blood in their livers while they sleep (
         sciencedaily.com)
         112 points by quillon 4 hours ago | hide | past | favorite |
         5 comments

         [add comment]



          oskarbrand 2 hours ago [–]

          That is a remarkable trick. Packing nearly all the red cells
      *   into one organ and then releasing them again at dawn without
          clotting sounds impossible to me.

          reply

            tinwhistle 1 hour ago [–]

      [s]   The paper says the liver stretches to hold them, which is
            about as strange as the rest of it.

            reply

            pennyroyal 47 minutes ago [–]

            Does anyone know whether the same thing happens in the
      [s]   tadpoles, or only in adults that live up in the canopy?

            reply

          lumen_dog 30 minutes ago [–]

          I read the whole article and still cannot work out how they
      *   measured it without waking the frogs up first.

          reply

            hask_ell 12 minutes ago [–]

      [s]   Ultrasound through the skin, done in the dark with a red
            lamp, according to the methods section.

            reply



      *


                   Applications are open for the Winter batch

      Guidelines | FAQ | Lists | API | Security | Legal | Contact
"""


def test_spacer_placeholders_are_no_text() -> None:
    comments = _comments(SPACERS)
    assert [(depth, author) for depth, author, _ in comments] == [
        (0, "oskarbrand"),
        (1, "tinwhistle"),
        (1, "pennyroyal"),
        (0, "lumen_dog"),
        (1, "hask_ell"),
    ]
    assert all("[s]" not in text for _, _, text in comments)
    assert comments[1][2] == (
        "The paper says the liver stretches to hold them, which is\n"
        "about as strange as the rest of it."
    )
    assert comments[2][2].endswith("tadpoles, or only in adults that live up in the canopy?")
    assert comments[4][2].startswith("Ultrasound through the skin, done in the dark")


# another placeholder, "[sp]", its gap narrower, on replies two deep; "[x]" in a sentence
WIDER_SPACERS = """\
      ● Tinkerers Board new | threads | ask | show |     login
         Ask TB: What do you keep in your field repair kit? (
         tinkerers.example.org)
         64 points by harrow_j 6 hours ago | hide | past |
         4 comments

         [add comment]



          ines_v 5 hours ago [–]

          Zip ties, a spare fuse for every size the van uses and a roll
      *   of self-fusing tape. I tick each one off a list with an [x]
          before every trip.

          Reply · Flag

            corwen 4 hours ago [–]

      [sp]  The self-fusing tape has saved me more than once on a
            split radiator hose, it holds until you reach a town.

            Reply · Flag

              ines_v 3 hours ago [–]

      [sp]    Same here. It does not hold on the hot side though, so I
              carry a length of spare hose as well.

              Reply · Flag

          bramble_k 2 hours ago [–]

          A multimeter and a set of jumper leads with clips on both
      *   ends. Half the faults I meet are a loose earth somewhere.

          Reply · Flag



      *


      Guidelines | FAQ | Contact
"""


def test_other_placeholders_and_deeper_replies() -> None:
    comments = _comments(WIDER_SPACERS)
    assert [(depth, author) for depth, author, _ in comments] == [
        (0, "ines_v"),
        (1, "corwen"),
        (2, "ines_v"),
        (0, "bramble_k"),
    ]
    assert comments[1][2].startswith("The self-fusing tape has saved me")
    assert comments[2][2].startswith("Same here. It does not hold on the hot side")
    assert "I tick each one off a list with an [x]" in comments[0][2]


def test_placeholders_that_are_text_stay() -> None:
    text = (
        "Packing list\n"
        "[x] Done: the fuses\n"
        "[x] Done: the tape\n"
        "I ticked [x]   before leaving\n"
        "[ok]   once, in the margin\n"
        "[Go]\n"
        "   [Go]\n"
    )
    assert blank_margin_pictures(text) == text


def test_blanked_placeholders_keep_the_lengths() -> None:
    text = "  Ann 2 hours ago\n[s]   Hello there\n   [s]  and again\n"
    blanked = blank_margin_pictures(text)
    assert blanked == "  Ann 2 hours ago\n      Hello there\n        and again\n"
    assert len(blanked) == len(text)
