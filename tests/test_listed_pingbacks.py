"""A theme may list the posts that linked to the page under a heading of their own ("1
Pingback", "Trackbacks & Pingbacks"), each item the linking post's title alone, with no
"Pingback:" word and no excerpt: each item is a pingback (or a trackback, as the
heading's first word says), its title its author (`lines.heads_pings`,
`lines.read_listed_ping`, `transform._read_listed_pings`). The list may stand before the
comments, in the same numbered list, or after them; a heading that says more than that
("Pingbacks are off") lists nothing, and a list under an ordinary heading stays the
page's.

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

AFTER = """\
Walking from Porthcurno to Lamorna

May 3, 2024 / Tom Penrose / 3 Comments

Eleven miles of granite, gorse and a tea room that was closed.

3 Comments

  1. Sam Rowe
    May 4, 2024 at 9:12 am

    Great photo from St Loy's. Adding this to the list for next month.

    Reply
  2. Jo Carne
    May 5, 2024 at 6:40 pm

    Did you take the bus back from Lamorna or walk both ways?

    Reply

{heading}

  1. {first}
  2. {second}

Leave a Reply Cancel reply
"""

BEFORE = """\
Ons eerste jaar met de bakfiets

Een jaar geleden verkochten we de auto. Dit is wat we leerden.

3 reacties

{heading}

  1. {first}
  1. Bram Visser schreef:
    10 februari 2024 om 20:14

    Heel herkenbaar verhaal. Waarom hebben jullie voor twee wielen gekozen?

    Beantwoorden
  2. Femke Jansen schreef:
    11 februari 2024 om 08:02

    Hoe gaat de accu om met de vorst?

    Beantwoorden

Laat een reactie achter
"""

TITLES = (
    "Ten coastal walks for spring – Kernow Rambles",
    "Weekend links: granite, gorse and tea | The Slow Path",
)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("2 Pingbacks", "pingback"),
        ("Pingbacks & Trackbacks", "pingback"),
        ("Trackbacks/Pingbacks:", "trackback"),
        ("#### 2 Pingbacks", "pingback"),  # (html2text's heading)
    ],
)
def test_the_titles_under_a_pingbacks_heading_are_pingbacks(heading: str, kind: str) -> None:
    text = AFTER.format(heading=heading, first=TITLES[0], second=TITLES[1])
    page = threadparse.parse(text)
    assert [(c.kind, c.author, c.depth) for c in page.walk()] == [
        ("comment", "Sam Rowe", 0),
        ("comment", "Jo Carne", 0),
        (kind, TITLES[0], 0),
        (kind, TITLES[1], 0),
    ]
    assert_nothing_lost(page, text)


def test_linked_titles_read_as_shown() -> None:
    linked = [f"[{title}](https://example.invalid/{n}/)" for n, title in enumerate(TITLES)]
    text = AFTER.format(heading="2 Pingbacks", first=linked[0], second=linked[1])
    pings = [c for c in threadparse.parse(text).walk() if c.kind == "pingback"]
    assert [c.author for c in pings] == list(TITLES)


def test_a_pingback_listed_before_the_comments_opens_the_thread() -> None:
    text = BEFORE.format(heading="Trackbacks & Pingbacks", first=TITLES[0])
    page = threadparse.parse(text)
    assert [(c.kind, c.author, c.depth) for c in page.walk()] == [
        ("trackback", TITLES[0], 0),
        ("comment", "Bram Visser", 0),
        ("comment", "Femke Jansen", 0),
    ]
    assert_nothing_lost(page, text)


@pytest.mark.parametrize("heading", ["Related posts", "Pingbacks are closed", "More on walking"])
def test_a_list_under_another_heading_is_no_pingback(heading: str) -> None:
    text = AFTER.format(heading=heading, first=TITLES[0], second=TITLES[1])
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Sam Rowe", "Jo Carne"]
    assert_nothing_lost(page, text)


ONE_AFTER_VERBS = """\
Winterpflege fürs Fahrrad

Kette, Bremsen, Licht: was im Winter wirklich zählt.

2 Kommentare

  1. Kerstin Wolf sagt:
    5. März 2024 um 14:22 Uhr

    Danke für die Checkliste! Mein Rad knackt seit Wochen beim Anfahren.

    Antworten
    • Tobias Reinhardt sagt:
      5. März 2024 um 16:03 Uhr

      Bevor du das Tretlager tauschst, prüf die Pedale.

      Antworten

{heading}

  1. {title}

{form}

Deine E-Mail-Adresse wird nicht veröffentlicht.
"""


@pytest.mark.parametrize(
    "form", ["Hinterlasse jetzt einen Kommentar Antworten abbrechen", "Kommentar verfassen"]
)
@pytest.mark.parametrize("heading", ["1 Trackback / Pingback", "1 Pingback"])
def test_one_listed_title_after_verb_headed_comments(heading: str, form: str) -> None:
    """One title under the heading, the page's text after it unindented (the flat run of
    the comments' layout reads the list: the title's header goes with it)."""
    title = "Winterpflege fürs Rad: Linktipps der Woche – Radblog Rhein-Main"
    text = ONE_AFTER_VERBS.format(heading=heading, title=title, form=form)
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [(c.author, c.depth) for c in comments] == [
        ("Kerstin Wolf", 0),
        ("Tobias Reinhardt", 1),
        (title, 0),
    ]
    assert comments[-1].kind == heading.split()[1].lower()
    assert_nothing_lost(page, text)
