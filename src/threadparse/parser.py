"""The entry points: `parse` and `parse_file`, and the Lark parser they share.

The Lark parser is built once per process, lazily, from the grammar shipped inside
the package (``threadparse/grammar/thread.lark``; in a source checkout, the top-level
``grammar/`` folder). It is LALR with the grammar's terminals matched line by line
(`LineLexer`), the tolerant `OutlineIndenter` postlexer and the `OutlineBuilder` inline
transformer, so the outline is built during the parse and no lark Tree exists.
"""

from __future__ import annotations

import gc
import os
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from lark import Lark
from lark.exceptions import LarkError

from threadparse import source
from threadparse.dialect import DIALECTS, detect
from threadparse.errors import Diagnostics, ThreadParseError, collecting
from threadparse.lexer import LineLexer
from threadparse.model import Page
from threadparse.outline import OutlineBuilder, OutlineNode, reading
from threadparse.postlex import OutlineIndenter
from threadparse.span import Span
from threadparse.transform import PageBuilder

GRAMMAR_NAME = "thread.lark"
_NOT_BLANK = re.compile("[^ \t\u00a0\n]")

_lock = threading.Lock()
_parser: Lark | None = None


def grammar_text() -> str:
    """The grammar, from the installed package, else from a source checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "grammar" / GRAMMAR_NAME  # the wheel puts it inside the package
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    return (here.parents[1] / "grammar" / GRAMMAR_NAME).read_text(encoding="utf-8")


def lark_parser() -> Lark:
    """The shared LALR parser (built on first use; thread-safe)."""
    global _parser
    if _parser is None:
        with _lock:
            if _parser is None:
                _parser = Lark(
                    grammar_text(),
                    parser="lalr",
                    lexer=LineLexer,
                    postlex=OutlineIndenter(),
                    transformer=OutlineBuilder(),
                    maybe_placeholders=False,
                    cache=_cache_file(),
                )
    return _parser


def _cache_file() -> str | bool:
    """Where Lark keeps its analysis of the grammar between processes (LALR tables:
    ~20 ms to build, ~1 ms to load): a file in the user's cache folder
    (``$XDG_CACHE_HOME/threadparse``, else ``~/.cache/threadparse``). Lark checks a hash
    of the grammar, its options and versions before using it, and rebuilds and rewrites
    it when they differ. No cache (False) when ``THREADPARSE_NO_CACHE`` is set or the
    folder cannot be made; never a shared temporary folder (the file is a pickle).
    """
    if os.environ.get("THREADPARSE_NO_CACHE"):
        return False
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = Path(base) / "threadparse"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return False
    return str(folder / f"grammar-py{sys.version_info[0]}{sys.version_info[1]}.lark-cache")


def parse(text: str, *, strict: bool = False, dialect: str | None = None) -> Page:
    """Parse a page dump into a `Page`.

    Args:
        text: the dump. CRLF/CR line ends and a leading BOM are accepted.
        strict: raise `ThreadParseError` where lenient mode (the default) would guess
            and record a `ParseWarning` in ``page.warnings``.
        dialect: the converter that made the dump (one of `DIALECTS`: ``"resiliparse"``,
            ``"html2text"``, ``"inscriptis"``, ``"w3m"``, ``"lynx"``); None detects it.
            The rules are the same for all: the dialect is reported as ``page.dialect``.

    >>> page = parse("My post\\n\\nHello.\\n\\n1 reply\\n  1. Ann says:\\n    Nice.\\n")
    >>> page.title, page.article.text, [c.author for c in page.walk()]
    ('My post', 'Hello.', ['Ann'])
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str, not {type(text).__name__}; use parse_file for bytes")
    if dialect is not None and dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}; known: {', '.join(DIALECTS)}")
    text = source.normalise(text)
    diagnostics = Diagnostics(strict=strict, text=text)
    with collecting(diagnostics), _cyclic_gc_paused():
        outline = _outline(text)
        page = PageBuilder(diagnostics, dialect or detect(text)).build(
            outline, ends_with_newline=text.endswith("\n")
        )
    page.warnings = diagnostics.warnings
    return page


_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = True


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a page is built.

    A parse allocates many small objects and frees none, so the collector's passes find
    nothing to do and cost a fifth of the parse time on large dumps. Nested and
    concurrent parses are counted: the collector runs again when the last one ends, and
    only if it was running before.
    """
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()


def _outline(text: str) -> list[OutlineNode]:
    if _NOT_BLANK.search(text) is None:  # (a search: no stripped copy of the whole text)
        return []
    try:
        with reading(text):
            return lark_parser().parse(text)  # type: ignore[return-value]
    except ThreadParseError:
        raise
    except LarkError as e:  # the grammar is total; this would be a bug, reported cleanly
        line = getattr(e, "line", 0) or 0
        column = getattr(e, "column", 0) or 0
        lines = text.split("\n")
        snippet = lines[line - 1] if 0 < line <= len(lines) else ""
        raise ThreadParseError(
            f"internal grammar error: {type(e).__name__}",
            line=line,
            column=column,
            snippet=snippet,
            code="internal",
        ) from e


def parse_file(
    path: str | os.PathLike[str] | IO[bytes], *, strict: bool = False, dialect: str | None = None
) -> Page:
    """Read and parse a dump file: a path, ``"-"`` for standard input, or a binary file object.

    UTF-8 with or without BOM, UTF-16/32 with BOM; other bytes are decoded as cp1252
    (then latin-1) with an ``encoding-guessed`` warning (an error in strict mode).
    A file with NUL bytes is refused as binary.

    Raises:
        ThreadParseError: binary input, or (strict) a guess was needed.
        OSError: the file cannot be read.
    """
    if isinstance(path, (str, os.PathLike)):
        data = sys.stdin.buffer.read() if os.fspath(path) == "-" else Path(path).read_bytes()
    else:
        data = path.read()
    if source.looks_binary(data):
        raise ThreadParseError("binary file (NUL bytes), not a text dump", code="binary")
    decoded = source.decode(data)
    if decoded.guessed and strict:
        raise ThreadParseError(
            f"not valid UTF-8; would guess {decoded.encoding}",
            line=1,
            column=1,
            code="encoding-guessed",
        )
    page = parse(decoded.text, strict=strict, dialect=dialect)
    if decoded.guessed:
        diagnostics = Diagnostics()
        diagnostics.warn(
            "encoding-guessed",
            f"not valid UTF-8; decoded as {decoded.encoding}",
            Span(1, 1, 0, 0),
        )
        page.warnings[:0] = diagnostics.warnings
    return page
