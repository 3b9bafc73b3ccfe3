"""A classic table forum's posts, each a card of the poster's name, rank and post count
on lines of their own over the header line ("Ann" over "Senior Member" over "12 Posts"
over "Reply Posted - DATE  Reply #1 Show Profile"). The line right over the count is
the rank, not the name: the rank lines end with one word on every card ("Member"),
the words before it a few of the template's ("Starting", "Senior"), where names end
alike on no page; the name is the line over the rank (`authors._ranks_over_counts`),
even where a rank only one poster holds stands where a name would. Then a page whose
lines over the counts are names that share a surname now and then still reads them.

Every fixture here is invented.
"""

from __future__ import annotations

import threadparse
from threadparse.outline import OutlineNode
from threadparse.posts.authors import _ranks_over_counts

NB = "\xa0"

CARDS = [
    ("Perry_Lomax", "Starting Member", "9", "My greenhouse fan stalls every evening at dusk."),
    ("Gorse", "Advanced Member", "1204", "Check the capacitor on the fan motor first."),
    ("Perry_Lomax", "Starting Member", "9", "Swapped the capacitor, it ran all night."),
    ("Ida Quennell", "Average Member", "233", "Keep the intake clear of leaves as well."),
    ("Gorse", "Advanced Member", "1204", "A cheap fan guard helps with the leaves."),
    ("tam_rowe", "Senior Member", "650", "Mine did the same until I moved the sensor."),
    ("Perry_Lomax", "Starting Member", "9", "Moved it too, all quiet now, thanks."),
]


def _resiliparse(cards: list[tuple[str, str, str, str]]) -> str:
    """resiliparse: a blank line between the rank and the count, the icon's text glued
    to the posting word, no-break spaces around the date's pieces."""
    out = ["Potting Shed Forum", "Home | Profile | Register | Members | Search", ""]
    out.append("Author\t\tTopic")
    for number, (name, rank, count, body) in enumerate(cards):
        date = f"05/{10 + number:02d}/2023{NB}:{NB}1{number}:4{number}:07"
        icon, tail = ("Reply", f"{NB}{NB}Reply #{number}{NB}") if number else ("Topic", NB)
        head = f"{icon}Posted{NB}-{NB}{date}{tail}Show ProfileReply with Quote"
        out += ["", name, rank, "", f"{count} Posts", head, body]
    out += ["Previous Topic | Next Topic", "Jump To:"]
    return "\n".join(out) + "\n"


def _lynx(cards: list[tuple[str, str, str, str]]) -> str:
    """lynx: the card's lines one under the other, the header line wrapped, a rule
    under it."""
    out = ["   Potting Shed Forum", "", "   Author Topic [9] Previous Topic", ""]
    link = 20
    for number, (name, rank, count, body) in enumerate(cards):
        date = f"05/{10 + number:02d}/2023 : 1{number}:4{number}:07"
        word, reply = ("Reply", f"  Reply #{number}") if number else ("Topic", "")
        out += [f"   {name}", f"   {rank}", f"   {count} Posts"]
        out += [f"   {word} Posted - {date}{reply} [{link}] Show Profile"]
        out += [f"   [{link + 1}]Reply with Quote", "     " + "_" * 60, "", f"   {body}", ""]
        link += 2
    out += ["   [90]Previous Topic | [91]Next Topic"]
    return "\n".join(out) + "\n"


def _authors(text: str, cards: list[tuple[str, str, str, str]]) -> dict[str, str | None]:
    """Each comment's body (the card's text it holds) and its author."""
    read: dict[str, str | None] = {}
    for comment in threadparse.parse(text).walk():
        bodies = [body for *_, body in cards if body in comment.text]
        assert len(bodies) == 1, comment.text
        read[bodies[0]] = comment.author
    return read


def _expected(cards: list[tuple[str, str, str, str]], text: str) -> None:
    read = _authors(text, cards)
    assert len(read) >= len(cards) - 1  # (the opening post may stand alone)
    assert read == {body: name for name, _, _, body in cards if body in read}


def test_names_over_ranks_over_counts_resiliparse() -> None:
    _expected(CARDS, _resiliparse(CARDS))


def test_names_over_ranks_over_counts_lynx() -> None:
    _expected(CARDS, _lynx(CARDS))


def test_other_rank_words() -> None:
    words = {"Member": "Poster"}
    cards = [(n, " ".join(words.get(w, w) for w in r.split()), c, b) for n, r, c, b in CARDS]
    cards[3] = (cards[3][0], "Old Hand Poster", cards[3][2], cards[3][3])  # (three words)
    _expected(cards, _resiliparse(cards))
    _expected(cards, _lynx(cards))


def _lines(*texts: str) -> list[OutlineNode]:
    return [OutlineNode(None, text, n, 1, 0, len(text), False) for n, text in enumerate(texts)]


def test_the_rank_lines() -> None:
    ranks = _lines("Junior Member", "Senior Member", "Junior Member", "Top Member")
    assert _ranks_over_counts(ranks, [0, 1, 2, 3])
    one_off = _lines("Junior Member", "Senior Member", "Gorse", "Junior Member")
    assert _ranks_over_counts(one_off, [0, 1, 2, 3])  # (one card at most may differ)


def test_names_are_no_ranks() -> None:
    names = _lines("Ann Lee", "Bob Lee", "Cy Marsh", "Dot Finch")  # (a shared surname)
    assert not _ranks_over_counts(names, [0, 1, 2, 3])
    alike = _lines("Member", "Member", "Member", "Member")  # (one word: the template's)
    assert not _ranks_over_counts(alike, [0, 1, 2, 3])
    same = _lines("Ann Lee", "Ann Lee", "Ann Lee", "Ann Lee")  # (one poster: no ranks)
    assert not _ranks_over_counts(same, [0, 1, 2, 3])


def test_names_right_over_counts_stay() -> None:
    """No rank line: the names over the counts, two of them sharing a surname."""
    cards = [
        ("Ann Lee", "Thread Starter", "9", "My greenhouse fan stalls every evening at dusk."),
        ("Bob Lee", "Moderator", "1204", "Check the capacitor on the fan motor first."),
        ("Ann Lee", "Thread Starter", "9", "Swapped the capacitor, it ran all night."),
        ("Cy Marsh", "Regular", "233", "Keep the intake clear of leaves as well."),
        ("Dot Finch", "Regular", "650", "Mine did the same until I moved the sensor."),
    ]
    flipped = [(rank, name, count, body) for name, rank, count, body in cards]
    _expected(cards, _lynx(flipped).replace("   Thread Starter\n", ""))
