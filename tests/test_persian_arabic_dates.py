"""Dates of Persian and Arabic pages (`dates`): Persian (۰-۹) and Arabic-Indic (٠-٩)
digits, the Solar Hijri months ("۲۱ آذر ۱۴۰۲", read in the Gregorian calendar), the
Gregorian months as Persian and Arabic write them (Egyptian and Gulf "مارس", Levantine
"كانون الثاني"), weekdays (glued to the name before them too: "کاوهچهارشنبه ۵ آبان …"),
the connectors ("ساعت", "الساعة", "في", "،"), "م"/"ص" after a time, ages ("۲ روز پیش",
"منذ ٣ أيام", "قبل ساعتين"); and the headings of their comment sections ("دیدگاه‌ها
(4)", "التعليقات (3)") and forms ("نظر بدهید", "أضف تعليقاً"). Invented pages of a
Persian blog and an Arabic blog and forum, in resiliparse's and html2text's forms."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import threadparse
from conftest import assert_nothing_lost
from threadparse import dates
from threadparse.lines import declared_count, is_count_heading, is_form_heading, read_header

CRAWLED = datetime(2024, 2, 1, 12, 0)


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("۲۱ آذر ۱۴۰۲ ساعت ۱۰:۲۴", datetime(2023, 12, 12, 10, 24)),
        ("سه‌شنبه ۱ فروردین ۱۴۰۳", datetime(2024, 3, 20)),
        ("یکشنبه ۱۰ دی ۱۴۰۲ ساعت ۲۰:۰۵", datetime(2023, 12, 31, 20, 5)),
        ("3 اسفند 1401", datetime(2023, 2, 22)),
        ("الأحد، ١٢ مارس ٢٠٢٣ الساعة ١٠:٢٤ م", datetime(2023, 3, 12, 22, 24)),
        ("٣ كانون الثاني ٢٠٢٤ في ٠٩:١٥ ص", datetime(2024, 1, 3, 9, 15)),
        ("15 أغسطس 2022", datetime(2022, 8, 15)),
        ("الخميس 2 تشرين الأول 2021", datetime(2021, 10, 2)),
        ("۱۴ ژوئن ۲۰۲۳", datetime(2023, 6, 14)),
        ("١٤٠٢/٠٩/٢١", None),  # (a numeric date of a year first: found, read as no day)
    ],
)
def test_dates_are_read(line: str, when: datetime | None) -> None:
    assert dates.find_date(line) is not None
    assert dates.is_date_line(line)
    assert dates.parse_date(line) == when


@pytest.mark.parametrize(
    ("line", "back"),
    [
        ("۲ روز پیش", {"days": 2}),
        ("۳ ساعت قبل", {"hours": 3}),
        ("منذ ٣ أيام", {"days": 3}),
        ("قبل 5 دقائق", {"minutes": 5}),
        ("منذ 2 أسابيع", {"weeks": 2}),
    ],
)
def test_ages_are_counted_back(line: str, back: dict[str, int]) -> None:
    from datetime import timedelta

    assert dates.is_relative(line)
    assert dates.resolve_date(line, CRAWLED) == (CRAWLED - timedelta(**back), "crawl_date")


@pytest.mark.parametrize("line", ["قبل ساعتين", "منذ يومين", "یک روز پیش", "دیروز", "أمس"])
def test_ages_and_days_in_words_are_dates(line: str) -> None:
    found = dates.find_date(line)
    assert found is not None and found.group(0) == line


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("کاوهچهارشنبه ۵ آبان ۱۴۰۱ ساعت ۰۸:۴۰", "کاوه"),
        ("ناشناسیکشنبه ۹ آبان ۱۴۰۱ ساعت ۰۶:۵۵", "ناشناس"),
        ("لیلا از تبریز پنج‌شنبه ۶ آبان ۱۴۰۱ ساعت ۲۲:۰۵", "لیلا از تبریز"),
        ("سلمى الخطيب الأحد، ٧ أيار ٢٠٢٣ الساعة ٩:١٥ م", "سلمى الخطيب"),
        ("أم خالد منذ ٣ أيام", "أم خالد"),
    ],
)
def test_headers_name_their_author(line: str, author: str) -> None:
    header = read_header(line)
    assert header is not None and header.author == author and header.date


@pytest.mark.parametrize(
    "line",
    [
        "من خواندم که در آذر ۱۴۰۲ باران زیادی آمد و باغچه پر از آب شد.",
        "امسال در آبان سی پیاز کاشتم",
        "زرت المكان في تشرين الأول الماضي، والجو كان رائعاً.",
        "آخر کار بهتر است، وقتی ۲ قاشق نمک ریختید.",
    ],
)
def test_prose_naming_a_month_is_no_header(line: str) -> None:
    assert read_header(line) is None
    assert not dates.is_date_line(line)


def test_section_headings_and_forms() -> None:
    assert declared_count("دیدگاه‌ها (4)") == 4
    assert declared_count("نظرات (۹)") == 9
    assert declared_count("٣ تعليقات على “رحلة”") == 3
    assert is_count_heading("التعليقات") and is_count_heading("### نظرات")
    assert is_form_heading("نظر بدهید") and is_form_heading("أضف تعليقاً")
    assert declared_count("نظر من این است که …") is None


_PIECES = [
    "۲۱", "۱۴۰۲", "١٢", "٢٠٢٣", "21", "2024", "۱۰:۲۴", "10:24", " ", "،", ",", "آذر", "آبان",
    "مارس", "كانون الثاني", "أيار", "سه", "شنبه", "سه شنبه", "چهارشنبه", "الأحد", "الجمعة",
    "ساعت", "الساعة", "في", "م", "منذ", "قبل", "پیش", "روز", "أيام", "ساعتين", "مریم", "علی",
    "دیروز", "أمس", "May", "3", "ago",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
# (a time glued to digits past the window a glued date was looked for in: "۱۰:۲۴۱۴۰۲")
@example("۱۰:۲۴كانون الثاني۱۰:۲۴May۱۰:۲۴۱۴۰۲۱۴۰۲كانون الثاني")
def test_the_fast_search_finds_what_a_search_finds(line: str) -> None:
    fast, slow = dates.find_date(line), dates.find_date_by_search(line)
    assert (fast and fast.span()) == (slow and slow.span()), line


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
def test_the_date_at_a_place_is_the_whole_pattern_s(line: str) -> None:
    for start in range(len(line) + 1):
        fast = dates._date_at(line, start, len(line))
        whole = dates._DATE.match(line, start, len(line))
        assert (fast and fast.span()) == (whole and whole.span()), (line, start)


PERSIAN_RESILIPARSE = """دفترچه‌ی باغبانی

کاشت پیاز لاله در پاییز

نوشته شده در دوشنبه ۳ آبان ۱۴۰۱ ساعت ۱۷:۱۰ توسط باغبان

امسال سی پیاز لاله خریدم و در آبان کاشتم. عمق کاشت دو برابر ارتفاع پیاز است.

دیدگاه‌ها (4)

کاوهچهارشنبه ۵ آبان ۱۴۰۱ ساعت ۰۸:۴۰
ممنون از توضیحات. پیازها را قبل از کاشت باید در یخچال نگه داشت؟
لیلا از تبریزپنج‌شنبه ۶ آبان ۱۴۰۱ ساعت ۲۲:۰۵
ما در تبریز آذر می‌کاریم. زمین زودتر یخ می‌زند.
بهرامجمعه ۷ آبان ۱۴۰۱ ساعت ۱۱:۳۰
رنگ زرد بهتر جواب می‌دهد یا قرمز؟
ناشناسیکشنبه ۹ آبان ۱۴۰۱ ساعت ۰۶:۵۵
عالی.

نظر بدهید

نام:
"""

PERSIAN_HTML2TEXT = """# دفترچه‌ی باغبانی

## کاشت پیاز لاله در پاییز

امسال سی پیاز لاله خریدم و در آبان کاشتم. عمق کاشت دو برابر ارتفاع پیاز
است.

### دیدگاه‌ها (4)

![](https://img.example.ir/avatar.png)[کاوه](http://kaveh.example.ir)چهارشنبه
۵ آبان ۱۴۰۱ ساعت ۰۸:۴۰

ممنون از توضیحات. پیازها را قبل از کاشت باید در یخچال نگه داشت؟

![](https://img.example.ir/avatar.png)[لیلا از
تبریز](http://leila.example.ir)پنج‌شنبه ۶ آبان ۱۴۰۱ ساعت ۲۲:۰۵

ما در تبریز آذر می‌کاریم. زمین زودتر یخ می‌زند.

![](https://img.example.ir/avatar.png)[بهرام](http://bahram.example.ir)جمعه
۷ آبان ۱۴۰۱ ساعت ۱۱:۳۰

رنگ زرد بهتر جواب می‌دهد یا قرمز؟

![](https://img.example.ir/avatar.png)ناشناسیکشنبه ۹ آبان ۱۴۰۱ ساعت ۰۶:۵۵

عالی.

### نظر بدهید

نام:
"""

PERSIAN_AUTHORS = ["کاوه", "لیلا از تبریز", "بهرام", "ناشناس"]


@pytest.mark.parametrize(
    ("text", "dialect"), [(PERSIAN_RESILIPARSE, None), (PERSIAN_HTML2TEXT, "html2text")]
)
def test_a_persian_blog(text: str, dialect: str | None) -> None:
    page = threadparse.parse(text, dialect=dialect)
    comments = list(page.walk())
    assert [c.author for c in comments] == PERSIAN_AUTHORS
    assert [c.depth for c in comments] == [0, 0, 0, 0]
    assert comments[0].datetime == datetime(2022, 10, 27, 8, 40)
    assert comments[-1].text == "عالی."
    assert comments[1].text.startswith("ما در تبریز")
    assert page.declared_count == 4
    assert_nothing_lost(page, text)


ARABIC_RESILIPARSE = """مدونة المسافر

رحلة إلى وادي رم

قضينا ثلاثة أيام في الصحراء، ونمنا في مخيم بدوي تحت النجوم.

التعليقات (3)

  1. سلمى الخطيب الأحد، ٧ أيار ٢٠٢٣ الساعة ٩:١٥ م
    ما أجمل الصور! هل الطريق صعب للسيارات العادية؟
  2. عمر ١٠ أيار ٢٠٢٣ في ١٠:٤٠
    زرت المكان في تشرين الأول الماضي، والجو كان رائعاً.
      1. المسافر ١١ أيار ٢٠٢٣ في ٠٨:٠٢
        شكراً يا عمر، تشرين أفضل وقت فعلاً.
  3. نادية ٣ كانون الثاني ٢٠٢٤ في ١٩:٣٠
    هل يسمح بالتخييم دون مرشد؟

أضف تعليقاً
"""

ARABIC_HTML2TEXT = """# مدونة المسافر

## رحلة إلى وادي رم

قضينا ثلاثة أيام في الصحراء، ونمنا في مخيم بدوي تحت النجوم.

### التعليقات (3)

  1. ![](https://img.example.net/a.png)**سلمى الخطيب** الأحد، ٧ أيار ٢٠٢٣ الساعة ٩:١٥ م

ما أجمل الصور! هل الطريق صعب للسيارات العادية؟

  2. ![](https://img.example.net/a.png)**[عمر](https://omar.example.net/)** ١٠ أيار ٢٠٢٣ في ١٠:٤٠

زرت المكان في تشرين الأول الماضي، والجو كان رائعاً.

  3. ![](https://img.example.net/a.png)**نادية** ٣ كانون الثاني ٢٠٢٤ في ١٩:٣٠

هل يسمح بالتخييم دون مرشد؟

### أضف تعليقاً
"""


def test_an_arabic_blog_in_resiliparse_s_form() -> None:
    page = threadparse.parse(ARABIC_RESILIPARSE)
    comments = list(page.walk())
    assert [(c.author, c.depth) for c in comments] == [
        ("سلمى الخطيب", 0), ("عمر", 0), ("المسافر", 1), ("نادية", 0)
    ]  # fmt: skip
    assert comments[0].datetime == datetime(2023, 5, 7, 21, 15)
    assert comments[3].datetime == datetime(2024, 1, 3, 19, 30)
    assert_nothing_lost(page, ARABIC_RESILIPARSE)


def test_an_arabic_blog_in_html2text_s_form() -> None:
    page = threadparse.parse(ARABIC_HTML2TEXT, dialect="html2text")
    comments = list(page.walk())
    assert [c.author for c in comments] == ["سلمى الخطيب", "عمر", "نادية"]
    assert comments[1].text.startswith("زرت المكان")
    assert comments[1].datetime == datetime(2023, 5, 10, 10, 40)
    assert_nothing_lost(page, ARABIC_HTML2TEXT)


ARABIC_FORUM = """منتدى الطبخ العربي

طريقة عمل المقلوبة بالدجاج

  • أم خالد منذ ٣ أيام
    جربت الوصفة اليوم وكانت ممتازة، لكن الأرز احتاج ماء أكثر قليلاً.
  • سعيد • قبل ساعتين
    أضيف الباذنجان المقلي دائماً، يعطي طعماً أفضل.
  • ريم منذ 5 ساعات
    كم كوب ماء لكل كوب أرز؟
"""


def test_an_arabic_forum_of_ages() -> None:
    page = threadparse.parse(ARABIC_FORUM)
    comments = list(page.walk())
    assert [(c.author, c.date) for c in comments] == [
        ("أم خالد", "منذ ٣ أيام"), ("سعيد", "قبل ساعتين"), ("ريم", "منذ 5 ساعات")
    ]  # fmt: skip
    assert_nothing_lost(page, ARABIC_FORUM)


def test_persian_prose_with_dates_opens_no_thread() -> None:
    text = (
        "سفرنامه\n\nدر ۲۱ آذر ۱۴۰۲ به شیراز رفتیم و هوا سرد بود.\n"
        "روز بعد، ۲۲ آذر ۱۴۰۲، به تخت جمشید رفتیم.\nدر آبان هم باران آمده بود.\n"
    )
    page = threadparse.parse(text)
    assert not page.comments
    assert_nothing_lost(page, text)
