"""Make untrusted page text safe and plain: no markup, no scripts, no invisible control characters.

>>> strip_markup('<b>Minsk</b> forum<script>alert(1)</script>')
'Minsk forum'

Stored titles and bodies are plain text; whoever renders them escapes them (snippets do).
"""

from __future__ import annotations

import html
import re
import unicodedata

# Limits a news page never reaches honestly.
MAX_INPUT_BYTES = 5_000_000  # one page or one JSON line; larger is refused, not parsed
MAX_TITLE_CHARS = 300  # longer titles are cut at a word boundary (with a warning)
MAX_BODY_CHARS = 100_000  # longer bodies are cut at a paragraph boundary (with a warning)
MIN_BODY_CHARS = 20  # a body shorter than this is not an article

# Elements whose content is code or styling, never text.
_CODE_ELEMENTS = re.compile(r"<(script|style|noscript|template|iframe|object|svg|math)\b[^>]*>.*?(</\1\s*>|$)", re.I | re.S)
_COMMENT = re.compile(r"<!--.*?(-->|$)", re.S)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>|<![A-Za-z][^<>]*>")
_BLOCK_TAG = re.compile(r"</?(p|div|br|li|h[1-6]|tr|blockquote|section|article)\b[^>]*>", re.I)
_LOOKS_LIKE_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!]|&[#A-Za-z0-9]+;")
# Control characters, soft hyphens, zero-width and bidirectional overrides (used to disguise text).
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")


def has_markup(text: str) -> bool:
    return bool(_LOOKS_LIKE_MARKUP.search(text))


def strip_markup(text: str, keep_paragraphs: bool = False) -> str:
    """Remove tags, comments and script/style content; decode entities; keep the words."""
    if not has_markup(text):
        return text
    for _ in range(2):  # twice: entity-escaped tags ("&lt;script&gt;") become tags once decoded
        text = _CODE_ELEMENTS.sub(" ", text)
        text = _COMMENT.sub(" ", text)
        if keep_paragraphs:
            text = _BLOCK_TAG.sub("\n\n", text)
        text = _TAG.sub(" " if not keep_paragraphs else "", text)
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


def strip_markup_by_line(text: str) -> tuple[str, set[int]]:
    """strip_markup for a text scrape, keeping its line structure; also returns the numbers of the
    lines that held only markup or code (their text is gone, the line stays, empty)."""
    def blank(m):  # a multi-line <script> leaves as many empty lines as it had
        return "\n" * m.group(0).count("\n")

    raw_lines = text.split("\n")
    kept = _COMMENT.sub(blank, _CODE_ELEMENTS.sub(blank, text)).split("\n")
    lines = [strip_markup(line) for line in kept]
    emptied = {i for i, (raw, plain) in enumerate(zip(raw_lines, lines)) if raw.strip() and not plain.strip()}
    return "\n".join(lines), emptied


def clean_line(text: str) -> str:
    """One line of plain text: NFC, no invisible characters, single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text).strip()


def clean_title(text: str) -> str:
    text = strip_markup(text)
    return clean_line(" ".join(text.split()))


def clean_body(text: str) -> str:
    """Paragraphs separated by one blank line, each a single line of clean text."""
    text = strip_markup(text, keep_paragraphs=True)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        para = clean_line(" ".join(block.split("\n")))
        if para:
            paragraphs.append(para)
    return "\n\n".join(paragraphs)


def truncate_title(title: str, warnings: list[str]) -> str:
    if len(title) <= MAX_TITLE_CHARS:
        return title
    cut = title[:MAX_TITLE_CHARS]
    if " " in cut[MAX_TITLE_CHARS // 2:]:
        cut = cut[: cut.rindex(" ")]
    warnings.append(f"title was {len(title)} characters: cut to {len(cut)} (limit {MAX_TITLE_CHARS})")
    return cut.rstrip(" ,;:-—") + "…"


def truncate_body(body: str, warnings: list[str]) -> str:
    if len(body) <= MAX_BODY_CHARS:
        return body
    cut = body[:MAX_BODY_CHARS]
    where = "a paragraph end"
    if "\n\n" in cut[MAX_BODY_CHARS // 2:]:
        cut = cut[: cut.rindex("\n\n")]
    else:
        sentence = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
        if sentence > MAX_BODY_CHARS // 2:
            cut, where = cut[: sentence + 1], "a sentence end"
        elif " " in cut[MAX_BODY_CHARS // 2:]:
            cut, where = cut[: cut.rindex(" ")], "a word boundary"
        else:
            where = "the limit"
    warnings.append(f"body was {len(body)} characters: cut to {len(cut)} at {where} (limit {MAX_BODY_CHARS})")
    return cut
