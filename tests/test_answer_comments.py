"""A Q&A page whose answers and the comments under them are stamped by two templates
("NAME·" over "about the poster·Answered 3y ago", and "NAME·3y"), no list markers and
no indentation telling them apart: the template printed first is the answers', and a
run of the other's posts after an answer that counts them ("View 12 comments", as
many or more than the run) are that answer's replies. Without such counts the posts
stay one flat list. Invented pages."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

QUESTION = """\
Sign In
Baking
Sourdough
Why does my sourdough starter smell like nail polish remover?
Profile photo for Henrike Vasquez-Lund
Henrike Vasquez-Lund·
Head baker at a small village bakery (2011–present)·Answered 3y ago

That smell is acetone-like esters, and it means your starter is hungry. The yeast and bacteria have eaten everything and are now producing by-products you can smell.

Feed it more often, or feed it a bigger amount of flour relative to the starter you keep.

2.1K upvotes·View 31 shares·View 4 comments
Add a comment...
Profile photo for Osric Balewa
Osric Balewa·3y

How much bigger? I keep 50 g and feed 50 g of flour every evening.

Profile photo for Henrike Vasquez-Lund
Henrike Vasquez-Lund·3y

Try keeping 20 g and feeding 100 g. The smell should be gone in two or three days.

Profile photo for Tamsin Roque
Tamsin Roque·
Studied food microbiology·Answered 2y ago

The short answer is fermentation products. The long answer involves ethyl acetate, which is produced when the culture is stressed and short of sugars.

It is harmless, but it is a sign the culture is not in balance.

640 upvotes
Profile photo for Leopold Anyanwu
Leopold Anyanwu·
Home baker for far too many years·Answered 9mo ago

Mine did this every summer. Moving it to the cooler pantry fixed it for good, no other change needed.

85 upvotes·View 1 comment
Add a comment...
Profile photo for Priyanka Solberg
Priyanka Solberg·9mo

Same here, the fridge door shelf works well in August.

Related questions
How often should I feed a sourdough starter?
"""  # noqa: E501

TREE = [
    ("Henrike Vasquez-Lund", 0),
    ("Osric Balewa", 1),
    ("Henrike Vasquez-Lund", 1),
    ("Tamsin Roque", 0),
    ("Leopold Anyanwu", 0),
    ("Priyanka Solberg", 1),
]


def _tree(page: threadparse.Page) -> list[tuple[str | None, int]]:
    return [(comment.author, comment.depth) for comment in page.walk()]


def test_answers_at_the_top_and_their_comments_under_them() -> None:
    page = threadparse.parse(QUESTION)
    assert _tree(page) == TREE
    answers = page.comments
    assert [len(answer.children) for answer in answers] == [2, 0, 1]
    assert answers[0].text.startswith("That smell is acetone-like esters")
    assert answers[0].children[0].text.startswith("How much bigger?")
    assert_nothing_lost(page, QUESTION)


def test_a_credential_that_reads_as_a_name_is_no_author() -> None:
    # "Studied food microbiology·Answered 2y ago" joins the answers' template; so does
    # a line about the poster shaped as a name ("Bachelor in Food Science·Answered …")
    text = QUESTION.replace("Studied food microbiology·", "Bachelor in Food Science·")
    page = threadparse.parse(text)
    assert _tree(page) == TREE


def test_a_control_after_the_name_is_no_part_of_it() -> None:
    text = QUESTION.replace("Henrike Vasquez-Lund·\n", "Henrike Vasquez-Lund·Follow\n").replace(
        "Tamsin Roque·\n", "Tamsin Roque·Follow\n"
    )
    page = threadparse.parse(text)
    assert _tree(page) == TREE


def test_other_templates_and_counts() -> None:
    # another wording of both stamps and of the count, with links marked as lynx marks them
    text = (
        QUESTION.replace("·Answered 3y ago", "·[4]Replied 2021-03-14")
        .replace("·Answered 2y ago", "·[9]Replied 2022-01-09")
        .replace("·Answered 9mo ago", "·[12]Replied 2023-06-30")
        .replace("Balewa·3y", "Balewa·2021-03-15")
        .replace("Vasquez-Lund·3y", "Vasquez-Lund·2021-03-16")
        .replace("Solberg·9mo", "Solberg·2023-07-02")
        .replace("View 4 comments", "[5]4 comments")
        .replace("View 1 comment", "[13]1 comment")
    )
    page = threadparse.parse(text)
    assert _tree(page) == TREE
    assert [comment.date for comment in page.walk()][:2] == ["2021-03-14", "2021-03-15"]


def test_without_counts_the_posts_stay_flat() -> None:
    # nothing says the short posts answer the one before them: one flat list
    text = QUESTION.replace("2.1K upvotes·View 31 shares·View 4 comments\n", "").replace(
        "85 upvotes·View 1 comment\n", ""
    )
    page = threadparse.parse(text)
    assert all(comment.depth == 0 for comment in page.walk())


def test_a_count_smaller_than_the_run_nests_nothing() -> None:
    text = QUESTION.replace("View 4 comments", "View 1 comment")
    page = threadparse.parse(text)
    assert all(comment.depth == 0 for comment in page.walk())


def test_dots_with_spaces_around_them() -> None:
    # inscriptis prints " · ": a long line about the poster before its labelled date is
    # no prose all the same ("Home baker for far too many years · Answered 9mo ago")
    text = QUESTION.replace("·", " · ").replace("Lund · \n", "Lund\n")
    text = text.replace("Roque · \n", "Roque\n").replace("Anyanwu · \n", "Anyanwu\n")
    page = threadparse.parse(text)
    assert _tree(page) == TREE


def test_a_picture_names_the_poster_where_no_name_is_printed() -> None:
    # a main-content extraction drops the name links: the picture's alternative text
    # ("Profile photo for Tamsin Roque") is all that names the poster
    text = QUESTION
    for name in ("Henrike Vasquez-Lund", "Tamsin Roque", "Leopold Anyanwu"):
        text = text.replace(f"\n{name}·\n", "\n")
    page = threadparse.parse(text)
    assert _tree(page) == TREE
    assert page.comments[1].header == "Profile photo for Tamsin Roque"
