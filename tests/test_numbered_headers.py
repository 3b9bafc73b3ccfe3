"""Boards that print each post's number alone on its line ("#2", the permalink's text)
over the post's title and a header line naming the poster by the date ("Post by NAME
» DATE"), its buttons under it as list items (html2text's layout of phpBB-style flat
themes): the numbers stamp the posts, running up the page, but name nobody, so each
post takes the name and date of the header line in its block
(`posts.templates._numbered_headers`), its title and header lines stay in the header
and the body opens after the buttons, even on a short line ("Hi all,").

Every fixture here is invented.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

POST_ES = """\
[#{n}](./viewtopic.php?p=5{n:03d}#p5{n:03d})

### [{subject}](./viewtopic.php?p=5{n:03d}#p5{n:03d})

[__Mensaje](./viewtopic.php?p=5{n:03d}#p5{n:03d} "Mensaje") Mensaje por
**[{name}](./memberlist.php?mode=viewprofile&u={uid})** » {date},
{time}

  * [__Citar](./posting.php?mode=quote&p=5{n:03d} "Responder citando")
  * [__Reportar](./report.php?p=5{n:03d} "Reportar este mensaje")

{body}

[{name}](./memberlist.php?mode=viewprofile&u={uid})

    **Mensajes:** [{posts}](./search.php?author_id={uid}&sr=posts)

__Arriba

* * *

"""

POSTS_ES = [
    (
        "Mi higuera no brota",
        "Nerea_V",
        301,
        "Sáb 2 Mar 2024",
        "10:05",
        "Hola a todos:\n\n"
        "Planté una higuera en otoño y todavía no ha sacado ni una hoja nueva este año.",
    ),
    (
        "Re: Mi higuera no brota",
        "olivar_alto",
        87,
        "Sáb 2 Mar 2024",
        "11:40",
        "Dale tiempo: las higueras brotan tarde, a veces hasta bien entrado abril.",
    ),
    (
        "Re: Mi higuera no brota",
        "Nerea_V",
        301,
        "Sáb 2 Mar 2024",
        "12:02",
        "Gracias, entonces espero un par de semanas antes de preocuparme de verdad.",
    ),
    (
        "Re: Mi higuera no brota",
        "Braulio.G",
        15,
        "Dom 3 Mar 2024",
        "09:17",
        "Rasca un poco la corteza de una rama: si está verde por dentro, está viva.",
    ),
]

POST_EN = """\
[#{n}](./viewtopic.php?p=8{n:03d}#p8{n:03d})

### [{subject}](./viewtopic.php?p=8{n:03d}#p8{n:03d})

[__Post](./viewtopic.php?p=8{n:03d}#p8{n:03d} "Post") Post by
**[{name}](./memberlist.php?mode=viewprofile&u={uid})** » {date}

  * [__Quote](./posting.php?mode=quote&p=8{n:03d} "Reply with quote")
  * [__Report](./report.php?p=8{n:03d} "Report this post")
  * [__Top](#top)

{body}

"""

POSTS_EN = [
    (
        "Kiln sitter keeps tripping early",
        "mudlark",
        12,
        "Mon Jan 15, 2024 7:22 pm",
        "Hi all,\n\nMy old kiln's sitter trips long before cone 6 bends. The cone is fresh.",
    ),
    (
        "Re: Kiln sitter keeps tripping early",
        "Fenwick Ash",
        90,
        "Mon Jan 15, 2024 8:10 pm",
        "Check the tube assembly: a worn claw lets the weight drop before the cone softens.",
    ),
    (
        "Re: Kiln sitter keeps tripping early",
        "odile.r",
        4,
        "Tue Jan 16, 2024 6:45 am",
        "Mine did that when the sitter rod was bent. A new rod fixed it for a few dollars.",
    ),
]


def _es_page() -> str:
    posts = "".join(
        POST_ES.format(
            n=n, subject=subject, name=name, uid=uid, date=date, time=time, body=body, posts=n * 7
        )
        for n, (subject, name, uid, date, time, body) in enumerate(POSTS_ES, start=1)
    )
    return f"Foro de jardinería\n\n[Publicar una respuesta](./posting.php)\n\n4 mensajes\n\n{posts}"


def _en_page() -> str:
    posts = "".join(
        POST_EN.format(n=n, subject=subject, name=name, uid=uid, date=date, body=body)
        for n, (subject, name, uid, date, body) in enumerate(POSTS_EN, start=1)
    )
    return f"Pottery Board\n\n[Post Reply](./posting.php)\n\n3 posts\n\n{posts}"


def test_each_numbered_post_is_named_by_its_header_line() -> None:
    text = _es_page()
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == [name for _, name, *_ in POSTS_ES]
    assert [c.date for c in comments] == [f"{date}, {time}" for *_, date, time, _ in POSTS_ES]
    assert all(c.depth == 0 for c in comments)
    assert_nothing_lost(page, text)


def test_the_body_opens_after_the_buttons_even_on_a_short_line() -> None:
    page = threadparse.parse(_es_page())
    comments = list(page.walk())
    assert comments[0].text.startswith("Hola a todos:")
    for comment, (*_, body) in zip(comments[1:], POSTS_ES[1:], strict=True):
        assert comment.text.startswith(body[:30])
        assert "Reportar" not in comment.text and "Mensaje por" not in comment.text


def test_english_board_with_a_date_on_the_header_line() -> None:
    text = _en_page()
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == [name for _, name, *_ in POSTS_EN]
    assert all(  # (the weekday before the date is no part of it)
        c.date is not None and date.endswith(c.date)
        for c, (*_, date, _) in zip(comments, POSTS_EN, strict=True)
    )
    assert comments[0].text.startswith("Hi all,")
    assert comments[2].text.startswith("Mine did that")
    assert_nothing_lost(page, text)


def test_numbered_steps_without_header_lines_name_nobody() -> None:
    # a how-to's numbered steps, one with a byline-like line: no header under every
    # number, so the steps without one take no name from it
    text = (
        "Repotting a fig\n\n"
        "[#1](#step1)\n\nLoosen the root ball with a chopstick, working from the edge in.\n\n"
        "[#2](#step2)\n\nPhoto by **[Ines](./u/ines)** » Sat Mar 2, 2024\n\n"
        "Trim the thick roots by a third and keep the fine ones moist the whole time.\n\n"
        "[#3](#step3)\n\nSet the tree a little higher than before and water it in well.\n"
    )
    page = threadparse.parse(text)
    steps = list(page.walk())
    assert len(steps) == 3
    assert steps[0].author != "Ines" and steps[2].author != "Ines"
    assert steps[0].date is None and steps[2].date is None
    assert_nothing_lost(page, text)
