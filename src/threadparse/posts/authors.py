"""Authors of header blocks: the small rules, tried in order, that tell which line of a
post's header block names its author (`_strong_author`, read by `_read_post`), and the
page-wide evidence they weigh: badges and ranks printed in every block, names over
titles or ranks, the place most blocks print their name, mentions in replies."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Container, Sequence

import attrs

from threadparse import lines as L
from threadparse.dates import (
    find_date,
    is_date_line,
)
from threadparse.outline import OutlineNode
from threadparse.posts.post import Post
from threadparse.posts.prose import (
    _BESIDE,
    _FIELD,
    _field_label,
    _first_cell,
    _pictured_leads,
    _pictured_name,
    _shows_nothing,
    _wordless,
    card_head,
    is_prose,
    name_beside_field,
)
from threadparse.posts.shapes import (
    _AVATAR_ALT,
    _BARE_RUN,
    _CONSTANT_SHARE,
    _COUNTER,
    _LABEL,
    _MAX_AFTER,
    _MAX_STAMP,
    _ROW_RULE,
    _alone_in_alt,
    _closes_line_above,
    _display,
    _is_avatar_of,
    _is_initial,
    _name_key,
    _opens_line_below,
    _shown,
    is_name_like,
    reply_to,
)
from threadparse.posts.stamps import (
    _CELL_BAR,
    _CELL_LINK,
    _UNWRAPPED,
    Stamp,
    _in_title,
    _pictured_owner,
)
from threadparse.quoteboxes import read_attribution


class _Badges(Container[str]):
    """The header blocks' doubled badges (`_doubled_badges`), read the first time a
    line printed twice asks whether it is one; ``everywhere`` holds, read as lazily,
    the lines printed twice in (nearly) every post."""

    def __init__(self, flat: Sequence[OutlineNode], runs: list[list[int]], posts: int) -> None:
        self._flat, self._runs, self._posts = flat, runs, posts
        self._keys: frozenset[str] | None = None
        self._everywhere: frozenset[str] = frozenset()
        self.everywhere = _Everywhere(self)

    def read(self) -> tuple[frozenset[str], frozenset[str]]:
        """The badges, and the lines printed twice in (nearly) every post."""
        if self._keys is None:
            self._keys, self._everywhere = _doubled_badges(self._flat, self._runs, self._posts)
        return self._keys, self._everywhere

    def __contains__(self, key: object) -> bool:
        return key in self.read()[0]


@attrs.define(slots=True)
class _Everywhere(Container[str]):
    """The lines a page's header blocks print twice in (nearly) every post
    (`_doubled_badges`): a control of the template ("Share" over "Share" closing each
    post), the same on every post as no name is."""

    badges: _Badges

    def __contains__(self, key: object) -> bool:
        return key in self.badges.read()[1]


def _doubled_badges(
    flat: Sequence[OutlineNode], runs: list[list[int]], posts: int
) -> tuple[frozenset[str], frozenset[str]]:
    """Lines that some header blocks print twice but others print once, two at least and
    half as many as print them twice: a badge some members' cards repeat ("Supporter"
    over "Supporter" under Ann, once under Bob and Cy), not a name printed twice (its
    template prints it twice in every post of its own; printed alone, in someone's list
    of reactions, it is rare). Then the lines printed twice in all posts but one at
    most (`_Everywhere`), three posts at least."""
    once: Counter[str] = Counter()
    twice: Counter[str] = Counter()
    for run in runs:  # (printed twice as `_strong_author` reads it: as a line, or at the
        keys = sorted(_name_key(flat[i].text) for i in run)  # start of a line, which
        for at, key in enumerate(keys):  # sorts right after it)
            if at and keys[at - 1] == key:
                continue
            following = keys[at + 1] if at + 1 < len(keys) else ""
            printed = following == key or following.startswith(key + " ")
            (twice if printed else once)[key] += 1
    badges = frozenset(key for key, n in twice.items() if once[key] >= max(2, n / 2))
    everywhere = frozenset(key for key, n in twice.items() if n >= max(3, posts - 1))
    ranks = _numbered_ranks(flat, runs) | _ranks_under_names(flat, runs)
    return badges | ranks | _worded_ranks(flat, runs), everywhere


_RANK_TEXTS = 3  # different doubled texts sharing a word, at least, for ranks


def _worded_ranks(flat: Sequence[OutlineNode], runs: list[list[int]]) -> frozenset[str]:
    """The lines the header blocks (``runs``) print twice, one right under the other,
    that share a word with `_RANK_TEXTS` different ones at least: a board's ranks, each
    printed as its text and its picture's ("Utente" over "Utente", "Utente esperto" over
    "Utente esperto", "Utente attivo"; "Member", "Senior Member", "Junior Member"), a
    word several posters' names do not share."""
    doubled: set[str] = set()
    for run in runs:
        for at, i in enumerate(run[:-1]):
            key = _name_key(flat[i].text)
            if key and run[at + 1] == i + 1 and _name_key(flat[i + 1].text) == key:
                doubled.add(key)
    holders: dict[str, set[str]] = {}
    for key in doubled:
        for word in set(key.split()):
            holders.setdefault(word, set()).add(key)
    ranks = [held for held in holders.values() if len(held) >= _RANK_TEXTS]
    return frozenset().union(*ranks) if ranks else frozenset()


def _ranks_under_names(flat: Sequence[OutlineNode], runs: list[list[int]]) -> frozenset[str]:
    """The lines of the header blocks printed twice (a line, the same under it: the
    rank's text over its picture's) between a name-like line and a labelled field
    ("Joined: …"), where the same doubled text stands under two names at least and each
    of those names over one doubled text alone: a rank several members hold ("Ann" over
    "Enchanter" over "Enchanter" over "Joined: …", "Bob" over the same), and then those
    one member holds alone in that place. Not a name its avatar's text doubles: the
    lines over it vary (a badge, a pager, the post before's last line), but no field
    stands under it (a date, a rank, a line about the member)."""
    unders: dict[str, set[str]] = {}  # (a doubled text: the lines over it)
    overs: dict[str, set[str]] = {}  # (a line over a doubled text: the texts under it)
    for run in runs:
        for at in range(1, len(run) - 2):
            i = run[at]
            if run[at + 2] != i + 2 or run[at - 1] != i - 1 or not _FIELD.match(flat[i + 2].text):
                continue  # (the rank's two prints, the fields under them)
            key, over = _name_key(flat[i].text), _name_key(flat[i - 1].text)
            if key != _name_key(flat[i + 1].text) or key == over or not key:
                continue
            if is_name_like(flat[i].text) and is_name_like(flat[i - 1].text):
                unders.setdefault(key, set()).add(over)
                overs.setdefault(over, set()).add(key)
    ranks = {
        key: len(names) >= 2
        for key, names in unders.items()
        if all(len(overs[name]) == 1 for name in names)
    }  # (one held by one member is a rank where another is held by several)
    return frozenset(ranks) if any(ranks.values()) else frozenset()


_RANK_NUMBER = re.compile(r"\s*[0-9]+")


def _numbered_ranks(flat: Sequence[OutlineNode], runs: list[list[int]]) -> frozenset[str]:
    """The lines of the header blocks that print one text twice (`_doubled`) where
    most blocks print such a line that is one word and a number, the number varying
    ("Level 1 Level 1", "Level 12 Level 12"): a member's rank, in its slot of the
    card, as the others printed so there ("Community Champion Community Champion")
    are; none where most blocks print no such numbered line."""
    doubled: list[tuple[str, str]] = []  # (the line's key, its text without numbers)
    blocks = 0
    for run in runs:
        found = [
            (_name_key(flat[i].text), _RANK_NUMBER.sub("", twice))
            for i in run
            if (twice := _doubled(_shown(flat[i].text))) is not None
        ]
        blocks += bool(found)
        doubled.extend(found)
    numbered: dict[str, set[str]] = {}
    for key, stem in doubled:
        if stem != key and stem and len(stem.split()) == 1:
            numbered.setdefault(stem, set()).add(key)
    ranked = [stem for stem, keys in numbered.items() if len(keys) >= 2]
    held = sum(1 for key, stem in doubled if stem in ranked)
    if not ranked or 2 * held < blocks:
        return frozenset()
    return frozenset(key for key, _ in doubled)


def _commonest_place(
    flat: Sequence[OutlineNode],
    stamps: list[tuple[int, Stamp]],
    blocks: list[list[int]],
    constants: frozenset[str],
    distances: list[int],
    whole: bool = False,
) -> int | None:
    """The distance over the stamp at which the most header blocks print a name-like
    line (each told author's distance counted once more; of places held as often, the
    one whose lines vary the most from post to post, then the nearest): where the posts
    print their author when too few are told by rule to say (none, or one post told,
    the page's first, whose block reaches into the page's header). A member's rank or
    join date, printed at its own place in every block too, repeats across posts: a
    few ranks, or one per member at most, as the names are. ``whole``: only a place
    held in every block but one at most (a header block of fixed lines), else None."""
    held = Counter(distances)
    texts: dict[int, set[str]] = {}
    numbered = _numbered_constants(flat, blocks)
    for (index, _), block in zip(stamps, blocks, strict=True):
        for i in block:
            if _candidate(flat[i].text, constants) and _masked(flat[i].text) not in numbered:
                held[index - i] += 1
                texts.setdefault(index - i, set()).add(_name_key(flat[i].text))
    if not held:
        return None if whole else 1
    best = max(held, key=lambda d: (held[d], len(texts.get(d, ())), -d))
    return None if whole and held[best] < len(stamps) - 1 else best


_DIGIT_RUN = re.compile(r"[0-9]+")


def _masked(text: str) -> str:
    """A line's name key with its numbers masked ("Rapporteren#12": "rapporteren#0")."""
    return _DIGIT_RUN.sub("0", _name_key(text))


def _numbered_constants(flat: Sequence[OutlineNode], blocks: list[list[int]]) -> set[str]:
    """The lines with a number that the header blocks print alike but for it, in the
    share of them a template's line is (`_constants`): a control numbered by its post
    ("Rapporteren#1", "Report #2") varies from post to post as names do, but is none."""
    return {text for text in _constants(flat, blocks, key=_masked) if _DIGIT_RUN.search(text)}


def _varied(
    flat: Sequence[OutlineNode],
    stamps: list[tuple[int, Stamp]],
    blocks: list[list[int]],
    constants: frozenset[str],
    place: int,
    nearest: int,
) -> bool:
    """Whether the name-like lines the posts' blocks print nearest to ``place`` lines
    over their stamps are other lines than those nearest to ``nearest``, and as many
    different texts at least: a member's rank or join date near the stamp repeats
    across posts, the names over it vary as much or more. (The first post aside: its
    block runs on into the page's header.)"""

    def picked(typical: int) -> list[int | None]:
        return [
            _likeliest_name(flat, index, block, constants, typical)[0]
            for (index, _), block in zip(stamps[1:], blocks[1:], strict=True)
        ]

    def texts(lines: list[int | None]) -> int:
        return len({_name_key(flat[line].text) for line in lines if line is not None})

    there, near = picked(place), picked(nearest)
    return there != near and texts(there) >= texts(near)


def _names_over_titles(
    flat: Sequence[OutlineNode],
    guessed: list[tuple[int | None, str | None] | None],
    runs: list[list[int]],
    constants: frozenset[str],
    named: frozenset[str] = frozenset(),
) -> list[tuple[int | None, str | None] | None]:
    """The guessed names, each moved up to the name-like line right over it while the
    guessed line is a member's title, printed under their name: a title ("Hall of
    Famer", "Moderator") is printed with the name in every post of theirs and with
    other names too, so the line over it is printed in two posts' header blocks at
    least and in none that lacks the title (but the first post's: a badge over the
    name in all its posts but the opening one, "OP" over Ann, is no name); or the title
    is printed right under two different name-like lines (the first post aside). A
    line that other posts answer by name (``named``: "Reply to Ann") is a name, no
    title: the label over it ("Author" over "Ann") is no name."""
    held: dict[str, list[tuple[int, int]]] = {}  # a line's key -> (post, line) printing it
    for number, run in enumerate(runs):
        for i in run:
            held.setdefault(_name_key(flat[i].text), []).append((number, i))

    def posts(key: str) -> set[int]:
        return {number for number, _ in held[key]}

    def under_names(key: str) -> bool:  # printed right under two different name-like lines
        over = {
            _name_key(flat[i - 1].text)
            for number, i in held[key]
            if number and i - 1 >= runs[number][0] and _candidate(flat[i - 1].text, constants)
        }
        return len(over) >= 2

    labels = _picture_labels(flat, runs)
    moved: list[tuple[int | None, str | None] | None] = []
    for guess, run in zip(guessed, runs, strict=True):
        line = guess[0] if guess else None
        if line is None or guess is None:
            moved.append(guess)
            continue
        start = line
        while line - 1 in run and _candidate(flat[line - 1].text, constants):
            key = _name_key(flat[line].text)
            if key in named or _picture_label(flat[line - 1].text, flat[line].text) in labels:
                break  # (the line over it its picture's text: the name, printed again)
            over, here = posts(_name_key(flat[line - 1].text)), posts(key)
            titled = len(over) >= 2 and over <= here and 0 not in here - over
            if not titled and not under_names(key):
                break
            line -= 1
        moved.append(guess if line == start else (line, _display(flat[line].text)))
    return moved


_LABELLED_NAMES = 2  # different names one picture's label is printed with, at least


def _picture_label(picture: str, name: str) -> str | None:
    """The words ``picture`` (a line over ``name``'s) prints around the name where it
    spells it (`lines.spells_name`), the name's place marked: "Avatar of Ann Lee" over
    "Ann Lee" is "avatar of …"; None where it does not spell it."""
    shown, owner = _shown(picture), _shown(name)
    if not L.spells_name(shown, owner):
        return None
    before, after = (
        (shown[: -len(owner)], "") if shown.endswith(owner) else ("", shown[len(owner) :])
    )
    return " ".join([*before.casefold().split(), "…", *after.casefold().split()])


def _picture_labels(flat: Sequence[OutlineNode], runs: list[list[int]]) -> frozenset[str]:
    """The labels of the pictures printed over their owner's name (`_picture_label`:
    an avatar's alternative text, the name under it again) that go with
    `_LABELLED_NAMES` different names at least: the template's words ("Avatar of Ann"
    over "Ann", "Avatar of Bo Ek" over "Bo Ek": "avatar of …"), whatever its language;
    a line that spells one name only (a title, "Ann's Kitchen" over "Ann") is none."""
    owners: dict[str, set[str]] = {}
    for run in runs:
        for i in run:
            if i - 1 in run and (label := _picture_label(flat[i - 1].text, flat[i].text)):
                owners.setdefault(label, set()).add(_name_key(flat[i].text))
    return frozenset(label for label, names in owners.items() if len(names) >= _LABELLED_NAMES)


_OPENED = 0.6  # share of the header blocks (the first aside) a name opens, at least


def _opening_names(
    flat: Sequence[OutlineNode],
    stamps: list[tuple[int, Stamp]],
    blocks: list[list[int]],
    constants: frozenset[str],
) -> list[tuple[int | None, str | None] | None] | None:
    """The posts' names where most header blocks open with one, at whatever distance
    over the stamp (a profile card of more or fewer fields under it: "Ann" over "Full
    Member" over "Posts: 9" over "Location: Leeds" over the stamp), the lines over it
    the template's alone (`_constants`, `_opener`). A name prints the same line under
    it each time (its rank, its field); a line opening blocks over several lines is
    the previous body's last (a signature: "OCPJP 7" over "Kwabena" and "Jesper"), the
    name under it; a rank opening the blocks prints the fields of several members,
    no name under it: then None. The first block runs on into the page's header: its
    name is the last of its lines that opens another block (its poster posting again),
    else the one at the distance over the stamp the others print theirs at most often.
    None where the blocks do not open so."""
    if len(stamps) < 3:
        return None
    lines = [_opener(flat, block, constants) for block in blocks[1:]]
    cards = _cards(flat, lines, blocks[1:])
    lines = [
        line + 1
        if line is not None and len(cards.get(_name_key(flat[line].text), ())) > 1
        else line
        for line in lines
    ]
    cards = _cards(flat, lines, blocks[1:])
    opened: list[tuple[int | None, str | None] | None] = [None]
    for line, block in zip(lines, blocks[1:], strict=True):
        if line is None or line + 1 not in block or not _candidate(flat[line].text, constants):
            opened.append(None)
        else:
            opened.append((line, _display(flat[line].text)))
    named = [o for o in opened[1:] if o is not None]
    if len(named) < _OPENED * (len(stamps) - 1) or len(cards) < 2 or len(cards) == len(named):
        return None  # (no name printed twice: no card to compare)
    if any(len(under) > 1 for under in cards.values()):
        return None  # (a rank opening the blocks: members of one rank, their own fields)
    distances = Counter(
        index - o[0] for (index, _), o in zip(stamps, opened, strict=True) if o and o[0] is not None
    )
    names = {_name_key(name or "") for _, name in named}
    again = [i for i in blocks[0] if _name_key(flat[i].text) in names]
    if again:  # (the first poster posting again: the name another block opens with)
        opened[0] = (again[-1], _display(flat[again[-1]].text))
        return opened
    typical = distances.most_common(1)[0][0]
    first = _likeliest_name(flat, stamps[0][0], blocks[0], constants, typical)
    opened[0] = first if first[0] is not None else None
    return opened


def _ranked(
    flat: Sequence[OutlineNode],
    guessed: list[tuple[int | None, str | None] | None],
    opening: list[tuple[int | None, str | None] | None],
) -> bool:
    """Whether the guessed names that are not the names opening their header blocks
    (`_opening_names`) all stand under a labelled field under the line under them (a
    rank), two of them at least: the guesses are lines of the card under the name's
    fields ("Meera" over "Sheriff" over "Posts: 18,402" over the guess, the pictures of
    her interests)."""
    under = 0
    for g, o in zip(guessed, opening, strict=True):
        if g is None or o is None or g[0] is None or o[0] is None or g[0] == o[0]:
            continue
        if g[0] < o[0] + 3 or not is_name_like(flat[o[0] + 1].text):
            return False  # (the name, its rank, a field at least, then the guess)
        if not any(_FIELD.match(flat[i].text) for i in range(o[0] + 2, g[0])):
            return False
        under += 1
    return under >= 2


def _cards(
    flat: Sequence[OutlineNode], lines: list[int | None], blocks: list[list[int]]
) -> dict[str, set[str]]:
    """The lines printed under each text opening a header block (``lines``, one by
    block): a name's rank or field, the same each time."""
    cards: dict[str, set[str]] = {}
    for line, block in zip(lines, blocks, strict=True):
        if line is not None and line + 1 in block:
            under = _name_key(flat[line + 1].text)
            cards.setdefault(_name_key(flat[line].text), set()).add(under)
    return cards


_SKIPPED = 2  # lines of no name over a header block's name (a signature's), at most


def _opener(flat: Sequence[OutlineNode], block: list[int], constants: frozenset[str]) -> int | None:
    """The first line of a header block that is not the template's (`_constants`),
    past the rest of the body's last line wrapped onto a line of its own over the
    template's first ("buy" / "new" over "Back to top") and past two lines at most that
    can be no name (a signature's: "Use Code Tags | Read the FAQ"), a picture's
    placeholder aside; None for a block of the template's lines alone."""
    start = 0
    if len(block) > 1 and all(_name_key(flat[i].text) in constants for i in block[1:2]):
        start = 1 if _name_key(flat[block[0]].text) not in constants else 0
    skipped = 0
    for i in block[start:]:
        if _name_key(flat[i].text) in constants or L.is_noise(flat[i].text):
            continue  # (or a picture's placeholder over the name: w3m's "[3bf-959-128]")
        if is_name_like(flat[i].text) or skipped == _SKIPPED:
            return i
        skipped += 1
    return None


def _fewer(
    found: list[tuple[int | None, str | None]],
    opening: list[tuple[int | None, str | None] | None],
) -> bool:
    """Whether the authors told by rule are two texts at most, fewer than the names
    opening the header blocks, on lines of their own under those names: a member's
    status printed twice ("Online Online", "Offline Offline") under a name that varies
    with the poster."""
    told = [f for f in found if f[0] is not None]
    if not told or len(told) * 2 < len(found):
        return False
    texts = {_name_key(name or "") for _, name in told}
    names = {_name_key(o[1] or "") for o in opening if o is not None}
    lines = {o[0] for o in opening if o is not None}
    return len(texts) <= 2 < len(names) and not any(line in lines for line, _ in told)


_MENTION_WORDS = 3  # words before the name of a line that answers a post, at most
_MARKS_ONLY = 4  # wordless paragraphs (an icon's "__", its link) over a reply line, at most
_MARKS_WRAPPED = 3  # lines of one such paragraph (a link html2text wrapped), at most
_MENTIONS_SHARED = 2  # names one such opening is printed before, at least


def _mention_lines(flat: Sequence[OutlineNode], runs: list[list[int]]) -> dict[int, str]:
    """The header lines that name the post they answer (line -> name): "Reply to NAME",
    or one to three words, the same on each, printed before two names or more that the
    header blocks print as name lines of their own ("Antwort auf Miriam Faltermeier"
    where "Miriam Faltermeier" heads a post): no poster's name, the answered one's.
    Words that stand before a name its own block prints too name the block's poster
    ("Profile photo for Ann" over "Ann", "Contact Ann"): no line after them answers."""
    names = {_name_key(flat[i].text) for run in runs for i in run if is_name_like(flat[i].text)}
    found: dict[int, str] = {}
    opened: dict[str, dict[int, str]] = {}  # an opening's key -> {line: name}
    own: set[str] = set()  # the openings printed before their own block's name
    for run in runs:
        keys = {_name_key(flat[i].text) for i in run}
        for i in run:
            text = flat[i].text
            if text[:1] == ">":
                continue  # (a quoted line, html2text's: a quote box's attribution)
            answered = reply_to(text)
            if answered is not None:
                found[i] = answered
                continue
            words = _shown(text).split()
            for size in range(1, min(_MENTION_WORDS, len(words) - 1) + 1):
                rest = _name_key(" ".join(words[size:]))
                if rest in names:
                    opening = " ".join(words[:size]).casefold()
                    opened.setdefault(opening, {})[i] = " ".join(words[size:])
                    if rest in keys:
                        own.add(opening)
                    break
    for opening, named in opened.items():
        if opening not in own and len({_name_key(n) for n in named.values()}) >= _MENTIONS_SHARED:
            found.update(named)
    return found


def _answer_mentions(
    flat: Sequence[OutlineNode], posts: list[Post], mentions: dict[int, str]
) -> None:
    """Each post's answered name (``reply_to``) from a line of its header block that
    names an earlier post's author, not its own (`_mention_lines`; "Contact Ann" in
    Ann's profile answers nobody), or from a "Reply to NAME" line right under its
    stamp, which then is the header's, not the body's ("2 years ago" over "Reply to
    Ann"; not "Replying to Ann:", which opens a quote of Ann's, nor a line of words
    learned before names only, "Zitat von Ann", which may too). A line naming no
    earlier poster ("In reply to Material list by ilse") is left as it is."""
    authors: set[str] = set()
    openings: dict[str, set[str]] = {}  # how the lines of each author's posts so far open
    ends = [post.start for post in posts[1:]] + [len(flat)]  # (no post's end is read yet)
    for post, end in zip(posts, ends, strict=True):
        own = _name_key(post.author or "")
        at = _past_marks(flat, post.body_start)  # (an icon's marks, html2text's "__")
        under = mentions.get(at)
        text = flat[at].text if under is not None else ""
        if (
            under is not None
            and _name_key(under) in authors
            and _name_key(under) != own  # (a look-up: no copy of the set a post)
            and (text[-1:] != ":" and reply_to(text) is not None)
        ):
            post.header.extend(range(post.body_start, at + 1))  # (the bodies are not
            post.body_start = at + 1  # read yet: `_bodies`)
        named = [
            mentions[i]
            for i in post.header
            if i in mentions and not _quotes(flat, i, openings.get(_name_key(mentions[i]), set()))
        ]
        answered = _name_key(named[0]) if named else own
        if post.reply_to is None and answered in authors and answered != own:
            post.reply_to = L.clean_author(named[0])
        authors.add(own)
        if mentions:  # (each line's opening kept once: a look-up a quote, however many posts)
            kept = openings.setdefault(own, set())
            for at in range(post.body_start, end):
                opening = _shown(flat[at].text)[: 2 * _QUOTED_LENGTH]
                if len(opening) >= _QUOTED_LENGTH:
                    kept.add(opening)


def _past_marks(flat: Sequence[OutlineNode], start: int) -> int:
    """The first line from ``start`` past the lines that show no word (`_wordless` as a
    reader sees them, `lines.plain`), `_MARKS_ONLY` of them at most, a link wrapped over
    lines counted as one: icons and the links only an icon shows, perhaps with their
    titles, as html2text prints a share button between a comment's date and its "Reply
    to NAME" line ("__", "[__](https://x.example/share?u=…" over '"Share On X")', "__")."""
    at = start
    for _ in range(_MARKS_ONLY):
        if at >= len(flat):
            break
        end = at  # (a link's lines: up to the first one closed by a blank line)
        while end < min(len(flat), at + _MARKS_WRAPPED) - 1 and not flat[end].blank_after:
            end += 1
        if _wordless(flat[at].text):
            at += 1  # (a mark alone, "__", perhaps over the reply line in its paragraph)
        elif "](" in flat[at].text and _wordless(
            L.plain(" ".join(n.text for n in flat[at : end + 1]))
        ):
            at = end + 1
        else:
            break
    return at


_QUOTE_REACH = 3  # lines under a quote box's attribution where the quoted words start
_QUOTED_LENGTH = 12  # characters of a body's line a quote copies, at least


def _quotes(flat: Sequence[OutlineNode], index: int, openings: set[str]) -> bool:
    """Whether the line at ``index``, naming the author of posts whose lines open as
    ``openings`` do (their first `_QUOTED_LENGTH` to twice that characters), is a quote
    box's attribution ("Zamieszczone przez Ann" over the words of Ann's post, copied):
    one of the lines right under it opens as a line of those posts does. A quote names
    whom it quotes, no post a reply answers: a forum's posts stay one list."""
    if not openings:
        return False
    for at in range(index + 1, min(index + 1 + _QUOTE_REACH, len(flat))):
        shown = _shown(flat[at].text)
        longest = min(len(shown), 2 * _QUOTED_LENGTH)
        if any(shown[:size] in openings for size in range(_QUOTED_LENGTH, longest + 1)):
            return True
    return False


def _names_over_ranks(
    flat: Sequence[OutlineNode],
    guessed: list[tuple[int | None, str | None] | None],
    found: list[tuple[int | None, str | None]],
    blocks: list[list[int]],
    constants: frozenset[str],
    stamped: Sequence[int] = (),
) -> list[tuple[int | None, str | None] | None]:
    """The guessed names, each moved up one line where most posts print their name as
    the first of two name-like lines or more (a name over its rank: "Ann" over "Junior
    Member" over "Posts: 12", the line over the name no name-like line) and this
    post's guess has a name-like line right over it and under it a line that other
    posts print two lines under their name, never right under it: the guess stands
    where the others print their rank ("Bob" over "Full Member" over "Posts: 9": a rank
    no other post prints), or, where the rank of every post read so (half of them at
    least) stands right over its stamp (``stamped``: each post's stamp line), right over
    its own. A guess that reads as a rank (`_rank_like`) moves where the line under it
    is a field of the label the others print two lines under their names ("Join Date:
    Jan 2022" where they print "Join Date: Feb 2014": a poster seen once shows a value
    no other post does)."""

    def candidate(i: int, block: list[int]) -> bool:
        return i in block and _candidate(flat[i].text, constants)

    def key(i: int) -> str:
        return _name_key(flat[i].text) if 0 <= i < len(flat) else ""

    def shape(i: int) -> str:  # (a field by its label, "join date:"; another line whole)
        label = _field_label(flat[i].text) if 0 <= i < len(flat) else None
        return key(i) if label is None else label + ":"

    heads: list[int] = []
    chosen = [g[0] if g else f[0] for g, f in zip(guessed, found, strict=True)]
    for line, block in zip(chosen, blocks, strict=True):
        if line is not None and not candidate(line - 1, block) and candidate(line + 1, block):
            heads.append(line)
    stamps = set(stamped)
    over_stamps = (  # (half the posts at least: the others' guesses are their ranks)
        len(heads) >= 3 and len(heads) * 2 >= len(blocks) and all(h + 2 in stamps for h in heads)
    )
    if not over_stamps and (len(heads) < 3 or len(heads) * 5 < len(blocks) * 3):
        return guessed
    under = {key(line + 1) for line in heads}  # (the ranks)
    past = {key(line + 2) for line in heads} - under  # (what the ranks stand over)
    past_fields = {shape(line + 2) for line in heads} - under  # (the same, by label)
    moved: list[tuple[int | None, str | None] | None] = []
    for guess, block in zip(guessed, blocks, strict=True):
        line = guess[0] if guess else None
        if line is None or guess is None or not candidate(line - 1, block):
            moved.append(guess)
            continue
        if (
            key(line + 1) not in past
            and not (over_stamps and line + 1 in stamps)
            and not (shape(line + 1) in past_fields and _rank_like(flat, line, heads, under))
        ):
            moved.append(guess)
            continue
        moved.append((line - 1, _display(flat[line - 1].text)))
    return moved


def _rank_like(flat: Sequence[OutlineNode], line: int, heads: list[int], under: set[str]) -> bool:
    """The guess on ``line`` reads as a rank, not as a name printed without one: it is
    laid out as the ranks under the names at ``heads`` are and the line over it as those
    names are, the two layouts differing (inscriptis: "* Ann" over a plain "Member"
    indented deeper), or it ends with the closing word of a rank (``under``: the ranks'
    keys), "Member" as "Senior Member" does."""

    def layout(i: int) -> tuple[bool, int]:
        return flat[i].marker is not None, flat[i].column

    names = {layout(head) for head in heads}
    ranks = {layout(head + 1) for head in heads if head + 1 < len(flat)}
    if len(names) == len(ranks) == 1 and names != ranks:
        return layout(line) in ranks and layout(line - 1) in names
    words = _name_key(flat[line].text).split()
    return bool(words) and words[-1] in {rank.split()[-1] for rank in under if rank}


def _names_over_counts(
    flat: Sequence[OutlineNode],
    guessed: list[tuple[int | None, str | None] | None],
    blocks: list[list[int]],
    constants: frozenset[str],
) -> list[tuple[int | None, str | None] | None]:
    """The guessed names, each moved to the name-like line right over a count ("262
    Posts": a number and a word, `_count_word`) where (nearly) every header block
    prints such a card, the count's word the same in all, and where the lines over the
    counts vary more from post to post than the guesses they replace: a group badge
    some cards print under the count, nearest the stamp ("Supporter", "Topic Author"),
    or the page's title over the first card; not the names under a rank printed over
    the count (a few ranks, more names)."""
    cards = [_card(flat, block, constants) for block in blocks]
    held = [card for card in cards if card is not None]
    if len({word for _, word in held}) != 1 or len(held) < max(_BARE_RUN, len(blocks) - 1):
        return guessed
    if _ranks_over_counts(flat, [line for line, _ in held]):  # (the name over its rank)
        cards = [
            (card[0] - 1, card[1])
            if card is not None
            and card[0] - 1 in block
            and _candidate(flat[card[0] - 1].text, constants)
            else None
            for card, block in zip(cards, blocks, strict=True)
        ]
        held = [card for card in cards if card is not None]
    moving: dict[int, int] = {}  # (post -> its guess, another line than its card's name)
    for number, (guess, card) in enumerate(zip(guessed, cards, strict=True)):
        if guess is not None and guess[0] is not None and card is not None and guess[0] != card[0]:
            moving[number] = guess[0]
    names = {_name_key(flat[line].text) for line, _ in held}
    badges = {_name_key(flat[line].text) for line in moving.values()}
    if not moving or len(names) <= len(badges):
        return guessed
    moved = list(guessed)
    for number in moving:
        card = cards[number]
        if card is not None:
            moved[number] = (card[0], _display(flat[card[0]].text))
    return moved


def _ranks_over_counts(flat: Sequence[OutlineNode], lines: list[int]) -> bool:
    """Whether the lines over the header blocks' counts (``lines``, `_card`) are ranks:
    two words or more ending with one word on all of them but one at most, the words
    before it varying ("Junior Member", "Senior Member", "Junior Member" over "12
    Posts"): the template's word after a few of its own, where names, several and each
    its own, end alike on no page."""
    keys = [_name_key(flat[line].text).split() for line in lines]
    ends = Counter(words[-1] for words in keys if len(words) > 1)
    if not ends:
        return False
    end, count = ends.most_common(1)[0]
    texts = {" ".join(words) for words in keys if len(words) > 1 and words[-1] == end}
    return count >= max(_BARE_RUN, len(keys) - 1) and len(texts) >= 2


def _card(
    flat: Sequence[OutlineNode], block: list[int], constants: frozenset[str]
) -> tuple[int, str] | None:
    """(line, word) of the last name-like line of a header block printed right over a
    count (`_count_word`), with the count's word; None without."""
    for i in reversed(block):
        word = _count_word(flat[i].text)
        if word is not None and i - 1 in block and _candidate(flat[i - 1].text, constants):
            return i - 1, word
    return None


def _count_word(text: str) -> str | None:
    """The word of a line that is a number and a word ("262 Posts", "31 Beiträge"; an
    icon's marks after it aside: html2text's "__"), None for other lines."""
    words = [word for word in L.plain(text).split() if any(ch.isalnum() for ch in word)]
    if len(words) != 2 or not _COUNTER.match(words[0]) or not words[1].isalpha():
        return None
    return words[1].casefold()


def _names_over_pictured_ranks(
    flat: Sequence[OutlineNode],
    guessed: list[tuple[int | None, str | None] | None],
    blocks: list[list[int]],
    constants: frozenset[str],
) -> list[tuple[int | None, str | None] | None]:
    """The guessed names, each moved up one line where it is a rank printed over its
    own picture (`_rank_pictured`) under a name-like line of its block, and where the
    blocks print such a rank in most posts (half of them, three at least): a rank only
    one poster holds is guessed as the name (no other post prints it)."""
    pictured = sum(any(_rank_pictured(flat, i) for i in block) for block in blocks)
    if pictured < _BARE_RUN or 2 * pictured < len(blocks):
        return guessed
    moved: list[tuple[int | None, str | None] | None] = []
    for guess, block in zip(guessed, blocks, strict=True):
        line = guess[0] if guess else None
        if (
            line is not None
            and line - 1 in block
            and _rank_pictured(flat, line)
            and _candidate(flat[line - 1].text, constants)
        ):
            guess = (line - 1, _display(flat[line - 1].text))
        moved.append(guess)
    return moved


def _rank_pictured(flat: Sequence[OutlineNode], line: int) -> bool:
    """The line is printed again right under it as a picture's alternative text (a
    rank's name over its picture: "Illusionist" over "![Illusionist](ranks/4.gif)",
    html2text), no avatar's: an avatar's picture stands over its owner's name."""
    return line + 1 < len(flat) and _pictures(flat[line + 1].text, flat[line].text)


def _worded(stamp: Stamp) -> bool:
    """A date stamp after a word or two ("answered DATE", "posted on DATE"), not after
    a piece of a link or other text."""
    words = stamp.key[-1].split() if stamp.key[0] == "date" else []
    return 0 < len(words) <= 2 and all(word.isalpha() for word in words)


def _names_under(
    flat: Sequence[OutlineNode],
    stamps: list[tuple[int, Stamp]],
    afters: list[list[int]],
    found: list[tuple[int | None, str | None]],
    constants: frozenset[str],
) -> dict[int, tuple[int, str | None]]:
    """(line, name) by post, of the posts whose author no rule told and whose stamp has
    a name-like line right under it (a signature: "answered DATE" over "Ann"), or a
    name printed twice after the words of its picture that other stamps print over
    theirs too ("picture of Ann Ann", `_pictured_leads`)."""
    under: dict[int, tuple[int, str | None]] = {}
    leads = _pictured_leads(flat, [index + 1 for index, _ in stamps if index + 1 < len(flat)])
    for number, ((index, _), after) in enumerate(zip(stamps, afters, strict=True)):
        if found[number] != (None, None) or not after or after[0] != index + 1:
            continue
        at = index + 1  # (past an avatar's picture without a text: "[" / "![](a.png)" /
        while at in after and at - index <= 3 and _picture_piece(flat[at].text):  # "](/u/1)")
            at += 1
        if at in after and at - index <= 3 and is_date_line(L.plain(flat[at].text)):
            at += 1  # (the stamp's date on the line under it)
        pictured = _pictured_name(flat[at].text) if at in after and leads else None
        if pictured is not None and pictured[0] in leads:  # ("picture of Ann Ann": Ann)
            under[number] = (at, _display(pictured[1]))
        elif at in after and _candidate(cell := _first_cell(flat[at].text), constants):
            under[number] = (at, _display(cell))  # (a name's cell beside the subject's)
        elif at in after and (head := card_head(flat[at].text)) and _candidate(head, constants):
            under[number] = (at, _display(head))  # (a card on one line: its name first)
    return under


_BESIDE_NAME = 4  # words of a poster's cell printed beside the body's, at most
_BESIDE_SHARE = (3, 5)  # posts whose row under the stamp is such a pair of cells, at least
_BESIDE_DRIFT = 1  # columns the body's cell may stand off the commonest one, at most


def _row_beside(
    flat: Sequence[OutlineNode], index: int, following: int, constants: Container[str]
) -> tuple[int, str, int, int] | None:
    """(line, name, cut, column) of the table row right under the stamp ``flat[index]``
    (past its date's line and an avatar's picture), before line ``following``, that
    prints a poster's cell, a name alone, beside the body's first line ("Ann Lee
    <gap> I bought one last May and …", w3m or inscriptis: the profile's column beside
    the post's): ``cut`` the characters of its text before the body's cell, ``column``
    where that cell starts on the page; None for other rows."""
    at = index + 1
    while at < following and at - index <= 3 and _picture_piece(flat[at].text):
        at += 1
    if at < following and at - index <= 3 and is_date_line(L.plain(flat[at].text)):
        at += 1  # (the stamp's date on the line under it)
    if at >= following or _column_over(flat, index):
        return None
    node = flat[at]
    beside = _BESIDE.match(node.text)
    if beside is None:
        return None
    head = beside.group(1)
    if len(head.split()) > _BESIDE_NAME or not _candidate(head, constants):
        return None
    name = _display(head)
    cut = beside.start(2)
    return (at, name, cut, node.column + cut) if name else None


def _column_over(flat: Sequence[OutlineNode], index: int) -> bool:
    """The row right over the stamp ``flat[index]`` prints a cell of its own left of
    the stamp's, its next cell at the stamp's column ("lucav78 <gap> carburatore" over
    "Inviato: DATE", w3m: the profile's column opens beside the subject's wrapped tail):
    the poster's column started over the stamp, its name there, so the cell beside the
    body under the stamp is a later line of it (a rank, "Utente"), no name."""
    if index == 0:
        return False
    over, stamp = flat[index - 1], flat[index]
    beside = _BESIDE.match(over.text) if over.column < stamp.column else None
    if beside is None:
        return False
    return abs(over.column + beside.start(2) - stamp.column) <= _BESIDE_DRIFT


def _names_beside(
    flat: Sequence[OutlineNode], stamps: list[tuple[int, Stamp]], constants: Container[str]
) -> dict[int, tuple[int, str, int]]:
    """(line, name, cut) by post, of the posts whose poster's cell is printed beside the
    body's first line on the row under the stamp (`_row_beside`), where most stamps (three
    in five, three at least) have such a row, most of them their body's cell at one
    column (another one's further right: a quote box's indent), and their names differ
    from post to post: none heads more than half of them, one in three is a name of its
    own at least (a rank's cell beside the body, "Member", repeats); empty where the
    page prints no such rows."""
    rows: dict[int, tuple[int, str, int, int]] = {}
    for number, (index, _) in enumerate(stamps):
        following = stamps[number + 1][0] if number + 1 < len(stamps) else len(flat)
        row = _row_beside(flat, index, following, constants)
        if row is not None:
            rows[number] = row
    least, out_of = _BESIDE_SHARE
    if len(rows) < least or len(rows) * out_of < len(stamps) * least:
        return {}
    column = Counter(row[3] for row in rows.values()).most_common(1)[0][0]
    aligned = sum(abs(row[3] - column) <= _BESIDE_DRIFT for row in rows.values())
    if aligned * out_of < len(stamps) * least:
        return {}
    kept = {n: row for n, row in rows.items() if row[3] >= column - _BESIDE_DRIFT}
    names = Counter(_name_key(row[1]) for row in kept.values())
    if 2 * names.most_common(1)[0][1] > len(kept) or 3 * len(names) < len(kept):
        return {}  # (one word beside most bodies, or a few words: a rank's, the template's)
    return {n: (line, name, cut) for n, (line, name, cut, _) in kept.items()}


def _picture_piece(text: str) -> bool:
    """A line of a linked picture that shows no text, as html2text wraps it: "[", then
    "![](https://x/a.png)", then "](/users/1/ann)"; or a line that only stands for a
    picture (w3m prints one without alternative text as its file name's start in
    brackets: "[0b9]")."""
    return text.startswith("](") or not L.plain(text).strip("[ ") or L.is_noise(text)


def _owner_after_date(
    flat: Sequence[OutlineNode], index: int, stamp: Stamp, block: list[int]
) -> tuple[int | None, str | None]:
    """(line, name) of the nearest line over the stamp that reads as a name and that the
    stamp's line prints again, as words of their own, after its date (the controls of
    a table row's header cell: "posted DATE     Profile for Ann   Reply"); (None, None)
    without. The controls name the poster however often the poster's name comes back
    over the page's stamps (a frequent poster's, read as a template's line); where they
    do so on half the stamps at least (`_read_posts`: not a subject field that repeats
    the page's title over the first stamp)."""
    date = stamp.date
    text = L.plain(flat[index].text) if date else ""
    at = text.find(date) if date else -1
    if at < 0 or date is None:
        return None, None
    after = f" {text[at + len(date) :]} "
    if not after.strip():
        return None, None  # (the cheap test first: nothing after the date names anyone)
    for i in reversed(block):
        if not is_name_like(flat[i].text):
            continue
        name = _display(flat[i].text)
        if name and f" {name} " in after:
            return i, name
    return None, None


def _constants(
    flat: Sequence[OutlineNode],
    blocks: list[list[int]],
    share: float = _CONSTANT_SHARE,
    key: Callable[[str], str] = _name_key,
) -> frozenset[str]:
    """Lines printed in (nearly) every header block (``share`` of them): labels,
    ranks, controls, each read by ``key`` (the name key; `_masked`: alike but for its
    numbers). A line two blocks hold (the lines under a stamp run on to the next one
    where no prose stands between: a short body) counts once."""
    if len(blocks) < 3:
        return frozenset()
    seen: Counter[str] = Counter()
    counted: set[int] = set()
    for block in blocks:
        seen.update({key(flat[i].text) for i in block if i not in counted})
        counted.update(block)
    least = share * len(blocks)
    return frozenset(text for text, count in seen.items() if count >= least)


def _field_values(
    flat: Sequence[OutlineNode], blocks: list[list[int]], constants: Container[str]
) -> frozenset[str]:
    """The values of a profile card's fields printed each under its label ("Wohnort"
    over "Kassel", "Location" over "Leeds"), as name keys: the last line of a run of
    label and value lines, `_FIELD_PAIRS` pairs at least, each label one the template
    prints in (nearly) every block (one of ``constants``), each value not; the run
    under a line of the card's own (the member's name or rank: "Ann" over "Member"
    over "Posts" over "12" … over "City" over "Leeds"), its last value closing the
    card (the stamp, or the post's date, under it). A member's place or trade varies
    from post to post as a name does, and stands where a card without it prints the
    name's other lines, but names no one. Not a post's controls over the next post's
    name ("Like" over "412" over "Dislike" over "@ann": the run under the previous
    body's "Read more", a line of the template too).

    >>> card = ("Ann", "Member", "Posts", "12", "Joined", "2020", "City", "Leeds")
    >>> rows = [OutlineNode(None, t, 1, 1, 0, len(t), False) for t in card]
    >>> sorted(_field_values(rows, [list(range(8))], {"posts", "joined", "city"}))
    ['leeds']
    """
    values: set[str] = set()
    for block in blocks:
        held = set(block)
        keys = {i: _name_key(flat[i].text) for i in block}
        for i in block:
            if i + 1 in held and not is_date_line(L.plain(flat[i + 1].text)):
                continue  # (the card's last field: the stamp or its date under it)
            value, pairs = i, 0  # (up the run: a value under its label, then the next)
            while (
                value - 1 in held and keys[value - 1] in constants and keys[value] not in constants
            ):
                value, pairs = value - 2, pairs + 1
                if value not in held:
                    break
            if pairs < _FIELD_PAIRS or value not in held or keys[value] in constants:
                continue  # (the line over the run's first label: the card's own)
            if not is_prose(flat[value].text):
                values.add(keys[i])
    return frozenset(values)


_FIELD_PAIRS = 3  # label and value pairs of a card's run of fields, at least


def _read_post(
    flat: Sequence[OutlineNode],
    index: int,
    stamp: Stamp,
    block: list[int],
    after: list[int],
    author: tuple[int | None, str | None],
    pictures: Container[str | None] = frozenset(),
) -> Post:
    """A post's header block around its stamp and author line, from the avatar over
    the name where it is printed (``pictures``: the page's `_picture_labels`)."""
    author_line, name = author
    start = index
    if author_line is not None and author_line < index:
        start = author_line
        over = flat[start - 1].text if start - 1 in block else ""
        if over and (
            _is_initial(over)
            or L.is_noise(over)
            or _name_key(L.alt_text_owner(over) or "") == _name_key(name or "")
            or _picture_label(over, flat[author_line].text) in pictures
        ):  # the avatar over the name (its alternative text naming it: "Photo of Ann",
            # or the page's picture label around it, "Portrait de Ann": `_picture_labels`)
            start -= 1
        while (
            start - 2 in block
            and start - 1 in block
            and _name_key(flat[start - 1].text) == _name_key(flat[start - 2].text)
            and is_name_like(flat[start - 1].text)
        ):  # a badge printed twice over the name ("OP" over "OP" over "Ann" over "Ann")
            start -= 2
    elif stamp.author is not None:  # the stamp names the author: its name printed before
        key = _name_key(stamp.author)  # (or its picture's: "Profile photo for Ann")
        for i in block:
            text = flat[i].text
            if _name_key(text) == key or _name_key(L.alt_text_owner(text) or "") == key:
                start = i
                break
    header = list(range(start, index))  # (the author line may stand over a full block)
    body_start = index + 1 + stamp.wrapped  # (the lines a stamp was wrapped onto are its own)
    if not stamp.wrapped and body_start in after and _goes_on(flat[index], flat[body_start]):
        body_start += 1
    if author_line is not None and author_line > index:  # the header block under the
        body_start = max(author_line, after[-1]) + 1  # stamp: its short lines, up to prose
        if body_start < len(flat) and _row_ruled(flat, body_start):
            body_start += 1  # (a profile row's rule: "---|---")
    body_start = _past_open_target(flat, index, body_start, after)
    while (
        body_start in after
        and _is_header_field(flat[body_start].text)
        and not _gone_text(flat[body_start].text, stamp.author)
    ):
        body_start += 1
    row, width = _profile_row(flat, index, after) if stamp.celled else (None, 0)
    if row is not None:
        body_start = row + (width == len(flat[row].text))  # (an empty body's cell)
        width = 0 if body_start > row else width
    header += list(range(index, body_start))
    answered = next((who for i in header if (who := reply_to(flat[i].text))), None)
    date = stamp.date
    if date is None:
        date = _nearest_date(flat, index, header)
    return Post(
        stamp=index,
        start=start,
        author_line=author_line,
        author=name,
        date=date,
        number=stamp.number,
        header=header,
        body_start=body_start,
        reply_to=answered,
        profile_width=width,
        kind="pingback" if stamp.pinged else "comment",
    )


# a table row printed on one line that opens with a cell of text, then the bars of the
# cells after it, empty ones perhaps ("**Posts:** 13  |  |  "): a post's profile cell
_PROFILE_CELLS = re.compile(r"[^|]*[^|\s](?: +\|)+ *")


def _profile_row(
    flat: Sequence[OutlineNode], index: int, after: list[int]
) -> tuple[int | None, int]:
    """The row under a stamp read off a table row named by its first cell
    (`Stamp.celled`) that prints the author's profile cell, then the body's first line
    in its last cell ("**Joined:** DATE" over "**Posts:** 13  |  |  text", html2text):
    the row's line, among the short lines after the stamp or right under them, and
    the characters of its profile's cells; (None, 0) where no line is such a row."""
    for at in [*after, after[-1] + 1 if after else index + 1]:
        if at >= len(flat):
            break
        cells = _PROFILE_CELLS.match(flat[at].text)
        if cells is not None:
            return at, cells.end()
    return None, 0


_TITLE_REST = 4  # words of a link's title html2text wrapped onto the next line, at most


def _past_open_target(flat: Sequence[OutlineNode], index: int, start: int, after: list[int]) -> int:
    """The first line from ``start`` on that is not the rest of a link's target left
    open by the stamp ``flat[index]`` (and the lines it was wrapped onto, up to
    ``start``): html2text wraps a long target over lines ("[May 2, 2020](https://blog.
    example/a-long-" over "post-title#comment-12)")."""
    if start >= len(flat):
        return start
    stamp = " ".join(flat[at].text for at in range(index, start))
    if L.open_link(stamp) != "target":
        return start
    end = start
    while (
        end < len(flat)
        and end - start < _UNWRAPPED
        and not flat[end - 1].blank_after
        and (end in after or end - 1 in after)
        and _target_rest(flat[end].text)
    ):
        end += 1
        if flat[end - 1].text.endswith(")"):
            break  # (the link closed on it)
        if " " in flat[end - 1].text:  # (its title opened on it: it may close on the next
            stamp = f"{stamp}{flat[end - 1].text}"  # line, 'c12 "Tuesday, April 9, 2024"
            if _in_title(stamp) and _title_rest(flat, end, after):  # over '8:10 PM")')
                end += 1
            break
    return end


def _title_rest(flat: Sequence[OutlineNode], at: int, after: list[int]) -> bool:
    """``flat[at]`` closes a link's title left open on the line over it: a few words
    ending in the title's quote and the link's parenthesis ('8:10 PM")')."""
    if at >= len(flat) or flat[at - 1].blank_after or at not in after:
        return False
    text = flat[at].text
    return text.endswith('")') and '"' not in text[:-2] and len(text.split()) <= _TITLE_REST


def _target_rest(text: str) -> bool:
    """The line goes on with a link's target: a word with no link of its own, alone,
    or closing the link (perhaps after its title: 'post#c12 "Link to comment")'), or
    opening its title ('post#c12 "Tuesday, April 9, 2024')."""
    first, _, rest = text.partition(" ")
    if not first or first[0] in "[!" or "](" in first:
        return False
    if rest[:1] == '"' and '"' not in rest[1:]:
        return True  # (its title opened, wrapped onto the next line: `_title_rest`)
    return not rest or first.endswith(")") or (rest[:1] == '"' and rest.endswith('")'))


def _goes_on(stamp: OutlineNode, following: OutlineNode) -> bool:
    """The stamp's date goes on on the next line ("Ann  November 8," over "2024, 7:40pm")."""
    if stamp.blank_after or len(following.text) > 40:
        return False
    first = L.plain(stamp.text)
    date = find_date(first + " " + L.plain(following.text))
    return date is not None and date.start() < len(first) < date.end()


def _unwrapped(flat: Sequence[OutlineNode], at: int, lines: list[int]) -> str:
    """The line ``flat[at]`` and the lines of ``lines`` right under it that a link open
    at its end runs on to (html2text wraps a picture's link or a date's link inside its
    target or its text), joined by spaces."""
    text = flat[at].text
    last = at
    while L.open_link(text) is not None and last + 1 in lines and last - at < _UNWRAPPED:
        last += 1
        text = f"{text} {flat[last].text}"
    return text


_NUMBERED = re.compile(r"#[0-9]")  # a post's number in a line


def _strong_author(
    flat: Sequence[OutlineNode],
    stamp: Stamp,
    block: list[int],
    after: list[int],
    constants: Container[str],
    everywhere: Container[str] = frozenset(),
    dated_names: bool = True,
) -> tuple[int | None, str | None]:
    """(line, name) of the post's author by the rules that need no guess, in order:
    the stamp names it, a "NAME says:" line over it, a name under its avatar (its
    initial, alone or glued to the name, or its alternative text), a name printed
    twice (not in ``everywhere`` post: a control the template closes every post with
    is no name), a "NAME says:" line under the stamp. A name beside a header's field
    (`name_beside_field`) on the line right over the stamp is read after a "NAME
    says:" line, then a name after a "by" label ("Posted by: Ann"), then the sender's
    field of a mail's header block over it, the one nearest the stamp ("From: Ann
    <ann@example.net>": `_wrapped_sender`). Not ``dated_names``: no dated name over
    the post's number (the page prints the same word before the date on every post: a
    label's)."""
    if stamp.author is not None:
        return stamp.named_at, stamp.author
    lines = (*block, *after)
    text = {i: flat[i].text for i in lines}  # (each rule reads the lines again)
    for i in reversed(block):  # a header line ("Ann says:") over the stamp
        header = _verb_line(text[i])
        if header is not None:
            return i, _wrapped_verb_name(flat, i, block) or header
    beside = name_beside_field(text[block[-1]]) if block else None
    if beside is not None:  # a name beside a header's field right over it, a row printed
        return block[-1], beside  # side by side ("Ann      Post subject: …")
    for i in reversed(block):  # a labelled name over it ("Posted by: Ann (IP hidden)")
        labelled = _labelled_name(text[i])
        if labelled is not None:
            return i, labelled
    bylined = _bylined(flat, block, after)
    if bylined is not None:  # the byline under the stamp names a line over it
        return bylined
    for i in reversed(block):  # a mail's sender field over it (a bug log's, an archive's)
        sender = _wrapped_sender(flat, i)
        if sender is not None:
            return i, sender
    if dated_names and stamp.key[0] == "number" and block:  # a dated name over a number
        dated = _dated_name(text[block[-1]])  # ("Ann Lee 9 Mar, 2021 @ 11:02am" over "#16")
        if dated is not None:
            return block[-1], dated
    if stamp.key[0] == "number" and after:
        # or a header line right under it that names the author after a label and
        # before its date ("#1" over "Updated by Ann Lee 2 years ago"; not "Posted April
        # 18, 2024", "Old 11-24-02": a label alone before the date), perhaps under
        # lines that show nothing (a heading's marks alone, "####", an avatar's picture:
        # `_shows_nothing`) and wrapped inside its links (html2text)
        first = next((i for i in after if not _shows_nothing(text[i])), after[0])
        line = _unwrapped(flat, first, after)
        under = L.read_header(line)
        named = under.author if under is not None and under.date else None
        under_line = L.plain(line)
        place = under_line.find(named) if named else -1
        if (
            named
            and place > 0
            and is_name_like(named)
            and _NUMBERED.search(named) is None  # ("« Reply #1 on: DATE »": the post's
            and under_line[place + len(named) :].lstrip()[:1] not in ":："  # number again, and
        ):  # a label before its colon, "« on: DATE »", no name)
            return first, named
    names = [i for i in lines if is_name_like(text[i])]
    for i in names:  # under its avatar: its initial, or its alternative text
        if _is_avatar_of(text.get(i - 1, ""), text[i]):
            return i, _display(text[i])
    for i in lines:  # a picture's alternative text names its owner
        alt = _AVATAR_ALT.match(_shown(text[i])) if len(text[i]) <= 60 else None
        if alt:
            return _alone_in_alt(alt.group(1), names, text) or (i, L.clean_author(alt.group(1)))
    for i in lines:  # the same, in a Markdown picture wrapped across lines; or the name
        if "![" not in text[i]:  # that closes a profile link its avatar's picture opened
            continue
        owner = _wrapped_alt(flat, i)
        if owner is not None:
            return i, owner
        owner = _linked_under_picture(flat, i) if text[i][:3] == "[![" else None
        if owner is not None:
            return i + 1, owner
        owner = _wrapped_pictured_owner(flat, i) if text[i][:3] == "[![" else None
        if owner is not None:  # (a profile cell wrapped inside its name's link)
            return i, owner
    shown = [_shown(text[i]) for i in lines]
    for i in names:  # the avatar's initial glued after the name: "AnnA Offline" over "Ann"
        name = _shown(text[i])
        glued = name + name[:1].upper()
        if any(t.startswith(glued) and t[len(glued) : len(glued) + 1] in ("", " ") for t in shown):
            return i, _display(text[i])
    for i in names:  # under its avatar's picture, whose alternative text is the name
        if _under_picture(flat, i, -1):  # (its link may wrap: "[ ![Ann](a.png)" / "](/u/1)")
            return i, _display(text[i])
    for i in names:  # named again in its own link's title: [Ann](/u/1 "Ann is offline")
        if _titled(text[i]):
            return i, _display(text[i])
    for i in lines:  # the same, the link's text wrapped: "[Ann" / "Lee](/u/1 …"
        owner = _wrapped_titled(flat, i)
        if owner is not None:
            return i, owner
    twice_found: list[tuple[int, int, str | None]] = []  # (nearest print, line, name)
    for i, line in zip(lines, shown, strict=True):  # printed twice on one line: "Ann Lee Ann Lee"
        twice = _doubled(line)
        if twice is not None and _name_key(line) not in constants:
            twice_found.append((i, i, twice))
    keys = [_name_key(line) for line in shown]
    over = len(block)  # (the keys of the block's lines, then those under the stamp)
    for i in names:  # printed twice: as a line, or at the start of another line, on
        key = _name_key(text[i])  # one side of the stamp (a control closing every post
        side = keys[:over] if block and i <= block[-1] else keys[over:]  # stands over
        if sum(k == key or k.startswith(key + " ") for k in side) < 2:  # the stamp and
            continue  # under it where a body is short; a link's wrapped title is no name)
        if key not in constants and key not in everywhere and not _closes_line_above(text[i]):
            over_it = bool(block) and i <= block[-1]
            prints = [
                j
                for j, k in zip(lines, keys, strict=True)
                if (k == key or k.startswith(key + " "))
                and (bool(block) and j <= block[-1]) == over_it
            ]
            twice_found.append((max(prints) if over_it else min(prints), i, _display(text[i])))
    if twice_found:  # several lines printed twice over the stamp (a pager's "Next" over
        # "Next Last", a badge "OP" over "OP", a link's text twice): the name is the one
        # nearest the stamp, taken at its first print (the first one found under it;
        # not where the first one opens with it: the avatar's "Ann profile image" over
        # "Ann", "Ann A Offline" over "Ann" name one member)
        overs = [f for f in twice_found if block and f[1] <= block[-1]]
        nearest = max(overs) if twice_found[0] in overs else twice_found[0]
        chosen, opening = (_name_key(f[2] or "") for f in (nearest, twice_found[0]))
        squashed = ["".join(c for c in k if c.isalnum()) for k in (opening, chosen)]
        if squashed[0].startswith(squashed[1]) or squashed[1].startswith(squashed[0]):
            chosen = opening
        return next((i, name) for _, i, name in twice_found if _name_key(name or "") == chosen)
    for i in after:  # a header line under the stamp (the stamp closes the post above)
        header = _verb_line(flat[i].text)
        if header is not None:
            return i, header
    for i in lines:  # a picture's alternative text names its owner by a prefix
        owner = L.alt_text_owner(_shown(text[i])) if len(text[i]) <= 80 else None
        if owner is None or not is_name_like(owner):  # ("Profile photo for Ann Lee"):
            continue  # the name where it is printed too ("Ann Lee·"), else the picture's
        key = _name_key(owner)
        printed = [
            j
            for j, line in zip(lines, shown, strict=True)
            if j > i and _name_key(line.rstrip("·• ")) == key
        ]
        return (printed[0] if printed else i), L.clean_author(owner)
    return None, None


def _bylined(
    flat: Sequence[OutlineNode], block: list[int], after: list[int]
) -> tuple[int, str] | None:
    """(line, name) of a name-like line of the header block over the stamp that the
    post's byline under it names again, the byline with no date (`lines.byline_name`):
    a profile card ("Ann" over "Moderator" over "Moderator" over "Posts: 12" over the
    join date) then "Post by Ann »", its date's element dropped by the converter (a
    main-content dump). The byline is one of the short lines under the stamp or the
    line right under them, where the body opens. None where no byline names a line
    of the block: a rank printed twice is no name where the byline names another."""
    if not block:
        return None
    under = after[-1] + 1 if after else block[-1] + 2  # (the block ends over the stamp)
    lines = [*after, under] if under < len(flat) else after
    keys = {_name_key(flat[i].text): i for i in block if is_name_like(flat[i].text)}
    for i in lines:
        named = L.byline_name(flat[i].text)
        if named is None:
            continue
        line = keys.get(_name_key(named))
        if line is not None:
            return line, _display(flat[line].text) or named
    return None


# A name after a label that ends in "by" ("Posted by: ", "Geschrieben von: "), perhaps a
# note in parentheses after it ("(IP hidden)", "(guest)")
_LABELLED_NAME = re.compile(
    r"(?i)^(?:[^\W\d_]+ )?(?:by|von|par|por|door|av|di|da):\s+(\S.{0,60}?)(?:\s+\([^()]{1,30}\))?$"
)


def _dated_name(text: str) -> str | None:
    """The name a "NAME DATE" line opens with (not a field's label: "Joined: DATE",
    "Posted : DATE")."""
    header = L.read_header(text)
    if header is None or header.evidence != "date" or header.author is None:
        return None
    author = header.author
    line = L.plain(text)
    at = line.find(author)
    if at < 0 or line[at + len(author) :].lstrip(" \u00a0")[:1] == ":":
        return None
    return author if is_name_like(author) else None


def _labelled_name(text: str) -> str | None:
    """The name a line gives after a label ending in "by" ("Posted by: Ann (IP hidden)"),
    None for other lines."""
    if ":" not in text:
        return None
    match = _LABELLED_NAME.match(L.plain(text))
    if match is None or not is_name_like(match.group(1)):
        return None
    return _display(match.group(1))


# A mail's sender field: the header's label, the sender's name (perhaps quoted) and the
# address in angle brackets after it, as a message's header block prints it ("From: Ann
# Lee <ann@example.net>", "Von: Ann Lee < ann@example.net >")
_MAIL_SENDER = re.compile(
    r"(?i)^(?:from|von|de|da|van|fra|från|od) ?:[ \u00a0]+(\S.{0,60}?)"
    r"[ \u00a0]+<[ \u00a0]?[^<>\s@]+@[^<>@\s]+[ \u00a0]?>$"
)


def _mail_sender(text: str) -> str | None:
    """The name a mail's sender field gives, its address after it ("From: Ann Lee
    <ann@example.net>": "Ann Lee"), as a mail archive prints each message's header block
    over its body; None for other lines: a profile's field names a place, no address
    ("From: Leeds"), the recipient's field is no sender's ("To: Ann Lee <ann@…>").

    >>> _mail_sender('From: "Ann Lee" <ann@example.net>'), _mail_sender("From: Leeds")
    ('Ann Lee', None)
    """
    if "@" not in text:
        return None
    match = _MAIL_SENDER.match(L.plain(text).strip())
    if match is None:
        return None
    name = match.group(1).strip("\"'")
    return _display(name) if is_name_like(name) else None


def _wrapped_sender(flat: Sequence[OutlineNode], at: int) -> str | None:
    """The name of a mail's sender field on line ``at`` (`_mail_sender`), its address
    closed on the line under it where a converter wrapped it there ("From: Ann Lee" over
    "<[ann@example.net](mailto:ann@example.net)>"; "From: Ann <[ann@mail-" over
    "example.net](mailto:ann@mail-example.net)>", wrapped at a hyphen)."""
    text = flat[at].text
    sender = _mail_sender(text)
    if sender is None and at + 1 < len(flat) and not flat[at].blank_after:
        under = flat[at + 1].text
        if under.rstrip()[-1:] == ">":
            glue = "" if text[-1:] == "-" else " "
            sender = _mail_sender(f"{text}{glue}{under}")
    return sender


def _doubled(text: str) -> str | None:
    """The name of a short line that prints one name-like text twice, the two set
    apart by a space ("Ann Lee Ann Lee": an avatar's link text and the name, joined
    by a converter); else None."""
    words = text.split()
    half = len(words) // 2
    if not 0 < half <= 4 or len(words) != 2 * half or words[:half] != words[half:]:
        return None
    name = " ".join(words[:half])
    return _display(name) if is_name_like(name) else None


_PICTURE = re.compile(r"!\[([^\]\n]{1,200})\]\(")
_OPEN_PICTURE = re.compile(r"!\[([^\]\n]{1,200})$")  # "[ ![Ann's user" (wrapped)
_CLOSE_PICTURE = re.compile(r"^([^\]\n]{1,200})\]\(")  # "avatar](https://…)"


def _wrapped_alt(flat: Sequence[OutlineNode], at: int) -> str | None:
    """The owner a Markdown picture names in its alternative text when html2text
    wrapped the text: "[ ![Ann's user" over "avatar](https://x/a.png)" (None: no such
    picture at ``flat[at]``)."""
    opened = _OPEN_PICTURE.search(flat[at].text) if "![" in flat[at].text else None
    if opened is None or at + 1 >= len(flat):
        return None
    closed = _CLOSE_PICTURE.match(flat[at + 1].text)
    if closed is None:
        return None
    alt = _AVATAR_ALT.match(" ".join(f"{opened.group(1)} {closed.group(1)}".split()))
    return L.clean_author(alt.group(1)) if alt else None


# A line that opens a link with a picture and nothing else: "[![](https://x/a.png)"
_PICTURE_OPENS_LINK = re.compile(r"^\[!\[[^\]\n]{0,200}\]\([^)\s]{1,2000}\)$")
# The line under it, closing that link after a name: "**Ann Lee** @ann](https://x/@ann)"
_NAME_CLOSES_LINK = re.compile(r"^([^\[\]\n]{2,80})\]\([^)\s]{1,2000}\)$")


def _linked_under_picture(flat: Sequence[OutlineNode], at: int) -> str | None:
    """The name of a profile link html2text wrapped after its avatar's picture: the
    link's picture alone on ``flat[at]`` ("[![](https://x/a.png)"), its name (perhaps
    strong, perhaps with a handle) closing the link on the next line ("**Ann Lee**
    @ann](https://x/@ann)"). None when the lines read otherwise."""
    if at + 1 >= len(flat) or _PICTURE_OPENS_LINK.match(flat[at].text) is None:
        return None
    closed = _NAME_CLOSES_LINK.match(flat[at + 1].text)
    if closed is None or not is_name_like(closed.group(1)):
        return None
    return _display(closed.group(1))


def _wrapped_pictured_owner(flat: Sequence[OutlineNode], at: int) -> str | None:
    """The name a profile cell links after its owner's picture (`_pictured_owner`),
    html2text having wrapped the name's link from ``flat[at]`` onto the next line
    ("[![](/a/7.jpg)](/u/7/ann) [Ann" over "Lee](/u/7/ann) Member Posts: 9")."""
    if at + 1 >= len(flat) or "](" in flat[at].text.rsplit("[", 1)[-1]:
        return None
    return _pictured_owner(flat[at].text + " " + flat[at + 1].text)


_ROW_LINES = 5  # lines a table row's first cell may wrap over, at most


def _wrapped_row_owner(
    flat: Sequence[OutlineNode], index: int, previous: int
) -> tuple[int | None, str | None]:
    """(line, name) of the owner of a profile cell html2text wrapped over a few lines,
    the stamp ``flat[index]`` the row's last line, its cell bar before the date ("![Java](
    /i/java.png) |  [posted 2 months ago](/t/9#3)"): the cell opens with the owner's
    picture and name linked to one address (`_pictured_owner`), on a line under the
    previous stamp, no other row's bar between. (None, None) for other lines."""
    if " | " not in flat[index].text:
        return None, None
    for at in range(index - 1, max(previous, index - _ROW_LINES - 1), -1):
        text = flat[at].text
        if "|" in text:
            return _row_opening_name(at, text)
        if text[:3] == "[![":
            owner = _pictured_owner(text) or _wrapped_pictured_owner(flat, at)
            return (at, owner) if owner is not None else (None, None)
    return None, None


def _profile_row_owner(
    flat: Sequence[OutlineNode], index: int, after: list[int]
) -> tuple[int | None, str | None]:
    """(line, name) of the owner of a profile printed as a table row under a post's
    stamp, html2text's rule under it ("#3" over "DATE" over "| [![Ann](a.gif)](/u/7) |
    [Ann](/u/7)Member |  | Joined: Mar 2019" over "---|---|---|---", the body under
    that): the row among the stamp's short lines or right under them, its first linked name (no
    picture's link) in a cell before any cell with a date (a post's row, its date cell
    followed by the body and its controls, "[Quote](…)", is none). (None, None) for other
    lines."""
    under = after[-1] + 1 if after else index + 1
    at = next(
        (at for at in [*after, under] if at < len(flat) and " | " in flat[at].text), len(flat)
    )
    if at + 1 >= len(flat) or not _row_ruled(flat, at + 1):
        return None, None
    for cell in _CELL_BAR.split(flat[at].text):
        if find_date(L.plain(cell)) is not None:
            break
        for link in _CELL_LINK.finditer(cell):
            name = link.group(1).strip()
            if is_name_like(name):
                return at, _display(name)
    return None, None


def _row_ruled(flat: Sequence[OutlineNode], at: int) -> bool:
    """``flat[at]`` is the rule html2text prints under a table's first row (`_ROW_RULE`),
    right under that row (no blank line between)."""
    return not flat[at - 1].blank_after and _ROW_RULE.fullmatch(flat[at].text.strip()) is not None


def _row_opening_name(at: int, text: str) -> tuple[int | None, str | None]:
    """(line, name) of a table row's first line that is a bar and a name alone ("|
    **Ann Lee**": the row's first cell empty, the profile cell opening with its owner's
    name, html2text); (None, None) for other lines."""
    if text[:1] != "|" or "|" in text[1:]:
        return None, None
    name = text[1:].strip()
    if not name or not is_name_like(name):
        return None, None
    shown = _display(name)
    return (at, shown) if shown else (None, None)


def _under_picture(flat: Sequence[OutlineNode], at: int, low: int) -> bool:
    """The name line ``flat[at]`` has its avatar's picture one to three lines over it
    (a flag or badge between), after line ``low``."""
    return any(_pictures(flat[j].text, flat[at].text) for j in range(at - 1, at - 4, -1) if j > low)


def _pictures(line: str, name: str) -> bool:
    """``line`` shows a picture (Markdown image) whose alternative text is ``name``."""
    if "![" not in line:
        return False
    key = _name_key(name)
    return any(" ".join(alt.split()).casefold() == key for alt in _PICTURE.findall(line))


def _pictured_above(
    flat: Sequence[OutlineNode], prose: list[bool], block: list[int], previous: int
) -> tuple[int | None, str | None]:
    """(line, name) of a name under its avatar's picture in the short lines just over a
    header block that reached its length limit (a tall block: ranks, counters, badges)."""
    at = block[0] - 1
    while at > max(previous, block[0] - 1 - _MAX_AFTER) and not prose[at]:
        if is_name_like(flat[at].text) and _under_picture(flat, at, previous):
            return at, _display(flat[at].text)
        at -= 1
    return None, None


_TITLE = re.compile(r'\]\([^)\s]{0,2000} "([^"\n]{0,300})"?\)?')


def _titled(text: str) -> bool:
    """A name line whose link's title (a Markdown link's quoted tooltip) names it again:
    ``[Ann](/u/1 "Ann is offline")``, ``[Ann](/u/1 "Go to Ann's profile")``."""
    match = _TITLE.search(text) if '"' in text else None
    if match is None:
        return False
    name = _name_key(text)
    return len(name) > 1 and name in " ".join(match.group(1).split()).casefold()


_OPEN_LINK = re.compile(r"(?:^|[^!])\[([^\[\]\n]{1,40})$")  # "###  [Ann" (wrapped)
_QUOTED_TITLE = re.compile(r'\]\(\S[^"\n]{0,300} "([^"\n]{1,300})"\)')
_LINK_TEXT = re.compile(r"(?:^|[^!])\[([^\[\]\n]{1,40})\]\(")  # "[Ann Lee](…"
_CLOSE_LINK = re.compile(r"^([^\[\]\n]{1,40})\]\(")  # "Lee](https://…"


def _wrapped_titled(flat: Sequence[OutlineNode], at: int) -> str | None:
    """The name of a name link that html2text wrapped, its text ("###  [Ann" over
    "Lee](/u/1 "Go to Ann Lee's profile")") or its title ("[Ann Lee](/u/1 "Go to Ann"
    over "Lee's profile")"), when its title names it again; else None."""
    text = flat[at].text
    if "[" not in text or at + 1 >= len(flat) or text[-1:] == ")":
        return None
    whole = _LINK_TEXT.search(text)
    if whole is not None:
        name = whole.group(1)
    else:
        opened = _OPEN_LINK.search(text)
        closed = _CLOSE_LINK.match(flat[at + 1].text) if opened else None
        if opened is None or closed is None:
            return None
        name = f"{opened.group(1)} {closed.group(1)}"
    name = " ".join(name.split())
    if not is_name_like(name):
        return None
    tail = " ".join(flat[j].text for j in range(at, min(at + 3, len(flat))))
    title = _QUOTED_TITLE.search(tail)  # (the target may be wrapped too)
    said = " ".join(title.group(1).split()).casefold() if title else ""
    key = _name_key(name)
    if key not in said or key == _name_key(said):  # (a control titled by its own text:
        return None  # "[Post](#p1 "Post")")
    return _display(name)


# a picture or link closed, a word glued to it: the start of a name html2text wrapped
# ("![](https://x/a.png)Nadia" over "Ferrantesays:")
_GLUED_AFTER_LINK = re.compile(r"\)([^\W\d_][^\s()\[\]]*)$")


def _wrapped_verb_name(flat: Sequence[OutlineNode], at: int, block: list[int]) -> str | None:
    """The author of the "NAME says:" line ``flat[at]`` whose name starts on the line
    over it, glued to a picture that closes that line (html2text wrapped it:
    "![](https://x/a.png)Оксана" over "Веремееваговорит:"), None when it does not."""
    if at - 1 not in block or flat[at - 1].blank_after:
        return None
    glued = _GLUED_AFTER_LINK.search(flat[at - 1].text)
    return _verb_line(f"{glued.group(1)} {flat[at].text}") if glued is not None else None


def _verb_line(text: str) -> str | None:
    """The author a "NAME says:" line names."""
    if len(text) > _MAX_STAMP or text[:1] == ">":  # (a quote's "Ann said:" opens no post)
        return None
    header = L.read_header(text)
    if header is None or header.evidence != "verb" or header.author is None:
        return None
    if header.author.casefold() in L.CONNECTOR_WORDS:  # a mail's "On DATE, Ann wrote:"
        return None  # (read as "On" writing: it opens a quote, not a post)
    return header.author


def _names_over_quotes(
    flat: Sequence[OutlineNode],
    stamps: list[tuple[int, Stamp]],
    found: list[tuple[int | None, str | None]],
    blocks: list[list[int]],
    unnamed: Container[str],
) -> None:
    """Where nearly every post prints a name-like line at one place over its stamp, a
    "NAME posted:" line elsewhere (under the stamp, or over it beyond that place, in a
    short body above) opens a quote box in a body, not the header: the short line at
    that place names the post (``found`` updated in place)."""
    said = [
        number
        for number, (line, _) in enumerate(found)
        if line is not None and _verb_line(flat[line].text) is not None
    ]
    if not said:
        return
    places = Counter(
        distance
        for (index, _), block in zip(stamps, blocks, strict=True)
        for distance in {index - i for i in block if _candidate(flat[i].text, unnamed)}
    )
    place, count = places.most_common(1)[0] if places else (0, 0)
    if count * 5 < len(stamps) * 4:
        return
    for number in said:  # (the line there may be no name-like one: "Ann Lee!")
        index, (told, _) = stamps[number][0], found[number]
        line = index - place
        if told is None or index - place <= told <= index:  # (its own header line, "Ann
            continue  # Lee says:" under "Ann" over the stamp)
        name = _display(flat[line].text) if line in blocks[number] else None
        if name is not None and _name_key(name) not in unnamed:
            found[number] = (line, name)


def _likeliest_name(
    flat: Sequence[OutlineNode],
    index: int,
    block: list[int],
    constants: frozenset[str],
    typical: int,
) -> tuple[int | None, str | None]:
    """The name-like line of the block the nearest to where the other posts print their
    author (``typical`` lines above the stamp)."""
    names = [
        i
        for i in block
        if _candidate(flat[i].text, constants)
        or (_named_twice(flat[i].text) is not None and _name_key(flat[i].text) not in constants)
    ]
    if not names:
        return None, None
    pictured = [  # (the name under its avatar's text: "Ann's picture" over "Ann")
        i
        for i in names
        if i and L.spells_name(L.plain(flat[i - 1].text), _display(flat[i].text) or "")
    ]
    line = min(pictured or names, key=lambda i: (abs(index - i - typical), i))
    return line, _named_twice(flat[line].text) or _display(flat[line].text)


def _named_twice(text: str) -> str | None:
    """The name a header line opens and closes with, a few words between ("Ann is not
    online. Ann": a status picture's text printed before the profile link's)."""
    words = L.plain(text).split()
    if not _TWICE_WORDS[0] <= len(words) <= _TWICE_WORDS[1] or words[0] != words[-1]:
        return None
    return words[0] if is_name_like(words[0]) and find_date(text) is None else None


_TWICE_WORDS = (4, 8)  # a name, two to six words of status, the name again


def _candidate(text: str, constants: Container[str]) -> bool:
    key = _name_key(text)
    return (
        is_name_like(text)
        and key not in constants
        and not _closes_line_above(text)
        and not _opens_line_below(text)
        and (len(key) > 12 or _ICON_COUNT.match(key) is None)
    )


# a count after an icon: "ñ2341", "♥ 12", "👍3" (a glyph of the page's icon font, then
# the likes): one character and a number make no name
_ICON_COUNT = re.compile(r"^\D ?[0-9][0-9,.]*[kKmM万]?$")


def _gone_text(text: str, author: str | None) -> bool:
    """A placeholder in brackets under the header of a post whose poster is a
    placeholder too ("[deleted]" under "[–][deleted] 22 points 4 hours ago"): what the
    page prints for the gone post's text, its body, not a picture of its header."""
    return author is not None and L.placeholder_name(author) and L.placeholder_name(text)


def _is_header_field(text: str) -> bool:
    """A line after a stamp that still belongs to the header: a date, a label, a count
    (not a quote box's "46 minutes ago, Ann said:", which opens the body)."""
    line = L.plain(text)
    if find_date(line) is None and not _LABEL.match(line) and not L.is_noise(line):
        return False
    return read_attribution(text) is None


def _nearest_date(flat: Sequence[OutlineNode], index: int, header: list[int]) -> str | None:
    for i in sorted(header, key=lambda i: abs(i - index)):
        if i != index and find_date(flat[i].text) is not None and not _LABEL.match(flat[i].text):
            return L.plain(flat[i].text)
    return None
