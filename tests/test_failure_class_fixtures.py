"""Each failure class of ../shared/failure-classes.md read on its own fixture as that
document expects. The other fixtures are read in the test files of their rules (B in
test_unmarked_sections, C in test_header_below, E in test_nameless_comments, F in
test_realworld, G in test_posts, H1 and I in test_layouts, J in test_deep_bullets, K4
and K5 in test_widgets, L in test_authors); each of those files holds variants of our
own. N (a quote lynx printed left of its reply's body) is read here with two variants
of our own. One fixture is not read as expected yet and is left out: L5's badge printed
once after a name ("Tobin Author")."""

from __future__ import annotations

import pytest

import threadparse
from conftest import FAILURE_FIXTURES, assert_nothing_lost, need

EXPECTED = {
    # A: header fields split into sibling items ("Reply", the name, the date)
    "A_sibling_fields.txt": [("Orla Penning", 0), ("Tamsin Rook", 1), ("Bertil Ashdown", 0)],
    # B2: a discussion plugin's sort controls between the count and the first header
    "B2_wpdiscuz.txt": [("Harriet Vell", 0), ("Ossian Brook", 0)],
    # H2: html2text wraps a header's link text across lines
    "H2_h2t_wrapped_link.txt": [("Ruth Anne", 0), ("Bo Kettering Goes Walking", 0)],
    # K1: a list of dated post titles after the thread is no second thread
    "K1_postlist_flat.txt": [("Lea", 0)],
    # K2: a teaser's "Comments — DATE" metadata is no comment
    "K2_teaser_meta.txt": [("Ada Brill", 0)],
    # K3: "Updated: DATE" in the article's byline list is no comment
    "K3_updated_item.txt": [("Nell", 0)],
    # K6: a menu item over the article's date (inscriptis) is no header
    "K6_nav_item_over_date.txt": [("Ilka Frey", 0), ("Piet Lamm", 0)],
    # N: lynx prints a quote in a reply's body left of it; the next reply stays under it
    "N_lynx_quote_outdent.txt": [("Quill", 0), ("Maren Tove", 1), ("Quill", 2)],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_failure_class_fixture(name: str) -> None:
    path = need(FAILURE_FIXTURES / name)
    page = threadparse.parse_file(path)
    assert [(c.author, c.depth) for c in page.walk()] == EXPECTED[name]
    assert all(c.text for c in page.walk())  # (each comment keeps its body)
    assert_nothing_lost(page, path.read_text(encoding="utf-8"))


def test_wrapped_link_fixture_keeps_bodies() -> None:
    page = threadparse.parse_file(need(FAILURE_FIXTURES / "H2_h2t_wrapped_link.txt"))
    first, second = (c.text for c in page.walk())
    assert first == "What a view :)" and second.startswith("We hiked there")


OUTDENTED_QUOTE = """\
Harbour ferry timetable

   The winter timetable starts on Monday.

3 Comments

    1.
   Ann Lee says:
       [12]May 3, 2019 at 9:12 am
       Does the early boat still stop at the north pier?
       [13]Reply
         1.
        Bob Marsh says:
            [14]May 3, 2019 at 10:40 am

     Does the early boat still stop at the north pier?
            Only on weekdays, the sign at the pier says so.
            [15]Reply
              1.
             Ann Lee says:
                 [16]May 3, 2019 at 11:02 am
                 Thanks, that settles it.
                 [17]Reply
    2.
   Cy Okafor says:
       [18]May 4, 2019 at 8:00 am
       The new boat is much quieter.
       [19]Reply
"""

OUTDENTED_PARAGRAPHS = """\
Garden allotments

   Plots are handed out in March.

2 Comments

    1.
   Petra says:
       [5]2. März 2021 um 10:15 Uhr
       How long is the waiting list?
       [6]Antworten
         1.
        Gus sagt:
            [7]2. März 2021 um 12:00 Uhr

     How long is the waiting list?

     Is it still three years?
            About two years now, it got shorter.
            [8]Antworten
    2.
   Lotte sagt:
       [9]3. März 2021 um 08:30 Uhr
       Are raised beds allowed?
       [10]Antworten
"""


@pytest.mark.parametrize(
    ("text", "tree", "answer"),
    [
        (
            OUTDENTED_QUOTE,
            [("Ann Lee", 0), ("Bob Marsh", 1), ("Ann Lee", 2), ("Cy Okafor", 0)],
            "Only on weekdays, the sign at the pier says so.",
        ),
        (
            OUTDENTED_PARAGRAPHS,
            [("Petra", 0), ("Gus", 1), ("Lotte", 0)],
            "About two years now, it got shorter.",
        ),
    ],
)
def test_a_quote_lynx_printed_left_of_its_reply(
    text: str, tree: list[tuple[str, int]], answer: str
) -> None:
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == tree
    reply = page.comments[0].children[0]
    assert reply.text.startswith(page.comments[0].text.split("\n")[0])  # (the quote)
    assert answer in reply.text
    assert_nothing_lost(page, text)
