"""Headers printed as a phrase closed by a full stop, the date glued to it
(`posts.stamps._unframed`, `posts.prose.is_prose`): a task tracker's timeline prints
"NAME added a comment." and the date in a span of its own, and the converters put no
space between them ("okeane added a comment.Mar 3 2021, 10:02 AM"). The full stop
closes no sentence; the words the lines repeat before the date are the template's (the
frame), the word before them the poster's name. Invented pages; the negative case is an
article whose sentences end with dates after a space."""

from __future__ import annotations

import threadparse
from threadparse.dates import find_date, find_date_by_search

TIMELINE = """\
Tracker › Tasks › T512

Search suggestions drop accented place names

Closed · Public

Description

Searching for "Évora" suggests nothing until the whole word is typed.

{a} {verb}.Mar 3 2021, 10:02 AM

I see the same on staging: the folded copy of the name is indexed but never ranked.

{b} {verb}.Mar 3 2021, 11:47 AM

It started with the collation upgrade last week, the analyzer config was not migrated.

{c} {verb}.Mar 4 2021, 8:31 AM

Is this the same problem as the one with the street names in Hanoi?

{b} {verb}.Mar 4 2021, 9:02 AM

Probably. I will reindex both after the fix lands.

Add Comment
"""

ARTICLE = """\
Notes from the harbour

The old pier was closed for repairs.Mar 3 2021 was the first day without ferries.

The council voted on the new budget. The works were finished on Apr 9 2021.

Divers found the cracked pile under the third span.May 2 2021 was the day it was lifted.

Everything reopened to the public on Jun 1 2021.
"""


def _authors(text: str) -> list[str | None]:
    return [comment.author for comment in threadparse.parse(text).walk()]


def test_a_phrase_closed_by_a_full_stop_before_a_glued_date_heads_a_comment() -> None:
    page = TIMELINE.format(a="okeane", b="dsaar", c="lvandam", verb="added a comment")
    assert _authors(page) == ["okeane", "dsaar", "lvandam", "dsaar"]
    texts = [c.text for c in threadparse.parse(page).walk()]
    assert texts[1].startswith("It started with the collation upgrade")


def test_the_frame_in_another_language() -> None:
    page = TIMELINE.format(a="Jana K", b="tomek", c="Ilse", verb="hat einen Kommentar verfasst")
    assert _authors(page) == ["Jana K", "tomek", "Ilse", "tomek"]


def test_sentences_that_end_before_a_date_stay_an_article() -> None:
    page = threadparse.parse(ARTICLE)
    assert list(page.walk()) == []
    assert "third span" in page.article.text


def test_a_month_glued_after_a_full_stop_is_found_on_a_long_line() -> None:
    line = "tomek hat einen Kommentar verfasst.Mar 3 2021, 11:47 AM"
    found, searched = find_date(line), find_date_by_search(line)
    assert found is not None and searched is not None
    assert found.group() == searched.group() == "Mar 3 2021"
