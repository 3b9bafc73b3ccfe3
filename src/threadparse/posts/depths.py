"""Depths of flat posts: nesting read from the columns of the stamps (`nested_depths`),
from dotted post numbers ("#2.1", `dotted_depths`), from a floor's numbered replies
("B1-1" under "B1", `sub_numbered_depths`; under a label, "Comment 4-1",
`labelled_depths`), from reply counts
(`counted_depths`), and from the columns of signed paragraphs."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from threadparse import lines as L
from threadparse.outline import OutlineNode
from threadparse.posts.post import Post
from threadparse.posts.prose import _COUNT_REACH, is_prose
from threadparse.posts.stamps import _WRAPPED_LINES, Stamp, _full, _joined


def nested_depths(flat: Sequence[OutlineNode], posts: Sequence[Post]) -> list[int] | None:
    """Each post's depth where the posts' stamps stand at columns that nest (a
    converter that keeps the page's indentation prints a reply one step right of the
    post it answers): a deeper post is one step right of the one before, the same
    step everywhere but from the top level, which a template's wrapper around the
    replies' lists may widen (replies 4 columns right of their comments, theirs 2
    further; never narrower than the steps under it); a post back to the left returns
    to a column an earlier post opened; and some post does return (a staircase, each
    post right of the one before, is the page's layout, not replies). A first post
    left of all the others is the thread's opening post, at the top level. Where the
    stamps stand at one column under list items, the items' columns are read
    (`_item_columns`). None where the columns do not nest."""
    columns = [_stamp_column(flat, post) for post in posts]
    if len(set(columns)) < 2:  # (the cheap test first: one column, nothing nests)
        columns = _item_columns(flat, posts)
        if len(set(columns)) < 2:
            return None
    first = 1 if columns[0] < min(columns[1:]) else 0
    depths = [0] * first
    levels: list[int] = []  # the columns of the open levels, the top level first
    steps = [0, 0]  # the step from the top level, and the step under it (0: not yet)
    returned = False
    for column in columns[first:]:
        if levels and column > levels[-1]:
            deeper = len(levels) > 1  # (a reply to a reply)
            width = column - levels[-1]
            if deeper and not steps[1] and width > steps[0]:
                steps[1] = steps[0]  # (wider than the first step: the same step, a
                # level between with no post shown, or no nesting)
            if not _steps_right(width, steps[deeper]):
                return None  # (steps of two widths at one level: no nesting)
            steps[deeper] = steps[deeper] or width
            levels.append(column)
        elif not levels:
            levels.append(column)
        elif column in levels:
            returned = returned or column < levels[-1]
            del levels[levels.index(column) + 1 :]
        else:
            return None  # (back to a column no open post stands at)
        depths.append(len(levels) - 1)
    return depths if returned else None


def _steps_right(width: int, step: int) -> bool:
    """A post ``width`` columns right of the one before stands one level under it, the
    page's ``step`` being known (0: not yet): one step, or several where the levels
    between hold no post shown (a reply under a comment the page hides, its place
    kept: the reply answers the nearest comment shown over it)."""
    return not step or width == step or (width > step and width % step == 0)


def _stamp_column(flat: Sequence[OutlineNode], post: Post) -> int:
    """The column ``post``'s stamp stands at: its text's where the stamp is the list
    item opening the post (`Post.opened`), as the date under a name item stands at its
    item's text column, whatever the column the converter put the item's marker at."""
    node = flat[post.stamp]
    if post.opened and node.marker is not None:
        return node.column + len(node.marker) + 1
    return node.column


def _item_columns(flat: Sequence[OutlineNode], posts: Sequence[Post]) -> list[int]:
    """The columns of the list items that open the posts, where each post opens on an
    item (its name) and its stamp stands left of the item's text: html2text indents a
    reply's item by its depth ("    * Ann" under "  * Ben") but prints the item's
    lines after its first at the margin ("5.3.2024 15:10" and the body), so only the
    items' columns nest. The first post may be plain lines (the thread's opening post
    over its replies' items: `nested_depths` reads it at the top level where it
    stands left of them). Empty where some other post does not open so; then the
    items over the stamps are read (`_header_item_columns`)."""
    columns = _opening_item_columns(flat, posts)
    return columns or _header_item_columns(flat, posts)


def _opening_item_columns(flat: Sequence[OutlineNode], posts: Sequence[Post]) -> list[int]:
    """The columns of the list items the posts open on (`_item_columns`); empty where
    some post but a plain first one does not open so."""
    columns: list[int] = []
    for post in posts:
        item = flat[post.start]
        if item.marker is None and not columns:
            columns.append(item.column)
            continue
        if item.marker is None or post.stamp == post.start:
            return []
        if flat[post.stamp].column >= item.column + len(item.marker) + 1:
            return []  # (the stamp under the item's text: its own column tells)
        columns.append(item.column)
    return columns


_ITEM_REACH = 3  # plain lines between a post's subject item and its stamp, at most


def _header_item_columns(flat: Sequence[OutlineNode], posts: Sequence[Post]) -> list[int]:
    """The columns of the list items right over the posts' stamps, where every post's
    header block opens with one (a subject html2text prints as an item indented by the
    post's depth, "    * #### [Re:Subject](…)", then the score and the "by NAME" stamp
    at the margin, as every line after the item's first): at most `_ITEM_REACH` plain
    lines of no prose between the item and the stamp, the stamp left of the item's
    text. The first post may have none (it stands at the top level). Empty where some
    other post has none.

    A post's body and its controls stand between the item and the stamp before it, so
    no item is looked for above the stamp before."""
    columns: list[int] = []
    floor = 0
    for number, post in enumerate(posts):
        item = _item_over(flat, post.stamp, floor)
        floor = post.stamp + 1
        if item is None:
            if number:
                return []
            columns.append(flat[post.stamp].column)
            continue
        if flat[post.stamp].column >= item.column + len(item.marker or "") + 1:
            return []  # (the stamp under the item's text: its own column tells)
        columns.append(item.column)
    return columns


def _item_over(flat: Sequence[OutlineNode], stamp: int, floor: int) -> OutlineNode | None:
    """The list item right over line ``stamp`` (not above ``floor``), at most
    `_ITEM_REACH` plain lines of no prose between them (`_header_item_columns`)."""
    for at in range(stamp - 1, max(floor, stamp - _ITEM_REACH - 1) - 1, -1):
        node = flat[at]
        if node.marker is not None:
            return node if not node.children or node.children[0] is flat[at + 1] else None
        if is_prose(node.text):
            return None
    return None


# (as shown; a reply's number after a hyphen, "#2-1", once)
_DOTTED_NUMBER = re.compile(
    r"^#[ ]?([0-9]{1,9}-[0-9]{1,4}|[0-9]{1,9}(?:\.[0-9]{1,4}){0,8})(?![0-9])"
)


def dotted_depths(flat: Sequence[OutlineNode], posts: Sequence[Post]) -> list[int] | None:
    """Each post's depth where every post's stamp opens with its number after the
    numbers of the posts it answers ("#1", "#1.1", "#1.1.1", "#1.2", "#2"): the
    number of dots, where each post's parent number stands before it and some post
    is a reply. None where some post has no such number, or they make no tree."""
    seen: set[str] = set()
    depths: list[int] = []
    for post in posts:
        match = _DOTTED_NUMBER.match(L.plain(flat[post.stamp].text))
        if match is None:
            return None
        number = match.group(1).replace("-", ".")
        parent, dot, _ = number.rpartition(".")
        if dot and parent not in seen:
            return None  # (a reply to no post before it: no such numbering)
        seen.add(number)
        depths.append(number.count("."))
    return depths if any(depths) else None


def sub_numbered_depths(posts: Sequence[Post]) -> list[int] | None:
    """Each post's depth where some posts are numbered as replies under another post
    ("B1-1", "B1-2" under "B1": a floor's replies, their number and sub-number read off
    the stamps): one level under the post of their number, which stands before them;
    the other posts at the top level. None where no post is so numbered, or one's
    number names no post before it."""
    if all(post.sub is None for post in posts):
        return None
    numbered: set[int] = set()
    for post in posts:
        if post.sub is None:
            if post.number is not None:
                numbered.add(post.number)
        elif post.number not in numbered:
            return None
    return [0 if post.sub is None else 1 for post in posts]


# a label alone on a line opening a post: its words, then the post's number, a reply's
# after its parent's and a hyphen ("ความคิดเห็นที่ 1-1", "Comment 4-2", "B1-1", "#3-1")
_NUMBERED_LABEL = re.compile(r"^([^\W\d_][^\d]{0,29}?|#) ?([0-9]{1,5}(?:-[0-9]{1,4})?)$")
_LABEL_REACH = 3  # lines opening a post where its label may stand, at most


def labelled_depths(flat: Sequence[OutlineNode], posts: Sequence[Post]) -> list[int] | None:
    """Each post's depth where every post but perhaps the first (the opening post) opens
    with a label alone on its line, the same words and the post's number ("ความคิดเห็นที่
    2", "Comment 4"), a reply's number after the number of the post it answers and a
    hyphen ("ความคิดเห็นที่ 4-1", the floor's sub-floor): the replies one level under
    the nearest post before them of that number. The numbers run up the page (a deleted
    floor's aside: its number skipped), some post is a reply; None otherwise."""
    words: set[str] = set()
    depths: list[int] = []
    floor = 0  # the number of the floor the replies after it answer
    last = (0, 0)  # the last number read: the floor's and the reply's (0: the floor)
    for number, post in enumerate(posts):
        label = _post_label(flat, post)
        if label is None:
            if number > 0:
                return None  # (an unlabelled post past the first: no such numbering)
            depths.append(0)
            continue
        words.add(label[0])
        first, _, sub = label[1].partition("-")
        here = (int(first), int(sub) if sub else 0)
        if here <= last or (sub and int(first) != floor):
            return None  # (numbers that do not run up, or a reply to no floor over it)
        floor, last = (floor if sub else here[0]), here
        depths.append(1 if sub else 0)
    if len(words) != 1 or not any(depths):
        return None
    return depths


def _post_label(flat: Sequence[OutlineNode], post: Post) -> tuple[str, str] | None:
    """The words and the number of the last numbered label (`_NUMBERED_LABEL`) among the
    lines opening the post, before its body's first line and its stamp (a removed
    floor's label and notice may stand over the post's own: "ความคิดเห็นที่ 3" over
    "ความคิดเห็นนี้ถูกลบ…" over "ความคิดเห็นที่ 4")."""
    stop = min(post.body_start if post.body_start > post.start else post.end, post.stamp)
    found = None
    for at in range(post.start, min(stop, post.start + _LABEL_REACH)):
        match = _NUMBERED_LABEL.match(L.plain(flat[at].text))
        if match is not None:
            found = (match.group(1).rstrip().casefold(), match.group(2))
    return found


def marked_depths(flat: Sequence[OutlineNode], posts: Sequence[Post]) -> list[int] | None:
    """Each post's depth where a mark of one character (not ASCII, no bullet: "ㄴ",
    "↳", "└") stands alone on a line over some posts' names and stamps, the same mark
    each time, two posts at least, never over the first nor over all: the marked posts
    are replies, one level under the nearest unmarked post before them. None where no
    such mark is printed."""
    marks = [_mark_over(flat, post) for post in posts]
    shown = {mark for mark in marks if mark is not None}
    if len(shown) != 1 or marks[0] is not None or sum(m is not None for m in marks) < 2:
        return None
    if all(mark is not None for mark in marks[1:]):
        return None  # (over every post but the first: the template's, no reply's)
    return [0 if mark is None else 1 for mark in marks]


def _mark_over(flat: Sequence[OutlineNode], post: Post) -> str | None:
    """The one-character line opening the post's header block over its name and
    stamp, or right over the block (`marked_depths`)."""
    named = min(post.stamp, post.author_line if post.author_line is not None else post.stamp)
    at = post.start if post.start < named else post.start - 1
    if at < 0:
        return None
    node = flat[at]
    text = node.text
    if len(text) != 1 or node.marker is not None or text.isascii() or text.isdigit():
        return None  # (an ASCII sign alone is an empty list item's bullet: "*", "-")
    return None if text in _BULLETS else text


_BULLETS = "•◦▪▫‣⁃○●■□◆◇►▸☆"  # the converters' bullets (the grammar's ITEM): an empty item


# A count of replies closing a header line: "(2 children)", "(1 reply)"
_REPLY_COUNT = re.compile(r"\(([0-9]{1,5}) [^\W\d_]{1,12}\)$")


def counted_depths(flat: Sequence[OutlineNode], posts: Sequence[Post]) -> list[int] | None:
    """Each post's depth where every post's header closes with a count in parentheses
    ("(2 children)", on its stamp's line or the line after it) and the counts, read in
    the page's order, make up a tree exactly: each the number of all the replies under
    the post, or of its direct replies (the posts after it, one level down, until the
    count is used up). All replies are tried first: counts of direct replies rarely make
    up a tree read so (each count as large as the post's subtree), while counts of all
    replies often do read as direct ones. A converter that drops the page's indentation
    keeps the counts. None where some post has no count or the counts make up no tree."""
    counts: list[int] = []
    for post in posts:
        text = flat[post.stamp].text
        if text[-1:] != ")" and post.stamp + 1 < len(flat):
            after = flat[post.stamp + 1].text  # (the count wrapped onto the next line,
            if len(after) > _COUNT_REACH and "](" in after:  # perhaps as a link's text:
                after = L.plain(after)  # html2text's "[(1 child)](javascript:void\(0\))")
            text = f"{text} {after}" if len(after) <= _COUNT_REACH else text
        found = _REPLY_COUNT.search(text) if text[-1:] == ")" else None
        if found is None and "](" in text and text[-1:] == ")":  # (the count a link's
            found = _REPLY_COUNT.search(L.plain(text))  # text, its "[(2" wrapped: as shown)
        if found is None and "](" in text:  # (Markdown: the count as shown, perhaps on
            text = L.plain(_stamp_text(flat, post))  # the lines the stamp was wrapped onto)
            found = _REPLY_COUNT.search(text) if text[-1:] == ")" else None
        if found is None:
            return None
        counts.append(int(found[1]))
    if len(counts) < 2 or not any(counts):
        return None
    return _by_descendants(counts) or _by_replies(counts)


def _stamp_text(flat: Sequence[OutlineNode], post: Post) -> str:
    """The line of a post's stamp joined with the lines of its header under it that it
    was wrapped onto (`_full_stamp`), as one line."""
    text = flat[post.stamp].text
    end = min(post.body_start, post.stamp + 2 * _WRAPPED_LINES)
    for at in range(post.stamp + 1, end):
        if flat[at - 1].blank_after or not _full(flat[at - 1], flat[at]):
            break
        text = _joined(text, flat[at].text)
    return text


def _by_replies(counts: list[int]) -> list[int] | None:
    """The depths of a tree in document order whose nodes have ``counts`` direct
    children each; None where the counts make up no such tree."""
    depths: list[int] = []
    open_counts: list[int] = []  # the replies still due of each open level
    for count in counts:
        depths.append(len(open_counts))
        if open_counts:
            open_counts[-1] -= 1
        open_counts.append(count)
        while open_counts and open_counts[-1] == 0:
            open_counts.pop()
    return None if open_counts else depths


def _by_descendants(counts: list[int]) -> list[int] | None:
    """The depths of a tree in document order whose nodes have ``counts`` nodes under
    them each; None where the counts make up no such tree."""
    depths: list[int] = []
    ends: list[int] = []  # one past the last node under each open level
    for index, count in enumerate(counts):
        while ends and ends[-1] <= index:
            ends.pop()
        end = index + 1 + count
        if end > len(counts) or (ends and end > ends[-1]):
            return None  # (a count running past the page or past its parent's)
        depths.append(len(ends))
        ends.append(end)
    return depths


def _column_depths(flat: Sequence[OutlineNode], posts: list[Post]) -> None:
    """Set each post's depth from the column of the first line of its signed paragraph
    (the lines glued over its stamp, which closes the post: the post's first line may
    be a quote printed further right in a paragraph of its own, or at the margin where
    html2text prints a quote inside an indented reply; html2text also prints the lines
    after an indented reply's first at the margin, glued under it), where a reply stands
    right of the post it answers: a column right of the open levels opens one more; one
    left returns to the deepest open level at or left of it (the steps may differ: a
    converter indents each level by its own width). A line between two posts at or
    left of the top level's column (a section's heading) opens a new thread."""
    levels: list[int] = []
    for post, gap in zip(posts, [[], *(p.tail for p in posts)], strict=False):
        column = flat[_signed_paragraph(flat, post)].column
        if levels and any(flat[at].column <= levels[0] for at in gap):
            levels = []
        while levels and levels[-1] > column:
            levels.pop()
        if not levels or levels[-1] < column:
            levels.append(column)
        post.depth = len(levels) - 1


def _signed_paragraph(flat: Sequence[OutlineNode], post: Post) -> int:
    """The first line of the paragraph that closes ``post`` with its stamp: up from the
    stamp over the lines with no blank line between, down to the post's first line."""
    at = post.stamp
    while at > post.start and not flat[at - 1].blank_after:
        at -= 1
    return at


def _glued_depths(flat: Sequence[OutlineNode], posts: list[Post]) -> None:
    """Deepen the replies a converter printed at their posts' column, glued to the line
    over them: a paragraph block is set apart by a blank line, a reply list's items are
    not (resiliparse prints a talk page's nested replies as lines right under one
    another, the indentation dropped). In a thread (the posts between two headings)
    whose posts all start at one column, none a list item, a post whose first line
    follows the line its post before was signed on is a reply in a list: the first
    post of such a run answers the post over the blank line before it, and each later
    one, its column telling no depth, is read as answering the one right over it."""
    thread: list[Post] = []
    for post in posts:
        thread.append(post)
        if post.tail or post is posts[-1]:  # (a heading between posts: a new thread)
            _glued_thread(flat, thread)
            thread = []


def _glued_thread(flat: Sequence[OutlineNode], thread: list[Post]) -> None:
    """`_glued_depths` for one thread's posts."""
    if len(thread) < 2 or not _glued(flat, thread[0], thread[1:]):
        return
    column = flat[thread[0].start].column
    if any(flat[post.start].column != column or flat[post.start].marker for post in thread):
        return  # (the columns tell the depths; list items at one column are siblings)
    for at in range(1, len(thread)):
        before, post = thread[at - 1], thread[at]
        if not _glued(flat, before, (post,)):
            continue
        if (
            at >= 2
            and before.depth == thread[at - 2].depth
            and not _glued(flat, thread[at - 2], (before,))
        ):
            before.depth = (before.depth or 0) + 1  # (the run's first: a reply over a blank)
        post.depth = (before.depth or 0) + 1


def _glued(flat: Sequence[OutlineNode], before: Post, following: Sequence[Post]) -> bool:
    """Whether one of ``following`` starts on the line right under ``before``'s
    signature, with no blank line between (each post after the one before it), and runs
    on to its own signature without one: a reply's lines. A post whose glued lines
    are set apart from its signed paragraph (a template's line over a report, "1.2.3.4
    (talk · contribs)", then the report) is no reply: what is glued is its heading."""
    for post in following:
        if (
            post.start == before.stamp + 1
            and not flat[before.stamp].blank_after
            and not any(flat[i].blank_after for i in range(post.start, post.stamp))
        ):
            return True
        before = post
    return False


def _in_items(flat: Sequence[OutlineNode], stamps: list[tuple[int, Stamp]]) -> list[bool]:
    """By line of the flat outline: a list item, or a line indented under one (a reply
    printed as an item, its name and date lines under it, even where the converter
    indents them less deeply than the stamp). An item that holds a stamp holds posts
    (a converter nests the page under a menu item): the lines under it are not
    replies."""
    stamped = sorted(flat[index].line for index, _ in stamps)
    reach = 0  # the last line of the items read so far
    out: list[bool] = []
    for node in flat:
        out.append(node.marker is not None or node.line <= reach)
        if node.marker is not None and not _holds(stamped, node):
            reach = max(reach, node.last_line)
    return out


def _holds(stamped: list[int], node: OutlineNode) -> bool:
    """Whether one of the (sorted) stamp lines stands under ``node``."""
    at = bisect.bisect_right(stamped, node.line)
    return at < len(stamped) and stamped[at] <= node.last_line
