"""What one outline node reads as, where both the mending of the outline (`mend`) and
the reading of the page (`transform`) ask it.

`lines` reads a line's text; these read a node in its place: a short date line, a
line that closes a comment section, a picture's placeholder, a name alone on its line,
the next number of a numbered list, the end of a paragraph (a wrapped signature put
back on one line) and the signature a body line ends in ("… – Ann 7 hours ago").
"""

from __future__ import annotations

import re

from threadparse import lines as L
from threadparse.dates import is_date_line
from threadparse.names import looks_like_name
from threadparse.outline import OutlineNode
from threadparse.posts import signature_tail


def signed_at_end(text: str) -> L.Header | None:
    """The signature a body line ends in, after a spaced dash: "… – Ann Nov 19 '20 at
    17:18", "… — Ann 7 hours ago" (a name, then a date, with body text before: read as
    `posts.signature_tail` reads it, the name one `looks_like_name` too)."""
    signed = signature_tail(text)
    if signed is None or signed[0] is None or not looks_like_name(signed[0]):
        return None
    return L.Header(signed[0], date=signed[1], evidence="signature")


def unsigned(text: str) -> str:
    """A signature's name line without the dash before it ("– Ann")."""
    return L.plain(text).lstrip("–—- ")


_SIGNED_LINES = 4  # lines of a paragraph read for the signature that closes it


def paragraph_end(nodes: list[OutlineNode], at: int) -> str:
    """The last lines of the paragraph that ends at ``nodes[at]``, as one line (a
    signature wrapped across them: "… – [Ann" over "Lee](/u/1) Nov 19 '20 at 17:18")."""
    first = at
    while first > max(0, at - _SIGNED_LINES + 1) and not nodes[first - 1].blank_after:
        if nodes[first - 1].marker is not None:
            break
        first -= 1
    return " ".join(node.text for node in nodes[first : at + 1])


def is_date_node(node: OutlineNode) -> bool:
    """A short line that is a date ("2019-05-30 17:38:02", "Commented May 30, 2019")."""
    return len(node.text) <= 80 and is_date_line(L.plain(node.text))


def numbered_next(previous: OutlineNode, node: OutlineNode) -> bool:
    """``node`` carries the number after ``previous``'s ("2." after "1."): the next
    comment of a numbered thread, even when its header is gone (a nameless comment)."""
    if not (previous.marker and node.marker and previous.marker[0].isdigit()):
        return False
    return node.marker[0].isdigit() and int(node.marker[:-1]) == int(previous.marker[:-1]) + 1


_LEADING_URL = re.compile(r"^(?:https?://|www\.)\S{1,200} +")


_TRAILING_CONNECTORS = frozenset("on in at to by for from of".split())


def name_alone(text: str) -> str | None:
    """The line as a name alone (after the link to its site, perhaps): one to four
    words, no closing punctuation, no connector at its end ("Ann commented on": a
    link's title follows), no date; else None."""
    line = _LEADING_URL.sub("", L.plain(text), count=1)
    words = line.split()
    if not words or len(words) > 4 or line[-1] in ":!?;," or not looks_like_name(line):
        return None
    if words[-1].casefold() in _TRAILING_CONNECTORS or is_date_line(line):
        return None  # (a date item over the name: the header is under it)
    return line


def is_placeholder(text: str) -> bool:
    """A header line that only stands for a picture: "[avatar]", "![](…/avatar.png)"."""
    if text.isalnum():  # (one word of letters and digits, as plain shows it: "avatar")
        return L.is_noise(text)
    if text[:1] == "(" and _FORM_LABELS.match(text):  # lynx's "(BUTTON) −": a control
        text = _FORM_LABELS.sub("", text, count=1) or text
    shown = L.plain(text)
    if shown[:1].isalnum():  # (most lines: a letter first, so not all signs)
        return L.is_noise(shown)
    return L.is_noise(shown) or not any(ch.isalnum() for ch in shown)


# lynx's labels of form controls before an item's symbol ("(BUTTON) −", a toggle)
_FORM_LABELS = re.compile(r"^(?:\([A-Z]{2,12}\) ?)+(?=[^\w\s])")


# "#Instagram", "#169, 171 and 182 - Guys" (the numbers of comments answered) open lines of
# body text, not headings
_HASHTAG = re.compile(r"#(?:[^\W\d_]|[0-9]{1,6},)")


def ends_section(node: OutlineNode) -> bool:
    """A line that closes a comment section: a Markdown heading, a comment form's title,
    a closed notice, a count."""
    text = node.text
    if node.marker is not None:
        return False
    if text.startswith("#") and not _HASHTAG.match(text):
        return not _headed(text)
    if L.is_form_heading(text) or L.is_closed_notice(text):
        return True
    return L.declared_count(text) is not None


def _headed(text: str) -> bool:
    """A Markdown heading that is a comment's header: a name and a date or a verb
    ("#### Ann 3/12/2021 at 1:48am")."""
    if len(text) > 120:
        return False
    header = L.read_header(text)
    return (
        header is not None
        and header.evidence in ("verb", "date")
        and header.author is not None
        and looks_like_name(header.author)
    )
