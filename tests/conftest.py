"""Shared test helpers: where the repo and the shared corpus are, and the coverage check."""

from __future__ import annotations

import importlib.util
import io
import os
from pathlib import Path
from types import ModuleType

import pytest
from rich.console import Console

import threadparse
from threadparse.source import normalise

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
SHARED = Path(os.environ.get("THREADPARSE_SHARED") or REPO.parent / "shared")
SEED = SHARED / "seeds" / "000_0cb03794f52f3cf8.txt"
CORPUS = SHARED / "corpus"
FAILURE_FIXTURES = SHARED / "fixtures" / "failure-classes"
SCORER = SHARED / "tools" / "score.py"


def need(path: Path) -> Path:
    """Skip the test (saying why) when a file from ../shared is not there; under CI
    (``CI`` set), fail instead: there the real pages must be measured."""
    if not path.exists():
        why = (
            f"{path} is not here (the shared data lives beside the repo, in ../shared, "
            "or where THREADPARSE_SHARED points)"
        )
        if os.environ.get("CI"):
            pytest.fail(f"CI is set and {why}", pytrace=False)
        pytest.skip(why)
    return path


@pytest.fixture(scope="session")
def scorer() -> ModuleType:
    """../shared/tools/score.py, the scorer of the shared pages, as a module."""
    need(SCORER)
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def render_text(renderable: object, width: int = 80, color: str | None = None) -> str:
    """What rich prints for ``renderable`` at ``width`` (plain, or in ``color`` system)."""
    console = Console(
        file=io.StringIO(), width=width, color_system=color, force_terminal=color is not None,
        legacy_windows=False, highlight=False,
    )  # fmt: skip
    console.print(renderable)
    return console.file.getvalue()  # type: ignore[attr-defined]


def available(path: Path) -> list[Path]:
    """``[path]`` when a file from ../shared is there, else ``[]`` (for tests that also
    check files of their own); under CI, its absence fails the test, as in `need`."""
    if path.exists():
        return [path]
    if os.environ.get("CI"):
        need(path)
    return []


def node_spans(page: threadparse.Page) -> list[threadparse.Span]:
    """The spans of every leaf node: title, article blocks, furniture, comment parts."""
    spans = [page.title_span] if page.title_span else []
    spans += [b.span for b in page.article.blocks]
    spans += [f.span for f in page.furniture]
    for c in page.walk():
        if c.header_span is not None:
            spans.append(c.header_span)
        spans += [m.span for m in c.meta]
        spans += [b.span for b in c.blocks]
    assert all(s is not None for s in spans)
    return spans  # type: ignore[return-value]


def assert_nothing_lost(page: threadparse.Page, text: str) -> None:
    """Each non-blank line lies in exactly one node's span, or else in a warning's span.
    A line may be split between nodes (a comment's header and the start of its body,
    printed on one line): then each node holds a piece of it, and no character of the
    line is in two of them."""
    lines = normalise(text).split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    spans: dict[int, list[threadparse.Span]] = {}
    for span in node_spans(page):
        for n in span.lines:
            spans.setdefault(n, []).append(span)
    warned = {n for w in page.warnings for n in w.span.lines}
    for number, line in enumerate(lines, start=1):
        if not line.strip(" \t\u00a0"):
            continue
        here = spans.get(number, [])
        if not here:
            assert number in warned, f"line {number} is in no node and no warning: {line!r}"
        elif len(here) > 1:
            low, high = starts[number - 1], starts[number - 1] + len(line)
            pieces = sorted((max(s.start, low), min(s.end, high)) for s in here)
            split = all(a < b for a, b in pieces) and all(
                pieces[i][1] <= pieces[i + 1][0] for i in range(len(pieces) - 1)
            )  # each node holds a piece of the line, and no two the same characters
            assert split, f"line {number} is in {len(here)} nodes: {line!r}"
