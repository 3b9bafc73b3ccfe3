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
    assert figures["comments"] == "5" and figures["max depth"] == "2"
    assert figures["depth 0"] == "3" and figures["  Tobias Wren"] == "2"


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
