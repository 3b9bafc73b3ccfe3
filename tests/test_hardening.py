"""What a careful new user tried and once broke: odd indentation in a body, snippets at
the end of the text, malformed JSON, and the garbage collector left alone."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import threading

import pytest

import threadparse
from conftest import REPO, SEED, assert_nothing_lost, need

BODY_OFF_BY_ONE = """\
A post

Some article text.

3 replies
  1. Ann says:
   First paragraph, one column short.

    Second paragraph, where bodies are.
    • Bob says:
      A reply.
  2. Cy says:
    Fine.
  3. Dee says:
    Also fine.
"""


def test_a_body_line_off_every_level_is_reported() -> None:
    page = threadparse.parse(BODY_OFF_BY_ONE)
    ann = page.comments[0]
    assert [c.author for c in page.walk()] == ["Ann", "Bob", "Cy", "Dee"]
    assert ann.text.startswith("First paragraph") and "Second paragraph" in ann.text
    (warning,) = page.warnings
    assert (warning.code, warning.span.start_line, warning.column) == ("body-column", 7, 4)
    with pytest.raises(threadparse.ThreadParseError) as caught:
        threadparse.parse(BODY_OFF_BY_ONE, strict=True)
    assert (caught.value.line, caught.value.column, caught.value.code) == (7, 4, "body-column")
    assert caught.value.snippet == "   First paragraph, one column short."
    assert_nothing_lost(page, BODY_OFF_BY_ONE)


@pytest.mark.parametrize("column", [1, 3, 5, 6])
def test_off_by_any_amount_under_bullets(column: int) -> None:
    """Whichever way the line is off, a warning names it (one column short of the body
    level: body-column; left of the header or right of the body: a dedent that matches
    no open level) and the thread is read the same."""
    text = BODY_OFF_BY_ONE.replace("   First", " " * column + "First")
    for number in "123":
        text = text.replace(f"  {number}.", "  •")
    page = threadparse.parse(text)
    assert page.warnings and page.warnings[0].span.start_line in (7, 9)
    assert [c.author for c in page.walk()] == ["Ann", "Bob", "Cy", "Dee"]
    with pytest.raises(threadparse.ThreadParseError):
        threadparse.parse(text, strict=True)


def test_bodies_at_their_column_are_not_reported() -> None:
    fine = BODY_OFF_BY_ONE.replace("   First", "    First")
    assert threadparse.parse(fine, strict=True).warnings == []


def test_the_reference_dump_with_a_body_line_moved_left() -> None:
    text = need(SEED).read_text(encoding="utf-8")
    lines = text.split("\n")
    at = lines.index(next(line for line in lines if line.startswith("    Not sure what will")))
    lines[at] = "   " + lines[at].lstrip()
    moved = "\n".join(lines)
    page = threadparse.parse(moved)
    assert [(w.code, w.span.start_line) for w in page.warnings] == [("body-column", at + 1)]
    assert [(c.author, c.depth) for c in page.walk()] == [
        (c.author, c.depth) for c in threadparse.parse(text).walk()
    ]
    with pytest.raises(threadparse.ThreadParseError) as caught:
        threadparse.parse(moved, strict=True)
    assert caught.value.line == at + 1


@pytest.mark.parametrize(
    "text", ["Title\n    a\n  b", "Title\n    a\n  b\n", "Title\n    a\n  b  "]
)
def test_the_strict_snippet_is_the_whole_line(text: str) -> None:
    with pytest.raises(threadparse.ThreadParseError) as caught:
        threadparse.parse(text, strict=True)
    assert caught.value.snippet.rstrip() == "  b"


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[" * 100_000 + "]" * 100_000,
        '{"format": "threadparse/1"}',
        '{"format": "threadparse/1", "title": 1, "title_span": null, "dialect": "x", '
        '"declared_count": null, "closed": false, "ends_with_newline": true, '
        '"article": [], "furniture": [], "warnings": [], "comments": [1, 2]}',
        '{"format": "threadparse/1", "title": "t", "title_span": null, "dialect": "x", '
        '"declared_count": null, "closed": false, "ends_with_newline": true, '
        '"article": [{"type": "quote"}], "furniture": [], "warnings": [], "comments": []}',
        '{"format": "threadparse/1", "title": "t", "title_span": [], "dialect": "x", '
        '"declared_count": null, "closed": false, "ends_with_newline": true, '
        '"article": [], "furniture": [], "warnings": [], "comments": []}',
    ],
)
def test_loads_raises_value_error_on_anything_malformed(text: str) -> None:
    with pytest.raises(ValueError):
        threadparse.loads(text)


def test_loads_round_trips_what_dumps_wrote() -> None:
    page = threadparse.parse(BODY_OFF_BY_ONE)
    assert threadparse.loads(threadparse.dumps(page)) == page
    assert json.loads(threadparse.dumps(page))["format"] == "threadparse/1"


def test_parsing_leaves_the_garbage_collector_alone(monkeypatch) -> None:
    """The collector is the process's: a parse neither turns it off nor on, so other
    threads never run without it."""
    calls: list[str] = []
    monkeypatch.setattr(gc, "disable", lambda: calls.append("disable"))
    monkeypatch.setattr(gc, "enable", lambda: calls.append("enable"))
    seen: list[bool] = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            seen.append(gc.isenabled())

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        for _ in range(20):
            threadparse.parse(BODY_OFF_BY_ONE * 50)
    finally:
        stop.set()
        watcher.join()
    assert calls == []
    assert all(seen)


@pytest.mark.parametrize(("ci", "outcome"), [("1", "1 failed"), ("", "1 skipped")])
def test_missing_shared_data_fails_under_ci(tmp_path, ci: str, outcome: str) -> None:
    env = {**os.environ, "CI": ci, "THREADPARSE_SHARED": str(tmp_path / "nowhere")}
    test = "tests/test_corpus.py::test_every_line_of_every_dump_is_kept[corpus]"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert outcome in result.stdout, result.stdout
    assert "nowhere" in result.stdout
