"""A post's date line closed by its number and then its controls: "Posted 3/5/2024
2:14:22 PM #1 Report Message" under the poster's name (a message board's layout). The
number closes the header; up to three words of letters after it are links, read as no
part of the stamp (`posts.shapes._NUMBER_THEN_CONTROLS`). A name after the number
("DATE #2234 by Ann Lee") stays a name. Invented pages."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.outline import OutlineNode
from threadparse.posts.stamps import read_stamp

POST = """\
{name}
{label} {date} #{number} {controls}
{body}
---
{signature}
"""

BOARDS = {
    "en": (
        "Posted",
        "Report Message",
        [
            ("Fenwick_22", "4/2/2024 9:14:02 AM", "Is the lighthouse level worth doing early?"),
            ("copper_kettle", "4/2/2024 9:40:55 AM", "Yes, the lantern it gives you is huge."),
            ("Fenwick_22", "4/2/2024 10:03:17 AM", "Huge how? I barely see a difference."),
            ("GullsAndGales", "4/2/2024 11:21:40 AM", "It doubles your light radius in caves."),
        ],
    ),
    "es": (
        "Publicado",
        "Citar Responder",
        [
            ("farolero", "2/4/2024 9:14", "¿Merece la pena el faro al principio del juego?"),
            ("Tetera_de_Cobre", "2/4/2024 9:40", "Sí, el farol que te dan es enorme."),
            ("farolero", "2/4/2024 10:03", "¿Enorme cómo? Apenas noto la diferencia."),
            ("Gaviota", "2/4/2024 11:21", "Duplica el radio de luz en las cuevas."),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(BOARDS))
def test_a_board_whose_numbers_are_followed_by_controls_is_read(language: str) -> None:
    label, controls, rows = BOARDS[language]
    text = "Topic: The lighthouse level\n\nBoard List | Topic List | Page 1 of 1\n" + "".join(
        POST.format(
            name=name,
            label=label,
            date=date,
            number=number,
            controls=controls,
            body=body,
            signature=f"Currently playing: game number {number + 3}",
        )
        for number, (name, date, body) in enumerate(rows, 1)
    )
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [(row[0], 0) for row in rows]
    assert_nothing_lost(page, text)


def _stamp(line: str) -> tuple[str, ...] | None:
    stamp = read_stamp(OutlineNode(None, line, 1, 0, 0, len(line), False), unframed=True)
    return None if stamp is None else (*stamp.key, str(stamp.number))


def test_the_controls_after_a_number_are_no_part_of_the_stamp() -> None:
    bare = _stamp("Posted 3/5/2024 2:14:22 PM #7")
    assert bare is not None
    assert _stamp("Posted 3/5/2024 2:14:22 PM #7 Report Message") == bare
    assert _stamp("Posted 3/5/2024 2:14:22 PM #7 Quote") == bare


def test_a_name_after_the_number_is_no_control() -> None:
    line = "3 years 2 months ago #2234 by Jonas Whitcombe"
    assert _stamp(line) != _stamp("3 years 2 months ago #2234")
