"""Ages whose unit is cut short with a full stop ("5 godz. temu", "2 ч. назад", "vor 5
Std.", "před 3 hod."): a link aggregator prints each comment's header as the name and such
an age, its votes as an item under it (`dates._UNIT_CUT`). Before the word that makes it
an age ("ago", "vor") only: "3 Mio. Jahren" is no date. The votes printed as an item
under the header ("• +48") are the comment's score, not its body (`transform._VOTES`).
Invented page."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

import threadparse
from threadparse.dates import find_date, resolve_date

THREAD = """\
Tramwaj na Górkę Narodową znowu opóźniony

Miasto przesuwa termin otwarcia linii na przyszły rok.

Komentarze (4)

  • {a} {age1}
    • +214

    Budowa trwa od dwóch lat, a ja wciąż jeżdżę autobusem zastępczym.

    • {b} {age2}
      • +48

      @{a}: ten autobus to legenda, stoi w każdym korku na Opolskiej.

  • {c} {age2}
    • +97

    Dla porównania: linia na Ruczaj budowała się ponad trzy lata.

    • {a} {age3}
      • +9

      @{c}: czyli winny jest ciepłociąg? To wiele wyjaśnia.

Dodaj komentarz
"""

AGES = {
    "polish": ("5 godz. temu", "4 godz. temu", "3 min. temu"),
    "russian": ("5 ч. назад", "4 ч. назад", "3 мин. назад"),
    "german": ("vor 5 Std.", "vor 4 Std.", "vor 3 Min."),
    "czech": ("před 5 hod.", "před 4 hod.", "před 3 min."),
}


@pytest.mark.parametrize("language", sorted(AGES))
def test_headers_dated_by_cut_ages(language: str) -> None:
    age1, age2, age3 = AGES[language]
    names = {"a": "zielony_kalafior", "b": "MirekzPradnika", "c": "Szczepan_od_map"}
    page = threadparse.parse(THREAD.format(**names, age1=age1, age2=age2, age3=age3))
    comments = list(page.walk())
    assert [(c.author, c.depth) for c in comments] == [
        ("zielony_kalafior", 0),
        ("MirekzPradnika", 1),
        ("Szczepan_od_map", 0),
        ("zielony_kalafior", 1),
    ]
    assert [c.date for c in comments] == [age1, age2, age2, age3]
    assert comments[1].text.startswith("@zielony_kalafior: ten autobus")


@pytest.mark.parametrize(
    ("line", "age"),
    [
        ("Ann 5 godz. temu", "5 godz. temu"),
        ("Ann · vor 2 Std. · Antworten", "vor 2 Std."),
        ("Bo 12 мин. назад", "12 мин. назад"),
    ],
)
def test_cut_ages_are_dates(line: str, age: str) -> None:
    match = find_date(line)
    assert match is not None and match.group(0) == age


@pytest.mark.parametrize(
    "line", ["vor 3 Mio. Jahren war hier ein Meer", "Es geschah vor 5 Std. Wartezeit", "Nr. 5 ago"]
)
def test_a_cut_word_that_is_no_age(line: str) -> None:
    assert find_date(line) is None


def test_the_votes_item_is_the_score() -> None:
    names = {"a": "ann_k", "b": "bo", "c": "cy"}
    page = threadparse.parse(
        THREAD.format(**names, age1="5 godz. temu", age2="4 godz. temu", age3="3 min. temu")
    )
    first = next(page.walk())
    assert first.text == "Budowa trwa od dwóch lat, a ja wciąż jeżdżę autobusem zastępczym."
    assert [(m.role, m.text) for m in first.meta if m.role == "score"] == [("score", "+214")]


@pytest.mark.parametrize(
    ("age", "hours_back"),
    [("5 godz. temu", 5), ("vor 5 Std.", 5), ("2 ч. назад", 2), ("před 3 hod.", 3)],
)
def test_cut_ages_resolve_against_the_crawl_date(age: str, hours_back: int) -> None:
    crawled = datetime(2024, 6, 1, 12, 0)
    assert resolve_date(age, crawled) == (crawled - timedelta(hours=hours_back), "crawl_date")


def test_a_cut_unit_no_stem_reads_resolves_to_nothing() -> None:
    assert resolve_date("5 xy. ago", datetime(2024, 6, 1)) == (None, None)
