"""Prose or header: which lines of a post list are running text (`is_prose`), and the
corrections that take what is no body out of the prose before stamps are looked for:
profile cards' fields and sentences, tails repeated under every post, pictured names,
names before the controls every post prints."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

from threadparse import lines as L
from threadparse.dates import (
    DIGIT,
    date_extent,
    find_date,
)
from threadparse.outline import OutlineNode
from threadparse.posts.post import Post
from threadparse.posts.shapes import (
    _ANCHOR,
    _BARE_RUN,
    _COUNTER,
    _LABEL,
    _MAX_BLOCK,
    _MAX_STAMP,
    _NUMBERED_TAIL,
    _POST_NUMBER,
    _PROSE_LENGTH,
    _SENTENCE_MARK,
    _TIME_TAIL,
    _name_key,
    field_starts,
    is_name_like,
    reply_to,
)
from threadparse.posts.stamps import (
    _WIDE_GAP,
    Stamp,
    _bar_after,
    _controls_after,
    _dotted_label,
    _kept_stamp,
    _line_stamp,
    _profiled_cell,
    _read_stamp,
    _stamp_before_controls,
    _tailed,
    read_stamp,
    without_checkbox,
)
from threadparse.quoteboxes import read_attribution


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
    if not text.isascii() and _THAI.search(text) is not None and _thai_prose(text):
        return True  # (else read by its words: a Thai name before a date, "Ann ·" in Thai)
    if len(text) < 7:  # (fewer than four words)
        return False
    # Pre-filters, exact: taking a date or counters out of the line below only drops
    # words and characters (no word is split, none added), so a line of fewer than four
    # words, or of at most eight words and 80 characters with no ".", "!" or "?" in it
    # (or, with no digit, none at its end), is no prose whatever is taken out.
    words = text.split()
    if len(words) < 4:
        return False
    digits = DIGIT.search(text) is not None
    short = len(words) <= 8 and len(text) <= 80
    if short and not (_SENTENCE_MARK.search(text) if digits else text[-1] in ".!?"):
        return False
    date = find_date(text) if digits and len(text) <= 80 else None
    tail = text[date.end() :] if date is not None else ""
    if date is not None and _counted_after(text, date.end()):
        return False  # a header: a date, then a count in parentheses ("(1 child)")
    if date is None and digits and text[-1:] in ")]" and len(text) <= _MAX_STAMP:
        closed = find_date(text)  # (a longer header too, its name and score before
        if closed is not None and _counted_after(text, closed.end()):  # the date: "[–]ann
            return False  # Puerto Varas 19 points20 points 1 day ago (0 children)")
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
    if date is not None and "[" in tail and _BRACKETED_TAIL.match(text, date_extent(text, date)):
        return False  # a header: its date, then a control in brackets ("[ permalink ]")
    numbered = _numbered_date(text, date if len(text) <= 80 else None)
    if numbered is not None:  # (its number in parentheses, a link or two after it: "on
        text = text[: numbered.start()]  # DATE (#301) Homepage Journal"): the words before
        words = text.split()
    elif date is not None and (
        len(tail) <= _TIME_TAIL
        or (len(tail) <= 2 * _TIME_TAIL and (_wordless(tail) or _timed_to_end(text, date)))
    ):  # a line that ends in its date (and time, perhaps a post number: "@01:00PM
        before = text[: date.start()]  # (#6432)"): a header; a full stop glued to the date
        if before[-1:] == "." and before[-2:-1].isalpha():  # closes no sentence, but a
            before = before[:-1]  # header's phrase printed by the date ("Ann added a
        # comment.Mar 3 2021, 10:02 AM"); the time's words are no sentence's ("เวลา 14:51 น.")
        text = before + ("" if _wordless(tail) or _timed_to_end(text, date) else tail)
        words = text.split()
    elif date is not None and (
        _bar_after(tail)
        or _controls_after(tail)
        or _controls_after(text[date_extent(text, date) :])  # ("DATE @ 14:22 Quote Reply")
    ):
        return False  # or in a bar of controls ("Il y a 2 ans 1 J'aime J'aime Répondre")
    elif (
        date is not None
        and (note := _NUMBERED_NOTE.fullmatch(text, date_extent(text, date))) is not None
        and find_date(note.group()) is None  # (not "(last modified 3 years ago)": a byline's)
    ):
        text = text[: date.start()]  # or in a note of a number in parentheses: "Ann · DATE
        words = text.split()  # (спустя 1 месяц 13 дней)", the age since the post before
    if digits:  # (a counter is digits first)
        counted = [word for word in words if not _COUNTER.match(word)]
        if 3 * (len(words) - len(counted)) >= len(words):  # a line of counters
            words = counted
    if len(words) < 4:
        return False
    if (label := _LABEL.match(text)) is not None and not _sentence_after_label(text, label):
        return False
    if not (len(words) > 8 or len(text) > 80 or text[-1] in ".!?"):
        return False  # (a short line not closed as a sentence: no words counted)
    return sum([_uncapitalised(word) for word in words]) * 4 >= len(words)


def _timed_to_end(text: str, date: re.Match[str]) -> bool:
    """The date's time and the words `date_extent` reads around it close the line ("Ann 5
    มีนาคม 2567 เวลา 14:51 น.": "at 14:51 hours", its full stop no sentence's)."""
    return not text[date_extent(text, date) :].strip()


def _uncapitalised(word: str) -> bool:
    """A word not capitalised: its first letter in lower case, or of a script that has no
    case (Hebrew, Arabic, Thai: every word of a sentence reads as a lower-case one)."""
    first = word[0]
    return first.islower() or (first.isalpha() and not first.isupper() and not first.isascii())


# a note in parentheses holding a number, alone after a header's date (and time): "(спустя
# 1 месяц 13 дней)", "(2 replies)"
_NUMBERED_NOTE = re.compile(r"\s*\((?=[^()]*[0-9])[^()]{1,60}\)\s*")
# a control in brackets, alone after a header's date: "[ permalink ]", "[ постоянная ссылка ]"
_BRACKETED_TAIL = re.compile(r"\s*\[\s?[^\W\d_]+(?: [^\W\d_]+){0,2}\s?\]\s*$")

_LABELLED_SENTENCE = 6  # words after a label, at least, that make it a body's sentence


def _sentence_after_label(text: str, label: re.Match[str]) -> bool:
    """A line opened by a label ("Update:", "Quick update:", its first word of three
    letters at least) whose words after it are a sentence of a body, not a field's
    value: six words at least, closed by a full stop or "!", over half of them in lower
    case ("Update: the exporter rounded the allowance first.", not "Location: Port
    Elizabeth, Eastern Cape", nor a reply's subject, "Re: Queen cells in April: swarm or
    supersedure?")."""
    if len(label.group(0).split()[0].rstrip(":")) < 3:
        return False
    value = text[label.end() :].split()
    if len(value) < _LABELLED_SENTENCE or value[-1][-1:] not in ".!":
        return False
    return 2 * sum(word[0].islower() for word in value) > len(value)


# A count in parentheses that closes a header after its date: "(2 children)", "(1 reply)",
# "(12 comments)", as a toggle prints a comment's replies (its link marks kept: lynx's
# "[25](2 replies)"), or in brackets: "[14 favorites]"; perhaps after the star an edited
# post's age is marked with ("2 hours ago* (1 child)") or a note of a word or two set off
# by a dash ("5 hours ago - stickied comment (0 children)").
_COUNT_AFTER = re.compile(
    r"\*?(?: [-–] [^\W\d_]{2,12}(?: [^\W\d_]{2,12})?)?\s*(?:\[[0-9]{1,5}\])?"
    r"(?:\( ?[0-9]{1,5} [^\W\d_]{1,12} ?\)|\[ ?[0-9]{1,5} [^\W\d_]{1,12} ?\])\s*$"
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
_CJK = L.SPACELESS_LETTER
_CJK_PROSE = 8  # letters of a line of such text that reads as prose, at least


def _cjk_prose(text: str) -> bool:
    """A line of Chinese, Japanese or Korean text that is prose: some letters of it, and
    no date (a header line: "1 名前：Ann 投稿日：2014/03/14(金) 13:22")."""
    return len(_CJK.findall(text)) >= _CJK_PROSE and find_date(text) is None


_THAI = re.compile("[\u0e01-\u0e4e]")  # a Thai letter, vowel or mark
_THAI_PROSE = 24  # of them on a line of Thai that reads as prose, at least
_THAI_CLAUSES = 2  # runs of Thai between blanks on such a line, at least
_PATH_MARKS = frozenset("/>|»›·•-–—")  # a word alone between a menu's or a path's entries
# a spoken sentence's closing particle (the polite "ครับ", "ค่ะ", "คะ", "จ้า", "นะ"), perhaps
# a mark or a picture's character after it, on a run of Thai `_THAI_SPOKEN` long at least
_THAI_PARTICLE = re.compile(r"(?:ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|นะ)[^\u0e01-\u0e4e\w]*$")
_THAI_SPOKEN = 12


def _thai_prose(text: str) -> bool:
    """A line of Thai that is prose. Thai prints no blank between words, one between
    clauses and sentences, and no full stop: so no line of Thai has the words or the
    sentence's end `is_prose` counts ("ชอบกาแฟมากค่ะ มีร้านไหนแนะนำเป็นพิเศษไหมคะ", two
    clauses of a body). Two runs of Thai between blanks at least and `_THAI_PROSE` Thai
    characters, or a run closed by a spoken sentence's particle ("มีใครเคยเจอแบบนี้บ้าง
    ไหมครับ"); no date (a header line: "Ann 5 มีนาคม 2567 เวลา 14:51 น.") and no mark
    between a menu's entries or a path's ("หน้าแรก > ห้อง > แท็ก"). A line is read as
    shown (a link's target aside). A name (one run, or a short two), a label or a
    notice of one run are no prose."""
    shown = L.plain(text)
    runs = shown.split()
    if any(run in _PATH_MARKS for run in runs):
        return False
    letters = len(_THAI.findall(shown))
    clauses = sum(_THAI.search(run) is not None for run in runs)
    if not (
        (clauses >= _THAI_CLAUSES and letters >= _THAI_PROSE)
        or (letters >= _THAI_SPOKEN and _THAI_PARTICLE.search(shown) is not None)
    ):
        return False
    return find_date(shown) is None


# a line closed by "by NAME" (a name of a word or two)
_BY_NAME_LAST = re.compile(r"(?i) (?:by|von|par|por|door|av|af|di) \S+(?: \S+)?$")


def _labels_only(before: str) -> bool:
    """What a line prints before its date names no one and says nothing: a word or two,
    or labelled fields ("comment:4 follow-up: ↓ 5 Changed")."""
    return len(before.split()) <= 2 or ":" in before


def _named_after_date(tail: str) -> bool:
    """What follows a date is its post's number perhaps, then "by" and a name of a few
    words ("#2234 by Ann Lee", "by ann_k"), perhaps the comment's anchor ("comment:3")."""
    tail = L.without_address(L.plain(tail).lstrip())  # (as shown: "[40]#2237 by [41]Ann"
    last = tail.rsplit(" ", 1)  # in lynx's dumps; "by ann <ann@example.org>")
    if len(last) == 2 and _ANCHOR.match(last[1]):
        tail = last[0]  # (the comment's anchor after the name: "by ann comment:3")
    by = L.NUMBER_BY.match(tail)
    return by is not None and len(tail.split()) <= 6 and is_name_like(tail[by.end() :])


def _wordless(text: str) -> bool:
    """Text with no word of three letters or more (", 12:16pm 3": a time, a number)."""
    return all(sum(ch.isalpha() for ch in part) < 3 for part in text.split())


_DATED_PROSE = 80  # longer lines are prose whatever date they end in (`is_prose`)


def _first_cell(text: str) -> str:
    """The first cell of a table row printed side by side ("Ann        Re: Subject",
    w3m's profile column beside the post's): the text before the first wide gap; the
    line itself where it has none."""
    head, gap, _ = text.partition(_WIDE_GAP)
    return head.rstrip() if gap and head.strip() else text


_CARD_HEAD = 3  # words before a one-line card's fields, at most


def card_head(text: str) -> str | None:
    """The words that open a poster's card printed on one line, before its labelled
    fields, two of them at least ("ann Member From: Leeds Registered: 2005-09-06 Posts:
    422", inscriptis' card): the name and perhaps a rank (`names.strip_badges` tells it
    by repetition), `_CARD_HEAD` words at most; None where the line is no such card.

    >>> card_head("ann Member From: Leeds Registered: 2005-09-06 Posts: 422 E-mail")
    'ann Member'
    >>> card_head("I moved here from: Leeds, and Registered: yesterday") is None
    True
    """
    starts = field_starts(text)
    if len(starts) < 2:
        return None
    head = text[: starts[0]].strip()
    if not head or len(head.split()) > _CARD_HEAD:
        return None
    return head


def _prose_node(node: OutlineNode) -> bool:
    """A line of a post's body: prose, or a quote box's attribution (which opens a body
    as prose does). A list item with links (a picture, a profile link, a counter) is
    read as shown: their addresses are no words; so is a table row whose one cell holds
    text (`lines.header_cell`), or whose header's cell follows its author's profile cell
    (`_profiled_cell`), as that cell."""
    line = node.text
    text = without_checkbox(line)  # (a header's collapse box is no word)
    text = L.without_buttons(text)  # (nor are lynx's buttons after the text)
    if "](" in text:  # (each reading below is of a line with a link: looked for once)
        if node.marker is not None:
            text = L.plain(text)
        elif "|" in text and (cell := L.header_cell(text)) is not None:
            text = L.plain(cell)  # (a table's row, its other cells furniture: its one cell)
        elif " | " in text and (cell := _profiled_cell(text)) is not None:
            text = L.plain(cell)  # (a table's row, a profile's cell before it: the header's)
        elif len(text) > _DATED_PROSE:
            shown = L.plain(text)  # (a dated line long by its links' targets: read as shown)
            if len(shown) <= _MAX_STAMP and find_date(shown) is not None:
                text = shown
        elif text[-1] != ")" and L.open_link(text) == "text":
            text = L.plain(text)  # (a header wrapped inside its date's link: "[Ann](… "Link
            # to Ann's website") · [March": the link's title is no words either)
    elif text.lstrip("# ")[:1] == "[" and L.open_link(text) == "text":
        text = _opening_link_piece(text)  # (a line that opens a link and ends in its text)
    if "   " in text:  # (each reading below is of a line with a wide gap: looked for once)
        if _header_beside_name(text) or _dated_controls(text):
            return False  # (a profile's first line beside the header cell: no body's)
        if name_beside_field(text) is not None:
            return False  # (the same, the header cell's first line a field: "Post subject: …")
        if _WIDE_GAP in text:  # (cells side by side, inscriptis: their gap is no length)
            text = " ".join(text.split())
    if "@" in text:  # (a name's address is no words: "Ann <a@b.c> on DATE")
        text = L.without_address(text)
    if is_prose(text):
        return not opens_with_rating(text)
    attribution = read_attribution(line)
    return attribution is not None and not attribution.dates_a_post


# A review's rating opening a line, the review's title perhaps glued after it: "4.0 out
# of 5 stars", "Rated 4 out of 5", "4,0 von 5 Sternen", "5,0 sur 5 étoiles", "5.0 de 5
# estrellas", "8/10", "★★★★☆"
_RATING_OPENS = re.compile(
    r"(?i)^(?:rated )?[0-9](?:[.,][0-9])? (?:out of|von|sur|de|su|van|z) (?:5|10)\b"
    r"|^[0-9]{1,2}(?:[.,][0-9])?/(?:5|10)\b|^[★☆]{5}"
)
_RATED_TITLE = 120  # characters of a rating and the title glued after it, at most


def opens_with_rating(text: str) -> bool:
    """The line opens with a review's rating (`_RATING_OPENS`), the review's title after
    it at most: a review's header line, however many words its title has.

    >>> opens_with_rating("4.0 out of 5 starsPours like a dream, lid is a bit stiff")
    True
    >>> opens_with_rating("4 out of 5 dentists agree, and so do I, after a month of it.")
    True
    >>> opens_with_rating("Ann gave it 4 out of 5")
    False
    """
    if text[:1] == "[":  # (lynx's link numbers before it: "[26]4.0 out of 5 stars[27]…")
        text = L.plain(text)
    return len(text) <= _RATED_TITLE and _RATING_OPENS.match(text) is not None


def _dated_controls(text: str) -> bool:
    """A header cell's line: words, a date, then the controls after a wide gap ("posted
    May 2, 2002 03:37 AM     [40]Profile for ann_k", lynx), where the line stamps a post
    read up to that gap (`_stamp_before_controls`), whatever the controls' words."""
    if len(text) > 2 * _MAX_STAMP or DIGIT.search(text) is None:
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
    if not head or DIGIT.search(text) is None or not is_name_like(head):
        return False
    stamp = _read_stamp(" ".join(text.split()), None)
    if stamp is None or not stamp.fielded:
        return False  # (the header cell's date, then its fields: "Post subject: …")
    author = _name_key(stamp.author or "")
    key = _name_key(head)
    return author == key or author.startswith(f"{key} ")


# a row's first cell, a wide gap, then the next cell (w3m prints cells side by side)
_BESIDE = re.compile(r"^(\S(?:.*?\S)?) {6,}(\S.*)$")
_BESIDE_GAP = " " * 6  # the gap between the two cells, at least
_LABEL_MARK = ":"  # what a field's label closes with
_BESIDE_WORDS = 2  # words of a name beside a field, at most ("Member is Offline": a status)


def name_beside_field(text: str) -> str | None:
    """The name a table row printed side by side opens with, where its first cell is a
    name alone and the next a labelled field ("Ann Lee        Post subject: Re: Looms",
    w3m: the profile cell's first line, the author's name, beside the header cell's
    first line); None for other lines."""
    if _BESIDE_GAP not in text or _LABEL_MARK not in text:
        return None  # (no gap or no field: no row printed side by side, read fast)
    beside = _BESIDE.match(text.strip())
    if beside is None or _LABEL.match(beside.group(2)) is None:
        return None
    head = beside.group(1)
    if len(head.split()) > _BESIDE_WORDS or not is_name_like(head):
        return None
    return head


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
    under = (i for i in range(end, min(end + _MAX_BLOCK, len(flat))) if flat[i].text.strip())
    first = next(under, None)  # (the rest read only past the first's tests, most fail)
    if first is None or prose[first] or not _FIELD.match(flat[first].text):
        return False
    if flat[first].column != column:
        return False  # (a body printed beside the card, its fields under the body)
    dated = False
    for i in itertools.chain((first,), under):
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


def _opening_link_piece(text: str) -> str:
    """The text of a link that opens the line (a heading's marks perhaps before it) and
    that html2text wrapped onto the next line, as shown: "#####  [Re: Paddling home in
    the" as "Re: Paddling home in the" (a reply's subject, its mark a label again)."""
    shown = L.plain(text)
    return shown[1:] if shown[:1] == "[" else shown


def _unmark_repeated_tails(flat: Sequence[OutlineNode], prose: list[bool]) -> None:
    """Take the prose off dated lines that print the same words after their dates
    (digits aside), three times at least: "3/14/2021 at 1:22 PM Vote up +9 Vote down" is
    a post's date and the template's controls, however many words they make. One such
    line alone stays prose, as a sentence opened by a date does."""
    dated = [  # (prose lines only; a stamp is short and has a digit)
        index
        for index in itertools.compress(range(len(flat)), prose)
        if len(text := flat[index].text) <= _MAX_STAMP and DIGIT.search(text) is not None
    ]
    if len(dated) < _BARE_RUN:
        return  # (too few to repeat a tail: none is read)
    tails: dict[tuple[str, ...], list[int]] = {}
    for index in dated:
        stamp = read_stamp(flat[index])
        if stamp is not None and _tailed(stamp):
            tails.setdefault(stamp.key, []).append(index)
    for found in tails.values():
        if len(found) >= _BARE_RUN:
            for index in found:
                prose[index] = False


def _unmark_repeated_subjects(flat: Sequence[OutlineNode], prose: list[bool]) -> None:
    """Take the prose off a line printed the same right over three stamps at least, right
    under a line of no prose (a board's subject over each of its posts, "Re: Quick money
    ideas for beginners" between the poster's card and "« Reply #75 on: DATE »"): the
    template's line in each post's header block, however much it reads as a sentence (a
    control line under a body, "Report this post | Logged", stays as it was)."""
    over: dict[str, list[int]] = {}
    for index in itertools.compress(range(len(flat) - 1), prose):  # (prose lines only)
        node = flat[index]
        if node.blank_after or len(node.text) > _MAX_STAMP:
            continue
        if index == 0 or prose[index - 1] or flat[index - 1].blank_after:
            continue  # (right under the header block's other lines: a card, a name)
        under = flat[index + 1]
        if DIGIT.search(under.text) is not None and read_stamp(under) is not None:
            over.setdefault(L.plain(node.text), []).append(index)
    for found in over.values():
        if len(found) >= _BARE_RUN:
            for index in found:
                prose[index] = False


def _unmark_opening_subject(flat: Sequence[OutlineNode], prose: list[bool]) -> None:
    """Take the prose off a line right over a stamp that prints the subject the lines
    right over other stamps print after a label, three of them at least: a board's
    opening post titled with the bare subject ("Paddling home in the fog at dawn" over
    "« on: DATE »"), its replies with a reply mark before it ("Re: Paddling home in the
    fog at dawn" over "« Reply #1 on: DATE »"; "Aw:", "Odp:", any language's label). The
    title reads as a sentence where the mark keeps the replies' lines from it, and the
    opening post's header block would end over it, its name unread. The subject may be
    a link html2text wrapped over two lines (both are read). Only over stamps
    that name no poster (a byline under the title, "by Ann - DATE", names its own). The
    words are compared as a reader sees them (a link's number or marks aside)."""
    subjects: Counter[tuple[str, ...]] = Counter()  # (the replies' subjects, their marks off)
    titled: list[tuple[range, tuple[str, ...]]] = []  # (prose lines over a stamp, their words)
    for index in range(len(flat) - 1):
        under = flat[index + 1]
        if DIGIT.search(under.text) is None:
            continue
        first = index
        if index > 0 and L.open_link(flat[index - 1].text) == "text":
            first = index - 1  # (a subject's link wrapped over two lines, html2text)
        lines = range(first, index + 1)
        sentence = any(prose[at] for at in lines)
        if not sentence and ":" not in flat[first].text:
            continue  # (a subject's line: its label's colon, or a sentence)
        text = L.plain(" ".join(flat[at].text for at in lines))
        if len(text) > _PROSE_LENGTH:
            continue
        label = _LABEL.match(text)
        if label is None and not sentence:
            continue
        stamp = read_stamp(under)
        if stamp is None or stamp.author is not None:
            continue  # (a byline that names the poster: no name over it the title cuts off)
        if label is None:
            titled.append((lines, _subject_words(text)))
        else:
            subjects[_subject_words(text[label.end() :])] += 1
    for lines, words in titled:
        if words and subjects[words] >= _BARE_RUN:
            for at in lines:
                prose[at] = False


def _subject_words(text: str) -> tuple[str, ...]:
    """A subject's runs of letters and digits, casefolded ("Paddling home, at dawn?" as
    "paddling", "home", "at", "dawn")."""
    return tuple(re.findall(r"[^\W_]+", text.casefold()))


def _unmark_reply_lines(flat: Sequence[OutlineNode], prose: list[bool]) -> None:
    """Take the prose off the short lines that answer a poster by name ("Reply to Priya
    N.", "Antwort auf Jo B.", `reply_to`) where that name is printed as a line of its own
    elsewhere on the page (a header's name line): a name closed by an initial's full stop
    makes the line of four words read as a sentence, and the header block would end over
    it. A sentence that only opens so ("Reply to Priya N. was quick, thanks") names no
    line's name and stays prose."""
    answering: dict[int, str] = {}
    for index in itertools.compress(range(len(flat)), prose):  # (prose lines only)
        text = flat[index].text
        if len(text) <= _MAX_STAMP and (name := reply_to(text)) is not None:
            answering[index] = _name_key(name)
    if not answering:
        return
    names = {  # (the short lines of no prose: a header's name lines among them)
        _name_key(node.text)
        for node in itertools.compress(flat, (not p for p in prose))
        if len(node.text) <= _MAX_STAMP
    }
    for index, name in answering.items():
        if name in names:
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
        stamp = index - 1
        if _shows_nothing(flat[stamp].text) and stamp > 0:
            stamp -= 1  # (an avatar's empty link between: "[ ](/u/ann)")
        if prose[stamp] or not is_stamp(stamp):
            continue  # (the stamp first, few lines pass: a line of no prose is read by
            # `_stamps` in any case, so this reads no line more)
        shown = L.plain(text)
        if shown[-1:] == ")":
            shown = _NOTE_AFTER.sub("", shown).rstrip()
        if not shown[-1:].isalpha() or L.open_link(text) is not None:
            continue  # (a link wrapped onto the next line: a picture's text, no name)
        if DIGIT.search(text) and is_stamp(index):
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
    leads = _leads([_pictured_name(text) for node in flat if len(text := node.text) <= _MAX_STAMP])
    if not leads:  # (the leads are read off the short lines alone: the long ones need
        return  # reading only where some lead is, and only where they are prose)
    for index in itertools.compress(range(len(flat)), prose):
        found = _pictured_name(flat[index].text)
        if found is not None and found[0] in leads:
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


def _shows_nothing(text: str) -> bool:
    """A line that shows no text and closes its links: a heading's marks alone
    ("####"), a picture ("![](https://x/a.png)": an avatar over a header line)."""
    return not L.plain(text).strip("#") and L.open_link(text) is None
