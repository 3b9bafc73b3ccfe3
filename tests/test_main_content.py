"""Main-content dumps (resiliparse's ``main_content=True``): the extraction drops the
comments' header lines (name, date, avatar) and leaves shapes that still repeat down
the page: list items each closed by the same reply link, posts counted by bare
numbers (a post number printed without its "#"), answers opened by their scores under
a count of them, and comment lists under the number that counts them. Invented pages,
in that form."""

from __future__ import annotations

import pytest

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


# -- answers that creep right, page links over the first one, counts closing each -----
CREEPING = """14

How do I keep my cast iron pan from rusting between uses in a damp kitchen?

CC BY-SA 4.0
0

    3 Answers

    Sorted by:
    1
    2
    210
    +50

    Dry it on the hob for a minute after washing, then wipe a few drops of oil over it.

    The heat drives the last water out of the pores before the oil seals them again.

    CC BY-SA 4.0
    2
    • 31
      This is the only method that has ever worked for me in a flat by the sea.
      – Fern Adley
      Mar 3, 2021 at 9:12
    • 6
      A paper towel is enough for the oil, you do not need a cloth for it.
      – Oskar Brill
      Mar 4, 2021 at 7:40
    87

    Store it with a sheet of kitchen paper inside so that the air can move a little.

    Moisture collects under a tight lid, which is where the rust starts first.

    CC BY-SA 4.0
    0
      -2

      Just throw it in the dishwasher, it will be fine if you dry it afterwards on a rack.

      CC BY-SA 4.0
      1
      • Please do not do this, the detergent strips the seasoning in a single cycle.
        – Fern Adley
        Mar 6, 2021 at 10:02

      Not the answer you're looking for? Browse other questions or ask your own question.
"""

OUTPUT_AT_MARGIN = """How do I print the numbers in a list one per line?

I have a list and want each number of it on its own line in the terminal.

    2 Answers

    12

    Loop over the list and print each item, the print call adds the newline:

for n in [3, 4]:
    print(n)

3

4

    That prints every number on its own line, as you asked for in the question.

    CC BY-SA 4.0
    0
      5

      You can also join them with a newline and print the whole string at once.
"""


def test_scores_after_page_links_creeping_right_open_posts() -> None:
    page = threadparse.parse(CREEPING)
    assert [(c.author, c.depth, c.text[:20]) for c in page.walk()] == [
        (None, 0, "Dry it on the hob fo"),  # under "Sorted by:", the page links 1 2
        ("Fern Adley", 1, "This is the only met"),
        ("Oskar Brill", 1, "A paper towel is eno"),
        (None, 0, "Store it with a shee"),  # the next answer, two columns deeper
        (None, 0, "Just throw it in the"),  # a score below zero, under a count "0"
        ("Fern Adley", 1, "Please do not do thi"),
    ]
    assert page.comments[0].text.split("\n")[-1].startswith("The heat drives")
    assert [m.text for m in page.comments[0].children[0].meta if m.role == "score"] == ["31"]
    assert not page.comments[-1].text.endswith("question.")  # the page's line after it
    assert_nothing_lost(page, CREEPING)


def test_numbers_left_of_the_first_score_are_body_text() -> None:
    page = threadparse.parse(OUTPUT_AT_MARGIN)
    assert [(c.depth, c.text[:20]) for c in page.walk()] == [
        (0, "Loop over the list a"),
        (0, "You can also join th"),
    ]
    assert "That prints every number" in page.comments[0].text


# -- comment lists under their count, their headers dropped ---------------------------
COUNTED_COMMENTS = """6

Which rope is best for a first climbing trip when the crag is only ten metres high?

2
  • A single rope of sixty metres covers every route there. Commented Jun 2, 2022 at 8:15
  • 4
    Ask at the local club, they often lend ropes to new members. Commented Jun 2, 2022 at 9:30
Add a comment  |

2 Answers

9

Any dynamic single rope between nine and ten millimetres will do for top roping there.

Check the date on it, since an old rope stretches less and catches falls harder.

3
  • 2
    Good point about the date, mine was twelve years old. Commented Jun 3, 2022 at 7:01
  • Is a static rope ever fine for top roping at a small crag? Commented Jun 3, 2022 at 8:44
Add a comment  |
4

Borrow one first and only buy when you know which routes you will keep coming back to.

1
  • That is how I started too, and I saved a lot of money. Commented Jun 4, 2022 at 19:20

You must log in to answer this question.

Start asking to get answers
"""


def test_comment_lists_under_their_count_hang_under_their_post() -> None:
    page = threadparse.parse(COUNTED_COMMENTS)
    assert [(c.author, c.depth, c.text[:20]) for c in page.walk()] == [
        (None, 0, "A single rope of six"),  # the question's comments: the top level
        (None, 0, "Ask at the local clu"),
        (None, 0, "Any dynamic single r"),
        (None, 1, "Good point about the"),
        (None, 1, "Is a static rope eve"),
        (None, 0, "Borrow one first and"),
        (None, 1, "That is how I starte"),  # the last post's: the page's lines follow
    ]
    scored = page.comments[1]
    assert scored.header == "" and [m.text for m in scored.meta] == ["4"]  # its score
    assert "Commented Jun 2, 2022" in page.comments[0].text  # a sentence is no name
    assert "You must log in" not in page.comments[-1].text
    assert_nothing_lost(page, COUNTED_COMMENTS)


FLAT_AFTER_LIST = """3

Can I plant garlic in spring or does it have to go in the ground in the autumn?

2 Answers

5

Spring garlic grows fine but the bulbs stay small, since it misses the cold weeks.

1
  • Mine stayed the size of a walnut, exactly as you say here. Commented Apr 2, 2023 at 6:10
2

Plant it as soon as the soil can be worked and keep it watered through the summer months.

2
  • Thank you both, I will try a row of each and compare them. Commented Apr 3, 2023 at 7:12
  • Watering is the part everyone forgets in a dry summer. Commented Apr 3, 2023 at 9:45
Add a comment  |
"""


def test_a_one_line_comment_under_its_count_is_no_header_over_the_next_post() -> None:
    page = threadparse.parse(FLAT_AFTER_LIST)
    assert [(c.author, c.depth, c.text[:20]) for c in page.walk()] == [
        (None, 0, "Spring garlic grows "),
        (None, 1, "Mine stayed the size"),  # not a header over the next answer's lines
        (None, 0, "Plant it as soon as "),
        (None, 1, "Thank you both, I wi"),
        (None, 1, "Watering is the part"),
    ]
    assert_nothing_lost(page, FLAT_AFTER_LIST)


POINTS_UNDER_NUMBER = """Packing for a hut trip

Day

2
  • Leave the stove at the hut and walk up to the ridge with a light pack. Mar 4, 2021
  • Pack the rain shell in the top pocket where it is quick to reach again.
  • Refill the bottles at the stream below the col before the last climb up.
"""

UNMARKED_UNDER_NUMBER = """Packing for a hut trip

Day

3
  • Leave the stove at the hut and walk up to the ridge with a light pack.
  • Pack the rain shell in the top pocket where it is quick to reach again.
  • Refill the bottles at the stream below the col before the last climb up.
"""


def test_lists_under_a_number_that_are_no_comment_lists() -> None:
    assert threadparse.parse(POINTS_UNDER_NUMBER).comments == []  # more items than "2"
    assert threadparse.parse(UNMARKED_UNDER_NUMBER).comments == []  # no score, no date


# -- names over blocks closed by a reply link, replies under some of them -------------
NAMED_WITH_REPLIES = """Free courses in data analysis

The list is updated every month with the courses our readers send in.

Comments 6

  1. Ines Varga

    The statistics course from the open university is free as well, please add it.

    Reply

    • Tom Ruelle

      Thanks, we added it to the list this morning.

      Reply

  2. Petra Holm

    This is a great list, I have already started two of the courses on it.

    Reply

  3. Dev Anand

    Is there a course on spreadsheets for complete beginners somewhere here?

    Reply

    • Tom Ruelle

      Yes, the third one in the office section starts from zero.

      Reply

      • Dev Anand

        Found it, thank you for the quick answer to my question.

        Reply

  4. Lea Moreau

    Thank you for keeping this page up to date for all of us.

    Reply
"""


def test_names_over_blocks_with_replies_make_a_thread() -> None:
    page = threadparse.parse(NAMED_WITH_REPLIES)
    assert [(c.author, c.depth, c.text[:20]) for c in page.walk()] == [
        ("Ines Varga", 0, "The statistics cours"),
        ("Tom Ruelle", 1, "Thanks, we added it "),
        ("Petra Holm", 0, "This is a great list"),
        ("Dev Anand", 0, "Is there a course on"),
        ("Tom Ruelle", 1, "Yes, the third one i"),
        ("Dev Anand", 2, "Found it, thank you "),
        ("Lea Moreau", 0, "Thank you for keepin"),
    ]
    assert_nothing_lost(page, NAMED_WITH_REPLIES)


NAMED_REPLY_FIRST = """Free courses in data analysis

Comments 4

  1. Ines Varga

    The statistics course from the open university is free as well, please add it.

    Reply

    • Tom Ruelle

      Thanks, we added it to the list this morning.

      Reply

  2. Petra Holm

    This is a great list, I have already started two of the courses on it.

    Reply

  3. Lea Moreau

    Thank you for keeping this page up to date for all of us.

    Reply

  4. Omar Said

    Could you add the courses on mapping software to the next update?

    Reply
"""


def test_a_name_over_a_block_with_replies_opens_the_thread() -> None:
    page = threadparse.parse(NAMED_REPLY_FIRST)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Ines Varga", 0),
        ("Tom Ruelle", 1),
        ("Petra Holm", 0),
        ("Lea Moreau", 0),
        ("Omar Said", 0),
    ]


# -- the last post keeps its first line -----------------------------------------------
LAST_WITH_CODE = """How do I wait for two tasks at once in a script?

2 Answers

7

Start both of them first and then wait for each one, the waits overlap in time.

0

A short example of it:

a = start()
b = start()
wait(a)
wait(b)
done()

Comments

Your Answer

By clicking the button below you agree to the terms of service of this site.
"""


LAST_WITH_TABLE = """1

I bake a plain white loaf every week and the crust always comes out too pale.

2

Use the fan setting for the last ten minutes, the crust browns much better then.

3

My settings:
top 220
bottom 200
fan on
steam off
time 35

You need to be a member of this forum in order to leave a reply to the thread.
"""


@pytest.mark.parametrize(
    ("text", "first"),
    [(LAST_WITH_CODE, "A short example of it:"), (LAST_WITH_TABLE, "top 220")],
)
def test_the_last_post_keeps_its_first_line_over_short_lines(text: str, first: str) -> None:
    page = threadparse.parse(text)
    assert page.comments[-1].text.split("\n")[0] == first


# -- posts opened by a horizontal rule over a name alone on its line ----------------
# (a forum's plain view: no date, no number, no control; html2text prints the rule as
# "* * *" and the name as a heading, w3m and lynx as a line of rule characters)
RULED_HTML2TEXT = """[ Harbour Radio Club ](https://radio.example)

# Which antenna for a small balcony?

### pim_vos

I have two metres of balcony rail and a landlord who hates cables, so I am looking
for something small that still gets me onto the local repeater in the evenings.

* * *

### Greta Holm

A magnetic loop clamped to the rail works better than you would think, and it
folds away when the landlord comes round for his yearly visit.

* * *

### quill88

Seconding the loop, though tuning it by hand every time you change band gets old
quickly, so budget for a remote tuner if you can.

* * *

### pim_vos

Thanks both, a loop it is then, and I will report back once it is up and working.

* * *

Powered by a forum engine
"""

RULED_LYNX = """   [1]Garden Swap

Seed potatoes that never sprouted

mossback

   Bought a sack of seed potatoes in early spring and not one of them has
   sprouted after six weeks in the shed, which makes me think they were
   treated.
     __________________________________________________________________

Lena Aronsson

   Shop potatoes are often sprayed against sprouting, so buy certified seed
   from a grower next year and chit them on a windowsill first.
     __________________________________________________________________

tater_tot_7

   Mine took eight weeks in a cold shed, so give them a little longer in a
   warmer spot before you give up on them.
     __________________________________________________________________

References

   1. https://garden.example/
"""

RULED_ARTICLE = """Planning a vegetable bed

A raised bed is the easiest way to start growing food in a small garden, and
it can be built in an afternoon from a few planks and a bag of screws.

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

Choosing the Spot

Most vegetables want six hours of sun a day, so watch where the shadows fall in
the morning and the evening before you decide where the bed goes.

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

Filling the Bed

Fill the bottom half with garden soil and the top half with compost, and water
it well a week before you plant anything into it.

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

What to Grow First

Lettuce, radishes and beans grow quickly and forgive most mistakes, so they are
a good way to learn how the bed behaves through the season.
"""


def test_a_rule_over_each_name_alone_separates_named_posts() -> None:
    for text, authors in [
        (RULED_HTML2TEXT, ["pim_vos", "Greta Holm", "quill88", "pim_vos"]),
        (RULED_LYNX, ["mossback", "Lena Aronsson", "tater_tot_7"]),
    ]:
        page = threadparse.parse(text)
        assert [(c.author, c.depth) for c in page.walk()] == [(a, 0) for a in authors]
        assert all(c.text[:1].isupper() and "___" not in c.text for c in page.walk())
        assert_nothing_lost(page, text)


def test_rules_between_an_articles_sections_separate_no_posts() -> None:
    # headings under the rules: no name repeats, none reads as a handle
    assert threadparse.parse(RULED_ARTICLE).comments == []
