"""What the display layer shows and keeps: the command line (``show``, ``json``, ``stats``),
the terminal view, JSON and rows, and the model's navigation, equality and pickling.

Small invented dumps only. Most tests drive ``threadparse.cli.main`` in-process (fast);
the closed-pipe test needs a real process.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import pickle
import re
import subprocess
import sys
import zlib
from pathlib import Path
from unittest import mock

import pytest
import rich
from rich.console import Console
from rich.style import Style

import threadparse
from conftest import render_text
from threadparse import cli
from threadparse.export import stats
from threadparse.model import Article, Comment, Furniture, Meta, Page, Paragraph, Quote, SourceText
from threadparse.render import (
    PALETTE,
    CommentView,
    PageView,
    RenderOptions,
    comment_tree,
    page_view,
)

DUMP = """Harbour Lights

An article about lights.

> A quoted line of the article.

4 replies
  1. Ann Vole says:
    May 30, 2019 at 5:38 PM
    Hi there, this is Ann.

    > quoted text
    > more
    • Bob says:
      Yo.
      • Ann Vole says:
        Back to you.
  2. Pingback: Ten links | A Blog
  3. Zoë says:
    Third.
    - a list item
Comments are closed.
"""

SHOW_W100 = """\
Harbour Lights
An article about lights. A quoted line of the article.
4 declared · 5 comments · 3 top-level · max depth 2 · closed
comments
├── Ann Vole  #1  May 30, 2019 at 5:38 PM  Hi there, this is Ann. quoted text more
│   └── Bob  Yo.
│       └── Ann Vole  Back to you.
├── Ten links | A Blog [pingback]  #2
└── Zoë  #3  Third. a list item
"""

SHOW_FULL_W100 = """\
Harbour Lights
An article about lights. A quoted line of the article.
4 declared · 5 comments · 3 top-level · max depth 2 · closed
comments
├── Ann Vole  #1  May 30, 2019 at 5:38 PM
│   Hi there, this is Ann.
│
│   ▌ quoted text
│   ▌ more
│   └── Bob
│       Yo.
│       └── Ann Vole
│           Back to you.
├── Ten links | A Blog [pingback]  #2
└── Zoë  #3
    Third.

    - a list item
"""

STATS = """\
title                 Harbour Lights
comments              5
declared              4
top level             3
max depth             2
closed                yes
warnings              0
participants          4
depth 0               3
depth 1               1
depth 2               1
  Ann Vole            2
  Bob                 1
  Ten links | A Blog  1
  Zoë                 1
reply links           nesting 5, quote 0, mention 0, reference 0, to article 3
longest chain         3
quoting               20% of comments
who answers whom      2
  Bob → Ann Vole      1
  Ann Vole → Bob      1
"""

REPLIES = (
    "Replies\n\n  1. Ann says:\n    First.\n    • Bob says:\n      B.\n    • Cat says:\n      C.\n"
    "    • Dan says:\n      D.\n  2. Eve says:\n    E.\n  3. Fay says:\n    F.\n"
)
OPEN = "Quiet Post\n\nNothing much.\n\n  1. Dee says:\n    Only one.\n"
WARNED = "Odd Post\n\nBody.\n\n  1. Ann says:\n      Deep.\n    Shallow.\n"  # one warning
BAD_INDENT = "T\n    a\n  b\n"  # strict mode refuses it at line 3


def write(tmp_path: Path, text: str, name: str = "dump.txt") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def dump(tmp_path: Path) -> str:
    return write(tmp_path, DUMP)


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "80")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def usage_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as e:
        cli.main(list(args))
    assert e.value.code == 2
    return capsys.readouterr().err


def exact(message: str) -> str:
    """A pattern for pytest.raises(match=...) that matches the whole message only."""
    return "^" + re.escape(message) + "$"


def last_line(text: str) -> str:
    return text.splitlines()[-1]


def render(renderable: object, width: int = 100, color: str | None = None) -> str:
    return render_text(renderable, width, color)


# --- show -----------------------------------------------------------------------------


def test_show_draws_numbers_kinds_dates_and_previews(capsys, dump) -> None:
    assert run(capsys, "show", dump, "--width", "100") == (0, SHOW_W100, "")


def test_show_full_draws_whole_bodies_quotes_and_list_items(capsys, dump) -> None:
    assert run(capsys, "show", dump, "--width", "100", "--full") == (0, SHOW_FULL_W100, "")


def test_show_depth_hides_and_counts_deeper_replies(capsys, dump) -> None:
    _, out, _ = run(capsys, "show", dump, "--width", "100", "--depth", "0")
    assert "Bob" not in out and "Back to you" not in out and "Zoë  #3" in out
    assert out.endswith("(2 deeper replies hidden by --depth)\n")
    _, out, _ = run(capsys, "show", dump, "--width", "100", "--depth", "1")
    assert "Bob  Yo." in out and "Back to you" not in out
    assert out.endswith("(1 deeper replies hidden by --depth)\n")
    _, out, _ = run(capsys, "show", dump, "--width", "100", "--depth", "2")
    assert out == SHOW_W100


def test_show_author_keeps_their_comments_and_what_they_answer(capsys, dump) -> None:
    _, out, _ = run(capsys, "show", dump, "--width", "100", "--author", "BOB")
    tree = out.split("comments\n", 1)[1]
    # Bob's comment, and the one it answers without its body; nothing else
    assert tree == "└── Ann Vole  #1  May 30, 2019 at 5:38 PM\n    └── Bob  Yo.\n"
    _, out, _ = run(capsys, "show", dump, "--width", "100", "--author", "ann vole")
    tree = out.split("comments\n", 1)[1]
    assert tree == (
        "└── Ann Vole  #1  May 30, 2019 at 5:38 PM  Hi there, this is Ann. quoted text more\n"
        "    └── Bob\n"
        "        └── Ann Vole  Back to you.\n"
    )
    _, out, _ = run(capsys, "show", dump, "--width", "100", "--author", "Zoë")
    assert out.endswith("comments\n└── Zoë  #3  Third. a list item\n")
    _, out, _ = run(capsys, "show", dump, "--width", "100", "--author", "nobody")
    assert out.endswith("comments\n")


def test_show_fits_the_width(capsys, dump) -> None:
    for width in ("20", "33", "100"):
        code, out, _ = run(capsys, "show", dump, "--full", "--width", width)
        assert code == 0
        assert max(len(line) for line in out.splitlines()) <= int(width)
    long_title = "A title that goes on and on " * 6
    path = str(Path(dump).with_name("long.txt"))
    Path(path).write_text(long_title + "\n\n" + DUMP.split("\n", 1)[1], encoding="utf-8")
    code, out, _ = run(capsys, "show", path, "--width", "40")
    assert max(len(line) for line in out.splitlines()) <= 40
    assert "A title that goes" in out


def test_show_width_must_be_at_least_20(capsys, dump) -> None:
    assert last_line(usage_error(capsys, "show", dump, "--width", "19")) == (
        "threadparse show: error: argument --width: width must be at least 20 columns, not 19"
    )
    assert last_line(usage_error(capsys, "show", dump, "--width", "wide")) == (
        "threadparse show: error: argument --width: not a whole number: 'wide'"
    )
    assert run(capsys, "show", dump, "--width", "20")[0] == 0


def test_show_depth_must_be_a_whole_number_from_0(capsys, dump) -> None:
    assert last_line(usage_error(capsys, "show", dump, "--depth", "-1")) == (
        "threadparse show: error: argument --depth: must be 0 or more: -1"
    )
    assert last_line(usage_error(capsys, "show", dump, "--depth", "x")) == (
        "threadparse show: error: argument --depth: not a whole number: 'x'"
    )
    assert run(capsys, "show", dump, "--depth", "0")[0] == 0


@pytest.mark.parametrize("how", ["flag", "env"])
def test_no_color_means_no_escape_codes_at_all(capsys, monkeypatch, dump, how: str) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TERM", "xterm-256color")
    _, coloured, _ = run(capsys, "show", dump, "--width", "100")
    assert "\x1b[" in coloured  # a terminal gets colours...
    if how == "flag":
        _, out, _ = run(capsys, "show", dump, "--width", "100", "--no-color")
    else:
        monkeypatch.setenv("NO_COLOR", "1")
        _, out, _ = run(capsys, "show", dump, "--width", "100")
    assert out == SHOW_W100  # ...unless asked not to: then not even bold


@pytest.mark.parametrize("name", ["thread.svg", "thread.SVG"])
def test_export_svg_has_the_title_and_the_tree(capsys, tmp_path, dump, name: str) -> None:
    target = tmp_path / name
    code, out, _ = run(capsys, "show", dump, "--width", "100", "--export", str(target))
    assert code == 0 and out == SHOW_W100  # the terminal still gets the tree
    svg = target.read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<svg") and "Zoë" in svg
    assert re.search(r'-title"[^>]*>Harbour&#160;Lights</text>', svg)  # the window's title


def test_export_svg_of_an_untitled_page_is_titled_threadparse(capsys, tmp_path) -> None:
    path = write(tmp_path, "\n\n  1. Ann says:\n    Hi.\n")
    target = tmp_path / "t.svg"
    assert run(capsys, "show", path, "--export", str(target))[0] == 0
    assert re.search(r'-title"[^>]*>threadparse</text>', target.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["thread.html", "thread.htm", "thread.HTML"])
def test_export_html(capsys, tmp_path, dump, name: str) -> None:
    target = tmp_path / name
    assert run(capsys, "show", dump, "--width", "100", "--export", str(target))[0] == 0
    html = target.read_text(encoding="utf-8")
    assert "<html" in html.lower() and "Zoë" in html and "<svg" not in html


def test_export_txt_is_the_plain_tree(capsys, tmp_path, dump) -> None:
    target = tmp_path / "thread.txt"
    assert run(capsys, "show", dump, "--width", "100", "--export", str(target))[0] == 0
    assert target.read_text(encoding="utf-8") == SHOW_W100


def test_export_to_an_unknown_type_is_a_usage_error(capsys, tmp_path, dump) -> None:
    code, out, err = run(capsys, "show", dump, "--export", str(tmp_path / "x.png"))
    assert code == 2 and out == ""
    assert err.startswith("usage: threadparse")
    assert err.endswith(
        "threadparse: error: --export: use a .svg, .html or .txt file name, not 'x.png'\n"
    )
    assert not (tmp_path / "x.png").exists()


def test_export_into_a_missing_folder_fails_in_one_line(capsys, tmp_path, dump) -> None:
    target = tmp_path / "no" / "such" / "t.txt"
    code, _, err = run(capsys, "show", dump, "--export", str(target))
    assert code == 1
    assert err == f"{target}: error: No such file or directory\n"


# --- json -----------------------------------------------------------------------------


def test_json_is_one_line_by_default_and_indented_on_request(capsys, dump) -> None:
    _, plain, _ = run(capsys, "json", dump)
    assert plain.endswith("}\n") and plain.count("\n") == 1
    assert '"author": "Zoë"' in plain  # not \u-escaped
    _, indented, _ = run(capsys, "json", dump, "--indent", "2")
    assert indented.startswith('{\n  "format": "threadparse/1",\n  "title": "Harbour Lights",')
    assert json.loads(indented) == json.loads(plain)
    _, flat, _ = run(capsys, "json", dump, "--indent", "0")
    assert flat.startswith('{\n"format": "threadparse/1",\n"title"')
    assert last_line(usage_error(capsys, "json", dump, "--indent", "-2")) == (
        "threadparse json: error: argument --indent: must be 0 or more: -2"
    )
    assert threadparse.loads(plain) == threadparse.parse(DUMP)


def test_json_rows(capsys, dump) -> None:
    code, out, _ = run(capsys, "json", "--rows", dump)
    assert code == 0 and "Zoë" in out
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0] == {
        "id": 0, "parent_id": None, "depth": 0, "path": "1", "number": 1, "author": "Ann Vole",
        "date": "May 30, 2019 at 5:38 PM", "datetime": "2019-05-30T17:38:00", "kind": "comment",
        "text": "Hi there, this is Ann.\n\nquoted text\nmore",
        "span": {"start_line": 8, "end_line": 17, "start": 87, "end": 259},
        "replies_to": None, "replies_to_article": True, "reply_evidence": "nesting",
    }  # fmt: skip
    assert [(r["id"], r["parent_id"], r["path"], r["depth"], r["kind"]) for r in rows] == [
        (0, None, "1", 0, "comment"),
        (1, 0, "1.1", 1, "comment"),
        (2, 1, "1.1.1", 2, "comment"),
        (3, None, "2", 0, "pingback"),
        (4, None, "3", 0, "comment"),
    ]
    assert [r["datetime"] for r in rows[1:]] == [None] * 4
    assert rows[4]["text"] == "Third.\n\na list item" and rows[4]["number"] == 3


def test_json_dialect_and_strict_are_passed_on(capsys, tmp_path, dump) -> None:
    _, out, _ = run(capsys, "json", dump, "--dialect", "lynx")
    assert json.loads(out)["dialect"] == "lynx"
    bad = write(tmp_path, BAD_INDENT, "bad.txt")
    assert run(capsys, "json", bad)[0] == 0
    code, out, err = run(capsys, "json", "--strict", bad)
    assert code == 1 and out == "" and err.startswith(f"{bad}:3:")
    assert "invalid choice" in usage_error(capsys, "json", dump, "--dialect", "nope")


# --- stats ----------------------------------------------------------------------------


def test_stats_text(capsys, dump) -> None:
    assert run(capsys, "stats", dump) == (0, STATS, "")


def test_stats_json(capsys, dump) -> None:
    _, out, _ = run(capsys, "stats", "--json", dump)
    assert out.startswith('{\n "title": "Harbour Lights",\n "comments": 5,')
    assert out.endswith("}\n")
    figures = json.loads(out)
    text = {line[:20].rstrip(): line[22:] for line in STATS.splitlines()}
    assert str(figures["comments"]) == text["comments"]
    assert str(figures["top_level"]) == text["top level"]
    assert str(figures["max_depth"]) == text["max depth"]
    assert figures["closed"] is (text["closed"] == "yes")
    assert [str(n) for n in figures["by_depth"]] == [
        text[f"depth {d}"] for d in range(len(figures["by_depth"]))
    ]
    people = STATS.split("reply links")[0].splitlines()
    assert {a["author"]: str(a["comments"]) for a in figures["by_author"]} == {
        line[:20].strip(): line[22:] for line in people if line.startswith("  ")
    }
    assert figures["links"] == {
        "nesting": 5, "quote": 0, "mention": 0, "reference": 0, "to_article": 3
    }  # fmt: skip
    assert str(figures["longest_chain"]) == text["longest chain"]
    assert figures["quoting_share"] == 0.2 and figures["response_seconds"]["measured"] == 0
    assert figures["who_answers_whom"] == [
        {"author": "Bob", "answers": "Ann Vole", "replies": 1},
        {"author": "Ann Vole", "answers": "Bob", "replies": 1},
    ]


def test_stats_of_an_open_page_without_a_count(capsys, tmp_path) -> None:
    _, out, _ = run(capsys, "stats", "--json", write(tmp_path, OPEN))
    figures = json.loads(out)
    assert figures["closed"] is False and figures["declared"] is None
    assert figures["max_depth"] == 0 and figures["comments"] == 1
    assert figures["participants"] == 1 and figures["by_author"] == [
        {"author": "Dee", "comments": 1}
    ]


def test_stats_of_a_page_without_comments(capsys, tmp_path) -> None:
    code, out, _ = run(capsys, "stats", write(tmp_path, "Lonely\n\nJust words.\n"))
    assert code == 0
    assert out == (
        "title         Lonely\n"
        "comments      0\n"
        "declared      \n"
        "top level     0\n"
        "max depth     0\n"
        "closed        no\n"
        "warnings      0\n"
        "participants  0\n"
    )


def test_stats_counts_warnings_and_accepts_strict(capsys, tmp_path) -> None:
    path = write(tmp_path, WARNED)
    _, out, _ = run(capsys, "stats", "--json", path)
    assert json.loads(out)["warnings"] == 1
    code, out, err = run(capsys, "stats", "--strict", path)
    assert code == 1 and out == "" and err.startswith(f"{path}:")
    _, out, _ = run(capsys, "stats", "--json", "--dialect", "w3m", path)
    assert json.loads(out)["warnings"] == 1


# --- errors and exit codes ------------------------------------------------------------


def test_errors_name_the_file_line_and_column(capsys, monkeypatch, tmp_path) -> None:
    bad = write(tmp_path, BAD_INDENT)
    code, out, err = run(capsys, "show", "--strict", bad)
    assert code == 1 and out == ""
    assert err.startswith(f"{bad}:3:3: error: indentation 2 matches no open level")
    assert err.count("\n") == 1
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BAD_INDENT.encode())))
    code, _, err = run(capsys, "show", "--strict", "-")
    assert code == 1 and err.startswith("<stdin>:3:3: error: ")


def test_errors_with_and_without_a_line(capsys, tmp_path) -> None:
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02")
    assert run(capsys, "stats", str(binary)) == (
        1, "", f"{binary}:1:1: error: binary file (NUL bytes), not a text dump\n"
    )  # fmt: skip
    missing = str(tmp_path / "missing.txt")
    assert run(capsys, "json", missing) == (1, "", f"{missing}: error: No such file or directory\n")
    assert run(capsys, "show", str(tmp_path)) == (1, "", f"{tmp_path}: error: is a directory\n")


def test_interrupt_exits_130(capsys, monkeypatch, dump) -> None:
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "parse_file", interrupted)
    assert run(capsys, "show", dump) == (130, "", "")


def test_usage_names_the_program_commands_and_arguments(capsys, dump) -> None:
    err = usage_error(capsys)
    assert err.startswith("usage: threadparse [-h] [--version] COMMAND ...")
    err = usage_error(capsys, "show")
    assert "the following arguments are required: FILE" in err
    assert "invalid choice: 'frobnicate'" in usage_error(capsys, "frobnicate", dump)
    with pytest.raises(SystemExit) as e:
        cli.main(["show", "--help"])
    assert e.value.code == 0
    help_text = " ".join(capsys.readouterr().out.split())
    for option in ("--depth N", "--author NAME", "--width N", "--export PATH", "--no-color"):
        assert option in help_text
    assert "--dialect {resiliparse,html2text,inscriptis,w3m,lynx}" in help_text
    with pytest.raises(SystemExit):
        cli.main(["json", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--indent N" in help_text and "--rows" in help_text and "--strict" in help_text
    with pytest.raises(SystemExit):
        cli.main(["stats", "--help"])
    assert "--json" in capsys.readouterr().out
    with pytest.raises(SystemExit) as e:
        cli.main(["--version"])
    assert e.value.code == 0
    assert capsys.readouterr().out == f"threadparse {threadparse.__version__}\n"


def child_env() -> dict[str, str]:
    """The environment for ``python -m threadparse``: this checkout first on the path, and
    standard output buffered as a user's is (PYTHONUNBUFFERED would hide what is left in
    the buffer when the interpreter exits)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    env.pop("PYTHONUNBUFFERED", None)
    return env


def test_a_closed_pipe_ends_quietly_with_status_0(tmp_path) -> None:
    parts = ["Busy", "", "many comments"]
    for i in range(2000):
        parts += [f"  {i + 1}. writer{i} says:", f"    Comment {i} with a little text."]
    path = write(tmp_path, "\n".join(parts) + "\n")
    env = child_env()
    proc = subprocess.Popen(
        [sys.executable, "-m", "threadparse", "json", "--rows", path],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # like `| head -n 1`
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 0, err
    assert err == b""
    assert json.loads(first)["author"] == "writer0"


def run_with_stdout_closed(*args: str) -> tuple[int, bytes]:
    """Run the command with its standard output closed before it writes (``| true``)."""
    env = child_env()
    proc = subprocess.Popen(
        [sys.executable, "-m", "threadparse", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read()
    return proc.wait(timeout=60), err


class ClosedPipe(io.TextIOBase):
    """A standard output whose reader has gone: every write fails with EPIPE."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def fileno(self) -> int:
        return self.fd


@pytest.mark.parametrize("command", ["json", "stats"])
def test_main_returns_0_when_the_reader_has_gone(monkeypatch, tmp_path, dump, command) -> None:
    fd = os.open(tmp_path / "out", os.O_WRONLY | os.O_CREAT)
    try:
        monkeypatch.setattr(sys, "stdout", ClosedPipe(fd))
        assert cli.main([command, dump]) == 0
    finally:
        os.close(fd)


@pytest.mark.parametrize("command", [["json"], ["json", "--rows"], ["stats"]])
def test_output_to_a_closed_pipe_ends_quietly(dump, command: list[str]) -> None:
    assert run_with_stdout_closed(*command, dump) == (0, b"")


def test_show_to_a_closed_pipe_ends_quietly_with_status_0(dump) -> None:
    assert run_with_stdout_closed("show", dump) == (0, b"")


# --- the terminal view ----------------------------------------------------------------


def names_for_every_colour() -> list[str]:
    found: dict[int, str] = {}
    i = 0
    while len(found) < len(PALETTE):
        name = f"writer{i}"
        found.setdefault(zlib.crc32(name.encode()) % len(PALETTE), name)
        i += 1
    return list(found.values())


def test_every_author_has_a_colour_and_keeps_it() -> None:
    names = names_for_every_colour()
    parts = ["Colours", "", f"{len(names)} replies"]
    for n, name in enumerate(names, start=1):
        parts += [f"  {n}. {name} says:", "    Hi."]
    text = "\n".join(parts) + "\n"
    drawn = segments(page_view(threadparse.parse(text)))
    assert all(drawn[name].bold and drawn[name].color is not None for name in names)
    colours = {name: drawn[name].color.name for name in names}  # type: ignore[union-attr]
    assert len(set(colours.values())) == len(PALETTE)  # twelve authors, twelve colours
    again = segments(page_view(threadparse.parse(text)))
    assert {name: again[name].color.name for name in names} == colours  # type: ignore[union-attr]


def test_a_nameless_comment_is_drawn_dim_italic() -> None:
    page = Page(title="T", comments=[Comment(author=None, blocks=[Paragraph("Hello.")])])
    page.comments[0].page = page
    plain = render(page_view(page))
    assert "└── (no name)  Hello.\n" in plain
    out = render(page_view(page), color="standard")
    assert "\x1b[2;3m(no name)" in out


def test_replies_deeper_than_the_width_allows_are_marked() -> None:
    parts = ["Deep", ""]
    for d in range(12):
        parts += [f"{'  ' * (d + 1)}• user{d} says:", f"{'  ' * (d + 2)}reply {d}"]
    page = threadparse.parse("\n".join(parts) + "\n")
    assert page.max_depth == 11
    out = render(page_view(page, RenderOptions(width=62)), width=62)  # room for 6 levels
    assert "user6  reply 6" in out and "↳ depth 6" not in out
    assert "user7  ↳ depth 7  reply 7" in out and "user11  ↳ depth 11" in out
    out = render(page_view(page, RenderOptions(width=60)), width=60)  # 6 levels, exactly
    assert "user6  reply 6" in out and "user7  ↳ depth 7  reply 7" in out
    out = render(page_view(page, RenderOptions(width=20)), width=20)  # one level, at least
    assert "    ├── user1  repl…\n    ├── user2  ↳ de…\n" in out
    assert max(len(line) for line in out.splitlines()) <= 20
    out = render(page_view(page, RenderOptions(author="USER3")))  # and all it answers
    assert out.split("comments\n", 1)[1] == (
        "└── user0\n    └── user1\n        └── user2\n            └── user3  reply 3\n"
    )
    out = render(page_view(page), width=62)  # the console's width is used when none is given
    assert "user7  ↳ depth 7" in out and "↳ depth 6" not in out


def test_render_options_width() -> None:
    assert RenderOptions().depth_cap == RenderOptions(width=100).depth_cap == 16
    assert RenderOptions(width=70).fitted(120).width == 70
    assert RenderOptions(full=True).fitted(120) == RenderOptions(full=True, width=120)


def test_previews_collapse_space_and_stop_at_100_characters() -> None:
    words = "word " * 40
    body = "    " + words.strip()[:60] + "\n    " + words.strip()[60:]
    page = threadparse.parse(
        "T\n\n  1. Ann says:\n" + body + "\n  2. Bob says:\n    short   text\n"
    )
    out = render(page_view(page), width=200)
    line = next(line for line in out.splitlines() if "Ann" in line)
    preview = line.split("Ann  #1  ", 1)[1]
    assert len(preview) == 100 and preview.endswith("…")
    assert preview[:-1] == " ".join(words.split())[:99]
    assert "Bob  #2  short text\n" in out
    exact = "x" * 100
    page = threadparse.parse(f"T\n\n  1. Ann says:\n    {exact}\n")
    assert f"Ann  #1  {exact}\n" in render(page_view(page), width=200)


def test_the_article_summary_is_cut_at_160_characters_or_400_in_full() -> None:
    article = " ".join(f"w{i:03}" for i in range(100))  # 499 characters
    page = threadparse.parse(f"Title\n\n{article}\n\n  1. Ann says:\n    Hi.\n")
    lines = render(page_view(page), width=1000).splitlines()
    assert lines[1] == article[:159] + "…"
    lines = render(page_view(page, RenderOptions(full=True)), width=1000).splitlines()
    assert lines[1] == article[:399] + "…"
    exact = "y" * 160
    page = threadparse.parse(f"Title\n\n{exact}\n")
    assert render(page_view(page), width=1000).splitlines()[1] == exact


def test_summary_lines() -> None:
    out = render(page_view(threadparse.parse(OPEN)))
    assert out.splitlines()[2] == "1 comment · 1 top-level · max depth 0"
    out = render(page_view(threadparse.parse(WARNED)))
    assert out.splitlines()[2] == "1 comment · 1 top-level · max depth 0 · 1 warning"
    out = render(page_view(threadparse.parse("")))
    assert out == "(untitled)\n0 comments · 0 top-level · max depth 0\n"


def test_long_labels_end_with_an_ellipsis() -> None:
    page = threadparse.parse(DUMP)
    out = render(page_view(page), width=40)
    assert "├── Ann Vole  #1  May 30, 2019 at 5:38 …\n" in out  # 40 columns in all
    assert "│   └── Ann Vole  ↳ depth 2  Back to yo…\n" in out  # one level drawn, at 40


def test_a_comment_renders_as_its_own_tree(capsys) -> None:
    page = threadparse.parse(DUMP)
    bob = page.comments[0].children[0]
    assert render(comment_tree(bob)) == "Bob  Yo.\n└── Ann Vole  Back to you.\n"
    assert render(comment_tree(bob, RenderOptions(full=True))) == (
        "Bob\nYo.\n└── Ann Vole\n    Back to you.\n"
    )
    rich.print(bob)
    rich.print(page.comments[0].blocks[1])
    out = capsys.readouterr().out
    assert out.startswith("Bob  Yo.\n└── Ann Vole  Back to you.\n")
    assert out.endswith("quoted text\nmore\n")


# --- JSON and rows as a library ---------------------------------------------------------


def test_round_trips_keep_dates_quotes_markers_furniture_and_warnings() -> None:
    for text in (DUMP, WARNED, OPEN):
        page = threadparse.parse(text)
        for copy in (
            threadparse.loads(threadparse.dumps(page)),
            threadparse.loads(threadparse.dumps(page, indent=1).encode()),
            threadparse.from_dict(json.loads(json.dumps(threadparse.to_dict(page)))),
            pickle.loads(pickle.dumps(page)),
        ):
            assert copy == page
            assert [c.author for c in copy.walk()] == [c.author for c in page.walk()]
            assert [c.parent.author if c.parent else None for c in copy.walk()] == [
                c.parent.author if c.parent else None for c in page.walk()
            ]
            assert all(c.page is copy for c in copy.walk())
    page = threadparse.loads(threadparse.dumps(threadparse.parse(DUMP)))
    ann = page.comments[0]
    assert ann.meta[0].role == "date" and ann.date == "May 30, 2019 at 5:38 PM"
    assert isinstance(ann.blocks[1], Quote) and ann.blocks[1].explicit
    assert page.comments[2].blocks[1].marker == "-"
    assert [f.role for f in page.furniture] == ["count", "closed"]
    warned = threadparse.loads(threadparse.dumps(threadparse.parse(WARNED)))
    assert warned.warnings == threadparse.parse(WARNED).warnings and warned.warnings[0].column > 1


def test_to_dict_is_plain_flat_data() -> None:
    d = threadparse.to_dict(threadparse.parse(DUMP))
    assert list(d) == [
        "format", "title", "title_span", "dialect", "kind", "declared_count", "closed",
        "ends_with_newline", "article", "furniture", "warnings", "comments",
    ]  # fmt: skip
    assert d["format"] == "threadparse/1" and d["declared_count"] == 4 and d["closed"] is True
    assert d["title_span"] == {"start_line": 1, "end_line": 1, "start": 0, "end": 14}
    assert d["article"][1] == {
        "type": "quote", "text": "A quoted line of the article.", "explicit": True,
        "span": {"start_line": 5, "end_line": 5, "start": 42, "end": 73},
        "author": None, "attribution": None,
    }  # fmt: skip
    assert d["article"][0]["type"] == "paragraph" and d["article"][0]["marker"] is None
    assert d["furniture"][1] == {
        "text": "Comments are closed.", "role": "closed",
        "span": {"start_line": 22, "end_line": 22, "start": 338, "end": 358},
    }  # fmt: skip
    bob = d["comments"][1]
    assert bob["id"] == 1 and bob["parent"] == 0 and bob["marker"] == "•"
    assert bob["header"] == "Bob says:" and bob["kind"] == "comment" and bob["depth"] == 1
    ann = d["comments"][0]
    assert ann["meta"] == [
        {"text": "May 30, 2019 at 5:38 PM", "role": "date",
         "span": {"start_line": 9, "end_line": 9, "start": 109, "end": 132}},
    ]  # fmt: skip
    assert ann["header_span"]["start_line"] == 8 and ann["number"] == 1
    assert [c["parent"] for c in d["comments"]] == [None, 0, 1, None, None]
    w = threadparse.to_dict(threadparse.parse(WARNED))["warnings"][0]
    assert set(w) == {"code", "message", "span", "column"} and w["span"]["start_line"] == 7


def test_from_dict_fills_defaults_for_missing_comment_fields() -> None:
    d = threadparse.to_dict(threadparse.parse(OPEN))
    d["comments"] = [
        {"author": "Ann"},
        {"author": "Bob", "parent": 0, "depth": 1, "meta": [{"text": "liked"}]},
    ]
    for w in d["warnings"]:
        del w["column"]
    page = threadparse.from_dict(d)
    ann = page.comments[0]
    assert (ann.header, ann.marker, ann.number, ann.date, ann.depth, ann.kind) == (
        "", None, None, None, 0, "comment"
    )  # fmt: skip
    assert ann.blocks == [] and ann.meta == [] and ann.span is None
    bob = ann.children[0]
    assert bob.parent is ann and bob.meta[0].role == "other" and bob.meta[0].span is None
    d = threadparse.to_dict(threadparse.parse(WARNED))
    del d["warnings"][0]["column"]
    assert threadparse.from_dict(d).warnings[0].column == 1
    d = threadparse.to_dict(threadparse.parse(DUMP))
    del d["article"][1]["explicit"], d["comments"][4]["blocks"][1]["marker"]
    page = threadparse.from_dict(d)
    assert page.article.blocks[1].explicit is False
    assert page.comments[2].blocks[1].marker is None


def test_from_dict_refuses_what_is_not_a_page() -> None:
    with pytest.raises(ValueError, match=exact("not a threadparse/1 page dict")):
        threadparse.from_dict([])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=exact("not a threadparse/1 page dict")):
        threadparse.from_dict({"format": "threadparse/0"})
    with pytest.raises(ValueError, match=exact("malformed page dict: KeyError: 'title'")):
        threadparse.from_dict({"format": "threadparse/1"})
    d = threadparse.to_dict(threadparse.parse(DUMP))
    d["comments"][2]["parent"] = 2
    with pytest.raises(ValueError, match=exact("comment 2: parent 2 is not an earlier comment")):
        threadparse.from_dict(d)
    d["comments"][2]["parent"] = -1
    with pytest.raises(ValueError, match=exact("comment 2: parent -1 is not an earlier comment")):
        threadparse.from_dict(d)
    d["comments"][2]["parent"] = 0
    assert threadparse.from_dict(d).comments[0].children[1].author == "Ann Vole"
    d = threadparse.to_dict(threadparse.parse(DUMP))
    d["article"][0]["type"] = "table"
    with pytest.raises(ValueError, match=exact("unknown block type 'table'")):
        threadparse.from_dict(d)


def test_rows_of_a_page_without_dates() -> None:
    rows = threadparse.to_rows(threadparse.parse(OPEN))
    assert rows == [
        {
            "id": 0, "parent_id": None, "depth": 0, "path": "1", "number": 1, "author": "Dee",
            "date": None, "datetime": None, "kind": "comment", "text": "Only one.",
            "span": {"start_line": 5, "end_line": 6, "start": 29, "end": 55},
            "replies_to": None, "replies_to_article": True, "reply_evidence": "nesting",
        }
    ]  # fmt: skip


# --- the model ------------------------------------------------------------------------


def test_navigation() -> None:
    page = threadparse.parse(DUMP)
    ann, ping, zoe = page.comments
    bob = ann.children[0]
    ann2 = bob.children[0]
    assert ann2.ancestors == (ann, bob) and ann.ancestors == ()
    assert [c.author for c in ann2.path] == ["Ann Vole", "Bob", "Ann Vole"]
    assert ann2.path[-1] is ann2 and ann.path == (ann,)
    assert ann2.root is ann and ann.root is ann
    assert ping.siblings == (ann, zoe) and all(s is not ping for s in ping.siblings)
    assert bob.siblings == ()
    assert Comment(author="alone").siblings == ()
    assert ann2.is_leaf and not bob.is_leaf
    assert list(ann.descendants) == [bob, ann2]
    assert list(ann.walk()) == [ann, bob, ann2]
    assert list(page.walk()) == [ann, bob, ann2, ping, zoe]
    assert ann.datetime == dt.datetime(2019, 5, 30, 17, 38) and bob.datetime is None
    assert ann.text == "Hi there, this is Ann.\n\nquoted text\nmore"
    assert page.article.text == "An article about lights.\n\nA quoted line of the article."
    assert len(page) == 5 and page.max_depth == 2


def test_a_page_without_comments() -> None:
    page = threadparse.parse("Lonely\n\nJust words.\n")
    assert len(page) == 0 and bool(page) is True and page.max_depth == -1


def test_equality_and_hashing() -> None:
    page, other = threadparse.parse(DUMP), threadparse.parse(DUMP)
    assert page == other and (page != other) is False
    ann = page.comments[0]
    assert ann == other.comments[0]
    assert (ann == "Ann") is False and (page == "page") is False
    assert ann == mock.ANY and page == mock.ANY  # others get their say
    assert ann != other.comments[1]
    other.comments[0].children[0].children[0].blocks[0].text = "Changed."
    assert (page == other) is False and (ann == other.comments[0]) is False
    assert page != other and ann != other.comments[0]
    other = threadparse.parse(DUMP)
    other.title = "Another"
    assert (page == other) is False
    other = threadparse.parse(DUMP)
    other.comments.pop()
    assert (page == other) is False
    other = threadparse.parse(DUMP)
    other.comments[1].children.append(Comment(author="Extra"))
    assert (page == other) is False and (other.comments[1] == page.comments[1]) is False
    with pytest.raises(TypeError):
        hash(page)
    with pytest.raises(TypeError):
        hash(ann)


def test_reprs() -> None:
    page = threadparse.parse(DUMP)
    assert repr(page) == (
        "Page(title='Harbour Lights', blocks=2, declared_count=4, comments=5, "
        "top_level=3, closed=True, warnings=0)"
    )
    assert repr(page.comments[0]) == (
        "Comment(author='Ann Vole', depth=0, number=1, kind='comment', blocks=2, children=1, "
        "line=8)"
    )
    assert repr(Comment(author=None)) == (
        "Comment(author=None, depth=0, number=None, kind='comment', blocks=0, children=0)"
    )
    assert repr(page.comments[2].blocks[1]) == (
        "Paragraph(text='a list item', span=Span(start_line=21, end_line=21, start=324, "
        "end=337), marker='-')"
    )
    assert repr(Quote("q", None, True)) == "Quote(text='q', span=None, explicit=True)"
    assert repr(SourceText("ab", 0, 2)) == "SourceText('ab')"


def test_blocks_text_match_and_pickle() -> None:
    source = "    one\n      two\n"
    block = Paragraph(SourceText(source, 4, 17, "    "))  # type: ignore[arg-type]
    assert block.text == "one\n  two" and str(SourceText(source, 4, 7)) == "one"
    assert block == Paragraph("one\n  two")
    block.text = "three"
    assert block.text == "three" and block == Paragraph("three")
    para, quote = Paragraph("p", None, "1."), Quote("q", None, True)
    match para:
        case Paragraph(text, span, marker):
            assert (text, span, marker) == ("p", None, "1.")
        case _:
            pytest.fail("a Paragraph matches Paragraph(text, span, marker)")
    match quote:
        case Quote(text, span, explicit):
            assert (text, span, explicit) == ("q", None, True)
        case _:
            pytest.fail("a Quote matches Quote(text, span, explicit)")
    for b in (para, quote, Paragraph(SourceText(source, 4, 7))):  # type: ignore[arg-type]
        copy = pickle.loads(pickle.dumps(b))
        assert copy == b and type(copy) is type(b) and repr(copy) == repr(b)
    assert render(Paragraph("Plain words."), color=None) == "Plain words.\n"


def test_pickling_a_reply_copies_its_subtree() -> None:
    page = threadparse.parse(DUMP)
    bob = page.comments[0].children[0]
    copy = pickle.loads(pickle.dumps(bob))
    assert isinstance(copy, Comment)
    assert copy == bob and copy.parent is None and copy.page is None
    assert copy.children[0].parent is copy and copy.children[0].text == "Back to you."
    assert copy.depth == 1 and copy.children[0].depth == 2


# --- more of the terminal view ----------------------------------------------------------


def segments(renderable: object, width: int = 100) -> dict[str, Style]:
    """The style each piece of text is drawn in (the first time it is drawn)."""
    console = Console(
        file=io.StringIO(), width=width, color_system="standard", force_terminal=True,
        legacy_windows=False,
    )  # fmt: skip
    found: dict[str, Style] = {}
    for line in console.render_lines(renderable, pad=False):
        for segment in line:
            if segment.text.strip():
                found.setdefault(segment.text, segment.style or Style())
    return found


def test_details_are_dimmed_and_headings_stand_out() -> None:
    page = threadparse.parse(DUMP)
    s = segments(page_view(page, RenderOptions(max_depth=0)), width=40)
    assert s["Harbour Lights"].bold and s["Harbour Lights"].underline
    assert s["An article about lights. A quoted line "].dim
    assert s["4 declared · "].dim and s[" · closed"].dim
    assert not s["5 comments · 3 top-level · "].dim
    assert s["comments"].bold
    assert s["├── "].color is not None and s["├── "].color.name == "bright_black"
    assert s["  #1"].dim and s["  May 30, 2019 at 5:38 …"].dim
    assert s[" [pingback]"].dim and s["  #2"].dim
    assert not s["  Third. a list item"].dim
    assert s["(2 deeper replies hidden by --depth)"].dim
    assert s["Ann Vole"].bold and not s["Ann Vole"].dim
    s = segments(page_view(page), width=40)
    assert s["  ↳ depth 2"].bold and s["  ↳ depth 2"].dim
    s = segments(page_view(page, RenderOptions(full=True, author="bob")))
    assert s["Ann Vole"].dim and s["Ann Vole"].bold  # what Bob answers, dimmed
    assert not s["Bob"].dim
    assert s["▌ quoted text"].italic and s["▌ quoted text"].dim
    assert not s["Hi there, this is Ann."].dim
    s = segments(page_view(threadparse.parse(WARNED)))
    assert s[" · 1 warning"].color is not None and s[" · 1 warning"].color.name == "yellow"


def test_replies_keep_their_order() -> None:
    page = threadparse.parse(REPLIES)
    out = render(page_view(page))
    assert out.split("comments\n", 1)[1] == (
        "├── Ann  #1  First.\n"
        "│   ├── Bob  B.\n"
        "│   ├── Cat  C.\n"
        "│   └── Dan  D.\n"
        "├── Eve  #2  E.\n"
        "└── Fay  #3  F.\n"
    )
    ann = page.comments[0]
    assert [c.author for c in ann.descendants] == ["Bob", "Cat", "Dan"]
    assert [c.author for c in page.walk()] == ["Ann", "Bob", "Cat", "Dan", "Eve", "Fay"]
    assert ann.children[1].siblings == (ann.children[0], ann.children[2])
    rows = threadparse.to_rows(page)
    assert [(r["author"], r["path"], r["parent_id"]) for r in rows] == [
        ("Ann", "1", None), ("Bob", "1.1", 0), ("Cat", "1.2", 0), ("Dan", "1.3", 0),
        ("Eve", "2", None), ("Fay", "3", None),
    ]  # fmt: skip
    copy = threadparse.loads(threadparse.dumps(page))
    assert [c.author for c in copy.walk()] == [c.author for c in page.walk()]
    assert [c.parent.author for c in copy.comments[0].children] == ["Ann"] * 3
    clone = pickle.loads(pickle.dumps(ann))
    assert [c.author for c in clone.walk()] == ["Ann", "Bob", "Cat", "Dan"]
    deeper = threadparse.parse(
        "T\n\n  1. Top says:\n    T.\n    • Ann says:\n      A.\n"
        "      • Bob says:\n        B.\n      • Cat says:\n        C.\n"
    )
    top = deeper.comments[0]
    assert [c.author for c in top.descendants] == ["Ann", "Bob", "Cat"]
    assert [c.author for c in top.walk()] == ["Top", "Ann", "Bob", "Cat"]
    assert [c.author for c in deeper.walk()] == ["Top", "Ann", "Bob", "Cat"]


def test_views_made_directly_use_default_options() -> None:
    page = threadparse.parse(DUMP)
    assert render(PageView(page)) == render(page_view(page)) == SHOW_W100
    bob = page.comments[0].children[0]
    assert render(CommentView(bob)) == render(comment_tree(bob))
    rich_out = io.StringIO()
    rich.print(page, file=rich_out)
    assert "Zoë  #3  Third. a list item" in rich_out.getvalue()


def test_stats_count_the_nameless_as_one_participant() -> None:
    page = Page(comments=[Comment(author=None), Comment(author="Ann"), Comment(author=None)])
    figures = stats(page)
    assert figures["title"] is None and figures["comments"] == 3
    assert figures["participants"] == 2
    assert figures["by_author"] == [  # most first
        {"author": None, "comments": 2},
        {"author": "Ann", "comments": 1},
    ]


def test_stats_text_names_the_nameless(capsys, tmp_path) -> None:
    text = "T\n\n3 replies\n  1. Ann says:\n    Hi.\n  2. x\n    Hm.\n  3. y\n    Ho.\n"
    _, out, _ = run(capsys, "stats", write(tmp_path, text))
    assert "  Ann" in out


def test_hand_made_objects_have_plain_defaults() -> None:
    c = Comment(author="Ann")
    assert (c.header, c.marker, c.number, c.date, c.depth, c.kind) == (
        "", None, None, None, 0, "comment"
    )  # fmt: skip
    assert c.blocks == [] and c.meta == [] and c.children == [] and c.parent is None
    assert Comment(author="Bob").children is not c.children
    page = Page()
    assert (page.title, page.declared_count, page.closed, page.dialect) == (
        None, None, False, "resiliparse"
    )  # fmt: skip
    assert page.article == Article() and page.article.blocks == [] and page.comments == []
    assert page.furniture == [] and page.warnings == [] and page.ends_with_newline is True
    assert Page().comments is not page.comments
    assert Furniture("x").role == "other" and Meta("y").role == "other"
    assert Quote("q").explicit is False and Paragraph("p").marker is None
    assert Paragraph(text="kw").text == "kw" and Quote(text="kw", explicit=True).explicit


def test_round_trips_keep_the_dialect_and_a_missing_last_newline() -> None:
    for page in (
        threadparse.parse(DUMP, dialect="lynx"),
        threadparse.parse(DUMP.rstrip("\n")),
    ):
        for copy in (threadparse.loads(threadparse.dumps(page)), pickle.loads(pickle.dumps(page))):
            assert copy == page
            assert copy.dialect == page.dialect
            assert copy.ends_with_newline == page.ends_with_newline
    assert threadparse.parse(DUMP.rstrip("\n")).ends_with_newline is False


# --- added for the survivors of the mutation run on this session's CLI ------------------


def test_speaks_unicode_reads_the_stream_encoding() -> None:
    class Stream(io.StringIO):
        def __init__(self, encoding: str | None) -> None:
            super().__init__()
            self._encoding = encoding

        @property
        def encoding(self) -> str | None:  # type: ignore[override]
            return self._encoding

    assert cli.speaks_unicode(Stream("utf-8")) and cli.speaks_unicode(Stream("UTF8"))
    assert cli.speaks_unicode(Stream(None))  # unknown: assume UTF-8
    assert not cli.speaks_unicode(Stream("cp1252"))
    assert not cli.speaks_unicode(Stream("no-such-codec"))


def test_stats_json_on_an_output_without_unicode(tmp_path) -> None:
    path = write(tmp_path, "标题\n\n正文。\n\n1 reply\n  1. 李雷 says:\n    你好\n")
    env = {**child_env(), "PYTHONIOENCODING": "cp1252"}
    result = subprocess.run(
        [sys.executable, "-m", "threadparse", "stats", "--json", path],
        capture_output=True, env=env, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.decode("cp1252"))
    assert figures["title"] == "标题" and figures["by_author"][0]["author"] == "李雷"
    assert b"\\u" in result.stdout


def test_an_interrupt_while_writing_exits_130(capsys, monkeypatch, dump) -> None:
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setitem(cli.COMMANDS, "json", interrupted)
    assert cli.main(["json", dump]) == 130


def test_stats_text_of_nameless_comments_without_a_count(capsys, tmp_path) -> None:
    text = (
        "T\n\n  1. Ann says:\n    Hi.\n"
        "  2. This long first line is a sentence of the body, not anybody's name at all.\n"
        "    More of it.\n"
    )
    _, out, _ = run(capsys, "stats", write(tmp_path, text))
    rows = dict(line.split("  ", 1) for line in out.splitlines() if "  " in line)
    assert re.search(r"^declared +$", out, re.M)
    assert re.search(r"^  \(no name\) +1$", out, re.M) and re.search(r"^  Ann +1$", out, re.M)
    assert rows


def test_warnings_are_plural_from_two(tmp_path) -> None:
    one = "      Deep.\n    Shallow.\n"
    text = f"Odd\n\nBody.\n\n  1. Ann says:\n{one}  2. Bo says:\n{one}"
    page = threadparse.parse(text)
    assert len(page.warnings) == 2
    assert "· 2 warnings" in render(page_view(page))


def test_dumps_keeps_unicode_and_indents_when_asked() -> None:
    page = threadparse.parse("Zoë's post\n\nBody.\n\n1 reply\n  1. Zoë says:\n    Hi.\n")
    flat = threadparse.dumps(page)
    assert "Zoë" in flat and "\\u00eb" not in flat and "\n" not in flat
    indented = threadparse.dumps(page, indent=2)
    assert indented.startswith('{\n  "format"') and threadparse.loads(indented) == page


def test_stats_by_depth_has_one_entry_per_level() -> None:
    page = threadparse.parse("T\n\n2 replies\n  1. Ann says:\n    Hi\n    • Bob says:\n      Yo\n")
    assert stats(page)["by_depth"] == [1, 1]
    assert stats(Page())["by_depth"] == [] and stats(Page())["max_depth"] == 0
