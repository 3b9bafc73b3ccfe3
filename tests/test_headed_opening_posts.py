"""A discussion whose opening post is printed as plain lines over the replies' list, its
header of the replies' own shape ("Dana Whitfield @dana_w 2 years ago" over the topic,
"Marcus Oyelaran @marcuso 2 years ago" on each reply's item): the opening post is the
thread's first comment, not the article's text, where its author answers in the thread
(`transform._headed_opening`, `_header_shape`). A blog's byline over its article
("Par Mathilde, DATE - Entretien") reads as a dated header too, but of a shape of its
own: the article stays the article.

Every fixture here is invented.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

TOPIC = """\
Laser cutter: settings for 3 mm birch plywood?

in Tools and machines
{opener} @{handle}2 years ago

We just got a 60 W laser at the space and the edges of 3 mm birch ply come out charred.

What settings do you use?

4 replies

  1. Marcus Oyelaran @marcuso2 years ago

    Air assist on high makes the biggest difference for char, low is for engraving.

    1. Dana Whitfield @dana_w2 years ago

      Switched to high and the char is much better, thank you.

  2. Ben Kowalczyk @benk1 year ago

    I run 3 mm birch at 18 mm/s and 70 percent, two passes if the ply is thick.

  3. Priya Raman @priya1 year ago

    Also check the focus: our gauge sat on the wrong side of the head for months.
"""


def test_the_opening_post_printed_over_the_replies_is_the_first_comment() -> None:
    text = TOPIC.format(opener="Dana Whitfield", handle="dana_w")
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [(c.author, c.depth) for c in comments] == [
        ("Dana Whitfield", 0),
        ("Marcus Oyelaran", 0),
        ("Dana Whitfield", 1),
        ("Ben Kowalczyk", 0),
        ("Priya Raman", 0),
    ]
    assert comments[0].text.startswith("We just got a 60 W laser")
    assert "60 W laser" not in page.article.text
    assert_nothing_lost(page, text)


def test_a_header_whose_author_answers_nowhere_stays_the_articles() -> None:
    text = TOPIC.format(opener="Lena Hartmann", handle="lenah")
    page = threadparse.parse(text)
    assert "60 W laser" in page.article.text
    assert next(c.author for c in page.walk()) == "Marcus Oyelaran"
    assert_nothing_lost(page, text)


BLOG = """\
Réparer une chambre à air sans rustine

Par Mathilde, lundi 10 septembre 2012, 21:14 - Entretien

Crevaison lente sur le vélo de ville et plus une seule rustine dans la boîte : un essai.

3 commentaires

1. Le lundi 10 septembre 2012, 22:03 par Gégé

Intéressant ! Moi j'ai toujours entendu dire que la colle seule ne tenait pas.

2. Le lundi 10 septembre 2012, 22:31 par Mathilde

@Gégé : 4,5 bars à l'arrière, 4 à l'avant, et rien n'a bougé depuis.

3. Le mardi 11 septembre 2012, 08:12 par Paulo

Et avec une chambre de VTT, la même chose ?
"""


def test_a_bylines_own_shape_keeps_the_article() -> None:
    text = BLOG
    page = threadparse.parse(text)
    assert "Crevaison lente" in page.article.text
    assert [c.author for c in page.walk()] == ["Gégé", "Mathilde", "Paulo"]
    assert_nothing_lost(page, text)
