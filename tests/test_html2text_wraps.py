"""html2text dumps whose comment lists the outline alone does not show: a link's text
wrapped onto the next line, comments headed by an avatar's picture item with the name
unindented under it, and an avatar's alternative text wrapped inside its picture."""

from __future__ import annotations

import textwrap

import threadparse
from threadparse import lines as L

PICTURE_ITEMS = """\
Tuning a hurdy-gurdy

Notes from the workshop on the drone strings.

Posted 4th May 2014 by Wren Halloway

###  View comments

  1. ![](//img.example.org/av/moth.png)

[Oskar Feld](https://profiles.example.org/1182)[May 5, 2014 at
9:12 AM](http://hurdy.example.org/2014/05/tuning.html?showComment=1#c1)

The trompette buzz was the part I never got right.

[Reply](javascript:;)

  2. ![](https://img.example.org/av/blank.png)

[Pim Vasquez-Toll](https://profiles.example.org/2291)[May 5,
2014 at 11:40 AM](http://hurdy.example.org/2014/05/tuning.html?showComment=2#c2)

Cotton on the chanterelle helped me a lot.

[Reply](javascript:;)

0[Replies](javascript:;)

     1. ![](//img.example.org/av/wren.png)

[Wren Halloway](https://profiles.example.org/7)[May 5, 2014 at
1:15 PM](http://hurdy.example.org/2014/05/tuning.html?showComment=4#c4)

Thanks, I will try that next time.

  3. ![](//img.example.org/av/owl.jpg)

[Ines Marrow](https://profiles.example.org/3310)[May 6, 2014
at 7:03 PM](http://hurdy.example.org/2014/05/tuning.html?showComment=3#c3)

Which rosin do you use on the wheel?

[Reply](javascript:;)

Add comment
"""

WRAPPED_AVATARS = """\
How do I reverse a linked list in place?

I keep losing the head of the list when I swap the pointers around.

asked Mar 2, 2015 at 10:01

## 3 Answers

Keep three pointers and move them one node at a time, so that nothing is lost
when you turn the link of the current node around.

answered Mar 2, 2015 at 10:20

[ ![Tamsin Okoro's user
avatar](https://img.example.net/a/1.png)
](/users/11/tamsin-okoro)

[Tamsin Okoro](/users/11/tamsin-okoro)Tamsin Okoro

1,204 silver badges

Do it recursively: reverse the rest of the list, then hang the first node at
the end of what came back, which is simple but uses stack for every node.

answered Mar 2, 2015 at 11:05

[ ![Lev Arkwright's user
avatar](https://img.example.net/a/2.png)
](/users/12/lev-arkwright)

[Lev Arkwright](/users/12/lev-arkwright)Lev Arkwright

87 bronze badges

If you can spare the memory, push every node on a stack and pop them off again
to build the new list, which is easy to follow when you are debugging it.

answered Mar 3, 2015 at 8:47

[ ![Quill Baptiste's user
avatar](https://img.example.net/a/3.png)
](/users/13/quill-baptiste)

[Quill Baptiste](/users/13/quill-baptiste)Quill Baptiste

3 bronze badges

## Your Answer

Thanks for contributing an answer! Please be sure to answer the question and
provide details, and share your research with the other readers of the site.
"""


def test_wrapped_link_text_is_no_part_of_the_name() -> None:
    shown = L.plain("[Oskar Feld](https://profiles.example.org/1182)[May 5, 2014 at")
    assert shown == "Oskar Feld May 5, 2014 at"


def test_picture_items_head_a_flat_comment_list() -> None:
    page = threadparse.parse(PICTURE_ITEMS)
    assert [c.author for c in page.comments] == ["Oskar Feld", "Pim Vasquez-Toll", "Ines Marrow"]
    assert [c.author for c in page.comments[1].children] == ["Wren Halloway"]  # (past
    assert "Which rosin" in page.comments[2].text  # "0 Replies"; under the wrapped tail)


def test_wrapped_avatar_text_names_the_answer_author() -> None:
    page = threadparse.parse(WRAPPED_AVATARS)
    assert [c.author for c in page.walk()] == ["Tamsin Okoro", "Lev Arkwright", "Quill Baptiste"]
    assert page.comments[1].text.startswith("Do it recursively")


def _wrapped(line: str) -> str:
    """``line`` as html2text prints it: broken at spaces (and after hyphens) where it
    passes 78 columns, a word longer than that kept whole."""
    return textwrap.fill(line, width=78, break_long_words=False)


TOGGLE = "[[–]](javascript:void\\(0\\))"
COUNTED_BODIES = [
    "The old spindle gouge held its edge far longer than the new one, which surprised me.",
    "I sharpen mine on a leather strop after every session and it has never needed a stone.",
    "Which strop compound do you use? The green one I bought leaves a mess on the bench.",
    "Any chrome oxide bar works, and a scrap of belt leather is as good as a bought strop.",
    "I keep two strops, one bare and one loaded, and I only touch the stone twice a year.",
    "That matches what the turner at the market told me, so I will try it this weekend.",
]


def _counted_page(heads: list[tuple[str, int, str, int]]) -> str:
    """An old-style link aggregator's comments in html2text: each header a toggle, the
    name's link, a score printed three ways, an age and a count of replies, wrapped."""
    parts = ["Which gouge for a first bowl? (self.woodturning)", "", "all 6 comments", ""]
    for (name, score, age, replies), body in zip(heads, COUNTED_BODIES, strict=True):
        handle = name.casefold().replace(" ", "_")
        count = f"{replies} {'child' if replies == 1 else 'children'}"
        line = (
            f"{TOGGLE}[{name}](https://board.example.net/user/{handle}) "
            f"{score} points{score + 1} points{score + 2} points {age} [({count})]"
            "(javascript:void\\(0\\))"
        )
        parts += [_wrapped(line), "", _wrapped(body), ""]
        parts += [f"  * [permalink](https://board.example.net/c/{handle}{score})", ""]
    return "\n".join(parts)


# the header wrapped after the name's link, inside the count, inside the name's text
COUNTED_A = [
    ("wendlebury_moss", 412, "4 hours ago", 3),
    ("Odile Farrant", 88, "3 hours ago", 1),
    ("pinecrest_9", 1201, "2 hours ago", 0),
    ("grommet", 7, "2 hours ago", 0),
    ("Ysolde Brack", 356, "53 minutes ago", 1),
    ("tarnhollow", 15, "20 minutes ago", 0),
]
COUNTED_B = [
    ("Hesketh Quarrie", 5, "9 hours ago", 1),
    ("lantern_oak_77", 23, "8 hours ago", 0),
    ("mizzle", 1020, "7 hours ago", 2),
    ("Bryony Stull", 64, "6 hours ago", 1),
    ("cobnut_and_ash", 310, "5 hours ago", 0),
    ("Tam Oyelaran", 2, "1 hour ago", 0),
]


def test_counted_headers_wrapped_at_78_columns_are_read_whole() -> None:
    page = _counted_page(COUNTED_A)
    assert "[Odile\nFarrant]" in page and "[(3\nchildren)]" in page  # (wrapped so)
    walked = [(c.depth, c.author) for c in threadparse.parse(page).walk()]
    assert walked == [
        (0, "wendlebury_moss"),
        (1, "Odile Farrant"),
        (2, "pinecrest_9"),
        (1, "grommet"),
        (0, "Ysolde Brack"),
        (1, "tarnhollow"),
    ]


def test_counted_headers_wrapped_elsewhere_are_read_whole() -> None:
    page = _counted_page(COUNTED_B)
    walked = [(c.depth, c.author) for c in threadparse.parse(page).walk()]
    assert walked == [
        (0, "Hesketh Quarrie"),
        (1, "lantern_oak_77"),
        (0, "mizzle"),
        (1, "Bryony Stull"),
        (2, "cobnut_and_ash"),
        (0, "Tam Oyelaran"),
    ]


BYLINE_BODIES = [
    "The ferry timetable changed twice last spring and nobody on the island was told.",
    "We found out from the harbour master, who had it pinned to the door of the shed.",
    "A printed timetable is still the only one I trust when the signal drops offshore.",
    "Mine lives in the glovebox, folded so many times that the creases hide the noon boat.",
]


def _byline_page(host: str, names: list[str]) -> str:
    """A story's comments in html2text, each under its title item: a byline naming the
    author's link and their number, wrapped inside the number's link target."""
    parts = ["Island ferries cut back again", ""]
    for number, (name, body) in enumerate(zip(names, BYLINE_BODIES, strict=True)):
        author = f"[{name}](//{host}/~{name}) ( [{4100 + number}](//{host}/~{name}) )"
        if name == "Anonymous Coward":
            author = name
        byline = f"by {author} on Monday March 04, 2024 @0{number + 1}:15PM"
        permalink = f"([#{880 + number}](//{host}/c/{number}))"
        parts += [f"  * #### [Re:Timetables](//{host}/c/{number})", ""]
        parts += ["(Score:2)", "", _wrapped(byline), permalink, ""]
        parts += [_wrapped(body), "", f"**[Reply to This](//{host}/reply/{number})** Share", ""]
    return "\n".join(parts)


def test_bylines_wrapped_inside_a_link_target_name_their_authors() -> None:
    names = ["marrowbyte", "wickerbill", "Anonymous Coward", "halvard_q"]
    page = _byline_page("example-town.org", names)
    assert "[4100](//example-\ntown.org/~marrowbyte)" in page  # (wrapped so)
    assert [c.author for c in threadparse.parse(page).walk()] == names


def test_bylines_wrapped_elsewhere_in_a_link_target_name_their_authors() -> None:
    names = ["sallow_reed", "Anonymous Coward", "quintessential", "ottery"]
    page = _byline_page("news.example-wire.net", names)
    assert [c.author for c in threadparse.parse(page).walk()] == names


def test_plain_reads_toggles_and_escaped_targets() -> None:
    assert L.plain(f"{TOGGLE}[ann](/u/ann) 3 points") == "[–]ann 3 points"
    assert L.plain("4 hours ago [(2 children)](javascript:void\\(0\\))") == (
        "4 hours ago (2 children)"
    )
    assert L.plain("[Reply](javascript:void\\(0\\);) [ann](/u/ann)") == "Reply ann"
