"""A page that prints its newest posts' ages ("3日前", "3 days ago") and the older posts'
dates and times, in one template: a name line (the avatar's text) over "NAME DATE TIME"
or "NAME AGE", the body, a like count. The ages print nothing after them where the
dates print their time; they are stamps of the same template all the same
(`posts.templates._aged_shape`), so the newest posts are not lost.

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.dates import is_relative


def _page(title: str, intro: str, entries: list[tuple[str, str, str, int]], footer: str) -> str:
    out = [title, "", intro, ""]
    for name, date, body, likes in entries:
        out += [name, f"{name} {date}", "", body, "", str(likes)]
    return "\n".join([*out, "", footer, ""])


JAPANESE = [
    (
        "みどりの台所",
        "2024年3月12日 09:14",
        "毎日かき混ぜるのが続かなくて、二回も床をダメにしました。",
        12,
    ),
    (
        "ken_hakko",
        "2024年3月12日 10:02",
        "表面の白い膜の話、とても助かりました。ありがとうございます。",
        5,
    ),
    (
        "ゆずこ",
        "2024年3月12日 13:27",
        "うちの祖母は昆布と唐辛子のほかに、みかんの皮を入れていました。",
        8,
    ),
    (
        "はるの食卓",
        "2024年3月13日 07:55",
        "干したみかんの皮ってどれくらい入れますか？教えてください。",
        2,
    ),
    ("kaoru", "3日前", "私も同じでした！産膜酵母を知ってから捨てずに済んでいます。", 6),
    (
        "会社員のぬか",
        "2日前",
        "単身赴任中で平日は混ぜられないので、冷蔵庫管理の話が参考になりました。",
        9,
    ),
    (
        "Lisa",
        "5時間前",
        "ドイツのザワークラウトと似ているようで全然違う、面白い発酵食品ですね。",
        1,
    ),
]

ENGLISH = [
    (
        "ann_k",
        "2024-03-12 09:14",
        "I could never keep the crock going, so the fridge trick is welcome.",
        12,
    ),
    (
        "bobfermenter",
        "2024-03-12 10:02",
        "The white film explanation saved my batch, thank you for it.",
        5,
    ),
    (
        "cyd",
        "2024-03-12 13:27",
        "My grandmother added dried orange peel and a little kelp to hers.",
        8,
    ),
    (
        "dora_m",
        "2024-03-13 07:55",
        "How much of the dried peel would you add to a two litre crock?",
        2,
    ),
    (
        "eli",
        "3 days ago",
        "Same here, I used to throw it out before I learned what the film was.",
        6,
    ),
    (
        "fen_w",
        "2 days ago",
        "I travel on weekdays, so the fridge schedule is exactly what I needed.",
        9,
    ),
    (
        "gus",
        "5 hours ago",
        "It is a lot like sauerkraut and yet nothing like it, a fine ferment.",
        1,
    ),
]


@pytest.mark.parametrize(
    ("title", "intro", "entries", "footer"),
    [
        (
            "ぬか床の始め方",
            "この記事では、冷蔵庫で育てるぬか床の始め方を、手順ごとに詳しく説明します。",
            JAPANESE,
            "コメントするには、ログインしてください。",
        ),
        (
            "Starting a rice bran pickle bed",
            "This article explains the method in detail, over several long paragraphs of text.",
            ENGLISH,
            "Log in to comment.",
        ),
    ],
)
def test_the_newest_posts_aged_are_posts(
    title: str, intro: str, entries: list[tuple[str, str, str, int]], footer: str
) -> None:
    text = _page(title, intro, entries, footer)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, *_ in entries]
    assert [c.date for c in page.walk()] == [date for _, date, *_ in entries]
    assert all(
        c.text.startswith(body) for c, (*_, body, _) in zip(page.walk(), entries, strict=True)
    )
    assert_nothing_lost(page, text)


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("3日前", True),
        ("5時間前", True),
        ("vor 3 Tagen", True),
        ("3 days ago", True),
        ("yesterday", True),
        ("2024年3月12日 09:14", False),
        ("March 12, 2024", False),
        ("Monday", False),
    ],
)
def test_is_relative(text: str, relative: bool) -> None:
    assert is_relative(text) is relative
