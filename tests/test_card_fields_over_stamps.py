"""Forum posts whose author card ends in a list of fields, printed by resiliparse as
stairs: the next post nested under the last field of the card before it, each field
item ("• Leeds (UK)") right over the post's stamp ("Posted March 5, 2024"). The card's
fields are the posts' header lines, not a thread across the posts; the poster is the
name the card prints over them. (Invented pages, in the layout of a board that prints
its author pane twice: once for phones, once beside the post.)"""

from __future__ import annotations

import pytest
from tests.conftest import assert_nothing_lost

import threadparse

_POSTS = [
    ("Marta_Kiln", "Apprentice potter", "Leeds (UK)", "Posted March 5, 2024"),
    ("Glazebrook", "Moderator", "Stoke (UK)", "Posted March 5, 2024"),
    ("Marta_Kiln", "Apprentice potter", "Leeds (UK)", "Posted March 6, 2024"),
    ("Tobias R.", "Regular", "Bristol", "Posted March 7, 2024"),
    ("Glazebrook", "Moderator", "Stoke (UK)", "Posted March 8, 2024"),
]

_BODIES = [
    "My first bisque firing came out with hairline cracks on every bowl. "
    "I dried them for a week. What did I do wrong?",
    "A week is often not enough in a cold room. "
    "Feel the base against your cheek: if it is cool, there is still water in it.",
    "Thank you, the shelf was right by the window. I will move them next to the kiln this time.",
    "Also check how fast you ramp through the first few hundred degrees, "
    "it matters more than people think.",
    "Good point from Tobias. Slow to 200 and hold an hour, then go on as usual.",
]

_TOPICS = [
    ("Reclaiming trimmings without a pug mill", "By Tobias R., February 14, 2024"),
    ("Which cone for a stoneware mug?", "By Glazebrook, January 2, 2024"),
    ("Wax resist that peels off", "By Marta_Kiln, December 28, 2023"),
]


def _stairs(posts: list[tuple[str, str, str, str]], bodies: list[str]) -> str:
    """A resiliparse dump of a thread whose posts nest two columns deeper each time."""
    out = [
        "Skip to content",
        "Pottery Commons",
        "  • Browse",
        "  • Activity",
        "",
        "Cracks after the bisque firing",
        "",
        "5 replies to this topic",
        f"{posts[0][0]}",
        "",
        f"By {posts[0][0]},",
        "March 5, 2024 in Studio help",
        "",
        " Share",
        "Follow this topic 3",
        "  • Reply to this topic",
        "  • 1",
        "  • 2",
        "  • Next",
        "  • Page 1 of 2",
    ]
    col = 0  # where the post's lines start: each post a field item deeper than the one
    for (name, rank, field, stamp), body in zip(posts, bodies, strict=True):  # before it
        pad = " " * col
        bullet = " " * (col + 2 if col == 0 else col)
        out += [
            f"{pad}{name}{rank}",
            "",
            f"{pad}{name}",
            "",
            f"{pad}{stamp}",
            "",
            f"{pad}{name}",
            "",
            f"{bullet}• {name}{rank}",
            f"{bullet}• Members",
            f"{bullet}• 214",
            f"{bullet}  • 1 046",
            f"{bullet}• {field}",
        ]
        if name == posts[0][0] and stamp != posts[0][3]:  # (the topic starter's badge on
            out.append(f"{bullet}• Author")  # the replies: the lines after stay out of
        else:  # the list) (else they go on under the field's item)
            col = len(bullet) + 2
        pad = " " * col
        out += [f"{pad}{stamp}", "", f"{pad}{body}", "", f"{pad}• Like3", f"{pad}• Quote"]
        if name != posts[0][0]:
            out.append(f"{pad}{name} – {field}, member since 2009")
    pad = " " * col
    out += [f"{pad}Similar topics", ""]
    for title, byline in _TOPICS:
        out += [f"{pad}• {title}", "", f"{pad}  {byline}", ""]
    out += [f"{pad}• Privacy Policy", f"{pad}• Contact"]
    return "\n".join(out) + "\n"


def test_card_fields_over_stamps_are_the_posts_headers() -> None:
    text = _stairs(_POSTS, _BODIES)
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    got = [(c.author, c.depth, c.text.split("\n")[0][:30]) for c in page.walk()]
    assert got == [(name, 0, body[:30]) for (name, *_), body in zip(_POSTS, _BODIES, strict=True)]


@pytest.mark.parametrize("posted", ["Gepostet am", "Verfasst am", "Geschrieben am"])
def test_german_card_fields(posted: str) -> None:
    """(German boards' posting words: "Verfasst am DATE" names no one, as "Posted DATE"
    does not; read as a name, it stood for every poster.)"""
    posts = [
        ("Holzwurm_77", "Neuling", "Kassel", f"{posted} 5. März 2024"),
        ("Eiche-Lena", "Moderatorin", "Hessen", f"{posted} 5. März 2024"),
        ("Holzwurm_77", "Neuling", "Kassel", f"{posted} 6. März 2024"),
        ("Paul Brandt", "Stammgast", "Gießen", f"{posted} 7. März 2024"),
    ]
    bodies = [
        "Mein Schneidebrett aus Buche hat nach dem Ölen einen Riss bekommen. "
        "Woran kann das liegen?",
        "Meistens war das Holz noch zu feucht oder es lag direkt an der Heizung. "
        "Lass es langsam trocknen.",
        "Es lag tatsächlich neben der Heizung. Danke für den Hinweis, das ändere ich sofort.",
        "Und nimm beim nächsten Mal ein dünnes Öl in mehreren Schichten, "
        "das zieht gleichmäßiger ein.",
    ]
    text = _stairs(posts, bodies)
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [c.author for c in page.walk()] == [name for name, *_ in posts]
    assert {c.depth for c in page.walk()} == {0}


def test_the_posters_name_over_its_stamp_is_no_field() -> None:
    """Items naming the poster over a stamp that names them too ("• Ann" over "Ann
    replied to Bo 2021-03-14") stay those comments' headers."""
    text = (
        "Why does my clock run fast?\n\n"
        "It gains three minutes a day since I moved it to the hall. Any idea why that happens?\n\n"
        "3 comments\n\n"
        "  • Lin Xiao\n"
        "    Lin Xiao 2021-03-14\n"
        "    How much does a cleaning cost? The shop near me asks a lot for it.\n"
        "  • Chen Yan\n"
        "    Chen Yan (author) replied to Lin Xiao 2021-03-14\n"
        "    It depends on the town and the make, usually a fair bit less than that.\n"
        "  • Lin Xiao\n"
        "    Lin Xiao replied to Chen Yan 2021-03-15\n"
        "    Understood, thank you, I will ask them what the price covers.\n"
    )
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [c.author for c in page.walk()][:1] == ["Lin Xiao"]
    assert len(page.comments) == 3
    assert all(c.text.split("\n")[0][0].isupper() for c in page.walk())
