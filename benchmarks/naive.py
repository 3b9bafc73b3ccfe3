"""What a user would write instead: a "NAME says:" regex and an indentation stack.

The baseline the benchmark compares threadparse to (the same idea as the corpus
scorer's baseline). It finds headers and attaches body lines; nothing else.
"""

from __future__ import annotations

import re

HEADER = re.compile(r"^([ \t]*)(?:[0-9]+\.|•)[ \t]+(.+?) says:[ \t]*$")


def parse(text: str) -> list[tuple[str, int, int | None, str]]:
    """(author, depth, parent index, body) for every comment, in document order."""
    comments: list[list] = []
    stack: list[tuple[int, int]] = []
    current = None
    indent_of_current = 0
    for line in text.split("\n"):
        match = HEADER.match(line)
        if match:
            indent = len(match.group(1))
            while stack and stack[-1][0] >= indent:
                stack.pop()
            parent = stack[-1][1] if stack else None
            comments.append([match.group(2).strip(), len(stack), parent, []])
            stack.append((indent, len(comments) - 1))
            current, indent_of_current = comments[-1], indent
            continue
        if current is None or not line.strip():
            continue
        if len(line) - len(line.lstrip()) > indent_of_current:
            current[3].append(line.strip())
        else:
            current = None
            stack.clear()
    return [(a, d, p, "\n".join(body)) for a, d, p, body in comments]
