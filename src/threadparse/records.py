"""Corpus rows: one flat record per comment and one per page, with Arrow schemas.

`to_records` and `page_record` give plain dicts whose keys and types are the same for
every page of a corpus, so that JSONL, Parquet, pandas, DuckDB, datatrove and Ray all
see one table: string ids unique across the corpus (``comment_id`` is
``"{page_id}#c{position}"``, ``parent_id`` is null at the top), provenance (URL, crawl
date, WARC file, offset and length) and the comment's fields. `comments_schema` and
`pages_schema` are the explicit Arrow schemas (Parquet writers that infer a schema from
the first rows type an all-null column as ``null`` and then fail). The names follow the
conventions of Pushshift, the Hacker News API and ConvoKit; see the README.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any

from threadparse.dates import page_order, parse_iso, resolve_date
from threadparse.extras import require
from threadparse.model import Comment, Page

if TYPE_CHECKING:
    import pyarrow

#: Page columns given by the caller, in both tables (column name → Arrow type name, ``?``
#: marking a nullable column): where the page came from, and the HTML's own ``<title>``
#: (the dump's first line is often the site's name or a menu).
_PROVENANCE_COLUMNS: dict[str, str] = {
    "html_title": "string?",
    "url": "string?",
    "crawl_date": "timestamp?",
    "dump": "string?",
    "source_file": "string?",
    "warc_record_id": "string?",
    "warc_filename": "string?",
    "warc_record_offset": "int64?",
    "warc_record_length": "int64?",
}
PROVENANCE = tuple(_PROVENANCE_COLUMNS)

#: The comments table, in the same notation.
COMMENT_COLUMNS: dict[str, str] = {
    "comment_id": "string",
    "parent_id": "string?",
    "page_id": "string",
    "position": "int32",
    "depth": "int32",
    "path": "string",
    "number": "int32?",
    "author": "string?",
    "created": "timestamp?",
    "created_basis": "string?",
    "date_text": "string?",
    "kind": "string",
    "text": "string",
    "n_replies": "int32",
    "replies_to_id": "string?",
    "reply_evidence": "string?",
    "span_start_line": "int32?",
    "span_end_line": "int32?",
    "page_title": "string?",
    "dialect": "string",
    **_PROVENANCE_COLUMNS,
}

#: The pages table, in the same notation.
PAGE_COLUMNS: dict[str, str] = {
    "page_id": "string",
    "title": "string?",
    "article": "string",
    "declared_count": "int32?",
    "n_comments": "int32",
    "n_top_level": "int32",
    "max_depth": "int32",
    "closed": "bool",
    "dialect": "string",
    "warnings": "list<string>",
    "threadparse_version": "string",
    **_PROVENANCE_COLUMNS,
}


def _provenance(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(fields) - set(PROVENANCE))
    if unknown:
        raise TypeError(
            f"unknown page field(s): {', '.join(unknown)}; known: {', '.join(PROVENANCE)}"
        )
    values = dict.fromkeys(PROVENANCE)
    values.update(fields)
    crawl = values["crawl_date"]
    if isinstance(crawl, str):
        values["crawl_date"] = parse_iso(crawl)
    elif crawl is not None and not isinstance(crawl, _dt.datetime):
        raise TypeError(f"crawl_date must be a datetime or an ISO 8601 string, not {crawl!r}")
    return values


def _answered_id(comment: Comment, ids: dict[int, str], page_id: str) -> str | None:
    """The id of what the comment answers: an earlier comment's ``comment_id``, or
    ``"{page_id}#article"``; None when the page does not say."""
    target = comment.replies_to
    if target is None:
        return None
    if isinstance(target, Comment):
        return ids.get(id(target))
    return f"{page_id}#article"


def to_records(page: Page, page_id: str, **fields: Any) -> list[dict[str, Any]]:
    """One record per comment, document order, with corpus-wide string ids.

    Args:
        page: the parsed page.
        page_id: the page's id, unique in the corpus (a WARC record id, a URL, a path).
        **fields: the page's provenance, any of `PROVENANCE` (``html_title``, ``url``,
            ``crawl_date`` as a datetime or an ISO 8601 string, ``dump``,
            ``source_file``, ``warc_record_id``, ``warc_filename``,
            ``warc_record_offset``, ``warc_record_length``); the rest of those columns
            are null.

    Each record has the `COMMENT_COLUMNS` keys. ``replies_to_id`` is the
    ``comment_id`` of the comment it answers, or ``"{page_id}#article"``, with
    ``reply_evidence`` saying why (`Comment.reply`). ``created`` is the comment's datetime:
    as printed (``created_basis`` ``"printed"``), or, when the page gives a relative date
    ("2 weeks ago") or no year and the crawl date is known, counted from the crawl date
    (``"crawl_date"``); a numeric date that could be read either way (5/6/2019) is read
    day or month first when the page's other numeric dates all show that order
    (``"page_order"``).

    >>> import threadparse
    >>> page = threadparse.parse("T\\n\\n2 replies\\n  1. Ann says:\\n    3 days ago\\n    Hi\\n"
    ...                          "    • Bob says:\\n      Yo\\n")
    >>> rows = to_records(page, "p1", crawl_date="2020-05-10T08:00:00Z")
    >>> [(r["comment_id"], r["parent_id"], r["author"], r["n_replies"]) for r in rows]
    [('p1#c0', None, 'Ann', 1), ('p1#c1', 'p1#c0', 'Bob', 0)]
    >>> rows[0]["created"], rows[0]["created_basis"]
    (datetime.datetime(2020, 5, 7, 8, 0), 'crawl_date')
    """
    if not isinstance(page_id, str) or not page_id:
        raise TypeError(f"page_id must be a non-empty string, not {page_id!r}")
    where = _provenance(fields)
    crawl_date = where["crawl_date"]
    order = page_order(c.date for c in page.walk() if c.date)
    rows: list[dict[str, Any]] = []
    ids: dict[int, str] = {}
    stack = [(c, str(i + 1)) for i, c in reversed(list(enumerate(page.comments)))]
    while stack:
        c, path = stack.pop()
        comment_id = f"{page_id}#c{len(rows)}"
        ids[id(c)] = comment_id
        created, basis = resolve_date(c.date, crawl_date, order) if c.date else (None, None)
        rows.append(
            {
                "comment_id": comment_id,
                "parent_id": ids[id(c.parent)] if c.parent is not None else None,
                "page_id": page_id,
                "position": len(rows),
                "depth": c.depth,
                "path": path,
                "number": c.number,
                "author": c.author,
                "created": created,
                "created_basis": basis,
                "date_text": c.date,
                "kind": c.kind,
                "text": c.text,
                "n_replies": len(c.children),
                "replies_to_id": _answered_id(c, ids, page_id),
                "reply_evidence": c.reply_evidence,
                "span_start_line": c.span.start_line if c.span else None,
                "span_end_line": c.span.end_line if c.span else None,
                "page_title": page.title,
                "dialect": page.dialect,
                **where,
            }
        )
        stack.extend((k, f"{path}.{i + 1}") for i, k in reversed(list(enumerate(c.children))))
    return rows


def page_record(page: Page, page_id: str, **fields: Any) -> dict[str, Any]:
    """The page's record for the pages table (`PAGE_COLUMNS`); fields as `to_records`.

    >>> import threadparse
    >>> page = threadparse.parse("T\\n\\nBody.\\n\\n1 reply\\n  1. Ann says:\\n    Hi\\n")
    >>> record = page_record(page, "p1", url="https://example.org/t")
    >>> record["title"], record["n_comments"], record["declared_count"], record["url"]
    ('T', 1, 1, 'https://example.org/t')
    """
    from threadparse import __version__

    if not isinstance(page_id, str) or not page_id:
        raise TypeError(f"page_id must be a non-empty string, not {page_id!r}")
    comments = list(page.walk())
    return {
        "page_id": page_id,
        "title": page.title,
        "article": page.article.text,
        "declared_count": page.declared_count,
        "n_comments": len(comments),
        "n_top_level": len(page.comments),
        "max_depth": max((c.depth for c in comments), default=-1),
        "closed": page.closed,
        "dialect": page.dialect,
        "warnings": [str(w) for w in page.warnings],
        "threadparse_version": __version__,
        **_provenance(fields),
    }


def comments_schema() -> pyarrow.Schema:
    """The Arrow schema of `to_records` rows (needs ``threadparse[parquet]``)."""
    return _schema(COMMENT_COLUMNS)


def pages_schema() -> pyarrow.Schema:
    """The Arrow schema of `page_record` rows (needs ``threadparse[parquet]``)."""
    return _schema(PAGE_COLUMNS)


def _schema(columns: dict[str, str]) -> pyarrow.Schema:
    pa = require("pyarrow", "Arrow schemas")
    types = {
        "string": pa.string(),
        "int32": pa.int32(),
        "int64": pa.int64(),
        "bool": pa.bool_(),
        "timestamp": pa.timestamp("us"),
        "list<string>": pa.list_(pa.string()),
    }
    return pa.schema(
        [
            pa.field(name, types[kind.rstrip("?")], nullable=kind.endswith("?"))
            for name, kind in columns.items()
        ]
    )


def records_table(records: list[dict[str, Any]], schema: pyarrow.Schema) -> pyarrow.Table:
    """Records as an Arrow table of ``schema`` (keys outside it left out, missing ones null)."""
    pa = require("pyarrow", "Arrow tables")
    names = schema.names
    return pa.Table.from_pylist([{k: r.get(k) for k in names} for r in records], schema=schema)


def json_ready(record: dict[str, Any]) -> dict[str, Any]:
    """A record with its datetimes as ISO 8601 strings, for JSON."""
    return {
        key: value.isoformat() if isinstance(value, _dt.datetime) else value
        for key, value in record.items()
    }
