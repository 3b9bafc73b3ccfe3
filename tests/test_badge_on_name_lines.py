"""The site owner's badge printed after her name on each of her replies' name lines,
the line holding nothing else ("Lucía Ferrer Admin", inscriptis; one poster only, so
the badge repeats after no other name): the name alone elsewhere on the page (the
article's byline) and the whole author alone only on those header lines tell the badge
(`names._printed_alone_but_as_headers`). A longer name whose shorter form another
commenter posts under keeps all its words.

Every fixture here is invented.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

PAGE = """\
Esmaltar por inmersión sin chorreones

{byline}

Tres segundos, una pieza seca y un cubo bien removido: así esmalto mis tazas.

4 comentarios

    {first}
    hace 5 días

      ¡Qué buena explicación! Yo siempre dejaba la pieza demasiado tiempo dentro.

        3 Me gusta Responder
          {owner}
          hace 5 días

            ¡Gracias! Con tres segundos suele bastar si el esmalte no está espeso.

          1 Me gusta Responder
    Jorge Benavides
    hace 4 días

      ¿Qué densidad usas? Yo mido con el hidrómetro y me sale alrededor de 1,45.

        2 Me gusta Responder
          {owner}
          hace 4 días

            Para inmersión trabajo entre 1,40 y 1,45, por encima aparecen chorreones.

          0 Me gusta Responder
"""


def test_the_owners_badge_on_her_name_lines_comes_off() -> None:
    text = PAGE.format(byline="Lucía Ferrer", first="Marta Gil", owner="Lucía Ferrer Admin")
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [
        "Marta Gil",
        "Lucía Ferrer",
        "Jorge Benavides",
        "Lucía Ferrer",
    ]
    assert_nothing_lost(page, text)


def test_a_longer_name_beside_a_commenter_of_its_first_words_stays_whole() -> None:
    text = PAGE.format(byline="Lucía Ferrer", first="Lucía Ferrer", owner="Lucía Ferrer Gómez")
    authors = [c.author for c in threadparse.parse(text).walk()]
    assert authors.count("Lucía Ferrer Gómez") == 2


def test_a_name_printed_alone_nowhere_else_keeps_its_last_word() -> None:
    text = PAGE.format(byline="Por el taller", first="Marta Gil", owner="Lucía Ferrer Admin")
    authors = [c.author for c in threadparse.parse(text).walk()]
    assert authors.count("Lucía Ferrer Admin") == 2
