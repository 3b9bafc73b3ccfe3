"""A header line closed by a note in parentheses holding a number after its date: the
age since the post before ("Ann · 13-Сен-08 19:57 (спустя 1 месяц 13 дней)", "Ann ·
May 3, 2009 9:12 (2 months later)"). The line is a header, not a sentence of a body,
whatever case its name is written in, so each post of the board stands apart, however
short its body. (A note that holds a date of its own, "(last modified 3 years ago)",
is left as it was: an article's byline prints one.) Invented board, names and text."""

from __future__ import annotations

import pytest

import threadparse

POSTS = [
    ("wasdzx", "Я думаю, что релизеру всегда приятны спасибы от тех, кто качает, но их мало."),
    ("Skorp79", "Спасибо обязательно скачаю."),
    ("hardrain19", "При всём уважении к чтецу, слушать в таком темпе мне было трудно."),
    ("leavleav", "Качаю, потом отпишусь."),
    ("olga_k", "Спасибо за раздачу, книга прочитана очень хорошо и с душой, слушала два вечера."),
]
MONTHS = ["Сен", "Янв", "Май", "Окт", "Дек"]


def _board(notes: list[str]) -> str:
    out = ["Аудиокниги", "", "Тема: Пикник на обочине", ""]
    for (name, body), month, note in zip(POSTS, MONTHS, notes, strict=True):
        out += [name, "", "Стаж: 15 лет", "", "Сообщений: 12", ""]
        out += [f"{name} · 13-{month}-09 19:57 ({note})", "", "  • [Цитировать]", body]
        out += ["[Профиль]  [ЛС] ", ""]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(
    "notes",
    [
        ["спустя 1 месяц 13 дней", "спустя 4 месяца 2 дня", "спустя 1 год", "спустя 3 дня",
         "спустя 14 дней"],
        ["2 months later", "3 days later", "1 year later", "5 hours later", "2 replies"],
    ],
)  # fmt: skip
def test_each_post_of_a_board_with_age_notes(notes: list[str]) -> None:
    page = threadparse.parse(_board(notes))
    assert [c.author for c in page.walk()] == [name for name, _ in POSTS]
