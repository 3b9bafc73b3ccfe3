"""A header that names its poster after the date and a posting label ("DATE inviato
da Ann Lee", "DATE posted by Ann Lee", "DATE geschrieben von Ann Lee"), perhaps after a
permalink's text and the avatar's text before the date ("Link al commento Ann Lee
DATE inviato da Ann Lee"): the name after the label is the author where the words
before the date end in it too (`lines._signed_after`, `lines._by_label`); a sentence
that ends in "by NAME" after a date is no header. Where the converter wrapped the
name onto the next line, the name there is the author (`names._led`).

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L

PAGE = """\
{title}

{article}

3 {count}

  • {link} Rosalba Pinna {date1} {label} Rosalba Pinna

    {body1}

  • {link} Tore Lai {date2} {label} Tore Lai

    {body2}

  • {link} Rosalba Pinna {date3} {label} Rosalba Pinna

    {body3}
"""

CASES = [
    {
        "title": "Restauro di una Lambretta del 1961",
        "article": "Il telaio è tornato dalla sabbiatura.",
        "count": "commenti",
        "link": "Link al commento",
        "label": "inviato da",
        "date1": "Lunedì, 08 Aprile 2024 09:14",
        "date2": "Lunedì, 08 Aprile 2024 11:40",
        "date3": "Martedì, 09 Aprile 2024 08:22",
        "body1": "Che colore avete scelto per la scocca?",
        "body2": "Il grigio originale, codice 1961.",
        "body3": "Bellissimo, complimenti a tutti.",
    },
    {
        "title": "Restoring a 1961 scooter",
        "article": "The frame is back from sandblasting.",
        "count": "comments",
        "link": "Permalink",
        "label": "posted by",
        "date1": "April 8, 2024 9:14 am",
        "date2": "April 8, 2024 11:40 am",
        "date3": "April 9, 2024 8:22 am",
        "body1": "Which colour did you pick for the body?",
        "body2": "The original grey, code 1961.",
        "body3": "Beautiful work, well done.",
    },
    {
        "title": "Ein Motorroller von 1961",
        "article": "Der Rahmen ist vom Sandstrahlen zurück.",
        "count": "Kommentare",
        "link": "Kommentar-Link",
        "label": "geschrieben von",
        "date1": "8. April 2024 09:14",
        "date2": "8. April 2024 11:40",
        "date3": "9. April 2024 08:22",
        "body1": "Welche Farbe habt ihr gewählt?",
        "body2": "Das originale Grau.",
        "body3": "Wunderschön, gratuliere.",
    },
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case["label"])
def test_the_name_after_the_posting_label_is_the_author(case: dict[str, str]) -> None:
    text = PAGE.format(**case)
    page = threadparse.parse(text)
    assert [(c.author, c.date) for c in page.walk()] == [
        ("Rosalba Pinna", case["date1"]),
        ("Tore Lai", case["date2"]),
        ("Rosalba Pinna", case["date3"]),
    ]
    assert_nothing_lost(page, text)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Lunedì, 08 Aprile 2024 09:14 inviato da Rosalba Pinna", "Rosalba Pinna"),
        (
            "Link al commento Rosalba Pinna 08 Aprile 2024 09:14 inviato da Rosalba Pinna",
            "Rosalba Pinna",
        ),
        ("We went out on the lake twice April 8, 2024 by Rosalba Pinna", None),
        ("Link al commento Tore Lai 08 Aprile 2024 09:14 inviato da Rosalba Pinna", None),
    ],
)
def test_only_the_name_printed_before_the_date_too_is_read(line: str, author: str | None) -> None:
    header = L.read_header(line)
    if author is not None:
        assert header is not None and header.author == author
    else:  # (a sentence, or a name after the label that is not the one before the date)
        assert header is None or header.author != "Rosalba Pinna"


# w3m wrapped the header after the label: the name is the line under it
WRAPPED = """\
Restauro di una Lambretta del 1961

Il telaio è tornato dalla sabbiatura.

3 commenti

  • Link al commento Rosalba Pinna Lunedì, 08 Aprile 2024 09:14 inviato da
    Rosalba Pinna
    Che colore avete scelto per la scocca?
  • Link al commento Tore Lai Lunedì, 08 Aprile 2024 11:40 inviato da
    Tore Lai
    Il grigio originale, codice 1961.
  • Link al commento Ilaria Sanna Deiana Martedì, 09 Aprile 2024 08:22 inviato da
    Ilaria Sanna Deiana
    Bellissimo, complimenti a tutti.
"""


def test_the_name_wrapped_under_the_label_is_the_author() -> None:
    page = threadparse.parse(WRAPPED)
    assert [c.author for c in page.walk()] == ["Rosalba Pinna", "Tore Lai", "Ilaria Sanna Deiana"]
    assert_nothing_lost(page, WRAPPED)
