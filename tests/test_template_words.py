"""Words a comment template prints beside the name that are no name, told by a shape the
page repeats: one word before every post's date, the same on each ("Old 03-14-2009,
02:29 PM #2", a status picture's text; the name in the block under the stamp:
`posts._unworded_posts`); a verb glued to the name in another language than English
("Оксана Веремееваговорит:", `lines._GLUED_VERB`), html2text wrapping it after the
avatar's picture; the line that names the post a reply answers, "Reply to NAME" or
words the page prints before two names or more that head posts of their own ("Antwort
auf NAME", `posts._mention_lines`), and a label over the name ("Author"), which is no
name either; the name's cell beside the subject's (w3m prints the profile column and
the post's side by side); a rank printed after the links of two names ("[Ann](/u/1)
Registered User"). Invented pages; the negative cases are the shapes a name of its own
takes ("Anonymous" on every post of an imageboard, the picture's "Profile photo for
NAME" over the poster's own name)."""

from __future__ import annotations

import threadparse

VB_POST = """\
{word} 0{month}-1{day}-2011, 0{hour}:15 PM \t\t  #{number}
{name}
{rank}
\u0020
Join Date: Mar 2006
Location: Leeds
Posts: 1,2{number}4
Re: Sourdough starter smells of acetone
{body}
{name} is offline \t\tReply With Quote
"""

VB_PAGE = """\
Crumb and Crust Forums\t\t\u0020
Go Back\t\t \t\tCrumb and Crust Forums > Starters and Levain
Reload this Page Sourdough starter smells of acetone
Register\t\tFAQ\t\tMembers List\t\tCalendar\t\tToday's Posts\t\tSearch

Reply
\u0020
\t\tThread Tools\t\tSearch this Thread\t\tRate Thread\t\tDisplay Modes
{posts}Reply
\u0020
Currently Active Users Viewing This Thread: 1 (0 members and 1 guests)
\u0020
All times are GMT. The time now is 09:41 PM.
Contact Us - Crumb and Crust Forums - Archive - Top
"""

VB_NAMES = ["doughgnome", "Wilhelmina_R", "doughgnome", "crumbshot", "Pell Barrow"]
VB_RANKS = ["Senior Member", "Registered User", "Senior Member", "Junior Member", "Member"]
VB_BODIES = [
    "Fed it twice a day for a week and now it smells like nail varnish. Did I kill it?",
    "It is hungry, not dead. Feed it more flour at each feed and keep it warmer.",
    "Went to 1:5:5 and it smells of yoghurt again after two days. Thanks!",
    "Mine did that too when I switched to rye. Rye ferments much faster than wheat.",
    "Good thread. Bookmarking for the next time mine sulks in the fridge.",
]


def vb_page(word: str = "Old", names: list[str] = VB_NAMES) -> str:
    posts = "".join(
        VB_POST.format(
            word=word,
            month=3 + n // 3,
            day=n,
            hour=1 + n,
            number=n + 1,
            name=name,
            rank=rank,
            body=body,
        )
        for n, (name, rank, body) in enumerate(zip(names, VB_RANKS, VB_BODIES, strict=True))
    )
    return VB_PAGE.format(posts=posts)


def authors(text: str) -> list[str | None]:
    return [c.author for c in threadparse.parse(text).walk() if c.kind == "comment"]


def test_status_word_before_every_date_is_no_name() -> None:
    """ "Old DATE #N" over the poster's block: the word is the status picture's text."""
    assert authors(vb_page()) == VB_NAMES


def test_status_word_in_another_language() -> None:
    assert authors(vb_page(word="Alt")) == VB_NAMES


def test_one_name_over_every_block_stays_the_word() -> None:
    """Where the blocks under the stamps name nobody but the word itself (the name every
    poster posts under), the word stays the author."""
    assert authors(vb_page(word="Guest", names=["Guest"] * 5)) == ["Guest"] * 5


# w3m prints the profile column beside the post: the name's cell, a wide gap, the subject
W3M_POST = """\
Old 04-1{n}-2011, 0{n}:40 PM                                                     #{number}

{name:<27}Re: Sourdough starter smells of acetone
{rank:<27}━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
                           {body}
Join Date: Mar 2006
Location: Leeds
Posts: 1,2{number}4

{name} is offline                                          Reply With Quote

"""


def test_name_cell_beside_the_subject() -> None:
    posts = "".join(
        W3M_POST.format(n=n, number=n + 2, name=name, rank=rank, body=body[:48])
        for n, (name, rank, body) in enumerate(
            zip(VB_NAMES[1:], VB_RANKS[1:], VB_BODIES[1:], strict=True)
        )
    )
    page = "Crumb and Crust Forums\n\nReply\n\n" + posts + "Reply\n\nContact Us - Top\n"
    assert authors(page) == VB_NAMES[1:]


# html2text prints the name's link and the rank on one line: the rank follows two names
H2T_POST = "\n".join(
    [
        "![Old](images/statusicon/post_old.gif) 04-1{n}-2011, 0{n}:40 PM  |    "
        "#[**{number}**](showpost.php?p=7{n}&postcount={number})  ",
        "---|---  ",
        "[{name}](member.php?u=30{n}) {rank}  ",
        "Join Date: Mar 2006 Location: Leeds Posts: 1,2{n}4  |  "
        "**Re: Sourdough starter smells of acetone**",
        "",
        "* * *",
        "",
        "{body}  ",
        "![{name} is offline](images/statusicon/user_offline.gif) |  "
        "[![Reply With Quote](images/buttons/quote.gif)](newreply.php?do=newreply&p=7{n})  ",
        "  ",
        "",
    ]
)


def test_rank_after_the_name_link() -> None:
    names = ["Wilhelmina_R", "doughgnome", "crumbshot", "Pell Barrow"]
    ranks = ["Registered User", "Senior Member", "Registered User", "Senior Member"]
    posts = "".join(
        H2T_POST.format(n=n, number=n + 1, name=name, rank=rank, body=VB_BODIES[n])
        for n, (name, rank) in enumerate(zip(names, ranks, strict=True))
    )
    page = "# Crumb and Crust Forums\n\n[Reply](newreply.php)\n\n" + posts + "Contact Us\n"
    assert authors(page) == names


# Twenty Twenty's comment list in Russian: the name glued to "говорит:" (a screen
# reader's text printed without its space), the date under it, Jetpack's "LikeLike"
RU_COMMENTS = [
    ("Оксана Веремеева", "15 января 2023 в 15:07", "Спасибо за разбор! Получается серое пятно."),
    ("Лада Ковригина", "15 января 2023 в 15:27", "Это дополнительные цвета, они дают серый."),
    ("Глеб Сорокин", "16 января 2023 в 09:02", "А какую бумагу вы посоветуете для начала?"),
    ("Оксана Веремеева", "16 января 2023 в 11:45", "Попробовала класть рядом, стало чище."),
]


def ru_page(glue: str = "", wrapped: bool = False) -> str:
    items = []
    for n, (name, date, body) in enumerate(RU_COMMENTS):
        if wrapped:
            first, rest = name.split(" ", 1)
            avatar = f"![](https://secure.gravatar.com/avatar/{n:032x}?s=120&d=mm&r=g)"
            head = f"{avatar}{first}\n{rest}{glue}говорит:\n\n[{date}](https://post.example/#c-{n})"
        else:
            head = f"{name}{glue}говорит:\n{date}"
        items.append(f"{head}\n\n{body}\n\nLikeLike\n\nОтветить\n")
    return (
        "Акварельные заметки\n\nАкварель по-мокрому\n\nКак не получить грязь на бумаге.\n\n"
        "4 комментария к записи «Акварель по-мокрому»\n\n"
        + "".join(items)
        + "\nДобавить комментарий\n\nСоздайте бесплатный сайт или блог\n"
    )


RU_NAMES = [name for name, _, _ in RU_COMMENTS]


def test_verb_glued_to_the_name_in_russian() -> None:
    assert authors(ru_page()) == RU_NAMES


def test_verb_after_a_space_in_russian() -> None:
    """(A header verb of the list, read before this rule: the glued reading leaves it.)"""
    assert authors(ru_page(glue=" ")) == RU_NAMES


def test_glued_verb_wrapped_after_the_avatar() -> None:
    """html2text wraps the name after the avatar's picture: its first word glued to the
    picture, the rest and the verb on the next line."""
    assert authors(ru_page(wrapped=True)) == RU_NAMES


def test_names_ending_like_a_short_verb_stay_names() -> None:
    from threadparse import lines

    assert lines.read_header("Candice:") is None
    assert lines.read_header("Essays:") is None


# wpDiscuz 7: layout 2 (German) prints the role under the name and "Antwort auf NAME" over
# the age; layout 1 (English) prints "Author" over the article author's name and "Reply
# to NAME" under the age. Nesting is by `div` only: the dumps print every comment flat.
WPD_DE = [
    ("Miriam Faltermeier", "Gast", None, "Wie macht ihr das im Winter bei Schnee?"),
    (
        "Florian Brettschneider",
        "Autor",
        "Miriam Faltermeier",
        "Bei richtigem Schnee bleibt das Rad stehen, das ist selten.",
    ),
    (
        "Miriam Faltermeier",
        "Gast",
        "Florian Brettschneider",
        "Dann ist das bei uns wohl eher ein Sommerprojekt.",
    ),
    ("Detlef Hahnemann", "Gast", None, "Was wiegt das Rad eigentlich mit Akku und Kindersitz?"),
    (
        "Florian Brettschneider",
        "Autor",
        "Detlef Hahnemann",
        "Knapp 45 Kilo mit Akku, leer fährt es sich wie ein normales Rad.",
    ),
    ("Svenja Ostertag", "Gast", None, "Habt ihr eine Garage dafür oder steht es draußen?"),
    ("Kai Rübsamen", "Gast", "Svenja Ostertag", "Wir haben einen Fahrradschuppen gebaut."),
]


def wpd_de_page() -> str:
    items = []
    for n, (name, role, answered, body) in enumerate(WPD_DE):
        reply = f"Antwort auf\u00a0{answered}\n" if answered else ""
        items.append(f"{name}\n{role}\n{reply}vor 3 Jahren\n\n{body}\n\n{n % 4}\nAntworten\n")
    return (
        "Lastenrad-Bilanz\n\nZwei Jahre ohne Auto\n\nEine ehrliche Bilanz nach zwei Jahren.\n\n"
        "Abonnieren\nAnmelden\nBenachrichtige mich bei\nguest\n7 Kommentare\nNeueste\n"
        "ÄltesteMeist bewertet\nInline-Feedbacks\nAlle Kommentare anzeigen\n"
        + "".join(items)
        + "Would love your thoughts, please comment.x\n()\nx\n"
    )


def test_reply_line_over_the_age_names_the_answered_post() -> None:
    page = threadparse.parse(wpd_de_page())
    got = [(c.author, c.parent.author if c.parent else None) for c in page.walk()]
    assert got == [(name, answered) for name, _, answered, _ in WPD_DE]


WPD_EN = [
    (None, "Connor Whitlock", None, "What is the idle power draw?"),
    ("Author", "Margot Ferreira", "Connor Whitlock", "About 19 watts idle with drives down."),
    (None, "Connor Whitlock", "Margot Ferreira", "That is much better than I expected."),
    (None, "Dagny Holm", None, "Did you keep the stock CPU cooler?"),
    ("Author", "Margot Ferreira", "Dagny Holm", "I replaced it with a cheap tower cooler."),
    (None, "Ignatius Rook", "Dagny Holm", "Same here, ten euros well spent."),
    (None, "Pavel Hruška", None, "Which case is that?"),
    ("Author", "Margot Ferreira", "Pavel Hruška", "A Fractal Node 304, bought used."),
]


def wpd_en_page() -> str:
    items = []
    for n, (label, name, answered, body) in enumerate(WPD_EN):
        over = f"{label}\n" if label else ""
        reply = f"Reply to\u00a0{answered}\n" if answered else ""
        items.append(f"{over}{name}\n2 years ago\n{reply}\n{body}\n\n{n % 5}\nReply\n")
    return (
        "Home Server Notes\n\nA quiet home server\n\nWhat I built and what it draws.\n\n"
        "Subscribe\nLogin\nNotify of\nguest\n8 Comments\nNewest\nOldestMost Voted\n"
        "Inline Feedbacks\nView all comments\n"
        + "".join(items)
        + "Would love your thoughts, please comment.x\n()\nx\n"
    )


def test_label_over_a_name_others_answer_is_no_name() -> None:
    page = threadparse.parse(wpd_en_page())
    got = [(c.author, c.parent.author if c.parent else None) for c in page.walk()]
    assert got == [(name, answered) for _, name, answered, _ in WPD_EN]


def test_words_before_the_posters_own_name_answer_nobody() -> None:
    """ "Profile photo for NAME" over NAME, on every post: the words name the block's
    own poster, no post is a reply."""
    items = "".join(
        f"Profile photo for {name}\n{name}\n2 years ago\n\n{body}\n\n{n}\nReply\n"
        for n, (_, name, _, body) in enumerate(WPD_EN)
    )
    text = wpd_en_page().split("View all comments\n")[0] + "View all comments\n" + items
    page = threadparse.parse(text)
    names = [name for _, name, _, _ in WPD_EN]
    assert [c.author for c in page.walk()] == names[len(names) - len(list(page.walk())) :]
    assert all(c.parent is None for c in page.walk())
