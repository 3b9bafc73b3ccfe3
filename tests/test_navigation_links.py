"""Replies hung by the links to its relatives that each comment's header prints ("Ann
4 hours ago | root | parent | prev | next [–]"): an aggregator draws its nesting with
the width of a picture, which every converter but one prints flat, and its headers say
who is whose parent and sibling (`rehang.hang_by_navigation`). The tree moves only
where every comment's links agree with it.

Every fixture here is invented.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

import threadparse
from conftest import assert_nothing_lost

# (author, depth, links): a thread three deep, replies with siblings before and after
THREAD = [
    ("brackwater", 0, "next"),
    ("linsey_w", 1, "parent | next"),
    ("brackwater", 2, "root | parent | next"),
    ("tollgate", 3, "root | parent"),
    ("oxbow", 2, "root | parent | prev"),
    ("pennon", 1, "parent | prev"),
    ("saltmarsh", 0, "prev | next"),
    ("linsey_w", 1, "parent"),
    ("quarrystone", 0, "prev"),
]


def _resiliparse(thread: list[tuple[str, int, str]]) -> str:
    lines = [
        "Ask: how do you keep a canal boat's batteries alive over winter?",
        "52 points by saltmarsh 7 hours ago | hide | past | favorite | 9 comments",
        "Moored for four months, shore power only at the weekends.",
    ]
    for place, (author, _, links) in enumerate(thread):
        lines += [
            f"{author} {7 - place % 5} hours ago | {links} [–]",
            "",
            f"Comment {place + 1}: a trickle charger from the solar panel on the roof did it.",
            "",
            "reply",
        ]
    return "\n".join(lines) + "\n"


def _lynx(thread: list[tuple[str, int, str]]) -> str:
    lines = [
        "   [1]Hacker Yarns [2]new | [3]past | [4]comments",
        "",
        "   Ask: how do you keep a canal boat's batteries alive over winter?",
        "",
    ]
    ref = 10
    for place, (author, _, links) in enumerate(thread):
        numbered = " | ".join(f"[{ref + 2 + i}]{link}" for i, link in enumerate(links.split(" | ")))
        lines += [
            f"   [{ref}]{author} [{ref + 1}]{7 - place % 5} hours ago | {numbered} [{ref + 9}][–]",
            "",
            f"   Comment {place + 1}: a trickle charger from the solar panel on the roof did it.",
            "",
            f"   [{ref + 10}]reply",
            "",
        ]
        ref += 11
    return "\n".join(lines)


@pytest.mark.parametrize("form", [_resiliparse, _lynx])
def test_the_links_give_the_tree(form: Callable[[list[tuple[str, int, str]]], str]) -> None:
    text = form(THREAD)
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [(a, d) for a, d, _ in THREAD]
    assert [c.parent.author if c.parent else None for c in page.walk()][:5] == [
        None,
        "brackwater",
        "linsey_w",
        "brackwater",
        "linsey_w",
    ]
    assert_nothing_lost(page, text)


def test_links_that_disagree_with_any_tree_move_nothing() -> None:
    broken = [*THREAD]
    broken[4] = ("oxbow", 2, "root | parent")  # ("prev" missing: the sibling before it)
    page = threadparse.parse(_resiliparse(broken))
    assert {c.depth for c in page.walk()} == {0}


def test_a_root_on_the_first_level_moves_nothing() -> None:
    broken = [*THREAD]
    broken[1] = ("linsey_w", 1, "root | parent | next")
    page = threadparse.parse(_resiliparse(broken))
    assert {c.depth for c in page.walk()} == {0}


def test_a_thread_deeper_than_the_stack_is_hung_without_recursion() -> None:
    depth = sys.getrecursionlimit() + 500
    deep = [("a0", 0, "next")]
    deep += [(f"a{d}", d, "root | parent" if d >= 2 else "parent") for d in range(1, depth)]
    deep += [("zz", 0, "prev")]
    page = threadparse.parse(_resiliparse(deep))
    assert max(c.depth for c in page.walk()) == depth - 1
