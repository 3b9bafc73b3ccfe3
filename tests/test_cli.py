"""The command line, driven as a user would: subprocesses, files, stdin and pipes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import threadparse
from conftest import EXAMPLES

SMALL = str(EXAMPLES / "small.txt")
AWKWARD = str(EXAMPLES / "awkward.txt")


def run(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None):
    full_env = {**os.environ, "COLUMNS": "80", **(env or {})}
    full_env.pop("NO_COLOR", None) if env is None or "NO_COLOR" not in env else None
    return subprocess.run(
        [sys.executable, "-m", "threadparse", *args], input=stdin, capture_output=True,
        env=full_env, timeout=60,
    )  # fmt: skip


def test_show_prints_the_tree_plainly_when_piped() -> None:
    result = run("show", SMALL, "--width", "70")
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr
    assert "\x1b[" not in out  # not a terminal: no escape codes
    assert "├── Tobias Wren  #1" in out and "│       └── Tobias Wren" in out
    assert max(len(line) for line in out.splitlines()) <= 70


def test_show_reads_stdin() -> None:
    data = (EXAMPLES / "small.txt").read_bytes()
    assert run("show", "-", stdin=data).stdout == run("show", SMALL).stdout


def test_show_options() -> None:
    full = run("show", SMALL, "--full").stdout.decode()
    assert "Three pages of complaints about the noise." in full
    depth = run("show", SMALL, "--depth", "0").stdout.decode()
    assert "Marta" not in depth.split("comments\n", 1)[1] and "hidden by --depth" in depth
    author = run("show", SMALL, "--author", "Ines Calloway").stdout.decode()
    assert "Ines Calloway" in author and "quietharbour" not in author


@pytest.mark.parametrize("how", ["flag", "env"])
def test_no_color_even_on_a_terminal(how: str) -> None:
    env = {"FORCE_COLOR": "1", "TERM": "xterm-256color"}
    args = ["show", SMALL]
    if how == "flag":
        args.append("--no-color")
    else:
        env["NO_COLOR"] = "1"
    forced = run("show", SMALL, env={"FORCE_COLOR": "1", "TERM": "xterm-256color"})
    assert "\x1b[" in forced.stdout.decode()  # colour when forced to a terminal
    out = run(*args, env=env).stdout.decode()
    assert not any(f"\x1b[{n}" in out for n in range(30, 39))  # no colour codes


@pytest.mark.parametrize("suffix", [".svg", ".html", ".txt"])
def test_export(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"thread{suffix}"
    result = run("show", SMALL, "--export", str(target))
    assert result.returncode == 0, result.stderr
    content = target.read_text(encoding="utf-8")
    assert "Tobias" in content
    if suffix == ".svg":
        assert content.lstrip().startswith("<svg")


def test_export_with_an_unknown_suffix_is_a_usage_error(tmp_path: Path) -> None:
    result = run("show", SMALL, "--export", str(tmp_path / "x.png"))
    assert result.returncode == 2 and b"--export" in result.stderr


def test_json_round_trips() -> None:
    result = run("json", SMALL)
    page = threadparse.loads(result.stdout)
    assert page == threadparse.parse_file(SMALL)


def test_json_rows_are_jsonl() -> None:
    lines = run("json", "--rows", SMALL).stdout.decode().splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) == 5
    assert set(rows[0]) >= {"id", "parent_id", "depth", "path", "author", "date", "text", "span"}
    assert [(r["path"], r["parent_id"]) for r in rows] == [
        ("1", None),
        ("1.1", 0),
        ("1.1.1", 1),
        ("2", None),
        ("3", None),
    ]


def test_stats() -> None:
    out = run("stats", SMALL).stdout.decode()
    assert re.search(r"^comments +5$", out, re.M) and re.search(r"^closed +yes$", out, re.M)
    figures = json.loads(run("stats", "--json", SMALL).stdout)
    assert figures == {
        "title": "Why the Lighthouse Keeper Kept a Logbook",
        "comments": 5,
        "declared": 5,
        "top_level": 3,
        "max_depth": 2,
        "closed": True,
        "warnings": 0,
        "participants": 4,
        "by_depth": [3, 1, 1],
        "by_author": [
            {"author": "Tobias Wren", "comments": 2},
            {"author": "Marta Ilves", "comments": 1},
            {"author": "quietharbour", "comments": 1},
            {"author": "Ines Calloway", "comments": 1},
        ],
        "links": {"nesting": 5, "quote": 0, "mention": 0, "reference": 0, "to_article": 3},
        "who_answers_whom": [
            {"author": "Marta Ilves", "answers": "Tobias Wren", "replies": 1},
            {"author": "Tobias Wren", "answers": "Marta Ilves", "replies": 1},
        ],
        "longest_chain": 3,
        "response_seconds": {"measured": 0, "median": None, "min": None, "max": None},
        "quoting_share": 0.2,
    }


def test_missing_file() -> None:
    result = run("show", "no/such/file.txt")
    assert result.returncode == 1
    assert result.stderr.decode().strip() == "no/such/file.txt: error: No such file or directory"


def test_directory(tmp_path: Path) -> None:
    result = run("stats", str(tmp_path))
    assert result.returncode == 1 and b"is a directory" in result.stderr


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    result = run("show", str(path))
    assert result.returncode == 1
    assert (
        result.stderr.decode().strip()
        == f"{path}:3:1: error: binary file (NUL bytes), not a text dump"
    )


def test_strict_error_names_file_line_and_column() -> None:
    result = run("show", "--strict", AWKWARD)
    assert result.returncode == 1
    (line,) = result.stderr.decode().splitlines()
    assert line.startswith(f"{AWKWARD}:14:19: error: indentation 18 matches no open level")
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["show"],
        ["show", SMALL, "--depth", "x"],
        ["frobnicate", SMALL],
        ["show", SMALL, "--width", "5"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert b"usage:" in result.stderr and b"Traceback" not in result.stderr


def test_closed_pipe_is_quiet(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    from generate import wide

    big.write_text(wide(3000), encoding="utf-8")
    shell = f"{sys.executable} -m threadparse json --rows {big} | head -n 1"
    result = subprocess.run(shell, shell=True, capture_output=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.count(b"\n") == 1
    assert result.stderr == b"", result.stderr


def test_version() -> None:
    assert run("--version").stdout.decode().strip() == f"threadparse {threadparse.__version__}"


def test_warnings_are_listed_with_file_line_and_column() -> None:
    result = run("stats", "--warnings", AWKWARD)
    assert result.returncode == 0
    lines = result.stderr.decode().splitlines()
    page = threadparse.parse_file(AWKWARD)
    assert len(lines) == len(page.warnings) >= 1
    first = page.warnings[0]
    assert lines[0] == (
        f"{AWKWARD}:{first.span.start_line}:{first.column}: warning: {first.message} [{first.code}]"
    )
    assert run("stats", AWKWARD).stderr == b""  # only when asked


def test_one_warning_is_singular(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("Title\n    a\n  b\n", encoding="utf-8")
    out = run("show", str(path)).stdout.decode()
    assert "· 1 warning" in out and "1 warnings" not in out


@pytest.mark.parametrize("command", [["show"], ["json"], ["json", "--rows"], ["stats"]])
def test_an_output_that_cannot_take_every_character(tmp_path: Path, command) -> None:
    path = tmp_path / "cjk.txt"
    text = "标题 🎉\n\n正文。\n\n1 reply\n  1. 李雷 says:\n    你好 🎉\n"
    path.write_text(text, encoding="utf-8")
    result = run(*command, str(path), env={"PYTHONIOENCODING": "cp1252"})
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    out = result.stdout.decode("cp1252")
    if command[0] == "json":  # escaped, so the JSON is still exact
        first = json.loads(out.splitlines()[0] if "--rows" in command else out)
        assert first["author" if "--rows" in command else "title"] in ("李雷", "标题 🎉")
    else:
        assert "?" in out


def _shell(command: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(command, shell=True, capture_output=True, timeout=60)


def test_closed_stdout_stdin_and_stderr_are_one_line_and_a_status() -> None:
    me = f"{sys.executable} -m threadparse"
    closed_out = _shell(f"{me} show {SMALL} >&-")
    assert closed_out.returncode == 1
    assert closed_out.stderr.decode().strip() == "threadparse: error: standard output is closed"
    closed_in = _shell(f"{me} stats - <&-")
    assert closed_in.returncode == 1
    assert closed_in.stderr.decode().strip() == "<stdin>: error: standard input is closed"
    closed_err = _shell(f"{me} show no/such/file 2>&-")
    assert closed_err.returncode == 1 and closed_err.stdout == b""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_write_error_is_not_blamed_on_the_input() -> None:
    result = _shell(f"{sys.executable} -m threadparse json {SMALL} > /dev/full")
    assert result.returncode == 1
    message = result.stderr.decode().strip()
    assert message == "threadparse: error: cannot write the output: No space left on device"


def test_width_below_the_minimum_says_the_minimum() -> None:
    result = run("show", SMALL, "--width", "-5")
    assert result.returncode == 2
    assert b"width must be at least 20 columns, not -5" in result.stderr


def test_a_huge_one_line_title_is_cut_to_the_width(tmp_path: Path) -> None:
    path = tmp_path / "one-line.txt"
    path.write_text("word " * 1_000_000 + "\n", encoding="utf-8")  # 5 MB, one line
    result = run("show", str(path), "--width", "60")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert lines[0].endswith("…") and len(lines[0]) == 60
    assert len(result.stdout) < 2_000


def test_full_keeps_a_blank_line_between_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "two.txt"
    path.write_text(
        "T\n\n1 reply\n  1. Ann says:\n    First paragraph.\n\n    Second one.\n",
        encoding="utf-8",
    )
    lines = run("show", str(path), "--full", "--no-color").stdout.decode().splitlines()
    at = next(i for i, line in enumerate(lines) if "First paragraph." in line)
    assert lines[at + 1].strip(" │") == "" and "Second one." in lines[at + 2]


def test_json_indent_is_applied() -> None:
    flat = run("json", SMALL).stdout.decode()
    indented = run("json", SMALL, "--indent", "3").stdout.decode()
    assert "\n" not in flat.rstrip("\n")
    assert indented.splitlines()[1].startswith('   "format"')
    assert json.loads(flat) == json.loads(indented)


def test_dialect_is_a_label_and_says_so() -> None:
    help_text = run("json", "--help").stdout.decode()
    assert "label" in " ".join(help_text.split())
    labelled = json.loads(run("json", SMALL, "--dialect", "lynx").stdout)
    detected = json.loads(run("json", SMALL).stdout)
    assert labelled["dialect"] == "lynx" and detected["dialect"] == "resiliparse"
    assert labelled["comments"] == detected["comments"]
