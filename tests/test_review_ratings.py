"""A shop's review list prints each review's author alone on a line, then its rating with
the review's title glued after it ("4.0 out of 5 starsPours like a dream"), then the same
label before every date ("Reviewed in Canada on March 5, 2024"), a field of the product's
variant ("Colour: Slate"), the body, and the votes under it. The rating line is the
review's header, not its prose (`posts.prose.opens_with_rating`), so the author over it
stands in the review's header block; the same words before every date are a label
(`posts.templates._labelled_unframed`); and a field whose values repeat down the list (the
variant most reviews bought) names no poster (`posts.reading._labelled_names`).
Invented review lists in the shapes converters print them."""

from __future__ import annotations

import pytest

import threadparse
from threadparse.posts.prose import opens_with_rating

REVIEWS = [
    (
        "Odile Marchetti",
        "4.0",
        "Sturdy, but the lid sticks",
        "March 5, 2024",
        "Slate",
        [
            "Bought it for the porch. It survived two storms without a wobble.",
            "The lid needs a firm pull when it is cold outside.",
        ],
    ),
    (
        "Bram",
        "5.0",
        "Exactly as pictured",
        "February 27, 2024",
        "Slate",
        [
            "Colour is true to the photos and the hinges feel solid.",
        ],
    ),
    (
        "Keiko Ferreira",
        "2.0",
        "Arrived with a cracked corner",
        "March 1, 2024",
        "Sand",
        [
            "Packaging was thin and one corner was cracked on arrival.",
            "The replacement was fine, hence two stars.",
        ],
    ),
    (
        "T. Adeyemi",
        "5.0",
        "Holds all the garden tools",
        "February 14, 2024",
        "Slate",
        [
            "Spades, rakes and the hose reel all fit with room to spare.",
        ],
    ),
    (
        "Lucía Brandt",
        "3.0",
        "Fine box, fiddly assembly",
        "March 3, 2024",
        "Moss",
        [
            "Took two of us an hour; the screws are tiny and the manual is vague.",
        ],
    ),
]


def _page(rating: str, dated: str, field: str, votes: str, lynx: bool = False) -> str:
    lines = [
        "Acme Garden Storage Box, 300 L",
        "",
        "Customer reviews",
        "",
        "1,204 global ratings",
        "",
    ]
    for number, (name, stars, title, date, colour, body) in enumerate(REVIEWS):
        shown = rating.format(stars=stars, title=title)
        if lynx:
            shown = f"[{20 + 2 * number}]{shown.replace(title, f'[{21 + 2 * number}]{title}')}"
        lines += [name, shown, dated.format(date=date), field.format(colour=colour)]
        lines += [*body, votes.format(n=number + 3), "HelpfulReport"]
    lines += ["", "See more reviews", "", "Back to top"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("rating", "dated", "field"),
    [
        (
            "{stars} out of 5 stars{title}",
            "Reviewed in Canada on {date}",
            "Colour: {colour}Verified Purchase",
        ),
        (
            "{stars} out of 5 stars {title}",
            "Reviewed in the United Kingdom on {date}",
            "Colour Name: {colour}",
        ),
        ("Rated {stars} out of 5 {title}", "Reviewed on {date}", "Style: {colour}"),
    ],
)
def test_authors_over_their_ratings(rating: str, dated: str, field: str) -> None:
    page = threadparse.parse(_page(rating, dated, field, "{n} people found this helpful"))
    comments = list(page.walk())
    assert [c.author for c in comments] == [name for name, *_ in REVIEWS]
    assert [c.date for c in comments] == [date for *_, date, _, _ in REVIEWS]
    for comment, (*_, body) in zip(comments, REVIEWS, strict=True):
        assert body[0] in comment.text  # (the body, not the variant's field, is the text)
        assert not comment.text.startswith(("Colour:", "Colour Name:", "Style:"))


def test_lynx_numbers_before_the_rating() -> None:
    text = _page(
        "{stars} out of 5 stars{title}",
        "Reviewed in Canada on {date}",
        "Colour: {colour}Verified Purchase",
        "{n} people found this helpful",
        lynx=True,
    )
    comments = list(threadparse.parse(text).walk())
    assert [c.author for c in comments] == [name for name, *_ in REVIEWS]


def test_german_shop() -> None:
    text = _page(
        "{stars} von 5 Sternen {title}",
        "Rezension aus Deutschland vom {date}",
        "Farbe: {colour}",
        "{n} Personen fanden diese Informationen hilfreich",
    )
    comments = list(threadparse.parse(text).walk())
    assert [c.author for c in comments] == [name for name, *_ in REVIEWS]


def test_variant_field_names_no_poster() -> None:
    """Without the rating line the author has no header block: no review list is read
    by the variant's field, whose values repeat ("Slate" on three of five)."""
    text = _page(
        "{title}", "Reviewed in Canada on {date}", "Colour: {colour}", "{n} found this helpful"
    )
    authors = [c.author for c in threadparse.parse(text).walk()]
    assert "Slate" not in authors and "Colour: Slate" not in authors


@pytest.mark.parametrize(
    ("line", "rated"),
    [
        ("4.0 out of 5 starsPours like a dream", True),
        ("Rated 5 out of 5", True),
        ("4,0 von 5 Sternen Tolles Teil", True),
        ("5,0 sur 5 étoiles Parfait", True),
        ("8/10", True),
        ("★★★★☆ Lovely", True),
        ("[26]4.0 out of 5 stars[27]Pours like a dream", True),
        ("I would give it 4 out of 5 stars.", False),
        ("Ann Lee", False),
        ("4.0 out of 5 stars " + "and the rest of a very long sentence " * 4, False),
    ],
)
def test_rating_lines(line: str, rated: bool) -> None:
    assert opens_with_rating(line) is rated
