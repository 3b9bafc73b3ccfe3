"""A month and its year alone on a line ("Jun 2007", "März 2019", "Sept. 2012") is a
date, a member's join date under its label, never a poster's name; a given name that
is a month's ("June Carter", "May Lee") is still a name. Invented lines and a forum
post whose name the converter dropped (a main-content dump), in vBulletin's shape."""

from __future__ import annotations

import pytest

import threadparse
from threadparse.posts import is_name_like


@pytest.mark.parametrize("line", ["Jun 2007", "Mar 2008", "Sept. 2012", "März 2019", "mai 2010"])
def test_a_month_and_a_year_is_no_name(line: str) -> None:
    assert not is_name_like(line)


@pytest.mark.parametrize("line", ["June Carter", "May Lee", "April", "Augustin 2"])
def test_a_month_s_name_in_a_name_stays_a_name(line: str) -> None:
    assert is_name_like(line)


def test_a_join_date_names_no_poster() -> None:
    posts = [("Jun 2007", "How do I read the docs from a shell?"), ("Mar 2008", "Try pydoc.")]
    lines = ["Python docs in a shell", ""]
    for number, (joined, body) in enumerate(posts * 2, 1):
        lines += [f"  {number}. December 25th, 2009 #{number}", "    Join Date", f"    {joined}"]
        lines += ["    Beans", f"    {number}0", "", f"    {body} Thanks for the help here.", ""]
    page = threadparse.parse("\n".join(lines) + "\n")
    assert len(list(page.walk())) == 4
    assert all(c.author is None for c in page.walk())
