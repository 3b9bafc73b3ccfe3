"""Stamp templates: the shape keys that repeat down the page with prose between their
lines (`_stamps`, likeliest first), the joins that bring a template's variant lines
under its key (wrapped numbers, undated headers, floors, avatars' initials, names before
dates), and the drops of keys that stamp no post (profile dates, strays)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Container, Iterator, Sequence

import attrs

from threadparse import lines as L
from threadparse.dates import (
    DIGIT,
    MONTHS,
    WEEKDAY_NAMES,
    date_extent,
    find_date,
    is_relative,
)
from threadparse.outline import OutlineNode
from threadparse.posts.authors import _PICTURE
from threadparse.posts.prose import _CJK, is_prose
from threadparse.posts.shapes import (
    _BARE_NAMES,
    _BARE_RUN,
    _COUNT_GAP,
    _DATED,
    _DIGITS,
    _LABEL,
    _MAX_AFTER,
    _MAX_BLOCK,
    _MAX_SEPARATOR,
    _MAX_STAMP,
    _RECORD_FIELD,
    _RULE_CHARS,
    _SENTENCE_MARK,
    _SEPARATOR_WORDS,
    _TRAILING_NOTE,
    _WORD,
    _WRAPPED_PIECES,
    _display,
    _name_key,
    _rule_key,
    _shown,
    dated_entries,
    is_name_like,
    profile_names,
    profiled,
)
from threadparse.posts.signatures import (
    _CLOCK_IN,
    _COUNT_LINE,
    _NAMED_UNDER,
    _OWNED,
    _UNDER_BODY,
    _closing_stamps,
    _dated,
    _own_list_top,
    _paired_stamps,
    _plain_run,
    _running_count,
    _said,
    _signed_last,
    _template_text,
    _unstamped_date,
)
from threadparse.posts.stamps import (
    _CLOCK_ALONE,
    _COUNTED_LABEL,
    _NAME_DOTS,
    _NAME_MARKS,
    _SIGNED_DIGITS,
    _WRAPPED_LINES,
    Stamp,
    _date_wrapped_into,
    _dotted_label,
    _edit_key,
    _full,
    _full_name,
    _handle,
    _joined,
    _kept_stamp,
    _number_wrapped,
    _read_stamp,
    _repeatable_tail,
    _time_wrapped,
    half_day_alone,
    read_pinged_stamp,
    read_stamp,
    read_wrapped_stamp,
)


def _over_excerpts(flat: Sequence[OutlineNode]) -> set[int]:
    """The lines right over a line that opens a linking post's excerpt ("[…] the words
    it quotes"): where a pingback's header may stand (`read_pinged_stamp`)."""
    return {at - 1 for at in range(1, len(flat)) if L.opens_excerpt(flat[at].text)}


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
    over_excerpts = _over_excerpts(flat)  # (where a pingback's title may stand)
    entries = dated_entries([node.text for node in flat])  # (a list of posts' titles)
    for index, node in enumerate(flat):
        if prose[index]:
            stamp = read_pinged_stamp(node) if index in over_excerpts else None
            if stamp is None:  # (a pingback's title is prose by its words)
                if len(node.text) <= _MAX_STAMP:
                    short_prose.append(index)
                continue
            prose[index] = False
        elif read is not None and index in read:  # (read already: not read again)
            stamp = _kept_stamp(node, read.pop(index), True)
        else:
            stamp = read_stamp(node, unframed=True)
        if index < covered and (stamp is None or stamp.key[0] in (*_WRAPPED_PIECES, "number")):
            continue  # (a piece of the stamp over it: its date, its time, its post's number)
        if stamp is None and index + 1 < len(flat):
            stamp = read_wrapped_stamp(flat, index, prose[index + 1])
        elif (
            stamp is not None and index + 1 < len(flat) and _wrapped_in_time(node, flat[index + 1])
        ):
            stamp = _time_wrapped(node, flat[index + 1], stamp)
        elif stamp is not None and index + 1 < len(flat) and "#" in flat[index + 1].text:
            stamp = _number_wrapped(node, flat[index + 1], stamp)
        if stamp is not None and stamp.key[0] == "clock" and _date_wrapped_into(flat, index):
            stamp = None  # (the time of a date on the line above, wrapped: "» Tue Aug 27, 2019")
        if stamp is None:
            stamp = _avatar_stamp(flat, index)
        if stamp is None and index in over_excerpts:
            stamp = read_pinged_stamp(node)
        if stamp is None:
            if separators is not None and (word := _separator(node)) is not None:
                separators.setdefault(word, []).append(index)
            continue
        if index in entries:
            continue  # ("Park day, March 16" over "Feb 9, 2024": a post's title, no header)
        if stamp.key[0] == "unframed":
            unframed.append((index, stamp))
            continue
        if stamp.key[0] == "date" and _dated_row(flat, index):
            continue  # (a row of a table of dated rows, a log: "DATE  ann  Field  Change")
        if stamp.number is None and _within(node.line, signed):
            continue  # (a post number stays one: the surest stamp a page can have)
        covered = index + 1 + stamp.wrapped  # ("by [Ann" over "Lee](…) \- Sunday, …": one)
        by_key.setdefault(stamp.key, []).append((index, stamp))
        if stamp.key[0] == "bare":
            continue  # (a bare number in a header block is mostly a counter)
        if _edit_key(stamp.key):
            continue  # ("edited DATE" under a signature: the stamp over it ends its block)
        if previous >= 0 and prose_before[previous] == prose_before[index]:
            followed.add(previous)
        previous = index
    _drop_rare_fielded(by_key)
    _drop_beside_strays(by_key)
    _unname_one_poster(by_key)
    _split_shape_runs(by_key)
    if len(unframed) >= _BARE_RUN:
        _framed(unframed, by_key)
        _framed_with_notes(flat, prose, short_prose, by_key)
        _summed(flat, unframed, by_key)
        _labelled_unframed(unframed, by_key)
    if unframed:
        _answering_unframed(unframed, by_key)
    _addressed(flat, prose, by_key)
    _join_floors(by_key, unframed)
    for key in [key for key in by_key if key[0] == "tail"]:
        _tail_or_date(flat, by_key, key, prose)
    for key in [key for key in by_key if key[0] == "header"]:
        _join_wrapped_dates(flat, by_key, key)  # (names joined: no label, see below)
    _split_profile_labels(by_key, followed)
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
            _unprofile_authors(found)
            _uncount_authors(found)
            _drop_member_numbers(flat, found)
    _name_dates(flat, by_key, prose_before)
    for key, found in by_key.items():
        if key[0] == "header" and len(found) >= _BARE_RUN:
            _unglue_verbs(found)
    _profile_dates(flat, prose, by_key)
    _profile_fields(by_key, followed)
    _named_numbered(by_key)
    _join_named_clocks(flat, by_key)
    _join_header_clocks(flat, by_key)
    _join_marked_headers(by_key)
    _join_unnamed_items(flat, by_key)
    _join_holding_item(flat, by_key)
    _join_numbered(by_key)
    _numbered_headers(prose, by_key)
    _join_dotted_labels(flat, by_key)
    _join_templated_dates(flat, prose, by_key)
    _join_wrapped_numbers(flat, by_key)
    _join_undated_headers(flat, prose, by_key)
    if lone is not None:
        lone.extend(_paired_stamps(flat, prose, by_key, followed))
    scored: list[tuple[float, int, list[tuple[int, Stamp]]]] = []
    rated = _rated_stamps(flat, prose)
    if rated:  # (a name over a rating line opens each post, a date closes its body)
        scored.append((len(rated) + 0.3, -rated[0][0], rated))
    fields = sorted(i for key, found in by_key.items() if key[-1] == _PROFILE for i, _ in found)
    fields = sorted(fields + _record_names(flat, by_key))  # (and a record's name field)
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
        if _edit_key(key):
            continue  # ("edited DATE": the mark of an edit, under some posts' signatures)
        if key[0] == "date" and len(found) >= _BARE_RUN:
            owned = _owned_under_bodies(flat, prose, found)
            if owned:  # (a date under each body, the controls under it naming the poster)
                scored.append((len(owned) + 0.3, -owned[0][0], owned))
                continue
        if _unnamed_dates(key, found) and len(found) >= _BARE_RUN:
            signing = _under_bodies(flat, prose, found) or _names_under_bodies(flat, prose, found)
            if signing:  # (a date and the floor under each body, the name over it)
                running = _numbers_run([stamp.number for _, stamp in signing], strictly=True)
                score = len(signing) + 0.3 + (1000 if running else 0)
                scored.append((score, -signing[0][0], signing))
                continue
        kept = _separated(found, prose_before, flat, fields)
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
    if not scored:  # (no date stamps any post: a name over the same bar of controls on
        controlled = _names_over_controls(flat, prose)  # every post, a board that prints
        if controlled:  # no date)
            scored.append((float(len(controlled)), -controlled[0][0], controlled))
    scored.sort(key=lambda item: item[:2], reverse=True)
    return [(score, kept) for score, _, kept in scored]


def _wrapped_in_time(node: OutlineNode, following: OutlineNode) -> bool:
    """A stamp line may go on on the ``following`` line (`stamps._time_wrapped`): it ends
    in its date's comma ("May 2, 2024,"), or in a time whose half of the day is that
    line ("9:15" over "PM")."""
    text = node.text
    return text[-1:] == "," or (text[-1:].isdigit() and half_day_alone(following.text))


_NUMBER_CLOSING = re.compile(r"(?<!\S)#[0-9]+$")  # a post's number closing a line ("… #281130")


_CELL_GAP = re.compile(r"\t|\s{3}")  # the blanks between two cells of a table's row


def _dated_row(flat: Sequence[OutlineNode], index: int) -> bool:
    """Line ``index`` opens with a date and goes on in cells (tabs or wide gaps between
    them), and so does a line right over or under it, no blank line between: a row of
    a table of dated rows (an issue's history: "DATE  ann  Status  new => closed"), not
    a post's stamp."""
    if not _is_dated_row(flat[index]):
        return False
    above = index > 0 and not flat[index - 1].blank_after and _is_dated_row(flat[index - 1])
    return above or (
        index + 1 < len(flat) and not flat[index].blank_after and _is_dated_row(flat[index + 1])
    )


def _is_dated_row(node: OutlineNode) -> bool:
    """A plain line that opens with a date and goes on in cells after it (`_dated_row`)."""
    text = node.text
    if node.marker is not None or _CELL_GAP.search(text) is None:
        return False
    date = find_date(text)
    return date is not None and date.start() <= 1 and _CELL_GAP.search(text, date.end()) is not None


def _unname_one_poster(by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]) -> None:
    """Dates named by the one name after each ("Posted DATE by Ann" under every article
    of a blog's page, `_BARE_RUN` of them at least) name no posters: the site's author
    signs its own posts, whose list is no discussion ("Changed DATE by Ann" names the
    posters of a tracker's comments, several of them)."""
    for key, found in by_key.items():
        if key[0] != "date" or len(found) < _BARE_RUN:
            continue
        names = {stamp.author for _, stamp in found}
        if len(names) == 1 and None not in names:
            found[:] = [(index, attrs.evolve(stamp, author=None)) for index, stamp in found]


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
    return bool(words) and words[0].rstrip(".,").casefold() in WEEKDAY_NAMES


def _drop_beside_strays(by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]) -> None:
    """Where half the stamps of a header key at least are named by a row's first cell,
    printed beside the header cell (`_author_in_first_cell`, w3m's profile column),
    drop the others of the key ("Joined: 27 May 2003  ____": a field of that column
    beside a body's line, read as "Joined" by its date), three such stamps at least."""
    for key, found in by_key.items():
        beside = [item for item in found if item[1].beside]
        if key[0] == "header" and len(beside) >= _BARE_RUN and 2 * len(beside) >= len(found):
            by_key[key] = beside


def _split_shape_runs(by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]) -> None:
    """A header key whose lines print one shape after their dates from a line on, and
    others over it (`_BARE_RUN` lines each at least), every line of the later run
    naming one author no line over them names ("Ann / 07.11.2023" over each comment,
    then "Peter Kern / 05.11.2023 / 10:00 / 110" over each of the author's other
    articles): two templates, the later one keyed apart (a list of one author's pages,
    not replies)."""
    for key, found in list(by_key.items()):
        if key[0] != "header" or len(found) < 2 * _BARE_RUN:
            continue
        cut = next(  # (where the last run of one shape starts)
            (n for n in range(len(found) - 1, 0, -1) if found[n][1].shape != found[n - 1][1].shape),
            0,
        )
        if not _BARE_RUN <= cut <= len(found) - _BARE_RUN:
            continue
        later = {_name_key(stamp.author or "") for _, stamp in found[cut:]}
        earlier = {_name_key(stamp.author or "") for _, stamp in found[:cut]}
        if len(later) != 1 or not later.isdisjoint(earlier):
            continue  # (one word on every line of both runs: a label, "Posted: DATE")
        by_key[key], by_key[(*key, found[cut][1].shape)] = found[:cut], found[cut:]


def _drop_rare_fielded(by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]) -> None:
    """Drop the keys that fewer than three lines share where one of them was read
    without a field after its date (`_field_after_date`): a row of fields printed once
    or twice ("Released: 03.11.2015 Publisher: …" of a book's card) is a body's."""
    for key in [key for key, found in by_key.items() if len(found) < _BARE_RUN]:
        if any(stamp.fielded for _, stamp in by_key[key]):
            del by_key[key]


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
    date alone, or, a time keyed by its controls (`stamps._labelled_clock`), as a date
    closed by those controls."""
    found = by_key.pop(key)
    under = sum(_under_prose(flat, prose, index) for index, _ in found)
    if len(found) >= 2 and 4 * under >= 3 * len(found):
        by_key[("bar", *key[1:])] = [(i, attrs.evolve(s, key=("bar", *key[1:]))) for i, s in found]
        return
    dated = ("date", key[1], "", *key[3:])
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


_ANSWERED_WORDS = 4  # words of the name a reply's byline prints after its poster's


def _answering_unframed(
    unframed: list[tuple[int, Stamp]], by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]
) -> None:
    """Header stamps of dated lines too long for a name that print two names, a
    reply's byline naming the poster it answers after its own ("Ann Lee Mod Bob Ray •
    2 years ago", `rehang.hang_by_answered_bylines`): the last words an earlier header
    stamp's author, the words before them a name (a badge word perhaps closing it).
    The line becomes a stamp of that header's key, its author the two names as printed,
    where that key stamps `_BARE_RUN` lines or more (the page's bylines); the poster of
    such a line is an earlier poster for the lines after it ("Ann Lee Bob Ray Mod" answered
    by "Cy Oak Bob Ray")."""
    earlier: list[tuple[int, tuple[str, ...], str]] = sorted(
        (index, key, _name_key(stamp.author or ""))
        for key, found in by_key.items()
        if key[0] == "header" and len(found) >= _BARE_RUN
        for index, stamp in found
    )
    if not earlier:
        return
    answering_posters: dict[str, tuple[str, ...]] = {}  # (the posters of such bylines read)
    for index, stamp in unframed:
        before = (stamp.named or "").rstrip(_NAME_MARKS)
        words = before.split()
        posters = {name: key for at, key, name in earlier if at < index and name}
        posters.update(answering_posters)
        for size in range(min(_ANSWERED_WORDS, len(words) - 1), 0, -1):
            tail = _name_key(" ".join(words[-size:]))
            key = posters.get(tail)
            if key is not None and is_name_like(" ".join(words[:-size])):
                for poster in (words[:-size], words[: -size - 1]):  # (a badge perhaps last)
                    if poster:
                        answering_posters.setdefault(_name_key(" ".join(poster)), key)
                answering = Stamp(  # (html2text's lines of one byline: wrapped)
                    key, author=before, date=stamp.date, shape=stamp.shape, wrapped=stamp.wrapped
                )
                by_key[key].append((index, answering))
                by_key[key].sort(key=lambda found: found[0])
                if stamp.wrapped:  # (its lines read alone are no stamps: "[__Bo Lind](…" alone)
                    _drop_within(by_key, index + 1, index + 1 + stamp.wrapped)
                break


def _drop_within(
    by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]], start: int, end: int
) -> None:
    """The stamps read on the lines ``start`` to ``end`` (excluded) left out: pieces of
    a stamp wrapped over them."""
    for key, found in by_key.items():
        if any(start <= index < end for index, _ in found):
            by_key[key] = [(index, stamp) for index, stamp in found if not start <= index < end]


def _summed(
    flat: Sequence[OutlineNode],
    unframed: list[tuple[int, Stamp]],
    by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]],
) -> None:
    """Header stamps of dated lines that print the post's first line as a summary
    between the name and the date, the line under them that first line ("Ann Lee
    Uploaded patch set 2. Mar 5 15:08" over "Uploaded patch set 2."; a code review's
    log, a mail archive's conversation view): the name is what stands before the
    summary, the date what follows it. `_BARE_RUN` such lines at least, two names at
    least; they leave the keys they were read in (dated lines whose words read as no
    name, `_unframed`; a header whose "name" ran on into the summary), and the lines
    read as no stamp at all (a summary too long for `_unframed`) join them."""
    summed: list[tuple[int, Stamp]] = []
    for index in range(len(flat) - 1):
        node, under = flat[index], flat[index + 1]
        if node.marker is not None or under.marker is not None:
            continue
        summary = L.plain(under.text).strip()
        shown = L.plain(node.text)
        at = shown.find(f" {summary} ") if len(summary) >= _SUMMARY else -1
        if at <= 0:
            continue
        rest = shown[at + len(summary) + 2 :]
        date = find_date(rest)
        if date is None or date.start() > 0:
            continue  # (the date right after the summary)
        name = L.display_name(shown[:at].strip(" ,·|-–—")) or ""
        if is_name_like(name):  # (a picture's text before it taken off: "[avatar] Ann")
            dated = rest[: date_extent(rest, date)]
            summed.append((index, Stamp(("header", "", "summed"), author=name, date=dated)))
    if len(summed) < _BARE_RUN or len({stamp.author for _, stamp in summed}) < 2:
        return
    taken = {index for index, _ in summed}
    unframed[:] = [(index, stamp) for index, stamp in unframed if index not in taken]
    for key in [key for key in by_key if key[0] == "header"]:
        by_key[key] = [(index, stamp) for index, stamp in by_key[key] if index not in taken]
        if not by_key[key]:
            del by_key[key]
    by_key[summed[0][1].key] = summed


_SUMMARY = 4  # characters of a summary printed again under its header, at least


_ADDRESSED_NAMES = 3  # senders an addressed header names, at least (a label, no first name)
_ADDRESSED_WORDS = (3, 10)  # words before the date of an addressed header
_ADDRESSED_LABEL = 2  # words of the label before the sender, at most
_ADDRESSED_RECIPIENT = 4  # words of the recipient after the sender, at most
_ADDRESSED_RECIPIENT_WORDS = 2  # and at least: a word that links it and the recipient ("to ~dev")
_ADDRESSED_SENDER = 4  # words of the sender's name, at most
_WRAP_COLUMNS = 80  # the widest line a converter wraps at; a longer line was never wrapped
_WRAPPED_WIDTH = 60  # columns of a line a converter wrapped, at least


def _addressed(
    flat: Sequence[OutlineNode],
    prose: list[bool],
    by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]],
) -> None:
    """Header stamps of dated lines that name the sender between a label and a
    recipient, the same label and recipient on every post ("From Ann Lee to ~ann/dev on
    2024-03-05 14:22", a mail archive's message list, the controls every message prints
    perhaps after it: "Reply to thread Export thread"): the words the lines open with
    and those they end with before the date (`_address_frame`), `_BARE_RUN` lines at
    least, the same words after the date, `_ADDRESSED_NAMES` senders at least between
    them (a label, not a first name all posters share). Such a line may be long enough
    to read as prose, or wrapped by a converter (`_addressed_readings`). Lines that
    stamp posts in a key of their own already are left there."""
    stamped = {index for found in by_key.values() for index, _ in found}
    labelled: dict[str, list[int]] = {}  # the lines by their first word (the label's)
    for index, node in enumerate(flat):
        if index in stamped or (DIGIT.search(node.text) is None and node.blank_after):
            continue
        opening = L.plain(node.text).split(None, 1)[:1]
        if opening and opening[0].isalpha():
            labelled.setdefault(opening[0].casefold(), []).append(index)
    by_tail: dict[str, dict[int, tuple[int, list[str], str]]] = {}
    for index in sorted(i for found in labelled.values() if len(found) >= _BARE_RUN for i in found):
        for wrapped, words, date, tail in _addressed_readings(flat, index):
            tailed = by_tail.setdefault(_SIGNED_DIGITS.sub("0", tail.casefold()), {})
            tailed[index] = (wrapped, words, date)
    readings = sorted(
        by_tail.values(), key=lambda lines: (len(lines), sum(read[0] for read in lines.values()))
    )
    for lines in reversed(readings):  # (the most lines first; of as many, the longest)
        if len(lines) < _BARE_RUN:
            break
        frame = _address_frame([words for _, words, _ in lines.values()])
        if frame is None:
            continue
        label, recipient = frame
        found = []
        for index, (wrapped, words, date) in lines.items():
            folded = tuple(word.casefold() for word in words)
            if (
                folded[: len(label)] == label
                and folded[len(folded) - len(recipient) :] == recipient
            ):
                sender = " ".join(words[len(label) : len(words) - len(recipient)])
                if not is_name_like(sender) or DIGIT.search(sender) is not None:
                    continue
                key = ("header", flat[index].marker or "", "addressed")
                found.append((index, Stamp(key, author=sender, date=date, wrapped=wrapped)))
        if len(found) < _BARE_RUN or len({stamp.author for _, stamp in found}) < _ADDRESSED_NAMES:
            continue
        for index, stamp in found:
            for at in range(index, index + stamp.wrapped + 1):
                prose[at] = False
        by_key[found[0][1].key] = found
        return


def _addressed_readings(
    flat: Sequence[OutlineNode], index: int
) -> Iterator[tuple[int, list[str], str, str]]:
    """Line ``index`` read as an addressed header (`_addressed`), alone and with the lines
    under it a converter may have wrapped it onto (`_WRAPPED_LINES` in all: a long line
    of no more than `_WRAP_COLUMNS`, or one that leaves a link open, no blank line after
    it: "From Ann Lee to ~ann/dev on 2024-03-05" over "14:22 Reply to thread"): for each
    reading, how many lines it was wrapped onto, the words before its date, the date,
    and the few words after it (`_address_parts`). The page tells which reading is its
    template's: the words after the date are the same on every post."""
    node = flat[index]
    text = node.text
    first = L.plain(text).split(None, _ADDRESSED_WORDS[0])
    if len(first) < _ADDRESSED_WORDS[0] or not first[0].isalpha():
        return  # (a label of letters opens it: "From", "Von")
    for wrapped in range(_WRAPPED_LINES):
        if wrapped:
            above, at = flat[index + wrapped - 1], index + wrapped
            if at >= len(flat) or above.blank_after:
                return
            following = flat[at]
            if following.marker is not None or following.column != node.column:
                return
            width = above.column + len(above.text)
            if L.open_link(text) is None and not _WRAPPED_WIDTH <= width <= _WRAP_COLUMNS:
                return
            text = _joined(text, following.text)
        if L.open_link(text) is None and (read := _address_parts(L.plain(text))) is not None:
            yield (wrapped, *read)


def _address_parts(line: str) -> tuple[list[str], str, str] | None:
    """The words before the date of a dated line, its date and the words after it
    (`_addressed_readings`), where those before may be a label, a name and a recipient
    (`_ADDRESSED_WORDS` of them, no sentence's mark, no link's) and those after are few
    and close no sentence (`_repeatable_tail`); None otherwise."""
    if len(line) > 2 * _MAX_STAMP or line[:1] == ">":
        return None  # (a ">" line is quoted: "> Quote from Ann on DATE" opens a quote)
    date = find_date(line)
    if date is None or date.start() == 0:
        return None
    before = line[: date.start()]
    words = before.split()
    if not _ADDRESSED_WORDS[0] <= len(words) <= _ADDRESSED_WORDS[1]:
        return None
    if _SENTENCE_MARK.search(_NAME_DOTS.sub("", before)) or any(
        mark in before for mark in ("](", "[", '"')
    ):
        return None
    end = date_extent(line, date)
    tail = line[end:].strip()
    if tail and not _repeatable_tail(tail):
        return None
    return words, line[date.start() : end].strip(), tail


def _address_frame(lines: list[list[str]]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The label and the recipient most of ``lines`` (the words before each date) print
    around a name, casefolded: the words they open with (`_ADDRESSED_LABEL` at most,
    words of letters) and those they end with (`_ADDRESSED_RECIPIENT_WORDS` to
    `_ADDRESSED_RECIPIENT`: a word that links the recipient, and the recipient), the
    same on `_BARE_RUN` lines at least, a name of `_ADDRESSED_SENDER` words at most
    between them; of frames on as many lines, the one of most words. None where no
    frame is so shared."""
    counts: Counter[tuple[tuple[str, ...], tuple[str, ...]]] = Counter()
    for words in lines:
        folded = [word.casefold() for word in words]
        frames = set()
        for label in range(1, _ADDRESSED_LABEL + 1):
            if not all(word.isalpha() for word in folded[:label]):
                break  # (a label of words: no count, no mark, "(38)", "«")
            for recipient in range(_ADDRESSED_RECIPIENT_WORDS, _ADDRESSED_RECIPIENT + 1):
                if 1 <= len(folded) - label - recipient <= _ADDRESSED_SENDER:
                    frames.add((tuple(folded[:label]), tuple(folded[len(folded) - recipient :])))
        counts.update(frames)
    shared = [frame for frame, count in counts.items() if count >= _BARE_RUN]
    if not shared:
        return None
    return max(shared, key=lambda frame: (counts[frame], len(frame[0]) + len(frame[1])))


def _labelled_unframed(
    unframed: list[tuple[int, Stamp]], by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]
) -> None:
    """Dated lines whose words before the date, no name's, are the same on `_BARE_RUN`
    lines at least ("Reviewed in Canada on DATE" under every review of a shop's list):
    a label, keyed as "Posted DATE" is (a date key of that label), the name read off
    each post's header block; not where `_framed` found names before a frame."""
    if any(key[-1] == "framed" for key in by_key):
        return
    labels = Counter(stamp.named for _, stamp in unframed)
    label, count = labels.most_common(1)[0] if labels else (None, 0)
    if label is None or count < _BARE_RUN:
        return
    labelled = [(index, stamp) for index, stamp in unframed if stamp.named == label]
    key = ("date", labelled[0][1].key[1], label)
    by_key[key] = [(index, Stamp(key, date=stamp.date)) for index, stamp in labelled]


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
        if len(found) < 2 or not is_name_like(key[-1]) or DIGIT.search(key[-1]):
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


_CLOCK_NAMES = 3  # names, at least, that print their posts' times after them


def _join_named_clocks(
    flat: Sequence[OutlineNode], by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]
) -> None:
    """A time of day after a name (`stamps._labelled_clock`: "Ann Lee 14:22"), the name
    changing down the page and coming back after others (`_returns`), three names at
    least: a chat's messages, each name its message's poster, not a label (each keyed
    apart, as "Posted 14:22" is); their lines are one header key. A time alone at the
    same column after the first of them ("14:36") opens a later message of the same
    sender: of that key too, its author the name over it."""
    for marker in {key[1] for key in by_key if key[0] == "date"}:
        keys = [
            key
            for key, found in by_key.items()
            if key[0] == "date"
            and key[1] == marker
            and len(key) == 3
            and key[2]
            and all(s.author is None and _CLOCK_ALONE.match(s.date or "") for _, s in found)
        ]
        if len(keys) < _CLOCK_NAMES or not all(is_name_like(key[2]) for key in keys):
            continue
        named = sorted((i, key[2], s) for key in keys for i, s in by_key[key])
        if _returns([name for _, name, _ in named]) < _RETURNS:
            continue
        header = ("header", marker, "clock")
        joined = [(i, attrs.evolve(s, key=header, author=name)) for i, name, s in named]
        column = flat[named[0][0]].column
        clocks = by_key.get(("clock", marker), [])
        alone = [(i, s) for i, s in clocks if i > named[0][0] and flat[i].column == column]
        for i, s in alone:
            above = bisect.bisect_left(named, (i,)) - 1
            joined.append((i, attrs.evolve(s, key=header, author=named[above][1])))
        for key in keys:
            del by_key[key]
        if alone:
            taken = {i for i, _ in alone}
            rest = [(i, s) for i, s in clocks if i not in taken]
            if rest:
                by_key[("clock", marker)] = rest
            else:
                del by_key[("clock", marker)]
        by_key[header] = sorted(joined, key=lambda item: item[0])


def _join_header_clocks(
    flat: Sequence[OutlineNode], by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]
) -> None:
    """A time alone ("2:15 PM") at the column of the header stamps, after the first of
    them, where every header's date ends in a time of that shape ("Ann Lee 03/05/2024
    2:14 PM", `_BARE_RUN` headers at least): a later message of the sender over it, as a
    chat's archive prints a run of one sender's messages, the name and the date over the
    first only (`_join_named_clocks` reads such runs under names and times alone)."""
    for marker in [key[1] for key in by_key if key[0] == "clock"]:
        headers = by_key.get(("header", marker), [])
        clocks = by_key.get(("clock", marker), [])
        shapes = {stamp.shape for _, stamp in headers}
        if len(headers) < _BARE_RUN or len(shapes) != 1 or not clocks:
            continue
        shape = shapes.pop()
        column = flat[headers[0][0]].column
        alone = [
            (index, stamp)
            for index, stamp in clocks
            if index > headers[0][0]
            and flat[index].column == column
            and _DIGITS.sub("0", _WORD.sub("a", stamp.date or "")) == shape
        ]
        if not alone:
            continue
        joined = sorted([*headers, *alone], key=lambda item: item[0])
        author = None
        for number, (index, stamp) in enumerate(joined):
            if stamp.key[0] == "clock":
                joined[number] = (index, attrs.evolve(stamp, key=headers[0][1].key, author=author))
            else:
                author = stamp.author
        by_key[("header", marker)] = joined
        taken = {index for index, _ in alone}  # (by line: no comparison of stamps)
        rest = [(index, stamp) for index, stamp in clocks if index not in taken]
        if rest:
            by_key[("clock", marker)] = rest
        else:
            del by_key[("clock", marker)]


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


def _unprofile_authors(found: list[tuple[int, Stamp]]) -> None:
    """Where (nearly) every stamp's author closes with the same profile fields ("Ann Lee
    2.341 Postings, 87 Follower", "bob 611 Postings, 5 Follower": counts and their
    nouns, `profiled`), the names without them (and without a rank's words,
    `profile_names`)."""
    names = profile_names([profiled(stamp.author or "") for _, stamp in found])
    for (_, stamp), name in zip(found, names or (), strict=False):
        if name is not None:
            stamp.author = name


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
    names = set()
    for stamp, match in counted:
        stamp.author = (stamp.author or "")[match.end() :]
        names.add(stamp.author)
        if stamp.number is None:
            stamp.number = int(match.group(2))  # (the post's number: a short post's stamp
            # stays one, `_next_number`)
    for _, stamp in found[:1]:  # (the opening post's label, another word before a name
        word, _, name = (stamp.author or "").partition(" ")  # the run prints: "Description
        if name in names and word[:1].isupper() and word.isalpha():  # Ann Lee" over
            stamp.author = name  # "Comment 1 Bob", "Comment 2 Ann Lee")


def _drop_member_numbers(flat: Sequence[OutlineNode], found: list[tuple[int, Stamp]]) -> None:
    """Where (nearly) every stamp prints a number in parentheses right after its
    author's name (the member's number: "by Ann Lee (4213) on DATE", "by bob (77) on
    DATE", the handle's read off already, `_handle`), the names without it, nor a
    link's word or two after it ("by Ann Lee (4213) Journal on DATE": the member's
    page, linked after the number of those who keep one)."""
    numbered = sum(
        _USER_NUMBER.search(author) is not None
        or re.search(re.escape(author) + r" \([0-9]{1,12}\)", L.plain(flat[index].text)) is not None
        for index, stamp in found
        if (author := stamp.author)
    )
    if 4 * numbered < 3 * len(found):
        return
    for _, stamp in found:
        stamp.author = _NUMBER_AND_LINKS.sub("", stamp.author or "") or stamp.author


_NUMBER_AND_LINKS = re.compile(r"(?<=\S) \([0-9]{1,12}\)(?: [^\W\d_]{2,15}){0,2}$")


def _common_start(texts: list[str]) -> str:
    """The longest text every one of ``texts`` starts with."""
    first, last = min(texts), max(texts)  # (what the least and the greatest share, all do)
    size = next((i for i, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), None)
    return first if size is None else first[:size]


def _split_profile_labels(
    by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]], followed: set[int]
) -> None:
    """Split off a header key the stamps whose "author" is one label that is a field of
    each poster's profile (`_profile_field`) beside the key's other stamps: "Joined: 23
    Nov 2007" in w3m's profile column, beside a body's line, or "Joined: DATE" under
    each "Posted: DATE". The field becomes a profile's date key (as `_profile_fields`
    makes one); the posts' stamps stay, no longer "followed" by another stamp."""
    for key, found in list(by_key.items()):
        if key[0] != "header" or len(found) < 2 * _BARE_RUN:
            continue
        carried = Counter(_name_key(stamp.author or "") for _, stamp in found)
        label = next(  # (a label on fewer than `_BARE_RUN` stamps is no field: not split off
            (  # and tried, each a scan of the key: "Comment 3 Ann" names a label each)
                label
                for label, count in carried.items()
                if count >= _BARE_RUN and _profile_field(*_by_label(found, label))
            ),
            None,
        )
        if label is None:
            continue
        fields, by_key[key] = _by_label(found, label)
        followed.difference_update(index for index, _ in by_key[key])
        profile = ("date", key[1], label, _PROFILE)
        by_key[profile] = [
            (i, Stamp(profile, number=stamp.number, date=stamp.date)) for i, stamp in fields
        ]


def _by_label(
    found: list[tuple[int, Stamp]], label: str
) -> tuple[list[tuple[int, Stamp]], list[tuple[int, Stamp]]]:
    """The stamps of ``found`` whose "author" (name key) is ``label``, and the others."""
    mine = [(i, stamp) for i, stamp in found if _name_key(stamp.author or "") == label]
    return mine, [(i, stamp) for i, stamp in found if _name_key(stamp.author or "") != label]


def _profile_field(fields: list[tuple[int, Stamp]], posts: list[tuple[int, Stamp]]) -> bool:
    """The stamps ``fields`` are a field of each poster's profile printed with the posts'
    stamps ``posts`` (one "Joined: DATE" in each post's card, over its date or under it):
    three of each at least, the fields' dates come back after others (`_returns`, twice
    at least: a poster's join date is printed on each of their posts) while the posts'
    run on, and no two fields stand without a post's stamp between them."""
    if len(fields) < _BARE_RUN or len(posts) < _BARE_RUN:
        return False
    if _returns([stamp.date or "" for _, stamp in fields]) < _RETURNS:
        return False
    if _returns([stamp.date or "" for _, stamp in posts]):
        return False
    merged = sorted([(index, True) for index, _ in fields] + [(index, False) for index, _ in posts])
    return not any(a[1] and b[1] for a, b in itertools.pairwise(merged))


def _profile_fields(
    by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]], followed: set[int]
) -> None:
    """A labelled date key that is a field of the poster's profile beside another key's
    stamps, the posts' (`_profile_field`: "Joined: DATE" in each card, its time perhaps
    shown, by "Post by NAME » DATE"). The field's key is marked as a profile's (tried
    after the posts' dates), and the posts' stamps are no longer "followed" by another
    stamp (the field is no post's)."""
    for key, found in list(by_key.items()):
        if key[0] != "date" or not key[-1] or key[-1] == _PROFILE:
            continue
        posts = next(
            (
                other
                for other, stamps in by_key.items()
                if other != key and other[0] in ("date", "header") and _profile_field(found, stamps)
            ),
            None,
        )
        if posts is None:
            continue
        followed.difference_update(index for index, _ in by_key[posts])
        profile = (*key, _PROFILE)
        by_key[profile] = [(i, attrs.evolve(stamp, key=profile)) for i, stamp in by_key.pop(key)]


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
    return _glued_label(authors)


def _glued_label(authors: set[str]) -> str | None:
    """The posting word every "author" (a name key) of a header key ends in, a word
    glued before it, one word each ("topicposted", "replyposted": a post icon's text
    glued to the date's label "Posted"): that label; None where any author is another
    word, or is the word alone."""
    words = {
        word
        for author in authors
        for word in L.POSTING_WORDS
        if author.endswith(word) and len(author) > len(word) and " " not in author
    }
    if len(words) != 1:
        return None
    word = words.pop()
    return word if all(author.endswith(word) and " " not in author for author in authors) else None


_TITLE_LINES = 2  # lines of prose between a post's number and its header: its title


def _numbered_headers(
    prose: list[bool], by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]
) -> None:
    """Post numbers alone on their lines ("#2", a permalink's text) that name nobody,
    each over header lines of one key that name the poster by the date ("Posted by Ann
    » Mon 15 Jan 2024," some lines under "#2", the post's title and a button between):
    each number stamps its post still (its header block under it), naming the poster
    and the date of the last such line in its block (under `_MAX_BLOCK` lines, before
    the next number, no prose between but the post's title, `_TITLE_LINES` at most).
    Only where every number has one and every line of the key stands in a number's
    block."""
    for number_key in [key for key in by_key if key[0] == "number"]:
        numbered = by_key[number_key]
        if (
            len(numbered) < 2
            or any(stamp.author for _, stamp in numbered)
            or not _numbers_run([stamp.number for _, stamp in numbered], strictly=True)
        ):
            continue
        bounds = [index for index, _ in numbered[1:]] + [len(prose)]
        for header_key in [key for key in by_key if key[0] == "header"]:
            named = _in_number_blocks(prose, numbered, bounds, by_key[header_key])
            if named is not None:
                by_key[number_key] = [
                    (
                        index,
                        attrs.evolve(  # (the lines down to the header's are the stamp's)
                            stamp,
                            author=header.author,
                            date=header.date,
                            wrapped=line + header.wrapped - index,
                            named_at=line,
                        ),
                    )
                    for (index, stamp), (line, header) in zip(numbered, named, strict=True)
                ]
                break


def _in_number_blocks(
    prose: list[bool],
    numbered: list[tuple[int, Stamp]],
    bounds: list[int],
    headers: list[tuple[int, Stamp]],
) -> list[tuple[int, Stamp]] | None:
    """The last of ``headers`` that names a poster in each number's block
    (`_numbered_headers`), where every block holds one and every header stands in a
    block; else None."""
    named: dict[int, tuple[int, Stamp]] = {}
    block = 0
    for index, stamp in headers:
        while block < len(numbered) and index >= bounds[block]:
            block += 1
        if block == len(numbered):
            return None
        number = numbered[block][0]
        if not number < index < number + _MAX_BLOCK:
            return None
        if sum(prose[number + 1 : index]) > _TITLE_LINES:
            return None
        if stamp.author:
            named[block] = (index, stamp)
    if len(named) < len(numbered):
        return None  # (a number with no name under it)
    return [named[block] for block in range(len(numbered))]


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
_FLOOR_NUMBER = r"(?:#[ ]?([0-9]{1,5})|([0-9]{1,5})[ ]?(?:#|F|[^\W\d_](?<![^\W\d_]{2})))"
_FLOOR = re.compile(rf"(?:^|[^0-9.,:/#]){_FLOOR_NUMBER}$")
_FLOOR_KEY = "#"  # the last part of the key of stamps joined by their floor numbers


def _floor(before: str) -> int | None:
    """The floor number (the post's running number) that closes the text a line prints
    before its date, as a Chinese forum prints it after the poster's place and client
    ("IP属地:浙江来自iPhone客户端1楼 DATE"), or as "#3", "3#", "3F", or that opens it
    ("3楼 大 中 小 发表于 DATE"); None without."""
    match = _FLOOR.search(before.rstrip()) or _OPENING_FLOOR.match(before)
    if match is None:
        return None
    return int(match.group(1) or match.group(2))


# the same opening the text before the date, a post's controls after it: "3楼 大 中 小
# 发表于 DATE" (Discuz!: the floor, the font sizes, "posted at"), "#3 posted DATE"
_OPENING_FLOOR = re.compile(rf"{_FLOOR_NUMBER}(?: |$)")


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


def _names_under_bodies(
    flat: Sequence[OutlineNode], prose: list[bool], found: list[tuple[int, Stamp]]
) -> list[tuple[int, Stamp]]:
    """Dates alone, each right under a name that differs from post to post, the name
    under the post's body: a signature of two lines ("Excellent!" over "Tupepa" over "08
    avril 2020", a recipe site's comments), keyed "signed" (`_names_over_dates` reads
    the names); empty where they are not. Read so where three in four names at least
    stand right over their dates with a body over them, the line over the first name
    is no heading ("Comments:") nor date, and no body stands under the last date where
    the others have the next post's body as near (a page of headers, a name over a
    date over the body, has its last body there: a paragraph, or a short line closing
    a sentence)."""
    lines = [index for index, _ in found]
    named = [
        index > 1
        and not prose[index - 1]
        and not flat[index - 1].blank_after
        and flat[index - 1].marker is None
        and is_name_like(flat[index - 1].text)
        and _said(flat, prose, index - 2)
        for index in lines
    ]
    first = lines[0] - 2  # (the line over the first name: its body's last, no heading)
    over_first = L.plain(flat[first].text) if first >= 0 else ""
    if 4 * sum(named) < 3 * len(lines) or not over_first or over_first[-1:] == ":":
        return []
    if L.opens_comments(over_first) or _dated(flat[first]):
        return []
    if len({_name_key(flat[index - 1].text) for index in lines}) < 2:
        return []  # (one line over every date: the template's, no poster's name)
    reach = Counter(
        _plain_run(prose, index + 1, 1, len(flat)).stop - index for index in lines[:-1]
    ).most_common(1)[0][0]
    last = lines[-1]
    for at in range(last + 1, min(last + 1 + 2 * reach, len(flat))):  # (as near, or a little
        # further: the header printed again, its reply links, over the body)
        text = L.plain(flat[at].text)
        if prose[at] or text[-1:] in (".", "!", "?"):
            return []  # (a body under the last date: a header over each body)
    under = ("signed", found[0][1].key[1], _NAMED_UNDER)
    return [(index, attrs.evolve(stamp, key=under)) for index, stamp in found]


_FLOOR_LINE = 8  # characters of a line that prints a floor number alone ("2楼"), at most


def _floor_over(flat: Sequence[OutlineNode], index: int, stamp: Stamp) -> int | None:
    """The stamp's post number, or the floor number printed alone on the line over it
    ("2楼" over "2016-05-14 21:45": `_floor`); None without."""
    if stamp.number is not None or index == 0:
        return stamp.number
    over = L.plain(flat[index - 1].text).strip()
    return _floor(over) if len(over) <= _FLOOR_LINE else None


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
    counts = Counter(word for word in controls.split() if any(c.isalpha() for c in word))
    twice = [word for word, count in counts.items() if count >= 2]
    if not twice:  # (no word printed twice: no name the controls name twice; the cheap
        return None  # look first, before the lines over the stamp are read as names)
    lines = [
        (at, name)
        for at in range(low + 1, index)
        if not prose[at]
        and len(flat[at].text) <= _MAX_STAMP
        and any(word in flat[at].text for word in twice)
        and (name := _display(flat[at].text))
        and controls.count(f" {name} ") >= 2
        and is_name_like(flat[at].text)
    ]
    if not lines or not any(_said(flat, prose, at) for at in range(lines[-1][0] + 1, index)):
        return None
    return lines[0]


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
        if len({_name_key(flat[i - 1].text) for i, _ in named}) < 2:
            continue  # (one label over every date, "Joined" over a card's: no names)
        shapes = {stamp.shape for _, stamp in named}
        if all(stamp.shape in shapes for _, stamp in by_key[key]):
            opening = [(i, attrs.evolve(stamp, opens=True)) for i, stamp in by_key.pop(key)]
            by_key[plain] = sorted([*opening, *named], key=lambda item: item[0])


def _join_holding_item(
    flat: Sequence[OutlineNode], by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]
) -> None:
    """The first post's stamp printed as the line of a list item that holds the whole
    list, the other posts' stamps plain lines under it (a template that puts the posts
    in one list item: "• 3. März 2024 um 20:41 #4711" over the first body, then "3. März
    2024 um 21:02 #4712" and the others in the item's block): one key, the item's stamp
    first, where it is the only stamp of its marker, it has a shape the others have, and
    every one of them stands under it, two at least."""
    for key in [key for key in by_key if key[1] and len(by_key[key]) == 1]:
        plain = (key[0], "", *key[2:])
        others = by_key.get(plain, [])
        if len(others) < 2:
            continue
        index, stamp = by_key[key][0]
        holder = flat[index]
        if not holder.children or index > others[0][0] or others[-1][0] >= len(flat):
            continue
        if flat[others[-1][0]].line > holder.last_line:
            continue  # (a stamp past the item's block: the item holds no list)
        if stamp.shape in {other.shape for _, other in others}:
            by_key.pop(key)  # (its line opens the first post: nothing over it is its header)
            by_key[plain] = [(index, attrs.evolve(stamp, opens=True)), *others]


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
        if not words and "![" in node.text:  # (a picture whose text names nobody: the
            return _picture_stamp(flat, index) or _initials_stamp(flat, index)  # name under)
        return None
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
    opening = (
        following.split(None, 1)[0] if following.strip() and len(following) <= _MAX_STAMP else ""
    )
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
    shown, name = _shown(word), _shown(following[0])
    initial = len(shown) == 1 and shown.isupper() and name[:1].upper() == shown
    if not (name == shown or initial) or len(name) < 2:
        return None  # (the cheap test first: few lines open with the word over them)
    if find_date(following[1]) is not None:
        return None  # (a date or an age after the name: "ann_k Over a year ago", dated)
    if not is_name_like(name):
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
        return _pictured_name(flat, index)
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


def _pictured_name(flat: Sequence[OutlineNode], index: int) -> tuple[int, str] | None:
    """Of a line that only stands for a picture ("Avatar", "![Avatar](…)": the avatar of
    a member who has one, where the others' are their initials), the line right under
    it when that line is a name of a few words and the line under the name ends in a
    date (the header's date line: "Home roaster·3 days ago", "2 days ago"), and that
    name; None otherwise."""
    from threadparse.nodes import is_placeholder  # (nodes reads this package)

    node = flat[index]
    if index + 2 >= len(flat) or len(node.text) > _MAX_STAMP or not is_placeholder(node.text):
        return None
    named = _picture_over_name_date(flat, index)
    if named is None:
        return None
    key = _PICTURE_TARGET.sub("", node.text)  # every line of that picture heads so
    if _PICTURED_LINES[0] is not flat:  # (one page's lines at a time)
        _PICTURED_LINES[0] = flat
        _PICTURED.clear()
    known = _PICTURED
    if key not in known:
        known[key] = all(
            _picture_over_name_date(flat, at) is not None
            for at, other in enumerate(flat)
            if other.marker is None and _PICTURE_TARGET.sub("", other.text) == key
        )
    return named if known[key] else None


_PICTURE_TARGET = re.compile(r"(?<=\])\([^()\s]*\)")  # the address of "![Avatar](…)"
_PICTURED_LINES: list[Sequence[OutlineNode] | None] = [None]  # the page read by `_PICTURED`
_PICTURED: dict[str, bool] = {}  # its pictures: whether every line of one heads a name


def forget_pictures() -> None:
    """Drop the page's pictures read by `_pictured_name` (see `lines.forget`): no page's
    lines are held after its parse."""
    _PICTURED_LINES[0] = None
    _PICTURED.clear()


def _picture_over_name_date(flat: Sequence[OutlineNode], index: int) -> tuple[int, str] | None:
    """The name on the line under ``flat[index]`` where the line under it ends in a date
    (see `_pictured_name`)."""
    if index + 2 >= len(flat):
        return None
    following, dated = flat[index + 1], flat[index + 2]
    if following.marker is not None or dated.marker is not None:
        return None
    name = L.display_name(following.text) or ""
    words = name.split()
    if not (1 < len(words) <= 4 and is_name_like(name)) or find_date(name) is not None:
        return None
    date = find_date(dated.text)
    if date is None or dated.text[date_extent(dated.text, date) :].strip():
        return None  # (the date closes the line under the name)
    return index + 1, name


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
# ("03/17/16 (Thu) 11:02:40") or a mark ("05.03.2024 - 14:22", "3 april 2024 @ 14:22"),
# or between a word and an abbreviation's ("5 มีนาคม 2567 เวลา 14:51 น.": at 14:51 hours;
# a word alone before the time is no such shape: "asked DATE at 10:22" is a label's)
_TIME_SHAPE = re.compile(
    r"^(?:\(a\) )?(?:[-–—|@·,] )?0:0(?::0)?(?: a\.?)?(?: \(?a\)?)?$"  # (its zone: "(UTC)")
    r"|^a 0:0 a\.$"
)


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
    timed = _timed_shapes(by_key)
    by_shape: dict[tuple[str, str], list[tuple[int, Stamp]]] = {}
    for key, found in by_key.items():
        if key[0] == "date" and found[0][1].named is not None:
            for index, stamp in found:
                shape = _aged_shape(stamp, timed.get(key[1]))
                by_shape.setdefault((key[1], shape), []).append((index, stamp))
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
        timing = timed.get(marker)
        wrapped = {  # "Ann" over "May 2, 2024, 9:15am 3"
            i
            for i, s in by_key.get(bare, [])
            if _aged_shape(s, timing) == shape and i > 0 and _wrapped_name(flat[i - 1], flat[i])
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
        headed = [
            (i, s) for i, s in by_key.get(("header", marker), []) if _aged_shape(s, timing) == shape
        ]
        longer = {_name_key(s.author or "") for _, s in headed}  # (names of several words)
        amid: set[str] = set()  # (one word among names of several)
        if len(longer) >= 2 and (numbered or not names):
            amid = _amid_headers(found, headed)
            names = names | amid
        if names and not numbered and len(longer) >= 2:  # (their headers a key of its own:
            names |= _named_anyway(words, names, headed, prose_before)  # a word most posts
            others |= longer  # print is a name too where it heads posts of its own)
        elif amid:  # (numbered lines: "Henk_K 12 januari 2024, 22:33 4" amid "Ann (Ann
            others |= longer  # Lee) 12 januari 2024, 21:41 2", one poster's name of one word)
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
            if _aged_shape(s, timing) == shape
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
        rest = [(i, s) for i, s in by_key.get(header, []) if _aged_shape(s, timing) != shape]
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


def _timed_shapes(by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]) -> dict[str, str]:
    """For each list marker, the one shape the named stamps of its keys print after
    their dates, where all but ages print it and it is a time ("0:0": see
    `_TIME_SHAPE`). An age prints nothing after it (`_aged_shape`)."""
    shapes: dict[str, set[str]] = {}
    for key, found in by_key.items():
        if key[0] == "header" or (key[0] == "date" and found[0][1].named is not None):
            shapes.setdefault(key[1], set()).update(
                s.shape for _, s in found if s.shape or not s.date or not is_relative(s.date)
            )
    return {
        marker: shape
        for marker, (shape,) in ((m, tuple(s)) for m, s in shapes.items() if len(s) == 1)
        if _TIME_SHAPE.match(shape) is not None
    }


def _aged_shape(stamp: Stamp, timed: str | None) -> str:
    """The shape of ``stamp`` as `_name_dates` groups stamps: an age ("3日前", "3 days
    ago", "yesterday": `dates.is_relative`) with nothing after it reads as the shape its
    marker's dated stamps print their times in (``timed``: `_timed_shapes`), as a page
    gives its newest posts' ages and the older posts' dates and times in one template."""
    if stamp.shape or timed is None or not stamp.date or not is_relative(stamp.date):
        return stamp.shape
    return timed


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


def _amid_headers(found: list[tuple[int, Stamp]], headed: list[tuple[int, Stamp]]) -> set[str]:
    """The words before the date of ``found`` (date lines after one word, one shape) that
    head posts amid header lines of the same shape naming several people (``headed``),
    every line of the word after the first header line and one before the last at least,
    fewer lines than they: one poster's one-word name ("Anonymous 14-Mar-2012 04:31"
    among "Ann Lee 10-Mar-2012 00:31" lines; "Henk_K 12 januari 2024, 22:33 4" among
    "Ann (Ann Lee) 12 januari 2024, 21:41 2" lines, the last post his), too few to tell
    from a label by how many posts print it; a label ("Posted DATE") stands over posts
    of its own, not amid another template's."""
    first, last = headed[0][0], headed[-1][0]
    lines: dict[str, list[int]] = {}
    for index, stamp in found:
        lines.setdefault(stamp.key[-1], []).append(index)
    return {
        word
        for word, held in lines.items()
        if first < min(held)
        and any(index < last for index in held)
        and len(held) < len(headed)
        and is_name_like(word)
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


def _scored(
    flat: Sequence[OutlineNode], found: list[tuple[int, Stamp]], prose_before: list[int]
) -> list[tuple[int, Stamp]]:
    """Bare numbers that open posts under a count of them: the first under a line "N
    WORDS" (a number and a word: "3 Answers"; a few short lines between them, a sort
    control or page numbers, `_posts_count_over`), each one over plain text at its own
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
        count = _posts_count_over(flat, index)
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


def _posts_count_over(flat: Sequence[OutlineNode], index: int) -> int | None:
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


def _within(line: int, spans: Sequence[range]) -> bool:
    """``line`` is in one of ``spans`` (ranges in order, not overlapping)."""
    at = bisect.bisect_right(spans, line, key=lambda span: span.start) - 1
    return at >= 0 and line in spans[at]


def _gone_between(flat: Sequence[OutlineNode], before: tuple[int, Stamp], index: int) -> bool:
    """The stamp ``before`` names a placeholder in a gone poster's place ("[–][deleted]
    22 points (1 child)") and the lines between it and line ``index`` are placeholders
    in brackets too ("[deleted]", "[removed]"): the gone post's text, its body, which
    no prose is."""
    at, stamp = before
    if stamp.author is None or not L.placeholder_name(stamp.author) or index - at < 2:
        return False
    return all(L.placeholder_name(flat[i].text) for i in range(at + 1, index))


def _separated(
    found: list[tuple[int, Stamp]],
    prose_before: list[int],
    flat: Sequence[OutlineNode] = (),
    fields: Sequence[int] = (),
) -> list[tuple[int, Stamp]]:
    """Stamps with prose between each and the next; of several stamps with none between
    them (a date printed twice), the last is kept: it is the one next to the body. Two
    dated stamps with a short sentence between them (`_short_body`, looked for in
    ``flat``) stamp two posts: the first post's body is that sentence; so do two with a
    line of a poster's profile between them (``fields``, in order: each post's card)."""
    kept: list[tuple[int, Stamp]] = []
    labels = _card_labels(flat, found) if flat else set()
    controls = _closing_controls(flat, found)
    if controls and not _mostly_written(found, prose_before, flat, controls):
        controls = set()  # (a widget's links, each closed by "Read more": no posts)
    for index, stamp in found:
        same_block = prose_before[index] == prose_before[kept[-1][0]] if kept else False
        if same_block and _field_between(fields, kept[-1][0], index):
            same_block = False  # (a short post, its card between the two stamps)
        if same_block and controls and _closed_by_control(flat, kept[-1][0], index, controls):
            same_block = False  # (a post whose body is only a link, closed by its controls)
        if same_block and stamp.key[-1] in ("summed", "addressed"):
            same_block = False  # (its summary under the one before: that post's body; a
            # message's header names its sender and its recipient: the one before is
            # another message, its body no prose perhaps, a robot's report)
        if same_block and stamp.key[0] == "age" and index - kept[-1][0] > _MAX_AFTER:
            same_block = False  # (an age is printed once a post: a short body between)
        if same_block and flat and stamp.author and _card_name_over(flat, index, stamp.author):
            same_block = False  # (the poster's card over the stamp: "Ann" over "Posts: 15"
            # over "Ann · DATE", the first post's short body over it)
        if same_block and flat and _gone_between(flat, kept[-1], index):
            same_block = False  # (a gone poster's post, its text a placeholder too)
        if same_block and flat and _next_header_between(flat, kept[-1][0], index, labels):
            same_block = False  # (the next post's header block: a short body over it)
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
    # number runs on from the one before, or a short sentence stands alone under it: a
    # short last post)
    if (
        kept
        and prose_before[-1] == prose_before[kept[-1][0] + 1]
        and (len(kept) < 2 or not _next_number(kept[-2][1], kept[-1][1]))
        and (len(kept) < 2 or not _short_last_body(flat, kept[-1][0]))
    ):
        kept.pop()
    return kept


_RECORD_REACH = 1  # lines under a dated line its record's name field stands within


def _record_names(
    flat: Sequence[OutlineNode], by_key: dict[tuple[str, ...], list[tuple[int, Stamp]]]
) -> list[int]:
    """The name fields of records a dated line opens ("Posted: DATE" over "Name:Ann"
    over "Email:…"), by line: a labelled field whose value reads as a name, within
    `_RECORD_REACH` lines under the stamps of a key of dates, the same label under
    three in four of them, `_BARE_RUN` at least. Each record is a post, however short
    its text (`_separated`)."""
    lines: list[int] = []
    for key, found in by_key.items():
        if key[0] != "date" or len(found) < _BARE_RUN:
            continue
        by_label: dict[str, list[int]] = {}
        for index, _ in found:
            for at in range(index + 1, min(index + 1 + _RECORD_REACH, len(flat))):
                field = _RECORD_FIELD.match(L.plain(flat[at].text))
                if field is not None and is_name_like(field.group(2)):
                    by_label.setdefault(field.group(1).casefold(), []).append(at)
                    break
        for named in by_label.values():
            if 4 * len(named) >= 3 * len(found):
                lines += named
    return lines


_CARD_REACH = 4  # lines over a stamp its poster's card may open within


def _card_name_over(flat: Sequence[OutlineNode], index: int, author: str) -> bool:
    """The name the stamp ``flat[index]`` prints, alone on a line within `_CARD_REACH`
    lines over it, the lines between them the card's labelled fields ("wasdzx" over
    "Стаж: 18 лет" over "Сообщений: 15" over "wasdzx · 13-Сен-08 19:57"): the post's
    header block opens there."""
    shown = _name_key(author)
    for at in range(index - 1, max(-1, index - 1 - _CARD_REACH), -1):
        text = flat[at].text
        if _name_key(text) == shown:
            return at < index - 1  # (a card between: not the name printed twice in a row)
        if _LABEL.match(L.plain(text)) is None:
            return False
    return False


def _field_between(fields: Sequence[int], first: int, last: int) -> bool:
    """A line of ``fields`` (in order) between lines ``first`` and ``last``."""
    at = bisect.bisect_right(fields, first)
    return at < len(fields) and fields[at] < last


_CONTROL_REACH = 2  # lines over a stamp its template's closing control is looked for in
# a closing control's line: one to three words of letters, perhaps between bar marks
# ("reply", "Reply · Share", "Like | Reply")
_CONTROL_LINE = re.compile(r"^[^\W\d_]+(?:[ ·|•]+[^\W\d_]+){0,2}$")


def _mostly_prose(found: list[tuple[int, Stamp]], prose_before: list[int]) -> bool:
    """Prose between half of the stamps and the next ones, or more: the template's
    posts are written (a list of links, each under its name and date, "Read more"
    under it, is a widget's, whatever closes its items)."""
    between = sum(
        prose_before[following] > prose_before[index]
        for (index, _), (following, _) in itertools.pairwise(found)
    )
    return between * 2 >= len(found) - 1


def _mostly_written(
    found: list[tuple[int, Stamp]],
    prose_before: list[int],
    flat: Sequence[OutlineNode],
    controls: set[str],
) -> bool:
    """The template's posts are written (`_mostly_prose`), or most of the stamps have
    a line of words under them before the next stamp, other than the closing
    ``controls`` (`_worded_line`: "nice!", "Word", a reply too short for prose): a
    thread of short replies, each closed by its controls; a widget's links or titles
    under their names and dates are no words."""
    if _mostly_prose(found, prose_before):
        return True
    worded = sum(
        any(
            _worded_line(flat[at]) and _control_text(flat[at]) not in controls
            for at in range(index + 1, following)
        )
        for (index, _), (following, _) in itertools.pairwise(found)
    )
    return worded * 2 > len(found) - 1


# an address or a link's target alone on a line, or a Markdown link's markup
_LINK_MARKUP = re.compile(r"://|\]\(|^www\.|^\[[0-9]{1,5}\]\S")


def _worded_line(node: OutlineNode) -> bool:
    """A line of words, no link: text of letters that is neither an address, a link's
    markup nor a title (words mostly capitalised, as `is_prose` counts them)."""
    text = node.text.strip()
    if _LINK_MARKUP.search(text) or not any(ch.isalpha() for ch in text):
        return False
    words = text.split()
    return len(words) < _TITLE_WORDS or sum(word[0].islower() for word in words) * 4 >= len(words)


_TITLE_WORDS = 3  # words of a line that may read as a title, at least


def _closing_controls(flat: Sequence[OutlineNode], found: list[tuple[int, Stamp]]) -> set[str]:
    """The controls the template prints at the end of every post ("reply"), right over
    each of its stamps but the first (``found``), or with a rule or a spacer's picture
    between (html2text's table rows, lynx's "[s.gif]"): each a line of a few words
    (`_CONTROL_LINE`, read as shown: lynx's link numbers and Markdown targets aside)
    over more than half of those stamps. Only headers' stamps (a name and its date on
    one line) are closed so; empty where fewer than `_BARE_RUN` stamps, or no ``flat``
    lines, are given."""
    if len(found) < _BARE_RUN or not flat or found[0][1].key[0] != "header":
        return set()  # (a label over a date is that field's: "Registered" over a date)
    over: Counter[str] = Counter()
    for index, _ in found[1:]:
        over.update(
            {_control_text(flat[at]) for at in range(max(0, index - _CONTROL_REACH), index)}
        )
    over.pop("", None)
    return {text for text, count in over.items() if count * 2 > len(found) - 1}


_SUPERSCRIPT = "^"  # what w3m and lynx print before a raised text (<sup>)


def _control_text(node: OutlineNode) -> str:
    """A line as a closing control's text (`_closing_controls`): the line as shown,
    casefolded; "" for a line of any other shape (a link, a picture, a sentence)."""
    text = L.plain(node.text).strip("_*")  # (html2text's emphasis: "_[reply](…)_")
    text = text.removeprefix(_SUPERSCRIPT)  # (a control printed raised: w3m's "^reply")
    return text.casefold() if _CONTROL_LINE.match(text) else ""


def _closed_by_control(
    flat: Sequence[OutlineNode], first: int, last: int, controls: set[str]
) -> bool:
    """Stamps ``first`` and ``last`` with no prose between them that stamp two posts:
    a line of the template's closing controls (`_closing_controls`) stands over
    ``last`` with a line between it and ``first``, the first post's body, however short
    (a link alone, "See also:" and a link)."""
    return any(
        _control_text(flat[at]) in controls
        for at in range(max(first + 2, last - _CONTROL_REACH), last)
    )


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


def _short_last_body(flat: Sequence[OutlineNode], index: int) -> bool:
    """The line under the last stamp (line ``index``) is a whole post's body too short
    for `is_prose` ("Parfait!", "Thanks, Ann."): a plain line that closes a sentence, with
    a blank line or the page's end under it; no label, no date, no link."""
    if index + 1 >= len(flat):
        return False
    node = flat[index + 1]
    text = node.text
    if node.marker is not None or len(text) > _MAX_SEPARATOR or text[-1] not in ".!?":
        return False
    if not (node.blank_after or index + 2 == len(flat)) or _LABEL.match(text) or "](" in text:
        return False
    return find_date(text) is None


def _next_header_between(
    flat: Sequence[OutlineNode], first: int, last: int, labels: Container[str] = ()
) -> bool:
    """A name printed on two lines in a row, or a date after one of ``labels`` (a field
    every card prints, "Joined: 17 May 2005"), between stamps ``first`` and ``last``, two
    lines under ``first`` at least (a line of the first post's body, however short,
    over it): the next post's header block ("Dan Campbell" over "Dan Campbell")."""
    for at in range(first + 3, last + 1):  # (the second stamp may be that date itself)
        text = flat[at].text
        if at + 1 < last and _name_key(text) == _name_key(flat[at + 1].text) and is_name_like(text):
            return True
        if labels and _card_label(text) in labels:
            return True
    return False


def _card_label(text: str) -> str | None:
    """The label of a short labelled date line ("Joined: 17 May 2005": "joined"), else None."""
    if len(text) > _MAX_FIELD or _LABEL.match(text) is None or find_date(text) is None:
        return None
    return text[: text.index(":")].strip().casefold()


def _card_labels(flat: Sequence[OutlineNode], found: list[tuple[int, Stamp]]) -> set[str]:
    """The labels of the stamps ``found`` that are a card's labelled dates, each printed
    on `_BARE_RUN` of them at least and on fewer than all (the others are the posts'
    own stamps: "Joined: DATE" and "Posted: DATE" in one key)."""
    labels = Counter(_card_label(flat[index].text) for index, _ in found)
    return {
        label
        for label, count in labels.items()
        if label is not None and _BARE_RUN <= count < len(found)
    }


_MAX_FIELD = 40  # characters of a profile's labelled date, at most ("Joined: 17 May 2005")


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


def _next_number(before: Stamp, after: Stamp) -> bool:
    """Two post numbers that run on (#4 then #5, or a post or two missing between):
    two posts, even when the first one's text is too short to read as prose; so do a
    post's replies' numbers after its own ("#2", "#2-1", "#2-2")."""
    if before.number is None or after.number is None:
        return False
    if after.number == before.number and after.sub is not None:
        return 0 < after.sub - (before.sub or 0) <= 3
    return 0 < after.number - before.number <= 3


# a line of badge words, a number and the word it counts, perhaps a title after a
# bar or slash ("Moderator 3.1k reputation", "610 points / Maintainer @ Acme"): the
# line a post-list template prints under each poster's name
_RATING = re.compile(
    r"^(?:[^\W\d_][\w'\-]*(?: [^\W\d_][\w'\-]*){0,2} )?[0-9][0-9,.]*[kKmM万]? "
    r"([^\W\d_]{1,16})(?: [/|·•] .*)?$"
)


def _rated_stamps(flat: Sequence[OutlineNode], prose: Sequence[bool]) -> list[tuple[int, Stamp]]:
    """A post list whose posts open with a name alone over a rating line (`_rating_unit`:
    "Ann" over "Moderator 3.1k reputation"; or over the poster's place over it,
    `_card_top`) that repeats down the page, the same word counted on every one, and
    close their bodies on a date alone ("2 weeks ago Reply"), or print that date over
    the body, after the post's subject and controls: the name lines as stamps (key
    ``("rated", word)``), each post's date that date. The name-and-date lines under a
    post's date, before the next rated name, are its replies (``sub`` 1: one level
    down). Empty where no rating repeats so over three posts at least, told apart by two
    names at least."""
    by_unit: dict[str, list[tuple[int, int]]] = {}
    for index in range(1, len(flat)):
        unit = _rating_unit(flat[index].text)
        if unit is not None and _rated_name(flat[index - 1]) is not None:
            by_unit.setdefault(unit, []).append((_card_top(flat, index - 1), index))
    if not by_unit:
        return []
    unit, cards = max(by_unit.items(), key=lambda item: len(item[1]))
    if len(cards) < _BARE_RUN or not _told_apart([flat[i].text for i, _ in cards]):
        return []
    stamps: list[tuple[int, Stamp]] = []
    closed = 0
    ends = [*(top for top, _ in cards[1:]), len(flat)]
    for (name, rating), end in zip(cards, ends, strict=True):
        closing = _closing_date(flat, rating + 1, min(end, rating + 1 + _MAX_BLOCK))
        if closing is None or closing[0] == rating + 1:
            continue  # (no body over a date: the header's own date, or an author's card)
        closed += 1
        author = _rated_name(flat[name])
        key = ("rated", unit)
        # (prose over the date: the date closing the body; else the header's own,
        # under the post's subject and controls, the body under it: the card and the
        # lines down to the date read with the stamp)
        closes = any(prose[rating + 1 : closing[0]])
        stamp = Stamp(
            key,
            author=author,
            date=closing[1],
            opens=True,
            closes=closing[0] if closes else None,
            wrapped=0 if closes else closing[0] - name,
        )
        stamps.append((name, stamp))
        stamps.extend(_rated_replies(flat, closing[0] + 1, end, unit))
    return stamps if closed >= _BARE_RUN else []


# a poster's place, printed under the name on a card ("Leeds, United Kingdom", "Cork,
# Ireland"): words, a comma, then words (the first capitalised: `_card_top`), no digit
_PLACE = re.compile(r"^[^\W\d_][^\d,]{0,40}, [^\W\d_][^\d,]{1,40}$")


def _card_top(flat: Sequence[OutlineNode], at: int) -> int:
    """The line of a rated card's name (`_rated_stamps`), ``at`` the line over the rating:
    that line, or the one over it where ``at`` prints the poster's place (`_PLACE`) under
    the name, no blank line between them."""
    shown = _shown(flat[at].text)
    if (
        at > 0
        and not flat[at - 1].blank_after
        and _PLACE.match(shown) is not None
        and shown.partition(", ")[2][:1].isupper()
        and _rated_name(flat[at - 1]) is not None
    ):
        return at - 1
    return at


def _told_apart(names: list[str]) -> bool:
    """Names (lines) that tell posters apart: none of them, digits aside, on more than
    half of the lines ("Members" over each rating is a rank, "Message 2 of 9" a count)."""
    keys = Counter(_DIGITS.sub("0", _name_key(name)) for name in names)
    return len(keys) >= 2 and keys.most_common(1)[0][1] * 2 <= len(names)


def _rating_unit(text: str) -> str | None:
    """The word a rating line counts ("reputation" of "Moderator 3.1k reputation", "声望"
    of "版主 3.1k 声望"), casefolded; None for other lines, and for a day and a month's
    name after a label ("Publié le 5 mars": a stamp's date of no year, no rating)."""
    if len(text) > _MAX_STAMP or DIGIT.search(text) is None:
        return None
    match = _RATING.match(" ".join(L.plain(text).split()))
    unit = match.group(1).casefold() if match else None
    return None if unit is None or unit in MONTHS else unit


def _rated_name(node: OutlineNode) -> str | None:
    """The name a short line alone prints, as shown; None where the line reads as no
    name or as a stamp of its own."""
    shown = _shown(node.text)
    if not is_name_like(shown) or read_stamp(node) is not None:
        return None
    return shown


_CLOSING_KEYS = ("date", "tail")  # a date alone, or a date closed by controls


def _closing_date(flat: Sequence[OutlineNode], start: int, end: int) -> tuple[int, str] | None:
    """The first line from ``start`` to ``end`` that is a date naming no one ("1 week
    ago Reply"), with its date; None where there is none."""
    for index in range(start, min(end, len(flat))):
        stamp = read_stamp(flat[index])
        if (
            stamp is not None
            and stamp.key[0] in _CLOSING_KEYS
            and not (stamp.author or stamp.named)
        ):
            return index, stamp.date or flat[index].text
    return None


def _rated_replies(
    flat: Sequence[OutlineNode], start: int, end: int, unit: str
) -> list[tuple[int, Stamp]]:
    """The lines from ``start`` to ``end`` that name their author before a date ("Ann 1
    week ago"), as the stamps of replies one level down (``sub`` 1)."""
    replies: list[tuple[int, Stamp]] = []
    for index in range(start, end):
        stamp = read_stamp(flat[index])
        author = None if stamp is None else stamp.author or stamp.named
        if stamp is not None and author and stamp.key[0] in ("header", "date"):
            key = ("rated", unit)
            replies.append((index, Stamp(key, author=author, date=stamp.date, opens=True, sub=1)))
    return replies


_CONTROLLED_NAMES = 3  # posts headed by a name over the same bar of controls, at least
# words set apart by bar marks: "Reply | Threaded", "Quote · Report"
_BAR_OF_WORDS = re.compile(r"[^\W\d_]+(?: [|·•] [^\W\d_]+)+")


def _control_bar(text: str) -> bool:
    """A line of control links: a reply link (`lines.is_reply_link`), or words set
    apart by bar marks."""
    shown = L.plain(text)
    return L.is_reply_link(shown) or _BAR_OF_WORDS.fullmatch(shown) is not None


def _names_over_controls(flat: Sequence[OutlineNode], prose: list[bool]) -> list[tuple[int, Stamp]]:
    """Posts headed by the poster's name over a bar of controls printed the same on
    every post ("fredvs" over "Reply | Threaded"), no date in the header: a board that
    prints none. The bar is a short line of no prose, at least `_CONTROLLED_NAMES` times
    under lines that read as names, two different names at least; the most repeated
    such bar wins. The name lines are the stamps (undated, the name their author)."""
    under: dict[str, list[int]] = {}
    for index in range(len(flat) - 1):
        bar = flat[index + 1]
        if prose[index] or prose[index + 1] or bar.marker is not None:
            continue
        if len(bar.text) > _MAX_STAMP or not _control_bar(bar.text):
            continue  # (the bar first: a test cheaper than a name's, and passed by fewer lines)
        if is_name_like(flat[index].text):
            under.setdefault(_name_key(bar.text), []).append(index)
    best: list[int] = []
    for found in under.values():
        names = {_name_key(flat[index].text) for index in found}
        if len(found) >= _CONTROLLED_NAMES and len(names) >= 2 and len(found) > len(best):
            best = found
    return [
        (
            index,
            Stamp(
                ("named", _name_key(flat[index + 1].text)),
                author=_display(flat[index].text),
                undated=True,
            ),
        )
        for index in best
    ]
