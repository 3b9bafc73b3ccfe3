"""What kind of discussion a page holds: a blog's comments, a forum thread, a Q&A page,
a link aggregator's thread (`Page.kind`).

Read from the built page (the model), by these rules in order:

1. **qa**: an answer's score stands over it (a comment's ``score`` metadata), or the
   page counts its answers ("12 Answers"), or a comment's metadata says "answered DATE";
2. **aggregator**: most comments carry a points count ("12 points", "1 point by ann");
3. **forum**: the comments were read as a flat post list (a stamp repeating once per
   post) and either most of them are numbered by their stamp ("#12", not a list
   marker) or the article before them is short (under `SHORT_ARTICLE` words of prose:
   the opening post is a comment, so a forum page has little else);
4. **forum** too: a flat thread whose posts quote each other in boxes ("Ann said:");
5. **blog** otherwise, and for a page without comments.
"""

from __future__ import annotations

import re
from typing import Literal, TypeAlias

from threadparse.model import Comment, Page

PageKind: TypeAlias = Literal["blog", "forum", "qa", "aggregator"]
KINDS: tuple[PageKind, ...] = ("blog", "forum", "qa", "aggregator")

#: Words of prose (paragraphs of 12 words or more) under which an article is short.
SHORT_ARTICLE = 300

# The answer words in the three ways pages write them ("Answers", "answers",
# "ANSWERS"), so that a dump without "nswer" or "NSWER" is known to have none.
_ANSWERS = re.compile(r"^\W{0,6}[0-9][0-9,.]*\s+(?:[Aa]nswers?|ANSWERS?)\b")
_SHORT = 40  # characters: a count heading is shorter
_ANSWERED = re.compile(r"^(?:[Aa]nswered|ANSWERED)\b")
_POINTS = re.compile(r"(?i)(?:^|\W)[0-9][0-9,]*\s+points?\b")


def detect(page: Page, post_list: bool, source: str | None = None) -> PageKind:
    """The kind of ``page``; ``post_list``: its comments were read as a flat post list;
    ``source``: the dump the page was read from, when known (its texts all come from
    it: a dump that never writes an answer word is not looked through for one).

    >>> import threadparse
    >>> threadparse.parse("T\\n\\n  1. Ann says:\\n    Hi\\n").kind
    'blog'
    """
    comments = list(page.walk())
    if not comments:
        return "blog"
    if _is_qa(page, comments, source is None or "nswer" in source or "NSWER" in source):
        return "qa"
    with_points = sum(
        1
        for c in comments
        if _POINTS.search(c.header) or any(_POINTS.search(m.text) for m in c.meta)
    )
    if with_points * 2 > len(comments):
        return "aggregator"
    if post_list:
        stamped = sum(1 for c in comments if c.number is not None and c.marker is None)
        if stamped * 2 > len(comments) or _prose_words(page) < SHORT_ARTICLE:
            return "forum"
    if all(c.depth == 0 for c in comments) and any(
        q.attribution is not None for c in comments for q in c.quotes
    ):
        return "forum"  # flat posts quoting each other in boxes
    return "blog"


def _is_qa(page: Page, comments: list[Comment], answer_words: bool) -> bool:
    """Rule 1; ``answer_words``: the page may write "answered" or "12 Answers"."""
    for comment in comments:
        for meta in comment.meta:
            if meta.role == "score" or (
                answer_words and meta.text[:1] in "aA" and _ANSWERED.match(meta.text)
            ):
                return True
    return answer_words and _counts_answers(page, comments)


def _counts_answers(page: Page, comments: list[Comment]) -> bool:
    """A line of the page under 40 characters counts its answers ("12 Answers"): one of
    its furniture or one-line blocks (a count heading can land in the article, the
    furniture or a comment's body)."""
    counts = _ANSWERS.match
    for furniture in page.furniture:
        text = furniture.text
        if len(text) < _SHORT and counts(text):
            return True
    for blocks in (page.article.blocks, *[c.blocks for c in comments]):
        for block in blocks:
            span = block.span
            if span is not None and (
                span.end - span.start >= _SHORT or span.start_line != span.end_line
            ):
                continue  # (a count heading is one short line)
            text = block.read_text()
            if len(text) < _SHORT and counts(text):
                return True
    return False


def _prose_words(page: Page) -> int:
    total = 0
    for block in page.article.blocks:
        count = len(block.read_text().split())
        if count >= 12:
            total += count
            if total >= SHORT_ARTICLE:
                break
    return total
