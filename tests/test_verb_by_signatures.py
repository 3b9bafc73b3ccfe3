"""A Q&A page in another language than English that signs each post under its body with
a meta line of a verb, the word its language puts before a date, the date, its "by"
and the name ("répondu le 5 mars 2024 par Ann", "beantwortet am 5. März 2024 von
Ann"), under a bar of controls every answer prints ("Partager Améliorer cette réponse
Signaler") and over the poster's reputation, then the answer's comments as list items,
each signed at its end ("… – Bo 5 mars 2024 à 09:14"), a score over it or not. The
question's own meta line ("demandé le …") signs the article: its comments are
comments at the top. The meta lines are signatures, not the headers of the text under
them. Invented pages."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

FRENCH = """\
Entraide Vélo
  • Questions
  • Étiquettes

Pourquoi ma chaîne saute-t-elle sur le petit pignon ?

Posée il y a 3 jours Vue 204 fois
9

Depuis que j'ai changé la cassette, la chaîne saute dès que je passe sur le plus petit pignon, surtout en danseuse.

  • cassette neuve 11-32
  • chaîne de 2000 km

Est-ce que la chaîne est à changer elle aussi ?

transmission chaîne
Partager Suivre Signaler
demandé le 2 avril 2024 par Gaspard Lenoir
120 ●1
  • 3
    Le dérailleur a-t-il été réglé après le changement ? – Odile Ferrand 2 avril 2024 à 18:10
Ajouter un commentaire

3 réponses

Trier par : Votes Récentes
15
Réponse acceptée

Une chaîne usée ne s'engrène plus bien sur une cassette neuve. Mesurez-la avec un calibre :

  • au-delà de 0,5 % d'allongement, changez-la ;
  • au-delà de 0,75 %, la cassette souffre déjà.

À 2000 km, elle est probablement encore bonne, donc regardez d'abord la tension du câble.

Partager Améliorer cette réponse Signaler
répondu le 3 avril 2024 par Odile Ferrand
5 310 ●2
  • 4
    Le calibre m'a donné 0,3 %, donc c'était bien le câble. Merci ! – Gaspard Lenoir 3 avril 2024 à 08:45
  • 2
    Pensez aussi à vérifier la patte de dérailleur, elle se tord facilement. – Mathis Rey 3 avril 2024 à 10:02
Ajouter un commentaire
6

Un quart de tour sur la molette du dérailleur suffit souvent. Faites-le pignon par pignon en tournant le pédalier à la main.

Partager Améliorer cette réponse Signaler
répondu le 3 avril 2024 par Mathis Rey
980 ●3
    Ajouter un commentaire
    2

    Chez moi c'était le corps de roue libre qui avait du jeu. Démontez la roue et secouez la cassette pour voir.

    Partager Améliorer cette réponse Signaler
    répondu le 4 avril 2024 par Inès Carvalho
    75 ●4
    • Bien vu, je n'y avais pas pensé du tout. – Gaspard Lenoir 4 avril 2024 à 21:30
    • Le jeu se sent aussi en tirant la roue sur le côté. – Odile Ferrand 4 avril 2024 à 22:05
    Ajouter un commentaire

    Ce n'est pas la réponse que vous cherchez ? Parcourez les questions étiquetées transmission.

    Votre réponse

    Vous devez vous connecter pour répondre.

    Questions liées

    • 4 Comment régler un dérailleur arrière ?
    • 2 Quand changer sa cassette ?
"""  # noqa: E501

TREE = [
    ("Odile Ferrand", 0),
    ("Odile Ferrand", 0),
    ("Gaspard Lenoir", 1),
    ("Mathis Rey", 1),
    ("Mathis Rey", 0),
    ("Inès Carvalho", 0),
    ("Gaspard Lenoir", 1),
    ("Odile Ferrand", 1),
]


def _tree(page: threadparse.Page) -> list[tuple[str | None, int]]:
    return [(comment.author, comment.depth) for comment in page.walk()]


def test_answers_signed_under_a_bar_their_comments_signed_at_their_ends() -> None:
    page = threadparse.parse(FRENCH)
    assert _tree(page) == TREE
    assert page.comments[0].text.startswith("Le dérailleur a-t-il été réglé")
    accepted = page.comments[1]
    assert accepted.date == "3 avril 2024"
    assert accepted.text.startswith("Une chaîne usée ne s'engrène plus bien")
    assert "regardez d'abord la tension du câble." in accepted.text
    assert [reply.text.split(",")[0] for reply in accepted.children] == [
        "Le calibre m'a donné 0",
        "Pensez aussi à vérifier la patte de dérailleur",
    ]
    assert page.comments[2].text.startswith("Un quart de tour")
    last = page.comments[3]
    assert last.text.startswith("Chez moi c'était le corps de roue libre")
    assert [reply.date for reply in last.children] == [
        "4 avril 2024 à 21:30",
        "4 avril 2024 à 22:05",
    ]
    assert_nothing_lost(page, FRENCH)


def test_in_german() -> None:
    # "beantwortet am DATE von NAME" under each answer, "gefragt am" under the question
    text = FRENCH
    for french, german in (
        ("demandé le 2 avril 2024 par", "gefragt am 2. April 2024 von"),
        ("répondu le 3 avril 2024 par", "beantwortet am 3. April 2024 von"),
        ("répondu le 4 avril 2024 par", "beantwortet am 4. April 2024 von"),
        ("Partager Améliorer cette réponse Signaler", "Teilen Antwort verbessern Melden"),
        ("Partager Suivre Signaler", "Teilen Folgen Melden"),
        ("Ajouter un commentaire", "Kommentar hinzufügen"),
        ("Réponse acceptée", "Akzeptierte Antwort"),
        ("3 réponses", "3 Antworten"),
    ):
        text = text.replace(french, german)
    for day, time in (
        (2, "18:10"),
        (3, "08:45"),
        (3, "10:02"),
        (4, "21:30"),
        (4, "22:05"),
    ):
        text = text.replace(f"{day} avril 2024 à {time}", f"{day}. April 2024, {time}")
    page = threadparse.parse(text)
    assert _tree(page) == TREE
    assert page.comments[1].date == "3. April 2024"
    assert_nothing_lost(page, text)


def test_in_spanish_the_comments_unscored() -> None:
    # "respondida el DATE por NAME", the comments with no score over them
    text = (
        FRENCH.replace("demandé le 2 avril 2024 par", "preguntada el 2 de abril de 2024 por")
        .replace("répondu le 3 avril 2024 par", "respondida el 3 de abril de 2024 por")
        .replace("répondu le 4 avril 2024 par", "respondida el 4 de abril de 2024 por")
        .replace("Partager Améliorer cette réponse Signaler", "Compartir Mejorar esta respuesta")
        .replace("\n  • 4\n    ", "\n  • ")
        .replace("\n  • 2\n    ", "\n  • ")
        .replace("\n  • 3\n    ", "\n  • ")
    )
    page = threadparse.parse(text)
    assert _tree(page) == TREE
    assert page.comments[1].children[1].text.startswith("Pensez aussi à vérifier")
    assert_nothing_lost(page, text)


def test_a_verb_date_by_name_over_each_text_stays_its_header() -> None:
    # "écrit le DATE par NAME" over each comment's text, no bar over it, nothing under
    # the text: the line heads the text under it
    text = """\
Le carnet du potager

Les premières gelées sont arrivées tôt cette année, et les courges n'ont pas aimé.

Commentaires

écrit le 3 novembre 2023 par Lucie Tanguy
Les miennes ont tenu sous un voile d'hivernage, je le recommande.

écrit le 4 novembre 2023 par Rémi Vautrin
J'ai tout rentré la veille, elles mûrissent au garage.

écrit le 5 novembre 2023 par Lucie Tanguy
Au garage elles se gardent très bien, tant qu'il ne gèle pas dedans.
"""
    page = threadparse.parse(text)
    assert [(c.author, c.text.split(",")[0]) for c in page.walk()] == [
        ("Lucie Tanguy", "Les miennes ont tenu sous un voile d'hivernage"),
        ("Rémi Vautrin", "J'ai tout rentré la veille"),
        ("Lucie Tanguy", "Au garage elles se gardent très bien"),
    ]


def test_a_comment_whose_signature_wraps_under_its_item() -> None:
    # the item's line wrapped by the converter (w3m), the signature's year and time on
    # the line under it
    text = FRENCH.replace(
        "côté. – Odile Ferrand 4 avril 2024 à 22:05",
        "côté. – Odile Ferrand 4 avril\n      2024 à 22:05",
    )
    page = threadparse.parse(text)
    assert _tree(page) == TREE
    assert page.comments[3].children[1].date == "4 avril 2024 à 22:05"
    assert_nothing_lost(page, text)
