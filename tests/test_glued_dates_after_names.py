"""A converter that drops the space between a name and the date after it glues them:
an age led by its word after a name that ends in a capital, a digit or an underscore
("Carmen_Vhace 2 horas", "Kai9vor 3 Stunden"), a day before its month and year after a
name that ends in digits ("Pendolare665 marzo 2024": "Pendolare66", the 5th). Each is
read as the name, then the date (`dates._GLUED_DATE`). Invented pages of comments whose
other headers print the space."""

from __future__ import annotations

import pytest

import threadparse
from threadparse.lines import read_header


@pytest.mark.parametrize(
    ("line", "author", "date"),
    [
        ("Carmen_Vhace 2 horas", "Carmen_V", "hace 2 horas"),
        ("Kai9vor 3 Stunden", "Kai9", "vor 3 Stunden"),
        ("Pendolare665 marzo 2024 | 14:35", "Pendolare66", "5 marzo 2024 | 14:35"),
        ("lucas8812 de março de 2024", "lucas88", "12 de março de 2024"),
    ],
)
def test_read_apart(line: str, author: str, date: str) -> None:
    header = read_header(line)
    assert header is not None and (header.author, header.date) == (author, date)


def test_a_glued_header_among_spaced_ones() -> None:
    heads = ["Lucía M. hace 3 horas", "Carmen_Vhace 2 horas", "Javi hace 1 hora"]
    lines = ["Un artículo", "", "El texto del artículo.", "", "3 comentarios"]
    for number, head in enumerate(heads, start=1):
        lines += [f"  {number}. {head}", f"    Comentario número {number} sobre el tema.", ""]
    comments = list(threadparse.parse("\n".join(lines) + "\n").walk())
    assert [c.author for c in comments] == ["Lucía M.", "Carmen_V", "Javi"]
