"""html2text prints a list item's first paragraph on its marker line and the rest of
the item (more paragraphs, the name and dates that sign it) at the page's margin, so
the next item stands indented under the last line of the one before. Items signed so,
at least two in a row, get their lines back as their block (`mend.mend_unindented_items`)."""

from __future__ import annotations

import threadparse

QA_UNINDENTED = """\
How do I keep sourdough starter alive while travelling?

I will be away for three weeks and nobody can feed it.

[Share](/q/881 "Short permalink to this question")

asked Mar 2, 2019 at 8:10

[![Brenna Voss's user
avatar](https://img.example.net/a/brenna.png?s=64)](/users/31/brenna-voss)

[Brenna Voss](/users/31/brenna-voss)

2,31155 silver badges

2

  * Does it have to stay active, or can it go dormant for a while?

Tomas Ireland

-  [Tomas Ireland](/users/77/tomas-ireland "4,120 reputation")

2019-03-02 09:14:55 +00:00

Commented Mar 2, 2019 at 9:14

  * 4

Dormant is fine, I just do not want to start over from flour and water
again.

Brenna Voss

-  [Brenna Voss](/users/31/brenna-voss "2,311 reputation")

2019-03-02 10:01:12 +00:00

Commented Mar 2, 2019 at 10:01

Add a comment  |

##  2 Answers 2

12

Dry some of it on baking paper, crumble the flakes and keep them in a jar. They
revive in two or three feedings.

[Share](/a/882 "Short permalink to this answer")

answered Mar 2, 2019 at 11:30

[![Odile Park's user
avatar](https://img.example.net/a/odile.png?s=64)](/users/52/odile-park)

[Odile Park](/users/52/odile-park)

9,01022 gold badges

3

  * 2

How long do the dried flakes keep?

Kasimir Lund

-  [Kasimir Lund](/users/90/kasimir-lund "311 reputation")

2019-03-04 17:22:40 +00:00

Commented Mar 4, 2019 at 17:22

  * Months, in my experience. Keep them away from moisture.

Odile Park

-  [Odile Park](/users/52/odile-park "9,010 reputation")

2019-03-04 18:05:09 +00:00

Commented Mar 4, 2019 at 18:05

  * I have revived flakes that were a year old.

Yara Benn

-  [Yara Benn](/users/12/yara-benn "1,402 reputation")

2019-03-05 07:48:31 +00:00

Commented Mar 5, 2019 at 7:48

 |  Show **2** more comments

5

Feed it a stiff dough, then put it in the fridge. A cold, stiff starter lasts
three weeks without a feeding.

[Share](/a/883 "Short permalink to this answer")

answered Mar 3, 2019 at 14:02

[![Mirela Tosh's user
avatar](https://img.example.net/a/mirela.png?s=64)](/users/61/mirela-tosh)

[Mirela Tosh](/users/61/mirela-tosh)

70144 bronze badges

1

  * Worked for me over a whole summer holiday.

Tomas Ireland

-  [Tomas Ireland](/users/77/tomas-ireland "4,120 reputation")

2019-03-04 08:12:19 +00:00

Commented Mar 4, 2019 at 8:12

Add a comment  |

## Your Answer
"""

BLOG_UNINDENTED = """\
Pickling quail eggs

Boil them for exactly two and a half minutes.

3 comments

  * I tried this with beetroot juice and the colour was wonderful.

The eggs kept for a month in the fridge.

Harriet Umber

June 4, 2021

  * Can I use cider vinegar instead?

Lonnie Achebe

June 5, 2021

  * Yes, any vinegar with five percent acidity works.

Harriet Umber

June 6, 2021

Leave a Reply
"""

LONE_LIST = """\
Garden notes

Things to do this week:

  * Cut back the lavender before the frost.

Everything else can wait until the spring, when the soil is warm enough to
dig again.

Maud Ferris

April 2, 2022
"""


def test_qa_comments_printed_unindented_are_replies_of_their_answer() -> None:
    page = threadparse.parse(QA_UNINDENTED)
    assert [c.author for c in page.comments] == [
        "Tomas Ireland",
        "Brenna Voss",
        "Odile Park",
        "Mirela Tosh",
    ]
    assert [c.author for c in page.comments[2].children] == [
        "Kasimir Lund",
        "Odile Park",
        "Yara Benn",
    ]
    assert [c.author for c in page.comments[3].children] == ["Tomas Ireland"]
    assert page.comments[2].children[0].text.startswith("How long do the dried flakes")
    assert page.comments[1].text.startswith("Dormant is fine")
    assert "Commented" not in page.comments[1].text


def test_blog_items_signed_below_at_the_margin() -> None:
    page = threadparse.parse(BLOG_UNINDENTED)
    assert [c.author for c in page.walk()] == ["Harriet Umber", "Lonnie Achebe", "Harriet Umber"]
    assert "kept for a month" in page.comments[0].text
    assert "Lonnie" not in page.comments[0].text


def test_a_lone_item_over_a_signed_article_is_no_comment() -> None:
    page = threadparse.parse(LONE_LIST)
    assert page.comments == []
    assert "Cut back the lavender" in page.article.text


DASH_SIGNED = """\
Why do cast iron pans need seasoning?

Stainless pans never needed it in my kitchen.

asked Nov 19 '20 at 4:59

  * 5

Is the question about the chemistry or about the habit? The answers would be
very different. – [Petra
Olawale](/users/71/petra-olawale "3,650 reputation") Nov 19 '20 at 17:18

  * 2

The chemistry, mostly. – [Quentin Marsh](/users/5/quentin-marsh "120
reputation") Nov 19 '20 at 18:02

##  2 Answers

40

Seasoning is polymerised oil bonded to the iron. Bare iron rusts quickly and
food sticks to it, so the layer protects it and makes it slick.

answered Nov 20 '20 at 12:02

[
![](https://img.example.net/a/1.png?s=32)
](/users/88/ruth-anand)

[Ruth Anand](/users/88/ruth-anand)

9,12311 gold badges

  * 3

Does the layer survive soap? – [Idris Fenn](/users/9/idris-fenn "45
reputation") Nov 20 '20 at 13:15

  * 1

Modern soap is fine, lye is what strips it. – [Ruth
Anand](/users/88/ruth-anand "9,123 reputation") Nov 20 '20 at 13:40

12

Stainless is not reactive, iron is. That is the whole difference in short.

answered Nov 21 '20 at 8:45

[
![](https://img.example.net/a/2.png?s=32)
](/users/23/odo-brandt)

[Odo Brandt](/users/23/odo-brandt)

1,20133 silver badges

  * 2

Short and right, and it explains why my old pan rusted after a week in the
damp shed. – [Petra Olawale](/users/71/petra-olawale "3,650 reputation") Nov
21 '20 at 9:02

## Your Answer
"""


def test_items_signed_at_the_end_of_a_wrapped_paragraph() -> None:
    page = threadparse.parse(DASH_SIGNED)
    assert [c.author for c in page.comments] == [
        "Petra Olawale",
        "Quentin Marsh",
        "Ruth Anand",
        "Odo Brandt",
    ]
    assert [c.author for c in page.comments[2].children] == ["Idris Fenn", "Ruth Anand"]
    assert [c.author for c in page.comments[3].children] == ["Petra Olawale"]
    assert page.comments[2].text.startswith("Seasoning is polymerised oil")
