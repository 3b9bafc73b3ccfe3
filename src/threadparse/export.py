"""Plain-data views of a `Page`: dicts, JSON, and flat rows.

The comment tree is stored *flat* — a list in document order where each comment
names its parent's ``id`` — so that no format depth grows with thread depth: a thread
10,000 deep serialises, pickles and loads with Python's json module at the default
recursion limit (a nested JSON document of that depth cannot be read back by it).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from threadparse.analytics import conversation
from threadparse.errors import ParseWarning
from threadparse.links import link
from threadparse.model import Article, Block, Comment, Furniture, Meta, Page, Paragraph, Quote
from threadparse.span import Span

FORMAT = "threadparse/1"


def _span(span: Span | None) -> dict[str, int] | None:
    if span is None:
        return None
    return {
        "start_line": span.start_line,
        "end_line": span.end_line,
        "start": span.start,
        "end": span.end,
    }


def _unspan(data: dict[str, int] | None) -> Span | None:
    if data is None:
        return None
    return Span(data["start_line"], data["end_line"], data["start"], data["end"])


def _block(block: Block) -> dict[str, Any]:
    if isinstance(block, Quote):
        return {
            "type": "quote",
            "text": block.text,
            "span": _span(block.span),
            "explicit": block.explicit,
            "author": block.author,
            "attribution": block.attribution,
        }
    return {
        "type": "paragraph",
        "text": block.text,
        "span": _span(block.span),
        "marker": block.marker,
    }


def _unblock(data: dict[str, Any]) -> Block:
    if data["type"] == "quote":
        return Quote(
            data["text"],
            _unspan(data["span"]),
            bool(data.get("explicit", False)),
            data.get("author"),
            data.get("attribution"),
        )
    if data["type"] == "paragraph":
        return Paragraph(data["text"], _unspan(data["span"]), data.get("marker"))
    raise ValueError(f"unknown block type {data['type']!r}")


def _comment_rows(roots: list[Comment], with_page: bool = True) -> list[dict[str, Any]]:
    """The comments under ``roots`` (included), flat, in document order."""
    ids: dict[int, int] = {}
    rows: list[dict[str, Any]] = []
    stack = list(reversed(roots))
    while stack:
        c = stack.pop()
        ids[id(c)] = len(rows)
        parent = ids.get(id(c.parent)) if c.parent is not None else None
        rows.append(
            {
                "id": len(rows),
                "parent": parent,
                "depth": c.depth,
                "author": c.author,
                "header": c.header,
                "marker": c.marker,
                "number": c.number,
                "date": c.date,
                "kind": c.kind,
                "blocks": [_block(b) for b in c.blocks],
                "meta": [{"text": m.text, "role": m.role, "span": _span(m.span)} for m in c.meta],
                "span": _span(c.span),
                "header_span": _span(c.header_span),
                "reply": _reply(c, ids),
            }
        )
        stack.extend(reversed(c.children))
    return rows


def _reply(comment: Comment, ids: dict[int, int]) -> dict[str, Any] | None:
    """A comment's reply link as data: ``to`` is the answered comment's id, or
    ``"article"`` (None when the comment answered is not among the rows)."""
    link = comment.reply
    if link is None:
        return None
    to = "article" if isinstance(link.to, Article) else ids.get(id(link.to))
    return {"to": to, "evidence": link.evidence, "cue": link.cue, "ambiguous": link.ambiguous}


def _comments_from_rows(rows: list[dict[str, Any]], page: Page | None = None) -> Any:
    """Rebuild comments from flat rows; returns the top-level list (or the single root
    when called for one pickled comment without a page)."""
    made: list[Comment] = []
    top: list[Comment] = []
    for index, row in enumerate(rows):
        parent_id = row.get("parent")
        if parent_id is not None and not (0 <= parent_id < index):
            raise ValueError(f"comment {index}: parent {parent_id!r} is not an earlier comment")
        parent = made[parent_id] if parent_id is not None else None
        comment = Comment(
            author=row.get("author"),
            header=row.get("header", ""),
            marker=row.get("marker"),
            number=row.get("number"),
            date=row.get("date"),
            depth=row.get("depth", 0),
            kind=row.get("kind", "comment"),
            blocks=[_unblock(b) for b in row.get("blocks", [])],
            meta=[
                Meta(m["text"], m.get("role", "other"), _unspan(m.get("span")))
                for m in row.get("meta", [])
            ],
            span=_unspan(row.get("span")),
            header_span=_unspan(row.get("header_span")),
            parent=parent,
            page=page,
        )
        made.append(comment)
        (parent.children if parent is not None else top).append(comment)
    if page is None and len(top) == 1:
        return top[0]
    return top


def to_dict(page: Page) -> dict[str, Any]:
    """The page as plain data (dicts, lists, str, int, bool, None), without cycles.

    Comments are a flat list in document order; each names its ``parent`` by ``id``.

    >>> import threadparse
    >>> d = to_dict(threadparse.parse("T\\n\\n1 reply\\n  1. Ann says:\\n    Hi\\n"))
    >>> [(c["id"], c["parent"], c["author"]) for c in d["comments"]]
    [(0, None, 'Ann')]
    """
    return {
        "format": FORMAT,
        "title": page.title,
        "title_span": _span(page.title_span),
        "dialect": page.dialect,
        "kind": page.kind,
        "declared_count": page.declared_count,
        "closed": page.closed,
        "ends_with_newline": page.ends_with_newline,
        "article": [_block(b) for b in page.article.blocks],
        "furniture": [
            {"text": f.text, "role": f.role, "span": _span(f.span)} for f in page.furniture
        ],
        "warnings": [
            {"code": w.code, "message": w.message, "span": _span(w.span), "column": w.column}
            for w in page.warnings
        ],
        "comments": _comment_rows(page.comments),
    }


def from_dict(data: dict[str, Any]) -> Page:
    """Rebuild a `Page` from `to_dict` output (``from_dict(to_dict(p)) == p``).

    Raises:
        ValueError: the data is not a threadparse page.
    """
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"not a {FORMAT} page dict")
    try:
        page = Page(
            title=data["title"],
            article=Article([_unblock(b) for b in data["article"]]),
            declared_count=data["declared_count"],
            closed=data["closed"],
            furniture=[
                Furniture(f["text"], f["role"], _unspan(f["span"])) for f in data["furniture"]
            ],
            warnings=[
                ParseWarning(
                    w["code"],
                    w["message"],
                    _unspan(w["span"]),  # type: ignore[arg-type]
                    w.get("column", 1),
                )
                for w in data["warnings"]
            ],
            dialect=data["dialect"],
            kind=data.get("kind", "blog"),
            title_span=_unspan(data["title_span"]),
            ends_with_newline=data["ends_with_newline"],
        )
        page.comments = _comments_from_rows(data["comments"], page)
    except (KeyError, TypeError, AttributeError, IndexError) as e:
        raise ValueError(f"malformed page dict: {type(e).__name__}: {e}") from e
    link(page)  # (reply links are found again from the page, not read from the data)
    return page


def dumps(page: Page, *, indent: int | None = None) -> str:
    """The page as JSON text (`to_dict`); `loads` reads it back."""
    return json.dumps(to_dict(page), ensure_ascii=False, indent=indent)


def loads(text: str | bytes) -> Page:
    """Read a page from `dumps` output.

    Raises:
        ValueError: the text is not JSON, or not a threadparse page.
    """
    try:
        data = json.loads(text)
    except RecursionError:  # json recurses per nesting level of arrays and objects
        raise ValueError("malformed page JSON: nested too deeply") from None
    return from_dict(data)


def to_rows(page: Page) -> list[dict[str, Any]]:
    """One flat dict per comment, document order, ready for pandas or csv.

    Keys: ``id``, ``parent_id``, ``depth``, ``path`` (1-based positions among siblings,
    dot-joined, e.g. ``"2.1"``), ``number``, ``author``, ``date``, ``datetime`` (ISO 8601
    where the date is unambiguous), ``kind``, ``text``,
    ``span`` (``start_line``, ``end_line``, ``start``, ``end``), and the reply link:
    ``replies_to`` (the answered comment's ``id``; None for none or the article),
    ``replies_to_article``, ``reply_evidence`` (``"nesting"``, ``"quote"``,
    ``"mention"``, ``"reference"`` or None).
    """
    rows: list[dict[str, Any]] = []
    ids: dict[int, int] = {}
    stack = [(c, str(i + 1)) for i, c in reversed(list(enumerate(page.comments)))]
    while stack:
        c, path = stack.pop()
        ids[id(c)] = len(rows)
        rows.append(
            {
                "id": len(rows),
                "parent_id": ids[id(c.parent)] if c.parent is not None else None,
                "depth": c.depth,
                "path": path,
                "number": c.number,
                "author": c.author,
                "date": c.date,
                "datetime": c.datetime.isoformat() if c.datetime else None,
                "kind": c.kind,
                "text": c.text,
                "span": _span(c.span),
                "replies_to": ids.get(id(c.replies_to)) if c.replies_to is not None else None,
                "replies_to_article": isinstance(c.replies_to, Article),
                "reply_evidence": c.reply_evidence,
            }
        )
        stack.extend((k, f"{path}.{i + 1}") for i, k in reversed(list(enumerate(c.children))))
    return rows


def stats(page: Page) -> dict[str, Any]:
    """The page's figures as typed plain data (what ``threadparse stats`` prints).

    Keys: ``title``, ``comments`` (all, any depth), ``declared`` (the page's own count,
    or None), ``top_level``, ``max_depth`` (0 without comments), ``closed``,
    ``warnings``, ``participants`` (distinct authors; nameless comments count as one),
    ``by_depth`` (comments at depth 0, 1, …), ``by_author`` (``author`` and
    ``comments``, most comments first; None for nameless comments), and the
    conversation's figures from its reply links (`threadparse.analytics.conversation`):
    ``links``, ``who_answers_whom``, ``longest_chain``, ``response_seconds``,
    ``quoting_share``.

    >>> import threadparse
    >>> text = "T\\n\\n2 replies\\n  1. Ann says:\\n    Hi\\n    • Bob says:\\n      Yo\\n"
    >>> page = threadparse.parse(text)
    >>> figures = stats(page)
    >>> figures["comments"], figures["by_depth"], figures["by_author"][0]
    (2, [1, 1], {'author': 'Ann', 'comments': 1})
    """
    comments = list(page.walk())
    depths = Counter(c.depth for c in comments)
    people = Counter(c.author for c in comments)
    deepest = max(depths) if depths else -1
    return {
        "title": page.title,
        "comments": len(comments),
        "declared": page.declared_count,
        "top_level": len(page.comments),
        "max_depth": max(deepest, 0),
        "closed": page.closed,
        "warnings": len(page.warnings),
        "participants": len(people),
        "by_depth": [depths[d] for d in range(deepest + 1)],
        "by_author": [{"author": a, "comments": n} for a, n in people.most_common()],
        **conversation(page),
    }
