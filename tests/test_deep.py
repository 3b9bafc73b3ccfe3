"""Threads thousands deep: parse, walk, repr, ==, to_dict/from_dict, JSON and pickle,
all at Python's default recursion limit (never raised by these tests)."""

from __future__ import annotations

import copy
import itertools
import pickle
import sys

import pytest

import threadparse
from generate import chain

DEPTH = 10_000


@pytest.fixture(scope="module")
def deep() -> threadparse.Page:
    assert sys.getrecursionlimit() <= 1000 + 100  # the default, untouched
    return threadparse.parse(chain(DEPTH, step=1, bodies=False))


def test_parses_to_a_chain(deep: threadparse.Page) -> None:
    assert len(deep.comments) == 1
    flat = list(deep.walk())
    assert len(flat) == DEPTH
    assert [c.depth for c in flat[:3]] == [0, 1, 2] and flat[-1].depth == DEPTH - 1
    assert flat[-1].author == f"user{DEPTH - 1}" and flat[-1].text == f"reply {DEPTH - 1}"
    assert all(c.parent is p for p, c in itertools.pairwise(flat))
    assert deep.closed


def test_navigation(deep: threadparse.Page) -> None:
    last = list(deep.walk())[-1]
    assert len(last.ancestors) == DEPTH - 1
    assert last.root is deep.comments[0]
    assert last.path[-1] is last and last.is_leaf
    assert sum(1 for _ in deep.comments[0].descendants) == DEPTH - 1


def test_repr_and_eq(deep: threadparse.Page) -> None:
    assert "comments=10000" in repr(deep)
    assert repr(deep.comments[0]).startswith("Comment(author='user0'")
    other = threadparse.parse(chain(DEPTH, step=1, bodies=False))
    assert deep == other
    list(other.walk())[-1].blocks[0].text = "changed"  # the deepest difference is seen
    assert deep != other


def test_dict_json_pickle_round_trips(deep: threadparse.Page) -> None:
    assert threadparse.from_dict(threadparse.to_dict(deep)) == deep
    assert threadparse.loads(threadparse.dumps(deep)) == deep
    assert pickle.loads(pickle.dumps(deep)) == deep
    assert copy.deepcopy(deep) == deep
    tail = list(deep.walk())[-50]
    clone = pickle.loads(pickle.dumps(tail))
    assert clone == tail and clone.parent is None


def test_unparse_round_trip() -> None:
    text = chain(2_000)
    assert threadparse.unparse(threadparse.parse(text)) == text
