"""A forum laid out in a table, as html2text prints it: each post's header is one row
whose first cell is the author's name alone, bold or linked ("**Ann** |  |  **Post
subject:** Re: …[![Post](i.gif)](t#p7)**Posted:** DATE"), a rule line "---" under it,
the author's profile (an avatar's row perhaps, "**Joined:** DATE") and then a row that
prints the profile's last line and the body's first in the cell after it ("**Posts:** 13
|  |  text"). The name is the author, the labelled date the post's, the body starts
after the profile's cells (an empty cell: an empty post). Invented boards (names, text,
links); a Markdown table in an article, a name and a labelled date in each row, stays
the article's.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.outline import OutlineNode
from threadparse.posts import stamps

POSTS = [  # (name, day, has an avatar, body)
    ("quillmoth", 3, False, "The glaze crawled off the rim again after the second firing."),
    ("Basalt Ned", 3, True, "Too thick at the rim. Dip it once, not twice, and wipe the foot."),
    ("quillmoth", 4, False, "Once it is then. Same clay body, same kiln, I will report back."),
    ("ferrule", 5, True, ""),
    ("Basalt Ned", 6, True, "Any luck? A photo of the rim would help."),
    ("quillmoth", 7, False, "It worked: a clean rim all the way round this time."),
]

JOINED = {"quillmoth": "Tue Jan 06, 2009 4:12 pm", "Basalt Ned": "Sun Mar 02, 2008 9:40 am"}
JOINED["ferrule"] = "Wed Oct 21, 2009 7:05 pm"

BOLD = {  # phpBB's subsilver: bold name, "Post subject", a post link's picture, "Posted"
    "name": "**{name}**",
    "header": "**Post subject:** Re: Glaze crawling[![Post](img/icon_post.gif)](t-12.php#p{n})"
    "**Posted:** {weekday} Feb 0{day}, 2010 {hour}:15 pm",
    "joined": "**Joined:** {joined}",
    "count": "**Posts:** {count}",
}

LINKED = {  # another board: the name linked to its profile, "Subject" and "Sent"
    "name": "[{name}](/member/{n})",
    "header": "**Subject:** Glaze crawling **Sent:** {weekday} Feb 0{day}, 2010 {hour}:15 pm",
    "joined": "**Registered:** {joined}",
    "count": "**Messages:** {count}",
}

WEEKDAYS = ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

TOP = """\
[![](img/logo.gif)](index.php) |

# THE KILN SHED

---|---

[Board index](index.php) » [Glazes](forum-3.php) All times are UTC
---

## [Glaze crawling](t-12.php)

Author | Message
---|---
"""

BOTTOM = """\
Display posts from previous: All posts 1 day 7 days
---
[Board index](index.php) » [Glazes](forum-3.php) All times are UTC
---

| You **cannot** post new topics in this forum
You **cannot** reply to topics in this forum

Powered by [phpBB](http://www.phpbb.com/)
"""


def _post(shape: dict[str, str], n: int, name: str, day: int, avatar: bool, body: str) -> str:
    values = {
        "name": name, "n": 100 + n, "weekday": WEEKDAYS[day], "day": day, "hour": n + 1,
        "joined": JOINED[name], "count": len(name) * 4,
    }  # fmt: skip
    row = [f"{shape['name'].format(**values)} |  |  {shape['header'].format(**values)}   ", "---"]
    if avatar:
        row += [f"| ![User avatar](download/av-{len(name)}.png)  ", "---"]
    row += ["  ", f"{shape['joined'].format(**values)}  "]
    first, _, rest = body.partition(". ")
    cell = f"{first}." if rest else first
    row.append(f"{shape['count'].format(**values)}  |  |  {cell}  ")
    if rest:
        row += ["", rest]
    row += ["  ", "|  ", "---", "**Top** |  [![Profile](img/icon_profile.gif)](member.php)  "]
    row.append("![](img/spacer.gif)  ")
    return "\n".join(row) + "\n"


def _page(shape: dict[str, str]) -> str:
    posts = "".join(_post(shape, n, *post) for n, post in enumerate(POSTS))
    return TOP + posts + BOTTOM


@pytest.mark.parametrize("shape", [BOLD, LINKED], ids=["bold", "linked"])
def test_each_named_row_heads_a_post(shape: dict[str, str]) -> None:
    text = _page(shape)
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == [name for name, _, _, _ in POSTS]
    assert [c.date for c in comments] == [
        f"Feb 0{day}, 2010 {n + 1}:15 pm" for n, (_, day, _, _) in enumerate(POSTS)
    ]
    for comment, (_, _, _, body) in zip(comments, POSTS, strict=True):
        assert " ".join(comment.text.split()) == body  # (no profile field in the body)
    assert_nothing_lost(page, text)


def _node(text: str) -> OutlineNode:
    return OutlineNode(None, text, 1, 1, 0, len(text), False)


def test_named_row_stamp_reads_the_first_cell_as_the_author() -> None:
    for row, name in (
        ("**kiln_imp** |  |  **Subject:** Cones**Posted:** Mon May 03, 2010 1:02 am", "kiln_imp"),
        ("[Ada Vos](/u/7) |  **Topic:** Cones **Date:** 3 May 2010, 09:12", "Ada Vos"),
    ):  # fmt: skip
        stamp = stamps.read_stamp(_node(row))
        assert stamp is not None and stamp.author == name and stamp.celled


def test_named_row_stamp_negative_cases() -> None:
    for row in (
        "**kiln_imp** |  |  Mon May 03, 2010 1:02 am",  # a date with no label
        "**kiln_imp** |  **Posted:** Mon May 03, 2010 1:02 am in Glazes",  # words after it
        "**The kiln was too hot again** | **Posted:** Mon May 03, 2010",  # a sentence, no name
        "Basalt Ned | **Posted:** Mon May 03, 2010 1:02 am",  # a name neither bold nor linked
    ):
        stamp = stamps.read_stamp(_node(row))
        assert stamp is None or not stamp.celled


ARTICLE = """\
# Firing schedule for the spring open studio

We fire the big kiln four times before the open studio. Each member loads one shelf and
signs the sheet on the door, so that nobody is surprised by a full kiln on the day.

| Member | Firing
---|---
**quillmoth** |  |  **Loaded:** Sat Mar 06, 2010 9:00 am
**Basalt Ned** |  |  **Loaded:** Sat Mar 13, 2010 9:00 am
**ferrule** |  |  **Loaded:** Sat Mar 20, 2010 9:00 am
**Ada Vos** |  |  **Loaded:** Sat Mar 27, 2010 9:00 am

Unload the kiln only once it has cooled below a hundred degrees, and sweep the shelves
before the next member loads. The open studio itself is on the first Saturday of April.
"""


def test_a_table_of_names_and_dates_in_an_article_stays_the_article() -> None:
    page = threadparse.parse(ARTICLE)
    assert list(page.walk()) == []
    assert_nothing_lost(page, ARTICLE)
