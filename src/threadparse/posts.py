"""Flat post lists: comment sections read from a stamp that repeats once per post.

Forums (and some comment plugins) print every post flat, one after the other, each
opened by a block of short header lines — a name (often twice, or after its avatar's
initial), a rank, a join date, counters — and stamped with a post number ("#12") or a
date. Nothing on such a page is a list of comments in the outline's sense, so the
item-based thread finder of `transform` sees none. This module finds them by
repetition instead:

1. **Stamps.** Every short line that could stamp a post gets a *shape key*: a post
   number (``#12``, ``#12 · Feb 17, 2024``, ``Feb 17, 2024 #12``), a header line that
   names its author before a date (``Post by Ann » Tue Aug 27, 2019``), or a date line
   (``Posted April 18, 2024``; the words around the date are part of the key, digits
   are not). A date after one word that changes down the page, the line closed by a
   number that runs up (``Ann May 2, 2024, 9:15am 3``), names its author as a header
   line does; where no date is printed, a line opened by the author's avatar as the
   name's initial (``Ann A Offline``, or ``A Offline`` over ``Ann | Member``) stamps
   the post. Where the words before each date read as no name, the words most such
   lines end with are the controls every post prints after the name (``Ann View
   profile More options DATE``, `_framed`); a date line closed by controls (``2 years
   ago 3 Likes Like Reply``) closes each body where it stands under prose
   (`_tail_or_date`). The key that repeats down the page with prose between its lines
   is the page's stamp; two keys nest where the posts of the first count the runs of
   the second under them (a Q&A page's answers and their comments, "View 12
   comments": `_nested_templates`).
2. **Header blocks.** Around each stamp the short lines before it (and, on pages that
   print the name after the stamp, the short lines after it) are the post's header
   block. Its author is found by small rules, tried in order (`_strong_author`): the
   stamp line names it; a "NAME says:" line; a name under its avatar (its initial,
   alone, glued to the name or with its owner's status, "A Offline", or a picture
   whose alternative text is the name); a name its own link's title names again; a
   name printed twice on one side of the stamp (not a badge other blocks print once);
   else the name-like line where the other posts print theirs (where most blocks hold
   one when few are told), never one printed in (nearly) every block (a rank, a label,
   a control such as "Like"), and moved up over a member's title to the name over it.
   Where no rule tells a name over the stamps and one name-like line stands at one
   place under them, the header block is printed under the stamp.
   Where most posts print the name right under the stamp (a post number over its date
   over the name), so do the others. A profile card's fields ("Location:Ohio",
   "Interests:…") are no prose, even when they hold a sentence: the header block runs
   on through them.
3. **Posts.** A post runs from its author line to the line before the next post's
   author line; lines printed in every post's tail ("Like", "Top") are its metadata.
   Posts signed below their body (``answered DATE`` over the name) run from their body
   to the replies printed under them: list items, or plain paragraphs each closed by
   its own signature (``… – Ann Sep 8 '10 at 6:28``). The first such post starts
   under the count of the posts ("5 Answers"). A header stamp of one template that
   closes each body instead (``Posted by: Ann | May 2, 2006 8:27 PM`` under it, perhaps
   "Reply" under that: prose over the first, no body under the last) signs its post:
   each runs from under the signature before to its own. Where no header block
   repeats, posts may be paragraphs each closed by a signature with no dash (a wiki's
   talk page: ``… Ann (talk) 06:34, 3 March 2024 (UTC)``), nested by their columns.

Every rule reads the shapes of lines (short or prose, a date, a number, a name-like
line, a line repeated in every block), never one site's wording.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Container, Iterable, Iterator, Sequence

import attrs

from threadparse import lines as L
from threadparse.dates import (
    LINE_CACHE,
    WEEKDAYS,
    date_extent,
    find_date,
    is_date_line,
    is_word_age,
)
from threadparse.outline import OutlineNode
from threadparse.quoteboxes import read_attribution

_POST_NUMBER = re.compile(r"^#[ ]?([0-9]{1,9})$")
# "#12 · DATE", "#1.2.1 NAME on DATE", "#2-1 - DATE" (a reply's number after its parent's:
# `dotted_depths`)
_NUMBER_FIRST = re.compile(
    r"^#[ ]?([0-9]{1,9})(?:[.\-](?P<sub>[0-9]{1,4})(?![0-9]))?(?:\.[0-9]{1,4}){0,8}"
    r"[ ]?[·•|,\-–—:]?[ ]?(\S.*)$"
)
_NUMBER_LAST = re.compile(r"^(\S.*?)[ ]?[·•|,\-–—]?[ ]#([0-9]{1,9})$")
_DIGITS = re.compile(r"[0-9]+")
_NEGATIVE = re.compile(r"^[-−][0-9]{1,6}$")
_DIGIT = re.compile(r"[0-9]")
_SENTENCE_MARK = re.compile(r"[.!?]")
_WORD = re.compile(r"[^\W\d_]+")
_COUNTER = re.compile(r"^[0-9][0-9.,]*[kKmM]?$")  # "12", "1,204", "30.5k"
_AVATAR_ALT = re.compile(
    r"(?i)^([^\s'’].{0,40}?)['’]s (?:user )?(?:avatar|profile picture|picture)$"
)
_HEADING = re.compile(r"^#{1,6} +")  # html2text prints a name as a heading: "#### Ann"
# "Joined: …", "Posts: 12" (not a mention opening a reply: "@ann: I agree …")
_LABEL = re.compile(r"^(?!@)[^\s:]{1,20}(?: [^\s:]{1,20})?:(?: |$)")
_BARE_DIGITS = 6  # a post number or score printed bare: "12", "17405"
_COUNT_GAP = 4  # short lines between a count of posts and the first post, at most
_BARE_RUN = 3  # bare numbers counting the posts, at least
_MAX_STAMP = 90  # longer lines never stamp a post
_SEPARATOR_RUN = 3  # a line repeated between posts, at least
_MAX_SEPARATOR = 24  # longer lines separate no posts
_SEPARATOR_WORDS = 2  # words of a separator line, at most
_RULE_CHARS = frozenset("-_=*━─═")  # the characters converters draw a horizontal rule with
_RULE_LENGTH = 3  # characters of a rule, at least
_TRAILING_NOTE = re.compile(r" ?\([^()]{1,20}\)$")  # "Posted (edited)": a note after it
_LINKED_NAME = re.compile(r"^\[([^\]\[\n]{1,40})\]\([^)\s]{1,300}\)[ ]")  # "[Ann](/u/ann) …"
_NAME_LINK = re.compile(r"^\[([^\]\[\n]{1,40})\]\([^)\s]{1,300}\)")  # "[Ann](/u/ann)"
_DATE_TO_TIME = 3  # a word between a date and its time wrapped onto the next line ("at")
# a post's number in parentheses after a header's date, a link or two after it: "(#301)
# Homepage Journal"
_NUMBERED_TAIL = re.compile(r"^\s*\( ?#[0-9]{1,12} ?\)(?: [^\W\d_]{2,20}){0,2}$")
_TIME_TAIL = 12  # what may follow a line's closing date: its time (" at 5:38 PM")
_MAX_BLOCK = 16  # header lines looked at before a stamp
_MAX_AFTER = 6  # header lines looked at after a stamp
_TRIED = 3  # stamp keys tried, best first
_BARE_NAMES = 3  # names over dates that close their line ("Ann 3 hours ago"), at least
_CONSTANT_SHARE = 0.6  # a line printed in this share of the blocks is part of the template
_NEARLY_ALL = 0.8  # a line in this share of the blocks on one side of the stamps: no name
_DATED = ("date", "age")  # the keys of stamps that are dates (a short body between two)
_WRAPPED_PIECES = ("date", "age", "clock")  # the keys of a wrapped stamp's pieces
_PROSE_LENGTH = 160  # longer lines are prose


def is_prose(text: str) -> bool:
    """A line of running text (body), as opposed to a short field of a header block
    ("Joined: Dec 2021", "Senior Member") or a list of names and titles (mostly
    capitalised words, no sentence). On a line of counters (a third of its words
    numbers: "159 1 1 silver badge 6 6 bronze badges") the numbers are no words; nor
    is the date a short line ends in ("Post by Ann » Wed Apr 07, 2010 3:39 pm")."""
    if len(text) > _PROSE_LENGTH:
        return True
    if not text.isascii() and _CJK.search(text) is not None:
        return _cjk_prose(text)
    if len(text) < 7:  # (fewer than four words)
        return False
    # Pre-filters, exact: taking a date or counters out of the line below only drops
    # words and characters (no word is split, none added), so a line of fewer than four
    # words, or of at most eight words and 80 characters with no ".", "!" or "?" in it
    # (or, with no digit, none at its end), is no prose whatever is taken out.
    words = text.split()
    if len(words) < 4:
        return False
    digits = _DIGIT.search(text) is not None
    short = len(words) <= 8 and len(text) <= 80
    if short and not (_SENTENCE_MARK.search(text) if digits else text[-1] in ".!?"):
        return False
    date = find_date(text) if digits and len(text) <= 80 else None
    tail = text[date.end() :] if date is not None else ""
    if date is not None and _counted_after(text, date.end()):
        return False  # a header: a date, then a count in parentheses ("(1 child)")
    signed = date  # (a longer header line too: "comment:3 in reply to: ↑ 1 … by ann")
    if signed is None and digits and _BY_NAME_LAST.search(text):
        signed = find_date(text)
    if (
        signed is not None
        and _labels_only(text[: signed.start()])
        and _named_after_date(text[date_extent(text, signed) :])
    ):
        return False  # a header: a date, then its author ("2 years ago #12 by Ann Lee",
        # "comment:3 in reply to: ↑ 1 Changed DATE by ann": labelled fields before it)
    if date is not None and len(tail) <= _TIME_TAIL and _dotted_label(text[: date.start()]):
        return False  # a header: a line about the poster, a word and its date after a dot
        # ("Lives in a city with many bridges · Answered 8mo ago", `_worded_after_dot`)
    if date is not None and _POST_NUMBER.match(tail.strip()):
        return False  # a header: its date, then its post's number ("Subject 2 years ago #12")
    numbered = _numbered_date(text, date if len(text) <= 80 else None)
    if numbered is not None:  # (its number in parentheses, a link or two after it: "on
        text = text[: numbered.start()]  # DATE (#301) Homepage Journal"): the words before
        words = text.split()
    elif date is not None and (
        len(tail) <= _TIME_TAIL or (len(tail) <= 2 * _TIME_TAIL and _wordless(tail))
    ):  # a line that ends in its date (and time, perhaps a post number: "@01:00PM
        text = text[: date.start()] + ("" if _wordless(tail) else tail)  # (#6432)"): a header
        words = text.split()
    elif date is not None and (_bar_after(tail) or _controls_after(tail)):
        return False  # or in a bar of controls ("Il y a 2 ans 1 J'aime J'aime Répondre")
    if digits:  # (a counter is digits first)
        counted = [word for word in words if not _COUNTER.match(word)]
        if 3 * (len(words) - len(counted)) >= len(words):  # a line of counters
            words = counted
    if len(words) < 4 or _LABEL.match(text):
        return False
    if not (len(words) > 8 or len(text) > 80 or text[-1] in ".!?"):
        return False  # (a short line not closed as a sentence: no words counted)
    return sum([word[0].islower() for word in words]) * 4 >= len(words)


# A count in parentheses that closes a header after its date: "(2 children)", "(1 reply)",
# "(12 comments)", as a toggle prints a comment's replies (its link marks kept: lynx's
# "[25](2 replies)"), or in brackets: "[14 favorites]".
_COUNT_AFTER = re.compile(
    r"\s*(?:\[[0-9]{1,5}\])?(?:\( ?[0-9]{1,5} [^\W\d_]{1,12} ?\)|\[ ?[0-9]{1,5} [^\W\d_]{1,12} ?\])"
    r"\s*$"
)
_COUNT_REACH = 32  # the longest text _COUNT_AFTER matches, about


def _numbered_date(text: str, date: re.Match[str] | None) -> re.Match[str] | None:
    """The date of a line (up to `_MAX_STAMP` long) that the post's number in
    parentheses closes, perhaps a link or two after it ("by Ann on May 2, 2008 (#301)
    Homepage Journal"); ``date``: the line's date, if read. None for other lines."""
    if "#" not in text or len(text) > _MAX_STAMP:
        return None
    date = date or find_date(text)
    if date is None or _NUMBERED_TAIL.match(text[date_extent(text, date) :]) is None:
        return None
    return date


def _counted_after(text: str, end: int) -> bool:
    """The text after a date (at ``end``) is only a count in parentheses (`_COUNT_AFTER`)."""
    return (
        len(text) - end <= _COUNT_REACH
        and text[-1:] in ")]"
        and bool(_COUNT_AFTER.match(text, end))
    )


# Chinese, Japanese and Korean letters: their text puts no space between words
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_CJK_PROSE = 8  # letters of a line of such text that reads as prose, at least


def _cjk_prose(text: str) -> bool:
    """A line of Chinese, Japanese or Korean text that is prose: some letters of it, and
    no date (a header line: "1 名前：Ann 投稿日：2014/03/14(金) 13:22")."""
    return len(_CJK.findall(text)) >= _CJK_PROSE and find_date(text) is None


# a line closed by "by NAME" (a name of a word or two)
_BY_NAME_LAST = re.compile(r"(?i) (?:by|von|par|por|door|av|af|di) \S+(?: \S+)?$")


def _labels_only(before: str) -> bool:
    """What a line prints before its date names no one and says nothing: a word or two,
    or labelled fields ("comment:4 follow-up: ↓ 5 Changed")."""
    return len(before.split()) <= 2 or ":" in before


def _named_after_date(tail: str) -> bool:
    """What follows a date is its post's number perhaps, then "by" and a name of a few
    words ("#2234 by Ann Lee", "by ann_k")."""
    tail = L.plain(tail).lstrip()  # (as shown: "[40]#2237 by [41]Ann" in lynx's dumps)
    by = L.NUMBER_BY.match(tail)
    return by is not None and len(tail.split()) <= 6 and is_name_like(tail[by.end() :])


def _wordless(text: str) -> bool:
    """Text with no word of three letters or more (", 12:16pm 3": a time, a number)."""
    return all(sum(ch.isalpha() for ch in part) < 3 for part in text.split())


_DATED_PROSE = 80  # longer lines are prose whatever date they end in (`is_prose`)
_WIDE_GAP = " " * 8  # blanks between two cells of a table row printed side by side


def _first_cell(text: str) -> str:
    """The first cell of a table row printed side by side ("Ann        Re: Subject",
    w3m's profile column beside the post's): the text before the first wide gap; the
    line itself where it has none."""
    head, gap, _ = text.partition(_WIDE_GAP)
    return head.rstrip() if gap and head.strip() else text


def _prose_node(node: OutlineNode) -> bool:
    """A line of a post's body: prose, or a quote box's attribution (which opens a body
    as prose does). A list item with links (a picture, a profile link, a counter) is
    read as shown: their addresses are no words; so is a table row whose one cell holds
    text (`lines.header_cell`), or whose header's cell follows its author's profile cell
    (`_profiled_cell`), as that cell."""
    line = text = node.text
    if node.marker is not None and "](" in text:
        text = L.plain(text)
    elif "|" in text and "](" in text and (cell := L.header_cell(text)) is not None:
        text = L.plain(cell)  # (a table's row, its other cells furniture: its one cell)
    elif " | " in text and "](" in text and (cell := _profiled_cell(text)) is not None:
        text = L.plain(cell)  # (a table's row, a profile's cell before it: the header's)
    elif len(text) > _DATED_PROSE and "](" in text:
        shown = L.plain(text)  # (a dated line long by its links' targets: read as shown)
        if len(shown) <= _MAX_STAMP and find_date(shown) is not None:
            text = shown
    elif "](" in text and text[-1] != ")" and L.open_link(text) == "text":
        text = L.plain(text)  # (a header wrapped inside its date's link: "[Ann](… "Link
        # to Ann's website") · [March": the link's title is no words either)
    if "   " in text and (_header_beside_name(text) or _dated_controls(text)):
        return False  # (a profile's first line beside the header cell: no body's)
    if _WIDE_GAP in text:  # (cells side by side, inscriptis: their gap is no length)
        text = " ".join(text.split())
    text = L.without_address(text)  # (a name's address is no words: "Ann <a@b.c> on DATE")
    return is_prose(text) or read_attribution(line) is not None


def _dated_controls(text: str) -> bool:
    """A header cell's line: words, a date, then the controls after a wide gap ("posted
    May 2, 2002 03:37 AM     [40]Profile for ann_k", lynx), where the line stamps a post
    read up to that gap (`_stamp_before_controls`), whatever the controls' words."""
    if len(text) > 2 * _MAX_STAMP or _DIGIT.search(text) is None:
        return False
    shown = L.plain(text)
    if find_date(shown) is None:
        return False
    unlinked = L.LINK_NUMBERS.sub("", text)  # (lynx's link numbers are no words)
    return _stamp_before_controls(unlinked.strip(), None) is not None


def _header_beside_name(text: str) -> bool:
    """A table row printed side by side whose first cell is a name and whose row, its
    gap read as one blank, stamps a post by that name with a field after its date ("Ann
    Lee <gap> Posted: May 2, 2003 3:20 am Post subject: Re: Looms", inscriptis; "Ann
    Lee   PostPosted: …", w3m, a picture's text before the label): the profile cell's
    first line beside the header cell, however long its subject."""
    head = text.split("   ", 1)[0].strip()
    if not head or _DIGIT.search(text) is None or not is_name_like(head):
        return False
    stamp = _read_stamp(" ".join(text.split()), None)
    if stamp is None or not stamp.fielded:
        return False  # (the header cell's date, then its fields: "Post subject: …")
    author = _name_key(stamp.author or "")
    key = _name_key(head)
    return author == key or author.startswith(f"{key} ")


# A field of a profile card: a label, its colon, a value ("Location: Ohio", the colon
# glued to both as some forums print it: "Gender:Male"); no address ("http://").
_FIELD = re.compile(r"^[^\W\d_][^\s:]{0,19}(?: [^\s:]{1,20})?: ?[^\s/]")
_FIELD_REACH = 16  # lines looked at on each side of an item for its siblings
_CARD_FIELDS = 2  # labelled items that make a list a profile card, at least


def _unmark_fields(flat: Sequence[OutlineNode], prose: list[bool]) -> None:
    """Take the prose off the items of profile cards: a list of an author's fields
    printed in a post's header block ("Members", "3.1k", "Location:Ohio", "Interests:
    fishing, hiking and old trucks", a line about themselves), at least two of them
    labelled, most of them no prose. Its sentence is the author's, not a body's: it
    would split the header block in two posts. (A prose line under an item, the rest
    of its wrapped text, is read with that item.) Each list is read once."""
    read = -1  # the last line of the lists read so far
    for index in itertools.compress(range(len(flat)), prose):  # (prose lines only)
        node = flat[index]
        if index <= read:
            continue
        item = index
        if node.marker is None:  # (the item's text wrapped onto a line under it)
            item -= 1
            if item < 0 or flat[item].marker is None or flat[item].column >= node.column:
                continue
        lines, card = _card(flat, item, prose)
        read = lines.stop - 1
        if card:
            for at in lines:
                prose[at] = False


_CARD_SENTENCE = 3  # prose lines a member's line about themselves takes, at most
_CARD_SENTENCES = 2  # such lines on the page, at least


def _unmark_card_sentences(flat: Sequence[OutlineNode], prose: list[bool]) -> None:
    """Take the prose off a member's line about themselves printed inside a plain
    profile card: a short run of prose lines between the card's top (its name, rank,
    status: no date) and its labelled fields ("Posts: 14"), which run on, no prose
    between, down to a dated line (the post's stamp). Two such cards at least on the
    page: one alone stays prose, as a post's body under its header block does."""
    found: list[range] = []
    index = 0
    while index < len(flat):
        if not prose[index]:
            index += 1
            continue
        end = index
        while end < len(flat) and prose[end]:
            end += 1
        if end - index <= _CARD_SENTENCE and _in_card(flat, prose, index, end):
            found.append(range(index, end))
        index = end
    if len(found) >= _CARD_SENTENCES:
        for lines in found:
            for at in lines:
                prose[at] = False


def _in_card(flat: Sequence[OutlineNode], prose: list[bool], start: int, end: int) -> bool:
    """Whether the prose lines ``start``..``end`` stand in a plain profile card (see
    `_unmark_card_sentences`): a labelled field the first line under them, then lines
    of no prose down to a dated one; over them, lines of no prose and no date up to the
    body before, one of them name-like; all at one column."""
    column = flat[start].column
    under = [i for i in range(end, min(end + _MAX_BLOCK, len(flat))) if flat[i].text.strip()]
    if not under or prose[under[0]] or not _FIELD.match(flat[under[0]].text):
        return False
    if flat[under[0]].column != column:
        return False  # (a body printed beside the card, its fields under the body)
    dated = False
    for i in under:
        if prose[i]:
            return False
        if find_date(flat[i].text) is not None:
            dated = True
            break
    if not dated:
        return False
    named = False
    for i in range(start - 1, max(start - _MAX_BLOCK, 0) - 1, -1):
        if prose[i]:
            break
        if find_date(flat[i].text) is not None:
            return False
        named = named or (is_name_like(flat[i].text) and flat[i].column == column)
    return named


def _unmark_repeated_tails(flat: Sequence[OutlineNode], prose: list[bool]) -> None:
    """Take the prose off dated lines that print the same words after their dates
    (digits aside), three times at least: "3/14/2021 at 1:22 PM Vote up +9 Vote down" is
    a post's date and the template's controls, however many words they make. One such
    line alone stays prose, as a sentence opened by a date does."""
    tails: dict[tuple[str, ...], list[int]] = {}
    for index in itertools.compress(range(len(flat)), prose):  # (prose lines only)
        text = flat[index].text
        if len(text) > _MAX_STAMP or _DIGIT.search(text) is None:
            continue
        stamp = read_stamp(flat[index])
        if stamp is not None and _tailed(stamp):
            tails.setdefault(stamp.key, []).append(index)
    for found in tails.values():
        if len(found) >= _BARE_RUN:
            for index in found:
                prose[index] = False


_CONTROL_ENDING = 12  # characters of a control printed after each name, at most
_NOTE_AFTER = re.compile(r" ?\([^()]{1,60}\)$")  # a poster's note closing a name line


@attrs.define(slots=True)
class _Controlled:
    """The name lines right under the posts' stamps that close with a control
    (`_unmark_named_controls`): each one's name, by line (empty where the converter left
    the control alone); and the first line under each stamp where it is no prose (where
    a post that has no control prints its name: the opening post)."""

    named: dict[int, str] = attrs.field(factory=dict)
    under: dict[int, int] = attrs.field(factory=dict)  # stamp → the short line under it


def _unmark_named_controls(
    flat: Sequence[OutlineNode], prose: list[bool], read: dict[int, Stamp | None]
) -> _Controlled:
    """Take the prose off the lines right under a post's number or date (an avatar's
    empty link aside) that print a name, then a control every such line ends with (a
    reply link: "Ann Lee Reply", "bo_k Reply (a motto)", the poster's note in
    parentheses after it): Chinese, Japanese or Korean names and notes read as prose.
    The same word closes three such lines at least, after different names. The lines
    read for their stamps go in ``read`` (`_line_stamp`, by line: `_stamps` takes them
    over)."""
    heads: dict[int, str] = {}
    under: dict[int, int] = {}

    def is_stamp(at: int) -> bool:
        if at not in read:
            read[at] = _line_stamp(flat[at])
        return _kept_stamp(flat[at], read[at], False) is not None

    for index in range(1, len(flat)):
        text = flat[index].text
        if len(text) > _MAX_STAMP or prose[index - 1] or not text:
            continue
        shown = L.plain(text)
        if shown[-1:] == ")":
            shown = _NOTE_AFTER.sub("", shown).rstrip()
        if not shown[-1:].isalpha() or L.open_link(text) is not None:
            continue  # (a link wrapped onto the next line: a picture's text, no name)
        stamp = index - 1
        if _shows_nothing(flat[stamp].text) and stamp > 0:
            stamp -= 1  # (an avatar's empty link between: "[ ](/u/ann)")
        if prose[stamp] or not is_stamp(stamp):
            continue
        if _DIGIT.search(text) and is_stamp(index):
            continue  # (a stamp right under a stamp: a post with no name and no body)
        heads[index] = shown
        if not prose[index]:
            under[stamp] = index
    ending = _shared_ending(list(heads.values()))
    if ending is None:
        return _Controlled()
    controlled = _Controlled(under=under)
    for index, shown in heads.items():
        name = shown[: -len(ending)].rstrip()
        if shown.endswith(ending) and (not name or _name_before_control(name)):
            controlled.named[index] = name  # (empty: the control alone, no name)
            prose[index] = False
    return controlled


_NO_NAME_MARKS = re.compile(r"[()\[\]\"/]|['’]s$")  # a link's rest, a caption ("Ann's")


def _name_before_control(name: str) -> bool:
    """A name (`is_name_like`; one Chinese, Japanese or Korean letter is one), not a
    link's rest wrapped from the line above nor a picture's caption ("Ann's picture")."""
    if _NO_NAME_MARKS.search(name):
        return False
    return is_name_like(name) or (len(name) == 1 and _CJK.match(name) is not None)


def _shared_ending(lines: list[str]) -> str | None:
    """The longest word (letters only, `_CONTROL_ENDING` at most) that closes three in
    four of ``lines`` (or stands alone, its name left out by the converter), after
    three different names at least: after a space, or glued to the name where the name
    or the word is of Chinese, Japanese or Korean letters ("安娜回复", "ann回复"). None
    where none does (a family name closes a few names, not nearly all)."""
    if len(lines) < _BARE_RUN:
        return None
    for size in range(_CONTROL_ENDING, 1, -1):
        closed: Counter[str] = Counter()
        names: dict[str, set[str]] = {}
        for line in lines:
            ending = line[-size:]
            if len(line) < size or not ending.isalpha():
                continue
            if len(line) == size:
                closed[ending] += 1  # (the control alone: its name left out)
            elif line[-size - 1] == " " or _CJK.match(ending) or _CJK.match(line[-size - 1]):
                closed[ending] += 1
                names.setdefault(ending, set()).add(line[:-size].rstrip())
        for ending, count in closed.items():
            if len(names.get(ending, ())) >= _BARE_RUN and 4 * count >= 3 * len(lines):
                return ending
    return None


def _uncontrolled(
    flat: Sequence[OutlineNode], posts: list[Post], controlled: _Controlled
) -> list[Post]:
    """The posts whose author line is a name with its control after it
    (`_unmark_named_controls`), authored by the name alone, their header blocks closed
    by that line (what follows is their body, however short); where most posts are so
    named, a post with no author and a name alone under its stamp, authored by it."""
    if not controlled.named:
        return posts
    named = sum(post.author_line in controlled.named for post in posts)
    for post in posts:
        line = post.author_line
        if line is None and post.author is None and 2 * named > len(posts):
            line = controlled.under.get(post.stamp)
            if line is None:
                continue
            name = controlled.named.get(line, L.plain(flat[line].text).strip())
            if not _name_before_control(name):
                continue
            post.author = name
            post.author_line = line
        elif line in controlled.named and post.author is not None:
            post.author = controlled.named[line] or None
        else:
            continue
        # (the lines from the stamp down to the name's are the header's, an avatar's
        # empty link between them too)
        kept = {index for index in post.header if index <= line}
        post.header = sorted(kept | set(range(min(post.stamp, line), line + 1)))
        post.body_start = line + 1
    return posts


def _pictured_name(text: str) -> tuple[str, str] | None:
    """The words before a name printed twice at the end of a short line, and the name
    ("picture of Ann Lee Ann Lee": a picture's alternative text naming its owner, then
    the owner's linked name, joined by a converter); None for any other line."""
    if "](" not in text and "[" not in text:  # (no link: the line is as shown, and its
        words = text.split()  # last word printed once is no name printed twice, the
        if len(words) < 3 or words[-1] not in words[-5:-1]:  # cheap test first)
            return None
    line = L.plain(text)
    if len(line) > _MAX_STAMP:
        return None
    words = line.split()
    for half in range(1, 5):
        if len(words) > 2 * half and words[-half:] == words[-2 * half : -half]:
            name = " ".join(words[-half:])
            if is_name_like(name):
                return " ".join(words[: -2 * half]), name
    return None


def _pictured_leads(flat: Sequence[OutlineNode], lines: Sequence[int]) -> set[str]:
    """The words that open two lines at least of ``lines`` before two different names
    each printed twice (`_pictured_name`): a picture's alternative text, the template's."""
    return _leads(_pictured_name(flat[index].text) for index in lines)


def _leads(pictured: Iterable[tuple[str, str] | None]) -> set[str]:
    """`_pictured_leads` of the lines read so (`_pictured_name`)."""
    names: dict[str, set[str]] = {}
    for found in pictured:
        if found is not None:
            names.setdefault(found[0], set()).add(found[1])
    return {lead for lead, owners in names.items() if len(owners) >= 2}


def _unmark_pictured_names(flat: Sequence[OutlineNode], prose: list[bool]) -> None:
    """Take the prose off lines that print the same words before a name printed twice
    ("picture of Ann Lee Ann Lee", `_pictured_leads`), for two names at least: a
    picture's alternative text and its owner's name, however much they read as a
    sentence."""
    pictured = {
        index: found
        for index, node in enumerate(flat)
        if (found := _pictured_name(node.text)) is not None
    }
    if len(pictured) < 2:
        return
    leads = _leads(found for i, found in pictured.items() if len(flat[i].text) <= _MAX_STAMP)
    for index, (lead, _) in pictured.items():
        if prose[index] and lead in leads:
            prose[index] = False


def _card(flat: Sequence[OutlineNode], index: int, prose: list[bool]) -> tuple[range, bool]:
    """The lines of the list the item ``flat[index]`` stands in, near it (`_FIELD_REACH`
    lines each way: the items at its column and the lines under them, up to the first
    line less deep than it or a plain line as deep), and whether the list is a profile
    card (see `_unmark_fields`)."""
    column = flat[index].column
    siblings = [index]
    bounds = [index, index]
    for side, step in enumerate((-1, 1)):
        at = index + step
        while 0 <= at < len(flat) and abs(at - index) <= _FIELD_REACH:
            node = flat[at]
            if node.column < column or (node.column == column and node.marker is None):
                break
            if node.column == column:
                siblings.append(at)
            bounds[side] = at
            at += step
    lines = range(bounds[0], bounds[1] + 1)
    fields = {_field_label(flat[i].text) for i in siblings} - {None}
    if len(fields) < _CARD_FIELDS:  # (one label on every item, "Re:", opens replies' titles)
        return lines, False
    said = sum(1 for i in siblings if prose[i] or (i < bounds[1] and _wraps(flat, i, prose)))
    return lines, 2 * said < len(siblings)


def _field_label(text: str) -> str | None:
    """The label of a profile card's field the line opens with ("Location" of
    "Location: Ohio"); None where it opens with none."""
    return text.partition(":")[0].casefold() if _FIELD.match(text) else None


def _wraps(flat: Sequence[OutlineNode], index: int, prose: list[bool]) -> bool:
    """The item ``flat[index]`` goes on in prose on a plain line under it (wrapped)."""
    following = flat[index + 1]
    return prose[index + 1] and following.marker is None and following.column > flat[index].column


@functools.lru_cache(maxsize=LINE_CACHE)  # (each post's block is read by several rules)
def is_name_like(text: str) -> bool:
    """A line that can be a display name: one to four words, some letters, no label,
    not a date, a count or a sentence."""
    line = _shown(text)
    words = line.split()
    if not words or len(words) > 4 or len(line) > 40 or len(line) < 2:
        return False
    if not any(ch.isalpha() for ch in line) or ":" in line:
        return False
    if line[-1] in ".!?" and not L.ends_in_initial(line):  # ("Rhys P." is a name)
        return False
    if line[0].isdigit() and sum(ch.isalpha() for ch in words[0]) < 3:
        return False  # a count, a date, an ordinal ("130lights" is a user name)
    if line[0] in "#+-–(":
        return False
    if L.is_reply_link(line) or L.is_noise(line) or reply_to(line) is not None:
        return False
    return find_date(line) is None


def _closes_line_above(line: str) -> bool:
    """A line that closes a bracket it never opened ("](/u/7/ann)", 'the post")'): the
    rest of a Markdown link or title wrapped from the line above (html2text), not the
    name to guess a post's author from (it still holds a name's place in the header)."""
    return line[:2] == "](" or (line[-1] == ")" and "(" not in line)


_REPLY_TO = re.compile(
    r"(?i)^(?:in )?(?:reply|replying|replied|response|antwort|respuesta|rispondi|responder"
    r"|répondre|repondre|responda) (?:to|an|a|à) (\S.{0,60})$"
)


# the same after the poster's name: "Ann Lee In reply to Bob", "Ann En réponse à Bob"
_REPLY_TAIL = re.compile(
    r"(?i) (?:in |en )?(?:reply|replying|replied|response|réponse|antwort|respuesta) "
    r"(?:to|an|a|à) (\S.{0,60})$"
)


def _reply_tail(text: str) -> tuple[str, str | None]:
    """A name line without the "In reply to NAME" after the name, and that name."""
    match = _REPLY_TAIL.search(text) if " " in text else None
    if match is None:
        return text, None
    return text[: match.start()], L.clean_author(match.group(1))


def reply_to(text: str) -> str | None:
    """The name a "Reply to NAME" line names: the post this one answers."""
    match = _REPLY_TO.match(L.plain(text))
    return L.clean_author(match.group(1)) if match else None


@functools.lru_cache(maxsize=LINE_CACHE)  # (the rules of a post's block read its lines again)
def _shown(text: str) -> str:
    """A line as a reader sees it (`lines.plain`), without a Markdown heading's marks."""
    line = L.without_device(L.plain(_without_label(text)))
    return _HEADING.sub("", line, count=1) if line[:1] == "#" else line


def _display(text: str) -> str | None:
    """A name line as a display name (`lines.display_name`), heading marks aside; of a
    name link followed by an icon and its label ("[Ann](/u/1) __ Discussion starter",
    html2text's "__" for an icon), the link's text."""
    text = L.without_device(_without_label(text))
    return L.display_name(_HEADING.sub("", text, count=1) if text[:1] == "#" else text)


_LABEL_DOTS = 3  # middle dots a name's line holds, at most (each a label read off: no deeper)


def _without_label(text: str) -> str:
    """The name link of "[Ann](/u/1) __ Discussion starter" (html2text prints an icon as
    "__"): the label after the icon is no part of the name; and of "[Ann](/u/1)Ann" (the
    name printed again after its link), the name once."""
    if text[:1] == "[" and "__ " in text:
        linked = _LINKED_NAME.match(text)
        if linked is not None and text[linked.end() :].startswith("__ "):
            return linked.group(1)
    elif text[:1] == "[" and text[-1:] != ")":
        linked = _NAME_LINK.match(text)
        if linked is not None and text[linked.end() :] == linked.group(1):
            return linked.group(1)
    if "·" in text and text.count("·") <= _LABEL_DOTS:  # a control or badge after a
        head, _, tail = text.rpartition("·")  # middle dot: "Ann Lee·Follow"
        words = L.plain(tail).split()
        if 0 < len(words) <= 2 and not _DIGIT.search(tail) and is_name_like(head.strip()):
            return head.strip()
    return text


@functools.lru_cache(maxsize=LINE_CACHE)  # (the rules of a post's block compare its lines often)
def _name_key(text: str) -> str:
    return " ".join(_shown(text).split()).casefold()


def _is_initial(text: str) -> bool:
    """An avatar printed as its owner's initial: one letter."""
    if len(text) > 1:
        text = _shown(text) if len(text) < 200 else ""
    return len(text) == 1 and text.isalpha()


def _alone_in_alt(
    owner: str, names: list[int], text: dict[int, str]
) -> tuple[int, str | None] | None:
    """The name line of a header block whose name ends the owner an avatar's alternative
    text gives after other words ("Senior Member Ann Lee's Avatar" under "Ann Lee": the
    rank the page printed before the picture, then its text): the name alone, where the
    block prints it so."""
    words = owner.split()
    for i in names:
        name = _shown(text[i]).split()
        if 0 < len(name) < len(words) and words[-len(name) :] == name:
            return i, _display(text[i])
    return None


def _is_avatar_of(avatar: str, name: str) -> bool:
    """``avatar`` stands for the picture of ``name``: its initial ("F" over "felix"),
    alone or with its owner's status ("F Offline"), or its alternative text ("felix's
    user avatar", "Avatar of felix", "Profile picture for user felix")."""
    if _is_initial(avatar):
        return _shown(name)[:1].casefold() == _shown(avatar).casefold()
    if avatar[1:2] == " " and _is_initial(avatar[0]):  # "J Offline": the initial and the
        shown = _shown(name)  # status of its owner, over the name (not another such line)
        status = avatar[2:].split()
        return (
            0 < len(status) <= 2
            and all(word.isalpha() for word in status)
            and shown[:1] == avatar[0]
            and shown[1:2] not in ("", " ")
        )
    owner = L.alt_text_owner(avatar) if avatar[:1] in "PpAa" else None
    if owner is not None:  # "Profile picture for user ann_k" over "ann_k"
        return _name_key(owner) == _name_key(name)
    if not L.is_noise(avatar) and "avatar" not in avatar.casefold():
        return False
    return _name_key(name) in _name_key(avatar)


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


def read_stamp(node: OutlineNode, unframed: bool = False) -> Stamp | None:
    """The stamp a line makes, if it can make one; with ``unframed``, also a dated line
    whose name only the page can tell from the controls after it (`_unframed`)."""
    return _kept_stamp(node, _line_stamp(node), unframed)


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
        if " | " not in text:
            return None
        return _profiled_stamp(node) or _shown_row_stamp(node)
    if _DIGIT.search(text) is None:  # (a stamp has a digit, but an age alone may have none:
        shown = L.plain(text) if len(text) <= 2 * _MAX_STAMP else ""  # "last year", "an
        if not shown or not is_word_age(shown):  # hour ago"; not after a name, "Ann Over a
            return None  # year ago", where a comment is signed so)
        marker = _DIGITS.sub("N", node.marker) if node.marker else ""
        return Stamp(("date", marker, ""), date=shown)
    if text[:3] == "[![" and " | " in text and (pictured := _pictured_stamp(node)) is not None:
        return pictured  # (a profile's picture and name, then a date alone: a table row)
    shown = L.without_edit_mark(L.plain(text))  # (as shown: a link's target is no length;
    if L.is_reading_time(shown):  # a mark of an edit is no shape of the stamp; a post's
        return None  # reading time, "Feb 16, 2024 5 min read", stamps no comment)
    stamp = _read_stamp(shown, node.marker)
    if stamp is None and len(shown) > _MAX_STAMP and any(gap in text for gap in _CELL_GAPS):
        stamp = _stamp_before_controls(text, node.marker)
    if stamp is None and "|" in text and (cell := L.header_cell(text)) is not None:
        stamp = _read_stamp(L.plain(cell), node.marker)  # a table's row: its one cell,
        if stamp is None or (stamp.author or stamp.named) is None:  # if it names someone
            return None
        return _by_link(cell, stamp)
    if stamp is None and " | " in text:
        return _profiled_stamp(node)
    if stamp is not None and stamp.fielded and stamp.author is not None and "   " in text:
        stamp = _author_in_first_cell(text, stamp)
    return _by_link(text, stamp)


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
_GAP_AFTER = re.compile(r"\s{3}")


def _stamp_before_controls(text: str, marker: str | None) -> Stamp | None:
    """The stamp of a header cell too long to read whole, read up to the wide gap right
    after its date, where words stand before the date ("posted April 16, 2002 01:08 PM
    Profile for Ann   Send New Private Message   Reply With Quote": the controls the
    row prints after it, however many); marked ``fielded``: only rows repeated on three
    posts at least stamp them (`_drop_rare_fielded`). None for other lines."""
    date = find_date(text)
    if date is None or not _WORD.search(text[: date.start()]):
        return None
    end = date_extent(text, date)
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
    """The stamp of a table row's last cell that is long only by its pictures and
    links, read as shown: a date that names no one ("![](i.gif) posted May 2, 2002 01:08
    PM [![Profile for Ann](p.gif)](…) [![Homepage](h.gif)](…)" after a profile cell,
    html2text: the name stands over the row, its first line). None for other rows."""
    cells = _CELL_BAR.split(node.text)
    if not 1 < len(cells) <= L.ROW_CELLS:
        return None
    shown = L.plain(cells[-1])
    if len(shown) > _MAX_STAMP or find_date(shown) is None:
        return None
    stamp = _read_stamp(shown, node.marker)
    if stamp is None or stamp.key[0] != "date" or stamp.author is not None:
        return None
    return stamp


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
    if date.start() > len(first) and words[-1].rstrip(".,").casefold() not in WEEKDAYS:
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
    none), read with as few lines as close every link."""
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
    while at < len(flat) and at - index < _WRAPPED_LINES:
        following = flat[at]
        if following.marker is not None or following.column != node.column:
            return None
        text = _joined(text, following.text)
        at += 1
        stamp = None if L.open_link(text) else _read_stamp(L.plain(text), node.marker)
        if stamp is not None:
            if stamp.author is None:
                return None
            stamp.wrapped = at - index - 1
            return stamp
        if following.blank_after or at >= len(flat) or not _full(following, flat[at]):
            return None
    return None


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
    line ("[ann](/u/ann) (Ann)  May 2, 2024," over "9:15am  3"): the stamp the two make,
    read as one line, when it is the longer reading; else ``stamp``."""
    if node.blank_after or following.marker is not None or following.column != node.column:
        return stamp
    rest = following.text
    if len(rest) > 20 or not rest[:1].isdigit() or stamp.date is None:
        return stamp
    line = f"{L.plain(node.text)} {L.plain(rest)}"
    joined = _by_link(node.text, _read_stamp(line, node.marker))
    if joined is None or joined.date is None or len(joined.date) <= len(stamp.date):
        return stamp
    if joined.key[0] == "unframed":
        return stamp  # (a name and controls are told on one line only)
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


def _read_whole_stamp(line: str, marker: str | None) -> Stamp | None:
    """The stamp a whole line reads as: an age or a time alone, a post's number (with
    its date), a date with the name before it or the words around it; None: no stamp."""
    if len(line) > _MAX_STAMP:
        return None
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
    match = _NUMBER_FIRST.match(line)
    numbered = find_date(match.group(3)) if match else None
    if match and numbered is not None:
        rest = match.group(3)
        sub = int(match["sub"]) if match["sub"] else None
        header = L.read_header(rest) if numbered.start() > 0 else None  # ("#3 Ann on DATE")
        if header is not None and header.evidence == "date" and header.author:
            return Stamp(
                ("number+date", marker), int(match.group(1)), header.author, header.date, sub=sub
            )
        return Stamp(("number+date", marker), number=int(match.group(1)), date=rest, sub=sub)
    match = _NUMBER_LAST.match(line) if " #" in line else None  # (exact: it needs " #")
    if match and find_date(match.group(1)) is not None:
        return _named_numbered_line(match.group(1), marker, int(match.group(2))) or Stamp(
            ("date+number", marker), number=int(match.group(2)), date=match.group(1)
        )
    date = find_date(line)
    if date is None:
        return _counted_header(line, marker) if line[-1:] == ")" else None
    before = line[: date.start()].strip()
    words = before.split()
    if words and words[-1].rstrip(".,").casefold() in WEEKDAYS:  # the date's own weekday,
        rest = " ".join(words[:-1])  # alone or after a separator ("» Tue Aug 27, 2019",
        if not any(ch.isalpha() for ch in rest):  # "Sun, 03/14/2021 - 19:48")
            before = rest
    end = len(line)
    after = line[date.end() :].strip()
    if _bar_after(after):
        after = ""  # ("Ann 9 hours ago | parent | next": the links after it are no shape)
    elif after:  # ("DATE Log in to reply Quote #": the controls are no shape, no date)
        end = date.end() + _control_tail(line[date.end() :])
        after = line[date.end() : end].strip()
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
        if header.date and 0 <= (told := line.find(header.date)) < date.start():
            before = line[:told].strip()  # (the time before its date: "at 11:24 AM on …")
        framed, author = header.author, _handle(header.author)
        if not is_name_like(author):
            unlabelled = _unlabelled(author)  # ("Posted by: Ann | DATE": the label is the
            if unlabelled is None:  # frame's, as "Post by" of "Post by Ann » DATE" is)
                dated = line[date.start() : end]
                return _worded_after_dot(before, marker, dated, shape) or _unframed(
                    before, marker, dated
                )
            framed = author = unlabelled
        if '"' in author or author.count("(") != author.count(")") or L.is_address(author):
            return None  # (the tail of a link's title wrapped over a date: 'Ann's") · May 3')
        if line[-1] == ":":  # "2 hours ago, Ann said:" opens a quote inside a post
            return None
        return Stamp(
            ("header", marker, *_frame(before, framed)),
            number=_number_after(after),
            author=author,
            date=header.date,
            shape=shape,
            closing=closing,
        )
    tail = ""
    if len(after.split()) > 4:
        if before or not _repeatable_tail(after):
            return None
        # the same long tail after many dates (the time aside) is the template's
        # controls, "Vote up +9 Vote down": the key holds it, so only its repeats stamp
        # posts (`_unmark_repeated_tails`); one line of prose after a date stays prose
        end = date_extent(line, date)
        tail = _SIGNED_DIGITS.sub("0", line[end:].strip())
    named = before.rstrip(_NAME_MARKS) if words and len(words) == 1 else None  # ("Ann•3h")
    label = "" if before and not before.strip(_BAR_MARKS) else before  # ("· DATE": the
    return Stamp(  # name's line ended over it, "Ann ·" over "· DATE" as over "DATE")
        # (as printed: one template prints its label alike; "Asked 3 years ago" over a
        # question is not its "asked May 24, 2022" signature)
        ("date", marker, label, tail) if tail else ("date", marker, label),
        number=_number_after(after),
        date=line[date.start() : end].rstrip(),
        named=named,
        shape=shape,
        closing=closing,
    )


_BAR_MARKS = "·•|» "  # the marks alone before a date that make no label


# a labelled field after a date's time or year ("… 8:50 pm    Subject: Re: Modem …"): the
# cheap look before `_field_after_date`
# (a field left empty closes the row: "… 8:50 pm Post subject:")
_FIELD_AFTER_DATE = re.compile(r"[0-9.mM)]\s+[^\W\d_][^\s:]{0,19}(?: [^\s:]{1,20})?:(?: |$)")
_NEXT_FIELD = re.compile(r"\s+[^\W\d_][^\s:]{0,19}(?: [^\s:]{1,20})?:(?: |$)")  # " Subject: "


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
        word.rstrip(".,").casefold() not in WEEKDAYS for word in _WORD.findall(line[: date.start()])
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
    return stamp.key[0] == "date" and len(stamp.key) == 4


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
_PICTURE_FIRST = re.compile(r"^\[[^\[\]()\n]{1,40}\] (?=[^\W\d_])")  # w3m's picture before a name
_LINK_MARKS = ("](", "[", '"', "/")


def _unframed(before: str, marker: str, date: str) -> Stamp | None:
    """A dated line whose words before the date read as no name, kept where they may be a
    name and controls every post prints after it ("Ann Lee View profile More options
    Mar 14 2009"): which words are the name only the page tells (`_framed`)."""
    before = _PICTURE_FIRST.sub("", before, count=1)  # ("[useravatar] Ann Lee added …")
    words = len(before.split())
    if not _FRAME_WORDS[0] <= words <= _FRAME_WORDS[1] or _SENTENCE_MARK.search(before):
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
    if not is_name_like(name):
        return None
    return Stamp(("header", marker, "counted"), author=_handle(name))


def _bar_after(text: str) -> bool:
    """Text after a date that is only a bar of controls (`lines.is_control_bar`), or a
    toggle alone ("[–]")."""
    text = text.strip()
    return bool(text) and (L.is_control_bar(text) or bool(_TOGGLE.match(text)))


_TOGGLE = re.compile(r"^\[[^\w\]]{1,3}\]$")  # "[–]", "[+]": a toggle printed as text
_PERMALINK_MARKS = ("#", "¶", "§")  # a comment's permalink printed as a mark alone
_WORD_SPAN = re.compile(r"\S+")


def _control_tail(text: str) -> int:
    """Where the control links that close ``text`` (what follows a date) start, printed
    as words (`lines.is_reply_link`: "Log in to reply Quote", "Reply"), perhaps closed
    by a permalink's mark ("#"); ``len(text)`` without them.

    >>> text = ", 10:15 Log in to reply Quote #"
    >>> text[: _control_tail(text)]
    ', 10:15 '
    """
    words = list(_WORD_SPAN.finditer(text))
    end = len(text)
    if words and words[-1].group() in _PERMALINK_MARKS:
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
    at = before.find(author)
    if at < 0:
        return ()
    after = before[at + len(author) :]
    if after.lstrip()[:1] in ("·", "•") and L.affiliated(before[at:], author):
        after = ""  # ("Ann Lee · The Weekly Ledger": the label is the commenter's own)
    words = [*_WORD.findall(before[:at]), "\u2026", *_WORD.findall(after)]
    words = [word for word in map(str.casefold, words) if not _loose_word(word)]
    if "#" in before[:at]:  # ("+5 #1 Ann DATE": a numbered comment, no "Ann DATE" item)
        words.insert(0, "#")
    if after[:1] == ":" and author.casefold() not in L.CONNECTOR_WORDS:
        words.append(":")  # ("Published: DATE" over an article is no "+5 #1 Ann DATE";
        # "« on: DATE »" over an opening post is "« Reply #2 on: DATE »")
    return () if len(words) == 1 else (" ".join(words),)


def _loose_word(word: str) -> bool:
    """A word a header line may print or not around the same template: the date's
    weekday, a connector ("by Ann May 2" is "Ann May 2")."""
    return word in WEEKDAYS or word in L.CONNECTOR_WORDS


# A handle, then its owner's full name in parentheses ("ann_lee (Ann Lee)").
_HANDLE = re.compile(r"^([^\s()]{2,40}) \([^()]{1,60}\)$")


def _handle(author: str) -> str:
    """Of a user's handle printed with their full name (or a line about them) after it
    in parentheses ("ann_lee (Ann Lee)", "bob (Bob - I write code.)"), the handle: the
    name the forum knows them by, whatever the full name reads like."""
    match = _HANDLE.match(author)
    return match.group(1) if match is not None else author


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
    reply_to: str | None = None  # the author a "Reply to NAME" line in the header names
    headless: bool = False  # no header block: a score alone over the body
    lone: bool = False  # the page's one post, signed as its opening post is
    depth: int | None = None  # its depth, where the list reads its own nesting
    closing: bool = False  # its stamp closes the body: a signature under it
    opened: bool = False  # its stamp is the list item opening it, no name over the date
    glued: int = 0  # characters of the author line that are the header, the body after
    # them on that line ("Ann:text", `_colon_posts`); 0: the author line is header alone
    stamped: int = 0  # characters closing the author line that are its stamp, not its
    # body ("推 ann: text 1.2.3.4 04/02 13:01", `_one_line_posts`)
    two_level: bool = False  # it answers ``reply_to`` in that post's thread, one level
    # down from its opening post (a mention opening the text, "@Ann …": `_colon_posts`)
    # the item threads standing in ``replies`` (set by the page builder)
    reply_runs: list[list[OutlineNode]] = attrs.field(factory=list)
    # the replies in ``replies`` printed as plain lines, each signed at its end
    signed_replies: list[SignedReply] = attrs.field(factory=list)


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
    # ("安：好", `colon_named`); 0: the text opens the line


def forget() -> None:
    """Empty the caches of this module's line readings (see `lines.forget`)."""
    is_name_like.cache_clear()
    _shown.cache_clear()
    _name_key.cache_clear()


def find_posts(
    flat: Sequence[OutlineNode], signed: Sequence[range] = (), signatures: bool = True
) -> list[Post]:
    """The posts of the page's flat post list (empty: the page has none). A date on
    the lines of ``signed`` (line ranges, in order: comments already read by their own
    headers) stamps no post: it is that comment's date. Paragraphs closed by their
    signatures are looked for only where the page may hold some (``signatures``:
    `may_hold_signatures`)."""
    # (a quote box's attribution, "10 hours ago, Ann said:", opens a body, as prose does)
    prose = [_prose_node(n) for n in flat]
    if not any(prose):
        return []
    _unmark_fields(flat, prose)
    _unmark_card_sentences(flat, prose)
    _unmark_repeated_tails(flat, prose)
    _unmark_pictured_names(flat, prose)
    read: dict[int, Stamp | None] = {}  # (the lines' stamps, read once for both)
    controlled = _unmark_named_controls(flat, prose, read)
    best: tuple[float, int, list[Post]] = (0.0, 0, [])
    separators: dict[str, list[int]] = {}
    lone: list[tuple[int, Stamp]] = []
    tried = _stamps(flat, prose, signed, separators, lone, read)[:_TRIED]
    for score, stamps in tried:  # the
        if best[2] and score < best[0]:  # likeliest stamps first; of keys as likely, the
            break  # one whose posts have the most authors told by rule
        told, posts = _posts(flat, prose, stamps)
        cut = _teasers_from(flat, posts)
        if cut:  # (the posts before a list of other pages' teasers: those are no posts)
            kept = [(index, stamp) for index, stamp in stamps if index < posts[cut].stamp]
            told, posts = _posts(flat, prose, kept) if len(kept) >= 2 else (0, [])
        if told > best[1]:
            best = (score, told, posts)
    if len(tried) >= 2 and best[2]:  # (answers and the comments under them: two templates)
        nested = _nested_templates(flat, prose, [stamps for _, stamps in tried])
        if nested is not None and len(nested) > len(best[2]):
            best = (best[0], best[1], nested)
    if len(tried) >= 2 and best[2]:  # (answers signed under their bodies, the comments
        carded = _carded_over(flat, prose, tried, best[2])  # under them signed too)
        if carded is not None:
            best = (best[0], best[1], carded)
    one_line = _one_line_posts(flat)
    if len(one_line) > len(best[2]):  # (a post a line: "tag name: text DATE")
        return _in_order(one_line)
    if signatures:  # no header block: signatures close the posts' paragraphs
        signed_posts = _signed_paragraphs(flat, prose)
        if len(signed_posts) > len(best[2]):
            return _in_order(signed_posts)
    if not best[2] and separators:  # no stamp at all: a bare line repeated between posts
        best = (0.0, 0, _separated_posts(flat, prose, separators))
    if not best[2] and lone:  # one post, signed as the page's opening post is
        return _in_order(_lone_post(flat, prose, lone))
    found = _without_copies(flat, _without_unnamed_first(_without_unnamed_last(best[2])))
    return _in_order(_uncontrolled(flat, found, controlled))


def _in_order(found: list[Post]) -> list[Post]:
    """The posts with their line ranges in order and apart, whatever rule read them:
    each post from the end of the one before on (a header block reaching up into the
    post before is cut there), its body inside it (a body read over the first line of
    its header block starts the post), so that no line of the page is two posts' or a
    post's and the article's."""
    floor = 0
    for post in found:
        post.start = max(floor, min(post.start, post.body_start))
        post.header = [i for i in post.header if i >= post.start]
        if post.author_line is not None and post.author_line < post.start:
            post.author_line = None
        post.body_start = max(post.body_start, post.start)
        post.body_end = max(post.body_end, post.body_start)
        post.end = max(post.end, post.body_end)
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


def _without_unnamed_first(found: list[Post]) -> list[Post]:
    """The posts but a first one that names nobody, before posts that each name their
    author (`_NAMED_BEFORE` at least) and whose dates share one form that its date
    does not have: the page's entry, dated as its comments are but by another template
    (a journal's "2022-10-04 06:41 pm" over the entry, each comment's "2022-10-05 12:37
    AM (UTC)" over its author), is the article; a post whose author went unread keeps
    its place."""
    named = found[1:]
    if (
        len(named) >= _NAMED_BEFORE
        and found[0].author is None
        and not found[0].headless
        and not found[0].lone
        and all(post.author is not None for post in named)
        and len(forms := {_date_form(post.date) for post in named}) == 1
        and _date_form(found[0].date) not in forms
    ):
        return named
    return found


def _date_form(date: str | None) -> str | None:
    """A date as its template prints it, the numbers and the half of the day aside
    ("2022-10-05 12:37 AM (UTC)": "0-0-0 0:0 AM (UTC)", as "… 07:47 PM (UTC)" is)."""
    return None if date is None else _HALF_DAY.sub("AM", _DIGITS.sub("0", date))


_HALF_DAY = re.compile(r"\b[AP]M\b")


def _author_below(post: Post) -> bool:
    """The post's author line stands below its stamp, past other lines."""
    return post.author_line is not None and post.author_line - post.stamp >= _LINES_BETWEEN


def _nested_templates(
    flat: Sequence[OutlineNode], prose: list[bool], keyed: list[list[tuple[int, Stamp]]]
) -> list[Post] | None:
    """The posts of two stamp templates, one nested in the other: the posts of the
    template printed first at the top level (a Q&A page's answers), each run of the
    other's under the post before it as its replies (the comments on an answer), where
    every such post counts its replies just before them ("View 12 comments", "86 条评论"),
    as many or more than the run holds. None where no two templates nest so."""
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
            if not _counts_over_runs(flat, merged, replies):
                continue  # (the cheap test first: no count over some run of the second)
            _, posts = _posts(flat, prose, merged)
            if len(posts) == len(merged) and _counted_runs(flat, prose, posts, replies):
                for post in posts:
                    post.depth = int(post.stamp in replies)
                return posts
    return None


_UNNESTED = frozenset(("signed", "scored", "bar", "bare"))  # keys that make no such template


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


def _stamps(
    flat: Sequence[OutlineNode],
    prose: list[bool],
    signed: Sequence[range] = (),
    separators: dict[str, list[int]] | None = None,
    lone: list[tuple[int, Stamp]] | None = None,
    read: dict[int, Stamp | None] | None = None,
) -> list[tuple[float, list[tuple[int, Stamp]]]]:
    """The lines that may stamp posts, by key, the likeliest first: keys that repeat
    with prose between their lines, running post numbers above all. Dates on the
    lines of ``signed`` (comments read by their headers) are left out. The lines that
    may separate posts where nothing stamps them (`_separator`) are put in
    ``separators``, by their text; the stamp of a lone signed post (`_paired_stamps`),
    the opening post's stamp before it, in ``lone``. ``read``: lines whose
    `_line_stamp` was read already, by index (taken out as they are used here)."""
    by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]] = {}
    prose_before = _running_count(prose)
    followed: set[int] = set()  # stamps with another stamp after them in their block
    previous = -1
    covered = 0  # the lines up to here were read with a wrapped stamp above them: a date
    # or a time alone on one of them is that stamp's
    unframed: list[tuple[int, Stamp]] = []  # dated lines of a name and controls, maybe
    short_prose: list[int] = []  # prose lines short enough to stamp a post
    for index, node in enumerate(flat):
        if prose[index]:
            if len(node.text) <= _MAX_STAMP:
                short_prose.append(index)
            continue
        if read is not None and index in read:  # (read already: taken over, not read again)
            stamp = _kept_stamp(node, read.pop(index), True)
        else:
            stamp = read_stamp(node, unframed=True)
        if index < covered and (stamp is None or stamp.key[0] in _WRAPPED_PIECES):
            continue
        if stamp is None and index + 1 < len(flat):
            stamp = read_wrapped_stamp(flat, index, prose[index + 1])
        elif stamp is not None and node.text[-1:] == "," and index + 1 < len(flat):
            stamp = _time_wrapped(node, flat[index + 1], stamp)
        if stamp is not None and stamp.key[0] == "clock" and _date_wrapped_into(flat, index):
            stamp = None  # (the time of a date on the line above, wrapped: "» Tue Aug 27, 2019")
        if stamp is None:
            stamp = _avatar_stamp(flat, index)
        if stamp is None:
            if separators is not None and (word := _separator(node)) is not None:
                separators.setdefault(word, []).append(index)
            continue
        if stamp.key[0] == "unframed":
            unframed.append((index, stamp))
            continue
        if stamp.number is None and _within(node.line, signed):
            continue  # (a post number stays one: the surest stamp a page can have)
        covered = index + 1 + stamp.wrapped  # ("by [Ann" over "Lee](…) \- Sunday, …": one)
        by_key.setdefault(stamp.key, []).append((index, stamp))
        if stamp.key[0] == "bare":
            continue  # (a bare number in a header block is mostly a counter)
        if previous >= 0 and prose_before[previous] == prose_before[index]:
            followed.add(previous)
        previous = index
    _drop_rare_fielded(by_key)
    _drop_beside_strays(by_key)
    if len(unframed) >= _BARE_RUN:
        _framed(unframed, by_key)
        _framed_with_notes(flat, prose, short_prose, by_key)
    _join_floors(by_key, unframed)
    for key in [key for key in by_key if key[0] == "tail"]:
        _tail_or_date(flat, by_key, key, prose)
    for key in [key for key in by_key if key[0] == "header"]:
        _join_wrapped_dates(flat, by_key, key)  # (names joined: no label, see below)
    for key, found in list(by_key.items()):
        authors = {_name_key(stamp.author or "") for _, stamp in found}
        label_text = _label_author(authors) if key[0] == "header" and len(found) >= 3 else None
        if label_text is not None and not (
            len(authors) == 1 and _numbers_run([stamp.number for _, stamp in found], strictly=True)
        ):  # (one name on every numbered post is the name all post under: "Anonymous")
            # the same "author" on every stamp is a field's label ("Joined: DATE"), or a
            # running count ("Reply #2 on: DATE"): a dated line keyed by its label, as
            # "Posted DATE" is
            label = ("date", key[1], label_text)
            del by_key[key]
            by_key[label] = [
                (i, Stamp(label, number=stamp.number, date=stamp.date)) for i, stamp in found
            ]
    for key, found in by_key.items():
        if key[0] == "header" and len(found) >= _BARE_RUN:
            _unlabel_authors(found)
            _uncount_authors(found)
            _drop_member_numbers(flat, found)
    _name_dates(flat, by_key, prose_before)
    for key, found in by_key.items():
        if key[0] == "header" and len(found) >= _BARE_RUN:
            _unglue_verbs(found)
    _profile_dates(flat, prose, by_key)
    _named_numbered(by_key)
    _join_marked_headers(by_key)
    _join_unnamed_items(flat, by_key)
    _join_numbered(by_key)
    _join_dotted_labels(flat, by_key)
    _join_templated_dates(flat, prose, by_key)
    _join_wrapped_numbers(flat, by_key)
    _join_undated_headers(flat, prose, by_key)
    if lone is not None:
        lone.extend(_paired_stamps(flat, prose, by_key, followed))
    scored: list[tuple[float, int, list[tuple[int, Stamp]]]] = []
    for key, found in by_key.items():
        if key[0] == "bar" and len(found) >= 2:  # (a bar with its age closes each body)
            signing = [(i, attrs.evolve(stamp, key=("signed", *key[1:]))) for i, stamp in found]
            scored.append((len(signing) + 0.3, -signing[0][0], signing))
            continue
        dated = [(i, stamp) for i, stamp in found if not stamp.undated]  # (the undated
        if key[0] in ("header", "number+date") and len(dated) >= 2:  # open their bodies)
            # (a numbered stamp closes its body only glued over the next one's)
            signing = _closing_stamps(flat, prose, prose_before, dated, key[0] != "header")
            if signing:  # (lines that close their posts' bodies: signatures)
                scored.append((len(signing) + 0.3, -signing[0][0], signing))
                continue
        if key[0] == "date" and len(found) >= _BARE_RUN:
            owned = _owned_under_bodies(flat, prose, found)
            if owned:  # (a date under each body, the controls under it naming the poster)
                scored.append((len(owned) + 0.3, -owned[0][0], owned))
                continue
        if _unnamed_dates(key, found) and len(found) >= _BARE_RUN:
            signing = _under_bodies(flat, prose, found)
            if signing:  # (a date and the floor under each body, the name over it)
                running = _numbers_run([stamp.number for _, stamp in signing], strictly=True)
                score = len(signing) + 0.3 + (1000 if running else 0)
                scored.append((score, -signing[0][0], signing))
                continue
        kept = _separated(found, prose_before, flat)
        if key[0] == "date" and kept and _signed_last(flat, prose, prose_before, kept, found[-1]):
            kept.append(found[-1])  # (a signed post's body is over its stamp)
        if key[0] == "bare" and not (len(kept) >= 2 and _counting(kept, prose_before)):
            kept = _scored(flat, found, prose_before)  # (or scores under a count of posts)
            if not kept:
                continue  # (a bare number stamps posts only as a count 1, 2, 3, …)
        elif len(kept) < 2:
            continue
        if key[0] == "avatar" and len({stamp.author for _, stamp in kept}) < 2:
            continue  # (one name by its initial on every stamp: a repeated line, no posts)
        score = float(len(kept))
        if key[-1] != _INITIALS and sum(index in followed for index, _ in kept) * 2 > len(kept):
            # (the date under an avatar's initials and its name is that header's own)
            if key[0] == "date" and key[-1]:  # a labelled date over the post's own
                continue  # ("edited DATE" over "answered DATE", a join date)
            score /= 4  # (a post number over its date, a stamp wrapped in its date)
        if key[-1] == _PROFILE:
            score /= 4  # (a field of the poster's profile: tried after the posts' dates)
        numbers = [stamp.number for _, stamp in kept]
        if key[0] == "header":
            score += 0.3
        if _numbers_run(numbers, most=key[0] == "header"):
            score += 1000  # running post numbers: the surest stamp a page can have
        if flat[kept[0][0]].column > 1 and flat[kept[0][0]].marker is None:
            score /= 2  # stamps inside list items: those of replies, under the posts
        scored.append((score, -kept[0][0], kept))
    scored.sort(key=lambda item: item[:2], reverse=True)
    return [(score, kept) for score, _, kept in scored]


_NUMBER_CLOSING = re.compile(r"(?<!\S)#[0-9]+$")  # a post's number closing a line ("… #281130")


def _join_wrapped_numbers(
    flat: Sequence[OutlineNode], by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]
) -> None:
    """Join to a key of numbered dates ("#281051 - 01/22/07 09:02 PM") the dates whose
    number closes the line over them, a long title having pushed the date onto a line
    of its own ("Re: Shooting film at -25C [Re: Ann] #281130" over "- 01/23/07 02:48
    PM"): read joined, they make a stamp of that key."""
    numbered = {key for key, found in by_key.items() if key[0] == "number+date" and len(found) >= 2}
    if not numbered:
        return
    for key, found in list(by_key.items()):
        if key[0] != "date":
            continue
        kept: list[tuple[int, Stamp]] = []
        for index, stamp in found:
            closing = _NUMBER_CLOSING.search(flat[index - 1].text) if index else None
            node = flat[index]
            joined = (
                _read_stamp(f"{closing.group(0)} {node.marker or ''} {L.plain(node.text)}", None)
                if closing is not None
                else None
            )
            if joined is not None and joined.key in numbered:
                by_key[joined.key].append((index, joined))
            else:
                kept.append((index, stamp))
        if len(kept) < len(found):
            by_key[key] = kept
    for key in numbered:
        by_key[key].sort(key=lambda item: item[0])
    for key in [key for key, found in by_key.items() if not found]:
        del by_key[key]


def _header_label(flat: Sequence[OutlineNode], found: list[tuple[int, Stamp]]) -> str | None:
    """The label a key's dated headers print before their names ("by " of "by Ann (42)
    on May 2, 2008"), the same on three in four and three at least; None where they
    print none or differ."""
    labels: Counter[str] = Counter()
    for index, stamp in found:
        shown = L.plain(flat[index].text)
        at = shown.find(stamp.author or "\n")
        labels[shown[:at] if at > 0 else ""] += 1
    label, count = labels.most_common(1)[0]
    if count < _BARE_RUN or count * 4 < len(found) * 3:
        return None
    return label if label[-1:] == " " and any(ch.isalpha() for ch in label) else None


def _undated_header(node: OutlineNode, label: str) -> str | None:
    """The name a line prints after ``label`` alone, no date after it ("by Ann (42)"):
    an abbreviated post's header; None otherwise."""
    if node.text[-1:] in _CLOSING_MARKS:
        return None  # (a sentence: "… by Ann.")
    shown = L.plain(node.text)
    if not shown.startswith(label) or len(shown) > _MAX_STAMP or find_date(shown) is not None:
        return None
    name = _USER_NUMBER.sub("", _handle(L.without_address(shown[len(label) :] + " ").strip()))
    if name.count("(") != name.count(")") or name.casefold() in L.CONNECTOR_WORDS:
        return None  # (a line wrapped inside its parentheses: "by Ann (9 comments")
    return name if is_name_like(name) else None


_CLOSING_MARKS = ".!?:,;"
_BODY_REACH = 3  # lines under an undated header its body's prose opens within (wrapped)
_USER_NUMBER = re.compile(r"(?<=\S) \([0-9]{1,12}\)$")  # the member's number: "Ann Lee (42)"


def _join_undated_headers(
    flat: Sequence[OutlineNode],
    prose: list[bool],
    by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]],
) -> None:
    """Join to a key of labelled dated headers ("by Ann (42) on May 2, 2008 (#301)",
    three or more, the same label before each name) the lines that print that label and
    a name alone over a body ("by Bob (77)": a post the page shows abbreviated, its
    date left out; its prose within `_BODY_REACH` lines, a wrapped line's short start
    aside), at the key's list marker: read as that key's undated stamps."""
    for key, found in list(by_key.items()):
        if key[0] != "header" or len(found) < _BARE_RUN:
            continue
        label = _header_label(flat, found)
        if label is None:
            continue
        taken = {index for index, _ in found}
        marker = key[1]
        joined = [
            (index, Stamp(key, author=name, undated=True))
            for index, node in enumerate(flat)
            if index not in taken
            and not prose[index]
            and any(prose[index + 1 : index + 1 + _BODY_REACH])
            and (_DIGITS.sub("N", node.marker) if node.marker else "") == marker
            and (name := _undated_header(node, label)) is not None
        ]
        if joined:
            by_key[key] = sorted(found + joined, key=lambda item: item[0])


_UNDER_STAMPS = 0.8  # share of a key's stamps the template's one line is printed under


def _join_templated_dates(
    flat: Sequence[OutlineNode],
    prose: list[bool],
    by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]],
) -> None:
    """Join to a key of dates the lines its stamps' template prints them at that read
    otherwise: a weekday alone ("Monday" among "2 weeks ago"), a date with a tail ("2
    weeks ago - last edited on 11-08-2023 by Ann", prose no more). Such a line is a
    date or a weekday, short, and stands over the line the template prints under
    (nearly) every stamp of the key (the first of its controls, "Mark as New"), three
    stamps at least, at a column and with a list marker of the key's stamps."""
    for key, found in list(by_key.items()):
        if key[0] != "date" or key[-1] or len(found) < _BARE_RUN:
            continue
        texts = Counter(_name_key(flat[i + 1].text) for i, _ in found if i + 1 < len(flat))
        text, count = texts.most_common(1)[0] if texts else ("", 0)
        if not text or count < _UNDER_STAMPS * len(found):
            continue
        stamped = {i for i, _ in found}
        columns = {flat[i].column for i, _ in found}
        joined = [  # (the cheap tests first: a page's every line is looked at)
            (i, Stamp(key, date=L.plain(flat[i].text).strip("\u200e ")))
            for i in range(len(flat) - 1)
            if flat[i].column in columns  # (printed as the key's stamps are)
            and len(flat[i].text) <= _MAX_STAMP
            and i not in stamped
            and _marker_key(flat[i]) == key[1]
            and _name_key(flat[i + 1].text) == text
            and _dated_or_weekday(flat[i].text)
        ]
        if joined:
            by_key[key] = sorted([*found, *joined], key=lambda item: item[0])
        for index, _ in joined:  # (a date with a long tail may read as a sentence)
            prose[index] = False


def _dated_or_weekday(text: str) -> bool:
    """A line that holds a date, or opens with a weekday ("Monday", "Tue 9:15 AM")."""
    shown = L.plain(text).strip("\u200e ")
    if find_date(shown) is not None:
        return True
    words = shown.split()
    return bool(words) and words[0].rstrip(".,").casefold() in WEEKDAYS


def _drop_beside_strays(by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]) -> None:
    """Where half the stamps of a header key at least are named by a row's first cell,
    printed beside the header cell (`_author_in_first_cell`, w3m's profile column),
    drop the others of the key ("Joined: 27 May 2003  ____": a field of that column
    beside a body's line, read as "Joined" by its date), three such stamps at least."""
    for key, found in by_key.items():
        beside = [item for item in found if item[1].beside]
        if key[0] == "header" and len(beside) >= _BARE_RUN and 2 * len(beside) >= len(found):
            by_key[key] = beside


def _drop_rare_fielded(by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]) -> None:
    """Drop the keys that fewer than three lines share where one of them was read
    without a field after its date (`_field_after_date`): a row of fields printed once
    or twice ("Released: 03.11.2015 Publisher: …" of a book's card) is a body's."""
    for key in [key for key, found in by_key.items() if len(found) < _BARE_RUN]:
        if any(stamp.fielded for _, stamp in by_key[key]):
            del by_key[key]


_CLOCK_IN = re.compile(r"[0-9]:[0-5][0-9]")  # a time of day, somewhere in a date
_INITIALS = "initials"  # the last part of the key of avatars printed as initials
_PROFILE = "profile"  # the last part of a profile field's date key (`_profile_dates`)
_POSTED = "under a profile"  # the key's part of the posts' dates under those fields
_RETURNS = 2  # dates printed again after another one came between, at least


def _returns(dates: list[str]) -> int:
    """How many of ``dates`` (in page order) repeat one printed before another date came
    between: a poster's join date comes back on each of their posts, in no order;
    posts' own dates run on (several posts of one day stand next to each other)."""
    seen: set[str] = set()
    back = 0
    for before, date in zip([None, *dates], dates, strict=False):
        if date in seen and date != before:
            back += 1
        seen.add(date)
    return back


def _owned(
    flat: Sequence[OutlineNode], prose: list[bool], lines: list[int], dates: list[str]
) -> int | None:
    """How far over its field a date printed on several of ``lines`` has its owner, if
    each such date is one poster's: a line over it (in its block, up from the line above
    the previous one) comes with it every time and with no other date, as a name over
    its join date does ("Ann" over "Joined: DATE" on each post of Ann's; the topmost of
    such lines, over the poster's rank), at one distance on every post that prints it;
    dates of posts printed alike ("2 hours ago", "July 26, 2019") stand under different
    names. None if some date is no one's, or the owners stand at several distances."""
    over: list[dict[str, int]] = []
    for at, index in enumerate(lines):
        low = max(lines[at - 1] + 1 if at else 0, index - _MAX_BLOCK)
        seen: dict[str, int] = {}
        for i in range(index - 1, low - 1, -1):  # (up to the body above: its lines
            if prose[i]:  # and its signature are the post's above, perhaps by the
                break  # same poster each time)
            seen[_name_key(flat[i].text)] = i
        seen.pop("", None)
        over.append(seen)
    by_date: dict[str, list[int]] = {}
    for at, date in enumerate(dates):
        by_date.setdefault(date, []).append(at)
    with_dates: dict[str, set[str]] = {}  # each line's text → the dates it stands over
    for seen, date in zip(over, dates, strict=True):
        for text in seen:
            with_dates.setdefault(text, set()).add(date)
    distances: set[int] = set()
    for ats in by_date.values():
        if len(ats) < 2:
            continue
        common = {  # (over each of its posts, and over no other date: one pass a page)
            text
            for text in set.intersection(*(set(over[at]) for at in ats))
            if len(with_dates[text]) == 1
        }
        if not common:
            return None
        for at in ats:
            distances.add(lines[at] - min(over[at][text] for text in common))
    return distances.pop() if len(distances) == 1 else None


def _owner(flat: Sequence[OutlineNode], index: int) -> str | None:
    """The name on line ``index`` (where the posts' owners stand over their fields)."""
    text = flat[index].text if 0 <= index < len(flat) else ""
    return _display(text) if is_name_like(text) else None


def _unstamped_date(flat: Sequence[OutlineNode], index: int) -> str | None:
    """The date on a line no stamp was read from, if it has one: the post's subject, date
    and controls, too long to stamp it ("Sujet: Re: Tomates … Mar 8 Mar - 18:47 Citer
    Signaler ce message"), or wrapped by the converter."""
    text = flat[index].text
    if len(text) > 8 * _MAX_STAMP or _DIGIT.search(text) is None:
        return None
    shown = L.plain(text)  # (as shown: a link's target is no length)
    if len(shown) > 4 * _MAX_STAMP:
        return None
    date = find_date(shown)
    return None if date is None else shown[date.start() : date_extent(shown, date)]


def _profile_dates(
    flat: Sequence[OutlineNode],
    prose: list[bool],
    by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]],
) -> None:
    """A date key that is a field of the poster's profile ("Date d'inscription :
    02/02/2022", "Registered: 02/17/05"), not the posts' stamp: its dates carry no time,
    come back after others (two at least) and are each one poster's (`_owned`: a line
    over the field comes with each such date, at one distance over it). Where the first
    dated line under each field (before the next one, `_MAX_AFTER` lines at most) is no
    stamp's and their dates run on, those lines stamp the posts (the post's own date
    under the card), the owner's line names each post, and the field's key stays only
    as an unlikelier one; else the field stamps the posts (the post's date over the
    card, the body under it), each named by its owner's line when every one is a name."""
    for key, found in list(by_key.items()):
        if key[0] != "date" or len(found) < 3:
            continue
        dates = [stamp.date or "" for _, stamp in found]
        if any(_CLOCK_IN.search(date) for date in dates) or _returns(dates) < _RETURNS:
            continue
        lines = [index for index, _ in found]
        distance = _owned(flat, prose, lines, dates)
        if distance is None:
            continue
        names = [_owner(flat, index - distance) for index in lines]
        stamped = {index for items in by_key.values() for index, _ in items}
        under: list[tuple[int, str]] = []
        for at, index in enumerate(lines):
            high = min(lines[at + 1] if at + 1 < len(lines) else len(flat), index + _MAX_AFTER)
            dated = (
                (i, date)
                for i in range(index + 1, min(high + 1, len(flat)))
                if i not in stamped and (date := _unstamped_date(flat, i)) is not None
            )
            first = next(dated, None)
            if first is None:
                break
            under.append(first)
        if len(under) < len(lines) or _returns([date for _, date in under]):
            if all(name is not None for name in names):
                by_key[key] = [
                    (index, attrs.evolve(stamp, author=name))
                    for (index, stamp), name in zip(found, names, strict=True)
                ]
            continue
        posted = ("date", key[1], _POSTED)
        by_key[posted] = [
            (index, Stamp(posted, author=name, date=date))
            for (index, date), name in zip(under, names, strict=True)
        ]
        profile = (*key, _PROFILE)
        by_key[profile] = [(i, attrs.evolve(stamp, key=profile)) for i, stamp in by_key.pop(key)]


def _tail_or_date(
    flat: Sequence[OutlineNode],
    by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]],
    key: tuple[str, ...],
    prose: list[bool],
) -> None:
    """Date lines closed by controls ("2 years ago 3 Likes Like Reply"): a bar that closes
    each body (keyed "bar", `_named_above_bodies`) where (nearly) every one of them
    stands right under prose (or under the last words of a paragraph wrapped at the
    converter's width, "stable."), two at least; else a header's date line, keyed as a
    date alone."""
    found = by_key.pop(key)
    under = sum(_under_prose(flat, prose, index) for index, _ in found)
    if len(found) >= 2 and 4 * under >= 3 * len(found):
        by_key[("bar", *key[1:])] = [(i, attrs.evolve(s, key=("bar", *key[1:]))) for i, s in found]
        return
    dated = ("date", key[1], "")
    joined = by_key.setdefault(dated, [])
    joined.extend((i, attrs.evolve(stamp, key=dated)) for i, stamp in found)
    joined.sort(key=lambda item: item[0])


def _under_prose(flat: Sequence[OutlineNode], prose: list[bool], index: int) -> bool:
    """Line ``index`` stands right under prose, or under the last words of a paragraph
    the converter wrapped at its width ("stable." under a line of prose)."""
    if index > 0 and prose[index - 1]:
        return True
    return index > 1 and prose[index - 2] and not flat[index - 2].blank_after


def _framed(
    unframed: list[tuple[int, Stamp]], by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]
) -> None:
    """Header stamps of dated lines that print a name, then the same controls on every
    post, then the date (`_unframed`: "Ann Lee View profile More options Mar 14 2009"):
    the words the most lines end their text before the date with, `_BARE_RUN` lines at
    least, and a name before them that differs from line to line; a line whose words
    there differ in one word (a toggle: "Hide options") is one more of them."""
    words = [(stamp.named or "").split() for _, stamp in unframed]
    ends: Counter[tuple[str, ...]] = Counter()
    for split in words:
        ends.update(tuple(split[-size:]) for size in range(2, len(split)))
    frames = [end for end, count in ends.items() if count >= _BARE_RUN]
    if not frames:
        return
    frame = max(frames, key=lambda end: (ends[end], len(end)))  # (the longest of the commonest)
    size = len(frame)
    found: list[tuple[int, Stamp]] = []
    for (index, stamp), split in zip(unframed, words, strict=True):
        tail = split[-size:]
        if len(split) <= size or sum(a != b for a, b in zip(tail, frame, strict=True)) > 1:
            continue
        name = " ".join(split[:-size])
        if is_name_like(name):
            found.append(
                (index, Stamp(("header", stamp.key[1], "framed"), author=name, date=stamp.date))
            )
    if len(found) >= _BARE_RUN and len({stamp.author for _, stamp in found}) >= 2:
        by_key[found[0][1].key] = found


_NOTE_WORDS = 4  # words of a note after a header's date and time, at most


def _framed_with_notes(
    flat: Sequence[OutlineNode],
    prose: list[bool],
    short_prose: list[int],
    by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]],
) -> None:
    """Lines read as prose that print the header `_framed` found (a name, the frame's
    words, a date) and a short note after its date and time ("Ann Lee added a comment -
    13/Mar/23 5:28 PM Restricted to Developers", "… 8:28 PM - edited"): a few words, no
    sentence's end; they stamp their posts too (and are no prose). A longer text after
    the date (a collapsed copy of the comment, "… 11:15 AM I can reproduce this on …")
    stays prose."""
    framed = next((found for key, found in by_key.items() if key[2:] == ("framed",)), None)
    if not framed or not short_prose:
        return
    frame = framed[0][1]
    named = read_stamp(flat[framed[0][0]], unframed=True)  # (the frame's words, as printed)
    if named is None or named.named is None or frame.author is None:
        return
    words = named.named[len(frame.author) :].split()
    added = []
    for index in short_prose:
        stamp = read_stamp(flat[index], unframed=True)
        if stamp is None or stamp.key[0] != "unframed" or stamp.named is None:
            continue
        split = stamp.named.split()
        name = " ".join(split[: -len(words)])
        if split[-len(words) :] != words or not name or not is_name_like(name):
            continue
        line = L.without_edit_mark(L.plain(flat[index].text))
        date = find_date(line)
        note = line[date_extent(line, date) :].strip() if date is not None else ""
        if len(note.split()) > _NOTE_WORDS or note[-1:] in ".!?…":
            continue
        added.append((index, Stamp(frame.key, author=name, date=stamp.date)))
        prose[index] = False
    if added:
        by_key[frame.key] = sorted([*framed, *added], key=lambda item: item[0])


def _unlabel_authors(found: list[tuple[int, Stamp]]) -> None:
    """Where (nearly) every stamp's author ends in the same label closed by a colon,
    glued to the name ("名前：Annさん投稿日：", "名前：bob投稿日：": the date's label, a converter
    dropped the space before it), the names without it, and without the name's own label
    where they all open with one ("名前：")."""
    labelled = [stamp for _, stamp in found if (stamp.author or "")[-1:] in (":", "：")]
    if 4 * len(labelled) < 3 * len(found):
        return
    authors = [stamp.author or "" for stamp in labelled]
    shared = _common_start([author[::-1] for author in authors])[::-1]
    if len(shared) < 2 or any(len(author) <= len(shared) for author in authors):
        return
    names = [author[: -len(shared)] for author in authors]
    opening = _common_start(names)
    label = max(opening.rfind(":"), opening.rfind("："))
    if label > 0 and all(len(name) > label + 1 for name in names):
        names = [name[label + 1 :].lstrip() for name in names]
    for stamp, name in zip(labelled, names, strict=True):
        stamp.author = name


_GLUED_VERB = 2  # characters of a word glued after every name, at least


def _unglue_verbs(found: list[tuple[int, Stamp]]) -> None:
    """Where every stamp's author ends in the same word of Chinese or Japanese letters
    glued to the name ("zhangfan-dev发表于", "luoyesong发表于": the verb of "NAME posted
    DATE", those scripts putting no space between words), two names at least, the names
    without it."""
    authors = [stamp.author or "" for _, stamp in found]
    shared = _common_start([author[::-1] for author in authors])[::-1]
    if len(shared) < _GLUED_VERB or _CJK.sub("", shared):
        return
    names = {author[: -len(shared)].rstrip() for author in authors}
    if "" in names or len(names) < 2:
        return
    for _, stamp in found:
        stamp.author = (stamp.author or "")[: -len(shared)].rstrip()


def _named_numbered(by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]) -> None:
    """Dates after one name-like word, the same on every line, closed by post numbers that
    run up the page ("Anonymous 03/14/21(Sun)13:25:44 No.16204131"): headers naming that
    word, of one key with the page's other numbered headers ("ann !trip DATE No.N") where
    the numbers run on across both."""
    for key in [key for key in by_key if key[0] == "date" and key[-1]]:
        found = by_key[key]
        if len(found) < 2 or not is_name_like(key[-1]) or _DIGIT.search(key[-1]):
            continue  # (not a running count's label: "Reply #0")
        if not _numbers_run([stamp.number for _, stamp in found], strictly=True):
            continue
        header = ("header", key[1])
        joined = sorted(
            [
                *by_key.get(header, []),
                *((i, attrs.evolve(s, key=header, author=key[-1])) for i, s in found),
            ],
            key=lambda item: item[0],
        )
        if not _numbers_run([stamp.number for _, stamp in joined], most=True, strictly=True):
            continue  # (a header line whose number the converter wrapped onto the next)
        del by_key[key]
        by_key[header] = joined


def _numbers_run(numbers: list[int | None], most: bool = False, strictly: bool = False) -> bool:
    """The stamps' post numbers run up the page: printed on every stamp (``most``: on
    three in four at least, as on header lines whose converter wrapped the others'
    numbers onto the next line), in order (``strictly``: each above the one before, as
    where one name on every numbered post is the name all post under, "Anonymous")."""
    printed = [number for number in numbers if number is not None]
    if len(printed) < len(numbers) and not (most and 4 * len(printed) >= 3 * len(numbers)):
        return False
    if strictly:
        return all(a < b for a, b in itertools.pairwise(printed))
    return printed == sorted(printed)


_COUNTED_LABEL = re.compile(r"^([^\W\d_]{2,20}) #?[0-9]{1,6} (?=\S)")  # "Comment 5 "


def _uncount_authors(found: list[tuple[int, Stamp]]) -> None:
    """Where (nearly) every stamp's author opens with one word and a number that runs
    ("Comment 1 Ann Lee", "Comment 2 bob"), the names without them."""
    counted = [
        (stamp, match)
        for _, stamp in found
        if (match := _COUNTED_LABEL.match(stamp.author or "")) is not None
    ]
    if 4 * len(counted) < 3 * len(found) or len({m.group(1) for _, m in counted}) != 1:
        return
    for stamp, match in counted:
        stamp.author = (stamp.author or "")[match.end() :]


def _drop_member_numbers(flat: Sequence[OutlineNode], found: list[tuple[int, Stamp]]) -> None:
    """Where (nearly) every stamp prints a number in parentheses right after its
    author's name (the member's number: "by Ann Lee (4213) on DATE", "by bob (77) on
    DATE", the handle's read off already, `_handle`), the names without it."""
    numbered = sum(
        _USER_NUMBER.search(author) is not None
        or re.search(re.escape(author) + r" \([0-9]{1,12}\)", L.plain(flat[index].text)) is not None
        for index, stamp in found
        if (author := stamp.author)
    )
    if 4 * numbered < 3 * len(found):
        return
    for _, stamp in found:
        stamp.author = _USER_NUMBER.sub("", stamp.author or "") or stamp.author


def _common_start(texts: list[str]) -> str:
    """The longest text every one of ``texts`` starts with."""
    first, last = min(texts), max(texts)  # (what the least and the greatest share, all do)
    size = next((i for i, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), None)
    return first if size is None else first[:size]


def _label_author(authors: set[str]) -> str | None:
    """The label the stamps of one header key print where their "authors" (name keys)
    are one text (a field's label, "Joined"), or, a lone connector word aside (the
    first post's "« on: DATE »"), three texts at least that differ only in their
    digits (a running count, "Reply #2", "Reply #3"); None when they are names."""
    if len(authors) == 1:
        return next(iter(authors))
    counted = authors - L.CONNECTOR_WORDS
    shapes = {_DIGITS.sub("0", author) for author in counted}
    if len(shapes) == 1 and len(counted) >= 3:
        return shapes.pop()
    return None


def _join_numbered(by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]) -> None:
    """Post numbers alone on their lines ("#2205"), and fewer lines that print one after
    a date (or before it) where the others wrapped it onto a line of its own ("Re: Subject
    2 years ago" over "#2205", but "Subject 2 years ago #2203", shorter, on one line):
    one key, the post numbers'."""
    for key in [key for key in by_key if key[0] == "number"]:
        numbered = by_key[key]
        for other in (("date+number", *key[1:]), ("number+date", *key[1:])):
            joined = by_key.get(other, [])
            if joined and len(joined) < len(numbered):
                del by_key[other]
                numbered += [(i, attrs.evolve(stamp, key=key)) for i, stamp in joined]
        numbered.sort(key=lambda found: found[0])


# a post's floor number closing the text before its date: "…客户端1楼", "… 3楼", "#3", "3#",
# "3F" (the number, perhaps glued, then "#", "F" or one letter that follows no other
# letter: a word's last letter is none, "Ann3" none either)
_FLOOR = re.compile(
    r"(?:^|[^0-9.,:/#])"
    r"(?:#[ ]?([0-9]{1,5})|([0-9]{1,5})[ ]?(?:#|F|[^\W\d_](?<![^\W\d_]{2})))$"
)
_FLOOR_KEY = "#"  # the last part of the key of stamps joined by their floor numbers


def _floor(before: str) -> int | None:
    """The floor number (the post's running number) that closes the text a line prints
    before its date, as a Chinese forum prints it after the poster's place and client
    ("IP属地:浙江来自iPhone客户端1楼 DATE"), or as "#3", "3#", "3F"; None without."""
    match = _FLOOR.search(before.rstrip())
    if match is None:
        return None
    return int(match.group(1) or match.group(2))


def _join_floors(
    by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]], unframed: list[tuple[int, Stamp]]
) -> None:
    """Dated lines whose texts before the date differ from post to post (the poster's
    place, the client posted from) but close with floor numbers (`_floor`) that run up the
    page, each above the one before, `_BARE_RUN` at least, under several keys: one key,
    numbered by the floors, where no key of the page already holds as many stamps."""
    floored: list[tuple[int, Stamp, int]] = []
    keys: set[tuple[str, ...]] = set()
    befores: set[str] = set()  # (the words before the dates: several, or one key holds them)
    for key, found in by_key.items():
        if key[0] != "date" or len(key) != 3 or not key[2]:
            continue
        for index, stamp in found:
            if (floor := _floor(key[2])) is not None:
                floored.append((index, stamp, floor))
                keys.add(key)
                befores.add(key[2])
    stamped = {index for found in by_key.values() for index, _ in found}
    for index, stamp in unframed:
        if index in stamped:
            continue  # (read as a header by its frame: `_framed`)
        if (floor := _floor(stamp.named or "")) is not None:
            floored.append((index, stamp, floor))
            befores.add(stamp.named or "")
    if len(floored) < _BARE_RUN or len(befores) < 2:
        return
    floored.sort(key=lambda item: item[0])
    if not all(a[2] < b[2] for a, b in itertools.pairwise(floored)):
        return
    if any(key[0] != "bare" and len(found) >= len(floored) for key, found in by_key.items()):
        return  # (a key as big: the page's stamps, the floors a part of the posts' text)
    joined = ("date", floored[0][1].key[1], _FLOOR_KEY)
    for key in keys & by_key.keys():
        del by_key[key]
    by_key[joined] = [
        (index, attrs.evolve(stamp, key=joined, number=floor, named=None))
        for index, stamp, floor in floored
    ]


def _unnamed_dates(key: tuple[str, ...], found: list[tuple[int, Stamp]]) -> bool:
    """Stamps of a date key that name no one: a date alone, or after words no name
    (a floor number, the poster's place: `_join_floors`)."""
    if key[0] != "date" or (len(key) == 3 and key[2] and key[2] != _FLOOR_KEY):
        return False
    return all(stamp.author is None and stamp.named is None for _, stamp in found)


_TEMPLATE_SHARE = 0.5  # the share of stamps a line (its digits aside) stands by in a template


def _own_list_top(flat: Sequence[OutlineNode], index: int, low: int) -> int:
    """The first of the items of the stamp's own list glued over it ("• 来自Android客户端",
    "• 1楼" over "• DATE"), down to ``low`` (excluded); ``index`` where none is."""
    node, top = flat[index], index
    while (
        top - 1 > low
        and node.marker is not None
        and flat[top - 1].marker == node.marker
        and flat[top - 1].column == node.column
        and not flat[top - 1].blank_after
    ):
        top -= 1
    return top


def _over_stamp_and_body(
    flat: Sequence[OutlineNode], prose: list[bool], index: int, low: int
) -> tuple[list[int], list[int], bool]:
    """The lines over a stamp up to the prose over it (its own list's items aside), the
    lines over that prose (up to the next prose, a dated line, or ``low``), and whether
    prose is there."""
    at = _own_list_top(flat, index, low) - 1
    over: list[int] = []
    while at > low and index - at <= _MAX_BLOCK and not _said(flat, prose, at):
        over.append(at)
        at -= 1
    said = at > low and _said(flat, prose, at)
    while at > low and _said(flat, prose, at):
        at -= 1
    above: list[int] = []
    while at > low and len(above) < _MAX_BLOCK and not _said(flat, prose, at):
        if _dated(flat[at]):
            break  # (a header over the body, "Ann Over a year ago"; or the stamp of a
            # reply to the post above)
        above.append(at)
        at -= 1
    return over, above, said


def _dated(node: OutlineNode) -> bool:
    """The line is short and holds a date or an age ("Ann Over a year ago": a header
    line, whether it stamps a post or not; a count alone holds none)."""
    shown = L.plain(node.text) if len(node.text) <= 4 * _MAX_STAMP else ""
    return bool(shown) and len(shown) <= _MAX_STAMP and find_date(shown) is not None


def _body_under(flat: Sequence[OutlineNode], prose: list[bool], index: int, reach: int) -> bool:
    """Under the stamp ``flat[index]``, as near as ``reach`` lines (the usual distance from
    a stamp to the prose under it), prose that no dated line closes (a body, as under a
    header's date; replies stamped under their text are none)."""
    at = index + 1
    while at < len(flat) and at - index < reach and not prose[at]:
        at += 1
    if at >= len(flat) or not prose[at]:
        return False
    while at < len(flat) and prose[at]:
        at += 1
    return not any(_dated(flat[i]) for i in range(at, min(at + 2, len(flat))))  # (or
    # under a line the body's last words wrapped onto)


def _varying_names(flat: Sequence[OutlineNode], blocks: list[list[int]], shared: set[str]) -> int:
    """How many of ``blocks`` hold a line that reads as a name and is no template's
    (its text, digits aside, not in ``shared``)."""
    return sum(
        any(
            is_name_like(flat[i].text) and _template_text(flat[i].text) not in shared for i in block
        )
        for block in blocks
    )


def _under_bodies(
    flat: Sequence[OutlineNode], prose: list[bool], found: list[tuple[int, Stamp]]
) -> list[tuple[int, Stamp]]:
    """Dates that name no one and close their posts' bodies, each post's name over its
    body (a forum that prints the floor, the date and the controls under each body,
    "IP属地:浙江来自iPhone客户端1楼2023-03-14 21:07" over "回复收起回复"), keyed "signed"
    (`_named_above_bodies` reads the names); empty where they do not. Told by where the
    names stand: over three in four bodies over the stamps at least, a line that reads as
    a name and differs from post to post (lines that come back by half the stamps, their
    counts aside, are the template's: "回复(2)收起回复"), and between the body and its stamp
    on one in four at most; prose over (nearly) every stamp, the first's as near as the
    others' (a header's date would stand under the section's heading)."""
    lines = [index for index, _ in found]
    blocks = [
        _over_stamp_and_body(flat, prose, index, lines[at - 1] if at else -1)
        for at, index in enumerate(lines)
    ]
    if 4 * sum(said for _, _, said in blocks) < 3 * len(found) or not blocks[0][2]:
        return []
    usual = Counter(len(over) for over, _, _ in blocks[1:]).most_common(1)[0][0]
    if len(blocks[0][0]) != usual:
        return []
    counts: Counter[str] = Counter()
    for over, above, _ in blocks:
        counts.update({_template_text(flat[i].text) for i in (*over, *above)})
    shared = {text for text, count in counts.items() if count >= _TEMPLATE_SHARE * len(found)}
    named_over = _varying_names(flat, [over for over, _, _ in blocks], shared)
    named_above = _varying_names(flat, [above for _, above, _ in blocks], shared)
    numbered = [_floor_over(flat, index, stamp) for index, stamp in found]
    nameless = (  # (names over one body in four at most, none under a body: floors
        4 * named_above <= len(found)  # that run, the bodies over them)
        and named_over == 0
        and _numbers_run(numbered, strictly=True)
    )
    if not nameless and (4 * named_above < 3 * len(found) or 4 * named_over > len(found)):
        return []
    gaps = Counter(_plain_run(prose, index + 1, 1, len(flat)).stop - index for index in lines[:-1])
    if _body_under(flat, prose, lines[-1], gaps.most_common(1)[0][0]):
        return []  # (a date over each post's name and body: the last one's under it)
    under = ("signed", found[0][1].key[1], _UNDER_BODY)
    return [
        (index, attrs.evolve(stamp, key=under, number=_floor_over(flat, index, stamp)))
        for index, stamp in found
    ]


_FLOOR_LINE = 8  # characters of a line that prints a floor number alone ("2楼"), at most


def _floor_over(flat: Sequence[OutlineNode], index: int, stamp: Stamp) -> int | None:
    """The stamp's post number, or the floor number printed alone on the line over it
    ("2楼" over "2016-05-14 21:45": `_floor`); None without."""
    if stamp.number is not None or index == 0:
        return stamp.number
    over = L.plain(flat[index - 1].text).strip()
    return _floor(over) if len(over) <= _FLOOR_LINE else None


_COUNTS = re.compile(r"[0-9()（）]+")  # a count a control prints, its parentheses with it


def _template_text(text: str) -> str:
    """A line's text as a template prints it on every post, counts aside ("回复(2)收起回复":
    "回复收起回复")."""
    return _COUNTS.sub("", _name_key(text))


_UNDER_BODY = "under its body"  # the key's last part of dates `_under_bodies` tells
_OWNED = "owned under its body"  # the key's last part of dates `_owned_under_bodies` tells
_OWNED_SHARE = 0.75  # the share of stamps whose controls name a poster over the body


def _owned_under_bodies(
    flat: Sequence[OutlineNode], prose: list[bool], found: list[tuple[int, Stamp]]
) -> list[tuple[int, Stamp]]:
    """Dates that name no one and close their posts' bodies, the controls line right
    under each naming the poster twice at least ("Ann is offline  Profile for Ann  Send
    Ann a message"), that name printed alone over the body (the header block's first
    line: the name, a rank, the fields, then the body), keyed "signed" and named so
    (`_owned_headers` reads the header blocks); empty where three stamps in four do not
    print so, or where every post names one poster."""
    if any(stamp.author is not None or stamp.named is not None for _, stamp in found):
        return []
    names: list[str | None] = []
    low = -1
    for index, stamp in found:
        owner = _owner_over_body(flat, prose, index, stamp, low)
        names.append(owner[1] if owner else None)
        low = index + stamp.wrapped
    told = [name for name in names if name is not None]
    if len(told) < _OWNED_SHARE * len(found) or len(set(told)) < 2:
        return []
    key = ("signed", found[0][1].key[1], _OWNED)
    return [
        (index, attrs.evolve(stamp, key=key, author=name))
        for (index, stamp), name in zip(found, names, strict=True)
    ]


def _owner_over_body(
    flat: Sequence[OutlineNode], prose: list[bool], index: int, stamp: Stamp, low: int
) -> tuple[int, str] | None:
    """(line, name) of the topmost line between ``low`` and the stamp that prints a name
    alone, the one the line right under the stamp names twice at least (its controls);
    None where there is none, or where no body (prose) stands between the nearest such
    line and the stamp (a header's name right over its date, the body under them)."""
    under = index + stamp.wrapped + 1
    if under >= len(flat):
        return None
    controls = f" {' '.join(L.plain(flat[under].text).split())} "
    wrapped = under + 1  # (the controls wrapped onto the line under them, lynx)
    if wrapped < len(flat) and not flat[under].blank_after and not is_name_like(flat[wrapped].text):
        controls += f"{' '.join(L.plain(flat[wrapped].text).split())} "
    lines = [
        (at, name)
        for at in range(low + 1, index)
        if not prose[at]
        and len(flat[at].text) <= _MAX_STAMP
        and (name := _display(flat[at].text))
        and controls.count(f" {name} ") >= 2
        and is_name_like(flat[at].text)
    ]
    if not lines or not any(_said(flat, prose, at) for at in range(lines[-1][0] + 1, index)):
        return None
    return lines[0]


def _owned_headers(flat: Sequence[OutlineNode], prose: list[bool], posts: list[Post]) -> None:
    """The header blocks of posts whose dates close their bodies, the controls under
    them naming the posters (`_owned_under_bodies`): from the post's name line, printed
    alone over its body, down over the fields under it ("Posts: 16": a label and its
    value) and the rank between; the lines over the name (the controls of the post
    before) are the header's too, and the lines over the stamp that every post prints
    ("Report this post") close the body."""
    bounds = [(post.start, post.stamp) for post in posts]
    counts: Counter[str] = Counter()
    for low, high in bounds:
        counts.update({_template_text(flat[i].text) for i in range(low, high)})
    shared = {text for text, count in counts.items() if 2 * count >= len(posts)}
    for number, post in enumerate(posts):
        low = post.start if number else 0
        author = post.author
        line = next(
            (at for at in range(low, post.stamp) if _display(flat[at].text) == author), None
        )
        if author is None or line is None:
            continue
        body = line + 1
        for at in range(line + 1, min(line + _MAX_AFTER + 1, post.stamp)):
            if prose[at]:
                break
            if _FIELD_LINE.match(L.plain(flat[at].text)):
                body = at + 1
        post.author_line = line
        post.start = min(post.start, line)
        post.body_start = body
        end = post.stamp
        while end > body + 1 and _template_text(flat[end - 1].text) in shared:
            end -= 1
        post.body_end = end
        post.header = sorted(
            {*range(post.start, body), *(i for i in post.header if i >= post.stamp)}
        )
        post.tail = sorted({*post.tail, *range(end, post.stamp)})


_FIELD_LINE = re.compile(r"\w[\w .'-]{0,24}:(\s|$)")  # a profile's field: "Posts: 16"


def _named_over_bodies(flat: Sequence[OutlineNode], prose: list[bool], posts: list[Post]) -> None:
    """The names of posts whose dates close their bodies (`_under_bodies`): over each
    body, the lowest line that reads as a name and is no template's (lines that come back
    between half the stamps, counts aside: "回复(2)收起回复", "[tb]"); the topmost of them
    (a rank or a badge may stand under the name); the first post's, the one that stands
    as far over its body as most others' names do (its block runs up into the page's
    header)."""
    blocks: list[list[int]] = []
    for number, post in enumerate(posts):
        low = posts[number - 1].stamp if number else -1
        at = _own_list_top(flat, post.stamp, low) - 1
        while at > low and not _said(flat, prose, at):
            at -= 1
        first = post.start if number else 0  # (past the controls closing the post before)
        post.body_end = max(at + 1, first)
        post.tail = sorted({*post.tail, *range(post.body_end, post.stamp)})  # (its controls)
        while at > low and _said(flat, prose, at):
            at -= 1  # (up the body over the stamp: replies to the post above stand over it)
        post.body_start = max(at + 1, first)
        post.header = sorted({*post.header, *range(post.start, post.body_start)})
        block: list[int] = []
        while at > low and len(block) < _MAX_BLOCK and not _said(flat, prose, at):
            if _dated(flat[at]):
                break  # (the stamp of a reply to the post above)
            block.append(at)
            at -= 1
        blocks.append(block)  # (nearest the body first)
    bounds = [post.start, *(post.stamp + 1 for post in posts)]
    highs = [*(post.stamp for post in posts), len(flat)]
    counts: Counter[str] = Counter()  # (once between two stamps: over some bodies,
    for low, high in zip(bounds, highs, strict=True):  # replies to the post above stand)
        counts.update({_template_text(flat[i].text) for i in range(low, high) if not prose[i]})
    shared = {text for text, count in counts.items() if 2 * count >= len(posts)}
    named = [
        [
            i
            for i in block
            if is_name_like(flat[i].text) and _template_text(flat[i].text) not in shared
        ]
        for block in blocks
    ]
    distances = Counter(
        post.body_start - names[-1]
        for post, names in zip(posts[1:], named[1:], strict=True)
        if names
    )
    usual = distances.most_common(1)[0][0] if distances else None
    at = posts[0].body_start - usual if usual is not None else -1  # (the first's block
    named[0] = [at] if at in named[0] else []  # runs up into the page's header: its name
    for post, names in zip(posts, named, strict=True):  # stands where most others' do)
        if not names:
            continue
        line = names[-1]
        if usual is not None and post.body_start - usual in names:
            line = post.body_start - usual  # (not a line over the card: an ad's label)
        post.author_line, post.author = line, _display(flat[line].text)
        post.start = min(post.start, line)
        post.header = sorted({*post.header, *range(post.start, post.body_start)})
    for post in posts:  # (a body of no prose: its lines are the header's, no control's)
        header = set(post.header)
        post.tail = [i for i in post.tail if i not in header]


def _replies_named_by_colon(
    flat: Sequence[OutlineNode], prose: list[bool], posts: list[Post]
) -> None:
    """Under each post whose date closes its body (`_under_bodies`), the replies printed
    between its stamp and the next post's name: each a line that opens with its author's
    name and a colon ("青柠不加冰：好的…", `colon_named`), perhaps wrapped, closed by a dated
    line of its own ("举报 | IP属地:浙江2023-3-14 21:20回复"), a few control or picture
    lines between two ("[tb]", "我也说一句"): the post's signed replies."""
    for number, post in enumerate(posts):
        following = posts[number + 1] if number + 1 < len(posts) else None
        high = len(flat) if following is None else following.author_line or following.body_start
        at, end, replies = post.stamp + 1, post.stamp + 1, []
        while at < high and at - end <= _REPLY_GAP:
            found = colon_named(flat[at].text)
            if found is None:
                at += 1
                continue
            signature = next(
                (i for i in range(at + 1, min(high, at + _REPLY_LINES)) if _dated(flat[i])), None
            )
            if signature is None:
                break
            date = _unstamped_date(flat, signature)
            replies.append(
                SignedReply(at, signature + 1, _display(found[0]), date, signature, found[1])
            )
            at = end = signature + 1
        if not replies:
            continue
        post.signed_replies = replies
        post.replies = range(post.stamp + 1, end)
        post.end = max(post.end, end)
        if following is not None:
            following.header = [i for i in following.header if i >= end]
            following.start = max(following.start, end)


def _join_marked_headers(by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]) -> None:
    """Header stamps of one template ("by NAME … on DATE") some of which a converter
    printed as a list item's text and the others as plain lines (it drops the subject
    item over some posts only): one key, where both hold two stamps or more."""
    for key in [key for key in by_key if key[0] == "header" and key[1]]:
        plain = ("header", "", *key[2:])
        if plain in by_key and len(by_key[key]) >= 2 and len(by_key[plain]) >= 2:
            joined = sorted([*by_key.pop(key), *by_key[plain]], key=lambda item: item[0])
            by_key[plain] = joined


def _join_unnamed_items(
    flat: Sequence[OutlineNode], by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]
) -> None:
    """Dates of one template, each opening a list item: under the item's name line
    where the post is signed ("* Ann Lee" over "(May 2, 2024 @11h29)"), as the item's
    own line where it is not ("* (May 2, 2024 @11h13)": no name, the date is the first
    line of the item). The item dates join the dates under names where every one of
    those stands right under an item of the same marker that reads as a name, two at
    least, and every item date has a shape those dates have."""
    for key in [key for key in by_key if key[0] == "date" and key[1]]:
        plain = ("date", "", *key[2:])
        named = by_key.get(plain, [])
        if len(named) < 2 or not all(_under_name_item(flat, i, key[1]) for i, _ in named):
            continue
        shapes = {stamp.shape for _, stamp in named}
        if all(stamp.shape in shapes for _, stamp in by_key[key]):
            opening = [(i, attrs.evolve(stamp, opens=True)) for i, stamp in by_key.pop(key)]
            by_key[plain] = sorted([*opening, *named], key=lambda item: item[0])


def _under_name_item(flat: Sequence[OutlineNode], index: int, marker: str) -> bool:
    """``flat[index]`` stands right under a list item of ``marker`` that reads as a name
    ("* Ann Lee" over a date: the item's text wrapped at its name)."""
    if index == 0:
        return False
    above = flat[index - 1]
    return (
        not above.blank_after
        and _marker_key(above) == marker
        and above.column < flat[index].column
        and is_name_like(above.text)
    )


def _join_dotted_labels(
    flat: Sequence[OutlineNode], by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]
) -> None:
    """A poster's line about themselves before a labelled date ("Structural engineer
    (2009–present)·Answered 3y ago", `_worded_after_dot`) that reads as a name ("B.Tech
    in Civil Engineering·Answered 1y ago"): the stamp of the date's label where two
    others or more print it so, not a header naming its author."""
    labels = {
        key[2]: key
        for key, found in by_key.items()
        if key[0] == "date" and len(key) == 3 and key[2].isalpha() and len(found) >= 2
    }
    if not labels:
        return
    for key in [key for key in by_key if key[0] == "header"]:
        moved = []
        for index, stamp in by_key[key]:
            text = flat[index].text
            date = find_date(text)
            joined = labels.get(_dotted_label(text[: date.start()])) if date is not None else None
            if joined is not None and joined[1] == key[1]:
                moved.append((index, stamp))
                by_key[joined].append((index, Stamp(joined, date=stamp.date, shape=stamp.shape)))
        if moved:
            by_key[key] = [found for found in by_key[key] if found not in moved]
            if not by_key[key]:
                del by_key[key]
    for key in labels.values():
        by_key[key].sort(key=lambda found: found[0])


def _separator(node: OutlineNode) -> str | None:
    """A line that may separate posts where no stamp is printed: a word or two alone on
    a line, no list item, no digit, no sentence ("Posted", "Posted (edited)": a note in
    parentheses after it is left out). Its text, casefolded; a horizontal rule's key
    (`_rule_key`) for a rule."""
    text = node.text
    if text[:1] in _RULE_CHARS and (rule := _rule_key(node)) is not None:
        return rule  # (exact: a rule opens with one of its characters)
    if node.marker is not None or len(text) > 2 * _MAX_SEPARATOR:
        return None
    line = L.plain(text)
    if ")" in line:  # (exact: a note ends in ")", a line without one has none to drop)
        line = _TRAILING_NOTE.sub("", line)
    words = line.split()
    if not 0 < len(words) <= _SEPARATOR_WORDS or len(line) > _MAX_SEPARATOR:
        return None
    if not all(word.isalpha() for word in words):  # (no digit, no punctuation: no label,
        return None  # no sentence, no link)
    return line.casefold()


def _rule_key(node: OutlineNode) -> str | None:
    """A horizontal rule: one character of `_RULE_CHARS` drawn three times or more,
    alone on its line, perhaps spaced ("━━━━", lynx's "____", html2text's "* * *", which
    reads as a list item of the bullet "*"). Its key: the character three times."""
    line = node.text.replace(" ", "")
    if node.marker is not None:
        line = node.marker + line
    if len(line) < _RULE_LENGTH or line.strip(line[0]):
        return None
    return line[0] * _RULE_LENGTH


def _separated_posts(
    flat: Sequence[OutlineNode], prose: list[bool], separators: dict[str, list[int]]
) -> list[Post]:
    """Posts separated by a line repeated down the page where nothing stamps them
    (`_separator`): at least `_SEPARATOR_RUN` of its lines, prose between each and
    the next, each one right over its post's body (prose after a short line or two:
    a separator printed after the body is some control's), none inside a list item,
    the first over the page's first prose but its title (the thread opens with its
    first post; a line repeated through an article, "Advertisement", stands under
    its first paragraphs). Of several such lines, the one that separates the most
    posts; the posts it makes are headless (no name is told)."""
    rules = [found for key, found in separators.items() if key[0] in _RULE_CHARS]
    ruled = max((_ruled_posts(flat, prose, found) for found in rules), key=len, default=[])
    if ruled:
        return ruled
    prose_before: list[int] | None = None
    best: list[tuple[int, Stamp]] = []

    def _opens(index: int) -> bool:  # prose under the line, a short line or two aside,
        body = next(  # no list item (a list of links under a heading is a menu's)
            (i for i in range(index + 1, min(index + 2 + _SEPARATOR_WORDS, len(flat))) if prose[i]),
            None,
        )
        return body is not None and flat[body].marker is None

    for word, found in separators.items():
        if len(found) < _SEPARATOR_RUN or len(found) <= len(best) or word[0] in _RULE_CHARS:
            continue
        if prose_before is None:
            prose_before = _running_count(prose)
        column = flat[found[0]].column
        opening = [index for index in found if flat[index].column == column and _opens(index)]
        stamps = [(index, Stamp(("separator", word))) for index in opening]
        kept = _separated(stamps, prose_before)
        if (
            len(kept) >= _SEPARATOR_RUN
            and len(kept) * 5 >= len(found) * 4
            and prose_before[kept[0][0]] == prose[0]  # (the first post's, under the
        ):  # title: a line repeated through an article stands under its paragraphs)
            best = kept
    if not best:
        return []
    posts = [_read_post(flat, index, stamp, [], [], (None, None)) for index, stamp in best]
    for post in posts:
        post.headless = True
    _bodies(flat, prose, posts, frozenset())
    return posts


_FIRST_REACH = 200  # lines looked at over the first rule for the first post's name


def _ruled_posts(flat: Sequence[OutlineNode], prose: list[bool], rules: list[int]) -> list[Post]:
    """Posts printed as a name alone on its line over prose, each opened by a horizontal
    rule (`_rule_key`) and the first by nothing (it follows the page's title): a run of
    such rules, each right over a name (`_ruled_name`) of one shape (its column and
    heading marks), the first post's name that shape too, over the prose above the
    first rule. At least `_SEPARATOR_RUN` posts; a rule over anything else (the page's
    header or footer, a section of an article) ends the run."""
    if len(rules) < _SEPARATOR_RUN - 1:
        return []
    best: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    shape = (0, "")  # the shape of the run's names
    for rule in [*rules, -1]:
        name = _ruled_name(flat, prose, rule) if rule >= 0 else None
        if name is not None and run and _name_shape(flat[name]) == shape:
            run.append((rule, name))
            continue
        if len(run) > len(best):
            best = run
        run = [(rule, name)] if name is not None else []
        if name is not None:
            shape = _name_shape(flat[name])
    if not best:
        return []
    first = _first_ruled_name(flat, prose, best[0][0], _name_shape(flat[best[0][1]]))
    blocks = [(first, first), *best] if first is not None else best
    names = [_display(flat[name].text) for _, name in blocks]
    if len(blocks) < _SEPARATOR_RUN or not _told_names(names):
        return []
    posts = []
    for start, name in blocks:
        post = _read_post(flat, name, Stamp(("ruled",)), [], [], (name, _display(flat[name].text)))
        post.start = start
        post.header = list(range(start, post.body_start))
        posts.append(post)
    _bodies(flat, prose, posts, frozenset())
    return posts


def _told_names(names: list[str | None]) -> bool:
    """Lines under rules that read as the names of posts' authors, not as the headings
    of an article's sections: two names at least, and one of them printed again (its
    author posting twice) or half of them handles (`_handle_like`)."""
    keys = [_name_key(name or "") for name in names]
    if len(set(keys)) < 2:
        return False
    handles = sum(1 for name in names if name is not None and _handle_like(name))
    return len(set(keys)) < len(keys) or 2 * handles >= len(names)


def _handle_like(name: str) -> bool:
    """A user's handle: one word, lowercase first or holding a digit, "_" or "."
    ("kestrel_ops", "quill88"); a heading's word is capitalised and plain."""
    return " " not in name and (name[0].islower() or any(c.isdigit() or c in "_." for c in name))


def _ruled_name(flat: Sequence[OutlineNode], prose: list[bool], rule: int) -> int | None:
    """The line under a horizontal rule when it is a name alone (name-like, no list item,
    no prose) right over prose: a post's author over its body."""
    name = rule + 1
    if name + 1 >= len(flat) or prose[name] or not prose[name + 1]:
        return None
    node = flat[name]
    if node.marker is not None or not is_name_like(node.text):
        return None
    return name


def _name_shape(node: OutlineNode) -> tuple[int, str]:
    """A name line's column and heading marks ("###" of html2text's "### Ann")."""
    marks = _HEADING.match(node.text)
    return node.column, marks.group().strip() if marks is not None else ""


def _first_ruled_name(
    flat: Sequence[OutlineNode], prose: list[bool], rule: int, shape: tuple[int, str]
) -> int | None:
    """The first post's name over the first rule of a run (`_ruled_posts`): up over the
    post's body (its prose, and short lines that end a paragraph), the first line that
    opens a paragraph and is no prose, when it is a name alone of the run's ``shape``
    right over prose."""
    at = rule - 1
    while at > 0 and rule - at <= _FIRST_REACH:
        if prose[at] or not flat[at - 1].blank_after:
            at -= 1  # (prose, or a paragraph's short last line)
            continue
        if _name_shape(flat[at]) == shape and _ruled_name(flat, prose, at - 1) == at:
            return at
        return None
    return None


def _avatar_stamp(flat: Sequence[OutlineNode], index: int) -> Stamp | None:
    """A header line that opens with its author's avatar, printed as the name's initial:
    after the name ("Ann A Offline") or alone before the line that opens with the name
    ("A Offline" over "Ann | Member"). Such lines stamp posts where no date is printed."""
    node = flat[index]
    text = _unlinked(node.text)
    words = text.split(None, 2) if len(text) <= _MAX_STAMP else []
    if len(words) == 1:
        return _initials_stamp(flat, index) or _repeated_name_stamp(flat, index, words[0])
    if len(words) < 2:
        return _picture_stamp(flat, index) if not words and "![" in node.text else None
    first, second = words[:2]
    if len(second) == 1 and second.isupper():  # "Ann A Offline"
        if not text.startswith(f"{first} {second}"):
            return None  # (set apart: table columns, "Term      I was …")
        name = _shown(first)
        if len(name) > 1 and name[0].upper() == second and is_name_like(name):
            return Stamp(("avatar", _marker_key(node)), author=_display(first))
        return None
    if len(first) != 1 or not first.isupper() or index + 1 >= len(flat):
        return None
    following = _unlinked(flat[index + 1].text)  # "A Offline" over "Ann | Member"
    opening = following.split(None, 1)[0] if 0 < len(following) <= _MAX_STAMP else ""
    name = _shown(opening) if opening else ""
    if len(name) > 1 and name[0].upper() == first and is_name_like(name):
        return Stamp(("avatar", _marker_key(node)), author=_display(opening))
    return None


def _repeated_name_stamp(flat: Sequence[OutlineNode], index: int, word: str) -> Stamp | None:
    """A header of two lines where no date is printed: the avatar's picture printed as
    its owner's name alone ("ann_k"), or as its initial ("A"), over the line that opens
    with that name and goes on with the words of the header ("ann_k Moderator last
    edited by")."""
    if index + 1 >= len(flat) or flat[index].blank_after:
        return None
    following = _unlinked(flat[index + 1].text).split(None, 1)
    if len(following) < 2 or len(following[1]) > _MAX_STAMP:
        return None
    if find_date(following[1]) is not None:
        return None  # (a date or an age after the name: "ann_k Over a year ago", dated)
    shown, name = _shown(word), _shown(following[0])
    initial = len(shown) == 1 and shown.isupper() and name[:1].upper() == shown
    if not (name == shown or initial) or len(name) < 2 or not is_name_like(name):
        return None
    return Stamp(("avatar", _marker_key(flat[index]), "named"), author=name, wrapped=1)


def _initials_stamp(flat: Sequence[OutlineNode], index: int) -> Stamp | None:
    """An avatar printed as its owner's initials over the line of the name they spell
    (`initialled_name`): the header of that name's post, whatever its date line under
    the name prints (a bare age, the poster's line about themselves before it). The
    lines down to the name, and the date line under it, are the stamp's own."""
    named = initialled_name(flat, index)
    if named is None:
        return None
    at, name = named
    date = find_date(flat[at + 1].text) if at + 1 < len(flat) else None
    shown = flat[at + 1].text[date.start() : date.end()] if date is not None else None
    key = ("avatar", _marker_key(flat[index]), _INITIALS)
    return Stamp(key, author=name, date=shown, wrapped=at + (date is not None) - index)


def initialled_name(flat: Sequence[OutlineNode], index: int) -> tuple[int, str] | None:
    """Of a line that holds nothing but two or three capitals (an avatar printed as its
    owner's initials), the line under it with the name they spell and that name ("HD"
    over "Henrik Dahlqvist"), perhaps past one line of a single word between (the
    picture's own text: "OF" over "Avatar" over "Obadiah Fenn"); None when there is none."""
    initials = flat[index].text.strip()
    if not (2 <= len(initials) <= 3 and initials.isalpha() and initials.isupper()):
        return None
    for at in range(index + 1, min(index + 3, len(flat))):
        following = flat[at]
        if following.marker is not None:
            return None
        name = L.display_name(following.text) or ""
        words = name.split()
        if 1 < len(words) <= 4 and is_name_like(name):
            if spells_initials(initials, f"{name} ·") == len(words):
                return at, name
            return None
        if len(_unlinked(following.text).split()) > 1:
            return None  # (only a picture's one word may stand between)
    return None


def under_initials(flat: Sequence[OutlineNode], index: int) -> bool:
    """The line ``index`` stands right under a name its avatar's initials spell
    (`initialled_name`): the date line of that header block, whatever else it prints
    ("Home baker since 2015 · 2 days ago": the poster's line about themselves)."""
    return any(
        (named := initialled_name(flat, at)) is not None and named[0] == index - 1
        for at in range(max(0, index - 3), index - 1)
    )


def spells_initials(initials: str, line: str) -> int:
    """How many words of ``line`` an avatar's ``initials`` (two or three capitals) spell:
    its first word's first letter, then each next one's, perhaps past a middle name
    ("IB" over "Ilse Brandt 3 hours ago": 2; "TE" over "Tomas van Eyck": 3), with more
    words after them; 0 when they do not."""
    if not (2 <= len(initials) <= 3 and initials.isalpha() and initials.isupper()):
        return 0
    words = line.split()
    spelled = 0
    for letter in initials.casefold():
        while spelled < len(words) and words[spelled][:1].casefold() != letter:
            if not spelled:
                return 0  # (the first word is the first initial's)
            spelled += 1
        spelled += 1
    return spelled if spelled < len(words) else 0


def _picture_stamp(flat: Sequence[OutlineNode], index: int) -> Stamp | None:
    """A line that shows nothing but one picture, its alternative text a name (html2text's
    "[![ann](/a.png)](/u/ann)", an avatar linked to its owner's profile), right over the
    line that opens with that name ("[ann](/u/ann) Posts: 4"): the header of ann's post,
    as an avatar printed as the name's initial is. (The picture's link may be wrapped
    onto the next line: the name line is the one after it.)"""
    node = flat[index]
    alts = _PICTURE.findall(node.text) if len(node.text) <= 4 * _MAX_STAMP else []
    if len(alts) != 1:
        return None
    name = " ".join(alts[0].split())
    if not is_name_like(name):
        return None
    at = index + 1
    if L.open_link(node.text) == "target" and at < len(flat) and not node.blank_after:
        at += 1  # ('[![ann](/a.png)](/u/ann' over '"ann")': the link's title wrapped)
    if at >= len(flat) or flat[at].marker is not None:
        return None
    following = _unlinked(flat[at].text)
    after = following[len(name) : len(name) + 1]  # (no letter: "Ann" opens no "Annabel")
    if following[: len(name)].casefold() != name.casefold() or after.isalnum() or after == "_":
        return None
    return Stamp(("avatar", _marker_key(node)), author=L.clean_author(name))


def _unlinked(text: str) -> str:
    """A line as shown where Markdown links or images print it longer than a reader sees
    it (html2text's "[ ![ann](/a.png)A Offline ](/u/ann)" is "A Offline"); any other
    line as it is (its spacing tells table columns apart)."""
    return L.plain(text) if "](" in text else text


def _marker_key(node: OutlineNode) -> str:
    """A list item's marker as part of a stamp's key, digits aside ("1.", "2.": one
    list's markers); "" for a line that is no list item."""
    return _DIGITS.sub("N", node.marker) if node.marker else ""


# a time after a date, as `_read_stamp` masks it, perhaps after the weekday in parentheses
# ("03/17/16 (Thu) 11:02:40")
_TIME_SHAPE = re.compile(r"^(?:\(a\) )?0:0(?::0)?(?: a)?$")


def _name_dates(
    flat: Sequence[OutlineNode],
    by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]],
    prose_before: list[int],
) -> None:
    """Date lines after one word ("Ann May 2, 2024, 9:15am 3") whose word changes down
    the page are stamps that name their author, as "Ann Lee May 2, 2024" is: they join
    the header stamps of the same marker whose date ends the same way, and so do bare
    dates ending that way under a name line (the line wrapped after the name). A word
    printed in most of the posts' blocks is a label ("Posted DATE"), not a name. A
    number closing every such line is the post's number (posts too short to read as
    prose stay apart by it)."""
    by_shape: dict[tuple[str, str], list[tuple[int, Stamp]]] = {}
    for key, found in by_key.items():
        if key[0] == "date" and found[0][1].named is not None:
            for index, stamp in found:
                by_shape.setdefault((key[1], stamp.shape), []).append((index, stamp))
    _uncount_shapes(by_shape)
    for (marker, shape), found in by_shape.items():
        numbered = bool(shape) and _TIME_SHAPE.match(shape) is None  # (a number closes it)
        if numbered and shape != "0" and not shape.endswith(" 0"):
            continue  # (nothing after the date but its time, or a number closing it: "Ann
            # 3 hours ago", "Ann 2021-03-14 01:25:40 PM", "Ann May 2, 2024, 9:15am 3")
        blocks = {prose_before[index] for index, _ in found}
        words: dict[str, set[int]] = {}
        for index, stamp in found:
            words.setdefault(stamp.key[-1], set()).add(prose_before[index])
        bare = ("date", marker, "")
        wrapped = {  # "Ann" over "May 2, 2024, 9:15am 3"
            i
            for i, s in by_key.get(bare, [])
            if s.shape == shape and i > 0 and _wrapped_name(flat[i - 1], flat[i])
        }
        # posts numbered on (see `_counted_on`): a name may stand in most of them
        every = [*found, *((i, s) for i, s in by_key.get(bare, []) if i in wrapped)]
        counted = len({prose_before[i] for i, _ in every}) if _counted_on(every) else 0
        names = {
            word
            for word, held in words.items()
            if (len(held) * 5 < len(blocks) * 3 or len(held) < counted) and is_name_like(word)
        }
        others = {_name_key(flat[i - 1].text) for i in wrapped} if counted else set()
        headed = [(i, s) for i, s in by_key.get(("header", marker), []) if s.shape == shape]
        longer = {_name_key(s.author or "") for _, s in headed}  # (names of several words)
        if names and not numbered and len(longer) >= 2:  # (their headers a key of its own:
            names |= _named_anyway(words, names, headed, prose_before)  # a word most posts
            others |= longer  # print is a name too where it heads posts of its own)
        if len(names | others) < (2 if numbered else _BARE_NAMES):  # (one word: its own
            continue  # key already; with no number closing the line, a few names wanted)
        header = ("header", marker)
        joined = [
            (i, _numbered(s, header, _full_name(flat, i, s.named)))
            for i, s in found
            if s.key[-1] in names
        ]
        joined += [
            (i, _numbered(s, header, s.author))
            for i, s in by_key.get(header, [])
            if s.shape == shape
        ]
        joined += [
            (i, _numbered(s, header, _handle(_display(flat[i - 1].text) or "")))
            for i, s in by_key.get(bare, [])
            if i in wrapped
        ]
        joined.sort(key=lambda item: item[0])
        numbers = [stamp.number or 0 for _, stamp in joined]
        if numbered and any(a >= b for a, b in itertools.pairwise(numbers)):
            continue  # (the posts' numbers run up the page, or these are no posts)
        if wrapped:
            by_key[bare] = [(i, s) for i, s in by_key[bare] if i not in wrapped]
        for word in names:
            by_key.pop(("date", marker, word), None)  # (a word two shapes name: once)
        rest = [(i, s) for i, s in by_key.get(header, []) if s.shape != shape]
        if headed:  # (headers of another shape among those the names join: the same
            among = range(joined[0][0], joined[-1][0])  # posts', "Ann 3 hours ago (edited)")
            joined += [(i, _numbered(s, header, s.author)) for i, s in rest if i in among]
            joined.sort(key=lambda item: item[0])
            rest = [(i, s) for i, s in rest if i not in among]
        by_key[header] = joined
        if rest:
            by_key[("header", marker, "other")] = rest
    for key in [key for key, found in by_key.items() if not found]:
        del by_key[key]


def _named_anyway(
    words: dict[str, set[int]],
    names: set[str],
    headed: list[tuple[int, Stamp]],
    prose_before: list[int],
) -> set[str]:
    """The words most posts print before their date that name those posts' author all
    the same ("Anonymous", the name all post under where they give none): the posts of
    other names (``names``, and the header lines of the same shape, ``headed``) print it
    in none of their blocks, as a label ("Posted DATE") would be printed in theirs too."""
    others = {prose_before[i] for i, _ in headed}
    for word in names:
        others |= words[word]
    return {
        word
        for word, held in words.items()
        if word not in names and not held & others and is_name_like(word)
    }


def _uncount_shapes(by_shape: dict[tuple[str, str], list[tuple[int, Stamp]]]) -> None:
    """Date lines closed by a number that does not run up the page ("luoyesong发表于2
    年前1", "… 2 年前3": a count of likes glued after the age, printed on some posts
    only) join those of the same marker that end the same way without it: the number
    counts something, it numbers no post (`_name_dates`)."""
    for (marker, shape), found in list(by_shape.items()):
        if shape != "0" and not shape.endswith(" 0"):
            continue
        base = (marker, shape[:-2] if shape.endswith(" 0") else "")
        closing = [stamp.closing for _, stamp in found]
        if base not in by_shape or (len(found) > 1 and _numbers_run(closing, strictly=True)):
            continue
        counted = [(i, attrs.evolve(stamp, shape=base[1], closing=None)) for i, stamp in found]
        by_shape[base] = sorted([*by_shape[base], *counted], key=lambda item: item[0])
        del by_shape[(marker, shape)]


def _join_wrapped_dates(
    flat: Sequence[OutlineNode],
    by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]],
    header: tuple[str, ...],
) -> None:
    """Bare dates right under a name line (a header wrapped after its name: "ann (Ann
    Lee)" over "May 2, 2024, 9:15am 1") join the ``header`` stamps whose dates end the
    same way, where the numbers closing them all count on (`_counted_on`)."""
    bare = ("date", header[1], "")
    found = by_key[header]
    shapes = {stamp.shape for _, stamp in found}
    wrapped = [
        (i, stamp)
        for i, stamp in by_key.get(bare, [])
        if stamp.shape in shapes and i > 0 and _wrapped_name(flat[i - 1], flat[i])
    ]
    if wrapped and _counted_on([*found, *wrapped]):
        named = [
            (i, _numbered(s, header, _handle(_display(flat[i - 1].text) or ""))) for i, s in wrapped
        ]
    else:  # (or the header line html2text wrapped right before its date)
        named = _read_across_wrap(flat, [(i, s) for i, s in by_key.get(bare, []) if i], header)
        wrapped = named
        if not named:
            return
    by_key[header] = sorted([*found, *named], key=lambda item: item[0])
    taken = {i for i, _ in wrapped}
    by_key[bare] = [(i, stamp) for i, stamp in by_key[bare] if i not in taken]
    if not by_key[bare]:
        del by_key[bare]


def _read_across_wrap(
    flat: Sequence[OutlineNode], wrapped: list[tuple[int, Stamp]], header: tuple[str, ...]
) -> list[tuple[int, Stamp]]:
    """Of the bare dates under a name line, those that html2text moved there by wrapping
    the header line right before its date (`_full`: "+1 [#3](/a#c2) Ann Lee" over
    "10.03.2021 13:05", where "+5 [#1](/a#c1) Bob" over "Lee 10.03.2021 11:47" reads
    whole): the two lines read as one make a stamp of the ``header`` key, kept at the
    date's line."""
    joined = []
    for i, _ in wrapped:
        above = flat[i - 1]
        if above.blank_after or above.column != flat[i].column or not _full(above, flat[i]):
            continue  # (wrapped: no blank line between, the date's first word would not fit)
        if len(above.text) > 4 * _MAX_STAMP:
            continue
        stamp = _read_stamp(L.plain(f"{above.text} {flat[i].text}"), above.marker)
        if stamp is not None and stamp.key == header and stamp.author is not None:
            joined.append((i, stamp))
    return joined


def _counted_on(found: list[tuple[int, Stamp]]) -> bool:
    """Stamps closed by numbers that count on down the page, one more each time, at
    least `_BARE_RUN` of them ("… 9:15am 1", "… 6:57pm 2", "… 9:58pm 3"): the posts'
    own numbers, whatever word stands before their dates."""
    numbers = [stamp.closing for _, stamp in sorted(found, key=lambda item: item[0])]
    return len(numbers) >= _BARE_RUN and all(
        a is not None and b is not None and a + 1 == b for a, b in itertools.pairwise(numbers)
    )


def _numbered(stamp: Stamp, key: tuple[str, ...], author: str | None) -> Stamp:
    """A date stamp as one that names its author and is numbered by its closing number."""
    return Stamp(key, stamp.closing, author, stamp.date, shape=stamp.shape, wrapped=stamp.wrapped)


def _wrapped_name(name: OutlineNode, date: OutlineNode) -> bool:
    """A name line right over a date line, at its column, with no blank between (a
    handle with its owner's full name after it, `_handle`, is a name too)."""
    return (
        not name.blank_after
        and name.marker is None
        and name.column == date.column
        and (is_name_like(name.text) or is_name_like(_handle(_shown(name.text))))
    )


# the end of a signature's count in brackets that lynx wrapped onto the next line, or the
# count alone there: "favorites]" under "… [[43]6", "[[46]3 favorites]"
_COUNT_TAIL = re.compile(r"^(?:\[\[[0-9]{1,5}\])?[0-9]{0,6} ?[^\W\d_]{1,15}\]$")


def _count_tail(node: OutlineNode) -> bool:
    """A plain line that only finishes or prints the count of the signature over it
    (`_COUNT_TAIL`)."""
    return node.marker is None and _COUNT_TAIL.match(node.text) is not None


def _past_count(flat: Sequence[OutlineNode], index: int) -> int:
    """``index``, or the line after it where ``flat[index]`` is a signature's count."""
    return index + 1 if index < len(flat) and _count_tail(flat[index]) else index


_GLUED_MOST = 0.75  # the share of signatures glued over the next body that tells them so


def _closing_stamps(
    flat: Sequence[OutlineNode],
    prose: list[bool],
    prose_before: list[int],
    found: list[tuple[int, Stamp]],
    glued_only: bool = False,
) -> list[tuple[int, Stamp]]:
    """Header stamps of one template that close their posts' bodies instead of opening
    them: signatures printed under the body ("… body" over "Posted by: Ann | May 2,
    2006 8:27 PM", then perhaps a control, "Reply"), keyed "signed" (empty: they do
    not). After the section's opening: a first stamp of another shape after its date
    than most (the article's own byline, "… in Bread | Permalink") or over a count or a
    heading is the article's. Each a paragraph's last line (a blank line or a line of
    no prose under it: a header glued over its body is none), most set apart from the
    line over it (a blank line, or a sentence's end: not the end of a reply signed on
    its last line, "… – Ann DATE"); prose between most of them; prose right over the
    first, as close as the bodies over the others stand to theirs (a header would
    stand under the section's heading); and no body under the last, where the others
    have theirs as near: the lines under it run as far as the others' controls do and
    further (or to a form, a heading, the page's end). Both ends are read; a page of
    headers over bodies fails one of them. Signatures glued over the next post's body
    (three in four at least of all but the last: "#1 Ann on DATE (Reply)" right over
    the next body, perhaps past its count, "[[46]3 favorites]") are told by the ends
    alone; ``glued_only``: only such signatures are looked for."""
    glued = [
        _glued_over(flat, prose, _past_count(flat, index + stamp.wrapped + 1))
        for index, stamp in found
    ]
    # (nearly) every one but the last glued over the next body (a quote or a name
    # opening a few bodies aside)
    over_next = sum(glued[:-1]) >= _GLUED_MOST * (len(glued) - 1)
    if (glued_only or any(glued[1:])) and not over_next:
        return []  # (the cheap test first: a header glued over its body, prose right under
        # it; unless nearly every signature but the last is glued over the next body:
        # then the ends decide, as they do for the others)
    stamps = [  # (a signature's time wrapped onto a line of its own: "10:14 PM")
        (index, _time_wrapped(flat[index], flat[index + 1], stamp))
        if index + 1 < len(flat) and not stamp.wrapped and _time_wrap(flat[index + 1].text)
        else (index, stamp)
        for index, stamp in found
    ]
    shape = Counter(stamp.shape for _, stamp in stamps).most_common(1)[0][0]
    while len(stamps) > 2 and (
        stamps[0][1].shape != shape
        or any(L.opens_comments(flat[at].text) for at in range(stamps[0][0] + 1, stamps[1][0]))
    ):
        stamps = stamps[1:]  # (the article's byline, over the section's heading)
    if len(stamps) < 2:
        return []
    ends = [index + stamp.wrapped + 1 for index, stamp in stamps]  # past each signature
    if _glued_over(flat, prose, ends[0]) and not over_next:
        return []
    if 4 * sum(_closes_above(flat, index) for index, _ in stamps) < 3 * len(stamps):
        return []  # (a signature glued to the end of its body's last sentence: a reply's)
    apart = sum(
        prose_before[end] < prose_before[index]
        for end, (index, _) in zip(ends, stamps[1:], strict=False)
    )
    if 2 * apart < len(stamps):
        return []
    over = [
        _unsaid_over(flat, prose, index, low)
        for (index, _), low in zip(stamps, [-1, *ends[:-1]], strict=True)
    ]
    under = [
        _plain_run(prose, end, 1, high)
        for end, high in zip(ends, [index for index, _ in stamps[1:]] + [len(flat)], strict=True)
    ]
    usual_over = Counter(len(lines) for lines in over[1:]).most_common(1)[0][0]
    usual_under = Counter(len(lines) for lines in under[:-1]).most_common(1)[0][0]
    first, last = over[0], under[-1]
    if first.start == 0 or not _said(flat, prose, first.start - 1):
        return []  # (no prose right over the first: a heading, the page's start)
    if len(first) != usual_over or any(L.opens_comments(flat[at].text) for at in first):
        return []  # (the first's body as near: three lines of a bar, a picture and a
        # subject over the others but none over the first are headers over their bodies)
    controls = _common_lines(flat, under[:-1])
    if _dated_over_body(flat, prose, first.start - 1, controls):
        return []  # (a date over the body over the first: a header of another shape,
        # "Ann" over "May 8, 2020" over the body, the others' headers over theirs)
    if not (
        last.stop >= len(flat)
        or len(last) > usual_under
        or usual_over + _FAR_UNDER <= usual_under
        or any(_closes_section(flat[at].text) for at in (*last, last.stop))
    ):
        return []  # (a body under the last, as near as the others': headers over bodies)
    return [(index, attrs.evolve(stamp, key=("signed", *stamp.key[1:]))) for index, stamp in stamps]


_FAR_UNDER = 3  # lines more under the signatures than over them to the nearest prose


def _glued_over(flat: Sequence[OutlineNode], prose: list[bool], end: int) -> bool:
    """Prose right under the line before ``end``, no blank line between them."""
    return end < len(flat) and not flat[end - 1].blank_after and prose[end]


def _closes_above(flat: Sequence[OutlineNode], index: int) -> bool:
    """The stamp ``flat[index]`` stands apart from the line over it: a blank line
    between them, or that line ends a sentence (lynx glues a signature under the body)."""
    if index == 0 or flat[index - 1].blank_after:
        return True
    return L.plain(flat[index - 1].text).rstrip("\"'”’)")[-1:] in (".", "!", "?")


def _common_lines(flat: Sequence[OutlineNode], runs: list[range]) -> set[str]:
    """The texts (links' targets aside) of lines printed in most of ``runs``."""
    counts = Counter(text for lines in runs for text in {L.plain(flat[at].text) for at in lines})
    return {text for text, count in counts.items() if count * 2 > len(runs)}


def _dated_over_body(
    flat: Sequence[OutlineNode], prose: list[bool], at: int, controls: set[str]
) -> bool:
    """The body whose last line is ``flat[at]`` stands under a header of its own: a
    few lines of no prose right over its first line hold a date and one of
    ``controls`` (the lines under the other stamps: "edit", "reply")."""
    low = max(0, at - _MAX_BLOCK)
    while at > low and _said(flat, prose, at - 1):
        at -= 1  # (up to the body's first line)
    top = at - 1
    dated = shared = False
    while top >= 0 and at - top <= _HEADER_REACH and not prose[top]:
        text = L.plain(flat[top].text)
        dated = dated or is_date_line(text)
        shared = shared or text in controls
        top -= 1
    return dated and shared


_HEADER_REACH = 6  # lines over a body where its header's date may stand


def _said(flat: Sequence[OutlineNode], prose: list[bool], at: int) -> bool:
    """The line is prose, or the end of a prose line wrapped onto it ("was a boy.")."""
    return prose[at] or (at > 0 and prose[at - 1] and not flat[at - 1].blank_after)


def _unsaid_over(flat: Sequence[OutlineNode], prose: list[bool], index: int, low: int) -> range:
    """The lines over the stamp ``flat[index]``, up to ``low`` (excluded), that are no
    body's (`_said`), at most `_MAX_BLOCK` of them."""
    at = index - 1
    while at > low and index - at <= _MAX_BLOCK and not _said(flat, prose, at):
        at -= 1
    return range(at + 1, index)


def _plain_run(prose: list[bool], start: int, step: int, bound: int) -> range:
    """The lines with no prose from ``start`` on, up (``step`` -1: from the line over
    ``start``) or down, to ``bound`` (excluded) or the first prose line, at most
    `_MAX_BLOCK` of them, in the page's order."""
    at = start - 1 if step < 0 else start
    while at != bound and 0 <= at < len(prose) and not prose[at] and abs(at - start) < _MAX_BLOCK:
        at += step
    return range(at + 1, start) if step < 0 else range(start, at)


def _closes_section(text: str) -> bool:
    """A line that closes a comment section: a comment form's title, a closed notice,
    a count, a Markdown heading."""
    return (
        text[:1] == "#"
        or L.is_form_heading(text)
        or L.is_closed_notice(text)
        or L.declared_count(text) is not None
    )


def _signed_bodies(
    flat: Sequence[OutlineNode], prose: list[bool], stamps: list[tuple[int, Stamp]]
) -> list[Post]:
    """The posts signatures close (`_closing_stamps`): each post's body runs from under
    the signature before it, past the controls printed under most signatures ("Reply":
    its tail) and a picture's placeholder (the avatar over the body: its header), to
    its own signature; the first one's back over its paragraphs of prose
    (`_paragraphs_back`), not over the section's heading."""
    ends = [index + stamp.wrapped + 1 for index, stamp in stamps]
    limits = [index for index, _ in stamps[1:]] + [len(flat)]
    controls: Counter[str] = Counter()
    for end, limit in zip(ends, limits, strict=True):
        controls.update({_name_key(flat[at].text) for at in _plain_run(prose, end, 1, limit)})
    template = {key for key, count in controls.items() if 2 * count >= len(stamps)}
    posts: list[Post] = []
    start = _paragraphs_back(flat, prose, stamps[0][0] - 1, 0)
    for at in range(stamps[0][0] - 1, start - 1, -1):
        if L.opens_comments(flat[at].text):  # (the section's heading glued over the body)
            start = at + 1
            break
    lead = start
    while lead > 0 and not prose[lead - 1] and _picture_piece(flat[lead - 1].text):
        lead -= 1
    for (index, stamp), end, limit in zip(stamps, ends, limits, strict=True):
        stop = end
        while (
            stop < limit
            and not prose[stop]
            and not _picture_piece(flat[stop].text)
            and (_name_key(flat[stop].text) in template or _count_tail(flat[stop]))
        ):  # (a count under the signature: "[[46]3 favorites]")
            stop += 1
        posts.append(
            Post(
                stamp=index,
                start=lead,
                author_line=index,
                author=stamp.author,
                date=stamp.date,
                number=stamp.number,
                header=[*range(lead, start), *range(index, end)],
                body_start=start,
                body_end=index,
                replies=range(stop, stop),
                end=stop,
                tail=list(range(end, stop)),
                closing=True,
            )
        )
        lead = start = stop
        while start < limit and not prose[start] and _picture_piece(flat[start].text):
            start += 1
    if posts and stamps[0][1].key[-1] == _OWNED:  # (a date under each body, owned)
        _owned_headers(flat, prose, posts)
    elif posts and stamps[0][1].key[-1] == _UNDER_BODY:  # (a date under each body)
        _named_over_bodies(flat, prose, posts)
        _replies_named_by_colon(flat, prose, posts)
    elif posts and stamps[0][1].author is None:  # (a bar closes each body: the name opens it)
        _named_above_bodies(flat, prose, posts)
    return posts


def _named_above_bodies(flat: Sequence[OutlineNode], prose: list[bool], posts: list[Post]) -> None:
    """Posts whose closing stamp names no one (a bar of controls with the age, "Like ·
    Reply · 48 · 5y"): each body has a short header block right over it, the name on
    its first line, perhaps over a line about the poster ("Works at …"); lines between
    the bar before and that block ("View 2 more replies") are its header too."""
    bodies = []
    for number, post in enumerate(posts):
        low = posts[number - 1].end if number else 0  # (past its stamp's wrapped lines)
        body = post.body_start  # (a linked picture, long by its targets, is no body's)
        while body < post.stamp and not _body_line(flat, prose, body):
            body += 1
        bodies.append((low if number else body, body))
    sizes = [body - start for start, body in bodies[1:]]
    if not any(sizes):
        return
    usual = min(sorted(sizes)[len(sizes) // 2], 3)  # (the first's block: as big as most)
    for number, (post, (start, body)) in enumerate(zip(posts, bodies, strict=True)):
        if body >= post.stamp:
            continue
        top = start if number else body - usual
        while number == 0 and top < body and L.opens_comments(flat[top].text):
            top += 1
        names = [  # (not a toggle: "View 2 more replies" counts, a name does not)
            (i, *_reply_tail(text))  # (perhaps "In reply to NAME" after the name)
            for i, text in _unwrapped_block(flat, top, body)
            if not prose[i]
        ]
        names = [  # (its number in the thread before it aside: "4 Ann", "1Bob Lee")
            (i, name, replied)
            for i, name, replied in names
            if is_name_like(unnumbered := _GLUED_NUMBER.sub("", name, count=1))
            and not L.is_reply_link(unnumbered)
            and not any(word.isdigit() for word in unnumbered.split())
            and L.declared_count(name) is None  # ("7 Comments (14 counting replies)")
        ]
        if not names:
            continue
        first = min(top, post.body_start) if number == 0 else start
        post.start = min(post.start, first)
        post.header = sorted({*post.header, *range(first, body)})
        post.author_line, name, replied = names[0]
        post.author = _display(name)
        post.reply_to = post.reply_to or replied
        post.body_start = body
    _unnumber_authors(posts)


def _unwrapped_block(flat: Sequence[OutlineNode], top: int, body: int) -> Iterator[tuple[int, str]]:
    """The lines of a header block (``top`` to ``body``, excluded), each with the lines
    html2text wrapped it onto (`_full`: "1[Ann](/u/ann) In reply to" over "Bob Lee"),
    as one line, at its first line's index; a line wrapped from the one over it is read
    there, not on its own."""
    at = top
    while at < body:
        start, text = at, flat[at].text
        while (
            at + 1 < body
            and not flat[at].blank_after
            and flat[at].column + len(flat[at].text) <= _WRAP_WIDTH + 1
            and flat[at + 1].column == flat[start].column
            and _full(flat[at], flat[at + 1])
        ):
            at += 1
            text = _joined(text, flat[at].text)
        yield start, text
        at += 1


def _shows_nothing(text: str) -> bool:
    """A line that shows no text and closes its links: a heading's marks alone
    ("####"), a picture ("![](https://x/a.png)": an avatar over a header line)."""
    return not L.plain(text).strip("#") and L.open_link(text) is None


def _body_line(flat: Sequence[OutlineNode], prose: list[bool], at: int) -> bool:
    """A prose line that may open a body: not a linked picture that shows no text
    (long by its targets only), nor the section's count ("7 Comments (14 counting
    replies)", its sort links glued after it: long as prose)."""
    text = flat[at].text
    return prose[at] and not _picture_piece(text) and not L.opens_comments(text)


_COLON = re.compile("[:：]")  # a colon, or the full-width one of Chinese and Japanese text
_COLON_REACH = 120  # characters of a line looked at for the colon after a name
_COLON_MOST = 0.75  # the share of the posts (after the first named) whose line names them
_COLON_SAME = 2 / 3  # the share of the named posts one name may have, at most
# a reply's mention opening its text: "@Ann ", "回复@Ann:", "Reply to @Ann:"
_MENTION = re.compile(r"^(?:[^\W\d_]{1,8} ?(?:to )?)?@(?=\S)")


def colon_named(text: str) -> tuple[str, int] | None:
    """The name a line opens with, glued before a colon (or a blank and a colon), and
    where the text after that colon starts in ``text``: "Ann Lee: I tried it",
    "[Ann](/u/7):text", "安：好" (a full-width colon). A time's colon ("9:30"), an
    address's ("https://") and a colon inside a link are passed over; the text before
    the first other colon must read as a name (`is_name_like`, no mention: "@Ann: …"),
    and text must follow. None: the line opens with no such name. (A label reads as a
    name too, "Note: …": `_colon_posts` tells them apart by their repeats.)"""
    for colon in _COLON.finditer(text, 0, _COLON_REACH):
        at = colon.start()
        if text[at + 1 : at + 3] == "//" or (
            text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit()
        ):
            continue  # (an address, a time)
        head = text[:at]
        if head.count("(") > head.count(")") or head.count("[") > head.count("]"):
            continue  # (inside a link: its target, or its text)
        name = L.plain(head).strip()
        if not name or name[0] == "@" or not is_name_like(name):
            return None
        body = text[at + 1 :].lstrip(" \t\u00a0")
        return (name, len(text) - len(body)) if body else None
    return None


def _colon_line(
    flat: Sequence[OutlineNode], prose: list[bool], lines: range
) -> tuple[int, str, int] | None:
    """The first line of ``lines`` that opens with a name glued before a colon
    (`colon_named`), with no prose over it among them (a body's line of its own, "Note:
    …" under its first, names no one): its index, the name and where its text starts."""
    for at in lines:
        found = colon_named(flat[at].text)
        if found is not None:
            return None if _in_fields(flat, at) else (at, *found)
        if prose[at]:
            return None
    return None


def _in_fields(flat: Sequence[OutlineNode], at: int) -> bool:
    """The line opens with a label, a field of a card: the line over it or under it
    opens with one too ("Posts: 23" over "Location: Ohio"), as no post's first line
    and the next post's do."""
    return any(
        0 <= near < len(flat) and colon_named(flat[near].text) is not None
        for near in (at - 1, at + 1)
    )


# the names a text mentions, closed by a colon ("回复@Ann:"; "@Ann Lee thanks" tells not
# where the name ends)
_MENTIONS = re.compile(r"@([^:：@()\[\]]{1,40}?) ?[:：]")
_BADGE_TAIL = 4  # characters glued after a mentioned name that are a badge, at most


def _mentioned_name(name: str | None, mentioned: set[str]) -> str | None:
    """The name without a short tail glued to it (a badge: "AnnOP", "安 博主") where the
    page's texts mention the name without it ("@Ann"): the longest such head, each
    looked up (no pass over all the names mentioned for each post)."""
    if name is None or _name_key(name) in mentioned:
        return name
    for size in range(len(name) - 1, max(0, len(name) - _BADGE_TAIL - 2), -1):
        head, tail = name[:size], name[size:].strip()
        badge = 0 < len(tail) <= _BADGE_TAIL and not _DIGIT.search(tail)  # ("Ann2024": a
        key = _name_key(head)  # handle, no badge)
        if badge and len(key) == size and key in mentioned:
            return head.rstrip()
    return name


_NAME_REACH = 80  # characters of a mention's text that may hold the name it opens with


def _mentioned_author(text: str, authors: dict[str, str]) -> str | None:
    """The author of an earlier post whose name ``text`` opens with (the rest of a
    mention, "Ann Lee the 30 gram one"), the longest such name; ``authors``: the earlier
    posts' names by their case-folded text, the first post's where several fold alike
    (each end of a word looked up: no pass over all the posts for each one)."""
    key = text[: _NAME_REACH + 1].casefold()
    found = None
    for end in range(1, min(len(key), _NAME_REACH) + 1):
        if end == len(key) or not key[end].isalnum():
            found = authors.get(key[:end], found)
    return found


def _stamp_under_last(
    flat: Sequence[OutlineNode], prose: list[bool], last: tuple[int, Stamp]
) -> list[tuple[int, Stamp]]:
    """The stamp of the last post's key under a named line after the last stamp (no
    body under it tells it apart as the others are: the list's last post, its body over
    it), in a list."""
    index, stamp = last
    reach = range(index + 1, min(len(flat), index + 1 + _MAX_BLOCK))
    named = _colon_line(flat, prose, reach)
    if named is None:
        return []
    for at in range(named[0] + 1, reach.stop):
        found = read_stamp(flat[at], unframed=True)
        if found is not None and found.key == stamp.key:
            return [(at, found)]
        if colon_named(flat[at].text) is not None:
            break
    return []


def _nearest_colon_line(
    flat: Sequence[OutlineNode], prose: list[bool], lines: range
) -> tuple[int, str, int] | None:
    """The last line of ``lines`` that opens with a name glued before a colon
    (`colon_named`) and stands under no prose (it opens a block of its own)."""
    for at in reversed(lines):
        if at == lines.start or not prose[at - 1]:
            found = colon_named(flat[at].text)
            if found is not None and not _in_fields(flat, at):
                return at, *found
    return None


def _echoed(flat: Sequence[OutlineNode], stamps: list[tuple[int, Stamp]]) -> bool:
    """Whether the posts print each author's name on a line of its own right over a line
    that opens with that same name glued before a colon ("Ann" over "Ann：I tried it":
    an avatar's or a profile link's label over the text), between three stamps in five
    at least: the name glued before the colon tells the post, not a name under the
    stamp (the next post's, where the stamp closes its post's text)."""
    echoes = 0
    for at in range(stamps[0][0] + 1, min(len(flat) - 1, stamps[-1][0] + 1 + _MAX_BLOCK)):
        found = colon_named(flat[at + 1].text)
        if found is not None and _name_key(found[0]) == _name_key(flat[at].text):
            echoes += 1
    return echoes >= _BARE_RUN and echoes * 5 >= len(stamps) * 3


def _colon_posts(
    flat: Sequence[OutlineNode], prose: list[bool], stamps: list[tuple[int, Stamp]]
) -> list[Post]:
    """The posts of a list that prints each author glued before a colon opening the
    text, their dates on a line of their own under it ("Ann:I tried it" over "22-6-14
    13:40", the controls perhaps between): the text after the colon is the body's first
    line, the lines down to the stamp the rest of it, and the lines under the stamp
    (counts, controls, an avatar's placeholder) its tail. Or the stamp over each such
    line ("14:02" over "Ann: I tried it"), when more posts read so. Read where three
    stamps at least and three in four from the first one so named on are named so,
    by two names at least, no one name on two in three of them (a label every post
    prints, "Posts: 12", "Re: …", is one word repeated); stamps over the first named
    are the page's (its opening post's). A body that opens with a mention ("@Ann",
    "回复@Ann:") replies to Ann (`reply_to`). Empty: the page has no such list."""
    stamps = [*stamps, *_stamp_under_last(flat, prose, stamps[-1])]
    indices = [index for index, _ in stamps]
    over = [
        _colon_line(flat, prose, range(low, index))
        for low, index in zip([0, *[i + 1 for i in indices[:-1]]], indices, strict=True)
    ]
    under = [
        _colon_line(flat, prose, range(index + 1, high))
        for index, high in zip(
            indices, [*indices[1:], min(len(flat), indices[-1] + 1 + _MAX_BLOCK)], strict=True
        )
    ]
    first = next((n for n, x in enumerate(over) if x is not None), len(over))
    for number, index in enumerate(indices[: first + 1]):  # (over the first named, the
        low = indices[number - 1] + 1 if number else 0  # page's text may stand: the opening
        nearest = _nearest_colon_line(flat, prose, range(low, index))  # post's, "Title:
        if nearest is not None:  # text", its controls)
            over[number] = nearest
            break
    below = sum(x is not None for x in under) > sum(x is not None for x in over)
    named = under if below else over
    first = next((n for n, x in enumerate(named) if x is not None), len(named))
    named, stamps = named[first:], stamps[first:]
    told = [x for x in named if x is not None]
    names = Counter(_name_key(name) for _, name, _ in told)
    if (
        len(told) < _BARE_RUN
        or len(told) < _COLON_MOST * len(named)
        or len(names) < 2
        or names.most_common(1)[0][1] > _COLON_SAME * len(told)
    ):
        return []
    mentioned = {
        _name_key(L.clean_author(name) or "")
        for at, _, cut in told
        for name in _MENTIONS.findall(L.plain(flat[at].text[cut:]))
    }
    starts = []  # where each post starts: its named line (its stamp, under it)
    for number, ((index, _), found) in enumerate(zip(stamps, named, strict=True)):
        if below:
            starts.append(index)
            continue
        if found is not None:
            starts.append(found[0])
            continue
        low = stamps[number - 1][0] + 1 if number else index  # (unnamed: its text over it)
        starts.append(next((at for at in range(low, index) if prose[at]), index))
    posts: list[Post] = []
    authors: dict[str, str] = {}  # the names so far, by their case-folded text
    for number, ((index, stamp), found) in enumerate(zip(stamps, named, strict=True)):
        line, name, cut = found if found is not None else (None, None, 0)
        last = number + 1 == len(stamps)
        end = len(flat) if last else starts[number + 1]
        if below:  # the stamp, then the named line and the body down to the next stamp
            body_start = line if line is not None else index + 1
            body_end = end = _last_end(flat, prose, body_start) if last else end
            while body_end > body_start + 1 and not prose[body_end - 1]:
                body_end -= 1  # (its controls: the tail)
            header = list(range(index, body_start + (line is not None)))
            tail = list(range(body_end, end))
        else:  # the named line, the body down to the stamp, the tail under it
            body_start, body_end = starts[number], index
            if last:
                end = min(_plain_run(prose, index + 1, 1, len(flat)).stop, index + 1 + _MAX_AFTER)
            header = ([line] if line is not None else []) + [index]
            tail = list(range(index + 1, end))
        text = L.plain(flat[line].text[cut:]) if line is not None else ""
        mention = _MENTION.match(text) if text else None
        answered = _mentioned_author(text[mention.end() :], authors) if mention else None
        date = stamp.date if stamp.date is not None else L.plain(flat[index].text)
        posts.append(
            Post(
                stamp=index,
                start=starts[number],
                author_line=line,
                author=_mentioned_name(_display(name), mentioned) if name is not None else None,
                date=date,
                number=stamp.number,
                header=header,
                body_start=body_start,
                body_end=body_end,
                replies=range(end, end),
                end=end,
                tail=tail,
                reply_to=answered,
                closing=not below,
                glued=cut,
                two_level=answered is not None,
            )
        )
        if posts[-1].author:
            authors.setdefault(posts[-1].author.casefold(), posts[-1].author)
    return posts


# A line that is a whole post: a short tag perhaps, a handle, a colon, the text, the
# poster's address perhaps, and a numeric date and time closing it ("推 ann: text 1.2.3.4
# 04/02 13:01", as bulletin boards print their one-line replies, chat logs and shoutboxes
# their lines)
_ONE_LINE = re.compile(
    r"^(?:(?P<tag>\S{1,2}) )?(?P<name>[^\s:：]{2,40}) ?[:：] ?(?P<text>\S.*?)"
    r"(?P<stamp>(?: [0-9]{1,3}(?:\.[0-9]{1,3}){3})? (?P<date>[0-9]{1,4}[/.-][0-9]{1,2}"
    r"(?:[/.-][0-9]{1,4})?,? [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?: ?[AaPp][Mm])?))$"
)
_ONE_LINE_GAP = 2  # other lines between two one-line posts of a run, at most


def _one_line_posts(flat: Sequence[OutlineNode]) -> list[Post]:
    """The posts of a run of lines that each print a whole post (`_ONE_LINE`), `_BARE_RUN`
    of them at least, by two names at least, their dates of one shape (a line between
    them dated otherwise, "※ 編輯: ann (1.2.3.4), 03/14/2023 15:28:40", is none of them:
    the commonest shape), at most `_ONE_LINE_GAP` other lines between two: the longest
    such run. A tag before the name is one where every line of the run prints one and
    fewer tags than names are printed ("推 ann:", "→ bob:"). A list item is no such line
    (its marker may stand on a line of its own, merged with the text under it). Empty:
    the page has no such run."""
    found: list[tuple[int, re.Match[str]]] = []
    for index, node in enumerate(flat):
        text = node.text
        if node.marker is None and text[-1:].isdigit() and (":" in text or "：" in text):
            match = _ONE_LINE.match(text)
            if match is not None:
                found.append((index, match))
    if len(found) < _BARE_RUN:
        return []
    shapes = Counter(_DIGITS.sub("0", match["date"]) for _, match in found)
    shape = shapes.most_common(1)[0][0]
    alike = [(index, match) for index, match in found if _DIGITS.sub("0", match["date"]) == shape]
    best = max(_runs(alike), key=len)
    names = {match["name"] for _, match in best}
    if len(best) < _BARE_RUN or len(names) < 2:
        return []
    tags = {match["tag"] for _, match in best}
    tagged = None not in tags and len(tags) < len(names)
    posts = []
    for number, (index, match) in enumerate(best):
        name = match["name"] if tagged else match.string[: match.end("name")]
        if not is_name_like(name):
            return []
        end = best[number + 1][0] if number + 1 < len(best) else index + 1
        posts.append(
            Post(
                stamp=index,
                start=index,
                author_line=index,
                author=name,
                date=match["date"],
                number=None,
                header=[index],
                body_start=index,
                body_end=index + 1,
                replies=range(index + 1, index + 1),
                end=end,
                tail=list(range(index + 1, end)),
                glued=match.start("text"),
                stamped=len(match["stamp"]),
            )
        )
    return posts


def _runs(found: list[tuple[int, re.Match[str]]]) -> list[list[tuple[int, re.Match[str]]]]:
    """``found`` cut where more than `_ONE_LINE_GAP` lines stand between two of them."""
    runs: list[list[tuple[int, re.Match[str]]]] = []
    for item in found:
        if runs and item[0] - runs[-1][-1][0] <= _ONE_LINE_GAP + 1:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


_GLUED_NUMBER = re.compile(r"^[0-9]{1,4} ?(?=[^\W\d_])")  # "1Lena Fisk": its number in its thread


def _unnumber_authors(posts: list[Post]) -> None:
    """The authors without the number before (nearly) every one of them ("1Ann", "2 Bob
    Lee": each comment's number in its thread, printed against the name)."""
    glued = [(post, match) for post in posts if (match := _GLUED_NUMBER.match(post.author or ""))]
    if len(glued) < _BARE_RUN or 4 * len(glued) < 3 * len(posts):
        return
    for post, match in glued:
        post.author = (post.author or "")[match.end() :]


def _counting(stamps: list[tuple[int, Stamp]], prose_before: list[int]) -> bool:
    """Bare numbers that count the posts: at least `_BARE_RUN` of them, each one more
    than the one before, most with prose between them and the next (a score or a like
    count runs no such way; nor does a ranked list of names, with no prose in it)."""
    pairs = list(itertools.pairwise(stamps))
    apart = sum(prose_before[i] < prose_before[j] for (i, _), (j, _) in pairs)
    return (
        len(stamps) >= _BARE_RUN
        and 2 * apart >= len(pairs)
        and all((b.number or 0) + 1 == (a.number or 0) for (_, b), (_, a) in pairs)
    )


_COUNT_LINE = re.compile(r"^([0-9]{1,6}) [^\W\d_]{2,20}$")  # "3 Answers", "12 posts"


def _scored(
    flat: Sequence[OutlineNode], found: list[tuple[int, Stamp]], prose_before: list[int]
) -> list[tuple[int, Stamp]]:
    """Bare numbers that open posts under a count of them: the first under a line "N
    WORDS" (a number and a word: "3 Answers"; a few short lines between them, a sort
    control or page numbers, `_count_over`), each one over plain text at its own
    column, not over a list (a score over a list of comments is that list's) nor
    running on from other numbers (`_running_on`), prose between each and the next, no
    more of them than the count says. The posts' numbers stand at the first one's
    column or deeper (an extractor may nest each post a step deeper than the one
    before): a number further left is in a body (code set at the margin). Such a
    number is a post's score (its votes), not its number: the stamps made are keyed
    "scored"."""
    numbers = {index: stamp.number or 0 for index, stamp in found}
    over_text = [
        (index, stamp)
        for index, stamp in found
        if 0 < index < len(flat) - 1
        and flat[index + 1].marker is None
        and flat[index + 1].column == flat[index].column
        and not (index + 1 in numbers and not flat[index].blank_after)
    ]
    for at, (index, _) in enumerate(over_text):
        count = _count_over(flat, index)
        if count is None:
            continue
        column = flat[index].column
        opening = [  # (the first post's number may follow page numbers)
            over_text[at],
            *(
                (i, stamp)
                for i, stamp in over_text[at + 1 :]
                if flat[i].column >= column and not _running_on(flat, numbers, i)
            ),
        ]
        kept = _separated(
            [(i, Stamp(("scored", *stamp.key[1:]))) for i, stamp in opening], prose_before
        )
        if kept and kept[0][0] == index and len(kept) <= count:
            return kept
        return []
    return []


def _running_on(flat: Sequence[OutlineNode], numbers: dict[int, int], index: int) -> bool:
    """A number on the line after another one, no blank line between, that is one more
    than it (page links: "1", "2") or after two of them (a program's output, a table).
    One number right over a score is the count closing the post before ("0" comments)."""
    before = index - 1
    if before not in numbers or flat[before].blank_after:
        return False
    if numbers[index] == numbers[before] + 1:
        return True
    return before - 1 in numbers and not flat[before - 1].blank_after


def _count_over(flat: Sequence[OutlineNode], index: int) -> int | None:
    """The number a count of posts ("3 Answers") over line ``index`` declares, at its
    column: on the line right over it, or over a few short lines (`_under_count`)."""
    for above in range(index - 1, max(-1, index - 2 - _COUNT_GAP), -1):
        count = _COUNT_LINE.match(L.plain(flat[above].text))
        if count is not None:
            return int(count.group(1)) if flat[above].column == flat[index].column else None
        if not _under_count(flat[above]):
            return None
    return None


def _under_count(node: OutlineNode) -> bool:
    """A short line between a count of posts and the first post: no prose, no list item."""
    return node.marker is None and len(node.text) <= _MAX_SEPARATOR and not is_prose(node.text)


def _signed_number(text: str) -> bool:
    """A number with its sign alone on a line ("+50"): a score or bounty, no text."""
    return 1 < len(text) <= 8 and text[0] in "+-−" and text[1:].isdigit()


def _within(line: int, spans: Sequence[range]) -> bool:
    """``line`` is in one of ``spans`` (ranges in order, not overlapping)."""
    at = bisect.bisect_right(spans, line, key=lambda span: span.start) - 1
    return at >= 0 and line in spans[at]


def _running_count(flags: list[bool]) -> list[int]:
    """counts[i]: how many flags are set before index i."""
    return list(itertools.accumulate(flags, initial=0))


def _separated(
    found: list[tuple[int, Stamp]],
    prose_before: list[int],
    flat: Sequence[OutlineNode] = (),
) -> list[tuple[int, Stamp]]:
    """Stamps with prose between each and the next; of several stamps with none between
    them (a date printed twice), the last is kept: it is the one next to the body. Two
    dated stamps with a short sentence between them (`_short_body`, looked for in
    ``flat``) stamp two posts: the first post's body is that sentence."""
    kept: list[tuple[int, Stamp]] = []
    for index, stamp in found:
        same_block = prose_before[index] == prose_before[kept[-1][0]] if kept else False
        if same_block and stamp.key[0] == "age" and index - kept[-1][0] > _MAX_AFTER:
            same_block = False  # (an age is printed once a post: a short body between)
        if (
            same_block
            and stamp.key[0] in _DATED
            and (_short_body(flat, kept[-1][0], index) or _named_alike(flat, kept[-1][0], index))
        ):
            same_block = False  # (a post too short to read as prose between the dates)
        if same_block and not _next_number(kept[-1][1], stamp):
            kept[-1] = (index, stamp)
        else:
            kept.append((index, stamp))
    # the last stamp must have prose after it, or it stamps no post (unless its post
    # number runs on from the one before: a short last post)
    if (
        kept
        and prose_before[-1] == prose_before[kept[-1][0] + 1]
        and (len(kept) < 2 or not _next_number(kept[-2][1], kept[-1][1]))
    ):
        kept.pop()
    return kept


def _short_body(flat: Sequence[OutlineNode], first: int, last: int) -> bool:
    """A plain line between lines ``first`` and ``last`` that reads as a sentence too
    short for `is_prose` ("Can't wait to try it", "Thanks, I think you meant this:"):
    four words or more, half of them lowercase, no label, no date; no deeper than the
    second stamp (a line indented under an item is a field of a card, not a body)."""
    if last >= len(flat):
        return False
    column = flat[last].column
    for at in range(first + 1, last):
        node = flat[at]
        if node.marker is None and node.column <= column and _short_sentence(node.text):
            return True
    return False


def _named_alike(flat: Sequence[OutlineNode], first: int, last: int) -> bool:
    """Dates ``first`` and ``last`` each right under a list item of one marker at one
    column ("* Ann" over "May 2, 2020"; html2text leaves the date out of the item),
    with a plain line between them no deeper than the second date: two posts, each
    opened by its own name item, the first one's body too short to read as prose
    ("Thanks Bob!", "His name was Ted Marsh")."""
    if not 0 < first < last - 2 or last >= len(flat):
        return False
    above, over = flat[first - 1], flat[last - 1]
    if above.marker is None or over.marker is None or above.column != over.column:
        return False
    if _marker_key(above) != _marker_key(over) or flat[last].column > above.column:
        return False
    column = flat[last].column
    return any(
        flat[at].marker is None and flat[at].column <= column and flat[at].text
        for at in range(first + 1, last - 1)
    )


def _short_sentence(text: str) -> bool:
    """A short line of running words: four or more, at least half lowercase, no label
    ("Interests: guns, trucks"), no date, no link."""
    words = text.split()
    if not 4 <= len(words) <= 40 or _LABEL.match(text) or "](" in text:
        return False
    if sum(word[0].islower() for word in words) * 2 < len(words):
        return False
    return find_date(text) is None


def _run_after(
    flat: Sequence[OutlineNode],
    prose: list[bool],
    stamps: list[tuple[int, Stamp]],
    n: int,
    most: int,
) -> list[int]:
    """The short lines after stamp ``n``, up to ``most``, the next stamp or prose."""
    index = stamps[n][0]
    following = stamps[n + 1][0] if n + 1 < len(stamps) else len(flat)
    after: list[int] = []
    at = index + 1
    while at < min(following, index + 1 + most) and not prose[at]:
        after.append(at)
        at += 1
    return after


def _header_under(
    flat: Sequence[OutlineNode],
    prose: list[bool],
    stamps: list[tuple[int, Stamp]],
    blocks: list[list[int]],
) -> bool:
    """Whether each post prints its stamp first and its header block under it: the
    rules that need no guess find the author under the stamp in more posts than above
    it, and in at least half of them. A line printed in every block on its side is
    no name there (a control printed twice: "Follow" over "Follow this post")."""
    if stamps[0][1].author is not None:
        return False
    afters = [_run_after(flat, prose, stamps, n, _MAX_BLOCK) for n in range(len(stamps))]
    # a stamp with no short line under it and no author of its own tells no author under
    # it (`_strong_author` reads nothing): exact bounds on ``below`` before reading any
    told = [
        bool(after) or stamp.author is not None
        for (_, stamp), after in zip(stamps, afters, strict=True)
    ]
    if 2 * sum(told) < len(stamps):
        return False
    over, under = _constants(flat, blocks, _NEARLY_ALL), _constants(flat, afters, _NEARLY_ALL)
    above = below = 0
    left = len(stamps)
    for (index, stamp), block, after, tells in zip(stamps, blocks, afters, told, strict=True):
        if tells:
            line, name = _strong_author(flat, stamp, [], after, under)
            quoted = _quote_under_name(flat, index, block, line, over)
            below += (line, name) != (None, None) and not quoted
        left -= 1
        if 2 * (below + left) < len(stamps):  # (decided whatever is read above it)
            return False
        above += _strong_author(flat, stamp, block, [], over) != (None, None)
        if below + left <= above:
            return False  # (decided: the posts left cannot turn it)
    return below > above and 2 * below >= len(stamps)


def _quote_under_name(
    flat: Sequence[OutlineNode],
    index: int,
    block: list[int],
    line: int | None,
    constants: Container[str],
) -> bool:
    """Whether the author read under a stamp is a "NAME posted:" line under a name-like
    line right over the stamp (not the template's): a quote box opening the body of a
    post whose header the stamp closes, not a header under it."""
    return (
        line is not None
        and line > index
        and bool(block)
        and block[-1] == index - 1
        and _verb_line(flat[line].text) is not None
        and _candidate(flat[index - 1].text, constants)
    )


def _place_under(
    flat: Sequence[OutlineNode],
    stamps: list[tuple[int, Stamp]],
    blocks: list[list[int]],
    afters: list[list[int]],
) -> int | None:
    """How many lines under each stamp its author's name stands, where the header block
    is printed under the stamp but no rule tells its author (a post number over "Ann"
    over "View Profile", "Member", "Join Date: …"): the first name-like line under the
    stamps stands at one place in at least three posts in five, with different names
    there, and no name-like line over the stamps stands at one place as often. None
    when it does not."""
    below, names = _nearest_place(flat, stamps, afters, under=True)
    if below is None or names[1] * 5 < len(stamps) * 3 or len(names[0]) < 2:
        return None
    _, over = _nearest_place(flat, stamps, blocks, under=False)
    return below if over[1] < names[1] else None


def _nearest_place(
    flat: Sequence[OutlineNode],
    stamps: list[tuple[int, Stamp]],
    runs: list[list[int]],
    under: bool,
) -> tuple[int | None, tuple[set[str], int]]:
    """The commonest distance from the stamp to its nearest name-like line (of ``runs``,
    the short lines under the stamps or over them; a line printed in most of them is
    none), and (the names standing there, how many posts have one there)."""
    constants = _constants(flat, runs)
    at: dict[int, set[str]] = {}
    counts: Counter[int] = Counter()
    for (index, _), run in zip(stamps, runs, strict=True):
        lines = run if under else reversed(run)
        line = next((i for i in lines if _candidate(flat[i].text, constants)), None)
        if line is not None:
            counts[abs(line - index)] += 1
            at.setdefault(abs(line - index), set()).add(_name_key(flat[line].text))
    if not counts:
        return None, (set(), 0)
    place, count = counts.most_common(1)[0]
    return place, (at[place], count)


def _next_number(before: Stamp, after: Stamp) -> bool:
    """Two post numbers that run on (#4 then #5, or a post or two missing between):
    two posts, even when the first one's text is too short to read as prose; so do a
    post's replies' numbers after its own ("#2", "#2-1", "#2-2")."""
    if before.number is None or after.number is None:
        return False
    if after.number == before.number and after.sub is not None:
        return 0 < after.sub - (before.sub or 0) <= 3
    return 0 < after.number - before.number <= 3


_TEMPLATE_WORD = 3  # stamps that print one word before their dates, at least


def _posts(
    flat: Sequence[OutlineNode], prose: list[bool], stamps: list[tuple[int, Stamp]]
) -> tuple[int, list[Post]]:
    """The posts ``stamps`` make, and how many of their authors were told by rule or
    by place ((0, []): they make no post list). Where every stamp prints one word
    before its date, the same on each (a status picture's text, "Old 03-14-2009, 02:29
    PM #2"), and the header blocks name the posters all the same, those names: the
    word is the template's (`_unworded_posts`)."""
    told, posts = _read_posts(flat, prose, stamps)
    if posts and _one_word(stamps):
        unworded = _unworded_posts(flat, prose, stamps)
        if unworded is not None:
            return unworded
    return told, posts


def _one_word(stamps: list[tuple[int, Stamp]]) -> bool:
    """Every stamp names one author, the same one-word text on each, three at least."""
    if len(stamps) < _TEMPLATE_WORD or stamps[0][1].key[0] != "header":
        return False
    authors = {stamp.author for _, stamp in stamps}
    word = next(iter(authors))
    return len(authors) == 1 and word is not None and " " not in word.strip()


def _unworded_posts(
    flat: Sequence[OutlineNode], prose: list[bool], stamps: list[tuple[int, Stamp]]
) -> tuple[int, list[Post]] | None:
    """The posts of stamps that print one word before each date (`_one_word`) read
    without it, where most are told an author by their header blocks, names that differ
    from post to post and never that word: the word is the template's (a status
    picture's text, "Old"), not the name everyone posts under ("Anonymous", which the
    blocks print again or name nobody)."""
    word = _name_key(stamps[0][1].author or "")
    unnamed = [(index, attrs.evolve(stamp, author=None)) for index, stamp in stamps]
    told, posts = _read_posts(flat, prose, unnamed)
    names = [_name_key(post.author) for post in posts if post.author]
    if not posts or told * 2 < len(stamps) or 2 * len(names) < len(stamps):
        return None
    if len(set(names)) < 2 or any(
        _name_key(flat[i].text) == word for post in posts for i in post.header
    ):  # (the word printed again in a header block, alone: a name)
        return None
    return told, posts


def _read_posts(
    flat: Sequence[OutlineNode], prose: list[bool], stamps: list[tuple[int, Stamp]]
) -> tuple[int, list[Post]]:
    """The posts ``stamps`` make, and how many of their authors were told by rule or
    by place ((0, []): they make no post list)."""
    if stamps[0][1].key[0] == "signed":  # a signature under each body
        signed = _signed_bodies(flat, prose, stamps)
        return len(signed), signed
    blocks: list[list[int]] = []  # each stamp's header candidates, before and after it
    afters: list[list[int]] = []
    previous = -1
    for number, (index, _) in enumerate(stamps):
        low = max(previous + 1, index - _MAX_BLOCK)
        block: list[int] = []
        at = index - 1 if not stamps[number][1].opens else low - 1
        while at >= low and not prose[at]:
            block.append(at)
            at -= 1
        block.reverse()
        blocks.append(block)
        afters.append(_run_after(flat, prose, stamps, number, _MAX_AFTER))
        previous = index
    if stamps[0][1].key[0] == "scored":  # a score over each body: no header, no name
        scored = [
            _read_post(flat, i, stamp, [], after, (None, None))
            for (i, stamp), after in zip(stamps, afters, strict=True)
        ]
        for post in scored:
            post.headless = True
            while post.body_start < len(flat) and _signed_number(flat[post.body_start].text):
                post.header.append(post.body_start)  # (a bounty under the score: "+50")
                post.body_start += 1
        _bodies(flat, prose, scored, frozenset())
        return 1, scored
    overs = blocks  # (the lines over each stamp, kept where the header is under it)
    headed_below = _header_under(flat, prose, stamps, blocks)
    if headed_below:  # each post opens with its stamp, its header block under it
        afters = [_run_after(flat, prose, stamps, n, _MAX_BLOCK) for n in range(len(stamps))]
        blocks = [[] for _ in stamps]
    constants = _constants(flat, [b + a for b, a in zip(blocks, afters, strict=True)])
    badges = _Badges(flat, [*blocks, *afters], len(stamps))
    found = [  # (a frequent poster's name is printed in most blocks: no constant here)
        _strong_author(flat, stamp, block, after, badges, badges.everywhere)
        for (_, stamp), block, after in zip(
            stamps, [_first_block(flat, blocks), *blocks[1:]], afters, strict=True
        )
    ]
    owners = [  # (the controls after each date name the poster: "posted DATE  Profile for Ann")
        _owner_after_date(flat, index, stamp, block)
        for (index, stamp), block in zip(stamps, blocks, strict=True)
    ]
    if 2 * sum(owner != (None, None) for owner in owners) >= len(stamps):
        found = [f if f != (None, None) else o for f, o in zip(found, owners, strict=True)]
    place = 1  # where a name stands: lines over the stamp (negative: under it)
    if (
        not headed_below
        and not _worded(stamps[0][1])  # ("answered DATE" over a name: a signature, below)
        and 2 * sum(f != (None, None) for f in found) < len(found)
    ):  # few authors told: a name at one place under every stamp, none over them, opens
        below = _place_under(flat, stamps, blocks, afters)  # the header block
        if below:
            place = -below
            afters = [_run_after(flat, prose, stamps, n, _MAX_BLOCK) for n in range(len(stamps))]
            # (the lines over each stamp close the post before: its controls stay template)
            constants = _constants(flat, [b + a for b, a in zip(blocks, afters, strict=True)])
            blocks = [[] for _ in stamps]
            badges = _Badges(flat, afters, len(stamps))
            found = [
                _strong_author(flat, stamp, [], after, badges, badges.everywhere)
                for (_, stamp), after in zip(stamps, afters, strict=True)
            ]
    for number, (index, _) in enumerate(stamps):  # a table row's profile cell wrapped
        if found[number] == (None, None):  # over lines of its own (html2text)
            previous = stamps[number - 1][0] if number else -1
            found[number] = _wrapped_row_owner(flat, index, previous)
    for number, block in enumerate(blocks):  # a full block: the name under its avatar's
        if found[number] == (None, None) and len(block) == _MAX_BLOCK:  # picture a few
            previous = stamps[number - 1][0] if number else -1
            found[number] = _pictured_above(flat, prose, block, previous)
    for number, (line, _) in enumerate(found[:-1]):  # a name under the stamp that heads
        if line is not None and line in blocks[number + 1]:  # the next post is not this one's
            found[number] = (None, None)
    if _page_header_name(flat, stamps, blocks, found):
        found[0] = (None, None)
    constants -= {_name_key(flat[line].text) for line, _ in found if line is not None}
    mentions = _mention_lines(flat, [*blocks, *afters])
    # the lines a name is guessed from: no template's, none that names the post answered
    unnamed = constants | {_name_key(flat[line].text) for line in mentions}
    if place > 0:
        _names_over_quotes(flat, stamps, found, blocks, unnamed)
    distances = _name_distances(flat, stamps, found, blocks)
    typical = distances[len(distances) // 2] if distances else place
    if place > 0 and 0 < 4 * len(distances) < len(stamps):  # few told: where most blocks
        held = _commonest_place(flat, stamps, blocks, unnamed, distances)  # hold a name
        typical = held if held is not None else typical
    elif place > 0 and not distances and len(stamps) > 2:  # none told: where all blocks
        held = _commonest_place(flat, stamps, blocks, unnamed, [], whole=True)  # hold one,
        if held is not None and _varied(flat, stamps, blocks, unnamed, held, typical):
            typical = held  # when its lines vary more than the nearest ones (a rank's)
    guessed = [
        _likeliest_name(flat, index, after if place < 0 else block, unnamed, typical)
        if author == (None, None)
        else None
        for (index, _), block, after, author in zip(stamps, blocks, afters, found, strict=True)
    ]
    if any(guessed):
        runs = afters if place < 0 else blocks
        named = frozenset(_name_key(name) for name in mentions.values())
        guessed = _names_over_titles(flat, guessed, runs, unnamed, named)
        if place > 0:
            guessed = _names_over_ranks(flat, guessed, found, blocks, unnamed)
            guessed = _names_over_pictured_ranks(flat, guessed, blocks, unnamed)
    over = place > 0  # (names over the stamps)
    told = sum(f != (None, None) for f in found)
    if len(found) > 2:  # a name at the same place in most blocks is told too (the
        places = Counter(  # names told by rule there counting with the guessed ones)
            index - g[0] for (index, _), g in zip(stamps, guessed, strict=True) if g and g[0]
        )
        place = places.most_common(1)[0][0] if places else 0
        count = places[place - 1] + places[place] + places[place + 1]  # (an optional line)
        sure = sum(
            f[0] is not None and abs(index - f[0] - place) <= 1
            for (index, _), f in zip(stamps, found, strict=True)
        )
        if (count + sure) * 5 >= len(found) * 3 and count * 5 >= len(found):
            told += count
    if over and told * 2 >= len(found):  # a status printed twice under the names
        opening = _opening_names(flat, stamps, blocks, constants)  # opening the blocks,
        if opening is not None and (_fewer(found, opening) or _ranked(flat, guessed, opening)):
            guessed, found = opening, [(None, None)] * len(found)  # or ranks guessed
    if _worded(stamps[0][1]) and told * 2 < len(found):  # "answered DATE" over a bare
        under = _names_under(flat, stamps, afters, found, constants)  # name, in most
        if len(under) * 5 >= len(found) * 3:  # posts
            for number, name_line in under.items():
                found[number] = name_line
            told += len(under)
    if stamps[0][1].number is not None and told * 2 < len(found):
        numbered = _numbered_under(flat, prose, stamps, constants)
        if numbered is not None:  # "#3" (and its date) over the name, the rank, the
            return numbered  # fields: the header block under the stamp
    if over and told * 2 < len(found):  # few told: the name opens each header block
        opening = _opening_names(flat, stamps, blocks, constants)
        if opening is not None:
            guessed, found, told = opening, [(None, None)] * len(found), len(opening)
    few = told * 2 < len(found) or len(found) == 2 > told  # (names told by rule or place)
    if stamps[0][1].number is None and (few or _echoed(flat, stamps)):
        colon = _colon_posts(flat, prose, stamps)  # (or a name glued before a colon that
        if colon or few:  # opens each body, "Ann:text", its name over it too)
            return (len(colon), colon) if colon else (0, [])
        # dated lines, but few of them over a name that can be told
    below = sum(
        line is not None and line > index
        for (index, _), (line, _) in zip(stamps, found, strict=True)
    )
    if below * 2 > len(stamps) and stamps[0][1].key[0] == "date" and stamps[0][1].key[2]:
        # "answered DATE" over the name: a signature printed after the body
        return told, _signed_posts(flat, prose, stamps, blocks, afters, found, constants)
    if below * 2 > len(stamps) and below < len(stamps):  # most posts name their author
        for number, name_line in _names_under(flat, stamps, afters, found, constants).items():
            found[number], guessed[number] = name_line, None  # under the stamp: the others too
    found = _fuller_names(flat, found, guessed, blocks)
    posts: list[Post] = []
    for (index, stamp), block, after, author, guess in zip(
        stamps, blocks, afters, found, guessed, strict=True
    ):
        posts.append(_read_post(flat, index, stamp, block, after, guess or author))
        posts[-1].opened = stamp.opens
    _answer_mentions(flat, posts, mentions)
    _drop_lead_word(posts)
    while (
        posts
        and posts[-1].author_line is not None
        and L.is_form_heading(flat[posts[-1].author_line].text)
    ):  # ("Post a Comment" read as the name over the last stamp: the form, no post)
        posts.pop()
    if len(posts) < 2:
        return 0, []
    if constants and stamps[0][1].number is None:
        # dated stamps run on into a list of other threads after the posts: the posts
        # at the end whose header block shares nothing with the others' are not posts
        last = len(posts)
        while last > 0 and not any(  # (a header under its stamp: the controls over it
            _name_key(flat[i].text) in constants  # close the post before, "Reply")
            for i in (*overs[last - 1], *blocks[last - 1], *afters[last - 1])
        ):
            last -= 1
        posts = posts[:last]
        if len(posts) < 2:
            return 0, []
    _bodies(flat, prose, posts, constants)
    return max(told, 1), posts


def _fuller_names(
    flat: Sequence[OutlineNode],
    found: list[tuple[int | None, str | None]],
    guessed: list[tuple[int | None, str | None] | None],
    blocks: list[list[int]],
) -> list[tuple[int | None, str | None]]:
    """The names told, each replaced by a fuller one its block prints alone on a line
    of its own under it, that name's first words, where another post is told by that
    fuller name ("Ann" signing the body over "Ann Lee", the next post's name: the
    signature's short name was printed twice, the name line read as its second print)."""
    told = {
        _name_key(name)
        for _, name in (*found, *(g for g in guessed if g is not None))
        if name is not None
    }
    fuller = list(found)
    for number, ((line, name), block) in enumerate(zip(found, blocks, strict=True)):
        if line is None or name is None:
            continue
        key = _name_key(name)
        for i in reversed(block):
            longer = _name_key(flat[i].text)
            if i > line and longer.startswith(f"{key} ") and longer in told:
                fuller[number] = (i, _display(flat[i].text))
                break
    return fuller


def _name_distances(
    flat: Sequence[OutlineNode],
    stamps: list[tuple[int, Stamp]],
    found: list[tuple[int | None, str | None]],
    blocks: list[list[int]],
) -> list[int]:
    """How far over their stamps the names told stand (sorted). Where fewer than half of
    the posts print their name twice, those names are measured from their print nearest
    the stamp (`_nearest_print`): where the others print their name once."""
    told = [
        (index, line, block)
        for (index, _), (line, _), block in zip(stamps, found, blocks, strict=True)
        if line is not None
    ]
    nearest = [_nearest_print(flat, line, block) for _, line, block in told]
    twice = sum(near != line for near, (_, line, _) in zip(nearest, told, strict=True))
    if twice * 2 >= len(stamps):
        nearest = [line for _, line, _ in told]
    return sorted(index - near for near, (index, _, _) in zip(nearest, told, strict=True))


def _nearest_print(flat: Sequence[OutlineNode], line: int, block: list[int]) -> int:
    """The name line ``line`` of a header block, or the same name printed again under
    it in ``block`` nearest the stamp ("@ann" over "@ann" over "Verified" over the date:
    where the posts that print their name once print it)."""
    if line not in block:
        return line
    key = _name_key(flat[line].text)
    return max(i for i in block if i >= line and _name_key(flat[i].text) == key)


def _page_header_name(
    flat: Sequence[OutlineNode],
    stamps: list[tuple[int, Stamp]],
    blocks: list[list[int]],
    found: list[tuple[int | None, str | None]],
) -> bool:
    """Whether the one author told is the first post's, on a line farther over its stamp
    than any other post's header block reaches: the first block runs on into the page's
    header, whose lines are no post's (a site's name printed twice, in its banner and
    its breadcrumb)."""
    line = found[0][0]
    if line is None or len(stamps) < 3 or any(f != (None, None) for f in found[1:]):
        return False
    return stamps[0][0] - line > max(len(block) for block in blocks[1:]) + 1 or _names_over_stamps(
        flat, blocks, line
    )


def _names_over_stamps(flat: Sequence[OutlineNode], blocks: list[list[int]], line: int) -> bool:
    """Every header block ends with a name right over its stamp, the names varying, and
    the first block's line ``line`` stands farther up: a heading printed twice over the
    list ("Comments" over "Comments"), the first post's name under it."""
    if not all(blocks) or blocks[0][-1] == line:
        return False
    lasts = [flat[block[-1]].text for block in blocks]
    if not all(is_name_like(text) for text in lasts):
        return False
    return len({_name_key(text) for text in lasts}) * 2 > len(lasts)


def _drop_lead_word(posts: list[Post]) -> None:
    """Of the authors read from name lines, the word every one of them opens with, three
    posts at least and two names after it: a status picture's alternative text printed
    before each name ("Offline Ann", "Offline Bob"), template, no part of a name."""
    lines = [post.author for post in posts if post.author_line is not None and post.author]
    if len(lines) < 3 or len(lines) < len(posts) - 1:
        return
    first = {line.split(" ", 1)[0] for line in lines}
    if len(first) > 1 or " " not in lines[0]:
        return
    cut = len(first.pop()) + 1
    if any(len(line) <= cut for line in lines) or len({line[cut:] for line in lines}) < 2:
        return
    for post in posts:
        if post.author_line is not None and post.author:
            post.author = post.author[cut:]


def _first_block(flat: Sequence[OutlineNode], blocks: list[list[int]]) -> list[int]:
    """The first post's header block as far as a name is read from it by rule: no longer
    than the longest of the others', and only the lines under a section's heading in it
    (a Markdown heading that reads as no name: "### Comments (12)"). The others are
    bounded by the stamp before them; the first runs back over whatever no prose holds
    above the list (a tag list, a menu, the section's heading), where a tag printed
    twice ("lamps", "lamps brass") would read as a name printed twice."""
    first = blocks[0]
    if len(blocks) >= 3:
        longest = max(len(block) for block in blocks[1:])
        first = first[max(0, len(first) - longest) :]
    for at in range(len(first) - 2, -1, -1):  # (the last line is the one over the stamp)
        text = flat[first[at]].text
        if text[:1] == "#" and _HEADING.match(text) and not is_name_like(text):
            return first[at + 1 :]
    return first


def nested_depths(flat: Sequence[OutlineNode], posts: Sequence[Post]) -> list[int] | None:
    """Each post's depth where the posts' stamps stand at columns that nest (a
    converter that keeps the page's indentation prints a reply one step right of the
    post it answers): a deeper post is one step right of the one before, the same
    step everywhere; a post back to the left returns to a column an earlier post
    opened; and some post does return (a staircase, each post right of the one
    before, is the page's layout, not replies). A first post left of all the others is
    the thread's opening post, at the top level. None where the columns do not nest."""
    columns = [_stamp_column(flat, post) for post in posts]
    if len(set(columns)) < 2:  # (the cheap test first: one column, nothing nests)
        return None
    first = 1 if columns[0] < min(columns[1:]) else 0
    depths = [0] * first
    levels: list[int] = []  # the columns of the open levels, the top level first
    step = 0
    returned = False
    for column in columns[first:]:
        if levels and column > levels[-1]:
            if not _steps_right(column - levels[-1], step):
                return None  # (steps of two widths: no nesting)
            step = step or column - levels[-1]
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
            after = flat[post.stamp + 1].text  # (the count wrapped onto the next line)
            text = f"{text} {after}" if len(after) <= _COUNT_REACH else text
        found = _REPLY_COUNT.search(text) if text[-1:] == ")" else None
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
    end = min(post.body_start, post.stamp + _WRAPPED_LINES)
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


class _Badges(Container[str]):
    """The header blocks' doubled badges (`_doubled_badges`), read the first time a
    line printed twice asks whether it is one; ``everywhere`` holds, read as lazily,
    the lines printed twice in (nearly) every post."""

    def __init__(self, flat: Sequence[OutlineNode], runs: list[list[int]], posts: int) -> None:
        self._flat, self._runs, self._posts = flat, runs, posts
        self._keys: frozenset[str] | None = None
        self._everywhere: frozenset[str] = frozenset()
        self.everywhere = _Everywhere(self)

    def read(self) -> tuple[frozenset[str], frozenset[str]]:
        """The badges, and the lines printed twice in (nearly) every post."""
        if self._keys is None:
            self._keys, self._everywhere = _doubled_badges(self._flat, self._runs, self._posts)
        return self._keys, self._everywhere

    def __contains__(self, key: object) -> bool:
        return key in self.read()[0]


@attrs.define(slots=True)
class _Everywhere(Container[str]):
    """The lines a page's header blocks print twice in (nearly) every post
    (`_doubled_badges`): a control of the template ("Share" over "Share" closing each
    post), the same on every post as no name is."""

    badges: _Badges

    def __contains__(self, key: object) -> bool:
        return key in self.badges.read()[1]


def _doubled_badges(
    flat: Sequence[OutlineNode], runs: list[list[int]], posts: int
) -> tuple[frozenset[str], frozenset[str]]:
    """Lines that some header blocks print twice but others print once, two at least and
    half as many as print them twice: a badge some members' cards repeat ("Supporter"
    over "Supporter" under Ann, once under Bob and Cy), not a name printed twice (its
    template prints it twice in every post of its own; printed alone, in someone's list
    of reactions, it is rare). Then the lines printed twice in all posts but one at
    most (`_Everywhere`), three posts at least."""
    once: Counter[str] = Counter()
    twice: Counter[str] = Counter()
    for run in runs:  # (printed twice as `_strong_author` reads it: as a line, or at the
        keys = sorted(_name_key(flat[i].text) for i in run)  # start of a line, which
        for at, key in enumerate(keys):  # sorts right after it)
            if at and keys[at - 1] == key:
                continue
            following = keys[at + 1] if at + 1 < len(keys) else ""
            printed = following == key or following.startswith(key + " ")
            (twice if printed else once)[key] += 1
    badges = frozenset(key for key, n in twice.items() if once[key] >= max(2, n / 2))
    everywhere = frozenset(key for key, n in twice.items() if n >= max(3, posts - 1))
    return badges | _numbered_ranks(flat, runs) | _ranks_under_names(flat, runs), everywhere


def _ranks_under_names(flat: Sequence[OutlineNode], runs: list[list[int]]) -> frozenset[str]:
    """The lines of the header blocks printed twice (a line, the same under it: the
    rank's text over its picture's) between a name-like line and a labelled field
    ("Joined: …"), where the same doubled text stands under two names at least and each
    of those names over one doubled text alone: a rank several members hold ("Ann" over
    "Enchanter" over "Enchanter" over "Joined: …", "Bob" over the same), and then those
    one member holds alone in that place. Not a name its avatar's text doubles: the
    lines over it vary (a badge, a pager, the post before's last line), but no field
    stands under it (a date, a rank, a line about the member)."""
    unders: dict[str, set[str]] = {}  # (a doubled text: the lines over it)
    overs: dict[str, set[str]] = {}  # (a line over a doubled text: the texts under it)
    for run in runs:
        for at in range(1, len(run) - 2):
            i = run[at]
            if run[at + 2] != i + 2 or run[at - 1] != i - 1 or not _FIELD.match(flat[i + 2].text):
                continue  # (the rank's two prints, the fields under them)
            key, over = _name_key(flat[i].text), _name_key(flat[i - 1].text)
            if key != _name_key(flat[i + 1].text) or key == over or not key:
                continue
            if is_name_like(flat[i].text) and is_name_like(flat[i - 1].text):
                unders.setdefault(key, set()).add(over)
                overs.setdefault(over, set()).add(key)
    ranks = {
        key: len(names) >= 2
        for key, names in unders.items()
        if all(len(overs[name]) == 1 for name in names)
    }  # (one held by one member is a rank where another is held by several)
    return frozenset(ranks) if any(ranks.values()) else frozenset()


_RANK_NUMBER = re.compile(r"\s*[0-9]+")


def _numbered_ranks(flat: Sequence[OutlineNode], runs: list[list[int]]) -> frozenset[str]:
    """The lines of the header blocks that print one text twice (`_doubled`) where
    most blocks print such a line that is one word and a number, the number varying
    ("Level 1 Level 1", "Level 12 Level 12"): a member's rank, in its slot of the
    card, as the others printed so there ("Community Champion Community Champion")
    are; none where most blocks print no such numbered line."""
    doubled: list[tuple[str, str]] = []  # (the line's key, its text without numbers)
    blocks = 0
    for run in runs:
        found = [
            (_name_key(flat[i].text), _RANK_NUMBER.sub("", twice))
            for i in run
            if (twice := _doubled(_shown(flat[i].text))) is not None
        ]
        blocks += bool(found)
        doubled.extend(found)
    numbered: dict[str, set[str]] = {}
    for key, stem in doubled:
        if stem != key and stem and len(stem.split()) == 1:
            numbered.setdefault(stem, set()).add(key)
    ranked = [stem for stem, keys in numbered.items() if len(keys) >= 2]
    held = sum(1 for key, stem in doubled if stem in ranked)
    if not ranked or 2 * held < blocks:
        return frozenset()
    return frozenset(key for key, _ in doubled)


def _commonest_place(
    flat: Sequence[OutlineNode],
    stamps: list[tuple[int, Stamp]],
    blocks: list[list[int]],
    constants: frozenset[str],
    distances: list[int],
    whole: bool = False,
) -> int | None:
    """The distance over the stamp at which the most header blocks print a name-like
    line (each told author's distance counted once more; of places held as often, the
    one whose lines vary the most from post to post, then the nearest): where the posts
    print their author when too few are told by rule to say (none, or one post told,
    the page's first, whose block reaches into the page's header). A member's rank or
    join date, printed at its own place in every block too, repeats across posts: a
    few ranks, or one per member at most, as the names are. ``whole``: only a place
    held in every block but one at most (a header block of fixed lines), else None."""
    held = Counter(distances)
    texts: dict[int, set[str]] = {}
    for (index, _), block in zip(stamps, blocks, strict=True):
        for i in block:
            if _candidate(flat[i].text, constants):
                held[index - i] += 1
                texts.setdefault(index - i, set()).add(_name_key(flat[i].text))
    if not held:
        return None if whole else 1
    best = max(held, key=lambda d: (held[d], len(texts.get(d, ())), -d))
    return None if whole and held[best] < len(stamps) - 1 else best


def _varied(
    flat: Sequence[OutlineNode],
    stamps: list[tuple[int, Stamp]],
    blocks: list[list[int]],
    constants: frozenset[str],
    place: int,
    nearest: int,
) -> bool:
    """Whether the name-like lines the posts' blocks print nearest to ``place`` lines
    over their stamps are other lines than those nearest to ``nearest``, and as many
    different texts at least: a member's rank or join date near the stamp repeats
    across posts, the names over it vary as much or more. (The first post aside: its
    block runs on into the page's header.)"""

    def picked(typical: int) -> list[int | None]:
        return [
            _likeliest_name(flat, index, block, constants, typical)[0]
            for (index, _), block in zip(stamps[1:], blocks[1:], strict=True)
        ]

    def texts(lines: list[int | None]) -> int:
        return len({_name_key(flat[line].text) for line in lines if line is not None})

    there, near = picked(place), picked(nearest)
    return there != near and texts(there) >= texts(near)


def _names_over_titles(
    flat: Sequence[OutlineNode],
    guessed: list[tuple[int | None, str | None] | None],
    runs: list[list[int]],
    constants: frozenset[str],
    named: frozenset[str] = frozenset(),
) -> list[tuple[int | None, str | None] | None]:
    """The guessed names, each moved up to the name-like line right over it while the
    guessed line is a member's title, printed under their name: a title ("Hall of
    Famer", "Moderator") is printed with the name in every post of theirs and with
    other names too, so the line over it is printed in two posts' header blocks at
    least and in none that lacks the title (but the first post's: a badge over the
    name in all its posts but the opening one, "OP" over Ann, is no name); or the title
    is printed right under two different name-like lines (the first post aside). A
    line that other posts answer by name (``named``: "Reply to Ann") is a name, no
    title: the label over it ("Author" over "Ann") is no name."""
    held: dict[str, list[tuple[int, int]]] = {}  # a line's key -> (post, line) printing it
    for number, run in enumerate(runs):
        for i in run:
            held.setdefault(_name_key(flat[i].text), []).append((number, i))

    def posts(key: str) -> set[int]:
        return {number for number, _ in held[key]}

    def under_names(key: str) -> bool:  # printed right under two different name-like lines
        over = {
            _name_key(flat[i - 1].text)
            for number, i in held[key]
            if number and i - 1 >= runs[number][0] and _candidate(flat[i - 1].text, constants)
        }
        return len(over) >= 2

    moved: list[tuple[int | None, str | None] | None] = []
    for guess, run in zip(guessed, runs, strict=True):
        line = guess[0] if guess else None
        if line is None or guess is None:
            moved.append(guess)
            continue
        start = line
        while line - 1 in run and _candidate(flat[line - 1].text, constants):
            key = _name_key(flat[line].text)
            if key in named:
                break
            over, here = posts(_name_key(flat[line - 1].text)), posts(key)
            titled = len(over) >= 2 and over <= here and 0 not in here - over
            if not titled and not under_names(key):
                break
            line -= 1
        moved.append(guess if line == start else (line, _display(flat[line].text)))
    return moved


_OPENED = 0.6  # share of the header blocks (the first aside) a name opens, at least


def _opening_names(
    flat: Sequence[OutlineNode],
    stamps: list[tuple[int, Stamp]],
    blocks: list[list[int]],
    constants: frozenset[str],
) -> list[tuple[int | None, str | None] | None] | None:
    """The posts' names where most header blocks open with one, at whatever distance
    over the stamp (a profile card of more or fewer fields under it: "Ann" over "Full
    Member" over "Posts: 9" over "Location: Leeds" over the stamp), the lines over it
    the template's alone (`_constants`, `_opener`). A name prints the same line under
    it each time (its rank, its field); a line opening blocks over several lines is
    the previous body's last (a signature: "OCPJP 7" over "Kwabena" and "Jesper"), the
    name under it; a rank opening the blocks prints the fields of several members,
    no name under it: then None. The first block runs on into the page's header: its
    name is the last of its lines that opens another block (its poster posting again),
    else the one at the distance over the stamp the others print theirs at most often.
    None where the blocks do not open so."""
    if len(stamps) < 3:
        return None
    lines = [_opener(flat, block, constants) for block in blocks[1:]]
    cards = _cards(flat, lines, blocks[1:])
    lines = [
        line + 1
        if line is not None and len(cards.get(_name_key(flat[line].text), ())) > 1
        else line
        for line in lines
    ]
    cards = _cards(flat, lines, blocks[1:])
    opened: list[tuple[int | None, str | None] | None] = [None]
    for line, block in zip(lines, blocks[1:], strict=True):
        if line is None or line + 1 not in block or not _candidate(flat[line].text, constants):
            opened.append(None)
        else:
            opened.append((line, _display(flat[line].text)))
    named = [o for o in opened[1:] if o is not None]
    if len(named) < _OPENED * (len(stamps) - 1) or len(cards) < 2 or len(cards) == len(named):
        return None  # (no name printed twice: no card to compare)
    if any(len(under) > 1 for under in cards.values()):
        return None  # (a rank opening the blocks: members of one rank, their own fields)
    distances = Counter(
        index - o[0] for (index, _), o in zip(stamps, opened, strict=True) if o and o[0] is not None
    )
    names = {_name_key(name or "") for _, name in named}
    again = [i for i in blocks[0] if _name_key(flat[i].text) in names]
    if again:  # (the first poster posting again: the name another block opens with)
        opened[0] = (again[-1], _display(flat[again[-1]].text))
        return opened
    typical = distances.most_common(1)[0][0]
    first = _likeliest_name(flat, stamps[0][0], blocks[0], constants, typical)
    opened[0] = first if first[0] is not None else None
    return opened


def _ranked(
    flat: Sequence[OutlineNode],
    guessed: list[tuple[int | None, str | None] | None],
    opening: list[tuple[int | None, str | None] | None],
) -> bool:
    """Whether the guessed names that are not the names opening their header blocks
    (`_opening_names`) all stand under a labelled field under the line under them (a
    rank), two of them at least: the guesses are lines of the card under the name's
    fields ("Meera" over "Sheriff" over "Posts: 18,402" over the guess, the pictures of
    her interests)."""
    under = 0
    for g, o in zip(guessed, opening, strict=True):
        if g is None or o is None or g[0] is None or o[0] is None or g[0] == o[0]:
            continue
        if g[0] < o[0] + 3 or not is_name_like(flat[o[0] + 1].text):
            return False  # (the name, its rank, a field at least, then the guess)
        if not any(_FIELD.match(flat[i].text) for i in range(o[0] + 2, g[0])):
            return False
        under += 1
    return under >= 2


def _cards(
    flat: Sequence[OutlineNode], lines: list[int | None], blocks: list[list[int]]
) -> dict[str, set[str]]:
    """The lines printed under each text opening a header block (``lines``, one by
    block): a name's rank or field, the same each time."""
    cards: dict[str, set[str]] = {}
    for line, block in zip(lines, blocks, strict=True):
        if line is not None and line + 1 in block:
            under = _name_key(flat[line + 1].text)
            cards.setdefault(_name_key(flat[line].text), set()).add(under)
    return cards


_SKIPPED = 2  # lines of no name over a header block's name (a signature's), at most


def _opener(flat: Sequence[OutlineNode], block: list[int], constants: frozenset[str]) -> int | None:
    """The first line of a header block that is not the template's (`_constants`),
    past the rest of the body's last line wrapped onto a line of its own over the
    template's first ("buy" / "new" over "Back to top") and past two lines at most that
    can be no name (a signature's: "Use Code Tags | Read the FAQ"); None for a block
    of the template's lines alone."""
    start = 0
    if len(block) > 1 and all(_name_key(flat[i].text) in constants for i in block[1:2]):
        start = 1 if _name_key(flat[block[0]].text) not in constants else 0
    skipped = 0
    for i in block[start:]:
        if _name_key(flat[i].text) in constants:
            continue
        if is_name_like(flat[i].text) or skipped == _SKIPPED:
            return i
        skipped += 1
    return None


def _fewer(
    found: list[tuple[int | None, str | None]],
    opening: list[tuple[int | None, str | None] | None],
) -> bool:
    """Whether the authors told by rule are two texts at most, fewer than the names
    opening the header blocks, on lines of their own under those names: a member's
    status printed twice ("Online Online", "Offline Offline") under a name that varies
    with the poster."""
    told = [f for f in found if f[0] is not None]
    if not told or len(told) * 2 < len(found):
        return False
    texts = {_name_key(name or "") for _, name in told}
    names = {_name_key(o[1] or "") for o in opening if o is not None}
    lines = {o[0] for o in opening if o is not None}
    return len(texts) <= 2 < len(names) and not any(line in lines for line, _ in told)


_MENTION_WORDS = 3  # words before the name of a line that answers a post, at most
_MARKS_ONLY = 2  # wordless lines (an icon's "__") between a stamp and its reply line, at most
_MENTIONS_SHARED = 2  # names one such opening is printed before, at least


def _mention_lines(flat: Sequence[OutlineNode], runs: list[list[int]]) -> dict[int, str]:
    """The header lines that name the post they answer (line -> name): "Reply to NAME",
    or one to three words, the same on each, printed before two names or more that the
    header blocks print as name lines of their own ("Antwort auf Miriam Faltermeier"
    where "Miriam Faltermeier" heads a post): no poster's name, the answered one's.
    Words that stand before a name its own block prints too name the block's poster
    ("Profile photo for Ann" over "Ann", "Contact Ann"): no line after them answers."""
    names = {_name_key(flat[i].text) for run in runs for i in run if is_name_like(flat[i].text)}
    found: dict[int, str] = {}
    opened: dict[str, dict[int, str]] = {}  # an opening's key -> {line: name}
    own: set[str] = set()  # the openings printed before their own block's name
    for run in runs:
        keys = {_name_key(flat[i].text) for i in run}
        for i in run:
            text = flat[i].text
            answered = reply_to(text)
            if answered is not None:
                found[i] = answered
                continue
            words = _shown(text).split()
            for size in range(1, min(_MENTION_WORDS, len(words) - 1) + 1):
                rest = _name_key(" ".join(words[size:]))
                if rest in names:
                    opening = " ".join(words[:size]).casefold()
                    opened.setdefault(opening, {})[i] = " ".join(words[size:])
                    if rest in keys:
                        own.add(opening)
                    break
    for opening, named in opened.items():
        if opening not in own and len({_name_key(n) for n in named.values()}) >= _MENTIONS_SHARED:
            found.update(named)
    return found


def _answer_mentions(
    flat: Sequence[OutlineNode], posts: list[Post], mentions: dict[int, str]
) -> None:
    """Each post's answered name (``reply_to``) from a line of its header block that
    names an earlier post's author, not its own (`_mention_lines`; "Contact Ann" in
    Ann's profile answers nobody), or from a "Reply to NAME" line right under its
    stamp, which then is the header's, not the body's ("2 years ago" over "Reply to
    Ann"; not "Replying to Ann:", which opens a quote of Ann's, nor a line of words
    learned before names only, "Zitat von Ann", which may too). A line naming no
    earlier poster ("In reply to Material list by ilse") is left as it is."""
    authors: set[str] = set()
    for post in posts:
        own = _name_key(post.author or "")
        at = post.body_start  # (past wordless lines: an icon's marks, html2text's "__")
        while at < min(len(flat), post.body_start + _MARKS_ONLY) and _wordless(flat[at].text):
            at += 1
        under = mentions.get(at)
        text = flat[at].text if under is not None else ""
        if (
            under is not None
            and _name_key(under) in authors
            and _name_key(under) != own  # (a look-up: no copy of the set a post)
            and (text[-1:] != ":" and reply_to(text) is not None)
        ):
            post.header.extend(range(post.body_start, at + 1))  # (the bodies are not
            post.body_start = at + 1  # read yet: `_bodies`)
        named = [mentions[i] for i in post.header if i in mentions]
        answered = _name_key(named[0]) if named else own
        if post.reply_to is None and answered in authors and answered != own:
            post.reply_to = L.clean_author(named[0])
        authors.add(own)


def _names_over_ranks(
    flat: Sequence[OutlineNode],
    guessed: list[tuple[int | None, str | None] | None],
    found: list[tuple[int | None, str | None]],
    blocks: list[list[int]],
    constants: frozenset[str],
) -> list[tuple[int | None, str | None] | None]:
    """The guessed names, each moved up one line where most posts print their name as
    the first of two name-like lines or more (a name over its rank: "Ann" over "Junior
    Member" over "Posts: 12", the line over the name no name-like line) and this
    post's guess has a name-like line right over it and under it a line that other
    posts print two lines under their name, never right under it: the guess stands
    where the others print their rank ("Bob" over "Full Member" over "Posts: 9": a rank
    no other post prints)."""

    def candidate(i: int, block: list[int]) -> bool:
        return i in block and _candidate(flat[i].text, constants)

    def key(i: int) -> str:
        return _name_key(flat[i].text) if 0 <= i < len(flat) else ""

    heads: list[int] = []
    chosen = [g[0] if g else f[0] for g, f in zip(guessed, found, strict=True)]
    for line, block in zip(chosen, blocks, strict=True):
        if line is not None and not candidate(line - 1, block) and candidate(line + 1, block):
            heads.append(line)
    if len(heads) < 3 or len(heads) * 5 < len(blocks) * 3:
        return guessed
    under = {key(line + 1) for line in heads}  # (the ranks)
    past = {key(line + 2) for line in heads} - under  # (what the ranks stand over)
    moved: list[tuple[int | None, str | None] | None] = []
    for guess, block in zip(guessed, blocks, strict=True):
        line = guess[0] if guess else None
        if line is None or guess is None or not candidate(line - 1, block):
            moved.append(guess)
            continue
        if key(line + 1) not in past:
            moved.append(guess)
            continue
        moved.append((line - 1, _display(flat[line - 1].text)))
    return moved


def _names_over_pictured_ranks(
    flat: Sequence[OutlineNode],
    guessed: list[tuple[int | None, str | None] | None],
    blocks: list[list[int]],
    constants: frozenset[str],
) -> list[tuple[int | None, str | None] | None]:
    """The guessed names, each moved up one line where it is a rank printed over its
    own picture (`_rank_pictured`) under a name-like line of its block, and where the
    blocks print such a rank in most posts (half of them, three at least): a rank only
    one poster holds is guessed as the name (no other post prints it)."""
    pictured = sum(any(_rank_pictured(flat, i) for i in block) for block in blocks)
    if pictured < _BARE_RUN or 2 * pictured < len(blocks):
        return guessed
    moved: list[tuple[int | None, str | None] | None] = []
    for guess, block in zip(guessed, blocks, strict=True):
        line = guess[0] if guess else None
        if (
            line is not None
            and line - 1 in block
            and _rank_pictured(flat, line)
            and _candidate(flat[line - 1].text, constants)
        ):
            guess = (line - 1, _display(flat[line - 1].text))
        moved.append(guess)
    return moved


def _rank_pictured(flat: Sequence[OutlineNode], line: int) -> bool:
    """The line is printed again right under it as a picture's alternative text (a
    rank's name over its picture: "Illusionist" over "![Illusionist](ranks/4.gif)",
    html2text), no avatar's: an avatar's picture stands over its owner's name."""
    return line + 1 < len(flat) and _pictures(flat[line + 1].text, flat[line].text)


def _worded(stamp: Stamp) -> bool:
    """A date stamp after a word or two ("answered DATE", "posted on DATE"), not after
    a piece of a link or other text."""
    words = stamp.key[-1].split() if stamp.key[0] == "date" else []
    return 0 < len(words) <= 2 and all(word.isalpha() for word in words)


def _names_under(
    flat: Sequence[OutlineNode],
    stamps: list[tuple[int, Stamp]],
    afters: list[list[int]],
    found: list[tuple[int | None, str | None]],
    constants: frozenset[str],
) -> dict[int, tuple[int, str | None]]:
    """(line, name) by post, of the posts whose author no rule told and whose stamp has
    a name-like line right under it (a signature: "answered DATE" over "Ann"), or a
    name printed twice after the words of its picture that other stamps print over
    theirs too ("picture of Ann Ann", `_pictured_leads`)."""
    under: dict[int, tuple[int, str | None]] = {}
    leads = _pictured_leads(flat, [index + 1 for index, _ in stamps if index + 1 < len(flat)])
    for number, ((index, _), after) in enumerate(zip(stamps, afters, strict=True)):
        if found[number] != (None, None) or not after or after[0] != index + 1:
            continue
        at = index + 1  # (past an avatar's picture without a text: "[" / "![](a.png)" /
        while at in after and at - index <= 3 and _picture_piece(flat[at].text):  # "](/u/1)")
            at += 1
        if at in after and at - index <= 3 and is_date_line(L.plain(flat[at].text)):
            at += 1  # (the stamp's date on the line under it)
        pictured = _pictured_name(flat[at].text) if at in after and leads else None
        if pictured is not None and pictured[0] in leads:  # ("picture of Ann Ann": Ann)
            under[number] = (at, _display(pictured[1]))
        elif at in after and _candidate(cell := _first_cell(flat[at].text), constants):
            under[number] = (at, _display(cell))  # (a name's cell beside the subject's)
    return under


def _paired_stamps(
    flat: Sequence[OutlineNode],
    prose: list[bool],
    by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]],
    followed: set[int],
) -> list[tuple[int, Stamp]]:
    """The stamps of a page's opening post and of its one signed post (a question and
    its lone answer): two dates after a word or two, each the only date of its shape
    after its words ("asked DATE", then "answered DATE"; "Asked 2 years ago" is
    another), of one marker, their dates ending the same way, each the last stamp of
    its block, prose between them, and the same signature under both: a name at the
    same place (past its picture). Posts that repeat their stamp down the page make a
    post list by it; a lone post repeats its template only in the opening post's.
    Empty: no such pair (the last one is taken)."""
    shapes: dict[tuple[tuple[str, ...], str], list[tuple[int, Stamp]]] = {}
    for key, found in by_key.items():
        if key[0] == "date" and _worded(found[0][1]):
            for index, stamp in found:
                shapes.setdefault((key, stamp.shape), []).append((index, stamp))
    single = sorted(
        found[0] for found in shapes.values() if len(found) == 1 and found[0][0] not in followed
    )
    prose_before: list[int] | None = None
    for first, last in reversed(list(itertools.pairwise(single))):
        (opening, stamp), (index, other) = first, last
        if stamp.key[1] != other.key[1] or stamp.shape != other.shape:
            continue
        if prose_before is None:
            prose_before = _running_count(prose)
        if prose_before[opening + 1] == prose_before[index]:
            continue  # (no body between them: one post's dates)
        pair = [first, last]
        (line, _), (other_line, _) = _signing_names(flat, prose, pair)
        if line is not None and other_line is not None and line - opening == other_line - index:
            return pair
    return []


def _signing_names(
    flat: Sequence[OutlineNode], prose: list[bool], stamps: list[tuple[int, Stamp]]
) -> list[tuple[int | None, str | None]]:
    """(line, name) of the name signing each stamp's post from under the stamp: by the
    rules that need no guess, else a name-like line right under it (past its picture,
    `_names_under`); (None, None) where none is."""
    afters = [_run_after(flat, prose, stamps, n, _MAX_AFTER) for n in range(len(stamps))]
    found = [
        _strong_author(flat, stamp, [], after, ())
        for (_, stamp), after in zip(stamps, afters, strict=True)
    ]
    found = [(line, name) if line is not None else (None, None) for line, name in found]
    for number, name_line in _names_under(flat, stamps, afters, found, frozenset()).items():
        found[number] = name_line
    return found


def _signed_last(
    flat: Sequence[OutlineNode],
    prose: list[bool],
    prose_before: list[int],
    kept: list[tuple[int, Stamp]],
    last: tuple[int, Stamp],
) -> bool:
    """Whether ``last``, a worded date stamp left out by `_separated` for want of prose
    after it, signs the last post all the same: its body is the prose between it and
    the stamp kept before it, and both stamps have the same signature under them (a
    name at the same place: "answered DATE" over "Ann"), so the page may end with it."""
    index, stamp = last
    before = kept[-1][0]
    if index <= before or prose_before[-1] != prose_before[index + 1] or not _worded(stamp):
        return False
    if prose_before[before + 1] == prose_before[index]:
        return False  # (no body between them)
    (line, _), (other_line, _) = _signing_names(flat, prose, [kept[-1], last])
    return line is not None and other_line is not None and line - before == other_line - index


def _lone_post(
    flat: Sequence[OutlineNode], prose: list[bool], pair: list[tuple[int, Stamp]]
) -> list[Post]:
    """The one post a pair of stamps makes (`_paired_stamps`): the second stamp's,
    signed under its body, the name under the stamp (the first stamp is the opening
    post's, which is no comment). Empty where no prose stands over its signature."""
    stamps = pair[1:]
    afters = [_run_after(flat, prose, stamps, 0, _MAX_AFTER)]
    found = _signing_names(flat, prose, stamps)
    posts = _signed_posts(flat, prose, stamps, [[]], afters, found, frozenset())
    if not posts[0].body_start < posts[0].body_end:
        return []
    posts[0].lone = True
    return posts


def _numbered_under(
    flat: Sequence[OutlineNode],
    prose: list[bool],
    stamps: list[tuple[int, Stamp]],
    constants: frozenset[str],
) -> tuple[int, list[Post]] | None:
    """The posts of numbered stamps that open their header block: the post number (its
    date under it) over the name, then the rank and the fields, then the body. Most
    posts (three in five) print a name-like line right under the stamp (past its date),
    at the same place (None: they do not; the header block is read over the stamp)."""
    afters = [_run_after(flat, prose, stamps, n, _MAX_BLOCK) for n in range(len(stamps))]
    nobody: list[tuple[int | None, str | None]] = [(None, None)] * len(stamps)
    under = _names_under(flat, stamps, afters, nobody, constants)
    places = Counter(line - stamps[number][0] for number, (line, _) in under.items())
    if not places or places.most_common(1)[0][1] * 5 < len(stamps) * 3:
        return None
    posts = [
        _read_post(flat, index, stamp, [], after, under.get(number, (None, None)))
        for number, ((index, stamp), after) in enumerate(zip(stamps, afters, strict=True))
    ]
    _bodies(flat, prose, posts, constants)
    return len(under), posts


def _picture_piece(text: str) -> bool:
    """A line of a linked picture that shows no text, as html2text wraps it: "[", then
    "![](https://x/a.png)", then "](/users/1/ann)"; or a line that only stands for a
    picture (w3m prints one without alternative text as its file name's start in
    brackets: "[0b9]")."""
    return text.startswith("](") or not L.plain(text).strip("[ ") or L.is_noise(text)


def _signed_posts(
    flat: Sequence[OutlineNode],
    prose: list[bool],
    stamps: list[tuple[int, Stamp]],
    blocks: list[list[int]],
    afters: list[list[int]],
    found: list[tuple[int | None, str | None]],
    constants: frozenset[str],
) -> list[Post]:
    """Posts signed below their body: the body, then a block of short lines with the
    stamp ("answered DATE") and the name under it, then the replies printed as list
    items under the post, then controls up to the next body. (Where the name was read
    under the stamp, the short lines over it are still the signature's: controls, an
    editor's "edited DATE" over the editor's name.)"""
    base = flat[stamps[0][0]].column
    itemised = _in_items(flat, stamps)

    def nested(at: int) -> bool:  # a list item or a line under one
        return itemised[at] or flat[at].column > base

    def over(index: int, low: int) -> list[int]:  # the short lines over a stamp
        at = index
        while at > max(low, index - _MAX_BLOCK) and not prose[at - 1] and not nested(at - 1):
            at -= 1
        return list(range(at, index))

    posts: list[Post] = []
    previous = 0
    for (index, stamp), block, after, (line, name) in zip(
        stamps, blocks, afters, found, strict=True
    ):
        signature = [*(block or over(index, previous)), index]
        previous = index + 1
        for at in after:  # up to a reply; up to the name read under the stamp, a line
            # indented deeper is the signature's all the same (lynx may indent an avatar's
            # alternative text under its link's number): the name stays in the signature
            if itemised[at] or (flat[at].column > base and (line is None or at > line)):
                break
            signature.append(at)
        if line is None:
            names = [i for i in signature if i > index and _candidate(flat[i].text, constants)]
            line, name = (names[0], _display(flat[names[0]].text)) if names else (None, None)
        posts.append(
            Post(
                stamp=index,
                start=0,
                author_line=line,
                author=name,
                date=stamp.date,
                number=stamp.number,
                header=signature,
                body_end=signature[0],
                closing=True,
            )
        )
    author_lines = [post.author_line for post in posts if post.author_line is not None]
    leads = _pictured_leads(flat, author_lines)
    for post in posts:  # (a name under its picture's words, both on one line: the name)
        pictured = _pictured_name(flat[post.author_line].text) if post.author_line else None
        if pictured is not None and pictured[0] in leads:
            post.author = _display(pictured[1])
    start = _first_body(flat, posts, itemised)
    scored = None  # a score over the first body: the others print theirs over them too
    before: Post | None = None
    for post, following in zip(posts, [*posts[1:], None], strict=True):
        while start < post.body_end and not prose[start]:
            start += 1
        if scored is None:
            scored = start > 0 and _score_line(flat[start - 1].text)
        elif scored and before is not None:  # (past the controls the replies end with,
            under = _under_score(flat, prose, start, post.body_end)  # a sentence or not,
            before.tail.extend(range(start, under))  # to the score: the post's before)
            start = before.end = under
        before = post
        post.start = post.body_start = start
        at = post.header[-1] + 1
        limit = following.body_end if following is not None else len(flat)
        while at < limit and not itemised[at] and not prose[at]:
            at += 1  # controls before the replies (perhaps deeper than the stamp)
        replies_end = at
        while replies_end < limit and nested(replies_end):
            replies_end += 1
        if replies_end == at:  # no replies as list items: perhaps as signed paragraphs
            at = post.header[-1] + 1
            post.signed_replies, replies_end = _signed_replies(flat, prose, at, limit)
        elif not any(itemised[at:replies_end]):  # indented, no list items: signed ones
            signed, signed_end = _signed_replies(flat, prose, at, limit)
            if signed:  # (each signature perhaps at the post's column: inscriptis)
                post.signed_replies, replies_end = signed, max(replies_end, signed_end)
        post.replies = range(at, replies_end)
        start = replies_end
        if following is None:
            post.end = replies_end
        else:  # the controls between the replies and the next body end this post
            while start < following.body_end and not prose[start]:
                start += 1
            post.end = start
            post.tail = list(range(replies_end, start))
        post.tail = list(range(post.header[-1] + 1, post.replies.start)) + post.tail
    return _signed_over(flat, prose, itemised, posts[0].body_start) + posts


_SIGNED_SEARCH = 16  # lines under the opening post's stamp where its replies may open


def _signed_over(
    flat: Sequence[OutlineNode], prose: list[bool], itemised: list[bool], end: int
) -> list[Post]:
    """The replies to the opening post (a question) printed between its signature and
    the first signed post's body (``end``), as plain paragraphs (no list items:
    ``itemised``) each closed by its own signature (`_signed_replies`): posts of their
    own, at the top level before the others, where the lines between the last one and
    the body are no prose up to the count of the posts (its sort controls may read as
    a sentence); those lines are the last one's tail. The opening post's signature is
    the nearest stamp over them that is no reply's signature."""
    low = end - 1
    while low >= 0 and (
        prose[low]
        or (stamp := read_stamp(flat[low])) is None
        or stamp.date is None  # (a score: a bare number)
        or signature_line(flat[low].text) is not None
        or _signature_tail(flat[low].text) is not None
    ):
        low -= 1
    if low < 0:
        return []
    for at in range(low + 1, min(end, low + 1 + _SIGNED_SEARCH)):
        if prose[at] and at > low + 1 and prose[at - 1]:
            break  # (into a body: no reply opens further down)
        replies, stop = _signed_replies(flat, prose, at, end)
        if not replies:
            continue
        if any(any(itemised[reply.start : reply.end]) for reply in replies):
            return []  # (replies printed as list items: the item threads read them)
        counted = next(  # (the count of the posts, "3 Answers": the sort controls under
            (i for i in range(stop, end) if _COUNT_LINE.match(L.plain(flat[i].text))), end
        )  # it may read as a sentence)
        if any(prose[i] for i in range(stop, counted)):
            return []
        made = [
            Post(
                stamp=reply.end - 1,
                start=reply.start,
                author_line=reply.end - 1,
                author=reply.author,
                date=reply.date,
                number=None,
                header=[reply.end - 1],
                body_start=reply.start,
                body_end=reply.end - 1 if reply.signature is not None else reply.end,
                end=reply.end if number + 1 < len(replies) else end,
                depth=0,
                closing=True,
            )
            for number, reply in enumerate(replies)
        ]
        made[-1].tail = list(range(stop, end))  # (a control, the count, the sort controls)
        return made
    return []


def _score_line(text: str) -> bool:
    """A line that is a bare number, perhaps signed: a post's score ("7", "-2")."""
    line = L.plain(text)
    return _COUNTER.match(line) is not None or _NEGATIVE.match(line) is not None


def _under_score(flat: Sequence[OutlineNode], prose: list[bool], start: int, end: int) -> int:
    """Where a body opens that prints its score over it, from ``start`` (the first line
    of prose past the replies of the post before): right under the first score line
    with prose under it a few lines on, else ``start``."""
    for at in range(start, min(end, start + _REPLY_GAP + 2) - 1):
        if _score_line(flat[at].text) and prose[at + 1]:
            return at + 1
    return start


def _first_body(flat: Sequence[OutlineNode], posts: list[Post], itemised: list[bool]) -> int:
    """Where the first signed post's body may start (the posts after it start where the
    one before ends): right under a count of the posts ("5 Answers": a number and a
    word, the number at least theirs and at most twice it) between it and the stamp
    before it (the question's own, "asked DATE"); else back from its signature to a
    list (``itemised``: the question's comments; a line indented in the body, code or
    a quote, is the body's) or to that stamp. A stamp right over the signature is the
    post's own ("edited DATE", its link read as prose): the body runs on over it."""
    end = posts[0].body_end
    while end > 0 and read_stamp(flat[end - 1]) is not None:
        end -= 1  # (a stamp right over the signature is its own: "edited DATE")
    start = end
    while start > 0 and read_stamp(flat[start - 1]) is None:
        start -= 1
        count = _COUNT_LINE.match(L.plain(flat[start].text))
        if count is not None and len(posts) <= int(count.group(1)) <= 2 * len(posts):
            return start + 1
    start = end  # (no count: the body runs back to a list or a stamp)
    while start > 0 and not itemised[start - 1] and read_stamp(flat[start - 1]) is None:
        start -= 1
    return start


_REPLY_LINES = 16  # lines of a reply signed at its end, at most
_REPLY_GAP = 4  # control lines ("up vote", "flag") before a reply signed at its end, at most


def _signed_replies(
    flat: Sequence[OutlineNode], prose: list[bool], at: int, limit: int
) -> tuple[list[SignedReply], int]:
    """The replies printed under a post, from ``at`` (right after its signature) up to
    ``limit``, as plain paragraphs each closed by its signature ("… – Ann Sep 8 '10 at
    6:28"), a few short control lines before each ("up vote", "flag"); they end at a
    paragraph of prose that no signature closes (the next post's body). The replies,
    and the index after the last one's last line (``at``: none)."""
    replies: list[SignedReply] = []
    end = at
    while at < limit:
        first, found = at, None
        while first < limit and first - at <= _REPLY_GAP:
            found = _reply_end(flat, first, limit)
            if found is not None or prose[first]:
                break
            first += 1  # a control line
        if found is None:
            break
        last, author, date = found
        own = last if last > first and signature_line(flat[last].text) is not None else None
        replies.append(SignedReply(first, last + 1, author, date, own))
        end = at = last + 1
    return replies, end


def _reply_end(
    flat: Sequence[OutlineNode], first: int, limit: int
) -> tuple[int, str | None, str] | None:
    """The paragraph from ``flat[first]`` on (plain lines at its column, no blank line
    between) up to the line its signature closes: that line's index, and the signed
    name and date (None: no signature closes it within `_REPLY_LINES` lines). A
    signature's time wrapped onto the next line ("… Sep 8 '10 at" over "6:28") is
    read with it."""
    column = flat[first].column
    last = first
    while last < limit and last - first < _REPLY_LINES:
        node = flat[last]
        if node.marker is not None or node.column != column:
            return None
        signed = _signature_tail(" ".join(n.text for n in flat[max(first, last - 3) : last + 1]))
        if signed is not None:
            following = flat[last + 1] if last + 1 < limit else None
            if (
                following is not None
                and not node.blank_after
                and following.marker is None
                and following.column == column
                and _time_wrap(following.text)
            ):
                return last + 1, signed[0], f"{signed[1]} {following.text}"
            return last, *signed
        if signature_line(node.text) is not None:
            return None  # (a signature's own line opens no text)
        under = _signed_under(flat, last, limit)
        if under is not None:
            return under, *signature_line(flat[under].text)  # type: ignore[misc]
        if node.blank_after:
            return None
        last += 1
    return None


# A signature on a line of its own: a date in parentheses before or after the name
# ("(14 Mar '13, 16:12) Ann", "Ann ( 2016-03-14 15:02:44 +0100 )")
_DATE_THEN_NAME = re.compile(r"^\( ?([^()]{4,48}?) ?\) (\S[^()]{0,40})$")
_NAME_THEN_DATE = re.compile(r"^(\S[^()]{0,40}?) \( ?([^()]{4,48}?) ?\)$")
_OFFSET = re.compile(r"^(?:[+−-][0-9]{2}:?[0-9]{2}|[A-Z]{2,5}(?:[+−-][0-9]{1,2})?)$")
_DATED_FULLY = re.compile(r"[0-9]:[0-5][0-9]|[0-9]{4}|['’][0-9]{2}\b")  # a time or a year


def signature_line(text: str) -> tuple[str | None, str] | None:
    """The name and date of a line that is a signature alone, its date in parentheses
    before or after the name ("(14 Mar '13, 16:12) Ann", "Ann Lee ( 2016-03-14 15:02:44
    +0100 )"): the whole parenthesis a date with its time or year (perhaps its zone's
    offset after it), the rest a name. None for any other line."""
    line = L.plain(text)
    if not line or (line[-1] != ")" and line[0] != "("):
        return None
    for pattern, date_at in ((_DATE_THEN_NAME, 1), (_NAME_THEN_DATE, 2)):
        match = pattern.match(line)
        if match is None:
            continue
        date, name = match.group(date_at).strip(), match.group(3 - date_at).strip()
        found = find_date(date)
        if found is None or found.start() != 0:
            continue
        end = date_extent(date, found)
        rest = date[end:].strip(" ,")
        if (rest and _OFFSET.match(rest) is None) or _DATED_FULLY.search(date[:end]) is None:
            continue
        if is_name_like(name):
            return _display(name), date[:end]
    return None


def _signed_under(flat: Sequence[OutlineNode], last: int, limit: int) -> int | None:
    """The line under a paragraph's last line ``last`` (past one blank line) that signs
    it on a line of its own (`signature_line`), at the paragraph's column or a little
    right of it; None where none does."""
    under = last + 1
    if under >= limit or flat[under].marker is not None:
        return None
    if abs(flat[under].column - flat[last].column) > 2:
        return None
    return under if signature_line(flat[under].text) is not None else None


def _time_wrap(text: str) -> bool:
    """A short line that holds a time and no word ("6:28", "'10 at 14:25"): the end
    of a signature's date, wrapped onto a line of its own."""
    return (
        len(text) <= _TIME_TAIL
        and ":" in text
        and _DIGIT.search(text) is not None
        and _wordless(text)
    )


def _signature_tail(text: str) -> tuple[str | None, str] | None:
    """The name and date a line of text closes with after a spaced dash ("… – Ann Sep 8
    '10 at 6:28", "… — Ann 7 hours ago"): a name, then a date, with text before."""
    line = L.plain(text)
    cut = max(line.rfind(" – "), line.rfind(" — "))
    tail = line[cut + 3 :]
    if cut < 1 or len(tail) > _MAX_STAMP:
        return None
    header = L.read_header(tail)
    if header is None or header.evidence != "date" or not header.author:
        return None
    if not tail.startswith(header.author) or not is_name_like(header.author):
        return None
    return _display(header.author), tail[len(header.author) :].strip(" ,·•|")


# A signature closing a paragraph without a dash: its zone ("(UTC)"), its time by its
# date, the name's own links in parentheses ("(talk)", "(talk | contribs)") before
_ZONE_TAIL = re.compile(r" ?\((?:[A-Z]{2,5}(?:[+−-][0-9]{1,2}(?::?[0-9]{2})?)?)\)$")
_CONTROL_TAIL = re.compile(r" ?\[ ?[^\W\d_]{1,20} ?\]$")
_CLOCK = re.compile(r"(?:^|[ ,])([0-2]?[0-9]:[0-5][0-9])(?: ?[aApP]\.?[mM]\.?)?,? ?$")
_CLOCK_AFTER = re.compile(r"^,? (?:[^\W\d_]{1,3} )?[0-2]?[0-9]:[0-5][0-9](?: ?[aApP][mM])?$")
_NAME_LINKS = re.compile(r" ?\( ?([^\W\d_][^()@:/]{0,39})\)$")  # (no "@handle": a tweet's)
_NAME_BOUND = re.compile(r"(?:[.!?:;)\]\"”](?= )|--|—|–| - )")
# A name's links closed right before a time ("(talk) 06:34"); a time's minutes right before
# a zone ("12:17 (CET)": the digit before the colon is checked apart). Each is led by a
# literal, which the regex engine looks for quickly (an alternation led by a digit class
# is tried at every character: eight times slower over a page).
_LINKS_BEFORE_TIME = re.compile(r"\)\s{1,3}[0-9]{1,2}:[0-5][0-9]")
_MINUTES_BEFORE_ZONE = re.compile(r":[0-5][0-9]\s{0,3}\([A-Z]{2,5}")
_SIGNATURE_ENDS = frozenset(")]0123456789")  # a zone, a control, a date, a time
_MERIDIEM = frozenset(("am", "pm", "AM", "PM", "m.", "M."))  # a time's end ("6:34 pm")
_CLOCK_REACH = 48  # the end of a line searched for a signature's time
_SIGNED_TAIL = 160  # the end of a paragraph read for the signature that closes it
_DATE_REACH = 32  # the end of a signature read for its date and time
_SIGNED_LINES = 3  # lines before a signature's last one read with it, at most
_SIGNED_PARAGRAPHS = 2  # paragraphs closed by a signature with links, at least
_SIGNED_BARE = 3  # ... by one without them (a name and a time by the date), at least


def may_hold_signatures(text: str) -> bool:
    """Whether a page's text may hold a signature closing a paragraph
    (`closing_signature`): a name's links closed right before a time ("(talk) 06:34"),
    or a time right before a zone ("12:17 (CET)"). One search of the text, far cheaper
    than reading every line's end."""
    if _LINKS_BEFORE_TIME.search(text) is not None:
        return True
    return any(
        mark.start() > 0 and text[mark.start() - 1].isdigit()
        for mark in _MINUTES_BEFORE_ZONE.finditer(text)
    )


def closing_signature(text: str) -> tuple[str, str, bool] | None:
    """The name and date a paragraph closes with where no dash sets them apart: the
    name, perhaps its own links in parentheses, then a date with its time on either
    side, perhaps its zone ("… prove it. Ann Lee (talk) 06:34, 3 March 2024 (UTC)",
    "… danke. Jo (Diskussion) 10:15, 3. Mär. 2024 (CET)"), after some body text. With
    no links a time is needed and the name must follow a sentence's end or a dash.
    The name, the date, and whether links stood by the name."""
    line = L.plain(text[-3 * _SIGNED_TAIL :])[-_SIGNED_TAIL:]  # (links cut: read as shown)
    control = _CONTROL_TAIL.search(line)  # "… (UTC) [reply]": a reply link after it
    if control is not None:
        line = line[: control.start()]
    zone = _ZONE_TAIL.search(line)
    rest = line[: zone.start()] if zone is not None else line
    date = find_date(rest[-_DATE_REACH:])
    if date is None:
        return None
    offset = len(rest) - len(rest[-_DATE_REACH:])
    after = rest[offset + date.end() :]
    before = rest[: offset + date.start()]
    clock = _CLOCK.search(before)
    if after and _CLOCK_AFTER.match(after) is None:
        return None
    timed = clock is not None or bool(after)
    stamp = rest[offset + date.start() :].strip()
    if clock is not None:
        stamp = f"{clock.group(1)}, {stamp}"  # "06:34, 3 March 2024"
        before = before[: clock.start(1)]
    before = before.rstrip(" ,")
    links = _NAME_LINKS.search(before)
    if links is not None and len(links.group(1).replace("|", " ").split()) <= 3:
        before = before[: links.start()]
    else:
        links = None
    if not timed or (links is None and zone is None and clock is None):
        return None  # (a signature is timed: a date alone closes much prose)
    name = _signing_name(before, bounded=links is None)
    if name is None:
        return None
    return name, stamp, links is not None


def _signing_name(before: str, bounded: bool) -> str | None:
    """The name that closes ``before`` (the text in front of a signature's date): the
    words after the last sentence end or dash, when they read as a name and some body
    stands before them (a word where links follow the name, else three); where not
    ``bounded`` (links follow the name) and no such end is near, the last word."""
    cuts = list(_NAME_BOUND.finditer(before, max(0, len(before) - 45)))
    cut = cuts[-1].end() if cuts else -1
    name = before[cut:].strip(" -–—~") if cut >= 0 else ""
    if not (name and is_name_like(name)):
        if bounded:
            return None
        words = before.split()
        name = words[-1] if words else ""
        cut = len(before) - len(name)
        if not (name and is_name_like(name)):
            return None
    body = len(before[:cut].split())  # (a vote, "Support. Ann (talk) …", is a body)
    return name if body >= (3 if bounded else 1) else None


def _signed_paragraphs(flat: Sequence[OutlineNode], prose: list[bool]) -> list[Post]:
    """Posts printed as paragraphs each closed by its author's signature with no header
    over them (`closing_signature`: "… Ann (talk) 06:34, 3 March 2024 (UTC)"), where
    such paragraphs repeat down the page (`_SIGNED_PARAGRAPHS` with the name's links,
    else `_SIGNED_BARE`). A post runs back from its signature to the post before, or
    to a short line set apart (a section's heading); its depth follows its first
    line's column (`_column_depths`: a reply is printed indented under the post)."""
    found: list[tuple[int, str, str]] = []
    linked = 0
    for index, node in enumerate(flat):
        text = node.text
        if (
            text[-1:] not in _SIGNATURE_ENDS and text[-2:] not in _MERIDIEM
        ) or not _may_close_signature(flat, index):
            continue
        first = index
        while first > 0 and index - first < _SIGNED_LINES and not flat[first - 1].blank_after:
            first -= 1
        signed = closing_signature(" ".join(n.text for n in flat[first : index + 1]))
        if (
            signed is not None
            and found
            and found[-1][0] == index - 1
            and found[-1][1:] == signed[:2]
        ):
            found[-1] = (index, *signed[:2])  # the zone wrapped onto a line of its own
        elif signed is not None:
            found.append((index, *signed[:2]))
            linked += signed[2]
    if linked < _SIGNED_PARAGRAPHS and len(found) < _SIGNED_BARE:
        return []
    posts: list[Post] = []
    low = 0
    for index, author, date in found:
        start = _paragraphs_back(flat, prose, index, low)
        posts.append(
            Post(
                stamp=index,
                start=start,
                author_line=None,
                author=author,
                date=date,
                number=None,
                body_start=start,
                body_end=index + 1,
                replies=range(index + 1, index + 1),
                end=index + 1,
            )
        )
        low = index + 1
    for post, following in itertools.pairwise(posts):  # (headings between: the tail)
        post.tail, post.end = list(range(post.end, following.start)), following.start
    _column_depths(flat, posts)
    _glued_depths(flat, posts)
    return posts


def _may_close_signature(flat: Sequence[OutlineNode], index: int) -> bool:
    """The cheap test before `closing_signature`, on a line that ends as a signature
    does (`_SIGNATURE_ENDS`: its zone, a control, its date or time): a time near its
    end, or, a short line, near the end of the line over it (wrapped: "2024 (UTC)")."""
    text = flat[index].text
    if _CLOCK_IN.search(text, max(0, len(text) - _CLOCK_REACH)) is not None:
        return True
    if index == 0 or len(text) > _CLOCK_REACH:
        return False
    above = flat[index - 1].text
    return _CLOCK_IN.search(above, max(0, len(above) - _CLOCK_REACH)) is not None


def _paragraphs_back(flat: Sequence[OutlineNode], prose: list[bool], at: int, low: int) -> int:
    """Where the body closed at ``at`` starts: back over its lines to ``low`` (the post
    before), stopping under a paragraph with no prose (a heading, a control)."""
    start = at
    while start > low:
        if not flat[start - 1].blank_after:
            start -= 1
            continue
        first = start - 1  # the paragraph over a blank line: its first line
        while first > low and not flat[first - 1].blank_after:
            first -= 1
        if not any(prose[first:start]):
            break
        start = first
    return start


def _column_depths(flat: Sequence[OutlineNode], posts: list[Post]) -> None:
    """Set each post's depth from its first line's column, where a reply stands right
    of the post it answers: a column right of the open levels opens one more; one left
    returns to the deepest open level at or left of it (the steps may differ: a
    converter indents each level by its own width). A line between two posts at or
    left of the top level's column (a section's heading) opens a new thread."""
    levels: list[int] = []
    for post, gap in zip(posts, [[], *(p.tail for p in posts)], strict=False):
        column = flat[post.start].column
        if levels and any(flat[at].column <= levels[0] for at in gap):
            levels = []
        while levels and levels[-1] > column:
            levels.pop()
        if not levels or levels[-1] < column:
            levels.append(column)
        post.depth = len(levels) - 1


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
    signature, with no blank line between (each post after the one before it)."""
    for post in following:
        if post.start == before.stamp + 1 and not flat[before.stamp].blank_after:
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


def _owner_after_date(
    flat: Sequence[OutlineNode], index: int, stamp: Stamp, block: list[int]
) -> tuple[int | None, str | None]:
    """(line, name) of the nearest line over the stamp that reads as a name and that the
    stamp's line prints again, as words of their own, after its date (the controls of
    a table row's header cell: "posted DATE     Profile for Ann   Reply"); (None, None)
    without. The controls name the poster however often the poster's name comes back
    over the page's stamps (a frequent poster's, read as a template's line); where they
    do so on half the stamps at least (`_read_posts`: not a subject field that repeats
    the page's title over the first stamp)."""
    date = stamp.date
    text = L.plain(flat[index].text) if date else ""
    at = text.find(date) if date else -1
    if at < 0 or date is None:
        return None, None
    after = f" {text[at + len(date) :]} "
    if not after.strip():
        return None, None  # (the cheap test first: nothing after the date names anyone)
    for i in reversed(block):
        if not is_name_like(flat[i].text):
            continue
        name = _display(flat[i].text)
        if name and f" {name} " in after:
            return i, name
    return None, None


def _constants(
    flat: Sequence[OutlineNode], blocks: list[list[int]], share: float = _CONSTANT_SHARE
) -> frozenset[str]:
    """Lines printed in (nearly) every header block (``share`` of them): labels,
    ranks, controls. A line two blocks hold (the lines under a stamp run on to the
    next one where no prose stands between: a short body) counts once."""
    if len(blocks) < 3:
        return frozenset()
    seen: Counter[str] = Counter()
    counted: set[int] = set()
    for block in blocks:
        seen.update({_name_key(flat[i].text) for i in block if i not in counted})
        counted.update(block)
    least = share * len(blocks)
    return frozenset(text for text, count in seen.items() if count >= least)


def _read_post(
    flat: Sequence[OutlineNode],
    index: int,
    stamp: Stamp,
    block: list[int],
    after: list[int],
    author: tuple[int | None, str | None],
) -> Post:
    """A post's header block around its stamp and author line."""
    author_line, name = author
    start = index
    if author_line is not None and author_line < index:
        start = author_line
        over = flat[start - 1].text if start - 1 in block else ""
        if over and (
            _is_initial(over)
            or L.is_noise(over)
            or _name_key(L.alt_text_owner(over) or "") == _name_key(name or "")
        ):  # the avatar over the name (its alternative text naming it: "Photo of Ann")
            start -= 1
        while (
            start - 2 in block
            and start - 1 in block
            and _name_key(flat[start - 1].text) == _name_key(flat[start - 2].text)
            and is_name_like(flat[start - 1].text)
        ):  # a badge printed twice over the name ("OP" over "OP" over "Ann" over "Ann")
            start -= 2
    elif stamp.author is not None:  # the stamp names the author: its name printed before
        key = _name_key(stamp.author)  # (or its picture's: "Profile photo for Ann")
        for i in block:
            text = flat[i].text
            if _name_key(text) == key or _name_key(L.alt_text_owner(text) or "") == key:
                start = i
                break
    header = list(range(start, index))  # (the author line may stand over a full block)
    body_start = index + 1 + stamp.wrapped  # (the lines a stamp was wrapped onto are its own)
    if not stamp.wrapped and body_start in after and _goes_on(flat[index], flat[body_start]):
        body_start += 1
    if author_line is not None and author_line > index:  # the header block under the
        body_start = max(author_line, after[-1]) + 1  # stamp: its short lines, up to prose
    body_start = _past_open_target(flat, index, body_start, after)
    while body_start in after and _is_header_field(flat[body_start].text):
        body_start += 1
    header += list(range(index, body_start))
    answered = next((who for i in header if (who := reply_to(flat[i].text))), None)
    date = stamp.date
    if date is None:
        date = _nearest_date(flat, index, header)
    return Post(
        stamp=index,
        start=start,
        author_line=author_line,
        author=name,
        date=date,
        number=stamp.number,
        header=header,
        body_start=body_start,
        reply_to=answered,
    )


def _past_open_target(flat: Sequence[OutlineNode], index: int, start: int, after: list[int]) -> int:
    """The first line from ``start`` on that is not the rest of a link's target left
    open by the stamp ``flat[index]`` (and the lines it was wrapped onto, up to
    ``start``): html2text wraps a long target over lines ("[May 2, 2020](https://blog.
    example/a-long-" over "post-title#comment-12)")."""
    if start >= len(flat):
        return start
    stamp = " ".join(flat[at].text for at in range(index, start))
    if L.open_link(stamp) != "target":
        return start
    end = start
    while (
        end < len(flat)
        and end - start < _UNWRAPPED
        and not flat[end - 1].blank_after
        and (end in after or end - 1 in after)
        and _target_rest(flat[end].text)
    ):
        end += 1
        if " " in flat[end - 1].text or flat[end - 1].text.endswith(")"):
            break  # (the link closed on it)
    return end


def _target_rest(text: str) -> bool:
    """The line goes on with a link's target: a word with no link of its own, alone,
    or closing the link (perhaps after its title: 'post#c12 "Link to comment")')."""
    first, _, rest = text.partition(" ")
    if not first or first[0] in "[!" or "](" in first:
        return False
    return not rest or first.endswith(")") or (rest[:1] == '"' and rest.endswith('")'))


def _goes_on(stamp: OutlineNode, following: OutlineNode) -> bool:
    """The stamp's date goes on on the next line ("Ann  November 8," over "2024, 7:40pm")."""
    if stamp.blank_after or len(following.text) > 40:
        return False
    first = L.plain(stamp.text)
    date = find_date(first + " " + L.plain(following.text))
    return date is not None and date.start() < len(first) < date.end()


_UNWRAPPED = 3  # lines a header's links may wrap over, at most


def _unwrapped(flat: Sequence[OutlineNode], at: int, lines: list[int]) -> str:
    """The line ``flat[at]`` and the lines of ``lines`` right under it that a link open
    at its end runs on to (html2text wraps a picture's link or a date's link inside its
    target or its text), joined by spaces."""
    text = flat[at].text
    last = at
    while L.open_link(text) is not None and last + 1 in lines and last - at < _UNWRAPPED:
        last += 1
        text = f"{text} {flat[last].text}"
    return text


def _strong_author(
    flat: Sequence[OutlineNode],
    stamp: Stamp,
    block: list[int],
    after: list[int],
    constants: Container[str],
    everywhere: Container[str] = frozenset(),
) -> tuple[int | None, str | None]:
    """(line, name) of the post's author by the rules that need no guess, in order:
    the stamp names it, a "NAME says:" line over it, a name under its avatar (its
    initial, alone or glued to the name, or its alternative text), a name printed
    twice (not in ``everywhere`` post: a control the template closes every post with
    is no name), a "NAME says:" line under the stamp."""
    if stamp.author is not None:
        return None, stamp.author
    lines = (*block, *after)
    text = {i: flat[i].text for i in lines}  # (each rule reads the lines again)
    for i in reversed(block):  # a header line ("Ann says:") over the stamp
        header = _verb_line(text[i])
        if header is not None:
            return i, _wrapped_verb_name(flat, i, block) or header
    for i in reversed(block):  # a labelled name over it ("Posted by: Ann (IP hidden)")
        labelled = _labelled_name(text[i])
        if labelled is not None:
            return i, labelled
    if stamp.key[0] == "number" and block:  # a dated name right over a post's number
        dated = _dated_name(text[block[-1]])  # ("Ann Lee 9 Mar, 2021 @ 11:02am" over "#16")
        if dated is not None:
            return block[-1], dated
    if stamp.key[0] == "number" and after:
        # or a header line right under it that names the author after a label and
        # before its date ("#1" over "Updated by Ann Lee 2 years ago"; not "Posted April
        # 18, 2024", "Old 11-24-02": a label alone before the date), perhaps under
        # lines that show nothing (a heading's marks alone, "####", an avatar's picture:
        # `_shows_nothing`) and wrapped inside its links (html2text)
        first = next((i for i in after if not _shows_nothing(text[i])), after[0])
        line = _unwrapped(flat, first, after)
        under = L.read_header(line)
        named = under.author if under is not None and under.date else None
        if named and L.plain(line).find(named) > 0 and is_name_like(named):
            return first, named
    names = [i for i in lines if is_name_like(text[i])]
    for i in names:  # under its avatar: its initial, or its alternative text
        if _is_avatar_of(text.get(i - 1, ""), text[i]):
            return i, _display(text[i])
    for i in lines:  # a picture's alternative text names its owner
        alt = _AVATAR_ALT.match(_shown(text[i])) if len(text[i]) <= 60 else None
        if alt:
            return _alone_in_alt(alt.group(1), names, text) or (i, L.clean_author(alt.group(1)))
    for i in lines:  # the same, in a Markdown picture wrapped across lines; or the name
        if "![" not in text[i]:  # that closes a profile link its avatar's picture opened
            continue
        owner = _wrapped_alt(flat, i)
        if owner is not None:
            return i, owner
        owner = _linked_under_picture(flat, i) if text[i][:3] == "[![" else None
        if owner is not None:
            return i + 1, owner
        owner = _wrapped_pictured_owner(flat, i) if text[i][:3] == "[![" else None
        if owner is not None:  # (a profile cell wrapped inside its name's link)
            return i, owner
    shown = [_shown(text[i]) for i in lines]
    for i in names:  # the avatar's initial glued after the name: "AnnA Offline" over "Ann"
        name = _shown(text[i])
        glued = name + name[:1].upper()
        if any(t.startswith(glued) and t[len(glued) : len(glued) + 1] in ("", " ") for t in shown):
            return i, _display(text[i])
    for i in names:  # under its avatar's picture, whose alternative text is the name
        if _under_picture(flat, i, -1):  # (its link may wrap: "[ ![Ann](a.png)" / "](/u/1)")
            return i, _display(text[i])
    for i in names:  # named again in its own link's title: [Ann](/u/1 "Ann is offline")
        if _titled(text[i]):
            return i, _display(text[i])
    for i in lines:  # the same, the link's text wrapped: "[Ann" / "Lee](/u/1 …"
        owner = _wrapped_titled(flat, i)
        if owner is not None:
            return i, owner
    twice_found: list[tuple[int, int, str | None]] = []  # (nearest print, line, name)
    for i, line in zip(lines, shown, strict=True):  # printed twice on one line: "Ann Lee Ann Lee"
        twice = _doubled(line)
        if twice is not None and _name_key(line) not in constants:
            twice_found.append((i, i, twice))
    keys = [_name_key(line) for line in shown]
    over = len(block)  # (the keys of the block's lines, then those under the stamp)
    for i in names:  # printed twice: as a line, or at the start of another line, on
        key = _name_key(text[i])  # one side of the stamp (a control closing every post
        side = keys[:over] if block and i <= block[-1] else keys[over:]  # stands over
        if sum(k == key or k.startswith(key + " ") for k in side) < 2:  # the stamp and
            continue  # under it where a body is short; a link's wrapped title is no name)
        if key not in constants and key not in everywhere and not _closes_line_above(text[i]):
            over_it = bool(block) and i <= block[-1]
            prints = [
                j
                for j, k in zip(lines, keys, strict=True)
                if (k == key or k.startswith(key + " "))
                and (bool(block) and j <= block[-1]) == over_it
            ]
            twice_found.append((max(prints) if over_it else min(prints), i, _display(text[i])))
    if twice_found:  # several lines printed twice over the stamp (a pager's "Next" over
        # "Next Last", a badge "OP" over "OP", a link's text twice): the name is the one
        # nearest the stamp, taken at its first print (the first one found under it;
        # not where the first one opens with it: the avatar's "Ann profile image" over
        # "Ann", "Ann A Offline" over "Ann" name one member)
        overs = [f for f in twice_found if block and f[1] <= block[-1]]
        nearest = max(overs) if twice_found[0] in overs else twice_found[0]
        chosen, opening = (_name_key(f[2] or "") for f in (nearest, twice_found[0]))
        squashed = ["".join(c for c in k if c.isalnum()) for k in (opening, chosen)]
        if squashed[0].startswith(squashed[1]) or squashed[1].startswith(squashed[0]):
            chosen = opening
        return next((i, name) for _, i, name in twice_found if _name_key(name or "") == chosen)
    for i in after:  # a header line under the stamp (the stamp closes the post above)
        header = _verb_line(flat[i].text)
        if header is not None:
            return i, header
    for i in lines:  # a picture's alternative text names its owner by a prefix
        owner = L.alt_text_owner(_shown(text[i])) if len(text[i]) <= 80 else None
        if owner is None or not is_name_like(owner):  # ("Profile photo for Ann Lee"):
            continue  # the name where it is printed too ("Ann Lee·"), else the picture's
        key = _name_key(owner)
        printed = [
            j
            for j, line in zip(lines, shown, strict=True)
            if j > i and _name_key(line.rstrip("·• ")) == key
        ]
        return (printed[0] if printed else i), L.clean_author(owner)
    return None, None


# A name after a label that ends in "by" ("Posted by: ", "Geschrieben von: "), perhaps a
# note in parentheses after it ("(IP hidden)", "(guest)")
_LABELLED_NAME = re.compile(
    r"(?i)^(?:[^\W\d_]+ )?(?:by|von|par|por|door|av|di|da):\s+(\S.{0,60}?)(?:\s+\([^()]{1,30}\))?$"
)


def _dated_name(text: str) -> str | None:
    """The name a "NAME DATE" line opens with (not a field's label: "Joined: DATE",
    "Posted : DATE")."""
    header = L.read_header(text)
    if header is None or header.evidence != "date" or header.author is None:
        return None
    author = header.author
    line = L.plain(text)
    at = line.find(author)
    if at < 0 or line[at + len(author) :].lstrip(" \u00a0")[:1] == ":":
        return None
    return author if is_name_like(author) else None


def _labelled_name(text: str) -> str | None:
    """The name a line gives after a label ending in "by" ("Posted by: Ann (IP hidden)"),
    None for other lines."""
    if ":" not in text:
        return None
    match = _LABELLED_NAME.match(L.plain(text))
    if match is None or not is_name_like(match.group(1)):
        return None
    return _display(match.group(1))


def _doubled(text: str) -> str | None:
    """The name of a short line that prints one name-like text twice, the two set
    apart by a space ("Ann Lee Ann Lee": an avatar's link text and the name, joined
    by a converter); else None."""
    words = text.split()
    half = len(words) // 2
    if not 0 < half <= 4 or len(words) != 2 * half or words[:half] != words[half:]:
        return None
    name = " ".join(words[:half])
    return _display(name) if is_name_like(name) else None


_PICTURE = re.compile(r"!\[([^\]\n]{1,200})\]\(")


_OPEN_PICTURE = re.compile(r"!\[([^\]\n]{1,200})$")  # "[ ![Ann's user" (wrapped)
_CLOSE_PICTURE = re.compile(r"^([^\]\n]{1,200})\]\(")  # "avatar](https://…)"


def _wrapped_alt(flat: Sequence[OutlineNode], at: int) -> str | None:
    """The owner a Markdown picture names in its alternative text when html2text
    wrapped the text: "[ ![Ann's user" over "avatar](https://x/a.png)" (None: no such
    picture at ``flat[at]``)."""
    opened = _OPEN_PICTURE.search(flat[at].text) if "![" in flat[at].text else None
    if opened is None or at + 1 >= len(flat):
        return None
    closed = _CLOSE_PICTURE.match(flat[at + 1].text)
    if closed is None:
        return None
    alt = _AVATAR_ALT.match(" ".join(f"{opened.group(1)} {closed.group(1)}".split()))
    return L.clean_author(alt.group(1)) if alt else None


# A line that opens a link with a picture and nothing else: "[![](https://x/a.png)"
_PICTURE_OPENS_LINK = re.compile(r"^\[!\[[^\]\n]{0,200}\]\([^)\s]{1,2000}\)$")
# The line under it, closing that link after a name: "**Ann Lee** @ann](https://x/@ann)"
_NAME_CLOSES_LINK = re.compile(r"^([^\[\]\n]{2,80})\]\([^)\s]{1,2000}\)$")


def _linked_under_picture(flat: Sequence[OutlineNode], at: int) -> str | None:
    """The name of a profile link html2text wrapped after its avatar's picture: the
    link's picture alone on ``flat[at]`` ("[![](https://x/a.png)"), its name (perhaps
    strong, perhaps with a handle) closing the link on the next line ("**Ann Lee**
    @ann](https://x/@ann)"). None when the lines read otherwise."""
    if at + 1 >= len(flat) or _PICTURE_OPENS_LINK.match(flat[at].text) is None:
        return None
    closed = _NAME_CLOSES_LINK.match(flat[at + 1].text)
    if closed is None or not is_name_like(closed.group(1)):
        return None
    return _display(closed.group(1))


def _wrapped_pictured_owner(flat: Sequence[OutlineNode], at: int) -> str | None:
    """The name a profile cell links after its owner's picture (`_pictured_owner`),
    html2text having wrapped the name's link from ``flat[at]`` onto the next line
    ("[![](/a/7.jpg)](/u/7/ann) [Ann" over "Lee](/u/7/ann) Member Posts: 9")."""
    if at + 1 >= len(flat) or "](" in flat[at].text.rsplit("[", 1)[-1]:
        return None
    return _pictured_owner(flat[at].text + " " + flat[at + 1].text)


_ROW_LINES = 5  # lines a table row's first cell may wrap over, at most


def _wrapped_row_owner(
    flat: Sequence[OutlineNode], index: int, previous: int
) -> tuple[int | None, str | None]:
    """(line, name) of the owner of a profile cell html2text wrapped over a few lines,
    the stamp ``flat[index]`` the row's last line, its cell bar before the date ("![Java](
    /i/java.png) |  [posted 2 months ago](/t/9#3)"): the cell opens with the owner's
    picture and name linked to one address (`_pictured_owner`), on a line under the
    previous stamp, no other row's bar between. (None, None) for other lines."""
    if " | " not in flat[index].text:
        return None, None
    for at in range(index - 1, max(previous, index - _ROW_LINES - 1), -1):
        text = flat[at].text
        if "|" in text:
            return _row_opening_name(at, text)
        if text[:3] == "[![":
            owner = _pictured_owner(text) or _wrapped_pictured_owner(flat, at)
            return (at, owner) if owner is not None else (None, None)
    return None, None


def _row_opening_name(at: int, text: str) -> tuple[int | None, str | None]:
    """(line, name) of a table row's first line that is a bar and a name alone ("|
    **Ann Lee**": the row's first cell empty, the profile cell opening with its owner's
    name, html2text); (None, None) for other lines."""
    if text[:1] != "|" or "|" in text[1:]:
        return None, None
    name = text[1:].strip()
    if not name or not is_name_like(name):
        return None, None
    shown = _display(name)
    return (at, shown) if shown else (None, None)


def _under_picture(flat: Sequence[OutlineNode], at: int, low: int) -> bool:
    """The name line ``flat[at]`` has its avatar's picture one to three lines over it
    (a flag or badge between), after line ``low``."""
    return any(_pictures(flat[j].text, flat[at].text) for j in range(at - 1, at - 4, -1) if j > low)


def _pictures(line: str, name: str) -> bool:
    """``line`` shows a picture (Markdown image) whose alternative text is ``name``."""
    if "![" not in line:
        return False
    key = _name_key(name)
    return any(" ".join(alt.split()).casefold() == key for alt in _PICTURE.findall(line))


def _pictured_above(
    flat: Sequence[OutlineNode], prose: list[bool], block: list[int], previous: int
) -> tuple[int | None, str | None]:
    """(line, name) of a name under its avatar's picture in the short lines just over a
    header block that reached its length limit (a tall block: ranks, counters, badges)."""
    at = block[0] - 1
    while at > max(previous, block[0] - 1 - _MAX_AFTER) and not prose[at]:
        if is_name_like(flat[at].text) and _under_picture(flat, at, previous):
            return at, _display(flat[at].text)
        at -= 1
    return None, None


_TITLE = re.compile(r'\]\([^)\s]{0,2000} "([^"\n]{0,300})"?\)?')


def _titled(text: str) -> bool:
    """A name line whose link's title (a Markdown link's quoted tooltip) names it again:
    ``[Ann](/u/1 "Ann is offline")``, ``[Ann](/u/1 "Go to Ann's profile")``."""
    match = _TITLE.search(text) if '"' in text else None
    if match is None:
        return False
    name = _name_key(text)
    return len(name) > 1 and name in " ".join(match.group(1).split()).casefold()


_OPEN_LINK = re.compile(r"(?:^|[^!])\[([^\[\]\n]{1,40})$")  # "###  [Ann" (wrapped)
_QUOTED_TITLE = re.compile(r'\]\(\S[^"\n]{0,300} "([^"\n]{1,300})"\)')
_LINK_TEXT = re.compile(r"(?:^|[^!])\[([^\[\]\n]{1,40})\]\(")  # "[Ann Lee](…"
_CLOSE_LINK = re.compile(r"^([^\[\]\n]{1,40})\]\(")  # "Lee](https://…"


def _wrapped_titled(flat: Sequence[OutlineNode], at: int) -> str | None:
    """The name of a name link that html2text wrapped, its text ("###  [Ann" over
    "Lee](/u/1 "Go to Ann Lee's profile")") or its title ("[Ann Lee](/u/1 "Go to Ann"
    over "Lee's profile")"), when its title names it again; else None."""
    text = flat[at].text
    if "[" not in text or at + 1 >= len(flat) or text[-1:] == ")":
        return None
    whole = _LINK_TEXT.search(text)
    if whole is not None:
        name = whole.group(1)
    else:
        opened = _OPEN_LINK.search(text)
        closed = _CLOSE_LINK.match(flat[at + 1].text) if opened else None
        if opened is None or closed is None:
            return None
        name = f"{opened.group(1)} {closed.group(1)}"
    name = " ".join(name.split())
    if not is_name_like(name):
        return None
    tail = " ".join(flat[j].text for j in range(at, min(at + 3, len(flat))))
    title = _QUOTED_TITLE.search(tail)  # (the target may be wrapped too)
    said = " ".join(title.group(1).split()).casefold() if title else ""
    key = _name_key(name)
    if key not in said or key == _name_key(said):  # (a control titled by its own text:
        return None  # "[Post](#p1 "Post")")
    return _display(name)


# a picture or link closed, a word glued to it: the start of a name html2text wrapped
# ("![](https://x/a.png)Nadia" over "Ferrantesays:")
_GLUED_AFTER_LINK = re.compile(r"\)([^\W\d_][^\s()\[\]]*)$")


def _wrapped_verb_name(flat: Sequence[OutlineNode], at: int, block: list[int]) -> str | None:
    """The author of the "NAME says:" line ``flat[at]`` whose name starts on the line
    over it, glued to a picture that closes that line (html2text wrapped it:
    "![](https://x/a.png)Оксана" over "Веремееваговорит:"), None when it does not."""
    if at - 1 not in block or flat[at - 1].blank_after:
        return None
    glued = _GLUED_AFTER_LINK.search(flat[at - 1].text)
    return _verb_line(f"{glued.group(1)} {flat[at].text}") if glued is not None else None


def _verb_line(text: str) -> str | None:
    """The author a "NAME says:" line names."""
    if len(text) > _MAX_STAMP or text[:1] == ">":  # (a quote's "Ann said:" opens no post)
        return None
    header = L.read_header(text)
    if header is None or header.evidence != "verb" or header.author is None:
        return None
    if header.author.casefold() in L.CONNECTOR_WORDS:  # a mail's "On DATE, Ann wrote:"
        return None  # (read as "On" writing: it opens a quote, not a post)
    return header.author


def _names_over_quotes(
    flat: Sequence[OutlineNode],
    stamps: list[tuple[int, Stamp]],
    found: list[tuple[int | None, str | None]],
    blocks: list[list[int]],
    unnamed: Container[str],
) -> None:
    """Where nearly every post prints a name-like line at one place over its stamp, a
    "NAME posted:" line elsewhere (under the stamp, or over it beyond that place, in a
    short body above) opens a quote box in a body, not the header: the short line at
    that place names the post (``found`` updated in place)."""
    said = [
        number
        for number, (line, _) in enumerate(found)
        if line is not None and _verb_line(flat[line].text) is not None
    ]
    if not said:
        return
    places = Counter(
        distance
        for (index, _), block in zip(stamps, blocks, strict=True)
        for distance in {index - i for i in block if _candidate(flat[i].text, unnamed)}
    )
    place, count = places.most_common(1)[0] if places else (0, 0)
    if count * 5 < len(stamps) * 4:
        return
    for number in said:  # (the line there may be no name-like one: "Ann Lee!")
        index, (told, _) = stamps[number][0], found[number]
        line = index - place
        if told is None or index - place <= told <= index:  # (its own header line, "Ann
            continue  # Lee says:" under "Ann" over the stamp)
        name = _display(flat[line].text) if line in blocks[number] else None
        if name is not None and _name_key(name) not in unnamed:
            found[number] = (line, name)


def _likeliest_name(
    flat: Sequence[OutlineNode],
    index: int,
    block: list[int],
    constants: frozenset[str],
    typical: int,
) -> tuple[int | None, str | None]:
    """The name-like line of the block the nearest to where the other posts print their
    author (``typical`` lines above the stamp)."""
    names = [
        i
        for i in block
        if _candidate(flat[i].text, constants)
        or (_named_twice(flat[i].text) is not None and _name_key(flat[i].text) not in constants)
    ]
    if not names:
        return None, None
    line = min(names, key=lambda i: (abs(index - i - typical), i))
    return line, _named_twice(flat[line].text) or _display(flat[line].text)


def _named_twice(text: str) -> str | None:
    """The name a header line opens and closes with, a few words between ("Ann is not
    online. Ann": a status picture's text printed before the profile link's)."""
    words = L.plain(text).split()
    if not _TWICE_WORDS[0] <= len(words) <= _TWICE_WORDS[1] or words[0] != words[-1]:
        return None
    return words[0] if is_name_like(words[0]) and find_date(text) is None else None


_TWICE_WORDS = (4, 8)  # a name, two to six words of status, the name again


def _candidate(text: str, constants: Container[str]) -> bool:
    key = _name_key(text)
    return (
        is_name_like(text)
        and key not in constants
        and not _closes_line_above(text)
        and (len(key) > 12 or _ICON_COUNT.match(key) is None)
    )


# a count after an icon: "ñ2341", "♥ 12", "👍3" (a glyph of the page's icon font, then
# the likes): one character and a number make no name
_ICON_COUNT = re.compile(r"^\D ?[0-9][0-9,.]*[kKmM万]?$")


def _is_header_field(text: str) -> bool:
    """A line after a stamp that still belongs to the header: a date, a label, a count
    (not a quote box's "46 minutes ago, Ann said:", which opens the body)."""
    line = L.plain(text)
    if find_date(line) is None and not _LABEL.match(line) and not L.is_noise(line):
        return False
    return read_attribution(text) is None


def _nearest_date(flat: Sequence[OutlineNode], index: int, header: list[int]) -> str | None:
    for i in sorted(header, key=lambda i: abs(i - index)):
        if i != index and find_date(flat[i].text) is not None and not _LABEL.match(flat[i].text):
            return L.plain(flat[i].text)
    return None


def _bodies(
    flat: Sequence[OutlineNode], prose: list[bool], posts: list[Post], constants: frozenset[str]
) -> None:
    """Where each post ends: at the next post's header block; the last one at the end
    of its run of text. Footer lines (controls, template lines) end a body as its tail."""
    for post, following in itertools.pairwise(posts):
        if following.start < post.body_start:  # (a header read under a short post's
            following.start = post.body_start  # stamp: the next post starts after it)
            following.header = [i for i in following.header if i >= following.start]
            if following.author_line is not None and following.author_line < following.start:
                following.author_line = None
        post.end = following.start
    last = posts[-1]
    last.end = _last_end(flat, prose, last.body_start)
    for post in posts:
        _trim(flat, post, post.end, constants)
    keys = _footer_keys(flat, posts)
    for post in posts:  # a body ends where the footer the posts share starts ("Like")
        at = _footer_at(flat, post, keys)
        if at is not None:
            if post is last:  # (the lines after its footer are the page's)
                last.end = at + 1
                while last.end < len(flat) and _is_footer(flat[last.end].text, constants | keys):
                    last.end += 1
            _trim(flat, post, at, constants)


def _trim(flat: Sequence[OutlineNode], post: Post, end: int, constants: frozenset[str]) -> None:
    """End the post's body at ``end`` or before the footer lines just above it; the
    lines from there to the post's end are its tail."""
    while end > post.body_start and _is_footer(flat[end - 1].text, constants):
        end -= 1
    post.tail = list(range(end, post.end))
    post.body_end = end
    post.replies = range(end, end)


def _footer_keys(flat: Sequence[OutlineNode], posts: list[Post]) -> frozenset[str]:
    """The first lines of the posts' footers (a control bar's "Like") that stand in at
    least half of the posts, two at least, as name keys."""
    firsts = {_name_key(flat[post.tail[0]].text) for post in posts if post.tail} - {""}
    if not firsts:
        return frozenset()
    holding = Counter(
        key
        for post in posts
        for key in {_name_key(flat[i].text) for i in range(post.body_start, post.end)} & firsts
    )
    return frozenset(k for k, n in holding.items() if n >= 2 and n * 2 >= len(posts))


def _footer_at(flat: Sequence[OutlineNode], post: Post, keys: frozenset[str]) -> int | None:
    """Where the shared footer starts in the post, after its body's first line."""
    if keys:
        for index in range(post.body_start + 1, post.end):
            if _name_key(flat[index].text) in keys:
                return index
    return None


def _last_end(flat: Sequence[OutlineNode], prose: list[bool], start: int) -> int:
    """The end of the page's last post: before its first run of more than four short
    lines (page furniture), or after its last line of prose, before the page's end, or
    before the notice for readers who may not post or a closed notice (a form's title
    may be a control under every post: "add comment"); a post without prose (a short
    last post kept by its number) is its first line."""
    end = start
    short_run = 0
    while end < len(flat):
        if end > start and (
            L.is_login_notice(flat[end].text) or L.is_closed_notice(flat[end].text)
        ):
            return end
        if prose[end]:
            short_run = 0
        else:
            short_run += 1
            if short_run > 4:  # (the post's first line at least)
                return max(end - short_run + 1, start + 1)
        end += 1
    return max(end - short_run, min(start + 1, len(flat)))


def _is_footer(text: str, constants: frozenset[str]) -> bool:
    line = L.plain(text)
    return not line or _name_key(line) in constants or L.is_reply_link(line)
