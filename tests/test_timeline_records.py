"""A tracker's timeline events that carry a record under their line: "NAME added 2
commits DATE" over the commits' rows (a subject over an id: "scale: round before the
symbol" / "4be21a0"), "NAME reviewed DATE" over the file's path and a diff hunk
("@@ -40,6 +40,9 @@" and its code), "NAME linked a pull request DATE" over another
event with its commit row and date. The record is no comment's body
(`rehang._record`): such an event is the page's furniture like the events with no body
(`rehang.shed_timeline_events`), its one word ("reviewed") no posting verb where no
comment with a body of its own is headed with it. And lynx's phrase cut before its
object ("[45]ann requested a review from" over "[46]bo [47]Feb 1, 2024"): the header's
name is the object, not a commenter, though bo signs comments of his own.

Variants: a pull request as resiliparse prints it (commit rows, two reviews with diff
hunks over their inline threads), the same as lynx prints it (link numbers, the cut
phrase, the next comment's label and menu on one line under its picture), an issue
whose "linked a pull request" event holds another event's commit row and date, a
GitLab-like merge request in w3m's form (commit rows as list items "• 4be21a07 -
subject", a "started a thread on the diff" note over its file and hunk). And what must
stay: a comment that quotes a hunk and then says something about it, and one that
names a commit in a sentence, under headers with phrases of their own.

Every fixture is invented, in the shape the converters print such pages.
"""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

PULL = """\
Sign in
quayside / tallyroll

Round totals before the currency symbol is added #52

Merged
sten-arvid merged 3 commits into quayside:main from mira-quell:fix-rounding Feb 3, 2024
Conversation 6 Commits 3 Files changed 2

Comments

@mira-quell
Contributor
Copy link Report content

mira-quell \u00a0commented\u00a0Feb 1, 2024

Totals were rounded after the symbol was glued on, so the string never changed.
@mira-quell mira-quell added 2 commits Feb 1, 2024
scale: round before the symbol
4be21a0
scale: keep two places for JPY too
9c07d1e
@mira-quell mira-quell requested a review from sten-arvid Feb 1, 2024
@sten-arvid
sten-arvid reviewed Feb 2, 2024
View reviewed changes
src/tallyroll/scale.py
\t\t\t\t@@ -40,6 +40,9 @@ def total(self, amounts):
\t\t\t\tvalue = sum(amounts)
\t\t\t\treturn f"{self.symbol}{value}"
\t\t\t\treturn f"{self.symbol}{round(value, self.places)}"
@sten-arvid

sten-arvid Feb 2, 2024

Member

Yen has no minor unit, so two places would print a wrong total there.

@mira-quell

mira-quell Feb 2, 2024

Author Contributor

Right, the places now come from the currency table.
@noor-falk
Copy link Report content

noor-falk \u00a0commented\u00a0Feb 2, 2024

Could the table live in its own module? We will need it for invoices as well.
@noor-falk
noor-falk reviewed Feb 2, 2024
View reviewed changes
tests/test_scale.py
\t\t\t\t@@ -12,4 +12,8 @@ def test_total_rounds(scale):
\t\t\t\tassert scale.total([0.125]) == "€0.13"
\t\t\t\tdef test_total_yen(scale):
@noor-falk

noor-falk Feb 2, 2024

Member

Please add a case with a negative total, the refunds path hits it.
@mira-quell mira-quell added 1 commit Feb 3, 2024
tests: negative totals and yen
e51a2f8
@mira-quell
Author Contributor
Copy link Report content

mira-quell \u00a0commented\u00a0Feb 3, 2024

Added both cases, and the table moved to currencies.py.
@sten-arvid
sten-arvid approved these changes Feb 3, 2024
View reviewed changes
@sten-arvid sten-arvid merged commit 7d3a9b2 into quayside:main Feb 3, 2024
@sten-arvid
Member
Copy link Report content

sten-arvid \u00a0commented\u00a0Feb 3, 2024

Released in 0.9.3, thanks.
Sign up for free to join this conversation. Already have an account? Sign in to comment
"""

PULL_LYNX = """\
   [1]Sign in

   quayside / tallyroll

                Round totals before the currency symbol is added #52

   Merged
   sten-arvid merged 3 commits into quayside:main from mira-quell:fix-rounding

Comments

   [11]@mira-quell
   Contributor Copy link (BUTTON) Quote reply [12]Report content

   [13]mira-quell  commented [14]Feb 1, 2024

   Totals were rounded after the symbol was glued on, so the string never
   changed.
   [15]@mira-quell [16]mira-quell added 2 commits [17]Feb 1, 2024
   [18]scale: round before the symbol
   [19]4be21a0
   [20]scale: keep two places for JPY too
   [21]9c07d1e
   [22]@mira-quell [23]mira-quell requested a review from
   [24]sten-arvid [25]Feb 1, 2024
   [26]@sten-arvid
   [27]sten-arvid reviewed [28]Feb 2, 2024
   [29]View reviewed changes
   [30]src/tallyroll/scale.py
   @@ -40,6 +40,9 @@ def total(self, amounts):
   value = sum(amounts)
   return f"{self.symbol}{value}"
   return f"{self.symbol}{round(value, self.places)}"
   [31]@sten-arvid

   [32]sten-arvid [33]Feb 2, 2024

   Member

   Yen has no minor unit, so two places would print a wrong total there.

   [34]@mira-quell

   [35]mira-quell [36]Feb 2, 2024

   Author Contributor

   Right, the places now come from the currency table.
   (BUTTON) Reply...
   [37]@noor-falk
   Member Copy link (BUTTON) Quote reply [38]Report content

   [39]noor-falk  commented [40]Feb 2, 2024

   Could the table live in its own module? We will need it for invoices
   as well.
   [41]@mira-quell [42]mira-quell added 1 commit [43]Feb 3, 2024
   [44]tests: negative totals and yen
   [45]e51a2f8
   [46]@mira-quell
   Author Contributor Copy link (BUTTON) Quote reply [47]Report content

   [48]mira-quell  commented [49]Feb 3, 2024

   Added the negative case, and the table moved to currencies.py.
   [50]@sten-arvid
   [51]sten-arvid approved these changes [52]Feb 3, 2024
   [53]View reviewed changes
   [54]@sten-arvid
   Member Copy link (BUTTON) Quote reply [55]Report content

   [56]sten-arvid  commented [57]Feb 3, 2024

   Released in 0.9.3, thanks.

   [58]Sign up for free to join this conversation. Already have an
   account? [59]Sign in to comment
"""

ISSUE = """\
Sign in
quayside / tallyroll

Totals in yen print two decimal places #49

Closed
noor-falk opened this issue Jan 28, 2024 · 3 comments

Comments

@noor-falk
Copy link Report content

noor-falk \u00a0commented\u00a0Jan 28, 2024

A total of 1200 yen prints as ¥1200.00 on the receipt.
@sten-arvid
Member
Copy link Report content

sten-arvid \u00a0commented\u00a0Jan 29, 2024

Confirmed, the places are fixed at two for every currency.
@sten-arvid sten-arvid added the bug label Jan 29, 2024
@mira-quell mira-quell linked a pull request that will close this issue \
Round totals before the currency symbol is added #52 Feb 1, 2024
@mira-quell mira-quell added a commit to mira-quell/tallyroll that referenced this issue
scale: keep two places for JPY too
9c07d1e
Feb 1, 2024
@noor-falk
Author
Copy link Report content

noor-falk \u00a0commented\u00a0Feb 2, 2024

Tried the branch, the receipt now says ¥1200. Thank you!
@sten-arvid sten-arvid closed this as completed in #52 Feb 3, 2024
@sten-arvid
Member
Copy link Report content

sten-arvid \u00a0commented\u00a0Feb 3, 2024

Released in 0.9.3.
Sign up for free to join this conversation. Already have an account? Sign in to comment
"""

GITLAB = """\
Skip to content
GitLab
  • Projects
  • Groups

Menu
  • gridwerk
  • tiler
  • Merge requests
  • !214

Merged
Created Mar 2, 2024 by Ilse Baar's avatarIlse Baar

Clamp label boxes at the far plane

Labels behind the far plane were projected with a negative depth and culled.

Overview 4 Commits 2 Changes 1

  • Ilse Baar's avatar
    Ilse Baar @ibaar ·Mar 2, 2024
    Author
      □ Copy link
      □ Report abuse to admin

    The clamp is the smallest change that fixes the tilt case, a proper fix
    needs the depth buffer.

  •\u0020
    Ilse Baar @ibaar added 2 commits ·Mar 3, 2024
      ◦ 3f9c2ab1 - Clamp label boxes at the far plane
      ◦ 77d0e4c2 - Add a tilt test for street labels

    Compare with previous version
  • Tomas Reyes's avatar
    Tomas Reyes @treyes ·Mar 4, 2024
    Maintainer
      □ Copy link
      □ Report abuse to admin

    Looks good, one question on the clamp below.

  •\u0020
    Tomas Reyes @treyes started a thread on the diff ·Mar 4, 2024
    src/labels/clamp.js
    @@ -18,7 +18,9 @@ export function clamp(box, plane) {
    const far = plane.far;
    return box.y > far ? far : box.y;
      □ Tomas Reyes's avatar
        Tomas Reyes @treyes ·Mar 4, 2024
        Maintainer

        Should this use the near plane as well, for labels behind the camera?

      □ Ilse Baar's avatar
        Ilse Baar @ibaar ·Mar 5, 2024
        Author

        Those are culled before the clamp, so no.

  •\u0020
    Ilse Baar @ibaar added 1 commit ·Mar 5, 2024
      ◦ a0c9e5d7 - Comment the culling order in clamp

    Compare with previous version
  •\u0020
    Tomas Reyes @treyes approved this merge request ·Mar 5, 2024
  •\u0020
    Tomas Reyes @treyes merged ·Mar 5, 2024
  • Tomas Reyes's avatar
    Tomas Reyes @treyes ·Mar 5, 2024
    Maintainer
      □ Copy link
      □ Report abuse to admin

    Thanks, this goes into 4.2.1.

Please register or sign in to reply
"""

GITLAB_INSCRIPTIS = """\
Skip to content
GitLab

   * Projects
   * Groups

Clamp label boxes at the far plane

Merged Created Mar 2, 2024 by Ilse Baar

Labels behind the far plane were projected with a negative depth and culled.

Overview 4 Commits 2 Changes 1

                    * Ilse Baar @ibaar · Mar 2, 2024
                      Author
                          + Copy link
                          + Report abuse to admin

                      The clamp is the smallest change that fixes the tilt case, a proper fix \
needs the depth buffer.

                    * Ilse Baar @ibaar added 2 commits · Mar 3, 2024
                          + 3f9c2ab1 · Clamp label boxes at the far plane
                          + 77d0e4c2 · Add a tilt test for street labels
                      Compare with previous version
                    * Tomas Reyes @treyes · Mar 4, 2024
                      Maintainer
                          + Copy link
                          + Report abuse to admin

                      Looks good, one question on the clamp below.

                    * Tomas Reyes @treyes started a thread on the diff · Mar 4, 2024
                      src/labels/clamp.js
                      @@ -18,7 +18,9 @@ export function clamp(box, plane) {
                      const far = plane.far;
                      return box.y > far ? far : box.y;
                    * Tomas Reyes @treyes · Mar 4, 2024
                      Maintainer
                          + Copy link
                          + Report abuse to admin

                      Should this use the near plane as well, for labels behind the camera?

                    * Ilse Baar @ibaar added 1 commit · Mar 5, 2024
                          + a0c9e5d7 · Comment the culling order in clamp
                      Compare with previous version
                    * Tomas Reyes @treyes approved this merge request · Mar 5, 2024
                    * Tomas Reyes @treyes · Mar 5, 2024
                      Maintainer
                          + Copy link
                          + Report abuse to admin

                      Thanks, this goes into 4.2.1.

Please register or sign in to reply
"""

QUOTED = """\
Sign in
quayside / tallyroll

Rounding of negative totals #55

Comments

@mira-quell
Copy link Report content

mira-quell \u00a0commented\u00a0Feb 5, 2024

Negative totals round away from zero since the last release.
@noor-falk
Copy link Report content

noor-falk \u00a0commented\u00a0Feb 5, 2024

Same here with refunds.
@sten-arvid
Copy link Report content

sten-arvid \u00a0commented\u00a0Feb 5, 2024

Looking into it.
@noor-falk noor-falk added the bug label Feb 5, 2024
@noor-falk noor-falk self-assigned this Feb 5, 2024
@sten-arvid
Copy link Report content

sten-arvid \u00a0reviewed\u00a0Feb 6, 2024

src/tallyroll/scale.py
@@ -40,6 +40,9 @@ def total(self, amounts):
return f"{self.symbol}{round(value, self.places)}"
This line is the culprit, round() does banker's rounding on the halves.
@noor-falk
Copy link Report content

noor-falk \u00a0pushed a fix\u00a0Feb 6, 2024

I reverted 4be21a0 for now, we can redo it after the release.
@mira-quell
Copy link Report content

mira-quell \u00a0commented\u00a0Feb 7, 2024

Thanks, that works.
"""


def _read(text: str) -> list[tuple[str | None, int, str]]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [(c.author, c.depth, c.text) for c in page.walk()]


def test_commit_rows_and_reviewed_hunks_are_events() -> None:
    got = _read(PULL)
    assert [(author, depth) for author, depth, _ in got] == [
        ("mira-quell", 0),
        ("sten-arvid", 0),
        ("mira-quell", 1),
        ("noor-falk", 0),
        ("noor-falk", 0),
        ("mira-quell", 0),
        ("sten-arvid", 0),
    ]
    assert "Yen has no minor unit" in got[1][2]
    assert "Please add a case with a negative total" in got[4][2]


def test_the_same_as_lynx_prints_it() -> None:
    got = [(author, depth) for author, depth, _ in _read(PULL_LYNX)]
    assert got == [
        ("mira-quell", 0),
        ("sten-arvid", 0),
        ("mira-quell", 1),
        ("noor-falk", 0),
        ("mira-quell", 0),
        ("sten-arvid", 0),
    ]


def test_an_event_holding_another_events_commit_row() -> None:
    assert [author for author, _, _ in _read(ISSUE)] == [
        "noor-falk",
        "sten-arvid",
        "noor-falk",
        "sten-arvid",
    ]


def test_a_quoted_hunk_and_a_named_commit_stay_comments() -> None:
    got = _read(QUOTED)
    assert [author for author, _, _ in got] == [
        "mira-quell",
        "noor-falk",
        "sten-arvid",
        "sten-arvid reviewed",
        "noor-falk pushed a fix",
        "mira-quell",
    ]
    assert "round() does banker's rounding" in got[3][2]
    assert got[4][2].startswith("I reverted 4be21a0 for now")


def test_gitlab_commit_rows_and_a_diff_thread_as_w3m_prints_them() -> None:
    got = _read(GITLAB)
    assert [author for author, _, _ in got] == [
        "Ilse Baar",
        "Tomas Reyes",
        "Tomas Reyes",
        "Ilse Baar",
        "Tomas Reyes",
    ]
    assert "near plane" in got[2][2]


def test_gitlab_as_inscriptis_prints_it() -> None:
    got = _read(GITLAB_INSCRIPTIS)
    assert [author for author, _, _ in got] == [
        "Ilse Baar",
        "Tomas Reyes",
        "Tomas Reyes",
        "Tomas Reyes",
    ]
    assert "near plane" in got[2][2]
