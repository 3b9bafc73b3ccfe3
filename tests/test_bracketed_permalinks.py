"""A diary host's comments (as resiliparse prints them): each header a name, a flag's
text, a date with the year's abbreviation and the time, then the permalink in brackets
("анна ru 27 июля 2012 г. 23:53:34 [ постоянная ссылка ]"), the body one short line, and
the same controls closing every comment. The bracketed control ends a header, not a
sentence, however many small words the line holds. Invented page, names and text."""

from __future__ import annotations

import threadparse
from threadparse.posts.prose import is_prose

NBSP = "\u00a0"
COMMENTS = [
    ("анна", "27 июля 2012 г. 23:53:34", "красный крест на нём нарисуй"),
    ("Медленный Ёж", "28 июля 2012 г. 00:25:23", "Нет, мама не оценит, надо другую ткань."),
    ("анна", "28 июля 2012 г. 01:42:59", "о, ты старую аватарку вернул"),
    ("Ю......", "28 июля 2012 г. 01:44:09", "было такое, да"),
    ("Медленный Ёж", "28 июля 2012 г. 02:10:00", "Ладно, завтра куплю новую ткань на рынке."),
]


def _diary() -> str:
    out = ["~Дневник~", "", "Запись 164", "", "Сегодня шила покрывало весь вечер.", ""]
    for name, date, body in COMMENTS:
        out += [f"{name}{NBSP}ru{NBSP}{date} [{NBSP}постоянная ссылка{NBSP}]"]
        out += [f"{NBSP}\t\t{body}", "\t\tОпции\t\tПрокомментировать"]
    return "\n".join([*out, "", "Вход  Регистрация", ""])


def test_a_header_closed_by_a_bracketed_permalink_is_no_sentence() -> None:
    line = f"анна{NBSP}ru{NBSP}27 июля 2012 г. 23:53:34 [{NBSP}постоянная ссылка{NBSP}]"
    assert not is_prose(line)
    assert is_prose("я нашла его на рынке [ и купила ] за копейки, как обычно бывает.")


def test_short_comments_under_bracketed_permalinks() -> None:
    page = threadparse.parse(_diary())
    assert [c.author for c in page.walk()][-len(COMMENTS) :] == [n for n, _, _ in COMMENTS]
    bodies = [c.text.split("\n")[0] for c in page.walk()][-len(COMMENTS) :]
    assert bodies == [b for _, _, b in COMMENTS]
