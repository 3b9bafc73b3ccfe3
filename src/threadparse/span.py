"""`Span`: where in the source text a node came from."""

from __future__ import annotations

import attrs


@attrs.define(frozen=True, slots=True, order=True)
class Span:
    """A stretch of the source: 1-based first and last line, and character offsets.

    ``start`` and ``end`` index the normalised text (newlines as ``\\n``) the way slices
    do, so ``text[span.start:span.end]`` is the spanned source.

    >>> Span(3, 4, 10, 25).lines
    range(3, 5)
    """

    start_line: int
    end_line: int
    start: int
    end: int

    @property
    def lines(self) -> range:
        """The 1-based line numbers covered."""
        return range(self.start_line, self.end_line + 1)

    def __contains__(self, line: object) -> bool:
        return isinstance(line, int) and self.start_line <= line <= self.end_line

    def cover(self, other: Span) -> Span:
        """The smallest span holding both ``self`` and ``other``."""
        return Span(
            min(self.start_line, other.start_line),
            max(self.end_line, other.end_line),
            min(self.start, other.start),
            max(self.end, other.end),
        )
