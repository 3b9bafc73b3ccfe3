"""A talk page's comment whose signature stands in a paragraph of its own under a list
(a link checker's notice: its text, the list of dead links with their dated checks,
then "– LinkBot (talk) DATE"; a proposal whose points are a list): the list and the
prose over it are the comment's body (`posts.signatures._paragraphs_back` with
``lists``, read for paragraphs closed by signatures), not the previous comment's tail,
where a dated line of the list read as a header would cut across the comments.

Every fixture here is invented.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

# w3m's rendering: replies indented four columns a level, the signature wrapped anywhere
DE_W3M = """\
Diskussion:Wasserturm Kleinlinden

Aus Wikipedia, der freien Enzyklopädie

Baujahr

[Quelltext bearbeiten]
Letzter Kommentar: vor 5 Monaten
3 Kommentare
2 Personen in der Diskussion

Im Artikel steht 1911, auf der Tafel am Turm aber 1913. Weiß jemand, welche
Angabe stimmt, und hat jemand die Bauakte? --Henrike Saalfeld (Diskussion) 09:14,
2. Feb. 2024 (CET)[antworten]

    Die Bauakte im Stadtarchiv nennt 1911 als Baubeginn und 1913 als
    Fertigstellung. Beides also richtig. --Ortwin B. (Diskussion) 11:40, 2.
    Feb. 2024 (CET)[antworten]
        Danke, ich ergänze den Satz entsprechend. --Henrike Saalfeld (
        Diskussion) 13:02, 2. Feb. 2024 (CET)[antworten]

Toter Link

[Quelltext bearbeiten]
Letzter Kommentar: vor 4 Monaten
2 Kommentare
2 Personen in der Diskussion

Bei mehreren Prüfläufen war der folgende Einzelnachweis nicht erreichbar.
Bitte prüfe den Link und ersetze ihn gegebenenfalls durch eine Archivfassung!

  • http://www.wasserturm-kleinlinden.example/chronik.htm
      □ Im Artikel Wasserturm Kleinlinden on 2024-03-11 07:45:02, 410 Gone
      □ Archive

– LinkPruefer (Diskussion) 07:50, 11. Mär. 2024 (CET)[antworten]

    Durch die Fassung im Webarchiv ersetzt. --Ortwin B. (Diskussion) 18:22,
    11. Mär. 2024 (CET)[antworten]
"""

# Spanish, lynx-like: the list's items nested, no zone's parentheses but "(UTC)"
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

-- EnlaceBot (discusión) 05:45 20 mar 2024 (UTC)

    Sustituido por la copia del archivo. -- Lucía Arrabal (discusión) 18:30 20
    mar 2024 (UTC)
"""


def _by_author(page: threadparse.Page) -> dict[str, threadparse.Comment]:
    return {c.author: c for c in page.walk() if c.author}


def test_the_bot_notice_keeps_its_text_and_its_list_german_w3m() -> None:
    page = threadparse.parse(DE_W3M)
    comments = list(page.walk())
    assert [c.author for c in comments] == [
        "Henrike Saalfeld",
        "Ortwin B.",
        "Henrike Saalfeld",
        "LinkPruefer",
        "Ortwin B.",
    ]
    bot = comments[3]
    assert bot.text.startswith("Bei mehreren Prüfläufen")
    assert "410 Gone" in bot.text
    assert "Toter Link" not in bot.text  # (the heading and its bar stay out)
    assert "Prüfläufen" not in comments[2].text
    assert [c.depth for c in comments] == [0, 1, 2, 0, 1]
    assert_nothing_lost(page, DE_W3M)


def test_the_bot_notice_spanish() -> None:
    page = threadparse.parse(ES)
    by_author = _by_author(page)
    bot = by_author["EnlaceBot"]
    assert bot.text.startswith("El bot ha encontrado")
    assert "error 404" in bot.text
    assert "El bot" not in by_author["Tomás Ibarra"].text
    assert_nothing_lost(page, ES)


NO_PROSE_OVER = """\
Talk:Marsh Lane Halt

Platform length

The infobox gives the platform as two coaches long, but the 1932 survey says three. Does anyone have the survey to hand? — Corin Vale (talk) 08:20, 9 May 2024 (UTC)[reply]

I have it. Page 14 says three coaches before the 1958 cut-back. — Tamsin Orr (talk) 10:02, 9 May 2024 (UTC)[reply]

Sources checked

• 1932 survey, checked 2024-06-02
• 1958 timetable

— Corin Vale (talk) 17:45, 3 June 2024 (UTC)[reply]
"""  # noqa: E501


def test_a_list_under_a_heading_is_no_body() -> None:
    # no prose over the list: the heading and the list are no part of the signed line's
    # comment (only a list glued under a prose paragraph is)
    page = threadparse.parse(NO_PROSE_OVER)
    comments = list(page.walk())
    assert [c.author for c in comments] == ["Corin Vale", "Tamsin Orr", "Corin Vale"]
    assert "1932 survey, checked" not in comments[2].text
    assert_nothing_lost(page, NO_PROSE_OVER)
