"""A pingback in a theme's comment list prints the linking post's title on the item's
line, the date it linked on under it, then an excerpt of the linking post ("[…] the
words that link […]"). The title is the pingback's author, whatever its shape
(`transform._pinged_over_date`); the date opens its line (a title wrapped onto the date's
line is no such header); a picture's placeholder before the title and an "on" after it
(the date wrapped under it) are no part of it.

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

THREAD = """\
How to cold brew oolong

Cold brewing oolong takes a night in the fridge and no kettle at all.

4 thoughts on “How to cold brew oolong”

  1. Priya Raman
    June 4, 2024

    I tried this with a Baozhong and it was wonderful, thank you.

    Reply
  2. {title}
    June 5, 2024{after}

    […] a great walkthrough on cold brewing oolong that skips the hot bloom entirely […]

    Reply
  3. Dan Okafor
    June 6, 2024

    Does it work with a roasted oolong as well, or only the green ones?

    Reply
  4. Iced teas for July: five to try | The Steeped Post
    June 9, 2024

    […] The simplest is the overnight method described here: cold water and patience […]

Leave a Reply
"""


@pytest.mark.parametrize(
    ("title", "after", "author"),
    [
        (
            "Summer notes: my tea shelf – Leaf & Ladle",
            "",
            "Summer notes: my tea shelf – Leaf & Ladle",
        ),
        ("[d41d8cd98f] Oolong, three ways | Brew Curious", "", "Oolong, three ways | Brew Curious"),
        (
            "Oolong, three ways | Brew Curious, on",
            " at 4:36 am",
            "Oolong, three ways | Brew Curious",
        ),
    ],
)
def test_a_pingbacks_title_over_its_date(title: str, after: str, author: str) -> None:
    text = THREAD.format(title=title, after=after)
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == [
        "Priya Raman",
        author,
        "Dan Okafor",
        "Iced teas for July: five to try | The Steeped Post",
    ]
    assert [c.kind for c in comments] == ["comment", "pingback", "comment", "pingback"]
    assert comments[1].date == "June 5, 2024" + after
    assert comments[1].text.startswith("[…] a great walkthrough")
    assert_nothing_lost(page, text)


def test_a_title_wrapped_onto_the_dates_line_is_not_cut_there() -> None:
    text = THREAD.format(
        title="Marking adverts: is everything an advert now? - Leaf &\n    Ladle 5. Juni 2024",
        after="",
    )
    page = threadparse.parse(text)
    assert "Marking adverts: is everything an advert now? - Leaf &" not in [
        c.author for c in page.walk()
    ]
    assert_nothing_lost(page, text)
