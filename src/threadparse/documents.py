"""Inputs of a corpus run → documents: one page each, with its id and provenance.

A `Document` is what `threadparse extract` and the engines hand to the parser: the
page's content (a text dump or HTML), an id unique in the corpus, and where it came
from. `read_documents` reads one input of any supported format — a dump or HTML file,
a WARC file (HTML responses, streamed), JSONL or Parquet holding a text or HTML column
(datatrove's ``text``/``id`` names by default) — one document at a time.
"""

from __future__ import annotations

import gzip
import io
import json
import os
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import attrs

from threadparse.extras import require
from threadparse.sources.html import looks_like_html
from threadparse.sources.warc import WarcCounts, iter_warc_pages

FORMATS = ("auto", "text", "html", "warc", "jsonl", "parquet")
_SUFFIXES = {
    ".warc": "warc",
    ".warc.gz": "warc",
    ".warc.zst": "warc",
    ".warc.lz4": "warc",
    ".warc.br": "warc",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".jsonl.gz": "jsonl",
    ".ndjson": "jsonl",
    ".json.gz": "jsonl",
    ".parquet": "parquet",
    ".txt": "text",
}


def format_of(name: str) -> str | None:
    """The input format a file name implies; None when it implies none.

    >>> format_of("CC-MAIN-2024-10-0001.warc.gz"), format_of("pages.parquet")
    ('warc', 'parquet')
    >>> format_of("dump.txt"), format_of("README") is None
    ('text', True)
    """
    lower = name.lower()
    for suffix in sorted(_SUFFIXES, key=len, reverse=True):
        if lower.endswith(suffix):
            return _SUFFIXES[suffix]
    return None


def sniff_format(head: bytes) -> str:
    """The format of an input from its first bytes (standard input, unnamed files)."""
    if head.startswith((b"WARC/", b"\x1f\x8b", b"\x28\xb5\x2f\xfd", b"\x04\x22\x4d\x18")):
        return "warc"  # a WARC, plain or gzip/zstd/lz4-compressed
    if head.startswith(b"PAR1"):
        return "parquet"
    if looks_like_html(head):
        return "html"
    if head.lstrip()[:1] == b"{":
        return "jsonl"
    return "text"


@attrs.define(slots=True)
class Document:
    """One page to parse.

    Attributes:
        page_id: unique in the corpus (WARC record id, the input's own id, a path).
        content: the page: a text dump, or HTML (bytes or text) when ``is_html``.
        is_html: whether ``content`` is HTML, to be rendered as a dump first.
        charset: the HTTP charset of HTML bytes, when known.
        fields: provenance for the records (`threadparse.records.PROVENANCE` names).
    """

    page_id: str
    content: str | bytes = attrs.field(repr=False)
    is_html: bool = False
    charset: str | None = None
    fields: dict[str, Any] = attrs.field(factory=dict)

    @property
    def size(self) -> int:
        """The content's length (bytes or characters)."""
        return len(self.content)


@attrs.define(slots=True)
class ReadOptions:
    """How inputs are read (the ``extract`` options that concern reading).

    Attributes:
        source_format: one of `FORMATS`; ``"auto"`` decides by name, then by content.
        prefilter: WARC: skip responses without comment markup.
        auto_decode: WARC: fastwarc's ``auto_decode``.
        text_key: JSONL/Parquet: the column holding the page.
        id_key: JSONL/Parquet: the column holding its id (else ``FILE:ROW``).
        url_key: JSONL/Parquet: the column holding its URL.
        date_key: JSONL/Parquet: the column holding its crawl date (ISO 8601).
        content: JSONL/Parquet: ``"auto"`` (HTML when it starts like HTML), ``"text"``
            or ``"html"``.
    """

    source_format: str = "auto"
    prefilter: bool = True
    auto_decode: str = "all"
    text_key: str = "text"
    id_key: str = "id"
    url_key: str = "url"
    date_key: str = "date"
    content: str = "auto"

    def __attrs_post_init__(self) -> None:
        if self.source_format not in FORMATS:
            raise ValueError(f"unknown input format {self.source_format!r}; known: {FORMATS}")
        if self.content not in ("auto", "text", "html"):
            raise ValueError(f"content must be auto, text or html, not {self.content!r}")


@attrs.define(slots=True)
class ReadCounts:
    """What reading one input saw beyond its documents (WARC records left aside)."""

    warc: WarcCounts = attrs.field(factory=WarcCounts)
    bytes_read: int = 0


def read_documents(
    path: str, options: ReadOptions, counts: ReadCounts | None = None
) -> Generator[Document, None, None]:
    """The documents of one input: a path, or ``"-"`` for standard input.

    Raises:
        OSError: the input cannot be opened or read.
        ValueError: the input is not in the format it was read as (a bad JSON line,
            a corrupt WARC or Parquet file).
        MissingExtraError: the format needs an extra that is not installed.
    """
    counts = counts if counts is not None else ReadCounts()
    if path == "-":
        stream = _stdin()
        fmt = options.source_format
        if fmt == "auto":
            fmt = sniff_format(stream.peek(64)[:64])
        yield from _READERS[fmt](stream, "<stdin>", options, counts)
        return
    fmt = options.source_format
    if fmt == "auto":
        fmt = format_of(path) or "text"
    with open(path, "rb") as stream:
        if fmt == "text" and options.source_format == "auto":
            fmt = "html" if looks_like_html(stream.peek(4096)[:4096]) else "text"
        yield from _READERS[fmt](stream, path, options, counts)


def _stdin() -> io.BufferedReader:
    import sys

    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        raise OSError(9, "standard input is closed")
    return buffer if isinstance(buffer, io.BufferedReader) else io.BufferedReader(buffer)


def _whole(stream: IO[bytes], name: str, is_html: bool, counts: ReadCounts) -> Iterator[Document]:
    data = stream.read()
    counts.bytes_read += len(data)
    yield Document(name, data, is_html=is_html, fields={"source_file": name})


def _text(
    stream: IO[bytes], name: str, options: ReadOptions, counts: ReadCounts
) -> Iterator[Document]:
    return _whole(stream, name, False, counts)


def _html(
    stream: IO[bytes], name: str, options: ReadOptions, counts: ReadCounts
) -> Iterator[Document]:
    return _whole(stream, name, True, counts)


def _warc(
    stream: IO[bytes], name: str, options: ReadOptions, counts: ReadCounts
) -> Iterator[Document]:
    pages = iter_warc_pages(
        stream, prefilter=options.prefilter, auto_decode=options.auto_decode, counts=counts.warc
    )
    for page in pages:
        counts.bytes_read = _position(stream, counts.bytes_read)
        yield Document(
            page.record_id, page.html, is_html=True, charset=page.charset, fields=page.fields
        )
    counts.bytes_read = _position(stream, counts.bytes_read)


def _position(stream: IO[bytes], fallback: int) -> int:
    try:
        return stream.tell()
    except (OSError, ValueError):
        return fallback


def _jsonl(
    stream: IO[bytes], name: str, options: ReadOptions, counts: ReadCounts
) -> Iterator[Document]:
    head = stream.peek(2)[:2] if isinstance(stream, io.BufferedReader) else b""
    lines: Iterable[bytes] = gzip.GzipFile(fileobj=stream) if head == b"\x1f\x8b" else stream
    for number, line in enumerate(lines, start=1):
        counts.bytes_read = _position(stream, counts.bytes_read + len(line))
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as e:
            raise ValueError(f"{name}:{number}: not a JSON line: {e}") from None
        if not isinstance(row, dict):
            raise ValueError(f"{name}:{number}: a JSON line must be an object")
        document = row_document(row, f"{name}:{number}", name, options)
        if document is not None:
            yield document


def _parquet(
    stream: IO[bytes], name: str, options: ReadOptions, counts: ReadCounts
) -> Iterator[Document]:
    parquet = require("pyarrow.parquet", "reading Parquet files")
    try:
        table = parquet.ParquetFile(stream)
    except Exception as e:  # pyarrow raises its own ArrowInvalid (a ValueError) and more
        raise ValueError(f"{name}: not a Parquet file: {e}") from None
    wanted = [options.text_key, options.id_key, options.url_key, options.date_key, "dump"]
    present = set(table.schema_arrow.names)
    if options.text_key not in present:
        raise ValueError(f"{name}: no column {options.text_key!r} (use --text-key)")
    columns = [c for c in dict.fromkeys(wanted) if c in present]
    number = 0
    for batch in table.iter_batches(batch_size=256, columns=columns):
        for row in batch.to_pylist():
            number += 1
            document = row_document(row, f"{name}:{number}", name, options)
            if document is not None:
                yield document
        counts.bytes_read = _position(stream, counts.bytes_read)


def row_document(
    row: dict[str, Any], where: str, name: str, options: ReadOptions
) -> Document | None:
    """A JSONL/Parquet row as a document (None without the text column); ``where``
    names the row in messages and is its id when it has none."""
    content = row.get(options.text_key)
    if content is None:
        return None
    if not isinstance(content, (str, bytes)):
        raise ValueError(f"{where}: {options.text_key!r} is not text")
    page_id = row.get(options.id_key)
    is_html = options.content == "html" or (options.content == "auto" and looks_like_html(content))
    date = row.get(options.date_key)
    return Document(
        str(page_id) if page_id not in (None, "") else where,
        content,
        is_html=is_html,
        fields={
            "url": _str_or_none(row.get(options.url_key)),
            "crawl_date": date if isinstance(date, str) or date is None else str(date),
            "dump": _str_or_none(row.get("dump")),
            "source_file": name,
        },
    )


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


_READERS = {
    "text": _text,
    "html": _html,
    "warc": _warc,
    "jsonl": _jsonl,
    "parquet": _parquet,
}


def expand_inputs(
    specs: list[str], *, recursive_suffixes: bool = True
) -> tuple[list[str], list[str]]:
    """Files, directories (walked, files of known formats only) and glob patterns →
    sorted file paths, plus the specs that matched nothing."""
    import glob

    found: list[str] = []
    missing: list[str] = []
    for spec in specs:
        if spec == "-":
            found.append(spec)
        elif os.path.isdir(spec):
            found += sorted(
                str(p)
                for p in Path(spec).rglob("*")
                if p.is_file() and (not recursive_suffixes or format_of(p.name))
            )
        elif os.path.exists(spec):
            found.append(spec)
        elif any(ch in spec for ch in "*?["):
            matches = sorted(p for p in glob.glob(spec, recursive=True) if os.path.isfile(p))
            if matches:
                found += matches
            else:
                missing.append(spec)
        else:
            missing.append(spec)
    return list(dict.fromkeys(found)), missing
