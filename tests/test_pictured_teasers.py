"""A sidebar's list of teasers under the comment section: each entry a picture's
placeholder ("• [pic0]", w3m's text for a thumbnail) over a post's title and its date,
with no body. The picture's text is neither a name nor a body, so the title over the
date signs nothing: the entries stay page furniture, and so does a "recent comments"
list of excerpts printed after them ("Lena Quist: How often do you ..."). A comment
whose picture stands over its body, and the name and date under it, is still read."""

from __future__ import annotations

import pytest

import threadparse

SECTION = """\
Kettle descaling compared

Posted by Wren Abbott

We tried four ways of descaling a kettle over a month of hard water.

3 Comments

 1. [c101]
    Odile Marsh
    April 2, 2023 at 9:14 am

    Citric acid worked best for me too, and it leaves no smell behind at all.

    Reply
      □ [c104]
        Wren Abbott
        April 2, 2023 at 1:20 pm

        Glad to hear it. We will add a smell test next time.

        Reply
 2. [c102]
    Bertram Fiske
    April 3, 2023 at 11:40 am

    Vinegar is cheaper though, if you rinse it twice the taste goes away.

    Reply
 3. [c103]
    Lena Quist
    April 4, 2023 at 7:02 pm

    How often do you have to repeat it with water this hard?

    Reply

Leave a Reply

[Post Comment]

"""

TEASERS = """\
  • [{0}]

    Ten mugs that keep coffee hot

    May 1, 2023
  • [{1}]

    Why your toaster browns one side: a short look inside

    April 28, 2023
  • [{2}]

    The quiet blender test

    April 20, 2023

"""

EXCERPTS = """\
  • [c103]
    Lena Quist: How often do you have to repeat it with water ...
  • [c104]
    Wren Abbott: Glad to hear it. We will add a smell ...
  • [c102]
    Bertram Fiske: Vinegar is cheaper though, if you rinse ...

About the site
"""

TABS = "  • Popular\n  • Recent\n\n"

AUTHORS = ["Odile Marsh", "Wren Abbott", "Bertram Fiske", "Lena Quist"]


def _authors(text: str) -> list[str | None]:
    return [c.author for c in threadparse.parse(text).walk()]


@pytest.mark.parametrize(
    "sidebar",
    [
        TABS + TEASERS.format("pic0", "pic1", "pic2") + EXCERPTS,  # the tabbed widget
        TEASERS.format("pic0", "pic1", "pic2"),  # the teasers alone
        TEASERS.format("Image: mugs", "Image: toaster", "Image: blender"),  # other alt text
    ],
    ids=["tabbed-widget", "teasers", "described-pictures"],
)
def test_pictured_teasers_stay_furniture(sidebar: str) -> None:
    assert _authors(SECTION + sidebar) == AUTHORS


def test_pictured_teasers_keep_the_comments_tree() -> None:
    page = threadparse.parse(SECTION + TABS + TEASERS.format("p0", "p1", "p2") + EXCERPTS)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Odile Marsh", 0),
        ("Wren Abbott", 1),
        ("Bertram Fiske", 0),
        ("Lena Quist", 0),
    ]
    assert "Ten mugs" not in " ".join(c.text for c in page.walk())


SIGNED_UNDER_PICTURE = """\
Kettle descaling compared

We tried four ways of descaling a kettle over a month of hard water.

2 Comments

  • [avatar]

    Citric acid worked best for me too, and it leaves no smell at all.

    Odile Marsh

    April 2, 2023
  • [avatar]

    Vinegar is cheaper though, if you rinse it twice the taste goes.

    Bertram Fiske

    April 3, 2023

Leave a Reply
"""


def test_picture_over_a_body_and_its_signature_is_a_comment() -> None:
    """The near shape: a body between the picture and the name over the date."""
    page = threadparse.parse(SIGNED_UNDER_PICTURE)
    assert [(c.author, c.date) for c in page.walk()] == [
        ("Odile Marsh", "April 2, 2023"),
        ("Bertram Fiske", "April 3, 2023"),
    ]
    assert "Citric acid" in page.comments[0].text


NAMED_OVER_BODY = """\
Kettle descaling compared

We tried four ways of descaling a kettle over a month of hard water.

2 Comments

  • Odile Marsh

    Citric acid worked best for me too, and it leaves no smell at all.

    April 2, 2023
  • Bertram Fiske

    Vinegar is cheaper though, if you rinse it twice the taste goes.

    April 3, 2023

Leave a Reply
"""


def test_name_over_a_body_dated_below_is_a_comment() -> None:
    """The item's line a name (no picture), the body, then the date alone."""
    page = threadparse.parse(NAMED_OVER_BODY)
    assert [(c.author, c.date) for c in page.walk()] == [
        ("Odile Marsh", "April 2, 2023"),
        ("Bertram Fiske", "April 3, 2023"),
    ]
