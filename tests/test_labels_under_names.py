"""A badge or banner printed under the poster's name on some posts only ("Original
poster" on the thread starter's posts, "Staff" on a moderator's) shifts the name off
the place the other header blocks print theirs; on a post that opens with a quote box
(whose "NAME said:" line names no author of the post) the name is guessed at that
place and the badge was taken for it. A name told once, off a line printed a few
lines under other posts' names, is such a label: the nearest line by it that names
another post's author names the post, else (the label under several names: a rank's)
the name-like line right over it (`reading._names_over_labels`).

Every fixture here is invented, in inscriptis's form of a forum's message list.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

# (name, title, banner or "", date, quoted author or "", body)
POSTS = [
    (
        "Wendel_Pike",
        "Regular",
        "{op}",
        "3 May 2024",
        "",
        "We are building a clay oven next to the patio and cannot decide on the dome.",
    ),
    (
        "brick_annie",
        "Oven builder",
        "{staff}",
        "3 May 2024",
        "",
        "If you have the time, lay it from firebricks. The mass holds far more heat.",
    ),
    (
        "Wendel_Pike",
        "Regular",
        "{op}",
        "4 May 2024",
        "brick_annie",
        "Time I have in June, so bricks it is. Thanks for the push.",
    ),
    (
        "crumb_and_crust",
        "{member}",
        "",
        "4 May 2024",
        "",
        "I bought a cast dome three years ago and regret nothing, it was up in a day.",
    ),
    (
        "brick_annie",
        "Oven builder",
        "{staff}",
        "5 May 2024",
        "Wendel_Pike",
        "Cut a plywood template for the arch first, it saves hours of fiddling.",
    ),
    (
        "Hattie_Loaf",
        "{member}",
        "",
        "6 May 2024",
        "",
        "How long does a brick dome need to heat before the bread goes in?",
    ),
    (
        "Mossy_Flue",
        "{member}",
        "",
        "6 May 2024",
        "Hattie_Loaf",
        "Three hours of a strong fire for an eleven centimetre dome, then rake out.",
    ),
    (
        "crumb_and_crust",
        "{member}",
        "",
        "7 May 2024",
        "",
        "Three hours sounds right, mine is a little quicker being thinner.",
    ),
    (
        "Wendel_Pike",
        "Regular",
        "{op}",
        "8 May 2024",
        "",
        "Foundation poured today, the bricks arrive on Friday. I will post photos.",
    ),
    (
        "brick_annie",
        "Oven builder",
        "{staff}",
        "8 May 2024",
        "",
        "Leave the dome to dry for a week before the first small fire.",
    ),
]


def _page(words: dict[str, str], said: str) -> str:
    """The thread in inscriptis's form, badges in ``words``, quote boxes opening with
    "NAME ``said``"."""
    out = ["Garden Ovens", "", "Brick dome or cast dome?", ""]
    for n, (name, title, banner, date, quoted, body) in enumerate(POSTS, 1):
        out += [f"      {name}", "", f"      {title.format(**words)}", ""]
        if banner:
            out += [f"        {banner.format(**words)}"]
        out += [
            f"      Joined 2. Jan 2020 Messages {40 + n * 7}",
            f"      * {date}",
            "      * ",
            f"      * #{n}",
        ]
        if quoted:
            out += [
                f"              {quoted} {said}",
                "                Something they wrote earlier.",
                "                Click to expand...",
            ]
        out += [f"            {body}", "", "        Like Reply", "        Report", ""]
    out += ["Similar threads", ""]
    return "\n".join(out)


@pytest.mark.parametrize(
    ("words", "said"),
    [
        ({"op": "Opener", "staff": "Crew", "member": "Member"}, "said:"),
        ({"op": "Topicstarter", "staff": "Moderator", "member": "Lid"}, "zei:"),
        ({"op": "Auteur", "staff": "Modérateur", "member": "Membre"}, "a dit :"),
    ],
)
def test_a_badge_under_the_name_names_no_post(words: dict[str, str], said: str) -> None:
    text = _page(words, said)
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [c.author for c in page.walk()] == [p[0] for p in POSTS]


def test_names_told_once_under_no_label_stay() -> None:
    """No badge under any name: the posters of one post (over their rank, "Member",
    printed under several names) keep their names, the rank names no one."""
    text = _page({"op": "", "staff": "", "member": "Member"}, "said:")
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    assert [c.author for c in page.walk()] == [p[0] for p in POSTS]
