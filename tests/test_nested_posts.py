"""Flat post lists as converters that follow the page's block nesting print them
(inscriptis): every line indented as deep as its HTML block, so a forum's posts stand
under the thread's first list item, a Q&A signature's controls stand deeper than its
stamp, and a comment's name and date stand under its body's last line.

Every fixture here is invented, in the shapes inscriptis prints real forum and Q&A
software.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.posts import Post, is_prose, nested_depths

# A forum thread: the posts' header blocks are indented deeper than the thread's
# "Start date" item, so the outline puts the whole post list under that item.
FORUM = """\
Garden Forum

          Which mulch for raspberries?

            * Thread starter Orrin Blake
            * Start date Mar 2, 2023
                          O

                        Orrin Blake

                        Seedling

                        Joined Jan 5, 2021 Messages 41 Reaction score 3
                          * Mar 2, 2023
                          *\x20
                          *\x20
                          * #1
                                My raspberry canes sulk every summer and I blame the mulch.

                                Straw, bark or leaf mould: what works for you?

                        Tamsin Roe

                          Old Hand
                        Joined Jun 9, 2012 Messages 2,304 Reaction score 88
                          * Mar 2, 2023
                          *\x20
                          *\x20
                          * #2
                                Leaf mould every time, five centimetres of it each autumn.

                          O

                        Orrin Blake

                          Seedling
                        Joined Jan 5, 2021 Messages 41 Reaction score 3
                          * Mar 3, 2023
                          *\x20
                          *\x20
                          * #3
                                Thanks, I will try that on the north bed first and report back.
                  You must log in or register to reply here.
"""


def test_posts_under_the_threads_first_item() -> None:
    page = threadparse.parse(FORUM)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Orrin Blake", 0),
        ("Tamsin Roe", 0),
        ("Orrin Blake", 0),
    ]
    assert page.comments[1].text.startswith("Leaf mould every time")
    assert_nothing_lost(page, FORUM)


# A Q&A page: counters spaced out ("1 1 silver badge"), the signature's controls
# deeper than its "answered DATE" stamp, the comments items whose name and date lines
# stand under the body, all under a vote count shallower than the stamp.
QA = """\
How do I keep bread from going stale?

              Ask Question
            Asked 3 years ago
                    4

                  My loaves go hard within a day. Is there a way to store bread that keeps it soft?

                        * bread
                        * storage
                            Share
                            Improve this question
                            Follow
                            asked May 3, 2021 at 9:12
                          Pell Arden
                            1,204 4 4 silver badges
                  Add a comment |

                  2 Answers

                      Sorted by: Reset to default
                      7

                    Freeze it in slices the day you bake it, it keeps for weeks.

                              Share
                              Improve this answer
                              Follow
                              answered May 3, 2021 at 11:40
                            Dunmore Vale
                              8,101 2 2 gold badges 19 19 silver badges 40 40 bronze badges
                2
                          * 2
                            Freezing works, but only if the bag is airtight and sealed.
                                Ketty Moss
                              – Ketty Moss
                              2021-05-03 12:00:00 +00:00
                            Commented May 3, 2021 at 12:00
                          * Good point, I double bag mine before it goes in.
                                Dunmore Vale
                              – Dunmore Vale
                              2021-05-03 12:30:00 +00:00
                            Commented May 3, 2021 at 12:30
                    Add a comment |
                      3

                    Add a little fat or milk: enriched loaves stay soft longer.

                              Share
                              Improve this answer
                              Follow
                              answered May 4, 2021 at 8:05
                            Ilse Tamber
                              3,450 1 1 silver badge 9 9 bronze badges
                    Add a comment |

                  Your Answer

                  Thanks for contributing an answer to Kitchen Questions!

                    * Please be sure to answer the question. Share your research!
"""


def test_qa_signatures_deeper_than_their_comments() -> None:
    page = threadparse.parse(QA)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Dunmore Vale", 0),
        ("Ketty Moss", 1),
        ("Dunmore Vale", 1),
        ("Ilse Tamber", 0),
    ]
    answer = page.comments[0]
    assert answer.text.startswith("Freeze it in slices")
    assert answer.children[0].text.startswith("Freezing works")
    assert_nothing_lost(page, QA)


# The same answers with the name printed twice on one line ("Dunmore Vale Dunmore
# Vale": the avatar link's text and the name) and the signature's controls indented
# deeper than the stamp, with a control printed twice ("Follow" over "Follow this …").
_NAME = " " * 28 + "{}\n"  # a signature's name line
QA_TWICE = (
    QA.replace(
        "                              Follow\n                              answered",
        "                              Follow\n"
        "                                Follow this answer to receive notifications\n"
        "                            answered",
    )
    .replace("                              answered", "                            answered")
    .replace(_NAME.format("Dunmore Vale"), _NAME.format("Dunmore Vale Dunmore Vale"))
    .replace(_NAME.format("Ilse Tamber"), _NAME.format("Ilse Tamber Ilse Tamber"))
)


def test_qa_name_printed_twice_on_one_line() -> None:
    page = threadparse.parse(QA_TWICE)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Dunmore Vale", 0),
        ("Ketty Moss", 1),
        ("Dunmore Vale", 1),
        ("Ilse Tamber", 0),
    ]
    assert page.comments[1].text.startswith("Add a little fat")
    assert_nothing_lost(page, QA_TWICE)


def test_counters_and_closing_dates_are_no_prose() -> None:
    assert not is_prose("1,204 4 4 silver badges 19 19 bronze badges")
    assert not is_prose("Post by orrinb » Wed Apr 07, 2010 3:39 pm")
    assert is_prose("We counted 3 barrels and 2 buckets in the yard last spring.")
    assert is_prose("On Apr 07, 2010 we planted the north bed with three rows of canes")


# A forum theme that nests each reply under the post it answers, as inscriptis prints
# it: the whole post (header block, "#N · DATE" stamp, body) one step further right;
# the opening post stands left of all the others.
NESTED_FORUM = """\
Garden Tools Forum

                    Sharpening a spade
                    Jump to Latest
                    412 views 5 replies 4 participants
                      Edda Brann
                      21 posts · Joined 2019
                  #1 · Apr 2, 2024
                              What is the best way to put an edge back on an old border spade?
                            Reply Quote Like
                            Colm Reid
                            310 posts · Joined 2015
                        #2 · Apr 2, 2024
                                    A flat mill file, pushed away from you, along the bevel.
                                  Reply Quote Like
                                Edda Brann
                                21 posts · Joined 2019
                            #3 · Apr 3, 2024
                                        Thanks, I will try that this weekend on both of mine.
                                      Reply Quote Like
                            Joss Lyle
                            78 posts · Joined 2021
                        #4 · Apr 4, 2024
                                    A grinder is faster, but keep it cool or you ruin the temper.
                                  Reply Quote Like
                                Colm Reid
                                310 posts · Joined 2015
                            #5 · Apr 4, 2024
                                        Agreed, a file gives you far more control.
                                      Reply Quote Like
                            Pell Warder
                            12 posts · Joined 2023
                        #6 · Apr 6, 2024
                                    Oil the blade afterwards or it rusts within days.
                                  Reply Quote Like
"""

# Comments stamped with their age ("3y"), nested three deep, two columns a level.
NESTED_AGES = """\
Is a career switch to consulting worth it?

                        I have an offer from a strategy firm. Is the move worth it?

                            12 Comments
                                    Orla Finch
                                  3y

                                Only if you like travelling four days a week, every week, for years.

                                        Reply
                                        Report
                                        Dario Venn
                                  3y

                                The hours are long but far more predictable than in audit season.

                                        Reply
                                        Report
                                          Kaito Bell
                                    3y

                                  How predictable? I hear of late nights before meetings.

                                          Reply
                                          Report
                                            Dario Venn
                                      3y

                                    Late nights happen, but you can plan around them.

                                            Reply
                                            Report
                                          Mira Santos
                                    3y

                                  Same experience here, the busy weeks are known well in advance.

                                          Reply
                                          Report
                                        Bram Olsen
                                  3y

                                Take it, the exit options alone make it worth it.

                                        Reply
                                        Report
"""


def test_posts_nested_by_their_columns() -> None:
    page = threadparse.parse(NESTED_FORUM)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Edda Brann", 0),
        ("Colm Reid", 0),
        ("Edda Brann", 1),
        ("Joss Lyle", 0),
        ("Colm Reid", 1),
        ("Pell Warder", 0),
    ]
    assert page.comments[1].children[0].text.startswith("Thanks, I will try that")
    assert_nothing_lost(page, NESTED_FORUM)


def test_aged_posts_nested_three_deep_by_their_columns() -> None:
    page = threadparse.parse(NESTED_AGES)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Orla Finch", 0),
        ("Dario Venn", 0),
        ("Kaito Bell", 1),
        ("Dario Venn", 2),
        ("Mira Santos", 1),
        ("Bram Olsen", 0),
    ]
    assert page.comments[1].children[1].parent is page.comments[1]
    assert_nothing_lost(page, NESTED_AGES)


def test_a_staircase_of_posts_stays_flat() -> None:
    """Each post a step right of the one before, none coming back: the page's layout
    (a converter that left each post's block open), not replies."""
    lines = NESTED_AGES.splitlines()
    text = "\n".join(lines[:5])
    for step, (name, body) in enumerate(
        [
            ("Orla Finch", "Only if you like travelling four days a week, every week, for years."),
            ("Dario Venn", "The hours are long but far more predictable than in audit season."),
            ("Bram Olsen", "Take it, the exit options alone make those years worth it for most."),
        ]
    ):
        pad = " " * (34 + 2 * step)
        text += f"\n{pad}    {name}\n{pad}3y\n\n{pad}{body}\n\n{pad}      Reply\n"
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Orla Finch", 0),
        ("Dario Venn", 0),
        ("Bram Olsen", 0),
    ]


@pytest.mark.parametrize(
    ("columns", "depths"),
    [
        ([19, 25, 29, 25, 29], [0, 0, 1, 0, 1]),  # the opening post left of the others
        ([35, 37, 39, 37, 35], [0, 1, 2, 1, 0]),
        ([5, 7, 9, 11], None),  # a staircase: no post comes back
        ([10, 14, 20, 10], None),  # steps of two widths
        ([10, 14, 12], None),  # back to a column no post opened
        ([10, 10, 10], None),
        # the top level's step wider than the steps under it (a wrapper around the
        # top-level reply list: tests/test_wrapped_reply_columns.py)
        ([1, 5, 7, 5, 1], [0, 1, 2, 1, 0]),
        ([1, 7, 10, 13, 1, 7], [0, 1, 2, 3, 0, 1]),
        ([1, 5, 7, 11, 1], [0, 1, 2, 3, 0]),  # a level under the first with no post shown
        ([1, 3, 7, 1], [0, 1, 2, 0]),  # wider under the first: a level with no post shown
        ([1, 3, 8, 1], None),  # wider under the first, no multiple of it: no wrapper
        ([1, 5, 7, 10, 1], None),  # steps of two widths under the first
    ],
)
def test_nested_depths(columns: list[int], depths: list[int] | None) -> None:
    flat = [_Line(column) for column in columns]
    posts = [Post(index, index, None, None, None, None) for index in range(len(columns))]
    assert nested_depths(flat, posts) == depths  # type: ignore[arg-type]


class _Line:
    """A stand-in for an outline node: only its column and marker are read (a plain
    line)."""

    def __init__(self, column: int) -> None:
        self.column = column
        self.marker = None


def _bar_nested(tree: list[tuple[int, str, int]], age: str) -> str:
    """An invented aggregator's comments as inscriptis prints them: each header line a
    step deeper than its parent's, the replies indented under the last control of the
    parent's bar ("* reply"), so the outline hangs them under that item."""
    out = ["Which froe for riving oak? (self.greenwood)", "", "        all comments", ""]
    for depth, name, count in tree:
        pad = " " * (12 + 6 * depth)
        noun = "child" if count == 1 else "children"
        out += [f"{pad}[–]{name} 8 points 9 points 10 points {age} ({count} {noun})", ""]
        out += [f"{pad}    The {name} method splits a billet cleanly if the grain runs true.", ""]
        out += [f"{pad}  * permalink", f"{pad}  * save"]
        out += [f"{pad}  * parent"] * (depth > 0) + [f"{pad}  * reply", ""]
    return "\n".join(out)


@pytest.mark.parametrize(
    ("tree", "age"),
    [
        (
            [
                (0, "wedge_ann", 2),
                (1, "billhook", 1),
                (2, "cleftwood", 0),
                (1, "Ida Rowe", 0),
                (0, "spar_maker", 1),
                (1, "hazel_knot", 0),
            ],
            "3 hours ago",
        ),
        (
            [
                (0, "shingler", 1),
                (1, "Ned Arbon", 1),
                (2, "lath_and_pin", 1),
                (3, "osier9", 0),
                (0, "coppice_joe", 0),
            ],
            "2 days ago",
        ),
    ],
)
def test_replies_hung_under_the_reply_control_are_the_posts_replies(
    tree: list[tuple[int, str, int]], age: str
) -> None:
    text = _bar_nested(tree, age)
    page = threadparse.parse(text)
    assert [(c.depth, c.author) for c in page.walk()] == [(d, n) for d, n, _ in tree]
    assert_nothing_lost(page, text)
