"""Ingestion: raw scraped pages -> clean Articles.

>>> report = ingest_paths(["page.txt"])
>>> report.articles[0].title
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..article import Article, Source, content_id
from .reprints import ReprintDetector
from .text import parse_text_page

PAGE_SUFFIXES = {".txt"}


@dataclass
class IngestResult:
    """What happened to one input: an article, a reprint merged into another, or a rejection."""

    source_path: str
    article: Article | None = None
    duplicate_of: str | None = None
    reason: str | None = None

    @property
    def rejected(self) -> bool:
        return self.article is None

    def to_json(self) -> dict:
        if self.article is None:
            return {"source_path": self.source_path, "rejected": True, "reason": self.reason}
        a = self.article
        return {
            "source_path": self.source_path,
            "id": a.id,
            "title": a.title,
            "published": a.published,
            "site": a.site,
            "persons": a.persons,
            "organizations": a.organizations,
            "duplicate_of": self.duplicate_of,
            "sources": [s.__dict__ for s in a.sources],
        }


@dataclass
class IngestReport:
    results: list[IngestResult] = field(default_factory=list)

    @property
    def articles(self) -> list[Article]:
        """Unique stories (reprints merged into their first copy)."""
        return [r.article for r in self.results if r.article is not None and r.duplicate_of is None]

    @property
    def rejected(self) -> list[IngestResult]:
        return [r for r in self.results if r.rejected]

    @property
    def reprints(self) -> list[IngestResult]:
        return [r for r in self.results if r.duplicate_of is not None]


class IngestError(ValueError):
    """A page that cannot become an article; the message is the reason."""


def expand_paths(paths) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and not q.name.startswith(".")))
        else:
            out.append(p)
    return out


def parse_file(path: Path) -> Article:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror}") from exc
    if not raw.strip():
        raise IngestError("empty page")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError("not UTF-8 text") from exc
    fields = parse_text_page(text)
    return build_article(fields, source_path=str(path))


def build_article(fields: dict, source_path: str | None = None) -> Article:
    title = (fields.get("title") or "").strip()
    body = (fields.get("body") or "").strip()
    if not title:
        raise IngestError("no title found")
    if not body:
        raise IngestError("no body text found")
    site = fields.get("site") or "unknown"
    url = fields.get("url")
    art_id = content_id(title, body) if not url else content_id(url, "")
    return Article(
        id=art_id,
        title=title,
        body=body,
        site=site,
        published=fields.get("published"),
        published_time=fields.get("published_time"),
        url=url,
        sources=[Source(site=site, url=url, source_path=source_path)],
        source_path=source_path,
    )


def ingest_paths(paths, extract_entities: bool = True) -> IngestReport:
    """Parse every file under `paths`, in order; merge reprints; never raise for one bad file."""
    from ..entities import EntityExtractor

    extractor = EntityExtractor.default() if extract_entities else None
    detector = ReprintDetector()
    by_id: dict[str, Article] = {}
    report = IngestReport()
    for path in expand_paths(paths):
        result = IngestResult(source_path=str(path))
        try:
            article = parse_file(path)
        except IngestError as exc:
            result.reason = str(exc)
            report.results.append(result)
            continue
        if extractor is not None:
            extractor.annotate(article)
        original = by_id.get(article.id) or (by_id.get(detector.match(article) or ""))
        if original is not None:
            original.sources.extend(article.sources)
            result.duplicate_of = original.id
            result.article = original
        else:
            by_id[article.id] = article
            result.article = article
        report.results.append(result)
    return report
