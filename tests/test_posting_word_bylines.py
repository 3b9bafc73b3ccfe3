"""An article's byline dated by a posting word ("Publié le 05 mars 2024 à 06h00",
"Publicado el 5 de marzo de 2024") over comments headed "NAME le DATE" in the same
frame: the word names no one, so the byline is a date labelled by it, no comment's
header (`lines.POSTING_WORDS`, `posts.stamps._read_whole_stamp`). Invented pages."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

PAGES: dict[str, tuple[str, str]] = {
    "fr": (
        "Par Lucie Marchand\n\nPublié le 05 mars 2024 à 06h00\n",
        "{name} le {day} mars 2024 à {hour}h14",
    ),
    "es": (
        "Por Lucía Marchena\n\nPublicado el 5 de marzo de 2024 a las 06:00\n",
        "{name} el {day} de marzo de 2024 a las {hour}:14",
    ),
}

ROWS = [
    ("Claire Dufresne", "Enfin des chiffres sur les pistes cyclables, merci pour l'article."),
    ("Pyrène", "À Toulouse, les aménagements sont toujours aussi discontinus."),
    ("Hugo Lenoir", "Les compteurs ne disent rien des trajets qui ont disparu."),
    ("Nora", "Le vélo électrique change tout pour les côtes, c'est certain."),
]


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_byline_dated_by_a_posting_word_is_no_comment(language: str) -> None:
    byline, header = PAGES[language]
    text = (
        "Le vélo gagne du terrain en ville\n\n"
        + byline
        + "\nLes passages enregistrés par les compteurs urbains ont augmenté de 37 %.\n\n"
        + "Contributions\n\n4 contributions\n"
        + "".join(
            header.format(name=name, day=5 + at // 2, hour=9 + at) + f"\n\n{body}\n\n"
            for at, (name, body) in enumerate(ROWS)
        )
    )
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, _ in ROWS]
    assert_nothing_lost(page, text)
