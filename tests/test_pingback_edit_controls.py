"""The edit control a logged-in view prints after every comment's date ("March 5, 2024
at 6:22 pm (Edit)", "5. března 2024 v 18:22 (Upravit)") closes the pingbacks' lines too:
it is no part of the linking post's title where the page prints it on other lines
(`names._strip_closing_controls`); a parenthesis of the title's own ("(Part 2)") stays.
lynx prints the control's link number before it ("[44](Edit)"), which is no Markdown
link (`lines.plain`). Every fixture here is invented."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L

# resiliparse, a classic theme seen logged in: "(Edit)" after each date
RESILIPARSE = """\
3 Responses to Re-roofing the Garden Shed

  1. Hollis Crane says:
    March 5, 2024 at 6:22 pm (Edit)

    Did you put a breather membrane under the felt, or straight onto the boards?

    Reply
    • Ines Farrow says:
      March 5, 2024 at 7:40 pm (Edit)

      Straight onto the boards, the shed is open at the eaves so it breathes.

      Reply
  2. Pingback: Shed Week: Five Roofs Compared | Plot Notes (Edit)

  3. Pingback: Small Roofs (Part 2) – The Allotment Log (Edit)

Leave a Reply
"""

# lynx, Czech: the control's link number right before its parenthesis
LYNX = """\
3 odpovědí na Nová střecha na kůlně

    1. Hynek Černý říká:
       [16]5. března 2024 v 18:22 [17](Upravit)
       Dávali jste pod lepenku i nějakou fólii, nebo rovnou na prkna?
       [18]Odpovědět
          + Ivana Malá říká:
            [19]5. března 2024 v 19:40 [20](Upravit)
            Rovnou na prkna, kůlna je u okapů otevřená, takže dýchá.
            [21]Odpovědět
    2. Pingback: [22]Zahradní deník – Střechy a okapy [23](Upravit)
    3. Pingback: [24]Kůlny pro začátečníky » Lepenka nebo plech
       [25](Upravit)

Napsat komentář [26]Zrušit odpověď na komentář
"""


def pings(text: str) -> list[str | None]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [c.author for c in page.walk() if c.kind != "comment"]


def test_edit_control_off_pingback_titles() -> None:
    assert pings(RESILIPARSE) == [
        "Shed Week: Five Roofs Compared | Plot Notes",
        "Small Roofs (Part 2) – The Allotment Log",
    ]


def test_edit_control_off_pingback_titles_lynx() -> None:
    assert pings(LYNX) == [
        "Zahradní deník – Střechy a okapy",
        "Kůlny pro začátečníky » Lepenka nebo plech",
    ]


def test_a_titles_own_parenthesis_stays() -> None:
    text = RESILIPARSE.replace(" (Edit)\n\n  3.", " (Part 1)\n\n  3.")
    assert text != RESILIPARSE
    assert pings(text)[0] == "Shed Week: Five Roofs Compared | Plot Notes (Part 1)"


def test_lynx_number_before_a_parenthesis_is_no_link() -> None:
    assert L.plain("[19]5. března 2024 v 19:40 [20](Upravit)") == "5. března 2024 v 19:40 (Upravit)"
    assert L.plain("[Ann](/u/1) [2](https://example.org/p/2)") == "Ann 2"
