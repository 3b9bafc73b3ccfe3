"""A reply's header names the poster it answers after the replier's name ("spadeandfork
↪ replies to GreenfingersGwen 5 Mar 2024 14:31", "Bo in reply to Ann · 2 days ago"): the
author is the replier (`lines._REPLY_TO_NAME`; a forum widget's "NAME replied to TOPIC"
lines stay furniture: tests/test_activity_widgets.py). Invented newspaper comment section."""

from __future__ import annotations

import pytest

import threadparse
from threadparse import lines as L

SECTION = """\
Allotment waiting lists hit record high

Councils report more than 150,000 people waiting for a plot.

Sort by Per page Display threads
  • GreenfingersGwen 5 Mar 2024 14:22

    Eleven years on the list in Bristol and counting.

    • spadeandfork {reply} GreenfingersGwen 5 Mar 2024 14:31

      Empty plots with a waiting list of hundreds is the real scandal.

    • GreenfingersGwen {reply} spadeandfork 5 Mar 2024 14:40

      They do inspections, they just never follow up.

  • Rhubarb Revolution 5 Mar 2024 14:35

    The 1908 Act already obliges councils to provide plots.

    • Leeds Lottie {reply} Rhubarb Revolution 5 Mar 2024 15:10

      Six residents writing to the council is enough, in theory.
"""


@pytest.mark.parametrize("reply", ["↪ replies to", "replies to", "in reply to", "↪"])
def test_the_replier_is_the_author(reply: str) -> None:
    page = threadparse.parse(SECTION.format(reply=reply))
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("GreenfingersGwen", 0),
        ("spadeandfork", 1),
        ("GreenfingersGwen", 1),
        ("Rhubarb Revolution", 0),
        ("Leeds Lottie", 1),
    ]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Bo Berg in reply to Ann · 2 days ago", "Bo Berg"),
        ("bo_k replied to Ann Lee 3 hours ago", "bo_k"),
    ],
)
def test_reply_targets_off_header_names(line: str, author: str) -> None:
    header = L.read_header(line)
    assert header is not None and header.author == author
