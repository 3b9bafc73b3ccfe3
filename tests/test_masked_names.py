"""Names masked by a run of stars inside them (`lines.plain`): a Q&A site shows only
the first letters of a user's ID and stars for the rest ("tak********さん"). Read as
Markdown emphasis, the stars went and the name shrank to "takさん". Five stars or more
between letters are a mask; four are two bold links glued ("**Parma****1983**").
Invented names."""

from __future__ import annotations

import threadparse
from threadparse import lines as L

PAGE = """\
Answers

Why does my rice cooker click off early?

Answers: 3

{a}

Answered: 2021/3/14 13:45

The inner pot is probably not sitting flat. Clean the heating plate and try again.

{b}

Answered: 2021/3/14 14:02

Too little water for the amount of rice: add a little more.

{c}

Answered: 2021/3/15 08:10

The thermal fuse may be going. Mine did the same before it died.
"""


def test_a_masked_id_keeps_its_stars() -> None:
    assert L.plain("tak********さん") == "tak********さん"
    assert L.plain("**Ann** says:") == "Ann says:"  # (emphasis still goes)
    assert L.plain("**Parma****1983**") == "Parma1983"


def test_masked_ids_as_authors() -> None:
    names = ["tak********さん", "mam********さん", "yos********さん"]
    page = threadparse.parse(PAGE.format(a=names[0], b=names[1], c=names[2]))
    assert [comment.author for comment in page.walk()] == names
