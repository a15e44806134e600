"""The services built from the settings: one object per process, built by the CLI and the app factory.

>>> services = Services.from_settings(Settings.load())
>>> services.registry.get("aleksandr-volfovich").label("be")    # curated + learned (beside the index)
'Аляксандр Вальфовіч'
>>> services.extractor.annotate(article); services.translator.translate([article])
>>> services.search.search("Вольфович", lang="ru")["total"]

Everything that depends on the settings lives here and is handed down as an argument: the language
registry, the entity registry with its learned overlay (settings.learned_entities_file), the
extractor that learns into it, the article translator (loaded models), the search service over
settings.index_dir. Nothing
below the CLI and the app factory loads settings or builds these from defaults, and there are no
module-level singletons: two Services with different settings (tests build many) share nothing.

Members are built on first use, once, under a lock (`searchsvc models list` never loads the
registry; an HTTP worker's threads share one translator), so building a Services is free.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Callable, TypeVar

from .config import Settings
from .entities import EntityExtractor, EntityRegistry
from .facets import FacetRegistry, default_facets
from .languages import LanguageRegistry, default_languages
from .translation import ArticleTranslator

if TYPE_CHECKING:
    from .engines import Engine
    from .entities.sites import SiteRegistry
    from .search import SearchService

T = TypeVar("T")


class Services:
    """The registry, extractor, translator and search service of one set of settings; `facets`:
    what searches count and filter by (default_facets()), complete before the services are used;
    `languages`: those articles are indexed, searched and translated in (default_languages()),
    handed to every component that needs them."""

    def __init__(self, settings: Settings, facets: FacetRegistry | None = None,
                 languages: LanguageRegistry | None = None):
        self.settings = settings
        self.facets = facets if facets is not None else default_facets()
        self._languages = languages
        self._built: dict[str, object] = {}
        self._lock = threading.RLock()  # re-entrant: the extractor builds the registry first

    @classmethod
    def from_settings(cls, settings: Settings, facets: FacetRegistry | None = None,
                      languages: LanguageRegistry | None = None) -> "Services":
        return cls(settings, facets, languages)

    def __repr__(self) -> str:
        return f"Services(index_dir={self.settings.index_dir!r}, built={sorted(self._built)})"

    def _once(self, name: str, build: Callable[[], T]) -> T:
        with self._lock:
            if name not in self._built:
                self._built[name] = build()
            return self._built[name]  # type: ignore[return-value]

    @property
    def languages(self) -> LanguageRegistry:
        """The languages articles are indexed and searched in (searchsvc.languages)."""
        return self._once("languages", lambda: self._languages or default_languages())

    @property
    def registry(self) -> EntityRegistry:
        """Curated entities (package registry.json) + learned ones and corrections (the overlay)."""
        return self._once("registry", lambda: EntityRegistry.load(overlay=self.settings.learned_entities_file))

    @property
    def extractor(self) -> EntityExtractor:
        """Finds entities in articles; learns unknown ones into the registry's overlay (with the span model
        beside the rules where settings.entity_span_model says so)."""
        def build() -> EntityExtractor:
            from .entities.span_model import SpanTagger

            tagger = SpanTagger.load() if self.settings.entity_span_model else None
            return EntityExtractor(self.registry, languages=self.languages, span_tagger=tagger)

        return self._once("extractor", build)

    @property
    def sites(self) -> "SiteRegistry":
        """The known sites (entities.sites.SiteRegistry) every page's site name is read with: the extractor's,
        so one ingest run builds one."""
        return self.extractor.sites

    @property
    def translator(self) -> ArticleTranslator:
        """Russian and Belarusian fields from the packages in settings.models_dir; keeps models loaded."""
        return self._once("translator", lambda: ArticleTranslator(self.settings, languages=self.languages))

    @property
    def engine(self) -> "Engine":
        """The index engine the settings name (`engine`, default whoosh); checked when first used."""
        from .engines import get_engine

        return self._once("engine", lambda: get_engine(self.settings.engine))

    @property
    def search(self) -> "SearchService":
        """Queries over settings.index_dir, within the settings' cost bounds."""

        def build() -> "SearchService":
            from .search import SearchService  # Whoosh and numpy: only for commands that search

            s = self.settings
            return SearchService(s.index_dir, registry=self.registry, max_query_chars=s.max_query_chars,
                                 max_page=s.max_page, max_page_size=s.max_page_size,
                                 max_expansions=s.max_expansions, max_filter_values=s.max_filter_values,
                                 max_expansion_postings=s.max_expansion_postings,
                                 languages=self.languages, facets=self.facets, engine=self.engine,
                                 postings_cache_bytes=s.postings_cache_mb * 2**20,
                                 masks_cache_bytes=s.masks_cache_mb * 2**20,
                                 documents_cache_bytes=s.documents_cache_mb * 2**20)

        return self._once("search", build)
