"""Forum posts whose header block prints the name as an item, the name again (with
soft hyphens inside it, invisible to a reader: "vall\\u00admo_k"), then one and the same
word before the date on every post ("Äldre 15 Jun 12:05", "Older 15 Jun 12:05"), then
the post's number: the word is the template's label, the name printed twice is the
author. Invented pages in the shape of a parenting forum, as resiliparse prints it."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

POSTS = [
    ("vallmo_k", "Vi kramas mest hemma, pussar blir det bara på kinden."),
    ("Lisen88", "Så länge barnet själv tycker att det är fint så ser jag inget fel."),
    ("Tantolund", "Min mormor gjorde så med alla barnbarn och ingen tog illa upp."),
    ("BKR", "Hos oss är det olika från barn till barn, vi frågar först."),
]


def _hyphenated(name: str) -> str:
    """The name as the page prints it the second time: a soft hyphen in its middle."""
    return name[: len(name) // 2] + "\u00ad" + name[len(name) // 2 :] if len(name) > 4 else name


@pytest.mark.parametrize("label", ["Äldre", "Older"])
def test_one_word_before_every_date_is_no_name(label: str) -> None:
    lines = ["Forum Föräldraskap", "Pussar och kramar i familjen", ""]
    for number, (name, body) in enumerate(POSTS, 1):
        lines += [f"  • {name}", f"    {_hyphenated(name)}", f"    {label} 15 Jun 12:0{number}"]
        lines += [f"    #{number}", "    Visa endast Anmäl", "", f"    {body}", ""]
    lines += ["Svara i tråden", "", "Regler · Kontakt"]
    text = "\n".join(lines) + "\n"
    page = threadparse.parse(text)
    assert [(c.author, c.text) for c in page.walk()] == POSTS
    assert_nothing_lost(page, text)
