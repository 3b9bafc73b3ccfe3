"""Name shapes in flat post lists: whether a short line reads as a person's name
(`is_name_like`), a name as shown (links, labels and headings aside), an avatar's
initial or alternative text, the reply links that name a post's target, and the line
patterns (post numbers, counters, labels) the later steps share; `forget` empties the
caches of these readings."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

from threadparse import lines as L
from threadparse.dates import (
    ANY_SCRIPT_DIGIT,
    DIGIT,
    LINE_CACHE,
    MONTHS,
    date_extent,
    find_date,
    one_of,
)
from threadparse.outline import OutlineNode

# a post's number alone, perhaps a control in brackets after it: "#12", "No.4003117 [Reply]"
_POST_NUMBER = re.compile(r"^(?:#[ ]?|No\.[ ]?|Nr\.[ ]?|№ ?)([0-9]{1,9})(?: ?\[[^\W\d_]{1,12}\])*$")
# "#12 · DATE", "#1.2.1 NAME on DATE", "#2-1 - DATE" (a reply's number after its parent's:
# `dotted_depths`)
_NUMBER_FIRST = re.compile(
    r"^#[ ]?([0-9]{1,9})(?:[.\-](?P<sub>[0-9]{1,4})(?![0-9]))?(?:\.[0-9]{1,4}){0,8}"
    r"(?:[^\W\d_](?=[ \[]))?(?:\[[^\]\s]{1,8}\])?"  # (a floor's letter, a badge: "#3楼[楼主]")
    r"[ ]?[·•|,\-–—:]?[ ]?(\S.*)$"
)
_NUMBER_LAST = re.compile(r"^(\S.*?)[ ]?[·•|,\-–—]?[ ]#([0-9]{1,9})$")
# the same, controls after the number: up to three words of letters ("DATE #1 Report
# Message": the number closes the header, the links follow it)
_NUMBER_THEN_CONTROLS = re.compile(
    r"^(\S.*?)[ ]?[·•|,\-–—]?[ ]#([0-9]{1,9}) [^\W\d_]+(?: [^\W\d_]+){0,2}$"
)
_DIGITS = re.compile(r"[0-9]+")
_NEGATIVE = re.compile(r"^[-−][0-9]{1,6}$")
_SENTENCE_MARK = re.compile(r"[.!?]")
_WORD = re.compile(r"[^\W\d_]+")
_COUNTER = re.compile(r"^[0-9][0-9.,]*[kKmM]?$")  # "12", "1,204", "30.5k"
_AVATAR_ALT = re.compile(
    r"(?i)^([^\s'’].{0,40}?)['’]s (?:user )?(?:avatar|profile picture|picture)$"
)
_HEADING = re.compile(r"^#{1,6} +")  # html2text prints a name as a heading: "#### Ann"
# "Joined: …", "Posts: 12" (not a mention opening a reply: "@ann: I agree …")
_LABEL = re.compile(r"^(?!@)[^\s:]{1,20}(?: [^\s:]{1,20})?:(?: |$)")
# a record's labelled field: "Name:Ann", "Nome: Ann Lee", "E-Mail: ann@…" (a label of a
# word, or two hyphenated; read for the names of records, `templates._record_names`,
# `reading._labelled_names`)
_RECORD_FIELD = re.compile(r"^([^\W\d_]{1,12}(?:-[^\W\d_]{1,12})?) ?[:：] ?(\S.{0,60})$")
# a labelled field inside a line ("From: Leeds", "Registered: 2005-09-06", "Date: …"),
# read by `field_starts`
_FIELD_INSIDE = re.compile(r"(?<!\S)[^\W\d_][\w-]{1,15}: (?=\S)")
_BARE_DIGITS = 6  # a post number or score printed bare: "12", "17405"
_COUNT_GAP = 4  # short lines between a count of posts and the first post, at most
_BARE_RUN = 3  # bare numbers counting the posts, at least
_MAX_STAMP = 90  # longer lines never stamp a post
_SEPARATOR_RUN = 3  # a line repeated between posts, at least
_MAX_SEPARATOR = 24  # longer lines separate no posts
_SEPARATOR_WORDS = 2  # words of a separator line, at most
_RULE_CHARS = frozenset("-_=*━─═")  # the characters converters draw a horizontal rule with
_RULE_LENGTH = 3  # characters of a rule, at least
# html2text's rule under a table's first row, a run of dashes a cell: "---|---"
_ROW_RULE = re.compile(r"-{3,}(?: ?\| ?-{3,})+")
# a comment's permalink printed as its anchor after the header: "comment:12"
_ANCHOR = re.compile(r"^[^\W\d_]{2,12}:[0-9]{1,6}$")
_TRAILING_NOTE = re.compile(r" ?\([^()]{1,20}\)$")  # "Posted (edited)": a note after it
_LINKED_NAME = re.compile(r"^\[([^\]\[\n]{1,40})\]\([^)\s]{1,300}\)[ ]")  # "[Ann](/u/ann) …"
_NAME_LINK = re.compile(r"^\[([^\]\[\n]{1,40})\]\([^)\s]{1,300}\)")  # "[Ann](/u/ann)"
_DATE_TO_TIME = 3  # a word between a date and its time wrapped onto the next line ("at")
# a post's number in parentheses after a header's date, a link or two after it: "(#301)
# Homepage Journal"
_NUMBERED_TAIL = re.compile(r"^\s*\( ?#[0-9]{1,12} ?\)(?: [^\W\d_]{2,20}){0,2}$")
_TIME_TAIL = 12  # what may follow a line's closing date: its time (" at 5:38 PM")
_MAX_BLOCK = 16  # header lines looked at before a stamp
_MAX_AFTER = 6  # header lines looked at after a stamp
_TRIED = 3  # stamp keys tried, best first
_BARE_NAMES = 3  # names over dates that close their line ("Ann 3 hours ago"), at least
_CONSTANT_SHARE = 0.6  # a line printed in this share of the blocks is part of the template
_NEARLY_ALL = 0.8  # a line in this share of the blocks on one side of the stamps: no name
_DATED = ("date", "age")  # the keys of stamps that are dates (a short body between two)
_WRAPPED_PIECES = ("date", "age", "clock")  # the keys of a wrapped stamp's pieces
_PROSE_LENGTH = 160  # longer lines are prose


def field_starts(text: str, start: int = 0) -> list[int]:
    """Where the labelled fields of a line start, from ``start`` on ("ann Member From:
    Leeds Registered: 2005-09-06": two); a label in lower case opens none ("here from:
    Leeds" is a sentence's).

    >>> field_starts("ann Member From: Leeds Registered: 2005-09-06 we moved from: Hull")
    [11, 23]
    """
    return [m.start() for m in _FIELD_INSIDE.finditer(text, start) if not m.group()[0].islower()]


@functools.lru_cache(maxsize=LINE_CACHE)  # (each post's block is read by several rules)
def is_name_like(text: str) -> bool:
    """A line that can be a display name: one to four words, some letters, no label,
    not a date, a count or a sentence."""
    line = _shown(text)
    words = line.split()
    if len(words) > 4 and L.is_spelled_address(line):
        return True  # (an address spelled out: "ann dot lee at example dot com")
    if not words or len(words) > 4 or len(line) > 40 or len(line) < 2:
        return False
    if not any(ch.isalpha() for ch in line) or ":" in line:
        return False
    if line[-1] in ".!?" and not L.ends_in_initial(line):  # ("Rhys P." is a name)
        return False
    if line[0].isdigit() and sum(ch.isalpha() for ch in words[0]) < 3:
        return False  # a count, a date, an ordinal ("130lights" is a user name)
    if line[0] in "#+-–(":
        return False
    if L.is_reply_link(line) or L.is_noise(line) or reply_to(line) is not None:
        return False
    if L.is_like_count(line):  # ("Like 6" under the post before)
        return False
    if line[-1].isdigit() and _MONTH_YEAR.match(line):
        return False  # (a month and its year: a member's join date, "Jun 2007")
    if L.declared_count(line) is not None:  # ("Comments (12)" over the first post's
        return False  # date: the section's count, no poster)
    if L.counts_hidden(line):  # ("Ver más respuestas (3)" over the next thread's post)
        return False
    return find_date(line) is None


# a month and a year alone: "Jun 2007", "März 2019", "Sept. 2012"
_MONTH_YEAR = re.compile(rf"(?i)^(?:{one_of(MONTHS)})\.? [12][0-9]{{3}}$")


def _closes_line_above(line: str) -> bool:
    """A line that closes a bracket it never opened ("](/u/7/ann)", 'the post")'): the
    rest of a Markdown link or title wrapped from the line above (html2text), not the
    name to guess a post's author from (it still holds a name's place in the header)."""
    return line[:2] == "](" or (line[-1] == ")" and "(" not in line)


def _opens_line_below(line: str) -> bool:
    """A line that is a Markdown picture opened and never closed ("![Ann" over "Lee](
    /a/7.png)", perhaps in a link, "[![Ann"): the first words of a picture's alternative
    text html2text wrapped onto the line under it, not the name to guess a post's author
    from (a name before a badge's picture wrapped so, "Ann ![Top", is a name)."""
    return line.lstrip("[ ")[:2] == "![" and "]" not in line


# ("Antwort auf NAME": German, as a comment plugin translates "Reply to NAME")
_REPLY_TO = re.compile(
    r"(?i)^(?:in )?(?:reply|replying|replied|response|antwort|respuesta|rispondi|responder"
    r"|répondre|repondre|responda) (?:to|an|auf|a|à) (\S.{0,60})$"
)
_REPLY_TO_GLUED = re.compile(r"(?i)^in reply to(\S.{0,60})$")
# the same after the poster's name: "Ann Lee In reply to Bob", "Ann En réponse à Bob"
_REPLY_TAIL = re.compile(
    r"(?i) (?:in |en )?(?:reply|replying|replied|response|réponse|antwort|respuesta) "
    r"(?:to|an|a|à) (\S.{0,60})$"
)


def _reply_tail(text: str) -> tuple[str, str | None]:
    """A name line without the "In reply to NAME" after the name, and that name."""
    match = _REPLY_TAIL.search(text) if " " in text else None
    if match is None:
        return text, None
    return text[: match.start()], L.clean_author(match.group(1))


def reply_to(text: str) -> str | None:
    """The name a "Reply to NAME" line names: the post this one answers ("In reply
    toAnn ⬆:" too, the name glued to the words as an icon's link leaves it).

    >>> reply_to("In reply to Ann Lee"), reply_to("Antwort an Bo"), reply_to("In reply toAnn")
    ('Ann Lee', 'Bo', 'Ann')
    >>> reply_to("Antwort auf Jo B.")
    'Jo B.'
    """
    line = L.plain(text)
    match = _REPLY_TO.match(line) or _REPLY_TO_GLUED.match(line)
    return L.clean_author(match.group(1)) if match else None


@functools.lru_cache(maxsize=LINE_CACHE)  # (the rules of a post's block read its lines again)
def _shown(text: str) -> str:
    """A line as a reader sees it (`lines.plain`), without a Markdown heading's marks."""
    line = L.without_device(L.plain(_without_label(text)))
    if "@" in line:  # ("Ann Lee <ann@...> #4411": the address and message number after it)
        line = L.without_address(line)
    if "·" in line or "•" in line:  # ("Ann Lee · Works at Ann's Bakery": the name's label)
        line = L.without_affiliation(line)
    if " | " in line and L.is_reply_link(line.rsplit(" | ", 1)[1]):
        line = line.rsplit(" | ", 1)[0]  # ("Ann Lee (Leeds) | reply": the name's control)
    return _HEADING.sub("", line, count=1) if line[:1] == "#" else line


def _display(text: str) -> str | None:
    """A name line as a display name (`lines.display_name`), heading marks aside; of a
    name link followed by an icon and its label ("[Ann](/u/1) __ Discussion starter",
    html2text's "__" for an icon), the link's text."""
    text = L.without_device(_without_label(text))
    name = L.display_name(_HEADING.sub("", text, count=1) if text[:1] == "#" else text)
    if name and ("·" in name or "•" in name):  # (the name's own label after a middle dot)
        name = L.without_affiliation(name)
    return _without_own_handle(name) if name and "@" in name else name


# a display name, then its handle after "@" (glued to it or after a space): "Ann@ann"
_HANDLED = re.compile(r"^(\S.*?) ?@([\w.\-]{1,40})$")


def _without_own_handle(name: str) -> str:
    """The display name of a name printed with its own handle after it ("Ann
    Lee@annlee", "Ann Lee @ann_lee": the handle spells the name again, case, spaces and
    marks aside); a handle that spells another name stays ("Ann@bo", "dj@nightowl")."""
    match = _HANDLED.match(name)
    if match is None:
        return name
    shown, handle = match.group(1).rstrip(), match.group(2)
    if L.squashed_name(shown) != L.squashed_name(handle) or not L.squashed_name(shown):
        return name
    return shown


_LABEL_DOTS = 3  # middle dots a name's line holds, at most (each a label read off: no deeper)


def _without_label(text: str) -> str:
    """The name link of "[Ann](/u/1) __ Discussion starter" (html2text prints an icon as
    "__"): the label after the icon is no part of the name; and of "[Ann](/u/1)Ann" (the
    name printed again after its link), the name once."""
    if text[:1] == "[" and "__ " in text:
        linked = _LINKED_NAME.match(text)
        if linked is not None and text[linked.end() :].startswith("__ "):
            return linked.group(1)
    elif text[:1] == "[" and text[-1:] != ")":
        linked = _NAME_LINK.match(text)
        if linked is not None and text[linked.end() :] == linked.group(1):
            return linked.group(1)
    if "·" in text and text.count("·") <= _LABEL_DOTS:  # a control or badge after a
        head, _, tail = text.rpartition("·")  # middle dot: "Ann Lee·Follow"
        words = L.plain(tail).split()
        if 0 < len(words) <= 2 and not DIGIT.search(tail) and is_name_like(head.strip()):
            return head.strip()
    return text


@functools.lru_cache(maxsize=LINE_CACHE)  # (the rules of a post's block compare its lines often)
def _name_key(text: str) -> str:
    return " ".join(_shown(text).split()).casefold()


_GLUED_REST = 2  # characters of a name after a letter avatar glued to it, at least


# the marks a forum prints after the thread starter's name on each of their posts
# ("ann_k OP", "ann_k TS"), in capitals, and those of Chinese forums ("小明 樓主":
# original poster, floor owner)
_STARTER_MARKS = frozenset(("OP", "TS", "原PO", "原po", "樓主", "楼主"))
# the same glued to the name by a converter ("ann_kOP", "rizky.bksTS": after a small
# letter, a digit or a mark, not after capitals, "BOBTS"), the Chinese ones after any
# character ("國立政治大學原PO", "小明樓主")
_GLUED_STARTER = re.compile(r"^(.*?(?:[^\W_A-Z]|[._-]))(OP|TS)$|^(.*?\S)(原PO|原po|樓主|楼主)$")


def starter_unmarked(author: str) -> str | None:
    """The name of an author closed by the thread starter's mark, spaced or glued (see
    `_STARTER_MARKS`, `_GLUED_STARTER`); None where it carries none."""
    head, _, last = author.rpartition(" ")
    if last in _STARTER_MARKS and head.strip():  # (a mark alone names nobody)
        return head.rstrip()
    glued = _GLUED_STARTER.match(author) if author[-1:] in "SPO主" else None
    if glued is None:
        return None
    return glued.group(1) or glued.group(3)


def letter_unglued(name: str) -> str | None:
    """The name without a letter avatar glued before it, by its shape alone: the first
    character repeats the next one, case aside, a letter of no case perhaps after a space
    ("Bbramblejack", "PPiers Lund", "小小笨熊", "小 小笨熊":
    a member with no picture gets a badge with their name's first letter); None for
    other names. Whether the letter is an avatar's or the name's own ("Aaron", "Eeva")
    only the page tells (`names.strip_badges`)."""
    spaced = name[1:2] == " " and not name[0].isupper() and not name[0].islower()
    rest = name[2:] if spaced else name[1:]  # ("有 有点蠢": a letter of no case, a space; not
    # "J Jones", an initial)
    if (
        len(rest) < _GLUED_REST
        or not name[0].isalpha()
        or name[0].casefold() != rest[0].casefold()
        or (name[0].islower() and rest[0].isupper())
    ):
        return None
    return rest


def _is_initial(text: str) -> bool:
    """An avatar printed as its owner's initial: one letter."""
    if len(text) > 1:
        text = _shown(text) if len(text) < 200 else ""
    return len(text) == 1 and text.isalpha()


def _alone_in_alt(
    owner: str, names: list[int], text: dict[int, str]
) -> tuple[int, str | None] | None:
    """The name line of a header block whose name ends the owner an avatar's alternative
    text gives after other words ("Senior Member Ann Lee's Avatar" under "Ann Lee": the
    rank the page printed before the picture, then its text): the name alone, where the
    block prints it so."""
    words = owner.split()
    for i in names:
        name = _shown(text[i]).split()
        if 0 < len(name) < len(words) and words[-len(name) :] == name:
            return i, _display(text[i])
    return None


def _is_avatar_of(avatar: str, name: str) -> bool:
    """``avatar`` stands for the picture of ``name``: its initial ("F" over "felix"),
    alone or with its owner's status ("F Offline"), or its alternative text ("felix's
    user avatar", "Avatar of felix", "Profile picture for user felix")."""
    if _is_initial(avatar):
        return _shown(name)[:1].casefold() == _shown(avatar).casefold()
    if avatar[1:2] == " " and _is_initial(avatar[0]):  # "J Offline": the initial and the
        shown = _shown(name)  # status of its owner, over the name (not another such line)
        status = avatar[2:].split()
        return (
            0 < len(status) <= 2
            and all(word.isalpha() for word in status)
            and shown[:1] == avatar[0]
            and shown[1:2] not in ("", " ")
        )
    owner = L.alt_text_owner(avatar) if avatar[:1] in "PpAa" else None
    if owner is not None:  # "Profile picture for user ann_k" over "ann_k"
        return _name_key(owner) == _name_key(name)
    if not L.is_noise(avatar) and "avatar" not in avatar.casefold():
        return False
    return _name_key(name) in _name_key(avatar)

    # ("安：好", `colon_named`); 0: the text opens the line


def forget() -> None:
    """Empty the caches of this module's line readings (see `lines.forget`)."""
    is_name_like.cache_clear()
    _shown.cache_clear()
    _name_key.cache_clear()


def _rule_key(node: OutlineNode) -> str | None:
    """A horizontal rule: one character of `_RULE_CHARS` drawn three times or more,
    alone on its line, perhaps spaced ("━━━━", lynx's "____", html2text's "* * *", which
    reads as a list item of the bullet "*"). Its key: the character three times."""
    line = node.text.replace(" ", "")
    if node.marker is not None:
        line = node.marker + line
    if len(line) < _RULE_LENGTH or line.strip(line[0]):
        return None
    return line[0] * _RULE_LENGTH


# a poster's profile fields closing a header's name: counts, each a number (thousands
# grouped or not) and its noun, "412 berichten", "2.341 Postings, 87 Follower"
_PROFILE_NUMBER = r"(?:[0-9]{1,3}(?:[.,\u00a0\u202f][0-9]{3})+|[0-9]{1,7})"
_PROFILE_TAIL = re.compile(
    rf"^(?P<head>\S.*?)\s+(?P<fields>{_PROFILE_NUMBER}\s+[^\W\d_]{{2,15}}"
    rf"(?:\s*[,·|]?\s*{_PROFILE_NUMBER}\s+[^\W\d_]{{2,15}}){{0,3}})$"
)
_PROFILE_SHARE = 0.75  # headers that print the same fields, at least, for them to be read


def profiled(text: str) -> tuple[str, tuple[str, ...]] | None:
    """A header text split into what precedes its closing profile fields (the name, a
    rank's words) and the fields' nouns, in lower case ("Bitneuker Lid 8311 berichten":
    ("Bitneuker Lid", ("berichten",))); None where no counts close it."""
    match = _PROFILE_TAIL.match(text.strip())
    if match is None:
        return None
    nouns = tuple(word.casefold() for word in _WORD.findall(match["fields"]))
    return match["head"].strip(" ,·|"), nouns


def profile_names(
    split: Sequence[tuple[str, tuple[str, ...]] | None],
) -> list[str | None] | None:
    """The posters' names of headers read by `profiled` (None: no fields close one), where
    the same fields close `_PROFILE_SHARE` of them at least and name two posters or more,
    each name-like: a header's name is the words before its fields but a rank's (None
    for a header of other fields, or none); None where the headers print no such fields.

    A rank's word stands after the first word of two headers that open with different
    words ("Bitneuker Lid", "Zonnepaneeltje Lid"); those closing a head are the rank's.
    Where the page prints ranks and most names left are one word, every name is one word
    (a handle), the words after it a rank ("Koffiezetapparaat Topicstarter Lid")."""
    nouns = Counter(part[1] for part in split if part is not None).most_common(1)
    if not nouns or nouns[0][1] < _PROFILE_SHARE * len(split):
        return None
    heads = [part[0] if part is not None and part[1] == nouns[0][0] else None for part in split]
    openers: dict[str, set[str]] = {}
    for kept in filter(None, heads):
        words = kept.split()
        for word in words[1:]:
            openers.setdefault(word.casefold(), set()).add(words[0].casefold())
    ranks = {word for word, firsts in openers.items() if len(firsts) >= 2}
    names: list[str | None] = []
    for head in heads:
        words = head.split() if head is not None else []
        while len(words) > 1 and words[-1].casefold() in ranks:
            words.pop()
        names.append(" ".join(words) if words else None)
    distinct = {name for name in names if name is not None}
    if ranks and 2 * sum(" " not in name for name in distinct) > len(distinct):
        names = [name.split()[0] if name is not None else None for name in names]
        distinct = {name for name in names if name is not None}
    if len(distinct) < 2 or not all(map(is_name_like, distinct)):
        return None
    return names


_ENTRY_RUN = 3  # titles each over its date, in a row, at least: a list of posts


def dated_entries(texts: Sequence[str]) -> set[int]:
    """The lines of the lists of posts a page prints as lines (`entries_end`: a
    sidebar's recent posts, each a title over its date and nothing between).

    >>> sorted(dated_entries(["Recent", "Park day", "Feb 9, 2024", "Winter drive",
    ...     "Jan 30, 2024", "Route 42", "Jan 17, 2024", "Topics"]))
    [1, 2, 3, 4, 5, 6]
    >>> dated_entries(["Ann", "Feb 9, 2024", "Hi!", "Bo", "Feb 9, 2024", "Yo"] * 2)
    set()
    """
    found: set[int] = set()
    index = 0
    while index < len(texts):
        end = entries_end(texts, index)
        if end > index:
            found.update(range(index, end))
            index = end
        else:
            index += 1
    return found


def entries_end(texts: Sequence[str], index: int) -> int:
    """Where the list of posts that opens at line ``index`` ends: `_ENTRY_RUN` entries
    or more in a row, each a title over its date and nothing between ("Park day, March
    16" over "Feb 9, 2024", "Winter drive" over "Jan 30, 2024", ...); ``index`` where
    none opens there. A title is one line that is no date alone, or one link html2text
    wrapped onto two ("[Winter clothing drive: thank" over "you!](…)"); a date is a
    line of a date and nothing else. A comment has a body under its header (a name
    over a date, then text), a signature a name or a word by its date ("2024-03-06
    10:20 replied"): no entry.

    >>> entries_end(["Park day", "Feb 9, 2024", "[Winter", "drive](/w)", "Jan 30, 2024",
    ...     "Route 42", "Jan 17, 2024"], 0)
    7
    >>> entries_end(["Thanks!", "Ann 6 May 2025 17:41", "So kind", "Ann 6 May 2025 17:42",
    ...     "Yes", "Ann 6 May 2025 17:45"], 0)
    0
    """
    at, entries = index, 0
    while (size := _entry_title(texts, at)) and at + size < len(texts):
        if not _date_alone(texts[at + size]):
            break
        at, entries = at + size + 1, entries + 1
    return at if entries >= _ENTRY_RUN else index


def _entry_title(texts: Sequence[str], index: int) -> int:
    """How many lines the title of a list's entry at ``index`` takes (`entries_end`):
    1, 2 for a link html2text wrapped, 0 where the line is no title (a date alone, none,
    or a long line)."""
    if index >= len(texts):
        return 0
    text = texts[index]
    if not text or len(text) > _MAX_STAMP or _date_alone(text):
        return 0
    if text[:1] == "[" and "](" not in text and index + 1 < len(texts):
        following = texts[index + 1]  # (a link wrapped: its target closes the next line)
        if "](" in following and following[-1:] == ")" and "[" not in following.split("](")[0]:
            return 2
    return 1


def _date_alone(text: str) -> bool:
    """The line is a date and nothing else ("Feb 9, 2024", "2024-03-06 08:45"; not
    "Ann 6 May 2025", "22-6-14 13:40 来自浙江", "DATE | -")."""
    if len(text) > _MAX_STAMP or ANY_SCRIPT_DIGIT.search(text) is None:
        return False  # (one search, not a look at each character: every line is asked)
    line = L.plain(text)
    match = find_date(line)
    return match is not None and match.start() == 0 and date_extent(line, match) == len(line)
