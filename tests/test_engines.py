"""The engines: the datatrove step under datatrove's local executor, and the Ray Data
callables on a local Ray, on WARC files the tests write themselves."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from conftest import EXAMPLES
from threadparse.batch import ExtractOptions, extract
from warcs import page_records, write_warc

pytestmark = pytest.mark.slow  # (not on the second CI run: see the marker in pyproject.toml)

PAGE = EXAMPLES / "lighthouse-page.html"
AUTHORS = ["Marta Quill", "Harbour Almanac", "Marta Quill", "Ned Lowry"]
EMPTY = b"<html><body><article><p>No comments on this one.</p></article></body></html>"


def warcs(folder: Path, n: int = 2) -> list[Path]:
    folder.mkdir(exist_ok=True)
    html = PAGE.read_bytes()
    return [
        write_warc(
            folder / f"crawl-{i}.warc.gz",
            page_records(
                [(f"https://example.org/{i}/a", html), (f"https://example.org/{i}/b", EMPTY)]
            ),
        )
        for i in range(n)
    ]


def expected_records(paths: list[Path], tmp_path: Path) -> list[dict]:
    out = tmp_path / "expected.jsonl"
    extract([str(p) for p in paths], str(out), ExtractOptions())
    return [json.loads(line) for line in out.read_text().splitlines()]


# --- datatrove -----------------------------------------------------------------------


def test_datatrove_step_from_warc_to_parquet(tmp_path) -> None:
    pytest.importorskip("datatrove")
    import pyarrow.parquet as pq
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import ParquetWriter

    from threadparse.integrations.datatrove import ThreadExtractor

    paths = warcs(tmp_path / "warcs")
    LocalPipelineExecutor(
        pipeline=[
            WarcReader(
                str(tmp_path / "warcs"),
                glob_pattern="*.warc.gz",
                default_metadata={"dump": "TEST-1"},
            ),
            ThreadExtractor(),
            ParquetWriter(
                str(tmp_path / "out"), expand_metadata=True, schema=ThreadExtractor.schema()
            ),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    (table,) = [pq.read_table(p) for p in (tmp_path / "out").glob("*.parquet")]
    rows = table.to_pylist()
    assert table.schema.equals(ThreadExtractor.schema())
    assert [r["author"] for r in rows] == AUTHORS * 2
    assert {r["dump"] for r in rows} == {"TEST-1"}
    assert {r["html_title"] for r in rows} == {"Tide Tables by Hand – The Harbour Almanac"}
    ours = expected_records(paths, tmp_path)
    same = ("author", "depth", "path", "text", "date_text", "url", "n_replies")
    assert [{k: r[k] for k in same} for r in rows] == [{k: r[k] for k in same} for r in ours]
    assert all(r["id"] == f"{r['page_id']}#c{r['position']}" for r in rows)
    assert rows[1]["parent_id"] == rows[0]["id"]
    assert rows[0]["crawl_date"] is not None and rows[0]["created"] is not None
    stats = json.loads(next((tmp_path / "logs" / "stats").glob("*.json")).read_text())
    step = next(s for s in stats if s["name"].endswith(ThreadExtractor.name))
    assert step["stats"]["total"] == 4 and step["stats"]["forwarded"] == 8
    assert step["stats"]["no_comment_markup"] == 2 and step["stats"]["dropped"] == 2


def test_datatrove_step_keeps_pages_with_their_thread_in_metadata(tmp_path) -> None:
    pytest.importorskip("datatrove")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from threadparse.integrations.datatrove import ThreadExtractor

    source = tmp_path / "in"
    source.mkdir()
    docs = [
        {
            "id": "html-page",
            "text": PAGE.read_text(encoding="utf-8"),
            "url": "https://example.org/t",
        },
        {"id": "dump", "text": (EXAMPLES / "small.txt").read_text(encoding="utf-8")},
        {"id": "nothing", "text": "Just a title\n\nand a line.\n"},
    ]
    (source / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs))
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(source)),
            ThreadExtractor(output="metadata", min_comments=0),
            JsonlWriter(str(tmp_path / "out")),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    (path,) = (tmp_path / "out").glob("*.jsonl.gz")
    with gzip.open(path, "rt") as f:
        out = [json.loads(line) for line in f]
    assert [d["id"] for d in out] == ["html-page", "dump", "nothing"]
    thread = out[0]["metadata"]["threadparse"]
    assert thread["title"] == "Tide Tables by Hand" and thread["declared_count"] == 4
    assert [c["author"] for c in thread["comments"]] == AUTHORS
    assert thread["comments"][0]["url"] == "https://example.org/t"
    assert out[0]["text"] == docs[0]["text"]  # the page itself goes on untouched
    assert len(out[1]["metadata"]["threadparse"]["comments"]) == 5
    assert out[2]["metadata"]["threadparse"]["comments"] == []


def test_datatrove_step_checks_its_arguments() -> None:
    pytest.importorskip("datatrove")
    from threadparse.integrations.datatrove import ThreadExtractor

    with pytest.raises(ValueError, match="output"):
        ThreadExtractor(output="rows")
    with pytest.raises(ValueError, match="input_format"):
        ThreadExtractor(input_format="pdf")


# --- Ray -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ray_local():
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield ray
    ray.shutdown()


def test_ray_files_to_records(ray_local, tmp_path) -> None:
    from threadparse.integrations.ray import FilesToRecords
    from threadparse.records import comments_schema

    paths = warcs(tmp_path / "warcs", n=3)
    ds = ray_local.data.from_items([{"path": str(p)} for p in paths])
    table = ds.map_batches(FilesToRecords, batch_size=1, batch_format="pyarrow", concurrency=1)
    rows = table.take_all()
    assert table.schema().names == comments_schema().names
    ours = expected_records(paths, tmp_path)
    key = ("comment_id", "parent_id", "author", "depth", "text", "url", "warc_record_offset")
    assert sorted(tuple(r[k] for k in key) for r in rows) == sorted(
        tuple(r[k] for k in key) for r in ours
    )


def test_ray_documents_to_records(ray_local) -> None:
    from threadparse.integrations.ray import DocumentsToRecords

    docs = [
        {"id": "a", "text": PAGE.read_text(encoding="utf-8"), "url": "https://example.org/a"},
        {"id": "b", "text": "Only a title\n", "url": None},
    ]
    ds = ray_local.data.from_items(docs)
    rows = ds.map_batches(DocumentsToRecords, batch_format="pyarrow", concurrency=1).take_all()
    assert [(r["page_id"], r["author"]) for r in rows] == [("a", a) for a in AUTHORS]
    pages = ds.map_batches(
        DocumentsToRecords,
        fn_constructor_kwargs={"options": ExtractOptions(rows="pages")},
        batch_format="pyarrow",
        concurrency=1,
    ).take_all()
    assert sorted((p["page_id"], p["n_comments"]) for p in pages) == [("a", 4), ("b", 0)]
