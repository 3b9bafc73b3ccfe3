"""Forums laid out in tables, as html2text prints them: each post's header a row whose
cells after the date are empty or pictures and links only. The row's last cell that
shows text is read for the stamp: a labelled date after the poster's join date
("Joined: 23 Nov 2003 |  | Posted: Sat Feb 05, 2005 3:10 am |", a shoutbox), or a date
alone before cells of icons (the profile, message and edit buttons of a board).
Invented posts."""

from __future__ import annotations

import threadparse

SHOUTS = [
    ("Wrenna", "Beguiler", "It was lunch. It was really good, no room for the cake though."),
    ("Osk", "Trouble Maker", "That instantly made me hungry, thanks for nothing."),
    ("Wrenna", "Beguiler", "Cup of soup and a plate of pasta in a garlic sauce. Yum."),
    ("tamsin_b", "Apprentice", "I meant an omelette sandwich, in the end I got toast."),
]


def test_a_labelled_date_in_the_rows_last_cell_stamps_the_post() -> None:
    out = ["Shoutbox", "", "Author | Message  "]
    for day, (name, rank, text) in enumerate(SHOUTS):
        out += [f"**[{name}](profile.php?u={day})**  ", f"{rank}  ", f"![{rank}](rank.gif)  ", ""]
        posted = f"Posted: Sat Feb 0{5 - day}, 2005 3:10 am"
        out += [f"Joined: 1{day} Nov 2003 |  | [![]()](){posted} |   "]
        out += ["---|---  ", "", "* * *  ", "", f"{text}  ", "![](spacer.gif)  "]
    page = threadparse.parse("\n".join(out) + "\n")
    comments = list(page.walk())
    assert [c.author for c in comments] == [name for name, _, _ in SHOUTS]
    assert all(text in c.text for c, (*_, text) in zip(comments, SHOUTS, strict=True))


def test_a_date_before_cells_of_icons_stamps_the_post() -> None:
    out = ["Board", ""]
    for day, (name, _, text) in enumerate(SHOUTS):
        session = "s=d0a5d803b229afb1cf45cf9c373d74c4"  # (the links' targets make it long)
        buttons = " ".join(
            f"[![{label} {name}](images/{label.lower()}.gif)]({page}.php?{session}&userid={day})"
            for label, page in [("Profile", "member"), ("Message", "private"), ("Find", "search")]
        )
        buttons = f"![{name} is offline](images/off.gif) {buttons}"
        edit = f"[![Edit](e.gif)](editpost.php?{session}&p={day}) [![Quote](q.gif)](r.php?p={day})"
        out += [f"![Old Post](posticon.gif) 10-1{day}-2004 01:13 PM |  | {buttons} |  {edit}  "]
        out += [f"**{name}**  ", "Member  ", "", f"{text}  ", ""]
    page = threadparse.parse("\n".join(out) + "\n")
    assert [c.author for c in page.walk()] == [name for name, _, _ in SHOUTS]
