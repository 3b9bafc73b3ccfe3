"""A board's ranks printed twice under each post's stamp (the rank's text, then its
picture's alternative text: "Senior Member" over "Senior Member"), under the poster's
online status, the poster's name right over the stamp (phpBB in a main-content dump):
the doubled lines are ranks, not names printed twice, where three different ones at
least share a word ("Member", "Senior Member", "Junior Member";
`posts.authors._worded_ranks`), so the header is the name over the stamp, not a block
under it (`posts.reading._header_under`). Every fixture here is invented."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

_JOINED = {"pebble_dash": "Mar 06, 2021", "Wren Ashby": "Nov 03, 2005", "Tam Okoro": "Jan 09, 2019"}


def _post(name: str, when: str, status: str, rank: str, body: str) -> str:
    return f"""\
{name}
Posted: {when}
{status}
{rank}
{rank}

Joined: {_JOINED[name]}
Posts: {len(name) * 7}
{body}


Report this post
Top
 Profile Send private message
Reply with quote
"""


ENGLISH = "Pi 4 reboots when the USB disk spins up\n\n" + "".join(
    _post(*post)
    for post in [
        (
            "pebble_dash",
            "Wed Jul 14, 2021 1:22 pm",
            "Online",
            "Member",
            "My Pi 4 reboots as soon as the USB disk spins up, every single time.",
        ),
        (
            "Wren Ashby",
            "Wed Jul 14, 2021 1:47 pm",
            "Offline",
            "Senior Member",
            "Almost surely the power supply: a disk on USB draws a lot at spin-up.",
        ),
        (
            "pebble_dash",
            "Wed Jul 14, 2021 2:12 pm",
            "Online",
            "Member",
            "I use the official 3 A supply though, and the log shows nothing useful.",
        ),
        (
            "Tam Okoro",
            "Wed Jul 14, 2021 3:58 pm",
            "Offline",
            "Junior Member",
            "Try a powered USB hub between the Pi and the disk, that fixed mine.",
        ),
        (
            "Wren Ashby",
            "Wed Jul 14, 2021 4:40 pm",
            "Offline",
            "Senior Member",
            "Or add the usb-storage quirk for the bridge chip to cmdline.txt.",
        ),
    ]
)

# other ranks sharing another word ("Forum Newbie", "Forum Regular", "Forum Veteran")
FORUM_RANKS = (
    ENGLISH.replace("\nJunior Member\nJunior Member\n", "\nForum Newbie\nForum Newbie\n")
    .replace("\nSenior Member\nSenior Member\n", "\nForum Veteran\nForum Veteran\n")
    .replace("\nMember\nMember\n", "\nForum Regular\nForum Regular\n")
)


def authors(text: str) -> list[str | None]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [c.author for c in page.walk()]


NAMES = ["pebble_dash", "Wren Ashby", "pebble_dash", "Tam Okoro", "Wren Ashby"]


def test_doubled_ranks_under_the_stamp() -> None:
    assert authors(ENGLISH) == NAMES


def test_doubled_ranks_of_another_word() -> None:
    assert "Member" not in FORUM_RANKS
    assert authors(FORUM_RANKS) == NAMES


def test_a_name_printed_twice_stays_a_name() -> None:
    """Names doubled under the stamp (an avatar's text over the name) share no word."""
    text = ENGLISH
    for rank in ("Senior Member", "Junior Member", "Member"):
        text = text.replace(f"\n{rank}\n{rank}\n", "\nOnline\nOnline\n")
    assert "Member" not in text
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert len(list(page.walk())) == 5
