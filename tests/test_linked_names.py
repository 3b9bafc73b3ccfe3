"""A post's header line that opens with its author's name linked to the profile,
then the date ("[ann](/u/ann) May 6, 2025, 6:30pm  2", html2text's form of a forum
post header): a one-word name is a header's author, not a label of the date."""

from __future__ import annotations

import threadparse

ONE_WORD_NAMES = """\
# [Fog lights keep flickering](/t/fog-lights-keep-flickering/4410)

[quillon](https://talk.example.com/u/quillon) March 3, 2024, 8:12am  1

Since the last update my fog lights flicker whenever the engine idles. Has
anyone seen this before?

2 Likes

[mabry_k](https://talk.example.com/u/mabry_k) March 3, 2024, 9:40am  2

Check the ground strap behind the left headlight, mine was corroded.

[tessaly](https://talk.example.com/u/tessaly) March 4, 2024, 1:05pm  3

Same here, a new relay fixed it for me after the ground strap did not help.

1 Like

[quillon](https://talk.example.com/u/quillon) March 5, 2024, 6:22pm  4

The ground strap was it. Thanks everyone, the lights are steady now.

### Related topics
"""

MIXED_NAMES = """\
Choosing a first telescope

[Orrin](/members/orrin) 12 Jan 2023

I have a small budget and a balcony facing south. Where should I start with a
first telescope?

[Pell Oyelaran](/members/pell-oyelaran) 13 Jan 2023

A small Dobsonian gives you the most aperture for the money, and it is easy to
set up on a balcony.

[Wick](/members/wick) 14 Jan 2023

Binoculars first, honestly. You learn the sky before you spend on a mount.
"""

LINKED_LABELS = """\
Release notes

[Posted](/notes/1) March 3, 2024

The export dialog remembers the last folder you used, and the preview is much
faster on large files.

[Posted](/notes/2) March 10, 2024

The search box now matches accented letters, and the tag list can be sorted by
how often each tag is used.

[Posted](/notes/3) March 17, 2024

Printing works again on the older drivers, and the crash on start-up that some
of you reported is gone.
"""


def test_one_word_linked_names_head_posts() -> None:
    page = threadparse.parse(ONE_WORD_NAMES)
    assert [c.author for c in page.comments] == ["quillon", "mabry_k", "tessaly", "quillon"]
    assert page.comments[1].text.startswith("Check the ground strap")


def test_linked_names_of_one_word_and_of_several() -> None:
    page = threadparse.parse(MIXED_NAMES)
    assert [c.author for c in page.comments] == ["Orrin", "Pell Oyelaran", "Wick"]
    assert page.comments[2].text.startswith("Binoculars first")


def test_the_same_linked_word_over_every_date_is_a_label() -> None:
    page = threadparse.parse(LINKED_LABELS)
    assert "Posted" not in [c.author for c in page.walk()]


HANDLE_AND_NAME = """\
Container keeps restarting

[pell_o](https://talk.example.com/u/pell_o) (Pell Oyelaran)  November 8, 2024,
6:12pm  1

My container restarts every few minutes and the logs show nothing useful at
all, even with the debug flag on.

[quillon](https://talk.example.com/u/quillon) (Quill Onsager)  November 8,
2024, 7:40pm  2

Check the health check command first, a failing health check restarts it
without writing anything to the logs.

[pell_o](https://talk.example.com/u/pell_o) (Pell Oyelaran)  November 9, 2024,
8:05am  3

That was it, the health check called a port that was closed. Thank you for
the quick answer.
"""


def test_a_handle_with_the_full_name_after_it_names_the_handle() -> None:
    page = threadparse.parse(HANDLE_AND_NAME)
    assert [c.author for c in page.comments] == ["pell_o", "quillon", "pell_o"]
    assert page.comments[1].text.startswith("Check the health check")
