"""JSON Lines exports: one article per line, optionally with ready-made translations.

>>> for line_no, fields in parse_jsonl("export.jsonl"): ...

A line: {"url", "site", "title", "published", "body", "translations": {"ru": {"title", "body"}}}.
Exports from other CMSs name the same fields differently; ALIASES maps the common names ("text",
"date", "headline", "link", "source"...) onto ours, the first present one winning. A publication
date wins over a modification date (which is never read as one); a separate lead ("lead", "summary",
"teaser"...) opens the body unless the body already starts with it.
Each line is one input (reported as "export.jsonl:LINE"); a line that is not an article yields
an IngestError with the reason instead of fields. Blank lines are not inputs and are skipped.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from ..languages import LanguageRegistry, resolve
from .dates import parse_datetime_value
from .errors import IngestError
from .fields import PageFields
from .sanitise import MAX_INPUT_BYTES, clean_body, clean_title

REQUIRED = ("title", "body")
# Our field -> the keys other exports use for it, in order of preference (ours first).
# (WordPress, Drupal, Joomla, Bitrix, RSS and schema.org names; "name" last: some CMSs title a node so.)
ALIASES = {
    "body": ("body", "text", "content", "article_body", "articleBody", "full_text", "fulltext", "body_text",
             "detail_text", "introtext", "html"),
    "published": ("published", "date", "datePublished", "date_published", "pubDate", "pub_date", "pub",
                  "published_at", "publish_date", "publication_date", "created", "created_at", "date_created",
                  "date_active_from", "active_from"),
    "title": ("title", "headline", "heading", "header", "subject", "caption", "name"),
    "url": ("url", "link", "permalink", "canonical_url", "href"),
    "site": ("site", "source", "site_name", "site_title", "portal", "publisher", "source_name", "website"),
    "lead": ("lead", "summary", "teaser", "intro", "excerpt", "annotation", "preview_text", "description", "anons"),
}
KNOWN = {"published_time", "lang", "translations", "id"} | {k for keys in ALIASES.values() for k in keys}


def parse_jsonl(path: str | Path, languages: LanguageRegistry | None = None) -> Iterator[tuple[int, PageFields | IngestError]]:
    """Yield (line number, fields or IngestError) for every non-blank line, streaming the file.
    `languages`: which `lang` and `translations` keys are known (default: default_languages())."""
    with open(path, "rb") as fh:
        for line_no, raw in enumerate(_lines(fh), 1):
            if isinstance(raw, IngestError):
                yield line_no, raw
                continue
            if not raw.strip():
                continue
            try:
                yield line_no, parse_json_line(raw, languages)
            except IngestError as exc:
                yield line_no, exc


def _lines(fh) -> Iterator[bytes | IngestError]:
    """Lines of at most MAX_INPUT_BYTES; a longer line is reported and skipped, not read whole."""
    while True:
        line = fh.readline(MAX_INPUT_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_INPUT_BYTES and not line.endswith(b"\n"):
            size = len(line)
            while True:  # skip the rest of the oversized line in bounded chunks
                chunk = fh.readline(1 << 20)
                size += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield IngestError(f"line is {size / 1e6:.1f} MB, over the {MAX_INPUT_BYTES / 1e6:.0f} MB limit")
            continue
        yield line


def parse_json_line(raw: bytes, languages: LanguageRegistry | None = None) -> PageFields:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(f"invalid UTF-8 at byte {exc.start}") from exc
    text = text.rstrip("\r\n")  # the line break is not part of the record
    try:
        data = json.loads(text)
    except ValueError as exc:
        pos = getattr(exc, "pos", None)
        if pos is not None and pos >= len(text.rstrip()) - 1 and text.strip():
            raise IngestError(f"invalid JSON: the record is cut short (ends inside a value at column {pos + 1})") from exc
        raise IngestError(f"invalid JSON: {exc}") from exc
    except RecursionError as exc:
        raise IngestError("invalid JSON: nested too deeply") from exc
    return record_fields(data, languages)


def record_fields(data, languages: LanguageRegistry | None = None) -> PageFields:
    """A decoded JSON value -> the fields of an article, or IngestError saying what is wrong."""
    if not isinstance(data, dict):
        raise IngestError(f"JSON {type(data).__name__} is not an article object")
    if not KNOWN & data.keys():
        raise IngestError(f"JSON object is not an article (keys: {', '.join(sorted(map(str, data))[:8]) or 'none'})")
    data = _canonical_keys(data)
    if isinstance(data.get("lead"), str) and isinstance(data.get("body"), str):
        lead, body = data["lead"].strip(), data["body"].strip()
        if lead and not body.startswith(lead.rstrip(".…")):
            data["body"] = f"{lead}\n\n{body}"
    wrong = [k for k in REQUIRED if data.get(k) is not None and not isinstance(data[k], str)]
    if wrong:
        raise IngestError(f"article {' and '.join(wrong)} must be text, not {type(data[wrong[0]]).__name__}")
    missing = [k for k in REQUIRED if not isinstance(data.get(k), str) or not data[k].strip()]
    if missing:
        raise IngestError(f"article is missing {' and '.join(missing)}")
    warnings: list[str] = []
    languages = resolve(languages)
    published = published_time = None
    if data.get("published") not in (None, ""):
        parsed = parse_datetime_value(data["published"], languages)
        if parsed is None:
            warnings.append(f"published {str(data['published'])[:40]!r} is not a date: ignored")
        else:
            published, published_time = parsed
    if isinstance(data.get("published_time"), str) and published_time is None:
        published_time = data["published_time"][:5] if len(data["published_time"]) >= 5 else None
    for key in ("url", "site", "lang"):
        if data.get(key) is not None and not isinstance(data[key], str):
            warnings.append(f"{key} is not a string: ignored")
    return PageFields(
        url=data["url"] if isinstance(data.get("url"), str) else None,
        site=clean_title(data["site"]) if isinstance(data.get("site"), str) else None,
        title=data["title"],
        body=data["body"],
        published=published,
        published_time=published_time,
        lang=data["lang"] if data.get("lang") in languages else None,
        translations=_translations(data.get("translations"), warnings, languages),
        warnings=warnings,
    )


def _canonical_keys(data: dict) -> dict:
    """The record with each field under our name: the first alias holding a non-empty value wins
    (so an empty "body" next to a full "text" does not hide the text)."""
    out = dict(data)
    for field, keys in ALIASES.items():
        present = [k for k in keys if data.get(k) not in (None, "")]
        if present:
            out[field] = data[present[0]]
    return out


def _translations(value, warnings: list[str], languages: LanguageRegistry) -> dict[str, dict]:
    """Pre-made translations {lang: {title, body}}; a malformed language is dropped with a warning."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        warnings.append("translations is not an object: ignored")
        return {}
    out = {}
    for lang, tr in value.items():
        if lang not in languages:
            warnings.append(f"translation language {str(lang)[:10]!r} is not one of {', '.join(languages.codes)}: ignored")
            continue
        if not isinstance(tr, dict) or not all(isinstance(tr.get(k), str) and tr[k].strip() for k in ("title", "body")):
            warnings.append(f"translation {lang!r} needs a title and a body: ignored")
            continue
        title, body = clean_title(tr["title"]), clean_body(tr["body"])
        if title and body:
            out[lang] = {"title": title, "body": body}
        else:
            warnings.append(f"translation {lang!r} is empty after removing markup: ignored")
    return out
