"""A signature under the body printed with its field's label (`transform._labelled_name_date`):
a blog's comment list opens each comment with its number and subject and closes it with
"名前：NAME 2023-05-14 21:03:11" (a "Name:" field, then the date). The label is no part
of the name, and the line names the comment's poster, not the body line over it. Invented
pages."""

from __future__ import annotations

import threadparse

PAGE = """\
Baking notes

My first chiffon cake came out tall and soft.

Comments

  • {a} 1. ■{subject}

    It rose so well! You would never guess it was the first one.

    {label}{a} 2023-05-14 21:03:11
    • {b} {role}

      Thank you! My mother said it looked like a shop cake.

      {label}{b} 2023-05-14 22:10:45
  • {c} 2. ■{subject}

    Which tin did you use? Mine always shrinks.

    {label}{c} 2023-05-14 21:17:52
  • {d} 3. ■{subject}

    Bookmarked for next weekend.

    {label}{d} 2023-05-15 08:02:10
"""


def _comments(**fields: str) -> list[tuple[str | None, int]]:
    page = threadparse.parse(PAGE.format(**fields))
    return [(comment.author, comment.depth) for comment in page.walk()]


def test_a_labelled_signature_names_the_poster() -> None:
    comments = _comments(a="ゆきんこ", b="こむぎ", c="はるまき", d="ぽんず", label="名前：",
                         subject="無題", role="ブログ作成者")  # fmt: skip
    assert comments == [("ゆきんこ", 0), ("こむぎ", 1), ("はるまき", 0), ("ぽんず", 0)]


def test_a_labelled_signature_in_english() -> None:
    comments = _comments(a="Ann Lee", b="Bo", c="cy_marsh", d="Dee K", label="Name: ",
                         subject="Untitled", role="Blog author")  # fmt: skip
    assert comments == [("Ann Lee", 0), ("Bo", 1), ("cy_marsh", 0), ("Dee K", 0)]
