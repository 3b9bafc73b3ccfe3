"""A reply's byline as html2text prints it: the poster's name as a link, the name of the
poster it answers as a second link (an embedded comment system's "in reply to" link,
its icon printed as an empty emphasis, "[__Ann Ek](…#comment-1)"), then the age as a
link whose target is the comment's address and whose title is the full date. The
targets are long, and html2text wraps the paragraph at 78 columns, breaking a target at
its hyphens: one byline comes out over four or five lines, the answered name's link
often on a line of its own under the poster's ("[Bo Lind](/by/bo/)" over "[__Ann
Ek](https://x.example/2024/03/a-" over "b/#comment-1) • [4 hours" over …).

The lines a break fell in a link on (its text, its target or its title) are no lines of
the header's words: the byline is read whole (`posts.stamps._full_stamp`), and so is a
top-level byline whose date's title was wrapped ('… "Tuesday, March 5, 2024' over '5:01
PM")': the title's end is no part of the body). A byline too long for a name (a badge
between the two names, "[Ann Ek](…) Mod [__Bo" over "Lind](…)") is kept where its words
are the two links' texts (`posts.stamps._two_names`), for
`posts.templates._answering_unframed`; then `rehang.hang_by_answered_bylines` takes the
answered name off the author and hangs the reply. The reply counts html2text wraps into
such a header are read on all its lines (`posts.depths._stamp_text`).

Invented pages, built the way html2text prints them (its wrapping is `textwrap`'s at 78
columns): an English news embed with a guest and a badged moderator, an Italian one, a
German one; negatives: a body paragraph of wrapped links ending in an age is no header,
and a page whose bylines name nobody answered stays flat."""

from __future__ import annotations

import textwrap

import pytest
from tests.conftest import assert_nothing_lost

import threadparse

SITE = "https://www.valleycourier.example/news/2024/04/11/bridge-repairs-close-river-road-for-six-weeks"

MENU = "".join(
    f"  * [{item}](https://www.valleycourier.example/{item.lower()}/)\n"
    for item in "News Sports Business Opinion Obituaries Weather Events Classifieds".split()
)

ARTICLE = f"""\
[![The Valley Courier](https://www.valleycourier.example/logo.png)](https://www.valleycourier.example/)

{MENU}
# Bridge repairs close River Road for six weeks

**Crews replace the Alder Creek bridge deck; detours through Hollis**

By [Nora Quist](https://www.valleycourier.example/staff/nora-quist/), Staff Writer

River Road will close between the mill and the county line from Monday while crews
replace the deck of the Alder Creek bridge, the highway department said.

Detours run through Hollis and add about ten minutes to the trip into town. The school
buses keep their routes, with earlier pick-up times on the east side.

"""

# (poster, linked, badge, answered, text, depth); answered None: a top-level comment
ENGLISH = [
    (
        "Walt Hennessy",
        True,
        "",
        None,
        "Six weeks is optimistic. The last deck job took four months.",
        0,
    ),
    (
        "Corinne Abel",
        True,
        "",
        "Walt Hennessy",
        "That one had the gas main under it, this one does not.",
        1,
    ),
    (
        "Walt Hennessy",
        True,
        "",
        "Corinne Abel",
        "We will see. I am keeping my snow tires on till June.",
        2,
    ),
    (
        "Dot Farrow",
        False,
        "",
        "Walt Hennessy",
        "Ha. Same here, the detour hill is steep in the rain.",
        3,
    ),
    (
        "mill_st_mike",
        True,
        "",
        "Walt Hennessy",
        "The contract has a penalty clause for every late day.",
        1,
    ),
    ("Anita Varga", True, "", None, "Will the footbridge stay open for the kids on bikes?", 0),
    (
        "The Valley Courier",
        True,
        "Mod",
        "Anita Varga",
        "Yes, the footbridge stays open for the whole job.",
        1,
    ),
    (
        "Leo Brandauer",
        True,
        "",
        None,
        "Good. The mill end of the road was falling apart anyway.",
        0,
    ),
    (
        "Anita Varga",
        True,
        "",
        "Leo Brandauer",
        "It was, my tyre found the big hole at the bend last week.",
        1,
    ),
]

ITALIAN = [
    ("Teresa Gallo", True, "", None, "Ho provato con la farina di farro e viene benissimo.", 0),
    (
        "Cucina di Ada",
        True,
        "Mod",
        "Teresa Gallo",
        "Che bello! Col farro riduci un poco l'acqua.",
        1,
    ),
    (
        "Teresa Gallo",
        True,
        "",
        "Cucina di Ada",
        "Grazie, la prossima volta provo al 65 per cento.",
        2,
    ),
    ("Piero", False, "", None, "Si può congelare l'impasto dopo la prima lievitazione?", 0),
    ("Cucina di Ada", True, "Mod", "Piero", "Sì, ma scongelalo in frigo per una notte intera.", 1),
    (
        "Marta Ruggeri",
        True,
        "",
        "Piero",
        "Io lo congelo spesso, funziona bene anche per la pizza.",
        1,
    ),
]

GERMAN = [
    ("Jonas Weber", True, "", None, "Die Umleitung über Hollis ist morgens völlig verstopft.", 0),
    (
        "Frieda Lux",
        True,
        "",
        "Jonas Weber",
        "Ab sieben Uhr geht es, vorher stehen alle im Stau.",
        1,
    ),
    ("Jonas Weber", True, "", "Frieda Lux", "Um sieben bin ich längst bei der Arbeit, leider.", 2),
    ("Kurt Sommer", True, "", None, "Sechs Wochen, das glaube ich erst, wenn es so kommt.", 0),
    ("Frieda Lux", True, "", "Kurt Sommer", "Die Firma hat eine Vertragsstrafe für jeden Tag.", 1),
]

UI = {
    "en": ("hours ago", "Reply", "Share", "see more", "Tuesday, April 9, 2024"),
    "it": ("ore fa", "Rispondi", "Condividi", "vedi altro", "martedì 9 aprile 2024"),
    "de": ("Stunden", "Antworten", "Teilen", "mehr anzeigen", "Dienstag, 9. April 2024"),
}


LOGIN_BOX = """\
![Avatar](//cdn.example/avatars/nobody.png)

Join the discussion…

###### Log in with

  * __
  * __

###### or sign up with an account

  * Favorite 3

  * Share
    * Tweet
    * Share
  * Sort by Best
    * Best
    * Newest
    * Oldest
""".split("\n")


VOTES = (12, 8, 5, 4, 3, 9, 6, 7, 2)  # (the votes under each comment: no running numbers)


def _age(language: str, hours: int) -> str:
    return f"vor {hours} Stunden" if language == "de" else f"{hours} {UI[language][0]}"


def _html2text(thread: list[tuple[str, bool, str, str | None, str, int]], language: str) -> str:
    """The thread as html2text prints a rendered comment embed: each comment's avatar
    as a list item at its depth, the byline and body at the margin (wrapped at 78
    columns), the footer controls as list items, the replies' items indented under."""
    _, reply, share, more, day = UI[language]
    site = next((poster for poster, _, badge, *_ in thread if badge), "Valley Courier")
    lines = ["  * 9 comments", f"  * {site}", "  * 1 Login", "", *LOGIN_BOX]  # (site's tab)
    for number, (poster, linked, badge, answered, text, depth) in enumerate(thread):
        pad = "  " + "  " * depth
        comment = f"{SITE}/#comment-{5512000 + number * 7}"
        slug = poster.lower().replace(" ", "_")
        avatar = f"![Avatar](//cdn.example/avatars/{slug}.jpg)"
        lines += [
            f"{pad}* [{avatar}](https://comments.example/by/{slug}/)"
            if linked
            else f"{pad}* {avatar}",
            "",
        ]
        byline = f"[{poster}](https://comments.example/by/{slug}/)" if linked else poster
        if badge:
            byline += f" {badge}"
        if answered is not None:
            parent = next(
                f"{SITE}/#comment-{5512000 + at * 7}"
                for at in range(number - 1, -1, -1)
                if thread[at][0] == answered
            )
            byline += f" [__{answered}]({parent})"
        hour = 14 - number
        byline += f' • [{_age(language, hour)}]({comment} "{day} {number % 12 + 1}:1{number} PM")'
        lines += [*textwrap.wrap(byline, 78, break_long_words=False), ""]
        lines += [*textwrap.wrap(text, 78, break_long_words=False), "", more, ""]
        lines += [
            f"{pad}* {VOTES[number % len(VOTES)]} ____",
            f"{pad}* •",
            f"{pad}* __{reply}",
            f"{pad}* •",
            f"{pad}* __{share} ›",
            f"{pad}  * Twitter",
            f"{pad}  * Facebook",
            f'{pad}  * [Link]({comment} "Link")',
            "",
        ]
    related = "".join(
        f"  * [{title}](https://www.valleycourier.example/news/2024/04/{slug}/)\n"
        for title, slug in (
            ("Hollis votes on a new fire station", "hollis-fire-station"),
            ("Spring paving list published", "spring-paving-list"),
            ("Mill Street market opens for the season", "mill-street-market"),
        )
    )
    return (
        ARTICLE
        + "\n".join(lines)
        + "\n\n  * Subscribe\n  * Privacy\n\n## Related stories\n\n"
        + related
    )


@pytest.mark.parametrize(
    ("thread", "language"),
    [(ENGLISH, "en"), (ITALIAN, "it"), (GERMAN, "de")],
    ids=["en", "it", "de"],
)
def test_wrapped_reply_bylines_nest(
    thread: list[tuple[str, bool, str, str | None, str, int]], language: str
) -> None:
    text = _html2text(thread, language)
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    got = [(c.author, c.depth, c.text.split("\n")[0]) for c in page.walk()]
    assert got == [(poster, depth, body) for poster, _, _, _, body, depth in thread]


def test_a_wrapped_date_title_is_no_part_of_the_body() -> None:
    """A top-level byline whose date's link title html2text wrapped ('… "Tuesday, April
    9, 2024' over '8:10 PM")'): the title's end stays in the header."""
    long_names = [
        (poster.replace("Anita Varga", "anita_in_east_hollis"), *rest) for poster, *rest in ENGLISH
    ]
    thread = [
        (
            poster,
            linked,
            badge,
            answered.replace("Anita Varga", "anita_in_east_hollis") if answered else None,
            text,
            depth,
        )
        for poster, linked, badge, answered, text, depth in long_names
    ]
    text = _html2text(thread, "en")
    assert any(line.endswith('PM")') and len(line) < 20 for line in text.splitlines())
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    got = [(c.author, c.depth, c.text.split("\n")[0]) for c in page.walk()]
    assert got == [(poster, depth, body) for poster, _, _, _, body, depth in thread]


def test_bylines_answering_no_one_stay_flat() -> None:
    """Negative: the same page with no answered names is a flat list of its posters, and
    a body paragraph of wrapped links that ends in an age is no header."""
    thread = [(poster, linked, "", None, text, 0) for poster, linked, _, _, text, _ in ENGLISH]
    thread[2] = (
        thread[2][0],
        True,
        "",
        None,
        f"[The highway department's notice of the closure]({SITE}-notice-for-residents-and-"
        f"businesses) was posted [3 hours ago]({SITE}/#notice-for-residents) on its site.",
        0,
    )
    text = _html2text(thread, "en")
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [(c.author, c.depth) for c in page.walk()] == [(p, 0) for p, *_ in thread]
