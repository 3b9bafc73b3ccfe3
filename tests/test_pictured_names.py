"""A rank glued to the name, the name spelled by the avatar's text over it
(`names._unglue_pictured`): a Q&A site prints each answer's avatar (its alternative
text "Avatar of NAME", "Аватар пользователя NAME", or "NAME's picture") over a line
where the name's link and the member's level follow each other with no space
("ОльгаПрофи (804)3 года назад"). The line over the header spells the name alone, so
the glued word is no part of it. And where a post's name is guessed from the lines over
its date (`posts.authors._likeliest_name`), the line its picture's text spells
("ねこまるさんのプロフィール画像" over "ねこまるさん") beats a badge nearer the date
("カテゴリマスター"; the English page was read right before, by the picture words
`posts.shapes` knows: a guard). Invented pages; the negative cases are names written in
camel case with no picture over them, and a picture's text that names somebody else."""

from __future__ import annotations

import threadparse

RUSSIAN = """\
Ответы

Почему запотевают окна зимой?

Вопрос задан 2 года назад

Лучший ответ

{pic_a}
{a}Мыслитель (6543)2 года назад
Влажность в квартире выше пятидесяти процентов, проветривайте утром и вечером.

Остальные ответы

{pic_b}
{b}Профи (804)2 года назад
Поставьте гигрометр, он стоит копейки и сразу всё покажет.

{pic_c}
{c}Ученик (142)2 года назад
У нас помог новый стеклопакет, старые рамы дуют.

{pic_d}
{d}Знаток (315)1 год назад
Проверьте вытяжку на кухне, бумажкой к решётке.

Новые вопросы
"""

ENGLISH = """\
Garden Answers

Why do my tomato leaves curl upwards?

Best answer

{pic_a}
{a}Sage (2104)3 years ago
Heat stress, most likely. It is harmless if the new growth looks normal.

Other answers

{pic_b}
{b}Sprout (12)3 years ago
Mine did that after I pruned too hard in July.

{pic_c}
{c}Grower (388)2 years ago
Check for broad mites with a lens before you blame the weather.
"""


def _authors(text: str) -> list[str | None]:
    return [comment.author for comment in threadparse.parse(text).walk()]


def test_names_under_their_pictures_lose_the_glued_rank() -> None:
    names = ["Андрей Смирнов", "Ольга", "Марина_88", "Дмитрий К."]
    pictures = {
        f"pic_{key}": f"Аватар пользователя {name}" for key, name in zip("abcd", names, strict=True)
    }
    page = RUSSIAN.format(**pictures, **dict(zip("abcd", names, strict=True)))
    assert _authors(page) == names


def test_possessive_pictures_in_english() -> None:
    names = ["Maya Ortega", "hollis_k", "Ben T."]
    pictures = {f"pic_{key}": f"{name}'s avatar" for key, name in zip("abc", names, strict=True)}
    page = ENGLISH.format(**pictures, **dict(zip("abc", names, strict=True)))
    assert _authors(page) == names


def test_camel_case_names_without_pictures_are_kept() -> None:
    names = ["DarkKnight", "SilverFox", "BlueMoon"]
    page = ENGLISH.replace("Sage", "").replace("Sprout", "").replace("Grower", "")
    page = page.format(pic_a="", pic_b="", pic_c="", **dict(zip("abc", names, strict=True)))
    assert _authors(page) == names


def test_a_picture_of_somebody_else_cuts_nothing() -> None:
    names = ["Maya Ortega", "hollis_k", "Ben T."]
    pictures = {f"pic_{key}": "Avatar of Sam" for key in "abc"}
    page = ENGLISH.format(**pictures, **dict(zip("abc", names, strict=True)))
    assert _authors(page) == [f"{name}{rank}" for name, rank in zip(names, _RANKS, strict=True)]


_RANKS = ("Sage", "Sprout", "Grower")


ANSWERS = """\
Helpful Answers

How do I stop my sourdough from spreading flat?

Answers: 4

Best answer

{pic_a}

{a}

Category master

Answered: 2021/3/14 13:45

Shape it tighter and give it a cold night in the fridge before baking.

{pic_b}

{b}

Answered: 2021/3/14 14:02

Your starter may be past its peak. Feed it and bake when it has doubled.

{pic_c}

{c}

Rising Star

Answered: 2021/3/15 08:10

Use a banneton. The dough needs the support while it rises.

{pic_d}

{d}

Answered: 2021/3/16 19:31

Less water. Seventy percent hydration is a lot for a first loaf.
"""


def test_the_name_under_its_picture_beats_a_badge_nearer_the_date() -> None:
    names = ["Mei Tanaka", "bakerbob", "Ola Nord", "Rin"]
    pictures = {
        f"pic_{key}": f"{name}'s profile picture" for key, name in zip("abcd", names, strict=True)
    }
    page = ANSWERS.format(**pictures, **dict(zip("abcd", names, strict=True)))
    assert _authors(page) == names


def test_the_name_under_its_picture_in_a_spaceless_script() -> None:
    names = ["ねこまるさん", "ID非公開さん", "さくらさん", "hanaさん"]
    pictures = {
        f"pic_{key}": f"{name}のプロフィール画像" for key, name in zip("abcd", names, strict=True)
    }
    page = ANSWERS.format(**pictures, **dict(zip("abcd", names, strict=True)))
    assert _authors(page) == names
