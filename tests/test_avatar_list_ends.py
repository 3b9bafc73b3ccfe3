"""A list of comments each under its avatar's item, as html2text prints a comment
plugin's list: the item holds the picture alone ("  * ![](…avatar…)"), the name and
date are the line under it at the margin, then the body and the plugin's vote and
reply controls ("2 ____ Antworten": a vote count, its field, the reply link). An
avatar item heads a comment when it is one of such a list: at least two more of its
column in its section, after it or before it, so the list's last two comments (fewer
such items after them) are comments too (`transform._pictures_repeat`).

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

COMMENTS = [
    ("Heike Brandt", "10.03.2024 18:12", "Danke für die Anleitung, wir hatten genau das Problem."),
    ("Markus Vogel", "10.03.2024 20:45", "Das ist ein einfacher Filter für 100er-Rohre."),
    ("Sabine K.", "11.03.2024 12:40", "Unsere alte Tonne hat jetzt einen Riss am Boden."),
    ("Jürgen", "11.03.2024 21:30", "Den Riss vorher am Ende anbohren, dann läuft er nicht weiter."),
    ("Dieter", "14.03.2024 06:51", "Darf man die Tonne direkt an die Grenze stellen?"),
    ("Lena", "15.03.2024 09:02", "Die Anleitung mit dem Verbinder hat auf Anhieb funktioniert."),
]


def _page(item: str, name_line: str, controls: str) -> str:
    out = [
        "# Regentonne richtig anschließen",
        "",
        "Im Frühjahr haben wir die Tonnen am Vereinsheim neu angeschlossen. Hier steht, wie.",
        "",
        "#### 6 Kommentare",
        "",
    ]
    for number, (name, date, body) in enumerate(COMMENTS):
        out += [item.format(n=number), "", name_line.format(name=name, date=date), "", body, ""]
        out += [controls.format(n=number), ""] if controls else []
    out += ["#### Kommentar schreiben", "", "Name", "", "E-Mail", ""]
    return "\n".join(out)


@pytest.mark.parametrize(
    ("item", "name_line", "controls"),
    [
        ("  * ![](https://avatars.example/{n}a?d=mm&s=64)", "{name} {date}", "{n} ____ Antworten"),
        (
            "  * [![](https://avatars.example/{n}b?s=64)](/profil/{n})",
            "[{name}](/profil/x) {date}",
            "{n} ____ Antworten",
        ),
        ("  * ![](https://avatars.example/{n}d?s=48)", "{name} {date}", "{n} ____ Reply"),
        ("  * ![Avatar](https://avatars.example/{n}c.png)", "{name} {date}", ""),
    ],
    ids=["votes", "linked-names", "votes-english", "no-controls"],
)
def test_the_last_avatar_items_of_the_list_head_comments(
    item: str, name_line: str, controls: str
) -> None:
    text = _page(item, name_line, controls)
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == [name for name, _, _ in COMMENTS]
    assert [c.text for c in comments] == [body for _, _, body in COMMENTS]
    assert_nothing_lost(page, text)


def test_one_avatar_item_alone_heads_nothing() -> None:
    text = _page("  * ![](https://avatars.example/{n}a?d=mm&s=64)", "{name} {date}", "")
    lone = text.split("#### 6 Kommentare")[0] + "\n".join(text.splitlines()[6:10]) + "\n"
    page = threadparse.parse(lone)
    assert not list(page.walk())
    assert_nothing_lost(page, lone)
