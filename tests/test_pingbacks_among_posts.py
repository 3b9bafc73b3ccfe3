"""Pingbacks among comments printed without list markers, each comment a "NAME · DATE"
line over its body (a theme that prints its comments as blocks, not list items): a
pingback is the linking post's title in the name's place, however many words, over
its excerpt ("[…] the words it quotes […]"). It joins the comments' template as a
pingback (`posts.stamps.read_pinged_stamp`), it prints no reply control as the comments
do, and its body is its excerpt: the comment form and the related posts under the last
one are the page's.

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

COMMENTS = [
    (0, "Claire Vasseur", "2 avril 2023 à 22 h 08 min",
     "Pour celles et ceux qui ont peur de se lancer, commencez par un tabouret."),
    (0, "Bernard", "9 avril 2023 à 15 h 44 min",
     "Et pour le paillage, vous prévoyez un article un de ces jours ?"),
    (1, "Margaux Delaunay", "10 avril 2023 à 8 h 20 min",
     "Oui, c’est prévu pour le printemps, deux chaises attendent au grenier."),
    (0, "Lou", "11 avril 2023 à 9 h 00 min",
     "Merci pour ce tutoriel, très clair et bien illustré."),
]  # fmt: skip
PINGS = [
    ("Chaises bistrot : avant / après – Le Grenier de Lou", "16 mars 2023 à 12 h 00 min",
     "[…] je me suis appuyée sur le tutoriel de Margaux pour le cannage […]"),
    ("Tour d’horizon des blogs DIY de mars | Fil & Copeaux", "4 avril 2023 à 7 h 30 min",
     "[…] Rempailler une chaise : mon premier cannage à la main, un pas-à-pas […]"),
]  # fmt: skip

TAIL = [
    "Laisser un commentaire Annuler la réponse",
    "",
    "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
    "",
    "Articles similaires",
    "",
    "Mobilier",
    "",
    "Teinter du chêne sans le noircir : trois essais sur des chutes de parquet, photos à l’appui.",
    "",
]


def _page(control: str, pings_at: int) -> str:
    """The page, the pingbacks printed after the first ``pings_at`` comments."""
    out = [
        "Rempailler une chaise : mon premier cannage à la main",
        "",
        "Il m’a fallu trois week-ends pour refaire l’assise de cette chaise de grand-mère.",
        "",
        "5 réflexions sur « Rempailler une chaise »",
        "",
    ]
    pings = [
        line for title, date, excerpt in PINGS for line in (f"{title} · {date}", "", excerpt, "")
    ]
    for at, (depth, name, date, body) in enumerate(COMMENTS):
        out += pings if at == pings_at else []
        pad = "    " * depth
        out += [f"{pad}{name} · {date}", "", f"{pad}{body}", "", f"{pad}{control}", ""]
    out += pings if pings_at == len(COMMENTS) else []
    return "\n".join(out + TAIL)


@pytest.mark.parametrize("control", ["Répondre", "Reply"])
@pytest.mark.parametrize("pings_at", [4, 3], ids=["pings-last", "pings-between"])
def test_pingbacks_join_the_comments_template(control: str, pings_at: int) -> None:
    text = _page(control, pings_at)
    page = threadparse.parse(text)
    comments = [(c.depth, c.kind, c.author, c.date, c.text) for c in page.walk()]
    expected = [(d, "comment", n, when, b) for d, n, when, b in COMMENTS]
    expected[pings_at:pings_at] = [(0, "pingback", t, when, e) for t, when, e in PINGS]
    assert comments == expected
    assert any(f.text.startswith("Laisser un commentaire") for f in page.furniture)
    assert_nothing_lost(page, text)


def test_a_long_title_over_a_line_of_prose_is_no_pingback() -> None:
    # (a related post's title and date over its teaser: no excerpt's mark, no pingback)
    text = _page("Répondre", len(COMMENTS)).replace("[…] ", "").replace(" […]", "")
    page = threadparse.parse(text)
    assert [c.kind for c in page.walk()] == ["comment"] * len(COMMENTS)
    assert_nothing_lost(page, text)
