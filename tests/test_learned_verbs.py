"""A theme's "NAME says:" in a language whose verb no list here holds ("säger:",
"dedi ki:", "قال:"): the verb is learned from the page, where three lines or more end in
it after two names or more, each line nothing but a name of a few words and the verb
(`lines.repeated_verbs`, read while the page is built: `lines.page_verbs`). Words that
close list entries otherwise (a recipe's "Für den Teig:", a capitalised label, one name
asking three times) teach nothing.

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L

THREAD = """\
Så tovar du en sittdyna av ull

Ull, grönsåpa och varmt vatten räcker långt.

4 kommentarer

  1. Maria Sundberg {verb}

    Så fin beskrivning! Hur mycket krympte dynan ungefär från början till slut?

    3 mars 2024 kl. 19:22
    Svara
    • Karin Lindqvist {verb}

      Ungefär trettio procent, jag började med femtio gånger femtio centimeter.

      3 mars 2024 kl. 20:05
      Svara
  2. Erik Johansson {verb}

    Kan man använda vanligt diskmedel i stället för grönsåpa?

    4 mars 2024 kl. 12:30
    Svara
  3. Lena Berg {verb}

    Jag tovade en till katten, den ligger på den varje dag nu.

    5 mars 2024 kl. 08:10
    Svara
"""

AUTHORS = [("Maria Sundberg", 0), ("Karin Lindqvist", 1), ("Erik Johansson", 0), ("Lena Berg", 0)]


@pytest.mark.parametrize("verb", ["säger:", "dedi ki:", "قال:", "nói..."])
def test_a_verb_the_page_repeats_after_names_makes_headers(verb: str) -> None:
    text = THREAD.format(verb=verb)
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == AUTHORS
    assert_nothing_lost(page, text)


def test_html2text_names_in_bold_after_a_picture_teach_the_verb_too() -> None:
    lines = [f"![](https://x.invalid/a{n}.png)**{name}** säger:" for n, name in enumerate("ABC")]
    assert L.repeated_verbs([*lines, "Ann"]) == {"säger:"}


@pytest.mark.parametrize(
    "lines",
    [
        ["Für den Teig:", "Für die Füllung:", "Für die Soße:"],  # (no verb repeats)
        ["Ann Lee Moderator:", "Bo Tran Moderator:", "Cy Ek Moderator:"],  # (a label)
        ["Ann fragt:", "Ann fragt:", "Ann fragt:"],  # (one name)
        ["Ann säger:", "Bo säger:"],  # (two lines)
        ["Step 1 säger:", "Step 2 säger:", "Step 3 säger:"],  # (digits: no names)
        ["Ann says:", "Bo says:", "Cy says:"],  # (known already)
    ],
)
def test_what_teaches_no_verb(lines: list[str]) -> None:
    assert L.repeated_verbs(lines) == frozenset()


def test_a_recipes_headings_stay_the_articles() -> None:
    text = (
        "Zimtschnecken\n\nEin Rezept für zwölf Stück.\n\n"
        "  • Für den Teig:\n    500 g Mehl, 80 g Zucker\n"
        "  • Für die Füllung:\n    100 g Butter, Zimt\n"
        "  • Für die Glasur:\n    Puderzucker und Zitrone\n"
    )
    page = threadparse.parse(text)
    assert list(page.walk()) == []
    assert_nothing_lost(page, text)


def test_a_surname_shared_before_the_verb_is_no_part_of_it() -> None:
    lines = ["Ann Lee säger:", "Bo Lee säger:", "Cy Lee säger:"]
    assert L.repeated_verbs(lines) == {"säger:"}


def test_w3m_pictures_glued_before_the_names_teach_the_verb_too() -> None:
    lines = ["[00004bc]أحمد الخطيب قال:", "[000096f]ليلى الحسيني قال:", "[00004bc]سامي قال:"]
    assert L.repeated_verbs(lines) == {"قال:"}
