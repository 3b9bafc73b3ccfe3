"""Who answers whom: reply links between comments, and where quotes come from.

`link` reads a built `Page` and fills in each `Comment.reply` and each `Quote.source`.
It reads the model only, never the dump (text → outline → model → links → views).

* **Quote sources.** A quote's words are looked up, four-word run by four-word run, in
  the article's blocks and in the earlier comments' own text (their quotes left out,
  so a quote of a quote finds the post that wrote it). The block or comment holding at
  least half of the quote's runs is its source: the one holding most of them, among
  those the quote's named author wrote when it names one, the earliest on a tie (a
  text's first appearance is where it comes from). Shorter quotes must appear whole.
* **Reply links.** Where the page nests (some comment sits below the top level), the
  tree decides: a reply answers its parent, a top-level comment the article (evidence
  ``nesting``). In a flat thread a comment's own text decides, strongest cue first: a
  reference ("In reply to #12", "Reply to Ann"), a quote of an earlier comment or of
  the article (by its text, or by the name its box gives), a mention ("@Ann", or "Ann:"
  opening the text); without a cue, the tree's reading stands (the top level answers
  the article). A name that posted more than once before is read as its nearest
  earlier comment, and the link says it was ambiguous.

>>> import threadparse
>>> page = threadparse.parse(
...     "Topic\\n\\n  • Ann says:\\n    Tabs are better than spaces.\\n"
...     "  • Bob says:\\n    @Ann no, spaces.\\n"
... )
>>> bob = page.comments[1]
>>> bob.replies_to.author, bob.reply_evidence
('Ann', 'mention')
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator

from threadparse import lines as L
from threadparse.model import Article, Block, Comment, Evidence, Page, Quote, ReplyLink

#: A quote's words are matched in runs of this many.
RUN = 4
#: The share of a quote's runs its source must hold (partial quotes, small edits).
COVER = 0.5
#: Quotes of fewer words than this link by the name their box gives only.
MIN_WORDS = 3
#: A quote is looked up by at most this many of its runs, spread over it.
SAMPLES = 12
#: A run found in more units than this stops being looked for (boilerplate).
MAX_HOLDERS = 64
#: Units looked at where a word of a run stands, at most, before another of its words
#: (of the `_ANCHORS` longest) is tried, then the words of all units at once.
_WORD_CHECKS = 12
_ANCHORS = 2

_WORD = re.compile(r"\w+")
_NAME_WORDS = 6  # the longest name a mention is looked up by, in words
_AFTER_NAME = ":,;.!?"  # what may close a name opening a text ("Ann:", "@Ann,")
_HANDLE = re.compile(r"[\w.\-]+")  # "@ann_lee.k" (a handle's dots and dashes kept)
# "In reply to #12", "Reply to Ann", "Replying to @Ann", "Re: #12" opening a line.
_REFERENCE = re.compile(
    r"(?i)^\W{0,3}(?:in reply to|replying to|reply to|in response to|responding to|"
    r"antwort auf|re:)\s+(.{1,60}?)\s*[:.,]?$"
)
_NUMBER_REF = re.compile(r"^(?:post\s*)?#\s?([0-9]{1,7})\b", re.IGNORECASE)


def link(page: Page) -> None:
    """Find every comment's `Comment.reply` and every quote's `Quote.source` (in place).

    Called by `threadparse.from_dict`, and on the first read of a reply link or a quote's
    source of a page `threadparse.parse` made (`Page.defer_links`); call it again after
    editing a page's comments by hand once its links were read.
    """
    page.links_pending = False
    comments = list(page.walk())
    for block in page.article.blocks:
        if isinstance(block, Quote):
            block.source = None  # the article quotes others: not on this page
    if any(isinstance(block, Quote) for c in comments for block in c.blocks):
        sources = _Sources(page.article, comments)
        for index, comment in enumerate(comments):
            for quote in comment.quotes:
                quote.source = sources.find(quote, index)
    if any(c.depth > 0 for c in comments):  # the page nests: the tree decides
        for comment in comments:
            comment.reply = _by_nesting(comment, page.article)
        return
    authors = _Authors()
    for index, comment in enumerate(comments):
        found = _flat_link(comment, index, comments, authors, page.article)
        if found is None:  # (no cue: the top level answers the article)
            found = _by_nesting(comment, page.article)
        comment.reply = found
        authors.add(comment, index)


def _by_nesting(comment: Comment, article: Article) -> ReplyLink:
    """The tree's reading: a reply answers its parent, a top-level comment the article."""
    return ReplyLink(article if comment.parent is None else comment.parent, "nesting")


def words(text: str) -> list[str]:
    """A text's words, casefolded: what quote matching compares.

    >>> words("Ann's “quote”, re-quoted!")
    ['ann', 's', 'quote', 're', 'quoted']
    """
    return _WORD.findall(text.casefold())


class _Joined:
    """Strings kept end to end (joined into one when it is read), each found back from a
    position in it: the units of `_Sources`, one string per unit."""

    __slots__ = ("_joined", "_parts", "ends")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.ends: list[int] = []  # where each string ends in ``text``
        self._joined = ""

    def __len__(self) -> int:
        return len(self.ends)

    def add(self, part: str) -> None:
        self._parts.append(part)
        self.ends.append(self.start(len(self.ends)) + len(part))

    def start(self, unit: int) -> int:
        """Where string ``unit`` starts in ``text`` (``len(self)``: where it ends)."""
        return self.ends[unit - 1] if unit else 0

    @property
    def text(self) -> str:
        if len(self._joined) != self.start(len(self.ends)):
            self._joined = "".join(self._parts)
        return self._joined

    def units_with(self, needle: str, first: int) -> Iterator[int]:
        """The strings before string ``first`` that hold ``needle``, in order."""
        text, limit = self.text, self.start(first)
        at = text.find(needle, 0, limit)
        while at >= 0:
            unit = bisect_right(self.ends, at)
            yield unit
            at = text.find(needle, self.ends[unit], limit)


class _Sources:
    """The texts a quote can come from.

    Unit 0.. are the article's blocks, then per comment one unit of its own text and
    one of its quotes (found only by a quote that names that comment's author: a quote
    of a quote), in page order, so the units before a comment are a prefix: a quote
    only finds what stands before it. The comments are read in as the quotes ask
    (`_start_of`): those after the last quote are never read.

    A quote is looked up by up to `SAMPLES` of its four-word runs. The units' texts are
    kept casefolded (``texts``) and their words indexed as the quotes ask (each word's
    units, in order: ``_postings``), where a run's longest word is looked up; only the
    units it stands in are searched for the run in their words (`words`): a unit whose
    words hold the run holds that word. (An index, not a search of the text before each
    quote: a page of quotes costs its length, not its length times its quotes.)
    """

    def __init__(self, article: Article, comments: list[Comment]) -> None:
        self.units: list[Block | Comment] = []
        self.quoting: list[bool] = []  # the unit is a comment's quotes, not its own words
        self.first_comment: list[int] = []  # each comment read in: its first unit
        self.texts: list[str] = []  # each unit's text casefolded
        self._comments = comments
        self._words: dict[int, str] = {}  # a unit's words, as " w1 w2 … " (when asked)
        self._all_words = _Joined()  # the units' words, in order, as far as asked
        self._postings: dict[str, list[int]] = {}  # a word: the units it stands in
        self._indexed = 0  # the units indexed in ``_postings`` (a prefix)
        for block in article.blocks:
            self._add(block, block.read_text(), False)

    def _start_of(self, index: int) -> int:
        """The first unit of comment ``index``, the comments before it read in first."""
        while len(self.first_comment) < index:
            comment = self._comments[len(self.first_comment)]
            self.first_comment.append(len(self.units))
            own = [b.read_text() for b in comment.blocks if not isinstance(b, Quote)]
            self._add(comment, "\n".join(own), False)
            quoted = [b.read_text() for b in comment.blocks if isinstance(b, Quote)]
            if quoted:
                self._add(comment, "\n".join(quoted), True)
        return self.first_comment[index] if index < len(self.first_comment) else len(self.units)

    def _add(self, unit: Block | Comment, text: str, quoting: bool) -> None:
        self.texts.append(text.casefold())
        self.units.append(unit)
        self.quoting.append(quoting)

    def _words_of(self, unit: int) -> str:
        """The unit's words, as " w1 w2 … " (split when first asked)."""
        known = self._words.get(unit)
        if known is None:
            known = self._words[unit] = " " + " ".join(_WORD.findall(self.texts[unit])) + " "
        return known

    def _units_with(self, word: str, first: int) -> list[int]:
        """The units before unit ``first`` whose words hold ``word``, in order (the
        units indexed up to there first)."""
        while self._indexed < first:
            unit = self._indexed
            for each in set(_WORD.findall(self.texts[unit])):
                self._postings.setdefault(each, []).append(unit)
            self._indexed += 1
        units = self._postings.get(word, [])
        return units[: bisect_left(units, first)]

    def find(self, quote: Quote, before: int) -> Block | Comment | None:
        """The source of a quote standing in comment ``before`` (its index)."""
        found = words(quote.read_text())
        if len(found) < MIN_WORDS:
            return None
        first = self._start_of(before)
        count = max(1, len(found) - RUN + 1)
        step = max(1, count // SAMPLES)
        probes = [found[i : i + RUN] for i in range(0, count, step)][:SAMPLES]
        hits: dict[int, int] = defaultdict(int)
        for probe in probes:
            for unit in self._holders(probe, first):
                hits[unit] += 1
        needed = max(1, int(COVER * len(probes) + 0.999))
        held = [u for u, n in hits.items() if n >= needed]
        best = [u for u in held if not self.quoting[u]]
        if quote.author is not None:  # the named author's words, else a post of theirs
            key = _name_key(quote.author)  # that quotes them (the box links to that post)
            named = [u for u in held if _unit_author(self.units[u]) == key]
            best = [u for u in named if not self.quoting[u]] or named or best
        if not best:
            return None
        top = max(hits[u] for u in best)
        return self.units[min(u for u in best if hits[u] == top)]

    def _holders(self, probe: list[str], first: int) -> set[int]:
        """The units before unit ``first`` whose words hold ``probe``, at most
        `MAX_HOLDERS`: looked for in the units where one of its longest words stands
        (a unit whose words hold the run holds each of its words), or, when those
        words stand in many units, in the words of all units at once."""
        run = " " + " ".join(probe) + " "
        for word in sorted(set(probe), key=len, reverse=True)[:_ANCHORS]:
            holders = self._holders_by(word, run, first)
            if holders is not None:
                return holders
        while len(self._all_words) < first:
            self._all_words.add(self._words_of(len(self._all_words)) + "|")  # (runs stay put)
        holders = set()
        for unit in self._all_words.units_with(run, first):
            holders.add(unit)
            if len(holders) == MAX_HOLDERS:
                break
        return holders

    def _holders_by(self, word: str, run: str, first: int) -> set[int] | None:
        """`_holders` among the units where ``word`` stands (None: more than
        `_WORD_CHECKS` of them, a word too common to look by)."""
        holders: set[int] = set()
        for checked, unit in enumerate(self._units_with(word, first)):
            if len(holders) == MAX_HOLDERS:
                break
            if checked == _WORD_CHECKS:
                return None
            if run in self._words_of(unit):
                holders.add(unit)
        return holders


def _unit_author(unit: Block | Comment) -> str | None:
    return _name_key(unit.author) if isinstance(unit, Comment) and unit.author else None


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


class _Authors:
    """The earlier comments of each name (and of each post number), as a flat thread is
    read down the page."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[int]] = defaultdict(list)
        self.written: dict[str, str] = {}  # a name's key → the name as first written
        self.by_squashed: dict[str, list[int]] = defaultdict(list)
        self.comments: list[tuple[int, str]] = []  # (index, author) in page order
        self.squashed = 0  # how many of them ``by_squashed`` holds (filled when asked)
        self.by_number: dict[int, int] = {}  # a post number → its latest comment so far

    def add(self, comment: Comment, index: int) -> None:
        if comment.number is not None:
            self.by_number[comment.number] = index
        if comment.author:
            key = _name_key(comment.author)
            self.by_key[key].append(index)
            self.written.setdefault(key, comment.author)
            self.comments.append((index, comment.author))

    def named(self, name: str) -> list[int]:
        """The earlier comments by ``name`` (as written, or as an @handle)."""
        found = self.by_key.get(_name_key(name))
        if found:
            return found
        for index, author in self.comments[self.squashed :]:
            squashed = L.squashed_name(author)
            if squashed:
                self.by_squashed[squashed].append(index)
        self.squashed = len(self.comments)
        return self.by_squashed.get(L.squashed_name(name)) or []

    def opening(self, text: str) -> str | None:
        """The key of the longest earlier author's name that opens ``text``, whole words
        (a colon or comma after it aside): looked up by the text's first words, as
        a name's key is made, so the cost does not grow with the page's authors."""
        words = text[:80].split()[:_NAME_WORDS]
        for size in range(len(words), 0, -1):
            candidate = " ".join(words[:size]).casefold()
            for key in (candidate, candidate.rstrip(_AFTER_NAME)):
                if key in self.by_key:
                    return key
        return None


def _flat_link(
    comment: Comment, index: int, comments: list[Comment], authors: _Authors, article: Article
) -> ReplyLink | None:
    return (
        _reference(comment, index, comments, authors)
        or _quoted(comment, comments, authors, article)
        or _mention(comment, comments, authors)
    )


def _by_name(
    name: str,
    comment: Comment,
    comments: list[Comment],
    authors: _Authors,
    evidence: Evidence,
    cue: str,
) -> ReplyLink | None:
    earlier = [i for i in authors.named(name) if comments[i] is not comment]
    own = _name_key(comment.author) if comment.author else None
    if not earlier or (own is not None and _name_key(name) == own):
        return None
    target = comments[earlier[-1]]
    return ReplyLink(target, evidence, cue, ambiguous=len(earlier) > 1)


def _first_lines(comment: Comment) -> Iterable[str]:
    """The lines a reference can stand on: reply metadata, then the body's first line."""
    for meta in comment.meta:
        if meta.role in ("reply", "other"):
            yield meta.text
    for block in comment.blocks:
        if not isinstance(block, Quote):
            yield block.read_text().split("\n", 1)[0]
            return


def _reference(
    comment: Comment, index: int, comments: list[Comment], authors: _Authors
) -> ReplyLink | None:
    for line in _first_lines(comment):
        text = line.strip()
        named = _REFERENCE.match(text)
        target = named.group(1).strip() if named else None
        number = _NUMBER_REF.match(target if target is not None else text)
        if number is not None:
            earlier = authors.by_number.get(int(number.group(1)))  # (the latest before)
            if earlier is not None:
                return ReplyLink(comments[earlier], "reference", text)
            continue
        if target is not None:
            found = _by_name(target.lstrip("@"), comment, comments, authors, "reference", text)
            if found is not None:
                return found
    return None


def _quoted(
    comment: Comment, comments: list[Comment], authors: _Authors, article: Article
) -> ReplyLink | None:
    for block in comment.blocks:
        if not isinstance(block, Quote):
            continue
        cue = block.attribution or block.read_text().split("\n", 1)[0][:80]
        source = block.source
        if isinstance(source, Comment):
            return ReplyLink(source, "quote", cue)
        if source is not None:
            return ReplyLink(article, "quote", cue)
        if block.author is not None:
            found = _by_name(block.author, comment, comments, authors, "quote", cue)
            if found is not None:
                return found
    return None


def _mention(comment: Comment, comments: list[Comment], authors: _Authors) -> ReplyLink | None:
    for block in comment.blocks:
        if isinstance(block, Quote):
            continue
        text = block.read_text()[:200].lstrip()
        if text.startswith("@"):
            name = authors.opening(text[1:])
            handle = name or _handle(text[1:])
            if handle:
                cue = "@" + text[1 : 1 + len(handle)]
                return _by_name(handle, comment, comments, authors, "mention", cue)
            return None
        name = authors.opening(text)
        if name is not None and text[len(name) : len(name) + 1] in (":", ","):
            if text[: len(name)] != authors.written[name]:
                return None  # "ann," is a word; "Ann," is a name
            return _by_name(name, comment, comments, authors, "mention", text[: len(name) + 1])
        return None
    return None


def _handle(text: str) -> str:
    """The handle opening ``text`` (what follows an "@"), "" when none does."""
    match = _HANDLE.match(text)
    return match.group(0).rstrip(".-") if match else ""
