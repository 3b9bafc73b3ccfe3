"""Comments whose vote count is printed over their header line, under an item line
that only stands for a control (a checkbox "[ ]", a picture "[up]", html2text's empty
vote link): the header is read under the score; lynx's header lines wrapped inside
their date or their bar of controls; and the stairs resiliparse prints when each
comment leaves an empty reply list open (every comment one level under the one
before, climbing back only where a list closes), read back to the thread's depths.
All names and text are invented."""

from __future__ import annotations

import re

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L

W3M_CHECKBOXES = """\
Workshop notes

The story text.

 1. Sign in to reply.
 2. [ ]
    12
    maren_q avatar maren_q 5 hours ago | link | reply

    The kelp survey took three mornings and the counts held up well.

     1. [ ]
        4
        Oskar Wend avatar Oskar Wend 2 hours ago | link | reply

        Did you log the water temperature as well, or only the counts?

         1. [ ]
            3
            maren_q avatar maren_q 1 hour ago | link | reply

            Only the counts this time, the probe was out for repair.

 3. [ ]
    9
    brindle avatar brindle 9 hours ago | link | reply

    Lovely write-up, thanks for posting the raw numbers too.

 4. [ ]
    2
    tallow.k avatar tallow.k 7 hours ago | link | reply

    Which tide tables did you use for the survey windows?

     1. [ ]
        5
        Oskar Wend avatar Oskar Wend 6 hours ago | link | reply

        The harbour office ones, they are the only local ones.

 5. [ ]
    1
    quillon avatar quillon 3 hours ago | link | reply

    Next year I would love to join one of the mornings.

About · Privacy
"""

W3M_PICTURES = """\
Workshop notes

The story text.

  • Sign in to reply.
  • [up]
    31
    pell avatar pell 3 days ago · link · reply

    Swapping the bearings fixed the squeal on our old lathe for good.

  • [up]
    18
    Juno Marsh avatar Juno Marsh 2 days ago · link · reply

    We had the same squeal and it turned out to be the belt guard.

      □ [up]
        7
        rook77 avatar rook77 2 days ago · link · reply

        Belt guard here as well, a washer under the bolt sorted it.

      □ [up]
        2
        pell avatar pell 1 day ago · link · reply

        Good to know, I never checked the guard on mine.

  • [up]
    11
    stavanger avatar stavanger 1 day ago · link · reply

    What grease did you pack the new bearings with?

      □ [up]
        6
        pell avatar pell 20 hours ago · link · reply

        A plain lithium grease, nothing fancy at all.

          ☆ [up]
            1
            stavanger avatar stavanger 18 hours ago · link · reply

            Thanks, I will try that next weekend then.

  • [up]
    3
    Ada Coyle avatar Ada Coyle 12 hours ago · link · reply

    Good post, the photos of the old races were a nice touch.

About · Privacy
"""

LYNX_CHECKBOXES = """\
                                 Workshop notes

   The story text.
    1. Sign in to reply.
    2. [ ]
       12
       maren_q avatar [1]maren_q 5 hours ago | [2]link | [3]reply
       The kelp survey took three mornings and the counts held up well.
         1. [ ]
            4
            Oskar Wend avatar [4]Oskar Wend 2 hours ago | [5]link |
            [6]reply
            Did you log the water temperature as well, or only the counts?
              1. [ ]
                 3
                 maren_q avatar [7]maren_q 1 hour ago | [8]link | [9]reply
                 Only the counts this time, the probe was out for repair.
    3. [ ]
       9
       brindle avatar [10]brindle 9 hours ago | [11]link | [12]reply
       Lovely write-up, thanks for posting the raw numbers too.
    4. [ ]
       2
       tallow.k avatar [13]tallow.k 7 hours ago | [14]link | [15]reply
       Which tide tables did you use for the survey windows?
         1. [ ]
            5
            Oskar Wend avatar [16]Oskar Wend 6 hours ago | [17]link |
            [18]reply
            The harbour office ones, they are the only local ones.
    5. [ ]
       1
       quillon avatar [19]quillon 3 hours ago | [20]link | [21]reply
       Next year I would love to join one of the mornings.

   About · Privacy
"""

# the same, each score a link lynx numbers ("[90]12")
LYNX_LINKED_SCORES = re.sub(r"(?m)^( +)([0-9]+)$", r"\g<1>[9\2]\2", LYNX_CHECKBOXES)

LYNX_WRAPPED = """\
   [1]Mill Lane Forum
    1. [ ]
       21
       [2]hester avatar [3]hester [4]2 days ago · [5]permalink · [6]flag
       Our allotment shed lost its roof in the storm, any tips for felt?
         1. [ ]
            6
            [7]Dov Kestrel avatar [8]Dov Kestrel [9]1 day ago · [10]permalink
            · [11]flag
            Torch-on felt lasts longer, but it needs two people and a dry day.
              1. [ ]
                 2
                 [12]hester avatar [13]hester [14]23 hours ago · [15]permalink
                 · [16]flag
                 Two people I can find, the dry day is the hard part here.
                   1. [ ]
                      1
                      [17]Hesketh Marlowe avatar [18]Hesketh Marlowe [19]22
                      hours ago · [20]permalink · [21]flag
                      I can lend a hand on Saturday if the forecast holds.
    2. [ ]
       4
       [22]winnow_p avatar [23]winnow_p [24]19 hours ago · [25]permalink ·
       [26]flag
       Screw a batten along each edge, or the wind lifts it again.
"""

HTML2TEXT_VOTES = """\
  1. [](/vote/1)

14

[![hedda_v avatar](/img/hedda_v.png)](/people/hedda_v) [hedda_v](/people/hedda_v) [6 hours ago](/t/91#c_a1) | [link](/c/a1) | reply

The ferry cafe now opens at seven, which suits the early crossing.

     1. [](/vote/2)

3

[![Lorcan Dey avatar](/img/Lorcan Dey.png)](/people/Lorcan Dey) [Lorcan Dey](/people/Lorcan Dey) [4 hours ago](/t/91#c_a2) | [link](/c/a2) | reply

Do they still do the bacon rolls, or was that only last summer?

  2. [](/vote/3)

9

[![sorrel.b avatar](/img/sorrel.b.png)](/people/sorrel.b) [sorrel.b](/people/sorrel.b) [2 hours ago](/t/91#c_a3) | [link](/c/a3) | reply

Seven is still too late for the first boat, sadly.

  3. [](/vote/4)

1

[![ketch avatar](/img/ketch.png)](/people/ketch) [ketch](/people/ketch) [1 hour ago](/t/91#c_a4) | [link](/c/a4) | reply

The card machine was broken again this morning, bring cash.
"""  # noqa: E501

HTML2TEXT_SPACED = """\
  1. [▲](/up/5)

27

[![Wren Aldous avatar](/av/Wren Aldous.jpg)](/~Wren Aldous) [Wren Aldous](/~Wren Aldous) [3 days ago](/p/7#r5) · [permalink](/r/5) · flag

The quarry path is closed again after the landslip near the gate.

     1. [▲](/up/6)

11

[![tobin_k avatar](/av/tobin_k.jpg)](/~tobin_k) [tobin_k](/~tobin_k) [2 days ago](/p/7#r6) · [permalink](/r/6) · flag

The council says it reopens once the fence is rebuilt, maybe May.

          1. [▲](/up/7)

2

[![Wren Aldous avatar](/av/Wren Aldous.jpg)](/~Wren Aldous) [Wren Aldous](/~Wren Aldous) [1 day ago](/p/7#r7) · [permalink](/r/7) · flag

May would be fine, the orchids are out by then anyway.

  2. [▲](/up/8)

5

[![pim_oak avatar](/av/pim_oak.jpg)](/~pim_oak) [pim_oak](/~pim_oak) [20 hours ago](/p/7#r8) · [permalink](/r/8) · flag

The lower path round the pond is open and just as pretty.

  3. [▲](/up/9)

3

[![Odile Frant avatar](/av/Odile Frant.jpg)](/~Odile Frant) [Odile Frant](/~Odile Frant) [9 hours ago](/p/7#r9) · [permalink](/r/9) · flag

Thanks all, we will take the pond path on Sunday then.
"""  # noqa: E501

RESILIPARSE_STAIRS = """\
Workshop notes

The story text.

  1. Sign in to reply.
  2. 12
    maren_q avatar maren_q 5 hours ago | link | reply

    The kelp survey took three mornings and the counts held up well.

    1. 4
      Oskar Wend avatar Oskar Wend 2 hours ago | link | reply

      Did you log the water temperature as well, or only the counts?

      1. 3
        maren_q avatar maren_q 1 hour ago | link | reply

        Only the counts this time, the probe was out for repair.

    2. 9
      brindle avatar brindle 9 hours ago | link | reply

      Lovely write-up, thanks for posting the raw numbers too.

      1. 2
        tallow.k avatar tallow.k 7 hours ago | link | reply

        Which tide tables did you use for the survey windows?

        1. 5
          Oskar Wend avatar Oskar Wend 6 hours ago | link | reply

          The harbour office ones, they are the only local ones.

        2. 1
          quillon avatar quillon 3 hours ago | link | reply

          Next year I would love to join one of the mornings.

          About · Privacy
"""

RESILIPARSE_BULLET_STAIRS = """\
Workshop notes

The story text.

  • Sign in to reply.
  • 8
    corrie avatar corrie 4 hours ago · link · reply

    The night bus timetable changed again without any notice at all.

    • 6
      Bex Hollin avatar Bex Hollin 3 hours ago · link · reply

      It changes every spring, the notice goes up at the depot only.

      • 3
        mallow_22 avatar mallow_22 3 hours ago · link · reply

        Which depot, the one by the river or the one past the market?

        • 2
          Bex Hollin avatar Bex Hollin 2 hours ago · link · reply

          The one by the river, next to the old ticket hall.

      • 5
        yarrowin avatar yarrowin 2 hours ago · link · reply

        The new last bus leaves ten minutes earlier than before.

        • 1
          corrie avatar corrie 1 hour ago · link · reply

          That explains why I missed it twice this week.

        • 4
          Tam Ostrow avatar Tam Ostrow 50 minutes ago · link · reply

          Someone should ask the council to post it online too.

          • 2
            fennick avatar fennick 20 minutes ago · link · reply

            I wrote to them last month and heard nothing back yet.

            About · Privacy
"""

CHECKBOX_TREE = [
    ("maren_q", 0),
    ("Oskar Wend", 1),
    ("maren_q", 2),
    ("brindle", 0),
    ("tallow.k", 0),
    ("Oskar Wend", 1),
    ("quillon", 0),
]
PICTURE_TREE = [
    ("pell", 0),
    ("Juno Marsh", 0),
    ("rook77", 1),
    ("pell", 1),
    ("stavanger", 0),
    ("pell", 1),
    ("stavanger", 2),
    ("Ada Coyle", 0),
]
WRAPPED_TREE = [
    ("hester", 0),
    ("Dov Kestrel", 1),
    ("hester", 2),
    ("Hesketh Marlowe", 3),
    ("winnow_p", 0),
]
VOTES_TREE = [("hedda_v", 0), ("Lorcan Dey", 1), ("sorrel.b", 0), ("ketch", 0)]
SPACED_TREE = [
    ("Wren Aldous", 0),
    ("tobin_k", 1),
    ("Wren Aldous", 2),
    ("pim_oak", 0),
    ("Odile Frant", 0),
]
BULLET_STAIRS_TREE = [
    ("corrie", 0),
    ("Bex Hollin", 0),
    ("mallow_22", 1),
    ("Bex Hollin", 2),
    ("yarrowin", 0),
    ("corrie", 1),
    ("Tam Ostrow", 0),
    ("fennick", 0),
]


def _tree(page: threadparse.Page) -> list[tuple[str | None, int]]:
    return [(comment.author, comment.depth) for comment in page.walk()]


@pytest.mark.parametrize(
    ("text", "tree"),
    [
        (W3M_CHECKBOXES, CHECKBOX_TREE),
        (W3M_PICTURES, PICTURE_TREE),
        (LYNX_CHECKBOXES, CHECKBOX_TREE),
        (LYNX_LINKED_SCORES, CHECKBOX_TREE),
        (LYNX_WRAPPED, WRAPPED_TREE),
        (HTML2TEXT_VOTES, VOTES_TREE),
        (HTML2TEXT_SPACED, SPACED_TREE),
        (RESILIPARSE_STAIRS, CHECKBOX_TREE),
        (RESILIPARSE_BULLET_STAIRS, BULLET_STAIRS_TREE),
    ],
)
def test_a_score_over_the_header_line(text: str, tree: list[tuple[str, int]]) -> None:
    page = threadparse.parse(text)
    assert _tree(page) == tree
    assert_nothing_lost(page, text)


@pytest.mark.parametrize("text", [W3M_CHECKBOXES, W3M_PICTURES, LYNX_WRAPPED, HTML2TEXT_VOTES])
def test_the_score_and_the_wrapped_header_are_no_body(text: str) -> None:
    comments = list(threadparse.parse(text).walk())
    assert len(comments) >= 4
    for comment in comments:
        first = comment.text.split("\n")[0]
        assert not first.isdigit() and "link" not in first and "flag" not in first, first
        assert [meta.text for meta in comment.meta if meta.role == "score"]


def test_a_header_wrapped_inside_its_date_keeps_the_date() -> None:
    dates = [comment.date for comment in threadparse.parse(LYNX_WRAPPED).walk()]
    assert dates == ["2 days ago", "1 day ago", "23 hours ago", "22 hours ago", "19 hours ago"]


def test_stairs_spans_hold_their_own_subtrees() -> None:
    page = threadparse.parse(RESILIPARSE_BULLET_STAIRS)
    first, second = page.comments[:2]
    assert first.span.end_line < second.span.start_line
    assert second.span.end_line >= second.children[0].children[0].span.end_line


DEEP_ONE_TOP = """\
A question about kilns

  1. 7
    odalys 3 hours ago | link | reply

    How long should a small kiln cool before opening?

    1. 5
      brannock 2 hours ago | link | reply

      Overnight at least, or the glaze crazes.

      1. 2
        odalys 2 hours ago | link | reply

        Overnight it is, thank you.

    2. 4
      Seren Paley 1 hour ago | link | reply

      Mine takes a whole day with the lid shut.

    3. 1
      tuft 40 minutes ago | link | reply

      Same here, a day and a bit.

      1. 1
        odalys 20 minutes ago | link | reply

        Good to know.
"""


CHAIN_ONE_TOP = """\
Notes on sourdough

  1. 6
    wilmot 5 hours ago | link | reply

    Mine never rises past the second fold.

    1. 4
      Greta Fenn 4 hours ago | link | reply

      Warmer water helps, around body heat.

    2. 3
      oriel 4 hours ago | link | reply

      Try a longer autolyse first.

      1. 2
        wilmot 3 hours ago | link | reply

        How long is longer?

        1. 2
          oriel 2 hours ago | link | reply

          An hour at least.

          1. 1
            wilmot 1 hour ago | link | reply

            Will try that tonight.

About · Contact
"""


@pytest.mark.parametrize(
    ("text", "depths"),
    [(DEEP_ONE_TOP, [0, 1, 2, 1, 1, 2]), (CHAIN_ONE_TOP, [0, 1, 1, 2, 3, 4])],
)
def test_a_thread_under_one_top_comment_is_kept(text: str, depths: list[int]) -> None:
    """Climbing back as often as it goes down, or closed before a line at the margin:
    no leaked stairs."""
    assert [c.depth for c in threadparse.parse(text).walk()] == depths


@pytest.mark.parametrize(
    ("header", "line", "tail"),
    [
        ("Ann 3 hours ago | [5]link |", "[6]reply", True),
        ("Ann 3 hours ago · [10]permalink", "· [11]flag", True),
        ("Ann 3 hours ago |", "Thanks for this, it helped a lot.", False),
        ("Ann 3 hours ago", "flag this", False),
    ],
)
def test_a_bar_of_controls_wrapped_onto_the_next_line(header: str, line: str, tail: bool) -> None:
    assert L.ends_bar(header, line) is tail


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("[![Ann Lee](/a/Ann Lee.png)](/u/Ann Lee) [Ann Lee](/u/Ann Lee) [2 hours ago](/c/1)",
         "Ann Lee 2 hours ago"),
        ("see [the notes](http://x.example/n) and (the map)", "see the notes and (the map)"),
        ("[Bo](/u/Bo \"Bo's page\") says:", "Bo says:"),
    ],
)  # fmt: skip
def test_link_targets_with_spaces(line: str, shown: str) -> None:
    assert L.plain(line) == shown


EDITED = """\
Which sandbox do you trust?

  1. 38
    kestrel_v edited 8 hours ago

    I run everything in a throwaway VM now, it costs nothing.

    1. 12
      moss_keeper 5 hours ago

      A VM is heavy for a quick script, a container does the same.

      1. ~
        fernhollow edited 2 hours ago

        Containers share the kernel, which is the whole point here.

  2. 7
    slate_wren 6 hours ago

    Neither: read the script before you run it.
"""


@pytest.mark.parametrize("mark", ["edited", "bearbeitet", "modifié"])
def test_the_mark_of_an_edit_before_the_age_is_no_part_of_the_name(mark: str) -> None:
    """("kestrel_v edited 8 hours ago": the name, then the mark, then the age.)"""
    text = EDITED.replace(" edited ", f" {mark} ")
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("kestrel_v", 0),
        ("moss_keeper", 1),
        ("fernhollow", 2),
        ("slate_wren", 0),
    ]
    assert_nothing_lost(page, text)


def test_the_mark_of_an_edit_after_the_name_is_no_part_of_it() -> None:
    """("Evelyn Marsh (edited)": a name item over its body, the edit noted after it.)"""
    text = (
        "Conversation\n\n3 Comments\n\n"
        "  • Walt Brennan\n    Ate there every Saturday since 1988, same booth every time.\n"
        "  • Evelyn Marsh (edited)\n    Rent doubling and no staff, this is every small place.\n"
        "  • Kevin T\n    Does anyone know if the diner car is actually for sale now?\n"
        "  • hudson (bearbeitet)\n    The rice pudding. I will never have one like that again.\n"
    )
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Walt Brennan", "Evelyn Marsh", "Kevin T", "hudson"]
