"""A board's floors and the replies numbered under them ("F1", then "F1-1", "F1-2"
under it, then "F2"): each reply one level under the floor of its number
(`posts.sub_numbered_depths`), the floors at the top level. A reply numbered under
no floor before it leaves the posts flat.

Every fixture here is invented.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

# resiliparse, a campus board: the opening post, then each floor's card, label and text
PAGE = """\
Campus Board
Gardening

Balcony tomatoes in a north-facing flat?
River College
2024年4月2日 10:05
My balcony faces north. Is it worth trying tomatoes at all?
共 6 則留言

Harbour University
{f1}・4月2日 10:20
Cherry tomatoes will manage, the big ones will not ripen.
Valley Institute
{f1a}・4月2日 10:31
Agreed, I grew some on a north balcony last year.
River College
{f1b}・4月2日 10:44
Thanks, cherry tomatoes it is then.
Hill College
{f2}・4月2日 11:02
Try a white wall behind them, it reflects a lot of light.
Northern Tech
{f3}・4月2日 12:15
Herbs do better than tomatoes there, honestly.
Hill College
{f3a}・4月2日 12:40
Mint especially, it grows anywhere.
登入後即可留言
"""


def _tree(text: str) -> list[tuple[str | None, int]]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [(c.author, c.depth) for c in page.walk()]


def test_replies_numbered_under_a_floor_hang_under_it() -> None:
    text = PAGE.format(f1="F1", f1a="F1-1", f1b="F1-2", f2="F2", f3="F3", f3a="F3-1")
    assert _tree(text)[-6:] == [
        ("Harbour University", 0),
        ("Valley Institute", 1),
        ("River College", 1),
        ("Hill College", 0),
        ("Northern Tech", 0),
        ("Hill College", 1),
    ]


def test_other_letters_number_floors_too() -> None:
    text = PAGE.format(f1="B1", f1a="B1-1", f1b="B1-2", f2="B2", f3="B3", f3a="B3-1")
    assert [depth for _, depth in _tree(text)[-6:]] == [0, 1, 1, 0, 0, 1]


def test_a_reply_numbered_under_no_floor_before_it_stays_flat() -> None:
    text = PAGE.format(f1="F1", f1a="F1-1", f1b="F1-2", f2="F2", f3="F3", f3a="F5-1")
    assert {depth for _, depth in _tree(text)} == {0}
