"""A forum printing each poster's rating in parentheses and their country after the
name ("AlfilDeRiga (1532) España", a chess site's forum): where (nearly) every author
holds such a number in parentheses, it and what follows are no part of the name
(`names._strip_ratings`). Invented page, as html2text prints the name's link."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

POST = """\
[{name}](/member/{handle}) ({rating}) {country}

{age} #{number}

{body}

Responder

"""

ROWS = [
    ("AlfilNegro", "1532", "España", "hace 3 días", "¿La Caro-Kann avanzada sigue siendo buena?"),
    ("TorreBlanca_MX", "1874", "México", "hace 3 días", "Sí, con 3...c5 el negro está bien."),
    ("peon_pasado", "1611", "Argentina", "hace 2 días", "Prefiero 3...Af5, más sólido."),
    ("AlfilNegro", "1532", "España", "hace 2 días", "Gracias, probaré las dos líneas."),
]


def test_ratings_and_countries_are_no_part_of_the_names() -> None:
    text = "Foro de ajedrez\n\nLa Caro-Kann avanzada\n\n" + "".join(
        POST.format(
            name=name,
            handle=name.lower(),
            rating=rating,
            country=country,
            age=age,
            number=number,
            body=body,
        )
        for number, (name, rating, country, age, body) in enumerate(ROWS, 1)
    )
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [row[0] for row in ROWS]
    assert_nothing_lost(page, text)
