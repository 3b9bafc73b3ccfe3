"""Posts from stamps: around each stamp its header block, the author told by rule or by
the place the other blocks print theirs, names glued before a colon, and each post's
line range (`_posts`)."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Container, Sequence

import attrs

from threadparse import lines as L
from threadparse.dates import DIGIT
from threadparse.outline import OutlineNode
from threadparse.posts.authors import (
    _answer_mentions,
    _Badges,
    _candidate,
    _commonest_place,
    _constants,
    _fewer,
    _field_values,
    _likeliest_name,
    _mention_lines,
    _names_over_counts,
    _names_over_pictured_ranks,
    _names_over_quotes,
    _names_over_ranks,
    _names_over_titles,
    _names_under,
    _opening_names,
    _owner_after_date,
    _picture_labels,
    _pictured_above,
    _profile_row_owner,
    _ranked,
    _read_post,
    _strong_author,
    _varied,
    _verb_line,
    _worded,
    _worded_ranks,
    _wrapped_row_owner,
)
from threadparse.posts.bodies import _bodies, _last_end, _trim
from threadparse.posts.post import Post
from threadparse.posts.shapes import (
    _BARE_RUN,
    _HEADING,
    _MAX_AFTER,
    _MAX_BLOCK,
    _NEARLY_ALL,
    _RECORD_FIELD,
    _display,
    _name_key,
    is_name_like,
    profile_names,
    profiled,
)
from threadparse.posts.signatures import (
    _COLON_MOST,
    _COLON_SAME,
    _MENTION,
    _beside_posts,
    _carded_after_bodies,
    _numbered_under,
    _plain_run,
    _run_after,
    _said,
    _signed_after_bodies,
    _signed_bodies,
    _signed_posts,
    colon_named,
    worded_signature,
)
from threadparse.posts.stamps import Stamp, _full, read_stamp


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
        badge = 0 < len(tail) <= _BADGE_TAIL and not DIGIT.search(tail)  # ("Ann2024": a
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


def _signed_number(text: str) -> bool:
    """A number with its sign alone on a line ("+50"): a score or bounty, no text."""
    return 1 < len(text) <= 8 and text[0] in "+-−" and text[1:].isdigit()


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
    under |= _worded_ranks(flat, afters)  # (a board's ranks printed twice name no one)
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


def _names_at(flat: Sequence[OutlineNode], stamps: list[tuple[int, Stamp]], below: int) -> set[str]:
    """The lines ``below`` lines under the stamps, where they differ from post to post
    (the place of the posters' names, `_place_under`): none of them is the template's,
    though a frequent poster's name stands there in most posts."""
    names = {
        _name_key(flat[index + below].text) for index, _ in stamps if index + below < len(flat)
    }
    return names if len(names) >= 2 else set()


def _nearest_place(
    flat: Sequence[OutlineNode],
    stamps: list[tuple[int, Stamp]],
    runs: list[list[int]],
    under: bool,
) -> tuple[int | None, tuple[set[str], int]]:
    """The commonest distance from the stamp to its nearest name-like line (of ``runs``,
    the short lines under the stamps or over them; a line printed in most of them is
    none: a frequent poster's name may stand in three posts in five), and (the names
    standing there, how many posts have one there)."""
    constants = _constants(flat, runs, _NEARLY_ALL)
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


_TEMPLATE_WORD = 3  # stamps that print one word before their dates, at least


def _posts(
    flat: Sequence[OutlineNode], prose: list[bool], stamps: list[tuple[int, Stamp]]
) -> tuple[int, list[Post]]:
    """The posts ``stamps`` make, and how many of their authors were told by rule or
    by place ((0, []): they make no post list). Where every stamp prints one word
    before its date, the same on each (a status picture's text, "Old 03-14-2009, 02:29
    PM #2"), and the header blocks name the posters all the same, those names: the
    word is the template's (`_unworded_posts`)."""
    stamps = _floor_numbered(stamps)
    told, posts = _read_posts(flat, prose, stamps)
    if posts and _one_word(stamps):
        unworded = _unworded_posts(flat, prose, stamps)
        if unworded is not None:
            return unworded
    return told, posts


# a floor's label, letters and its number (a reply's after its floor's): "B1", "B12・",
# "B1-1", "F3" (read as the name before a date: "B1・3月5日 14:40", inscriptis's "B1 ・
# 3月5日 14:40")
_FLOOR_LABEL = re.compile(r"^([^\W\d_]{1,2})([0-9]{1,5})(?:-([0-9]{1,4}))?(?:\s?[^\w\s])?$")


def _floor_numbered(stamps: list[tuple[int, Stamp]]) -> list[tuple[int, Stamp]]:
    """The stamps with the floor labels read as names before their dates read as the
    posts' numbers instead ("B1・3月5日 14:40", "B1-1・…", "B2・…": no author, numbers 1,
    1.1, 2), where `_TEMPLATE_WORD` stamps at least, all but one perhaps (the opening
    post's, which has no floor), print such a label, the letters the same on all and
    the floors in sequence down the page (never lower than the one before, two at
    least): the page's floor numbers, not names (a name of letters and digits, "KD1",
    is one poster's, not a running count). As they were otherwise."""
    floors: list[tuple[int, re.Match[str]]] = []
    for number, (_, stamp) in enumerate(stamps):
        author = stamp.author
        label = _FLOOR_LABEL.match(author) if author and stamp.number is None else None
        if label is not None:
            floors.append((number, label))
    if len(floors) < _TEMPLATE_WORD or len(floors) + 1 < len(stamps):
        return stamps
    if len({label.group(1) for _, label in floors}) > 1:
        return stamps
    numbers = [int(label.group(2)) for _, label in floors]
    if len(set(numbers)) < 2 or any(b < a for a, b in itertools.pairwise(numbers)):
        return stamps
    renumbered = list(stamps)
    for number, label in floors:
        index, stamp = stamps[number]
        sub = int(label.group(3)) if label.group(3) else None
        renumbered[number] = (
            index,
            attrs.evolve(stamp, author=None, number=int(label.group(2)), sub=sub),
        )
    return renumbered


_STRAY_SHARE = 5  # posts a guessed name stands for, at least, where no name is told


def _stray_guesses(
    found: list[tuple[int | None, str | None]],
    guessed: Sequence[tuple[int | None, str | None] | None],
) -> bool:
    """No post's name is told by rule, and a name is guessed for few of them (fewer than
    one in `_STRAY_SHARE`, `_TEMPLATE_WORD` posts at least): the template prints no
    name (an image board's posts), and the lines guessed from are short last lines of
    the bodies over the stamps."""
    if len(found) < _TEMPLATE_WORD or any(f != (None, None) for f in found):
        return False
    named = sum(g is not None and g[1] is not None for g in guessed)
    return 0 < named * _STRAY_SHARE < len(found)


def _no_control_names(
    flat: Sequence[OutlineNode],
    stamps: list[tuple[int, Stamp]],
    found: list[tuple[int | None, str | None]],
) -> list[tuple[int | None, str | None]]:
    """The names told, but for one told on (nearly) every post from lines that differ
    (a control's link closing each post, its target numbered by the post: html2text's
    "[Report](javascript:report(51); "Report this post")" read as a name its title
    names again): a control's label, no poster's (one name all post under, "Guest",
    is printed alike over each). A control under its stamp stays the header's last
    line, naming no one (the body starts under it)."""
    keys = Counter(_name_key(name) for _, name in found if name is not None)
    if len(found) < _BARE_RUN or not keys:
        return found
    key, count = keys.most_common(1)[0]
    if count < len(found) - 1:
        return found
    lines = {
        flat[line].text
        for line, name in found
        if line is not None and name is not None and _name_key(name) == key
    }
    if len(lines) * 2 <= count:
        return found
    return [
        (line, name)
        if not name or _name_key(name) != key
        else (line, None)
        if line is not None and line > index
        else (None, None)
        for (index, _), (line, name) in zip(stamps, found, strict=True)
    ]


def _one_dated_word(found: list[tuple[int | None, str | None]]) -> bool:
    """Every post's author was read as one and the same word, from a line of the header
    block (a dated name over the post's number), `_TEMPLATE_WORD` posts at least."""
    names = {name for _, name in found}
    name = next(iter(names))
    return (
        len(found) >= _TEMPLATE_WORD
        and len(names) == 1
        and name is not None
        and " " not in name.strip()
        and all(line is not None for line, _ in found)
    )


_RANKED_NAMES = 2  # different lines over one dated rank, at least


def _dated_ranks(flat: Sequence[OutlineNode], found: list[tuple[int | None, str | None]]) -> bool:
    """The names read from dated lines over the posts' numbers ("Forum Maniac · DATE"
    over "#3", `_strong_author`) are a rank's words, not the posters': every post's
    name was read so, `_TEMPLATE_WORD` posts at least, from a line under a line that
    can be a name; one of them at least stands under different such lines in different
    posts (the posters' names over their ranks: "ann_k" over "Forum Maniac · DATE",
    "bo.lee" over "Forum Maniac · DATE"), and each line over them stands over one of
    them only (a poster has one rank). A poster's own name over a number stands under
    one line (a badge), or under lines that stand over other names too (a status,
    "Online" over "ann · DATE" and over "bo · DATE")."""
    if len(found) < _TEMPLATE_WORD or any(line is None or not name for line, name in found):
        return False
    under: dict[str, set[str]] = {}  # a dated name: the lines over it
    over: dict[str, set[str]] = {}  # a line over a dated name: the names under it
    for line, name in found:
        if line is None or line < 1 or not name or not is_name_like(flat[line - 1].text):
            return False
        above, dated = _name_key(flat[line - 1].text), _name_key(name)
        under.setdefault(dated, set()).add(above)
        over.setdefault(above, set()).add(dated)
    return all(len(names) == 1 for names in over.values()) and any(
        len(lines) >= _RANKED_NAMES for lines in under.values()
    )


def _opening_control(node: OutlineNode, constants: frozenset[str], lines: bool) -> bool:
    """``node``, under a post's stamp, is a control every post prints there (one of
    ``constants``): any such line (``lines``: under post numbers), else a list item
    that shows some text."""
    key = _name_key(node.text)
    return key in constants and (lines or (node.marker is not None and key != ""))


_STATUSES = 2  # texts a status over each post takes ("Online", "Offline")


def _statuses(found: list[tuple[int | None, str | None]]) -> bool:
    """Most names read over numbered stamps (three in four) are two texts, each over
    two posts at least: perhaps the previous post's closing status ("Online" or
    "Offline" over "#2 Yesterday 22:06:50"), the names in the blocks under the stamps.
    (One text over every post is the name all post under: "Anonymous".)"""
    told = Counter(_name_key(name) for line, name in found if line is not None and name)
    common = [count for _, count in told.most_common(_STATUSES) if count >= 2]
    return len(common) == _STATUSES and 4 * sum(common) >= 3 * sum(told.values())


def _more_names(posts: list[Post], over: list[tuple[int | None, str | None]]) -> bool:
    """The names read over the stamps (`_statuses`) stand over posts that the names
    under the stamps give to different posters, in half the posts at least ("Online"
    over a post of ann's and over one of bob's): they are no posters' names. (A name
    over the stamps and a rank under them go together: one rank for each poster.)"""
    pairs = [
        (_name_key(name), _name_key(post.author))
        for post, (line, name) in zip(posts, over, strict=True)
        if line is not None and name and post.author
    ]
    under: dict[str, set[str]] = {}
    for shown, poster in pairs:
        under.setdefault(shown, set()).add(poster)
    shared = sum(len(under[shown]) > 1 for shown, _ in pairs)
    return bool(pairs) and 2 * shared >= len(pairs)


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
    heads = [_first_block(flat, blocks), *blocks[1:]]

    def strong(dated_names: bool) -> list[tuple[int | None, str | None]]:
        return [  # (a frequent poster's name is printed in most blocks: no constant here)
            _strong_author(flat, stamp, block, after, badges, badges.everywhere, dated_names)
            for (_, stamp), block, after in zip(stamps, heads, afters, strict=True)
        ]

    found = strong(dated_names=True)
    if _one_dated_word(found) or _dated_ranks(flat, found):  # ("Äldre 15 Jun 12:05" over
        found = strong(dated_names=False)  # every "#N": a label's word; a rank's words)
    found = _no_control_names(flat, stamps, found)
    owners = [  # (the controls after each date name the poster: "posted DATE  Profile for Ann")
        _owner_after_date(flat, index, stamp, block)
        for (index, stamp), block in zip(stamps, blocks, strict=True)
    ]
    if 2 * sum(owner != (None, None) for owner in owners) >= len(stamps):
        found = [f if f != (None, None) else o for f, o in zip(found, owners, strict=True)]
    if 2 * sum(f != (None, None) for f in found) < len(found):  # few authors told: the
        beside = _beside_posts(flat, prose, stamps, constants)  # poster's cell printed
        if beside is not None:  # beside the body's first line, under each stamp
            return beside
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
            constants -= _names_at(flat, stamps, below)  # (a frequent poster's, no label)
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
        if found[number] == (None, None):  # (or a row of its own under the stamp)
            found[number] = _profile_row_owner(flat, index, afters[number])
    for number, block in enumerate(blocks):  # a full block: the name under its avatar's
        if found[number] == (None, None) and len(block) == _MAX_BLOCK:  # picture a few
            previous = stamps[number - 1][0] if number else -1
            found[number] = _pictured_above(flat, prose, block, previous)
    for number, (line, _) in enumerate(found[:-1]):  # a name under the stamp that heads
        if (  # the next post is not this one's (but the stamp's own header line is)
            line is not None and line in blocks[number + 1] and stamps[number][1].named_at is None
        ):
            found[number] = (None, None)
    if _page_header_name(flat, stamps, blocks, found):
        found[0] = (None, None)
    constants -= {_name_key(flat[line].text) for line, _ in found if line is not None}
    mentions = _mention_lines(flat, [*blocks, *afters])
    # the lines a name is guessed from: no template's, none that names the post answered
    unnamed = constants | {_name_key(flat[line].text) for line in mentions}
    unnamed |= _field_values(flat, blocks, constants)  # (a card's "Location" over "Leeds")
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
            stamped = [index for index, _ in stamps]
            guessed = _names_over_ranks(flat, guessed, found, blocks, unnamed, stamped)
            guessed = _names_over_counts(flat, guessed, blocks, unnamed)
            guessed = _names_over_pictured_ranks(flat, guessed, blocks, unnamed)
    if _stray_guesses(found, guessed):
        guessed = [None] * len(guessed)  # (a board whose posts carry no name: the lines
        # a few names were guessed from end the bodies over them, "おかさん…")
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
    over_names = [g or f for g, f in zip(guessed, found, strict=True)]  # (told or guessed)
    if stamps[0][1].number is not None and (told * 2 < len(found) or _statuses(over_names)):
        numbered = _numbered_under(flat, prose, stamps, constants)
        if numbered is not None and (  # "#3" (and its date) over the name, the rank, the
            told * 2 < len(found) or _more_names(numbered[1], over_names)
        ):  # fields: the header block under the stamp (over it: the post before's status)
            return numbered
    if over and told * 2 < len(found):  # few told: the name opens each header block
        opening = _opening_names(flat, stamps, blocks, constants)
        if opening is not None:
            guessed, found, told = opening, [(None, None)] * len(found), len(opening)
    ruled = sum(f != (None, None) for f in found)  # (the name, then the poster's rank
    if over and ruled * 2 < len(found):  # and counts over each stamp, "Ann Member 412
        counted = _profiled_names(flat, stamps, blocks)  # posts": no guess of a place)
        if counted is not None:
            found, guessed, told = counted, [None] * len(found), len(stamps)
    fielded = None
    if told * 2 < len(found):  # (a field by each stamp names the poster: "Name:Ann")
        fielded = _labelled_names(flat, stamps, overs, afters)
        if fielded is not None:
            found, guessed, told = fielded, [None] * len(found), len(fielded)
    if told * 2 < len(found) and len(stamps) >= _BARE_RUN:  # (one name over every stamp:
        guest = _guest_name(flat, stamps, overs)  # the name all post under, "Guest")
        if guest is not None:
            found, guessed, told = guest, [None] * len(found), len(stamps)
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
    if (below * 2 > len(stamps) or _meta_lines(flat, prose, stamps)) and (
        stamps[0][1].key[0] == "date"
        and stamps[0][1].key[2]
        and fielded is None  # (a labelled record, "Posted: DATE" over "Name: Ann", opens)
    ):
        # "answered DATE" over the name: a signature printed after the body
        return told, _signed_posts(flat, prose, stamps, blocks, afters, found, constants)
    if below * 2 > len(stamps) and below < len(stamps):  # most posts name their author
        for number, name_line in _names_under(flat, stamps, afters, found, constants).items():
            found[number], guessed[number] = name_line, None  # under the stamp: the others too
    found = _fuller_names(flat, found, guessed, blocks)
    found, guessed = _over_reply_tabs(flat, stamps, blocks, found, guessed)
    found, guessed = _names_over_labels(flat, blocks, found, guessed)
    posts: list[Post] = []
    pictures = _picture_labels(flat, [*blocks, *afters])
    for (index, stamp), block, after, author, guess in zip(
        stamps, blocks, afters, found, guessed, strict=True
    ):
        if stamp.pinged:  # (a pingback's title, on its stamp's line, names it)
            guess, author = None, (index, stamp.author)
        posts.append(_read_post(flat, index, stamp, block, after, guess or author, pictures))
        posts[-1].opened, posts[-1].sub = stamp.opens, stamp.sub
        if stamp.key[0] == "rated":  # (a rated post's replies one level under it)
            posts[-1].depth = 0 if stamp.sub is None else 1
    _unglue_handles(flat, posts)
    if fielded is not None:
        _record_bodies(flat, posts)
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
        header_lines = [(*o, *b, *a) for o, b, a in zip(overs, blocks, afters, strict=True)]
        last = len(posts)
        while (
            last > 0
            and not stamps[last - 1][1].pinged  # (a pingback prints no controls)
            and not any(  # (a header under its stamp: the controls over it
                _name_key(flat[i].text) in constants  # close the post before, "Reply")
                for i in header_lines[last - 1]
            )
            and not _card_again(flat, posts, header_lines, last - 1)
        ):
            last -= 1
        posts = posts[:last]
        if len(posts) < 2:
            return 0, []
    if over and stamps[0][1].key[0] in ("number", "date", "named"):  # (a control line
        by_number = stamps[0][1].key[0] != "date"  # under every number or name, "Show only
        # Report", "Open this post in threaded view", or a
        for post, after in zip(posts, afters, strict=False):  # control item under every
            while post.body_start in after and _opening_control(  # date, "• Copy link",
                flat[post.body_start],
                constants,
                by_number,  # the name over it: the
            ):  # header's)
                post.header.append(post.body_start)
                post.body_start += 1
    if stamps[0][1].key[0] == "named":
        _name_again_in_header(flat, prose, posts)
    _bodies(flat, prose, posts, constants)
    if over:  # (each name over a date under the body before it: that post's signature)
        _signed_after_bodies(flat, prose, posts, constants)
        _carded_after_bodies(flat, prose, posts)  # (or a profile card under each body)
    if stamps[0][1].key[0] == "rated":
        _rated_bodies(posts, dict(stamps), flat)
    return max(told, 1), posts


def _meta_lines(
    flat: Sequence[OutlineNode], prose: list[bool], stamps: list[tuple[int, Stamp]]
) -> bool:
    """Every stamp is a meta line that signs the body over it, its name after its date
    ("answered Mar 5, 2024 by Ann (8.9k points)", `worded_signature`), the first stands
    right under a body's last line, no count of the posts over it ("3 Answers": the
    count opens the posts, a header would stand under it), and no text stands right
    under the last one before the form to post in (`lines.is_form_title`, "Your answer":
    the stamps under it are another list's): a header ("Posted DATE by Ann") opens the
    text under it."""
    first = stamps[0][0]
    if any(worded_signature(flat[index].text) is None for index, _ in stamps):
        return False
    bar = _bar_over(flat, stamps)  # (past the bar of controls every stamp prints over it)
    if first - bar == 0 or not _said(flat, prose, first - bar - 1):
        return False
    if L.declared_count(flat[first - 1].text) is not None:
        return False
    form = next((at for at in range(first, len(flat)) if L.is_form_title(flat[at].text)), None)
    last = max((index for index, _ in stamps if form is None or index < form), default=first)
    return last + 1 == len(flat) or last + 1 == form or not prose[last + 1]


_BAR_LINES = 2  # lines of a bar of controls over each signature, at most


def _bar_over(flat: Sequence[OutlineNode], stamps: list[tuple[int, Stamp]]) -> int:
    """How many lines right over every stamp (two stamps at least) print the same text
    over each, no date among them: a bar of controls between each body and the meta
    line that signs it ("Share Improve this answer Flag" over "answered DATE by Ann";
    "Partager Améliorer cette réponse Signaler"), up to `_BAR_LINES`; 0 where none is."""
    if len(stamps) < 2:
        return 0
    lines = 0
    while lines < _BAR_LINES:
        over = [index - lines - 1 for index, _ in stamps]
        if over[0] < 0 or any(_dated_line(flat[at]) for at in over):
            break
        if len({L.plain(flat[at].text) for at in over}) != 1:
            break
        lines += 1
    return lines


def _dated_line(node: OutlineNode) -> bool:
    """The line holds a stamp with a date (a header's, another signature's)."""
    stamp = read_stamp(node)
    return stamp is not None and stamp.date is not None


def _card_again(
    flat: Sequence[OutlineNode],
    posts: list[Post],
    header_lines: list[tuple[int, ...]],
    number: int,
) -> bool:
    """Post ``number``'s header lines print a line of an earlier post's by the same
    author again (the poster's rank, a field of the card): a post of the thread,
    whatever the other posters' cards print, not an entry of a list after it."""
    author = posts[number].author
    if author is None:
        return False
    own = {_name_key(flat[i].text) for i in header_lines[number]} - {_name_key(author)}
    return any(
        posts[k].author == author and any(_name_key(flat[i].text) in own for i in header_lines[k])
        for k in range(number)
    )


def _rated_bodies(posts: list[Post], stamps: dict[int, Stamp], flat: Sequence[OutlineNode]) -> None:
    """The bodies of posts opened by a name over a rating line (`_rated_stamps`): the
    rating line is the header's, the date closing the body and what follows it before
    the next post (its controls) the post's tail."""
    for post in posts:
        stamp = stamps.get(post.stamp)
        if stamp is None or stamp.closes is None or not post.stamp < stamp.closes < post.end:
            continue
        if post.body_start == post.stamp + 1 < stamp.closes:
            post.header.append(post.body_start)
            post.body_start += 1
        post.tail = []
        _trim(flat, post, stamp.closes, frozenset())


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


_NEAR = 2  # lines a name may stand from the line a label was read from


def _names_over_labels(
    flat: Sequence[OutlineNode],
    blocks: list[list[int]],
    found: list[tuple[int | None, str | None]],
    guessed: list[tuple[int | None, str | None] | None],
) -> tuple[list[tuple[int | None, str | None]], list[tuple[int | None, str | None] | None]]:
    """The names told or guessed, but where one was read off a label (a line printed a
    few lines under other posts' names too, the name of none of them: a badge or rank on some
    posts only, "Original poster", "Moderator", that shifts the name off the place the
    other blocks print theirs), the nearest line a few lines off it in its block that
    names another post's author ("Ann" over "Member" over "Original poster"), else the
    nearest name-like line over it that is no such label (a poster of one post)."""
    authors = [g or f for g, f in zip(guessed, found, strict=True)]
    names = Counter(_name_key(name) for _, name in authors if name)
    printed = Counter(k for block in blocks for k in {_name_key(flat[i].text) for i in block})
    under: dict[str, list[str]] = {}  # (the lines a few lines under a block's name: the names)
    for block, (line, name) in zip(blocks, authors, strict=True):
        for k in {
            _name_key(flat[i].text) for i in block if line is not None and 0 < i - line <= _NEAR
        }:
            under.setdefault(k, []).append(_name_key(name or ""))
    found, guessed = list(found), list(guessed)
    for number, (line, name) in enumerate(authors):
        key = _name_key(name or "")
        if line is None or not name or names[key] > 1 or len(under.get(key, ())) < _BARE_RUN - 1:
            continue  # (a name told once, printed under other blocks' names: no poster's)
        near = sorted(
            (
                i
                for i in blocks[number]
                if 0 < abs(i - line) <= _NEAR
                and names[_name_key(flat[i].text)]
                and is_name_like(flat[i].text)
            ),
            key=lambda i: (abs(i - line), i),
        )
        if not near and len(set(under[key])) > 1:  # (or the name line right over it, a
            # poster of one post, where the label stands under several names: a rank's)
            near = [
                i
                for i in blocks[number]
                if line - _NEAR <= i < line
                and is_name_like(flat[i].text)
                and printed[_name_key(flat[i].text)] < _BARE_RUN
            ][-1:]
        if near:
            found[number], guessed[number] = (near[0], _display(flat[near[0]].text)), None
    return found, guessed


def _over_reply_tabs(
    flat: Sequence[OutlineNode],
    stamps: list[tuple[int, Stamp]],
    blocks: list[list[int]],
    found: list[tuple[int | None, str | None]],
    guessed: list[tuple[int | None, str | None] | None],
) -> tuple[list[tuple[int | None, str | None]], list[tuple[int | None, str | None] | None]]:
    """The names told right over their stamps, each moved to the line over it where
    that line is the name line another post prints right over its stamp, and the line
    told is not printed so as often: a reply's tab naming the member it answers, printed
    between the poster's name and the date ("Ann Lee" over "bob" over "Mar 5", where
    "Ann Lee" stands right over the date of Ann's other posts). Most posts must print
    their name right over the stamp; never the name line of the post before (its
    signature closing its body: "Ann" under Ann's text)."""
    authors = [g or f for g, f in zip(guessed, found, strict=True)]
    right_over = [
        line if line is not None and line == index - 1 else None
        for (index, _), (line, _) in zip(stamps, authors, strict=True)
    ]
    if len(stamps) < 3 or 2 * sum(line is not None for line in right_over) < len(stamps):
        return found, guessed
    printed = Counter(_name_key(flat[line].text) for line in right_over if line is not None)
    found, guessed = list(found), list(guessed)
    for number, line in enumerate(right_over):
        if line is None or line - 1 not in blocks[number]:
            continue
        above, own = _name_key(flat[line - 1].text), _name_key(flat[line].text)
        before = right_over[number - 1] if number else None
        if (
            above == own
            or not is_name_like(flat[line - 1].text)
            or (before is not None and _name_key(flat[before].text) == above)
            or printed[above] <= printed[own] - 1
        ):
            continue
        found[number], guessed[number] = (line - 1, _display(flat[line - 1].text)), None
    return found, guessed


# a case break inside a word: a handle's last letter or digit, then a display name's
# capital glued to it, a small letter after it ("annlee" + "Ann Lee", "bob_r" + "Bob
# Ray"; not an initial: "MarkoV")
_CASE_BREAK = re.compile(r"(?<=[a-z0-9_.])(?=[A-Z][a-z])")
_HANDLE_MIN, _HANDLE_MAX = 3, 40  # characters of a handle


def _apart(text: str) -> str:
    """A short line as a handle printed apart, its marks around it aside ("● annlee",
    "annlee:", "@annlee")."""
    line = L.plain(text).strip().lstrip("●•·@▸►-* ").rstrip(": ")
    return line.casefold() if len(line) <= _HANDLE_MAX else ""


def _unglue_handles(flat: Sequence[OutlineNode], posts: list[Post]) -> None:
    """Each author that opens with a handle glued to a display name (and perhaps a
    title after it) is cut to the handle, where the page prints that handle apart on a
    line of its own (a reply's tab, a quote's "annlee:"): "annleeAnn Lee" and
    "bob_rBob RayLeader" (username, full name and user title in adjacent spans, no
    space between them) are annlee and bob_r; so is a name glued to its rank's picture
    text ("Ann L.Senior member": Ann L.). The handle is the name's start before a
    capital glued after a small letter, a digit or a point, the nearest such start the
    page prints apart; a name that never stands apart is kept whole ("McNeil",
    "DeShawn Lee")."""
    glued = [p for p in posts if p.author and _CASE_BREAK.search(p.author)]
    if not glued:
        return
    apart = {_apart(node.text) for node in flat}
    for post in glued:
        name = post.author or ""
        for cut in _CASE_BREAK.finditer(name):
            handle = name[: cut.start()]
            if len(handle) >= _HANDLE_MIN and handle.casefold() in apart:
                post.author = handle
                break


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


_NAME_AGAIN_REACH = 3  # lines under a post's header its name may be printed again within


def _name_again_in_header(
    flat: Sequence[OutlineNode], prose: list[bool], posts: list[Post]
) -> None:
    """Posts headed by a name over a bar of controls (`templates._names_over_controls`)
    whose card prints the name again a few lines further, glued to a status or not
    ("Re: Execute Beep" over "fredvsonline" over "Administrator"): the lines down to the
    name again are the header's, and a short line under it no prose that stands under
    the same name in another post too (the poster's rank)."""
    ranks: Counter[tuple[str, str]] = Counter()
    cards: Counter[str] = Counter()  # the posts printing each name again
    again: dict[int, int] = {}
    limits = [following.stamp for following in posts[1:]] + [len(flat)]
    for number, post in enumerate(posts):
        name = (post.author or "").casefold()
        limit = min(post.body_start + _NAME_AGAIN_REACH, limits[number])  # (not past the
        reach = range(post.body_start, limit)  # next post's stamp)
        at = next(
            (
                i
                for i in reach
                if not prose[i] and name and L.plain(flat[i].text).casefold().startswith(name)
            ),
            None,
        )
        if at is None:
            continue
        again[number] = at
        cards[name] += 1
        if at + 1 < len(flat) and not prose[at + 1] and flat[at + 1].text[-1:].isalnum():
            ranks[(name, _name_key(flat[at + 1].text))] += 1  # (no "Hello," opening a body)
    for number, at in again.items():
        post = posts[number]
        end = at + 1
        name = (post.author or "").casefold()
        if (
            end < limits[number]
            and not prose[end]
            and flat[end].text[-1:].isalnum()
            and ranks[(name, _name_key(flat[end].text))] == cards[name] >= 2
        ):
            end += 1  # (the poster's rank under the name, on each of the poster's posts)
        post.header.extend(range(post.body_start, end))
        post.body_start = end


_GUEST_REACH = 3  # lines over a stamp the name all post under stands within
_GUEST_MARKS = re.compile(r"[\[\]()<>#]")  # marks no guest's label is printed with


def _guest_name(
    flat: Sequence[OutlineNode], stamps: list[tuple[int, Stamp]], overs: list[list[int]]
) -> list[tuple[int | None, str | None]] | None:
    """The name every post is signed with, where a board signs its guests all alike
    ("Vierailija" over "2/37 |" over "01.08.2017 | 12:13", a guest's label; "Anonymous"):
    the same name-like line at the same place over three stamps in four at least, the
    nearest such line to each (no control: "Reply", "Report"), over the first stamp
    too (a control closing each body is over every stamp but the first). None where
    no line is so printed."""
    places: Counter[tuple[int, str]] = Counter()
    nearest: list[tuple[int, str] | None] = []
    for (index, _), over in zip(stamps, overs, strict=True):
        found = None
        for at in reversed(over):
            if index - at > _GUEST_REACH:
                break
            text = L.plain(flat[at].text)
            if (
                _GUEST_MARKS.search(flat[at].text) is None  # ("(no subject)", "#### no
                and text[:1].isalpha()  # subject": a subject's placeholder, a heading;
                and text[-1:].isalpha()  # "pegasus-": a link's piece)
                and is_name_like(text)
                and not L.is_reply_link(text)
                and not L.is_noise(text)
            ):
                found = (index - at, _name_key(text))
                break
        nearest.append(found)
        if found is not None:
            places[found] += 1
    if not places:
        return None
    (place, key), count = places.most_common(1)[0]
    if 4 * count < 3 * len(stamps) or nearest[0] != (place, key):
        return None
    return [
        (index - place, L.plain(flat[index - place].text)) if near == (place, key) else (None, None)
        for (index, _), near in zip(stamps, nearest, strict=True)
    ]


_PROFILE_LINES = 2  # lines right over a stamp a name and its profile fields may take


def _profiled_names(
    flat: Sequence[OutlineNode],
    stamps: list[tuple[int, Stamp]],
    blocks: list[list[int]],
) -> list[tuple[int | None, str | None]] | None:
    """The posters' names where (nearly) every header block closes with a name and the
    same profile fields after it, a rank's words perhaps between them ("Bitneuker Lid
    8311 berichten" right over each stamp, or "Bitneuker Lid" over "8311 berichten"):
    the name is the first words (`profile_names`), the rest the header's. None where
    fewer blocks print them, or they name fewer than two posters."""
    lines: list[int | None] = [None] * len(stamps)  # (each header's name line)
    split: list[tuple[str, tuple[str, ...]] | None] = [None] * len(stamps)
    for number, ((index, _), block) in enumerate(zip(stamps, blocks, strict=True)):
        over = [at for at in block if at >= index - _PROFILE_LINES]
        if not over or over[-1] != index - 1:
            continue
        text = L.plain(flat[index - 1].text)
        if len(over) == _PROFILE_LINES and _full(flat[index - 2], flat[index - 1]):
            lines[number] = index - 2  # (wrapped over two lines, html2text)
            split[number] = profiled(L.plain(flat[index - 2].text) + " " + text)
        else:
            lines[number], split[number] = index - 1, profiled(text)
    names = profile_names(split)
    if names is None:
        return None
    found: list[tuple[int | None, str | None]] = [
        (line, name) if name is not None else (None, None)
        for line, name in zip(lines, names, strict=True)
    ]
    return found


def _labelled_names(
    flat: Sequence[OutlineNode],
    stamps: list[tuple[int, Stamp]],
    overs: list[list[int]],
    afters: list[list[int]],
) -> list[tuple[int | None, str | None]] | None:
    """The posters' names where a labelled field by (nearly) every stamp names them:
    right under it ("Posted: DATE" over "Name:Ann" over "Email:…" over "Comment:…"), or
    right over it where the record opens with it ("Lähettäjä: Ann" over "Päivämäärä:
    DATE", a blank line over them or a line printed over half the stamps' records at
    least, a subject: "Re: Horses"). The label the most stamps print there, in three
    posts in four, with a value that reads as a name in half of them at least, two
    names at least; its other values are names too, as typed ("-", "." on a board that
    takes any name), and so is the field of that label right over a stamp whose record
    has another line over it (the first post's own subject). None where no label does."""
    over_stamps = [
        over[-1] if over and over[-1] == index - 1 else None
        for (index, _), over in zip(stamps, overs, strict=True)
    ]
    heads = Counter(L.plain(flat[at - 1].text) for at in over_stamps if at)  # (a subject)
    by_label: dict[str, dict[int, tuple[int, str]]] = {}
    for number, (at_over, after) in enumerate(zip(over_stamps, afters, strict=True)):
        beside = after[:1]
        if at_over is not None and (
            at_over == 0
            or flat[at_over - 1].blank_after
            or 2 * heads[L.plain(flat[at_over - 1].text)] >= len(stamps)
        ):
            beside.append(at_over)
        for at in beside:
            field = _record_field(flat, at)  # ("Loc: Leeds" further down is a card's)
            if field is not None:
                by_label.setdefault(field[0], {}).setdefault(number, (at, field[1]))
    if not by_label:
        return None
    label = max(by_label, key=lambda label: len(by_label[label]))
    best = by_label[label]
    names = [name for _, name in best.values() if is_name_like(name)]
    if 4 * len(best) < 3 * len(afters) or 2 * len(names) < len(best) or len(set(names)) < 2:
        return None
    if 2 * len(set(names)) < len(names):  # (a product's variant, "Color: Matte Black", by
        return None  # most reviews: more posts than names in half of them, no posters)
    for number, line in enumerate(over_stamps):
        if line is None or number in best:
            continue
        field = _record_field(flat, line)
        if field is not None and field[0] == label:
            best[number] = (line, field[1])
    return [best.get(number, (None, None)) for number in range(len(afters))]


def _record_field(flat: Sequence[OutlineNode], at: int) -> tuple[str, str] | None:
    """The label (case folded) and value of the record's field ``flat[at]``, a value
    short enough to be a name; html2text prints a record as a table ("| Name: Ann")."""
    shown = flat[at].text
    field = _RECORD_FIELD.match(L.plain(L.header_cell(shown) or shown))
    if field is None or len(field.group(2)) > _NAME_VALUE:
        return None
    return field.group(1).casefold(), field.group(2).strip()


_NAME_VALUE = 40  # characters of a record's name field, at most
_FIELD_VALUE = 40  # characters of a record's field under its name field, at most


def _record_bodies(flat: Sequence[OutlineNode], posts: list[Post]) -> None:
    """The bodies of posts printed as records (`_labelled_names`): the record's fields
    run on from the name field while they are short fields glued under it ("Email:…",
    "Url:…"); the text starts at the first line past a blank line or a longer one
    ("Comment: Nice photos of the hills, where were they taken?"), however short."""
    for post in posts:
        line = post.author_line
        if line is None or line <= post.stamp or post.body_start <= line + 1:
            continue
        start = line + 1
        while start < post.body_start and not flat[start - 1].blank_after:
            field = _RECORD_FIELD.match(L.plain(flat[start].text))
            if field is None or len(field.group(2)) > _FIELD_VALUE:
                break
            start += 1
        post.header = [i for i in post.header if i < start]
        post.body_start = start
