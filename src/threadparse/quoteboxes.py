"""Forum quote boxes inside a body: the attribution line and the lines it quotes.

A forum post quoting an earlier one prints a box: an attribution line naming the
quoted member ("Ann said:", "46 minutes ago, Ann said:", "Ann wrote:", "Quote
Originally Posted by Ann", "@Ann said in Topic:", "Quote:"), the quoted text, and on
some boards a closing line ("Click to expand..."). Converters keep the box's edges in
different ways, so its extent is read by the first of these rules that applies:

1. a closing line ("Click to expand...") within the body ends it;
2. an attribution behind ``>`` (html2text) runs over the ``>`` lines after it;
3. an attribution off the body's own column (w3m, inscriptis, lynx indent the box,
   lynx sometimes less than the post) runs over the lines off that column;
4. else it runs to the end of the paragraph (its first blank line); an attribution
   alone in its paragraph quotes the next paragraph.

A box whose first line opens another box (a quote of a quote) keeps its attribution
alone: where the inner box ends and the outer one's own words start, no converter says.

This module reads outline lines (`OutlineNode`) and says where a box is; the page
builder makes the `Quote` of it.
"""

from __future__ import annotations

import re

import attrs

from threadparse import lines as L
from threadparse.dates import date_extent, find_date
from threadparse.outline import OutlineNode

_NAME = r"(?P<name>[^\s:>](?:[^:>]{0,48}[^\s:>])?)"
# "Ann said:", "46 minutes ago, Ann said:", "On 4/19/2024 at 3:10 PM, Ann said:" (↑ links
# to the quoted post on some boards)
_SAID = re.compile(r"^(?:(?P<when>[^,]{3,40}),\s+)?" + _NAME + r"\s+said:(?:\s*↑)?$")
# "Ann wrote:", "Ann wrote: »", "Ann wrote: ↑12. Sep 2024, 08:42 Body", "Ann wrote:Body",
# and in the other languages forum boards print it ("Ann escribió:", "Ann hat geschrieben:")
_WROTE_VERBS = (
    "wrote",
    "escribió",
    "escreveu",
    "a écrit",
    "hat geschrieben",
    "ha scritto",
)
_WROTE = re.compile(r"^" + _NAME + r"\s+(?:" + "|".join(_WROTE_VERBS) + r"):\s*(?P<rest>.*)$")
_POSTED_BY = re.compile(
    r"^(?:Quote:?\s+)?Originally Posted by\s+(?P<name>[^:>]{1,50}?)(?:\s+View Post)?$"
)
_SAID_IN = re.compile(r"^@" + _NAME + r" said in .{1,120}:$")
# "Quote from: Ann on September 19, 2007, 02:37:35 PM" (SMF, YaBB), in the languages such
# boards print it ("Zitat von: Ann am …", "Citation de : Ann le …", "Cita de: Ann en …")
_QUOTE_FROM = re.compile(
    r"^(?:Quote from|Zitat von|Citation de|Cita de|Citazione di) ?:\s+(?P<name>[^:>]{1,50}?)"
    r"(?:\s+(?:on|am|le|en|il)\s+.{4,60})?$"
)
_QUOTE_LABEL = re.compile(r"^Quote:$")
_CLOSING = re.compile(r"(?i)^(?:>\s*)*click to (?:expand|shrink)\s*(?:\.\.\.|…)?$")
# the words a quoted name does not start with ("he said:", "my doctor said:")
_NOT_NAMES = frozenset(
    "i he she it we you they my his her its our your their this that who someone somebody "
    "everyone everybody nobody one people and but so then also which what".split()
)
_MAX_LINE = 200  # longer lines are text, not an attribution


@attrs.define(slots=True, frozen=True)
class Attribution:
    """What a box's opening line says.

    Attributes:
        author: the quoted member (None for a bare "Quote:").
        rest: quoted text printed on the same line after the attribution (phpBB's
            "Ann wrote:Body"), "" when none.
        prefixed: the line stands behind html2text's ``>``.
    """

    author: str | None
    rest: str = ""
    prefixed: bool = False

    @property
    def dates_a_post(self) -> bool:
        """The words after the verb are a date alone, a post's number perhaps after it
        ("Ann wrote: March 5, 2024 2:14pm 1"): a post's header, which quotes nothing (a
        quoted post's date stands after its link's mark: "Cy wrote: ↑12. Sep 2024"); a
        note in parentheses may stand before the date ("(reply to Bo) March 5, 2024")."""
        rest = self.rest
        if rest[:1] == "(" and (note := _NOTE.match(rest)) is not None:
            rest = rest[note.end() :]
        date = find_date(rest) if rest[:1].isalnum() else None
        if date is None or date.start() > 0:
            return False
        after = rest[date_extent(rest, date) :].strip().lstrip("#")
        return not after or after.isdigit()


_NOTE = re.compile(r"\([^()0-9]{1,60}\) ")  # a note in parentheses, no number in it


def read_attribution(text: str) -> Attribution | None:
    """The attribution a line opens a quote box with, None when it is no such line.

    >>> read_attribution("46 minutes ago, Ann Lee said:")
    Attribution(author='Ann Lee', rest='', prefixed=False)
    >>> read_attribution("> [Bob said:](/goto/post?id=7)").author
    'Bob'
    >>> read_attribution("Cy wrote: ↑12. Sep 2024, 08:42 Not so fast").rest
    'Not so fast'
    >>> read_attribution("My doctor said:") is None
    True
    """
    if len(text) > _MAX_LINE or not _could_be(text):
        return None
    prefixed = text[:1] == ">"
    line = L.plain(text.lstrip("> ") if prefixed else text)
    match = (
        _SAID.match(line)
        or _SAID_IN.match(line)
        or _POSTED_BY.match(line)
        or _QUOTE_FROM.match(line)
    )
    rest = ""
    if match is None:
        match = _WROTE.match(line)
        if match is None:
            return Attribution(None, "", prefixed) if _QUOTE_LABEL.match(line) else None
        rest = _after_marks(match.group("rest"))
    name = match.group("name").strip()
    if name.split()[0].casefold() in _NOT_NAMES or len(name.split()) > 5:
        return None
    return Attribution(name, rest, prefixed)


def dated_attribution(text: str) -> bool:
    """Whether the line is a box's attribution that dates the quoted post before its
    name: "46 minutes ago, Ann said:", "On 4/19/2024 at 3:10 PM, Ann said:" (a quote
    box's opening line, never a comment's header).

    >>> dated_attribution("46 minutes ago, Ann said:"), dated_attribution("Ann said:")
    (True, False)
    >>> dated_attribution("Ann Lee on Mar 3, 2021 said:")  # a comment's header
    False
    """
    if "said:" not in text or len(text) > _MAX_LINE:
        return False
    match = _SAID.match(L.plain(text))
    if match is None or match.group("when") is None:
        return False
    when = match.group("when")
    date = find_date(when)  # (one word at most before it, "On": a name before it is a
    return date is not None and len(when[: date.start()].split()) <= 1  # header's)


def _could_be(text: str) -> bool:
    """A cheap filter: the words every attribution has ("Quote:" closing the line)."""
    return (
        "said" in text
        or "wrote" in text
        or "Posted by" in text
        or "Quote from" in text
        or "Zitat von" in text
        or "Citation de" in text
        or "Cita" in text
        or text.endswith(("Quote:", "Quote:\n"))
        or "scri" in text  # (escribió, ha scritto)
        or "screv" in text
        or "écrit" in text
        or "geschrieben" in text
    )


def may_hold_boxes(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether a page's ``text`` (or its stretch ``text[start:end]``) can hold a quote
    box: its attribution lines have one of the words `_could_be` looks for (one look
    at the page or at a body, not one per line).

    >>> may_hold_boxes("Ann said:"), may_hold_boxes("Just a post.")
    (True, False)
    >>> may_hold_boxes("Ann said: yes. Bob: no.", 10)
    False
    """
    end = len(text) if end is None else end
    return any(text.find(word, start, end) >= 0 for word in _ATTRIBUTION_WORDS)


_ATTRIBUTION_WORDS = ("said", *_WROTE_VERBS, "Posted by", "Quote:")  # (see `_could_be`)


def _after_marks(rest: str) -> str:
    """The quoted text after a "wrote:" (its » / ↑ link and the date after ↑ left out)."""
    rest = rest.strip()
    if rest[:1] == "»":
        return rest[1:].strip()
    if rest[:1] == "↑":
        rest = rest[1:].strip()
        date = find_date(rest)
        if date is not None and date.start() == 0:
            rest = rest[date.end() :]
            time = re.match(r"^,?\s*(?:[0-9]{1,2}:[0-9]{2}(?:\s*[ap]\.?m\.?)?)?\s*", rest, re.I)
            rest = rest[time.end() :] if time else rest
    return rest.strip()


def is_closing(text: str) -> bool:
    """A quote box's closing line: "Click to expand...", "Click to shrink...".

    >>> is_closing("Click to expand..."), is_closing("> Click to expand…")
    (True, True)
    """
    return len(text) < 40 and bool(_CLOSING.match(text))


@attrs.define(slots=True, frozen=True)
class Box:
    """A quote box found among a body's lines.

    Attributes:
        attribution: what its opening line says.
        end: the index after its last line (its closing line included).
        quoted: the indexes of the lines it quotes (the opening and closing lines
            left out).
        opening: how many lines the attribution takes (2 when it wraps).
    """

    attribution: Attribution
    end: int
    quoted: range
    opening: int = 1


def find_box(nodes: list[OutlineNode], at: int, column: int) -> Box | None:
    """The quote box opening at ``nodes[at]``, in a body whose own text stands at
    ``column``; None when that line opens none."""
    first = nodes[at]
    if first.marker is not None:
        return None
    opening = 1
    attribution = read_attribution(first.text)
    if attribution is None:
        attribution = _wrapped(nodes, at)
        if attribution is None:
            return None
        opening = 2
    nodes = nodes[: _run_end(nodes, at)]  # (a box never spans lines of another node)
    head = at + opening  # the first line after the attribution
    if (  # a box opening with another box (phpBB's nested quotes): this one's text is
        not attribution.rest  # that box's and what follows it, which the layout does not
        and head < len(nodes)  # tell apart: it keeps its attribution alone
        and nodes[head].marker is None
        and read_attribution(nodes[head].text) is not None
    ):
        return Box(attribution, head, range(head, head), opening)
    closing = _closing(nodes, head - 1)
    if closing is not None:
        end = closing + 1
        while end < len(nodes) and is_closing(nodes[end].text):  # "Click to shrink..."
            end += 1
        return Box(attribution, end, range(head, closing), opening)
    if attribution.prefixed:
        end = head
        while end < len(nodes) and nodes[end].text[:1] == ">" and _joined(nodes, end):
            end += 1
        start = head
        while start < end and _link_rest(nodes[start].text):
            start += 1  # the box's link to the quoted post, wrapped under the attribution
        return Box(attribution, end, range(start, end), opening)
    last = nodes[head - 1]
    if head < len(nodes) and (first.column != column or nodes[head].column != column):
        end = head
        while end < len(nodes) and nodes[end].column != column and nodes[end].marker is None:
            end += 1
        if end > head:
            return Box(attribution, end, range(head, end), opening)
    end = head
    if last.blank_after and not attribution.rest:
        end += 1  # an attribution alone: the next paragraph is the quote
    while end < len(nodes) and not nodes[end - 1].blank_after and nodes[end].marker is None:
        end += 1
    end = min(end, len(nodes))
    if end == head and not attribution.rest:
        return None  # nothing after it: a line of text that ends in "said:"
    return Box(attribution, end, range(head, end), opening)


def _run_end(nodes: list[OutlineNode], at: int) -> int:
    """The index after the run of lines from ``at`` with nothing but blank lines between
    them (a reply or another block standing between two body lines ends the run)."""
    end = at + 1
    while end < len(nodes) and _adjacent(nodes[end - 1], nodes[end]):
        end += 1
    return end


def _adjacent(before: OutlineNode, after: OutlineNode) -> bool:
    """Nothing but blank lines stands between the two lines, read in the text both
    index (an item indexes it too, though it stores its text): a line taken out of the
    body (an empty entry made metadata) still stands between."""
    if after.line == before.end_line + 1:
        return True
    source = before.source
    if source is None or source is not after.source:  # (nodes made without the text)
        return before.blank_after and after.line > before.end_line
    return not source[before.end : after.start].strip()


def _wrapped(nodes: list[OutlineNode], at: int) -> Attribution | None:
    """An attribution wrapped after the name (html2text wraps at 78 columns): "> Ann"
    over "> [wrote](…#p12):Body", read as one line."""
    if at + 1 >= len(nodes) or not _joined(nodes, at + 1) or nodes[at + 1].marker is not None:
        return None
    name, verb = nodes[at].text, nodes[at + 1].text
    if len(name) > 60 or not _could_be(verb) or (name[:1] == ">") != (verb[:1] == ">"):
        return None
    return read_attribution(f"{name} {verb.lstrip('> ')}")


def _link_rest(text: str) -> bool:
    """A ``>`` line that only carries a Markdown link or picture (html2text wraps a box's
    "[![View Post](…)](…#post12)" under its attribution): a link, at most three words."""
    line = text.lstrip("> ")
    return "](" in line and len(line.split()) <= 3


def _joined(nodes: list[OutlineNode], index: int) -> bool:
    """No blank line stands between ``nodes[index]`` and the line before it."""
    return nodes[index].line == nodes[index - 1].end_line + 1


def _closing(nodes: list[OutlineNode], at: int) -> int | None:
    """The index of the closing line of a box opening at ``at``: before any other
    attribution line, within the body."""
    for index in range(at + 1, len(nodes)):
        text = nodes[index].text
        if is_closing(text):
            return index
        if read_attribution(text) is not None:
            return None
    return None
