"""Reviews signed by a name and the words every review prints around it before the date
("Kira Valdés chapter 5 . 20/2/2024", a fiction site's review list): which words are the
name only the page tells (`posts.stamps._unframed`, `templates._framed`). A name with a
dot inside a word or after an initial ("mariposa.negra", "Hernán R.") is no sentence's
end, so its line is one of them (`stamps._NAME_DOTS`). Invented pages."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

NAMES = [
    "Aurora Boreal", "Lectora fiel", "mariposa.negra", "Guest", "Kira Valdés",
    "el_cronista", "Hernán R.", "Valeria M",
]  # fmt: skip
BODIES = [
    "Me encantó el final del capítulo, no me lo esperaba para nada.",
    "Actualiza pronto, por favor, que me quedé con la intriga.",
    "NO PUEDE SER. ¿Cómo que el capitán era el traidor? Releí tres veces.",
    "Muy buena historia, pero hay algunos errores de ortografía.",
    "La carta de la madre me hizo llorar. Gracias por escribir esto.",
    "Interesante giro con el mapa, sospecho que la isla no existe.",
    "El mundo que has creado tiene mucho potencial, sigue así.",
    "Primer capítulo y ya estoy enganchada, la idea es original.",
]
CHAPTERS = [6, 6, 6, 6, 5, 4, 2, 1]
DATES = {
    "numeric": ["5/3/2024", "4/3/2024", "2/3/2024", "1/3/2024", "20/2/2024", "11/2/2024",
                "28/1/2024", "25/1/2024"],
    "named": ["Mar 5, 2024", "Mar 4, 2024", "Mar 2, 2024", "Mar 1, 2024", "Feb 20, 2024",
              "Feb 11, 2024", "Jan 28, 2024", "Jan 25, 2024"],
}  # fmt: skip


@pytest.mark.parametrize("form", sorted(DATES))
def test_reviews_by_dotted_names_are_read(form: str) -> None:
    text = "Lunaris, a story\n\nReviews for Lunaris\n\n" + "".join(
        f"{name} chapter {chapter} . {date}\n{body}\n"
        for name, chapter, date, body in zip(NAMES, CHAPTERS, DATES[form], BODIES, strict=True)
    )
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == NAMES
    assert_nothing_lost(page, text)
