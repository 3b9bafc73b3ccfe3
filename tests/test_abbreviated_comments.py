"""Nested comment threads that print some comments abbreviated (invented pages, in the
shape of a news site's threaded discussion, as resiliparse and inscriptis print them):

- a full comment's header names its poster, their member number and the date ("by Ann
  (42) on Tuesday March 11, @08:20AM (#4400101)"), an abbreviated one's only the name
  ("by Bob (77)"): the undated header of the same label opens a comment too;
- a poster's e-mail address printed after the name ("by Ann (42) <ann@example.net> on
  …", "< ann@example.net >"), the links after the post's number ("(#4400101) Homepage
  Journal"): no part of the name, and the header is no prose;
- the replies nested by their columns, a reply under a comment the page hides standing
  two steps right of the comment shown over it: one level under that comment."""

from __future__ import annotations

import threadparse
from conftest import assert_nothing_lost

# (name, member number or None, address or None, dated, depth, body)
THREAD = [
    ("tamsin_k", 40213, None, True, 0, "A kettle should never let an update turn it into a brick."),
    ("orrin.v", 1370, None, True, 1, "The update only writes the boot area when the lid is open."),
    ("Anonymous Reader", None, None, False, 2, "It looks like a timing fault in the writer."),
    (
        "pell_marsh",
        485,
        "pell@example.net",
        True,
        2,
        "Many kettles flash their code at every boot.",
    ),
    ("Wren Holloway", 23624, None, False, 2, "Then what is the point of a boot area at all?"),
    (
        "Wren Holloway",
        23624,
        "wren@ex[ ]mple.org ['a' in gap]",
        True,
        3,
        "The area is checked first.",
    ),
    ("quill_ember", 4537, None, False, 1, "No kettle can check every input it is ever given."),
    ("Anonymous Reader", None, None, True, 0, "Why do people call a stuck kettle a brick now?"),
    ("dunlin", 141178, None, False, 1, "I also dislike the word, but it is here to stay."),
    ("sorrel_gate", 604569, None, True, 0, "This also hits the older kettles of the same maker."),
]
TOPICS = {0: "Badly made kettles", 7: "Kettles are no bricks", 9: "Older kettles too"}
AUTHORS = [name for name, *_ in THREAD]
DEPTHS = [depth for *_, depth, _ in THREAD]


def _header(name: str, number: int | None, address: str | None, dated: bool, n: int) -> str:
    line = f"by {name}" + (f" ({number})" if number is not None else "")
    if address is not None:
        line += f" <{address}>"
    if dated:
        line += f" on Tuesday March 11, @0{n % 10}:2{n % 6}AM (#44001{n:02d})"
        if address is not None:
            line += " Homepage Journal"
    return line


def _page(step: int, marker: str, hidden: bool = False, spaced: bool = False) -> str:
    """The story page: the site's navigation, the story and its byline, then the
    comments as list items nested ``step`` columns a level, the title on the item's line
    and the header under it (``hidden``: the last reply of the first thread stands under
    a hidden comment, one more step right; ``spaced``: the addresses printed spaced)."""
    lines = [
        "Kettle Gazette",
        "Stories  Recent  Popular  Ask  Polls",
        "",
        "Kettle firmware update bricks smart kettles",
        "",
        "Posted by kestrel on Tuesday March 11, @08:14AM",
        "from the boil-over dept.",
        "",
        'A reader writes "Some smart kettles do not just fail after the new update, they '
        'stop working for good. Check your model before you install it!"',
        "",
        "Related Stories",
        "Kettle vendors agree on a common update format",
        "",
        "Log In",
        "[ Create a new account ]",
        "",
    ]
    topic = ""
    for n, (name, number, address, dated, depth, body) in enumerate(THREAD):
        if hidden and n == 5:
            depth += 1
        pad = " " * (2 + step * depth)
        if depth == 0:
            topic = TOPICS[n]
            title = f"{topic} (Score:5, Insightful)"
        else:
            title = f"Re:{topic} (Score:{n % 4 + 1}, Informative)" if dated else "Re: (Score:2)"
        header = _header(name, number, address, dated, n)
        if spaced and address is not None:
            header = header.replace(f"<{address}>", f"< {address} >")
        lines += [f"{pad}{marker} {title}", "", f"{pad}  {header}", f"{pad}  {body}", ""]
        if dated:
            lines += [f"{pad}  Reply to This", ""]
    lines += ["", "All trademarks on this page are owned by their owners.", ""]
    return "\n".join(lines)


def _tree(text: str) -> tuple[list[str | None], list[int]]:
    page = threadparse.parse(text)
    assert_nothing_lost(page, text)
    return [c.author for c in page.walk()], [c.depth for c in page.walk()]


def test_abbreviated_comments_join_the_full_ones() -> None:
    """Each "by NAME (number)" line without a date opens a comment as the dated headers
    of the same label do, nested by its column."""
    for step, marker in ((2, "•"), (4, "*")):
        assert _tree(_page(step, marker)) == (AUTHORS, DEPTHS), (step, marker)


def test_address_after_the_name_is_no_part_of_it() -> None:
    """The address after a name, whole or spaced, leaves the name alone, and its header
    (long by the links after its number) still opens its comment."""
    for spaced in (False, True):
        authors, _ = _tree(_page(2, "•", spaced=spaced))
        assert authors == AUTHORS, spaced
        assert not any("@" in (author or "") for author in authors)


def test_reply_under_a_hidden_comment_stands_under_the_one_shown() -> None:
    """A reply two steps right of the comment over it (the one between hidden) is a
    reply of that comment, one level under it."""
    for step, marker in ((2, "•"), (4, "*")):
        assert _tree(_page(step, marker, hidden=True)) == (AUTHORS, DEPTHS), (step, marker)


def test_story_byline_and_a_sentence_by_someone_are_no_comments() -> None:
    """A guard: the story's "Posted by" byline and a body's line that opens with "by"
    read no comment."""
    text = _page(2, "•").replace(
        "No kettle can check every input it is ever given.",
        "No kettle can check every input it is ever given.\n      by design, that is.",
    )
    authors, _ = _tree(text)
    assert authors == AUTHORS


def test_label_glued_to_the_names_link_is_no_part_of_the_name() -> None:
    """A byline whose "by" html2text glued to the name's link ("Posted by[kestrel](…)")
    names the poster alone, as "Posted by kestrel" does."""
    from threadparse.lines import read_header

    for label in ("Posted", "Submitted"):
        line = f"**{label} by[kestrel](http://example.org/~kestrel) on Tuesday March 11, 2008**"
        header = read_header(line)
        assert header is not None and header.author == "kestrel", label
