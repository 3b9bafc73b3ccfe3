"""A forum's opening post printed as plain lines over its replies printed as list
items, read where the converters print the page otherwise than resiliparse does.

- The poster's card on the opening post's name line ("Kasimir_T Beiträge 212
  Registriert seit …") wrapped by w3m, lynx and html2text at 80 columns onto the line
  under it, the date line right under the wrapped lines or after a blank line: the
  name line is read over the lines it was wrapped onto (a line ending near the
  converter's width, no blank line under it), the wrapped lines taken as its header's.
  A short name line over a line over the date is no wrapped card.
- html2text prints each reply's item ("  * Ann", "    * Ben" one level down) with the
  item's lines after its first at the margin (the date, the body): the replies read as
  a flat post list, the stamps all at one column. The items' columns nest the posts,
  and the opening post over the list is found as over item threads. Items all at one
  column, or each right of the one before (a staircase), nest nothing.
"""

from __future__ import annotations

import pytest

import threadparse

W3M = """\
Routerwelt

  • Forum
  • Ratgeber
  • Anmelden

 1. Forum
 2. Netzwerk

Gelöst

Repeater verliert nachts die Verbindung zum Hauptrouter

Kasimir_T Beiträge 212 Registriert seit Montag 3. April 2023 Status Mitglied
Zuletzt aktiv 9. Mai 2024
Gepostet am 4. Mai 2024 um 09:10

Hallo zusammen,

seit dem letzten Update verliert mein Repeater jede Nacht gegen drei Uhr die
Verbindung zum Hauptrouter und kommt erst nach einem Neustart zurück.

Hat jemand eine Idee, woran das liegen kann?

Antworten Melden

4 Antworten

  • Ottilie Brandt - 4. Mai 2024 um 10:02

    Schau mal, ob der Router nachts einen Kanalwechsel macht. Das steht meist
    im Protokoll unter System.

    Antworten Melden
      ▪ Kasimir_T - 4. Mai 2024 um 11:15

        Tatsächlich, um 03:00 wechselt er von Kanal 6 auf Kanal 11.

        Antworten Melden
  • Ruben_K - 5. Mai 2024 um 08:40

    Den Kanal fest einstellen, dann ist Ruhe.

    Antworten Melden
      ▪ Kasimir_T - 5. Mai 2024 um 19:30

        Hat funktioniert, danke euch!

        Antworten Melden
"""

LYNX = """\
   [1]Routerwelt
     * [2]Forum
     * [3]Ratgeber
     * [4]Anmelden

    1. [5]Forum
    2. [6]Netzwerk

   Gelöst

   Repeater verliert nachts die Verbindung zum Hauptrouter

   [7]Kasimir_T Beiträge 212 Registriert seit Montag 3. April 2023 Status
   Mitglied Zuletzt aktiv 9. Mai 2024

   Gepostet am 4. Mai 2024 um 09:10

   Hallo zusammen,

   seit dem letzten Update verliert mein Repeater jede Nacht gegen drei
   Uhr die Verbindung zum Hauptrouter und kommt erst nach einem Neustart
   zurück.

   Hat jemand eine Idee, woran das liegen kann?

   (BUTTON) Antworten (BUTTON) Melden

4 Antworten

     * [8]Ottilie Brandt - 4. Mai 2024 um 10:02
       Schau mal, ob der Router nachts einen Kanalwechsel macht. Das steht
       meist im Protokoll unter System.
       (BUTTON) Antworten (BUTTON) Melden
          + [9]Kasimir_T - 4. Mai 2024 um 11:15
            Tatsächlich, um 03:00 wechselt er von Kanal 6 auf Kanal 11.
            (BUTTON) Antworten (BUTTON) Melden
     * [10]Ruben_K - 5. Mai 2024 um 08:40
       Den Kanal fest einstellen, dann ist Ruhe.
       (BUTTON) Antworten (BUTTON) Melden
          + [11]Kasimir_T - 5. Mai 2024 um 19:30
            Hat funktioniert, danke euch!
            (BUTTON) Antworten (BUTTON) Melden
"""

HTML2TEXT = r"""
[Routerwelt](/)

  * Forum
  * Ratgeber
  * Anmelden

  1. Forum
  2. Netzwerk

Gelöst

# Repeater verliert nachts die Verbindung zum Hauptrouter

[Kasimir_T](/profil/Kasimir_T) Beiträge 212 Registriert seit Montag 3. April
2023 Status Mitglied Zuletzt aktiv 9. Mai 2024

Gepostet am 4. Mai 2024 um 09:10

Hallo zusammen,

seit dem letzten Update verliert mein Repeater jede Nacht gegen drei Uhr die
Verbindung zum Hauptrouter und kommt erst nach einem Neustart zurück.

Hat jemand eine Idee, woran das liegen kann?

Antworten Melden

## 4 Antworten

  * [Ottilie Brandt](/profil/Ottilie_Brandt) \- 4. Mai 2024 um 10:02

Schau mal, ob der Router nachts einen Kanalwechsel macht. Das steht meist im
Protokoll unter System.

Antworten Melden

    * [Kasimir_T](/profil/Kasimir_T) \- 4. Mai 2024 um 11:15

Tatsächlich, um 03:00 wechselt er von Kanal 6 auf Kanal 11.

Antworten Melden

  * [Ruben_K](/profil/Ruben_K) \- 5. Mai 2024 um 08:40

Den Kanal fest einstellen, dann ist Ruhe.

Antworten Melden

    * [Kasimir_T](/profil/Kasimir_T) \- 5. Mai 2024 um 19:30

Hat funktioniert, danke euch!

Antworten Melden
"""

ITEMS = r"""
[Taloforum](/)

  * Discussions
  * Sign in

  1. Discussions
  2. Garden

# Apple tree leaves curling in June

Halvard

2024-06-11 08:05 3 210 6 answers

Our young apple tree has leaves curling inward since the start of June. The
undersides are sticky and there are small black dots on the new shoots.

Should I spray something or wait it out?

Reply Like 2 Report

## 6 answers

Sort: Oldest Newest

  * Marit Sollie

2024-06-11 08:40

Sticky leaves and black dots sound like aphids. Look under the leaves with a
magnifying glass before you spray anything.

Like 5 Comment Report 2 comments

    * Halvard

2024-06-11 09:12

Yes, there are tiny green ones everywhere under the leaves.

Like Report

    * Marit Sollie

2024-06-11 09:30

Then a soap solution every third day will do, no poison needed.

Like Report

  * gardener_olli

2024-06-11 12:02

Ladybirds will clean them up within a couple of weeks if you let them.

Like 1 Comment Report 1 comment

    * Halvard

2024-06-12 07:45

Saw the first ladybird this morning, so we will wait.

Like Report

  * Bente R.

2024-06-13 18:20

Ants farm the aphids too, put a glue band around the trunk.

Like Report
"""

CARD_AUTHORS = ["Kasimir_T", "Ottilie Brandt", "Kasimir_T", "Ruben_K", "Kasimir_T"]


@pytest.mark.parametrize("dump", [W3M, LYNX, HTML2TEXT], ids=["w3m", "lynx", "html2text"])
def test_wrapped_card_over_the_date_opens_the_thread(dump: str) -> None:
    page = threadparse.parse(dump)
    assert [c.author for c in page.walk()] == CARD_AUTHORS
    assert [c.depth for c in page.walk()] == [0, 0, 1, 0, 1]
    opener = page.comments[0]
    assert opener.date == "Gepostet am 4. Mai 2024 um 09:10"
    assert opener.blocks[0].text == "Hallo zusammen,"
    assert "Zuletzt aktiv" not in opener.text
    assert "Hallo zusammen" not in page.article.text


def test_short_name_line_over_a_line_over_the_date_is_no_wrapped_card() -> None:
    dump = W3M.replace(
        "Kasimir_T Beiträge 212 Registriert seit Montag 3. April 2023 Status Mitglied\n",
        "Kasimir_T Beiträge 212\n",
    )
    page = threadparse.parse(dump)
    assert [c.author for c in page.walk()] == CARD_AUTHORS[1:]


def test_wrapped_line_not_opened_by_an_author_is_no_card() -> None:
    dump = W3M.replace("Kasimir_T Beiträge", "Kasimira Beiträge", 1)
    page = threadparse.parse(dump)
    assert [c.author for c in page.walk()] == CARD_AUTHORS[1:]


ITEM_AUTHORS = [
    "Halvard",
    "Marit Sollie",
    "Halvard",
    "Marit Sollie",
    "gardener_olli",
    "Halvard",
    "Bente R.",
]


def test_unindented_item_replies_nest_by_their_items_columns() -> None:
    page = threadparse.parse(ITEMS)
    assert [c.author for c in page.walk()] == ITEM_AUTHORS
    assert [c.depth for c in page.walk()] == [0, 0, 1, 1, 0, 1, 0]
    opener = page.comments[0]
    assert opener.date == "2024-06-11 08:05"
    assert opener.blocks[0].text.startswith("Our young apple tree")
    assert page.comments[1].children[1].parent is page.comments[1]


def test_a_third_level_and_a_bare_opening_date() -> None:
    dump = ITEMS.replace("2024-06-11 08:05 3 210 6 answers", "2024-06-11 08:05").replace(
        "    * Marit Sollie", "      * Marit Sollie"
    )
    page = threadparse.parse(dump)
    assert [c.author for c in page.walk()] == ITEM_AUTHORS
    assert [c.depth for c in page.walk()] == [0, 0, 1, 2, 0, 1, 0]
    assert page.comments[0].date == "2024-06-11 08:05"


def test_items_at_one_column_nest_nothing() -> None:
    page = threadparse.parse(ITEMS.replace("    * ", "  * "))
    assert [c.author for c in page.walk()] == ITEM_AUTHORS
    assert all(c.depth == 0 for c in page.walk())


def test_a_staircase_of_items_nests_nothing() -> None:
    head, sort, replies = ITEMS.partition("Sort: Oldest Newest\n")
    steps = iter(range(2, 40, 2))  # (each reply's item two columns right of the last)
    stairs = [
        " " * next(steps) + line.lstrip() if line.lstrip().startswith("* ") else line
        for line in replies.splitlines()
    ]
    page = threadparse.parse(head + sort + "\n".join(stairs) + "\n")
    assert [c.author for c in page.walk()] == ITEM_AUTHORS
    assert all(c.depth == 0 for c in page.walk())
