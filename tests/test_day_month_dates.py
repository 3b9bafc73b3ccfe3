"""A day and its month alone on a line, no year (`dates.is_date_line`): boards print
the current year's dates so ("14 mar.", "3 juni", "19. Juni"), under each poster's
name. Such a line is a date line; inside a line no such date is read ("2 may be" is a
number and a verb). Invented page (a Vanilla-like board in resiliparse's form)."""

from __future__ import annotations

import threadparse
from threadparse.dates import is_date_line

BOARD = """\
Why does my sourdough taste of vinegar?

  • Linnea_B Member
    {a}
    My starter smells sharp and the bread tastes of vinegar. What am I doing wrong?
    Quote Flag
  • Olle_Bagare Moderator
    {b}
    Feed it more often, twice a day, and bake when it has just peaked.
    Quote Flag
  • Karin Member
    {c}
    A rubber band around the jar at the level after feeding shows when it has doubled.
    Quote Flag
"""


def test_a_day_and_month_alone_is_a_date_line() -> None:
    assert all(map(is_date_line, ["14 mar.", "3 juni", "19. Juni", "28. September"]))
    assert not is_date_line("3 comments") and not is_date_line("2 may be right")


def test_posts_dated_by_a_day_and_month_alone() -> None:
    page = threadparse.parse(BOARD.format(a="13 mar.", b="14 mar.", c="15 mar."))
    comments = list(page.walk())
    assert [c.date for c in comments] == ["13 mar.", "14 mar.", "15 mar."]
    assert [(c.author or "").split()[0] for c in comments] == ["Linnea_B", "Olle_Bagare", "Karin"]
