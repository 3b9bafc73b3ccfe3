"""Dutch weekdays abbreviated before a date ("ma 11 mrt 2024", "wo", "vr", "za", "zo"),
as Dutch boards print them after the poster's name ("Bericht door Henk » wo 6 mrt
2024 08:14"): the weekday is the date's, not the end of the name. (Invented posts.)"""

from __future__ import annotations

import pytest
from tests.conftest import assert_nothing_lost

import threadparse
from threadparse import dates
from threadparse import lines as L


@pytest.mark.parametrize("day", ["ma", "di", "wo", "do", "vr", "za", "zo"])
def test_the_weekday_opens_the_date(day: str) -> None:
    line = f"Bericht door Jan en Mieke » {day} 6 mrt 2024 12:50"
    header = L.read_header(line)
    assert header is not None
    assert (header.author, header.date) == ("Jan en Mieke", f"{day} 6 mrt 2024 12:50")
    found = dates.find_date(line)
    assert found is not None and found.group().startswith(f"{day} 6")


_POSTS = [
    ("Wiebe_K", "ma 11 mrt 2024 10:45", "Mijn dakluik lekt bij elke regenbui. Iemand een idee?"),
    ("Jan en Mieke", "wo 13 mrt 2024 08:14", "Kijk eerst naar de rubber afdichting rondom."),
    ("Fenna", "vr 15 mrt 2024 19:22", "Bij ons was het de kit in de hoeken, die was gescheurd."),
    ("Wiebe_K", "za 16 mrt 2024 09:37", "Het was inderdaad de kit. Bedankt allemaal voor de tips!"),
    ("Jan en Mieke", "zo 17 mrt 2024 13:22", "Mooi zo, dan kan de camper weer op pad."),
]


def _board() -> str:
    """A prosilver-like topic as resiliparse prints it: each post's profile fields,
    its title, the byline with the name and the weekday, the body, "Omhoog"."""
    lines = ["Camperforum", "", "Dakluik lekt", "", "Reageren", "5 berichten • Pagina 1 van 1"]
    for name, date, body in _POSTS:
        lines += ["Gebruikersavatar", name, "Berichten: 212"]
        lines += ["Lid geworden op: za 4 feb 2017 11:02", f"Contacteer {name}", ""]
        lines += ["Re: Dakluik lekt", "", "  • Citeer", "", f"Bericht door {name} » {date}", ""]
        lines += [body, "Omhoog"]
    lines += ["Terug naar Techniek", "", "Wie is er online"]
    return "\n".join(lines) + "\n"


def test_a_dutch_board_reads_each_poster_whole() -> None:
    text = _board()
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [(c.author, c.text) for c in page.walk()] == [(n, b) for n, _, b in _POSTS]
