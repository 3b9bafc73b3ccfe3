"""Cards of other stories after the responses (a title, its subtitle, its date, its
likes) read as posts by their dates: a post list's last posts whose body is a count
alone are no posts (`posts.find._without_counted_tail`). Invented page; a response
whose text is followed by its own count stays."""

from __future__ import annotations

import threadparse

PAGE = """\
Polars for pandas users

Camila S.

Mar 1, 2021

Polars reads a folder of Parquet files lazily and only loads the columns you use.

Responses (3)

Lucia B.

Lucia B.

Mar 3, 2021

Great guide, the lazy scan alone halved my memory use.

48

Ramiro A.

Ramiro A.

Mar 12, 2021

On Windows the network folder was slow until I copied the files locally.

5

Elena C.

Elena C.

Apr 2, 2021

Does it read Excel files too, or only CSV and Parquet?

2

More from Camila S.

Type hints in ten minutes

The least you need for your editor to help you
Jan 14, 2021
642

SQLAlchemy without fear

The new API on a real project
Feb 2, 2021
389
"""


def test_cards_with_a_count_alone_are_no_posts() -> None:
    page = threadparse.parse(PAGE)
    assert [c.author for c in page.walk()] == ["Lucia B.", "Ramiro A.", "Elena C."]
    assert list(page.walk())[-1].text.startswith("Does it read Excel files")
