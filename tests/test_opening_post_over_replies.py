"""A forum's opening post printed as plain lines over the list of its replies: the page's
title, a line of tags, then the opener's header in the replies' own shape (a name alone
over a date alone, perhaps under the avatar's text) and the question, and only then the
bulleted replies, each headed the same way.

- The nearest name line over a date line before the replies' list, the date printed in
  the format the replies' dates are printed in (the same run of words, numbers and
  marks), with prose under it, is the opening post: a comment before the replies, its
  body the lines down to the list. The avatar's text printed over the name is its
  header's picture, not the article's.
- A byline whose date is printed otherwise than the replies' dates, a name over a date
  with no prose under it, or a name that heads none of the replies (an article's
  byline: its author does not answer in the thread) is left to the article.
"""

from __future__ import annotations

import pytest

import threadparse

REPLIES = """
    • {avatar_b}Priya Ambrose
      Mar 4 2023 | 10:40 am

      Which version are you running? The crash on load was fixed last spring.

      Share
    • {avatar_a}Wendell Okafor
      Mar 4 2023 | 11:05 am

      The latest one, downloaded this morning from the site.

      Share
    • {avatar_b}Priya Ambrose
      Mar 5 2023 | 8:02 pm

      Then clear the cache folder and open the patch again.

      Share
    Sign in to reply
"""

OPENER = """Harbour lights patch keeps crashing

    Harbour lights patch keeps crashing

    Patchesbeginnersoundhelp
{avatar_a}    Wendell Okafor
    Mar 4 2023 | 9:12 am

    Hello all,

    My harbour lights patch crashes every time I open it on the new laptop.

    Any idea where to look?
"""


def _page(avatars: bool, opener: str = OPENER) -> str:
    """The invented thread, the avatar's text printed twice over each name or not at all."""
    a = "    Wendell Okafor's icon\n    Wendell Okafor's icon\n" if avatars else ""
    b = "Priya Ambrose's icon\n      Priya Ambrose's icon\n      " if avatars else ""
    reply_a = "Wendell Okafor's icon\n      Wendell Okafor's icon\n      " if avatars else ""
    return opener.format(avatar_a=a) + REPLIES.format(avatar_a=reply_a, avatar_b=b)


AUTHORS = ["Wendell Okafor", "Priya Ambrose", "Wendell Okafor", "Priya Ambrose"]
DATES = ["Mar 4 2023 | 9:12 am", "Mar 4 2023 | 10:40 am", "Mar 4 2023 | 11:05 am"]


@pytest.mark.parametrize("avatars", [True, False])
def test_opening_post_over_the_replies_is_the_first_comment(avatars: bool) -> None:
    page = threadparse.parse(_page(avatars))
    assert [c.author for c in page.comments] == AUTHORS
    assert [c.date for c in page.comments[:3]] == DATES
    assert all(c.depth == 0 for c in page.comments)
    opener = page.comments[0]
    assert opener.blocks[0].text == "Hello all,"
    assert "Any idea where to look?" in [b.text for b in opener.blocks]
    assert "Wendell Okafor" not in page.article.text
    assert "Hello all" not in page.article.text


W3M = """Lantern festival timing

Lantern festival timing

Eventsgeneral
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
Odile Fairbanks
Jun 2 2022 | 7:15 pm

Does anybody know when the lanterns go up this year? Last year it was the
second weekend.

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

  • Tomasz Wielki
    Jun 2 2022 | 8:01 pm

    Same weekend as always, the notice went up at the library.

    Share
  • Odile Fairbanks
    Jun 3 2022 | 9:30 am

    Thanks, found it.

    Share
"""


def test_unindented_opening_post_between_rules() -> None:
    page = threadparse.parse(W3M)
    assert [c.author for c in page.comments] == [
        "Odile Fairbanks",
        "Tomasz Wielki",
        "Odile Fairbanks",
    ]
    assert page.comments[0].date == "Jun 2 2022 | 7:15 pm"
    assert page.comments[0].blocks[0].text.startswith("Does anybody know")


BYLINE = """Harbour lights patch keeps crashing

    Harbour lights patch keeps crashing

    Patchesbeginnersoundhelp
    Wendell Okafor
    March 4, 2023

    Hello all,

    My harbour lights patch crashes every time I open it on the new laptop.
"""

NO_PROSE = """Harbour lights patch keeps crashing

    Harbour lights patch keeps crashing

    Wendell Okafor
    Mar 4 2023 | 9:12 am
"""


STRANGER = OPENER.replace("Wendell Okafor", "Imogen Tull").replace("{avatar_a}", "")


@pytest.mark.parametrize("opener", [BYLINE, NO_PROSE, STRANGER])
def test_other_lines_over_the_replies_stay_the_article(opener: str) -> None:
    page = threadparse.parse(_page(False, opener.replace("{", "{{").replace("}", "}}")))
    assert [c.author for c in page.comments] == AUTHORS[1:]
