"""Headers that close with their date's zone and a link or a note in parentheses, each
word alone ("ann_k 2014-11-24 12:29 am (UTC) ( link )", "… 2 years ago (edited)"), as
a journal's flat view prints them (inscriptis, one header a line); an editor's
"Edited DATE (UTC)" under some bodies is no post's stamp, whatever its case. Invented
page, names and text."""

from __future__ import annotations

import threadparse
from threadparse.outline import OutlineNode
from threadparse.posts.stamps import read_stamp

POSTS = [
    (
        "fern_at_dusk",
        "2014-11-23 10:37 pm",
        "The ferry was late again, so the whole plan fell apart.",
    ),
    ("quill_and_ink", "2014-11-24 12:25 am", "She waits by the rail and counts the gulls instead."),
    ("fern_at_dusk", "2014-11-24 12:29 am", "Then the horn sounds twice and everyone looks up."),
    ("hollow_oak", "2014-11-25 08:31 pm", "A stranger offers her a seat and a paper cup of tea."),
    ("quill_and_ink", "2014-11-25 08:34 pm", "She takes it, though she does not like tea at all."),
]


def _journal(edited: set[int]) -> str:
    out = ["Skip to Main Content", "", "Chapter four: the ferry", "", "5 comments", ""]
    for number, (name, date, body) in enumerate(POSTS):
        out += ["  no subject", "", f"  {name} {date} (UTC) ( link )", f"  {body}"]
        if number in edited:
            out += ["", f"    Edited 2014-12-0{number} 05:06 (UTC)"]
        out += ["  * Thread", "  * Reply to this", "  * Parent", ""]
    return "\n".join(out) + "\n"


def _stamp(text: str):  # type: ignore[no-untyped-def]
    return read_stamp(OutlineNode(None, text, 1, 0, 0, len(text), True))


def test_a_zone_in_parentheses_is_the_dates_and_a_link_after_it_the_templates() -> None:
    stamp = _stamp("fern_at_dusk 2014-11-24 12:29 am (UTC) ( link )")
    assert stamp is not None and stamp.date == "2014-11-24 12:29 am (UTC)"
    noted = _stamp("Ann Lee 2 years ago (edited)")
    assert noted is not None and noted.date == "2 years ago"


def test_a_journals_flat_view_with_zones_links_and_edits() -> None:
    for edited in (set(), {1, 3}):
        page = threadparse.parse(_journal(edited))
        assert [c.author for c in page.walk()] == [name for name, _, _ in POSTS], edited
        assert [c.text.split("\n")[0] for c in page.walk()] == [body for _, _, body in POSTS]
