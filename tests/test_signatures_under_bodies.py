"""Comments each closed by a signature glued under the text ("posted by NAME at 7:10 PM
on May 2", a blank line or two under it), the article closed by one of the same label
("posted by NAME (8 comments total)"), a pager of the posts before and after the page's
own under the last ("« Older Title | Newer Title »"), perhaps the notice of a form. Each
signature closes the text over it: the first comment is the paragraph over the first
signature, not the article's text. Invented site, names and text."""

from __future__ import annotations

import pytest

import threadparse

COMMENTS = [
    ("lanternfish", "This is exactly the archive I did not know I needed."),
    ("Orla Winnow", "My grandfather kept one of these registers for thirty years."),
    ("tin_whistle", "Seconded."),
    ("Mabry Cole", "Is there a way to search them by station yet?\n\nThe index looks partial."),
    ("quietcartographer", "Not yet, but the volunteers say it is planned for spring."),
]


def _page(label: str, pager: str, notice: bool, wrap: bool = False) -> str:
    out = ["Skip to content", "RailFilter", "  • Home", "  • Archives", ""]
    out += ["Signal registers of the northern lines", "May 2, 2013 7:02 PM   Subscribe", ""]
    out += ["A volunteer project scans the train registers kept by signalmen in the 1900s."]
    byline = f"{label} fennel_grove ({len(COMMENTS)} comments total) 12 users marked this"
    out += [byline, "as a favorite", ""] if wrap else [byline, ""]  # (w3m wraps at 80)
    for minute, (name, text) in enumerate(COMMENTS):
        favourites = f" [{minute} favorites]" if minute % 2 else ""
        out += [*text.split("\n"), f"{label} {name} at 7:1{minute} PM on May 2{favourites}", "", ""]
    out += [*pager.split(" | ", 1), ""] if wrap else [pager, ""]
    if notice:
        out += ["You are not currently logged in. Log in or create a new account to post comments."]
    return "\n".join(out) + "\n"


OLDER = "« Older Steam cranes of the docks... | Lighthouse lamps... Newer »"


@pytest.mark.parametrize(
    ("label", "pager", "notice", "wrap"),
    [
        ("posted by", OLDER, True, False),
        ("posted by", OLDER, False, False),
        ("written by", "‹ Previous: Steam cranes | Next: Lighthouse lamps ›", True, False),
        ("posted by", OLDER, True, True),  # (the byline and the pager wrapped, as w3m does)
    ],
)
def test_signatures_close_the_text_over_them(
    label: str, pager: str, notice: bool, wrap: bool
) -> None:
    page = threadparse.parse(_page(label, pager, notice, wrap))
    comments = list(page.walk())
    assert [c.author for c in comments] == [name for name, _ in COMMENTS]
    assert [c.text for c in comments] == [text for _, text in COMMENTS]
    assert page.article is not None and "fennel_grove" in page.article.text
