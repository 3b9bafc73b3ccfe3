"""lynx prints a button as "(BUTTON) " before its text. Where a comment widget makes the
author's name a button (it opens a profile card), every header reads "(BUTTON) Ann Lee
2 days ago": the label is no part of the name, and the header is read as without it.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("(BUTTON) Ilse Brandt 2 days ago", "Ilse Brandt"),
        ("(BUTTON) Gaspard Roy il y a 3 jours", "Gaspard Roy"),
        ("(BUTTON) wren_okafor · March 3, 2021", "wren_okafor"),
    ],
)
def test_a_button_label_is_no_part_of_the_name(line: str, author: str) -> None:
    assert L.plain(line) == line.removeprefix("(BUTTON) ")
    header = L.read_header(line)
    assert header is not None
    assert header.author == author


def test_other_parentheses_at_the_start_stay() -> None:
    assert L.plain("(AP) Officials said on Monday") == "(AP) Officials said on Monday"


COMMENT = """\
{indent}{marker} {initials}
{indent}  (BUTTON) {name} {age}
{indent}  {body}
{indent}  (BUTTON) Reply (BUTTON) Like{likes} (BUTTON) …
"""


def _thread(rows: list[tuple[int, str, str, str]]) -> str:
    markers = "*+o#"
    parts = []
    for depth, name, age, body in rows:
        indent = "     " + "   " * depth
        initials = "".join(word[0] for word in name.split())
        parts.append(
            COMMENT.format(
                indent=indent,
                marker=markers[depth],
                initials=initials,
                name=name,
                age=age,
                body=body,
                likes=len(body) % 9,
            )
        )
    return (
        "Snow clearing contract renewed\n\n"
        "   The council renewed the contract for five more years.\n\n"
        "   Join the conversation (BUTTON) Sign in | (BUTTON) Register\n" + "".join(parts)
    )


ROWS = [
    (0, "Ilse Brandt", "2 days ago", "Two days to clear a sidewalk is far too long."),
    (1, "Gaspard Roy", "2 days ago", "On my street it is closer to four days."),
    (2, "Ilse Brandt", "1 day ago", "Then nobody is measuring the delay at all."),
    (0, "Noor Haddad", "5 hours ago", "The contract never says who checks the trucks."),
]


def test_a_thread_whose_names_are_buttons_is_read() -> None:
    text = _thread(ROWS)
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [(r[1], r[0]) for r in ROWS]
    assert_nothing_lost(page, text)
