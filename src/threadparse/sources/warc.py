"""WARC files → HTML pages, one record at a time (fastwarc; ``threadparse[warc]``).

`iter_warc_pages` streams a ``.warc``, ``.warc.gz`` (or any compression fastwarc
detects: lz4, zstd, brotli) and yields the HTML responses as `WarcPage`: the record's
identity (record id, URL, crawl date, file, offset and length as the Common Crawl index
gives them) and the payload bytes. Nothing but the current record is held in memory.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Iterator
from typing import IO, Any

import attrs

from threadparse.dates import parse_iso
from threadparse.extras import require
from threadparse.sources.html import looks_like_html
from threadparse.sources.prefilter import has_comment_markup

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: Responses larger than this are counted as too large and skipped (not read).
MAX_CONTENT_LENGTH = 10 * 2**20


@attrs.define(slots=True, frozen=True)
class WarcPage:
    """One HTML response of a WARC file.

    Attributes:
        record_id: the ``WARC-Record-ID`` (``<urn:uuid:…>``).
        url: the ``WARC-Target-URI``.
        date: the ``WARC-Date`` as written (ISO 8601, UTC).
        file: the WARC file's path, None for a file object without a name.
        offset: where the record starts in the file (compressed bytes, as in the
            Common Crawl index's ``warc_record_offset``).
        length: the record's length in the file, None when it cannot be known.
        html: the HTTP payload (decompressed per ``Content-Encoding``).
        charset: the charset of the HTTP ``Content-Type``, when given.
    """

    record_id: str
    url: str | None
    date: str | None
    file: str | None
    offset: int
    length: int | None
    html: bytes = attrs.field(repr=False)
    charset: str | None = None

    @property
    def crawl_date(self) -> _dt.datetime | None:
        """``date`` as a naive UTC datetime, None when missing or malformed."""
        return parse_iso(self.date) if self.date else None

    @property
    def fields(self) -> dict[str, Any]:
        """The page's provenance, as `threadparse.records.to_records` takes it:
        ``to_records(page, warc_page.record_id, **warc_page.fields)``."""
        return {
            "url": self.url,
            "crawl_date": self.crawl_date,
            "source_file": self.file,
            "warc_record_id": self.record_id,
            "warc_filename": os.path.basename(self.file) if self.file else None,
            "warc_record_offset": self.offset,
            "warc_record_length": self.length,
        }


@attrs.define(slots=True)
class WarcCounts:
    """What `iter_warc_pages` saw: every record, and why the ones not yielded were left."""

    records: int = 0
    malformed: int = 0
    responses: int = 0
    html: int = 0
    too_large: int = 0
    no_comment_markup: int = 0
    yielded: int = 0


def iter_warc_pages(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    prefilter: bool = True,
    auto_decode: str = "all",
    max_content_length: int = MAX_CONTENT_LENGTH,
    counts: WarcCounts | None = None,
) -> Iterator[WarcPage]:
    """Yield the HTML responses (HTTP 2xx, ``text/html`` or XHTML) of a WARC file.

    Args:
        source: a path or a binary file object.
        prefilter: yield only pages whose markup names a comment section
            (`has_comment_markup`); the rest are counted in ``counts.no_comment_markup``.
        auto_decode: fastwarc's payload decoding: ``"all"`` (default: gzip/deflate/br
            ``Content-Encoding`` and chunking, as browser and crawler WARCs need),
            ``"content"``, ``"transfer"`` or ``"none"`` (Common Crawl stores payloads
            decoded already).
        max_content_length: larger records are skipped unread.
        counts: filled in as records go by.

    Raises:
        MissingExtraError: fastwarc is not installed.
        OSError: the file cannot be read or is not a WARC file.
    """
    warc = require("fastwarc.warc", "reading WARC files")
    read = _Reader(warc, prefilter, auto_decode, max_content_length, counts or WarcCounts())
    if isinstance(source, (str, os.PathLike)):
        name = os.fspath(source)
        with open(name, "rb") as stream:
            yield from read(stream, name)
    else:
        label = getattr(source, "name", None)
        named = isinstance(label, str) and not label.startswith("<")  # not "<stdin>"
        yield from read(source, label if named else None)


@attrs.define(slots=True)
class _Reader:
    warc: Any
    prefilter: bool
    auto_decode: str
    max_content_length: int
    counts: WarcCounts

    def __call__(self, stream: IO[bytes], name: str | None) -> Iterator[WarcPage]:
        records = self.warc.ArchiveIterator(
            stream,
            record_types=self.warc.WarcRecordType.any_type,
            parse_http=True,  # (auto_decode applies only to what the iterator parses)
            auto_decode=self.auto_decode,
        )
        response = self.warc.WarcRecordType.response
        no_type = self.warc.WarcRecordType.no_type
        counts = self.counts
        pending: WarcPage | None = None  # its length is known when the next record starts
        for record in records:
            counts.records += 1
            if pending is not None:
                yield attrs.evolve(pending, length=record.stream_pos - pending.offset)
                pending = None
            if record.record_type == no_type:  # what fastwarc makes of bytes that are no record
                counts.malformed += 1
                continue
            if record.record_type != response:
                continue
            counts.responses += 1
            pending = self._page(record, name)
            if pending is not None:
                counts.yielded += 1
        if counts.records == counts.malformed and _size(stream):
            raise ValueError(f"{name or 'the input'}: no WARC records (not a WARC file?)")
        if pending is not None:
            end = _size(stream)
            yield attrs.evolve(pending, length=None if end is None else end - pending.offset)

    def _page(self, record: Any, name: str | None) -> WarcPage | None:
        counts = self.counts
        if record.content_length > self.max_content_length:
            counts.too_large += 1
            return None
        http = record.http_headers
        if http is None or not 200 <= (http.status_code or 0) < 300:
            return None
        content_type = record.http_content_type
        body: bytes = record.reader.read()
        if content_type not in HTML_TYPES and not (not content_type and looks_like_html(body)):
            return None
        counts.html += 1
        if self.prefilter and not has_comment_markup(body):
            counts.no_comment_markup += 1
            return None
        headers = record.headers
        return WarcPage(
            record_id=str(record.record_id),
            url=headers.get("WARC-Target-URI"),
            date=headers.get("WARC-Date"),
            file=name,
            offset=int(record.stream_pos),
            length=None,
            html=body,
            charset=record.http_charset or None,
        )


def _size(stream: IO[bytes]) -> int | None:
    """The file's size: where its last record ends (None for a pipe)."""
    try:
        return os.fstat(stream.fileno()).st_size
    except (OSError, AttributeError, ValueError):
        return None
