"""Comments signed under their bodies with the time before the date and a count after
it ("posted by NAME at 11:24 AM on March 3, 2021 [14 favorites]", a community weblog's
thread), the section closed by the notice that stands for the comment form ("You are
not currently logged in. Log in or create a new account to post comments."). Invented
page (the post's byline and its related posts over the comments)."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L

THREAD = """\
Every lighthouse on the Great Lakes, mapped
A retired keeper has photographed all of them and put the pictures on one map, with notes on each.
posted by harbor_owl (5 comments total) 31 users marked this as a favorite

Related Posts
  • The lights of Lake Superior May 3, 2019
  • Fog signals, a history August 9, 2020

What a lovely project. I grew up two miles from the Split Rock light and never once went inside.

Now I know what I am doing this summer.
posted by brine_and_birch at 9:05 AM on June 2, 2022 [12 favorites]

The notes are the best part, especially the ones about the fog signals and who had to wind them.
posted by Tamsin Achterberg at 9:31 AM on June 2, 2022 [20 favorites]

Does anyone know if the map covers the Canadian side too?
posted by quillwort at 10:02 AM on June 2, 2022 [1 favorite]

It does, there is a toggle at the top left. Ontario has its own colour.
posted by brine_and_birch at 10:15 AM on June 2, 2022 [3 favorites]

I wrote to him to say thanks and he answered within the hour, very kind man.
posted by Odile Farrant at 1:40 PM on June 2, 2022 [8 favorites]

You are not currently logged in. Log in or create a new account to post comments.

« Older Tram maps of the world  |  Newer The smallest post offices »
"""

AUTHORS = ["brine_and_birch", "Tamsin Achterberg", "quillwort", "brine_and_birch", "Odile Farrant"]


def test_a_time_before_its_date() -> None:
    header = L.read_header("posted by quillwort at 10:02 AM on June 2, 2022 [1 favorite]")
    assert header is not None
    assert (header.author, header.date) == ("quillwort", "10:02 AM on June 2, 2022")


def test_the_notice_for_readers_who_may_not_post_is_the_forms_place() -> None:
    assert L.is_form_heading("You must be logged in to post a comment.")
    assert L.is_form_heading("You are not currently logged in. Log in to post comments.")
    assert not L.is_form_heading("I logged in to the router and reset it.")


def test_comments_signed_under_their_bodies() -> None:
    page = threadparse.parse(THREAD)
    assert [c.author for c in page.walk()] == AUTHORS
    assert page.comments[0].text.startswith("What a lovely project.")
    assert "Now I know what I am doing" in page.comments[0].text
    assert page.comments[4].date == "1:40 PM on June 2, 2022"
    assert_nothing_lost(page, THREAD)


@pytest.mark.parametrize("spaced", [False, True])
def test_the_count_in_brackets_as_inscriptis_spaces_it(spaced: bool) -> None:
    text = THREAD.replace("[", "[ ").replace("]", " ]") if spaced else THREAD
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == AUTHORS
