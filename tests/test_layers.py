"""The post-list package reads a page in layers: each module of `threadparse.posts`
imports only the modules its package docstring lists before it, and none of them
reaches up the data path to the model, the transformer or the renderers (text → lines
→ outline → posts → transform → model → render). The modules `transform` reads the
outline with (`names`, `nodes`, `mend`, `blocks`, `rehang`) are layers too, under it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import threadparse.posts

PACKAGE = Path(threadparse.posts.__file__).resolve().parent
ORDER = [
    "shapes",
    "post",
    "stamps",
    "prose",
    "authors",
    "bodies",
    "depths",
    "signatures",
    "templates",
    "reading",
    "layouts",
    "find",
]
ABOVE = {"threadparse.transform", "threadparse.model", "threadparse.render", "threadparse.parser"}


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_the_order_names_every_module() -> None:
    modules = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"}
    assert modules == set(ORDER)
    docstring = threadparse.posts.__doc__ or ""
    places = [docstring.index(f"`{name}`") for name in ORDER]
    assert places == sorted(places), "the package docstring lists the modules in another order"


@pytest.mark.parametrize("name", ORDER)
def test_a_module_imports_only_the_layers_under_it(name: str) -> None:
    imported = _imported(PACKAGE / f"{name}.py")
    siblings = {m.split(".")[2] for m in imported if m.startswith("threadparse.posts.")}
    later = sorted(s for s in siblings if ORDER.index(s) >= ORDER.index(name))
    assert not later, f"posts.{name} imports posts.{later}, not listed before it"
    assert not imported & ABOVE, f"posts.{name} reaches up the data path: {imported & ABOVE}"


def test_a_layer_that_imports_a_later_one_fails(tmp_path: Path) -> None:
    """The check above can fail: a module importing a later layer is caught."""
    bad = tmp_path / "stamps.py"
    bad.write_text("from threadparse.posts.find import find_posts\n", encoding="utf-8")
    siblings = {m.split(".")[2] for m in _imported(bad) if m.startswith("threadparse.posts.")}
    assert any(ORDER.index(s) >= ORDER.index("stamps") for s in siblings)


# the modules `transform` reads the outline with: each below it on the data path, in
# this order (a module imports only those before it; the model they build, never
# `transform` or what reads its pages)
TRANSFORM_PARTS = ["names", "nodes", "mend", "blocks", "rehang"]
OVER_TRANSFORM = {
    f"threadparse.{name}" for name in ("transform", "parser", "render", "export", "cli", "batch")
}
SOURCE = PACKAGE.parent


@pytest.mark.parametrize("name", TRANSFORM_PARTS)
def test_transform_parts_stay_under_it(name: str) -> None:
    imported = _imported(SOURCE / f"{name}.py")
    assert not imported & OVER_TRANSFORM, f"{name} reaches up: {imported & OVER_TRANSFORM}"
    parts = {m.split(".")[1] for m in imported if m.startswith("threadparse.")}
    later = sorted(
        p
        for p in parts & set(TRANSFORM_PARTS)
        if TRANSFORM_PARTS.index(p) >= TRANSFORM_PARTS.index(name)
    )
    assert not later, f"{name} imports {later}, not listed before it"
