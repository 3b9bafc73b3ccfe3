"""Failure class K4: a "recent comments" widget after the thread — the beginnings of
comments already read, cut with an ellipsis — is page furniture, not a second thread."""

from __future__ import annotations

import pytest

import threadparse
from conftest import FAILURE_FIXTURES, assert_nothing_lost, need

THREAD = """\
Pressed flowers

How to press flowers.

2 Comments

  1. Juno says:
     May 2, 2020 at 10:00 am

     Do violets keep their colour when pressed?

     • Ravi says:
       May 2, 2020 at 11:30 am

       Mostly, if you press them the same day.

Leave a Reply
"""


@pytest.mark.parametrize(
    "widget",
    [
        "\nRecent comments\n\n  • Ravi says:\n    Mostly, if you press them...\n"
        "  • Juno says:\n    Do violets keep their colour…\n",
        "\nLatest\n\n  • Juno says:\n    Do violets keep their colour when…\n",
    ],
)
def test_a_recent_comments_widget_is_furniture(widget: str) -> None:
    text = THREAD + widget
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [("Juno", 0), ("Ravi", 1)]
    assert any("Juno says:" in f.text for f in page.furniture)
    assert_nothing_lost(page, text)


def test_a_second_thread_with_new_text_stays_a_thread() -> None:
    text = THREAD + "\nMore comments\n\n  • Ola says:\n    A different question entirely...\n"
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Juno", "Ravi", "Ola"]


def test_failure_class_fixture() -> None:
    page = threadparse.parse_file(need(FAILURE_FIXTURES / "K4_recent_comments_widget.txt"))
    assert [(c.author, c.depth) for c in page.walk()] == [("Mirren", 0), ("Tal", 1)]
