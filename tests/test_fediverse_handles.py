"""A fediverse thread prints each note's author as the display name, then the handle:
the user's name and the instance's domain, glued to the name or after a space
("みどり@midori@fedi.example.net", "Ann Lee @ann@social.example"). The author is the
display name (`names.strip_badges`). Invented threads."""

from __future__ import annotations

import pytest

import threadparse

NOTES = [
    (
        "みどり🌱",
        "midori@fedi.example.net",
        "4時間前",
        "根が茶色くてぬるっとしていたら根腐れです。",
    ),
    (
        "しらたま工房",
        "shiratama@misskey.example",
        "4時間前",
        "触ったらぬるっとはしていませんでした。",
    ),
    (
        "けんじ",
        "kenji_g@mi.example.jp",
        "3時間前",
        "うちは水温が二十八度を超えていたのが原因でした。",
    ),
    ("Ann Lee", "ann@social.example", "2時間前", "Same here: the water was far too warm."),
]


@pytest.mark.parametrize("gap", ["", " "])
def test_display_name_before_the_handle(gap: str) -> None:
    lines = ["水耕栽培の根が茶色くなりました", ""]
    for name, handle, age, text in NOTES:
        lines += [f"{name}{gap}@{handle}", age, "", text, ""]
    comments = list(threadparse.parse("\n".join(lines) + "\n").walk())
    assert [c.author for c in comments] == [name for name, *_ in NOTES]
