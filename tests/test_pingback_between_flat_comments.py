"""A pingback among a numbered list's comments whose bodies the converter printed after
their headers, not under them (inscriptis: "1. Ann" over her date alone, her body
at a column left of her name, her replies under the reply link): the comments numbered
on after the pingback ("2. Pingback: A Post" over "3. Carl") are read as the ones before
it were, a name over its date with the body after it (`PageBuilder._numbered_after_comment`,
`_named_over_date_alone`), not as the pingback's run of one nameless item. A sidebar's
numbered list of posts, each title over its date and its excerpt, stays no comment.
Invented pages."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

COLUMNS = {"item": 19, "date": 22, "body": 14, "link": 16}  # at depth 0; +4 a level


def _comment(
    number: int, name: str, date: str, body: str, likes: str, link: str, depth: int
) -> str:
    shift = 4 * depth
    return (
        f"{' ' * (COLUMNS['item'] + shift)}{number}. {name}\n"
        f"{' ' * (COLUMNS['date'] + shift)}{date}\n\n"
        f"{' ' * (COLUMNS['body'] + shift)}{body}\n\n"
        f"{' ' * (COLUMNS['body'] + shift)}{likes}\n\n"
        f"{' ' * (COLUMNS['link'] + shift)}{link}\n"
    )


def _ping(number: int, title: str) -> str:
    return f"\n           {number}. Pingback: {title}\n\n"


def _page(title: str, article: str, count: str, entries: list[str], after: str) -> str:
    return f"{title}\n\n{article}\n\n            {count}\n\n" + "".join(entries) + "\n" + after


ENGLISH = _page(
    "Raised Beds from Old Pallets",
    "  Last spring I built three raised beds from pallets the hardware store threw out.",
    "6 thoughts on “Raised Beds from Old Pallets”",
    [
        _comment(
            1,
            "Ingrid Holm",
            "March 4, 2024 at 9:15 am",
            "Did you line the pallets with anything? Mine rotted within two years.",
            "Like Liked by 2 people",
            "Reply",
            0,
        ),
        _comment(
            1,
            "Tomas Berg",
            "March 4, 2024 at 8:02 pm",
            "A sheet of pond liner along the inside keeps the wood dry enough.",
            "Like Like",
            "Reply",
            1,
        ),
        _ping(2, "Ten Cheap Garden Projects – The Thrifty Plot"),
        _comment(
            3,
            "Walter Quist",
            "March 6, 2024 at 7:40 am",
            "Check the pallet stamps first: HT means heat treated, MB means avoid.",
            "Like Liked by 5 people",
            "Reply",
            0,
        ),
        _comment(
            1,
            "Tomas Berg",
            "March 6, 2024 at 12:10 pm",
            "Good point, all of mine were HT but I never checked before.",
            "Like Like",
            "Reply",
            1,
        ),
        _comment(
            4,
            "Petra Lund",
            "March 8, 2024 at 3:33 pm",
            "How deep are the beds? I want to grow carrots in them.",
            "Like Like",
            "Reply",
            0,
        ),
        _ping(5, "Weekend Builds for Small Yards | Backyard Notes"),
        _comment(
            6,
            "Olle Sand",
            "March 9, 2024 at 6:05 pm",
            "Built two of these after reading this, thank you for the clear photos.",
            "Like Liked by 1 person",
            "Reply",
            0,
        ),
    ],
    "            Leave a Reply\n",
)

FRENCH = _page(
    "Semer les tomates en mars",
    "  Les tomates se sèment au chaud, six à huit semaines avant la plantation.",
    "5 commentaires sur « Semer les tomates en mars »",
    [
        _comment(
            1,
            "Mathilde Roux",
            "3 mars 2024 à 10 h 12 min",
            "Je sème toujours trop tôt, et mes plants filent vers la fenêtre.",
            "J’aime J’aime",
            "Répondre",
            0,
        ),
        _ping(2, "Le calendrier du potager en mars – Jardin de Lucie"),
        _comment(
            3,
            "Bernard Caron",
            "5 mars 2024 à 18 h 40 min",
            "Une lampe horticole à dix centimètres change tout, même en mars.",
            "J’aime Aimé par 3 personnes",
            "Répondre",
            0,
        ),
        _comment(
            1,
            "Mathilde Roux",
            "6 mars 2024 à 9 h 05 min",
            "Merci, je vais essayer de la descendre un peu plus.",
            "J’aime J’aime",
            "Répondre",
            1,
        ),
        _comment(
            4,
            "Élise Fabre",
            "7 mars 2024 à 14 h 22 min",
            "Et pour les poivrons, on garde le même calendrier que les tomates ?",
            "J’aime J’aime",
            "Répondre",
            0,
        ),
    ],
    "            Laisser un commentaire\n",
)

SIDEBAR = (
    "\n          Popular posts\n\n"
    "                   1. Why I plant garlic in spring now\n"
    "                      March 2, 2024\n\n"
    "              Planting cloves late in the season still gives a harvest.\n\n"
    "                   2. What grew in the cold frame this winter\n"
    "                      February 20, 2024\n\n"
    "              Lamb's lettuce and rocket under a cold frame all winter long.\n\n"
    "                   3. How to brew compost tea for the beds\n"
    "                      February 11, 2024\n\n"
    "              A bucket, a net bag and a week of patience for the beds.\n"
)


def _read(text: str) -> list[tuple[str | None, int, str]]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [(c.author, c.depth, c.text[:12]) for c in page.walk()]


def test_english_comments_go_on_after_two_pingbacks() -> None:
    assert _read(ENGLISH) == [
        ("Ingrid Holm", 0, "Did you line"),
        ("Tomas Berg", 1, "A sheet of p"),
        ("Ten Cheap Garden Projects – The Thrifty Plot", 0, ""),
        ("Walter Quist", 0, "Check the pa"),
        ("Tomas Berg", 1, "Good point, "),
        ("Petra Lund", 0, "How deep are"),
        ("Weekend Builds for Small Yards | Backyard Notes", 0, ""),
        ("Olle Sand", 0, "Built two of"),
    ]


def test_french_comments_go_on_after_a_pingback() -> None:
    assert _read(FRENCH) == [
        ("Mathilde Roux", 0, "Je sème touj"),
        ("Le calendrier du potager en mars – Jardin de Lucie", 0, ""),
        ("Bernard Caron", 0, "Une lampe ho"),
        ("Mathilde Roux", 1, "Merci, je va"),
        ("Élise Fabre", 0, "Et pour les "),
    ]


def test_a_sidebar_of_dated_titles_after_the_thread_is_no_comment() -> None:
    read = _read(ENGLISH.replace("            Leave a Reply\n", SIDEBAR))
    authors = [author for author, _, _ in read]
    assert "Olle Sand" in authors
    assert len(read) == 8  # (the thread's comments and pingbacks, no post of the list)


def test_a_sidebar_of_dated_titles_alone_is_no_thread() -> None:
    text = "Garden Diary\n\n  Notes from the allotment, week by week.\n" + SIDEBAR
    assert _read(text) == []
