"""Reading the source: bytes to text, and text to the one normalised form the grammar reads.

Normalisation is done once, here: a leading BOM is dropped, CRLF and lone CR become
``\\n``; nothing else is touched (U+2028, form feeds and the like stay inside their
line, since the grammar splits on ``\\n`` only). Offsets in every `Span` index the
normalised text.
"""

from __future__ import annotations

import codecs

import attrs

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@attrs.define(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, and how."""

    text: str
    encoding: str
    guessed: bool = False  # True when the bytes were not valid in the encoding tried first


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the first 8 KiB (outside UTF-16/32, which have a BOM) mean binary."""
    head = data[:8192]
    return b"\x00" in head and not any(head.startswith(bom) for bom, _ in _BOMS)


def decode(data: bytes) -> Decoded:
    """Decode a dump: a BOM wins; then strict UTF-8; then cp1252, then latin-1 (never fails).

    >>> decode("Grüße".encode("utf-8")).text, decode("Grüße".encode("cp1252")).encoding
    ('Grüße', 'cp1252')
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(encoding, errors="replace"), encoding)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return Decoded(data.decode("cp1252"), "cp1252", guessed=True)
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "latin-1", guessed=True)


def normalise(text: str) -> str:
    """Drop a leading BOM; turn CRLF and lone CR into LF.

    >>> normalise("\\ufeffa\\r\\nb\\rc")
    'a\\nb\\nc'
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
