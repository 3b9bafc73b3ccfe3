"""A flat thread of short replies whose every comment closes with the template's
control line ("reply", w3m's raised "^reply", lynx's "^[8]reply") and whose next
header ("NAME - AGE | thread", a reply's "… | thread parent") stands right under that
line, no blank line between: the header repeats down the page, so it opens a comment
even where the body above it is too short to read as prose ("nice!", "yo"); the
control line closes the comment before. A header's collapse checkbox ("[ ]", as w3m
and lynx print it) is no word of it. A widget's titles under names and dates, each
closed by "Read more", stay no posts.

Every fixture here is invented, in the shapes the converters print a minimal
threaded forum's page.
"""

from __future__ import annotations

import threadparse


def _authors(text: str) -> list[str | None]:
    return [comment.author for comment in threadparse.parse(text).walk()]


# resiliparse: "NAME - AGE | thread" (a reply's "| thread parent"), the body, "reply"
SHORT_REPLIES = """\
Lowtide
Login | Help

Lowtide - a tiny mailing list archive with no scripts

harbourmaster - 3 years ago (last modified 3 years ago)

Lowtide keeps a mailing list's archive as plain pages, one a thread, and nothing else.

It started as a weekend project to read our club's list on an old e-reader, and it \
grew from there.

brisk_otter - 3 years ago | thread

Does it thread by the References header or by subject?

reply
kelpie - 3 years ago | thread

neat!

reply
marrowbone - 3 years ago | thread parent

same

reply
harbourmaster - 3 years ago | thread parent

By References, falling back to the subject where a client dropped the header.

reply
pinecone22 - 2 years ago | thread

works on my kindle

reply
quillfeather - 2 years ago | thread

Thanks

reply
tamsin_r - 2 years ago | thread parent

Same here, it reads fine in the browser of my old phone as well.

reply
"""

SHORT_REPLY_AUTHORS = [
    "brisk_otter",
    "kelpie",
    "marrowbone",
    "harbourmaster",
    "pinecone22",
    "quillfeather",
    "tamsin_r",
]


def test_headers_under_the_closing_control_open_comments() -> None:
    page = threadparse.parse(SHORT_REPLIES)
    assert [comment.author for comment in page.walk()] == SHORT_REPLY_AUTHORS
    texts = [comment.text for comment in page.walk()]
    assert texts[1] == "neat!"
    assert texts[2] == "same"


# w3m: the control raised ("^Respond"), a collapse checkbox closing each header,
# the header "NAME | AGE | parent"
RAISED_CONTROLS = """\
Lowtide
Login | Help

Lowtide - a tiny mailing list archive with no scripts

harbourmaster | 3 years ago (last modified 3 years ago)

Lowtide keeps a mailing list's archive as plain pages, one a thread, and nothing else.

It started as a weekend project to read our club's list on an old e-reader, and it grew
from there.

brisk_otter | 3 years ago | thread[ ]

Does it thread by the References header or by subject?

^Respond
kelpie | 3 years ago | thread[ ]

neat!

^Respond
marrowbone | 3 years ago | thread parent[ ]

same

^Respond
harbourmaster | 3 years ago | thread parent[ ]

By References, falling back to the subject where a client dropped the header.

^Respond
pinecone22 | 2 years ago | thread[ ]

works on my kindle

^Respond
quillfeather | 2 years ago | thread[ ]

Thanks

^Respond
tamsin_r | 2 years ago | thread parent[ ]

Same here, it reads fine in the browser of my old phone as well.

^Respond
"""


def test_raised_controls_and_checkboxes() -> None:
    assert _authors(RAISED_CONTROLS) == SHORT_REPLY_AUTHORS


# lynx: link numbers, the raised control under the body ("^[9]reply")
LYNX_CONTROLS = """\
   status [1]Lowtide

   [2]Login | [3]Help

          Lowtide - a tiny mailing list archive with no scripts

   [4]harbourmaster - 3 years ago (last modified 3 years ago)

   Lowtide keeps a mailing list's archive as plain pages, one a thread,
   and nothing else.

   It started as a weekend project to read our club's list on an old
   e-reader, and it grew from there.

   [5]brisk_otter - 3 years ago | [6]thread [ ]

   Does it thread by the References header or by subject?
   ^[7]reply

   [8]kelpie - 3 years ago | [9]thread [ ]

   neat!
   ^[10]reply

   [11]marrowbone - 3 years ago | [12]thread[13] parent [ ]

   same
   ^[14]reply

   [15]harbourmaster - 3 years ago | [16]thread[17] parent [ ]

   By References, falling back to the subject where a client dropped the
   header.
   ^[18]reply

   [19]pinecone22 - 2 years ago | [20]thread [ ]

   works on my kindle
   ^[21]reply

   [22]quillfeather - 2 years ago | [23]thread [ ]

   Thanks
   ^[24]reply

   [25]tamsin_r - 2 years ago | [26]thread[27] parent [ ]

   Same here, it reads fine in the browser of my old phone as well.
   ^[28]reply
"""


def test_lynx_raised_controls() -> None:
    assert _authors(LYNX_CONTROLS) == SHORT_REPLY_AUTHORS


# a sidebar of other pages' titles, each under a name and date, "Read more" under it
# (w3m: the links print as their text)
RECENT_TITLES = """\
Field Notes Weekly
Night insects of the Atlantic forest
Most of the moths that visit our light traps are never photographed twice. This week we \
gathered the best references we know for telling them apart in the field.
The hawk moths are the easiest to start with: large, fast, and drawn to the same flowers \
every evening, so a patient observer can learn a dozen species in a season.
Recent posts
Ana Lobo - 2 hours ago
Glass Frogs Hide Their Blood
Read more
Bruno Reis - 3 hours ago
Building A Light Trap On A Budget
Read more
Clara Matos - 5 hours ago
Keys To The Geometrid Moths
Read more
Davi Nunes - 6 hours ago
Canopy Walks In The Rainy Season
Read more
Contact | About | Privacy
"""


def test_a_widgets_titles_closed_by_a_control_are_no_posts() -> None:
    assert _authors(RECENT_TITLES) == []


# a checkbox inside a sentence is the sentence's
def test_a_checkbox_before_words_stays() -> None:
    from threadparse.posts.stamps import without_checkbox

    assert without_checkbox("[ ] water the plants") == "[ ] water the plants"
    assert without_checkbox("Ann - 2 years ago | thread [ ]") == "Ann - 2 years ago | thread"
