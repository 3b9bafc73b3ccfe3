"""parse_file: paths, stdin, encodings, BOMs, binary files; and the bundled examples."""

from __future__ import annotations

import io
import sys

import pytest

import threadparse
from conftest import EXAMPLES, assert_nothing_lost

TEXT = "Grüße\n\nBody.\n\n1 reply\n  1. Jürgen says:\n    Schön.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_unicode_encodings(tmp_path, encoding: str) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(TEXT.encode(encoding))
    page = threadparse.parse_file(path)
    assert page.title == "Grüße" and page.comments[0].author == "Jürgen"
    assert page.warnings == []


def test_a_windows_file_reads_with_a_warning_per_line(tmp_path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(TEXT.encode("cp1252"))
    page = threadparse.parse_file(path)
    assert page.title == "Grüße" and page.comments[0].author == "Jürgen"
    assert [(w.code, w.span.start_line, w.column) for w in page.warnings] == [
        ("invalid-utf8", 1, 3),
        ("invalid-utf8", 6, 7),
        ("invalid-utf8", 7, 8),
    ]
    assert "0xFC 0xDF" in page.warnings[0].message
    with pytest.raises(threadparse.ThreadParseError, match="UTF-8") as caught:
        threadparse.parse_file(path, strict=True)
    assert (caught.value.line, caught.value.column, caught.value.code) == (1, 3, "invalid-utf8")
    assert caught.value.snippet == "Gr\u00fc\u00dfe"


def test_one_stray_byte_spoils_nothing_else(tmp_path) -> None:
    """Valid UTF-8 stays UTF-8; only the stray byte is read as cp1252, and the warning
    says where it is (it once decoded the whole file as cp1252, and pointed at 1:1)."""
    text = (
        "Title\n\nBody.\n\n1 reply\n  1. Jürgen says:\n    Schön, 20 \x80 and \u201cquotes\u201d.\n"
    )
    data = text.encode("utf-8").replace("\x80".encode(), b"\x80")
    page = threadparse.parse_file(io.BytesIO(data))
    assert page.comments[0].author == "Jürgen"
    assert page.comments[0].text == "Schön, 20 \u20ac and \u201cquotes\u201d."
    (warning,) = page.warnings
    assert (warning.code, warning.span.start_line, warning.column) == ("invalid-utf8", 7, 15)
    assert "0x80" in warning.message
    assert_nothing_lost(page, page_text := text.replace("\x80", "\u20ac"))
    assert page_text.splitlines()[6][14] == "\u20ac"


def test_stray_bytes_on_many_lines_are_summed_up(tmp_path) -> None:
    data = b"Title\n\n" + b"caf\xe9 line\n" * 250
    page = threadparse.parse_file(io.BytesIO(data))
    assert len(page.warnings) == 101
    assert page.warnings[-1].span.start_line == 103
    assert "150 more lines" in page.warnings[-1].message


def test_a_nul_byte_anywhere_is_binary() -> None:
    data = b"Title\n\n" + b"x" * 20_000 + b"\nabc\x00def\n"
    with pytest.raises(threadparse.ThreadParseError, match="binary") as caught:
        threadparse.parse_file(io.BytesIO(data))
    assert (caught.value.line, caught.value.column) == (4, 4)


def test_text_mode_file_objects() -> None:
    assert threadparse.parse_file(io.StringIO(TEXT)).comments[0].author == "Jürgen"
    with pytest.raises(TypeError, match="path or a file object"):
        threadparse.parse_file(42)  # type: ignore[arg-type]


def test_stdin_and_file_objects(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode())))
    assert threadparse.parse_file("-").comments[0].author == "Jürgen"
    assert threadparse.parse_file(io.BytesIO(TEXT.encode())).title == "Grüße"


def test_missing_file_is_an_oserror(tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        threadparse.parse_file(tmp_path / "nope.txt")


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.txt")))
def test_examples_parse_and_lose_nothing(name: str) -> None:
    path = EXAMPLES / name
    page = threadparse.parse_file(path)
    assert page.title and page.comments
    text = path.read_bytes().decode("utf-8-sig")
    assert_nothing_lost(page, text)


def test_small_example_tree() -> None:
    page = threadparse.parse_file(EXAMPLES / "small.txt")
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Tobias Wren", 0),
        ("Marta Ilves", 1),
        ("Tobias Wren", 2),
        ("quietharbour", 0),
        ("Ines Calloway", 0),
    ]
    assert isinstance(page.comments[1].blocks[0], threadparse.Quote)
    assert page.article.blocks[-1].text.startswith("“A keeper")
    # a quotation followed by its attribution is not wholly a quotation
    assert isinstance(page.article.blocks[-1], threadparse.Paragraph)


def test_deep_example_tree() -> None:
    page = threadparse.parse_file(EXAMPLES / "deep-thread.txt")
    assert page.max_depth == 11
    assert len(page) == 17
    assert sum(isinstance(b, threadparse.Quote) for c in page.walk() for b in c.blocks) == 5
    text = (EXAMPLES / "deep-thread.txt").read_text(encoding="utf-8")
    assert threadparse.unparse(page) == text


def test_awkward_example() -> None:
    page = threadparse.parse_file(EXAMPLES / "awkward.txt")
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Pim", 0),
        ("Greta Moss", 1),
        ("Lone CR", 0),
        ("Wendell Ash", 0),
    ]
    assert page.ends_with_newline is False
    assert {w.code for w in page.warnings} == {"dedent-to-unknown-column", "header-without-verb"}


def test_parse_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    assert gc.isenabled()
    threadparse.parse(TEXT)
    assert gc.isenabled()
    gc.disable()
    try:
        threadparse.parse(TEXT)
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(threadparse.ThreadParseError):
        threadparse.parse("T\n    a\n  b\n", strict=True)
    assert gc.isenabled()


def test_a_page_without_comments_is_still_truthy() -> None:
    page = threadparse.parse("Just an article.\n")
    assert len(page) == 0 and page
