"""A code review's change log (and a mail archive's conversation view) prints each
message's header as the author, the message's first line as a summary, then the date
("Ingrid Solberg Uploaded patch set 2. Mar 5 15:08"), the message under it opening with
that line again: the author is what stands before the summary
(`posts.templates._summed`). Invented change logs in the shapes converters print."""

from __future__ import annotations

import pytest

import threadparse

MESSAGES = [
    ("Ingrid Solberg", "Uploaded patch set 1.", "Mar 5 14:22", []),
    (
        "Build Bot",
        "Patch Set 1: Verified-1",
        "Mar 5 14:31",
        ["Build failed: unit tests, TestBucketBurstReset."],
    ),
    ("Ingrid Solberg", "Uploaded patch set 2: Patch Set 1 was rebased.", "Mar 5 15:08", []),
    (
        "Tomás Ferreira",
        "Patch Set 2: Code-Review-1",
        "Mar 5 16:47",
        ["The refill still reads the clock outside the lock in one path."],
    ),
    (
        "Akosua Mensah",
        "Patch Set 2: Code-Review+1",
        "Mar 6 11:03",
        ["Fine from the operations side; we have hit this race twice."],
    ),
]


def _log(picture: str) -> str:
    lines = ["Change 8812: limiter: reset the burst on reload", "", "Change Log", ""]
    for name, summary, date, body in MESSAGES:
        lines += [f"{picture}{name} {summary} {date}", "", summary, ""]
        for line in body:
            lines += [line, ""]
    lines += ["Reply", "", "Powered by a review tool"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("picture", ["", "[avatar] "])
def test_author_before_the_summary(picture: str) -> None:
    comments = list(threadparse.parse(_log(picture)).walk())
    assert [c.author for c in comments] == [name for name, *_ in MESSAGES]
    assert [c.text.split("\n")[0] for c in comments] == [summary for _, summary, *_ in MESSAGES]
