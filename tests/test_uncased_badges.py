"""A rank printed after a poster's name in a script without capitals ("クリエイター",
"楼主"): no capital marks where the name ends, so the page's own prints of the name
tell it. The name alone on the line over the header (the avatar's text) over the name
with the word glued or spaced after it (`names._unglue_pictured`); or the name alone on
a line elsewhere on the page (the article's byline) and never with the word
(`names._printed_alone`). Where the page prints neither, the words stay.

Every fixture here is invented.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

CREATOR = "ぬか床日記｜さとう"


def _page(entries: list[tuple[str, str, str]], avatars: bool, byline: bool) -> str:
    out = ["ぬか床の始め方", ""]
    if byline:
        out += [CREATOR, "2024年3月11日 22:00", ""]
    out += ["この記事では、冷蔵庫で育てるぬか床の始め方を、手順ごとに詳しく説明します。", ""]
    for name, shown, body in entries:
        out += [name] * avatars + [f"{shown} 2024年3月12日 12:40", "", body, "", "3"]
    return "\n".join([*out, "", "コメントするには、ログインしてください。", ""])


def _entries(badge: str) -> list[tuple[str, str, str]]:
    return [
        (
            "みどりの台所",
            "みどりの台所",
            "毎日かき混ぜるのが続かなくて、二回も床をダメにしました。",
        ),
        (CREATOR, CREATOR + badge, "コメントありがとうございます！大さじ二杯が目安です。"),
        ("ゆずこ", "ゆずこ", "うちの祖母は昆布と唐辛子のほかに、みかんの皮を入れていました。"),
        (CREATOR, CREATOR + badge, "みかんの皮、いいですね！ゆずの皮でもやってみました。"),
        (
            "田中 ひろし",
            "田中 ひろし",
            "ステンレス容器とホーロー容器、どちらがいいか迷っています。",
        ),
    ]


def test_a_glued_rank_under_the_name_alone() -> None:
    text = _page(_entries("クリエイター"), avatars=True, byline=False)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, *_ in _entries("")]
    assert_nothing_lost(page, text)


def test_a_spaced_rank_after_a_name_the_byline_prints_alone() -> None:
    text = _page(_entries(" クリエイター"), avatars=False, byline=True)
    page = threadparse.parse(text)
    authors = [c.author for c in page.walk()]
    assert authors.count(CREATOR) >= 2
    assert CREATOR + " クリエイター" not in authors
    assert "田中 ひろし" in authors  # (a family name and a given name: no rank)
    assert_nothing_lost(page, text)


def test_a_rank_the_page_never_prints_apart_stays() -> None:
    text = _page(_entries(" クリエイター"), avatars=False, byline=False)
    authors = [c.author for c in threadparse.parse(text).walk()]
    assert authors.count(CREATOR + " クリエイター") == 2
