"""A word the template prints before every name (a permalink icon's alternative text:
"epingle Marc Tollet"), alone over a post that names nobody (`names._strip_lead_word`,
`_unname_lone_word`): an anonymous post of a blog's forum has no author, not the icon's
word. Invented pages of a forum under a blog post, flat, in resiliparse's and lynx's
layouts; the negative case is a page where the word stands alone before too few names
to be the template's."""

from __future__ import annotations

import threadparse

RESILIPARSE = """\
Les carnets du Phare > Littérature

Le roman des marées

par Jeanne Morvan, 3 mars 2019

Un long article sur un roman qui raconte trois générations de gardiens de phare.

8 commentaires

  • {a}
    (3 mars 2019 @09h12)
    :

    Un beau livre

    Je l'ai lu cet hiver et je le conseille à tout le monde, surtout pour la dernière partie.
  • {b}
    (3 mars 2019 @09h40)
    :

    Pas convaincu

    La deuxième génération m'a paru longue, les chapitres se répètent beaucoup trop à mon goût.
  • {c}
    (3 mars 2019 @11h05)
    :

    Réponse

    Les répétitions sont voulues, elles suivent le rythme des marées tout au long du livre.
  • {d}
    (4 mars 2019 @08h27)
    :

    La traduction

    Quelqu'un sait-il si une traduction en breton est prévue pour l'année prochaine ?
  • {e}
    (4 mars 2019 @14h50)
    :

    Merci

    Merci pour cet article, je ne connaissais pas du tout cet auteur avant de vous lire.
  • {f}
    (5 mars 2019 @19h33)
    :

    Le phare

    Le phare du livre existe vraiment, on peut le visiter l'été avec un guide du port.
  • {g}
    (6 mars 2019 @10h02)
    :

    Le port

    Le guide du port est très bien, il connaît toutes les histoires des anciens gardiens.
  • {h}
    (7 mars 2019 @21h18)
    :

    Suite

    Est-ce que l'auteur prépare une suite ? La fin laisse vraiment la porte ouverte.

Écrire un commentaire
"""

LYNX = """\
   Les carnets du Phare > Littérature

Le roman des marées

   par Jeanne Morvan, 3 mars 2019

   Un long article sur un roman qui raconte trois générations de gardiens de phare.

   8 commentaires
     * [12]{a}
       (3 mars 2019 @09h12)
       :
       Un beau livre
       Je l'ai lu cet hiver et je le conseille à tout le monde, surtout pour la dernière
       partie.
     * [13]{b}
       (3 mars 2019 @09h40)
       :
       Pas convaincu
       La deuxième génération m'a paru longue, les chapitres se répètent beaucoup trop
       à mon goût.
     * [14]{c}
       (3 mars 2019 @11h05)
       :
       Réponse
       Les répétitions sont voulues, elles suivent le rythme des marées tout au long du
       livre.
     * [15]{d}
       (4 mars 2019 @08h27)
       :
       La traduction
       Quelqu'un sait-il si une traduction en breton est prévue pour l'année
       prochaine ?
     * [16]{e}
       (4 mars 2019 @14h50)
       :
       Merci
       Merci pour cet article, je ne connaissais pas du tout cet auteur avant de vous
       lire.
     * [17]{f}
       (5 mars 2019 @19h33)
       :
       Le phare
       Le phare du livre existe vraiment, on peut le visiter l'été avec un guide du
       port.
     * [18]{g}
       (6 mars 2019 @10h02)
       :
       Le port
       Le guide du port est très bien, il connaît toutes les histoires des anciens
       gardiens.
     * [19]{h}
       (7 mars 2019 @21h18)
       :
       Suite
       Est-ce que l'auteur prépare une suite ? La fin laisse vraiment la porte
       ouverte.

   Écrire un commentaire
"""

SIGNED = {
    "a": "epingle",
    "b": "epingle Marc Tollet",
    "c": "epingle Lise Araujo",
    "d": "epingle",
    "e": "epingle Marc Tollet",
    "f": "epingle kerhostin",
    "g": "epingle Lise Araujo",
    "h": "epingle Youenn L.",
}
WANTED = [
    None,
    "Marc Tollet",
    "Lise Araujo",
    None,
    "Marc Tollet",
    "kerhostin",
    "Lise Araujo",
    "Youenn L.",
]


def authors(template: str, names: dict[str, str]) -> list[str | None]:
    page = threadparse.parse(template.format(**names))
    return [c.author for c in page.walk() if c.kind == "comment"]


def test_anonymous_posts_under_the_icon_word() -> None:
    assert authors(RESILIPARSE, SIGNED) == WANTED


def test_anonymous_posts_under_the_icon_word_lynx() -> None:
    assert authors(LYNX, SIGNED) == WANTED


def test_a_word_before_too_few_names_stays() -> None:
    names = dict(SIGNED, b="Marc Tollet", c="Lise Araujo", e="Marc Tollet", g="Lise Araujo")
    assert authors(RESILIPARSE, names) == [
        "epingle",
        "Marc Tollet",
        "Lise Araujo",
        "epingle",
        "Marc Tollet",
        "epingle kerhostin",
        "Lise Araujo",
        "epingle Youenn L.",
    ]
