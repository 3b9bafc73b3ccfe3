"""Coverage-guided fuzz target for threadparse (atheris / libFuzzer).

Every input is checked against the library's promises (see `check`):

* ``parse_file(io.BytesIO(data))`` (the library's own decoding) raises nothing in lenient
  mode except ``ThreadParseError`` for binary input (NUL bytes), and only
  ``ThreadParseError`` in strict mode; the same for ``parse(text)`` on the bytes decoded
  as UTF-8 (bad bytes replaced), which never raises in lenient mode;
* strict mode raises exactly where lenient mode records a warning (README: "raises
  `ThreadParseError` wherever the default lenient mode would guess and record a
  `ParseWarning`"), and when it does not raise it builds the same page;
* every non-blank line lies in exactly one node or in a warning (tests/conftest.py);
* ``unparse``, ``to_rows``, ``dumps``/``loads`` (equal round trip), pickle (equal round
  trip), the rich renderers at two widths and the ``show``/``json``/``stats`` commands
  do not crash.

Hangs are found by libFuzzer's per-input ``-timeout``; deep recursion shows up as a
RecursionError (a crash). Run it from the repository root, the first directory being the
corpus it grows, the second the seeds (examples/*.txt and some shared corpus dumps)::

    .venv/bin/pip install atheris
    .venv/bin/python fuzz/fuzz_threadparse.py -max_len=8192 -timeout=10 \\
        -rss_limit_mb=4096 -dict=fuzz/threadparse.dict -max_total_time=2400 \\
        -artifact_prefix=/tmp/fuzz-artifacts/ /tmp/fuzz-corpus /tmp/fuzz-seeds

Crash inputs land in the artifact folder; replay one with ``... fuzz_threadparse.py FILE``
and shrink it with ``-minimize_crash=1 -runs=10000 FILE``.

``check`` is a plain function: tests/test_fuzz.py calls it with hypothesis (the short
run in CI), and it needs neither atheris nor libFuzzer.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import sys
import tempfile
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO / "tests") not in sys.path:  # for conftest.assert_nothing_lost
    sys.path.insert(0, str(REPO / "tests"))


def _import_library() -> None:
    """Import threadparse and the helpers (inside atheris' instrumentation when fuzzing)."""
    global threadparse, source, page_view, comment_tree, RenderOptions, stats
    global cli, Console, assert_nothing_lost
    from rich.console import Console

    import threadparse
    import threadparse.cli as cli
    from conftest import assert_nothing_lost
    from threadparse import source
    from threadparse.export import stats
    from threadparse.render import RenderOptions, comment_tree, page_view


if __name__ != "__main__":
    _import_library()

WIDTHS = (20, 100)  # 20: the narrowest the CLI allows (depth cap 1); 100: the default


class PromiseBroken(AssertionError):
    """A promise of the library does not hold for this input (the fuzzer reports it)."""


def _render(page: threadparse.Page) -> None:
    authors = [c.author for c in page.walk() if c.author]
    option_sets = (
        RenderOptions(),
        RenderOptions(full=True, max_depth=1, author=authors[-1] if authors else "x"),
    )
    for width, options in zip(WIDTHS, option_sets, strict=True):
        console = Console(file=io.StringIO(), width=width, highlight=False)
        console.print(page_view(page, options))
        if page.comments:
            console.print(comment_tree(page.comments[0], options))
    stats(page)


def _check_page(page: threadparse.Page, text: str) -> None:
    """Everything that must hold for (and not crash on) a page parsed from ``text``."""
    assert_nothing_lost(page, text)
    assert isinstance(threadparse.unparse(page), str)
    assert threadparse.loads(threadparse.dumps(page)) == page, "dumps/loads round trip differs"
    assert pickle.loads(pickle.dumps(page)) == page, "pickle round trip differs"
    rows = threadparse.to_rows(page)
    assert len(rows) == len(page)
    _render(page)


def _strict_agrees(lenient: threadparse.Page, strict: threadparse.Page | None) -> None:
    """Strict raises (``strict is None``) exactly when lenient warned, else builds the same page."""
    if strict is None:
        if not lenient.warnings:
            raise PromiseBroken("strict mode raised but lenient mode recorded no warning")
    else:
        if lenient.warnings:
            raise PromiseBroken(
                f"lenient mode warned ({lenient.warnings[0].code}) but strict mode did not raise"
            )
        if strict != lenient:
            raise PromiseBroken("strict and lenient pages differ though nothing was warned")


def _parse_text(text: str) -> None:
    page = threadparse.parse(text)  # lenient: must not raise anything
    _check_page(page, text)
    try:
        strict = threadparse.parse(text, strict=True)
    except threadparse.ThreadParseError:
        strict = None
    _strict_agrees(page, strict)


def _parse_bytes(data: bytes) -> None:
    binary = source.looks_binary(data)
    try:
        page = threadparse.parse_file(io.BytesIO(data))
    except threadparse.ThreadParseError as e:
        if not binary:
            raise PromiseBroken(f"lenient parse_file raised on a text file: {e!r}") from e
        page = None
    if binary:
        if page is not None:
            raise PromiseBroken("parse_file accepted a binary file")
        return
    assert page is not None
    decoded = source.decode(data)
    _check_page(page, decoded.text)
    try:
        strict = threadparse.parse_file(io.BytesIO(data), strict=True)
    except threadparse.ThreadParseError:
        strict = None
    _strict_agrees(page, strict)


COMMANDS = (
    ["show", "--width", "40", "--no-color"],
    ["json", "--rows"],
    ["stats", "--json"],
    ["show", "--full", "--width", "20", "--strict"],
    ["json", "--indent", "1"],
    ["stats"],
)


def _run_cli(data: bytes, all_commands: bool) -> None:
    """The command line on the input saved as a file: every command, or (fuzzing, to
    keep the run fast) the one that the input's crc32 picks."""
    binary = source.looks_binary(data)
    commands = COMMANDS if all_commands else (COMMANDS[zlib.crc32(data) % len(COMMANDS)],)
    with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as f:
        f.write(data)
        path = f.name
    try:
        for command in commands:
            argv = [command[0], path, *command[1:]]
            strict = "--strict" in argv
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    status = cli.main(argv)
                except SystemExit as e:
                    raise PromiseBroken(f"cli {argv[0]} exited {e.code}: {err.getvalue()}") from e
            # 1: a ThreadParseError, told in one line (binary input; strict mode)
            allowed = {1} if binary else {0, 1} if strict else {0}
            if status not in allowed or (status == 1 and "Traceback" in err.getvalue()):
                raise PromiseBroken(f"cli {argv[0]} returned {status}: {err.getvalue()!r}")
    finally:
        os.unlink(path)


def check(data: bytes, *, all_commands: bool = False) -> None:
    """Check one input against every promise; raises (AssertionError or the library's own
    exception) when one is broken, returns None otherwise. ``all_commands``: run every
    CLI command in `COMMANDS` rather than the one the input's crc32 picks."""
    _parse_bytes(data)
    text = data.decode("utf-8", errors="replace")
    if source.looks_binary(data) or text != source.decode(data).text:
        _parse_text(text)  # text the byte path did not already cover (NULs, bad UTF-8)
    _run_cli(data, all_commands)


def main() -> None:
    import atheris

    with atheris.instrument_imports(include=["threadparse", "lark"]):
        _import_library()
    threadparse.parser.lark_parser()  # build the shared parser before fuzzing starts
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
