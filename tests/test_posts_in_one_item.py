"""A forum template that prints a topic's posts inside one list item (bbPress: a list
whose header item is "Author / Posts", then one item holding every post): the first
post's stamp is the item's own line, "• 3. März 2024 um 20:41 #4711", the other posts'
stamps plain lines in its block. The item's stamp opens the first post, which is the
topic's opening post, no part of the article (`posts.templates._join_holding_item`).
Each post prints its poster's name under its stamp, then a rank; a poster who wrote
three posts in five is no template's line (`posts.reading._nearest_place`,
`_names_at`).

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

POSTS = [
    ("rennrad_ralf", "Teilnehmer", "3. März 2024 um 20:41", 4711,
     "Hallo zusammen, seit der Umrüstung auf tubeless ist der Hinterreifen jeden Morgen platt."),
    ("Henrike Marsch", "Teilnehmer", "3. März 2024 um 21:02", 4712,
     "Mach mal Seifenwasser auf die Felgenflanke und dreh das Rad langsam."),
    ("rennrad_ralf", "Teilnehmer", "4. März 2024 um 07:15", 4713,
     "Das Band ist 21 mm breit, die Innenweite laut Hersteller 22 mm."),
    ("schraubfix", "Keymaster", "4. März 2024 um 08:50", 4714,
     "21 mm bei 22 mm Innenweite ist zu knapp. Nimm 25 mm, dann dichtet es sauber ab."),
    ("rennrad_ralf", "Teilnehmer", "9. März 2024 um 17:48", 4715,
     "So, neues Band und frische Milch: der Reifen hält jetzt seit drei Tagen den Druck."),
]  # fmt: skip


def _page(posts: list[tuple[str, str, str, int, str]]) -> str:
    out = [
        "Tubeless-Reifen verlieren über Nacht Luft",
        "",
        f"Ansicht von {len(posts)} Beiträgen – 1 bis {len(posts)}",
        "  • Autor",
        "    Beiträge",
    ]
    for number, (name, rank, date, post, body) in enumerate(posts):
        stamp = f"{date} #{post}"
        out += [f"  • {stamp}" if number == 0 else f"    {stamp}", ""]
        out += [f"    {name}", f"    {rank}", "", f"    {body}", ""]
    out += ["Antwort auf: Tubeless-Reifen verlieren über Nacht Luft", ""]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("count", [3, 5])
def test_the_item_that_holds_the_posts_opens_the_first(count: int) -> None:
    text = _page(POSTS[:count])
    page = threadparse.parse(text)
    posts = list(page.walk())
    assert [(c.author, c.date) for c in posts] == [(n, d) for n, _, d, *_ in POSTS[:count]]
    assert [c.text for c in posts] == [body for *_, body in POSTS[:count]]
    assert "Seifenwasser" not in page.article.text and "tubeless ist" not in page.article.text
    assert_nothing_lost(page, text)


def test_an_item_that_holds_no_other_stamp_opens_no_post() -> None:
    """The same stamp on an item over the list whose block holds none of the posts (a
    sidebar's latest post, its poster and excerpt under it) joins no post list."""
    lines = ["Tubeless-Reifen verlieren über Nacht Luft", "", "Neuester Beitrag"]
    lines += ["  • 2. März 2024 um 10:00 #4700", "", "    kettenblatt", "    Teilnehmer", ""]
    lines += ["    Welcher Schlauch passt auf 28-mm-Reifen, hat jemand eine Empfehlung?", ""]
    for name, rank, date, post, body in POSTS[1:4]:
        lines += [f"{date} #{post}", "", name, rank, "", body, ""]
    text = "\n".join(lines) + "\n"
    page = threadparse.parse(text)
    assert [(c.author, c.date) for c in page.walk()] == [(n, d) for n, _, d, *_ in POSTS[1:4]]
    assert_nothing_lost(page, text)
