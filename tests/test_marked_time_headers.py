"""Headers of one word (a handle) before a date whose time stands after a mark: "Ann,
05.03.2024 - 14:22", "bo_k 3 april 2024 @ 09:10", "Ann | 2024-03-05 | 14:22" (a diary's or a
board's comments). The word changes down the page, so it names the poster
(`posts.templates._name_dates`); the mark before the time is no number closing the line
(`_TIME_SHAPE`). Invented pages."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

COMMENT = """\
{name}, {date} {mark} {time}
{body}
{controls}
"""

ROWS = [
    ("Вера_К", "05.03.2024", "14:22", "Спасибо за рецепт, пирог получился с первого раза."),
    ("Ниночка", "05.03.2024", "16:40", "А можно заменить творог на рикотту, как вы думаете?"),
    ("Вера_К", "05.03.2024", "19:05", "Можно, только отожмите её получше, она более влажная."),
    ("Сергей_П", "06.03.2024", "08:31", "Пёк в выходные, семья съела за вечер и просила ещё."),
    (
        "Ниночка",
        "06.03.2024",
        "11:47",
        "Попробовала с рикоттой, вышло даже нежнее, чем с творогом.",
    ),
]


@pytest.mark.parametrize("mark", ["-", "–", "@", "|"])
def test_one_word_headers_with_a_marked_time(mark: str) -> None:
    text = "Творожный пирог\n\nКомментарии (5)\n\n" + "".join(
        COMMENT.format(
            name=name, date=date, mark=mark, time=time, body=body, controls="Ответить Цитировать"
        )
        for name, date, time, body in ROWS
    )
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [(row[0], 0) for row in ROWS]
    assert_nothing_lost(page, text)
