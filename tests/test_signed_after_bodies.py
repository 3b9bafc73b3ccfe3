"""A blog's comments each opened by its date and signed under its body, the poster's name
on a line with the reply control ("Ann Lee | reply", perhaps a flag's picture or a place
after the name), right over the next comment's date: read as names over the dates, each
comment would take the name of the one before, the first the count over it ("Comments
(5)"). The page's ends tell them apart (`signatures._signed_after_bodies`): the first
date has no name over it, and the last body is signed by the same line with no comment
under it. A count is never a poster's name (`shapes.is_name_like`). Invented comments."""

from __future__ import annotations

import pytest

import threadparse
from threadparse.posts.shapes import is_name_like

COMMENTS = [
    ("Ines Harcourt", "4/2/2024 9:12:45 AM", 0),
    ("Joaquim Tavares", "4/2/2024 10:31:02 AM", 1),
    ("Ines Harcourt", "4/2/2024 11:05:19 AM", 2),
    ("Wendell Pryce", "4/3/2024 4:48:33 PM", 0),
    ("Joaquim Tavares", "4/4/2024 6:20:07 PM", 1),
]
BODIES = [
    "We are moving our billing service next month. Did you keep the old queue running?",
    "We kept it for six weeks behind a feature flag, then turned it off for good.",
    "Six weeks sounds sensible. I will suggest the same at our planning meeting.",
    "The part about retries hit home. Our worker retried forever and filled the disk.",
    "Same here. A dead-letter queue with an alert fixed most of it for us.",
]
PLACES = ["Leeds", "Porto", "Leeds", "Cardiff", "Porto"]


def _page(signature: str) -> str:
    """The page as inscriptis prints it: each comment indented by its depth, its date,
    its body, then its signature line (``signature`` formatted with the name and place)."""
    lines = ["  Notes from the Pipeline", "", "      Retiring a Queue", ""]
    lines += ["        We retired the old message queue last spring, one consumer at a time.", ""]
    lines += ["      Comments (5)", ""]
    for (name, date, depth), body, place in zip(COMMENTS, BODIES, PLACES, strict=True):
        pad = " " * (10 + 4 * depth)
        lines += [pad + date, "", pad + body, ""]
        lines += [pad + signature.format(name=name, place=place), ""]
    lines += ["        Add comment", "", "        Name*", "        E-mail*", ""]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "signature",
    [
        "{name} | reply",
        "{name} | Reply",
        "{name} Antworten",
        "{name} ({place}) | reply",
        "{name}, {place} · Reply",
    ],
)
def test_each_comment_is_signed_by_the_line_under_its_body(signature: str) -> None:
    comments = list(threadparse.parse(_page(signature)).walk())
    assert [(c.author, c.date, c.depth) for c in comments] == COMMENTS
    assert [c.text for c in comments] == BODIES


def test_bare_names_signed_under_the_bodies_under_the_count() -> None:
    """No control: the names alone under the bodies, the count right over the first date
    and the last name with no comment under it."""
    comments = list(threadparse.parse(_page("{name}")).walk())
    assert [(c.author, c.date) for c in comments] == [(n, d) for n, d, _ in COMMENTS]


def test_html2text_flags_and_links_after_the_names() -> None:
    """html2text: a flag's picture after the name, the name linked, the control a link."""
    lines = ["# [Notes from the Pipeline](/)", "", "Comments (5)", ""]
    for (name, date, _), body in zip(COMMENTS, BODIES, strict=True):
        linked = f"[{name}](https://{name.split()[0].lower()}.example/)"
        lines += [date, "", body, ""]
        lines += [f"{linked} ![Flag](/pics/flags/xx.png) | [reply](javascript:void\\(0\\);)", ""]
    lines += ["## Add comment", "", "Name*", "E-mail*", ""]
    comments = list(threadparse.parse("\n".join(lines) + "\n").walk())
    assert [(c.author, c.date) for c in comments] == [(n, d) for n, d, _ in COMMENTS]


def test_names_over_their_dates_stay_theirs() -> None:
    """Names that do stand over their dates (the first date under a name, none under the
    last body) name the comments under them, whatever control closes the line."""
    lines = ["  Notes from the Pipeline", "", "      Comments (5)", ""]
    for (name, date, _), body in zip(COMMENTS, BODIES, strict=True):
        lines += [f"          {name} | reply", "", f"          {date}", "", f"          {body}", ""]
    lines += ["        Add comment", "", "        Name*", ""]
    comments = list(threadparse.parse("\n".join(lines) + "\n").walk())
    assert [(c.author, c.date) for c in comments] == [(n, d) for n, d, _ in COMMENTS]


def test_a_count_is_no_name() -> None:
    assert not is_name_like("Comments (12)")
    assert not is_name_like("Kommentare (3)")
    assert is_name_like("Ines Harcourt")
