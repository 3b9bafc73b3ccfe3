"""Ages printed in a letter or two ("3y ago", "Answered 8mo ago", "Ann Lee·3y"), the
picture's text "Profile photo for NAME" before a name, a poster's line about
themselves before a labelled date ("Engineer (2009–present)·Answered 3y ago"), a date in
parentheses after a name ("Ann (2 hours ago)"), and a page's log of events
("ann added tag 'recurring' (1h ago)") that is no comment. Invented lines and a page."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L
from threadparse.dates import find_date
from threadparse.outline import OutlineNode
from threadparse.posts import read_stamp


@pytest.mark.parametrize(
    "line, date",
    [
        ("Answered 3y ago", "3y ago"),
        ("Answered 8mo ago", "8mo ago"),
        ("edited 2d ago", "2d ago"),
        ("Desmond Achebe·3y", "3y"),
        ("Ann · 2h", "2h"),
        # a bar of controls closed by an age abbreviated in other languages
        ("Curtir · Responder · 7 · 38 sem", "38 sem"),
        ("J'aime · Répondre · 3 j", "3 j"),
        ("Gefällt mir · Antworten · 2 Std.", "2 Std."),
        ("Me gusta · Responder · 1 a", "1 a"),
    ],
)
def test_compact_ages(line: str, date: str) -> None:
    match = find_date(line)
    assert match is not None and match.group() == date


@pytest.mark.parametrize(
    "line",
    [
        "I printed it in 3d",
        "5m",
        "a 3y warranty",
        "ran 10k ago",
        "Tomatoes · Basil · 3 sem seeds",  # (the age closes the bar: nothing after it)
        "Chapter · 3 apples",  # (a word, not an age's letters)
    ],
)
def test_no_compact_age(line: str) -> None:
    assert find_date(line) is None


@pytest.mark.parametrize(
    "line, author",
    [
        ("Desmond Achebe-Rowe·3y", "Desmond Achebe-Rowe"),
        ("Ann (2 hours ago)", "Ann"),
        ("Ann Lee (May 3, 2021)", "Ann Lee"),
        ("Profile photo for Callista Varga", None),
    ],
)
def test_headers(line: str, author: str | None) -> None:
    header = L.read_header(line)
    assert (header.author if header else None) == author


def test_alt_text_for_names_its_owner() -> None:
    assert L.alt_text_owner("Profile photo for Callista Varga") == "Callista Varga"


def test_an_event_is_no_header() -> None:
    assert L.read_header("mossgarden added tag 'recurring' (1h ago)") is None


def test_a_line_about_the_poster_labels_the_date() -> None:
    text = "Structural engineer, bridge inspection (2009–present)·Answered 3y ago"
    stamp = read_stamp(OutlineNode(None, text, 1, 1, 0, len(text), False))
    assert stamp is not None and stamp.key[-1] == "Answered" and stamp.author is None


PAGE = """\
Why do old barns lean to the east?
Profile photo for Ilse Marwick
Ilse Marwick·
Timber framer (2004–present)·Answered 3y ago

The prevailing wind here is from the west, and a barn that has stood for a century has simply been pushed by it, a little every winter.

1.1K upvotes·View 4 comments
Add a comment...
Profile photo for Tobiah Renn
Tobiah Renn·3y

So bracing on the west side would have stopped it?

Profile photo for Ilse Marwick
Ilse Marwick·3y

Knee braces on both sides, and a sound sill. Most of the lean starts where the sill has rotted.

Profile photo for Greer Callow
Greer Callow·2y

Ours leans north, which ruins the theory for our valley at least.

Related questions
"""  # noqa: E501


def test_comments_headed_name_and_age() -> None:
    page = threadparse.parse(PAGE)
    authors = [c.author for c in page.walk()]
    assert authors[-3:] == ["Tobiah Renn", "Ilse Marwick", "Greer Callow"]
    assert "Knee braces" in list(page.walk())[-2].text
    assert_nothing_lost(page, PAGE)


# a comments plugin in Portuguese: name, a line about the poster perhaps, the body, then a
# bar of controls closed by the age ("38 sem": weeks, "3 d": days)
PLUGIN = """\
Moedores manuais para iniciantes

Um texto do artigo, longo o bastante para ser prosa e nenhum cabeçalho de comentário.

3 comentários
Classificar por
Mais relevantes
Renata Albuquerque
Trabalha na Padaria Pão de Mel
Comprei o moedor de manivela que você indicou e a diferença no coado é enorme.
Curtir · Responder · 7 · 38 sem
Joaquim Teixeira
Moedor manual para espresso é sofrimento, sejamos sinceros. Para coado tudo bem.
Curtir · Responder · 2 · 38 sem
Otávio Nascimento
Excelente post, salvei aqui para ler com calma depois do trabalho.
Curtir · Responder · 3 d
Plugin de comentários
"""


def test_bars_closed_by_ages_in_other_languages() -> None:
    page = threadparse.parse(PLUGIN)
    assert [c.date for c in page.walk()] == ["38 sem", "38 sem", "3 d"]
    assert [c.author for c in page.walk()][1:] == ["Joaquim Teixeira", "Otávio Nascimento"]
    assert_nothing_lost(page, PLUGIN)
