"""Threaded boards that head each post with its subject as a list item and print the
rest of the header under it: html2text indents the subject's item by the post's depth
("    * #### [Re:Subject](…)") but prints every line after an item's first at the
margin (the score, the "by NAME (NUMBER) on DATE" stamp, the body), so the items
over the stamps tell the depths (`posts.depths._header_item_columns`); items at one
column nest nothing. A subject emptied to its reply mark ("Re:") names no one
(`names.looks_like_name`, read where an item's line is taken for a name); a link's
word after the member's number of one who keeps a page ("Ann Berg (4411) Journal") is
no part of the name where two other names carry the number alone
(`names._strip_user_numbers`; the same for a post list's stamps,
`posts.templates._drop_member_numbers`, seen on heldout34's lynx dump only).

Every fixture here is invented.
"""

from __future__ import annotations

import re

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.model import Comment
from threadparse.names import _strip_user_numbers, looks_like_name

POST = """\
{indent}* #### [{subject}](//news.example.org/c?cid={cid})

{score}by [{name}](//news.example.org/~{user})
([{number}](//news.example.org/~{user})) on {date}
([#{cid}](//news.example.org/c?cid={cid}))

{body}

**[Reply to
This](//news.example.org/c?op=Reply&pid={cid})**

"""

THREAD = [  # (depth, subject, name, number, body)
    (0, "Bus lanes on Main", "Ann Berg", "4411", "The lanes cut my commute by ten minutes."),
    (1, "Re:Bus lanes on Main", "tomas_k", "90210", "Mine too, but deliveries block them."),
    (2, "Re:Bus lanes on Main", "Ann Berg", "4411", "Only before nine, in my experience."),
    (1, "Re:Bus lanes on Main", "linnea_v", "31337", "The cameras start next month anyway."),
    (0, "Cyclists were forgotten", "Rolf Dahl", "5512", "No protected lane in the whole plan."),
    (1, "Re:Cyclists were forgotten", "tomas_k", "90210", "There is one on Harbour Road."),
]


def _page(score: bool, dates: list[str]) -> str:
    posts = [
        POST.format(
            indent="  " * (depth + 1),
            subject=subject,
            score="(Score:2, Insightful)\n\n" if score else "",
            name=name,
            user=name.replace(" ", "+"),
            number=number,
            cid=100 + at,
            date=dates[at],
            body=body,
        )
        for at, (depth, subject, name, number, body) in enumerate(THREAD)
    ]
    return "# Town votes for bus lanes\n\nThe council voted 7 to 2 on Monday.\n\n" + "".join(posts)


ENGLISH = [f"Monday April 08, 2024 @0{hour}:1{hour}AM" for hour in range(1, 7)]
GERMAN = [f"Montag, 8. April 2024 um 0{hour}:1{hour}" for hour in range(1, 7)]


@pytest.mark.parametrize(
    ("score", "dates"),
    [(True, ENGLISH), (False, ENGLISH), (True, GERMAN)],
    ids=["scored", "unscored", "german-dates"],
)
def test_the_subject_items_columns_tell_the_depths(score: bool, dates: list[str]) -> None:
    text = _page(score, dates)
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == [name for _, _, name, _, _ in THREAD]
    assert [c.depth for c in comments] == [depth for depth, _, _, _, _ in THREAD]
    assert_nothing_lost(page, text)


def test_items_at_one_column_nest_nothing() -> None:
    text = _page(True, ENGLISH)
    text = re.sub(r"(?m)^ +\* ####", "  * ####", text)  # every subject at one column
    page = threadparse.parse(text)
    assert [c.depth for c in page.walk()] == [0] * len(THREAD)


@pytest.mark.parametrize(
    ("authors", "expected"),
    [
        (  # a journal's link after the number of one member, the others' numbers alone
            ["Ann Berg ( 4411 )", "Rolf Dahl ( 5512 ) Journal", "tomas_k ( 90210 )"],
            ["Ann Berg", "Rolf Dahl", "tomas_k"],
        ),
        (  # lynx and w3m print no blanks in the parentheses; two words of links
            ["Ann Berg (4411)", "Rolf Dahl (5512) Home Page", "tomas_k (90210)", "Ann Berg"],
            ["Ann Berg", "Rolf Dahl", "tomas_k", "Ann Berg"],
        ),
        (  # one name only carries a number alone: the word after another's is kept
            ["Ann Berg (4411)", "Rolf Dahl (5512) Journal", "tomas_k"],
            ["Ann Berg", "Rolf Dahl (5512) Journal", "tomas_k"],
        ),
    ],
)
def test_a_link_after_the_members_number_is_no_name(
    authors: list[str], expected: list[str]
) -> None:
    named = [Comment(author=author) for author in authors]
    _strip_user_numbers(named)
    assert [c.author for c in named] == expected


def test_reply_marks_are_no_names() -> None:
    assert not looks_like_name("Re:")
    assert not looks_like_name("RE: Bus lanes")
    assert not looks_like_name("Aw:")
    assert looks_like_name("Reza") and looks_like_name("Sven Aw")
