"""Comment lists that print each author glued before a colon opening the comment's
text ("NAME:text", a full-width "：" in Chinese and Japanese pages, " :" with a blank
before it), the comment's date on a line of its own under it (perhaps with a place or a
client after it: "22-6-14 13:40 来自浙江"), counters and controls under the date; a
reply opens with a mention of whom it answers ("回复@NAME:", "@NAME"). The name is the
line's head, the rest of the line the body's first line (`posts._colon_posts`). A label
repeated down the page ("Posts: 12", a card of fields) or a colon in a body's prose names
no one. Invented pages."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.posts import colon_named

CJK_PAGE = """登录/注册
石榴园的小满
石榴园的小满
21-9-13 08:10
 来自 Android
今年院子里的石榴第一次挂果，数了一下有十七个，最大的比拳头还大。
大家的石榴都是什么时候摘的？
评论 42
按时间
青砖巷口的老陈:等石榴皮上出现细小的裂纹再摘，那时候籽最甜。
21-9-13 08:31 来自江苏
12
石榴园的小满作者:好的，那我再等两个星期看看
21-9-13 08:40 来自湖北
3
青砖巷口的老陈:回复@石榴园的小满:别等太久，下雨以后容易裂开。
21-9-13 08:52 来自江苏
共4条回复
Momo_晚风:我家的一到秋天就被鸟啄，有什么办法吗？
21-9-13 09:15 来自广东
7
白鹭洲种树人:套个网袋就行，十块钱一大包。
另外网眼要选小一点的，麻雀能钻进去。
21-9-13 10:02 来自福建
5
已加载全部评论
帮助中心 用户协议
"""

# the same list in a Latin script, each body on two lines (a line opening with a label is
# no prose by itself, `posts.is_prose`: the second line tells the stamps apart)
LATIN_PAGE = """Sign in
Weekend allotment diary
14 Mar 2021 09:00
Sowed the broad beans today and covered the early potatoes with fleece.
Comments
Hattie Brennan: Fleece saved my potatoes last spring.
it was well worth the money, and it lasts for years.
14 Mar 2021 09:40
Reply
Osric Vale : Which fleece weight do you use?
mine tore in the wind after only a week on the bed.
14 Mar 2021 10:05
Reply
Hattie Brennan: @Osric Vale the 30 gram one.
pin it down with bricks all round and it will not tear.
14 Mar 2021 10:21
Reply
Wren Adeyemi: Broad beans in March is brave.
ours went in last November and they are a foot tall now.
14 Mar 2021 11:48
Reply
Leave a comment
"""


# one line a comment, each opening with its label-like name: no line of it is prose, so
# nothing tells the dates apart as posts' (a limitation the rule does not lift)
def _comments(page: threadparse.Page) -> list[tuple[int, str | None, str]]:
    return [(c.depth, c.author, c.text.split("\n")[0]) for c in page.walk()]


def test_names_glued_before_a_full_width_or_ascii_colon() -> None:
    page = threadparse.parse(CJK_PAGE)
    found = _comments(page)
    assert [author for _, author, _ in found] == [
        "青砖巷口的老陈",
        "石榴园的小满",  # (its badge, "作者", glued after the name the page mentions)
        "青砖巷口的老陈",
        "Momo_晚风",
        "白鹭洲种树人",
    ]
    assert found[0][2] == "等石榴皮上出现细小的裂纹再摘，那时候籽最甜。"
    assert found[2][2].startswith("回复@石榴园的小满:")
    assert page.comments[0].date is not None
    assert "另外网眼要选小一点的" in page.comments[-1].text  # (the body's second line)
    assert_nothing_lost(page, CJK_PAGE)


def test_a_mention_opening_the_text_is_a_reply_in_that_thread() -> None:
    page = threadparse.parse(LATIN_PAGE)
    found = _comments(page)
    assert [(depth, author) for depth, author, _ in found] == [
        (0, "Hattie Brennan"),
        (0, "Osric Vale"),
        (1, "Hattie Brennan"),
        (0, "Wren Adeyemi"),
    ]
    assert found[1][2] == "Which fleece weight do you use?"
    assert page.comments[1].header == "Osric Vale :"  # (the line's head, its colon)
    assert_nothing_lost(page, LATIN_PAGE)


@pytest.mark.parametrize(
    "line, name, rest",
    [
        ("Ann Lee: I tried it", "Ann Lee", "I tried it"),
        ("安：好的", "安", "好的"),  # (one letter: `is_name_like` wants two)
        ("[小林](/u/12)：学到了", "小林", "学到了"),
        ("[9]Osric Vale : Which fleece?", "Osric Vale", "Which fleece?"),
    ],
)
def test_colon_named(line: str, name: str, rest: str) -> None:
    found = colon_named(line)
    if len(name) < 2:
        assert found is None
        return
    assert found is not None and found[0] == name and line[found[1] :] == rest


@pytest.mark.parametrize(
    "line",
    [
        "Meet at 9:30 by the gate, bring a spare tube.",  # a time's colon
        "https://example.org/a: the link",  # an address
        "@Ann: thanks",  # a mention, no author
        "This is what I think about it: nothing",  # a sentence before the colon
        "Ann:",  # no text after it
    ],
)
def test_no_colon_name(line: str) -> None:
    assert colon_named(line) is None


# A forum post list whose header blocks print a card of labelled fields: the labels
# vary little and stand in runs, no post is named by them
FIELDS_PAGE = """Board index
Re: fleece weights
Location: Ohio
Posts: 12
14 Mar 2021 09:40
Fleece saved my potatoes last spring, well worth it I would say.
Location: Leeds
Posts: 331
14 Mar 2021 10:05
Which fleece weight do you use? Mine tore in the wind last year.
Location: Ohio
Posts: 13
14 Mar 2021 10:21
The 30 gram one, pinned down with bricks all round the bed.
"""

# Bodies that open with a label of their own, the same one down the page
LABELLED_BODIES = """Release notes
14 Mar 2021 09:40
Update: the importer reads the new format now, thanks to everyone.
14 Mar 2021 10:05
Update: the exporter writes the new format too, as of this build.
14 Mar 2021 10:21
Update: both are in the stable channel, please report anything odd.
14 Mar 2021 11:00
"""

# A quote's attribution opening each comment, the author printed on a line of its own
QUOTED = """Ann Lee
14 Mar 2021 09:40
I sowed the beans in March and they came up fine in the end.
Bob Stone
14 Mar 2021 10:05
Ann Lee: I sowed the beans in March
Mine rotted in the cold ground, so I wait for April now.
Cy Park
14 Mar 2021 10:21
Bob Stone: Mine rotted in the cold ground
Try a cloche over them, it keeps the ground warm enough.
"""


@pytest.mark.parametrize("text", [FIELDS_PAGE, LABELLED_BODIES])
def test_labels_name_no_one(text: str) -> None:
    page = threadparse.parse(text)
    authors = {c.author for c in page.walk()}
    assert not authors & {"Location", "Posts", "Update"}


def test_a_quote_attribution_is_no_author() -> None:
    page = threadparse.parse(QUOTED)
    authors = [c.author for c in page.walk()]
    assert set(authors) <= {"Ann Lee", "Bob Stone", "Cy Park"}  # (none read off a quote)
