"""Guestbooks whose entries are signed under their text and closed by a horizontal rule:
the text, the visitor's name with an address after it, the place and the date, then the
rule ("Ann Lee <ann@example.org>" over "Leeds, UK - Monday, May 3, 1998 at 10:12:44
(CDT)" over "━━━━"). Each entry ends at its signature; the name line names the visitor.
As w3m (a rule of "━", the zone wrapped), lynx ("____") and html2text ("* * *") print
it. Invented site, names and text."""

from __future__ import annotations

import pytest

import threadparse

ENTRIES = [
    ("Hollis Wren", "Your page on the old canal locks helped me find my great-grandfather's lock."),
    ("Marguerite Aalto", "Lovely photographs. The lock at Bramley looks just as I remember it."),
    ("Tam", "Please add more on the towpath walks, they are wonderful."),
    ("Oswin Pell", "Found this by accident and spent an hour reading. Thank you!"),
]
PLACES = ["Leeds, UK", "Bergen, Norway", "Perth, WA Australia", "Ghent, Belgium"]
RULES = {"w3m": "━" * 40, "lynx": "     " + "_" * 40, "html2text": "* * *"}


def _book(shape: str) -> str:
    out = ["Guestbook", "", "Thank you for visiting. Add to my guestbook!", RULES[shape]]
    for day, (name, text) in enumerate(ENTRIES):
        handle = name.split()[0].lower()
        date = f"Monday, May {day + 3}, 1998 at 10:1{day}:44"
        place = f"{PLACES[day]} - {date}"
        out += [text, f"{name} <{handle}@example.org>"]
        out += [place, "(CDT)"] if shape == "w3m" else [place + " (CDT)"]
        out += ["", RULES[shape], ""] if shape == "html2text" else [RULES[shape]]
    out += ["Guestbook script by a kind stranger"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("shape", sorted(RULES))
def test_entries_signed_over_a_rule(shape: str) -> None:
    page = threadparse.parse(_book(shape))
    comments = list(page.walk())
    assert [c.author for c in comments] == [name for name, _ in ENTRIES]
    assert [c.text for c in comments] == [text for _, text in ENTRIES]
