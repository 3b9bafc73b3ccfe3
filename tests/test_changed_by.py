"""A tracker's comments each open with "Changed DATE by NAME comment:N" (the date, its
time and zone, the poster after "by", the comment's anchor), then the fields the
comment changed ("status: new → open") and its text. The zone is the date's (a
header is read whole with it), the anchor a permalink's; the name after "by" names the
poster; but one name after every date of a page ("Posted DATE by Ann" under each of
a blog's articles) names no posters. Invented pages, names and text."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L

CHANGES = [
    (
        "March 02, 2015 09:14AM UTC",
        "kveld",
        ["status: new → open"],
        "Confirmed on the 2.1 branch, with and without the quote escaped.",
    ),
    (
        "March 03, 2015 11:40PM UTC",
        "pia.ohrn",
        [],
        "Same here with the minified build, in two browsers at least.",
    ),
    (
        "March 05, 2015 04:02PM UTC",
        "Ruben Azad <ruben@example.org>",
        [],
        "A patch is attached, it escapes the quote before matching.",
    ),
    ("March 06, 2015 08:55AM UTC", "kveld", ["status: open → closed", "resolution: → fixed"], ""),
    (
        "March 09, 2015 10:20AM UTC",
        "tomasz_b",
        [],
        "It is still broken in the 2.0 line, which we run in production.",
    ),
]


def _ticket(changes: list[tuple[str, str, list[str], str]]) -> str:
    out = [
        "Bug Tracker",
        "",
        "#7012 closed bug (fixed)",
        "",
        "Opened March 01, 2015 08:00AM UTC",
        "",
    ]
    out += [
        "Selector with a quote breaks the parser",
        "",
        "Reported by:\t\tkveld",
        "Description",
        "",
    ]
    out += [
        "A selector holding a single quote throws instead of matching.",
        "",
        "Change History (5)",
        "",
    ]
    for number, (date, name, fields, text) in enumerate(changes, start=1):
        out += [f"Changed {date} by {name} comment:{number}", ""]
        if fields:
            out += [*fields, ""]
        if text:
            out += [text, ""]
    return "\n".join([*out, "Note: See TracTickets for help on using tickets.", ""])


def test_a_zone_after_the_time_is_the_dates() -> None:
    header = L.read_header("Changed March 02, 2015 09:14AM UTC by kveld")
    assert header is not None and (header.author, header.date) == (
        "kveld",
        "March 02, 2015 09:14AM UTC",
    )


def test_comments_opened_by_a_change_line_name_the_poster_after_the_date() -> None:
    text = _ticket(CHANGES)
    page = threadparse.parse(text)
    # (the fourth change comments nothing: its fields stay with the comment over it)
    assert [c.author for c in page.walk()] == ["kveld", "pia.ohrn", "Ruben Azad", "tomasz_b"]
    second = list(page.walk())[1]
    assert second.text == "Same here with the minified build, in two browsers at least."
    assert_nothing_lost(page, text)


def _blog(author: str) -> str:
    """A blog's page as w3m prints it: the article, its footer ("Posted DATE by NAME",
    the count of its comments), the comments as items, then the blog's other articles,
    each closed by the same footer."""
    out = ["Notes from the Allotment", "", "Beans in at last", ""]
    out += ["The beans went in today, two rows along the fence as every year.", ""]
    out += [f"Posted 12th March 2015 by {author}", "3", "", "View comments", ""]
    for number, (name, date, body) in enumerate(
        [
            ("Roy", "March 15, 2015 at 5:10 PM", "Good post, mine are still indoors."),
            ("Aino Kask", "March 15, 2015 at 5:25 PM", "Do you soak them the night before?"),
            ("Piet", "March 16, 2015 at 9:02 AM", "Two rows is ambitious, I manage one."),
        ],
        start=1,
    ):
        out += [f" {number}. []", f"    {name}{date}", "", f"    {body}", "", "    ReplyDelete"]
    out += ["", "Add comment", ""]
    for month, title in (("April", "Frost again"), ("May", "Slugs"), ("June", "First pods")):
        out += [f" 1. {title}", "", f"    A long article about {title.lower()} on the plot."]
        out += [
            "",
            f"    Posted 4th {month} 2015 by {author}",
            "    0",
            "",
            "    View comments",
            "",
        ]
    return "\n".join(out) + "\n"


def test_one_name_after_every_date_is_no_poster() -> None:
    # (the blog's author signs each article: those are no discussion's posts, and the
    # comments under the first article are the page's)
    page = threadparse.parse(_blog("Edda"))
    assert [c.author for c in page.walk()] == ["Roy", "Aino Kask", "Piet"]


def test_a_fields_date_and_the_name_after_it_head_no_comment() -> None:
    # (a bug's fields, its zone now read with the date: "Reported: DATE by NAME" is the
    # report's metadata, in a row of fields or a table's cell, not a comment's header)
    for line in (
        "Reported: 2009-06-26 14:45 UTC by Ilse Varga",
        "Product:     Widgets        Reported: 2009-06-26 14:45 UTC by Ilse Varga",
        "  |  |  Reported:  | 2009-06-26 14:45 UTC by Ilse Varga",
        "Last Edit: Nov 3, 2016 at 9:58pm by Ilse Varga",
    ):
        assert L.read_header(line) is None, line
    header = L.read_header("Changed June 08, 2011 05:26PM UTC by kveld")
    assert header is not None and header.author == "kveld"
