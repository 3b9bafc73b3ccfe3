"""Terminal rendering with rich: a page as a header plus a tree of comments.

`page_view` and `comment_tree` back ``Page.__rich__`` and ``Comment.__rich__``, so
``rich.print(page)`` just works; `RenderOptions` holds what the ``show`` command lets
a user choose. rich's `Tree` silently renders nothing for nodes whose guides fill the
width, so the visual depth is capped: deeper replies are drawn at the cap, marked
with their real depth ("↳ depth 37"). Every comment is drawn exactly once.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

import attrs
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.segment import Segment
from rich.text import Text

from threadparse.model import Comment, Page, Quote, ReplyLink

# Colours that read on dark and light terminals; an author always gets the same one.
PALETTE = (
    "cyan", "magenta", "green", "yellow", "blue", "red",
    "bright_cyan", "bright_magenta", "bright_green", "dark_orange", "orchid", "turquoise2",
)  # fmt: skip
GUIDE_WIDTH = 4  # columns rich's Tree uses per level
ROOM_FOR_LABEL = 36  # columns kept for a label at the deepest drawn level
PREVIEW = 100


def author_style(author: str | None) -> str:
    """The author's colour: stable across runs and machines (crc32, not hash())."""
    if not author:
        return "dim italic"
    # surrogatepass: parse takes any str, lone surrogates included
    return "bold " + PALETTE[zlib.crc32(author.encode("utf-8", "surrogatepass")) % len(PALETTE)]


@attrs.define(frozen=True, slots=True)
class RenderOptions:
    """What to draw.

    Attributes:
        full: whole comment bodies instead of one-line previews.
        max_depth: draw replies down to this depth only (None: all); hidden ones are counted.
        author: draw only this author's comments (and, dimmed, the comments they answer).
        width: the terminal width the tree must fit (None: 100); sets the visual depth cap.
    """

    full: bool = False
    max_depth: int | None = None
    author: str | None = None
    width: int | None = None

    def fitted(self, width: int) -> RenderOptions:
        """These options, with ``width`` filled in from the console when it was not set."""
        return self if self.width is not None else attrs.evolve(self, width=width)

    @property
    def depth_cap(self) -> int:
        """The deepest level drawn as its own level; deeper replies are drawn at it."""
        width = self.width or 100
        return max(1, (width - ROOM_FOR_LABEL) // GUIDE_WIDTH)


def _one_line(text: str, width: int, style: str) -> Text:
    """``text`` on one line of at most ``width`` cells, cut with "…" (a dump that is one
    50 MB line has a 50 MB title: only what fits is ever made into a `Text`)."""
    line = Text(text[: width + 1], style=style, no_wrap=True, overflow="ellipsis")
    line.truncate(width, overflow="ellipsis")
    return line


def _preview(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= PREVIEW else line[: PREVIEW - 1] + "…"


def _label(comment: Comment, options: RenderOptions, drawn_depth: int, dim: bool) -> RenderableType:
    head = Text()
    head.append(comment.author or "(no name)", style=author_style(comment.author))
    if comment.kind != "comment":
        head.append(f" [{comment.kind}]", style="dim")
    if comment.number is not None:
        head.append(f"  #{comment.number}", style="dim")
    if comment.date:
        head.append(f"  {comment.date}", style="dim")
    if comment.depth != drawn_depth:
        head.append(f"  ↳ depth {comment.depth}", style="bold dim")
    if options.full and comment.reply is not None and comment.reply.evidence != "nesting":
        head.append(f"  ↪ {_answers(comment.reply)}", style="cyan")
    if dim:
        head.stylize("dim")
    if not options.full:
        if comment.blocks and not dim:
            head.append("  ")
            head.append(_preview(comment.text))
        head.no_wrap = True
        head.overflow = "ellipsis"
        return head
    parts: list[RenderableType] = [head]
    for index, block in enumerate(comment.blocks):
        if index:
            parts.append(Text(""))  # a blank line between paragraphs, as on the page
        if isinstance(block, Quote):
            parts.append(Text("▌ " + block.shown.replace("\n", "\n▌ "), style="italic dim"))
        else:
            marker = getattr(block, "marker", None)
            parts.append(Text(f"{marker} {block.text}" if marker else block.text))
    return Group(*parts)


def _answers(link: ReplyLink) -> str:
    """Whom a comment answers, as its label says it: "answers Ann (quote)"."""
    if isinstance(link.to, Comment):
        whom = link.to.author or "a nameless comment"
        if link.to.number is not None:
            whom += f" #{link.to.number}"
    else:
        whom = "the article"
    unsure = ", nearest of several" if link.ambiguous else ""
    return f"answers {whom} ({link.evidence}{unsure})"


@attrs.define(slots=True, eq=False)
class _Branch:
    """A label and the branches under it: what `GuideTree` draws."""

    label: RenderableType
    children: list[_Branch] = attrs.field(factory=list)

    def add(self, label: RenderableType) -> _Branch:
        branch = _Branch(label)
        self.children.append(branch)
        return branch


@attrs.define(slots=True)
class GuideTree:
    """Draws like rich's `Tree` (the same guides), line by line and without recursion:
    one-line labels are cut to the width directly instead of going through rich's
    wrap-and-crop of every label, which makes 10,000 comments draw several times faster.
    """

    root: _Branch
    guide_style: str = "bright_black"

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        guide = console.get_style(self.guide_style)
        newline = Segment.line()
        stack: list[tuple[_Branch, str, str]] = [(self.root, "", "")]
        while stack:
            branch, first, rest = stack.pop()
            room = max(1, width - cell_len(first))
            label = branch.label
            if isinstance(label, Text) and label.no_wrap and "\n" not in label.plain:
                line = label.copy()
                line.truncate(room, overflow="ellipsis")
                rendered = [list(line.render(console))]
            else:
                rendered = console.render_lines(label, options.update_width(room), pad=False)
            for number, segments in enumerate(rendered):
                prefix = first if number == 0 else rest
                if not any(segment.text.strip() for segment in segments):
                    prefix = prefix.rstrip()  # a blank line: the guides without trailing blanks
                if prefix:
                    yield Segment(prefix, guide)
                yield from segments
                yield newline
            children = branch.children
            for index in range(len(children) - 1, -1, -1):
                last = index == len(children) - 1
                stack.append(
                    (children[index], rest + ("└── " if last else "├── "),
                     rest + ("    " if last else "│   "))
                )  # fmt: skip


def _wanted(roots: Iterable[Comment], author: str | None) -> tuple[set[int], set[int]] | None:
    """For an author filter: ids of the matching comments and of their ancestors."""
    if author is None:
        return None
    wanted = author.casefold()
    hits: set[int] = set()
    context: set[int] = set()
    for root in roots:
        for c in root.walk():
            if (c.author or "").casefold() == wanted:
                hits.add(id(c))
                above = c.parent
                while above is not None and id(above) not in context:  # each marked once
                    context.add(id(above))
                    above = above.parent
    return hits, context - hits


def _grow(tree: _Branch, roots: list[Comment], options: RenderOptions, base_depth: int) -> int:
    """Add ``roots`` and their replies under ``tree``; returns how many were hidden."""
    cap = options.depth_cap
    filt = _wanted(roots, options.author)
    hidden = 0
    stack: list[tuple[_Branch, Comment, int]] = [(tree, c, 0) for c in reversed(roots)]
    while stack:
        parent, comment, drawn = stack.pop()
        if options.max_depth is not None and comment.depth > options.max_depth:
            hidden += 1 + sum(1 for _ in comment.descendants)
            continue
        dim = False
        if filt is not None:
            hits, context = filt
            if id(comment) not in hits and id(comment) not in context:
                continue
            dim = id(comment) in context
        node = parent.add(_label(comment, options, base_depth + drawn, dim))
        if drawn >= cap:  # draw deeper replies as siblings, at the cap
            node, child_drawn = parent, drawn
        else:
            child_drawn = drawn + 1
        stack.extend((node, child, child_drawn) for child in reversed(comment.children))
    return hidden


def _guide_tree(
    label: RenderableType, roots: list[Comment], options: RenderOptions, base_depth: int
) -> tuple[GuideTree, int]:
    """A tree under ``label`` of ``roots`` and their replies, and how many were hidden."""
    top = _Branch(label)
    hidden = _grow(top, roots, options, base_depth)
    return GuideTree(top), hidden


def _summary(page: Page) -> Text:
    total = len(page)
    text = Text()
    if page.declared_count is not None:
        text.append(f"{page.declared_count} declared · ", style="dim")
    text.append(f"{total} comment{'s' if total != 1 else ''}")
    text.append(f" · {len(page.comments)} top-level · max depth {max(page.max_depth, 0)}")
    if page.closed:
        text.append(" · closed", style="dim")
    if page.warnings:
        count = len(page.warnings)
        text.append(f" · {count} warning{'s' if count != 1 else ''}", style="yellow")
    return text


@attrs.define(frozen=True, slots=True)
class PageView:
    """A rich renderable of a page; sizes its depth cap to the console it is drawn on."""

    page: Page
    options: RenderOptions = attrs.field(factory=RenderOptions)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        render = self.options.fitted(options.max_width)
        page = self.page
        yield _one_line(page.title or "(untitled)", options.max_width, "bold underline")
        article = " ".join(page.article.text.split())
        if article:
            limit = 400 if render.full else 160
            cut = article if len(article) <= limit else article[: limit - 1] + "…"
            yield Text(cut, style="dim")
        yield _summary(page)
        if page.comments:
            tree, hidden = _guide_tree(Text("comments", style="bold"), page.comments, render, 0)
            yield tree
            if hidden:
                yield Text(f"({hidden} deeper replies hidden by --depth)", style="dim")


@attrs.define(frozen=True, slots=True)
class CommentView:
    """A rich renderable of a comment and its replies."""

    comment: Comment
    options: RenderOptions = attrs.field(factory=RenderOptions)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        render = self.options.fitted(options.max_width)
        c = self.comment
        label = _label(c, render, c.depth, dim=False)
        yield _guide_tree(label, c.children, render, c.depth + 1)[0]


def page_view(page: Page, options: RenderOptions | None = None) -> PageView:
    """The page: title, a short article summary, counts, and the comment tree."""
    return PageView(page, options or RenderOptions())


def comment_tree(comment: Comment, options: RenderOptions | None = None) -> CommentView:
    """The comment and its replies, as a tree."""
    return CommentView(comment, options or RenderOptions())
