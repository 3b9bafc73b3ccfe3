"""Outline to model: decides what each outline node means and builds the `Page`.

The grammar gives an outline (lines, list items, what is indented under what); this
module reads it:

* first `mend` puts back what converters break in the outline (a list marker alone on
  its line, items whose bodies stand at the margin, a date read as a numbered item);
* the **thread** starts at the first list item that reads as a comment header
  ("NAME says:", "NAME • 2 weeks ago", a pingback, a name over a date line over a body,
  a picture with the name below), or at the first item after a declared count
  ("44 replies"), or at a list right under the bare number that counts its comments
  (a Q&A page's main content, headers dropped); it runs over that item's following
  siblings while they are comments (a header, a block under the item, or the next
  number of a numbered thread), and ends at the first sibling that is not. Where
  bodies are not indented under their headers (html2text), the thread is rebuilt from
  the headers' columns instead;
* under a comment, items that are comments themselves are its replies; dates, reply
  links, picture placeholders (and the name under a placeholder) around the body are
  metadata; other lines are paragraphs and quotes;
* before the thread: the title (the first line), then the article and page furniture
  (counts, icon labels); after it: trailer furniture ("Comments are closed.") — and
  a later thread, when another run of comment headers starts there.

Flat post lists are read by `posts.find_posts`; the authors found are cleaned by
`names.strip_badges`; a body's lines are grouped by `blocks`; once the tree is built,
`rehang` reads who answers whom again. Everything here is iterative: no recursion per
nesting level.
"""

from __future__ import annotations

import itertools
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import partial

import attrs

from threadparse import lines as L
from threadparse.blocks import article_blocks, group_blocks, node_span
from threadparse.claims import claim_once
from threadparse.dates import date_extent, find_date, is_date_line
from threadparse.errors import Diagnostics
from threadparse.mend import (
    MAX_GAP,
    Container,
    mend_unindented_items,
    merge_marker_lines,
    preorder,
    rehome_outdented,
    split_signed_lines,
)
from threadparse.model import (
    Article,
    Comment,
    Furniture,
    Meta,
    Page,
)
from threadparse.names import (
    _COUNTER,
    _PICTURE_OF,
    _WRAP_END,
    _badged,
    looks_like_name,
    strip_badges,
)
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
from threadparse.posts import (
    Post,
    SignedReply,
    counted_depths,
    dotted_depths,
    find_posts,
    is_prose,
    labelled_depths,
    marked_depths,
    may_hold_signatures,
    nested_depths,
    reply_to,
    spells_initials,
    sub_numbered_depths,
    under_initials,
)
from threadparse.posts import forget as forget_post_readings
from threadparse.posts.shapes import _RECORD_FIELD, entries_end, is_name_like
from threadparse.quoteboxes import (
    dated_attribution,
    may_hold_boxes,
    read_attribution,
)
from threadparse.rehang import (
    Latest,
    flatten_staircase,
    hang_by_answered_bylines,
    hang_by_answered_name,
    hang_by_attribution,
    hang_by_navigation,
    hang_by_reference,
    hang_labelled_answers,
    hang_thread_rows,
    shed_dated_titles,
    shed_timeline_events,
    shed_undated_tail,
    unleak_stairs,
)
from threadparse.span import Span


def subtree_span(node: OutlineNode) -> Span:
    """The span of the node and everything indented under it."""
    return Span(node.line, node.last_line, node.start, node.last_end)


_COUNT_REACH = 3  # plain lines between a count and the thread it opens, at most
_DATE_BLOCK = 2  # lines of an item's block that holds only its date, at most
_SPLIT_THREADS = 2  # item threads with text between: perhaps those of a flat list's posts
_UNTITLED_POSTS = 3  # posts at least in a list whose first one opens on the first line
_SURE_THREADS = 3  # top comments with headers of their own: the page's comments
_NAMED = ("verb", "date", "ping", "below")  # headers read from a line (not a picture)
_OUTNUMBER = 2  # named comments per post of a list they hold: a thread, not a wrapper
Run = tuple[int, int, list[OutlineNode]]  # a thread: first index, index after it, top comments
Segment = tuple[int, int, list[OutlineNode], "list[Post] | None"]  # a thread, or a post list


_STEM = 12  # a widget's excerpt keeps at least this many characters of a comment
# a "recent comments" widget's entry: a name of one to four words, the word for "on", a
# post's title of two words or more ("Ann Lee on A Post's Title", "Ann op Een titel")
_ON_POST = re.compile(
    r"^([^\s]+(?: [^\s]+){0,3}) (?:on|op|bei|zu|dans|sur|en|su|em) (\S+(?: \S+)+)$"
)
_SAME_START = 20  # comments kept per author and beginning, to compare excerpts with
_WHOLE_EXCERPT = 160  # the longest comment a "recent comments" widget shows whole
_UNDER_ITEM = ("placeholder", "below")  # an item whose header is the line under it


def _plain_lines(item: OutlineNode) -> list[OutlineNode]:
    """The item's plain lines before its first sub-item, in order, with the lines
    indented under them (a converter that follows the page's block nesting indents a
    signature's name and date under the body's last line)."""
    plain: list[OutlineNode] = []
    stack = list(reversed(item.children))
    while stack:
        node = stack.pop()
        if node.marker is not None:
            break
        plain.append(node)
        stack.extend(reversed(node.children))
    return plain


def _in_preview(post: Post, start: int, end: int) -> bool:
    """The item thread (flat lines ``start`` to ``end``) stands wholly in the preview of a
    later post folded into the post's tail (`posts.find`): the post's own lines, no
    thread across posts."""
    return post.preview.start <= start and end <= post.preview.stop and start < end


def _wraps_posts(run: Run, first: int, last: int) -> bool:
    """An item thread of one top item that opens before a flat post list's first post
    and runs to (or past) its last: the item only holds the list (a converter indents
    the posts under the thread's first header line, "* Start date …"), so it is no
    thread across posts."""
    start, end, roots = run
    return len(roots) == 1 and start < first and end >= last


def _wraps_post(post: Post, following: list[Post], start: int, end: int) -> bool:
    """An item thread (flat lines ``start`` to ``end``) that opens in a flat post's
    header block and holds the post's stamp, and no other post's: the block's last
    item (a rank, a counter) holding the stamp and the body a converter nested under
    it ("+ 5" over "Posted DATE" over the body), not a thread across posts."""
    return post.start <= start <= post.stamp < end and (not following or following[0].start >= end)


def _wrapped_signature(line: str, under: str) -> L.Header | None:
    """The signature closing an item's line wrapped onto the one line under it ("• Thanks.
    – Ann 7 mars" over "2024 à 20:10", w3m), its date timed as a comment's is (a list
    of posts' titles wrapped so, "• Title — Subtitle - 26" over "avril 2018", is none)."""
    header = signed_at_end(f"{line} {under}")
    if header is None or header.date is None or not _CLOCK.search(header.date):
        return None
    return header


def _over_item_replies(
    flat: list[OutlineNode], threads: list[Run], posts: list[Post]
) -> list[Post]:
    """The posts of a list read on two levels (`Post.depth`) whose replies are the top
    comments of item threads (a Q&A page's answers printed as plain lines, "Ann Lee
    answered • DATE", the comments under each a list, "• Bo Ek • DATE"): the threads
    stay threads, each the replies of the plain post over it, so the posts are those
    of the plain lines alone, each running to the next one (the last one past its
    replies) with its replies in it; those before the first plain post are the page's
    (a question's comments, the question the article). ``posts`` as they are where
    some reply is no item thread's top comment, or no plain post is."""
    if all(post.depth is None for post in posts):
        return posts
    listed = {  # (not an item signed at its end, "• Thanks. – Ann DATE": a reply of its
        flat[post.stamp].line  # own, read by its signature)
        for post in posts
        if flat[post.stamp].marker is not None and not post.signed_whole
    }
    held = [(start, end) for start, end, roots in threads if all(r.line in listed for r in roots)]
    lines = {root.line for _, _, roots in threads for root in roots}
    plain = [post for post in posts if flat[post.stamp].marker is None]
    if not held or not plain or not listed <= lines or not _listed_under(flat, posts):
        return posts
    for post, following in itertools.zip_longest(plain, plain[1:]):
        stop = len(flat) if following is None else following.start
        under = [(start, end) for start, end in held if post.stamp < start and end <= stop]
        if under:  # (its body ends over its first reply)
            post.body_end = min(post.body_end, under[0][0])
        ends = [post.end, *(end for _, end in under)]  # (the last one: past its replies)
        post.end = max(ends) if following is None else stop
        post.tail = []
        post.replies = range(post.body_end, post.end)
    return plain


def _listed_under(flat: list[OutlineNode], posts: list[Post]) -> bool:
    """Every post stamped on a list item stands a level under the plain post before it
    (a Q&A page's comments under their answer), none at that post's depth or over it: a
    talk page's signature printed with a dash read as a list marker ("– LinkBot (talk)
    DATE", a paragraph closed by its signature at depth 0 like the one over it) is no
    reply."""
    over: Post | None = None
    for post in posts:
        if flat[post.stamp].marker is None:
            over = post
        elif over is not None and (post.depth or 0) <= (over.depth or 0):
            return False
    return True


def _one_label(authors: set[str | None]) -> bool:
    """The "authors" of an item thread's dated headers are one word, the same on every
    item: the template's label ("● Posted 30 September 2013"), no name; the names stand
    elsewhere (over a profile card), for the page's posts to tell."""
    return len(authors) == 1 and (author := next(iter(authors))) is not None and " " not in author


def _sure_item(header: L.Header | None) -> bool:
    """A list item that reads as a comment header by its own line ("NAME DATE")."""
    return header is not None and header.evidence in ("verb", "date")


class PageBuilder:
    """Builds one `Page` from an outline; one instance per parse."""

    def __init__(self, diagnostics: Diagnostics, dialect: str | None = None) -> None:
        L.forget()  # a new page: no line reading cached for another one is kept
        forget_post_readings()
        self.diagnostics = diagnostics
        self.dialect = dialect
        self._headers: dict[int, L.Header | None] = {}
        self._leaves: dict[tuple[str, bool], L.Header | None] = {}  # (`header`)
        # the comments read so far, by author and beginning (see _repeats_earlier)
        self._texts: dict[tuple[str | None, str], list[str]] = {}
        self._authors: set[str | None] = set()  # the authors of the comments in _texts
        self._indexed = 0  # how many of the page's top-level comments are in _texts
        self._signed: dict[int, set[int]] = {}  # items signed below: their signature's lines
        self._not_run: set[int] = set()  # items read in a run of names too short (_name_run)
        # the header lines of a section without list markers that stand right of the
        # header over them (`_flat_run`): replies, as an indented item is
        self._indented_heads: set[int] = set()
        self._not_closed: set[int] = set()  # items read in a run of no comments (_closed_run)
        self._container: Container = {}  # each list item's siblings and place (build)
        self._sections: list[int] = []  # count lines over a thread inside an item (_threads)
        self._answering: dict[int, str] = {}  # a named block's line: the name it answers
        self._loose_counts: dict[int, int] = {}  # count lines of unknown nouns (_nameless_run)
        # comments whose header line wrapped onto lines under it: those lines' last one
        # (a line number), and the header read whole (`_wrapped_header`)
        self._wrapped: dict[int, tuple[int, str]] = {}
        # opening posts whose name line carries a card wrapped onto the lines under it:
        # how many those lines are (`_opening_post`, `_card_wraps`)
        self._cards: dict[int, int] = {}
        # (no quote box is looked for on a page whose text holds no attribution's words)
        self._boxes = not diagnostics.text or may_hold_boxes(diagnostics.text)
        # (nor a paragraph closed by a signature on a page with no signature's shape)
        self._signatures = not diagnostics.text or may_hold_signatures(diagnostics.text)
        self._ages: bool | None = None  # aged headers repeat down the page (_aged_header)
        # the first words of the control lines printed under dates (`_date_tails`; None:
        # not looked for)
        self._tails: frozenset[str] | None = None
        # the labels opening signature lines (`_labelled_signature`): whether they repeat
        self._labels: dict[str, bool] = {}
        # the posts signatures close, where an unmarked header has prose over it under
        # its count (`_closes_post`; None: not looked for)
        self._closing: list[Post] | None = None

    def _may_box(self, nodes: list[OutlineNode]) -> bool:
        """Whether a quote box can open among a body's lines: the page can hold one, and
        the stretch of the dump the lines come from has an attribution's words."""
        text = self.diagnostics.text
        if not self._boxes or not nodes or not text:
            return self._boxes and bool(nodes)
        return may_hold_boxes(text, min(map(_START, nodes)), max(map(_END, nodes)))

    # -- what an item is ----------------------------------------------------------------
    def header(self, node: OutlineNode) -> L.Header | None:
        """How the node's line reads as a comment header (None: it does not). Cached."""
        key, headers = id(node), self._headers
        if key in headers:
            return headers[key]
        if node.marker is None:
            return None  # a plain line heads nothing (unless a rule said so: cached)
        if node.children:
            header = headers[key] = self._item_header(node)
            return header
        # an item without lines under it reads by its line alone (and whether the line
        # wrapped: `_glued`): a page's menus and reply links repeat such lines
        leaf = (node.text, node.end_line == node.line)
        if leaf in self._leaves:
            header = headers[key] = self._leaves[leaf]
        else:
            header = headers[key] = self._leaves[leaf] = self._item_header(node)
        return header

    def _item_header(self, node: OutlineNode) -> L.Header | None:
        """How a list item's line reads as a comment header (see `header`)."""
        text = node.text
        header = L.read_header(text)
        if header is not None and header.evidence == "verb" and dated_attribution(text):
            return None
        if header is None and node.children and L.opens_excerpt(node.children[0].text):
            header = L.read_pinged(text)  # (a linking post's long title over its excerpt)
        elif header is None:  # (over the date it linked on, then the excerpt)
            header = _pinged_over_date(text, node.children)
        if header is None:
            glued = _glued(node) if "[" in text else None
            if glued is not None:  # the body on the header's line
                return glued[0]
            if len(text) > _LONG_ITEM:
                header = _stamped_at_end(text)
            elif text[-1:] in "mhdwyo" and L.ends_in_age(text):  # (units: AGE_ENDS)
                header = self._aged_header(text)
        if header is None:
            header = _header_below(node)
        if header is None and node.children:
            header = self._signature(node) or _initial_over_name(node)
        if header is None and (is_placeholder(text) or _picture_by_reply(text)):
            return L.Header(None, evidence="placeholder")  # the name is further down
        if header is None and _picture_over_name(node):
            return L.Header(None, evidence="name")  # (the name is read off the body)
        if header is None and node.children:
            first = node.children[0]
            if (
                first.marker is None
                and is_date_line(first.text)
                and looks_like_name(text)
                and any(not _is_meta(child) for child in (*node.children[1:], *first.children))
                and not self._menu_entry(node)
                and not self._dated_entry(node)
            ):  # "NAME" over "May 30, 2019 at 5:38 PM" over a body (or under the date)
                header = L.Header(L.display_name(text), evidence="name")
        return header

    def _menu_entry(self, item: OutlineNode) -> bool:
        """The item is the last entry of a menu that the converter hung the page under
        ("Home", "Radios", "About" over the post's date and the post): the entries
        before it, `_MENU_ENTRIES` or more, are items of a single line with nothing
        under them."""
        siblings, place = self._container.get(id(item), ((), 0))
        return place >= _MENU_ENTRIES and all(
            sibling.marker is not None and not sibling.children and sibling.end_line == sibling.line
            for sibling in siblings[:place]
        )

    def _dated_entry(self, item: OutlineNode) -> bool:
        """The item is an entry of a list of posts, each a title over its date ("Meine
        Packliste" over "2. Mai 2024"): `_DATED_ENTRIES` or more of its siblings are items
        of a line over a date line and nothing else (a comment has a body; this item's
        lines under the date are the page's next list, which the converter hung under
        the last entry)."""
        siblings, _ = self._container.get(id(item), ((), 0))
        entries = 0
        for sibling in siblings:
            if sibling is item or sibling.marker is None or len(sibling.children) != 1:
                continue
            date = sibling.children[0]
            if date.marker is None and not date.children and is_date_line(L.plain(date.text)):
                entries += 1
                if entries >= _DATED_ENTRIES:
                    return True
        return False

    def _aged_header(self, text: str) -> L.Header | None:
        """An item's line read as a name and the comment's age in short units
        (`lines.aged_header`), where such lines repeat down the page (`_ages_repeat`,
        read once a page)."""
        header = L.aged_header(text)
        if header is not None and self._ages is None:
            self._ages = _ages_repeat(self.diagnostics.text)
        return header if self._ages else None

    def _signature(self, item: OutlineNode) -> L.Header | None:
        """The header of an item signed below its body: its last plain lines (before
        any reply) are a name and a date ("Ann · March 2, 2020", or "Ann" over the date,
        the name perhaps printed twice: "– Ann"), after at least one line of body; or
        the body's last line ends in the signature ("… – Ann Nov 19 '20 at 17:18").
        The signature's lines are remembered, to be taken off the body."""
        plain = _plain_lines(item)
        if not plain:
            return None
        header = self._signature_lines(item, plain) if len(plain[-1].text) <= 120 else None
        if header is None:
            header = signed_at_end(plain[-1].text)
            if header is None and len(plain) > 1 and len(plain[-1].text) <= 80:
                header = signed_at_end(paragraph_end(plain, len(plain) - 1))  # (wrapped)
            elif header is None and len(plain) == 1 and not item.blank_after:
                header = _wrapped_signature(item.text, plain[0].text)
            if header is not None:  # (the signature ends a body line: nothing to take off)
                self._signed[id(item)] = set()
        return header

    def _signature_lines(self, item: OutlineNode, plain: list[OutlineNode]) -> L.Header | None:
        """The header of an item signed below its body on lines of their own (see
        `_signature`): the name over the date, or "Ann · March 2, 2020". Not after a
        reply link, nor with one among its lines: a reply link closes a body, so the
        lines after it open the next comment (w3m prints a table cell's picture at the
        margin in front of a body line, a bullet whose block runs on to that header).
        A control line the page prints under its dates closes the signature ("Add Star
        ann bob" under the date): it is no name, and no body."""
        if (
            len(plain) >= 3
            and is_date_node(plain[-2])
            and not is_date_node(plain[-1])  # ("Commented DATE" under the date: one more)
            and self._under_dates(plain[-1].text)
        ):
            header = self._signature_lines(item, plain[:-1])
            if header is not None:
                self._signed.setdefault(id(item), set()).add(plain[-1].line)
            return header
        labelled = _labelled_name_date(plain[-1].text)
        if labelled is not None:  # ("名前：Ann 2023-05-14 21:03:11" under the body)
            return self._signed_as(item, plain, [plain[-1]], *labelled)
        dates = len(plain)  # the name over the date lines ("Ann", "– Ann", dates)
        while (
            dates > 0
            and len(plain[dates - 1].text) <= 80
            and is_date_line(L.plain(plain[dates - 1].text))
        ):
            dates -= 1
        names: list[str] = []
        if 0 < dates < len(plain) and len(plain) - dates <= 2:
            names = [unsigned(plain[dates - 1].text)]
            twice = unsigned(plain[dates - 2].text) if dates > 1 else ""
            if twice and (names[0] == twice or _badged(names[0], twice)):
                names = [twice, twice]  # "Ann" over "– Ann", or over "– Ann Mod" (a badge)
        if (
            names
            and _said_line(names[0])
            and len(plain) - dates == 1
            and (plain[dates - 1].blank_after or _permalink(plain[-1].text))
            and looks_like_name(item.text)
            and any(ch.isalpha() for ch in item.text)  # (not an icon: "●")
            and not is_placeholder(item.text)  # (nor a picture's text: "[thumb2]")
            and item.text[-1:] not in ",;:"  # (a greeting opening the body: "Hi Ann,")
            and not is_date_line(L.plain(item.text))
            and _names_nobody(plain[-1].text)
        ):  # the item's line the name, the body, then the date alone ("Ann" … "2021-03-04")
            self._signed[id(item)] = {plain[-1].line}
            return L.Header(
                L.display_name(item.text), date=L.plain(plain[-1].text), evidence="signature"
            )
        if names and looks_like_name(names[0]) and not is_date_line(names[0]):
            signed = plain[dates - len(names) :]
            author: str | None = L.display_name(names[0])
            date: str | None = L.plain(plain[-1].text)
        else:  # "Ann · March 2, 2020" (the name set apart from the date)
            last = plain[-1]
            header = L.read_header(last.text)
            if header is None or header.evidence != "date" or not header.author:
                return None
            if L.is_reply_link(header.author) and (  # ("reply ▲ 84 ▼ (3) DATE": a footer
                footed := self._footer_dated(item, last, header.date)  # of controls, no
            ):  # name, under a body whose item's line names the poster)
                return footed
            line = L.plain(last.text)
            between = line[len(header.author) : line.find(header.date or "\n")]
            if " " not in header.author and not between.strip():
                return None  # "Commented May 3, 2021": a date line
            signed, author, date = [last], header.author, header.date
        return self._signed_as(item, plain, signed, author, date)

    def _footer_dated(
        self, item: OutlineNode, footer: OutlineNode, date: str | None
    ) -> L.Header | None:
        """The header of an item whose line is its poster's name and whose last line,
        under the body, is a footer of controls closed by the date ("reply ▲ 84 ▼ (3)
        March 5, 2024 at 2:14 PM"): the name, dated by the footer; None where the
        item's line names no one."""
        shown = L.plain(item.text)
        if (
            not is_name_like(shown)
            or "：" in shown  # ("Ann：the reply's words", a reply printed after its name)
            or is_date_line(shown)
            or L.is_reply_link(shown)
        ):
            return None
        self._signed[id(item)] = {footer.line}
        return L.Header(L.display_name(item.text), date=date, evidence="signature")

    def _signed_as(
        self,
        item: OutlineNode,
        plain: list[OutlineNode],
        signed: list[OutlineNode],
        author: str | None,
        date: str | None,
    ) -> L.Header | None:
        """`_signature_lines`: the header of an item whose last plain lines ``signed``
        name ``author`` and ``date``, where a body stands over them, set apart."""
        body = len(plain) - len(signed) + (not _COUNTER.match(item.text) and bool(item.text))
        if body < 1 or not author:
            return None
        if len(plain) == len(signed) and (
            L.display_name(item.text) == author or is_placeholder(item.text)
        ):
            return None  # (its one line the name again over the date: a post list's card,
            # the picture's text and the title: "Alecrim em apartamento" over its copy)
        above = plain[-len(signed) - 1] if len(plain) > len(signed) else item
        dashed = L.plain(signed[0].text)[:1] in _SIGN_DASHES  # "– Ann": a signature's dash
        if (
            not (above.blank_after or dashed)
            and len(signed) < 3  # (else: a wrapped title)
            and not self._labelled_signature(signed[0].text, author, item)
        ):  # set apart from the body by a blank line or a dash, or a name twice, or
            return None  # opened by a label that opens a signature under other items too
        if any(L.is_reply_link(L.plain(n.text)) for n in (above, *signed)):
            return None  # (a reply link closes a body: the line after it opens the next)
        self._signed[id(item)] = {n.line for n in signed}
        return L.Header(author, date=date, evidence="signature")

    def _labelled_signature(self, text: str, author: str, item: OutlineNode) -> bool:
        """The signature line opens with a label of a few words before its name
        ("Comment by Ann — DATE"), and lines opening with that label stand under at
        least `_SIGNATURE_RUN` bodies of the page: a signature printed under each body
        with no blank line over it (lynx), not a body line that ends in a date. A
        field's label closed by its colon ("名前：Ann DATE") only where the item's own
        line opens with the same name (a field of another kind, "IP属地:浙江 DATE",
        names a place)."""
        line = L.plain(text)
        label = line[: line.find(author)] if author in line else ""
        words = label.split()
        if words and words[-1][-1:] in ":：":
            if not L.plain(item.text).startswith(author):
                return False
            words[-1] = words[-1][:-1]
        if not 0 < len(words) <= _LABEL_WORDS or not all(w.isalpha() for w in words):
            return False
        if label not in self._labels:
            self._labels[label] = _label_run(self.diagnostics.text, label)
        return self._labels[label]

    def _under_dates(self, text: str) -> bool:
        """The line opens with the word of a control line the page prints under its
        dates (`_date_tails`, read once a page)."""
        if self._tails is None:
            self._tails = _date_tails(self.diagnostics.text)
        words = L.plain(text).casefold().split(None, 1)
        return bool(words) and words[0] in self._tails

    def is_comment(self, node: OutlineNode) -> bool:
        """Inside a thread: an item with a block under it, or a childless item whose line
        is a "says:"-style header or a pingback (a bare "Title – date" is a post list).
        A reply link's item ("+ Reply") is a control even with replies under it. An
        item without a header whose block is nothing but a list is a nested list (a
        sidebar's "Recent posts"), not a comment."""
        if node.marker is None:
            return False
        header = self.header(node)
        if node.children:
            if header is None and L.is_reply_link(node.text):
                return False  # "Reply" over the replies: a control (they are the comment's)
            if header is None and dated_attribution(node.text):
                return False  # "36 minutes ago, Ann said:" over a quote: the body's
            if header is None and self._titles_list(node):
                return False
            if header is None and self._tally_entry(node):
                return False  # ("6" over "Upvote": a reactions box's count, no comment)
            return header is not None or any(
                child.marker is None or self.header(child) is not None for child in node.children
            )
        if header is not None and _glued_at(node) is not None:
            return True  # the body is on the header's line
        return header is not None and header.evidence in ("verb", "ping", "counted")

    def _bodied_at_bullet(
        self, item: OutlineNode, previous: OutlineNode, following: list[OutlineNode]
    ) -> bool:
        """Under a comment, an item with nothing under it whose line names its author
        and date ("Ann says May 2, 2020"), its body printed right after it at the column
        of its own bullet (inscriptis): a reply. (An entry of a list in the body stands
        over the next entry, or over text at the body's own column; a line that reads
        as an item only because a wrap put a dash first goes on ``previous`` with no
        blank line between.) ``following``: the lines after it, the next one last."""
        if item.children or not following:
            return False
        if item.marker == "-" and not previous.blank_after:
            return False
        following_line = following[-1]
        if following_line.marker is not None or following_line.column != item.column:
            return False
        header = self.header(item)
        return header is not None and header.evidence in ("verb", "date") and bool(header.author)

    def _titles_list(self, item: OutlineNode) -> bool:
        """An item whose block opens with a list item that reads as no header: the
        item's line is the title of a list ("Recent posts" over its links, a sidebar
        printed under the last comment), not a comment's header (a body opens with a
        line of text; a reply under a comment reads as a header)."""
        first = next(iter(item.children), None)
        return first is not None and first.marker is not None and self.header(first) is None

    def _tally_entry(self, item: OutlineNode) -> bool:
        """An entry of a tally (a reactions box, a poll's results: "6" over "Upvote", "0"
        over "Funny", "3" over "Love"): a number alone over one line of a word or two
        and nothing else, `_TALLY_ENTRIES` such entries side by side, this among them."""
        if not _tallies(item) or id(item) not in self._container:
            return False
        siblings, place = self._container[id(item)]
        run = 1
        for step in (-1, 1):
            at = place + step
            while 0 <= at < len(siblings) and _tallies(siblings[at]):
                run += 1
                at += step
        return run >= _TALLY_ENTRIES

    def _in_link_list(self, item: OutlineNode) -> bool:
        """A reply candidate without a header of its own next to an item that is a single
        line without a header (a list of links in the body, this one wrapped onto a
        second line): a list entry, not a reply."""
        if self.header(item) is not None or id(item) not in self._container:
            return False
        siblings, place = self._container[id(item)]
        for at in (place - 1, place + 1):
            if 0 <= at < len(siblings):
                other = siblings[at]
                if (
                    other.marker is not None
                    and other.column == item.column
                    and not other.children
                    and self.header(other) is None
                ):
                    return True
        return False

    def _sure_threads(self, threads: list[Run]) -> bool:
        """Item threads whose top comments read as headers by their own line ("NAME
        says:", "NAME DATE", pingbacks), at least three: a blog's comment section, which
        no flat post list would beat."""
        sure = 0
        authors: set[str | None] = set()
        for _, _, roots in threads:
            if self._excerpts(roots) is not None:
                continue  # (each body cut with an ellipsis: a widget's excerpts, no section)
            for root in roots:
                header = self.header(root)
                if header is not None and header.evidence in ("verb", "date", "ping"):
                    sure += 1
                    authors.add(header.author if header.evidence == "date" else None)
        return sure >= _SURE_THREADS and not _one_label(authors)

    def _count(self, flat: list[OutlineNode], run: Run) -> int:
        """How many items of a thread read as comment headers, replies at any depth
        included (or 1: the thread's first comment)."""
        start, end, _ = run
        headers = sum(1 for node in flat[start:end] if node.marker and self.header(node))
        return max(1, headers)

    # -- the page -----------------------------------------------------------------------
    def build(self, nodes: list[OutlineNode], ends_with_newline: bool) -> Page:
        """The page of the outline ``nodes`` (mended: `mend`), read with the header verbs
        its lines repeat that no list of known verbs holds (`lines.repeated_verbs`)."""
        if merge_marker_lines(nodes):  # (lynx's layout: lone markers, outdented quotes)
            rehome_outdented(nodes)
        mend_unindented_items(nodes)
        if self._signatures:  # (a talk page's replies joined on one line: inscriptis)
            split_signed_lines(nodes)
        flat, container = preorder(nodes)
        source = self.diagnostics.text  # (each line's end read off it: no text is cut)
        verbs = L.repeated_verbs(
            [node.text for node in flat if source.endswith(L.VERB_ENDS, node.start, node.end)]
        )
        glued = L.glued_months(  # (the lines that may hold one, read off the source)
            node.text for node in flat if L.may_glue_month(source, node.start, node.end)
        )
        labels = L.signed_labels(  # (the same: lines that may name a poster after a date)
            node.text for node in flat if L.may_sign_after(source, node.start, node.end)
        )
        if verbs or glued or labels:  # (the lines read before they were learned are read
            L.forget()  # again)
        with L.page_verbs(verbs), L.page_glued_months(glued), L.page_signed_labels(labels):
            return self._build(flat, container, ends_with_newline)

    def _build(
        self, flat: list[OutlineNode], container: Container, ends_with_newline: bool
    ) -> Page:
        page = Page(dialect=self.dialect, ends_with_newline=ends_with_newline)
        self._container = container
        threads = self._without_bar_counted(flat, self._threads(flat, container))
        position = 0
        if (
            flat
            and flat[0].marker is None
            and not L.declared_count(flat[0].text)
            and not _COUNTER.match(flat[0].text)  # (a post's number or score: no title)
        ):
            title = flat[0]
            page.title, page.title_span = title.text, node_span(title)
            position = 1
        segments = self._with_posts(flat, threads, position)
        if position and segments and segments[0][0] < position:
            position = 0  # (the first line heads the first post: the page prints no title)
            page.title, page.title_span = None, None
        lines_before: list[OutlineNode] = []
        first_thread = True
        threads_end = max((end for _, end, _, posts in segments if posts is None), default=0)
        post_list = False
        excerpts = [
            posts is None and self._excerpts(roots) is not None for *_, roots, posts in segments
        ]
        for (start, end, roots, posts), cut in zip(segments, excerpts, strict=True):
            if posts is None and (
                self._repeats_earlier(roots, page)  # a "recent comments" widget: its lines
                or (cut and not all(excerpts))  # stay in flat[position:], and become
                or self._names_posts(roots, page)  # furniture (its excerpts cut with an
                or _doubled_items(roots)  # ellipsis beside a comment section too; its
            ):  # "NAME on POST" headers; a list of links each printed twice)
                continue
            lines_before.extend(flat[position:start])
            if first_thread:
                opening = None
                if posts is None:  # (a forum's opening post over its replies' list)
                    opening = self._opening_post(lines_before, flat[start:threads_end])
                elif _itemized(flat, posts):  # (the list's items unindented: html2text)
                    opening = self._opening_post(lines_before, flat[start:end])
                self._article(page, lines_before if opening is None else lines_before[: opening[0]])
                if opening is not None:
                    self._thread(page, [opening[1]])
                first_thread = False
            else:
                self._trailer(page, lines_before)
            lines_before = []
            if posts is None:
                self._thread(page, roots)
            else:
                self._post_list(page, flat, posts)
                post_list = True
            position = end
        lines_before.extend(flat[position:])
        if first_thread:
            self._article(page, lines_before)
        else:
            self._trailer(page, lines_before)
        if self._answering:
            hang_by_answered_name(page, self._answering)
        shed_undated_tail(page)
        shed_dated_titles(page)
        unleak_stairs(page, self.diagnostics.text)
        flatten_staircase(page)
        hang_by_answered_bylines(page, self.diagnostics.text)
        strip_badges(page, self.diagnostics.text)
        shed_timeline_events(page, self.diagnostics.text)
        hang_thread_rows(page)
        hang_by_attribution(page, self.diagnostics.text)
        hang_by_reference(page)
        hang_by_navigation(page, self.diagnostics.text)
        hang_labelled_answers(page, self.diagnostics.text)
        claim_once(page)  # (each line in one node, whatever rules read it twice)
        page.defer_kind(post_list)  # (detected when first read: `kinds.detect`)
        return page

    def _opening_post(
        self, before: list[OutlineNode], after: list[OutlineNode]
    ) -> tuple[int, OutlineNode] | None:
        """The page's opening post among the plain lines ``before`` the first thread (a
        forum whose replies are list items, the question over them as plain lines): the
        nearest name line over a date line printed in the format of two date lines of
        the item threads ``after`` it (`_date_shape`), its name heading one of their
        comments too (`_opener_name`), prose under it; the avatar's text printed over
        the name (`lines.spells_name`) goes with it. A name line that carries the
        poster's card may be wrapped over the lines down to the date (`_card_wraps`).
        Where it starts in ``before`` and a copy of its lines, the first holding the
        rest; None when there is none."""
        candidates = [  # (plain name lines over plain date lines, the nearest first)
            (at, stamp)
            for stamp in range(len(before) - 1, max(0, len(before) - _OPENING_SCAN), -1)
            if before[stamp].marker is None
            and _opening_date(L.plain(before[stamp].text)) is not None
            for at in _card_wraps(before, stamp)
        ]
        if not candidates:  # (most pages: no date line over the threads to compare)
            return self._headed_opening(before, after)
        shapes = Counter(
            _date_shape(_unlabelled(shown))
            for node in after
            if node.marker is None and is_date_line(shown := L.plain(node.text))
        )
        authors: set[str] = set()  # (the items' own authors, where their lines are dated)
        if not shapes or max(shapes.values()) < 2:
            dated = [
                (header.author, header.date)
                for node in after
                if node.marker is not None
                and (header := self.header(node)) is not None
                and header.author
                and header.date
            ]  # ("brucine - 5 mars 2024 à 15:10": the date on the item's header line)
            shapes = Counter(_date_shape(date) for _, date in dated)
            if not shapes or max(shapes.values()) < 2:
                return None
            authors = {author for author, _ in dated}
        for at, stamp in candidates:
            name, date = before[at], before[stamp]
            shown = _opening_date(L.plain(date.text)) or ""
            if shapes[_date_shape(_unlabelled(shown))] < 2:
                continue
            named = L.plain(name.text)
            carded = _carded_name(named, authors)
            if carded is None and (stamp > at + 1 or not _opener_name(named, shown, after)):
                continue  # (a reply's copy over the thread: "Best reply", its card's
                # labels around the name; the opening post is further up. A wrapped
                # line is a card's only where an author opens it)
            if not _prose_in(before[stamp + 1 :]):
                return None
            top = _avatar_top(before, at)
            author = None if top < at else carded or L.display_name(name.text)
            root = self._opening_root(before, top, L.Header(author, evidence="name"))
            if top == at < stamp - 1:  # (the lines the card was wrapped onto: its header's)
                self._cards[id(root)] = stamp - 1 - at
            return top, root
        return None

    def _opening_root(self, before: list[OutlineNode], top: int, header: L.Header) -> OutlineNode:
        """The opening post made of the lines ``before[top:]``, the first holding the
        rest, read by ``header``."""
        root = as_line(before[top], [as_line(node) for node in before[top + 1 :]])
        seal(root)
        self._headers[id(root)] = header
        return root

    def _headed_opening(
        self, before: list[OutlineNode], after: list[OutlineNode]
    ) -> tuple[int, OutlineNode] | None:
        """`_opening_post` printed with a header of the thread's own template: the
        nearest plain line over the first thread that reads as a dated header ("Dana
        Whitfield @dana_w 2 years ago") of the shape of two or more of the thread's
        items' headers (`_header_shape`: an article's byline, "Par Ann, DATE - Category",
        has a shape of its own) and whose author heads one of them (the opener answering
        in the thread), prose under it."""
        dated = [
            (L.plain(node.text), header)
            for node in after
            if node.marker is not None
            and (header := self.header(node)) is not None
            and header.date
            and header.author
        ]
        if len(dated) < 2:
            return None
        shapes = Counter(_header_shape(line, header) for line, header in dated)
        authors = {header.author for _, header in dated}
        for at in range(len(before) - 2, max(-1, len(before) - _OPENING_SCAN), -1):
            if before[at].marker is not None or len(before[at].text) > _HEADER_LENGTH:
                continue  # (a paragraph of the article: no header)
            line = L.plain(before[at].text)
            header = L.read_header(line)
            if header is None or header.evidence != "date" or header.author not in authors:
                continue
            if shapes[_header_shape(line, header)] < 2 or not _prose_in(before[at + 1 :]):
                return None
            return at, self._opening_root(before, at, header)
        return None

    def _with_posts(
        self, flat: list[OutlineNode], threads: list[Run], position: int
    ) -> list[Segment]:
        """The page's comment segments in document order: the item threads, or, when the
        page is a flat post list (`posts.find_posts`), the list as one segment with the
        item threads that stand where a post's replies do as that post's replies, and
        those before or after it. A list item in a post's body is body text. An item
        thread that runs across posts means the page is no post list. A list whose first
        post opens on the line read as the title (before ``position``) is the page's
        only where it holds `_UNTITLED_POSTS` posts: a dump opening on its first post."""
        plain: list[Segment] = [(start, end, roots, None) for start, end, roots in threads]
        if self._closing:  # (signatures under the bodies, found by `_closes_post`)
            posts = self._closing
        elif (self._sure_threads(threads) and len(threads) < _SPLIT_THREADS) or (
            len(threads) == 1 and self._counted(flat, threads[0])
        ):  # (looking for posts costs a third of a parse: not on blog pages, but for
            # signatures the threads are read off: `_signature_items`)
            signed = self._signed_across(flat, threads)
            if signed is None:
                return plain
            posts = signed
        else:
            posts = find_posts(
                flat, self._headed_lines(threads), self._signatures, named=not threads
            )
        posts = _over_item_replies(flat, threads, posts)  # (their replies item threads)
        single = bool(posts) and (posts[0].headless or posts[0].lone)  # (one post may do)
        if not posts or len(posts) < 2 - single:
            return plain
        if posts[0].start < position:  # (the first line opens the first post)
            posts = _after_count(flat, posts)
            if len(posts) < _UNTITLED_POSTS:
                return plain
        counts = [self._count(flat, run) for run in threads]
        if len(posts) > 2 * sum(counts) and sum(len(roots) for _, _, roots in threads) <= 1:
            return [(posts[0].start, posts[-1].end, [], posts)]  # an item or two: no thread
        segments: list[Segment] = []
        first, last = posts[0].start, posts[-1].end
        at = 0  # the post a thread may belong to (threads and posts are in order)
        outside = across = 0
        stamped = {flat[post.stamp].line for post in posts}  # (the posts' stamp lines)
        for (start, end, roots), count in zip(threads, counts, strict=True):
            if _wraps_posts((start, end, roots), first, last) and not self._outnumbers(
                flat, start, end, len(posts)
            ):
                continue  # (an item whose subtree holds the whole list: no thread)
            if end <= first or start >= last:
                header = self.header(roots[0])
                if start >= last and not _stretch_holds_prose(flat, start, end):
                    continue  # (a list of topics after the posts, a sidebar: no comments)
                if (
                    count > 1
                    or (header is not None and header.evidence in L.SURE_EVIDENCE)
                    or _count_over(flat, start) == count  # ("Comments (1)" over it)
                ):  # (a lone item that is no sure comment is no thread beside a post list)
                    segments.append((start, end, roots, None))
                    outside += count * (start >= last)  # (those before: the article's)
                continue
            while at < len(posts) and posts[at].end <= start:
                at += 1
            owner = posts[at] if at < len(posts) else None
            if owner is not None and _wraps_post(owner, posts[at + 1 : at + 2], start, end):
                continue  # (the post itself, its body nested under its header's last item)
            if owner is not None and (
                (start >= owner.replies.start and end <= owner.replies.stop)
                or _closes_body(
                    flat, owner, start, end, owner is posts[-1], _count_over(flat, start) == count
                )
            ):  # (or replies left in a body)
                owner.reply_runs.append(roots)
            elif (
                owner is None
                or not (
                    (start >= owner.body_start and end <= owner.body_end)
                    or _in_preview(owner, start, end)
                )
            ) and not (
                self._over_stamps(flat, start, end, posts)
                or self._stamp_items(roots, stamped)
                or self._signature_items(flat, roots, posts)
            ):
                across += count  # a thread across posts or their headers
        if across and not (posts[0].number is not None and len(posts) >= across):
            return plain  # (running post numbers beat an item thread no longer than them)
        if outside >= len(posts):  # the threads after the list are the page's comments
            return plain
        segments.append((first, posts[-1].end, [], posts))  # (the last one cut by its replies)
        segments.sort(key=lambda segment: segment[0])
        return segments

    def _over_stamps(
        self, flat: list[OutlineNode], start: int, end: int, posts: list[Post]
    ) -> bool:
        """An item thread (flat lines ``start`` to ``end``) whose every comment is an item
        that stands in for its header ("reply", `_header_below`) over a line that stamps
        a post of the flat list: a converter nested the next posts under the last
        control of a post's bar, so the thread reads the posts' own headers, no thread
        across them. So does a thread of empty items (a bullet printed alone where a
        picture stood: "●") each over the header lines of a post, down to its stamp
        (`_over_stamp`). So does a thread of the posts' card fields, each item read as a
        name alone right over a post's stamp whose author the list read off another line
        ("• Lozère (48)" over "Posté(e) le 5 décembre 2023", the poster's name higher up
        in the card): the fields are the posts' own header lines. Items past the list's
        last post (a list of other topics the converter nested there too) are no thread
        across the posts."""
        below = False
        stamps = {post.stamp: post for post in posts}
        stamped = set(stamps)
        for index in range(start, min(end, posts[-1].end)):
            node = flat[index]
            if node.marker and (header := self.header(node)) is not None:
                if header.evidence == "placeholder" and _bare_bullet(node):
                    if not _over_stamp(flat, index, stamped):
                        return False
                elif header.evidence == "name":
                    if not _field_over_stamp(index, header.author, stamps):
                        return False
                elif header.evidence != "below" or index + 1 not in stamps:
                    return False
                below = True
        return below

    def _stamp_items(self, roots: list[OutlineNode], stamped: set[int]) -> bool:
        """An item thread whose every top comment is the stamp line of a post of the flat
        list (its line number in ``stamped``) and names nobody, the same label on each
        ("● Posted 30 September 2013 - 11:35 PM": w3m printed the icon before each post's
        date as a bullet, the post's card and body under it): the posts' own stamps, no
        thread across them."""
        if not roots or any(root.line not in stamped for root in roots):
            return False
        return _one_label(
            {header.author if (header := self.header(root)) else None for root in roots}
        )

    def _signed_across(self, flat: list[OutlineNode], threads: list[Run]) -> list[Post] | None:
        """The flat list of posts closed by signatures that every one of ``threads`` is
        read off (`_signature_items`: a talk page's signature lines over the replies
        under them, read as headers, the section's bar with them: "Latest comment: 1
        month ago", "3 comments"); None where the page holds no signature
        (`may_hold_signatures`) or some thread is no such reading."""
        if not self._signatures:
            return None
        posts = find_posts(flat, self._headed_lines(threads), True, named=not threads)
        if posts and all(self._signature_items(flat, roots, posts) for _, _, roots in threads):
            return posts
        return None

    def _signature_items(
        self, flat: list[OutlineNode], roots: list[OutlineNode], posts: list[Post]
    ) -> bool:
        """An item thread read inside a flat list of posts each closed by its signature
        (a wiki's talk page: "… to hand? — Ann Lee (talk) 08:20, 9 May" over the reply
        indented under it, read as a header over its body; a dated line of a list in a
        body; the section's bar, "Latest comment: 1 month ago", between two posts):
        every comment of the thread stands in such a post, down to its signature, or
        between two of them, and the posts are at least as many as the comments. The
        posts' own lines, no thread across them."""
        signed = [post for post in posts if post.author_line is None and not post.header]
        if len(signed) < len(posts) or not signed:
            return False
        held: set[int] = set()
        for post, following in itertools.zip_longest(signed, signed[1:]):
            stop = post.stamp + 1 if following is None else following.start
            held.update(flat[at].line for at in range(post.start, stop))
        found, stack = 0, list(roots)
        while stack:
            node = stack.pop()
            stack.extend(node.children)
            if self.header(node) is None:
                continue
            if node.line not in held:
                return False
            found += 1
        return 0 < found <= len(signed)

    def _outnumbers(self, flat: list[OutlineNode], start: int, end: int, posts: int) -> bool:
        """The items of ``flat[start:end]`` that read as headers by a line of their own
        (a name with a date or verb on the item's line or right under it, not a mere
        picture) are at least `_OUTNUMBER` times the ``posts`` of a flat list found among
        them: the items are the page's comments (a converter that nested each one in
        the one before: resiliparse's stairs), not a field list wrapping the posts."""
        named = 0
        for node in flat[start:end]:
            if node.marker is not None and (header := self.header(node)) is not None:
                named += header.evidence in _NAMED
        return named >= _OUTNUMBER * posts

    def _counted(self, flat: list[OutlineNode], run: Run) -> bool:
        """A thread right under a count that its comments make up exactly, replies
        included ("21 Comments" over 21 comments; a count of one only over a comment
        that reads as one by its header, "NAME says:": one item under "1 Reply" can
        be anything): the page's comment section, which no flat post list would beat."""
        start, _, roots = run
        count = _count_over(flat, start)
        if count is None or count != max(self._count(flat, run), len(roots)):  # (roots:
            return False  # unmarked)
        header = self.header(roots[0])
        return count > 1 or (header is not None and header.evidence in L.SURE_EVIDENCE)

    def _headed_lines(self, threads: list[Run]) -> list[range]:
        """The lines (ranges, in order) of the threads' top comments whose header is
        sure (a "says:" line, a pingback, a signature under the body): their dates
        stamp no post of a flat post list."""
        return [
            range(root.line, root.last_line + 1)
            for _, _, roots in threads
            for root in roots
            if (header := self.header(root)) is not None and header.evidence in L.SURE_EVIDENCE
        ]

    def _repeats_earlier(self, roots: list[OutlineNode], page: Page) -> bool:
        """A run of comments that only repeats the beginnings of comments already read,
        each cut with an ellipsis by the same author: a "recent comments" widget. Some of
        its entries may be whole (a short comment, on this page or another, perhaps
        closed by a full stop), where their authors are commenters already read and the
        entries that repeat a comment outnumber them."""
        if not page.comments:
            return False
        stems = self._excerpts(roots, strict=False)  # first the cheap test: every body is cut
        if stems is None or 2 * sum(cut for *_, cut in stems) <= len(stems):  # (or short)
            return False
        for top in page.comments[self._indexed :]:  # the comments read since last time
            for comment in top.walk():
                text = " ".join(comment.text.split())
                same = self._texts.setdefault((comment.author, text[:_STEM]), [])
                if len(same) < _SAME_START:  # (bounded: a lookup costs the same on any page)
                    same.append(text)
                self._authors.add(comment.author)
        self._indexed = len(page.comments)
        repeated = [
            cut
            and any(text.startswith(stem) for text in self._texts.get((author, stem[:_STEM]), ()))
            for author, stem, _, cut in stems
        ]
        return 2 * sum(repeated) > len(stems) and all(
            again or (whole and author in self._authors)
            for again, (author, _, whole, _) in zip(repeated, stems, strict=True)
        )

    def _names_posts(self, roots: list[OutlineNode], page: Page) -> bool:
        """A run whose every header names a commenter and a post ("Ann Lee on A Post's
        Title", a "recent comments" widget), where one of the posts is a line of the
        page (this post's title, or another's in a list of posts) or one of the names
        an author of the comments already read."""
        named: list[tuple[str, str]] = []
        for root in roots:
            header = self.header(root)
            author = header.author if header is not None else None
            on = _ON_POST.match(author) if author else None
            if on is None:
                return False
            named.append((on.group(1), on.group(2)))
        authors = {c.author for top in page.comments for c in top.walk()}
        text = self.diagnostics.text
        return any(
            name in authors or re.search(rf"(?m)^[ \t]*{re.escape(post)}[ \t]*$", text)
            for name, post in named
        )

    def _excerpts(
        self, roots: list[OutlineNode], strict: bool = True
    ) -> list[tuple[str | None, str, bool, bool]] | None:
        """Of comments each cut with an ellipsis (a widget's excerpts of comments), the
        author, the text before the ellipsis (as shown: `lines.plain`), whether the
        entry may be a whole comment and whether it may be cut, of each; None when one
        is not cut. Not ``strict``: a body closed by a full stop may be cut too (the
        excerpt's own text is then looked for in the comments read, `_repeats_earlier`),
        and a short body (`_WHOLE_EXCERPT` characters at most) not closed by an ellipsis
        may be whole (a short comment the widget did not cut); ``strict``: two comments
        at least, each closed by an ellipsis."""
        if strict and len(roots) < 2:
            return None  # (one comment that trails off is no widget)
        stems: list[tuple[str | None, str, bool, bool]] = []
        for root in roots:
            header = self.header(root)
            lines = [n for n in root.children if n.marker is None]
            if header is not None and header.evidence in _UNDER_ITEM and lines:
                header = L.read_header(lines[0].text)  # (the avatar's item: its name under it)
                lines = lines[1:]
            if header is None or header.kind != "comment":
                return None  # (a pingback quotes an excerpt of the post that links)
            body = " ".join(L.plain(n.text) for n in lines)
            if "](" in body:  # (a link wrapped over the lines: its text, read whole,
                body = L.plain(" ".join(n.text for n in lines))  # html2text's excerpts)
            stem = body.rstrip(".… ")
            cut = body != stem
            if not cut and (strict or not _STEM <= len(body) <= _WHOLE_EXCERPT):
                return None
            ellipsis = body.endswith(("...", "…"))
            if len(stem) < _STEM or (strict and not ellipsis):
                return None
            stems.append((header.author, stem, not ellipsis and len(body) <= _WHOLE_EXCERPT, cut))
        return stems

    def _threads(self, flat: list[OutlineNode], container: Container) -> list[Run]:
        """The comment runs: (first node index, index after the run, top-level comments)."""
        runs: list[tuple[int, int, list[OutlineNode]]] = []
        since_count = 99  # plain lines since a declared count ("44 replies")
        declared = 0  # the number that count declares
        index, size = 0, len(flat)
        while index < size:
            node = flat[index]
            if node.marker is None:
                found = None
                if since_count <= _COUNT_REACH and self._unmarked_header(node, flat, index):
                    if not self._closes_post(flat, index, since_count):  # (a signature
                        found = self._flat_run(flat, index, unmarked=True)  # opens none)
                elif since_count <= _COUNT_REACH and declared >= _NAMED_BLOCKS:
                    found = self._named_blocks(flat, index, declared)
                if found is not None:
                    end, roots = found
                    runs.append((index, end, roots))
                    index, since_count = end, 99
                    continue
                text = node.text
                if pings := L.heads_pings(text):  # ("1 Pingback" over the linking posts)
                    self._read_listed_pings(flat, index, pings)
                counted = not runs and L.opens_comments(text)
                if counted:
                    declared = L.declared_count(text) or 0
                elif not runs and (number := self._counts_headers_under(flat, index)):
                    counted, declared = True, number  # ("10 nhận xét:" over "Lan nói...")
                since_count = 0 if counted else since_count + 1
                index += 1
                continue
            header = self.header(node)
            if _under_number(flat, index):
                listed = self._counted_run(flat, index, container)
                if listed:  # (bodies under their items: no flat layout)
                    end = _run_end(flat, index, listed)
                    runs.append((index, end, listed))
                    index, since_count = end, 99
                    continue
            if (
                header is None
                and node.children
                and (
                    self._name_run(node, container, flat, index)
                    or self._closed_run(node, container)
                )
            ):
                header = self.header(node)  # (the run's names were read as headers)
            nameless = False
            if header is None and not runs and index:
                above = flat[index - 1]  # (a count right over the list, no deeper than it)
                if above.marker is None and above.column <= node.column:
                    nameless = self._nameless_run(flat, index, container, since_count == 0)
                if nameless:
                    header = self.header(node)  # (the run's items were read as comments)
            dated = None
            if header is None and index + 1 < size and flat[index + 1].marker is None:
                dated = _date_over_flat_name(node, flat, index)
            if dated is not None and _pictures_repeat(flat, index):  # a date item over the
                header = self._headers[id(node)] = dated  # name, repeating down the list
            flat_layout = (
                not nameless
                and self._is_flat(node, flat, index)
                and not self._in_field_list(node, container)
            )
            if flat_layout and header is None and node.children:  # a name over its date
                named = _name_over_flat_date(node, flat, index)  # alone, the body after it
                if named is not None and (  # under a count, or repeating down the list
                    _below_count(flat, index)
                    or (_body_at_bullet(node, flat, index) and _named_dates_repeat(flat, index))
                    or self._numbered_after_comment(node, container)
                ):
                    header = self._headers[id(node)] = named
            # after a count, the first item decides: a comment starts the thread, else no
            strong = header is not None and header.evidence != "placeholder"
            if flat_layout and not strong and header is not None:
                strong = _pictures_repeat(flat, index)
            if flat_layout and header is not None and header.evidence == "date":
                flat_layout = not _ends_link_list(flat, index)
            if strong and since_count > _COUNT_REACH and _glued_at(node) is not None:
                strong = _glued_repeat(flat, index)  # one such line alone is no thread
            starts = (flat_layout or self.is_comment(node)) and (
                strong or since_count <= _COUNT_REACH
            )
            since_count = 99
            if starts and header is not None and header.evidence in ("name", "signature"):
                starts = not self._wraps_section(flat, index)
            if not starts:
                index += 1
                continue
            if flat_layout:
                end, roots = self._flat_run(flat, index)
                runs.append((index, end, roots))
                index = end
                continue
            roots = [node]
            siblings, place = container[id(node)]
            bare = header is not None and header.evidence == "bare"
            for after in range(place + 1, len(siblings)):  # by index: no copy, no skipping
                sibling = siblings[after]
                if not (self.is_comment(sibling) or numbered_next(roots[-1], sibling)):
                    break
                if (
                    numbered_next(roots[-1], sibling)
                    and self.header(roots[-1]) is not None
                    and self.header(sibling) is None
                    and _named_over_date_alone(siblings, after)
                ):  # (a pingback, then the next comment read as the list's first one was:
                    break  # `_numbered_after_comment`, `_flat_run`)
                if bare and not _closed_by_reply(sibling):
                    break  # (a run of headerless comments ends with its reply links)
                roots.append(sibling)
            end = _run_end(flat, index, roots)
            runs.append((index, end, roots))
            index = end
        return runs

    def _numbered_after_comment(self, node: OutlineNode, container: Container) -> bool:
        """The item ``node`` carries the number after the item before it in its list (plain
        lines between them perhaps), and that item reads as a comment by a header of its
        own: a pingback among the comments ("2. Pingback: A Post" over "3. Ann", her
        date under her name and her body after it, as the comments before the pingback
        print theirs). The list's numbers go on past the pingback: so does the thread."""
        siblings, place = container[id(node)]
        for at in range(place - 1, -1, -1):
            previous = siblings[at]
            if previous.marker is not None:
                return numbered_next(previous, node) and self.header(previous) is not None
        return False

    def _read_listed_pings(self, flat: list[OutlineNode], index: int, kind: str) -> None:
        """The items listed right under the heading of a page's pingbacks at ``index``
        ("1 Pingback", "Trackbacks & Pingbacks"), each the linking post's title alone,
        read as pingbacks of ``kind`` (`lines.read_listed_ping`), up to the first item
        that reads otherwise (a comment, when the comments go on in the same list). None
        is where an item holds a comment: inscriptis hangs the comments' list under the
        last title, and a pingback's item would take them as its replies."""
        first = flat[index + 1] if index + 1 < len(flat) else None
        if first is None or first.marker is None or first.column < flat[index].column:
            return
        siblings, place = self._container[id(first)]
        pings: dict[int, L.Header] = {}
        for item in siblings[place:]:
            if self.header(item) is not None or L.is_reply_link(item.text):
                break
            if any(self.header(child) is not None for child in item.children):
                return
            header = L.read_listed_ping(item.text, kind)
            if header is None:
                break
            pings[id(item)] = header
        self._headers.update(pings)

    def _counts_headers_under(self, flat: list[OutlineNode], index: int) -> int:
        """The number a plain line of a number and a word or two ("10 nhận xét:", "12
        tankar") declares, where the line under it heads a comment by a verb ("Lan
        nói...", the surest header there is): a count heading in words no list here holds
        (`lines.opens_comments` reads those it knows). 0 otherwise."""
        text = flat[index].text
        if not text[:1].isdigit() and text[:1] != "#":
            return 0  # (a count opens the line, perhaps after a Markdown heading's marks)
        match = _NUMBER_WORDS.fullmatch(L.plain(text) if text[:1] == "#" else text)
        if match is None:
            return 0
        under = index + 1  # (a picture's placeholder between them: "[av2]", "![](…)")
        if under < len(flat) and (
            is_placeholder(flat[under].text) or not L.plain(flat[under].text)
        ):
            under += 1
        if under >= len(flat):
            return 0
        below = flat[under]
        header = self.header(below) if below.marker is not None else L.read_header(below.text)
        return int(match.group(1)) if header is not None and header.evidence == "verb" else 0

    def _without_bar_counted(self, flat: list[OutlineNode], runs: list[Run]) -> list[Run]:
        """The runs without a first one of headerless items under a count that the page
        prints again over a later run whose comments have headers: the first count
        stood in a share bar ("9 Comments E-Mail Facebook Twitter") over teaser cards;
        the section is under the second."""
        if len(runs) < 2 or any(self.header(root) is not None for root in runs[0][2]):
            return runs
        count = _count_over(flat, runs[0][0])
        if count is None:
            return runs
        for later in runs[1:]:
            if any(self.header(root) is not None for root in later[2]):
                return runs[1:] if _count_over(flat, later[0]) == count else runs
        return runs

    def _name_run(
        self, node: OutlineNode, container: Container, flat: list[OutlineNode], index: int
    ) -> bool:
        """``node`` opens a run of sibling items that are each a name alone over a block
        of plain lines, perhaps with replies of that shape listed under it, at least
        `_NAME_RUN` of them over prose (a comment plugin that prints neither dates nor
        verbs), or as many as the count right over the list (`_count_over` the node's
        line, ``flat[index]``: "Komentarze (3)" over three, one of them over prose at
        least): the names are read as the items' headers. Siblings read as comments by
        headers of their own (pingbacks) go on with the run."""
        if node.marker is None or not node.children or id(node) in self._not_run:
            return False
        siblings, place = container[id(node)]
        names: list[tuple[OutlineNode, str]] = []
        prose = 0
        for sibling in siblings[place:]:
            named = _names_over_blocks(sibling)
            if named is None:
                if names and self.header(sibling) is not None:
                    continue  # (a pingback among the comments)
                break
            names += named
            prose += sum(any(is_prose(c.text) for c in item.children[:4]) for item, _ in named)
        if prose < _NAME_RUN and not (prose and _count_over(flat, index) == len(names)):
            self._not_run.update(id(item) for item, _ in names)  # (each list read once)
            return False
        for item, name in names:
            self._headers[id(item)] = L.Header(name, evidence="name")
        return True

    def _closed_run(self, node: OutlineNode, container: Container) -> bool:
        """``node`` opens a run of sibling items, at least `_CLOSED_RUN` of them, each a
        block closed by a reply link ("Reply", "ReplyDelete") before any list under it,
        whose lines are mostly no names: comments whose header the converter dropped
        (main-content extraction). Their lines are body text; the items under them
        closed by a reply link too are their replies, nameless as well."""
        if node.marker is None or not node.children or id(node) in self._not_closed:
            return False
        siblings, place = container[id(node)]
        run: list[OutlineNode] = []
        for sibling in siblings[place:]:
            if not _closed_by_reply(sibling) or self.header(sibling) is not None:
                break
            run.append(sibling)
        names = sum(1 for item in run if not _nameless(item))
        if len(run) < _CLOSED_RUN or 2 * names >= len(run):
            self._not_closed.update(id(item) for item in run)
            return False
        bare = L.Header(None, evidence="bare")
        while run:  # (the replies under them, at any depth: no recursion)
            item = run.pop()
            if self.header(item) is None and _nameless(item):
                self._headers[id(item)] = bare
            run.extend(child for child in item.children if _closed_by_reply(child))
        return True

    def _nameless_run(
        self, flat: list[OutlineNode], index: int, container: Container, counted: bool
    ) -> bool:
        """The list that opens at ``flat[index]`` right under a plain line (no deeper than
        the list) that is a count, no other line between (``counted``: a count read as
        one; else a line shaped as a count whatever its noun, "12 Additions":
        `lines.loose_count`), is a list of comments whose headers the converter dropped
        (main-content extraction): its items without a header, the first one among
        them, are mostly prose (`_speaks`), every one where the noun is unknown, and
        then no prose goes on after the list (an article's steps under "5 Steps:" are
        followed by more of the article). The speaking items and the childless ones are
        read as nameless comments, and under them, at any depth, the items that speak
        as their replies (their block may hold nothing but those). False, and nothing
        read, when the list is no such run."""
        loose = None
        if not counted:
            loose = L.loose_count(flat[index - 1].text)
            if loose is None:
                return False
        siblings, place = container[id(flat[index])]
        run: list[OutlineNode] = []
        for sibling in siblings[place:]:
            if sibling.marker is None or not sibling.text or self.header(sibling) is not None:
                break
            run.append(sibling)
        speaking = [item for item in run if _speaks(item)]
        if not speaking or speaking[0] is not run[0] or 2 * len(speaking) < len(run):
            return False
        if loose is not None:
            if len(speaking) < len(run):
                return False
            if _prose_follows(flat, _run_end(flat, index, run)):
                return False  # (the article goes on: a list of its own)
            self._loose_counts[flat[index - 1].line] = loose
        nameless = L.Header(None, evidence="counted")
        spoken = {id(item) for item in speaking}
        for item in run:
            if id(item) in spoken or not item.children:
                self._headers[id(item)] = nameless
        stack = [child for item in speaking for child in item.children]
        while stack:  # (the replies, at any depth: no recursion)
            node = stack.pop()
            if node.marker is not None:
                if not node.text or self.header(node) is not None or not _speaks(node):
                    continue  # (a list in the body, or a reply with a header of its own)
                self._headers[id(node)] = nameless
            stack.extend(node.children)
        return True

    def _counted_run(
        self, flat: list[OutlineNode], index: int, container: Container
    ) -> list[OutlineNode]:
        """The list that opens at ``flat[index]`` right under a bare number (no blank
        line between: `_under_number`) when it is that many comments or fewer, each an
        item of text or a score over a block (`_counted_item`), at least half of them
        holding prose and at least half marked as comments are (`_marked`: a score over
        the text, a date closing it): a comment list under its count, its headers
        dropped (main-content extraction keeps a Q&A post's comments but not their
        authors; a list of points under a number has no such marks). Items without a
        header, or whose header's "name" is a sentence ("Nice idea. Commented May 3,
        2021": the comment's text before its date), are read as headerless comments;
        empty when the list is no such run."""
        count = int(flat[index - 1].text)
        siblings, place = container[id(flat[index])]
        run: list[OutlineNode] = []
        for sibling in siblings[place:]:
            if len(run) == count or not _counted_item(sibling):
                break
            run.append(sibling)
        if place + len(run) < len(siblings) and siblings[place + len(run)].marker is not None:
            return []  # (more items than the count: a list of something else)
        if 2 * sum(map(_item_holds_prose, run)) < len(run) or 2 * sum(map(_marked, run)) < len(run):
            return []
        counted = L.Header(None, evidence="counted")
        for item in run:
            header = self.header(item)
            if header is None or (header.author is not None and not looks_like_name(header.author)):
                self._headers[id(item)] = counted
        return run

    def _is_flat(self, node: OutlineNode, flat: list[OutlineNode], index: int) -> bool:
        """A header item whose body is not indented under it (html2text's layout):
        it has no block, and the next line is a plain line no deeper than it; or its
        header is glued to the start of its body on its own line; or its block holds
        its date alone and its body follows at the item's own column (`_body_at_marker`)."""
        if node.children:
            return _body_at_marker(node, flat, index)
        if "](" in node.text and _glued_at(node) is not None and self.header(node) is not None:
            return True  # the body on the header's line, the rest (if any) unindented
        if index + 1 >= len(flat):
            return False
        after = flat[index + 1]
        if after.marker is not None or after.column > node.column:
            return False
        if ends_section(after) and not _names_picture(flat, index + 1):
            return False
        header = self.header(node)
        if header is None or header.evidence != "placeholder":
            return True
        return _name_follows(flat, index)  # a picture for a header: the name must follow

    def _in_field_list(self, node: OutlineNode, container: Container) -> bool:
        """An item in a list of fields ("Started by NAME", "Start date DATE"): the item
        next to it, on the line right before or after, reads as no header. A comment
        header printed without its body under it stands alone in its list."""
        siblings, place = container[id(node)]
        for at in (place - 1, place + 1):
            if 0 <= at < len(siblings):
                other = siblings[at]
                near = other.last_line + 1 == node.line or node.line + 1 == other.line
                if other.marker is not None and near and self.header(other) is None:
                    return True
        return False

    def _wraps_section(self, flat: list[OutlineNode], index: int) -> bool:
        """The item ``flat[index]``, read as a comment by its name alone or by a
        signature (its block's last line a date), holds a comment section: a count ("10
        comments:") right over an item or a plain line that reads as a surer header
        ("NAME DATE", "NAME says:"; inscriptis prints a blog's comments unmarked).
        Comments hold no such section: the item is a menu's last entry the converter
        hung the page under, not a comment. (A count found is kept: the items around it
        are asked again as the walk goes in.)"""
        last_line = flat[index].last_line
        for at in self._sections:
            if at > index and flat[at].line <= last_line:
                return True
        at = index + 1
        while at + 1 < len(flat) and flat[at + 1].line <= last_line:
            node, following = flat[at], flat[at + 1]
            if node.marker is None and L.opens_comments(node.text):
                header = (
                    self.header(following)
                    if following.marker is not None
                    else L.read_header(following.text)
                )
                if header is not None and header.evidence in ("verb", "date"):
                    self._sections.append(at)
                    return True
            at += 1
        return False

    def _named_blocks(
        self, flat: list[OutlineNode], index: int, count: int
    ) -> tuple[int, list[OutlineNode]] | None:
        """Right after a count of ``count`` comments, as many blocks of plain lines
        (`_named_block`), each a name alone over its body and closed by a reply link,
        from ``flat[index]`` on, and no more: a comment section printed with neither
        list markers nor dates. Returns the index after the run and the comments (each
        a copy of its name line, with copies of its other lines under it); None: no
        such run. A block whose header names the comment it answers ("Reply to NAME")
        is remembered, to hang it under that one (`hang_by_answered_name`)."""
        blocks: list[tuple[int, int]] = []
        at = index
        while len(blocks) <= count:
            while at < len(flat) and _icon_line(flat[at].text):
                at += 1  # (an icon between two blocks: "__")
            end = _named_block(flat, at)
            if end is None:
                break
            blocks.append((at, end))
            at = end
        if len(blocks) != count:
            return None
        roots: list[OutlineNode] = []
        for number, (start, end) in enumerate(blocks):
            stop = blocks[number + 1][0] if number + 1 < len(blocks) else end
            name = flat[start]
            copy = as_line(name, [as_line(node) for node in flat[start + 1 : stop]])
            self._headers[id(copy)] = L.Header(L.display_name(name.text), evidence="name")
            answered = next(filter(None, (reply_to(n.text) for n in flat[start + 1 : end])), None)
            if answered is not None:
                self._answering[name.line] = answered
            seal(copy)
            roots.append(copy)
        return blocks[-1][1], roots

    def _closes_post(self, flat: list[OutlineNode], index: int, since_count: int) -> bool:
        """The unmarked header ``flat[index]``, ``since_count`` lines under a count, is a
        signature: prose stands between the count and it (or a card of its shape signs
        the body over the count, `_carded_over_count`: the opening post's; or the list
        was found under an earlier count), and it stamps
        a post of the flat list that signatures close (`posts.find_posts`, looked for
        once a page and only so): it closes that body, or comments on a post so signed;
        it opens no comment of an item thread."""
        if (
            not self._closing
            and not any(is_prose(n.text) for n in flat[index - since_count : index])
            and not _carded_over_count(flat, index, index - since_count)
        ):
            return False
        if self._closing is None:
            found = find_posts(flat, (), self._signatures)
            self._closing = found if found and found[0].closing else []
        return any(post.stamp == index for post in self._closing)

    def _unmarked_header(self, node: OutlineNode, flat: list[OutlineNode], index: int) -> bool:
        """Right after a count, a plain line that reads as a header ("NAME DATE",
        "NAME says:") over body text: a comment section printed without list markers."""
        header = L.read_header(node.text)
        if header is None and node.marker is None:
            wrapped = (
                _wrapped_verb(flat, index)
                or _wrapped_dated(flat, index)
                or _name_over_posted(flat, index)
            )
            if wrapped is not None:
                header, index = wrapped[0], wrapped[1]
        if header is None or header.evidence not in ("verb", "date") or index + 1 >= len(flat):
            return False
        if _numbered_only(header):
            return False  # (a post's number and date, "#2.1 — 3 hours ago": the name
            # stands on a line of its own over it, which the flat post list reads)
        if under_initials(flat, index):
            return False  # (the date line of a header its avatar's initials open: the
            # flat post list reads those, "HD" over "Henrik Dahlqvist" over this line)
        after = flat[index + 1]
        if node.children and header.evidence != "verb":
            return False  # (a "NAME DATE" line over an indented block: a post's header)
        return after.marker is None and not ends_section(after)

    def _flat_run(
        self,
        flat: list[OutlineNode],
        index: int,
        unmarked: bool = False,
    ) -> tuple[int, list[OutlineNode]]:
        """Rebuild a thread whose bodies are not indented under their headers: each line
        goes to the header before it; headers nest by their columns. The run ends at a
        heading, a form ("Leave a Reply"), a closed notice or a count, or a line left
        of the first body where that body stands at its bullet's column (`_body_column`).
        The outline's own nodes are left alone: the thread is made of copies. ``unmarked``:
        the headers are plain lines (no list markers); a header right of the one over it
        is its reply (inscriptis indents nested `div` replies), but where the page does
        not indent them replies cannot be told apart, and that is said."""
        if unmarked:
            node = flat[index]
            self.diagnostics.warn(
                "comments-without-markers",
                "comment headers without list markers: replies told only by indentation",
                node_span(node),
                node.column,
                guess="a header right of the one over it is its reply; the rest top level",
            )
        roots: list[OutlineNode] = []
        open_: list[tuple[int, list[OutlineNode]]] = []  # (column, children) of headers
        opened: list[OutlineNode] = []  # the header lines' copies, as open_ holds them
        floor = 0 if unmarked else _body_column(flat, index)
        texts = [node.text for node in flat] if unmarked else []
        end = index
        while end < len(flat):
            node = flat[end]
            if unmarked and end > index and _heads_entries(flat, texts, end):
                break  # (a list of posts' titles over their dates, a sidebar: no comments)
            if (
                end > index
                and ends_section(node)
                and not _counts_replies(flat, end, index)
                and not _names_picture(flat, end)
                and not (unmarked and _wrapped_heading(flat, end))
            ):
                break
            if node.column < floor:
                break  # (left of the first body: the page goes on after the thread)
            kids: list[OutlineNode] = []
            copy = as_line(node, kids) if node.marker is None else as_item(node, kids)
            if unmarked:
                lone = False  # (an item among the plain headers, headed as they are)
                if end > index and node.marker is not None and _sure_item(self.header(node)):
                    if not _lone_item_header(flat, end):
                        break  # (a list of items headed "NAME DATE": a thread of its own)
                    lone = True  # ("● Ann DATE": an icon the converter took for a bullet)
                header = _whole_line_header(flat, end) if node.marker is None else None
                if lone:
                    header = self.header(node)
                if header is not None and header.evidence not in ("verb", "date", "ping"):
                    header = None  # (a pingback among them: "Pingback: A Post | A Blog")
                if header is None and node.marker is None and node.column >= floor:
                    wrapped = (
                        _wrapped_verb(flat, end)
                        or _wrapped_dated(flat, end)
                        or _wrapped_at_mark(flat, end)
                    )
                    if wrapped is None and not (opened and self._undated(opened[-1]) is not None):
                        wrapped = _name_over_posted(flat, end)  # (else: a body's last line)
                    if wrapped is not None:  # (a header html2text, w3m or lynx wrapped)
                        header, last, text = wrapped
                        copy = _spanning(node, flat[last], text, kids)
                        node, end = flat[last], last
                self._headers[id(copy)] = header  # the copy stands for a header line
            else:
                header = self.header(node) if node.marker is not None else None
                if header is None and node.marker is not None:
                    header = (
                        _name_over_flat_date(node, flat, end)
                        or _date_over_flat_name(node, flat, end)
                        or _over_flat_excerpt(node, flat, end)
                    )
                    self._headers[id(copy)] = header
                elif header is not None and header.evidence == "ping":
                    self._headers[id(copy)] = header  # (a listed pingback: `_read_listed_pings`)
            if (
                unmarked
                and header is not None
                and opened
                and self._dates_open(header, node, open_[-1], opened[-1])
            ):
                header = None  # (the footer that dates the comment over it: its body's end)
            is_header = header is not None and header.evidence != "name"
            if end > index and header is not None and header.evidence == "placeholder":
                # inside the run as at its start: a picture heads a comment only when
                # its name (and date) follow; else it is an icon of the current one
                is_header = _name_follows(flat, end)
            if is_header or end == index:
                while open_ and open_[-1][0] >= node.column:
                    open_.pop()
                    opened.pop()
                if unmarked and open_ and end > index:
                    self._indented_heads.add(id(copy))  # (right of the header over it)
                (open_[-1][1] if open_ else roots).append(copy)
                open_.append((node.column, kids))
                opened.append(copy)
            else:
                open_[-1][1].append(copy)
            end += 1
        for root in roots:
            seal(root)
        return end, roots

    def _dates_open(
        self,
        header: L.Header,
        node: OutlineNode,
        open_: tuple[int, list[OutlineNode]],
        top: OutlineNode,
    ) -> bool:
        """`_flat_run`: the plain line ``node``, read as a header that names no one but
        its posting word ("posted 3/5/2007 at 7:42 AM reply"), is the footer of the
        comment ``top`` over it (``open_``: its column and the lines under it), whose
        header named its poster and no date ("ann wrote:"), a body between them. That
        comment is dated by it, and the footer's line is its signature (`_signed`), no
        comment of its own."""
        if header.date is None or (header.author or "").casefold() not in L.POSTING_WORDS:
            return False
        above = self._undated(top)
        if above is None or not open_[1] or node.column < open_[0]:
            return False
        self._headers[id(top)] = attrs.evolve(above, date=header.date)
        self._signed.setdefault(id(top), set()).add(node.line)
        return True

    def _undated(self, top: OutlineNode) -> L.Header | None:
        """`_flat_run`: the header of the comment ``top`` where it names its poster and
        no date ("ann wrote:"): a posting line under it is its footer (`_dates_open`);
        None for other headers."""
        above = self._headers.get(id(top))
        if above is None or above.date is not None or not above.author:
            return None
        return above if above.evidence == "verb" else None

    def _article(self, page: Page, nodes: list[OutlineNode]) -> None:
        """The lines before the thread: page furniture now (a count, a closed notice),
        the article's blocks when first read (`Article.made_when_read`)."""
        stretches: list[tuple[list[OutlineNode], bool]] = []
        body: list[OutlineNode] = []
        for node in nodes:
            if self._furniture(page, node, before_thread=True) is None:
                body.append(node)
            else:  # furniture ends the paragraph it interrupts
                stretches.append((body, self._may_box(body)))
                body = []
        stretches.append((body, self._may_box(body)))
        page.article = Article.made_when_read(partial(article_blocks, stretches))

    def _trailer(self, page: Page, nodes: list[OutlineNode]) -> None:
        for node in nodes:
            if self._furniture(page, node, before_thread=False) is None:
                page.furniture.append(Furniture(node.text, "trailer", node_span(node)))

    def _furniture(self, page: Page, node: OutlineNode, before_thread: bool) -> Furniture | None:
        if node.marker is not None:
            return None
        text = node.text
        count = L.declared_count(text)
        if count is None and self._loose_counts:
            count = self._loose_counts.get(node.line)  # ("12 Additions" over comments)
        role: str | None = None
        if count is not None and before_thread:
            role = "count"
            if page.declared_count is None:
                page.declared_count = count
        elif L.is_closed_notice(text):
            role = "closed"
            page.closed = True
        elif L.is_icon_label(text):
            role = "control"
        if role is None:
            return None
        item = Furniture(text, role, node_span(node))
        page.furniture.append(item)
        return item

    # -- the thread ---------------------------------------------------------------------
    def _thread(self, page: Page, roots: list[OutlineNode], parent: Comment | None = None) -> None:
        """Build a thread's comments: at the top level, or as replies of ``parent``."""
        pending: list[tuple[Comment, OutlineNode]] = []
        depth = 0 if parent is None else parent.depth + 1
        for node in roots:
            comment = self._comment(node, depth=depth, parent=parent, page=page)
            (page.comments if parent is None else parent.children).append(comment)
            pending.append((comment, node))
        bodies: list[OutlineNode] = []  # the comments' own lines, for _check_body_columns
        while pending:  # bodies and replies, without recursion
            comment, node = pending.pop()
            bodies.append(node)
            body: list[OutlineNode] = []
            if comment.header_span is None:
                body.append(as_line(node))  # a nameless comment: its line is body text
            elif comment.header_span.end < node.end:  # the body's start on the header's line
                body.append(_glued_body(node, comment.header_span.end))
            # the lines under the comment in document order: replies are taken whole,
            # everything else is flattened into the body
            under = list(reversed(node.children))
            while under:
                child = under.pop()
                if id(child) in self._indented_heads or (
                    child.marker is not None
                    and (
                        self.is_comment(child)
                        or self._bodied_at_bullet(child, body[-1] if body else node, under)
                    )
                    and not self._in_link_list(child)
                ):
                    _adopt_body_at_bullet(child, under)
                    reply = self._comment(child, comment.depth + 1, comment, page)
                    comment.children.append(reply)
                    pending.append((reply, child))
                elif child.marker is not None and not child.text and not child.children:
                    comment.meta.append(Meta("", "other", node_span(child)))  # an empty entry
                else:
                    body.append(child)
                    if child.children:
                        under.extend(reversed(child.children))
            glued = comment.header_span is not None and comment.header_span.end < node.end
            if comment.kind != "comment" and comment.date is None and not node.blank_after:
                body = body if glued else _wrapped_title(comment, body)  # (its excerpt
                # on the title's line: no title goes on under it)
            signed = self._signed.get(id(node))
            if signed is not None:  # the name and date under the body
                comment.meta.extend(
                    Meta(n.text, "signature", node_span(n)) for n in body if n.line in signed
                )
                body = [n for n in body if n.line not in signed]
                if body and _COUNTER.match(body[0].text) and node.marker is not None:
                    comment.meta.append(Meta(body[0].text, "score", node_span(body[0])))
                    body = body[1:]  # the item's line is the comment's score
            else:
                body = self._head(comment, self._scored_body(comment, node, body))
            kept = len(body)
            while kept:  # "Reply" closing the body, even without a blank line
                cut = _reply_tail(body, kept)
                if not cut:
                    break
                kept -= cut
            tail = [Meta(n.text, "reply", node_span(n)) for n in body[kept:]]
            kept_body = body[:kept]
            comment.blocks.extend(
                group_blocks(kept_body, replies=comment.meta, boxes=self._may_box(kept_body))
            )
            comment.meta.extend(tail)
        self._check_body_columns(bodies)

    def _post_list(self, page: Page, flat: list[OutlineNode], posts: list[Post]) -> None:
        """The comments of a flat post list (`posts`): one comment a post, at the top
        level unless the posts' columns nest (`posts.nested_depths`: each reply one step
        right of the post it answers) or its header names the post it replies to
        ("Reply to NAME"); the item threads under a post are its replies. (Indentation
        is read only where it nests so: on most pages it follows the page's layout.)"""
        built = Latest()  # (the comments made so far)
        depths = (
            nested_depths(flat, posts)
            or counted_depths(flat, posts)
            or dotted_depths(flat, posts)
            or sub_numbered_depths(posts)
            or marked_depths(flat, posts)
            or labelled_depths(flat, posts)
            if posts[0].depth is None
            else [post.depth or 0 for post in posts]
        )
        for number, post in enumerate(posts):
            if depths is None:
                parent = built.by(post.reply_to)
                while post.two_level and parent is not None and parent.parent is not None:
                    parent = parent.parent  # (in the thread of the post it answers)
            else:
                parent = built.at(depths[number] - 1)
            head_index = post.author_line if post.author_line is not None else post.stamp
            head = flat[head_index]
            closing = post.body_start <= head_index < post.body_end  # (the body's last line)
            first, last = flat[post.start], flat[post.end - 1]
            header_text, header_span = ("", None) if closing else (head.text, node_span(head))
            units = [_unit(node) for node in flat[post.body_start : post.body_end]]
            if post.glued and head_index == post.body_start:  # the name glued before the
                text_start = head.end - len(head.text)  # body's first line ("Ann:text")
                header_text = head.text[: post.glued].rstrip(" \t\u00a0")
                header_span = Span(head.line, head.line, head.start, text_start + len(header_text))
                units[0] = _glued_body(head, text_start + post.glued, post.stamped)
            cells = None
            if post.profile_width:  # (the profile's cells before the body's on its line)
                row = flat[post.body_start]
                cells = _profile_cells(row, post.profile_width)
                units[0] = _glued_body(row, row.end - len(row.text) + post.profile_width)
            comment = Comment(
                author=_poster(post.author),
                header=header_text,
                date=post.date,
                number=post.number,
                kind=post.kind,  # type: ignore[arg-type]
                depth=0 if parent is None else parent.depth + 1,
                span=Span(first.line, last.end_line, first.start, last.end),
                header_span=header_span,
                parent=parent,
                page=page,
            )
            built.add(comment)
            if cells is not None:
                comment.meta.append(cells)
            for index in post.header:  # the header line itself is the comment's header
                if index != head_index:
                    role = "stamp" if index == post.stamp else "header"
                    comment.meta.append(Meta(flat[index].text, role, node_span(flat[index])))
            comment.blocks.extend(
                group_blocks(units, replies=comment.meta, boxes=self._may_box(units))
            )
            replied: set[int] = set()
            for roots in post.reply_runs:
                self._thread(page, roots, parent=comment)
                for root in roots:
                    replied.update(range(root.line, root.last_line + 1))
            for signed in post.signed_replies:
                if flat[signed.start].line in replied:
                    continue  # (read as an item thread's comment already)
                _signed_reply(page, flat, comment, signed)
                replied.update(range(flat[signed.start].line, flat[signed.end - 1].line + 1))
            if post.reply_runs and post.signed_replies:  # (both among one post's replies:
                # in page order)
                comment.children.sort(key=lambda reply: reply.span.start if reply.span else 0)
            comment.meta.extend(  # the rest: controls (the header line is the header)
                Meta(flat[i].text, "footer", node_span(flat[i]))
                for i in (*post.tail, *post.replies)
                if i != head_index and flat[i].line not in replied
            )
            (page.comments if parent is None else parent.children).append(comment)

    def _check_body_columns(self, comments: list[OutlineNode]) -> None:
        """Warn where a comment's body has a line at a column that matches no open level.

        A page indents every comment's body by the same number of columns from its
        header's list marker (resiliparse: 2). A body whose first line is off that
        column while the rest of the body is at it (so indented under the first line)
        has one line that matches no level of the page: the body is read whole all the
        same, and the line is reported (strict mode: raised there). A body wholly at
        another column is read as it is, silently: converters shift whole bodies with
        the width of a number or the depth of a list.
        """
        items = [(n, n.children[0]) for n in comments if n.marker is not None and n.children]
        offset = _clear_mode(first.column - n.column for n, first in items if not first.marker)
        if offset is None:
            return
        for node, first in sorted(items, key=lambda pair: pair[0].line):
            if first.marker is not None or first.column - node.column == offset:
                continue
            under = first.children
            if under and under[0].column - node.column == offset and first.column < under[0].column:
                self.diagnostics.warn(
                    "body-column",
                    f"indentation {first.column - 1} matches no open level: the other "
                    f"comments' bodies start {offset} columns right of their header",
                    node_span(first),
                    first.column,
                    guess="read as the first line of the body",
                )

    def _comment(
        self, node: OutlineNode, depth: int, parent: Comment | None, page: Page
    ) -> Comment:
        header = self.header(node)
        nameless = False  # the marker line is body text, not a header
        wrapped = _wrapped_header(node) if header is None else None
        if header is not None and id(node) in self._cards:  # (a poster's card wrapped)
            wrapped = header, self._cards.pop(id(node))
        if wrapped is not None:  # the header line wrapped over the lines under it
            header = wrapped[0]
        elif header is None and is_date_line(L.plain(node.text)):  # a date item: the name is
            header = L.Header(None, date=L.plain(node.text), evidence="name")  # under it
        elif header is None:
            nameless = not looks_like_name(node.text)
            header = L.Header(None if nameless else L.display_name(node.text), evidence="name")
        elif header.evidence in ("signature", "bare", "counted"):
            # signed below, or no header: the item's line is body text (but for the
            # name of an item dated below its body, `_signature_lines`)
            nameless = header.author is None or header.author != L.display_name(node.text)
        if header.evidence in ("name", "placeholder", "bare"):
            self.diagnostics.warn(
                "header-without-verb",
                "comment header without 'says:', a date or a like sign",
                node_span(node),
                node.column,
                guess="list item with an indented block taken as a comment",
            )
        number = int(node.marker[:-1]) if node.marker and node.marker[0].isdigit() else None
        header_text, header_span = node.text, node_span(node)
        glued = _glued_at(node) if header.evidence in ("date", "verb", "ping") else None
        if glued is not None:  # the line's head: the body after it is the first paragraph
            header_text = node.text[:glued].rstrip(" \t\u00a0")
            text_start = node.end - len(node.text)
            header_span = Span(node.line, node.line, node.start, text_start + len(header_text))
        comment = Comment(
            author=header.author,
            header="" if nameless else header_text,
            marker=node.marker,
            number=number,
            date=header.date,
            depth=depth,
            kind=header.kind,  # type: ignore[arg-type]
            span=subtree_span(node),
            header_span=None if nameless else header_span,
            parent=parent,
            page=page,
        )
        if wrapped is not None:
            lines = node.children[: wrapped[1]]
            whole = " ".join([node.text, *map(_shown_line, lines)])
            self._wrapped[id(comment)] = (lines[-1].end_line, whole)
        return comment

    def _scored_body(
        self, comment: Comment, node: OutlineNode, body: list[OutlineNode]
    ) -> list[OutlineNode]:
        """The body of a comment of a counted list (`_counted_run`) whose item line is its
        score ("12" over the text): the score is taken off as metadata."""
        header = self.header(node)
        if header is None or header.evidence != "counted" or len(body) < 2:
            return body
        if not _COUNTER.match(body[0].text):
            return body
        comment.meta.append(Meta(body[0].text, "score", node_span(body[0])))
        return body[1:]

    def _head(self, comment: Comment, body: list[OutlineNode]) -> list[OutlineNode]:
        """Take the lines that belong to the header off the front of the body: dates,
        controls, picture placeholders, and the name when the header line had none."""
        if comment.header_span is None and comment.author is None:
            body = _bylined_subject(comment, body)  # ("Re: Ann's point" over "by Bob on DATE")
        taken = 0
        pictured = False  # a copy of the header's picture was taken off
        header_line = comment.header if comment.header_span is not None else ""
        header_end = comment.header_span.end_line if comment.header_span is not None else 0
        if self._wrapped and id(comment) in self._wrapped:  # (`_wrapped_header`)
            header_end, header_line = self._wrapped.pop(id(comment))
            while taken < len(body) and body[taken].line <= header_end:
                comment.meta.append(Meta(body[taken].text, "header", node_span(body[taken])))
                taken += 1  # (the lines the header line wrapped onto)
        own = taken  # (the lines of the header line itself)
        if not taken and "](" in header_line and L.open_link(header_line):
            _, taken = _link_rest(header_line, body, 0)  # the header's link, wrapped
            if taken:
                lines = body[: taken - 1] + _with_link_tail(body, taken - 1)
                comment.meta.extend(Meta(n.text, "header", node_span(n)) for n in lines)
                taken = len(lines)
        if (
            taken == own
            and taken < len(body)
            and comment.header_span is not None
            and body[taken].line == header_end + 1
            and _header_tail(header_line, body[taken])
        ):  # the header's date wrapped onto the next line ("… um 7:32" over "Uhr - Reply")
            lines = _with_link_tail(body, taken)
            comment.meta.extend(Meta(n.text, "header", node_span(n)) for n in lines)
            taken += len(lines)
        while taken < len(body):
            node = body[taken]
            if node.marker is not None and _VOTES.fullmatch(node.text) and not node.children:
                comment.meta.append(Meta(node.text, "score", node_span(node)))
                taken += 1  # (the comment's votes as an item under its header: "• +214")
                continue
            if node.marker is not None or read_attribution(node.text) is not None:
                break  # (a quote box's "46 minutes ago, Ann said:" opens the body)
            text = L.plain(node.text)
            dated = None  # is_date_line(text), once it is asked
            if node.children:  # body text with a block under it, or a date with the body
                dated = is_date_line(text)
                if not dated and not (taken == 0 and _name_over_body(comment, node, text)):
                    break
            header = None
            wrapped = 1  # the lines the header's links are wrapped over
            copied = 0  # (this line's copy of the header's picture, if it is one)
            joined = node.text
            if comment.author is None and comment.header_span is not None:
                if L.open_link(node.text):  # the line's last link wrapped onto the next
                    joined, wrapped = _link_wrapped(body, taken)
                    header = L.read_header(joined)
                if header is None:  # "NAME • 2 weeks ago" under a placeholder
                    header, wrapped, joined = L.read_header(text), 1, node.text
                if header is None and _wraps_on(body, taken):  # "Ann 6 hours" over "ago"
                    joined = f"{node.text} {body[taken + 1].text}"
                    header, wrapped = L.read_header(joined), 2
            elif len(text) > 200:  # longer than any date, link or name line: body text
                break
            if header is not None and header.evidence in ("verb", "date"):
                role = "author"
                comment.author, comment.date = header.author, comment.date or header.date
            elif dated is not False and (stamp := _opening_date(text)):
                role = "date"  # (or a date and the post's counters: "5.3.2024 14:22 2 134")
                if comment.date is None:
                    comment.date = stamp
            elif L.is_reply_link(text):
                role = "reply"
            elif comment.author is not None and taken and _badge_over_date(body, taken):
                role = "badge"  # (a badge under the name read: "Ann" over "Author")
            elif (
                comment.author is not None
                and taken
                and L.spells_name(L.plain(comment.header or ""), comment.author)
                and _dated_under(body, taken)
            ):  # (the poster's card between the name and the date, under the avatar's
                role = "badge"  # text: "Foto de Ann" over "Ann" over "Elite 24" … DATE)
            elif header is None and _score_over_header(comment, body, taken):
                role = "score"
            elif again := _header_again(comment, body, taken):
                role, copied = again  # (an avatar printed beside its owner's name)
            elif reply_to(text) is not None and _named_below(comment, body, taken):
                role = "reply"  # ("In reply to Ann:" between an avatar's letter and the name)
            elif not text or L.is_noise(text):  # (a link with no text: lynx's "[11]")
                role = "other"
            elif (
                comment.author is None and comment.header_span is not None and looks_like_name(text)
            ) or _posted_over_name(comment, body, taken):
                role = "author"
                comment.author = L.display_name(text)
            else:
                break
            if role != "author" or header is None:
                wrapped = copied or 1
            pictured = pictured or bool(copied)
            lines = body[taken : taken + wrapped - 1] + _with_link_tail(body, taken + wrapped - 1)
            after = taken + len(lines)
            if (
                role == "author"
                and header is not None
                and after < len(body)
                and not lines[-1].blank_after
                and _header_tail(joined, body[after])
            ):  # the header's date wrapped onto the next line
                lines += _with_link_tail(body, after)
            for part in lines:
                comment.meta.append(Meta(part.text, role, node_span(part)))
            taken += len(lines)
            if (
                lines[-1].blank_after
                and role not in ("date", "badge")
                and comment.author is not None
                and not (
                    role == "author"
                    and (_badge_over_date(body, taken) or (pictured and _date_at(body, taken)))
                )
                and not _posted_over_name(comment, body, taken)
            ):  # (the header's lines end at a blank line, but for a badge under the name,
                # or the date under a name its picture's copy was printed over)
                break
        return body[taken:]


_VOTES = re.compile(r"[+\-−±][0-9]{1,7}")  # a comment's votes, signed ("+214", "−3")


def _posted_over_name(comment: Comment, body: list[OutlineNode], at: int) -> bool:
    """The header read so far is a posting word and the date ("Posté le mardi 05 mars
    2024 14:22": its word read as the author, on the item's line or under a picture's),
    and the body's lines from ``at`` open with a name alone over the text: a blank line
    between them, the text indented under the name (inscriptis), or the name a link
    (lynx's "[21]xx-manon-music-xx"): the name is the author's, printed under the date."""
    if not _posting_author(comment) or at >= len(body) or body[at].marker is not None:
        return False
    first = body[at]
    shown = L.plain(first.text)
    if not _lone_name(shown) or shown.endswith(","):  # ("Bonjour à tous,": a greeting)
        return False
    if first.children:
        return first.children[0].marker is None
    if at + 1 >= len(body) or body[at + 1].marker is not None:
        return False
    return first.blank_after or shown != first.text.strip()


def _posting_author(comment: Comment) -> bool:
    """The author read is the posting word before the comment's date ("Posté" of "Posté
    le mardi 05 mars 2024 14:22"): no name yet."""
    return comment.date is not None and (comment.author or "").casefold() in L.POSTING_WORDS


def _score_over_header(comment: Comment, body: list[OutlineNode], at: int) -> bool:
    """``body[at]`` is a comment's score printed over its header line ("37" over "ann
    3 hours ago | link | reply"), the comment's name not read yet."""
    if comment.author is not None or at + 1 >= len(body):
        return False
    if not _COUNTER.match(L.plain(body[at].text)):  # (lynx numbers its link: "[16]38")
        return False
    below = _header_at(body, at + 1)
    return below is not None and below.evidence in ("verb", "date")


def _header_again(comment: Comment, body: list[OutlineNode], at: int) -> tuple[str, int] | None:
    """``body[at]`` prints the comment's header again, as pages print an avatar beside
    its owner's name: the line's role and how many lines from it on copy the header's
    linked picture (0 for a line of text); None when it does not.

    - the header line's words again, the header an avatar's text (`_avatar_repeats`):
      a picture, over the name;
    - the header's linked picture again, html2text wrapping it over lines
      (`_pictured_again`, one copy): a picture;
    - the author's name again under a header that was the avatar's letter
      (`_letter_over_name`): the author.
    """
    if comment.header_span is None:
        return None
    if comment.author is not None:
        return ("author", 0) if _names_author(comment, body, at) else None
    text = L.plain(body[at].text)
    if text == L.plain(comment.header) and " " in text:
        return "picture", 0
    copied = _pictured_again(comment.header, body, at, copies=1)
    return ("picture", copied) if copied else None


def _names_author(comment: Comment, body: list[OutlineNode], at: int) -> bool:
    """``body[at]`` prints the comment's author again, right under the header lines
    taken before it (an avatar's letter read as the header, `_letter_over_name`)."""
    return (
        comment.header_span is not None
        and len(comment.header or "") <= 2
        and L.display_name(L.plain(body[at].text)) == comment.author
    )


def _named_below(comment: Comment, body: list[OutlineNode], at: int) -> bool:
    """The line under ``body[at]`` names the comment's author (a reply-to line over the
    name, under the avatar's letter: `_letter_over_name`)."""
    return at + 1 < len(body) and _names_author(comment, body, at + 1)


def _date_at(body: list[OutlineNode], at: int) -> bool:
    """``body[at]`` is a plain line that is a date alone."""
    return at < len(body) and body[at].marker is None and is_date_line(L.plain(body[at].text))


def _signed_reply(
    page: Page, flat: list[OutlineNode], parent: Comment, signed: SignedReply
) -> None:
    """A reply printed under a post of a flat list as plain lines signed at their end
    (`posts.SignedReply`): a comment under ``parent``, its lines its body (the
    signature stays on the body's last line, where it was printed)."""
    first, last = flat[signed.start], flat[signed.end - 1]
    reply = Comment(
        author=signed.author,
        date=signed.date,
        depth=parent.depth + 1,
        span=Span(first.line, last.end_line, first.start, last.end),
        parent=parent,
        page=page,
    )
    lines = range(signed.start, signed.end if signed.signature is None else signed.signature)
    units = [_unit(flat[index]) for index in lines]
    if signed.glued:  # (its author's name and a colon open its first line: "安：好")
        reply.header = first.text[: signed.glued].rstrip(" \t\u00a0:：")
        units[0] = _glued_body(first, first.end - len(first.text) + signed.glued)
    reply.blocks.extend(group_blocks(units, replies=reply.meta, boxes=False))
    if signed.signature is not None:  # (its signature on a line of its own under the text)
        signature = flat[signed.signature]
        reply.meta.append(Meta(signature.text, "stamp", node_span(signature)))
    parent.children.append(reply)


def _name_over_body(comment: Comment, node: OutlineNode, text: str) -> bool:
    """The first line under a comment whose item line is a date alone, with the body
    indented under it, is its author's name ("+ July 27, 2019" over "Ann Lee" over the
    body: inscriptis); so is the first line under a picture's placeholder with its date
    alone indented under it ("• [profile]" over "Ann Lee" over "  □ 5 mars 2024 14:37",
    w3m, its clock icon read as a bullet)."""
    if (comment.author is not None and not _posting_author(comment)) or not looks_like_name(text):
        return False
    if comment.date is not None:
        return True
    if not node.children:
        return False
    first = node.children[0]
    return (
        comment.header_span is not None
        and is_placeholder(comment.header)
        and not first.children
        and is_date_line(L.plain(first.text))
    )


_PLACEHOLDER_REACH = 6  # lines under a picture's placeholder where its post's stamp stands


def _bare_bullet(node: OutlineNode) -> bool:
    """A list item with nothing after its bullet ("●" alone on its line; not a number
    left alone by a wrapped line, "80.")."""
    return not node.text.strip() and not (node.marker or "0")[:1].isdigit()


def _over_stamp(flat: list[OutlineNode], index: int, stamps: set[int]) -> bool:
    """A line that stamps a post (one of ``stamps``) stands within `_PLACEHOLDER_REACH`
    lines under ``flat[index]``, with no prose between (the name, a badge, the date)."""
    for at in range(index + 1, min(index + 1 + _PLACEHOLDER_REACH, len(flat))):
        if at in stamps:
            return True
        if is_prose(flat[at].text):
            return False
    return False


def _field_over_stamp(index: int, name: str | None, stamps: dict[int, Post]) -> bool:
    """The line under ``flat[index]``, an item read as the ``name`` alone, stamps a post
    (one of ``stamps``, by its stamp's line) whose author the list read off a line over
    the item (the card's name over its fields), and the two names differ (neither opens
    the other: "陈砚舟" over "陈砚舟 (作者) 回复林小满 DATE" is the poster's name): the
    item is a field of that post's card."""
    post = stamps.get(index + 1)
    if post is None or post.author is None or not name:
        return False
    if post.author_line is None or post.author_line >= index:
        return False  # (the name read off the stamp, or under the item: no card over it)
    item, author = name.casefold(), post.author.casefold()
    return not (item.startswith(author) or author.startswith(item))


def _names_nobody(text: str) -> bool:
    """A date line that names no one ("2021-03-04 13:10", not "Ann · May 8, 2020")."""
    header = L.read_header(text)
    return header is None or not header.author


_CLOCK = re.compile(r"(?<![0-9])[0-9]{1,2}:[0-5][0-9](?![0-9])")  # a time of day


def _permalink(text: str) -> bool:
    """A date line that is a link and prints the time of day ("[36]2021-03-04 13:10",
    "[2021-03-04 13:10](/entry#c3)"): a comment's permalink, its stamp, set apart from
    the body over it even with no blank line between them (lynx prints none there)."""
    return text.lstrip()[:1] == "[" and _CLOCK.search(L.plain(text)) is not None


_PICTURES = ("So", "Sk", "Mn", "Cf")  # an emoji, its modifiers and joiners


def _said_line(text: str) -> bool:
    """A line that closes a sentence (a body's last line, not a name): it ends with a
    sentence's mark, in the Latin script or the full-width one, or prose ends with an
    emoji."""
    line = L.plain(text).rstrip("\"'”’)」』")
    pictured = line
    while line and unicodedata.category(line[-1]) in _PICTURES:
        line = line[:-1].rstrip()  # (an emoji after the sentence's mark: "…ました。😢", or
    return line[-1:] in ".!?…。！？" or (line != pictured and is_prose(line))  # in its stead)


def _clear_mode(values: Iterable[int]) -> int | None:
    """The value most of ``values`` have, when at least two and over half have it."""
    counts = Counter(values)
    if not counts:
        return None
    value, seen = counts.most_common(1)[0]
    return value if seen >= 2 and seen * 2 > sum(counts.values()) else None


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


def _run_end(flat: list[OutlineNode], index: int, roots: list[OutlineNode]) -> int:
    """The index in ``flat`` after a thread that starts at ``index`` (its roots' lines)."""
    last_line = roots[-1].last_line
    end = index + 1
    while end < len(flat) and flat[end].line <= last_line:
        end += 1
    return end


def _under_number(flat: list[OutlineNode], index: int) -> bool:
    """A list item right under a plain line that is a bare number ("3"), no blank line
    between, the number no deeper than the item: perhaps a count over its list."""
    if index == 0:
        return False
    above = flat[index - 1]
    return (
        above.marker is None
        and not above.blank_after
        and above.column <= flat[index].column
        and len(above.text) <= 4
        and above.text.isdigit()
        and above.text.isascii()
    )


def _prose_follows(flat: list[OutlineNode], end: int) -> bool:
    """A plain prose line among the `_COUNT_REACH` lines from ``flat[end]`` on, before
    any line that closes a comment section (a heading, a form's title, a closed
    notice): the text a list stands in goes on after it."""
    for node in flat[end : end + _COUNT_REACH]:
        if node.marker is None and ends_section(node):
            return False
        if node.marker is None and is_prose(node.text):
            return True
    return False


def _speaks(item: OutlineNode) -> bool:
    """A list item whose own line is prose (a comment's body, its header dropped), or a
    greeting or question closed by its mark ("Hi, Tamsin!", "Dear Mr Vell,") over a
    block that opens with prose. (No name ends in such a mark: "Ann" over prose is a
    named comment.)"""
    text = L.plain(item.text) if "](" in item.text else item.text
    if is_prose(text):
        return True
    if text[-1:] not in "!?," or not item.children:
        return False
    first = item.children[0]
    return first.marker is None and is_prose(first.text)


def _counted_item(item: OutlineNode) -> bool:
    """An item of a counted comment list (`PageBuilder._counted_run`): text on its line,
    or a score (a bare number) over a block that opens with a plain line."""
    if item.marker is None or not item.text:
        return False
    if not _COUNTER.match(item.text):
        return True
    first = next(iter(item.children), None)
    return first is not None and first.marker is None


def _marked(item: OutlineNode) -> bool:
    """An item marked as a comment of a Q&A page is: its line is a score over its text,
    or its line, or a line of its block (a signature's), ends in a date (and a time:
    "… Commented Mar 4, 2017 at 22:02")."""
    if item.children and _COUNTER.match(item.text):
        return True
    lines = [item.text, *(child.text for child in item.children if child.marker is None)]
    return any(_ends_in_date(line) for line in lines[:_MARKED_LINES])


def _ends_in_date(text: str) -> bool:
    """A line whose last characters are a date and perhaps its time."""
    tail = text[-_DATE_TAIL:]
    date = find_date(tail) if any(ch.isdigit() for ch in tail) else None
    return date is not None and len(tail) - date.end() <= _TIME_TAIL


def _item_holds_prose(item: OutlineNode) -> bool:
    """An item whose line, or the first line of its block, is prose."""
    if is_prose(item.text):
        return True
    first = next(iter(item.children), None)
    return first is not None and is_prose(first.text)


def _adopt_body_at_bullet(item: OutlineNode, following: list[OutlineNode]) -> None:
    """A reply whose block holds only its metadata, and whose body was printed at the
    column of its own bullet (inscriptis): the plain lines right after it at that column
    are its body, not its parent's. ``following`` holds the lines after the item, the
    next one last (the thread walk's stack); the ones taken are moved under the item."""

    def body_line_next() -> bool:
        return (
            bool(following) and following[-1].marker is None and following[-1].column == item.column
        )

    if not body_line_next() or any(not _is_meta(child) for child in item.children):
        return  # (the cheap test first)
    adopted: list[OutlineNode] = []
    while body_line_next():
        adopted.append(following.pop())
    item.children = [*item.children, *adopted]
    item.last_line, item.last_end = adopted[-1].last_line, adopted[-1].last_end


def _bylined_subject(comment: Comment, body: list[OutlineNode]) -> list[OutlineNode]:
    """A nameless comment whose line is its subject, the byline under it ("Re: Who pays
    for the phone?" over "by Ann Lee (88213) on Tuesday March 05, 2024 @02:41PM"),
    perhaps after a line in parentheses (its score: "(Score:5, Insightful)"): the
    byline is the comment's header, the lines over it its metadata; the body is what
    follows. The body as it is where the lines do not read so."""
    if len(body) < 3 or len(body[0].text) > _SUBJECT:
        return body
    at = 2 if _PARENTHESIZED.match(body[1].text) else 1
    byline = L.plain(body[at].text)
    if L.NUMBER_BY.match(byline) is None:
        return body
    header = L.read_header(byline)
    if header is None or header.evidence != "date" or not header.author:
        return body
    comment.meta.append(Meta(body[0].text, "subject", node_span(body[0])))
    if at == 2:
        comment.meta.append(Meta(body[1].text, "score", node_span(body[1])))
    comment.author, comment.date = header.author, header.date
    comment.header, comment.header_span = body[at].text, node_span(body[at])
    return body[at + 1 :]


_SUBJECT = 150  # a comment's subject line is no longer
_PARENTHESIZED = re.compile(r"^\([^()]{1,60}\)$")  # "(Score:5, Insightful)"


def _is_meta(node: OutlineNode) -> bool:
    """A line that is comment metadata rather than body text."""
    return (
        node.marker is None
        and (is_date_line(node.text) or L.is_reply_link(node.text) or L.is_noise(node.text))
        and read_attribution(node.text) is None
    )


def _wrapped_title(comment: Comment, body: list[OutlineNode]) -> list[OutlineNode]:
    """A pingback's title wrapped onto the lines right under it (w3m and lynx wrap at
    80 columns): the lines up to the first blank one finish the title, and a date
    closing it is the pingback's ("… senesi" over "| Pedala Lento 1 settimana fa"). A
    date line goes on the title where words open it ("… | Pedala" over "Lento 1
    settimana fa"), and ends it."""
    taken = 0
    while taken < min(len(body), 3):
        node = body[taken]
        if node.marker is not None or node.children:
            break
        if _is_meta(node):
            date = find_date(L.plain(node.text)) if is_date_line(node.text) else None
            taken += date is not None and date.start() > 0  # (the title's last words)
            break
        taken += 1
        if node.blank_after:
            break
    else:
        if taken == 3:  # three lines with no blank after them: a body, not a title
            return body
    if taken:
        # (read as one: a link html2text wrapped goes on over the lines)
        head = (comment.author or "") + _title_mark(comment)
        title = L.plain(" ".join([head] + [n.text for n in body[:taken]]))
        comment.author = title.strip() or None
        dated = L.read_pinged(title) if comment.author else None
        if dated is not None and dated.author:  # (read as one line: its date at its end)
            comment.author, comment.date = dated.author, dated.date
        comment.meta.extend(Meta(n.text, "header", node_span(n)) for n in body[:taken])
    return body[taken:]


_TITLE_MARKS = frozenset("|–—-·•")  # the marks between a linking post's title and its blog's


def _title_mark(comment: Comment) -> str:
    """The mark a pingback's header line ends in, spaced, where the line wrapped right
    after it ("A Post |" over "A Blog"): taken off the name as a separator, it goes back
    between the title's pieces (" |"; a comma glued to its word: ","); "" where the line
    ends in none."""
    line = L.plain(comment.header).rstrip()
    if line[-1:] == "," and not (comment.author or "").endswith(","):
        return ","  # (glued to the title's word it follows: "Links: tomates," over "manjericão")
    if len(line) < 2 or line[-1] not in _TITLE_MARKS or line[-2] != " ":
        return ""
    return "" if (comment.author or "").endswith(line[-1]) else " " + line[-1]


def _reply_tail(body: list[OutlineNode], end: int) -> int:
    """How many lines before ``body[end]`` make a reply link (with a wrapped target)."""
    for size in range(1, min(end, 8) + 1):
        first = end - size
        node = body[first]
        text = node.text
        if node.marker is not None and not (size == 1 and L.is_reply_link(text)):
            return 0  # (a list item ends the body, unless it is the reply link: "+ Reply")
        if L.is_reply_link(text):
            return size if len(_with_link_tail(body, first, end)) == size else 0
        if node.children or " " in text:
            return 0  # not a piece of a link target: no reply link can end the body
    return 0


def _with_link_tail(
    nodes: list[OutlineNode], index: int, end: int | None = None
) -> list[OutlineNode]:
    """The node at ``index`` and, when it opens a Markdown link whose target runs on
    (html2text wraps long URLs), the lines before ``nodes[end]`` that carry the rest of
    the target."""
    first = nodes[index]
    stop = min(index + 8, len(nodes) if end is None else end)
    bracket = first.text.rfind("[")
    if bracket >= 0 and "]" not in first.text[bracket:] and not first.blank_after:
        # the link's text runs on too: "Ann[May 3," over "2013](https://x/#c1)"
        following = nodes[index + 1] if index + 1 < stop else None
        if following is None or following.marker is not None or following.children:
            return [first]
        closed = following.text.find("](")
        if closed < 0 or "[" in following.text[:closed]:
            return [first]
        return [first, *_with_link_tail(nodes, index + 1, end)]
    opened = first.text.rfind("](")
    if opened < 0 or ")" in first.text[opened:] or first.blank_after:
        return [first]
    out = [first]
    for node in nodes[index + 1 : stop]:
        if node.marker is not None or node.children or " " in node.text:
            break
        out.append(node)
        if ")" in node.text or node.blank_after:
            return out
    return [first]


_WRAPPED_LINES = 3  # lines a header's Markdown links may be wrapped over (html2text)


_WRAPPED_HEADER = 2  # lines under an item's line that a wrapped header runs on over, at most
_WRAPPED_PING = 4  # the same for a pingback's header over its excerpt (a long title)
_WRAP_WIDTH = 50  # a line wrapped at the converter's width is at least this long


def _wrapped_header(item: OutlineNode) -> tuple[L.Header, int] | None:
    """The header an item's line makes with the lines right under it (no blank line
    between) when the line was wrapped inside it, and how many those lines are: w3m and
    lynx wrap at 80 columns, so a long title before a date ("A Post's Long Title - A
    Blog" over "21. Juni 2018 um 10:40 Uhr - Antworten", a pingback's) goes on the
    lines below. Only a long line wraps; the line alone reads as no header. Right over
    an excerpt ("[…] the words it quotes") the lines are a pingback's header, its
    linking post's title perhaps too long for a name (`lines.read_pinged`), wrapped
    over more lines."""
    if item.blank_after or not item.children or len(item.text) < _WRAP_WIDTH:
        return None
    text, above, children = item.text, item, item.children
    for under, child in enumerate(children[:_WRAPPED_PING], 1):
        if child.line != above.end_line + 1 or child.children:
            return None
        text = f"{text} {_shown_line(child)}"
        header = L.read_header(text) if under <= _WRAPPED_HEADER else None
        if header is not None and header.evidence == "date" and header.author and header.date:
            return header, under
        if header is None and _excerpt_at(children, under):
            pinged = L.read_pinged(text)
            if pinged is not None and pinged.author:
                return pinged, under
        if child.blank_after or len(child.text) < _WRAP_WIDTH:
            return None  # (a short line ends the wrapped header: it read as none)
        above = child
    return None


_LINK_MARKS = "-–—·•| "  # the marks a converter prints before a reply link ("- Reply")


def _excerpt_at(nodes: Sequence[OutlineNode], at: int) -> bool:
    """``nodes[at]`` opens a pingback's excerpt ("[…] the words it quotes"), or is a
    reply link over the line that does (lynx wraps "- Reply" onto a line of its own)."""
    if at < len(nodes) and L.is_reply_link(L.plain(nodes[at].text).lstrip(_LINK_MARKS)):
        at += 1  # ("- Reply": a mark before the link)
    return at < len(nodes) and L.opens_excerpt(nodes[at].text)


# a picture or link closed, a word glued to it: the start of a name html2text wrapped
# ("Avatar](https://x/a.png)Nadia" over "Ferrante says:")
_GLUED_AFTER_LINK = re.compile(r"\)[^\W\d_][^\s()\[\]]*$")


_CARD_REACH = 4  # lines over a count a card signing the body over it stands within


def _carded_over_count(flat: list[OutlineNode], index: int, count: int) -> bool:
    """A line of the shape of the header ``flat[index]`` (its evidence, "Ann wrote
    DATE") stands a few lines over the count ``flat[count]`` under a body's last line,
    a picture perhaps between, with no body under it (its controls, "Share Edit"): a
    card signing the opening post, as the page's answers may be signed (`posts`)."""
    header = L.read_header(flat[index].text)
    if header is None:
        return False
    for at in range(max(2, count - _CARD_REACH), count):
        card = L.read_header(flat[at].text)
        if card is None or card.evidence != header.evidence or is_prose(flat[at + 1].text):
            continue
        if is_prose(flat[at - 1].text) or is_prose(flat[at - 2].text):
            return True
    return False


def _wrapped_verb(flat: list[OutlineNode], at: int) -> tuple[L.Header, int, str] | None:
    """The verb header that the plain line ``flat[at]`` starts and the lines right under
    it finish, html2text having wrapped it inside a picture or link ("![Nadia Ferrante"
    over "Avatar](https://x/a.png)Nadia" over "Ferrante says:"): the header, the index of
    its last line and the lines' texts joined; None when the line is not so wrapped or
    the lines read as no "NAME says:" header. A line goes on under it while it leaves a link
    open or ends in a word glued to a closed one, with no blank line between."""
    last, text = _wrapped_run(flat, at, at, flat[at].text)
    if last == at:
        return _split_verb(flat, at)
    header = L.read_header(text) if L.plain(text)[-1:] == ":" else None  # ("NAME says:")
    if header is None or header.evidence != "verb" or not header.author:
        return _named_under_verb(flat, at, last, text)
    return header, last, text


def _wrapped_dated(flat: list[OutlineNode], at: int) -> tuple[L.Header, int, str] | None:
    """The dated header that the plain line ``flat[at]`` starts and the lines right under
    it finish, html2text having wrapped it after a word glued to the name's link, or
    inside the link ("[Ann](https://x/u)Tuesday" over "12 December 2023 at 10:24",
    "[مریم](https://x/u)سه" over "شنبه ۲۱ آذر ۱۴۰۲ ساعت ۱۰:۲۴", "[Reza from" over
    "Shiraz](https://x/u)Tuesday 12 …"): the header, the index of its last line and the
    lines' texts joined; None when the line is not so wrapped, or the lines read as no
    header naming its author and dated on a line under the first, its date printed
    outside any link."""
    last, text = _wrapped_run(flat, at, at, flat[at].text)
    if last == at:
        return None
    header = L.read_header(text)
    if header is None or header.evidence != "date" or not header.author or not header.date:
        return None
    if L.read_header(flat[at].text) is not None:
        return None  # (the first line is a header of its own: nothing wrapped it)
    closed = text.find(")", text.rfind("](") + 2) if "](" in text else -1
    if find_date(L.plain(text[closed + 1 :])) is None:
        return None  # (the date inside a link, "[2 years" over "ago](…)": the date's own
        # line, which the page reads as it is)
    return header, last, text


def _split_verb(flat: list[OutlineNode], at: int) -> tuple[L.Header, int, str] | None:
    """The verb header of two words that html2text wrapped between them ("[Lucia
    Ferretti](…) ha" over "detto..."): the header, the index of its second line and the
    lines' texts joined; None for other lines."""
    node = flat[at]
    if node.blank_after or node.children or at + 1 >= len(flat):
        return None
    under = flat[at + 1]
    if under.marker is not None or under.line != node.end_line + 1:
        return None
    first = L.plain(node.text).rpartition(" ")[2]
    second = under.text.strip().rstrip(".:：… \u00a0")  # ("detto...", "écrit :")
    if not first or not second or " " in second:
        return None  # (the verb's second word alone on the line under it)
    verb = f"{first} {second}:".lower()
    if verb not in L.HEADER_VERBS:
        return None
    text = f"{node.text} {under.text.strip()}"
    header = L.read_header(text)
    if header is None or header.evidence != "verb" or not header.author:
        return None
    return header, at + 1, text


def _name_over_posted(flat: list[OutlineNode], at: int) -> tuple[L.Header, int, str] | None:
    """The header of a name printed alone on the plain line ``flat[at]``, right over a
    posting word and its date ("Ann Lee" over "Posted on Mar 5, 2024 2:51 PM"), read
    as one line: the header, the index of the date's line and the lines' texts joined;
    None for other lines. Read alone, the date's line names "Posted" and leaves the
    name as the last line of the body over it."""
    node = flat[at]
    if node.children or at + 1 >= len(flat):
        return None
    under = flat[at + 1]  # (right under it, or a blank line between: html2text's)
    if under.marker is not None or under.line > node.end_line + 2:
        return None
    stamp = L.read_header(under.text)
    if (
        stamp is None
        or stamp.date is None
        or (stamp.author or "").casefold() not in L.POSTING_WORDS
    ):
        return None
    if len(node.text) > _HEADER_LENGTH or L.read_header(node.text) is not None:
        return None
    if not looks_like_name(L.plain(node.text)):
        return None
    text = f"{node.text} {under.text.strip()}"
    header = L.read_header(text)
    if header is None or not header.author or header.date is None:
        return None
    return header, at + 1, text


_LONE_REACH = 40  # lines under an item among plain headers where the next header stands


def _lone_item_header(flat: list[OutlineNode], at: int) -> bool:
    """The item ``flat[at]``, in a run of plain header lines, is one of them: the next
    line under it that reads as a dated header (or one after a verb) is a plain line,
    not another item (an icon a converter printed as a bullet: "● Ann Lee replied to
    this comment | DATE", a poster's status)."""
    for node in flat[at + 1 : at + 1 + _LONE_REACH]:
        if node.marker is not None:
            return False
        header = L.read_header(node.text)
        if header is not None and header.evidence in ("date", "verb") and header.author:
            return True
    return False


_FIELD_MARKS = ("|", "·", "•")  # marks between a header's fields, where a line may wrap


def _wrapped_at_mark(flat: list[OutlineNode], at: int) -> tuple[L.Header, int, str] | None:
    """The header (dated, or after a verb) that the plain line ``flat[at]`` starts and
    the line right under it finishes, a converter having wrapped it at its width after
    the mark between two of its fields ("Ann replied to this comment from Bo |" over
    "May 9, 2012 14:23 | Reply"): the header, the index of its last line and the lines'
    texts joined; None when the line is not so wrapped or the two read as no such
    header."""
    node = flat[at]
    if node.text[-1:] not in _FIELD_MARKS or node.text[-2:-1] != " ":
        return None  # (the line ends in a mark, after a blank: "… from Bo |")
    if at + 1 >= len(flat) or node.blank_after or node.children:
        return None
    under = flat[at + 1]
    if under.marker is not None or under.column != node.column or under.line != node.end_line + 1:
        return None
    text = f"{node.text} {under.text}"
    header = L.read_header(text)
    if header is None or header.evidence not in ("date", "verb") or not header.author:
        return None  # (or dated after a verb: "Ann replied to this comment from Bo | DATE")
    return header, at + 1, text


def _wrapped_run(flat: list[OutlineNode], at: int, last: int, text: str) -> tuple[int, str]:
    """The last line, and the lines' texts joined, of the run from ``flat[last]`` (its
    text ``text``, the run started at ``flat[at]``) that html2text wrapped: a line goes
    on under it while it leaves a link open or ends in a word glued to a closed one, with
    no blank line between, over `_WRAPPED_HEADER` lines at most."""
    while last + 1 < min(len(flat), at + 1 + _WRAPPED_HEADER):
        node, under = flat[last], flat[last + 1]
        if node.blank_after or node.children or under.marker is not None:
            break
        if under.line != node.end_line + 1:
            break
        opened = L.open_link(text)
        if opened is None and _GLUED_AFTER_LINK.search(text) is None:
            break  # (a link's target goes on right after the break, anything else after a space)
        last, text = last + 1, text + under.text if opened == "target" else f"{text} {under.text}"
    return last, text


def _named_under_verb(
    flat: list[OutlineNode], at: int, last: int, text: str
) -> tuple[L.Header, int, str] | None:
    """The header of a verb line html2text wrapped inside its link whose name it printed
    on the line under the verb's colon ("[Comment](https://x/p" over "#c3 \"Permalink\")
    from:" over "Ann Lee [Visitor]"; the name's own link perhaps wrapped too): read with
    the name's lines, a verb header that names its author (or a pingback's blog) after
    the colon."""
    node = flat[last]
    if L.plain(text)[-1:] != ":" or last + 1 >= len(flat) or node.blank_after or node.children:
        return None
    under = flat[last + 1]
    if under.marker is not None or under.line != node.end_line + 1:
        return None
    end, joined = _wrapped_run(flat, last + 1, last + 1, f"{text} {under.text}")
    header = L.read_header(joined)  # ("Pingback from: A Blog": a pingback's so)
    if header is None or header.evidence not in ("verb", "ping") or not header.author:
        return None
    return header, end, joined


def _spanning(
    first: OutlineNode, last: OutlineNode, text: str, children: list[OutlineNode]
) -> OutlineNode:
    """One plain line of ``text`` made of the lines ``first`` to ``last`` (a header
    html2text wrapped), with ``children``: `as_line` of the first, run on to the last."""
    copy = as_line(first, children)
    copy.text = text
    copy.end, copy.blank_after, copy.end_line = last.end, last.blank_after, last.end_line
    copy.last_line, copy.last_end = last.end_line, last.end  # (`seal` sets them anew
    return copy  # once children are added)


def _shown_line(node: OutlineNode) -> str:
    """A line as printed: an item's marker ("-", a dash that began the line) with its
    text."""
    return f"{node.marker} {node.text}" if node.marker is not None else node.text


def _header_tail(header: str, node: OutlineNode) -> bool:
    """``node`` finishes the header line ``header`` that a converter wrapped inside its
    date ("Ann 21. Juni 2018 um 7:32" over "Uhr - Reply"): read together, the two name
    the same author with a longer date. A body line after a header never lengthens its
    date. Or the line finishes the header's bar of controls (`lines.ends_bar`)."""
    if node.marker is not None or node.children or len(node.text) > 200:
        return False
    if L.ends_bar(header, node.text):
        return True  # the bar of controls wrapped ("Ann 3 hours ago |" over "link | reply")
    rest = L.plain(node.text)
    if not rest or len(rest) > 60 or not rest[0].isalnum():
        return False
    alone = L.read_header(header)
    if alone is None or alone.date is None:
        return False
    joined = L.read_header(f"{header} {node.text}")
    return (
        joined is not None
        and joined.author == alone.author
        and len(joined.date or "") > len(alone.date)
    )


def _link_wrapped(nodes: list[OutlineNode], index: int) -> tuple[str, int]:
    """The line at ``index`` joined with the lines that finish a Markdown link html2text
    wrapped at its end ("[Ann](u)[October" over "27, 2011 at 5:39 AM](…)", "[Ann](http://ann-"
    over "site.org/)[21:00](…)"), and how many lines that is: a link's text goes on after
    a space, its target right after the break. Lines are joined while a link is open,
    up to `_WRAPPED_LINES`."""
    node = nodes[index]
    if node.blank_after or node.children:
        return node.text, 1
    text, more = _link_rest(node.text, nodes, index + 1)
    return text, 1 + more


def _link_rest(text: str, nodes: list[OutlineNode], index: int) -> tuple[str, int]:
    """``text`` (a line ending in a wrapped link) joined with the plain lines from
    ``nodes[index]`` on that finish the link, and how many of them there are."""
    count = 0
    while count + 1 < _WRAPPED_LINES and index + count < len(nodes):
        open_ = L.open_link(text)
        if open_ is None:
            break
        node = nodes[index + count]
        if node.marker is not None:
            break
        text = f"{text} {node.text}" if open_ == "text" else text + node.text
        count += 1
        if node.blank_after or node.children:
            break
    return text, count


def _glued(node: OutlineNode) -> tuple[L.Header, int] | None:
    """The header, and where the body starts in the item's text, when html2text printed
    the comment's header and body on one line (`lines.glued_header`), or a pingback's
    excerpt follows its title on the line (`lines.pinged_excerpt`); None when the line
    reads as a header alone, or as none."""
    if node.marker is None or node.end_line != node.line:
        return None
    if "](" not in node.text:  # (or a pingback's title over its excerpt, any converter)
        return L.pinged_excerpt(node.text) if "[" in node.text else None
    if L.read_header(node.text) is not None:
        return None
    return L.glued_header(node.text) or L.pinged_excerpt(node.text)


def _glued_at(node: OutlineNode) -> int | None:
    """Where the body starts in an item's text glued to its header (see `_glued`)."""
    glued = _glued(node)
    return None if glued is None else glued[1]


def _profile_cells(node: OutlineNode, width: int) -> Meta:
    """The profile's cells opening a post's first body line (its first ``width``
    characters, "**Posts:** 13  |  |  "), as a header line of the post's."""
    text_start = node.end - len(node.text)
    text = node.text[:width].rstrip(" |\t\u00a0")
    return Meta(text, "header", Span(node.line, node.line, text_start, text_start + width))


def _poster(author: str | None) -> str | None:
    """The author of a post as its header names it, None where the header prints a
    placeholder in brackets in the name's place ("[deleted]": the poster is gone)."""
    return None if author is None or L.placeholder_name(author) else author


def _glued_body(node: OutlineNode, start: int, stamped: int = 0) -> OutlineNode:
    """The body's part of a header line glued to it: a line of its own from the first
    character after the header's span (``start``) to the line's end, or to the stamp
    closing it (its last ``stamped`` characters: "ann: text 04/02 13:01")."""
    text_start = node.end - len(node.text)
    skip = start - text_start
    rest = node.text[skip:]
    at = start + len(rest) - len(rest.lstrip(" \t\u00a0"))
    stop = node.end - stamped
    return OutlineNode(
        None, node.text[at - text_start : stop - text_start], node.line,
        node.column + (at - node.start), at, stop, node.blank_after, (), node.source,
    )  # fmt: skip


_GLUED_RUN = 200  # lines looked at, after a glued header, for another one


def _glued_repeat(flat: list[OutlineNode], index: int) -> bool:
    """An item whose header is glued to its body (``flat[index]``), far from a count,
    starts a thread only when another such item follows before the section ends."""
    for node in flat[index + 1 : index + 1 + _GLUED_RUN]:
        if ends_section(node):
            return False
        if _glued_at(node) is not None:
            return True
    return False


_AGE_LINE = re.compile(r"(?m)[0-9](?:mo|[mhdwy])[ \t]*$")
_AGED_HEADERS = 3  # lines of a page that read as aged headers, at least
_BULLET = re.compile(r"^[ \t]*(?:[^\w\s(\[]{1,2}|[0-9]{1,3}\.|o|#) ")  # a list item's marker


_DATE_TAILS = 3  # control lines under dates that open with one word, at least


def _date_tails(text: str) -> frozenset[str]:
    """The words that open the line under (nearly) a third of the page's date lines,
    `_DATE_TAILS` at least, with more on that line in some of them: a control every
    comment prints under its date, perhaps with what it counts ("Add Star" over "Add
    Star ann bob"), not a name (names differ from comment to comment)."""
    dates = 0
    words: Counter[str] = Counter()
    longer: set[str] = set()
    previous = ""
    for raw in text.splitlines():
        line = L.plain(_BULLET.sub("", raw, count=1).strip())
        if not line:
            continue
        if previous:
            split = line.casefold().split(None, 1)
            words[split[0]] += 1
            if len(split) > 1:
                longer.add(split[0])
        previous = line if len(line) <= 80 and is_date_line(line) else ""
        dates += bool(previous)
    return frozenset(
        word
        for word, count in words.items()
        if count >= _DATE_TAILS and 3 * count >= dates and word in longer and not is_prose(word)
    )


def _ages_repeat(text: str) -> bool:
    """Whether at least `_AGED_HEADERS` lines of the page (list markers aside) read as
    a name and an age (`lines.aged_header`): a comment section's headers, not a line
    of a list that happens to end so. (No text to read: taken as so.)"""
    if not text:
        return True
    found = 0
    for match in _AGE_LINE.finditer(text):
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.end()]
        if L.aged_header(_BULLET.sub("", line, count=1).strip()) is not None:
            found += 1
            if found == _AGED_HEADERS:
                return True
    return False


def _stretch_holds_prose(flat: list[OutlineNode], start: int, end: int) -> bool:
    """Whether a line of ``flat[start:end]`` under an item's own line is running text:
    comments say something; a list of topics or news beside a forum's posts (a name, a
    count, a title and "NAME · 2 hours ago" by item) holds titles and names only (a
    title may be a question, "Best chuck key holder?": the items' own lines are titles
    or headers)."""
    return any(node.marker is None and is_prose(L.plain(node.text)) for node in flat[start:end])


_SIGN_DASHES = "–—"  # the dash before a signature's name (a hyphen is a list marker too)
_LABEL_WORDS = 3  # words of the label before a signature's name ("Comment by"), at most
_SIGNATURE_RUN = 3  # lines opening with a signature's label, at least


def _label_run(text: str, label: str) -> bool:
    """At least `_SIGNATURE_RUN` lines of the page open with ``label`` (after their
    indentation) and go on to a date: the label of a signature repeated under every
    body. Counted once a page and label."""
    pattern = re.compile(r"(?m)^[ \t]*" + re.escape(label) + r"(.{1,160})$")
    found = 0
    for match in pattern.finditer(text):
        found += find_date(L.plain(match.group(1))) is not None
        if found >= _SIGNATURE_RUN:
            return True
    return False


def _header_below(item: OutlineNode) -> L.Header | None:
    """The header of a comment whose item line only stands in for it — a running number
    ("1. 12"), the comment's date, a picture placeholder, a number and a picture, a
    reply link —
    read from the first line under the item ("NAME says:", "NAME on DATE", "Comment by
    NAME") or the first two under a picture ("NAME" over "DATE"). The item's date, if
    that is what it shows, is the comment's date; the author is left for
    `PageBuilder._head` to take from that line."""
    if not item.children:
        return None
    first = item.children[0]
    if first.marker is not None:
        return None
    shown = L.plain(item.text)
    is_date = False
    if not (
        _COUNTER.match(shown)
        or _stands_for_picture(shown)
        or L.is_reply_link(shown)
        or spells_initials(shown, L.plain(first.text))
        or _pictures_author_below(shown, first.text)
    ):
        is_date = is_date_line(shown)
        if not is_date:
            return None
    at = 0
    if _COUNTER.match(L.plain(first.text)) and len(item.children) > 2:
        at = _scored_header_line(item.children)  # (the score over the header; lynx's
        # "[16]38" a link)
    below = _header_at(item.children, at) if at else L.read_header(first.text)
    if below is None and not is_date and _name_over_date(item.children):
        return L.Header(None, evidence="below")  # "NAME" over "DATE" under a picture
    if below is None or below.evidence not in ("verb", "date", "ping"):
        return None
    if below.kind == "comment" and not (below.author and looks_like_name(below.author)):
        return None  # a sentence that ends in a date ("… Commented Mar 4, 2017"): a body
    return L.Header(None, below.kind, shown if is_date else None, evidence="below")


def _pictures_author_below(shown: str, below: str) -> bool:
    """An item's line that is the picture's text of the author the header line under it
    names ("Avatar de Ann Lee" over "Ann Lee le 5 mars 2024 à 14 h 22 min"): a few words
    around the name (`lines.spells_name`), in any language; or one word, the user name
    the display name makes run together ("katerynaholub" over "Kateryna Holub -
    2024-03-07", `lines.squashed_name`)."""
    if len(shown) > _PICTURE_TEXT:
        return False
    spaced = " " in shown
    if not spaced and len(shown) < _USER_NAME:
        return False
    header = L.read_header(below)
    if header is None or header.evidence not in ("verb", "date") or header.author is None:
        return False
    if spaced:
        return L.spells_name(shown, header.author)
    return " " in header.author and L.squashed_name(header.author) == L.squashed_name(shown)


_USER_NAME = 4  # characters of a user name printed as its owner's picture, at least


_PICTURE_TEXT = 80  # a picture's text naming its owner is no longer


def _scored_header_line(lines: Sequence[OutlineNode]) -> int:
    """Where the header line stands under a comment's score ("37" over "ann 3 hours ago
    | link | reply", the item's line a checkbox or a picture): the line after it, when
    it is a plain line over more lines; else the score's own (no header under it)."""
    below = lines[1]
    return 0 if below.marker is not None or below.children else 1


def _header_at(lines: Sequence[OutlineNode], at: int) -> L.Header | None:
    """How ``lines[at]`` reads as a header line, alone or, when it was wrapped inside
    its date (`_wraps_on`: "Ann 6 hours" over "ago | link"), with the line under it."""
    header = L.read_header(lines[at].text)
    if header is None and _wraps_on(lines, at):
        header = L.read_header(f"{lines[at].text} {lines[at + 1].text}")
    return header


def _wraps_on(lines: Sequence[OutlineNode], at: int) -> bool:
    """``lines[at]`` was wrapped onto the plain line right under it: it ends near the
    converter's width, and no blank line stands between."""
    node = lines[at]
    if node.blank_after or at + 1 >= len(lines) or node.column + len(node.text) <= _WRAP_END:
        return False
    after = lines[at + 1]
    return after.marker is None and not after.children and after.line == node.end_line + 1


def _name_over_date(lines: Sequence[OutlineNode]) -> bool:
    """The first two lines are a name alone and a date alone (a header in two lines)."""
    if len(lines) < 3 or lines[1].marker is not None or len(lines[0].text) > 60:
        return False
    return looks_like_name(lines[0].text) and is_date_line(L.plain(lines[1].text))


# a number and a word or two, a colon perhaps after them: a count heading's shape
_NUMBER_WORDS = re.compile(r"([0-9]{1,5}) [^\W\d_]+(?: [^\W\d_]+)?:?")
_MENU_ENTRIES = 3  # single-line items over a menu's last entry, at least (`_menu_entry`)
_TALLY_ENTRIES = 3  # entries of a tally side by side, at least (`_tally_entry`)
_TALLY_COUNT = re.compile(r"[0-9][0-9.,]{0,8}[kKmM]?")  # a tally's count ("6", "1,204", "1.2k")
_TALLY_LABEL = 24  # characters of a tally's label, at most ("Upvote", "Mi piace")


def _tallies(item: OutlineNode) -> bool:
    """An item that is a count alone over one short line of a word or two, nothing else
    (`PageBuilder._tally_entry`)."""
    if item.marker is None or len(item.children) != 1 or not _TALLY_COUNT.fullmatch(item.text):
        return False
    label = item.children[0]
    words = label.text.split()
    return (
        label.marker is None
        and not label.children
        and len(label.text) <= _TALLY_LABEL
        and 0 < len(words) <= 2
        and all(word.isalpha() for word in words)
    )


_OPENING_SCAN = 60  # lines over the first thread where the opening post's header may stand
_HEADER_LENGTH = 200  # characters of an opening post's header line, at most (links and all)
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_DIGIT_RUN = re.compile(r"\d+")
_LINK_TARGET_END = re.compile(r"\]\(([^()\s]+)\)$")  # the address of a line's last link
_AVATAR_PRINTS = 2  # the most times a converter prints an avatar's text over its name
_CLOSED_RUN = 3  # sibling items, each a block closed by a reply link: a comment thread
_NAME_RUN = 4  # sibling items, each a name over prose, that make a comment thread
_PICTURE_RUN = 2  # more picture items with a name under them: a list of comments
_NAME_WORDS = 4  # the most words of a name printed alone under its date
_MAX_BLOCK_LINES = 400  # a block longer than this under a name is no comment's


def _name_over_block(item: OutlineNode, replies_under: bool = False) -> str | None:
    """The name of an item that is a name alone (after the link to its site, perhaps)
    over a block of plain lines with no date and no header in it: a comment whose
    plugin prints neither. A name ending in a connector ("Ann commented on") over a
    title, or over a number (a date split over lines), is a list of links; a date is
    no name. The items under a block closed by a reply link are its replies, not part
    of the block; so are they where ``replies_under`` (`_names_over_blocks` reads them)."""
    if item.marker is None or not item.children or _COUNTER.match(item.children[0].text):
        return None
    block: list[OutlineNode] = []
    under = list(item.children)
    if any(child.marker is not None for child in under) and (
        replies_under or _closed_by_reply(item)
    ):
        under = [child for child in under if child.marker is None]  # (its replies: left out)
    while under:  # (no list anywhere under it: a comment's block is plain lines)
        node = under.pop()
        if len(block) == _MAX_BLOCK_LINES or node.marker is not None:
            return None
        block.append(node)
        under.extend(node.children)
    line = name_alone(item.text)  # (read once the block's shape allows a name)
    if line is None or any(len(node.text) < 200 and _dated(node.text) for node in block):
        return None
    return L.display_name(line)


def _names_over_blocks(item: OutlineNode) -> list[tuple[OutlineNode, str]] | None:
    """The item and the replies listed under it, at any depth, each a name alone over
    a block of plain lines (`_name_over_block`), with their names; None where one of
    them is not. (Read without recursion: threads nest deep.)"""
    found: list[tuple[OutlineNode, str]] = []
    stack = [item]
    while stack:
        node = stack.pop()
        listed = [child.marker is not None for child in node.children]
        first = listed.index(True) if True in listed else len(listed)
        if not all(listed[first:]):
            return None  # (plain lines after a list: no replies closing a comment's block)
        replies = node.children[first:]
        name = _name_over_block(node, replies_under=bool(replies))
        if name is None:
            return None
        found.append((node, name))
        stack.extend(reversed(replies))
    return found


_DATED_ENTRIES = 2  # a post list's other entries, title over date and nothing else, at least
_LONG_ITEM = 300  # longer item lines are read as a header only by their end
_STAMP_TAIL = 160  # the end of a long item line read for its closing stamp
_DATE_TAIL = 40  # the end of a line read for the date that closes it
_TIME_TAIL = 12  # what may follow a line's closing date: its time (" at 5:38 PM")
_MARKED_LINES = 12  # lines of an item read for its closing date, at most


def _stamped_at_end(text: str) -> L.Header | None:
    """A long item line (a whole comment printed on it) that ends in a header of the
    "WORDS commented DATE" kind ("… looks fine to me. Commented Feb 2, 2019 at 9:10"):
    its end is read as a header, as a short item line is whole."""
    tail = text[-_STAMP_TAIL:]
    tail = tail[tail.find(" ") + 1 :]
    header = L.read_header(tail)
    if header is None or header.evidence != "verb" or header.date is None:
        return None
    return header if L.plain(tail).rstrip().endswith(header.date) else None


def _closes_body(
    flat: list[OutlineNode],
    post: Post,
    start: int,
    end: int,
    last: bool = False,
    counted: bool = False,
) -> bool:
    """An item thread (``flat[start:end]``) that closes the body of a post with no header
    block (`Post.headless`), or of any post where a count right over the thread declares
    its comments (``counted``: "Komentarze (3)" over three), with prose over it and a
    short line (a control) or nothing after it: the post's replies, printed in its body
    as the extractor left them. The body then ends over the thread (and the short lines
    right over it: a score, a count); the lines after it are the post's tail. The
    ``last`` post of a list ends with its replies whatever follows: the lines after them
    are the page's."""
    if not (post.headless or counted) or post.replies:
        return False
    if not post.body_start < start < end <= post.body_end:
        return False
    if end < post.body_end and is_prose(flat[end].text) and not last:
        return False  # (a control, or the body's end, right after the replies)
    cut = start
    while cut > post.body_start and not is_prose(flat[cut - 1].text):
        cut -= 1
    if cut == post.body_start:
        return False  # (no body over it: the thread is the body)
    if last:
        post.tail, post.end = [], end
    else:
        post.tail = [*range(end, post.body_end), *post.tail]
    post.replies = range(cut, end)
    post.body_end = cut
    return True


def _nameless(item: OutlineNode) -> bool:
    """An item whose line is neither a date nor a name over a block: body text."""
    return not is_date_line(L.plain(item.text)) and _name_over_block(item) is None


def _closed_by_reply(item: OutlineNode) -> bool:
    """An item with a block whose plain lines (its own, not those of a list under it)
    end in a reply link (one of the last two: "ReplyDelete" over "Replies")."""
    if item.marker is None or not item.children:
        return False
    plain = [child for child in item.children if child.marker is None]
    return any(L.is_reply_link(n.text) for n in plain[-2:])


def _dated(text: str) -> bool:
    """A line that is a date, or a header with a date or a verb ("Ann · 2 hours ago")."""
    if is_date_line(L.plain(text)):
        return True
    header = L.read_header(text)
    return header is not None and header.evidence in ("verb", "date")


def _initial_over_name(item: OutlineNode) -> L.Header | None:
    """An item whose line opens with a name with its avatar's initial glued after it,
    over a line that opens with the name alone ("annA Offline" over "ann | Member"), or
    with the initial alone, its owner's status after it ("A Offline" over "ann |
    Member")."""
    if not item.children or item.children[0].marker is not None:
        return None
    first = item.children[0]
    words = L.plain(item.text).split()
    if not words or len(words) > 3:
        return None
    if len(words) == 1 and len(words[0]) == 1:
        return _letter_over_name(item, words[0])
    if len(words[0]) == 1 and len(words) > 1 and all(word.isalpha() for word in words[1:]):
        initial = words[0]  # "A Offline": the name is the first word of the line below
        opening = L.plain(first.text).split(None, 1)
        name = opening[0] if opening else ""
        if initial.isupper() and len(name) > 1 and name[0].upper() == initial:
            return L.Header(name, evidence="name") if looks_like_name(name) else None
        return None
    if len(words[0]) < 3:
        return None
    glued = words[0]
    name, initial = glued[:-1], glued[-1]
    if not initial.isupper() or initial != name[0].upper() or not looks_like_name(name):
        return None
    below = L.plain(first.text)
    if not below.startswith(name) or below[len(name) : len(name) + 1].isalnum():
        return None
    return L.Header(name, evidence="name")


def _letter_over_name(item: OutlineNode, initial: str) -> L.Header | None:
    """An item whose line is its avatar's letter alone ("B") over the name that letter
    opens, over the date, perhaps a line naming the comment it answers ("In reply to
    Ann:") between the letter and the name: the name is the header."""
    if not initial.isupper():
        return None
    lines = list(itertools.takewhile(lambda child: child.marker is None, item.children[:3]))
    if lines and reply_to(lines[0].text) is not None:
        lines = lines[1:]
    if len(lines) < 2 or not is_date_line(L.plain(lines[1].text)):
        return None
    name = L.plain(lines[0].text)
    if name[:1].upper() != initial or not looks_like_name(name):
        return None
    return L.Header(L.display_name(name), evidence="name")


def _ends_link_list(flat: list[OutlineNode], index: int) -> bool:
    """``flat[index]`` ("Title December 7, 2021") is the last of a list of one-line items
    printed without a line between them (a list of dated links): the lines after it
    are no body of it, whatever their column."""
    if index == 0:
        return False
    node, before = flat[index], flat[index - 1]
    return (
        before.marker is not None
        and not before.children
        and before.column == node.column
        and before.line + 1 == node.line
    )


def _body_at_marker(node: OutlineNode, flat: list[OutlineNode], index: int) -> bool:
    """An item whose block is only its date (``* Ann says:`` over ``May 2, 2024``),
    with its body printed after it, at the item's own column or left of its text, not
    indented under it (inscriptis prints a list item's later blocks at its bullet)."""
    kids = node.children
    at = index + 1 + len(kids)
    if len(kids) > _DATE_BLOCK or at >= len(flat):
        return False
    after = flat[at]  # (the cheap look first: the line after the item's block)
    if after.marker is not None or after.column > node.column or after.line <= node.last_line:
        return False
    return _date_block(node) and not ends_section(after)


def _body_at_bullet(node: OutlineNode, flat: list[OutlineNode], index: int) -> bool:
    """The line after an item's block (``flat[index]``) stands at the item's own column:
    its body, printed at its bullet (not left of it: that is the page's next line)."""
    at = index + 1 + len(node.children)
    return at < len(flat) and flat[at].column == node.column


def _body_column(flat: list[OutlineNode], index: int) -> int:
    """Where a flat thread whose first header (``flat[index]``) holds its date as its
    block (`_body_at_marker`) ends: the column of that header's body, printed after
    it (a line further left is the page's, after the thread). 0 for other threads."""
    node = flat[index]
    if not node.children:
        return 0
    at = index + 1 + len(node.children)
    return min(node.column, flat[at].column) if at < len(flat) else 0


def _named_over_date_alone(siblings: list[OutlineNode], at: int) -> bool:
    """The item ``siblings[at]`` is a name over its date alone (`_date_block`), its
    body after it at its bullet or left of it, no deeper (inscriptis: "3. Ann" over
    "May 2, 2024", then "Her text." at the list's body column): the shape
    `_name_over_flat_date` and `_body_at_marker` read in ``flat``, read in the list."""
    item = siblings[at]
    if at + 1 >= len(siblings) or not _date_block(item):
        return False
    after = siblings[at + 1]
    if after.marker is not None or after.column > item.column or ends_section(after):
        return False
    name = L.display_name(item.text)
    return name is not None and looks_like_name(name)


def _below_count(flat: list[OutlineNode], index: int) -> bool:
    """``flat[index]`` stands right under a count line ("12 thoughts on …"), at most
    `_COUNT_REACH` plain lines between (any count, not only the page's first)."""
    for at in range(index - 1, max(-1, index - _COUNT_REACH - 2), -1):
        node = flat[at]
        if node.marker is not None:
            return False
        if L.opens_comments(node.text):
            return True
    return False


def _name_follows(flat: list[OutlineNode], index: int) -> bool:
    """A picture standing for a header (``flat[index]``) has the name (and date) on the
    plain lines right after it: "NAME says:" / "NAME DATE", or a name over a date (a
    score perhaps printed over them: "37" over "NAME DATE")."""
    index += _pictured_again(flat[index].text, flat, index + 1)  # (its copies over the name)
    after = flat[index + 1] if index + 1 < len(flat) else None
    if after is None or after.marker is not None:
        return False
    if _COUNTER.match(after.text) and index + 2 < len(flat) and flat[index + 2].marker is None:
        index += 1  # (the score: the header is under it)
        after = flat[index + 1]
    shown = L.read_header(_link_wrapped(flat, index + 1)[0])
    if shown is not None and shown.evidence in ("verb", "date"):
        return True
    then = flat[index + 2] if index + 2 < len(flat) else None
    if then is None or then.marker is not None:
        return False
    first, second = L.plain(after.text), L.plain(then.text)
    if is_date_line(first):  # the date over the name ("12.29.14 at 9:14 pm" over "Ann")
        return _lone_name(second) and _body_at(flat, index + 3)
    if not looks_like_name(first):
        return False
    return is_date_line(second) or _badge_over_date(flat, index + 2)


def _pictured_again(
    picture: str, lines: list[OutlineNode], at: int, copies: int = _AVATAR_PRINTS
) -> int:
    """How many plain lines from ``lines[at]`` on print the linked picture ``picture``
    again, up to ``copies`` times: a picture alone, linked to the address ``picture``
    links to ("[![Ann's icon](…)](/author/7)" over a copy html2text wrapped over two
    lines, then "[Ann](/author/7)": the avatar, printed again over its owner's name)."""
    target = _LINK_TARGET_END.search(picture.rstrip())
    if target is None:
        return 0
    end = f"]({target.group(1)})"
    start = at
    for _ in range(copies):
        if at >= len(lines) or lines[at].marker is not None:
            break
        joined, taken = _link_wrapped(lines, at)
        if L.plain(joined) or not joined.rstrip().endswith(end):
            break
        at += taken
    return at - start


def _labelled_name_date(text: str) -> tuple[str, str] | None:
    """The name and the date of a line that is a label, a name and a date ("名前：ゆきんこ
    2023-05-14 21:03:11", "Name: Ann Lee 03/14/2021"): a signature printed under a body
    with its field's label; None for other lines."""
    field = _RECORD_FIELD.match(L.plain(text))
    if field is None:
        return None
    header = L.read_header(field.group(2))
    if header is None or header.evidence != "date" or not header.author or not header.date:
        return None
    return (header.author, header.date) if looks_like_name(header.author) else None


def _badge_over_date(flat: list[OutlineNode], index: int) -> bool:
    """``flat[index]`` is a badge printed between a name and its date: one short word
    alone ("Author", "Admin") on a plain line right over a date line."""
    if index + 1 >= len(flat):
        return False
    badge, then = flat[index], flat[index + 1]
    if then.marker is not None or badge.marker is not None:
        return False
    word = L.plain(badge.text)
    return (
        len(word) <= _BADGE_CHARS
        and " " not in word
        and _lone_name(word)
        and is_date_line(L.plain(then.text))
    )


_BADGE_CHARS = 16  # a badge's length, at most


def _names_picture(flat: list[OutlineNode], index: int) -> bool:
    """``flat[index]`` is the name line of the picture item right before it, a
    Markdown heading perhaps ("##### Ann" over its date: html2text prints a theme's
    name heading so), not a heading that ends the comment section."""
    if index < 1 or flat[index].marker is not None:
        return False
    before = flat[index - 1]
    return (
        before.marker is not None
        and not before.children
        and _stands_for_picture(before.text)
        and _name_follows(flat, index - 1)
    )


def _lone_name(line: str) -> bool:
    """A plain line that can be a name printed alone: a few words, no date, no control,
    no picture."""
    return (
        len(line.split()) <= _NAME_WORDS
        and looks_like_name(line)
        and not is_date_line(line)
        and not L.is_reply_link(line)
        and not L.is_noise(line)
    )


def _body_at(flat: list[OutlineNode], index: int) -> bool:
    """``flat[index]`` is a plain line that goes on with a comment (a body's line)."""
    return index < len(flat) and flat[index].marker is None and not ends_section(flat[index])


def _counts_replies(flat: list[OutlineNode], at: int, first: int) -> bool:
    """``flat[at]`` is a count of the replies that follow ("0 Replies" over an item
    indented deeper than the thread's first item ``flat[first]``): the thread goes on."""
    if L.declared_count(flat[at].text) is None:
        return False
    after = next((node for node in flat[at + 1 : at + 3] if node.marker is not None), None)
    return after is not None and after.column > flat[first].column


def _pictures_repeat(flat: list[OutlineNode], index: int) -> bool:
    """A picture item heading a comment (``flat[index]``, its name following) is one of
    a list: at least `_PICTURE_RUN` more items of its column in its section, the ones
    right after it and the ones right before it (the list's last items have fewer after
    them), are pictures with a name following too (html2text's avatar lists). A reply
    count ("0 Replies") ends no section."""
    after = _pictures_along(flat, index, range(index + 1, len(flat)))
    return after >= _PICTURE_RUN or (
        after + _pictures_along(flat, index, range(index - 1, -1, -1)) >= _PICTURE_RUN
    )


def _pictures_along(flat: list[OutlineNode], index: int, places: range) -> int:
    """`_pictures_repeat`: how many items of ``flat[index]``'s column, at ``places`` in
    their order, are pictures with a name following, up to the first that is not or
    the section's end (`_PICTURE_RUN` at most)."""
    column, found = flat[index].column, 0
    for at in places:
        node = flat[at]
        if (
            ends_section(node)
            and L.declared_count(node.text) is None
            and not _names_picture(flat, at)
        ):
            break
        if node.marker is None or node.column != column:
            continue
        if not (
            (_stands_for_picture(node.text) and _name_follows(flat, at))
            or _date_over_flat_name(node, flat, at) is not None
        ):
            break
        found += 1
        if found >= _PICTURE_RUN:
            break
    return found


def _date_block(item: OutlineNode) -> bool:
    """An item whose block is its date alone: at most `_DATE_BLOCK` plain lines with
    nothing under them, each a date ("Ann" over "May 3, 2020 at 9:12 AM"; the body is
    printed after the item, at its bullet's column: inscriptis)."""
    children = item.children
    return 0 < len(children) <= _DATE_BLOCK and all(
        child.marker is None and not child.children and is_date_node(child) for child in children
    )


_NAMED_REACH = 200  # lines looked at, after a name over its date, for the next ones


def _named_dates_repeat(flat: list[OutlineNode], index: int) -> bool:
    """An item that is a name over its date alone (`_date_block`, ``flat[index]``) is
    one of a list: at least `_PICTURE_RUN` more items of its column and list further
    down, before the section ends, are names over their dates alone too."""
    item, found = flat[index], 0
    for at in range(index + 1, min(len(flat), index + _NAMED_REACH)):
        node = flat[at]
        if ends_section(node):
            break
        if node.column != item.column or not _same_list(item, node):
            continue
        if not _date_block(node) or _name_over_flat_date(node, flat, at) is None:
            return False
        found += 1
        if found >= _PICTURE_RUN:
            return True
    return False


def _same_list(item: OutlineNode, node: OutlineNode) -> bool:
    """``node`` is an item of the list ``item`` is in by its marker: the same bullet,
    or a number as well ("2." after "1.")."""
    if item.marker is None or node.marker is None:
        return False
    return node.marker == item.marker or (item.marker[0].isdigit() and node.marker[0].isdigit())


_NAMED_BLOCKS = 2  # named blocks after a count that make a comment section, at least
_BLOCK_LABELS = 3  # lines between a named block's name and its body, at most


def _named_block(flat: list[OutlineNode], start: int) -> int | None:
    """The index after a block of plain lines from ``flat[start]`` on that is a name
    alone, then at most `_BLOCK_LABELS` lines that label it (a word, "Author"; a date;
    "Reply to NAME"), then a body with prose in it (its first line no name alone: that
    would be the block's name) closed by a reply link ("Reply"), within `MAX_GAP`
    lines; None: no such block."""
    if not _block_name(flat, start):
        return None
    at = start + 1
    while at < len(flat) and at - start <= _BLOCK_LABELS and _block_label(flat[at].text):
        at += 1
    if at >= len(flat) or _block_name(flat, at):
        return None
    prose = False
    for end in range(at, min(len(flat), start + MAX_GAP)):
        node = flat[end]
        if node.marker is not None or ends_section(node):
            return None
        if L.is_reply_link(node.text):  # (the first reply link closes the block: with
            return end + 1 if prose else None  # no prose over it, it is no such block)
        prose = prose or is_prose(node.text)
    return None


def _after_count(flat: list[OutlineNode], posts: list[Post]) -> list[Post]:
    """The posts of a list that opens on the page's first line which stand after a
    count of comments printed between two of them ("18 comments"): those before it
    are the article's (the entry and its date printed as a post is); all the posts
    where no count stands between them."""
    for number, (post, following) in enumerate(itertools.pairwise(posts), start=1):
        if any(L.declared_count(node.text) for node in flat[post.body_start : following.stamp]):
            return posts[number:]
    return posts


def _icon_line(text: str) -> bool:
    """A line of no letters that is no date either ("__", "•"): an icon between two
    blocks (a date in digits, "2021-03-04 05:12", opens the next block's header)."""
    return not any(ch.isalpha() for ch in text) and not is_date_line(text)


def _block_name(flat: list[OutlineNode], at: int) -> bool:
    """``flat[at]`` is a plain line that is a name alone."""
    if at >= len(flat) or flat[at].marker is not None:
        return False
    return _lone_name(L.plain(flat[at].text)) and not is_prose(flat[at].text)


def _block_label(text: str) -> bool:
    """A line between a name and its body that labels the comment: one word (a badge,
    "Author"), a date, or the name it answers ("Reply to NAME")."""
    line = L.plain(text)
    return len(line.split()) == 1 or is_date_line(line) or reply_to(line) is not None


def _over_flat_excerpt(node: OutlineNode, flat: list[OutlineNode], at: int) -> L.Header | None:
    """An item's line right over a plain line that opens an excerpt ("[…] the words it
    quotes"), the body not indented under it (html2text): a pingback's header, its
    linking post's title perhaps too long for a name (`lines.read_pinged`)."""
    under = flat[at + 1] if at + 1 < len(flat) else None
    if under is None or under.marker is not None or not L.opens_excerpt(under.text):
        return None
    return L.read_pinged(node.text)


def _name_over_flat_date(item: OutlineNode, flat: list[OutlineNode], index: int) -> L.Header | None:
    """In a thread whose bodies are not indented (html2text), an item that is only a
    name ("![](avatar)NAME", "[NAME](url)") with the comment's date on the next line."""
    after = flat[index + 1] if index + 1 < len(flat) else None
    if after is None or after.marker is not None or not is_date_line(L.plain(after.text)):
        return None
    name = L.display_name(item.text)
    if name is None or not looks_like_name(name):
        return None
    return L.Header(name, evidence="date")


def _date_over_flat_name(item: OutlineNode, flat: list[OutlineNode], index: int) -> L.Header | None:
    """In a thread whose bodies are not indented (html2text), an item that is only the
    comment's date with the name alone on the next line and the body after it."""
    if index + 1 >= len(flat) or flat[index + 1].marker is not None:
        return None  # (the next line is no name: the cheap look first)
    shown = L.plain(item.text)
    if not is_date_line(shown) or not _lone_name(L.plain(flat[index + 1].text)):
        return None
    if not _body_at(flat, index + 2):
        return None
    return L.Header(None, date=shown, evidence="below")


def _heads_entries(flat: list[OutlineNode], texts: list[str], index: int) -> bool:
    """A list of posts' titles, each over its date and nothing between, opens at line
    ``index`` (`posts.shapes.entries_end`), or right under it where it is a plain short
    line of no sentence (the list's heading: "Recent Posts" over "Park day, March 16"
    over "Feb 9, 2024" …)."""
    if entries_end(texts, index) > index:
        return True
    node = flat[index]
    return (
        index + 1 < len(flat)
        and node.marker is None
        and len(node.text) <= _HEADING_REACH
        and not is_prose(node.text)
        and entries_end(texts, index + 1) > index + 1
    )


_HEADING_REACH = 40  # characters of a list's heading, at most


def _pinged_over_date(text: str, lines: list[OutlineNode] | tuple[()]) -> L.Header | None:
    """A pingback's header: its title (``text``, a picture's placeholder before it aside)
    over a date line over an excerpt of the linking post ("June 7, 2024" over "[…] the
    words that link […]"; "on" closing the title when the date wrapped under it). The
    date opens its line (a title wrapped onto it, "Insiderinfo 29. Juni 2018", is the
    title's end); a reply link after it is no part of it. None where the item's lines
    are not so."""
    if len(lines) < 2 or not L.opens_excerpt(lines[1].text):
        return None
    shown = L.plain(lines[0].text)
    date = find_date(shown) if is_date_line(shown) else None
    if date is None or date.start() != 0:
        return None
    title = L.clean_author(L.display_name(text) or "", before_date=True)  # ("…, on")
    when = shown[: date_extent(shown, date)].rstrip(" -–|·")
    return L.Header(title, kind="pingback", date=when, evidence="ping") if title else None


def _stands_for_picture(text: str) -> bool:
    """A picture placeholder, alone, after a running number ("1 [3c9a1d]") or before a
    reply link ("[3c9a1d] Reply")."""
    number, _, rest = text.partition(" ")
    if is_placeholder(text) or (bool(_COUNTER.match(number)) and is_placeholder(rest)):
        return True
    return _picture_by_reply(text)


def _picture_over_name(item: OutlineNode) -> bool:
    """An item's line that is a picture's alternative text naming its owner, over the
    owner's name on the line under it: "Ann Lee Avatar" over "Ann Lee" (a theme's avatar
    block prints the picture before the name); or, whatever its words, the name with a
    few words around it, printed once or twice over the name and its date
    (`_avatar_repeats`)."""
    text = item.text
    if not item.children or " " not in text:
        return False
    if _avatar_repeats(item) is not None:
        return True
    if text[-1:] not in "rReEoOnN":
        return False  # (the picture words end so)
    picture = _PICTURE_OF.search(text)
    under = item.children[0]
    return (
        picture is not None
        and picture.start() > 0
        and under.marker is None
        and L.plain(under.text) == text[: picture.start()]
    )


def _avatar_repeats(item: OutlineNode) -> int | None:
    """How many lines under an item's line print it again, when the item's line is an
    avatar's text over its owner's name ("Ann Lee's icon" over "Ann Lee's icon" over
    "Ann Lee" over the date): the name on the line under the repeats, found in the
    item's line with a few words before or after it (`lines.spells_name`), whatever
    those words, and the date on the line under the name; else None."""
    text = L.plain(item.text)
    under = item.children
    for repeats, child in enumerate(under[: _AVATAR_PRINTS + 1]):
        line = L.plain(child.text)
        if child.marker is not None:
            return None
        if line != text:
            named = looks_like_name(line) and L.spells_name(text, line)
            return repeats if named and _dated_under(under, repeats + 1) else None
    return None


def _carded_name(line: str, authors: set[str]) -> str | None:
    """The author of the thread's items that opens the name line of an opening post,
    alone or before the poster's card ("Mathis_R Messages postés 14 Date d'inscription
    …": the name, then the card's fields); the longest such; None when none does."""
    found = [a for a in authors if line == a or line.startswith(a + " ")]
    return max(found, key=len) if found else None


def _itemized(flat: list[OutlineNode], posts: list[Post]) -> bool:
    """Every post of a flat post list opens on a list item over its stamp: replies
    printed as list items ("  * Ann" over "5.3.2024 14:51" over the body) that the
    converter left unindented under their first line (html2text), read as posts; the
    thread's opening post, if printed, stands over them as plain lines."""
    return all(flat[post.start].marker is not None and post.stamp != post.start for post in posts)


def _card_wraps(lines: list[OutlineNode], dated: int) -> list[int]:
    """The lines that may be the name line over the date line ``lines[dated]``, the
    nearest first: the plain line right over it, then the first of the plain lines
    over it that a long name line was wrapped onto, up to `_CARD_WRAPS` of them (w3m,
    lynx and html2text wrap a poster's card at 80 columns: "Ann_K Messages 14 Date
    d'inscription mardi 2 janvier" over "2024 Statut Membre" over the date), each
    wrapped onto the next (`_wraps_on`), none of them a date line."""
    found: list[int] = []
    for at in range(dated - 1, max(-1, dated - 2 - _CARD_WRAPS), -1):
        if lines[at].marker is not None:
            break
        if at < dated - 1 and (
            not _wraps_on(lines, at) or _opening_date(L.plain(lines[at + 1].text)) is not None
        ):
            break
        found.append(at)
    return found


def _unlabelled(date: str) -> str:
    """A date line without the posting word and its connector before the date ("Posté
    le 5 mars 2024 à 14:22": "5 mars 2024 à 14:22"), as an item's header prints it."""
    words = date.split(" ", 2)
    if len(words) > 1 and words[0].casefold() in L.POSTING_WORDS:
        rest = words[1:] if words[1].casefold() not in L.CONNECTOR_WORDS else words[2:]
        return " ".join(rest)
    return date


def _opening_date(line: str) -> str | None:
    """The date an opening post's date line prints: the date that opens it before the
    post's counters ("5.3.2024 14:22 2 134 5 vastausta": its views and answers, numbers
    and perhaps one word after the last; "March 5, 2024 2:22 PM 1,204 views"), else the
    line where it is a date line; None for other lines."""
    if len(line) > 2 * _DATED_LINE or not _counted_end(line):
        return line if is_date_line(line) else None  # (no counters: the cached test)
    if len(" ".join(line.split())) > _DATED_LINE:
        return None  # (a paragraph: no date line, as `dates.is_date_line` bounds it)
    match = find_date(line)
    if match is not None and match.start() == 0:
        end = date_extent(line, match)
        words = line[end:].split()
        numbers = 0
        while numbers < len(words) and _COUNTER_WORD.fullmatch(words[numbers]):
            numbers += 1
        noun = len(words) == numbers + 1 and words[-1][-1:].isalpha()
        if numbers and (len(words) == numbers or noun):  # (numbers, perhaps the last
            return line[:end].rstrip()  # one's noun: "5 vastausta", "1,204 views")
    return line if is_date_line(line) else None


def _counted_end(line: str) -> bool:
    """The line may close with a post's counters (`_opening_date`): a number last, or a
    number and one word ("1,204 views")."""
    words = line.rsplit(None, 2)
    if len(words) < 2:
        return False
    if _COUNTER_WORD.fullmatch(words[-1]):
        return True
    return words[-1].isalpha() and _COUNTER_WORD.fullmatch(words[-2]) is not None


_DATED_LINE = 80  # characters of a date line, at most (`dates.is_date_line` reads no more)
_COUNTER_WORD = re.compile(r"[0-9][0-9,. ]*")


def _opener_name(name: str, date: str, after: list[OutlineNode]) -> bool:
    """``name``, over the date line ``date``, reads as the name of a forum's opening post:
    a name opening with a letter, not printed again on its date's line, and printed
    again alone over a date of the same format on the lines ``after`` it (the opener
    answering in the thread: a heading or a byline's word over a date is printed once)."""
    if not name[:1].isalpha() or not looks_like_name(name) or name in date:
        return False
    shape = _date_shape(date)
    return any(
        L.plain(node.text) == name
        and is_date_line(under := L.plain(after[at + 1].text))
        and _date_shape(under) == shape
        for at, node in enumerate(after[:-1])
    )


def _prose_in(lines: list[OutlineNode]) -> bool:
    """A plain line of prose among ``lines`` (an opening post's body under its header)."""
    return any(node.marker is None and is_prose(L.plain(node.text)) for node in lines)


def _header_shape(line: str, header: L.Header) -> str:
    """A header line's format: the words around its author and date each one mark, then
    the date's format (`_date_shape`): "Dana Whitfield @dana_w2 years ago" and "Ben
    @benk1 year ago" are both " | 0 a a" (the handle is read with the name); "Par Ann,
    3 mars 2012 - Entretien" is "a , - a | 0 a 0", a shape of its own."""
    date = header.date or ""
    rest = line.replace(date, " ", 1).replace(header.author or "", " ", 1)
    return " ".join(_WORD_RUN.sub("a", rest).split()) + " | " + _date_shape(date)


_WORD_RUN = re.compile(r"\w+")


def _date_shape(text: str) -> str:
    """A date line's format: its runs of letters and of digits each one mark, the rest
    kept ("May 19 2024 | 3:26 pm" and "Jun 2 2022 | 10:05 am": "a 0 0 | 0:0 a")."""
    return _DIGIT_RUN.sub("0", _LETTER_RUN.sub("a", text))


def _avatar_top(lines: list[OutlineNode], at: int) -> int:
    """The first of the lines over the name line ``lines[at]`` that print the avatar's
    text (the name with a few words around it, `lines.spells_name`), up to
    `_AVATAR_PRINTS` of them; ``at`` when none does."""
    name = L.plain(lines[at].text)
    top = at
    while (
        top > 0
        and at - top < _AVATAR_PRINTS
        and lines[top - 1].marker is None
        and L.spells_name(L.plain(lines[top - 1].text), name)
    ):
        top -= 1
    return top


_CARD_WRAPS = 2  # lines a poster's card on its name line is wrapped onto, at most
_CARD_LINES = 8  # short lines of a poster's card between the name and the date, at most


def _dated_under(under: Sequence[OutlineNode], at: int) -> bool:
    """``under[at]`` is a plain date line, or one of the `_CARD_LINES` plain lines from
    there on is, all before it short and no sentences (the poster's card: a rank, a
    place, counters, a rating: "Elite 24", "Valencia, España", "23", "Puntuación de 5
    estrellas")."""
    for node in under[at : at + _CARD_LINES + 1]:
        if node.marker is not None:
            return False
        if is_date_node(node):
            return True
        if len(node.text) > _CARD_LINE or is_prose(L.plain(node.text)):
            return False
    return False


_CARD_LINE = 40  # the longest line of a poster's card


def _picture_by_reply(text: str) -> bool:
    """A picture placeholder before a reply link, alone on an item's line ("[3c9a1d]
    Reply", "![](…/avatar.png) [Reply](…)": the avatar and the reply link a comment's
    meta line prints first, its name and date on the lines after it)."""
    picture, _, rest = text.partition(" ")
    return bool(rest) and is_placeholder(picture) and L.is_reply_link(rest)


def _count_over(flat: list[OutlineNode], start: int) -> int | None:
    """The count a plain line declares within `_COUNT_REACH` lines over ``flat[start]``
    ("9 Comments"), the nearest; None without one."""
    for node in reversed(flat[max(0, start - _COUNT_REACH - 1) : start]):
        if node.marker is None and (count := L.declared_count(node.text)) is not None:
            return count
    return None


_POST_NUMBER = re.compile(r"#[0-9]{1,5}(?:\.[0-9]{1,5})*")  # "#2", "#2.1": a post's number


def _numbered_only(header: L.Header) -> bool:
    """The header names no author but the post's number ("#2.1  —  3 hours ago")."""
    return header.author is not None and _POST_NUMBER.fullmatch(header.author) is not None


def _doubled_items(roots: list[OutlineNode]) -> bool:
    """Most of a thread's comments are items that print one text twice, their lines
    and the lines under them ("Launch Day Recap" over "Launch Day Recap"): a widget's
    list of links, each with its title again under it, not comments. (Counted until
    the answer is known: more than half print twice, or too many print once.)"""
    needed = len(roots) // 2 + 1  # (more than half)
    spare = len(roots) - needed + 1  # (roots printing once that leave fewer than needed)
    for root in roots:
        if _prints_twice(root):
            needed -= 1
            if not needed:
                return True
        else:
            spare -= 1
            if not spare:
                return False
    return False  # (no roots)


def _prints_twice(node: OutlineNode) -> bool:
    """The item's line and the lines under it are one text printed twice."""
    if len(node.children) > _TWICE_LINES or any(child.children for child in node.children):
        return False
    words = " ".join(L.plain(line.text) for line in (node, *node.children)).split()
    half = len(words) // 2
    return half > 0 and len(words) == 2 * half and words[:half] == words[half:]


_TWICE_LINES = 4  # lines under an item that prints its text twice, at most


def _whole_line_header(flat: list[OutlineNode], at: int) -> L.Header | None:
    """The header a plain line reads as, unless it ends in a link whose text html2text
    wrapped onto the line under it and the two read together make no header ("DATE
    [Reply to this" over "comment](…)": a date and a control, no name)."""
    header = L.read_header(flat[at].text)
    if header is None or L.open_link(flat[at].text) != "text" or at + 1 >= len(flat):
        return header
    text, _ = _link_wrapped(flat, at)
    return header if L.read_header(text) is not None else None


def _wrapped_heading(flat: list[OutlineNode], at: int) -> bool:
    """A Markdown heading that is a comment's verb header html2text wrapped over the
    lines under it (`_wrapped_verb`: "#### [Comment](https://x/p" over "#c3 \"…\")
    from:" over "Ann Lee [Visitor]"), as `_headed` reads one on its line alone."""
    return flat[at].text[:1] == "#" and _wrapped_verb(flat, at) is not None


def _unit(node: OutlineNode) -> OutlineNode:
    """The node's own line (an item keeps its marker), without what is under it."""
    return as_line(node) if node.marker is None else as_item(node, [])
