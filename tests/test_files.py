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


def test_other_encodings_fall_back_with_a_warning(tmp_path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(TEXT.encode("cp1252"))
    page = threadparse.parse_file(path)
    assert page.title == "Grüße"
    assert page.warnings[0].code == "encoding-guessed"
    with pytest.raises(threadparse.ThreadParseError, match="UTF-8"):
        threadparse.parse_file(path, strict=True)


def test_binary_is_refused(tmp_path) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(threadparse.ThreadParseError, match="binary"):
        threadparse.parse_file(path)


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
