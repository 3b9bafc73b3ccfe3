"""Post stamps that print an age of several units and name their author after it:
"3 years 2 months ago #2234 by Rhys P." (a forum's post line: age, post number, "by"
NAME). The age is one date however many units it has; the name after "by" is the
post's author, an initial and its dot included; a heading that prints the post number
on its own line (wrapped by html2text) and the first one that kept it on the date's line
stamp one list of posts. Two labels printed in different case are two templates: a Q&A
page's "Asked 3 years, 9 months ago" over the question is not its "asked DATE"
signature. Invented pages of a cycling club's forum, one per converter's shape."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L
from threadparse.dates import find_date
from threadparse.outline import OutlineNode
from threadparse.posts import is_name_like, read_stamp


def _node(text: str) -> OutlineNode:
    return OutlineNode(None, text, 1, 1, 0, len(text), False)


@pytest.mark.parametrize(
    "line, date",
    [
        ("3 years 2 months ago", "3 years 2 months ago"),
        ("Asked 3 years, 9 months ago", "3 years, 9 months ago"),
        ("edited 1 day, 4 hours ago", "1 day, 4 hours ago"),
        ("2 weeks and 3 days ago by ann", "2 weeks and 3 days ago"),
        ("1 year 2 months 3 weeks ago", "1 year 2 months 3 weeks ago"),
        ("5 minutes ago", "5 minutes ago"),
    ],
)
def test_an_age_of_several_units_is_one_date(line: str, date: str) -> None:
    match = find_date(line)
    assert match is not None and match.group() == date


def test_words_between_numbers_make_no_age() -> None:
    match = find_date("3 apples 2 months ago")
    assert match is not None and match.group() == "2 months ago"


@pytest.mark.parametrize(
    "line, author, number",
    [
        ("3 years 2 months ago #2234 by Jonna Faircloth", "Jonna Faircloth", 2234),
        ("3 years 2 months ago #2249 by Rhys P.", "Rhys P.", 2249),
        ("2 weeks ago by gravel_gus", "gravel_gus", None),
        ("3 years 2 months ago [40]#2237 by [41]gravel_gus", "gravel_gus", 2237),
    ],
)
def test_a_name_after_the_age_is_the_author(line: str, author: str, number: int | None) -> None:
    header = L.read_header(L.plain(line))
    assert header is not None and header.author == author
    stamp = read_stamp(_node(line))
    assert stamp is not None and stamp.author == author and stamp.number == number


def test_a_name_closed_by_an_initial_is_name_like() -> None:
    assert is_name_like("Rhys P.") and is_name_like("Ann M. Lee")
    assert not is_name_like("I saw it.") and not is_name_like("Thanks A lot.")
    assert not is_name_like("Thanks.")


def test_labels_in_other_case_are_other_keys() -> None:
    def key(text: str) -> tuple[str, ...]:
        stamp = read_stamp(_node(text))
        assert stamp is not None
        return stamp.key

    assert key("Asked 3 years, 9 months ago") != key("asked May 24, 2022 at 17:49")
    assert key("Asked May 20, 2022") != key("asked May 24, 2022 at 17:49")
    assert key("asked May 24, 2022 at 17:49") == key("asked June 2, 2022 at 09:15")


RESILIPARSE = """\
Harrowgate Wheelers
Club rides since 1979
  • Home
  • Forum
  • Contact
  • Index
  • Recent Topics
Chain wax or wet lube for winter?
Reply Topic
  • Jonna Faircloth
  • Jonna Faircloth's Avatar Topic Author Offline
  • Gold Boarder
Less More
  • Posts: 412
  • Karma: 9
3 years 2 months ago #2234 by Jonna Faircloth
Switching to wax this winter and wondering if it survives the salt on the lanes. Anyone tried it through a whole season?
Report
Reply Quote
  • gravel_gus
  • gravel_gus's Avatar Offline
  • Senior Boarder
Less More
  • Posts: 120
  • Karma: 2
3 years 2 months ago #2237 by gravel_gus
I did last year. Re-wax every two weeks in the wet months or it squeaks by the third ride.
Report
Reply Quote
  • Rhys P.
  • Rhys P.'s Avatar Online
  • Platinum Boarder
Less More
  • Posts: 2201
  • Karma: 31
3 years 1 month ago #2240 by Rhys P.
Wet lube and a rag after every ride. Boring but it has worked for ten winters now.
Report
Reply Quote
  • Jonna Faircloth
  • Jonna Faircloth's Avatar Topic Author Offline
  • Gold Boarder
Less More
  • Posts: 412
  • Karma: 9
3 years 1 month ago #2243 by Jonna Faircloth
Thanks both. I will try the wax and keep a bottle of wet lube for emergencies.
Report
Reply Quote
Powered by a forum
"""  # noqa: E501

LYNX = """\
   Harrowgate Wheelers

   Chain wax or wet lube for winter?

     * [12]Jonna Faircloth
     * [13]Jonna Faircloth's Avatar Topic Author Offline
     * Gold Boarder

   Less More
     * Posts: 412

   3 years 2 months ago [14]#2234 by [15]Jonna Faircloth

   Switching to wax this winter and wondering if it survives the salt on
   the lanes. Anyone tried it through a whole season?
   [16]Report
   [17]Reply [18]Quote
     * [19]gravel_gus
     * [20]gravel_gus's Avatar Offline
     * Senior Boarder

   Less More
     * Posts: 120

   3 years 2 months ago [21]#2237 by [22]gravel_gus

   I did last year. Re-wax every two weeks in the wet months or it
   squeaks by the third ride.
   [23]Report
   [24]Reply [25]Quote
     * [26]Rhys P.
     * [27]Rhys P.'s Avatar Online
     * Platinum Boarder

   Less More
     * Posts: 2201

   3 years 1 month ago [28]#2240 by [29]Rhys P.

   Wet lube and a rag after every ride. Boring but it has worked for ten
   winters now.
   [30]Report
   [31]Reply [32]Quote
"""

# html2text: a heading per post; the replies' longer "Re:" titles wrapped the post number
# onto a line of its own, the first post's shorter one kept it
HTML2TEXT = """\
# Harrowgate Wheelers

## **Topic:** Chain wax or wet lube for winter?

##  Chain wax or wet lube for winter? 3 years 2 months ago #2234

  * [Jonna Faircloth](/forum/profile/userid-88)
  * OFFLINE
  * Gold Boarder
  * Posts: 412

Switching to wax this winter and wondering if it survives the salt on the
lanes. Anyone tried it through a whole season?

[Report](/forum/report/2234) [Reply](/forum/reply/2234)

##  Re: Chain wax or wet lube for winter? 3 years 2 months ago
#2237

  * [gravel_gus](/forum/profile/userid-12)
  * OFFLINE
  * Senior Boarder
  * Posts: 120

I did last year. Re-wax every two weeks in the wet months or it squeaks by
the third ride.

[Report](/forum/report/2237) [Reply](/forum/reply/2237)

##  Re: Chain wax or wet lube for winter? 3 years 1 month ago
#2240

  * [Rhys P.](/forum/profile/userid-31)
  * ONLINE
  * Platinum Boarder
  * Posts: 2201

Wet lube and a rag after every ride. Boring but it has worked for ten winters
now.

[Report](/forum/report/2240) [Reply](/forum/reply/2240)

##  Re: Chain wax or wet lube for winter? 3 years 1 month ago
#2243

  * [Jonna Faircloth](/forum/profile/userid-88)
  * OFFLINE
  * Gold Boarder
  * Posts: 412

Thanks both. I will try the wax and keep a bottle of wet lube for emergencies.

[Report](/forum/report/2243) [Reply](/forum/reply/2243)
"""

AUTHORS = ["Jonna Faircloth", "gravel_gus", "Rhys P.", "Jonna Faircloth"]


@pytest.mark.parametrize(
    "text, authors",
    [(RESILIPARSE, AUTHORS), (LYNX, AUTHORS[:3]), (HTML2TEXT, AUTHORS)],
    ids=["resiliparse", "lynx", "html2text"],
)
def test_every_post_stamped_by_its_age_line(text: str, authors: list[str]) -> None:
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == authors
    assert all(c.depth == 0 for c in page.walk())
    assert "Switching to wax" in page.comments[0].text
    assert "Wet lube and a rag" in page.comments[2].text
    assert_nothing_lost(page, text)


def test_the_opening_post_keeps_its_number_on_the_date_line() -> None:
    # without its wrapped siblings' key the first post would be lost to the article
    page = threadparse.parse(HTML2TEXT)
    assert page.comments[0].author == "Jonna Faircloth"
    assert "Switching to wax" not in page.article.text
