"""The query side as a library: the HTTP layer and the CLI both call SearchService.

>>> service = SearchService("indexes/default")
>>> service.search("CSTO")["hits"][0]["title"]
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter

from ..entities import EntityRegistry
from ..index import IndexStore
from ..index.schema import text_field
from ..languages import LANGUAGES, SOURCE, check
from .facets import FACETS
from .query import parse_plain
from .snippets import lead, make_highlighter, render_html


class SearchService:
    def __init__(self, index_dir, registry: EntityRegistry | None = None, max_query_chars: int = 512,
                 max_page: int = 50, max_page_size: int = 50):
        self.store = IndexStore(index_dir)
        self.registry = registry or EntityRegistry.load()
        self.max_query_chars = max_query_chars
        self.max_page = max_page
        self.max_page_size = max_page_size
        self._local = threading.local()  # a searcher is not for sharing across threads

    # -- one searcher per thread per index generation -------------------------------------
    def _searcher(self):
        live = self.store.live_generation()
        cached = getattr(self._local, "cached", None)
        if cached is None or cached[0] != live:
            if cached is not None:
                cached[1].close()
            _, index = self.store.open_live()
            self._local.cached = cached = (live, index.searcher())
        return cached

    def generation(self) -> str | None:
        return self.store.live_generation()

    def doc_count(self) -> int:
        return self._searcher()[1].doc_count()

    def search(self, q: str, lang: str = SOURCE, page: int = 1, size: int = 10) -> dict:
        check(lang)
        page = max(1, min(page, self.max_page))
        size = max(1, min(size, self.max_page_size))
        started = time.perf_counter()
        generation, searcher = self._searcher()
        query = parse_plain(q, searcher.schema, self.max_query_chars)
        results = searcher.search(query, limit=page * size)
        docnums = searcher.docs_for_query(query)
        counts = {f.name: Counter() for f in FACETS}
        for docnum in docnums:
            stored = searcher.stored_fields(docnum)
            for facet in FACETS:
                counts[facet.name].update(facet.values_of(stored))
        facets = {f.name: f.render(counts[f.name], self.registry, lang, []) for f in FACETS}
        highlighter = make_highlighter()
        hits = []
        for hit in results[(page - 1) * size : page * size]:
            hits.append(self._hit(hit, highlighter, lang))
        return {
            "query": q,
            "lang": lang,
            "total": len(results),
            "page": page,
            "size": size,
            "generation": generation,
            "hits": hits,
            "facets": facets,
            "took_ms": round((time.perf_counter() - started) * 1000, 2),
        }

    def _hit(self, hit, highlighter, lang: str) -> dict:
        article = json.loads(hit["article"])
        snippet_text, spans = "", []
        for field in (text_field("body", lang), text_field("body", SOURCE)):
            text = hit.get(field)
            if not text:
                continue
            hl = highlighter.highlight_hit(hit, field, text=text)
            if hl and hl[1]:
                snippet_text, spans = hl
                break
        if not snippet_text:
            tr = article["translations"].get(lang)
            snippet_text = lead(tr["body"] if tr else article["body"])
        tr = article["translations"].get(lang)
        return {
            "id": article["id"],
            "url": article["url"],
            "title": tr["title"] if tr else article["title"],
            "title_en": article["title"],
            "published": article["published"],
            "site": article["site"],
            "sources": article["sources"],
            "score": round(hit.score, 4),
            "snippet": render_html(snippet_text, spans),
            "snippet_text": snippet_text,
            "snippet_spans": spans,
            "persons": [{"id": p, "label": self.registry.label(p, lang)} for p in article["persons"]],
            "organizations": [{"id": o, "label": self.registry.label(o, lang)} for o in article["organizations"]],
        }
