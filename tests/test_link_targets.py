"""Link targets html2text prints with a no-break space in them (an ``&nbsp;`` in the
page's address: "javascript:ins('Ann Lee')", a board's insert-name link on every post's
name): the link is read as its text like any other (invented page, names and links)."""

from __future__ import annotations

import threadparse
from threadparse.lines import plain

NBSP = "\u00a0"


def _board(names: list[str]) -> str:
    """A table board as html2text prints it: each post's name linked to a script that
    quotes it, the date in the same row, then the poster's card and the body."""
    out = ["Board index » Lathes » Tailstock drifts", ""]
    for i, name in enumerate(names):
        linked = name.replace(" ", NBSP)
        out += [
            f"[{name}](javascript:ins\\('{linked}'\\)) |  **Date** {10 + i}.03.2014 - 1{i}:05 "
            f"[![Quote post](img/p_quote.gif)](/index.php?act=Post&p={300 + i})",
            "---|---  ",
            "  ",
            "Member  ",
            f"Posts: {20 + i}  ",
            "  ",
            f"|  Reply number {i} about the tailstock and its drift.  ",
            "  ",
            "[![Top](img/p_up.gif)](javascript:scroll\\(0,0\\);)  ",
            "  ",
        ]
    return "\n".join(out) + "\n"


def test_a_link_whose_target_holds_a_no_break_space_reads_as_its_text() -> None:
    line = f"[Mr. Oakes](javascript:ins\\('Mr.{NBSP}Oakes'\\)) |  **Date** 26.09.2014"
    assert plain(line) == "Mr. Oakes | Date 26.09.2014"


def test_posters_named_with_a_space_are_read_like_the_others() -> None:
    names = ["Wren", "Mr. Oakes", "Tamsin", "Mr. Oakes", "Ilse Borg"]
    page = threadparse.parse(_board(names))
    assert [c.author for c in page.walk()] == names
