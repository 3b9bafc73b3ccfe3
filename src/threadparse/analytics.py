"""Figures of a conversation, from its reply links: the reply graph as edges, who
answers whom, the longest chain of replies, response times.

Reads the model only (each `Comment.reply`, found by `threadparse.links`). Comments
are numbered as `threadparse.to_rows` numbers them: their place in `Page.walk` order.
"""

from __future__ import annotations

import statistics
from collections import Counter
from typing import Any

from threadparse.model import Article, Comment, Page


def reply_edges(page: Page) -> list[dict[str, Any]]:
    """The reply graph as one edge per comment that answers something: ready for
    networkx (``nx.DiGraph((e["source"], e["target"]) for e in edges)``), csv or a graph
    database.

    Keys: ``source`` (the answering comment's id, as in `to_rows`), ``target`` (the
    answered comment's id; None for the article), ``target_kind`` (``"comment"`` or
    ``"article"``), ``source_author``, ``target_author``, ``evidence``, ``cue``,
    ``ambiguous`` (see `ReplyLink`).

    >>> import threadparse
    >>> page = threadparse.parse("T\\n\\n  1. Ann says:\\n    Hi\\n    • Bob says:\\n      Yo\\n")
    >>> [(e["source"], e["target"], e["evidence"]) for e in reply_edges(page)]
    [(0, None, 'nesting'), (1, 0, 'nesting')]
    """
    ids = {id(c): i for i, c in enumerate(page.walk())}
    edges = []
    for comment in page.walk():
        link = comment.reply
        if link is None:
            continue
        to_comment = isinstance(link.to, Comment)
        target = ids.get(id(link.to)) if to_comment else None
        if to_comment and target is None:
            continue  # (a comment of another page: not in this graph)
        edges.append(
            {
                "source": ids[id(comment)],
                "target": target,
                "target_kind": "comment" if to_comment else "article",
                "source_author": comment.author,
                "target_author": link.to.author if isinstance(link.to, Comment) else None,
                "evidence": link.evidence,
                "cue": link.cue,
                "ambiguous": link.ambiguous,
            }
        )
    return edges


def who_answers_whom(page: Page) -> list[dict[str, Any]]:
    """Author pairs with the number of replies from one to the other, most first
    (replies to the article left out; None for nameless comments).

    >>> import threadparse
    >>> page = threadparse.parse("T\\n\\n  1. Ann says:\\n    Hi\\n    • Bob says:\\n      Yo\\n")
    >>> who_answers_whom(page)
    [{'author': 'Bob', 'answers': 'Ann', 'replies': 1}]
    """
    pairs: Counter[tuple[str | None, str | None]] = Counter()
    for comment in page.walk():
        target = comment.replies_to
        if isinstance(target, Comment):
            pairs[(comment.author, target.author)] += 1
    return [{"author": a, "answers": b, "replies": n} for (a, b), n in pairs.most_common()]


def longest_chain(page: Page) -> list[Comment]:
    """The longest chain of replies, each answering the one before, first to last
    (the first one answers the article or nothing); empty without comments.

    Follows `Comment.replies_to`, so in a flat thread quotes and mentions make chains.
    """
    length: dict[int, int] = {}
    best: Comment | None = None
    for comment in page.walk():  # (a comment answers one earlier in this order)
        target = comment.replies_to
        length[id(comment)] = 1 + (length.get(id(target), 0) if isinstance(target, Comment) else 0)
        if best is None or length[id(comment)] > length[id(best)]:
            best = comment
    chain: list[Comment] = []
    node: Comment | Article | None = best
    while isinstance(node, Comment) and len(chain) < len(length):
        chain.append(node)
        node = node.replies_to
    return chain[::-1]


def response_times(page: Page) -> list[float]:
    """Seconds from each comment to its reply, where both dates are full dates
    ("May 30, 2019 at 5:38 PM"; relative dates such as "2 weeks ago" are not), in
    page order; negative gaps (a clock or a date misread) are left out."""
    times: dict[int, Any] = {}
    gaps = []
    for comment in page.walk():
        target = comment.replies_to
        if not isinstance(target, Comment) or comment.date is None or target.date is None:
            continue
        for node in (comment, target):
            if id(node) not in times:
                times[id(node)] = node.datetime
        start, end = times[id(target)], times[id(comment)]
        if start is not None and end is not None and end >= start:
            gaps.append((end - start).total_seconds())
    return gaps


def conversation(page: Page) -> dict[str, Any]:
    """The figures `threadparse.stats` adds about the conversation.

    Keys: ``links`` (reply links by evidence: ``nesting``, ``quote``, ``mention``,
    ``reference``, and ``to_article``), ``who_answers_whom`` (see `who_answers_whom`),
    ``longest_chain`` (its length in comments), ``response_seconds`` (``measured``,
    ``median``, ``min``, ``max``; None but ``measured`` when no pair of dates reads),
    ``quoting_share`` (the share of comments with a quote, 0.0 without comments).
    """
    comments = list(page.walk())
    links: Counter[str] = Counter({"nesting": 0, "quote": 0, "mention": 0, "reference": 0})
    for comment in comments:
        if comment.reply is not None:
            links[comment.reply.evidence] += 1
            if isinstance(comment.reply.to, Article):
                links["to_article"] += 1
    links.setdefault("to_article", 0)
    gaps = response_times(page)
    quoting = sum(1 for c in comments if c.quotes)
    return {
        "links": dict(links),
        "who_answers_whom": who_answers_whom(page),
        "longest_chain": len(longest_chain(page)),
        "response_seconds": {
            "measured": len(gaps),
            "median": statistics.median(gaps) if gaps else None,
            "min": min(gaps) if gaps else None,
            "max": max(gaps) if gaps else None,
        },
        "quoting_share": quoting / len(comments) if comments else 0.0,
    }
