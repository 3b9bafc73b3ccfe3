"""Comments signed under their bodies, each signature glued to the body over it and to
the next body under it (invented pages in the shape resiliparse prints a Q&A site's
comments under a question: "text" over "NAME gravatar imageNAME ( DATE )edit"). Glued
both ways, a signature could head the body under it; the ends tell: a body right under
the "Comments" heading with no signature over it, and no body under the last signature
(the "add a comment" control). A comment's score alone over its body ("1") does not
part it from the signature over it. The name printed twice around the picture's words
is the name once."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

COMMENTS = [
    ("moss_keeper", "Which window do they sit in, and how many hours of light a day", "11:20:03"),
    ("fernhollow", "A south window, about six hours on a sunny day.", "12:01:44"),
    (
        "slate_wren",
        "Six hours is not enough for tomatoes, they want fourteen under a lamp",
        "13:15:09",
    ),
    ("moss_keeper", "Agreed, and keep the lamp a hand's width above the leaves", "14:40:51"),
]
SIGNATURES = [
    "{name} gravatar image{name}\xa0( 2019-03-02 {time} -0500 )edit",
    "{name} ( 2019-03-02 {time} -0500 ) edit",
    "{name} avatar{name} (2019-03-02 {time}) edit",
]


def _page(signature: str, signed_under: bool = True) -> str:
    lines = [
        "How do I keep seedlings from getting leggy?",
        "  • seedlings",
        "  • lighting",
        "asked 2019-03-02 10:11:12 -0500",
        "fernhollow gravatar image",
        "fernhollow",
        "51 ●2 ●3",
        "My tomato seedlings grow tall and thin within a week of sprouting. What is wrong?",
        "edit retag flag offensive close delete",
        "Comments",
    ]
    for n, (name, body, time) in enumerate(COMMENTS):
        signed = signature.format(name=name, time=time)
        score = ["1"] if n == 2 else []  # (the comment's votes, over its body)
        lines += [*score, body, signed] if signed_under else [signed, *score, body]
    lines += ["add a comment see more comments", "", "Your Answer", "", "Add Answer"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("signature", SIGNATURES)
def test_signatures_glued_both_ways_close_the_bodies_over_them(signature: str) -> None:
    text = _page(signature)
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == [name for name, _, _ in COMMENTS]
    assert [c.text.splitlines()[-1] for c in comments] == [body for _, body, _ in COMMENTS]
    assert_nothing_lost(page, text)


@pytest.mark.parametrize("signature", SIGNATURES)
def test_headers_glued_over_their_bodies_stay_headers(signature: str) -> None:
    """The same lines, each header over its body: the first right under "Comments",
    a body under the last."""
    page = threadparse.parse(_page(signature, signed_under=False))
    comments = list(page.walk())
    assert [c.author for c in comments] == [name for name, _, _ in COMMENTS]
    assert [c.text.splitlines()[-1] for c in comments] == [body for _, body, _ in COMMENTS]


def test_headers_under_a_login_notice_stay_headers() -> None:
    """A form's notice ("You must be logged in to post a comment.") over the first
    header is no body that header signs: each picture's text and "NAME on DATE" head
    the body under them (w3m, blank lines between; a list of reviews after them, their
    stars under each header)."""
    lines = ["Restaurant salsa", "", "3 Comments", ""]
    lines += ["You must be logged in to post a comment.", ""]
    for name, body, _ in COMMENTS[:3]:
        lines += [f"Profile photo of {name}", "", f"{name} on 5.25.2014", "", body, ""]
    lines += ["Load More Comments", "", "2 Reviews", "", "You must be logged in to post a review."]
    for name, body, _ in COMMENTS[3:]:  # (a review's stars under its header: no prose)
        lines += ["", f"Profile photo of {name}", "", f"{name} on 7.26.2017", "", "[on][on][on]"]
        lines += ["", body]
    lines += ["", "Load More Reviews", "Welcome! Join our cooking community!"]
    page = threadparse.parse("\n".join(lines) + "\n")
    comments = list(page.walk())
    assert [c.author for c in comments][:3] == [name for name, _, _ in COMMENTS[:3]]
    assert all(c.text.startswith(b) for c, (_, b, _) in zip(comments, COMMENTS, strict=False))
