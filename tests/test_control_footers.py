"""Comments as list items whose line is the poster's name, a rank and a post count under
it, then the body, closed by a footer of controls and the date: "reply ▲ 84 ▼ (3)
March 5, 2024 at 2:14 PM" (a news site's forum). The footer names no one (its first word
a control, the arrows and counts votes: `lines.clean_author`, `names.looks_like_name`);
the item's line names the poster, the footer dates the comment
(`transform.PageBuilder._footer_dated`). Invented page."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L
from threadparse.names import looks_like_name

THREAD = """\
Heat pumps in cold climates: what owners report

Reader comments 4

  1. volt_ampere
    Ars Praetorian
    1,204 posts

    Ours kept the house warm at minus twenty, the backup heat ran twice all winter.

    reply ▲ 84 ▼ (3) March 5, 2024 at 2:14 PM
    1. GreyFinch
      Ars Centurion
      412 posts

      What did the electricity bill look like in January compared to gas?

      reply ▲ 12 ▼ (0) March 5, 2024 at 2:31 PM
  2. Pellucid Tern
    Ars Legatus
    5,530 posts

    Furnaces fail in the cold too, people forget that part of the comparison.

    reply ▲ 22 ▼ (2) March 5, 2024 at 2:48 PM
  3. nonvolatile
    Smack-Fu Master
    88 posts

    Insulation first, then the pump, or the numbers never work out in the end.

    reply ▲ 6 ▼ (31) March 5, 2024 at 3:10 PM
"""


def test_a_footer_of_controls_dates_the_comment_of_the_named_item() -> None:
    page = threadparse.parse(THREAD)
    assert [(c.author, c.depth, c.date) for c in page.walk()] == [
        ("volt_ampere", 0, "March 5, 2024 at 2:14 PM"),
        ("GreyFinch", 1, "March 5, 2024 at 2:31 PM"),
        ("Pellucid Tern", 0, "March 5, 2024 at 2:48 PM"),
        ("nonvolatile", 0, "March 5, 2024 at 3:10 PM"),
    ]
    assert_nothing_lost(page, THREAD)


def test_votes_are_no_name() -> None:
    assert not looks_like_name("▲ 84 ▼ (3)")
    header = L.read_header("reply ▲ 84 ▼ (3) March 5, 2024 at 2:14 PM")
    assert header is not None
    assert header.author == "reply"
    assert L.read_header("Ann Lee ▲ 12 2 days ago") == L.read_header("Ann Lee 2 days ago")
