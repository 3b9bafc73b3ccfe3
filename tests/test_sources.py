"""HTML and WARC input: rendering HTML, decoding it, the comment-markup pre-filter, and
streaming a WARC's HTML responses with their identity."""

from __future__ import annotations

import gzip
import io
import json
import sys

import pytest

import threadparse
from conftest import EXAMPLES, SHARED, need
from threadparse.extras import MissingExtraError, require
from threadparse.sources import (
    WarcPage,
    decode_html,
    has_comment_markup,
    html_to_text,
    iter_warc_pages,
    looks_like_html,
)
from threadparse.sources.warc import WarcCounts
from warcs import http_response, page_records, warc_record, write_warc

PAGE = EXAMPLES / "lighthouse-page.html"


def tree(page: threadparse.Page) -> list[tuple[str | None, int, str]]:
    return [(c.author, c.depth, c.text) for c in page.walk()]


def test_parse_html_reads_the_thread_and_keeps_the_dump() -> None:
    page = threadparse.parse_html(PAGE.read_bytes())
    assert page.title == "Tide Tables by Hand"
    assert page.declared_count == 4
    assert [(a, d) for a, d, _ in tree(page)] == [
        ("Marta Quill", 0), ("Harbour Almanac", 1), ("Marta Quill", 2), ("Ned Lowry", 0)
    ]  # fmt: skip
    assert page.comments[1].text == (
        "Could you share a photo of one page of the notebook?\n\nEven a blurry one would do."
    )
    assert page.dialect == "resiliparse"
    # the dump is kept, and spans index it: from a comment back to its text
    reply = page.comments[0].children[0]
    assert page.source is not None
    assert page.source[reply.span.start : reply.span.end].startswith("1. Harbour Almanac says:")
    assert "Only for strong easterlies" in page.source[reply.span.start : reply.span.end]


def test_default_skip_list_drops_chrome_but_keeps_comment_headers() -> None:
    text = html_to_text(PAGE.read_bytes())
    assert "Archive" not in text and "Post Comment" not in text  # nav, form
    assert "Marta Quill says:" in text and "June 4, 2023 at 9:12 am" in text
    plain = html_to_text(PAGE.read_bytes(), skip_elements=())
    assert "Archive" in plain and "Leave a Reply" in plain


def test_parse_file_reads_html_by_name_and_by_content(tmp_path) -> None:
    by_name = threadparse.parse_file(PAGE)
    unnamed = tmp_path / "page.bin"
    unnamed.write_bytes(PAGE.read_bytes())
    assert threadparse.parse_file(unnamed) == by_name
    assert threadparse.parse_file(io.BytesIO(PAGE.read_bytes())) == by_name
    as_text = threadparse.parse_file(PAGE, format="text")  # forced: read as a dump
    assert len(as_text) == 0 and as_text.warnings[0].code == "looks-like-html"
    with pytest.raises(ValueError, match="format"):
        threadparse.parse_file(PAGE, format="pdf")  # type: ignore[arg-type]


def test_html_given_to_parse_is_warned_about_and_refused_in_strict_mode() -> None:
    html = PAGE.read_text(encoding="utf-8")
    page = threadparse.parse(html)
    assert page.warnings[0].code == "looks-like-html"
    assert "parse_html" in page.warnings[0].message
    with pytest.raises(threadparse.ThreadParseError) as e:
        threadparse.parse(html, strict=True)
    assert (e.value.line, e.value.code) == (1, "looks-like-html")


def test_looks_like_html() -> None:
    assert looks_like_html(b"\xef\xbb\xbf  <!-- saved -->\n<!doctype HTML>")
    assert looks_like_html("<?xml version='1.0'?>\n<html xmlns='x'>")
    assert looks_like_html(b"<body><p>x")
    assert not looks_like_html(b"Title\n\n<html> tags are explained below.\n")
    assert not looks_like_html(b"<htmlish>")


def test_decoding_html_bytes() -> None:
    latin = "<html><head><meta charset='iso-8859-1'></head><body>Très bon</body></html>"
    data = latin.encode("latin-1")
    assert "Très bon" in decode_html(data)  # the meta tag, detected
    assert "Très bon" in decode_html(data, charset="latin-1")  # the HTTP charset
    assert "Très bon" in decode_html(data, charset="no-such-charset")  # unknown: detected
    assert decode_html("naïve".encode()) == "naïve"  # valid UTF-8 wins


def test_missing_extra_says_what_to_install(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "resiliparse", None)  # import fails as if not installed
    monkeypatch.setitem(sys.modules, "resiliparse.extract", None)
    monkeypatch.setitem(sys.modules, "resiliparse.extract.html2text", None)
    with pytest.raises(MissingExtraError) as e:
        threadparse.parse_html(b"<html></html>")
    assert str(e.value) == "reading HTML needs resiliparse: pip install 'threadparse[html]'"
    assert isinstance(e.value, ImportError)
    with pytest.raises(MissingExtraError, match=r"pip install 'threadparse\[html\]'"):
        threadparse.parse_file(PAGE)
    monkeypatch.setitem(sys.modules, "fastwarc", None)
    monkeypatch.setitem(sys.modules, "fastwarc.warc", None)
    with pytest.raises(MissingExtraError, match=r"threadparse\[warc\]"):
        next(iter_warc_pages(io.BytesIO(b"")))
    with pytest.raises(MissingExtraError, match="pip install some_unknown_thing"):
        require("some_unknown_thing", "this")


# --- the pre-filter ------------------------------------------------------------------

MARKUP = [
    b'<ol class="comment-list">', b"<div id='comments'>", b'<div id="disqus_thread"></div>',
    b'<article class="message message--post">', b'<div class="answer js-answer">',
    b'<div itemtype="http://schema.org/UserComments">', b'<li data-comment-id="5">',
    b'<div class="postbody">', b'<section class="topic-post">', b'<div class="Kommentare">',
    b'<div class="forum-post-wrapper">', b'<ul class="replies">',
]  # fmt: skip
NO_MARKUP = [
    b"<p>Comments are welcome: reply to the thread on the forum with your answer.</p>",
    b'<a href="/comments/feed/">Comments feed</a>', b'<div class="entry-content">',
    b'<img alt="comment icon" src="x.png">', b"",
]  # fmt: skip


@pytest.mark.parametrize("html", MARKUP)
def test_prefilter_finds_comment_markup(html: bytes) -> None:
    assert has_comment_markup(b"<html><body><p>text</p>" + html + b"</body></html>")
    assert has_comment_markup(html.decode())


@pytest.mark.parametrize("html", NO_MARKUP)
def test_prefilter_leaves_pages_without_it(html: bytes) -> None:
    assert not has_comment_markup(b"<html><body>" + html + b"</body></html>")


def test_prefilter_is_cheap_on_prose_that_repeats_its_words() -> None:
    prose = b"<p>The comment thread of the forum had a reply and an answer.</p>" * 20_000
    assert not has_comment_markup(b"<html><body>" + prose + b"</body></html>")


@pytest.mark.parametrize("corpus", ["corpus", "discussions"])
def test_prefilter_recall_on_the_shared_pages(corpus: str) -> None:
    pages = sorted(need(SHARED / corpus).glob("*.html"))
    with_comments = [
        p for p in pages if json.loads(p.with_suffix(".truth.json").read_text())["comments"]
    ]
    missed = [p.name for p in with_comments if not has_comment_markup(p.read_bytes())]
    assert with_comments and missed == []


# --- WARC ----------------------------------------------------------------------------


def small_warc(tmp_path, gz: bool = True):
    page = PAGE.read_bytes()
    records = [
        warc_record(b"software: test\r\n", record_type="warcinfo"),
        *page_records([("https://example.org/tides", page)]),
        warc_record(http_response(b"%PDF-1.4", content_type="application/pdf")),
        warc_record(http_response(b"<html>gone</html>", status="404 Not Found")),
        warc_record(http_response(b"<html><body><p>No discussion here.</p></body></html>")),
        warc_record(
            http_response(gzip.compress(page), headers=[("Content-Encoding", "gzip")]),
            url="https://example.org/zipped",
            date="2024-05-06T07:08:09Z",
        ),
    ]
    return write_warc(tmp_path / ("t.warc.gz" if gz else "t.warc"), records, gz=gz)


@pytest.mark.parametrize("gz", [True, False])
def test_warc_pages_are_the_html_responses_with_their_identity(tmp_path, gz: bool) -> None:
    path = small_warc(tmp_path, gz)
    counts = WarcCounts()
    pages = list(iter_warc_pages(path, counts=counts))
    assert [p.url for p in pages] == ["https://example.org/tides", "https://example.org/zipped"]
    assert all(p.html == PAGE.read_bytes() for p in pages)  # Content-Encoding undone
    assert counts == WarcCounts(
        records=7, malformed=0, responses=5, html=3, too_large=0, no_comment_markup=1, yielded=2
    )
    first, second = pages
    assert first.record_id.startswith("<urn:uuid:") and first.file == str(path)
    assert first.date == "2024-03-01T12:00:00Z"
    assert second.crawl_date is not None and second.crawl_date.isoformat() == "2024-05-06T07:08:09"
    assert first.charset == "utf-8"
    # offset and length are the record's bytes in the file: read there, it is the record
    data = path.read_bytes()
    for page in pages:
        assert page.length is not None
        chunk = data[page.offset : page.offset + page.length]
        raw = gzip.decompress(chunk) if gz else chunk
        assert raw.startswith(b"WARC/1.0") and page.record_id.encode() in raw
        assert next(iter_warc_pages(io.BytesIO(chunk), prefilter=False)).url == page.url


def test_warc_without_prefilter_and_size_limit(tmp_path) -> None:
    path = small_warc(tmp_path)
    assert len(list(iter_warc_pages(path, prefilter=False))) == 3
    counts = WarcCounts()
    assert list(iter_warc_pages(path, max_content_length=1000, counts=counts)) == []
    assert counts.too_large == 2  # the page, plain and gzipped
    with open(path, "rb") as stream:  # a file object works too, with its name
        assert [p.file for p in iter_warc_pages(stream)] == [str(path)] * 2


def test_crawl_date_of_a_malformed_date() -> None:
    page = WarcPage("<id>", None, "yesterday", None, 0, None, b"")
    assert page.crawl_date is None
    assert WarcPage("<id>", None, None, None, 0, None, b"").crawl_date is None


def test_a_file_that_is_no_warc_is_an_error(tmp_path) -> None:
    for data in (b"hello, this is text\n", gzip.compress(b"WARC/1.0\r\nno record")[:30]):
        path = tmp_path / "x.warc.gz"
        path.write_bytes(data)
        with pytest.raises((ValueError, OSError), match=r"no WARC records|Invalid WARC"):
            list(iter_warc_pages(path))
    empty = tmp_path / "empty.warc"
    empty.write_bytes(b"")
    assert list(iter_warc_pages(empty)) == []  # empty is fine: nothing in it


def test_the_core_imports_no_extra() -> None:
    import subprocess

    code = (
        "import sys, threadparse, threadparse.cli, threadparse.sources, threadparse.records;"
        "threadparse.parse('T\\n\\n1 reply\\n  1. Ann says:\\n    Hi\\n');"
        "print(sorted(m for m in ('resiliparse', 'fastwarc', 'pyarrow', 'datatrove', 'ray',"
        " 'multiprocessing') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
