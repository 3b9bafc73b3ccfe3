"""Posts whose date closes the body, with the post's floor number before it: "IP属地:江西
来自Android客户端3楼2022-04-02 19:30" (the poster's place and client glued before the
floor and the date, different on every post) or "3楼" printed alone over the date; the
poster's name over the body, in a card with a rank and a level; a bar of controls under
the date ("回复(2)收起回复"); replies to the post under it, each its author's name and a
colon opening its text ("NAME：text"), closed by a dated line of its own ("举报 | DATE
回复"). The floors that run up the page make one key whatever precedes them; the names
over the bodies name the posts (the card's lines that come back on every post are the
template's); each reply is a comment under its post. A page that prints the date over
the name and body keeps the date as the header. Invented pages of a gardening board."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.posts.templates import _floor

FOOTER = """\
  • 首页
  • 登录

阳台种菜吧
关注：3万贴子：41万

番茄苗叶子发黄卷边，是浇水太多还是缺肥？

  • 4回复贴，共1页

  • [tb]
  • 绿拇指小周
  •
  • 种菜新手
    3

三月底播的番茄，现在十几厘米高，下面的叶子开始发黄，边缘往上卷。
每天早上浇一次水，盆底有孔，用的是买来的营养土。想知道是哪里出了问题。

IP属地:江西来自Android客户端1楼2022-04-02 19:30
回复(2)收起回复

  • [tb]
    老园丁阿梅：先停两天水，摸一下盆土，下面湿的话就是浇多了。
    举报 | IP属地:湖南2022-4-2 20:05回复
  • [tb]
    绿拇指小周：回复老园丁阿梅 :好的，我明天早上摸一下再说。
    举报 | IP属地:江西2022-4-2 20:41回复
  •
    我也说一句

  • [tb]
  • 老园丁阿梅
  •
  • 菜园元老
    12

每天浇水太勤了，营养土保水好，一周两三次就够。下部老叶发黄也可能是缺氮，
等土干一点以后再追一次稀释的液肥。

IP属地:湖南来自iPhone客户端2楼2022-04-02 19:52
回复收起回复

  • [tb]
  • 阳台上的猫
  •
  • 种菜达人
    7

我家的也这样，后来换了大一点的盆，根长开了就好了。

IP属地:广东来自电脑网页版3楼2022-04-03 08:15
回复(1)收起回复

  • [tb]
    绿拇指小周：原来盆小也会这样，我的盆确实只有一个巴掌大。
    举报 | IP属地:江西2022-4-3 09:02回复
  •
    我也说一句

  • [tb]
  • 绿拇指小周
  •
  • 种菜新手
    3

更新：停水三天，换了大盆，新长出来的叶子是绿的了，谢谢大家。

IP属地:江西来自Android客户端4楼2022-04-06 21:10
回复收起回复

  • 4回复贴，共1页

发表回复
发帖请遵守贴吧协议，登录后才能发贴哦～
"""

LISTED = """\
  • 首页
  • 登录

阳台种菜吧

薄荷扦插一周了还没生根，正常吗？

  • 3回复贴，共1页

  • [tb]
  • 薄荷味的风
  •
  • 种菜新手
    2

剪了几根薄荷插在水里，放在窗台上，一周了切口还是光秃秃的，水也换过两次。
是不是季节不对，还是剪的位置不对？

回复收起回复

  • 来自Android客户端
  • 1楼
  • 2022-05-10 21:37

  • [tb]
  • 窗台农夫
  •
  • 菜园元老
    11

薄荷一般七到十天才出根，剪在节下面一点，泡水的那段把叶子去掉，别让叶子泡烂。

回复(1)收起回复

  • 2楼
  • 2022-05-10 21:58

  • [tb]
    薄荷味的风：我泡水那段确实还留着两片叶子，明天去掉。
    举报 | 2022-5-10 22:20回复
  •
    我也说一句

  • [tb]
  • 小院子的春天
  •
  • 种菜达人
    6

我直接插在湿土里，盖个塑料袋保湿，两周就活了，比水培快。

回复收起回复

  • 来自iPhone客户端
  • 3楼
  • 2022-05-11 08:40

  • 3回复贴，共1页

发表回复
"""

# a date over each post's name and body: the date is the header, not a body's close
OVER = """\
Balcony growers
Tomato seedlings: yellow lower leaves
Posted by Lin Mei

My seedlings are about ten centimetres tall and the lower leaves are turning
yellow at the edges. I water them every morning and the pots have holes.

Apr 2, 2022, 19:52
Harold Vance

Water less: every two or three days is plenty for potting compost that holds
water well, and feed them once the soil has dried out a little.

Apr 3, 2022, 08:15
Ada Rusk

Mine did this in a small pot, moving them to a bigger one sorted it out within
a week or so, the roots needed the room.

Apr 6, 2022, 21:10
Lin Mei

Thanks all, I stopped watering for three days and potted them on, and the new
leaves are green now, which is a relief after the week I had with them.
"""


def _tree(text: str) -> list[tuple[int, str | None, str]]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [(c.depth, c.author, c.text.split("\n")[0][:8]) for c in page.walk()]


@pytest.mark.parametrize(
    "before, floor",
    [
        ("IP属地:江西来自Android客户端3楼", 3),
        ("IP属地:江西 来自 Android客户端 12楼", 12),
        ("3楼", 3),
        ("#7", 7),
        ("7#", 7),
        ("Ann #3", 3),
        ("Version 2", None),
        ("Jan 3", None),
        ("回复(2)", None),
        ("Ann3", None),
    ],
)
def test_a_floor_number_closes_the_text_before_a_date(before: str, floor: int | None) -> None:
    assert _floor(before) == floor


def test_floors_glued_before_dates_under_bodies_stamp_posts_named_over_them() -> None:
    assert _tree(FOOTER) == [
        (0, "绿拇指小周", "三月底播的番茄，"),
        (1, "老园丁阿梅", "先停两天水，摸一"),
        (1, "绿拇指小周", "回复老园丁阿梅 "),
        (0, "老园丁阿梅", "每天浇水太勤了，"),
        (0, "阳台上的猫", "我家的也这样，后"),
        (1, "绿拇指小周", "原来盆小也会这样"),
        (0, "绿拇指小周", "更新：停水三天，"),
    ]


def test_a_floor_alone_over_each_date_under_the_bodies() -> None:
    assert _tree(LISTED) == [
        (0, "薄荷味的风", "剪了几根薄荷插在"),
        (0, "窗台农夫", "薄荷一般七到十天"),
        (1, "薄荷味的风", "我泡水那段确实还"),
        (0, "小院子的春天", "我直接插在湿土里"),
    ]


def test_a_date_over_each_name_and_body_stays_its_header() -> None:
    authors = [c.author for c in threadparse.parse(OVER).walk()]
    assert authors[-3:] == ["Harold Vance", "Ada Rusk", "Lin Mei"]
