"""A forum whose post footers print a control numbered by the post ("Rapporteren#1",
"Report #2") right over the next post's header block (name, post count, date): the
footer's line differs from post to post as names do, but alike but for its number it
is the template's, no poster's name (`posts.authors._numbered_constants`). (Here each post
prints its own quote box's attribution too, "Citaat van NAME op DATE", hidden on the page:
the names of the posters who post twice are read as no one's there, so the footer's place
competed with the names'.)

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

POSTS = [
    ("Gerrit van Dijk", 14, "12 maart 2024, 20:41",
     "Bij het rooien van de spruitkool zag ik dat de wortels helemaal knobbelig waren."),
    ("Anneke Bos", 212, "12 maart 2024, 21:05",
     "Helaas, knolvoet blijft wel zeven tot tien jaar in de grond zitten."),
    ("Sanne Hoekstra", 87, "13 maart 2024, 09:12",
     "Wij hebben het bed omgezet naar aardappels en bonen, dat ging prima."),
    ("Kees Verhoef", 56, "13 maart 2024, 12:40",
     "Kalk helpt een beetje, maar een resistent ras helpt echt, zoals Clapton."),
    ("Gerrit van Dijk", 14, "13 maart 2024, 18:22",
     "Dank jullie wel, dan wordt het dit jaar aardappels op dat bed en volgend jaar bonen."),
    ("Anneke Bos", 212, "14 maart 2024, 11:46",
     "Ik zou ook de schoenen en het gereedschap goed afspoelen na het werk op dat bed."),
]  # fmt: skip


def _page(control: str) -> str:
    out = ["Knolvoet in de koolbedden – wat nu?", "", "Pagina's: 1", "Antwoorden"]
    for number, (name, posts, date, body) in enumerate(POSTS, 1):
        out += [name, f"{posts} Berichten", date, "Citeren", f"Citaat van {name} op {date}"]
        out += ["", body, "", "0"]  # (the post's own quote box, hidden: its attribution)
        out += [control.format(number)]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("control", ["Rapporteren#{}", "Report #{}"])
def test_a_control_numbered_by_its_post_is_no_name(control: str) -> None:
    text = _page(control)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, *_ in POSTS]
    assert_nothing_lost(page, text)
