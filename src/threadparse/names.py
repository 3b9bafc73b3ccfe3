"""Comment authors as the page names them: each header's name without what the template
prints around it on the name's line — badges and ranks ("Ann Lee Senior Member",
"annkSenior Member"), labels ("Comment from Ann"), handles, scores and counters, an
avatar's initials, a tripcode, the name printed twice — told apart from the name's own
words only by repetition down the page (`strip_badges`). `looks_like_name` says whether a
header line without a verb can be a display name at all.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable

import attrs

from threadparse import lines as L
from threadparse.dates import find_date, is_date_line
from threadparse.model import (
    Comment,
    Page,
)
from threadparse.posts import letter_unglued, reply_to, spells_initials, starter_unmarked


def looks_like_name(text: str) -> bool:
    """A header line without a verb that can still be a display name: short, not a
    sentence, not a bare number (a running comment number: "12", "#12"), a letter in
    it (not votes and their arrows: "▲ 84 ▼ (3)").

    >>> looks_like_name("Ann Lee"), looks_like_name("▲ 84 ▼ (3)"), looks_like_name("#12")
    (True, False, False)
    >>> looks_like_name("Re:"), looks_like_name("Re: Ann's point"), looks_like_name("Rebecca")
    (False, False, True)
    >>> looks_like_name("Avatar of Ann K."), looks_like_name("I think so too.")  # (an initial)
    (True, False)
    >>> looks_like_name("En réponse à Annick D.")  # (a reference to a comment, no name)
    False
    """
    words = text.split()
    if not words or len(text) > 60 or len(words) > 6 or _COUNTER.match(text):
        return False
    if not any(ch.isalpha() for ch in text):
        return False
    if _REPLY_SUBJECT.match(text):
        return False  # ("Re:", "Re: Ann's point": a reply's subject, its words emptied or not)
    initialled = L.ends_in_initial(text) and not L.may_name_reference(text)
    return not (text[-1] in ".!?;" and len(words) > 3 and not initialled)  # ("Avatar of
    # Ann K.": a name closed by an initial; "In reply to Ann K.": a reference, no name)


# the mark of a reply's subject: "Re:", "RE :", "Re[2]:", "Aw:", "Sv:", "Antw:"
_REPLY_SUBJECT = re.compile(r"(?i)^(?:re|aw|sv|vs|antw)(?:\[[0-9]{1,3}\])? ?:")


# A phrase printed after the names of this many commenters is a badge, a rank or a
# post count ("Moderator", "Posts: 1,024"), not a surname, which two relatives share.
_BADGE_NAMES = 3
_OPENING_BRACKETS = ("(", "[")  # an author read as one of these: a date's own bracket
_BADGE_WORDS = 4  # the longest badge, in words ("Level 8 41,906 points")
_NUMBERS = re.compile(r"[0-9][0-9,.]*")
_BELOW_REACH = 200  # how far under a header the name printed again is looked for
_STAMP_REACH = 1500  # how far above a header its stamp's first print is looked for


def strip_badges(page: Page, text: str) -> None:
    """The authors without what a forum prints after the name on the name's line. Only
    the page tells a badge from a name's last word: a phrase after `_BADGE_NAMES`
    different names, or after two when one of them is also an author without it; then
    its longer forms after two ("Ann Well-Known Member", "Bob Well-Known Member", "Cy
    Member"); a phrase with a number (a post count) only when every name has it; a
    parenthesis so repeated (the display name after the user name: "ann_k (Ann K)") or
    one that spells the name again; a label ("Discussion starter") after a name the
    page prints alone on a line elsewhere; what follows a name printed twice; and a
    "says" after it (a name line `lines.read_header` reads as no "NAME says" header);
    the role in parentheses every name carries (`_strip_roles`).
    Before those, what (nearly) every name carries by the page's template: a handle
    after it, a label and a small word before it ("Comment from"), points after it
    ("37p"), a word before it ("image", "Lv 7"); and what the page tells of one name:
    the words an avatar's initials spell (`_strip_past_initials`, `_name_under_initials`),
    a letter avatar glued to the name (`_unglue_letter_avatars`),
    the name the comment's own reply control gives (`_strip_past_reply_name`), the name
    printed alone before capitalised words glued to it (`_unglue_mentioned`); a
    member's number in parentheses after two names or more (`_strip_user_numbers`)."""
    _strip_closing_controls(page, text)
    named = [  # (an address spelled out is the name whole: "ann at example dot com")
        c
        for c in page.walk()
        if c.author and c.kind == "comment" and not L.is_spelled_address(c.author)
    ]
    if not named:
        return  # (every rule below reads the named comments only)
    bracketed = {id(c) for c in named if (c.author or "") in _OPENING_BRACKETS}
    if bracketed:  # ("(" over "(May 2, 2024 @11h13)": the date's bracket; by identity:
        for comment in named:  # no comparison of comments, each of all their fields)
            if id(comment) in bracketed:
                comment.author = None
        named = [c for c in named if id(c) not in bracketed]
    for comment in named:  # ("Posted DATE": the word before the date is no name; "Edited
        if comment.date is not None and (comment.author or "").casefold() in L.POSTING_WORDS:
            comment.author = _name_over_stamp(comment, text)  # says:" names its poster)
    _unglue_points(named, text)
    _strip_mail_addresses(named)
    _strip_emphasis(named, text)
    _strip_unlinked_tails(named, text)
    _strip_past_verb(named)
    _strip_fullwidth_labels(named)
    _unglue_ages(named)
    _unglue_badges(named)
    _unglue_ranks(named)
    _unglue_phrases(named)
    _undouble_glued(named)
    _strip_tripcodes(named)
    _strip_wrapped_day(named, text)
    _strip_handles(named)
    _strip_fediverse_handles(named)
    _strip_glued_instances(named)
    _strip_labels(named)
    _strip_scores(named)
    _unglue_scores(named, text)
    _strip_lead_word(named)
    _strip_past_initials(named, text)
    _name_under_initials(named, text)
    _name_under_initial(named, text)
    _unglue_letter_avatars(named, text)
    _strip_past_reply_name(named, text)
    _unglue_mentioned(named, text)
    _unglue_pictured(named, text)
    _name_under_handle(named, text)
    for comment in named:  # ("@ann_kann_k": a handle's link glued to the name, no space)
        if (comment.author or "")[:1] == "@":
            comment.author = _undoubled(comment.author or "")
    _strip_badge_words(named, text)
    _strip_flair(named)  # (after the badges the page repeats: what is left is each one's)
    for comment in named:  # ("林小满博主": a badge glued to a name of a script without spaces)
        author = comment.author or ""
        if " " not in author and author.endswith(_GLUED_BADGES):
            comment.author = _bylined(author, text) or author
    _strip_glued_parentheses(named)
    _strip_user_numbers(named)
    _unglue_spaceless_tails(named)
    _strip_roles(named)
    _strip_lone_label(named, text)
    _strip_small_tails(named)
    _strip_starter_marks(named)
    _unspace_ranks(named)
    _strip_places(named)
    _strip_ratings(named)


def _strip_past_verb(named: list[Comment]) -> None:
    """The authors without a header verb and what follows it before the date: a badge
    printed after the verb ("Ingrid Lövgren skriver: Inläggets författare", the theme's
    "Post author" after "NAME says:"). The verb (`lines.HEADER_VERBS`, of one or two
    words, with its colon) ends the name; a few words after it are no part of it."""
    for comment in named:
        author = comment.author or ""
        colon = author.find(":")
        if colon < 0 or len(author[colon + 1 :].split()) > _BADGE_WORDS:
            continue
        words = author[:colon].split()
        for size in (1, 2):
            verb = " ".join(words[-size:]).lower() + ":"
            head = " ".join(words[:-size])
            if len(words) > size and verb in L.HEADER_VERBS and looks_like_name(head):
                comment.author = head
                break


def _strip_mail_addresses(named: list[Comment]) -> None:
    """The authors without the address a mail's sender prints after the name, in angle
    brackets ("Ruth Okafor <rokafor@example.org>": `lines.without_address`)."""
    for comment in named:
        author = comment.author or ""
        if "@" in author and author[-1:] == ">":
            comment.author = L.without_address(author) or author


def _strip_emphasis(named: list[Comment], text: str) -> None:
    """The authors without the underscores html2text prints around an emphasised name
    ("_Zé_da_Oficina_": a moderator's name set in italics), where the page prints the
    name without them too (in a quote's attribution, a link's text): an underscore may
    open or close a user name ("_ann_"), but then the page prints it so everywhere.

    >>> c = Comment(author="_Ann_Lee_", depth=0)
    >>> _strip_emphasis([c], "**_Ann_Lee_** ... > Ann_Lee wrote:"); c.author
    'Ann_Lee'
    """
    for comment in named:
        author = comment.author or ""
        inner = author[1:-1]
        if (
            len(author) < 3
            or author[0] != "_"
            or author[-1] != "_"
            or "_" in inner[:1] + inner[-1:]
        ):
            continue
        if re.search(rf"(?<!\w){re.escape(inner)}(?!\w)", text):  # (printed bare elsewhere,
            comment.author = inner  # a word of its own: no underscore nor letter by it)


_LINKED_TAIL = 2  # words printed after a name's link on its line, at most, read as a badge


def _strip_unlinked_tails(named: list[Comment], text: str) -> None:
    """The authors without the last word or two that html2text prints after the link
    of the name on the name's line ("[Vittorio Sangalli](/profile/47) Autore": a badge
    of its own element beside the name's link, the post author's, a moderator's).

    >>> c = Comment(author="Vera Lund Autore", depth=0)
    >>> _strip_unlinked_tails([c], "x\\n[Vera Lund](/u/4) Autore\\ny"); c.author
    'Vera Lund'
    """
    if "](" not in text:
        return
    for comment in named:
        words = (comment.author or "").split()
        for cut in range(1, min(_LINKED_TAIL, len(words) - 1) + 1):
            head, tail = " ".join(words[:-cut]), " ".join(words[-cut:])
            linked = rf"(?m)\[{re.escape(head)}\]\([^()\s]*\) {re.escape(tail)}$"
            if re.search(linked, text):
                comment.author = head
                break


# a display name, then a fediverse handle glued or spaced after it: the user's name and
# the instance's domain ("Ann Lee @ann@social.example", "みどり@midori@fedi.example.net")
_FEDIVERSE_HANDLE = re.compile(r"^(\S.*?)\s?@[\w.-]{1,60}@[\w-]+(?:\.[\w-]+)+$")


def _strip_fediverse_handles(named: list[Comment]) -> None:
    """The authors without a fediverse handle after the display name, the user's name
    and the instance's domain, glued or spaced ("みどり@midori@fedi.example.net"); read
    after the handles (nearly) every author carries (`_strip_handles`), which also take
    the local ones ("@gil")."""
    for comment in named:
        author = comment.author or ""
        if author.count("@") >= 2 and (handled := _FEDIVERSE_HANDLE.match(author)):
            comment.author = handled.group(1)


def _cut_where_most(named: list[Comment], cut: Callable[[Comment], int]) -> None:
    """The authors cut where ``cut`` says (an index past the name's first character; 0:
    no cut), where (nearly) every comment's author is cut so: the page's template."""
    cuts = [(comment, at) for comment in named if (at := cut(comment)) > 0]
    if _carried_by_most(len(cuts), named):
        for comment, at in cuts:
            comment.author = (comment.author or "")[:at].rstrip()


# a rating in parentheses after a name, and what follows it ("Ann (1532) España")
_RATING_AFTER = re.compile(r" \([0-9]{1,5}\)(?: .*)?$")


def _strip_ratings(named: list[Comment]) -> None:
    """The authors without the number in parentheses after the name and what follows
    it ("AlfilDeRiga (1532) España": a player's rating and country, printed after every
    poster's name), where (nearly) every comment's author holds one."""

    def rating(comment: Comment) -> int:
        match = _RATING_AFTER.search(comment.author or "")
        return match.start() if match is not None else 0

    _cut_where_most(named, rating)


def _strip_places(named: list[Comment]) -> None:
    """The authors without what follows their first comma ("Maggie W, Leeds, United
    Kingdom, 2 hours ago": the poster's place, as a newspaper's comments print it before
    the date), where (nearly) every comment's author holds one and is dated: the page's
    template, no name's comma. (A letters page's undated signature, "Mara, Kisumu",
    stays whole: the name and the place are the author as printed.)"""

    def place(comment: Comment) -> int:
        return (comment.author or "").find(", ") if comment.date else 0

    _cut_where_most(named, place)


# one-word labels in fullwidth parentheses closing a name, one or more, glued or spaced
# ("Ann （author）", "安妮（作者）（楼主）"): what a CJK template prints after its poster's name
_FULLWIDTH_LABELS = re.compile(r"^(.*?\S)(?:\s*（[^\W\d_]{1,8}）)+$")


def _strip_fullwidth_labels(named: list[Comment]) -> None:
    """The authors without the labels in fullwidth parentheses after the name
    (`_FULLWIDTH_LABELS`: "（作者）", "（楼主）", glued to each other or not): a template's
    badges of the article's author or the thread's starter, never part of a name."""
    for comment in named:
        author = comment.author or ""
        if author[-1:] == "）" and (match := _FULLWIDTH_LABELS.match(author)) is not None:
            comment.author = match.group(1)


def _strip_badge_words(named: list[Comment], text: str) -> None:
    """`strip_badges`: the words after a name the page repeats after other names."""
    comments = [c for c in named if " " in (c.author or "")]
    if not comments:
        return
    heads: dict[str, set[str]] = {}  # badge → the names it follows
    carried: Counter[str] = Counter()  # shortest badge → how many comments carry it
    splits: list[list[tuple[str, str]]] = []
    for comment in comments:
        comment.author = _undoubled(L.without_verb(comment.author) or "")
        tails = _badge_tails(comment.author)
        for head, tail in tails:
            heads.setdefault(tail, set()).add(head)
        if tails:  # (the shortest badge counted)
            carried[tails[0][1]] += 1
        splits.append(tails)
    authors = {c.author for c in named}
    alone = _LinesAlone(text)
    headed = Counter(" ".join(c.header.split()) for c in named)  # (header lines, as shown)
    surnames = _surnames(heads, {c.author or "" for c in comments})
    for comment, tails in zip(comments, splits, strict=True):
        author = comment.author or ""
        shortest = tails[0][1] if tails else ""
        names = heads.get(shortest, set())
        counts = "0" in shortest  # (numbers are masked as 0)
        linked = (  # (a header that opens with no bracket opens with no link)
            next((tail for head, tail in tails if _linked_head(comment.header, head)), None)
            if comment.header[:1] == "["
            else None
        )
        if linked is not None and len(heads[linked]) >= 2:  # (words printed after the
            comment.author = next(h for h, t in tails if t == linked)  # links of two names
            continue  # or more: no part of a name, which ends where its link does)
        least = _BADGE_NAMES - (not authors.isdisjoint(names))
        if shortest in surnames:
            least = len(names) + 1  # (a family name: "Amit Kumar", "Ravi Kumar")
        if shortest[:1] == "(" and (" " in shortest or _SPACELESS.search(shortest)):
            least = 2  # the same words in parentheses after two names: a label ("(not
            # verified)", "(未验证)": a script that writes no spaces), no one's display name
        if (
            len(names) >= least
            and not _one_letter(shortest)
            and not _symbols(shortest)
            and (not counts or carried[shortest] == len(named))
        ):  # (the longest badge wins; one letter is an initial: "Ann e", "Bob e")
            comment.author = [head for head, tail in tails if len(heads[tail]) >= 2][-1]
        else:
            comment.author = _unbadged(comment, author, text, alone, headed)


# the letters of scripts written without spaces between words (Chinese, Japanese, Thai)
_SPACELESS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\u0e00-\u0e7f]")


def _symbols(tail: str) -> bool:
    """A name's tail of symbols only ("♦♦", a moderator's diamonds; "★"): a mark shown
    as part of the name, as a Q&A site prints its moderators' ("Ann ♦♦"), kept as shown."""
    return bool(tail.strip()) and all(
        unicodedata.category(ch) == "So" for ch in tail if not ch.isspace()
    )


def _surnames(heads: dict[str, set[str]], authors: set[str]) -> set[str]:
    """`_strip_badge_words`: the one words after one-word names ("Amit Kumar", "Ravi
    Kumar", "Sunil Kumar") on a page whose other names of several words mostly read as
    a given name and a family name, their last words each after fewer than
    `_BADGE_NAMES` names ("Ann Lee", "Bob Marsh"): a family name that several
    commenters share, no badge (a badge follows names of every shape: "ann_k Member",
    "Ann Lee Member")."""
    shared = {
        tail
        for tail, names in heads.items()
        if len(names) >= _BADGE_NAMES and _proper(tail) and all(map(_proper, names))
    }
    if not shared:
        return set()
    others = [a for a in authors if a.rpartition(" ")[2] not in shared]
    families = sum(
        1
        for author in others
        if 2 <= len(words := author.split()) <= _BADGE_WORDS
        and all(map(_proper, words))
        and len(heads.get(words[-1], ())) < _BADGE_NAMES
    )
    return shared if families >= max(2, (len(others) + 1) // 2) else set()


def _proper(word: str) -> bool:
    """A word written as a person's name is: one capital, then small letters ("Ann",
    "Kumar", "Ольга"; not "OP", "DrApeman", "ann_k")."""
    return word.isalpha() and word[:1].isupper() and word[1:] == word[1:].lower()


def _linked_head(header: str, head: str) -> bool:
    """The header line opens with a link whose text is ``head`` ("[Ann](/u/1) Senior
    Member"): the name ends where the link does."""
    return header.startswith(f"[{head}](")


_GLUED_TWICE = 2  # names glued to themselves ("RocíoRocío"), at least, to read them once


def _undouble_glued(named: list[Comment]) -> None:
    """The authors printed twice with nothing or a space between ("RocíoRocío",
    "ann_kann_k", "NOm NOm": a picture's text beside the name link) as the name once,
    where at least `_GLUED_TWICE` different names on the page are so doubled (a name of
    its own may repeat a syllable or a word: "Lulu", "Tintin", "Nom Nom")."""
    doubled: list[tuple[Comment, str]] = []
    for comment in named:
        author = comment.author or ""
        half = len(author) // 2
        name = author[:half]
        spaced = len(author) % 2 == 1 and author[half] == " " and author[half + 1 :] == name
        if (
            len(name) >= (1 if spaced else 3)  # (glued, a short name repeats a syllable)
            and (author == name * 2 or spaced)
            and name.strip() == name
            and looks_like_name(name)
        ):
            doubled.append((comment, name))
    if len({name for _, name in doubled}) >= _GLUED_TWICE:
        for comment, name in doubled:
            comment.author = name


# an imageboard's tripcode after the name: "griddle_anon !Fc9tq2Rm.E", "kestrel !!x8Qm3pLk2Tw"
_TRIPCODE = re.compile(r"^(.+?) !{1,2}([A-Za-z0-9./+]{8,12})$")


def _strip_tripcodes(named: list[Comment]) -> None:
    """The authors without the code an imageboard prints after a name ("anon !Fc9tq2Rm.E":
    an exclamation mark, then letters and digits mixed, no word), which proves the
    poster, and is no part of the name."""
    for comment in named:
        author = comment.author or ""
        match = _TRIPCODE.match(author) if " !" in author else None
        if match is None or not looks_like_name(match.group(1)):
            continue
        code = match.group(2)
        if any(ch.isdigit() for ch in code) and any(ch.isalpha() for ch in code):
            comment.author = match.group(1)


# a parenthesis glued to a name, with no space: "面粉精(烤箱是我的好朋友)", "Ann(tired today)"
_GLUED_PARENTHESIS = re.compile(r"^([^()\[\]]*[^\s(\]])\(([^()/#\[\]]{1,40})\)$")
_GLUED_SAYINGS = 2  # different names with a parenthesis glued, at least, to take them off


def _strip_glued_parentheses(named: list[Comment]) -> None:
    """The authors without a parenthesis glued to the name's end ("面粉精(烤箱是我的好朋友)":
    the poster's motto, printed in the name's line), where at least `_GLUED_SAYINGS`
    different names carry one, or one name as many different ones ("ㅇㅇ(223.38)",
    "ㅇㅇ(118.235)": the part of the address a board prints after its guests' common
    name): a parenthesis that follows the names of a page with no space is what each
    poster writes of themselves, or where they post from, not a name's part."""
    glued: list[tuple[Comment, str]] = []
    said: dict[str, set[str]] = {}  # each name's parentheses
    for comment in named:
        author = L.without_verb(comment.author or "") or ""
        match = _GLUED_PARENTHESIS.match(author) if author[-1:] == ")" else None
        if match is not None and looks_like_name(match.group(1)):
            glued.append((comment, match.group(1)))
            said.setdefault(match.group(1), set()).add(match.group(2))
    if len(said) >= _GLUED_SAYINGS or any(len(s) >= _GLUED_SAYINGS for s in said.values()):
        for comment, name in glued:
            comment.author = name


_CLOSING_CONTROL = re.compile(r" \(([^\W\d_][^()\d]{0,20})\)$")  # " (Edit)", " (Upravit)"
_CONTROL_CLOSES = 2  # lines besides the pingbacks' that a control closes, at least


def _strip_closing_controls(page: Page, text: str) -> None:
    """The control in parentheses the page prints at the end of every comment's date
    line ("5. března 2024 v 18:22 (Upravit)", "March 5, 2024 at 6:22 pm (Edit)") taken off
    the titles of the pingbacks it closes too ("Pingback: A Post | A Blog (Upravit)"):
    the page prints the control `_CONTROL_CLOSES` times at least besides theirs, a
    title's own parenthesis ("Ten Walks (Part 2)") only there."""
    closed: dict[str, list[Comment]] = {}
    for comment in page.walk():
        if comment.kind != "comment" and comment.author:
            control = _CLOSING_CONTROL.search(comment.author)
            if control is not None:
                closed.setdefault(control.group(1), []).append(comment)
    for word, pings in closed.items():
        if text.count(f"({word})") >= len(pings) + _CONTROL_CLOSES:  # (html2text: a link,
            for ping in pings:
                ping.author = (ping.author or "")[: -len(word) - 3].rstrip() or ping.author
                # "[(Upravit)](…)", wrapped: a line's end is no mark of it)


def _strip_user_numbers(named: list[Comment]) -> None:
    """The authors without a number in parentheses after the name ("Ann Lee (88213)":
    the member's number, which a board prints after every member's name), where at
    least two different names carry one; and, where two different names carry it
    alone, without a link's word or two after it too ("Ann Lee (88213) Journal": the
    member's page, linked after the number of those who keep one)."""
    numbered = [(c, m) for c in named if (m := _USER_NUMBER.match(c.author or ""))]
    alone = {match.group(1) for _, match in numbered if not match.group(2)}
    if len({match.group(1) for _, match in numbered}) < 2:
        return
    for comment, match in numbered:
        if not match.group(2) or len(alone) >= 2:
            comment.author = match.group(1)


# "Ann Lee (88213)", "Ann Lee ( 88213 )" (inscriptis pads a link's text in brackets), a
# link's word or two perhaps after it ("Ann Lee (88213) Journal")
_USER_NUMBER = re.compile(r"^(.*?\S) ?\( ?[0-9]{1,12} ?\)((?: [^\W\d_]{2,15}){0,2})$")


_SPACELESS_TAIL = (3, 8)  # the characters of a picture's text glued after a name, fewest, most


def _unglue_spaceless_tails(named: list[Comment]) -> None:
    """The authors in a script written without spaces without the same characters glued
    to the end of `_BADGE_NAMES` different names or more ("페달밟는곰갤로그로",
    "빠른바퀴갤로그로": an icon's text, "go to the gallery log", after each member's
    name), three characters at least (a name's own ending is shorter: "さん" stays).
    Of a name's tails so shared, the longest."""
    tails = _Tails(named, _spaceless_tails, _whole)
    longest: dict[int, _TailCut] = {}
    for cut in tails.cuts:
        held = longest.get(id(cut.comment))
        if tails.names(cut) >= _BADGE_NAMES and (held is None or len(cut.tail) > len(held.tail)):
            longest[id(cut.comment)] = cut
    _Tails.shed(longest.values())


def _spaceless_tails(comment: Comment) -> list[tuple[str, str]]:
    """`_unglue_spaceless_tails`: each way the author splits into a name and a tail of
    `_SPACELESS_TAIL` characters, where the whole author is letters of a spaceless
    script."""
    author = comment.author or ""
    fewest, most = _SPACELESS_TAIL
    if len(author) <= fewest or not all(L.SPACELESS_LETTER.match(ch) for ch in author):
        return []
    return [
        (author[:-size], author[-size:]) for size in range(fewest, min(most, len(author) - 1) + 1)
    ]


# a name, then a one-word parenthesis: "fernwhistle (OP)", "Maëlle Ricard ( Site )"
_LONE_LABEL = re.compile(r"^(.+?) \( ?([^\W_]{1,12}) ?\)$")
_UNLABELLED = 3  # comments by other names with no parenthesis, at least


def _strip_lone_label(named: list[Comment], text: str) -> None:
    """The authors without a one-word parenthesis only one name on the page carries, on
    every comment of that name ("fernwhistle (OP)", "Maëlle Ricard (Site)", "陈砚舟 (作者)"),
    where at least `_UNLABELLED` comments by other names carry no parenthesis at all: a
    label the page gives one poster (the topic's, the site's own), not a handle (a
    handle the name's letters spell, in order: "Ann Lee (annl)", is kept), and not the
    name as its owner wrote it (the page prints it with the parenthesis in prose too:
    "Last edited by Ingrid (Lanternworks)")."""
    labelled: dict[str, set[str]] = {}
    bare = 0
    for comment in named:
        author = L.without_verb(comment.author or "") or ""
        match = _LONE_LABEL.match(author) if author[-1:] == ")" else None
        if match is None:
            bare += "(" not in author
            continue
        labelled.setdefault(match.group(1), set()).add(match.group(2))
    if len(labelled) != 1:
        return
    [(name, labels)] = labelled.items()
    label = next(iter(labels))
    plain = [c for c in named if L.without_verb(c.author or "") == name]
    if len(labels) > 1 or plain or bare < _UNLABELLED or label.isdigit():
        return
    if not looks_like_name(name):
        return
    if _spelled_in_order(label, name) or _spelled_in_order(name, label):
        return
    carrying = [
        comment
        for comment in named
        if (match := _LONE_LABEL.match(L.without_verb(comment.author or "") or "")) is not None
        and match.group(1) == name
    ]
    printed = len(re.findall(rf"{re.escape(name)} \( ?{re.escape(label)} ?\)", text))
    if printed > len(carrying):  # (the name with it in prose too: "edited by Ingrid
        return  # (Lanternworks)", the name as its owner gave it)
    for comment in carrying:
        comment.author = name


_ROLE_SHARE = 0.9  # the share of the named comments whose names carry a role, at least
_ROLE = re.compile(r"^(.+?) \( ?([^\W\d_]{2,20}) ?\)$")  # "Ann Lee (administrator)"


def _strip_roles(named: list[Comment]) -> None:
    """The authors without the one-word parenthesis (nearly) every name carries, where
    some word of them follows two names at least ("osarrat (administrator)", "Guerline
    (developer)", "svn-robot (developer)"): the poster's role on the site, as a tracker
    prints it, not a handle (a parenthesis the name's letters spell is kept)."""
    labelled: list[tuple[Comment, str, str]] = []
    for comment in named:
        author = comment.author or ""
        match = _ROLE.match(author) if author[-1:] == ")" else None
        if match is not None:
            labelled.append((comment, match.group(1), match.group(2)))
    if len(labelled) < _UNLABELLED or len(labelled) < _ROLE_SHARE * len(named):
        return
    names_by_word: dict[str, set[str]] = {}
    words_by_name: dict[str, set[str]] = {}
    for _, name, word in labelled:
        names_by_word.setdefault(word.casefold(), set()).add(name)
        words_by_name.setdefault(name, set()).add(word.casefold())
    if max(len(names) for names in names_by_word.values()) < 2 and not _steady_roles(
        labelled, words_by_name
    ):
        return  # (each name its own word: handles, or what each poster wrote)
    for comment, name, word in labelled:
        if looks_like_name(name) and not _spelled_in_order(word, name):
            comment.author = name


def _steady_roles(
    labelled: list[tuple[Comment, str, str]], words_by_name: dict[str, set[str]]
) -> bool:
    """Each name carries one word only, however often it posts, and `_ROLE_POSTERS` names
    post twice or more ("dkowalczyk (developer)" on each of his notes, "petra
    (reporter)" on each of hers), and no word is spelled by its name's letters (a
    handle: "Ann Lee (annlee)"): the word is the poster's role, printed with the name
    wherever it stands, though no two posters share one."""
    if any(len(words) > 1 for words in words_by_name.values()):
        return False
    if any(_spelled_in_order(word, name) for _, name, word in labelled):
        return False  # (a handle made of its name's letters: "Ann Lee (annlee)")
    posts = Counter(name for _, name, _ in labelled)
    return sum(1 for count in posts.values() if count >= 2) >= _ROLE_POSTERS


_ROLE_POSTERS = 2  # names posting twice or more under the same role, at least


def _spelled_in_order(short: str, long: str) -> bool:
    """The letters and digits of ``short`` all stand in ``long``, in the same order (case
    aside): a handle made of its name ("annl" in "Ann Lee")."""
    rest = iter(L.squashed_name(long))
    return all(ch in rest for ch in L.squashed_name(short))


# a day number (and month) closing a name line that the converter wrapped inside the date:
# "Barnacle Prime 9" over "Mar, 2021 @ 11:02am", "gh0stfen 14 Mar @" over "6:15pm"
_WRAPPED_DAY = re.compile(r" ([0-9]{1,2}(?: [^\W\d_]{3,9}\.?)?)(?: @)?$")


def _strip_wrapped_day(named: list[Comment], text: str) -> None:
    """The authors without the start of the comment's date left on the name's line when
    the converter wrapped the header inside its date: the header's line ends near the
    converter's width (past `_WRAP_END`), and the day (perhaps with the month) closing
    the name reads, with the line under the header, as a date."""
    for comment in named:
        author = comment.author or ""
        match = _WRAPPED_DAY.search(author)
        span = comment.header_span
        if match is None or span is None or not text:
            continue
        if not 1 <= int(match.group(1).split()[0]) <= 31:
            continue
        head = author[: match.start()]
        end = text.find("\n", span.end - 1)
        line = text[text.rfind("\n", 0, span.end - 1) + 1 : None if end < 0 else end]
        if len(line.rstrip()) <= _WRAP_END or head[-1:] in ":#":  # (not wrapped: "Posts: 31"
            continue  # over "March 2021")
        under = _lines_under(text, span.end - 1, 1)
        if not under or not looks_like_name(head):
            continue
        date = find_date(f"{match.group(1)} {L.plain(under[0])}")
        if date is not None and date.start() == 0 and len(date.group()) > len(match.group(1)):
            comment.author = head


# a display name, then its owner's handle: "Ann Lee @ann", "Ann Lee @ann@example.social"
_HANDLE_TAIL = re.compile(r"^([^@]{2,60}?) @[A-Za-z0-9_.]{1,30}(?:@[A-Za-z0-9.-]{1,80})?$")
_HANDLE_RUN = 3  # comments whose names carry a handle, at least, to take the handles off


def _strip_handles(named: list[Comment]) -> None:
    """The authors without the handle printed after each display name ("Ann Lee
    @ann@example.social", a social network's thread), where at least `_HANDLE_RUN`
    comments' names carry one: a handle differs from name to name, so no repeated
    badge tells it; the shape does, down the page."""
    handled: list[tuple[Comment, str]] = []
    for comment in named:
        author = comment.author or ""
        match = _HANDLE_TAIL.match(author) if " @" in author else None
        if match is not None and looks_like_name(match.group(1)):
            handled.append((comment, match.group(1).rstrip()))
    if len(handled) >= _HANDLE_RUN:
        for comment, name in handled:
            comment.author = name


# a user name and its instance's domain glued after it, as a federated forum prints a
# remote user ("Maja@feddit.de", the domain in a small tag of its own)
_GLUED_INSTANCE = re.compile(r"^([^\s@]{2,60})@[A-Za-z0-9-]{1,60}(?:\.[A-Za-z0-9-]{1,60}){1,4}$")
_INSTANCES = 2  # different domains so glued on one page, at least


def _strip_glued_instances(named: list[Comment]) -> None:
    """The authors without the instance's domain glued after a remote user's name
    ("Maja@feddit.de": `_GLUED_INSTANCE`), where `_HANDLE_RUN` comments at least carry
    one, of `_INSTANCES` domains at least, and other comments' authors carry none (the
    instance's local users, printed by name alone): a federated thread, not a mail
    archive's senders, every one an address."""
    remote = [(c, m) for c in named if (m := _GLUED_INSTANCE.match(c.author or "")) is not None]
    domains = {(c.author or "").partition("@")[2].casefold() for c, _ in remote}
    if len(remote) < _HANDLE_RUN or len(domains) < _INSTANCES:
        return
    if not any("@" not in (c.author or "") for c in named):
        return
    for comment, match in remote:
        comment.author = match.group(1)


_TEMPLATED = 3  # comments whose names carry a label, points or a word, at least, to take it off


def _carried_by_most(carrying: int, named: list[Comment]) -> bool:
    """``carrying`` of the ``named`` comments carry a piece of the page's template in
    their names: `_TEMPLATED` at least and three in four (then it is no part of them)."""
    return carrying >= _TEMPLATED and 4 * carrying >= 3 * len(named)


_CONNECTOR = re.compile(r" ([a-zß]{2,5}) (?=\S)")  # "Comment from Ann", "Antwort von Ann"
_LABELS = 3  # the texts a label before a connector takes on one page, at most


def _strip_labels(named: list[Comment]) -> None:
    """The authors without a label of a word or a few and a small word before each name
    ("Comment from Ann Lee", "Reply from bob", "Antwort von Ann"), where (nearly) every
    comment's name carries one: the small word the same on all, the label one of a few
    texts (a name's own particle, "Ana de Souza", "Jan van Dijk", follows first names
    that vary)."""
    split: list[tuple[Comment, str]] = []
    for comment in named:
        author = comment.author or ""
        connector = _CONNECTOR.search(author) if " " in author else None
        if connector is not None and looks_like_name(author[connector.end() :]):
            split.append((comment, author[: connector.end()]))
    if not _carried_by_most(len(split), named):
        return
    labels = {label for _, label in split}
    words = {label.split()[-1] for label in labels}
    if len(words) > 1 or len(labels) > _LABELS or 2 * len(labels) > len(split):
        return
    for comment, label in split:
        comment.author = (comment.author or "")[len(label) :]


# a word opening a name, perhaps with a number glued to the name: "image Ann", "Lv 7Ann Lee"
_LEAD_WORD = re.compile(r"^([^\W\d_]{2,12})(?: ?[0-9]{1,4}(?=[^\W\d_])| [0-9]{1,4} | )")
_LEAD_WORDS = 3  # words so taken off, one after the other, at most ("Threads Posts Credits")
# an avatar that shows its owner's initials, on the line over the name: "RL", "• MC"
_INITIALS_LINE = re.compile(r"(?:[-*+o#•◦▪][ \t]+)?([^\W\d_]{2,3})")
_INITIALED = 2  # comments whose name is under its initials, at least, to read them so
_INITIALS_PROBE = 8  # comments looked at for initials over their names before giving up


def _strip_past_initials(named: list[Comment], text: str) -> None:
    """The authors cut after the words the avatar's initials over the name spell ("MC"
    over "Marie-Josée Caron Abonnée 2 days ago": "Marie-Josée Caron"; the initials on
    the header's line, or on the line over it), where at least `_INITIALED` comments'
    names stand under such initials: what follows is a badge."""
    cuts: list[tuple[Comment, str]] = []
    for comment in named:
        words = (comment.author or "").split()
        span = comment.header_span
        if len(words) < 3 or span is None or not text:
            continue
        author = " ".join(words)
        spelled = spells_initials(comment.header, author)  # (the initials' item heads
        if not spelled:  # it: the name under it)
            over = _lines_over(text, span.start, 1)
            initials = _INITIALS_LINE.fullmatch(over[0]) if over else None
            spelled = spells_initials(initials.group(1), author) if initials else 0
        if spelled:
            cuts.append((comment, " ".join(words[:spelled])))
    if len(cuts) >= _INITIALED:
        for comment, name in cuts:
            comment.author = name


def _name_under_initials(named: list[Comment], text: str) -> None:
    """The authors read off the name line over the header where that name stands under
    its avatar's initials ("HD" over "Henrik Dahlqvist" over "Home baker since 2015 · 2
    days ago": the line under the name is the poster's line about themselves, no name),
    where at least `_INITIALED` comments stand so."""
    found: list[tuple[Comment, str]] = []
    for number, comment in enumerate(named):
        if number == _INITIALS_PROBE and not found:
            return  # (a page's template: where its first comments show none, none do)
        span = comment.header_span
        if span is None or not text:
            continue
        above = _lines_over(text, span.start, 2)
        if len(above) < 2 or not (len(above[1]) <= 3 and above[1].isupper()):
            continue  # (the cheap test first: no initials over the line over the header)
        name = L.display_name(above[0]) or ""
        words = name.split()
        if 1 < len(words) <= 4 and spells_initials(above[1], f"{name} ·") == len(words):
            found.append((comment, name))
    if len(found) >= _INITIALED:
        for comment, name in found:
            comment.author = name


_RENAMED = 2  # comments whose line under the header opens with the name, at least


def _name_under_initial(named: list[Comment], text: str) -> None:
    """The authors read as one letter (an avatar printed as its owner's initial: "F"
    over "fgallese last edited by") given as the first word of the line under the
    header where it opens with that letter, on a page where the line under the header
    of `_RENAMED` comments at least opens with their author's name (the template
    prints the name again there: "Ann" over "Ann last edited by Ann")."""
    if all(len(c.author or "") != 1 for c in named):
        return  # (the cheap test first: no author of one letter)
    initialled: list[tuple[Comment, str]] = []
    renamed = 0
    for comment in named:
        author, span = comment.author or "", comment.header_span
        if span is None or not text or not author:
            continue
        under = _lines_under(text, span.end, 1)
        line = under[0] if under else ""
        word = line.split(None, 1)[0] if line else ""
        if line[: len(author) + 1] in (author, f"{author} "):
            renamed += 1
        elif _initial_of(author, word):
            initialled.append((comment, word))
    if renamed >= _RENAMED:
        for comment, word in initialled:
            comment.author = word


_CAPITALS_DOUBLED = 2  # names opened by a capital glued over their own capital, at least
_MENTIONED_SMALL = 4  # characters of a name in small letters a mention must spell, at least


def _unglue_letter_avatars(named: list[Comment], text: str) -> None:
    """The authors without the letter avatar a converter glued before the name ("Bbramble"
    of "bramble", "PPiers Lund", "小小笨熊": the first character printed again,
    `posts.shapes.letter_unglued`), where the page tells the letter is no part of the
    name: the rest is another comment's author or printed elsewhere on the page on its
    own (a mention, a list of recent comments: `_mentioned`), or at least
    `_CAPITALS_DOUBLED` different names are opened by one capital twice ("PPiers Lund",
    "KKestrel Ames"). A name whose own first letter is doubled ("Aaron", "Llewellyn",
    "Eeva") is printed whole everywhere on its page."""
    glued = [(c, rest) for c in named if (rest := letter_unglued(c.author or "")) is not None]
    if not glued:
        return
    authors = {c.author for c in named}
    capitals = {rest for _, rest in glued if rest[:1].isupper() and rest[1:2].islower()}
    doubled = len(capitals) >= _CAPITALS_DOUBLED
    printed: dict[str, bool] = {}
    for comment, rest in glued:
        if rest not in printed:
            printed[rest] = rest in authors or _mentioned(rest, text)
        if printed[rest] or (doubled and rest in capitals):
            comment.author = rest


def _mentioned(name: str, text: str) -> bool:
    """``name`` stands in ``text`` as a word of its own, somewhere not glued to a letter
    before or after it; a name in small letters (a handle, "bramble") only when it is
    `_MENTIONED_SMALL` characters long at least (not a word of the text: "uno")."""
    if not name or (name[:1].islower() and len(name) < _MENTIONED_SMALL):
        return False
    start = 0  # (a plain search, then a look at its ends: a pattern searched over the
    while (at := text.find(name, start)) >= 0:  # whole page for each name costs ~50x)
        end = at + len(name)
        if not (at and _word_char(text[at - 1])) and not (
            end < len(text) and _word_char(text[end])
        ):
            return True
        start = at + 1
    return False


def _word_char(char: str) -> bool:
    """A character of a word (as a pattern's ``\\w`` reads it: a letter, a digit, "_")."""
    return char.isalnum() or char == "_"


def _initial_of(author: str, word: str) -> bool:
    """``author`` is one capital, the initial ``word`` (a name) opens with."""
    return (
        len(author) == 1
        and author.isupper()
        and word[:1].upper() == author
        and (len(word) > 1 and looks_like_name(word))
    )


def _name_under_handle(named: list[Comment], text: str) -> None:
    """The authors read as a handle off their picture's text ("yusufdelacroix profile
    image") given as the display name printed under it, the same letters but for case,
    blanks and marks ("Yusuf Delacroix"), within `_HANDLE_REACH` lines."""
    for comment in named:
        span = comment.header_span
        if span is None or not text or _PICTURE_OF.search(comment.header) is None:
            continue
        handle = _PICTURE_OF.sub("", comment.author or "")
        if not handle or " " in handle:
            continue
        letters = L.squashed_name(handle)
        for line in _lines_under(text, span.end, _HANDLE_REACH):
            name = L.display_name(line) or ""
            if " " in name and L.squashed_name(name) == letters:
                comment.author = name
                break


_HANDLE_REACH = 4  # lines under a handle's picture where its display name may stand


def _lines_under(text: str, end: int, count: int) -> list[str]:
    """The ``count`` lines with text under the line ``end`` is in, nearest first."""
    lines: list[str] = []
    start = text.find("\n", end)
    while start >= 0 and len(lines) < count:
        stop = text.find("\n", start + 1)
        line = text[start + 1 : None if stop < 0 else stop].strip()
        if line:
            lines.append(line)
        start = stop
    return lines


def _lines_over(text: str, start: int, count: int) -> list[str]:
    """The ``count`` lines with text over the line ``start`` is in, nearest first."""
    lines: list[str] = []
    end = text.rfind("\n", 0, start)
    while end > 0 and len(lines) < count:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        if line:
            lines.append(line)
        end = begin - 1
    return lines


def _strip_past_reply_name(named: list[Comment], text: str) -> None:
    """The authors cut after the name their own reply control names ("Jonas Wirth
    author 2024-03-15" closed by "Reply to Jonas Wirth"): what follows it is a badge,
    where the name is of two words at least or the badge lowercase ("ann_k admin"). The
    body's last line is read off the page's text (a block's text is made when first
    read: `SourceText`)."""
    for comment in named:
        author = comment.author or ""
        if " " not in author:
            continue
        lines = [meta.text for meta in comment.meta if meta.role in ("reply", "footer")]
        span = comment.blocks[-1].span if comment.blocks else None
        if span is not None and text:
            lines.append(text[text.rfind("\n", 0, span.end) + 1 : span.end].strip())
        for line in lines:
            name = reply_to(line) if len(line) <= _REPLY_LINE else None
            if not name or not author.startswith(name + " "):
                continue
            if " " in name or author[len(name) + 1].islower():  # (a first name alone
                comment.author = name  # names the author of "Jonas Wirth": no badge)
            break


_REPLY_LINE = 80  # a "Reply to NAME" control's length, at most


def _strip_lead_word(named: list[Comment]) -> None:
    """The authors without the word (nearly) every one of them opens with, perhaps with
    a number after it: a picture's alternative text, a level or a running label printed
    before each name ("image Ann", "image Bob"; "Lv 7Ann Lee", "Lv 2Bob"; "Comment 5
    Ann"), template, no part of a name (the names after it differ); then the next such
    word ("Threads Posts Credits Ann": a profile's counters' labels). A name that is
    that word alone ("image" over a post among "image Ann", "image Bob") is no name: the
    template's word over a post that names nobody (an anonymous post)."""
    for _ in range(_LEAD_WORDS):
        if not _stripped_lead_word(named):
            return


def _stripped_lead_word(named: list[Comment]) -> bool:
    """`_strip_lead_word` once: whether a word was taken off."""
    lead: list[tuple[Comment, re.Match[str]]] = []
    for comment in named:
        match = _LEAD_WORD.match(comment.author or "")
        if match is not None:
            lead.append((comment, match))
    if not _carried_by_most(len(lead), named):
        return False
    if len({match.group(1) for _, match in lead}) > 1:
        return False
    rests = [(comment.author or "")[match.end() :] for comment, match in lead]
    if len(set(rests)) < 2 or not all(looks_like_name(rest) for rest in rests):
        return False
    for (comment, _), rest in zip(lead, rests, strict=True):
        comment.author = rest
    _unname_lone_word(named, lead[0][1].group(1))
    return True


def _unname_lone_word(named: list[Comment], word: str) -> None:
    """`_stripped_lead_word`: no author for the comments whose name is the lead word
    alone, the template's word with no name after it."""
    for comment in named:
        if comment.author == word:
            comment.author = None


# a number closing a name, perhaps with a unit: the poster's points ("Ann Lee 37p")
_SCORE_TAIL = re.compile(r" [+-]?[0-9][0-9,.]{0,6}[^\W\d_]{0,3}$")


# a user name of a site that takes no blank in names: letters and digits, an underscore
# or a digit among them ("cerro_nielol", "ann_k", "bo1987", "beanwhisperer_")
_USER_NAME = re.compile(r"^(?=[^\W\d_]*[_0-9])(?=\w*[^\W\d_])\w{3,30}$")
_FLAIR_WORDS = 4  # the longest flair, in words ("Puerto Varas", "Moderador")
_USER_NAMES_SHARE = 2 / 3  # of the page's authors whose first word is a user name, at least


def _strip_flair(named: list[Comment]) -> None:
    """The authors without the flair a site of user names prints after some of them,
    each poster's own ("cerro_nielol Temuco", "guardaparque_jo Puerto Varas": where the
    poster lives, a role), where the page's posters are user names: two thirds of the
    authors (by name) open with a user name (`_USER_NAME`, no blank in it, so no word
    after it is its own) and some are one alone. A page of full names ("Ann Lee") is
    left alone, and so is a name whose first word is no user name ("Mary Ann").

    >>> page = [Comment(author=a) for a in ("ann_k Oslo", "bo_99", "cy_t Bergen Nord")]
    >>> _strip_flair(page); [c.author for c in page]
    ['ann_k', 'bo_99', 'cy_t']
    """
    authors = {c.author for c in named if c.author}
    if len(authors) < _BADGE_NAMES or not any(_USER_NAME.match(a) for a in authors):
        return
    users = sum(bool(_USER_NAME.match(a.split(" ", 1)[0])) for a in authors)
    if users < _USER_NAMES_SHARE * len(authors):
        return
    for comment in named:
        first, _, flair = (comment.author or "").partition(" ")
        if flair and _USER_NAME.match(first) and len(flair.split()) <= _FLAIR_WORDS:
            comment.author = first


def _strip_scores(named: list[Comment]) -> None:
    """The authors without the number closing each name ("Ann Lee 37p", "bob 1204p": the
    poster's points), where (nearly) every comment's name closes with one and the
    numbers differ (not a running label's: "Comment 3")."""
    scored: list[tuple[Comment, re.Match[str]]] = []
    for comment in named:
        author = comment.author or ""
        score = _SCORE_TAIL.search(author) if author[-1:].isalnum() else None
        if score is not None and looks_like_name(author[: score.start()]):
            scored.append((comment, score))
    if not _carried_by_most(len(scored), named):
        return
    numbers = [score.group().strip() for _, score in scored]
    if len(set(numbers)) < 2:
        return
    if all(n.isdigit() for n in numbers) and all(
        int(a) < int(b) for a, b in itertools.pairwise(numbers)
    ):
        return  # (running up: "Comment 3", "Comment 5", a label's count)
    for comment, score in scored:
        comment.author = (comment.author or "")[: score.start()]


# a score and its word glued to the name before the date: "torben41 points",
# "Maja@feddit.de8 points", "bo_k-3 pts" (the name's link and the score's span printed
# with no blank between): the name (closed by no digit), the number, the word
_GLUED_POINTS = re.compile(r"^(\S.{0,80}?)(?<![0-9\s])([-−]?[0-9][0-9,]{0,8}) ([^\W\d_]{2,12}\.?)$")
_GLUED_POINT_NAMES = 2  # different names a score's word follows, at least
_COUNTED_FIELD = re.compile(r"[^\W\d_][0-9]+ ")  # a field's count inside a name ("Posts14 ")


def _unglue_points(named: list[Comment], text: str) -> None:
    """The authors as the header line prints them before the date without the score
    glued to the name ("torben41 points•4h": "torben"; "Maja@feddit.de8 points•3h",
    which the header read as "points", the address taken for a picture's text), where
    (nearly) every comment's header so closes, the score's word (its plural aside) the
    same after two names or more and the numbers differ: the page's template, whatever
    its language ("41 Punkte", "12 pts"). A name may end in digits of its own: it keeps
    those the page prints it with alone elsewhere ("kat_r42" of "kat_r4241 points"
    where a reply says "@kat_r42"), the longest so printed; else it loses them all."""
    cuts: list[tuple[Comment, str, str, str]] = []  # comment, name, number, word's key
    for comment in named:
        glued = _glued_points(comment)
        if glued is not None:
            cuts.append((comment, *glued))
    if not _carried_by_most(len(cuts), named) or len({number for _, _, number, _ in cuts}) < 2:
        return
    heads: dict[str, set[str]] = {}
    for _, name, _, key in cuts:
        heads.setdefault(key, set()).add(name)
    words: set[str] | None = None  # (the page's words, read where a name could keep digits)
    for comment, name, number, key in cuts:
        if len(heads[key]) < _GLUED_POINT_NAMES:
            continue
        digits = number.lstrip("-−")
        if digits.isdigit() and len(digits) > 1:
            if words is None:
                words = set(_TOKEN.findall(text)) - {c.author for c in named}
            kept = next((k for k in range(len(digits) - 1, 0, -1) if name + digits[:k] in words), 0)
            name += digits[:kept]
        comment.author = name


def _glued_points(comment: Comment) -> tuple[str, str, str] | None:
    """`_unglue_points`: the name, the score and its word's key ("point") the header
    line prints glued before the comment's date, where the author read is that text's
    end (or the whole of it)."""
    author, date = comment.author or "", comment.date
    if not date or not author or not author[-1:].isalpha():
        return None
    line = L.plain(comment.header)
    at = line.find(date)
    if at <= 0:
        return None
    head = line[:at].rstrip(" •·|-–—")
    if not head.endswith(author):
        return None
    match = _GLUED_POINTS.match(head)
    if match is None or not looks_like_name(match.group(1)) or _COUNTED_FIELD.search(match[1]):
        return None  # (not a profile's counts run together: "Posts14 Credits31 Points31")
    key = match.group(3).casefold().rstrip(".")
    return match.group(1), match.group(2), key[:-1] if key[-1:] == "s" else key


# a name of one word closed by digits: "ann3", "usr47067 0" glued ("usr470670")
_DIGIT_TAIL = re.compile(r"^(\S+?)([0-9]{1,7})$")
_TOKEN = re.compile(r"[^\s,;:!?()\[\]<>\"«»]+")  # a word as a name is printed alone
_GLUED_SCORED = 2  # names printed alone elsewhere without the digits, at least
_SCORED_NAMES = 60  # different names looked at, at most


def _unglue_scores(named: list[Comment], text: str) -> None:
    """The authors without the score a converter glued to the name ("ann3" of
    "ann323.04.18 | 20:30 |": `lines.read_header`), where (nearly) every name of one
    word closes with digits and two names at least are printed alone elsewhere without
    some of them ("ann," opening a reply, "[ann](/u/ann)"; no author's name as read:
    "user1" and "user12" are two names): each name loses the digits
    the page prints it without (the longest name so printed: "usr470670" is "usr47067"
    where the page prints "usr47067,"); a name the page never prints alone loses as
    many digits as the shortest score so read (a name may end in digits of its own)."""
    glued = [(c, m) for c in named if (m := _DIGIT_TAIL.match(c.author or "")) is not None]
    if not _carried_by_most(len(glued), named) or len({c.author for c, _ in glued}) > _SCORED_NAMES:
        return
    words = set(_TOKEN.findall(text)) - {c.author for c in named}  # (not another's
    unglued: dict[str, str] = {}  # name: "user1" is no "user12" without its "2")
    for _, match in glued:
        name, digits = match.groups()
        for cut in range(1, len(digits) + 1):
            if name + digits[:-cut] in words:
                unglued[match.group()] = name + digits[:-cut]
                break
    if len(set(unglued.values())) < _GLUED_SCORED:
        return
    shortest = min(len(author) - len(name) for author, name in unglued.items())
    for comment, match in glued:
        name = unglued.get(match.group()) or match.group()[:-shortest]
        if looks_like_name(name):
            comment.author = name


# A name's tail: what a template prints after the name on the name's line (a badge, a
# rank, a phrase). Only the page tells a tail from a name's last words: the same tail
# after several different names. The rules below differ in how they cut an author into
# a name and a tail (glued or spaced, one cut or several) and in how much repetition
# they ask for; `_Tails` gathers what their cuts tell together.


@attrs.frozen
class _TailCut:
    """One way to read an author as a name (``head``) and a tail printed after it; the
    ``key`` tells the tail's kind (the tail itself, or its opening words: a ladder of
    ranks, "Forum Regular", "Forum Elder", shares its first word)."""

    comment: Comment
    head: str
    tail: str
    key: str


class _Tails:
    """The cuts one rule makes of a page's authors, and what they tell together: the
    different names each key follows (`heads`) and how many cuts carry it
    (`carried`)."""

    def __init__(
        self,
        named: Iterable[Comment],
        cut: Callable[[Comment], Iterable[tuple[str, str]]],
        key: Callable[[str], str],
    ) -> None:
        self.cuts = [
            _TailCut(comment, head, tail, key(tail))
            for comment in named
            for head, tail in cut(comment)
        ]
        self.heads: dict[str, set[str]] = {}
        for one in self.cuts:
            self.heads.setdefault(one.key, set()).add(one.head)
        self.carried = Counter(one.key for one in self.cuts)

    def names(self, cut: _TailCut) -> int:
        """How many different names the cut's key follows."""
        return len(self.heads[cut.key])

    def best(self) -> list[_TailCut]:
        """Each comment's cut whose key follows the most names, the earliest (the
        shortest name) on a tie."""
        best: dict[int, _TailCut] = {}
        for cut in self.cuts:
            held = best.get(id(cut.comment))
            if held is None or self.names(cut) > self.names(held):
                best[id(cut.comment)] = cut
        return list(best.values())

    @staticmethod
    def shed(cuts: Iterable[_TailCut]) -> None:
        """Every cut comment's author without its tail."""
        for cut in list(cuts):
            cut.comment.author = cut.head


def _whole(tail: str) -> str:
    """`_Tails` key: the tail itself."""
    return tail


def _opening_word(tail: str) -> str:
    """`_Tails` key: the tail's first word ("Forum" of "Forum Regular")."""
    return tail.split()[0]


# an age in short units glued to the name's last letter (or its closing parenthesis):
# "Anneke Bos3 a", "Kasia Nowicka5 sett", "Giulia FerraresiPRO21 h fa" (the number, a
# unit of small letters, perhaps a small word after it)
_GLUED_AGE = re.compile(r"^(.*(?:[^\W\d_]|\)))([0-9]{1,3} ?[^\W\d_]{1,5}(?: [^\W\d_]{1,3})?)$")


def _unglue_ages(named: list[Comment]) -> None:
    """The authors without the comment's age in short units glued after the name (a
    photo site's "NAME" link and its "3 a" age link printed with no space between),
    where half the named comments at least, `_TEMPLATED` at least, carry one and a unit
    follows two different names or more: the page's template, whatever the language
    of its units ("3 a", "5 sett", "21 h fa"; "3h", "2w")."""
    tails = _Tails(named, _glued_age, _age_unit)
    cuts = tails.cuts
    if (
        len(cuts) >= _TEMPLATED
        and 2 * len(cuts) >= len(named)
        and any(tails.names(cut) >= 2 for cut in cuts)
    ):
        _Tails.shed(cuts)


def _glued_age(comment: Comment) -> list[tuple[str, str]]:
    """`_unglue_ages`: the name and the age glued to its last letter."""
    author = comment.author or ""
    if not author[-1:].islower():
        return []  # (the cheap test first: an age closes with a unit in small letters)
    match = _GLUED_AGE.match(author)
    if match is None or not _age_unit(match.group(2)).replace(" ", "").islower():
        return []
    return [(match.group(1), match.group(2))]


def _age_unit(tail: str) -> str:
    """`_Tails` key of `_unglue_ages`: the age's unit, its number aside ("sett")."""
    return tail.lstrip("0123456789 ")


# capitals glued to the end of a name that ends in a lower-case letter or a digit
_GLUED_BADGE = re.compile(r"^(.*[a-z0-9])([A-Z]{1,4})$")


def _unglue_badges(named: list[Comment]) -> None:
    """The authors without a badge the converter glued to the name on a header line
    that closes with the comment's age ("ann_kOP 12 3h", "Bo LeeMOD123h":
    `lines.aged_header`, where a converter drops the spaces between a header's
    parts): the same run of capitals closing `_BADGE_NAMES` different names, or two
    when one of them is also an author without it."""
    tails = _Tails(named, _glued_badge, _whole)
    authors = {c.author for c in named}
    _Tails.shed(
        cut
        for cut in tails.cuts
        if tails.names(cut) >= _BADGE_NAMES - (not authors.isdisjoint(tails.heads[cut.key]))
    )


def _glued_badge(comment: Comment) -> list[tuple[str, str]]:
    """`_unglue_badges`: the name and the capitals glued to it, on an aged header."""
    author = comment.author or ""
    if author[-1:].isupper() and L.ends_in_age(comment.date or ""):
        match = _GLUED_BADGE.match(author)
        if match is not None:
            return [(match.group(1), match.group(2))]
    return []


# a name glued to a rank of words after it: "annkSenior Member", "bo_17Keeper of Keys"
_GLUED_RANK = re.compile(r"^(.{0,40}\w)([A-Z][^\s,]*(?:,? [^\s,]+){1,5})$")


def _unglue_ranks(named: list[Comment]) -> None:
    """The authors without a rank of several words the converter glued to the name
    ("annkSenior Member", "bo_17Senior Member", "CyLeeForum Regular": the name link and
    the rank's text with no space between), where (nearly) every name is so glued and
    most ranks open with a word that follows two different names or more (a ladder of
    ranks: "Forum Regular", "Forum Elder"): no part of the names, which differ."""
    tails = _Tails(named, _glued_rank, _opening_word)
    cuts = tails.cuts
    shared = sum(1 for cut in cuts if tails.names(cut) >= 2)
    if (
        _carried_by_most(len(cuts), named)
        and 2 * shared > len(cuts)
        and len({cut.head for cut in cuts}) >= 2
    ):
        _Tails.shed(cuts)


def _glued_rank(comment: Comment) -> list[tuple[str, str]]:
    """`_unglue_ranks`: the name (closed by a small letter or a digit) and the rank
    glued to it."""
    match = _GLUED_RANK.match(comment.author or "")
    if match is not None and (match.group(1)[-1].islower() or match.group(1)[-1].isdigit()):
        return [(match.group(1), match.group(2))]
    return []


_SMALL_RUN = 2  # small words in a row after a name that make a template's phrase, fewest


def _strip_starter_marks(named: list[Comment]) -> None:
    """The authors without the thread starter's mark after the name ("GrainAndGlue OP":
    `posts.starter_unmarked`: spaced or glued, "ann_kOP"), where the authors
    carrying it are all one poster's and another poster is named on the page: the
    starter's posts carry it, nobody else's."""
    marked = {comment.author for comment in named if starter_unmarked(comment.author or "")}
    if len(marked) != 1 or len({comment.author for comment in named}) < 2:
        return
    author = marked.pop() or ""
    name = starter_unmarked(author) or ""
    if not name or not looks_like_name(name):
        return
    for comment in named:
        if comment.author == author:
            comment.author = name


def _strip_small_tails(named: list[Comment]) -> None:
    """The authors without a phrase of small words the template prints after every name
    and what follows it ("ann_k last edited by ann_k", "bo Moderator last edited by"):
    the same run of `_SMALL_RUN` words in small letters after two different names or
    more, on `_TEMPLATED` authors at least, and never before a capitalised word (the
    particles of family names: "Ann de la Cruz", "Bo de la Rosa" keep theirs)."""
    tails = _Tails(named, _small_run, _small_words)
    named_on = {  # runs a capitalised word follows: "de la" of "Ann de la Cruz"
        cut.key for cut in tails.cuts if cut.tail[len(cut.key) + 1 :][:1].isupper()
    }
    _Tails.shed(
        cut
        for cut in tails.cuts
        if tails.names(cut) >= 2
        and tails.carried[cut.key] >= _TEMPLATED
        and cut.key not in named_on
    )


def _small_run(comment: Comment) -> list[tuple[str, str]]:
    """`_strip_small_tails`: the name before the first run of `_SMALL_RUN` words in
    small letters ("ann_k GNU/Linux | last edited by ann_k") and the rest."""
    author = comment.author or ""
    if author.count(" ") < _SMALL_RUN:
        return []  # (the cheap test first: a name and the run hold two spaces at least)
    words = author.split(" ")
    for at in range(1, len(words) - _SMALL_RUN + 1):
        if all(word.isalpha() and word.islower() for word in words[at : at + _SMALL_RUN]):
            return [(" ".join(words[:at]), " ".join(words[at:]))]
    return []


def _small_words(tail: str) -> str:
    """`_Tails` key of `_strip_small_tails`: the run of small words opening the tail."""
    return " ".join(tail.split(" ")[:_SMALL_RUN])


_RANK_WORDS = (2, 5)  # words of a rank printed after a name on its line, fewest and most


def _unspace_ranks(named: list[Comment]) -> None:
    """The authors without a rank of several words printed after the name, a space
    between ("ann_k Senior Member", "bo Forum Regular, retired"), where (nearly) every
    name carries one opening with a capitalised word that follows two different names
    or more (a ladder of ranks: "Forum Regular", "Forum Elder"). Of a name's possible
    cuts the one whose opening word follows the most names is taken, the earliest on a
    tie: a surname two authors share ("Ann Lee", "Bo Lee") is followed by no rank of
    two words at least, and loses to the rank's word other names are followed by."""
    tails = _Tails(named, _rank_cuts, _opening_word)
    chosen = [cut for cut in tails.best() if tails.names(cut) >= 2]
    if _carried_by_most(len(chosen), named) and len({cut.head for cut in chosen}) >= 2:
        _Tails.shed(chosen)


def _rank_cuts(comment: Comment) -> list[tuple[str, str]]:
    """`_unspace_ranks`: the ways the author reads as a name and a rank after it: the
    rank of `_RANK_WORDS` words, opened by a capital letter, the name of one word at
    least."""
    author = comment.author or ""
    if author.count(" ") < _RANK_WORDS[0]:
        return []  # (the cheap test first: a name and a rank hold two spaces at least)
    words = author.split(" ")
    fewest, most = _RANK_WORDS
    return [
        (" ".join(_without_connector(words[:at])), " ".join(words[at:]))
        for at in range(max(1, len(words) - most), len(words) - fewest + 1)
        if words[at][:1].isupper() and words[at - 1] and words[at]
    ]


def _without_connector(words: list[str]) -> list[str]:
    """A name's words without the connector that closes them before what follows the
    name ("quillandbrine on" of "quillandbrine on Chapter 3": what the comment is on)."""
    if len(words) > 1 and words[-1] in L.CONNECTOR_WORDS:
        return words[:-1]
    return words


def _unglue_phrases(named: list[Comment]) -> None:
    """The authors without a badge's phrase glued to the name, no space between (a
    picture's title printed after it: "Ann LeeVerified user"), opened by a capital right
    after a small letter: a phrase (`_phrase`) glued so twice at least, or any words
    after `_BADGE_NAMES` different names ("Ann MacLeod", "Bo MacLeod" keep theirs)."""
    tails = _Tails(named, _glued_phrase, _whole)
    _Tails.shed(
        cut
        for cut in tails.cuts
        if tails.names(cut) >= _BADGE_NAMES or (_phrase(cut.tail) and tails.carried[cut.key] >= 2)
    )


def _phrase(tail: str) -> bool:
    """Words that make a phrase, not a name: a later word in small letters ("Verified
    user", "Top contributor")."""
    return any(word[:1].islower() for word in tail.split()[1:])


def _glued_phrase(comment: Comment) -> list[tuple[str, str]]:
    """`_unglue_phrases`: the name and the capitalised phrase glued to its last word
    ("Ann Lee|Verified user"), after a word of two small letters at least."""
    author = comment.author or ""
    for at in range(2, len(author)):
        if author[at].isupper() and author[at - 1].islower() and author[at - 2].islower():
            rest = author[at:].split()
            if 1 <= len(rest) <= _PHRASE_WORDS and " " in author[:at]:
                return [(author[:at], author[at:])]
    return []


_PHRASE_WORDS = 3  # words of a badge's phrase glued to a name, at most


def _one_letter(tail: str) -> bool:
    """A name's last word that is one letter: an initial, no badge ("Ann e")."""
    return len(tail) == 1 and tail.isalpha()


def _unbadged(
    comment: Comment,
    author: str,
    text: str,
    alone: _LinesAlone,
    headed: Counter[str],
) -> str:
    """The author of a comment whose name carries no badge the page repeats: without a
    label, a parenthesis that spells the name again, or what the name printed again
    under the header leaves out. A header whose verb ends the name ("b A a says:")
    keeps all of it but such a parenthesis. ``headed``: the comments' header lines."""
    if _verb_named(comment):  # (but for the post author's badge: "Ann Post author says")
        return _same_in_parenthesis(author) or _bylined(author, text) or author
    return (
        _labelled(author, alone)
        or _printed_alone(author, alone)
        or _printed_alone_but_as_headers(author, alone, headed)
        or _same_in_parenthesis(author)
        or _named_again_below(comment, text)
        or _named_again_above(comment, text)
        or _bylined(author, text)
        or author
    )


# a name glued to a capitalised word after it: "Nadia ReyesAdmin", "Thorsten W.Ents" (a
# badge's text)
_GLUED_WORD = re.compile(r"^(.{2,60}?[a-z.])([A-Z][a-z]{2,15})$")
_GLUED_WORDS = 4  # badges glued one after the other, at most ("AdminAngeheftetMagier")


def _unglued_mentioned(author: str, text: str) -> str | None:
    """ "Nadia ReyesAdmin", "Lena HartmannAdminMagier": the name without the capitalised
    words glued to its end (one or more) when the page prints the name without them
    elsewhere ("Nadia Reyes thank you" in a reply): badges the converter glued to the
    name, not a name's last word. A name of one word ("SabineHobbits") needs a mention
    of it with its "@" ("@Sabine:"): a first name alone in a sentence is no proof."""
    name = author
    for _ in range(_GLUED_WORDS):
        glued = _GLUED_WORD.match(name)
        if glued is None:
            return None
        name, badge = glued.groups()
        if " " in name:  # (the name first: a search for a pattern that opens with a
            # literal skips to where it stands; one that opens with a look-behind tries
            # every character of the page, fifty times slower on a page of 45 kB)
            alone = rf"{_word_alone(name)}(?!{re.escape(badge)})(?![\w-])"
        else:
            alone = rf"@{re.escape(name)}(?![\w-])"
        if re.search(alone, text):
            return name
    return None


def _word_alone(name: str) -> str:
    """A pattern of ``name`` not glued after a word's character or a hyphen: the name,
    then a look-behind over it and the character before it, which is the same test as
    ``(?<![\\w-])`` before the name, but lets a search skip to where the name stands.

    >>> [m.start() for m in re.finditer(_word_alone("Ann Lee"), "Ann Lee, xAnn Lee -Ann Lee")]
    [0]
    """
    escaped = re.escape(name)
    return rf"{escaped}(?<![\w-]{escaped})"


_PICTURED = 2  # comments whose name the line over the header spells, at least


def _unglue_pictured(named: list[Comment], text: str) -> None:
    """The authors without the word glued to the name where the line over the header
    (an avatar's alternative text) ends with the name alone, or opens with it before a
    mark ("Аватар пользователя Ольга" over "ОльгаПрофи (804)3 года назад", "Ann Lee's
    avatar" over "Ann LeeModerator"), or is the name alone where a word of a script
    without capitals follows it, glued or not ("さとう" over "さとうクリエイター"): the
    word is a rank the converter printed after the name. Where `_PICTURED` comments at
    least have their names so spelled over them (with a word or not: the page's
    template)."""
    cuts: list[tuple[Comment, str]] = []
    for comment in named:
        author, span = comment.author or "", comment.header_span
        glued = [  # (a capital after a word's other characters: "Ольга|Профи", "Ben T.|Sage")
            at
            for at in range(1, len(author))
            if author[at].isupper() and not (author[at - 1].isspace() or author[at - 1].isupper())
        ]
        if span is None or not text or not (glued or _uncased_word(author[-2:])):
            continue  # (the cheap test first: no capital glued to a word's end)
        line = _line_over(text, span.start)
        name = next((n for at in glued if L.spells_name(line, n := author[:at])), None)
        if (
            name is None
            and line
            and author.startswith(line)
            and _uncased_word(author[len(line) :].lstrip())
        ):  # (the name alone over it, then a word of a script without capitals, glued or
            name = line  # not: "さとう" over "さとうクリエイター" or "さとう クリエイター")
        if name is not None:
            cuts.append((comment, name))
    if not cuts:
        return
    spelled = sum(  # (the names spelled whole over their headers: the template's too)
        1
        for comment in named
        if comment.header_span is not None
        and L.spells_name(_line_over(text, comment.header_span.start), comment.author or "")
    )
    if spelled + len(cuts) >= _PICTURED:
        for comment, name in cuts:
            comment.author = name


def _uncased_word(word: str) -> bool:
    """Two to twelve letters of a script without capitals (a rank glued to a name
    there: "クリエイター"), and nothing else."""
    return 2 <= len(word) <= 12 and all(
        ch.isalpha() and not ch.isupper() and not ch.islower() for ch in word
    )


def _line_over(text: str, start: int) -> str:
    """The line with text over the line ``start`` is in, as shown (`lines.plain`)."""
    over = _lines_over(text, start, 1)
    return L.plain(over[0]) if over else ""


def _unglue_mentioned(named: list[Comment], text: str) -> None:
    """Every author without the capitalised words glued to its end where the page
    prints the name alone (`_unglued_mentioned`). Each name is looked for once; a page
    of more than `_GLUED_NAMES` such names (handles written in camel case, "JohnSmith")
    is left as it is: each look is a search of the whole page."""
    glued = {
        author
        for comment in named
        if (author := comment.author or "")[-1:].islower() and _GLUED_WORD.match(author)
    }
    if not glued or len(glued) > _GLUED_NAMES:
        return
    found = {author: _unglued_mentioned(author, text) for author in glued}
    for comment in named:
        name = found.get(comment.author or "")
        if name is not None:
            comment.author = name


_GLUED_NAMES = 100  # names with glued capitalised words looked for, at most, on a page
_BYLINE_WORDS = r"(?i:by|door|von|par|por|di|av|przez)"  # before the post's author in a byline
# The badge themes print after the post author's name in its comments ("Marloes Post
# author", or the one word "Author": "Jenna Holloway Author"), in the languages of the
# pages met and their neighbours: read only where the byline names the name alone
# (`_bylined`)
_POST_AUTHOR_BADGES = frozenset(
    "post author|berichtauteur|beitragsautor|auteur de l'article|auteur de l’article"
    "|autor de la entrada|autore dell'articolo|autore dell’articolo|autore articolo|autor do post"
    "|autor wpisu|inläggsförfattare|文章作者|博主"
    "|author|autor|autora|autorin|auteur|autrice|autore|författare|forfatter|yazar|автор"
    "|авторка".split("|")
)
_LONGEST_BADGE = max(len(badge.split()) for badge in _POST_AUTHOR_BADGES)  # ("autor de la
# entrada": four words)
# the badges of scripts written without spaces, which a page may glue to the name
_GLUED_BADGES = tuple(b for b in _POST_AUTHOR_BADGES if _SPACELESS.match(b))
# a byline in a script written without spaces: the words before the name glued to it
# ("作者是毕扬", "作者：毕扬")
_GLUED_BYLINE = r"(?:作者是|作者[:：]|作者)"


def _bylined(author: str, text: str) -> str | None:
    """ "Marloes Post author", "Marloes Berichtauteur", "Marloes (Post author)": the post
    author's badge after the name the article's byline gives alone ("… by Marloes.",
    "door Marloes"), or the page prints elsewhere without the badge (a byline with no
    word before the name: "18 marca 2024 Katarzyna Wróbel 13 komentarzy"). A badge only
    the post author carries, so the page does not repeat it under other names."""
    words = author.split()
    glued = next((b for b in _GLUED_BADGES if author.endswith(b) and len(author) > len(b)), None)
    if glued is not None:  # ("林小满博主": a badge glued to a name in a script without spaces)
        words = [*author[: -len(glued)].split(), glued]
    for size in range(min(_LONGEST_BADGE, len(words) - 1), 0, -1):  # (the longest first:
        tail = " ".join(words[-size:])  # "Post author", then "Author")
        badge = tail[1:-1] if tail[:1] == "(" and tail[-1:] == ")" else tail  # ("Ann (Post
        if badge.casefold() not in _POST_AUTHOR_BADGES:  # author)": the badge in brackets)
            continue
        head = " ".join(words[:-size])
        byline = re.compile(  # (the name perhaps a link: "[Ann](…)", lynx's "[18]Ann")
            rf"(?:\b{_BYLINE_WORDS}[ \t]+|{_GLUED_BYLINE} ?)"
            rf"(?:\[[0-9]{{1,5}}\]|\[|\*\*)?{re.escape(head)}(?![\w-])"
        )
        if byline.search(text):
            return head
        alone = rf"{_word_alone(head)}(?![\w-])(?![*_\]]* ?{re.escape(tail)})"  # ("**Ann**
        # Author": the badge after the name's emphasis or link text is no name alone)
        if re.search(alone, text, re.IGNORECASE):
            return head
    return None


def _name_over_stamp(comment: Comment, text: str) -> str | None:
    """The author of a comment whose header names none but its verb ("Posted November
    24, 2023"): the name line over the same stamp printed a little above (a forum's
    post prints it twice: "Ann Lee" over "Posted November 24, 2023" over Ann's card,
    then the stamp again over the body); None when there is none."""
    span = comment.header_span
    if span is None or comment.date is None:
        return None
    at = _stamp_above(text, comment.author or "", comment.date, span.start)
    if at < 0:
        return None
    before = text[max(0, at - _STAMP_REACH) : at]
    if _LINK_MARK.fullmatch(before.rpartition("\n")[2].strip()):  # (lynx's "[42]Posted")
        before = before.rpartition("\n")[0]
    above = before.rstrip().rpartition("\n")[2].strip()
    if not looks_like_name(above) or is_date_line(above):
        return None
    return L.display_name(above)


_LINK_MARK = re.compile(r"(?:\[[0-9]{1,5}\])?")  # a link's number lynx prints before it


def _stamp_above(text: str, verb: str, date: str, end: int) -> int:
    """Where the stamp of a posting word and its date is printed last above ``end``
    (within `_STAMP_REACH`), with or without the connector between them ("Posted
    November 24, 2023", "Posté(e) le 5 décembre 2023"); -1 where it is not."""
    start = max(0, end - _STAMP_REACH)
    found = text.rfind(f"{verb} {date}", start, end)
    for connector in L.CONNECTOR_WORDS:
        found = max(found, text.rfind(f"{verb} {connector} {date}", start, end))
    return found


def _verb_named(comment: Comment) -> bool:
    """The comment's header names its author before a verb ("NAME says:"): the name
    is all of what stands before it, with no label or picture text to take off."""
    header = L.read_header(comment.header) if comment.header else None
    return header is not None and header.evidence == "verb"


def _named_again_below(comment: Comment, text: str) -> str | None:
    """ "Ann Avatar" over "Ann": the header's name printed again on the line under it,
    without what the header adds (a picture's text, a badge: `_badged`; a permalink's
    or a picture's text before it: `_led`, "user avatar Ann Lee" over "Ann Lee"), the
    line under perhaps the name twice, glued (`_once`: "Ann LeeAnn Lee")."""
    span = comment.header_span
    if span is None or not comment.author:
        return None
    below = text[span.end : span.end + _BELOW_REACH].lstrip("\n").partition("\n")[0]
    name = _once(L.display_name(below) or "")
    if not (_badged(comment.author, name) or _led(comment.author, name)):
        return None
    if " ".join(comment.text.split()) == name:
        return None  # (a body that is the name alone is a body: "a A says:" over "a")
    return name


def _once(line: str) -> str:
    """A name line printed twice with nothing between ("Ann LeeAnn Lee": a profile
    link and the page's hidden copy of the name, which a converter glues) as the name
    once; any other line as it is. A name of a few letters stays ("Lulu", "Tintin": a
    name may repeat a syllable), and so does one word ("AnnAnn").

    >>> _once("Ann LeeAnn Lee"), _once("Lulu"), _once("Ann Lee")
    ('Ann Lee', 'Lulu', 'Ann Lee')
    """
    half = line[: len(line) // 2]
    return half if " " in half and half * 2 == line and half.strip() == half else line


def _named_again_above(comment: Comment, text: str) -> str | None:
    """ "Ann" over "Ann Newcomer": the header's name printed alone on the line over it
    (blank lines between), the header adding a badge to it (`_badged`), where the block
    over it printed both before, the name alone and the name with its badge (a forum's
    author pane printed twice, for narrow screens and wide: "Ann Newcomer", "Ann",
    "Posted DATE", then "Ann" over the card whose first item is "Ann Newcomer")."""
    span = comment.header_span
    if span is None or not comment.author or " " not in comment.author:
        return None
    block = text[max(0, span.start - _STAMP_REACH) : span.start].rstrip()
    above = [line for line in block.split("\n")[::-1] if line.strip()]
    name = L.display_name(above[0]) if above else None
    if not name or len(name) < 2:
        return None
    if not _badged(comment.author, name) or " ".join(comment.text.split()) == name:
        return None
    lines = [L.display_name(line) for line in above[1:]]  # (read only past the tests above)
    if name not in lines or comment.author not in lines:
        return None  # (a name printed once over a header, or an initial: no pane twice)
    return name


def _led(line: str, name: str) -> bool:
    """The line is a few words and then the name, of two words at least ("Link to the
    comment Ann Lee" over "Ann Lee": a permalink's text before the name, the header
    wrapped after a label whose name went onto the next line)."""
    rest = line.removesuffix(" " + name)
    return rest != line and " " in name and looks_like_name(name) and len(rest.split()) <= 3


def _badge_tails(author: str) -> list[tuple[str, str]]:
    """(name, badge) splits of an author, the shortest badge first, numbers masked in the
    badge; a closing parenthesis is one badge. A parenthesis after a display name is a
    badge only as itself ("Ann Lee (Homepage)", "Ann Lee (not verified)": a label the
    page prints after every name that has one), so that a handle, different for every
    name, is no badge ("Ann Lee (annl)": the name as the page shows it); after a name
    of one word, so is a handle (`_HANDLE_SHAPE`: "AnnL (annl)"), and any other
    parenthesis is the badge "(…)" (the display name after the user name: "ann_k (Ann
    K)", "bo (Bo Lee)"). No badge follows a comma (a name and a place: "Greg, Leeds,
    UK")."""
    if author.endswith(")") and " (" in author:
        head, _, inner = author.rpartition(" (")
        if not head.strip() or not looks_like_name(head):
            return []
        itself = " " in head.strip() or _HANDLE_SHAPE.match(inner[:-1]) is not None
        return [(head.rstrip(), f"({inner}" if itself else "(…)")]
    words = author.split()
    return [
        (" ".join(words[:-size]), _NUMBERS.sub("0", " ".join(words[-size:])))
        for size in range(1, min(_BADGE_WORDS, len(words) - 1) + 1)
        if words[-size - 1][-1] != "," and looks_like_name(" ".join(words[:-size]))
    ]  # (no badge after a comma: "Tom, Leeds, UK" signs with a place)


def _undoubled(author: str) -> str:
    """A name printed twice, then a badge ("AnnAnn Admin", "Ann Ann Admin": a link's
    text and the name again) as the name once; a name alone twice too when it is no
    one word of letters ("Ann Lee Ann Lee", "id:ann_k id:ann_k": a picture's text and
    the name link), or the first time as a handle ("@ann_k ann_k", "@ann_k ann_k
    Maintainer"), but "Roberto Roberto" may be a name, and stays."""
    if author[:3] not in author[3:] and author[1:4] not in author[4:]:
        return author
    words = author.split(" ")
    if len(words) % 2 == 0:  # (the name's words, twice; the first perhaps a handle's,
        half = " ".join(words[: len(words) // 2])  # "@ann_k ann_k")
        second = " ".join(words[len(words) // 2 :])
        if half[:1] == "@" and half[1:] == second:
            return second
        if half == second and (" " in half or not half.isalpha()):
            return half
    if author[:1] == "@" and len(author) % 2 and author[1 : len(author) // 2 + 1] * 2 == author[1:]:
        return author[len(author) // 2 + 1 :]  # ("@ann_kann_k": glued)
    handle, _, rest = author.partition(" ")
    if handle[:1] == "@" and rest.startswith(handle[1:] + " "):  # ("@ann_k ann_k Maintainer":
        badge = rest[len(handle) :].split()  # the handle, the name again, a badge)
        if len(badge) <= 2 and all(word[:1].isupper() and word.isalpha() for word in badge):
            return handle[1:]
    for size in range(3, len(author) // 2 + 1):
        name = author[:size]
        rest = author[size:].removeprefix(" ")
        if rest.startswith(name + " ") and not name.endswith(" "):
            return name
    return author


class _LinesAlone:
    """The texts the page prints alone on a line (blanks around, and a link's number
    before it, "[12]Ann Lee", aside; a Markdown link's text, when the link is the whole
    line: `_readings`), made on first use: whether a name stands alone
    somewhere is then one lookup, not a search of the whole page for each comment. The
    first `_LOOKS_ALONE` names are looked for in the page instead (a page asks of a
    few names, most of them printed alone nowhere): each reading is a part of its
    line, so a name is one only where the page holds it, and the lines that hold it
    tell all (the set is made when more names are asked of)."""

    __slots__ = ("_counts", "_lines", "_looked", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines: set[str] | None = None
        self._looked = 0
        self._counts: Counter[str] | None = None

    def count(self, line: str) -> int:
        """How many lines of the page are ``line`` (blanks around it aside)."""
        return self._stripped()[line]

    def _stripped(self) -> Counter[str]:
        """The page's lines without their blanks, counted (split once, when first asked)."""
        if self._counts is None:
            self._counts = Counter(map(str.strip, self._text.split("\n"), itertools.repeat(" \t")))
        return self._counts

    def __contains__(self, name: object) -> bool:
        if self._lines is None and isinstance(name, str) and name and self._looked < _LOOKS_ALONE:
            self._looked += 1
            return self._on_its_lines(name)
        if self._lines is None:  # (each line without its blanks, then the readings of
            # the few that open with a bracket or close with one, each such text once)
            self._lines = set(self._stripped())
            for line in [line for line in self._lines if line[:1] == "[" or line[-1:] == ")"]:
                self._lines.update(_readings(line))
        return name in self._lines

    def _on_its_lines(self, name: str) -> bool:
        """``name`` is a reading of a line of the page that holds it (a reading is a part
        of one line, so no reading holds a line break)."""
        if "\n" in name:
            return False
        text = self._text
        at = text.find(name)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if name in _readings(text[start:end]):
                return True
            at = text.find(name, end + 1)  # (the next line that holds it)
        return False


_LOOKS_ALONE = 8  # names looked for in the page, at most, before its lines' set is made


def _readings(line: str) -> tuple[str, ...]:
    """`_LinesAlone`: what a line prints alone: the line without the blanks around it,
    and the text after its link's number ("[12]Ann Lee") or, when the line is one
    Markdown link, the link's text ("[Ann Lee](/u/ann)")."""
    line = line.strip(" \t")
    if line[:1] == "[" and (number := L.LINK_NUMBERS.match(line)) is not None:
        return line, line[number.end() :]
    if line[-1:] == ")" and (linked := _WHOLE_LINK.fullmatch(line)) is not None:
        return line, linked.group(1).strip()
    return (line,)


# a line that is one Markdown link and nothing else (html2text's "[Ann Lee](/u/ann)")
_WHOLE_LINK = re.compile(r"\[([^\[\]\n]{1,100})\]\([^()\s]{0,2000}\)")


def _labelled(author: str, alone: _LinesAlone) -> str | None:
    """ "ann_k Discussion starter": a name, then a label (a capital, then lower-case words:
    no name ends so), when the page prints the name alone on a line elsewhere."""
    words = author.split()
    if len(words) < 3 or not words[-1].isalpha() or not words[-1].islower():
        return None
    for size in range(2, min(_BADGE_WORDS, len(words) - 1) + 1):
        if words[-size][:1].isupper():
            name = " ".join(words[:-size])
            return name if name in alone else None
    return None


def _printed_alone(author: str, alone: _LinesAlone) -> str | None:
    """ "Pauline Reyes Ledger Staff": a name of two words at least, then a capitalised
    word or two, when the page prints the name alone on a line elsewhere (the article's
    byline, a reply's greeting) and never the whole author so: what follows it is the
    poster's badge. In a script without capitals, one word of it after a name of any
    length ("ぬか床日記｜さとう クリエイター", "ぬか床日記｜さとう" alone on a line)."""
    words = author.split()
    if len(words) >= 2 and _uncased_word(words[-1]):
        name = " ".join(words[:-1])
        return name if name in alone and author not in alone else None
    for size in range(1, min(2, len(words) - 2) + 1):
        if not all(word[:1].isupper() and word.isalpha() for word in words[-size:]):
            return None
        name = " ".join(words[:-size])
        if name in alone and author not in alone:
            return name
    return None


def _printed_alone_but_as_headers(
    author: str, alone: _LinesAlone, headed: Counter[str]
) -> str | None:
    """`_printed_alone` where the whole author stands alone on lines of its own, each the
    header line of one of its comments ("Lucía Ferrer Admin" over each of her replies,
    "Lucía Ferrer" alone in the article's byline): its last word is the badge, as long as
    the name without it heads no comment (another poster's name, "Ann Lee" beside "Ann
    Lee Smith")."""
    words = author.split()
    if (
        len(words) < 3
        or not headed[author]
        or not (words[-1][:1].isupper() and words[-1].isalpha())
    ):
        return None
    name = " ".join(words[:-1])
    if headed[name] or name not in alone:
        return None
    return name if alone.count(author) == headed[author] else None


# a handle alone: one word of lower-case letters, digits and dots, dashes or underscores
_HANDLE_SHAPE = re.compile(r"[a-z0-9][a-z0-9._-]*$")


def _same_in_parenthesis(author: str) -> str | None:
    """ "ann_k (Ann K)": the user name, when the parenthesis spells the same name; but
    not a handle in parentheses after the display name ("Ann Kay (ann-kay)", "AnnK
    (annk)": the name as the page shows it, handle and all)."""
    head, _, display = author.rpartition(" (")
    if not head or not author.endswith(")"):
        return None
    if display[:-1] != head.rstrip() and _HANDLE_SHAPE.match(display[:-1]):
        return None  # (not the name printed twice: "ann_k (ann_k)")
    if L.squashed_name(head) == L.squashed_name(display):
        return head.rstrip()
    return None


def _badged(line: str, name: str) -> bool:
    """The line is the name and a word or two after it ("Ann Mod" under "Ann"): where a
    name is printed twice, what the second print adds is a badge."""
    rest = line.removeprefix(name + " ")
    return rest != line and looks_like_name(name) and len(rest.split()) <= 2


_COUNTER = re.compile(r"#?[0-9]{1,7}\.?$")
_WRAP_END = 60  # a line that w3m or lynx wrapped (at 80 columns) ends past this column
# a picture's word after its owner's name, the picture's alternative text: "Ann Lee
# Avatar", "ann_k's profile picture"
_PICTURE_OF = re.compile(r"(?i)(?:['’]s)? (?:user |profile )?(?:avatar|picture|photo|image|icon)$")
