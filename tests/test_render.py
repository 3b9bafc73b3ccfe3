"""The terminal view: snapshots at a pinned width and colour system, deep and wide threads."""

from __future__ import annotations

import os
import re

import pytest
import rich

import threadparse
from conftest import EXAMPLES, REPO, render_text
from generate import chain, wide
from threadparse.render import RenderOptions, author_style, page_view

SNAPSHOTS = REPO / "tests" / "snapshots"
UPDATE = os.environ.get("THREADPARSE_UPDATE_SNAPSHOTS") == "1"


def render(renderable: object, width: int = 80, color: str | None = None) -> str:
    return render_text(renderable, width, color)


def check_snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if UPDATE or not path.exists():
        path.write_text(text, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"snapshot {name} was missing and has been written; check it and rerun")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("small-w60.txt", RenderOptions(width=60)),
        ("small-full-w72.txt", RenderOptions(width=72, full=True)),
        ("small-depth0-w60.txt", RenderOptions(width=60, max_depth=0)),
        ("small-author-w60.txt", RenderOptions(width=60, author="tobias wren")),
    ],
)
def test_plain_snapshots(name: str, options: RenderOptions) -> None:
    page = threadparse.parse_file(EXAMPLES / "small.txt")
    check_snapshot(name, render(page_view(page, options), width=options.width or 80))


def test_colour_snapshot() -> None:
    page = threadparse.parse_file(EXAMPLES / "small.txt")
    out = render(page_view(page, RenderOptions(width=60)), width=60, color="standard")
    assert "\x1b[" in out
    check_snapshot("small-w60-standard.ansi", out)


def test_rich_print_just_works(capsys) -> None:
    page = threadparse.parse_file(EXAMPLES / "small.txt")
    rich.print(page)
    rich.print(page.comments[0])
    out = capsys.readouterr().out
    assert "Why the Lighthouse Keeper" in out and out.count("Marta Ilves  They do") == 2


def test_author_colours_are_stable() -> None:
    assert author_style("Ann") == author_style("Ann")
    assert author_style(None) == "dim italic"
    styles = {author_style(f"user{i}") for i in range(50)}
    assert len(styles) > 5


def count_names(out: str, prefix: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for name in re.findall(rf"\b{prefix}[0-9]+\b", out):
        counts[name] = counts.get(name, 0) + 1
    return counts


def test_deep_chain_draws_every_comment_once() -> None:
    page = threadparse.parse(chain(5_000, step=1, bodies=False))
    out = render(page, width=80)
    counts = count_names(out, "user")
    assert len(counts) == 5_000 and set(counts.values()) == {1}
    assert "↳ depth 4999" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_wide_page_draws_every_comment_once() -> None:
    page = threadparse.parse(wide(5_000))
    assert len(page) == 10_000
    out = render(page, width=80)
    assert set(count_names(out, "person").values()) == {1}
    assert set(count_names(out, "answer").values()) == {1}
    assert len(count_names(out, "person")) == len(count_names(out, "answer")) == 5_000


def test_depth_limit_counts_what_it_hides() -> None:
    page = threadparse.parse(chain(30))
    out = render(page_view(page, RenderOptions(max_depth=4)), width=100)
    assert "user4 " in out and "user5 " not in out
    assert "(25 deeper replies hidden by --depth)" in out
