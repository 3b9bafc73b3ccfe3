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


# -- posts opened by a score under a count of them ("3 Answers") ---------------------
SCORED = """7

How do I stop my bread dough from sticking to the counter when I knead it by hand?

I have tried more flour but the loaf comes out dry and dense every single time.

3
  • Have you tried a little oil on your hands instead of flour? Commented Mar 3, 2021 at 9:12
  • A bench scraper helps a lot with wet doughs like this one. Commented Mar 3, 2021 at 9:40
Add a comment  |

2 Answers

12

Wet your hands with cold water before each fold, the dough will not stick to wet skin at all.

Let it rest for twenty minutes first so the gluten can relax, then knead in short bursts.

1
  • This worked on the first try, thank you very much for the tip. Commented Mar 4, 2021 at 8:01
  • Resting first is the part most recipes leave out for some reason. Commented Mar 5, 2021 at 7:30
Add a comment  |
3

Use a silicone mat and knead with a scraper rather than your hands; less flour ends up in the loaf.

Add a comment  |

You must log in to answer this question.
"""


def test_scores_under_a_count_of_answers_open_posts() -> None:
    page = threadparse.parse(SCORED)
    assert [(c.depth, (c.text or c.header)[:20]) for c in page.walk()] == [
        (0, "Have you tried a lit"),  # the question's comments: the top level
        (0, "A bench scraper help"),
        (0, "Wet your hands with "),  # an answer: a post of its own
        (1, "This worked on the f"),  # its comments: its replies
        (1, "Resting first is the"),
        (0, "Use a silicone mat a"),
    ]
    answer = page.comments[2]
    assert (
        answer.author is None and answer.date is None and answer.number is None
    )  # a score is no post number
    assert "1" not in answer.text.split("\n")  # the comments' score is no body text
    assert_nothing_lost(page, SCORED)


LONG_COMMENT = "I tried this with rye flour too, " + "and it held up well, " * 16

ONE_SCORED = f"""Why does my kettle click before it boils?

It switches off a few seconds early and then I have to start it again.

1 Answer

4
+50

The thermostat strip wears out with limescale, so it trips at a lower temperature than it should.

  • {LONG_COMMENT}so thanks. Commented Jan 9, 2022 at 18:02
  • Descaling fixed mine, it boils all the way now. Commented Jan 10, 2022 at 6:45
Add a comment  |
"""


def test_one_scored_post_and_a_long_comment_item() -> None:
    page = threadparse.parse(ONE_SCORED)
    assert [(c.depth, (c.text or c.header)[:20]) for c in page.walk()] == [
        (0, "The thermostat strip"),
        (1, "I tried this with ry"),
        (1, "Descaling fixed mine"),
    ]
    assert page.comments[0].children[0].date == "Jan 9, 2022 at 18:02"
    assert_nothing_lost(page, ONE_SCORED)


OVER_COUNT = """Best budget tents

2 Answers

5

The lighter one packs smaller and the poles are aluminium, which matters on long walks.

3

The heavier one survives wind far better and costs less, so it suits a car campsite.

2

Neither has a proper porch, which is a pity when it rains for two days straight.
"""

LIST_UNDER_COUNT = """Notes

3 Answers

4
  • Buy the lighter one if you carry it for more than a day at a time.
  • Buy the heavier one if you camp next to the car most of the time.
"""


def test_scores_more_than_the_count_or_over_lists_open_no_posts() -> None:
    assert threadparse.parse(OVER_COUNT).comments == []  # three scores, two answers
    assert threadparse.parse(LIST_UNDER_COUNT).comments == []  # a score over a list
    assert threadparse.parse(SCORES).comments == []  # no count over the scores


OUTPUT_IN_ANSWER = """How do I count to three in a shell loop?

I want to print the numbers one per line without typing each of them by hand.

2 Answers

6

Use a for loop over a brace range and echo each number on its own line:

for n in {1..3}; do echo $n; done

output:

1
2
3

8

The seq command does the same thing and is easier to remember for longer runs.
"""


def test_numbers_printed_in_a_run_stamp_no_post() -> None:
    page = threadparse.parse(OUTPUT_IN_ANSWER)
    assert [(c.depth, c.text[:20]) for c in page.walk()] == [
        (0, "Use a for loop over "),
        (0, "The seq command does"),
    ]
    assert page.comments[0].text.split("\n")[-1] == "3"  # the output is body text


# -- posts separated by a bare line repeated over each body --------------------------
SEPARATED = """Storing a cast iron pot

By Rowan Pell
in Kitchen Corner

Recommended Posts

Posted

Where do you keep a heavy pot like this so that it stays dry and ready to use?

Posted

I keep mine in the oven with the lid off, it never rusts in there at all.

  • Author
Posted
2 hours ago, Tam Oduya said:

I keep mine in the oven with the lid off, it never rusts in there at all.

Good idea, my oven is empty most of the week anyway so I will try that.

Posted

A thin coat of oil after every wash is the whole secret, wherever you keep it.
"""

EDITED = """Which tent for a windy coast?

Thread reply (edited)

I am planning a week on the coast in spring and need a tent that copes with gusts.

Edited by Bo Lindqvist
Thread reply

A tunnel tent pitched tail to the wind has never let me down on a beach.

Thread reply (edited)

Take extra pegs, the ones in the bag bend as soon as the sand gets wet.
"""


def test_a_bare_line_repeated_over_each_body_separates_posts() -> None:
    page = threadparse.parse(SEPARATED)
    assert [(c.author, c.depth, c.text[:20]) for c in page.walk()] == [
        (None, 0, "Where do you keep a "),
        (None, 0, "I keep mine in the o"),
        (None, 0, "2 hours ago, Tam Odu"),
        (None, 0, "A thin coat of oil a"),
    ]
    assert_nothing_lost(page, SEPARATED)


def test_two_words_and_a_note_after_them_separate_posts_too() -> None:
    page = threadparse.parse(EDITED)
    assert [(c.depth, c.text[:20]) for c in page.walk()] == [
        (0, "I am planning a week"),
        (0, "A tunnel tent pitche"),
        (0, "Take extra pegs, the"),
    ]
    assert_nothing_lost(page, EDITED)


REPEATED_IN_ARTICLE = """How to fold a paper crane

The paper crane is the best known model of origami and a good one to start with.

Advertisement

Start with a square sheet and fold it in half along both diagonals, then unfold it.

Advertisement

Collapse the sheet into a small square base with the open end pointing at you.

Advertisement

Fold the flaps into the centre line and lift the bottom point up to make the kite.
"""

TWICE = """Best glue for wood

Posted

Which glue holds best on oak when the joint is under load all the time?

Posted

Plain yellow wood glue is stronger than the wood itself when clamped well.
"""

SENTENCES = """Garden notes

Water early.

The tomatoes need water before the sun is high or the leaves will scorch badly.

Water early.

The beans climb faster when the poles lean a little towards the morning light.

Water early.

The lettuce bolts in the heat unless it stands in the shade of the taller rows.
"""

IN_ITEMS = """Packing list

  • Tent
    The two person one, with the spare poles packed in the side pocket of it.
  • Tent
    The spare one for the children, which is lighter and packs much smaller.
  • Tent
    The old one for the kit, since it leaks at the seams when it rains hard.
"""

MENU = """Site menu

Popular

  * [Knots](http://ex.org/knots), [Sails](http://ex.org/sails), and all the other topics we cover

Popular

  * [Boots](http://ex.org/boots), [Packs](http://ex.org/packs), and all the other topics we cover

Popular

  * [Ovens](http://ex.org/ovens), [Pans](http://ex.org/pans), and all the other topics we cover
"""


def test_repeated_lines_that_separate_no_posts() -> None:
    # a line repeated through an article stands under its first paragraph
    assert threadparse.parse(REPEATED_IN_ARTICLE).comments == []
    assert threadparse.parse(TWICE).comments == []  # two lines: no run of posts
    assert threadparse.parse(SENTENCES).comments == []  # a sentence separates nothing
    assert threadparse.parse(IN_ITEMS).comments == []  # list items are a list
    assert threadparse.parse(MENU).comments == []  # a heading over each list of links
