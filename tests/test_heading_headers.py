"""Comment headers printed as Markdown headings (html2text: "####  Ann 3/12/2021 at
1:48am" under an avatar's picture item): the heading names the comment's author, and
it does not end the comment section as other headings do."""

from __future__ import annotations

import threadparse
from threadparse import lines as L

HEADED_THREAD = """\
Ten free courses on bookbinding

A list we keep up to date.

###  Comments 4

  1. ![](https://img.example.org/av/11.png?s=35)

####  Greta Lindqvist 3/12/2021 at 1:48am

The coptic stitch course is free too, please add it.

Reply

     * ![](https://img.example.org/av/staff.jpg)

####  Ossian Pell 3/16/2021 at 5:42am

Thanks, we added it to the list.

Reply

  2. ![](https://img.example.org/av/12.png?s=35)

####  Dara Mwangi 3/13/2021 at 10:30pm

Is there one on leather covers?

Reply

     * ![](https://img.example.org/av/staff.jpg)

####  Ossian Pell 3/17/2021 at 9:02am

Not yet, but we are looking.

Reply

  3. ![](https://img.example.org/av/13.png?s=35)

####  Rufus Abernathy 3/20/2021 at 7:15pm

Thank you, this list saved me a lot of searching.

Reply

## Leave a Reply

[Cancel reply](/ten-free-courses#respond)
"""

VERB_HEADINGS = """\
Rain barrels

Our second barrel is up.

3 comments

  * ![](https://img.example.org/av/a.png)

### Ilse Varga says:

How do you keep mosquitoes out of the barrel?

  * ![](https://img.example.org/av/b.png)

### Tobin Reyes says:

A fine mesh under the lid works for us.

  * ![](https://img.example.org/av/c.png)

### Wenda Holt says:

We add a few drops of oil on the surface.

### Related posts

[Compost bins](/compost-bins)
"""


def test_heading_marks_are_no_part_of_a_line_as_shown() -> None:
    assert L.plain("####  Greta Lindqvist 3/12/2021 at 1:48am") == (
        "Greta Lindqvist 3/12/2021 at 1:48am"
    )
    assert L.plain("#12") == "#12"  # (a post number, no heading)


def test_heading_headers_nest_by_their_items() -> None:
    page = threadparse.parse(HEADED_THREAD)
    assert [c.author for c in page.comments] == [
        "Greta Lindqvist",
        "Dara Mwangi",
        "Rufus Abernathy",
    ]
    assert [c.author for c in page.comments[0].children] == ["Ossian Pell"]
    assert [c.author for c in page.comments[1].children] == ["Ossian Pell"]
    assert page.comments[1].children[0].text.startswith("Not yet")
    assert "Leave a Reply" not in page.comments[1].children[0].text


def test_verb_headings_head_comments_and_other_headings_end_them() -> None:
    page = threadparse.parse(VERB_HEADINGS)
    assert [c.author for c in page.comments] == ["Ilse Varga", "Tobin Reyes", "Wenda Holt"]
    assert "Related posts" not in page.comments[2].text
    assert "Compost" not in page.comments[2].text
