"""A forum's question printed over answers that are list items dated on their header
lines ("• brucine - 5 mars 2024 à 15:10"): the question's name line carries the
poster's card after the name ("Mathis_R Messages postés 14 Date d'inscription …"), its
date line a posting word ("Posté le 5 mars 2024 à 14:22"). The dates match the items'
format once the word is set aside, and the line opens with one of the items' authors:
the opening post, by that author (`transform._carded_name`). Invented threads."""

from __future__ import annotations

import pytest

import threadparse

FRENCH = (
    "Mathis_R Messages postés 14 Date d'inscription mardi 2 janvier 2024 Statut Membre",
    "Posté le 5 mars 2024 à 14:22",
    ["brucine - 5 mars 2024 à 15:10", "Mathis_R - 5 mars 2024 à 15:42",
     "Hélène V - 5 mars 2024 à 18:31"],
)  # fmt: skip
ENGLISH = (
    "Mathis_R Posts 14 Joined January 2, 2024 Member",
    "Posted on March 5, 2024 at 2:22 PM",
    ["brucine - March 5, 2024 at 3:10 PM", "Mathis_R - March 5, 2024 at 3:42 PM",
     "Helen V - March 5, 2024 at 6:31 PM"],
)  # fmt: skip


def _page(name: str, date: str, items: list[str]) -> str:
    lines = ["Forum", "", "Wi-Fi drops every ten minutes on my laptop", "", name, date, ""]
    lines += [
        "Hello all,",
        "",
        "Since last week my laptop's Wi-Fi drops every ten minutes or so.",
        "",
    ]
    lines += ["3 answers", ""]
    for number, item in enumerate(items):
        lines += [f"  • {item}", "", f"    Answer number {number} with a few words in it.", ""]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("name", "date", "items"), [FRENCH, ENGLISH], ids=["fr", "en"])
def test_the_question_is_the_opening_post(name: str, date: str, items: list[str]) -> None:
    comments = list(threadparse.parse(_page(name, date, items)).walk())
    assert [c.author for c in comments] == [
        "Mathis_R",
        "brucine",
        "Mathis_R",
        items[2].split(" - ")[0],
    ]
    assert comments[0].text.startswith("Hello all,")


def test_a_name_line_of_no_answerer_opens_no_post() -> None:
    name, date, items = ENGLISH
    comments = list(
        threadparse.parse(_page(name.replace("Mathis_R", "Quentin_P"), date, items)).walk()
    )
    assert [c.author for c in comments] == ["brucine", "Mathis_R", "Helen V"]
