"""Posts signed under their bodies: stamps that close a body instead of opening it
(`_closing_stamps`), answers and comments signed "– NAME DATE" (`_signed_posts`,
`signature_line`, `closing_signature`), dates under bodies whose owner stands over
them, and paragraphs each closed by a signature (a wiki's talk page)."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

import attrs

from threadparse import lines as L
from threadparse.dates import (
    DIGIT,
    date_extent,
    find_date,
    is_date_line,
    is_time_tail,
)
from threadparse.outline import OutlineNode
from threadparse.posts.authors import (
    _candidate,
    _constants,
    _names_beside,
    _names_under,
    _nearest_date,
    _picture_piece,
    _read_post,
    _strong_author,
    _worded,
)
from threadparse.posts.bodies import _bodies
from threadparse.posts.depths import _column_depths, _glued_depths, _in_items
from threadparse.posts.post import Post, SignedReply
from threadparse.posts.prose import _pictured_leads, _pictured_name, _wordless
from threadparse.posts.shapes import (
    _BARE_RUN,
    _COUNTER,
    _HEADING,
    _MAX_AFTER,
    _MAX_BLOCK,
    _MAX_STAMP,
    _NEGATIVE,
    _TIME_TAIL,
    _display,
    _name_key,
    _reply_tail,
    _rule_key,
    is_name_like,
)
from threadparse.posts.stamps import (
    _WRAP_WIDTH,
    DATE_ARTICLES,
    Stamp,
    _edit_key,
    _full,
    _joined,
    _time_wrapped,
    read_stamp,
)

_CLOCK_IN = re.compile(r"[0-9]:[0-5][0-9]")  # a time of day, somewhere in a date


def _unstamped_date(flat: Sequence[OutlineNode], index: int) -> str | None:
    """The date on a line no stamp was read from, if it has one: the post's subject, date
    and controls, too long to stamp it ("Sujet: Re: Tomates … Mar 8 Mar - 18:47 Citer
    Signaler ce message"), or wrapped by the converter."""
    text = flat[index].text
    if len(text) > 8 * _MAX_STAMP or DIGIT.search(text) is None:
        return None
    shown = L.plain(text)  # (as shown: a link's target is no length)
    if len(shown) > 4 * _MAX_STAMP:
        return None
    date = find_date(shown)
    return None if date is None else shown[date.start() : date_extent(shown, date)]


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


def _dated(node: OutlineNode) -> bool:
    """The line is short and holds a date or an age ("Ann Over a year ago": a header
    line, whether it stamps a post or not; a count alone holds none)."""
    shown = L.plain(node.text) if len(node.text) <= 4 * _MAX_STAMP else ""
    return bool(shown) and len(shown) <= _MAX_STAMP and find_date(shown) is not None


_COUNTS = re.compile(r"[0-9()（）]+")  # a count a control prints, its parentheses with it


def _template_text(text: str) -> str:
    """A line's text as a template prints it on every post, counts aside ("回复(2)收起回复":
    "回复收起回复")."""
    return _COUNTS.sub("", _name_key(text))


_UNDER_BODY = "under its body"  # the key's last part of dates `_under_bodies` tells
_NAMED_UNDER = "under its name under its body"  # of dates `_names_under_bodies` tells
_OWNED = "owned under its body"  # the key's last part of dates `_owned_under_bodies` tells


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


# the end of a signature's count in brackets that lynx wrapped onto the next line, or the
# count alone there: "favorites]" under "… [[43]6", "[[46]3 favorites]"
_COUNT_TAIL = re.compile(r"^(?:\[\[[0-9]{1,5}\])?[0-9]{0,6} ?[^\W\d_]{1,15}\]$")


def _count_tail(node: OutlineNode) -> bool:
    """A plain line that only finishes or prints the count of the signature over it
    (`_COUNT_TAIL`)."""
    return node.marker is None and _COUNT_TAIL.match(node.text) is not None


def _counted_control(flat: Sequence[OutlineNode], at: int, limit: int, template: set[str]) -> bool:
    """``flat[at]`` is a bare number (a like count) over a line of the template's
    controls printed under most signatures (`_signed_bodies`): "12" over "แสดงอารมณ์"
    (its count over the control, each on its own line)."""
    return (
        at + 1 < limit and _score_line(flat[at].text) and _name_key(flat[at + 1].text) in template
    )


def _past_count(flat: Sequence[OutlineNode], index: int) -> int:
    """``index``, or the line after it where ``flat[index]`` is a signature's count or
    the next comment's score, a number alone over its body ("1")."""
    if index < len(flat) and (_count_tail(flat[index]) or _score_line(flat[index].text)):
        return index + 1
    return index


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
    its last line, "… – Ann DATE"), or each a name and its date alone right under its
    body and over the same controls under every post (`_controls_told`: a body may
    close no sentence, "… ต่อราคาก่อนขึ้นทุกครั้ง" over "Ann 5 มีนาคม 2567 เวลา 14:51 น.");
    prose between most of them; prose right over the first, as close as the bodies
    over the others stand to theirs (a picture's line aside; one line more where the
    controls tell them, the opening post's tags) (a header would stand under the
    section's heading); and no body under the last, where the others
    have theirs as near: the lines under it run as far as the others' controls do and
    further (or to a form, a heading, the page's end). Both ends are read; a page of
    headers over bodies fails one of them. Signatures glued over the next post's body
    (three in four at least of all but the last: "#1 Ann on DATE (Reply)" right over
    the next body, perhaps past its count, "[[46]3 favorites]") are told by the ends
    alone; ``glued_only``: only such signatures are looked for."""
    if _ruled_under(flat, found):  # (a rule under each signature closes its entry)
        return [
            (index, attrs.evolve(stamp, key=("signed", *stamp.key[1:]))) for index, stamp in found
        ]
    glued = [
        _glued_over(flat, prose, _past_count(flat, index + stamp.wrapped + 1))
        for index, stamp in found
    ]
    # (nearly) every one but the last glued over the next body (a quote or a name
    # opening a few bodies aside)
    over_next = sum(glued[:-1]) >= _GLUED_MOST * (len(glued) - 1)
    last_index, last_stamp = found[-1]
    under_last = _past_count(flat, last_index + last_stamp.wrapped + 1)
    paged = glued[-1] and _pager_end(flat, under_last) is not None  # (the page's pager)
    if (glued_only or any(glued[1:-1]) or (glued[-1] and not paged)) and not over_next:
        return []  # (the cheap test first: a header glued over its body, prose right under
        # it, a pager aside under the last; unless nearly every signature but the last is
        # glued over the next body: then the ends decide, as they do for the others)
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
    while len(stamps) > 2 and any(
        L.is_form_heading(flat[at].text) or L.is_closed_notice(flat[at].text)
        for at in range(stamps[-2][0] + 1, stamps[-1][0])
    ):
        stamps = stamps[:-1]  # (a trackback's, under the comment form's title)
    if len(stamps) < 2:
        return []
    # past each signature (an address html2text wrapped under it is the signature's)
    ends = [_past_link(flat, index + stamp.wrapped + 1) for index, stamp in stamps]
    if _glued_over(flat, prose, ends[0]) and not over_next:
        return []
    closed = sum(_closes_above(flat, _signature_top(flat, prose, index)) for index, _ in stamps)
    unclosed = 4 * closed < 3 * len(stamps)  # (a signature glued to the end of its body's
    # last sentence: a reply's; each glued under a body and over the next body, the ends
    # alone tell; each right under its body and over the template's controls, the same
    # under every post, the ends tell too: see `_controls_told`)
    if unclosed and not (
        _under_prose(flat, prose, stamps)
        if over_next
        else len(stamps) >= _CONTROLLED_LEAST and _under_bodies(flat, prose, stamps)
    ):
        return []
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
    if unclosed and not over_next and not _controls_told(flat, stamps, under):
        return []
    usual_over = Counter(_unpictured(flat, lines) for lines in over[1:]).most_common(1)[0][0]
    usual_under = Counter(len(lines) for lines in under[:-1]).most_common(1)[0][0]
    first, last = over[0], under[-1]
    if (
        first.start == 0
        or not _said(flat, prose, first.start - 1)
        or L.is_form_heading(flat[first.start - 1].text)
        or _HEADING.match(flat[first.start - 1].text) is not None
    ):
        return []  # (no prose right over the first: a heading, html2text's "# Title" too,
        # the page's start, the form's notice, "You must be logged in to post a comment.")
    extra = _unpictured(flat, first) - usual_over
    if (
        extra < 0
        or (extra > 0 and (extra > _OPENING_EXTRA or not _controls_told(flat, stamps, under)))
        or any(L.opens_comments(flat[at].text) for at in first)
    ):
        return []  # (the first's body as near: three lines of a bar, a picture and a
        # subject over the others but none over the first are headers over their bodies;
        # the poster's picture over each name aside, which a line of the first body's
        # glued over it keeps apart from that body: "[avat]" under the tags' line. One
        # line more over the first, where the template's controls repeat under every
        # signature: the opening post's tags, "เชียงใหม่ท่องเที่ยว" over its signature)
    controls = _common_lines(flat, under[:-1])
    if _dated_over_body(flat, prose, first.start - 1, controls):
        return []  # (a date over the body over the first: a header of another shape,
        # "Ann" over "May 8, 2020" over the body, the others' headers over theirs)
    beyond = last.stop  # (past a pager: "« Older Post's Title | Newer Post's Title »")
    while beyond < len(flat) and (pager := _pager_end(flat, beyond)) is not None:
        beyond = pager
    if not (
        beyond >= len(flat)
        or len(last) > usual_under
        or usual_over + _FAR_UNDER <= usual_under
        or any(_closes_section(flat[at].text) for at in (*last, beyond))
    ):
        return []  # (a body under the last, as near as the others': headers over bodies)
    return [
        (index, attrs.evolve(stamp, key=("signed", *stamp.key[1:]), wrapped=end - index - 1))
        for (index, stamp), end in zip(stamps, ends, strict=True)
    ]  # (a link's address wrapped under a signature is the signature's: `_past_link`)


def _controls_told(
    flat: Sequence[OutlineNode], stamps: list[tuple[int, Stamp]], under: list[range]
) -> bool:
    """The stamps are a name and its date alone on their lines (no words around them: a
    labelled date under each body, "Joined: DATE", is a profile's field; "Ann  Post by
    Ann on DATE" a header's cells), `_CONTROLLED_LEAST` at least, each over the
    template's controls (`_controlled_under`)."""
    if len(stamps) < _CONTROLLED_LEAST or not all(_name_and_date(flat, s) for s in stamps):
        return False
    return _controlled_under(flat, under)


def _name_and_date(flat: Sequence[OutlineNode], signed: tuple[int, Stamp]) -> bool:
    """The stamp's line prints its author's name, then its date, nothing before them."""
    index, stamp = signed
    if (len(stamp.key) > 2 and stamp.key[2]) or not stamp.author or not stamp.date:
        return False
    text = L.plain(flat[index].text)
    if not text.startswith(stamp.author):
        return False
    rest = text[len(stamp.author) :].strip()  # (the date perhaps wrapped onto the next line)
    return bool(rest) and (stamp.date.startswith(rest) or rest.startswith(stamp.date))


def _unpictured(flat: Sequence[OutlineNode], lines: range) -> int:
    """How many of the ``lines`` are no picture's placeholder (`_picture_piece`)."""
    return sum(not _picture_piece(flat[at].text) for at in lines)


_FAR_UNDER = 3  # lines more under the signatures than over them to the nearest prose
_CONTROLLED_LEAST = 3  # signatures over the template's controls, at least, to tell them so
_OPENING_EXTRA = 1  # lines more over the first signature than over the others, at most


def _controlled_under(flat: Sequence[OutlineNode], under: list[range]) -> bool:
    """Under each signature but the last, down to the next body, the same lines of the
    template's controls, counts aside (a like count, "แสดงอารมณ์", "ตอบกลับแจ้งลบ" under
    every "Ann 5 มีนาคม 2567 เวลา 14:51 น."): each run of lines with no prose under them
    holds a line that (nearly) every run holds. A signature right under a body whose last
    line closes no sentence (a script that prints no full stop, a post ending in an
    emoji) is told so: a reply's signature glued to its body's last sentence is followed
    by the next reply's body, not by the same controls under every post."""
    runs = under[:-1]
    if len(runs) < _CONTROLLED_LEAST - 1:
        return False
    texts = [  # (a profile's field, "Posts: 14", is no control)
        {
            _template_text(text)
            for at in lines
            if not _FIELD_LINE.match(text := L.plain(flat[at].text))
        }
        for lines in runs
    ]
    counts = Counter(text for held in texts for text in held if text)
    shared = {text for text, count in counts.items() if 4 * count >= 3 * len(runs)}
    return bool(shared) and 4 * sum(bool(held & shared) for held in texts) >= 3 * len(runs)


def _past_link(flat: Sequence[OutlineNode], end: int) -> int:
    """Past the line ``end`` where the line before it opens a link's target it does not
    close (html2text wraps a long address: "… ｜ [edit](https://example-" over
    "blog.example/?no=2 "Edit")"): that line is the stamp's own. Else ``end``."""
    if end >= len(flat) or flat[end - 1].blank_after:
        return end
    line = flat[end - 1].text
    opened = line.rfind("](")
    return end + 1 if opened >= 0 and ")" not in line[opened + 2 :] else end


def _glued_over(flat: Sequence[OutlineNode], prose: list[bool], end: int) -> bool:
    """Prose right under the line before ``end``, no blank line between them."""
    return end < len(flat) and not flat[end - 1].blank_after and prose[end]


def _under_prose(
    flat: Sequence[OutlineNode], prose: list[bool], stamps: list[tuple[int, Stamp]]
) -> bool:
    """Most of the stamps stand right under prose, no blank line between (a body's last
    line, "… in the later release" over "Ann ( DATE )edit"), not under the controls
    that close the post before ("Report" over "Reply 13 - Posted by: Ann DATE")."""
    glued = sum(at > 0 and prose[at - 1] and not flat[at - 1].blank_after for at, _ in stamps)
    return 4 * glued >= 3 * len(stamps)


def _under_bodies(
    flat: Sequence[OutlineNode], prose: list[bool], stamps: list[tuple[int, Stamp]]
) -> bool:
    """`_under_prose`, where a body's last line may also be a prose line's end wrapped
    onto it (`_said`) and the poster's picture may stand between it and the stamp (w3m's
    "[avat]" over the name)."""
    glued = 0
    for at, _ in stamps:
        if at > 1 and not flat[at - 2].blank_after and _picture_piece(flat[at - 1].text):
            at -= 1  # (the picture over the name, the body's last line over it)
        glued += at > 0 and _said(flat, prose, at - 1) and not flat[at - 1].blank_after
    return 4 * glued >= 3 * len(stamps)


_RULED_LEAST = 3  # signatures each over a horizontal rule, at least


def _ruled_under(flat: Sequence[OutlineNode], found: list[tuple[int, Stamp]]) -> bool:
    """A horizontal rule right under (nearly) every stamp but perhaps the last, three at
    least, and no rule over the first stamp's own line ("NAME <address>" over "PLACE -
    DATE" over "━━━━": a guestbook's entry signed under its text, each closed by a rule;
    a time's zone wrapped onto a line of its own, "(CDT)", is the stamp's)."""
    if len(found) < _RULED_LEAST:
        return False
    ruled = 0
    for index, stamp in found:
        under = index + stamp.wrapped + 1
        if under < len(flat) and _ZONE_LINE.fullmatch(flat[under].text.strip()):
            under += 1
        ruled += under < len(flat) and _drawn_rule(flat[under])
    first = found[0][0]
    return 4 * ruled >= 3 * (len(found) - 1) + 3 and not (
        first > 0 and _drawn_rule(flat[first - 1])
    )


def _drawn_rule(node: OutlineNode) -> bool:
    """A horizontal rule as converters draw one (`shapes._rule_key`), not the line under
    a table's first row or a heading that html2text prints ("---", "---|---")."""
    text = node.text.strip()
    return _rule_key(node) is not None and text != "---" and "|" not in text


_ZONE_LINE = re.compile(r"\([A-Z]{2,5}\)")  # a time's zone alone on its line: "(CDT)"
_ADDRESS = re.compile(r" ?<[^<>\s@]+@[^<>\s]+>$")  # a poster's e-mail address after the name


def _signing_line_name(text: str) -> str:
    """The name of a signature's name line, its address left out ("Ann Lee <ann@…>")."""
    return _ADDRESS.sub("", L.plain(text)).strip()


def _signature_top(flat: Sequence[OutlineNode], prose: list[bool], index: int) -> int:
    """The first line of the signature whose date line is ``flat[index]``: the line over
    it where that line is the poster's name alone, perhaps with an address after it
    ("Ann Lee <ann@example.org>" over "Leeds, UK - May 3, 1998 at 10:12"); else the
    date line itself."""
    if index == 0 or prose[index - 1] or flat[index - 1].blank_after:
        return index
    name = _ADDRESS.sub("", L.plain(flat[index - 1].text))
    return index - 1 if name != L.plain(flat[index - 1].text) and is_name_like(name) else index


def _closes_above(flat: Sequence[OutlineNode], index: int) -> bool:
    """The stamp ``flat[index]`` stands apart from the line over it: a blank line
    between them, or that line ends a sentence (lynx glues a signature under the body;
    so do converters that print a block's lines with no blank between: "…かな？" over
    "Ann ｜ DATE")."""
    if index == 0 or flat[index - 1].blank_after:
        return True
    return L.plain(flat[index - 1].text).rstrip("\"'”’)」』")[-1:] in _SENTENCE_ENDS


_SENTENCE_ENDS = frozenset(".!?。！？")  # (the full-width marks of Chinese and Japanese)


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


_PAGER_OPENS = ("«", "‹", "<<", "←")
_PAGER_CLOSES = ("»", "›", ">>", "→")


def _signatures_label(flat: Sequence[OutlineNode], stamps: list[tuple[int, Stamp]]) -> str:
    """The words every signature prints before its author's name, the same on each
    ("posted by" of "posted by Ann at 7:10 PM on May 2"), casefolded; "" when they
    differ, a name opens a signature or the words are too short to tell a line by."""
    labels = set()
    for index, stamp in stamps:
        line = L.plain(flat[index].text)
        at = line.find(stamp.author) if stamp.author else -1
        labels.add(line[:at].strip().casefold() if at > 0 else "")
    label = labels.pop() if len(labels) == 1 else ""
    return label if len(label) >= _LABEL_LEAST else ""  # (not "by", "–": too common)


_LABEL_LEAST = 4  # characters of a signatures' label, at least


_PAGER_LINES = 3  # lines a pager may be wrapped onto, at most


def _pager_end(flat: Sequence[OutlineNode], at: int) -> int | None:
    """Where a pager that starts on line ``at`` ends (one past its last line): links to
    the posts before and after the page's own, opened and closed by arrows ("« Older
    Post's Title | Newer Post's Title »", perhaps wrapped onto the lines under it, no
    blank line between): the page's navigation. None where no pager starts there."""
    if not L.plain(flat[at].text).startswith(_PAGER_OPENS):
        return None
    for end in range(at, min(at + _PAGER_LINES, len(flat))):
        if L.plain(flat[end].text).endswith(_PAGER_CLOSES):
            return end + 1
        if flat[end].blank_after:
            break
    return None


def _closes_section(text: str) -> bool:
    """A line that closes a comment section: a comment form's title, a closed notice,
    a count, a Markdown heading."""
    return (
        _HEADING.match(text) is not None  # (not "#49, as you said": a reference)
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
    (`_paragraphs_back`), not over the section's heading. A stamp on a line the stamp
    before was wrapped onto is that one's."""
    kept: list[tuple[int, Stamp]] = []
    for index, stamp in stamps:
        if not kept or index > kept[-1][0] + kept[-1][1].wrapped:
            kept.append((index, stamp))
    stamps = kept
    ends = [index + stamp.wrapped + 1 for index, stamp in stamps]
    limits = [index for index, _ in stamps[1:]] + [len(flat)]
    controls: Counter[str] = Counter()
    for end, limit in zip(ends, limits, strict=True):
        controls.update({_name_key(flat[at].text) for at in _plain_run(prose, end, 1, limit)})
    template = {key for key, count in controls.items() if 2 * count >= len(stamps)}
    posts: list[Post] = []
    start = _paragraphs_back(flat, prose, stamps[0][0] - 1, 0)
    label = _signatures_label(flat, stamps)
    for at in range(stamps[0][0] - 1, start - 1, -1):
        if (  # (the section's heading glued over the body, a rule over the first entry,
            L.opens_comments(flat[at].text)  # or the article's own signature: "posted by
            or _drawn_rule(flat[at])  # Ann (8 comments total)", wrapped perhaps)
            or (label and L.plain(flat[at].text).casefold().startswith(label))
        ):
            start = at + 1
            while (  # (the signature's wrapped end, no prose: "a favorite")
                label
                and start < stamps[0][0]
                and not flat[start - 1].blank_after
                and not prose[start]
            ):
                start += 1
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
            and (
                _name_key(flat[stop].text) in template
                or _count_tail(flat[stop])
                or _counted_control(flat, stop, limit, template)
            )
        ):  # (a count under the signature: "[[46]3 favorites]")
            stop += 1
        top = _signature_top(flat, prose, index)  # ("Ann <ann@example.org>" over the date)
        if top < max(lead, start):
            top = index  # (no line of the post before: its stamp wrapped onto this one's)
        posts.append(
            Post(
                stamp=index,
                start=lead,
                author_line=top,
                author=_signing_line_name(flat[top].text) if top < index else stamp.author,
                date=stamp.date,
                number=stamp.number,
                header=[*range(lead, start), *range(top, end)],
                body_start=start,
                body_end=top if top >= start else index,
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
    elif posts and stamps[0][1].key[-1] == _NAMED_UNDER:  # (the name over the date)
        _names_over_dates(flat, posts)
    elif posts and stamps[0][1].key[-1] == _UNDER_BODY:  # (a date under each body)
        _named_over_bodies(flat, prose, posts)
        _replies_named_by_colon(flat, prose, posts)
    elif posts and stamps[0][1].author is None:  # (a bar closes each body: the name opens it)
        _named_above_bodies(flat, prose, posts)
    return posts


def _names_over_dates(flat: Sequence[OutlineNode], posts: list[Post]) -> None:
    """Posts signed by a name over a date under the body (`_names_under_bodies`): the
    name's line is the signature's, the poster's name, no line of the body."""
    for post in posts:
        line = post.stamp - 1
        post.author_line, post.author = line, _display(flat[line].text)
        post.header = sorted({*post.header, line})
        post.body_end = max(post.body_start, line)


_SIGNED_MARKS = " |·•-–—"  # what sets a signature's reply control apart from the name


def _control_words(texts: list[str]) -> int:
    """How many words every one of ``texts`` closes with alike, where they make a reply
    control and the marks before it, each text keeping a word of its own before them
    ("Ann Lee | reply" and "Bo Reyes | reply": 2, "Ann Antworten": 1); 0 where the
    shared words make no control (a surname: "Ann Lee" and "Bo Lee")."""
    words = [L.plain(text).casefold().split() for text in texts]
    shortest = min(len(split) for split in words)
    size = 0
    while size < shortest - 1 and len({split[-size - 1] for split in words}) == 1:
        size += 1
    shared = [word for word in words[0][len(words[0]) - size :] if word.strip(_SIGNED_MARKS)]
    return size if shared and L.is_reply_link(" ".join(shared)) else 0


def _signer(text: str, size: int) -> str | None:
    """The name a line signing a body prints before its control (its last ``size``
    words, `_control_words`), a place set apart after the name aside ("Ann Lee (Leeds)
    | reply", "Ann Lee, Leeds · Reply": "Ann Lee"); None where that is no name."""
    words = L.plain(text).split()
    head = " ".join(words[: len(words) - size]).rstrip(_SIGNED_MARKS)
    for mark in (" (", ", "):
        head = head.split(mark, 1)[0]
    return _display(head) if is_name_like(head) else None


def _signs(text: str, size: int, control: list[str]) -> bool:
    """``text`` closes with the ``control`` words (casefolded) after a name of its own
    (`_signer`); with no control (``size`` 0), it is a name alone."""
    words = L.plain(text).casefold().split()
    closes = size == 0 or (len(words) > size and words[-size:] == control)
    return closes and _signer(text, size) is not None


def _comments_open_over(flat: Sequence[OutlineNode], index: int) -> bool:
    """The line over ``index`` opens the comments (their count, "Comments (12)", or
    their heading): no poster's name."""
    text = flat[index - 1].text if index > 0 else ""
    return L.declared_count(text) is not None or L.opens_comments(text)


def _section_end(flat: Sequence[OutlineNode], prose: list[bool], at: int) -> bool:
    """No body stands under line ``at``: it is the page's last line, or the line under
    it is no prose."""
    return at + 1 >= len(flat) or not prose[at + 1]


def _last_signature(
    flat: Sequence[OutlineNode],
    prose: list[bool],
    posts: list[Post],
    size: int,
    control: list[str],
    constants: frozenset[str],
) -> int | None:
    """The line signing the last post's body (`_signs`), under its first line and within
    the longest of the other posts' reach (stamp to signature), with no body under it;
    with no control, the first name-like line that is no prose, template or heading."""
    last = posts[-1]
    reach = max(following.stamp - post.stamp for post, following in itertools.pairwise(posts))
    for at in range(last.body_start + 1, min(len(flat), last.stamp + reach + 1)):
        text = flat[at].text
        if size == 0 and (
            prose[at]
            or flat[at].marker is not None
            or _name_key(text) in constants
            or _closes_section(text)
            or L.opens_comments(text)
        ):
            continue
        if _signs(text, size, control):
            return at if _section_end(flat, prose, at) else None
    return None


def _signed_after_bodies(
    flat: Sequence[OutlineNode], prose: list[bool], posts: list[Post], constants: frozenset[str]
) -> None:
    """Posts each opened by its date and signed under its body, the name on a line with
    the reply control ("3/2/2024 9:12 AM", the body, "Ann Lee | reply" right over the
    next post's date): read as names over the dates, each post would take the name of
    the one before. The page's ends tell them apart: the first date has no name over
    it (no line that closes with the control, or only the comments' count or heading:
    "Comments (12)"), and under the last body the same line signs it with no body under
    it. Every line over a date but the first closes with one reply control ("| reply",
    "Antworten", perhaps after a place); with none (bare names, three posts at least),
    the count must stand right over the first date. Each post takes the line under
    its body: its name, in its header."""
    if len(posts) < 2 or any(post.author_line != post.stamp - 1 for post in posts[1:]):
        return
    lines = [post.stamp - 1 for post in posts[1:]]
    size = _control_words([flat[at].text for at in lines])
    control = L.plain(flat[lines[0]].text).casefold().split()[-size:] if size else []
    first = posts[0]
    if size == 0 and (len(posts) < _BARE_RUN or not _comments_open_over(flat, first.stamp)):
        return
    if first.author_line is not None and (
        size == 0 or _signs(flat[first.author_line].text, size, control)
    ):
        return
    if any(not _signs(flat[at].text, size, control) for at in lines):
        return
    end = _last_signature(flat, prose, posts, size, control, constants)
    if end is None or (size == 0 and len({_name_key(flat[at].text) for at in [*lines, end]}) < 2):
        return
    for number, (post, line) in enumerate(zip(posts, [*lines, end], strict=True)):
        post.start = post.stamp
        post.header = [*(at for at in post.header if post.stamp <= at < line), line]
        post.author_line, post.author = line, _signer(flat[line].text, size)
        last = number + 1 == len(posts)
        post.body_end = line if last else min(post.body_end, line)
        post.end = max(post.end, line + 1) if last else line + 1
        post.tail = [at for at in range(post.body_end, post.end) if at != line]
        post.replies = range(post.body_end, post.body_end)


_CARD_LABELS = 2  # field labels every card under a body prints, at least
_CARD_REACH = 24  # lines under the last post's body its card may end within
_CARD_LABEL = re.compile(r"(?:^|(?<=\s))([^\W\d_][\w.'-]{0,24}):(?=\s|$)")  # "Posts: ", "Contact:"


def _card_labels(flat: Sequence[OutlineNode], lines: Iterable[int]) -> dict[int, frozenset[str]]:
    """The lines among ``lines`` that are a profile's fields, each with its labels
    ("Posts: 38" -> posts, "Joined: 09 Oct 2023" -> joined, "Contact:" -> contact; the
    fields run on one line, "Posts: 38 Joined: 09 Oct 2023 Contact:", each)."""
    labels = {}
    for at in lines:
        text = L.plain(flat[at].text)
        if _FIELD_LINE.match(text):
            labels[at] = frozenset(label.casefold() for label in _CARD_LABEL.findall(text))
    return labels


def _card_anchor(labelled: dict[int, frozenset[str]], common: set[str], last: bool) -> int | None:
    """The first (or, ``last``, the last) line of a card holding one of the ``common``
    labels; None where none does."""
    lines = [at for at, labels in labelled.items() if labels & common]
    return (max(lines) if last else min(lines)) if lines else None


def _card_run(prose: list[bool], low: int, stamp: int) -> range:
    """The lines right over ``stamp`` that are no prose, down from ``low`` at most: where
    a profile card printed after the body before stands."""
    at = stamp
    while at > low and not prose[at - 1]:
        at -= 1
    return range(at, stamp)


_CARD_PICTURE = 2  # lines over a card's name and fields its picture's label may take
_CARD_WORDS = 3  # words of such a line ("Avatar de Usuario"), at most
_NAMED_LEAST = 3  # characters of a name a card and its post's header both print, at least
_CARD_SHARE = (2, 3)  # the share of the cards whose told name stands at one place, at least


def _card_name_place(
    flat: Sequence[OutlineNode],
    posts: list[Post],
    cards: list[dict[int, frozenset[str]]],
    common: set[str],
) -> tuple[bool, int] | None:
    """Where each card's name stands from the first (or last) line of its fields (the
    cards in ``cards`` each under the body of its post in ``posts``): the place of most
    of the names told over the stamps, or the place of the line each post's own header
    names ("Post by Ann » DATE" over the body, "Ann" in the card under it), in two
    thirds of the cards at least. None where no place is."""
    best: tuple[float, tuple[bool, int]] | None = None
    for last_label in (False, True):
        anchors = [_card_anchor(card, common, last_label) for card in cards]
        told = Counter(
            post.author_line - anchor
            for post, anchor in zip(posts[1:], anchors, strict=False)
            if post.author_line is not None and anchor is not None
        )
        for place, count in told.items():
            named = sum(
                anchor is not None and _named_in_header(flat, post, anchor + place)
                for post, anchor in zip(posts, anchors, strict=True)
            )
            share = max(count / (len(posts) - 1), named / len(posts))
            if share * _CARD_SHARE[1] >= _CARD_SHARE[0] and (best is None or share > best[0]):
                best = (share, (last_label, place))
    return None if best is None else best[1]


def _named_in_header(flat: Sequence[OutlineNode], post: Post, line: int) -> bool:
    """Line ``line`` (of a card) names the poster its post's header names, from the stamp
    down to the body ("Post by Ann » DATE": "Ann")."""
    if not 0 <= line < len(flat):
        return False
    name = L.plain(flat[line].text).casefold()
    header = " ".join(L.plain(flat[at].text) for at in range(post.stamp, post.body_start))
    return len(name) >= _NAMED_LEAST and name in header.casefold()


def _carded_after_bodies(flat: Sequence[OutlineNode], prose: list[bool], posts: list[Post]) -> None:
    """Posts whose profile card is printed after the body (a style's right-hand column
    that comes last in the page's order): "#2", the header bar ("Post by Ann » DATE"),
    the body, then "Ann / Member / Posts: 38 / Joined: DATE / Contact:" over the next
    stamp. Read as names over the stamps, each post would take the name of the one
    before, and the first the pager's last word ("Next"). The page's ends tell them
    apart: the lines over every stamp but the first hold the same profile fields (two
    labels at least, their values not the same in every card: the posters') with the
    name read at one place from them, those over the first hold none, and the same
    fields stand under the last body with a line at that place.
    Each post then takes the card under its body: its name, in its header."""
    if len(posts) < _BARE_RUN or any(
        post.author_line is None or not post.start <= post.author_line < post.stamp
        for post in posts[1:]
    ):
        return
    runs = [
        _card_run(prose, max(before.body_start + 1, post.stamp - 2 * _MAX_BLOCK), post.stamp)
        for before, post in itertools.pairwise(posts)
    ]
    cards = [_card_labels(flat, run) for run in runs]
    common = set.intersection(*(set().union(*card.values()) for card in cards))
    first = posts[0]
    over_first = _card_run(prose, max(0, first.stamp - 2 * _MAX_BLOCK), first.stamp)
    if len(common) < _CARD_LABELS or common & set().union(*_card_labels(flat, over_first).values()):
        return  # (a card over the first stamp too: the cards head their posts)
    if len({tuple(L.plain(flat[at].text) for at in card) for card in cards}) < 2:
        return  # (the same fields in every card tell no poster: a subject, "Re: Topic: …")
    last = posts[-1]
    reach = range(last.body_start + 1, min(len(flat), last.body_end + _CARD_REACH))
    labelled = _card_labels(flat, (at for at in reach if not prose[at]))
    if not common <= set().union(*labelled.values()):
        return
    low = min(at for at, labels in labelled.items() if labels & common)
    cards.append({at: labels for at, labels in labelled.items() if low <= at < low + _MAX_BLOCK})
    offset = _card_name_place(flat, posts, cards, common)
    if offset is None:
        return
    lines = []
    for card in cards:  # (each card's name at that place, the one told or not)
        anchor = _card_anchor(card, common, offset[0])
        line = -1 if anchor is None else anchor + offset[1]
        if not 0 <= line < len(flat) or prose[line] or not L.plain(flat[line].text):
            return
        lines.append(line)
    if not last.body_start < lines[-1] or not is_name_like(L.plain(flat[lines[-1]].text)):
        return  # (the last card names a poster: not a footer's "All times are ET" under
        # a board's post-count lines, "Posts: 15 | IP: Logged", under each body)
    tops, ends = [], []
    for card, line in zip(cards, lines, strict=True):
        top = min(line, *card)
        floor = top - _CARD_PICTURE
        while top > floor and not prose[top - 1] and len(flat[top - 1].text.split()) <= _CARD_WORDS:
            top -= 1  # (the picture's label over the name: "Avatar")
        tops.append(top)
        ends.append(max(line, *card) + 1)
    if first.author_line is not None and first.author_line < first.stamp:
        first.start = max(first.start, first.author_line + 1)  # (the pager's word: no name)
    first.header = [at for at in first.header if at >= first.start]
    for number, post in enumerate(posts):
        top, end = tops[number], ends[number]
        if number + 1 < len(posts):
            following = posts[number + 1]
            following.start = end
            following.header = [at for at in following.header if at >= end]
        post.author_line, post.author = lines[number], _display(flat[lines[number]].text)
        post.header = sorted({*(at for at in post.header if at < top), *range(top, end)})
        post.body_end = min(post.body_end, top)
        post.end = max(post.end, end) if number + 1 == len(posts) else end
        post.tail = [at for at in range(post.body_end, post.end) if at not in post.header]
        post.replies = range(post.body_end, post.body_end)


def _named_above_bodies(flat: Sequence[OutlineNode], prose: list[bool], posts: list[Post]) -> None:
    """Posts whose closing stamp names no one (a bar of controls with the age, "Like ·
    Reply · 48 · 5y"): each body has a short header block right over it, the name on
    its first line, perhaps over a line about the poster ("Works at …"); lines between
    the bar before and that block ("View 2 more replies") are its header too."""
    bodies = []
    controls = _block_controls(flat, posts)
    for number, post in enumerate(posts):
        low = posts[number - 1].end if number else 0  # (past its stamp's wrapped lines)
        body = post.body_start  # (a linked picture, long by its targets, is no body's)
        while body < post.stamp and not _body_line(flat, prose, body):
            body += 1
        control = _control_over_body(flat, controls, low if number else post.body_start, body)
        if control is not None:  # (the header block runs to a control over every body,
            body = control + 1  # "收起": a name's line over it is no body's, prose or not)
            while body < post.stamp and not _body_line(flat, prose, body):
                body += 1
        if body >= post.stamp and post.stamp - 1 > (low if number else post.body_start):
            body = post.stamp - 1  # (no prose: a short body, the line right over the bar)
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
            (i, *_reply_tail(_before_motto(text)))  # (perhaps "In reply to NAME" after the name)
            for i, text in _unwrapped_block(flat, top, body)
            if (not prose[i] or _over_control(flat, controls, i, body))
            and _name_key(text) not in controls
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


_CONTROL_REACH = 4  # lines over a body a control closing its header block stands within
_CONTROL_BLOCK = 8  # lines of a post's top its header block's controls are looked for in
_CONTROL_SHARE = 2 / 3  # the share of the posts whose header blocks print the control
_MOTTO = "，"  # what closes a name before its poster's line about themselves ("Ann，a cook")


def _block_controls(flat: Sequence[OutlineNode], posts: list[Post]) -> frozenset[str]:
    """The lines (as name keys) the header blocks over most bodies print alike
    (`authors._constants`, two thirds of them): a control each post prints under its
    name ("收起", "Follow"), no name."""
    blocks = []
    for number, post in enumerate(posts):
        low = posts[number - 1].end if number else post.body_start
        top = max(low, post.body_start - _CONTROL_REACH)
        blocks.append(list(range(top, min(post.stamp, low + _CONTROL_BLOCK))))
    return _constants(flat, blocks, _CONTROL_SHARE) - {""}


def _control_over_body(
    flat: Sequence[OutlineNode], controls: frozenset[str], low: int, body: int
) -> int | None:
    """The last line of ``controls`` among the few lines from ``low`` (the post's first)
    to its body's first line and one line past it (a name's line read as prose opened
    the body), where it stands no further than `_CONTROL_REACH` lines from ``low``."""
    found = None
    for at in range(low, min(body + 2, low + _CONTROL_REACH, len(flat))):
        if _name_key(flat[at].text) in controls:
            found = at
    return found


def _over_control(
    flat: Sequence[OutlineNode], controls: frozenset[str], at: int, body: int
) -> bool:
    """Line ``at`` stands over a control line of the block before ``body``."""
    return any(_name_key(flat[i].text) in controls for i in range(at + 1, body))


def _before_motto(text: str) -> str:
    """A name line's text before the poster's line about themselves ("Ann，a cook":
    "Ann"), where a full-width comma closes a name; else the text."""
    name, mark, _ = text.partition(_MOTTO)
    return name.strip() if mark and is_name_like(name.strip()) else text


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


_GLUED_NUMBER = re.compile(r"^[0-9]{1,4} ?(?=[^\W\d_])")  # "1Lena Fisk": its number in its thread


def _unnumber_authors(posts: list[Post]) -> None:
    """The authors without the number before (nearly) every one of them ("1Ann", "2 Bob
    Lee": each comment's number in its thread, printed against the name)."""
    glued = [(post, match) for post in posts if (match := _GLUED_NUMBER.match(post.author or ""))]
    if len(glued) < _BARE_RUN or 4 * len(glued) < 3 * len(posts):
        return
    for post, match in glued:
        post.author = (post.author or "")[match.end() :]


_COUNT_LINE = re.compile(r"^([0-9]{1,6}) [^\W\d_]{2,20}:?$")  # "3 Answers", "2 Answers:"


def _running_count(flags: list[bool]) -> list[int]:
    """counts[i]: how many flags are set before index i."""
    return list(itertools.accumulate(flags, initial=0))


def _run_after(
    flat: Sequence[OutlineNode],
    prose: list[bool],
    stamps: list[tuple[int, Stamp]],
    n: int,
    most: int,
) -> list[int]:
    """The short lines after stamp ``n``, up to ``most``, the next stamp or prose. A post
    number over its header line (`templates._numbered_headers`) was read over the lines
    down to it, a title's prose too: those, then up to ``most`` list items, a bar of
    controls (the body may open on a short line)."""
    index, stamp = stamps[n]
    following = stamps[n + 1][0] if n + 1 < len(stamps) else len(flat)
    if stamp.named_at is None:
        after: list[int] = []
        at = index + 1
    else:
        after = list(range(index + 1, min(following, index + 1 + stamp.wrapped)))
        at = index + 1 + len(after)
    stop = min(following, at + most)
    while at < stop and not prose[at] and (stamp.named_at is None or flat[at].marker is not None):
        after.append(at)
        at += 1
    return after


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
        if key[0] == "date" and _worded(found[0][1]) and not _edit_key(key):
            for index, stamp in found:  # (not "edited DATE": the mark of an edit)
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


def _beside_posts(
    flat: Sequence[OutlineNode],
    prose: list[bool],
    stamps: list[tuple[int, Stamp]],
    constants: frozenset[str],
) -> tuple[int, list[Post]] | None:
    """The posts of stamps over a table row that prints the poster's cell beside the
    body's first line ("#3" over "Mar 5, 2024" over "Ann Lee <gap> I bought one …",
    w3m or inscriptis; `_names_beside`): the name is the author, the body starts at
    its cell, on that row (the profile's lines under the name run on beside the body's
    and stay in it). None where most stamps have no such row."""
    beside = _names_beside(flat, stamps, constants)
    if not beside:
        return None
    posts: list[Post] = []
    low = -1  # (the last body's first line: a date over a stamp stands after it)
    for number, (index, stamp) in enumerate(stamps):
        if number not in beside:
            after = _run_after(flat, prose, stamps, number, _MAX_BLOCK)
            posts.append(_read_post(flat, index, stamp, [], after, (None, None)))
        else:
            line, name, cut = beside[number]
            between = list(range(index + 1, line))  # (the stamp's date under it)
            post = _read_post(flat, index, stamp, [], [*between, line], (line, name))
            post.body_start, post.glued = line, cut  # (the name's cell, then the body's)
            post.date = stamp.date or _nearest_date(flat, index, [index, *between])
            posts.append(post)
        over = index - 1  # the stamp's date over it ("03-03-2024" over "#2"): its header's
        if posts[-1].date is None and over > low and is_date_line(L.plain(flat[over].text)):
            posts[-1].start, posts[-1].date = over, L.plain(flat[over].text)
            posts[-1].header.insert(0, over)
        low = posts[-1].body_start
    _bodies(flat, prose, posts, constants)
    return len(beside), posts


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
        if posts and any(L.is_form_title(flat[at].text) for at in range(previous, index)):
            break  # (the form to post in under the last post: the stamps under it sign
            # another list's lines, the titles of the site's "Recent activity")
        signature = [*(block or over(index, previous)), index]
        previous = index + 1
        for at in after:  # up to a reply; up to the name read under the stamp, a line
            # indented deeper is the signature's all the same (lynx may indent an avatar's
            # alternative text under its link's number): the name stays in the signature
            if itemised[at] or (flat[at].column > base and (line is None or at > line)):
                break
            signature.append(at)
        if (meta := worded_signature(flat[index].text)) is not None:
            line, name = index, meta[0]  # ("answered DATE by Ann": the name on its line)
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
        column = max(  # (a converter that indents all under an empty list, the next
            flat[post.stamp].column,  # post's body and signature among them: that
            flat[following.stamp].column if following is not None else base,  # column is
        )  # no reply's)
        while replies_end < limit and (itemised[replies_end] or flat[replies_end].column > column):
            replies_end += 1
        if replies_end == at:  # no replies as list items: perhaps as signed paragraphs
            at = post.header[-1] + 1
            post.signed_replies, replies_end = _signed_replies(flat, prose, at, limit)
        elif not any(itemised[at:replies_end]):  # indented, no list items: signed ones
            signed, signed_end = _signed_replies(flat, prose, at, limit)
            if signed:  # (each signature perhaps at the post's column: inscriptis)
                post.signed_replies, replies_end = signed, max(replies_end, signed_end)
        elif all(_score_line(flat[i].text) for i in range(at, replies_end)):
            signed, signed_end = _signed_replies(flat, prose, at, limit)
            if signed:  # (each reply's score as a list item, its text under it at the
                post.signed_replies, replies_end = signed, signed_end  # post's column)
        post.replies = range(at, replies_end)
        if not post.signed_replies:  # (list items each signed at its end, no line under
            post.signed_replies = _signed_items(flat, post.replies)  # them: replies too)
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


def _signed_items(flat: Sequence[OutlineNode], replies: range) -> list[SignedReply]:
    """The list items among a post's replies that are each a reply whole on their line,
    signed at its end ("• Worth a try, thanks. – Ann Lee 7 mars 2024 à 19:22": no score
    or body under it, `signature_tail`): replies signed as the plain ones are."""
    found: list[SignedReply] = []
    for at in replies:
        node = flat[at]
        if node.marker is None:
            continue
        under = flat[at + 1] if at + 1 < replies.stop else None
        if under is not None and under.marker is None and under.column > node.column:
            continue  # (lines under it: an item thread's comment, read as such)
        signed = signature_tail(node.text)
        if signed is not None and signed[0] is not None:
            found.append(SignedReply(at, at + 1, signed[0], signed[1]))
    return found


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
    the nearest stamp over them that is no reply's signature; where no replies stand
    under it, the nearest meta line over them that signs the opening post as the
    others sign theirs ("demandé le DATE par Ann" over its replies, each "… – Bo
    DATE", over "répondu le DATE par Cy": `worded_signature`)."""
    low = end - 1
    while (
        low >= 0
        and not _opening_meta(flat, low)
        and (
            prose[low]
            or (stamp := read_stamp(flat[low])) is None
            or stamp.date is None  # (a score: a bare number)
            or signature_line(flat[low].text) is not None
            or signature_tail(flat[low].text) is not None
        )
    ):
        low -= 1
    made = _signed_from(flat, prose, itemised, low, end) if low >= 0 else []
    if made:
        return made
    worded = end - 1
    while worded > max(low, end - 1 - _SIGNED_SEARCH) and (
        worded_signature(flat[worded].text) is None
    ):
        worded -= 1
    return _signed_from(flat, prose, itemised, worded, end) if worded > max(low, 0) else []


def _signed_from(
    flat: Sequence[OutlineNode], prose: list[bool], itemised: list[bool], low: int, end: int
) -> list[Post]:
    """`_signed_over`: the replies signed at their ends under the opening post's
    signature ``flat[low]``, up to the first signed post's body (``end``)."""
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
        if counted == end and any(prose[i] for i in range(stop, end)):
            return []  # (a count over the answers: a notice over it is the question's,
            # "The question has been closed for the following reason …")
        return _top_replies(replies, end)
    items = _signed_items(flat, range(low + 1, min(end, low + 1 + _SIGNED_SEARCH)))
    return _top_replies(items, end)  # (or list items, each a reply whole on its line)


def _top_replies(replies: list[SignedReply], end: int) -> list[Post]:
    """The opening post's replies (`_signed_over`) as posts at the top level, each up to
    the next one, the last up to the first signed post's body (``end``)."""
    if not replies:
        return []
    return [
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
            end=following.start if following is not None else end,
            tail=list(range(reply.end, following.start if following is not None else end)),
            depth=0,
            closing=True,
        )  # (a tail: the next one's vote count; the last one's, the controls, the
        for reply, following in zip(replies, [*replies[1:], None], strict=True)
    ]  # count of the answers and their sort controls)


def _opening_meta(flat: Sequence[OutlineNode], at: int) -> bool:
    """``flat[at]`` is the opening post's meta line, alone or wrapped onto the next line
    ("asked Mar 5, 2024 in Topic by" over "Ann (1.4k points)"): its date, the place it
    was posted in and its poster (`worded_signature`)."""
    if worded_signature(flat[at].text, placed=True) is not None:
        return True
    if at + 1 >= len(flat) or flat[at].blank_after:
        return False
    joined = f"{L.plain(flat[at].text)} {L.plain(flat[at + 1].text)}"
    return worded_signature(joined, placed=True) is not None


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
    stamped = start  # (where the walk above met a stamp: no line under it reads as one)
    if stamped > 0 and flat[stamped - 1].marker is None and _score_line(flat[stamped - 1].text):
        return stamped  # (a score over the body, "27": the body opens under it, a list in
        # it and all; not a count in a list, "• 742" under "Upvote": the page's)
    start = end  # (no count: the body runs back to a list or to that stamp)
    while start > stamped and not itemised[start - 1]:
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
            found = _reply_end(flat, prose, first, limit)
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
    flat: Sequence[OutlineNode], prose: list[bool], first: int, limit: int
) -> tuple[int, str | None, str] | None:
    """The paragraph from ``flat[first]`` on (plain lines at its column, no blank line
    between) up to the line its signature closes: that line's index, and the signed
    name and date (None: no signature closes it within `_REPLY_LINES` lines). A
    signature's time wrapped onto the next line ("… Sep 8 '10 at" over "6:28") is
    read with it."""
    if _score_line(flat[first].text):
        return None  # (a reply's score over it, glued under the signature before)
    column = flat[first].column
    last = first
    while last < limit and last - first < _REPLY_LINES:
        node = flat[last]
        if node.marker is not None or node.column != column:
            return None
        signed = signature_tail(" ".join(n.text for n in flat[max(first, last - 3) : last + 1]))
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
        if node.blank_after and not (prose[last] and _paragraph_after(flat, last, limit)):
            return None
        last += 1
    return None


def _paragraph_after(flat: Sequence[OutlineNode], last: int, limit: int) -> bool:
    """The line under ``last`` (a line of prose), past a blank line, goes on with the
    same reply: a plain line at its column that stamps nothing and is no score (a reply
    of several paragraphs is signed under its last one)."""
    under = last + 1
    if under >= limit:
        return False
    node = flat[under]
    return (
        node.marker is None
        and node.column == flat[last].column
        and not _score_line(node.text)
        and read_stamp(node) is None
    )


# A signature on a line of its own: a date in parentheses before or after the name
# ("(14 Mar '13, 16:12) Ann", "Ann ( 2016-03-14 15:02:44 +0100 )")
_DATE_THEN_NAME = re.compile(r"^\( ?([^()]{4,48}?) ?\) (\S[^()]{0,40})$")
_NAME_THEN_DATE = re.compile(r"^(\S[^()]{0,40}?) \( ?([^()]{4,48}?) ?\)$")
_OFFSET = re.compile(r"^(?:[+−-][0-9]{2}:?[0-9]{2}|[A-Z]{2,5}(?:[+−-][0-9]{1,2})?)$")
_DATED_FULLY = re.compile(r"[0-9]:[0-5][0-9]|[0-9]{4}|['’][0-9]{2}\b")  # a time or a year


# A meta line under a post's body: a verb, its date, then "by" and the name, the poster's
# points in parentheses perhaps after it ("commented Mar 6 by Ann Lee (310 points)"); in
# other languages the word their dates take after the verb and their "by" ("répondu le 5
# mars 2024 par Ann", "beantwortet am 5. März 2024 von Ann")
_ARTICLE = "(?:" + "|".join(sorted(DATE_ARTICLES)) + ")"
_WORDED_BY = re.compile(
    rf"^([^\W\d_]{{3,15}}) (?:{_ARTICLE} )?(\S.{{2,30}}?) {L.BY_WORD} "
    r"(\S[^()]{0,40}?)(?: ?\([^()]{1,24}\))?$"
)
_SPACED_BY = re.compile(rf" {L.BY_WORD} ")  # "by" (or its word) between two words


# The opening post's meta line, the place it was posted in between its date and "by"
# ("asked Mar 5, 2024 in Networking by Ann Lee (1.4k points)")
_WORDED_IN_BY = re.compile(
    r"^([^\W\d_]{3,15}) (\S.{2,30}?) in (\S[^()]{0,60}?) by (\S[^()]{0,40}?)"
    r"(?: ?\([^()]{1,24}\))?$"
)


def worded_signature(text: str, placed: bool = False) -> tuple[str, str] | None:
    """The name and date of a meta line that signs the body over it (`_WORDED_BY`): one
    word before a date that fills the words between it and "by", a name after "by"
    ("answered Mar 5, 2024 by Ann Lee (8.9k points)": "Ann Lee", "Mar 5, 2024"); with
    ``placed``, the opening post's, the place it was posted in before "by" ("asked
    DATE in Topic by Ann", `_WORDED_IN_BY`). None for any other line."""
    line = L.plain(text)
    match = _WORDED_IN_BY.match(line) if placed else _WORDED_BY.match(line)
    if match is None:
        return None
    date, name = match.group(2), match.group(match.lastindex or 0).strip()
    found = find_date(date)
    if found is None or found.start() != 0 or date_extent(date, found) != len(date):
        return None
    return (_display(name) or name, date) if is_name_like(name) else None


def signature_line(text: str) -> tuple[str | None, str] | None:
    """The name and date of a line that is a signature alone, its date in parentheses
    before or after the name ("(14 Mar '13, 16:12) Ann", "Ann Lee ( 2016-03-14 15:02:44
    +0100 )"), or a meta line of a word, the date and "by NAME" (`worded_signature`):
    the whole parenthesis a date with its time or year (perhaps its zone's offset after
    it), the rest a name. None for any other line."""
    line = L.plain(text)
    if not line:
        return None
    if (line[-1] != ")" and line[0] != "(") or _SPACED_BY.search(line):
        return worded_signature(line)
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
    """A short line that holds a time and no word ("6:28", "'10 at 14:25"), or a time
    and the words a date reads around it (`dates.is_time_tail`: "เวลา 14:51 น."): the
    end of a signature's date, wrapped onto a line of its own."""
    if ":" not in text or DIGIT.search(text) is None:
        return False
    return (len(text) <= _TIME_TAIL and _wordless(text)) or (
        len(text) <= 2 * _TIME_TAIL and is_time_tail(L.plain(text))
    )


def signature_tail(text: str) -> tuple[str | None, str] | None:
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
# what a signature prints between its name and its date besides links in parentheses:
# links in brackets ("LPLT [discu]"), after bars ("DH | 2¢ |", "Bokken | 木刀"), symbols
# ("Mogador ✉", "Jmex (♫)", a superscript's "^")
_DECORATION = re.compile(
    r"(?:\s*(?:\[[^\[\]]{1,20}\]|\|[^|]{0,24}|\([^\w\s]{1,3}\)|[^\w\s.!?)\]\"”'’:;,-]{1,3}))+$"
)
_NAME_BOUND = re.compile(  # (or a sentence's end glued to a capitalised name: "awesome.Ann")
    r"(?:[.!?:;)\]\"”](?= )|--|—|–| - |(?<=[a-z][.!?])(?=[A-Z][a-z]))"
)
# A name's links closed right before a time ("(talk) 06:34"); a time's minutes right before
# a zone ("12:17 (CET)": the digit before the colon is checked apart). Each is led by a
# literal, which the regex engine looks for quickly (an alternation led by a digit class
# is tried at every character: eight times slower over a page).
_LINKS_BEFORE_TIME = re.compile(r"\)\s{1,3}[0-9]{1,2}:[0-5][0-9]")
_MINUTES_BEFORE_ZONE = re.compile(r":[0-5][0-9]\s{0,3}\([A-Z]{2,5}")
_ZONE_MARK = re.compile(r"\([A-Z]{2,5}\)")
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
    a time right before a zone ("12:17 (CET)"), or a year ("2008 (UTC)"). A few searches
    of the text, far cheaper than reading every line's end."""
    if _LINKS_BEFORE_TIME.search(text) is not None:
        return True
    if any(
        mark.start() > 0 and text[mark.start() - 1].isdigit()
        for mark in _MINUTES_BEFORE_ZONE.finditer(text)
    ):
        return True
    for mark in _ZONE_MARK.finditer(text):  # (or a year right before a zone: "17:54, 24
        year = text[max(0, mark.start() - 5) : mark.start()].rstrip()[-4:]  # August 2008
        if len(year) == 4 and year.isdigit():  # (UTC)")
            return True
    return False


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
    if line[-2:] == "))" and line.rfind("(", 0, line.rfind("(")) >= 0:
        line = line[:-1]  # (a template's note around it: "(unsigned … by Ann (talk) DATE)")
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
    before = _DECORATION.sub("", before) or before
    name = _signing_name(before, bounded=links is None)
    if name is None:
        return None
    return name, stamp, links is not None


def _nameless_close(text: str) -> str | None:
    """The date a line closes with where a poster signs with the date alone: a time, a
    date and a zone in parentheses, nothing after them ("… Protocol") 01:07, 13 March
    2012 (MST)"); None otherwise. Read only on a page whose other paragraphs close with
    signatures that name their posters (`_signed_paragraphs`)."""
    line = L.plain(text[-3 * _SIGNED_TAIL :])[-_SIGNED_TAIL:]
    zone = _ZONE_TAIL.search(line)
    if zone is None:
        return None
    rest = line[: zone.start()]
    offset = max(0, len(rest) - _DATE_REACH)
    date = find_date(rest[offset:])
    if date is None or rest[offset + date.end() :].strip():
        return None
    clock = _CLOCK.search(rest[: offset + date.start()])
    if clock is None:
        return None
    return f"{clock.group(1)}, {rest[offset + date.start() :].strip()}"


def _signing_name(before: str, bounded: bool) -> str | None:
    """The name that closes ``before`` (the text in front of a signature's date): the
    words after the last sentence end or dash, when they read as a name and some body
    stands before them (a word where links follow the name, else three); where not
    ``bounded`` (links follow the name) and no such end is near, the capitalised words
    that close it (two at most: "… thanks Bob Stone"), else the last word."""
    cuts = list(_NAME_BOUND.finditer(before, max(0, len(before) - 45)))
    cut = cuts[-1].end() if cuts else -1
    name = before[cut:].strip(" -–—~") if cut >= 0 else ""
    # the words after a comma, where they read as a name ("… Kind regards, Ann Lee (talk)
    # DATE", "Un cordial saludo, Cuatro Remos (discusión) DATE")
    comma = before.rfind(", ", max(cut, len(before) - 45, 0))
    tail = _unled(before[comma + 2 :].strip()) if comma >= 0 else ""
    if tail and is_name_like(tail) and len(tail.split()) <= _SIGNED_NAME_WORDS:
        name, cut = tail, comma + 2
    if not (name and is_name_like(name)):
        if bounded:
            return None
        name = _capitalised_close(before)
        cut = len(before) - len(name)
        if not (name and (is_name_like(name) or _IP_ADDRESS.fullmatch(name))):
            return None  # (an address names a poster who signed in with none: a wiki's
            # "Preceding unsigned comment added by 203.0.113.7 (talk) DATE")
    body = len(before[:cut].split())  # (a vote, "Support. Ann (talk) …", is a body; a
    # signature with its links alone on a line closes the paragraphs over it)
    return name if body >= (3 if bounded else 0) else None


_SIGNED_NAME_WORDS = 3  # the words of a name read after a comma before its links
_CLOSING_NAME_WORDS = 2  # the capitalised words closing a text read as a name, at most


def _unled(tail: str) -> str:
    """A comma's tail without the small words that lead a capitalised name ("thanks Bob
    Stone": "Bob Stone"); a name of small letters stays whole ("yak rider")."""
    words = tail.split()
    lead = next((at for at, word in enumerate(words) if word[:1].isupper()), 0)
    return " ".join(words[lead:]) if lead else tail


def _capitalised_close(before: str) -> str:
    """The name a text closes with right before its signer's links, where nothing sets
    it apart: its last words that open with a capital and read as a name together, two
    at most ("Looks fine to me now Bob Stone"), else its last word ("… fixed it
    yak_rider")."""
    words = before.split()
    for size in range(min(_CLOSING_NAME_WORDS, len(words) - 1), 1, -1):
        closing = words[-size:]
        if all(word[:1].isupper() for word in closing) and is_name_like(" ".join(closing)):
            return before[before.rindex(closing[0]) :].strip()
    return words[-1] if words else ""


# an IP address, version 4 or 6 ("203.0.113.7", "2001:db8:3f::4a")
# (version 6 with "::" or a letter: a time, "12:30:45", is none)
_IP_ADDRESS = re.compile(
    r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}"
    r"|(?=[0-9:]*(?:::|[a-fA-F]))(?:[0-9a-fA-F]{0,4}:){2,7}[0-9a-fA-F]{0,4}"
)


def _signed_paragraphs(flat: Sequence[OutlineNode], prose: list[bool]) -> list[Post]:
    """Posts printed as paragraphs each closed by its author's signature with no header
    over them (`closing_signature`: "… Ann (talk) 06:34, 3 March 2024 (UTC)"), where
    such paragraphs repeat down the page (`_SIGNED_PARAGRAPHS` with the name's links,
    else `_SIGNED_BARE`). A post runs back from its signature to the post before, or
    to a short line set apart (a section's heading); its depth follows its first
    line's column (`_column_depths`: a reply is printed indented under the post)."""
    found: list[tuple[int, str | None, str]] = []
    nameless: list[tuple[int, str | None, str]] = []  # (a time, a date and a zone alone)
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
        elif (unsigned := _nameless_close(flat[index].text)) is not None:
            nameless.append((index, None, unsigned))
    if linked < _SIGNED_PARAGRAPHS and len(found) < _SIGNED_BARE:
        return []
    if nameless:  # (a post whose poster signed with the date alone: "… 01:07, 13 March
        found = sorted(found + nameless)  # 2012 (MST)", among signed ones)
    posts: list[Post] = []
    low = 0
    for index, author, date in found:
        start = _paragraphs_back(flat, prose, index, low, lists=True)
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


_PLACED_LEAST = 5  # paragraphs closed by a name and a place, at least
_PLACED_NAMES = 3  # different names among them, at least
_PLACED_LENGTH = 80  # characters of a signature with a place, at most
_PLACE_WORDS = 5  # words of each part of it, at most
_PULL_REACH = 6  # lines between a pull quote's signature and its post's own, at most


def _placed_posts(flat: Sequence[OutlineNode], prose: list[bool]) -> list[Post]:
    """Posts printed as paragraphs each closed by a line of the poster's name and place
    (`_placed_signature`: "Mara, Kisumu", "Kenji Mori, Osaka, Japan") glued under
    their last line, where such paragraphs repeat down the page (`_PLACED_LEAST`, of
    `_PLACED_NAMES` names at least): readers' letters, a news site's comments. The line
    is the post's author as printed; the first post is the paragraph it closes, the
    others run back to the post before. A sentence lifted out of a post as a pull quote,
    signed as that post is right over it, is no post: the post starts under it."""
    found = [i for i in range(1, len(flat)) if _placed_signature(flat, prose, i)]
    if len(found) < _PLACED_LEAST:
        return []
    copies = {  # (a pull quote's signature: the same line signs the post under it)
        i
        for n, i in enumerate(found[:-1])
        if found[n + 1] - i <= _PULL_REACH
        and _placed_text(flat[found[n + 1]]) == _placed_text(flat[i])
    }
    kept = [i for i in found if i not in copies]
    names = {_placed_text(flat[i]).split(",", 1)[0].strip() for i in kept}
    if len(kept) < _PLACED_LEAST or len(names) < _PLACED_NAMES:
        return []
    posts: list[Post] = []
    low = 0
    for index in kept:
        signature = _placed_text(flat[index])
        low = max(  # (under the pull quote's signature, if any)
            [low, *(at + 1 for at in range(low, index) if _placed_text(flat[at]) == signature)]
        )
        if posts:
            start = _paragraphs_back(flat, prose, index - 1, low)
        else:  # (the first: its paragraph alone, the page's text over it)
            start = index - 1
            while start > 0 and not flat[start - 1].blank_after:
                start -= 1
        if start >= index or start < low:
            continue  # (a signature right under another one: no body of its own)
        posts.append(
            Post(
                stamp=index,
                start=start,
                author_line=index,
                author=_placed_text(flat[index]),
                date=None,
                number=None,
                header=[index],
                body_start=start,
                body_end=index,
                replies=range(index + 1, index + 1),
                end=index + 1,
                closing=True,
            )
        )
        low = index + 1
    for post, following in itertools.pairwise(posts):  # (pull quotes between: the tail)
        post.tail, post.end = list(range(post.end, following.start)), following.start
    return posts


def _placed_signature(flat: Sequence[OutlineNode], prose: list[bool], index: int) -> bool:
    """Line ``index`` is a name and a place glued under prose (`_glued_prose`): a plain short
    line, no prose, of two to four parts set apart by commas, the first a name, each of
    a few words; no digit, no sentence's end."""
    node = flat[index]
    text = node.text
    if ", " not in text or len(text) > _PLACED_LENGTH or prose[index] or node.marker is not None:
        return False
    if flat[index - 1].blank_after or not _glued_prose(flat, prose, index - 1):
        return False
    line = _placed_text(node)
    parts = [part.strip() for part in line.split(",")]
    if not 2 <= len(parts) <= 4 or line[-1:] in ".!?:;" or any(ch.isdigit() for ch in line):
        return False
    if any(not part or len(part.split()) > _PLACE_WORDS for part in parts):
        return False
    return is_name_like(parts[0]) and parts[0][0].isupper()


def _placed_text(node: OutlineNode) -> str:
    """A name and place line's text as shown, without its emphasis ("**_Ann, Leeds_**")."""
    return L.plain(node.text).strip(" *_")


def _glued_prose(flat: Sequence[OutlineNode], prose: list[bool], last: int) -> bool:
    """The paragraph closed by line ``last`` (the lines over it with no blank line
    between, `_SIGNED_LINES` of them at most) holds prose: a short last line of a
    paragraph the converter wrapped at its width is the paragraph's."""
    first = last
    while first > 0 and last - first < _SIGNED_LINES and not flat[first - 1].blank_after:
        first -= 1
    return any(prose[first : last + 1])


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


def _paragraphs_back(
    flat: Sequence[OutlineNode], prose: list[bool], at: int, low: int, lists: bool = False
) -> int:
    """Where the body closed at ``at`` starts: back over its lines to ``low`` (the post
    before), stopping under a paragraph with no prose (a heading, a control) but for a
    block of code ("<timetable season="winter" />", "{{Template}}") with prose over it,
    which is the body's (a signature alone on its line under the code it shows), and,
    where ``lists`` (a paragraph closed by its signature, `_signed_paragraphs`), a list
    with prose over it (a bot's notice: its text, the list of dead links, then "– Bot
    (talk) DATE" in a paragraph of its own)."""
    start = at
    while start > low:
        if not flat[start - 1].blank_after:
            start -= 1
            continue
        first = start - 1  # the paragraph over a blank line: its first line
        while first > low and not flat[first - 1].blank_after:
            first -= 1
        if not any(prose[first:start]) and not (
            (_code(flat[first:start]) or (lists and _listed(flat[first:start])))
            and first > low
            and _said(flat, prose, first - 1)
        ):
            break
        start = first
    return start


_CODE_MARKS = re.compile(r"[<>{}=;]|^\s*\.\.\.$")  # (the marks of markup and code)


def _listed(lines: Sequence[OutlineNode]) -> bool:
    """A paragraph that opens with a list item: a list, its items perhaps wrapped onto
    the lines under them ("• http://example.org/old.html" over "□ Fetched on
    2024-04-22, 404 Not" over "Found")."""
    return bool(lines) and lines[0].marker is not None


def _code(lines: Sequence[OutlineNode]) -> bool:
    """Lines that are a block of code or markup: each holds its marks ("<tag />",
    "{{Name}}", "a = b;"), or is an ellipsis standing for more."""
    return all(_CODE_MARKS.search(L.plain(node.text)) for node in lines)  # (a link's
    # address is no code: "## Sources[[edit](/w/index.php?action=edit)]" is a heading)


_CARDS_LEAST = 2  # cards of a header's shape under bodies, at least (one per post signed)


def _card_lines(flat: Sequence[OutlineNode], prose: list[bool], posts: list[Post]) -> list[int]:
    """The lines of the posts' stamp shape (a header, "Ann wrote 2 days ago") that sign
    the body over them instead of heading one under them: a card under a post's body,
    a picture perhaps between ("[32]"), no body under it down to the next line of the
    shape (its controls, a count of its comments and their thread's title: a header
    over a label or a quote, "Featured", "Ann:", has its body under them), the same line
    under every such card ("Share Edit Flag History") and under no stamp that heads a
    body; `_CARDS_LEAST` of them at least. Empty: no line of the shape so signs."""
    key = read_stamp(flat[posts[0].stamp], unframed=True)
    if key is None or key.key[0] != "header":
        return []
    headed = {post.stamp for post in posts}
    shaped: list[int] = []  # (the lines of the shape, headers and cards)
    for index in range(1, len(flat) - 1):
        if not prose[index]:
            stamp = read_stamp(flat[index], unframed=True)
            if stamp is not None and stamp.key == key.key:
                shaped.append(index)
    cards: list[int] = []
    for index, following in zip(shaped, [*shaped[1:], len(flat)], strict=True):
        if _said(flat, prose, index + 1):
            continue  # (a header over its body: prose under it)
        if following < len(flat) and any(
            _said(flat, prose, at) for at in range(index + 1, following)
        ):
            continue  # (a header over a label or a quote, its body under them)
        over = _unsaid_over(flat, prose, index, -1)
        if over.start > 0 and _said(flat, prose, over.start - 1) and len(over) <= 1:
            cards.append(index)
    under = {_name_key(flat[index + 1].text) for index in cards}
    if len(cards) < _CARDS_LEAST or len(under) != 1:
        return []
    if any(
        _name_key(flat[stamp + 1].text) in under
        for stamp in headed
        if stamp not in cards and stamp + 1 < len(flat)
    ):
        return []  # (the line under a card is under a header too: no card's controls)
    return cards


def _said_back(flat: Sequence[OutlineNode], prose: list[bool], last: int, low: int) -> int:
    """Where the body closed at line ``last`` starts: up over its lines of prose
    (`_said`), blank lines between, and over a line of no prose set apart by blank lines
    between two of them (a paragraph of its own, "Good luck!"), down to ``low``
    (excluded); a line of no prose glued to another (a score, "+8 −0", a control) or
    over the body ends it."""
    start, at = last + 1, last
    while at > low:
        if _said(flat, prose, at):
            start, at = at, at - 1
            continue
        if not (
            flat[at].blank_after
            and at - 1 > low
            and flat[at - 1].blank_after
            and _said(flat, prose, at - 1)
        ):
            break
        at -= 1
    return start


def _carded_answers(
    flat: Sequence[OutlineNode], prose: list[bool], posts: list[Post]
) -> list[Post] | None:
    """Posts headed over their bodies ("Ann wrote 2 days ago" over the text) among
    posts signed by a card of that same shape under their bodies (`_card_lines`: a Q&A
    page's answers, "Ann wrote about 2 years ago" under the answer, its controls under
    that): each card signs the body over it (back over its paragraphs, `_said_back`,
    to the answer's score and controls) as a post at the top level, the headed posts
    under it, down to the next card's body, its comments (one level down). A card over
    every headed post signs the page's opening post (a question): the headed posts
    under it, before the first answer, are its comments, at the top level. A headed
    post's body read down over an answer's ends over that answer's controls. None where
    no card signs a body among the headed posts."""
    cards = _card_lines(flat, prose, posts)
    headed = [post for post in posts if post.stamp not in cards]
    if not headed:
        return None
    signing = [index for index in cards if index > headed[0].stamp]  # (the others: the
    if not signing:  # opening post's, the article's)
        return None
    answers: list[Post] = []
    for index in signing:
        low = max((post.stamp for post in headed if post.stamp < index), default=-1)
        over = _unsaid_over(flat, prose, index, low)
        start = _said_back(flat, prose, over.start - 1, low)
        if not start < over.start:
            return None
        end = min(_plain_run(prose, index + 1, 1, len(flat)).stop, index + 1 + _MAX_AFTER)
        stamp = read_stamp(flat[index], unframed=True)
        answers.append(
            Post(
                stamp=index,
                start=start,
                author_line=index,
                author=stamp.author if stamp is not None else None,
                date=stamp.date if stamp is not None else None,
                number=None,
                header=[*over, index],
                body_start=start,
                body_end=over.start,
                replies=range(end, end),
                end=end,
                tail=list(range(index + 1, end)),
                depth=0,
                closing=True,
            )
        )
    merged = sorted([*headed, *answers], key=lambda post: post.start)
    signed = {id(answer) for answer in answers}  # (by identity: no comparison of posts)
    for post, following in zip(merged, [*merged[1:], None], strict=True):
        post.closing = True
        post.depth = 0 if id(post) in signed or post.stamp < answers[0].stamp else 1
        if following is None or post.end <= following.start:
            continue
        if id(post) in signed:  # (its controls and the comments' count, no comment's header)
            post.end = following.start
            post.tail = list(range(post.stamp + 1, post.end))
            post.replies = range(post.end, post.end)
            continue
        post.end = following.start
        post.body_end = min(post.body_end, post.end)
        while post.body_end > post.body_start + 1 and not _said(flat, prose, post.body_end - 1):
            post.body_end -= 1  # (the controls over the answer: the tail)
        post.tail = [at for at in range(post.body_end, post.end) if at not in post.header]
        post.replies = range(min(post.replies.start, post.end), min(post.replies.stop, post.end))
    return merged
