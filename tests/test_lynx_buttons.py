"""lynx prints a button as "(BUTTON) " before its text. Where a comment widget makes the
author's name a button (it opens a profile card), every header reads "(BUTTON) Ann Lee
2 days ago": the label is no part of the name, and the header is read as without it.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("(BUTTON) Ilse Brandt 2 days ago", "Ilse Brandt"),
        ("(BUTTON) Gaspard Roy il y a 3 jours", "Gaspard Roy"),
        ("(BUTTON) wren_okafor · March 3, 2021", "wren_okafor"),
    ],
)
def test_a_button_label_is_no_part_of_the_name(line: str, author: str) -> None:
    assert L.plain(line) == line.removeprefix("(BUTTON) ")
    header = L.read_header(line)
    assert header is not None
    assert header.author == author


def test_other_parentheses_at_the_start_stay() -> None:
    assert L.plain("(AP) Officials said on Monday") == "(AP) Officials said on Monday"


COMMENT = """\
{indent}{marker} {initials}
{indent}  (BUTTON) {name} {age}
{indent}  {body}
{indent}  (BUTTON) Reply (BUTTON) Like{likes} (BUTTON) …
"""


def _thread(rows: list[tuple[int, str, str, str]]) -> str:
    markers = "*+o#"
    parts = []
    for depth, name, age, body in rows:
        indent = "     " + "   " * depth
        initials = "".join(word[0] for word in name.split())
        parts.append(
            COMMENT.format(
                indent=indent,
                marker=markers[depth],
                initials=initials,
                name=name,
                age=age,
                body=body,
                likes=len(body) % 9,
            )
        )
    return (
        "Snow clearing contract renewed\n\n"
        "   The council renewed the contract for five more years.\n\n"
        "   Join the conversation (BUTTON) Sign in | (BUTTON) Register\n" + "".join(parts)
    )


ROWS = [
    (0, "Ilse Brandt", "2 days ago", "Two days to clear a sidewalk is far too long."),
    (1, "Gaspard Roy", "2 days ago", "On my street it is closer to four days."),
    (2, "Ilse Brandt", "1 day ago", "Then nobody is measuring the delay at all."),
    (0, "Noor Haddad", "5 hours ago", "The contract never says who checks the trucks."),
]


def test_a_thread_whose_names_are_buttons_is_read() -> None:
    text = _thread(ROWS)
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [(r[1], r[0]) for r in ROWS]
    assert_nothing_lost(page, text)


# Buttons after a header's date, each labelled by a word: its controls ("DATE (BUTTON)
# quote (BUTTON) reply"), so the line reads as its text alone, a date line of a post's
# header.
@pytest.mark.parametrize(
    ("line", "shown"),
    [
        (
            "[12]woensdag 3 april 2024 @ 14:22 (BUTTON) quote (BUTTON) reageer",
            "woensdag 3 april 2024 @ 14:22",
        ),
        ("Posted 2 months ago (BUTTON) Report", "Posted 2 months ago"),
        ("[7]Ann Lee · 3 hours ago (BUTTON) Reply", "Ann Lee · 3 hours ago"),
    ],
)
def test_buttons_after_the_text_are_no_part_of_the_line(line: str, shown: str) -> None:
    assert L.plain(line) == shown


@pytest.mark.parametrize(
    "line",
    [
        "Sort by: (BUTTON) Best (BUTTON) Newest",  # (no date before the buttons)
        "2 months ago (BUTTON) more_horiz",  # (an icon's name: no word)
        "wu_chen•3月14日 14:02 (BUTTON) 1 (BUTTON) 回复",  # (a count)
        "Ann Lee · 3 hours ago (BUTTON)",  # (no label)
    ],
)
def test_other_buttons_stay(line: str) -> None:
    assert L.without_buttons(line) == line


def test_a_row_of_buttons_stays_as_it_is() -> None:
    assert L.without_buttons("(BUTTON) Antworten (BUTTON) Melden") == (
        "(BUTTON) Antworten (BUTTON) Melden"
    )


BOARD_POST = """\
   [{n}]{name} {rank} {posts}
   [{m}]{date} (BUTTON) {quote} (BUTTON) {reply}
   (BUTTON) {report}

   {body}
"""

BOARDS = {
    "nl": (
        ("Lid", "berichten", "quote", "reageer", "melden"),
        [
            (
                "Zandloper",
                "donderdag 4 april 2024 @ 09:12",
                "Welke router raden jullie aan voor een rijtjeshuis met drie verdiepingen?",
            ),
            (
                "Kabelkrant",
                "donderdag 4 april 2024 @ 09:40",
                "Een mesh-systeem met bekabelde backhaul werkt het best, als je kabel kunt leggen.",
            ),
            (
                "Zandloper",
                "donderdag 4 april 2024 @ 10:05",
                "Kabels trekken lukt niet, de muren zijn van beton en ik huur de woning.",
            ),
            (
                "Ohmse_Wet",
                "donderdag 4 april 2024 @ 11:31",
                "Dan zou ik naar powerline kijken, al hangt dat sterk af van je groepenkast.",
            ),
        ],
    ),
    "en": (
        ("Member", "posts", "Quote", "Reply", "Report"),
        [
            (
                "marsh_hollow",
                "Friday 12 July 2024 @ 18:02",
                "Has anyone run the new firmware on the older board revision yet?",
            ),
            (
                "Tinplate",
                "Friday 12 July 2024 @ 18:40",
                "I flashed it last night and the fan curve behaves, no other change noticed.",
            ),
            (
                "quillon",
                "Saturday 13 July 2024 @ 08:15",
                "Same here, though the first boot took four minutes, so do not pull the plug.",
            ),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(BOARDS))
def test_a_board_whose_dates_carry_buttons_is_read(language: str) -> None:
    (rank, posts, quote, reply, report), rows = BOARDS[language]
    text = "A board's topic\n\n   Page 1 · 4 messages\n" + "".join(
        BOARD_POST.format(
            n=2 * at + 10,
            m=2 * at + 11,
            name=name,
            rank=rank,
            posts=f"{40 + 17 * at} {posts}",
            date=date,
            quote=quote,
            reply=reply,
            report=report,
            body=body,
        )
        for at, (name, date, body) in enumerate(rows)
    )
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [(name, 0) for name, _, _ in rows]
    assert_nothing_lost(page, text)
