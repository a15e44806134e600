"""Pages inside the containers crawlers and browsers save them in: WARC files (ISO 28500, what Heritrix, wget
--warc-file and Browsertrix write), MHTML files (RFC 2557, a browser's "save as single file"), and Wayback Machine
snapshots (the archived page with the archive's toolbar and rewritten links).

>>> for n, record in warc_records(raw): ...          # one (number, HTML bytes + URL, or IngestError) per page record
>>> html, url = mhtml_page(raw)                      # the saved page's HTML part and its address
>>> text, url = unwrap_wayback(text)                 # the page as its site served it, and its original address

Every container carries dates of its own -- WARC-Date (the crawl), an MHTML "Date:" header (the save), the
capture timestamps in a Wayback address and toolbar -- that are never the story's publication date: the page
inside is read as if it had been fetched from the site itself, with the site's own address, so only what the
site printed dates the story. Stdlib only: the available WARC library (warcio 1.8) pulls in `six`, and the
subset a news scrape holds (response and resource records, chunked or gzip HTTP bodies) is small.
"""

from __future__ import annotations

import email.parser
import email.policy
import gzip
import re
import zlib
from dataclasses import dataclass
from typing import Iterator

from .errors import IngestError

WARC_MAGIC = b"WARC/"
_GZIP_MAGIC = b"\x1f\x8b"
# Record types that hold a fetched document; request, metadata, warcinfo and revisit records hold none.
_PAGE_RECORDS = ("response", "resource")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class ArchivedPage:
    """One page a container holds: its bytes as the site served them (HTTP headers removed, transfer and
    content encodings undone) and the address the site served it from."""
    raw: bytes
    url: str | None


def is_warc(head: bytes) -> bool:
    """Whether the first bytes are a WARC file's (plain, or a gzip member of one)."""
    if head.startswith(_GZIP_MAGIC):
        try:
            return zlib.decompressobj(31).decompress(head, 64).startswith(WARC_MAGIC)
        except zlib.error:
            return False
    return head.lstrip(b"\r\n").startswith(WARC_MAGIC)


def warc_records(raw: bytes) -> Iterator[tuple[int, ArchivedPage | IngestError]]:
    """(number from 1, page or IngestError) for every response/resource record of a WARC file; other records
    (request, metadata, warcinfo, revisit) are the crawler's bookkeeping, not pages, and are skipped."""
    if raw.startswith(_GZIP_MAGIC):
        try:
            raw = gzip.decompress(raw)  # a .warc.gz is one gzip member per record: decompress reads them all
        except (OSError, EOFError, zlib.error) as exc:
            yield 0, IngestError(f"WARC file is not valid gzip: {exc}")
            return
    pos, n = 0, 0
    while True:
        while raw[pos:pos + 2] == b"\r\n" or raw[pos:pos + 1] == b"\n":
            pos += 2 if raw[pos:pos + 2] == b"\r\n" else 1
        if pos >= len(raw):
            return
        if not raw.startswith(WARC_MAGIC, pos):
            yield n + 1, IngestError(f"WARC record {n + 1} does not start with a WARC version line (byte {pos})")
            return
        end = raw.find(b"\r\n\r\n", pos)
        if end < 0:
            yield n + 1, IngestError(f"WARC record {n + 1} has no end of headers")
            return
        headers = _headers(raw[pos:end].split(b"\r\n")[1:])
        try:
            length = int(headers.get("content-length", ""))
        except ValueError:
            yield n + 1, IngestError(f"WARC record {n + 1} has no Content-Length")
            return
        block = raw[end + 4:end + 4 + length]
        pos = end + 4 + length
        kind = headers.get("warc-type", "").lower()
        if kind not in _PAGE_RECORDS:
            continue
        n += 1
        url = headers.get("warc-target-uri", "").strip("<> ") or None
        if len(block) < length:
            yield n, IngestError(f"WARC record {n} ({url}) is cut: {len(block)} of {length} bytes")
            return
        try:
            yield n, _record_page(kind, headers, block, url)
        except IngestError as exc:
            yield n, IngestError(f"WARC record {n} ({url}): {exc}")


def _headers(lines) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in lines:
        name, sep, value = line.decode("latin-1").partition(":")
        if sep:
            out[name.strip().lower()] = value.strip()
    return out


def _record_page(kind: str, headers: dict[str, str], block: bytes, url: str | None) -> ArchivedPage:
    if kind == "resource":  # the document itself, no HTTP envelope
        content_type = headers.get("content-type", "")
        body = block
    else:
        head_end = block.find(b"\r\n\r\n")
        if head_end < 0:
            raise IngestError("HTTP response has no end of headers")
        status_line, *lines = block[:head_end].split(b"\r\n")
        status = status_line.split(b" ", 2)
        if len(status) < 2 or not status[1].isdigit():
            raise IngestError(f"not an HTTP response: {status_line[:60]!r}")
        if status[1] != b"200":
            raise IngestError(f"the site answered HTTP {status[1].decode()}, not a page")
        http = _headers(lines)
        content_type = http.get("content-type", "")
        body = block[head_end + 4:]
        if "chunked" in http.get("transfer-encoding", "").lower():
            body = _dechunk(body)
        coding = http.get("content-encoding", "").lower()
        if coding in ("gzip", "x-gzip", "deflate"):
            try:
                body = zlib.decompress(body, 31 if "gzip" in coding else 15)
            except zlib.error as exc:
                raise IngestError(f"{coding} body does not decompress: {exc}") from exc
        elif coding not in ("", "identity"):
            raise IngestError(f"body in content encoding {coding!r} that the reader does not decode")
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime and mime not in _HTML_TYPES and not mime.startswith("text/"):
        raise IngestError(f"not a page: {mime}")
    return ArchivedPage(body, url)


def _dechunk(body: bytes) -> bytes:
    out, pos = bytearray(), 0
    while pos < len(body):
        line_end = body.find(b"\r\n", pos)
        if line_end < 0:
            break
        try:
            size = int(body[pos:line_end].split(b";", 1)[0], 16)
        except ValueError:
            raise IngestError("chunked HTTP body has a bad chunk size") from None
        if size == 0:
            break
        out += body[line_end + 2:line_end + 2 + size]
        pos = line_end + 2 + size + 2
    return bytes(out)


def is_mhtml(head: bytes) -> bool:
    """Whether the first bytes are an MHTML file's: MIME headers announcing a multipart/related message."""
    low = head[:2048].lower()
    return b"multipart/related" in low and (low.startswith((b"from:", b"mime-version", b"snapshot-content-location",
                                                            b"subject:", b"date:", b"content-type:")))


def mhtml_page(raw: bytes) -> ArchivedPage:
    """The saved page of an MHTML file: its first text/html part (the document; the other parts are its images
    and styles), transfer encoding (quoted-printable, base64) undone, with the address it was saved from."""
    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(raw)
    if not message.is_multipart():
        raise IngestError("MHTML file is not a multipart message")
    for part in message.walk():
        if part.get_content_type() in _HTML_TYPES:
            body = part.get_payload(decode=True)
            if not body:
                continue
            charset = part.get_content_charset()
            if charset and charset.lower().replace("_", "-") not in ("utf-8", "us-ascii"):
                try:  # the part header names the charset; the page's own <meta> may not
                    body = body.decode(charset).encode("utf-8")
                except (LookupError, UnicodeDecodeError):
                    pass
            url = part.get("Content-Location") or message.get("Snapshot-Content-Location")
            return ArchivedPage(body, url.strip() if url else None)
    raise IngestError("MHTML file holds no HTML part")


# A Wayback Machine address: https://web.archive.org/web/<14-digit capture time><modifier>/<original address>
# (or the same path alone, "/web/<time>/<address>", as the archive rewrites links on the page)
_WAYBACK_URL = re.compile(r"(?:https?:)?//web\.archive\.org/web/\d{4,14}(?:[a-z]{2}_)?/|"
                          r"(?<=[\"'(=])/web/\d{14}(?:[a-z]{2}_)?/", re.I)
# The original address the archive's player is told about: __wm.wombat("https://site/page", "2026...", ...)
_WAYBACK_ORIGINAL = re.compile(r"__wm\.wombat\(\s*[\"']([^\"']+)[\"']")
_WAYBACK_TOOLBAR = re.compile(r"<!--\s*BEGIN WAYBACK TOOLBAR INSERT\s*-->.*?<!--\s*END WAYBACK TOOLBAR INSERT\s*-->",
                              re.I | re.S)
_WAYBACK_HEAD = re.compile(r"<script[^>]*(?:archive\.org|wombat|__wm\.)[^>]*>.*?</script>|"
                           r"<link[^>]*(?:archive\.org/_static|web-static\.archive\.org)[^>]*>|"
                           r"<!--\s*End Wayback Rewrite JS Include\s*-->", re.I | re.S)
_WAYBACK_TAIL = re.compile(r"<!--\s*FILE ARCHIVED ON.*?-->|<!--\s*playback timings.*?-->", re.I | re.S)
_WAYBACK_MARK = re.compile(r"web\.archive\.org/web/\d{8}|BEGIN WAYBACK TOOLBAR INSERT", re.I)


def unwrap_wayback(text: str) -> tuple[str, str | None]:
    """A Wayback Machine snapshot -> (the page as its site served it, the original address of the page or
    None): the toolbar, the archive's scripts and its "FILE ARCHIVED ON" note removed, every rewritten link
    pointed back at the site (so the capture times in them are never read as dates). Other pages unchanged."""
    if not _WAYBACK_MARK.search(text[:200_000]):
        return text, None
    player = _WAYBACK_ORIGINAL.search(text)
    original = player.group(1) if player else None
    canonical = re.search(r"<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)", text, re.I) or \
        re.search(r"<meta[^>]+property=[\"']og:url[\"'][^>]*content=[\"']([^\"']+)", text, re.I)
    if original is None and canonical and _WAYBACK_URL.match(canonical.group(1)):
        original = _WAYBACK_URL.sub("", canonical.group(1), count=1)
    text = _WAYBACK_TOOLBAR.sub("", text)
    text = _WAYBACK_HEAD.sub("", text)
    text = _WAYBACK_TAIL.sub("", text)
    text = _WAYBACK_URL.sub("", text)
    return text, original
