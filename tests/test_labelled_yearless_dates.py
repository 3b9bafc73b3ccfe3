"""A day and month with no year right after a stamp's label, closing the line, is the
post's date ("Opublikowano 5 marca", "Geschrieben 5. März", "Publié le 5 mars", as
Invision and other boards print the current year's): boards that show no other date
are read. In prose, without the label or with words after the date ("we met on 5
March", "am 3. Mai kam er", "opublikowano 5 marca w gazecie"), it stays a day and a
month. (Invented boards and posts.)"""

from __future__ import annotations

import pytest
from tests.conftest import assert_nothing_lost

import threadparse
from threadparse import dates
from threadparse import lines as L


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Opublikowano 5 marca", "5 marca"),
        ("Geschrieben 5. März", "5. März"),
        ("Publié le 12 avril", "12 avril"),
        ("Posté(e) le 5 mars", "5 mars"),
        ("Publicado el 3 de mayo", "3 de mayo"),
        ("Опубликовано 5 марта", "5 марта"),
        ("Publikováno dne 5. března", "5. března"),
        ("Geplaatst op 14 mrt.", "14 mrt."),
    ],
)
def test_a_labelled_day_and_month_is_a_date(line: str, date: str) -> None:
    found = dates.find_date(line)
    assert found is not None and found.group() == date
    header = L.read_header(line)
    assert header is not None and header.date == date


@pytest.mark.parametrize(
    "line",
    [
        "we met on 5 March",
        "Wir waren am 3. Mai dort",
        "artykuł opublikowano 5 marca w gazecie lokalnej",
        "The results were posted 5 March.",
        "reposted 5 March",
        "5 marca",  # (a date line, no date inside a line: see `is_date_line`)
    ],
)
def test_a_day_and_month_in_prose_is_no_date(line: str) -> None:
    assert dates.find_date(line) is None


_POSTS = {
    "pl": [
        ("Ola_W", "Zespół", "5 marca", "Mój bonsai z jałowca żółknie od środka. Co robię źle?"),
        ("drzewko77", "Użytkownik", "5 marca", "Podlewasz za często, jałowiec lubi przeschnąć."),
        ("Ola_W", "Zespół", "6 marca", "Przestałam podlewać codziennie, zobaczymy za tydzień."),
        ("Kuba B.", "Nowy", "7 marca", "U mnie pomogło też przeniesienie na balkon."),
    ],
    "de": [
        (
            "Ola_W",
            "Team",
            "5. März",
            "Mein Wacholder-Bonsai wird innen gelb. Was mache ich falsch?",
        ),
        ("drzewko77", "Mitglied", "5. März", "Du gießt zu oft, Wacholder mag es trockener."),
        ("Ola_W", "Team", "6. März", "Ich gieße jetzt seltener und warte eine Woche ab."),
        ("Kuba B.", "Neuling", "7. März", "Bei mir half es, ihn auf den Balkon zu stellen."),
    ],
    "fr": [
        ("Ola_W", "Équipe", "5 mars", "Mon bonsaï de genévrier jaunit de l'intérieur. Une idée ?"),
        ("drzewko77", "Membre", "5 mars", "Tu arroses trop souvent, le genévrier aime sécher."),
        (
            "Ola_W",
            "Équipe",
            "6 mars",
            "J'arrose moins souvent maintenant, on verra dans une semaine.",
        ),
        ("Kuba B.", "Nouveau", "7 mars", "Chez moi, le mettre sur le balcon a beaucoup aidé."),
    ],
}
_WORDS = {  # the label before the date, the posts' count, the quote button
    "pl": ("Opublikowano", "postów", "Zacytuj"),
    "de": ("Geschrieben", "Beiträge", "Zitieren"),
    "fr": ("Publié le", "messages", "Citer"),
}


def _invision_board(language: str) -> str:
    """An Invision-like topic as resiliparse prints it: each post's mobile pane (the
    name twice, the labelled date), the author pane as a list (name, group, posts),
    the labelled date again over the body, the quote button."""
    label, count, quote = _WORDS[language]
    lines = ["Forum Bonsai", "", "Jałowiec żółknie od środka", ""]
    for number, (name, group, date, body) in enumerate(_POSTS[language]):
        lines += [name, "", name, "", f"{label} {date}", "", name, ""]
        lines += [f"  • {name}", f"  • {group}", f"  • {40 + number} {count}"]
        lines += [f"{label} {date}", "", body, "", f"  • {quote}"]
    lines += ["", "Podobne tematy" if language == "pl" else "Dalej", ""]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("language", ["pl", "de", "fr"])
def test_a_board_of_labelled_dates_reads_each_post(language: str) -> None:
    text = _invision_board(language)
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    expected = [(name, date, body) for name, _, date, body in _POSTS[language]]
    assert [(c.author, c.date, c.text) for c in page.walk()] == expected
