"""The depth of a talk-page comment read as a paragraph closed by its signature comes
from the column of its signature's line, not of its first line
(`posts.depths._column_depths`): a comment may open with a quote of the article, which
w3m and lynx indent like a reply ("    The canal is 34 kilometres long…" over "but the
infobox says…— Ann (talk) DATE" at the margin), and html2text prints a quote inside an
indented reply at the margin ("> …" between the reply's indented lines).

Every fixture here is invented.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

# w3m: the opening comment starts with an indented quote of the article
EN_W3M = """\
Talk:Ostmark Tramway

Length in the lead

The lead currently reads:

    The tramway is 18 kilometres long and had four depots.

but the route map and the infobox give 16 km. Does anyone have the 1911 annual
report? — Hedda Lorne (talk) 10:05, 6 May 2024 (UTC)[reply]

    The 18 includes the depot sidings, which the report lists separately. — Piet
    Ambros (talk) 12:40, 6 May 2024 (UTC)[reply]
        Then 16 km in the lead and a note for the sidings. — Hedda Lorne (talk)
        13:02, 6 May 2024 (UTC)[reply]

Depot names

Were the depots named after streets or after districts? — Piet Ambros (talk)
09:00, 8 May 2024 (UTC)[reply]

    Districts, except the last one. — Hedda Lorne (talk) 10:30, 8 May 2024 (UTC)
    [reply]
"""

# w3m, German: a reply opening with a line, then a quote further right
DE_W3M = """\
Diskussion:Kalkofen Ebersgrund

Betriebszeit

Der Artikel sagt, der Ofen sei bis 1921 in Betrieb gewesen. Gibt es dafür eine
Quelle? --Wendelin Raake (Diskussion) 08:12, 2. Mai 2024 (CEST)[antworten]

    In der Ortschronik steht:

        Der Kalkofen wurde im Frühjahr 1919 zum letzten Mal befeuert.

    Das spricht eher für 1919. --Almut Ferch (Diskussion) 09:40, 2. Mai 2024
    (CEST)[antworten]
        Danke, ich ändere das. --Wendelin Raake (Diskussion) 10:02, 2. Mai 2024
        (CEST)[antworten]
"""

# html2text: the quote of an indented reply printed at the margin
EN_HTML2TEXT = """\
## Opening date

The infobox gives 1907 but the lead says 1908. Which is right? — [Hedda
Lorne](/wiki/User:Hedda_Lorne "User:Hedda Lorne") ([talk](/wiki/User_talk:Hedda_Lorne
"User talk:Hedda Lorne")) 10:05, 6 May 2024 (UTC)[reply]

> The line opened to passengers on 2 March 1908 after a year of goods traffic.

    That is from the 1911 report, so 1908 for passengers. — [Piet Ambros](/wiki/User:Piet_Ambros "User:Piet Ambros") ([talk](/wiki/User_talk:Piet_Ambros "User talk:Piet Ambros")) 12:40, 6 May 2024 (UTC)[reply]

    Thanks, I will say both in the infobox. — [Hedda Lorne](/wiki/User:Hedda_Lorne "User:Hedda Lorne") ([talk](/wiki/User_talk:Hedda_Lorne "User talk:Hedda Lorne")) 13:02, 6 May 2024 (UTC)[reply]
"""  # noqa: E501


def _tree(page: threadparse.Page) -> list[tuple[str | None, int]]:
    return [(c.author, c.depth) for c in page.walk()]


def test_an_opening_quote_does_not_set_the_depth_w3m() -> None:
    page = threadparse.parse(EN_W3M)
    assert _tree(page) == [
        ("Hedda Lorne", 0),
        ("Piet Ambros", 1),
        ("Hedda Lorne", 2),
        ("Piet Ambros", 0),
        ("Hedda Lorne", 1),
    ]
    assert_nothing_lost(page, EN_W3M)


def test_a_reply_opening_with_a_line_then_a_quote_german_w3m() -> None:
    page = threadparse.parse(DE_W3M)
    assert _tree(page) == [("Wendelin Raake", 0), ("Almut Ferch", 1), ("Wendelin Raake", 2)]
    assert_nothing_lost(page, DE_W3M)


def test_a_quote_at_the_margin_in_an_indented_reply_html2text() -> None:
    page = threadparse.parse(EN_HTML2TEXT)
    tree = _tree(page)
    assert tree[0] == ("Hedda Lorne", 0)
    assert ("Piet Ambros", 1) in tree
    assert_nothing_lost(page, EN_HTML2TEXT)


def test_siblings_at_the_margin_stay_siblings() -> None:
    # the negative: two comments signed at the margin are both top level, whatever
    # their first lines' columns; a reply is told by its signature's column
    text = EN_W3M.replace(
        "    The 18 includes the depot sidings, which the report lists separately. — Piet\n"
        "    Ambros (talk) 12:40, 6 May 2024 (UTC)[reply]\n",
        "The 18 includes the depot sidings, which the report lists separately. — Piet\n"
        "Ambros (talk) 12:40, 6 May 2024 (UTC)[reply]\n",
    )
    page = threadparse.parse(text)
    assert [depth for _, depth in _tree(page)][:2] == [0, 0]
    assert_nothing_lost(page, text)


# html2text: an indented reply's lines after its first (a line break in the comment)
# printed at the margin, glued under it: the paragraph's first line tells the depth
EN_HTML2TEXT_BROKEN = """\
## Opening date

The infobox gives 1907 but the lead says 1908. Which is right? — [Hedda
Lorne](/wiki/User:Hedda_Lorne "User:Hedda Lorne") ([talk](/wiki/User_talk:Hedda_Lorne
"User talk:Hedda Lorne")) 10:05, 6 May 2024 (UTC)[reply]

    The 1911 report says passengers from March 1908, goods a year before.
That is where both numbers come from, so I would give 1908 in the lead.
[Piet Ambros](/wiki/User:Piet_Ambros "User:Piet Ambros")
([talk](/wiki/User_talk:Piet_Ambros "User talk:Piet Ambros")) 12:40, 6 May
2024 (UTC)[reply]

Agreed on 1908, done. — [Hedda Lorne](/wiki/User:Hedda_Lorne "User:Hedda Lorne")
([talk](/wiki/User_talk:Hedda_Lorne "User talk:Hedda Lorne")) 13:02, 6 May 2024
(UTC)[reply]
"""


def test_a_reply_broken_back_to_the_margin_html2text() -> None:
    page = threadparse.parse(EN_HTML2TEXT_BROKEN)
    assert _tree(page) == [("Hedda Lorne", 0), ("Piet Ambros", 1), ("Hedda Lorne", 0)]
    assert_nothing_lost(page, EN_HTML2TEXT_BROKEN)
