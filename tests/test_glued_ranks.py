"""A rank of several words glued to each commenter's name (`names._unglue_ranks`):
a news site's reader comments print the name's link and the member's rank with no space
between, and resiliparse, w3m and lynx keep them glued ("quillonWren Initiate, first
year"). Most names on the page are so glued and the ranks open with words the page
repeats after other names (a ladder: "Guild Warden", "Guild Adept"), so the rank is no
part of the name. Invented pages; the negative case is a page of names written in camel
case with no rank after them."""

from __future__ import annotations

import threadparse

RESILIPARSE = """\
The Lantern Gazette

Engineering / Bridges & Tunnels

Reader comments 14

14 Reader Comments

  1. {a}
    Thu Apr 3, 2014 2:10 pm
    The cable anchors look undersized in the second drawing, or is that just the angle?
    up ( +2 | +3 / -1 ) down
    41 posts | registered Mar 2, 2013
  2. {b}
    Thu Apr 3, 2014 2:24 pm
    It is the angle. The anchors are sunk eleven metres into the rock on both banks.

    The drawing leaves out everything under the waterline.
    up ( +6 | +6 / -0 ) down
    2210 posts | registered Jun 14, 2001
  3. {c}
    Thu Apr 3, 2014 2:31 pm
    Eleven metres seems shallow for a span that long, though I am no engineer.
    up ( +1 | +2 / -1 ) down
    380 posts | registered Oct 9, 2006
  4. {d}
    Thu Apr 3, 2014 2:58 pm
    They tested the granite for a full year before the first pour, the article says so.
    up ( +4 | +4 / -0 ) down
    12 posts | registered Jan 30, 2014
  5. {e}
    Thu Apr 3, 2014 3:15 pm
    Does anyone know whether the tunnel under the east bank is still planned?
    up ( +0 | +1 / -1 ) down
    903 posts | registered Aug 21, 2004

You must login or create an account to comment.
"""

W3M = """\
The Lantern Gazette

14 Reader Comments

 1. {a} Thu Apr 3, 2014 2:10 pm
    The cable anchors look undersized in the second drawing, or is that just the angle?
    up ( +2 | +3 / -1 ) down 41 posts | registered Mar 2, 2013
 2. {b} Thu Apr 3, 2014 2:24 pm
    It is the angle. The anchors are sunk eleven metres into the rock on both banks.

    The drawing leaves out everything under the waterline.
    up ( +6 | +6 / -0 ) down 2210 posts | registered Jun 14, 2001
 3. {c} Thu Apr 3, 2014 2:31 pm
    Eleven metres seems shallow for a span that long, though I am no engineer.
    up ( +1 | +2 / -1 ) down 380 posts | registered Oct 9, 2006
 4. {d} Thu Apr 3, 2014 2:58 pm
    They tested the granite for a full year before the first pour, the article says so.
    up ( +4 | +4 / -0 ) down 12 posts | registered Jan 30, 2014
 5. {e} Thu Apr 3, 2014 3:15 pm
    Does anyone know whether the tunnel under the east bank is still planned?
    up ( +0 | +1 / -1 ) down 903 posts | registered Aug 21, 2004

You must login or create an account to comment.
"""

NAMES = ["quillon", "Tessaly", "brackwater", "odo_9", "fennick"]
RANKED = [
    "quillonWren Initiate, first year",
    "TessalyGuild Warden",
    "brackwaterGuild Adept",
    "odo_9Wren Initiate, first year",
    "fennickGuild Keeper",
]


def authors(template: str, names: list[str]) -> list[str | None]:
    page = threadparse.parse(template.format(**dict(zip("abcde", names, strict=True))))
    return [c.author for c in page.walk() if c.kind == "comment"]


def test_ranks_glued_to_names() -> None:
    assert authors(RESILIPARSE, RANKED) == NAMES


def test_ranks_glued_to_names_on_the_date_line() -> None:
    assert authors(W3M, RANKED) == NAMES


def test_one_rank_on_every_name() -> None:
    ranked = [f"{name}Guild Member" for name in NAMES]
    assert authors(RESILIPARSE, ranked) == NAMES


def test_camel_case_names_without_ranks_stay() -> None:
    names = ["DarkFern", "MossyOak", "quillon", "RiverStone", "fennick"]
    assert authors(RESILIPARSE, names) == names


def test_a_rank_on_a_few_names_only_stays() -> None:
    names = ["quillonGuild Warden", "Tessaly", "brackwater", "odo_9", "fennick"]
    assert authors(RESILIPARSE, names) == names
