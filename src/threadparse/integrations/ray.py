"""Ray Data callables: WARC paths or documents in, Arrow tables of records out.

Both are callable classes for ``Dataset.map_batches(..., batch_format="pyarrow")`` and
return tables with the explicit schema of the records (`comments_schema` or
`pages_schema`), so that blocks whose values are all null still have typed columns.
Shard by file, not by record: a dataset of WARC paths, each read as a stream inside
the task (``read_binary_files`` would load a 1 GB WARC as one row).

    import ray
    from threadparse.integrations.ray import FilesToRecords

    paths = ray.data.from_items([{"path": p} for p in warc_paths])
    comments = paths.map_batches(FilesToRecords, batch_size=1, batch_format="pyarrow",
                                 concurrency=2)
    comments.write_parquet("out/")

They need only pyarrow (``threadparse[parquet]``); Ray itself is ``threadparse[ray]``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from threadparse.batch import ExtractOptions, Tally, guarded_records, iter_records
from threadparse.documents import ReadOptions, row_document
from threadparse.extras import require
from threadparse.records import comments_schema, pages_schema, records_table

if TYPE_CHECKING:
    import pyarrow


class _ToRecords:
    def __init__(self, options: ExtractOptions | None) -> None:
        self.options = options or ExtractOptions()
        require("pyarrow", "the Ray callables")  # (fails here, early, without it)
        self.schema = pages_schema() if self.options.rows == "pages" else comments_schema()
        self.tally = Tally()  #: what this worker has done so far

    def _table(self, records: list[dict[str, Any]]) -> pyarrow.Table:
        return records_table(records, self.schema)


class FilesToRecords(_ToRecords):
    """A batch of file paths (WARC, HTML, dumps, JSONL, Parquet) → their records.

    Args:
        options: how pages become records (`ExtractOptions`: rows, time limit, ...).
        path_key: the column holding the paths.

    A file that cannot be read or a page that fails is counted in ``self.tally`` (and
    skipped), as ``threadparse extract`` does with ``errors="skip"``.
    """

    def __init__(self, options: ExtractOptions | None = None, path_key: str = "path") -> None:
        super().__init__(options)
        self.path_key = path_key

    def __call__(self, batch: pyarrow.Table) -> pyarrow.Table:
        records: list[dict[str, Any]] = []
        for path in batch.column(self.path_key).to_pylist():
            records.extend(iter_records(str(path), self.options, self.tally))
        return self._table(records)


class DocumentsToRecords(_ToRecords):
    """A batch of documents (a page's HTML or dump per row, with an id) → their records.

    Args:
        options: how pages become records; its ``read`` options name the columns
            (``text_key``, ``id_key``, ``url_key``, ``date_key``; datatrove's by default)
            and say whether the text is HTML (``content``: auto, html or text).
    """

    def __init__(self, options: ExtractOptions | None = None) -> None:
        super().__init__(options)
        self.read: ReadOptions = self.options.read

    def __call__(self, batch: pyarrow.Table) -> pyarrow.Table:
        records: list[dict[str, Any]] = []
        for number, row in enumerate(batch.to_pylist(), start=1):
            try:
                document = row_document(row, f"row {number}", "", self.read)
            except ValueError as e:
                self.tally.note("input", str(e))
                continue
            if document is not None:
                records.extend(guarded_records(document, self.options, self.tally))
        return self._table(records)
