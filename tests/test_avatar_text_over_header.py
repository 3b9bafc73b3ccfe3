"""A comment item whose line is its author's picture text ("Avatar de Ann Lee", "Photo of
Ann Lee", "Ann Lee's avatar") over the header line that names the author with the date
or a verb ("Ann Lee le 5 mars 2024 à 14 h 22 min"): the header is the line under the
item (`transform._pictures_author_below`). Invented page in the Extra theme's shape."""

from __future__ import annotations

import pytest

import threadparse

PAGE = """\
Galettes de sarrasin

La vraie recette bretonne, sans lait ni œuf.

3 Commentaires

  1. {pic1}
    {h1}

    Enfin une recette avec de la farine de blé noir et de l'eau, sans lait !

    Répondre
    • {pic2}
      {h2}

      Le lait, c'est pour les crêpes de froment.

      Répondre
  2. {pic3}
    {h3}

    Combien de temps faut-il laisser reposer la pâte ?

    Répondre

Laisser un commentaire
"""

NAMES = ["Yann Kerhervé", "Gaëlle Le Goff", "Sophie Marchand"]
PICTURES = {
    "de": "Avatar de {}",
    "of": "Photo of {}",
    "s": "{}'s avatar",
}
HEADERS = {
    "dated": "{} le 5 mars 2024 à 14 h 22 min",
    "verb": "{} dit :",
}


@pytest.mark.parametrize("header", sorted(HEADERS))
@pytest.mark.parametrize("picture", sorted(PICTURES))
def test_the_header_under_the_picture_text(picture: str, header: str) -> None:
    fields = {}
    for n, name in enumerate(NAMES, 1):
        fields[f"pic{n}"] = PICTURES[picture].format(name)
        fields[f"h{n}"] = HEADERS[header].format(name)
    page = threadparse.parse(PAGE.format(**fields))
    comments = list(page.walk())
    assert [(c.author, c.depth) for c in comments] == [(NAMES[0], 0), (NAMES[1], 1), (NAMES[2], 0)]
    assert comments[0].text.startswith("Enfin une recette")


def test_a_line_naming_someone_else_is_no_picture() -> None:
    fields = {f"pic{n}": "Merci à Paul Durand" for n in (1, 2, 3)}
    fields |= {f"h{n}": HEADERS["dated"].format(name) for n, name in enumerate(NAMES, 1)}
    page = threadparse.parse(PAGE.format(**fields))
    assert all(c.author != "Paul Durand" for c in page.walk())
