"""Old table-based forum templates print each post as one table row, and html2text prints
that row on one line: the poster's cell (the name, linked or bold, then the profile),
a bar, the post's cell opened by the date and the post's number, the body going on past
the row's line down to the rule html2text prints under the row ("---|---",
`layouts._row_posts`). Or the header is a post number and a date over a profile row of
its own, closed by its rule, the body under that (`authors._profile_row_owner`).
Invented boards."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import threadparse
from threadparse.outline import OutlineNode
from threadparse.posts import find
from threadparse.posts.post import Post

POSTS = [
    ("wren_k", "Plums split on the tree after the rain, every single one this week."),
    ("Olek Marsh", "Uneven watering does that, the skins cannot keep up with the juice."),
    ("tamsin.b", "Mulch around the roots helps, keep the soil moist but never soaked."),
    ("wren_k", "I will mulch this weekend and water in the evenings from now on."),
    ("Olek Marsh", "Good plan, and pick the ripe ones early before the next storm."),
]
DATES = ["3 May 2023 09:14", "3 May 2023 10:02", "3 May 2023 11:45", "4 May 2023 08:30"]
DATES.append("4 May 2023 19:05")


def _board(row: str, under: bool = False) -> str:
    """A thread page, each post's row made by ``row`` (of the name, its profile link's
    number, the date, the post's number and the body); with ``under``, the third post's
    body opens under its row, a quote over it."""
    lines = ["[Orchard Talk](/)", "", "# Plums splitting on the tree", "", "Pages: 1", ""]
    for number, ((name, text), date) in enumerate(zip(POSTS, DATES, strict=True), 1):
        if under and number == 3:
            lines += [row.format(name=name, user=number, date=date, n=number, text="")]
            lines += ["", f"> Quote: {POSTS[0][0]} Plums split", "", text]
        else:
            lines += [row.format(name=name, user=number, date=date, n=number, text=text)]
        lines += ["---|---", ""]
    lines += ["### Quick reply", "", "You must log in to post.", ""]
    return "\n".join(lines) + "\n"


def _read(page: str) -> list[tuple[str | None, str | None, str]]:
    return [(c.author, c.date, c.text) for c in threadparse.parse(page).walk()]


WANTED = [(name, date, text) for (name, text), date in zip(POSTS, DATES, strict=True)]


def test_a_row_a_post_the_number_after_the_date() -> None:
    row = "[{name}](/member/{user})![](/av.png) Joined: June 2018Posts: 1.204 | {date} #{n} {text}"
    assert _read(_board(row)) == WANTED
    assert _read(_board(row, under=True))[2][:2] == WANTED[2][:2]


def test_a_linked_number_before_the_date_and_controls_after_it() -> None:
    """The number before the date, linked; "Quote Report" after the date in every row
    are controls, not the body."""
    row = (
        "**{name}** ![](/av/{user}.png) Member Posts: 17 |  [#{n}](/t/5#p{n}) {date} Quote Report "
    )
    row += "{text}"
    assert _read(_board(row)) == WANTED
    assert _read(_board(row, under=True))[2][:2] == WANTED[2][:2]


def test_a_labelled_date_and_linked_controls() -> None:
    row = (
        "**{name}** Profile: Member |  Posted on {date}  [Reply](/r?p={n}) [Quote](/q?p={n}) {text}"
    )
    assert _read(_board(row)) == WANTED


def _row_posts_found(page: str, monkeypatch: pytest.MonkeyPatch) -> list[list[Post]]:
    """What `layouts._row_posts` finds on the page, each time it is asked."""
    found: list[list[Post]] = []
    row_posts = find._row_posts

    def spy(flat: Sequence[OutlineNode]) -> list[Post]:
        found.append(row_posts(flat))
        return found[-1]

    monkeypatch.setattr(find, "_row_posts", spy)
    threadparse.parse(page)
    return found


def test_rows_over_their_rules_with_the_bodies_under_them_are_headers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A row over its rule, the body under the rule: a header's table, no body in the
    row (read by the stamps, not as row posts)."""
    lines = ["# Plums splitting on the tree", ""]
    for (name, text), date in zip(POSTS, DATES, strict=True):
        lines += [f"[{name}](/u/{name}) | {date}", "---|---", text, "", "Reply Quote", ""]
    found = _row_posts_found("\n".join(lines) + "\n", monkeypatch)
    assert found and not any(found)


def test_a_table_of_dates_is_no_post_list(monkeypatch: pytest.MonkeyPatch) -> None:
    """A table of names and dates, one rule under its first row: no post has a body."""
    lines = ["# Club results", "", "Runner | Date", "---|---"]
    pairs = enumerate(zip(POSTS, DATES, strict=True))
    lines += [f"[{name}](/u/{i}) | {date}" for i, ((name, _), date) in pairs]
    lines += ["", "All runners finished before noon, a record for the club.", ""]
    found = _row_posts_found("\n".join(lines) + "\n", monkeypatch)
    assert found and not any(found)


def test_a_profile_row_under_the_number_and_date() -> None:
    """vBulletin 3: "#N" over the date, a rule, the profile's row (the avatar linked,
    the name linked to the same address, the rank glued after it, the join date),
    its rule, the body."""
    lines = ["[![Orchard Talk](logo.png)](index.php)", "---", ""]
    for number, ((name, text), date) in enumerate(zip(POSTS, DATES, strict=True), 1):
        lines += [f" #[**{number}**](showpost.php?p={number})", f"![old](old.gif) {date}", "---"]
        lines += [
            f"| [![avatar of {name}](av{number}.gif)](member.php?u={number}) | "
            f"[{name}](member.php?u={number})Senior Member |  | Joined: Mar 2019Posts: 120",
            "---|---|---|---",
            text,
            "[![Reply With Quote](quote.gif)](newreply.php?p=1)",
            "",
        ]
    comments = list(threadparse.parse("\n".join(lines) + "\n").walk())
    assert [(c.author, c.text) for c in comments] == [(n, t) for n, t in POSTS]
