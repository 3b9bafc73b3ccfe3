"""Boards in Japanese (and pages in Chinese or Korean): text with no spaces between
words, so a line's prose is told by its letters, not its words; dates printed
"2014/03/14(金) 13:22:01.33" (year first with slashes, the weekday in parentheses, a
time with hundredths; not a web address's "/2017/12/02/"); a header of labelled fields
("1 名前：NAME 投稿日：DATE ID:…", "Name: Ann Posted: DATE") whose labels and post number are
no part of the name. Invented threads in two layouts."""

from __future__ import annotations

import itertools

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L
from threadparse.dates import date_extent, find_date
from threadparse.posts import is_prose


@pytest.mark.parametrize(
    "line, date",
    [
        ("1 名前：名無し 投稿日：2014/03/14(金) 13:22:01.33 ID:aBc1", "2014/03/14(金) 13:22:01.33"),
        ("Anonymous 03/14/21(Sun)13:22:01 No.16204131", "03/14/21(Sun)13:22:01"),
        ("posted 2021/3/4", "2021/3/4"),
        ("May 3, 2021abc 10:15", "May 3, 2021"),  # (a word glued to it: no time after)
    ],
)
def test_year_first_slashed_dates(line: str, date: str) -> None:
    match = find_date(line)
    assert match is not None and line[match.start() : date_extent(line, match)] == date


@pytest.mark.parametrize(
    "line", ["https://blog.example.org/2017/12/02/a-title/", "see /2017/12/02/ there"]
)
def test_no_date_in_a_web_address(line: str) -> None:
    assert find_date(line) is None


@pytest.mark.parametrize(
    "line, author",
    [
        (
            "1 名前：通勤中の名無しさん 投稿日：2014/03/14(金) 13:22:01.33 ID:aBc123De0",
            "通勤中の名無しさん",
        ),
        ("4 名前：坂道ペダル 投稿日：2014/03/14(金) 13:54:01.84 ID:Lp5sQe1c0", "坂道ペダル"),
        ("Name: Ann Lee Posted: May 3, 2021", "Ann Lee"),
        ("12 Ann Lee May 3, 2021", "Ann Lee"),
        (
            "2 名無しさん＠お腹いっぱい。 2021/03/14(日) 13:28:24.64 ID:Xe4mPq9s0",
            "名無しさん＠お腹いっぱい。",
        ),
    ],
)
def test_labels_and_numbers_are_no_part_of_the_name(line: str, author: str) -> None:
    header = L.read_header(line)
    assert header is not None and header.author == author


def test_a_connector_colon_stays() -> None:
    header = L.read_header("« Reply #2 on: March 03, 2024, 01:00:00 PM »")
    assert header is not None and header.author is not None and "Reply" in header.author


@pytest.mark.parametrize(
    "line, prose",
    [
        ("片道12kmをクロスバイクで通勤してる人のためのスレです。", True),
        ("雨の日も走るならウェット系がいいよ。", True),
        ("1 名前：通勤中の名無しさん 投稿日：2014/03/14(金) 13:22:01.33 ID:aBc123De0", False),
        ("乙です", False),
        ("오늘은 자전거를 타고 출근했는데 바람이 많이 불었어요", True),
    ],
)
def test_prose_without_spaces(line: str, prose: bool) -> None:
    assert is_prose(line) is prose


LABELLED = """\
■掲示板に戻る■ 全部 1- 最新50

【菜園】ベランダでトマトを育てる人 Part8

1 名前：ベランダの名無しさん 投稿日：2019/05/02(木) 09:12:44.10 ID:qW3rT5yU0
ベランダやプランターでトマトを育てている人のためのスレです。
品種、土、支柱、水やりなど何でもどうぞ。

2 名前：ベランダの名無しさん 投稿日：2019/05/02(木) 09:30:01.52 ID:Zx8cV2bN0
乙
今年は中玉トマトに挑戦するつもりです

3 名前：南向きの三階 投稿日：2019/05/02(木) 10:05:17.93 ID:Lk4jH6gF0
>>2
中玉は割れやすいから水やりを控えめにした方がいいよ。
うちは去年それで半分くらい割れた。

4 名前：ベランダの名無しさん 投稿日：2019/05/02(木) 11:48:36.27 ID:Po9iU7yT0
支柱は何センチのものを使っていますか？
"""

SPACED = """\
ベランダ菜園 総合スレ Part12
          1 名無しさん＠お腹いっぱい。 2021/04/01(木) 08:02:10.11 ID:aQ1sW2dE0
          ベランダやプランターで野菜を育てている人のスレです。
          初心者の質問も歓迎します。

          2 南向きの三階 2021/04/01(木) 08:40:55.62 ID:fR3tG4hY0
          >>1 乙
          今年はミニトマトとバジルを一緒に植える予定です

          3 名無しさん＠お腹いっぱい。 2021/04/01(木) 09:13:27.08 ID:jU5iK6lO0
          バジルは虫がつきやすいからネットをかけておくと安心だよ
"""

# w3m: the name glued to the date's label, the bodies indented under the headers
GLUED = """\
【菜園】ベランダでトマトを育てる人 Part8

1 名前：ベランダの名無しさん投稿日：2019/05/02(木) 09:12:44.10 ID:qW3rT5yU0
    ベランダやプランターでトマトを育てている人のためのスレです。
    品種、土、支柱、水やりなど何でもどうぞ。

2 名前：南向きの三階投稿日：2019/05/02(木) 09:30:01.52 ID:Zx8cV2bN0
    中玉は割れやすいから水やりを控えめにした方がいいよ。

3 名前：ベランダの名無しさん投稿日：2019/05/02(木) 10:05:17.93 ID:Lk4jH6gF0
    支柱は何センチのものを使っていますか？
"""


@pytest.mark.parametrize(
    "text, authors",
    [
        (GLUED, ["ベランダの名無しさん", "南向きの三階", "ベランダの名無しさん"]),
        (
            LABELLED,
            [
                "ベランダの名無しさん",
                "ベランダの名無しさん",
                "南向きの三階",
                "ベランダの名無しさん",
            ],
        ),
        (SPACED, ["名無しさん＠お腹いっぱい。", "南向きの三階", "名無しさん＠お腹いっぱい。"]),
    ],
    ids=["glued", "labelled", "spaced"],
)
def test_every_post_of_the_board(text: str, authors: list[str]) -> None:
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == authors
    assert (
        "トマトを育てている人" in page.comments[0].text
        or "野菜を育てている" in page.comments[0].text
    )
    assert_nothing_lost(page, text)


# A Discuz! thread as resiliparse and lynx print it: the poster's name, then the header
# line opened by the post's floor ("3楼"), the font-size controls and "posted at" before
# the date, "only this author" after it; the body; the controls closing the post.
FLOORED = [
    ("松间月", "2010-1-17 14:41", "这个问题我也遇到过，换了路由器就好了。"),
    ("qingshan", "2010-1-17 17:46", "我觉得是固件的问题，升级一下试试。"),
    ("松间月", "2010-1-17 23:29", "升级以后还是一样，晚上总是断线。"),
    ("老周", "2010-1-19 19:20", "检查一下是不是信道冲突，邻居多的话很常见。"),
    ("qingshan", "2010-1-30 23:07", "对，换到十三信道以后就稳定多了。"),
]


def _floored(links: bool = False) -> str:
    """The thread, with lynx's link numbers before the links where ``links``."""
    numbers = itertools.count(20)

    def link(text: str) -> str:
        return f"[{next(numbers)}]{text}" if links else text

    lines = ["论坛 » 网络技术 » 路由器晚上断线", "发新话题", "路由器晚上断线怎么办？", ""]
    for floor, (name, date, body) in enumerate(FLOORED, 1):
        header = f"{floor}楼 大 中 小 发表于 {date}\xa0 {link('只看该作者')}"
        lines += [link(name), "", header, body, "", link("查看详细资料"), ""]
        lines += [f"{link('引用')} {link('回复')} TOP", ""]
    lines += ["‹‹ 上一主题 | 下一主题 ››", "Powered by Discuz!"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("links", [False, True])
def test_a_floor_opening_the_header_line_stamps_the_posts(links: bool) -> None:
    text = _floored(links)
    page = threadparse.parse(text)
    assert [(c.author, c.text.splitlines()[0]) for c in page.walk()] == [
        (name, body) for name, _, body in FLOORED
    ]
    assert_nothing_lost(page, text)
