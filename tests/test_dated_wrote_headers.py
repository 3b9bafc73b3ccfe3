"""A forum whose posts open "NAME wrote: DATE N": the verb of a quote's attribution, but
the words after it are the post's date and number alone, so the line heads a post (a
quoted post's date stands after its link's mark, "Cy wrote: ↑12. Sep 2024", and quoted
words follow it). A reply may name whom it answers between the verb and the date, in
parentheses: "Bo wrote: (reply to Ann) March 5, 2024 2:40pm 2".
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L
from threadparse.quoteboxes import read_attribution

POST = """\
{name} {verb}: {reply}{date} {number}

{body}

reply useful funny agree
"""

TOPICS = {
    "en": (
        "wrote",
        "reply to",
        [
            ("loomhand", "", "April 9, 2024 8:05am", "Which warp yarn do you use for rag rugs?"),
            ("Tabby Weave", "loomhand", "April 9, 2024 8:31am", "Cotton carpet warp, always."),
            ("shuttle_sam", "", "April 9, 2024 9:12am", "Linen if the budget allows it."),
            ("loomhand", "Tabby Weave", "April 9, 2024 10:40am", "Thanks, I will order it."),
            ("heddle_hook", "shuttle_sam", "April 10, 2024 7:02pm", "Linen warp is stiff."),
        ],
    ),
    "es": (
        "escribió",
        "reply to",
        [
            (
                "telar_azul",
                "",
                "9 de abril de 2024 08:05",
                "¿Qué urdimbre usáis para alfombras de trapillo?",
            ),
            (
                "Marta Lanas",
                "telar_azul",
                "9 de abril de 2024 08:31",
                "Algodón para alfombras, siempre.",
            ),
            ("hilo_fino", "", "9 de abril de 2024 09:12", "Lino si el presupuesto lo permite."),
            (
                "telar_azul",
                "Marta Lanas",
                "9 de abril de 2024 10:40",
                "Gracias a las dos, lo pido hoy.",
            ),
        ],
    ),
}


def _topic(language: str, spaced: bool = False) -> tuple[str, list[str]]:
    verb, reply_word, posts = TOPICS[language]
    parts = []
    for number, (name, answered, date, body) in enumerate(posts, 1):
        reply = ""
        if answered:
            reply = f"( {reply_word} {answered} ) " if spaced else f"({reply_word} {answered}) "
        parts.append(
            POST.format(name=name, verb=verb, reply=reply, date=date, number=number, body=body)
        )
    text = "Rag rug warp\n\n5 posts · 4 people\n" + "".join(parts)
    return text, [name for name, *_ in posts]


@pytest.mark.parametrize("language", sorted(TOPICS))
@pytest.mark.parametrize("spaced", [False, True])
def test_posts_headed_by_wrote_and_their_date_are_read(language: str, spaced: bool) -> None:
    text, names = _topic(language, spaced)
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [(name, 0) for name in names]
    assert_nothing_lost(page, text)


def test_a_date_alone_after_the_verb_dates_a_post() -> None:
    assert read_attribution("Ann wrote: April 9, 2024 8:05am 1").dates_a_post
    assert read_attribution("Bo wrote: (reply to Ann) April 9, 2024 8:31am 2").dates_a_post


@pytest.mark.parametrize(
    "line",
    [
        "Cy wrote: ↑12. Sep 2024, 08:42",  # (a quoted post's date, after its link's mark)
        "Cy wrote: April 9, 2024 the shop was closed",  # (quoted words after the date)
        "Cy wrote:",
    ],
)
def test_a_quote_s_attribution_stays_one(line: str) -> None:
    attribution = read_attribution(line)
    assert attribution is not None
    assert not attribution.dates_a_post


def test_the_one_answered_is_no_part_of_the_name() -> None:
    header = L.read_header("Bo wrote: (reply to Ann Lee) April 9, 2024 8:31am 2")
    assert header is not None
    assert header.author == "Bo"
    assert L.without_reply_target("Bo wrote: ( reply to Ann )") == "Bo wrote:"
