"""A post's number glued to the name after it: "1名無しさん2021/03/14(日) 13:22:01.33ID:…"
(`posts._read_stamp`).

Text boards print each post's header as its number, the poster's name, the date and an
ID; a converter that drops the space between inline elements glues the number to the
name. Read with the space put back, the headers are one template, whatever the name.
Every fixture is invented; the negative cases are counts glued to a control ("11Reply",
no date after it) and ordinals ("2nd March 2021").
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

BOARD = """\
Board top  Boards  Archive

Balcony vegetables, general thread Part 12

1Nameless gardener2021/03/14(Sun) 13:22:01.33ID:aBc123De0
A thread for people who grow vegetables on a balcony or in pots.
Beginners' questions are welcome.

2Nameless gardener2021/03/14(Sun) 13:28:24.64ID:Xe4mPq9s0
>>1 thanks
This year I am going with cherry tomatoes and basil, as last year.

3Fieldless farmer2021/03/14(Sun) 13:43:47.95ID:Gf2nVt6w0
The spring gale knocked my stakes over, tie them to the railing with cable ties.

4Nameless gardener2021/03/14(Sun) 14:07:12.26ID:Uy8cKd3r0
>>2
Tomato and basil get on well, companion planting they call it.
"""

CJK = """\
ベランダ菜園 総合スレ Part41

1名無しさん＠お腹いっぱい。2021/03/14(日) 13:22:01.33ID:aBc123De0
ベランダやプランターで野菜を育てている人のスレです。

2名無しさん＠お腹いっぱい。2021/03/14(日) 13:28:24.64ID:Xe4mPq9s0
今年はミニトマトとバジルにする予定

3畑のない農家2021/03/14(日) 13:43:47.95ID:Gf2nVt6w0
春一番で支柱ごと倒れたわ。結束バンドで柵に固定した方がいい
"""


def test_numbers_glued_to_names_head_the_posts() -> None:
    page = threadparse.parse(BOARD)
    assert [c.author for c in page.walk()] == [
        "Nameless gardener",
        "Nameless gardener",
        "Fieldless farmer",
        "Nameless gardener",
    ]
    assert page.comments[2].text.startswith("The spring gale")
    assert_nothing_lost(page, BOARD)


def test_names_of_letters_with_no_case() -> None:
    page = threadparse.parse(CJK)
    assert [c.author for c in page.walk()] == [
        "名無しさん＠お腹いっぱい。",
        "名無しさん＠お腹いっぱい。",
        "畑のない農家",
    ]
    assert_nothing_lost(page, CJK)


@pytest.mark.parametrize(
    "line",
    [
        "2nd March 2021, a sunny day on the balcony",  # an ordinal: lower-case after it
        "11Reply",  # a count glued to a control: no date after it
    ],
)
def test_what_is_no_glued_number(line: str) -> None:
    from threadparse.posts import stamps

    stamp = stamps._read_stamp(line, None)
    assert stamp is None or stamp.author is None
