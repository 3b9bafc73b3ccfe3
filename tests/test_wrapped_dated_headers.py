"""html2text wraps a long header line: the name's link (after its avatar picture) and a
word glued to it on one line, the rest of the date on the next ("[Maryam](…)Tuesday," over
"December 12, 2023 at 10:24 am"), or the name's link text broken over two lines ("[Reza
from" over "Shiraz](…)December 12, …"). Read together they are one dated header
(`transform._wrapped_dated`); a date printed inside a link ("[2 years" over "ago](…)") is
its own line's, as before. Invented pages."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

ENGLISH = """# A Kitchen Notebook

## Pomegranate molasses

Some prose of the article about the molasses and how long it takes.

### Comments (3)

![](https://img.example.com/avatar.png)[Maryam Tehrani](http://maryam.example.com)Tuesday,
December 12, 2023 at 10:24 am

Hello, thanks a lot. How low should the flame be?

![](https://img.example.com/avatar.png)[Reza from the
south](http://reza.example.com)December 12, 2023 at 1:05 pm

We use the sour ones, the colour is very nice.

![](https://img.example.com/avatar.png)[Zahra](http://zahra.example.com)Wednesday,
December 13, 2023 at 9:47 am

Should we add the salt at the start or at the end?

### Leave a Reply
"""

PERSIAN = """# آشپزخانه

## رب انار

متن مقاله درباره‌ی رب انار و زمان پختن آن.

### نظرات (3)

![](https://img.example.ir/avatar.gif)[شیرین](http://shirin.example.ir)سه
شنبه ۱۴ آذر ۱۴۰۲ ساعت ۰۹:۰۰

شعله را چقدر کم کنم؟

![](https://img.example.ir/avatar.gif)[پدرام از
اصفهان](http://pedram.example.ir)چهارشنبه ۱۵ آذر ۱۴۰۲ ساعت ۱۲:۴۵

ما انار ملس می‌خریم.

![](https://img.example.ir/avatar.gif)[گلناز](http://golnaz.example.ir)پنجشنبه
۱۶ آذر ۱۴۰۲ ساعت ۱۸:۱۰

خیلی ممنون.

### نظر بدهید
"""


def test_wrapped_english_headers() -> None:
    page = threadparse.parse(ENGLISH, dialect="html2text")
    comments = list(page.walk())
    assert [c.author for c in comments] == ["Maryam Tehrani", "Reza from the south", "Zahra"]
    assert [c.text.split(".")[0] for c in comments] == [
        "Hello, thanks a lot", "We use the sour ones, the colour is very nice",
        "Should we add the salt at the start or at the end?",
    ]  # fmt: skip
    assert comments[0].date == "Tuesday, December 12, 2023 at 10:24 am"
    assert_nothing_lost(page, ENGLISH)


def test_wrapped_persian_headers() -> None:
    page = threadparse.parse(PERSIAN, dialect="html2text")
    comments = list(page.walk())
    assert [c.author for c in comments] == ["شیرین", "پدرام از اصفهان", "گلناز"]
    texts = ["شعله را چقدر کم کنم؟", "ما انار ملس می‌خریم.", "خیلی ممنون."]
    assert [c.text for c in comments] == texts
    assert_nothing_lost(page, PERSIAN)


SPACED = ENGLISH.replace(")Tuesday,\n", ") Tuesday\n").replace(")Wednesday,\n", ") Wednesday\n")


def test_a_line_wrapped_at_a_space_is_not_joined() -> None:
    # (html2text wraps at a space too; only a word glued to the link, or the link's own
    # text broken, says the line goes on under it: "Tuesday" over a date alone is the
    # date line's weekday, read as the page reads such lines)
    page = threadparse.parse(SPACED, dialect="html2text")
    assert "Reza from the south" in [c.author for c in page.walk()]
    assert_nothing_lost(page, SPACED)
