"""A forum whose posts print their author pane twice, a narrow screen's and a wide one's:
the name and the rank, the name alone, the stamp ("Posté(e) le 12 janvier 2024",
"Posted on March 2, 2024", "Gepostet am 9. Februar 2024"), the name again over the
card (the name and the rank as its first item, the group, counters, a profile field
such as "Finistère (29)", a topic starter's badge), then the stamp again over the body.

- A posting word with French inclusive writing's feminine ending ("Posté(e)",
  "Publié·e") is a posting word (`lines.POSTING_WORDS`): it names no one.
- The name over the stamp's first print is the author, with or without the connector
  between the posting word and its date ("Posted on", "Posté(e) le", "Gepostet am") and
  lynx's link number before it (`names._stamp_above`).
- A greeting closed by a comma under the stamp ("Bonjour à tous,", "Hello everyone,") is
  the body's first line, no name printed under the date (`transform._posted_over_name`).
- The topic's byline "Par NAME, DATE dans FORUM" / "By NAME, DATE in FORUM" / "Von
  NAME, DATE im FORUM" is no comment header: "in" and a capital after a date say where
  the topic was filed (`lines._date_then_name`); "DATE in response to Ann" still reads.
- A card's first item "NAME RANK" under the name alone, where the pane printed both
  before, is NAME's (`names._named_again_above`); a name printed once over a card
  (a signature, an avatar's initial) is not taken so: the golden pages hold those.

Variants: French (lynx, as the page that showed it), English (lynx), German
(inscriptis). Every fixture is invented, in the shapes those converters print.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L

FRENCH_LYNX = """\
   [1]Aller au contenu

   [2]Forum des Potagers
     * [3]Connexion
     * [4]S’inscrire

     * [5]Accueil
     * [6]Légumes d'hiver
     * Poireaux qui montent en graines

Poireaux qui montent en graines

   4 réponses à ce sujet
     __________________________________________________________________

   [7]Bineuse_Ardente

   Par [8]Bineuse_Ardente,
   12 janvier 2024 dans [9]Légumes d'hiver
   [10] Partager

   [11]Bineuse_Ardente [12]Jardinier amateur

[13]Bineuse_Ardente

   [14]Posté(e) le 12 janvier 2024

[15]Bineuse_Ardente

     * [16]Bineuse_Ardente [17]Jardinier amateur
     * Membres
     *
     * 31
     *
          + [18]120
     * Finistère (29)

     *

   [19]Posté(e) le 12 janvier 2024

   Bonjour à tous,

   Mes poireaux semés en mars montent déjà en graines alors que l'hiver
   vient à peine de commencer. Est-ce le froid de décembre ?
     * [20]J’aime 1

     * (BUTTON)
     * [21]Citer

   [22]Vieux_Bêcheur [23]Jardinier confirmé

[24]Vieux_Bêcheur

   [25]Posté(e) le 13 janvier 2024

[26]Vieux_Bêcheur

     * [27]Vieux_Bêcheur [28]Jardinier confirmé
     * Modérateurs
     *
     * 904
     *
          + [29]3 310
     * Morbihan (56)

     *

   [30]Posté(e) le 13 janvier 2024

   Oui, une vague de froid suivie d'un redoux suffit à les faire monter.
   Récolte-les vite, ils deviennent durs au centre.
     * [31]J’aime 4

     * (BUTTON)
     * [32]Citer
     __________________________________________________________________

   Potager de bord de mer, 300 m²
   [33]Bineuse_Ardente [34]Jardinier amateur

[35]Bineuse_Ardente

   [36]Posté(e) le 14 janvier 2024

[37]Bineuse_Ardente

     * [38]Bineuse_Ardente [39]Jardinier amateur
     * Membres
     *
     * 31
     *
          + [40]120
     * Finistère (29)

     * Auteur

     *

   [41]Posté(e) le 14 janvier 2024

   Merci, je les arrache ce week-end et je sèmerai une variété d'hiver
   plus tard cette année.
     * (BUTTON)
     * [42]Citer

   [43]graine_de_lin [44]Nouveau membre

[45]graine_de_lin

   [46]Posté(e) le 15 janvier 2024

[47]graine_de_lin

     * [48]graine_de_lin [49]Nouveau membre
     * Membres
     *
     * 2
     *
          + [50]3
     * Gironde (33)

     *

   [51]Posté(e) le 15 janvier 2024

   Même souci chez moi avec la variété Bleu de Solaise, pourtant réputée
   résistante.
     * (BUTTON)
     * [52]Citer

   [53]Vieux_Bêcheur [54]Jardinier confirmé

[55]Vieux_Bêcheur

   [56]Posté(e) le 16 janvier 2024

[57]Vieux_Bêcheur

     * [58]Vieux_Bêcheur [59]Jardinier confirmé
     * Modérateurs
     *
     * 904
     *
          + [60]3 310
     * Morbihan (56)

     *

   [61]Posté(e) le 16 janvier 2024

   La Bleu de Solaise supporte le froid, pas les semis trop précoces. Attends
   avril pour la semer.
     * [62]J’aime 2

     * (BUTTON)
     * [63]Citer

Créer un compte ou se connecter pour commenter

   Vous devez être membre afin de pouvoir déposer un commentaire
   [64]Partager
   [65]Aller à la liste des sujets

Sujets similaires

     *

[66]Ail rose : quand planter ?
       Par Vieux_Bêcheur, 3 novembre 2023
     *

[67]Paillage des fraisiers en hiver
       Par graine_de_lin, 28 décembre 2023
     *

[68]Butter les pommes de terre : utile ?
       Par Bineuse_Ardente, 2 octobre 2023

     * [69]Politique de confidentialité
     * [70]Contact

   Forum des Potagers [71]Powered by Invision Community
"""

ENGLISH_LYNX = """\
   [1]Jump to content

   [2]Model Railway Forum
     * [3]Sign In
     * [4]Sign Up

     * [5]Home
     * [6]Layouts
     * Weathering a brick viaduct

Weathering a brick viaduct

   3 replies to this topic
     __________________________________________________________________

   [7]sleeper_gauge

   By [8]sleeper_gauge,
   March 2, 2024 in [9]Layouts
   [10] Share

   [11]sleeper_gauge [12]Newcomer

[13]sleeper_gauge

   [14]Posted on March 2, 2024

[15]sleeper_gauge

     * [16]sleeper_gauge [17]Newcomer
     * Members
     *
     * 14
     *
          + [18]40
     * Kent, UK

     *

   [19]Posted on March 2, 2024

   Hello everyone,

   I have built a twelve arch viaduct from plastic brick sheet and it looks
   far too clean. What do you use to weather the mortar lines?
     * [20]Like 1

     * (BUTTON)
     * [21]Quote

   [22]Ballast_Bill [23]Veteran

[24]Ballast_Bill

   [25]Posted on March 3, 2024

[26]Ballast_Bill

     * [27]Ballast_Bill [28]Veteran
     * Moderators
     *
     * 2 208
     *
          + [29]5 901
     * Derby, UK

     *

   [30]Posted on March 3, 2024

   A thin wash of grey acrylic, wiped off the faces with a damp cloth, leaves
   the mortar lines filled. Then dry brush a little rust near the top.
     * [31]Like 3

     * (BUTTON)
     * [32]Quote

   [33]sleeper_gauge [34]Newcomer

[35]sleeper_gauge

   [36]Posted on March 4, 2024

[37]sleeper_gauge

     * [38]sleeper_gauge [39]Newcomer
     * Members
     *
     * 14
     *
          + [40]40
     * Kent, UK

     * Author

     *

   [41]Posted on March 4, 2024

   That worked a treat, thank you. The arches finally look like they have
   seen a century of steam.
     * (BUTTON)
     * [42]Quote

   [43]RivetCounter [44]Member

[45]RivetCounter

   [46]Posted on March 5, 2024

[47]RivetCounter

     * [48]RivetCounter [49]Member
     * Members
     *
     * 377
     *
          + [50]1 012
     * Fife, Scotland

     *

   [51]Posted on March 5, 2024

   Add a little green near the ground where the water runs down the piers.
     * (BUTTON)
     * [52]Quote

Create an account or sign in to comment

   You need to be a member in order to leave a comment
   [53]Share
   [54]Go to topic listing

Similar Topics

     *

[55]Painting rails: which brown?
       By Ballast_Bill, January 3, 2024
     *

[56]Cork or foam underlay
       By RivetCounter, February 8, 2024

     * [57]Privacy Policy
     * [58]Contact Us

   Model Railway Forum [59]Powered by Invision Community
"""

GERMAN_INSCRIPTIS = """\
  Zum Inhalt springen
  Aquaristik-Treff
    * Anmelden
    * Registrieren
    * Startseite
    * Süßwasser
    * Trübes Wasser nach dem Filterwechsel

  Trübes Wasser nach dem Filterwechsel

                3 Antworten in diesem Thema

                Von Kieselalge,
                9. Februar 2024 im Süßwasser

              Teilen
              Kieselalge

                Gepostet am 9. Februar 2024

          Kieselalge

            *
            * Mitglieder
            *
            * 58
            *
                + 140
            * Bremen

                    *
                  Gepostet am 9. Februar 2024

                  Hallo zusammen,

                  seit dem Filterwechsel ist das Wasser in meinem Becken milchig trüb.

                    * Zitieren

              Guppy_Gustav

                Gepostet am 10. Februar 2024

          Guppy_Gustav

            *
            * Moderatoren
            *
            * 2 431
            *
                + 7 020
            * Kassel

                    *
                  Gepostet am 10. Februar 2024

                  Das ist eine Bakterienblüte. Nicht noch mehr Wasser wechseln, das legt sich.

                    * Zitieren

              Kieselalge

                Gepostet am 11. Februar 2024

          Kieselalge

            *
            * Mitglieder
            *
            * 58
            *
                + 140
            * Bremen
                      * Autor
                    *
                  Gepostet am 11. Februar 2024

                  Danke, ich warte ab und füttere bis dahin etwas weniger.

                    * Zitieren

              Wasserfloh

                Gepostet am 12. Februar 2024

          Wasserfloh

            *
            * Mitglieder
            *
            * 7
            *
                + 12
            * Leipzig

                    *
                  Gepostet am 12. Februar 2024

                  Beim nächsten Mal nur die Hälfte des Filtermaterials tauschen.

                    * Zitieren

          Ähnliche Themen

              * Welcher Bodengrund für Panzerwelse?

                  Von Guppy_Gustav, 2. Januar 2024

              * Nitrit nach dem Umzug

                  Von Wasserfloh, 20. Dezember 2023
    * Datenschutz
    * Kontakt
"""


def _posts(text: str) -> list[tuple[str | None, str]]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [(c.author, c.text.split()[0]) for c in page.walk()]


def test_french_lynx_one_comment_a_post_named_over_the_stamp() -> None:
    page = threadparse.parse(FRENCH_LYNX)
    assert_nothing_lost(page, FRENCH_LYNX)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Bineuse_Ardente", 0),
        ("Vieux_Bêcheur", 0),
        ("Bineuse_Ardente", 0),
        ("graine_de_lin", 0),
        ("Vieux_Bêcheur", 0),
    ]
    first = page.comments[0].text
    assert first.startswith("Bonjour à tous,")  # (a greeting, no name under the date)
    assert all("Sujets similaires" not in c.text for c in page.walk())
    assert all("Ail rose" not in c.text for c in page.walk())  # (the topics list: none)


def test_english_lynx_posted_on() -> None:
    page = threadparse.parse(ENGLISH_LYNX)
    assert_nothing_lost(page, ENGLISH_LYNX)
    assert [c.author for c in page.walk()] == [
        "sleeper_gauge",
        "Ballast_Bill",
        "sleeper_gauge",
        "RivetCounter",
    ]
    assert page.comments[0].text.startswith("Hello everyone,")
    assert page.comments[-1].text.startswith("Add a little green")


def test_german_inscriptis_gepostet_am() -> None:
    page = threadparse.parse(GERMAN_INSCRIPTIS)
    assert_nothing_lost(page, GERMAN_INSCRIPTIS)
    named = [(c.author, c.text.split()[0]) for c in page.walk()]
    assert named[:4] == [
        ("Kieselalge", "Hallo"),
        ("Guppy_Gustav", "Das"),
        ("Kieselalge", "Danke,"),
        ("Wasserfloh", "Beim"),
    ]
    assert all(c.author != "im Süßwasser" for c in page.walk())


@pytest.mark.parametrize("word", ["Posté(e)", "publié(e)", "Posté·e", "postée", "Posted"])
def test_inclusive_posting_words(word: str) -> None:
    assert word.casefold() in L.POSTING_WORDS


@pytest.mark.parametrize(
    "line",
    [
        "5 décembre 2023 dans Santé des abeilles",
        "March 2, 2024 in Layouts",
        "9. Februar 2024 im Süßwasser",
    ],
)
def test_filed_in_byline_names_no_one(line: str) -> None:
    assert L.read_header(line) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("March 5, 2024 ann", "ann"),  # (a name after its date: read as before)
        ("5 décembre 2023 Ann Lee", "Ann Lee"),
        ("March 14, 2021 in response to kestrel_k", "in response to kestrel_k"),  # (read
        # on: the words naming whom it answers are the page's to take off)
        ("Posted in News by ann", None),  # (no date: no header, as before)
    ],
)
def test_dated_names_still_read(line: str, author: str | None) -> None:
    header = L.read_header(line)
    if author is None:
        assert header is None or header.date is None
    else:
        assert header is not None and header.author == author
