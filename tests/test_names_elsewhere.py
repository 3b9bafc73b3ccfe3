"""Names a comment's header line does not hold (inscriptis): a date item with the name
on the line under it, the body indented under the name; and a forum post whose header
is "Posted DATE", its author's name printed over the same stamp a little above (over
the author's card). Invented pages in inscriptis's format."""

from __future__ import annotations

import threadparse

DATED = """\
                Weekend in the hills

                We walked the ridge path on Saturday and came down through the woods.

                3 Comments

                * July 26, 2019
                  Tove Ek

                      Which trailhead did you start from? The upper car park fills early.

                        Reply
                    + July 27, 2019
                      Ruth Alden

                          We started from the village, it adds a mile but it is quiet.

                        Reply
                * July 28, 2019
                  bramble_jo

                      Lovely photos, the light in the second one is perfect.

                    Reply
"""

STAMPED = """\
            Recommended Posts

              Tove Ek

                Posted March 3, 2024

          Tove Ek

            *
            * Members
            *
                + 1.2k
            * Location: Lakeside
                    *
                  Posted March 3, 2024

                  Does anyone sharpen their own chisels, or is a service worth it?

              Ruth Alden

                Posted March 3, 2024

          Ruth Alden

            *
            * Members
            *
                + 310
            * Location: Hilltown
                    *
                  Posted March 3, 2024

                  Learn it yourself. A cheap stone and an hour of practice go a long way.

              bramble_jo

                Posted March 4, 2024

          bramble_jo

            *
            * Members
            *
                + 45
            * Location: Riverside
                    *
                  Posted March 4, 2024

                  A honing guide helped me more than anything else.
"""


def authors(text: str) -> list[str | None]:
    return [comment.author for comment in threadparse.parse(text).walk()]


def test_the_name_under_a_date_item_over_the_body() -> None:
    page = threadparse.parse(DATED)
    assert [c.author for c in page.walk()] == ["Tove Ek", "Ruth Alden", "bramble_jo"]
    assert [c.depth for c in page.walk()] == [0, 1, 0]
    assert page.comments[0].text.startswith("Which trailhead")


def test_a_sentence_under_a_date_item_stays_body() -> None:
    text = DATED.replace("Tove Ek\n", "Which way did you go up, and how long did it take?\n")
    page = threadparse.parse(text)
    assert page.comments[0].author is None
    assert page.comments[0].text.startswith("Which way did you go up")


def test_the_name_over_the_first_print_of_a_posted_stamp() -> None:
    assert authors(STAMPED) == ["Tove Ek", "Ruth Alden", "bramble_jo"]
    edited = STAMPED.replace(
        "  Posted March 3, 2024\n\n                  Does",
        "  Posted March 3, 2024 (edited)\n\n                  Does",
    )
    assert authors(edited)[0] == "Tove Ek"


def test_a_posted_stamp_printed_once_takes_the_name_over_the_card() -> None:
    """(The "Posted" items name nobody, the same label on each: the page is read as the
    flat post list it is, each post named by the line over its card.)"""
    text = STAMPED.replace(
        "                Posted March 3, 2024\n\n          Tove Ek", "          Tove Ek"
    )
    assert authors(text)[0] == "Tove Ek"


def test_a_name_before_a_date_stays() -> None:
    text = STAMPED.replace(
        "Posted March 3, 2024\n\n                  Does",
        "Ted March 3, 2024\n\n                  Does",
    )
    assert authors(text)[0] == "Ted"


def test_a_name_that_is_a_posting_word_before_says_stays() -> None:
    """ "Edited says:" names its poster (no date after the word: no "Posted DATE")."""
    text = (
        "Generated title\n\nArticle text.\n\n2 replies\n"
        "  1. Edited says:\n\n    First.\n\n  2. Posted says:\n\n    Second.\n\n"
        "Comments are closed.\n"
    )
    assert [c.author for c in threadparse.parse(text, strict=True).walk()] == ["Edited", "Posted"]
