"""A forum post's byline in other languages (`lines.clean_author`): phpBB prints "Post
by NAME » DATE" over each post, and in its translations "Mensaje por NAME »", "Beitrag
von NAME »", "Message par NAME »", "Messaggio da NAME »": the word for a post and the
language's "by" are a label, the name follows them (the header line read alone; on a page
whose every byline carries the label, the page's labels rule took it off before too: the
page cases are guards). Invented page in html2text's form."""

from __future__ import annotations

import pytest

import threadparse
from threadparse import lines as L

TOPIC = """\
# La caldera pierde presión

[ __{label} ](./t?p=1 "{label}") {by} **[{a}](./u?u=1)** » Dom 14 Mar 2021, 13:22

Cada dos días tengo que rellenar el circuito. ¿Por dónde empiezo a buscar?

[ __{label} ](./t?p=2 "{label}") {by} **[{b}](./u?u=2)** » Dom 14 Mar 2021, 14:05

Revisa el vaso de expansión: si está descargado, la presión sube y baja.

[ __{label} ](./t?p=3 "{label}") {by} **[{c}](./u?u=3)** » Dom 14 Mar 2021, 15:40

Y mira la válvula de seguridad, a veces gotea por el desagüe.
"""


@pytest.mark.parametrize(
    ("label", "by"), [("Mensaje", "por"), ("Beitrag", "von"), ("Messaggio", "da")]
)
def test_a_posts_byline_names_the_poster(label: str, by: str) -> None:
    page = threadparse.parse(TOPIC.format(label=label, by=by, a="Quique_A", b="Montse.R", c="Pep"))
    assert [c.author for c in page.walk()] == ["Quique_A", "Montse.R", "Pep"]


def test_the_byline_read_alone() -> None:
    header = L.read_header("Message par Ann Lee » dim. 14 mars 2021 13:22")
    assert header is not None and header.author == "Ann Lee"
