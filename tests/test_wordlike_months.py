"""Month abbreviations that are words of English or French as well ("set", "out", "ago",
"des": September, October, August and December in Portuguese, Italian, Spanish or
Indonesian) are read after a day ("5 set 2024", "12 out. 2023") and before one only with
a year after it ("Set 12, 2023"): "I set 2 alarms", "went out 3 times", "a while ago 2
people", "la mère des 3 enfants" hold no date (`dates._WORDLIKE_ABBREVIATIONS`).
A code review's "Patch Set 1" is no September 1st either."""

from __future__ import annotations

from datetime import datetime

import pytest

from threadparse.dates import find_date, parse_date


@pytest.mark.parametrize(
    "line",
    [
        "I set 2 alarms for tomorrow",
        "Ann set 3 records this season",
        "went out 3 times that day",
        "a while ago 2 people asked the same",
        "la mère des 3 enfants",
        "Patch Set 1: Verified-1",
    ],
)
def test_words_hold_no_date(line: str) -> None:
    assert find_date(line) is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("5 set 2024", datetime(2024, 9, 5)),
        ("12 out. 2023", datetime(2023, 10, 12)),
        ("5 ago 2020", datetime(2020, 8, 5)),
        ("5 Des 2020", datetime(2020, 12, 5)),
        ("Set 12, 2023", datetime(2023, 9, 12)),
        ("out 5, 2023", datetime(2023, 10, 5)),
    ],
)
def test_dates_with_them(line: str, date: datetime) -> None:
    found = find_date(line)
    assert found is not None and parse_date(found.group()) == date


def test_other_abbreviations_before_a_day_without_a_year() -> None:
    found = find_date("Ann Lee Mar 5 14:22")
    assert found is not None and found.group() == "Mar 5"
