"""A question's messages numbered and headed by their poster's verb and age ("#2 Ingrid
Solberg (isolberg) said 3 days ago:"): the poster (as shown, the handle too) is each
message's author, read off the numbered stamp as "#2 Ann DATE" is
(`posts.stamps._read_whole_stamp`). Invented page of a Q&A tracker."""

from __future__ import annotations

import pytest

import threadparse

MESSAGES = [
    ("Ferdinand Kowalczyk", "fkowal", "Is there a workaround until the fix lands?"),
    ("Ingrid Solberg", "isolberg", "Please run the prober and paste the output here."),
    ("Ferdinand Kowalczyk", "fkowal", "It prints nothing at all."),
    ("Ingrid Solberg", "isolberg", "It is disabled by default since the last release."),
    ("Ferdinand Kowalczyk", "fkowal", "That was it, both systems boot again. Thanks!"),
]


@pytest.mark.parametrize(
    ("verb", "age"),
    [("said", "3 days ago"), ("wrote", "2 hours ago"), ("said", "on 2024-03-05")],
)
def test_numbered_messages_named_by_their_verb(verb: str, age: str) -> None:
    lines = ["Dual boot entry missing after the upgrade", "", "Asked by Ferdinand.", ""]
    for n, (name, handle, body) in enumerate(MESSAGES, 1):
        lines += [f"#{n} {name} ({handle}) {verb} {age}:", "", body, ""]
        if n == 2:
            lines += ["Status: Open → Needs information"]
    lines += ["", "To post a message you must log in.", ""]
    comments = list(threadparse.parse("\n".join(lines)).walk())
    assert [c.author for c in comments] == [f"{name} ({handle})" for name, handle, _ in MESSAGES]
    assert [c.number for c in comments] == [1, 2, 3, 4, 5]
