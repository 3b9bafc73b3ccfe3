"""Headers of round 5's held-out systems, each by its shape: an age after its qualifier
("over 2 years ago", "vor etwa 2 Jahren", as Rails-made trackers print them), a
direction mark before a date ("\u200e03-14-2021"), a post's number over a header line
that names its author after a label ("#1" over "Updated by Ann Lee over 2 years ago"),
a label of a few words before every name ("Comment from Ann", "Reply from bob") and the
poster's points after it ("Ann Lee 37p"), both taken off by repetition. Invented
pages."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L
from threadparse.dates import find_date


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("over 2 years ago", "over 2 years ago"),
        ("about 1 hour ago", "about 1 hour ago"),
        ("almost 3 years ago", "almost 3 years ago"),
        ("vor etwa 2 Jahren", "vor etwa 2 Jahren"),
        ("vor mehr als 3 Jahren aktualisiert", "vor mehr als 3 Jahren"),
        ("il y a environ 2 ans", "il y a environ 2 ans"),
        ("hace casi 3 años", "hace casi 3 años"),
    ],
)
def test_ages_after_their_qualifier(line: str, date: str) -> None:
    found = find_date(line)
    assert found is not None and found.group() == date


def test_a_name_before_an_age_without_a_digit_makes_no_header() -> None:
    # "Ann Over a year ago" signs a Q&A site's comments, read otherwise (by its body and
    # timestamp): an age without a digit ends a header only after a separator
    found = find_date("Over a year ago")
    assert found is not None and found.group() == "a year ago"
    assert L.read_header("Gabriel Ortiz Over a year ago") is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Updated by Torben Hale over 2 years ago", "Torben Hale"),
        ("Von Jonas Wehrle vor etwa 2 Jahren aktualisiert", "Jonas Wehrle"),
    ],
)
def test_headers_with_qualified_ages(line: str, author: str) -> None:
    header = L.read_header(line)
    assert header is not None and header.author == author


def test_a_direction_mark_is_no_part_of_a_line() -> None:
    assert L.plain("\u200e03-14-2021 01:22 PM") == "03-14-2021 01:22 PM"


JOURNAL = """\
Export cuts wide tables at the right margin
Added by Ilse Brandt over 2 years ago. Updated about 2 years ago.
Wide tables lose their last columns when exported to PDF.
History
#1

Updated by Ravi Gupta over 2 years ago

  • Status changed from New to Confirmed

Reproduced with the attached file on 2.7.3, the last two columns are simply missing in the PDF.

#2

Updated by Ilse Brandt over 2 years ago

Thanks for checking. Is there a workaround until it is fixed, a smaller font perhaps?

#3

Updated by Ravi Gupta about 2 years ago

Landscape pages help for up to nine columns; beyond that the fix in the next release is needed.

#4

Updated by Oona Fairweather about 2 years ago

Same problem here with the yearly report, eleven columns wide. Glad it is being worked on.
"""


def test_a_journal_of_numbered_entries_names_each_author() -> None:
    page = threadparse.parse(JOURNAL)
    assert [c.author for c in page.walk()] == [
        "Ravi Gupta",
        "Ilse Brandt",
        "Ravi Gupta",
        "Oona Fairweather",
    ]
    assert [c.number for c in page.walk()] == [1, 2, 3, 4]
    assert page.comments[1].text.startswith("Thanks for checking.")
    assert_nothing_lost(page, JOURNAL)


def test_a_label_alone_under_the_number_names_no_one() -> None:
    # "Posted April 18, 2024" and "Old 11-24-02, 05:36 PM" under "#2" name no author
    text = JOURNAL
    for name in ("Ravi Gupta", "Ilse Brandt", "Oona Fairweather"):
        text = text.replace(f"Updated by {name} ", "Posted ")
    page = threadparse.parse(text)
    assert all(c.author != "Posted" for c in page.walk())


NEWS = """\
Council votes to close the Elm Street branch library
The branch will close at the end of June, the council decided on Tuesday by seven votes to four.
Comments
Comment from Gordon Pike 5 hours ago
Forty years that library has been there. My kids learned to read in that building.
Respect 12 Reply Report
Reply from Dana Whitcombe 4 hours ago
The books are moving to the main library, not being thrown away. It is still a loss.
Respect 3 Reply Report
Comment from millbrook_mom 3 hours ago
Where will the homework club meet now? Nobody has said a word about that.
Respect 7 Reply Report
Comment from Trevor Oyelaran 2 hours ago
Seven to four. Worth remembering at the next election who voted which way.
Respect 20 Reply Report
"""


NAMES = ["Gordon Pike", "Dana Whitcombe", "millbrook_mom", "Trevor Oyelaran"]
PRINTED = ["Comment from Gordon Pike", "Reply from Dana Whitcombe"] + [
    f"Comment from {name}" for name in NAMES[2:]
]


def _authors(*headers: str) -> list[str | None]:
    """The authors of NEWS with its four header names printed as ``headers``."""
    text = NEWS
    for printed, header in zip(PRINTED, headers, strict=True):
        text = text.replace(printed, header)
    return [c.author for c in threadparse.parse(text).walk()]


def test_a_label_before_every_name_is_no_part_of_it() -> None:
    assert _authors(*PRINTED) == NAMES


def test_a_particle_of_names_that_vary_stays() -> None:
    names = ["Ana de Souza", "Rui de Castro", "Inês de Lima", "Bea de Matos"]
    assert _authors(*names) == names


def test_points_after_every_name_are_no_part_of_it() -> None:
    points = ["37p", "211p", "4p", "1204p"]
    assert _authors(*(f"{n} {p}" for n, p in zip(NAMES, points, strict=True))) == NAMES


def test_numbers_that_run_up_are_no_points() -> None:
    # "Comment 1", "Comment 2", …: a running label, not each poster's points
    assert "Comment" not in _authors("Comment 1", "Comment 2", "Comment 4", "Comment 7")


@pytest.mark.parametrize(
    ("label", "glue"),
    [
        ("image ", ""),  # a picture's alternative text before each name
        ("Lv ", "7"),  # a level glued to the name: "Lv 7Gordon Pike"
        ("Posts Credits ", ""),  # a profile's counters' labels, word after word
    ],
)
def test_a_word_before_every_name_is_no_part_of_it(label: str, glue: str) -> None:
    assert _authors(*(f"{label}{glue}{name}" for name in NAMES)) == NAMES


def test_one_name_on_every_comment_stays_whole() -> None:
    assert set(_authors(*["Anonymous Coward"] * 4)) == {"Anonymous Coward"}


def _wrapped_journal() -> str:
    """`JOURNAL` as html2text prints it: a heading's marks alone over each entry's
    header, its avatar's link and its age's link wrapped inside their targets and text."""
    users = {"Ravi Gupta": 3, "Ilse Brandt": 17, "Oona Fairweather": 211}
    text = JOURNAL
    for name, number in users.items():
        for age in ("over 2", "about 2"):
            text = text.replace(
                f"Updated by {name} {age} years ago",
                f"####\n[![](https://www.gravatar.com/avatar/{number:032x}?size=24)](/users/{number}\n"
                f'"{name}") Updated by [{name}](/users/{number}) [{age}\n'
                f'years](/projects/export/activity?from=2022-03-02 "03/02/2022 04:05 PM") ago',
            )
    return text.replace("  • ", "  * ")


def test_a_journal_whose_headers_html2text_wrapped_names_each_author() -> None:
    text = _wrapped_journal()
    assert text.count("####") == 4
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == [
        "Ravi Gupta",
        "Ilse Brandt",
        "Ravi Gupta",
        "Oona Fairweather",
    ]
    assert_nothing_lost(page, text)
