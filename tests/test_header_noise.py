"""Authors without the page furniture printed in their header line: a picture and a
profile link standing for the header ("[avatar]Profile", lynx's "[12][avatar] [13]Profile",
html2text's image with escaped brackets in its alternative text), the name then read
under the date; html2text threads whose items are a date (or a picture) over the name
alone on its line. All names and text are invented."""

from __future__ import annotations

import pytest

import threadparse
from threadparse import lines as L

PROFILE_W3M = """\
Night market

A short report.

3 comments

 1. [avatar]Profile
    3.4.21 at 8:10 pm
    marlow_k

    Went twice, loved it.

 2. [avatar]Profile
    3.4.21 at 9:02 pm
    Tess Arden

    The dumpling stall is the best one.

 3. [avatar]Profile
    3.5.21 at 7:45 am
    Quill

    Is it open on Mondays?

Join the discussion.
"""

PROFILE_LYNX = """\
Night market

A short report.

3 comments

    1. [12][avatar] [13]Profile
       3.4.21 at 8:10 pm
       marlow_k
       Went twice, loved it.
    2. [14][avatar] [15]Profile
       3.4.21 at 9:02 pm
       Tess Arden
       The dumpling stall is the best one.
    3. [16][avatar] [17]Profile
       3.5.21 at 7:45 am
       Quill
       Is it open on Mondays?

   Join the discussion.
"""

PROFILE_HTML2TEXT = """\
Night market

A short report.

#### Join the talk

  * Log In With
  * Log In With Mail

[![\\[avatar\\]](http://img.example/p/0/thumb)](javascript:;;)[Profile](javascript:;;)

**3** comments

  1. [![\\[avatar\\]](http://img.example/p/1/thumb)](javascript:;;)[Profile](javascript:;;)

3.4.21 at 8:10 pm

marlow_k

Went twice, loved it.

  2. [![\\[avatar\\]](http://img.example/p/2/thumb)](javascript:;;)[Profile](javascript:;;)

3.4.21 at 9:02 pm

Tess Arden

The dumpling stall is the best one.

  3. [![\\[avatar\\]](http://img.example/p/3/thumb)](javascript:;;)[Profile](javascript:;;)

3.5.21 at 7:45 am

Quill

Is it open on Mondays?

Join the discussion. [Sign In](javascript:;;)
"""


@pytest.mark.parametrize("text", [PROFILE_W3M, PROFILE_LYNX, PROFILE_HTML2TEXT])
def test_a_profile_link_by_the_picture_names_nobody(text: str) -> None:
    page = threadparse.parse(text)
    got = [(c.author, c.depth, c.text.split("\n")[0]) for c in page.walk()]
    assert got == [
        ("marlow_k", 0, "Went twice, loved it."),
        ("Tess Arden", 0, "The dumpling stall is the best one."),
        ("Quill", 0, "Is it open on Mondays?"),
    ]
    assert next(c.date for c in page.walk()) == "3.4.21 at 8:10 pm"


@pytest.mark.parametrize(
    ("line", "noise"),
    [
        ("[avatar]Profile", True),
        ("[avatar] Profile", True),
        ("[x1] [x2] avatar", True),
        ("[avatar]Profile Pete", False),
        ("Profiler", False),
        ("Ann [avatar]", False),
    ],
)
def test_picture_and_profile_word_are_noise(line: str, noise: bool) -> None:
    assert L.is_noise(line) is noise


def test_escaped_brackets_in_an_image_text_leave_no_trace() -> None:
    line = "[![\\[pic\\]](http://img.example/9.png)](javascript:;;)[Ann Ode](http://a.example)"
    assert L.plain(line) == "Ann Ode"
    assert L.display_name(line) == "Ann Ode"


DATES_OVER_NAMES_HTML2TEXT = """\
Night market

COMMENTS

  * [](http://tess.example)

March 4, 2021

[Tess Arden](http://tess.example)

The dumpling stall is the best one.

[Reply](http://blog.example/night/?replytocom=11#form)

    * [](http://blog.example)

March 4, 2021

[Ida](http://blog.example)

It is, we go every week.

[Reply](http://blog.example/night/?replytocom=14#form)

    * March 5, 2021

Quill

Is it open on Mondays?

[Reply](http://blog.example/night/?replytocom=12#form)

  * March 6, 2021

marlow_k

Went twice, loved it.

[Reply](http://blog.example/night/?replytocom=13#form)
"""

# the same items with two-word names and no reply links
DATES_OVER_NAMES_PLAIN = """\
Harbour walk

Comments

  * [](http://one.example)

June 1, 2020

Pia Lund

Windy but lovely.

  * June 2, 2020

Oskar Hale

We saw seals there once.

    * June 2, 2020

Pia Lund

Lucky you!
"""


def test_html2text_dates_over_names_head_a_flat_thread() -> None:
    page = threadparse.parse(DATES_OVER_NAMES_HTML2TEXT)
    got = [(c.author, c.depth, c.date) for c in page.walk()]
    assert got == [
        ("Tess Arden", 0, "March 4, 2021"),
        ("Ida", 1, "March 4, 2021"),
        ("Quill", 1, "March 5, 2021"),
        ("marlow_k", 0, "March 6, 2021"),
    ]
    page = threadparse.parse(DATES_OVER_NAMES_PLAIN)
    got = [(c.author, c.depth, c.text) for c in page.walk()]
    assert got == [
        ("Pia Lund", 0, "Windy but lovely."),
        ("Oskar Hale", 0, "We saw seals there once."),
        ("Pia Lund", 1, "Lucky you!"),
    ]


# negative: under each date a sentence, not a name: no author is read from it
DATES_OVER_PROSE = """\
Harbour walk

Comments

  * [](http://one.example)

June 1, 2020

We went there on a Monday and the queue at the kiosk was very long indeed.

  * [](http://two.example)

June 2, 2020

The seals were out on the rocks and nobody minded the wind at all that day.
"""


def test_a_sentence_under_the_date_is_no_name() -> None:
    page = threadparse.parse(DATES_OVER_PROSE)
    for comment in page.walk():
        assert comment.author is None or len(comment.author.split()) <= 4
    assert not any("queue" in (c.author or "") for c in page.walk())


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # html2text: a heading inside a list item, the avatar between name and verb
        (
            "####  Lena Fisk ![](https://img.example/av/9f2.png) wrote on "
            "[May 2, 2021 at 3:10 am:](https://b.example/#c-4)",
            "Lena Fisk",
        ),
        # w3m: the avatar's file name in brackets after the name
        ("Lena Fisk [9f2c01] wrote on May 2, 2021 at 3:10 am:", "Lena Fisk"),
        ("Oskar Hale [av] [9f] says:", "Oskar Hale"),
        # html2text: a nested list's marker left before the name
        ("* **Tomás** dijo:", "Tomás"),
        ("### Pia Lund says:", "Pia Lund"),
    ],
)
def test_markdown_marks_and_pictures_around_the_name_are_no_part_of_it(
    line: str, name: str
) -> None:
    header = L.read_header(line)
    assert header is not None
    assert header.author == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ann [Ode] Lee says:", "Ann [Ode] Lee"),  # brackets inside the name stay
        ("C# Dev says:", "C# Dev"),  # a number sign inside the name is no heading
        ("*Lena* says:", "*Lena*"),  # no space after the star: no list marker
    ],
)
def test_brackets_and_marks_inside_a_name_stay(line: str, name: str) -> None:
    header = L.read_header(line)
    assert header is not None
    assert header.author == name
