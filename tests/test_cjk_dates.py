"""Dates written with the characters for year, month and day (Chinese and Japanese
"2021年3月14日", "3月14日", Korean "2021년 3월 14일"), their ages ("2小时前", "3日前",
"3일 전") and day words ("昨天 13:31"), and a count after an icon ("ñ2341", a glyph of
the page's icon font over the likes), which names no one (`dates`, `posts._candidate`).
Invented lines and a page in inscriptis's form; the negative cases are the same
characters in prose."""

from __future__ import annotations

from datetime import datetime

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.dates import find_date, parse_date


@pytest.mark.parametrize(
    ("line", "date", "read"),
    [
        ("2021年3月14日 13:31", "2021年3月14日", datetime(2021, 3, 14, 13, 31)),
        ("发布于2021年3月14日", "2021年3月14日", datetime(2021, 3, 14)),
        ("3月14日 13:31", "3月14日", None),  # (no year: read as no datetime)
        ("2021년 3월 14일 오후", "2021년 3월 14일", datetime(2021, 3, 14)),
        ("2小时前", "2小时前", None),
        ("5分钟前 回复", "5分钟前", None),
        ("3日前に投稿", "3日前", None),
        ("2時間前", "2時間前", None),
        ("3일 전", "3일 전", None),
        ("昨天 13:31", "昨天", None),
        # the characters in prose: no date
        ("第3天前进", None, None),
        ("我今天去了", None, None),
        ("10년 전에", None, None),
    ],
)
def test_cjk_dates(line: str, date: str | None, read: datetime | None) -> None:
    found = find_date(line)
    assert (found and found.group()) == date
    assert parse_date(line) == read


# inscriptis: "NAME：text" over the controls and the likes after an icon, the date under
# them; replies indented deeper
PAGE = """\
豆腐脑研究所
      今天终于把咸豆腐脑的卤汁配方调明白了，香菇泡发切丁，肉末炒散，加酱油和淀粉勾芡。
      * 评论
      * 按热度
            北方咸党一号：咸的才是正宗！甜豆腐脑是什么黑暗料理
                * 举报
                * 回复
                * ñ2341
              3月14日 13:31
                    甜党不服：回复@北方咸党一号:你这话说的，南方几亿人都不同意
                        * 举报
                        * 回复
                        * ñ512
                      3月14日 13:40
            小林的早餐铺：卤汁里放点木耳和黄花菜，再打个蛋花，味道会好很多。
                * 举报
                * 回复
                * ñ1203
              3月14日 14:20
            一只勺子：看饿了，明早就去楼下吃
                * 举报
                * 回复
                * ñ45
              3月15日 08:12
"""


def test_counts_after_an_icon_name_no_one() -> None:
    page = threadparse.parse(PAGE)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("北方咸党一号", 0),
        ("甜党不服", 1),
        ("小林的早餐铺", 0),
        ("一只勺子", 0),
    ]
    assert [c.date for c in page.walk()][:2] == ["3月14日 13:31", "3月14日 13:40"]
    assert_nothing_lost(page, PAGE)
