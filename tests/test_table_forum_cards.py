"""Posts of forums that lay each post out as a table row, the author's profile card in
one cell (name, rank, fields, a line about themselves) and the post's date in the
other, as the converters print them (`threadparse.posts`): the card's own sentence
inside it, the name opening each card however many fields follow, the card and the
date on one html2text row, a date the template prints where no date reads, a post's
number pushed off its date by a long title, a rank printed twice as a name is.

Every fixture here is invented, in the shapes converters print real forum software.
"""

from __future__ import annotations

import threadparse


def _authors(text: str) -> list[str | None]:
    return [comment.author for comment in threadparse.parse(text).walk()]


# YaBB-like, as resiliparse prints it: the card's lines one by one, a member's line
# about themselves between the status and the fields, the date under the fields.
CARD_SENTENCE = """\
Welcome, Guest. Please Login or Register
Tin Whistle Forum
Home   Help   Search   Login   Register
Tin Whistle Forum › Instruments › Cracked fipple on an old Generation D

Orla Brennick
Junior Member
**
Offline
Forever chasing the second octave.
Posts: 41
Location: Galway
 « on: Apr 3rd, 2009, 7:15pm »
My old Generation D has a hairline crack along the fipple block and the low notes have \
gone breathy. Is it worth gluing or should I just buy another one?

Back to top   View Profile   IP Logged
Tadhg Merrow
Full Member
***
Online
Reeds, whistles and the odd bodhran.
Posts: 377
Location: Cork
 « Reply #1 on: Apr 3rd, 2009, 8:02pm »
A drop of thin superglue from the inside usually seals a hairline crack for good. Keep \
it away from the windway edge or you will change the voice.

Back to top   View Profile   IP Logged
Orla Brennick
Junior Member
**
Offline
Forever chasing the second octave.
Posts: 41
Location: Galway
 « Reply #2 on: Apr 4th, 2009, 9:40am »
Glued it last night from the inside as you said and the breathiness is gone. Thank you!

Back to top   View Profile   IP Logged
Sinead Folan
Senior Member
****
Online
Posts: 1208
Location: Sligo
 « Reply #3 on: Apr 4th, 2009, 11:21am »
Good result. Those old brass-bodied ones are worth keeping, the new plastic heads never \
sound the same to me.

Back to top   View Profile   IP Logged
Tadhg Merrow
Full Member
***
Online
Reeds, whistles and the odd bodhran.
Posts: 377
Location: Cork
 « Reply #4 on: Apr 4th, 2009, 1:05pm »
Agreed, and the glue will outlast the rest of it by the look of things.

Back to top   View Profile   IP Logged
Forum Rules   Privacy   Powered by an old board script
"""


def test_card_sentence_stays_in_the_card() -> None:
    assert _authors(CARD_SENTENCE) == [
        "Orla Brennick",
        "Tadhg Merrow",
        "Orla Brennick",
        "Sinead Folan",
        "Tadhg Merrow",
    ]


# JForum-like, as resiliparse prints it: name, rank, fields, a likes count, the
# member's interests, then the date; the cards of more or fewer lines.
OPENING_NAME = """\
Lathe Talk
A friendly place for hobby machinists
Register / Login
Forums Register Login
all forums » Metalwork » Lathes
Tailstock drifts off centre under load
this forum made possible by our volunteer staff, including ...
Wendell Prosk, Hanne Olvik
Post Reply Bookmark Topic Watch Topic New Topic
bram.tevers
Greenhorn
Posts: 4
posted 3 months ago
Quote
Report post to moderator
When I drill from the tailstock the hole ends up oval and a bit off centre. The quill \
seems tight when I lock it. What should I check first?
Wendell Prosk
Foreman
Posts: 8,204
Location: Tacoma, WA
311
I like...
Lathe MillShaper
posted 3 months ago 4
Quote
Report post to moderator
Check the tailstock base clamp and the gib first. A worn clamp lets the whole casting \
twist as the drill bites.
Hanne Olvik
Journeyman
Posts: 612
27
I like...
Welding
posted 3 months ago 1
Quote
Report post to moderator
Also check the morse taper of the drill chuck arbor. A burr on it will make the chuck \
wobble no matter how good the quill is.
bram.tevers
Greenhorn
Posts: 4
posted 2 months ago
Quote
Report post to moderator
It was the arbor. There was a dent near the tang, stoned it off and the holes are round \
now. Thanks both!
Wendell Prosk
Foreman
Posts: 8,204
Location: Tacoma, WA
311
I like...
Lathe MillShaper
posted 2 months ago
Quote
Report post to moderator
Good find, keep the arbor in the drawer with the chuck so it does not collect more \
dings.
Hanne Olvik
Journeyman
Posts: 612
27
I like...
Welding
posted 2 months ago
Quote
Report post to moderator
Agreed. A dented arbor is the most common cause I see at the club.
Post Reply Bookmark Topic Watch Topic New Topic
Contact Us | Powered by a forum engine
"""


def test_name_opens_each_card() -> None:
    assert _authors(OPENING_NAME) == [
        "bram.tevers",
        "Wendell Prosk",
        "Hanne Olvik",
        "bram.tevers",
        "Wendell Prosk",
        "Hanne Olvik",
    ]


# The same as html2text prints it: the card's cell and the date's on one row, the
# picture linked to the profile before the name linked there too; a long card wraps
# and the row's bar stands on its last line.
PICTURED_ROW = """\
[Lathe Talk](/)

[Forums](/forums) [Register](/register) [Login](/login)

# [Tailstock drifts off centre under load](/t/5521/lathes/tailstock-drift)

[![](/images/avatars/811.jpg)](/u/811/bram-tevers) [bram.tevers](/u/811/bram-tevers) \
Greenhorn Posts: 4 |  [posted 3 months ago](/t/5521/lathes/tailstock-drift#90011 "Jan \
9, 2024 18:02:11")

  * [Quote](/posts/quote/90011)
  * [Report post to moderator](/posts/report/90011)

When I drill from the tailstock the hole ends up oval and a bit off centre.
The quill seems tight when I lock it. What should I check first?\x20\x20
---|---\x20\x20
\x20\x20
[![](/images/avatars/402.jpg)](/u/402/Wendell-Prosk) [Wendell
Prosk](/u/402/Wendell-Prosk) Foreman Posts: 8,204 Location: Tacoma, WA
![](/images/likes.png) 311 I like...\x20\x20
![Lathe](/images/i-like/lathe.png)![Mill](/images/i-like/mill.png) |  [posted 3 months \
ago](/t/5521/lathes/tailstock-drift#90020 "Jan 9, 2024 18:40:52")

  * [Quote](/posts/quote/90020)
  * [Report post to moderator](/posts/report/90020)

Check the tailstock base clamp and the gib first. A worn clamp lets the whole
casting twist as the drill bites.\x20\x20
---|---\x20\x20
\x20\x20
[![](/images/avatars/811.jpg)](/u/811/bram-tevers) [bram.tevers](/u/811/bram-tevers) \
Greenhorn Posts: 4 |  [posted 2 months ago](/t/5521/lathes/tailstock-drift#90107 "Jan \
12, 2024 09:15:40")

  * [Quote](/posts/quote/90107)
  * [Report post to moderator](/posts/report/90107)

It was the arbor. There was a dent near the tang, stoned it off and the holes
are round now. Thanks!\x20\x20
---|---\x20\x20
\x20\x20
[![](/images/avatars/519.jpg)](/u/519/Hanne-Olvik) [Hanne
Olvik](/u/519/Hanne-Olvik) Journeyman Posts: 612 ![](/images/likes.png) 27
I like...\x20\x20
![Welding](/images/i-like/welding.png) |  [posted 2 months \
ago](/t/5521/lathes/tailstock-drift#90133 "Jan 12, 2024 11:02:05")

  * [Quote](/posts/quote/90133)
  * [Report post to moderator](/posts/report/90133)

A dented arbor is the most common cause I see at the club.\x20\x20
---|---\x20\x20
\x20\x20
[Contact Us](/contact) | Powered by a forum engine
"""


def test_card_and_date_on_one_row() -> None:
    assert _authors(PICTURED_ROW) == ["bram.tevers", "Wendell Prosk", "bram.tevers", "Hanne Olvik"]


# Khoros-like, as resiliparse prints it: the date under the rank, the same controls
# under every date; a date of this week printed as its weekday alone.
WEEKDAY_STAMP = """\
Greenfield Community
Sign In
Help
Community › Accounting › Invoices › Invoice numbers skip after import
Invoice numbers skip after import
Options
  • Subscribe to RSS Feed
  • Printer Friendly Page
moss_and_fern
Level 1
‎3 weeks ago
  • Mark as New
  • Bookmark
  • Report Inappropriate Content
Message 1 of 6
After importing last year's invoices the next new invoice jumped from 1042 to 2001. Is \
there a way to set the next number back?
Kudo
Reply
PiaL
Community Champion
‎3 weeks ago
  • Mark as New
  • Bookmark
  • Report Inappropriate Content
Message 2 of 6
Hi moss_and_fern, the import moves the counter past the highest number it saw. Go to \
Settings > Sales > Invoice numbering and type the next number you want.
Kudo
Reply
moss_and_fern
Level 1
‎2 weeks ago
  • Mark as New
  • Bookmark
  • Report Inappropriate Content
Message 3 of 6
That did it, the next one is 1043 again. Thank you!
Kudo
Reply
ledger_lou
Level 7
‎Tuesday
  • Mark as New
  • Bookmark
  • Report Inappropriate Content
Message 4 of 6
Same here after a CSV import. Will the skipped numbers show up as gaps in the audit \
report?
Kudo
Reply
PiaL
Community Champion
‎Wednesday
  • Mark as New
  • Bookmark
  • Report Inappropriate Content
Message 5 of 6
No, numbers that were never issued are not listed as gaps. Only voided invoices show \
there.
Kudo
Reply
ledger_lou
Level 7
‎yesterday
  • Mark as New
  • Bookmark
  • Report Inappropriate Content
Message 6 of 6
Good to know, thanks for checking.
Kudo
Reply
Privacy | Terms | Cookie settings
"""


def test_weekday_where_the_template_prints_dates() -> None:
    assert _authors(WEEKDAY_STAMP) == [
        "moss_and_fern",
        "PiaL",
        "moss_and_fern",
        "ledger_lou",
        "PiaL",
        "ledger_lou",
    ]


# UBB.threads-like, as lynx prints it: the reply's title, then its number and date;
# a long title pushes the date onto a line of its own, the number left on the title's.
WRAPPED_NUMBER = """\
   Harbour Model Yachts
   [1]Forums [2]Search [3]Register [4]Login [5]FAQ

   Harbour Model Yachts >> Rigging

   Sail tension on a one-metre class boat #771204 - 05/02/08 07:14 PM
   [6]keelhauler_ken
   Member
   Registered: 03/11/06
   Posts: 64
   Loc: Plymouth
   My new one-metre points well but loses speed downwind. I have the main
   quite flat. Should I ease the outhaul when running?
   [7]Top [8]Reply [9]Quote

   Re: Sail tension on a one-metre class boat [Re: keelhauler_ken]
   #771230 - 05/02/08 08:01 PM
   [10]Marisol Penhale
   Veteran
   Registered: 09/02/01
   Posts: 2210
   Loc: Falmouth
   Yes, ease the outhaul and the kicker both. A flat main is fast upwind
   but it stalls when the wind comes from behind.
   [11]Top [12]Reply [13]Quote

   Re: Sail tension on a one-metre class boat [Re: Marisol Penhale] #771248
   - 05/02/08 09:37 PM
   [14]keelhauler_ken
   Member
   Registered: 03/11/06
   Posts: 64
   Loc: Plymouth
   Tried it on the pond this evening and it was much better downwind.
   [15]Top [16]Reply [17]Quote

   Re: Sail tension on a one-metre class boat [Re: keelhauler_ken]
   #771262 - 05/02/08 10:05 PM
   [18]Osric Dunmore
   Addict
   Registered: 07/23/04
   Posts: 880
   Loc: Cowes
   Mark the outhaul positions on the boom with a pen so you can set them
   the same every time.
   [19]Top [20]Reply [21]Quote

   Re: Sail tension on a one-metre class boat [Re: Osric Dunmore] #771290
   - 05/03/08 08:40 AM
   [22]Marisol Penhale
   Veteran
   Registered: 09/02/01
   Posts: 2210
   Loc: Falmouth
   Good tip, I use a strip of tape with three marks on mine.
   [23]Top [24]Reply [25]Quote

   [26]Contact Us | Powered by an old board script
"""


def test_number_wrapped_off_its_date() -> None:
    authors = _authors(WRAPPED_NUMBER)
    assert authors[-4:] == ["Marisol Penhale", "keelhauler_ken", "Osric Dunmore", "Marisol Penhale"]


# Khoros-like, as lynx prints it: the name linked twice, then the rank printed twice
# on one line, most ranks a level and its number.
NUMBERED_RANK = """\
   [1]Greenfield Community
   [2]Sign In [3]Help

   [4]Community › [5]Accounting › Invoice numbers skip after import

   [6]moss_and_fern
   [7]moss_and_fern
   Level 1 Level 1
   3 weeks ago
     * Mark as New
     * Bookmark
     * [8]Report Inappropriate Content

   After importing last year's invoices the next new invoice jumped from
   1042 to 2001. Is there a way to set the next number back?
   [9]Reply

   [10]PiaL
   [11]PiaL
   Community Champion Community Champion
   3 weeks ago
     * Mark as New
     * Bookmark
     * [12]Report Inappropriate Content

   Hi moss_and_fern, the import moves the counter past the highest number
   it saw. Go to Settings > Sales > Invoice numbering and type the next
   number you want.
   [13]Reply

   [14]moss_and_fern
   [15]moss_and_fern
   Level 1 Level 1
   2 weeks ago
     * Mark as New
     * Bookmark
     * [16]Report Inappropriate Content

   That did it, the next one is 1043 again. Thank you!
   [17]Reply

   [18]ledger_lou
   [19]ledger_lou
   Level 7 Level 7
   2 weeks ago
     * Mark as New
     * Bookmark
     * [20]Report Inappropriate Content

   Same here after a CSV import. Will the skipped numbers show up as gaps
   in the audit report?
   [21]Reply

   [22]tally_ho_bea
   [23]tally_ho_bea
   Level 3 Level 3
   a week ago
     * Mark as New
     * Bookmark
     * [24]Report Inappropriate Content

   Numbers that were never issued are not listed as gaps, only voided
   invoices show there.
   [25]Reply

   [26]Privacy | [27]Terms
"""


def test_numbered_rank_printed_twice_is_no_name() -> None:
    assert _authors(NUMBERED_RANK) == [
        "moss_and_fern",
        "PiaL",
        "moss_and_fern",
        "ledger_lou",
        "tally_ho_bea",
    ]
