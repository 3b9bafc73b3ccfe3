"""A forum whose poster's card and post header stand side by side in one table row: the
card's name and fields on lines of their own, its last field in the same line as the
post's number and date, a tab between them ("Messaggi: 23<TAB>#1   Scritto: 05.03.2024
14:22", as resiliparse prints the row). The last cell stamps the post, its label
("Scritto:") no name; the name is the card's first line. Invented board, names and text."""

from __future__ import annotations

import pytest

import threadparse

POSTS = [
    ("marco_bg", "Registrato: 11.2021", "23", "The boiler locks out with E10 since I bled it."),
    ("Termotecnico62", "Registrato: 02.2012", "4811", "If the pressure drops there is air inside."),
    (
        "marco_bg",
        "Registrato: 11.2021",
        "23",
        "It holds at 1.2 bar cold and 1.6 bar when it heats.",
    ),
    (
        "Lucia Fontana",
        "Registrato: 06.2018",
        "310",
        "Same here after bleeding: air in the circuit.",
    ),
]


@pytest.mark.parametrize("label", ["Scritto:", "Posted:"])
def test_the_last_cell_of_a_card_row_stamps_the_post(label: str) -> None:
    out = ["Boiler forum", "", "Autore\t\tMessaggio", ""]
    for number, (name, joined, count, text) in enumerate(POSTS, start=1):
        date = f"0{4 + number}.03.2024 1{number}:22"
        out += [name, joined, f"Messaggi: {count}\t\t#{number}   {label} {date}", "", text, ""]
        out += ["Rispondi · Citazione"]
    page = threadparse.parse("\n".join(out) + "\n")
    assert [(c.author, c.text) for c in page.walk()] == [(p[0], p[3]) for p in POSTS]


def test_a_row_whose_first_cell_is_no_field_is_left_alone() -> None:
    """A first cell that is a sentence, not a "Label: value" field: no card's row."""
    from threadparse.outline import OutlineNode
    from threadparse.posts import stamps

    line = "We met in the square and talked for hours\t\t#1   Scritto: 05.03.2024 14:22"
    node = OutlineNode(None, line, 1, 0, 0, len(line), False)
    assert stamps._last_cell_stamp(line, None) is None
    assert stamps._line_stamp(node) is None or stamps._line_stamp(node).key[0] == "unframed"  # type: ignore[union-attr]
