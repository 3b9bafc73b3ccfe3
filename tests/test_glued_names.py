"""What a page glues to a commenter's name, told by a shape the page repeats
(`names.strip_badges`): a name glued to itself ("RocíoRocío", a picture's text
then the name's link), an imageboard's tripcode ("anon !Fc9tq2Rm.E"), a motto glued in
parentheses ("面粉精(烤箱是我的好朋友)"), a one-word label only one poster carries
("fernwhistle (OP)"), a capitalised badge after a name the page prints alone ("Pauline
Reyes Ledger Staff"), and the day html2text leaves on the name's line when it wraps a
header inside its date. Invented pages in a site builder's comment list (resiliparse:
the name and the stamp on one line, the body under it, "Reply" closing it); the
negative cases are the shapes a name of its own takes."""

from __future__ import annotations

import threadparse

PAGE = """\
Loop & Purl
  • Home
  • Blog

Blocking a lace shawl without pins

3/14/2018

{byline}Wet the shawl, roll it in a towel, then lay it out on a mat.

6 Comments

Leave a Reply.

{a} 3/14/2018 06:15:27 pm
Does this work for a crescent shawl too? Mine curls at the tips.
Reply
{b} 3/14/2018 09:02:44 pm
It does, pin only the tips and let the rest lie flat.
Reply
{c} 3/15/2018 07:41:03 am
I used blocking wires for years and never looked back.
Reply
{d} 3/15/2018 10:12:50 am
How long do you leave it to dry in winter?
Reply
{b} 3/15/2018 08:55:38 pm
A day near the radiator, two in a cold room.
Reply
{e} 3/16/2018 12:20:09 pm
Thank you for the tip about the towel.
Reply
"""

NAMES = dict(
    a="Harriet Vose", b="Bridget Calloway", c="Noor Haddad", d="Kerstin Albrecht", e="Jo Brennan"
)


def authors(byline: str = "", **names: str) -> list[str | None]:
    page = threadparse.parse(PAGE.format(byline=byline, **{**NAMES, **names}))
    return [c.author for c in page.walk() if c.kind == "comment"]


def test_plain_page() -> None:
    assert authors() == [
        "Harriet Vose",
        "Bridget Calloway",
        "Noor Haddad",
        "Kerstin Albrecht",
        "Bridget Calloway",
        "Jo Brennan",
    ]


# names glued to themselves (a picture's text, then the name link): two names so, at least
def test_names_glued_twice_read_once() -> None:
    got = authors(a="marianelamarianela", c="Horacio MedinaHoracio Medina")
    assert got[0] == "marianela" and got[2] == "Horacio Medina"


def test_one_name_glued_twice_stays() -> None:
    """A name alone that repeats itself may be a name ("Tintin"): no page shape proves it."""
    assert authors(a="TintinTintin")[0] == "TintinTintin"


# an imageboard's tripcode after the name
def test_tripcode_after_the_name() -> None:
    got = authors(a="griddle_anon !Fc9tq2Rm.E", d="kestrel !!x8Qm3pLk2Tw")
    assert got[0] == "griddle_anon" and got[3] == "kestrel"


def test_an_exclamation_word_stays() -> None:
    assert authors(a="Harriet !Wonderful")[0] != "Harriet"


# a parenthesis glued (no space) to two names or more: each poster's motto
def test_mottos_glued_to_names() -> None:
    got = authors(a="面粉精(烤箱是我的好朋友)", c="手残小圆子(今天也没做成功)")
    assert got[0] == "面粉精" and got[2] == "手残小圆子"


def test_one_glued_parenthesis_stays() -> None:
    assert authors(a="Harriet(Hattie)")[0] == "Harriet(Hattie)"


# a one-word parenthesis only one poster carries, on all their comments
def test_a_label_only_one_poster_carries() -> None:
    got = authors(b="Bridget Calloway (OP)")
    assert got[1] == got[4] == "Bridget Calloway"
    got = authors(b="Maëlle Ricard ( Site )")
    assert got[1] == got[4] == "Maëlle Ricard"


def test_a_handle_in_parenthesis_stays() -> None:
    """The name's letters spell it in order: the user's handle, part of the name shown."""
    assert authors(b="Bridget Calloway (bcall)")[1] == "Bridget Calloway (bcall)"


def test_a_parenthesis_the_page_prints_in_prose_stays() -> None:
    byline = "Last edited by Ingrid (Lanternworks) on 3/14/2018\n\n"
    assert authors(byline, b="Ingrid (Lanternworks)")[1] == "Ingrid (Lanternworks)"


# a capitalised word after a name that the page prints alone on a line elsewhere
def test_a_badge_after_a_name_printed_alone() -> None:
    byline = "Bridget Calloway\n\n"
    got = authors(byline, b="Bridget Calloway Author")
    assert got[1] == got[4] == "Bridget Calloway"
    got = authors("Pauline Reyes\n\n", b="Pauline Reyes Ledger Staff")
    assert got[1] == "Pauline Reyes"


def test_a_last_name_without_a_name_alone_stays() -> None:
    assert authors(b="Bridget Calloway Jones")[1] == "Bridget Calloway Jones"


# html2text wraps a header inside its date: the day stays on the name's line
WRAPPED = """\
Hollowfen > General Discussions > Topic Details

Showing 1-3 of 3 comments

[
![](https://avatars.example.invalid/b6b3e8d53c422b04ae6e8883f56fb62a7cc0e710_medium.jpg)
](https://forum.example.invalid/profiles/76561190000000101/)

[ Ferngully Ollie](https://forum.example.invalid/profiles/76561190000000101/) 14
Mar @ 1:40pm

#1

Does the save folder move when the game updates? Mine seems to be gone.

[
![](https://avatars.example.invalid/0a13e57b1fff54c92ee5d71cc3502e05089b2269_medium.jpg)
](https://forum.example.invalid/profiles/76561190000000102/)

[ murkwater_moth](https://forum.example.invalid/profiles/76561190000000102/) 9
Mar, 2021 @ 2:20pm

#2

Only on the first start after the patch, it copies the old one over.

[
![](https://avatars.example.invalid/b6b3e8d53c422b04ae6e8883f56fb62a7cc0e710_medium.jpg)
](https://forum.example.invalid/profiles/76561190000000101/)

[ Ferngully Ollie](https://forum.example.invalid/profiles/76561190000000101/) 14
Mar @ 3:05pm

#3

Thanks, that matches what I saw on my own machine last night.
"""


def test_a_day_left_on_the_name_line() -> None:
    page = threadparse.parse(WRAPPED)
    got = [c.author for c in page.walk() if c.kind == "comment"]
    assert got[1] == "murkwater_moth"
    assert all(not (a or "").endswith((" 14", " 9")) for a in got)
