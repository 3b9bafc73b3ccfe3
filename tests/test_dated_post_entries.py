"""A list of the blog's other posts after the comments, each entry a title over its
date ("Meine Packliste" over "2. Mai 2024"), is no comment section, though one entry
reads as a name over a date: inscriptis hangs the page's next list (the footer's links)
under the last entry, which then seems to have a body. Its siblings, titles over dates
with nothing else, tell (`PageBuilder._dated_entry`). Comments whose siblings have
bodies stay comments.

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

# inscriptis, a block theme: the comment list, the form, then the "more posts" list
PAGE = """\
   Auf dem Elberadweg von Dresden nach Meißen

   Zwei Tage, neunzig Kilometer und ein platter Reifen bei Radebeul.

   2 Antworten

     * Jonas Brehm
       4. Mai 2024 um 18:20
       Die Strecke bei Pillnitz ist wunderschön, aber am Wochenende sehr voll.
       Antworten
     * Hanne Sievers
       5. Mai 2024 um 09:02
       Habt ihr die Fähre in Coswig genommen?
       Antworten

   Schreibe einen Kommentar

   {heading}

     * {first}

         2. Mai 2024

     * Mit dem Lastenrad zum Wochenmarkt

         18. April 2024

     * {last}

         29. März 2024
       * Impressum
       * Datenschutz

   Stolz präsentiert von WordPress
"""

CASES = [
    ("Mehr Beiträge", "Meine Packliste für eine Woche Radreise", "Fahrradmitnahme in der Bahn"),
    ("More posts", "Packing light for a week on the bike", "Taking the bike on the train"),
    ("Weitere Artikel", "Ulrike Brandt", "Kai Osterloh"),  # (titles that read as names)
]


@pytest.mark.parametrize(("heading", "first", "last"), CASES)
def test_a_list_of_dated_posts_is_no_comment(heading: str, first: str, last: str) -> None:
    text = PAGE.format(heading=heading, first=first, last=last)
    page = threadparse.parse(text)
    assert [(c.author, c.date) for c in page.walk()] == [
        ("Jonas Brehm", "4. Mai 2024 um 18:20"),
        ("Hanne Sievers", "5. Mai 2024 um 09:02"),
    ]
    assert_nothing_lost(page, text)


# a thread whose comments are names over dates over bodies: each sibling has a body
THREAD = """\
Notes from the allotment

The broad beans are up.

3 comments

  * Rosa Llewellyn

      2 May 2024

      Mine too, and the mice found them first.

  * Owen Pritchard

      3 May 2024

      Try a ring of holly leaves around them.

  * Rosa Llewellyn

      4 May 2024

      Holly worked! Thank you.
"""


def test_names_over_dates_over_bodies_stay_comments() -> None:
    page = threadparse.parse(THREAD)
    assert [c.author for c in page.walk()] == ["Rosa Llewellyn", "Owen Pritchard", "Rosa Llewellyn"]
    assert_nothing_lost(page, THREAD)
