"""A Q&A page that prints each post's header under its body, as a meta line of a verb,
the date and "by NAME" ("answered Mar 5, 2024 by Ann (310 points)", "commented Mar 6 by
Bob"): the answers are the comments, the lines signed under an answer its replies, the
lines signed under the question (its own meta line names the place it was asked in,
"asked DATE in Topic by Ann") comments at the top. The answer form's title ("Your
answer") ends the posts: a list of the site's recent activity under it, each title over
a meta line, is no post. A date and "by NAME" over the body is a header all the same.
Invented pages."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

QUESTION = """\
GardenAsk
  • Questions
  • Tags
  • Ask a Question
Login Register

Why do my tomato leaves curl upwards after the first hot week?

+4 votes

My tomato plants were fine until the first week above 30 degrees. Now the upper leaves curl upwards and feel leathery, but there are no spots and the fruit keeps setting.

I water every evening with a drip line, about two litres a plant.

  • tomatoes
  • heat
asked Jun 3, 2024 in Vegetables by marrowfield (820 points)
Do the leaves uncurl in the morning, or do they stay curled all day?
commented Jun 3 by quillon_b (150 points)
They stay curled all day, even on the cooler days since.
commented Jun 4 by marrowfield (820 points)

2 Answers

+7 votes

Best answer

That is physiological leaf roll. The plant folds its leaves to lose less water in the heat, and it does no harm to the crop.

Keep the watering even and add mulch around the stems; the leaves may stay rolled, but new growth should be flat.

answered Jun 4 by Odile Ferrant (2.3k points)
Thank you, that is a relief. I will mulch this weekend.
commented Jun 5 by marrowfield (820 points)
Straw works well for this, and it keeps the fruit off the soil too.
commented Jun 5 by Odile Ferrant (2.3k points)
+2 votes

Check the fertiliser too. Too much nitrogen makes the same upward roll, so skip the next feed and see whether the new leaves change.

answered Jun 6 by quillon_b (150 points)

Your answer

Privacy: Your email address will only be used for sending these notifications.

Recent activity in Vegetables

Why do my tomato leaves curl upwards after the first hot week?
answered Jun 6 by quillon_b
Courgette flowers drop without any fruit
asked Jun 5 by hedgerow_tim
Why do my tomato leaves curl upwards after the first hot week?
commented Jun 5 by Odile Ferrant
Best time to plant garlic in a cold region
answered Jun 4 by Sabine Korr

Categories

  • All categories
  • Vegetables (1.2k)
Powered by an open-source Q&A engine
"""  # noqa: E501

TREE = [
    ("quillon_b", 0),
    ("marrowfield", 0),
    ("Odile Ferrant", 0),
    ("marrowfield", 1),
    ("Odile Ferrant", 1),
    ("quillon_b", 0),
]


def _tree(page: threadparse.Page) -> list[tuple[str | None, int]]:
    return [(comment.author, comment.depth) for comment in page.walk()]


def test_answers_signed_under_their_bodies_and_their_comments_under_them() -> None:
    page = threadparse.parse(QUESTION)
    assert _tree(page) == TREE
    assert page.comments[0].text.startswith("Do the leaves uncurl")
    answer = page.comments[2]
    assert answer.text.startswith("That is physiological leaf roll.")
    assert answer.text.rstrip().endswith("new growth should be flat.")
    assert [reply.text.split(".")[0] for reply in answer.children] == [
        "Thank you, that is a relief",
        "Straw works well for this, and it keeps the fruit off the soil too",
    ]
    assert_nothing_lost(page, QUESTION)


def test_the_recent_activity_under_the_answer_form_is_no_post() -> None:
    page = threadparse.parse(QUESTION)
    texts = [comment.text for comment in page.walk()]
    assert not any("Courgette" in text or "Privacy" in text for text in texts)
    assert page.comments[-1].text.startswith("Check the fertiliser too.")


def test_another_verb_and_a_short_count_of_points() -> None:
    # "replied DATE by NAME (N pts)" under each answer, "noted" under each comment
    text = (
        QUESTION.replace("answered Jun", "replied Jun")
        .replace("commented Jun", "noted Jun")
        .replace(" points)", " pts)")
    )
    page = threadparse.parse(text)
    assert _tree(page) == TREE


def test_another_language() -> None:
    # the verbs in German, the dates written out in full ("beantwortet 4. Juni 2024 by")
    text = QUESTION
    for day in (3, 4, 5, 6):
        text = text.replace(f" Jun {day} by", f" {day}. Juni 2024 by")
    text = (
        text.replace("answered ", "beantwortet ")
        .replace("commented ", "kommentiert ")
        .replace("asked Jun 3, 2024", "gefragt 3. Juni 2024")
        .replace("Your answer", "Ihre Antwort")
    )
    page = threadparse.parse(text)
    assert _tree(page) == TREE
    assert page.comments[2].date == "4. Juni 2024"


def test_a_dated_byline_over_its_body_stays_a_header() -> None:
    # "Posted DATE by NAME" over each comment's text: the header opens the comment
    text = """\
Notes from the allotment

The first week of heat came early this year, and the tomatoes felt it before anything else did.

Posted Jun 3, 2024 by Wren Halloway
Mine curled too, and mulch helped within a week.

Posted Jun 4, 2024 by Teodor Blam
I shade mine with an old net curtain on the worst afternoons.

Posted Jun 5, 2024 by Wren Halloway
That is a clever use for the curtain, I will try it.
"""
    page = threadparse.parse(text)
    assert [(c.author, c.text.split(",")[0]) for c in page.walk()] == [
        ("Wren Halloway", "Mine curled too"),
        ("Teodor Blam", "I shade mine with an old net curtain on the worst afternoons."),
        ("Wren Halloway", "That is a clever use for the curtain"),
    ]
