"""Dates as comment sections print them, in many languages: finding them in a line,
and reading them into a `datetime` where that is unambiguous.

Absolute forms ("May 30, 2019 at 5:38 PM", "19. Juni 2018 um 15:28 Uhr", "06.01.2020",
"2019-05-30", "八月 26, 2016"), day-month without a year ("Jun 20th at 2:41 am", or after a
stamp's label: "Opublikowano 5 marca") and relative ones ("2 weeks ago", "vor 3 Tagen",
"1 ano atrás"). Every pattern is linear and works on one line with its whitespace
collapsed to single spaces.
"""

from __future__ import annotations

import functools
import re
from calendar import monthrange
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta, timezone
from typing import Any

# readings of a page's lines each line cache holds (this module's, `lines`' and `posts`'):
# more than a long page's lines (a thread of 10,000 posts prints some 30,000), so a page
# read more than once costs each line once; every cache is emptied when its page is built
LINE_CACHE = 65_536

_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("january", "januar", "janvier", "enero", "janeiro", "gennaio", "januari", "jänner"),
    2: ("february", "februar", "février", "febrero", "fevereiro", "febbraio", "februari"),
    3: ("march", "märz", "maerz", "mars", "marzo", "março", "maart", "maret"),
    4: ("april", "avril", "abril", "aprile"),
    5: ("may", "mai", "mayo", "maio", "maggio", "mei"),
    6: ("june", "juni", "juin", "junio", "junho", "giugno"),
    7: ("july", "juli", "juillet", "julio", "julho", "luglio"),
    8: ("august", "août", "agosto", "augustus", "agustus"),
    9: ("september", "septembre", "septiembre", "setembro", "settembre"),
    10: ("october", "oktober", "octobre", "octubre", "outubro", "ottobre"),
    11: ("november", "novembre", "noviembre", "novembro", "nopember"),
    12: ("december", "dezember", "décembre", "diciembre", "dezembro", "dicembre", "desember"),
}
_ABBREVIATIONS: dict[int, tuple[str, ...]] = {
    1: ("jan",), 2: ("feb", "fév", "fev"), 3: ("mar", "mär", "mrz"), 4: ("apr", "avr", "abr"),
    5: ("mai",), 6: ("jun",), 7: ("jul", "juil"), 8: ("aug", "aoû"),
    9: ("sep", "sept"), 10: ("oct", "okt", "ott"), 11: ("nov",),
    12: ("dec", "dez", "déc", "dic"),
}  # fmt: skip
# Abbreviations that are words of English or French too ("I set 2 alarms", "went out 3
# times", "a while ago 2", "la mère des 3 enfants"): read after a day ("5 set 2024", "12
# out. 2023"), and before one only with a year after it ("Set 12, 2023": a template's
# "M j, Y" in Portuguese or Italian); and so the Italian and Spanish abbreviations the
# day-first table holds ("gen", "mag", "giu", "lug", "ene": words of prose before a
# number, "gen 5"), which phpBB's packs print before the day with a year: "lun gen 05,
# 2024 7:30 am", "Vie Ene 05, 2024 8:00 am"
_WORDLIKE_ABBREVIATIONS: dict[int, tuple[str, ...]] = {
    1: ("gen", "ene"),
    5: ("mag",),
    6: ("giu",),
    7: ("lug",),
    8: ("ago",),
    9: ("set",),
    10: ("out",),
    12: ("des",),
}
# Months of languages that print the day first (Russian, Ukrainian, Polish, Czech, Dutch,
# Swedish, Danish, Norwegian, Turkish, Romanian, Greek: "14 мар 2021", "14. března 2021",
# "14 Mart 2021", "14 martie 2021", "14 Μαρτίου 2021"):
# nominative and genitive, and the usual abbreviations; and the abbreviations of the
# languages above that are words in English ("13 giu 2002", "9 gen 2021", "12 ene 2020",
# "3 janv. 2019", "5 Agu 2020": Italian, Spanish, French, Indonesian). They are read after
# a day only, never as "Month N" (where "lis 3", "maj 5", "gen 5" would be words of
# prose). A name with a dotless ı is listed with i as well: ignoring case, the patterns
# match ı for i.
_DAY_FIRST_NAMES: dict[int, tuple[str, ...]] = {
    1: ("январь", "января", "янв", "січень", "січня", "січ", "styczeń", "stycznia", "sty",
        "leden", "ledna", "ocak", "ianuarie", "ιανουαρίου", "gen", "ene", "janv"),
    2: ("февраль", "февраля", "фев", "лютий", "лютого", "лют", "luty", "lutego", "lut",
        "únor", "února", "şubat", "februarie", "φεβρουαρίου", "févr", "fevr"),
    3: ("март", "марта", "мар", "березень", "березня", "бер", "marzec", "marca", "březen",
        "března", "mrt", "marts", "mart", "martie", "μαρτίου"),
    4: ("апрель", "апреля", "апр", "квітень", "квітня", "квіт", "kwiecień", "kwietnia", "kwi",
        "duben", "dubna", "nisan", "aprilie", "απριλίου"),
    5: ("май", "мая", "травень", "травня", "трав", "maj", "maja", "květen", "května",
        "mayıs", "mayis", "μαΐου", "mag"),
    6: ("июнь", "июня", "июн", "червень", "червня", "черв", "czerwiec", "czerwca", "cze",
        "červen", "června", "haziran", "iunie", "ιουνίου", "giu"),
    7: ("июль", "июля", "июл", "липень", "липня", "лип", "lipiec", "lipca", "lip",
        "červenec", "července", "temmuz", "iulie", "ιουλίου", "lug"),
    8: ("август", "августа", "авг", "серпень", "серпня", "серп", "sierpień", "sierpnia",
        "sie", "srpen", "srpna", "augusti", "ağustos", "αυγούστου", "agu", "agt"),
    9: ("сентябрь", "сентября", "сен", "сент", "вересень", "вересня", "вер", "wrzesień",
        "września", "wrz", "září", "eylül", "septembrie", "σεπτεμβρίου"),
    10: ("октябрь", "октября", "окт", "жовтень", "жовтня", "жовт", "październik",
         "października", "paź", "říjen", "října", "ekim", "octombrie", "οκτωβρίου"),
    11: ("ноябрь", "ноября", "ноя", "нояб", "листопад", "листопада", "лист", "listopad",
         "listopada", "lis", "listopadu", "kasım", "kasim", "noiembrie", "νοεμβρίου"),
    12: ("декабрь", "декабря", "дек", "грудень", "грудня", "груд", "grudzień", "grudnia",
         "gru", "prosinec", "prosince", "aralık", "aralik", "decembrie", "δεκεμβρίου"),
}  # fmt: skip


def _arabic_spellings(words: Iterable[str]) -> tuple[str, ...]:
    """Each word, and as it is spelt with the Arabic letters yeh and kaf where Persian
    has its own (ی, ک) and the other way round: pages of either language use both.

    >>> _arabic_spellings(["یکشنبه", "يناير"])
    ('یکشنبه', 'يكشنبه', 'يناير', 'ینایر')
    """
    spelt: dict[str, None] = {}
    for word in words:
        spelt[word] = None
        spelt[word.translate(_TO_ARABIC)] = None
        spelt[word.translate(_TO_PERSIAN)] = None
    return tuple(spelt)


_TO_ARABIC = str.maketrans("یک", "يك")
_TO_PERSIAN = str.maketrans("يك", "یک")
# Months of Persian and Arabic pages, which print the day first ("۲۱ آذر ۱۴۰۲", "12 مارس
# 2024", "3 كانون الثاني 2024"): the Solar Hijri months of Iran (and Afghanistan's, of
# the same calendar: a date in them is read in it, `_SOLAR_HIJRI`), the Gregorian months
# as Persian writes them, and as Arabic does: the Egyptian and Gulf forms, the Levantine
# ones and the Maghrebi ones
_SOLAR_HIJRI_NAMES: dict[int, tuple[str, ...]] = {
    1: ("فروردین", "حمل"), 2: ("اردیبهشت", "ثور"), 3: ("خرداد", "جوزا"), 4: ("تیر", "سرطان"),
    5: ("مرداد", "امرداد", "اسد"), 6: ("شهریور", "سنبله"), 7: ("مهر", "میزان"),
    8: ("آبان", "عقرب"), 9: ("آذر", "قوس"), 10: ("دی", "جدی"), 11: ("بهمن", "دلو"),
    12: ("اسفند", "حوت"),
}  # fmt: skip
_ARABIC_SCRIPT_NAMES: dict[int, tuple[str, ...]] = {
    1: ("ژانویه", "ژانویهٔ", "يناير", "كانون الثاني", "جانفي"),
    2: ("فوریه", "فبراير", "شباط", "فيفري"),
    3: ("مارس", "آذار", "اذار"),
    4: ("آوریل", "أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "افريل"),
    5: ("مه", "می", "مايو", "أيار", "ايار", "ماي"),
    6: ("ژوئن", "يونيو", "يونيه", "حزيران", "جوان"),
    7: ("ژوئیه", "جولای", "يوليو", "يوليه", "تموز", "جويلية"),
    8: ("اوت", "آگوست", "أغسطس", "اغسطس", "آب", "أوت"),
    9: ("سپتامبر", "سبتمبر", "أيلول", "ايلول"),
    10: ("اکتبر", "أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"),
    11: ("نوامبر", "نوفمبر", "تشرين الثاني"),
    12: ("دسامبر", "ديسمبر", "كانون الأول", "كانون الاول"),
}
_SOLAR_HIJRI = frozenset(
    name for names in _SOLAR_HIJRI_NAMES.values() for name in _arabic_spellings(names)
)
MONTHS: dict[str, int] = {
    name: number
    for table in (_MONTH_NAMES, _ABBREVIATIONS, _WORDLIKE_ABBREVIATIONS, _DAY_FIRST_NAMES)
    for number, names in table.items()
    for name in names
} | {
    name: number
    for table in (_SOLAR_HIJRI_NAMES, _ARABIC_SCRIPT_NAMES)
    for number, names in table.items()
    for name in _arabic_spellings(names)
}
_CJK_MONTHS = {
    f"{name}月": number
    for number, name in enumerate("一 二 三 四 五 六 七 八 九 十 十一 十二".split(), start=1)
}
_CJK_MONTH = "(?:十二|十一|十|一|二|三|四|五|六|七|八|九)月"


def one_of(words: Iterable[str]) -> str:
    """A pattern matching any of ``words``, written as a trie (``ma(?:r(?:ch|s|zo)?|y)``):
    a word that does not match fails after a character or two instead of being tried
    against every word in turn. Longer words are preferred, as in an alternation
    sorted longest first. Used where the words are followed by a non-letter, so at
    most one of them can be part of a match anyway.

    >>> one_of(["mar", "march", "may"])
    '(?:ma(?:r(?:ch)?|y))'
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict[str, Any]) -> str:  # (recursion as deep as the longest word)
        branches = [re.escape(c) + pattern(node[c]) for c in sorted(node) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + pattern(trie) + ")"


#: every month's name and abbreviation, lower case, in every language of the tables
BOTH_ORDERS = [
    name for table in (_MONTH_NAMES, _ABBREVIATIONS) for names in table.values() for name in names
]
_MONTH = one_of(BOTH_ORDERS) + r"\.?"  # before or after the day
_WORDLIKE_MONTH = one_of(n for names in _WORDLIKE_ABBREVIATIONS.values() for n in names) + r"\.?"


# A look at the next character: a letter of the Arabic script. Before an alternative of
# Persian and Arabic words in a pattern of others, it turns down a place that holds none
# in one test, not one for each of their first letters; and each such alternative,
# "|" + `_GUARD` + one group, is taken out of the patterns for ASCII lines
# (`_lowercase_forms`), where it never matches.
_GUARD = "(?=[\u0600-\u06ff])"


def _guarded(words: Iterable[str]) -> str:
    """A pattern matching any of ``words`` (of the Arabic script), behind `_GUARD`."""
    return _GUARD + one_of(words)


_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_MONTH_AFTER_DAY = (
    "(?:"
    + one_of(m for m in MONTHS if not _ARABIC_SCRIPT.search(m))
    + "|"
    + _guarded(m for m in MONTHS if _ARABIC_SCRIPT.search(m))
    + r")\.?"
)
# Glued to a name, a month is only read with its day and year after it ("YsoldeMay 14,
# 2018"), so three-letter names are safe there too.
_CAPITALISED_MONTH = one_of(
    m.capitalize() for m in BOTH_ORDERS if len(m) > 3 or m in ("may", "mai")
)
# Weekdays a page prints before a date ("Tue Aug 27, 2019", "Do 1 Aug 2019", "gio mar
# 07, 2024", as phpBB and other boards print "Day Mon DD, YYYY" in each language's pack),
# by language: the names and their usual abbreviations. An abbreviation that is a common
# word or name of the other languages is left out ("man", "tor", "sal", "per", "min",
# "sen", "po", "ne", "la", "to"): a weekday is taken off the end of the name before a date.
_WEEKDAY_TABLE: dict[str, str] = {
    "en": "mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday",
    "de": "mo di mi do fr sa so montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "fr": "lun mar mer jeu ven sam dim lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lun mar mié mie jue vie sáb sab dom lunes martes miércoles jueves viernes sábado "
    "domingo",
    "pt": "seg ter qua qui sex sáb sab dom",
    "it": "lun mar mer gio ven sab dom lunedì martedì mercoledì giovedì venerdì sabato "
    "domenica lunedi martedi mercoledi giovedi venerdi",
    "nl": "ma di wo do vr za zo maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pl": "pon pn wt śr czw pt sob nd ndz niedz",
    "cs": "út čt pá",
    "sv": "mån tis ons tors fre lör sön",
    "da, no": "tirs tir ons tors fre lør søn",
    "tr": "pzt çar cmt paz",
    "ro": "joi vin sâm dum",
    "id": "sel rab kam jum sab",
}
WEEKDAYS = list(dict.fromkeys(w for names in _WEEKDAY_TABLE.values() for w in names.split()))
# Persian's (written joined, apart or with a zero-width non-joiner: "سه\u200cشنبه") and Arabic's
_ARABIC_SCRIPT_WEEKDAYS = _arabic_spellings(
    [
        *"شنبه یکشنبه دوشنبه سهشنبه چهارشنبه پنجشنبه جمعه آدینه".split(),
        *(
            f"{number}{joint}شنبه"
            for number in ("یک", "دو", "سه", "چهار", "پنج")
            for joint in " \u200c"
        ),
        *"السبت الأحد الاحد الإثنين الاثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة".split(),
    ]
)
_LATIN_WEEKDAYS = tuple(WEEKDAYS)
WEEKDAYS += _ARABIC_SCRIPT_WEEKDAYS
_WEEKDAY = "(?:" + one_of(_LATIN_WEEKDAYS) + "|" + _guarded(_ARABIC_SCRIPT_WEEKDAYS) + r")\.?[,،]?"
# Every weekday's name a page may print beside a date, in more languages than the date
# forms read them (casefolded): a word tested against it is the date's own weekday, no
# label and no name ("星期三, 04/24/2019 - 19:42", "Ann · пт, 14.03.2021")
WEEKDAY_NAMES = frozenset(
    WEEKDAYS
    + (
        "星期一 星期二 星期三 星期四 星期五 星期六 星期日 星期天 "
        "周一 周二 周三 周四 周五 周六 周日 "
        "週一 週二 週三 週四 週五 週六 週日 月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日 "
        "월요일 화요일 수요일 목요일 금요일 토요일 일요일 "
        "понедельник вторник среда четверг пятница суббота воскресенье пн вт ср чт пт сб вс "
        "понеділок вівторок середа четвер п'ятниця субота неділя "
        "poniedziałek wtorek środa czwartek piątek sobota niedziela "
        "pondělí úterý středa čtvrtek pátek neděle "
        "måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag "
        "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "
        "pazartesi salı çarşamba perşembe cuma cumartesi pazar "
        "hétfő kedd szerda csütörtök péntek szombat vasárnap "
        "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai "
        "senin selasa rabu kamis jumat sabtu minggu "
        "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή"
    ).split()
)
# Age units of Russian, Ukrainian, Polish, Czech (after "před"), Dutch, Swedish, Danish,
# Norwegian, Turkish, Indonesian and Malay
_UNIT_WORDS = (
    "секунду секунды секунд минуту минуты минут час часа часов день дня дней неделю недели "
    "недель месяц месяца месяцев год года лет секунди хвилину хвилини хвилин годину години "
    "годин дні днів тиждень тижні тижнів місяць місяці місяців рік роки років sekundę "
    "sekundy sekund minutę minuty minut godzinę godziny godzin dzień dni tydzień tygodnie "
    "tygodni miesiąc miesiące miesięcy rok lata lat sekundou sekundami minutou minutami "
    "hodinou hodinami dnem dny týdnem týdny měsícem měsíci rokem lety seconde seconden "
    "minuut uur dag dagen week weken maand maanden jaar jaren sekunder minuter timme timmar "
    "dagar vecka veckor månad månader år minutter time timer dage dager døgn uge uger uke "
    "uker måned måneder saniye dakika saat gün hafta ay yıl yil "
    "detik menit jam hari minggu bulan tahun "
    # Italian, Romanian, Finnish, Vietnamese
    "secondi secondo minuti minuto ore ora giorni giorno settimane settimana mesi mese "
    "anni anno secunde secundă minut oră zile zi săptămâni săptămână luni lună ani "
    "sekuntia sekunti minuuttia minuutti tuntia tunti päivää päivä viikkoa viikko "
    "kuukautta kuukausi vuotta vuosi giây phút giờ ngày tuần tháng năm"
).split()
# and of Persian and Arabic ("۲ روز پیش", "منذ ٣ أيام")
_ARABIC_SCRIPT_UNIT_WORDS = _arabic_spellings(
    "ثانیه دقیقه ساعت روز هفته ماه سال ثانية ثوان ثواني دقيقة دقائق ساعة ساعات يوم أيام "
    "ايام أسبوع اسبوع أسابيع اسابيع شهر أشهر اشهر شهور سنة سنوات سنين عام أعوام اعوام".split()
)
_UNIT = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|"
    r"(?<=[0-9])(?:y|yr|yrs|mo|mos|w|wk|wks|d|h|m)|"  # (glued: "3y ago", "8mo ago")
    r"sekunden?|minuten?|stunden?|tag(?:en?)?|wochen?|monat(?:en?)?|jahr(?:en?)?|"
    r"segundos?|minutos?|horas?|días?|dias?|semanas?|mes(?:es)?|meses|años?|anos?|"
    r"secondes?|heures?|jours?|semaines?|mois|ans?|"
    + one_of(_UNIT_WORDS)
    + "|"
    + _guarded(_ARABIC_SCRIPT_UNIT_WORDS)
    + ")"
)
# an age's unit in Chinese and Japanese ("2小时前", "1 月前", "3 か月前") and in Korean
# ("3 시간 전", "1주일 전"), the longer of two units that start alike first
_CJK_UNIT = (
    "(?:秒钟|秒鐘|秒|分钟|分鐘|分|小时|小時|時間|天|日|个星期|個星期|星期|周|週間|週|个月|個月"
    "|か月|ヶ月|ヵ月|カ月|ケ月|月|年)"
)
_KOREAN_UNIT = "(?:초|분|시간|일|주일|주|개월|달|년)"
_AGO = (  # after an age
    "(?:ago|atrás|fa|назад|тому|temu|geleden|sedan|siden|önce|(?:yang )?lalu|sitten|trước"
    "|" + _GUARD + "(?:پیش|قبل))"
)
_UNIT_CUT = r"[^\W\d_]{1,5}\."  # a unit cut short, in an age only: "godz.", "ч.", "Std."
_AGO_BEFORE = "(?:vor|hace|há|il y a|před|acum)"  # before it
# (and Arabic's, read where no name is glued before it)
_AGO_BEFORE_ANY = "(?:vor|hace|há|il y a|před|acum|" + _GUARD + "(?:منذ|قبل))"
# an age's qualifier ("over 2 years ago", "vor etwa 2 Jahren", as Rails and others print
# ages; an age with an article, "a year ago", has no digit and is read as no date)
_ABOUT = (
    "(?:about|over|almost|nearly|around|under|less than|more than|approximately|"
    "etwa|über|mehr als|fast|knapp|ungefähr|environ|plus de|presque|près de|"
    "casi|más de|alrededor de|cerca de|quase|mais de|cerca de)"
)
# --- Thai dates ----------------------------------------------------------------------------
# "5 มีนาคม 2567 เวลา 14:51 น.", "12 ม.ค. 67", "3 ชั่วโมงที่แล้ว", "เมื่อวาน": a day, then a
# Thai month's name, full or cut short ("มี.ค.": มีนาคม), and a year of the Buddhist era
# (2567 is 2024; two digits, "67", as pages print it after a short name) or of the
# Gregorian one, perhaps after its era ("พ.ศ. 2567", "ค.ศ. 2024"); "เวลา" (at) before the
# time and "น." (hours) after it. Thai vowel and tone marks are no word characters to
# `re` ("มีนาคม" is "ม", a mark and "นาคม"), and Thai writes no space between words: so
# these are read by a form of their own, which no Thai letter may follow ("3 วันก่อน
# เดินทาง" is an age, "3 วันก่อนเดินทาง", three days before leaving, is none).
_THAI_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("มกราคม", "ม.ค"), 2: ("กุมภาพันธ์", "ก.พ"), 3: ("มีนาคม", "มี.ค"), 4: ("เมษายน", "เม.ย"),
    5: ("พฤษภาคม", "พ.ค"), 6: ("มิถุนายน", "มิ.ย"), 7: ("กรกฎาคม", "ก.ค"), 8: ("สิงหาคม", "ส.ค"),
    9: ("กันยายน", "ก.ย"), 10: ("ตุลาคม", "ต.ค"), 11: ("พฤศจิกายน", "พ.ย"), 12: ("ธันวาคม", "ธ.ค"),
}  # fmt: skip
_THAI_LETTER = "[\u0e01-\u0e4e]"  # (a consonant, vowel or mark: a word goes on)
_THAI_MONTH = one_of(n for names in _THAI_MONTHS.values() for n in names) + r"\.?"
# an age's unit (seconds, minutes, hours and "ชม.", days, weeks, months, years) and the
# word after it: "ที่แล้ว" (that passed), "ก่อน" (before)
_THAI_UNIT = one_of(["วินาที", "นาที", "ชั่วโมง", "ชม.", "วัน", "สัปดาห์", "อาทิตย์", "เดือน", "ปี"])
_THAI_AGO = "(?:ที่แล้ว|ก่อน)"
_THAI_DATE = (
    rf"(?<![0-9])[0-9]{{1,2}} ?{_THAI_MONTH}"
    rf"(?: ?(?:พ\.ศ\. ?|ค\.ศ\. ?)?(?:[0-9]{{4}}|[0-9]{{2}})(?![0-9]|[:.][0-9])"
    # (no year: only with its time after it, "5 มี.ค. เวลา 14:51 น.")
    rf"|(?=,? ?(?:เวลา ?)?[0-9]{{1,2}}[:.][0-9]{{2}}(?![0-9])))(?!{_THAI_LETTER})"
    rf"|(?<![0-9])[0-9]{{1,3}} ?{_THAI_UNIT} ?{_THAI_AGO}(?!{_THAI_LETTER})"
)
# "เมื่อวานซืน" (the day before yesterday), "เมื่อวาน(นี้)" (yesterday), "วันนี้" (today),
# the longer first (`_DAYS_BACK` reads the word `_DAY_WORD` finds)
_THAI_DAY_WORDS = ("เมื่อวานซืน", "เมื่อวานนี้", "เมื่อวาน", "วันนี้")
_THAI_DAYS_BACK = {"เมื่อวาน": 1, "เมื่อวานนี้": 1, "เมื่อวานซืน": 2}  # (`_DAYS_BACK`)
# A Thai age ("3 ชั่วโมงที่แล้ว", "2 วันก่อน"), its count and unit as `_RELATIVE`'s first two
# groups, and the stems of its units (`_UNIT_STEMS`)
_THAI_AGE = re.compile(rf"([0-9]{{1,3}}) ?({_THAI_UNIT}) ?{_THAI_AGO}(?!{_THAI_LETTER})")
_THAI_UNIT_STEMS = (
    ("วินาที", "seconds"), ("นาที", "minutes"), ("ชั่วโมง", "hours"), ("ชม", "hours"),
    ("วัน", "days"), ("สัปดาห์", "weeks"), ("อาทิตย์", "weeks"), ("เดือน", "months"),
    ("ปี", "years"),
)  # fmt: skip
# --- (end of Thai dates) --------------------------------------------------------------------

_DAY_WORDS = (
    "yesterday", "today", "gestern", "heute", "ayer", "hoy", "ontem", "hoje", "вчера",
    "сегодня", "вчора", "сьогодні", "wczoraj", "dzisiaj", "dziś", "včera", "dnes",
    "gisteren", "vandaag", "igår", "i går", "idag", "i dag", "dün", "bugün",
    "hier à", "aujourd'hui", "aujourd’hui", "ieri", "oggi",
    "昨天", "今天", "前天", "昨日",
    *_THAI_DAY_WORDS,
)  # fmt: skip
# and Persian's and Arabic's (looked for on their own: see `_ARABIC_UNDIGITED_HINT`)
_ARABIC_DAY_WORDS = (
    "دیروز", "ديروز", "امروز", "پریروز", "پريروز", "أول أمس", "أمس", "امس", "البارحة", "اليوم",
)  # fmt: skip
_ALL_DAY_WORDS = (*_DAY_WORDS, *_ARABIC_DAY_WORDS)
_ARABIC_WORD_AGE = one_of(
    "لحظات لحظة ثانيتين دقيقتين ساعتين يومين أسبوعين اسبوعين شهرين سنتين عامين "
    "دقيقة ساعة يوم أسبوع اسبوع شهر سنة عام".split()
)
_PERSIAN_WORD_AGE = (
    "(?:"
    + one_of(_arabic_spellings(["یک", "چند"]))
    + " "
    + one_of(_arabic_spellings("ثانیه دقیقه ساعت روز هفته ماه سال".split()))
    + "|لحظاتی|دقایقی|ساعاتی)"
)
# between a day and month and the time after them: "в", "o", "v", "om", "kl.", "at"...
_AT = (
    "(?:at|um|à|às|a las|alle|om|kl\\.?|o|v|в|о|-|–|—|/|·|\\||@|" + _GUARD + "(?:ساعت|الساعة|في|،))"
)
_NOT_AFTER_LETTER = r"(?<![^\W\d_])"  # start of a word (digits and '_' aside)
_SHORT_YEAR = r",? ['’][0-9]{2}(?![0-9])"  # a year of two digits after an apostrophe: '13
# Labels a post's stamp prints before its date ("Posted", "Opublikowano", "Geschrieben",
# "Publié le"), perhaps with the connector a language puts before a day, lowercased: a
# day and month with no year right after one of them, closing the line, is the stamp's
# date (as Invision and other boards print the current year's: "Opublikowano 5 marca",
# "Geschrieben 5. März"); in prose, with no label or with words after it ("we met on 5
# March", "am 3. Mai kam er"), it stays a day and a month. (`lines.POSTING_WORDS` are
# the labels a header reads as no name.)
_STAMP_LABELS = (
    "posted published publié publiée posté postée posté(e) publicado publicada postado postada "
    "pubblicato pubblicata inviato veröffentlicht gepostet verfasst geschrieben geplaatst "
    "gepubliceerd opublikowano dodano napisano publikováno přidáno publicerad publiceret "
    "publisert опубликовано добавлено написано опубліковано додано"
).split()
_STAMP_CONNECTORS = ("", "on ", "am ", "le ", "el ", "il ", "em ", "op ", "dne ")


def _after_stamp_label() -> str:
    """A look behind for a label of `_STAMP_LABELS` and a connector before the day, the
    label a word of its own: the labels grouped by their width (each look behind is of
    one width), each group after the line's start or a character of no word.

    >>> after = re.compile("(?i)" + _after_stamp_label() + "5")
    >>> bool(after.match("Posted on 5", 10)), bool(after.match("reposted 5", 9))
    (True, False)
    """
    by_width: dict[int, list[str]] = {}
    for label in _STAMP_LABELS:
        for connector in _STAMP_CONNECTORS:
            text = f"{label} {connector}"
            by_width.setdefault(len(text), []).append(re.escape(text))
    groups = ["|".join(texts) for _, texts in sorted(by_width.items())]
    return "(?:" + "|".join(f"(?<=^(?:{g}))|(?<=\\W(?:{g}))" for g in groups) + ")"


_LABELLED_DAY_MONTH = (  # (the cheap test first: a day and month closing the line)
    rf"(?=[0-9]{{1,2}}\.? (?:de )?{_MONTH_AFTER_DAY}$){_after_stamp_label()}"
    rf"[0-9]{{1,2}}\.? (?:de )?{_MONTH_AFTER_DAY}"
    # (no sentence's full stop after a month's full name: "… were posted 5 March.")
    r"(?<![^\W\d_]{5}\.)$"
)
# The date forms, in the order they are tried: each starts with a digit, a letter or
# (the CJK one) a month's numeral.
_DATE_FORMS = (
    # 2019-05-03 (and its time, ISO), 2021-3-14 (months and days unpadded, as many
    # forums print them), 2021/03/14 (as Japanese, Chinese and Korean pages print them)
    # (not a web address's path: "…/2017/12/02/title")
    r"(?<![0-9])[0-9]{4}(?:-[0-9]{2}-[0-9]{2}(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?)?"
    r"|-[0-9]{1,2}-[0-9]{1,2}(?![0-9])|(?<![/.][0-9]{4})/[0-9]{1,2}/[0-9]{1,2}(?![0-9/])"
    # 2021.03.14. and 2024. 5. 14. (as Korean pages print them)
    # (its day closed by a dot or followed by a time: no version number, "2024.5.0")
    r"|(?<![^\s(\[][0-9]{4})(?:\.[0-9]{2}\.[0-9]{2}(?:\.|(?= [0-9]{1,2}:[0-9]{2}))"
    r"|\. [0-9]{1,2}\. [0-9]{1,2}\.))",
    # 14.03.2021, 3/14/21 (not in a version number: "96.0.4664.110", "v1.4.16", "v=1.4.16",
    # "version 2.7.12", "versione 2.7.12"; no day or month 0: "0.7.56")
    r"(?<![0-9])(?<![0-9]\.)(?<![vV=])(?<!version )(?<!versione )(?<!versión )(?<!versie )"
    r"(?!00?[./])[0-9]{1,2}[./](?!00?[./])[0-9]{1,2}[./](?:[0-9]{4}|[0-9]{2})"
    r"(?![0-9])(?!\.[0-9])"
    # 5. 3. 2024 (a blank after each full stop, as Czech, Slovak and Hungarian pages print
    # dates; the year of four digits)
    r"|(?<![0-9.])[0-9]{1,2}\. [0-9]{1,2}\. [0-9]{4}(?![0-9])"
    # 17.07, 2011 (a day and month of two digits, a comma before the year)
    r"|(?<![0-9.])(?:[0-2][0-9]|3[01])\.(?:0[1-9]|1[0-2]), (?:19|20)[0-9]{2}(?![0-9])",
    # 11-29-2024; 11-29-24 only with its time after it ("11-29-24, 06:39 PM")
    r"(?<![0-9-])[0-9]{1,2}-[0-9]{1,2}-(?:[0-9]{4}|[0-9]{2}(?=,? [0-9]{1,2}:[0-9]{2}))(?![0-9-])"
    # 03-05 14:31, 03/05 14:31: a month and day of two digits each with no year, only
    # with its time of two-digit hours after it (as Korean boards print this year's posts)
    r"|(?<![0-9./-])(?:0[1-9]|1[0-2])[-/](?:0[1-9]|[12][0-9]|3[01])"
    r"(?= [0-2][0-9]:[0-5][0-9](?![0-9]))",
    # (Do) 1 Aug 2019, 19. Juni 2018, 30 de mayo de 2019, 3rd March, 2019, 14 мар 2021;
    # without a year only with its time after it: 2 мая в 11:04, 14 mars kl. 13:22
    rf"(?:{_NOT_AFTER_LETTER}{_WEEKDAY} )?(?<![0-9])[0-9]{{1,2}}(?:\.|st|nd|rd|th)? "
    rf"(?:de )?{_MONTH_AFTER_DAY}(?:(?: de)?,? [0-9]{{4}}|{_SHORT_YEAR}"
    rf"|(?=,? (?:{_AT} )?[0-9]{{1,2}}[:.][0-9]{{2}}(?![0-9])))",
    # May 30, 2019 / Jun 20th / Mar 14 '13 / Oct.28 (an abbreviation's dot, no space)
    rf"{_NOT_AFTER_LETTER}(?:{_MONTH}(?: |(?<=\.))[0-9]{{1,2}}(?:st|nd|rd|th)?(?![0-9])"
    rf"(?:,? [0-9]{{4}}|{_SHORT_YEAR})?"
    rf"|{_WORDLIKE_MONTH}(?: |(?<=\.))[0-9]{{1,2}}(?![0-9]),? [0-9]{{4}}(?![0-9]))",
    rf"{_CJK_MONTH} ?[0-9]{{1,2}},? [0-9]{{4}}",
    # 2 hours ago; 3 years 2 months ago, 1 day, 4 hours ago (an age of two or three units)
    # (a unit cut short with a full stop too: "5 godz. temu", "2 ч. назад", "vor 5 Std.")
    # ("و": Persian's and Arabic's "and", "۲ روز و ۳ ساعت پیش")
    rf"(?<![0-9])[0-9]{{1,3}} ?(?:{_UNIT}|{_UNIT_CUT})"
    rf"(?:,? (?:and |و )?[0-9]{{1,3}} {_UNIT}){{0,2}} {_AGO}",
    rf"{_NOT_AFTER_LETTER}(?:{_AGO_BEFORE_ANY} (?:{_ABOUT} )?[0-9]{{1,3}} "
    rf"(?:{_UNIT_CUT}(?! ?[^\W\d_])|{_UNIT}(?![^\W\d_]))"
    rf"|(?:för|for) [0-9]{{1,3}} {_UNIT} (?:sedan|siden))",
    # (no word character after it: a Thai word may end in a mark, "วันนี้")
    rf"{_NOT_AFTER_LETTER}(?:{one_of(_DAY_WORDS)}|{_guarded(_ARABIC_DAY_WORDS)})(?!\w)",
    # an age in a letter or two after a middle dot, closing a header: "Ann Lee·3y", "· 8mo",
    # or a few letters after a space, as a bar of controls closes with it in other
    # languages: "Curtir · Responder · 7 · 38 sem", "J'aime · Répondre · 3 j", "· 2 Std."
    r"(?:(?<=·)|(?<=· )|(?<=•)|(?<=• ))[0-9]{1,3}(?:y|mo|w|d|h|m"
    r"| (?:min|sem|[adhjmstwy]|an|mes|wo\.|std\.|[tj]\.))$",
    # an age without a digit: "an hour ago", "a few seconds ago", "last month", "vor
    # einem Tag", "il y a un jour", "hace un año", "час назад" (`_WORD_AGE`)
    r"(?:(?<![^\W\d_])(?:an?|a few|one) " + _UNIT + r" ago(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:last|letzten|letztes|letzte) (?:week|month|year|woche|monat|jahr)"
    r"(?![^\W\d_])"
    r"|(?<![^\W\d_])vor (?:einem|einer) (?:tag|monat|jahr|stunde|minute|woche)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:il y a (?:un|une)|hace (?:un|una)|há (?:um|uma)) " + _UNIT + r"(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:час|минуту|неделю|месяц|год|день) назад(?![^\W\d_])"
    # Italian's: "un anno fa", "un'ora fa", "una settimana fa", "pochi secondi fa"
    r"|(?<![^\W\d_])(?:una? |un['’]|pochi |qualche )(?:secondi|secondo|minuti|minuto|ora"
    r"|giorno|settimana|mese|anno) fa(?![^\W\d_])"
    # Arabic's ages in a word, one unit or two of them: "منذ ساعة", "قبل يومين", "منذ لحظات";
    # Persian's "یک روز پیش", "چند دقیقه قبل", "لحظاتی پیش"
    + "|"
    + _GUARD
    + r"(?:(?<![^\W\d_])(?:(?:منذ|قبل) "
    + _ARABIC_WORD_AGE
    + r"|"
    + _PERSIAN_WORD_AGE
    + r" (?:پیش|قبل))(?![^\W\d_]))"
    # "just now" in Chinese, Japanese and Korean: 刚刚, たった今, 방금 (전), a word alone
    r"|(?<![^\W\d_])(?:刚刚|剛剛|たった今|방금(?: 전)?)(?![^\W\d_]))",
    # an age after its qualifier: "over 2 years ago", "about 1 hour ago"
    rf"{_NOT_AFTER_LETTER}{_ABOUT} [0-9]{{1,3}} ?{_UNIT}"
    rf"(?:,? (?:and )?[0-9]{{1,3}} {_UNIT}){{0,2}} {_AGO}",
    # Chinese and Japanese numeric dates, Korean ones: 2021年3月14日, 3月14日, 2021년 3월 14일
    # (the forms led by a digit, written with the characters for year, month and day)
    r"(?<![0-9])(?:[0-9]{4} ?年 ?)?[0-9]{1,2} ?月 ?[0-9]{1,2} ?日"
    r"|(?<![0-9])(?:[0-9]{4}년 ?)?[0-9]{1,2}월 ?[0-9]{1,2}일",
    # their ages: 2小时前, 3天前, 1 月前, 5分前, 2時間前, 3日前, 3일 전, 2시간 전, of two or
    # three units too (5 小时 7 分钟前)
    # (not a month after its year: "2021年3月前" is "before March 2021")
    rf"(?<![0-9])(?<!年)(?<!年 )(?:[0-9]{{1,3}} ?{_CJK_UNIT} ?){{0,2}}[0-9]{{1,3}} ?{_CJK_UNIT} ?前"
    r"(?![\u4e00-\u9fff])"
    # (no word goes on: "第3天前进" is "advance on day 3")
    rf"|(?<![0-9])(?:약 ?)?[0-9]{{1,3}} ?{_KOREAN_UNIT} ?전(?![가-힣])",  # ("약": about)
    # 13/Mar/23, 20/mars/23, 04-Jan-2021 (a month's name between slashes or dashes, as
    # issue trackers, server logs and wikis print it; the year of two digits or four)
    rf"(?<![0-9])[0-9]{{1,2}}(?:/{_MONTH_AFTER_DAY}/|-{_MONTH_AFTER_DAY}-)(?:[0-9]{{4}}|[0-9]{{2}})"
    r"(?![0-9])",
    # an age in a short unit of Russian closing a line after a name: "Ann Lee 5 ч", "40
    # мин" (hours, minutes, days, weeks, months), as some Russian sites print an age
    r"(?<=[^\W\d_] )[0-9]{1,3} (?:ч|мин|сек|дн|нед|мес)\.?$",
    # a time, then the day and month with no year: "14:22h, 04 maart" (as some themes
    # print the current year's dates: "Geplaatst om 14:22h, 04 maart")
    rf"(?<![0-9:.])[0-9]{{1,2}}[:.][0-9]{{2}}h?, [0-9]{{1,2}}\.? {_MONTH_AFTER_DAY}(?![^\W\d_])",
    # Thai dates and ages: "5 มีนาคม 2567", "3 ชั่วโมงที่แล้ว" (see `_THAI_DATE`)
    _THAI_DATE,
    # a day and month with no year after a stamp's label, closing the line: "Opublikowano
    # 5 marca", "Geschrieben 5. März" (see `_LABELLED_DAY_MONTH`)
    _LABELLED_DAY_MONTH,
)
_DATE = re.compile("(?i)(?:" + "|".join(_DATE_FORMS) + ")")
# the forms that hold no digit (a day word, an age without a digit), in `_DATE`'s order:
# on a line without a digit, they find what `_DATE` finds, without trying the others
_DATE_WITHOUT_DIGIT = re.compile("(?i)(?:" + _DATE_FORMS[8] + "|" + _DATE_FORMS[10] + ")")


def _lowercase_forms(*forms: int) -> re.Pattern[str]:
    """Some of the date forms, in their order, without (?i), for an ASCII line
    lowercased (the forms' letters are all lowercase but ISO's "T"): where they match
    there, `_DATE` matches the line itself the same way (and ignoring no case, the
    engine tests each alternative's first character quickly)."""
    chosen = "|".join(_without_guarded(_DATE_FORMS[form]) for form in forms)
    return re.compile("(?:" + chosen.replace("(?:T[0-9]", "(?:t[0-9]") + ")")


def _without_guarded(pattern: str) -> str:
    """``pattern`` without its alternatives of Persian and Arabic words ("|" + `_GUARD`
    and the group after it): what an ASCII line can match of it.

    >>> _without_guarded("(?:at|um|" + _GUARD + "(?:في|،))")
    '(?:at|um)'
    """
    mark = "|" + _GUARD
    while (at := pattern.find(mark)) >= 0:
        end, depth, in_class = at + len(mark), 0, False
        while True:  # (to the end of the group after the guard: escapes and classes aside)
            char = pattern[end]
            if char == "\\":
                end += 2
                continue
            if in_class:
                in_class = char != "]"
            elif char == "[":
                in_class = True
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
                if depth == 0:
                    break
            end += 1
        pattern = pattern[:at] + pattern[end + 1 :]
    return pattern


# On an ASCII line a date starts with a digit or a letter: the forms that start so
_DATE_AT_DIGIT = _lowercase_forms(0, 1, 2, 3, 6, 9, 14, 16, 18)
_DATE_AT_LETTER = _lowercase_forms(3, 4, 7, 8, 10, 11)
# the ages without a digit alone: a line without a digit is searched for a date where it
# holds one of them (or a day word)
_WORD_AGE = re.compile("(?i)" + _DATE_FORMS[10])


# pieces every age without a digit holds (a cheap test before `_WORD_AGE`'s search)
_WORD_AGE_PIECES = (
    "ago", "ast ", "etzte", "or ei", "y a u", "ace u", "á u", "назад",
    "do fa", "to fa", "ra fa", "no fa", "na fa", "se fa", "di fa",  # (Italian's units)
    "刚刚", "剛剛", "たった今", "방금",
)  # fmt: skip
_ARABIC_AGE_PIECES = ("منذ ", "قبل", "پیش")  # (and of Persian's and Arabic's)


def _may_hold_word_age(line: str, end: int) -> bool:
    """Whether ``line[:end]`` may hold an age without a digit (`_WORD_AGE`): it holds one
    of the pieces every such age has, case aside."""
    head = (line[:end] if end < len(line) else line).lower()
    return any(piece in head for piece in _WORD_AGE_PIECES) or any(
        piece in head for piece in _ARABIC_AGE_PIECES
    )


def _word_ages(line: str, end: int) -> Iterator[re.Match[str]]:
    """Where an age without a digit stands in ``line[:end]`` (searched only where the
    line holds one of its pieces: most lines hold none)."""
    if not _may_hold_word_age(line, end):
        return iter(())
    return _WORD_AGE.finditer(line, 0, end)


def is_word_age(text: str) -> bool:
    """The text is an age without a digit, alone: "an hour ago", "last month".

    >>> is_word_age("a day ago"), is_word_age("Ann a day ago"), is_word_age("2 days ago")
    (True, False, False)
    """
    return len(text) <= 40 and _WORD_AGE.fullmatch(text) is not None


DIGIT = re.compile(r"[0-9]")  #: an ASCII digit (the other modules' tests use these two)
ANY_SCRIPT_DIGIT = re.compile(r"\d")  #: a digit of any script ("٣", "๓", "३")
# Persian (۰-۹) and Arabic-Indic (٠-٩) digits: a line that holds them is read with them
# as ASCII digits, one for one, so that every position stays where it was
_EASTERN_DIGIT = re.compile("[٠-٩۰-۹]")
_ANY_DIGIT = re.compile("[0-9٠-٩۰-۹]")
_WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)


def western_digits(line: str) -> str:
    """``line`` with its Persian and Arabic-Indic digits written as ASCII digits (the
    same length: a position in one is the same place in the other).

    >>> western_digits("۲۱ آذر ۱۴۰۲ ساعت ۱۰:۲۴"), western_digits("١٢ مارس")
    ('21 آذر 1402 ساعت 10:24', '12 مارس')
    """
    if line.isascii() or _EASTERN_DIGIT.search(line) is None:
        return line
    return line.translate(_WESTERN_DIGITS)


_DIGITS = re.compile(r"[0-9]+")
_DAY_WORD = re.compile("(?i)" + "|".join(_ALL_DAY_WORDS))  # where a day word may start
# The same on a lowercased line: a pattern without (?i) led by literals, which the regex
# engine searches for in C, about 7 times faster than trying it at every position (on an
# ASCII line, the words in other letters cannot be there).
_DAY_WORD_LOWER = re.compile("|".join(w for w in _DAY_WORDS if w.isascii()))
_DAY_WORD_LOWERED = re.compile("|".join(_ALL_DAY_WORDS))
# The characters that match a letter of a day word when case is ignored but do not lower
# to it ("ı" and "İ" for i, "ſ" for s, old forms of в, д, о and с; a test checks this
# against every character): where a line has none, the lowered line finds the same words.
_ODD_CASE = re.compile("[İıſ\u1c80-\u1c83]")


# On a lowercased ASCII line without a digit: where a day word may start or a piece of
# an age without a digit stands (`_DAY_WORD_LOWER`, `_WORD_AGE_PIECES`), one search for
# both; where it finds neither, the line holds no date (`find_date`).
# (written as a trie: only whether it finds one is read, and a trie fails after a character
# or two where an alternation tries every word)
_UNDIGITED_HINT = re.compile(
    one_of([w for w in _DAY_WORDS if w.isascii()] + [p for p in _WORD_AGE_PIECES if p.isascii()])
)


# The same of every word and piece, on a line past ASCII lowered
_ANY_UNDIGITED_HINT = re.compile(one_of([*_DAY_WORDS, *_WORD_AGE_PIECES]))
# and of Persian's and Arabic's words, a search of its own (in one trie with the others,
# they would cost every line past ASCII a fifth more: more branches tried at each place)
_ARABIC_UNDIGITED_HINT = re.compile(one_of([*_ARABIC_DAY_WORDS, *_ARABIC_AGE_PIECES]))


def _day_words(line: str, end: int) -> Iterator[re.Match[str]]:
    """Where a day word may start in ``line[:end]`` (the positions are ``line``'s)."""
    if line.isascii():  # lowering ASCII keeps every character where it is
        return _DAY_WORD_LOWER.finditer(line.lower(), 0, end)
    if _ODD_CASE.search(line, 0, end) is None:
        lowered = line[:end].lower()
        if len(lowered) == end:  # (each character lowered to one: where it was)
            return _DAY_WORD_LOWERED.finditer(lowered)
    return _DAY_WORD.finditer(line, 0, end)


# A month glued to a name by a converter that dropped the space: "Dave BeazleyOctober 27"
# (and a time closing the line, or an age led by its word: see below).
_GLUED_DATE = re.compile(
    r"(?<=[a-zà-ÿ])(?:(?:"
    + one_of(w.capitalize() for w in _LATIN_WEEKDAYS if len(w) > 3)
    + r",? )?"
    + _CAPITALISED_MONTH
    + r" [0-9]{1,2}(?:st|nd|rd|th)?,? [0-9]{4}"
    r"|[0-9]{1,2}:[0-9]{2}(?: ?[AaPp]\.?[Mm]\.?)?$)"
    # an age led by its word, glued to a name the same way: "Marisol Echeverríahace 4
    # meses", "Carmen_Vhace 2 horas" (after a capital, a digit or an underscore too)
    rf"|(?<=\w){_AGO_BEFORE} [0-9]{{1,3}} (?i:{_UNIT})(?![^\W\d_])"
    # a name in capitals glued to a full date: "KDDecember 5, 2011 at 5:34 PM"
    + r"|(?<=[A-ZÀ-Ý])"
    + _CAPITALISED_MONTH
    + r" [0-9]{1,2}(?:st|nd|rd|th)?, [0-9]{4}"
    # a day before its month and year glued to a name that ends in digits ("Pendolare665
    # marzo 2024": "Pendolare66", then "5 marzo 2024"), the day one that can be
    + r"|(?:(?<=[^\W\d_][0-9])|(?<=[^\W\d_][0-9]{2})|(?<=[^\W\d_][0-9]{3}))"
    + r"(?:[12][0-9]|3[01]|[1-9])\.? (?:de )?"
    + _MONTH_AFTER_DAY
    + r"(?: de)?,? [0-9]{4}(?![0-9])"
)
# A Persian or Arabic weekday glued to a name, its date after it (no letter case shows
# where the name ends; the weekday does): "مریمسه شنبه ۲۱ آذر ۱۴۰۲", "ناشناسشنبه ۲۵ آذر
# ۱۴۰۲", the weekday right after a letter of the script (`_glued_weekday`). Led by the
# weekday's letters, not by a look-behind tried at every character: a search of its own.
_GLUED_WEEKDAY_DATE = re.compile(
    one_of(_ARABIC_SCRIPT_WEEKDAYS)
    + r"[,،]? [0-9]{1,2} "
    + _MONTH_AFTER_DAY
    + r" [0-9]{4}(?![0-9])"
)
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
# What every `_GLUED_DATE` holds, a piece of each of its forms: a year after a space, the
# time's colon, an age's leading word and its digit. Where a stretch holds none, searching
# it for a glued date finds none (led by characters, not by a look-behind tried at every
# character, this search costs a fraction of that one).
_GLUED_PIECE = re.compile(rf" [0-9]{{4}}|:|{_AGO_BEFORE} [0-9]")
_CLOCK = (
    r"(?<![0-9])[0-9]{1,2}[:.h][0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,3})?)?"
    r"(?: ?(?:am|pm|a\.m\.|p\.m\.|uhr|h))?"
    r"(?![0-9])"
)
_TIME = re.compile("(?i)" + _CLOCK)
# A time printed with its units as words of their own, as French sites print it (WordPress's
# "G \\h i \\m\\i\\n"): "9 h 12 min", "21 h 05"
_SPACED_TIME = re.compile(r"(?<![0-9])[0-9]{1,2} h [0-9]{2}(?: min)?(?![0-9])")
_TAIL_WORD = re.compile(
    r"(?i)^(?:at|um|à|às|a|las|alle|ore|om|kl\.?|o|v|в|о|-|–|—|/|,|:|·|\||@|am|pm|a\.m\.|p\.m\.|uhr|h|上午|下午|"
    r"ساعت|الساعة|في|،|ص|م|صباحا|صباحًا|مساء|مساءً|ق\.ظ|ب\.ظ|"  # (Persian's and Arabic's)
    r"г\.,?|р\.,?|"  # (the year's abbreviation after it: "27 июля 2012 г. 23:53")
    r"เวลา|น\.|"  # (Thai: "เวลา 14:51 น.", at 14:51 hours)
    r"@?[0-9]{1,2}[:.h][0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,3})?)?(?:am|pm)?,?)$"
)
# A time zone after a time: "UTC", "CEST", "UTC+2", "+0100" (capitals, three or four)
_ZONE = re.compile(r"^(?:[A-Z]{3,4}(?:[+−-][0-9]{1,2})?|[+−-][0-9]{2}:?[0-9]{2}),?$")
# A weekday in parentheses glued after a date, perhaps its time glued after it:
# "(金)", "(Sun)13:22:01"
_GLUED_WEEKDAY = re.compile(r"\([^\W\d_]{1,3}\)(?:" + _CLOCK + ")?")
_PERMALINK = re.compile(r"#[0-9]{1,6}(?:\.[0-9]{1,4})*")  # a comment's number: "#1.1"
_CONNECTOR = re.compile(
    r"(?i)^(?:at|um|à|a las|às|alle|om|kl\.?|-|–|—|/|,|:|·|\||@|ساعت|الساعة|في|،|เวลา)$"
)
# the words for "before noon" and "after noon" (and "o'clock") after a time
_MERIDIEM_AM = frozenset(("am", "上午", "ص", "صباحا", "صباحًا", "ق.ظ"))
_MERIDIEM_PM = frozenset(("pm", "下午", "م", "مساء", "مساءً", "ب.ظ"))
_MERIDIEMS = _MERIDIEM_AM | _MERIDIEM_PM | {"uhr", "น."}
# A time, and a one-letter word "at" before it (Russian, Ukrainian, Polish, Czech: "в 13:22",
# "o 13:22", "v 13:22"), which is a connector there only: "в офисе" is "in the office".
_AT_TIME = re.compile(r"(?i)(?:(?<![^ ])(?:в|о|o|v) )?" + _CLOCK)


_GLUED_REACH = 12  # the longest weekday and its comma and space: "Donnerstag, "
SCAN = 300  # dates are looked for in the first SCAN characters of a line only
SHORT = 48  # up to this length, a search costs less than finding the places to try


@functools.lru_cache(maxsize=LINE_CACHE)  # the page builder asks about a line more than once
def find_date(line: str) -> re.Match[str] | None:
    """The first date in a line (whitespace collapsed), glued to a name or not.

    Only the first `SCAN` characters are searched: headers and date lines are short,
    and this keeps the cost per line bounded whatever the input.

    >>> find_date("Dave BeazleyOctober 27, 2011 at 5:39 AM").group(0)
    'October 27, 2011'
    >>> find_date("Ben 19. Juni 2018 um 15:28 Uhr - Antworten").group(0)
    '19. Juni 2018'
    >>> find_date("MA Sullivan • 2 weeks ago").group(0)
    '2 weeks ago'
    >>> find_date("Summary of 2019") is None
    True
    """
    end = min(len(line), SCAN)
    if line.isascii():
        digit = DIGIT.search(line, 0, end)
    else:  # (Persian and Arabic-Indic digits are read as ASCII ones: one search finds
        digit = _ANY_DIGIT.search(line, 0, end)  # the first digit of either, and a line
        if digit is not None and (  # with an ASCII one is searched on from there)
            digit.group() > "9" or _EASTERN_DIGIT.search(line, digit.end(), end) is not None
        ):
            return find_date(line.translate(_WESTERN_DIGITS))  # (the match is on that line)
    if digit is None:  # every date form has a digit or a day word,
        if line.isascii():  # but an age without a digit ("an hour ago", "час назад")
            if _UNDIGITED_HINT.search(line.lower(), 0, end) is None:
                return None  # (neither: one search, most lines)
        elif not _undigited_date_word(line, end):
            return None
        return _date_search(line, end)
    if end <= SHORT:
        return _searched(line, end)
    return _anchored(line, end)


def _undigited_date_word(line: str, end: int) -> bool:
    """Whether a day word or an age without a digit stands in ``line[:end]`` (where the
    line has no character of odd case, its lowered form is searched once for both
    first: most lines hold neither)."""
    if _ODD_CASE.search(line, 0, end) is None:
        lowered = line[:end].lower()
        if not _ANY_UNDIGITED_HINT.search(lowered) and not _ARABIC_UNDIGITED_HINT.search(lowered):
            return False
    return (
        next(_day_words(line, end), None) is not None
        or next(_word_ages(line, end), None) is not None
    )


_RUN = re.compile(r"[0-9]+|[a-z]+")  # where a date can start on a lowercased ASCII line


def _date_search(line: str, end: int) -> re.Match[str] | None:
    """``_DATE.search(line, 0, end)``. On an ASCII line every date form starts a run of
    digits or letters (each is led by "not after a digit" or "not after a letter"), so
    only those places are tried, on the line lowercased (see `_lowercase_forms`); the date
    found is then matched on the line itself."""
    if not line.isascii():
        return _unicode_search(line, end)
    lowered = line.lower()
    for run in _RUN.finditer(lowered, 0, end):
        if _lowercase_match(lowered, run.start(), end):
            return _DATE.match(line, run.start(), end)
    return None


# where a date can start on any line: a run of digits or of letters (every form is led by
# "not after a digit" or "not after a letter"), or a CJK month's numeral ("十二月 3, 2021"
# is the one form led by neither)
_UNICODE_RUN = re.compile(r"[0-9]+|[^\W\d_]+")
_MONTH_NUMERALS = "十一二三四五六七八九"


def _unicode_search(line: str, end: int) -> re.Match[str] | None:
    """``_DATE.search(line, 0, end)`` on a line with characters past ASCII, by trying
    `_DATE` where a date can start only (a search tries the whole alternation at every
    character: about three times the cost on a short line)."""
    starts = [run.start() for run in _UNICODE_RUN.finditer(line, 0, end)]
    if "月" in line:
        numerals = [at for at in range(end) if line[at] in _MONTH_NUMERALS]
        starts = sorted({*starts, *numerals})
    for start in starts:
        match = _date_at(line, start, end)
        if match is not None:
            return match
    return None


def _date_forms(*forms: int) -> re.Pattern[str]:
    """Some of the date forms, in their order, as `_DATE` reads them: where one of them
    matches, `_DATE` matches too (and where `_DATE` matches by one of them, they do)."""
    return re.compile("(?i)(?:" + "|".join(_DATE_FORMS[form] for form in forms) + ")")


# On any line, the forms that can open with a digit and those that can open with another
# character, which is then a letter of `_DATE_LEAD` (a test reads each form's possible
# first characters off the pattern)
_DIGIT_LED_FORMS = (0, 1, 2, 3, 6, 9, 12, 13, 14, 15, 16, _DATE_FORMS.index(_THAI_DATE), 18)
_LETTER_LED_FORMS = (3, 4, 5, 7, 8, 10, 11, 13)
_DATE_AT_ANY_DIGIT = _date_forms(*_DIGIT_LED_FORMS)
_DATE_AT_ANY_LETTER = _date_forms(*_LETTER_LED_FORMS)
# (and weekdays led by a letter past ASCII: "út", "čt", "śr", "çar"; and of Persian and
# Arabic: weekdays, day words, ages led by their word; เว: the first letters of the
# Thai day words)
_DATE_LEAD = re.compile(
    "(?i)[a-züúčśçвгдмнсчた刚剛방今前昨약เว" + _MONTH_NUMERALS + "آأاپجچدسشقلمیيه]"
)


def _date_at(line: str, start: int, end: int) -> re.Match[str] | None:
    """``_DATE.match(line, start, end)`` on any line, by trying first only the forms that
    can open with the character at ``start`` (no form opens with most letters of most
    scripts, nor with a mark or a space): the whole alternation, ignoring case, costs
    some 3 µs a place."""
    first = line[start : start + 1] if start < end else ""
    if not first:
        return None  # (no form matches an empty text)
    if "0" <= first <= "9":
        forms = _DATE_AT_ANY_DIGIT
    elif _DATE_LEAD.match(first) is not None:
        forms = _DATE_AT_ANY_LETTER
    else:
        return None
    return _DATE.match(line, start, end) if forms.match(line, start, end) is not None else None


def _lowercase_match(lowered: str, start: int, end: int) -> bool:
    """Whether `_DATE` matches at ``start`` the ASCII line ``lowered`` lowercased."""
    first = lowered[start]
    if first.isdigit():
        return _DATE_AT_DIGIT.match(lowered, start, end) is not None
    return first.isalpha() and _DATE_AT_LETTER.match(lowered, start, end) is not None


def _anchored(line: str, end: int) -> re.Match[str] | None:
    """`find_date` on a line with a digit, by trying the patterns where a date can start.

    Each date form has its digits within three words of its start: the patterns are
    tried anchored at those few places instead of at every character (a search over the
    whole alternation costs ~0.4 µs per character).
    """
    starts: set[int] = set()
    glued: re.Match[str] | None = None
    for run in _DIGITS.finditer(line, 0, end):
        position = run.start()
        starts.add(position)
        for words_back in range(3):
            word_end = position
            while word_end > 0 and line[word_end - 1] == " ":
                word_end -= 1
            if word_end == 0:
                break
            word_start = line.rfind(" ", 0, word_end) + 1
            starts.add(word_start)
            letters = word_end  # "[74]August", "Unknown10.": the letters right before
            while letters > word_start and (
                line[letters - 1].isalpha() or line[letters - 1] == "."
            ):
                letters -= 1
                if line[letters] == ".":  # (a month glued after a full stop: "verfasst.Mar")
                    starts.add(letters + 1)
            starts.add(letters)
            if words_back == 0 and glued is None:
                back = max(0, word_start - _GLUED_REACH)  # a weekday glued before the month
                stop = min(end, run.end() + 1 + 24)
                glued = _first(_glued(line, back, stop), _glued_weekday(line, back, stop))
                if glued is not None and stop < end:  # (read again up to the line's end:
                    at = glued.start()  # the window's end is no end of the line, "10:24"
                    glued = _first(_glued(line, at, end), _glued_weekday(line, at, end))
                    # of "10:241402" is no time)
            position = word_start
    ascii_line = line.isascii()
    lowered = line.lower() if ascii_line else line
    if (  # (a day word or a piece of an age without a digit: few lines hold one)
        _UNDIGITED_HINT.search(lowered, 0, end) is not None
        if ascii_line
        else _undigited_date_word(line, end)
    ):
        for word in _day_words(line, end):  # "today", "gestern": dates without digits
            starts.add(word.start())
        for age in _word_ages(line, end):  # "a day ago", "last month": the same
            starts.add(age.start())
    match = None
    if ascii_line:  # (tried on the line lowercased: see `_lowercase_forms`)
        start = next((at for at in sorted(starts) if _lowercase_match(lowered, at, end)), -1)
        match = _DATE.match(line, start, end) if start >= 0 else None
    else:
        for start in sorted(starts):
            match = _date_at(line, start, end)
            if match is not None:
                break
    if glued is not None and (match is None or glued.start() < match.start()):
        return glued
    return _with_year(line, end, match)


def _glued_weekday(line: str, start: int, end: int) -> re.Match[str] | None:
    """The first `_GLUED_WEEKDAY_DATE` in ``line[start:end]`` right after a letter of the
    Arabic script (a line of ASCII holds none)."""
    if line.isascii():
        return None
    match = _GLUED_WEEKDAY_DATE.search(line, start, end)
    while match is not None:
        at = match.start()
        if at and _ARABIC_LETTER.match(line, at - 1) is not None:
            return match
        match = _GLUED_WEEKDAY_DATE.search(line, at + 1, end)
    return None


def _first(one: re.Match[str] | None, other: re.Match[str] | None) -> re.Match[str] | None:
    """The one of two matches that starts first (either, where one is None)."""
    if one is None or (other is not None and other.start() < one.start()):
        return other
    return one


def _glued(line: str, start: int, end: int) -> re.Match[str] | None:
    """``_GLUED_DATE.search(line, start, end)``, searched only where the stretch holds a
    piece every glued date holds (`_GLUED_PIECE`: most stretches hold none)."""
    if _GLUED_PIECE.search(line, start, end) is None:
        return None
    return _GLUED_DATE.search(line, start, end)


_YEAR = re.compile(r"[0-9]{4}")


def _with_year(line: str, end: int, match: re.Match[str] | None) -> re.Match[str] | None:
    """A date of no year one of whose later words opens a longer date with a year ("Mai
    21. December 2017": the name "Mai", then "21. December 2017"): that date; else
    ``match``."""
    if match is None or _YEAR.search(match.group()) is not None:
        return match
    for at in range(match.start() + 1, match.end()):
        if line[at - 1] == " " and line[at] != " ":
            longer = _DATE.match(line, at, end)
            if longer is not None and longer.end() > match.end() and _YEAR.search(longer.group()):
                return longer
    return match


def find_date_by_search(line: str) -> re.Match[str] | None:
    """`find_date` the obvious way (a search at every character); tests compare them."""
    end = min(len(line), SCAN)
    if _EASTERN_DIGIT.search(line, 0, end) is not None:
        line = line.translate(_WESTERN_DIGITS)
    match = _DATE.search(line, 0, end)
    glued = _first(_GLUED_DATE.search(line, 0, end), _glued_weekday(line, 0, end))
    if glued and (match is None or glued.start() < match.start()):
        return glued
    return _with_year(line, end, match)


def _searched(line: str, end: int) -> re.Match[str] | None:
    match = _date_search(line, end)
    glued = _first(_glued(line, 0, end), _glued_weekday(line, 0, end))
    if glued and (match is None or glued.start() < match.start()):
        return glued
    return _with_year(line, end, match)


def date_extent(line: str, match: re.Match[str]) -> int:
    """Where the date text that starts at ``match`` ends: the date, then any time and the
    words between them ("at", "um", "-", "/", "Uhr"...), and a zone after the time.

    >>> line = "Ben 19. Juni 2018 um 15:28 Uhr - Antworten"
    >>> line[find_date(line).start() : date_extent(line, find_date(line))]
    '19. Juni 2018 um 15:28 Uhr'
    """
    if match.string != line and not line.isascii():
        line = western_digits(line)  # (as `find_date` read it)
    end = match.end()
    glued, *words = line[end:].split(" ")[:8]  # (what is glued to the date: ",", "")
    weekday = _GLUED_WEEKDAY.match(glued)  # ("2014/03/14(金) 13:22", "03/14/21(Sun)13:22:01")
    if weekday is not None:
        end += weekday.end()
    elif glued not in ("", ",", "،"):
        return end  # (a word glued to the date: no time is read after it)
    position = match.end() + len(glued)
    timed = False  # (the last word read was a time: a zone may follow it)
    for word in words:
        if timed and _ZONE.match(word):  # "05:26PM UTC", "13:22 CEST", "9:05 +0100"
            position += len(word) + 1
            end = position - (word[-1:] == ",")
            continue
        if not _TAIL_WORD.match(word):
            spaced = _SPACED_TIME.match(line, position + 1) if word[:1].isdigit() else None
            if spaced is not None:  # "à 9 h 12 min": a time in words of its own
                return spaced.end()
            glued_time = _TIME.match(word)  # "13:22신고": a control glued to the time
            rest = word[glued_time.end() :].lstrip(")],;") if glued_time is not None else "0"
            rest = rest.rstrip()  # (no-break spaces after the time: "16:13\xa0\xa0 Subject")
            if glued_time is not None and (not rest or rest.isalpha()):  # (or "13:22)")
                end = position + 1 + glued_time.end()
            break
        position += len(word) + 1
        timed = False
        if _TIME.search(word) or word.lower() in _MERIDIEMS:
            end = position - (word[-1:] == ",")  # (not the comma after it: "à 20h12,")
            timed = word[-1:] != ","
    return end


def is_time_tail(text: str) -> bool:
    """The text is a date's time and the words `date_extent` reads around it, alone: the
    end of a date line wrapped onto a line of its own ("at 9:15 PM", "um 15:28 Uhr",
    "เวลา 14:51 น.").

    >>> is_time_tail("เวลา 14:51 น."), is_time_tail("at 9:15 PM"), is_time_tail("at home")
    (True, True, False)
    """
    words = text.split()
    return (
        0 < len(words) <= 4
        and any(_TIME.fullmatch(word.rstrip(",")) for word in words)
        and all(_TAIL_WORD.match(word) for word in words)
    )


# a sentence of a script written without spaces glued after a date and closed by its full
# stop: no word of a date line ("12月5日的IP好像也被联通屏蔽了。" opens with a date; "Ann 楼主
# 2022-05-03 21:30:08" and "12月5日 发表于" are date lines)
SPACELESS_LETTERS = "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"  # (kana, CJK, Hangul)
_SPACELESS_SENTENCE = re.compile(rf"\S*{SPACELESS_LETTERS}\S*[。！？]$")


# a day and its month alone on a line, no year (the current year's dates, as boards print
# them: "14 mar.", "3 juni", "19. Juni"): a date line, though `find_date` reads no such
# date inside a line (where "2 may" is a number and a verb)
_DAY_MONTH_ALONE = re.compile(rf"(?i)[0-9]{{1,2}}\.? {_MONTH_AFTER_DAY}$")
_DAY_MONTH_LENGTH = 16  # the longest such line: "28. September"


@functools.lru_cache(maxsize=LINE_CACHE)
def is_date_line(text: str) -> bool:
    """A line that is essentially a date (and time): ``19. Juni 2018 um 15:28 Uhr``.

    >>> is_date_line("November 25, 2020 at 9:16 am"), is_date_line("I met her on May 3, 2019.")
    (True, False)
    >>> is_date_line("1 ano atrás Link permanente"), is_date_line("06.01.2020 um 9:16")
    (True, True)
    """
    if len(text) > 160:
        return False
    line = " ".join(text.split())
    if len(line) > 80:
        return False
    match = find_date(line)
    if match is not None:
        line = match.string  # (its Persian or Arabic-Indic digits as ASCII ones, if any)
    if match is None:  # (a day and month alone, no year: "14 mar.", "3 juni", "19. Juni")
        return len(line) <= _DAY_MONTH_LENGTH and _DAY_MONTH_ALONE.match(line) is not None
    leftover = (line[: match.start()] + " " + line[match.end() :]).replace("·", " ")
    leftover = _SPACED_TIME.sub(" ", _AT_TIME.sub(" ", leftover))
    words = [w for w in leftover.split() if not _CONNECTOR.match(w)]
    words = [w for w in words if w.lower() not in _MERIDIEMS]
    if len(words) > 2 and _PERMALINK.fullmatch(words[-1]):
        words.pop()  # (the comment's number after its date and zone: "(UTC 0) #1.1")
    if len(words) > 2 or match.start() > 12:
        return False
    return leftover.isascii() or not _SPACELESS_SENTENCE.match(line, match.end())


def parse_date(text: str) -> datetime | None:
    """The date (and time) in ``text`` when it is unambiguous, else None.

    Month names in any listed language, ISO dates, and numeric dates: a dotted
    day.month.year with a four-digit year is read day first (the European order), and
    any numeric date whose first or second number is over 12 is read the only way it
    can be ("12.29.14" is December 29, 2014; two-digit years are 1970–2069). Slashed
    dates like 5/6/2019, dates without a year and relative dates ("2 weeks ago") need
    context: see `resolve_date`.

    >>> parse_date("August 15, 2020 at 1:49 pm")
    datetime.datetime(2020, 8, 15, 13, 49)
    >>> parse_date("19. Juni 2018 um 15:28 Uhr")
    datetime.datetime(2018, 6, 19, 15, 28)
    >>> parse_date("12.29.14 at 9:14 pm")
    datetime.datetime(2014, 12, 29, 21, 14)
    >>> parse_date("3 weeks ago") is None, parse_date("5/6/2019") is None
    (True, True)
    """
    fields = _read(text)
    if fields is None:
        return None
    year, month, day, hour, minute = fields
    return None if year is None else _make(year, month, day, hour, minute)


_NUMERIC = re.compile(r"([0-9]{1,2})([./]) ?([0-9]{1,2})\2 ?([0-9]{4}|[0-9]{2})")  # ("5. 3. 2024")
_Fields = tuple[int | None, int, int, int, int]  # year (None: not printed), month, day, h, m


DAY_FIRST = "day-first"  #: numeric dates such as 24/6/2021
MONTH_FIRST = "month-first"  #: numeric dates such as 6/24/2021


def numeric_order(text: str) -> str | None:
    """`DAY_FIRST` or `MONTH_FIRST` when ``text`` holds a numeric date that can only be
    read one way (a number over 12 in front or in the middle), else None.

    >>> numeric_order("6/24/2021 at 1:28am"), numeric_order("24.06.2021"), numeric_order("5/6/19")
    ('month-first', 'day-first', None)
    """
    match = find_date(" ".join(text[: 2 * SCAN].split()))
    numeric = _NUMERIC.fullmatch(match.group(0)) if match else None
    if numeric is None:
        return None
    first, second = int(numeric[1]), int(numeric[3])
    if first > 12 >= second:
        return DAY_FIRST
    if second > 12 >= first:
        return MONTH_FIRST
    return None


def page_order(texts: Iterable[str]) -> str | None:
    """The order the unambiguous numeric dates among ``texts`` (a page's dates) agree
    on; None when there are none or they disagree.

    >>> page_order(["3/12/2021", "6/24/2021", "May 3, 2020"])
    'month-first'
    """
    orders = {numeric_order(t) for t in texts} - {None}
    return orders.pop() if len(orders) == 1 else None


def _read(text: str, order: str | None = None) -> _Fields | None:
    """Year, month, day, hour and minute of the date in ``text``; year None when the
    date has none; None when there is no absolute date or it is ambiguous. ``order``
    reads numeric dates that could be either (5/6/2019) day or month first."""
    line = western_digits(" ".join(text[: 2 * SCAN].split()))
    match = find_date(line)
    if match is None:
        return None
    found = match.group(0)
    clock = None  # (the time printed before the day and month: "14:22h, 04 maart")
    if (time := _TIME_FIRST.match(found)) is not None:
        found, clock = found[time.end() :], (int(time.group(1)), int(time.group(2)))
    if _RELATIVE.fullmatch(found) or _DAY_WORD.fullmatch(found):
        return None  # "2 weeks ago" ("ago" is also an abbreviated month), "yesterday"
    year: int | None
    iso = re.match(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", found)
    cjk = _CJK_NUMERIC.fullmatch(found)
    if cjk is not None:  # ("2021年3月14日", "3月14日", "2021년 3월 14일")
        year = int(cjk.group(1)) if cjk.group(1) else None
        return (year, int(cjk.group(2)), int(cjk.group(3)), *_clock(line, match.end()))
    numeric = _NUMERIC.fullmatch(found)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    elif numeric:
        first, second, printed = int(numeric[1]), int(numeric[3]), numeric[4]
        year = int(printed) if len(printed) == 4 else _century(int(printed))
        dotted = numeric[2] == "." and len(printed) == 4  # 06.01.2020: European
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            month, day = first, second
        elif first > 12 or order == MONTH_FIRST:
            month, day = first, second  # (both over 12: an invalid month, None below)
        elif order == DAY_FIRST or dotted:
            day, month = first, second
        else:
            return None  # 5/6/2019, 06.01.20: either order could be meant
    else:
        thai = _thai_fields(found)
        if thai is not None:
            return (*thai, *(clock or _clock(line, match.end())))
        month, solar = 0, False
        words = re.findall(r"[^\W\d_]+\.?", found)
        for at, word in enumerate(words):
            key = word.rstrip(".").lower()
            if at + 1 < len(words) and f"{key} {words[at + 1]}" in MONTHS:
                key = f"{key} {words[at + 1]}"  # (a month of two words: "كانون الثاني")
            number = MONTHS.get(key) or _CJK_MONTHS.get(word)
            if number is not None:
                month, solar = number, key in _SOLAR_HIJRI
                break
        short = _APOSTROPHE_YEAR.search(found) or _SLASHED_YEAR.search(found)  # ("Mar '13",
        # "13/Mar/23": a year of two digits)
        if short is not None:
            found = found[: short.start()]
        numbers = [int(n) for n in re.findall(r"[0-9]+", found)]
        years = [n for n in numbers if n >= 1000]
        if short is not None:
            years.append(_century(int(short.group(1))))
        days = [n for n in numbers if n < 100]
        if not month or len(years) > 1 or len(days) != 1:
            return None
        year, day = (years[0] if years else None), days[0]
        if solar:  # ("۲۱ آذر ۱۴۰۲": a Solar Hijri date, read in the Gregorian calendar)
            gregorian = _from_solar_hijri(year, month, day) if year is not None else None
            if gregorian is None:
                return None
            year, month, day = gregorian
    return (year, month, day, *(clock or _clock(line, match.end())))


def _from_solar_hijri(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """The Gregorian year, month and day of a Solar Hijri date (the calendar of Iran and
    Afghanistan), by the arithmetic rule of 33-year cycles; None for no such date (a
    year past 1700 is a Gregorian year beside a word that also names a month).

    >>> _from_solar_hijri(1402, 9, 21), _from_solar_hijri(1403, 1, 1)
    ((2023, 12, 12), (2024, 3, 20))
    """
    if not (1 <= year < 1700 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    cycle = year + 1595
    days = -355668 + 365 * cycle + cycle // 33 * 8 + (cycle % 33 + 3) // 4 + day
    days += (month - 1) * 31 if month <= 6 else (month - 7) * 30 + 186
    gregorian = date.fromordinal(days - 365)
    return gregorian.year, gregorian.month, gregorian.day


_THAI_FIELDS = re.compile(
    rf"[0-9]{{1,2}} ?({_THAI_MONTH})(?: ?(พ\.ศ\. ?|ค\.ศ\. ?)?([0-9]{{4}}|[0-9]{{2}}))?"
)
_THAI_MONTH_NUMBERS = {name: number for number, names in _THAI_MONTHS.items() for name in names}


def _thai_fields(found: str) -> tuple[int | None, int, int] | None:
    """Year, month and day of a Thai date (`_THAI_DATE`); None for any other text. A year
    of two digits is the Buddhist era's ("12 ม.ค. 67": 2567, so 2024) unless "ค.ศ." (the
    Christian era) stands before it; one of four is read as printed (`_make` reads a
    Buddhist-era one).

    >>> _thai_fields("5 มีนาคม 2567"), _thai_fields("12 ม.ค. 67"), _thai_fields("5 Mar 2024")
    ((2567, 3, 5), (2024, 1, 12), None)
    """
    match = _THAI_FIELDS.fullmatch(found)
    if match is None:
        return None
    month = _THAI_MONTH_NUMBERS[match.group(1).rstrip(".")]
    day = int(found[: found.index(match.group(1))].strip())
    printed = match.group(3)
    year: int | None = int(printed) if printed else None
    if printed and len(printed) == 2:
        christian = (match.group(2) or "").startswith("ค")
        year = 2000 + int(printed) if christian else 2500 + int(printed) - 543
    return year, month, day


_TIME_FIRST = re.compile(r"([0-9]{1,2})[:.]([0-9]{2})h?, ")  # a date's time printed before it
_CJK_NUMERIC = re.compile(r"(?:([0-9]{4}) ?[年년] ?)?([0-9]{1,2}) ?[月월] ?([0-9]{1,2}) ?[日일]")
_APOSTROPHE_YEAR = re.compile(r"['’]([0-9]{2})$")
# a year of two digits after a month's name and a slash or dash: "13/Mar/23", "04-Jan-21"
_SLASHED_YEAR = re.compile(r"(?<=[^\W\d_])\.?[/-]([0-9]{2})$")


def _century(two_digits: int) -> int:
    return 2000 + two_digits if two_digits < 70 else 1900 + two_digits


def _clock(line: str, after: int) -> tuple[int, int]:
    """The hour and minute printed after position ``after`` (0, 0 without a time)."""
    time = _TIME.search(line, after)
    if time is None:
        return 0, 0
    clock = re.match(r"([0-9]{1,2})[:.h]([0-9]{2})", time.group(0))
    assert clock is not None
    hour, minute = int(clock.group(1)), int(clock.group(2))
    suffix = time.group(0)[clock.end() :].strip().lower().replace(".", "")
    if suffix == "pm" and hour < 12:
        hour += 12
    elif suffix == "am" and hour == 12:
        hour = 0
    if "下午" in line[time.start() - 3 : time.end() + 3] and hour < 12:
        hour += 12
    after_time = line[time.end() : time.end() + 8].split(" ", 2)  # ("10:24 م", "10:24 ب.ظ")
    meridiem = after_time[1] if len(after_time) > 1 and not after_time[0] else ""
    if meridiem in _MERIDIEM_PM and meridiem != "pm" and hour < 12:
        hour += 12
    elif meridiem in _MERIDIEM_AM and meridiem != "am" and hour == 12:
        hour = 0
    return hour, minute


def _make(year: int, month: int, day: int, hour: int, minute: int) -> datetime | None:
    if year >= 2400:  # a year of the Buddhist era, as Thai pages print it (2567 is 2024)
        year -= 543
    try:
        return datetime(year, month, day, hour, minute)
    except (ValueError, TypeError):
        return None


#: How `resolve_date` got its answer.
PRINTED = "printed"  #: the whole date is in the text
FROM_CRAWL_DATE = "crawl_date"  #: a relative date or a missing year, read against the crawl date
PAGE_ORDER = "page_order"  #: a numeric date read in the order the page's other dates show

_RELATIVE = re.compile(
    rf"(?i)(?:([0-9]{{1,3}}) ?({_UNIT}|{_UNIT_CUT}) {_AGO}"
    rf"|{_AGO_BEFORE_ANY} ([0-9]{{1,3}}) ({_UNIT_CUT}|{_UNIT})"
    rf"|(?:för|for) ([0-9]{{1,3}}) ({_UNIT}) (?:sedan|siden)"
    rf"|([0-9]{{1,3}}) ?({_CJK_UNIT}) ?前|([0-9]{{1,3}}) ?({_KOREAN_UNIT}) ?전)"
)
_DAYS_BACK = dict.fromkeys(
    (
        "yesterday", "gestern", "ayer", "ontem", "вчера", "вчора", "wczoraj", "včera",
        "gisteren", "igår", "i går", "dün", "hier à", "ieri", "昨天", "昨日",
        "دیروز", "ديروز", "أمس", "امس", "البارحة",
    ),
    1,
) | {"前天": 2, "پریروز": 2, "پريروز": 2, "أول أمس": 2} | _THAI_DAYS_BACK  # fmt: skip
_UNIT_STEMS = (  # (stem, unit): the first stem a unit word starts with decides
    # Indonesian and Malay first ("detik" is no "d"ay, "minggu" no "min"ute)
    ("detik", "seconds"), ("menit", "minutes"), ("jam", "hours"), ("hari", "days"),
    ("mingg", "weeks"), ("bulan", "months"), ("tahun", "years"),
    ("sec", "seconds"), ("sek", "seconds"), ("seg", "seconds"), ("min", "minutes"),
    ("hour", "hours"), ("hr", "hours"), ("stund", "hours"), ("hora", "hours"),
    ("heure", "hours"), ("day", "days"), ("tag", "days"), ("día", "days"), ("dia", "days"),
    ("jour", "days"), ("week", "weeks"), ("woch", "weeks"), ("seman", "weeks"),
    ("month", "months"), ("monat", "months"), ("mes", "months"), ("mois", "months"),
    ("year", "years"), ("jahr", "years"), ("año", "years"), ("ano", "years"), ("an", "years"),
    # Russian and Ukrainian ("годин": hours, before "год": a year)
    ("сек", "seconds"), ("мин", "minutes"), ("хвил", "minutes"), ("час", "hours"),
    ("годин", "hours"), ("д", "days"), ("недел", "weeks"), ("тиж", "weeks"),
    ("міс", "months"), ("мес", "months"), ("год", "years"), ("лет", "years"),
    ("рік", "years"), ("рок", "years"),
    # units cut short with a full stop ("godz.", "std.", "ч.", "hod.", `_UNIT_CUT`)
    ("godz", "hours"), ("std", "hours"), ("ч", "hours"), ("hod", "hours"), ("tyg", "weeks"),
    ("mies", "months"), ("mon", "months"), ("wk", "weeks"),
    # Polish, Czech, Dutch, the Scandinavian languages, Turkish
    ("godzin", "hours"), ("hodin", "hours"), ("uur", "hours"), ("tim", "hours"),
    ("saat", "hours"), ("dakika", "minutes"), ("saniye", "seconds"), ("d", "days"),
    ("gün", "days"), ("ty", "weeks"), ("týd", "weeks"), ("wek", "weeks"), ("ve", "weeks"),
    ("u", "weeks"), ("hafta", "weeks"), ("miesi", "months"), ("měs", "months"),
    ("maand", "months"), ("mån", "months"), ("ay", "months"), ("rok", "years"),
    ("lat", "years"), ("let", "years"), ("jaar", "years"), ("jar", "years"), ("år", "years"),
    ("yıl", "years"), ("yil", "years"),
    # Italian, Romanian, Finnish, Vietnamese ("ore", "ora", "oră": hours; "zi": days)
    ("or", "hours"), ("gior", "days"), ("sett", "weeks"), ("zi", "days"), ("săpt", "weeks"),
    ("lun", "months"), ("tun", "hours"), ("päiv", "days"), ("viik", "weeks"),
    ("kuuk", "months"), ("vuo", "years"), ("giây", "seconds"), ("phút", "minutes"),
    ("giờ", "hours"), ("ngày", "days"), ("tuần", "weeks"), ("tháng", "months"),
    ("năm", "years"),
    # Chinese, Japanese and Korean (`_CJK_UNIT`, `_KOREAN_UNIT`)
    ("秒", "seconds"), ("分", "minutes"), ("小", "hours"), ("時", "hours"), ("天", "days"),
    ("日", "days"), ("个星", "weeks"), ("個星", "weeks"), ("星", "weeks"), ("周", "weeks"),
    ("週", "weeks"), ("个", "months"), ("個", "months"), ("か", "months"), ("ヶ", "months"),
    ("ヵ", "months"), ("カ", "months"), ("ケ", "months"), ("月", "months"), ("年", "years"),
    ("초", "seconds"), ("분", "minutes"), ("시", "hours"), ("일", "days"), ("주", "weeks"),
    ("개", "months"), ("달", "months"), ("년", "years"),
    # Persian and Arabic (`_arabic_spellings`: ی and ي alike)
    ("ثان", "seconds"), ("ثوا", "seconds"), ("دقی", "minutes"), ("دقي", "minutes"),
    ("دقا", "minutes"), ("ساع", "hours"), ("روز", "days"), ("يوم", "days"), ("أيا", "days"),
    ("ايا", "days"), ("هفت", "weeks"), ("أسب", "weeks"), ("اسب", "weeks"), ("أسا", "weeks"),
    ("اسا", "weeks"), ("ماه", "months"),
    ("شه", "months"), ("أشه", "months"), ("اشه", "months"), ("سال", "years"),
    ("سن", "years"), ("عام", "years"), ("أعو", "years"), ("اعو", "years"),
    *_THAI_UNIT_STEMS,
)  # fmt: skip


def resolve_date(
    text: str, crawl_date: datetime | None, order: str | None = None
) -> tuple[datetime | None, str | None]:
    """The datetime of a date as printed, using the crawl date where the text needs one.

    Returns ``(when, basis)``: basis `PRINTED` when the text holds the whole date,
    `PAGE_ORDER` when it is a numeric date that could be read either way (5/6/2019),
    read in ``order`` (`DAY_FIRST` or `MONTH_FIRST`: see `page_order`),
    `FROM_CRAWL_DATE` when it was a relative date ("2 weeks ago", "vor 3 Tagen",
    "yesterday") counted back from ``crawl_date`` or a date without a year given the
    latest year that puts it no later than ``crawl_date``; ``(None, None)`` otherwise.

    >>> crawled = datetime(2021, 3, 10, 12, 0)
    >>> resolve_date("2 weeks ago", crawled)
    (datetime.datetime(2021, 2, 24, 12, 0), 'crawl_date')
    >>> resolve_date("Jun 20th at 2:41 am", crawled)
    (datetime.datetime(2020, 6, 20, 2, 41), 'crawl_date')
    >>> resolve_date("1 ano atrás", crawled)[0]
    datetime.datetime(2020, 3, 10, 12, 0)
    """
    fields = _read(text)
    ordered = _read(text, order) if order is not None else None
    if ordered is not None and ordered != fields and ordered[0] is not None:
        when = _make(ordered[0], *ordered[1:])
        return (when, PAGE_ORDER) if when is not None else (None, None)
    if fields is not None and fields[0] is not None:
        when = _make(fields[0], *fields[1:])
        return (when, PRINTED) if when is not None else (None, None)
    if crawl_date is None:
        return None, None
    if fields is not None:  # a day and month without a year
        _, month, day, hour, minute = fields
        for year in (crawl_date.year, crawl_date.year - 1):
            when = _make(year, month, day, hour, minute)
            if when is not None and when.date() <= crawl_date.date():
                return when, FROM_CRAWL_DATE
        return None, None
    return _relative(western_digits(" ".join(text[: 2 * SCAN].split())), crawl_date)


def is_relative(text: str) -> bool:
    """A date counted back from the day the page was seen: an age ("3 days ago", "vor 3
    Tagen", "3日前") or a day word ("yesterday", "昨日"), no day of its own.

    >>> is_relative("3日前"), is_relative("yesterday"), is_relative("2024年3月12日 09:14")
    (True, True, False)
    """
    if _read(text) is not None:
        return False
    line = western_digits(" ".join(text[: 2 * SCAN].split()))
    return (
        _RELATIVE.search(line) is not None
        or _DAY_WORD.search(line) is not None
        or _THAI_AGE.search(line) is not None
    )


def _relative(line: str, crawl_date: datetime) -> tuple[datetime | None, str | None]:
    match = _RELATIVE.search(line) or _THAI_AGE.search(line)  # (the Thai one: groups 1 and 2)
    if match is None:
        day_word = _DAY_WORD.search(line)
        if day_word is None:
            return None, None
        back = _DAYS_BACK.get(day_word.group(0).lower(), 0)
        hour, minute = _clock(line, day_word.end())
        start = crawl_date - timedelta(days=back)
        if _TIME.search(line, day_word.end()) is None:
            return start.replace(hour=0, minute=0, second=0, microsecond=0), FROM_CRAWL_DATE
        return start.replace(hour=hour, minute=minute, second=0, microsecond=0), FROM_CRAWL_DATE
    count = int(match[1] or match[3] or match[5] or match[7] or match[9])
    word = (match[2] or match[4] or match[6] or match[8] or match[10]).lower()
    unit = next((u for stem, u in _UNIT_STEMS if word.startswith(stem)), None)
    if unit is None:  # (a unit cut short that no stem reads: "5 xy. ago")
        return None, None
    if unit == "months" or unit == "years":
        months = count * (12 if unit == "years" else 1)
        index = crawl_date.year * 12 + crawl_date.month - 1 - months
        year, month = divmod(index, 12)
        day = min(crawl_date.day, monthrange(year, month + 1)[1]) if year >= 1 else 1
        if year < 1:
            return None, None
        return crawl_date.replace(year=year, month=month + 1, day=day), FROM_CRAWL_DATE
    try:
        return crawl_date - timedelta(**{unit: count}), FROM_CRAWL_DATE
    except OverflowError:
        return None, None


def parse_iso(text: str) -> datetime | None:
    """An ISO 8601 date and time (a WARC-Date) as a naive UTC datetime; None when
    malformed.

    >>> parse_iso("2024-03-01T12:00:00Z"), parse_iso("yesterday")
    (datetime.datetime(2024, 3, 1, 12, 0), None)
    """
    try:
        when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc).replace(tzinfo=None)
    return when
