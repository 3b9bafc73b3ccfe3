"""Image boards, where posts carry no name: each post opened by its number alone, "No."
and the number ("No.4003117", perhaps "[Reply]" after it, as resiliparse prints a board
whose labels it dropped), or by a line of a checkbox glued before the date and the
number after it ("… [ ]08/06/22(Sun)21:33:32 No.36234236", w3m). Invented boards."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

REPLIES = [
    "Is the blue one still for sale, or did someone take it already?",
    "Taken last week, sorry. There is a green one in the other thread.",
    "Green is fine too, I only need it for the garden shed anyway.",
    "Post a picture when it is up, I want to see how the colour looks.",
]


def _numbered_board() -> str:
    out = ["[Home] [Search] [Catalog]", "", "File: 1664005144374.jpg (1217 KB)", ""]
    out += ["No.4003068 [Reply]", "", "Selling two old bicycles, ask below.", ""]
    for number, body in enumerate(REPLIES, start=4003077):
        out += [f"No.{number}  ", body, ""]
    return "\n".join(out) + "\n"


def _checkbox_board() -> str:
    out = ["[Home] [Search]", "", "184516 B[ ]08/06/22(Sun)21:32:28 No.36234112", ""]
    out += ["      Selling two old bicycles, ask below.", ""]
    for minute, body in enumerate(REPLIES, start=33):
        out += [f"… [ ]08/06/22(Sun)21:{minute}:32 No.362342{minute}", "", f"      {body}", ""]
    return "\n".join(out) + "\n"


def test_posts_opened_by_their_number_alone() -> None:
    text = _numbered_board()
    page = threadparse.parse(text)
    bodies = [c.text for c in page.walk()]
    assert bodies[-len(REPLIES) :] == REPLIES
    assert all(c.author is None for c in page.walk())
    assert_nothing_lost(page, text)


def test_posts_stamped_by_a_checkbox_glued_to_their_date() -> None:
    text = _checkbox_board()
    page = threadparse.parse(text)
    assert [c.text for c in page.walk()][-len(REPLIES) :] == REPLIES
    assert_nothing_lost(page, text)


def test_a_few_guessed_names_where_none_is_told_are_body_lines() -> None:
    # (posts that carry no name: the short last line of a body over the next post's
    # stamp, "いいね", guessed as that poster's name for a few posts of many, is text)
    from threadparse.posts import reading

    untold = [(None, None)] * 10
    few = [None] * 9 + [(4, "いいね")]
    assert reading._stray_guesses(untold, few)
    assert not reading._stray_guesses(untold, [(i, f"name{i}") for i in range(10)])
    assert not reading._stray_guesses([(3, "Ann"), *untold[1:]], few)  # (a name told)
