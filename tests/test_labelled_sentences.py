"""A body's line that opens with a label and goes on as a sentence ("Update: the
exporter rounded the allowance first.", "Quick update: day 6 and the water is clear!")
is a line of the body, not a field of a header block: a post whose body opens so is a
post of its own, not the header block of the next one. A field's value ("Location: Port
Elizabeth, Eastern Cape"), a reply's subject ("Re: Queen cells in April: swarm or
supersedure?") and a short note stay fields. Invented posts of a tracker and a board."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.posts import is_prose

POSTERS = ["Petra Holm", "Mara Voss", "Tobias Lind", "Odile Brun"]

TRACKER = """\
Bug 4417 - Plotter export drops the last panel
Status: RESOLVED FIXED
{posts}
Format For Printing - XML - Clone This Bug - Top of page
"""

TRACKER_POST = "Comment {at} {name} 2024-03-{day:02d} 1{hour}:2{at}:0{at} UTC\n{body}\n\n"

BOARD = """\
Kite Corner › Building › Spine keeps snapping
{posts}
Powered by a board nobody remembers
"""

BOARD_POST = "{name}\nPosted {day} April 2024, 1{hour}:0{at}\n\n{body}\n\n"

BODIES = [
    "The export to the cutting plotter drops the last panel of the sail.",
    "Confirmed here with the delta template; the ripstop panel is missing.",
    "It happens only when the seam allowance is wider than ten millimetres.",
    "That matches what I saw: with eight millimetres every panel is there.",
    "{label}: the exporter rounded the allowance before the check, so it is fixed now.",
    "Verified with the nightly build, all panels export now. Thanks!",
]


def _page(page: str, post: str, label: str) -> str:
    posts = "".join(
        post.format(at=at, name=POSTERS[at % 4], day=at + 3, hour=at, body=body.format(label=label))
        for at, body in enumerate(BODIES)
    )
    return page.format(posts=posts)


@pytest.mark.parametrize("label", ["Update", "Quick update", "EDIT"])
@pytest.mark.parametrize(("page", "post"), [(TRACKER, TRACKER_POST), (BOARD, BOARD_POST)])
def test_a_body_opening_with_a_label_is_a_body(page: str, post: str, label: str) -> None:
    text = _page(page, post, label)
    parsed = threadparse.parse(text)
    comments = list(parsed.walk())
    assert [c.text for c in comments] == [body.format(label=label) for body in BODIES]
    assert [c.author for c in comments][1:] == [POSTERS[at % 4] for at in range(1, 6)]
    assert_nothing_lost(parsed, text)


@pytest.mark.parametrize(
    "line",
    [
        "Update: the exporter rounded the allowance before the check, so it is fixed now.",
        "Small correction: the second half of the post is wrong about the flag.",
    ],
)
def test_a_labelled_sentence_is_prose(line: str) -> None:
    assert is_prose(line)


@pytest.mark.parametrize(
    "line",
    [
        "Location: Port Elizabeth, Eastern Cape, South Africa, Earth, Sol",
        "Re: Queen cells in April: swarm or supersedure for the colony?",
        "Re: the spine keeps snapping at the lower spar after a week.",
        "Interests: Kites, Sailing, Old Maps And Long Walks On Beaches.",
        "Note: see above.",
    ],
)
def test_a_field_or_a_subject_stays_no_prose(line: str) -> None:
    assert not is_prose(line)
