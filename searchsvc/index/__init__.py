"""Index: Articles -> documents in atomic generations under indexes/, written by the engine."""

from __future__ import annotations

import shutil
from typing import Callable

from ..article import Article
from ..entities import EntityRegistry
from ..facets import FacetRegistry
from ..languages import LanguageRegistry
from .documents import article_document
from .schema import build_schema, text_field
from .store import IndexStore, NoIndexError

__all__ = ["IndexStore", "NoIndexError", "article_document", "build_schema", "text_field", "write_generation"]


def write_generation(store: IndexStore, articles: list[Article], registry: EntityRegistry, publish: bool = True,
                     procs: int | None = None, errors: list | None = None,
                     progress: Callable[[int], None] | None = None, languages: LanguageRegistry | None = None) -> str:
    """Write `articles` into a new generation and (by default) make it live. Returns its name.

    `languages`: the schema's and the documents' languages (default: default_languages()).

    `procs`: writer processes (None: the engine chooses; more than one only where its
    Features.forked_writers).

    `errors`: when given, an article whose document cannot be built is skipped and reported there
    as {"source_path", "article_id", "stage": "index", "error"}; otherwise the exception propagates.
    """
    name, index = store.create_generation(languages)
    try:
        _write_all(index, articles, registry, procs, errors, progress, languages, store.facets)
        index.close()
        if publish:
            store.publish(name)
    except BaseException:
        # nothing of a build that failed (a full disk, a bug) stays behind to fill the disk further
        index.close()
        if store.live_generation() != name:
            shutil.rmtree(store.path(name), ignore_errors=True)
        raise
    return name


def _write_all(index, articles: list[Article], registry: EntityRegistry, procs: int | None,
               errors: list | None, progress: Callable[[int], None] | None,
               languages: LanguageRegistry | None = None, facets: FacetRegistry | None = None) -> None:
    writer = index.bulk_writer(len(articles), procs=procs)
    try:
        for i, article in enumerate(articles, 1):
            try:
                doc = article_document(article, registry, languages, facets)
            except Exception as exc:  # one bad article must not sink the build
                if errors is None:
                    raise
                errors.append({"source_path": article.source_path, "article_id": article.id, "stage": "index",
                               "error": f"{type(exc).__name__}: {exc}"})
                continue
            writer.add(doc)
            if progress is not None and i % 50 == 0:
                progress(50)
        if progress is not None and len(articles) % 50:
            progress(len(articles) % 50)
    except BaseException:
        writer.cancel()
        raise
    writer.commit()  # the engine cancels a commit that fails
