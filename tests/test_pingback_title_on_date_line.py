"""A pingback's title wrapped at 80 columns so that its last words open the date line
under it (w3m, lynx: "Pingback: A Walk Along the Canal | Slow" over "Miles 2 weeks ago"):
those words end the title and the date is the rest of the line
(`transform._wrapped_title`). A date line that opens with its date stays the date, the
title as its item prints it. Invented pages in the converters' forms."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

# w3m, a magazine theme's numbered comment list, the pingbacks after the comments
W3M_WRAPPED = """\
 1. [00000000]
    Hetty Marlowe
    3 weeks ago

    We walked the lower towpath last spring, the lock cottages are lovely.

    Reply
 2. [00000000]
    Osric Pell
    2 weeks ago

    Is the stretch past the aqueduct open again after the repairs?

    Reply
 3. Pingback: Five canal walks for a Sunday afternoon | Slow Miles on the
    Water 2 weeks ago
 4. Pingback: Lock keepers and their cottages: a short history – Towpath Notes
    5 days ago
"""

# lynx, Spanish, the link numbers before the titles
LYNX_WRAPPED = """\
    1. Marisol Quevedo
       hace 3 semanas
       Hicimos la ruta en octubre y los castaños estaban preciosos.
       [12]Responder
    2. Tadeo Brun
       hace 2 semanas
       ¿Se puede hacer con niños pequeños o es muy larga?
       [13]Responder
    3. Pingback: [14]Las mejores rutas de otoño por la sierra | Caminos
       Lentos hace 1 semana
    4. Pingback: [15]Castaños centenarios: guía para una escapada –
       Cuaderno de Viaje hace 4 días
"""


def pings(text: str) -> list[tuple[str | None, str | None]]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [(c.author, c.date) for c in page.walk() if c.kind == "pingback"]


def test_w3m_title_ends_on_the_date_line() -> None:
    assert pings(W3M_WRAPPED) == [
        ("Five canal walks for a Sunday afternoon | Slow Miles on the Water", "2 weeks ago"),
        ("Lock keepers and their cottages: a short history – Towpath Notes", "5 days ago"),
    ]


def test_lynx_title_ends_on_the_date_line() -> None:
    assert pings(LYNX_WRAPPED) == [
        ("Las mejores rutas de otoño por la sierra | Caminos Lentos", "hace 1 semana"),
        ("Castaños centenarios: guía para una escapada – Cuaderno de Viaje", "hace 4 días"),
    ]


def test_comments_keep_their_dates() -> None:
    page = threadparse.parse(W3M_WRAPPED)
    assert [(c.author, c.date) for c in page.walk() if c.kind == "comment"] == [
        ("Hetty Marlowe", "3 weeks ago"),
        ("Osric Pell", "2 weeks ago"),
    ]


def test_date_opening_its_line_stays_the_date() -> None:
    text = W3M_WRAPPED.replace(
        "Slow Miles on the\n    Water 2 weeks ago", "Slow Miles\n    2 weeks ago"
    )
    assert text != W3M_WRAPPED
    assert pings(text)[0] == (
        "Five canal walks for a Sunday afternoon | Slow Miles",
        "2 weeks ago",
    )
