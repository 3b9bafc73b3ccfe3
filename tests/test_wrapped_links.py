"""html2text wraps long Markdown links: the line under the opening one closes the link
("](/users/7/ann-lee)") or its title ('Reply to the comment")'), and is not the name
a post's author is guessed from; and a name printed again right after its link
("[Ann Lee](/users/7/ann-lee)Ann Lee") is one name. Invented page in html2text's
format."""

from __future__ import annotations

import pytest

import threadparse
from threadparse import posts
from threadparse.posts import authors, shapes


def _answers() -> str:
    people = [("Ann Lee", 7), ("bo_ek", 12), ("Cyd Marr", 31), ("dunlin", 44)]
    bodies = [
        "Use a generator expression instead of building the list.",
        "A list comprehension reads better here, and it is faster too.",
        "Both work; pick whichever your team finds clearer.",
        "Profile first. The difference rarely matters.",
    ]
    lines = ["# How do I square every item of a list?", "", "Asked 3 years ago", ""]
    for day, ((name, user), body) in enumerate(zip(people, bodies, strict=True), 3):
        slug = name.lower().replace(" ", "-").replace("_", "-")
        lines += [body, "", f"[Share](/a/{100 + day})", "", f"answered Jan {day}, 2013 at 17:25"]
        lines += ["", f"[ ![{name}'s user avatar](https://example.org/av/{user}.png?s=64)"]
        lines += [f"](/users/{user}/{slug})", "", f"[{name}](/users/{user}/{slug}){name}", ""]
        lines += ["1,204 reputation", "", "Add a comment |", ""]
    return "\n".join(lines)


def test_a_name_printed_again_after_its_link_is_one_name() -> None:
    page = threadparse.parse(_answers())
    # (the last answer too: signed under its body, it needs no prose after it)
    assert [comment.author for comment in page.walk()] == ["Ann Lee", "bo_ek", "Cyd Marr", "dunlin"]


@pytest.mark.parametrize(
    "line", ["](/users/7/ann-lee)", 'the comment")', "](/trophies/expert.81", "Lee)"]
)
def test_the_rest_of_a_wrapped_link_is_no_likely_name(line: str) -> None:
    assert posts.is_name_like(line)  # (it still holds a post's place: the post stays)
    assert not authors._candidate(line, frozenset())


@pytest.mark.parametrize("line", ["Ann (Lee)", "bo_ek", "[Ann](/u/1)", "[Ann](/u/1)Bob"])
def test_names_with_brackets_stay(line: str) -> None:
    assert authors._candidate(line, frozenset())


def test_a_link_followed_by_another_name_is_not_collapsed() -> None:
    assert shapes._display("[Ann](/u/1)Bob") == "AnnBob"
