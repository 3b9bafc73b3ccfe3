"""Post lists whose header is a table row printed with its cells side by side
(inscriptis pads the cells to their columns: "wren_okafor" then many blanks then
"2021-03-14 01:25:40 PM"): the gap between the cells is no length, so the row is no
prose; and a one-word name before a date and its time ("Ann 2021-03-14 01:25:40 PM"),
the name changing down the page, stamps a post naming its author as "Ann Lee DATE"
does. Invented pages."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.outline import OutlineNode
from threadparse.posts.prose import _prose_node

POSTS = [
    ("wren_okafor", "The council paid for a new sign and the painter hid a heron in it."),
    ("OldMillRoad", "Eleven years and nobody on the council noticed the heron at all?"),
    ("pike_and_perch", "Painters have hidden animals in public works for a century now."),
    ("Mabel_Strand", "There is a frog carved into the courthouse ceiling in our county."),
    ("wren_okafor", "Then the heron is in good company, and the sign can stay as it is."),
]


def _page(gap: int, time: str) -> str:
    lines = [
        "Heron found hiding in the town sign",
        "",
        "  5 Comments | Newest | Oldest",
    ]
    for number, (name, body) in enumerate(POSTS):
        stamp = f"2021-03-14 0{number + 1}:2{number}{time}"
        lines += [
            f"    {name}{' ' * (gap - len(name))}{stamp}",
            f"      {body}",
            f"    Funny ({number + 2}) Smart Reply Quote Report",
            "",
        ]
    lines += ["  Login to post comments", ""]
    return "\n".join(lines)


def test_a_row_padded_to_its_columns_is_no_prose() -> None:
    row = "wren_okafor" + " " * 100 + "2021-03-14 01:25:40 PM"
    assert not _prose_node(OutlineNode(None, row, 1, 5, 4, 4 + len(row), False))
    sentence = "The painter hid a heron in the sign, " * 5
    assert _prose_node(OutlineNode(None, sentence, 1, 5, 4, 4 + len(sentence), False))


@pytest.mark.parametrize(("gap", "time"), [(110, ":40 PM"), (90, ":40"), (60, " PM")])
def test_names_over_dates_in_side_by_side_cells_stamp_posts(gap: int, time: str) -> None:
    text = _page(gap, time)
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [name for name, _ in POSTS]
    assert [c.text.split("\n")[0] for c in page.walk()] == [body for _, body in POSTS]
    assert_nothing_lost(page, text)
