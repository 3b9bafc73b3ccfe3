"""Forums and link aggregators mark the thread starter's posts with a word after the name
("GrainAndGlue OP", "bagus_w TS"): no part of the name, where only one poster carries it
(`names._strip_starter_marks`). Two posters who both carry it are left as printed (then
it is no starter's mark). Invented threads of a "NAME said:" board."""

from __future__ import annotations

import pytest

import threadparse

POSTS = [
    ("GrainAndGlue", "Hide glue or a yellow glue for a cherry dining chair?"),
    ("Hollis_W", "For chairs I use liquid hide glue every time."),
    ("GrainAndGlue", "How much open time do you get with it in a cold shop?"),
    ("benchdog", "A yellow glue here, never had a chair joint fail."),
    ("GrainAndGlue", "Decision made: hide glue for the chairs."),
]


def _thread(mark: str, marked: set[str]) -> str:
    lines = ["Woodworking forum", "", "Glue for chairs", "", f"{len(POSTS)} replies"]
    for number, (name, text) in enumerate(POSTS, start=1):
        shown = f"{name} {mark}" if name in marked else name
        lines += [f"  {number}. {shown} says:", f"    {text}", ""]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("mark", ["OP", "TS"])
def test_the_starters_mark_is_no_name(mark: str) -> None:
    comments = list(threadparse.parse(_thread(mark, {"GrainAndGlue"})).walk())
    assert [c.author for c in comments] == [name for name, _ in POSTS]


def test_a_mark_two_posters_carry_stays() -> None:
    comments = list(threadparse.parse(_thread("OP", {"GrainAndGlue", "benchdog"})).walk())
    assert "GrainAndGlue OP" in [c.author for c in comments]
