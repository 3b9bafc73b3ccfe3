"""Ages in Chinese, Japanese and Korean ("1 月前", "3 天前", "2 星期前", "刚刚", "3 カ月前",
"1주일 전", "방금 전") read as ages wherever ages are read: found in a line (`find_date`),
told as an age without a digit (`is_word_age`), counted back from the crawl date
(`resolve_date`); and a forum's header "NAME #N AGE" (Homeland's: the name, the post's
floor, its age) read as a stamp that names its author and numbers its post, so posts
too short to read as prose ("顶", "机器人？") are posts too. Invented lines and pages in
resiliparse's and w3m's forms; the negative cases hold the same characters in prose."""

from __future__ import annotations

from datetime import datetime

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.dates import find_date, is_word_age, parse_date, resolve_date


@pytest.mark.parametrize(
    ("line", "age"),
    [
        # Chinese: every unit, with a space or without, and a space before 前
        ("12 秒前", "12 秒前"),
        ("5分钟前", "5分钟前"),
        ("3 小时前", "3 小时前"),
        ("28 天前", "28 天前"),
        ("1 天 前", "1 天 前"),
        ("2 周前", "2 周前"),
        ("2 星期前", "2 星期前"),
        ("1 个月前", "1 个月前"),
        ("1 月前", "1 月前"),
        ("4月前", "4月前"),
        ("2 年前", "2 年前"),
        ("林小雨 #2 1 月前", "1 月前"),
        ("王大锤 · 3 月前 · 最后由 李四 回复于 19 天前", "3 月前"),
        # Japanese
        ("30秒前", "30秒前"),
        ("5分前", "5分前"),
        ("2時間前", "2時間前"),
        ("3日前に投稿", "3日前"),
        ("2週間前", "2週間前"),
        ("3 か月前", "3 か月前"),
        ("3カ月前", "3カ月前"),
        ("1年前", "1年前"),
        # Korean
        ("10초 전", "10초 전"),
        ("5 분 전", "5 분 전"),
        ("3시간 전", "3시간 전"),
        ("2 일 전", "2 일 전"),
        ("1주일 전", "1주일 전"),
        ("2 개월 전", "2 개월 전"),
        ("1년 전", "1년 전"),
        # "just now", a word alone
        ("刚刚", "刚刚"),
        ("陈一鸣 · 刚刚", "刚刚"),
        ("剛剛", "剛剛"),
        ("たった今", "たった今"),
        ("방금 전", "방금 전"),
        # the characters in prose: no age
        ("2021年3月前完成迁移", None),  # ("before March 2021")
        ("截止到2021年3月前。", None),
        ("3月前后都可以", None),
        ("我刚刚吃完饭", None),
        ("刚刚好", None),
        ("前面那位说得对", None),
        ("たった今日だけ", None),
        ("방금이라도", None),
    ],
)
def test_cjk_ages_found(line: str, age: str | None) -> None:
    found = find_date(line)
    assert (found and found.group()) == age
    assert parse_date(line) is None  # (an age is no datetime without the crawl date)


@pytest.mark.parametrize(
    ("text", "age"),
    [("刚刚", True), ("たった今", True), ("방금 전", True), ("方刚刚", False), ("刚刚到", False)],
)
def test_just_now_is_a_word_age(text: str, age: bool) -> None:
    assert is_word_age(text) is age


CRAWLED = datetime(2024, 5, 20, 12, 0)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("3 小时前", datetime(2024, 5, 20, 9, 0)),
        ("28 天前", datetime(2024, 4, 22, 12, 0)),
        ("1 月前", datetime(2024, 4, 20, 12, 0)),
        ("2 星期前", datetime(2024, 5, 6, 12, 0)),
        ("1 年前", datetime(2023, 5, 20, 12, 0)),
        ("3 か月前", datetime(2024, 2, 20, 12, 0)),
        ("2時間前", datetime(2024, 5, 20, 10, 0)),
        ("1주일 전", datetime(2024, 5, 13, 12, 0)),
        ("5 분 전", datetime(2024, 5, 20, 11, 55)),
        ("昨天 08:30", datetime(2024, 5, 19, 8, 30)),
        ("前天", datetime(2024, 5, 18, 0, 0)),
    ],
)
def test_cjk_ages_counted_back_from_the_crawl_date(text: str, when: datetime) -> None:
    assert resolve_date(text, CRAWLED) == (when, "crawl_date")


# resiliparse: "NAME #N AGE" over each body, a "reply to NAME #N" line over some, short
# posts between; the opening post's byline over the first body
RESILIPARSE = """\
豆浆社区
首页
话题
登录
用 Go 写命令行工具的一些体会
陈一鸣 · 2 月前 · 最后由 赵小满 回复于 5 天前 · 880 次阅读

最近半年一直在用 Go 写内部的命令行工具，整理了一些关于参数解析和交叉编译的经验。

3 个赞
林小雨 #1 2 月前

交叉编译那一段写得很清楚，我之前一直搞不明白为什么在 Mac 上编出来的二进制放到服务器上跑不起来。

周大海 #2 1 月前

顶

王可可 #3 1 月前
对 林小雨 #1 回复

其实只要设置好 GOOS 和 GOARCH 两个环境变量就可以了，不需要额外安装什么工具链。

孙悟净 #4 28 天前

收藏了

赵小满 #5 5 天前

配置文件那部分能不能再展开讲讲？我们现在用的是环境变量加命令行参数，感觉有点乱。
"""

# w3m: the same, each avatar's alternative text on a line over the header
W3M = """\
豆浆社区

  • 首页
  • 话题

用 Go 写命令行工具的一些体会

陈一鸣 · 2 月前 · 最后由 赵小满 回复于 5 天前 · 880 次阅读
[a1b2c3]

最近半年一直在用 Go 写内部的命令行工具，整理了一些关于参数解析、配置文件和交
叉编译的经验，希望对大家有帮助。

3 个赞
[d4e5f6]
林小雨 #1 2 月前

交叉编译那一段写得很清楚，我之前一直搞不明白为什么在 Mac 上编出来的二进制放到
服务器上跑不起来。


[778899]
周大海 #2 1 月前

顶


[0a0b0c]
王可可 #3 1 月前
对 [d4e5f6]林小雨 #1 回复

其实只要设置好 GOOS 和 GOARCH 两个环境变量就可以了，不需要额外安装什么工具链。


[123abc]
孙悟净 #4 28 天前

收藏了


[fedcba]
赵小满 #5 5 天前

配置文件那部分能不能再展开讲讲？我们现在用的是环境变量加命令行参数，感觉有点乱
。
"""

REPLIERS = ["林小雨", "周大海", "王可可", "孙悟净", "赵小满"]


@pytest.mark.parametrize("page", [RESILIPARSE, W3M], ids=["resiliparse", "w3m"])
def test_numbered_headers_with_ages_stamp_every_post(page: str) -> None:
    parsed = threadparse.parse(page)
    comments = list(parsed.walk())
    assert [c.author for c in comments][-5:] == REPLIERS
    assert [c.date for c in comments][-5:] == ["2 月前", "1 月前", "1 月前", "28 天前", "5 天前"]
    assert "顶" in comments[-4].text and "收藏了" in comments[-2].text
    assert_nothing_lost(parsed, page)


# a name and a number in a body's sentence, with no age after it: no header
PROSE_NUMBERS = """\
读书会
第十二期讨论记录

林小雨 2024-03-02 20:15

这一期我们读的是《活着》，大家对福贵这个人物的看法分歧很大。

周大海 2024-03-02 20:40

同意 林小雨 #1 的看法，苦难本身并没有意义，有意义的是人怎么活下去。

王可可 2024-03-02 21:05

我觉得三年前读和现在读感受完全不一样，年纪越大越能体会。
"""


def test_a_number_after_a_name_in_prose_stamps_nothing() -> None:
    parsed = threadparse.parse(PROSE_NUMBERS)
    assert [c.author for c in parsed.walk()] == ["林小雨", "周大海", "王可可"]
    assert_nothing_lost(parsed, PROSE_NUMBERS)
