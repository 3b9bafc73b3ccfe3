"""A day and its month alone on a line, no year (`dates.is_date_line`): boards print
the current year's dates so ("14 mar.", "3 juni", "19. Juni"), under each poster's
name. Such a line is a date line; inside a line no such date is read ("2 may be" is a
number and a verb). Invented page (a Vanilla-like board in resiliparse's form)."""

from __future__ import annotations

from datetime import datetime

import pytest

import threadparse
from threadparse.dates import find_date, is_date_line, parse_date, resolve_date

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


BRIDGE = """\
Regenwater opvangen in de moestuin

Drie tonnen en een tank: zo kwamen we de zomer door.

##### 3 Reacties

  * ![](https://example.invalid/avatar/1.png)

##### Joris van Dam

Geplaatst om {t1}, 04 maart Beantwoorden

Mooi overzicht! Hoe voorkomen jullie muggen in de tonnen?

  * ![](https://example.invalid/avatar/2.png)

##### Femke de Groot

Geplaatst om {t2}, 04 maart Beantwoorden

Een deksel en een scheutje olie, meer is het niet.

  * ![](https://example.invalid/avatar/3.png)

##### Sanne Bakker

Geplaatst om {t3}, 05 maart Beantwoorden

Wij hebben vissen in de grote ton, die eten de larven.

##### Geef een reactie
"""


@pytest.mark.parametrize("mark", ["h", ""])
def test_a_time_then_the_day_and_month(mark: str) -> None:
    """A theme prints "Geplaatst om 14:22h, 04 maart": the time, then the day and the
    month, no year (`dates` form of a time first)."""
    times = {"t1": f"14:22{mark}", "t2": f"16:05{mark}", "t3": f"09:41{mark}"}
    comments = list(threadparse.parse(BRIDGE.format(**times)).walk())
    assert [c.author for c in comments] == ["Joris van Dam", "Femke de Groot", "Sanne Bakker"]
    assert comments[0].date is not None and "04 maart" in comments[0].date


@pytest.mark.parametrize(
    ("line", "date"),
    [("14:22h, 04 maart", "14:22h, 04 maart"), ("om 9.41, 5. März", "9.41, 5. März")],
)
def test_time_first_dates(line: str, date: str) -> None:
    match = find_date(line)
    assert match is not None and match.group(0) == date


def test_a_time_and_a_number_are_no_date() -> None:
    assert find_date("at 14:22, 4 people left") is None


def test_a_time_first_date_resolves_with_its_time() -> None:
    when, how = resolve_date("Geplaatst om 14:22h, 04 maart", datetime(2024, 6, 1))
    assert (when, how) == (datetime(2024, 3, 4, 14, 22), "crawl_date")


def test_numeric_dates_with_blanks_after_the_full_stops() -> None:
    """Czech, Slovak and Hungarian pages print "5. 3. 2024": a date, day first."""
    assert parse_date("5. 3. 2024 14:22") == datetime(2024, 3, 5, 14, 22)
    assert find_date("v kapitole 5. 3. 20") is None  # (no year of four digits)


CZECH = """\
Tramvaj na Pankrác: stavba začne na jaře

Diskuse k článku (3 příspěvky)

Petr Dvořák,
{d1} 14:22

Konečně. Tramvaj se slibuje od roku 2010, za tu dobu vyrostla půlka čtvrti.

+34 / −5
odpověď nahlásit
Jana Horáková,
{d1} 14:40

Slibuje se, ale peníze pořád nejsou a volby jsou za rok.

+12 / −2
odpověď nahlásit
Karel Novák,
{d2} 8:05

Stavební povolení už je vydané, to je přece jen jiná situace.

+7 / −1
odpověď nahlásit
"""


@pytest.mark.parametrize(
    ("d1", "d2"), [("5. 3. 2024", "6. 3. 2024"), ("12. 11. 2023", "13. 11. 2023")]
)
def test_a_spaced_numeric_date_is_no_numbered_item(d1: str, d2: str) -> None:
    """The grammar reads "5. 3. 2024 14:22" as an item numbered 5; its month's number
    after the marker makes it a date again (`mend._undo_date_marker`)."""
    comments = list(threadparse.parse(CZECH.format(d1=d1, d2=d2)).walk())
    assert [c.author for c in comments] == ["Petr Dvořák", "Jana Horáková", "Karel Novák"]
    assert comments[0].date == f"{d1} 14:22"
