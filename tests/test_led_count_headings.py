"""A comment count led by a few words ("This Post Has 3 Comments", "Cet article a 3
commentaires", "Dieser Beitrag hat 3 Kommentare"): the number in digits right before
the count noun that ends the line, two to four words before it, whatever they are. It
opens the comment section and declares its count, so the thread's first comment is
read from under it even where its header shows only at the list's later items (an
avatar's item, the name a heading under it: html2text of OceanWP's comments). One
word before the number ("all 20 comments", a link aggregator's sort bar) or words
after the noun ("I have 3 comments on this") are no such heading (`lines.declared_count`).

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L

COMMENTS = [
    ("Gérard Pellerin", "2 mars 2024", "Merci pour ce calendrier, j'ai toujours semé trop tôt."),
    ("Nadia Benali", "4 mars 2024", "Vous repiquez en godets dès les premières feuilles ?"),
    ("Sylvie D.", "6 mars 2024", "Pour ma part je sème fin mars, sous une lampe horticole."),
]  # fmt: skip


def _page(heading: str) -> str:
    out = [
        "# Semer les tomates en intérieur",
        "",
        "Chaque année, les tomates sont le premier semis de la saison chez moi.",
        "",
        f"### {heading}",
        "",
    ]
    for number, (name, date, body) in enumerate(COMMENTS, start=1):
        out += [f"  {number}. ![](https://avatars.example/{number}?s=150&d=mm)", ""]
        out += [f"### {name}", "", f"{date} Répondre", "", body, ""]
    out += ["### Laisser un commentaire", "", "Commentaire *", ""]
    return "\n".join(out)


@pytest.mark.parametrize(
    "heading",
    [
        "Cet article a 3 commentaires",
        "This Post Has 3 Comments",
        "Dieser Beitrag hat 3 Kommentare",
        "Esta entrada tiene 3 comentarios",
    ],
)
def test_a_count_led_by_words_opens_the_section(heading: str) -> None:
    text = _page(heading)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, _, _ in COMMENTS]
    assert page.declared_count == 3
    assert_nothing_lost(page, text)


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("Cet article a 11 commentaires", 11),
        ("Questo articolo ha 4 commenti:", 4),
        ("all 20 comments", None),
        ("I have 3 comments on this", None),
        ("Article 3 comments", None),
    ],
)
def test_led_counts(line: str, count: int | None) -> None:
    assert L.declared_count(line) == count
