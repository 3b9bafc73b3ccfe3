"""A tracker's notes print each poster's role after the name ("Ann Lee (developer)",
"tessa_v (administrator)", `names._strip_roles`): where (nearly) every name carries a
one-word parenthesis and some word follows two names at least, it is the role, not the
name's part. Invented pages, names and text."""

from __future__ import annotations

import threadparse

NOTES = [
    ("0000412", "tessa_v", "administrator", "2019-04-02 10:15", "Targeted to the next release."),
    ("0000415", "Oskar Lind", "developer", "2019-04-03 09:02", "I can take this one next week."),
    ("0000420", "build-bot", "developer", "2019-04-05 18:40", "Fixed in revision 5512."),
    ("0000431", "tessa_v", "administrator", "2019-04-09 08:30", "Checked on the nightly build."),
]


def _tracker(notes: list[tuple[str, str, str, str, str]]) -> str:
    out = ["Acme Issue Tracker", "View Issue Details", "Summary\t\tExport drops the last row", ""]
    out.append("-  Notes")
    for number, name, role, date, body in notes:
        out += [f"({number})", f"{name} ({role})", date, "", f"\t\t{body}"]
    return "\n".join([*out, "+  Notes", ""])


def test_a_role_every_poster_carries_is_no_part_of_the_name() -> None:
    page = threadparse.parse(_tracker(NOTES))
    assert [c.author for c in page.walk()] == ["tessa_v", "Oskar Lind", "build-bot", "tessa_v"]


def test_a_parenthesis_each_name_carries_alone_is_kept() -> None:
    # (no word after two names: each poster's own, a handle or what they call themselves)
    own = [(n, name, f"{name.split()[0].lower()}x", d, b) for n, name, _, d, b in NOTES[:3]]
    page = threadparse.parse(_tracker(own))
    assert [c.author for c in page.walk()] == [
        "tessa_v (tessa_vx)",
        "Oskar Lind (oskarx)",
        "build-bot (build-botx)",
    ]
