"""A poster's card between the name and the date, under the avatar's text
(`transform._avatar_repeats`, `transform._dated_under`): a review site prints each
review as an item opened by its avatar's alternative text ("Photo of Dana K."), then
the name, then a card of short lines (a badge, a town, counters, the rating), then the
date and the review. The name is the one the avatar's text spells; the card's lines are
the header's, not the review's. Invented pages."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

REVIEWS = """\
Harbour Grill - Portland

4.3 (212 reviews)

Recommended reviews

  • {picture} Dana K.
    Dana K.
    Elite 25
    Portland, OR
    31
    204
    {rating} 5
    Mar 3, 2024

    The grilled octopus was perfect and the terrace has the best view in town.
  • {picture} Omar S.
    Omar S.
    Seattle, WA
    2
    9
    {rating} 3
    Feb 26, 2024

    Good fish, slow service. We waited forty minutes between courses.
  • {picture} Lin P.
    Lin P.
    Elite 25
    Vancouver, BC
    88
    412
    {rating} 4
    Feb 11, 2024

    Fresh oysters and a friendly bartender. Book ahead on weekends.

Page 1 of 22
"""


def _comments(text: str) -> list[tuple[str | None, str]]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [(comment.author, comment.text) for comment in page.walk()]


def test_the_card_between_the_name_and_the_date_is_the_header() -> None:
    text = REVIEWS.format(picture="Photo of", rating="Rated")
    comments = _comments(text)
    assert [author for author, _ in comments] == ["Dana K.", "Omar S.", "Lin P."]
    assert comments[1][1] == "Good fish, slow service. We waited forty minutes between courses."


def test_the_card_in_another_language() -> None:
    text = REVIEWS.format(picture="Foto de", rating="Avaliação").replace(
        "Mar 3, 2024", "3 mar 2024"
    )
    text = text.replace("Feb 26, 2024", "26 fev 2024").replace("Feb 11, 2024", "11 fev 2024")
    comments = _comments(text)
    assert [author for author, _ in comments] == ["Dana K.", "Omar S.", "Lin P."]
    assert comments[0][1].startswith("The grilled octopus")
