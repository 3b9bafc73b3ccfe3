"""Inputs a fuzzing run of round 12 found (minimised, names and text invented): an
html2text link left open on the last line, and post lists whose rules gave one line to
two posts, or to a post and the article (a bar of controls read before the first line,
a body read over its header block, a header block reaching up into the post before, a
list item's lone marker read as a one-line post). Every line must end in exactly one
node, in lenient and in strict mode."""

from __future__ import annotations

from pathlib import Path

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
    _parses_whole(FOUND[name])


def _parses_whole(text: str) -> None:
    """Every line of ``text`` ends in exactly one node, in lenient mode and in strict
    mode (which may refuse the input instead, with a clear error)."""
    assert_nothing_lost(threadparse.parse(text), text)
    try:
        page = threadparse.parse(text, strict=True)
    except threadparse.ThreadParseError:
        return
    assert_nothing_lost(page, text)


# Round 13's fuzzing run (names and text invented by the fuzzer, minimised).
_DOTS_HEAD = (
    "\n".join(
        [
            "\\",
            "# Plugin directory adds a review queue",
            "",
            "The plugin directory now holds new plugins in a review queue for a week before",
            "they go live, the team announced on Tuesday.",
            "",
            "### There are 3 comments",
            "",
            '[Ada Brenner](https://ada.example/ "Link to comment author\'s website") · [March',
            "10, 2017 at 12:20 AM](https://notes.example/plugin-directory-adds-a-review-",
            'queue-for-new-plugins-before-they-go-live#comment-101 "Link to comment")',
            "",
            "A week seems fair. Most of the spam plugins vanish within two days",
            "anyway.[Report](javascript:void\\(0\\);)",
            "",
            "  * [Reply](https://notes.example/plugin-directory?replytocom=101#respond)",
            "",
            '[Tomas Ekberg](https://tomas.example/ "Link to comment author\'s website") ·',
            "[March 10, 2017 at 1:26 AM](https://notes.example/plugin-directory-adds-a-",
            'review-queue-for-new-plugins-before-they-go-live#comment-102 "Link to comment")',
            "",
            "Reviewers are volunteers, after all.[Report](javascript:void\\(0\\);)",
            "",
            "  * [Reply](https://notes.example/plugin-directory?replytocom=102#respond)",
            "",
        ]
    )
    + "\n"
)
_DOTS_UNIT = '[Lin Qiao](https://lin.example/ "Link to comment author\'s website") · [March'
_DOTS_TAIL = "\n" + "\n".join(
    [
        "11, 2017 at 8:41 PM](https://notes.example/plugin-directory-adds-a-review-",
        'queue-for-new-plugins-before-they-go-live#comment-103 "Link to comment")',
        "",
        "Does the queue apply to updates too, or only to new plugins? I could not tell",
        "from the announcement.[Report](javascript:void\\(0\\);)",
        "",
        "  * [Reply](https://notes.example/plugin-directory?replytocom=103#respond)",
        "",
        "  * [Reply](https://notes.example/plugin-directory?replytocom=103#respond)",
        "",
        "### Leave a Reply",
        "",
    ]
)
ROUND_13 = {
    "a name key two date shapes share": (
        "User5456Oct.28\nUser4710昨天 12:00\n王小明24昨天 12:00\nI agree with this.\n"
        "User5456昨天 12:00\nUser3687Oct.28\nUser0207Oct.28\n"
    ),
    "an avatar's empty link over a floor's name": (
        "#2-1 by 2021-3-7\n[ ](/user/bailu)\n"
        "**[白鹭](/user/bailu)** [回复](javascript:void\\(0\\);)\n"
        "#3 2021-3-7\n**[青柠](/user/qingning)** [回复](javascript:void\\(0\\);)\n"
        "周末几点开始？周末几点开始？\n#4 2021-3-8\n"
        "**[林小雨](/user/lxy)** [回复](javascript:void\\(0\\);)"
    ),
    "middle dots by the hundred": _DOTS_HEAD + _DOTS_UNIT * 300 + _DOTS_TAIL,
}


@pytest.mark.parametrize("name", sorted(ROUND_13))
def test_round_13_inputs_parse_whole(name: str) -> None:
    """A name key two date shapes shared was deleted twice (`KeyError`); a post named by
    the line under its stamp left an avatar's empty link between them in no node; a line
    of 300 middle dots recursed once per dot reading a label off a name."""
    _parses_whole(ROUND_13[name])


def test_a_floor_name_under_its_stamp_keeps_the_stamp_author() -> None:
    """A post whose stamp names its author keeps that name, not the line under it."""
    text = (
        "#1 王王王\\- 2021-3-7\n[](/user/lxy)\n**[林小雨](/user/lxy)**\n12:40\n"
        "[ ](/user/moyu)\n**[墨鱼](/user/moyu)** [回复](javascript:void\\(0\\);)\n"
        "#3 2021-3-7\n[](/user/qingning)\n"
        "**[青柠](/user/qingning)** [回复](javascript:void\\(0\\);) (今天也要好好吃饭)\n"
        "#4 2021-3-8\n[](/user/lxy)\n**[林小雨](/user/lxy)** [回复](javascript:void\\(0\\);)"
    )
    authors = [c.author for c in threadparse.parse(text).walk()]
    assert authors[0] == "王王王"
    assert all(a is None or "回复" not in a for a in authors)


# Round 15's fuzzing run (names and text invented by the fuzzer).
ROUND_15 = {
    "a picture's copy taken twice": (
        "  * [![Colm icon](https://img.ex.org/av/k7.png)](/author/k7)\n"
        "[![Colm\nicon](https://img.ex.org/av/k7.png)](/author/k7)\n3 hours ago\n"
        "Colms](/author/k7)\nShare\n"
        "  * [![Colm icon](https://img.ex.org/av/k1.png)](/author/k1)\n"
        "Colms](/author/k1)\n24 days ago\n"
        "  * [![Aa icon](https://img.ex.org/av/k8.png)](/author/k8)\nHolm](/author/k8)\nMar 4"
    ),
    "an initial over a blank of a form feed": (
        "J\xa0an\n\x0c\nthe replies than export Update confirmed delta comment here…"
    ),
}


@pytest.mark.parametrize("name", sorted(ROUND_15))
def test_round_15_inputs_parse_whole(name: str) -> None:
    """The lines a copy of the header's linked picture took were counted again for the
    lines after it (`IndexError` past the body); an initial over a line of whitespace
    only read a name off nothing (`IndexError`)."""
    _parses_whole(ROUND_15[name])


# Round 18's fuzzing run of signed Q&A pages (names and text invented by the fuzzer).
ROUND_18 = {
    "a reply signed over several paragraphs": (
        "32\nanswered 01:31\nKevin Marsh's gravatar image\nMarsh\nanswered 13:06\nØrsted's "
        "gravatar\nØrsted\n楼主 晚上 より 收起\n(2 May 08:30)\ngratin never Visa numbers!\n"
        "(11 Sep 16:30)\n我觉得吧 支持 より\n\nwas\n(3 Feb 04:14) Tolley\n收起 这本书 说道 升级\n"
    ),
    "a name under an edited card": (
        "\t* link\nanswered 07:55\nDH's gravatar\nDH\n13:08\n断线 路由器 支持 断线\n"
        "answered 19:10\n\t* Quill's gravatar\nQuill\nedited 19:16\n"
    ),
    "an old one: a name under its picture's bullet": (
        "14\nanswered 05:01\nNed Brennan's gravatar image\nBrennan\nanswered 19:09\n•\n"
        "Brennan's gravatar\nBrennan\n路由器 より 支持 固件\n"
    ),
}


@pytest.mark.parametrize("name", sorted(ROUND_18))
def test_round_18_inputs_parse_whole(name: str) -> None:
    """A name read under a signature below where the post's controls ended it, and a
    reply signed over several paragraphs past the post's end, stood in a post and in
    the page's furniture too: a post now ends past its header, its name's line and its
    signed replies (`posts.find._in_order`)."""
    _parses_whole(ROUND_18[name])


def test_a_generated_signed_qa_page_loses_no_line() -> None:
    """A page of round 18's fuzzing run (tests/fuzz_inputs, text the fuzzer made of
    invented words): a post ended past its signature must hold the lines between as its
    tail, or they stand in no node (a vote count, "3")."""
    _parses_whole((Path(__file__).parent / "fuzz_inputs" / "osqa_signed_pages.txt").read_text())


@pytest.mark.parametrize(
    "name", ["guestbook_wrapped_stamps.txt", "names_over_controls_subject.txt"]
)
def test_round_19_generated_pages_lose_no_line(name: str) -> None:
    """Pages of round 19's fuzzing run (tests/fuzz_inputs, text the fuzzer made of
    invented words). A guestbook's name line read as a stamp wrapped onto the date line
    under it, that date line a stamp too: the signature's first line was taken into two
    posts (`posts.signatures._signed_bodies` keeps the first of two such stamps). A
    subject over a bar of controls read as a post's name, under another post's card:
    the name printed again was looked for past that post's stamp
    (`posts.reading._name_again_in_header` stops at the next stamp)."""
    _parses_whole((Path(__file__).parent / "fuzz_inputs" / name).read_text())


@pytest.mark.parametrize(
    "name",
    [
        "card_item_under_stamp.txt",
        "card_name_in_reply_block.txt",
        "stamp_items_nested.txt",
        "date_meta_read_twice.txt",
    ],
)
def test_lines_read_by_two_rules_stay_in_one_node(name: str) -> None:
    """Pages of rounds 15, 17 and 18's fuzzing runs (tests/fuzz_inputs, text the fuzzer
    made of invented words) that no rule of the post list or the item threads kept
    apart: a Q&A card's name line, inside a list item under the answer's stamp, read as
    the answer's header and as the item reply's metadata (or inside the reply's body
    block); a dated item's line read as a post's header and a nested item's body; a
    date line read twice as one comment's metadata. `claims.claim_once` drops the part
    another part holds whole."""
    _parses_whole((Path(__file__).parent / "fuzz_inputs" / name).read_text())
