"""A forum topic whose opening post is headed by a byline of another shape than its
replies' headers: "NAME · AGE · last reply by NAME AGE · N reads" over the topic,
"NAME #N AGE" over each reply (Homeland). The byline (fields set apart by " · ", a name
first, a date after it) over the first reply, with prose under it, heads the opening
post where one of its later fields names a poster of the list (the last reply's): an
article's byline names no commenter, so a blog's article stays the article. And the
notice that closes such a page for readers who may not post ("需要 登录 后方可回复",
"コメントするにはログインが必要です") is no part of the last post, told by its shape (a
short clause opened by the words to log in and to reply). Invented pages in
resiliparse's and html2text's forms, in Chinese and English; the negative cases hold
the same shapes where they head no topic."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L

# resiliparse: the title, the byline, the topic, a count of likes, the replies, the
# notice for readers who may not post, then the sidebar
RESILIPARSE = """\
茶馆社区
话题
招聘
登录
为什么我的 Rails 测试在 CI 上比本地慢三倍
周明远 · 3 月前 · 最后由 何晓雯 回复于 2 天前 · 2041 次阅读

最近把项目的测试迁到了新的 CI 平台，本地只要四分钟，CI 上却要十二分钟。

5 个赞
何晓雯 #1 3 月前

先看看 CI 机器的核数，并行测试的进程数默认是按核数来的，很多平台给的只有两个核。

梁子健 #2 2 月前

同问，我们也遇到过

何晓雯 #3 2 天前

另外数据库最好放在内存盘上，磁盘太慢的话每个测试都要等事务回滚。

需要 登录 后方可回复, 如果你还没有账号请 注册新账号
周明远
@zhoumy
共收到 3 条回复
"""

# html2text: the names linked, the byline wrapped after its last separator, an avatar
# link over each header
HTML2TEXT = """\
# 茶馆社区

为什么我的 Rails 测试在 CI 上比本地慢三倍

[周明远](/zhoumy) · 3 月前 · 最后由 [何晓雯](/hexw) 回复于 2 天前 ·
2041 次阅读

最近把项目的测试迁到了新的 CI 平台，本地跑完整套测试只要四分钟，CI
上却要十二分钟以上，数据库和缓存的配置都检查过了，实在找不到原因。

__ 5 个赞

[![](https://img.example.cn/a/11.png)](/hexw)

[何晓雯](/hexw) #1 3 月前

先看看 CI 机器的核数，并行测试的进程数默认是按核数来的，很多平台给的只有两个核。

[![](https://img.example.cn/a/12.png)](/liangzj)

[梁子健](/liangzj) #2 2 月前

同问，我们也遇到过

[![](https://img.example.cn/a/11.png)](/hexw)

[何晓雯](/hexw) #3 2 天前

另外数据库最好放在内存盘上，磁盘太慢的话每个测试都要等事务回滚。

需要 [登录](/account/sign_in) 后方可回复, 如果你还没有账号请 [注册新账号](/account/sign_up)
"""

CHINESE_AUTHORS = ["周明远", "何晓雯", "梁子健", "何晓雯"]


@pytest.mark.parametrize("page", [RESILIPARSE, HTML2TEXT], ids=["resiliparse", "html2text"])
def test_the_bylined_topic_is_the_opening_post(page: str) -> None:
    parsed = threadparse.parse(page)
    comments = list(parsed.walk())
    assert [c.author for c in comments] == CHINESE_AUTHORS
    assert [c.depth for c in comments] == [0, 0, 0, 0]
    assert comments[0].date == "3 月前"
    assert comments[0].text.startswith("最近把项目的测试迁到了新的 CI 平台")
    assert "次阅读" not in comments[0].text
    assert_nothing_lost(parsed, page)


@pytest.mark.parametrize("page", [RESILIPARSE, HTML2TEXT], ids=["resiliparse", "html2text"])
def test_the_login_notice_closes_the_last_post(page: str) -> None:
    last = list(threadparse.parse(page).walk())[-1]
    assert last.text.rstrip().endswith("每个测试都要等事务回滚。")
    assert "登录" not in last.text


ENGLISH = """\
Lanternworks Community
Topics
Sign in
Why does my sourdough starter smell like nail polish?
mira_k · 3 days ago · last reply by tomasz 6 hours ago · 412 views

I have been feeding my starter twice a day for two weeks now and it suddenly smells
sharp, almost like acetone. Is it dead or just hungry?

4 likes
oskar_b #1 3 days ago

That smell means it is hungry. Feed it more often or use a bigger ratio of flour to
starter for a few days.

ines.v #2 2 days ago

Mine did the same when the kitchen got warmer in spring.

tomasz #3 6 hours ago

Try rye flour for a couple of feedings, it perks a sluggish starter right up.

You must be logged in to reply to this topic.
"""


def test_an_english_byline_heads_the_opening_post() -> None:
    comments = list(threadparse.parse(ENGLISH).walk())
    assert [c.author for c in comments] == ["mira_k", "oskar_b", "ines.v", "tomasz"]
    assert comments[0].date == "3 days ago"
    assert comments[0].text.startswith("I have been feeding my starter")
    assert "logged in" not in comments[-1].text


# a blog's article under its byline, numbered comments under it: the byline names no
# commenter, so the article is no post
ARTICLE = """\
The Slow Kitchen
Why does my sourdough starter smell like nail polish?
Ann Lee · March 3, 2020 · 5 min read

A starter that smells of acetone is not dead, only hungry: the yeast ran out of food
and the bacteria are making the most of it. Feed it more often for a few days.

oskar_b #1 3 days ago

That smell means it is hungry. Feed it more often or use a bigger ratio of flour to
starter for a few days.

ines.v #2 2 days ago

Mine did the same when the kitchen got warmer in spring.

tomasz #3 6 hours ago

Try rye flour for a couple of feedings, it perks a sluggish starter right up.
"""

# the byline names a poster, but no prose stands under it before the first reply (a
# topic list's line, a picture's mark): no opening post
BARE = """\
茶馆社区
为什么我的 Rails 测试在 CI 上比本地慢三倍
周明远 · 3 月前 · 最后由 何晓雯 回复于 2 天前 · 2041 次阅读
[封面]

何晓雯 #1 3 月前

先看看 CI 机器的核数，并行测试的进程数默认是按核数来的，很多平台给的只有两个核。

梁子健 #2 2 月前

同问，我们也遇到过

何晓雯 #3 2 天前

另外数据库最好放在内存盘上，磁盘太慢的话每个测试都要等事务回滚。
"""


@pytest.mark.parametrize(
    ("page", "authors"),
    [
        (ARTICLE, ["oskar_b", "ines.v", "tomasz"]),
        (BARE, ["何晓雯", "梁子健", "何晓雯"]),
    ],
    ids=["article", "bare"],
)
def test_a_byline_that_heads_no_topic_makes_no_post(page: str, authors: list[str]) -> None:
    parsed = threadparse.parse(page)
    assert [c.author for c in parsed.walk()] == authors
    assert_nothing_lost(parsed, page)


# the last post's own last line speaks of logging in: it stays the post's
NEWS = RESILIPARSE.replace(
    "需要 登录 后方可回复, 如果你还没有账号请 注册新账号",
    "登录后发现评论区的排版很奇怪，大家也是这样吗",
)


def test_a_last_line_about_logging_in_stays_in_the_post() -> None:
    last = list(threadparse.parse(NEWS).walk())[-1]
    assert "排版很奇怪" in last.text


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("需要 登录 后方可回复, 如果你还没有账号请 注册新账号", True),
        ("需要 [登录](/account/sign_in) 后方可回复, 如果你还没有账号请 [注册新账号](/x)", True),
        ("需要 [49]登录 后方可回复, 如果你还没有账号请 [50]注册新账号", True),
        ("请先登录再发表评论", True),
        ("登入後才能留言", True),
        ("コメントするにはログインが必要です", True),
        ("로그인 후 댓글 작성 가능", True),
        ("我昨天登录以后发现回复功能坏了，有人知道怎么回事吗", False),
        ("登录后发现评论区的排版很奇怪，大家也是这样吗", False),
        ("登录", False),
        ("回复", False),
    ],
)
def test_login_notices_told_by_their_shape(line: str, notice: bool) -> None:
    assert L.is_login_notice(line) is notice
