"""A poster whose header prints one word before the date among headers that print a
name and a full name in parentheses, each line closed by the post's number
(`posts.templates._name_dates`, `_amid_headers`): "Henk_K 12 januari 2024, 22:33 4"
among "Ingrid_I (Ingrid Bakker) 12 januari 2024, 21:41 2". The one word reads as no
name by count (one poster's posts, printed on most of its own lines, look like a label's),
but it stands amid the other template's posts, the last post perhaps his: a name.
Invented pages."""

from __future__ import annotations

import threadparse

TOPIC = """\
Heat pump forum

Outdoor unit drain freezes - what to do?

{one} (Pieter van Dam) 12 januari 2024, 21:02 1

Since two weeks the pump stops every night with error E-42.

2 Likes
ingrid_i (Ingrid Bakker) 12 januari 2024, 21:41 2

E-42 is mostly the defrost cycle: look at the condensate drain first.

1 Like
{two} 12 januari 2024, 22:33 3

We had exactly that. A heating cable in the drain fixed it for good.

4 Likes
marloes (Marloes) 13 januari 2024, 9:17 4

Is all that steam during defrosting normal?

{two} 13 januari 2024, 9:45 5

Yes, that is water vapour from the melting ice.

2 Likes
bas_e (Bas) 13 januari 2024, 10:30 6

I renamed the topic so the error code is in the title.

{two} 20 januari 2024, 19:01 7

Glad it works now. Do not forget the thermostat on the cable.
"""


def test_one_word_posters_among_named_headers() -> None:
    page = threadparse.parse(TOPIC.format(one="pieter_vd", two="Henk_K"))
    assert [c.author for c in page.walk()] == [
        "pieter_vd", "ingrid_i", "Henk_K", "marloes", "Henk_K", "bas_e", "Henk_K",
    ]  # fmt: skip
