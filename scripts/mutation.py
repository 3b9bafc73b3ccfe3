"""Mutation testing of the display layer (cli, render, export, model): a small AST mutator.

Run from the repository root (two workers, all 872 mutants; 21.5 minutes on this
project's 2-core machine with tests/test_display_behaviour.py in place, which kills most
mutants within a few seconds; without it survivors run every selected test and a full run
takes over an hour, so use --fraction to sample):

    .venv/bin/python scripts/mutation.py --jobs 2 --results /tmp/mutation-results.json

Other uses:

    .venv/bin/python scripts/mutation.py --list                  # the mutants, not run
    .venv/bin/python scripts/mutation.py --show render.py:17     # one mutant's diff
    .venv/bin/python scripts/mutation.py --only model.py         # one module
    .venv/bin/python scripts/mutation.py --sample 150 --seed 1   # a random sample
    .venv/bin/python scripts/mutation.py --fraction 0.35 --seed 1  # 35 % of each module
    .venv/bin/python scripts/mutation.py --rerun /tmp/mutation-results.json  # its survivors only
    .venv/bin/python scripts/mutation.py --skip-results a.json       # the mutants a.json lacks
    .venv/bin/python scripts/mutation.py --merge a.json b.json       # one summary (b wins)

Why not mutmut: mutmut 3 finds which tests reach a mutant by running them in-process
and records nothing from subprocesses, so every mutant of cli.py (which the CLI tests
drive with ``python -m threadparse``) was "not covered by any test" and none was run.

How it works: each mutant is the whole module parsed, one AST node changed and written
back with ``ast.unparse`` (comments and layout go; behaviour stays, and the baseline
below checks that the unparsed modules pass the tests). Each worker has its own copy of
src/, tests/, grammar/, examples/ and pyproject.toml (with ``shared`` linked beside it,
as the tests look for ``REPO.parent / "shared"``); a mutant is written into that copy and
the chosen tests run there as ``python -m pytest -x -q -p no:cacheprovider`` with
PYTHONPATH at the copy's src (so ``python -m threadparse`` subprocesses see the mutant
too), no bytecode written or read from the copy, and a per-mutant timeout.

Verdicts: "killed" (the tests failed, or pytest could not even load conftest.py: exit
status 4 without "file or directory not found"), "timeout" (counts as killed),
"survived" (the tests passed), "errorN" (pytest's exit status N, any other: reported,
counted as not killed). Score = (killed + timeout) / all. Mutants judged equivalent are
listed in EQUIVALENT below (by module, enclosing function and the change, not by line)
and reported apart: "score excluding equivalent" leaves them out of the count.

Mutation operators: comparison flips (< <=, > >=, == !=, is / is not, in / not in),
arithmetic (+ -, * /, // /), augmented assignment (+= -=), and / or, dropping ``not``
and unary minus, True / False, integers n -> n + 1, strings s -> "XX" + s + "XX" (and
f-strings likewise), ``return x`` -> ``return None``, a call or ``yield`` statement ->
``pass``, ``x = expr`` -> ``x = None``, a keyword argument dropped from a call,
``reversed(x)``/``sorted(x)``/``bool(x)``/``str(x)``/``int(x)`` -> ``x``, and
``break`` / ``continue`` swapped. Not mutated: docstrings (doctests run as tests),
annotations, imports, ``if __name__ == "__main__"``, argparse ``help=`` /
``description=`` texts, and decorators (``@attrs.define(slots=True, repr=False)``: how
attrs builds the class, mostly not behaviour).
"""

from __future__ import annotations

import argparse
import ast
import copy
import difflib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = "src/threadparse"
MODULES = ["cli.py", "render.py", "export.py", "model.py"]
# The tests run for a mutant of each module: those that reach the module (test_files and
# test_reference parse and walk pages, so they reach model.py only; cli.py is reached by
# test_cli and the new tests only). Fast, in-process tests first: with -x the first
# failure ends the run. --all-tests runs every listed file for every module.
NEW = "tests/test_display_behaviour.py"
TESTS = {
    "cli.py": [f"{PACKAGE}/cli.py", NEW, "tests/test_cli.py"],
    "render.py": [f"{PACKAGE}/render.py", NEW, "tests/test_render.py", "tests/test_cli.py"],
    "export.py": [f"{PACKAGE}/export.py", NEW, "tests/test_cli.py", "tests/test_deep.py"],
    "model.py": [
        f"{PACKAGE}/model.py", NEW, "tests/test_render.py", "tests/test_files.py",
        "tests/test_reference.py", "tests/test_cli.py", "tests/test_deep.py",
    ],
}  # fmt: skip
ALL_TESTS = [
    *(f"{PACKAGE}/{m}" for m in MODULES), NEW, "tests/test_render.py", "tests/test_files.py",
    "tests/test_reference.py", "tests/test_cli.py", "tests/test_deep.py",
]  # fmt: skip
COPY = ["src", "tests", "grammar", "examples", "pyproject.toml"]

# Mutants judged equivalent (no observable behaviour changes): key -> reason.
# Keys are "module::enclosing function::operator: original -> mutated" as --list prints.
CONSOLE = (
    "Console(width=args.width, no_color=no_color, color_system=None if no_color else 'auto', r…"
)
EQUIVALENT: dict[str, str] = {
    # cli.py
    "cli.py::_show::unwrap: bool(os.environ.get('NO_COLOR')) -> os.environ.get('NO_COLOR')": (
        "no_color is only tested for truth; when NO_COLOR is unset, Console(no_color=None) "
        "reads the same unset variable itself"
    ),
    f"cli.py::_show::kwarg: {CONSOLE} -> Console(width=args.width, color_system=None if "
    "no_color else 'auto', record=export is not…": (
        "no_color=True comes with color_system=None, which already drops every style from "
        "the terminal output; rich's save_svg/save_html/save_text ignore no_color"
    ),
    f"cli.py::_show::kwarg: {CONSOLE} -> Console(width=args.width, no_color=no_color, "
    "color_system=None if no_color else 'auto', r…": (
        "highlight= dropped: rich highlights str renderables only; page_view draws Text "
        "and Segments"
    ),
    f"cli.py::_show::kwarg: {CONSOLE} -> Console(width=args.width, no_color=no_color, "
    "color_system=None if no_color else 'auto', r… #2": "soft_wrap=False is Console's default",
    "cli.py::_show::bool: False -> True": (
        "highlight=True: rich highlights str renderables only; page_view draws Text and Segments"
    ),
    "cli.py::_show::kwarg: RenderOptions(full=args.full, max_depth=args.depth, author=args.author, "
    "width=console.wid… -> RenderOptions(full=args.full, max_depth=args.depth, "
    "author=args.author)": (
        "PageView fills a missing width from options.max_width, which is console.width"
    ),
    "cli.py::_show::unwrap: str(export) -> export": "rich's save_svg open()s a Path as well",
    "cli.py::_show::unwrap: str(export) -> export #2": "rich's save_html open()s a Path as well",
    "cli.py::_show::unwrap: str(export) -> export #3": "rich's save_text open()s a Path as well",
    # render.py
    "render.py::RenderOptions.depth_cap::int: 100 -> 101": "(100 - 36) // 4 == (101 - 36) // 4",
    "render.py::_label::string: 'ellipsis' -> 'XXellipsisXX'": (
        "a one-line label's own overflow is never used: GuideTree truncates it with "
        "overflow='ellipsis' given explicitly"
    ),
    "render.py::GuideTree.__rich_console__::kwarg: line.truncate(room, overflow='ellipsis') -> "
    "line.truncate(room)": (
        "every one-line label comes from _label, whose overflow is already 'ellipsis'"
    ),
    "render.py::GuideTree.__rich_console__::compare: '\\n' not in label.plain -> "
    "'\\n' in label.plain": (
        "one-line labels then go through console.render_lines, which cuts them the same way "
        "(the fast path is an optimisation)"
    ),
    "render.py::GuideTree.__rich_console__::string: '\\n' -> 'XX\\nXX'": (
        "no no_wrap label holds a newline, so both tests are always true"
    ),
    "render.py::stats_lines::unwrap: sorted(depths) -> depths": (
        "a depth-first walk meets depth d + 1 only after depth d, so the Counter's order is "
        "already sorted"
    ),
    # export.py
    "export.py::_comment_rows::bool: True -> False": "the with_page parameter is never read",
    "export.py::_unblock::unwrap: bool(data.get('explicit', False)) -> "
    "data.get('explicit', False)": (
        "to_dict writes a bool there; only hand-made data with a non-bool could tell"
    ),
    # model.py
    "model.py::<module>::string: 'comment' -> 'XXcommentXX'": "CommentKind is a typing alias",
    "model.py::<module>::string: 'pingback' -> 'XXpingbackXX'": "CommentKind is a typing alias",
    "model.py::<module>::string: 'trackback' -> 'XXtrackbackXX'": "CommentKind is a typing alias",
    "model.py::_TextBlock::kwarg: attrs.field(alias='text', eq=_as_text) -> "
    "attrs.field(eq=_as_text)": (
        "attrs' default alias for the private field _text is already 'text'"
    ),
    "model.py::_no_recursion_eq::kwarg: zip(x.children, y.children, strict=True) -> "
    "zip(x.children, y.children)": "the lengths are compared on the line before",
    "model.py::_no_recursion_eq::bool: True -> False": (
        "zip(strict=False): the lengths are compared on the line before"
    ),
    "model.py::Page.__eq__::kwarg: zip(self.comments, other.comments, strict=True) -> "
    "zip(self.comments, other.comments)": "the lengths are compared on the line before",
    "model.py::Page.__eq__::bool: True -> False": (
        "zip(strict=False): the lengths are compared on the line before"
    ),
    "model.py::Comment.__reduce__::kwarg: _comment_rows([self], with_page=False) -> "
    "_comment_rows([self])": "the with_page parameter is never read",
    "model.py::Comment.__reduce__::bool: False -> True": "the with_page parameter is never read",
}


@dataclass
class Mutant:
    id: str  # module:index
    module: str
    index: int  # position among the module's mutants
    node: int  # preorder index of the node in the module's AST
    op: str
    line: int
    where: str  # enclosing class/function
    original: str
    mutated: str
    key: str = ""
    status: str = "pending"
    seconds: float = 0.0
    detail: str = ""


# --- the AST walk ---------------------------------------------------------------------


def preorder(tree: ast.AST) -> list[tuple[ast.AST, ast.AST | None, str | None, int | None]]:
    """Every node with its parent, the parent's field holding it and the list index."""
    out: list[tuple[ast.AST, ast.AST | None, str | None, int | None]] = []
    stack: list[tuple[ast.AST, ast.AST | None, str | None, int | None]] = [(tree, None, None, None)]
    while stack:
        node, parent, field, index = stack.pop()
        out.append((node, parent, field, index))
        children = []
        for name, value in ast.iter_fields(node):
            if isinstance(value, list):
                children += [
                    (x, node, name, i) for i, x in enumerate(value) if isinstance(x, ast.AST)
                ]
            elif isinstance(value, ast.AST):
                children.append((value, node, name, None))
        stack.extend(reversed(children))
    return out


def skipped(tree: ast.AST) -> set[int]:
    """ids of the nodes (with their subtrees) that are never mutated."""
    roots: list[ast.AST] = []
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            roots.append(body[0])  # docstring
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns:
            roots.append(node.returns)
        if isinstance(node, ast.arg) and node.annotation:
            roots.append(node.annotation)
        if isinstance(node, ast.AnnAssign):
            roots.append(node.annotation)
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            roots.append(node)
        if isinstance(node, ast.If) and "__main__" in ast.unparse(node.test):
            roots.append(node)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            roots += node.decorator_list  # attrs.define(slots=True, repr=False, ...)
        if isinstance(node, ast.keyword) and node.arg in ("help", "description"):
            roots.append(node)
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in ("CommentKind", "Block") for t in node.targets
        ):
            roots.append(node)  # type aliases
    out: set[int] = set()
    for root in roots:
        out.update(id(n) for n in ast.walk(root))
    return out


def enclosing(tree: ast.AST) -> dict[int, str]:
    """id(node) -> the qualified name of the class/function around it."""
    names: dict[int, str] = {}

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            here = prefix
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                here = f"{prefix}.{child.name}" if prefix else child.name
            names[id(child)] = here or "<module>"
            visit(child, here)

    names[id(tree)] = "<module>"
    visit(tree, "")
    return names


CMP_SWAP = {
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.Is: ast.IsNot, ast.IsNot: ast.Is,
    ast.In: ast.NotIn, ast.NotIn: ast.In,
}  # fmt: skip
BIN_SWAP = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult,
            ast.FloorDiv: ast.Div, ast.Mod: ast.Mult}  # fmt: skip
UNWRAP = {"reversed", "sorted", "bool", "str", "int"}


def operators(node: ast.AST, parent: ast.AST | None, field: str | None) -> list[str]:
    """The operators that apply to ``node`` (names; `apply` does them)."""
    ops: list[str] = []
    if isinstance(node, ast.Compare):
        ops += [f"compare{i}" for i, op in enumerate(node.ops) if type(op) in CMP_SWAP]
    elif isinstance(node, ast.BinOp) and type(node.op) in BIN_SWAP:
        ops.append("binop")
    elif isinstance(node, ast.AugAssign) and type(node.op) in (ast.Add, ast.Sub):
        ops.append("augassign")
    elif isinstance(node, ast.BoolOp):
        ops.append("boolop")
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Not, ast.USub)):
        ops.append("unary")
    elif isinstance(node, ast.Constant):
        if isinstance(parent, ast.JoinedStr):
            return ops  # an f-string's text is mutated as a whole
        if isinstance(node.value, bool):
            ops.append("bool")
        elif isinstance(node.value, int):
            ops.append("int")
        elif isinstance(node.value, str) and field != "format_spec":
            ops.append("string")
    elif isinstance(node, ast.JoinedStr) and not isinstance(parent, ast.FormattedValue):
        ops.append("fstring")
    elif isinstance(node, ast.Return):
        if node.value is not None and not (
            isinstance(node.value, ast.Constant) and node.value.value is None
        ):
            ops.append("return")
    elif isinstance(node, ast.Expr) and isinstance(
        node.value, (ast.Call, ast.Yield, ast.YieldFrom)
    ):
        ops.append("remove")
    elif isinstance(node, ast.Assign) and not isinstance(node.value, ast.Constant):
        ops.append("assign")
    elif isinstance(node, ast.Call):
        ops += [
            f"kwarg{i}"
            for i, k in enumerate(node.keywords)
            if k.arg is not None and k.arg not in ("help", "description")
        ]
        if (
            isinstance(node.func, ast.Name)
            and node.func.id in UNWRAP
            and len(node.args) == 1
            and not node.keywords
            and not isinstance(node.args[0], ast.Starred)
        ):
            ops.append("unwrap")
    elif isinstance(node, (ast.Break, ast.Continue)):
        ops.append("loopjump")
    return ops


def apply(node: ast.AST, op: str) -> ast.AST:
    """The replacement for ``node`` under ``op`` (a new node; ``node`` is not changed)."""
    new = copy.deepcopy(node)
    if op.startswith("compare"):
        i = int(op[7:])
        new.ops[i] = CMP_SWAP[type(new.ops[i])]()
    elif op == "binop":
        new.op = BIN_SWAP[type(new.op)]()
    elif op == "augassign":
        new.op = ast.Sub() if isinstance(new.op, ast.Add) else ast.Add()
    elif op == "boolop":
        new.op = ast.Or() if isinstance(new.op, ast.And) else ast.And()
    elif op == "unary":
        return new.operand
    elif op == "bool":
        new.value = not new.value
    elif op == "int":
        new.value = new.value + 1
    elif op == "string":
        new.value = "XX" + new.value + "XX"
    elif op == "fstring":
        new.values = [ast.Constant("XX"), *new.values, ast.Constant("XX")]
    elif op == "return":
        new.value = ast.Constant(None)
    elif op == "remove":
        return ast.Pass()
    elif op == "assign":
        new.value = ast.Constant(None)
    elif op.startswith("kwarg"):
        del new.keywords[int(op[5:])]
    elif op == "unwrap":
        return new.args[0]
    elif op == "loopjump":
        return ast.Continue() if isinstance(new, ast.Break) else ast.Break()
    else:
        raise ValueError(op)
    return new


def short(node: ast.AST) -> str:
    text = ast.unparse(node).split("\n", 1)[0]
    return text if len(text) <= 90 else text[:89] + "…"


def collect(module: str) -> list[Mutant]:
    source = (REPO / PACKAGE / module).read_text(encoding="utf-8")
    tree = ast.parse(source)
    skip = skipped(tree)
    names = enclosing(tree)
    mutants: list[Mutant] = []
    seen: dict[str, int] = {}
    for number, (node, parent, field, _) in enumerate(preorder(tree)):
        if id(node) in skip:
            continue
        for op in operators(node, parent, field):
            new = apply(node, op)
            original, mutated = short(node), short(new)
            if isinstance(node, ast.stmt) and not isinstance(new, ast.stmt):
                continue
            where = names.get(id(node), "<module>")
            key = f"{module}::{where}::{op.rstrip('0123456789')}: {original} -> {mutated}"
            seen[key] = seen.get(key, 0) + 1
            if seen[key] > 1:
                key += f" #{seen[key]}"
            mutants.append(
                Mutant(
                    id=f"{module}:{len(mutants)}", module=module, index=len(mutants), node=number,
                    op=op, line=getattr(node, "lineno", 0), where=where, original=original,
                    mutated=mutated, key=key,
                )
            )  # fmt: skip
    return mutants


def mutated_source(module: str, mutant: Mutant | None) -> str:
    """The module's text with ``mutant`` applied (None: unparsed, unmutated)."""
    tree = ast.parse((REPO / PACKAGE / module).read_text(encoding="utf-8"))
    if mutant is not None:
        node, parent, field, index = preorder(tree)[mutant.node]
        new = apply(node, mutant.op)
        if index is None:
            setattr(parent, field, new)
        else:
            getattr(parent, field)[index] = new
        ast.fix_missing_locations(tree)
    return ast.unparse(tree) + "\n"


# --- running --------------------------------------------------------------------------


def make_workdir(base: Path, n: int) -> Path:
    work = base / f"w{n}"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    for name in COPY:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, work / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, work / name)
    for module in MODULES:  # every worker starts from the unparsed, unmutated modules
        (work / PACKAGE / module).write_text(mutated_source(module, None), encoding="utf-8")
    (work / ".cache").mkdir()
    return work


def run_tests(work: Path, tests: list[str], timeout: float) -> tuple[str, float, str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(work / "src"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "XDG_CACHE_HOME": str(work / ".cache"),
        "COLUMNS": "80",
    }
    env.pop("NO_COLOR", None)
    env.pop("FORCE_COLOR", None)
    cmd = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests]
    start = time.monotonic()
    try:
        proc = subprocess.run(
            cmd, cwd=work, env=env, capture_output=True, timeout=timeout, start_new_session=True
        )
    except subprocess.TimeoutExpired:
        return "timeout", time.monotonic() - start, ""
    seconds = time.monotonic() - start
    tail = proc.stdout.decode(errors="replace").strip().splitlines()
    failed = [line for line in tail if line.startswith(("FAILED", "ERROR"))]
    detail = (failed[0] if failed else (tail[-1] if tail else ""))[:200]
    if proc.returncode == 0:
        return "survived", seconds, detail
    if proc.returncode in (1, 2, 3):  # failed, interrupted (import error), internal error
        return "killed", seconds, detail
    output = proc.stdout.decode(errors="replace") + proc.stderr.decode(errors="replace")
    if proc.returncode == 4 and "file or directory not found" not in output:
        # a usage error that is not a missing test path: conftest or a plugin no longer
        # imports (e.g. "ImportError while loading conftest"), so the mutant broke the tests
        return "killed", seconds, (output.strip().splitlines() or [""])[0][:200]
    return f"error{proc.returncode}", seconds, detail


def select_tests(tests: list[str]) -> list[str]:
    return [t for t in tests if (REPO / t).exists()]


def summary(mutants: list[Mutant]) -> str:
    lines = [
        f"{'module':<12}{'mutants':>8}{'killed':>8}{'timeout':>8}{'survived':>9}"
        f"{'equiv':>7}{'score':>8}{'excl. eq':>10}"
    ]
    for module in [*MODULES, "total"]:
        ms = [m for m in mutants if module in ("total", m.module)]
        if not ms:
            continue
        killed = sum(m.status == "killed" for m in ms)
        timeout = sum(m.status == "timeout" for m in ms)
        survived = [m for m in ms if m.status == "survived"]
        equiv = sum(m.key in EQUIVALENT for m in survived)
        score = (killed + timeout) / len(ms)
        denominator = len(ms) - equiv
        excl = (killed + timeout) / denominator if denominator else 1.0
        lines.append(
            f"{module:<12}{len(ms):>8}{killed:>8}{timeout:>8}{len(survived):>9}{equiv:>7}"
            f"{score:>8.1%}{excl:>10.1%}"
        )
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--jobs", type=int, default=2, help="parallel workers (default 2)")
    ap.add_argument("--only", action="append", help="a module to mutate (cli.py, ...)")
    ap.add_argument("--sample", type=int, help="run a random sample of this many mutants")
    ap.add_argument(
        "--fraction", type=float, help="run a random sample of this share of each module's mutants"
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per mutant")
    ap.add_argument("--tests", nargs="+", help="test paths for every module (default: TESTS)")
    ap.add_argument("--all-tests", action="store_true", help="run ALL_TESTS for every module")
    ap.add_argument(
        "--results", type=Path, default=Path(tempfile.gettempdir()) / "mutation-results.json"
    )
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "mutation-work")
    ap.add_argument("--rerun", type=Path, help="run only the survivors of this results file")
    ap.add_argument(
        "--skip-results", type=Path, action="append", help="skip the mutants in this results file"
    )
    ap.add_argument(
        "--merge", type=Path, nargs="+", help="print the summary of these results files together"
    )
    ap.add_argument("--list", action="store_true", help="list the mutants and stop")
    ap.add_argument("--show", help="print the diff of one mutant (id as --list prints it)")
    args = ap.parse_args()

    if args.merge:
        by_key: dict[str, Mutant] = {}  # a later file's verdict replaces an earlier one's
        for path in args.merge:
            for m in json.loads(path.read_text(encoding="utf-8"))["mutants"]:
                by_key[m["key"]] = Mutant(**m)
        merged = sorted(by_key.values(), key=lambda m: (MODULES.index(m.module), m.index))
        print(summary(merged))
        print_survivors(merged)
        return 0
    modules = args.only or MODULES
    mutants = [m for module in modules for m in collect(module)]
    for path in args.skip_results or []:
        done_keys = {m["key"] for m in json.loads(path.read_text(encoding="utf-8"))["mutants"]}
        mutants = [m for m in mutants if m.key not in done_keys]
    if args.rerun:
        old = json.loads(args.rerun.read_text(encoding="utf-8"))["mutants"]
        again = {m["key"] for m in old if m["status"] == "survived"}
        mutants = [m for m in mutants if m.key in again]
    if args.fraction:
        rng = random.Random(args.seed)
        picked: list[Mutant] = []
        for module in modules:
            group = [m for m in mutants if m.module == module]
            chosen = rng.sample(group, round(args.fraction * len(group)))
            picked += sorted(chosen, key=lambda m: m.index)
        mutants = picked
    if args.sample and args.sample < len(mutants):
        mutants = sorted(
            random.Random(args.seed).sample(mutants, args.sample), key=lambda m: (m.module, m.index)
        )
    if args.show:
        (m,) = [m for m in mutants if m.id == args.show]
        before = mutated_source(m.module, None).splitlines(keepends=True)
        after = mutated_source(m.module, m).splitlines(keepends=True)
        sys.stdout.writelines(difflib.unified_diff(before, after, m.module, f"{m.module} ({m.op})"))
        return 0
    if args.list:
        for m in mutants:
            print(f"{m.id:<14} line {m.line:<4} {m.key}")
        print(f"{len(mutants)} mutants", file=sys.stderr)
        return 0

    # Chosen once, before the copies are made: a test file added mid-run is not picked up.
    chosen = {
        module: select_tests(args.tests or (ALL_TESTS if args.all_tests else TESTS[module]))
        for module in MODULES
    }

    def tests_for(module: str) -> list[str]:
        return chosen[module]

    jobs = max(1, args.jobs)
    print(f"{len(mutants)} mutants of {', '.join(modules)}", flush=True)
    for module in modules:
        print(f"  {module}: {' '.join(tests_for(module))}", flush=True)
    workdirs = [make_workdir(args.workdir, n) for n in range(jobs)]
    shared = REPO.parent / "shared"
    if shared.exists() and not (args.workdir / "shared").exists():
        (args.workdir / "shared").symlink_to(shared.resolve())

    every = select_tests(args.tests or ALL_TESTS)
    status, seconds, detail = run_tests(workdirs[0], every, args.timeout * 3)
    print(f"unmutated (unparsed) modules: {status} in {seconds:.1f}s {detail}", flush=True)
    if status != "survived":
        print("the tests must pass on the unmutated code; stopping", file=sys.stderr)
        return 1

    free: list[Path] = list(workdirs)
    lock = threading.Lock()
    done = [0]
    start = time.monotonic()

    def one(m: Mutant) -> None:
        with lock:
            work = free.pop()
        path = work / PACKAGE / m.module
        try:
            path.write_text(mutated_source(m.module, m), encoding="utf-8")
            m.status, m.seconds, m.detail = run_tests(work, tests_for(m.module), args.timeout)
        finally:
            path.write_text(mutated_source(m.module, None), encoding="utf-8")
            with lock:
                free.append(work)
                done[0] += 1
                mark = "SURVIVED " if m.status == "survived" else ""
                print(
                    f"[{done[0]}/{len(mutants)} {time.monotonic() - start:5.0f}s] {m.status:<8} "
                    f"{m.seconds:5.1f}s {m.module}:{m.line} {mark}{m.op}: "
                    f"{m.original} -> {m.mutated}",
                    flush=True,
                )

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(one, mutants))

    args.results.write_text(
        json.dumps(
            {"tests": {m: tests_for(m) for m in modules}, "mutants": [asdict(m) for m in mutants]},
            indent=1,
        ),
        encoding="utf-8",
    )
    print(f"\nwall time {time.monotonic() - start:.0f}s; results in {args.results}\n")
    print(summary(mutants))
    print_survivors(mutants)
    return 0


def print_survivors(mutants: list[Mutant]) -> None:
    survivors = [m for m in mutants if m.status not in ("killed", "timeout")]
    if survivors:
        print("\nnot killed:")
        for m in survivors:
            note = f"  [equivalent: {EQUIVALENT[m.key]}]" if m.key in EQUIVALENT else ""
            print(f"  {m.module}:{m.line} ({m.status}) {m.key.split('::', 1)[1]}{note}")


if __name__ == "__main__":
    sys.exit(main())
