"""A tracker's notes print each poster's role after the name ("Ann Lee (developer)",
"tessa_v (administrator)", `names._strip_roles`): where (nearly) every name carries a
one-word parenthesis and some word follows two names at least (or each poster who posts
twice carries the same word each time, no word made of its name's letters), it is the role, not the
name's part. The issue's history under the notes, a table of dated rows, stamps no
note (`templates._dated_row`). Invented pages, names and text."""

from __future__ import annotations

import threadparse
from threadparse.outline import OutlineNode
from threadparse.posts import templates

NOTES = [
    ("0000412", "tessa_v", "administrator", "2019-04-02 10:15", "Targeted to the next release."),
    ("0000415", "Oskar Lind", "developer", "2019-04-03 09:02", "I can take this one next week."),
    ("0000420", "build-bot", "developer", "2019-04-05 18:40", "Fixed in revision 5512."),
    (
        "0000431",
        "tessa_v",
        "administrator",
        "2019-04-09 08:30",
        "Checked on the nightly build: the export keeps its last row now, in every format we ship.",
    ),
]


def _tracker(notes: list[tuple[str, str, str, str, str]]) -> str:
    out = ["Acme Issue Tracker", "View Issue Details", "Summary\t\tExport drops the last row", ""]
    out.append("-\u00a0 Notes")
    for number, name, role, date, body in notes:
        out += [f"({number})", f"{name} ({role})", date, "", f"\t\t{body}"]
    return "\n".join([*out, "+\u00a0 Notes", ""])


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


def _flat(lines: list[str]) -> list[OutlineNode]:
    return [OutlineNode(None, t, n, 0, 0, len(t), not t) for n, t in enumerate(lines, 1)]


def test_an_issues_history_table_stamps_no_note() -> None:
    # (rows of a dated table under the notes, a log of the issue's changes: no post's
    # stamp; a note's date over its body is one)
    history = [
        "Date Modified \t\tUsername \t\tField \t\tChange",
        "2019-04-01 09:00 \t\ttessa_v \t\tNew Issue",
        "2019-04-02 10:15 \t\ttessa_v \t\tStatus \t\tnew => assigned",
    ]
    flat = _flat(history)
    assert templates._dated_row(flat, 1) and templates._dated_row(flat, 2)
    note = _flat(
        ["tessa_v (administrator)", "2019-04-02 10:15", "\t\tTargeted to the next release."]
    )
    assert not templates._dated_row(note, 1)
    page = threadparse.parse(_tracker(NOTES) + "\n-\u00a0Issue History\n" + "\n".join(history))
    assert [c.author for c in page.walk()] == ["tessa_v", "Oskar Lind", "build-bot", "tessa_v"]


STEADY = [
    ("0091230", "petra_lind", "reporter", "2024-03-05 14:22", "Attached the sheet and the export."),
    ("0091234", "dkowal", "developer", "2024-03-05 16:40", "Confirmed on the last release."),
    ("0091237", "amaru", "updater", "2024-03-06 09:12", "The same happens with our budget."),
    ("0091240", "dkowal", "developer", "2024-03-06 11:03", "The fix has to quote the name."),
    ("0091244", "petra_lind", "reporter", "2024-03-07 08:15", "Thanks, the nightly works for me."),
]


def test_a_role_no_two_posters_share_but_each_repeats() -> None:
    """Every role word follows one name only, but the posters who post twice carry the
    same word each time (two of them at least), and no word is made of its name's
    letters: the posters' roles."""
    page = threadparse.parse(_tracker(STEADY))
    assert [c.author for c in page.walk()] == [name for _, name, _, _, _ in STEADY]


def test_a_handle_made_of_the_name_repeats_and_stays() -> None:
    """Handles are as steady as roles; spelled by their names' letters they stay."""
    handles = {"petra_lind": "plind", "dkowal": "dkow", "amaru": "amaru1"}
    notes = [(n, name, handles[name], d, b) for n, name, _, d, b in STEADY]
    page = threadparse.parse(_tracker(notes))
    assert [c.author for c in page.walk()] == [
        f"{name} ({handles[name]})" for _, name, *_ in STEADY
    ]


def test_a_word_that_changes_under_one_name_stays() -> None:
    """A poster whose parenthesis changes from post to post wrote it: kept."""
    notes = [*STEADY[:4], (*STEADY[4][:2], "holiday", *STEADY[4][3:])]
    page = threadparse.parse(_tracker(notes))
    assert next(c.author for c in page.walk()) == "petra_lind (reporter)"
