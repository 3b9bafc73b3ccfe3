"""Lists printed as a marker alone on its line over the item's text, where the converter
draws some items' marker as another lone symbol ("_" for a picture it could not show):
those items are read as items too, and a lone symbol anywhere else stays a plain line."""

from __future__ import annotations

import threadparse

# w3m, a comment list of <dt>/<dd> pairs: each header's avatar comes out as a lone
# symbol over the "NAME said..." line, "●" or "_" by the picture.
PICTURE_MARKERS = """\
Why we moved the kiln outside

Notes from a year of pit firing in the garden.

4 comments:

●
Tamsin Oakes said...
\x20\x20\x20
    Did the neighbours mind the smoke?

    March 3, 2012 9:14 AM [icon_delet]
_
Ivo Brandt said...
\x20\x20\x20
    We fire at dawn for that reason.

    March 3, 2012 11:02 AM [icon_delet]
_
Anonymous said...
\x20\x20\x20
    Sawdust or straw? I never know which.

    March 4, 2012 8:40 PM [icon_delet]
●
Tamsin Oakes said...
\x20\x20\x20
    Thanks, dawn it is.

    March 5, 2012 7:05 AM [icon_delet]

Post a Comment
"""


def _authors(text: str) -> list[str | None]:
    return [c.author for c in threadparse.parse(text).walk()]


def test_a_lone_symbol_in_a_markers_place_heads_an_item() -> None:
    assert _authors(PICTURE_MARKERS) == ["Tamsin Oakes", "Ivo Brandt", "Anonymous", "Tamsin Oakes"]
    page = threadparse.parse(PICTURE_MARKERS)
    assert page.comments[1].text.startswith("We fire at dawn")
    assert page.declared_count == 4


def test_the_first_item_may_be_the_other_symbol() -> None:
    text = PICTURE_MARKERS.replace("●\nTamsin", "□\nTamsin", 1).replace("_\nIvo", "●\nIvo")
    assert _authors(text) == ["Tamsin Oakes", "Ivo Brandt", "Anonymous", "Tamsin Oakes"]


def test_indented_list_with_a_drawn_marker() -> None:
    text = """\
A small post

2 Comments

  *
  Rhea Lund says:
      Lovely glaze colours.
  ~
  Moss Pell says:
      Which clay body is that?
"""
    assert _authors(text) == ["Rhea Lund", "Moss Pell"]


def test_a_lone_symbol_without_lone_markers_is_a_plain_line() -> None:
    text = """\
Keeping bees in town

The hive sits on the flat roof.
_
Nobody said anything about the stairs.

Rain came in the night.
"""
    page = threadparse.parse(text)
    assert page.comments == []
    assert any("_" in block.text.splitlines() for block in page.article.blocks)


def test_a_line_of_pictures_in_a_markers_place_heads_an_item() -> None:
    # w3m prints a commenter's avatar in the marker's place as its alternative text
    # cut short: "[bla] [tam]" over the "NAME said..." line
    text = PICTURE_MARKERS.replace("_\nIvo", "[bla] [ivo]\nIvo")
    assert _authors(text) == ["Tamsin Oakes", "Ivo Brandt", "Anonymous", "Tamsin Oakes"]
    page = threadparse.parse(text)
    assert page.comments[1].text.startswith("We fire at dawn")


def test_several_lines_of_pictures_in_markers_places() -> None:
    last = "Tamsin Oakes said...\n\x20\x20\x20\n    Thanks"
    text = PICTURE_MARKERS.replace("_\nIvo", "[oak]\nIvo").replace(
        f"●\n{last}", f"[bla] [tam]\n{last}"
    )
    assert _authors(text) == ["Tamsin Oakes", "Ivo Brandt", "Anonymous", "Tamsin Oakes"]
    assert threadparse.parse(text).comments[3].text.startswith("Thanks, dawn")


def test_a_line_of_pictures_without_lone_markers_is_a_plain_line() -> None:
    text = """\
Keeping bees in town

The hive sits on the flat roof.
[hive] [roof]
Nobody said anything about the stairs.

Rain came in the night.
"""
    page = threadparse.parse(text)
    assert page.comments == []
