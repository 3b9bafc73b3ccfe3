"""A reply printed flat with a reference to the comment it answers, in the page's
language ("Antwort auf Das Brot ist… von Jo", "En réponse à … par Jo", "En respuesta
a … por Jo"; a comment system's translations of "In reply to WORDS by NAME"): the
reply hangs under the comment of those opening words by that author. (Invented pages,
as resiliparse prints a Drupal theme that shows nesting by style alone.)"""

from __future__ import annotations

import pytest
from tests.conftest import assert_nothing_lost

import threadparse
from threadparse import lines as L

_PAGE = """{title}

{article}

{comments}

Lotte Brandt

{d1}

Mein Teig geht…

Mein Teig geht über Nacht im Kühlschrank kaum auf. Liegt es am Mehl oder an der Temperatur?

  • {reply}

jonas.b

{d2}

{lead} Mein Teig geht… {by} Lotte Brandt

Eher an der Temperatur…

Eher an der Temperatur. Lass ihn zwei Stunden warm anspringen, bevor er kalt geht.

  • {reply}

Lotte Brandt

{d3}

{lead} Eher an der Temperatur… {by} jonas.b

Danke, das probiere…

Danke, das probiere ich am Wochenende aus.

  • {reply}

Mira K. {note}

{d4}

Roggen oder Weizen?

Nimmst du für den Sauerteig Roggen oder Weizen?

  • {reply}
"""

_LANGUAGES = {
    "de": dict(
        title="Sauerteig im Winter",
        article="Im Winter braucht der Teig mehr Zeit, hier meine Erfahrungen.",
        comments="Kommentare",
        reply="Antworten",
        lead="Antwort auf",
        by="von",
        note="(nicht überprüft)",
        d1="Di., 05.03.2024 - 18:22",
        d2="Di., 05.03.2024 - 19:40",
        d3="Mi., 06.03.2024 - 08:12",
        d4="Mi., 06.03.2024 - 10:05",
    ),
    "fr": dict(
        title="Le levain en hiver",
        article="En hiver la pâte demande plus de temps, voici mes notes.",
        comments="Commentaires",
        reply="Répondre",
        lead="En réponse à",
        by="par",
        note="(non vérifié)",
        d1="mar 05/03/2024 - 18:22",
        d2="mar 05/03/2024 - 19:40",
        d3="mer 06/03/2024 - 08:12",
        d4="mer 06/03/2024 - 10:05",
    ),
    "es": dict(
        title="La masa madre en invierno",
        article="En invierno la masa necesita más tiempo, aquí van mis notas.",
        comments="Comentarios",
        reply="Responder",
        lead="En respuesta a",
        by="por",
        note="(no verificado)",
        d1="Mar, 05/03/2024 - 18:22",
        d2="Mar, 05/03/2024 - 19:40",
        d3="Mié, 06/03/2024 - 08:12",
        d4="Mié, 06/03/2024 - 10:05",
    ),
}


@pytest.mark.parametrize("language", sorted(_LANGUAGES))
def test_a_translated_reference_hangs_the_reply(language: str) -> None:
    text = _PAGE.format(**_LANGUAGES[language])
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Lotte Brandt", 0),
        ("jonas.b", 1),
        ("Lotte Brandt", 2),
        (f"Mira K. {_LANGUAGES[language]['note']}", 0),
    ]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("Antwort auf Mein Teig geht… von Lotte Brandt", ("Mein Teig geht…", "Lotte Brandt")),
        ("En réponse à C'est vrai… par Jo (non vérifié)", ("C'est vrai…", "Jo")),
        ("In risposta a Bella idea… di Anna", ("Bella idea…", "Anna")),
        ("В ответ на Спасибо за… от Ирина", ("Спасибо за…", "Ирина")),
        ("Antwort auf Lotte", None),  # (a name alone: no words to find the comment by)
    ],
)
def test_reading_references(line: str, read: tuple[str, str] | None) -> None:
    assert L.read_excerpt_reference(line) == read
