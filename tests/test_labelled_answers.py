"""A blog's owner answering inside a visitor's comment, under a label alone on its line
and no name ("پاسخ:", "رد المدير:", "Author's reply:"): the label and the lines after it
are a nameless reply of the comment (`rehang.hang_labelled_answers`). Invented pages;
the label never opens a comment's own text, and a label with nothing after it is the
visitor's own words."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

PERSIAN = """دفترچه‌ی باغبانی

کاشت پیاز لاله در پاییز

امسال سی پیاز لاله خریدم و در آبان کاشتم.

دیدگاه‌ها (3)

کاوهچهارشنبه ۵ آبان ۱۴۰۱ ساعت ۰۸:۴۰
ممنون از توضیحات. پیازها را قبل از کاشت باید در یخچال نگه داشت؟
پاسخ:
لازم نیست، در تهران و کرج سرمای زمستان کافی است.
لیلا از تبریزپنج‌شنبه ۶ آبان ۱۴۰۱ ساعت ۲۲:۰۵
ما در تبریز آذر می‌کاریم.
زمین زودتر یخ می‌زند.
بهرامجمعه ۷ آبان ۱۴۰۱ ساعت ۱۱:۳۰
رنگ زرد بهتر جواب می‌دهد یا قرمز؟
پاسخ مدیر:
هر دو خوب است، ولی قرمزها زودتر گل می‌دهند.

نظر بدهید
"""


def test_the_owner_s_answers_are_nameless_replies() -> None:
    page = threadparse.parse(PERSIAN)
    comments = list(page.walk())
    assert [(c.author, c.depth) for c in comments] == [
        ("کاوه", 0), (None, 1), ("لیلا از تبریز", 0), ("بهرام", 0), (None, 1)
    ]  # fmt: skip
    assert comments[1].parent is comments[0] and comments[4].parent is comments[3]
    assert comments[0].text == "ممنون از توضیحات. پیازها را قبل از کاشت باید در یخچال نگه داشت؟"
    assert comments[1].header == "پاسخ:"
    assert comments[1].text == "لازم نیست، در تهران و کرج سرمای زمستان کافی است."
    assert comments[4].text.startswith("هر دو خوب است")
    assert_nothing_lost(page, PERSIAN)


ARABIC_HTML2TEXT = """# مدونة المطبخ

## خبز الصاج

نص المقال عن خبز الصاج في البيت.

### التعليقات (2)

  1. ![](https://img.example.net/a.png)**هالة** ٤ آذار ٢٠٢٤ في ١٠:١٢ ص

هل يمكن استعمال الطحين الأسمر؟

رد المدير:<BR>
نعم، لكن أضيفي ملعقة ماء أخرى.

  2. ![](https://img.example.net/a.png)**باسل** ٥ آذار ٢٠٢٤ في ٠٨:٣٠ م

جربتها وكانت رائعة.

### أضف تعليقاً
""".replace("<BR>", "  ")  # (html2text's line break: two blanks at the line's end)


def test_an_arabic_answer_in_html2text_s_form() -> None:
    page = threadparse.parse(ARABIC_HTML2TEXT, dialect="html2text")
    comments = list(page.walk())
    assert [(c.author, c.depth) for c in comments] == [("هالة", 0), (None, 1), ("باسل", 0)]
    assert comments[1].text == "نعم، لكن أضيفي ملعقة ماء أخرى."
    assert comments[0].text == "هل يمكن استعمال الطحين الأسمر؟"
    assert_nothing_lost(page, ARABIC_HTML2TEXT)


ENGLISH = """A Garden Notebook

Planting tulips in autumn

Thirty bulbs this year, planted in late October.

3 Comments

  1. Kaveh says:
    Do the bulbs need the fridge before planting?
    Author's reply:
    No need here, the winter is cold enough.
  2. Leila says:
    Answer:
    we plant ours in November.
  3. Bahram says:
    My question was about red ones.
    Reply:
"""


def test_a_label_opening_a_comment_or_ending_it_is_the_visitor_s() -> None:
    page = threadparse.parse(ENGLISH)
    comments = list(page.walk())
    assert [(c.author, c.depth) for c in comments] == [
        ("Kaveh", 0), (None, 1), ("Leila", 0), ("Bahram", 0)
    ]  # fmt: skip
    assert comments[2].text == "Answer:\nwe plant ours in November."
    assert comments[3].text == "My question was about red ones.\nReply:"
    assert_nothing_lost(page, ENGLISH)


def test_prose_with_a_colon_is_no_label() -> None:
    text = PERSIAN.replace("پاسخ:\n", "پاسخ من این است:\n").replace("پاسخ مدیر:\n", "")
    comments = list(threadparse.parse(text).walk())
    assert [c.author for c in comments] == ["کاوه", "لیلا از تبریز", "بهرام"]
