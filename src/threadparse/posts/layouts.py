"""Post lists with no stamp: posts separated by a line repeated between them or by a
horizontal rule over each name (`_separated_posts`, `_ruled_posts`), and posts printed
one to a line (`_one_line_posts`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from threadparse.outline import OutlineNode
from threadparse.posts.authors import _read_post
from threadparse.posts.bodies import _bodies
from threadparse.posts.post import Post
from threadparse.posts.shapes import (
    _BARE_RUN,
    _DIGITS,
    _HEADING,
    _RULE_CHARS,
    _SEPARATOR_RUN,
    _SEPARATOR_WORDS,
    _display,
    _name_key,
    is_name_like,
)
from threadparse.posts.signatures import _running_count
from threadparse.posts.stamps import Stamp
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
