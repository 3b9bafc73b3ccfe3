"""Forum quote boxes inside posts (`threadparse.quoteboxes`): the attribution line,
the quoted lines and where they end, in each converter's form, and the links they make.

All fixtures are invented, in the shapes converters print forum quote boxes: XenForo's
"NAME said: … Click to expand...", Invision's "46 minutes ago, NAME said:", phpBB's
"NAME wrote:" (the quoted text glued on), vBulletin's "Quote Originally Posted by NAME
View Post", html2text's ``>`` boxes, w3m's and inscriptis' indented boxes, lynx's
numbered links.
"""

from __future__ import annotations

import pytest

import threadparse
from conftest import assert_nothing_lost
from threadparse import Paragraph, Quote
from threadparse.quoteboxes import dated_attribution, is_closing, read_attribution

QUOTED = "Leaf mould every time, a good five centimetres of it."
REPLY = "Thanks, I will try that on the north bed."


def thread(box: str, column: int = 5) -> str:
    """A flat thread: Ann posts, Bob's post quotes her (``box``: its lines as printed,
    relative to the body's ``column``; a line starting ``<<`` stands two columns left
    of it), then answers."""
    indent = " " * (column - 1)
    body = "\n".join(
        (indent[2:] + line[2:] if line[:2] == "<<" else indent + line) if line else ""
        for line in box.split("\n")
    )
    return (
        "Raspberry mulch\n\n"
        f"  • Ann says:\n    {QUOTED}\n    Straw never worked for me.\n"
        f"  • Bob says:\n{body}\n"
        "  • Cy says:\n    Bark here.\n"
    )


BOXES = {
    "resiliparse, closed": f"Ann said:\n{QUOTED}\nClick to expand...\n{REPLY}",
    "resiliparse, closed twice": f"Ann said:\n{QUOTED}\nClick to expand...\nClick to shrink...\n"
    f"{REPLY}",
    "html2text": f"> [Ann said:](/goto/post?id=1)\n>\n> {QUOTED}\n>\n> Click to expand...\n\n"
    f"{REPLY}",
    "html2text, unclosed": f"> [Ann](/members/ann.1) wrote:\n>\n> {QUOTED}\n\n{REPLY}",
    "html2text, wrapped after the name": "> Ann\n> [wrote](./viewtopic.php?p=9#p9):"
    f"{QUOTED}\n\n{REPLY}",
    "html2text, link wrapped": "> ![Quote](q.png) Originally Posted by **Ann**\n"
    "> [![View Post](images/viewpost-\n> right.png)](showthread.php?p=1#post1)\n>\n"
    f"> {QUOTED}\n\n{REPLY}",
    "w3m, indented": f"    Ann said:\n\n    {QUOTED}\n\n    Click to expand...\n\n{REPLY}",
    "inscriptis, indented unclosed": f"  Ann said:\n    {QUOTED}\n\n{REPLY}",
    "lynx, less indented": f"<<[12]Ann wrote: [13]»\n\n<<{QUOTED}\n\n{REPLY}",
    "lynx": f"[12]Ann said:\n\n{QUOTED}\nClick to expand...\n{REPLY}",
    "time ago": f"46 minutes ago, Ann said:\n\n{QUOTED}\n\n{REPLY}",
    "on date": f"On 4/19/2024 at 3:10 PM, Ann said:\n{QUOTED}\n\n{REPLY}",
    "glued": f"Ann wrote:{QUOTED}\n\n{REPLY}",
    "arrow and date": f"Ann wrote: ↑12. Sep 2024, 08:42 {QUOTED}\n\n{REPLY}",
    "originally posted": f"Quote Originally Posted by Ann View Post\n{QUOTED}\n\n{REPLY}",
    "label": f"Quote:\n{QUOTED}\n\n{REPLY}",
}


@pytest.mark.parametrize("form", BOXES)
def test_a_quote_box_becomes_a_quote_of_its_author(form: str) -> None:
    text = thread(BOXES[form], column=7 if form == "lynx, less indented" else 5)
    page = threadparse.parse(text)
    ann, bob, cy = page.walk()
    assert [c.author for c in page.walk()] == ["Ann", "Bob", "Cy"]
    quote, *rest = bob.blocks
    assert isinstance(quote, Quote)
    assert quote.text == QUOTED
    assert [b.text for b in rest] == [REPLY]
    assert isinstance(rest[0], Paragraph)
    if form == "label":
        assert quote.author is None and quote.attribution == "Quote:"
        assert bob.replies_to is ann and bob.reply_evidence == "quote"  # by its text
    else:
        assert quote.author == "Ann"
        assert quote.attribution is not None and "Ann" in quote.attribution
    assert quote.source is ann
    assert bob.replies_to is ann and bob.reply_evidence == "quote"
    assert bob.text.startswith(quote.attribution + "\n" + QUOTED)
    assert cy.replies_to is page.article
    assert_nothing_lost(page, text)


def test_the_text_shows_the_attribution_but_not_the_closing_line() -> None:
    page = threadparse.parse(thread(BOXES["resiliparse, closed"]))
    bob = page.comments[1]
    assert bob.text == f"Ann said:\n{QUOTED}\n\n{REPLY}"
    assert bob.blocks[0].span.start_line == 7 and bob.blocks[0].span.end_line == 9


def test_a_box_of_a_box_keeps_its_attribution_alone_and_the_inner_box_finds_its_source() -> None:
    page = threadparse.parse(
        "Raspberry mulch\n\n"
        f"  • Ann says:\n    {QUOTED}\n"
        "  • Bob says:\n    Five centimetres is not much.\n"
        f"  • Cy says:\n    Bob wrote:\n    Ann wrote:{QUOTED}\n\n    Both of you, then.\n"
    )
    cy = page.comments[2]
    outer, inner, own = cy.blocks
    assert isinstance(outer, Quote) and outer.author == "Bob" and outer.text == ""
    assert isinstance(inner, Quote) and inner.author == "Ann" and inner.source is page.comments[0]
    assert own.text == "Both of you, then."
    assert cy.replies_to is page.comments[1]  # the first box names Bob: his nearest post


def test_a_quote_of_a_quote_finds_the_post_that_quoted_when_its_author_is_named() -> None:
    page = threadparse.parse(
        "Raspberry mulch\n\n"
        f"  • Ann says:\n    {QUOTED}\n"
        f"  • Bob says:\n    Ann said:\n    {QUOTED}\n    Click to expand...\n    Not so.\n"
        f"  • Cy says:\n    Bob said:\n    {QUOTED}\n    Click to expand...\n    Who is right?\n"
    )
    ann, bob, cy = page.walk()
    assert bob.quotes[0].source is ann
    assert cy.quotes[0].source is bob  # Bob's post holds the text only as a quote


@pytest.mark.parametrize(
    "line",
    [
        "My doctor said:",  # a pronoun or a common word, not a member
        "He wrote: nothing of the kind",
        "The sign said: keep out",  # not alone on its line, no "wrote:" to glue text to
        "Everyone said: wait and see.",
        "Ann said so herself",
    ],
)
def test_lines_that_only_look_like_attributions(line: str) -> None:
    assert read_attribution(line) is None
    page = threadparse.parse(thread(f"{line}\n{QUOTED}\n\n{REPLY}"))
    assert not page.comments[1].quotes


def test_an_attribution_with_nothing_after_it_is_text() -> None:
    page = threadparse.parse(thread(f"{REPLY}\n\nAnn said:"))
    assert not page.comments[1].quotes
    assert page.comments[1].blocks[-1].text == "Ann said:"


@pytest.mark.parametrize(
    ("line", "author", "rest"),
    [
        ("Ann Lee said:", "Ann Lee", ""),
        ("Ann said: ↑", "Ann", ""),
        ("2 hours ago, ann_lee said:", "ann_lee", ""),
        ("@Ann said in Which mulch?:", "Ann", ""),
        ("Ann wrote: »", "Ann", ""),
        ("[43]Ann wrote: [44]»", "Ann", ""),
        ("> Ann [wrote](./viewtopic.php?p=9#p9):Straw.", "Ann", "Straw."),
        ("![Quote](q.png) Originally Posted by **Ann Lee**", "Ann Lee", ""),
        ("Originally Posted by Ann", "Ann", ""),
    ],
)
def test_attribution_shapes(line: str, author: str, rest: str) -> None:
    found = read_attribution(line)
    assert found is not None and found.author == author and found.rest == rest
    assert found.prefixed == line.startswith(">")


def test_closing_lines() -> None:
    shapes = ("Click to expand...", "Click to expand…", "click to shrink", "> Click to expand...")
    for line in shapes:
        assert is_closing(line)
    assert not is_closing("Click to expand the menu below to see more")


def test_a_long_line_is_never_an_attribution() -> None:
    assert read_attribution("x" * 300 + " said:") is None


def test_a_box_never_runs_over_a_reply_standing_between_its_lines() -> None:
    text = (
        "Raspberry mulch\n\n  • Ann says:\n    Cy said:\n    • Bob says:\n      Hello there.\n"
        "    Click to expand...\n"
    )
    page = threadparse.parse(text)
    ann = page.comments[0]
    assert [c.author for c in page.walk()] == ["Ann", "Bob"]
    assert not any(q.span.end_line > 4 for q in ann.quotes if q.span)
    assert_nothing_lost(page, text)


def test_a_box_never_runs_over_an_empty_entry_read_as_metadata() -> None:
    # inscriptis prints an empty <li> as a lone "* "; the comment keeps it as an empty
    # entry of its metadata, so a box opening before it cannot run over it
    text = "Raspberry mulch\n\n  * Ann says:\n    Cy said:\n\n    * \n    * Members\n\n    Fine.\n"
    page = threadparse.parse(text)
    ann = page.comments[0]
    assert [m.span.start_line for m in ann.meta if m.span] == [6]
    assert not any(q.span.end_line >= 6 for q in ann.quotes if q.span)
    assert_nothing_lost(page, text)


# A blog's comment list in which a reply quotes a comment in a box whose attribution
# dates the quoted comment before its name, as Invision prints it ("36 minutes ago,
# Ann Lee said:"): the box is printed as a list item, the quoted line under it.
PRESSING = """\
Pressing seams open or to the side

4 Comments

  1. Ann Lee says:
     May 3, 2024 at 5:01 pm
     I always press to the dark side, it keeps the seams from shadowing through.
  2. Bob Marsh says:
     May 3, 2024 at 6:12 pm
       * 36 minutes ago, Ann Lee said:
         I always press to the dark side, it keeps the seams from shadowing through.
     Open seams lie flatter for me, but they take longer to press.
  3. Cy Dunn says:
     May 4, 2024 at 8:30 am
     Both work, it depends on the quilting you plan on top.
  4. Ann Lee says:
     May 4, 2024 at 9:02 am
       * 3 hours ago, Cy Dunn said:
         Both work, it depends on the quilting you plan on top.
     Good point, straight-line quilting hides the seams anyway.
"""


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("36 minutes ago, Ann Lee said:", "3 hours ago, Cy Dunn said:"),
        ("On 5/3/2024 at 5:01 PM, Ann Lee said:", "On 5/4/2024 at 8:30 AM, Cy Dunn said:"),
    ],
)
def test_a_dated_attribution_item_heads_no_reply(first: str, second: str) -> None:
    text = PRESSING.replace("36 minutes ago, Ann Lee said:", first)
    text = text.replace("3 hours ago, Cy Dunn said:", second)
    page = threadparse.parse(text)
    assert [(c.author, c.depth) for c in page.walk()] == [
        ("Ann Lee", 0),
        ("Bob Marsh", 0),
        ("Cy Dunn", 0),
        ("Ann Lee", 0),
    ]
    assert page.comments[1].text.startswith(first)
    assert page.comments[1].text.endswith("they take longer to press.")
    assert_nothing_lost(page, text)


def test_dated_attributions() -> None:
    assert dated_attribution("46 minutes ago, Ann Lee said:")
    assert dated_attribution("On 4/19/2024 at 3:10 PM, Ann Lee said:")
    assert not dated_attribution("Ann Lee said:")  # (a blog's comment header, as well)
    assert not dated_attribution("Meanwhile, Ann Lee said:")
    # a name, then the date in its short form: a blog's comment header, no box
    assert not dated_attribution("Ann Lee on Mar 3, 2021 said:")
    assert not dated_attribution("ann_lee on 3 Mar, 2021 said:")


SAID_ON = """\
Pressing flowers without a press

Heavy books and blotting paper work as well as anything you can buy.

3 Comments
  1. Ann Lee on Mar 3, 2021 said:
     Pansies went brown on me, any idea why?
     Reply
  2. Bob Marsh on Mar 4, 2021 said:
     Blotting paper changed every day keeps the colour for me.
     Reply
  3. Cy Dunn on Mar 5, 2021 said:
     Microwave presses are quicker, if you are careful.
     Reply
"""


def test_a_name_on_a_short_date_said_heads_a_comment() -> None:
    page = threadparse.parse(SAID_ON)
    assert [(c.author, c.date) for c in page.walk()] == [
        ("Ann Lee", "Mar 3, 2021"),
        ("Bob Marsh", "Mar 4, 2021"),
        ("Cy Dunn", "Mar 5, 2021"),
    ]
    assert_nothing_lost(page, SAID_ON)
