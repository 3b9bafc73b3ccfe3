"""Comment headers that print the comment's votes and number before the name
("+5 #1 Ann Lee 10.03.2021 11:47", "-2 #6 bob 11.03.2021 09:40"), as a CMS comment
plugin does, under a heading in any language; beside them a "latest comments" widget
whose items ("NAME DATE", a title, an excerpt cut with an ellipsis) read as comments of
their own, and a byline ("Published: DATE") over the article. The votes and number are
no part of the name; the widget's excerpts neither make a comment section nor stop the
search for the flat list of comments; a label closed by a colon before a date is no
author of the list's template. Invented pages."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L


@pytest.mark.parametrize(
    "line, author",
    [
        ("+5 #1 Walery K. 10.03.2021 11:47", "Walery K."),
        ("-2 #6 szczepan_b 11.03.2021 09:40", "szczepan_b"),
        ("0 #14 Olga Mirecka 11.03.2021 08:15", "Olga Mirecka"),
        ("−1 #3 Ann 2021-03-11 08:15", "Ann"),
        ("#12 Ann Lee May 3, 2021", "Ann Lee"),
    ],
)
def test_votes_and_number_are_no_part_of_the_name(line: str, author: str) -> None:
    header = L.read_header(line)
    assert header is not None and header.author == author


POLISH = """\
Wiadomości działkowe
  • Start
  • Porady
  • Kontakt
Jak ocieplić werandę bez rozbierania ścian
Opublikowano: 10.03.2021
Werandę dobudowaliśmy pod koniec lat siedemdziesiątych i od tamtej pory zimą nie dało się w niej wytrzymać dłużej niż kwadrans.
W tym roku zaczęliśmy od podłogi, bo to przez nią uciekało najwięcej ciepła, a potem przyszła kolej na ściany.
  • Wstecz
  • Dalej
Komentarze
+5 #1 Walery K. 10.03.2021 11:47
Dzięki za dokładny opis. Mamy prawie taką samą werandę na ceglanych słupkach i podłoga zimą jest lodowata.
Odpowiedz | Cytuj | Zgłoś
+3 #2 Henryk Szarecki 10.03.2021 12:30
W podłogę dałem wełnę w dwóch warstwach z przesunięciem styków, od spodu membrana wiatrochronna.
Odpowiedz | Cytuj | Zgłoś
-2 #3 szczepan_b 11.03.2021 09:40
Myszy żyją wszędzie, w styropianie też drążą korytarze. Liczy się siatka na obwodzie, nie materiał.
Odpowiedz | Cytuj | Zgłoś
0 #4 Olga Mirecka 11.03.2021 10:02
U nas siatka była, ale widocznie została gdzieś szczelina. Może pan ma rację.
Odpowiedz | Cytuj | Zgłoś
Dodaj komentarz
Ostatnie komentarze
  • Ludmiła 13.03.2021
    Rozsada papryki: dlaczego się wyciąga
    Miałam ten sam problem, dopóki nie kupiłam lampy do roślin. Teraz stawiam...
  • Wiktor Sęk 13.03.2021
    Szambo z kręgów betonowych
    Kręgi lepiej brać z zamkiem, inaczej z czasem się rozjadą na boki...
  • Ania 13.03.2021
    Ogórki małosolne w jeden dzień
    Spróbowałam przepisu z wodą mineralną, wyszły naprawdę bardzo dobre...
© 2021 Wiadomości działkowe
"""  # noqa: E501

# the same template in English, the widget printed before the comments (a left column)
ENGLISH = """\
Allotment Notes
Recent comments
  • Lyle Forde 13.03.2021
    Peppers stretching on the windowsill
    I had the same trouble until I bought a grow lamp. Now I put them...
  • Vic Stannard 13.03.2021
    A septic tank from concrete rings
    Buy the rings with an interlocking edge or they will slowly drift apart...
  • Annie 13.03.2021
    Quick pickled cucumbers
    Tried your recipe with sparkling water and it came out really very...
Insulating a porch floor from below
Posted: 10.03.2021
We added the porch in the late seventies and since then nobody could sit in it for more than a quarter of an hour in winter.
This year we started with the floor, since that is where most of the heat was going, and moved on to the walls after.
Comments
+5 #1 Walt Kinsey 10.03.2021 11:47
Thanks for the detailed write-up. Our porch is almost the same, also on brick piers, and the floor is icy all winter.
Reply | Quote | Report
+3 #2 Hal Sharrock 10.03.2021 12:30
Two layers of wool in the floor with the joints staggered, and a wind membrane underneath it.
Reply | Quote | Report
-2 #3 steve_b 11.03.2021 09:40
Mice live anywhere, they tunnel through foam as well. It is the mesh around the edge that matters.
Reply | Quote | Report
Add a comment
"""  # noqa: E501


@pytest.mark.parametrize(
    "text, authors",
    [
        (POLISH, ["Walery K.", "Henryk Szarecki", "szczepan_b", "Olga Mirecka"]),
        (ENGLISH, ["Walt Kinsey", "Hal Sharrock", "steve_b"]),
    ],
    ids=["polish-widget-after", "english-widget-before"],
)
def test_the_voted_comments_are_the_section(text: str, authors: list[str]) -> None:
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == authors
    assert "wytrzymać" in page.article.text or "quarter of an hour" in page.article.text
    assert all("..." not in c.text for c in page.walk())  # (no excerpt is a comment)
    assert_nothing_lost(page, text)


def test_a_widget_of_excerpts_alone_still_reads_as_comments() -> None:
    # without a section beside it, a run of "NAME DATE" items is what the page has
    widget = ENGLISH.split("Insulating a porch")[0]
    page = threadparse.parse(widget)
    assert [c.author for c in page.walk()] == ["Lyle Forde", "Vic Stannard", "Annie"]
