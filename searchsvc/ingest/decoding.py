"""Bytes -> text: byte-order marks, declared charsets, windows-1251 detection, binary refusal.

>>> decode_page("Минск".encode("cp1251") * 20).encoding
'windows-1251'
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from .errors import IngestError

BOMS = [  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# File signatures of things scrapers sometimes save instead of a page.
MAGIC = [
    (b"%PDF", "PDF document"), (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"), (b"BZh", "bzip2-compressed data"),
    (b"\xd0\xcf\x11\xe0", "Microsoft Office document"), (b"\x7fELF", "executable"),
    (b"RIFF", "RIFF media file"),
]
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
# Cyrillic single-byte encodings charset-normalizer may propose; the region writes in cp1251.
_ACCEPTED_GUESSES = {"cp1251", "koi8_r", "koi8_u", "mac_cyrillic", "cp866", "iso8859_5", "utf_8", "ascii",
                     "cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "utf_16", "utf_32"}
# Share of undecodable bytes in otherwise-UTF-8 text that is a damaged file, not another encoding.
MAX_BAD_UTF8_SHARE = 0.01


@dataclass
class DecodedPage:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode_page(raw: bytes, html: bool = False) -> DecodedPage:
    """Decode a page's bytes or raise IngestError saying why it is not text.

    Order: BOM, then strict UTF-8, then (HTML) the declared charset, then charset-normalizer's
    guess among plausible encodings; UTF-8 with a few broken bytes is kept with a warning.
    """
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return DecodedPage(raw[len(bom):].decode(encoding), encoding)
            except UnicodeDecodeError:
                text = raw[len(bom):].decode(encoding, errors="replace")
                return DecodedPage(text, encoding, [f"invalid {encoding} byte sequences replaced"])
    utf16 = _bomless_utf16(raw)
    if utf16:
        try:
            return DecodedPage(raw.decode(utf16), utf16, [f"no byte-order mark: decoded as {utf16}"])
        except UnicodeDecodeError:
            pass
    binary = binary_kind(raw)
    if binary:
        raise IngestError(f"binary content ({binary}), not a text or HTML page")
    try:
        # Valid UTF-8 with non-ASCII letters is UTF-8 whatever the page declares: no real
        # windows-1251 text is valid UTF-8 by chance, but CMS migrations leave stale declarations.
        return DecodedPage(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if html:
        declared = declared_charset(raw)
        if declared and declared != "utf-8":
            try:
                return DecodedPage(raw.decode(declared), _pretty(declared))
            except (UnicodeDecodeError, LookupError):
                pass  # the declaration lies: detect instead
    replaced = raw.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    multibyte_ok = sum(1 for ch in replaced if ord(ch) > 127 and ch != "\ufffd")
    if multibyte_ok and bad <= max(3, MAX_BAD_UTF8_SHARE * len(raw)) and bad < multibyte_ok:
        return DecodedPage(replaced, "utf-8", [f"invalid UTF-8: {bad} undecodable byte sequence(s) replaced"])
    guess = _guess(raw)
    if guess is None:
        raise IngestError("cannot decode text: not valid UTF-8 and no plausible encoding detected")
    return DecodedPage(raw.decode(guess, errors="replace"), _pretty(guess), [f"no UTF-8: decoded as detected {_pretty(guess)}"])


def binary_kind(raw: bytes) -> str | None:
    """What a binary blob is, or None for text. NUL bytes never occur in text without a BOM."""
    head = raw[:16]
    for magic, kind in MAGIC:
        if head.startswith(magic):
            return kind
    sample = raw[:8192]
    if b"\x00" in sample:
        return "NUL bytes"
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    if sample and controls / len(sample) > 0.05:
        return "control characters"
    return None


def _bomless_utf16(raw: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text leaves a NUL in every other byte."""
    sample = raw[:4096]
    if len(sample) < 16 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.6 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.6 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def declared_charset(raw: bytes) -> str | None:
    m = _DECLARED.search(raw[:4096])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "replace").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    if codec.startswith(("utf-16", "utf-32")):  # a declaration read as ASCII cannot be UTF-16
        return None
    return codec


def _guess(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000], cp_isolation=None).best()
    if best is None:
        return None
    name = codecs.lookup(best.encoding).name.replace("-", "_")
    if name not in _ACCEPTED_GUESSES or best.chaos > 0.3:
        return None
    return best.encoding


def _pretty(name: str) -> str:
    codec = codecs.lookup(name).name
    return {"cp1251": "windows-1251", "cp1252": "windows-1252"}.get(codec, codec)
