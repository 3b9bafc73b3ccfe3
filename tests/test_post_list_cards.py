"""A list of the blog's other posts under the comments ("More posts"), each card its
title, the title again (the picture's text or the link's) and its date: the shape of an
item signed under its body ("Ann" over her body over "Ann" over the date), but its only
line is the name again, so no comment (`transform.PageBuilder._signed_as`). Invented
pages; the positive case is a comment signed so that has a body."""

from __future__ import annotations

import threadparse

PAGE = """\
Basil on the balcony

Basil wants sun, warmth and a deep pot.

2 comments

  1. Marina Couto
    Mine flowered in July, should I cut the flowers?
  2. Rafael Nunes
    Great tips, thank you.

More posts

  • {a}

    {a}

    27 February 2024
  • {b}

    {b}

    19 February 2024
  • {c}

    {c}

    8 February 2024
"""


def test_cards_of_other_posts_are_no_comments() -> None:
    page = threadparse.parse(
        PAGE.format(a="Rosemary in a flat", b="Mint in its own pot", c="Chives from the stem")
    )
    assert [c.author for c in page.walk()] == ["Marina Couto", "Rafael Nunes"]


def test_a_signed_comment_with_a_body_stays() -> None:
    text = """\
Notes

Comments

  • Ann Lee

    Lovely photos, the light is perfect.

    Ann Lee

    27 February 2024
  • Bo Marsh

    Which lens was this?

    Bo Marsh

    28 February 2024
"""
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Ann Lee", "Bo Marsh"]
