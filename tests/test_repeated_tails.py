"""Dated lines that print the same long tail after every date: "3/14/2021 at 1:22 PM
Vote up +9 Vote down" (`posts._unmark_repeated_tails`).

Some comment widgets print each comment's date and, on the same line, its vote
controls and score. The tail is five words or more, so one such line reads as a
sentence opened by a date; repeated after three dates or more, digits aside, it is the
template's controls, and the lines stamp the comments (the name over each, nesting by
indentation where the converter keeps it). Every fixture is invented; the negative
cases are one such line alone, two of them, and dated lines whose tails differ.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

# w3m and lynx: names over their dates at the margin, "Reply" under each body
FLAT = """\
Moving a side project off a platform

Some article text here, long enough to be prose and no header of any comment at all.

Comments 3

Ann Lee
3/14/2021 at 1:22 PM Vote up +9 Vote down

Same move here two years ago, the backups were the thing nobody mentions.

Reply
Bob Stone
3/14/2021 at 2:05 PM Vote up +4 Vote down

Plain pg_dump every six hours to a bucket, kept for thirty days.

Reply
Cara Diaz
3/15/2021 at 9:11 AM Vote up −1 Vote down

How do you handle deploys without the git-push workflow?

Reply
"""

# inscriptis: each name two columns right of its date line, replies deeper
INDENTED = """\
Notes on a small garden pond

The pond went in last spring and the frogs found it within a week, which surprised us.

Comments 4
            Marta Quell
          14.03.2021 13:22 Useful 12 Not useful Share

            The liner will outlast the pump, in my experience, so buy a good pump.

            Answer
              Jonas Frey
            14.03.2021 14:05 Useful 3 Not useful Share

              Which pump would you buy again, then? Mine hums all night long.

              Answer
                Marta Quell
              14.03.2021 15:40 Useful 1 Not useful Share

                A small one that runs on a timer, and it never hums.

                Answer
            Ode Brink
          15.03.2021 09:11 Useful 0 Not useful Share

            Lovely pond. Do you cover it in the autumn against the falling leaves?

            Answer
"""


def test_a_repeated_tail_stamps_the_comments() -> None:
    page = threadparse.parse(FLAT)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Ann Lee", 0),
        ("Bob Stone", 0),
        ("Cara Diaz", 0),
    ]
    assert [c.date for c in page.walk()] == [
        "3/14/2021 at 1:22 PM",
        "3/14/2021 at 2:05 PM",
        "3/15/2021 at 9:11 AM",
    ]
    body = "Plain pg_dump every six hours to a bucket, kept for thirty days."
    assert page.comments[1].text == body
    assert_nothing_lost(page, FLAT)


def test_other_controls_nest_by_indentation() -> None:
    page = threadparse.parse(INDENTED)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Marta Quell", 0),
        ("Jonas Frey", 1),
        ("Marta Quell", 2),
        ("Ode Brink", 0),
    ]
    assert_nothing_lost(page, INDENTED)


def test_glued_controls_repeat_too() -> None:
    text = FLAT.replace(" Vote up +9 Vote down", " Vote up+9Vote down")
    text = text.replace(" Vote up +4 Vote down", " Vote up+4Vote down")
    text = text.replace(" Vote up −1 Vote down", " Vote up−1Vote down")
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Ann Lee", "Bob Stone", "Cara Diaz"]


def _dated(tails: list[str]) -> str:
    names = ["Ann Lee", "Bob Stone", "Cara Diaz"]
    blocks = [
        f"{name}\n3/1{i}/2021 at 1:2{i} PM {tail}\n\n"
        "A line of body text that runs on long enough to read as prose here.\n"
        for i, (name, tail) in enumerate(zip(names, tails, strict=False))
    ]
    return "A title\n\nSome article text, long enough to be prose and no header.\n\n" + "\n".join(
        blocks
    )


@pytest.mark.parametrize(
    "tails",
    [
        # two repeats only: as likely a pair of sentences as a template
        ["Vote up +9 Vote down", "Vote up +4 Vote down"],
        # three tails that differ: sentences opened by their dates
        [
            "we drove to the coast and back",
            "the pump stopped for the second time",
            "a frog sat on the liner all day",
        ],
    ],
)
def test_tails_that_do_not_repeat_stamp_nothing(tails: list[str]) -> None:
    text = _dated(tails)
    page = threadparse.parse(text)
    assert page.comments == []
    assert_nothing_lost(page, text)


def test_a_sentence_after_a_date_stays_prose() -> None:
    text = _dated(["we drove to the coast and back again."] * 3)
    page = threadparse.parse(text)
    assert page.comments == []


# html2text: each date closes its body, "[Reply to this" left open and wrapped under it
WRAPPED = """\
Restoring a rusted skillet

Some article text, long enough to be prose and no header of any comment here at all.

### 3 comments

#### [Comment](https://pans.example.com/kitchen/restoring-a-
rusted-skillet#c11 "Permanent link to this comment") from:
Hank Sorensen [Visitor]

Great detail on the washing soda ratio. I have been eyeballing it for years
and wondering why some batches fizz like mad and others barely do anything.

03/19/17 @ 06:38 pm[Reply to this
comment](https://pans.example.com/kitchen/restoring-a-rusted-
skillet?reply_ID=11&redir=no#form)

#### [Comment](https://pans.example.com/kitchen/restoring-a-
rusted-skillet#c12 "Permanent link to this comment") from:
Greta Moller [Member]

Eyeballing works until it doesn't! A tablespoon per gallon is plenty; more
does not speed it up, it just makes the water nastier to get rid of.

03/19/17 @ 09:12 pm[Reply to this
comment](https://pans.example.com/kitchen/restoring-a-rusted-
skillet?reply_ID=12&redir=no#form)

#### [Comment](https://pans.example.com/kitchen/restoring-a-
rusted-skillet#c13 "Permanent link to this comment") from:
Lou Ferrante [Visitor]

Any tips for the seasoning afterwards? I never know which oil to use for it,
and the last one went sticky within a week of use on the stove.

03/20/17 @ 07:45 am[Reply to this
comment](https://pans.example.com/kitchen/restoring-a-rusted-
skillet?reply_ID=13&redir=no#form)
"""


def test_a_date_whose_link_wraps_on_stamps_no_template() -> None:
    # the tail "[Reply to this" repeats, but its link runs onto the next line: the date
    # closes a body, and read as a stamp it would open each post at the next one's
    # "[Comment](…) from:" heading
    page = threadparse.parse(WRAPPED)
    assert all(c.author != "Comment" for c in page.walk())
    assert_nothing_lost(page, WRAPPED)
