"""Comment lists whose each header prints the date first and the name under it, the
body after, then the post's controls ("Reply", "Like · Reply · Share"): those controls
stand over the next post's date, and the list is read with them as the template that
closes each post, not as a run of other pages' teasers after the last post (every post
was dropped so); a date in digits alone ("2021-03-04 05:12") heads the next comment,
it is no icon between two comments left in the body before. Invented comments on a
bread blog."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

NAMES = ["Ann Lee", "bobmarsh", "Cara Quill", "Dev Stone", "Ольга Рен", "fay_wren"]
DATES = [
    "March {day}, 2021 at {hour}:12 pm",
    "2021-03-{day:02d} {hour:02d}:12",
    "{day} days ago",
]
BODIES = [
    "I tried the cold retard last weekend and the crust blistered nicely.",
    "Could you say more about the second fold? I got lost there.",
    "Thanks for writing this up, bookmarking it for the winter.",
    "Same problem here, the fix in the comments above helped.",
    "I disagree a little: the older method is faster for me.",
    "Looking forward to the rye version of this post.",
]


def _page(date: str, controls: str) -> str:
    posts = "".join(
        f"{date.format(day=day, hour=day + 1)}\n{name}\n{body}\n{controls}\n\n"
        for day, (name, body) in enumerate(zip(NAMES, BODIES, strict=True), start=3)
    )
    return (
        "Notes from a slow kitchen\n\n"
        "This week I baked the same loaf four times and changed one thing each time.\n\n"
        f"6 Comments\n\n{posts}"
        "Leave a Reply\n\nYour email address will not be published.\n"
    )


@pytest.mark.parametrize("controls", ["Reply", "Like · Reply · Share"])
@pytest.mark.parametrize("date", DATES)
def test_the_date_over_the_name_and_controls_under_the_body(date: str, controls: str) -> None:
    text = _page(date, controls)
    page = threadparse.parse(text)
    assert [comment.author for comment in page.walk()] == NAMES
    assert [comment.text for comment in page.walk()] == BODIES
    assert_nothing_lost(page, text)
