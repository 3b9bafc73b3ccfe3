"""Names masked by a run of stars inside them (`lines.plain`): a Q&A site shows only
the first letters of a user's ID and stars for the rest ("tak********さん"). Read as
Markdown emphasis, the stars went and the name shrank to "takさん". Five stars or more
between letters are a mask; four are two bold links glued ("**Parma****1983**").
Invented names."""

from __future__ import annotations

import threadparse
from threadparse import lines as L

PAGE = """\
Answers

Why does my rice cooker click off early?

Answers: 3

{a}

Answered: 2021/3/14 13:45

The inner pot is probably not sitting flat. Clean the heating plate and try again.

{b}

Answered: 2021/3/14 14:02

Too little water for the amount of rice: add a little more.

{c}

Answered: 2021/3/15 08:10

The thermal fuse may be going. Mine did the same before it died.
"""


def test_a_masked_id_keeps_its_stars() -> None:
    assert L.plain("tak********さん") == "tak********さん"
    assert L.plain("**Ann** says:") == "Ann says:"  # (emphasis still goes)
    assert L.plain("**Parma****1983**") == "Parma1983"


def test_masked_ids_as_authors() -> None:
    names = ["tak********さん", "mam********さん", "yos********さん"]
    page = threadparse.parse(PAGE.format(a=names[0], b=names[1], c=names[2]))
    assert [comment.author for comment in page.walk()] == names


# A mask may close the name too: "kaz*****", "dbwj****" (four stars or more after the
# last letter), as long as no word of the line opens with a star (a bold link's text
# made bold again, "****Ann Lee****", is emphasis twice).
def test_a_mask_closing_the_name_keeps_its_stars() -> None:
    assert L.plain("kaz***** 3時間前") == "kaz***** 3時間前"
    assert L.plain("[16]dbwj**** 2024.03.06. 09:13") == "dbwj**** 2024.03.06. 09:13"
    assert L.plain("****Mamie Lou****") == "Mamie Lou"
    assert L.plain("**[**Soizic**](/u26)**") == "Soizic"
    assert L.plain("**Ann***") == "Ann*"  # (three are bold and italics, as before)


AGED = """\
{name}
{age}

{body}

共感した {likes}  返信
"""


def test_ids_masked_at_their_end_as_authors() -> None:
    rows = [
        ("kaz*****", "3時間前", "駅前の桜並木は今年も見事でした。"),
        ("mik****", "2時間前", "夜桜のライトアップも始まったそうです。"),
        ("yoshi_55", "1時間前", "週末は混みそうなので平日に行きます。"),
        ("tar*****", "30分前", "川沿いの遊歩道もおすすめですよ。"),
    ]
    text = "桜の名所、今年の見頃は\n\nコメント 4件\n\n" + "\n".join(
        AGED.format(name=name, age=age, body=body, likes=7 * at + 3)
        for at, (name, age, body) in enumerate(rows)
    )
    page = threadparse.parse(text)
    assert [comment.author for comment in page.walk()] == [name for name, _, _ in rows]
