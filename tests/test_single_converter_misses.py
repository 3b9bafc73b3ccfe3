"""Comment lists one converter's dump loses where the others' do not: the name printed on a
line of its own over "NAME：text" with the controls between the text and the date under
it (the name under each date is the next comment's, `posts._echoed`); posts whose one-word
names ("Anonymous DATE") and longer headers ("ann !trip DATE") make keys of their own
(`posts._name_dates`, a weekday in parentheses before the time); list items signed by a
linked date glued under the body (lynx prints no blank line) or with a control line under
the date ("Add Star ann"), a body closed by an emoji. Invented pages."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

# the name over "NAME：text", the controls, then the date (the name under each date is the
# next comment's: those lines over "NAME：" are no header under the stamp)
ECHOED_PAGE = """登录
青瓦小院
5月2日 09:10 来自 Android
今天把院子里的葡萄架搭好了，大家觉得第一年要不要疏果？
评论
按时间
竹林听雨
竹林听雨：第一年最好疏掉一半，让树先长根。
  • 举报
  • 回复
  • ñ120
5月2日 09:31
南山老农
南山老农：回复@竹林听雨:一半太多了，三分之一就够。
  • 举报
  • 回复
  • ñ45
5月2日 09:40
青瓦小院
青瓦小院：回复@南山老农:好的，那我先疏三分之一试试。
  • 举报
  • 回复
  • ñ12
5月2日 09:52
葡萄小白
葡萄小白：请问用什么肥料比较好？羊粪可以吗？
  • 举报
  • 回复
  • ñ8
5月2日 10:15
查看更多
帮助中心
"""


def test_name_over_its_colon_line_is_not_the_stamps_header() -> None:
    page = threadparse.parse(ECHOED_PAGE)
    assert [c.author for c in page.walk()] == ["竹林听雨", "南山老农", "青瓦小院", "葡萄小白"]
    dates = ["5月2日 09:31", "5月2日 09:40", "5月2日 09:52", "5月2日 10:15"]
    assert [c.date for c in page.walk()] == dates
    assert_nothing_lost(page, ECHOED_PAGE)


# one-word names keyed apart from the two-word headers; the number wrapped under each
IMAGEBOARD_PAGE = """[ b / tech / diy ]

/diy/ - Hobbies

Workbench thread Anonymous 04/02/19 (Tue) 09:12:40
[No.](/diy/res/7001.html#7001)[7001](/diy/res/7001.html#q7001)

Post your workbench. Mine is a door on two sawhorses and it has lasted ten years.

Anonymous 04/02/19 (Tue) 09:20:11
[No.](/diy/res/7001.html#7004)[7004](/diy/res/7001.html#q7004)

[>>7001](/diy/res/7001.html#7001)
A solid core door is the best cheap top there is, hollow ones sag within a year.

tinkerer !!Qx8tm2Lk4Rw 04/02/19 (Tue) 09:41:05
[No.](/diy/res/7001.html#7006)[7006](/diy/res/7001.html#q7006)

Mine is a kitchen worktop offcut on a steel frame I welded from bed rails.

Anonymous 04/02/19 (Tue) 10:02:33
[No.](/diy/res/7001.html#7009)[7009](/diy/res/7001.html#q7009)

[>>7006](/diy/res/7001.html#7006)
Bed rail steel is a pain to weld, what rod did you use for it?

sawdust 04/02/19 (Tue) 10:15:09
[No.](/diy/res/7001.html#7011)[7011](/diy/res/7001.html#q7011)

Pegboard above the bench changed everything for me, every tool has a place now.

Anonymous 04/02/19 (Tue) 10:30:47
[No.](/diy/res/7001.html#7012)[7012](/diy/res/7001.html#q7012)

[>>7011](/diy/res/7001.html#7011)
Until you have more tools than pegboard, which happens in about a month.

sawdust 04/02/19 (Tue) 10:44:02
[No.](/diy/res/7001.html#7015)[7015](/diy/res/7001.html#q7015)

[>>7012](/diy/res/7001.html#7012)
Then you buy more pegboard, that is the whole hobby right there.
"""


def test_one_word_names_join_the_headers_of_their_shape() -> None:
    page = threadparse.parse(IMAGEBOARD_PAGE)
    authors = [c.author for c in page.walk()]
    assert authors[1:] == ["Anonymous", "tinkerer", "Anonymous", "sawdust", "Anonymous", "sawdust"]


# the converter dropped each post's name and date (a form's label): the number stays
LYNX_ITEMS_PAGE = """   Weekend roasting notes

   I roast on a hand sieve over a camping stove. Notes from the first year.

   Comments
     * [34]id:kettle_ann [35]id:kettle_ann
       Lovely notes. How long after the first crack do you stop?
       [36]2021-03-04 13:10
     * [37]id:roaster_bo [38]id:roaster_bo
       [39]id:kettle_ann
       About ninety seconds, a little less for light roasts.
       [40]2021-03-04 21:45
     * [41]id:drip_cal [42]id:drip_cal
       The chaff problem is real, mine goes all over the balcony!
       [43]2021-03-05 08:02

   Write a comment
"""


def test_linked_date_glued_under_the_body_signs_the_item() -> None:
    page = threadparse.parse(LYNX_ITEMS_PAGE)
    assert [c.author for c in page.walk()] == ["id:kettle_ann", "id:roaster_bo", "id:drip_cal"]
    dates = ["2021-03-04 13:10", "2021-03-04 21:45", "2021-03-05 08:02"]
    assert [c.date for c in page.walk()] == dates


# w3m: a control line under each date ("Add Star" and who starred it), a body closed by an
# emoji in the stead of a full stop
STARS_PAGE = """Balcony tomatoes, four months in

I grew two bags of cherry tomatoes on the balcony this year.

  • id:sky_field id:sky_field

    Amazing harvest for bags! Mine in the ground gave half of that.

    2022-09-19 07:42

    Add Starbalcony_hk
  • id:balcony_hk id:balcony_hk

    Thank you! Liquid feed once a week, then a pinch of pellets.

    2022-09-19 12:15

    Add Starsky_field
  • id:tea_mum id:tea_mum

    Half of ours split this year and we lost most of the crop to it 😢

    2022-09-20 06:58

    Add Star
  • id:balcony_hk id:balcony_hk

    Splitting comes from watering a lot after a dry spell, water a little each morning.

    2022-09-20 22:47

    Add Startea_mumsky_field

Write a comment
"""


def test_control_under_the_date_closes_the_signature() -> None:
    page = threadparse.parse(STARS_PAGE)
    assert [c.author for c in page.walk()] == [
        "id:sky_field",
        "id:balcony_hk",
        "id:tea_mum",
        "id:balcony_hk",
    ]
    assert all("Add Star" not in c.text for c in page.walk())
