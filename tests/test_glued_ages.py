"""An age in short units glued after the name (`names._unglue_ages`): a photo site
prints the poster's name and the comment's age as two links with no space between, and
the converters keep them glued ("Anneke Bos3 a", "Kasia Nowicka5 sett", "Giulia
FerraresiPRO21 h fa"). Where half the comments at least carry such a tail, and a unit
follows two different names, the tail is the template's, whatever the language of its
units. Invented pages; the negative case is a page of handles that end in digits."""

from __future__ import annotations

import threadparse

PAGE = """\
Harbour at dawn

Photo by Giulia F.

14 comments

  • {a}{age_a}

    The mist makes it. Was this before sunrise?
  • {b}{age_b}

    Composition straight out of a textbook.
  • {c}{age_c}

    Added to my gallery of northern harbours.
  • {d}{age_d}

    Could I use it for our club's calendar?

Sign in to comment.
"""


def _authors(**fields: str) -> list[str | None]:
    return [comment.author for comment in threadparse.parse(PAGE.format(**fields)).walk()]


def test_ages_glued_to_the_names_come_off() -> None:
    authors = _authors(
        a="Anneke Bos", age_a="3 a", b="Stefano Lupi", age_b="2 a",
        c="Kasia Nowicka", age_c="5 sett", d="Fotoclub Chioggia", age_d="21 h fa",
    )  # fmt: skip
    assert authors == ["Anneke Bos", "Stefano Lupi", "Kasia Nowicka", "Fotoclub Chioggia"]


def test_english_units() -> None:
    authors = _authors(
        a="Ann Lee", age_a="3h", b="bo_k", age_b="2d", c="Cy Marsh", age_c="5w", d="Dee", age_d="2d"
    )
    assert authors == ["Ann Lee", "bo_k", "Cy Marsh", "Dee"]


def test_handles_that_end_in_digits_are_kept() -> None:
    authors = _authors(
        a="gamer", age_a="99", b="pixel", age_b="2000", c="Ann Lee", age_c="", d="bo", age_d="7"
    )
    assert authors == ["gamer99", "pixel2000", "Ann Lee", "bo7"]
