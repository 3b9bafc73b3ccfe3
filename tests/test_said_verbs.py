"""More languages' "said" verbs closing a comment's header (`lines.HEADER_VERBS`):
Blogger's classic template prints "NAME ha detto..." in Italian (as "NAME said..." in
English) over the body and the date under it ("13 settembre 2022 alle ore 16:20": the
"hours" word is part of the date, `dates.date_extent`); a French header "Ann a dit :"
names Ann, the two-word verb read before its last word. Invented page."""

from __future__ import annotations

import threadparse
from threadparse import lines as L

BLOGGER = """\
Pomodori in vaso: com'è andata

Quest'anno ho coltivato sei piante di pomodoro sul balcone.

5 commenti:

{a} ha detto...

Che bel raccolto! Io quest'anno ho provato con i San Marzano ma niente.

13 settembre 2022 alle ore 16:20

{b} ha detto...

@{a}: solo rame a inizio luglio, niente altro.

13 settembre 2022 alle ore 19:52

{c} ha detto...

Ma i vasi da quanti litri sono?

14 settembre 2022 alle ore 08:56

Posta un commento
"""


def test_italian_blogger_headers() -> None:
    page = threadparse.parse(BLOGGER.format(a="Lucia Ferretti", b="Ottavio B.", c="Anonimo"))
    comments = list(page.walk())
    assert [c.author for c in comments] == ["Lucia Ferretti", "Ottavio B.", "Anonimo"]
    assert comments[1].text.startswith("@Lucia Ferretti: solo rame")


def test_french_two_word_verb() -> None:
    header = L.read_header("Ann Lee a dit :")
    assert header is not None and header.author == "Ann Lee"
