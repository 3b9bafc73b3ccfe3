"""Comments whose date closes the body in a bar of controls ("2 years ago 3 Likes Like
Reply"), the name over the body perhaps with the comment's number glued before it and
the comment it answers after it ("1Owen Marsh In reply to Lena Fisk"): the bar stamps
the body over it where (nearly) every such bar stands right under prose, the number is
no part of the name where (nearly) every name has one, and "In reply to NAME" hangs the
comment under the latest comment of NAME. A date line closed by controls over a body
(a header) stays a header. Invented pages."""

from __future__ import annotations

import re

import threadparse
from conftest import assert_nothing_lost

PAGE = """\
Three days on the Cairngorms loop
We rode the loop in September with full bags, two nights out and one in a bothy.
5 Comments (8 counting replies)
1Mairi Lennox

Lovely write-up. How did the frame bag hold up in that much rain?

2 years ago 3 Likes Like Reply
1Owen Marsh In reply to Mairi Lennox

It leaked too. Everything inside went into a dry bag first, which saved the stove.

2 years ago 1 Like Like Reply
1Mairi Lennox In reply to Owen Marsh

Dry bags inside the frame bag it is, then. Thanks!

2 years ago Like Reply
2Anonymous

What gearing did you run? The climb out of the glen looks brutal on the profile.

2 years ago Like Reply
3Raul Ibarra

Carrying two days of food between the towns is the most useful advice in the post.

2 years ago 7 Likes Like Reply
1Owen Marsh In reply to Raul Ibarra

Completely agree. We ran out on the second evening and ate porridge for dinner.

2 years ago 2 Likes Like Reply
4Bettina Kahl

Midges were bad only in the two glens with no wind at all, the rest was fine.

1 year ago Like Reply
5Tam Nguyen

Did this loop last month thanks to your post. The ford was knee deep, be careful.

2 months ago Like Reply
Post a comment
"""

TREE = [
    ("Mairi Lennox", 0),
    ("Owen Marsh", 1),
    ("Mairi Lennox", 2),
    ("Anonymous", 0),
    ("Raul Ibarra", 0),
    ("Owen Marsh", 1),
    ("Bettina Kahl", 0),
    ("Tam Nguyen", 0),
]


def test_bars_under_bodies_and_replies_by_name() -> None:
    page = threadparse.parse(PAGE)
    assert [(c.author, c.depth) for c in page.walk()] == TREE
    assert page.comments[0].date == "2 years ago"
    assert page.comments[0].text.startswith("Lovely write-up.")
    assert "Like Reply" not in page.comments[0].text
    assert_nothing_lost(page, PAGE)


def test_names_without_numbers() -> None:
    text = re.sub(r"(?m)^[0-9](?=[A-Z])", "", PAGE)
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == TREE


HEADERS = """\
Three days on the Cairngorms loop
We rode the loop in September with full bags, two nights out and one in a bothy.
3 Comments
Mairi Lennox
2 years ago Like Reply
Lovely write-up. How did the frame bag hold up in that much rain?
Owen Marsh
2 years ago Like Reply
It leaked too. Everything inside went into a dry bag first, which saved the stove.
Tam Nguyen
2 months ago Like Reply
Did this loop last month thanks to your post. The ford was knee deep, be careful.
"""


def test_a_date_and_controls_over_the_body_is_a_header() -> None:
    page = threadparse.parse(HEADERS)
    assert [c.author for c in page.walk()] == ["Mairi Lennox", "Owen Marsh", "Tam Nguyen"]
    assert page.comments[1].text.startswith("It leaked too.")


def test_numbers_apart_from_the_names_and_controls_in_french() -> None:
    # inscriptis prints a top comment's number apart ("4 Bettina Kahl"); a French page's
    # bar: "Il y a 2 ans 1 J'aime J'aime Répondre"
    text = re.sub(r"(?m)^([2-5])(?=[A-Z])", r"\1 ", PAGE)
    text = text.replace("Likes Like Reply", "J'aime J'aime Répondre").replace(
        "Like Like Reply", "J'aime J'aime Répondre"
    )
    text = text.replace("Like Reply", "J'aime Répondre").replace("years ago", "ans")
    text = re.sub(r"(?m)^([0-9]+) ans", r"Il y a \1 ans", text)
    text = text.replace("In reply to", "En réponse à")
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == TREE
