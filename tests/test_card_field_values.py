"""A forum's profile card printed as label and value lines ("Location" over "Leeds")
between the poster's name and the post's date: the last field's value stands right
over the date, where a card without it prints the name's other lines, but it names
no one (`posts.authors._field_values`: the values closing a run of three label and
value pairs at least, each label printed in (nearly) every block, under a line of
the card's own). A picture's placeholder over the name (w3m's "[3bf-959-128]") is no
line of the previous post's body either (`posts.authors._opener`).

Every fixture here is invented, in the shapes resiliparse and lynx print a forum
whose sidebar lists the poster's fields as a definition list.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost
from threadparse.outline import OutlineNode
from threadparse.posts.authors import _field_values

# Dutch, resiliparse: "Woonplaats" closes the card where the member gave one.
DUTCH = """\
  1. Forum
  2. Leden
  • Inloggen

Opgelost Vijver wordt groen na de zomer

  • PietV
  • 4. april 2024 om 10:12
  • Delen
  • 1
  • 2
  • Volgende pagina
  • PietV
    Nieuwkomer
    Reacties
    9
    Berichten
    31
    Lid sinds
    2. februari 2024
    Woonplaats
    Zwolle
    • 4. april 2024 om 10:12
      • #1

      Sinds september is mijn vijver groen, ook na het verversen van het water.

      • Melden
      • Citeren
    • Marijke
      Beheerder
      Reacties
      1.402
      Berichten
      3.870
      Lid sinds
      9. maart 2012
      Woonplaats
      Deventer
      • 4. april 2024 om 11:05
        • #2

        Hoe oud is de lamp van het uv-filter? Na twee jaar geeft die nauwelijks licht.

        • Melden
        • Citeren
      • Koos
        Gevorderd
        Reacties
        212
        Berichten
        655
        Lid sinds
        1. juni 2018
        • 4. april 2024 om 12:40
          • #3

          Bij mij was het ook de lamp. Na vervanging was het water binnen een week helder.

          • Melden
          • Citeren
        • PietV
          Nieuwkomer
          Reacties
          9
          Berichten
          31
          Lid sinds
          2. februari 2024
          Woonplaats
          Zwolle
          • 5. april 2024 om 09:30
          • Starter
          • #4

          De lamp was inderdaad al drie jaar oud. Nieuwe besteld, ik laat weten hoe het gaat.

          • Melden
          • Citeren
        • Marijke
          Beheerder
          Reacties
          1.402
          Berichten
          3.870
          Lid sinds
          9. maart 2012
          Woonplaats
          Deventer
          • 5. april 2024 om 10:02
            • #5

            Fijn. Zet de pomp dan een paar dagen op de hoogste stand.

            • Melden
            • Citeren
          • Henk_B
            Gevorderd
            Reacties
            388
            Berichten
            1.012
            Lid sinds
            14. mei 2015
            Woonplaats
            Ede
            • 5. april 2024 om 13:44
              • #6

              Let ook op het blad dat in het najaar in de vijver valt.

              • Melden
              • Citeren
            • Koos
              Gevorderd
              Reacties
              212
              Berichten
              655
              Lid sinds
              1. juni 2018
              • 5. april 2024 om 15:20
                • #7

                Een net over de vijver in oktober scheelt veel werk in het voorjaar.

                • Melden
                • Citeren
"""

# English, lynx: other labels, the last field a member's trade, the name a link.
ENGLISH_LYNX = """\
   [1]Forums   [2]Members

                     Shed roof leaking at the ridge

     * [3]ridgeline_rob
       Newcomer

        Reactions
                4

        Messages
                18

        Joined
                12 January 2024

        Occupation
                Plumber

          + [4]3 May 2024 at 18:22
          + [5]#1
       The felt on my shed roof lets water in along the ridge every time it
       rains hard, although the felt itself looks fine.
          + [6]Report
          + [7]Quote
     * [8]Gwen
       Moderator

        Reactions
                2,311

        Messages
                6,052

        Joined
                4 April 2010

        Occupation
                Carpenter

          + [9]3 May 2024 at 18:51
          + [10]#2
       Ridge felt is usually the first to go. Lift the capping strip and look
       at the nails underneath before you buy anything new.
          + [11]Report
          + [12]Quote
     * [13]Dai_Jones
       Member

        Reactions
                77

        Messages
                240

        Joined
                30 June 2016

          + [14]3 May 2024 at 20:10
          + [15]#3
       Mine was the same. Two nails had rusted through and the water ran down
       the shanks.
          + [16]Report
          + [17]Quote
     * [18]ridgeline_rob
       Newcomer

        Reactions
                4

        Messages
                18

        Joined
                12 January 2024

        Occupation
                Plumber

          + [19]4 May 2024 at 09:15
          + [20]#4
       That was it, three rusty nails. New capping strip on, dry since.
          + [21]Report
          + [22]Quote
"""

# Italian, w3m: the avatar's placeholder over the name, a card without the last field
# (no place given) reaching up into the previous post's controls.
ITALIAN_W3M = """\
Forum > Motori > Manutenzione

Risolto La moto non parte a freddo

  • Lupo_71
  • 7. marzo 2024 alle 08:10

  • Condividi

  • 1
  • 2
  • Pagina successiva

  • [a11-402-128]
    Lupo_71
    Principiante

    Reazioni
        3
    Messaggi
        12
    Iscritto dal
        3. gennaio 2024
    Città
        Bergamo
      □ 7. marzo 2024 alle 08:10
      □ #1

    Ogni mattina la moto gira a vuoto per mezzo minuto prima di partire, poi va
    benissimo tutto il giorno.

      □ Segnala
      □ Cita
  • [b27-88-128]
    Teresa
    Moderatore

    Reazioni
        1.204
    Messaggi
        4.310
    Iscritto dal
        9. aprile 2011
    Città
        Pavia
      □ 7. marzo 2024 alle 08:45
      □ #2

    Candela o batteria, di solito. Quanti anni ha la batteria?

    Mi piace 2
      □ Segnala
      □ Cita
  • [c30-915-128]
    Gianni R.
    Esperto

    Reazioni
        560
    Messaggi
        1.877
    Iscritto dal
        22. agosto 2017
      □ 7. marzo 2024 alle 09:30
      □ #3

    Anche la mia faceva così: era il sensore della temperatura, costa poco.

    Mi piace 1
      □ Segnala
      □ Cita
  • [a11-402-128]
    Lupo_71
    Principiante

    Reazioni
        3
    Messaggi
        12
    Iscritto dal
        3. gennaio 2024
    Città
        Bergamo
      □ 8. marzo 2024 alle 18:05
      □ Autore
      □ #4

    Batteria nuova da un mese. Proverò a guardare il sensore, grazie.

      □ Segnala
      □ Cita
  • [b27-88-128]
    Teresa
    Moderatore

    Reazioni
        1.204
    Messaggi
        4.310
    Iscritto dal
        9. aprile 2011
    Città
        Pavia
      □ 8. marzo 2024 alle 19:00
      □ #5

    Fai sapere, così segniamo la discussione come risolta.

    Questo messaggio è stato modificato 1 volta, l'ultima da „Teresa“ (8. marzo
    2024 alle 19:04).

    Mi piace 4
      □ Segnala
      □ Cita
  • [c30-915-128]
    Gianni R.
    Esperto

    Reazioni
        560
    Messaggi
        1.877
    Iscritto dal
        22. agosto 2017
      □ 9. marzo 2024 alle 07:50
      □ #6

    Se lo cambi, metti un po' di pasta termica sul filetto.

    Mi piace 3
      □ Segnala
      □ Cita
"""


def _authors(text: str) -> list[str | None]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [c.author for c in page.walk()]


def test_a_card_closed_by_a_place_gives_the_name_over_it() -> None:
    assert _authors(DUTCH) == ["PietV", "Marijke", "Koos", "PietV", "Marijke", "Henk_B", "Koos"]


def test_a_card_closed_by_another_field_in_lynx() -> None:
    assert _authors(ENGLISH_LYNX) == ["ridgeline_rob", "Gwen", "Dai_Jones", "ridgeline_rob"]


def test_a_card_in_w3m_under_the_avatar_placeholder() -> None:
    assert _authors(ITALIAN_W3M) == [
        "Lupo_71",
        "Teresa",
        "Gianni R.",
        "Lupo_71",
        "Teresa",
        "Gianni R.",
    ]


def _rows(*texts: str) -> list[OutlineNode]:
    return [OutlineNode(None, t, 1, 1, 0, len(t), False) for t in texts]


def test_field_values_are_read_only_from_a_card_run() -> None:
    card = _rows("Ann", "Member", "Posts", "12", "Joined", "May 2020", "City", "Leeds", "May 3")
    assert _field_values(card, [list(range(9))], {"posts", "joined", "city"}) == {"leeds"}


def test_controls_over_the_next_name_are_no_card() -> None:
    """A post's controls and counts over the next post's name ("Read more" over "Like"
    over "412" over "Dislike" over "@ann" over its date): the run stands under a
    line of the template, no card's own line; two pairs are too few too."""
    tail = _rows("Read more", "Like", "412", "Share", "3", "Dislike", "@ann", "2 years ago")
    constants = {"read more", "like", "share", "dislike"}
    assert _field_values(tail, [list(range(8))], constants) == frozenset()
    short = _rows("Ann", "Member", "Posts", "12", "City", "Leeds", "May 3")
    assert _field_values(short, [list(range(7))], {"posts", "city"}) == frozenset()
