"""A threaded board's comment: its subject on the item's line ("Re: Who pays for the
phone?"), perhaps its score in parentheses under it, then the byline ("by Ann Lee
(88213) on Tuesday March 05, 2024 @02:41PM (#64123456)"): the byline is the header,
the subject and the score its metadata (`transform._bylined_subject`); the member's
number after the names comes off where two names or more carry one
(`names._strip_user_numbers`).

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

# resiliparse, a story's nested comments
PAGE = """\
Town Replaces Its Ferry Timetable With a Chatbot

Posted by editor_k on Monday April 08, 2024 @09:10AM from the ask-the-river dept.
The ferry company says the bot answers "most questions". Riders disagree.

  • {subject}

    {score}
    by Petra Lindqvist{number1} on Monday April 08, 2024 @09:31AM (#70011201)

    The timetable fit on one sheet of paper. Now it takes four questions to learn of no boat.

    Reply to This

    Share
    Flag as Inappropriate

    • Re:{subject}

      {score}
      by harbour_cat{number2} on Monday April 08, 2024 @09:47AM (#70011250)

      The sheet is still pinned at the pier, they just stopped updating it.

      Reply to This

      Share
      Flag as Inappropriate

    Share
    Flag as Inappropriate

  • Works fine for me

    {score}
    by Anonymous Coward on Monday April 08, 2024 @10:02AM (#70011302)

    Asked it twice, got the right boat both times.

    Reply to This

    Share
    Flag as Inappropriate

  • The real problem is the Sunday boat

    {score}
    by Petra Lindqvist{number1} on Monday April 08, 2024 @10:15AM (#70011340)

    Nobody asked for fewer boats, and no chatbot will change that.

    Reply to This

    Share
    Flag as Inappropriate

    • Re:The real problem is the Sunday boat

      {score}
      by ole_b on Monday April 08, 2024 @10:40AM (#70011388)

      The Sunday boat was cut two years ago, the bot just says it out loud.

      Reply to This

      Share
      Flag as Inappropriate

    Share
    Flag as Inappropriate
"""

CASES = [
    ("Who reads the bot at 6am?", "(Score:5, Insightful)", " (20931)", " (1187345)"),
    ("Who reads the bot at 6am?", "(Score:2)", " (20931)", " (1187345)"),
    ("Paper worked", "(Punkte:3, Witzig)", "", ""),
]


@pytest.mark.parametrize(("subject", "score", "number1", "number2"), CASES)
def test_the_byline_under_the_subject_heads_the_comment(
    subject: str, score: str, number1: str, number2: str
) -> None:
    text = PAGE.format(subject=subject, score=score, number1=number1, number2=number2)
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [(c.author, c.depth) for c in comments] == [
        ("Petra Lindqvist", 0),
        ("harbour_cat", 1),
        ("Anonymous Coward", 0),
        ("Petra Lindqvist", 0),
        ("ole_b", 1),
    ]
    assert comments[0].date == "April 08, 2024 @09:31AM"
    assert comments[0].text.startswith("The timetable fit on one sheet")
    assert [m.role for m in comments[0].meta][:2] == ["subject", "score"]
    assert_nothing_lost(page, text)


def test_a_number_after_one_name_only_stays() -> None:
    text = PAGE.format(
        subject="Who reads the bot at 6am?", score="(Score:5)", number1=" (20931)", number2=""
    )
    authors = [c.author for c in threadparse.parse(text).walk()]
    assert authors[0] == "Petra Lindqvist (20931)"


def test_a_subject_over_a_sentence_is_body_text() -> None:
    text = PAGE.format(subject="Ferries", score="(Score:5)", number1="", number2="").replace(
        "by Petra Lindqvist on Monday April 08, 2024 @09:31AM (#70011201)",
        "by the way, I asked it about Monday April 08, 2024 and it had no idea at all",
    )
    page = threadparse.parse(text)
    assert all("by the way" not in c.header for c in page.walk())
    assert "harbour_cat" in [c.author for c in page.walk()]
    assert_nothing_lost(page, text)
