"""Forum posts whose header block prints two labelled dates: the post's own ("Posted:
DATE", perhaps glued to the alt text of a picture before it, "PostPosted:") and a field of
the poster's profile ("Joined: DATE", the time shown too), the same date again on each
post of one poster. The post's date stamps the post, the profile's date is a field (no
author "Joined"), the name over the subject line is the author, and a post too short to
read as prose (or empty) is still a post of its own: its card stands between its stamp
and the next. Invented posts of a board about model kites, in resiliparse's layout (the
name, the subject, the date, the card, the body) and inscriptis's (the name beside the
date, the card under the body). A list where two names take turns over prose bodies
("Ann: DATE") is left alone: those are two posters, not two labels."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

POSTERS = {
    "kestrelwing": "Tue Mar 03, 2015 8:14 am",
    "dunlin_flyer": "Sat Jan 17, 2015 6:40 pm",
    "ospreyline": "Wed Feb 11, 2015 9:02 pm",
}

POSTS = [  # (poster, day, body)
    ("kestrelwing", 4, "The spine snapped again at the lower spar, so I am trying carbon."),
    ("dunlin_flyer", 4, "Carbon is stiffer but it shatters; a wrapped joint holds up better."),
    ("ospreyline", 5, "Agreed."),
    ("kestrelwing", 6, "Thanks both, I will wrap the joint and report back after the weekend."),
    ("dunlin_flyer", 7, ""),
    ("ospreyline", 8, "Any news?"),
    ("kestrelwing", 9, "It flew for three hours in a stiff breeze and the joint held fine."),
]

RESILIPARSE_POST = """\
{name}
 {subject_label}: Re: Spine keeps snapping
{glued}{posted_label}: {weekday} Apr 0{day}, 2015 {hour}:{minute:02d} pm

{joined_label}: {joined}
{count_label}: {count}
{body}
Top
 Profile
"""

INSCRIPTIS_POST = """\
                                      {subject_label}: Re: Spine keeps snapping
             {name:<24} {posted_label}: {weekday} Apr 0{day}, 2015 {hour}:{minute:02d} pm

                                      {body}


      {joined_label}: {joined}
      {count_label}: {count}

      Top

"""

PAGE = """\
KITE CORNER

the board for people who fly things on strings
* Login   * Register  * FAQ    * Search

Board index » Building

Spine keeps snapping

Post new topic Reply to topic   Page 1 of 1
Author  Message
{posts}
Display posts from previous: All posts
Post new topic Reply to topic
Who is online

Users browsing this forum: No registered users and 1 guest
"""

WEEKDAYS = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

LABELS = {
    "english": ("Post subject", "Post", "Posted", "Joined", "Posts"),
    "german": ("Betreff", "Beitrag", "Verfasst", "Anmeldungsdatum", "Beiträge"),
    "plain": ("Subject", "", "Posted", "Registered", "Messages"),
}


def _page(template: str, labels: tuple[str, str, str, str, str]) -> str:
    subject, glued, posted, joined, count = labels
    posts = "".join(
        template.format(
            name=name, subject_label=subject, glued=glued, posted_label=posted,
            weekday=WEEKDAYS[day], day=day, hour=day + 1, minute=day * 6, joined_label=joined,
            joined=POSTERS[name], count_label=count, count=len(name) * 3, body=body,
        )
        for name, day, body in POSTS
    )  # fmt: skip
    return PAGE.format(posts=posts)


@pytest.mark.parametrize(
    ("template", "language"),
    [
        *((RESILIPARSE_POST, language) for language in sorted(LABELS)),
        # (inscriptis prints the name beside "Verfasst:", a verb not read off names yet)
        *((INSCRIPTIS_POST, language) for language in ("english", "plain")),
    ],
)
def test_the_post_date_stamps_and_the_join_date_is_a_field(template: str, language: str) -> None:
    text = _page(template, LABELS[language])
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == [name for name, _, _ in POSTS]
    assert all(c.text.startswith(body) for c, (_, _, body) in zip(comments, POSTS, strict=True))
    assert [c.date for c in comments] == [
        f"Apr 0{day}, 2015 {day + 1}:{day * 6:02d} pm" for _, day, _ in POSTS
    ]
    assert_nothing_lost(page, text)


def test_a_second_date_that_never_comes_back_is_no_profile_field() -> None:
    """Each post by another poster: no join date comes back, so the second label is no
        profile's field: the key is not split, its last date in each block stamps the posts
    (as before the rule: the page tells nothing that the rule could use)."""
    text = _page(RESILIPARSE_POST, LABELS["english"])
    for name, joined in POSTERS.items():
        for at in range(text.count(joined)):
            text = text.replace(joined, f"Mon Jun 0{at + 1}, 2009 1:0{len(name) % 10} pm", 1)
    page = threadparse.parse(text)
    assert all((c.date or "").startswith("Jun") for c in page.walk())
    assert_nothing_lost(page, text)


# prosilver's layout in resiliparse: the card (name, post count, join date with its time)
# over the subject and "Post by NAME » DATE": the join date's label keys a date key of
# its own, beside the posts' key
CARD_OVER_POST = """\
{name}
{count_label}: {count}
{joined_label}: {joined}

Re: Spine keeps snapping

{glued} by {name} » {day}. Apr 2015, {hour}:{minute:02d}

{body}
Top
"""

CARD_LABELS = {
    "english": ("", "Post", "", "Joined", "Posts"),
    "german": ("", "Beitrag", "", "Registriert", "Beiträge"),
}


@pytest.mark.parametrize("language", sorted(CARD_LABELS))
def test_a_join_date_keyed_apart_from_the_posts_is_a_field(language: str) -> None:
    """The join dates come back (one poster's on each of their posts) while the posts'
    run on: "Joined" is the card's field, no post of its own, and the post's stamp under
    it is not cut from the body by it."""
    text = (
        _page(CARD_OVER_POST, CARD_LABELS[language])
        .replace("8:14 am", "08:14")
        .replace("6:40 pm", "18:40")
        .replace("9:02 pm", "21:02")
    )
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == [name for name, _, _ in POSTS]
    assert all(c.text.startswith(body) for c, (_, _, body) in zip(comments, POSTS, strict=True))
    assert [c.date for c in comments] == [
        f"{day}. Apr 2015, {day + 1}:{day * 6:02d}" for _, day, _ in POSTS
    ]
    assert_nothing_lost(page, text)
