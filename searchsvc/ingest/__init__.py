"""Ingestion: raw scraped pages (plain text, HTML, JSON Lines, RSS/Atom feeds, and the containers and exports
pages come in: WARC, MHTML, Wayback snapshots, Telegram and VK exports, trafilatura XML) -> clean Articles.

>>> report = ingest_paths(["page.txt", "site.html", "export.jsonl"], extractor=services.extractor)
>>> report.articles[0].title, report.check()

Every input (a file, one line of a JSON Lines file, one item of a feed) ends as exactly one IngestResult: a new
article (a story), the site's edition of a story in another language (`edition_of`), a reprint
merged into a story (`duplicate_of`, another site's copy or retelling), or a rejection with a
reason. Nothing one input contains can stop the batch:
`inputs == articles + editions_linked + reprints_merged + rejected`.

What happens to bad input (reasons and warnings are shown by `searchsvc ingest`):
- rejected: empty or whitespace-only, binary (file signature or NUL/control bytes), over
  MAX_INPUT_BYTES (5 MB per page or JSON line, refused unread), undecodable bytes, no title or
  no body (also after removing markup), body under MIN_BODY_CHARS, only site chrome, JSON that is
  not an article object (each JSON Lines line on its own), a saved error page (headline "404",
  "Страница не найдена"), an HTML section page whose headline is the section's name ("Новости")
  over a list of stories;
- accepted with a warning: markup and scripts removed (text kept, code dropped), a title over
  MAX_TITLE_CHARS cut at a word, a body over MAX_BODY_CHARS cut at a paragraph or sentence end, a
  few invalid UTF-8 bytes replaced, a non-UTF-8 encoding detected, a truncated HTML page, a
  publication date before 1990 or more than 2 days ahead dropped (published = None), no date,
  no site name, a malformed pre-made translation ignored.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from ..article import Article, Source, Translation, content_id
from ..entities.sites import SiteRegistry
from ..lang.language import SCRIPTS
from ..languages import LanguageRegistry, resolve
from .archives import is_mhtml, is_warc, mhtml_page, unwrap_wayback, warc_records
from .dates import date_in_url, implausible_date_reason
from .decoding import binary_kind, decode_page
from .errors import IngestError
from .exports import is_trafilatura, social_posts, trafilatura_fields
from .feeds import is_feed, parse_feed
from .fields import PageFields
from .reprints import Stories
from .sanitise import (MAX_INPUT_BYTES, MIN_BODY_CHARS, clean_body, clean_title, has_markup, truncate_body,
                       truncate_title)
from .urls import canonical_url, site_from_url, url_id

__all__ = ["IngestError", "IngestReport", "IngestResult", "PageFields", "build_article", "ingest_paths", "parse_file"]

log = logging.getLogger("searchsvc.ingest")

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonlines"}
JSON_SUFFIXES = {".json"}
PAGE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES
# Headlines of a server's or CMS's error page saved by a scraper instead of the story.
ERROR_PAGE_TITLE = re.compile(
    r"^(?:error\s*|ошибка\s*|памылка\s*)?(?:404|403|500|502|503)(?:\s*[-–:.|]|\s+(?:not found|forbidden|error|"
    r"page|страница|ошибка|старонка)|$)|\bpage not found\b|^not found$|^forbidden$|\baccess denied\b|"
    r"страница не найдена|доступ запрещ|старонка не знойдзена|доступ забаронены|^service unavailable$", re.I)
# Article.site for a page that names no site (the index needs a string); shown as null in JSON.
UNKNOWN_SITE = "unknown"


@dataclass
class ParsedPage:
    """An accepted page: its article, what was fixed or dropped on the way, and the signal its publication date
    came from (`PageFields.date_source`, for the report: an operator sees why a date was chosen). Unpacks as the
    pair `article, warnings = parse_file(path)`, as its callers read it."""

    article: Article
    warnings: list[str]
    date_source: str | None = None

    def __iter__(self):
        return iter((self.article, self.warnings))

    def __getitem__(self, index):
        return (self.article, self.warnings)[index]


@dataclass
class IngestResult:
    """What happened to one input: an article, a reprint merged into another, or a rejection."""

    source_path: str
    article: Article | None = None  # for a reprint: the reprint page's own article
    duplicate_of: str | None = None  # id of the article this input reprints
    reason: str | None = None  # why it was rejected
    warnings: list[str] = field(default_factory=list)  # what was fixed or dropped while accepting it
    date_source: str | None = None  # the signal the publication date came from (None: no date)
    story: Article | None = None  # the article all copies of this story merged into
    edition: bool = False  # this page is the site's edition of `story` in another language (not a reprint)

    @property
    def rejected(self) -> bool:
        return self.article is None

    def to_json(self) -> dict:
        if self.article is None:
            return {"source_path": self.source_path, "rejected": True, "reason": self.reason}
        a = self.article
        story = self.story or a
        return {
            "source_path": self.source_path,
            "id": a.id,
            "title": a.title,
            "published": a.published,
            "published_time": a.published_time,
            "date_source": self.date_source,
            "site": None if a.site == UNKNOWN_SITE else a.site,
            "url": a.url,
            "lang": a.lang,
            "persons": a.persons,
            "organizations": a.organizations,
            "places": a.places,
            "regions": a.regions,
            "duplicate_of": self.duplicate_of,
            "edition_of": self.duplicate_of if self.edition else None,
            "sources": [{**{k: v for k, v in s.__dict__.items() if not (k == "lang" and v is None)},
                         "site": None if s.site == UNKNOWN_SITE else s.site} for s in story.sources],
            "translations": sorted(a.translations),
            "warnings": self.warnings,
        }


@dataclass
class IngestReport:
    results: list[IngestResult] = field(default_factory=list)
    # the registry the entities were found with (labels of entities a dry run found but did not learn)
    registry: object | None = None

    @property
    def articles(self) -> list[Article]:
        """Unique stories (reprints merged into their first copy), in input order."""
        return [r.article for r in self.results if r.article is not None and r.duplicate_of is None]

    @property
    def rejected(self) -> list[IngestResult]:
        return [r for r in self.results if r.rejected]

    @property
    def reprints(self) -> list[IngestResult]:
        """Copies merged into a story (not the site's editions in other languages: `editions`)."""
        return [r for r in self.results if r.duplicate_of is not None and not r.edition]

    @property
    def editions(self) -> list[IngestResult]:
        """The site's editions of a story in another language, linked to it."""
        return [r for r in self.results if r.duplicate_of is not None and r.edition]

    def counts(self) -> dict[str, int]:
        return {"inputs": len(self.results), "articles": len(self.articles),
                "editions_linked": len(self.editions), "reprints_merged": len(self.reprints),
                "rejected": len(self.rejected)}

    def check(self) -> dict[str, int]:
        """Reconcile the run: every input is an article, a linked edition, a merged reprint or a
        rejection, once.

        Returns the counts; raises AssertionError naming the difference when they do not add up.
        """
        c = self.counts()
        paths = [r.source_path for r in self.results]
        if c["inputs"] != c["articles"] + c["editions_linked"] + c["reprints_merged"] + c["rejected"]:
            raise AssertionError(f"ingest report does not reconcile: {c}")
        if len(set(paths)) != len(paths):
            dupes = sorted({p for p in paths if paths.count(p) > 1})[:5]
            raise AssertionError(f"inputs reported twice: {dupes}")
        for r in self.results:
            if r.rejected and not r.reason:
                raise AssertionError(f"{r.source_path} rejected without a reason")
        return c

    def summary(self) -> str:
        c = self.counts()
        return (f"{c['inputs']} inputs: {c['articles']} articles, {c['editions_linked']} editions linked, "
                f"{c['reprints_merged']} reprints merged, {c['rejected']} rejected")


def expand_paths(paths) -> list[Path]:
    """Files in argument order; a folder contributes its files in name order (hidden ones skipped)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file()
                              and not any(part.startswith(".") for part in q.relative_to(p).parts)))
        else:
            out.append(p)
    return out


def page_kind(path: Path, head: bytes) -> str:
    """'html', 'text', 'jsonl', 'json', 'feed' (RSS/Atom), 'warc', 'mhtml' or 'trafilatura': by suffix, but
    content that is clearly a container, HTML or a feed wins."""
    if is_warc(head):
        return "warc"
    if is_mhtml(head):
        return "mhtml"
    if is_trafilatura(head):
        return "trafilatura"
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json"
    if is_feed(head):
        return "feed"
    sniff = head[:2048].lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n").lower().replace(b"\x00", b"")
    if suffix in HTML_SUFFIXES or sniff.startswith((b"<!doctype html", b"<html", b"<?xml")) or (
            sniff.startswith(b"<") and (b"<body" in sniff or b"<head" in sniff or b"<meta" in sniff)):
        return "html"
    if sniff.startswith((b"{", b"[")):
        return _json_kind(path) or "text"
    return "text"


def _json_kind(path: Path) -> str | None:
    """JSON saved under another suffix: 'jsonl' when its first line is a whole JSON value and more
    lines follow, 'json' when the whole file is one; None for text that merely starts with a bracket."""
    import json

    try:
        with open(path, "rb") as fh:
            first = fh.readline(MAX_INPUT_BYTES)
            more = any(line.strip() for line in fh)
        json.loads(first.decode("utf-8-sig"))
        return "jsonl" if more else "json"
    except (OSError, ValueError, RecursionError):
        pass
    try:
        if path.stat().st_size <= MAX_INPUT_BYTES:
            json.loads(path.read_bytes().decode("utf-8-sig"))
            return "json"
    except (OSError, ValueError, RecursionError):
        pass
    return None


def parse_file(path: Path, languages: LanguageRegistry | None = None,
               sites: SiteRegistry | None = None) -> tuple[Article, list[str]]:
    """One text or HTML page -> (article, warnings); raises IngestError with the reason. `sites`: the known
    sites the page's site name is read with (a run builds one and hands it down; default: loaded here)."""
    raw = _read(path)
    kind = page_kind(path, raw[:2048])
    if kind in ("jsonl", "json", "feed", "warc"):
        raise IngestError(f"{kind} files hold several records: use ingest_paths")
    if kind == "mhtml":
        page = mhtml_page(raw)
        return parse_page_bytes(page.raw, "html", source_path=str(path), url=page.url, languages=languages,
                                sites=sites)
    if kind == "trafilatura":
        fields = trafilatura_fields(raw)
        return ParsedPage(build_article(fields, source_path=str(path), languages=languages, sites=sites),
                          fields.warnings, fields.date_source)
    return parse_page_bytes(raw, kind, source_path=str(path), languages=languages, sites=sites)


_INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u180e]")


def parse_page_bytes(raw: bytes, kind: str, source_path: str | None = None, url: str | None = None,
                     languages: LanguageRegistry | None = None, sites: SiteRegistry | None = None):
    from .html import parse_html_page
    from .text import parse_text_page

    if not raw.strip():
        raise IngestError("empty page" if raw else "empty file (0 bytes)")
    decoded = decode_page(raw, html=(kind == "html"))
    if not _INVISIBLE.sub("", decoded.text).strip():
        # zero-width spaces/joiners and BOMs are invisible: such a page has no text either
        raise IngestError("empty page: only whitespace and invisible characters")
    if kind == "text" and decoded.text.lstrip()[:1] == "<" and has_markup(decoded.text[:2000]) and \
            decoded.text.lstrip()[:15].lower().startswith(("<!doctype", "<html", "<?xml")):
        kind = "html"
    sites = sites if sites is not None else SiteRegistry.load()
    text = decoded.text
    if kind == "html":
        text, original_url = unwrap_wayback(text)  # an archived copy: the page its site served, at its own address
        url = url or original_url
    fields = parse_html_page(text, url=url, sites=sites) if kind == "html" else parse_text_page(text)
    fields.warnings = decoded.warnings + fields.warnings
    article = build_article(fields, source_path=source_path, languages=languages, sites=sites)
    return ParsedPage(article, fields.warnings, fields.date_source)


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise IngestError(f"page is {size / 1e6:.1f} MB, over the {MAX_INPUT_BYTES / 1e6:.0f} MB limit")
        with open(path, "rb") as fh:
            return fh.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError as exc:
        raise IngestError("no such file") from exc
    except IsADirectoryError as exc:
        raise IngestError("is a directory") from exc
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}") from exc


def build_article(fields: PageFields, source_path: str | None = None,
                  languages: LanguageRegistry | None = None, sites: SiteRegistry | None = None) -> Article:
    """Validated, sanitised fields -> Article. Appends what it fixed to fields.warnings. `sites`: the known
    sites the page's site name resolves to (default: loaded here; a run passes its own)."""
    warnings = fields.warnings
    if fields.reject:
        raise IngestError(fields.reject)
    raw_title = fields.title or ""
    title = clean_title(raw_title)
    if raw_title and has_markup(raw_title) and title != raw_title.strip():
        warnings.append("markup removed from title")
    raw_body = fields.body or ""
    body = clean_body(raw_body)
    if has_markup(raw_body):
        warnings.append("markup removed from body")
    if not title:
        raise IngestError("no title found" if not raw_title.strip() else "title is empty after removing markup")
    if ERROR_PAGE_TITLE.search(title):
        raise IngestError(f"error page ({title[:80]!r}), not an article")
    if not body:
        raise IngestError("no body text found" if not raw_body.strip() else "body is empty after removing markup")
    if len(body) < MIN_BODY_CHARS:
        raise IngestError(f"body is only {len(body)} characters: not an article")
    title = truncate_title(title, warnings)
    body = truncate_body(body, warnings)

    published = fields.published
    published_time = fields.published_time
    if not published and (published := date_in_url(fields.url)):
        published_time = None
        fields.date_source = "the URL's path"
        warnings.append("publication date read from the URL's path")
    if published:
        why = implausible_date_reason(published)
        if why:
            warnings.append(f"{why}: publication date dropped")
            published = published_time = None
    else:
        warnings.append("no publication date found")
    if not published:
        fields.date_source = None  # (the report's "why this date": none was kept)

    url = canonical_url(fields.url)
    if fields.url and url is None:
        warnings.append(f"url {str(fields.url)[:80]!r} is not an absolute http(s) URL: ignored")
    # one committee is one site whatever language or boilerplate its page names it in, and a page
    # that names none (or only a <title>) gets the committee its URL's host belongs to
    sites = sites if sites is not None else SiteRegistry.load()
    site = sites.resolve(fields.site, url) or site_from_url(url) or UNKNOWN_SITE
    site = sites.as_story_names(site, f"{title}\n{body}", fields.site)  # "OJSC Agrokombinat Snov" in its own story
    if site == UNKNOWN_SITE:
        warnings.append("no site name found" + (f" ({fields.site[:80]!r} says what the site is, not whose)"
                                                if fields.site and fields.site.strip() else ""))
    languages = resolve(languages)
    lang = fields.lang if fields.lang in languages else detect_lang(title + " " + body[:2000], languages)
    art_id = url_id(url) if url else content_id(title, body)
    translations = {k: Translation(title=v["title"], body=v["body"], route="premade")
                    for k, v in fields.translations.items() if k != lang}
    return Article(
        id=art_id,
        title=title,
        body=body,
        site=site,
        published=published,
        published_time=published_time,
        url=url,
        lang=lang,
        sources=[Source(site=site, url=url, source_path=source_path)],
        translations=translations,
        source_path=source_path,
    )


def detect_lang(text: str, languages: LanguageRegistry | None = None) -> str:
    """The language of a page: the lang package's detector; if it fails, the script and each
    language's marker letters decide (lang.language.LanguageRegistry)."""
    from ..lang.detect import detect_language

    languages = resolve(languages)
    try:
        return detect_language(text, languages)
    except Exception:  # a detector bug must not reject a page; fall back to the script rule
        log.warning("detect_language failed; using the script rule")
    source = languages.source
    letters = [c for c in text if c.isalpha()]
    others = [lang for lang in languages if lang.script != source.script]
    script = max({lang.script for lang in others}, key=lambda sc: sum(1 for c in letters if SCRIPTS[sc](c)), default=None)
    in_script = sum(1 for c in letters if SCRIPTS[script](c)) if script else 0
    if not letters or in_script < 0.3 * len(letters):
        return source.code
    low = text.lower()
    candidates = languages.of_script(script)
    counts = [sum(low.count(c) for c in lang.marker_letters) for lang in candidates]
    best = max(counts)
    return candidates[counts.index(best)].code if counts.count(best) == 1 else candidates[0].code


def iter_inputs(paths, languages: LanguageRegistry | None = None,
                sites: SiteRegistry | None = None) -> Iterator[tuple[str, object]]:
    """(source_path, (Article, warnings) or IngestError) for every input, in argument order; `sites`: the
    run's known sites (loaded once here when not given)."""
    sites = sites if sites is not None else SiteRegistry.load()
    for arg in paths:
        files = expand_paths([arg])
        if Path(arg).is_dir() and not files:
            yield str(arg), IngestError("folder holds no files")
        for path in files:
            yield from _file_inputs(path, languages, sites)


def _file_inputs(path: Path, languages: LanguageRegistry | None, sites: SiteRegistry):
    from .jsonl import parse_jsonl, record_fields

    try:
        if not path.exists():
            raise IngestError("no such file")
        kind = page_kind(path, _head(path))
    except IngestError as exc:
        yield str(path), exc
        return
    except OSError as exc:
        yield str(path), IngestError(f"cannot read file: {exc.strerror or exc}")
        return
    if kind == "jsonl":
        yield from _jsonl_inputs(path, parse_jsonl, languages, sites)
        return
    if kind == "json":
        yield from _json_inputs(path, record_fields, languages, sites)
        return
    if kind == "feed":
        yield from _feed_inputs(path, languages, sites)
        return
    if kind == "warc":
        yield from _warc_inputs(path, languages, sites)
        return
    try:
        yield str(path), parse_file(path, languages, sites)
    except IngestError as exc:
        yield str(path), exc
    except Exception as exc:  # a parser bug on one page must not cost the batch
        log.exception("unexpected error parsing %s", path)
        yield str(path), IngestError(f"internal error while parsing: {type(exc).__name__}: {exc}")


def _head(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(2048)


def _jsonl_inputs(path: Path, parse_jsonl, languages: LanguageRegistry | None, sites: SiteRegistry):
    records = 0
    try:
        for line_no, fields in parse_jsonl(path, languages, sites):
            records += 1
            source = f"{path}:{line_no}"
            if isinstance(fields, IngestError):
                yield source, fields
                continue
            yield source, _article_from_record(fields, source, languages, sites)
    except OSError as exc:
        yield str(path), IngestError(f"cannot read file: {exc.strerror or exc}")
        return
    if not records:  # the file itself is the input then, so it is not silently skipped
        yield str(path), IngestError("JSON Lines file has no records" if path.stat().st_size else "empty file (0 bytes)")


def _json_inputs(path: Path, record_fields, languages: LanguageRegistry | None, sites: SiteRegistry):
    """A .json file: one article object, or a list of them (reported as file.json:N, N from 1)."""
    import json

    try:
        raw = _read(path)
        if not raw.strip():
            raise IngestError("empty page" if raw else "empty file (0 bytes)")
        if binary_kind(raw):
            raise IngestError(f"binary content ({binary_kind(raw)}), not JSON")
        data = json.loads(raw.decode("utf-8-sig"))
    except IngestError as exc:
        yield str(path), exc
        return
    except UnicodeDecodeError as exc:
        yield str(path), IngestError(f"invalid UTF-8 at byte {exc.start}")
        return
    except ValueError as exc:
        yield str(path), IngestError(f"invalid JSON: {exc}")
        return
    except RecursionError:
        yield str(path), IngestError("invalid JSON: nested too deeply")
        return
    data, feed_site = _unwrap_listing(data)
    if isinstance(data, list):
        if not data:
            yield str(path), IngestError("empty JSON list: no articles")
        for n, item in enumerate(data, 1):
            source = f"{path}:{n}"
            if feed_site and isinstance(item, dict) and not any(k in item for k in ("site", "source", "publisher")):
                item = {**item, "site": feed_site}  # a JSON Feed's items are the feed's site's
            try:
                yield source, _article_from_record(record_fields(item, languages, sites), source, languages, sites)
            except IngestError as exc:
                yield source, exc
        return
    try:
        yield str(path), _article_from_record(record_fields(data, languages, sites), str(path), languages, sites)
    except IngestError as exc:
        yield str(path), exc


def _feed_inputs(path: Path, languages: LanguageRegistry | None, sites: SiteRegistry):
    """An RSS or Atom feed: one input per item (reported as feed.xml:N)."""
    try:
        raw = _read(path)
    except IngestError as exc:
        yield str(path), exc
        return
    for n, fields in parse_feed(raw):
        source = f"{path}:{n}" if n else str(path)
        yield source, fields if isinstance(fields, IngestError) else _article_from_record(fields, source, languages,
                                                                                           sites)


def _warc_inputs(path: Path, languages: LanguageRegistry | None, sites: SiteRegistry):
    """A WARC file: one input per page record (reported as crawl.warc:N); the crawl's own dates are never read."""
    try:
        raw = _read(path)
    except IngestError as exc:
        yield str(path), exc
        return
    pages = 0
    for n, page in warc_records(raw):
        pages += 1
        source = f"{path}:{n}" if n else str(path)
        if isinstance(page, IngestError):
            yield source, page
            continue
        try:
            yield source, parse_page_bytes(page.raw, "html", source_path=source, url=page.url, languages=languages,
                                           sites=sites)
        except IngestError as exc:
            yield source, exc
    if not pages:
        yield str(path), IngestError("WARC file holds no response or resource records")


# Keys under which API dumps and JSON Feed (jsonfeed.org) list their articles.
LISTING_KEYS = ("items", "articles", "news", "posts", "entries", "records", "results", "data", "новости", "навіны")


def _unwrap_listing(data):
    """{"items": [...]} (JSON Feed, with the feed's "title" as the site), {"data": [...]}, {"news": [...]}
    -> (the list, the feed's title or None); a Telegram channel export or a VK wall -> its posts as records
    (exports.social_posts), the channel's or community's name as the site; any other value unchanged."""
    if not isinstance(data, dict):
        return data, None
    posts, channel = social_posts(data)
    if posts is not None:
        return posts, channel
    for key in LISTING_KEYS:
        items = data.get(key)
        if isinstance(items, list) and items and all(isinstance(i, dict) for i in items):
            title = data.get("title") if isinstance(data.get("title"), str) else None
            return items, title
    return data, None


def _article_from_record(fields: dict, source: str, languages: LanguageRegistry | None, sites: SiteRegistry):
    try:
        article = build_article(fields, source_path=source, languages=languages, sites=sites)
        return ParsedPage(article, fields.warnings, fields.date_source)
    except IngestError as exc:
        return exc
    except Exception as exc:  # a bug on one record must not cost the batch
        log.exception("unexpected error building %s", source)
        return IngestError(f"internal error while parsing: {type(exc).__name__}: {exc}")


def ingest_paths(paths, extract_entities: bool = True, merge_reprints: bool = True,
                 learn: bool = False, languages: LanguageRegistry | None = None, extractor=None,
                 sites: SiteRegistry | None = None) -> IngestReport:
    """Parse every input under `paths`, in order; merge reprints; never raise for one bad input.

    `extractor` (services.extractor) finds each article's entities.
    merge_reprints=False: every accepted input is its own result (the batch job merges them into the
    stories of its whole run instead, see ingest.reprints.Stories).
    learn=False (the default): unknown entities are found but nothing is written to the learned-entities
    overlay; learn=True appends them (and their sightings) there. `languages`: the known languages of
    pages and pre-made translations (default_languages()). `sites`: the known sites every page's site name
    is read with, built once for the run (default: the extractor's, else loaded here)."""
    from ..entities import EntityExtractor

    if sites is None:
        sites = extractor.sites if extractor is not None and extract_entities else SiteRegistry.load()

    if extract_entities:
        if extractor is None:
            raise TypeError("ingest_paths: pass extractor=services.extractor (or extract_entities=False)")
        if not learn:
            extractor = EntityExtractor(extractor.registry.detached(), learn=False, languages=extractor.languages,
                                        span_tagger=extractor.span_tagger)
    else:
        extractor = None
    stories = Stories(sites=sites) if merge_reprints else None
    report = IngestReport(registry=extractor.registry if extractor is not None else None)
    for source_path, outcome in iter_inputs(paths, languages, sites):
        result = IngestResult(source_path=source_path)
        report.results.append(result)
        if isinstance(outcome, IngestError):
            result.reason = str(outcome)
            log.info("rejected %s: %s", source_path, result.reason)
            continue
        article, warnings = outcome
        result.warnings = warnings
        result.date_source = outcome.date_source
        if extractor is not None:
            try:
                extractor.annotate(article)
            except Exception as exc:  # keep the article; its entities are missing, and we say so
                log.exception("entity extraction failed for %s", source_path)
                result.warnings.append(f"entity extraction failed: {type(exc).__name__}")
        result.article = article
    if stories is not None:
        pages = [r.article for r in report.results if r.article is not None]
        stories.prepare(pages)  # every page counts in the features' rarity before any is matched
        for page in pages:
            stories.add(page)
        # what each page became is known at the end (an edition may take the lead)
        for result in report.results:
            if result.article is not None and stories.role(result.article) != "story":
                result.story = stories.story_for(result.article)
                result.duplicate_of = result.story.id
                result.edition = stories.role(result.article) == "edition"
    return report
