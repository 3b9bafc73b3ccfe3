"""Shapes of round 9's blog themes and engines (`tests/heldout8`), each tested on invented
variants.

- A date followed by "'s" is a possessive in a sentence ("shown at last year's
  conference"), no post's date.
- A version number is no date: "96.0.4664.110" (a longer dotted run), "v1.4.16",
  "?v=1.4.16".
- A comment widget's browser and system after the name ("Ann Lee Chrome 96.0.4664.110
  Android 11") are no part of the name: the line is the name over its date line.
- A name printed twice that is no one word of letters ("id:ann_k id:ann_k", "Ann Lee Ann
  Lee") is the name once; "Roberto Roberto" may be a name and stays.
- The post author's badge after the name ("Marloes Post author", Dutch "Berichtauteur")
  goes where the article's byline names the name alone ("… by Marloes.").
- "Comment from: NAME [Visitor]" heads a comment; a label in brackets and an icon's word
  after it ("[Visitor] Email") are no part of the name, nor an icon before it ("●Ann").
- A date whose "pm" is glued to a control after it ("06:38 pmReply to this comment")
  names nobody.
- Numbered signatures under the bodies, each glued over the next body ("#1.1 Ann on
  DATE (Reply)"), close their bodies; the numbers after a dot nest the replies; a word
  in parentheses that several names carry ("(Homepage)") is a link's label.
- "Comments, Pingbacks:" opens a comment section as "Comments" does.
- A mark that the comment was edited after its age ("Ann · 2d · Edited") is no part of
  the header's shape.
- A capitalised word glued to a name ("Nadia ReyesAdmin") is a badge where the page
  prints the name without it.
- An item whose line is a name, then the body, then the date alone after a blank line
  ("• id:ann_k" … "2021-03-04 13:10") is a comment signed by its date below.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L
from threadparse.names import _undoubled


@pytest.mark.parametrize(
    "line",
    [
        "A test wafer shown at last year's developer conference.",
        "Photos from yesterday’s ride",
    ],
)
def test_a_possessive_date_is_no_header(line: str) -> None:
    assert L.read_header(line) is None


@pytest.mark.parametrize(
    "text", ["Chrome 96.0.4664.110", "v1.4.16", "avatar.png?d=mp&v=1.4.16", "build 3.2.2021.7"]
)
def test_a_version_number_is_no_date(text: str) -> None:
    assert L.find_date(text) is None


@pytest.mark.parametrize("text", ["14.03.2021", "Ann 3/14/21 at 9:00", "am 1.4.2016 um 12:00"])
def test_numeric_dates_are_still_dates(text: str) -> None:
    assert L.find_date(text) is not None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Priya N. Chrome 96.0.4664.110 Android 11", "Priya N."),
        ("tomas_l Firefox 95.0 Linux", "tomas_l"),
        ("Marek Safari 15.1 Mac OS 10.15.7", "Marek"),
        ("Elin S. Edge 96.0.1054.43 Windows 10.0", "Elin S."),
        ("Ann Lee", "Ann Lee"),
        ("Chrome 96.0", "Chrome 96.0"),  # (nothing before it: no name to keep)
    ],
)
def test_a_browser_and_system_after_a_name_are_no_part_of_it(line: str, name: str) -> None:
    assert L.without_device(line) == name


DEVICES = """A weather station on a solar panel

The station wakes every ten minutes, reads the sensor and posts the reading.

5 Comments
Priya N. Chrome 96.0.4664.110 Android 11
2 days agoReply

Did you keep the last access point in memory? Skipping the scan cut my wake time a lot.

Tomas Lindqvist Firefox 95.0 Linux
1 days agoReply

Not yet, but that is the next thing on my list.

hobbyist_jk Chrome 96.0.4664.93 Windows 10.0
5 days agoReply

My breakout board turned out to be the cheaper sensor without humidity.

Marek Safari 15.1 Mac OS 10.15.7
2021-12-08Reply

How do you shade the sensor from direct sun at noon?

Elin S. Edge 96.0.1054.43 Windows 10.0
2021-12-04Reply

Thanks for the power budget table, my numbers match yours.

Powered by a comment widget v1.4.16
"""


def test_names_with_a_browser_and_system_over_their_dates() -> None:
    page = threadparse.parse(DEVICES)
    comments = list(page.walk())
    assert [(c.author, c.date) for c in comments] == [
        ("Priya N.", "2 days ago"),
        ("Tomas Lindqvist", "1 days ago"),
        ("hobbyist_jk", "5 days ago"),
        ("Marek", "2021-12-08"),
        ("Elin S.", "2021-12-04"),
    ]
    assert comments[3].text.startswith("How do you shade")
    assert_nothing_lost(page, DEVICES)


@pytest.mark.parametrize(
    ("author", "name"),
    [
        ("id:mame_roast id:mame_roast", "id:mame_roast"),
        ("Ann Lee Ann Lee", "Ann Lee"),
        ("Mary Ann Mary Ann", "Mary Ann"),
        ("Roberto Roberto", "Roberto Roberto"),
        ("Ann Ann Admin", "Ann"),
    ],
)
def test_a_name_printed_twice(author: str, name: str) -> None:
    assert _undoubled(author) == name


BYLINE = """Along the Linge by bike

Seventy kilometres of dike road, two ferries and one very good terrace.

This entry was posted in Routes on May 18, 2014 by {byline}.

4 thoughts on “Along the Linge by bike”

  1. Joost van der Heijden May 18, 2014 at 9:12 am

    Which ferry did you take at the second crossing?

    Reply ↓
      1. Marloes {badge}May 18, 2014 at 10:39 am

        The small one by the lock, it runs every half hour.

        Reply ↓
  2. Ineke Blom May 19, 2014 at 6:02 pm

    Lovely route, we did it in the other direction last summer.

    Reply ↓
      1. Marloes {badge}May 19, 2014 at 8:15 pm

        Then you had the wind in your back, lucky you!

        Reply ↓
"""


@pytest.mark.parametrize("badge", ["Post author", "Berichtauteur", "Post Author"])
def test_the_post_authors_badge_goes_where_the_byline_names_her(badge: str) -> None:
    page = threadparse.parse(BYLINE.format(byline="Marloes", badge=badge))
    authors = [c.author for c in page.walk()]
    assert authors == ["Joost van der Heijden", "Marloes", "Ineke Blom", "Marloes"]


CJK_BYLINE = """小火箭使用教程

介绍一下这个客户端的几个设置。

本条目发布于2018年11月3日。属于工具分类。作者是毕扬。

6 条评论

  1. 林小满 2018年11月30日 1:20 下午

    这个客户端真的好用，谢谢分享。

    回复 ↓
      1. 毕扬 文章作者2018年11月30日 1:34 下午

        不客气，有问题再留言。

        回复 ↓
  2. 周明 2018年12月2日 9:02 上午

    请问规则怎么导入？

    回复 ↓
      1. 毕扬 文章作者2018年12月3日 9:58 下午

        在配置页面点加号，选从网址下载。

        回复 ↓
"""


def test_a_chinese_badge_goes_where_a_glued_byline_names_him() -> None:
    # ("文章作者" glued before the date, the byline "作者是NAME。" glued in a sentence)
    page = threadparse.parse(CJK_BYLINE)
    assert [c.author for c in page.walk()] == ["林小满", "毕扬", "周明", "毕扬"]


def test_without_the_byline_the_badge_stays() -> None:
    page = threadparse.parse(BYLINE.format(byline="Joost", badge="Post author"))
    assert "Marloes Post author" in [c.author for c in page.walk()]


COMMENT_FROM = """Collimating a Dobsonian with a film canister

A cap with a hole in its centre is all you need to line up the mirrors.

Comments, Pingbacks:

Comment from: Rowan Achebe [Visitor] Email

The cap trick is brilliant, it took me twenty minutes last night.

04/22/14 @ 07:31 pmReply to this comment
Comment from: {icon}Theo Garland [Member]

Glad it worked! The cap is better than a cheap laser.

04/22/14 @ 09:17 pmReply to this comment
Comment from: Pim de Vries [Visitor]

Mark the centre of the primary before you start.

04/22/14 @ 10:03 pmReply to this comment

Leave a comment
"""


@pytest.mark.parametrize("icon", ["", "●", "● "])
def test_comment_from_headers(icon: str) -> None:
    text = COMMENT_FROM.format(icon=icon)
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == ["Rowan Achebe", "Theo Garland", "Pim de Vries"]
    assert comments[1].text.startswith("Glad it worked")
    assert_nothing_lost(page, text)


def test_a_time_glued_to_a_control_names_nobody() -> None:
    assert L.read_header("03/19/17 @ 06:38 pmReply to this comment") is None


SIGNED_BELOW = """Freeing a gummed-up escapement

Naphtha, a stiff brush and patience: that is all there is to it.

Comments
Display comments as (Linear | Threaded)

Did you take the escapement wheel off the shaft, or clean it in place?
#1 Dora Pelletier (Homepage) on 2012-03-11 16:48 (Reply)
In place. That set screw is the one thing I would not touch.
#1.1 Martin Oakes on 2012-03-11 21:17 (Reply)
Not even to clean behind it? Mine is full of old oil.
#1.1.1 Dora Pelletier (Homepage) on 2012-03-12 08:03 (Reply)
How do you keep track of the little springs when the carriage is off?
#2 typebar_tom on 2012-03-11 18:02 (Reply)
An egg carton, one cup per step, and a photo of each cup.
#2.1 Ferris Quang (Homepage) on 2012-03-12 07:26 (Reply)
Going to try the naphtha this weekend on my grandfather's machine.
#3 Hollis Reeve (Homepage) on 2012-03-19 07:02 (Reply)

Add Comment
Standard emoticons like :-) and ;-) are converted to images.
"""


def test_numbered_signatures_glued_over_the_next_body() -> None:
    page = threadparse.parse(SIGNED_BELOW)
    comments = list(page.walk())
    assert [(c.author, c.depth) for c in comments] == [
        ("Dora Pelletier", 0),
        ("Martin Oakes", 1),
        ("Dora Pelletier", 2),
        ("typebar_tom", 0),
        ("Ferris Quang", 1),
        ("Hollis Reeve", 0),
    ]
    assert [c.text.split()[0] for c in comments] == ["Did", "In", "Not", "How", "An", "Going"]
    assert comments[1].date == "2012-03-11 21:17"
    assert_nothing_lost(page, SIGNED_BELOW)


def test_numbered_headers_over_their_bodies_stay_headers() -> None:
    # the same lines, each over its own body and the last one with a body too: headers
    text = SIGNED_BELOW.replace("Did you take the escapement", "#0 Bo on 2012-03-11 10:00\nDid")
    text = text.replace("#3 Hollis Reeve (Homepage) on 2012-03-19 07:02 (Reply)\n", "")
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()][:2] == ["Bo", "Dora Pelletier"]


AGES = """Why glaze crawls

Dust, oil and too much raw clay are the usual suspects.

Comments
Fiona McBride · 3d

This is exactly what was happening on my mugs!

Nadia Reyes{badge} · 3d

Oh no, the whole bucket? Most of the time it is dust from sanding.

Tamsin Gray · 2d

Nadia Reyes thank you, going to try the rinse.

Aiyana Brooks · 2d{edited}

Too much raw clay in the recipe makes the glaze shrink as it dries.

Lars Vik · 1d

Love the before and after photos.
"""


@pytest.mark.parametrize("edited", [" · Edited", "", " • edited"])
@pytest.mark.parametrize("badge", ["Admin", "", "Author"])
def test_ages_with_edit_marks_and_glued_badges(edited: str, badge: str) -> None:
    text = AGES.format(edited=edited, badge=badge)
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == [
        "Fiona McBride",
        "Nadia Reyes",
        "Tamsin Gray",
        "Aiyana Brooks",
        "Lars Vik",
    ]
    assert comments[3].date == "2d"
    assert comments[3].text.startswith("Too much raw clay")
    assert_nothing_lost(page, text)


def test_a_glued_word_stays_where_the_page_never_prints_the_name_alone() -> None:
    text = AGES.format(edited="", badge="Admin").replace("Nadia Reyes thank", "Thanks")
    assert "Nadia ReyesAdmin" in [c.author for c in threadparse.parse(text).walk()]


DATED_BELOW = """Roasting coffee on a balcony

Half a year of roasting beans in a hand sieve over a camping stove.

Related posts

  • 2021-02-20
    A light roast of an Ethiopian bean
    This time I tried a light roast and stopped in the middle of the first crack.
  • 2021-01-30
    A cooling rig for after the roast
    Two sieves and a hair dryer are all it takes.

  • {first}

    I started six months ago too. I still cannot tell when to take it off the flame.
    Do you time it?

    2021-03-04 13:10

  • id:mame_roast

    Thank you for the comment! I timed it for the first three months.

    2021-03-04 21:45

  • コーヒー好きの通りすがり

    カセットコンロの火力で足りますか？冬場はガスが弱くなると聞きました。

    2021-03-05 10:17
"""


@pytest.mark.parametrize("first", ["id:kissa_yoshino", "Kissa Yoshino"])
def test_an_item_named_by_its_line_and_dated_below_its_body(first: str) -> None:
    text = DATED_BELOW.format(first=first)
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [(c.author, c.date) for c in comments] == [
        (first, "2021-03-04 13:10"),
        ("id:mame_roast", "2021-03-04 21:45"),
        ("コーヒー好きの通りすがり", "2021-03-05 10:17"),
    ]
    assert comments[0].text.startswith("I started") and "2021" not in comments[0].text
    assert_nothing_lost(page, text)


def test_a_greeting_over_a_signed_body_is_no_name() -> None:
    text = DATED_BELOW.format(first="Hi Rowan,")
    authors = [c.author for c in threadparse.parse(text).walk()]
    assert "Hi Rowan" not in authors
