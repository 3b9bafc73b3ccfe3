"""A comment list whose items open with the poster's picture, left as a placeholder
("• [profile]", w3m), the name under it and the date indented under the name, perhaps
after a clock icon the converter read as a bullet ("  □ 5 mars 2024 14:37"): the name
is the comment's author (`transform._name_over_body`). A placeholder over a line that
has prose under it, not a date, names nobody from that line.

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

COMMENTS = [
    ("Thomas Lefèvre", "5 mars 2024 14:37", "+1, aujourd'hui je fais des captures d'écran."),
    ("Sophie Garnier", "5 mars 2024 16:02", "Ce serait bien de pouvoir choisir les équipes."),
    ("Karim Benali", "7 mars 2024 08:45", "Est-ce que l'export reprendra les couleurs ?"),
]


def _page(icon: str) -> str:
    out = ["Export du planning en PDF", "", "Il faudrait pouvoir exporter le planning.", ""]
    out += ["3 commentaires", ""]
    for name, date, body in COMMENTS:
        out += ["  • [profile]", f"    {name}", f"      {icon}{date}", "   ", f"    {body}", ""]
        out += ["    0 votes", "    Copier le lienSignaler"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("icon", ["□ ", ""], ids=["icon", "plain"])
def test_the_name_over_its_date_under_a_placeholder_is_the_author(icon: str) -> None:
    text = _page(icon)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, *_ in COMMENTS]
    assert all(body in c.text for c, (*_, body) in zip(page.walk(), COMMENTS, strict=True))
    assert_nothing_lost(page, text)


def test_a_line_over_prose_under_a_placeholder_names_nobody() -> None:
    text = _page("").replace(
        "    Thomas Lefèvre\n      5 mars 2024 14:37\n",
        "    Thomas Lefèvre\n      Merci pour l'astuce, je teste demain matin.\n",
    )
    page = threadparse.parse(text)
    assert "Thomas Lefèvre" not in [c.author for c in page.walk()]
    assert_nothing_lost(page, text)
