"""Post bodies: the lines from a post's header block to the next post's, without the
footer lines the template prints under every post ("Like", "Top", "Quote")."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence

from threadparse import lines as L
from threadparse.outline import OutlineNode
from threadparse.posts.post import Post
from threadparse.posts.shapes import _name_key, entries_end


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
    if last.kind == "pingback":  # (its body is the excerpt: the page's lines after it)
        last.end = _excerpt_end(flat, last.body_start, last.end)
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
    may be a control under every post: "add comment"), or before a list of posts'
    titles each over its date (`shapes.entries_end`) and the short lines over it but
    the post's controls (its heading, "Recent Posts"); a post without prose (a short
    last post kept by its number) is its first line."""
    end = start
    short_run = 0
    texts = [node.text for node in flat]
    while end < len(flat):
        if end > start and (
            L.is_login_notice(flat[end].text) or L.is_closed_notice(flat[end].text)
        ):
            return end
        if end > start and entries_end(texts, end) > end:  # (a list of posts' titles,
            # each over its date: the short lines over them its heading, a picture's text)
            return _over_heading(flat, prose, start, end)
        if prose[end]:
            short_run = 0
        else:
            short_run += 1
            if short_run > 4:  # (the post's first line at least)
                return max(end - short_run + 1, start + 1)
        end += 1
    return max(end - short_run, min(start + 1, len(flat)))


def _over_heading(flat: Sequence[OutlineNode], prose: list[bool], start: int, end: int) -> int:
    """Where a last post that runs into a list at ``end`` ends: over the short lines
    right over the list (its heading, "Recent Posts", a picture's text), not over the
    post's controls ("Reply", kept for its tail) nor its first line."""
    while end - 1 > start and not prose[end - 1]:
        line = L.plain(flat[end - 1].text)
        if not line or L.is_reply_link(line) or L.is_control_line(line):
            break
        end -= 1
    return end


_EXCERPT_LINES = 6  # lines an excerpt is wrapped onto, at most


def _excerpt_end(flat: Sequence[OutlineNode], start: int, end: int) -> int:
    """Where a pingback's excerpt that opens at ``start`` ends: after the line that
    closes it with the excerpt's mark ("… the words […]", `lines.closes_excerpt`),
    within `_EXCERPT_LINES` lines and before ``end``; ``end`` where no line closes it."""
    for at in range(start, min(end, start + _EXCERPT_LINES)):
        if L.closes_excerpt(flat[at].text):
            return at + 1
    return end


def _is_footer(text: str, constants: frozenset[str]) -> bool:
    line = L.plain(text)
    return not line or _name_key(line) in constants or L.is_reply_link(line)
