"""What a single line says: comment header, declared count, date, reply link, furniture.

Functions over one stripped line of text, used by the transformer to give the
outline its meaning: pure, but for the header verbs the page being built teaches
(`repeated_verbs`, read under `page_verbs`; the line caches are emptied when a page
teaches any). Every pattern here is linear: no two adjacent quantifiers can
match the same character, and digits are ASCII ``[0-9]`` only.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import attrs

from threadparse.dates import (
    ANY_SCRIPT_DIGIT,
    BOTH_ORDERS,
    DIGIT,
    LINE_CACHE,
    SPACELESS_LETTERS,
    WEEKDAY_NAMES,
    date_extent,
    find_date,
    is_date_line,
    western_digits,
)

# "NAME says:" and its relatives; the verb is the line's last word.
HEADER_VERBS = frozenset(
    # English
    "says: said: wrote: writes: replied: replies: commented: comments: posted:".split()
    # German
    + "sagt: sagte: schreibt: schrieb: meint: meinte: antwortete:".split()
    # Spanish, Portuguese
    + "dijo: dice: escribió: escribe: comentó: respondió:".split()
    + "disse: diz: escreveu: comentou: respondeu:".split()
    # French, Italian (two-word verbs are matched as two words)
    + ["dit:", "écrit:", "a écrit:", "a dit:", "a répondu:", "a commenté:"]
    + ["ha scritto:", "scrive:", "scrisse:", "ha detto:", "ha risposto:", "ha commentato:"]
    # Dutch, Scandinavian, Finnish, Polish
    + "zegt: schreef: skriver: skrev: sier: sa: kirjoitti: sanoo: napisał: pisze: mówi:".split()
    # Russian, Ukrainian, Czech, Slovak, Hungarian, Romanian, Greek
    + "пишет: написал: написала: говорит: сказал: сказала: ответил: ответила:".split()
    + "пише: написав: каже: napsal: napsala: píše: napísal: napísala: írta: spune:".split()
    + ["a scris:", "γράφει:", "έγραψε:"]
    # Turkish, Indonesian, Vietnamese
    + "dedi: yazdı: berkata: menulis: nói: viết:".split()
)
# The header verbs `_verb_header` reads: `HEADER_VERBS`, and while a page is built those
# its lines repeat that the list lacks ("säger:", "dedi ki:", "قال:": `repeated_verbs`,
# `page_verbs`)
_VERBS: ContextVar[frozenset[str]] = ContextVar("threadparse_verbs", default=HEADER_VERBS)
VERB_ENDS = (":", "：", "...", "…")  #: what closes a line that may end in a verb
_GLUED_PLACEHOLDER = re.compile(r"^\[[^\]\s]{1,40}\] ?")  # a picture's, before the name
_VERB_LINES = 3  # lines a verb ends on a page, at least, to be learned
_VERB_LENGTH = 15  # characters of a learned verb's word, at most
_VERB_REACH = 300  # characters of a line ending in a verb, at most (links and all)
_HEAD_MARKS = re.compile(r"[0-9.!?,;:()\[\]]")  # in no name before a verb


def repeated_verbs(lines: Iterable[str]) -> frozenset[str]:
    """The verbs the ``lines`` of a page (each without its list marker) print after
    names that no list of known verbs holds: the last word (or two) before a colon (or
    "...") on `_VERB_LINES` lines or more, after two different names at least ("Maria
    Sundberg säger:", "Erik säger:"; "Mert Yıldız dedi ki:"). A verb is a word of
    letters, not capitalised (a label is: "Ann Lee Moderator:"); a name is one to four
    words with no digit and no mark of a sentence. Two words are learned where the word
    before the last is the same on every line ("dedi ki:"), else the last alone. Each
    learned verb carries its colon, as the known ones do.

    >>> sorted(repeated_verbs(["Ann Lee säger:", "hi", "Bo säger:", "yo", "Cy Ek säger:"]))
    ['säger:']
    """
    heads_by_verb: dict[str, list[str]] = {}  # verb (one word) -> the heads before it
    for text in lines:
        if not text.endswith(VERB_ENDS) or len(text) > _VERB_REACH:
            continue
        line = text.rstrip(":：.… \t\u00a0")
        if "[" in line or "*" in line or "_" in line:
            line = plain(line)  # (html2text's picture and bold name: "![](…)**Ann** says:")
            line = _GLUED_PLACEHOLDER.sub("", line, count=1)  # (w3m's "[00004bc]Ann says:")
        head, _, verb = line.rpartition(" ")
        if verb[:1].isupper() or not verb.isalpha() or len(verb) > _VERB_LENGTH:
            continue
        key = verb.casefold()
        if f"{key}:" in HEADER_VERBS or _HEAD_MARKS.search(head) is not None:
            continue  # (a known verb: nothing to learn; a sentence's or a number's marks)
        words = head.split()
        if not 1 <= len(words) <= 5 or not all(word[:1].isalpha() for word in words):
            continue
        heads_by_verb.setdefault(key, []).append(head)
    learned: set[str] = set()
    for verb, heads in heads_by_verb.items():
        if len(heads) < _VERB_LINES:
            continue
        before = Counter(head.rpartition(" ")[2] for head in heads)
        word, count = before.most_common(1)[0]
        if count == len(heads) and word.isalpha() and not word[:1].isupper():
            names = {head.rpartition(" ")[0] for head in heads}
            verb = f"{word.casefold()} {verb}"  # (two words: the one before is the same on
            # every line, and no name's: "Ann Lee säger:", "Bo Lee säger:" teach "säger:")
        else:
            names = set(heads)
        if len(names) >= 2 and all(0 < len(name.split()) <= 4 for name in names):
            learned.add(f"{verb}:")
    return frozenset(learned - HEADER_VERBS)


@contextmanager
def page_verbs(verbs: frozenset[str]) -> Iterator[None]:
    """Read ``verbs`` as header verbs too while the context lasts (the page being built:
    `repeated_verbs`)."""
    token = _VERBS.set(HEADER_VERBS | verbs if verbs else HEADER_VERBS)
    try:
        yield
    finally:
        _VERBS.reset(token)


# Verbs that make a header even without the colon ("Ann says"): not nouns ("comments"),
# not a byline's ("posted").
_BARE_VERBS = frozenset(
    "says said wrote writes sagt sagte schreibt schrieb dijo dice escribió disse diz escreveu "
    "dit zegt schreef skriver skrev sier sanoo kirjoitti".split()
)
# Verbs printed with a space before the colon ("dit :", "écrit :").
_SPACED_COLON = re.compile(r"[ \u00a0]+:$")

# Counts: "44 replies", "9 Comments", "45 Gedanken zu “…”", "This Post Has 80 Comments",
# "One Response to “…”", "Ein Kommentar", "Comments (1)", "7 comments:".
_NUMBER_WORDS = {
    "one": 1,
    "a": 1,
    "ein": 1,
    "eine": 1,
    "einen": 1,
    "un": 1,
    "uno": 1,
    "una": 1,
    "um": 1,
    "une": 1,
    "no": 0,
    "zero": 0,
    "keine": 0,
    "two": 2,
    "zwei": 2,
    "three": 3,
    "drei": 3,
}
_COUNT_NOUNS = (
    r"(?:replies|reply|comments?|responses?|thoughts?|opinions?|reactions?|"
    r"kommentare?|antworten|antwort|gedanken?(?:\s+zu)?|reaktionen|"
    r"comentarios?|respuestas?|comentários?|commentaires?|réponses?|commenti|risposte|"
    r"reacties|kommentarer|komentar|komentarz[ey]?|комментари(?:й|я|ев|и)|коментар(?:і|ів)?|"
    r"tanggapan|"
    r"yorum(?:lar)?|"  # (Turkish)
    # Persian's and Arabic's ("نظرات (9)", "۹ دیدگاه", "3 تعليقات", "ردود (12)"), behind a
    # look at the script (one test turns down a place that holds none of their letters)
    r"(?=[\u0600-\u06ff])(?:نظرات|نظر|دیدگاه(?:\u200c?ها| ها)?|تعليقات|تعليق|التعليقات|"
    r"ردود|الردود))"
)
_COUNT = re.compile(
    r"(?i)^(?:this post has |there (?:are|is) |se han publicado |es gibt )?"
    r"(?:([0-9]{1,7})[ \u00a0]?|([a-z]{1,6})[ \u00a0])"  # "3 Comments", "3Comments", "One …"
    + _COUNT_NOUNS
    + r"\b(?:[ \u00a0:][^\n]{0,300})?$"
)
# "4 Comments. Leave new": a number in digits, the noun closing a sentence ("A reply."
# or "One comment." is prose)
_COUNT_DOT = re.compile(
    r"(?i)^([0-9]{1,7})[ \u00a0]?" + _COUNT_NOUNS + r"\.(?:[ \u00a0][^\n]{0,300})?$"
)
_COUNT_PAREN = re.compile(r"(?i)^" + _COUNT_NOUNS + r"[ \u00a0]?\(([0-9]{1,7})\)$")
# a heading of a few words, its number in digits right before the noun that closes it:
# "This Post Has 11 Comments", "Cet article a 11 commentaires", "Dieser Beitrag hat 4
# Kommentare" (whatever the words before the number; the noun ends the line)
_LED_COUNT = re.compile(
    r"(?i)^(?:[^\W\d_]+[ \u00a0]){2,4}([0-9]{1,7})[ \u00a0]?" + _COUNT_NOUNS + r":?$"
)
# What a count or count heading can start with: a digit or a letter (no sign, no quote),
# "[0-9A-Za-zÀ-ÿ]" (a set: one look, no pattern's call); or a letter or digit of the
# Arabic script, as Persian's and Arabic's counts open ("نظرات (9)", "۹ دیدگاه").
_COUNT_STARTS = frozenset(
    chr(code)
    for first, last in ("09", "AZ", "az", "Àÿ")
    for code in range(ord(first), ord(last) + 1)
)
# A comment section's heading without a number: "Comments", "### Comments", "All comments".
# Not "Reply" or "Antworten": those are the links under every comment.
_COUNT_HEADING = re.compile(
    r"(?i)^(?:all |the |our |reader |user )?(?:comments|responses|thoughts|reactions|discussion|"
    r"kommentare|reaktionen|comentarios|comentários|commentaires|commenti|reacties|"
    r"kommentarer|komentar|komentarze|tanggapan|"
    r"(?=[\u0600-\u06ff])(?:نظرات|دیدگاه(?:\u200c?ها| ها)|تعليقات|التعليقات|ردود|الردود))"
    r"(?:(?:,| and| &| und| et| y| e) (?:pingbacks|trackbacks|pings))?:?$"  # "Comments, Pingbacks:"
)
# An icon before a count ("± 2 Comments", "💬 3 Kommentare"): signs, no letters or digits.
_LEADING_ICON = re.compile(r"^[^\w\s]{1,3}[ \u00a0]+")

_CLOSED = re.compile(
    r"(?i)^(?:comments are closed|comments (?:are )?closed|comments? (?:is|are) disabled|"
    r"the comments (?:to|on) this (?:entry|post) are closed|"
    r"kommentare sind (?:geschlossen|deaktiviert)|die kommentarfunktion ist geschlossen|"
    r"los comentarios están cerrados|comentários (?:estão )?encerrados|"
    r"les commentaires sont fermés)\b[.!]?"
)
# Icon and control labels that converters print as text: "image_print", "share_button".
_ICON_LABEL = re.compile(r"^[a-z]+(?:_[a-z]+)+$")

_CONTROL_WORD = (
    r"(?:reply|replydelete|antworten|antwort|responder|responde|balas|répondre|rispondi|reageer|"
    r"svar|svara|odpowiedz|odpovědět|vastaa|ответить|відповісти|beantwoorden|yanıtla|cevapla|"
    r"reply to this comment|log in to reply|login to reply|delete|löschen|"
    r"report|melden|like|likes|permalink|link permanente|quote|edit|bearbeiten|share|flag|"
    r"upvote|downvote|vote up|vote down|j['’]aime|curtir|me gusta|mi piace|gefällt mir|"
    r"回复|回覆|回應|返信|답글|답글 달기|숨기기|引用|举报|檢舉)"
)
_CONTROL = rf"[↩↪]? ?{_CONTROL_WORD}(?: ?[↓→↩])?"  # a control, its arrow perhaps
_CONTROL_GAP = r"(?: ?[·|•-] ?| )?"  # between two controls of a bar
_REPLY = re.compile(rf"(?i)^(?:{_CONTROL}{_CONTROL_GAP}){{1,4}}$")
# the same bar, each control perhaps with its count ("Reply Quote Like 14", "Likes (3)"):
# under a body, not as a header's line (where a count may be a post's number or score)
_COUNTED_CONTROLS = re.compile(
    rf"(?i)^(?:{_CONTROL}(?: \(?[0-9]{{1,6}}\)?)?{_CONTROL_GAP}){{1,4}}$"
)
# a reply link and a count alone ("reply 12"): a body may say just that, no bar
_COUNTED_REPLY = re.compile(r"(?i)(?:reply|antworten|responder|répondre|rispondi) ?\(?[0-9]+\)?")
# Markdown (html2text): images, links (the target may run on to the next line), emphasis.
# An image's alternative text may hold escaped brackets ("![\[avatar\]](…)").
# A target may hold spaces when it closes on the line ("(/u/Ann Lee)": a page's own
# unescaped address, printed as it stands).
_MD_TARGET = r"\((?:[^)\s]{0,2000}(?: [^)\s\"]{1,200}){1,4}\)|[^)\s]{0,2000}"
_MD_IMAGE = re.compile(r"!\[(?:[^\]\n\\]|\\.){0,200}\]" + _MD_TARGET + r"\)?)")
_MD_LINK = re.compile(r"\[([^\]\n]{0,300})\]" + _MD_TARGET + r"(?: \"[^\"\n]{0,300}\"?)?\)?)")
# The same, read where a link's text holds a pair of brackets ("[[–]](…)", a toggle) or its
# target escaped characters ("(javascript:void\(0\))"): slower, asked only then.
_MD_LINK_ESCAPED = re.compile(
    r"\[((?:[^\[\]\n]|\[[^\[\]\n]{0,40}\]){0,300})\]\((?:[^)\s\\]|\\.|\xa0){0,2000}"
    r"(?: \"[^\"\n]{0,300}\"?)?\)?"
)
# Strong emphasis and the "__" of an empty one (html2text prints icons so); a name
# written like "__init__" is kept whole, and so is a name masked by a run of five stars or
# more inside it ("tak********さん": a Q&A site hides the rest of a user's ID so; four are
# two links' emphasis glued, "[**Parma**](…)[**1983**](…)").
_MD_EMPHASIS = re.compile(r"(__[A-Za-z][A-Za-z0-9_]*?__|(?<=\w)\*{5,}(?=\w))|\*\*|__")
# The same, and a run of four stars or more closing a word kept too ("kaz*****", "dbwj****":
# the rest of a user's ID hidden), read where no word opens with a star (a bold name's
# stars open it as they close it: "****Ann Lee****" is a bold link's text made bold again)
_MD_EMPHASIS_MASKED = re.compile(
    r"(__[A-Za-z][A-Za-z0-9_]*?__|(?<=\w)\*{5,}(?=\w)|(?<=\w)\*{4,}(?!\S))|\*\*|__"
)
# lynx numbers every link: "[55]Reply".
LINK_NUMBERS = re.compile(r"\[[0-9]{1,5}\]")
# lynx's number of a link whose text is a word in parentheses, read as no Markdown link
# ("[44](Upravit)", "[17](Edit)": a link's target is no bare word, without "/", ".", ":")
_NUMBER_BY_PARENTHESIS = re.compile(r"\[[0-9]{1,5}\](?=\([^\W\d_][^\s()/.:#?=&]{0,30}\))")
# A Markdown link opened at the end of the line, its text wrapped onto the next (html2text): right
# after a link or a word, "[Ann](/u/1)[May 3," or "Ann[May 3," or "[Ann](/u/1) [Monday,"
_UNCLOSED_LINK = re.compile(r"(?:(?<=[\w)])|(?<=\) ))\[(?=[^\]\n]*$)")
# Lines that only stand for a picture or a profile link: "[avatar]", "Profile", "Avatar",
# the picture and the link together ("[avatar]Profile", lynx's "[avatar] Profile"), a
# picture's text naming its owner ("Ann's avatar", "Ann%20Lee's gravatar image"); lynx's
# print of a picture with no text, its file's name, however long ("[5f1c…9a?d=mm&s=64]").
_NOISE_LINE = re.compile(
    r"(?i)^(?:(?:\[(?:[^\]]{0,40}|[^\]\s]{41,300})\] ?){1,4}|[●•◦▪■□○◆◇►▸]"
    r"|(?:\[[^\]]{0,40}\] ?){0,4}(?:profile|avatar|gravatar|user avatar|photo)"
    r"|[^\s'’]{1,30}(?: [^\s'’]{1,30}){0,3}['’]s (?:(?:user )?avatar|gravatar image))$"
)
# The last character of every line _NOISE_LINE matches (no other character matches
# "e", "r" or "o" when case is ignored): a cheap test before the pattern.
_NOISE_ENDS = frozenset("]●•◦▪■□○◆◇►▸eErRoO")


@attrs.define(frozen=True, slots=True)
class Header:
    """What a comment header line says.

    ``evidence`` is how it is known to be a header: ``"verb"`` ("NAME says:"),
    ``"date"`` (a name followed by a date), ``"ping"`` (a pingback/trackback) or
    ``"name"`` (a name over a date line and a body), ``"placeholder"`` (the line only
    stands for a picture; the name is on a line below), ``"below"`` (the line stands in
    for the header — a running number, a date, a picture — and the first line under it
    reads as one).
    """

    author: str | None
    kind: str = "comment"  # comment | pingback | trackback
    date: str | None = None
    evidence: str = "verb"  # verb | date | ping | name | placeholder | below | …


# the evidence that makes a lone item a comment with no sibling to repeat its shape: a
# verb, a pingback, a signature under a body ("– Ann 7 hours ago"), a running count
SURE_EVIDENCE = ("verb", "ping", "signature", "counted")


# "[481] " (w3m image), "● " (an icon), "#3 by " (a post number, perhaps after the
# post's votes: "+5 #3 ", "-2 #6 "), "Avatar ", and Markdown's marks before a name: a
# heading's ("#### Ann", html2text's heading inside a list item) and a second list
# marker ("* * Ann": an item of a list nested in an empty item); a reply's mark ("└ Ann")
_LEADING_NOISE = re.compile(
    r"^(?:(?:\[[^\]\n]{0,40}\] ?){1,4}|[●•◦▪■□○◆◇►▸*└↳⤷] "
    r"|(?:[+\-−]?[0-9]{1,5} )?#[0-9]{1,6} (?:by |von |de |par )?"
    r"|#{1,6} |(?i:avatar|gravatar)(?: of| von)? )"
)
_NOISE_STARTS = frozenset("[●•◦▪■□○◆◇►▸*└↳⤷#AaGg+-−0123456789")
# a picture placeholder after the name ("Ann [bd81725]", w3m)
_TRAILING_PICTURE = re.compile(r"(?: ?\[[^\]\n]{1,40}\]){1,4}$")
_ICONS = "●•◦▪■□○◆◇►▸ "  # symbols a converter prints for an icon, and spaces
_BRACKETED_TAIL = re.compile(r" \[[^\[\]\n]{1,40}\] [^\W\d_]{1,12}$")
# A picture's alternative text before the name: "Unknown's avatar Ann", "Profile picture of
# Ann", "Profile picture for user ann" (a user name after the word "user"), "User icon:
# Ann" (a label and its colon).
_ALT_TEXT = re.compile(
    r"^(?:[^\s'’]{1,30}(?: [^\s'’]{1,30}){0,3}['’]s (?:user )?avatar"
    r"|(?i:profile (?:picture|photo|image) (?:of|for)(?: user)?|avatar (?:of|for)(?: user)?"
    r"|photo of|(?:user |profile |member )?(?:icon|avatar|picture|photo|image):))[ \u00a0]+"
)


def alt_text_owner(text: str) -> str | None:
    """The name a picture's alternative text gives its owner by a prefix ("Profile
    picture of ann", "Avatar of Ann Lee", "Ann's avatar Ann"); None for other text.

    >>> alt_text_owner("Profile picture of quillfeather"), alt_text_owner("quillfeather")
    ('quillfeather', None)
    >>> alt_text_owner("Profile picture for user ann.k"), alt_text_owner("User icon: Ann Lee")
    ('ann.k', 'Ann Lee')
    """
    match = _ALT_TEXT.match(text)
    return text[match.end() :].strip() or None if match else None


# A name printed twice around a picture word, the picture's alternative text and then the
# name link: "ann avatar ann", "Ann Lee profile picture Ann Lee", "ann_k's icon ann_k".
_NAMED_PICTURE = re.compile(
    r"^(?P<name>[^\s'’]{1,30}(?: [^\s'’]{1,30}){0,3})(?:['’]s)?"
    r" (?i:(?:user |profile |gravatar )?(?:avatar|picture|photo|image|icon)) ?(?P=name)$"
)  # (the name link glued to the picture's text: "Ann Lee AvatarAnn Lee", "ann gravatar imageann")
_PING_WORDS = re.compile(  # (a translation glued after the word: "Pingback引用通告：")
    r"(?i)^(pingback|trackback)(?:(?![a-z])[^\W\d_]{1,6})?(?: ?[:：]| von| from| de| by) ?"
)
# Control links printed after a header ("Ann 3 May 2019 - Reply"): four letters or more.
_CONTROL_WORDS = (
    "reply",
    "antworten",
    "antwort",
    "responder",
    "balas",
    "répondre",
    "rispondi",
    "reply quote",
    "quote",
    "edit",
    "permalink",
    "link permanente",
)
_CONTROLS_TAIL = re.compile(r"(?i)(?:[ ]?[-–—·|•][ ]?| )(?:" + "|".join(_CONTROL_WORDS) + r")$")
# the longest text _CONTROLS_TAIL matches (" - link permanente"), and a closing newline
_CONTROLS_REACH = 3 + max(map(len, _CONTROL_WORDS)) + 1
# The last four characters of a line _CONTROLS_TAIL matches, lowercased (exactly so when
# they are ASCII: a quick look before the search)
_CONTROL_ENDS = frozenset(word[-4:] for word in _CONTROL_WORDS)
_VERB_ON = re.compile(
    r"(?i) (?:wrote|said|commented|replied|posted|schrieb|sagte|escribió|dijo|a écrit)"
    r"(?:,? (?:on|am|at|el|le)|,)? (?!by\b)"  # ("Reply 13 - Posted by: Ann DATE": a label)
)
# A name glued to its verb, a screen reader's text that the converter printed without a
# space ("Nadia Ferrantesays:", "Ann K.says:", "Оксана Веремееваговорит:"): the name's
# last word capitalised and of three letters or more, or an initial, so that "Essays:"
# and "photo essays:" stay text; the verb one of the header verbs of five letters or
# more (a shorter one ends too many names: "Candice:", "Alissa:"), or "says", "sagt".
_GLUED_VERBS = sorted(
    {"says", "sagt"} | {verb[:-1] for verb in HEADER_VERBS if " " not in verb and len(verb) > 5},
    key=len,
    reverse=True,
)
_GLUED_VERB = re.compile(
    r"(?:^| )([^\W\d_]{3,30}|[^\W\d_]\.)(" + "|".join(map(re.escape, _GLUED_VERBS)) + "):$"
)
_SEPARATORS = " •·|│,-–—−/@:»«"  # (U+2212: a collapse toggle printed as a minus; U+2502: a
# table's border as w3m draws it, "│ │ Ann")
_BY_WORDS = frozenset("by von par por".split())
# a post's number, then a label naming its poster: "Reply 13 - Posted by: ", "#4 | by "
_LABEL_AFTER_NUMBER = re.compile(
    r"(?i)^(?:[^\W\d_]{1,12} ?)?#?[0-9]{1,5} ?[-–—|:·•] ?(?:posted |written |submitted )?by:? "
)
# the header words a converter glues to the "by" after them ("Postby Ann": a picture's
# text, then "by"); any other word that ends in "by" is a name ("Abby", "Shelby")
_GLUED_BY = frozenset("post posted comment commented reply replied written submitted".split())
# the word for "comment" in a signature's label before its name's "by" ("Kommentar von
# Ann", "Commentaire par Ann"): no one's name ("Ann von Trier" keeps its "von")
_COMMENT_NOUNS = frozenset(
    "comment kommentar commentaire comentario comentário commento".split()
    # a forum post's, as phpBB's byline names it: "Mensaje por Ann » DATE", "Beitrag von"
    + "mensaje message messaggio mensagem beitrag bericht".split()
)
_WEEKDAY_WORDS = frozenset([*WEEKDAY_NAMES, "tues", "thur", "thurs"])
CONNECTOR_WORDS = frozenset("on am at um le el em de by von the".split())
# The one word a header prints before its date where it names no one: "Posted DATE",
# "Publié le DATE", "Publicado el DATE" (an article's byline, or a post's date label)
POSTING_WORDS = frozenset(
    "posted edited updated submitted published publié publiée posté postée publicado "
    "publicada postado postada pubblicato pubblicata veröffentlicht gepostet verfasst "
    "geschrieben geplaatst "
    "gepubliceerd opublikowano publikováno publicerad publiceret publisert".split()
)
# French inclusive writing prints the feminine ending in parentheses or after a middle
# dot ("Posté(e) le 5 mars", "Publié·e le"): the same posting word
POSTING_WORDS |= frozenset(
    f"{word}{ending}" for word in ("posté", "publié") for ending in ("(e)", "·e", ".e")
)


# a score printed between a name and its date: "ann 12 points", "bob 1 point"; a score
# printed more than once (one per vote state, all but one hidden by the page's style:
# "ann 11 points12 points13 points", the spans glued or spaced)
_POINTS_TAIL = re.compile(
    r"\s+[-−]?[0-9][0-9,]*\s+points?(?:\s*[-−]?[0-9][0-9,]*\s+points?)*$", re.IGNORECASE
)


def _labels_name(first: str, second: str) -> bool:
    """The two words open a label before a name: any word and "by" ("Posted by"), or
    the word for "comment", "post" or "posted" and its language's "by" ("Kommentar
    von", "Mensaje por", "Verfasst von", "Posté par", "Scritto da", "Geplaatst door")."""
    by, label = second.lower(), first.lower()
    if by == "by":
        return True
    if label in _POSTED_WORDS or label in _COMMENT_NOUNS:
        return by in _BY_WORDS or by in ("da", "door")
    return False


def byline_name(text: str) -> str | None:
    """The name a post's byline gives where no date follows it: a label and its "by"
    (`_labels_name`), then the name, perhaps the separator the date stood after
    ("Post by Ann »", "Bericht door Ton en Els »", "Beitrag von Ann Lee |": the byline a
    main-content dump keeps when it drops the date's element). None for other lines,
    and where a separator stands inside the name (a date after it: a stamp). Any word
    before "by" labels a name, "Thanks by the way" reads "the way": the caller checks
    the name against the lines it expects it on.

    >>> byline_name("Bericht door Ton en Els »"), byline_name("Posted by Ann Lee")
    ('Ton en Els', 'Ann Lee')
    >>> byline_name("Ann Lee »"), byline_name("Post by Ann » Tue 5 Mar 2024 19:22")
    (None, None)
    """
    words = plain(text).strip().split(" ", 2)
    if len(words) < 3 or not _labels_name(words[0], words[1]):
        return None
    name = words[2].rstrip(_SEPARATORS).strip()
    if not 0 < len(name) <= _BYLINE_NAME or any(mark in name for mark in "»«|"):
        return None  # (a separator inside: the date after it, "Ann » Tue 5 Mar": a stamp)
    return name


_BYLINE_NAME = 40  # characters of a byline's name, at most


# "posted" and "written" in the languages whose "by" follows them before a name
_POSTED_WORDS = frozenset(
    "verfasst geschrieben gepostet eingestellt posté postée publié publiée écrit écrite "
    "publicado escrito postado enviado scritto pubblicato inviato geplaatst geschreven".split()
)


# "posted", "replied", "commented" at a date, in Chinese, which writes no space before
# it: glued to the name before the date ("ann发表于2 个月前")
GLUED_POSTING_VERBS = tuple("发表于 發表於 发布于 發佈於 回复于 回覆於 评论于 評論於".split())


def glued_posting_verb(word: str) -> str | None:
    """The posting verb glued to the end of ``word`` after a name (`GLUED_POSTING_VERBS`).

    >>> glued_posting_verb("ann发表于"), glued_posting_verb("发表于")
    ('发表于', None)
    """
    if word[-1:] not in "于於":  # (the cheap look first: every verb ends so)
        return None
    return next(
        (verb for verb in GLUED_POSTING_VERBS if word.endswith(verb) and len(word) > len(verb)),
        None,
    )


def clean_author(text: str, before_date: bool = False) -> str | None:
    """A display name without the separators around it; ``before_date``: the text stood
    before a date, so a connector word there ("on", "am", "um", "by ...") is dropped too.

    >>> clean_author("Milan Griffes on", before_date=True), clean_author("Chris De")
    ('Milan Griffes', 'Chris De')
    >>> clean_author("ann_k 12 points", before_date=True)
    'ann_k'
    >>> clean_author("Ann Lee avatar Ann Lee", before_date=True), clean_author("Ann Lee Avatar")
    ('Ann Lee', 'Ann Lee')
    >>> clean_author("ann_k gravatar imageann_k"), clean_author("zk edited", before_date=True)
    ('ann_k', 'zk')
    >>> clean_author("Reply 13 - Posted by: Ann Lee", before_date=True)
    'Ann Lee'
    >>> clean_author("Ann Lee (edited)"), clean_author("Verfasst von Ann Lee", before_date=True)
    ('Ann Lee', 'Ann Lee')
    >>> clean_author("12 Ann Lee", before_date=True), clean_author("12. 匿名", before_date=True)
    ('Ann Lee', '匿名')
    >>> clean_author("bo_k ↪ replies to Ann Lee", before_date=True)
    'bo_k'
    """
    if before_date and ("：" in text or ":" in text):  # "1 名前：Ann 投稿日：" (a field's
        text = without_field_labels(text)  # label before the name, another before the date)
    number = _LEADING_NUMBER.match(text) if before_date and text[:1].isdigit() else None
    if number is not None and not any(ch.isdigit() for ch in text[number.end() :]):
        text = text[number.end() :]  # "12 Ann Lee", "12. 匿名": a post's number (not a
        # score: "412 points413 points")
    name = text.strip(_SEPARATORS)
    if (arrow := _SCORE_ARROW.search(name)) is not None:  # a score's arrows and counts
        name = name[: arrow.start()].rstrip(_SEPARATORS)  # after the name ("reply ▲ 84 ▼
        # (3)": votes, a control before them, never part of a name)
    if before_date and name[-2:] == " *":  # (html2text prints the middle dot between a
        name = name[:-2].rstrip(_SEPARATORS)  # name and its date as "*": "Ann * 2 days ago")
    handle = text.lstrip(_SEPARATORS.replace("@", ""))
    if handle[:1] == "@" and name and handle[1:].startswith(name):  # "@river_song": a handle
        name = "@" + name
    if before_date and ("repl" in name or "↪" in name):  # "Bo ↪ replies to Ann", "Bo in
        name = _REPLY_TO_NAME.sub("", name, count=1).rstrip(_SEPARATORS) or name  # reply to
        # Ann", "Bo wrote: (reply to Ann)": the one answered
    if before_date:
        head, _, last = name.rpartition(" ")
        last = last.lower().rstrip(".,")
        if head and last in _WEEKDAY_WORDS:  # "Ann » Tue Aug 27, 2019": the date's weekday
            name = head.rstrip(_SEPARATORS)
            head, _, last = name.rpartition(" ")
            last = last.lower()
        if head and (last in CONNECTOR_WORDS or last + ":" in HEADER_VERBS):
            name = head.rstrip(_SEPARATORS)  # "Ann on", "Ann says" (before the date)
        elif head and last in EDIT_WORDS and _PLAIN_NAME.match(head):  # "zk edited 8h ago"
            name = head.rstrip(_SEPARATORS)
        labelled = _LABEL_AFTER_NUMBER.match(name)  # "Reply 13 - Posted by: Ann": the
        if labelled is not None:  # post's number, then the label, then the name
            name = name[labelled.end() :]
        first, _, tail = name.partition(" ")
        if tail and (first.lower() in _BY_WORDS or (first in ("de", "di") and tail[0].isupper())):
            name = tail.lstrip(_SEPARATORS)  # ("by Ann", "de Pablo Ruiz - DATE")
        elif tail and tail.count(" ") and _labels_name(first, tail.partition(" ")[0]):
            name = tail.partition(" ")[2].lstrip(_SEPARATORS)  # "Post by Ann", "Posted by Ann"
        elif first[-2:] == "by" and first[:-2].lower() in _GLUED_BY and tail:
            name = tail.lstrip(_SEPARATORS)  # "Postby Ann" (glued; "Abby Lee" is a name)
        elif tail[:2] == "by" and len(tail) > 3 and " " not in tail and first.lower() in _GLUED_BY:
            name = tail[2:]  # "Posted bytimo": "by" glued to the name's link ("by[timo](…)")
        if name.lower().rstrip(".,") in _WEEKDAY_WORDS:
            return None  # "Sun, 03/14/2021 - 19:48": the date's weekday, no name
        verb = glued_posting_verb(name)  # "Ann Lee发表于" (DATE): the verb glued to the name
        name = name[: -len(verb)].rstrip(_SEPARATORS) if verb else name
    if before_date and name[-1:] in "st" and " " in name:  # "ann 12 points 4 hours ago"
        name = _POINTS_TAIL.sub("", name, count=1) or name  # (first: a badge before the
        # score, "ann [S] 12 points", closes the name then)
    if name[-1:] == ")" and (edited := _EDITED_NOTE.search(name)) is not None:
        name = name[: edited.start()] or name  # "Ann Lee (edited)": the mark of an edit
    if name[-1:] == "]" and " [" in name:
        name = _TRAILING_PICTURE.sub("", name, count=1).rstrip(_SEPARATORS) or name
    if name:
        name = _ALT_TEXT.sub("", name, count=1) or name
        if "@" in name:  # a picture's alternative text that is its owner's address
            name = _ADDRESS_ALT.sub("", name, count=1) or name
            name = _ADDRESS_AFTER.sub("", name, count=1) or name
        if " " in name and len(name) <= 140:
            pictured = _NAMED_PICTURE.match(name)
            name = pictured["name"] if pictured else name
            if name[-7:] in (" Avatar", " avatar"):  # the picture's text alone ("Ann
                name = name[:-7].rstrip(_SEPARATORS) or name  # Lee Avatar", its link lost)
        if before_date and ("·" in name or "•" in name):  # "Ann Lee · The Weekly Ledger"
            name = without_affiliation(name)
        if "«" in name and name.count("«") > name.count("»") and text.rstrip().endswith("»"):
            name += "»"  # (a quoted name closes with its mark: "Club «North Wind»")
    return name or None


# the poster a reply answers, named after the replier's name (a name of three words at
# most: "Ann replied to Spring meetup: Harrisburg, April 13" names a topic), perhaps in
# parentheses ("Bo wrote: (reply to Ann)")
_REPLY_TO_NAME = re.compile(
    r" (?:\( ?)?(?:↪ ?)?(?:(?:in )?reply to|replying to|replies to|replied to|↪) \S+(?: \S+){0,2}$"
)


def without_reply_target(text: str) -> str:
    """Text before a header's date without the poster a reply answers, named at its end
    (`_REPLY_TO_NAME`: "Bo wrote: (reply to Ann)" is "Bo wrote:").

    >>> without_reply_target("Bo wrote: (reply to Ann)"), without_reply_target("Bo in reply to Ann")
    ('Bo wrote:', 'Bo')
    """
    return _REPLY_TO_NAME.sub("", text, count=1)


_SCORE_ARROW = re.compile("[▲▼]")  # a vote's arrow: what follows it is the score
_LEADING_NUMBER = re.compile(r"^[0-9]{1,6}\.? (?=[^\W\d_])")  # before a name of a letter first
# A field's label before a name, or before the date after it: a word closed by a colon
# (the full-width one of Japanese and Chinese pages too), a post's number perhaps before
# the first: "1 名前：Ann 投稿日：", "Name: Ann Posted:"
_NAME_LABEL = re.compile(r"^(?:[0-9]{1,6} )?[^\s:：]{1,12}[:：] ?(?=\S)")
_DATE_LABEL = re.compile(r" [^\s:：]{1,12}[:：]$")


def without_field_labels(name: str) -> str:
    """A name printed between two fields' labels ("1 名前：Ann 投稿日：") without them
    (not a connector's colon: "« Reply #2 on:"), or after the name's label alone, in a
    script written without spaces ("名前：ゆきんこ": a label of a spaced script may be a
    name's own word, "Re: Ann").

    >>> without_field_labels("1 名前：Ann 投稿日："), without_field_labels("名前：ゆきんこ")
    ('Ann', 'ゆきんこ')
    """
    name = name.strip()
    date_label = _DATE_LABEL.search(name)
    if (
        date_label is not None
        and name[date_label.start() + 1 : -1].casefold() not in CONNECTOR_WORDS
    ):
        name = name[: date_label.start()]
        if (name_label := _NAME_LABEL.match(name)) is not None:
            name = name[name_label.end() :]
    elif "：" in name and (name_label := _NAME_LABEL.match(name)) is not None:
        name = name[name_label.end() :]
    return name


# An e-mail address printed before the name, a quote mark perhaps closing it: a picture's
# alternative text ("kel@example.net' Brianna"); not a handle ("@ann.k").
_ADDRESS_ALT = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+['’\"]?[ \u00a0]+(?=\S)")
# An e-mail address in angle brackets after the name, however a page hides its letters:
# "Ann Lee <ann@example.net>", "ann (42) < ann@example.net >" (no part of the name); the
# message's number in the archive perhaps after it ("Ann Lee <ann@...> #4411").
_ADDRESS_AFTER = re.compile(
    r"(?<=\S)[ \u00a0]+<[ \u00a0]?[^<>\s@]+@[^<>@]+>(?:[ \u00a0]+#[0-9]{1,7})?$"
)
_ADDRESS_INSIDE = re.compile(r"(?<=\S)[ \u00a0]+<[ \u00a0]?[^<>\s@]+@[^<>@]+>(?=[ \u00a0]|$)")


def is_address(text: str) -> bool:
    """The text is an e-mail address alone in angle brackets ("<ann@example.net>"): the
    tail of a name wrapped onto the line, no name."""
    return text[:1] == "<" and _ADDRESS_ALONE.match(text) is not None


_ADDRESS_ALONE = re.compile(r"^<[ \u00a0]?[^<>\s@]+@[^<>@]+>$")


def spells_name(picture: str, name: str) -> bool:
    """``picture`` (a line over ``name``'s, an avatar's alternative text) spells the
    name with one to `_PICTURE_WORDS` words of letters more: it opens with the name
    set apart by a blank or a mark that is no letter or digit ("Ann Lee's icon",
    "Ann Lee avatar"), or glued to a letter of a script written without spaces
    ("ねこまる不動産さんのプロフィール画像"), or it ends with the name as words of their own
    ("Аватар пользователя Ольга").

    >>> spells_name("Avatar of Ann Lee", "Ann Lee"), spells_name("Ann Leeds", "Ann Lee")
    (True, False)
    >>> spells_name("Reactions: Bo and Ann Lee", "Ann Lee")  # (a list of names, no picture)
    False
    """
    if len(name) < 2 or len(picture) <= len(name):
        return False
    if picture.startswith(name) and (
        not (after := picture[len(name)]).isalnum() or SPACELESS_LETTER.match(after) is not None
    ):
        extra = picture[len(name) :]
    elif picture.endswith(name) and picture[-len(name) - 1] == " ":
        extra = picture[: -len(name)]
    else:
        return False
    words = [word for word in extra.split() if any(ch.isalnum() for ch in word)]  # (no marks:
    return 0 < len(words) <= _PICTURE_WORDS and all(  # a list's bullet, "•")
        word.strip("'’").isalpha() for word in words
    )


_PICTURE_WORDS = 3  # the most words an avatar's text adds to its owner's name
SPACELESS_LETTER = re.compile(SPACELESS_LETTERS)  # (kana, CJK, Hangul: `dates.SPACELESS_LETTERS`)


def is_spelled_address(text: str) -> bool:
    """The text is an e-mail address spelled out against harvesters, as posters sign
    with it (a name, however many words it takes).

    >>> is_spelled_address("ann dot lee at example dot com"), is_spelled_address("x [at] y.org")
    (True, True)
    >>> is_spelled_address("I was at home dot com")
    False
    """
    return _SPELLED_ADDRESS.match(text) is not None


_AT = r"(?: at | ?\[at\] ?| ?\(at\) ?)"
_DOT = r"(?: dot | ?\[dot\] ?| ?\(dot\) ?|\.)"
_SPELLED_ADDRESS = re.compile(rf"(?i)^[\w+-]+(?:{_DOT}[\w+-]+)*{_AT}[\w-]+(?:{_DOT}[\w-]+)+$")


def without_address(text: str) -> str:
    """The line without the e-mail address in angle brackets a name prints after it
    ("by ann (42) <ann@example.net> on May 2, 2008": "by ann (42) on May 2, 2008")."""
    return _ADDRESS_INSIDE.sub("", text, count=1) if "@" in text else text


# A name, a middle dot or bullet, and a label of the commenter's own (their publication,
# their role): "Ann Lee · The Weekly Ledger", "Ann Lee•Moderator". The dot is spaced, or
# glued between a letter and a capital (a converter that dropped the spaces; a Catalan
# "l·l" is lower case on both sides).
_AFFILIATION = re.compile(r"^([^·•]{2,40}?)(?: [·•] |(?<=[^\W\d_])[·•](?=[A-Z]))([^·•]{2,40})$")
_AFFILIATION_WORDS = 5  # words of the name, and of the label after it, at most


def affiliated(text: str, name: str) -> bool:
    """``text`` is ``name`` set apart from a label of its own (`without_affiliation`):
    "Ann Lee · The Weekly Ledger" of "Ann Lee"."""
    return without_affiliation(text.strip(_SEPARATORS)) == name != text


def without_affiliation(name: str) -> str:
    """A name set apart from a label of its own by a middle dot or a bullet before a
    date ("Ann Lee · The Weekly Ledger Mar 4"), without the label: the name alone, where
    both sides are a few words with no digit (a date, a count or a score would be of the
    header itself, "Ann · 3 replies"); else the name as it is.

    >>> without_affiliation("Ann Lee · The Weekly Ledger"), without_affiliation("Ann·Staff")
    ('Ann Lee', 'Ann')
    >>> without_affiliation("Ann · 3 replies"), without_affiliation("Marcel·lí Puig")
    ('Ann · 3 replies', 'Marcel·lí Puig')
    """
    match = _AFFILIATION.match(name)
    if match is None or any(ch.isdigit() for ch in name):
        return name
    own, label = match.group(1).strip(), match.group(2).strip()
    if not all(0 < len(part.split()) <= _AFFILIATION_WORDS for part in (own, label)):
        return name
    return own if own[0].isalnum() and label[0].isalnum() else name


def without_verb(name: str | None) -> str | None:
    """A name without the verb after it: "Sara C. says" over a date line (a line
    `read_header` reads as no "NAME says" header: an initial's dot, or more words).

    >>> without_verb("Sara C. says"), without_verb("Simon Says")
    ('Sara C.', 'Simon Says')
    """
    head, _, verb = (name or "").rpartition(" ")
    return head.rstrip(_SEPARATORS) or name if verb in _BARE_VERBS else name


# The commenter's browser and system, printed after the name by some comment widgets:
# "Ann Lee Chrome 96.0.4664.110 Android 11", "ann Firefox 95.0 Linux", "Bo Safari 15.1
# Mac OS 10.15.7" (each after a space, a version perhaps after each)
_DEVICE_TAIL = re.compile(
    r" (?:Chrome|Chromium|Firefox|Safari|Mobile Safari|Edge|Opera|Vivaldi|Brave|IE"
    r"|Samsung Internet|UC Browser|QQBrowser|WeChat|Yandex)(?: [0-9][0-9.]{0,20})?"
    r"(?: (?:Windows|Mac OS|macOS|OS X|Android|iOS|iPadOS|Linux|Ubuntu|Chrome OS|HarmonyOS)"
    r"(?: [0-9][0-9._]{0,20})?)?$"
)


# how a device tail without a version closes (`_DEVICE_TAIL`'s systems): the cheap look
_DEVICE_ENDS = ("Windows", "Mac OS", "macOS", "OS X", "Android", "iOS", "Linux", "Ubuntu")


def without_device(text: str) -> str:
    """A name line without the browser and system a comment widget prints after the
    name (`_DEVICE_TAIL`); the line as it is when it has none.

    >>> without_device("Ann Lee Chrome 96.0.4664.110 Android 11"), without_device("Ann")
    ('Ann Lee', 'Ann')
    """
    if text[-1:].isdigit() or text.endswith(_DEVICE_ENDS):
        match = _DEVICE_TAIL.search(text)
        if match is not None and match.start() > 0:
            return text[: match.start()]
    return text


@functools.lru_cache(maxsize=LINE_CACHE)  # (the rules of names read a line again)
def display_name(text: str) -> str | None:
    """A name line as a display name: Markdown and link numbers taken off
    (`plain`), then a picture placeholder or icon before it ("[6a1f0c] Lorne",
    "● Lorne", "[73]Pim"), then the separators around it.

    >>> display_name("[73]Pim"), display_name("[6a1f0c] Lorne"), display_name("[Ann](http://a.b)")
    ('Pim', 'Lorne', 'Ann')
    """
    line = plain(text)
    if line[:1] in _NOISE_STARTS:
        line = _LEADING_NOISE.sub("", line, count=1)
    return clean_author(line)


@functools.lru_cache(maxsize=LINE_CACHE)  # (a line is asked about more than once)
def read_header(text: str) -> Header | None:
    """Read a comment header line; None when the line does not read as one.

    >>> read_header("Dave K says:")
    Header(author='Dave K', kind='comment', date=None, evidence='verb')
    >>> read_header("Milan Griffes on September 12, 2018 at 4:47 pm said:").author
    'Milan Griffes'
    >>> read_header("Alan Goodale wrote on December 24, 2020 at 3:53 am:").date
    'December 24, 2020 at 3:53 am'
    >>> read_header("Ben 19. Juni 2018 um 15:28 Uhr - Antworten")
    Header(author='Ben', kind='comment', date='19. Juni 2018 um 15:28 Uhr', evidence='date')
    >>> read_header("Pingback: Weekly links | A Blog").kind
    'pingback'
    >>> read_header("He says: no") is None, read_header("Gaye") is None
    (True, True)
    """
    if len(text) > 600:
        return None
    line = plain(text)
    if not line or len(line) > 300:
        return None
    if line[0] in _NOISE_STARTS:
        if line[0] == "[" and (held := _held_placeholder(line)) is not None:
            return _read_line(held)  # ("[–][deleted] 22 points …": the name in brackets)
        stripped = _LEADING_NOISE.sub("", line, count=1)
        if stripped != line:  # (a name that only looks like noise: "Avatar says:")
            return _read_line(stripped) or _read_line(line)
    return _read_line(line) or _read_glued_date(line) or _read_glued_month(line)


# A word in brackets a page prints in a poster's name's place where the account or the
# post is gone ("[deleted]", "[removed]", "[unknown]"): letters only, three at least (a
# mark of one letter after a name, "[S]", "[M]", is a badge)
_PLACEHOLDER_NAME = re.compile(r"^\[[^\W\d_]{3,15}\]$")
# a header line opening with such a name, a toggle without letters perhaps glued before
# it ("[–]"), a score after it: "[–][deleted] 22 points23 points 4 hours ago"
_PLACEHOLDER_FIRST = re.compile(r"^(?:\[[^\w\]]{1,3}\] ?)?(\[[^\W\d_]{3,15}\]) (?=[-−]?[0-9])")


def placeholder_name(text: str) -> bool:
    """A name a page prints in brackets in a gone poster's place (`_PLACEHOLDER_NAME`).

    >>> placeholder_name("[deleted]"), placeholder_name("[S]"), placeholder_name("ann")
    (True, False, False)
    >>> placeholder_name("_[removed]_")  # (set in emphasis: html2text)
    True
    """
    if text[:1] in "_*" and text[-1:] == text[:1]:
        text = text.strip(text[0])
    return text[:1] == "[" and _PLACEHOLDER_NAME.match(text) is not None


def _held_placeholder(line: str) -> str | None:
    """A header line that opens with a placeholder name in brackets, a score after it,
    without the toggle before the name (the noise `_LEADING_NOISE` would take off with
    the name): "[–][deleted] 22 points 4 hours ago" reads "[deleted] 22 points 4 hours
    ago"; None for any other line."""
    match = _PLACEHOLDER_FIRST.match(line)
    return None if match is None else line[match.start(1) :]


# a name and the number after it (a score), glued to a date of digits after them:
# "ann323.04.18" (a name, its score 3, "23.04.18"), "bo_k12014/03/2021"
_GLUED_DATE = re.compile(
    r"(?<=[^\s\d.,:/-])[0-9]+?(?=(?:[0-9]{2}([./-])[0-9]{2}\1(?:[0-9]{4}|[0-9]{2})|"
    r"[0-9]{4}-[0-9]{2}-[0-9]{2})(?![0-9]))"
)
_GLUED_REACH = 90  # longer lines are no header a converter glued together
_DIGIT_PAIRS = re.compile(r"[0-9]{2}[./-][0-9]{2}")  # what every `_GLUED_DATE` holds


def _read_glued_date(line: str) -> Header | None:
    """The header a line reads as with a space put back before its date, where a
    converter glued the name, the score printed after it and a date of digits
    together ("ann323.04.18 | 20:30 |": "ann3 23.04.18 | 20:30 |", the score left on
    the name for the page to take off, `names._unglue_scores`); None otherwise."""
    if len(line) > _GLUED_REACH or not ("." in line or "/" in line or "-" in line):
        return None  # (every such date has one of these marks: the cheapest test)
    if _DIGIT_PAIRS.search(line) is None:
        return None  # (and two digits, a mark and two digits: a cheap test)
    glued = _GLUED_DATE.search(line)
    if glued is None:
        return None
    header = _read_line(f"{line[: glued.end()]} {line[glued.end() :]}")
    return header if header is not None and header.date else None


# A month's name glued to the name before it, its day after it, no year needed: "Harold
# PembertonMar 5", "Ann LeeWriterMay 12" (a template printing the name and the date as
# spans with no space between). A capital after a letter opens no month in running text
# but in names ("McMay 5" aside), so the shape is read only where the page repeats it
# (`glued_months`, learned under `page_glued_months`).
_MONTH_WORDS = frozenset(month.capitalize() for month in BOTH_ORDERS)  # ("Mar", "Mai")
_LONGEST_MONTH = max(map(len, _MONTH_WORDS))
# a word and a day after it: where a month glued to the name before it can stand
_WORD_THEN_DAY = re.compile(r"([^\W_]{3,})\.? [0-9]{1,2}(?![0-9])")
_DAY_DIGIT = re.compile(r"\s[0-9]")  # (the cheap look first: a day after a blank)
_GLUED_MONTHS: ContextVar[bool] = ContextVar("threadparse_glued_months", default=False)
_GLUED_MONTH_LINES = 3  # lines of a page that read so, at least, by two names at least


def _unglued_month(line: str) -> tuple[str, str] | None:
    """The line with a space put back before a month glued to the word before it, and
    the month and day so glued ("Harold PembertonMar 5": "Harold Pemberton Mar 5", "Mar
    5"); None where the line holds no such month (or is longer than a header). Only
    the words a day follows are looked into (one search; most lines have none).

    >>> _unglued_month("Harold PembertonMar 5 Reply")
    ('Harold Pemberton Mar 5 Reply', 'Mar 5')
    >>> _unglued_month("Mar 5"), _unglued_month("Ann Lee · Mar 5")
    (None, None)
    """
    if len(line) > _GLUED_REACH:
        return None
    for found in _WORD_THEN_DAY.finditer(line):
        start, end = found.span(1)
        for at in range(max(start + 1, end - _LONGEST_MONTH), end - 2):
            if line[at].isupper() and line[at:end] in _MONTH_WORDS:
                return f"{line[:at]} {line[at:]}", line[at : found.end()]
    return None


def _glued_month_header(line: str) -> Header | None:
    """The header a line reads as with a space put back before the month glued to its
    name (`_unglued_month`), where the date read is that month's; None otherwise."""
    unglued = _unglued_month(line)
    if unglued is None:
        return None
    header = _read_line(unglued[0])
    if header is None or not header.author or not (header.date or "").startswith(unglued[1]):
        return None
    return header


def _read_glued_month(line: str) -> Header | None:
    """`_glued_month_header`, on a page whose lines repeat the shape (`glued_months`)."""
    if not _GLUED_MONTHS.get() or _DAY_DIGIT.search(line) is None:
        return None
    return _glued_month_header(line)


def without_glued_month(line: str) -> str:
    """A shown line with a space put back before the month glued to its name, on a page
    whose lines repeat the shape (`glued_months`): "Harold PembertonMar 5" as "Harold
    Pemberton Mar 5"; the line as it is otherwise."""
    if not _GLUED_MONTHS.get() or len(line) > _GLUED_REACH:
        return line
    if _DAY_DIGIT.search(line) is None or _glued_month_header(line) is None:
        return line
    unglued = _unglued_month(line)
    return line if unglued is None else unglued[0]


def may_glue_month(source: str, start: int, end: int) -> bool:
    """Whether ``source[start:end]`` (a line) can be a header whose month is glued to
    the name (`glued_months`): short enough, a day after a blank in it. Read off the
    source without cutting the line out (a page's every line is asked)."""
    return end - start <= _VERB_REACH and _DAY_DIGIT.search(source, start, end) is not None


def glued_months(lines: Iterable[str]) -> bool:
    """Whether `_GLUED_MONTH_LINES` of a page's ``lines`` (each without its list
    marker), by two names at least, read as headers only with a space put back before a
    month glued to the name ("Harold PembertonMar 5", "Joan MercerMar 6", ...).

    >>> glued_months(["Ann LeeMar 5", "hi", "Bo KingMar 6", "yo", "Ann LeeMar 7"])
    True
    >>> glued_months(["Ann LeeMar 5", "Ann LeeMar 6", "Ann LeeMar 7"])
    False
    """
    found = 0
    names: set[str | None] = set()
    for text in lines:
        if len(text) > _VERB_REACH or _DAY_DIGIT.search(text) is None:
            continue
        line = plain(text)
        if _unglued_month(line) is None or _read_line(line) is not None:
            continue
        header = _glued_month_header(line)
        if header is not None and _name_shaped(header.author or ""):
            found += 1
            names.add(header.author)
    return found >= _GLUED_MONTH_LINES and len(names) >= 2


_PARTICLE = 3  # letters of a lower-case word inside a name, at most ("van", "de", "bin")


def _name_shaped(name: str) -> bool:
    """Whether a name read before a glued month is shaped as a name, not as a title glued
    to its date in a list of posts ("Fare study delayed againJune 2"): one to four
    words, no digit nor mark but a user name's closing digits, and every word of a name
    of several words capitalised but short particles ("Jan van Dijk").

    >>> _name_shaped("Harold Pemberton"), _name_shaped("kat_r42"), _name_shaped("Fare study")
    (True, True, False)
    """
    words = name.split()
    if not 0 < len(words) <= 4 or _HEAD_MARKS.search(name.rstrip("0123456789")):
        return False
    return len(words) == 1 or all(word[:1].isupper() or len(word) <= _PARTICLE for word in words)


@contextmanager
def page_glued_months(glued: bool) -> Iterator[None]:
    """Read a month glued to a name as a header's date while the context lasts (the
    page being built repeats the shape: `glued_months`)."""
    token = _GLUED_MONTHS.set(glued)
    try:
        yield
    finally:
        _GLUED_MONTHS.reset(token)


# the mark a pingback's excerpt opens with: the words it quotes, cut ("[…] the words")
_EXCERPT_MARKS = ("[…", "[...")
_EXCERPT_REACH = 12  # characters before an excerpt's mark, at most (a converter's marks)


def opens_excerpt(text: str) -> bool:
    """The line opens with an excerpt's mark ("[…] the words it quotes"): the body of a
    pingback, the words of the linking post that quote the page."""
    return "[" in text[:_EXCERPT_REACH] and plain(text).startswith(_EXCERPT_MARKS)


# the mark closing an excerpt: "[…] the words it quotes […]"
_EXCERPT_ENDS = ("…]", "...]")


def closes_excerpt(text: str) -> bool:
    """The line closes with an excerpt's mark ("… the words it quotes […]"): the end of a
    pingback's excerpt (`opens_excerpt` reads its start)."""
    return plain(text).endswith(_EXCERPT_ENDS)


def read_pinged(text: str) -> Header | None:
    """`read_header` of the line over an excerpt (`opens_excerpt`): read as a pingback's
    header, the linking post's title before its date, however long the title ("A Post's
    Long Title: Its Subtitle | A Blog - Its Motto 3. Mai 2018 um 10:40 Uhr")."""
    if len(text) > 600:
        return None
    line = plain(text)
    if not line or len(line) > 300 or _PING_WORDS.match(line):
        return None
    header = _read_line(line, "pingback")
    return header if header is not None and header.date else None


# A heading over the list of the posts that linked to the page, a count perhaps before it:
# "1 Pingback", "Trackbacks & Pingbacks", "Pingbacks/Trackbacks:" (the words WordPress's
# translations keep as they are)
_PINGS_HEADING = re.compile(
    r"(?i)(?:[0-9]{1,5} )?(pingback|trackback)s?"
    r"(?: ?(?:&|/|,|\+|and|und|et|y|e|i|en) ?(?:pingback|trackback)s?)?:?"
)


def heads_pings(text: str) -> str | None:
    """The kind of the posts a heading lists ("pingback" or "trackback", its first word)
    where the line is one over a list of pingbacks and nothing else; None otherwise.

    >>> heads_pings("1 Pingback"), heads_pings("Trackbacks & Pingbacks")
    ('pingback', 'trackback')
    >>> heads_pings("Pingbacks are off") is None
    True
    """
    if len(text) > 60 or ("ack" not in text and "ACK" not in text):
        return None  # (the words' letters, in either case: most lines hold neither)
    match = _PINGS_HEADING.fullmatch(plain(text))
    return match.group(1).lower() if match is not None else None


def read_listed_ping(text: str, kind: str) -> Header | None:
    """An item of a list under `heads_pings`'s heading, the linking post's title alone
    ("Ten coastal walks for spring – Kernow Rambles"), read as a pingback's header of
    ``kind`` (its date read off the line where one ends it, as `read_header` reads
    "Pingback: TITLE DATE")."""
    line = plain(text)
    if not line or len(line) > 300:
        return None
    header = _read_line(line, kind)
    return header if header is not None and header.author else None


_BAR_MARKS = "|·•"  # the marks between the links of a bar of controls
# "parent", "next[–]", "next [–]" (a thread's collapse toggle after the last link), lynx's
# "[27]link"
_BAR_LINK = re.compile(r"^(?:\[[0-9]{1,5}\])?[^\W\d_]{2,12}(?: ?\[[^\]\d]{1,3}\])?$")
_BAR_LINKS = 6  # links in a bar of controls after a date, at most


def is_control_bar(text: str) -> bool:
    """Text after a date that is a bar of control links: each link one short word
    (perhaps with a toggle glued to it, "next[–]"), each after a bar mark
    ("| root | parent | next[–]", "· reply · flag"; lynx numbers each link, and may wrap
    the bar after a mark); no other digit, no sentence.

    >>> is_control_bar("| root | parent | next[–]"), is_control_bar("| I agree with this")
    (True, False)
    >>> is_control_bar("| parent | prev [–]")
    True
    >>> is_control_bar("| [27]link | [28]flag |")
    True
    """
    mark = text[:1]
    if not mark or mark not in _BAR_MARKS:
        return False
    text = text[:-1] if text[-1] == mark else text  # (the bar wrapped after a mark)
    links = [part.strip() for part in text[1:].split(mark)]
    return len(links) <= _BAR_LINKS and all(_BAR_LINK.match(link) for link in links)


def ends_bar(header: str, text: str) -> bool:
    """``text`` is the rest of the bar of controls that closes the header line
    ``header``, wrapped onto a line of its own (lynx): the header ends in a bar mark and
    the line goes on with links ("Ann 3 hours ago |" over "[39]link | reply"), or the
    line opens with a bar mark ("Ann 3 hours ago | [31]link" over "| reply").

    >>> ends_bar("Ann 3 hours ago |", "[39]link | reply"), ends_bar("Ann 3 hours", "| reply")
    (True, True)
    >>> ends_bar("Ann 3 hours ago |", "I agree with this")
    False
    """
    mark = text[:1]
    if mark and mark in _BAR_MARKS:
        return is_control_bar(text)
    mark = header[-1:]
    return bool(mark) and mark in _BAR_MARKS and is_control_bar(f"{mark} {text}")


ROW_CELLS = 8  # cells of a table row that may hold a header, at most


def header_cell(text: str) -> str | None:
    """The one cell of a table row (html2text's "cell | cell | cell") that holds text,
    when the row's other cells are furniture: empty once their pictures and links'
    targets are dropped (a spacer picture, an empty vote link) or one control link
    ("parent", "next[[–]](…)"). A forum laid out in a table prints each post's header
    so: the cell that names the author and the date between the cells of its controls.
    (A name alone in a cell of one word reads as a control: the caller asks the cell
    found to name someone.)

    >>> header_cell("| ![](s.gif)| [](vote?id=7) | [ann](u?id=ann) 3 hours ago | next[[–]](#)")
    '[ann](u?id=ann) 3 hours ago'
    >>> header_cell("| [Ann Lee](u) | 3 hours ago |"), header_cell("Ann Lee | 3 hours")
    (None, None)
    """
    cells = text.split("|")
    if not 1 < len(cells) <= ROW_CELLS:
        return None
    found: str | None = None
    for cell in cells:
        line = plain(cell)
        if not line or _BAR_LINK.match(line):
            continue  # (furniture)
        if found is not None:
            return None
        found = cell.strip()
    return found


def _without_bar(line: str) -> str:
    """A line without the bar of control links that closes it ("Ann Lee 5 hours ago |
    root | parent | next[–]": `is_control_bar`), looked for from its first bar mark."""
    for mark in _BAR_MARKS:
        at = line.find(f" {mark} ")
        if at > 0 and is_control_bar(line[at + 1 :]):
            return line[:at]
    return line


# A copyright notice: "©", or "(c)" or "Copyright" before a year ("Copyright © 1999 -
# 2021 Site, Inc | Last updated: DATE"): a page's footer, which heads no comment
_COPYRIGHT = re.compile(r"(?i)©|\(c\) ?[12][0-9]{3}|copyright:? [12][0-9]{3}")


def is_copyright(line: str) -> bool:
    """The line prints a copyright notice (`_COPYRIGHT`): a page's footer.

    >>> is_copyright("Copyright © 1999 - 2021 Fark, Inc"), is_copyright("(c) 2020 Site")
    (True, True)
    >>> is_copyright("Ann says: the copyright is hers")
    False
    """
    return ("©" in line or "(" in line or "opyright" in line) and bool(_COPYRIGHT.search(line))


# A post's reading time: "5 min read", "7 minute read", "5 minuti di lettura", "Lesezeit:
# 4 Minuten", "lecture 6 min", "4 min de lectura" (glued to a date before it: w3m's
# "Feb 16, 20245 min read"): an article's byline or a teaser's card
_READING_TIME = re.compile(
    r"(?i)[0-9]{1,3} ?(?:min|mins|minute|minutes|minuti|minutos|minuten)\.?"
    r" (?:read|de lecture|de lectura|de leitura|di lettura|lesezeit|leestijd)\b"
    r"|\b(?:lesezeit|leestijd|lecture|lectura|leitura|lettura|reading time):? [0-9]{1,3} ?min"
)


def is_reading_time(line: str) -> bool:
    """The line gives a post's reading time (`_READING_TIME`): an article's byline or a
    card of a post list ("Feb 16, 2024 5 min read"), never a comment's header.

    >>> is_reading_time("Feb 16, 2024 5 min read"), is_reading_time("8 maggio 5 minuti di lettura")
    (True, True)
    >>> is_reading_time("Ann 5 minutes ago")
    False
    """
    return ("min" in line or "Min" in line or "MIN" in line) and bool(_READING_TIME.search(line))


def _read_line(line: str, kind: str = "comment") -> Header | None:
    """`read_header` of a plain line, leading noise taken off; ``kind`` "pingback": the
    line is known to head a pingback (`read_pinged`)."""
    if is_copyright(line) or is_reading_time(line):
        return None  # (a page's footer: "Copyright © 2021 Site | Last updated: DATE"; an
        # article's byline: "March 3, 2021 · 7 min read")
    ping = _PING_WORDS.match(line) if line[:1] in "PpTt" else None
    if ping and ping.end() < len(line):
        kind = ping.group(1).lower()
        line = line[ping.end() :]
        if line[-2:] == "()":  # (an empty date in parentheses: "Title | Site()")
            line = line[:-2].rstrip()
    end = line[-4:]
    if line[-1:] != ":" and (end.lower() in _CONTROL_ENDS or not end.isascii()):
        # (the controls end the line: only its end is searched)
        controls = _CONTROLS_TAIL.search(line, max(0, len(line) - _CONTROLS_REACH))
        if controls is not None:
            line = line[: controls.start()] + line[controls.end() :]
    line = without_edit_mark(line)  # ("Ann · 2d · Edited")
    if is_email_attribution(line):
        return None  # (an email's attribution of the text it quotes: "On DATE Ann wrote:")
    header = _verb_header(line) or _dated_header(line, ping=kind != "comment") or _comment_by(line)
    if header is None and (" | " in line or " · " in line or " • " in line):
        unbarred = _without_bar(line)  # ("Ann Lee 5 hours ago | root | parent")
        header = _dated_header(unbarred, ping=kind != "comment") if unbarred != line else None
    if header is not None:
        if kind == "comment":
            return header
        if header.date and not line.rstrip(_SEPARATORS).endswith(header.date):
            return Header(clean_author(line), kind, None, "ping")  # (a date inside the
        return Header(header.author, kind, header.date, "ping")  # linking post's title)
    if kind != "comment":
        return Header(clean_author(line), kind, None, "ping")
    return None


def forget() -> None:
    """Empty the caches of line readings (one page's lines are read more than once;
    another page's seldom are): the page builder calls this when a page is built, so
    the readings go while they are still in the processor's caches, and no page's
    lines are held after its parse."""
    read_header.cache_clear()
    display_name.cache_clear()
    glued_header.cache_clear()
    plain.cache_clear()
    find_date.cache_clear()
    is_date_line.cache_clear()
    declared_count.cache_clear()
    _count_line.cache_clear()


# "NAME says:" in Chinese and Japanese: the verb glued to the name or after a space, a
# colon (full-width or not) after it ("风起说道：", "Mika 說道:"); "山田 より:", "Ann 表示:"
# after a space only ("他表示：" opens a quote in a sentence)
_CJK_VERB = re.compile(r"^(\S.{0,60}?)(?: ?(?:说道|說道|写道|寫道)| (?:表示|より))[:：]$")


def _verb_header(line: str) -> Header | None:
    if line[-1:] in ":：" and (cjk := _CJK_VERB.match(line)) is not None:
        return _name_and_date(cjk.group(1), "verb")
    if line.endswith(("...", "…")) and not line.endswith("....") and " " in line:
        line = line.rstrip(".…") + ":"  # "Ann said..." (Blogger)
    if line.endswith(":"):
        head = _SPACED_COLON.sub(":", line) if line[-2:-1] in " \u00a0" else line
        head, _, verb = head.rpartition(" ")
        head2, _, verb2 = head.rpartition(" ")  # two-word verbs first: "a écrit:", "ha
        verbs = _VERBS.get()  # scritto:" ("Ann a dit:" is Ann's)
        if f"{verb2} {verb}".lower() in verbs:
            head = head2
        elif verb.lower() not in verbs:
            head = ""
        glued = _GLUED_VERB.search(line) if not head else None
        if glued is not None and glued.group(1)[0].isupper():
            head = line[: glued.start(2)]  # ("Nadia Ferrantesays:")
        if head and not _clauses(head):
            return _name_and_date(head, "verb")
    else:  # "Ann says" (no colon): a name of a few words and the verb, nothing else
        head, _, verb = line.rpartition(" ")
        if (
            verb.lower() in _BARE_VERBS
            and 0 < len(head.split()) <= 4
            and head[-1] not in ".!?,;:"
            and (head[0].isalnum() or head[0] == "@")
        ):
            return Header(clean_author(head), evidence="verb")
    verb_on = _VERB_ON.search(line)
    if verb_on and verb_on.start() > 0:  # "NAME wrote on DATE:", "NAME said, on DATE"
        date = line[verb_on.end() :].rstrip(":").strip() or None
        found = find_date(date) if date is not None else None
        if date is None or (found is not None and found.start() == 0):
            return Header(clean_author(line[: verb_on.start()]), date=date, evidence="verb")
    return None


def is_email_attribution(line: str) -> bool:
    """The line attributes the text an email quotes under it, the date before the name
    and a header verb closing it (`_quotes_by_date`): "On Tue, Mar 5, 2024 at 2:14 PM Ann
    Lee wrote:", "Le 5 mars 2024 à 14:14, Ann Lee a écrit :" — a quote's opening in a
    post's body, never a comment's header.

    >>> is_email_attribution("On Tue, Mar 5, 2024 at 2:14 PM Ann Lee wrote:")
    True
    >>> is_email_attribution("Ann Lee on Mar 5, 2024 wrote:"), is_email_attribution("Ann:")
    (False, False)
    """
    return line[-1:] == ":" and _quotes_by_date(_without_verb_colon(line))


def _without_verb_colon(line: str) -> str:
    """A line closed by a header verb and its colon, without them ("On DATE Ann wrote:":
    "On DATE Ann"); "" for other lines."""
    head, _, verb = _SPACED_COLON.sub(":", line).rpartition(" ")  # (the verbs' colon kept)
    head2, _, verb2 = head.rpartition(" ")
    verbs = _VERBS.get()
    if f"{verb2} {verb}".lower() in verbs:
        return head2
    return head if verb.lower() in verbs else ""


_QUOTING_WORD = 4  # letters of the word before an email's quoted date, at most ("On", "Le")


def _quotes_by_date(head: str) -> bool:
    """What stands before a "wrote:" is an email's attribution of the text quoted under
    it, the date before the name: one short word, perhaps a weekday, the date, then the
    name ("On Tue, Mar 5, 2024 at 2:14 PM Ann Lee", "Le 5 mars 2024 à 14:14, Ann Lee",
    "El martes, 10 de septiembre de 2019, Ana"); a comment's header names its poster
    before the date ("Ann Lee on Mar 5, 2024").

    >>> _quotes_by_date("On Tue, Mar 5, 2024 at 2:14 PM Ann Lee")
    True
    >>> _quotes_by_date("Ann on Mar 5, 2024")
    False
    """
    match = find_date(head) if head else None
    if match is None:
        return False
    words = head[: match.start()].split()
    if not 1 <= len(words) <= 2 or (len(words) == 2 and not words[1].endswith(",")):
        return False  # (one word, then a weekday and its comma at most: "On Tue,")
    if not (words[0].isalpha() and len(words[0]) <= _QUOTING_WORD):
        return False
    rest = head[date_extent(head, match) :].strip(" ,").split()
    if rest and rest[0].rstrip(",").lower() in ("am", "pm"):
        rest = rest[1:]  # (a time's half of the day the date's extent left: "2:14 PM,")
    return bool(rest) and rest[0][:1].isalpha()


def _clauses(head: str) -> bool:
    """What stands before a "says:" is a sentence's clauses, not a name: two commas
    ("While, out o' touch o' vanity, the sweatin' thrust-block says:", a line of a poem
    quoted in a body), no date among them ("Ann Lee on May 3, 2021, 9:12 pm said:"), no
    mark between a linking post's title and its site. (Many words make no clause: "I
    Never Lie and am Always Right says:" signs a comment.)"""
    if find_date(head) is not None or any(mark in head for mark in _TITLE_MARKS):
        return False  # (a linking post's title and its site: "Stink Bugs – The Weeds says:")
    return head.count(",") >= 2


_TITLE_MARKS = (" – ", " - ", " — ", " | ", " « ", " » ", " :: ")  # a title's, before its site


# "Comment by NAME", "Kommentar von NAME", after at most one short word (a picture's
# alternative text: "av Comment by Lisel").
_COMMENT_BY = re.compile(
    r"(?i)^(?:[^\s]{1,12} )?(?:comment|kommentar|commentaire|comentario|comentário|commento)"
    r"(?: (?:by|von|de|par|di|por)| from:) (\S.{0,80})$"
)  # (or "Comment from: NAME [Visitor]")


def _comment_by(line: str) -> Header | None:
    """ "Comment by NAME" (a header that names its comment before the author)."""
    if "ment" not in line.lower():  # (each of `_COMMENT_BY`'s words holds it: a cheap test)
        return None
    match = _COMMENT_BY.match(line)
    if match is None:
        return None
    name = match.group(1).lstrip(_ICONS) or match.group(1)  # ("●Ann": a member's mark)
    if "] " in name:  # the member's label, an icon's word after it ("Ann [Visitor] Email")
        name = _BRACKETED_TAIL.sub("", name, count=1) or name
    return _name_and_date(name, "verb")


def _name_and_date(text: str, evidence: str) -> Header:
    """Split "NAME on DATE" (the head of a verb header) into its parts."""
    match = find_date(text)
    if match is None or match.start() == 0 or not _splits_name(text, match):
        return Header(clean_author(text), evidence=evidence)
    return Header(
        clean_author(text[: match.start()], before_date=True),
        date=text[match.start() : date_extent(text, match)] or None,
        evidence=evidence,
    )


def _splits_name(text: str, match: re.Match[str]) -> bool:
    """Whether a date found in "NAME ... DATE" really ends the name there: the name keeps
    a letter or digit, and a date without digits ("today", "hoy") follows a connector
    word or a separator ("on today", "- today", html2text's "* today"), as it does in
    real headers; otherwise the words belong to the name (".Hoy says:", "Ann Today
    says:").
    """
    before = text[: match.start()]
    name = clean_author(before, before_date=True)
    if name is None or not any(ch.isalnum() for ch in name):
        return False
    if any(ch.isdigit() for ch in match.group(0)):
        return True
    head = before.rstrip()
    last = head.rpartition(" ")[2].lower()
    return head != before.rstrip(_SEPARATORS) or last in CONNECTOR_WORDS or last == "*"


_REPLY_COUNT_TAIL = re.compile(r"\s*\([0-9]{1,5} [^\W\d_]{1,12}\)$")  # "(2 children)"


def _dated_header(line: str, ping: bool = False) -> Header | None:
    """ "NAME • 2 weeks ago", "NAME | 11.05.2012 11:38", Blogger's "NAMEOctober 27, 2011"."""
    match = find_date(line)
    if match is None:
        return None
    if match.start() == 0 or (match.start() <= 2 and not line[: match.start()].strip(" [")):
        # (the date starts the line, perhaps in a link html2text wrapped: "[June 20, 2019
        # at 7:45" over "am](https://x/#comment-2)")
        return None if ping else _date_then_name(line, match)
    if not ping and (signed := _signed_after(line, match)) is not None:
        return signed  # "Le lundi 10 septembre 2012, 22:03 par Ann": the name after "par"
    if line[: match.start()].rstrip().rpartition(" ")[2].casefold() in _SINCE:
        return None  # "Member since May 2020", "Activity since DATE": a field, no post's date
    if not any(ch.isdigit() for ch in match.group(0)):
        if ping:
            return None  # "… Today in Progressive …" is part of a linking post's title
        if not _splits_name(line, match) and not _timed(line, match):
            return None  # "Ann joins the team today. She …": a sentence, not a header
            # ("Ann heute, 08:12 Uhr": the day's word and its time, the date of a post)
    after = match.end()  # (the text after the date first: most lines fail there, cheaply)
    if line[after : after + 2] == " '" and _SHORT_YEAR.match(line, after):  # "Mar 14 '21 at 9:05"
        end = date_extent(line[:after] + line[after + 4 :], match) + 4  # (its time read after it)
    else:
        end = date_extent(line, match)
    rest = line[end:]
    if rest[:2] in ("'s", "’s"):
        return None  # "… shown at last year's conference": a possessive, no post's date
    if "(" in rest or "[" in rest:  # a note in parentheses after the date: "(edited 2 hours
        rest = _DATE_NOTE.sub("", rest, count=1)  # ago)", or a count in brackets
        if rest[-1:] == ")":  # (and the count of the replies closing the line, after a
            rest = _REPLY_COUNT_TAIL.sub("", rest, count=1)  # note: "DATE - pinned (2 children)")
    if (  # a second date after a few words: "• Edited on Mar 15 '21", "· updated 2 days ago",
        len(rest.split()) > 3  # an edit count perhaps before them ("1 edited by Ann 2d ago")
        and (edited := find_date(rest)) is not None
        and len([word for word in rest[: edited.start()].split() if not word.isdigit()]) <= 3
    ):
        rest = rest[date_extent(rest, edited) :].lstrip("' 0123456789")
    if len(rest.split()) > 3:  # a sentence goes on after the date: not a header
        return None
    if _by_label(rest.strip(_SEPARATORS)) is not None:
        return None  # ("Reported: DATE by Ann", "Link al commento DATE inviato da Ann": the
        # words before the date name no one; a header named after its date is
        # `_signed_after`'s)
    if (
        rest[-1:] in ".!?"
        and _WORDY_REST.search(rest)
        and not any(c.isdigit() for c in match.group(0))
    ):
        return None  # "Oh, yesterday came suddenly.": a day word in a sentence it ends
    if _counts_comments(rest):  # "By Ann Oct. 25, 2010, 1:37pm PT 16 Comments": the byline
        return None  # of an article, over the comments it counts
    start = cut = match.start()
    if line[start - 4 : start] == " on " and (clock := _TIME_BEFORE.search(line, 0, start)):
        start, cut = clock.start(1), clock.start()  # "Ann at 11:24 AM on March 3, 2021"
    head = line[:cut].rstrip()
    if head[-1:] == "(" and head[:-1].strip():  # the date in parentheses: "Ann (2 hours
        head = head[:-1]  # ago)", "Ann\xa0( 2010-04-09 11:09 )edit"
    author = clean_author(head, before_date=True)
    if author is None or (not ping and len(author) > 160):  # long: a linking post's title
        return None
    if author.casefold() in EDIT_WORDS:
        return None  # ("Edited 2014-12-01 05:06 (UTC)": an edit's note under a body)
    if not ping and _signed_sentences(author):
        return None  # "Support, and done. I also fixed … Ann Lee (talk) 08:47": a paragraph
        # closed by its signature, printed on a line of its own (`posts.closing_signature`)
    if not ping and _QUOTED.search(without_nicknames(author)) and len(author.split()) >= 4:
        return None  # "ann added tag 'recurring' (1h ago)": an event of the page's log
    if _counts_to_last(author):
        return None  # "Ann 1 Reply Last reply 2 days ago": a post's footer, the last reply's age
    return Header(author, date=line[start:end], evidence="date")


# a sentence's end inside a text, the next sentence after it ("… done. I also …")
_SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?] [^\W\d_]")
_LINKS_END = re.compile(r"\)(?:,? [0-2]?[0-9]:[0-5][0-9])?,?$")  # "(talk)", "(talk) 08:47"
_SENTENCES_LEAST = 8  # words of a text before a date that may be sentences, at least


def _signed_sentences(author: str) -> bool:
    """Whether the text read before a header's date is sentences closed by a name: more
    than a few words, a sentence's end and a capital after it inside them, the name's
    links in parentheses closing them, perhaps the time after them ("Support, and done. I
    also fixed the template. Ann Lee (talk) 08:47", "… erneuert. Jo (Diskussion)"), not a
    name (nor a linking post's title, which holds no such links)."""
    if _LINKS_END.search(author) is None or len(author.split()) <= _SENTENCES_LEAST:
        return False
    return any(match.group()[-1].isupper() for match in _SENTENCE_END.finditer(author))


_WORDY_REST = re.compile(r"[^\W\d_]{2}")  # a word of the sentence after a date


def _timed(line: str, match: re.Match[str]) -> bool:
    """The date word found (a day's, "heute", "yesterday") is followed by its time, as
    `date_extent` reads it ("heute, 08:12 Uhr", "yesterday at 9:15 PM")."""
    return any(ch.isdigit() for ch in line[match.end() : date_extent(line, match)])


# a time before its date, "at" perhaps before it: "at 11:24 AM on " (MetaFilter's signature)
_TIME_BEFORE = re.compile(r"(?:\bat )?\b([0-9]{1,2}:[0-9]{2}(?: ?[AaPp]\.?[Mm]\.?)? on )$")


def _counts_comments(rest: str) -> bool:
    """Text after a header's date closed by a count of comments ("PT 16 Comments")."""
    words = rest.split()
    return (
        len(words) >= 2 and words[-2].isdigit() and declared_count(" ".join(words[-2:])) is not None
    )


def _counts_to_last(before_date: str) -> bool:
    """Text before a date that goes on from a name to a count, and whose words after
    the count name what it counts twice: "Ann 1 Reply Last reply", "Ann 2 Replies Last
    reply", "安娜 1 条回复 最后回复" (glued or not: the number of replies to a post and the
    age of the last of them, as a post's footer prints them). A name after a post's
    number is no such words, whatever letters its words share ("Comment 5 Robert
    Roberts", 'Comment 5 Tobias "Tobi" Lind').

    >>> _counts_to_last("Ann 1 Reply Last reply"), _counts_to_last("安娜 1 条回复最后回复")
    (True, True)
    >>> _counts_to_last("ann_k 12 points"), _counts_to_last("Ann Lee 3 posts")
    (False, False)
    >>> _counts_to_last("Comment 5 Robert Roberts"), _counts_to_last("Comment 5 Tobi Tobias")
    (False, False)
    """
    words = before_date.split()
    for at in range(1, len(words) - 1):
        if words[at].isdigit():
            return _names_twice(words[at + 1 :])
    return False


_COUNTED_STEM = 4  # letters a count's noun and its repeat share ("repl" of "Replies", "reply")


def _names_twice(words: list[str]) -> bool:
    """The words after a count name what it counts again after another word between:
    "Reply Last reply", "Replies Last reply" (the first word's first four letters
    opening a later word, a word at least between them); of Chinese, Japanese or Korean,
    whose words no space parts, the first two letters or the last two of the text
    coming again in it ("条回复最后回复")."""
    text = "".join(words).casefold()
    if not text.isascii():
        return len(text) >= 4 and (text[:2] in text[2:] or text[-2:] in text[:-2])
    stem = words[0].casefold()[:_COUNTED_STEM]
    if len(stem) < _COUNTED_STEM or not stem.isalpha():
        return False
    return any(word.casefold().startswith(stem) for word in words[2:])


_QUOTED = re.compile(r"(?:^| )['‘\"“][^'’\"”]+['’\"”](?: |$)")  # a quoted word or words
# a word in quotes between two words, all three capitalised: a nickname between a first
# and a last name ("Ian 'Kestrel' Voss", 'Tobias "Tobi" Lind'), no quotation
_NICKNAME = re.compile(r"(\w+) ['‘\"“](\w[\w.-]{0,30})['’\"”] (?=\w)")


def without_nicknames(text: str) -> str:
    """``text`` without the nicknames in quotes between first and last names.

    >>> without_nicknames("Comment 5 Ian 'Kestrel' Voss"), without_nicknames("tag 'Kite' To")
    ('Comment 5 Ian Voss', "tag 'Kite' To")
    """
    if "'" not in text and '"' not in text and "‘" not in text and "“" not in text:
        return text
    return _NICKNAME.sub(_unquoted_nickname, text)


def _unquoted_nickname(match: re.Match[str]) -> str:
    before, nickname = match.group(1), match.group(2)
    after = match.string[match.end() : match.end() + 1]
    if before[0].isupper() and nickname[0].isupper() and after.isupper():
        return before + " "
    return match.group(0)


# a note after a date: "(edited)", "[3 favorites]"
_DATE_NOTE = re.compile(r"^\s*(?:\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\])")
_SHORT_YEAR = re.compile(r" '[0-9]{2}(?![0-9])")  # a year of two digits after a date


_SINCE = frozenset("since seit depuis desde sinds dal od".split())  # before a date: a field's


def _signed_after(line: str, match: re.Match[str]) -> Header | None:
    """A header whose author follows its date after "by" ("par", "von" …), a word or two
    before the date ("Le", "Posted on") that name no one: "Le lundi 10 septembre 2012,
    22:03 par Ann"; or more words the page prints so before every such date
    (`signed_labels`: "Link al commento DATE inviato da Ann", a permalink's text)."""
    before = line[: match.start()]
    if before.rstrip(" |\t")[-1:] == ":":  # (a field's date, perhaps in a table's cell:
        return None  # "Reported: DATE by Ann", "Reported: | DATE by Ann", "Last Edit: …")
    if _by_label(line[date_extent(line, match) :].strip(_SEPARATORS)) is None:
        return None
    header = _date_then_name(line, match)
    if (
        len(before.split()) > 2
        and _label_before(before) not in _SIGNED_LABELS.get()
        and ":" not in before  # (a name, or labelled fields: "comment:4 follow-up: ↓ 5
        # Changed 3 years ago by Ann"), but for the name printed right before the date
        # too ("Permalink Ann Lee DATE by Ann Lee": its picture's text)
        and (header is None or not header.author or not _printed_before(before, header.author))
    ):
        return None
    return header


_SIGNED_LABELS: ContextVar[frozenset[str]] = ContextVar(
    "threadparse_signed_labels", default=frozenset()
)
_SIGNED_LINES = 3  # lines of a page a label opens so, at least, by two names at least
_LABEL_WORDS = 4  # words of such a label, at most ("Link to this comment")


def _label_before(before: str) -> str:
    """The words before a header's date as `signed_labels` keeps them: without the
    separators and a list's marker around them, case folded."""
    return before.strip(_SEPARATORS).lstrip("*•◦▪ ").casefold()


def signed_labels(lines: Iterable[str]) -> frozenset[str]:
    """The words of more than two that `_SIGNED_LINES` of a page's ``lines`` (each
    without its list marker) or more print before a date named after it (a posting
    label and a name: "DATE inviato da Ann"), the same words on every such line, two
    names at least after them: a label (a permalink's text, "Link al commento"), no
    name, where the page prints the name after the date only. Up to `_LABEL_WORDS`
    words, no colon, the last no connector ("This entry was posted on DATE by Ann" is
    an article's byline, and an index's repeats it).

    >>> sorted(signed_labels([f"Link al commento 8 aprile 2024 inviato da {name}"
    ...     for name in ("Ann Lee", "Bo", "Ann Lee")]))
    ['link al commento']
    >>> signed_labels([f"Link al commento 8 aprile 2024 inviato da Bo" for _ in "abc"])
    frozenset()
    """
    names: dict[str, set[str | None]] = {}
    found: Counter[str] = Counter()
    for text in lines:
        if len(text) > _VERB_REACH or ANY_SCRIPT_DIGIT.search(text) is None:
            continue
        line = plain(text)
        match = find_date(line)
        if match is None or match.start() == 0:
            continue
        if _by_label(line[date_extent(line, match) :].strip(_SEPARATORS)) is None:
            continue
        label = _label_before(line[: match.start()])
        words = label.split()
        if not 2 < len(words) <= _LABEL_WORDS or ":" in label or words[-1] in CONNECTOR_WORDS:
            continue
        header = _date_then_name(line, match)
        if header is None or not header.author:
            continue
        found[label] += 1
        names.setdefault(label, set()).add(header.author)
    return frozenset(
        label for label, count in found.items() if count >= _SIGNED_LINES and len(names[label]) >= 2
    )


# "by" before a poster's name, in the languages that print it there ("von", "par", "por")
BY_WORD = "(?:by|von|par|por|door|av|af|di)"
# a word for "by" between blanks (Italian's "da" too): what every line `signed_labels`
# learns from holds
_BY_WORD = re.compile(rf"(?i) (?:{BY_WORD}|da) (?=\S)")


def may_sign_after(source: str, start: int, end: int) -> bool:
    """Whether ``source[start:end]`` (a line) can name its poster after a date and a
    posting label (`signed_labels`): short enough, a digit and a word for "by" in it.
    Read off the source without cutting the line out (a page's every line is asked)."""
    return (
        end - start <= _VERB_REACH
        and DIGIT.search(source, start, end) is not None
        and _BY_WORD.search(source, start, end) is not None
    )


@contextmanager
def page_signed_labels(labels: frozenset[str]) -> Iterator[None]:
    """Read ``labels`` before a date named after it as no name while the context lasts
    (the page being built repeats them: `signed_labels`)."""
    token = _SIGNED_LABELS.set(labels)
    try:
        yield
    finally:
        _SIGNED_LABELS.reset(token)


def _by_label(text: str) -> int | None:
    """Where the name starts after the "by" that opens ``text`` ("by Ann", "#2234 by
    Ann"), or after a label of a posting word and its language's "by" ("posted by Ann",
    "inviato da Ann", "geplaatst door Ann"); None when no such words open it."""
    by = NUMBER_BY.match(text)
    if by is not None:
        return by.end()
    words = text.split(None, 2)
    if len(words) == 3 and _labels_name(words[0], words[1]):
        return len(text) - len(words[2])
    return None


def _printed_before(before: str, name: str) -> bool:
    """Whether ``before`` (a header's text before its date) ends in ``name``, a whole
    word or words."""
    before = before.rstrip(_SEPARATORS)
    return before.endswith(name) and not before[: -len(name)][-1:].isalnum()


_PICTURE_BEFORE = re.compile(r"^\[[^\[\]]{1,20}\] ?(?=\S)")  # "[avatar]" before a name

# Before a name after its date: the post's number, "by" ("DATE #2234 by Ann Lee")
NUMBER_BY = re.compile(rf"(?i)^(?:#[0-9]{{1,9}} )?{BY_WORD} (?=\S)")


def ends_in_initial(text: str) -> bool:
    """A name closed by its surname's initial and its dot ("Rhys P.", "יוסי ק.": a
    capital, or a letter of a script with no case), not a sentence."""
    initial = text[-2:-1]
    return text[-1:] == "." and initial.isalpha() and not initial.islower() and text[-3:-2] == " "


def _date_then_name(line: str, match: re.Match[str]) -> Header | None:
    """ "November 1, 2016 at 6:28 pm Anonymous": the date first, then a name alone."""
    end = date_extent(line, match)
    if end < len(line) and line[end].isalnum() and line[end - 1].isalnum():
        return None  # the date's reading stopped inside a word ("6:45 p|m")
    rest = line[end:].strip(_SEPARATORS)
    if rest[:2] in ("pm", "am", "PM", "AM") and rest[2:3].isupper():
        rest = rest[2:]  # (the time's "pm" glued to a control: "06:38 pmReply to this comment")
    if (by := _by_label(rest)) is not None:  # "3 years ago #2234 by Ann Lee", "DATE
        rest = rest[by:]  # inviato da Ann Lee"
        if rest[:1] == "[":  # (a picture's text before the name: "by [avatar]Ann Lee")
            rest = _PICTURE_BEFORE.sub("", rest, count=1)
    words = rest.split()
    if not 0 < len(words) <= 4 or len(rest) > 40 or not (rest[0].isalpha() or rest[0] == "@"):
        return None
    if (rest[-1] in ".!?;:" and not ends_in_initial(rest)) or find_date(rest) is not None:
        return None
    if is_reply_link(rest):
        return None
    if len(words) > 1 and words[0] in _FILED_IN and words[1][:1].isupper():
        return None  # "5 March 2024 in General": where a topic was filed, no one's name
        # ("DATE in response to Ann" names whom it answers: read on)
    return Header(clean_author(rest), date=line[match.start() : end], evidence="date")


# "in" as a topic's byline says where it was filed, after its date ("Par Ann, 5 mars 2024
# dans Santé", "March 5, 2024 in General", "5. März 2024 im Forum"): lowercase, so that
# a name of these letters ("In Lee") stays one, before the place's capital
_FILED_IN = frozenset("in im dans en nel nella em w".split())


# The end of a Markdown link's target: where a header glued to its body may end.
# (a target holds no "]": each stretch of the line is read by one attempt at most)
_LINK_END = re.compile(r"\]\([^)\s\]]{0,2000}(?: \"[^\"\n\]]{0,300}\")?\)")
_GLUED_LINKS = 6  # links looked at, from the line's start, for the end of a glued header
_CONTROL_MARKS = " *•·|-–—[]()"  # around a control link's word ("[ * Reply](…)")


@functools.lru_cache(maxsize=LINE_CACHE)  # (a line is asked about more than once)
def glued_header(text: str) -> tuple[Header, int] | None:
    """A comment header that html2text printed on one line with the body after it:
    "![](a.png) Ann [ March 2, 2020 at 5:38 pm](u#c1) [ * Reply](u?r=1) Body text…".
    The header is the line up to the end of a Markdown link, the first such stretch
    that reads as "NAME DATE" or "NAME says:" with a name-like author, and the control
    links right after it ("Reply", "Antworten"); the rest is the body. Returns the
    header and where the body starts in ``text``; None when the line reads otherwise
    (a header alone, or no header before the body).

    >>> header, at = glued_header("Ann [May 3, 2019](u#c1) [Reply](u) Nice post!")
    >>> header.author, header.date, "Ann [May 3, 2019](u#c1) [Reply](u) Nice post!"[at:]
    ('Ann', 'May 3, 2019', 'Nice post!')
    >>> glued_header("Ann [May 3, 2019](u#c1)") is None  # no body: the line is a header
    True
    """
    if "](" not in text:
        return None
    found = _LINK_END.finditer(text, 0, 3000)  # (a header starts the line)
    ends = [m.end() for m in itertools.islice(found, _GLUED_LINKS)]
    for at, end in enumerate(ends):
        if end - ends[0] > 600:  # (a header spans a few links, not a paragraph)
            return None
        header = read_header(text[:end])
        if header is None or header.evidence not in ("date", "verb") or header.kind != "comment":
            continue
        author = header.author or ""
        if len(author) > 60 or len(author.split()) > 6 or author[-1:] in ".!?;:,":
            return None
        for later in ends[at + 1 :]:  # the controls after the date: "[Reply](u)"
            control = plain(text[end:later]).strip(_CONTROL_MARKS)
            if control and not is_reply_link(control):
                break
            end = later
        body = text[end:].lstrip(" \t\u00a0")
        words = plain(body).split()
        if len(words) < 2 or is_reply_link(" ".join(words)):
            return None
        return header, len(text) - len(body)
    return None


# A header line closed by the comment's age in short units, perhaps after its score, the
# three glued together where the converter dropped the spaces between them: "ann 12 3h",
# "ann123h", "Ann Lee · 5d", "ann 2mo" (lower-case units, minutes to years).
_AGE_TAIL = re.compile(r"[ ·•|]{0,3}(?:[0-9]{1,6} ?)?[0-9]{1,2}(?:mo|[mhdwy])$")
_AGE_REACH = 16  # the end of a line searched for its age (and score)
AGE_ENDS = frozenset("mhdwyo")  # the last letter of every unit
_AGE_NAME = 40  # characters of a name before its age, at most
_NOT_IN_NAME = frozenset(":/=?!;,")  # a URL, a label, a sentence
_AGE_MARKS = frozenset("·•|")  # what may set a name apart from its age


# the word that marks a comment edited: after its age ("Ann · 2d · Edited", `_EDITED_TAIL`),
# in parentheses after the name ("Ann Lee (edited)", `_EDITED_NOTE`), between a name and
# the age ("zk edited 8 hours ago")
EDIT_WORDS = frozenset(("edited", "bearbeitet", "modifié", "editado", "modificato"))
_EDITED = "(?:" + "|".join(sorted(EDIT_WORDS)) + ")"
_EDITED_TAIL = re.compile(rf"(?i)[ ]?[·•|][ ]?{_EDITED}$")
_EDITED_NOTE = re.compile(rf"(?i) ?\({_EDITED}\)$")
_PLAIN_NAME = re.compile(r"^[\w.'-]+(?: [\w.'-]+)?$")  # a name of a word or two, no marks
_EDITED_ENDS = frozenset(("ted", "TED", "iet", "fié", "ado", "ato"))  # (a quick look first)


def ends_in_age(text: str) -> bool:
    """Whether a line ends in a digit and the letter of an age's unit ("3h", "2mo"),
    perhaps before a mark that the comment was edited ("3h · Edited"): the cheap test
    before `aged_header`."""
    if text[-1:] not in AGE_ENDS:
        return False
    if text[-2:-1].isdigit() or (text[-2:] == "mo" and text[-3:-2].isdigit()):
        return True
    unmarked = without_edit_mark(text)
    return unmarked != text and ends_in_age(unmarked)


def without_edit_mark(text: str) -> str:
    """A header line without the mark after its date that the comment was edited ("Ann
    · 2d · Edited"); the line as it is without one.

    >>> without_edit_mark("Ann Lee · 2d · Edited"), without_edit_mark("Edited")
    ('Ann Lee · 2d', 'Edited')
    """
    if text[-3:] not in _EDITED_ENDS:
        return text
    edited = _EDITED_TAIL.search(text)
    return text[: edited.start()] if edited is not None and edited.start() > 0 else text


def aged_header(text: str) -> Header | None:
    """A header line that is a name and the comment's age in short units, perhaps with
    a score between, glued or spaced ("ann_k 12 3h", "ann_k123h", "Ann Lee · 5d"): a
    link aggregator's or a social site's comment header. Where the converter marks
    links (html2text's "[ann_k](/u/ann_k)[12](/c/1)3h", lynx's "[4]ann_k[5]123h"), the
    name is the first link's text; else everything before the digits (a name glued
    to its score loses the digits it ends in). None when the line reads otherwise.

    >>> aged_header("ann_k 12 3h").author, aged_header("ann_k 12 3h").date
    ('ann_k', '3h')
    >>> aged_header("Ann Lee123h").author, aged_header("[4]bo42[5]1247m").author
    ('Ann Lee', 'bo42')
    >>> aged_header("Release notes for 2d") is None  # (no score, no mark, not glued)
    True
    """
    if not ends_in_age(text) or len(text) > 600:
        return None
    line = without_edit_mark(plain(text))  # (plain reads off lynx's "(BUTTON) " label)
    match = _AGE_TAIL.search(line, max(0, len(line) - _AGE_REACH))
    if match is None or match.start() == 0:
        return None
    tail = line[match.start() :]
    if tail[:1] == " " and " " not in tail.strip() and not _AGE_MARKS.intersection(tail):
        return None  # (a bare "words 2d" is no header: glued, scored or set apart, it is)
    end = match.start()  # (where the name ends: at its score, or at its link's end)
    name = _linked_name(text, line[: len(line) - 2]) or line[:end]
    if end < len(name):
        end = line.find(name) + len(name)
    name = name.strip(_SEPARATORS)
    words = name.split()
    if not 0 < len(words) <= 4 or len(name) > _AGE_NAME or not any(c.isalpha() for c in name):
        return None
    if not _NOT_IN_NAME.isdisjoint(name) or words[-1].casefold() in CONNECTOR_WORDS:
        return None
    if find_date(name) is not None:
        return None
    date = line[max(end, match.start()) :].strip(_SEPARATORS).rpartition(" ")[2]
    return Header(name, date=date, evidence="date")


def _linked_name(text: str, before: str) -> str | None:
    """The name of an aged header line (`aged_header`) where the converter marks its
    links: the text of the line's first link that holds a letter (html2text's
    "[ann_k](/u/ann_k)", lynx's "[4]ann_k" up to the next link's number), when the
    line as shown (``before``: up to its age's unit and last digit) holds it; else None."""
    if "](" in text:
        for found in _MD_LINK.finditer(_MD_IMAGE.sub("", text), 0, 3000):
            name = plain(found.group(1))
            if any(ch.isalpha() for ch in name):
                return name if name in before else None
        return None
    if "[" not in text:
        return None
    parts = LINK_NUMBERS.split(text)
    for part in parts[1:-1]:  # (a link's text up to the next link)
        name = " ".join(part.split())
        if any(ch.isalpha() for ch in name):
            return name if name in before else None
    return None


# A pingback listed apart from the comments, its excerpt after the linking post's title:
# "A Post's Title | A Blog - […] the words it quotes…" (html2text escapes the dash: "\-")
_PINGED_EXCERPT = re.compile(r"^(\S.{2,200}?) \\?[-–—] (?=\[(?:…|\.\.\.)\] ?\S)")


def pinged_excerpt(text: str) -> tuple[Header, int] | None:
    """The header of a pingback printed as its linking post's title, a dash and the
    excerpt it quotes ("A Post | A Blog - […] the words…"), and where the excerpt starts
    in ``text``; None for other lines.

    >>> header, start = pinged_excerpt("Links #112 – A Blog - […] Ann on five mistakes")
    >>> header.author, header.kind, start
    ('Links #112 – A Blog', 'pingback', 22)
    """
    match = _PINGED_EXCERPT.match(text) if "[" in text else None
    if match is None:
        return None
    title = plain(match.group(1))
    return (Header(title, "pingback", None, "ping"), match.end()) if title else None


@functools.lru_cache(maxsize=LINE_CACHE)  # (a line is asked about more than once)
def declared_count(text: str) -> int | None:
    """The number a comment-count heading declares, or None.

    >>> declared_count("44 replies"), declared_count("One Response to “Going mobile”")
    (44, 1)
    >>> declared_count("Comments (3)"), declared_count("I have 3 comments on this") is None
    (3, True)
    >>> declared_count("3Comments"), declared_count("± 2 Comments on “Soup”")
    (3, 2)
    >>> declared_count("Cet article a 11 commentaires"), declared_count("all 20 comments")
    (11, None)
    """
    line = _count_line(text)
    return None if line is None else _count_in(line)


def _count_in(line: str) -> int | None:
    m = _COUNT.match(line)
    if m:
        if m.group(1) is not None:
            return int(m.group(1))
        return _NUMBER_WORDS.get(m.group(2).lower())  # "One …", not "Recent …"
    m = _COUNT_PAREN.match(line) or _COUNT_DOT.match(line)
    if m is None and (line[-1:].isalpha() or line[-1:] == ":"):  # (a led count ends in
        m = _LED_COUNT.match(line)  # its noun, or a colon after it: the cheap look first)
    return int(m.group(1)) if m else None


# A line that has a count's shape whatever its noun: "12 Additions", "40 Remarks:",
# "3Notes", "5 Additions to “Title”" (sites rename "comments"); `loose_count` reads it.
_LOOSE_COUNT = re.compile(
    r"^([0-9]{1,6})[ \u00a0]?[^\W\d_]{3,24}(?::|[ \u00a0][^\W\d_]{2,5}[ \u00a0][“\"„«‘].{1,300})?$"
)


def loose_count(text: str) -> int | None:
    """The number of a line shaped as a count whatever its noun: "NUMBER WORD",
    "NUMBER WORD:", or that over a quoted title ("12 Additions to “Buses”"); None for
    other lines. Only what follows such a line can tell whether it counts comments
    ("3 Ingredients" counts none).

    >>> loose_count("12 Additions"), loose_count("3 Ingredients:"), loose_count("12 new ones")
    (12, 3, None)
    >>> loose_count("5 Additions to “New buses”"), loose_count("5 Additions to the buses")
    (5, None)
    """
    if text[:1].isalpha():
        return None  # (most lines: no count starts with a letter, after its icon either)
    line = _count_line(text)
    match = _LOOSE_COUNT.match(line) if line and line[0].isdigit() else None
    return int(match.group(1)) if match else None


# A control that shows the replies or comments a thread hides, counted: a few words and
# the count noun, its number in parentheses after it ("Ver más respuestas (3)", "View
# more replies (12)") or before it, a word or two between ("Show 3 more replies", "Alle
# 12 Antworten anzeigen"; a bar of such controls too, "favorite 4 reply 返信")
_MORE_COUNTED = re.compile(
    r"(?i)^(?:[^\W\d_]+[ \u00a0]){1,3}"
    + _COUNT_NOUNS
    + r"[ \u00a0]?\([0-9]{1,7}\)$|^(?:[^\W\d_]+[ \u00a0]){1,2}[0-9]{1,7}[ \u00a0]"
    + r"(?:[^\W\d_]+[ \u00a0]){0,2}"
    + _COUNT_NOUNS
    + r"(?:[ \u00a0][^\W\d_]+)?$"
)


def counts_hidden(text: str) -> bool:
    """A control that counts the replies or comments it would show (`_MORE_COUNTED`): no
    name, though its words are few and capitalised.

    >>> counts_hidden("Ver más respuestas (3)"), counts_hidden("Show 3 more replies")
    (True, True)
    >>> counts_hidden("Comments (3)"), counts_hidden("Ann Lee")
    (False, False)
    """
    if not (text[-1:] == ")" or text[-1:].isalpha()) or not any(c.isdigit() for c in text):
        return False
    line = _count_line(text)
    return line is not None and _MORE_COUNTED.match(line) is not None


def is_count_heading(text: str) -> bool:
    """A comment section's heading without a number ("Comments", "## Kommentare").

    >>> is_count_heading("### Comments"), is_count_heading("Comments on this post are welcome")
    (True, False)
    """
    line = _count_line(text)
    return line is not None and _COUNT_HEADING.match(line) is not None


def opens_comments(text: str) -> bool:
    """A declared count or a count heading: the comment section starts after it.

    >>> opens_comments("3 Comments"), opens_comments("Comments"), opens_comments("Recent comments")
    (True, True, False)
    >>> opens_comments("Comments, Pingbacks:"), opens_comments("Comments and Trackbacks")
    (True, True)
    """
    line = _count_line(text)
    if line is None:
        return False
    first = line[:1]
    if first not in _COUNT_STARTS and not "\u0621" <= first <= "\u06ff":
        return False  # (a quick look before the patterns: a count opens with a digit or a
        # letter, perhaps of the Arabic script: "نظرات (9)", "۹ دیدگاه")
    # (declared_count: the page builder reads the line's count again, from the cache)
    return declared_count(text) is not None or _COUNT_HEADING.match(line) is not None


@functools.lru_cache(maxsize=LINE_CACHE)  # (counts, count headings and openings read it)
def _count_line(text: str) -> str | None:
    """A line as counts are read: plain, without Markdown heading marks or a leading icon."""
    if len(text) > 800:
        return None
    line = plain(text).lstrip("#").strip()  # "## 20 thoughts on …" (Markdown heading)
    if line[:1] and not line[0].isalnum():
        line = _LEADING_ICON.sub("", line, count=1)
    if "\u0621" <= line[:1] <= "\u06ff":  # ("نظرات (۹)", "۹ دیدگاه": Persian and
        line = western_digits(line)  # Arabic-Indic digits read as ASCII ones)
    return line if len(line) <= 400 else None


_FORM_HEADING = re.compile(
    r"(?i)^#*\s*(?:leave a (?:reply|comment)|post a comment|add (?:a )?comment|write a comment|"
    r"join the (?:discussion|conversation)|schreibe einen kommentar|hinterlasse einen kommentar|"
    r"kommentar (?:hinterlassen|schreiben|verfassen)|deja un comentario|deixe um comentário|"
    r"deixe uma resposta|laisser un commentaire|lascia un commento|scrivi un commento|"
    r"tinggalkan balasan|reageer|kommentera|geef een reactie|dodaj komentarz|добавить комментарий|"
    r"bir yanıt yazın|lämna ett svar|"
    # Persian's and Arabic's ("Leave a comment", "Send a comment", "Add a comment")
    r"(?=[\u0600-\u06ff])(?:نظر بدهید|ارسال نظر|ثبت نظر|نظر خود را بنویسید|دیدگاهتان را بنویسید|"
    r"أضف تعليق(?:ا|اً)?|اضف تعليق(?:ا|اً)?|إضافة تعليق|اترك تعليق(?:ا|اً)|أترك تعليق(?:ا|اً)|"
    r"اترك ر(?:دا|داً))|"
    # (in the languages written without spaces: "Post a comment", "Write a comment")
    r"コメントの投稿|コメントを書く|发表评论|發表評論|发表回复|發表回覆|댓글 (?:쓰기|남기기))\b"
)


# Where a form stands for readers who may not post: "You must be logged in to post a
# comment.", "You are not currently logged in. Log in or create a new account to post …"
_LOGIN_NOTICE = re.compile(
    r"(?i)^(?:you (?:must|need to) be (?:logged|signed) in|you are not (?:currently )?(?:logged|"
    r"signed) in|(?:please )?(?:log|sign) in (?:or (?:register|sign up) )?to (?:post|comment|"
    r"reply|leave)|to (?:post|leave|write|add) a (?:comment|reply),? you (?:must|need to) "
    r"(?:log|sign) in|"
    r"sie müssen (?:angemeldet|eingeloggt) sein|vous devez être connecté|"
    r"debes (?:iniciar sesión|estar registrado))\b"
)


# The same notice in the languages that write no spaces between words, found by its
# shape: the words to log in and to reply (or comment) in one short clause, either way
# round ("需要登录后方可回复", "登入後才能留言", "コメントするにはログインが必要です",
# "로그인 후 댓글 작성 가능")
_LOGIN_WORDS = r"(?:登录|登錄|登入|ログイン|로그인)"
_REPLY_WORDS = r"(?:回复|回覆|评论|評論|留言|发言|發言|发表|發表|コメント|返信|댓글|답글)"
_LOGIN_CLAUSE = re.compile(  # (opened by the one word or the other, perhaps after a
    r"^(?:您|你)?(?:需要|必须|必須|请|請)?先?\s*"  # "need", "please": "我昨天登录后…" is
    rf"(?:{_LOGIN_WORDS}[^,，、。.!！?？]{{0,12}}?{_REPLY_WORDS}|"  # someone's news)
    rf"{_REPLY_WORDS}[^,，、。.!！?？]{{0,12}}?{_LOGIN_WORDS})"
)
_CLAUSE_END = re.compile(r"[,，、。.!！?？;；]")
_MAX_CLAUSE = 24  # characters of the clause that asks to log in, at most
_CLAUSE_TAIL = 6  # characters of it after its second word, at most ("が必要です")


def _login_clause(line: str) -> bool:
    """The line's first clause (up to a comma or a stop) is short, opens by asking the
    reader to log in to reply and ends soon after: ``需要 登录 后方可回复, 如果你还没有
    账号请 注册新账号``, not ``登录后发现评论区的排版很奇怪`` (a reader's news)."""
    end = _CLAUSE_END.search(line)
    clause = line[: end.start()] if end else line
    found = _LOGIN_CLAUSE.match(clause) if len(clause) <= _MAX_CLAUSE else None
    return found is not None and len("".join(clause[found.end() :].split())) <= _CLAUSE_TAIL


def is_form_heading(text: str) -> bool:
    """The title of a comment form, or the notice that stands in its place for readers
    who may not post: ``Leave a Reply``, ``Schreibe einen Kommentar``, ``You must be
    logged in to post a comment.``"""
    if len(text) >= 200:
        return False
    line = plain(text)
    return bool(_FORM_HEADING.match(line) or _LOGIN_NOTICE.match(line) or _login_clause(line))


# The title of a form to post in, alone on its line, that speaks to the reader ("Your
# answer", "## Post Your Reply", "Votre réponse :", "Leave a Reply")
_FORM_TITLE = re.compile(
    r"(?i)^#*\s*(?:(?:post )?your (?:answer|reply|comment)|leave a (?:reply|comment)|"
    r"votre (?:réponse|commentaire)|(?:ihre|deine) antwort|(?:tu|su) (?:respuesta|comentario)|"
    r"sua resposta|la tua risposta|uw antwoord)\s*:?$"
)


def is_form_title(text: str) -> bool:
    """The title of a form to post in, alone on its line (`_FORM_TITLE`: ``Your
    answer``, ``Votre réponse :``); "Your answer helped" is a sentence, and "Add a
    comment" a control under each post on some pages, not the form's title."""
    return len(text) < 200 and _FORM_TITLE.match(plain(text)) is not None


def is_login_notice(text: str) -> bool:
    """The notice that stands for a comment form to readers who may not post: ``You
    must be logged in to post a comment.``, ``To post a comment you must log in.``,
    ``需要登录后方可回复``"""
    if len(text) >= 200:
        return False
    line = plain(text)
    return _LOGIN_NOTICE.match(line) is not None or _login_clause(line)


def is_closed_notice(text: str) -> bool:
    """``Comments are closed.`` and its translations."""
    return bool(_CLOSED.match(text.strip()))


def is_icon_label(text: str) -> bool:
    """An icon or control label printed as text: ``image_print``, ``share_button``."""
    return bool(_ICON_LABEL.match(text.strip()))


def is_reply_link(text: str) -> bool:
    """A reply/delete/like control: ``Reply``, ``Antworten``, ``Reply Quote``, ``ReplyDelete``.

    >>> is_reply_link("Reply"), is_reply_link("Reply Quote"), is_reply_link("Reply to Ann")
    (True, True, False)
    """
    if len(text) > 120:
        return False
    line = plain(text)
    return len(line) <= 60 and bool(_REPLY.match(line))


def is_like_count(text: str) -> bool:
    """A like control and its count alone ("Like 6", "Likes (12)", "Gefällt mir 2"): the
    line under a post's body, never a name.

    >>> is_like_count("Like 6"), is_like_count("Likes (12)"), is_like_count("Like Ann")
    (True, True, False)
    """
    return text[-1:] in "0123456789)" and _LIKE_COUNT.fullmatch(text) is not None


_LIKE_COUNT = re.compile(
    r"(?i)(?:likes?|gefällt mir|j['’]aime|me gusta|mi piace|curtir) ?\(?[0-9]{1,7}\)?"
)


def is_control_line(text: str) -> bool:
    """A line of controls under a body, each perhaps with its count: a reply link
    (`is_reply_link`), or "Like 14", "Reply Quote Like 3", "Upvote (12)".

    >>> is_control_line("Like 14"), is_control_line("Reply Quote Likes (3)")
    (True, True)
    >>> is_control_line("Like it"), is_control_line("Like 14 people"), is_control_line("reply 9")
    (False, False, False)
    """
    if is_reply_link(text):
        return True
    if len(text) > 120 or not any(ch.isdigit() for ch in text):
        return False
    line = plain(text)
    if _COUNTED_REPLY.fullmatch(line):
        return False  # ("reply 12" alone: a body may say so)
    return len(line) <= 60 and bool(_COUNTED_CONTROLS.match(line))


_MD_HEADING = re.compile(r"^#{1,6} +")


@functools.lru_cache(maxsize=LINE_CACHE)  # (a line is read more than once)
def plain(text: str) -> str:
    r"""The line as a reader sees it: without Markdown images, link targets, emphasis and
    escapes (html2text), without lynx's link numbers ("[12]"), whitespace collapsed,
    without marks no reader sees (zero-width spaces, direction marks).

    >>> plain("![](https://x/a.png) **Ann** says:"), plain("[20\\. Mai 2022](https://x/#c")
    ('Ann says:', '20. Mai 2022')
    """
    if text[:1] == "#":  # a Markdown heading's marks ("#### Ann 3/12/2021 at 1:48am")
        text = _MD_HEADING.sub("", text, count=1)
    elif text[:9] == _BUTTON:  # lynx's label of a button ("(BUTTON) Ann Lee 2 days ago":
        text = text[9:]  # the name is the button's text)
    elif _LATER_BUTTON in text:
        text = without_buttons(text)
    if "[" in text:
        if "](" in text:
            text = _MD_IMAGE.sub("", text)
            if "](" in text and _NUMBER_BY_PARENTHESIS.search(text) is not None:
                text = _NUMBER_BY_PARENTHESIS.sub("", text)  # (lynx: "[44](Edit)")
        text = _UNCLOSED_LINK.sub(" ", text)
        if "](" in text:
            escaped = "[[" in text or "\\)" in text
            linked = (_MD_LINK_ESCAPED if escaped else _MD_LINK).sub(r"\1", text)
            if not escaped and "](" in linked:  # (a pair of brackets inside a link's
                linked = _MD_LINK_ESCAPED.sub(r"\1", text)  # text: "[Title [转] « Blog](…)")
            text = linked
        text = LINK_NUMBERS.sub("", text)
    if "*" in text or "_" in text or "\\" in text:
        masked = "***" in text and text[:1] != "*" and " *" not in text
        emphasis = _MD_EMPHASIS_MASKED if masked else _MD_EMPHASIS
        text = emphasis.sub(_kept_name, text).replace("\\", "")
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # single spaces only (any other blank is not printable): as it is
    if _INVISIBLE_MARK.search(text) is not None:  # (rare: `str.translate` reads each
        text = text.translate(_INVISIBLE)  # character of a line through a dict)
    return " ".join(text.split())


_BUTTON = "(BUTTON) "  # how lynx prints a button, before its text
_LATER_BUTTON = " (BUTTON)"  # a button after some text (its label may be empty)


def without_buttons(text: str) -> str:
    """A header line without the buttons lynx prints after its date, each labelled by
    one word of letters: its controls ("DATE (BUTTON) quote (BUTTON) reply",
    `_WORD_BUTTONS`). The line as it is where no date closes the text before them ("Sort
    by: (BUTTON) Best"), where a button opens the line (a row of buttons, or one whose
    label is what follows it: "(BUTTON) Ann Lee", `plain` reads it so), or where a
    button's label is none or no word (a count, an icon's name: "(BUTTON) 1", "(BUTTON)
    more_horiz"; where a page prints those, its lines are read as before).

    >>> without_buttons("3 april 2024 @ 14:22 (BUTTON) quote (BUTTON) reply")
    '3 april 2024 @ 14:22'
    >>> without_buttons("(BUTTON) Ann Lee (BUTTON) Reply"), without_buttons("Sort (BUTTON) Best")
    ('(BUTTON) Ann Lee (BUTTON) Reply', 'Sort (BUTTON) Best')
    """
    at = text.find(_LATER_BUTTON)
    if at <= 0 or text[:9] == _BUTTON or not _WORD_BUTTONS.fullmatch(text, at):
        return text
    head = text[:at].rstrip()
    date = find_date(head)
    return head if date is not None and date_extent(head, date) >= len(head) else text


# buttons closing a line, each labelled by one word of letters ("(BUTTON) quote (BUTTON)
# reageer", "(BUTTON) 返信する")
_WORD_BUTTONS = re.compile(r"(?: \(BUTTON\) [^\W\d_]+)+ *")


# marks a reader does not see: zero-width spaces and joiners, the direction marks ("‎"
# before every date of some forums' pages), a byte-order mark
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"))
_INVISIBLE_MARK = re.compile("[\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff]")


def open_link(text: str) -> str | None:
    """How a Markdown line ends inside a link html2text wrapped onto the next line:
    ``"text"`` in the link's text ("[Ann](u)[October"), ``"target"`` in its target
    ("[Ann](http://ann-"), None when every link of the line is closed.

    >>> open_link("[Ann](u)[October"), open_link("[Ann](http://ann-"), open_link("[Ann](u)")
    ('text', 'target', None)
    """
    if "[" not in text:
        return None
    opened = text.rfind("[")
    if "]" not in text[opened:]:
        return "text"
    target = text.rfind("](")
    if target >= 0 and ")" not in text[target + 2 :] and " " not in text[target + 2 :]:
        return "target"
    return None


def _kept_name(match: re.Match[str]) -> str:
    return match.group(1) or ""


def squashed_name(name: str) -> str:
    """A name as a handle spells it: letters and digits, casefolded, accents off
    ("Ramón Díaz" → "ramondiaz", "kael.shipman" as "Kael Shipman").

    >>> squashed_name("Ramón Díaz"), squashed_name("kael.shipman")
    ('ramondiaz', 'kaelshipman')
    """
    folded = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))


def is_noise(text: str) -> bool:
    """A line that only stands for a picture or a profile link: ``[avatar]``, ``Profile``."""
    line = text.strip()
    return line[-1:] in _NOISE_ENDS and _NOISE_LINE.match(line) is not None


# "In reply to Tabs are better by Ann (not verified)": the answered comment's opening
# words and its author (the last " by " splits them: the words may hold one), in the
# languages a comment system prints it in, each lead with its "by": "Antwort auf … von
# Ann", "En réponse à … par Ann", "En respuesta a … por Ann", "In risposta a … di Ann",
# "Reactie op … door Ann", "В ответ на … от Ann"
_REFERENCE_BY = {
    **dict.fromkeys(("in reply to", "in response to", "replying to", "reply to"), "by"),
    **dict.fromkeys(("antwort auf", "als antwort auf"), "von"),
    "en réponse à": "par",
    **dict.fromkeys(("en respuesta a", "em resposta a"), "por"),
    "in risposta a": "di",
    **dict.fromkeys(("reactie op", "antwoord op", "als antwoord op"), "door"),
    "в ответ на": "от",
}
_REFERENCE_LEADS = "|".join(map(re.escape, sorted(_REFERENCE_BY, key=len, reverse=True)))
_REFERENCE_LEAD = re.compile(rf"(?i)^({_REFERENCE_LEADS})[ \u00a0]+")
_REFERENCE_SOMEWHERE = re.compile(rf"(?i)(?:{_REFERENCE_LEADS}) ")
_EXCERPT_REFERENCE = {  # (what follows the lead: the words, the last "by", the name)
    by: re.compile(rf"(?i)(\S.{{0,200}}) {by} (\S[^\n]{{0,80}})$")
    for by in set(_REFERENCE_BY.values())
}
_TRAILING_PAREN = re.compile(r"[ \u00a0]*\([^()\n]{1,30}\)$")


def may_name_reference(text: str) -> bool:
    """The text holds the lead of a reference line in some language ("in reply to ",
    "antwort auf "): where `read_excerpt_reference` is worth reading."""
    return _REFERENCE_SOMEWHERE.search(text) is not None


def read_excerpt_reference(text: str) -> tuple[str, str] | None:
    """The opening words and the author of the comment a reference line names, when it
    names both ("In reply to WORDS by NAME"); a note after the name, "(not verified)",
    is left out.

    >>> read_excerpt_reference("In reply to Tabs are better by Ann (not verified)")
    ('Tabs are better', 'Ann')
    >>> read_excerpt_reference("In reply to Ann") is None
    True
    >>> read_excerpt_reference("Antwort auf Danke für den… von Jo (nicht überprüft)")
    ('Danke für den…', 'Jo')
    """
    if len(text) > 400:
        return None
    line = plain(text)
    lead = _REFERENCE_LEAD.match(line)
    if lead is None:
        return None
    by = _REFERENCE_BY[lead.group(1).casefold()]
    match = _EXCERPT_REFERENCE[by].match(line, lead.end())
    if match is None:
        return None
    name = _TRAILING_PAREN.sub("", match.group(2)).strip()
    if not name or len(name.split()) > 6:
        return None
    return match.group(1).strip(), name
