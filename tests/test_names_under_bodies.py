"""Comments signed under their bodies by a name over a date (invented pages in the
shape of a recipe site's comments: "Excellent!" over "Tupepa" over "08 avril 2020",
perhaps a bar of votes and controls under the date). The name is the poster's and no
line of the body. A numbered list of the recipe's steps ("1" over each paragraph),
whose numbers tell no one's name, does not hide the comments after it. Names over
dates over the bodies (headers) stay headers, the last body short as it may be."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

COMMENTS = [
    ("Mireille", "12 mars 2021", "Très bonne recette, mes enfants ont adoré le gratin."),
    ("Paulo", "02 février 2021", "Parfait!"),
    ("Sandrine L.", "14 janvier 2021", "J'ai remplacé la crème par du lait de coco, un délice."),
    (
        "Hugo",
        "30 décembre 2020",
        "Un peu trop salé à mon goût, je mettrai moins de sel la prochaine fois.",
    ),
    ("Anaïs", "28 décembre 2020", "Facile et rapide, je la referai pour les fêtes."),
]
STEPS = [
    "Préchauffez le four à 200 °C et beurrez un plat à gratin assez large.",
    "Épluchez les pommes de terre, coupez-les en rondelles fines et rangez-les dans le plat.",
    "Versez la crème, salez, poivrez et enfournez pour quarante minutes environ.",
]


def _page(layout: str) -> str:
    """The page as resiliparse prints it (``"blank"``: a blank line between the body and
    the name) or as lynx does (``"bar"``: the body glued over the name, a bar of votes
    and controls under the date)."""
    lines = ["Gratin dauphinois facile", "", "Préparation :", ""]
    lines += ["  • Préparation 20 min", "  • Cuisson 40 min", "  • Repos 10 min", ""]
    for number, step in enumerate(STEPS, 1):
        lines += [f"  • {number}", "", f"    {step}", ""]
    lines += ["Commentaires :", "", "Noter la recette:", ""]
    for name, date, body in COMMENTS:
        if layout == "blank":
            lines += [body, "", name, date, ""]
        else:
            lines += [body, name, date, "(BUTTON) 3 (BUTTON) 0 (BUTTON) Signaler un abus", ""]
    lines += ["Recettes similaires :", "", "Tartiflette au four", "Gratin de courgettes"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("layout", ["blank", "bar"])
def test_a_name_over_a_date_under_each_body_signs_it(layout: str) -> None:
    text = _page(layout)
    page = threadparse.parse(text)
    assert [(c.author, c.date, c.text) for c in page.walk()] == [
        (name, date, body) for name, date, body in COMMENTS
    ]
    assert_nothing_lost(page, text)


def _headers_first(comments: list[tuple[str, str, str]], after: list[str]) -> str:
    lines = ["Gratin dauphinois facile", "", "La recette de ma grand-mère.", ""]
    lines += ["Commentaires :", ""]
    for name, date, body in comments:
        lines += [name, date, "", body, ""]
    return "\n".join(lines + after) + "\n"


@pytest.mark.parametrize("last", ["Merci, à refaire !", "Parfait!", "Top."])
def test_names_over_dates_over_bodies_stay_headers(last: str) -> None:
    """The same comments, each name and date over its body, the last body a short
    sentence or one word closed as a sentence: headers."""
    comments = [*COMMENTS[2:], COMMENTS[0], ("Paulo", "02 février 2021", last)]
    text = _headers_first(comments, ["Recettes similaires :", "", "Tartiflette au four"])
    page = threadparse.parse(text)
    assert [(c.author, c.text) for c in page.walk()] == [(n, b) for n, _, b in comments]
    assert_nothing_lost(page, text)


@pytest.mark.parametrize("under", ["Voir plus", "Recettes similaires :", "Gratin, tartiflette"])
def test_a_last_date_over_a_line_that_closes_no_sentence_stamps_no_post(under: str) -> None:
    """A last name and date over a short line that is no sentence (a link, a heading):
    the page's furniture, not a post."""
    comments = [*COMMENTS[2:], COMMENTS[0]]
    after = ["Paulo", "02 février 2021", "", under, "", "Tartiflette au four"]
    page = threadparse.parse(_headers_first(comments, after))
    assert [(c.author, c.text) for c in page.walk()] == [(n, b) for n, _, b in comments]
