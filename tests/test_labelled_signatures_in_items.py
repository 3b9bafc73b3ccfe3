"""Comments as list items whose item line opens with the poster's name and whose
signature under the body names them again after a field's label, with no blank line
over it (lynx): "* ゆきんこ 1. ■無題" … "名前：ゆきんこ 2023-05-14 21:03:11". The label
closed by its colon opens a signature where the item's own line opens with the same name
(`transform.PageBuilder._labelled_signature`); a field of another kind under each body
("IP属地:浙江 DATE", a place) names no poster. Invented pages."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

ITEM = """\
     * {name} {number}. ■{title}
       {body}
       {label}{name} {date} (BUTTON) {reply}
          + {owner} {badge}
            {answer}
            {label}{owner} {answered}
"""

PAGES = {
    "ja": (
        "名前：",
        "返信する",
        "こむぎ",
        "ブログ作成者",
        [
            ("ゆきんこ", "無題", "すごくきれいに膨らんでますね！", "2023-05-14 21:03:11"),
            ("はるまき", "型は？", "17cmのアルミ型でしょうか？", "2023-05-14 21:17:52"),
            ("ぽんず", "Re:母の日", "うちも今年は手作りにしました！", "2023-05-14 21:40:26"),
        ],
    ),
    "en": (
        "Name: ",
        "Reply",
        "wheatfield",
        "Blog owner",
        [
            ("snowdrop", "Untitled", "It rose beautifully, well done!", "2023-05-14 21:03:11"),
            ("rollmop", "Tin size?", "Is that the 17 cm aluminium tin?", "2023-05-14 21:17:52"),
            ("ponzu", "Re: Mother's day", "We baked at home this year too!", "2023-05-14 21:40:26"),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_signatures_after_a_label_name_their_items_posters(language: str) -> None:
    label, reply, owner, badge, rows = PAGES[language]
    text = "Chiffon cake for mother's day\n\nComments\n\n" + "".join(
        ITEM.format(
            name=name,
            number=number,
            title=title,
            body=body,
            label=label,
            date=date,
            reply=reply,
            owner=owner,
            badge=badge,
            answer=f"{name}, thank you so much for reading and for the kind words!",
            answered=date.replace(" 2", " 3", 1),
        )
        for number, (name, title, body, date) in enumerate(rows, 1)
    )
    page = threadparse.parse(text)
    expected = [pair for name, *_ in rows for pair in ((name, 0), (owner, 1))]
    assert [(c.author, c.depth) for c in page.walk()] == expected
    assert_nothing_lost(page, text)


PLACES = """\
     * {name}： {body}
         IP属地:{place} 2023-3-14 21:{minute} 回复
"""


def test_a_place_after_its_label_names_no_one() -> None:
    rows = [("青柠", "浙江"), ("咔哒", "广东"), ("老王", "江苏"), ("青柠", "浙江")]
    text = "楼中楼\n\n回复\n\n" + "".join(
        PLACES.format(name=name, place=place, body="换轴之后空格键总是双击。", minute=10 + at)
        for at, (name, place) in enumerate(rows)
    )
    page = threadparse.parse(text)
    assert not {c.author for c in page.walk()} & {"浙江", "广东", "江苏"}
