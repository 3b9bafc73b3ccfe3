"""Board posts too short for prose ("old login - looptape" over "new login - quietkeys"),
each under its poster's card ("Joined: 17 May 2005", "Posts: 21") and header row
("Posted: Tue May 17, 2005 11:56 am  Post subject:"): the card's labelled date between
two header rows starts the next post, so the short one stays a post. Invented pages in
the shape of a phpBB 2 topic, as resiliparse prints it."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

POSTS = [
    (
        "Falcetta",
        "17 May 2005",
        "It is sad that such people exist, but the more we are the better it gets.",
    ),
    ("quietkeys", "17 May 2005", "old login - looptape\nnew login - quietkeys"),
    ("marrowbone", "16 May 2005", "was - fernbrook\nnow - marrowbone."),
    (
        "Tove",
        "18 May 2005",
        "I just hope that the old fan club re-registers here, they were great.",
    ),
    ("Osk", "19 May 2005", "Oskar2->Osk\nhi all, back again!"),
    ("pelle_r", "20 May 2005", "Where in the world is everyone from the old board these days?"),
]


def _topic() -> str:
    lines = ["New beginning", "", "Author\t\tMessage"]
    for number, (name, joined, body) in enumerate(POSTS):
        lines += [name, "", "", "", f"Joined: {joined}", f"Posts: {number + 20}"]
        posted = f"PostPosted: Tue May 17, 2005 11:{number + 10} am    Post subject: "
        lines += [posted + "\t\tReply with quote"]
        lines += [*body.split("\n"), "Back to top", "View user's profile Send private message"]
    lines += ["Display posts from previous: All Posts", "All times are GMT"]
    return "\n".join(lines) + "\n"


def test_short_posts_between_cards_stay_posts() -> None:
    text = _topic()
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, _, _ in POSTS]
    assert all(c.text.startswith(b) for c, (_, _, b) in zip(page.walk(), POSTS, strict=True))
    assert_nothing_lost(page, text)
