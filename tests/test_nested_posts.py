"""Flat post lists as converters that follow the page's block nesting print them
(inscriptis): every line indented as deep as its HTML block, so a forum's posts stand
under the thread's first list item, a Q&A signature's controls stand deeper than its
stamp, and a comment's name and date stand under its body's last line.

Every fixture here is invented, in the shapes inscriptis prints real forum and Q&A
software.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost
from threadparse.posts import is_prose

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
