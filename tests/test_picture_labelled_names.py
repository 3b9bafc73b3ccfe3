"""Forum posts whose header block prints the avatar's alternative text, a label of the
page's own words before the name ("Bildo de Ann Lee", "Uzanta bildo Ann Lee"), over the
name printed again on its own line, then the poster's title: a poster who writes several
posts has their picture's line printed with their name in each of them, as a title is,
but the label goes with several different names, so the line is the picture's and the
name is under it (`posts.authors._picture_labels`, `_names_over_titles`). Invented
text; the negative cases are a line that spells one name alone (the name's own title
over it: no page's label) and a line that spells no name ("Ann Leeds" over "Ann Lee")."""

from __future__ import annotations

import pytest

import threadparse
from threadparse.outline import OutlineNode
from threadparse.posts import authors


def _post(number: int, date: str, picture: str, name: str, title: str, body: str) -> str:
    return (
        f" #{number}  \n"
        f"Antaŭ {date}\n"
        f"{picture}\n"
        f"{name}\n"
        f"{title}\n"
        f"Aliĝis: Mar 2019\n"
        f"Afiŝoj: 1,234\n"
        f"{body}, and I wrote this line long enough to read as a sentence of a post.\n"
        "Respondi kun citaĵo\n"
    )


_POSTS = [
    ("05-03-2024, 02:22 PM", "Ivo Marsh", "Senior Member", "My bread keeps sticking to the tin"),
    ("05-03-2024, 03:05 PM", "Pell Dorran", "Kitchen Moderator", "Line the tin with paper"),
    ("05-03-2024, 04:40 PM", "Ruth Alder", "New Member", "A non-stick tin fixed it for me"),
    ("05-03-2024, 05:12 PM", "Ivo Marsh", "Senior Member", "Thanks, I will try the paper"),
    ("05-03-2024, 06:30 PM", "Tam Quill", "Member", "Let the loaf rest ten minutes first"),
    ("06-03-2024, 09:14 AM", "Osk Vale", "New Member", "Butter and then flour the sides"),
    ("06-03-2024, 11:48 AM", "Ivo Marsh", "Senior Member", "It worked, the loaf came out whole"),
    ("06-03-2024, 01:20 PM", "Wen Harrow", "Member", "Glad to hear it, enjoy the bread"),
]


def _page(picture: str) -> str:
    head = "Bakers' Corner\nForum > Bread > Tins\nBread sticks to the tin\nPage 1 of 1\n"
    return head + "".join(
        _post(n, date, picture.format(name), name, title, body)
        for n, (date, name, title, body) in enumerate(_POSTS, 1)
    )


@pytest.mark.parametrize(
    "picture",
    [
        "Bildo {}",  # (a label of the page's words before the name, of no word list)
        "Uzanta bildo {}",
        "Bildo de {}",
    ],
)
def test_the_name_under_its_pictures_label(picture: str) -> None:
    page = threadparse.parse(_page(picture))
    assert [c.author for c in page.walk()] == [name for _, name, _, _ in _POSTS]
    assert next(c.date for c in page.walk()) == "Antaŭ 05-03-2024, 02:22 PM"


def test_a_label_goes_with_several_names() -> None:
    lines = ["Bildo de Ann Lee", "Ann Lee", "x", "Bildo de Bo Ek", "Bo Ek"]
    nodes = [OutlineNode(None, text, n + 1, 1, 0, len(text), False) for n, text in enumerate(lines)]
    assert authors._picture_labels(nodes, [[0, 1, 2], [3, 4]]) == frozenset({"bildo de …"})
    # one name alone under the line that spells it: the name's own title, no label
    assert authors._picture_labels(nodes, [[0, 1, 2]]) == frozenset()
    assert authors._picture_label("Ann Lee's Kitchen", "Ann Lee") == "… 's kitchen"
    assert authors._picture_label("Ann Leeds", "Ann Lee") is None
