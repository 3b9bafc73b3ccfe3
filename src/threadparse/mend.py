"""Mending the outline before it is read: what converters break in a dump's list
structure, put back.

`parser` gives the outline as the converter printed it; `transform` reads it. In
between, these repairs run once on the whole outline:

* `merge_marker_lines`: a list marker alone on its line joins the text on the next
  one (lynx's layout), and `rehome_outdented` puts back under their reply the lines
  of a quote printed outside its column;
* `mend_unindented_items`: items whose bodies a converter printed at the margin
  (html2text) take their body and signature back under them;
* `preorder`: every node in document order, and for each list item its sibling list
  and place (`Container`); on the way, the items a converter indented under item
  "1." are lifted to its level, and an item whose number is a date's day ("29.
  März 2020") becomes a plain line.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Sequence

from threadparse import lines as L
from threadparse.dates import MONTHS, find_date, is_date_line
from threadparse.names import looks_like_name
from threadparse.nodes import (
    ends_section,
    is_date_node,
    is_placeholder,
    name_alone,
    numbered_next,
    paragraph_end,
    signed_at_end,
    unsigned,
)
from threadparse.outline import OutlineNode, as_item, as_line, seal
from threadparse.posts import closing_signature, is_prose

# each list item's (by id) sibling list and place in it
Container = dict[int, tuple[list[OutlineNode], int]]


def preorder(nodes: list[OutlineNode]) -> tuple[list[OutlineNode], Container]:
    """All nodes in document order, and for each list item (by id) its sibling list and
    place (where a thread starting at the item looks for the comments after it).

    The walk also puts the outline's numbered items in order as it reaches them (one
    walk, not three): the items a converter indented under item "1." are lifted to its
    level (`_lift_next`) before the walk goes down into it, and an item whose number
    is a date's day ("29. März 2020") becomes a plain line (`_undo_date_marker`)."""
    flat: list[OutlineNode] = []
    container: Container = {}
    # a stack of the lists being walked: at a node with children the walk goes down into
    # them, and when a list ends, on with its parent's list after the parent
    lists = [nodes]
    walks = [enumerate(nodes)]
    while walks:
        siblings = lists[-1]
        for index, node in walks[-1]:  # (a list iterator: it reads what is lifted in)
            if node.marker is not None and node.marker[0].isdigit():
                if node.children:
                    _lift_next(node, siblings, index)
                _undo_date_marker(node)
            flat.append(node)
            if node.marker is not None:
                container[id(node)] = (siblings, index)
                if node.children and index + 1 < len(siblings):
                    _take_dedented(node, siblings, index)
            if node.children:
                lists.append(node.children)
                walks.append(enumerate(node.children))
                break
        else:
            lists.pop()
            walks.pop()
    return flat, container


_STORED_TEXT = operator.attrgetter("stored_text")


def merge_marker_lines(nodes: list[OutlineNode]) -> bool:
    """A list marker alone on its line, its text on the next line (lynx prints list
    items so): make them one item, with what is indented under the text as its block
    (True: some were).
    Where a list is printed so, a lone symbol at a marker's column ("_": a picture the
    converter drew in another item's place) over a text line is such a marker too, and
    so is a line of picture placeholders there ("[ann] [bob]": w3m's print of an avatar
    drawn in the marker's place, its alternative text cut short)."""
    stack = [nodes]
    merged = False
    while stack:
        siblings = stack.pop()
        lone_markers = "" in map(_STORED_TEXT, siblings)  # (items keep their text)
        if lone_markers:
            _hang_empty_entries(siblings)  # (before the blocks are read: they may move)
        stack.extend(node.children for node in siblings if node.children)
        if not lone_markers:
            continue  # (no lone marker in the list: nothing to merge, no column to match)
        kept: list[OutlineNode] | None = None  # the list rebuilt, from the first merge on
        index, last = 0, len(siblings) - 1
        columns: set[int] | None = None  # the columns of lone markers (read when needed)
        while index <= last:
            node = siblings[index]
            if node.marker is not None:
                lone = not node.text
            else:  # (a symbol at a lone marker's column)
                lone = index < last and (
                    (
                        (node.end - node.start == 1 or node.stored_text is not None)
                        and _is_symbol(node)
                    )  # (the cheap look first: one character, or a text of its own)
                    or _pictures_line(node, siblings[index + 1])
                )
                if lone:
                    if columns is None:
                        columns = {n.column for n in siblings if n.marker and not n.text}
                    lone = node.column in columns
            if lone and not node.children and index < last:
                after = siblings[index + 1]
                if (
                    after.marker is None
                    and after.line == node.line + 1
                    and not _far_left(after, node)
                ):
                    if kept is None:
                        kept = siblings[:index]
                    kept.append(_merged(node, after))
                    index += 2
                    continue
            if kept is not None:
                kept.append(node)
            index += 1
        if kept is not None:  # one pass, whatever the number of merges: linear
            siblings[:] = kept
            merged = True
    return merged


def _far_left(line: OutlineNode, marker: OutlineNode) -> bool:
    """The line under a lone marker stands well left of it: not the marker's text but
    the next line of the page (inscriptis prints an empty item, a reply list's closing
    "*", at its nesting's column over the next comment's header at its own)."""
    return line.column + _LEFT_OF_MARKER <= marker.column - len(marker.marker or marker.text)


_LEFT_OF_MARKER = 3  # columns left of a lone marker a line under it stands, at least, to


# be no text of it


def _hang_empty_entries(siblings: list[OutlineNode]) -> None:
    """An item with no text right after an item with text at its column, its block a
    list ("* Ann says:" over her body, then "+" alone over "+ Bob says:"): that list is
    the item before's, whose first entry the converter printed empty at its parent's
    column (inscriptis, an empty ``<li>`` opening a reply list). The empty entry, now
    with nothing under it, and the list's entries go under the item before, after its
    block."""
    kept: list[OutlineNode] | None = None  # the list rebuilt, from the first move on
    for index, node in enumerate(siblings):
        previous = kept[-1] if kept else siblings[index - 1] if index else None
        if (
            previous is not None
            and node.marker is not None
            and not node.text
            and node.children
            and node.children[0].marker is not None
            and previous.marker is not None
            and previous.text
            and previous.column == node.column
        ):
            if kept is None:
                kept = siblings[:index]
            entries, node.children = node.children, ()
            previous.children = [*previous.children, node, *entries]
            previous.last_line, previous.last_end = node.last_line, node.last_end
            node.last_line, node.last_end = node.end_line, node.end
            continue
        if kept is not None:
            kept.append(node)
    if kept is not None:
        siblings[:] = kept


def _lift_next(item: OutlineNode, siblings: list[OutlineNode], place: int) -> None:
    """Item "1." whose first list under it opens with "2." (a converter indented the
    items after the first one deeper): those items are its siblings, not its replies,
    which a list numbers from 1 again. They go into ``siblings`` (the item's list)
    right after the item, at ``place``, to be read next at its level."""
    children = item.children
    first = next((i for i, child in enumerate(children) if child.marker is not None), -1)
    if first < 0 or not numbered_next(item, children[first]):
        return
    if not _lifts_as_comments(children, first):
        return  # (a numbered step inside a comment's body, "4. If …, then": the body's)
    _undo_date_marker(children[first])  # ("1. Ann says:" over "2. April 2022 at 10:00")
    if children[first].marker is None:
        return  # (a date: the item's own line, no next item)
    kept, lifted = list(children[:first]), list(children[first:])
    item.children = kept or ()
    last = kept[-1] if kept else None
    item.last_line = last.last_line if last else item.end_line
    item.last_end = last.last_end if last else item.end
    siblings[place + 1 : place + 1] = lifted


def _lifts_as_comments(children: Sequence[OutlineNode], first: int) -> bool:
    """The numbered items from ``children[first]`` on are the list's next comments: two
    of them at least numbered in a row, the first one right under the item with a line
    of its own (no body over it: a pingback's title, "6. Pingback : A Post" over "7.
    Ann"; an empty "7." holds the replies to "6.", as a thread's list prints them), or
    the first one reads as a comment's header (one numbered item alone under a
    comment's body, no header, is a step the body lists)."""
    if first == 0 and children[0].text:
        return True
    following = next((child for child in children[first + 1 :] if child.marker is not None), None)
    if following is not None and numbered_next(children[first], following):
        return True
    return L.read_header(children[first].text) is not None


_MAX_DEDENTED = 40  # plain lines of an item's block set back at its bullet, at most


def _take_dedented(item: OutlineNode, siblings: list[OutlineNode], place: int) -> None:
    """Plain lines right after ``item``, at its bullet's column, that belong to its block:
    after them the block goes on at its own column (indented under the last of them),
    and the next sibling is an item of the same list (lynx prints a quote inside a list
    item back at the item's bullet: "* Ann" over "  Ann Posts: 4", "Bob wrote:", "Hi",
    "  Ann's answer"). A block that ends in a date is left alone: a body after it at
    the bullet is the flat layout `_body_at_marker` reads. They go under ``item``,
    after its block, in the same order: the walk's order of lines does not change."""
    following = siblings[place + 1]
    if following.marker is not None or following.column != item.column:
        return  # (the cheap look: most items are followed by an item or nothing)
    block = list(item.children)
    body = block[0].column
    if body <= item.column:
        return
    end = place + 1
    while end < len(siblings) and end - place <= _MAX_DEDENTED:
        node = siblings[end]
        if node.marker is not None or node.column != item.column:
            break
        end += 1
    if end - place > _MAX_DEDENTED:
        return
    last = siblings[end - 1]
    if end < len(siblings):
        next_item = siblings[end]
        if next_item.marker != item.marker or next_item.column != item.column:
            return
    elif not _holds_replies(last, item, end - place - 1):
        return  # (the list ends with these lines: only a reply link's list is the item's)
    if is_date_line(L.plain(block[-1].text)):
        return  # (a body after the item's date block: the flat layout's, read as such)
    if not last.children or (
        last.children[0].column != body and not _holds_replies(last, item, end - place - 1)
    ):
        return  # (the block does not go on at the item's column: the list ended)
    item.children = [*block, *siblings[place + 1 : end]]
    item.last_line, item.last_end = last.last_line, last.last_end
    del siblings[place + 1 : end]


def _holds_replies(line: OutlineNode, item: OutlineNode, taken: int) -> bool:
    """The one plain line after ``item`` at its bullet's column has a list under it,
    deeper than the item's text: the item's reply link, which inscriptis sets at the
    bullet ("+ Ann says:" over her body, "Reply" at the "+", "o Bob says:" under it),
    with the replies to the item nested under the link."""
    if taken != 1 or not line.children or not L.is_reply_link(L.plain(line.text)):
        return False
    first = line.children[0]
    return first.marker is not None and first.column > item.column + len(item.marker or "")


def _pictures_line(node: OutlineNode, after: OutlineNode) -> bool:
    """A plain line of bracketed picture placeholders only ("[ann]", "[bla] [fog]")
    over a line that reads as a comment header ("NAME said..."): a commenter's avatar.
    (A picture over a name alone is a post's user card, which the post list reads.)"""
    text = node.text
    if text[:1] != "[" or text[-1:] != "]" or node.children or not is_placeholder(text):
        return False
    header = L.read_header(after.text) if after.marker is None else None
    return header is not None and header.evidence in ("verb", "date")


def _is_symbol(node: OutlineNode) -> bool:
    """A plain line that is one symbol alone ("_", "●"): no letter, no digit."""
    if node.stored_text is not None:
        return len(node.stored_text) == 1 and not node.stored_text.isalnum()
    return node.end - node.start == 1 and not node.text.isalnum()


# lines after an unindented item looked at for its signature (and, in `transform`,
# after a named block for the reply link that closes it)
MAX_GAP = 40


class _Readings:
    """What the rules for unindented items ask of a list of sibling lines (does it end
    the section, is it a date line, does its paragraph end in a signature), each asked
    once: their searches look at the same lines again from each item on."""

    __slots__ = ("_bare", "_dates", "_ends", "_signed", "nodes")

    def __init__(self, nodes: list[OutlineNode]) -> None:
        self.nodes = nodes
        self._bare: dict[int, OutlineNode | None] = {}
        self._ends: dict[int, bool] = {}
        self._dates: dict[int, bool] = {}
        self._signed: dict[int, bool] = {}

    def ends_section(self, at: int) -> bool:
        known = self._ends.get(at)
        if known is None:
            known = self._ends[at] = ends_section(self.nodes[at])
        return known

    def bare_last(self, at: int) -> OutlineNode | None:
        """The line's last child where it is a bare item (`_bare_item`), else None: asked
        by `_item_pair`, then by the runs read from the line."""
        if at not in self._bare:
            last = self.nodes[at].children[-1:]
            self._bare[at] = last[0] if last and _bare_item(last[0]) else None
        return self._bare[at]

    def is_date(self, at: int) -> bool:
        known = self._dates.get(at)
        if known is None:
            known = self._dates[at] = is_date_node(self.nodes[at])
        return known

    def signed_at_end(self, at: int) -> bool:
        """The paragraph ending at ``at`` closes with a signature ("… – Ann DATE")."""
        known = self._signed.get(at)
        if known is None:
            known = self._signed[at] = signed_at_end(paragraph_end(self.nodes, at)) is not None
        return known


def mend_unindented_items(nodes: list[OutlineNode]) -> None:
    """Items whose block was printed unindented after them (html2text prints an item's
    first paragraph on its marker line, the rest at the page's margin): each item is
    followed by its other paragraphs and a signature (a name, perhaps printed again
    as "- NAME", over date lines), and the next item stands indented under the
    signature's last line. Where at least two such items follow each other somewhere
    on the page, every such item gets the lines up to its signature as its block, and
    the items of a run become one list under the line that held the first."""
    runs: list[tuple[int, list[tuple[OutlineNode, int, int]]]] = []
    named: set[int] = set()  # the runs of items that are names (signed by none)
    readings = _Readings(nodes)
    paired = _item_pair(readings)  # (without one, no run has two items: none is looked for)
    index = 0
    while index < len(nodes):
        head = nodes[index]
        unindented = paired and head.children and head.marker is None
        run = _unindented_run(readings, index) if unindented else []
        if not run and head.children and head.marker is None:
            run = _named_run(readings, index)
            if run:
                named.add(index)
        if run:
            runs.append((index, run))
            index = run[-1][2] + 1
        else:
            index += 1
    shapes = {
        _signature_shape(nodes, link)
        for index, run in runs
        if len(run) >= 2 and index not in named
        for link in run
    }
    for index, run in reversed(runs):  # (from the end: the indices before stay valid)
        if len(run) < 2 and _signature_shape(nodes, run[0]) not in shapes:
            continue  # (a lone item is read so only when signed as the runs' items are)
        head = nodes[index]
        items: list[OutlineNode] = []
        for item, start, last in run:
            block = nodes[start : last + 1]
            signature = _signature_start(block)
            kids = [
                as_line(node, list(node.children))
                if node.marker is not None and (at >= signature or _goes_on(block, at, 1))
                else node
                for at, node in enumerate(block)
            ]
            kids[-1] = as_line(block[-1])  # (the next item stood under its last line)
            items.append(as_item(item, kids))
        head.children = [*head.children[:-1], *items]
        seal(head)
        left = list(nodes[run[-1][2]].children)  # under the last signature: the page's
        nodes[index + 1 : run[-1][2] + 1] = left


def _item_pair(readings: _Readings) -> bool:
    """Somewhere two unindented items follow each other (`_unindented_run`): a line's
    last child is a bare item, and the line that ends the signature after it, at most
    `MAX_GAP` lines on, has one child, a bare item of the same marker and column. A
    page without such a pair has no run of two, so no signature shape to match a lone
    item against, and nothing to mend. (The shape is looked for first; signatures are
    read only between the lines that have it.)"""
    nodes = readings.nodes
    heads: dict[tuple[str | None, int], list[int]] = {}  # a bare last child's marker, column
    for index, node in enumerate(nodes):
        if node.marker is not None or not node.children:
            continue
        item = readings.bare_last(index)
        if item is None:
            continue
        key = (item.marker, item.column)
        before = heads.setdefault(key, [])
        if len(node.children) == 1 and (  # (the line ends a signature: a date, or a
            readings.is_date(index)  # paragraph closed by one; else no gap ends here)
            or (node.blank_after and readings.signed_at_end(index))
        ):
            for head in reversed(before):
                if index - head > MAX_GAP:
                    break
                if _signed_gap(readings, head + 1) == index:
                    return True
        before.append(index)
    return False


def _signature_shape(
    nodes: list[OutlineNode], link: tuple[OutlineNode, int, int]
) -> tuple[int, ...]:
    """How an item's signature is printed: its item's marker column, its lines, and
    which of them are dates."""
    item, start, last = link
    block = nodes[start : last + 1]
    at = _signature_start(block)
    if at == len(block):  # signed at the end of the last paragraph
        return (item.column, -1)
    return (item.column, *(is_date_node(node) for node in block[at:]))


def _bare_item(node: OutlineNode) -> bool:
    """An indented item with nothing under it that is no control ("• Quote")."""
    return (
        node.marker is not None
        and not node.children
        and node.column > 1
        and not L.is_reply_link(node.text)
    )


def _unindented_run(readings: _Readings, index: int) -> list[tuple[OutlineNode, int, int]]:
    """The items run that starts with the last item under ``nodes[index]``: (item, first
    line of its block, its last line) by item, as indices into ``nodes``."""
    nodes = readings.nodes
    item = readings.bare_last(index)
    if item is None:
        return []
    run: list[tuple[OutlineNode, int, int]] = []
    at = index
    while True:
        last = _signed_gap(readings, at + 1)
        if last is None:
            break
        run.append((item, at + 1, last))
        children = nodes[last].children
        if len(children) != 1:
            break
        following = children[0]
        if not (
            _bare_item(following)
            and following.marker == item.marker
            and following.column == item.column
        ):
            break
        item, at = following, last
    return run


_NAMED_RUN = 3  # items, each a name over prose at the margin, that make a run


_LIST_INDENT = 4  # how much deeper than the text a list's items stand, at most


def _named_run(readings: _Readings, index: int) -> list[tuple[OutlineNode, int, int]]:
    """The run of items that starts with the last item under ``nodes[index]`` when each
    item is a name alone (after the link to its site, perhaps) over paragraphs of prose
    printed at the margin, the next item indented under the last of them: at least
    `_NAMED_RUN` of them ([]: none), not all the same name. The last item's block is
    its paragraphs of prose."""
    nodes = readings.nodes
    item = readings.bare_last(index)
    if item is None or not _name_item(item):
        return []
    if item.column > nodes[index].column + _LIST_INDENT:
        return []  # (a list set beside the text, in a column of its own: a table's)
    under, ahead = index, item
    for _ in range(_NAMED_RUN - 1):  # (the cheap look first: a run needs as many next
        # items in a row, each over prose, and the looser reading finds each of them
        # under the same line: where it finds fewer so, no run)
        line, found = _next_name_item(nodes, under, ahead, ends=False)
        if found is None or not _opens_with_prose(nodes, under + 1, line):
            return []
        under, ahead = line, found
    run: list[tuple[OutlineNode, int, int]] = []
    at = index
    while True:
        end, following = _next_name_item(nodes, at, item)
        if following is None:  # the last item: its paragraphs of prose
            last = at
            while last + 1 < len(nodes) and _prose_line(nodes, last + 1, at + 1):
                last += 1
            if last > at and _opens_with_prose(nodes, at + 1, last):
                run.append((item, at + 1, last))
            break
        if not _opens_with_prose(nodes, at + 1, end):
            break
        run.append((item, at + 1, end))
        item, at = following, end
    if len({item.text.casefold() for item, _, _ in run}) < 2:
        return []  # (one "name" on every item is a label the items share: "Copy link")
    return run if len(run) >= _NAMED_RUN else []


def _next_name_item(
    nodes: list[OutlineNode], at: int, item: OutlineNode, ends: bool = True
) -> tuple[int, OutlineNode | None]:
    """For a named run's ``item`` under ``nodes[at]``: the index of the line the next
    item stands under (or where the prose under ``item`` stops), and that next item, a
    name alone with the same marker and column (None: the run ends). ``ends=False``
    does not look for the lines that end a section: a cheaper reading that finds
    every next item this one finds (and perhaps more)."""
    end = at + 1
    while end < min(len(nodes), at + 1 + MAX_GAP):
        node = nodes[end]
        if node.marker is not None and not _goes_on(nodes, end, at + 1):
            break
        if node.children or (ends and ends_section(node)):
            break  # (the cheap look first: the holder is read below)
        end += 1
    holder = nodes[end] if end < len(nodes) else None
    if holder is None or not (holder.marker is None or _goes_on(nodes, end, at + 1)):
        return end, None
    kids = holder.children
    if len(kids) != 1 or (kids[0].marker, kids[0].column) != (item.marker, item.column):
        return end, None
    if ends and ends_section(holder):
        return end, None  # (after the cheap look at its child: either ends the run)
    following = kids[0]
    return end, (following if _bare_item(following) and _name_item(following) else None)


def _goes_on(nodes: list[OutlineNode], at: int, first: int) -> bool:
    """``nodes[at]`` is a line of the paragraph above it that reads as a list item only
    because the wrap put a dash first ("- is the planning"): no blank line before it."""
    node = nodes[at]
    return (
        at > first
        and node.marker == "-"
        and node.column == nodes[at - 1].column
        and not nodes[at - 1].blank_after
    )


def _opens_with_prose(nodes: list[OutlineNode], first: int, last: int) -> bool:
    """The lines from ``first`` to ``last`` open with a paragraph of prose (a body right
    under its name, not a title or a label over one)."""
    at = first
    while at <= last:
        if is_prose(nodes[at].text):
            return True
        if nodes[at].blank_after:
            return False
        at += 1
    return False


def _name_item(item: OutlineNode) -> bool:
    """An item whose line is a name alone (see `name_alone`)."""
    return name_alone(item.text) is not None


def _prose_line(nodes: list[OutlineNode], at: int, first: int) -> bool:
    """``nodes[at]`` goes on the last item's prose: a plain line that is prose, or that
    goes on a paragraph (no blank line before it), with nothing under it."""
    node = nodes[at]
    if node.marker is not None or node.children or ends_section(node):
        return False
    return is_prose(node.text) or (at > first and not nodes[at - 1].blank_after)


def _signed_gap(readings: _Readings, start: int) -> int | None:
    """The index of the last line of the first signature (a name over date lines) in
    ``nodes`` from ``start`` on, within `MAX_GAP` lines and before the section ends."""
    nodes = readings.nodes
    for at in range(start, min(len(nodes), start + MAX_GAP)):
        node = nodes[at]
        if readings.ends_section(at):
            return None
        if node.marker is None and node.blank_after and readings.signed_at_end(at):
            return at  # "… – Ann Nov 19 '20 at 17:18" closing the last paragraph
        if node.marker is not None or not readings.is_date(at):
            continue
        if at + 1 < len(nodes) and nodes[at + 1].marker is None and readings.is_date(at + 1):
            continue  # (the signature's last date line)
        first = _signature_start(nodes[start : at + 1])
        return at if first < at + 1 - start else None
    return None


def _signature_start(block: list[OutlineNode]) -> int:
    """Where the signature closing ``block`` starts: the name line over its date lines,
    the name perhaps printed twice ("Ann" over "- Ann"); len(block): no signature."""
    dates = len(block)
    while dates > 0 and block[dates - 1].marker is None and is_date_node(block[dates - 1]):
        dates -= 1
    if dates == len(block) or dates == 0:
        return len(block)
    name = unsigned(block[dates - 1].text)
    if not looks_like_name(name) or is_date_line(name) or is_prose(name):
        return len(block)
    if dates > 1 and block[dates - 2].marker is None and unsigned(block[dates - 2].text) == name:
        return dates - 2
    return dates - 1


def _merged(marker: OutlineNode, text: OutlineNode) -> OutlineNode:
    """A lone marker's line and the text line after it, as one item."""
    return OutlineNode(
        marker.marker or marker.text,
        text.text,
        marker.line,
        marker.column,
        marker.start,
        text.end,
        text.blank_after,
        text.children,
        marker.source or text.source,
        end_line=text.line,
    )


_MONTH_NUMBER = re.compile(r"(?:0?[1-9]|1[0-2])\.$")  # a month's number, its full stop after it


def _undo_date_marker(node: OutlineNode) -> None:
    """ "29. März 2020 um 16:45 Uhr", "5. 3. 2024 14:22" read as numbered items to the
    grammar; they are dates."""
    if node.marker is None or not node.marker[0].isdigit():
        return
    word = node.text.split(" ", 1)[0]
    first = word.rstrip(".,").lower()
    if first not in MONTHS and first != "de" and not _MONTH_NUMBER.match(word):
        return  # ("29. März", "3. de mayo", "5. 3. 2024": a month follows, by name or number)
    text = f"{node.marker} {node.text}"
    match = find_date(text)
    if match is not None and match.start() == 0:
        node.marker, node.text = None, text


_OUTDENTED_LINES = 10  # lines of a quote printed out of its reply's column, at most


def rehome_outdented(nodes: list[OutlineNode]) -> None:
    """Plain lines printed left of the reply they belong to, the reply's lines going on
    under the last of them at the reply's own column (lynx prints a quote inside a
    reply's body at a column of its own, out of the list: "Maren sagt:" over
    "[100]DATE" at column 13, a blank line, "Is the zone valid?" at column 6, then "Yes,
    it is." at column 13): those lines and the lines under them go back into the block
    of that reply's last line, where the reply's body goes on. Read where the line
    before them is a reply link over the replies, the last of them closed by a blank
    line, and the lines under them stand at that reply's column."""
    lists = [nodes]
    while lists:
        siblings = lists.pop()
        at = 1
        while at < len(siblings):
            before = siblings[at - 1]
            line = siblings[at]  # (the cheap look: a plain line left of the one before it)
            outdented = line.column < before.column and line.marker is None and before.children
            end = _outdented_run(siblings, at) if outdented else 0
            if end and L.is_reply_link(before.text):  # (the replies under its link)
                chain = [before]  # (the last line of the block before them, down the tree)
                while chain[-1].children:
                    chain.append(chain[-1].children[-1])
                last, holder = chain[-1], chain[-2]
                under = list(siblings[end - 1].children)
                if (
                    holder.marker is not None
                    and last.marker is None
                    and last.blank_after
                    and under[0].column == last.column > siblings[at].column
                ):
                    run = siblings[at:end]
                    moved = [*run, *under]
                    tail = run[-1]
                    tail.children = ()
                    tail.last_line, tail.last_end = tail.end_line, tail.end
                    holder.children = [*holder.children, *moved]
                    for node in chain[:-1]:
                        node.last_line, node.last_end = moved[-1].last_line, moved[-1].last_end
                    del siblings[at:end]
                    continue
            at += 1
        for node in siblings:  # (the lists under them, walked in place: lines move)
            if isinstance(node.children, list) and node.children:
                lists.append(node.children)


def _outdented_run(siblings: list[OutlineNode], at: int) -> int:
    """The index after a run of plain lines from ``at``, at one column, only the last
    with lines under it (plain, the first of them deeper than the run); 0: none."""
    column = siblings[at].column
    end = at
    while end < min(len(siblings), at + _OUTDENTED_LINES):
        node = siblings[end]
        if node.marker is not None or node.column != column:
            return 0
        end += 1
        if node.children:
            first = node.children[0]
            return end if first.marker is None and first.column > column else 0
    return 0


# A signature's end inside a line, more text after it: the zone after its date, a
# template's parenthesis closed round it, its reply control ("… 16:31, 3 March 2024
# (UTC) [ reply ] That makes sense …", "… 09:12, 5. Mär. 2024 (CET)) [ antworten ] …")
_SIGNATURE_INSIDE = re.compile(r"\([A-Z]{2,5}\)\)?(?: ?\[ ?[^\W\d_]{1,20} ?\])?(?= +[^\s\[])")
_JOINED_LEAST = 60  # characters of a line that may hold two signed paragraphs, at least


def split_signed_lines(nodes: list[OutlineNode]) -> None:
    """Split the lines that hold several paragraphs each closed by its signature with
    its name's links, printed one after another on one line (inscriptis prints a talk
    page's consecutive `dd` replies so: "… as such. Ann Lee (talk) 16:31, 3 March 2024
    (UTC) [ reply ] That makes sense. … — Bo Berg (talk) 19:20, 3 March 2024 (UTC)
    [ reply ]"): each paragraph becomes a line of its own, the line's parts in order at
    the line's column (as if the converter had broken the line there), the lines
    indented under it under the last. A line is split only where the text before the
    cut closes with such a signature (`closing_signature`, links by the name) and the
    line's whole text does too: a date and zone in a sentence ("… met at 14:00, 3 May
    2024 (CET) and …") is no cut."""
    stack = [nodes]
    while stack:
        siblings = stack.pop()
        at = 0
        while at < len(siblings):
            node = siblings[at]
            parts = _signed_parts(node)
            if len(parts) > 1:
                siblings[at : at + 1] = parts
                at += len(parts) - 1
                node = parts[-1]
            if isinstance(node.children, list):
                stack.append(node.children)
            at += 1


def _signed_parts(node: OutlineNode) -> list[OutlineNode]:
    """The signed paragraphs of a line (`split_signed_lines`), the node alone where it
    holds one or none."""
    text = node.text
    if node.marker is not None or len(text) < _JOINED_LEAST or "(" not in text:
        return [node]
    cuts = [0]
    for mark in _SIGNATURE_INSIDE.finditer(text):
        signed = closing_signature(text[cuts[-1] : mark.end()])
        if signed is not None and signed[2]:
            cuts.append(mark.end())
    if len(cuts) < 2:
        return [node]
    last = closing_signature(text[cuts[-1] :])
    if last is None or not last[2]:
        return [node]
    text_start = node.end - len(text)
    parts: list[OutlineNode] = []
    for number, (low, high) in enumerate(itertools.pairwise([*cuts, len(text)])):
        part = text[low:high].strip()
        start = text_start + low + (len(text[low:high]) - len(text[low:high].lstrip()))
        final = number == len(cuts) - 1
        parts.append(
            OutlineNode(
                None,
                part,
                node.line,
                node.column,
                start,
                start + len(part),
                node.blank_after if final else False,
                node.children if final else (),
                node.source,
                end_line=node.end_line,
            )
        )
    return parts
