"""A forge's discussion prints each post as a list item whose line is the poster's
picture, its text the user name ("• katerynaholub"), over the header line that names
the poster by the display name ("Kateryna Holub - 2024-03-07"): the item's line
stands for the picture (the display name's letters run together), and the header is
the line under it (`transform._pictures_author_below`). Invented threads."""

from __future__ import annotations

import pytest

import threadparse
from threadparse.transform import _pictures_author_below

POSTS = [
    (0, "Jonas Feld", "2024-03-05", "The mount fails right away after the upgrade."),
    (0, "Arvid Nyman", "2024-03-05", "A previous mount probably died without unmounting."),
    (1, "Jonas Feld", "2024-03-06", "Did that and rebooted as well, same error."),
    (2, "Kateryna O'Holub", "2024-03-06", "I opened a ticket to print a hint there."),
    (0, "Lorenzo Bassani", "2024-03-08", "For those who cannot edit the file, use the flag."),
]


def _page(dash: str, date_of: str) -> str:
    lines = ["Forge", "", "Mount fails after upgrade", "", "Created: 2024-03-05", ""]
    for depth, name, date, text in POSTS:
        pad = "    " * depth
        user = "".join(ch for ch in name.lower() if ch.isalnum())
        shown = date if date_of == "iso" else f"March {int(date[-2:])}, 2024"
        lines += [f"{pad}  • {user}", "", f"{pad}    {name} {dash} {shown}"]
        lines += [f"{pad}    Reply Link Edit Delete", "", f"{pad}    {text}", "", f"{pad}     "]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("dash", ["-", "·"])
@pytest.mark.parametrize("date_of", ["iso", "words"])
def test_the_posters_display_name_heads_the_post(dash: str, date_of: str) -> None:
    comments = list(threadparse.parse(_page(dash, date_of)).walk())
    assert [(c.depth, c.author) for c in comments] == [(d, n) for d, n, _, _ in POSTS]
    assert all(text in c.text for c, (*_, text) in zip(comments, POSTS, strict=True))


@pytest.mark.parametrize(
    ("shown", "below", "pictured"),
    [
        ("katerynaholub", "Kateryna Holub - 2024-03-07", True),
        ("ann_lee", "Ann Lee · March 7, 2024", True),
        ("arvid", "Arvid Nyman - 2024-03-05", False),  # (another word: no user name)
        ("Reply", "Ann Lee - 2024-03-05", False),
        ("annlee", "annlee - 2024-03-05", False),  # (one word again: the name itself)
    ],
)
def test_a_user_name_is_the_display_names_letters_run_together(
    shown: str, below: str, pictured: bool
) -> None:
    assert _pictures_author_below(shown, below) is pictured
