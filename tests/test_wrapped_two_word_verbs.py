"""A header's verb of two words that html2text wrapped between them ("[Lucia
Ferretti](…) ha" over "detto...": Blogger's classic template in Italian), right under a
comment count: the two lines read as one "NAME ha detto..." header
(`transform._split_verb`), so the thread starts there. Invented page in html2text's
form, in Italian and in French ("a" over "écrit :")."""

from __future__ import annotations

import threadparse

PAGE = """\
# Pomodori in vaso

Quest'anno ho coltivato sei piante di pomodoro sul balcone.

#### 3 commenti:

[{a}](https://www.blogger.com/profile/111) {first}
{second}

Che bel raccolto! Io quest'anno ho provato con i San Marzano ma niente.

     [ 13 settembre 2022 alle ore 16:20 ](https://x.blogspot.com/p.html#c1 "comment permalink")

[{b}](https://www.blogger.com/profile/222) ha detto...

Solo rame a inizio luglio, niente altro.

     [ 13 settembre 2022 alle ore 19:52 ](https://x.blogspot.com/p.html#c2 "comment permalink")

{c} ha detto...

Ma i vasi da quanti litri sono?

     [ 14 settembre 2022 alle ore 08:56 ](https://x.blogspot.com/p.html#c3 "comment permalink")

Posta un commento
"""


def test_a_two_word_verb_wrapped_between_its_words() -> None:
    text = PAGE.format(
        a="Lucia Ferretti", b="Ottavio B.", c="Anonimo", first="ha", second="detto..."
    )
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Lucia Ferretti", "Ottavio B.", "Anonimo"]


def test_the_french_verb_wrapped_so() -> None:
    text = PAGE.format(a="Ann Lee", b="Bo", c="Cy", first="a", second="écrit :")
    text = text.replace("ha detto...", "a écrit :")
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == ["Ann Lee", "Bo", "Cy"]
