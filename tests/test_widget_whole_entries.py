"""A "recent comments" widget after the thread shows the newest comments of the whole
site: most cut with an ellipsis, a short one whole (here or from another post), each
under "NAME says:". Where the cut entries repeat the beginnings of comments already read
by the same names, outnumber the whole ones, and the whole ones are by commenters
already read, the widget is page furniture (`transform._repeats_earlier`): as
resiliparse prints it, as lynx does (link numbers, lines wrapped), as w3m does (each
entry under its avatar's item) and as html2text does (each entry's text a link to its
comment, wrapped over its lines: the link's text is read whole).

Every fixture here is invented.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost

THREAD = """\
Underfloor heating in a 1930s house

We laid the pipes in the old screed and this is how the first winter went.

4 Comments

  1. Wim Doornbos wrote:
    February 16, 2024 at 9:47 am

    Which manifold did you use? The photo looks like a plastic one from the early series.

    Reply
    1. Gerda Looman wrote:
      February 16, 2024 at 11:02 am

      The newer plastic manifolds are fine, the trouble was with the first generation.

      Reply
  2. Tom Aalders wrote:
    February 18, 2024 at 4:20 pm

    What a lovely blog, I have read it since you took out the kitchen. Good luck!

    Reply
  3. Gerda Looman wrote:
    February 19, 2024 at 8:05 am

    Two days for 45 square metres, with a dust extractor, though it is never dust free.

    Reply

Leave a Reply
"""

RESILIPARSE = """
Recent comments

  • Tom Aalders says:
    What a lovely blog, I have read it since you took out the kitchen. Good…
  • Gerda Looman says:
    The newer plastic manifolds are fine, the trouble was with the first…
  • Wim Doornbos says:
    Those window frames came out beautifully. Which green is it?
  • Gerda Looman says:
    Two days for 45 square metres, with a dust extractor, though it is…
"""

LYNX = """
Recent comments

     * Tom Aalders says:
       [74]What a lovely blog, I have read it since you took out the
       kitchen. Good…
     * Gerda Looman says:
       [75]The newer plastic manifolds are fine, the trouble was with
       the first…
     * Wim Doornbos says:
       [76]Those window frames came out beautifully. Which green is it?
"""

W3M = """
Recent comments

  • [45548253ddba]
    Tom Aalders says:
    What a lovely blog, I have read it since you took out the kitchen. Good…
  • [ade949747207]
    Gerda Looman says:
    The newer plastic manifolds are fine, the trouble was with the first…
  • [0a32f765ec56]
    Wim Doornbos says:
    Those window frames came out beautifully. Which green is it?
"""

# html2text: each entry's text a link to its comment, wrapped over two or three lines
# (its address cut at a hyphen), read whole
HTML2TEXT = """
### Recent comments

  * [ ![](https://avatars.example/45548253?s=96) ](https://heating.example/2024/02/floor-heating/#comment-1966)

Tom Aalders says:

[What a lovely blog, I have read it since you took out the kitchen.
Good…](https://heating.example/2024/02/underfloor-heating-
thirties-house/#comment-1966)

  * [ ![](https://avatars.example/ade94974?s=96) ](https://heating.example/2024/02/floor-heating/#comment-1962)

Gerda Looman says:

[The newer plastic manifolds are fine, the trouble was with the
first…](https://heating.example/2024/02/underfloor-heating-
thirties-house/#comment-1962)

  * [ ![](https://avatars.example/0a32f765?s=96) ](https://heating.example/2024/01/window-frames/#comment-1958)

Wim Doornbos says:

[Those window frames came out beautifully. Which green is
it?](https://heating.example/2024/01/window-frames/#comment-1958)
"""

# the same without the avatars' items, each link wrapped once (its address whole)
HTML2TEXT_PLAIN = """
Recent comments

Tom Aalders says:

[What a lovely blog, I have read it since you took out the kitchen.
Good…](https://heating.example/2024/02/thirties-house/#comment-1966)

Gerda Looman says:

[The newer plastic manifolds are fine, the trouble was with the
first…](https://heating.example/2024/02/thirties-house/#comment-1962)

Wim Doornbos says:

[Those window frames came out beautifully. Which green is
it?](https://heating.example/2024/01/window-frames/#comment-1958)
"""

# a whole entry closed by a full stop (read first as cut there, and looked for in vain)
FULL_STOP = """
Recent comments

  • Tom Aalders says:
    What a lovely blog, I have read it since you took out the kitchen. Good…
  • Gerda Looman says:
    The newer plastic manifolds are fine, the trouble was with the first…
  • Wim Doornbos says:
    Those window frames came out beautifully. Which green did you use.
"""

AUTHORS = ["Wim Doornbos", "Gerda Looman", "Tom Aalders", "Gerda Looman"]


@pytest.mark.parametrize(
    "widget",
    [RESILIPARSE, LYNX, W3M, HTML2TEXT, HTML2TEXT_PLAIN, FULL_STOP],
    ids=["resiliparse", "lynx", "w3m", "html2text", "html2text-plain", "full-stop"],
)
def test_a_widget_with_a_whole_entry_is_furniture(widget: str) -> None:
    text = THREAD + widget
    page = threadparse.parse(text)
    assert [c.author for c in page.walk()] == AUTHORS
    assert any("Wim Doornbos says:" in f.text for f in page.furniture)
    assert_nothing_lost(page, text)


@pytest.mark.parametrize(
    "entries",
    [
        # whole entries outnumber the cut one
        "  • Tom Aalders says:\n    What a lovely blog, I have read it since you took…\n"
        "  • Wim Doornbos says:\n    Those window frames came out beautifully, really.\n"
        "  • Gerda Looman says:\n    Which green did you use for the back door, then?\n",
        # a whole entry by a name no comment here has
        "  • Tom Aalders says:\n    What a lovely blog, I have read it since you took…\n"
        "  • Gerda Looman says:\n    The newer plastic manifolds are fine, the trouble…\n"
        "  • Ilse Brouwer says:\n    Those window frames came out beautifully, really.\n",
    ],
)
def test_new_whole_comments_stay_comments(entries: str) -> None:
    text = THREAD + "\nMore comments\n\n" + entries
    page = threadparse.parse(text)
    assert len(list(page.walk())) > len(AUTHORS)
