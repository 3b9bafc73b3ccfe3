"""A post author's badge glued to the name in a script written without spaces
("林小满博主 2024-03-05"): the badge comes off where the page's byline names the author
alone ("文章作者: 林小满"), as "Ann Post author" does in scripts with spaces
(`names._bylined`, `_GLUED_BADGES`). Invented page of a static blog's comments."""

from __future__ import annotations

import pytest

import threadparse

PAGE = """\
阳台种番茄的一年

{byline}

今年在阳台上种了六盆番茄，记录一下。

4 条评论

阿杰 2024-03-05

同感，后来我用了滴灌，裂果少多了。

{owner}{badge} 2024-03-05

谢谢！滴灌确实省事。

橙子 2024-03-06

番茄最怕的不是虫，是浇水不匀。

{owner}{badge} 2024-03-07

是的，所以我后来装了定时器。
"""


@pytest.mark.parametrize("badge", ["博主", "文章作者"])
@pytest.mark.parametrize("byline", ["文章作者: 林小满", "作者：林小满"])
def test_a_glued_badge_comes_off(badge: str, byline: str) -> None:
    page = threadparse.parse(PAGE.format(byline=byline, owner="林小满", badge=badge))
    assert [c.author for c in page.walk()] == ["阿杰", "林小满", "橙子", "林小满"]


def test_a_name_that_ends_like_a_badge_stays_without_a_byline() -> None:
    page = threadparse.parse(PAGE.format(byline="记录一下。", owner="林小满", badge="博主"))
    assert "林小满博主" in [c.author for c in page.walk()]
