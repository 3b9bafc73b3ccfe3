"""Tall forum header blocks (name, rank, badges, fields over the post's stamp): the
parser must not take a rank, a badge printed twice or a pager's control for the author
(`posts._strong_author`, `posts._names_over_ranks`, `posts._read_post`). Of the lines a
block prints twice, the name is the one nearest the stamp; a guess that stands where
the other posts print their rank moves up to the name over it; a badge printed twice
over the name opens the header, not the body above. Invented pages in the converters'
forms; the guards are a status line over the name and a pager that already reads."""

from __future__ import annotations

import pytest

import threadparse


def authors(text: str) -> list[str | None]:
    return [c.author for c in threadparse.parse(text).walk()]


def bodies(text: str) -> list[str]:
    return [c.text for c in threadparse.parse(text).walk()]


# Rule 1: of the lines a header block prints twice, the name is the one nearest the
# stamp (a pager's "Next" / "Next Last", a badge "OP" / "OP" stand over it).

# resiliparse, a XenForo-like thread: the pager over the first post prints "Next" twice
PAGER_OVER_NAME = """\
Which glue for oak veneer?
Thread starter Thread starter ferntrail
Start date Start date Mar 2, 2024
1
2
3
Next
1 of 3
Go to page
Next Last
ferntrail
ferntrail
Sawdust Apprentice
Joined
Feb 8, 2017
Messages
412
Mar 2, 2024
#1
I have a sheet of oak veneer and a birch ply panel. Hide glue or contact cement?
mossy_ridge
mossy_ridge
Joined
Apr 25, 2011
Messages
5,048
Mar 2, 2024
#2
Hide glue, every time. Contact cement creeps under a finish after a year or two.
cloudberry
cloudberry
Joined
Jun 1, 2019
Messages
77
Mar 3, 2024
#3
I used a vacuum bag and plain PVA, it held fine on a small panel.
"""

# lynx-like, a link's text printed twice on one line closes the body over the name
LINK_TWICE_OVER_NAME = """\
When was the ferry pier built?

  • Thread starter ferntrail
  • Start date Mar 2, 2024

ferntrail
ferntrail
Member
Joined
Jun 1, 2019
Messages
311
Mar 2, 2024
#1
Does anyone know when the old ferry pier was built?
mossy_ridge
mossy_ridge
Member
Joined
Jun 1, 2019
Messages
311
Mar 2, 2024
#2
The town archive has the drawings, 1911 if I remember right.
archive.example.org
Ferry pier drawings - Town archive
archive.example.org archive.example.org
Reply
cloudberry
cloudberry
Member
Joined
Jun 1, 2019
Messages
311
Mar 3, 2024
#3
The plaque on the pier says 1912, the drawings may be a year older.
Reply
ferntrail
ferntrail
Member
Joined
Jun 1, 2019
Messages
311
Mar 3, 2024
#4
Thanks both, I will go and look at the plaque.
"""


# w3m, a thread whose starter carries a badge printed twice ("OP" over "OP")
BADGE_OVER_NAME = """\
Quietest case fans?

  • Thread starter ferntrail
  • Start date Mar 2, 2024

ferntrail
ferntrail
Member
Oct 25, 2017
1,204
Mar 2, 2024
#1
My case hums at night. Which fans are quiet at low speed?

mossy_ridge
mossy_ridge
Member
Jan 2, 2019
311
Mar 2, 2024
#2
The big slow ones. A 140 mm fan at 600 rpm is nearly silent.

OP
OP
ferntrail
ferntrail
Member
Oct 25, 2017
1,204
Mar 3, 2024
#3
Thanks, I swapped two of them and it is much better now.

cloudberry
cloudberry
Member
Jun 1, 2020
88
Mar 3, 2024
#4
Check the power supply fan too, mine was the loudest part.

OP
OP
ferntrail
ferntrail
Member
Oct 25, 2017
1,204
Mar 4, 2024
#5
Good call, it was the power supply after all.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PAGER_OVER_NAME, ["ferntrail", "mossy_ridge", "cloudberry"]),
        (LINK_TWICE_OVER_NAME, ["ferntrail", "mossy_ridge", "cloudberry", "ferntrail"]),
        (BADGE_OVER_NAME, ["ferntrail", "mossy_ridge", "ferntrail", "cloudberry", "ferntrail"]),
    ],
)
def test_name_printed_twice_nearest_the_stamp(text: str, expected: list[str]) -> None:
    assert authors(text) == expected


def test_badge_printed_twice_is_no_body() -> None:
    # the badge over the starter's name opens its header: it closes no body above it
    assert not any(body.rstrip().endswith("OP") for body in bodies(BADGE_OVER_NAME))


# Rule 2: where most posts print their name over their rank ("Ann" over "Junior
# Member" over "**"), a guess with a name-like line right over it and, under it, the
# line the others print under their rank, stands at the rank: the name is over it.

# resiliparse, an SMF-like topic: the last poster's rank is printed by no other post
RANK_NO_OTHER_PRINTS = """\
Rewiring a bilge pump

Started by ferntrail, March 03, 2024, 01:00:00 PM

ferntrail

  • Newbie
  • **
  • Posts: 40
  • Logged
Rewiring a bilge pump
« on: March 03, 2024, 01:00:00 PM »#0
The old pump only runs when I tap the float switch. Wiring or switch?
  • Report to moderator

mossy_ridge

  • Jr. Member
  • **
  • Posts: 407
  • Logged
Re: Rewiring a bilge pump
« Reply #1 on: March 03, 2024, 02:13:00 PM »#1
The float switch, almost always. They corrode inside long before the wires do.
  • Report to moderator

cloudberry

  • Guest
  • Logged
Re: Rewiring a bilge pump
« Reply #2 on: March 03, 2024, 03:26:00 PM »#2
Check the fuse holder too, mine had green crust on it.
  • Report to moderator

mossy_ridge

  • Jr. Member
  • **
  • Posts: 407
  • Logged
Re: Rewiring a bilge pump
« Reply #3 on: March 04, 2024, 04:39:00 AM »#3
And use tinned wire this time, it lasts far longer in a bilge.
  • Report to moderator

Pia Holt

  • Full Member
  • **
  • Posts: 370
  • Logged
Re: Rewiring a bilge pump
« Reply #4 on: March 04, 2024, 05:52:00 PM »#4
A new switch fixed mine for good, twenty euros well spent.
  • Report to moderator
"""

# inscriptis, the same shape indented, a guest's block shorter (no stars, no count)
RANK_NO_OTHER_PRINTS_INDENTED = """\
   Rewiring a bilge pump

   Started by ferntrail, March 03, 2024, 01:00:00 PM

     ferntrail

       * Newbie
       * **
       * Posts: 40
       * Logged
     Rewiring a bilge pump
     « on: March 03, 2024, 01:00:00 PM »#0
     The old pump only runs when I tap the float switch. Wiring or switch?
       * Report to moderator

     mossy_ridge

       * Jr. Member
       * **
       * Posts: 407
       * Logged
     Re: Rewiring a bilge pump
     « Reply #1 on: March 03, 2024, 02:13:00 PM »#1
     The float switch, almost always. They corrode inside long before the wires do.
       * Report to moderator

     cloudberry

       * Guest
       * Logged
     Re: Rewiring a bilge pump
     « Reply #2 on: March 03, 2024, 03:26:00 PM »#2
     Check the fuse holder too, mine had green crust on it.
       * Report to moderator

     mossy_ridge

       * Jr. Member
       * **
       * Posts: 407
       * Logged
     Re: Rewiring a bilge pump
     « Reply #3 on: March 04, 2024, 04:39:00 AM »#3
     And use tinned wire this time, it lasts far longer in a bilge.
       * Report to moderator

     Pia Holt

       * Hero Member
       * **
       * Posts: 1,370
       * Logged
     Re: Rewiring a bilge pump
     « Reply #4 on: March 04, 2024, 05:52:00 PM »#4
     A new switch fixed mine for good, twenty euros well spent.
       * Report to moderator
"""


@pytest.mark.parametrize("text", [RANK_NO_OTHER_PRINTS, RANK_NO_OTHER_PRINTS_INDENTED])
def test_name_over_a_rank_no_other_post_prints(text: str) -> None:
    assert authors(text) == ["ferntrail", "mossy_ridge", "cloudberry", "mossy_ridge", "Pia Holt"]


# Guard: a status line over the name ("Online" over "Ann" over her rank) stays no name
# where the line under the guess is a rank the other posts print under their names.
STATUS_OVER_NAME = """\
Boiler ticks after the pump stops

  • Thread starter ferntrail
  • Start date Mar 14, 2021

ferntrail
Apprentice
Posts: 14
Joined
May 2016
Mar 14, 2021
#1
The boiler ticks for a minute after the pump stops. Is that normal?
Quote
mossy_ridge
Master
Posts: 2,046
Joined
May 2016
Mar 14, 2021
#2
Yes, the pipes cool down and shrink. It is harmless.
Quote
Online
cloudberry
Apprentice
Posts: 61
Joined
May 2016
Mar 15, 2021
#3
Same here, it stops after a minute or two.
Quote
mossy_ridge
Master
Posts: 2,046
Joined
May 2016
Mar 15, 2021
#4
Bleed the radiators once a year and it gets quieter.
"""


def test_status_over_a_name_is_no_name() -> None:
    assert authors(STATUS_OVER_NAME) == ["ferntrail", "mossy_ridge", "cloudberry", "mossy_ridge"]


# resiliparse, a XenForo-like thread: the avatar's letter over each name, "OP" printed twice
# (a badge and its text) glued under the previous post's reactions
BADGE_UNDER_REACTIONS = """\
Quietest case fans?

  • Thread starter ferntrail
  • Start date Mar 2, 2024

F

ferntrail

Member
Joined
Oct 25, 2017
Messages
1,204
  • Mar 2, 2024
  • #1
My case hums at night. Which fans are quiet at low speed, in your experience?

  • Like
Reactions: mossy_ridge
M

mossy_ridge

Member
Joined
Jan 2, 2019
Messages
311
  • Mar 2, 2024
  • #2
The big slow ones. A 140 mm fan at 600 rpm is nearly silent, even at night.

  • Like
Reactions: ferntrail
OP
OP
F

ferntrail

Member
Joined
Oct 25, 2017
Messages
1,204
  • Mar 3, 2024
  • #3
Thanks, I swapped two of them and it is much better now, thank you all.

  • Like
Reactions: mossy_ridge and cloudberry
C

cloudberry

Member
Joined
Jun 1, 2020
Messages
88
  • Mar 3, 2024
  • #4
Check the power supply fan too, mine was the loudest part of the whole case.
"""


def test_a_badge_printed_twice_opens_the_next_header() -> None:
    page = threadparse.parse(BADGE_UNDER_REACTIONS)
    assert [c.author for c in page.walk()] == [
        "ferntrail",
        "mossy_ridge",
        "ferntrail",
        "cloudberry",
    ]
    assert page.comments[1].text.endswith("Reactions: ferntrail")
    assert page.comments[2].span.start_line == 36  # (the first "OP")
