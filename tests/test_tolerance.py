"""Lenient mode recovers from messy input (and says so); strict mode refuses to guess."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

CANONICAL = (
    "Post\n\nBody.\n\n2 replies\n  1. Ann says:\n\n    Hi.\n\n    • Bob says:\n\n      Yo.\n"
)


def authors(page: threadparse.Page) -> list[tuple[str | None, int]]:
    return [(c.author, c.depth) for c in page.walk()]


def test_marker_with_block_is_a_comment_without_says() -> None:
    text = "Post\n\n2 comments\n  1. Ann Lee\n    Hello there.\n    • Bob\n      Hi Ann.\n"
    page = threadparse.parse(text)
    assert authors(page) == [("Ann Lee", 0), ("Bob", 1)]
    assert {w.code for w in page.warnings} == {"header-without-verb"}
    assert_nothing_lost(page, text)


def test_marker_without_block_is_a_list_item_of_the_body() -> None:
    text = (
        "Post\n\n1 reply\n  1. Ann says:\n    My list:\n    • eggs\n    • flour\n    That is all.\n"
    )
    page = threadparse.parse(text)
    (ann,) = page.comments
    assert ann.children == []
    assert [(b.text, b.marker) for b in ann.blocks] == [
        ("My list:", None),
        ("eggs", "•"),
        ("flour", "•"),
        ("That is all.", None),
    ]
    assert_nothing_lost(page, text)


def test_list_in_article_is_not_a_comment() -> None:
    text = "Post\n\nThree things:\n\n  • one\n  • two\n  • three\n\nThe end.\n"
    page = threadparse.parse(text)
    assert page.comments == []
    assert [b.marker for b in page.article.blocks] == [None, "•", "•", "•", None]


def test_odd_indentation_widths() -> None:
    text = "Post\n\n1 reply\n 1. Ann says:\n       Hi.\n       • Bob says:\n          Yo.\n"
    page = threadparse.parse(text)
    assert authors(page) == [("Ann", 0), ("Bob", 1)]
    assert page.warnings == []


def test_tabs_count_to_the_next_multiple_of_eight() -> None:
    text = "Post\n\n1 reply\n\t1. Ann says:\n\t\tHi.\n\t\t• Bob says:\n\t\t        Yo.\n"
    page = threadparse.parse(text)
    assert authors(page) == [("Ann", 0), ("Bob", 1)]
    assert page.comments[0].children[0].text == "Yo."


def test_nbsp_counts_as_indentation() -> None:
    text = "Post\n\n1 reply\n\u00a0\u00a01. Ann says:\n\u00a0\u00a0\u00a0\u00a0Hi.\n"
    page = threadparse.parse(text)
    assert authors(page) == [("Ann", 0)]
    assert page.comments[0].text == "Hi."


def test_dedent_to_a_column_never_opened_is_snapped_and_warned() -> None:
    text = "Post\n\n1 reply\n  1. Ann says:\n      Hi.\n     still Ann.\n"
    page = threadparse.parse(text)
    assert authors(page) == [("Ann", 0)]
    assert page.comments[0].text == "Hi.\nstill Ann."
    (warning,) = page.warnings
    assert warning.code == "dedent-to-unknown-column"
    assert warning.span.start_line == 6 and warning.column == 6


def test_a_line_indented_under_its_parent_stays_in_the_block() -> None:
    # "• Bob" at 4 is between Ann's header (2) and her body (6): still under Ann.
    text = "Post\n\n2 replies\n  1. Ann says:\n      Hi.\n    • Bob says:\n        Yo.\n"
    page = threadparse.parse(text)
    assert authors(page) == [("Ann", 0), ("Bob", 1)]
    assert [w.code for w in page.warnings] == ["dedent-to-unknown-column"]
    # the block's level moved out to 4: a later line at 4 is no longer a surprise
    page = threadparse.parse(text + "    • Cy says:\n        Hey.\n")
    assert authors(page) == [("Ann", 0), ("Bob", 1), ("Cy", 1)]
    assert len(page.warnings) == 1


def test_a_body_less_indented_than_its_date_line() -> None:
    # header at 4, date at 7, body at 5: the body stays in the comment
    text = "Post\n\n1 comment\n    1. Ann\n       May 30, 2019 at 5:38 pm\n\n     Hello.\n"
    page = threadparse.parse(text)
    (ann,) = page.comments
    assert (ann.author, ann.date, ann.text) == ("Ann", "May 30, 2019 at 5:38 pm", "Hello.")


def test_a_lone_number_over_a_date_line_keeps_both_lines() -> None:
    # "1." alone, its text on the next line is a date: the two are one line of text,
    # "1. July 2009 ...", and the paragraph's span covers both (found by a fuzz run)
    text = "Title\n\nArchive: May 2009 (10)\n  1.\nJuly 2009 (9) June 2009 (7)\nMore text.\n"
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    (block,) = page.article.blocks
    assert block.text.split("\n")[1] == "1. July 2009 (9) June 2009 (7)"
    assert (block.span.start_line, block.span.end_line) == (3, 6)


def test_missing_final_newline() -> None:
    page = threadparse.parse(CANONICAL.rstrip("\n"))
    assert authors(page) == [("Ann", 0), ("Bob", 1)]
    assert page.ends_with_newline is False
    assert threadparse.unparse(page) == CANONICAL.rstrip("\n")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_lone_cr(newline: str) -> None:
    page = threadparse.parse(CANONICAL.replace("\n", newline))
    assert page == threadparse.parse(CANONICAL)


def test_u2028_stays_inside_its_line() -> None:
    text = CANONICAL.replace("Hi.", "Hi\u2028there.")
    page = threadparse.parse(text)
    assert page.comments[0].text == "Hi\u2028there."
    assert authors(page) == [("Ann", 0), ("Bob", 1)]


def test_bom_is_dropped() -> None:
    page = threadparse.parse("\ufeff" + CANONICAL)
    assert page.title == "Post"
    assert page == threadparse.parse(CANONICAL)


def test_leading_indentation_and_blank_lines() -> None:
    text = "\n\n   Post\n\nBody.\n"
    page = threadparse.parse(text)
    assert page.title == "Post"
    assert [b.text for b in page.article.blocks] == ["Body."]


@pytest.mark.parametrize("text", ["", "\n\n", "   ", "\t\n \n", "•", "1.", "  • ", "\u00a0"])
def test_degenerate_inputs(text: str) -> None:
    page = threadparse.parse(text)
    assert page.comments == []
    assert_nothing_lost(page, text)


def test_strict_raises_instead_of_snapping() -> None:
    text = "Post\n\n1 reply\n  1. Ann says:\n      Hi.\n     still Ann.\n"
    with pytest.raises(threadparse.ThreadParseError) as info:
        threadparse.parse(text, strict=True)
    error = info.value
    assert (error.line, error.column, error.code) == (6, 6, "dedent-to-unknown-column")
    assert error.snippet == "     still Ann."
    assert "line 6, column 6" in str(error) and "still Ann." in str(error)


def test_strict_raises_on_a_header_without_verb() -> None:
    text = "Post\n\n1 comment\n  1. Ann Lee\n    Hello there.\n"
    with pytest.raises(threadparse.ThreadParseError) as info:
        threadparse.parse(text, strict=True)
    assert (info.value.line, info.value.code) == (4, "header-without-verb")


def test_parse_rejects_bytes_with_a_pointer_to_parse_file() -> None:
    with pytest.raises(TypeError, match="parse_file"):
        threadparse.parse(b"Post\n")  # type: ignore[arg-type]


def test_unknown_dialect_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown dialect"):
        threadparse.parse("x", dialect="nope")


def test_right_aligned_numbers_stay_one_list() -> None:
    items = "".join(f"{n:>2}. User{n} says:\n\n    Comment {n}.\n\n" for n in range(1, 13))
    page = threadparse.parse(f"Post\n\n12 comments\n\n{items}")
    assert [(c.author, c.depth) for c in page.walk()] == [(f"User{n}", 0) for n in range(1, 13)]
    assert page.warnings == []
