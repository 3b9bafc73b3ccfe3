"""html2text's forum replies headed by a linked avatar printed again over the name:
the list item's line is the avatar ("[![Ann Lee's icon](…/a.png)](/author/7)"), the
lines under it print the same picture linked to the same address (html2text wrapping
the copy over two lines), then the name linked there ("[Ann Lee](/author/7)") and the
date, blank lines between.

- The copies are the header's picture, not the body; the name under them is the author
  and the date under the name (after a blank line) the comment's date.
- A picture linked elsewhere than the item's avatar is no copy of it: it stays body.
"""

from __future__ import annotations

import pytest

import threadparse

REPLY = """  * [![{name}'s icon](https://img.example.org/av/{key}.png)](/author/{key})

{copy}[{name}](/author/{key})

{date}

{text}

Share

"""

REPLIES = [
    ("Priya Ambrose", "p41", "Mar 4 2023 | 10:40 am", "Which version are you running?"),
    ("Wendell Okafor", "w17", "Mar 4 2023 | 11:05 am", "The latest one, from this morning."),
    ("Priya Ambrose", "p41", "Mar 5 2023 | 8:02 pm", "Then clear the cache and try again."),
]


def _copy(name: str, key: str, wrapped: bool) -> str:
    """The avatar printed again, linked to the same address, wrapped or on one line."""
    cut = "\n" if wrapped else " "
    return f"[![{name}'s{cut}icon](https://img.example.org/av/{key}.png)](/author/{key})\n\n"


def _page(copies: int, wrapped: bool) -> str:
    """The invented thread, each reply's avatar printed ``copies`` more times."""
    out = ["# Harbour lights patch keeps crashing\n\n"]
    for name, key, date, text in REPLIES:
        copy = _copy(name, key, wrapped) * copies
        out.append(REPLY.format(name=name, key=key, date=date, text=text, copy=copy))
    out.append("Sign in to reply\n")
    return "".join(out)


@pytest.mark.parametrize(("copies", "wrapped"), [(1, True), (1, False), (2, True)])
def test_copies_of_a_linked_avatar_are_the_header(copies: int, wrapped: bool) -> None:
    page = threadparse.parse(_page(copies, wrapped), dialect="html2text")
    assert [c.author for c in page.comments] == [name for name, *_ in REPLIES]
    assert [c.date for c in page.comments] == [date for _, _, date, _ in REPLIES]
    assert [c.blocks[0].text for c in page.comments] == [text for *_, text in REPLIES]
    pictures = [m for m in page.comments[0].meta if m.role == "picture"]
    assert len(pictures) == copies * (1 + wrapped)


def test_a_picture_linked_elsewhere_stays_body() -> None:
    text = _page(1, False).replace(
        "[![Priya Ambrose's icon](https://img.example.org/av/p41.png)](/author/p41)\n\n[Priya",
        "[![](https://img.example.org/shots/cache.png)](/shots/9)\n\n[Priya",
        1,
    )
    page = threadparse.parse(text, dialect="html2text")
    taken = [m for c in page.comments for m in c.meta if "/shots/9" in m.text]
    assert not any(m.role == "picture" for m in taken)
