"""A thread's opening post printed with the replies' own name line but without the
stamp that marks each reply (`posts.find._with_templated_opening`): a topic whose
header is the replies' name over a rank and date line, the thread's title between it
and the body, each reply numbered "#N" under its date; a microblog thread whose first
post prints its date line under its text, each reply its age over the name; a post
dated with its year over replies dated without one. And what must stay the article:
a blog's byline ("Posted on DATE", "Submitted by NAME on DATE") over the article
whose author answers in the comments, a profile's field with a date in it.

Every fixture is invented, in the shapes resiliparse, html2text, w3m and lynx print
such pages.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

# a forum topic: the opener's name, rank and date, the title, then the body; each
# reply "#N" under its rank and date; the opener answers as "#2"
TOPIC = """\
MOTOBOARD
Home > Forum > Scooters
bayu.rides
Forum Regular · 11-06-2023 09:12

[HELP] Which 125cc scooter for a daily commute across town?

Good morning everyone, I need some advice before I buy.

My ride is about 22 km each way, half of it in slow traffic, and my budget is tight.
I am looking at two models and cannot decide between them.
4
Quote Reply Share
Replies
dewi.kartika
Forum Veteran · 11-06-2023 09:40
#1
I have ridden the smaller one for two years on a similar route. The seat is fine and
it sips fuel, but the rear shock is hard on bad roads.
6
Quote Reply Share
bayu.rides
Forum Regular · 11-06-2023 10:05
#2
Thanks, how often did you have to service the belt on that route?
1
Quote Reply Share
agus.mekanik
Forum Master · 11-06-2023 10:31
#3
Every 8,000 km for the belt and rollers, whatever the model. Do not skip it.
9
Quote Reply Share
putri.ayu
Forum Regular · 11-06-2023 11:02
#4
Buy the one with the bigger tank, you will thank yourself in traffic.
2
Quote Reply Share
dewi.kartika
Forum Veteran · 11-06-2023 11:20
#5
Agreed on the tank. And test ride both with a passenger if you can.
3
Quote Reply Share
"""

TOPIC_HTML2TEXT = """\
[MOTOBOARD](/)

[Home](/) > [Forum](/forum) > [Scooters](/forum/scooters)

[bayu.rides](/profile/bayu.rides)

Forum Regular · 11-06-2023 09:12

## [HELP] Which 125cc scooter for a daily commute across town?

Good morning everyone, I need some advice before I buy.

My ride is about 22 km each way, half of it in slow traffic, and my budget is
tight. I am looking at two models and cannot decide between them.

4

Quote Reply Share

Replies

[dewi.kartika](/profile/dewi.kartika)

Forum Veteran · 11-06-2023 09:40

#1

I have ridden the smaller one for two years on a similar route. The seat is
fine and it sips fuel, but the rear shock is hard on bad roads.

6

Quote Reply Share

[bayu.rides](/profile/bayu.rides)

Forum Regular · 11-06-2023 10:05

#2

Thanks, how often did you have to service the belt on that route?

1

Quote Reply Share

[agus.mekanik](/profile/agus.mekanik)

Forum Master · 11-06-2023 10:31

#3

Every 8,000 km for the belt and rollers, whatever the model. Do not skip it.

9

Quote Reply Share

[putri.ayu](/profile/putri.ayu)

Forum Regular · 11-06-2023 11:02

#4

Buy the one with the bigger tank, you will thank yourself in traffic.

2

Quote Reply Share

[dewi.kartika](/profile/dewi.kartika)

Forum Veteran · 11-06-2023 11:20

#5

Agreed on the tank. And test ride both with a passenger if you can.

3

Quote Reply Share
"""

# a microblog thread as w3m prints it: the focused post's name and handle glued, its
# date line under its text; each reply its age over "NAME @handle"
TOOTS = """\
Log in to follow profiles and reply to posts.

Login  Create account

Ruth Okafor 🐝@ruth_hives

Has anyone else found their bees flying on the warm afternoons this week? Mine were
out in numbers and I am worried they will eat through their stores too fast.

Should I put a fondant block on now, or wait until the first inspection?

12 Feb 2024, 15:10 · · 8 · 21
2 h
Piet Janssen @pietj@bees.example

@ruth_hives A fondant block now does no harm. Heft the hive first: if it feels light,
feed.

1 h
Ruth Okafor 🐝 @ruth_hives

@pietj It feels lighter at the back than the front. Fondant it is, thank you.

45 min
Mara Lind @maralind@social.example

@ruth_hives Same here, and the crocuses are open, so they are bringing pollen in too.
"""

# the same thread as lynx prints it: link numbers, the post's buttons under its date
TOOTS_LYNX = """\
   Log in to follow profiles and reply to posts.
   [1]Login[2]Create account

(BUTTON) Back

   (BUTTON)
   [3]
   Ruth Okafor 🐝@ruth_hives

   Has anyone else found their bees flying on the warm afternoons this week?
   Mine were out in numbers and I am worried they will eat through their
   stores too fast.

   Should I put a fondant block on now, or wait until the first inspection?
   [4]12 Feb 2024, 15:10 · · [5]8 · [6]21
   (BUTTON)
   (BUTTON)
   (BUTTON)
   [7]2 h[8]
   Piet Janssen @pietj@bees.example

   [9]@ruth_hives A fondant block now does no harm. Heft the hive first: if it
   feels light, feed.
   (BUTTON) (BUTTON) (BUTTON)
   [10]1 h[11]
   Ruth Okafor 🐝 @ruth_hives

   [12]@pietj It feels lighter at the back than the front. Fondant it is, thank
   you.
   (BUTTON) (BUTTON) (BUTTON)
   [13]45 min[14]
   Mara Lind @maralind@social.example

   [15]@ruth_hives Same here, and the crocuses are open, so they are bringing
   pollen in too.
   (BUTTON) (BUTTON) (BUTTON)
"""

# a post dated with its year over replies dated without one, html2text
YEARLESS = """\
[Board](/b) [Study abroad](/b/abroad)

Kyoto Institute

2023年11月2日 20:15

# Is it normal to miss the exchange city more than home?

I came back from Lyon three weeks ago and I still check the tram times there every
morning out of habit.

Did anyone else feel this for months?

Comments 3

Osaka Gakuin

F1・11月2日 20:40

Yes, it took me a whole semester. Keep some of the habits you picked up there.

Kyoto Institute原PO

F2・11月2日 21:02

That is a good idea, I will keep my Sunday market walk.

Tohoku Tech

F3・11月3日 08:11

Write to the friends you made there. It helps more than you would think.
"""

# a blog article whose author answers in the comments: the byline prints "Posted on"
BLOG = """\
Slow Garden

Why we stopped digging the vegetable beds

Ines Barros
Posted on May 2, 2024

For years we turned every bed over each autumn, and every spring the weeds came back
thicker than before. Three years ago we stopped, covered the beds with compost and
cardboard instead, and planted straight into them.

The soil is darker now, the worms are back, and the weeding takes half the time. The
beds also drain better after heavy rain, which surprised us most of all.

3 thoughts on “Why we stopped digging the vegetable beds”

Ines Barros
May 3, 2024

Thanks to everyone who asked about the cardboard: plain brown boxes, tape removed.

Reply
Tom Reyes
May 3, 2024

Did you have trouble with slugs under the cardboard in the first year?

Reply
Ines Barros
May 4, 2024

A little in the first spring, none since the birds found them.

Reply
"""

BLOG_HTML2TEXT = """\
Slow Garden

Why we stopped digging the vegetable beds

[Ines Barros](/author/ines)

Posted on May 2, 2024

For years we turned every bed over each autumn, and every spring the weeds came back
thicker than before. Three years ago we stopped, covered the beds with compost and
cardboard instead, and planted straight into them.

The soil is darker now, the worms are back, and the weeding takes half the time. The
beds also drain better after heavy rain, which surprised us most of all.

3 thoughts on “Why we stopped digging the vegetable beds”

[Ines Barros](/author/ines)

May 3, 2024

Thanks to everyone who asked about the cardboard: plain brown boxes, tape removed.

[Reply](#respond)

[Tom Reyes](/u/tomr)

May 3, 2024

Did you have trouble with slugs under the cardboard in the first year?

[Reply](#respond)

[Ines Barros](/author/ines)

May 4, 2024

A little in the first spring, none since the birds found them.

[Reply](#respond)

"""

# a blog article and its comments in one template, the article's line naming its
# author: "Submitted by NAME on DATE" over the article, the date alone over comments
SUBMITTED = """\
Valley Beekeepers
Home » Blogs » hanna.s's blog

How the club apiary came through the wet autumn

hanna.s's picture
Submitted by hanna.s on Tue, 11/07/2023 - 18:05

We lost two of nine colonies this autumn, both to damp rather than cold. The hives
with quilt boxes and an upper entrance stayed dry, the ones without did not.

Next year every hive gets a quilt box before October, and we will check the candy
boards for moisture once a month.

Comments

piotr.w's picture
piotr.w
Tue, 11/07/2023 - 19:30
Permalink
Same on the ridge: the two hives without quilt boxes were the wet ones.
hanna.s's picture
hanna.s
Tue, 11/07/2023 - 20:12
Permalink
Good to hear it is not just us. Did you use wood shavings or burlap?
piotr.w's picture
piotr.w
Wed, 11/08/2023 - 07:45
Permalink
Shavings, coarse ones, changed in January.
"""


def _authors(page: threadparse.Page) -> list[str | None]:
    return [comment.author for comment in page.walk()]


def test_topic_header_over_title_is_the_opening_post() -> None:
    """The topic's name and rank line read as the replies' are, the title between it
    and the body: the opening post is the first comment, the title in its text."""
    for text in (TOPIC, TOPIC_HTML2TEXT):
        page = threadparse.parse(text)
        assert _authors(page) == [
            "bayu.rides",
            "dewi.kartika",
            "bayu.rides",
            "agus.mekanik",
            "putri.ayu",
            "dewi.kartika",
        ]
        opening = page.comments[0]
        assert opening.date == "11-06-2023 09:12"
        assert "Good morning everyone" in opening.text
        assert "Good morning everyone" not in page.article.text
        assert all(comment.depth == 0 for comment in page.walk())
        assert_nothing_lost(page, text)


def test_microblog_date_under_the_body() -> None:
    """A focused post with its name and handle glued over its text and its date line
    under it, the replies' ages over their names: the post is the first comment."""
    for text in (TOOTS, TOOTS_LYNX):
        page = threadparse.parse(text)
        assert _authors(page) == ["Ruth Okafor 🐝", "Piet Janssen", "Ruth Okafor 🐝", "Mara Lind"]
        opening = page.comments[0]
        assert opening.date == "12 Feb 2024, 15:10"
        assert opening.text.startswith("Has anyone else found")
        assert "12 Feb 2024" not in opening.text
        assert_nothing_lost(page, text)


def test_year_printed_on_the_opening_post_only() -> None:
    """The opening post dated "2023年11月2日 20:15" over replies dated "F1・11月2日
    20:40": the same format but for the year."""
    page = threadparse.parse(YEARLESS)
    assert _authors(page) == ["Kyoto Institute", "Osaka Gakuin", "Kyoto Institute", "Tohoku Tech"]
    assert page.comments[0].date == "2023年11月2日 20:15"
    assert page.comments[0].text.startswith("# Is it normal")
    assert_nothing_lost(page, YEARLESS)


def test_blog_bylines_stay_the_article() -> None:
    """An article's byline over the article stays the article's, though its author
    answers in the comments under a name line printed the same: "Posted on DATE" is a
    word the comments' dates do not print, nor "Submitted by NAME on DATE"."""
    for text in (BLOG, BLOG_HTML2TEXT):
        page = threadparse.parse(text)
        assert "For years we turned every bed" in page.article.text
        assert not any("For years we turned" in comment.text for comment in page.walk())
        assert _authors(page) == ["Ines Barros", "Tom Reyes", "Ines Barros"]
        assert_nothing_lost(page, text)
    page = threadparse.parse(SUBMITTED)
    assert "We lost two of nine colonies" in page.article.text
    assert not any("We lost two" in comment.text for comment in page.walk())
    assert len(page.comments) == 3
    assert_nothing_lost(page, SUBMITTED)


def test_profile_field_date_is_no_opening_date() -> None:
    """A name over a profile's "Joined: DATE" field is no opening post's header: the
    replies' dates print no such word."""
    text = TOPIC.replace("Forum Regular · 11-06-2023 09:12", "Joined: 03-01-2019")
    page = threadparse.parse(text)
    assert not any("Good morning everyone" in comment.text for comment in page.walk())
    assert_nothing_lost(page, text)
