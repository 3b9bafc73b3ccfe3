"""A pingback's title that lynx (or w3m) wraps right after a mark: a comma glued to its
word, or a spaced bar or dash; the mark goes back between the pieces of the title
(`transform._title_mark`). Invented page of a Portuguese blog in lynx's form."""

from __future__ import annotations

import pytest

import threadparse

WRAPPED = """\
Horta no apartamento

Um ano de tomates na varanda.

4 comentários

    1. Ana Souza disse:
       5 de março de 2024 às 14:22
       Que inveja desses tomates!
    2.
   [30]Pingback: [29]Horta Urbana » Links da semana: tomates{mark}
       manjericão e compostagem
    3. Bruno Lima disse:
       6 de março de 2024 às 09:10
       Qual adubo você usou?
"""


@pytest.mark.parametrize("mark", [",", " |", " –"])
def test_a_pingbacks_title_wrapped_after_a_mark_keeps_it(mark: str) -> None:
    """lynx wraps a pingback's title right after a comma glued to its word or a spaced
    mark: the mark goes back between the pieces (`transform._title_mark`)."""
    page = threadparse.parse(WRAPPED.format(mark=mark))
    pings = [c for c in page.walk() if c.kind == "pingback"]
    assert [c.author for c in pings] == [
        f"Horta Urbana » Links da semana: tomates{mark} manjericão e compostagem"
    ]
