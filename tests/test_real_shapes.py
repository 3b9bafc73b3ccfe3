"""Comment sections read from shapes seen on real pages (invented pages in the
converters' formats): a header that names only the post's number ("#2.1  —  3 hours
ago") under the name's own line, a heading printed twice over the first post, a badge
line between a name and its date, a flat list whose first header is printed in another
shape than the others (html2text's wrap), a header wrapped inside its date's link, a
sidebar list that prints each title twice, an empty reply-list item over the next
header (inscriptis) and a badge's phrase glued to the name."""

from __future__ import annotations

import pytest

import threadparse


def _tree(text: str) -> list[tuple[str | None, int]]:
    return [(c.author, c.depth) for c in threadparse.parse(text).walk()]


def _spaced(text: str) -> str:
    """The fixture with its lines' trailing spaces (written "~": html2text's hard line
    break, two spaces; "~1": one, an empty item's)."""
    return text.replace("~1\n", " \n").replace("~\n", "  \n")


# lynx: each name flush left over its post's number and age, indented
NUMBERED_LYNX = r"""\
Tram line: from the old depot to the harbour | DAILY LEDGER

   The new line opens in spring. Riders from the depot quarter will reach the
   harbour in twelve minutes, the city says, half the time the bus needs today.

  Kommentare

   Kommentare

   [40]Neueste zuerst [41]Nur Leserempfehlungen

[42]Kastanienweg

   [43]#1  —  vor 5 Stunden
   12

   Twelve minutes sounds optimistic for a line that crosses four bridges.
   (comment) Antworten (report) Melden
   (recommend) Empfehlen

[44]Möwenblick

   [45]#1.1  —  vor 4 Stunden
   3

   The bridges get their own signals, so the trams never wait for cars there.
   (BUTTON) Antwort auf #1 von Kastanienweg
   (comment) Antworten (report) Melden
   (recommend) Empfehlen

[46]Feldlerche

   [47]#2  —  vor 5 Stunden
   30

   Finally a line to the harbour. The bus has been full every morning for years.
   (comment) Antworten (report) Melden
   (recommend) Empfehlen

[48]Uferstraße

   [49]#2.1  —  vor 3 Stunden
   7

   Full and late, most mornings. I will switch on the first day it runs.
   (BUTTON) Antwort auf #2 von Feldlerche
   (comment) Antworten (report) Melden
   (recommend) Empfehlen

[50]Nachtfalter

   [51]#3  —  vor 2 Stunden
   1

   Who pays for the depot's new roof, though? The article does not say.
   (comment) Antworten (report) Melden
   (recommend) Empfehlen

   [52]Impressum [53]Datenschutz
"""

NUMBERED_LYNX_EN = r"""\
Tram line: from the old depot to the harbour | DAILY LEDGER

   The new line opens in spring. Riders from the depot quarter will reach the
   harbour in twelve minutes, the city says, half the time the bus needs today.

  Comments

   Comments

   [40]Newest first [41]Reader picks

[42]chestnut_lane

   [43]#1  —  5 hours ago
   12

   Twelve minutes sounds optimistic for a line that crosses four bridges.
   (comment) Reply (report) Report
   (recommend) Recommend

[44]gullview

   [45]#1.1  —  4 hours ago
   3

   The bridges get their own signals, so the trams never wait for cars there.
   (BUTTON) Reply to #1 by chestnut_lane
   (comment) Reply (report) Report
   (recommend) Recommend

[46]skylark

   [47]#2  —  5 hours ago
   30

   Finally a line to the harbour. The bus has been full every morning for years.
   (comment) Reply (report) Report
   (recommend) Recommend

[48]shore_road

   [49]#2.1  —  3 hours ago
   7

   Full and late, most mornings. I will switch on the first day it runs.
   (BUTTON) Reply to #2 by skylark
   (comment) Reply (report) Report
   (recommend) Recommend

[50]mothlight

   [51]#3  —  2 hours ago
   1

   Who pays for the depot's new roof, though? The article does not say.
   (comment) Reply (report) Report
   (recommend) Recommend

   [52]Imprint [53]Privacy
"""

# w3m: the section's heading printed twice over the first post's name
HEADING_TWICE_W3M = r"""\
Harbour tram: the new line opens in spring | Daily Ledger

The new line opens in spring. Riders from the depot quarter will reach the
harbour in twelve minutes, the city says, half the time the bus needs today.

Comments

Comments
Newest first Reader picks only

oakfern

#1  —  5 hours ago
12

Twelve minutes sounds optimistic for a line that crosses four bridges.

Reply Report
Recommend

gullwatch

#1.1  —  4 hours ago
3

The bridges get their own signals, so the trams never wait for cars there.
Reply to #1 by oakfern

Reply Report
Recommend

skylark_7

#2  —  5 hours ago
30

Finally a line to the harbour. The bus has been full every morning for years.

Reply Report
Recommend

riverside

#2.1  —  3 hours ago
7

Full and late, most mornings. I will switch on the first day it runs.
Reply to #2 by skylark_7

Reply Report
Recommend

nightmoth

#3  —  2 hours ago
1

Who pays for the depot's new roof, though? The article does not say.

Reply Report
Recommend

Imprint Privacy
"""

# html2text: a badge on the line under the name (a hard line break), the date under it
BADGE_H2T = _spaced(
    r"""\
[ Lena Hartwig - Style after Fifty ](https://style.example/ "Lena Hartwig")

  * [Home](https://style.example/)
  * [Fashion](https://style.example/fashion/)

# A linen jacket for every season

I bought the jacket in March and have worn it every week since. Here is why it
works with almost everything in my wardrobe.

###  4 Kommentare

  1. ![](https://avatars.example/a1.png?s=40)

Greta

20\. Juni 2019 / 8:10

Such a lovely colour, where did you find it?

__Antworten

     * ![](https://avatars.example/a2.png?s=40)

Lena Hartwig~
Autor

20\. Juni 2019 / 12:45

Dear Greta,~
it is from a small shop in the old town, I will send you the address.

__Antworten

  2. ![](https://avatars.example/a3.png?s=40)

Hanne M.

20\. Juni 2019 / 9:02

I have the same one in navy. Linen wrinkles, but that is part of the charm.

__Antworten

     * ![](https://avatars.example/a2.png?s=40)

Lena Hartwig~
Autor

20\. Juni 2019 / 13:30

Dear Hanne,~
exactly, the wrinkles are the whole point of linen!

__Antworten

### Schreibe einen Kommentar
"""
)

BADGE_H2T_SPACED = _spaced(
    r"""\
[ Lena Hartwig - Style after Fifty ](https://style.example/ "Lena Hartwig")

  * [Home](https://style.example/)
  * [Fashion](https://style.example/fashion/)

# A linen jacket for every season

I bought the jacket in March and have worn it every week since. Here is why it
works with almost everything in my wardrobe.

###  4 Comments

  1. ![](https://avatars.example/a1.png?s=40)

Greta

June 20, 2019 at 8:10

Such a lovely colour, where did you find it?

__Reply

     * ![](https://avatars.example/a2.png?s=40)

Lena Hartwig~

Admin

June 20, 2019 at 12:45

Dear Greta,~
it is from a small shop in the old town, I will send you the address.

__Reply

  2. ![](https://avatars.example/a3.png?s=40)

Hanne M.

June 20, 2019 at 9:02

I have the same one in navy. Linen wrinkles, but that is part of the charm.

__Reply

     * ![](https://avatars.example/a2.png?s=40)

Lena Hartwig~

Admin

June 20, 2019 at 13:30

Dear Hanne,~
exactly, the wrinkles are the whole point of linen!

__Reply

### Leave a Reply
"""
)

# html2text: the first header wrapped after its name, the others inside their time
SIGNED_LOOKALIKE_H2T = r"""\
[First](http://lanterns.example/comics/1) [Archive](http://lanterns.example/archive)

# Page 212 - The Well

The party camps by the well for the night.

[Post a
Comment](https://comics.example/leavecomment.php?id=9001)

## Comments:

[bramblewick](https://comics.example/profile.php?username=bramblewick)
4th June 2021, 6:26 PM
[edit](https://comics.example/editcomment.php?id=501)
[delete](https://comics.example/editcomment.php?id=501&delete=1)
[reply](https://comics.example/leavecomment.php?id=9001&replyto=501)

Nobody ever checks what is at the bottom of a well.

That is how it always starts.

[Oswin](http://lanterns.example/comics/pl/212#) 4th June 2021, 9:36
PM [edit](https://comics.example/editcomment.php?id=502)
[delete](https://comics.example/editcomment.php?id=502&delete=1)
[reply](https://comics.example/leavecomment.php?id=9001&replyto=502)

Classic. The bucket comes up with something that blinks.

[Greyhollow](http://lanterns.example/comics/pl/212#) 4th June
2021, 7:10 PM [edit](https://comics.example/editcomment.php?id=503)
[delete](https://comics.example/editcomment.php?id=503&delete=1)
[reply](https://comics.example/leavecomment.php?id=9001&replyto=503)

I would not drink that water without boiling it twice, magic or not.

[Tamsin_R](http://lanterns.example/comics/pl/212#) 4th June 2021, 7:11
PM [edit](https://comics.example/editcomment.php?id=504)
[delete](https://comics.example/editcomment.php?id=504&delete=1)
[reply](https://comics.example/leavecomment.php?id=9001&replyto=504)

Whistle while you draw the water, it keeps the frogs away.

[Pell](http://lanterns.example/comics/pl/212#) 5th June 2021, 11:58
AM [edit](https://comics.example/editcomment.php?id=505)
[delete](https://comics.example/editcomment.php?id=505&delete=1)
[reply](https://comics.example/leavecomment.php?id=9001&replyto=505)

Nobody listens to the frogs until it is too late, sadly.

[Quill](http://lanterns.example/comics/pl/212#) 5th June
2021, 1:30 PM [edit](https://comics.example/editcomment.php?id=506)
[delete](https://comics.example/editcomment.php?id=506&delete=1)
[reply](https://comics.example/leavecomment.php?id=9001&replyto=506)

The rope looks new. Somebody came here recently, that is my guess.

[Post a
Comment](https://comics.example/leavecomment.php?id=9001)

Lanterns in the Deep is a webcomic made by one person in a small flat and is not
affiliated with anybody else, whatever anybody else may say about it.
"""

SIGNED_LOOKALIKE_H2T_B = r"""\
[First](http://lanterns.example/comics/1) [Archive](http://lanterns.example/archive)

# Page 212 - The Well

The party camps by the well for the night.

[Post a
Comment](https://comics.example/leavecomment.php?id=9001)

## Comments:

[bramblewick](https://comics.example/profile.php?username=bramblewick)
4th July 2021, 6:26 PM
[edit](https://comics.example/editcomment.php?id=501)
[delete](https://comics.example/editcomment.php?id=501&delete=1)
[reply](https://comics.example/leavecomment.php?id=9001&replyto=501)

Nobody ever checks what is at the bottom of a well.

That is how it always starts.

[Marrow_kid](http://lanterns.example/comics/pl/212#) 4th July 2021, 9:36
PM [edit](https://comics.example/editcomment.php?id=502)
[delete](https://comics.example/editcomment.php?id=502&delete=1)
[reply](https://comics.example/leavecomment.php?id=9001&replyto=502)

Classic. The bucket comes up with something that blinks.

[Fenwick](http://lanterns.example/comics/pl/212#) 4th July
2021, 7:10 PM [edit](https://comics.example/editcomment.php?id=503)
[delete](https://comics.example/editcomment.php?id=503&delete=1)
[reply](https://comics.example/leavecomment.php?id=9001&replyto=503)

I would not drink that water without boiling it twice, magic or not.

[lumen88](http://lanterns.example/comics/pl/212#) 4th July 2021, 7:11
PM [edit](https://comics.example/editcomment.php?id=504)
[delete](https://comics.example/editcomment.php?id=504&delete=1)
[reply](https://comics.example/leavecomment.php?id=9001&replyto=504)

Whistle while you draw the water, it keeps the frogs away.

[Hobb](http://lanterns.example/comics/pl/212#) 5th July 2021, 11:58
AM [edit](https://comics.example/editcomment.php?id=505)
[delete](https://comics.example/editcomment.php?id=505&delete=1)
[reply](https://comics.example/leavecomment.php?id=9001&replyto=505)

Nobody listens to the frogs until it is too late, sadly.

[Sorrel](http://lanterns.example/comics/pl/212#) 5th July
2021, 1:30 PM [edit](https://comics.example/editcomment.php?id=506)
[delete](https://comics.example/editcomment.php?id=506&delete=1)
[reply](https://comics.example/leavecomment.php?id=9001&replyto=506)

The rope looks new. Somebody came here recently, that is my guess.

[Post a
Comment](https://comics.example/leavecomment.php?id=9001)

Lanterns in the Deep is a webcomic made by one person in a small flat and is not
affiliated with anybody else, whatever anybody else may say about it.
"""

# html2text: each header wrapped inside its date's link text or target
TARGET_H2T = r"""\
# Plugin directory adds a review queue

The plugin directory now holds new plugins in a review queue for a week before
they go live, the team announced on Tuesday.

### There are 3 comments

[Ada Brenner](https://ada.example/ "Link to comment author's website") · [March
10, 2017 at 12:20 AM](https://notes.example/plugin-directory-adds-a-review-
queue-for-new-plugins-before-they-go-live#comment-101 "Link to comment")

A week seems fair. Most of the spam plugins vanish within two days
anyway.[Report](javascript:void\(0\);)

  * [Reply](https://notes.example/plugin-directory?replytocom=101#respond)

[Tomas Ekberg](https://tomas.example/ "Link to comment author's website") ·
[March 10, 2017 at 1:26 AM](https://notes.example/plugin-directory-adds-a-
review-queue-for-new-plugins-before-they-go-live#comment-102 "Link to comment")

I would rather see automated checks first, then a shorter queue for the rest.
Reviewers are volunteers, after all.[Report](javascript:void\(0\);)

  * [Reply](https://notes.example/plugin-directory?replytocom=102#respond)

[Lin Qiao](https://lin.example/ "Link to comment author's website") · [March
11, 2017 at 8:41 PM](https://notes.example/plugin-directory-adds-a-review-
queue-for-new-plugins-before-they-go-live#comment-103 "Link to comment")

Does the queue apply to updates too, or only to new plugins? I could not tell
from the announcement.[Report](javascript:void\(0\);)

  * [Reply](https://notes.example/plugin-directory?replytocom=103#respond)

### Leave a Reply
"""

TARGET_H2T_B = r"""\
# Plugin directory adds a review queue

The plugin directory now holds new plugins in a review queue for a week before
they go live, the team announced on Tuesday.

### There are 3 comments

[Nell Okafor](https://ada.example/ "Link to comment author's website") · [March
10, 2017 at 12:20 AM](https://notes.example/plugin-directory-adds-a-review-
queue-for-new-plugins-before-they-go-live#comment-101 "Link to comment")

A week seems fair. Most of the spam plugins vanish within two days
anyway.[Report](javascript:void\(0\);)

  * [Reply](https://notes.example/plugin-directory?replytocom=101#respond)

[Basil Crane](https://tomas.example/ "Link to comment author's website") ·
[April 20, 2017 at 1:26 AM](https://notes.example/plugin-directory-adds-a-
review-queue-for-new-plugins-before-they-go-live#comment-102 "Link to comment")

I would rather see automated checks first, then a shorter queue for the rest.
Reviewers are volunteers, after all.[Report](javascript:void\(0\);)

  * [Reply](https://notes.example/plugin-directory?replytocom=102#respond)

[Ivo Stamm](https://lin.example/ "Link to comment author's website") · [March
11, 2017 at 8:41 PM](https://notes.example/plugin-directory-adds-a-review-
queue-for-new-plugins-before-they-go-live#comment-103 "Link to comment")

Does the queue apply to updates too, or only to new plugins? I could not tell
from the announcement.[Report](javascript:void\(0\);)

  * [Reply](https://notes.example/plugin-directory?replytocom=103#respond)

### Leave a Reply
"""

# w3m: a sidebar list under the comments, each title printed twice
WIDGET_W3M = r"""\
Plugin directory adds a review queue – Tavern Notes

The plugin directory now holds new plugins in a review queue for a week before
they go live, the team announced on Tuesday.

There are 3 comments

Ada Brenner · March 10, 2017 at 12:20 AM

A week seems fair. Most of the spam plugins vanish within two days anyway.Report

  • Reply

Tomas Ekberg · March 10, 2017 at 1:26 AM

I would rather see automated checks first, then a shorter queue for the rest.
Reviewers are volunteers, after all.Report

  • Reply

Lin Qiao · March 11, 2017 at 8:41 PM

Does the queue apply to updates too, or only to new plugins?Report

  • Reply

Leave a Reply

Your email address will not be published.

Primary Sidebar

Currently On Tap

  • Theme Review Team Publishes Its Yearly Numbers
    Theme Review Team Publishes Its Yearly Numbers
  • Gutenberg 2.1 Scheduled for Release May 4th
    Gutenberg 2.1 Scheduled for Release May 4th
  • How To Add A Reading Time To Posts Without A Plugin
    How To Add A Reading Time To Posts Without A Plugin
  • Meetup Organisers Get A New Handbook
    Meetup Organisers Get A New Handbook

Copyright Tavern Notes
"""

WIDGET_LYNX = r"""\
   Plugin directory adds a review queue – Tavern Notes

   The plugin directory now holds new plugins in a review queue for a week before
   they go live, the team announced on Tuesday.

   There are 3 comments

   Ada Brenner · March 10, 2017 at 12:20 AM

   A week seems fair. Most of the spam plugins vanish within two days anyway.Report

     * [60]Reply

   Tomas Ekberg · March 10, 2017 at 1:26 AM

   I would rather see automated checks first, then a shorter queue for the rest.
   Reviewers are volunteers, after all.Report

     * [61]Reply

   Lin Qiao · March 11, 2017 at 8:41 PM

   Does the queue apply to updates too, or only to new plugins?Report

     * [62]Reply

   Leave a Reply

   Your email address will not be published.

   Primary Sidebar

   Currently On Tap

     * [63]Theme Review Team Publishes Its Yearly Numbers
       [64]Theme Review Team Publishes Its Yearly Numbers
     * [65]Gutenberg 2.1 Scheduled for Release May 4th
       [66]Gutenberg 2.1 Scheduled for Release May 4th
     * [67]How To Add A Reading Time To Posts Without A Plugin
       [68]How To Add A Reading Time To Posts Without A Plugin
     * [69]Meetup Organisers Get A New Handbook
       [70]Meetup Organisers Get A New Handbook

   Copyright Tavern Notes
"""

# inscriptis: an empty item closing a reply list, right of the next header
EMPTY_ITEM_INSCRIPTIS = _spaced(
    r"""\
Plugin directory adds a review queue – Tavern Notes

   The plugin directory now holds new plugins in a review queue for a week before they go live.

        There are 6 comments

              Ada Brenner · March 10, 2017 at 12:20 AM

              A week seems fair. Most of the spam plugins vanish within two days anyway.Report

              * Reply
                  Tomas Ekberg · March 10, 2017 at 2:56 AM

                  I would rather see automated checks first, then a shorter queue for the rest.Report

                  * Reply
                      Ada Brenner · March 10, 2017 at 11:55 AM

                      Automated checks miss the clever ones, that is the trouble.Report

                      *~1
                  Lin Qiao · March 11, 2017 at 8:41 PM

                  Does the queue apply to updates too, or only to new plugins?Report

                  * Reply
              Pavel Rudnik · March 10, 2017 at 3:19 AM

              Two of my plugins waited nine days last month, so the week is already optimistic.Report

              * Reply
                  Ines Varga · March 10, 2017 at 4:51 AM

                  Nine days is nothing, mine waited three weeks in the summer.Report

                  * Reply

        Leave a Reply
"""  # noqa: E501
)

EMPTY_ITEM_INSCRIPTIS_B = _spaced(
    r"""\
Plugin directory adds a review queue – Tavern Notes

   The plugin directory now holds new plugins in a review queue for a week before they go live.

        There are 6 comments

              Mirela Costa · March 10, 2017 at 12:20 AM

              A week seems fair. Most of the spam plugins vanish within two days anyway.Report

              * Reply
                  Jon Aldous · March 10, 2017 at 2:56 AM

                  I would rather see automated checks first, then a shorter queue for the rest.Report

                  * Reply
                      Mirela Costa · March 10, 2017 at 11:55 AM

                      Automated checks miss the clever ones, that is the trouble.Report

                      *~1
                  Rafa Olmos · March 11, 2017 at 8:41 PM

                  Does the queue apply to updates too, or only to new plugins?Report

                  * Reply
              Kit Harrow · March 10, 2017 at 3:19 AM

              Two of my plugins waited nine days last month, so the week is already optimistic.Report

              * Reply
                  Oona Pelt · March 10, 2017 at 4:51 AM

                  Nine days is nothing, mine waited three weeks in the summer.Report

                  * Reply

        Leave a Reply
"""  # noqa: E501
)

# w3m: a badge's phrase glued to the name (a picture's title)
GLUED_PHRASE_W3M = r"""\
Plugin directory adds a review queue – Tavern Notes

The plugin directory now holds new plugins in a review queue for a week before
they go live, the team announced on Tuesday.

There are 3 comments

Ada BrennerVerified user · March 10, 2017 at 12:20 AM

A week seems fair. Most of the spam plugins vanish within two days anyway.Report

  • Reply

Tomas Ekberg · March 10, 2017 at 1:26 AM

I would rather see automated checks first, then a shorter queue for the rest.
Reviewers are volunteers, after all.Report

  • Reply

Ada BrennerVerified user · March 11, 2017 at 8:41 PM

Does the queue apply to updates too, or only to new plugins?Report

  • Reply

Leave a Reply

Your email address will not be published.

    Meetup Organisers Get A New Handbook

Copyright Tavern Notes
"""

GLUED_PHRASE_W3M_B = r"""\
Plugin directory adds a review queue – Tavern Notes

The plugin directory now holds new plugins in a review queue for a week before
they go live, the team announced on Tuesday.

There are 3 comments

Pia LundTop contributor · March 10, 2017 at 12:20 AM

A week seems fair. Most of the spam plugins vanish within two days anyway.Report

  • Reply

Olek Wirth · March 10, 2017 at 1:26 AM

I would rather see automated checks first, then a shorter queue for the rest.
Reviewers are volunteers, after all.Report

  • Reply

Pia LundTop contributor · March 11, 2017 at 8:41 PM

Does the queue apply to updates too, or only to new plugins?Report

  • Reply

Leave a Reply

Your email address will not be published.

    Meetup Organisers Get A New Handbook

Copyright Tavern Notes
"""


NUMBERED = [
    ("Kastanienweg", 0),
    ("Möwenblick", 1),
    ("Feldlerche", 0),
    ("Uferstraße", 1),
    ("Nachtfalter", 0),
]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (NUMBERED_LYNX, NUMBERED),
        (NUMBERED_LYNX_EN, ["chestnut_lane", "gullview", "skylark", "shore_road", "mothlight"]),
    ],
)
def test_number_only_header_takes_the_name_over_it(text: str, names: list) -> None:
    """ "#1.1  —  4 hours ago" names no author: the name is the line over it, and the
    numbers nest the replies; the heading printed twice is no name."""
    tree = _tree(text)
    wanted = [
        n if isinstance(n, tuple) else (n, d) for n, d in zip(names, [0, 1, 0, 1, 0], strict=True)
    ]
    assert tree == wanted


def test_heading_printed_twice_is_no_name() -> None:
    """w3m: "Comments" over "Comments" over the first name: the heading is the page's."""
    assert _tree(HEADING_TWICE_W3M) == [
        ("oakfern", 0),
        ("gullwatch", 1),
        ("skylark_7", 0),
        ("riverside", 1),
        ("nightmoth", 0),
    ]


@pytest.mark.parametrize("text", [BADGE_H2T, BADGE_H2T_SPACED])
def test_badge_between_name_and_date(text: str) -> None:
    """A reply whose name is followed by a badge line before its date is a reply, its
    badge no body text."""
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Greta", 0),
        ("Lena Hartwig", 1),
        ("Hanne M.", 0),
        ("Lena Hartwig", 1),
    ]
    reply = page.comments[0].children[0]
    assert reply.text.startswith("Dear Greta")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (SIGNED_LOOKALIKE_H2T, ["Oswin", "Greyhollow", "Tamsin_R", "Pell", "Quill"]),
        (SIGNED_LOOKALIKE_H2T_B, ["Marrow_kid", "Fenwick", "lumen88", "Hobb", "Sorrel"]),
    ],
)
def test_headers_over_bodies_not_signatures(text: str, names: list[str]) -> None:
    """A date over the first body, with the controls every other header has under it:
    the headers stand over their bodies (no signatures closing the ones above)."""
    page = threadparse.parse(text)
    bodies = {
        "Oswin": "Classic.",
        "Marrow_kid": "Classic.",
        "Greyhollow": "I would not drink",
        "Fenwick": "I would not drink",
        "Tamsin_R": "Whistle while",
        "lumen88": "Whistle while",
        "Pell": "Nobody listens",
        "Hobb": "Nobody listens",
        "Quill": "The rope",
        "Sorrel": "The rope",
    }
    found = {c.author: c.text for c in page.walk()}
    for name in names:
        assert bodies[name] in found[name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (TARGET_H2T, ["Ada Brenner", "Tomas Ekberg", "Lin Qiao"]),
        (TARGET_H2T_B, ["Nell Okafor", "Basil Crane", "Ivo Stamm"]),
    ],
)
def test_header_wrapped_inside_its_date_link(text: str, names: list[str]) -> None:
    """Headers html2text wrapped inside the date's link (its text or its target, over
    three lines): each a post, its body after the link's end."""
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == names
    assert [c.text.split()[0] for c in page.walk()] == ["A", "I", "Does"]


@pytest.mark.parametrize("text", [WIDGET_W3M, WIDGET_LYNX])
def test_titles_printed_twice_are_no_comments(text: str) -> None:
    """A sidebar's list whose items print their title twice (one title reads as a name
    and a date: "… Release May 4th") holds no comments."""
    assert _tree(text) == [("Ada Brenner", 0), ("Tomas Ekberg", 0), ("Lin Qiao", 0)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            EMPTY_ITEM_INSCRIPTIS,
            ["Ada Brenner", "Tomas Ekberg", "Lin Qiao", "Pavel Rudnik", "Ines Varga"],
        ),
        (
            EMPTY_ITEM_INSCRIPTIS_B,
            ["Mirela Costa", "Jon Aldous", "Rafa Olmos", "Kit Harrow", "Oona Pelt"],
        ),
    ],
)
def test_empty_item_over_a_header_left_of_it(text: str, names: list[str]) -> None:
    """inscriptis closes a reply list with an empty item; the header under it, left of
    it, is no text of that item: the thread goes on."""
    first, second, third, fourth, fifth = names
    assert _tree(text) == [(first, 0), (second, 1), (first, 2), (third, 1), (fourth, 0), (fifth, 1)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (GLUED_PHRASE_W3M, ["Ada Brenner", "Tomas Ekberg", "Ada Brenner"]),
        (GLUED_PHRASE_W3M_B, ["Pia Lund", "Olek Wirth", "Pia Lund"]),
    ],
)
def test_glued_badge_phrase(text: str, names: list[str]) -> None:
    """ "Ann LeeVerified user" twice: the phrase is a badge, not the name's end."""
    assert [c.author for c in threadparse.parse(text).walk()] == names


# html2text: a name's link alone on its line, "· DATE" (the date's link) under it
TARGET_H2T_MARK = r"""\
# Plugin directory adds a review queue

The plugin directory now holds new plugins in a review queue for a week before
they go live, the team announced on Tuesday.

### There are 3 comments

[Ada Brenner](https://ada.example/ "Link to comment author's website") · [March
10, 2017 at 12:20 AM](https://notes.example/plugin-directory-adds-a-review-
queue-for-new-plugins-before-they-go-live#comment-101 "Link to comment")

A week seems fair. Most of the spam plugins vanish within two days
anyway.[Report](javascript:void\(0\);)

  * [Reply](https://notes.example/plugin-directory?replytocom=101#respond)

[Tomas Ekberg Lindqvist](https://tomas-lindqvist.example/ "Link to comment author's website")
· [March 10, 2017 at 1:26 AM](https://notes.example/plugin-directory-adds-a-
review-queue-for-new-plugins-before-they-go-live#comment-102 "Link to comment")

I would rather see automated checks first, then a shorter queue for the rest.
Reviewers are volunteers, after all.[Report](javascript:void\(0\);)

  * [Reply](https://notes.example/plugin-directory?replytocom=102#respond)

[Lin Qiao](https://lin.example/ "Link to comment author's website") · [March
11, 2017 at 8:41 PM](https://notes.example/plugin-directory-adds-a-review-
queue-for-new-plugins-before-they-go-live#comment-103 "Link to comment")

Does the queue apply to updates too, or only to new plugins? I could not tell
from the announcement.[Report](javascript:void\(0\);)

  * [Reply](https://notes.example/plugin-directory?replytocom=103#respond)

### Leave a Reply
"""

TARGET_H2T_MARK_B = r"""\
# Plugin directory adds a review queue

The plugin directory now holds new plugins in a review queue for a week before
they go live, the team announced on Tuesday.

### There are 3 comments

[Nell Okafor](https://ada.example/ "Link to comment author's website") · [March
10, 2017 at 12:20 AM](https://notes.example/plugin-directory-adds-a-review-
queue-for-new-plugins-before-they-go-live#comment-101 "Link to comment")

A week seems fair. Most of the spam plugins vanish within two days
anyway.[Report](javascript:void\(0\);)

  * [Reply](https://notes.example/plugin-directory?replytocom=101#respond)

[Basil Crane-Whitby](https://basil-crane.example/ "Link to comment author's website")
· [March 10, 2017 at 1:26 AM](https://notes.example/plugin-directory-adds-a-
review-queue-for-new-plugins-before-they-go-live#comment-102 "Link to comment")

I would rather see automated checks first, then a shorter queue for the rest.
Reviewers are volunteers, after all.[Report](javascript:void\(0\);)

  * [Reply](https://notes.example/plugin-directory?replytocom=102#respond)

[Ivo Stamm](https://lin.example/ "Link to comment author's website") · [March
11, 2017 at 8:41 PM](https://notes.example/plugin-directory-adds-a-review-
queue-for-new-plugins-before-they-go-live#comment-103 "Link to comment")

Does the queue apply to updates too, or only to new plugins? I could not tell
from the announcement.[Report](javascript:void\(0\);)

  * [Reply](https://notes.example/plugin-directory?replytocom=103#respond)

### Leave a Reply
"""


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (TARGET_H2T_MARK, ["Ada Brenner", "Tomas Ekberg Lindqvist", "Lin Qiao"]),
        (TARGET_H2T_MARK_B, ["Nell Okafor", "Basil Crane-Whitby", "Ivo Stamm"]),
    ],
)
def test_date_after_a_mark_under_the_name(text: str, names: list[str]) -> None:
    """ "· DATE" under the name's line stamps its post as "DATE" does: the mark is the
    separator the name's line would have closed with, no label of another template."""
    assert [c.author for c in threadparse.parse(text).walk()] == names
