"""A datatrove pipeline step: HTML or text documents in, comment threads out.

`ThreadExtractor` goes where FineWeb-style pipelines put their text extractor (before
it: datatrove's ``Trafilatura`` step keeps no comments): documents whose ``text`` is a
page's HTML (as ``WarcReader`` gives them) or a text dump. With ``output="comments"``
each comment becomes a document of its own (``id`` the comment id, the record's other
fields in ``metadata``); with ``output="metadata"`` the page's document goes on with its
thread under ``metadata["threadparse"]``. Write comments to Parquet with
``ParquetWriter(..., expand_metadata=True, schema=ThreadExtractor.schema())``.
Needs ``threadparse[datatrove]``.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import ParquetWriter
    from threadparse.integrations.datatrove import ThreadExtractor

    LocalPipelineExecutor(pipeline=[
        WarcReader("warcs/", glob_pattern="*.warc.gz"),
        ThreadExtractor(),
        ParquetWriter("out/", expand_metadata=True, schema=ThreadExtractor.schema()),
    ], tasks=4).run()
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from threadparse.batch import ExtractOptions, PageTimeout, Tally, document_page, time_limit
from threadparse.documents import Document
from threadparse.errors import ThreadParseError
from threadparse.extras import require
from threadparse.model import Page
from threadparse.records import COMMENT_COLUMNS, json_ready, page_record, to_records
from threadparse.sources.html import DEFAULT_SKIP, looks_like_html
from threadparse.sources.prefilter import has_comment_markup

if TYPE_CHECKING:
    import pyarrow

_data = require("datatrove.data", "the datatrove step")
PipelineStep: Any = require("datatrove.pipeline.base", "the datatrove step").PipelineStep

OUTPUTS = ("comments", "metadata")
INPUTS = ("auto", "html", "text")


class ThreadExtractor(PipelineStep):  # type: ignore[misc]
    """Parse each document's page into its comment thread.

    Args:
        input_format: what ``doc.text`` holds: ``"html"``, ``"text"`` (a dump) or
            ``"auto"`` (HTML when it starts like HTML).
        output: ``"comments"`` (a document per comment) or ``"metadata"`` (the page's
            document, its thread in ``metadata["threadparse"]``).
        min_comments: pages with fewer comments are dropped (``"metadata"``: 0 keeps all).
        prefilter: HTML without comment markup is not parsed (a page of 0 comments).
        skip_elements: CSS selectors left out of HTML's dump.
        strict: parse strictly (a page that needs a guess is a ``parse_error``).
        timeout: seconds a page may take; None for no limit.
        keep_metadata: more of the input document's metadata keys to copy to each
            comment (its ``url``, ``date``, ``dump`` and ``file_path`` are already in
            the record, as ``url``, ``crawl_date``, ``dump`` and ``source_file``).

    Stats: ``total``, ``no_comment_markup``, ``timeout``, ``parse_error``, ``dropped``,
    ``forwarded`` and ``comments``.
    """

    name = "🧵 threadparse"
    type = "🛢 - EXTRAC"

    def __init__(
        self,
        input_format: str = "auto",
        output: str = "comments",
        min_comments: int = 1,
        prefilter: bool = True,
        skip_elements: Sequence[str] | None = DEFAULT_SKIP,
        strict: bool = False,
        timeout: float | None = 30.0,
        keep_metadata: Sequence[str] = (),
    ) -> None:
        super().__init__()
        if input_format not in INPUTS:
            raise ValueError(f"input_format must be one of {INPUTS}, not {input_format!r}")
        if output not in OUTPUTS:
            raise ValueError(f"output must be one of {OUTPUTS}, not {output!r}")
        self.input_format = input_format
        self.output = output
        self.min_comments = min_comments
        self.prefilter = prefilter
        self.keep_metadata = tuple(keep_metadata)
        self.options = ExtractOptions(
            rows="comments",
            strict=strict,
            skip_elements=tuple(skip_elements) if skip_elements is not None else None,
            timeout=timeout,
        )

    @staticmethod
    def schema() -> pyarrow.Schema:
        """The Parquet schema of ``output="comments"`` documents written with
        ``expand_metadata=True``: ``text``, ``id`` (the comment id) and the comment
        record's other columns (`threadparse.records.COMMENT_COLUMNS`)."""
        from threadparse.records import comments_schema

        pa = require("pyarrow", "the datatrove step's schema")
        columns = comments_schema()
        fields = [pa.field("text", pa.string()), pa.field("id", pa.string(), nullable=False)]
        fields += [
            columns.field(name).with_nullable(True)
            for name in COMMENT_COLUMNS
            if name not in ("comment_id", "text")
        ]
        return pa.schema(fields)

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        """Each input document → its comments (or itself with its thread)."""
        for doc in data:
            self.stat_update("total")
            fields = self._fields(doc)
            with self.track_time():
                page = self._page(doc, fields)
            if page is None:
                continue
            comments = len(page)
            if comments < self.min_comments:
                self.stat_update("dropped")
                continue
            self.stat_update("comments", value=comments, unit="doc")
            records = to_records(page, str(doc.id), **fields)
            if self.output == "metadata":
                thread = json_ready(page_record(page, str(doc.id), **fields))
                thread["comments"] = [json_ready(r) for r in records]
                doc.metadata["threadparse"] = thread
                self.stat_update("forwarded")
                yield doc
            else:
                yield from self._comments(doc, records)

    @staticmethod
    def _fields(doc: Any) -> dict[str, Any]:
        metadata = doc.metadata or {}
        return {
            "url": metadata.get("url"),
            "crawl_date": _date(metadata.get("date")),
            "dump": metadata.get("dump"),
            "source_file": metadata.get("file_path"),
        }

    def _page(self, doc: Any, fields: dict[str, Any]) -> Page | None:
        """The document's page (its HTML title put in ``fields``); None when it failed."""
        is_html = self.input_format == "html" or (
            self.input_format == "auto" and looks_like_html(doc.text)
        )
        if is_html and self.prefilter and not has_comment_markup(doc.text):
            self.stat_update("no_comment_markup")
            return Page()
        document = Document(str(doc.id), doc.text, is_html=is_html, fields=fields)
        try:
            with time_limit(self.options.timeout):
                return document_page(document, self.options, Tally())
        except PageTimeout:
            self.stat_update("timeout")
        except ThreadParseError:
            self.stat_update("parse_error")
        except Exception:  # a converter's failure: this document only
            self.stat_update("parse_error")
        return None

    def _comments(self, doc: Any, records: list[dict[str, Any]]) -> Iterator[Any]:
        kept = {k: doc.metadata[k] for k in self.keep_metadata if k in (doc.metadata or {})}
        for record in records:
            metadata = {k: v for k, v in record.items() if k not in ("comment_id", "text")}
            self.stat_update("forwarded")
            yield _data.Document(
                text=record["text"], id=record["comment_id"], metadata={**kept, **metadata}
            )


def _date(value: object) -> str | None:
    return value if isinstance(value, str) else None
