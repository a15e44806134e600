"""page -> article -> entities -> translations -> index: the batch job's stages in order."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from .config import Settings
from .entities import EntityRegistry
from .index import IndexStore, write_generation
from .ingest import ingest_paths
from .translation import translate_articles

log = logging.getLogger("searchsvc.reindex")


@dataclass
class ReindexReport:
    inputs: int = 0
    articles: int = 0
    reprints_merged: int = 0
    rejected: list[dict] = field(default_factory=list)
    generation: str | None = None
    translation: dict = field(default_factory=dict)
    seconds: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return self.__dict__.copy()

    def summary(self) -> str:
        return (f"{self.inputs} inputs: {self.articles} articles, {self.reprints_merged} reprints merged, "
                f"{len(self.rejected)} rejected -> generation {self.generation}")


def reindex(sources, settings: Settings) -> ReindexReport:
    report = ReindexReport()
    t0 = time.perf_counter()
    ingested = ingest_paths(sources)
    report.inputs = len(ingested.results)
    report.reprints_merged = len(ingested.reprints)
    report.rejected = [{"source_path": r.source_path, "reason": r.reason} for r in ingested.rejected]
    articles = ingested.articles
    report.articles = len(articles)
    t1 = time.perf_counter()
    tr = translate_articles(articles, settings)
    report.translation = tr.__dict__
    t2 = time.perf_counter()
    store = IndexStore(settings.index_dir)
    report.generation = write_generation(store, articles, EntityRegistry.load())
    store.prune()
    t3 = time.perf_counter()
    report.seconds = {"ingest": round(t1 - t0, 3), "translate": round(t2 - t1, 3), "index": round(t3 - t2, 3)}
    return report
