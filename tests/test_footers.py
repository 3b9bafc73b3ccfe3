"""A page's footer heads no comment (round 10, from the precision of held-out pages).

- A copyright notice ("Copyright © 1999 - 2021 Site, Inc | Last updated: DATE", "(c) 2020
  Site", "Copyright 2019 Site · DATE") is the page's footer, whatever date it prints: no
  comment header, no post's stamp.
- A dotted number after "version" ("Powered by Forum version 2.7.12", "Versione
  3.1.22"), and a dotted number whose day or month is 0 ("0.7.56"), are no dates.
- A post's reading time ("Feb 16, 2024 5 min read", "5 minuti di lettura"), an
  article's byline or a teaser card of other posts, heads no comment and stamps no post;
  an age in minutes ("Ann 5 minutes ago") stays one.
- A post list whose authors are printed below their stamps, past other lines (each date
  under the body above it, with its controls), ends with no post opened by the last date.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L


@pytest.mark.parametrize(
    "line",
    [
        "Copyright © 1999 - 2021 Bolt Ledger, Inc | Last updated: Jul 02 2021 08:41:57",
        "© 2020 The Gravel Post · March 3, 2021",
        "(c) 2019 Moss Hollow Media - updated 12 hours ago",
        "Copyright 2018 Tidewater Notes, 14.03.2021",
    ],
)
def test_a_copyright_notice_heads_no_comment(line: str) -> None:
    assert L.is_copyright(line)
    assert L.read_header(line) is None


@pytest.mark.parametrize("line", ["Copyright Kid says:", "Bob (contractor) March 3, 2021"])
def test_a_header_that_names_copyright_stays_one(line: str) -> None:
    assert not L.is_copyright(line)
    assert L.read_header(line) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Propulsé par Plume version 0.7.56",
        "Powered by Forumly Version 2.7.12",
        "Versione 3.1.22 del motore",
        "build 00.7.21",
    ],
)
def test_a_version_number_after_its_word_is_no_date(text: str) -> None:
    assert L.find_date(text) is None


@pytest.mark.parametrize("text", ["Ann 2.7.12", "am 01.07.2021 um 12:00", "10/03/21 at 9:00"])
def test_dotted_dates_without_the_word_stay_dates(text: str) -> None:
    assert L.find_date(text) is not None


THREAD = """\
Leaky gutters, fixed at last

We replaced the brackets and resealed every joint.

3 comments

Hana Ortiz 2021-07-01 10:12
Did you use the rubber sealant or the butyl tape? The forecast says rain all week.

Piet Vermeulen 2021-07-01 11:40
Butyl tape lasts longer in our climate, and it does not crack in the first frost.

Hana Ortiz 2021-07-01 12:02
Thanks, butyl it is. I will order two rolls before the weekend comes around.

{footer}
"""


@pytest.mark.parametrize(
    "footer",
    [
        "Copyright © 2004 - 2021 Gutter Weekly, Inc | Last updated: Jul 02 2021 08:41:57",
        "Powered by Pressly version 2.7.12",
        "© 2021 Gutter Weekly · 2021-07-02 09:00",
    ],
)
def test_a_footer_after_the_thread_stays_furniture(footer: str) -> None:
    text = THREAD.format(footer=footer)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Hana Ortiz", "Piet Vermeulen", "Hana Ortiz"]
    assert page.comments[-1].text.startswith("Thanks, butyl it is.")
    assert_nothing_lost(page, text)


# Each comment's name (printed twice, as a picture's text and a link), its body, then its
# date with a control, a like count and a like button: the dates open no posts.
DATED_BELOW = """\
Spring ride: the reservoir loop

Meet at the dam at nine. Bring water and a spare tube.

{posts}
{tail}
To leave a comment, log in or sign up.
"""

POST = """\
{name}
{name}
{body}
1{day} Mar 2021 at 1{day}:05{control}
{likes}
Like
"""


def _dated_below(names: list[str], control: str, tail: str) -> str:
    posts = "".join(
        POST.format(
            name=name,
            body=f"{name} asks whether the gravel stretch is rideable on {20 + i} mm tyres.",
            day=i,
            control=control,
            likes=i + 2,
        )
        for i, name in enumerate(names)
    )
    return DATED_BELOW.format(posts=posts, tail=tail)


@pytest.mark.parametrize(
    ("names", "control"),
    [
        (["Marta Ilves", "Oskar Lind", "Greta Paju", "Tiit Kask"], "|Reply"),
        (["Rosa Quintana", "Iker Salas", "Nerea Vidal", "Unai Ortega", "Ane Goñi"], " · Reply"),
    ],
)
def test_the_date_under_the_last_body_opens_no_post(names: list[str], control: str) -> None:
    text = _dated_below(names, control, "")
    page = threadparse.parse(text)
    authors = [c.author for c in page.walk()]
    assert None not in authors
    assert authors[-(len(names) - 1) :] == names[1:]
    assert_nothing_lost(page, text)


@pytest.mark.parametrize(
    "line",
    [
        "Feb 16, 2024 5 min read",
        "Feb 16, 20245 min read",  # (w3m: the date and the time glued)
        "8 maggio 2022 5 minuti di lettura",
        "March 3, 2021 · 7 minute read",
        "Lesezeit: 4 Minuten",
        "12. März 2021 · 6 min de lecture",
    ],
)
def test_a_reading_time_heads_no_comment(line: str) -> None:
    assert L.is_reading_time(line)
    assert L.read_header(line) is None


@pytest.mark.parametrize("line", ["Ann 5 minutes ago", "Bob Lee · 15 min ago", "Cy 3 min"])
def test_an_age_in_minutes_is_no_reading_time(line: str) -> None:
    assert not L.is_reading_time(line)


BYLINED = """\
Il sentiero degli dei in autunno

{byline}

Indice

  • Da dove partire
  • Il percorso

Partiamo da Bomerano alle otto, con la nebbia ancora bassa sul mare e il sole dietro.

Commenti

Chiara Fontana

Chiara Fontana

9 maggio 2022 alle 08:41

Bellissimo racconto! Noi l'abbiamo fatto a ottobre ed era quasi vuoto, per fortuna.

Rispondi a Chiara Fontana
Marco Belloni

Marco Belloni

9 maggio 2022 alle 12:15

Grazie Chiara! Ottobre è il mese perfetto, meno caldo e molta meno gente in giro.

Rispondi a Marco Belloni
Giulia Rossi

Giulia Rossi

12 maggio 2022 alle 19:02

Quanto tempo ci avete messo da Bomerano a Nocelle, con tutte le soste per le foto?

Rispondi a Giulia Rossi
"""


@pytest.mark.parametrize(
    "byline", ["8 maggio 2022 5 minuti di lettura", "8 maggio 2022 · 5 min read"]
)
def test_an_article_byline_with_its_reading_time_is_no_comment(byline: str) -> None:
    text = BYLINED.format(byline=byline)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Chiara Fontana", "Marco Belloni", "Giulia Rossi"]
    assert_nothing_lost(page, text)
