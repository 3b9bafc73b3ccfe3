"""A blog theme that prints each commenter's avatar text and then the name ("Lin Lin",
"小林 小林"), the date under it, the text, and a localized reply link under the text
("回复"): the name once, the reply link no body text, and a body sentence that opens with
a date ("12月5日的更新好像没有生效。", "on December 5 the update ...") still the body.
Invented comments, in resiliparse's layout."""

from __future__ import annotations

import threadparse
from threadparse.dates import is_date_line

COMMENTS = [  # (depth, name, text)
    (0, "小林", "12月5日的更新好像没有生效。"),
    (1, "阿明", "已经修好了，谢谢反馈。"),
    (2, "小林", "好的，非常感谢您"),
    (0, "quietfern", "thank you very much for the list."),
    (0, "老王", "请问这个列表多久更新一次？"),
    (1, "阿明", "大约每周一次。"),
]


def _page(reply: str) -> str:
    out = ["Iplist 更新汇总", "", "这里是每周更新的列表。", "", "6 Comments »", ""]
    for number, (depth, name, text) in enumerate(COMMENTS):
        pad = "  " * (depth + 1)
        marker = f"{number + 1}." if depth == 0 else "1."
        out += [f"{pad}{marker} {name} {name}"]
        out += [f"{pad}  December {number + 9}th, 2014 at 10:24 pm", "", f"{pad}  {text}", ""]
        out += [f"{pad}  {reply}", ""]
    out += ["Leave a Reply"]
    return "\n".join(out) + "\n"


def test_a_name_printed_twice_is_read_once() -> None:
    page = threadparse.parse(_page("回复"))
    comments = list(page.walk())
    assert [(c.depth, c.author) for c in comments] == [(d, n) for d, n, _ in COMMENTS]


def test_a_localized_reply_link_is_no_body_text() -> None:
    for reply in ("回复", "回覆", "返信", "답글"):
        page = threadparse.parse(_page(reply))
        assert [c.text for c in page.walk()] == [t for *_, t in COMMENTS], reply


def test_a_sentence_opening_with_a_date_is_no_date_line() -> None:
    assert not is_date_line("12月5日的更新好像没有生效。")
    assert is_date_line("12月5日")
    assert is_date_line("小林 楼主 2022-05-03 21:30:08")  # (a name before its date)
