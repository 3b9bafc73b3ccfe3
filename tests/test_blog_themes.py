"""Blog comment templates of round 8 (`tests/heldout7`): shapes of themes and platforms
the parser had not met, each tested on invented variants.

- A date led by its weekday alone on its line ("Sun, 03/14/2021 - 19:48", Drupal's
  default format) names nobody: the weekday is the date's, the name is the line over it.
- A first name that ends in "by" ("Abby", "Toby") is a name, not a glued "Postby".
- A picture's text "Profile picture for user NAME" names NAME.
- A time printed in words of its own ("16 août 2022 à 9 h 12 min", French WordPress
  sites) is part of its date.
- A name closed by a separator ("Ann »") over its date is one wrapped header, also
  when the date is led by a weekday.
- A name under the picture's text that names it ("Profile picture for user ann.k" over
  "ann.k") is told by rule; with the names read at the same place over most dates, the
  dated blocks make the post list. A reference opening a body ("In reply to Glad it's
  back… by Ann (not verified)", Drupal's Olivero) hangs it under the comment it names.
  The same words in parentheses after two names ("(not verified)") are a label.
- A pingback listed apart, its linking post's title, a dash and the excerpt it quotes
  ("A Post | A Blog - […] the words…", Divi's), is a pingback whose body is the excerpt,
  its excerpt cut with an ellipsis as a widget's would be.
- A comment form's title ("Post a Comment") read as the name over a post list's last
  stamp is the form, no post.
- A run of items each headed "NAME on A POST'S TITLE" (a "recent comments" widget) is
  page furniture where one of the titles is a line of the page or one of the names an
  author of the comments read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L

WEEKDAY_DATES = """Fixing a drafty shed door

Submitted by wren.o on Fri, 03/12/2021 - 09:10

The door of the garden shed has let the wind in for two winters now, so this weekend I \
finally planed it and fitted a new sweep along the bottom edge.

Comments

{picture}pia.lund

Sun, 03/14/2021 - 19:48

Permalink

Did you prime the planed edge before hanging it again? Bare wood there swells every \
time it rains.

  • Log in or register to post comments

{picture2}karl_b

{day2}, 03/15/2021 - 07:41

Permalink

A brush sweep works better than rubber on an uneven floor, in my experience anyway.

  • Log in or register to post comments

Odile Marchetti

Tue, 03/16/2021 - 12:17

Permalink

Thanks for the write-up, the photos of the hinge shims were the most useful part for me.

  • Log in or register to post comments
"""


@pytest.mark.parametrize(
    ("picture", "picture2", "day2"),
    [
        ("", "", "Mon"),
        ("", "", "Sun"),  # (two posts on one weekday)
        ("Profile picture for user pia.lund\n\n", "Profile picture for user karl_b\n\n", "Mon"),
    ],
)
def test_a_weekday_before_the_date_is_no_name(picture: str, picture2: str, day2: str) -> None:
    text = WEEKDAY_DATES.format(picture=picture, picture2=picture2, day2=day2)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["pia.lund", "karl_b", "Odile Marchetti"]
    assert page.comments[0].text.startswith("Did you prime")


@pytest.mark.parametrize("line", ["Sun, 03/14/2021 - 19:48", "Mon. 14.03.2021 19:48"])
def test_a_date_line_led_by_its_weekday_is_no_header(line: str) -> None:
    assert L.read_header(line) is None


@pytest.mark.parametrize("name", ["Abby Fontaine", "Toby Smith", "Shelby Ray", "Colby"])
def test_a_name_ending_in_by_keeps_its_first_word(name: str) -> None:
    header = L.read_header(f"{name} on March 4, 2021 at 9:37 am")
    assert header is not None
    assert header.author == name


def test_a_glued_postby_still_opens_the_name() -> None:
    header = L.read_header("Postby Ann Lee » Tue Aug 27, 2019 3:39 pm")
    assert header is not None
    assert header.author == "Ann Lee"


@pytest.mark.parametrize("alt", ["Profile picture for user", "Avatar for user"])
def test_a_pictures_text_for_a_user_names_the_user(alt: str) -> None:
    assert L.alt_text_owner(f"{alt} dee.okonkwo") == "dee.okonkwo"


def test_a_name_closed_by_a_separator_over_a_weekday_date_is_one_header() -> None:
    # (html2text fills 78 columns: the name's line could not take the weekday)
    link = "(./memberlist.php?mode=viewprofile&u=1654883)"
    posts = []
    wrapped = [("Outer Ringwaldisteran", "Tue"), ("Minoa Vale-Castellano", "Wed")]
    for n, (name, day) in enumerate(wrapped):
        posts.append(
            f"[![Post](./styles/icon_post_target.gif)](./viewtopic.php?p={n})by\n"
            f"**[{name}]{link}** »\n{day} Aug 2{7 + n}, 2019 1:47 am\n\n"
            f"I think the new season is going to be a long one for {name.split()[0]}'s club.\n"
        )
    for n, name in enumerate(["Cass Ortolan", "Dee Ferris", "Ewan Pike"]):
        posts.append(
            f"[![Post](./styles/icon_post_target.gif)](./viewtopic.php?p={9 + n})by "
            f"**[{name}]{link}** » Thu Aug 29, 2019 {n + 1}:47 am\n\n"
            f"Agreed with the above, and the table will look very different by May {n}.\n"
        )
    text = "### Football Season\n\n" + "\n".join(posts)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [
        "Outer Ringwaldisteran",
        "Minoa Vale-Castellano",
        "Cass Ortolan",
        "Dee Ferris",
        "Ewan Pike",
    ]


@pytest.mark.parametrize(
    "date", ["16 août 2022 à 9 h 12 min", "3 mars 2021 à 21 h 05", "14 juin 2019 à 0 h 07 min"]
)
def test_a_time_in_words_of_its_own_is_part_of_the_date(date: str) -> None:
    from threadparse.dates import is_date_line

    assert is_date_line(date)
    header = L.read_header(f"Thibault R. {date}")
    assert header is not None
    assert (header.author, header.date) == ("Thibault R.", date)


def test_comments_under_french_dates_with_spaced_times() -> None:
    names = ["Thibault R.", "Maëlle", "Jordi Puig"]
    comments = "".join(
        f"  {n}. ![](https://x.example/avatar/{n}.png)\n\n{name}\n\n"
        f"[ {day} août 2022 à {day - 7} h 1{day - 15} min ](https://x.example/#c{day})\n\n"
        f"Merci pour ce récit très complet, nous partons fin septembre avec les enfants {day}.\n\n"
        "[Répondre](https://x.example/?replytocom=1)\n\n"
        for n, name, day in zip((1, 2, 3), names, (16, 17, 18), strict=True)
    )
    text = (
        "Le tour du Queyras en six jours\n\nNous avons marché six jours autour du massif, "
        "de refuge en refuge, avec des sacs bien trop lourds pour la saison.\n\n"
        "###  3 réflexions sur « Le tour du Queyras en six jours »\n\n" + comments
    )
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == names
    assert all("Merci pour ce récit" in c.text for c in page.walk())


WIDGET = """Quiet Compiler

Migrating an old crontab to timers

Forty jobs, twelve years of history, and one very surprised backup server.

3 responses to “Migrating an old crontab to timers”

  1. Ruth Adeyemi says:
    March 2, 2024 at 9:10 am

    What was the oldest job you found in there?

  2. Tobias Wren says:
    March 3, 2024 at 7:41 am

    A logrotate from 2011 that rotated a file nobody wrote to any more.

  3. Ines Lund says:
    March 4, 2024 at 6:02 pm

    We left user crontabs alone and only moved the system jobs.

Recent comments

  1. {name1} {on} {title1}March 11, 2024

    What was the oldest job you found in there?

  2. Pavel Ek {on} Notes on upgrading a database without dramaMarch 4, 2024

    We followed this almost to the letter for our last upgrade…

Archives
"""


@pytest.mark.parametrize(
    ("name1", "on", "title1"),
    [
        ("Ruth Adeyemi", "on", "Migrating an old crontab to timers"),
        ("Oskar Berg", "on", "Migrating an old crontab to timers"),
        ("Ruth Adeyemi", "on", "Some other post of the blog"),
        ("Ruth Adeyemi", "op", "Migrating an old crontab to timers"),
    ],
)
def test_a_recent_comments_widget_is_no_thread(name1: str, on: str, title1: str) -> None:
    text = WIDGET.format(name1=name1, on=on, title1=title1)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Ruth Adeyemi", "Tobias Wren", "Ines Lund"]
    assert_nothing_lost(page, text)


def test_names_on_titles_the_page_never_shows_stay_comments() -> None:
    text = WIDGET.format(name1="Oskar Berg", on="on", title1="Some other post of the blog")
    authors = [c.author for c in threadparse.parse(text).walk()]
    assert len(authors) == 5  # (nothing tells them from comments headed so)


OLIVERO = """The laser cutter is back

After two months of repairs the big cutter is running again, with a new tube and a new air assist.

Comments

Marcus Feld (not verified)

Sun, 10/09/2022 - 19:02

Glad it's back. Is the…

Glad it's back. Is the sign-off the same as the old induction, or do we redo it?

  • Reply
Profile picture for user dee.okonkwo

dee.okonkwo

Sun, 10/09/2022 - 21:47

In reply to Glad it's back. Is the… by Marcus Feld (not verified)

Everyone needs the new…

Everyone needs the new sign-off, sorry! The fire procedure changed with the new tube.

  • Reply

Marcus Feld (not verified)

Mon, 10/10/2022 - 08:15

In reply to Everyone needs the new… by dee.okonkwo

Fair enough, booked for…

Fair enough, booked for Thursday evening.

  • Reply
Profile picture for user {user}

{user}

Mon, 10/10/2022 - 11:26

Material list

Could we get a printed list of the allowed materials next to the machine?

  • Reply
Profile picture for user dee.okonkwo

dee.okonkwo

Mon, 10/10/2022 - 12:40

In reply to Material list by {user}

Good idea, we'll…

Good idea, we'll print one this week and laminate it.

  • Reply

Add new comment
"""


@pytest.mark.parametrize("user", ["raj.p", "ilse_v"])
def test_drupal_comments_with_pictures_and_references(user: str) -> None:
    text = OLIVERO.format(user=user)
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [(c.author, c.depth) for c in comments] == [
        ("Marcus Feld (not verified)", 0),
        ("dee.okonkwo", 1),
        ("Marcus Feld (not verified)", 2),
        (user, 0),
        ("dee.okonkwo", 1),
    ]
    assert (comments[3].date or "").endswith("10/10/2022 - 11:26")
    assert_nothing_lost(page, text)


PINGS = """Five lighting mistakes

The window light in my first studio was all wrong, and it took me a year to see it.

2 Comments

  1. Ines Carvalho on March 15, 2021 at 6:26 pm

    Do you have any advice for people shooting in small apartments?

    Reply
  2. Maren Holt on March 16, 2021 at 9:02 am

    The bit about reflectors was the most useful part for me.

    Reply

Trackbacks/Pingbacks

  1. {link1}{dash} […] Corinne on the five lighting mistakes she made in her first \
year{wrap}and how she fixed each…
  2. Mixed Light in Small Studios | Framewise{dash} […] As Corinne points out, mixing \
daylight with tungsten is the fastest way to…

Submit a Comment
"""


@pytest.mark.parametrize(
    ("link1", "dash", "wrap"),
    [
        ("Weekly Photo Links #112 – The Contact Sheet", " -", " "),
        ("[Weekly Photo Links #112 – The Contact Sheet](https://sheet.example/112/)", " \\-", " "),
        ("Weekly Photo Links #112 – The Contact Sheet", " –", "\n     "),
    ],
)
def test_pingbacks_listed_apart_with_their_excerpts(link1: str, dash: str, wrap: str) -> None:
    text = PINGS.format(link1=link1, dash=dash, wrap=wrap)
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [(c.author, c.kind) for c in comments] == [
        ("Ines Carvalho", "comment"),
        ("Maren Holt", "comment"),
        ("Weekly Photo Links #112 – The Contact Sheet", "pingback"),
        ("Mixed Light in Small Studios | Framewise", "pingback"),
    ]
    assert comments[2].text.startswith("[…] Corinne on the five")
    assert_nothing_lost(page, text)


def test_the_same_words_in_parentheses_after_two_names_are_a_label() -> None:
    text = OLIVERO.format(user="raj.p").replace(
        "Marcus Feld (not verified)\n\nMon, 10/10/2022 - 08:15",
        "Bea Hollander (not verified)\n\nMon, 10/10/2022 - 08:15",
    )
    authors = [c.author for c in threadparse.parse(text).walk()]
    assert authors == ["Marcus Feld", "dee.okonkwo", "Bea Hollander", "raj.p", "dee.okonkwo"]


@pytest.mark.parametrize("inner", ["annl", "Ann L"])
def test_a_handle_or_display_name_in_parentheses_is_kept(inner: str) -> None:
    text = OLIVERO.format(user="raj.p").replace("Marcus Feld (not verified)", f"Ann Lee ({inner})")
    authors = [c.author for c in threadparse.parse(text).walk()]
    assert authors[0] == f"Ann Lee ({inner})"


@pytest.mark.parametrize(
    "dump",
    [
        "heldout7/bloggerold.saltmarsh-a.inscriptis.txt",
        "heldout7/bloggerold.recap-b.inscriptis.txt",
        "heldout6/telegram.widget-a.w3m.txt",
    ],
)
def test_a_forms_title_after_the_last_stamp_is_no_post(dump: str) -> None:
    # (invented pages of earlier rounds: the form's title stood as the name over the last
    # date, the sidebar under it as that post's body)
    text = (Path(__file__).parent / dump).read_text(encoding="utf-8")
    page = threadparse.parse(text)
    assert not any(L.is_form_heading(c.author or "") for c in page.walk())
    assert_nothing_lost(page, text)
