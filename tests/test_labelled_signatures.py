"""Comment shapes of real pages (round 13b), each tested on invented variants.

- A signature line closing each list item's body, its label before the name and a dash
  before the date ("Comment by Ann — 17.07, 2011 @ 13:04", an old WordPress theme's):
  the name and date are the item's, the body the lines over it, also where a short
  first line opens the body. The date's form (day and month of two digits, a comma
  before the year) is a date. lynx prints the signature under the body's last line
  with no blank line between: a label that opens such a line under at least three
  bodies of the page tells it apart from a body line. html2text wraps the signature
  ("… -- 18.03, 2014 @" over "10:02").
- "NAME Posted: Oct.28 at 4:22 pm" heading each item: a month's abbreviation glued to
  its day by its dot is a date, so the line names its author before it.
- A pingback whose linking post's title is too long for a name ("A Post's Long Title:
  Its Subtitle | A Blog - Its Motto DATE"), its body an excerpt ("[…] the words"):
  the line over the excerpt is the pingback's header, on one line, wrapped over three
  (lynx, a reply link on a line of its own under it), or with the excerpt not indented
  (html2text).
- A pingback's title lynx wrapped right after its bar ("A Post |" over "A Blog") keeps
  the bar between its pieces.
"""

from __future__ import annotations

import textwrap

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.dates import find_date, is_date_line

SIGNED_RESILIPARSE = """\
Harbour Notes

Thoughts on the old ferry timetable

18.3.14

Should the winter ferry run on Sundays?

The council has asked residents whether the winter ferry should run a reduced service \
on Sundays. I have read the consultation papers and summarise them here.

posted by Marten at 09:12
Comments (4)

4 Comments »

  1. A Sunday boat in January would mostly carry the crew and a few dogs, as far as I \
can tell from the counts in the appendix.

    {label} Ilse Brandvold {dash} 18.03, 2014 @ 10:02

  2. Still not convinced
    The counts were taken in a winter when the pier was closed for repairs, so they \
say little about demand.

    {label} Torvald Nyquist {dash} 18.03, 2014 @ 10:47

  3. @Torvald: fair point, the appendix does not mention the closure at all.

    {label} Marten {dash} 18.03, 2014 @ 11:30

  4. Could the Saturday boat not simply run later instead? That would help the market \
traders as well.

    {label} Pernille Aas {dash} 19.03, 2014 @ 08:15

RSS feed for comments on this post.

Leave a comment

Archives:
  • March 2014
  • February 2014
"""

SIGNED_LYNX = """\
                                 Harbour Notes

Thoughts on the old ferry timetable

   18.3.14

Should the winter ferry run on Sundays?

   The council has asked residents whether the winter ferry should run a
   reduced service on Sundays. I have read the consultation papers and
   summarise them here.

   posted by Marten at 09:12
   [1]Comments (4)

4 Comments [2]»

    1. A Sunday boat in January would mostly carry the crew and a few
       dogs, as far as I can tell from the counts in the appendix.
       {label} [3]Ilse Brandvold {dash} 18.03, 2014 @ [4]10:02
    2. Still not convinced
       The counts were taken in a winter when the pier was closed for
       repairs, so they say little about demand.
       {label} Torvald Nyquist {dash} 18.03, 2014 @ [5]10:47
    3. @Torvald: fair point, the appendix does not mention the closure at
       all.
       {label} [6]Marten {dash} 18.03, 2014 @ [7]11:30
    4. Could the Saturday boat not simply run later instead? That would
       help the market traders as well.
       {label} Pernille Aas {dash} 19.03, 2014 @ [8]08:15

   [9]RSS feed for comments on this post.

   Leave a comment

   Archives:
     * [10]March 2014
     * [11]February 2014
"""

SIGNED_HTML2TEXT = """\
# Harbour Notes

Thoughts on the old ferry timetable

18.3.14

## Should the winter ferry run on Sundays?

The council has asked residents whether the winter ferry should run a reduced
service on Sundays. I have read the consultation papers and summarise them
here.

posted by Marten at 09:12  
[Comments (4)](https://harbour.example/2014/03/ferry.html#comments)

## 4 Comments »

  1. A Sunday boat in January would mostly carry the crew and a few dogs, as far as \
I can tell from the counts in the appendix.

{label} [Ilse Brandvold](https://ilse.example.net/about-the-author-page) -- 18.03, 2014 @
10:02

  2. Still not convinced  
The counts were taken in a winter when the pier was closed for repairs, so
they say little about demand.

{label} Torvald Nyquist -- 18.03, 2014 @ 10:47

  3. @Torvald: fair point, the appendix does not mention the closure at all.

{label} [Marten](https://harbour.example/) -- 18.03, 2014 @ 11:30

  4. Could the Saturday boat not simply run later instead? That would help the \
market traders as well.

{label} Pernille Aas -- 19.03, 2014 @ 08:15

## Leave a comment

Name

Mail (will not be published)
"""  # noqa: W291

SIGNERS = ["Ilse Brandvold", "Torvald Nyquist", "Marten", "Pernille Aas"]
SIGNED_DATES = ["18.03, 2014 @ 10:02", "18.03, 2014 @ 10:47", "18.03, 2014 @ 11:30"]
LABELS = [("Comment by", "—"), ("Kommentar von", "–")]


def _signed(template: str, label: str, dash: str) -> tuple[threadparse.Page, str]:
    text = template.replace("{label}", label).replace("{dash}", dash)
    return threadparse.parse(text), text


@pytest.mark.parametrize(("label", "dash"), LABELS)
@pytest.mark.parametrize("template", [SIGNED_RESILIPARSE, SIGNED_LYNX])
def test_signature_under_each_item_names_it(template: str, label: str, dash: str) -> None:
    page, text = _signed(template, label, dash)
    comments = list(page.walk())
    assert [c.author for c in comments] == SIGNERS
    assert [c.date for c in comments][:3] == SIGNED_DATES
    assert comments[1].text.startswith("Still not convinced")  # (the body's, no name)
    assert all(label not in c.text for c in comments)  # (the signature is no body)
    assert_nothing_lost(page, text)


@pytest.mark.parametrize(("label", "dash"), LABELS)
def test_signature_html2text_wrapped(label: str, dash: str) -> None:
    page, text = _signed(SIGNED_HTML2TEXT, label, dash)
    comments = list(page.walk())
    assert [c.author for c in comments] == SIGNERS
    assert comments[1].text.startswith("Still not convinced")
    assert comments[3].date == "19.03, 2014 @ 08:15"
    assert_nothing_lost(page, text)


def test_label_under_two_lynx_bodies_signs_nothing() -> None:
    """A labelled dated line glued under a body's last line (lynx) signs it only where
    the label opens such a line under at least three bodies of the page: under two, the
    lines stay the bodies' text (a body may end in a dated line)."""
    text = SIGNED_LYNX.replace("{label}", "Comment by").replace("{dash}", "—")
    kept = [ln for ln in text.split("\n") if "[6]Marten" not in ln and "Pernille Aas" not in ln]
    page = threadparse.parse("\n".join(kept))
    assert not any(c.author in SIGNERS for c in page.walk())


def test_day_month_comma_year_is_a_date() -> None:
    match = find_date("Ann Lee — 17.07, 2011 @ 13:04")
    assert match is not None and match.group(0) == "17.07, 2011"
    assert is_date_line("03.11, 2009 @ 08:15")
    assert find_date("version 1.2, 2011") is None  # (no day and month of two digits)
    assert find_date("42.07, 2011") is None  # (no day 42)


POSTED_RESILIPARSE = """\
COURTSIDE WEEKLY

  • Home
  • Scores
  • Add a Comment
  • Share

Ranking the Benches by Their Free-Throw Shooting

We sorted every second unit in the league by its free-throw percentage over the first \
two weeks, with a minimum of twenty attempts.

Tags: Free Throws, Bench Units, Early Season

  • corvid_77 Posted: {m}.{d} at 4:12 pm
    First one here, and the numbers look about right to me.

  • Ansel Prow Posted: {m}.{d} at 5:03 pm
    Twenty attempts is far too few to rank anybody. Give it a month before drawing \
conclusions.

  • hollowpoint Posted: {m}.{d} at 9:41 pm
    Interesting list.
    The third unit surprised me, they looked shaky in the preseason.

  • Ansel Prow Posted: {m2}.{d2} at 8:15 am
    Following up: the official stats page has slightly different totals for two of \
these teams.

Comments

The comments section is a place to discuss the topics in this post.
"""

POSTED_HTML2TEXT = """\
# COURTSIDE WEEKLY

  * [Home](/)
  * [Scores](/scores/)

## Ranking the Benches by Their Free-Throw Shooting

We sorted every second unit in the league by its free-throw percentage over
the first two weeks, with a minimum of twenty attempts.

Tags: [Free Throws](/tag/free-throws/), [Bench
Units](/tag/bench-units/), [Early Season](/tag/early-season/)

4 Responses to "Ranking the Benches by Their Free-Throw Shooting"

  * corvid_77 Posted: {m}.{d} at 4:12 pm

First one here, and the numbers look about right to me.

  * Ansel Prow Posted: {m}.{d} at 5:03 pm

Twenty attempts is far too few to rank anybody. Give it a month before drawing
conclusions.

  * hollowpoint Posted: {m}.{d} at 9:41 pm

Interesting list.  
The third unit surprised me, they looked shaky in the preseason.

  * Ansel Prow Posted: {m2}.{d2} at 8:15 am

Following up: the official stats page has slightly different totals for two
of these teams.

## Comments

The comments section is a place to discuss the topics in this post.
"""  # noqa: W291


@pytest.mark.parametrize(
    ("m", "d", "m2", "d2"), [("Oct", "28", "Oct", "29"), ("Sept", "30", "Oct", "1")]
)
@pytest.mark.parametrize("template", [POSTED_RESILIPARSE, POSTED_HTML2TEXT])
def test_posted_glued_month_names_the_author(
    template: str, m: str, d: str, m2: str, d2: str
) -> None:
    text = template.replace("{m}", m).replace("{d}", d).replace("{m2}", m2).replace("{d2}", d2)
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == ["corvid_77", "Ansel Prow", "hollowpoint", "Ansel Prow"]
    assert comments[0].date == f"{m}.{d} at 4:12 pm"
    assert comments[3].date == f"{m2}.{d2} at 8:15 am"
    assert comments[2].text.startswith("Interesting list.")
    assert_nothing_lost(page, text)


PINGED_RESILIPARSE = """\
Lena Halvorsen

Was die neue Kennzeichnungspflicht für Vereinsblogs bedeutet

Seit dem Frühjahr müssen auch kleine Vereinsblogs bezahlte Beiträge kennzeichnen. Ich \
habe die wichtigsten Fragen gesammelt.

5 Kommentare

  1. Jorinde Maas 3. Mai 2019 um 09:14 Uhr - Antworten

    Danke für die Übersicht, genau das habe ich für unseren Ruderverein gesucht.

  2. {title} 4. Mai 2019 um 17:40 Uhr - Antworten

    […] die Pflicht gilt nach dieser Lesart auch für Beiträge, die nur einen Link auf \
einen Sponsor enthalten, und nicht erst ab einer bestimmten Reichweite […]

  3. Wochenlinks #12 – Der kleine Bootssteg 6. Mai 2019 um 08:02 Uhr - Antworten

    […] Lena Halvorsen erklärt die neue Kennzeichnungspflicht für Vereinsblogs […]

  4. Pieter Olsson 7. Mai 2019 um 21:30 Uhr - Antworten

    Gilt das auch für Vereine ohne eigene Website, die nur eine Seite in einem sozialen \
Netzwerk haben?

  5. {title2} 9. Mai 2019 um 12:05 Uhr - Antworten

    […] wer einen Sponsor nennt, sollte den Beitrag lieber einmal zu viel als einmal zu \
wenig kennzeichnen […]

Hinterlassen Sie einen Kommentar Antworten abbrechen
"""

PINGED_LYNX = """\
                                 Lena Halvorsen

Was die neue Kennzeichnungspflicht für Vereinsblogs bedeutet

   Seit dem Frühjahr müssen auch kleine Vereinsblogs bezahlte Beiträge
   kennzeichnen. Ich habe die wichtigsten Fragen gesammelt.

5 Kommentare

    1. Jorinde Maas 3. Mai 2019 um 09:14 Uhr [1]- Antworten
       Danke für die Übersicht, genau das habe ich für unseren
       Ruderverein gesucht.
{wrapped}
       [3]- Antworten
       […] die Pflicht gilt nach dieser Lesart auch für Beiträge, die nur
       einen Link auf einen Sponsor enthalten, und nicht erst ab einer
       bestimmten Reichweite […]
    3. [4]Wochenlinks #12 – Der kleine Bootssteg 6. Mai 2019 um 08:02 Uhr
       [5]- Antworten
       […] Lena Halvorsen erklärt die neue Kennzeichnungspflicht für
       Vereinsblogs […]
    4. Pieter Olsson 7. Mai 2019 um 21:30 Uhr [6]- Antworten
       Gilt das auch für Vereine ohne eigene Website, die nur eine Seite
       in einem sozialen Netzwerk haben?

Hinterlassen Sie einen Kommentar [7]Antworten abbrechen
"""

PINGED_HTML2TEXT = """\
# Lena Halvorsen

## Was die neue Kennzeichnungspflicht für Vereinsblogs bedeutet

Seit dem Frühjahr müssen auch kleine Vereinsblogs bezahlte Beiträge
kennzeichnen. Ich habe die wichtigsten Fragen gesammelt.

## 3 Kommentare

  1. **Jorinde Maas** 3\\. Mai 2019 um 09:14 Uhr [ \\- Antworten](/blog/k/?replytocom=11#respond)

Danke für die Übersicht, genau das habe ich für unseren Ruderverein gesucht.

  2. **[{title}](https://verein.example/2019/05/kennzeichnungspflicht-fuer-vereinsblogs/)** \
4\\. Mai 2019 um 17:40 Uhr [ \\- Antworten](/blog/k/?replytocom=12#respond)

[…] die Pflicht gilt nach dieser Lesart auch für Beiträge, die nur einen Link
auf einen Sponsor enthalten, und nicht erst ab einer bestimmten Reichweite […]

  3. **Pieter Olsson** 7\\. Mai 2019 um 21:30 Uhr [ \\- Antworten](/blog/k/?replytocom=14#respond)

Gilt das auch für Vereine ohne eigene Website, die nur eine Seite in einem
sozialen Netzwerk haben?

## Hinterlassen Sie einen Kommentar [Antworten abbrechen](/blog/k/#respond)
"""

TITLES = [
    "Kennzeichnungspflicht für Vereinsblogs erklärt: Was muss ab sofort wirklich "
    "gekennzeichnet werden? | Ruderclub Nordufer - Rudern, Wandern und Geselligkeit am "
    "großen See",
    "Sponsoren, Links und Vereinsleben im Überblick: Wie wir unsere Beiträge in Zukunft "
    "kennzeichnen wollen | Turnverein Ostheide - Sport und Spiel für alle Generationen "
    "seit 1897",
]


@pytest.mark.parametrize("order", [0, 1])
def test_long_pingback_title_over_its_excerpt(order: int) -> None:
    title, other = TITLES[order], TITLES[1 - order]
    text = PINGED_RESILIPARSE.replace("{title}", title).replace("{title2}", other)
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert len(comments) == 5
    assert [comments[1].author, comments[4].author] == [title, other]
    assert comments[1].kind == "pingback" and comments[1].date == "4. Mai 2019 um 17:40 Uhr"
    assert comments[1].text.startswith("[…] die Pflicht")
    assert_nothing_lost(page, text)


@pytest.mark.parametrize("title", TITLES)
def test_long_pingback_title_wrapped_by_lynx(title: str) -> None:
    head = f"    2. [2]{title} 4. Mai 2019 um 17:40 Uhr"
    wrapped = "\n".join(textwrap.wrap(head, 74, subsequent_indent="       "))
    assert wrapped.count("\n") >= 2  # (over three lines or more)
    text = PINGED_LYNX.replace("{wrapped}", wrapped)
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == [
        "Jorinde Maas",
        title,
        "Wochenlinks #12 – Der kleine Bootssteg",
        "Pieter Olsson",
    ]
    assert "[…] die Pflicht" in comments[1].text  # (under the reply link lynx wrapped)
    assert_nothing_lost(page, text)


@pytest.mark.parametrize("title", TITLES)
def test_long_pingback_title_html2text(title: str) -> None:
    text = PINGED_HTML2TEXT.replace("{title}", title)
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == ["Jorinde Maas", title, "Pieter Olsson"]
    assert comments[1].text.startswith("[…] die Pflicht")
    assert_nothing_lost(page, text)


BARRED_LYNX = """\
                              Freie Lizenzen im Verein

Warum unser Fotoarchiv jetzt unter einer freien Lizenz steht

   Wir haben alle Bilder des Archivs unter eine freie Lizenz gestellt.

3 Gedanken zu „Warum unser Fotoarchiv jetzt unter einer freien Lizenz steht“

    1. Pingback: [1]{a} |
       {b}
    2.
   [2]Hedda Lindqvist sagt:
       [3]14. März 2016 um 10:12
       Sehr gut, dann können wir die Bilder endlich in der Chronik
       verwenden.
    3. Pingback: [4]Wochenrückblick: Lizenzen, Archive und Chroniken |
       Heimatblog Süderbrarup

Schreibe einen Kommentar [5]Antworten abbrechen
"""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Fotoarchiv unter freier Lizenz: Was Vereine beachten müssen",
            "RECHTSANWÄLTIN MARIT SOLBERG",
        ),
        (
            "Freie Bilder für alle – Neues aus dem Vereinsarchiv",
            "Chronik des Schützenvereins Ostheide",
        ),
    ],
)
def test_pingback_title_wrapped_after_its_bar(a: str, b: str) -> None:
    text = BARRED_LYNX.replace("{a}", a).replace("{b}", b)
    page = threadparse.parse(text)
    authors = [c.author for c in page.walk()]
    assert authors == [
        f"{a} | {b}",
        "Hedda Lindqvist",
        "Wochenrückblick: Lizenzen, Archive und Chroniken | Heimatblog Süderbrarup",
    ]
    assert_nothing_lost(page, text)
