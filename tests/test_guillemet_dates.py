"""Boards of the Simple Machines family (as resiliparse prints them): each post's name
over the poster's card (a list), the subject, then its number and date in guillemets
("« Reply #3 on: DATE »", the opening post's "« on: DATE »", in any language: "« Válasz
#76 Dátum: DATE »"), the body, "Logged" and the signature; a quote in a body opens with
"Quote from: NAME on DATE", a quote's attribution, never a post's header. Invented
board, names and text."""

from __future__ import annotations

import threadparse
from threadparse.quoteboxes import read_attribution

POSTS = [
    ("wrenfield", "", "Should we move the meeting to Thursday? Tuesday clashes with the market."),
    ("Tobias Mell", "", "Thursday works for me, as long as we start after six."),
    ("ingrid_k", "wrenfield", "Agreed, Thursday it is then."),
    ("wrenfield", "", "Thursday at half past six, in the back room as usual."),
]


def _board(reply: str, on: str) -> str:
    out = ["Riverside Allotments Forum", "", "Home Help Search Login", ""]
    for number, (name, quoted, body) in enumerate(POSTS):
        out += [name, "", "  • Member", "  • Posts: 12", "Re: Meeting night"]
        label = f"{reply} #{number} {on}" if number else on
        out += [f"« {label}: March {number + 3}, 2009, 0{number}:15:00 PM »"]
        if quoted:
            out += [f"Quote from: {quoted} on March 3, 2009, 00:15:00 PM", "Tuesday clashes."]
        out += [body, "Logged", ""]
    return "\n".join(out) + "\n"


def test_quote_from_is_an_attribution() -> None:
    found = read_attribution("Quote from: wrenfield on March 3, 2009, 08:15:00 PM")
    assert found is not None and found.author == "wrenfield"


def test_posts_dated_in_guillemets_in_two_languages() -> None:
    for reply, on in (("Reply", "on"), ("Válasz", "Dátum")):
        page = threadparse.parse(_board(reply, on))
        assert [c.author for c in page.walk()] == [name for name, _, _ in POSTS], reply
        third = list(page.walk())[2]  # (the quote stays in the body that quotes it: with
        # no blank line under the quoted text, where the box ends is not told)
        assert third.text.startswith("Quote from: wrenfield on")


def test_the_subject_over_every_date_is_the_templates_line() -> None:
    # ("Re:subject" printed the same between each poster's card and the date: no sentence
    # of a body; a control line under a body, a blank line over it, stays as it was)
    from threadparse.outline import OutlineNode
    from threadparse.posts import prose as P

    lines, blanks = [], []
    for number in range(4):
        lines += [
            "  Posts: 12",
            "Re:ideas for making money quickly for those who start from zero ( m )",
        ]
        lines += [
            f"« Reply #{number} on: March 3, 2009, 08:15:00 PM »",
            "I sold my old bike and made enough for a month.",
        ]
        blanks += [False, False, False, True]
    flat = [
        OutlineNode(None, t, n, 0, 0, len(t), b)
        for n, (t, b) in enumerate(zip(lines, blanks, strict=True), 1)
    ]
    marked = [P.is_prose(node.text) for node in flat]
    assert marked[1]  # (it reads as a sentence)
    P._unmark_repeated_subjects(flat, marked)
    assert not any(marked[1::4]) and all(marked[3::4])
