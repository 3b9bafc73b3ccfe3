"""A Q&A page that signs each answer with a card of the shape that heads its comments:
"NAME wrote DATE" under the answer's body, its controls under it, and "NAME wrote DATE"
over each comment's text. The question's card signs the page's opening post: the
comments under it are top-level comments; each answer is a top-level comment and the
comments under it, down to the next answer, its replies. A header over a label
("Featured") with the body under it is no card. Invented pages."""

from __future__ import annotations

import threadparse

QUESTION = """\
Potting Exchange
Questions Tags Sign in

+6 −0

Why do my basil seedlings fall over a week after sprouting?

I sow basil on a windowsill in seed compost and water from below. The seedlings come
up well but after a week many of them {fold} at the base and die.

Is this something in the compost, or am I doing something wrong?
{pic}Lena Oduya wrote 3 months ago
Tap Follow Report

1 comment thread

Compost question (2 comments)
Piet Vanloo wrote 3 months ago

Did you sterilise the compost or use it straight from the bag as it came?

Lena Oduya wrote 3 months ago

Straight from the bag, I did not know it could matter for seedlings.

Add comment
2 answers

Answer
+9 −0

This is damping off, a fungus that lives in damp compost and attacks the stems at
the soil line. Water less often and let the surface dry between waterings.

A small fan on the lowest setting helps a lot, and so does a thin layer of grit.
{pic}Sunniva Hald wrote 3 months ago
Tap Follow Report

1 comment thread

Fan (2 comments)
Lena Oduya wrote 2 months ago

Would a fan not dry them out far too much on a sunny windowsill?

Sunniva Hald wrote 2 months ago

Not on the lowest setting, it only keeps the air moving around them.

Add comment
Answer
+3 −0

Old seed trays can carry the fungus from one year to the next. Wash them in hot
soapy water before you sow the next batch in them.
{pic}Marek Tosh wrote 2 months ago
Tap Follow Report

No comments yet
"""


def _parse(text: str) -> list[tuple[str | None, int]]:
    return [(c.author, c.depth) for c in threadparse.parse(text).walk()]


WANTED = [
    ("Piet Vanloo", 0),
    ("Lena Oduya", 0),
    ("Sunniva Hald", 0),
    ("Lena Oduya", 1),
    ("Sunniva Hald", 1),
    ("Marek Tosh", 0),
]


def test_cards_glued_under_the_bodies_sign_the_answers() -> None:
    """The card glued under each answer's last line signs it; comments nest under it."""
    page = threadparse.parse(QUESTION.format(fold="collapse", pic=""))
    assert [(c.author, c.depth) for c in page.walk()] == WANTED
    answer = page.comments[2]
    assert answer.text.startswith("This is damping off")
    assert "grit" in answer.text and "Add comment" not in answer.text


def test_a_picture_between_body_and_card() -> None:
    """A picture's placeholder between the body and its card ("[32]"): still its card."""
    assert _parse(QUESTION.format(fold="collapse", pic="[32]\n")) == WANTED


def test_cards_set_apart_by_blank_lines() -> None:
    """The body, its avatar and its card each set apart by blank lines (html2text)."""
    text = QUESTION.format(fold="collapse", pic="\n![](/u/avatar.png)\n\n")
    assert _parse(text) == WANTED


BLOG = """\
Garden Notes

Sowing basil indoors

Basil wants warmth more than light in its first weeks, and a windowsill above a
radiator is often the best spot in the house for it.

3 comments

Piet Vanloo wrote 3 months ago
Featured
I sow mine in February and they always do well on the kitchen sill above the oven.

Lena Oduya wrote 3 months ago

Mine fall over after a week, I think the compost stays too wet for them.

Marek Tosh wrote 2 months ago
Featured
Try a thin layer of grit on top, it keeps the stems dry at the soil line.
"""


def test_headers_over_a_label_are_no_cards() -> None:
    """A header over a label ("Featured") with its body under that heads the body: the
    comments are read flat, none signing the one over it."""
    found = _parse(BLOG)
    assert [author for author, _ in found] == ["Piet Vanloo", "Lena Oduya", "Marek Tosh"]
    assert all(depth == 0 for _, depth in found)
