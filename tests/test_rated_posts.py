"""Posts opened by a name alone over a rating line, their date closing the body (a blog's
discussion printed as a flat list: resiliparse, inscriptis, lynx).

- A short name line over a line of badge words, a number and the word it counts
  ("Moderator 3.1k reputation", "1.2k puntos / Editora @ Taller"), that word the same
  on every post down the page, opens a post: found by the shape and its repetition,
  whatever the words. The date alone that closes each body ("2 weeks ago Reply") is the
  post's date, no header.
- The name-and-date lines under a post's closing date ("Ann （author） 2 weeks ago"),
  before the next name over a rating, are its replies, one level down; labels in
  fullwidth parentheses after a name are no part of it.
- A list of names over ratings with no date closing any body (a leaderboard), or one
  name over a rating (the article's author card), is no post list.
"""

from __future__ import annotations

import pytest

import threadparse

DISCUSSION = """Setting a proxy on the build box

Posted by Orla Venn 3 weeks ago

Export the two variables and the fetch goes through the tunnel.

Discussion: 6
Sort by:
Time Votes
Kestrel Ames
{badge} 3.1k {unit}
alias on='export http_proxy=socks5://127.0.0.1:1080'
alias off='unset http_proxy'
1 week ago {control}
2 {flag}
Tomasz Wyre
{reader} 610 {unit} / Night shift @ Harbour Works
Blur the cat in the screenshot!
1 week ago {control}
1 {flag}
Ines Palo
{reader} 62 {unit}
Careful with foreign mirrors.
1 week ago {control}
{flag}
Bram Ostrow
572 {unit}
Just use the tunnel mode instead.
1 week ago {control}
Orla Venn （{starter}） 1 week ago
Tried it, no luck.
Bram Ostrow （{author}）（{starter}） 1 week ago
@Orla Venn turn on the service mode first, then the tunnel takes all traffic.
1 {flag}

Be kind in the discussion.
"""

ENGLISH = {
    "badge": "Moderator",
    "unit": "reputation",
    "control": "Reply",
    "flag": "Report",
    "reader": "Reader",
    "starter": "OP",
    "author": "author",
}
SPANISH = {
    "badge": "Moderadora",
    "unit": "puntos",
    "control": "Responder",
    "flag": "Denunciar",
    "reader": "Lectora",
    "starter": "autora",
    "author": "editor",
}

AUTHORS = ["Kestrel Ames", "Tomasz Wyre", "Ines Palo", "Bram Ostrow"]
REPLIES = ["Orla Venn", "Bram Ostrow"]


@pytest.mark.parametrize("words", [ENGLISH, SPANISH], ids=["english", "spanish"])
def test_a_name_over_a_repeated_rating_opens_a_post(words: dict[str, str]) -> None:
    page = threadparse.parse(DISCUSSION.format(**words))
    assert [c.author for c in page.comments] == AUTHORS
    assert all((c.date or "").startswith("1 week ago") for c in page.comments)
    assert [c.text.splitlines()[-1] for c in page.comments[1:3]] == [
        "Blur the cat in the screenshot!",
        "Careful with foreign mirrors.",
    ]


@pytest.mark.parametrize("words", [ENGLISH, SPANISH], ids=["english", "spanish"])
def test_dated_names_under_a_closing_date_are_its_replies(words: dict[str, str]) -> None:
    page = threadparse.parse(DISCUSSION.format(**words))
    last = page.comments[-1]
    assert [c.author for c in last.children] == REPLIES
    assert last.children[0].text.startswith("Tried it, no luck.")


def test_a_name_over_a_rating_on_indented_lines() -> None:
    text = DISCUSSION.format(**ENGLISH)
    indented = "\n".join(
        ("    " if line[:1] in "0123456789RM" or "reputation" in line else "  ") + line
        for line in text.splitlines()
    )
    page = threadparse.parse(indented)
    assert [c.author for c in page.comments] == AUTHORS


LEADERBOARD = """Top members this month

Kestrel Ames
Moderator 3.1k reputation
Tomasz Wyre
Reader 610 reputation
Ines Palo
Reader 62 reputation
Bram Ostrow
572 reputation

See all members
"""


def test_names_over_ratings_with_no_dated_body_are_no_posts() -> None:
    page = threadparse.parse(LEADERBOARD)
    assert not [c for c in page.comments if c.author in AUTHORS]


CARD = """Setting a proxy on the build box

Orla Venn
762 reputation

Export the two variables and the fetch goes through the tunnel.

Comments

Kestrel Ames says:
1 week ago
It works on my box too, thanks.
"""


def test_one_name_over_a_rating_is_no_post_list() -> None:
    page = threadparse.parse(CARD)
    assert [c.author for c in page.comments] == ["Kestrel Ames"]
