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
    ("忧伤的猫", "很实用，作者也讲得很清楚，收藏了！"),
    ("一百斤", "感觉这个参数就应该表示 CPU 的个数，这样理解起来就简单多了。"),
    ("sparkdev", "如果真正把背后的东西都搞清楚了，那它表示什么也都不重要了。"),
    ("日上三竿", "这个功能是怎么实现的，感觉很神奇？"),
]
DATES = ["2017-12-19 08:58", "2017-12-19 12:14", "2017-12-19 18:35", "2017-12-20 08:47"]


@pytest.mark.parametrize("floor", ["楼", "F", ""])
def test_a_number_then_a_date_then_the_name(floor: str) -> None:
    lines = ["理解 Docker 的 CPU 限制", "", "本文介绍容器的 CPU 限制。", "", "评论列表", ""]
    for number, ((name, body), date) in enumerate(zip(COMMENTS, DATES, strict=True), 1):
        badge = "[楼主]" if name == "sparkdev" and floor else ""
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
