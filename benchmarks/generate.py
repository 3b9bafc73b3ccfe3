"""Deterministic generators of benchmark dumps, in the resiliparse layout.

Shapes: ``seed`` (long paragraph lines, threads a few levels deep, like the reference
dump), ``wrapped`` (the same hard-wrapped at 85 columns), ``wide`` (10,000 comments),
``deep`` (a 5,000-deep reply chain). Sizes are approximate targets in bytes; the same
arguments always give the same text.
"""

from __future__ import annotations

import random
import textwrap

WORDS = (
    "the of and to in a is that for it as was with be by on not he I this are or his from at "
    "which but have an they you were her she there one all we can their has been if more when "
    "will would who so no drug cartel court prosecution evidence defendant government Mexico "
    "investigation sovereignty extradition judge indictment treaty cooperation “quoted” — "
    "Brooklyn attorney official communications seizure proceeds"
).split()
NAMES = ["Dave K", "bmaz", "rosalind", "e.a.f.", "Peterr", "Jim195", "MB", "Rapier",
         "earlofhuntingdon", "Fraud Guy", "subtropolis", "Manuel Gonzalez"]  # fmt: skip


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng, rng.randint(8, 30)) for _ in range(sentences))


def _body(rng: random.Random, indent: str, wrap: int | None) -> list[str]:
    out: list[str] = []
    for _ in range(rng.choice((1, 1, 2, 3, 4))):
        text = _paragraph(rng, rng.randint(1, 5))
        if rng.random() < 0.1:
            text = f"“{text}”"
        lines = textwrap.wrap(text, wrap - len(indent)) if wrap else [text]
        out += [indent + line for line in lines] + [""]
    return out


def seed_like(size: int, wrap: int | None = None, seed: int = 1) -> str:
    """Article plus a thread of top-level comments with replies up to depth 4."""
    rng = random.Random(seed)
    lines = ["A generated post about a dismissed prosecution", ""]
    for _ in range(20):
        lines += _body(rng, "", wrap)
    lines += ["image_print", "0 replies"]
    total = sum(len(x) + 1 for x in lines)
    number = 0
    while total < size:
        number += 1
        depth = 0
        for _ in range(rng.randint(1, 8)):
            head = " " * (2 + 2 * depth)
            marker = f"{number}." if depth == 0 else "•"
            chunk = [f"{head}{marker} {rng.choice(NAMES)} says:", ""]
            chunk += _body(rng, head + "  ", wrap)
            lines += chunk
            total += sum(len(x) + 1 for x in chunk)
            depth = min(depth + rng.choice((0, 1, 1)), 4) if rng.random() < 0.8 else 0
            if depth == 0:
                break
    lines[lines.index("0 replies")] = f"{number} replies"
    lines.append("Comments are closed.")
    return "\n".join(lines) + "\n"


def wide(comments: int = 10_000, seed: int = 2) -> str:
    """``comments`` top-level comments with one-paragraph bodies."""
    rng = random.Random(seed)
    lines = ["A busy thread", "", "Body.", "", f"{comments} comments"]
    for i in range(comments):
        lines += [f"  {i + 1}. {rng.choice(NAMES)} says:", "", "    " + _sentence(rng, 14), ""]
    return "\n".join(lines) + "\n"


def deep(depth: int = 5_000) -> str:
    """A reply chain ``depth`` deep (one column per level, so the text stays near 25 MB)."""
    lines = ["A very deep thread", "", f"{depth} replies"]
    for d in range(depth):
        head = " " * (2 + d)
        lines += [f"{head}{'1.' if d == 0 else '•'} user{d} says:", f"{head} reply {d}"]
    return "\n".join(lines) + "\n"


def make(shape: str, size: int) -> str:
    """The dump for a benchmark case."""
    if shape == "seed":
        return seed_like(size)
    if shape == "wrapped":
        return seed_like(size, wrap=85)
    if shape == "wide":
        return wide()
    if shape == "deep":
        return deep()
    raise ValueError(f"unknown shape {shape!r}")
