"""JSON Lines exports: one article per line, optionally with ready-made translations.

>>> for line_no, fields in parse_jsonl("export.jsonl"): ...

A line: {"url", "site", "title", "published", "body", "translations": {"ru": {"title", "body"}}}.
Exports from other CMSs name the same fields differently; ALIASES maps the common names ("text",
"date", "headline", "link", "source"...) onto ours, the first present one winning. A publication
date wins over a modification date (which is never read as one); a separate lead ("lead", "summary",
"teaser"...) opens the body unless the body already starts with it; a separate time field
("time", "vremya") completes a date without one. When the keys leave the title or body unnamed
(keys like "t", "x", "f1"), `infer_roles` reads the roles from the values' shapes.
Each line is one input (reported as "export.jsonl:LINE"); a line that is not an article yields
an IngestError with the reason instead of fields. Blank lines are not inputs and are skipped.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterator

from ..entities.sites import SiteRegistry
from ..languages import LanguageRegistry, resolve
from .dates import parse_datetime_value, stated_date
from .errors import IngestError
from .fields import PageFields
from .sanitise import MAX_INPUT_BYTES, clean_body, clean_title

REQUIRED = ("title", "body")
# Our field -> the keys other exports use for it, in order of preference (ours first).
# (WordPress, Drupal, Joomla, Bitrix, RSS and schema.org names; "name" last: some CMSs title a node so;
# short names ("ttl", "dt", "lng"); Russian names transliterated ("zagolovok", "tekst", "data", "vremya").)
ALIASES = {
    "body": ("body", "text", "content", "article_body", "articleBody", "full_text", "fulltext", "body_text",
             "detail_text", "introtext", "html", "content_html", "content_text", "tekst", "tekst_stati", "soderzhanie"),
    "published": ("published", "date", "datePublished", "date_published", "pubDate", "pub_date", "pub",
                  "published_at", "publishedAt", "publish_date", "publication_date", "publishDate", "publicationDate",
                  "date_publish", "firstPublishedAt", "first_published_at", "created", "created_at", "date_created",
                  "dateCreated", "date_active_from", "active_from", "createdAt", "timestamp", "ts", "dt", "datetime",
                  "data", "data_publikatsii"),
    "published_time": ("published_time", "time", "vremya", "vremia"),  # a clock kept apart from the date
    "title": ("title", "headline", "heading", "header", "subject", "caption", "ttl", "zagolovok", "nazvanie",
              "name"),
    "url": ("url", "link", "permalink", "canonical_url", "href", "ssylka", "ssilka", "self"),
    "site": ("site", "source", "site_name", "site_title", "portal", "publisher", "source_name", "website",
             "channel", "izdanie", "istochnik"),
    "lead": ("lead", "summary", "teaser", "intro", "excerpt", "annotation", "preview_text", "description", "anons",
             "vrezka", "annotatsiya"),
    "lang": ("lang", "language", "lng", "locale", "yazyk", "jazyk"),
}
# The same fields under Russian and Belarusian key names (compared case-folded, "_" for spaces):
# exports made by the committees' own staff name their columns in their language.
ALIASES_CYRILLIC = {
    "body": ("текст", "текст_новости", "текст_статьи", "содержание", "содержимое", "тело", "полный_текст",
             "тэкст", "тэкст_навіны", "змест", "поўны_тэкст"),
    "published": ("дата", "дата_публикации", "опубликовано", "дата_и_время", "дата_публікацыі", "апублікавана",
                  "дата_і_час"),
    "published_time": ("время", "время_публикации", "час", "час_публікацыі"),
    "title": ("заголовок", "название", "тема", "загаловак", "назва"),
    "url": ("ссылка", "адрес", "url_адрес", "спасылка", "адрас"),
    "site": ("сайт", "источник", "издание", "портал", "сайт_источник", "крыніца", "выданне", "партал"),
    "lead": ("анонс", "лид", "аннотация", "краткое_содержание", "анатацыя", "кароткі_змест"),
    "lang": ("язык", "мова"),
}
# Keys that say a value is not the publication: read last, never as the date (WordPress "modified",
# Drupal "changed", "date_gmt": UTC without an offset).
NOT_PUBLISHED = {"modified", "date_modified", "datemodified", "changed", "updated", "updated_at", "modified_at",
                 "date_gmt", "modified_gmt", "last_modified", "lastmod", "изменено", "обновлено", "зменена",
                 "абноўлена"}
# Wrappers that hold one field's text: {"title": {"rendered": "..."}}, {"body": {"value": "..."}}.
_TEXT_HOLDERS = ("rendered", "value", "@value", "#text", "text", "raw", "html", "name")
# A site's object: its name and its address ({"источник": {"название": "...", "сайт": "https://..."}}).
_SITE_NAME_HOLDERS = ("name", "title", "название", "наименование", "назва", "найменне", "имя", "імя")
_SITE_URL_HOLDERS = ("url", "link", "href", "site", "website", "сайт", "адрес", "ссылка", "адрас", "спасылка")
KNOWN = {"translations", "id"} | {k for keys in ALIASES.values() for k in keys} | \
    {k for keys in ALIASES_CYRILLIC.values() for k in keys}

# Unix seconds read as a date only inside this span (2000-01-01 .. 2100-01-01): ids and counts are not dates.
EPOCH_SPAN = (946684800, 4102444800)
_CLOCK = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*$")
_URL = re.compile(r"^\s*https?://[^\s/]+\S*\s*$", re.I)
_LANG_CODE = re.compile(r"^\s*([a-z]{2})(?:[-_][a-z]{2})?\s*$", re.I)
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")


def parse_jsonl(path: str | Path, languages: LanguageRegistry | None = None,
                sites: SiteRegistry | None = None) -> Iterator[tuple[int, PageFields | IngestError]]:
    """Yield (line number, fields or IngestError) for every non-blank line, streaming the file.
    `languages`: which `lang` and `translations` keys are known (default: default_languages());
    `sites`: the known sites a value with no key is recognised as a site name by (the run's; default:
    loaded when such a record needs it)."""
    with open(path, "rb") as fh:
        for line_no, raw in enumerate(_lines(fh), 1):
            if isinstance(raw, IngestError):
                yield line_no, raw
                continue
            if not raw.strip():
                continue
            try:
                yield line_no, parse_json_line(raw, languages, sites)
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


def parse_json_line(raw: bytes, languages: LanguageRegistry | None = None,
                    sites: SiteRegistry | None = None) -> PageFields:
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
    return record_fields(data, languages, sites)


def record_fields(data, languages: LanguageRegistry | None = None, sites: SiteRegistry | None = None) -> PageFields:
    """A decoded JSON value -> the fields of an article, or IngestError saying what is wrong."""
    if not isinstance(data, dict):
        raise IngestError(f"JSON {type(data).__name__} is not an article object")
    languages = resolve(languages)
    keys = ", ".join(sorted(map(str, data))[:8]) or "none"
    data = flatten_record(data)
    named = bool(_KNOWN_KEYS & {_key(k) for k in data})
    data = _canonical_keys(data)
    data.update(_roles_by_key_words(data, languages))
    if any(not _has_text(data.get(k)) for k in REQUIRED):  # keys that say nothing: the values tell
        data.update(infer_roles(data, languages, sites))
    if not _has_text(data.get("title")) and _has_text(data.get("body")) and _has_text(data.get("lead")) \
            and "\n" not in data["lead"].strip() and len(data["lead"]) <= 300 \
            and len(_SENTENCE_END.findall(data["lead"])) <= 1:
        data["title"], data["lead"] = data["lead"], None  # an export without a title: its one-line lead is the headline
    if not named and any(not _has_text(data.get(k)) for k in REQUIRED):
        raise IngestError(f"JSON object is not an article (keys: {keys})")
    if not _has_text(data.get("body")) and isinstance(data.get("lead"), str) \
            and len(_SENTENCE_END.findall(data["lead"])) >= 2:
        data["body"], data["lead"] = data["lead"], None  # an RSS item: its description is the story
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
    published = published_time = None
    if data.get("published") not in (None, ""):
        parsed = stated_date(data["published"], warnings, languages)
        if parsed is not None:
            published, published_time = parsed
    if isinstance(data.get("published_time"), str) and published_time is None and published is not None:
        if clock := _CLOCK.match(data["published_time"]):  # a date and its time kept in two fields
            published_time = f"{int(clock[1]):02d}:{clock[2]}" if int(clock[1]) < 24 else None
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
        lang=_lang_code(data.get("lang"), languages),
        translations=_translations(data.get("translations"), warnings, languages),
        warnings=warnings,
        date_source="the record's publication field" if published else None,
    )


def _key(key) -> str:
    return re.sub(r"[\s\-]+", "_", str(key).strip().lower())


_KNOWN_KEYS = {_key(k) for k in KNOWN}
_SITE_KEYS = {_key(k) for k in (*ALIASES["site"], *ALIASES_CYRILLIC["site"])}


def flatten_record(data: dict, depth: int = 0) -> dict:
    """A record whose fields sit in nested objects, as one flat object with normalised keys:
    {"title": {"rendered": t}} -> {"title": t}; {"publisher": {"name": n}} -> {"publisher": n};
    {"meta": {"published": d}, "content": {"title": t, "body": b}} -> {"published": d, "title": t,
    "body": b}; {"data": {"attributes": {...}}} (JSON:API) likewise. A key of the outer object wins
    over the same key inside; "translations" is left as it is; modification dates are dropped
    (`NOT_PUBLISHED`), so that they are never read as the publication date."""
    out: dict = {}
    nested: list[dict] = []
    for key, value in data.items():
        k = key
        if _key(key) in NOT_PUBLISHED:
            continue
        if isinstance(value, dict) and "$date" in value:
            out.setdefault(k, value)  # a MongoDB date: dates.parse_datetime_value reads it
            continue
        if isinstance(value, dict) and k != "translations":
            site = _key(k) in _SITE_KEYS
            holders = (*_SITE_NAME_HOLDERS, *_TEXT_HOLDERS) if site else _TEXT_HOLDERS
            inner = {_key(h): v for h, v in value.items()}
            holder = next((inner[h] for h in holders if isinstance(inner.get(h), str) and inner[h].strip()), None)
            if holder is not None:
                out.setdefault(k, holder)
                url = next((inner[h] for h in _SITE_URL_HOLDERS if isinstance(inner.get(h), str) and _URL.match(inner[h])),
                           None) if site else None
                if url is not None:
                    nested.append({"url": url})
            elif depth < 4:
                nested.append(flatten_record(value, depth + 1))
            continue
        if isinstance(value, list) and _key(k) in _SITE_KEYS and value and isinstance(value[0], dict):
            value = value[0].get("name")
        out.setdefault(k, value)
    for inner in nested:
        for k, v in inner.items():
            if out.get(k) in (None, ""):
                out[k] = v
    return out


def _canonical_keys(data: dict) -> dict:
    """The record with each field under our name: the first alias holding a non-empty value wins
    (so an empty "body" next to a full "text" does not hide the text)."""
    out = dict(data)
    by_key: dict[str, object] = {}
    for key, value in data.items():
        if value not in (None, ""):
            by_key.setdefault(_key(key), value)  # "Дата публикации", "дата-публикации" -> "дата_публикации"
    for field, keys in ALIASES.items():
        present = [k for k in (*keys, *ALIASES_CYRILLIC[field]) if _key(k) in by_key]
        if present:
            out[field] = by_key[_key(present[0])]
    return out


# Key names no alias lists, read by the words in them: "published_local", "date_posted", "pubdate_msk" are
# the publication (never a key that says modified, updated or changed: NOT_PUBLISHED's words); "src_name",
# "source_title", "ресурс" the site; "origin", "source_url", "link_href" the URL.
_PUBLISHED_WORDS = re.compile(r"publi|posted|issued|released|опублик|апублік|размещ|размешч", re.I)
# (a clock's words too where the value is a whole moment: "час_unix": 1796051100, "time_epoch")
_DATE_WORDS = re.compile(r"date|created|when|дата|datum|time|unix|epoch|врем|час", re.I)
_NOT_PUBLISHED_WORDS = re.compile(r"modif|updat|chang|edit|lastmod|expir|revis|birth|deadline|измен|обнов|"
                                  r"змен|абнаў|абноў|правк", re.I)
_SITE_WORDS = re.compile(r"site|source|src|publisher|resource|portal|outlet|ресурс|рэсурс|сайт|источн|крыніц|выдан|"
                         r"издан|портал|партал", re.I)
_URL_WORDS = re.compile(r"url|uri|link|href|origin|ссылк|спасылк|адрес|адрас", re.I)


def _roles_by_key_words(data: dict, languages: LanguageRegistry) -> dict:
    """The date, site and URL of a record whose keys no alias names, read from the words in its keys
    (a value must still look the part: a date, a short name, an absolute URL). Roles already filled
    are left alone."""
    out: dict = {}
    keys = [k for k in data if k not in ALIASES and _key(k) not in _KNOWN_KEYS and data[k] not in (None, "")]
    if data.get("published") in (None, ""):
        dated = [k for k in keys if not _NOT_PUBLISHED_WORDS.search(str(k)) and _date_shaped(data[k], languages)]
        best = [k for k in dated if _PUBLISHED_WORDS.search(str(k))] or [k for k in dated if _DATE_WORDS.search(str(k))]
        if best:
            out["published"] = data[best[0]]
    for key in keys:
        value = data[key].strip() if isinstance(data[key], str) else None
        if not value:
            continue
        if _URL.match(value) and (_URL_WORDS.search(str(key)) or _SITE_WORDS.search(str(key))):
            if data.get("url") in (None, ""):
                out.setdefault("url", value)
        elif _SITE_WORDS.search(str(key)) and len(value) <= 120 and "\n" not in value and data.get("site") in (None, ""):
            out.setdefault("site", value)
    return out


def _has_text(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _lang_code(value, languages: LanguageRegistry) -> str | None:
    """A language code we know ("ru", "ru-RU", "be_BY"), or None."""
    m = _LANG_CODE.match(value) if isinstance(value, str) else None
    return m[1].lower() if m and m[1].lower() in languages else None


def _date_shaped(value, languages: LanguageRegistry) -> bool:
    """A value that is a date and nothing else: epoch seconds in 2000-2100, or a short string that
    parses as a date and holds at most two words (a weekday, a month), not a title mentioning one."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return EPOCH_SPAN[0] <= value < EPOCH_SPAN[1]
    if not isinstance(value, str) or len(value) > 40 or not re.search(r"\d{4}", value):
        return False
    return len(re.findall(r"[^\W\d_]{2,}", value)) <= 2 and parse_datetime_value(value, languages) is not None


def infer_roles(data: dict, languages: LanguageRegistry, sites: SiteRegistry | None = None) -> dict:
    """Fields read from the values of keys no alias names, for exports whose keys say nothing.

    Each value is judged by its shape: a URL is the link (its host later gives the site); a value
    the site registry knows (any language) is the site; a two-letter code we know is the language;
    a date-shaped string or epoch seconds in 2000-2100 is the date, an "HH:MM" string its time;
    of the remaining strings the longest with more than one sentence (or line) is the body and the
    longest one-line string is the title. Roles the aliases already filled are left alone. `sites`: the
    run's known sites (default: loaded when a value needs it)."""
    strings, out = [], {}
    for key, value in data.items():
        if _key(key) in _KNOWN_KEYS or key in ALIASES:
            continue
        if _date_shaped(value, languages):
            out.setdefault("published", value)
            continue
        if not _has_text(value):
            continue
        text = value.strip()
        if _URL.match(text):
            out.setdefault("url", text)
        elif _CLOCK.match(text):
            out.setdefault("published_time", text)
        elif _lang_code(text, languages):
            out.setdefault("lang", text)
        elif len(text) <= 120 and (sites := sites if sites is not None else SiteRegistry.load()).get(text) is not None:
            out.setdefault("site", text)
        else:
            strings.append(text)
    bodies = [t for t in strings if "\n" in t or len(_SENTENCE_END.findall(t)) >= 2]
    if bodies:
        out["body"] = max(bodies, key=len)
    titles = [t for t in strings if t not in bodies and "\n" not in t and len(t) <= 300
              and re.search(r"[^\W\d_]{2,}", t) and " " in t.strip()]  # (an id "zav-2026-01" is no headline)
    if titles:
        out["title"] = max(titles, key=len)
    return {k: v for k, v in out.items() if data.get(k) in (None, "")}


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
