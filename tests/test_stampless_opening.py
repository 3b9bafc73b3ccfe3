"""A board's opening post printed with the replies' whole header block but for the
number that stamps each reply (`posts.find._StampedHeaders.unstamped`): the poster's
name, a card of list items, the subject, then the date, where each reply prints the
subject with its reply mark ("Re:", "Odp:", "AW:") and its "#1", "#2" over the date.
The topic's byline over the thread ("Started by NAME, DATE", "Begonnen von", "Iniciado
por") is no post: the opening post is the one under it, its author the name in its own
header. Variants: an English board (resiliparse), a German one (w3m), a Spanish one as
inscriptis prints it (the opening post's lines indented under the card's last item, no
"#N" line to end it), an English one in html2text (the date a link whose title wraps),
and an older layout whose opening post prints "« on: DATE »" over replies' "« Reply #1
on: DATE »" (read before this rule, kept). And what must stay the article: a blog
whose text says "Started by a question from a reader", its author's name over it and
a commenter of that name, prose between the name and the date.

Every fixture is invented, in the shapes those converters print such pages.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

ENGLISH = """\
  • Welcome, Guest. Please login or register.
  • Login
  • Register

Lantern Makers' Board

Home
  • Lantern Makers' Board
  • ► Workshop
  • ► Brass tarnish on an old storm lantern

Brass tarnish on an old storm lantern

Started by wick_trimmer, 14 May 2024, 08:15:02

« previous - next »

0 Members and 2 Guests are viewing this topic.

ReplyNotifyPrint
Go Down Pages1

wick_trimmer

  • *
  • Newbie
  • Posts: 12
  • Location: Harwich
  • Logged
Brass tarnish on an old storm lantern
14 May 2024, 08:15:02
Hello all,

I bought a storm lantern at a boot sale and the brass has gone almost black. I would
like it bright again without scrubbing the stamped maker's mark off the font.

What do you use on old brass?
  • Like
  • Quote
Harwich, mostly paraffin

Oil_and_Flint

  • Global Moderator
  • *****
  • Hero Member
  • Posts: 4 120
  • Location: Leeds
  • Logged
Re: Brass tarnish on an old storm lantern
#1
14 May 2024, 09:02:44
Lemon juice and salt on a soft cloth, then rinse and dry at once. Go gently round the
mark and it will survive.
  • Like
  • Quote

marram_grass

  • ***
  • Full Member
  • Posts: 388
  • Location: Skegness
  • Logged
Re: Brass tarnish on an old storm lantern
#2
14 May 2024, 11:40:19
Ketchup works as well, odd as it sounds. Leave it on for ten minutes and wipe off.
  • Like
  • Quote

wick_trimmer

  • *
  • Newbie
  • Posts: 12
  • Location: Harwich
  • Logged
Re: Brass tarnish on an old storm lantern
#3
15 May 2024, 19:07:55
Lemon and salt did it. The mark is still crisp. Thank you both.
  • Like
  • Quote
Harwich, mostly paraffin

pennywhistle

  • ***
  • Full Member
  • Posts: 502
  • Location: Whitby
  • Logged
Re: Brass tarnish on an old storm lantern
#4
15 May 2024, 20:31:10
Whatever you do, keep wire wool away from it. It leaves scratches you will see forever.
  • Like
  • Quote

Oil_and_Flint

  • Global Moderator
  • *****
  • Hero Member
  • Posts: 4 120
  • Location: Leeds
  • Logged
Re: Brass tarnish on an old storm lantern
#5
16 May 2024, 07:12:30
Glad to hear it. A thin coat of wax will keep it bright for a season.
  • Like
  • Quote

tallow_tom

  • *
  • Newbie
  • Posts: 3
  • Location: Lowestoft
  • Logged
Re: Brass tarnish on an old storm lantern
#6
16 May 2024, 10:48:03
Bookmarking this, I have two of the same lanterns in the shed.
  • Like
  • Quote

Pages1
Go Up
"""

GERMAN_W3M = """\
  • Willkommen, Gast. Bitte einloggen oder registrieren.

Imkerforum Nord

  • Imkerforum Nord
  • ► Völkerführung
  • ► Schwarmstimmung im Mai trotz Erweiterung

Schwarmstimmung im Mai trotz Erweiterung

Begonnen von Honigtopf_Jens, 07 Mai 2024, 17:22:40

« vorheriges - nächstes »

Antworten Drucken
Nach unten Seiten1

Honigtopf_Jens

  • Neuling
  • [avatar_88]
  • *
  • Beiträge: 31
  • Wohnort: Husum
  • Gespeichert
Schwarmstimmung im Mai trotz Erweiterung
[xx] 07 Mai 2024, 17:22:40
Moin zusammen,

mein stärkstes Volk zieht seit drei Tagen Weiselzellen, obwohl ich vor einer Woche
einen zweiten Honigraum aufgesetzt habe. Was würdet ihr jetzt tun?
  • Gefällt mir
  • Zitieren

Wabenbauerin

  • Moderator
  • [avatar_12]
  • *****
  • Beiträge: 2 904
  • Wohnort: Kiel
  • Gespeichert
AW: Schwarmstimmung im Mai trotz Erweiterung
#1
[xx] 07 Mai 2024, 18:05:13
Ein Ableger mit der alten Königin nimmt den Druck sofort raus. Die Zellen im Volk
kannst du bis auf zwei schöne brechen.
  • Gefällt mir
  • Zitieren

Drohnenschlacht

  • Mitglied
  • [avatar_301]
  • ***
  • Beiträge: 215
  • Wohnort: Flensburg
  • Gespeichert
AW: Schwarmstimmung im Mai trotz Erweiterung
#2
[xx] 07 Mai 2024, 21:48:02
Dem schließe ich mich an, und schau nach, ob die Königin noch Platz zum Legen hat.
  • Gefällt mir
  • Zitieren

Honigtopf_Jens

  • Neuling
  • [avatar_88]
  • *
  • Beiträge: 31
  • Wohnort: Husum
  • Gespeichert
AW: Schwarmstimmung im Mai trotz Erweiterung
#3
[xx] 08 Mai 2024, 06:30:59
Ableger ist gemacht, danke euch. Ich berichte in einer Woche.
  • Gefällt mir
  • Zitieren

Stockmeißel

  • Mitglied
  • [avatar_415]
  • ***
  • Beiträge: 388
  • Wohnort: Schleswig
  • Gespeichert
AW: Schwarmstimmung im Mai trotz Erweiterung
#4
[xx] 08 Mai 2024, 08:12:31
Viel Erfolg. Bei mir hat ein Ableger im Mai noch jedes Mal gereicht.
  • Gefällt mir
  • Zitieren

Weidenkorb

  • Neuling
  • [avatar_502]
  • *
  • Beiträge: 6
  • Wohnort: Bredstedt
  • Gespeichert
AW: Schwarmstimmung im Mai trotz Erweiterung
#5
[xx] 08 Mai 2024, 19:40:07
Danke für den Faden, genau das steht bei mir nächste Woche auch an.
  • Gefällt mir
  • Zitieren

Seiten1
Nach oben
"""

SPANISH_INSCRIPTIS = """\
    Foro de Relojería Antigua

          Reloj de pared que se adelanta diez minutos al día

          Iniciado por tictac_merche, 21 Abril 2024, 10:44:12

          « anterior - siguiente »

            ResponderImprimir
            Abajo Páginas 1

                tictac_merche

                  * Novato
                  * Mensajes: 9
                  * Ubicación: Zaragoza
                  * Registrado
                    Reloj de pared que se adelanta diez minutos al día
                    21 Abril 2024, 10:44:12
                    Buenos días,

                    heredé un reloj de pared de péndulo que se adelanta unos diez minutos cada día. Lo he limpiado por fuera pero no me atrevo a tocar la máquina.

                    ¿Por dónde empiezo?
                    * Me gusta
                    * Citar

                Volante_Pepe

                  * Moderador
                  * Mensajes: 3 310
                  * Ubicación: Valencia
                  * Registrado
                    Re: Reloj de pared que se adelanta diez minutos al día
                  #1
                    21 Abril 2024, 11:20:37
                    Antes de abrir nada, baja la lenteja del péndulo girando la tuerca de abajo una vuelta entera y mide otro día.
                    * Me gusta
                    * Citar

                cuco_de_la_sierra

                  * Miembro
                  * Mensajes: 412
                  * Ubicación: Segovia
                  * Registrado
                    Re: Reloj de pared que se adelanta diez minutos al día
                  #2
                    21 Abril 2024, 13:02:55
                    Lo de la tuerca es lo primero, sí. Si sigue igual, revisa que el reloj esté bien nivelado en la pared.
                    * Me gusta
                    * Citar

                tictac_merche

                  * Novato
                  * Mensajes: 9
                  * Ubicación: Zaragoza
                  * Registrado
                    Re: Reloj de pared que se adelanta diez minutos al día
                  #3
                    22 Abril 2024, 09:15:40
                    Una vuelta de tuerca y ahora se retrasa un minuto. ¡Gracias a los dos!
                    * Me gusta
                    * Citar

                Escape_Ancla

                  * Miembro
                  * Mensajes: 267
                  * Ubicación: Teruel
                  * Registrado
                    Re: Reloj de pared que se adelanta diez minutos al día
                  #4
                    22 Abril 2024, 12:30:08
                    Apunta cuántas vueltas das cada vez, que luego nadie se acuerda.
                    * Me gusta
                    * Citar

                relojera_lu

                  * Novato
                  * Mensajes: 2
                  * Ubicación: Huesca
                  * Registrado
                    Re: Reloj de pared que se adelanta diez minutos al día
                  #5
                    23 Abril 2024, 18:05:44
                    Me guardo el hilo, tengo uno igual en casa de mi abuela.
                    * Me gusta
                    * Citar
"""  # noqa: E501

ENGLISH_HTML2TEXT = """\
  * [Lantern Makers' Board](https://lanterns.example/index.php)
  * ► [Workshop](https://lanterns.example/index.php?board=4.0)

## Cracked chimney glass: replace or repair?

Started by mantle_mo, 02 June 2024, 07:41:19

[« previous](https://lanterns.example/index.php?topic=77.0;prev_next=prev#new)
\\- [next »](https://lanterns.example/index.php?topic=77.0;prev_next=next#new)

####  [mantle_mo](https://lanterns.example/index.php?action=profile;u=41 "View
the profile of mantle_mo")

  * Newbie
  * Posts: 4
  * Logged

[Cracked chimney glass: replace or
repair?](https://lanterns.example/index.php?msg=901)

[02 June 2024, 07:41:19](https://lanterns.example/index.php?msg=901 "Cracked
chimney glass: replace or repair?")

Morning all,

the chimney glass on my hurricane lamp has a hairline crack from the rim down about
two centimetres. Is there a safe way to stop it running, or is it a new glass?

####  [Oil_and_Flint](https://lanterns.example/index.php?action=profile;u=2
"View the profile of Oil_and_Flint")

  * Global Moderator
  * Posts: 4 121
  * Logged

[Re: Cracked chimney glass: replace or
repair?](https://lanterns.example/index.php?msg=905)

#1

[02 June 2024, 08:10:02](https://lanterns.example/index.php?msg=905 "Reply #1
- Re: Cracked chimney glass: replace or repair?")

A new glass. A crack in a chimney only ever runs further once it is hot.

####  [wick_trimmer](https://lanterns.example/index.php?action=profile;u=7
"View the profile of wick_trimmer")

  * Newbie
  * Posts: 13
  * Logged

[Re: Cracked chimney glass: replace or
repair?](https://lanterns.example/index.php?msg=911)

#2

[02 June 2024, 12:55:48](https://lanterns.example/index.php?msg=911 "Reply #2
- Re: Cracked chimney glass: replace or repair?")

Agreed. Measure the base diameter before you order, they vary more than you think.

####  [mantle_mo](https://lanterns.example/index.php?action=profile;u=41 "View
the profile of mantle_mo")

  * Newbie
  * Posts: 4
  * Logged

[Re: Cracked chimney glass: replace or
repair?](https://lanterns.example/index.php?msg=920)

#3

[03 June 2024, 18:02:11](https://lanterns.example/index.php?msg=920 "Reply #3
- Re: Cracked chimney glass: replace or repair?")

New glass ordered, 76 mm base. Thanks both.
"""

# an older layout: the opening post's "« on: DATE »", each reply's "« Reply #N on: DATE »"
OLDER = """\
Kiln Talk

Glaze crawling on the inside of bowls

Started by slipcast_sal, June 09, 2024, 04:12:33 PM

Go Down Pages1

slipcast_sal

  • Newbie
  • *
  • Posts: 21
  • Logged
Glaze crawling on the inside of bowls
« on: June 09, 2024, 04:12:33 PM »
My glaze pulls back into beads on the inside of every bowl, never on the outside. I
wipe the bisque with a damp sponge before glazing. What am I missing?
  • Report to moderator

Cone_Six

  • Hero Member
  • *****
  • Posts: 2 210
  • Logged
Re: Glaze crawling on the inside of bowls
« Reply #1 on: June 09, 2024, 05:01:09 PM »
Dust or oil from your hands. Rinse the bisque under the tap and let it dry fully.
  • Report to moderator

wedging_wanda

  • Full Member
  • ***
  • Posts: 640
  • Logged
Re: Glaze crawling on the inside of bowls
« Reply #2 on: June 10, 2024, 09:27:40 AM »
Also check that the glaze is not too thick inside: it shrinks more where it pools.
  • Report to moderator

slipcast_sal

  • Newbie
  • *
  • Posts: 21
  • Logged
Re: Glaze crawling on the inside of bowls
« Reply #3 on: June 11, 2024, 07:45:02 PM »
Rinsed and thinned, and the last batch came out clean. Thank you.
  • Report to moderator

bisque_ben

  • Full Member
  • ***
  • Posts: 517
  • Logged
Re: Glaze crawling on the inside of bowls
« Reply #4 on: June 12, 2024, 08:03:19 AM »
Worth a look at your sponge too: a soapy one leaves a film the glaze will not wet.
  • Report to moderator

raku_rita

  • Newbie
  • *
  • Posts: 8
  • Logged
Re: Glaze crawling on the inside of bowls
« Reply #5 on: June 12, 2024, 10:51:37 AM »
Same trouble here last winter, same cure. Good to see it written down.
  • Report to moderator
"""

# a blog post: its author's name over it and a commenter of that name; the text says
# "Started by", prose between the name and the date; the comments numbered "#N"
BLOG = """\
Notes from the Allotment

Why we dig in autumn

Hazel Moorcroft

Started by a question from a reader last spring, this piece grew into a season of
trials on two beds side by side.
12 October 2024, 09:00:00
We dug one bed in October and left the other until March. The autumn bed drained
better, warmed sooner and the frost broke the clods down for us over the winter. The
spring bed stayed wet and cold well into April, and the first sowings sulked.

There is more to it than drainage, of course, and next year we will try a third bed
under a mulch of leaves to see whether it can do without digging at all.

Comments

Pip Hartley

  • Reader
  • Comments: 14
#1
12 October 2024, 11:20:00
We tried the leaf mulch last year: worms did most of the work.

Hazel Moorcroft

  • Author
  • Comments: 230
#2
12 October 2024, 12:05:00
That is encouraging, Pip. I will report back in spring.

Tom Ashby

  • Reader
  • Comments: 3
#3
13 October 2024, 08:44:00
Clay soil here: autumn digging is the only thing that works for me.
"""


def _authors(page: threadparse.Page) -> list[str | None]:
    return [comment.author for comment in page.walk()]


def _check_opening(text: str, authors: list[str], date: str, opening_text: str) -> None:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert _authors(page) == authors
    assert all(comment.depth == 0 for comment in page.walk())
    opening = page.comments[0]
    assert opening.date == date
    assert opening_text in opening.text
    assert opening_text not in page.article.text


def test_english_opening_post_under_started_by() -> None:
    _check_opening(
        ENGLISH,
        [
            "wick_trimmer",
            "Oil_and_Flint",
            "marram_grass",
            "wick_trimmer",
            "pennywhistle",
            "Oil_and_Flint",
            "tallow_tom",
        ],
        "14 May 2024, 08:15:02",
        "I bought a storm lantern",
    )


def test_german_opening_post_in_w3m() -> None:
    _check_opening(
        GERMAN_W3M,
        [
            "Honigtopf_Jens",
            "Wabenbauerin",
            "Drohnenschlacht",
            "Honigtopf_Jens",
            "Stockmeißel",
            "Weidenkorb",
        ],
        "07 Mai 2024, 17:22:40",
        "mein stärkstes Volk",
    )


def test_spanish_opening_post_indented_under_the_card() -> None:
    _check_opening(
        SPANISH_INSCRIPTIS,
        [
            "tictac_merche",
            "Volante_Pepe",
            "cuco_de_la_sierra",
            "tictac_merche",
            "Escape_Ancla",
            "relojera_lu",
        ],
        "21 Abril 2024, 10:44:12",
        "heredé un reloj de pared",
    )


def test_english_opening_post_in_html2text() -> None:
    _check_opening(
        ENGLISH_HTML2TEXT,
        ["mantle_mo", "Oil_and_Flint", "wick_trimmer", "mantle_mo"],
        "02 June 2024, 07:41:19",
        "hairline crack",
    )


def test_older_layout_still_reads_its_opening_post() -> None:
    page = threadparse.parse(OLDER)
    assert_nothing_lost(page, OLDER)
    assert _authors(page) == [
        "slipcast_sal",
        "Cone_Six",
        "wedging_wanda",
        "slipcast_sal",
        "bisque_ben",
        "raku_rita",
    ]
    assert "My glaze pulls back" in page.comments[0].text


def test_blog_article_saying_started_by_gains_no_post() -> None:
    page = threadparse.parse(BLOG)
    assert_nothing_lost(page, BLOG)
    assert _authors(page) == ["Pip Hartley", "Hazel Moorcroft", "Tom Ashby"]
    assert "We dug one bed in October" in page.article.text
    assert not any("We dug one bed" in comment.text for comment in page.walk())
