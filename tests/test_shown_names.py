"""Names as the page shows them around a post's header: a handle in parentheses after
the display name kept ("Ann Kay (ann-kay) wrote on …": `names._same_in_parenthesis`),
a rank printed before the avatar's text ("Senior Member Ann's Avatar") left off where the
header prints the name alone (`posts._alone_in_alt`), an avatar printed as its owner's
initial ("F" over "fenwick last edited by") read as the name under it
(`names._name_under_initial`), and the notice for readers who may not post ("To post
a comment you must log in.") closing the last post. Every fixture is invented.
"""

from __future__ import annotations

import pytest

import threadparse

# a bug tracker's comments: the display name, then the handle in parentheses
TRACKER = """\
Bug #40211 “Sound cuts out after resume” : Bugs : tonebox package

Sound cuts out after resume

Bug Description

After resuming from suspend the sound stops until the next login, on every laptop here.

Tags: resume Edit Tag help

Orla Brennick (orla-brennick) wrote on 2014-06-02: \t\t#1

Same here with the 3.2 release on two laptops.

Pavel Ostrander (postrander) wrote on 2014-06-09: \t\t#2

It still happens after the latest update.

Tracker Janitor (janitor) wrote on 2015-01-11: \t\t#3

Status changed to 'Confirmed' because the bug affects multiple users.

Dunnock (dunnock) wrote on 2016-02-20: \t\t#4

Still seeing this on the newest release.

Mireille Sato (mireille.sato) wrote on 2017-08-30: \t\t#5

hi

See full activity log
To post a comment you must log in.
  • Report a bug
This report contains Public information  Edit
Everyone can see this information.
  • Mark as duplicate
  • Link a related branch
You are not directly subscribed to this bug's notifications.
Subscribing...
  • Edit bug mail
"""


def test_a_handle_after_the_display_name_is_kept() -> None:
    page = threadparse.parse(TRACKER)
    assert [c.author for c in page.walk()] == [
        "Orla Brennick (orla-brennick)",
        "Pavel Ostrander (postrander)",
        "Tracker Janitor (janitor)",
        "Dunnock (dunnock)",
        "Mireille Sato (mireille.sato)",
    ]


def test_a_name_printed_twice_is_printed_once() -> None:
    page = threadparse.parse(TRACKER.replace("Dunnock (dunnock)", "dunnock (dunnock)"))
    assert list(page.walk())[3].author == "dunnock"


def test_a_user_name_before_the_display_name_is_still_the_name() -> None:
    page = threadparse.parse(TRACKER.replace("Orla Brennick (orla-brennick)", "orla_b (Orla B)"))
    assert next(page.walk()).author == "orla_b"


def test_the_notice_for_readers_who_may_not_post_closes_the_last_post() -> None:
    page = threadparse.parse(TRACKER)
    last = list(page.walk())[-1]
    assert last.author == "Mireille Sato (mireille.sato)"
    assert last.text.startswith("hi")
    assert "Report a bug" not in last.text
    assert "must log in" not in last.text


# vBulletin 4: the name, its menu, "NAME is offline", then the rank before the avatar's text
CARDS = """\
Thread: Lighthouse keepers of the old coast

  1. 03-11-2016, 09:14 AM #1
    Harrowgate
    • View Profile
    • View Forum Posts
    • Private Message
    Harrowgate is offline
    {rank} Harrowgate's Avatar
    Join Date
    Mar 2009
    Posts
    2,114

    The last keeper of the north light retired this week after thirty years.

    Reply With Quote Reply With Quote
  2. 03-11-2016, 10:02 AM #2
    Tova Lindqvist
    • View Profile
    • View Forum Posts
    • Private Message
    Tova Lindqvist is offline
    Administrator Tova Lindqvist's Avatar
    Join Date
    Jan 2002
    Posts
    7,730
    Thirty years is a long watch. Good luck to him.
    Reply With Quote Reply With Quote
  3. 03-11-2016, 11:45 AM #3
    quillan
    • View Profile
    • View Forum Posts
    • Private Message
    quillan is offline
    Banned quillan's Avatar
    Join Date
    Jun 2011
    Posts
    301
    My grandfather kept that light for a while.
    Reply With Quote Reply With Quote
"""


@pytest.mark.parametrize("rank", ["Senior Member", "Junior Member"])
def test_a_rank_before_the_avatar_text_is_no_part_of_the_name(rank: str) -> None:
    page = threadparse.parse(CARDS.format(rank=rank))
    assert [c.author for c in page.walk()] == ["Harrowgate", "Tova Lindqvist", "quillan"]


# NodeBB: each post's item is its avatar (a picture's text, or the initial of a user
# with none), then the name again with "last edited by"
LETTERS = """\
Fixing the sync plugin

    This topic has been deleted. Only users with topic management privileges can see it.
    • brannock
      brannock last edited by

      The sync plugin stops after an hour. Any ideas?

      Reply Quote 2
        1 Reply Last reply
      • Ilse Varga
        Ilse Varga last edited by Ilse Varga

        Check the token's lifetime in the settings.

        Reply Quote 0
          brannock 1 Reply Last reply
        • {initial}
          {name} last edited by

          Same problem here, the token was the cause.

          Reply Quote 0
            1 Reply Last reply
          • tamsworth
            tamsworth last edited by

            Thanks, that fixed it for me as well.

            Reply Quote 0
              1 Reply Last reply
"""


@pytest.mark.parametrize(("initial", "name"), [("F", "fenwick"), ("O", "Odalys_R")])
def test_an_initial_over_the_name_is_its_avatar(initial: str, name: str) -> None:
    page = threadparse.parse(LETTERS.format(initial=initial, name=name))
    assert name in [c.author for c in page.walk()]
    assert initial not in [c.author for c in page.walk()]
