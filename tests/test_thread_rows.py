"""Threads printed inside a timeline: a code review's page prints its conversation as
a timeline of comments headed "NAME commented DATE" ("NAME left a comment DATE"), with
events between them ("NAME reviewed DATE", "NAME added 2 commits"), and under a review
event its inline conversation on a file: the file's path, the hunk, then the thread's
comments, each headed "NAME DATE" alone. Each run of such bare headers is one thread:
the first opens it, the others answer it, one level under it; the timeline itself is
flat (`rehang.hang_thread_rows`).

Invented pages in resiliparse's and lynx's layouts; negatives: a blog whose comments
are all headed "NAME DATE" stays flat, and so does a timeline with one bare header
between worded ones."""

from __future__ import annotations

from tests.conftest import assert_nothing_lost

import threadparse

HEAD = """\
Sign in Sign up
lanternworks / spoolkit Public
Code Issues 14 Pull requests 3 Actions Security Insights
Add a dry-run flag to spool sync #482
Merged
tobias-renn merged 2 commits into lanternworks:main from mira-hale:dry-run
Conversation 6 Commits 2 Checks 3 Files changed 4
Comments

"""

# the timeline: ("worded", name, phrase, text) comments and events, ("thread", path,
# [(name, role, text), ...]) review threads under a "reviewed" event
TIMELINE = [
    ("worded", "mira-hale", "commented", "Adds --dry-run to spool sync. Nothing is written."),
    ("event", "mira-hale", "added 2 commits", ""),
    (
        "thread",
        "tobias-renn",
        "src/spoolkit/sync.py",
        [
            ("tobias-renn", "Member", "The dry run still opens the lock file for writing here."),
            ("mira-hale", "Author", "Right, I will open it read-only when the flag is set."),
            ("tobias-renn", "Member", "Thanks. A test for that would be good too."),
        ],
    ),
    ("worded", "quill-ortega", "commented", "Could the dry run print a summary table at the end?"),
    (
        "worded",
        "mira-hale",
        "commented",
        "Happy to do that in a follow-up, this one is big enough.",
    ),
    (
        "thread",
        "quill-ortega",
        "tests/test_sync.py",
        [
            ("quill-ortega", "Contributor", "This test writes to the real home directory."),
            ("mira-hale", "Author", "Moved it to tmp_path, the fixture other tests use."),
        ],
    ),
    ("worded", "tobias-renn", "commented", "Looks good to me now, merging after the checks pass."),
]

WANTED = [
    ("mira-hale", 0),
    ("tobias-renn", 0),
    ("mira-hale", 1),
    ("tobias-renn", 1),
    ("quill-ortega", 0),
    ("mira-hale", 0),
    ("quill-ortega", 0),
    ("mira-hale", 1),
    ("tobias-renn", 0),
]

HUNK = [
    "@@ -40,6 +40,9 @@ def sync(source, target, dry_run=False):",
    "lock = open_lock(target)",
    "if dry_run:",
    "return plan(source, target)",
]


def _resiliparse(day: int = 5) -> str:
    """The page as resiliparse prints it: the timeline flat, the hunk's lines indented
    by tabs, each comment's picture link, role and menu before its header."""
    lines: list[str] = []
    for entry in TIMELINE:
        if entry[0] == "worded":
            _, name, phrase, text = entry
            lines += [
                f"@{name}",
                "Member",
                "Copy link Report content",
                "",
                f"{name}  {phrase}\xa0Mar {day}, 2024",
                "",
                text,
            ]
        elif entry[0] == "event":
            _, name, phrase, _ = entry
            lines += [
                f"@{name} {name} {phrase} Mar {day}, 2024",
                "fix the lock mode",
                "9c2e41a",
                "add dry-run flag",
                "5b07d3e",
            ]
        else:
            _, reviewer, path, thread = entry
            lines += [
                f"@{reviewer}",
                f"{reviewer} reviewed Mar {day}, 2024",
                "View reviewed changes",
                path,
            ]
            lines += ["\t\t\t\t" + line for line in HUNK]
            for name, role, text in thread:
                lines += [f"@{name}", "", f"{name} Mar {day}, 2024", "", role, "", text, ""]
    return HEAD + "\n".join(lines) + "\nSign up for free to join this conversation on GitHub.\n"


def _lynx() -> str:
    """The page as lynx prints it: links numbered, the header's name and date each a
    link, the lines indented by three columns."""
    number = 30
    lines: list[str] = []

    def ref(text: str) -> str:
        nonlocal number
        number += 1
        return f"[{number}]{text}"

    for entry in TIMELINE:
        if entry[0] == "worded":
            _, name, phrase, text = entry
            lines += [
                f"   {ref('@' + name)}",
                "   Member Copy link",
                "",
                f"   {ref(name)}  {phrase} {ref('Mar 5, 2024')}",
                "",
                f"   {text}",
                "",
            ]
        elif entry[0] == "event":
            _, name, phrase, _ = entry
            lines += [
                f"   {ref('@' + name)} {ref(name)} {phrase} {ref('Mar 5, 2024')}",
                f"   {ref('fix the lock mode')}",
                f"   {ref('9c2e41a')}",
                "",
            ]
        else:
            _, reviewer, path, thread = entry
            lines += [
                f"   {ref('@' + reviewer)}",
                f"   {ref(reviewer)} reviewed {ref('Mar 5, 2024')}",
                f"   {ref('View reviewed changes')}",
                f"   {ref(path)}",
                "",
            ]
            lines += ["   " + line for line in HUNK] + [""]
            for name, role, text in thread:
                lines += [
                    f"   {ref('@' + name)}",
                    "",
                    f"   {ref(name)} {ref('Mar 5, 2024')}",
                    "",
                    f"   {role}",
                    "",
                    f"   {text}",
                    "",
                ]
    return HEAD + "\n".join(lines) + "\n   Sign up for free to join this conversation on GitHub.\n"


def _got(text: str) -> list[tuple[str | None, int]]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [  # (the events "NAME reviewed DATE" and "NAME added 2 commits" left out: their
        # lines are still read as comments, which this rule does not decide)
        (c.author, c.depth)
        for c in page.walk()
        if c.author and " " not in c.author and "View reviewed changes" not in c.text
    ]


def test_review_threads_nest_in_a_flat_print() -> None:
    assert _got(_resiliparse()) == WANTED


def test_review_threads_nest_in_lynx() -> None:
    assert _got(_lynx()) == WANTED


def test_bare_headers_alone_stay_flat() -> None:
    """Negative: a blog whose comments are all headed "NAME DATE" keeps its reading."""
    text = (
        "Notes on winter pruning\n\nPrune apple trees while they sleep.\n\nComments\n\n"
        + "\n".join(
            f"{name} Mar {day}, 2024\n\n{body}\n"
            for day, (name, body) in enumerate(
                [
                    ("Ida Roth", "I always wait for a dry day in February."),
                    ("Ben Coe", "Same here, the wounds close faster then."),
                    ("Ida Roth", "And I paint the big cuts, though opinions differ."),
                ],
                start=3,
            )
        )
    )
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [c.depth for c in page.walk()] == [0, 0, 0]


def test_one_bare_header_among_worded_ones_stays_flat() -> None:
    """Negative: a single bare header between timeline comments opens no thread."""
    text = _resiliparse()
    text = text.replace(
        "mira-hale Mar 5, 2024\n\nAuthor\n\nMoved",
        "mira-hale  commented\xa0Mar 5, 2024\n\nAuthor\n\nMoved",
    )  # (the second thread's reply printed as a timeline comment: its opening alone)
    got = _got(text)
    assert ("quill-ortega", 0) in got and got[-3:] == [
        ("quill-ortega", 0),
        ("mira-hale", 0),
        ("tobias-renn", 0),
    ]
