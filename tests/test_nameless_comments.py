"""Nameless comments in main-content dumps (failure class E): resiliparse's
``main_content=True`` drops every comment's header (name, date, reply link) and keeps
the comment list, each body as its item's own text, replies as items under it. Right
under a count (one read as such, or a line shaped as one whatever its noun: "12
Additions", "7 Remarks:"), a list whose items are prose sentences is such a list; the
items under them that are prose too are their replies, at any depth. Lists of titles,
ingredients or an article's steps are not. Invented pages."""

from __future__ import annotations

import pytest

import threadparse
from conftest import FAILURE_FIXTURES, assert_nothing_lost, need
from threadparse import lines as L


def tree(page: threadparse.Page) -> list[tuple[str | None, int, str]]:
    return [(c.author, c.depth, c.text) for c in page.walk()]


def test_the_fixture_reads_three_nameless_comments_one_a_reply() -> None:
    path = need(FAILURE_FIXTURES / "E_nameless_main.txt")
    page = threadparse.parse_file(path)
    assert tree(page) == [
        (
            None,
            0,
            "The night line now leaves ten minutes earlier, but the stop signs still show "
            "the old times.",
        ),
        (None, 1, "Thanks, the signs will be replaced by the end of the month."),
        (None, 0, "Does the weekend timetable change as well, or only the weekday one?"),
    ]
    assert all(c.header == "" and c.header_span is None for c in page.walk())
    assert page.declared_count == 12  # "12 Additions": a count, its noun renamed
    assert [f.role for f in page.furniture][:1] == ["count"]
    assert_nothing_lost(page, path.read_text(encoding="utf-8"))


REMARKS = """Repainting the harbour crane

The crane gets its old red colour back this summer.

7 Remarks:

  • Will the crane stay open for visitors while the painters are working on it?

    • Only on weekends, the scaffolding blocks the stairs during the week.

      • That is a pity, my class wanted to go up on a Thursday in June.

        • Write to the harbour office, they sometimes open it for school groups.

  • The old red was much nicer than the grey it has now, good decision.

Leave a Reply
"""


def test_bulleted_replies_nest_at_any_depth_under_another_noun() -> None:
    page = threadparse.parse(REMARKS)
    assert [(c.author, c.depth, c.text[:24]) for c in page.walk()] == [
        (None, 0, "Will the crane stay open"),
        (None, 1, "Only on weekends, the sc"),
        (None, 2, "That is a pity, my class"),
        (None, 3, "Write to the harbour off"),
        (None, 0, "The old red was much nic"),
    ]
    assert page.declared_count == 7
    assert_nothing_lost(page, REMARKS)


GREETINGS = """Planting garlic in autumn

Set the cloves two fingers deep, pointed end up.

4 Comments

  1. Hi, Tamsin!

    I planted mine last week and the first green tips are already showing.

    1. Wonderful, mine always take a month before anything shows.

  2. Does it work in heavy clay soil, or should I mix in some sand first?

    Last year half of my cloves rotted over the winter.

    1. Mix in sand and compost, and raise the bed if you can.

  3. Thanks for the tip about the pointed end, I always wondered.

Leave a comment
"""


def test_a_greeting_opens_a_body_and_replies_follow_the_body() -> None:
    page = threadparse.parse(GREETINGS)
    assert [(c.author, c.depth, c.text.split("\n")[0]) for c in page.walk()] == [
        (None, 0, "Hi, Tamsin!"),  # a greeting, no name: the body's first line
        (None, 1, "Wonderful, mine always take a month before anything shows."),
        (None, 0, "Does it work in heavy clay soil, or should I mix in some sand first?"),
        (None, 1, "Mix in sand and compost, and raise the bed if you can."),
        (None, 0, "Thanks for the tip about the pointed end, I always wondered."),
    ]
    assert page.comments[1].text.endswith("rotted over the winter.")
    assert_nothing_lost(page, GREETINGS)


TITLED = """Repainting the harbour crane

The crane gets its old red colour back this summer.

3 Additions to “Repainting the harbour crane”

  1. I hope they keep the little weather vane on top, it is part of the skyline.

  2. I remember it red from my childhood, it was repainted grey in the eighties.

    1. It was, after the storm damaged the old paint and nobody had red in stock.

Comments are closed.
"""


def test_a_renamed_count_over_the_posts_title() -> None:
    page = threadparse.parse(TITLED)
    assert [(c.author, c.depth) for c in page.walk()] == [(None, 0), (None, 0), (None, 1)]
    assert page.declared_count == 3 and page.closed


MIXED = """Planting garlic in autumn

Set the cloves two fingers deep, pointed end up.

3 Comments

  1. I planted mine last week and the first green tips are already showing.

  2. Orla Penning

    Does it work in heavy clay soil, or should I mix in some sand first?

  3. Thanks for the tip about the pointed end, I always wondered about that.

Leave a comment
"""


def test_a_name_left_over_its_body_keeps_its_name() -> None:
    page = threadparse.parse(MIXED)
    assert [(c.author, c.depth, c.text[:20]) for c in page.walk()] == [
        (None, 0, "I planted mine last "),
        ("Orla Penning", 0, "Does it work in heav"),
        (None, 0, "Thanks for the tip a"),
    ]


# -- lists under a count's shape that hold no comments ----------------------------------
TITLES = """Repainting the harbour crane

The crane gets its old red colour back this summer.

5 Articles

  • New ferry timetable for the islands from the first of May
  • Harbour Festival Returns With a New Lantern Parade
  • Why the Old Lighthouse Keeps Its Lamp Lit
  • Market square gets its cobblestones back after a long summer of work

Leave a Reply
"""

INGREDIENTS = """Simple flatbread

Quick to make on a weekday evening.

3 Ingredients

  1. 2 cups flour
  2. 1 cup warm water
  3. 1 teaspoon salt

Mix everything and knead the dough for five minutes.
"""

STEPS = """Simple flatbread

Quick to make on a weekday evening.

3 Steps:

  1. Mix the flour, the water and the salt in a large bowl until the dough comes together.
  2. Knead the dough for five minutes on a floured table, then let it rest under a cloth.
  3. Roll out thin rounds and bake them in a hot dry pan for a minute on each side.

{after}
The bread keeps for two days in a closed tin, and it is best warmed up in the pan again.

Leave a comment
"""

PARAGRAPHS = """Three lessons from the ferry strike

The strike lasted a week and changed how the islands travel.

  1. The islands need a second operator, because one company cannot carry everyone.

  2. Timetables should be printed at every stop, since many travellers do not use phones.

  3. The council must talk to the crews before the summer, not after the next strike.

Leave a comment
"""

# a count under an item of a list (a topic's replies): it counts no list under it
TEASERS = """Heating forum

Trending

  • Boiler staying on and off all night
    6 replies
  • My maintenance company highly recommends an ultraviolet light for the ducts.
  • Where do you think this cable goes into the ground behind the shed?

About us
"""


@pytest.mark.parametrize(
    "text",
    [
        TITLES,
        INGREDIENTS,
        STEPS.format(after=""),
        STEPS.format(after="Storage\n"),
        PARAGRAPHS,
        TEASERS,
    ],
    ids=["titles", "ingredients", "steps", "steps-heading", "paragraphs", "teasers"],
)
def test_lists_that_are_no_nameless_comments(text: str) -> None:
    page = threadparse.parse(text)
    assert page.comments == []
    if text is not TEASERS:  # (a count that is no count's shape stays article text)
        assert page.declared_count is None
    assert_nothing_lost(page, text)


def test_loose_counts() -> None:
    assert L.loose_count("12 Additions") == 12
    assert L.loose_count("1 Opinions:") == 1
    assert L.loose_count("3Notes") == 3
    assert L.loose_count("5 Additions to “Crane”") == 5
    assert L.loose_count("12 new ones") is None
    assert L.loose_count("3 cups of flour") is None
    assert L.loose_count("10 replies 101 views") is None
