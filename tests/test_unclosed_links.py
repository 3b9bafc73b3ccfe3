"""html2text wraps a link's text onto the next line, so a comment header reads
"Ann[May 3, 2013 at 6:14" or "[Ann](/u/1) [Monday, October 25" on its first line:
the bracket that opens the wrapped link is no part of the line as shown."""

from __future__ import annotations

import threadparse
from threadparse import lines as L

WRAPPED_DATES = """\
Smart people and procrastination

Some thoughts on getting things done.

  1. ![](https://img.example.org/anon36.png)

Anonymous[March 16, 2013 at 6:14
PM](http://blog.example.org/2013/03/smart.html?showComment=1#c1)

I set myself a small daily target and it works better than any app I tried.

  2. ![](https://img.example.org/b36-rounded.png)

[Tove Brandt](https://www.example.com/profile/0746) [Monday, March 18,
2013](http://blog.example.org/2013/03/smart.html?showComment=2#c2)

Deadlines set by other people are the only ones that work for me, sadly.

  3. ![](https://img.example.org/anon36.png)

Anonymous[March 19, 2013 at 9:02
AM](http://blog.example.org/2013/03/smart.html?showComment=3#c3)

Same here. I ask a friend to check on me every Friday.
"""


def test_an_opened_link_at_the_end_of_a_line_is_no_text() -> None:
    assert L.plain("Anonymous[March 16, 2013 at 6:14") == "Anonymous March 16, 2013 at 6:14"
    assert L.plain("[Tove Brandt](https://x.example/p/1) [Monday, October 25") == (
        "Tove Brandt Monday, October 25"
    )


def test_brackets_that_close_or_stand_alone_are_kept() -> None:
    assert L.plain("the answer [sic] was wrong") == "the answer [sic] was wrong"
    assert L.plain("see note [1") == "see note [1"


def test_wrapped_date_links_name_the_authors() -> None:
    page = threadparse.parse(WRAPPED_DATES)
    assert [c.author for c in page.comments] == ["Anonymous", "Tove Brandt", "Anonymous"]
    assert page.comments[1].text.startswith("Deadlines set by other people")
