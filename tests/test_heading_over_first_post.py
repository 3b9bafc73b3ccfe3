"""html2text prints a page's title as a Markdown heading ("# Title") right over the first
post's header: a heading is no body, so the headers ("![ann avatar](…)" over "ann —
03/05/2024 2:14 PM") open their posts rather than sign the bodies over them
(`posts.signatures._closing_stamps`), a solution's card under the question or not.
Invented chat archive."""

from __future__ import annotations

from pathlib import Path

import pytest

import threadparse

HERE = Path(__file__).parent

MESSAGES = [
    (
        "lenaweaves",
        "2:14 PM",
        "Running the migration against my branch just hangs. No error at all.",
    ),
    (
        "okonkwo.dev",
        "2:19 PM",
        "Are you using the pooled connection string? The one with a pooler host?",
    ),
    ("lenaweaves", "2:21 PM", "yes, I copied the default one from the dashboard."),
    ("okonkwo.dev", "2:23 PM", "Migrations need a direct connection. Add a direct URL for them."),
    ("mattis_r", "2:40 PM", "Same thing bit me last week, the direct URL fixed it."),
]


@pytest.mark.parametrize("marks", ["#", "##", "###"])
def test_a_heading_over_the_first_header(marks: str) -> None:
    lines = [
        "[Community](/)",
        "",
        f'{marks} The migrate command hangs on "Applying migration" with my cloud branch',
        "",
    ]
    for n, (name, time, body) in enumerate(MESSAGES):
        lines += [f"![{name} avatar](/avatars/{n}.webp)", "", f"{name} — 03/05/2024 {time}", ""]
        lines += [body, ""]
        if n == 0:  # (the accepted answer's card under the question)
            lines += ["Solution by okonkwo.dev", "", MESSAGES[3][2], "", "Jump to solution", ""]
    lines += ["Looking for more? Join the community!", "", "[Join Server](https://x.test/j)", ""]
    lines += [
        "### Recommended Posts",
        "",
        "  * [Connection limits](/m/2)",
        "  * [Push or migrate](/m/3)",
    ]
    comments = list(threadparse.parse("\n".join(lines)).walk())
    assert [c.author for c in comments] == [name for name, _, _ in MESSAGES]
    assert all(c.text.startswith(body) for c, (_, _, body) in zip(comments, MESSAGES, strict=True))


def test_the_blind_checks_chat_archive() -> None:
    """The page of the blind check (tests/heldout21), whose question's paragraphs wrap:
    read as signed before, every body went to the post before its own."""
    page = threadparse.parse_file(HERE / "heldout21" / "answeroverflow.prisma-a.html2text.txt")
    first, second = list(page.walk())[:2]
    assert (first.author, first.text[:20]) == ("lenaweaves", "Running `prisma migr")
    assert (second.author, second.text[:20]) == ("okonkwo.dev", "Are you using the po")
