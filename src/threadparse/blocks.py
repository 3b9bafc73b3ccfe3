"""Lines to blocks: an article's or a comment's lines grouped into paragraphs and quotes.

`transform` decides which lines make a body; this module groups them:

* `group_blocks` finds forum quote boxes ("Ann wrote:" over the quoted lines,
  `quoteboxes.find_box`) and groups the lines between them into paragraphs;
* a blank line ends a paragraph, a list item is a paragraph of its own, and a line
  of its own that is a reply link goes into the comment's metadata instead;
* a paragraph printed in quotation marks, or with `>` marks on every line, is a
  `Quote`;
* a paragraph that is one stretch of the source is read from it when first asked
  for (`model.SourceText`), not copied at parse time.
"""

from __future__ import annotations

from threadparse import lines as L
from threadparse.model import Block, Meta, Paragraph, Quote, SourceText
from threadparse.outline import OutlineNode
from threadparse.quoteboxes import Box, find_box
from threadparse.span import Span

_OPEN_QUOTES = "“\"«„‘‚»'"
_CLOSE_QUOTES = "”\"»“’'«"
_TRAILING_PUNCT = ".,;:!?)… "  # and spaces


def node_span(node: OutlineNode) -> Span:
    """The span of the node's own line."""
    return Span(node.line, node.end_line, node.start, node.end)


def _is_quote(text: str) -> bool:
    """A text printed in quotation marks, whole (punctuation after the last one aside)."""
    body = text.rstrip(_TRAILING_PUNCT)
    return len(body) > 2 and body[0] in _OPEN_QUOTES and body[-1] in _CLOSE_QUOTES


def article_blocks(stretches: list[tuple[list[OutlineNode], bool]]) -> list[Block]:
    """The article's blocks: each stretch of lines between furniture, grouped (`group_blocks`;
    the flag: a quote box can open there)."""
    blocks: list[Block] = []
    for body, boxes in stretches:
        blocks += group_blocks(body, boxes=boxes)
    return blocks


def group_blocks(
    nodes: list[OutlineNode], replies: list[Meta] | None = None, boxes: bool = True
) -> list[Block]:
    """Group flattened lines into quote boxes (`quoteboxes.find_box`) and paragraphs
    (`_paragraphs`) between them. ``nodes`` are units: their children are not read.
    ``replies``: as for `_paragraphs`. ``boxes=False``: no quote box can open among the
    lines (the page or the body has no attribution's words), none is looked for."""
    if not boxes:
        return _paragraphs(nodes, replies)
    blocks: list[Block] = []
    column = nodes[-1].column if nodes else 0  # (a body ends in its own words, not a quote)
    start = at = 0  # the lines from ``start`` on are not in a block yet
    while at < len(nodes):
        box = find_box(nodes, at, column)
        if box is None:
            at += 1
            continue
        blocks += _paragraphs(nodes[start:at], replies)
        blocks.append(_boxed_quote(nodes, at, box))
        start = at = box.end
    blocks += _paragraphs(nodes[start:], replies)
    return blocks


def _paragraphs(nodes: list[OutlineNode], replies: list[Meta] | None) -> list[Block]:
    """Group flattened lines into paragraphs (a blank line ends one); each list item
    is a paragraph of its own. With ``replies`` (a comment's body), a line of its own
    that is a reply link goes there, as metadata, instead of being a paragraph."""
    blocks: list[Block] = []
    run: list[OutlineNode] = []
    for node in nodes:
        if run and node.line > run[-1].end_line + 1:  # something else stood between
            _add_paragraph(run, blocks, replies)
            run = []
        if node.marker is not None:
            if run:
                _add_paragraph(run, blocks, replies)
                run = []
            blocks.append(Paragraph(node.text, node_span(node), marker=node.marker))
            continue
        run.append(node)
        if node.blank_after:
            _add_paragraph(run, blocks, replies)
            run = []
    if run:
        _add_paragraph(run, blocks, replies)
    return blocks


def _boxed_quote(nodes: list[OutlineNode], at: int, box: Box) -> Quote:
    """The `Quote` of a forum quote box: its quoted lines (``>`` marks taken off), the
    name and the line its attribution gives; its span runs over the whole box."""
    first, last = nodes[at], nodes[box.end - 1]
    texts = [box.attribution.rest] if box.attribution.rest else []
    for index in box.quoted:
        text = nodes[index].text
        if box.attribution.prefixed:
            text = text.lstrip("> ")
        if text:
            texts.append(text)
    attribution = " ".join(nodes[at + i].text.lstrip("> ") for i in range(box.opening))
    if box.attribution.prefixed:
        attribution = "> " + attribution
    if box.attribution.rest:  # (phpBB's "Ann wrote:Body": the body is quoted text)
        attribution = attribution[: attribution.rfind(box.attribution.rest)].rstrip() or attribution
    return Quote(
        "\n".join(texts),
        Span(first.line, last.end_line, first.start, last.end),
        explicit=box.attribution.prefixed,
        author=box.attribution.author,
        attribution=attribution,
    )


def _add_paragraph(run: list[OutlineNode], blocks: list[Block], replies: list[Meta] | None) -> None:
    if replies is not None and len(run) == 1 and _is_reply_line(run[0]):
        replies.append(Meta(run[0].text, "reply", node_span(run[0])))
    else:
        blocks.append(_paragraph(run))


def _is_reply_line(node: OutlineNode) -> bool:
    """A plain line that is a reply link, not a quotation. A line read from the source
    is as long as its span; longer than a reply link can be, it is not read at all."""
    if node.stored_text is None and node.end - node.start > 120:  # (is_reply_link's limit)
        return False
    text = node.text
    return not text.startswith(">") and not _is_quote(text) and L.is_control_line(text)


def _in_source(run: list[OutlineNode]) -> SourceText | None:
    """The lines' texts joined with ``\\n``, as a stretch of the source, when they are
    one: plain lines read from the source at one column (a paragraph, wrapped or not),
    no blank before a line end; their indentation is taken out when the text is read."""
    first, last = run[0], run[-1]
    source, column = first.source, first.column
    if source is None:
        return None
    for node in run:
        if node.stored_text is not None or node.column != column:
            return None
    start, end = first.start, last.end
    breaks = len(run) - 1
    if not breaks:
        return SourceText(source, start, end)
    indent = source[start - column + 1 : start]
    if (  # every line end is followed by the indentation, and no blank precedes one
        source.count("\n", start, end) != breaks
        or (indent and source.count("\n" + indent, start, end) != breaks)
        or source.find(" \n", start, end) >= 0
        or source.find("\t\n", start, end) >= 0
        or source.find("\u00a0\n", start, end) >= 0
    ):
        return None
    return SourceText(source, start, end, indent)


def _paragraph(run: list[OutlineNode]) -> Block:
    first, last = run[0], run[-1]
    span = Span(first.line, last.end_line, first.start, last.end)
    lazy = _in_source(run)
    if lazy is None or lazy.source[lazy.start] == ">":
        return _text_block([n.text for n in run], span)
    # (the indentation inside the stretch changes neither its first nor its last character)
    if _is_quote(lazy.source[lazy.start : lazy.end]):
        return Quote(lazy, span)
    return Paragraph(lazy, span)


def _text_block(texts: list[str], span: Span) -> Block:
    if texts[0].startswith(">") and all(t.startswith(">") for t in texts):
        return Quote("\n".join(t[1:].lstrip() for t in texts), span, explicit=True)
    text = texts[0] if len(texts) == 1 else "\n".join(texts)
    return Quote(text, span) if _is_quote(text) else Paragraph(text, span)
