"""Posts closed by a bar that prints a time of day after a label, then the template's
controls ("发布于 21:46 添加评论 感谢 分享 收藏 • 举报", "Posted 9:12 PM · Share · Report"): the
day is not printed (the posts of today). The bar closes each body; the name opens it,
perhaps with the poster's line about themselves after a full-width comma ("林小满，厨师")
and a control printed over most bodies ("收起"). The label and the first control may
change from post to post ("编辑于", "3 条评论"); the last controls do not. A time once in a
wrapped paragraph stamps nothing. Invented pages in the shapes of a Q&A site's answers."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

ANSWERS = [
    (
        "匿名用户",
        "",
        "对我来说有用，每天晚上跑半小时，睡得比以前好多了。",
    ),
    ("林小满", "林小满，厨师", "坚持不下来，跑了两周膝盖就疼，后来改成快走。"),
    (
        "peach tree",
        "peach tree，寻找自我",
        "刚开始很累，一个月以后就习惯了，心情确实轻松一些。",
    ),
    ("陈默", "", "没用"),
    ("周一", "周一，在职中医师", "跑步的时候什么都不想，这一点最解压，推荐试试。"),
]
FOOTERS = [
    "发布于 21:46 添加评论 感谢 分享 收藏 • 没有帮助 • 举报 • 作者保留权利",
    "编辑于 21:34 3 条评论 感谢 分享 收藏 • 没有帮助 • 举报 • 作者保留权利",
    "发布于 21:31 添加评论 感谢 分享 收藏 • 没有帮助 • 举报 • 作者保留权利",
    "发布于 21:12 添加评论 感谢 分享 收藏 • 没有帮助 • 举报 • 作者保留权利",
    "发布于 20:58 12 条评论 感谢 分享 收藏 • 没有帮助 • 举报 • 作者保留权利",
]


def _named(page: threadparse.Page) -> list[tuple[str | None, str]]:
    return [(c.author, c.text) for c in page.walk()]


@pytest.mark.parametrize("control", [True, False])
def test_a_bar_with_a_labelled_time_closes_each_answer(control: bool) -> None:
    lines = ["跑步真的能减压吗？", "", "51 个回答", ""]
    for (name, shown, body), footer in zip(ANSWERS, FOOTERS, strict=True):
        lines += [shown or name, ""] + (["收起"] if control else []) + [body, footer, ""]
    lines += ["更多回答", "", "关于我们 · 帮助中心"]
    text = "\n".join(lines) + "\n"
    page = threadparse.parse(text)
    assert _named(page) == [(name, body) for name, _, body in ANSWERS]
    assert [c.depth for c in page.walk()] == [0] * len(ANSWERS)
    assert_nothing_lost(page, text)


def test_a_labelled_time_in_english_closes_each_comment() -> None:
    comments = [
        ("Rosa Delgado", "The glaze cracked on mine too, I think the kiln cooled too fast."),
        ("mikkel_b", "Did you bisque fire first or go straight to the glaze firing?"),
        ("Ines Vaz", "Straight to glaze, which is probably the problem here."),
        ("Tam O.", "Same thing happened to me, slower cooling fixed it."),
    ]
    times = ["9:12 PM", "8:47 PM", "8:03 PM", "7:55 PM"]
    lines = ["Why did my glaze crack?", "", "4 answers", ""]
    for (name, body), time in zip(comments, times, strict=True):
        lines += [name, body, f"Posted {time} · Share · Report", ""]
    lines += ["Related questions", "", "Terms · Privacy"]
    text = "\n".join(lines) + "\n"
    page = threadparse.parse(text)
    assert _named(page) == comments
    assert [c.date for c in page.walk()] == times
    assert_nothing_lost(page, text)


def test_a_time_in_a_wrapped_paragraph_stamps_nothing() -> None:
    """A video's description wraps its chapter times onto lines that read as a label,
    a time and words ("hand 17:10 First run ...more"): one such line is no stamp, and
    the comments under the description keep their own headers."""
    text = (
        "Restoring a mantel clock\n\n"
        "In this video I take an old mantel clock apart, clean it and make a new hand. 0:00\n"
        "Unboxing 2:40 Teardown 7:15 Cleaning 11:02 Bushing 14:32 The new tide\n"
        "hand 17:10 First run ...more\n\n"
        "Chapters\n\nUnboxing\n\n0:00\n\nFirst run\n\n17:10\n\n"
        "3 Comments\n\n"
        "@oak_and_brass\n2 days ago\nLovely work on the hand, the filing is very clean.\n\n"
        "@nell.winters\n3 days ago\nWhat oil do you use on the pivots of a clock like this?\n\n"
        "@brassworks\n3 days ago\nA synthetic clock oil, a very small drop on each pivot.\n"
    )
    page = threadparse.parse(text)
    assert [(c.author, c.date) for c in page.walk()] == [
        ("@oak_and_brass", "2 days ago"),
        ("@nell.winters", "3 days ago"),
        ("@brassworks", "3 days ago"),
    ]
