"""A tracker's comments headed "Comment N NAME DATE" (after its controls: "[reply] [−]"),
the report itself "Description NAME DATE": the label and the number are no part of the
name, the number is the comment's (so a comment of one line, its header glued under
the comment before, stays a comment), and the report's label goes as the comments'
does where its name is one of theirs. Invented tracker, names and text."""

from __future__ import annotations

import threadparse

COMMENTS = [
    ("Description", "Ann Lee", "Saving twice leaves the first handle open.\n\nSteps: save, save."),
    ("Comment 1", "Bob Marsh", "I believe it is fixed in the nightly build.\n\nCan you try it?"),
    ("Comment 2", "Ann Lee", "Still open with Tuesday's build, I am afraid. The lock stays."),
    ("Comment 3", "Bob Marsh", "Fixed in 2.4 patched"),
    ("Comment 4", "Cy", "Created attachment 77 [details]\ntest case"),
    ("Comment 5", "Ann Lee", "Confirmed fixed, thanks."),
]  # fmt: skip


def _bug(controls: str) -> str:
    out = ["Bug 901 – Saving twice leaves a handle open", "", "Status: RESOLVED FIXED", ""]
    for day, (label, name, text) in enumerate(COMMENTS):
        out += [f"{controls}{label} {name} 2010-10-{day + 10} 04:01:49 UTC ", *text.split("\n")]
    out += ["", "Format For Printing - XML - Clone This Bug - Top of page"]
    return "\n".join(out) + "\n"


def test_labelled_numbered_comments() -> None:
    for controls in ("[reply] [−] ", ""):
        page = threadparse.parse(_bug(controls))
        comments = list(page.walk())
        assert [c.author for c in comments] == [name for _, name, _ in COMMENTS], controls
        assert comments[3].text == "Fixed in 2.4 patched"
