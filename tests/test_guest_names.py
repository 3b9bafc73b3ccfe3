"""Boards that sign every guest alike: the same label over each post's counter and date
("Vierailija" over "2/37 |" over "01.08.2017 | 12:13", "Anonymous", "名無しさん"). The label
is the name all post under: each dated post is a post, signed with it. A subject's
placeholder printed the same over every post ("(no subject)", "#### no subject") or a
link's piece is no such name. Invented posts."""

from __future__ import annotations

import pytest

import threadparse

TEXTS = [
    "Rice or potatoes with the fish, which one is healthier for a child?",
    "Neither matters much, eat what you like and add vegetables to it.",
    "Potatoes have more vitamin C, rice keeps longer in the cupboard.",
    "We eat both, one week rice and the next week potatoes.",
    "Whole grain rice is the better choice if you can find it.",
]


def _board(guest: str, controls: list[str]) -> str:
    out = ["Food and drink", "", "Rice or potatoes?", ""]
    for number, text in enumerate(TEXTS):
        if number:
            out += controls
        out += [guest, f"{number + 1}/37 |", f"01.08.2017 | 12:{10 + number}", ""]
        out += [text, ""]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(
    ("guest", "controls"),
    [("Vierailija", ["Vastaa", "Lainaa"]), ("Anonymous", ["Reply", "Quote"]), ("名無しさん", [])],
)
def test_the_label_every_guest_posts_under_names_each_post(guest: str, controls: list[str]) -> None:
    page = threadparse.parse(_board(guest, controls))
    comments = list(page.walk())
    assert [c.author for c in comments] == [guest] * len(TEXTS)
    assert [c.text for c in comments] == TEXTS


@pytest.mark.parametrize("placeholder", ["(no subject)", "#### no subject"])
def test_a_subjects_placeholder_is_no_guests_name(placeholder: str) -> None:
    page = threadparse.parse(_board(placeholder, []))
    assert all(c.author != "no subject" for c in page.walk())
