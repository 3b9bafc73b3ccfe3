"""The post author's badge between the name and the header's verb ("Claire Post author
says", "Jonas Beitragsautor sagt:"): a theme that marks the post author's replies prints
its screen-reader label there. A verb that ends the name keeps every word before it
as the name, but for that badge, where the page prints the name elsewhere without it
(the byline's full name, a greeting in the author box) (`names._bylined`). A name
the page prints only with the badge keeps it.

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

# resiliparse, a food blog's comments: stars in the body, the owner's replies nested
PAGE = """\
Smoky Bean Chili for Busy Weeknights

By {byline} Updated on February 3, 2024 4 Comments

This chili simmers for thirty minutes and tastes like it cooked all afternoon.

  * Two cans of kidney beans
  * One tin of chopped tomatoes

Comments

  1. Hollis Grant says
    February 5, 2024 at 7:12 pm
    Rated 5 out of 5
    Made it with black beans, the whole family went back for seconds.
    Reply
      • {name} {badge} {verb}
        February 5, 2024 at 8:30 pm
        So glad it was a hit, Hollis! Black beans are my favourite swap too.
        Reply
  2. Priya N. says
    February 6, 2024 at 9:01 am
    Can I make it in a slow cooker?
    Reply
      • {name} {badge} {verb}
        February 6, 2024 at 10:45 am
        Yes, six hours on low. Add the beans in the last hour.
        Reply

Leave a Comment

About the cook
"""

CASES = [
    ("Marta Kowalczyk", "Marta", "Post author", "says"),
    ("Marta Kowalczyk", "Marta", "Post author", "says:"),
    ("Jonas Albrecht", "Jonas", "Beitragsautor", "sagt:"),
    ("Léa Fournier", "Léa", "Auteur de l'article", "dit :"),
]


@pytest.mark.parametrize(("byline", "name", "badge", "verb"), CASES)
def test_the_badge_before_the_verb_comes_off(byline: str, name: str, badge: str, verb: str) -> None:
    text = PAGE.format(byline=byline, name=name, badge=badge, verb=verb)
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Hollis Grant", 0),
        (name, 1),
        ("Priya N.", 0),
        (name, 1),
    ]
    assert_nothing_lost(page, text)


def test_a_name_printed_only_with_the_badge_keeps_it() -> None:
    text = PAGE.format(byline="The Kitchen Team", name="Marta", badge="Post author", verb="says")
    authors = [c.author for c in threadparse.parse(text).walk()]
    assert authors.count("Marta Post author") == 2
