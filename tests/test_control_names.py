"""A control's link closing every post, read as each next post's author: html2text
wraps MyBB's button row ("[Reply](…) [Report](javascript:…(7002); "Report this post
to a" over "moderator")"), and a control word the parser does not know ("Segnala",
"Zgłoś", "Signaler") whose link title names it again reads as a name link titled by
its name. One name told on (nearly) every post, read off lines that differ (the
post's number in each target), is a control's label (`reading._no_control_names`):
the posts are named by the lines the other blocks name them by. One name printed
alike over every post (a board whose posts are all a guest's) stays.

Every fixture here is invented, in html2text's form of a classic vertical postbit.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

POSTS = [
    ("Kettle_Kate", 51, "14-05-2024, 09:10", "My kettle takes ages to boil since I moved."),
    ("scale_buster", 77, "14-05-2024, 10:02", "That is limescale. Boil citric acid in it."),
    ("Kettle_Kate", 51, "14-05-2024, 11:40", "Citric acid worked, the element is shiny."),
    ("hob_hero", 93, "14-05-2024, 12:15", "Once a month in hard water areas, I would say."),
    ("scale_buster", 77, "14-05-2024, 13:30", "And empty the kettle after use, every time."),
]


def _page(report: str, title: str, rest: str, posts: list[tuple[str, int, str, str]]) -> str:
    """A thread of ``posts`` in html2text's form: each post's profile column, its
    number and date over its body, then its buttons, the last one ``report``."""
    out = ["# Kitchen Gadgets Forum", "", "**Kettle full of white flakes**  ", "---  "]
    for n, (name, uid, date, body) in enumerate(posts, 1):
        pid = 7000 + n
        site = "https://forum.example"
        out += [
            f"[![]({site}/uploads/avatars/avatar_{uid}.jpg)]({site}/user-{uid}.html)",
            f"**[{name}]({site}/user-{uid}.html)**",
            f"![Offline]({site}/images/buddy_offline.png)  ",
            "Member  ",
            "![*](images/star.png)![*](images/star.png)  ",
            "Posts:",
            f"[{uid * 3}]({site}/search.php?action=finduser&uid={uid})  ",
            "Threads:",
            f"[{uid // 10}]({site}/search.php?action=findusersthreads&uid={uid})  ",
            "Joined: Jan 2020  ",
            "Reputation:",
            f"[**{uid % 9}**]({site}/reputation.php?uid={uid})",
            f"**[#{n}]({site}/thread-55-post-{pid}.html#pid{pid}",
            '"RE: Kettle full of white flakes")**',
            f"{date}  {body}",
            f"[Find]({site}/search.php?action=finduser&uid={uid}",
            '"Find more posts by this member")',
            f'[Quote](newreply.php?tid=55&replyto={pid} "Quote this message in a',
            f'reply") [{report}](javascript:Thread.reportPost\\({pid}\\); "{title}',
            f'{rest}")',
        ]
    out += ["", "Similar threads", ""]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(
    ("report", "title", "rest"),
    [
        ("Segnala", "Segnala questo", "messaggio a un moderatore"),
        ("Zgłoś", "Zgłoś ten", "post moderatorowi"),
        ("Signaler", "Signaler ce", "message à un modérateur"),
    ],
)
def test_a_report_button_names_no_post(report: str, title: str, rest: str) -> None:
    text = _page(report, title, rest, POSTS)
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [c.author for c in page.walk()] == [p[0] for p in POSTS]


def test_a_known_control_word_changes_nothing() -> None:
    """A report button the parser knows for a control ("Report") was never a name."""
    text = _page("Report", "Report this", "post to a moderator", POSTS)
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [c.author for c in page.walk()] == [p[0] for p in POSTS]


GUESTS = [
    "Lovely recipe, the crust came out perfectly crisp on the first try.",
    "Could I use spelt flour instead of wheat for this one, do you think?",
    "I baked it twice this week already, the family keeps asking for more.",
    "The oven temperature seems high to me, mine burnt a little at the edges.",
    "Added some rosemary on top and it was even better than the original.",
]


def test_one_name_printed_alike_over_every_post_stays() -> None:
    """The same name told on every post off lines printed alike: a guest's, no control."""
    out = ["Focaccia in one evening", "", "The recipe, long enough to read as prose here.", ""]
    out += ["5 comments", ""]
    for n, body in enumerate(GUESTS):
        out += ["Guest says:", f"May {n + 3}, 2024 at 10:0{n} am", "", body, "", "Reply", ""]
    text = "\n".join(out)
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [c.author for c in page.walk()] == ["Guest"] * len(GUESTS)
