"""A poster's nickname in quotes between their first and last names ("Mara 'Kestrel'
Voss", `Tobias "Tobi" Lind`) is part of the name on a dated header line, as in a bug
tracker's "Comment 5 NAME DATE": the posts headed so are posts, not lines of the post
before. A quoted word that closes an event of a page's log ("ann added tag 'recurring'
(1h ago)") still heads nothing. Invented posts of a tracker for a kite-design tool."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L

POSTERS = ["Petra Holm", "Mara 'Kestrel' Voss", 'Tobias "Tobi" Lind', "Odile Brun"]

POSTS = [
    (0, "The export to the cutting plotter drops the last panel of the sail."),
    (1, "Confirmed here with the delta template; the ripstop panel is missing."),
    (2, "It happens only when the seam allowance is wider than ten millimetres."),
    (1, "That matches what I saw: with eight millimetres every panel is there."),
    (3, "The exporter rounded the allowance before the check; patch attached."),
    (1, "Verified with the nightly build, all panels export now. Thanks!"),
]

TRACKER = """\
Bug 4417 - Plotter export drops the last panel
Status: RESOLVED FIXED
{posts}
Format For Printing - XML - Clone This Bug - Top of page
"""

POST = "{label} {name} 2024-03-{day:02d} 1{hour}:2{minute}:0{minute} UTC\n{body}\n\n"


def _page() -> str:
    posts = "".join(
        POST.format(
            label="Description" if at == 0 else f"Comment {at}",
            name=POSTERS[poster],
            day=at + 3,
            hour=at,
            minute=at,
            body=body,
        )
        for at, (poster, body) in enumerate(POSTS)
    )
    return TRACKER.format(posts=posts)


@pytest.mark.parametrize("name", POSTERS[1:3])
def test_a_quoted_nickname_is_part_of_a_dated_header(name: str) -> None:
    header = L.read_header(f"Comment 5 {name} 2024-03-08 15:25:05 UTC")
    assert header is not None and header.author is not None and header.author.endswith(name)


def test_posts_headed_by_a_nickname_are_posts_of_their_own() -> None:
    text = _page()
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.text for c in comments] == [body for _, body in POSTS]
    assert [c.author for c in comments[1:]] == [POSTERS[p] for p, _ in POSTS[1:]]
    assert_nothing_lost(page, text)


@pytest.mark.parametrize(
    "line",
    [
        "mossgarden added tag 'recurring' (1h ago)",
        "ann renamed the card 'Spars' 2 hours ago",
        "Petra moved 'Kite' To Done 2 hours ago",
    ],
)
def test_a_quoted_word_in_a_log_event_heads_nothing(line: str) -> None:
    assert L.read_header(line) is None
