"""The page builder finds comments by identity, never by comparing them: `Comment.__eq__`
compares every field of two comments, and a lookup by it in a list of the comments
before (`list.remove`, `list.index`) costs the page's length for each comment — a
parse that grows with the square of the page (benchmarks/scaling.py: "bracketed",
"reference_chain"). Here any comparison of comments during a parse and a first read
of the page fails the test, on two of benchmarks/scaling.py's page shapes."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import threadparse
from threadparse.model import Comment


@pytest.fixture
def no_comparisons(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def compared(self: Comment, other: object) -> bool:
        raise AssertionError("comments compared by value while the page was built")

    monkeypatch.setattr(Comment, "__eq__", compared)
    yield


def _family(name: str) -> Callable[[int], str]:
    """A page maker of benchmarks/scaling.py (the shapes it times)."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "scaling.py"
    spec = importlib.util.spec_from_file_location("bench_scaling", path)
    assert spec is not None and spec.loader is not None
    scaling = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scaling)
    make: Callable[[int], str] = scaling.FAMILIES[name][0]
    return make


@pytest.mark.usefixtures("no_comparisons")
def test_bracketed_authors_dropped_by_identity() -> None:
    page = threadparse.parse(_family("bracketed")(60))
    assert [c.author for c in page.walk()][:4] == [None, "Ann2", None, "Ann4"]
    threadparse.to_dict(page)


@pytest.mark.usefixtures("no_comparisons")
def test_reference_chain_hung_by_identity() -> None:
    page = threadparse.parse(_family("reference_chain")(60))
    assert [c.depth for c in page.walk()] == list(range(60))
    threadparse.to_dict(page)
