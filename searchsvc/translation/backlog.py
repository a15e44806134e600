"""Which indexed articles still need a translation, and in what order: newest, most read, the rest.

    <index_dir>/reads.sqlite3   table reads(id, count, last): GET /articles/{id} adds one per
                                open. SQLite WAL; a crash loses at most the open being counted.

>>> backlog = Backlog.load(settings, langs=("ru", "be"))
>>> backlog.total, next(iter(backlog.articles()))      # newest first

Order: articles published in the `recent_days` up to the newest untranslated one, newest first;
then the articles readers opened, most opened first; then the rest, newest first.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

from ..article import Article
from ..languages import LanguageRegistry, resolve

log = logging.getLogger("searchsvc.translation")

RECENT_DAYS = 30


class ArticleReads:
    """How often readers opened each article: one small SQLite file in the index folder."""

    FILE_NAME = "reads.sqlite3"

    def __init__(self, index_dir):
        self.path = Path(index_dir) / self.FILE_NAME
        self._local = threading.local()

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # a short timeout: an article page must never wait long for a counter
            db = sqlite3.connect(self.path, timeout=1.0, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("CREATE TABLE IF NOT EXISTS reads (id TEXT PRIMARY KEY, count INTEGER NOT NULL, "
                       "last REAL NOT NULL) WITHOUT ROWID")
            self._local.db = db
        return db

    def record(self, article_id: str) -> None:
        """Count one open. Never raises: a locked or read-only file loses the count, not the page."""
        try:
            self._db().execute("INSERT INTO reads VALUES (?, 1, ?) ON CONFLICT(id) DO UPDATE "
                               "SET count = count + 1, last = excluded.last", (article_id, time.time()))
        except sqlite3.Error as exc:
            log.warning("read of %s not counted: %s", article_id[:80], exc)

    def counts(self) -> dict[str, int]:
        if not self.path.exists():
            return {}
        return dict(self._db().execute("SELECT id, count FROM reads"))


@dataclass
class _Entry:
    id: str
    published: str  # ISO date or ""


class Backlog:
    """The articles of the live index that lack one of `langs`, in translation order."""

    def __init__(self, store, entries: list[_Entry]):
        self.store, self.entries = store, entries

    @property
    def total(self) -> int:
        return len(self.entries)

    @classmethod
    def load(cls, settings, langs, *, recent_days: int = RECENT_DAYS, reads: ArticleReads | None = None,
             limit: int | None = None, languages: LanguageRegistry | None = None) -> "Backlog":
        """`languages`: the index's (Services.languages; default: default_languages())."""
        from ..index import IndexStore

        store = IndexStore(settings.index_dir)
        entries = _untranslated(store, langs, resolve(languages))
        counts = (reads or ArticleReads(settings.index_dir)).counts()
        entries = order(entries, counts, recent_days)
        return cls(store, entries[:limit] if limit else entries)

    def articles(self, chunk: int = 200) -> Iterator[Article]:
        """The articles themselves, read from the live index a chunk at a time (a small memory
        footprint for a large archive); one deleted meanwhile is skipped."""
        for start in range(0, len(self.entries), chunk):
            ids = [e.id for e in self.entries[start:start + chunk]]
            name = self.store.live_generation()
            if name is None:
                return
            with self.store.open(name) as index, index.reader() as reader:
                found = []
                for article_id in ids:
                    docnum = reader.document_number(article_id)
                    if docnum is not None:
                        found.append(Article.from_dict(json.loads(reader.stored_fields(docnum)["article"])))
            yield from found


def order(entries: list[_Entry], reads: dict[str, int], recent_days: int = RECENT_DAYS) -> list[_Entry]:
    """Newest (the `recent_days` up to the newest entry) first, then most read, then the rest by date."""
    dated = [e.published for e in entries if e.published]
    cutoff = ""
    if dated and recent_days > 0:
        cutoff = (date.fromisoformat(max(dated)[:10]) - timedelta(days=recent_days - 1)).isoformat()

    def tier(e: _Entry) -> tuple[int, int]:
        if cutoff and e.published[:10] >= cutoff:
            return 0, 0
        return (1, -reads[e.id]) if reads.get(e.id) else (2, 0)

    newest_first = sorted(entries, key=lambda e: (e.published, e.id), reverse=True)  # undated last
    return sorted(newest_first, key=tier)  # stable: newest first within a tier


def _untranslated(store, langs, languages: LanguageRegistry) -> list[_Entry]:
    """(id, published) of live documents in English that lack any of `langs`."""
    name = store.live_generation()
    if name is None:
        return []
    masks = languages.masks_missing(langs)
    with store.open(name) as index, index.reader() as reader:
        if not reader.has_field("translated"):
            return []
        docnums = sorted({d for mask in masks for d in reader.docs_with("translated", mask)})
        out = []
        for docnum in docnums:
            fields = reader.stored_fields(docnum)
            article = json.loads(fields["article"])
            if article.get("lang", languages.source.code) == languages.source.code:
                out.append(_Entry(fields["id"], article.get("published") or ""))
        return out
