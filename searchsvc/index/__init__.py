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

# From this many documents up, a build uses forked sub-writers (whoosh MpWriter): ~2x docs/s on two
# cores. Below it the fork and the segment merge cost more than they save.
PARALLEL_MIN_DOCS = 2000


def write_generation(store: IndexStore, articles: list[Article], registry: EntityRegistry, publish: bool = True,
                     procs: int | None = None, errors: list | None = None,
                     progress: Callable[[int], None] | None = None) -> str:
    """Write `articles` into a new generation and (by default) make it live. Returns its name.

    `errors`: when given, an article whose document cannot be built is skipped and reported there
    as {"source_path", "article_id", "stage": "index", "error"}; otherwise the exception propagates.
    """
    name, index = store.create_generation()
    if procs is None:
        procs = 2 if len(articles) >= PARALLEL_MIN_DOCS and (os.cpu_count() or 1) >= 2 else 1
    if procs > 1:
        # Each forked sub-writer writes its own segment (multisegment: no final merge); the schema,
        # analyzers included, is unpickled from the index in the child, so stemmers are module-level.
        writer = index.writer(procs=procs, multisegment=True, limitmb=128)
    else:
        writer = index.writer(limitmb=256)
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
