"""A control that counts the replies a thread hides ("View more replies (3)", "Ver más
respuestas (3)", "Show 3 more replies") is no poster's name, though its words are few
and capitalised: a post whose own name line cannot be read as one (a staff account
with its badge) gets no author rather than the control over it. (Invented pages, as
html2text prints a news site's comment stream.)"""

from __future__ import annotations

import pytest
from tests.conftest import assert_nothing_lost

import threadparse
from threadparse import lines as L


@pytest.mark.parametrize(
    "line",
    [
        "Ver más respuestas (3)",
        "View more replies (12)",
        "Show 3 more replies",
        "Alle 12 Antworten anzeigen",
        "Voir les 4 réponses",
    ],
)
def test_counted_controls(line: str) -> None:
    assert L.counts_hidden(line)


@pytest.mark.parametrize(
    "line", ["Comments (3)", "3 replies", "Ann Lee", "Ann 3", "Rue des Lilas 12", "Reply"]
)
def test_no_counted_control(line: str) -> None:
    assert not L.counts_hidden(line)


def _post(name: str, age: str, body: str, key: str) -> list[str]:
    return [
        f"![](https://static.example.net/avatars/{key}.png)",
        "",
        name,
        "",
        f"[{age}](https://news.example.net/city/new-tram-line?commentID={key})",
        "",
        body,
        "",
        "thumb_upLike 3 replyReply shareShare",
        "",
        "flagReport",
        "",
    ]


@pytest.mark.parametrize("control", ["View more replies (3)", "Ver más respuestas (3)"])
def test_a_counted_control_over_a_post_names_nobody(control: str) -> None:
    lines = ["# The new tram line opens in May", "", "The city approved the route.", ""]
    lines += _post("harbour_jo", "2 hours ago", "Finally, the bus was always full.", "a1")
    lines += _post("Mina K.", "1 hour ago", "Will the stop by the market stay?", "a2")
    lines += _post("pete_on_wheels", "1 hour ago", "Good news for the whole east side.", "a3")
    lines += [control, ""]
    lines += _post(
        "City Desk of The Daily Courier Reporter",
        "40 minutes ago",
        "Update: the first trams run on May 12, the council confirmed today.",
        "a4",
    )
    lines += _post("Mina K.", "20 minutes ago", "Thanks for the update, that helps.", "a5")
    text = "\n".join(lines) + "\n"
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    authors = [c.author for c in page.walk()]
    assert control not in authors
    assert authors[:3] == ["harbour_jo", "Mina K.", "pete_on_wheels"]
    assert len(authors) == 5
