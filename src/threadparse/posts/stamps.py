"""Stamps: a short line read as the mark every post of a list prints once — a post
number, a date, a header that names its author before a date, a bar of controls — as a
`Stamp` with its shape key (`read_stamp`), also where a converter wrapped the stamp over
several lines (`read_wrapped_stamp`)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import attrs

from threadparse import lines as L
from threadparse.dates import (
    DIGIT,
    WEEKDAY_NAMES,
    date_extent,
    find_date,
    is_date_line,
    is_time_tail,
    is_word_age,
)
from threadparse.outline import OutlineNode
from threadparse.posts.shapes import (
    _ANCHOR,
    _BARE_DIGITS,
    _COUNTER,
    _DATE_TO_TIME,
    _DIGITS,
    _LABEL,
    _LINKED_NAME,
    _MAX_STAMP,
    _NEGATIVE,
    _NUMBER_FIRST,
    _NUMBER_LAST,
    _NUMBER_THEN_CONTROLS,
    _POST_NUMBER,
    _RECORD_FIELD,
    _SENTENCE_MARK,
    _WORD,
    _display,
    _name_key,
    field_starts,
    is_name_like,
    profiled,
)

_WIDE_GAP = " " * 8  # blanks between two cells of a table row printed side by side


@attrs.define(slots=True)
class Stamp:
    """A line that may stamp a post: its shape key, and the author it names."""

    key: tuple[str, ...]
    number: int | None = None
    author: str | None = None
    date: str | None = None
    # a date line's one word before its date, as printed ("Ann" of "Ann May 2, 2024"),
    # and the shape of what follows the date, words and numbers aside (", 0:0a 0")
    named: str | None = None
    shape: str = ""
    closing: int | None = None  # a number closing the line after its date ("… 9:15am 3")
    wrapped: int = 0  # the lines after it read with it (the stamp was wrapped onto them)
    fielded: bool = False  # read without the labelled field after its date (`_field_after_date`)
    sub: int | None = None  # a reply's number after its parent's ("#2-1": 2, then 1)
    opens: bool = False  # its line opens the post: no line over it is the post's header
    beside: bool = False  # named by a row's first cell, beside it (`_author_in_first_cell`)
    undated: bool = False  # a label and a name alone over a body (`_join_undated_headers`)
    celled: bool = False  # a row named by its first cell, its body in a row under it
    closes: int | None = None  # the line closing its post's body, its date alone under it
    # (a name over a rating line, `_rated_stamps`)
    # after the profile's cell (`_named_row_stamp`, html2text)
    pinged: bool = False  # a pingback's header: the linking post's title before its date
    named_at: int | None = None  # the line under a post's number that names its author
    # (`templates._numbered_headers`: "#2" over a title over "Posted by Ann » DATE")


def read_stamp(node: OutlineNode, unframed: bool = False) -> Stamp | None:
    """The stamp a line makes, if it can make one; with ``unframed``, also a dated line
    whose name only the page can tell from the controls after it (`_unframed`)."""
    return _kept_stamp(node, _line_stamp(node), unframed)


# a name the title of a pingback's header is read as, for its line's shape and frame
_STAND_IN = "Ann"


def read_pinged_stamp(node: OutlineNode) -> Stamp | None:
    """The stamp of a pingback's header: the line over its excerpt ("[…] the words it
    quotes", `lines.opens_excerpt`, the caller's to see), the linking post's title
    before the date however many words ("A Post – A Blog · 16 mars 2023", read by
    `lines.read_pinged`), keyed as a comment's header of the same frame would be (the
    title read as one name: it joins the comments' template), marked ``pinged``."""
    header = L.read_pinged(node.text)
    if header is None or not header.author or header.date is None:
        return None
    shown = L.plain(node.text)
    at = shown.find(header.author)
    if at < 0:
        return None
    stand_in = f"{shown[:at]}{_STAND_IN}{shown[at + len(header.author) :]}"
    stamp = _read_stamp(stand_in, node.marker)
    if stamp is None or stamp.key[0] != "header" or stamp.author != _STAND_IN:
        return None
    return attrs.evolve(stamp, author=header.author, pinged=True)


def _kept_stamp(node: OutlineNode, stamp: Stamp | None, unframed: bool) -> Stamp | None:
    """`read_stamp` of a line whose `_line_stamp` is ``stamp``."""
    if stamp is not None and stamp.key[0] == "unframed" and not unframed:
        return None
    if stamp is not None and stamp.key[0] == "tail" and L.open_link(node.text) == "target":
        return None  # (a bar whose link wraps onto the lines under it: read whole only)
    if stamp is not None and _tailed(stamp) and L.open_link(node.text) is not None:
        return None  # (a long tail, "DATE [Reply to this", whose link wraps on: no template)
    return stamp


def _line_stamp(node: OutlineNode) -> Stamp | None:
    text = node.text
    if text[:1] == ">":
        return None  # (a ">" line is quoted: "> [Ann posted on DATE](…)" opens a quote)
    if len(text) > 4 * _MAX_STAMP:  # (a profile's cell may be long: pictures of its rank)
        if " | " not in text:  # (or a row printed side by side, long by its blanks)
            short = len(" ".join(text.split())) <= 2 * _MAX_STAMP
            return _labelled_cells(text, node.marker) if short else None
        return _profiled_stamp(node) or _shown_row_stamp(node)
    if DIGIT.search(text) is None:  # (a stamp has a digit, but an age alone may have none:
        shown = L.plain(text) if len(text) <= 2 * _MAX_STAMP else ""  # "last year", "an
        if not shown or not is_word_age(shown):  # hour ago"; not after a name, "Ann Over a
            return None  # year ago", where a comment is signed so)
        marker = _DIGITS.sub("N", node.marker) if node.marker else ""
        return Stamp(("date", marker, ""), date=shown)
    if text[:3] == "[![" and " | " in text and (pictured := _pictured_stamp(node)) is not None:
        return pictured  # (a profile's picture and name, then a date alone: a table row)
    if text[:1] in "*[" and " | " in text and (named := _named_row_stamp(node)) is not None:
        return named  # (a name alone in a row's first cell, a labelled date after it)
    shown = L.without_edit_mark(without_checkbox(L.plain(text)))  # (as shown: a link's
    # target is no length, nor is a checkbox closing the line, nor the poster's browser
    shown = L.without_device(shown)  # and system after the date, "3 天前 Safari 17.3 macOS";
    if L.is_reading_time(shown):  # a mark of an edit is no shape of the stamp; a post's
        return None  # reading time, "Feb 16, 2024 5 min read", stamps no comment)
    if L.is_email_attribution(shown):
        return None  # (an email's quote opens under "On DATE Ann wrote:": no post's stamp)
    shown = L.without_glued_month(shown)  # (the space a converter dropped: "AnnMar 5")
    if "[ ]" in shown:  # (a post's checkbox glued before its date: "[ ]08/06/22(日)21:33")
        shown = _GLUED_CHECKBOX.sub("", shown)
    stamp = _read_stamp(shown, node.marker)
    if stamp is None and any(gap in text for gap in _CELL_GAPS):
        stamp = _stamp_before_controls(text, node.marker)
    elif stamp is not None and stamp.key[0] == "unframed" and "\t" in text:
        stamp = _last_cell_stamp(text, node.marker) or stamp
    if stamp is None and "|" in text and (cell := L.header_cell(text)) is not None:
        stamp = _read_stamp(L.plain(cell), node.marker)  # a table's row: its one cell,
        if stamp is None or (stamp.author or stamp.named) is None:  # if it names someone
            return None
        return _by_link(cell, stamp)
    if (stamp is None or stamp.author is None) and (
        labelled := _labelled_cells(text, node.marker)
    ) is not None:
        return labelled  # (a row's labelled cells: "Author: Ann   Date: DATE")
    if stamp is None and " | " in text:
        stamp = _profiled_stamp(node)
        if stamp is None and (shown_row := _shown_row_stamp(node)) is not None:
            return shown_row if _label_before_date(shown_row) else None  # ("Joined: DATE
        return stamp  # |  | Posted: DATE |": the post's date in the row's last cell)
    if stamp is not None and stamp.fielded and stamp.author is not None and "   " in text:
        stamp = _author_in_first_cell(text, stamp)
    return _by_link(text, stamp)


# the gap between two cells of a row: tabs (resiliparse), wide blanks (w3m, inscriptis),
# html2text's bar
_CELL_SPLIT = re.compile(r"\t+| {3,}|\xa0{2,}| +\| +")
_CELL_MARKS = " *†‡"  # marks a tracker prints after a name (a member's star)


def _last_cell_stamp(text: str, marker: str | None) -> Stamp | None:
    """The stamp of a row's last cell where the cells before it are a profile's fields
    ("Messaggi: 23" then "#1   Scritto: 05.03.2024 14:22", the poster's card and the
    post's header side by side, resiliparse's tabs between them): the post's number and
    date, read alone; None unless every cell before it is a field ("Label: value").
    (html2text's bar between them is left alone: its rows print the card over the
    stamp's cell, the body under a rule, which the post reading does not follow yet.)"""
    cells = [cell for cell in (c.strip() for c in text.split("\t")) if cell]
    if len(cells) < 2 or not all(_FIELD_CELL.match(cell) for cell in cells[:-1]):
        return None
    stamp = _read_stamp(L.plain(cells[-1]), marker)
    if stamp is None or stamp.key[0] not in ("number+date", "header", "date"):
        return None
    if stamp.author is not None and f"{stamp.author}:" in cells[-1]:
        return attrs.evolve(stamp, author=None)  # (the date's label: "Scritto: DATE")
    return stamp


# a profile's field in a cell: a label of a word or two, a colon, a short value
_FIELD_CELL = re.compile(r"^[^\W\d_][\w.]*(?: [\w.]+)?: ?\S.{0,30}$")


def _labelled_cells(text: str, marker: str | None) -> Stamp | None:
    """The stamp of a row of cells, two of them labelled fields, one holding a name and
    one a date, whatever the other cells hold ("msg389393 - (view)		Author: Ann Lee
    (ann) *		Date: 2021-03-23 15:26", an issue tracker's message header): the date's,
    by that name (up to the marks a tracker prints after it); keyed by both labels.
    None for other lines."""
    if "\t" not in text and "   " not in text and " | " not in text and "\xa0\xa0" not in text:
        return None
    cells = [
        field  # (a cell may hold two fields with a blank or two between: "Author: Ann * Date:")
        for cell in _CELL_SPLIT.split(text)
        if (shown := L.plain(cell).strip(" |"))
        for field in _fields(shown)
    ]
    if not 2 <= len(cells) <= L.ROW_CELLS:
        return None
    author = date = None
    labels: list[str] = []
    for cell in cells:
        field = _RECORD_FIELD.match(cell)  # ("Author: Ann Lee (ann) *", "Date: DATE")
        if field is None:
            continue
        label, value = field.group(1).casefold(), field.group(2)
        if date is None and len(value) <= _MAX_STAMP and is_date_line(value):
            date, labels = value, [*labels, f"{label}:"]
            continue
        name = value.split(" * ", 1)[0].rstrip(_CELL_MARKS)
        if author is None and is_name_like(name) and find_date(name) is None:
            author, labels = name, [*labels, f"{label}:"]
    if author is None or date is None:
        return None
    key = ("header", _DIGITS.sub("N", marker) if marker else "", " … ".join(labels))
    return Stamp(key, author=author, date=date, fielded=True)


def _fields(cell: str) -> list[str]:
    """The cell cut before each labelled field past its start whose label is no word in
    lower case ("Author: Ann Lee (ann) * Date: 2021-03-23 18:50": two fields)."""
    bounds = [0, *field_starts(cell, 1), len(cell)]
    return [cell[a:b].strip() for a, b in itertools.pairwise(bounds) if cell[a:b].strip()]


def _author_in_first_cell(text: str, stamp: Stamp) -> Stamp:
    """The stamp of a table row printed side by side ("Ann Lee      PostPosted: May 2,
    2003 3:20 am    Post subject: …", w3m: the profile cell's first line, then the
    header cell, a picture's text before its label, a field after its date), named by
    its first cell where the name the whole row reads runs on past it (the label is no
    part of the name)."""
    head = text.split("   ", 1)[0].strip()
    author = stamp.author or ""
    if not head or not _name_key(author).startswith(f"{_name_key(head)} "):
        return stamp
    return attrs.evolve(stamp, author=head, beside=True) if is_name_like(head) else stamp


# blanks a table row's cell prints between its date and its controls (no-break spaces
# as resiliparse keeps them)
_CELL_GAPS = ("   ", "\xa0\xa0")
# an empty checkbox closing a line, as w3m and lynx print a form's checkbox (a header's
# collapse toggle: "Ann - 2 years ago | thread parent[ ]", lynx's "… parent [ ]")
_CHECKBOX = re.compile(r" ?\[ \]$")


def without_checkbox(text: str) -> str:
    """The line without the empty checkbox that closes it (`_CHECKBOX`), if it ends so.

    >>> without_checkbox("Ann - 2 years ago | thread[ ]"), without_checkbox("[ ] to do")
    ('Ann - 2 years ago | thread', '[ ] to do')
    """
    return _CHECKBOX.sub("", text) if text[-3:] == "[ ]" else text


_GAP_AFTER = re.compile(r"\s{3}|\xa0\xa0")  # a cell's gap (`_CELL_GAPS`)
_GLUED_CHECKBOX = re.compile(r"\[ \](?=[0-9])")  # a form's checkbox glued to a date


def _stamp_before_controls(text: str, marker: str | None) -> Stamp | None:
    """The stamp of a header cell too long to read whole, read up to the wide gap right
    after its date, where words stand before the date ("posted April 16, 2002 01:08 PM
    Profile for Ann   Send New Private Message   Reply With Quote": the controls the
    row prints after it, however many); marked ``fielded``: only rows repeated on three
    posts at least stamp them (`_drop_rare_fielded`). None for other lines."""
    date = find_date(text)
    if date is None or not _WORD.search(text[: date.start()]):
        return None
    end = date_extent(text.replace("\xa0", " "), date)  # (its time after no-break spaces)
    if _GAP_AFTER.match(text, end) is None:
        return None
    stamp = _read_whole_stamp(L.plain(text[:end]), marker)
    return attrs.evolve(stamp, fielded=True) if stamp is not None else None


def _profiled_stamp(node: OutlineNode) -> Stamp | None:
    """The stamp of a table row's header cell printed after its author's profile cell
    (`_profiled_cell`), when it names the author ("Post by Ann on May 2, 2016"), or
    when it is a date alone and the profile cell opens with the author's picture and
    name linked to one address (`_pictured_owner`): the author is that name."""
    cell = _profiled_cell(node.text)
    if cell is None:
        return _pictured_stamp(node)
    if len(cell) > 4 * _MAX_STAMP:
        return None
    stamp = _read_stamp(L.plain(cell), node.marker)
    if stamp is None or stamp.key[0] != "header" or stamp.author is None:
        return None
    return stamp


def _shown_row_stamp(node: OutlineNode) -> Stamp | None:
    """The stamp of a table row's last cell that shows text (empty cells after it
    aside), long only by its pictures and links, read as shown: a date that names no
    one ("![](i.gif) posted May 2, 2002 01:08 PM [![Profile for Ann](p.gif)](…)
    [![Homepage](h.gif)](…)" after a profile cell, html2text: the name stands over the
    row, its first line; "Joined: 23 Nov 2003 |  | Posted: Sat Feb 05, 2005 3:10 am |",
    the join date the profile's). None for other rows."""
    cells = _CELL_BAR.split(node.text)
    if not 1 < len(cells) <= L.ROW_CELLS:
        return None
    shown = next((text for cell in reversed(cells) if (text := L.plain(cell).strip("| "))), "")
    if len(shown) > _MAX_STAMP or find_date(shown) is None:
        return None
    stamp = _read_stamp(shown, node.marker)
    if stamp is None:
        return None
    if stamp.key[0] == "date":
        return stamp if stamp.author is None else None
    return stamp if _label_before_date(stamp) else None


def _label_before_date(stamp: Stamp) -> bool:
    """A header stamp whose "author" is one word closed by a colon ("Posted: DATE"): a
    date's label, told from a name by the page (`templates._label_author`)."""
    author = stamp.author or ""
    return stamp.key[0] == "header" and stamp.key[2:] == ("… :",) and " " not in author.strip()


def _pictured_stamp(node: OutlineNode) -> Stamp | None:
    """The stamp of a table row's second cell, a date alone ("[posted 2 months
    ago](/t/9#3)"), after a profile cell that opens with its owner's picture and name
    (`_pictured_owner`): the date, by that name. None for other rows."""
    cells = _CELL_BAR.split(node.text)
    if not 1 < len(cells) <= L.ROW_CELLS or len(cells[1]) > 4 * _MAX_STAMP:
        return None
    owner = _pictured_owner(cells[0])
    if owner is None:
        return None
    stamp = _read_stamp(L.plain(cells[1]), node.marker)
    if stamp is None or stamp.key[0] != "date" or stamp.author is not None:
        return None
    return attrs.evolve(stamp, author=owner)


def _named_row_stamp(node: OutlineNode) -> Stamp | None:
    """The stamp of a table row whose first cell is a name alone, bold or linked
    (`_row_name`), and whose last cell with a date closes on a labelled date ("**Ann**
    |  |  **Post subject:** Re: Tiles[![Post](i.gif)](t#p7)**Posted:** Fri Nov 06, 2009
    5:37 pm", html2text: the author's cell, then the header's): the date, by that name.
    The row repeats once a post (templates); a table of an article's, its rows one under
    the other with no body between them, stamps no posts. None for other rows."""
    cells = _CELL_BAR.split(node.text)
    if not 1 < len(cells) <= L.ROW_CELLS:
        return None
    name = _row_name(cells[0])
    dated = next((cell for cell in reversed(cells[1:]) if find_date(L.plain(cell))), None)
    if name is None or dated is None:
        return None
    labelled = _labelled_date(_from_last_bold(dated))
    if labelled is None:
        return None
    stamp = _read_stamp(labelled, node.marker)  # (read as the label's: "Posted" by DATE)
    label = labelled.split(":", 1)[0]
    if stamp is None or stamp.key[0] != "header" or stamp.author != label:
        return None
    key = ("header", stamp.key[1], f"… {label.casefold()}")  # ("Ann Posted: DATE"'s key)
    return attrs.evolve(stamp, key=key, author=name, celled=True)


# a name alone in a table's cell, bold ("**Ann Lee**") or linked ("[Ann Lee](/u/7)")
_ROW_NAME = re.compile(r"\*\*([^*\[\]\n]{1,40})\*\*|\[([^\]\[\n]{1,40})\]\([^)\s]{1,300}\)")


def _row_name(cell: str) -> str | None:
    """The name a table's first cell holds alone, bold or linked (`_ROW_NAME`)."""
    match = _ROW_NAME.fullmatch(cell.strip(" |"))
    if match is None:
        return None
    name = (match.group(1) or match.group(2)).strip()
    return _display(name) if is_name_like(name) else None


# a bold label ("**Posted:**", "**Date**:"), where a cell's last field may open
_BOLD_LABEL = re.compile(r"\*\*[^*\n]{1,25}\*\*")


def _from_last_bold(cell: str) -> str:
    """A cell's text as shown from its last bold label on ("**Post subject:** Re: Tiles
    **Posted:** DATE": "Posted: DATE"), the whole cell's where it has none."""
    labels = list(_BOLD_LABEL.finditer(cell))
    return L.plain(cell[labels[-1].start() :] if labels else cell).strip(" |")


# a label closing a cell's text before its date, a weekday perhaps between them
# ("…tennis?Posted: Fri " of "Post subject: Re: tennis?Posted: Fri Nov 06, 2009 5:37 pm")
_DATE_LABEL = re.compile(r"([^\W\d_][\w.-]{0,24}):\s*(?:[^\W\d_]{2,9}\.?,?\s+)?$")


def _labelled_date(cell: str) -> str | None:
    """The labelled date that closes a cell ("Posted: Fri Nov 06, 2009 5:37 pm"), its
    label (`_DATE_LABEL`) right before the date and nothing but the date's own words
    after it; None where the date has no label or words run on past it."""
    date = find_date(cell)
    if date is None or len(cell) - date_extent(cell, date) > 0:
        return None
    label = _DATE_LABEL.search(cell, 0, date.start())
    return cell[label.start() :] if label is not None else None


# a profile's picture linked to the profile, then its owner's name linked there too:
# "[![](/a/7.jpg)](/u/7/ann) [Ann Lee](/u/7/ann)"
_PICTURED_LINK = re.compile(r"\[!\[[^\]]*\]\([^)\s]*\)\]\(([^)\s]+)\) \[([^\[\]]+)\]\(([^)\s]+)\)")


def _pictured_owner(profile: str) -> str | None:
    """The name a profile cell links after its owner's picture linked to the same
    address (`_PICTURED_LINK`), the cell's opening; None for any other cell."""
    match = _PICTURED_LINK.match(profile.strip())
    if match is None or match.group(1) != match.group(3) or not is_name_like(match.group(2)):
        return None
    return _display(match.group(2))


_CELL_BAR = re.compile(r" +\| +")  # html2text's bar between a table row's cells
_CELL_LINK = re.compile(r"(?<!!)\[([^\[\]]+)\]\(")  # a Markdown link's text (no picture's)


def _profiled_cell(text: str) -> str | None:
    """The header's cell of a table row that html2text printed on one line after the
    author's profile cell ("[Ann](/u/1) Member ![*](s.png) Posts: 38 | Post by [Ann](/u/1)
    on May 2, 2016"): the first cell after the first that holds a date and links a name
    that an earlier cell links too (the profile names its owner again; a name alone in
    its cell, "Ann | May 2", is read as the line is)."""
    cells = _CELL_BAR.split(text)
    if not 1 < len(cells) <= L.ROW_CELLS:
        return None
    for k in range(1, len(cells)):
        if find_date(L.plain(cells[k])) is None:
            continue
        profile = " ".join(cells[:k])
        if len(L.plain(profile).split()) < 2:
            return None
        names = {m.strip() for m in _CELL_LINK.findall(cells[k]) if m.strip()}
        return cells[k] if any(f"[{name}](" in profile for name in names) else None
    return None


def _by_link(text: str, stamp: Stamp | None) -> Stamp | None:
    """A stamp whose line opens with a name linked to its profile: "[ann](/u/ann) May 6,
    2025" is a header naming ann (one word as much as several: not a label, "Posted
    DATE"); "[ann](/u/ann) (Ann Lee) May 6, 2025" names the handle, not both names."""
    if stamp is None or text[:1] != "[":
        return stamp
    linked = _LINKED_NAME.match(text)
    name = linked.group(1) if linked else ""
    if not name or not is_name_like(name):
        return stamp
    key = _name_key(name)
    if stamp.key[0] == "date" and key == stamp.key[-1].casefold():
        return Stamp(("header", stamp.key[1]), author=_display(name), date=stamp.date)
    if stamp.key[0] == "header" and _name_key(stamp.author or "").startswith(key + " ("):
        return attrs.evolve(stamp, author=_display(name))
    return stamp


def _wrapped_into(flat: Sequence[OutlineNode], index: int) -> bool:
    """The line above ``flat[index]`` was wrapped onto it: a long line of its column,
    with no blank line between them."""
    if index == 0:
        return False
    above = flat[index - 1]
    return not above.blank_after and above.column == flat[index].column and len(above.text) >= 50


def _date_wrapped_into(flat: Sequence[OutlineNode], index: int) -> bool:
    """The line above ``flat[index]`` was wrapped onto it (`_wrapped_into`) right after
    a date, whose time this line is ("» Tue Aug 27, 2019" over "10:22 pm"): a body's
    last line over the time alone that closes its post (a chat's message, "… lower(email)
    = ..." over "13:52") is no such line."""
    if not _wrapped_into(flat, index):
        return False
    text = flat[index - 1].text
    date = find_date(text)
    return date is not None and len(text[date.end() :].strip(" ,;-–@·|")) <= _DATE_TO_TIME


def read_wrapped_stamp(
    flat: Sequence[OutlineNode], index: int, prose: bool = False
) -> Stamp | None:
    """The stamp a line makes with the next one when the line was wrapped inside the
    stamp (before or inside its date: "Ann » Wed" over "Aug 28, 2019 12:22 am"), or with
    the next ones when a converter wrapped it at its width (`_full_stamp`; the next line
    may read as prose then, a link's target counted in its words). ``prose``: the next
    line reads as prose."""
    node, following = flat[index], flat[index + 1]
    if node.blank_after or following.marker is not None or following.column != node.column:
        return None
    if len(node.text) > 4 * _MAX_STAMP or len(following.text) > 4 * _MAX_STAMP:
        return None
    closed = _link_closed_stamp(flat, index) or _continued_bar(flat, index)
    if closed is not None:
        return closed
    full = _full_stamp(flat, index) if _full(node, following) else None
    if full is not None:
        return full
    linked = _wrapped_date_link(node, following)
    if linked is not None:
        return linked
    if prose or len(node.text) < 50:  # (a wrapped line is a long one)
        return None
    if len(following.text) > _MAX_STAMP:
        return None
    first = L.plain(node.text)
    line = first + " " + L.plain(following.text)
    if L.open_link(line) == "target":  # (the date's link wrapped inside its target)
        line = L.plain(line + ")")
    date = find_date(line)
    if date is None or date.end() <= len(first) or find_date(first) is not None:
        return None
    words = first.split() or [""]
    if date.start() > len(first) and words[-1].rstrip(".,").casefold() not in WEEKDAY_NAMES:
        return None  # (the wrap fell in the date, or between it and its weekday)
    stamp = _by_link(node.text, _read_stamp(line, node.marker))
    if stamp is None or stamp.key[0] == "unframed":
        return None  # (a name and controls are told on one line only)
    stamp.wrapped = 1
    return stamp


_CONTINUED = "»|·•:"  # closing a line, these say the line goes on under it
_WRAP_WIDTH = 78  # the columns html2text fills: a line that could not take one more word
_WRAPPED_LINES = 3  # lines one header may be wrapped over
_OPEN_NAME = re.compile(r"\(\w[^()]*$")  # a name opened in parentheses at the line's end
_CELLS_APART = re.compile(r"\w {8,}\w")  # two cells' words, the row's gap between them


def _full(node: OutlineNode, following: OutlineNode) -> bool:
    """The line was wrapped at the converter's width: the next line's first word would
    not have fitted on it (html2text breaks lines at any space, inside a link's text or
    its target, or inside a count's parentheses too); never a row of cells printed side
    by side (inscriptis: its width is the table's, its gap no words)."""
    if _WIDE_GAP in node.text and _CELLS_APART.search(node.text):
        return False
    space = following.text.find(" ")
    word = len(following.text) if space < 0 else space
    return node.column + len(node.text) + 1 + word > _WRAP_WIDTH


def _full_stamp(flat: Sequence[OutlineNode], index: int) -> Stamp | None:
    """The header a line makes with the lines under it that it was wrapped onto
    (`_full`), read as one line, up to `_WRAPPED_LINES` ("[[–]](…)[ann](/u/ann)" over
    "12 points13 points 2 hours ago [(2" over "children)](…)"): a stamp that names its
    author, its date or count on the lines under the first (the first alone reads as
    none), read with as few lines as close every link. A line the break fell in a link
    on (its text, its target or its title: html2text breaks a long target at its
    hyphens) is not counted, up to twice `_WRAPPED_LINES` lines in all: a reply's byline
    with the name it answers ("[Bo Lind](/u/bo)" over "[Ann Ek](https://x.example/a-" over
    "b#c1) • [4 hours" over "ago](https://x.example/a-" over 'b#c2 "Tuesday")') is one
    header of five lines, and so is a date whose link title html2text wrapped."""
    node = flat[index]
    text = node.text
    shown = L.plain(text)
    if _in_title(text) or find_date(shown) is not None:
        return None  # (a line with its date: its stamp is its own; see `_in_title`)
    if not L.open_link(text) and _OPEN_NAME.search(shown):
        return None  # (an owner's name wrapped: "ann (Ann" over "Lee)  May 2, …", `_full_name`)
    below = read_stamp(flat[index + 1])
    if (
        below is not None
        and below.key[0] == "date"
        and not below.key[-1]
        and shown.rstrip()[-1:] not in _CONTINUED
    ):  # (a name over a bare date: `_join_wrapped_dates` reads the two; not "Ann »")
        return None
    at = index + 1
    pieces = 0  # lines that go on with a link (its text, target or title) the break fell in
    end = min(len(flat), index + 2 * _WRAPPED_LINES)
    while at < end and at - index - pieces < _WRAPPED_LINES:
        following = flat[at]
        if following.marker is not None or following.column != node.column:
            return None
        if L.open_link(text) is not None or _in_title(text):
            pieces += 1
        text = _joined(text, following.text)
        at += 1
        opened = L.open_link(text) is not None or _in_title(text)
        stamp = None if opened else _read_stamp(L.plain(text), node.marker)
        if stamp is not None:
            if stamp.author is None and not _two_names(text, stamp):
                return None
            stamp.wrapped = at - index - 1
            return stamp
        if following.blank_after or at >= len(flat) or not _full(following, flat[at]):
            return None
    return None


_NAME_LINK = re.compile(r"\[([^\[\]]+)\]\(")  # a link's text, up to its target


def _two_names(text: str, stamp: Stamp) -> bool:
    """A dated header too long for a name (`_read_stamp`'s "unframed") whose words
    before the date are two links' texts and perhaps a badge between them, a reply's
    byline naming the poster it answers after its own ("[Ann Lee](/u/ann) Mod [Bob" over
    "Ray](…#c1) • [2 years" over "ago](…)", `templates._answering_unframed` reads it):
    it is kept, wrapped as it was; a name and controls stay told on one line only."""
    if stamp.key[0] != "unframed" or not stamp.named:
        return False
    names = [L.plain(name).strip(" _*") for name in _NAME_LINK.findall(text)]
    names = [name for name in names if name and stamp.named.find(name) >= 0]
    if len(names) < 2 or not stamp.named.startswith(names[0]):
        return False
    between = stamp.named[len(names[0]) : stamp.named.find(names[1])].split()
    return len(between) <= 1


def _link_closed_stamp(flat: Sequence[OutlineNode], index: int) -> Stamp | None:
    """The stamp of a date line that ends inside a link html2text wrapped onto the lines
    under it ("DATE [Reply to this" over "comment](…)", "2 years ago Like [Reply](/c/2021/"
    over "gravel.html#c3)"), read with the lines that close the link: the line alone
    reads as a stamp that `read_stamp` leaves (its tail, cut where the wrap fell, is no
    template's), and the link's whole text is the same on every post; or as none, the
    date starting in the open link (`_dated_link`: a bar of controls, its age linked)."""
    node = flat[index]
    opened = L.open_link(node.text)
    if opened is None:
        return None
    alone = _line_stamp(node)
    if alone is not None and (alone.key[0] not in ("date", "tail") or alone.author is not None):
        return None
    closed = _closing_lines(flat, index, _spaced_link(node.text), index)
    if closed is None:
        return None
    text, at = closed
    stamp = _read_stamp(L.without_edit_mark(L.plain(text)), node.marker)
    if stamp is None or stamp.key[0] not in ("date", "tail", "bar"):
        return None
    if stamp.author is not None or stamp.named is not None:
        return None  # (a name before the date: read whole by `_full_stamp`)
    if alone is None and not (opened == "text" and _dated_link(node.text, stamp)):
        return None
    stamp.wrapped = at - index
    return stamp


def _closing_lines(
    flat: Sequence[OutlineNode], index: int, text: str, at: int
) -> tuple[str, int] | None:
    """``text`` (the lines ``flat[index]`` to ``flat[at]`` read as one) joined with the
    lines under them that close the links it leaves open (its text, its target or its
    title: html2text wraps inside all three), and the index of the last; None when they
    stay open over `_UNWRAPPED` lines, or a blank line, an item or another column
    comes first."""
    node = flat[index]
    while L.open_link(text) is not None or _in_title(text):
        if at + 1 >= len(flat) or at - index >= _UNWRAPPED or flat[at].blank_after:
            return None
        following = flat[at + 1]
        if following.marker is not None or following.column != node.column:
            return None
        text, at = _joined(text, following.text), at + 1
    return text, at


def _continued_bar(flat: Sequence[OutlineNode], index: int) -> Stamp | None:
    """A bar of controls that html2text wrapped after a separator, its age on the line
    under it, perhaps in a link wrapped on ("Like · Reply · 48 ·" over "[5y](https://x/p-"
    over "c?id=12)"): the bar the lines make read as one (`_read_stamp`'s "bar"), naming
    no one; the line alone has no date."""
    node, following = flat[index], flat[index + 1]
    shown = L.plain(node.text)
    if shown[-1:] not in "·|•" or find_date(shown) is not None:
        return None
    if node.blank_after or following.marker is not None or following.column != node.column:
        return None
    closed = _closing_lines(flat, index, f"{node.text} {following.text}", index + 1)
    if closed is None:
        return None
    text, at = closed
    stamp = _read_stamp(L.without_edit_mark(L.plain(text)), node.marker)
    if stamp is None or stamp.key[0] != "bar" or stamp.author is not None:
        return None
    stamp.wrapped = at - index
    return stamp


def _dated_link(text: str, stamp: Stamp) -> bool:
    """The stamp's date starts in the text of the link ``text`` leaves open at its end
    (a bar's age in its link, "Like · Reply · 7 · [38" over "wk](…)")."""
    head = L.plain(text[text.rfind("[") + 1 :])
    return bool(head) and (stamp.date or "").startswith(head)


def _spaced_link(text: str) -> str:
    """A line whose last link, left open, is glued to the word before it ("09:12
    pm[Reply to this"), with a space put before the link, as a reader sees it read whole
    (`lines.plain` reads the open link so, a closed one without the space)."""
    opened = text.rfind("[")
    if opened > 0 and L.open_link(text) == "text" and text[opened - 1].isalnum():
        return f"{text[:opened]} {text[opened:]}"
    return text


def _wrapped_date_link(node: OutlineNode, following: OutlineNode) -> Stamp | None:
    """A date alone in a link whose text html2text broke over two lines ("[5 years" over
    "ago](/c/12)", "Driver·[Answered 2y" over "ago](/a/9)"; html2text breaks a link's
    text where the whole link would not fit in 78 columns, however short the text): the
    date stamp the two lines make read as one, when the line opens the link's text, the
    next line closes it, and the date runs over the break (the first line alone reads as
    no date). Not after a name's link on the line ("[Ann](/u/1) [5 years": read whole
    by `_full_stamp`, which asks the stamp to name its author)."""
    text = node.text
    opened = text.rfind("[")
    if L.open_link(text) != "text" or "](" in text[:opened]:
        return None
    close = following.text.find("](")
    if close < 0 or "[" in following.text[:close]:
        return None
    head, tail = L.plain(text[opened + 1 :]), L.plain(following.text[:close])
    if not head or not tail or find_date(head) is not None:
        return None
    line = f"{head} {tail}"
    date = find_date(line)
    if date is None or not date.start() < len(head) < date.end():
        return None
    stamp = _read_stamp(L.plain(_joined(text, following.text)), node.marker)
    if stamp is None or stamp.key[0] != "date" or stamp.author is not None:
        return None
    stamp.wrapped = 1
    return stamp


def _in_title(text: str) -> bool:
    """The line ends inside the title of its last link ('[Ann](/u/ann "Go to'): the name
    link of a teaser or a profile card, as a sidebar prints them, more often than a
    post's header (the lines stay apart, as they are read where not so wrapped)."""
    at = text.rfind("](")
    return at >= 0 and ")" not in text[at:] and text.count('"', at) % 2 == 1


def _joined(text: str, following: str) -> str:
    """A line and the next it was wrapped onto, as one: a link's target goes on right
    after the break, anything else after a space."""
    return text + following if L.open_link(text) == "target" else f"{text} {following}"


def _time_wrapped(node: OutlineNode, following: OutlineNode, stamp: Stamp) -> Stamp:
    """A header line cut after its date's comma, its time and what closes it on the next
    line ("[ann](/u/ann) (Ann)  May 2, 2024," over "9:15am  3"), or inside its time,
    the half of the day alone on the next line ("Ann • May 2, 2024, 9:15" over "PM"):
    the stamp the two make, read as one line, when it is the longer reading; else
    ``stamp``."""
    if node.blank_after or following.marker is not None or following.column != node.column:
        return stamp
    rest = following.text
    if (
        len(rest) > 20
        or not (rest[:1].isdigit() or half_day_alone(rest) or is_time_tail(rest))
        or stamp.date is None
    ):  # (or its time after the words a date reads before it: "เวลา 14:22 น.")
        return stamp
    line = f"{L.plain(node.text)} {L.plain(rest)}"
    joined = _by_link(node.text, _read_stamp(line, node.marker))
    if joined is None or joined.date is None or len(joined.date) <= len(stamp.date):
        return stamp
    if joined.key[0] == "unframed":
        return stamp  # (a name and controls are told on one line only)
    joined.wrapped = 1
    return joined


_HALF_DAY_ALONE = re.compile(r"(?i)[ap]\.?m\.?")  # "PM", "a.m.": a time's end, wrapped


def half_day_alone(text: str) -> bool:
    """A line that is the half of the day alone ("PM", "a.m."): the end of a time the
    line above was wrapped inside."""
    return len(text) <= 4 and _HALF_DAY_ALONE.fullmatch(text) is not None


_NUMBER_TAIL = 24  # characters of the line under a header wrapped before its number, at most
_NUMBER_GAP = 3  # blanks a header may print before its number, html2text keeps ("PM   #2")
_CLOSING_NUMBER = re.compile(r"(?:^|\s)#[0-9]{1,9}$")  # a post's number closing a line


def _number_wrapped(node: OutlineNode, following: OutlineNode, stamp: Stamp) -> Stamp:
    """A header line that names its author and date, its post's number on the line
    under it (alone, or after the date's time), where a converter wrapped the line at
    its width ("Posted by [Ann Lee](https://ann.example/) on 03/01/2024 at 06:02 PM"
    over "#1", "… on 03/04/2024 at" over "11:50 AM   #7"; the posts whose name is no
    link print "… 07:45 PM   #2" on one line): the numbered stamp the two make, read
    as one line, as those lines read; else ``stamp``."""
    if stamp.key[0] != "header" or stamp.number is not None:
        return stamp
    if node.blank_after or following.marker is not None or following.column != node.column:
        return stamp
    if len(following.text) > _NUMBER_TAIL or _CLOSING_NUMBER.search(following.text) is None:
        return stamp
    word = following.text.split(None, 1)[0]
    if node.column + len(node.text) + _NUMBER_GAP + len(word) <= _WRAP_WIDTH:
        return stamp  # (it would have fitted: the line was not wrapped, `_full`)
    line = f"{L.plain(node.text)} {following.text}"
    joined = _read_stamp(line, node.marker)
    if joined is None or joined.number is None or joined.author != stamp.author:
        return stamp
    joined.wrapped = 1
    return joined


def _full_name(flat: Sequence[OutlineNode], index: int, named: str | None) -> str | None:
    """The author a date line names by the word before its date, where that word closes
    a name the line above opened and the line was wrapped in ("[ann_lee](/u/ann_lee)
    (Ann" over "Lee)  May 2, 2024, 9:15am  3"): the handle of the two read as one."""
    if named is None or named[-1:] != ")" or "(" in named or index == 0:
        return named
    above = flat[index - 1]
    if above.blank_after or above.column != flat[index].column or above.marker is not None:
        return named
    text = above.text
    if text.rfind("(") <= text.rfind(")"):
        return named  # (no parenthesis left open at the line's end)
    return _handle(_display(f"{text} {named}") or "") or named


# A post's age alone on its line, in short units: "2y", "3mo", "5d", "12h", "40m".
_AGE = re.compile(r"^[0-9]{1,3} ?(?:y|yr|yrs|mo|w|wk|d|h|hr|m|min|s)$")
# A post's time of day alone on its line (its day printed once above, where it changes):
# "10:40 a.m.", "9:12 PM", "14:05".
_CLOCK_ALONE = re.compile(r"^[0-9]{1,2}:[0-9]{2}(?: ?[AaPp]\.?[Mm]\.?)?$")
_CLOCK_LENGTH = 11
# a time of day after a label of a word or two, then the template's controls ("发布于 21:46
# 添加评论 感谢 分享", "Posted at 9:12 PM · Reply"): the day not printed (today's posts)
_LABELLED_CLOCK = re.compile(
    r"^([^\W\d]+(?: [^\W\d]+)?) ([0-9]{1,2}:[0-9]{2}(?: ?[AaPp]\.?[Mm]\.?)?)(?: (.*))?$"
)
_CLOCK_TAIL_WORDS = 12  # words of controls after a labelled time, at most
_CLOCK_KEY_WORDS = 3  # the last words of those controls, that key the stamp
# the marks a name may stand glued to before its date ("Ann•3h"), a comma closing it
# ("Ann, 14. Mai 2016 Report": a byline)
_NAME_MARKS = " •·|,"


def _read_stamp(line: str, marker: str | None) -> Stamp | None:
    """The stamp a line reads as (`_read_whole_stamp`), or, where the whole line reads
    none, the stamp it reads up to a labelled field after its date ("Posted: Thu Feb 19,
    2004 8:50 pm    Post subject: …", `_field_after_date`), marked ``fielded``."""
    line = L.without_address(line)  # (an address after the name: "by ann <a@b.c> on")
    stamp = _read_whole_stamp(line, marker)
    if (
        stamp is None
        and (": " in line or line[-1:] == ":")
        and _FIELD_AFTER_DATE.search(line) is not None
    ):
        field = _field_after_date(line)
        if field is not None and (stamp := _read_whole_stamp(line[:field], marker)) is not None:
            return attrs.evolve(stamp, fielded=True)
    return stamp


# a full-width bar with a blank on one side at least: a separator of a stamp's fields
_FULL_WIDTH_BAR = re.compile(r"\s+｜\s*|\s*｜\s+")


def _read_whole_stamp(line: str, marker: str | None) -> Stamp | None:
    """The stamp a whole line reads as: an age or a time alone, a post's number (with
    its date), a date with the name before it or the words around it; None: no stamp."""
    if len(line) > _MAX_STAMP:
        return None
    if "｜" in line:  # (a full-width bar with a blank on one side is a separator, as
        line = _FULL_WIDTH_BAR.sub(" ｜ ", line).strip()  # with both: "Ann｜ DATE ｜編集",
        # w3m; glued on both sides it is a name's own, "ぬか床日記｜さとう")
    if line[:1].isdigit():
        line = _unglued_number(line)
    marker = _DIGITS.sub("N", marker) if marker else ""  # "1.", "2.": one list's markers
    if len(line) <= 6 and _AGE.match(line):
        return Stamp(("age", marker), date=line)
    if len(line) <= _CLOCK_LENGTH and line[-1:] in "0123456789.mM" and _CLOCK_ALONE.match(line):
        return Stamp(("clock", marker), date=line)
    match = _POST_NUMBER.match(line)
    if match:
        return Stamp(("number", marker), number=int(match.group(1)))
    if len(line) <= _BARE_DIGITS and line.isdigit() and line.isascii():
        return Stamp(("bare", marker), number=int(line))  # a post number without its "#"
    if line[:1] in ("-", "−") and _NEGATIVE.match(line):  # a score below zero ("-2")
        return Stamp(("bare", marker), number=-int(line[1:]))
    if line[:1] == "«" and (in_guillemets := _framed_date(line, marker)) is not None:
        return in_guillemets  # ("« Reply #3 on: DATE »": a post's number and date)
    match = _NUMBER_FIRST.match(line)
    numbered = find_date(match.group(3)) if match else None
    if match and numbered is not None:
        rest = match.group(3)
        sub = int(match["sub"]) if match["sub"] else None
        header = L.read_header(rest)  # ("#3 Ann on DATE", "#3 DATE Ann", "#3 Ann said
        # DATE:", its verb before the date)
        if (
            header is not None
            and header.author
            and (header.evidence == "date" or (header.evidence == "verb" and header.date))
        ):
            return Stamp(
                ("number+date", marker), int(match.group(1)), header.author, header.date, sub=sub
            )
        return Stamp(("number+date", marker), number=int(match.group(1)), date=rest, sub=sub)
    match = _NUMBER_LAST.match(line) if " #" in line else None  # (exact: it needs " #")
    if match is None and " #" in line and not line[-1].isdigit():
        match = _NUMBER_THEN_CONTROLS.match(line)  # ("DATE #1 Report Message"; not "DATE
        if match is not None and L.NUMBER_BY.match(line[match.end(2) + 1 :]):  # #12 by Ann")
            match = None
    if match and find_date(match.group(1)) is not None:
        return _named_numbered_line(match.group(1), marker, int(match.group(2))) or Stamp(
            ("date+number", marker), number=int(match.group(2)), date=match.group(1)
        )
    date = find_date(line)
    if date is None:
        if line[-1:] == ")":
            return _counted_header(line, marker)
        return _labelled_clock(line, marker) if ":" in line else None
    before = line[: date.start()].strip()
    words = before.split()
    if words and words[-1].rstrip(".,").casefold() in WEEKDAY_NAMES:  # the date's own weekday,
        rest = " ".join(words[:-1])  # alone or after a separator ("» Tue Aug 27, 2019",
        if not any(ch.isalpha() for ch in rest):  # "Sun, 03/14/2021 - 19:48")
            before = rest
    end = len(line)
    tail_at = date.end() + _edit_star(line, date.start(), date.end())
    after = line[tail_at:].strip()
    if _bar_after(after):
        after = ""  # ("Ann 9 hours ago | parent | next": the links after it are no shape,
        end = date_extent(line, date)  # and no part of the date)
    elif after:  # ("DATE Log in to reply Quote #": the controls are no shape, no date)
        end = tail_at + _control_tail(line[tail_at:])
        after = line[tail_at:end].strip()
    if not before and L.NUMBER_BY.match(after) is not None:  # "DATE #12 by Ann"
        return _named_after(line, marker, after)
    shape = _DIGITS.sub("0", _WORD.sub("a", after))  # (", 9:15am 3": ", 0:0a 0")
    last = after.rsplit(None, 1)[-1] if after else ""
    closing = int(last) if len(last) <= _BARE_DIGITS and last.isdigit() and last.isascii() else None
    if before[-1:] in ("·", "|") and _controls_before(before):  # "Like · Reply · 48 · 5y"
        return Stamp(("bar", marker), date=line[date.start() : end].rstrip())
    if not before and end < len(line) and _controls_after(line[date.end() :]):
        return Stamp(("tail", marker), date=line[date.start() : date.end()])  # "2 years ago
        # 3 Likes Like Reply": a bar under the body or a header's date, by the page (`_stamps`)
    if (before and len(before.split()) > 1) or _LABEL.match(before + " "):
        header = L.read_header(line)
        if header is None or header.author is None:
            return None
        labels = words[:-1] if words[-1].rstrip(".,").casefold() in WEEKDAY_NAMES else words
        if (  # ("Publié le DATE", "Posted on DATE": a date's label and its connector, the
            len(labels) == 2  # date's weekday perhaps after them: "Posted on Tue DATE")
            and labels[0].casefold() in L.POSTING_WORDS
            and labels[1].casefold() in L.CONNECTOR_WORDS
        ):
            return Stamp(("date", marker, header.author), date=header.date, shape=shape)
        signed = _verb_date_by(labels, line, date, end, marker, shape)
        if signed is not None:  # ("répondu le DATE par Ann": as "answered DATE by Ann")
            return signed
        if header.date and 0 <= (told := line.find(header.date)) < date.start():
            before = line[:told].strip()  # (the time before its date: "at 11:24 AM on …")
        framed, author = header.author, _handle(header.author)
        if (
            not is_name_like(author)
            and not _counted_name(author)
            and not _profiled_name(author)
            and not L.placeholder_name(author)  # ("[deleted]": a gone poster's place)
        ):
            unlabelled = _unlabelled(author)  # ("Posted by: Ann | DATE": the label is the
            if unlabelled is None:  # frame's, as "Post by" of "Post by Ann » DATE" is)
                dated = line[date.start() : end]
                return _worded_after_dot(before, marker, dated, shape) or _unframed(
                    before, marker, dated
                )
            framed = author = unlabelled
        if '"' in L.without_nicknames(author) or author.count("(") != author.count(")"):
            return None  # (the tail of a link's title wrapped over a date: 'Ann's") · May 3')
        if L.is_address(author):
            return None  # (the tail of a link's title wrapped over a date: 'Ann's") · May 3')
        if line[-1] == ":":  # "2 hours ago, Ann said:" opens a quote inside a post
            return None
        author, number = _numbered_name(author, before)  # ("Ann #3 2 天前": its number)
        return Stamp(
            ("header", marker, *_frame(before, framed)),
            number=number if number is not None else _number_after(after),
            author=author,
            date=header.date,
            shape=shape,
            closing=closing,
        )
    tail = ""
    handle = None  # (the poster's name after the date: "Changed DATE by Ann Lee", or a
    # handle after the time that closes the date: "2004-07-15 22:15:51 ann_k")
    extent = date_extent(line, date) if after else end
    if len(words) == 1 and before[-1:] != ":" and " " in after:  # (the name after its
        # date, one word before it: "Changed DATE by Ann"; not a field's, "Reported: DATE
        # by Ann" in a table of fields)
        handle = _by_name(line[extent:end].strip())
        end = extent if handle is not None else end
    if handle is None and len(after.split()) > 4:
        if before or not _repeatable_tail(after):
            return None
        # the same long tail after many dates (the time aside) is the template's
        # controls, "Vote up +9 Vote down": the key holds it, so only its repeats stamp
        # posts (`_unmark_repeated_tails`); one line of prose after a date stays prose
        end = extent
        tail = _SIGNED_DIGITS.sub("0", line[end:].strip())
    named = before.rstrip(_NAME_MARKS) if words and len(words) == 1 else None  # ("Ann•3h")
    if not before and after and not tail:
        named_after = line[extent:end].strip()
        if (
            _HANDLE_AFTER_TIME.match(named_after)
            and _number_after(named_after) is None  # (a post's number: "No.16204131")
            and _TIME_LAST.search(line, 0, extent)
        ):
            handle, end = named_after, extent
    label = "" if before and not before.strip(_BAR_MARKS) else before  # ("· DATE": the
    if named is not None and (verb := L.glued_posting_verb(named)):  # "ann发表于DATE": the
        name = named[: -len(verb)]  # poster's name and the verb of "posted at" glued to
        return Stamp(  # it, no label: a header, keyed as a name of more words is
            ("header", marker, *_frame(before, name)),
            number=_number_after(after),
            author=name,
            date=line[date.start() : end].rstrip(),
            shape=shape,
            closing=closing,
        )
    return Stamp(  # name's line ended over it, "Ann ·" over "· DATE" as over "DATE")
        # (as printed: one template prints its label alike; "Asked 3 years ago" over a
        # question is not its "asked May 24, 2022" signature)
        ("date", marker, label, tail) if tail else ("date", marker, label),
        number=_number_after(after),
        author=handle,
        date=line[date.start() : end].rstrip(),
        named=named,
        shape=shape,
        closing=closing,
    )


# the word a language prints between a verb and its date ("répondu le", "beantwortet am",
# "respondida el", "risposto il", "beantwoord op", "respondida em", "answered on")
DATE_ARTICLES = frozenset("on at am um le el il em op den".split())
_VERB = re.compile(r"^[^\W\d_]{3,15}$")  # a verb: one word of letters


def _verb_date_by(
    labels: list[str], line: str, date: re.Match[str], end: int, marker: str, shape: str
) -> Stamp | None:
    """The stamp of a meta line of a verb, its language's word before a date, the
    date, then "by" (or its word) and the poster's name ("répondu le 5 mars 2024 par
    Ann Lee", "beantwortet am 5. März 2024 von Ann"): keyed by the verb and that word
    as the one-word line is by its verb ("answered Mar 5, 2024 by Ann": ``("date",
    marker, "answered")``), the name its author; None for other lines.

    >>> import re
    >>> line = "répondu le 5 mars 2024 par Ann Lee"
    >>> stamp = _verb_date_by(["répondu", "le"], line, find_date(line), len(line), "", "")
    >>> stamp.key, stamp.author, stamp.date
    (('date', '', 'répondu le'), 'Ann Lee', '5 mars 2024')
    """
    if len(labels) != 2 or labels[1].casefold() not in DATE_ARTICLES:
        return None
    if _VERB.match(labels[0]) is None:
        return None
    extent = date_extent(line, date)
    handle = _by_name(line[extent:end].strip())
    if handle is None:
        return None
    return Stamp(
        ("date", marker, " ".join(labels)),
        author=handle,
        date=line[date.start() : extent].rstrip(),
        shape=shape,
    )


def _edit_star(line: str, start: int, end: int) -> int:
    """1 where a star is glued after the date at ``start:end`` of ``line``, a blank or
    the line's end after it: the mark of an edit some templates print after a post's
    age ("2 hours ago* (3 children)"; the same header unedited prints "2 hours ago (3
    children)"); 0 otherwise, and for a date set in stars, html2text's emphasis
    ("*2 hours ago*").

    >>> _edit_star("ann 2 hours ago* (1 child)", 4, 15), _edit_star("*2 hours ago*", 1, 12)
    (1, 0)
    """
    if line[end : end + 1] != "*" or line[end + 1 : end + 2] not in ("", " "):
        return 0
    return 0 if line[start - 1 : start] == "*" else 1


def _edit_key(key: tuple[str, ...]) -> bool:
    """A date key labelled by an edit's word ("edited DATE", "Edited DATE"): the mark of
    an edit under some posts, never a post's stamp."""
    return key[0] == "date" and key[-1].casefold() in L.EDIT_WORDS


def _by_name(text: str) -> str | None:
    """The name after "by" (or its word in other languages) that is all of ``text``
    ("by dmethvin", "von Ann Lee"); None for other text."""
    by = L.NUMBER_BY.match(text)
    if by is None or text[:1] == "#":
        return None
    name = text[by.end() :].strip()
    return name if is_name_like(name) else None


# a poster's handle alone after a date closed by its time (one word of Latin letters, digits,
# "_", ".", "-": no place, "来自上海"), and that time ("22:15:51", "9:05 PM")
_HANDLE_AFTER_TIME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{1,29}$")
_TIME_LAST = re.compile(r"[0-9]:[0-9]{2}(?::[0-9]{2})?(?: ?[AaPp]\.?[Mm]\.?)?$")
_BAR_MARKS = "·•|» "  # the marks alone before a date that make no label
# a labelled field after a date's time or year ("… 8:50 pm    Subject: Re: Modem …"): the
# cheap look before `_field_after_date`
# (a field left empty closes the row: "… 8:50 pm Post subject:")
# (a label of three words at most: "Subject:", "Post subject:", "Oggetto del messaggio:")
_FIELD_AFTER_DATE = re.compile(r"[0-9.mM)]\s+[^\W\d_][^\s:]{0,19}(?: [^\s:]{1,20}){0,2}:(?: |$)")
_NEXT_FIELD = re.compile(r"\s+[^\W\d_][^\s:]{0,19}(?: [^\s:]{1,20}){0,2}:(?: |$)")  # " Subject: "


def _labelled_clock(line: str, marker: str) -> Stamp | None:
    """A time of day after a label, perhaps the controls after it (`_LABELLED_CLOCK`):
    a date line keyed by its label; with controls, a date closed by controls (a bar
    under each body or a header's date, by the page: `templates._tail_or_date`) keyed by
    its controls' last words too, as a date's long tail keys one (`_tailed`), so only the
    lines that close with the same controls stamp posts (the label and the first
    controls may change: "发布于 21:46 添加评论 感谢 分享", "编辑于 13:40 4 条评论 感谢 分享").
    A sentence's end in the tail, or more words, make it prose."""
    match = _LABELLED_CLOCK.match(line)
    if match is None:
        return None
    label, clock, tail = match.group(1), match.group(2), match.group(3) or ""
    if not tail:
        return Stamp(("date", marker, label), date=clock)
    if len(tail.split()) > _CLOCK_TAIL_WORDS or tail[-1:] in ".!?":
        return None
    closing = " ".join(tail.split()[-_CLOCK_KEY_WORDS:])
    return Stamp(("tail", marker, "", _SIGNED_DIGITS.sub("0", closing)), date=clock)


def _field_after_date(line: str) -> int | None:
    """Where a labelled field starts that a header row prints right after its date
    ("Posted: Thu Feb 19, 2004 8:50 pm    Subject: Re: Modem not detected  Reply with
    quote": the post's subject, its own field, however long and whatever it says), where
    words stand before the date (a label, a name: a line opened by its date is a dated
    note, "2021-03-14 21:22:07 ike: rekey"); None for other lines. Only rows repeated
    on three posts at least stamp them (`_stamps`)."""
    date = find_date(line)
    if date is None:
        return None
    if not any(
        word.rstrip(".,").casefold() not in WEEKDAY_NAMES
        for word in _WORD.findall(line[: date.start()])
    ):
        return None
    end = date_extent(line, date)
    return end if _NEXT_FIELD.match(line, end) is not None else None


def _unglued_number(line: str) -> str:
    """The line with a space put back between a post's number and the name glued after
    it, where a date follows the name ("1名無しさん2021/03/14(日) 13:22", "12Ann Lee
    2021-03-14": a converter dropped it); the line as it is otherwise."""
    glued = _NUMBER_GLUED_TO_NAME.match(line)
    if glued is None or line[glued.end()].islower():
        return line
    date = find_date(line)
    if date is None or date.start() <= glued.end():
        return line
    return f"{glued.group()} {line[glued.end() :]}"


# a post's number at a line's start, glued to a name: a capital or a letter of no case
# after it (not "2nd", "1er", "3e", "14мар": ordinals and words are lower-case)
_NUMBER_GLUED_TO_NAME = re.compile(r"[0-9]{1,5}(?=[^\W\d_])")
_SIGNED_DIGITS = re.compile(r"[+−-]?[0-9][0-9,.]*")
_TAIL_WORDS = 8


def _tailed(stamp: Stamp) -> bool:
    """A dated stamp keyed by the long tail after its date (`_read_stamp`: "DATE Vote up
    +9 Vote down"; its key the only dated one of four parts a line reads)."""
    return stamp.key[0] in ("date", "tail") and len(stamp.key) == 4


def _repeatable_tail(after: str) -> bool:
    """Words after a date that may be a template's controls and counters ("Vote up +9
    Vote down"): a few, with no sentence's end."""
    return len(after.split()) <= _TAIL_WORDS and after[-1:] not in ".!?"


# A post's number after its date: "No.16204131", "No. 12", "№ 5" (what follows it, a mark
# or a control, aside)
_NUMBER_AFTER = re.compile(r"(?:^|\s)(?:No\.|№) ?([0-9]{1,12})(?![0-9])")


def _number_after(after: str) -> int | None:
    """The post's number printed after its date ("DATE No.16204131▶"), None without."""
    if "No" not in after and "№" not in after:
        return None
    number = _NUMBER_AFTER.search(after)
    return int(number.group(1)) if number is not None else None


# a post's number after its author's name, before the date ("Ann #3 2 天前", "bob #12 · DATE")
_NAME_THEN_NUMBER = re.compile(r"^(\S.*?) #([0-9]{1,9})$")


def _numbered_name(author: str, before: str) -> tuple[str, int | None]:
    """A header's author and the post's number printed after the name, right before
    the date (``before``: "Ann #3" of "Ann #3 2 天前", as Homeland and other forums print
    their floors): the name and the number; the author as read and None where no number
    follows the name or words stand between it and the date ("« Reply #2 on: DATE »":
    a label and a running count, `_label_author`)."""
    match = _NAME_THEN_NUMBER.match(author)
    if match is None or not before.endswith(author):
        return author, None
    return match.group(1), int(match.group(2))


def _named_numbered_line(head: str, marker: str, number: int) -> Stamp | None:
    """The stamp of a header line that names its author and date before the post's
    number ("Ann Lee (annl) wrote on 2019-09-09: #1"): a header; None for a date alone."""
    if head[:1].isdigit():
        return None
    header = L.read_header(head.rstrip(": "))
    if header is None or header.author is None or not is_name_like(_handle(header.author)):
        return None
    return Stamp(("header", marker, "#"), number=number, author=header.author, date=header.date)


def _controls_before(before: str) -> bool:
    """What a line prints before its date is a bar of controls and counters ("Like ·
    Reply · 48 ·"): the bar that closes a comment's body, stamped with its age."""
    mark = before[-1]
    parts = [part.strip() for part in before.split(mark) if part.strip()]
    return (
        len(parts) >= 2
        and all(L.is_reply_link(part) or _COUNTER.match(part) for part in parts)
        and any(not _COUNTER.match(part) for part in parts)
    )


# a count opening a bar of controls: "3 Likes", "1,204 votes"
_COUNT_FIRST = re.compile(r"^[0-9][0-9,.]*[kK]? [^\W\d_][^\s\d]{1,12} ")  # ("1 J'aime")


def _controls_after(after: str) -> bool:
    """What follows a date is only controls, perhaps after a count ("3 Likes Like
    Reply", "Like Reply")."""
    rest = _COUNT_FIRST.sub("", after.strip(), count=1)
    return bool(rest) and L.is_reply_link(rest)


def _worded_after_dot(before: str, marker: str, date: str, shape: str) -> Stamp | None:
    """The stamp of a line that prints a poster's line about themselves, then one word
    and the date after a middle dot ("Structural engineer (2009–present)·Answered 3y
    ago"): the date, labelled by that word; None for other lines."""
    label = _dotted_label(before)
    if not label:
        return None
    return Stamp(("date", marker, label), date=date, shape=shape)


_FRAME_WORDS = (3, 10)  # the words before the date of a line `_framed` may read
# full stops no sentence ends with: inside a word ("mariposa.negra"), after an initial
# ("Hernán R. chapter 2")
_NAME_DOTS = re.compile(r"(?<=\w)\.(?=\w)|(?<![^\W\d_])[^\W\d_]\.(?= |$)")
_PICTURE_FIRST = re.compile(r"^\[[^\[\]()\n]{1,40}\] (?=[^\W\d_])")  # w3m's picture before a name
_LINK_MARKS = ("](", "[", '"', "/")


def _unframed(before: str, marker: str, date: str) -> Stamp | None:
    """A dated line whose words before the date read as no name, kept where they may be a
    name and controls every post prints after it ("Ann Lee View profile More options
    Mar 14 2009"): which words are the name only the page tells (`_framed`)."""
    before = _PICTURE_FIRST.sub("", before, count=1)  # ("[useravatar] Ann Lee added …")
    words = len(before.split())
    phrase = before.removesuffix(".")  # (one full stop may close it: "Ann added a comment.")
    if "." in phrase:  # (a handle's dot, an initial's: "mariposa.negra", "Hernán R.")
        phrase = _NAME_DOTS.sub("", phrase)
    if not _FRAME_WORDS[0] <= words <= _FRAME_WORDS[1] or _SENTENCE_MARK.search(phrase):
        return None
    if any(mark in before for mark in _LINK_MARKS) or before.count("(") != before.count(")"):
        return None  # (a link's text and target, or its title, wrapped from the line over it)
    return Stamp(("unframed", marker), date=date, named=before)


def _dotted_label(before: str) -> str:
    """The one word after the last middle dot of what a line prints before its date
    ("Former ironworker·Answered", lynx's "…·[16]Answered"), "" where there is none."""
    if "·" not in before:
        return ""
    label = before.rpartition("·")[2].strip()
    if label[:1] == "[":  # (a link's mark or its opening: "[16]Answered", "[Answered")
        label = L.plain(label).lstrip("[")
    return label if label.isalpha() else ""


# a post's date in guillemets, its number and a label before it: "« Reply #3 on: DATE »",
# "« on: DATE »" (the opening post's), "« Válasz #76 Dátum: DATE »"
_FRAMED_DATE = re.compile(
    r"^« ?(?:[^\W\d_]{2,12} #?([0-9]{1,7}) )?[^\W\d_]{1,12} ?: (.{6,60}?) ?»$"
)


def _framed_date(line: str, marker: str) -> Stamp | None:
    """The stamp of a post's date printed in guillemets after a label, perhaps after the
    post's number (`_FRAMED_DATE`), one key for all (the opening post's has no number)."""
    match = _FRAMED_DATE.match(line)
    if match is None or find_date(match.group(2)) is None:
        return None
    number = int(match.group(1)) if match.group(1) else None
    return Stamp(("date", marker, "«"), number=number, date=match.group(2))


def _named_after(line: str, marker: str, after: str) -> Stamp | None:
    """The stamp of a line that names its author after its date, perhaps after the
    post's number ("3 years ago #2234 by Ann Lee"): a header."""
    header = L.read_header(line)
    if header is None or header.author is None or not is_name_like(header.author):
        return None
    number = _DIGITS.match(after, 1) if after[:1] == "#" else None
    return Stamp(
        ("header", marker, "by"),
        number=int(number.group()) if number is not None else None,
        author=header.author,
        date=header.date,
    )


# a running count's label before a name: "Comment 5 Ann Lee" (taken off by the page,
# where every stamp of the key opens with it: `templates._uncount_authors`)
_COUNTED_LABEL = re.compile(r"^([^\W\d_]{2,20}) #?([0-9]{1,6}) (?=\S)")


def _counted_name(author: str) -> bool:
    """An author read with a running count's label before the name ("Comment 5 Ian
    'Kestrel' Voss": a name of three words, five with the label)."""
    label = _COUNTED_LABEL.match(author)
    return label is not None and is_name_like(L.without_nicknames(author[label.end() :]))


def _profiled_name(author: str) -> bool:
    """An author read with the poster's profile fields after the name ("Ann Lee 2.341
    Postings, 87 Follower", `profiled`): kept whole, the page's stamps tell whether the
    counts are fields every header prints (`templates._unprofile_authors`)."""
    split = profiled(author)
    return split is not None and is_name_like(split[0])


def _unlabelled(author: str) -> str | None:
    """The name an author read with its label before it stands for ("Posted by: Ann"
    reads "Ann"): a label of a word or two closed by a colon, a name after it; None
    where no such name is."""
    label = _LABEL.match(author)
    if label is None:
        return None
    name = author[label.end() :].strip()
    return name if is_name_like(name) else None


# A dateless header line: a name (a toggle glued before it, "[–]ann"), its score, and a
# count of replies in parentheses closing it: "[–]ann 12 points13 points (2 children)"
_COUNTED_HEADER = re.compile(
    r"^(?P<toggle>\[[^\w\]]{1,3}\] ?)?(?P<name>\S.{0,40}?)"
    r"(?P<score>\s+[-−]?[0-9][0-9,]*\s*[^\W\d_]{1,10}(?:\s*[-−]?[0-9][0-9,]*\s*[^\W\d_]{1,10})*)?"
    r"\s+\(([0-9]{1,5}) [^\W\d_]{1,12}\)$"
)


def _counted_header(line: str, marker: str) -> Stamp | None:
    """The stamp of a header line that prints no date: a name with a toggle glued before
    it or a score after it, closed by a count of its replies in parentheses
    ("[–]ann 12 points13 points (2 children)", as a converter prints a header whose
    date it dropped). The count gives the posts' depths (`counted_depths`)."""
    opened = line.rfind(" (")
    if opened < 0 or not line[opened + 2 : opened + 3].isdigit() or " " not in line[opened + 3 :]:
        return None  # (first the cheap test: a number and a word in the closing parenthesis)
    match = _COUNTED_HEADER.match(line)
    if match is None or not (match["toggle"] or match["score"]):
        return None
    name = match["name"]
    if not is_name_like(name) and not (match["score"] and L.placeholder_name(name)):
        return None  # (but "[–][deleted] 22 points (1 child)": a gone poster's place)
    return Stamp(("header", marker, "counted"), author=_handle(name))


def _bar_after(text: str) -> bool:
    """Text after a date that is only a bar of controls (`lines.is_control_bar`), or a
    toggle alone ("[–]")."""
    text = text.strip()
    return bool(text) and (L.is_control_bar(text) or bool(_TOGGLE.match(text)))


_TOGGLE = re.compile(r"^\[[^\w\]]{1,3}\]$")  # "[–]", "[+]": a toggle printed as text
# a bar of controls in brackets closing a line, the links set apart by bars: "[Reply | View]"
_BRACKETED_BAR = re.compile(r" ?\[([^\[\]]{1,40}\|[^\[\]]{1,40})\]$")
_PERMALINK_MARKS = ("#", "¶", "§")  # a comment's permalink printed as a mark alone
# a count after its icon, "❤️ 7", "♥12", "👍 3" (not a zone's sign, "+0100", nor punctuation)
_ICON_COUNT_TAIL = re.compile(r"\s+[^\w\s+−\-:.,;/#()\[\]]{1,3} ?[0-9]{1,6}$")
_CLIENT_TAIL = re.compile(r"\s+via [^\W\d_][\w.-]{0,20}$")  # "via Android", "via iPhone"
# one word or more in parentheses closing a stamp, each alone: a link, a note ("( link )",
# "(edited)"), not the date's zone ("(UTC)")
_NOTE_TAIL = re.compile(r"(?: ?\( ?(?![A-Z]{2,5} ?\))[^\W\d_]{1,12} ?\))+$")
_WORD_SPAN = re.compile(r"\S+")


def _control_tail(text: str) -> int:
    """Where the control links that close ``text`` (what follows a date) start, printed
    as words (`lines.is_reply_link`: "Log in to reply Quote", "Reply"), perhaps closed
    by a permalink's mark ("#", "comment:12"), or in brackets with other links ("[Reply |
    View]"), and the links and notes in parentheses after them ("( link )", "(edited)"),
    a count after its icon ("❤️ 7"), the client the post was sent from ("via Android");
    ``len(text)`` without them.

    >>> text = ", 10:15 Log in to reply Quote #"
    >>> text[: _control_tail(text)]
    ', 10:15 '
    """
    noted = _NOTE_TAIL.search(text)
    if noted is not None:  # ("DATE (UTC) ( link )": links and notes in parentheses)
        text = text[: noted.start()]
    liked = _ICON_COUNT_TAIL.search(text)
    if liked is not None:  # ("DATE ❤️ 7": a count after its icon, the likes)
        text = text[: liked.start()]
    client = _CLIENT_TAIL.search(text)
    if client is not None:  # ("DATE via Android": the client the post was sent from)
        text = text[: client.start()]
    bracket = _BRACKETED_BAR.search(text)
    if bracket is not None and any(
        L.is_reply_link(word.strip()) for word in bracket.group(1).split("|")
    ):
        return bracket.start()  # ("[Reply | View]": the controls in brackets)
    words = list(_WORD_SPAN.finditer(text))
    end = len(text)
    if words and (words[-1].group() in _PERMALINK_MARKS or _ANCHOR.match(words[-1].group())):
        end = words.pop().start()
    for word in words:
        if L.is_reply_link(text[word.start() : words[-1].end()]):
            return word.start()
    return end


def _frame(before: str, author: str) -> tuple[str, ...]:
    """The words a header line prints around its author before its date, as part of
    its stamp's key, loose words aside (`_loose_word`): none for a line that only names
    the author ("Ann Lee ·", "by Ann"); "post …" for "Post by Ann » Tue Aug 27, 2019",
    "generated …" for "Generated by Ann 2024-05-22 16:37". Two marks are words of the
    frame too: a post number's "#" before the name ("+5 #1 Ann DATE") and a colon right
    after it ("Published: DATE", a label). Only lines of one template stamp one
    page's posts: a dated attribution quoted in bodies ("Made by NAME DATE") or a
    sidebar's "NAME · DATE" are of others, however many of them the page holds."""
    if before[:1] == "[" and (picture := _PICTURE_LABEL.match(before)) is not None:
        shown = L.squashed_name(picture.group(1))  # a picture's text that spells the name,
        if shown and L.squashed_name(author).startswith(shown):  # cut or not, before it:
            before = before[picture.end() :]  # w3m's "[marta-quan] marta-quantizes"
    at = before.find(author)
    if at < 0:
        return ()
    after = before[at + len(author) :]
    if "repl" in after:  # ("Bo wrote: (reply to Ann)": the one answered is no frame's word)
        after = L.without_reply_target(after)
    if "[" in after:  # ("ann [S] 12 points": a poster's mark in brackets, printed after
        after = _MARK_AFTER_NAME.sub(" ", after)  # some names only, is no frame's word)
    if author in after:  # (the name glued again to its picture's words, "Ann gravatar
        after = re.sub(rf"(?<=\S){re.escape(author)}", " ", after)  # imageAnn": the frame's)
    if after.lstrip()[:1] in ("·", "•") and L.affiliated(before[at:], author):
        after = ""  # ("Ann Lee · The Weekly Ledger": the label is the commenter's own)
    words = [*_WORD.findall(before[:at]), "\u2026", *_WORD.findall(after)]
    words = [_SCORE_WORD.get(w, w) for w in map(str.casefold, words) if not _loose_word(w)]
    if "#" in before[:at]:  # ("+5 #1 Ann DATE": a numbered comment, no "Ann DATE" item)
        words.insert(0, "#")
    if after[:1] == ":" and author.casefold() not in L.CONNECTOR_WORDS:
        words.append(":")  # ("Published: DATE" over an article is no "+5 #1 Ann DATE";
        # "« on: DATE »" over an opening post is "« Reply #2 on: DATE »")
    return () if len(words) == 1 else (" ".join(words),)


_PICTURE_LABEL = re.compile(r"\[([^\[\]]{1,40})\] ?")  # a picture's text, as w3m prints it
_MARK_AFTER_NAME = re.compile(r"(?<!\S)\[ ?[^\W\d_]{1,2} ?\](?!\S)")  # "[S]", "[ M ]", "[A]"
# a score's word, one for all counts: "1 point" is the "points" of "12 points" (a header's
# score printed once per vote state, "0 points1 point2 points", is the template's
# "11 points12 points13 points")
_SCORE_WORD = {"point": "points"}


def _loose_word(word: str) -> bool:
    """A word a header line may print or not around the same template: the date's
    weekday, a connector ("by Ann May 2" is "Ann May 2"), the mark of an edit ("ann
    edited 2 hours ago" is "ann 2 hours ago")."""
    return word in WEEKDAY_NAMES or word in L.CONNECTOR_WORDS or word in L.EDIT_WORDS


# A handle, then its owner's full name in parentheses ("ann_lee (Ann Lee)").
_HANDLE = re.compile(r"^([^\s()]{2,40}) \([^()]{1,60}\)$")


def _handle(author: str) -> str:
    """Of a user's handle printed with their full name (or a line about them) after it
    in parentheses ("ann_lee (Ann Lee)", "bob (Bob - I write code.)"), the handle: the
    name the forum knows them by, whatever the full name reads like."""
    match = _HANDLE.match(author)
    return match.group(1) if match is not None else author


_UNWRAPPED = 3  # lines a header's links may wrap over, at most
