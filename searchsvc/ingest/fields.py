"""PageFields: what a parser read from one page or record, before `build_article` checks it.

>>> fields = parse_text_page(open("page.txt").read())     # or parse_html_page, jsonl.record_fields
>>> fields.site, fields.published, fields.title

The text, HTML and JSON parsers all return one; `ingest.build_article` validates and sanitises it
into an Article (or raises IngestError with `reject`). Values may be None where a page lacks them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PageFields:
    title: str | None = None
    body: str | None = None
    site: str | None = None
    published: str | None = None  # ISO date
    published_time: str | None = None  # HH:MM
    url: str | None = None
    lang: str | None = None  # only a JSON record states it; for a page the text decides
    translations: dict[str, dict] = field(default_factory=dict)  # pre-made {lang: {title, body}} (JSON only)
    warnings: list[str] = field(default_factory=list)  # what was fixed or dropped, for the ingest report
    reject: str | None = None  # why this is not an article
    date_source: str | None = None  # which signal gave `published` ("meta article:published_time", ...)
