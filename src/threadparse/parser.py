"""The entry points: `parse`, `parse_file` and `parse_html`, and the Lark parser they share.

The Lark parser is built once per process, lazily, from the grammar shipped inside
the package (``threadparse/grammar/thread.lark``; in a source checkout, the top-level
``grammar/`` folder). It is LALR with the grammar's terminals matched line by line
(`LineLexer`), the tolerant `OutlineIndenter` postlexer and the `OutlineBuilder` inline
transformer, so the outline is built during the parse and no lark Tree exists.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Literal

from lark import Lark
from lark.exceptions import LarkError

from threadparse import lines, posts, source
from threadparse.dialect import DIALECTS
from threadparse.errors import Diagnostics, ParseWarning, ThreadParseError, collecting
from threadparse.kinds import KINDS
from threadparse.lexer import LineLexer
from threadparse.model import Page
from threadparse.outline import OutlineBuilder, OutlineNode, reading
from threadparse.postlex import OutlineIndenter
from threadparse.sources.html import DEFAULT_SKIP, html_to_text, looks_like_html
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


def parse(
    text: str, *, strict: bool = False, dialect: str | None = None, kind: str | None = None
) -> Page:
    """Parse a page dump into a `Page`.

    Args:
        text: the dump. CRLF/CR line ends and a leading BOM are accepted.
        strict: raise `ThreadParseError` where lenient mode (the default) would guess
            and record a `ParseWarning` in ``page.warnings``.
        dialect: the converter that made the dump (one of `DIALECTS`: ``"resiliparse"``,
            ``"html2text"``, ``"inscriptis"``, ``"w3m"``, ``"lynx"``), recorded as
            ``page.dialect`` instead of the detected one. It is a label only: the same
            rules read every converter's dumps, so the tree does not depend on it.
        kind: what the page is (one of `KINDS`: ``"blog"``, ``"forum"``, ``"qa"``,
            ``"aggregator"``), recorded as ``page.kind`` instead of the detected one; a
            label too.

    >>> page = parse("My post\\n\\nHello.\\n\\n1 reply\\n  1. Ann says:\\n    Nice.\\n")
    >>> page.title, page.article.text, [c.author for c in page.walk()]
    ('My post', 'Hello.', ['Ann'])
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str, not {type(text).__name__}; use parse_file for bytes")
    if dialect is not None and dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}; known: {', '.join(DIALECTS)}")
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; known: {', '.join(KINDS)}")
    text = source.normalise(text)
    diagnostics = Diagnostics(strict=strict, text=text)
    try:
        with collecting(diagnostics):
            if looks_like_html(text):
                first = text.split("\n", 1)[0]
                diagnostics.warn(
                    "looks-like-html",
                    "this is HTML, not a text dump",
                    Span(1, 1, 0, len(first)),
                    guess="read as text; use parse_html (or parse_file) for HTML pages",
                )
            outline = _outline(text)
            page = PageBuilder(diagnostics, dialect).build(
                outline, ends_with_newline=text.endswith("\n")
            )
        page.warnings = diagnostics.warnings
        page.source = text
        if kind is not None:
            page.kind = kind
        page.defer_links()  # (found when first read: `links.link`)
    finally:  # the line readings cached for this page go now, while they are warm
        lines.forget()
        posts.forget()
    return page


def parse_html(
    html: str | bytes,
    *,
    charset: str | None = None,
    skip_elements: Sequence[str] | None = DEFAULT_SKIP,
    strict: bool = False,
) -> Page:
    """Parse an HTML page: render it as a dump with resiliparse, then `parse` that.

    The dump is ``page.source``; every span indexes it. Needs ``threadparse[html]``.

    Args:
        html: the page as bytes (UTF-8 when valid, else ``charset``, else detected) or text.
        charset: the HTTP ``Content-Type`` charset, when known.
        skip_elements: CSS selectors left out of the dump (`DEFAULT_SKIP`: navigation,
            the site's header and footer, the comment form); ``()`` for resiliparse's
            plain output.
        strict: as for `parse`.

    Raises:
        MissingExtraError: resiliparse is not installed.

    >>> page = parse_html(b"<h1>Post</h1><p>Text.</p><h2>1 reply</h2>"
    ...                   b"<ol><li><p>Ann says:</p><p>Hi!</p></li></ol>")
    >>> page.title, [(c.author, c.text) for c in page.walk()]
    ('Post', [('Ann', 'Hi!')])
    """
    text = html_to_text(html, charset=charset, skip_elements=skip_elements)
    return parse(text, strict=strict, dialect="resiliparse")


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
    path: str | os.PathLike[str] | IO[bytes] | IO[str],
    *,
    strict: bool = False,
    dialect: str | None = None,
    format: Literal["auto", "text", "html"] = "auto",
    kind: str | None = None,
) -> Page:
    """Read and parse a dump file: a path, ``"-"`` for standard input, or a file object
    (binary, or text: a text file's own decoding is used).

    An HTML page (``format="html"``, or with ``"auto"`` a file named ``.html``/``.htm``/
    ``.xhtml`` or whose bytes start like HTML) is read by `parse_html`, which needs
    ``threadparse[html]``; ``format="text"`` reads any file as a dump. ``dialect`` and
    ``kind`` are labels, as in `parse`.

    Bytes are UTF-8 (with or without BOM), or UTF-16/32 with a BOM. A byte that is not
    valid UTF-8 is read as the cp1252 character it would be, and each line with such
    bytes gets an ``invalid-utf8`` warning at the first of them (strict mode: a
    `ThreadParseError` there). A file with a NUL byte is refused as binary.

    Raises:
        ThreadParseError: binary input, or (strict) bytes that are not valid UTF-8.
        OSError: the file cannot be read.
        TypeError: ``path`` is neither a path nor a readable file object.
        MissingExtraError: an HTML page, and resiliparse is not installed.
    """
    if format not in ("auto", "text", "html"):
        raise ValueError(f"format must be 'auto', 'text' or 'html', not {format!r}")
    if isinstance(path, (str, os.PathLike)):
        data: bytes | str = _stdin_bytes() if os.fspath(path) == "-" else Path(path).read_bytes()
    elif callable(getattr(path, "read", None)):
        data = path.read()
    else:
        raise TypeError(f"parse_file() takes a path or a file object, not {type(path).__name__}")
    if not isinstance(data, (str, bytes, bytearray, memoryview)):
        raise TypeError(f"the file object's read() gave {type(data).__name__}, not bytes")
    if not isinstance(data, str):
        data = bytes(data)
    if format == "html" or (format == "auto" and _is_html(path, data)):
        return parse(html_to_text(data), strict=strict, dialect=dialect or "resiliparse", kind=kind)
    if isinstance(data, str):  # a text-mode file: already decoded
        return parse(data, strict=strict, dialect=dialect, kind=kind)
    nul = source.nul_position(data)
    if nul >= 0:
        before = source.normalise(data[:nul].decode("utf-8", errors="replace"))
        raise ThreadParseError(
            "binary file (NUL bytes), not a text dump",
            line=before.count("\n") + 1,
            column=len(before) - before.rfind("\n"),
            code="binary",
        )
    decoded = source.decode(data)
    if decoded.stray and strict:
        first = decoded.stray[0]
        end = decoded.text.find("\n", first.offset)
        raise ThreadParseError(
            first.describe(),
            line=first.line,
            column=first.column,
            snippet=decoded.text[first.offset - first.column + 1 : None if end < 0 else end],
            code="invalid-utf8",
        )
    page = parse(decoded.text, strict=strict, dialect=dialect, kind=kind)
    if decoded.stray:
        page.warnings[:0] = _stray_warnings(decoded.stray)
    return page


HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def _is_html(path: object, data: str | bytes) -> bool:
    name = os.fspath(path) if isinstance(path, (str, os.PathLike)) else getattr(path, "name", "")
    if isinstance(name, str) and name.lower().endswith(HTML_SUFFIXES):
        return True
    return isinstance(data, (str, bytes)) and looks_like_html(data)


STRAY_WARNINGS = 100  #: lines with stray bytes warned about one by one; the rest in one


def _stray_warnings(stray: tuple[source.StrayBytes, ...]) -> list[ParseWarning]:
    warnings = [
        ParseWarning(
            "invalid-utf8", s.describe(), Span(s.line, s.line, s.offset, s.offset), s.column
        )
        for s in stray[:STRAY_WARNINGS]
    ]
    rest = stray[STRAY_WARNINGS:]
    if rest:
        count = sum(len(s.raw) for s in rest)
        warnings.append(
            ParseWarning(
                "invalid-utf8",
                f"{count} more bytes not valid UTF-8 on {len(rest)} more lines "
                f"(lines {rest[0].line} to {rest[-1].line}), read as cp1252",
                Span(rest[0].line, rest[-1].line, rest[0].offset, rest[-1].offset),
                rest[0].column,
            )
        )
    return warnings


def _stdin_bytes() -> bytes:
    """Standard input's bytes; an OSError when there is no standard input (``<&-``)."""
    stdin = sys.stdin
    if stdin is None:
        raise OSError(9, "standard input is closed")
    buffer = getattr(stdin, "buffer", None)
    data = buffer.read() if buffer is not None else stdin.read()
    return data if isinstance(data, bytes) else data.encode("utf-8", errors="surrogatepass")
