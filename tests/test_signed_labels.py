"""A header that prints a label of more than two words before its date and names its
poster only after the date and a posting label ("Link al commento DATE inviato da Ann
Lee": a permalink's text, the avatar's alternative text lost, as html2text's `plain`
reading and inscriptis print it): where the page repeats the same words before every
such date, by two names at least, they are a label and the name after the date is the
author (`lines.signed_labels`, learned per page, read by `lines._signed_after`). A
header whose date is followed by a posting label and a name never takes the words
before the date for the author ("Link al commento", where the page does not repeat
it). An article's byline ("This entry was posted on DATE by Ann", a connector before
the date) and a label repeated before one name only teach nothing.

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L

# html2text: the permalink and the avatar as Markdown, the name linked after the label
HTML2TEXT = """\
# {title}

{article}

### 4 {count}

  * [{link}](/blog/item/9-lambretta#comment81) ![Rosalba Pinna](https://img.example.org/a/81.png) {date1} {label} [Rosalba Pinna](https://pinna.example.org "Rosalba Pinna")

{body1}

[{report}](/blog/item/report/81)

  * [{link}](/blog/item/9-lambretta#comment82) ![Tore](https://img.example.org/a/82.png) {date2} {label} Tore

{body2}

[{report}](/blog/item/report/82)

  * [{link}](/blog/item/9-lambretta#comment83) ![Ilaria Serra](https://img.example.org/a/83.png) {date3} {label} [Ilaria Serra](https://serra.example.org "Ilaria Serra")

{body3}

[{report}](/blog/item/report/83)

  * [{link}](/blog/item/9-lambretta#comment84) ![Tore](https://img.example.org/a/84.png) {date4} {label} Tore

{body4}

[{report}](/blog/item/report/84)
"""  # noqa: E501

# inscriptis: no alternative text, the items indented under the heading
INSCRIPTIS = """\
{title}

{article}

  4 {count}

    * {link} {date1} {label} Rosalba Pinna

      {body1}

      {report}
    * {link} {date2} {label} Tore

      {body2}

      {report}
    * {link} {date3} {label} Ilaria Serra

      {body3}

      {report}
    * {link} {date4} {label} Tore

      {body4}

      {report}
"""

CASES = [
    {
        "title": "Restauro di una Lambretta del 1961",
        "article": "Il telaio è tornato dalla sabbiatura, ora si passa alla vernice.",
        "count": "commenti",
        "link": "Link al commento",
        "label": "inviato da",
        "report": "Segnala",
        "date1": "Lunedì, 08 Aprile 2024 09:14",
        "date2": "Lunedì, 08 Aprile 2024 11:40",
        "date3": "Martedì, 09 Aprile 2024 08:22",
        "date4": "Martedì, 09 Aprile 2024 10:05",
        "body1": "Che colore avete scelto per la scocca?",
        "body2": "Il grigio originale, codice 1961.",
        "body3": "Bellissimo lavoro, complimenti a tutti.",
        "body4": "Grazie Ilaria, alla prossima puntata il motore.",
    },
    {
        "title": "Ein Motorroller von 1961",
        "article": "Der Rahmen ist vom Sandstrahlen zurück, jetzt kommt der Lack.",
        "count": "Kommentare",
        "link": "Link zum Kommentar",
        "label": "geschrieben von",
        "report": "Melden",
        "date1": "8. April 2024 09:14",
        "date2": "8. April 2024 11:40",
        "date3": "9. April 2024 08:22",
        "date4": "9. April 2024 10:05",
        "body1": "Welche Farbe habt ihr gewählt?",
        "body2": "Das originale Grau, Code 1961.",
        "body3": "Wunderschön, gratuliere euch allen.",
        "body4": "Danke Ilaria, als Nächstes kommt der Motor.",
    },
    {
        "title": "Un scooter de 1961",
        "article": "Le cadre est revenu du sablage, place à la peinture.",
        "count": "commentaires",
        "link": "Lien vers ce commentaire",
        "label": "posté par",
        "report": "Signaler",
        "date1": "8 avril 2024 09:14",
        "date2": "8 avril 2024 11:40",
        "date3": "9 avril 2024 08:22",
        "date4": "9 avril 2024 10:05",
        "body1": "Quelle couleur avez-vous choisie ?",
        "body2": "Le gris d'origine, code 1961.",
        "body3": "Magnifique travail, bravo à tous.",
        "body4": "Merci Ilaria, la prochaine fois le moteur.",
    },
]

AUTHORS = ["Rosalba Pinna", "Tore", "Ilaria Serra", "Tore"]


@pytest.mark.parametrize("form", [HTML2TEXT, INSCRIPTIS], ids=["html2text", "inscriptis"])
@pytest.mark.parametrize("case", CASES, ids=lambda case: case["link"])
def test_a_repeated_label_before_the_date_names_no_one(form: str, case: dict[str, str]) -> None:
    text = form.format(**case)
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == AUTHORS
    assert [c.date for c in comments] == [case[f"date{n}"] for n in range(1, 5)]
    assert [c.depth for c in comments] == [0, 0, 0, 0]
    assert comments[1].text.startswith(case["body2"])
    assert_nothing_lost(page, text)


def test_the_label_is_learned_from_repetition_only() -> None:
    lines = [f"Link al commento 8 aprile 2024 inviato da {name}" for name in AUTHORS]
    assert L.signed_labels(lines) == frozenset({"link al commento"})
    one_name = [f"Link al commento {day} aprile 2024 inviato da Tore" for day in (8, 9, 10)]
    assert L.signed_labels(one_name) == frozenset()
    twice = lines[:2]
    assert L.signed_labels(twice) == frozenset()


def test_an_unlearned_label_is_no_author() -> None:
    # the words before a date followed by a posting label and a name name no one
    header = L.read_header("Link al commento Martedì, 09 Aprile 2024 08:22 inviato da Tore")
    assert header is None or header.author != "Link al commento"


# an index of articles: each byline's words before the date end in a connector ("on")
BYLINES = """\
Notes from the workshop

  * Sanding the frame

This entry was posted on April 8, 2024 by Rosalba Pinna

  * Choosing the grey

This entry was posted on April 9, 2024 by Tore Lai

  * The engine, part one

This entry was posted on April 10, 2024 by Ilaria Serra

  * The engine, part two

This entry was posted on April 11, 2024 by Tore Lai
"""


def test_an_articles_byline_teaches_no_label() -> None:
    lines = [line for line in BYLINES.splitlines() if "posted" in line]
    assert L.signed_labels(lines) == frozenset()
    page = threadparse.parse(BYLINES)
    assert not [c for c in page.walk() if c.author in ("Rosalba Pinna", "Tore Lai")]
