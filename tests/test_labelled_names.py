"""Names printed with a label of their own and mailing-list threads.

A newsletter's comment header may print the commenter's own publication after the name,
set apart by a middle dot or a bullet ("Ann Lee · The Weekly Ledger Mar 4"; glued where
the converter dropped the spaces, "Ann Lee·The Weekly Ledger"): the author is the name,
and such headers stamp the page's posts like the others. A social network's thread
prints each display name with its owner's handle ("Ann Lee @ann@example.social"): where
three names carry one, the handles are taken off. A mailing list's archive prints each
mail under its sender's name and its time of day alone on a line ("10:40 a.m.", the day
printed once above, where it changes): such lines stamp the posts, unless the line above
was wrapped into them; a mail that opens with an attribution ("On DATE, NAME wrote:")
goes under the latest mail before it by that sender."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L

AFFILIATED_INDENTED = """\
  Discussion about this post

  CommentsRestacks
              Odile Brandt Jun 2

                The chapter on hedgerows made me want to plant one along the back fence this autumn.

              9 ReplyShare

                  Casper Wynn · The Hedge Almanac Jun 2

                    Hawthorn and blackthorn first, the rest can follow once those are established.

                  4 ReplyShare

                      Odile Brandt Jun 3

                        Thank you, that ordering makes a lot of sense for a windy plot like ours.

                      1 ReplyShare

              Bertil Frame · Field Notes Weekly Jun 3

                Our council gives away whips every winter, so the cost can be close to nothing.

              6 ReplyShare

                  Yara Lindell Jun 4

                    Same here, though you have to queue early on the morning they hand them out.

                  2 ReplyShare

              Casper Wynn · The Hedge Almanac Jun 4

                A follow-up essay on laying a hedge is coming next month for anyone curious.

              11 ReplyShare
"""

AFFILIATED_GLUED = """\
Comments

Mirela Ost Sep 12

Lovely write-up of the tram museum, I had no idea the depot was still standing.

3ReplyShare

Jonah Peel·Rails and Rivets Sep 12

It nearly was not, the roof came down in a storm twenty years ago.

5ReplyShare

Tamsin Rhee·Old Lines Digest Sep 13

The restored car from 1926 is worth the trip by itself, the seats are original.

2ReplyShare

Mirela Ost Sep 13

Then it goes on the list for the spring, thank you both for the tips.

1ReplyShare

Jonah Peel·Rails and Rivets Sep 14

Bring a jumper, the shed is unheated and it gets cold standing about.

4ReplyShare
"""

HANDLES_FULL = """\
Log in Sign up

Mar 3, 2023, 14:02
[a]
Ruth Calloway @ruthc@moss.example

@pennant Does the ferry still run on Sundays in winter, or only in summer?

1
Mar 3, 2023, 14:10
[a]
Amadou Fenwick @amadou@pier.example

@ruthc Only until October, then the bus is the way round the estuary.

0
Mar 3, 2023, 14:31
[a]
Lise Varga @lise@lantern.example

@ruthc The café at the slipway keeps the timetable pinned by the till too.

0
Mar 3, 2023, 15:05
[a]
Ruth Calloway @ruthc@moss.example

@amadou Thank you, the bus it is then, we will take the scenic way.

0
"""

HANDLES_SHORT = """\
Replies

  * Quentin Ashby @qashby · 2h

    Has anyone tried the new cycle lane on the ring road yet this week?

  * Noor Haddad @noorh · 1h

    Yes, smooth surface, but the junction at the bakery is still confusing.

  * Felix Orme @felixo · 1h

    The signals there change far too quickly for anyone on a cargo bike.

  * Quentin Ashby @qashby · 45m

    Good to know, I will take the side streets until they fix the lights.
"""

MAIL_THREAD = """\
[Orchard] Grafting workshop moved to the east barn

Pia Sandoval
Monday, 6 March 2023 Mon, 6 Mar '23
8:15 a.m.
Hi everyone, the grafting workshop on Saturday will be in the east barn, since the
west one is still full of last year's apple crates. Bring your own knife if you have one.
0 / 0
Reply

Show replies by date
Elias Corbet
9:02 a.m.
On Mon, 6 Mar 2023 at 8:15 a.m., Pia Sandoval wrote:
...
> the grafting workshop on Saturday will be in the east barn ...
Will there be rootstock for sale on the day, or should we order it beforehand?
0 / 0
Reply
Pia Sandoval
9:40 a.m.
On Mon, 6 Mar 2023 at 9:02 a.m., Elias Corbet wrote:
...
> Will there be rootstock for sale on the day ...
There will be about forty stocks, first come first served, so order if you need more.
0 / 0
Reply
Greta Mulholland
11:20 a.m.
Is the barn accessible for wheelchairs? The path from the car park was muddy last time.
0 / 0
Reply
Oskar Lindahl
Tuesday, 7 March Tue, 7 Mar
7:55 a.m.
On Mon, 6 Mar 2023 at 11:20 a.m., Greta Mulholland wrote:
...
> Is the barn accessible for wheelchairs? ...
Yes, we laid boards along the path on Sunday and the barn door is level with the yard.
0 / 0
Reply
"""

MAIL_ADDRESSED = """\
Re: Library van route for the summer

   Wilhelmina Achebe
   Thursday, 1 June 2023 Thu, 1 Jun '23
   10:05 p.m.
   Dear all, the library van will skip the hill villages in July while the bridge is
   repaired, and stop twice a week at the school car park instead. Comments welcome.
   0 / 0
   Reply
   Corin Dunstable
   10:48 p.m.
   On Thu, Jun 1, 2023 at 10:05 PM Wilhelmina Achebe <w.achebe@vans.example> wrote:
   > the library van will skip the hill villages in July ...
   Could the school stop be in the afternoon? Most of us work in the mornings.
   0 / 0
   Reply
   Wilhelmina Achebe
   11:10 p.m.
   On Thu, Jun 1, 2023 at 10:48 PM Corin Dunstable <corin@hill.example> wrote:
   > Could the school stop be in the afternoon? ...
   Yes, from two until five on both days, I will put that in the newsletter.
   0 / 0
   Reply
   Corin Dunstable
   Friday, 2 June Fri, 2 Jun
   6:30 a.m.
   On Thu, Jun 1, 2023 at 11:10 PM Wilhelmina Achebe <w.achebe@vans.example> wrote:
   > Yes, from two until five on both days ...
   Perfect, thank you for sorting it out so quickly.
   0 / 0
   Reply
   Ilse Marchetti
   8:12 a.m.
   Will the large print shelf come along on the van as usual during the detour?
   0 / 0
   Reply
"""


def _tree(text: str) -> list[tuple[int, str | None, str]]:
    return [(c.depth, c.author, c.text[:24]) for c in threadparse.parse(text).walk()]


def test_a_label_after_a_dot_is_no_part_of_the_name() -> None:
    header = L.read_header("Casper Wynn · The Hedge Almanac Jun 2")
    assert header is not None and (header.author, header.date) == ("Casper Wynn", "Jun 2")
    glued = L.read_header("Jonah Peel·Rails and Rivets Sep 12")
    assert glued is not None and glued.author == "Jonah Peel"
    assert L.read_header("Marcel·lí Puig Sep 12").author == "Marcel·lí Puig"  # (a Catalan name)


def test_labelled_names_nest_by_their_columns() -> None:
    assert _tree(AFFILIATED_INDENTED) == [
        (0, "Odile Brandt", "The chapter on hedgerows"),
        (1, "Casper Wynn", "Hawthorn and blackthorn "),
        (2, "Odile Brandt", "Thank you, that ordering"),
        (0, "Bertil Frame", "Our council gives away w"),
        (1, "Yara Lindell", "Same here, though you ha"),
        (0, "Casper Wynn", "A follow-up essay on lay"),
    ]


def test_labels_glued_to_the_names_are_taken_off() -> None:
    authors = [c.author for c in threadparse.parse(AFFILIATED_GLUED).walk()]
    assert authors == ["Mirela Ost", "Jonah Peel", "Tamsin Rhee", "Mirela Ost", "Jonah Peel"]


def test_handles_after_display_names_are_taken_off() -> None:
    authors = [c.author for c in threadparse.parse(HANDLES_FULL).walk()]
    assert authors == ["Ruth Calloway", "Amadou Fenwick", "Lise Varga", "Ruth Calloway"]
    authors = [c.author for c in threadparse.parse(HANDLES_SHORT).walk()]
    assert authors == ["Quentin Ashby", "Noor Haddad", "Felix Orme", "Quentin Ashby"]


def test_one_handle_is_kept() -> None:
    text = HANDLES_SHORT.replace("Noor Haddad @noorh", "Noor Haddad").replace(
        "Felix Orme @felixo", "Felix Orme"
    )
    authors = [c.author for c in threadparse.parse(text).walk()]
    assert "Quentin Ashby @qashby" in authors


def test_mails_nest_under_the_mails_they_quote() -> None:
    assert [(d, a) for d, a, _ in _tree(MAIL_THREAD)] == [
        (0, "Pia Sandoval"),
        (1, "Elias Corbet"),
        (2, "Pia Sandoval"),
        (0, "Greta Mulholland"),
        (1, "Oskar Lindahl"),
    ]


def test_addressed_attributions_in_the_header_lines() -> None:
    assert [(d, a) for d, a, _ in _tree(MAIL_ADDRESSED)] == [
        (0, "Wilhelmina Achebe"),
        (1, "Corin Dunstable"),
        (2, "Wilhelmina Achebe"),
        (3, "Corin Dunstable"),
        (0, "Ilse Marchetti"),
    ]


# A classic forum's header: a subject, then "Posted by: NAME (note)" over "Date: DATE"
CLASSIC = """\
Workshop Forum
Goto Thread: Previous • Next
Bandsaw blade keeps wandering
Posted by: tern_wright (IP hidden)
Date: March 02, 2011 08:47PM

The blade drifts to the left on every resaw cut, even with a new blade and the fence set square to the table.

Options: Reply To This Message • Quote This Message
Re: Bandsaw blade keeps wandering
Posted by: Moira Danes (IP hidden)
Date: March 02, 2011 09:15PM

Check the tension first, then set the fence to the drift angle instead of fighting it.

Options: Reply To This Message • Quote This Message
Re: Bandsaw blade keeps wandering
Posted by: tern_wright (IP hidden)
Date: March 03, 2011 07:02AM

Tension was the problem. Thanks, it cuts straight now.

Options: Reply To This Message • Quote This Message
"""  # noqa: E501


def test_a_labelled_name_over_a_labelled_date() -> None:
    page = threadparse.parse(CLASSIC)
    assert [c.author for c in page.walk()] == ["tern_wright", "Moira Danes", "tern_wright"]
    assert "set the fence to the drift angle" in page.comments[1].text
    assert_nothing_lost(page, CLASSIC)


@pytest.mark.parametrize(
    "label",
    [
        "Verfasst von",
        "Geschrieben von",
        "Posté par",
        "Publicado por",
        "Scritto da",
        "Geplaatst door",
    ],
)
def test_posted_by_in_other_languages_is_no_part_of_the_name(label: str) -> None:
    """("Verfasst von Ann Lee am 30. Juli 2022 - 12:43.": the label, then the name.)"""
    header = L.read_header(f"{label} Ann Lee am 30. Juli 2022 - 12:43.")
    assert header is not None and header.author == "Ann Lee"
