"""Dates in Russian, Ukrainian, Polish, Czech, Dutch, Swedish, Danish, Norwegian and
Turkish: absolute ("14 мар 2021 в 13:22", "14. března 2021 v 13:22"), without a year but
with a time ("2 мая в 11:04"), relative ("3 часа назад", "před 3 hodinami", "för 3
timmar sedan") and day words ("вчера в 18:05", "wczoraj o 18:05"); prose with numbers in
those languages is no date line; a page whose comments are dated so reads as a thread."""

from __future__ import annotations

import random
import re
import sys
from datetime import datetime, timedelta

import pytest

import threadparse
from threadparse import dates

ABSOLUTE = [  # (line, the date and its time, the datetime)
    ("akrasnov 14 мар 2021 в 13:22", "14 мар 2021 в 13:22", (2021, 3, 14, 13, 22)),
    ("14 марта 2021 в 13:22", "14 марта 2021 в 13:22", (2021, 3, 14, 13, 22)),
    ("1 сент. 2020 в 9:05", "1 сент. 2020 в 9:05", (2020, 9, 1, 9, 5)),
    ("14 березня 2021 о 13:22", "14 березня 2021 о 13:22", (2021, 3, 14, 13, 22)),
    ("3 листопада 2020", "3 листопада 2020", (2020, 11, 3, 0, 0)),
    ("14 marca 2021 o 13:22", "14 marca 2021 o 13:22", (2021, 3, 14, 13, 22)),
    ("Ola 5 lis 2019 o 08:10", "5 lis 2019 o 08:10", (2019, 11, 5, 8, 10)),
    ("14. března 2021 v 13:22", "14. března 2021 v 13:22", (2021, 3, 14, 13, 22)),
    ("2. července 2020", "2. července 2020", (2020, 7, 2, 0, 0)),
    ("14 mrt 2021 om 13:22", "14 mrt 2021 om 13:22", (2021, 3, 14, 13, 22)),
    ("14 maj 2021 kl. 13:22", "14 maj 2021 kl. 13:22", (2021, 5, 14, 13, 22)),
    ("9 augusti 2019 kl. 7:30", "9 augusti 2019 kl. 7:30", (2019, 8, 9, 7, 30)),
    ("14 marts 2021 kl. 13.22", "14 marts 2021 kl. 13.22", (2021, 3, 14, 13, 22)),
    ("14 Mart 2021 13:22", "14 Mart 2021 13:22", (2021, 3, 14, 13, 22)),
    ("3 Mayıs 2020 09:15", "3 Mayıs 2020 09:15", (2020, 5, 3, 9, 15)),
    ("1 Aralık 2019 21:40", "1 Aralık 2019 21:40", (2019, 12, 1, 21, 40)),
]

WITHOUT_YEAR = [  # (line, the date found, the date with its time)
    ("ini_maker 2 мая в 11:04", "2 мая", "2 мая в 11:04"),
    ("3 мая в 8:30", "3 мая", "3 мая в 8:30"),
    ("12 червня о 10:15", "12 червня", "12 червня о 10:15"),
    ("14 marca o 13:22", "14 marca", "14 marca o 13:22"),
    ("14. března v 13:22", "14. března", "14. března v 13:22"),
    ("14 maart om 13:22", "14 maart", "14 maart om 13:22"),
    ("14. mai kl. 13:22", "14. mai", "14. mai kl. 13:22"),
    ("14 Mart 13:22", "14 Mart", "14 Mart 13:22"),
]

CRAWLED = datetime(2021, 3, 31, 18, 30)

RELATIVE = [  # (line, the date found, when against CRAWLED)
    ("3 часа назад", "3 часа назад", datetime(2021, 3, 31, 15, 30)),
    ("Gennady 5 минут назад", "5 минут назад", datetime(2021, 3, 31, 18, 25)),
    ("2 дня назад", "2 дня назад", datetime(2021, 3, 29, 18, 30)),
    ("1 год назад", "1 год назад", datetime(2020, 3, 31, 18, 30)),
    ("10 хвилин тому", "10 хвилин тому", datetime(2021, 3, 31, 18, 20)),
    ("2 години тому", "2 години тому", datetime(2021, 3, 31, 16, 30)),
    ("3 godziny temu", "3 godziny temu", datetime(2021, 3, 31, 15, 30)),
    ("2 tygodnie temu", "2 tygodnie temu", datetime(2021, 3, 17, 18, 30)),
    ("před 3 hodinami", "před 3 hodinami", datetime(2021, 3, 31, 15, 30)),
    ("před 2 měsíci", "před 2 měsíci", datetime(2021, 1, 31, 18, 30)),
    ("3 uur geleden", "3 uur geleden", datetime(2021, 3, 31, 15, 30)),
    ("4 dagen geleden", "4 dagen geleden", datetime(2021, 3, 27, 18, 30)),
    ("för 3 timmar sedan", "för 3 timmar sedan", datetime(2021, 3, 31, 15, 30)),
    ("3 timmar sedan", "3 timmar sedan", datetime(2021, 3, 31, 15, 30)),
    ("for 2 dage siden", "for 2 dage siden", datetime(2021, 3, 29, 18, 30)),
    ("for 1 uke siden", "for 1 uke siden", datetime(2021, 3, 24, 18, 30)),
    ("3 saat önce", "3 saat önce", datetime(2021, 3, 31, 15, 30)),
    ("5 dakika önce", "5 dakika önce", datetime(2021, 3, 31, 18, 25)),
    ("2 yıl önce", "2 yıl önce", datetime(2019, 3, 31, 18, 30)),
]

DAY_WORDS = [  # (line, the day word, when against CRAWLED)
    ("вчера в 18:05", "вчера", datetime(2021, 3, 30, 18, 5)),
    ("Сегодня в 09:15", "Сегодня", datetime(2021, 3, 31, 9, 15)),
    ("вчора о 18:05", "вчора", datetime(2021, 3, 30, 18, 5)),
    ("сьогодні о 9:15", "сьогодні", datetime(2021, 3, 31, 9, 15)),
    ("wczoraj o 18:05", "wczoraj", datetime(2021, 3, 30, 18, 5)),
    ("dzisiaj o 9:15", "dzisiaj", datetime(2021, 3, 31, 9, 15)),
    ("včera v 18:05", "včera", datetime(2021, 3, 30, 18, 5)),
    ("Dnes v 9:15", "Dnes", datetime(2021, 3, 31, 9, 15)),
    ("gisteren om 18:05", "gisteren", datetime(2021, 3, 30, 18, 5)),
    ("vandaag om 9:15", "vandaag", datetime(2021, 3, 31, 9, 15)),
    ("Igår kl. 18:05", "Igår", datetime(2021, 3, 30, 18, 5)),
    ("i går kl. 18:05", "i går", datetime(2021, 3, 30, 18, 5)),
    ("Idag 09:15", "Idag", datetime(2021, 3, 31, 9, 15)),
    ("i dag kl. 9:15", "i dag", datetime(2021, 3, 31, 9, 15)),
    ("dün 18:05", "dün", datetime(2021, 3, 30, 18, 5)),
    ("Bugün 09:15", "Bugün", datetime(2021, 3, 31, 9, 15)),
]

PROSE = [  # sentences with numbers (and months, ages, day words) that are no date lines
    "Мы перенесли 4 ТБ за 3 часа и потом ещё 2 дня проверяли данные.",
    "Встреча 2 мая в 10:00 в офисе",
    "Я купил его 14 марта 2021 года и до сих пор доволен.",
    "3 дня назад я перезапустил сервер и всё заработало",
    "Вчера в 18:05 упал прод, а сегодня опять 3 ошибки",
    "У нас 2 сервери і 10 хвилин тому обидва перезавантажились сами",
    "Kupiłem 14 marca 2021 nowy dysk na 2 TB i działa.",
    "Mam 3 koty, a wczoraj przyszedł czwarty.",
    "Před 3 lety jsem začal programovat v Rustu.",
    "Ik heb 3 uur geleden gebeld met de klant over 2 offertes.",
    "Jag köpte den för 3 år sedan och den fungerar fortfarande.",
    "Bu projeye 3 yıl önce başladım ve 2 kez bıraktım.",
    "Wij verkopen 14 mart en 2 maj aan klanten in 2021.",
]


def texts(match: re.Match[str] | None) -> str | None:
    return match.group(0) if match else None


def agree(line: str) -> re.Match[str] | None:
    """``find_date``, checked against the plain search at every character."""
    fast, slow = dates.find_date(line), dates.find_date_by_search(line)
    assert (fast and fast.span()) == (slow and slow.span()), line
    return fast


@pytest.mark.parametrize(("line", "stamp", "fields"), ABSOLUTE)
def test_absolute_dates(line: str, stamp: str, fields: tuple[int, ...]) -> None:
    match = agree(line)
    assert texts(match) == stamp[: re.search("[0-9]{4}", stamp).end()]  # (up to the year)
    assert match is not None and line[match.start() : dates.date_extent(line, match)] == stamp
    assert dates.is_date_line(stamp)
    assert dates.parse_date(line) == datetime(*fields)
    assert dates.resolve_date(stamp, CRAWLED) == (datetime(*fields), dates.PRINTED)


@pytest.mark.parametrize(("line", "date", "stamp"), WITHOUT_YEAR)
def test_day_and_month_with_a_time(line: str, date: str, stamp: str) -> None:
    match = agree(line)
    assert texts(match) == date
    assert match is not None and line[match.start() : dates.date_extent(line, match)] == stamp
    assert dates.is_date_line(stamp)
    assert dates.parse_date(stamp) is None  # (no year)
    when, basis = dates.resolve_date(stamp, CRAWLED)
    assert basis == dates.FROM_CRAWL_DATE and when is not None and when <= CRAWLED


def test_day_and_month_without_a_time_or_a_year_are_no_date() -> None:
    for line in ("2 мая", "на 2 мая планов нет", "14 marca", "14 Mart", "до 3 мая в Москве"):
        assert agree(line) is None, line


@pytest.mark.parametrize(("line", "date", "when"), RELATIVE)
def test_relative_dates(line: str, date: str, when: datetime) -> None:
    assert texts(agree(line)) == date
    assert dates.is_date_line(date)
    assert dates.parse_date(line) is None
    assert dates.resolve_date(line, CRAWLED) == (when, dates.FROM_CRAWL_DATE)


@pytest.mark.parametrize(("line", "word", "when"), DAY_WORDS)
def test_day_words(line: str, word: str, when: datetime) -> None:
    assert texts(agree(line)) == word
    assert dates.is_date_line(line)
    assert dates.parse_date(line) is None
    assert dates.resolve_date(line, CRAWLED) == (when, dates.FROM_CRAWL_DATE)


@pytest.mark.parametrize("line", PROSE)
def test_prose_with_numbers_is_no_date_line(line: str) -> None:
    agree(line)
    assert not dates.is_date_line(line)


def test_day_first_months_are_not_read_before_a_day() -> None:
    # "Month N" is an order these languages do not print; there the short names are words
    for line in ("lis 3 razy", "maj 5 dni", "mart 3", "Мар 14 2021", "sie 3 mal", "lip 2"):
        assert agree(line) is None, line
    assert dates.find_date("AnnMart 14, 2021") is None  # nor glued to a name


def test_mixed_lines_as_with_the_plain_search() -> None:
    words = [
        "14", "2", "2021", "мар", "мая", "в", "13:22", "назад", "часа", "вчера", "i",
        "dag", "går", "för", "timmar", "sedan", "před", "hodinami", "o", "marca", "x",
        "Mart", "önce", "saat", "dün", ",", "kl.", "9.15", "Mayıs", "MAYIS", "yıl", "YIL",
    ]  # fmt: skip
    rng = random.Random(11)
    for _ in range(4000):
        line = " ".join(rng.choice(words) for _ in range(rng.randint(1, 7)))
        agree(line)
        if dates.DIGIT.search(line):
            anchored = dates._anchored(line, min(len(line), dates.SCAN))
            slow = dates.find_date_by_search(line)
            assert (anchored and anchored.span()) == (slow and slow.span()), line


def test_day_words_on_other_lines_as_with_the_case_blind_pattern() -> None:
    rng = random.Random(5)
    pieces = [*dates._DAY_WORDS, "ı", "İ", "ſ", "ᲀ", "Ᲊ", "ВЧЕРА", "é", "I GÅR", " ", "x"]
    for _ in range(3000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        found = [m.span() for m in dates._day_words(line, len(line))]
        assert found == [m.span() for m in dates._DAY_WORD.finditer(line)], line


def test_the_odd_case_characters_are_all_listed() -> None:
    """Every character that matches a day word's letter ignoring case but does not lower
    to it is one `_day_words` leaves to the case-blind pattern."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for letter in set("".join(dates._DAY_WORDS)) - {" "}:
        for char in re.findall("(?i)" + re.escape(letter), everything):
            if char.lower() != letter:
                assert dates._ODD_CASE.match(char), (letter, char)


UNITS = {
    "seconds": "секунду секунды секунд секунди sekundę sekundy sekund sekundou sekundami "
    "seconde seconden sekunder saniye detik secondi secondo secunde secundă sekuntia sekunti "
    "giây",
    "minutes": "минуту минуты минут хвилину хвилини хвилин minutę minuty minut minutou "
    "minutami minuut minuter minutter dakika menit minuti minuto minut minuuttia minuutti "
    "phút",
    "hours": "час часа часов годину години годин godzinę godziny godzin hodinou hodinami uur "
    "timme timmar time timer saat jam ore ora oră tuntia tunti giờ",
    "days": "день дня дней дні днів dzień dni dnem dny dag dagen dagar dage dager døgn gün hari "
    "giorni giorno zile zi päivää päivä ngày",
    "weeks": "неделю недели недель тиждень тижні тижнів tydzień tygodnie tygodni týdnem týdny "
    "week weken vecka veckor uge uger uke uker hafta minggu settimane settimana săptămâni "
    "săptămână viikkoa viikko tuần",
    "months": "месяц месяца месяцев місяць місяці місяців miesiąc miesiące miesięcy měsícem "
    "měsíci maand maanden månad månader måned måneder ay bulan mesi mese luni lună kuukautta "
    "kuukausi tháng",
    "years": "год года лет рік роки років rok lata lat rokem lety jaar jaren år yıl yil tahun "
    "anni anno ani vuotta vuosi năm",
}


def test_every_unit_word_counts_its_unit() -> None:
    listed = sorted(w for words in UNITS.values() for w in words.split())
    assert listed == sorted(dates._UNIT_WORDS)
    for unit, words in UNITS.items():
        for word in words.split():
            when, _ = dates.resolve_date(f"2 {word} назад", CRAWLED)
            assert when is not None, word
            if unit in ("months", "years"):
                back = (CRAWLED.year - when.year) * 12 + CRAWLED.month - when.month
                assert back == (2 if unit == "months" else 24), word
            else:
                assert CRAWLED - when == timedelta(**{unit: 2}), word


def test_the_patterns_letters_match_ascii_ones_only_where_listed() -> None:
    """On an ASCII line `find_date` tries the forms without ignoring case on the line
    lowercased: a letter of theirs that is not ASCII must match no ASCII one when case is
    ignored, but "ı" (which matches i and I), whose words are listed spelt with i too."""
    for char in set(dates._DATE.pattern) - set(map(chr, range(128))):
        if any(re.fullmatch("(?i)" + re.escape(char), chr(c)) for c in range(128)):
            assert char == "ı"
    for word in [*dates.MONTHS, *dates._UNIT_WORDS]:
        if "ı" in word:
            assert word.replace("ı", "i") in [*dates.MONTHS, *dates._UNIT_WORDS], word


BLOG = """\
Дневник садовода
Главная Статьи Рассада Контакты

Как пересадить взрослую яблоню осенью

sadovnik_petr 3 окт 2022 в 09:12

Прошлой осенью я пересадил две яблони возрастом около 6 лет. Обе прижились, и в этом
году одна даже дала 14 кг яблок. Рассказываю, что делал и в каком порядке.

Копать начинайте за 2 недели до первых заморозков, не позже.

Метки: яблони, пересадка, осень

5 комментариев

  1. marina_sad
    3 окт 2022 в 19:40

    Спасибо, очень вовремя: у меня как раз две яблони ждут пересадки.

    Ответить
  2. Пётр Ильич
    4 окт 2022 в 08:15

    А корни вы обрезали перед посадкой или оставили как есть? У меня в прошлый раз
    половина саженцев засохла за 3 недели.

    Ответить
    1. sadovnik_petr
      4 окт 2022 в 10:02

      Обрезал только повреждённые, остальные не трогал.

      Ответить
  3. gorodnik77
    вчера в 21:47

    Ком земли держали плёнкой или мешковиной?

    Ответить
    1. sadovnik_petr
      3 часа назад

      Мешковиной, её потом можно не снимать.

      Ответить

Оставить комментарий

Имя
Комментарий
Отправить

© 2022 Дневник садовода
"""


def test_a_russian_blog_reads_as_a_thread() -> None:
    page = threadparse.parse(BLOG)
    got = [(c.depth, c.author, c.date, c.text.split()[0]) for c in page.walk()]
    assert got == [
        (0, "marina_sad", "3 окт 2022 в 19:40", "Спасибо,"),
        (0, "Пётр Ильич", "4 окт 2022 в 08:15", "А"),
        (1, "sadovnik_petr", "4 окт 2022 в 10:02", "Обрезал"),
        (0, "gorodnik77", "вчера в 21:47", "Ком"),
        (1, "sadovnik_petr", "3 часа назад", "Мешковиной,"),
    ]
    assert [c.datetime for c in page.walk()][:3] == [
        datetime(2022, 10, 3, 19, 40),
        datetime(2022, 10, 4, 8, 15),
        datetime(2022, 10, 4, 10, 2),
    ]


def test_the_years_abbreviation_after_a_russian_date_is_the_dates() -> None:
    header = threadparse.lines.read_header("Лора Ким 28 июля 2012 г. 00:25:23")
    assert header is not None
    assert (header.author, header.date) == ("Лора Ким", "28 июля 2012 г. 00:25:23")


def test_unicode_lines_searched_at_run_starts_as_at_every_character() -> None:
    """`dates._unicode_search` tries the date forms only where a run of digits or
    letters starts, or at a CJK month's numeral: on lines of many scripts, glued or
    spaced, it finds what a search at every character finds."""
    pieces = [
        "十二月", "十一月", "八月", "月", "十", "二", "3", "26", "2016", "2021年3月14日", "5分钟前",
        "于", "发布", "14 мар", "мая", "в", "13:22", "вчера", "Mär", "März", "é", "►", "\xa0",
        "·", "•", "2h", "Ann", "x", ",", " ", "-", "/", ".", "3일 전", "٣", "hace", "vor",
        "janv.", "ayer", "hoy", "Dün",
    ]  # fmt: skip
    glued = ["发布于十二月 26, 2016", "Ann于八月 3, 2021 - 3:57 下午", "►\xa0April (15)"]
    rng = random.Random(19)
    for line in glued + [
        "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) for _ in range(6000)
    ]:
        if line.isascii():
            continue
        end = min(len(line), dates.SCAN)
        fast, slow = dates._unicode_search(line, end), dates._DATE.search(line, 0, end)
        assert (fast and fast.span()) == (slow and slow.span()), line


def test_korean_reply_and_hide_controls_name_no_one() -> None:
    """A reply group's toggle and its reply button ("숨기기", "답글 달기") are controls."""
    from threadparse.lines import is_reply_link

    assert is_reply_link("숨기기") and is_reply_link("답글 달기")


def test_short_russian_ages_and_a_korean_about_close_a_header() -> None:
    """An age in a short Russian unit closing a name's line ("Денис Колесников 5 ч", "40
    мин"), and a Korean age after "약" (about: "약 5시간 전"), are dates; a short unit with
    no word before it is not read so."""
    find_date = dates.find_date
    for line, age in [("Денис Колесников 5 ч", "5 ч"), ("Анна Сорокина 40 мин", "40 мин")]:
        assert (found := find_date(line)) is not None and found.group() == age
    assert (found := find_date("hanbit_fe 약 5시간 전")) is not None
    assert found.group() == "약 5시간 전"
    assert find_date("5 ч") is None
    comments = [
        ("Денис Колесников", "5 ч"),
        ("Марина Лебедь", "3 ч"),
        ("Игорь Шульц", "2 ч"),
        ("Павел Зуев", "40 мин"),
    ]
    out = ["Возвраты на маркетплейсах", "", "Статья о возвратах товаров.", "", "4 комментария", ""]
    for name, age in comments:
        text = "Самое ценное в статье — таблица с причинами возвратов, спасибо автору."
        out += [name, f"{name} {age}", "+24", "", text, ""]
    page = threadparse.parse("\n".join(out) + "\n")
    assert [c.author for c in page.walk()] == [name for name, _ in comments]
