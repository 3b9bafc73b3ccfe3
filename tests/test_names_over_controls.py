"""Boards that print no date in a post's header: the poster's name over the same bar
of controls on every post ("fredvs" over "Reply | Threaded"), the card under it (the
subject, the name again glued to a status, the poster's rank on each of that poster's
posts), then the body. Each name over the bar heads a post; the card is the header's.
As resiliparse, lynx and html2text print it. Invented board, names and text."""

from __future__ import annotations

import re

import pytest

import threadparse

POSTS = [
    ("marrow_lane", "Hello,\nis there a way to play a short tone without loading a file?"),
    ("Quentin Fray", "Yes, fill a buffer with a sine wave and play it from memory."),
    ("marrow_lane", "Hello,\nthanks, that works. The tone clicks at the end though."),
    ("Quentin Fray", "Fade the last few hundred samples out and the click goes away."),
    ("ostler", "Same trick works for the start of the tone, in my experience."),
]
RANKS = {"Quentin Fray": "Administrator"}


def _board(bar: str, link: bool) -> str:
    out = ["Tone Forum", "Search", "", "Playing a tone", "", " Locked 5 messages Options"]
    for number, (name, body) in enumerate(POSTS):
        shown = f"[{name}](user?id={number})" if link else name
        subject = "Playing a tone" if number == 0 else "Re: Playing a tone"
        out += [shown, bar, "Open this post in threaded view", "♦", "|", "Selected post", ""]
        out += [subject, f"{name}online"] + ([RANKS[name]] if name in RANKS else [])
        out += [*body.split("\n"), ""]
    out += ["« Return to Tone Forum", ""]
    return "\n".join(out) + "\n"


def _lynx(text: str) -> str:
    count = iter(range(10, 99))
    names = r"(?m)^(marrow_lane|Quentin Fray|ostler)$"
    return re.sub(names, lambda m: f"[{next(count)}]{m[1]}", text)


@pytest.mark.parametrize(
    ("bar", "link", "shape"),
    [
        ("Reply | Threaded", False, "plain"),
        ("Quote · Report", False, "plain"),
        ("Reply | Threaded", False, "lynx"),
        ("[Reply](r?id=1) | [Threaded](javascript:void\\(0\\))", True, "plain"),
    ],
)
def test_a_name_over_the_same_bar_heads_each_post(bar: str, link: bool, shape: str) -> None:
    text = _board(bar, link)
    page = threadparse.parse(_lynx(text) if shape == "lynx" else text)
    comments = list(page.walk())
    assert [c.author for c in comments] == [name for name, _ in POSTS]
    assert [c.text for c in comments] == [body for _, body in POSTS]
