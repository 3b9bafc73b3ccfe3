"""Errors and warnings: what threadparse reports about input it could not read cleanly.

`ThreadParseError` is the only exception `threadparse.parse` raises (and only in strict
mode); `ParseWarning` is what lenient mode records instead, in `page.warnings`.
`Diagnostics` is the per-parse collector that turns one into the other.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import attrs

from threadparse.span import Span


class ThreadParseError(ValueError):
    """The input cannot be parsed without guessing (strict mode) or cannot be read at all.

    Attributes:
        line: 1-based line number of the offending input line (0 when unknown).
        column: 1-based column in that line (0 when unknown).
        snippet: the offending line, as it appears in the input.
        code: a short machine-readable reason, e.g. ``"dedent-to-unknown-column"``.

    >>> import threadparse
    >>> try:
    ...     threadparse.parse("Title\\n    a\\n  b\\n", strict=True)
    ... except threadparse.ThreadParseError as e:
    ...     print(e.line, e.column, e.code)
    3 3 dedent-to-unknown-column
    """

    def __init__(
        self, message: str, *, line: int = 0, column: int = 0, snippet: str = "", code: str = ""
    ) -> None:
        self.message = message
        self.line = line
        self.column = column
        self.snippet = snippet
        self.code = code
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"line {self.line}, column {self.column}: " if self.line else ""
        shown = self.snippet if len(self.snippet) <= 80 else self.snippet[:77] + "..."
        return f"{where}{self.message}" + (f"\n    {shown}" if shown else "")

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild_error,
            (self.message, self.line, self.column, self.snippet, self.code),
        )


def _rebuild_error(
    message: str, line: int, column: int, snippet: str, code: str
) -> ThreadParseError:
    return ThreadParseError(message, line=line, column=column, snippet=snippet, code=code)


@attrs.define(frozen=True, slots=True)
class ParseWarning:
    """Something lenient mode recovered from, and where.

    Attributes:
        code: short machine-readable reason (the same codes ThreadParseError uses).
        message: what was guessed, in words.
        span: the input lines concerned.
        column: 1-based column of the problem in the span's first line.
    """

    code: str
    message: str
    span: Span
    column: int = 1

    def __str__(self) -> str:
        return f"line {self.span.start_line}, column {self.column}: {self.message} [{self.code}]"


@attrs.define(slots=True)
class Diagnostics:
    """Collects the warnings of one parse; in strict mode, raises on the first instead."""

    strict: bool = False
    text: str = ""
    warnings: list[ParseWarning] = attrs.field(factory=list)

    def line_at(self, span: Span) -> str:
        """The whole source line where ``span`` starts ("" without the source)."""
        if not self.text:
            return ""
        start = self.text.rfind("\n", 0, span.start) + 1
        end = self.text.find("\n", span.start)
        return self.text[start : None if end < 0 else end]

    def warn(self, code: str, message: str, span: Span, column: int = 1, guess: str = "") -> None:
        """Record a guess; in strict mode raise `ThreadParseError` instead.

        ``message`` says what is wrong; ``guess`` what lenient mode did about it.
        """
        if self.strict:
            raise ThreadParseError(
                message, line=span.start_line, column=column, snippet=self.line_at(span), code=code
            )
        self.warnings.append(
            ParseWarning(code, f"{message}; {guess}" if guess else message, span, column)
        )


_current: ContextVar[Diagnostics] = ContextVar("threadparse_diagnostics")


@contextmanager
def collecting(diagnostics: Diagnostics) -> Iterator[Diagnostics]:
    """Make `diagnostics` the collector of the parse running in this context."""
    token = _current.set(diagnostics)
    try:
        yield diagnostics
    finally:
        _current.reset(token)


def current() -> Diagnostics:
    """The collector of the parse running in this context (a throwaway one outside a parse)."""
    try:
        return _current.get()
    except LookupError:
        return Diagnostics()
