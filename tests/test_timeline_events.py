"""A tracker's timeline between its comments ("NAME added the bug label DATE", "NAME
self-assigned this DATE", "NAME hat das Label Fehler hinzugefügt DATE"): a line of a
poster's name, a verb phrase and a date, with no body of its own, is an event, not a
comment (`rehang.shed_timeline_events`): what stands under it is nothing, another
event, or the next comment's picture, role label and menu. A header whose phrase is
a posting verb the page repeats keeps its comment, its author the name alone ("NAME
kommentierte DATE" on most headers; "NAME left a comment DATE" twice).

Variants: an English issue (events repeated, one of them a title change, one a mention),
the same as lynx prints it (an event's phrase wrapped over its header line: "[36]bo
closed this as [37]completed in" over "[38]#320 [39]Jan 12, 2024"),
a German one (the posting verb "kommentierte" learned from its repetition), a review
page ("NAME approved these changes" events over "View reviewed changes", the summaries
"NAME left a comment DATE": the phrase learned where it follows the same names as the
events do). And what must stay: a comment whose body is one short line ("Yes.") under
a header with a phrase of its own, and short bodies the page prints twice ("+1") under
headers with a posting verb.

Every fixture is invented, in the shape resiliparse (or lynx) prints such pages.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

ENGLISH = """\
Sign in
Sign up
lanternworks / wickcalc Public
  • Code
  • Issues 41
  • Pull requests 6

Wick height table gives negative values below 5 mm

New issue

Wick height table gives negative values below 5 mm #318

Closed
tove-brandt opened this issue Jan 9, 2024 · 5 comments

Comments

@tove-brandt
Copy link Report content

tove-brandt  commented Jan 9, 2024

The height table prints -0.4 for a 4 mm wick.
@orrin-vale
Member
Copy link Report content

orrin-vale  commented Jan 9, 2024

Confirmed, the interpolation runs past the first row.
@orrin-vale orrin-vale added the bug label Jan 9, 2024
@orrin-vale orrin-vale changed the title Wick table negative Wick heights below 5 mm Jan 9, 2024
@orrin-vale orrin-vale self-assigned this Jan 10, 2024
@tove-brandt
Author
Copy link Report content

tove-brandt  commented Jan 10, 2024

Thanks. For now I clamp the value in my own script, so nothing urgent on my side.
@hedda-lin hedda-lin mentioned this issue Jan 11, 2024
@hedda-lin
Copy link Report content

hedda-lin  commented Jan 11, 2024

Same here with the 3 mm cotton wicks.
@orrin-vale
Member
Copy link Report content

orrin-vale  commented Jan 12, 2024

Fixed on main, the table now starts at the first row.
@orrin-vale orrin-vale closed this as completed Jan 12, 2024
@tove-brandt
Author
Copy link Report content

tove-brandt  commented Jan 13, 2024

Works with the new release, thank you both.
Sign up for free to join this conversation. Already have an account? Sign in to comment
"""

GERMAN = """\
Anmelden
Registrieren
werkbank / zaunplaner

Pfostenabstand wird bei Hanglage falsch berechnet #77

Geschlossen
greta-holm hat dieses Ticket am 4. März 2024 eröffnet

Kommentare

@greta-holm
Link kopieren Melden

greta-holm  kommentierte 4. März 2024

Ab 10 Prozent Steigung liegen die Pfosten zu weit auseinander.
@jonas-rieck
Mitglied
Link kopieren Melden

jonas-rieck  kommentierte 4. März 2024

Danke, ich schaue mir die Formel für die Hanglage am Wochenende an.
@jonas-rieck jonas-rieck hat das Label Fehler hinzugefügt 4. März 2024
@jonas-rieck jonas-rieck hat sich selbst zugewiesen 5. März 2024
@greta-holm
Autorin
Link kopieren Melden

greta-holm  kommentierte 6. März 2024

Prima, ich teste gern.
@jonas-rieck
Mitglied
Link kopieren Melden

jonas-rieck  kommentierte 9. März 2024

Behoben in Version 1.3, die Steigung geht jetzt in den Abstand ein.
@jonas-rieck jonas-rieck hat dieses Ticket geschlossen 9. März 2024
@greta-holm
Autorin
Link kopieren Melden

greta-holm  kommentierte 10. März 2024

Funktioniert, vielen Dank!
Registriere dich kostenlos, um an dieser Unterhaltung teilzunehmen.
"""

LYNX = """\
   [1]Sign in

   lanternworks / wickcalc

                   Wick height table gives negative values #318

   Closed
   tove-brandt opened this issue Jan 9, 2024 · 5 comments

Comments

   [11]@tove-brandt
   Copy link (BUTTON) Quote reply [12]Report content

   [13]tove-brandt  commented [14]Jan 9, 2024

   The height table prints -0.4 for a 4 mm wick. I expected the table to
   stop at the smallest wick we sell.
   [15]@orrin-vale
   Member Copy link (BUTTON) Quote reply [16]Report content

   [17]orrin-vale  commented [18]Jan 9, 2024

   Confirmed, the interpolation runs past the first row of the table.
   [19]@orrin-vale [20]orrin-vale added the [21]bug label [22]Jan
   9, 2024
   [23]@orrin-vale [24]orrin-vale removed the [25]needs-triage
   label [26]Jan 9, 2024
   [27]@tove-brandt
   Author Copy link (BUTTON) Quote reply [28]Report content

   [29]tove-brandt  commented [30]Jan 10, 2024

   Thanks. For now I clamp the value in my own script.
   [31]@orrin-vale
   Member Copy link (BUTTON) Quote reply [32]Report content

   [33]orrin-vale  commented [34]Jan 12, 2024

   Fixed on main, the table now starts at the first row.
   [35]@orrin-vale [36]orrin-vale closed this as [37]completed in
   [38]#320 [39]Jan 12, 2024
   [40]@orrin-vale [41]orrin-vale added this to the [42]1.4.1
   milestone [43]Jan 12, 2024
   [44]@tove-brandt
   Author Copy link (BUTTON) Quote reply [45]Report content

   [46]tove-brandt  commented [47]Jan 13, 2024

   Works with the new release, thank you.

   [48]Sign up for free to join this conversation. Already have an
   account? [49]Sign in to comment
"""

REVIEW = """\
Sign in
quayside / tallyroll

Round totals before the currency symbol is added #52

Merged
mira-quell wants to merge 2 commits into quayside:main from mira-quell:fix-rounding

Conversation 5 Commits 2 Files changed 1

Comments

@mira-quell
Copy link Report content

mira-quell \u00a0commented\u00a0Feb 1, 2024

Totals were rounded after the symbol was glued on, so the string never changed.
@mira-quell mira-quell requested a review from sten-arvid Feb 1, 2024
@sten-arvid
sten-arvid approved these changes Feb 1, 2024
View reviewed changes
@sten-arvid
Member
Copy link Report content

sten-arvid \u00a0left a comment\u00a0Feb 1, 2024

The rounding looks right, but please add a test for negative totals.
@mira-quell
Author
Copy link Report content

mira-quell \u00a0commented\u00a0Feb 2, 2024

Added one for -0.005 and one for -12.5.
@noor-falk
noor-falk approved these changes Feb 2, 2024
View reviewed changes
@noor-falk
Member
Copy link Report content

noor-falk \u00a0left a comment\u00a0Feb 2, 2024

Fine by me too.
@sten-arvid sten-arvid merged commit 4be21a0 into main Feb 2, 2024
@sten-arvid
Member
Copy link Report content

sten-arvid \u00a0commented\u00a0Feb 2, 2024

Released in 0.9.3.
Sign up for free to join this conversation. Already have an account? Sign in to comment
"""

ONE_LINE = """\
The night ferry timetable

The winter timetable starts on 4 November. The last boat leaves at 23:10.

5 comments

pia-roos  commented Nov 1, 2023

Is the 23:10 boat running on Sundays too?

olle-brink left a note Nov 1, 2023

Yes.

pia-roos  commented Nov 2, 2023

Thanks!

jens-udd  commented Nov 3, 2023

+1

mats-ek  commented Nov 3, 2023

+1
"""


def _read(text: str) -> list[tuple[str | None, str]]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [(c.author, c.text.split("\n")[0]) for c in page.walk()]


def test_events_of_an_issue_are_no_comments() -> None:
    assert _read(ENGLISH) == [
        (
            "tove-brandt",
            "The height table prints -0.4 for a 4 mm wick.",
        ),
        (
            "orrin-vale",
            "Confirmed, the interpolation runs past the first row.",
        ),
        (
            "tove-brandt",
            "Thanks. For now I clamp the value in my own script, so nothing urgent on my side.",
        ),
        ("hedda-lin", "Same here with the 3 mm cotton wicks."),
        (
            "orrin-vale",
            "Fixed on main, the table now starts at the first row.",
        ),
        ("tove-brandt", "Works with the new release, thank you both."),
    ]


def test_german_events_and_a_learned_posting_verb() -> None:
    assert _read(GERMAN) == [
        (
            "greta-holm",
            "Ab 10 Prozent Steigung liegen die Pfosten zu weit auseinander.",
        ),
        ("jonas-rieck", "Danke, ich schaue mir die Formel für die Hanglage am Wochenende an."),
        ("greta-holm", "Prima, ich teste gern."),
        ("jonas-rieck", "Behoben in Version 1.3, die Steigung geht jetzt in den Abstand ein."),
        ("greta-holm", "Funktioniert, vielen Dank!"),
    ]


def test_events_wrapped_over_their_header_line() -> None:
    assert [author for author, _ in _read(LYNX)] == [
        "tove-brandt",
        "orrin-vale",
        "tove-brandt",
        "orrin-vale",
        "tove-brandt",
    ]


def test_review_events_and_summaries_named_without_the_phrase() -> None:
    assert _read(REVIEW) == [
        (
            "mira-quell",
            "Totals were rounded after the symbol was glued on, so the string never changed.",
        ),
        ("sten-arvid", "The rounding looks right, but please add a test for negative totals."),
        ("mira-quell", "Added one for -0.005 and one for -12.5."),
        ("noor-falk", "Fine by me too."),
        ("sten-arvid", "Released in 0.9.3."),
    ]


def test_a_one_line_comment_under_a_phrase_stays() -> None:
    read = _read(ONE_LINE)
    assert [text for _, text in read] == [
        "Is the 23:10 boat running on Sundays too?",
        "Yes.",
        "Thanks!",
        "+1",
        "+1",
    ]
