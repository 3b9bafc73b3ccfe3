"""A forum whose posts open with their number and date ("#2 Yesterday 22:06:50"), the
poster's card under it (name, rank, labelled fields), then the subject and the text,
and close with the poster's status ("Online", "Offline") over the next post's number.
The status is no name: the card under the number names the poster, printed as lines
of their own (resiliparse's main content) or as one line (inscriptis). Invented posts."""

from __future__ import annotations

import pytest

import threadparse
from threadparse.posts.prose import card_head

POSTS = [
    ("fenwick", "Offline", "My app runs out of memory when it resizes large images."),
    ("tarn_o", "Online", "Are you resizing in the request? Do it in a worker instead."),
    ("bracken", "Online", "That does not feel well, it used to work on the old host."),
    ("fenwick", "Offline", "I am resizing too, but the limit is the same on both hosts."),
    ("tarn_o", "Online", "Then the limit is per process, ask support to raise it."),
    ("fenwick", "Offline", "They raised it and the error is gone, thank you both."),
]
CARDS = {"fenwick": "From: Leeds", "tarn_o": "From: Bergen, NO", "bracken": "From: Hull"}


def _forum(layout: str) -> str:
    out = ["Hosting forum", "", "Pages: 1", "", "Post reply", ""]
    for number, (name, status, text) in enumerate(POSTS):
        out += [f"#{number + 1} Yesterday 2{number}:06:50", ""]
        fields = [CARDS[name], f"Registered: 2005-0{number + 1}-17", f"Posts: {10 + number}"]
        if layout == "lines":
            out += [name, "Member", *fields, "E-mail  Website", ""]
        else:
            out += [f"        {name} Member {' '.join(fields)} E-mail Website", ""]
        subject = "Memory errors on resize" if number == 0 else "Re: Memory errors on resize"
        out += [subject, "", text, "", status, ""]
    out += ["Post reply"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("layout", ["lines", "one line"])
def test_the_card_under_the_number_names_the_poster(layout: str) -> None:
    page = threadparse.parse(_forum(layout))
    comments = list(page.walk())
    assert [c.author for c in comments] == [name for name, _, _ in POSTS]
    assert all(text in c.text for c, (_, _, text) in zip(comments, POSTS, strict=True))


def test_what_reads_as_a_status_over_the_numbers() -> None:
    """Two texts over most numbers, each twice at least: a status. One text over every
    number is the name all post under ("Anonymous"); names that vary are names."""
    from threadparse.posts.reading import _statuses

    def over(*names: str) -> list[tuple[int | None, str | None]]:
        return [(line, name) for line, name in enumerate(names)]

    assert _statuses(over("Online", "Offline", "Online", "Online", "Offline"))
    assert _statuses(over("Post reply", "Online", "Offline", "Online", "Offline", "Online"))
    assert not _statuses(over("Anonymous", "Anonymous", "Anonymous", "Anonymous"))
    assert not _statuses(over("Ann", "Bob", "Cy", "Ann", "Dee", "Bob"))


def test_a_card_on_one_line() -> None:
    assert card_head("ann Member From: Leeds Registered: 2005-09-06 Posts: 422") == "ann Member"
    assert card_head("ann Registered: 2005-09-06") is None  # (one field: no card)
    assert card_head("we moved here from: Leeds, and in the end Registered: it") is None
