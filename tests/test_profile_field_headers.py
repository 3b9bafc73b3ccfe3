"""A forum's header that closes the poster's name with profile fields, counts with their
nouns ("Bitneuker Lid 8311 berichten" over the date, "Radlerin 2.341 Postings, 87
Follower 5. März 2024, 08:12:40"), a rank's words perhaps between: the fields repeat on
(nearly) every header, so they are the template's and the name is what precedes them; a
word after the first word of two posters' headers is a rank's, and where most names left
are one word, a page of handles, the words after each handle are its ranks and badges
(`posts.shapes.profiled`, `profile_names`; `posts.reading._profiled_names`,
`posts.templates._unprofile_authors`). Invented pages."""

from __future__ import annotations

import pytest

import threadparse

CARD_POSTS = [
    ("Koffiezet", "Topicstarter Lid", "412", "Ik wil mijn oude schijven vervangen door een NAS."),
    ("Bitneuker", "Lid", "8311", "Als je niet wilt sleutelen: neem de kant-en-klare."),
    ("Pietje_Precies", "Lid", "2290", "Een zuinig bordje zit idle rond de twaalf watt."),
    ("Koffiezet", "Topicstarter Lid", "412", "Dat had ik niet verwacht, dank je."),
    ("mod_Hardware", "Moderator Opslag", "15402", "Let op: er is al een groot topic hierover."),
    ("Ruis", "Lid", "930", "Vergeet het geheugen niet, twee gigabyte is krap."),
    ("Bitneuker", "Lid", "8311", "Klopt, upgraden kan maar is officieel niet ondersteund."),
    ("Glasvezel", "Lid", "77", "Ik draai het al jaren zo, het is stabiel."),
]
CARD_LANGUAGES = {
    "nl": ("berichten", "woensdag 3 april 2024 @ 1{n}:22"),
    "en": ("posts", "Wednesday 3 April 2024 @ 1{n}:22"),
    "de": ("Beiträge", "Mittwoch, 3. April 2024, 1{n}:22"),
}


def card_page(language: str) -> str:
    noun, date = CARD_LANGUAGES[language]
    lines = ["NAS of zelfbouw voor thuis?", "", "Pagina: 1 · 8 berichten", ""]
    for n, (name, rank, count, body) in enumerate(CARD_POSTS):
        lines += [f"{name} {rank} {count} {noun}", date.format(n=n), "", body, ""]
    lines += ["Reageer op dit topic", ""]
    return "\n".join(lines)


@pytest.mark.parametrize("language", sorted(CARD_LANGUAGES))
def test_the_name_before_the_rank_and_counts(language: str) -> None:
    comments = list(threadparse.parse(card_page(language)).walk())
    assert [c.author for c in comments] == [name for name, *_ in CARD_POSTS]
    assert [c.text for c in comments] == [body for *_, body in CARD_POSTS]


ONE_LINE_POSTS = [
    (
        "Radlerin aus Ottakring",
        "2.341",
        "87",
        "Endlich! Die Lücke beim Gürtel ist lebensgefährlich.",
    ),
    ("Grätzlforscher", "611", "5", "Und wer räumt im Winter den Schnee?"),
    ("Pendler seit 1998", "12.004", "230", "Ich fahre die Strecke täglich, es wird Zeit."),
    (
        "Radlerin aus Ottakring",
        "2.341",
        "87",
        "Der Winterdienst ist in der Ausschreibung enthalten.",
    ),
]


def test_counts_on_the_name_and_date_line() -> None:
    lines = ["Neuer Radweg in Wien", "", "Die Stadt baut weiter.", "", "Postings", ""]
    for n, (name, posts, followers, body) in enumerate(ONE_LINE_POSTS, 1):
        lines += [f"{name} {posts} Postings, {followers} Follower {n}. März 2024, 08:12:40"]
        lines += [body, ""]
    comments = list(threadparse.parse("\n".join(lines)).walk())
    assert [c.author for c in comments] == [name for name, *_ in ONE_LINE_POSTS]


def test_counts_on_one_header_only_stay_the_name() -> None:
    """One poster whose name ends in a count ("Studio 54 Fans") among names without one:
    no template's fields, the name stays whole."""
    names = ["Studio 54 Fans", "Ann Lee", "Bo Berg", "Cy Dunn"]
    lines = ["A thread", "", "Opening words of the thread here.", ""]
    for n, name in enumerate(names, 1):
        lines += [name, f"March {n}, 2024 at 9:1{n} am", "", f"Reply number {n} says this.", ""]
    comments = list(threadparse.parse("\n".join(lines)).walk())
    assert "Studio 54 Fans" in [c.author for c in comments]
