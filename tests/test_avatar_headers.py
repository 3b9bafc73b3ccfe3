"""Headers built around the commenter's avatar, as WordPress themes print it and the
converters glue or wrap it (Twenty Twenty, WordPress.com and block themes).

- "NAMEsays:" (the verb a screen reader's text printed with no space before it) is a verb
  header when the name's last word is capitalised and of three letters or more, or an
  initial ("Ann K.says:"); "Essays:" stays text.
- "Ann Lee AvatarAnn Lee" (a picture's text glued to the name link) names Ann Lee once.
- A pingback between comments printed without list markers is a comment of its own.
- html2text wraps such a header inside the avatar's picture or the name's link
  ("![Ann Lee" over "Avatar](…)Ann" over "Leesays:"): the lines read as one header; a
  date link wrapped the same way ("[June 20, 2019 at 7:45" over "am](…)") names nobody.
- An item whose line is the avatar's text "NAME Avatar" over the line "NAME" (the avatar
  block of block themes, then the name, then the date) is a comment whose header is
  those lines.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import lines as L


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Maren Holloway AvatarMaren Hollowaysays:", "Maren Holloway"),
        ("Tobiassays:", "Tobias"),
        ("Ines Q.says:", "Ines Q."),
        ("Jan Prokopsagt:", "Jan Prokop"),
        ("Maren Holloway Avatar Maren Hollowaysays:", "Maren Holloway"),
    ],
)
def test_a_name_glued_to_its_verb_is_a_header(line: str, author: str) -> None:
    header = L.read_header(line)
    assert header is not None and header.evidence == "verb"
    assert header.author == author


@pytest.mark.parametrize("line", ["Essays:", "Photo essays:", "Read my essays:", "bmsays:"])
def test_a_word_ending_in_the_verb_is_no_header(line: str) -> None:
    assert L.read_header(line) is None


def test_a_date_link_wrapped_by_html2text_names_nobody() -> None:
    header = L.read_header("[June 20, 2019 at 7:45")
    assert header is None or header.author is None


GLUED = """Ten miles of towpath in the rain

The canal path from the lock to the old mill is flat and quiet, which is why I keep \
coming back to it when the weather turns.

4 replies on “Ten miles of towpath in the rain”

Maren Holloway AvatarMaren Hollowaysays:
March 2, 2021 at 8:14 am

Flat and quiet is exactly what I need in March. Which lock do you start from?

Reply
Tobias Wren AvatarTobias Wrensays:
March 2, 2021 at 9:30 am

The one by the boatyard, there is parking behind the chandlery.

Reply
Pingback: Weekend links for runners | The Slow Mile
Ines Q. AvatarInes Q.says:
March 3, 2021 at 6:05 pm

I ran it after reading this and saw a kingfisher at the second bridge.

Reply
Leave a Reply
"""


def test_glued_verb_headers_make_the_thread() -> None:
    page = threadparse.parse(GLUED)
    comments = list(page.walk())
    assert [(c.author, c.kind) for c in comments] == [
        ("Maren Holloway", "comment"),
        ("Tobias Wren", "comment"),
        ("Weekend links for runners | The Slow Mile", "pingback"),
        ("Ines Q.", "comment"),
    ]
    assert comments[1].text.startswith("The one by the boatyard")
    assert comments[3].date == "March 3, 2021 at 6:05 pm"
    assert_nothing_lost(page, GLUED)


WRAPPED = """Ten miles of towpath in the rain

The canal path from the lock to the old mill is flat and quiet, which is why I keep
coming back to it when the weather turns.

##  3 replies on "Ten miles of towpath in the rain"

![Maren Holloway
Avatar](https://0.gravatar.com/avatar/3f1e0c9a7b?s=120&d=identicon&r=G)Maren
Holloway{verb}

[March 2, 2021 at 8:14
am](https://towpath.example.net/2021/03/01/ten-miles/#comment-101)

Flat and quiet is exactly what I need in March. Which lock do you start from?

[Reply](https://towpath.example.net/2021/03/01/ten-miles/?replytocom=101#respond)

[![Tobias Wren
Avatar](https://0.gravatar.com/avatar/77ab01c9e2?s=120&d=identicon&r=G)Tobias
Wren{verb}](https://tobiaswren.example.org)

[March 2, 2021 at 9:30
am](https://towpath.example.net/2021/03/01/ten-miles/#comment-102)

The one by the boatyard, there is parking behind the chandlery.

[Reply](https://towpath.example.net/2021/03/01/ten-miles/?replytocom=102#respond)

![Ines Q.
Avatar](https://0.gravatar.com/avatar/a0b1c2d3e4?s=120&d=identicon&r=G)Ines
Q.{verb}

[March 3, 2021 at 6:05
pm](https://towpath.example.net/2021/03/01/ten-miles/#comment-103)

I ran it after reading this and saw a kingfisher at the second bridge.

[Reply](https://towpath.example.net/2021/03/01/ten-miles/?replytocom=103#respond)

### Leave a Reply
"""


@pytest.mark.parametrize("verb", ["says:", " says:"])
def test_headers_wrapped_inside_a_picture_or_link_read_whole(verb: str) -> None:
    text = WRAPPED.format(verb=verb)
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [c.author for c in comments] == ["Maren Holloway", "Tobias Wren", "Ines Q."]
    assert [c.text.split()[0] for c in comments] == ["Flat", "The", "I"]
    # the wrapped picture lines are the header's, not the last body's
    assert not any("Avatar" in c.text for c in comments)
    assert_nothing_lost(page, text)


AVATAR_BLOCKS = """Sourdough in a cold kitchen

My kitchen sits at fifteen degrees all winter, so the starter needs a different routine.

3 responses to “Sourdough in a cold kitchen”

  1. {first} Avatar
    {first}
    {date1}

    I keep mine in the oven with only the light on. It gets to about twenty four degrees.

    Reply
    1. Pavel Korhonen Avatar
      Pavel Korhonen
      {date2}

      Same trick here, but mind the day someone preheats it without looking.

      Reply
  2. Lotte van Dijk Avatar
    Lotte van Dijk
    {date3}

    A wine cooler set to the warmest setting works well for a starter too.

    Reply

Leave a Reply
"""


@pytest.mark.parametrize(
    ("first", "dates"),
    [
        ("Grete Aalto", ("March 3, 2024", "March 4, 2024", "March 5, 2024")),
        ("grete_a", ("3. März 2024", "4. März 2024", "5. März 2024")),
    ],
)
def test_an_avatar_item_over_its_name_heads_a_comment(first: str, dates: tuple[str, ...]) -> None:
    text = AVATAR_BLOCKS.format(first=first, date1=dates[0], date2=dates[1], date3=dates[2])
    page = threadparse.parse(text)
    comments = list(page.walk())
    assert [(c.author, c.depth, c.date) for c in comments] == [
        (first, 0, dates[0]),
        ("Pavel Korhonen", 1, dates[1]),
        ("Lotte van Dijk", 0, dates[2]),
    ]
    assert [c.text.split()[0] for c in comments] == ["I", "Same", "A"]
    assert_nothing_lost(page, text)


def test_an_avatar_item_over_another_name_names_the_pictures_owner() -> None:
    text = AVATAR_BLOCKS.format(
        first="Grete Aalto", date1="March 3, 2024", date2="March 4, 2024", date3="March 5, 2024"
    ).replace("    Grete Aalto\n", "    Someone Else\n", 1)
    first = threadparse.parse(text).comments[0]
    assert first.author == "Grete Aalto"  # (the picture's text, "Avatar" taken off)
    assert "Someone Else" in first.text  # the line under it is no name of the header


def test_an_avatar_item_alone_names_the_pictures_owner() -> None:
    text = AVATAR_BLOCKS.format(
        first="Grete Aalto", date1="March 3, 2024", date2="March 4, 2024", date3="March 5, 2024"
    )
    text = text.replace("      Pavel Korhonen\n", "")  # (resiliparse's main content drops it)
    authors = [c.author for c in threadparse.parse(text).walk()]
    assert authors == ["Grete Aalto", "Pavel Korhonen", "Lotte van Dijk"]
