"""Comment headers that print the post's number, its date, then its author
("#1楼 2017-12-19 08:58 Ann", "#3楼[楼主] DATE bob", "#2 May 2, 2020 at 3:14 pm Ann Lee"):
a floor's letter glued to the number and a badge in brackets are the template's, the
name after the date is the author. Invented pages in the shape of a blog host's
comment list (a vote bar under each body)."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

COMMENTS = [
    ("晚风吹过", "写得很细，照着做一遍就通了，谢谢分享。"),
    ("半斤八两", "这个参数的单位一直没搞懂，看完终于明白了。"),
    ("coder_lin", "原理弄清楚以后，名字叫什么其实没那么重要。"),
    ("山间明月", "有没有办法在运行中修改这个限制？"),
]
DATES = ["2017-12-19 08:58", "2017-12-19 12:14", "2017-12-19 18:35", "2017-12-20 08:47"]


@pytest.mark.parametrize("floor", ["楼", "F", ""])
def test_a_number_then_a_date_then_the_name(floor: str) -> None:
    lines = ["容器的资源限制笔记", "", "记录一下容器资源限制的用法。", "", "评论列表", ""]
    for number, ((name, body), date) in enumerate(zip(COMMENTS, DATES, strict=True), 1):
        badge = "[楼主]" if name == "coder_lin" and floor else ""
        lines += [f"#{number}{floor}{badge} {date} {name}", body, "支持(0)反对(0)", ""]
    lines += ["刷新评论刷新页面返回顶部", "", "发表评论"]
    text = "\n".join(lines) + "\n"
    page = threadparse.parse(text)
    assert [(c.author, c.date, c.text) for c in page.walk()] == [
        (name, date, body) for (name, body), date in zip(COMMENTS, DATES, strict=True)
    ]
    assert_nothing_lost(page, text)


def test_an_english_date_then_the_name() -> None:
    comments = [
        ("Ann Lee", "The second method worked for me after a restart of the service."),
        ("bo_k", "Same here, though I had to clear the cache before it picked it up."),
        ("Carla M.", "Does this also work on the older release, or only the new one?"),
    ]
    dates = ["May 2, 2020 at 3:14 pm", "May 2, 2020 at 4:01 pm", "May 3, 2020 at 9:30 am"]
    lines = ["Fixing the sync error", "", "A short note on the fix.", "", "3 comments", ""]
    for number, ((name, body), date) in enumerate(zip(comments, dates, strict=True), 1):
        lines += [f"#{number} {date} {name}", body, ""]
    text = "\n".join(lines) + "\n"
    page = threadparse.parse(text)
    assert [(c.author, c.text) for c in page.walk()] == comments
    assert_nothing_lost(page, text)


ANONYMOUS_BOARD = """\
保育園の朝の送りで困ること

  • {n1}匿名 2024/03/05(火) 14:22:10 [通報]

    朝の送りで子どもが玄関から離れなくて毎日遅刻しそうになります。

    返信

  • {n2}{name} 2024/03/05(火) 14:24:51 [通報]

    雨の日の自転車。カッパを着せるだけで五分かかる。

    返信

  • {n3}匿名 2024/03/05(火) 14:25:33 [通報]

    >>2
    わかる！朝から汗だく

    返信
"""


@pytest.mark.parametrize("dot", [". ", " "])
@pytest.mark.parametrize("name", ["匿名", "Ann Lee"])
def test_a_numbered_item_then_the_name_then_the_date(dot: str, name: str) -> None:
    """A board's item prints the post's number, the name and the date ("1. 匿名 DATE"):
    the number is no part of the name (`lines.clean_author`)."""
    text = ANONYMOUS_BOARD.format(n1=f"1{dot}", n2=f"2{dot}", n3=f"3{dot}", name=name)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["匿名", name, "匿名"]
    assert_nothing_lost(page, text)
