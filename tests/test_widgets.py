"""Failure class K4: a "recent comments" widget after the thread — the beginnings of
comments already read, cut with an ellipsis — is page furniture, not a second thread.
Failure class K5: a comment count in a share bar over the article's teaser cards is no
section heading when the page prints the same count again over its comments."""

from __future__ import annotations

import pytest

import threadparse
from conftest import FAILURE_FIXTURES, assert_nothing_lost, need

THREAD = """\
Pressed flowers

How to press flowers.

2 Comments

  1. Juno says:
     May 2, 2020 at 10:00 am

     Do violets keep their colour when pressed?

     • Ravi says:
       May 2, 2020 at 11:30 am

       Mostly, if you press them the same day.

Leave a Reply
"""


@pytest.mark.parametrize(
    "widget",
    [
        "\nRecent comments\n\n  • Ravi says:\n    Mostly, if you press them...\n"
        "  • Juno says:\n    Do violets keep their colour…\n",
        "\nLatest\n\n  • Juno says:\n    Do violets keep their colour when…\n",
    ],
)
def test_a_recent_comments_widget_is_furniture(widget: str) -> None:
    text = THREAD + widget
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [("Juno", 0), ("Ravi", 1)]
    assert any("Juno says:" in f.text for f in page.furniture)
    assert_nothing_lost(page, text)


def test_a_second_thread_with_new_text_stays_a_thread() -> None:
    text = THREAD + "\nMore comments\n\n  • Ola says:\n    A different question entirely...\n"
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Juno", "Ravi", "Ola"]


def test_failure_class_fixture() -> None:
    page = threadparse.parse_file(need(FAILURE_FIXTURES / "K4_recent_comments_widget.txt"))
    assert [(c.author, c.depth) for c in page.walk()] == [("Mirren", 0), ("Tal", 1)]


# html2text: each comment an item holding its commenter's name, the date and the body
# left out of it; after the comment form, a widget of the site's other pages' recent
# comments, each item a linked title over its commenter, date and excerpt
H2T_PERMA = """\
[Permalink](http://lamps.example.org/2019/05/trimming-lantern-wicks-the-
right-way/#comment-{0}) [Reply](/2019/05/trimming-lantern-wicks-the-
right-way/?replytocom={0}#respond)"""
H2T_THREAD = f"""\
# Trimming lantern wicks

Trim the wick flat, then round its corners a little, and the flame stays even.

## [lanterns](http://lamps.example.org/tags/lanterns/)

## [lanterns brass](http://lamps.example.org/tags/lanterns-brass/)

## [repair](http://lamps.example.org/tags/repair/)

  * [Next Post: Oiling Old Hinges](http://lamps.example.org/2019/05/hinges/)
  * 

### Comments (Here | On The Forum)

  * Marta Quill

May 3, 2019 at 10:12 AM

Mine came from Grandpa Otto

{H2T_PERMA.format(11)}

  * Fenwick

May 3, 2019 at 1:40 PM

I cleaned the chimney glass with vinegar and it came out far clearer than I
expected it to.

{H2T_PERMA.format(12)}

  * [bosun_k](http://bosun.example.net)

May 4, 2019 at 8:05 AM

Which wick width did you end up using for the flat burner?

We keep two widths here.

{H2T_PERMA.format(13)}

### Leave a Comment

**Got something to say? Comments are read before they appear.**

## Around the site

"""  # noqa: W291

H2T_TEASERS = [
    """\
  1. **[Ten Ways To Store Lamp Oil Safely](http://lamps.example.org/2019/04/oil/ "Permanent Link to Ten Ways To Store Lamp Oil Safely")**   
By Ilse  
02/05/2019 4:10 PM

Great list, the tip about old tins with tight lids was new to me, thanks.

  2. **[Why Brass Turns Green Over The Years](http://lamps.example.org/2019/04/brass/ "Permanent Link to Why Brass Turns Green Over The Years")**   
By [Tomas
Reyes](http://lamps.example.org/?u=7)  
02/05/2019 3:55 PM

I always wondered about that, and now I know why the handles go dark first.

  3. **[A Lamp Made From A Tin Of Sardines](http://lamps.example.org/2019/04/tin/ "Permanent Link to A Lamp Made From A Tin Of Sardines")**   
By Pell  
01/05/2019 9:02 AM

Mine smoked the kitchen out the first time I tried to light it in the evening.
""",  # noqa: E501, W291
    """\
  * **[Restoring A Storm Lantern From The Flea Market](http://lamps.example.org/2019/03/storm/)**
[Agnes Ruud](http://lamps.example.org/?u=3)  
May 1, 2019 at 6:30 PM

The frame on mine was bent but the glass was fine, so it only needed a new wick.

  * **[Which Oil Burns Cleanest Indoors](http://lamps.example.org/2019/03/oil/)**
[Cobb](http://lamps.example.org/?u=9)  
April 30, 2019 at 2:15 PM

Paraffin for me, the scented ones gave everyone in the house a headache.
""",  # noqa: W291
]


@pytest.mark.parametrize("teasers", H2T_TEASERS)
def test_a_widget_of_other_pages_teasers_is_furniture(teasers: str) -> None:
    """Items headed by a linked title of another page, each over a commenter, a date
    and an excerpt, after the page's own comments: furniture, not more comments."""
    text = H2T_THREAD + teasers
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Marta Quill", "Fenwick", "bosun_k"]
    assert page.walk().__next__().text.startswith("Mine came from Grandpa Otto")
    assert_nothing_lost(page, text)


def test_posts_all_headed_by_linked_titles_stay_posts() -> None:
    """A list whose every post opens with a linked title (a forum's subjects) is no
    widget: there are no posts of the page's own before it."""
    text = "Oil lamps\n\nA few notes on lamps and how to keep them burning.\n\n" + H2T_TEASERS[0]
    page = threadparse.parse(text)
    assert len(list(page.walk())) == 3


SHORT_BODIES = [
    H2T_THREAD + "Nothing here yet.\n",  # the first post's body: "Mine came from …"
    H2T_THREAD.replace(
        "Mine came from Grandpa Otto", "Ours smokes a lot, it burns rape oil and the wick is thick."
    ).replace(
        "I cleaned the chimney glass with vinegar and it came out far clearer than I\n"
        "expected it to.",
        "Thanks Marta Quill!",
    ),
    H2T_THREAD.replace(
        "Mine came from Grandpa Otto", "Ours smokes a lot, it burns rape oil and the wick is thick"
    )
    .replace("## [repair](http://lamps.example.org/tags/repair/)\n\n", "")
    .replace("We keep two widths here.", "")
    .replace("Which wick width did you end up using for the flat burner?", "Same as Ada Lind's"),
]


@pytest.mark.parametrize("text", SHORT_BODIES)
def test_a_body_too_short_for_prose_between_two_name_items(text: str) -> None:
    """Each date right under its own name item (html2text leaves the date out of the
    item): a body between them too short to read as prose still ends a post."""
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Marta Quill", "Fenwick", "bosun_k"]
    assert_nothing_lost(page, text)


# html2text, a list of tags over the comments' heading: "lamps" and "lamps brass" print
# one word twice, and the first post's header block would run up over them
TAGGED = """\
# Trimming lantern wicks

Trim the wick flat, then round its corners a little, and the flame stays even
and clean for hours.

## [{0}](/tags/{0}/)

## [{0} {1}](/tags/{0}-{1}/)

### {2}

  * Agnes Ruud

June 1, 2020 at 9:00 AM

Does the same trick work for a hurricane lamp with a round wick?

[Permalink](http://x.example.org/p/#comment-0)
[Reply](/p/?replytocom=0#respond)

  * Cobb

June 1, 2020 at 9:45 AM

Thanks Agnes Ruud!

[Permalink](http://x.example.org/p/#comment-1)
[Reply](/p/?replytocom=1#respond)

  * Lio

June 2, 2020 at 7:30 PM

Round wicks need a different cutter, a flat blade tears them at the edge.

[Permalink](http://x.example.org/p/#comment-2)
[Reply](/p/?replytocom=2#respond)

### Post Your Comments

Name*
"""


@pytest.mark.parametrize(
    ("tag", "more", "heading"),
    [
        ("lanterns", "brass", "Comments (Here | On The Forum)"),
        ("wicks", "round", "Reader responses (Here | Elsewhere)"),
    ],
)
def test_the_first_post_starts_under_the_sections_heading(
    tag: str, more: str, heading: str
) -> None:
    text = TAGGED.format(tag, more, heading)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Agnes Ruud", "Cobb", "Lio"]
    assert_nothing_lost(page, text)


SHARE_BAR = """\
Tram line to the harbour opens in May

The article text about the new tram line.

12 Comments Share Tweet Email

  • Bridge repairs start next week
    Photo of scaffolding on the old bridge.

    Read more

  • Bus lanes on the ring road
    A bus in an empty lane.

    Read more

12 Comments

  1. Odile says:
     14 March 2023 at 09:12

     About time, the buses are always full.

  2. Ravi Lund says:
     14 March 2023 at 10:40

     Will the trams run at night?
"""

SHARE_BAR_BULLETS = """\
Garden waste collection changes

Collections move to Thursdays from next month.

3 responses Facebook Twitter Reddit

  • Compost bins for flats
    A row of green bins.

  • Leaf mulch giveaway
    Bags of leaves by a fence.

3 Responses

  • Petra Holm says:
    Thursdays suit us much better.
  • Gus says:
    Will the brown bins change too?
  • Petra Holm says:
    They do, the letter says so.
"""

NAMELESS_UNDER_ONE_COUNT = """\
New bus timetable

The article text.

2 Comments

  • The night line now leaves ten minutes earlier, but the stop signs still show the old times.
    Photo of the stop.

  • Does the weekend timetable change as well, or only the weekday one?
    Photo of a bus.

Related

  • Ann says:
    Unrelated.
"""


def test_share_bar_count_fixture_reads_only_the_thread() -> None:
    page = threadparse.parse_file(need(FAILURE_FIXTURES / "K5_sharebar_count.txt"))
    assert [(c.author, c.date, c.text) for c in page.walk()] == [
        ("Ines", "2. April 2022 at 10:00", "Well argued.")
    ]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (SHARE_BAR, ["Odile", "Ravi Lund"]),
        (SHARE_BAR_BULLETS, ["Petra Holm", "Gus", "Petra Holm"]),
    ],
)
def test_teaser_cards_under_a_share_bar_count_are_no_thread(text: str, authors: list[str]) -> None:
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == authors
    assert "Read more" not in [c.text for c in page.walk()]
    assert_nothing_lost(page, text)


def test_headerless_comments_under_the_only_count_stay() -> None:
    # (no count printed again: the items under it are the page's nameless comments)
    page = threadparse.parse(NAMELESS_UNDER_ONE_COUNT)
    assert [c.author for c in page.walk()] == [None, None, "Ann"]
