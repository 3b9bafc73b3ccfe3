"""Ages in Italian ("2 anni fa", "un'ora fa", "una settimana fa"), Finnish ("3 tuntia
sitten"), Romanian ("acum 2 zile") and Vietnamese ("5 ngày trước") read as dates, and
counted back from the crawl date (`dates._UNIT_WORDS`, `_AGO`, `_AGO_BEFORE`, the word
ages of `_DATE_FORMS[10]`): a comment header of a name and such an age is a header.

Every fixture here is invented.
"""

from __future__ import annotations

from datetime import datetime

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.dates import find_date, resolve_date

CRAWLED = datetime(2024, 5, 1, 12, 0)


@pytest.mark.parametrize(
    ("line", "back"),
    [
        ("2 anni fa", datetime(2022, 5, 1, 0, 0)),
        ("11 mesi fa", datetime(2023, 6, 1, 0, 0)),
        ("3 giorni fa", datetime(2024, 4, 28, 0, 0)),
        ("5 ore fa", datetime(2024, 5, 1, 7, 0)),
        ("2 settimane fa", datetime(2024, 4, 17, 0, 0)),
        ("3 tuntia sitten", datetime(2024, 5, 1, 9, 0)),
        ("2 vuotta sitten", datetime(2022, 5, 1, 0, 0)),
        ("acum 2 zile", datetime(2024, 4, 29, 0, 0)),
        ("acum 3 luni", datetime(2024, 2, 1, 0, 0)),
        ("5 ngày trước", datetime(2024, 4, 26, 0, 0)),
    ],
)
def test_an_age_is_a_date_counted_back(line: str, back: datetime) -> None:
    match = find_date(f"Ann · {line}")
    assert match is not None and match.group(0) == line
    when, _ = resolve_date(line, CRAWLED)
    assert when is not None and abs(when - back).total_seconds() <= 3600 * 24


@pytest.mark.parametrize(
    "line", ["un anno fa", "un'ora fa", "una settimana fa", "pochi secondi fa"]
)
def test_italian_ages_without_a_digit(line: str) -> None:
    match = find_date(line)
    assert match is not None and match.group(0) == line


@pytest.mark.parametrize(
    "line", ["Ho 3 anni di esperienza", "fa freddo da 3 giorni", "Ora vado", "La mese fa"]
)
def test_words_that_are_no_age(line: str) -> None:
    assert find_date(line) is None


COMMENT = """\
![{name}](/avatars/{n}.png)

{name}

{age}

{body}

Rispondi

"""

ROWS = [
    ("Marta Gualtieri", "2 anni fa", "Che bella gita, la salita al rifugio sembra dura."),
    ("Renzo Pace", "11 mesi fa", "L'ho fatta a ottobre con la nebbia: consiglio le ghette."),
    ("Lidia Ferro", "3 settimane fa", "Ci sono fontane lungo il sentiero o bisogna portare acqua?"),
    ("Marta Gualtieri", "un'ora fa", "Una sola, al bivio: portate almeno un litro a testa."),
]


def test_a_blog_s_italian_comments_by_their_ages() -> None:
    comments = "".join(
        COMMENT.format(name=name, n=n, age=age, body=body)
        for n, (name, age, body) in enumerate(ROWS)
    )
    text = f"Il sentiero dei larici\n\nUn giro ad anello in Val Grande.\n\n4 commenti\n\n{comments}"
    page = threadparse.parse(text)
    found = list(page.walk())
    assert [c.author for c in found] == [name for name, _, _ in ROWS]
    assert [c.date for c in found] == [age for _, age, _ in ROWS]
    assert_nothing_lost(page, text)
