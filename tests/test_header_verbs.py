"""The verb after a commenter's name ("NAME says:") in the languages blogs are written
in: a line that ends in one reads as a header, on a list item or alone over the date.
Invented comments in the page layouts converters print (a flat list: the header line,
the date, the body, "Reply"; resiliparse's numbered items)."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import dates
from threadparse import lines as L

VERBS = {
    "ru": ("пишет:", ["Анна Ли", "Борис Марш", "Вера Квилл"], "3 марта 2021 в 10:12"),
    "uk": ("пише:", ["Оксана Коваль", "Петро Лис", "Ірина Бук"], "3 березня 2021 о 10:12"),
    "cs": ("napsal:", ["Jan Novák", "Petr Malý", "Karel Dub"], "3. března 2021 v 10:12"),
    "tr": ("dedi:", ["Ayşe Kaya", "Mehmet Demir", "Elif Şahin"], "3 Mart 2021, 10:12"),
    "el": ("γράφει:", ["Γιώργος Π.", "Μαρία Κ.", "Νίκος Δ."], "3 Μαρτίου 2021, 10:12"),
    "ro": ("a scris:", ["Ana Pop", "Ion Rusu", "Dan Stan"], "3 martie 2021 la 10:12"),
}


@pytest.mark.parametrize("language", sorted(VERBS))
def test_a_name_and_its_verb_read_as_a_header(language: str) -> None:
    verb, names, _ = VERBS[language]
    header = L.read_header(f"{names[0]} {verb}")
    assert header is not None
    assert (header.author, header.evidence) == (names[0], "verb")


def _flat(verb: str, names: list[str], date: str) -> str:
    posts = "".join(
        f"\n{name} {verb}\n{date}\n\nText of comment {number}, long enough to be prose here.\n"
        "\nReply\n"
        for number, name in enumerate(names * 2, start=1)
    )
    return f"A title over the article\n\nThe article's first paragraph, which is prose.\n{posts}"


@pytest.mark.parametrize("language", sorted(VERBS))
def test_a_flat_list_of_headers_with_a_verb(language: str) -> None:
    verb, names, date = VERBS[language]
    text = _flat(verb, names, date)
    page = threadparse.parse(text)
    assert [comment.author for comment in page.walk()] == names * 2
    assert_nothing_lost(page, text)


def test_a_word_that_only_looks_like_a_verb_heads_nothing() -> None:
    assert L.read_header("Последнее, что он пишет") is None


@pytest.mark.parametrize("language", sorted(VERBS))
def test_each_language_s_date_reads(language: str) -> None:
    when = dates.parse_date(VERBS[language][2])
    assert when is not None
    assert (when.year, when.month, when.day, when.hour) == (2021, 3, 3, 10)
