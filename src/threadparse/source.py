"""Reading the source: bytes to text, and text to the one normalised form the grammar reads.

Normalisation is done once, here: a leading BOM is dropped, CRLF and lone CR become
``\\n``, and a picture's placeholder printed in the left margin of many lines (w3m's
"[s]" for a spacer) becomes blanks of its width (`blank_margin_pictures`); nothing else
is touched (U+2028, form feeds and the like stay inside their line, since the grammar
splits on ``\\n`` only). Offsets in every `Span` index the normalised text.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter

import attrs

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@attrs.define(frozen=True, slots=True)
class StrayBytes:
    """Bytes of a UTF-8 dump that are not valid UTF-8, one line's worth, and how they
    were read: each as the cp1252 character it is there (U+FFFD for the five bytes
    cp1252 leaves undefined).

    Attributes:
        line, column: where the first of them is, in the normalised text (1-based).
        offset: the character offset of that place in the normalised text.
        raw: the bytes, in order.
        read_as: the characters they became.
    """

    line: int
    column: int
    offset: int
    raw: bytes
    read_as: str

    def describe(self) -> str:
        shown = " ".join(f"0x{b:02X}" for b in self.raw[:8]) + (" …" if len(self.raw) > 8 else "")
        noun = "byte" if len(self.raw) == 1 else "bytes"
        return f"{len(self.raw)} {noun} not valid UTF-8 ({shown}), read as cp1252 {self.read_as!r}"


@attrs.define(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes and normalised (see `normalise`), and how.

    Attributes:
        text: the normalised text.
        encoding: ``"utf-8"``, or the encoding a byte-order mark named.
        stray: the lines with bytes that were not valid UTF-8, in order (empty when the
            bytes were all valid, or had a byte-order mark).
    """

    text: str
    encoding: str
    stray: tuple[StrayBytes, ...] = ()

    @property
    def guessed(self) -> bool:
        """Some bytes were not valid in the encoding and had to be read another way."""
        return bool(self.stray)


# Bytes that are not valid UTF-8 come out of "surrogateescape" as U+DC80-U+DCFF, one
# character per byte; each is then read as its cp1252 character.
_ESCAPED = re.compile("[\udc80-\udcff]+")
_CP1252 = {0xDC00 + b: (bytes([b]).decode("cp1252", errors="replace")) for b in range(0x80, 0x100)}


def nul_position(data: bytes) -> int:
    """The byte offset of the first NUL byte of a dump that is not UTF-16/32 (whose
    characters hold NUL bytes), else -1: a NUL anywhere means the file is binary."""
    if any(
        data.startswith(bom) for bom, encoding in _BOMS if "-16" in encoding or "-32" in encoding
    ):
        return -1
    return data.find(b"\x00")


def looks_binary(data: bytes) -> bool:
    """NUL bytes anywhere (outside UTF-16/32, which have a BOM) mean binary."""
    return nul_position(data) >= 0


def decode(data: bytes) -> Decoded:
    """Decode and normalise a dump: a BOM names the encoding; otherwise UTF-8, where each
    byte that is not valid UTF-8 is read as the cp1252 character it would be (a stray
    byte of a Windows text in a UTF-8 file) and reported in ``stray`` with its place.

    >>> decode("Grüße".encode("utf-8")).text
    'Grüße'
    >>> d = decode("Grüße, ".encode("utf-8") + b"caf\\xe9 au lait")
    >>> d.text, [(s.line, s.column, s.raw, s.read_as) for s in d.stray]
    ('Grüße, café au lait', [(1, 11, b'\\xe9', 'é')])
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors="replace")
            return Decoded(normalise(text), encoding)
    try:
        return Decoded(normalise(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    text = normalise(data.decode("utf-8", errors="surrogateescape"))
    by_line: dict[int, tuple[int, int, list[str]]] = {}  # line: (column, offset, escapes)
    line, line_start, counted = 1, 0, 0
    for match in _ESCAPED.finditer(text):
        start = match.start()
        breaks = text.count("\n", counted, start)
        if breaks:
            line += breaks
            line_start = text.rfind("\n", counted, start) + 1
        counted = start
        if line not in by_line:
            by_line[line] = (start - line_start + 1, start, [])
        by_line[line][2].append(match.group())
    stray = []
    for number, (column, offset, pieces) in by_line.items():
        escaped = "".join(pieces)
        raw = bytes(ord(c) - 0xDC00 for c in escaped)
        stray.append(StrayBytes(number, column, offset, raw, escaped.translate(_CP1252)))
    return Decoded(text.translate(_CP1252), "utf-8", tuple(stray))


def normalise(text: str) -> str:
    """Drop a leading BOM; turn CRLF and lone CR into LF; blank the pictures' placeholders
    in the lines' margins (`blank_margin_pictures`).

    >>> normalise("\\ufeffa\\r\\nb\\rc")
    'a\\nb\\nc'
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return blank_margin_pictures(text)


# A picture's placeholder alone in a line's left margin: a word of one to three letters
# in brackets after the indentation (w3m prints a spacer picture as "[s]"), the line's
# text a gap of blanks after it
_MARGIN_PICTURE = re.compile(r"^([ \t]*)(\[[A-Za-z]{1,3}\])(?= {2,}\S)", re.MULTILINE)
_MARGIN_RUN = 2  # lines with the same placeholder in their margin, at least
# the mark w3m prints for the same picture where its cell has no width (a top post's
# row), at the margin too: "*   tears and three …"
_MARGIN_MARK = re.compile(r"^([ \t]*)(\*)(?= {2,}\S)", re.MULTILINE)


def blank_margin_pictures(text: str) -> str:
    """The text with each picture's placeholder that stands alone in a line's left
    margin (`_MARGIN_PICTURE`: "      [s]   Not to mention …") turned into blanks of
    its width, where the same placeholder does so on `_MARGIN_RUN` lines or more: w3m
    prints a spacer so, and the text after it is the line's, at the column its
    neighbours stand at; so does a "*" at the margin where such a placeholder stands
    (w3m's mark for the same picture in a narrower cell: a top post's row). The
    length stays (offsets into the text stay). A bracketed
    word inside a sentence, after a single space ("[x] Done"), alone on its line (a
    button, a badge) or in one margin only, stays.

    >>> blank_margin_pictures("  Ann\\n[s]   Hi\\n[s]   there\\nI ticked [x] it")
    '  Ann\\n      Hi\\n      there\\nI ticked [x] it'
    """
    if "]  " not in text:
        return text
    found = list(_MARGIN_PICTURE.finditer(text))
    counts = Counter(match[2] for match in found)
    repeated = {word for word, count in counts.items() if count >= _MARGIN_RUN}
    if not repeated:
        return text
    blanked = [match for match in found if match[2] in repeated]
    columns = {len(match[1]) for match in blanked}
    blanked += (m for m in _MARGIN_MARK.finditer(text) if len(m[1]) in columns)
    blanked.sort(key=lambda match: match.start())
    pieces: list[str] = []
    last = 0
    for match in blanked:
        pieces += (text[last : match.start(2)], " " * len(match[2]))
        last = match.end(2)
    pieces.append(text[last:])
    return "".join(pieces)
