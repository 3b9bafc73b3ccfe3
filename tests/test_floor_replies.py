"""A forum topic whose posts are stamped by their floor and date ("#2 - 2021-3-7 10:02"),
a floor's replies by the floor's number and their own ("#2-1 - …"), the name under each
stamp with the reply control after it ("白鹭 回复", "kestrel 回复 (a motto)";
`posts._unmark_named_controls`): the replies are posts of their own one level under
the floor (`posts._next_number`, `posts.dotted_depths`), the name is the author without
the control or the motto, and a short line under the name is the body (Chinese names
and notes read as prose, short bodies as none). The opening post prints its name alone
under its stamp. Invented pages in resiliparse's and html2text's layouts."""

from __future__ import annotations

import threadparse

RESILIPARSE = """\
  • 首页
  • 小组
  • 登出

读书小组 » 讨论
有没有人一起读《海边的灯塔》？

#1 - 2021-3-7 09:15
林小雨

最近想找人一起读这本书，每周读两章，周末在这里聊聊感想。
有兴趣的朋友回复一下就好，不限人数。
#2 - 2021-3-7 10:02
kestrel 回复 (慢慢读，慢慢想)
算我一个
#2-1 - 2021-3-7 10:30
白鹭 回复
我也来
#2-2 - 2021-3-7 11:12
山间小屋 回复
加一
#2-3 - 2021-3-7 12:40
墨鱼 回复
第一章读完了
#3 - 2021-3-7 13:05
青柠 回复 (今天也要好好吃饭)
周末几点开始？
#4 - 2021-3-8 08:20
林小雨 回复
周六晚上八点

添加新回复
  使用 Ctrl+Enter 快速提交
"""

HTML2TEXT = """\
  * [首页](/)
  * [小组](/group)

读书小组 » 讨论

# 有没有人一起读《海边的灯塔》？

#1 \\- 2021-3-7 09:15

[](/user/lxy)

**[林小雨](/user/lxy)**

最近想找人一起读这本书，每周读两章，周末在这里聊聊感想。
有兴趣的朋友回复一下就好，不限人数。

#2 \\- 2021-3-7 10:02

[](/user/kestrel)

**[kestrel](/user/kestrel)** [回复](javascript:void\\(0\\);) (慢慢读，慢慢想)

算我一个

#2-1 \\- 2021-3-7 10:30

[ ](/user/bailu)

**[白鹭](/user/bailu)** [回复](javascript:void\\(0\\);)

我也来

#2-2 \\- 2021-3-7 11:12

[ ](/user/shanjian)

**[山间小屋](/user/shanjian)** [回复](javascript:void\\(0\\);)

加一

#2-3 \\- 2021-3-7 12:40

[ ](/user/moyu)

**[墨鱼](/user/moyu)** [回复](javascript:void\\(0\\);)

第一章读完了

#3 \\- 2021-3-7 13:05

[](/user/qingning)

**[青柠](/user/qingning)** [回复](javascript:void\\(0\\);) (今天也要好好吃饭)

周末几点开始？

#4 \\- 2021-3-8 08:20

[](/user/lxy)

**[林小雨](/user/lxy)** [回复](javascript:void\\(0\\);)

周六晚上八点

添加新回复
"""

WANTED = [
    ("林小雨", 0, "最近想找人一起读这本书"),
    ("kestrel", 0, "算我一个"),
    ("白鹭", 1, "我也来"),
    ("山间小屋", 1, "加一"),
    ("墨鱼", 1, "第一章读完了"),
    ("青柠", 0, "周末几点开始？"),
    ("林小雨", 0, "周六晚上八点"),
]


def read(text: str) -> list[tuple[str | None, int, str]]:
    page = threadparse.parse(text)
    return [(c.author, c.depth, c.text.split("\n")[0][:11]) for c in page.walk()]


def test_floors_and_their_replies() -> None:
    assert read(RESILIPARSE) == [(a, d, t[:11]) for a, d, t in WANTED]


def test_floors_and_their_replies_html2text() -> None:
    assert read(HTML2TEXT) == [(a, d, t[:11]) for a, d, t in WANTED]


def test_names_glued_to_the_control() -> None:
    glued = RESILIPARSE.replace(" 回复", "回复")
    assert [author for author, _, _ in read(glued)] == [a for a, _, _ in WANTED]


FAMILY = """\
Garden club » Topics
Seed swap this spring

#1 - 2021-3-7 09:15
{a}
We are planning a seed swap in April, bring anything you saved from last year.
#2 - 2021-3-7 10:02
{b}
I will bring runner beans and two kinds of squash from the allotment.
#3 - 2021-3-7 11:12
{c}
Count me in, I have far too many tomato seeds again this year.
#4 - 2021-3-7 13:05
{d}
Is the swap in the church hall again or outside if the weather holds?
#5 - 2021-3-8 08:20
{e}
Outside if it is dry, the hall is booked for the choir that afternoon.

Add a reply
"""


def test_a_family_name_closing_some_names_stays() -> None:
    names = ["Rosa Ibarra", "Tom Ibarra", "Lena Fisk", "Iker Ibarra", "Owen Marsh"]
    page = threadparse.parse(FAMILY.format(**dict(zip("abcde", names, strict=True))))
    assert [c.author for c in page.walk()] == names
