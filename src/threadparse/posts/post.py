"""What reading a flat post list yields: a `Post` (its stamp, header block, author and
line range) and a `SignedReply` (a comment signed under its body)."""

from __future__ import annotations

import attrs

from threadparse.outline import OutlineNode


@attrs.define(slots=True)
class Post:
    """One post of a flat post list, as indices into the page's flat outline."""

    stamp: int
    start: int  # the first line of the header block
    author_line: int | None
    author: str | None
    date: str | None
    number: int | None
    header: list[int] = attrs.field(factory=list)  # the header block's lines
    body_start: int = 0
    body_end: int = 0
    replies: range = range(0)  # where replies printed under the post may stand
    end: int = 0  # one past the post's last line
    tail: list[int] = attrs.field(factory=list)  # footer lines (controls) at the end
    preview: range = range(0)  # tail lines that preview a later post (`find._without_previews`)
    reply_to: str | None = None  # the author a "Reply to NAME" line in the header names
    headless: bool = False  # no header block: a score alone over the body
    lone: bool = False  # the page's one post, signed as its opening post is
    depth: int | None = None  # its depth, where the list reads its own nesting
    sub: int | None = None  # its number under the post of its ``number`` ("B1-1": 1)
    closing: bool = False  # its stamp closes the body: a signature under it
    opened: bool = False  # its stamp is the list item opening it, no name over the date
    glued: int = 0  # characters of the author line that are the header, the body after
    # them on that line ("Ann:text", `_colon_posts`); 0: the author line is header alone
    stamped: int = 0  # characters closing the author line that are its stamp, not its
    # body ("推 ann: text 1.2.3.4 04/02 13:01", `_one_line_posts`)
    profile_width: int = 0  # characters opening the body's first line that are a profile's cells
    # ("**Posts:** 13  |  |  text": `_profile_row`), the body after them
    kind: str = "comment"  # "pingback": a linking post's title over its excerpt
    two_level: bool = False  # it answers ``reply_to`` in that post's thread, one level
    # down from its opening post (a mention opening the text, "@Ann …": `_colon_posts`)
    # the item threads standing in ``replies`` (set by the page builder)
    reply_runs: list[list[OutlineNode]] = attrs.field(factory=list)
    # the replies in ``replies`` printed as plain lines, each signed at its end
    signed_replies: list[SignedReply] = attrs.field(factory=list)

    @property
    def signed_whole(self) -> bool:
        """Its stamp is its body's own line, the date closing the text ("… – Ann 7 mars
        2024"): a reply signed at its end, no header over a body."""
        return self.body_start <= self.stamp < self.body_end


@attrs.define(slots=True)
class SignedReply:
    """A reply printed under a post as plain lines, its signature closing its last line
    ("… – Ann Sep 8 '10 at 6:28"), as indices into the page's flat outline."""

    start: int
    end: int  # one past its last line
    author: str | None
    date: str | None
    signature: int | None = None  # its signature's own line, under its text ("(DATE) NAME")
    glued: int = 0  # characters of its first line that are its author's name and a colon
