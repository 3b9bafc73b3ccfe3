"""The wheel carries the grammar: build it, install it in a fresh venv outside the
source tree, and parse a bundled example from there. Its metadata declares the license,
the Pythons and the project's addresses; the lowest dependency versions that
pyproject.toml allows are the ones CI tests (``.ci/minimum-versions.txt``). Also: the
code is ruff- and mypy-clean."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import venv
import zipfile
from email.parser import HeaderParser
from pathlib import Path

import pytest
from packaging.version import Version

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
    _check_metadata(wheel)
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


def _pyproject() -> dict[str, object]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _check_metadata(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        (name,) = [n for n in zf.namelist() if n.endswith(".dist-info/METADATA")]
        meta = HeaderParser().parsestr(zf.read(name).decode("utf-8"))
        licenses = [n for n in zf.namelist() if n.endswith("licenses/LICENSE")]
        assert licenses, zf.namelist()
        assert zf.read(licenses[0]).decode() == (REPO / "LICENSE").read_text()
    assert meta["License-Expression"] == "MIT"
    assert meta["License-File"] == "LICENSE"
    assert meta["Requires-Python"] == ">=3.10"
    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL"))
    assert {"Homepage", "Source", "Issues"} <= set(urls)
    classifiers = meta.get_all("Classifier")
    assert "Typing :: Typed" in classifiers
    assert "Programming Language :: Python :: 3.10" in classifiers


def test_license_is_the_full_mit_text() -> None:
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n\nCopyright (c) ")
    assert "Permission is hereby granted, free of charge" in text
    assert 'THE SOFTWARE IS PROVIDED "AS IS"' in text
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]


def test_python_classifiers_match_requires_python() -> None:
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    low = re.fullmatch(r">=3\.(\d+)", project["requires-python"])
    assert low is not None
    minors = sorted(
        int(c.rsplit(".", 1)[1])
        for c in project["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    )
    assert minors and minors[0] == int(low.group(1))
    assert minors == list(range(minors[0], minors[-1] + 1))


def test_ci_tests_the_declared_minimum_versions() -> None:
    """Each dependency's lower bound in pyproject.toml is pinned in
    .ci/minimum-versions.txt, which .ci/run installs to run the suite on."""
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    declared = {}
    for requirement in project["dependencies"]:
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)>=([0-9.]+)(?:,<[0-9.]+)?", requirement)
        assert match, f"a dependency without a lower bound: {requirement}"
        declared[match.group(1).lower()] = Version(match.group(2))
    pinned = {}
    for line in (REPO / ".ci" / "minimum-versions.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pinned[name] = Version(version)
    assert pinned == declared
    ci = (REPO / ".ci" / "run").read_text()
    assert "-c .ci/minimum-versions.txt" in ci
