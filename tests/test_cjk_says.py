"""Comment headers of Chinese and Japanese blogs: "NAME says:" with the verb glued to
the name or after a space, and a full-width colon ("风起说道：", "Mika 說道:", "山田 より:"),
and pingbacks whose label closes with a full-width colon ("Pingback： TITLE"). A
sentence that ends in a verb of saying ("他表示：", "我说：") opens a quote, no header.
Invented pages in the shape of WordPress's numbered comment list."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.lines import plain, read_header

COMMENTS = [
    ("风起", "在线跑一段小代码挺方便的，不用装一堆环境。"),
    ("Mika", "这个我也用过，就是国内访问有点慢。"),
    ("小林", "请问这个支持 Python 3 吗？我试了一下好像不行。"),
]


@pytest.mark.parametrize(
    ("verb", "pinged"),
    [
        ("说道：", "Pingback："),
        (" 说道：", "Pingback："),
        (" 說道:", "Trackback："),
        (" より:", "Pingback:"),
        ("说道：", "Pingback引用通告："),  # (the word's translation glued after it)
        (" より:", "Trackback引用："),
    ],
)
def test_names_before_a_glued_verb_head_their_comments(verb: str, pinged: str) -> None:
    lines = ["在线编程的网站", "", "介绍几个在线编写和运行代码的网站。", "", "5 条评论", ""]
    for number, (name, body) in enumerate(COMMENTS, 1):
        lines += [f"  {number}. {name}{verb}", "    2009年08月24日 20:07", f"    {body}", ""]
    pings = ["在线开发 IDE « 英伟摩达", "一些有意思的资源 | Hot Trends"]
    for number, title in enumerate(pings, len(COMMENTS) + 1):
        lines += [f"  {number}. {pinged} {title}", ""]
    lines += ["发表评论", "", "电子邮件地址不会被公开。"]
    text = "\n".join(lines) + "\n"
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, _ in COMMENTS] + pings
    assert [c.text for c in page.walk()][: len(COMMENTS)] == [body for _, body in COMMENTS]
    assert_nothing_lost(page, text)


@pytest.mark.parametrize("line", ["他表示：", "我说：", "他说过：", "老师表示:"])
def test_a_sentence_closed_by_a_verb_of_saying_is_no_header(line: str) -> None:
    assert read_header(line) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [("风起说道：", "风起"), ("**小楼** 说道：", "小楼"), ("Ann Lee 表示:", "Ann Lee")],
)
def test_a_verb_of_saying_after_a_name_reads_it(line: str, author: str) -> None:
    header = read_header(line)
    assert header is not None and header.author == author


@pytest.mark.parametrize(
    ("line", "shown"),
    [
        (
            "[在线开发 IDE [转] « 小林的笔记本](http://example.org/?p=159)",
            "在线开发 IDE [转] « 小林的笔记本",
        ),
        ("[Links [updated] | A Blog](https://a.example/links)", "Links [updated] | A Blog"),
        ("[Ann](/u/1) said [x](y)", "Ann said x"),
    ],
)
def test_a_link_whose_text_holds_brackets_reads_as_its_text(line: str, shown: str) -> None:
    """html2text's link whose text holds a pair of brackets (a pingback's title, "[转]"):
    read as its text, as any link is."""
    assert plain(line) == shown
