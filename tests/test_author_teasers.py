"""A list of the article's author's other pages after the comments, each item headed
as a comment is but with more fields after its date ("Peter Kern / 05.11.2023 / 10:00 /
110" over a title and an excerpt, under comments headed "Ann / 07.11.2023"): those
items are no comments, and the last comment ends over them. Comments
whose headers change shape further down, by different posters, stay comments.
Invented pages in the shape of a newspaper's reader letters."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

LETTERS = [
    ("Jana Wolter", "07.11.2023", "Ein sehr treffender Beitrag, dem ich nur zustimmen kann."),
    (
        "Dr. Kurt Aschen",
        "07.11.2023",
        "Die Zahlen im zweiten Absatz sind leider nicht mehr aktuell.",
    ),
    (
        "Rolf Brandt",
        "07.11.2023",
        "Wer die Debatte verfolgt hat, wundert sich über gar nichts mehr.",
    ),
    (
        "M. Ostheim",
        "08.11.2023",
        "Genau so habe ich es in meiner Stadt auch erlebt, Wort für Wort.",
    ),
]
TEASERS = [
    (
        "05.11.2023 / 10:00 / 110",
        "Auf den Straßen der Städte",
        "In vielen Städten wurde gestern lautstark protestiert, und kaum jemand hat es bemerkt…",
    ),
    (
        "30.10.2023 / 12:00 / 43",
        "Die Kampagne mit dem Eichhörnchen",
        "Sie kommen unschuldig daher, die Aufrufe, sich für den Notfall Vorräte anzulegen…",
    ),
    (
        "19.10.2023 / 15:30 / 47",
        "Das neue Feindbild",
        "Natürlich gehört auch die Einmischung in die Politik zu den Aufgaben eines Verbands…",
    ),
    (
        "18.10.2023 / 12:00 / 10",
        "Kein Wort zur Wahl?",
        "Polen hat gewählt, und nicht nur die Liberalen des Landes feiern das Ergebnis…",
    ),
]


@pytest.mark.parametrize("separator", [" / ", " | "])
def test_the_authors_other_pages_after_the_comments_are_no_comments(separator: str) -> None:
    def header(*fields: str) -> str:
        return separator.join(fields)

    byline = header("Peter Kern", "07.11.2023", "09:30", "Foto: Archiv", "4", "Seite drucken")
    lines = ["Ein Abend im Rathaus", byline, ""]
    lines += ["Der Artikel selbst, ein langer Absatz über einen Abend im Rathaus der Stadt.", ""]
    lines += ["Leserpost (4)", ""]
    for name, date, body in LETTERS:
        lines += [header(name, date), body, ""]
    lines += ["Verwandte Themen", ""]
    for fields, title, excerpt in TEASERS:
        lines += [header("Peter Kern", *fields.split(" / ")), "", title, "", excerpt, ""]
    text = "\n".join(lines) + "\n"
    page = threadparse.parse(text)
    assert [(c.author, c.text) for c in page.walk()] == [(n, b) for n, _, b in LETTERS]
    assert "Verwandte Themen" in [f.text for f in page.furniture]  # (the list: the page's)
    assert_nothing_lost(page, text)


def test_headers_that_change_shape_by_several_posters_stay_comments() -> None:
    """The later comments print their time after the date (another day's template):
    several posters, so still comments."""
    later = [
        ("Ute Brand", "09.11.2023 / 10:02", "Ich sehe das ganz anders als die meisten hier."),
        ("Hans Roth", "09.11.2023 / 11:40", "Ein Leserbrief mehr, der das Thema verfehlt, leider."),
        ("Eva Lind", "09.11.2023 / 12:15", "Danke für die klaren Worte, das musste gesagt werden."),
    ]
    lines = ["Ein Abend im Rathaus", "", "Der Artikel, ein langer Absatz über den Abend.", ""]
    for name, date, body in LETTERS + later:
        lines += [f"{name} / {date}", body, ""]
    page = threadparse.parse("\n".join(lines) + "\n")
    assert [c.author for c in page.walk()] == [n for n, _, _ in LETTERS + later]
