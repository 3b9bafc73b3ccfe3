"""Two things a forum prints beside its posts that the converters turn into a post's
header, read here by their shape and by repetition down the page:

- A letter avatar glued to the name: a member with no picture gets a round badge with
  the first letter of their name, and some converters print it glued to the name
  ("Bbramblejack", "PPiers Lund", "小小笨熊"). A header name whose first character
  repeats the next one (case aside) loses it where the rest is a name the page prints
  elsewhere (another header, a mention) or where several names of the page are so
  doubled, capital over capital ("PPiers Lund", "KKestrel Ames"). Names that open on
  a doubled letter of their own ("Aaron", "Llewellyn", "Ooi Mei", "Eeva") keep it.
- A preview of a later post inside the post before (a question's best answer shown
  under it, Flarum): its number, author and date are printed again for the later
  post, its text's start under both. It is no post of its own: its lines close the
  post before (nothing is lost).

Invented threads, in the layouts of resiliparse and w3m.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.posts.shapes import letter_unglued

BOARD_CJK = """Status
小站论坛
  • 首页
    • 首页
    • 标签
    • 求助已解决

    • 相册插件怎么让游客只看缩略图？

    • 最早内容
      1 / 6 条三月 2023
      0 条未读
      最新回复

    • 小小笨熊

      • 20 天前
        发布 #1 2023年3月2日星期四 09点15分

      相册里的原图游客也能直接打开，想让游客只看到缩略图，有没有办法？

      • 青柠汽水 回复了此帖

        • 小笨熊

        • 19 天前
          发布 #3 2023年3月3日星期五 11点40分
        • 最佳回复由 小笨熊 选择

        青柠汽水 改了权限组就好了，原图链接现在要登录才能打开。

        多谢指点

          • 青柠汽水

            • 19 天前
              发布 #2 2023年3月3日星期五 10点02分

            小笨熊 在后台权限里把查看原图交给会员组就行，游客组取消勾选。

            • 小笨熊 回复了此帖

                • 小小笨熊

                  • 19 天前
                    发布 #3 2023年3月3日星期五 11点40分
                  • 已编辑
                  • 最佳回复由 小笨熊 选择

                  青柠汽水 改了权限组就好了，原图链接现在要登录才能打开。

                  多谢指点
                  • 青柠汽水 回复了此帖

                      • 青柠汽水

                        • 19 天前
                          发布 #4 2023年3月3日星期五 12点20分

                        小笨熊 不客气，记得清一下缓存。

                        • 小笨熊 回复了此帖

                            • 小小笨熊

                              • 18 天前
                                发布 #5 2023年3月4日星期六 08点05分

                              青柠汽水 缓存清过了，一切正常。

                              • 青柠汽水 回复了此帖

                                  • 青柠汽水

                                    • 18 天前
                                      发布 #6 2023年3月4日星期六 09点30分

                                    小笨熊 好的，那这个帖子就算解决了。

                                      正在加载…

                                      社区规范 | 版本 1.8.1
"""

BOARD_W3M = """Tinker Board

  • Home
  • Tags
  • Solved
  • Can the scheduler skip public holidays?

  • 1 / 5 posts
    Original post
    1 / 5 posts Jun 2022
    0 unread
    Latest reply

  • Mmossgarden

  • 2 years ago
    #1 · Tue, Jun 7, 2022 10:12 AM [                    ]

My nightly job runs on public holidays too, and the office is closed then. Is there
a way to make the scheduler skip those days?

  • Reply

  • Tavi Rennick replied to this post
  •
      □ mossgarden

      □ 2 years ago
        #3 · Tue, Jun 7, 2022 2:40 PM [                    ]
      □ Best answer chosen by mossgarden

    Tavi Rennick the holiday calendar did it, the job stayed quiet on Monday.

  • Tavi Rennick

  • 2 years ago
    #2 · Tue, Jun 7, 2022 1:05 PM [                    ]

mossgarden Load a holiday calendar into the scheduler settings and tick the box
that says to skip listed days.

  • Reply

  • mossgarden replied to this post
  • Mmossgarden

  • 2 years ago
    #3 · Tue, Jun 7, 2022 2:40 PM [                    ]
  • Best answer chosen by mossgarden

Tavi Rennick the holiday calendar did it, the job stayed quiet on Monday.

  • Reply

  • Tavi Rennick replied to this post
  • Tavi Rennick

  • 2 years ago
    #4 · Tue, Jun 7, 2022 3:15 PM [                    ]

mossgarden Glad it works. The calendar needs a refresh every January.

  • Reply

  • mossgarden replied to this post
  • Mmossgarden

  • 2 years ago
    #5 · Wed, Jun 8, 2022 8:30 AM [                    ]

Tavi Rennick Noted, I put a reminder in for next year.

  • Reply

Loading…
"""

NESTED = """Garden Forum
  1. Home
  2. Vegetables

Why do my tomato leaves curl upward?

By @hollis
    Jul 2, 2019

    The top leaves on three of my plants have rolled up like tubes. No spots, the fruit looks fine.

    Reply2 Likes
    • 4 replies

    1. P
      Piers Lund
        Jul 2, 2019

        Heat and strong sun do that. Leaf roll from stress is harmless and the plant keeps fruiting.

        Reply3 Likes
        1. Kkestrelwood
            Jul 3, 2019

            Agree with Piers, mine did the same in the heat wave and recovered in a week.

            Reply
            1. PPiers Lund
                Jul 3, 2019

                Yes, as long as the new growth looks normal there is nothing to do.

                Reply
      • M
        Marta Oyelaran
          Jul 4, 2019

          Check for herbicide drift too, a neighbour spraying the lawn can curl tomato leaves.

          Reply

          Recent comments in this topic:

          Marta Oyelaran
            Jul 4, 2019
            Check for herbicide drift too, a neighbour spraying the lawn can curl tomato leaves.
            Piers Lund
              Jul 3, 2019
              Yes, as long as the new growth looks normal there is nothing to do.
              kestrelwood
                Jul 3, 2019
                Agree with Piers, mine did the same in the heat wave and recovered in a week.
"""


def _comments(names: list[str]) -> str:
    """A blog's comment list, one comment for each of ``names`` (its header the name as
    printed), each dated and answered with a "Reply" control."""
    items = []
    for day, name in enumerate(names, start=3):
        items.append(
            f"  {day - 2}. {name}\n     March {day}, 2021 at 9:1{day % 10} am\n\n"
            f"     The ferry was late again on day {day}, so we walked the long way round"
            " the harbour and stopped for tea.\n\n     Reply\n"
        )
    return (
        "Crossing to the island in March\n\nWe took the early ferry and the sea was"
        " flat all the way over.\n\n" + f"{len(names)} comments\n\n" + "".join(items)
    )


def _authors(text: str) -> list[str | None]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [c.author for c in page.walk()]


@pytest.mark.parametrize(
    ("name", "rest"),
    [
        ("Bbramblejack", "bramblejack"),
        ("PPiers Lund", "Piers Lund"),
        ("小小笨熊", "小笨熊"),
        ("小 小笨熊", "小笨熊"),
        ("P Piers Lund", None),  # (an initial: "J Jones")
        ("P  Piers", None),
        ("Aaron Blake", "aron Blake"),  # (the shape only: the page decides)
        ("Piers Lund", None),
        ("A", None),
        ("Oo", None),
        ("11 Ann", None),
        ("@@ann", None),
    ],
)
def test_the_shape_of_a_glued_letter(name: str, rest: str | None) -> None:
    assert letter_unglued(name) == rest


def test_a_glued_letter_over_a_name_the_page_mentions() -> None:
    authors = _authors(BOARD_CJK)
    assert "小小笨熊" not in authors
    assert authors.count("小笨熊") == 3


def test_a_glued_letter_over_a_name_printed_in_another_header() -> None:
    authors = _authors(NESTED)
    assert "Kkestrelwood" not in authors and "PPiers Lund" not in authors
    assert "kestrelwood" in authors and authors.count("Piers Lund") >= 2


def test_capitals_doubled_on_several_headers() -> None:
    authors = _authors(_comments(["KKestrel Ames", "PPiers Lund", "Marta Oyelaran"]))
    assert authors == ["Kestrel Ames", "Piers Lund", "Marta Oyelaran"]


@pytest.mark.parametrize(
    "names",
    [
        ["Aaron Blake", "Llewellyn", "Ooi Mei", "Marta Oyelaran"],
        ["Eeva", "Llewellyn Price", "Piers Lund"],
        ["Aaron Blake", "Piers Lund", "Aaron Blake"],
        ["OOi Mei", "Piers Lund"],  # (one name so printed: no repetition)
    ],
)
def test_names_opening_on_a_doubled_letter_stay(names: list[str]) -> None:
    assert _authors(_comments(names)) == names


def test_a_mention_inside_the_name_itself_is_no_evidence() -> None:
    names = ["Llewellyn", "Piers Lund", "Marta Oyelaran"]
    text = _comments(names).replace("the harbour", "the harbour with Llewellyn's dog")
    assert _authors(text) == names


def test_a_preview_of_a_later_post_is_no_post_cjk() -> None:
    page = threadparse.parse(BOARD_CJK)
    assert_nothing_lost(page, BOARD_CJK)
    assert [c.number for c in page.walk()] == [1, 2, 3, 4, 5, 6]
    first = page.comments[0]
    assert any("改了权限组" in meta.text for meta in first.meta)


def test_a_preview_of_a_later_post_is_no_post_w3m() -> None:
    page = threadparse.parse(BOARD_W3M)
    assert_nothing_lost(page, BOARD_W3M)
    comments = list(page.walk())
    assert [c.author for c in comments] == ["mossgarden", "Tavi Rennick"] * 2 + ["mossgarden"]
    assert [c.number for c in comments] == [1, 2, 3, 4, 5]


def test_a_post_quoted_whole_later_stays() -> None:
    """The same number, author and date printed over two different texts: no preview
    (a preview repeats the start of the later post's text), both posts stay."""
    text = BOARD_CJK.replace(
        "青柠汽水 改了权限组就好了，原图链接现在要登录才能打开。\n\n        多谢指点",
        "另一段完全不同的文字，说的是别的事情。\n\n        再说一句",
        1,
    )
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert len(list(page.walk())) == 7
