"""A wiki's or a tracker's comments open each item with the avatar's alternative text, a
label and a colon before the name ("User icon: Marta Oyelaran", "Avatar: Ann"), the name
printed again under it: the picture names its owner (`lines.alt_text_owner`), and the
author is the name, not the label. Invented page comments in the shape resiliparse
prints them."""

from __future__ import annotations

import pytest

import threadparse
from threadparse import lines as L

COMMENTS = [
    ("Marta Oyelaran", "Thanks for writing this down, the rollback step saved us today."),
    ("Jonas Pfeifer", "That is me. I rewrote the rollback part after the last incident."),
    ("Priya Raman", "Related: the token for the registry expires every ninety days."),
    ("Elliot Brandt", "Could we move the smoke tests before the traffic switch?"),
]


@pytest.mark.parametrize("label", ["User icon:", "Avatar:", "Profile picture:"])
def test_the_label_before_the_name_is_the_pictures(label: str) -> None:
    lines = ["Release runbook", "", "Steps to release the ledger service.", "", "4 Comments"]
    for number, (name, text) in enumerate(COMMENTS, start=1):
        lines += [f"  {number}. {label} {name}", f"    {name}", "", f"    {text}", ""]
        lines += ["    Mar 05, 2024", "    • Reply", "    • Like", ""]
    comments = list(threadparse.parse("\n".join(lines) + "\n").walk())
    assert [c.author for c in comments] == [name for name, _ in COMMENTS]


def test_owner() -> None:
    assert L.alt_text_owner("User icon: Ann Lee") == "Ann Lee"
    assert L.alt_text_owner("Note: Ann Lee") is None
