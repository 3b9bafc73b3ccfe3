"""A journal's entry dated as its comments are, by another template ("2021-05-02 06:41
pm" over the entry; "2021-05-02 07:47 PM (UTC)" over each comment, its author under the
date): the entry is the article, not a first comment without an author. A first post
whose date has the form of the others keeps its place, its author unread. Invented
entries of a dyer's journal."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

NAMES = ["quillfeather", "marrowind", "tansy_rue", "hollyhock", "marrowind"]

ENTRY = """\
Weeds and Wool

Madder, woad and a very pink Tuesday

2021-05-02 {entry_date}
Three skeins of Shetland, one pot of madder root and a woad vat that finally behaved.

Quantities for anyone who asked: half the fibre's weight in madder, alum at a tenth.
Flat | Top-Level Comments Only
"""

COMMENT = """
2021-05-{day:02d} {hour:02d}:{minute:02d} {half} (UTC)
[personal profile] {name}
Comment {day} on the dye pots: the madder came out pinker than mine ever did, lovely.
Link Reply Thread
"""


def _page(entry_date: str) -> str:
    comments = "".join(
        COMMENT.format(day=day, hour=day + 1, minute=day * 7, half="AP"[day % 2] + "M", name=name)
        for day, name in enumerate(NAMES, start=3)
    )
    return ENTRY.format(entry_date=entry_date) + comments


def test_an_entry_dated_by_another_template_is_the_article() -> None:
    text = _page("06:41 pm")
    page = threadparse.parse(text)
    assert [comment.author for comment in page.walk()] == NAMES
    assert "Three skeins of Shetland" in "\n".join(block.text for block in page.article.blocks)
    assert_nothing_lost(page, text)


def test_a_first_post_dated_as_the_others_keeps_its_place() -> None:
    text = _page("06:41 PM (UTC)")
    page = threadparse.parse(text)
    assert [comment.author for comment in page.walk()][1:] == NAMES
    assert_nothing_lost(page, text)
