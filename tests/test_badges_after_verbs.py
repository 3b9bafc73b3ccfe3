"""A theme that marks the post's author prints the badge after the header's verb ("Ann
Lee says: Post author March 5, 2024 at 2:22 pm"; Swedish "skriver: Inläggets
författare", the date glued on): the verb ends the name, and the badge is no part of it
(`names._strip_past_verb`). Invented threads."""

from __future__ import annotations

import pytest

import threadparse

CASES = [
    ("says:", "Post author", "March 5, 2024 at 2:22 pm", ""),
    ("says:", "Author", "March 5, 2024 at 2:22 pm", " "),
    ("skriver:", "Inläggets författare", "2 mars 2024 kl. 12:37", ""),
    ("schreibt:", "Beitragsautor", "5. März 2024 um 14:22", " "),
    ("dice:", "Autor de la entrada", "5 de marzo de 2024 a las 14:22", " "),
]


@pytest.mark.parametrize(("verb", "badge", "date", "gap"), CASES)
def test_the_badge_after_the_verb_is_no_part_of_the_name(
    verb: str, badge: str, date: str, gap: str
) -> None:
    lines = ["A shed roof", "", "We laid a new roof on the shed this spring.", "", "3 comments", ""]
    lines += [
        f"  1. Per Sandberg {verb}{gap}{date}",
        "",
        "    Nice work! How long an overhang?",
        "",
    ]
    lines += [
        f"    1. Ingrid Lind {verb} {badge}{gap}{date}",
        "",
        "      About thirty centimetres.",
        "",
    ]
    lines += [f"  2. Maja Ek {verb}{gap}{date}", "", "    We did the same five years ago.", ""]
    page = threadparse.parse("\n".join(lines) + "\n")
    assert [(c.depth, c.author) for c in page.walk()] == [
        (0, "Per Sandberg"),
        (1, "Ingrid Lind"),
        (0, "Maja Ek"),
    ]


def test_a_name_with_a_colon_of_its_own_keeps_it() -> None:
    """A colon after no verb stays in the name ("Team: Ann")."""
    lines = ["A post", "", "Text of the post.", "", "2 comments", ""]
    lines += ["  1. Team: Ann says:", "", "    First.", ""]
    lines += ["  2. Bo Lee says:", "", "    Second.", ""]
    page = threadparse.parse("\n".join(lines) + "\n")
    assert [c.author for c in page.walk()] == ["Team: Ann", "Bo Lee"]
