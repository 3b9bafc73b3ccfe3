"""Forums and aggregators laid out in a table (invented pages, shaped like real dumps).
html2text prints each row as "cell | cell | cell": a post's header is a row whose one
cell names the author and the date, its other cells furniture (a spacer picture, an
empty vote link, control links); the body follows on plain lines, up to the next such
row. w3m prints a narrow cell's picture placeholder ("*") at the margin, in front of a
body line, where it reads as a bullet whose block runs on to the next post's header."""

from __future__ import annotations

import threadparse
from threadparse import lines as L


def _row(item: int, name: str, age: str, controls: str) -> str:
    vote = f"[](vote?id={item}&how=up&goto=item%3Fid%3D900)"
    named = f"[{name}](user?id={name}) [{age}](item?id={item})"
    return f"| ![](s.gif)|  {vote} |  {named} | {controls}[[–]](javascript:void\\(0\\))   "


def _aggregator(posts: list[tuple[str, str, str, str]]) -> str:
    """An html2text dump of a table-laid-out thread: the site's bar and the story's rows,
    then a row per post over its body, its reply link and the separator row."""
    site = "https://board.example"
    lines = [
        f"| [![](logo.svg)]({site}) | **[Gadget Board](news)** [new](newest) | [ask](ask)"
        "|  [login](login)  ",
        "---|---|---  ",
        f"| | [](vote?id=900&how=up)| [Why my old lathe hums at night]({site}/hum)  ",
        "---|---|---  ",
        "|  42 points by [ondine](user?id=ondine) [5 hours ago](item?id=900) | "
        f"[hide](hide?id=900) | [{len(posts)} comments](item?id=900)  ",
        "|  ",
        "  ",
        "| ![](s.gif)|  ",
    ]
    for number, (name, age, controls, body) in enumerate(posts):
        item = 901 + 7 * number
        reply = f"_[reply](reply?id={item}&goto=item%3Fid%3D900%23{item})_  "
        lines += [_row(item, name, age, controls), body, reply, "---|---|---  "]
    lines += ["  ", "[Guidelines](guidelines.html) | [FAQ](faq.html) | [Contact](contact)  "]
    return "\n".join(lines) + "\n"


AGGREGATOR = _aggregator(
    [
        ("tamsin_r", "4 hours ago", "next",
         "The belt was slipping on the cone pulley, so I would check that first,\n"
         "before you take the headstock apart."),
        ("brokk", "4 hours ago", "root | parent | next",
         "Mine did the same until I swapped the motor bearings, and the noise went\n"
         "away the same evening."),
        ("tamsin_r", "3 hours ago", "root | parent | next",
         "Good point about the bearings, I had not thought of the motor at all."),
        ("Ysolde Marr", "2 hours ago", "next",
         "A humming lathe at night is usually the capacitor, in my experience with\n"
         "old single-phase motors."),
    ]
)  # fmt: skip

# another board: other names and counts, ages in minutes and days, a post whose reply
# link html2text glued to its last body line
BOARD = _aggregator(
    [
        ("quarry.dweller", "2 days ago", "next",
         "We tried three kinds of grease on the tailstock before it stopped squeaking\n"
         "at all. _[reply](reply?id=1)_"),
        ("pell_mell", "1 day ago", "root | parent | next",
         "Which grease lasted longest, if you remember? Ours dries out in winter."),
        ("Hobart Vinn", "50 minutes ago", "root | parent | next",
         "The graphite one, by a long way, though it makes a mess of the bench."),
    ]
)  # fmt: skip


def _posts(text: str) -> list[tuple[int, str | None, str | None]]:
    return [(c.depth, c.author, c.date) for c in threadparse.parse(text).walk()]


def test_a_table_row_whose_one_cell_names_the_author_heads_a_post() -> None:
    assert _posts(AGGREGATOR) == [
        (0, "tamsin_r", "4 hours ago"),
        (0, "brokk", "4 hours ago"),
        (0, "tamsin_r", "3 hours ago"),
        (0, "Ysolde Marr", "2 hours ago"),
    ]
    page = threadparse.parse(AGGREGATOR)
    first = page.comments[0].text
    assert first.startswith("The belt was slipping") and first.endswith("headstock apart.")
    assert "reply" not in page.comments[1].text and "---" not in page.comments[1].text


def test_another_boards_rows_head_its_posts() -> None:
    assert _posts(BOARD) == [
        (0, "quarry.dweller", "2 days ago"),
        (0, "pell_mell", "1 day ago"),
        (0, "Hobart Vinn", "50 minutes ago"),
    ]
    assert threadparse.parse(BOARD).comments[2].text.startswith("The graphite one")


def test_a_table_of_names_and_dates_without_bodies_heads_no_posts() -> None:
    rows = [
        "| Version | Released by | Notes",
        "---|---|---",
        *(
            f"| ![](tag.png) | [{name}](u/{n}) 2024-0{n}-11 | [notes](n/{n})"
            for n, name in enumerate(["Ann Lee", "Ben Ode", "Cy Pratt"], start=5)
        ),
    ]
    table = "Release notes\n\n" + "  \n".join(rows) + "  \n"
    assert threadparse.parse(table).comments == []


def test_the_header_cell_of_a_row() -> None:
    row = _row(5, "ann", "3 hours ago", "root | parent | next")
    assert L.header_cell(row) == "[ann](user?id=ann) [3 hours ago](item?id=5)"
    assert L.header_cell("| [ann](u) Lee | 3 hours ago | [reply](r)") is None  # (two cells)
    assert L.header_cell("Ann wrote | on the 3rd of May | thanks") is None
    assert L.plain("next[[–]](javascript:void\\(0\\))") == "next[–]"  # (a toggle's link)


def _w3m(posts: list[tuple[int, str, str, list[str]]]) -> str:
    """A w3m dump of a table-laid-out thread: each post's header at its depth's indent,
    its body under it, "reply" closing it; the spacer cell's placeholder ("*" for a
    top post) printed at the margin on the middle line of the post's row."""
    out = [
        "● Gadget Board new | ask | submit       login",
        "   Why my old lathe hums at night (lathe.example.org)",
        f"   42 points by ondine 5 hours ago | hide | {len(posts)} comments",
        "",
        "",
    ]
    for depth, name, age, body in posts:
        pad = " " * (4 + 2 * depth)
        bar = "next[–]" if depth == 0 else "root | parent | next[–]"
        row = [f"{name} {age} | {bar}", "", *body, "", "reply"]
        middle = (len(row) - 1) // 2  # (the row's middle line: a body line here)
        for number, line in enumerate(row):
            mark = ("*" if depth == 0 else "[s]") if number == middle else ""
            out.append(mark.ljust(len(pad)) + line if mark else (pad + line if line else ""))
        out.append("")
    out += ["", "   Guidelines | FAQ | Contact", ""]
    return "\n".join(out)


_LONG = [
    "The belt was slipping on the cone pulley, so I would check that first,",
    "before you take the headstock apart and lose a weekend to it.",
    "Mine did the same until I swapped the motor bearings, and the noise went",
]
_SHORT = ["Good point about the bearings, I had not thought of the motor at all."]

W3M = _w3m(
    [
        (0, "tamsin_r", "4 hours ago", _LONG),
        (1, "brokk", "4 hours ago", _LONG[1:]),
        (0, "Ysolde Marr", "3 hours ago", _SHORT),
        (0, "pell_mell", "2 hours ago", _LONG[:2]),
        (1, "tamsin_r", "1 hour ago", _LONG),
        (0, "Hobart Vinn", "40 minutes ago", _SHORT),
        (0, "quarry.dweller", "30 minutes ago", _LONG),
    ]
)
W3M_OTHER = _w3m(
    [
        (0, "marl_pit", "2 days ago", _SHORT),
        (0, "Ondrej K", "2 days ago", _SHORT),
        (1, "wicket7", "1 day ago", _LONG[:2]),
        (0, "tarnhelm", "20 hours ago", _SHORT),
        (1, "Ondrej K", "18 hours ago", _SHORT),
        (0, "brine.road", "9 hours ago", _LONG),
    ]
)


def _named(text: str) -> list[tuple[int, str | None]]:
    return [(c.depth, c.author) for c in threadparse.parse(text).walk()]


def test_a_placeholder_at_the_margin_does_not_swallow_the_next_header() -> None:
    assert _named(W3M) == [
        (0, "tamsin_r"), (1, "brokk"), (0, "Ysolde Marr"), (0, "pell_mell"),
        (1, "tamsin_r"), (0, "Hobart Vinn"), (0, "quarry.dweller"),
    ]  # fmt: skip
    assert _named(W3M_OTHER) == [
        (0, "marl_pit"), (0, "Ondrej K"), (1, "wicket7"), (0, "tarnhelm"), (1, "Ondrej K"),
        (0, "brine.road"),
    ]  # fmt: skip
