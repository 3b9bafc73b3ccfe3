"""A talk page's signature opened by a hyphen in a paragraph of its own ("- LinkBot
(talk) DATE", as html2text prints the dash, or a poster's plain hyphen) reads as a list
item; the paragraph closed by it is a comment at its section's top level, like the one
over it, so it is no reply of that comment. A post stamped on a list item is taken for
the reply of the plain post over it (a Q&A page's comments under their answer,
`transform._over_item_replies`) only where it stands a level under that post
(`transform._listed_under`).

Every fixture here is invented.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

# w3m's rendering: replies indented four columns a level
EN_W3M = """\
Talk:Gorse Hill Reservoir

Capacity figure

[edit]
Latest comment: 2 months ago
2 comments
2 people in discussion

The lead says 4.2 million cubic metres but the water company's own page says
3.9. Which one should we use? — Isolde Penrice (talk) 09:10, 2 March 2024 (UTC)
[reply]

    The 4.2 is the design capacity; after the 1987 works it holds 3.9. I'd give
    both. — Ravi Mendes (talk) 11:45, 2 March 2024 (UTC)[reply]

External links modified

[edit]
Latest comment: 1 month ago
2 comments
2 people in discussion

I have just modified one external link on Gorse Hill Reservoir. Please take a
moment to review my edit and correct it if needed:

  • Added archive https://web.archive.example/2019/http://gorsehill.example/
    history to http://gorsehill.example/history

- ArchiveBot (talk) 02:14, 20 April 2024 (UTC)[reply]

    Checked, the archive is fine. — Ravi Mendes (talk) 08:30, 20 April 2024
    (UTC)[reply]
"""

# lynx-like, Spanish: "--" before most signatures, a hyphen alone before the bot's
ES = """\
Discusión:Puente de Valdecañas

Fecha de la obra

Según el artículo el puente es de 1832, pero la ficha del inventario dice 1835. ¿Alguien
tiene la ficha a mano? -- Lucía Arrabal (discusión) 11:20 4 mar 2024 (UTC)

    La ficha dice 1832 para el proyecto y 1835 para la inauguración. -- Tomás
    Ibarra (discusión) 12:02 4 mar 2024 (UTC)

Enlaces rotos

El bot ha encontrado durante varias pasadas que el siguiente enlace ya no
responde. Por favor, compruébalo y sustitúyelo por una copia archivada:

  * http://www.puente-valdecanas.example/historia.html
       + Comprobado el 2024-03-20 05:40:10, error 404

- EnlaceBot (discusión) 05:45 20 mar 2024 (UTC)

    Sustituido por la copia del archivo. -- Lucía Arrabal (discusión) 18:30 20
    mar 2024 (UTC)
"""

# html2text's rendering: links with their targets, the replies indented, long lines kept
EN_HTML2TEXT = """\
## Capacity figure

Latest comment: 2 months ago

The lead says 4.2 million cubic metres but the water company's own page says
3.9. Which one should we use? — [Isolde
Penrice](/wiki/User:Isolde_Penrice "User:Isolde Penrice")
([talk](/wiki/User_talk:Isolde_Penrice "User talk:Isolde Penrice")) 09:10, 2
March 2024 (UTC)[reply]

    The 4.2 is the design capacity; after the 1987 works it holds 3.9. I'd give both. — [Ravi Mendes](/wiki/User:Ravi_Mendes "User:Ravi Mendes") ([talk](/wiki/User_talk:Ravi_Mendes "User talk:Ravi Mendes")) 11:45, 2 March 2024 (UTC)[reply]

## External links modified

Latest comment: 1 month ago

I have just modified one external link on Gorse Hill Reservoir. Please take a
moment to review my edit and correct it if needed:

  * Added archive <https://web.archive.example/2019/gorsehill> to <http://gorsehill.example/history>

- [ArchiveBot](/wiki/User:ArchiveBot "User:ArchiveBot") ([talk](/wiki/User_talk:ArchiveBot "User talk:ArchiveBot")) 02:14, 20 April 2024 (UTC)[reply]

    Checked, the archive is fine. — [Ravi Mendes](/wiki/User:Ravi_Mendes "User:Ravi Mendes") ([talk](/wiki/User_talk:Ravi_Mendes "User talk:Ravi Mendes")) 08:30, 20 April 2024 (UTC)[reply]
"""  # noqa: E501


def _tree(page: threadparse.Page) -> list[tuple[str | None, int]]:
    return [(c.author, c.depth) for c in page.walk()]


def test_the_bot_signed_with_a_hyphen_is_a_top_comment_english_w3m() -> None:
    page = threadparse.parse(EN_W3M)
    assert _tree(page) == [
        ("Isolde Penrice", 0),
        ("Ravi Mendes", 1),
        ("ArchiveBot", 0),
        ("Ravi Mendes", 1),
    ]
    assert page.comments[1].text.startswith("I have just modified")
    assert_nothing_lost(page, EN_W3M)


def test_the_bot_signed_with_a_hyphen_spanish() -> None:
    page = threadparse.parse(ES)
    assert _tree(page) == [
        ("Lucía Arrabal", 0),
        ("Tomás Ibarra", 1),
        ("EnlaceBot", 0),
        ("Lucía Arrabal", 1),
    ]
    assert "error 404" in page.comments[1].text
    assert_nothing_lost(page, ES)


def test_the_bot_signed_with_a_hyphen_html2text() -> None:
    page = threadparse.parse(EN_HTML2TEXT)
    authors = [c.author for c in page.walk()]
    assert "ArchiveBot" in authors
    bot = next(c for c in page.walk() if c.author == "ArchiveBot")
    assert bot.depth == 0 and bot.text.startswith("I have just modified")
    assert_nothing_lost(page, EN_HTML2TEXT)


QA = """\
How do I stop the glaze crawling on my mugs?

Nadia Ferreira asked • Mar 2, 2024, 9:00 AM

The glaze pulls back into beads on the inside of every mug after the glaze firing, leaving bare patches. I wipe the bisque with a damp sponge first.

2 answers

Aurelio Vance answered • Mar 2, 2024, 10:30 AM

Dust or oil on the bisque is the usual cause. Rinse the pieces under the tap and let them dry overnight before you glaze.

2 comments

  • Nadia Ferreira • Mar 2, 2024, 11:02 AM

    I handle them a lot before glazing, so that may well be it.

  • Aurelio Vance • Mar 2, 2024, 11:40 AM

    Then try gloves for the next batch.

Pippa Drummond answered • Mar 3, 2024, 8:15 AM

Also check the glaze thickness: applied too thick it shrinks as it dries and cracks, and the cracks crawl in the firing.

1 comment

  • Nadia Ferreira • Mar 3, 2024, 9:20 AM

    It was thick. Thinner next time.
"""  # noqa: E501


def test_the_comments_listed_under_an_answer_stay_its_replies() -> None:
    # the negative: list items a level under the plain answers are their comments
    page = threadparse.parse(QA)
    assert _tree(page) == [
        ("Aurelio Vance", 0),
        ("Nadia Ferreira", 1),
        ("Aurelio Vance", 1),
        ("Pippa Drummond", 0),
        ("Nadia Ferreira", 1),
    ]
    assert_nothing_lost(page, QA)
