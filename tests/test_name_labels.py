"""A comment plugin prints the commenter's own label after the name and a middle dot
("Marcus Ebbing · Works at Ebbing Timber Frames", "Woodsmoke Diaries · Author"), the
body under it, a bar "Like · Reply · 3 · 2y" under the body: the name is the author,
whatever the label's length up to five words (`lines.without_affiliation`, read on the
name lines of post lists: `posts.shapes`). Invented page of a blog's Facebook comments."""

from __future__ import annotations

import pytest

import threadparse
from threadparse import lines as L

COMMENTS = [
    ("Jessie Calloway", " · Top fan", "How much did the road cost in the end?"),
    ("Woodsmoke Diaries", " · Author", "The road was a fifth of the total, it still hurts."),
    ("Ray Donnelly", "", "Same here, our gravel bill was bigger than the foundation."),
    ("Marcus Ebbing", " · {label}", "What did you use for the foundation, piers or a slab?"),
    ("Woodsmoke Diaries", " · Author", "Helical piers. No frost heave in two winters so far."),
    ("Hannah Sørlie", "", "We went with a slab and regret it every spring."),
]


@pytest.mark.parametrize("label", ["Works at Ebbing Timber Frames", "Carpenter", "Lives in Cork"])
def test_the_name_before_its_label(label: str) -> None:
    lines = ["Building our cabin: the costs", "", "Here is what everything cost.", ""]
    lines += ["6 Comments", ""]
    for n, (name, tail, body) in enumerate(COMMENTS, 2):
        lines += [name + tail.format(label=label), body, f"Like · Reply · {n} · 2y"]
    lines += ["", "Facebook Comments Plugin"]
    comments = list(threadparse.parse("\n".join(lines) + "\n").walk())
    assert [c.author for c in comments] == [name for name, _, _ in COMMENTS]


def test_labels_and_what_stays() -> None:
    assert L.without_affiliation("Marcus Ebbing · Works at Ebbing Timber Frames") == "Marcus Ebbing"
    assert L.without_affiliation("Ann · 3 replies") == "Ann · 3 replies"
