"""Dump generators for tests: canonical threads of any shape, written the resiliparse way."""

from __future__ import annotations


def chain(depth: int, step: int = 2, bodies: bool = True) -> str:
    """A reply chain ``depth`` comments deep: header at ``2 + step*d``, body ``step`` further
    in. The text grows with depth squared; ``step=1, bodies=False`` (only the last comment
    has a body) keeps a 10,000-deep chain near 50 MB."""
    parts = ["A very deep thread", "", f"{depth} replies"]
    for d in range(depth):
        head = " " * (2 + step * d)
        parts.append(f"{head}{'1.' if d == 0 else '•'} user{d} says:")
        if bodies or d == depth - 1:
            parts.append(f"{head}{' ' * step}reply {d}")
    parts.append("Comments are closed.")
    return "\n".join(parts) + "\n"


def wide(n: int) -> str:
    """``n`` top-level comments, each with one reply."""
    parts = ["A busy thread", "", f"{2 * n} comments"]
    for i in range(n):
        parts += [
            f"  {i + 1}. person{i} says:",
            "",
            f"    Comment number {i}.",
            "",
            f"    • answer{i} says:",
            "",
            f"      Reply to {i}.",
            "",
        ]
    return "\n".join(parts) + "\n"
