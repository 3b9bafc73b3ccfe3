"""Shapes of comment sections first seen on systems no page of the corpus came from
(tests/heldout9): a date whose month's name stands between slashes ("13/Mar/23", as
issue trackers, server logs and wikis print it); a header repeated by the page in a
collapsed copy of each comment; a note after a header's date ("- edited", "Restricted
to Developers"); one-line posts (a tag, a handle, a colon, the text, an address and a
date closing the line, as bulletin boards print their replies); an age led by its word
glued to the name ("Marisol Echeverríahace 4 meses"); a verb of Chinese letters glued
after every name and a count glued after some ages ("ann发表于2 年前3"). Invented pages."""

from __future__ import annotations

from datetime import datetime

import threadparse
from threadparse.dates import find_date, parse_date


def comments(text: str) -> list[tuple[str | None, str]]:
    """The comments read off a page: author and the first words of the text."""
    page = threadparse.parse(text)
    return [(c.author, " ".join(c.text.split())[:24]) for c in page.walk() if c.kind == "comment"]


def test_month_name_between_slashes() -> None:
    assert find_date("Ann Lee added a comment - 13/Mar/23 11:15 AM").group(0) == "13/Mar/23"
    assert parse_date("13/Mar/23 4:47 PM") == datetime(2023, 3, 13, 16, 47)
    assert parse_date("20/mars/23 09:15") == datetime(2023, 3, 20, 9, 15)
    assert parse_date("04-Jan-2021") == datetime(2021, 1, 4)
    assert find_date("version 1/2/3 of the plan") is None


TRACKER = """\
Dashboards Projects Issues

OAK-88 Exports time out on large boards

Details

  • Type: Bug
  • Status: Open

Activity

{a} added a comment - 02/Feb/24 9:10 AM{note_a}

The export of a board with 400 cards never finishes; the request dies after a minute.

Permalink
{a} added a comment - 02/Feb/24 9:10 AM The export of a board with 400 cards never ...
{b} added a comment - 02/Feb/24 10:45 AM

Which format did you pick? The spreadsheet one builds the whole file in memory.

Permalink
{b} added a comment - 02/Feb/24 10:45 AM Which format did you pick? The spreadsheet ...
{c} added a comment - 03/Feb/24 4:02 PM{note_c}

Same here with the plain text format, so it is not only the spreadsheet.

Permalink
{c} added a comment - 03/Feb/24 4:02 PM Same here with the plain text format, so it ...
{a} added a comment - 05/Feb/24 8:30 AM

Streaming the rows fixed it on the test server; a board of 900 cards exports in 12 seconds.

Permalink
{a} added a comment - 05/Feb/24 8:30 AM Streaming the rows fixed it on the test ...
{b} added a comment - 06/Feb/24 1:15 PM

Confirmed on the production board as well, closing this.

Permalink
{b} added a comment - 06/Feb/24 1:15 PM Confirmed on the production board as well, ...

People
Assignee: Unassigned
"""

TRACKER_NAMES = dict(a="Tamsin Rourke", b="Ilya Varga", c="Odile Marchetti")


def test_tracker_comments_with_slashed_dates() -> None:
    page = TRACKER.format(note_a="", note_c="", **TRACKER_NAMES)
    assert [author for author, _ in comments(page)] == [
        "Tamsin Rourke", "Ilya Varga", "Odile Marchetti", "Tamsin Rourke", "Ilya Varga",
    ]  # fmt: skip


SPELLED = {"02/Feb/24": "Feb 2, 2024", "03/Feb/24": "Feb 3, 2024", "05/Feb/24": "Feb 5, 2024",
           "06/Feb/24": "Feb 6, 2024"}  # fmt: skip


def spelled(page: str) -> str:
    """The page with its dates as "Feb 2, 2024" (read before these changes too)."""
    for slashed, date in SPELLED.items():
        page = page.replace(slashed, date)
    return page


def test_notes_after_the_date_keep_their_comments() -> None:
    page = spelled(
        TRACKER.format(note_a=" - edited", note_c=" Restricted to Developers", **TRACKER_NAMES)
    )
    assert comments(page) == [
        ("Tamsin Rourke", "The export of a board wi"),
        ("Ilya Varga", "Which format did you pic"),
        ("Odile Marchetti", "Same here with the plain"),
        ("Tamsin Rourke", "Streaming the rows fixed"),
        ("Ilya Varga", "Confirmed on the product"),
    ]


WRAPPED_COPIES = """\
Activity

Collapse comment: {a}
[useravatar] {a} added a comment - 02/Feb/24 9:10 AM

The export of a board with 400 cards never finishes; the request dies after a
minute.

Permalink
Expand comment: {a}
[useravatar] {a} added a comment - 02/Feb/24 9:10 AM The
export of a board with 400 cards never ...
Collapse comment: {b}
[useravatar] {b} added a comment - 02/Feb/24 10:45 AM

Which format did you pick? The spreadsheet one builds the whole file in memory.

Permalink
Expand comment: {b}
[useravatar] {b} added a comment - 02/Feb/24 10:45 AM Which
format did you pick? The spreadsheet ...
Collapse comment: {c}
[useravatar] {c} added a comment - 03/Feb/24 4:02 PM

Same here with the plain text format, so it is not only the spreadsheet.

Permalink
Expand comment: {c}
[useravatar] {c} added a comment - 03/Feb/24 4:02 PM Same
here with the plain text format, so it ...
Collapse comment: {a}
[useravatar] {a} added a comment - 05/Feb/24 8:30 AM

Streaming the rows fixed it on the test server; a board of 900 cards exports
in 12 seconds.

Permalink
Expand comment: {a}
[useravatar] {a} added a comment - 05/Feb/24 8:30 AM Streaming
the rows fixed it on the test ...

People
"""


def test_collapsed_copies_are_no_comments() -> None:
    """w3m wraps each collapsed copy after a word or two of its text: the header again,
    its author and date to the minute, and the first words of the comment's text."""
    page = spelled(WRAPPED_COPIES.format(**TRACKER_NAMES))
    assert [author for author, _ in comments(page)] == [
        "Tamsin Rourke", "Ilya Varga", "Odile Marchetti", "Tamsin Rourke",
    ]  # fmt: skip


BOARD = """\
批踢踢實業坊 › 看板 Cycling

作者 riverbend (河灣) 看板 Cycling
標題 [問題] 第一次騎武嶺要準備什麼
時間 Sat Apr 6 09:12:40 2024

下個月想從埔里出發騎武嶺，平常一週騎兩次，每次大約六十公里，想請問補給跟齒比要怎麼準備比較好，謝謝大家。

--
※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 1.160.22.41 (臺灣)
推 hillclimb_ya: 齒比至少換到 34-32，後段很陡 36.224.10.8 04/06 09:30
推 maple_rider: 補給在清境跟鳶峰都有，水帶兩瓶就夠 114.32.5.77 04/06 09:41
→ hillclimb_ya: 早點出發，下午山上容易起霧 36.224.10.8 04/06 09:43
※ 編輯: riverbend (1.160.22.41 臺灣), 04/06/2024 10:02:11
噓 slowpoke77: 平常只騎六十公里可能會很辛苦 27.51.3.90 04/06 10:15
推 riverbend: 謝謝大家，我先去練幾次爬坡 1.160.22.41 04/06 10:20
"""


def test_one_line_posts() -> None:
    """Each reply is one line: a tag, the handle and a colon, the text, the poster's
    address and the date (no year) closing it; an edit note between them, dated
    otherwise, is no reply."""
    assert comments(BOARD) == [
        ("hillclimb_ya", "齒比至少換到 34-32，後段很陡"),
        ("maple_rider", "補給在清境跟鳶峰都有，水帶兩瓶就夠"),
        ("hillclimb_ya", "早點出發，下午山上容易起霧"),
        ("slowpoke77", "平常只騎六十公里可能會很辛苦"),
        ("riverbend", "謝謝大家，我先去練幾次爬坡"),
    ]


AGES = """\
La Panera de Vera

Cómo alimentar la masa madre en verano

Con calor la masa madre sube en tres horas: aliméntala con agua fría y menos harina.

4 comentarios

{a}hace 5 meses
Yo la guardo en la nevera entre tomas y va perfecta.
2 Responder
{b}hace 4 meses
¿Cuánta agua fría le pones por cada cien gramos de harina?
Responder
{c}hace 2 semanas(editado)
Mi cocina llega a 30 grados y con agua fría me funciona muy bien.
1 Responder
{a}hace 1 semana
Con ochenta gramos de agua fría basta.
Responder
"""


def test_age_led_by_its_word_glued_to_the_name() -> None:
    page = AGES.format(a="Olalla Ferreira", b="Quique Bernal", c="Amparo Lucena")
    assert [author for author, _ in comments(page)] == [
        "Olalla Ferreira", "Quique Bernal", "Amparo Lucena", "Olalla Ferreira",
    ]  # fmt: skip


GLUED_VERB = """\
樹莓派筆記

用 SSD 啟動樹莓派 4

把系統搬到 SSD 之後，開機時間從四十秒降到十五秒。

6 条评论

avatar
{a}发表于2 年前3

请问用的是哪一款硬盘盒？我的盒子老是掉盘。

avatar
{b}发表于2 年前

硬盘盒要选支持 UASP 的芯片，不然速度上不去。

avatar
{c}发表于1 年前1

换了电源之后就再也没有掉过盘了，供电很重要。

avatar
{a}发表于11 个月前

谢谢，我换了官方电源试试看。

avatar
{d}发表于8 个月前2

跟着教程一次成功，感谢博主。

avatar
{b}发表于3 个月前

有问题可以在这里继续留言。
"""


def test_verb_glued_after_every_name_and_counts_after_ages() -> None:
    page = GLUED_VERB.format(a="qinghe-dev", b="maple_k", c="Shanwei", d="byteowl")
    assert [author for author, _ in comments(page)] == [
        "qinghe-dev", "maple_k", "Shanwei", "qinghe-dev", "byteowl", "maple_k",
    ]  # fmt: skip
