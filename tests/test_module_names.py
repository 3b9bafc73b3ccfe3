"""No module binds one top-level name twice: the second binding silently replaces the
first at import, and every use of the first then runs the second's pattern or code
(two `_CLOCK` and two `_LINK_TEXT` patterns in `posts` did so before round 12)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).resolve().parent.parent / "src" / "threadparse").rglob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: path.parent.name + "/" + path.name)
def test_each_top_level_name_is_bound_once(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    twice = sorted(name for name, count in Counter(_top_level_names(tree)).items() if count > 1)
    assert not twice, f"{path.name} binds these names more than once: {twice}"
