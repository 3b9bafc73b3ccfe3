"""Ranks printed twice under the poster's name (invented pages, in the shapes
converters print them): an old board's profile cell prints the member's rank as text
and again as its picture's alternative text ("Ann" over "Enchanter" over "Enchanter"
over "Joined: …"). Several members hold the same rank, so the doubled line stands under
names that vary: it is no name printed twice, the name is the line over it (and over
a rank one member holds alone, printed in the same place). A name printed twice under
lines that vary (a badge, the pager, the post before's last line), a date under it and
no field, stays a name."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

LADDER = [  # (name, rank): two ranks held by several members each
    ("Orwin Tallmoss", "Weaver"),
    ("brisk_heron", "Spinner"),
    ("Kell", "Weaver"),
    ("Dunlan", "Spinner"),
    ("brisk_heron", "Spinner"),
    ("Mab Orrin", "Weaver"),
]
GUILD = [  # (and a rank held by one member alone)
    ("Pell Ashgrove", "Warden"),
    ("mirefox", "Scout"),
    ("Tamsin", "Warden"),
    ("Ulm", "Ranger"),
]
BODIES = [
    "Has anyone found where the loom vendor moved after the last patch of the game?",
    "He stands by the river gate now, near the bridge, but only during the evening.",
    "Thanks, I looked everywhere around the market square before asking about it here.",
    "Found him at last. He sells the silk pattern too, which is nice for the guild.",
    "The silk pattern needs a level thirty tailor, so bring a friend if you are lower.",
    "Good to know, my tailor is only twenty two so I will have to wait for a while.",
]


def _doubled_rank_page(posters: list[tuple[str, str]], located: range) -> str:
    """A phpBB 2 topic as resiliparse prints it: the name, its rank twice (text and
    picture), blank lines where the picture stood, the fields (a place on the posts
    ``located`` names), the header row, the body and the controls under it."""
    lines = ["Weavers Guild Forum Index", "", "Loom vendor", "", "Author\t\tMessage"]
    for n, ((name, rank), body) in enumerate(zip(posters, BODIES, strict=False)):
        lines += [name, rank, rank, "", "", f"Joined: 0{n + 1} Mar 2004", f"Posts: {12 + n}"]
        lines += ["Location: the river gate"] if n in located else []
        lines.append(
            f"PostPosted: Mon Apr 1{n}, 2004 9:1{n} pm    Post subject: \t\tReply with quote"
        )
        lines += [body, "Back to top", "View user's profile Send private message"]
    lines += ["", "Display posts from previous: All Posts", "Powered by a board"]
    return "\n".join(lines) + "\n"


def test_a_rank_printed_twice_under_several_names_is_no_name() -> None:
    text = _doubled_rank_page(LADDER, range(0, len(LADDER), 2))
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, _ in LADDER]
    assert [c.text for c in page.walk()] == BODIES
    assert_nothing_lost(page, text)


def test_the_ranks_of_another_ladder_over_one_more_field() -> None:
    text = _doubled_rank_page(GUILD, range(len(GUILD)))
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, _ in GUILD]
    assert_nothing_lost(page, text)


def _xenforo_page(badged: str) -> str:
    """A XenForo thread as w3m prints it: the name twice (the avatar's text, the name),
    the date and the post's number in a list under it, the body, the reactions; the
    thread starter's name under an "OP" badge (``badged``) and, on the first post,
    under the pager's "Next Last"."""
    lines = ["Boat Club", "", "Hull paint", "", "Go to page", "Go", "Next Last"]
    names = [badged, "tarnbeck", badged, "wheelhouse_jo", badged]
    for n, (name, body) in enumerate(zip(names, BODIES, strict=False)):
        if n and name == badged:
            lines.append("OP")
        lines += [name, "", name, "", f"  • Mar {n + 3}, 2021", "", f"  • #{n + 1}", "", body, ""]
        lines += ["  • Like", "", f"Reactions: ann_lee, bo and {n + 2} others"]
    return "\n".join(lines) + "\n"


def test_a_name_printed_twice_under_varying_lines_stays_the_name() -> None:
    for badged in ("keelwright", "Mira Stowe"):
        page = threadparse.parse(_xenforo_page(badged))
        names = [badged, "tarnbeck", badged, "wheelhouse_jo", badged]
        assert [c.author for c in page.walk()] == names
