"""Old boards whose header names the poster in a shape no stamp carries (invented pages,
in the shapes of an AspNetForums-derived board, of a vBulletin 2 fork and of Snitz):

- the name printed twice on its own line around a status picture's text ("Ann is not
  online. Ann"), over the profile's fields ("Joined: DATE", "Total Posts: N") and the
  post's date;
- the name over the registration date and a custom title, most bodies opening with a
  quote box ("Ann posted:") right under that date, the post's own date under the body;
- a header's date, " : ", then its time with seconds ("Posted - August 28 2002 :
  04:49:21"), the name over it, a table's border drawn before each line by w3m."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

POSTERS = ["quillfeather", "tobin88", "quillfeather", "tobin88", "marrowgate"]
BODIES = [
    "Selling my building group, eleven ranks and a full clan hall, offers welcome below.",
    "Why would anyone buy a group that has not held an event in three whole months?",
    "Because the hall alone took me a year to build, and the ranks are all set up.",
    "A year of building is a good reason to keep it, not a reason for me to pay.",
    "I would pay two hundred for the hall if you keep the ranks as they are now.",
]


def _authors(text: str) -> list[str | None]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [comment.author for comment in page.walk()]


def _twice_named(status: str, fields: list[str]) -> str:
    """A topic whose header line prints each name twice around its status text."""
    lines = ["Game Forum » Club Houses » Trading", "Home Search", "", "Group for sale"]
    lines.append("Previous Thread  :: Next Thread")
    for n, (name, body) in enumerate(zip(POSTERS, BODIES, strict=True)):
        joined = f"Joined: {10 + n} Mar 2009"
        lines += [f"{name} {status} {name}", joined, *[f"{f}{40 + 7 * n}" for f in fields]]
        lines += [f"21 Nov 2010 0{n + 1}:{10 + n} PM", body, "\tReport Abuse"]
    lines += ["Previous Thread  :: Next Thread", "Page 1 of 1"]
    return "\n".join(lines) + "\n"


def test_name_printed_twice_around_a_status_names_the_post() -> None:
    """The line "Ann is not online. Ann" over the fields and the date: the post is Ann's."""
    for status, fields in (
        ("is not online.", ["Total Posts: "]),
        ("is online now.", ["Posts: ", "Rank: "]),
    ):
        assert _authors(_twice_named(status, fields)) == POSTERS, status


QUOTED = [None, 0, 1, None, 2, 3, None, 5]  # the post each body quotes first
NAMES = ["Dell Orrin", "pike_rover", "Sable Quint", "pike_rover", "Hamm", "Sable Quint"]
NAMES += ["Dell Orrin", "Tiberly"]
TITLES = {"Dell Orrin": ["Ask me about looms"], "Sable Quint": ["one / two", "three"]}
TEXTS = [
    "The old mill by the river is closing at the end of the month, sadly enough.",
    "That mill made the best flour in the valley, my grandmother swore by it.",
    "Your grandmother was right, nobody else ground it quite that fine for us.",
    "Maybe the bakery next door will buy the stones and keep the work going.",
    "The bakery owner told me they have no room for stones of that size at all.",
    "Then the town should keep them in the square, as a reminder of the place.",
    "A stone in the square is a fine idea, I would sign a letter for that plan.",
    "Count me in for the letter as well, and for a day of moving them too.",
]


def _quoting_board(verb: str, stamp: str) -> str:
    """A topic: each name over its registration date and title, most bodies opening
    with a quote box of the post they answer, the post's date and controls under it."""
    lines = ["Forums > Discussion > The old mill", "Pages (8): « 1 2 [3] 4 »", ""]
    for n, (name, quoted, text) in enumerate(zip(NAMES, QUOTED, TEXTS, strict=True)):
        lines += [name, f"Apr {10 + n}, 200{n % 8}", *TITLES.get(name, []), ""]
        if quoted is not None:
            lines += [f"{NAMES[quoted]} {verb}:", "", TEXTS[quoted], ""]
        lines += [text, "", f"{stamp}Dec 20, 2009 2{n % 4}:4{n}"]
        lines += ["  • Profile", "  • Message", "  • Post History", "  • Quote"]
    lines += ["Pages (8): « 1 2 [3] 4 »", "Forum Jump"]
    return "\n".join(lines) + "\n"


def test_quote_box_under_the_registration_date_names_no_poster() -> None:
    """A body opening "Ann posted:" holds a quote box; the name over the date posts it."""
    for verb, stamp in (("posted", "# ? "), ("says", "")):
        assert _authors(_quoting_board(verb, stamp)) == NAMES, verb


MEMBERS = ["Corvane", "Ilsabet", "Corvane", "wyrmkeeper"]
NOTES = [
    "I have read the charter and agree to it, and my brother does as well.",
    "Agreed to every word, and glad to see the guild gathering again this year.",
    "One more thing: the raid night suits me, but I can only stay until ten.",
    "Back at last after a long time away, and I agree to the charter in full.",
]


def _seconds_board(boxed: bool) -> str:
    """A topic whose header prints a date, " : ", then the time with its seconds: the
    name, the rank and the status over it, a rule, the body, the member's fields
    under it (lynx; w3m with the table's border drawn around each line: ``boxed``)."""
    lines = ["Guild Forums", "All Forums", "Guild Charter", "Page: [2] of 2", ""]
    lines.append("Author Previous Topic  Topic  Next Topic")
    for n, (name, note) in enumerate(zip(MEMBERS, NOTES, strict=True)):
        stamp = f"Posted - August {20 + n} 2002 :  0{n + 1}:4{n}:2{n}"
        if boxed:
            lines += [f"│ │ {name}   [icon_mi_1]{stamp}  Show", "│ │ Dragon Applicant   Profile"]
            lines += [f"│ │ Status:   {note}", "│ │ offline", "│ │   Go to Top of Page"]
            lines += [f"│ │   Last Visit: September 0{n + 1} 2002 | {12 + n} Posts", "│ │"]
        else:
            lines += [f"[{16 + n}]{name}", "Dragon Applicant", "Status: offline"]
            lines += [f"[icon_mi_1.gif] {stamp}  [{30 + n}] Show Profile"]
            lines += [f" [{40 + n}] Send a private Message", "_" * 60, "", note, ""]
            lines += [f"[{50 + n}]Go to Top of Page", "_" * 60, ""]
            lines += [f"Last Visit: September 0{n + 1} 2002  | {12 + n} Posts"]
            lines.append(f"| [{60 + n}]Alert Moderator")
    lines += ["Guild Forums © 2002", "Snapshot of the forum"]
    return "\n".join(lines) + "\n"


def test_time_after_a_colon_closes_the_stamp() -> None:
    """In "Posted - August 20 2002 :  01:40:20" the time after the colon is the stamp's."""
    for boxed in (False, True):
        assert _authors(_seconds_board(boxed)) == MEMBERS, boxed
