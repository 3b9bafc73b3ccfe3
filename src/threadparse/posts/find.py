"""`find_posts`: a page's flat post list. The stamp templates are tried best first and
the one whose posts name the most authors by rule wins, against the other layouts
(nested templates, signed paragraphs, one-line posts, separators, a lone post); then
copies, teasers and unnamed first or last posts are dropped."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from threadparse import lines as L
from threadparse.dates import (
    date_extent,
    find_date,
    is_date_line,
)
from threadparse.outline import OutlineNode
from threadparse.posts.authors import _worded, _wrapped_sender
from threadparse.posts.layouts import (
    _chat_line_posts,
    _named_paragraphs,
    _one_line_posts,
    _row_posts,
    _separated_posts,
)
from threadparse.posts.post import Post
from threadparse.posts.prose import (
    _prose_node,
    _uncontrolled,
    _unmark_card_sentences,
    _unmark_fields,
    _unmark_named_controls,
    _unmark_opening_subject,
    _unmark_pictured_names,
    _unmark_repeated_subjects,
    _unmark_repeated_tails,
    _unmark_reply_lines,
)
from threadparse.posts.reading import _posts
from threadparse.posts.shapes import (
    _BARE_RUN,
    _COUNTER,
    _DIGITS,
    _MAX_BLOCK,
    _MAX_SEPARATOR,
    _TRIED,
    _display,
    _name_key,
    is_name_like,
    letter_unglued,
    starter_unmarked,
)
from threadparse.posts.signatures import (
    _CLOCK_IN,
    _carded_answers,
    _lone_post,
    _placed_posts,
    _running_count,
    _signed_paragraphs,
)
from threadparse.posts.stamps import Stamp
from threadparse.posts.templates import _NOTE_WORDS, _stamps


def find_posts(
    flat: Sequence[OutlineNode],
    signed: Sequence[range] = (),
    signatures: bool = True,
    named: bool = False,
) -> list[Post]:
    """The posts of the page's flat post list (empty: the page has none). A date on
    the lines of ``signed`` (line ranges, in order: comments already read by their own
    headers) stamps no post: it is that comment's date. Paragraphs closed by their
    signatures are looked for only where the page may hold some (``signatures``:
    `may_hold_signatures`). Names alone over their texts with nothing else to tell a post
    by (`_named_paragraphs`) are read only where ``named``: the page has no list item
    that could be a comment."""
    # (a quote box's attribution, "10 hours ago, Ann said:", opens a body, as prose does)
    prose = [_prose_node(n) for n in flat]
    if not any(prose):
        return []
    _unmark_fields(flat, prose)
    _unmark_card_sentences(flat, prose)
    _unmark_repeated_tails(flat, prose)
    _unmark_repeated_subjects(flat, prose)
    _unmark_opening_subject(flat, prose)
    _unmark_pictured_names(flat, prose)
    _unmark_reply_lines(flat, prose)
    read: dict[int, Stamp | None] = {}  # (the lines' stamps, read once for both)
    controlled = _unmark_named_controls(flat, prose, read)
    best: tuple[float, int, list[Post]] = (0.0, 0, [])
    separators: dict[str, list[int]] = {}
    lone: list[tuple[int, Stamp]] = []
    tried = _stamps(flat, prose, signed, separators, lone, read)[:_TRIED]
    bare = False  # (the best so far stamped by bare numbers alone)
    for score, stamps in tried:  # the likeliest stamps first; of keys as likely, the one
        # whose posts have the most authors told by rule; past them where the best so far
        # is bare numbers ("1" over each paragraph) that tell fewer than half their
        # posts' authors: perhaps a numbered list of steps, a later template naming posters
        if best[2] and score < best[0] and not (bare and 2 * best[1] < len(best[2])):
            break
        told, posts = _posts(flat, prose, stamps)
        cut = _teasers_from(flat, posts)
        if cut:  # (the posts before a list of other pages' teasers: those are no posts)
            kept = [(index, stamp) for index, stamp in stamps if index < posts[cut].stamp]
            told, posts = _posts(flat, prose, kept) if len(kept) >= 2 else (0, [])
        if told > best[1]:
            best, bare = (score, told, posts), stamps[0][1].key[0] == "bare"
    if len(tried) >= 2 and best[2]:  # (answers and the comments under them: two templates)
        nested = _nested_templates(flat, prose, [stamps for _, stamps in tried])
        if nested is not None and len(nested) > len(best[2]):
            best = (best[0], best[1], nested)
    if best[2] and all(post.depth is None for post in best[2]):  # (answers as plain
        leveled = _marked_levels(flat, prose, [stamps for _, stamps in tried])  # lines,
        if leveled is not None:  # the comments under each as list items: two levels)
            best = (best[0], best[1], leveled)
    if len(tried) >= 2 and best[2]:  # (answers signed under their bodies, the comments
        carded = _carded_over(flat, prose, tried, best[2])  # under them signed too)
        if carded is not None:
            best = (best[0], best[1], carded)
    if best[2] and (answers := _carded_answers(flat, prose, best[2])) is not None:
        best = (best[0], best[1], answers)  # (answers signed by a card of the shape
        # that heads their comments: "Ann wrote DATE" under the body, over each comment)
    one_line = _one_line_posts(flat) or _chat_line_posts(flat)
    if len(one_line) > len(best[2]):  # (a post a line: "tag name: text DATE", a chat log's)
        return _in_order(one_line)
    rows = _row_posts(flat)
    if len(rows) > len(best[2]):  # (a post a table row: "NAME profile | DATE #1 text")
        return _in_order(rows)
    if signatures:  # no header block: signatures close the posts' paragraphs
        signed_posts = _signed_paragraphs(flat, prose)
        if len(signed_posts) > len(best[2]):
            return _in_order(signed_posts)
    placed = _placed_posts(flat, prose)  # (or a name and a place, with no date)
    if len(placed) > len(best[2]):
        return _in_order(placed)
    if named and not best[2]:  # (names alone over their texts, under the comments' opening)
        dateless = _named_paragraphs(flat, prose)
        if dateless:
            return _in_order(dateless)
    if not best[2] and separators:  # no stamp at all: a bare line repeated between posts
        best = (0.0, 0, _separated_posts(flat, prose, separators))
    if not best[2] and lone:  # one post, signed as the page's opening post is
        return _in_order(_lone_post(flat, prose, lone))
    found = _without_counted_tail(flat, _without_listing_last(flat, _without_unnamed_last(best[2])))
    found = _without_unnamed_first(_without_article_over_count(flat, found))
    found = _without_copies(flat, _without_unsent_first(flat, found))
    found = _without_previews(flat, found)
    found = _without_copied_run(flat, found)
    _last_before_run(flat, prose, found, tried)
    found = _uncontrolled(flat, found, controlled)
    opened = _with_opening_post(flat, prose, found)
    if opened is found:  # (no byline of its own: perhaps printed as the replies are)
        opened = _with_templated_opening(flat, prose, found)
    return _in_order(opened)


def _last_before_run(
    flat: Sequence[OutlineNode],
    prose: list[bool],
    found: list[Post],
    tried: list[tuple[float, list[tuple[int, Stamp]]]],
) -> None:
    """End the last post before a run of another template's stamps printed under it
    (one author's other pages after the comments, each headed "Ann / DATE / 10:00 /
    110"): `_BARE_RUN` stamps of one key at least, every one of that key's stamps after
    the last post's own standing in its body; the short lines right over the run (its
    heading, "Related") go with it. The lines from there on are the page's."""
    if not found:
        return
    last = found[-1]
    cut = last.end
    for _, stamps in tried:
        after = [index for index, _ in stamps if index > last.stamp]
        if len(after) >= _BARE_RUN and all(last.body_start < i < last.end for i in after):
            cut = min(cut, after[0])
    if cut >= last.end:
        return
    while cut - 1 > last.body_start and not prose[cut - 1] and flat[cut - 2].blank_after:
        cut -= 1  # (the run's heading, set apart from the body by a blank line)
    last.end = cut
    last.body_end = min(last.body_end, cut)
    last.tail = [index for index in last.tail if index < cut]
    last.replies = range(min(last.replies.start, cut), min(last.replies.stop, cut))
    last.preview = range(min(last.preview.start, cut), min(last.preview.stop, cut))


def _in_order(found: list[Post]) -> list[Post]:
    """The posts with their line ranges in order and apart, whatever rule read them:
    each post from the end of the one before on (a header block reaching up into the
    post before is cut there), its body inside it (a body read over the first line of
    its header block starts the post), its end past its header, its name's line and its
    signed replies, so that no line of the page is two posts' or a post's and the
    article's, nor a post's and the page's furniture."""
    floor = 0
    for post in found:
        post.start = max(floor, min(post.start, post.body_start))
        post.header = [i for i in post.header if i >= post.start]
        if post.author_line is not None and post.author_line < post.start:
            post.author_line = None
        post.body_start = max(post.body_start, post.start)
        post.body_end = max(post.body_end, post.body_start)
        end = max(  # (and past its header, its name's line and its signed replies: a
            post.end,  # name read under a signature, below where its controls ended it;
            post.body_end,  # the lines between, the post's tail)
            max(post.header, default=-1) + 1,
            -1 if post.author_line is None else post.author_line + 1,
            *(reply.end for reply in post.signed_replies),
        )
        if end > post.end:
            held = {*post.header, post.author_line}
            held.update(i for reply in post.signed_replies for i in range(reply.start, reply.end))
            post.tail.extend(i for i in range(post.end, end) if i not in held)
            post.end = end
        floor = post.end
    return found


_NAMED_BEFORE = 3  # named posts before a last unnamed one, at least
_LINES_BETWEEN = 2  # lines from a stamp down to its author's line, at least


def _carded_over(
    flat: Sequence[OutlineNode],
    prose: list[bool],
    tried: list[tuple[float, list[tuple[int, Stamp]]]],
    best: list[Post],
) -> list[Post] | None:
    """The posts of a worded date stamp among ``tried`` ("answered DATE" over the name:
    a card that signs the body over it) where those posts' replies, each signed on a
    line of its own, hold most of the stamps of the ``best`` posts found (those
    signatures read as the stamps of posts of their own): the replies are those posts'
    comments. None where no such stamp is."""
    stamps = {post.stamp for post in best}
    if len(stamps) < 2:
        return None
    for _, keyed in tried:
        if keyed[0][1].key[0] != "date" or not _worded(keyed[0][1]) or keyed[0][0] in stamps:
            continue
        _, posts = _posts(flat, prose, keyed)
        signed = [reply.end - 1 for post in posts for reply in post.signed_replies]
        signed += [post.stamp for post in posts if post.stamp < keyed[0][0]]  # (and the
        # opening post's replies, read as posts over the first, `_signed_over`)
        if len(posts) >= 2 and 2 * sum(line in stamps for line in signed) > len(stamps):
            return posts
    return None


_COPY_WORDS = 3  # words a post's copy repeats of its text's start, at least
_ELLIPSES = ("...", "…")  # what closes a text cut short


def _without_copies(flat: Sequence[OutlineNode], posts: list[Post]) -> list[Post]:
    """The posts without the copies some pages print after each post: its header again
    (its author, its date to the minute), then the first words of its text ("Ann Lee
    added a comment - 13/Mar/23 11:15 AM I can" over "reproduce this on … The ...", a
    collapsed view of the comment). A copy's lines join the post before it as its tail."""
    first: dict[tuple[str, str], Post] = {}
    kept: list[Post] = []
    for post in posts:
        dated = _clocked_date(post.date)
        if post.author is None or dated is None:
            kept.append(post)
            continue
        original = first.setdefault((post.author, dated), post)
        if original is not post and kept and _copies_start(flat, original, post):
            kept[-1].tail.extend(range(post.start, post.end))
            kept[-1].end = post.end
            continue
        kept.append(post)
    return kept


def _without_previews(flat: Sequence[OutlineNode], posts: list[Post]) -> list[Post]:
    """The posts without the previews of later posts some pages print inside the post
    before (a question's best answer shown under it: "#3" between "#1" and "#2"): a post
    whose number, date and author are printed again over a later post, over the same
    text (`_text_repeated`), is that post's preview. Its lines join the post before it
    as its tail (and its ``preview``)."""
    kept: list[Post] = []
    keys = [_preview_key(post) for post in posts]
    # the posts of each key by their poster's name and by that name unglued from a
    # letter avatar, in order (`_same_poster`: a post is compared only with the later
    # ones its poster may have written, each looked up, not with all its key's posts)
    names = [_name_key(post.author or "") for post in posts]
    unglued = [letter_unglued(name) for name in names]
    by_name: dict[tuple[tuple[int, str], str], list[int]] = {}
    by_unglued: dict[tuple[tuple[int, str], str], list[int]] = {}
    for at, key in enumerate(keys):
        if key is not None:
            by_name.setdefault((key, names[at]), []).append(at)
            if (bare := unglued[at]) is not None:
                by_unglued.setdefault((key, bare), []).append(at)
    for at, post in enumerate(posts):
        key = keys[at]
        if kept and key is not None:
            same = [
                *by_name.get((key, names[at]), ()),
                *(by_name.get((key, bare), ()) if (bare := unglued[at]) is not None else ()),
                *by_unglued.get((key, names[at]), ()),
            ]
            if any(later > at and _text_repeated(flat, post, posts[later]) for later in same):
                kept[-1].tail.extend(range(post.start, post.end))
                kept[-1].preview = range(post.start, post.end)
                kept[-1].end = post.end
                continue
        kept.append(post)
    return kept


def _preview_key(post: Post) -> tuple[int, str] | None:
    """What a preview of ``post`` prints of it again: its number and date; None where
    it prints no number (a post printed twice unnumbered may be a quote, a collapsed
    copy: `_without_copies`) or no author."""
    if post.author is None or post.date is None or post.number is None:
        return None
    return post.number, post.date


def _same_poster(one: str, other: str) -> bool:
    """The two header names are one member's, a letter avatar glued before either aside
    ("Bbramble" and "bramble", `shapes.letter_unglued`)."""
    one, other = _name_key(one), _name_key(other)
    return one == other or letter_unglued(one) == other or letter_unglued(other) == one


_PREVIEW_CHARS = 12  # characters of the longest line a preview repeats of its post, at least


def _text_repeated(flat: Sequence[OutlineNode], post: Post, later: Post) -> bool:
    """The longest line of ``post``'s body (its text, not a note over it: "Best answer
    chosen by Ann"), `_PREVIEW_CHARS` long at least, is a line of ``later``'s body too."""
    lines = [L.plain(node.text) for node in flat[post.body_start : post.body_end]]
    longest = max(lines, key=len, default="")
    if len(longest) < _PREVIEW_CHARS:
        return False
    return any(L.plain(node.text) == longest for node in flat[later.body_start : later.body_end])


_COPIED_RUN = 2  # posts closing the list that each repeat an earlier one, at least
_COPIED_STEM = 12  # characters of an earlier post's text a copy keeps, at least
_COPIED_REACH = 600  # characters of a post's text its copies are looked for in
Openings = dict[str, list[tuple[int, str | None, str]]]  # (post, author, text) by opening


def _without_copied_run(flat: Sequence[OutlineNode], posts: list[Post]) -> list[Post]:
    """The posts without the run closing the list whose every post repeats an earlier
    one: a "recent comments" widget printed after the thread (its entries newest
    first, each a name, a date and an excerpt), page furniture whose lines are the
    page's. A post repeats another (`_copies_earlier`) when its text is that post's
    opening, perhaps cut with an ellipsis ("Start with a best guess based on past
    ex...."), by the same poster. Two such posts at least, after more than two."""
    texts = [_post_text(flat, post) for post in posts]
    openings: Openings = {}
    for number, (post, text) in enumerate(zip(posts, texts, strict=True)):
        if len(text) >= _COPIED_STEM:
            author = _name_key(post.author) if post.author else None
            openings.setdefault(text[:_COPIED_STEM], []).append((number, author, text))
    at = len(posts)
    while at > _COPIED_RUN and _copies_earlier(posts[at - 1], texts[at - 1], openings, at - 1):
        at -= 1
    return posts[:at] if len(posts) - at >= _COPIED_RUN else posts


def _post_text(flat: Sequence[OutlineNode], post: Post) -> str:
    """The opening of the post's text as a reader sees it, its lines joined by spaces
    (`_COPIED_REACH` characters of it)."""
    lines: list[str] = []
    size = 0
    for node in flat[post.body_start : post.body_end]:
        lines.append(L.plain(node.text))
        size += len(lines[-1]) + 1
        if size >= _COPIED_REACH:
            break
    return " ".join(" ".join(lines).split())[:_COPIED_REACH]


def _copies_earlier(post: Post, text: str, openings: Openings, before: int) -> bool:
    """The post repeats one of the first ``before`` posts (``openings``: their texts by
    their first characters): its text, without the ellipsis that may cut it, opens
    that post's (whole, or with the post's controls after it), by the same author (the
    name read over one of the two perhaps with its avatar's letter glued before it:
    "AAnn Lee" and "Ann Lee", `_same_poster`)."""
    stem = text.rstrip(".… ") if text.endswith(_ELLIPSES) else text
    if len(stem) < _COPIED_STEM or not post.author:
        return False
    author = _name_key(post.author)
    return any(
        number < before
        and source.startswith(stem)
        and their_author is not None
        and _same_poster(author, their_author)
        for number, their_author, source in openings.get(stem[:_COPIED_STEM], ())
    )


def _clocked_date(date: str | None) -> str | None:
    """The date and time a stamp's date text prints ("13/Mar/23 11:15 AM" of "13/Mar/23
    11:15 AM I can"), None where it prints no time of day."""
    found = find_date(date) if date else None
    if date is None or found is None:
        return None
    printed = date[found.start() : date_extent(date, found)]
    return printed if _CLOCK_IN.search(printed) else None


def _copies_start(flat: Sequence[OutlineNode], original: Post, post: Post) -> bool:
    """The words after ``post``'s date on its stamp line (one at least there, or the line
    under it cut short: "… secondes en ..."), then on the line under it, are the first
    words of ``original``'s text, `_COPY_WORDS` of them at least (after a note's words
    perhaps, `_NOTE_WORDS` at most)."""
    line = L.plain(flat[post.stamp].text)
    found = find_date(line)
    if found is None or original.body_end <= original.body_start:
        return False
    after = line[date_extent(line, found) :].split()
    under = L.plain(flat[post.stamp + 1].text) if post.stamp + 1 < len(flat) else ""
    if not after and not under.endswith(_ELLIPSES):
        return False  # (a post printed twice whole, or quoted: its text under its header)
    if len(after) < _COPY_WORDS:
        after += under.split()
    opened = flat[original.body_start : min(original.body_end, original.body_start + 2)]
    body = " ".join(L.plain(node.text) for node in opened).split()[: _COPY_WORDS + _NOTE_WORDS]
    opening = after[:_COPY_WORDS]  # (the text may open under a note wrapped onto its line:
    skips = range(_NOTE_WORDS + 1)  # "Developers" of "Restricted to Developers")
    return len(opening) == _COPY_WORDS and any(
        body[skip : skip + _COPY_WORDS] == opening for skip in skips
    )


def _without_counted_tail(flat: Sequence[OutlineNode], found: list[Post]) -> list[Post]:
    """The posts without the last ones whose body is a count alone (their dated lines
    are cards of other pages after the comments, a title over its date over the card's
    likes: "SQLAlchemy 2.0 sin miedo" … "Feb 2, 2021" over "389") or opens with a count
    of replies (rows of a list of other topics: "Started by Ann, 11-02-2023" over "14
    replies", "Replied by Bo", a date), where posts with text stand before them."""
    kept = list(found)
    while len(kept) > _NAMED_BEFORE and _counted_only(flat, kept[-1]):
        kept.pop()
    return kept if any(not _counted_only(flat, post) for post in kept) else found


def _counted_only(flat: Sequence[OutlineNode], post: Post) -> bool:
    """The post's body is a count alone, on one line or more, or opens with a declared
    count ("14 replies": a post's body never opens with how many answered it)."""
    lines = [L.plain(flat[i].text) for i in range(post.body_start, post.body_end)]
    if lines and L.declared_count(lines[0]) is not None:
        return True
    return bool(lines) and all(_COUNTER.match(line) for line in lines)


def _without_unnamed_last(found: list[Post]) -> list[Post]:
    """The posts but a last one that names nobody, after posts that each name their
    author, most of them (three in four) on a line below their stamp past other lines
    ("14 Mar 2021 at 9:03|Reply", "4", "Like", then "Ann Lee"): there each date is
    printed under the body above it, with its controls, and read as opening the next
    post; the last date opens no post, its lines are the page's."""
    named = found[:-1]
    if (
        len(named) >= _NAMED_BEFORE
        and found[-1].author is None
        and not found[-1].headless
        and all(post.author is not None for post in named)
        and 4 * sum(_author_below(post) for post in named) >= 3 * len(named)
    ):
        return named
    return found


_LISTING_REACH = 4  # lines under a last stamp a table's column heads may stand within
_LISTING_ROWS = 2  # rows with a count under those heads, at least
_LISTING_SPAN = 24  # lines under the heads those rows stand within
_HEAD_CELLS = 3  # column heads of such a table, at least
_HEAD_WORDS = 8  # words of its column heads' line, at most
_CELLS = re.compile(r"\t+|\s*\|\s*| {2,}")  # what sets a table's cells apart in a dump
_COUNT_CELL = re.compile(r"^[0-9][0-9.,]*[kKmM]?$")  # a count in a cell: "7", "1.1k", "6,402"


def _cells(text: str) -> list[str]:
    """A table row's cells (tabs, pipes or runs of blanks between them).

    >>> _cells("Topic\t\tReplies\t\tViews"), _cells("Topic| Replies| Views")
    (['Topic', 'Replies', 'Views'], ['Topic', 'Replies', 'Views'])
    """
    return [plain for cell in _CELLS.split(text.strip()) if (plain := L.plain(cell))]


def _column_heads(text: str) -> bool:
    """The line is a table's column heads: cells apart (two at least), three to eight
    words in all, each no digit ("Topic  Replies  Views  Activity", "Thema | Antworten |
    Aufrufe", w3m's "Topic      Replies Views Activity")."""
    cells = _cells(text)
    words = " ".join(cells).split()
    return (
        len(cells) >= 2
        and _HEAD_CELLS <= len(words) <= _HEAD_WORDS
        and not any(c.isdigit() for c in text)
    )


def _without_listing_last(flat: Sequence[OutlineNode], found: list[Post]) -> list[Post]:
    """The posts but a last one that names nobody, after posts that each name their
    author, whose date heads a table of other pages (a list of topics under the thread:
    its heading, column heads "Topic  Replies  Views  Activity" a few lines under the
    date, then rows each with a count: "Door sensor battery drain  11  980  Mar 12"):
    the date was the thread's last activity, the lines are the page's."""
    named = found[:-1]
    last = found[-1] if found else None
    if (
        last is None
        or len(named) < _NAMED_BEFORE
        or last.author is not None
        or not all(post.author is not None for post in named)
    ):
        return found
    for at in range(last.stamp + 1, min(len(flat), last.stamp + 1 + _LISTING_REACH)):
        if _column_heads(flat[at].text):
            rows = range(at + 1, min(len(flat), at + 1 + _LISTING_SPAN))
            counted = sum(
                len(cells := _cells(flat[i].text)) >= 2 and any(map(_COUNT_CELL.match, cells))
                for i in rows
            )
            return named if counted >= _LISTING_ROWS else found
    return found


# an article's byline read as a post's author: "by Ann Lee", "von Ann", "par Ann"
_BYLINE = re.compile(r"(?i)^(?:by|von|par|por|door|di|av|af) \S")


def _without_unnamed_first(found: list[Post]) -> list[Post]:
    """The posts but a first one that names nobody (or a byline: "by Ann"), before
    posts that each name their author (`_NAMED_BEFORE` at least) and whose dates share
    one form that its date does not have: the page's entry, dated as its comments are
    but by another template (a journal's "2022-10-04 06:41 pm" over the entry, each
    comment's "2022-10-05 12:37 AM (UTC)" over its author), is the article; a post whose
    author went unread keeps its place."""
    named = found[1:]
    if (
        len(named) >= _NAMED_BEFORE
        and (found[0].author is None or _BYLINE.match(found[0].author) is not None)
        and not found[0].headless
        and not found[0].lone
        and all(post.author is not None for post in named)
        and len(forms := {_date_form(post.date) for post in named}) == 1
        and _date_form(found[0].date) not in forms
    ):
        return named
    return found


def _without_article_over_count(flat: Sequence[OutlineNode], found: list[Post]) -> list[Post]:
    """The posts but a first one over the comments' count or heading ("13 Comments",
    "Comments (4)") whose date has a form none of the posts under it has: the article,
    dated by its byline ("March 4, 2024", then its author and category, over the
    entry; each comment "1 year ago"), whatever line over it was read as a name."""
    if len(found) <= _NAMED_BEFORE or found[0].headless or found[0].lone:
        return found
    first, second = found[0], found[1]
    if first.signed_whole:
        return found  # (its date closes its own text, "… – Ann DATE": a reply, no byline)
    if first.date is None or _date_form(first.date) in {_date_form(p.date) for p in found[1:]}:
        return found
    if any(
        L.opens_comments(L.plain(flat[at].text))
        for at in range(first.body_start, min(second.start, second.stamp))
    ):
        return found[1:]
    return found


def _without_unsent_first(flat: Sequence[OutlineNode], found: list[Post]) -> list[Post]:
    """The posts but a first one whose header block holds no sender's field, before
    posts whose blocks each hold one (`_NAMED_BEFORE` at least; "From: Ann
    <ann@example.net>" over each message's date, `authors._wrapped_sender`): the page's
    record of the thread ("Reported by: Ann <…>" over the report's date, its severity and
    versions), set out with a date as the messages are, is no message."""
    named = found[1:]
    if len(named) < _NAMED_BEFORE or _sent(flat, found[0]):
        return found
    return named if all(_sent(flat, post) for post in named) else found


def _sent(flat: Sequence[OutlineNode], post: Post) -> bool:
    """A line of the post's header block, over its stamp, is a mail's sender field."""
    return any(_wrapped_sender(flat, at) is not None for at in range(post.start, post.stamp))


def _date_form(date: str | None) -> str | None:
    """A date as its template prints it, the numbers and the half of the day aside
    ("2022-10-05 12:37 AM (UTC)": "0-0-0 0:0 AM (UTC)", as "… 07:47 PM (UTC)" is)."""
    return None if date is None else _HALF_DAY.sub("AM", _DIGITS.sub("0", date))


_HALF_DAY = re.compile(r"\b[AP]M\b")


def _author_below(post: Post) -> bool:
    """The post's author line stands below its stamp, past other lines."""
    return post.author_line is not None and post.author_line - post.stamp >= _LINES_BETWEEN


def _nested_templates(
    flat: Sequence[OutlineNode],
    prose: list[bool],
    keyed: list[list[tuple[int, Stamp]]],
    counted: bool = True,
) -> list[Post] | None:
    """The posts of two stamp templates, one nested in the other: the posts of the
    template printed first at the top level (a Q&A page's answers), each run of the
    other's under the post before it as its replies (the comments on an answer), where
    every such post counts its replies just before them ("View 12 comments", "86 条评论"),
    as many or more than the run holds (not ``counted``: the caller has other evidence
    of the two levels, `_marked_levels`). None where no two templates nest so."""
    prose_before = _running_count(prose)
    keyed = [found for found in keyed if found[0][1].key[0] not in _UNNESTED]
    for outer in keyed:
        for inner in keyed:
            if inner is outer or inner[0][0] < outer[0][0]:
                continue
            merged = sorted([*outer, *inner], key=lambda found: found[0])
            pairs = itertools.pairwise(index for index, _ in merged)
            if any(prose_before[i] == prose_before[j] for i, j in pairs):
                continue  # (two stamps in one header block: one post's, no two templates)
            replies = {index for index, _ in inner}
            if counted and not _counts_over_runs(flat, merged, replies):
                continue  # (the cheap test first: no count over some run of the second)
            _, posts = _posts(flat, prose, merged)
            if len(posts) == len(merged) and (
                not counted or _counted_runs(flat, prose, posts, replies)
            ):
                for post in posts:
                    post.depth = int(post.stamp in replies)
                return posts
    return None


_UNNESTED = frozenset(("signed", "scored", "bar", "bare"))  # keys that make no such template


def _marked_levels(
    flat: Sequence[OutlineNode], prose: list[bool], keyed: list[list[tuple[int, Stamp]]]
) -> list[Post] | None:
    """The posts of the stamps of a template printed as plain lines and those of a
    template printed as list items (the same one perhaps, its keys joined by
    `templates._join_marked_headers`) read as two templates nested
    (`_nested_templates`): the plain lines' posts at the top level (a Q&A page's
    question and answers, "Ann Lee answered • DATE" over each body), each run of
    items under the one before it (its comments, "• Bo Ek • DATE"); the items over the
    first plain line are left to the page. Two of each at least, and either each run
    is counted over it ("3 comments") or every plain stamp prints a word of its own
    between the name and the date, an activity verb ("answered", "asked",
    "antwortete": `_activity_word`) that no item prints: the verb is taken off the
    plain stamps' authors. The first plain post is the page's question, the article,
    where a count of the plain posts after it stands between its replies and the next
    ("3 answers") or its verb is another than the one all the others print ("asked"
    over "answered"): it is left out and its replies are the page's, at the top level.
    None where no two templates nest so."""
    for found, other in itertools.product(keyed, repeat=2):
        plain = [(index, stamp) for index, stamp in found if flat[index].marker is None]
        if len(plain) < 2:
            continue
        items = [
            (index, stamp)
            for index, stamp in other
            if flat[index].marker is not None and index > plain[0][0]
        ]
        if len(items) < 2:
            continue
        words = [_activity_word(flat, index, stamp) for index, stamp in plain]
        worded = all(words) and not any(_activity_word(flat, i, s) for i, s in items)
        if (
            not worded
            and found is not other
            and (len(plain), len(items))
            == (
                len(found),
                len(other),
            )
        ):
            continue  # (two whole templates, counted: `find_posts` read them so first)
        nested = _nested_templates(flat, prose, [plain, items], counted=not worded)
        if nested is None:
            continue
        if worded:
            verbs = dict(zip((index for index, _ in plain), words, strict=True))
            for post in nested:
                verb = verbs.get(post.stamp)
                if verb and post.author and post.author.endswith(f" {verb}"):
                    post.author = post.author[: -len(verb) - 1].rstrip(_VERB_MARKS) or None
        if _asks_first(flat, [index for index, _ in plain], items, words):
            nested = nested[1:]  # (the question: the article)
            for post in itertools.takewhile(lambda post: post.depth == 1, nested):
                post.depth = 0  # (its comments: the page's)
            answers = [post for post in nested if flat[post.stamp].marker is None]
            if len(answers) == 1:
                answers[0].lone = True  # (a question's one answer)
        return nested
    return None


def _asks_first(
    flat: Sequence[OutlineNode],
    plain: list[int],
    items: list[tuple[int, Stamp]],
    words: list[str | None],
) -> bool:
    """The first of the ``plain`` stamps (their lines, the activity ``words`` they
    print) is a question's, over answers stamped by the others: a line between its last
    item (of the ``items`` under it) and the next plain stamp counts the plain stamps
    after it ("3 answers"), or it prints another verb than the one all the others do
    ("asked" over "answered")."""
    after = plain[1]
    start = max([plain[0], *(index for index, _ in items if index < after)]) + 1
    for node in flat[start:after]:
        if _line_count(L.plain(node.text)) == len(plain) - 1:
            return True
    first, *others = words
    return first is not None and len(set(others)) == 1 and others[0] not in (None, first)


_VERB_MARKS = " \t\u00a0•·|-–—,:"  # what stands between a header's verb and its date


def _activity_word(flat: Sequence[OutlineNode], index: int, stamp: Stamp) -> str | None:
    """The word the header line ``flat[index]`` (with the lines its stamp was wrapped
    onto) prints between its name and its date, an activity verb ("Ann Lee answered •
    Mar 5, 2024", "Bo antwortete · 5. März 2024": "answered", "antwortete"): a word of
    small letters after one word at least; None where the line prints none (a name's
    last word, "Ann Lee • DATE", is no verb)."""
    if not stamp.date:
        return None
    line = " ".join(L.plain(node.text) for node in flat[index : index + 1 + stamp.wrapped])
    at = line.find(stamp.date)
    if at <= 0:
        return None
    head, _, word = line[:at].rstrip(_VERB_MARKS).rpartition(" ")
    if not head.strip(_VERB_MARKS) or not word.isalpha() or not word.islower():
        return None
    return word


def _counts_over_runs(
    flat: Sequence[OutlineNode], merged: list[tuple[int, Stamp]], replies: set[int]
) -> bool:
    """Whether a line over each run of stamps at ``replies`` (within the reach of a
    count of replies and a header block) ends in a count: what `_counted_runs` asks of
    the posts, asked of the lines before any post is made."""
    for number, (index, _) in enumerate(merged):
        if index not in replies or (number and merged[number - 1][0] in replies):
            continue
        low = max(merged[number - 1][0] if number else -1, index - _COUNT_NEAR - _MAX_BLOCK - 2)
        if not any(_line_count(flat[at].text) is not None for at in range(index - 1, low, -1)):
            return False
    return True


def _counted_runs(
    flat: Sequence[OutlineNode], prose: list[bool], posts: list[Post], replies: set[int]
) -> bool:
    """Every run of posts stamped at ``replies`` follows a post of the other template
    that counts them over them (`_replies_counted`): as many or more than the run."""
    runs = 0
    for at, post in enumerate(posts):
        if post.stamp not in replies or (at and posts[at - 1].stamp in replies):
            continue
        if at == 0:
            return False
        length = 1
        while at + length < len(posts) and posts[at + length].stamp in replies:
            length += 1
        counted = _replies_counted(flat, prose, posts[at - 1], post.start)
        if counted is None or counted < length:
            return False
        runs += 1
    return runs > 0


# A count at the end of a line, perhaps after a word and other counts: "View 12 comments",
# "1.2K upvotes·View 14 shares·View 3 comments", "86 条评论"
_TRAILING_COUNT = re.compile(r"(?:^|[·•|]\s*)(?:[^\W\d_]+ )?([0-9]{1,6}) ?[^\W\d_]{1,20}$")
_COUNT_NEAR = 16  # lines over the first reply a post's count of its replies stands in


def _replies_counted(
    flat: Sequence[OutlineNode], prose: list[bool], post: Post, end: int
) -> int | None:
    """The number of replies a post counts on one of the short lines that close it
    (before ``end``, where its first reply's header block starts; its controls may
    follow the count), None where it counts none."""
    for index in range(end - 1, max(post.stamp, end - 1 - _COUNT_NEAR), -1):
        found = _line_count(flat[index].text)
        if found is not None:
            return found
        if prose[index]:
            break
    return None


def _line_count(text: str) -> int | None:
    """The count a short line ends in (`_TRAILING_COUNT`), None where it ends in none."""
    if len(text) > _MAX_SEPARATOR * 3 or not any(ch.isdigit() for ch in text):
        return None
    if "[" in text:  # (its links' marks: lynx's "·[8]View 41 comments")
        text = L.plain(text)
    found = _TRAILING_COUNT.search(text)
    return int(found.group(1)) if found is not None else None


# A list item that is wholly one Markdown link (html2text's "**[Title](url "…")**"),
# its target maybe wrapped onto the next line
_LINKED_ITEM = re.compile(r"^\[([^\[\]\n]{1,300})\]\((?:\S+(?: \"[^\"\n]*\")?\))?\S*$")
_TITLE_WORDS = 3  # words of a linked title, at least


def _linked_title(node: OutlineNode) -> bool:
    """A list item that is wholly one link, its text a title of a few words and no
    name: the head of another page's teaser in a list of posts or recent comments."""
    if node.marker is None or "[" not in node.text[:3]:
        return False
    text = node.text.strip("*_ ")
    match = _LINKED_ITEM.match(text)
    if match is None:
        return False
    title = match.group(1)
    return len(title.split()) >= _TITLE_WORDS and not is_name_like(title)


def _teasers_from(flat: Sequence[OutlineNode], posts: list[Post]) -> int:
    """Where a list of teasers starts at the end of the posts (0: none). A teaser opens
    with a list item that is a linked title (`_linked_title`), over its header or as
    the last line before it (a title read as prose closes the post above): a "recent
    comments" or "latest posts" widget of the site's other pages, each item a title,
    its commenter and date and an excerpt. They are teasers only after posts that open
    otherwise (the page's own comments, each headed by its name), two of them at least."""
    at = len(posts)
    while at > 0 and _opens_with_title(flat, posts[at - 1]):
        at -= 1
    return at if 0 < at <= len(posts) - 2 else 0


def _opens_with_title(flat: Sequence[OutlineNode], post: Post) -> bool:
    """The post's header block opens with a linked title, or the line over it is one."""
    return any(_linked_title(flat[i]) for i in (post.start - 1, post.start) if i >= 0)


_OPENING_REACH = 400  # lines over the first reply where the opening post's byline may stand
_BYLINE_FIELDS = re.compile(r"\s+[·•|]\s+|\s+[·•|]$")  # " · ", " | ", " • " between fields
_BYLINE_MARKS = "·•|"
_MAX_BYLINE = 240  # characters of a byline, at most


def _with_opening_post(
    flat: Sequence[OutlineNode], prose: list[bool], found: list[Post]
) -> list[Post]:
    """The posts with the page's opening post before them where its header is of
    another shape than the replies' ("NAME · 1 月前 · 最后由 Bob 回复于 19 天前 · 1350
    次阅读" over the topic, "Bob #1 1 月前" over each reply): the nearest line over the
    first post, prose under it, that reads as a byline (`_byline`) and names in a field
    after its date one of the posters of the list (the topic's last reply, "last reply
    by Bob"): a forum's topic, not an article's byline, which names no commenter."""
    if len(found) < 2:
        return found
    first = found[0].start
    posters = {name for post in found if post.author and (name := _name_key(post.author))}
    for index in range(first - 1, max(-1, first - _OPENING_REACH), -1):
        read = _byline(flat, index)
        if read is None:
            continue
        author, date, rest, lines = read
        body = index + lines
        if not any(prose[body:first]) or not _names_poster(rest, posters):
            return found
        opening = Post(index, index, index, author, date, None, list(range(index, body)))
        opening.body_start, opening.body_end, opening.end = body, first, first
        opening.replies = range(first, first)
        return [opening, *found]
    return found


def _with_templated_opening(
    flat: Sequence[OutlineNode], prose: list[bool], found: list[Post]
) -> list[Post]:
    """The posts with the page's opening post before them where it is printed with the
    replies' own name line but without the stamp that marks each reply (their "#1",
    their age over the name): the nearest line over the first post that prints a
    poster's name line as one of the posts does (`_poster_line`: the opener answering
    in the thread, "rizky.bksTS" over the topic and over "#3"), prose opening its body,
    and a date line of its own (`_opening_dated`) that prints no word the posts' date
    lines do not (`_DateLines`): right under the name, its date in the posts' format
    ("KASKUS Addict · 05-03-2024 14:22" over "[ASK] TITLE", then the body), or closing
    the body ("5 mars 2024, 14:22 · 23 · 61" under a focused toot). An article's byline
    prints words of its own ("Posted on DATE", "Submitted by Ann on DATE"), a profile's
    field another date ("Registered: 02/17/05"), an article is longer than a post
    (`_MAX_OPENING`)."""
    if len(found) < 2:
        return found
    first = found[0].start
    lines = _poster_lines(flat, found)
    for index in range(first - 1, max(-1, first - _OPENING_REACH), -1):
        author = _poster_line(flat[index], lines)
        if author is None:
            continue
        dated = _opening_dated(flat, prose, index, first, _DateLines(flat, found))
        if dated is None:  # (or the replies' whole header block, but for their number)
            dated = _StampedHeaders(flat, found).unstamped(flat, prose, index, first)
        if dated is None:
            return found
        date, header, body, body_end = dated
        if sum(len(node.text) for node in flat[body:body_end]) > _MAX_OPENING:
            return found  # (an article's length: its author's byline over it)
        opening = Post(index, index, index, author, date, None, header)
        opening.body_start, opening.body_end, opening.end = body, body_end, first
        opening.tail = list(range(body_end, first))
        opening.replies = range(first, first)
        return [opening, *found]
    return found


_MAX_OPENING = 4000  # characters of an opening post's body, at most (an article's: more)
_UNDER_NAME = 2  # lines under the opening post's name line where its date may stand
_UNDER_BODY = 6  # lines under its body where its date may stand (over its controls)
_TITLE_LINES = 1  # lines of a title between the opening post's header and its prose
_SAME_FORMAT = 2  # posts whose date is printed in the opening post's format, at least


def _poster_lines(flat: Sequence[OutlineNode], found: list[Post]) -> dict[str, str]:
    """The name lines the posts print, squashed (`_squashed`), each with its author."""
    lines: dict[str, str] = {}
    for post in found:
        if post.author and post.author_line is not None and not post.glued:
            node = flat[post.author_line]
            if node.marker is None and (squashed := _squashed(node.text)):
                lines.setdefault(squashed, post.author)
    return lines


def _poster_line(node: OutlineNode, lines: dict[str, str]) -> str | None:
    """The author whose name line ``node`` prints as a post of the list does, the blanks
    aside ("Claire Dubois 🌱@claire_potager" as "Claire Dubois 🌱 @claire_potager"), or
    without the thread starter's mark the posts print after it ("國立政治大學" of
    "國立政治大學原PO"); None for any other line."""
    if node.marker is not None or len(node.text) > _MAX_BYLINE:
        return None
    squashed = _squashed(node.text)
    if squashed in lines:
        return lines[squashed]
    for line, author in lines.items():
        if line.startswith(squashed) and starter_unmarked(line) == squashed:
            return author
    return None


def _squashed(text: str) -> str:
    """A line as a reader sees it, without its blanks."""
    return "".join(L.plain(text).split())


class _DateLines:
    """What the posts' date lines print: the format of each date (`_date_format`) and
    the words beside the dates ("KASKUS Maniac · DATE": "kaskus", "maniac"; a floor's
    "B1・DATE": "b"), the posters' names aside."""

    def __init__(self, flat: Sequence[OutlineNode], found: list[Post]) -> None:
        self.formats: dict[str, int] = {}
        self.words: set[str] = set()
        for post in found:
            if not post.date:
                continue
            for index in post.header:
                line = L.plain(flat[index].text)
                match = find_date(line) if post.date in line else None
                if match is not None:
                    date = line[match.start() : date_extent(line, match)]
                    shape = _date_format(date)
                    self.formats[shape] = self.formats.get(shape, 0) + 1
                    self.words |= _beside(line, match, post.author)
                    break

    def prints(self, line: str, author: str) -> bool:
        """``line``'s date has no word beside it that no post's date line prints."""
        match = find_date(line)
        return match is not None and _beside(line, match, author) <= self.words

    def formatted(self, date: str) -> bool:
        """``date`` is printed in the format of `_SAME_FORMAT` posts' dates, or would be
        without its year (a site prints the year on older dates: "2024年3月5日 14:22"
        over replies of "3月5日 14:40")."""
        shapes = {_date_format(date), _date_format(_YEAR.sub(" ", date, count=1))}
        return any(self.formats.get(shape, 0) >= _SAME_FORMAT for shape in shapes)


# a year and the marks that set it apart from the day and month ("2024年", ", 2024", "-2024")
_YEAR = re.compile(r"[\s,./-]*(?<!\d)(?:1[89]|20)\d\d(?!\d)年?[\s,./-]*")
_LETTERS = re.compile(r"[^\W\d_]+")


def _date_format(date: str) -> str:
    """A date's format: its runs of letters and of digits each one mark, the rest kept
    ("05-03-2024 14:22": "0-0-0 0:0")."""
    return re.sub(r"\d+", "0", _LETTERS.sub("a", " ".join(date.split())))


def _beside(line: str, match: re.Match[str], author: str | None) -> set[str]:
    """The words of a date line outside its date (`dates.date_extent`) and its poster's
    name, casefolded."""
    rest = line[: match.start()] + " " + line[date_extent(line, match) :]
    name = set(_LETTERS.findall((author or "").casefold()))
    return {word for word in _LETTERS.findall(rest.casefold()) if word not in name}


def _opening_dated(
    flat: Sequence[OutlineNode],
    prose: list[bool],
    index: int,
    first: int,
    dates: _DateLines,
) -> tuple[str, list[int], int, int] | None:
    """The opening post under the name line at ``index`` (`_with_templated_opening`):
    its date, header lines, and where its body starts and ends; None where no date
    line printed as the posts' are stands right under the name (its date in their
    format, the body's prose under it, perhaps under a title line) or closes its body
    (the prose right under the name; under the date the post's controls alone down to
    ``first``: lynx's "(BUTTON)" lines)."""
    for under in range(index + 1, min(first, index + 1 + _UNDER_NAME)):
        if prose[under]:
            break
        line = L.plain(flat[under].text)
        date = _date_of_line(line)
        if date is None:
            continue
        if not dates.prints(line, "") or not dates.formatted(date):
            return None
        if not any(prose[under + 1 : min(first, under + 2 + _TITLE_LINES)]):
            return None
        return date, list(range(index, under + 1)), under + 1, first
    if not prose[index + 1]:
        return None
    for last in range(first - 1, max(index + 1, first - 1 - _UNDER_BODY), -1):
        if prose[last]:
            return None  # (the body runs down to the first post: no date closes it)
        line = L.plain(flat[last].text)
        date = _date_of_line(line)
        if date is not None and is_date_line(line) and dates.prints(line, ""):
            return date, [index], index + 1, last
    return None


class _StampedHeaders:
    """What the posts' header blocks print from their name line down to the date under
    their stamp (a board's card, the subject with its reply mark, "#1", the date): how
    far under the name the date stands, at most; the format of each such date
    (`_date_format`) and the words beside them; the lines where their bodies open, under
    the date (the most common); and the lines between the name and the stamp, as words
    (`_words`: "Re: Leaking hatch seal" as "re", "leaking", "hatch", "seal")."""

    def __init__(self, flat: Sequence[OutlineNode], found: list[Post]) -> None:
        self.reach = 0
        self.formats: dict[str, int] = {}
        self.words: set[str] = set()
        self.subjects: list[list[str]] = []
        offsets: dict[int, int] = {}
        for post in found:
            named = post.author_line
            if named is None or post.glued or not named < post.stamp < post.body_start + 1:
                continue
            self.subjects.append(
                [w for i in range(named + 1, post.stamp) for w in _words(flat[i].text)]
            )
            for at in range(
                post.stamp + 1, min(post.body_start + 1, post.stamp + 1 + _UNDER_STAMP)
            ):
                line = L.plain(flat[at].text)
                if (date := _date_of_line(line)) is None or (match := find_date(line)) is None:
                    continue
                self.reach = max(self.reach, at - named)
                shape = _date_format(date)
                self.formats[shape] = self.formats.get(shape, 0) + 1
                self.words |= _beside(line, match, post.author)
                offsets[post.body_start - at] = offsets.get(post.body_start - at, 0) + 1
                break
        self.offset = max(offsets, key=lambda k: offsets[k]) if offsets else 0

    def unstamped(
        self, flat: Sequence[OutlineNode], prose: list[bool], index: int, first: int
    ) -> tuple[str, list[int], int, int] | None:
        """The opening post under the name line at ``index`` printed with the replies'
        header block but for the stamp that numbers each reply ("#1", "#2" over their
        dates; none over the topic's): its date, header lines, and where its body starts
        and ends. Under the name, as far as the replies' dates stand under theirs, a date
        line that prints no word theirs do not, its date in the format of `_SAME_FORMAT`
        of theirs; over it no prose but the subject (`_TITLE_LINES`: words in order of a
        reply's header block, "Leaking hatch seal" of "Re: Leaking hatch seal");
        prose in the body, opening where the replies' do under their dates. None where
        no such line stands (an article's byline prints words of its own: "Posted on
        DATE"; an article has no card over it)."""
        titles = 0
        for at in range(index + 1, min(first, index + 1 + self.reach)):
            line = L.plain(flat[at].text)
            date = _date_of_line(line)
            if date is not None and (match := find_date(line)) is not None:
                if (
                    not _beside(line, match, None) <= self.words
                    or self.formats.get(_date_format(date), 0) < _SAME_FORMAT
                ):
                    return None
                body = at + self.offset
                if not index < body < first or not any(map(_prose_node, flat[at + 1 : first])):
                    return None  # (prose as printed: inscriptis indents the opening post's
                    # body under the card's last item, read as that card's wrapped text)
                return date, list(range(index, body)), body, first
            if prose[at]:
                titles += 1
                if titles > _TITLE_LINES or not self._subject(flat[at].text):
                    return None
        return None

    def _subject(self, text: str) -> bool:
        """``text`` prints words the replies print over their stamp, in that order (their
        subject without its reply mark, each converter wrapping it where it will)."""
        words = _words(text)
        size = len(words)
        return size > 0 and any(
            words == block[at : at + size]
            for block in self.subjects
            for at in range(1, len(block) - size + 1)
        )


_UNDER_STAMP = 3  # lines under a post's stamp where its date may stand (an icon's between)


def _words(text: str) -> list[str]:
    """A line's runs of letters and digits, casefolded, as a reader sees it."""
    return re.findall(r"[^\W_]+", L.plain(text).casefold())


def _date_of_line(line: str) -> str | None:
    """The date of a short line that holds one ("KASKUS Addict · 05-03-2024 14:22",
    "2024年3月5日 14:22"), as printed; None for other lines."""
    if len(line) > _MAX_BYLINE // 3:
        return None
    match = find_date(line)
    return None if match is None else line[match.start() : date_extent(line, match)]


def _byline(flat: Sequence[OutlineNode], index: int) -> tuple[str, str, list[str], int] | None:
    """The line read as a post's byline: fields set apart by " · " (or "|", "•"), the
    first a name, one after it a date ("Ann · 3 days ago · 120 views"); a line that ends
    in a separator runs on to the next (html2text's wrapping). Its author, date, the
    fields after the date and the lines it takes; None for any other line."""
    text = flat[index].text
    if len(text) > _MAX_BYLINE or not any(mark in text for mark in _BYLINE_MARKS):
        return None
    text, lines = L.plain(text), 1
    if _BYLINE_FIELDS.search(text[-2:]) and index + 1 < len(flat):
        text, lines = f"{text} {L.plain(flat[index + 1].text)}", 2
    fields = [field.strip() for field in _BYLINE_FIELDS.split(text) if field.strip()]
    if len(fields) < 2 or not is_name_like(fields[0]):
        return None
    for at, field in enumerate(fields[1:], 1):
        if (date := find_date(field)) is not None:
            author = _display(fields[0])
            return (author, date.group(), fields[at + 1 :], lines) if author else None
    return None


def _names_poster(fields: list[str], posters: set[str]) -> bool:
    """One of ``fields`` names one of ``posters`` (name keys) as a word of its own."""
    for field in fields:
        words = _name_key(field)
        if any(re.search(rf"(?<![^\W_]){re.escape(name)}(?![^\W_])", words) for name in posters):
            return True
    return False
