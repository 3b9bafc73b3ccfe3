"""A comment widget that prints the commenter's browser and system after the date, on
the line under the name ("3 天前 Safari 17.3 Mac OS 14.3", "2 days ago Chrome 122.0.0.0
Windows 10"): the device is no part of the stamp's shape, so every comment's date line
is of one template whatever browser its poster used (`lines.without_device` in
`posts.stamps._line_stamp`). Invented pages."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("3 天前 Safari 17.3 Mac OS 14.3", "3 天前"),
        ("2 days ago Chrome 122.0.0.0 Windows 10", "2 days ago"),
        ("3 days ago Firefox 123.0 Ubuntu", "3 days ago"),
        ("1 day ago Mobile Safari 17.2 iOS 17.2", "1 day ago"),
    ],
)
def test_the_device_after_a_date_goes(line: str, shown: str) -> None:
    assert L.without_device(line) == shown


COMMENT = """\
{name}
{age} {device}

{body}

"""

DEVICES = [
    "Chrome 122.0.0.0 Windows 10",
    "Safari 17.3 Mac OS 14.3",
    "Firefox 123.0 Ubuntu",
    "Edge 122.0.0.0 Windows 11",
]

THREADS = {
    "zh": (
        ["豆子先生", "墨七 博主", "一只猫", "墨七 博主", "阿青", "Lemon", "墨七 博主", "北窗"],
        ["3 天前", "3 天前", "2 天前", "2 天前", "2 天前", "2 天前", "1 天前", "1 天前"],
        "请问磨豆机有什么推荐吗？预算五百以内，主要冲浅烘的豆子。",
    ),
    "en": (
        ["Bean Counter", "Mo Qi", "catcoffee", "Mo Qi", "Ah Qing", "Lemon", "Mo Qi", "north"],
        [
            "3 days ago",
            "3 days ago",
            "2 days ago",
            "2 days ago",
            "2 days ago",
            "2 days ago",
            "1 day ago",
            "1 day ago",
        ],
        "Which grinder would you suggest under fifty dollars for light roasts?",
    ),
}


@pytest.mark.parametrize("language", sorted(THREADS))
def test_comments_whose_dates_carry_devices_are_read(language: str) -> None:
    names, ages, body = THREADS[language]
    owner = names[1]
    byline = "墨七发布于 2024-03-02" if language == "zh" else "By Mo Qi, March 2, 2024"
    comments = []
    for at, (name, age) in enumerate(zip(names, ages, strict=True)):
        answered = at > 0 and names[at - 1] == owner  # (a reply to the owner names them)
        comments.append(
            COMMENT.format(
                name=name,
                age=age,
                device=DEVICES[1 if name == owner else at % 4 // 2 * 2],
                body=f"@{owner.split()[0]} {body}" if answered else body,
            )
        )
    text = f"手冲入门\n\n{byline}\n\n8 条评论\n\n" + "".join(comments)
    page = threadparse.parse(text)
    shown = [name.removesuffix(" 博主") for name in names]
    assert [(c.author, c.depth) for c in page.walk()] == [(name, 0) for name in shown]
    assert_nothing_lost(page, text)
