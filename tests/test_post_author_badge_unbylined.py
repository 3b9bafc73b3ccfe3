"""The badge a theme prints after the post author's name in its comments ("Autor
wpisu", "Post author") comes off where the page prints the name elsewhere without it,
even with no "by" before it (a byline of a date, the name and a count:
"18 marca 2024 Katarzyna Wróbel 13 komentarzy") (`names._bylined`), in brackets or not
("Tom Penrose (Post author)"). A name the page prints only with the badge keeps it.

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

PAGE = """\
Przebudowa ulicy Długiej: objazdy do końca maja

18 marca 2024 {byline} 13 komentarzy drogi, MZK, utrudnienia

Od poniedziałku ulica Długa będzie zamknięta dla ruchu na odcinku od ronda do dworca.

3 komentarze

  * Ania z Podgórza
    18 marca 2024 o 11:02
    Czy autobusy nocne też pojadą objazdem przez Zieloną?
  * Katarzyna Wróbel {badge}
    18 marca 2024 o 13:15
    @Ania z Podgórza – zapytaliśmy w MZK, nocne linie pojadą tak samo jak dzienne.
  * Grzegorz Bąk
    19 marca 2024 o 08:40
    A co z parkingiem przy dworcu, będzie dostępny od strony Zielonej?

Dodaj komentarz
"""


@pytest.mark.parametrize(
    "badge", ["Autor wpisu", "Post author", "(Post author)", "(Autor wpisu)", "Autor de la entrada"]
)
def test_the_post_authors_badge_comes_off(badge: str) -> None:
    text = PAGE.format(byline="Katarzyna Wróbel", badge=badge)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [
        "Ania z Podgórza",
        "Katarzyna Wróbel",
        "Grzegorz Bąk",
    ]
    assert_nothing_lost(page, text)


def test_a_name_printed_only_with_the_badge_keeps_it() -> None:
    text = PAGE.format(byline="Redakcja", badge="Autor wpisu")
    authors = [c.author for c in threadparse.parse(text).walk()]
    assert "Katarzyna Wróbel Autor wpisu" in authors


def test_a_name_printed_only_with_the_badge_in_brackets_keeps_it() -> None:
    text = PAGE.format(byline="Redakcja", badge="(Post author)")
    authors = [c.author for c in threadparse.parse(text).walk()]
    assert "Katarzyna Wróbel (Post author)" in authors
