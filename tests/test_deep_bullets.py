"""Deep list levels: the bullets converters draw for the third and fourth levels of a
nested list (w3m ☆; lynx o and #; inscriptis o) nest replies like any other bullet,
while "o" and "#" that start prose or code stay text."""

from __future__ import annotations

import pytest

import threadparse
from conftest import FAILURE_FIXTURES, assert_nothing_lost, need

LYNX_PT = """\
Pão de fermentação natural

   Alimente com farinha de centeio.

3 Comentários

    1. Joana disse:
       [12]4 de junho de 2015 às 19:10
       Com que frequência devo alimentar?
       [13]Responder
          + Bruno disse:
            [14]5 de junho de 2015 às 08:20
            Duas vezes por dia no verão.
            [15]Responder
               o Carla disse:
                 [16]6 de junho de 2015 às 09:45
                 o meu dobrou durante a noite, e
                 o vizinho diz o mesmo.
                 [17]Responder
                    # Duda disse:
                      [18]6 de junho de 2015 às 10:00
                      Que inveja.
               o Edu disse:
                 [19]7 de junho de 2015 às 11:00
                 Vou tentar.
"""

INSCRIPTIS = """\
Notes on rye

A short article.

4 Comments

  * Anna says:
    June 4, 2015 at 7:10 pm
    How often do I feed it?
      + Ben says:
        June 5, 2015 at 8:20 am
        Twice a day in summer.
          o Cara says:
            June 6, 2015 at 9:45 am
            Mine doubled overnight.
          o Dov says:
            June 7, 2015 at 9:45 am
            Mine too.
"""

W3M = """\
Notes on rye

4 Comments

  • Anna says:
    June 4, 2015 at 7:10 pm
    How often?
      ◦ Ben says:
        June 5, 2015 at 8:20 am
        Twice a day.
          ☆ Cara says:
            June 6, 2015 at 9:45 am
            Doubled.
          ☆ Dov says:
            June 7, 2015 at 9:45 am
            Mine too.
"""


@pytest.mark.parametrize(
    ("text", "tree"),
    [
        (LYNX_PT, [("Joana", 0), ("Bruno", 1), ("Carla", 2), ("Duda", 3), ("Edu", 2)]),
        (INSCRIPTIS, [("Anna", 0), ("Ben", 1), ("Cara", 2), ("Dov", 2)]),
        (W3M, [("Anna", 0), ("Ben", 1), ("Cara", 2), ("Dov", 2)]),
    ],
    ids=["lynx", "inscriptis", "w3m"],
)
def test_deep_bullets_nest_replies(text: str, tree: list[tuple[str, int]]) -> None:
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == tree
    assert_nothing_lost(page, text)


def test_prose_starting_with_o_stays_text() -> None:
    page = threadparse.parse(LYNX_PT)
    carla = next(c for c in page.walk() if c.author == "Carla")
    assert carla.text == "o meu dobrou durante a noite, e\no vizinho diz o mesmo."
    assert all(b.marker is None for b in carla.blocks)


def test_code_comments_and_headings_stay_text() -> None:
    text = (
        "Setting up grub\n\n# Install\n\nRun this:\n\n"
        "sudo grub-install\n# ensure all systems are found\n# generate the config\n"
    )
    page = threadparse.parse(text)
    assert [b.marker for b in page.article.blocks] == [None] * len(page.article.blocks)
    assert "# ensure all systems are found" in page.article.text


@pytest.mark.parametrize("name", ["J_deep_bullets_lynx.txt", "J_deep_bullets_w3m.txt"])
def test_failure_class_fixtures(name: str) -> None:
    page = threadparse.parse_file(need(FAILURE_FIXTURES / name))
    assert [(c.author, c.depth) for c in page.walk()] == [("Anna", 0), ("Ben", 1), ("Cara", 2)]


@pytest.mark.parametrize("first", ["o que você acha?", "o", "# not a heading", "#"])
def test_a_body_starting_with_a_weak_bullet_is_text(first: str) -> None:
    text = f"T\n\n2 comentários\n  1. Ana disse:\n    {first}\n  2. Rui disse:\n    Bom.\n"
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Ana", "Rui"]
    assert page.comments[0].text == first


# inscriptis prints the empty first entry of a reply list (a theme's decoration) at the
# column of its parent's entries, with the list's real entries indented under it: "+"
# alone after "* Anna says:", "o" alone after "+ Ben says:", then "o Cara says:"
EMPTY_ENTRIES = """\
Notes on rye

4 Comments

    * Anna says:

      How often do I feed it?

        June 4, 2015 at 7:10 pm
        / Reply
    +\x20
        + Ben says:

          Twice a day in summer.

            June 5, 2015 at 8:20 am
            / Reply
        o\x20
            o Cara says:

              Mine doubled overnight.

                June 6, 2015 at 9:45 am
        + Dov says:

          Once is enough for me.

            June 7, 2015 at 9:45 am
            / Reply
    * Eli says:

      Which flour?

        June 8, 2015 at 1:00 pm
        / Reply
"""

# the same one level shallower, in another language: only "+" entries printed empty
EMPTY_ENTRY_PT = """\
Pão de centeio

3 comentários

    * Joana disse:

      Com que frequência devo alimentar?

        4 de junho de 2015 às 19:10
    +\x20
        + Bruno disse:

          Duas vezes por dia.

            5 de junho de 2015 às 08:20
    * Carla disse:

      Obrigada!

        6 de junho de 2015 às 09:45
"""


@pytest.mark.parametrize(
    ("text", "tree"),
    [
        (EMPTY_ENTRIES, [("Anna", 0, None), ("Ben", 1, 0), ("Cara", 2, 1), ("Dov", 1, 0),
                         ("Eli", 0, None)]),
        (EMPTY_ENTRY_PT, [("Joana", 0, None), ("Bruno", 1, 0), ("Carla", 0, None)]),
    ],
    ids=["three-levels", "two-levels"],
)  # fmt: skip
def test_a_reply_list_opened_by_an_empty_entry_hangs_under_its_comment(
    text: str, tree: list[tuple[str, int, int | None]]
) -> None:
    page = threadparse.parse(text)
    walked = list(page.walk())
    got = [
        (c.author, c.depth, None if c.parent is None else walked.index(c.parent)) for c in walked
    ]
    assert got == tree
    assert all(c.text == c.text.strip() for c in walked)  # (the empty entry is no text)
    assert_nothing_lost(page, text)


# inscriptis sets each entry's reply link at the entry's bullet ("Reply" under "+ Ben
# says:", at the "+"), and the entry's replies ("o Cara says:") indented under the link
REPLY_AT_BULLET = """\
Notes on rye

A short article.

Comments 5

     1. Anna 3/12/2021 at 1:48am

        How often do I feed it?

      Reply

          + Ben 3/16/2021 at 5:42am

            Twice a day in summer.

          Reply

              o Cara 6/1/2021 at 1:28am

                Mine doubled overnight.

              Reply

          + Dov 8/26/2022 at 2:15pm

            Rye or spelt?

          Reply

     2. Eli 3/13/2021 at 10:30pm

        Lovely.

      Reply
"""


def test_replies_under_a_reply_link_at_the_bullet() -> None:
    page = threadparse.parse(REPLY_AT_BULLET)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Anna", 0),
        ("Ben", 1),
        ("Cara", 2),
        ("Dov", 1),
        ("Eli", 0),
    ]


def test_replies_under_the_last_entrys_reply_link() -> None:
    # the entry with replies under its link is the last of its list
    text = REPLY_AT_BULLET.replace(
        "          + Dov 8/26/2022 at 2:15pm\n\n            Rye or spelt?\n\n          Reply\n\n",
        "",
    )
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Anna", 0),
        ("Ben", 1),
        ("Cara", 2),
        ("Eli", 0),
    ]
