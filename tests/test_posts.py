"""Flat post lists (forums, Q&A): posts found by a stamp that repeats once per post,
their authors read from the header block around it (`threadparse.posts`).

Every fixture here is invented, in the shapes converters print real forum software:
a header block of short lines (the name, often twice or under its avatar's initial,
a rank, a join date, counters) stamped with a post number or a date; a post signed
below its body ("answered DATE" over the name); a name over a "Reply to NAME" line.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import FAILURE_FIXTURES, assert_nothing_lost, need
from threadparse.outline import OutlineNode
from threadparse.posts import is_name_like, is_prose, read_stamp, reply_to

# A forum thread: avatar initial, the name twice, rank, join date, counters, then
# the post's date and number as list items; "Like" and reactions close each post.
FORUM = """\
Garden Forum
Which mulch for raspberries?

  • Thread starter Orrin Blake
  • Start date Mar 2, 2023
You are using an out of date browser. It may not display this site correctly.
O

Orrin Blake

Seedling
Joined
Jan 5, 2021
Messages
41
  • Mar 2, 2023
  • #1
My raspberry canes sulk every summer and I wonder whether the mulch is to blame.

Straw, bark or leaf mould: what works for you?
\x20
  • Like
Reactions: Tamsin Roe
Tamsin Roe

Tamsin Roe

Old Hand
Joined
Jun 9, 2012
Messages
2,304
  • Mar 2, 2023
  • #2
Leaf mould every time, a good five centimetres of it, topped up each autumn.
\x20
  • Like
O

Orrin Blake

Seedling
Joined
Jan 5, 2021
Messages
41
  • Mar 3, 2023
  • #3
Tamsin Roe said:
Leaf mould every time, a good five centimetres of it, topped up each autumn.
Click to expand...
Thanks, I will try that on the north bed first and report back.
\x20
  • Like
You must log in or register to reply here.
Share:
  • Facebook
  • Email
"""


def test_forum_posts_by_running_numbers() -> None:
    page = threadparse.parse(FORUM)
    assert [(c.author, c.depth, c.number) for c in page.walk()] == [
        ("Orrin Blake", 0, 1),
        ("Tamsin Roe", 0, 2),
        ("Orrin Blake", 0, 3),
    ]
    first, second, third = page.comments
    assert first.text.startswith("My raspberry canes sulk")
    assert second.text.startswith("Leaf mould every time")
    assert second.date == "Mar 2, 2023"
    assert "Like" not in second.text  # the controls closing a post are its metadata
    assert third.text.startswith("Tamsin Roe said:")  # (a quote: the post's own text)
    assert "Thread starter Orrin Blake" not in " ".join(c.text for c in page.walk())
    assert_nothing_lost(page, FORUM)


def test_forum_variant_names_printed_once_under_the_initial() -> None:
    text = FORUM.replace("\nTamsin Roe\n\nTamsin Roe\n", "\nT\n\nTamsin Roe\n")
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Orrin Blake", "Tamsin Roe", "Orrin Blake"]
    assert_nothing_lost(page, text)


# phpBB-like: a profile block, then "Post by NAME » Weekday DATE" over the body.
BOARD = """\
Re: Repairing an old bandsaw

Top
User avatar
Hollis
Member
Posts: 212
Joined: Tue Mar 04, 2008 9:12 pm

  • Quote

Post by Hollis » Sat Jan 09, 2016 10:02 am

The tyres on the wheels were cracked, so I ordered new ones and fitted them warm.
Top
Wren Kessler
Posts: 57
Joined: Sun Oct 12, 2014 8:40 pm

  • Quote

Post by Wren Kessler » Sat Jan 09, 2016 11:47 am

Warm tyres stretch so much easier, good tip. Did you crown them afterwards?
Top
User avatar
Hollis
Member
Posts: 212
Joined: Tue Mar 04, 2008 9:12 pm

  • Quote

Post by Hollis » Sun Jan 10, 2016 8:15 am

No crowning needed with these, they came pre-crowned from the supplier.
Top
Return to “Workshop”
"""


def test_board_posts_named_in_their_stamp() -> None:
    page = threadparse.parse(BOARD)
    assert [c.author for c in page.walk()] == ["Hollis", "Wren Kessler", "Hollis"]
    assert [c.date for c in page.comments] == [
        "Jan 09, 2016 10:02 am",
        "Jan 09, 2016 11:47 am",
        "Jan 10, 2016 8:15 am",
    ]
    assert page.comments[1].text.startswith("Warm tyres stretch")
    assert_nothing_lost(page, BOARD)


# Q&A: the question is the article; answers are signed below their body ("answered
# DATE" over the avatar's alternative text and the name); comments are list items
# signed below ("NAME", "– NAME", the date).
QA = """\
How do I keep bread from going stale?

Asked 3 years ago
Viewed 2k times
4

My loaves go hard within a day. Is there a way to store bread that keeps it soft?

Share
Improve this question
asked May 3, 2021 at 9:12
Pell Arden's user avatar
Pell Arden
1,20444 silver badges
  • Do you bake with fat in the dough? It changes a lot.
    Ketty Moss
    –  Ketty Moss
    2021-05-03 10:02:11 +00:00
    Commented May 3, 2021 at 10:02
Add a comment  |

2 Answers

Reset to default
7

Freeze it in slices the day you bake it and toast what you need, it keeps for weeks.

Share
Improve this answer
answered May 3, 2021 at 11:40
Dunmore Vale's user avatar
Dunmore Vale
8,10122 gold badges
  • 2
    Freezing works, but only if the bag is airtight.
    Ketty Moss
    –  Ketty Moss
    2021-05-03 12:00:00 +00:00
    Commented May 3, 2021 at 12:00
  • Good point, I double bag mine.
    Dunmore Vale
    –  Dunmore Vale
    2021-05-03 12:30:00 +00:00
    Commented May 3, 2021 at 12:30
Add a comment  |
3

Add a little fat or milk to the dough: enriched loaves stay soft for days longer.

Share
Improve this answer
answered May 4, 2021 at 8:05
Ilse Tamber's user avatar
Ilse Tamber
3,45011 silver badge
Add a comment  |

Your Answer

Thanks for contributing an answer!
"""


def test_qa_answers_and_their_comments() -> None:
    page = threadparse.parse(QA)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Ketty Moss", 0),  # a comment on the question: at the top level
        ("Dunmore Vale", 0),
        ("Ketty Moss", 1),
        ("Dunmore Vale", 1),
        ("Ilse Tamber", 0),
    ]
    answer = page.comments[1]
    assert answer.text.startswith("Freeze it in slices")
    assert answer.date == "May 3, 2021 at 11:40"
    assert answer.children[0].text == "Freezing works, but only if the bag is airtight."
    assert [m.role for m in answer.children[0].meta].count("signature") == 4
    assert "My loaves go hard" in " ".join(b.text for b in page.article.blocks)
    assert_nothing_lost(page, QA)


# Comment plugin: name, an optional "Reply to NAME", a relative date, the body, controls.
PLUGIN = """\
Choosing a rain barrel

We compared six barrels over one summer.

9 Comments
Inline Feedback
View all comments
Marta Ives
2 months ago

Did you test the overflow valves in heavy rain?

0
Reply
Bo Lindqvist
Reply to  Marta Ives
2 months ago

We did, the brass ones never clogged, the plastic ones did twice.

1
Reply
Sunniva Holt
1 month ago

Which one would you buy again?

0
Reply
Marta Ives
Reply to  Bo Lindqvist
3 weeks ago

Good to know, brass it is then.

0
Reply
"""


def test_reply_to_name_nests_under_that_authors_post() -> None:
    page = threadparse.parse(PLUGIN)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Marta Ives", 0),
        ("Bo Lindqvist", 1),
        ("Marta Ives", 2),
        ("Sunniva Holt", 0),
    ]
    assert page.comments[0].children[0].text.startswith("We did, the brass ones")
    assert_nothing_lost(page, PLUGIN)


# Blogger's old layout: "NAME said..." over the body, the date after it.
LEGACY = """\
Notes on tidal clocks

A tidal clock has one hand and a twelve-hour-twenty-five-minute dial.

3 comments:

Ansel Frey said...

Mine drifts by about ten minutes a week, is that normal?

April 12, 2011 11:30 AM
Anonymous said...

Only if it sits far from the coast it was set for.

April 12, 2011 11:49 AM
Ansel Frey said...

Thanks, that explains it, I moved it inland.

April 13, 2011 9:02 AM
"""


def test_name_said_with_an_ellipsis() -> None:
    page = threadparse.parse(LEGACY)
    assert [c.author for c in page.walk()] == ["Ansel Frey", "Anonymous", "Ansel Frey"]
    assert page.comments[1].text.startswith("Only if it sits far")
    assert_nothing_lost(page, LEGACY)


@pytest.mark.parametrize(
    "text",
    [
        # an article with two dated lines is not a post list
        "Spring walk\n\nPosted March 3, 2022\n\nWe walked along the river for hours.\n\n"
        "Updated March 5, 2022\n\nThe bridge has since been repaired and reopened.\n",
        # a list of other posts with their dates is furniture
        "News\n\nA story about tides and clocks, told at length for the reader.\n\n"
        "Related\n\n  • Tide tables explained for beginners and experts\n    27 April 2022 | 4\n"
        "  • The history of the harbour clock and its keepers\n    21 April 2022 | 2\n"
        "  • Why the moon pulls harder on some coasts than on others\n    18 April 2022 | 9\n",
    ],
)
def test_dated_lines_alone_make_no_posts(text: str) -> None:
    page = threadparse.parse(text)
    assert page.comments == []
    assert_nothing_lost(page, text)


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("My raspberry canes sulk every summer and I wonder whether the mulch is to blame.", True),
        ("Thanks, I will try that.", True),
        ("Joined: Tue Mar 04, 2008 9:12 pm", False),
        ("Verdant Hill Riders, VT., Pine Valley Peacemakers, NH., Coast Marshals", False),
        ("Old Hand", False),
    ],
)
def test_prose_or_field(line: str, prose: bool) -> None:
    assert is_prose(line) is prose


def test_name_like_lines() -> None:
    assert is_name_like("Tamsin Roe") and is_name_like("@river_song")
    assert not is_name_like("Joined: Jan 5, 2021")
    assert not is_name_like("Mar 2, 2023")
    assert not is_name_like("2,304")
    assert not is_name_like("Reply to Marta Ives")
    assert reply_to("Reply to  Marta Ives") == "Marta Ives"


def test_failure_class_g_signature_after_the_body() -> None:
    page = threadparse.parse_file(need(FAILURE_FIXTURES / "G_signature.txt"))
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Linnea", 0),
        ("Odo Marsh", 1),
        ("Tess", 0),
    ]
    assert page.comments[1].text.startswith("Hi Rowan,")


SIGNED = """\
Fixing a dripping tap

Replace the washer first.

3 Comments:

  1. The washer was fine, it was the seat that was pitted.

    Arvid Lund · June 2, 2021

    • Then a reseating tool is what you need.

      Mira Solberg · June 3, 2021

  2. Worked for me on the first try, thanks.

    Petra Nyman · June 9, 2021

Leave a Comment!
"""


def test_signed_items_variant() -> None:
    page = threadparse.parse(SIGNED)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Arvid Lund", 0),
        ("Mira Solberg", 1),
        ("Petra Nyman", 0),
    ]
    assert page.comments[0].text == "The washer was fine, it was the seat that was pitted."
    assert page.comments[0].date == "June 2, 2021"
    assert_nothing_lost(page, SIGNED)


# An older board: the post number first, then the date, the avatar's alternative text
# (the only place the name is printed), rank and fields, then the body.
NUMBERED_FIRST = """\
Free plans for garden benches

  #1
Old 03-14-2009, 06:39 PM
Ferris Quill's Avatar
Member
Join Date: Apr 2001
Posts: 520
I collected links to free bench plans over the winter, here they are for anyone.
Upvote
  #2
Old 03-15-2009, 08:12 AM
Lotte Brandt's Avatar
Visiting Guest
Posts: 12
Thanks, the slatted one with the curved back is exactly what I was looking for.
Upvote
  #3
Old 03-15-2009, 09:40 AM
Ferris Quill's Avatar
Member
Join Date: Apr 2001
Posts: 520
Glad it helps, post a picture when it is built please.
Upvote
"""


def test_the_avatar_text_names_the_author() -> None:
    page = threadparse.parse(NUMBERED_FIRST)
    assert [(c.author, c.number) for c in page.walk()] == [
        ("Ferris Quill", 1),
        ("Lotte Brandt", 2),
        ("Ferris Quill", 3),
    ]
    assert page.comments[1].text.startswith("Thanks, the slatted one")
    assert_nothing_lost(page, NUMBERED_FIRST)


# html2text: names as Markdown links whose title names them again, avatars as images
# whose alternative text is the name, post numbers as links.
MARKDOWN_FORUM = """\
# Rust on the drive shaft

[ ![Perrin Vale](/data/avatars/s/1/17.jpg) ](/members/perrin-vale.17/)

#### [Perrin Vale](/members/perrin-vale.17/ "Perrin Vale is offline")

##### Member

  * [ Feb 3, 2024 ](/threads/rust.9/post-101)
  * [ #1 ](/threads/rust.9/post-101)

The shaft of my old mower is rusted through at the bearing, can it be saved at all?

[ ![Jorun Sand](/data/avatars/s/2/28.jpg) ](/members/jorun-sand.28/)

#### [Jorun Sand](/members/jorun-sand.28/ "Jorun Sand is offline")

##### Old Hand

  * [ Feb 3, 2024 ](/threads/rust.9/post-102)
  * [ #2 ](/threads/rust.9/post-102)

Wire brush it, then a rust converter, then grease; replace the bearing while you are there.

[ ![Perrin Vale](/data/avatars/s/1/17.jpg) ](/members/perrin-vale.17/)

#### [Perrin Vale](/members/perrin-vale.17/ "Perrin Vale is offline")

##### Member

  * [ Feb 4, 2024 ](/threads/rust.9/post-103)
  * [ #3 ](/threads/rust.9/post-103)

Done, it turns freely again, thank you for the quick and clear advice.
"""


def test_markdown_forum_names_from_pictures_and_link_titles() -> None:
    page = threadparse.parse(MARKDOWN_FORUM)
    assert [(c.author, c.number) for c in page.walk()] == [
        ("Perrin Vale", 1),
        ("Jorun Sand", 2),
        ("Perrin Vale", 3),
    ]
    assert page.comments[1].text.startswith("Wire brush it")
    assert_nothing_lost(page, MARKDOWN_FORUM)


def test_a_link_title_that_names_the_line_is_read_with_the_link() -> None:
    from threadparse import lines

    assert lines.plain('[Jorun Sand](/members/28/ "Jorun Sand is offline")') == "Jorun Sand"


# html2text: a board's "Post by NAME » Weekday DATE" line, wrapped inside the stamp (the
# link's target makes it long).
WRAPPED = """\
Re: Winter storage of dahlias

Post by [Hollis](./memberlist.php?mode=viewprofile&u=5210&sid=8f1e) » Wed
Aug 28, 2019 12:22 am

Lift them after the first frost and dry the tubers upside down for a week.

Post by [Wren Kessler](./memberlist.php?mode=viewprofile&u=7731&sid=8f1e) » Thu
Aug 29, 2019 8:05 am

I store mine in dry sand in the garage, never lost one in ten years.
"""


def test_a_stamp_wrapped_inside_its_date() -> None:
    page = threadparse.parse(WRAPPED)
    assert [c.author for c in page.comments] == ["Hollis", "Wren Kessler"]
    assert [c.date for c in page.comments] == ["Aug 28, 2019 12:22 am", "Aug 29, 2019 8:05 am"]
    assert page.comments[0].text.startswith("Lift them after the first frost")
    assert_nothing_lost(page, WRAPPED)


SIGNED_DE = """\
Fahrradkette wechseln

Die Kette alle 3000 Kilometer prüfen.

2 Kommentare:

  • Bei mir hat die Kettenlehre schon nach 2000 Kilometern angeschlagen.

    Ingrid Falk · 3. März 2020

  • Danke für die Anleitung, hat auf Anhieb geklappt.

    Bo Ekdahl · 5. März 2020
"""


def test_signed_items_second_variant() -> None:
    page = threadparse.parse(SIGNED_DE)
    assert [(c.author, c.date) for c in page.walk()] == [
        ("Ingrid Falk", "3. März 2020"),
        ("Bo Ekdahl", "5. März 2020"),
    ]
    assert page.comments[1].text == "Danke für die Anleitung, hat auf Anhieb geklappt."
    assert_nothing_lost(page, SIGNED_DE)


def test_the_last_post_ends_where_the_others_footer_starts_again() -> None:
    page = threadparse.parse(FORUM)
    last = page.comments[-1]
    assert [b.text for b in last.blocks][-1] == (
        "Thanks, I will try that on the north bed first and report back."
    )
    assert [m.text for m in last.meta if m.role == "footer"] == ["Like"]
    assert [f.text for f in page.furniture][-4:] == [
        "You must log in or register to reply here.", "Share:", "Facebook", "Email"
    ]  # fmt: skip
    assert_nothing_lost(page, FORUM)
    # without a footer on the other posts, the last one runs to its text's end, as before
    bare = FORUM.replace("  • Like\n", "", 2)
    assert [b.text for b in threadparse.parse(bare).comments[-1].blocks][-2:] == [
        "Like", "You must log in or register to reply here."
    ]  # fmt: skip


# A busier Q&A page: more comments than answers (on the question and under an answer),
# an answer edited by someone else ("edited DATE" over the editor, above "answered
# DATE" over the author), comments signed "– NAME" over their date.
QA_BUSY = """\
Why does my sourdough starter smell of acetone?

Asked 2 years ago
5

It was fine for weeks, now it smells like nail polish remover after a day.

Share
asked Jan 9, 2022 at 8:00
Mirela Dunn's user avatar
Mirela Dunn
41122 bronze badges
  • How often do you feed it?
    – Pim Larsen
    Jan 9, 2022 at 8:10
  • Twice a day, equal weights of flour and water.
    – Mirela Dunn
    Jan 9, 2022 at 8:20
  • Which flour, and how warm is the kitchen?
    – Oona Reyes
    Jan 9, 2022 at 9:02
Add a comment  |

2 Answers

6

The starter is hungry: feed it more often, or at a higher ratio of flour.

Share
edited Jan 10, 2022 at 7:00
Pim Larsen's user avatar
Pim Larsen
1,01011 silver badges
answered Jan 9, 2022 at 10:30
Oona Reyes's user avatar
Oona Reyes
3,20022 gold badges
  • That worked, it smells of yoghurt again.
    – Mirela Dunn
    Jan 11, 2022 at 18:00
  • A spoon of rye flour helps too.
    – Pim Larsen
    Jan 11, 2022 at 19:40
Add a comment  |
2

Keep it in the fridge between bakes, it slows the yeast down.

Share
answered Jan 12, 2022 at 11:11
Tove Amsel's user avatar
Tove Amsel
88055 bronze badges
Add a comment  |

Your Answer

By posting your answer, you agree to the terms of service and the privacy policy.
"""


def test_qa_with_more_comments_than_answers() -> None:
    page = threadparse.parse(QA_BUSY)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Pim Larsen", 0),  # the question's comments: at the top level, before the answers
        ("Mirela Dunn", 0),
        ("Oona Reyes", 0),
        ("Oona Reyes", 0),  # the author under "answered DATE", not the editor above it
        ("Mirela Dunn", 1),
        ("Pim Larsen", 1),
        ("Tove Amsel", 0),
    ]
    assert page.comments[3].text.startswith("The starter is hungry")
    assert page.comments[3].children[1].text == "A spoon of rye flour helps too."
    assert_nothing_lost(page, QA_BUSY)


# An older Q&A layout: no avatars, each comment one line that ends in its signature.
QA_OLD = """\
Is a dutch oven worth it for bread?

Share
asked Nov 19 '20 at 4:59
Rafe Holm
1,19722 gold badges
  • 3
    Only if you bake more than once a week, in my experience. – Ines Varga Nov 19 '20 at 6:12

The closed pot keeps the steam in, and the crust comes out much better.

Share
answered Nov 20 '20 at 12:02
Ines Varga
40k99 gold badges
  • 2
    A roasting tin over a tray does the same for less money. – Sten Moller Nov 20 '20 at 13:00

A baking stone and a tray of water come close, and cost less.

Share
answered Nov 21 '20 at 9:15
Sten Moller
2,51522 silver badges

By posting your answer, you agree to the terms of service and the privacy policy.
"""


def test_old_qa_layout_comments_signed_at_the_end_of_their_line() -> None:
    page = threadparse.parse(QA_OLD)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Ines Varga", 0),
        ("Ines Varga", 0),
        ("Sten Moller", 1),
        ("Sten Moller", 0),
    ]
    assert page.comments[1].text.startswith("The closed pot")
    assert page.comments[1].children[0].date == "Nov 20 '20 at 13:00"
    assert_nothing_lost(page, QA_OLD)


# The same Q&A layout as w3m prints it: a picture without alternative text is the start
# of its file's name in brackets ("[4e1]"), on the line between "answered DATE" and the
# name; the comments are list items, each signed at its end ("– NAME DATE").
QA_W3M = """\
Is a dutch oven worth it for bread?

Share
Follow
asked Nov 19 '20 at 4:59
[9ad]
Rafe Holm
1,197[sprites]22 gold badges[sprites]88 silver badges

  • 3
    Only if you bake more than once a week, in my experience, and only for the
    round loaves. – Ines Varga Nov 19 '20 at 6:12

2 Answers

Active Oldest Votes
12


The closed pot keeps the steam in, and the crust comes out much better than on
a tray. I bake twice a week and would not go back to an open oven now.

Share
Follow
answered Nov 20 '20 at 12:02
[4e1]
Ines Varga
40k[sprites]99 gold badges[sprites]102102 silver badges

  • 2
    A roasting tin over a tray does the same for less money, at least for the
    long loaves. – Sten Moller Nov 20 '20 at 13:00
  • 1
    @StenMoller A tin lets too much steam out at the edges, in my oven. –
    Ines Varga Nov 20 '20 at 14:30

add a comment
3


A baking stone and a tray of water come close, and cost less than a good pot.

Share
Follow
answered Nov 21 '20 at 9:15
[c07]
Sten Moller
2,515[sprites]22 silver badges
  • 1
    I tried the tray of water and my oven door fogged up for an hour. – Rafe Holm
    Nov 21 '20 at 10:02

add a comment

Your Answer

By posting your answer, you agree to the terms of service and the privacy policy.
"""


def test_w3m_qa_names_under_picture_placeholders() -> None:
    page = threadparse.parse(QA_W3M)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Ines Varga", 0),  # the question's comment
        ("Ines Varga", 0),  # the first answer, its comments under it
        ("Sten Moller", 1),
        ("Ines Varga", 1),
        ("Sten Moller", 0),
        ("Rafe Holm", 1),
    ]
    assert page.comments[1].text.startswith("The closed pot")
    assert page.comments[2].children[0].text.startswith("I tried the tray")
    assert_nothing_lost(page, QA_W3M)


# A second variant: an answer edited by someone else ("edited DATE" over the editor's
# picture and name, then "answered DATE" over the author's), the comments cut short by
# a "show N more comments" control.
QA_W3M_EDITED = """\
Why does my starter smell of acetone?

Share
asked Jan 9 '22 at 8:00
[b3f]
Mirela Dunn
411[sprites]22 bronze badges

3 Answers

6


The starter is hungry: feed it more often, or at a higher ratio of flour to
water, and keep it a little cooler for a week.

Share
Improve this answer
edited Jan 10 '22 at 7:00
[70a]
Pim Larsen
1,010[sprites]11 silver badge
answered Jan 9 '22 at 10:30
[e52]
Oona Reyes
3,200[sprites]22 gold badges

  • 4
    That worked, it smells of yoghurt again after three feeds. – Mirela Dunn
    Jan 11 '22 at 18:00
  • 2
    A spoon of rye flour in every feed helps too, in my experience. – Pim
    Larsen Jan 11 '22 at 19:40

show 3 more comments
2


Keep it in the fridge between bakes, it slows the yeast down a great deal.

Share
Improve this answer
answered Jan 12 '22 at 11:11
[8c4]
Tove Amsel
880[sprites]55 bronze badges

  • 1
    The fridge made mine sluggish for days, so I gave up on it. – Oona Reyes Jan
    12 '22 at 13:00

add a comment
1


Change the flour: a fresh bag fixed it for me within two days of feeding.

Share
Improve this answer
answered Jan 14 '22 at 9:40
[d19]
Haldor Berg
52[sprites]11 bronze badge
add a comment

Your Answer

By posting your answer, you agree to the terms of service and the privacy policy.
"""


def test_w3m_qa_author_under_answered_not_the_editor() -> None:
    page = threadparse.parse(QA_W3M_EDITED)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Oona Reyes", 0),  # the author under "answered DATE", not the editor above it
        ("Mirela Dunn", 1),
        ("Pim Larsen", 1),
        ("Tove Amsel", 0),
        ("Oona Reyes", 1),
        ("Haldor Berg", 0),
    ]
    assert page.comments[0].text.startswith("The starter is hungry")
    assert page.comments[0].children[1].text.startswith("A spoon of rye flour")
    assert_nothing_lost(page, QA_W3M_EDITED)


# A question with one answer: "answered DATE" stamps a single post, so it never repeats
# down the page; the question's own "asked DATE" over its author's picture and name is
# the same template. The answer's last line is indented code (the body's, not a list).
QA_LONE = """\
Can I proof dough in the fridge overnight?

Asked 1 year ago
Viewed 310 times
3

I want fresh rolls for breakfast without getting up at five. Will the dough survive?

Share
Improve this question
asked Feb 2, 2023 at 21:15
Brisa Lund's user avatar
Brisa Lund
40133 bronze badges
  • Which yeast do you use, fresh or dried?
    Tamsin Roe
    –  Tamsin Roe
    2023-02-02 21:40:00 +00:00
    Commented Feb 2, 2023 at 21:40
Add a comment  |

1 Answer 1

Reset to default
5

Yes, shape the rolls, cover them, leave them in the fridge and bake them cold, as follows:

evening = shape
  night = fridge
dawn = bake
Share
Improve this answer
answered Feb 3, 2023 at 6:05
Caspar Welde's user avatar
Caspar Welde
2,02122 silver badges
Add a comment  |

You must log in to answer this question.

Start asking to get answers
"""

# The same page as html2text prints it: the edit stamp a link whose title wraps, the
# avatar a picture link wrapped over three lines, the count a heading.
QA_LONE_HTML2TEXT = """\
# Can I proof dough in the fridge overnight?

Asked 1 year ago

I want fresh rolls for breakfast without getting up at five. Will the dough
survive?

[Share](/q/41 "Short permalink to this question")

asked Feb 2, 2023 at 21:15

[![Brisa Lund's user
avatar](https://example.org/avatar/b1.png?s=64&d=identicon&r=PG&f=y&so-
version=2)](/users/77/brisa-lund)

[Brisa Lund](/users/77/brisa-lund)

40133 bronze badges

##  1 Answer 1

5

[](/posts/42/timeline "Show activity on this post.")

Yes, shape the rolls, cover them and leave them in the fridge, then bake them
cold. A slow proof makes them taste better too.

[Share](/a/42 "Short permalink to this answer")

[edited Feb 3, 2023 at 7:30](/posts/42/revisions "show all edits to this
post")

answered Feb 3, 2023 at 6:05

[![Caspar Welde's user
avatar](https://example.org/avatar/c2.png?s=64&d=identicon&r=PG&f=y&so-
version=2)](/users/78/caspar-welde)

[Caspar Welde](/users/78/caspar-welde)

2,02122 silver badges

##  Your Answer

Thanks for contributing an answer! Please be sure to answer the question.
"""


@pytest.mark.parametrize(
    "text",
    [QA_LONE, QA_LONE_HTML2TEXT, QA_LONE.split("\n\nYou must")[0]],  # (cut: nothing after it)
    ids=["resiliparse", "html2text", "cut"],
)
def test_a_lone_answer_is_signed_as_the_question_is(text: str) -> None:
    page = threadparse.parse(text)
    answer = page.comments[-1]
    assert (answer.author, answer.depth, answer.date) == ("Caspar Welde", 0, "Feb 3, 2023 at 6:05")
    assert answer.text.startswith("Yes, shape the rolls")
    assert "I want fresh rolls" in " ".join(b.text for b in page.article.blocks)
    assert "Brisa Lund" not in [c.author for c in page.walk()]  # (the question: no comment)
    assert_nothing_lost(page, text)


def test_a_lone_answer_needs_the_questions_template_not_its_words() -> None:
    # other words, the same shape: still a lone post
    reworded = QA_LONE.replace("asked Feb", "posted Feb").replace("answered Feb", "replied Feb")
    assert threadparse.parse(reworded).comments[-1].author == "Caspar Welde"
    # the question unsigned (no name under its stamp): one dated line, no post
    unsigned = QA_LONE.replace("Brisa Lund's user avatar\nBrisa Lund\n", "")
    assert "Caspar Welde" not in [c.author for c in threadparse.parse(unsigned).walk()]
    # the dates ending otherwise ("at 6:05" against none): not one template
    other = QA_LONE.replace("asked Feb 2, 2023 at 21:15", "asked Feb 2, 2023")
    assert "Caspar Welde" not in [c.author for c in threadparse.parse(other).walk()]


# The lone answer as lynx prints it: each link numbered, the avatar's link number alone
# on its line over the picture's alternative text, which lynx may indent under it.
QA_LONE_LYNX = """\
[12]Can I proof dough in the fridge overnight?

   [13]Ask Question
   Asked 1 year ago
   Viewed 310 times
   (BUTTON)
   3
   (BUTTON) (BUTTON)

   I want fresh rolls for breakfast without getting up at five. Will the
   dough survive a night in the fridge?
     * [14]bread

   [15]Share
   [16]Improve this question
   (BUTTON) Follow
   asked Feb 2, 2023 at 21:15
   [17]
   Brisa Lund's user avatar
   [18]Brisa Lund
   40133 bronze badges
   1
     * Which yeast do you use, fresh or dried?
       Tamsin Roe
       –  [19]Tamsin Roe
       2023-02-02 21:40:00 +00:00
       Commented Feb 2, 2023 at 21:40

   Add a comment  |

1 Answer 1

   Sorted by: [20]Reset to default
   (BUTTON)
   5
   (BUTTON) (BUTTON)

   Yes, shape the rolls, cover them, leave them in the fridge and bake
   them cold. A slow proof makes them taste better too.
   [21]Share
   [22]Improve this answer
   (BUTTON) Follow
   answered Feb 3, 2023 at 6:05
   [23]
   Caspar Welde's user avatar
   [24]Caspar Welde
   2,02122 silver badges

   Add a comment  |

Your Answer

   (BUTTON) Post Your Answer
"""


@pytest.mark.parametrize(
    "deeper",
    ["   [23]", "   Caspar Welde's user avatar", "   [24]Caspar Welde"],
    ids=["link-number", "alternative-text", "name"],
)
def test_a_line_indented_between_the_stamp_and_the_name_under_it_is_the_signatures(
    deeper: str,
) -> None:
    # one line of the signature indented deeper than the stamp: the signature still runs
    # on to the name under the stamp, which heads the answer and is no trailer's
    text = QA_LONE_LYNX.replace(f"\n{deeper}\n", f"\n  {deeper}\n")
    assert text != QA_LONE_LYNX
    page = threadparse.parse(text)
    answer = page.comments[-1]
    assert (answer.author, answer.header) == ("Caspar Welde", "[24]Caspar Welde")
    assert answer.text.startswith("Yes, shape the rolls")
    assert not any("Caspar Welde" in item.text for item in page.furniture)
    assert_nothing_lost(page, text)


@pytest.mark.parametrize(
    ("text", "last"),
    [(QA, "Add a little fat"), (QA_BUSY, "Keep it in the fridge")],
    ids=["plain", "busy"],
)
def test_the_last_signed_answer_needs_no_prose_after_it(text: str, last: str) -> None:
    # two answers, the page cut right after the second one's signature
    cut = text.split("Add a comment  |\n\nYour Answer")[0]
    page = threadparse.parse(cut)
    assert [c.author for c in page.comments][-1] == threadparse.parse(text).comments[-1].author
    assert page.comments[-1].text.startswith(last)
    assert len(list(page.walk())) == len(list(threadparse.parse(text).walk()))


# A comment plugin's flat list: a post's body too short to read as prose (no full
# stop) between two dated stamps of the same shape: two posts, not a date printed twice.
SHORT_REPLIES = """\
Pickling onions at home

Small onions, a hot brine and a cool cellar are all you need for a good jar of pickles.

5 Comments
Inline Feedback
View all comments
Petra Lund
2 months ago

How long should the jars rest before we open them? I never wait more than a week.

1
Reply
Osman Kaya
Reply to  Petra Lund
2 months ago

Three weeks at the very least, and longer if you can keep your hands off them.

0
Reply
Petra Lund
Reply to  Osman Kaya
2 months ago

Will do, thanks for that

0
Reply
Ines Moreau
2 months ago

I add a bay leaf and a few peppercorns to every jar, and it makes all the difference to the taste.

2
Reply
Tove Berg
Reply to  Ines Moreau
1 month ago

Good idea, I will try it out next time

0
Reply
Arvid Stone
1 month ago

Does the same brine work for shallots, or do they need a milder one?

0
Reply
"""

SHORT_POST_DATED = """\
Repairing a cane chair seat

The old seat had split along the front rail, so I cut it out and wove a new one from pre-woven cane.

Responses

Hedda Voss

March 3, 2024 at 9:12 am

Did you soak the cane before pressing it into the groove, or does the pre-woven kind go in dry?

Reply

Lorcan Pike

March 3, 2024 at 11:40 am

Soaked it for half an hour

Reply

Wim Dekker

March 4, 2024 at 8:05 am

Which glue did you use for the spline? Mine came with a tube of white glue that seems far too thin.

Reply

Hedda Voss

March 9, 2024 at 6:30 pm

That explains why mine cracked at the corners when I pushed the spline in, thank you.

Reply

Lorcan Pike

March 10, 2024 at 7:15 am

Plain wood glue works fine, just wipe off what squeezes out before it sets.

Reply
"""


def test_a_short_reply_between_two_ages_is_a_post() -> None:
    page = threadparse.parse(SHORT_REPLIES)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Petra Lund", 0),
        ("Osman Kaya", 1),
        ("Petra Lund", 2),
        ("Ines Moreau", 0),
        ("Tove Berg", 1),
        ("Arvid Stone", 0),
    ]
    assert page.comments[0].children[0].children[0].text.startswith("Will do, thanks for that")
    assert_nothing_lost(page, SHORT_REPLIES)


def test_a_short_post_between_two_dates_is_a_post() -> None:
    page = threadparse.parse(SHORT_POST_DATED)
    assert [c.author for c in page.walk()] == [
        "Hedda Voss",
        "Lorcan Pike",
        "Wim Dekker",
        "Hedda Voss",
        "Lorcan Pike",
    ]
    assert page.comments[1].text == "Soaked it for half an hour"
    assert_nothing_lost(page, SHORT_POST_DATED)


# -- templates that put a post's header block elsewhere ---------------------------------

# Four posts of a sourdough board: each one's author as a name, a bio and the interests
# printed on the profile card (a list of fields between two "Posted DATE" lines).
BAKERS = [
    ("Hollis Fenn", "2.1k", "Lake Orta",
     "Old tractors, sourdough, long walks, and mending what others throw away!",
     "My sourdough starter went grey and sluggish after the move, does anyone know why?"),
    ("Wren Kessler", "845", "Bramble Hill", "Beekeeping, hill walks and clocks",
     "Grey usually means it is hungry, so feed it twice a day for a week and keep it warm."),
    ("Tamsin Roe", "3.3k", "Otter Bay", "Baking, the fiddle, and reading old maps for fun.",
     "Also check the flour, a new bag of white flour can slow it right down for a while."),
    ("Ugo Brandt", "12", "Far Reach", "Trains, mostly old ones, and anything with a boiler.",
     "Thanks all, two days of feeding and it is bubbling away again on the shelf."),
]  # fmt: skip


def card_board(wrapped: bool) -> str:
    """The board as printed with a short header ("NAME", "Posted DATE", "NAME") over the
    profile card, whose items hold sentences: a long interests field (``wrapped``: as
    w3m wraps it onto a line under the item, and with a line about the member)."""
    out = ["Baking Board", "Sluggish sourdough starter", ""]
    for number, (name, count, place, interests, body) in enumerate(BAKERS):
        card = [f"  • {name} Veteran", "  • Members", f"    • {count}", "  • Gender:Male"]
        card.append(f"  • Location:{place}")
        if wrapped:
            head, _, tail = interests.partition(", ")
            card += [f"  • Interests:{head},", f"    {tail}"]
            if number % 2 == 0:
                card.append("  • I have kept bees on the hillside since my first year of school.")
        else:
            card.append(f"  • Interests:{interests}")
        card.append("  • Club# 4411")
        out += [f"{name} Veteran", "", name, "", "Posted May 3, 2024", "", name, ""]
        out += [*card, "Posted May 3, 2024", "", body, ""]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("wrapped", [False, True])
def test_a_profile_cards_sentences_start_no_post(wrapped: bool) -> None:
    text = card_board(wrapped)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, *_ in BAKERS]
    assert [c.text for c in page.comments] == [body for *_, body in BAKERS]
    assert_nothing_lost(page, text)


PLANS = [
    ("Hollis Fenn", "Member", "Join Date: Apr 2001",
     "I have seen a lot of questions about plans for garden benches, here is a list of free ones."),
    ("wren_k", "Visiting Guest", "Posts: n/a",
     "Thanks for putting this together, it must have taken you a long while."),
    ("Hollis Fenn", "Member", "Join Date: Apr 2001",
     "Found another one today, a search engine for plans that lets you filter by tool."),
    ("tamsin77", "Visiting Guest", "Posts: n/a",
     "Here are a few more sites that I have used for the potting bench I built last spring."),
    ("Ugo Brandt", "Senior Member", "Join Date: Feb 1999",
     "Composting bins are another good weekend project, and the plans are simple enough."),
]  # fmt: skip


def numbered_board(items: bool) -> str:
    """A board whose post number opens the header block, as inscriptis prints it: the
    number, the date under it, then the name, the rank and the fields (``items``: the
    number and date as one numbered list item, the name and profile links under it)."""
    pad = " " * 22
    out = ["Garden Projects", "", "          Free plans for garden benches, look here first", ""]
    if not items:
        out.append(pad + "Thread Tools")
    for n, (name, rank, field, body) in enumerate(PLANS, 1):
        if items:
            out += [f"             {n}. 11-2{n}-2024, 09:0{n} AM #{n}", f"{pad}{name}"]
            out += [f"{pad}  + View Profile", f"{pad}  + View Forum Posts", f"{pad[2:]}{rank}"]
            out += [f"{pad[4:]}{field} Posts 3", f"{pad[2:]}{body}", f"{pad[6:]}Reply With Quote 0"]
        else:
            out += [f"{pad}#{n}", f"{pad}0{n}-1{n}-2003, 0{n}:39 PM", f"{pad}      {name}"]
            out += [f"{pad}      {rank}", f"{pad}    {field}", f"{pad}    Location: Lakeside"]
            out += [f"{pad}{body}", "", f"{pad}Upvote"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("items", [False, True])
def test_the_post_number_over_the_name(items: bool) -> None:
    text = numbered_board(items)
    page = threadparse.parse(text)
    assert [(c.author, c.number) for c in page.walk()] == [
        (name, n) for n, (name, *_) in enumerate(PLANS, 1)
    ]
    assert [c.text for c in page.comments] == [body for *_, body in PLANS]
    assert_nothing_lost(page, text)


def guest_board(lynx: bool) -> str:
    """A board whose members' posts print the name under the avatar's text, under the
    stamp and its date, and whose guests' posts print the name alone there (``lynx``:
    with lynx's link numbers)."""
    number = iter(range(301, 400))

    def linked(text: str) -> str:
        return f"[{next(number)}]{text}" if lynx else text

    out = ["Garden Projects", "Free plans for garden benches, look here first", "", "Thread Tools"]
    for n, (name, rank, _, body) in enumerate(PLANS, 1):
        out += [f"   #{linked(str(n))}" if lynx else f"\u00a0 #{n} \u00a0"]
        out.append(f"Old 0{n}-1{n}-2003, 0{n}:39 PM")
        if rank == "Visiting Guest":
            out += [name, rank, "Posts: n/a"]
        else:
            out += [linked(f"{name}'s Avatar"), linked(name), rank, "Join Date: Apr 2001"]
        out += [body, "", linked("Upvote")]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("lynx", [False, True])
def test_guests_are_named_under_the_stamp_as_members_are(lynx: bool) -> None:
    text = guest_board(lynx)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, *_ in PLANS]
    assert [c.text for c in page.comments] == [body for *_, body in PLANS]
    assert_nothing_lost(page, text)


QUILTERS = """\
Quilting Corner
Binding corners that lie flat?

Hollis Fenn
Posted March 3, 2024

My mitred corners on the binding always bunch up a little, whatever I try with the fold.

Does anyone press the fold first, or sew it straight from the strip?

Wren Kessler
Posted March 3, 2024

I press a crease at forty-five degrees before I turn the corner, and it lies flat every time.

Tamsin Roe
Posted March 4, 2024

Same here, and a dab of starch on the crease helps with slippery cottons.

Ugo Brandt
Posted March 4, 2024

Thanks, the pressed crease worked on the whole quilt, no more bunching at all.

Sign in to reply

"""
QUILTER_NAMES = ["Hollis Fenn", "Wren Kessler", "Tamsin Roe", "Ugo Brandt"]

# Lists of other topics printed after the posts: a name, a count and a title by item,
# then "NAME · Started DATE"; or a title over its count and "NAME · DATE".
TOPICS = [
    """\
  • Latest from the magazine

    • Odile Varga
      3
      Ten notions worth their drawer space

      Odile Varga · Started 2 hours ago

    • Odile Varga
      0
      A visit to the button museum

      Odile Varga · Started 5 hours ago

    • Piet Laan
      1
      Spring fabric colours, ranked

      Piet Laan · Started 9 hours ago
""",
    """\
  • Similar threads

    • Quilting with linen, any tips
      12 replies

      Lachlan Moss · 4 days ago

    • Hand or machine binding
      40 replies

      Bea Ortiz · 6 days ago

    • Which batting for a baby quilt
      7 replies

      Cora Lind · 8 days ago
""",
]


@pytest.mark.parametrize("topics", TOPICS)
def test_a_list_of_topics_after_the_posts_holds_no_comments(topics: str) -> None:
    text = QUILTERS + topics
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == QUILTER_NAMES
    assert_nothing_lost(page, text)


# A link aggregator's comment page, flat: one-word handles over a relative date that
# closes the line, or is followed only by a bar of control links ("| parent | next").
HANDLES_FLAT = """\
Fixing a tide clock with a bicycle chain (tides.example.org)
214 points by wharfrat 11 hours ago | hide | past | 9 comments

moorhen 9 hours ago{bar}
I tried the same trick on a ship's barometer last winter, and the chain stretched within a month.
reply
quayside 8 hours ago{bar2}
A stretched chain is still cheaper than a new gear train, and you can shorten it with a link tool.
reply
bollard_j 7 hours ago{bar2}
The bigger problem is the escapement, which nobody seems to mention in the original write-up.
reply
tiderace 5 hours ago{bar}
Did anyone measure how far it drifts over a week? Mine lost about four minutes in the first days.
reply

Guidelines | FAQ | Contact
"""
HANDLE_NAMES = ["moorhen", "quayside", "bollard_j", "tiderace"]


@pytest.mark.parametrize(("bar", "bar2"), [("", ""), (" | next[–]", " | root | parent | next[–]")])
def test_one_word_handles_over_relative_dates_are_posts(bar: str, bar2: str) -> None:
    text = HANDLES_FLAT.format(bar=bar, bar2=bar2)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == HANDLE_NAMES
    assert [c.text.split()[0] for c in page.walk()] == ["I", "A", "The", "Did"]


def test_two_names_over_closing_times_make_no_post_list() -> None:
    # only two such lines: too few to tell names from words (a Blogger "Ann21:00")
    text = HANDLES_FLAT.format(bar="", bar2="").replace("bollard_j 7 hours ago\n", "")
    text = text.replace("tiderace 5 hours ago\n", "")
    assert [c.author for c in threadparse.parse(text).walk()] != ["moorhen", "quayside"]


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("moorhen 9 hours ago | root | parent | next[–]", False),
        ("moorhen 9 hours ago | and then the chain snapped twice over the winter", True),
    ],
)
def test_a_date_before_a_bar_of_controls_is_no_prose(line: str, prose: bool) -> None:
    assert is_prose(line) is prose


# An invented community forum thread as resiliparse prints it: each post a list item,
# its header block (the name with its rank, the name, the group, counters) over a
# "Posted DATE" line; a planner's dated attribution ("Exported by TOOL DATE") closes a
# post's body and comes back in the posts that quote it; each post ends with the same
# controls, "Share on other sites" printed twice; a sidebar of other topics, each
# stamped "NAME · DATE", follows the thread.
_QUOTED_POSTS = [  # (name, rank, counters, date, name quoted or None, body, holds the plan)
    (
        "Hollis_Crane", "Seedling", ["12"], "April 3, 2024", None,
        "My allotment has a tall brick wall along its north edge and I would like to"
        " grow runner beans against it this year.",
        True,
    ),
    (
        "Marta Oyelaran", "Veteran", ["3.1k", "210"], "April 3, 2024", "Hollis_Crane",
        "Beans will crop on a north wall but later and lighter than in the open; give"
        " them a rich trench.",
        True,
    ),
    (
        "Ines Calloway", "Member", ["57"], "April 4, 2024", "Marta Oyelaran",
        "Agreed about the trench, and I would add a thick mulch of grass clippings once"
        " the beans are up.",
        False,
    ),
    (
        "Piet Vandermolen", "Mentor", ["8.4k", "377"], "April 4, 2024", None,
        "Sweet peas mind the shade far less than beans do, so I would swap the two beds"
        " around and see.",
        True,
    ),
    (
        "Hollis_Crane", "Seedling", ["12"], "April 5, 2024", "Piet Vandermolen",
        "Good idea, the sweet peas can go against the wall and the beans out in the open"
        " bed by the path.",
        True,
    ),
]  # fmt: skip
_PLAN = [
    "Bed 1: runner beans, two rows",
    "Bed 2: sweet peas",
    "Total: 2 beds",
    "Exported by PlotPlanner 2024-04-03 09:12 BST+0100",
]
_SIDEBAR = [
    ("Ines Calloway", "1 hour ago"),
    ("Teodor Hask", "3 hours ago"),
    ("Wren Atherley", "5 hours ago"),
]
_QUOTED_AUTHORS = [post[0] for post in _QUOTED_POSTS]


def _post_body(indent: str, quoted: str | None, body: str, plan: bool) -> list[str]:
    """A post's body: the quote (its attribution, the plan when it holds one), the
    reply; or the text and the plan under it."""
    lines = [f"2 hours ago, {quoted} said:", "", *(_PLAN if plan else []), ""] if quoted else []
    lines += [body, ""] + ([*_PLAN, ""] if plan and not quoted else [])
    return [indent + line if line else "" for line in lines]


def _quoting_forum_resiliparse(control: str, sidebar: bool) -> str:
    out = [
        "Allotment Talk",
        "  • Forums",
        "",
        "Runner beans on a north wall?",
        "",
        "By Hollis_Crane",
    ]
    for name, rank, counts, date, quoted, body, plan in _QUOTED_POSTS:
        out += [f"  • {name} {rank}", "", f"    • {name}", "", "    • Member"]
        out += [f"      • {count}" for count in counts] + [f"    Posted {date}"]
        out += _post_body("    ", quoted, body, plan)
        out += ["    Link to comment", "    https://example.org/t/77/", f"    {control}"]
        out += ["    Link to post", f"    {control}"]
    out += ["", "    Sign in to comment", ""]
    for who, when in _SIDEBAR if sidebar else ():
        out += [f"      • {who}", "        Compost too wet?", "", f"        {who} · {when}"]
        out += ["        Posted in Vegetables", "", "        4"]
    return "\n".join(out) + "\n"


def _quoting_forum_inscriptis(counters: bool) -> str:
    out = ["Allotment Talk", "", "  Runner beans on a north wall?", "", "    By Hollis_Crane"]
    for name, _, counts, date, quoted, body, plan in _QUOTED_POSTS:
        out += ["    * ", "", f"        * {name}", "", "        * Member"]
        out += [f"            + {count}" for count in counts] if counters else []
        out += [f"              Posted {date}", "                * ", ""]
        out += _post_body("              ", quoted, body, plan)
        for line in ("Link to comment", "https://example.org/t/77/", "Share on other sites"):
            out += [f"            {line}", ""]
        out += ["            Link to post", "", "            Share on other sites"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("sidebar", [True, False])
def test_a_quoted_dated_attribution_stamps_no_post(sidebar: bool) -> None:
    # the quoted "Exported by TOOL DATE" lines (and with them the sidebar's "NAME ·
    # DATE" lines, which outnumber the posts) are no stamp: "Posted DATE" is
    page = threadparse.parse(_quoting_forum_resiliparse("Share on other sites", sidebar))
    assert [c.author for c in page.walk()] == _QUOTED_AUTHORS
    assert [c.depth for c in page.walk()] == [0] * 5


@pytest.mark.parametrize("control", ["Share on other sites", "Report this post"])
def test_a_control_printed_twice_in_every_post_is_no_name(control: str) -> None:
    # the control closing each post stands in the next post's header block, twice
    page = threadparse.parse(_quoting_forum_resiliparse(control, sidebar=False))
    assert [c.author for c in page.walk()] == _QUOTED_AUTHORS
    assert "Sweet peas mind the shade" in list(page.walk())[3].text


@pytest.mark.parametrize("counters", [True, False])
def test_a_body_nested_under_its_header_item_is_the_post(counters: bool) -> None:
    # inscriptis nests the stamp and the body under the header block's last item (a
    # counter, "+ 12", or the group, "* Member"): that item is the post, no thread
    page = threadparse.parse(_quoting_forum_inscriptis(counters))
    assert [c.author for c in page.walk()] == _QUOTED_AUTHORS
    assert [c.text.split()[0] for c in page.walk()] == ["My", "2", "2", "Sweet", "2"]


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            "Post by Ann Lee » Tue Aug 27, 2019 4:08 am",
            "Post by Bob » Wed Aug 28, 2019 1:59 am",
            True,
        ),
        ("by Ann Lee May 2, 2024", "Bob Stone · May 3, 2024", True),
        ("Exported by PlotPlanner 2024-04-03 09:12 BST+0100", "Ann Lee · 3 hours ago", False),
        ("Posted by Ann Lee September 27, 2023", "Last updated on November 23, 2025", False),
    ],
)
def test_header_stamps_of_one_template_share_their_key(first: str, second: str, same: bool) -> None:
    # the words around the name are the template ("post … »"); a weekday or a
    # connector ("by") is no part of it
    keys = [
        read_stamp(OutlineNode(None, text, 1, 1, 0, len(text), False, ()))
        for text in (first, second)
    ]
    assert None not in keys
    assert (keys[0].key == keys[1].key) is same  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("[24]Orla Penhallow [26]13 hours ago | [27]link | [28]reply | [29]flag", False),
        ("[24]moorhen avatar [25]moorhen [26]13 hours ago | [27]link |", False),  # wrapped
        ("[–]moorhen 41 points42 points43 points 5 hours ago (2 children)", False),
        ("[–]moorhen 41 points42 points43 points 5 hours ago (1 reply)", False),
        ("moorhen 9 hours ago (and I still think the chain was the real problem here)", True),
    ],
)
def test_a_date_before_numbered_controls_or_a_reply_count_is_no_prose(
    line: str, prose: bool
) -> None:
    assert is_prose(line) is prose


# Two-word names before the date, a bar of controls or a lone toggle after it.
NAMED_FLAT = """\
Fixing a tide clock with a bicycle chain (tides.example.org)
214 points by wharfrat 11 hours ago | hide | past | 9 comments

Orla Penhallow 9 hours ago | next[–]
I tried the same trick on a ship's barometer last winter, and the chain stretched within a month.
reply
Tamsin Greaves 8 hours ago | root | parent | next[–]
A stretched chain is still cheaper than a new gear train, and you can shorten it with a link tool.
reply
Bede Ollerton 7 hours ago | root | parent | next[–]
The bigger problem is the escapement, which nobody seems to mention in the original write-up.
reply
Ivo Marsh 5 hours ago{last}
Did anyone measure how far it drifts over a week? Mine lost about four minutes in the first days.
reply

Guidelines | FAQ | Contact
"""


@pytest.mark.parametrize("last", [" | next[–]", " [–]"])
def test_full_names_before_a_bar_of_controls_are_posts(last: str) -> None:
    page = threadparse.parse(NAMED_FLAT.format(last=last))
    names = ["Orla Penhallow", "Tamsin Greaves", "Bede Ollerton", "Ivo Marsh"]
    assert [c.author for c in page.walk()] == names


# A flat dump of a nested thread whose headers close with a count of replies: the
# counts, read in order, give the tree.
COUNTED = """\
Which spokeshave for a first chair? (self.greenwood)
submitted 6 hours ago by lathe_owl

[–]moorhen 41 points 5 hours ago ({a} children)

I started with a flat-bottomed one and never regretted it, the round one can wait a year.

  • permalink
  • reply

[–]quayside 12 points 4 hours ago (2 children)

Same here, although a cheap one needed a new blade before it would cut cleanly at all.

  • permalink
  • reply

[–]bollard_j 3 points 4 hours ago (0 children)

Which blade did you buy in the end? The ones I found were all out of stock for months.

  • permalink
  • reply

[–]tiderace 9 points 3 hours ago (0 children)

A blade from the old tool sale works fine, and the round one is better for chair spindles.

  • permalink
  • reply

[–]kettle_wren 7 points 2 hours ago (1 child)

Whatever you get, practise on green ash first, because it forgives nearly every mistake.

  • permalink
  • reply

[–]dunlin -1 points 1 hour ago (0 children)

Green ash is hard to find around here, so I have been using birch from the hedges instead.

  • permalink
  • reply
"""


@pytest.mark.parametrize("replies", ["1", "3"])  # direct replies; all the replies under it
def test_reply_counts_in_the_headers_nest_a_flat_dump(replies: str) -> None:
    page = threadparse.parse(COUNTED.format(a=replies))
    walked = [(c.depth, c.author) for c in page.walk()]
    assert walked == [
        (0, "moorhen"),
        (1, "quayside"),
        (2, "bollard_j"),
        (2, "tiderace"),
        (0, "kettle_wren"),
        (1, "dunlin"),
    ]


def test_reply_counts_that_make_no_tree_leave_the_posts_flat() -> None:
    page = threadparse.parse(COUNTED.format(a="7"))  # (past the page)
    assert [c.depth for c in page.walk()] == [0] * 6


# A header whose date the converter dropped: the name (a toggle glued before it, or a
# score after it) and its count of replies, nothing else.
DATELESS = """\
Which drawknife for green oak? (self.greenwood)

Most of the ones I see at the markets are too dull to judge, so I am asking here first.

all 5 comments

{0}fenwick_{2}(3 children)

Buy the one with the straightest back, the bevel can always be reground at home later.

{0}Marta Velloso{2}(1 child)

A straight back matters less than a handle that does not wobble, in my experience anyway.

{0}oarlock{2}(0 children)

Both of those, and check the tang too, because a loose tang ruins the whole tool quickly.

{0}brindle7{2}(0 children)

Mine came from a car boot sale and needed nothing but an hour on the stones to work well.

{0}sedge_and_reed{2}(0 children)

I would add that a cheap leather strop does more for the edge than any expensive stone.
"""


@pytest.mark.parametrize(
    ("toggle", "score"),
    [("[–]", " 41 points42 points43 points "), ("[+] ", " 7 points "), ("[–]", " ")],
)
def test_dateless_headers_closed_by_a_reply_count_nest_by_their_counts(
    toggle: str, score: str
) -> None:
    page = threadparse.parse(DATELESS.format(toggle, "", score))
    walked = [(c.depth, c.author) for c in page.walk()]
    assert walked == [
        (0, "fenwick_"),
        (1, "Marta Velloso"),
        (2, "oarlock"),
        (1, "brindle7"),
        (0, "sedge_and_reed"),
    ]


def test_a_name_and_a_reply_count_alone_stamp_no_post() -> None:
    page = threadparse.parse(DATELESS.format("", "", " "))  # (no toggle, no score)
    assert [c.author for c in page.walk()] == []


@pytest.mark.parametrize(
    "line",
    [
        "[–]wren_a -1 points 0 points 1 points 2 hours ago (1 child)",
        "[+]Hollis Varga 3 points 4 points 5 points 6 days ago (1 reply)",
    ],
)
def test_a_date_before_a_short_reply_count_is_no_prose(line: str) -> None:
    assert is_prose(line) is False


def test_a_quoted_line_stamps_no_post() -> None:
    # html2text prints a quote box's attribution as a ">" line: it opens a quote
    quoted = "> [Ann Lee posted on 2021-3-14 13:41](forum.php?goto=findpost&pid=1)"
    assert read_stamp(OutlineNode(None, quoted, 1, 1, 0, len(quoted), False)) is None
    shown = "Posted by Ann Lee on 2021-3-14 13:41"
    assert read_stamp(OutlineNode(None, shown, 1, 1, 0, len(shown), False)) is not None
