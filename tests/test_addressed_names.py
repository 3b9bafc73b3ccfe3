"""A group's web archive prints each message as its date and number, then the sender's
name with the address the archive hides and the message's number in the archive, then
the text ("3/05/24 #1" over "Bettina Olafsdottir <bettina.o@...> #4410" over "Hi all,").
The address and the number are no part of the name, and do not make the line too long to
be one. Invented group, names and text."""

from __future__ import annotations

import pytest

import threadparse

BETTINA = ("Bettina Olafsdottir-Hargreaves", "bettina.o")
MESSAGES = [
    (*BETTINA, "Hi all, my new test kiln overshoots the glaze firing by thirty degrees."),
    ("Arturo Benavides", "abenavides", "Which thermocouple is it? Type K drifts after a while."),
    (*BETTINA, "Type K, brand new with the kiln, this was only the fourth firing."),
    ("Hollis Brandt", "hbrandt", "Four firings is too early for drift, look at the last ramp."),
]


def _archive(hidden: str, numbered: bool) -> str:
    out = ["Kiln overshoots cone 6", "", "Topic started by Bettina", ""]
    for at, (name, user, text) in enumerate(MESSAGES):
        number = f" #{4410 + at}" if numbered else ""
        out += [f"3/0{5 + at // 2}/24 #{at + 1}", f"{name} <{user}@{hidden}>{number}", "", text]
    out += ["", "Previous Topic Next Topic"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("hidden", ["...", "example.org"])
@pytest.mark.parametrize("numbered", [True, False])
def test_names_over_their_address_and_number(hidden: str, numbered: bool) -> None:
    page = threadparse.parse(_archive(hidden, numbered))
    assert [(c.author, c.text) for c in page.walk()] == [(n, t) for n, _, t in MESSAGES]


def test_a_number_with_no_address_stays() -> None:
    """Without an address before it, "#12" after a name is left to the other rules."""
    assert threadparse.lines.clean_author("Ann Lee #12") == "Ann Lee #12"
