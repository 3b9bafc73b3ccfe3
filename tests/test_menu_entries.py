"""inscriptis may hang the whole post under the site menu's last entry ("* About"
over the post's date, its title and text): the entry over a date line and prose reads
like "NAME" over a date over a body, but the single-line entries over it make it a
menu's (`PageBuilder._menu_entry`), no comment. Invented pages."""

from __future__ import annotations

import pytest

import threadparse

COMMENTS = [
    "  1. Dwight F says:",
    "",
    "     Great write-up.",
    "",
    "  2. Ann K says:",
    "",
    "     Thanks!",
    "",
]


def _page(menu: list[str]) -> str:
    lines = ["    The Glowing Filament", ""]
    lines += [f"        * {entry}" for entry in menu[:-1]]
    lines += [f"        * {menu[-1]}", "", "          MAR 1 2024", ""]
    lines += ["          Restoring a 1962 Valve Radio", ""]
    lines += ["          The capacitors were the first job, as they always are.", ""]
    lines += ["2 comments", "", *COMMENTS]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "menu",
    [["Home", "Radios", "Test Gear", "About"], ["Start", "Blog", "Gear", "Links", "Kontakt"]],
)
def test_the_menus_last_entry_is_no_comment(menu: list[str]) -> None:
    page = threadparse.parse(_page(menu))
    assert [c.author for c in page.walk()] == ["Dwight F", "Ann K"]


def test_a_name_over_a_date_after_comments_is_one() -> None:
    """After items with bodies (comments), a name over a date and a body is a comment."""
    lines = ["A post", "", "Text.", "", "3 comments", ""]
    lines += ["  * Bo Lee", "    March 1, 2024", "    First comment here.", ""]
    lines += ["  * Cy Ng", "    March 2, 2024", "    Second comment here.", ""]
    lines += ["  * Di Fox", "    March 3, 2024", "    Third comment here.", ""]
    lines += ["  * Ed Moss", "    March 4, 2024", "    Fourth comment here.", ""]
    page = threadparse.parse("\n".join(lines) + "\n")
    assert [c.author for c in page.walk()] == ["Bo Lee", "Cy Ng", "Di Fox", "Ed Moss"]
