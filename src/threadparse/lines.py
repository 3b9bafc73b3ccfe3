"""What a single line says: comment header, declared count, date, reply link, furniture.

Pure functions over one stripped line of text, used by the transformer to give the
outline its meaning. Every pattern here is linear: no two adjacent quantifiers can
match the same character, and digits are ASCII ``[0-9]`` only.
"""

from __future__ import annotations

import re

import attrs

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
    + ["dit:", "écrit:", "a écrit:", "ha scritto:", "scrive:", "scrisse:"]
    # Dutch, Scandinavian, Finnish, Polish
    + "zegt: schreef: skriver: skrev: sier: sa: kirjoitti: sanoo: napisał: pisze: mówi:".split()
)
# Verbs printed with a space before the colon ("dit :", "écrit :").
_SPACED_COLON = re.compile(r"[ \u00a0]+:$")
_PING = re.compile(r"(?i)^(pingback|trackback)\s*:\s*")

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
    r"(?:replies|reply|comments?|responses?|thoughts|opinions|reactions|"
    r"kommentare?|antworten|antwort|gedanken(?:\s+zu)?|reaktionen|"
    r"comentarios?|respuestas?|comentários?|commentaires?|réponses?|commenti|risposte|"
    r"reacties|kommentarer|komentar|komentarzy?|tanggapan)"
)
_COUNT = re.compile(
    r"(?i)^(?:this post has |there (?:are|is) |se han publicado |es gibt )?"
    r"([0-9]{1,7}|[a-z]{1,6})[ \u00a0]" + _COUNT_NOUNS + r"\b(?:[ \u00a0:][^\n]{0,300})?$"
)
_COUNT_PAREN = re.compile(r"(?i)^" + _COUNT_NOUNS + r"[ \u00a0]?\(([0-9]{1,7})\)$")

_CLOSED = re.compile(
    r"(?i)^(?:comments are closed|comments (?:are )?closed|comments? (?:is|are) disabled|"
    r"kommentare sind (?:geschlossen|deaktiviert)|die kommentarfunktion ist geschlossen|"
    r"los comentarios están cerrados|comentários (?:estão )?encerrados|"
    r"les commentaires sont fermés)\b[.!]?"
)
# Icon and control labels that converters print as text: "image_print", "share_button".
_ICON_LABEL = re.compile(r"^[a-z]+(?:_[a-z]+)+$")

_REPLY = re.compile(
    r"(?i)^(?:reply|replydelete|reply ↓|↩ reply|antworten|responder|responde|balas|"
    r"répondre|rispondi|reageer|svar|odpowiedz|vastaa|reply to this comment|"
    r"log in to reply|login to reply|delete|löschen|report|melden|like|permalink|quote)"
    r"(?:[ \u00a0]*[↓→↩])?$"
)

_MONTHS = (
    r"(?:jan(?:uary|uar|vier|eiro)?|feb(?:ruary|ruar)?|f[ée]v(?:rier)?|m[aä]r(?:ch|z|s)?|"
    r"apr(?:il)?|avr(?:il)?|abr(?:il)?|may|mai|mayo|maio|jun(?:e|i|io|ho)?|juin|"
    r"jul(?:y|i|io|ho)?|juil(?:let)?|aug(?:ust)?|ao[uû]t|ago(?:sto)?|sep(?:t(?:ember|embre|iembre)?)?|"
    r"set(?:embro)?|o[ck]t(?:ober|obre|ubre)?|out(?:ubro)?|nov(?:ember|embre|iembre|embro)?|"
    r"de[cz](?:ember|embre|iembre|embro)?|dic(?:iembre)?|enero|febrero|marzo|junio|julio)\.?"
)
_DATE = re.compile(
    r"(?i)(?:"
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}"  # 2019-05-30
    r"|[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4}"  # 30.05.2019, 5/30/19
    r"|[0-9]{1,2}\.?[ \u00a0]+" + _MONTHS + r"[ \u00a0,]+[0-9]{4}"  # 30. Mai 2019
    r"|" + _MONTHS + r"[ \u00a0]+[0-9]{1,2}(?:st|nd|rd|th)?,?[ \u00a0]+[0-9]{4}"  # May 30, 2019
    r"|[0-9]{1,2}[ \u00a0]+de[ \u00a0]+"
    + _MONTHS
    + r"[ \u00a0]+de[ \u00a0]+[0-9]{4}"  # 30 de mayo de 2019
    r"|[0-9]{1,3}[ \u00a0]+"
    r"(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?)[ \u00a0]+ago"
    r"|vor[ \u00a0]+[0-9]{1,3}[ \u00a0]+(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)"
    r"|hace[ \u00a0]+[0-9]{1,3}[ \u00a0]+(?:segundos|minutos|horas|días|semanas|meses|años)"
    r")"
)
_TIME = re.compile(r"(?i)\b[0-9]{1,2}[:.][0-9]{2}(?:[ \u00a0]?(?:am|pm|uhr|h))?\b")


@attrs.define(frozen=True, slots=True)
class Header:
    """What a comment header line says."""

    author: str | None
    kind: str = "comment"  # comment | pingback | trackback
    date: str | None = None


def split_header(text: str) -> Header | None:
    """Read ``"Dave K says:"``-style header lines; None when the line is not one.

    >>> split_header("Dave K says:")
    Header(author='Dave K', kind='comment', date=None)
    >>> split_header("Pingback: Weekly links | A Blog says:")
    Header(author='Weekly links | A Blog', kind='pingback', date=None)
    >>> split_header("He says: no") is None
    True
    """
    line = text.strip()
    if not line.endswith(":") or len(line) > 300:
        return None
    line = _SPACED_COLON.sub(":", line)
    head, _, verb = line.rpartition(" ")
    if verb.lower() not in HEADER_VERBS:
        head2, _, verb2 = head.rpartition(" ")  # two-word verbs: "a écrit:", "ha scritto:"
        if f"{verb2} {verb}".lower() not in HEADER_VERBS:
            return None
        head = head2
    head = head.strip()
    kind = "comment"
    ping = _PING.match(head)
    if ping:
        kind = ping.group(1).lower()
        head = head[ping.end() :]
    return Header(head or None, kind)


def declared_count(text: str) -> int | None:
    """The number a comment-count heading declares, or None.

    >>> declared_count("44 replies"), declared_count("One Response to “Going mobile”")
    (44, 1)
    >>> declared_count("Comments (3)"), declared_count("I have 3 comments on this") is None
    (3, True)
    """
    line = text.strip()
    if len(line) > 400:
        return None
    m = _COUNT.match(line)
    if m:
        number = m.group(1)
        if number.isascii() and number.isdigit():
            return int(number)
        return _NUMBER_WORDS.get(number.lower())
    m = _COUNT_PAREN.match(line)
    return int(m.group(1)) if m else None


def is_closed_notice(text: str) -> bool:
    """``Comments are closed.`` and its translations."""
    return bool(_CLOSED.match(text.strip()))


def is_icon_label(text: str) -> bool:
    """An icon or control label printed as text: ``image_print``, ``share_button``."""
    return bool(_ICON_LABEL.match(text.strip()))


def is_reply_link(text: str) -> bool:
    """A reply/delete/like control: ``Reply``, ``Antworten``, ``ReplyDelete``."""
    return bool(_REPLY.match(text.strip()))


def find_date(text: str) -> str | None:
    """The date text in a line, or None.

    >>> find_date("May 30, 2019 at 5:38 PM")
    'May 30, 2019'
    """
    m = _DATE.search(text)
    return m.group(0) if m else None


def is_date_line(text: str) -> bool:
    """A line that is essentially a date (and time): ``19. Juni 2018 um 15:28 Uhr``.

    >>> is_date_line("November 25, 2020 at 9:16 am"), is_date_line("I met her on May 3, 2019.")
    (True, False)
    """
    line = text.strip()
    if len(line) > 60:
        return False
    m = _DATE.search(line)
    if not m:
        return False
    rest = line[: m.start()] + line[m.end() :]
    rest = _TIME.sub("", rest)
    words = [w for w in re.split(r"[\s,|·•@-]+", rest) if w]
    return len(words) <= 3
