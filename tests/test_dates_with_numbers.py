"""A comment's date line may end in the time's zone and the comment's number ("March 2,
2024 at 8:41 am (UTC 0) #1.1"): still a date line, the comment dated by it
(`dates.is_date_line` sets the number aside). Invented lines."""

from __future__ import annotations

import pytest

import threadparse
from threadparse.dates import is_date_line


@pytest.mark.parametrize(
    "line",
    [
        "March 2, 2024 at 8:41 am (UTC 0) #1",
        "March 2, 2024 at 8:41 am (UTC 0) #1.1.1",
        "2 mars 2024 à 08:41 (UTC+1) #12",
        "March 2, 2024 at 8:41 am #3",
    ],
)
def test_a_date_with_its_zone_and_number_is_a_date_line(line: str) -> None:
    assert is_date_line(line)


@pytest.mark.parametrize(
    "line", ["I met her on March 2, 2024 #1", "March 2, 2024 we drove to the coast #1"]
)
def test_a_sentence_with_a_number_is_none(line: str) -> None:
    assert not is_date_line(line)


def test_the_comment_is_dated_by_it() -> None:
    lines = ["A radio", "", "We restored a valve radio.", "", "2 comments", ""]
    lines += ["  1. Dwight F says:", "", "    March 2, 2024 at 8:41 am (UTC 0) #1", ""]
    lines += ["    Great write-up.", ""]
    lines += ["    • Howard K says:", "", "      March 2, 2024 at 10:15 am (UTC 0) #1.1", ""]
    lines += ["      Thanks!", ""]
    comments = list(threadparse.parse("\n".join(lines) + "\n").walk())
    assert [(c.author, c.date, c.text) for c in comments] == [
        ("Dwight F", "March 2, 2024 at 8:41 am (UTC 0) #1", "Great write-up."),
        ("Howard K", "March 2, 2024 at 10:15 am (UTC 0) #1.1", "Thanks!"),
    ]
