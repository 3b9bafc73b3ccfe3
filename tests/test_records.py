"""Corpus records: ids unique across pages, provenance, created dates, Arrow schemas."""

from __future__ import annotations

import datetime as dt

import pytest

import threadparse
from threadparse.records import (
    COMMENT_COLUMNS,
    PAGE_COLUMNS,
    comments_schema,
    json_ready,
    page_record,
    pages_schema,
    to_records,
)

DUMP = """\
A post

Body of the post.

3 replies
  1. Ann says:
    2 weeks ago
    First!
    • Bob says:
      Jun 20th at 2:41 am
      Second.
  2. Cy says:
    12.29.14 at 9:14 pm
    Third.
"""


def test_comment_records() -> None:
    page = threadparse.parse(DUMP)
    rows = to_records(
        page, "urn:p1", url="https://example.org/p", crawl_date="2021-03-10T12:00:00Z"
    )
    assert all(list(r) == list(COMMENT_COLUMNS) for r in rows)
    assert [(r["comment_id"], r["parent_id"], r["path"], r["depth"]) for r in rows] == [
        ("urn:p1#c0", None, "1", 0),
        ("urn:p1#c1", "urn:p1#c0", "1.1", 1),
        ("urn:p1#c2", None, "2", 0),
    ]
    assert [r["n_replies"] for r in rows] == [1, 0, 0]
    assert [r["number"] for r in rows] == [1, None, 2]
    assert {r["page_id"] for r in rows} == {"urn:p1"}
    assert {r["url"] for r in rows} == {"https://example.org/p"}
    assert rows[0]["crawl_date"] == dt.datetime(2021, 3, 10, 12, 0)
    assert [(r["created"], r["created_basis"]) for r in rows] == [
        (dt.datetime(2021, 2, 24, 12, 0), "crawl_date"),  # 2 weeks before the crawl
        (dt.datetime(2020, 6, 20, 2, 41), "crawl_date"),  # the last June 20 before it
        (dt.datetime(2014, 12, 29, 21, 14), "printed"),  # month first: 29 is no month
    ]
    assert [r["date_text"] for r in rows] == [
        "2 weeks ago",
        "Jun 20th at 2:41 am",
        rows[2]["date_text"],
    ]
    assert rows[2]["text"] == "Third." and rows[0]["page_title"] == "A post"
    assert rows[0]["span_start_line"] == 6 and rows[0]["dialect"] == "resiliparse"


def test_without_a_crawl_date_only_printed_dates_resolve() -> None:
    rows = to_records(threadparse.parse(DUMP), "p")
    assert [r["created_basis"] for r in rows] == [None, None, "printed"]
    assert rows[0]["crawl_date"] is None and rows[0]["warc_filename"] is None


def test_ids_stay_unique_across_pages() -> None:
    page = threadparse.parse(DUMP)
    rows = to_records(page, "a") + to_records(page, "b")
    assert len({r["comment_id"] for r in rows}) == len(rows) == 6


def test_bad_fields_are_refused() -> None:
    page = threadparse.parse(DUMP)
    with pytest.raises(TypeError, match="unknown page field"):
        to_records(page, "p", colour="blue")
    with pytest.raises(TypeError, match="page_id"):
        to_records(page, "")
    with pytest.raises(TypeError, match="crawl_date"):
        to_records(page, "p", crawl_date=20210310)
    assert to_records(page, "p", crawl_date="not a date")[0]["crawl_date"] is None


def test_page_record() -> None:
    page = threadparse.parse(DUMP + "Comments are closed.\n")
    record = page_record(page, "p", warc_filename="x.warc.gz", warc_record_offset=12)
    assert list(record) == list(PAGE_COLUMNS)
    assert (record["title"], record["article"], record["declared_count"]) == (
        "A post", "Body of the post.", 3
    )  # fmt: skip
    assert (record["n_comments"], record["n_top_level"], record["max_depth"]) == (3, 2, 1)
    assert record["closed"] is True and record["warnings"] == []
    assert record["threadparse_version"] == threadparse.__version__
    assert (record["warc_filename"], record["warc_record_offset"]) == ("x.warc.gz", 12)
    empty = page_record(threadparse.parse("Just a title\n"), "q")
    assert (empty["n_comments"], empty["max_depth"]) == (0, -1)


def test_json_ready_writes_datetimes_as_iso() -> None:
    row = to_records(threadparse.parse(DUMP), "p", crawl_date=dt.datetime(2021, 3, 10))[2]
    ready = json_ready(row)
    assert (
        ready["created"] == "2014-12-29T21:14:00" and ready["crawl_date"] == "2021-03-10T00:00:00"
    )


def test_arrow_schemas_type_every_column_even_when_the_first_rows_are_null(tmp_path) -> None:
    pa = pytest.importorskip("pyarrow")
    parquet = pytest.importorskip("pyarrow.parquet")
    schema = comments_schema()
    assert schema.names == list(COMMENT_COLUMNS) and pages_schema().names == list(PAGE_COLUMNS)
    assert schema.field("created").type == pa.timestamp("us")
    assert schema.field("parent_id").nullable and not schema.field("comment_id").nullable
    assert pages_schema().field("warnings").type == pa.list_(pa.string())
    rows = to_records(threadparse.parse(DUMP), "p")  # first rows: parent_id, url… null
    table = pa.Table.from_pylist(rows, schema=schema)
    parquet.write_table(table, tmp_path / "c.parquet")
    back = parquet.read_table(tmp_path / "c.parquet")
    assert back.schema.equals(schema) and back.to_pylist() == rows
    pages = pa.Table.from_pylist([page_record(threadparse.parse(DUMP), "p")], schema=pages_schema())
    assert pages.num_rows == 1


def test_an_ambiguous_numeric_date_takes_the_order_of_the_page() -> None:
    def created(*dates: str) -> list[tuple]:
        body = "".join(
            f"  {i}. P{i} says:\n    {d}\n    Text {i}.\n" for i, d in enumerate(dates, 1)
        )
        rows = to_records(threadparse.parse(f"T\n\n{len(dates)} replies\n{body}"), "p")
        return [(r["created"], r["created_basis"]) for r in rows]

    assert created("3/12/2021 at 1:48am", "6/24/2021 at 8:40am")[0] == (
        dt.datetime(2021, 3, 12, 1, 48), "page_order"
    )  # fmt: skip
    assert created("3/12/2021", "24/6/2021")[0] == (dt.datetime(2021, 12, 3), "page_order")
    assert created("3/12/2021", "5/6/2021") == [(None, None), (None, None)]  # no evidence
    mixed = created("3/12/2021", "6/24/2021", "24/6/2021")  # the page disagrees with itself
    assert mixed[0] == (None, None) and mixed[1][1] == mixed[2][1] == "printed"
    assert created("05.06.2021", "06.24.2021")[0] == (dt.datetime(2021, 5, 6), "page_order")
    assert created("05.06.2021")[0] == (dt.datetime(2021, 6, 5), "printed")  # European


def test_records_carry_whom_each_comment_answers() -> None:
    nested = threadparse.parse(
        "T\n\n2 replies\n  1. Ann says:\n    Hi\n    • Bob says:\n      Yo\n"
    )
    rows = to_records(nested, "p1")
    assert [(r["replies_to_id"], r["reply_evidence"]) for r in rows] == [
        ("p1#article", "nesting"),
        ("p1#c0", "nesting"),
    ]
    flat = threadparse.parse(
        "T\n\n  • Ann says:\n    Tabs, always.\n  • Bob says:\n    @Ann spaces.\n"
    )
    rows = to_records(flat, "p2")
    assert [(r["replies_to_id"], r["reply_evidence"]) for r in rows] == [
        ("p2#article", "nesting"),
        ("p2#c0", "mention"),
    ]
    assert set(COMMENT_COLUMNS) == set(rows[0])
