"""The object model: `Page`, `Comment`, their body blocks and page furniture.

Small attrs classes. Back links (`Comment.parent`, `Comment.page`) are kept out of
``repr`` and ``==``. Everything that follows the tree (walk, equality, repr, pickling)
is iterative, so a thread nested 10,000 deep works at Python's default recursion limit.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterator
from typing import Any, Literal, TypeAlias

import attrs

from threadparse.dates import parse_date
from threadparse.dialect import detect
from threadparse.errors import ParseWarning
from threadparse.span import Span

CommentKind: TypeAlias = Literal["comment", "pingback", "trackback"]


class SourceText:
    """Body text still in the source: ``source[start:end]``, with ``indent`` taken off
    the front of every line after the first (a paragraph's lines share their
    indentation). A parsed block holds one of these until its text is first read, so a
    page keeps no copy of the text it was parsed from, only offsets into it.

    >>> str(SourceText("  one\\n  two\\n", 2, 11, "  "))
    'one\\ntwo'
    """

    __slots__ = ("end", "indent", "source", "start")

    def __init__(self, source: str, start: int, end: int, indent: str = "") -> None:
        self.source = source
        self.start = start
        self.end = end
        self.indent = indent

    def __str__(self) -> str:
        text = self.source[self.start : self.end]
        return text.replace("\n" + self.indent, "\n") if self.indent else text

    def __repr__(self) -> str:
        return f"SourceText({str(self)!r})"


def _as_text(value: str | SourceText) -> str:
    return value if isinstance(value, str) else str(value)


@attrs.define(slots=True, repr=False)
class _TextBlock:
    """A block of body text: its text (given, or still in the source) and its span."""

    _text: str | SourceText = attrs.field(alias="text", eq=_as_text)
    span: Span | None = None

    @property
    def text(self) -> str:
        """The block's text (read from the source the first time, then kept)."""
        value = self._text
        if isinstance(value, str):
            return value
        self._text = text = str(value)
        return text

    @text.setter
    def text(self, value: str) -> None:
        self._text = value

    def read_text(self) -> str:
        """The text, without keeping it on the block when it is still in the source
        (for one pass over a page's blocks that should not copy the page)."""
        value = self._text
        return value if isinstance(value, str) else str(value)

    @property
    def shown(self) -> str:
        """The block as the page shows it (a quote box adds its attribution line)."""
        return self.text

    def __rich__(self) -> str:
        return self.text


@attrs.define(slots=True, repr=False)
class Paragraph(_TextBlock):
    """A paragraph of body text (lines kept, joined with ``\\n``).

    ``marker`` is set when the paragraph is a list item of the body (``"•"``, ``"1."``).
    """

    marker: str | None = None
    __match_args__ = ("text", "span", "marker")

    def __repr__(self) -> str:
        return f"Paragraph(text={self.text!r}, span={self.span!r}, marker={self.marker!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Paragraph, (self.text, self.span, self.marker))


@attrs.define(slots=True, repr=False)
class Quote(_TextBlock):
    """A quoted passage: an explicit blockquote (``> ...``), a paragraph that is wholly
    a quotation (``“...”``, as resiliparse renders ``<blockquote>``), or a forum's quote
    box ("Ann said: … Click to expand…").

    Attributes:
        text: the quoted text, without the box's attribution line.
        explicit: the dump marks it (``>`` lines).
        author: whom the box names as the quoted person, None when it names nobody.
        attribution: the box's opening line as printed (``"Ann said:"``), None if none.
        source: where the quoted text stands on the page — the article's block or the
            earlier `Comment` whose text it repeats — set when the page's reply links
            are found (`threadparse.links`); None when it is not on the page. A back
            link: not in ``repr``/``==``.
    """

    explicit: bool = False
    author: str | None = None
    attribution: str | None = None
    _source: Block | Comment | None = attrs.field(default=None, eq=False, alias="source")
    # the page whose links are found when first read (`Page.defer_links`)
    _page: Page | None = attrs.field(default=None, init=False, eq=False)
    __match_args__ = ("text", "span", "explicit", "author")

    @property
    def source(self) -> Block | Comment | None:
        """See the class's attributes (the page's links are found when first read)."""
        page = self._page
        if page is not None and page.links_pending:
            _find_links(page)
        return self._source

    @source.setter
    def source(self, value: Block | Comment | None) -> None:
        self._source = value

    @property
    def shown(self) -> str:
        """The quote as the page shows it: the attribution line, then the text."""
        return f"{self.attribution}\n{self.text}" if self.attribution else self.text

    def __repr__(self) -> str:
        extra = f", author={self.author!r}" if self.author is not None else ""
        return f"Quote(text={self.text!r}, span={self.span!r}, explicit={self.explicit!r}{extra})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Quote, (self.text, self.span, self.explicit, self.author, self.attribution))


Block: TypeAlias = Paragraph | Quote


@attrs.define(slots=True)
class Furniture:
    """A line of the page that is neither article nor comment: counts, buttons,
    "Comments are closed.", navigation, pagination.

    ``role`` says which: ``"count"``, ``"closed"``, ``"pagination"``, ``"control"``,
    ``"trailer"`` or ``"other"``.
    """

    text: str
    role: str = "other"
    span: Span | None = None


@attrs.define(slots=True)
class Meta:
    """A comment's metadata line that is not body text: a date, a reply link, a like count."""

    text: str
    role: str = "other"  # "date" | "reply" | "likes" | "other"
    span: Span | None = None


@attrs.define(slots=True, eq=False, repr=False)
class Article:
    """The article body: paragraphs and quotes, in order (a parsed page's are made on
    their first read: `made_when_read`)."""

    _blocks: list[Block] = attrs.field(factory=list, alias="blocks")
    _make: Callable[[], list[Block]] | None = attrs.field(default=None, init=False)

    @classmethod
    def made_when_read(cls, make: Callable[[], list[Block]]) -> Article:
        """An article whose blocks ``make`` returns when they are first read (the parse
        of a page whose user reads only its comments does not build them)."""
        article = cls()
        article._make = make
        return article

    @property
    def blocks(self) -> list[Block]:
        """The paragraphs and quotes, in order."""
        if self._make is not None:
            self._blocks, self._make = self._make(), None
        return self._blocks

    @blocks.setter
    def blocks(self, value: list[Block]) -> None:
        self._blocks, self._make = value, None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Article):
            return NotImplemented
        return self.blocks == other.blocks

    __hash__ = None  # type: ignore[assignment]  # (a mutable value, as attrs makes it)

    def __repr__(self) -> str:
        return f"Article(blocks={self.blocks!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Article, (self.blocks,))

    @property
    def text(self) -> str:
        """The article text, blocks separated by blank lines."""
        return "\n\n".join(b.shown for b in self.blocks)


Evidence: TypeAlias = Literal["nesting", "quote", "mention", "reference"]


@attrs.define(slots=True, frozen=True, repr=False, eq=False)
class ReplyLink:
    """Whom a comment answers, and why the parser thinks so.

    Attributes:
        to: the earlier `Comment` answered, or the page's `Article`.
        evidence: ``"nesting"`` (the tree says so), ``"quote"`` (the comment quotes
            it), ``"mention"`` (``@Ann`` or ``Ann:`` naming an earlier author) or
            ``"reference"`` (``#12``, "Reply to Ann").
        cue: the text that says so (``"@Ann"``, ``"In reply to #12"``, the quote's
            attribution), None for nesting.
        ambiguous: the cue fits several earlier comments (the same name posted more
            than once); the nearest one before was taken.
    """

    to: Comment | Article
    evidence: Evidence
    cue: str | None = None
    ambiguous: bool = False

    def __repr__(self) -> str:
        if isinstance(self.to, Article):
            target = "article"
        else:
            where = f" line {self.to.span.start_line}" if self.to.span else ""
            target = f"comment by {self.to.author!r}{where}"
        extra = ", ambiguous" if self.ambiguous else ""
        return f"ReplyLink(to {target}, {self.evidence}, cue={self.cue!r}{extra})"


def _no_recursion_eq(a: Comment, b: Comment) -> bool:
    stack = [(a, b)]
    while stack:
        x, y = stack.pop()
        if x._own_fields() != y._own_fields() or len(x.children) != len(y.children):
            return False
        stack.extend(zip(x.children, y.children, strict=True))
    return True


@attrs.define(slots=True, eq=False, repr=False, weakref_slot=False)
class Comment:
    """One comment of a thread, and its replies.

    Attributes:
        author: display name, None for a nameless comment.
        header: the header line as printed, without the list marker (``"Dave K says:"``).
        marker: the list marker of the header (``"1."``, ``"•"``), None when there was none.
        number: the ``1.`` of a numbered comment.
        date: the raw date text, when the dump has one.
        depth: 0 at the top level.
        kind: ``"comment"``, ``"pingback"`` or ``"trackback"``.
        blocks: body paragraphs and quotes.
        meta: metadata lines (date, reply link, likes) found under the header.
        children: the replies, in order.
        span: from the header to the last line of the last reply.
        header_span: the header line alone.
        parent: the comment replied to (back link, not in ``repr``/``==``).
        page: the page holding the comment (back link, not in ``repr``/``==``).
        reply: whom the comment answers and why (a `ReplyLink`), None when the page
            does not say; found after the tree is built (`threadparse.links`), not in
            ``repr``/``==``. `replies_to` and `reply_evidence` read it.

    >>> import threadparse
    >>> page = threadparse.parse("T\\n\\n  1. Ann says:\\n    Hi.\\n    • Bob says:\\n      Yo.\\n")
    >>> bob = page.comments[0].children[0]
    >>> bob.author, bob.depth, bob.parent.author, bob.text
    ('Bob', 1, 'Ann', 'Yo.')
    """

    author: str | None
    header: str = ""
    marker: str | None = None
    number: int | None = None
    date: str | None = None
    depth: int = 0
    kind: CommentKind = "comment"
    blocks: list[Block] = attrs.field(factory=list)
    meta: list[Meta] = attrs.field(factory=list)
    children: list[Comment] = attrs.field(factory=list)
    span: Span | None = None
    header_span: Span | None = None
    parent: Comment | None = None
    page: Page | None = None
    _reply: ReplyLink | None = attrs.field(default=None, alias="reply")

    @property
    def reply(self) -> ReplyLink | None:
        """See the class's attributes (the page's links are found when first read)."""
        page = self.page
        if page is not None and page.links_pending:
            _find_links(page)
        return self._reply

    @reply.setter
    def reply(self, value: ReplyLink | None) -> None:
        self._reply = value

    # --- text -------------------------------------------------------------------------
    @property
    def text(self) -> str:
        """The body text as the page shows it: blocks separated by blank lines, a quote
        box with its attribution line ("Ann said:")."""
        return "\n\n".join(b.shown for b in self.blocks)

    @property
    def replies_to(self) -> Comment | Article | None:
        """The comment (or the article) this one answers: in a nested thread the parent
        (the article at the top level); in a flat one, what the comment's own text
        names (a quoted, mentioned or referenced earlier comment), else the article.
        None for a comment outside a page."""
        return self.reply.to if self.reply is not None else None

    @property
    def reply_evidence(self) -> Evidence | None:
        """Why `replies_to` is what it is: ``"nesting"``, ``"quote"``, ``"mention"`` or
        ``"reference"``; None without a link."""
        return self.reply.evidence if self.reply is not None else None

    @property
    def quotes(self) -> list[Quote]:
        """The body's quotes, in order."""
        return [b for b in self.blocks if isinstance(b, Quote)]

    @property
    def datetime(self) -> _dt.datetime | None:
        """`date` read as a datetime where that is unambiguous ("May 30, 2019 at 5:38 PM",
        "30.05.2019 um 17:38"); None for relative ("2 weeks ago") or no dates."""
        return parse_date(self.date) if self.date else None

    # --- navigation (anytree names) ---------------------------------------------------
    @property
    def ancestors(self) -> tuple[Comment, ...]:
        """The comments above this one, from the top-level one down to the parent."""
        chain = []
        node = self.parent
        while node is not None:
            chain.append(node)
            node = node.parent
        return tuple(reversed(chain))

    @property
    def path(self) -> tuple[Comment, ...]:
        """`ancestors` followed by this comment."""
        return (*self.ancestors, self)

    @property
    def root(self) -> Comment:
        """The top-level comment of this comment's thread (itself at the top level)."""
        node = self
        while node.parent is not None:
            node = node.parent
        return node

    @property
    def siblings(self) -> tuple[Comment, ...]:
        """The other replies to the same parent (other top-level comments at depth 0)."""
        if self.parent is not None:
            pool = self.parent.children
        elif self.page is not None:
            pool = self.page.comments
        else:
            pool = [self]
        return tuple(c for c in pool if c is not self)

    @property
    def is_leaf(self) -> bool:
        """True when nobody replied to this comment."""
        return not self.children

    @property
    def descendants(self) -> Iterator[Comment]:
        """Every reply below this comment, depth-first, in document order."""
        stack = list(reversed(self.children))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def walk(self) -> Iterator[Comment]:
        """This comment, then `descendants`."""
        yield self
        yield from self.descendants

    # --- value semantics without recursion --------------------------------------------
    def _own_fields(self) -> tuple[Any, ...]:
        return (
            self.author,
            self.header,
            self.marker,
            self.number,
            self.date,
            self.depth,
            self.kind,
            self.blocks,
            self.meta,
            self.span,
            self.header_span,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Comment):
            return NotImplemented
        return _no_recursion_eq(self, other)

    __hash__ = None  # type: ignore[assignment]  # mutable value object, like attrs' default

    def __repr__(self) -> str:
        where = f", line={self.span.start_line}" if self.span else ""
        return (
            f"Comment(author={self.author!r}, depth={self.depth}, number={self.number!r}, "
            f"kind={self.kind!r}, blocks={len(self.blocks)}, children={len(self.children)}{where})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickles this comment's subtree flat (no recursion); the copy's parent is None.
        from threadparse.export import _comment_rows, _comments_from_rows

        return (_comments_from_rows, (_comment_rows([self], with_page=False),))

    def __rich__(self) -> Any:
        from threadparse.render import comment_tree

        return comment_tree(self)


def _find_links(page: Page) -> None:
    from threadparse.links import link  # (the links read the model: imported when asked)

    link(page)


@attrs.define(slots=True, eq=False, repr=False, weakref_slot=False)
class Page:
    """A parsed page: title, article, comment thread, and what the parser noticed.

    Attributes:
        title: the page title (the dump's first line), None when there is none.
        article: the article body.
        declared_count: the count the page states ("44 replies" → 44), None if none.
        comments: the top-level comments, in document order.
        closed: the page says comments are closed.
        furniture: page lines that are neither article nor comments.
        warnings: what lenient mode guessed, with spans.
        dialect: the converter the dump came from (``"resiliparse"``...): as given to
            `threadparse.parse`, else detected from ``source`` when first read.
        kind: what the page is: ``"blog"`` (an article and its comments), ``"forum"``
            (a thread of posts, the opening post a comment), ``"qa"`` (a question and
            its answers) or ``"aggregator"`` (a link and its discussion), as given to
            `threadparse.parse`, else detected (`threadparse.kinds`) when first read.
        title_span: where the title is.
        ends_with_newline: the source text ended with a newline.
        source: the text the page was parsed from (line ends normalised), which every
            span indexes: ``page.source[c.span.start:c.span.end]`` is a comment's text
            in the dump. Not compared, not serialised (None after `from_dict`/pickle).
        links_pending: the reply links and quote sources are still to be found: they
            are found on the first read of one (`defer_links`).

    >>> import threadparse
    >>> page = threadparse.parse("Hello\\n\\nText.\\n\\n2 replies\\n  1. Ann says:\\n    Hi!\\n")
    >>> page.title, page.declared_count, len(page.comments), page.comments[0].author
    ('Hello', 2, 1, 'Ann')
    """

    title: str | None = None
    article: Article = attrs.field(factory=Article)
    declared_count: int | None = None
    comments: list[Comment] = attrs.field(factory=list)
    closed: bool = False
    furniture: list[Furniture] = attrs.field(factory=list)
    warnings: list[ParseWarning] = attrs.field(factory=list)
    _dialect: str | None = attrs.field(default=None, alias="dialect")
    _kind: str = attrs.field(default="blog", alias="kind")
    title_span: Span | None = None
    ends_with_newline: bool = True
    source: str | None = attrs.field(default=None, eq=False, repr=False)
    #: the reply links and quote sources are still to be found (`defer_links`)
    links_pending: bool = attrs.field(default=False, init=False, eq=False, repr=False)
    # the comments were read as a flat post list: `kind` is detected when first read
    _kind_of_posts: bool | None = attrs.field(default=None, init=False, eq=False, repr=False)

    @property
    def kind(self) -> str:
        """See the class's attributes (detected when first read: `defer_kind`)."""
        if self._kind_of_posts is not None:
            from threadparse.kinds import detect as detect_kind  # (reads the model)

            self._kind = detect_kind(self, self._kind_of_posts, self.source)
            self._kind_of_posts = None
        return self._kind

    @kind.setter
    def kind(self, value: str) -> None:
        self._kind, self._kind_of_posts = value, None

    def defer_kind(self, post_list: bool) -> None:
        """Leave `kind` to be detected (`threadparse.kinds.detect`) when first read;
        ``post_list``: the comments were read as a flat post list."""
        self._kind_of_posts = post_list

    def defer_links(self) -> None:
        """Leave the reply links and quote sources (`threadparse.links.link`) to the
        first read of a `Comment.reply` (or `replies_to`, `reply_evidence`) or a
        `Quote.source` of this page: a parse whose user never reads them does not pay
        for them. The links are found from the page as it is then."""
        for comment in self.walk():
            for block in comment.blocks:
                if isinstance(block, Quote):
                    block._page = self
        self.links_pending = True

    @property
    def dialect(self) -> str:
        """The converter the dump came from: as given to `threadparse.parse`, else
        detected from `source` when first read (`threadparse.dialect.detect`: a label,
        which no rule of the parse needs), ``"resiliparse"`` without either."""
        if self._dialect is None:
            self._dialect = "resiliparse" if self.source is None else detect(self.source)
        return self._dialect

    @dialect.setter
    def dialect(self, value: str) -> None:
        self._dialect = value

    def walk(self) -> Iterator[Comment]:
        """Every comment, depth-first in document order (iterative, any depth)."""
        stack = list(reversed(self.comments))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def __len__(self) -> int:
        """The number of comments at all depths."""
        return sum(1 for _ in self.walk())

    def __bool__(self) -> bool:
        """A page is a page, comments or not (``len(page)`` counts comments)."""
        return True

    @property
    def max_depth(self) -> int:
        """The deepest comment's depth (-1 without comments)."""
        return max((c.depth for c in self.walk()), default=-1)

    def stats(self) -> dict[str, Any]:
        """The page's figures as plain data: counts, depths, participants, and who
        answers whom (what ``threadparse stats`` prints; see `threadparse.stats`).

        >>> import threadparse
        >>> text = "T\\n\\n  1. Ann says:\\n    Hi\\n    • Bob says:\\n      Yo\\n"
        >>> figures = threadparse.parse(text).stats()
        >>> figures["participants"], figures["who_answers_whom"], figures["longest_chain"]
        (2, [{'author': 'Bob', 'answers': 'Ann', 'replies': 1}], 2)
        """
        from threadparse.export import stats

        return stats(self)

    def _own_fields(self) -> tuple[Any, ...]:
        return (
            self.title,
            self.article,
            self.declared_count,
            self.closed,
            self.furniture,
            self.warnings,
            self.dialect,
            self.kind,
            self.title_span,
            self.ends_with_newline,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Page):
            return NotImplemented
        if self._own_fields() != other._own_fields() or len(self.comments) != len(other.comments):
            return False
        pairs = zip(self.comments, other.comments, strict=True)
        return all(_no_recursion_eq(a, b) for a, b in pairs)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"Page(title={self.title!r}, blocks={len(self.article.blocks)}, "
            f"declared_count={self.declared_count!r}, comments={len(self)}, "
            f"top_level={len(self.comments)}, closed={self.closed}, warnings={len(self.warnings)})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        from threadparse.export import from_dict, to_dict

        return (from_dict, (to_dict(self),))

    def __rich__(self) -> Any:
        from threadparse.render import page_view

        return page_view(self)
