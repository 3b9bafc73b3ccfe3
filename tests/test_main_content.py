"""Main-content dumps (resiliparse's ``main_content=True``): the extraction drops the
comments' header lines (name, date, avatar) and leaves shapes that still repeat down
the page: list items each closed by the same reply link, and posts counted by bare
numbers (a post number printed without its "#"). Invented pages, in that form."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost


def shape(page: threadparse.Page) -> list[tuple[str | None, int, str]]:
    return [(c.author, c.depth, c.text.split("\n")[0][:20]) for c in page.walk()]


# -- items closed by a reply link, their headers gone ---------------------------------
CLOSED = """Pickling onions at home

Slice them thin and pour the brine over while it is hot.

  1. Loved this, tried it last weekend with red onions.

    The colour was wonderful after one day in the fridge.

    ReplyDelete

  2. Does the brine keep if I make a double batch?

    ReplyDelete
    Replies

    1. It keeps for a month in a closed jar in the fridge.

      Delete

    2. Thanks, that saves me a trip to the shop tomorrow.

      Delete

  3. Mine went soft after a week, any idea why that happens?

    ReplyDelete

Subscribe to the feed
"""


def test_items_closed_by_a_reply_link_are_headerless_comments() -> None:
    page = threadparse.parse(CLOSED)
    assert shape(page) == [
        (None, 0, "Loved this, tried it"),
        (None, 0, "Does the brine keep "),
        (None, 1, "It keeps for a month"),
        (None, 1, "Thanks, that saves m"),
        (None, 0, "Mine went soft after"),
    ]
    first = page.comments[0]
    assert first.header == "" and first.header_span is None  # its line is body text
    assert [m.role for m in first.meta] == ["reply"]
    assert_nothing_lost(page, CLOSED)


CLOSED_BULLETS = """Winter tyres

  • Worth every cent on the hill roads up north.

    Reply

  • I never bothered and regretted it in January.

    Reply

  • Studded or not, that is the real question here.

    Reply

  • They wear out fast on dry roads, keep that in mind.

    Reply
"""


def test_bullet_items_closed_by_reply_are_comments_too() -> None:
    page = threadparse.parse(CLOSED_BULLETS)
    assert [(c.author, c.depth) for c in page.walk()] == [(None, 0)] * 4
    assert page.comments[2].text.startswith("Studded or not")


NAMED_AND_CLOSED = """Garden notes

  • Ann Lee

    Lovely photos of the borders this year.

    Reply

  • Bob Stone

    Which rose is the climbing one by the gate?

    Reply

  • Cy Marr

    The gate one is a rambler, not a climber.

    Reply

  • Dee Holt

    Great post, thanks for sharing it with us.

    Reply
"""


def test_items_named_over_their_block_keep_their_names() -> None:
    page = threadparse.parse(NAMED_AND_CLOSED)
    assert [c.author for c in page.walk()] == ["Ann Lee", "Bob Stone", "Cy Marr", "Dee Holt"]


TWO_CLOSED = """Shopping list

  1. Flour for the weekend bread, two bags at least.

    Share

  2. Butter and some good salt for the table.

    Share

Notes from the week
"""


def test_two_closed_items_make_no_thread() -> None:
    page = threadparse.parse(TWO_CLOSED)
    assert page.comments == []


# -- posts counted by bare numbers -----------------------------------------------------
COUNTED = """1

The boiler makes a knocking noise every morning, what could that be?

4 Likes

2

Probably air in the pipes, try bleeding the radiators first.

3

Could be limescale too if your water is hard in that area.

1 Like

4

Bleeding them fixed it, thank you all for the quick help.
"""


def test_bare_numbers_counting_the_posts_stamp_them() -> None:
    page = threadparse.parse(COUNTED)
    assert [(c.number, c.depth) for c in page.walk()] == [(1, 0), (2, 0), (3, 0), (4, 0)]
    assert page.comments[1].text.startswith("Probably air in the pipes")
    assert page.title is None  # the first post's number is no title


COUNTED_LATER = """Thread: squeaky hinge

Started in the help section

1

My door hinge squeaks whenever the weather turns damp and cold.

2

A drop of oil on the pin usually sorts that out for a year.

3

Or rub a soft pencil on it if you have no oil around the house.
"""


def test_bare_post_numbers_after_a_title() -> None:
    page = threadparse.parse(COUNTED_LATER)
    assert page.title == "Thread: squeaky hinge"
    assert [c.number for c in page.walk()] == [1, 2, 3]


RANKED = """Top members

1

Ann Lee

99.2

2

Bob Stone

98.7

3

Cy Marr

98.1
"""

SCORES = """Question

12

How do I keep a sourdough starter alive while I am away for two weeks?

9

Feed it well, then keep it in the fridge; it will survive much longer than you think.

4

Dry some of it on baking paper and grind it, then revive it with flour and water.
"""


def test_ranks_and_scores_stamp_no_posts() -> None:
    assert threadparse.parse(RANKED).comments == []  # no prose between the numbers
    assert threadparse.parse(SCORES).comments == []  # the numbers do not count up
