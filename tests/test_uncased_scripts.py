"""Prose in a script with no letter case (Hebrew, Arabic): every word of a sentence
reads as a lower-case one (`posts.prose.is_prose`), so a board's bodies are bodies and
its posts are found; a name closed by an initial of such a script ("יוסי ק.") is a
name (`lines.ends_in_initial`). Invented page of a Hebrew board (right to left)."""

from __future__ import annotations

import pytest

import threadparse
from threadparse.lines import ends_in_initial

POSTS = [
    (
        "דני_הגנן",
        "חבר · הודעות: 12",
        "שלום לכולם, לפני שנתיים שתלתי עץ רימון בחצר והוא פרח יפה מאוד.",
    ),
    ("מיכל.ש", "חבר · הודעות: 185", "אצלנו היה בדיוק אותו דבר, רק הפרחים בצורת כד הופכים לפרי."),
    ("יוסי ק.", "חבר · הודעות: 41", "תבדוק גם את ההשקיה, עודף מים גורם לנשירה של פרחים רבים."),
    ("דני_הגנן", "חבר · הודעות: 12", "תודה רבה לכולם, אנסה השנה להשקות פחות ונראה מה יקרה."),
]


@pytest.mark.parametrize("signature", [True, False])
def test_a_board_in_a_script_without_case(signature: bool) -> None:
    lines = ["פורום גינון", "", "נשירת פרחים ברימון", ""]
    for n, (name, rank, body) in enumerate(POSTS, 1):
        lines += [f"{name} | 0{n}/03/2024 14:2{n} {n}", rank, "", body, ""]
        if signature:
            lines += ["__________________", "רק מי שזורע בחורף קוטף באביב"]
        lines += ["הגב · ציטוט · דווח"]
    comments = list(threadparse.parse("\n".join(lines) + "\n").walk())
    assert [c.author for c in comments] == [name for name, _, _ in POSTS]


def test_initials_of_scripts_with_and_without_case() -> None:
    assert ends_in_initial("יוסי ק.") and ends_in_initial("Rhys P.")
    assert not ends_in_initial("it was p.")
