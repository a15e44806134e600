"""Index: Articles -> Whoosh documents in atomic generations under indexes/."""

from __future__ import annotations

from ..article import Article
from ..entities import EntityRegistry
from .documents import article_document
from .schema import build_schema, text_field
from .store import IndexStore, NoIndexError

__all__ = ["IndexStore", "NoIndexError", "article_document", "build_schema", "text_field", "write_generation"]


def write_generation(store: IndexStore, articles: list[Article], registry: EntityRegistry, publish: bool = True) -> str:
    """Write `articles` into a new generation and (by default) make it live. Returns its name."""
    name, index = store.create_generation()
    writer = index.writer(limitmb=256)
    try:
        for article in articles:
            writer.add_document(**article_document(article, registry))
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    index.close()
    if publish:
        store.publish(name)
    return name
