"""Failure classes H1 and I1: html2text's name-only headers in its unindented layout (the
date on the next line), and inscriptis bodies indented under the date line."""

from __future__ import annotations

import pytest

import threadparse
from conftest import FAILURE_FIXTURES, assert_nothing_lost, need

HTML2TEXT_NAME_ONLY = """\
# Plum jam

Cook it slowly.

## 3 Comments

  1. [Vera Holm](https://example.org/vera)

[3. Mai 2020 um 10:15](https://example.org/plum-jam/#comment-1)

Mit Zimt ist sie noch besser.

Antworten

     * ![](https://example.org/a/2.png)Kurt

[3. Mai 2020 um 11:00](https://example.org/plum-jam/#comment-2)

Stimmt!

  2. ![](https://example.org/a/3.png) [Lu Wen](https://example.org/lu)

[4. Mai 2020 um 08:30](https://example.org/plum-jam/#comment-3)

How long does it keep?

### Leave a Reply
"""

INSCRIPTIS_DEEP_BODY = """\
Plum jam

    Cook it slowly.

      3 Comments

         1. Vera Holm

            May 3, 2020 at 10:15 am

              With cinnamon it is even better.

              Reply

              * Kurt

                May 3, 2020 at 11:00 am

                  True!

         2. Lu Wen

            May 4, 2020 at 8:30 am

              How long does it keep?
"""


@pytest.mark.parametrize(
    "text", [HTML2TEXT_NAME_ONLY, INSCRIPTIS_DEEP_BODY], ids=["html2text", "inscriptis"]
)
def test_name_over_date_headers(text: str) -> None:
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Vera Holm", 0),
        ("Kurt", 1),
        ("Lu Wen", 0),
    ]
    assert [c.text for c in page.walk()][1] in ("Stimmt!", "True!")
    assert all(c.date for c in page.walk())
    assert_nothing_lost(page, text)


@pytest.mark.parametrize(
    ("name", "tree"),
    [
        ("H1_h2t_nameonly.txt", [("Mirela Stone", 0), ("Brin", 1), ("Teo Varn", 0)]),
        ("I1_insc_deep_body.txt", [("Mara Quill", 0), ("Tomas Brede", 0)]),
    ],
)
def test_failure_class_fixtures(name: str, tree) -> None:
    page = threadparse.parse_file(need(FAILURE_FIXTURES / name))
    assert [(c.author, c.depth) for c in page.walk()] == tree
    assert all(c.date and c.text and c.date not in c.text for c in page.walk())


INSCRIPTIS_BODY_AT_BULLET = """\
Winter trains

               2 Comments

                   1. Hanna says:
                      March 6, 2021 at 8:40 am

                    The night train leaves too late.

                      Reply
                        + Olek says:
                          March 6, 2021 at 9:02 am

                        There is an earlier one on Fridays.

                        And one on Sundays.
                          Reply
                   2. Pia says:
                      March 7, 2021 at 6:00 pm

                    Thanks.
"""


def test_a_body_printed_at_the_bullets_column() -> None:
    page = threadparse.parse(INSCRIPTIS_BODY_AT_BULLET)
    assert [(c.author, c.depth) for c in page.walk()] == [("Hanna", 0), ("Olek", 1), ("Pia", 0)]
    olek = page.comments[0].children[0]
    assert olek.text == "There is an earlier one on Fridays.\n\nAnd one on Sundays."
    assert "Fridays" not in page.comments[0].text
    assert_nothing_lost(page, INSCRIPTIS_BODY_AT_BULLET)


def test_a_reply_with_its_own_body_takes_nothing_after_it() -> None:
    text = "T\n\n1 reply\n  1. Ann says:\n    Hi.\n    • Bob says:\n      Yo.\n    Ann again.\n"
    page = threadparse.parse(text)
    assert page.comments[0].children[0].text == "Yo."


def test_failure_class_fixture_body_at_bullet() -> None:
    page = threadparse.parse_file(need(FAILURE_FIXTURES / "I2_insc_body_at_bullet.txt"))
    assert [(c.author, c.depth) for c in page.walk()] == [("Bruno", 0), ("Ilse", 1), ("Gero", 0)]
    assert page.comments[0].children[0].text == "There is an earlier one on Fridays."


# inscriptis: the item's block is its date alone; the body follows at the bullet's own
# column (or left of it, where numbers are right-aligned), not indented under the item.
INSCRIPTIS_BODY_LEFT_OF_ITEM = """\
Growing chillies on a windowsill

      A south-facing sill gives enough light for most small chilli varieties.

      § 4 Responses to “Growing chillies on a windowsill”

            * Rosalind Quay says:
              June 2, 2021 at 7:14 pm

            Mine flower but never set fruit, is that a pollination problem?

              Reply
                + Tobias Wren says:
                  June 3, 2021 at 8:02 am

                Almost certainly. Tap the flowers or use a soft brush every day.

                  Reply
            * Mirela Sand says:
              June 4, 2021 at 10:40 am

            Thanks, very useful.

              Reply
            * Jasper Noon says:
              June 5, 2021 at 9:12 pm

            Which variety would you start with on a north sill?

              Reply

      Leave a Reply
"""

# The same shape with numbered name items over their dates (no verb), printed twice
# (the page repeats its comment list under a second count).
INSCRIPTIS_NAMES_LEFT_OF_ITEM = """\
Best bread flours compared

      We baked the same loaf with eight flours and scored crumb, crust and rise.

          3 thoughts on “Best bread flours compared”

              Older Comments
               1. Harriet Lowe
                  March 1, 2023 at 6:10 am

              Have you tried a stone-ground spelt? It behaves very differently.

                   1. Nils Ekman
                      March 2, 2023 at 9:45 am

                  Not yet, it is on the list for the next round of tests.

               2. Quentin Marsh
                  February 20, 2023 at 4:30 pm

              The rye results surprised me, I expected a much denser crumb from it.

          Comments are closed.

            3 thoughts on “Best bread flours compared”

                Older Comments
                 1. Harriet Lowe
                    March 1, 2023 at 6:10 am

                Have you tried a stone-ground spelt? It behaves very differently.

                     1. Nils Ekman
                        March 2, 2023 at 9:45 am

                    Not yet, it is on the list for the next round of tests.

                 2. Quentin Marsh
                    February 20, 2023 at 4:30 pm

                The rye results surprised me, I expected a much denser crumb from it.

            Comments are closed.
"""


def test_a_body_at_the_bullet_after_the_date_block() -> None:
    page = threadparse.parse(INSCRIPTIS_BODY_LEFT_OF_ITEM)
    assert [(c.author, c.depth, c.text) for c in page.walk()] == [
        ("Rosalind Quay", 0, "Mine flower but never set fruit, is that a pollination problem?"),
        ("Tobias Wren", 1, "Almost certainly. Tap the flowers or use a soft brush every day."),
        ("Mirela Sand", 0, "Thanks, very useful."),
        ("Jasper Noon", 0, "Which variety would you start with on a north sill?"),
    ]
    assert all(c.date for c in page.walk())
    assert_nothing_lost(page, INSCRIPTIS_BODY_LEFT_OF_ITEM)


def test_name_items_with_the_body_left_of_them_under_each_count() -> None:
    page = threadparse.parse(INSCRIPTIS_NAMES_LEFT_OF_ITEM)
    tree = [("Harriet Lowe", 0), ("Nils Ekman", 1), ("Quentin Marsh", 0)]
    assert [(c.author, c.depth) for c in page.walk()] == tree * 2
    assert page.comments[1].text.startswith("The rye results surprised me")
    assert "Comments are closed" not in page.comments[1].text
    assert_nothing_lost(page, INSCRIPTIS_NAMES_LEFT_OF_ITEM)


def test_a_list_of_dated_titles_is_no_thread() -> None:
    text = """\
Release notes for the spring update

      The spring update brings a new editor and faster start-up on older machines.

      Recent articles

        * Release notes for the winter update

          December 12, 2023

        * Release notes for the autumn update

          September 30, 2023

        * Release notes for the summer update

          June 18, 2023

    Contact us
"""
    assert not threadparse.parse(text).comments


# inscriptis, a reply's name and date on its item's line with nothing under it, its
# body at the column of its bullet (under the parent's "Reply" line)
INSCRIPTIS_DATED_AT_BULLET = """\
Winter trains

               There are 3 comments on "Winter trains".

                   1. Hanna says 6 March 2021 at 08:40

                    The night train leaves too late.

                    Reply
                        + Olek says 6 March 2021 at 09:02

                        There is an earlier one on Fridays.

                        And one on Sundays.

                        Reply
                   2. Pia says 7 March 2021 at 18:00

                    Thanks.

                    Reply
"""


@pytest.mark.parametrize(
    "text",
    [
        INSCRIPTIS_DATED_AT_BULLET,
        INSCRIPTIS_DATED_AT_BULLET.replace(" says ", " · "),  # name · date
    ],
)
def test_a_dated_reply_with_its_body_at_the_bullets_column(text: str) -> None:
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [("Hanna", 0), ("Olek", 1), ("Pia", 0)]
    olek = page.comments[0].children[0]
    assert olek.text == "There is an earlier one on Fridays.\n\nAnd one on Sundays."
    assert "Fridays" not in page.comments[0].text
    assert_nothing_lost(page, text)


def test_a_dash_wrapped_onto_a_dated_line_is_no_reply() -> None:
    # "- Olek 6 March 2021 …" goes on the line above it (no blank line between): the
    # wrap put the dash first, the line is the header's rest, not a reply's header
    text = (
        "T\n\n3 Comments\n\n 1.\n    A Weblog About Trains - Timetables and more\n"
        "    - Olek 6 March 2021 at 09:02 - Reply\n    the body at the item's column\n"
    )
    page = threadparse.parse(text)
    assert [c.depth for c in page.walk()] == [0]


# inscriptis indents a blog's whole page under the menu's last entry; that entry
# over the post's date reads like a name over a date, but the comment section with
# its count and its dated headers stands inside it: it is no comment
INSCRIPTIS_PAGE_UNDER_MENU = """\
            Orchard Notes

            * Home
            * About
            * Letters

              Tuesday, March 4, 2014

                    Pruning old pear trees

                      I finally pruned the two old pear trees this winter, a third of the wood each.

                      Labels: pears, pruning

                    3 comments:

                           1. OrrinMarch 4, 2014 at 9:12 AM

                            Did you seal the big cuts or leave them open to the air?

                            Reply
                           2. Tamsin RoeMarch 4, 2014 at 6:40 PM

                            Left open, they heal faster that way on pears.

                            Reply
                           3. AnonymousMarch 9, 2014 at 7:05 AM

                            Mine fruited twice as well the year after a hard prune.

                            Reply

            Newer Post Older Post Home
"""


# the same page as a classic Blogger template prints its comments, unmarked: "NAME
# said..." over the body, the date under it (the entry then reads as a name over the
# block its last line signs, or as a name alone over its block: no comment either way)
INSCRIPTIS_UNMARKED_UNDER_MENU = (
    INSCRIPTIS_PAGE_UNDER_MENU.split("     1. Orrin")[0].rstrip(" ")
    + """\
                      Orrin said...

                      Did you seal the big cuts or leave them open to the air?

                      March 4, 2014 at 9:12 AM
                      Tamsin Roe said...

                      Left open, they heal faster that way on pears.

                      March 4, 2014 at 6:40 PM
                      Anonymous said...

                      Mine fruited twice as well the year after a hard prune.

                      March 9, 2014 at 7:05 AM

            Newer Post Older Post Home
"""
)


@pytest.mark.parametrize(
    "text",
    [
        INSCRIPTIS_PAGE_UNDER_MENU,
        # the headers as "NAME says:" over their dates, marked with bullets
        INSCRIPTIS_PAGE_UNDER_MENU.replace("1. OrrinMarch 4, 2014 at 9:12 AM", "* Orrin says:")
        .replace("2. Tamsin RoeMarch 4, 2014 at 6:40 PM", "* Tamsin Roe says:")
        .replace("3. AnonymousMarch 9, 2014 at 7:05 AM", "* Anonymous says:"),
        INSCRIPTIS_UNMARKED_UNDER_MENU,
        INSCRIPTIS_UNMARKED_UNDER_MENU.replace(" said...", " ha detto...").replace(
            "3 comments:", "3 commenti:"
        ),
        # the comment form's title closing the entry's block (no date under its end)
        INSCRIPTIS_UNMARKED_UNDER_MENU.replace(
            "7:05 AM\n", "7:05 AM\n\n                    Post a Comment\n"
        ),
    ],
    ids=["dated-items", "says-items", "unmarked-said", "unmarked-italian", "unmarked-form"],
)
def test_a_menu_entry_holding_the_comment_section_is_no_comment(text: str) -> None:
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Orrin", 0),
        ("Tamsin Roe", 0),
        ("Anonymous", 0),
    ]
    assert page.comments[1].text.startswith("Left open")
    assert_nothing_lost(page, text)


# inscriptis, each comment's item a name over its date alone, the body printed after
# the item at the column of its bullet, the reply link under the body
INSCRIPTIS_NAME_DATE_ITEMS = """\
Gadget news

          The new pocket camera reviewed

          Reader mail ( newest first | oldest first )

                  * Marlo Finch
                    August 19, 2010 at 12:42 PM

                  Same as the old one

                    Permalink Reply
                  * tallowby
                    August 19, 2010 at 3:20 PM

                  The lens is new, though, and much brighter than the old one.

                  I ordered one this morning.

                    Permalink Reply
                  * Quenby
                    August 20, 2010 at 9:10 AM

                  Battery life still looks short for a whole day out.

                    Permalink Reply

            Post your thoughts

              Guests may post without an account.
"""


@pytest.mark.parametrize(
    "text",
    [
        INSCRIPTIS_NAME_DATE_ITEMS,
        # numbered items, the dates as day month year
        INSCRIPTIS_NAME_DATE_ITEMS.replace("* Marlo", "1. Marlo")
        .replace("* tallowby", "2. tallowby")
        .replace("* Quenby", "3. Quenby")
        .replace("August 19, 2010 at", "19 August 2010 at")
        .replace("August 20, 2010 at", "20 August 2010 at"),
    ],
)
def test_names_over_their_dates_with_bodies_at_the_bullets_column(text: str) -> None:
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Marlo Finch", 0),
        ("tallowby", 0),
        ("Quenby", 0),
    ]
    assert page.comments[1].text == (
        "The lens is new, though, and much brighter than the old one.\n\n"
        "I ordered one this morning."
    )
    assert "Guests may post" not in page.comments[2].text  # (left of the bullets)
    assert_nothing_lost(page, text)


def test_one_name_over_its_date_is_no_thread() -> None:
    # a byline item over the article's date, the article at its column: no comment
    text = (
        "Gadget news\n\n          * Marlo Finch\n            August 19, 2010\n\n"
        "          The new pocket camera is out, and it looks like the old one.\n"
    )
    assert threadparse.parse(text).comments == []
