"""Who answers whom, read again once the comment tree is built.

A flat dump prints nesting only where its converter keeps it, and some converters print
it wrong. After `transform` has built the tree from the outline, these rules read who
answers whom again, from what the comments say and from the tree's own shape:

* `hang_by_reference`, `hang_by_attribution`, `hang_by_answered_name`: a top-level
  comment naming what it answers ("In reply to Tabs are better by Ann", a mail's "On
  DATE, Ann wrote:", a header's "Reply to Ann") goes under that comment; `answered`
  and `latest_at` find the comment a post answers for `transform`'s numbered posts;
* `hang_by_navigation`: the links to its relatives each comment's header prints
  ("| root | parent | prev | next") give the whole tree where the converter lost it;
* `unleak_stairs`: a thread nested one level deeper at each empty reply list a
  converter left open gets the flattest depths that explain it;
* `flatten_staircase`: a chain of only replies longer than any conversation (a
  forum's posts, each printed inside the one before) is set side by side;
* `shed_undated_tail`: undated "replies" under the last dated comment (a sidebar's
  lists printed inside it) are the page's furniture.
* `shed_timeline_events`: a tracker's timeline events between its comments ("ann added
  the bug label DATE", a poster's name, a verb phrase, a date, and no body of their
  own, or only a record: commit rows, a file's diff hunk) are the page's furniture; a
  posting verb a page repeats ("NAME left a comment", "NAME kommentierte") is no part
  of its authors' names.

Every rule works on the model (`Page`, `Comment`): it moves comments, and where a
line only served to name the parent ("@Ann") it becomes the reply's metadata; lists
shed from the thread's end become the page's furniture. Nothing is lost.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator

from threadparse import lines as L
from threadparse.dates import is_date_line
from threadparse.model import Block, Comment, Furniture, Meta, Page, Paragraph
from threadparse.posts import is_name_like
from threadparse.span import Span

_STAIRCASE = 6  # comments each the only reply of the one before: a converter's stairs


def flatten_staircase(page: Page) -> None:
    """A top-level comment over a chain of only replies, each the only reply of the one
    before, longer than any thread converses (`_STAIRCASE`), whose headers are names
    with neither verb nor date (a forum's post template, not a blog's "Ann says:"): a
    converter that left each post's item open printed the next one inside it. The
    chain's comments are set side by side at the top level."""
    kept: list[Comment] = []
    for top in page.comments:
        chain = [top]
        while len(chain[-1].children) == 1:
            chain.append(chain[-1].children[0])
        if len(chain) < _STAIRCASE or any(_dated_header(c) for c in chain):
            kept.append(top)
            continue
        for upper, lower in itertools.pairwise(chain):
            upper.children = []
            lower.parent = None
            if upper.span is not None and lower.span is not None:
                upper.span = _before(upper.span, lower.span)
        for comment in chain:
            _set_depth(comment, 0)
        kept.extend(chain)
    page.comments[:] = kept


def shed_undated_tail(page: Page) -> None:
    """The replies under the page's last dated comment, none of them dated, where every
    comment before them is dated, `_STAIRCASE` of them at least: the page's lists after
    the thread (a sidebar's "most read", a ranking of posters: a title or a name and a
    count), which a converter that left the thread's lists open printed inside the last
    comment. Their lines are the page's furniture."""
    comments = list(page.walk())
    dated = next((at for at in range(len(comments) - 1, -1, -1) if comments[at].date), None)
    if dated is None or dated + 1 < _STAIRCASE or dated + 1 == len(comments):
        return
    if any(c.date is None for c in comments[:dated]):
        return
    last = comments[dated]
    if len(comments) - dated - 1 != sum(1 for _ in last.descendants):
        return  # (an undated comment after it that is no reply of it)
    for comment in comments[dated + 1 :]:
        if comment.header_span is not None:
            page.furniture.append(Furniture(comment.header, "other", comment.header_span))
        page.furniture.extend(Furniture(m.text, "other", m.span) for m in comment.meta)
        page.furniture.extend(Furniture(b.text, "other", b.span) for b in comment.blocks)
    last.children = []


_TITLE_LIST = 2  # entries of a list of posts closing the thread, at least


def shed_dated_titles(page: Page) -> None:
    """Top-level comments closing the thread, `_TITLE_LIST` of them at least, each with
    no reply and no date in its header, whose text is a date alone on its line (the last
    one's perhaps the page's footer after it): a list of posts after the comments, each
    entry a picture, the post's title and its date ("Recent posts": "![](thumb.jpg)" over
    "Lentil soup as my mother made it" over "3 March 2024"), which a converter printed
    as items the thread reads on. Their lines are the page's furniture."""
    comments = page.comments
    run = 0
    while run < len(comments) and _dated_title(comments[-1 - run], last=run == 0):
        run += 1
    if run < _TITLE_LIST or run == len(comments):
        return  # (the whole thread so: no comments after all, left as they are)
    for comment in comments[-run:]:
        if comment.header_span is not None:
            page.furniture.append(Furniture(comment.header, "other", comment.header_span))
        page.furniture.extend(Furniture(m.text, "other", m.span) for m in comment.meta)
        page.furniture.extend(Furniture(b.text, "other", b.span) for b in comment.blocks)
    del comments[-run:]


def _dated_title(comment: Comment, last: bool) -> bool:
    """A comment of no reply and no date whose text is a date alone on its line (``last``:
    other blocks may follow it), read from a list of posts (`shed_dated_titles`)."""
    if comment.children or comment.date or not comment.author or not comment.blocks:
        return False
    first = comment.blocks[0]
    if not isinstance(first, Paragraph) or (len(comment.blocks) > 1 and not last):
        return False
    span = first.span
    if span is None or span.start_line != span.end_line:
        return False  # (a date is one line)
    return is_date_line(first.read_text())  # (its text left in the source: `SourceText`)


def unleak_stairs(page: Page, text: str) -> None:
    """A thread under one top comment, nested as a converter does that leaves the empty
    reply list under each comment open (resiliparse: each such list sets everything
    after it one level deeper, and a closing list takes back one level): every comment
    stands one level under the one before or climbs back, no comment but the first at
    the top, two steps in three going down (`_leaked_stairs`), and the page never back
    at the margin after it (its last line, the footer, is the thread's too). Read so,
    each step down is a reply or the next comment after one without replies, and each
    climb of ``j`` levels closes ``j + 1`` lists: the depths are the flattest ones
    those steps allow (`_unleaked_depths`), and the comments are hung again by them."""
    if len(page.comments) != 1 or not page.comments[0].children:
        return
    span = page.comments[0].span
    if span is None or not text or span.end_line <= text.rstrip().count("\n"):
        return  # (a line after the thread: the converter closed its lists)
    comments = list(page.walk())
    depths = _leaked_stairs(comments)
    if depths is None:
        return
    own = [  # each comment's own lines: up to the next comment
        _before(c.span, following.span) if c.span is not None and following.span else c.span
        for c, following in itertools.pairwise(comments)
    ]
    own.append(comments[-1].span)
    ends = [len(comments) - 1] * len(comments)  # the last comment of each one's subtree
    roots: list[Comment] = []
    open_: list[int] = []  # the comments on the path to the current one
    for at, (comment, depth) in enumerate(zip(comments, depths, strict=True)):
        for closed in open_[depth:]:
            ends[closed] = at - 1
        del open_[depth:]
        parent = comments[open_[-1]] if open_ else None
        comment.parent, comment.children, comment.depth = parent, [], depth
        (parent.children if parent is not None else roots).append(comment)
        open_.append(at)
    for comment, end in zip(comments, ends, strict=True):  # a span holds its subtree
        first, closing = comment.span, own[end]
        if first is not None and closing is not None:
            comment.span = Span(first.start_line, closing.end_line, first.start, closing.end)
    page.comments[:] = roots


def _leaked_stairs(comments: list[Comment]) -> list[int] | None:
    """The depths of a thread's comments (in document order) read as leaked stairs
    (`unleak_stairs`), or None when the thread is not nested so: fewer than
    `_STAIRCASE` comments, a step more than one level down, no climb back, fewer than
    two steps in three one level down (a thread as it stands, its replies set under
    few comments, climbs back as often as it goes down), or more climbing than the
    steps down allow."""
    if len(comments) < _STAIRCASE:
        return None
    steps = [after.depth - before.depth for before, after in itertools.pairwise(comments)]
    down = steps.count(1)
    if max(steps) > 1 or down == len(steps) or 3 * down < 2 * len(steps):
        return None  # (a step more than one down, no climb, or under two in three down)
    return _unleaked_depths(steps)


def _unleaked_depths(steps: list[int]) -> list[int] | None:
    """The flattest depths (the first comment's 0) for level steps of leaked stairs: a
    step of one down is a reply (depth + 1) or the next comment after one without
    replies (the same depth); a step of ``1 - j`` (``j`` >= 1) climbs ``j`` depths.
    None when the climbs need more depth than the steps down give."""
    needed = [0] * (len(steps) + 1)  # the depth each comment needs for the climbs after it
    for at in range(len(steps) - 1, -1, -1):
        step = steps[at]
        needed[at] = max(0, needed[at + 1] - 1) if step == 1 else needed[at + 1] + 1 - step
    if needed[0] > 0:
        return None
    depths = [0]
    for at, step in enumerate(steps):
        depth = depths[-1]
        if step == 1:
            depths.append(depth if depth >= needed[at + 1] else depth + 1)
        else:
            depths.append(depth - 1 + step)
    return depths


def _dated_header(comment: Comment) -> bool:
    """The comment's header reads as one by itself (`_sure_header`), or it has no header
    line but a date: a paragraph closed by its signature (a wiki's talk page), which no
    converter's stairs print."""
    return _sure_header(comment.header) or (not comment.header and comment.date is not None)


def _sure_header(line: str) -> bool:
    """A header line that reads as one by itself: a verb, a date, a pingback."""
    header = L.read_header(line) if line else None
    return header is not None and header.evidence in (*L.SURE_EVIDENCE, "date")


def _before(span: Span, following: Span) -> Span:
    """``span`` cut where ``following`` starts (the line before it)."""
    return Span(
        span.start_line,
        max(span.start_line, following.start_line - 1),
        span.start,
        max(span.start, following.start - 1),
    )


def _set_depth(comment: Comment, depth: int) -> None:
    """Give ``comment`` ``depth`` and its replies the depths under it."""
    stack = [(comment, depth)]
    while stack:
        node, level = stack.pop()
        node.depth = level
        stack.extend((child, level + 1) for child in node.children)


# The links a thread prints in each comment's header to the comment's relatives, after
# bar marks ("Ann 4 hours ago | root | parent | prev | next [–]"; lynx numbers them,
# "| [26]parent"): "parent" (the comment it answers), "root" (its thread's first comment,
# printed below the first level only), "prev" and "next" (its siblings before and after)
_NAVIGATION = re.compile(r"\| *(?:\[[0-9]{1,5}\])?(parent|root|prev|next)(?![^\W\d_])")


def hang_by_navigation(page: Page, text: str) -> None:
    """Replies hung by the links to its relatives that each comment's header prints
    (`_NAVIGATION`), where a converter printed the thread flat (or nested it only in
    part): a reply ("parent") with no sibling before it ("prev") answers the comment
    before it; one with a sibling before it is the next sibling of the deepest comment
    on the way up from the comment before it that has one after it ("next"). Nothing
    moves unless every comment's links agree with the tree they make (each "root" below
    the first level only, each "prev" and "next" matched by a sibling), so a page that
    prints such words for anything else keeps its tree."""
    if "parent" not in text or "prev" not in text:
        return  # (the cheap look first: most pages print neither)
    comments = list(page.walk())
    links = [_navigation_links(comment, text) for comment in comments]
    if not any("parent" in words for words in links):
        return
    parents = _navigated_parents(links)
    if parents is None:
        return
    for comment in comments:
        comment.children.clear()
    kept: list[Comment] = []
    for comment, parent in zip(comments, parents, strict=True):
        if parent is None:
            kept.append(comment)
            comment.parent = None
            _set_depth(comment, 0)
        else:
            _adopt(comments[parent], comment)
    page.comments[:] = kept


def _navigation_links(comment: Comment, text: str) -> frozenset[str]:
    """The relatives' links on the comment's header line (`_NAVIGATION`)."""
    span = comment.header_span
    if span is None:
        return frozenset()
    return frozenset(_NAVIGATION.findall(text, span.start, span.end))


def _navigated_parents(links: list[frozenset[str]]) -> list[int | None] | None:
    """Each comment's parent (its place; None: top level) by its links, in document
    order; None where the links do not make one consistent tree. One pass, each step
    of constant cost however deep the thread."""
    parents: list[int | None] = []
    chain: list[int] = []  # the comment before and its ancestors: chain[d] at depth d
    open_depths: list[int] = []  # the depths on the chain whose comment has one after it
    for place, words in enumerate(links):
        if "parent" not in words:
            depth = 0
        elif "prev" not in words:  # (a first reply follows what it answers)
            if not chain:
                return None
            depth = len(chain)
        else:  # (the next sibling of the deepest comment up the chain with one after it)
            if not open_depths or open_depths[-1] == 0:
                return None
            depth = open_depths[-1]
        if ("root" in words) != (depth >= 2):
            return None
        parents.append(chain[depth - 1] if depth else None)
        del chain[depth:]
        chain.append(place)
        while open_depths and open_depths[-1] >= depth:
            open_depths.pop()
        if "next" in words:
            open_depths.append(depth)
    return parents if _siblings_agree(links, parents) else None


def _siblings_agree(links: list[frozenset[str]], parents: list[int | None]) -> bool:
    """Whether every comment prints "prev" exactly where it has a sibling before it and
    "next" exactly where it has one after it."""
    last_child: dict[int | None, int] = {}
    later: set[int] = set()
    for place, parent in enumerate(parents):
        before = last_child.get(parent)
        if ("prev" in links[place]) != (before is not None):
            return False
        if before is not None:
            later.add(before)
        last_child[parent] = place
    return all(("next" in words) == (place in later) for place, words in enumerate(links))


def hang_by_reference(page: Page) -> None:
    """Top-level comments that close (or open) with a reference to the comment they
    answer, by its opening words and author ("In reply to Tabs are better by Ann"), go
    under it when it is the comment before them or one of that comment's ancestors: a
    reply is printed right after what it answers, so the document order stays. The
    reference becomes the comment's reply metadata."""
    kept: list[Comment] = []
    spine: list[Comment] = []  # the last comment placed and its ancestors, top first
    for comment in page.comments:
        target = None
        found = _closing_reference(comment)
        if found is not None and spine:
            at, (excerpt, name) = found
            target = _referenced(spine, excerpt, name)
            if target is not None:
                block = comment.blocks.pop(at)
                comment.meta.append(Meta(block.read_text(), "reply", block.span))
        if target is None:
            kept.append(comment)
            spine = [comment]
        else:  # (the spine cut under the target, found by identity, in place: a chain
            at = next(i for i in range(len(spine) - 1, -1, -1) if spine[i] is target)
            del spine[at + 1 :]  # of replies makes it as deep as the thread)
            spine.append(comment)
            _adopt(target, comment)
        while spine[-1].children:
            spine.append(spine[-1].children[-1])
    page.comments[:] = kept


# A mail's attribution over the text it quotes: "On Tue, 14 Feb 2023 at 9:12, Ann Lee
# wrote:", "On Tue, Feb 14, 2023 at 9:12 AM Ann Lee <ann@example.org> wrote:".
_ATTRIBUTION = re.compile(r"^On (?=[^\n]{0,40}[0-9])([^\n]{6,160}?)(?: <[^<>\s]{3,80}>)? wrote:")


_ICON_LINK = re.compile(r"^\[[^\w\]\n]{0,8}\]\(|^\[_{1,8}\]\(")  # an icon's link: "[__](…"


_ATTRIBUTION_REACH = 240  # a comment's opening characters, where its attribution is read


def hang_by_attribution(page: Page, text: str) -> None:
    """Top-level comments whose text opens with a mail's attribution of what it quotes
    ("On DATE, NAME wrote:": a mailing list's archive) go under the latest comment
    before them whose author the attribution ends with: a reply is printed after the
    mail it answers, so the document order stays."""
    heads = {id(c): head for c in page.comments if (head := _attribution(c, text)) is not None}
    if not heads:
        return
    kept: list[Comment] = []
    placed: dict[str, tuple[int, Comment]] = {}  # each author so far, casefolded: the
    count = 0  # latest comment by that name and its place in document order
    for comment in page.comments:
        head = heads.get(id(comment))
        target = _attributed(head, placed) if head is not None else None
        if target is None:
            kept.append(comment)
        else:
            _adopt(target, comment)
        for each in comment.walk():
            author = each.author
            if author and len(author) > 1:
                placed[author.casefold()] = (count, each)
            count += 1
    page.comments[:] = kept


def _attribution(comment: Comment, text: str) -> str | None:
    """What a comment's opening attribution (`_ATTRIBUTION`) prints before "wrote:",
    casefolded: the attribution is a line of its header (read with the header's lines,
    under its stamp), or opens its text (perhaps after an icon's link, "[__](…")."""
    for meta in comment.meta:
        if meta.role == "header" and meta.text.startswith("On "):
            head = _attribution_head(meta.text)
            if head is not None:
                return head
    blocks = comment.blocks
    for at in range(min(2, len(blocks))):
        block = blocks[at]
        span = block.span
        if not isinstance(block, Paragraph) or span is None:
            return None
        if text.startswith("On ", span.start):  # (the cheap look first)
            return _attribution_head(block.read_text()[:_ATTRIBUTION_REACH])
        if not text.startswith("[", span.start) or _ICON_LINK.match(block.read_text()) is None:
            return None
    return None


def _attribution_head(opening: str) -> str | None:
    """What an attribution line prints before "wrote:", casefolded; None: no such line."""
    match = _ATTRIBUTION.match(" ".join(opening.split()))
    return match.group(1).rstrip(" ,").casefold() if match is not None else None


def _attributed(head: str, placed: dict[str, tuple[int, Comment]]) -> Comment | None:
    """The latest comment placed whose author an attribution's ``head`` ends with, the
    whole name after a space or a comma ("… 9:12, Ann Lee"), if any: each such ending
    of the head looked up among the authors (``placed``: casefolded, the latest comment
    of each and its place), not each comment's name tried on the head."""
    found: tuple[int, Comment] | None = None
    for at in range(1, len(head)):
        named = placed.get(head[at:]) if head[at - 1] in " ," else None
        if named is not None and (found is None or named[0] > found[0]):
            found = named
    return found[1] if found is not None else None


def hang_by_answered_name(page: Page, answering: dict[int, str]) -> None:
    """Top-level comments whose header names the comment they answer ("Reply to NAME":
    ``answering``, by header line) go under the latest comment before them by that
    name (a reply is printed after what it answers, so the document order stays)."""
    kept: list[Comment] = []
    latest = Latest()  # (over the kept comments)
    for comment in page.comments:
        name = answering.get(comment.span.start_line) if comment.span else None
        target = latest.by(name)
        if target is None:
            kept.append(comment)
            latest.add(comment)
        else:
            _adopt(target, comment)
    page.comments[:] = kept


def _closing_reference(comment: Comment) -> tuple[int, tuple[str, str]] | None:
    """The comment's last paragraph that is a reference naming opening words and an
    author (`lines.read_excerpt_reference`): its index and what it names. (Page
    furniture may follow it in a page's last comment; a theme may print it first,
    over the body: "In reply to Glad it's back… by Ann", Drupal's.)"""
    for at in range(len(comment.blocks) - 1, -1, -1):
        block = comment.blocks[at]
        span = block.span
        if isinstance(block, Paragraph) and (span is None or span.end_line - span.start_line < 3):
            text = block.read_text()  # (not kept on the block: most are no reference)
            if not L.may_name_reference(text[:60]):
                continue
            found = _reference_lines(text)
            if found is not None:
                return at, found
    return None


def _reference_lines(text: str) -> tuple[str, str] | None:
    """What a paragraph of up to three lines names as one reference, a picture's
    placeholder after it aside (a wrapped link, "[Ann](/u/ann" over '"Ann")')."""
    lines = text.split("\n")
    while lines and (not L.plain(lines[-1]) or L.is_noise(L.plain(lines[-1]))):
        lines.pop()
    if not lines or len(lines) > 3:
        return None
    return L.read_excerpt_reference(" ".join(lines))


_EXCERPT_WORDS = 60  # a comment's opening words, where a reference's excerpt is looked for


_SURE_EXCERPT = 3  # an excerpt of this many words, found whole, names its comment alone


_PARENTHESIS_TAIL = re.compile(r" \([^()]{1,30}\)$")


def _referenced(spine: list[Comment], excerpt: str, name: str) -> Comment | None:
    """The comment of ``spine`` (the deepest first) that a reference names: by its
    author (a user name may stand for the display name: "ann.lee" for "Ann Lee") with
    half of ``excerpt`` at least among its opening words (a link's text may be
    missing there), or, whoever the author, with the whole excerpt."""
    wanted = _words(excerpt)
    key = L.squashed_name(_PARENTHESIS_TAIL.sub("", name))  # ("Ann (not verified)")
    for candidate in reversed(spine):
        opening = " ".join(b.read_text()[:400] for b in candidate.blocks[:4])
        words = _words(opening)[:_EXCERPT_WORDS]
        found = _found_in_order(words, wanted)
        if candidate.author is not None and L.squashed_name(candidate.author) == key:
            if found * 2 >= len(wanted):
                return candidate
        elif found == len(wanted) >= _SURE_EXCERPT:
            return candidate
    return None


_APOSTROPHES = str.maketrans("", "", "'’ʼ`´")


def _words(text: str) -> list[str]:
    """A text's words, casefolded, apostrophes taken out ("I'd" and "Iʼd" alike)."""
    return re.findall(r"\w+", text.casefold().translate(_APOSTROPHES))


def _found_in_order(words: list[str], wanted: list[str]) -> int:
    """How many of ``wanted`` a run of ``words`` holds in order, the run starting with
    ``wanted``'s first word (its last word may be cut short); the best run counts."""
    if not wanted:
        return 0
    best = 0
    for start, word in enumerate(words):
        if word != wanted[0]:
            continue
        found, at = 1, start + 1
        for place, want in enumerate(wanted[1:], 2):
            last = place == len(wanted)
            for look in range(at, min(len(words), at + 2)):  # (a word may be missing)
                if words[look] == want or (last and words[look].startswith(want)):
                    found, at = found + 1, look + 1
                    break
        best = max(best, found)
    return best


def _adopt(parent: Comment, reply: Comment) -> None:
    """Hang ``reply`` (with its own replies) under ``parent``, depths set anew."""
    parent.children.append(reply)
    reply.parent = parent
    _set_depth(reply, parent.depth + 1)


class Latest:
    """Comments as they are placed down a page, the latest of each author (casefolded)
    and of each depth kept: the post a "Reply to NAME" answers, the post one level up
    from a reply, found in one look instead of a walk back over the comments before (a
    page of posts that each answer its first poster would cost its length squared).
    A comment's author and depth are read when it is added."""

    __slots__ = ("_by_author", "_by_depth")

    def __init__(self) -> None:
        self._by_author: dict[str, Comment] = {}
        self._by_depth: dict[int, Comment] = {}

    def add(self, comment: Comment) -> None:
        if comment.author is not None:
            self._by_author[comment.author.casefold()] = comment
        self._by_depth[comment.depth] = comment

    def by(self, name: str | None) -> Comment | None:
        """The latest comment by ``name`` (a post's "Reply to NAME"), if any."""
        return None if name is None else self._by_author.get(name.casefold())

    def at(self, depth: int) -> Comment | None:
        """The latest comment at ``depth`` (None below the top level): the post a post
        one level deeper answers."""
        return None if depth < 0 else self._by_depth.get(depth)


# The label a blog prints over its owner's answer inside a visitor's comment, alone on
# its line, with no name: Persian, Arabic and a few others ("پاسخ:", "پاسخ مدیر:", "رد
# المدير:", "Author's reply:", "Antwort:")
_ANSWER_LABEL = re.compile(
    r"(?i)^(?:پاسخ(?: مدیر| نویسنده)?(?: وبلاگ)?|جواب|الجواب|رد|الرد|رد (?:المدير|الكاتب|المدون)|"
    r"(?:author|admin|owner)['’]?s? reply|antwort des autors|réponse de l['’]auteur|"
    r"respuesta del autor)"
    r" ?:$"
)
_LABEL_REACH = 40  # characters of such a line, at most


def hang_labelled_answers(page: Page, text: str) -> None:
    """A line inside a comment's body that is only an answer's label ("پاسخ:", "رد
    المدير:", "Author's reply:"), lines of text after it: the blog's owner answered in
    the visitor's comment, and the page prints no name there. The label and the lines
    after it are a reply of the comment, nameless (its header the label), before the
    comment's other replies. Never the comment's first line (a comment opening so is a
    visitor's own)."""
    for comment in list(page.walk()):
        answers: list[Comment] = []
        for at, block in enumerate(comment.blocks):
            label = _label_line(block, text, first=at == 0)
            if label is None:
                continue
            before, (line, start, end), after = label
            rest = [*after, *comment.blocks[at + 1 :]]
            if not rest:
                break  # (a label with no answer after it: the visitor's own words)
            comment.blocks[at:] = before
            answer = Comment(
                author=None,
                header=text[start:end],
                depth=comment.depth + 1,
                blocks=rest,
                span=_covering(Span(line, line, start, end), rest),
                header_span=Span(line, line, start, end),
                parent=comment,
                page=page,
            )
            answers.append(answer)
            break  # (a second label is read in the answer: see below)
        while answers and (  # the owner's second answer after the first: its sibling
            (later := _split_answer(answers[-1], text)) is not None
        ):
            answers.append(later)
        if answers:
            for answer in answers:
                answer.parent = comment
            comment.children[:0] = answers


def _split_answer(answer: Comment, text: str) -> Comment | None:
    """A second label in an answer's blocks: the answer ends before it, and the label and
    what follows are another answer (returned)."""
    for at, block in enumerate(answer.blocks):
        label = _label_line(block, text, first=at == 0)
        if label is None:
            continue
        before, (line, start, end), after = label
        rest = [*after, *answer.blocks[at + 1 :]]
        if not rest:
            return None
        answer.blocks[at:] = before
        head = answer.header_span
        if head is not None:
            answer.span = _covering(head, answer.blocks)
        return Comment(
            author=None,
            header=text[start:end],
            depth=answer.depth,
            blocks=rest,
            span=_covering(Span(line, line, start, end), rest),
            header_span=Span(line, line, start, end),
            page=answer.page,
        )
    return None


def _covering(head: Span, blocks: list[Block]) -> Span:
    """``head`` stretched over the blocks' spans."""
    span = head
    for block in blocks:
        if block.span is not None:
            span = span.cover(block.span)
    return span


def _label_line(
    block: Block, text: str, first: bool
) -> tuple[list[Block], tuple[int, int, int], list[Block]] | None:
    """Where a paragraph holds an answer's label on a line of its own (`_ANSWER_LABEL`):
    the paragraph's lines before it and after it as paragraphs, and the label's line
    number and offsets; None where it holds none (or opens with it, ``first``: the
    comment's first line). Read off the source: the paragraph's lines each one of it."""
    span = block.span
    if not isinstance(block, Paragraph) or span is None or block.marker is not None:
        return None
    if text.find(":", span.start, span.end) < 0:
        return None  # (the cheap look first: most paragraphs hold no colon)
    lines: list[tuple[int, int]] = []  # each line's offsets, its blanks off
    at = span.start
    while at <= span.end:
        stop = text.find("\n", at, span.end)
        stop = span.end if stop < 0 else stop
        left, right = at, stop
        while left < right and text[left] in " \t\u00a0":
            left += 1
        while right > left and text[right - 1] in " \t\u00a0":
            right -= 1
        lines.append((left, right))
        at = stop + 1
    if len(lines) != span.end_line - span.start_line + 1:
        return None  # (not one line of the source each)
    for index, (start, end) in enumerate(lines):
        if (index == 0 and first) or end - start > _LABEL_REACH or end == start:
            continue
        if not _ANSWER_LABEL.match(L.plain(text[start:end])):
            continue
        before = _paragraph_of(lines[:index], span.start_line, text)
        after = _paragraph_of(lines[index + 1 :], span.start_line + index + 1, text)
        return before, (span.start_line + index, start, end), after
    return None


def _paragraph_of(lines: list[tuple[int, int]], first_line: int, text: str) -> list[Block]:
    """The lines (offsets) as one paragraph, in a list; an empty list for no lines."""
    kept = [(start, end) for start, end in lines if end > start]
    if not kept:
        return []
    body = "\n".join(text[start:end] for start, end in lines if end > start)
    span = Span(first_line, first_line + len(lines) - 1, kept[0][0], kept[-1][1])
    return [Paragraph(body, span)]


# The words of an answered name printed after the poster's on a reply's byline, at most
# ("Ann Lee Bob", "Ann Lee Mod Bo Ray Kim")
_ANSWERED_WORDS = 4
# Replies whose byline names the poster answered, fewest on a page to read them so: the
# page's template, not one name that ends in an earlier poster's ("Jae Kim" after "Kim")
_ANSWERED_BYLINES = 2
_BADGE_LENGTH = 12  # characters of a badge word between the two names, at most ("Mod")
# a list item's marker before a line's text: "• ", "* ", "+ ", "- ", inscriptis' "o "
_ITEM_MARK = re.compile(r"^(?:[•*+\-–·]|o(?= ))\s+")


def hang_by_answered_bylines(page: Page, text: str) -> None:
    """Replies whose byline prints, after the poster's name, the name of the poster
    they answer, as a link to that comment ("Bob Lee Ann • 3 hours ago": Bob Lee answers
    Ann): the answered name is an earlier comment's poster, read in document order (so
    "Ann Bob Lee" after it answers Bob Lee). Where `_ANSWERED_BYLINES` replies or more
    are so printed, each such author loses the answered name, and the reply goes under
    the latest comment before it by that name, unless its parent already is by that
    name (the converter nested it: a reply to an earlier comment of the same poster).
    A short word left between the two names is a badge (`_badge_forms`), which the
    poster's other comments lose too ("Ann Mod Bob Lee", "Ann Mod" → "Ann")."""
    comments = [c for c in page.walk() if c.kind == "comment"]
    answered = _answered_bylines(comments, {})
    badges = _badge_forms(list(answered.values()), text)
    if badges:  # (read again, the badged names known without the badge: "Bob Ann Lee"
        answered = _answered_bylines(comments, badges)  # after "Ann Lee Mod Cy")
        badges.update(_badge_forms(list(answered.values()), text))
    if len(answered) < _ANSWERED_BYLINES or not _posters_answer(comments, answered, badges):
        return
    for comment in comments:
        if id(comment) in answered:
            comment.author = answered[id(comment)][0]
    for comment in comments:
        comment.author = badges.get(comment.author or "", comment.author)
    latest = Latest()
    for comment in comments:
        split = answered.get(id(comment))
        if split is not None:
            target = latest.by(split[1])
            parent = comment.parent
            if target is not None and not (
                parent is not None and _folded_name(parent.author or "") == _folded_name(split[1])
            ):
                _move_under(page, target, comment)
        latest.add(comment)


def _posters_answer(
    comments: list[Comment], answered: dict[int, tuple[str, str]], badges: dict[str, str]
) -> bool:
    """Whether the names the bylines open with are the page's posters: of the different
    names, at least half and `_ANSWERED_BYLINES` are posters printed elsewhere, by a
    byline of their own or as a name answered, not a label every byline opens with
    ("View details Ann", "Link to comment Ann" before the poster's name)."""
    posters = {_folded_name(name) for _, name in answered.values()}
    posters.update(_folded_name(c.author or "") for c in comments if id(c) not in answered)
    heads = {_folded_name(badges.get(own, own)) for own, _ in answered.values()}
    told = len(heads & posters)
    return told >= _ANSWERED_BYLINES and 2 * told >= len(heads)


def _answered_bylines(
    comments: list[Comment], badges: dict[str, str]
) -> dict[int, tuple[str, str]]:
    """Each comment whose author ends in an earlier poster's name (`_answered_split`),
    by identity: its own name and the answered name. The names already read are known
    without their ``badges``."""
    seen: set[str] = set()
    answered: dict[int, tuple[str, str]] = {}
    for comment in comments:
        split = _answered_split(comment.author or "", seen)
        if split is not None:
            answered[id(comment)] = split
        own = split[0] if split is not None else comment.author
        if own:
            seen.add(_folded_name(badges.get(own, own)))
    return answered


def _folded_name(name: str) -> str:
    """A name as compared: its words, casefolded."""
    return " ".join(name.split()).casefold()


def _answered_split(author: str, seen: set[str]) -> tuple[str, str] | None:
    """The poster's own name and the answered name a byline's author ends with: the
    longest tail of words (`_ANSWERED_WORDS`) that names an earlier poster (``seen``),
    the words before it a name of their own.

    >>> _answered_split("Bob Lee Ann", {"ann"}), _answered_split("Bob Ann Lee", {"ann lee"})
    (('Bob Lee', 'Ann'), ('Bob', 'Ann Lee'))
    >>> _answered_split("Bob Lee", {"ann"}) is None, _answered_split("Ann", {"ann"}) is None
    (True, True)
    """
    words = author.split()
    for size in range(min(_ANSWERED_WORDS, len(words) - 1), 0, -1):
        tail = " ".join(words[-size:])
        head = " ".join(words[:-size])
        if (
            _folded_name(tail) in seen
            and _folded_name(head) != _folded_name(tail)
            and is_name_like(head)
            and any(ch.isalpha() for ch in tail)
        ):
            return head, tail
    return None


def _badge_forms(splits: list[tuple[str, str]], text: str) -> dict[str, str]:
    """The own names of answered bylines that end in a short word printed between the
    two names, a badge ("Ann Lee Mod" of "Ann Lee Mod Bob"): the name without it is one
    other bylines answer, or the page prints it alone on a line (a site's own account,
    named in its tabs or title). Each such form and the name without the badge."""
    answered = {_folded_name(name) for _, name in splits}
    forms: dict[str, str] = {}
    lone: set[str] | None = None
    for own, _ in splits:
        head, _, word = own.rpartition(" ")
        if not head or len(word) > _BADGE_LENGTH or not word.isalpha() or own in forms:
            continue
        if _folded_name(head) not in answered:
            if lone is None:  # (the page's lines, read once and only when needed)
                lone = {
                    _folded_name(_ITEM_MARK.sub("", L.plain(line))) for line in text.splitlines()
                }
            if _folded_name(head) not in lone:
                continue
        forms[own] = head
    return forms


def _move_under(page: Page, parent: Comment, reply: Comment) -> None:
    """Hang ``reply`` (with its own replies) under ``parent``, in document order among
    its replies, taken from where it was."""
    siblings = page.comments if reply.parent is None else reply.parent.children
    siblings[:] = [c for c in siblings if c is not reply]
    start = reply.span.start if reply.span is not None else 0
    at = sum(1 for c in parent.children if c.span is not None and c.span.start < start)
    parent.children.insert(at, reply)
    reply.parent = parent
    _set_depth(reply, parent.depth + 1)


_EVENTS = 2  # timeline events a page prints, at least, to be read as such
_EVENT_PREFIX = 4  # words of a poster's name before an event's verb phrase, at most
_CHROME_REACH = 60  # characters of a line a comment's controls print, at most
_PHRASE_WORDS = 3  # words of a posting verb learned from its repetition, at most
_VERB_LETTERS = 4  # letters of a posting verb learned from its repetition, at least
_NAME_MARKS = re.compile(r"[.!?,;:()\[\]\"]")  # in no name before a posting verb
_WRAP_LINES = 3  # lines an event's phrase wraps over above its header line, at most
_LINK_NUMBER = re.compile(r"\[[0-9]{1,5}\]")  # lynx's number before a link: "[39]@bo"
_LEAD_IN = 4  # lines of the next comment's picture, label and menu, at most
# the small words that open a surname ("ann de vries", "bo van dijk"): no verb
_NAME_PARTICLES = frozenset(
    "de da di do del della der den des van von ten ter du la le al bin".split()
)


def shed_timeline_events(page: Page, text: str) -> None:
    """Lines "NAME <verb phrase> DATE" with no body of their own, where NAME is a poster
    of the page, `_EVENTS` of them at least: a tracker's timeline between its comments
    ("ann_k added the bug label Mar 3, 2024", "@bo bo self-assigned this Mar 5, 2024",
    "ann hat das Label bug hinzugefügt 3. März 2024"), read as comments of their own
    because they are a name and a date. An event is told from a comment by its body:
    it has none, or only a few short lines the page prints elsewhere too or that name
    the next poster (the next comment's picture, role label and menu: "@bo", "Member",
    "Copy link Report content": `_lead_in`), or a record that is no one's prose: commit
    rows, a file's path and a diff hunk ("bo added 2 commits DATE", "bo reviewed DATE"
    over "src/calc.py" and "@@ -40,6 +40,9 @@": `_record`, the one word "reviewed"
    read as the phrase where no comment with a body is headed with it:
    `_read_recorded`). A phrase on half the page's headers is its template, no
    event's ("ann on Chapter 3 DATE": `_unsplit_template`). The phrase is read in the
    author, or in the header between the author and the date ("bo approved these
    changes DATE", the author read as "bo": `_header_phrase`), or over the header line
    where a converter wrapped it (`_read_wrapped`). Their lines are the page's
    furniture; replies a converter hung under them go up a level.

    A comment with a body under such a header keeps it, its author the poster's name
    without the phrase where the same phrase stands after names on two headers at
    least ("lena left a comment Mar 6, 2024": `_posting_phrases`); a phrase that ends
    the authors of most comments after different names is the page's posting verb
    ("greta kommentierte DATE": `_verb_repeated`), learned before events are read."""
    comments = list(page.walk())
    if len(comments) < 3:
        return
    lines = _PrintedLines(text)
    posters = _posters(comments)
    for comment, name in _verb_repeated(comments, lines):
        comment.author = name  # ("ann kommentierte", "bo kommentierte": a verb)
        posters.add(name)
    split = [_poster_phrase(c.author, posters) or _header_phrase(c) for c in comments]
    _unsplit_template(split)
    _read_recorded(comments, split, lines, posters)
    _read_wrapped(comments, split, lines, posters)
    if sum(1 for s in split if s is not None) < _EVENTS:
        return
    events: list[Comment] = []
    phrased: list[tuple[Comment, str, str]] = []
    for at, comment in enumerate(comments):
        if (found := split[at]) is None:
            continue
        body = _body_lines(comment)
        if _lead_in(body, lines, _next_poster(comments, split, at), posters) or _record(
            body, lines, posters
        ):
            events.append(comment)
        elif comment.author != found[0]:
            phrased.append((comment, *found))
    if len(events) >= _EVENTS:
        for event in events:
            _shed_event(page, event)
    for comment, name, _ in _posting_phrases(phrased):
        comment.author = name


def _posters(comments: list[Comment]) -> set[str]:
    """The names ``comments`` are signed by: their authors, and the names that open two
    different authors at least before a phrase ("bo approved these changes", "bo
    left a comment": 'bo', `_name_and_phrase`)."""
    authors = {c.author for c in comments if c.author}
    named = Counter(split[0] for a in authors if (split := _name_and_phrase(a)) is not None)
    return authors | {name for name, count in named.items() if count >= 2}


class _PrintedLines:
    """The page's text, and how often each stripped line is printed on it, counted on
    the first ask (most pages never ask)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._counts: Counter[str] | None = None

    def __getitem__(self, line: str) -> int:
        if self._counts is None:
            self._counts = Counter(_unnumbered(line) for line in self.text.splitlines())
        return self._counts[_unnumbered(line)]

    def above(self, offset: int, count: int) -> Iterator[str]:
        """The ``count`` lines over the one at ``offset``, nearest first, stripped, up
        to the first blank one."""
        end = self.text.rfind("\n", 0, offset)
        for _ in range(count):
            if end <= 0:
                return
            start = self.text.rfind("\n", 0, end) + 1
            line = self.text[start:end].strip()
            if not line:
                return
            yield line
            end = start - 1


def _read_wrapped(
    comments: list[Comment],
    split: list[tuple[str, str] | None],
    lines: _PrintedLines,
    posters: set[str],
) -> None:
    """Set in ``split`` the name and phrase of the events a converter wrapped, their
    header line the phrase's end and the date ("[39]@bo [40]bo removed the [41]needs-"
    over "triage label [42]Mar 3, 2024": lynx, w3m): a comment with no body of its own,
    whose author signs no comment with one, under `_WRAP_LINES` lines at most with no
    blank between, the first of which opens with a poster's name and a verb phrase
    (`_poster_phrase`, the link numbers left out). Where the line over the header ends
    in a small word ("[45]bo requested a review from" over "[46]ann [47]Mar 5, 2024"),
    the phrase was cut before its object: the header's name is that object, and may be
    a poster's who signs comments."""
    wrapped: dict[int, tuple[str, str]] = {}
    cut: set[int] = set()
    for at, comment in enumerate(comments):
        if split[at] is None and comment.header_span is not None:
            for nearest, line in enumerate(lines.above(comment.header_span.start, _WRAP_LINES)):
                if nearest == 0 and _cut_phrase(_unnumbered(line)):
                    cut.add(at)
                if (found := _poster_phrase(_unnumbered(line), posters)) is not None:
                    wrapped[at] = found
                    break
    if not wrapped:
        return
    bodied = {
        c.author
        for at, c in enumerate(comments)
        if split[at] is None
        and not _lead_in(body := _body_lines(c), lines, None, posters)
        and not _record(body, lines, posters)
    }
    for at, found in wrapped.items():
        comment = comments[at]
        body = _body_lines(comment)
        if (comment.author not in bodied or at in cut) and (
            _lead_in(body, lines, _next_poster(comments, split, at), posters)
            or _record(body, lines, posters)
        ):
            split[at] = found


_CUT_WORD = 4  # letters of the small word a phrase cut before its object ends in, at most


def _cut_phrase(line: str) -> bool:
    """``line`` ends in a small word of small letters, no sentence's end: a phrase cut
    before its object ("bo requested a review from", "closed this as completed in")."""
    last = line.rpartition(" ")[2]
    return " " in line and 0 < len(last) <= _CUT_WORD and last.isalpha() and last.islower()


def _read_recorded(
    comments: list[Comment],
    split: list[tuple[str, str] | None],
    lines: _PrintedLines,
    posters: set[str],
) -> None:
    """Set in ``split`` the name and verb of the headers "NAME <verb> DATE" whose one
    word of small letters is no posting verb, told by what stands under them: a record
    (`_record`: "bo reviewed Mar 6, 2024" over a file's path and a diff hunk, "ann
    pushed Mar 6, 2024" over commit rows), where no comment with a body of its own is
    headed with the same word ("ann commented DATE" heads prose: a posting verb)."""
    worded: dict[int, tuple[str, str]] = {}
    for at, comment in enumerate(comments):
        if split[at] is None and (found := _header_word(comment)) is not None:
            worded[at] = found
    if not worded:
        return
    recorded = {at for at in worded if _record(_body_lines(comments[at]), lines, posters)}
    posting = {word for at, (_, word) in worded.items() if at not in recorded}
    for at in recorded:
        if worded[at][1] not in posting:
            split[at] = worded[at]


def _unsplit_template(split: list[tuple[str, str] | None]) -> None:
    """Unset in ``split`` the phrases that stand on half the page's comments at least
    (`_EVENTS` at least): the page's header template ("ann on Chapter 3 DATE" on every
    comment of a chapter's thread), not events, which vary."""
    counts = Counter(found[1] for found in split if found is not None)
    least = max(_EVENTS, len(split) // 2)
    for at, found in enumerate(split):
        if found is not None and counts[found[1]] >= least:
            split[at] = None


def _plain_header(comment: Comment) -> str:
    """``comment``'s header as a reader sees it, single-spaced: without lynx's link
    numbers and Markdown ("[101]bo approved these changes [102]Mar 7, 2024": 'bo
    approved these changes Mar 7, 2024')."""
    return " ".join(L.plain(_unnumbered(comment.header.replace("\u00a0", " "))).split())


def _header_word(comment: Comment) -> tuple[str, str] | None:
    """The author and the one word of small letters ``comment``'s header prints between
    them and its date ("bo reviewed Mar 6, 2024": ('bo', 'reviewed')), else None."""
    author, date = comment.author, comment.date
    header = _plain_header(comment)
    if not author or not date or not header.endswith(date) or not header.startswith(author):
        return None
    word = header[len(author) : -len(date)].strip()
    if not word.isalpha() or not word.islower() or word in _NAME_PARTICLES:
        return None
    return author, word


# a commit's id alone on its line: 7 to 40 hex digits, with a digit and a letter
_COMMIT_ID = re.compile(r"(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}")
# a unified diff's hunk header: "@@ -52,10 +52,22 @@ def _compute_delay(self):"
_HUNK = re.compile(r"@@ -[0-9]+(?:,[0-9]+)? \+[0-9]+(?:,[0-9]+)? @@")
_TABLE_CELLS = re.compile(r"^(?:\|\s*)+")  # html2text's table cells before a line: "| | "
_NEXT_LEAD_IN = 2  # lines of a record under the next poster's picture, at most: label, menu
_MESSAGE_LINES = 2  # lines of a commit's message over its id, at most (wrapped)
_MESSAGE_REACH = 100  # characters of a commit message's line, at most
_SUBJECT_MARKS = ("-", "–", "—", "·", "|")  # between a commit's id and its subject in a row
_SENTENCE_END = ".!?:"  # marks that end a sentence of prose, not a commit's subject


def _record(lines: list[str], printed: _PrintedLines, posters: set[str]) -> bool:
    """``lines`` (an event's body) are a tracker's record, not a comment: commit rows
    (a subject line or two over an id alone on its line: "retry: cap after jitter" over
    "3b7c0de"), or a diff (a file's path over a hunk header "@@ -52,10 +52,22 @@" and
    its code to the end), with only chrome beside them: lines the page prints more than
    once ("View reviewed changes"), a poster's picture ("@bo") and the one word under it
    ("Member"), a date alone, another event's line ("bo added a commit to bo/calc that"
    and its wrapped rest: `_poster_phrase`). A commit id or a hunk at least."""
    read = [_record_line(line) for line in lines]
    hunk = next((at for at, line in enumerate(read) if _HUNK.match(line)), len(read))
    if hunk < len(read) and hunk > 0 and _is_path(read[hunk - 1]):
        hunk -= 1  # (the file the hunk is of)
    if any(_prose_line(line) for line in read[hunk:]):
        return False  # (a comment's text after the code: the diff is quoted in it)
    head = read[:hunk]
    ids = [at for at, line in enumerate(head) if _commit_row(line)]
    if hunk == len(read) and not ids:
        return False
    kept = set(ids)
    for at in ids:
        for above in range(at - 1, max(at - 1 - _MESSAGE_LINES, -1), -1):
            if above in kept or not _subject_line(head[above]):
                break
            kept.add(above)
    phrased = False
    named = False
    for at, line in enumerate(head):
        if named and len(head) - at <= _NEXT_LEAD_IN:
            break  # (the next comment's role label and menu under its picture)
        if at in kept:
            phrased = named = False
            continue
        if _poster_phrase(line, posters) is not None:
            phrased, named = True, False
            continue
        if phrased and line[:1].islower() and line[-1:] not in _SENTENCE_END:
            continue  # (an event's line, wrapped)
        names = line.lstrip("@") in posters
        if not (
            names
            or (named and line.isalpha())
            or is_date_line(line)
            or (len(line) <= _CHROME_REACH and printed[lines[at]] > 1)
        ):
            return False
        phrased, named = False, names
    return True


_PROSE_WORDS = 4  # words of a line that ends a sentence, at least, to be prose not code


def _prose_line(line: str) -> bool:
    """``line`` is a sentence's end, not a diff's code: `_PROSE_WORDS` words or more
    and a full stop, an exclamation or a question mark at its end ("Please use the
    fixture here."; not "return min(delay, cap)", "x = 1.")."""
    return line[-1:] in ".!?" and len(line.split()) >= _PROSE_WORDS


def _record_line(line: str) -> str:
    """``line`` as a record's row reads: without lynx's link numbers, Markdown links,
    code marks and html2text's table cells ("`[a14f2c9](/x/commit/a14f2c9)`": 'a14f2c9',
    "| | @@ -1,2 +1,3 @@": '@@ -1,2 +1,3 @@')."""
    line = _TABLE_CELLS.sub("", L.plain(_unnumbered(line)).replace("`", ""))
    return line.strip()


def _commit_row(line: str) -> bool:
    """``line`` is a commit's id alone, or a list's row of an id and its subject after a
    dash or a dot ("4be21a0", "• 3f9c2ab1 - Clamp label boxes", "3f9c2ab1 · Clamp")."""
    line = _ITEM_MARK.sub("", line)
    first, _, rest = line.partition(" ")
    if not _COMMIT_ID.fullmatch(first):
        return False
    if not rest:
        return True
    mark, _, subject = rest.partition(" ")
    return mark in _SUBJECT_MARKS and _subject_line(subject)


def _subject_line(line: str) -> bool:
    """``line`` can be a commit's subject (or a wrapped part of one): short, no
    sentence's end ("retry: parse HTTP-date values (#1187)"; not "Thanks a lot!")."""
    return 0 < len(line) <= _MESSAGE_REACH and line[-1] not in _SENTENCE_END


def _is_path(line: str) -> bool:
    """``line`` is a file's path: one word with a slash or a dot inside
    ("src/calc/wick.py", "README.md")."""
    return (
        " " not in line
        and any(mark in line[1:-1] for mark in "/.")
        and any(ch.isalpha() for ch in line)
    )


def _header_phrase(comment: Comment) -> tuple[str, str] | None:
    """The author and the verb phrase of two words or more that ``comment``'s header
    prints between them and its date where the author was read without it ("lena
    approved these changes Mar 7, 2024": ('lena', 'approved these changes')), else
    None. A single word there is a posting verb ("ann commented DATE")."""
    author, date = comment.author, comment.date
    header = _plain_header(comment)
    if not author or not date or not header.endswith(date) or not header.startswith(author):
        return None
    phrase = header[len(author) : -len(date)].strip()
    first = phrase.partition(" ")[0]
    if " " not in phrase or not (first.isalpha() and first.islower()):
        return None
    return author, phrase


def _verb_repeated(comments: list[Comment], printed: _PrintedLines) -> list[tuple[Comment, str]]:
    """The comments whose author is a name and a phrase of words of small letters that
    ends the authors of half the comments at least (`_EVENTS` at least), after
    different names ("greta kommentierte", "jonas kommentierte"; "ann left a comment",
    "bo left a comment"): a posting verb the page repeats and no list holds; those of
    them with a body of their own, each with its name without the verb (an event's
    header keeps its phrase: `shed_timeline_events` reads it)."""
    heads: dict[str, list[tuple[Comment, str]]] = {}
    for comment in comments:
        split = _name_and_phrase(comment.author or "")
        if split is not None:
            heads.setdefault(split[1], []).append((comment, split[0]))
    least = max(_EVENTS, len(comments) // 2)  # (a page's verb: on most of its headers)
    return [
        (comment, name)
        for found in heads.values()
        if len(found) >= least and len({name for _, name in found}) >= 2
        for comment, name in found
        if not _lead_in(_body_lines(comment), printed, None)
    ]


def _name_and_phrase(author: str) -> tuple[str, str] | None:
    """``author`` as a name (one word, or capitalised words after it: "ann_k", "Ann
    Lee") and a phrase of `_PHRASE_WORDS` words of small letters at most after it
    ("kommentierte", "left a comment"), else None.

    >>> _name_and_phrase("ann_k left a comment"), _name_and_phrase("Ann Lee")
    (('ann_k', 'left a comment'), None)
    """
    words = author.split()
    end = 1
    while end < len(words) and words[end][:1].isupper():
        end += 1
    name, phrase = " ".join(words[:end]), words[end:]
    if (
        not phrase
        or len(phrase) > _PHRASE_WORDS
        or not _plain_name(name)
        or not all(word.isalpha() and word.islower() for word in phrase)
        or len(phrase[0]) < 3
        or sum(map(len, phrase)) < _VERB_LETTERS
    ):
        return None
    return name, " ".join(phrase)


def _plain_name(name: str) -> bool:
    """``name`` is words each opening with a letter, with no mark of a sentence, a
    quote or a link ("ann-k", "Ann Lee"; not "1 of", 'Pro")3')."""
    return bool(name) and all(
        word[:1].isalpha() and _NAME_MARKS.search(word) is None for word in name.split()
    )


def _next_poster(
    comments: list[Comment], split: list[tuple[str, str] | None], at: int
) -> str | None:
    """The author of the first comment after ``comments[at]`` that is no event's."""
    return next(
        (comments[i].author for i in range(at + 1, len(comments)) if split[i] is None), None
    )


def _lead_in(
    lines: list[str], printed: _PrintedLines, poster: str | None, posters: set[str] | None = None
) -> bool:
    """``lines`` (a body's) are no body of its own: none, or `_LEAD_IN` short lines at
    most, each printed on the page more than once (lynx's link numbers aside), or naming
    the next ``poster`` (its picture's "@bo"), or one word of letters right under that
    (the poster's role label, "Author"): the next comment's picture, role label and
    menu; the last perhaps the next event's first line, wrapped (a name of ``posters``
    and a verb phrase: `_poster_phrase`)."""
    if len(lines) > _LEAD_IN:
        return False
    named = False
    for at, line in enumerate(lines):
        if (
            posters is not None
            and at == len(lines) - 1
            and _poster_phrase(_unnumbered(line), posters) is not None
        ):
            return True  # (the next event's first line, wrapped: as long as lines go)
        names = poster is not None and _unnumbered(line).lstrip("@") == poster
        if len(line) > _CHROME_REACH or not (
            printed[line] > 1 or names or (named and line.isalpha())
        ):
            return False
        named = names
    return True


def _unnumbered(line: str) -> str:
    """``line`` stripped, without lynx's numbers before links ("[43]@bo": "@bo")."""
    line = line.strip()
    return _LINK_NUMBER.sub("", line) if "[" in line else line


def _poster_phrase(author: str | None, posters: set[str]) -> tuple[str, str] | None:
    """``author`` read as the name of another poster of ``posters`` and a verb phrase
    after it (a first word of small letters: "added the bug label", "hat das Label bug
    hinzugefügt"), the name perhaps printed twice, a picture's "@NAME" first ("@bo bo
    self-assigned this"), or followed by the poster's handle ("Ann Lee @alee added 2
    commits"): the name and the phrase, else None.

    >>> _poster_phrase("@bo_k bo_k added the bug label", {"bo_k", "ann"})
    ('bo_k', 'added the bug label')
    >>> _poster_phrase("ann de vries", {"ann"}), _poster_phrase("ann Lee", {"ann"})
    (None, None)
    >>> _poster_phrase("Ann Lee @alee added 2 commits", {"Ann Lee"})
    ('Ann Lee', 'added 2 commits')
    """
    if author is None or " " not in author:
        return None
    text = author
    if text[:1] == "@":
        head, _, rest = text.partition(" ")
        if rest == head[1:] or rest.startswith(head[1:] + " "):
            text = rest
    words = text.split(" ")
    for end in range(min(len(words) - 1, _EVENT_PREFIX), 0, -1):
        name = " ".join(words[:end])
        if name == author or name not in posters:
            continue
        if words[end][:1] == "@" and end + 1 < len(words):
            end += 1  # (the poster's handle after the name: "Ann Lee @alee added 2 commits")
        verb = words[end]
        if verb[:1].isalpha() and verb[:1].islower() and verb not in _NAME_PARTICLES:
            return name, " ".join(words[end:])
        return None
    return None


def _body_lines(comment: Comment) -> list[str]:
    """The stripped lines of ``comment``'s own body (not its replies'), blank ones out."""
    return [
        stripped
        for block in comment.blocks
        for line in block.read_text().splitlines()
        if (stripped := line.strip())
    ]


def _posting_phrases(
    phrased: list[tuple[Comment, str, str]],
) -> list[tuple[Comment, str, str]]:
    """The comments of ``phrased`` whose phrase is a posting verb's: words of small
    letters only, two or more, printed after names on `_EVENTS` headers at least
    ("left a comment"), where a name with words of its own would not repeat."""
    counts = Counter(phrase for _, _, phrase in phrased)
    return [
        (comment, name, phrase)
        for comment, name, phrase in phrased
        if counts[phrase] >= _EVENTS
        and phrase.count(" ") >= 1
        and all(word.isalpha() and word.islower() for word in phrase.split(" "))
    ]


def _shed_event(page: Page, event: Comment) -> None:
    """``event``'s lines become the page's furniture; its replies take its place."""
    if event.header_span is not None:
        page.furniture.append(Furniture(event.header, "other", event.header_span))
    page.furniture.extend(Furniture(m.text, "other", m.span) for m in event.meta)
    page.furniture.extend(Furniture(b.text, "other", b.span) for b in event.blocks)
    siblings = event.parent.children if event.parent is not None else page.comments
    at = next(i for i, c in enumerate(siblings) if c is event)
    for child in event.children:
        child.parent = event.parent
        _set_depth(child, event.depth)
    siblings[at : at + 1] = event.children
    event.children = []


_THREAD_ROWS = 2  # timeline comments headed "NAME VERB DATE" a page prints, at least
_HEADER_MARKUP = re.compile(r"[#*_>]+")  # Markdown around a header's name: "#### **ann**"


def hang_thread_rows(page: Page) -> None:
    """Threads printed inside a timeline: where comments headed "NAME <posting words>
    DATE" ("ann commented Mar 5, 2024", "bo left a comment Mar 6, 2024"), the same
    words after `_THREAD_ROWS` names at least, stand beside comments headed "NAME DATE"
    alone, each run of such bare headers in a row is one thread (a code review's inline
    conversation, printed under its file and hunk): the first opens it, the others are
    its replies, one level under it. Nothing but another bare header may stand between
    them (a timeline comment or an event, "bo added 2 commits DATE", ends the run); a
    page whose headers are all bare, or whose words follow one name only (a badge, "Ann
    author DATE"), is left as it is, and so is one where a converter nested bare headers
    alone (a Q&A page's comments under its answers, "Ann answered DATE"). The timeline
    is flat: its comments and each thread's first one go to the top level where a
    converter hung them under an event or a thread."""
    comments = [c for c in page.walk() if c.kind == "comment"]
    read = [_header_shape(c) for c in comments]
    shapes = [None if found is None else "bare" if not found[1] else "worded" for found in read]
    names: dict[str, set[str]] = {}
    for found in read:
        if found is not None and found[1]:
            names.setdefault(found[1], set()).add(_folded_name(found[0]))
    if not any(len(named) >= _THREAD_ROWS for named in names.values()):
        return
    if not any(a == b == "bare" for a, b in itertools.pairwise(shapes)):
        return
    nested = [shape for c, shape in zip(comments, shapes, strict=True) if c.parent is not None]
    if nested and all(shape == "bare" for shape in nested):
        return  # (the converter nested the bare headers alone: its tree stands)
    opening: Comment | None = None
    for comment, shape, before in zip(comments, shapes, [None, *shapes], strict=False):
        if shape != "bare" or before != "bare" or opening is None:
            opening = comment if shape == "bare" else None
            if shape is not None and comment.parent is not None:
                _to_top(page, comment)  # (the timeline is flat: a converter nested it)
            continue
        if comment.parent is not opening:
            _move_under(page, opening, comment)


def _to_top(page: Page, comment: Comment) -> None:
    """Put ``comment`` (with its own replies) at the top level, in document order,
    taken from where it was."""
    assert comment.parent is not None
    comment.parent.children = [c for c in comment.parent.children if c is not comment]
    start = comment.span.start if comment.span is not None else 0
    at = sum(1 for c in page.comments if c.span is not None and c.span.start < start)
    page.comments.insert(at, comment)
    comment.parent = None
    _set_depth(comment, 0)


def _header_shape(comment: Comment) -> tuple[str, str] | None:
    """The poster's name ``comment``'s header prints before its date and the words of
    small letters between them ("bo  commented Mar 6, 2024": ('bo', 'commented'),
    "bo left a comment DATE"; read into the author too, "@bo bo added 2 commits DATE"),
    none for a bare header (the name alone, perhaps linked, numbered or emphasised:
    "[46]bo [47]Mar 6, 2024", "#### **[bo](/bo)** Mar 6, 2024": ('bo', '')); None where
    the header reads otherwise."""
    author, date = comment.author, comment.date
    if not author or not date:
        return None
    header = _HEADER_MARKUP.sub(" ", L.plain(_unnumbered(comment.header.replace("\u00a0", " "))))
    header = " ".join(header.split())
    if not header.endswith(date):
        return None
    before = header[: -len(date)].split()
    name = author.split()
    if before[: len(name)] != name:
        return None
    words = before[len(name) :]
    if not words:  # (the words read into the author: "@bo bo added 2 commits", "Ann author")
        cut = len(name)
        while cut > 1 and _small_word(name[cut - 1]):
            cut -= 1
        name, words = name[:cut], name[cut:]
    if not words:
        return " ".join(name), ""
    if len(words) <= _PHRASE_WORDS and all(_small_word(word) for word in words):
        return " ".join(name), " ".join(words)
    return None


def _small_word(word: str) -> bool:
    """A word of small letters that is no name's particle ("added", "branch"; not "van")."""
    return word.isalpha() and word.islower() and word not in _NAME_PARTICLES
