"""A reply's byline prints, after the poster's name, the name of the poster it answers
(an embedded comment system's "in reply to" link, its icon printing nothing): "Bo Lind
Ann Ek • 3 hours ago" is Bo Lind answering Ann Ek. The answered name is an earlier
commenter's, read down the page; a short badge word may stand between the two names
("Ann Ek Mod Bo Lind"). The author is the poster alone and the reply goes under the
latest comment by the answered name (`rehang.hang_by_answered_bylines`); a byline too
long for a name alone is still a post's stamp where its tail is an earlier poster's
(`posts.templates._answering_unframed`). Where a converter prints every reply as one more
bullet of the comment before it (resiliparse: the replies' nesting is lost), the
answered names are all that tells the tree. Invented pages (English, German, Spanish),
a negative: a name that ends in an earlier commenter's name is no reply; a label every
byline opens with is no poster."""

from __future__ import annotations

import pytest
from tests.conftest import assert_nothing_lost

import threadparse

ARTICLE = """\
Riverside library to close on Mondays from April

The county board voted on Tuesday to cut opening hours at four branch libraries, among
them the Riverside branch, which will close on Mondays from the first of April.

Staff hours move to the new evening programme, the county said in a statement, and no
jobs are lost. The budget for new books stays as it was last year.

"""

# (author line as printed, text): the bylines name the poster answered after the
# poster's own name; the first of each thread answers no one
THREAD = [
    ("Milo Brandt", "Mondays were the only day the homework club had the room to itself."),
    (
        "Oona Fairweather Milo Brandt",
        "The club moves to Wednesdays, the flyer at the desk says so.",
    ),
    ("Milo Brandt Oona Fairweather", "Wednesdays clash with swimming for half the kids though."),
    ("petra_k", "Good that no jobs are lost, that was my first worry."),
    (
        "The Riverside Reader Admin petra_k",
        "Thanks Petra, we will post the new hours on the door too.",
    ),
    ("Sam Quayle", "Will the returns box stay open on Mondays at least?"),
    ("petra_k Sam Quayle", "It did last time they closed for the floor works."),
]


def _resiliparse(reply: str, share: str, age: str) -> str:
    """The thread as resiliparse prints a rendered comment embed: each comment one more
    bullet of the share list of the comment before it, whatever it answers."""
    lines = ["  • 7 comments", "  • The Riverside Reader", "  • 1 Login", ""]
    indent = 2
    for number, (byline, text) in enumerate(THREAD):
        pad = " " * indent
        lines += [
            f"{pad}• Avatar",
            f"{pad}  {byline} • {age}",
            "",
            f"{pad}  {text}",
            "",
            f"{pad}  • {number + 2}",
            f"{pad}  • •",
            f"{pad}  • {reply}",
            f"{pad}  • •",
            f"{pad}  • {share} ›",
            f"{pad}    • Twitter",
            f"{pad}    • Facebook",
            f"{pad}    • Link",
        ]
        indent += 4
    return ARTICLE + "Comments\n\n" + "\n".join(lines) + "\n"


WANTED = [
    ("Milo Brandt", 0),
    ("Oona Fairweather", 1),
    ("Milo Brandt", 2),
    ("petra_k", 0),
    ("The Riverside Reader", 1),
    ("Sam Quayle", 0),
    ("petra_k", 1),
]


@pytest.mark.parametrize(
    ("reply", "share", "age"),
    [
        ("Reply", "Share", "3 hours ago"),
        ("Antworten", "Teilen", "vor 3 Stunden"),
        ("Responder", "Compartir", "hace 3 horas"),
    ],
)
def test_replies_hang_under_the_poster_they_name(reply: str, share: str, age: str) -> None:
    text = _resiliparse(reply, share, age)
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == WANTED
    replies = [c for c in page.walk() if c.parent is not None]
    assert [c.parent.author for c in replies if c.parent] == [
        "Milo Brandt",
        "Oona Fairweather",
        "petra_k",
        "Sam Quayle",
    ]
    assert_nothing_lost(page, text)


def test_indented_replies_keep_their_parents() -> None:
    """A converter that indents the replies (w3m) nests them already: the authors lose
    the answered names, the tree stays; a second reply to the first comment stays under
    it though a later comment of the same name stands nearer."""
    text = ARTICLE + (
        "Comments\n\n"
        "  • Avatar\n"
        "    Milo Brandt • 3 hours ago\n\n"
        "    Mondays were the only day the homework club had the room to itself.\n\n"
        "    • 4 • Reply • Share ›\n"
        "      • Avatar\n"
        "        Oona Fairweather Milo Brandt • 2 hours ago\n\n"
        "        The club moves to Wednesdays, the flyer at the desk says so.\n\n"
        "        • 2 • Reply • Share ›\n"
        "          • Avatar\n"
        "            Milo Brandt Oona Fairweather • 2 hours ago\n\n"
        "            Wednesdays clash with swimming for half the kids though.\n\n"
        "            • 1 • Reply • Share ›\n"
        "      • Avatar\n"
        "        Sam Quayle Milo Brandt • 1 hour ago\n\n"
        "        Will the returns box stay open on Mondays at least?\n\n"
        "        • 1 • Reply • Share ›\n"
        "  • Avatar\n"
        "    petra_k • 1 hour ago\n\n"
        "    Good that no jobs are lost, that was my first worry.\n\n"
        "    • 3 • Reply • Share ›\n"
    )
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Milo Brandt", 0),
        ("Oona Fairweather", 1),
        ("Milo Brandt", 2),
        ("Sam Quayle", 1),
        ("petra_k", 0),
    ]
    assert_nothing_lost(page, text)


def test_a_name_ending_in_an_earlier_name_is_no_reply() -> None:
    """One commenter's name ends in another's ("Jae Kim" after "Kim"): one such byline is
    no page's template, the name stays whole and the comment where it was."""
    text = ARTICLE + (
        "Comments\n\n"
        "  • Kim • 3 hours ago\n\n"
        "    The Monday closing hits the students hardest, exam season is in May.\n\n"
        "  • Jae Kim • 2 hours ago\n\n"
        "    The reading room upstairs stays open for students, it says in the notice.\n\n"
        "  • Lou Ferris • 1 hour ago\n\n"
        "    Four branches at once seems a lot for one budget year.\n"
    )
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Kim", 0),
        ("Jae Kim", 0),
        ("Lou Ferris", 0),
    ]


def test_a_label_before_every_name_is_no_poster() -> None:
    """Bylines that open with the same label before the poster's name ("View profile
    Ann"): the name after the label is an earlier poster's, but the label is no poster
    of the page, so nothing is read as a reply."""
    text = ARTICLE + (
        "Comments\n\n"
        "  • Kim Ode • 3 hours ago\n\n"
        "    The Monday closing hits the students hardest, exam season is in May.\n\n"
        "  • Lou Ferris • 2 hours ago\n\n"
        "    Four branches at once seems a lot for one budget year.\n\n"
        "  • View profile Kim Ode • 2 hours ago\n\n"
        "    And the bus to the central library does not run before ten.\n\n"
        "  • View profile Lou Ferris • 1 hour ago\n\n"
        "    It does on weekdays, the timetable changed in January.\n"
    )
    page = threadparse.parse(text)
    assert all(c.depth == 0 for c in page.walk())
    assert [c.author for c in page.walk()][:2] == ["Kim Ode", "Lou Ferris"]
