"""Comment lists read from shapes seen on real pages (invented pages in the converters'
formats): a forum whose anonymous posts open their list item with the date in brackets
while the signed ones print the name on the item's line and the date under it
(inscriptis puts the two kinds of item at different columns; html2text prints a lone
picture link over the bracketed date), ranks of several words printed after the
names, a space between (inscriptis), and undated posts headed by the avatar printed as
the poster's name or initial over the line opening with the name (lynx)."""

from __future__ import annotations

import pytest

import threadparse


def _tree(text: str) -> list[tuple[str | None, int]]:
    return [(c.author, c.depth) for c in threadparse.parse(text).walk()]


def _forum(posts: list[tuple[str | None, str, str]], french: bool) -> str:
    """An inscriptis dump of a blog's forum: the items of anonymous posts ("* (DATE)")
    two columns right of the signed posts' ("* NAME" over "(DATE)")."""
    head, count, form = (
        ("Chroniques du littoral", "commentaires", "Votre nom")
        if french
        else ("Notes from the coast", "comments", "Your name")
    )
    lines = [
        f"      {head}",
        "      * Accueil" if french else "      * Home",
        "      * Archives",
        "      * Blogs",
        "",
        "          Le port se vide en hiver" if french else "          The harbour in winter",
        "",
        "            Les chalutiers partent avant l'aube et rentrent avec la marée du soir."
        if french
        else "            The trawlers leave before dawn and come back with the evening tide.",
        "",
        f"                {form}",
        "                Email",
        "",
        f"          {len(posts)} {count}",
        "",
    ]
    for name, date, body in posts:
        if name is None:
            lines += [f"                * ({date})", "                :", ""]
        else:
            lines += [
                f"              * {name}",
                f"                  ({date})",
                "                :",
                "",
            ]
        lines += [f"                  {body}", ""]
    lines += ["        * ", "            + Contact", "            + Mentions légales"]
    return "\n".join(lines) + "\n"


FRENCH = [
    (None, "3 mars 2019 @10h12", "Le quai nord a été refait l'an dernier, mais les grues restent."),
    (
        "Gwen Le Bihan",
        "3 mars 2019 @10h40",
        "Les grues servent encore aux caboteurs, pas aux chalutiers.",
    ),
    (
        "Gwen Le Bihan",
        "3 mars 2019 @11h05",
        "Et la criée ouvre toujours à six heures, même en janvier.",
    ),
    (
        "Yannick",
        "4 mars 2019 @08h30",
        "Six heures et demie depuis la réforme des horaires, en fait.",
    ),
    (
        None,
        "4 mars 2019 @09h02",
        "La réforme ne touche que les jours de semaine, le samedi reste à six.",
    ),
    ("Gwen Le Bihan", "4 mars 2019 @12h17", "Merci, je ne savais pas pour le samedi."),
]
ENGLISH = [
    (
        None,
        "12 May 2021 @09h40",
        "The lighthouse keeper's cottage is a museum now, open on Sundays.",
    ),
    (
        "Morwenna",
        "12 May 2021 @10h02",
        "Only from Easter to October, the rest of the year it is shut.",
    ),
    ("Pol Treharne", "12 May 2021 @10h15", "They open it for school visits in winter, on request."),
    (
        "Morwenna",
        "13 May 2021 @07h55",
        "Good to know, my nephew's class might go in February then.",
    ),
    (None, "13 May 2021 @08h31", "Ask for the lamp room too, it is not on the usual tour."),
]


@pytest.mark.parametrize(("posts", "french"), [(FRENCH, True), (ENGLISH, False)])
def test_bracketed_dates_opening_anonymous_items(
    posts: list[tuple[str | None, str, str]], french: bool
) -> None:
    assert _tree(_forum(posts, french)) == [(name, 0) for name, _, _ in posts]


def _html2text_forum(posts: list[tuple[str | None, str, str]]) -> str:
    """An html2text dump of the same forum: each item opens with the permalink's
    picture, then the name in bold where the post is signed; the date under it."""
    lines = [
        "# The harbour in winter",
        "",
        "The trawlers leave before dawn.",
        "",
        "## Comments",
        "",
    ]
    for name, date, body in posts:
        signed = f" **{name}**" if name else ""
        lines += [f"  * ![permalink](img/pin.png){signed}", "", f"({date})", "", ":", "", body, ""]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("posts", [FRENCH, ENGLISH])
def test_bracket_before_a_date_is_no_name(posts: list[tuple[str | None, str, str]]) -> None:
    assert [a for a, _ in _tree(_html2text_forum(posts))] == [name for name, _, _ in posts]


def _ranked(posts: list[tuple[str, str, str]]) -> str:
    """An inscriptis dump of a news site's reader comments: each item the name and its
    rank on one line (a space between), the date under them, the votes under the body."""
    lines = ["    Science desk", "", "      5 Reader Comments", ""]
    for number, (name, rank, body) in enumerate(posts, 1):
        lines += [
            f"       {number}. {name} {rank}",
            f"          Wed Mar {number + 10}, 2021 6:4{number} pm",
            f"            {body}",
            f"          up ( +{number} | + {number + 1} / -1 ) down",
            f"          {number * 37} posts | registered Dec 19, 2012",
        ]
    lines += ["", "      You must login or create an account to comment.", ""]
    return "\n".join(lines) + "\n"


RANKS_A = [
    ("quillon", "Wide-Eyed Reader, on probation", "That map looks like a board game of some kind."),
    ("dorrit_b", "Forum Tribune", "The figures in the third paragraph do not add up."),
    ("ottavio", "Forum Prefect", "They do once you count the returns from the spring."),
    ("Fenwick", "Wide-Eyed Reader, on probation", "Glad someone is looking at this at last."),
    ("mael", "Forum Centurion", "The second chart is upside down on my screen."),
]
RANKS_B = [
    ("Aurore L", "Forum Regular", "Three stations on the line close for the works."),
    ("tibbs", "Quiet Visitor", "Only at weekends, the notice at the depot says."),
    ("Heron", "Forum Elder", "Weekends and the two bank holidays in May."),
    ("Aurore L", "Forum Regular", "Then the replacement buses run from the square."),
    ("pim", "Quiet Visitor", "From the square and from the hospital stop."),
]


@pytest.mark.parametrize("posts", [RANKS_A, RANKS_B])
def test_spaced_ranks_of_a_ladder(posts: list[tuple[str, str, str]]) -> None:
    assert [a for a, _ in _tree(_ranked(posts))] == [name for name, _, _ in posts]


def _lynx_topic(posts: list[tuple[str, str, str]]) -> str:
    """A lynx dump of a forum topic whose posts print no date: each header the avatar's
    link (the name, or its initial where the poster has no picture) over the name's
    link, a group badge and the edit note; a rule closes each post."""
    lines = [
        "   [1]Skip to content",
        "     * [2]Recent",
        "     * [3]Tags",
        "",
        "    1. [4]Home",
        "    2. [5]Workshop",
        "",
        "Which glue for oak veneer?",
        "",
    ]
    ref = 6
    for avatar, rest, body in posts:
        name = rest.split()[0]
        lines += [
            f"   [{ref}]{avatar}",
            f"   [{ref + 1}]{name} {rest[len(name) + 1 :]}",
            "",
            f"   {body}",
            "",
            f"   [{ref + 2}]Reply [{ref + 3}]Quote 0",
            "",
            f"   [{ref + 4}]1 Reply Last reply",
            "     " + "_" * 66,
            "",
            "",
        ]
        ref += 5
    lines += ["   [99]Powered by the board", ""]
    return "\n".join(lines)


TOPIC_A = [
    ("harlow", "harlow Carpenters last edited by", "Hide glue gives me the most open time."),
    ("B", "brannigan last edited by brannigan", "Open time matters less with a vacuum press."),
    ("harlow", "harlow Carpenters last edited by @brannigan", "Not everyone owns a press though."),
    ("quince_7", "quince_7 last edited by", "Contact cement for small panels, never for tops."),
    ("R", "rosalind last edited by", "Urea glue, and clamp it overnight."),
]
TOPIC_B = [
    ("S", "sorrel last edited by", "The edges lift after a month on my table top."),
    ("mattock", "mattock Turners last edited by mattock", "Then the glue line was too thin."),
    ("sorrel", "sorrel last edited by @mattock", "I used a notched spreader, as the tin says."),
    ("mattock", "mattock Turners last edited by", "Try a roller and more pressure at the edges."),
]


@pytest.mark.parametrize("posts", [TOPIC_A, TOPIC_B])
def test_undated_posts_headed_by_their_avatar(posts: list[tuple[str, str, str]]) -> None:
    assert [a for a, _ in _tree(_lynx_topic(posts))] == [rest.split()[0] for _, rest, _ in posts]


def _edited_items(posts: list[tuple[str, str, str]]) -> str:
    """An inscriptis dump of the same kind of topic: each post a list item whose line
    is the name, then the template's edit note (and whom it names), the body under it."""
    lines = [
        "Navigation",
        "",
        "      * Recent",
        "      * Tags",
        "",
        "      Which glue for oak veneer?",
        "",
    ]
    for name, note, body in posts:
        lines += [
            f"          * {name} {note}".rstrip(),
            "",
            "",
            f"            {body}",
            "",
            "            Reply Quote 0",
            "            1 Reply Last reply",
        ]
    lines += ["", "      Powered by the board", ""]
    return "\n".join(lines)


EDITED_A = [
    ("harlow", "last edited by harlow", "Hide glue gives me the most open time."),
    ("brannigan", "last edited by", "Open time matters less with a vacuum press."),
    ("quince_7", "last edited by quince_7 @brannigan", "Not everyone owns a press though."),
    ("Rosalind", "last edited by", "Urea glue, and clamp it overnight."),
]
EDITED_B = [
    ("sorrel", "zuletzt bearbeitet von sorrel", "Die Kanten heben sich nach einem Monat."),
    ("mattock", "zuletzt bearbeitet von", "Dann war die Leimfuge zu dünn."),
    ("Pell", "zuletzt bearbeitet von Pell", "Ich habe einen Zahnspachtel benutzt."),
    ("sorrel", "zuletzt bearbeitet von @mattock", "Eine Walze und mehr Druck an den Kanten."),
]


@pytest.mark.parametrize("posts", [EDITED_A, EDITED_B])
def test_small_words_after_every_name(posts: list[tuple[str, str, str]]) -> None:
    # (the first item is the topic's opening post: the page's article)
    assert [a for a, _ in _tree(_edited_items(posts))] == [name for name, _, _ in posts[1:]]


def test_family_name_particles_kept() -> None:
    posts = [
        ("Marie", "de la Tour", "La criée ouvre à six heures."),
        ("Jean", "de la Roche", "À six heures et demie le samedi."),
        ("Paul", "de la Fontaine", "Le samedi seulement, oui."),
        ("Lucie", "de la Tour", "Merci pour la précision."),
    ]
    text = _edited_items([(name, family, body) for name, family, body in posts])
    assert [f"{n} {f}" for n, f, _ in posts[1:]] == [a for a, _ in _tree(text)][-3:]
