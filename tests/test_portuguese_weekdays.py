"""Portuguese weekday abbreviations before a date ("Seg Ago 15, 2022 7:12 pm", "Qua",
"Sex"), as a board prints its posts' dates and its members' "joined" dates in Portuguese:
part of the date (`dates.WEEKDAYS`), never a name. A subsilver-like post list as
resiliparse prints it: the name, the subject, "Enviado: DATE", the rank, the profile's
fields (one of them a date), the body. Invented names and text.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.lines import read_header

POSTS = [
    ("lupulo_mineiro", "Dom Mar 03, 2024 9:14 pm", "Seg Ago 15, 2022 7:12 pm",
     "A fermentação parou em 1.030 no quarto dia. Alguém já passou por isso?"),
    ("Zé do Malte", "Dom Mar 03, 2024 9:48 pm", "Qua Mar 02, 2011 10:40 am",
     "Mostura a 69 °C deixa o mosto bem menos fermentável. Como você mediu a densidade?"),
    ("FabiLopes", "Seg Mar 04, 2024 7:05 am", "Ter Jan 09, 2018 3:20 pm",
     "Refratômetro com álcool presente engana bastante, use uma calculadora de correção."),
    ("marcos.t", "Qui Mar 07, 2024 8:30 pm", "Sex Nov 25, 2016 9:02 am",
     "Aqui aconteceu igual e era só o termômetro da geladeira mentindo uns três graus."),
]  # fmt: skip


def _page() -> str:
    out = ["Fermentação travada em 1.030", "", "Autor\t\tMensagem"]
    for name, sent, joined, body in POSTS:
        out += [name, " Assunto: Re: Fermentação travada", f"Enviado: {sent} ", "Cervejeiro", ""]
        out += [f"Registrado em: {joined}", "Mensagens: 48", body, "Topo", ""]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(
    ("portuguese", "english"),
    [
        ("Seg Ago 15, 2022 7:12 pm", "Mon Aug 15, 2022 7:12 pm"),
        ("Qua Mar 02, 2011 10:40 am", "Wed Mar 02, 2011 10:40 am"),
        ("Sex Nov 25, 2016 9:02 am", "Fri Nov 25, 2016 9:02 am"),
        ("Enviado: Ter Jan 09, 2018 3:20 pm", "Posted: Tue Jan 09, 2018 3:20 pm"),
    ],
)
def test_a_portuguese_weekday_reads_as_an_english_one(portuguese: str, english: str) -> None:
    header, reference = read_header(portuguese), read_header(english)
    assert (header is None) == (reference is None)
    weekday = portuguese.split(": ")[-1].split()[0]
    assert header is None or weekday not in (header.author or "")


def test_a_weekday_before_a_joined_date_is_no_author() -> None:
    text = _page()
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, *_ in POSTS]
    assert_nothing_lost(page, text)
