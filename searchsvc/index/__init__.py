"""Index: Articles -> Whoosh documents in atomic generations under indexes/."""

from __future__ import annotations

import os
from typing import Callable

from ..article import Article
from ..entities import EntityRegistry
from .documents import article_document
from .schema import build_schema, text_field
from .store import IndexStore, NoIndexError

__all__ = ["IndexStore", "NoIndexError", "article_document", "build_schema", "text_field", "write_generation"]

# From this many documents up, a build may use forked sub-writers (whoosh MpWriter). Below it the
# forks and the extra segments cost more than they save.
PARALLEL_MIN_DOCS = 2000
MAX_WRITER_PROCS = 4
# Memory (Whoosh's estimate, ~180 bytes a posting, ~370 postings a trilingual article) a writer
# buffers postings in before it sorts them into a temporary run file; the runs are merged at commit.
WRITER_LIMIT_MB = 256
FORKED_WRITER_LIMIT_MB = 128  # each of `procs` forked writers


def writer_procs(n_docs: int) -> int:
    """Forked writers only on cores that are idle now: on the shared 2-core box (load 2-4) two
    writers were 0.6-0.9x of one (docs/benchmarks.md); on idle cores they add throughput."""
    if n_docs < PARALLEL_MIN_DOCS:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    idle = cores - os.getloadavg()[0]
    return max(1, min(MAX_WRITER_PROCS, cores, int(idle)))


def write_generation(store: IndexStore, articles: list[Article], registry: EntityRegistry, publish: bool = True,
                     procs: int | None = None, errors: list | None = None,
                     progress: Callable[[int], None] | None = None) -> str:
    """Write `articles` into a new generation and (by default) make it live. Returns its name.

    `errors`: when given, an article whose document cannot be built is skipped and reported there
    as {"source_path", "article_id", "stage": "index", "error"}; otherwise the exception propagates.
    """
    name, index = store.create_generation()
    if procs is None:
        procs = writer_procs(len(articles))
    if procs > 1:
        # Each forked sub-writer writes its own segment (multisegment: no final merge); the schema,
        # analyzers included, is unpickled from the index in the child, so stemmers are module-level.
        writer = index.writer(procs=procs, multisegment=True, limitmb=FORKED_WRITER_LIMIT_MB)
    else:
        writer = index.writer(limitmb=WRITER_LIMIT_MB)
    try:
        for i, article in enumerate(articles, 1):
            try:
                doc = article_document(article, registry)
            except Exception as exc:  # one bad article must not sink the build
                if errors is None:
                    raise
                errors.append({"source_path": article.source_path, "article_id": article.id, "stage": "index",
                               "error": f"{type(exc).__name__}: {exc}"})
                continue
            writer.add_document(**doc)
            if progress is not None and i % 50 == 0:
                progress(50)
        if progress is not None and len(articles) % 50:
            progress(len(articles) % 50)
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    index.close()
    if publish:
        store.publish(name)
    return name
