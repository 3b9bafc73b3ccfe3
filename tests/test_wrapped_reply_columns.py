"""Replies nested by their columns where the first level of replies stands wider than
the levels under it: a theme whose top-level reply list sits in one more wrapper than
the lists under it, printed by a converter that keeps the page's indentation
(resiliparse), with no list markers: comments at the margin, their replies 4 columns
in, the replies' replies 2 further (`posts.nested_depths`; its cases of columns alone
are in test_nested_posts.py).

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost


def _thread(entries: list[tuple[int, str, str, str]], pads: tuple[int, ...], title: str) -> str:
    """A page of markerless comments: each a header "NAME · DATE", its body and a
    reply link, indented by ``pads[depth]``."""
    out = [title, "", "The article's only paragraph, long enough to read as prose here.", ""]
    for depth, name, date, body in entries:
        pad = " " * pads[depth]
        out += [f"{pad}{name} · {date}", "", f"{pad}{body}", "", f"{pad}Répondre", ""]
    out += ["Laisser un commentaire", ""]
    return "\n".join(out)


FRENCH = [
    (0, "Odile Ferrand", "12 mars 2023 à 9 h 14 min", "Superbe tuto, je me lance ce week-end."),
    (1, "Bastien Leroux", "12 mars 2023 à 11 h 02 min", "Merci Odile, prévoyez trois soirées."),
    (2, "Odile Ferrand", "12 mars 2023 à 18 h 40 min", "Trois soirées, noté, et merci encore."),
    (0, "Armelle Jouve", "13 mars 2023 à 8 h 05 min", "Il faut bien humidifier la canne avant."),
    (1, "Bastien Leroux", "13 mars 2023 à 10 h 31 min", "Tout à fait, je l’ai ajouté à l’étape 2."),
    (
        1,
        "Yannick Bertin",
        "13 mars 2023 à 21 h 17 min",
        "Combien de temps la faites-vous tremper ?",
    ),
    (0, "Nadège Colas", "15 mars 2023 à 13 h 26 min", "Où trouvez-vous la canne de 2,25 mm ?"),
]

ENGLISH = [
    (
        0,
        "Priya Nandakumar",
        "March 12, 2023 at 9:14 am",
        "Lovely write-up, the photos helped a lot.",
    ),
    (
        1,
        "Hollis Grange",
        "March 12, 2023 at 11:02 am",
        "Thank you! The third pass is the slow one.",
    ),
    (2, "Priya Nandakumar", "March 12, 2023 at 6:40 pm", "Good to know, I will leave a whole day."),
    (3, "Hollis Grange", "March 13, 2023 at 7:05 am", "A whole day is about right for a first."),
    (0, "Ewan Tolliver", "March 14, 2023 at 2:18 pm", "Do you soak the cane before every pass?"),
    (1, "Hollis Grange", "March 14, 2023 at 4:41 pm", "Yes, ten minutes each time, no longer."),
]


@pytest.mark.parametrize(
    ("entries", "pads", "title"),
    [
        (FRENCH, (0, 4, 6), "Rempailler un tabouret"),
        (ENGLISH, (0, 6, 9, 12), "Re-caning a rocking chair"),
        (ENGLISH, (2, 6, 8, 10), "Re-caning a rocking chair"),
    ],
)
def test_replies_nest_under_a_wider_first_step(
    entries: list[tuple[int, str, str, str]], pads: tuple[int, ...], title: str
) -> None:
    text = _thread(entries, pads, title)
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [(n, d) for d, n, _, _ in entries]
    assert [c.text for c in page.walk()] == [body for *_, body in entries]
    assert_nothing_lost(page, text)
