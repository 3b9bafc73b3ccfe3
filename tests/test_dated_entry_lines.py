"""A list of posts printed as plain lines after the comments, each entry a title over
its date and nothing between ("Park cleanup day, March 16" over "Feb 9, 2024",
"Winter clothing drive" over "Jan 30, 2024", ...: a sidebar's recent posts, whatever
its heading says), three entries at least, is furniture: a title that holds a date
reads as "NAME, DATE" but stamps no post, and the entries' dates stamp none either
(`posts.shapes.dated_entries`, read by `posts.templates._stamps`); the last comment's
body ends over the list and its heading (`posts.bodies._last_end`). A title is one
line, or one link html2text wrapped onto two lines. Comments whose header is a name
over a date alone keep their bodies between the entries, so they are no such list. Where
the comments are read as plain header lines, the run of comments ends at the list or its
heading (`transform._heads_entries`).

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse.posts.shapes import dated_entries

# resiliparse's lines: a name over "NAME | DATE", the body, the controls
PIPED = """\
{title}

{article}

3 Comments

Lena Marsh
Lena Marsh | Mar 4, 2024, 9:12 AM

Will the new crossing have a signal, or only paint?

  • Reply
  • |
  • 2
Owen Pratt
Owen Pratt | Mar 4, 2024, 11:40 AM

A signal, according to the plan on the town site.

  • Reply
  • |
  • 0
Lena Marsh
Lena Marsh | Mar 5, 2024, 8:03 AM

Good, thank you for checking.

  • Reply
  • |
  • 1
{heading}
{entry1}
{date1}
{entry2}
{date2}
{entry3}
{date3}
Links
  • About us
  • Privacy
"""

# lynx's: the titles as numbered links, indented
LYNX = """\
{title}

{article}

3 Comments

   Lena Marsh
   Lena Marsh | Mar 4, 2024, 9:12 AM

   Will the new crossing have a signal, or only paint?
     * [14]Reply
     * |
     * 2

   Owen Pratt
   Owen Pratt | Mar 4, 2024, 11:40 AM

   A signal, according to the plan on the town site.
     * [15]Reply
     * |
     * 0

   Lena Marsh
   Lena Marsh | Mar 5, 2024, 8:03 AM

   Good, thank you for checking.
     * [16]Reply
     * |
     * 1

{heading}

   [17]{entry1}
   {date1}
   [18]{entry2}
   {date2}
   [19]{entry3}
   {date3}

Links

     * [20]About us
     * [21]Privacy
"""

# html2text's: the avatar's picture over each header, each title a link wrapped onto two
# lines, blank lines between
HTML2TEXT = """\
# {title}

{article}

#### 3 Messages

![Lena Marsh](/files/avatars/31.jpg)

Lena Marsh | Mar 4, 2024, 9:12 AM

Will the new crossing have a signal, or only paint?

  * Reply
  * |
  * 2

![Owen Pratt](/files/avatars/32.jpg)

Owen Pratt | Mar 4, 2024, 11:40 AM

A signal, according to the plan on the town site.

  * Reply
  * |
  * 0

![Lena Marsh](/files/avatars/33.jpg)

Lena Marsh | Mar 5, 2024, 8:03 AM

Good, thank you for checking.

  * Reply
  * |
  * 1

Load More

##### {heading}

[{wrapped1}](https://town.example.net/blog/one)

{date1}

[{wrapped2}](https://town.example.net/blog/two)

{date2}

[{wrapped3}](https://town.example.net/blog/three)

{date3}

##### Links

  * [About us](/about)
  * [Privacy](/privacy)
"""

CASES = [
    {
        "title": "A new crossing for Elm Road",
        "article": "The town will paint a crossing at the school this spring.",
        "heading": "Recent Posts",
        "entry1": "Tree planting day, April 20",
        "wrapped1": "Tree planting day, April\n20",
        "date1": "Feb 28, 2024",
        "entry2": "Snow clearing: what we heard",
        "wrapped2": "Snow clearing: what we\nheard",
        "date2": "Feb 2, 2024",
        "entry3": "Library hours change",
        "wrapped3": "Library hours\nchange",
        "date3": "Jan 19, 2024",
    },
    {
        "title": "A new crossing for Elm Road",
        "article": "The town will paint a crossing at the school this spring.",
        "heading": "From the blog",
        "entry1": "Bake sale, May 4",
        "wrapped1": "Bake sale, May\n4",
        "date1": "March 1, 2024",
        "entry2": "Volunteers wanted for the fair",
        "wrapped2": "Volunteers wanted for the\nfair",
        "date2": "February 12, 2024",
        "entry3": "Minutes of the January meeting",
        "wrapped3": "Minutes of the January\nmeeting",
        "date3": "January 30, 2024",
    },
]

FORMS = {"resiliparse": PIPED, "lynx": LYNX, "html2text": HTML2TEXT}
BODIES = [
    "Will the new crossing have a signal, or only paint?",
    "A signal, according to the plan on the town site.",
    "Good, thank you for checking.",
]


@pytest.mark.parametrize("form", list(FORMS), ids=list(FORMS))
@pytest.mark.parametrize("case", CASES, ids=lambda case: case["heading"])
def test_titles_over_their_dates_are_no_comment(form: str, case: dict[str, str]) -> None:
    text = FORMS[form].format(**case)
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == ["Lena Marsh", "Owen Pratt", "Lena Marsh"]
    assert [c.text.partition("\n")[0] for c in comments] == BODIES
    assert case["heading"] not in comments[-1].text
    assert_nothing_lost(page, text)


# comments whose header is a name over its date alone, one line of body each: no list of
# posts, though a list of posts follows them
NAMED = """\
Notes on the Elm Road crossing

The town will paint a crossing at the school this spring.

Comments

Lena Marsh
Mar 4, 2024
Will it have a signal at the school, or only paint on the road?
Owen Pratt
Mar 4, 2024
Yes, a signal, according to the plan on the town site.
Lena Marsh
Mar 5, 2024
Thanks, that is good news for the children.
Ida Moss
Mar 6, 2024
Good news for the school, and for the drivers too.

Latest news
Bake sale, May 4
March 1, 2024
Volunteers wanted for the fair
February 12, 2024
Minutes of the January meeting
January 30, 2024

About us
"""


def test_names_over_dates_with_bodies_stay_comments() -> None:
    texts = NAMED.splitlines()
    assert dated_entries(texts) == set(range(texts.index("Bake sale, May 4"), len(texts) - 2))
    page = threadparse.parse(NAMED)
    assert [(c.author, c.date, c.text) for c in page.walk()] == [
        (
            "Lena Marsh",
            "Mar 4, 2024",
            "Will it have a signal at the school, or only paint on the road?",
        ),
        ("Owen Pratt", "Mar 4, 2024", "Yes, a signal, according to the plan on the town site."),
        ("Lena Marsh", "Mar 5, 2024", "Thanks, that is good news for the children."),
        ("Ida Moss", "Mar 6, 2024", "Good news for the school, and for the drivers too."),
    ]
    assert_nothing_lost(page, NAMED)


def test_two_entries_make_no_list() -> None:
    texts = ["Recent", "Bake sale, May 4", "March 1, 2024", "Volunteers", "Feb 2, 2024", "Hi"]
    assert dated_entries(texts) == set()
    texts[-1:] = ["Minutes", "Jan 30, 2024"]
    assert dated_entries(texts) == set(range(1, 7))
