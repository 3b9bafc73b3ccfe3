"""Post lists with no stamp: posts separated by a line repeated between them or by a
horizontal rule over each name (`_separated_posts`, `_ruled_posts`), and posts printed
one to a line (`_one_line_posts`) or a table row each (`_row_posts`), and names alone
over their texts under the comments' opening line (`_named_paragraphs`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import attrs

from threadparse import lines as L
from threadparse.dates import SCAN, date_extent, find_date
from threadparse.outline import OutlineNode
from threadparse.posts.authors import _read_post
from threadparse.posts.bodies import _bodies, _trim
from threadparse.posts.post import Post
from threadparse.posts.shapes import (
    _BARE_RUN,
    _DIGITS,
    _HEADING,
    _ROW_RULE,
    _RULE_CHARS,
    _SEPARATOR_RUN,
    _SEPARATOR_WORDS,
    _display,
    _name_key,
    is_name_like,
)
from threadparse.posts.signatures import _closes_section, _running_count
from threadparse.posts.stamps import _ROW_NAME, Stamp
from threadparse.posts.templates import _separated


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
        posts.append(_line_post(index, index + 1, end, name, match, len(match["stamp"])))
    return posts


def _line_post(
    index: int, body_end: int, end: int, author: str, match: re.Match[str], stamped: int
) -> Post:
    """The post whose header and body's start are line ``index`` (its text from the
    match's ``text`` group; the last ``stamped`` characters its stamp), its body running
    to ``body_end``, the lines after it to ``end`` its tail: a post a line
    (`_one_line_posts`, `_chat_line_posts`)."""
    return Post(
        stamp=index,
        start=index,
        author_line=index,
        author=author,
        date=match["date"],
        number=None,
        header=[index],
        body_start=index,
        body_end=body_end,
        replies=range(index + 1, index + 1),
        end=end,
        tail=list(range(body_end, end)),
        glued=match.start("text"),
        stamped=stamped,
    )


# A chat log's line (IRC's): its time, the sender's nick in angle brackets (a channel
# mode's mark perhaps before it: "<@ann>"), the message; or an action, "* nick does"
# (lynx's link number before it: "[12][14:03] <ann_k> hi"; html2text's cells: "[14:03]|
# <ann_k>| hi")
_CHAT_LINE = re.compile(
    r"^(?:\[[0-9]{1,5}\])?\[?(?P<date>(?:[0-9]{4}-[0-9]{2}-[0-9]{2}[ T])?[0-9]{1,2}:[0-9]{2}"
    r"(?::[0-9]{2})?)\]?[ \t|]+(?:<[@+%~&]?(?P<name>[^<>\s]{1,40})>|\* (?P<actor>[^\s*|]{1,40}))"
    r"[ \t|]+(?P<text>\S.*)$"
)
# any line of the log that opens with its time (a message, a join, a part)
_CHAT_STAMP = re.compile(r"^(?:\[[0-9]{1,5}\])?\[?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\]?[ \t|]")
_CHAT_GAP = 6  # other lines between two messages of a log, at most (joins, a day's line)


def _chat_line_posts(flat: Sequence[OutlineNode]) -> list[Post]:
    """The posts of a chat log, a message a line (`_CHAT_LINE`: "[14:03] <ann_k> hi
    all", "[14:09] * brennan digs through the changelog"), `_BARE_RUN` of them at least,
    by two names at least, at most `_CHAT_GAP` other lines between two (a channel's
    joins and parts, "*** ann has joined", are none of them, nor a day's line): the
    longest such run. A message wrapped onto the lines under it (no blank line, no time
    opening them) goes on there. Empty: the page has no such run."""
    found: list[tuple[int, re.Match[str]]] = []
    for index, node in enumerate(flat):
        text = node.text
        if node.marker is None and text[:1] in "[0123456789" and (match := _CHAT_LINE.match(text)):
            found.append((index, match))
    if len(found) < _BARE_RUN:
        return []
    best = max(_runs(found, _CHAT_GAP), key=len)
    names = {match["name"] or match["actor"] for _, match in best}
    if len(best) < _BARE_RUN or len(names) < 2:
        return []
    posts = []
    for number, (index, match) in enumerate(best):
        wrapped = index + 1  # (the message's lines wrapped under it)
        while (
            wrapped < len(flat)
            and not flat[wrapped - 1].blank_after
            and flat[wrapped].marker is None
            and _CHAT_STAMP.match(flat[wrapped].text) is None
        ):
            wrapped += 1
        end = best[number + 1][0] if number + 1 < len(best) else wrapped
        author = match["name"] or match["actor"]
        posts.append(_line_post(index, min(wrapped, end), end, author, match, 0))
    return posts


def _runs(
    found: list[tuple[int, re.Match[str]]], gap: int = _ONE_LINE_GAP
) -> list[list[tuple[int, re.Match[str]]]]:
    """``found`` cut where more than ``gap`` lines stand between two of them."""
    runs: list[list[tuple[int, re.Match[str]]]] = []
    for item in found:
        if runs and item[0] - runs[-1][-1][0] <= gap + 1:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


# a table row printed on one line: the poster's cell, the bars of the empty cells after
# it, the post's cell ("[Ann](/u/7) Joined: May 2019 |  | May 5, 2024 #1 text")
_POST_ROW = re.compile(r"(?P<poster>[^|]*?\S)(?: +\|)+ +(?P<post>\S.*)")
_ROW_PICTURE = re.compile(r"!\[[^\]\n]*\]\([^)\s]*\) *")  # "![Avatar](a.png) "
# a post's number, perhaps linked: "#12", "[#12](/t/9#p12)"
_ROW_NUMBER = re.compile(r"\[#([0-9]{1,7})\]\([^)\s]*\) *|#([0-9]{1,7})(?: +|$)")
_ROW_LINK = re.compile(r"\[([^\[\]\n]{1,80})\]\([^)\s]*\) *")  # a linked date: "[DATE](…)"
_ROW_CONTROLS = 4  # words of controls after every row's date, at most ("Quote Report")
_ROW_LABEL = re.compile(r"(?:[^\W\d_]{1,15}:? ){1,3}")  # a date's label: "Posted on "
# a word of a row's text, or a link as a whole ("[Quote](/reply?p=7)": its text is shown)
_ROW_TOKEN = re.compile(r"\[([^\[\]\n]{1,40})\]\([^)\s]*\)|\S+")


@attrs.define(slots=True)
class _Row:
    """A post's row (`_post_row`): its line, author, date, number, and the characters
    of its line that are the header (the body's first words after them, if any)."""

    index: int
    author: str
    date: str
    number: int | None
    width: int


def _row_posts(flat: Sequence[OutlineNode]) -> list[Post]:
    """The posts of a forum printed as table rows, one a post, as html2text prints an
    old table-based template: the poster's cell (the name opening it, linked or bold,
    the profile after it), a bar, the post's cell opened by the date and the post's
    number ("[Ann](/u/7) Joined: May 2019 Posts: 12 | May 5, 2024 14:22 #1 Hello all,
    …"), the body running on past the row's line down to the rule html2text prints
    under the row ("---|---"), or to the next post's row where a table in the body (a
    quote's) left it out (`_row_end`). `_BARE_RUN` such rows at least, by two names at
    least, most of them and the last closed by their rule, each with some text before
    it (a row over a rule and the body under that rule is a header's table, read by
    the stamps): the longest run. The words every row prints right after its date
    (`_row_controls`: "Quote Report") are the header's. Empty: the page has no such
    run."""
    runs: list[list[tuple[_Row, int, bool]]] = [[]]
    for index, node in enumerate(flat):
        row = _post_row(node, index) if " | " in node.text else None
        if row is None:
            continue
        end, ruled = _row_end(flat, index)
        if end is None or (ruled and row.width == len(node.text) and end == index + 1):
            runs.append([])  # (no body before its rule: a header's row, or no post)
            continue
        runs[-1].append((row, end, ruled))
    best = max(runs, key=len)
    while best and not best[-1][2]:
        best.pop()  # (the last post closed by its rule: no body runs on past it)
    if (
        len(best) < _BARE_RUN
        or 2 * sum(ruled for _, _, ruled in best) <= len(best)
        or len({_name_key(row.author) for row, _, _ in best}) < 2
    ):
        return []
    controls = _row_controls([flat[row.index].text[row.width :] for row, _, _ in best])
    posts = []
    for number, (row, body_end, _) in enumerate(best):
        text = flat[row.index].text
        width = row.width + _words_width(text[row.width :], controls)
        glued = width if width < len(text) else 0
        end = best[number + 1][0].index if number + 1 < len(best) else body_end + 1
        posts.append(
            Post(
                stamp=row.index,
                start=row.index,
                author_line=row.index,
                author=row.author,
                date=row.date,
                number=row.number,
                header=[row.index],
                body_start=row.index if glued else row.index + 1,
                body_end=body_end,
                replies=range(body_end, body_end),
                end=end,
                tail=list(range(body_end, end)),
                glued=glued,
            )
        )
    return posts


def _post_row(node: OutlineNode, index: int) -> _Row | None:
    """A post's row (`_row_posts`): a line, no list item, whose first cell opens with a
    name, linked or bold, perhaps after a picture ("![](a.png) [Ann](/u/7) Posts: 12"),
    and whose next cell with text opens with a date, perhaps a picture, the post's
    number or a label of a word or three before it, perhaps the number after it ("[#3](
    /t/9#p3) May 5, 2024 - 14:22", "May 5, 2024 14:22 #3", "[May 5, 2024](/t/9#p3)",
    "Posted on May 5, 2024"). None for other lines."""
    text = node.text
    match = _POST_ROW.match(text) if node.marker is None else None
    if match is None:
        return None
    poster = _ROW_PICTURE.sub("", match["poster"], count=1).lstrip()
    named = _ROW_NAME.match(poster)
    name = (named.group(1) or named.group(2) or "").strip() if named is not None else ""
    if not name or not is_name_like(name):
        return None
    at = match.start("post")
    at = picture.end() if (picture := _ROW_PICTURE.match(text, at)) is not None else at
    number, at = _row_number(text, at)
    linked = _ROW_LINK.match(text, at)
    shown = linked.group(1) if linked is not None else text[at : at + SCAN]
    date = find_date(shown)
    if date is None or (date.start() > 0 and not _ROW_LABEL.fullmatch(shown[: date.start()])):
        return None
    end = date_extent(shown, date)
    if linked is not None and end < len(shown.rstrip()):
        return None  # (a link holding more than its date)
    at = linked.end() if linked is not None else at + end
    at += len(text[at:]) - len(text[at:].lstrip())
    if number is None:
        number, at = _row_number(text, at)
    shown_date = shown[date.start() : date_extent(shown, date)].strip()
    return _Row(index, _display(name) or name, shown_date, number, at)


def _row_number(text: str, at: int) -> tuple[int | None, int]:
    """The post's number at ``text[at:]`` (`_ROW_NUMBER`: "#3", "[#3](…)") and where
    the text goes on after it; (None, ``at``) where no number stands there."""
    match = _ROW_NUMBER.match(text, at)
    if match is None:
        return None, at
    return int(match.group(1) or match.group(2)), match.end()


_ROW_REACH = 200  # lines a post's body runs over under its row, at most


def _row_end(flat: Sequence[OutlineNode], index: int) -> tuple[int | None, bool]:
    """Where the body of the post's row ``flat[index]`` ends, and whether its rule ends
    it: the rule html2text prints under the row (`_ROW_RULE`) or the next post's row,
    whichever comes first, at most `_ROW_REACH` lines down; (None, False) where neither
    is."""
    for at in range(index + 1, min(len(flat), index + 1 + _ROW_REACH)):
        text = flat[at].text.strip()
        if _ROW_RULE.fullmatch(text) is not None:
            return at, True
        if " | " in text and _post_row(flat[at], at) is not None:
            return at, False
    return None, False
    return None


def _row_controls(rests: list[str]) -> int:
    """The words of letters that open every row's text after its date and number, as
    shown (a link's text: the controls its template prints there, "Quote Report" of
    "[Quote](/r?p=7) Report Hello all, …" and of "Quote Report" over a body under the
    row), `_ROW_CONTROLS` at most: how many (0: the rows' bodies open there)."""
    split = [[m.group(1) or m.group() for m in _ROW_TOKEN.finditer(rest)] for rest in rests]
    count = 0
    while count < _ROW_CONTROLS and all(len(words) > count for words in split):
        word = split[0][count]
        if not _WORD_ONLY.fullmatch(word) or any(words[count] != word for words in split):
            break
        count += 1
    return count


_WORD_ONLY = re.compile(r"[^\W\d_]+")


def _words_width(text: str, count: int) -> int:
    """The characters of ``text`` that its first ``count`` words (a link one word,
    `_ROW_TOKEN`) take, with the blanks after them."""
    end = 0
    for _, match in zip(range(count), _ROW_TOKEN.finditer(text), strict=False):
        end = match.end()
    return end + len(text[end:]) - len(text[end:].lstrip(" ")) if count else 0


_NAMED_REACH = 6  # lines from a comment section's opening line to its first name, at most


def _named_paragraphs(flat: Sequence[OutlineNode], prose: list[bool]) -> list[Post]:
    """Posts printed as a name alone on its line right over its text, with no date, no
    control, no rule between them: what an extraction of the main content keeps of a
    comment section ("12 Kommentare" over "Stefan K." over his text, "Mirko" over his).
    Only under a line that opens the comments (a count or a heading, `opens_comments`),
    the first name within `_NAMED_REACH` lines of it; every name line after it (no list
    item, no prose, `is_name_like`, prose right under it) opens a post, up to the line
    that closes the section (the comment form's title: `_closes_section`). `_BARE_RUN` posts
    at least, their names told as names (`_told_names`: one printed twice, or half of
    them handles), or as many as the count over them declares; of several openings,
    the last that has such posts."""
    over = {  # (lines over prose, the shape of a name line but its words: cheap tests)
        index
        for index in range(len(flat) - 1)
        if prose[index + 1]
        and not prose[index]
        and flat[index].marker is None
        and flat[index + 1].marker is None
    }
    if len(over) < _BARE_RUN:
        return []  # (the names after an opening are some of these: too few, no posts)
    near = {at for index in over for at in range(max(0, index - _NAMED_REACH), index)}
    for anchor in sorted(near, reverse=True):  # (an opening stands near its first name)
        node = flat[anchor]
        if node.marker is not None or not L.opens_comments(node.text):
            continue
        names = []
        stop = len(flat)
        for index in range(anchor + 1, len(flat) - 1):
            if _closes_section(flat[index].text):
                stop = index  # (the comment form's title, a heading: the section ends)
                break
            if index in over and is_name_like(flat[index].text):
                names.append(index)  # (a name alone right over prose)
        if len(names) < _BARE_RUN or names[0] - anchor > _NAMED_REACH:
            continue
        shown = [_display(flat[index].text) for index in names]
        if not _told_names(shown) and L.declared_count(node.text) != len(names):
            continue
        posts = []
        for index, name in zip(names, shown, strict=True):
            post = _read_post(flat, index, Stamp(("named",)), [], [], (index, name))
            post.header = [index]
            posts.append(post)
        _named_cards(flat, prose, posts)
        _bodies(flat, prose, posts, frozenset())
        last = posts[-1]
        if last.end > stop:  # (the last body ends over the form's title)
            last.end = stop
            _trim(flat, last, stop, frozenset())
        return posts
    return []


def _named_cards(flat: Sequence[OutlineNode], prose: list[bool], posts: list[Post]) -> None:
    """Where the name line over each post's text closes a card of name-like lines printed
    together (no blank line between them: "Noor Haddad" over "Noor HaddadMaker" over
    "Founder @ Tallybird", "@wren-hollin" over "wren-hollin commented" over "Owner"), the
    card is the post's header and its first line the name, as every post's card shows
    it (the line over the text is the poster's headline or badge)."""
    starts = []
    for post in posts:
        start = post.stamp
        while (
            start > 0
            and not prose[start - 1]
            and not flat[start - 1].blank_after
            and flat[start - 1].marker is None
            and post.stamp - start < _CARD_LINES
            and is_name_like(flat[start - 1].text)
        ):
            start -= 1
        starts.append(start)
    if any(start == post.stamp for start, post in zip(starts, posts, strict=True)):
        return  # (a card on some posts only: the names are the lines over the texts)
    for start, post in zip(starts, posts, strict=True):
        post.start = post.author_line = start
        post.author = _card_name(flat, start, post.stamp)
        post.header = list(range(start, post.body_start))


def _card_name(flat: Sequence[OutlineNode], start: int, end: int) -> str | None:
    """The name a card's first line shows; a handle ("@wren-hollin") without its "@"
    where a line under it in the card opens with the name bare ("wren-hollin
    commented"): the display name the page prints it by."""
    name = _display(flat[start].text)
    if name and name[0] == "@" and len(name) > 1:
        bare = name[1:]
        if any(L.plain(flat[at].text).startswith(bare) for at in range(start + 1, end + 1)):
            return bare
    return name


_CARD_LINES = 3  # lines of a card over the name line over a post's text, at most
