"""Comments whose byline names the part of the work they are on ("quillandbrine on
Chapter 3 Tue 15 Mar 2022 07:40AM UTC", a fan-fiction archive's chapter comments): the
part's words follow every name, so they are no name's, and neither is the "on" before
them. Invented comments, nested as resiliparse prints them."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import threadparse

COMMENTS = [  # (depth, name, text)
    (0, "quillandbrine", "The margin notes were the first thing I wrote for this chapter."),
    (1, "fernhollow", "They really land. Please never stop annotating him."),
    (0, "Odile (Guest)", "I don't usually comment but I loved the lighthouse scene."),
    (0, "stormpetrel_writes", "I read the lighthouse scene three times in a row."),
    (1, "quillandbrine", "Thank you, that scene took me a whole month to get right."),
    (0, "tidewrack", "Waiting for the next chapter already, no pressure at all."),
]


def test_the_part_a_comment_is_on_is_no_part_of_its_authors_name() -> None:
    out = ["The Keeper's Log - Chapter 3", "", "Chapter text here.", "", "Comments (5)", ""]
    for number, (depth, name, text) in enumerate(COMMENTS):
        pad = "  " * (depth + 2)
        out += [f"{pad}{number + 1}. {name} on Chapter 3 Tue 1{number} Mar 2022 07:40AM UTC"]
        out += [f"{pad}  {text}", "", f"{pad}  Thread Reply", ""]
    page = threadparse.parse("\n".join(out) + "\n")
    shown = [name.removesuffix(" (Guest)") for _, name, _ in COMMENTS]
    assert [c.author for c in page.walk()] == shown


def test_the_archives_chapter_page_in_four_dumps() -> None:
    """tests/heldout11's chapter page (invented): members' and guests' bylines, the
    icon's text under each, a deleted comment's placeholder. In every dump that prints
    the bylines on lines of their own, no author keeps the "on" (13 of the 15 named
    comments' names found as often as the page prints them; a guest's "(Guest)" stays on
    one of them)."""
    folder = Path(__file__).resolve().parent / "heldout11"
    truth = json.loads((folder / "ao3.chapter-a.truth.json").read_text(encoding="utf-8"))
    names = [c["author"] for c in truth["comments"]]
    for dialect in ("resiliparse", "inscriptis", "w3m"):
        text = (folder / f"ao3.chapter-a.{dialect}.txt").read_text(encoding="utf-8")
        authors = [c.author for c in threadparse.parse(text).walk()]
        assert not any((a or "").endswith(" on") for a in authors), (dialect, authors)
        right = sum((Counter(authors) & Counter(names)).values())  # (as many of each name)
        assert right >= 13, (dialect, authors)
