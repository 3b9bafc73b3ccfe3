"""Comment sections printed with neither list markers nor dates: after a count ("2
Comments"), as many blocks of plain lines, each a name alone (perhaps a badge and a
"Reply to NAME" line under it) over its body, closed by a reply link
(`transform._named_blocks`). A block that names the comment it answers goes under it.

Every fixture here is invented, in the shapes resiliparse (a paragraph on one line)
and w3m (paragraphs wrapped at 80 columns, a body in capitals) print such sections.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

RESILIPARSE = """\
Taking in a skirt waist

Unpick the waistband first, then pin the new seam on the wrong side.

2 Comments
Oldest first
View all comments
Rowena Tillett

Thank you so much for this, I finally fixed the skirt I have not worn in three years.

Reply
Maude Finchley
Author
Reply to  Rowena Tillett

So glad it helped, and enjoy wearing it again!

Reply
ABOUT THIS BLOG

Small sewing projects, one evening at a time.
"""

W3M = """\
Taking in a skirt waist

Unpick the waistband first, then pin the new seam on the wrong side.

2 Comments
Oldest first
View all comments
Rowena Tillett

THANK YOU SO MUCH FOR THIS, I FINALLY FIXED THE SKIRT I HAVE NOT WORN IN THREE
YEARS. It fits again and I could not be happier with how neat the seam looks
from the outside.

Reply
Maude Finchley
Author
Reply to  Rowena Tillett

So glad it helped, and enjoy wearing it again!

Reply

ABOUT THIS BLOG
"""


@pytest.mark.parametrize("text", [RESILIPARSE, W3M])
def test_named_blocks_after_a_count_are_the_comments(text: str) -> None:
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Rowena Tillett", 0),
        ("Maude Finchley", 1),
    ]
    first = page.comments[0]
    assert "Oldest first" not in first.text and "View all" not in first.text
    assert "So glad it helped" in first.children[0].text
    assert_nothing_lost(page, text)


@pytest.mark.parametrize(
    "text",
    [
        # the count says three: two blocks are no comment section
        RESILIPARSE.replace("2 Comments", "3 Comments"),
        # no reply link closes the blocks: a list of names and notes
        RESILIPARSE.replace("Reply\n", "Pinned\n"),
    ],
)
def test_blocks_that_do_not_match_the_count_are_no_comments(text: str) -> None:
    assert threadparse.parse(text).comments == []
