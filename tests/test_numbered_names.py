"""Boards where most posters show one name ("Anonymous") and every post prints its
number after the date ("Anonymous 03/14/21(Sun)13:25:44 No.16204131"): a name on every
stamp is a field's label ("Joined: DATE") unless the stamps' post numbers run up the
page, and then it is the name they all post under; the lines of one template stamp the
posts whether the name is one word or two ("pan_handler !Xy12 DATE No.N"), the
running numbers counting for header lines too. Invented threads."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost
from threadparse.outline import OutlineNode
from threadparse.posts import read_stamp


def _stamp_number(text: str) -> int | None:
    stamp = read_stamp(OutlineNode(None, text, 1, 1, 0, len(text), False))
    assert stamp is not None
    return stamp.number


def test_a_post_number_after_the_date() -> None:
    assert _stamp_number("Anonymous 03/14/21(Sun)13:25:44 No.16204131▶") == 16204131
    assert _stamp_number("pan_handler !Xy12 03/14/21(Sun)13:31:52 No.16204150") == 16204150
    assert _stamp_number("Ann Lee May 3, 2021") is None


# each post's header printed twice (a narrow screen's, then a wide one's), as an
# imageboard's page holds both
BOARD = """\
/ck/ - Food & Cooking
[Post a Reply]
Anonymous
03/14/21(Sun)13:22:01 No.5550118
Sourdough starter thread Anonymous 03/14/21(Sun)13:22:01 No.5550118 [Reply]
Fed mine rye flour for a week and it finally smells like yoghurt instead of glue. Post your starters and your feeding schedules.
>>
Anonymous
03/14/21(Sun)13:25:44 No.5550131
Anonymous 03/14/21(Sun)13:25:44 No.5550131
>>5550118
Twice a day at room temperature, once a week if it lives in the fridge. Discard half every time or it gets sluggish.
>>
pan_handler !Xy12Qw
03/14/21(Sun)13:31:52 No.5550150
pan_handler !Xy12Qw 03/14/21(Sun)13:31:52 No.5550150
>>5550131
Mine has lived in the fridge for three years on the weekly schedule and it still doubles in four hours.
>>
Anonymous
03/14/21(Sun)13:36:05 No.5550162
Anonymous 03/14/21(Sun)13:36:05 No.5550162
>>5550150
What flour do you feed it with, plain white or wholemeal? Mine goes grey and watery on white flour alone.
>>
Anonymous
03/14/21(Sun)13:44:27 No.5550188
Anonymous 03/14/21(Sun)13:44:27 No.5550188
Grey liquid on top is just hooch, pour it off and feed it. Nothing to worry about unless it turns pink.
[Return] [Catalog] [Top]
"""  # noqa: E501


def test_every_post_of_the_board() -> None:
    page = threadparse.parse(BOARD)
    authors = [c.author for c in page.walk()]
    assert authors[1:] == ["Anonymous", "pan_handler !Xy12Qw", "Anonymous", "Anonymous"]
    assert len(page.comments) == 5  # (the opening post's line names its subject too)
    assert "Twice a day" in page.comments[1].text
    assert "three years" in page.comments[2].text
    assert_nothing_lost(page, BOARD)


def test_a_label_on_every_stamp_stays_a_label() -> None:
    # "Joined" on every post's date, and no running number: a field, no poster
    text = "\n".join(
        f"{name}\nJoined: {date}\nPosts: {posts}\n\n{body}\n"
        for name, date, posts, body in [
            ("Ann Lee", "May 3, 2019", 12, "The hinge on the gate has gone again, any advice?"),
            ("bob_k", "June 9, 2020", 340, "Replace the pin with a stainless one and grease it."),
            ("Cy Park", "July 1, 2018", 77, "Or move the gate post, it has probably shifted."),
        ]
    )
    page = threadparse.parse("Gate hinges\n\n" + text)
    assert "Joined" not in [c.author for c in page.walk()]


# a community hub's thread: the name and date over each post's number
HUB = """\
Is the east harbour opener still worth it?
Showing 16-19 of 19 comments
Brannock Vale 9 Mar, 2021 @ 11:02am
#16
Tried it for ten games after reading this thread. Seven wins, so it is still fine.
Saltmarsh_Ivy 9 Mar, 2021 @ 12:37pm
#17
It loses hard to a single gunboat parked on the shoals though.
Brannock Vale 9 Mar, 2021 @ 1:05pm
#18
Only if they scout it. Most people do not scout until their second harbour is up.
Tomasz Eld [developer] 10 Mar, 2021 @ 4:30pm
#19
The win rates we see back this up. No changes are planned for the next patch.
"""


def test_a_dated_name_over_each_post_number() -> None:
    page = threadparse.parse(HUB)
    authors = [c.author for c in page.walk()]
    assert authors[:3] == ["Brannock Vale", "Saltmarsh_Ivy", "Brannock Vale"]
    assert "Seven wins" in page.comments[0].text
    assert "Saltmarsh_Ivy" not in page.comments[0].text  # (the next post's header is its own)
    assert_nothing_lost(page, HUB)
