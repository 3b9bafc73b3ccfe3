"""html2text comment lists whose items show only the comment's date (or an empty
link to the author's site, the date on the next line), with the author's name alone
on the line under the date and the body unindented after it: the items repeat down
the list and nest by their columns."""

from __future__ import annotations

import threadparse

DATE_ITEMS = """\
Where to eat in Tulsa

Our favourite spots after three visits.

COMMENTS

  * [](http://brisket-notes.example.net)

July 25, 2019

[Amos Redfern](http://brisket-notes.example.net)

The smoked brisket place near the river was the best meal of our trip.

[Reply](https://eat.example.com/tulsa/?replytocom=11#commentform)

    * [](https://eat.example.com/)

July 26, 2019

[Noor](https://eat.example.com/)

We only stopped there for coffee, so we have to go back for the brisket!

[Reply](https://eat.example.com/tulsa/?replytocom=12#commentform)

    * July 27, 2019

Callum Oduya

The taco truck on Third Street is worth the queue, every single time.

[Reply](https://eat.example.com/tulsa/?replytocom=13#commentform)

  * July 26, 2019

Beatrix Lowe

Try the pie shop on Main, the pecan one is wonderful.

[Reply](https://eat.example.com/tulsa/?replytocom=14#commentform)

  * July 28, 2019

Ezra Quint

Great list, we went to four of them in one weekend.

### Leave a Reply
"""

PLAIN_DATE_ITEMS = """\
Winter sowing in milk jugs

It works for most hardy annuals.

  * 3 February 2022

Ines Harlow

Do you put holes in the bottom as well as the top?

  * 4 February 2022

Marek Sole

Yes, a few in the bottom so the rain drains away.

  * 6 February 2022

Tilda Grove

I tried this last year and the poppies came up first.
"""

ONE_DATE_ITEM = """\
Opening hours

  * 3 February 2022

Main Library

The reading room is open until eight on weekdays, and until five on Saturdays.
"""


def test_date_items_over_names_nest_by_column() -> None:
    page = threadparse.parse(DATE_ITEMS)
    assert [c.author for c in page.comments] == ["Amos Redfern", "Beatrix Lowe", "Ezra Quint"]
    assert [c.author for c in page.comments[0].children] == ["Noor", "Callum Oduya"]
    assert page.comments[0].children[1].text.startswith("The taco truck")
    assert page.comments[1].date == "July 26, 2019"


def test_plain_date_items_name_their_authors() -> None:
    page = threadparse.parse(PLAIN_DATE_ITEMS)
    assert [c.author for c in page.comments] == ["Ines Harlow", "Marek Sole", "Tilda Grove"]
    assert page.comments[1].text.startswith("Yes, a few")


def test_one_date_item_is_no_comment_list() -> None:
    page = threadparse.parse(ONE_DATE_ITEM)
    assert "Main Library" not in [c.author for c in page.walk()]
