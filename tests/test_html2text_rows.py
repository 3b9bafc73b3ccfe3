"""Two shapes html2text gives a thread (invented pages, names and links).

1. posts._profiled_cell / _profiled_stamp: a forum laid out in Markdown tables; html2text
   prints the row that carries a post's header on one line, the author's profile cell and
   the header's cell run together ("[Ann](/u/1) Member Posts: 38 | Post by [Ann](/u/1) on
   May 2, 2016"), a rule line "---|---" under the table's first row.
2. posts._wrapped_date_link: a date link whose text html2text wrapped at 78 columns
   ("[5 years" over "ago](/c/12)"), the name on a line of its own above.
"""

from __future__ import annotations

import threadparse
from threadparse.posts import stamps

STAR = "![*](//img.example/star.png)"


def _table_forum(posts: list[tuple[str, str, str, str]]) -> str:
    """A board page as html2text prints it: one table a post, the first with a rule line."""
    out = [
        "[![The Lathe Corner](//img.example/banner.png)](/)",
        "",
        "Welcome Guest. Please [Login](/login) or [Register](/register).",
        "",
        "  * [Home](/)",
        "  * [Search](/search)",
        "  * [Members](/members)",
        "",
        "# Tailstock drifts off centre",
        "",
        "[Reply](/thread/77/reply)",
        "",
    ]
    for i, (name, rank, date, body) in enumerate(posts):
        uid = f"/user/{100 + i}"
        out.append(
            f'[{name}]({uid} "@{name.lower().replace(" ", "")}") {rank} {STAR}{STAR} '
            f"![{name} Avatar](//img.example/av_{i}.png) Posts: {12 + i * 7} Likes: {i} "
            f'Member is Offline |  Post by [{name}]({uid} "@x") on {date}'
        )
        out += ["", f"  * [Quote](/post/quote/{900 + i})", "  * [Like](javascript:void\\(0\\))", ""]
        out.append(body + "  ")
        if i == 0:
            out.append("---|---  ")
    out += ["", "(C) 2016 The Lathe Corner", ""]
    return "\n".join(out)


POSTS = [
    (
        "Ivo Brandt",
        "Junior Member",
        "Mar 2, 2016 at 7:44pm",
        "My tailstock drifts two thou off centre when I lock it. Ideas welcome.",
    ),
    (
        "Petra Lunde",
        "Senior Member",
        "Mar 2, 2016 at 9:03pm",
        "Check the clamp plate under the tailstock; a worn one tilts it when tightened.",
    ),
    (
        "Ivo Brandt",
        "Junior Member",
        "Mar 3, 2016 at 8:37am",
        "The clamp plate has a ridge worn into it. New one ordered.",
    ),
    (
        "Odile Fern",
        "Administrator",
        "Mar 3, 2016 at 6:12pm",
        "Stone the ridge off meanwhile; it will do until the part arrives.",
    ),
]


def test_profiled_rows_read_each_post() -> None:
    page = threadparse.parse(_table_forum(POSTS))
    comments = list(page.walk())
    assert [c.author for c in comments] == [p[0] for p in POSTS]


def test_profiled_rows_variant_three_posts_other_ranks() -> None:
    posts = [(n, "Full Member", d, b) for n, _, d, b in POSTS[:3]]
    page = threadparse.parse(_table_forum(posts))
    comments = list(page.walk())
    assert [c.author for c in comments] == [p[0] for p in posts]


def test_profiled_cell_found() -> None:
    row = (
        '[Ann Lee](/u/1 "@ann") Senior Member ![*](s.png) Posts: 38 |  '
        "Post by [Ann Lee](/u/1) on May 2, 2016"
    )
    assert stamps._profiled_cell(row) == "Post by [Ann Lee](/u/1) on May 2, 2016"
    row = (
        "![](a.png) [bo_k](/m/bo_k) Moderator Posts: 4,102 | Posted by [bo_k](/m/bo_k) » 3 days ago"
    )
    assert stamps._profiled_cell(row) == "Posted by [bo_k](/m/bo_k) » 3 days ago"


def test_profiled_cell_negative_cases() -> None:
    for row in (
        "[Ann_K](/u/ann) | [2016-05-02 10:19 AM](/c/1)",  # a name alone in its cell (read whole)
        "**Ann Lee** [View profile](/p/1) | More options Mar 14 2009, 1:22 pm",  # names no one
        "[Ann](/u/1) Member Posts: 3 | Post by [Bo](/u/2) on May 2, 2016",  # another name
        "[Ann](/u/1) Member Posts: 3 | Post by [Ann](/u/1)",  # no date in the cell
        "Sunday | Monday | Tuesday",  # a table's row of words
    ):
        assert stamps._profiled_cell(row) is None


def test_table_rows_without_rule_line_still_read() -> None:
    page = threadparse.parse(_table_forum(POSTS).replace("---|---  ", ""))
    assert [c.author for c in page.walk()] == [p[0] for p in POSTS]


def _wrapped_age_page(ages: list[tuple[str, str, str]]) -> str:
    """Comments whose age link html2text wrapped: "[5 years" over "ago](/c/…)"."""
    out = [
        "# Balcony peppers, year two",
        "",
        "Six plants, one bag of compost.",
        "",
        "## Comments",
        "",
    ]
    for i, (name, age, body) in enumerate(ages):
        head, tail = age.rsplit(" ", 1)
        out += [
            f"[![{name}](https://img.example/av/{i}.png){name}](/@{name})",
            "",
            f"+{30 - i}",
            "",
            f"[{head}",
            f"{tail}](/story/peppers_1?cid={500 + i})",
            "",
            body,
            "",
            "Reply",
            "",
        ]
    return "\n".join(out)


AGES = [
    ("GreenThumbOla", "5 years ago", "Pinch the first flowers off and they will bush out."),
    ("Kestrel_77", "5 years ago", "Mine did best in the smallest pots, oddly enough."),
    ("MarekSadzi", "4 years ago", "Try a saucer of water under each pot in July."),
]


def test_wrapped_age_links_read_each_comment() -> None:
    page = threadparse.parse(_wrapped_age_page(AGES))
    comments = list(page.walk())
    assert [c.author for c in comments] == [a[0] for a in AGES]


def _node(text: str):
    from threadparse.outline import OutlineNode

    return OutlineNode(None, text, 1, 1, 0, len(text), False)


def test_wrapped_date_link_variants() -> None:
    for first, second in (
        ("[3 days", "ago](/c/1)"),
        ("Driver·[Answered 2y", "ago](/a/9)"),
        ("[vor 5", "Jahren](/c/7)"),
    ):
        stamp = stamps._wrapped_date_link(_node(first), _node(second))
        assert stamp is not None and stamp.key[0] == "date" and stamp.wrapped == 1


def test_wrapped_date_link_negative_cases() -> None:
    for first, second in (
        ("read [the whole", "guide](/g) first"),  # a link's text that is no date
        ("[March 3, 2016", "at noon](/c/4)"),  # a date on the first line already
        ("[Ann](/u/1) [2 years", "ago](/c/2)"),  # after a name's link (read whole elsewhere)
        ("[5 years", "ago] and more"),  # the link never closes
    ):
        assert stamps._wrapped_date_link(_node(first), _node(second)) is None
