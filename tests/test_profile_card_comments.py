"""Comments headed by a profile card: the picture's text, the name printed twice, a
line about the poster, the card's fields as list items ("• Location" over "Lisbon",
"• Joined" over "Jan 6, 2019"), then the comment's date as an item of its own
("• Mar 10"), the body, the controls. A card's field label over its date ("Joined",
the same on every card) names no one; a body too short for prose ("Thanks!") is a
comment still, the next poster's name printed twice under it; a control item under
every date ("• Copy link") is the header's, not the body's. Invented pages in the
shape of a developer blog platform, as resiliparse prints them."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

COMMENTS = [
    (
        "tallowfern",
        "Imre Kassai",
        "Web developer | Musician",
        "I tune my guitar down a whole step, would love to see that here.",
    ),
    (
        "bluequay",
        "Noor Elbaz",
        "",
        "Hello! I noted your request and added the drop tunings to the list.",
    ),
    ("tallowfern", "Imre Kassai", "Web developer | Musician", "Thanks!"),
    (
        "sedgewick",
        "Owen Sedge",
        "",
        "Have a look at the theory section of my site, it has many tunings too.",
    ),
    (
        "haldor",
        "Haldor Ness",
        "Maker of small tools",
        "Finally something interesting to read this week, great work on it.",
    ),
]


def _page() -> str:
    lines = [
        "Guitar scales on a fretboard",
        "",
        "A post about a small tool for practising scales.",
        "",
    ]
    lines += ["Top comments (5)", ""]
    for number, (handle, name, about, body) in enumerate(COMMENTS):
        lines += [f"{handle} profile image", name, name]
        lines += [about] if about else []
        lines += ["  • Location", "    Lisbon"] if about else []
        lines += [
            "  • Joined",
            f"    Jan {number + 2}, 2019",
            f"• Mar 1{number}",
            "  • Copy link",
            "",
        ]
        lines += [body, "", "Comment button Reply", "Collapse Expand", " "]
    lines += ["Code of Conduct • Report abuse", "", "Read next"]
    return "\n".join(lines) + "\n"


def test_comments_under_profile_cards() -> None:
    text = _page()
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for _, name, _, _ in COMMENTS]
    assert [c.date for c in page.walk()] == [f"Mar 1{n}" for n in range(len(COMMENTS))]
    assert all(c.text.startswith(body) for c, (*_, body) in zip(page.walk(), COMMENTS, strict=True))
    assert_nothing_lost(page, text)
