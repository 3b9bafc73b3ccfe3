"""Thai dates (`dates._THAI_DATE`): a day, a Thai month's name, full or cut short
("มีนาคม", "มี.ค."), a year of the Buddhist era (2567 is 2024; two digits after a short
name, "67") or of the Gregorian one, perhaps after its era's mark ("พ.ศ.", "ค.ศ."), "เวลา"
(at) before the time and "น." (hours) after it; ages ("3 ชั่วโมงที่แล้ว", "2 วันก่อน") and
day words ("เมื่อวาน", "วันนี้"). Thai prints no blank between words, so a date or an age
with a Thai letter right after it is a word of a sentence, no date. The fast search
agrees with the plain one on every line here (and on lines made of Thai pieces)."""

from __future__ import annotations

import random
from datetime import datetime

import pytest

from threadparse import dates

CRAWLED = datetime(2024, 3, 10, 12, 0)

ABSOLUTE = [  # (line, the date as read with its time, datetime)
    ("นกกระจิบ 5 มีนาคม 2567 เวลา 14:51 น.", "5 มีนาคม 2567 เวลา 14:51 น.", (2024, 3, 5, 14, 51)),
    ("12 ม.ค. 67 เวลา 09:05 น.", "12 ม.ค. 67 เวลา 09:05 น.", (2024, 1, 12, 9, 5)),
    ("โพสต์เมื่อ 30 พ.ย. 2566 18:40", "30 พ.ย. 2566 18:40", (2023, 11, 30, 18, 40)),
    ("1 ตุลาคม พ.ศ. 2565", "1 ตุลาคม พ.ศ. 2565", (2022, 10, 1, 0, 0)),
    ("ลุงเขียว 7 ก.ค. ค.ศ. 24 เวลา 7:02 น.", "7 ก.ค. ค.ศ. 24 เวลา 7:02 น.", (2024, 7, 7, 7, 2)),
    ("9 กุมภาพันธ์ 2024 เวลา 21:15 น.", "9 กุมภาพันธ์ 2024 เวลา 21:15 น.", (2024, 2, 9, 21, 15)),
]

RELATIVE = [  # (line, the age or day word, datetime against CRAWLED)
    ("ป้าศรี 3 ชั่วโมงที่แล้ว", "3 ชั่วโมงที่แล้ว", datetime(2024, 3, 10, 9, 0)),
    ("2 วันก่อน", "2 วันก่อน", datetime(2024, 3, 8, 12, 0)),
    ("15 นาทีที่แล้ว", "15 นาทีที่แล้ว", datetime(2024, 3, 10, 11, 45)),
    ("1 ปีที่แล้ว", "1 ปีที่แล้ว", datetime(2023, 3, 10, 12, 0)),
    ("เมื่อวาน เวลา 20:10 น.", "เมื่อวาน", datetime(2024, 3, 9, 20, 10)),
    ("เมื่อวานซืน", "เมื่อวานซืน", datetime(2024, 3, 8, 0, 0)),
]

NOT_DATES = [  # Thai sentences with numbers, months and day words that hold no date
    "3 วันก่อนเดินทางต้องจองตั๋วให้เรียบร้อย",  # (three days before travelling)
    "วันนี้ไปตลาดมาแล้ว ได้ผักมา 5 กำ",  # (today I went to the market: "วันนี้" inside a word run)
    "ซื้อมา 2 มีนาคมนี้เลย",  # (a month glued to the next word)
    "ราคา 250 บาท",
]


def agree(line: str) -> str | None:
    fast, slow = dates.find_date(line), dates.find_date_by_search(line)
    assert (fast and fast.span()) == (slow and slow.span()), line
    return fast.group(0) if fast else None


@pytest.mark.parametrize(("line", "stamp", "fields"), ABSOLUTE)
def test_thai_dates_are_read_with_their_time(
    line: str, stamp: str, fields: tuple[int, ...]
) -> None:
    match = dates.find_date(line)
    assert agree(line) is not None and match is not None
    assert line[match.start() : dates.date_extent(line, match)] == stamp
    assert dates.is_date_line(stamp)
    assert dates.parse_date(line) == datetime(*fields)
    assert dates.resolve_date(stamp, CRAWLED) == (datetime(*fields), dates.PRINTED)


@pytest.mark.parametrize(("line", "age", "when"), RELATIVE)
def test_thai_ages_and_day_words(line: str, age: str, when: datetime) -> None:
    assert agree(line) == age
    assert dates.is_relative(line)
    assert dates.parse_date(line) is None
    assert dates.resolve_date(line, CRAWLED) == (when, dates.FROM_CRAWL_DATE)


def test_a_day_and_month_without_a_year_only_with_a_time() -> None:
    assert agree("5 มี.ค. เวลา 09:05 น.") == "5 มี.ค."
    assert dates.resolve_date("5 มี.ค. เวลา 09:05 น.", CRAWLED) == (
        datetime(2024, 3, 5, 9, 5),
        dates.FROM_CRAWL_DATE,
    )
    assert agree("เหลือ 5 มี.ค. อีกไม่กี่วัน") is None


@pytest.mark.parametrize("line", NOT_DATES)
def test_thai_words_of_a_sentence_are_no_date(line: str) -> None:
    assert agree(line) is None
    assert not dates.is_date_line(line)


def test_a_time_tail_alone_is_a_wrapped_date_s_end() -> None:
    assert dates.is_time_tail("เวลา 14:51 น.")
    assert dates.is_time_tail("at 9:15 PM")
    assert not dates.is_time_tail("เวลาว่าง 2 ชั่วโมง")
    assert not dates.is_time_tail("14:51 ขึ้นรถ")


def test_thai_lines_as_with_the_plain_search() -> None:
    pieces = [
        "5", "12", "2567", "67", "14:51", "มีนาคม", "มี.ค.", "ม.ค", "เวลา", "น.", "พ.ศ.",
        "ชั่วโมง", "ที่แล้ว", "ก่อน", "วัน", "เมื่อวาน", "วันนี้", "ซืน", "นี้", "ผม", " ", "ๆ",
        "May", "3", "ago", "x", "ค.ศ.",
    ]  # fmt: skip
    rng = random.Random(31)
    for _ in range(3000):
        line = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 8)))
        agree(line)
        for start in range(len(line) + 1):
            fast = dates._date_at(line, start, len(line))
            whole = dates._DATE.match(line, start, len(line))
            assert (fast and fast.span()) == (whole and whole.span()), (line, start)
