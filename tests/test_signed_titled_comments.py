"""Comments each under a title of their own and signed under the body ("NAME ｜ DATE ｜
編集", a classic Japanese blog template): the signature closes the body over it, the
short line under it is the next comment's title. The signature glued under the body's
last line is apart from it where that line ends a sentence, in the full-width marks too
("…かな？", "…。"); a trackback printed under the comment form's title is no comment of
the list; the pager under the last signature is the page's; and a link's address
html2text wrapped under a signature is the signature's (`posts.signatures`).

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L

JAPANESE = [
    (
        "はじめまして",
        ["はじめまして。いつも楽しく拝見しています。", "今年の梅は粒が大きいですね！"],
        "みどり",
    ),
    (
        "Re: はじめまして",
        ["みどりさん、コメントありがとうございます！", "赤じそは土用干しの前に入れる予定です。"],
        "うめのき",
    ),
    (
        "塩分18%",
        ["うちは昔から塩分18%です。カビが出てしまって。", "焼酎で消毒すれば大丈夫なのかな？"],
        "たけのこ母さん",
    ),
    (
        "Re: たけのこ母さんへ",
        ["たけのこ母さん、うちも一昨年までは18%でした。", "去年から15%にしています。"],
        "うめのき",
    ),
]

CHINESE = [
    ("第一次腌梅子", ["第一次腌梅子，盐放了百分之十五。", "请问需要每天翻动吗？"], "小林"),
    ("回复：小林", ["不用每天翻，三天看一次就可以了。", "记得用酒精擦干净瓶子。"], "梅子姐"),
    ("我的经验", ["我去年放了百分之十八，一直没有发霉。", "就是有点太咸了。"], "老王"),
    ("回复：老王", ["十八确实比较保险，今年可以试试十六。", "祝你成功！"], "梅子姐"),
]


SPACED = "{name} ｜ 2021/06/{day}(月) 21:05:33 ｜ 編集"


def _page(
    entries: list[tuple[str, list[str], str]],
    form: str,
    trackback: str,
    signature: str = SPACED,
) -> str:
    out = ["梅干し", "", "今年も梅干しを漬けました。塩分は15%で、重石は2kgです。", ""]
    for day, (title, body, name) in enumerate(entries, start=14):
        out += [title, "", *body, signature.format(name=name, day=day), ""]
    out += [form, "", "名前", "", trackback, "", "梅干し2021", ""]
    out += [
        "記事を参考に、今年は塩分15%で漬けてみました。",
        "ひびの台所 ｜ 2021/06/20(日) 10:04:11",
    ]
    return "\n".join(
        [*out, "« らっきょうの甘酢漬け | ホーム | 梅シロップ、その後 »", "", "プロフィール", ""]
    )


@pytest.mark.parametrize(
    ("entries", "form", "trackback"),
    [(JAPANESE, "コメントの投稿", "トラックバック"), (CHINESE, "发表评论", "引用通告")],
    ids=["japanese", "chinese"],
)
def test_titled_comments_signed_under_their_bodies(
    entries: list[tuple[str, list[str], str]], form: str, trackback: str
) -> None:
    _assert_read(_page(entries, form, trackback), entries)


def _assert_read(text: str, entries: list[tuple[str, list[str], str]]) -> None:
    """The page's comments are the entries: their authors, their bodies' lines."""
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == [name for *_, name in entries]
    for comment, (_, body, _) in zip(comments, entries, strict=True):
        assert body[0] in comment.text and body[-1] in comment.text
    assert_nothing_lost(page, text)


@pytest.mark.parametrize(
    "signature",
    [
        "{name}｜ 2021/06/{day}(月) 21:05:33 ｜編集",  # (w3m: the bars glued on one side)
        "{name}｜ URL ｜ 2021/06/{day}(月) 21:05:33 ｜編集",  # (the commenter's site)
        "{name} ｜2021/06/{day}(月) 21:05:33｜ 編集",
    ],
    ids=["glued-name", "glued-with-url", "glued-date"],
)
def test_a_full_width_bar_glued_on_one_side_still_separates(signature: str) -> None:
    blog = ("梅の日記", ["わが家は塩分12%です。"], "梅日記｜はな")
    entries = [*JAPANESE[:2], blog, *JAPANESE[2:]]
    # (a bar glued on both sides is the name's own: "梅日記｜はな" stays whole)
    _assert_read(_page(entries, "コメントの投稿", "トラックバック", signature), entries)


ENGLISH_HTML2TEXT = """\
Pickling plums

This year the plums went into a 15% brine under a two kilogram weight.

#### First time

First time pickling plums, I used 15% salt as you did.
Do I need to turn them every day?

[Mika](http://mika.example/) | 2021/06/14 21:05:33 | [Edit](https://plum-
diary.example/?mode=edit&no=2101 "Edit this comment")

#### Re: First time

No need to turn them daily, every three days is fine.
Wipe the jar with spirit first.

Hana Ueda | 2021/06/14 22:40:10 | [Edit](https://plum-
diary.example/?mode=edit&no=2102 "Edit this comment")

#### My brine

I used 18% last year and never saw mould, though it was salty.
Worth trying 16% this year.

Taro K. | 2021/06/15 07:12:48 | [Edit](https://plum-
diary.example/?mode=edit&no=2103 "Edit this comment")

### Post a comment

Name
"""


def test_a_wrapped_address_under_a_signature_is_the_signatures() -> None:
    page = threadparse.parse(ENGLISH_HTML2TEXT)
    comments = list(page.walk())
    assert [c.author for c in comments] == ["Mika", "Hana Ueda", "Taro K."]
    assert not any("diary.example" in c.text for c in comments)
    assert_nothing_lost(page, ENGLISH_HTML2TEXT)


@pytest.mark.parametrize(
    "heading", ["コメントの投稿", "发表评论", "댓글 남기기", "Geef een reactie", "Dodaj komentarz"]
)
def test_comment_form_titles(heading: str) -> None:
    assert L.is_form_heading(heading)
