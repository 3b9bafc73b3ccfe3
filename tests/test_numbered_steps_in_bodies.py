"""A comment's body that quotes a numbered step whose number happens to follow the
comment's own ("3. Ann says:" over a body that quotes "4. If the value is a
reference, then"): one numbered line alone, no header, is the body's, not the next
comment. Comments the converter printed one level deeper than the first, numbered on
("1." over "  2." over "  3."), are still the first one's siblings. Invented pages in
the shape of WordPress's numbered comment list, as resiliparse prints it."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost


def test_a_numbered_step_in_a_body_stays_in_the_body() -> None:
    text = "\n".join(
        [
            "Primitives and their wrappers",
            "",
            "A post about how a value gets its methods.",
            "",
            "5 Comments",
            "",
            "  1. Ana Ruiz says: September 27, 2010 at 10:27",
            "    A very good article, thank you for writing it up.",
            "  2. Dmitri K. says: September 27, 2010 at 10:51",
            "    Note that in strict mode the value is not wrapped at all.",
            "  3. Ana Ruiz says: September 27, 2010 at 11:10",
            "    Dmitri, the spec says so in the section on calls:",
            "",
            "    4. If the value is a property reference, then",
            "    a. let get be the internal method of the base.",
            "",
            "    So the wrapper is made either way.",
            "  4. Mo Tahir says: September 27, 2010 at 11:17",
            "    Nice article, the examples are very clear.",
            "",
            "Leave a Reply",
        ]
    )
    page = threadparse.parse(text + "\n")
    assert [c.author for c in page.walk()] == ["Ana Ruiz", "Dmitri K.", "Ana Ruiz", "Mo Tahir"]
    assert "If the value is a property reference, then" in list(page.walk())[2].text
    assert_nothing_lost(page, text + "\n")


def test_comments_printed_one_level_deeper_are_still_siblings() -> None:
    text = "\n".join(
        [
            "Primitives and their wrappers",
            "",
            "3 Comments",
            "",
            "  1. Ana Ruiz says: September 27, 2010 at 10:27",
            "    A very good article, thank you for writing it up.",
            "    2. Dmitri K. says: September 27, 2010 at 10:51",
            "      Note that in strict mode the value is not wrapped at all.",
            "    3. Mo Tahir says: September 27, 2010 at 11:17",
            "      Nice article, the examples are very clear.",
        ]
    )
    page = threadparse.parse(text + "\n")
    assert [(c.depth, c.author) for c in page.walk()] == [
        (0, "Ana Ruiz"),
        (0, "Dmitri K."),
        (0, "Mo Tahir"),
    ]
