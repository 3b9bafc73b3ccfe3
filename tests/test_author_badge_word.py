"""The one-word badge a theme prints after the post author's name in the comments
("**Mara Lindqvist** Author", "Teo Ruiz Autor"): not part of the name where the article's
byline names the author alone ("By Mara Lindqvist"), as the longer badges ("Post
author") already are not (`names._bylined`, `_POST_AUTHOR_BADGES`). A name the page
never prints alone keeps its last word. Every fixture here is invented."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

# html2text, a food blog: the byline's link, the comments as a numbered list, the author's
# replies with the badge after her bold name
HTML2TEXT = """\
# Smoky White Bean Soup

By [Mara Lindqvist](https://example.org/about/)

A pot of beans, a smoked paprika base and a squeeze of lemon at the end.

## 3 Comments

  1. ![](https://example.org/avatar/a1.png)**Colm Reddy**

[March 5, 2024 at 2:22 pm](https://example.org/soup/#comment-11)

Made it with butter beans, thick and lovely. Will double the lemon next time.

[Reply](https://example.org/soup/?replytocom=11#respond)

     1. ![](https://example.org/avatar/a2.png)**Mara Lindqvist** Author

[March 5, 2024 at 4:10 pm](https://example.org/soup/#comment-12)

Butter beans are my favourite swap too, Colm. Thanks for trying it!

[Reply](https://example.org/soup/?replytocom=12#respond)

  2. ![](https://example.org/avatar/a3.png)**Hedda Brandt**

[March 6, 2024 at 9:03 am](https://example.org/soup/#comment-13)

Can this be frozen? I would like to make a big batch.

[Reply](https://example.org/soup/?replytocom=13#respond)
"""

# inscriptis, Spanish: the byline "Por Teo Ruiz", the badge "Autor" after his name
INSCRIPTIS = """\
   Lentejas con chorizo de la abuela

   Por Teo Ruiz

   Un guiso de invierno con lentejas pardinas, chorizo y un sofrito lento.

   3 comentarios

     1. Lucía Barral
        5 de marzo de 2024 a las 14:22
        Las hice ayer y salieron buenísimas, con un poco de comino.
        Responder
          1. Teo Ruiz Autor
             5 de marzo de 2024 a las 16:10
             ¡Qué bien, Lucía! El comino les va de maravilla.
             Responder
     2. Andrés Peña
        6 de marzo de 2024 a las 09:03
        ¿Se pueden hacer en olla exprés? ¿Cuánto tiempo?
        Responder
"""


def authors(text: str) -> list[str | None]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [c.author for c in page.walk()]


def test_badge_after_bold_name_html2text() -> None:
    assert authors(HTML2TEXT) == ["Colm Reddy", "Mara Lindqvist", "Hedda Brandt"]


def test_badge_after_name_inscriptis_spanish() -> None:
    assert authors(INSCRIPTIS) == ["Lucía Barral", "Teo Ruiz", "Andrés Peña"]


def test_name_never_printed_alone_keeps_its_word() -> None:
    text = HTML2TEXT.replace("By [Mara Lindqvist](https://example.org/about/)", "By the team")
    assert authors(text)[1] == "Mara Lindqvist Author"


def test_longer_badge_tried_first() -> None:
    """ "Mara Post author": the two-word badge, not "Author" alone leaving "Mara Post"."""
    text = HTML2TEXT.replace("By [Mara Lindqvist]", "By [Mara]").replace(
        "**Mara Lindqvist** Author", "**Mara** Post author"
    )
    assert authors(text) == ["Colm Reddy", "Mara", "Hedda Brandt"]
