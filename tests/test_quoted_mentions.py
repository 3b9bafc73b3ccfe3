"""A forum post that opens with a quote box of an earlier post: the box's attribution
("Zamieszczone przez Tomasz Wrona", vBulletin's "Originally posted by") stands right
under the poster's profile, where a header's "Reply to NAME" line would, over the
quoted words. A quote names whom it quotes, no post a reply answers: the posts stay
one flat list (`posts.authors._quotes`: the lines under the attribution copy the
opening of the named poster's earlier post; html2text marks the quote's lines with
"> ", which no header line has). A "Reply to NAME" line over words of the post's own
still answers NAME (tests/test_template_words.py). Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

POSTS = [
    ("marek_foto", "Mój Sigma 17-50 ma wyraźny front focus na D7200, kalibrować czy oddać?", None),
    ("KasiaZ", "Typowa przypadłość tej Sigmy. AF Fine-Tune działa tylko na jednej ogniskowej.",
     None),
    ("Tomasz Wrona", "Jeśli kupiłeś ją mniej niż 14 dni temu, oddaj. Kalibracja kosztuje sporo.",
     None),
    ("marek_foto", "Niestety kupiona na aukcji od osoby prywatnej, zwrotu nie będzie.",
     "Tomasz Wrona"),
    ("Bartek83", "Sprawdź jeszcze, czy to nie kwestia samego testu na płaskiej tablicy.", None),
    ("marek_foto", "Robiłem też test z LiveView jako punktem odniesienia, front focus jest.",
     "Bartek83"),
]  # fmt: skip


def _page(quote_mark: str) -> str:
    out = ["Sigma 17-50 f/2.8 – front focus na D7200", ""]
    bodies = {name: body for name, body, _ in POSTS}
    for number, (name, body, quoted) in enumerate(POSTS, 1):
        out += [f"#{number} 0{number}-03-2024, 21:{10 + number}", name, "Użytkownik"]
        out += ["Dołączył Mar 2016", "Postów 214", ""]
        if quoted is not None:  # (html2text: the box's link to the post, then an empty line)
            link = ["> [![Zobacz post](viewpost.png)](showthread.php?p=1)", ">", ">"]
            out += [f"{quote_mark}Zamieszczone przez {quoted}", *(link if quote_mark else [])]
            out += [f"{quote_mark}{bodies[quoted]}", ""]
        out += [body, "", "Odpowiedz z cytatem", ""]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("quote_mark", ["", "> "], ids=["plain", "html2text"])
def test_a_quote_boxs_attribution_answers_no_post(quote_mark: str) -> None:
    text = _page(quote_mark)
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == [name for name, *_ in POSTS]
    assert all(c.depth == 0 for c in comments)
    assert_nothing_lost(page, text)
