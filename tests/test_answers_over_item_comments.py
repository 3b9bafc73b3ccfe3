"""A Q&A page whose question and answers are headed by plain lines ("NAME asked • DATE",
"NAME answered • DATE", each over its body) and whose comments are list items under
them ("• NAME • DATE" over the comment): the plain header lines and the items make one
stamp template, read on two levels where the items stand in runs under the plain posts
and either a count stands over each run ("3 comments") or every plain line prints a
verb between the name and the date that no item prints. The answers are comments with
the verb off their authors, each item thread their replies; the question is the
article (a count of the answers under its comments, or a verb of its own), its
comments the page's, at the top level. Invented pages."""

from __future__ import annotations

import re

import threadparse
from conftest import assert_nothing_lost

PAGE = """\
Forums
  • Home
  • Ask

Dovetail joints keep splitting when I tap them together

Wilhelmina Osei asked • Feb 11, 2024, 8:05 AM

I cut through dovetails in white oak with a saw and chisel, and every time I tap a joint together the tail board splits along the grain at one of the outer tails. The fit is snug but not tight.

Is this a glue problem, a fit problem, or just the wood?

  • Woodworking
  • Hand tools

2 comments

  • Casimir Lindgren • Feb 11, 2024, 9:12 AM

    How thick is the stock, and what angle are the tails cut at?

  • Wilhelmina Osei • Feb 11, 2024, 9:40 AM

    Three quarters of an inch, and the tails are at about one in six.

2 answers

Accepted answer
Rosalind Achterberg answered • Feb 11, 2024, 11:30 AM

Snug is already too tight for oak. Pare the inside of the pins until the joint goes in halfway by hand, then tap it home.

Also chamfer the inside edges of the tails so they do not catch.

4 votes

2 comments

  • Wilhelmina Osei • Feb 12, 2024, 7:02 AM

    Pared the pins down and the next one went together with no split at all.

  • Casimir Lindgren • Feb 12, 2024, 7:45 AM

    A tiny chamfer makes a big difference, agreed.

Tobiah Mwangi-Hart answered • Feb 13, 2024, 4:18 PM

Check the moisture too. Oak that is still drying shrinks across the grain after you fit the joint, and then the next fit is too tight again.

1 vote

1 comment

  • Rosalind Achterberg • Feb 13, 2024, 6:51 PM

    Good point, a cheap meter pays for itself here.

Your answer
"""  # noqa: E501

TREE = [
    ("Casimir Lindgren", 0),
    ("Wilhelmina Osei", 0),
    ("Rosalind Achterberg", 0),
    ("Wilhelmina Osei", 1),
    ("Casimir Lindgren", 1),
    ("Tobiah Mwangi-Hart", 0),
    ("Rosalind Achterberg", 1),
]


def _tree(page: threadparse.Page) -> list[tuple[str | None, int]]:
    return [(comment.author, comment.depth) for comment in page.walk()]


def _uncounted(text: str) -> str:
    """The page without the counts over the runs and over the answers."""
    for count in ("2 comments\n\n", "1 comment\n\n", "2 answers\n\n"):
        text = text.replace(count, "")
    return text


def test_answers_over_their_item_comments() -> None:
    page = threadparse.parse(PAGE)
    assert _tree(page) == TREE
    answers = page.comments[2:]
    assert [len(answer.children) for answer in answers] == [2, 1]
    assert answers[0].text.startswith("Snug is already too tight for oak.")
    assert answers[0].date == "Feb 11, 2024, 11:30 AM"
    assert answers[0].children[1].text.startswith("A tiny chamfer")
    assert "Dovetail joints" not in " ".join(comment.text for comment in page.walk())
    assert_nothing_lost(page, PAGE)


def test_without_counts_the_verbs_tell_the_levels() -> None:
    # no count over any run, nor over the answers: the verbs alone ("fragte" over
    # "antwortete", which no comment prints) tell the question and the two levels
    text = _uncounted(PAGE).replace(" asked •", " fragte ·").replace(" answered •", " antwortete ·")
    page = threadparse.parse(text)
    assert _tree(page) == TREE


MARKDOWN = """\
# Dovetail joints keep splitting when I tap them together

[Wilhelmina Osei](/u/31) asked • Feb 11, 2024, 8:05 AM

I cut through dovetails in white oak with a saw and chisel, and every time I tap
a joint together the tail board splits along the grain at one of the outer
tails. The fit is snug but not tight.

#### 2 comments

  * [Casimir Lindgren](/u/8) • Feb 11, 2024, 9:12 AM

How thick is the stock, and what angle are the tails cut at?

Report

  * [Wilhelmina Osei](/u/31) • Feb 11, 2024, 9:40 AM

Three quarters of an inch, and the tails are at about one in six.

Report

Add comment

## 2 answers

Accepted answer

[Rosalind Achterberg](/u/77) answered • Feb 11, 2024, 11:30
AM

Snug is already too tight for oak. Pare the inside of the pins until the joint
goes in halfway by hand, then tap it home.

4 votes Upvote Report

#### 2 comments

  * [Wilhelmina Osei](/u/31) • Feb 12, 2024, 7:02 AM

Pared the pins down and the next one went together with no split at all.

Report

  * [Casimir Lindgren](/u/8) • Feb 12, 2024, 7:45 AM

A tiny chamfer makes a big difference, agreed.

Report

Add comment

[Tobiah Mwangi-Hart](/u/12) answered • Feb 13, 2024, 4:18 PM

Check the moisture too. Oak that is still drying shrinks across the grain after
you fit the joint, and then the next fit is too tight again.

1 vote Upvote Report

#### 1 comment

  * [Rosalind Achterberg](/u/77) • Feb 13, 2024, 6:51 PM

Good point, a cheap meter pays for itself here.

Report

Add comment

## Your answer
"""


def test_markdown_links_and_a_header_wrapped_inside_its_time() -> None:
    # html2text: links around the names, the items' bodies at the margin, one answer's
    # header wrapped before the half of the day ("11:30" over "AM")
    page = threadparse.parse(MARKDOWN)
    assert _tree(page) == TREE
    assert page.comments[2].date == "Feb 11, 2024, 11:30 AM"
    assert page.comments[2].text.startswith("Snug is already")


def test_counts_alone_tell_the_levels() -> None:
    # no verb on any header line: the counts over the runs nest them (the question,
    # headed as its comments are, is read as the opening post by its own rule)
    text = PAGE.replace(" asked •", " •").replace(" answered •", " •")
    page = threadparse.parse(text)
    assert _tree(page)[-5:] == TREE[2:]


def test_verbs_on_the_items_too_nest_nothing_without_counts() -> None:
    # the items print a verb as the plain lines do ("• Bo Ek replied • DATE") and
    # nothing counts the runs: no verb tells the levels apart, nothing is nested
    text = re.sub(r"(?m)^(  • [^•\n]+) •", r"\1 replied •", _uncounted(PAGE))
    assert "  • Casimir Lindgren replied • Feb 11" in text
    page = threadparse.parse(text)
    assert all(comment.depth == 0 for comment in page.walk())


def test_no_verb_and_no_count_nest_nothing() -> None:
    # plain header lines and items of one template, nothing else: a list whose
    # converter printed some headers as items, no two levels
    text = _uncounted(PAGE).replace(" asked •", " •").replace(" answered •", " •")
    page = threadparse.parse(text)
    assert all(comment.depth == 0 for comment in page.walk())
