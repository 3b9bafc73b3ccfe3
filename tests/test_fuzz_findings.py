"""Inputs a fuzzing run of round 12 found (minimised, names and text invented): an
html2text link left open on the last line, and post lists whose rules gave one line to
two posts, or to a post and the article (a bar of controls read before the first line,
a body read over its header block, a header block reaching up into the post before, a
list item's lone marker read as a one-line post). Every line must end in exactly one
node, in lenient and in strict mode."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

FOUND = {
    "link left open": "* x ·[5y](\n[",
    "bar over the first line": (
        "Like · Reply · 0 ·\n[1y](https://x.example/p-\nc?id=0)\nLike · Reply · 1 ·\n"
        "[2y](https://x.example/p-\nc?id=1)\n"
        "Same problem here after the update. Rolling back fixed it for me.\n"
        "Like · Reply · 2 ·\n[3y](https://x.example/p-\nc?id=2)\n"
    ),
    "body over its header": (
        "阳台种菜吧\n是不是季节不对，还是剪的位置不对？\n\n回复收起回复\n\n  • 1楼\n"
        "  • 2022-05-10 21:37\n  • 菜园元老\n    11\n"
        "薄荷一般七到十天才出根，剪在节下面一点，泡水的那段把叶子去掉。\n\n回复(1)收起回复\n"
        "  • 2022-05-10 21:58\n  • 种菜达人\n我直接插在湿土里，盖个塑料袋保湿，两周就活了。\n"
        "  • 2022-05-11 08:40\n"
    ),
    "lone marker in one-line posts": (
        "Welcome to the shoutbox, please be nice to each other here.\n"
        "dvolk: Could you post the full log for me. 03/03 02:02\n*\n"
        "dvolk: Could you post the full log? It is hard to tell from this. 04/04 03:03\n"
        "femi: Not sure that is right; the docs say otherwise, see section two. 06/06 05:05\n"
    ),
    "header reaching into the post before": (
        "Old 03-14-2009, 02:00 PM #1\nAnn Lee\nOld 03-14-2009, 02:01 PM #2\n"
        "Not sure that is right; the docs say otherwise, see the second section.\n"
        "Old 03-14-2009, 02:02 PM #3\n  Cleo Ortiz\nSame problem here after on.\n"
        "Old 03-14-2009, 02:02 PM #3"
    ),
}


@pytest.mark.parametrize("name", sorted(FOUND))
def test_every_line_lands_in_one_node(name: str) -> None:
    text = FOUND[name]
    assert_nothing_lost(threadparse.parse(text), text)
    try:
        page = threadparse.parse(text, strict=True)
    except threadparse.ThreadParseError:
        return  # (strict mode may refuse the input: with a clear error)
    assert_nothing_lost(page, text)
