"""Weekday abbreviations before a board's date, in each language's pack ("gio mar 07,
2024 7:30 am", "Sáb Ene 06, 2024", "tors 7 mar 2024", "Cmt 9 Mar 2024"), as phpBB and
other boards print "Day Mon DD, YYYY": the weekday is the date's, never the poster's
name, and the Italian and Spanish month abbreviations read only after a day so far
("gen", "mag", "giu", "lug", "ene") open such a date too. A profile column printed
beside the subject and the body (w3m) starts with its name over the stamp: the rank
beside the body is no name. (Invented boards and posts.)"""

from __future__ import annotations

import pytest
from tests.conftest import assert_nothing_lost

import threadparse
from threadparse import dates
from threadparse import lines as L

_LINES = [
    # (line, author, date): the weekday is the date's, the name stays whole
    ("Messaggio da Gianni » gio mar 07, 2024 7:30 am", "Gianni", "mar 07, 2024 7:30 am"),
    ("Messaggio da Gianni » sab mar 09, 2024 9:20 am", "Gianni", "mar 09, 2024 9:20 am"),
    ("Messaggio da Gianni » lun gen 08, 2024 6:10 pm", "Gianni", "gen 08, 2024 6:10 pm"),
    ("Messaggio da Gianni » dom mag 12, 2024 6:10 pm", "Gianni", "mag 12, 2024 6:10 pm"),
    ("Mensaje por Rocío » Sáb Ene 06, 2024 10:02 am", "Rocío", "Ene 06, 2024 10:02 am"),
    ("Linnea » tors 7 mar 2024 07:30", "Linnea", "tors 7 mar 2024 07:30"),
    ("Søren » lør 9 mar 2024 10:15", "Søren", "lør 9 mar 2024 10:15"),
    ("Kaan » Cmt 9 Mar 2024 11:40", "Kaan", "Cmt 9 Mar 2024 11:40"),
    ("Wiesiek » czw mar 07, 2024 7:30 am", "Wiesiek", "mar 07, 2024 7:30 am"),
    ("Wiesiek » pt 8 mar 2024 18:05", "Wiesiek", "pt 8 mar 2024 18:05"),
    ("Wiesiek » śr 6 mar 2024 18:05", "Wiesiek", "śr 6 mar 2024 18:05"),
    ("Radka » út 5. března 2024 10:00", "Radka", "út 5. března 2024 10:00"),
]


@pytest.mark.parametrize(("line", "author", "date"), _LINES)
def test_the_weekday_is_the_dates(line: str, author: str, date: str) -> None:
    header = L.read_header(line)
    assert header is not None
    assert (header.author, header.date) == (author, date)


def test_a_name_left_out_of_the_table_stays_a_name() -> None:
    """Words that are names or common words of other languages ("Tor", "Per") are no
    weekdays here: a poster so named keeps the name."""
    for name in ("Tor", "Per"):
        header = L.read_header(f"{name} » 7 mar 2024 07:30")
        assert header is not None and header.author == name


def test_a_month_abbreviation_in_prose_is_no_date() -> None:
    """ "gen 5" and "mag 12" without a year are words of prose (a console's
    generation, a magazine's issue), not dates."""
    for text in ("The gen 5 consoles ran hot all summer.", "See the mag 12 review first."):
        assert dates.find_date(text) is None


_ITALIAN = [
    ("Ornella_B", "Utente", "gio gen 11, 2024 8:05 pm", "Il mio gelso perde le foglie a luglio."),
    ("Dario62", "Utente esperto", "gio gen 11, 2024 9:40 pm", "Hai controllato le radici?"),
    ("Ornella_B", "Utente", "sab gen 13, 2024 10:12 am", "Le radici sembrano sane e bianche."),
    ("Tiziana M.", "Nuovo utente", "sab gen 13, 2024 4:30 pm", "Anche il mio, era la siccità."),
    ("Dario62", "Utente esperto", "lun gen 15, 2024 7:02 am", "Prova a pacciamare la base."),
]
_JOINED = {  # each member's join date, in the profile column
    "Ornella_B": "sab ago 14, 2021 5:30 pm",
    "Dario62": "gio set 03, 2015 9:12 am",
    "Tiziana M.": "mer gen 10, 2024 8:40 pm",
}


def _italian_board() -> str:
    """A phpBB 3.0 subsilver2-like topic as resiliparse prints it: the name, the
    subject, "MessaggioInviato: DATE", the profile's rank, avatar and fields, the body,
    the buttons."""
    lines = ["Forum del Frutteto", "", "Gelso senza foglie", "", "Autore\t\tMessaggio"]
    for name, rank, date, body in _ITALIAN:
        lines += [name, " Oggetto: Re: Gelso senza foglie", f"MessaggioInviato: {date} "]
        lines += [rank, "Avatar utente", "", f"Iscritto il: {_JOINED[name]}"]
        lines += ["Messaggi: 87", body, "", "", "Top", " Profilo Invia messaggio privato  "]
        lines += ["Rispondi citando  "]
    lines += ["Visualizza i messaggi dall’ultimo: Tutti i messaggi", "Chi c’è in linea"]
    return "\n".join(lines) + "\n"


def _w3m_board() -> str:
    """The same topic as w3m prints its table: the profile column beside the post's,
    the name beside the subject's wrapped tail, the rank beside the body's first line,
    the join date wrapped in the narrow column."""
    lines = ["Forum del Frutteto", "", "Gelso senza foglie", "", "       Autore      Messaggio"]
    for name, rank, date, body in _ITALIAN:
        lines += [" " * 23 + "Oggetto: Re: Gelso senza foglie e con", f"{name:^22}frutti piccoli"]
        lines += [" " * 22 + f"MessaggioInviato: {date} ", f"{rank:<22}{body}", ""]
        joined = _JOINED[name].split(" ", 2)  # (wrapped after the month in the column)
        lines += ["Avatar utente", "", f"Iscritto il: {joined[0]} {joined[1]}", joined[2]]
        lines += ["Messaggi: 87", "Top                    Profilo Invia messaggio privato  "]
        lines += [" " * 22 + "Rispondi citando  ", "_"]
    lines += ["Chi c’è in linea"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("board", [_italian_board, _w3m_board])
def test_an_italian_board_reads_each_post(board: object) -> None:
    text = board()  # type: ignore[operator]
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [(c.author, c.date) for c in page.walk()] == [(n, d[4:]) for n, _, d, _ in _ITALIAN]
    # each post holds its own text and no other's (the profile column's lines printed
    # beside or under the stamp stay in the body, as on any page of this layout)
    bodies = [b for *_, b in _ITALIAN]
    for comment, body in zip(page.walk(), bodies, strict=True):
        assert body in comment.text
        assert not any(other in comment.text for other in bodies if other != body)


_SPANISH = [
    ("Rocío", "Vie Ene 05, 2024 8:10 am", "¿Alguien ha cultivado chirimoyas en maceta?"),
    ("Paco_M", "Vie Ene 05, 2024 9:44 am", "Sí, pero necesitan una maceta muy honda."),
    ("Rocío", "Sáb Ene 06, 2024 10:02 am", "Gracias, la pasaré a una de ochenta litros."),
    ("Lorena", "Dom Ene 07, 2024 6:30 pm", "Y no la riegues en invierno más de la cuenta."),
]


def _spanish_board() -> str:
    """A prosilver-like Spanish topic as resiliparse prints it: "Mensaje por NAME »
    DATE" under each subject, January's dates month first."""
    lines = ["Foro de Frutales", "", "Chirimoyo en maceta", "", "Responder"]
    for name, date, body in _SPANISH:
        lines += ["Re: Chirimoyo en maceta", "", f"Mensaje por {name} » {date}", ""]
        lines += [body, "", "Mensajes: 140", "Registrado: Mar Jun 02, 2020 1:20 pm", "Arriba"]
    lines += ["Volver a Frutales", "", "¿Quién está conectado?"]
    return "\n".join(lines) + "\n"


def test_a_spanish_board_reads_january_posts() -> None:
    text = _spanish_board()
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [(c.author, c.text) for c in page.walk()] == [(n, b) for n, _, b in _SPANISH]
