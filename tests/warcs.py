"""Small WARC files for the tests and benchmarks, written by hand (WARC/1.0, one gzip
member per record, as Common Crawl writes them)."""

from __future__ import annotations

import gzip
import uuid
from collections.abc import Iterable
from pathlib import Path


def http_response(
    body: bytes,
    content_type: str = "text/html; charset=utf-8",
    status: str = "200 OK",
    headers: Iterable[tuple[str, str]] = (),
) -> bytes:
    lines = [f"HTTP/1.1 {status}", f"Content-Type: {content_type}", f"Content-Length: {len(body)}"]
    lines += [f"{name}: {value}" for name, value in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def warc_record(
    block: bytes,
    *,
    url: str = "https://example.org/",
    date: str = "2024-03-01T12:00:00Z",
    record_type: str = "response",
    record_id: str | None = None,
) -> bytes:
    """One uncompressed WARC record whose block is ``block`` (an HTTP message)."""
    record_id = record_id or f"<urn:uuid:{uuid.uuid4()}>"
    kind = "response" if record_type == "response" else "request"
    head = (
        f"WARC/1.0\r\nWARC-Type: {record_type}\r\nWARC-Record-ID: {record_id}\r\n"
        f"WARC-Date: {date}\r\nWARC-Target-URI: {url}\r\n"
        f"Content-Type: application/http; msgtype={kind}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode("utf-8") + block + b"\r\n\r\n"


def write_warc(path: Path, records: Iterable[bytes], *, gz: bool = True) -> Path:
    """Write records (from `warc_record`), each its own gzip member when ``gz``."""
    with open(path, "wb") as out:
        for record in records:
            out.write(gzip.compress(record, mtime=0) if gz else record)
    return path


def page_records(pages: Iterable[tuple[str, bytes]], date: str = "2024-03-01T12:00:00Z"):
    """A request and a response record for each ``(url, html)``."""
    for url, html in pages:
        request = b"GET / HTTP/1.1\r\nHost: example.org\r\n\r\n"
        yield warc_record(request, url=url, record_type="request")
        yield warc_record(http_response(html), url=url, date=date)
