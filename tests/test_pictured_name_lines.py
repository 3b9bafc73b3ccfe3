"""A picture's alternative text printed on the line over its owner's name: "WORDS NAME"
(an avatar's "user avatar NAME", in whatever language) over the name itself. The
words before the name are the template's, the name is the part printed again on the
line under it — there perhaps twice, glued (a profile link and the page's hidden copy
of the name: "Ann LeeAnn Lee", `names._named_again_below`). A name closed by its
surname's initial ("Tomasz K.") makes such a line end with a dot: a name still, no
sentence (`names.looks_like_name`).

Every fixture here is invented, in the shapes resiliparse and w3m print a Q&A site's
answer cards ("answered DATE" over the avatar's text over the name twice over the
reputation) and a block theme's comment list (the avatar's text over the name, no
date in the main-content dump).
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost
from threadparse.names import looks_like_name

# A Q&A page in Ukrainian: "Аватар користувача NAME" over "NAMENAME" on each card.
QA_UK = """\
Питання та відповіді

Як прибрати порожні рядки з CSV перед імпортом?

Поставити питання
4

Імпорт падає на порожніх рядках у кінці файлу. Як їх прибрати без ручного редагування?

  • csv
  • python
Поділитися
Покращити питання
поставлено 12 квіт. 2024 о 08:05
Аватар користувача Тарас Гнатюк
Тарас ГнатюкТарас Гнатюк
1,20433 срібних знаки1111 бронзових знаків
3 відповіді3

5

Прочитайте файл і відкиньте рядки, у яких після strip нічого не лишилося:

rows = [r for r in reader if any(cell.strip() for cell in r)]

Поділитися
Покращити відповідь
відповідь дано 12 квіт. 2024 о 08:40
Аватар користувача Олена Бойко
Олена БойкоОлена Бойко
8,31533 срібних знаки1111 бронзових знаків
3
  • 1
    Дякую, спрацювало з першого разу, навіть на файлі з Excel.
    – Тарас Гнатюк
    12 квіт. 2024 о 09:02
  • А якщо в рядку самі пробіли, його теж відкине?
    – Ігор Мельник
    12 квіт. 2024 о 09:15
  • Так, strip прибирає й пробіли, і табуляцію.
    – Олена Бойко
    12 квіт. 2024 о 09:21
Додати коментар
2

Якщо файл великий, краще робити це потоком, не читаючи його цілком у пам'ять.

Поділитися
Покращити відповідь
відповідь дано 13 квіт. 2024 о 10:11
Аватар користувача Ігор Мельник
Ігор МельникІгор Мельник
51233 срібних знаки1111 бронзових знаків
2
  • Для файлу на кілька гігабайтів це справді єдиний варіант.
    – Софія Кравець
    13 квіт. 2024 о 11:40
  • У мене файли невеликі, але за підказку дякую.
    – Тарас Гнатюк
    13 квіт. 2024 о 12:03
Додати коментар
1

У pandas є read_csv з параметром skip_blank_lines, він уже за замовчуванням увімкнений.

Поділитися
Покращити відповідь
відповідь дано 14 квіт. 2024 о 19:30
Аватар користувача Софія Кравець
Софія КравецьСофія Кравець
2,07733 срібних знаки1111 бронзових знаків

Ваша відповідь
"""

# The same cards in Bulgarian, the picture's text of other words ("Потребителски аватар").
QA_BG = """\
Въпроси и отговори

Как да обединя два речника, без да губя стойности?

Задай въпрос
3

Имам два речника с еднакви ключове и искам стойностите да се съберат в списъци.

Сподели
Подобри въпроса
зададен 3 апр 2024 в 14:20
Потребителски аватар Радослав Илиев
Радослав ИлиевРадослав Илиев
41233 сребърни значки1111 бронзови значки
3 отговора3

6

Използвайте defaultdict(list) и обходете двата речника един след друг.

Сподели
Подобри отговора
отговор даден 3 апр 2024 в 14:41
Потребителски аватар Десислава Петрова
Десислава ПетроваДесислава Петрова
9,87133 сребърни значки1111 бронзови значки
1

С речниково включване става на един ред, но се чете по-трудно.

Сподели
Подобри отговора
отговор даден 3 апр 2024 в 15:02
Потребителски аватар Калин Стоев
Калин СтоевКалин Стоев
2,10533 сребърни значки1111 бронзови значки
0

Ако ключовете не съвпадат, проверете първо с set(a) & set(b).

Сподели
Подобри отговора
отговор даден 4 апр 2024 в 09:12
Потребителски аватар Мира Ангелова
Мира АнгеловаМира Ангелова
71033 сребърни значки1111 бронзови значки

Вашият отговор
"""

# A block theme's comments, the dump without dates: the avatar's text over the name,
# one name closed by its surname's initial.
BLOCK_THEME = """\
Jak przesadzić storczyka

Wpis o przesadzaniu storczyków krok po kroku, z listą potrzebnych rzeczy.

5 odpowiedzi na „Jak przesadzić storczyka”

  1. Zdjęcie profilowe Halina Wrona
    Halina Wrona

    Czy korę trzeba moczyć przed przesadzeniem, czy można sypać suchą?

    1. Zdjęcie profilowe Marek P.
      Marek P.

      Moczę ją przez noc, wtedy lepiej trzyma wilgoć przez pierwsze dni.

  2. Zdjęcie profilowe Marek P.
    Marek P.

    Warto też obciąć suche korzenie sterylnymi nożyczkami, zanim roślina trafi do nowej doniczki.

  3. Zdjęcie profilowe Zofia
    Zofia

    Moja po przesadzeniu zgubiła dwa liście, czy to normalne?

    1. Zdjęcie profilowe Halina Wrona
      Halina Wrona

      Tak, to stres po przesadzeniu, za kilka tygodni powinna wypuścić nowy liść.

Dodaj komentarz
"""


def _named(text: str) -> list[tuple[str | None, int]]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [(c.author, c.depth) for c in page.walk()]


def test_avatar_text_over_a_doubled_name_gives_the_name() -> None:
    page = threadparse.parse(QA_UK)
    assert_nothing_lost(page, QA_UK)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Олена Бойко", 0),
        ("Тарас Гнатюк", 1),
        ("Ігор Мельник", 1),
        ("Олена Бойко", 1),
        ("Ігор Мельник", 0),
        ("Софія Кравець", 1),
        ("Тарас Гнатюк", 1),
        ("Софія Кравець", 0),
    ]


def test_avatar_text_of_other_words_gives_the_name() -> None:
    page = threadparse.parse(QA_BG)
    assert_nothing_lost(page, QA_BG)
    assert [c.author for c in page.walk()] == ["Десислава Петрова", "Калин Стоев", "Мира Ангелова"]


def test_a_name_closed_by_an_initial_under_its_avatar_text() -> None:
    assert _named(BLOCK_THEME) == [
        ("Halina Wrona", 0),
        ("Marek P.", 1),
        ("Marek P.", 0),
        ("Zofia", 0),
        ("Halina Wrona", 1),
    ]


def test_a_sentence_is_no_name_an_initial_is() -> None:
    assert looks_like_name("Zdjęcie profilowe Marek P.")
    assert not looks_like_name("I would go with plan b.")  # (a small letter: no initial)
    assert not looks_like_name("Thanks, that fixed it for me.")
    assert not looks_like_name("In reply to Marek P.")  # (a reference to a comment)


def test_a_name_line_printed_once_is_not_cut() -> None:
    """No picture's text over the cards (the name alone over the name twice): the
    authors are the names as printed, nothing cut from them."""
    text = QA_BG.replace("Потребителски аватар ", "")
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [c.author for c in page.walk()] == ["Десислава Петрова", "Калин Стоев", "Мира Ангелова"]


def test_a_line_that_is_no_name_twice_stays() -> None:
    """The line under the header is no name printed twice ("Ann LeeAnn" is no doubling:
    the halves differ), so the header's words stay the author's."""
    from threadparse.names import _once

    assert _once("Калин СтоевКалин Стоев") == "Калин Стоев"
    assert _once("Калин СтоевКалин") == "Калин СтоевКалин"
    assert _once("NomNom") == "NomNom"  # (one word repeated: a name of its own)
