"""Where corpus records go: JSON Lines (plain or gzip) and Parquet files.

A sink takes records (`threadparse.records` dicts) in batches and writes them; JSONL
keeps the key order and writes datetimes as ISO 8601 strings, Parquet uses the explicit
Arrow schema of the table (`comments_schema`/`pages_schema`), so an all-null column in
the first rows is still typed. `open_sink` picks by the file name.
"""

from __future__ import annotations

import codecs
import gzip
import json
from collections.abc import Iterable
from typing import IO, Any, Protocol

from threadparse.extras import require
from threadparse.records import comments_schema, json_ready, pages_schema, records_table

GZIP_LEVEL = 6  #: half the time of gzip's default 9 on records, for a 3 % larger file
PARQUET_ROWS = 10_000  #: records per Parquet row group (and per write)
ROWS = ("comments", "pages")  #: the two tables: a record per comment, or per page
SHARD_FORMATS = ("jsonl.gz", "jsonl", "parquet")  #: a directory's shards


class Sink(Protocol):
    """Something records can be written to, then closed."""

    def write(self, records: Iterable[dict[str, Any]]) -> None: ...

    def close(self) -> None: ...


class JsonlSink:
    """Records as JSON Lines, to a text stream (not closed here) or a file (gzip when
    ``gzipped``, by default when it ends in ``.gz``; ``append`` adds to what is there,
    a new gzip member for a gzip file)."""

    def __init__(
        self,
        target: str | IO[str],
        *,
        append: bool = False,
        ascii_only: bool = False,
        gzipped: bool | None = None,
    ) -> None:
        self._owned = isinstance(target, str)
        if isinstance(target, str):
            mode = "at" if append else "wt"
            zipped = target.endswith(".gz") if gzipped is None else gzipped
            opener: Any = gzip.open if zipped else open
            level = {"compresslevel": GZIP_LEVEL} if zipped else {}
            self._out: IO[str] = opener(target, mode, encoding="utf-8", **level)
        else:
            self._out = target
        self._ascii = ascii_only

    def write(self, records: Iterable[dict[str, Any]]) -> None:
        self._out.writelines(
            json.dumps(json_ready(r), ensure_ascii=self._ascii) + "\n" for r in records
        )

    def close(self) -> None:
        if self._owned:
            self._out.close()
        else:
            self._out.flush()


class ParquetSink:
    """Records as a Parquet file with the table's explicit schema (zstd-compressed)."""

    def __init__(self, path: str, rows: str = "comments") -> None:
        parquet = require("pyarrow.parquet", "writing Parquet files")
        self._pa = require("pyarrow", "writing Parquet files")
        self._schema = pages_schema() if rows == "pages" else comments_schema()
        self._writer = parquet.ParquetWriter(path, self._schema, compression="zstd")
        self._pending: list[dict[str, Any]] = []

    def write(self, records: Iterable[dict[str, Any]]) -> None:
        self._pending.extend(records)
        if len(self._pending) >= PARQUET_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._writer.write_table(records_table(self._pending, self._schema))
            self._pending = []

    def write_arrow(self, batch: Any) -> None:
        """Write an Arrow record batch of this table's schema as it is."""
        self._flush()
        self._writer.write_table(self._pa.Table.from_batches([batch], schema=self._schema))

    def close(self) -> None:
        self._flush()
        self._writer.close()


def speaks_unicode(out: IO[str]) -> bool:
    """Whether ``out`` can write any character (a UTF encoding)."""
    encoding = getattr(out, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


def output_format(path: str) -> str:
    """``"parquet"``, ``"jsonl.gz"`` or ``"jsonl"`` by the file name."""
    lower = path.lower()
    if lower.endswith(".parquet"):
        return "parquet"
    return "jsonl.gz" if lower.endswith(".gz") else "jsonl"


def open_sink(
    path: str, rows: str = "comments", *, fmt: str | None = None, append: bool = False
) -> Sink:
    """A sink writing ``path`` in ``fmt`` (``"jsonl"``, ``"jsonl.gz"``, ``"parquet"``;
    default: by the file name, `output_format`)."""
    fmt = fmt or output_format(path)
    if fmt == "parquet":
        if append:
            raise ValueError("a Parquet file cannot be appended to")
        return ParquetSink(path, rows)
    return JsonlSink(path, append=append, gzipped=fmt == "jsonl.gz")
