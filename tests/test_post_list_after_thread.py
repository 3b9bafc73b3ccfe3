"""A list of posts printed after the comments (a sidebar's "Recent posts": a picture,
a post's title, its date), which html2text prints as items the thread reads on: each
entry read as a comment named by the title whose whole text is its date. Two or more
such entries closing the thread are the page's furniture (`rehang.shed_dated_titles`).
Invented pages; a real comment whose text is a date alone, among dated comments, stays."""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

THREAD = """# A Kitchen

## Flatbread on a stone

Article prose about the flatbread, the stone and the oven, long enough.

### 2 Comments

  1. ![](https://img.example.com/a.png)**Hala** said:

March 10, 2024 at 8:15 pm

It worked the first time, thank you.

Reply

  2. ![](https://img.example.com/a.png)**Basil** said:

March 11, 2024 at 9:02 am

Mine stuck to the stone a little.

Reply

{heading}

  * ![](https://img.example.com/thumb0.jpg)

{first}

March 2, 2024

  * ![](https://img.example.com/thumb1.jpg)

{second}

March 4, 2024

  * ![](https://img.example.com/thumb2.jpg)

{third}

March 6, 2024

(C) 2024 A Kitchen
"""


@pytest.mark.parametrize(
    ("heading", "first", "second", "third"),
    [
        ("Recent Posts", "Date cookies", "Lentil soup", "Zaatar"),
        ("أحدث المقالات", "كعك العيد بالتمر", "شوربة العدس", "مناقيش الزعتر"),
    ],
)
def test_a_post_list_after_the_thread_is_furniture(
    heading: str, first: str, second: str, third: str
) -> None:
    text = THREAD.format(heading=heading, first=first, second=second, third=third)
    page = threadparse.parse(text, dialect="html2text")
    assert [c.author for c in page.walk()] == ["Hala", "Basil"]
    assert_nothing_lost(page, text)


def test_one_dated_line_after_the_thread_is_left_alone() -> None:
    text = THREAD.format(heading="Recent Posts", first="Date cookies", second="Soup", third="Tea")
    text = text[: text.index("  * ![](https://img.example.com/thumb1.jpg)")]
    page = threadparse.parse(text, dialect="html2text")
    assert [c.author for c in page.walk()][:2] == ["Hala", "Basil"]
    assert_nothing_lost(page, text)
