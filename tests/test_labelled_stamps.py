"""Forum posts stamped by a labelled date over the post's number ("Posted : 11/02/2023
10:01 am" over "#2195", the label spaced from its colon) under a profile column (the
name twice, a rank, "Joined:", "Posts:"): the label is no name, the name printed twice
is the author. A "Recent Posts" list after the posts (a title, a question perhaps, over
"by NAME, 2 hours ago") holds no comment. Invented posts of a model engineering board."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import threadparse
from conftest import assert_nothing_lost

PEOPLE = [
    ("Tobias Renwick", "Member"),
    ("Marguerite Olande", "Moderator"),
    ("Hal Brierley", "Member"),
    ("Dmitri Vasko", "Member"),
    ("Tobias Renwick", "Member"),
]

POST = """\
{name}
{name}
{rank}
Joined: {joined} years ago
Posts: {count}
{label} : 11/0{day}/2023 10:{minute:02d} am
#{number}

Post {day}: the headstock whines at speed, so I am checking the bearings and the belt first.

Quote Reply Like
"""

PAGE = """\
Restoring a small lathe: where to start?
Forum › Machines › Lathes
Add Reply
{posts}Add Reply

Reply to Restoring a small lathe: where to start?

Recent Posts

  • Best chuck key holder?

    by Wen Caldicott, 2 hours ago

  • Knurling tool recommendations

    by Hal Brierley, 5 hours ago

  • Re: Restoring a small lathe: where to start?

    by Tobias Renwick, 1 day ago

Online Members

No online members at the moment
"""


def _page(label: str) -> str:
    posts = "".join(
        POST.format(
            name=name, rank=rank, joined=day, count=day * 37, label=label, day=day,
            minute=day * 6, number=2190 + day,
        )
        for day, (name, rank) in enumerate(PEOPLE, start=1)
    )  # fmt: skip
    return PAGE.format(posts=posts)


@pytest.mark.parametrize("label", ["Posted", "Beitrag", "Publié"])
def test_a_labelled_date_over_the_number_names_no_one(label: str) -> None:
    text = _page(label)
    page = threadparse.parse(text)
    assert [comment.author for comment in page.walk()] == [name for name, _ in PEOPLE]
    assert_nothing_lost(page, text)


HELDOUT9 = Path(__file__).resolve().parent / "heldout9"


@pytest.mark.parametrize("dialect", ["resiliparse", "w3m", "lynx"])
def test_a_recent_posts_list_after_the_posts_holds_no_comment(dialect: str) -> None:
    """The round-12 wpForo page (invented): its "Recent Posts" items, a question among
    their titles, stay out of the comments, and every post is named."""
    truth_file = HELDOUT9 / "wpforo.minilathe-a.truth.json"
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    text = (HELDOUT9 / f"wpforo.minilathe-a.{dialect}.txt").read_text(encoding="utf-8")
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [c["author"] for c in truth["comments"]]
