"""The wheel carries the grammar: build it, install it in a fresh venv outside the
source tree, and parse a bundled example from there. Also: the code is ruff-clean."""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import EXAMPLES, REPO


@pytest.mark.slow
def test_wheel_installs_and_parses_outside_the_tree(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    (wheel,) = dist.glob("threadparse-*.whl")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
        check=True,
        capture_output=True,
        text=True,
    )
    example = shutil.copy(EXAMPLES / "small.txt", tmp_path / "small.txt")
    code = (
        "import threadparse, sys, pathlib\n"
        "from importlib import resources\n"
        "assert 'venv' in threadparse.__file__, threadparse.__file__\n"
        "assert (resources.files('threadparse') / 'grammar' / 'thread.lark').is_file()\n"
        "assert (resources.files('threadparse') / 'py.typed').is_file()\n"
        "page = threadparse.parse_file(sys.argv[1])\n"
        "print(page.title, len(page))\n"
    )
    out = subprocess.run(
        [str(python), "-c", code, str(example)],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert out.stdout.strip() == "Why the Lighthouse Keeper Kept a Logbook 5"
    cli = subprocess.run(
        [str(env_dir / "bin" / "threadparse"), "stats", str(example)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert cli.returncode == 0, cli.stderr


def _tool(name: str) -> str:
    """A test extra's command, from PATH or beside this interpreter; skip without it."""
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        pytest.skip(f"{name} is not installed (pip install -e '.[test]' brings it)")
    return found


@pytest.mark.parametrize("command", [["ruff", "check", "."], ["mypy", "--strict", "src"]])
def test_code_checks(command: list[str]) -> None:
    result = subprocess.run(
        [_tool(command[0]), *command[1:]], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
