"""A comment section without list markers whose replies the converter indents
(inscriptis indents a nested `div` by two columns): a header line right of the header
over it is a reply to that comment, whatever stands between them (the parent's control
bar "41 Like Reply Share" or "Reply" at the reply's column, a blank line or none). Where
nothing is indented, every comment stays at the top level, as before. Invented pages."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost


def _section(rows: list[tuple[int, str, str]], bar: str, base: int) -> str:
    """Each comment: its header, a blank, its body, a blank, then its control bar two
    columns right (the column its replies start at), the next header right under it."""
    lines = ["Stadium lease approved", "", "The council approved the new lease.", ""]
    lines.append(" " * base + f"{len(rows)} Comments")
    for depth, name, body in rows:
        pad = " " * (base + 2 * depth)
        lines += [f"{pad}{name} · {depth + 2} days ago", "", f"{pad}{body}", ""]
        lines.append(f"{pad}  {bar}")
    lines += ["", "Post a comment"]
    return "\n".join(lines) + "\n"


ROWS = [
    (0, "Carla Voss", "The maintenance reserve is the number nobody mentioned."),
    (1, "Ron Petit", "And the team keeps the parking money on concert days."),
    (2, "Carla Voss", "Non-game days are split sixty-forty, so not all of it."),
    (1, "Audrey Lind", "Reserves like this are standard in these deals anyway."),
    (0, "bleacherbum", "The old park has no shade on the first-base side."),
    (1, "T. Oduya", "The drawings show a canopy over the lower sections."),
    (0, "Mike Sazlo", "Thirty years ago they promised the same about the arena."),
]


@pytest.mark.parametrize(("bar", "base"), [("12 Like Reply Share", 16), ("Reply", 4)])
def test_indented_headers_without_markers_are_replies(bar: str, base: int) -> None:
    text = _section(ROWS, bar, base)
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [(r[1], r[0]) for r in ROWS]
    # (a bar of counted controls, "12 Like Reply Share", stays in the body it closes)
    assert [c.text.split("\n\n")[0] for c in page.walk()] == [r[2] for r in ROWS]
    assert [c.parent.author if c.parent else None for c in page.walk()] == [
        None, "Carla Voss", "Ron Petit", "Carla Voss", None, "bleacherbum", None,
    ]  # fmt: skip
    assert "comments-without-markers" in [w.code for w in page.warnings]
    assert_nothing_lost(page, text)


def test_headers_at_one_column_stay_at_the_top_level() -> None:
    flat = [(0, name, body) for _, name, body in ROWS]
    text = _section(flat, "Reply", 0)
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [(r[1], 0) for r in flat]
    assert_nothing_lost(page, text)
