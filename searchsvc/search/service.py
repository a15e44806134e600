"""The query side as a library: the HTTP layer and the CLI both call SearchService.

>>> service = SearchService("indexes/default")
>>> result = service.search("Вольфович", lang="ru", filters={"organization": ["collective-security-treaty-organization"]})
>>> result.hits[0].matched_via, result.facets["person"][0]["label"]       # a SearchResult (results.py)
(['entity', 'transliteration'], 'Александр Вольфович')
"""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

import numpy as np

from ..article import Article, public_source, public_view
from ..entities import EntityRegistry
from ..facets import GRANULARITIES, FacetContext, FacetRegistry, bucket_range, default_facets
from ..index import IndexStore
from ..index.schema import TEXT_PARTS, TITLE_WORDS_FIELD, text_field
from ..languages import LanguageRegistry, resolve
from . import routing
from .columns import DOCUMENTS_CACHE_BYTES, MASKS_CACHE_BYTES, POSTINGS_CACHE_BYTES, BoundedCache, ColumnCache, Columns
from .errors import QueryError
from .dates import UnderstoodDate, understand_dates
from .typos import TypoIndex
from .query import MAX_EXPANSION_POSTINGS, VIAS, QueryPlan, advanced_plan, plain_plan
from .results import EntityLabel, Hit, SearchResult
from .scoring import Evaluator
from .snippets import Marker, Snippet, highlight_all
from .spelling import Speller
from .suggest import Suggester
from .vocabulary import VocabularyCache

log = logging.getLogger("searchsvc.search")

SORTS = ("relevance", "date")
MODES = ("plain", "advanced")
FEW_RESULTS = 3  # below this, offer "did you mean"
# Query plans kept, least recently used out first: a plan (routes, expansions, the words' document
# frequencies) is a function of the query text, the mode, the reader's segments, the entity
# registry's version and the service's limits, all in its key, and costs 0.2-1 ms to make
PLANS_KEPT = 2_000


@dataclass
class _ReaderState:
    """A reader and its columns, used by one thread at a time (an engine reader is not for
    sharing across threads at once; the pool hands it to one thread after another)."""

    generation: str
    index: object
    reader: object
    columns: Columns


class SearchService:
    def __init__(self, index_dir, registry: EntityRegistry | None = None, max_query_chars: int = 512,
                 max_page: int = 50, max_page_size: int = 50, max_expansions: int = 64, max_filter_values: int = 20,
                 languages: LanguageRegistry | None = None, max_readers: int = 4, typo_tolerance: bool = True,
                 facets: FacetRegistry | None = None, today: Callable[[], date] = date.today, engine=None,
                 postings_cache_bytes: int = POSTINGS_CACHE_BYTES, masks_cache_bytes: int = MASKS_CACHE_BYTES,
                 documents_cache_bytes: int = DOCUMENTS_CACHE_BYTES,
                 max_expansion_postings: int = MAX_EXPANSION_POSTINGS):
        """`languages`: the languages the index was built for (default: default_languages()).
        `typo_tolerance`: plain-mode words no route knows match index terms 1-2 edits away.
        `today`: the clock relative query dates ("вчера", "last month") count from.
        `max_readers`: engine readers open at once, shared by all threads (see _checkout).
        `facets`: what results are counted and filtered by (default: default_facets()), complete
        before the service is built. `postings_cache_bytes`, `masks_cache_bytes`,
        `documents_cache_bytes`: what the readers cache beyond the per-document columns (postings,
        filter masks, the hits' stored documents), all threads together (search/columns.py).
        `max_expansions`, `max_expansion_postings`: what an advanced prefix* or fuzzy~ term may
        expand to, in terms and in the postings they read (search/query.py)."""
        self.facets = facets if facets is not None else default_facets()
        self.store = IndexStore(index_dir, engine=engine, facets=self.facets)  # engine None: the default
        self.registry = registry or EntityRegistry.load()
        self.languages = resolve(languages)
        self.max_query_chars = max_query_chars
        self.max_page = max_page
        self.max_page_size = max_page_size
        self.max_expansions = max_expansions
        self.max_expansion_postings = max_expansion_postings
        self.typo_tolerance = typo_tolerance
        self.today = today
        self.max_filter_values = max_filter_values
        self._idle: list[_ReaderState] = []  # readers not in use, newest last
        self._pool_lock = threading.Lock()
        self._readers_free = threading.BoundedSemaphore(max_readers)
        self._columns = ColumnCache(self.facets.column_fields(), postings_bytes=postings_cache_bytes,
                                    masks_bytes=masks_cache_bytes, documents_bytes=documents_cache_bytes)
        self._vocabulary = VocabularyCache()
        self._speller = Speller(self.registry, self.languages, self._vocabulary)
        self._near_terms_generation: str | None = None  # the generation _prepare_near_terms last started
        self._near_terms_thread: threading.Thread | None = None
        self._suggester: Suggester | None = None
        self._plans = BoundedCache(PLANS_KEPT)  # _plan_key -> QueryPlan, each counted 1 (_plan)
        self._suggestions = BoundedCache(PLANS_KEPT)  # _plan_key -> did-you-mean or None (_did_you_mean)

    # -- readers: a bounded pool, per generation, refreshed after in-place commits -------------
    def _checkout(self) -> _ReaderState:
        """A reader of the serving generation (LIVE, or the last intact one while LIVE is
        damaged: IndexStore.serving) for this thread alone until _checkin. At most
        `max_readers` are open whatever the server's thread count (a reader holds its own
        decoded blocks and file handles: one per thread grew RSS with the thread pool); a thread
        beyond that waits for one to come back."""
        self._readers_free.acquire()
        try:
            serving = self.store.serving().name
            with self._pool_lock:
                state = self._idle.pop() if self._idle else None
                if state is not None and state.generation != serving:
                    # a new generation: every idle reader of older ones goes (their memory too)
                    stale = [state, *(s for s in self._idle if s.generation != serving)]
                    self._idle = [s for s in self._idle if s.generation == serving]
                    state = self._idle.pop() if self._idle else None
                else:
                    stale = []
            for old in stale:
                old.reader.close()
            if state is None:
                name, index = self.store.open_serving()
                reader = index.reader()
                state = _ReaderState(name, index, reader, self._columns.for_reader(name, reader))
                log.info("opened reader generation=%s docs=%d", name, reader.doc_count())
                self._prepare_near_terms(name)
            elif not state.reader.up_to_date():
                # the live generation got in-place commits (HTTP POST/DELETE): a new reader, whose
                # segments' keys tell the column cache which segments changed
                stale, state.reader = state.reader, state.index.reader()
                stale.close()
                state.columns = self._columns.for_reader(state.generation, state.reader)
            return state
        except BaseException:
            self._readers_free.release()
            raise

    def _prepare_near_terms(self, generation: str) -> None:
        """The near-term vocabularies of a generation the service just opened, built in a
        background thread with a reader of its own (search/vocabulary.py), and did-you-mean's
        registry words, so that the first misspelt words after a start or a switch do not read
        whole lexicons (0.8-1.5 s for 8 at once at 50k)."""
        with self._pool_lock:
            if self._near_terms_generation == generation:
                return
            self._near_terms_generation = generation
            thread = self._near_terms_thread = threading.Thread(
                target=self._build_near_terms, args=(generation,), name=f"vocabulary-{generation}", daemon=True)
        thread.start()

    def _build_near_terms(self, generation: str) -> None:
        fields = [text_field(part, language.code) for language in self.languages for part in TEXT_PARTS]
        fields += ["entity_names", TITLE_WORDS_FIELD]  # what typos.py, spelling.py and names.py look in
        started = time.perf_counter()
        try:
            self._speller.prepare()
            with self.store.open(generation) as index, index.reader() as reader:
                built = self._vocabulary.prepare(generation, reader, fields)
        except Exception:  # noqa: BLE001 - a look-up builds what it needs itself; the index's problems show there
            log.exception("near-term vocabularies of generation %s not prepared", generation)
            return
        log.info("near-term vocabularies generation=%s built=%d seconds=%.2f", generation, built,
                 time.perf_counter() - started)

    def near_terms_ready(self, timeout: float | None = None) -> bool:
        """Wait up to `timeout` s for the serving generation's near-term vocabularies (benches,
        tests; requests never wait for all of them, only for one they need)."""
        thread = self._near_terms_thread
        if thread is not None:
            thread.join(timeout)
        return thread is None or not thread.is_alive()

    def _checkin(self, state: _ReaderState) -> None:
        with self._pool_lock:
            self._idle.append(state)
        self._readers_free.release()

    def _state(self) -> _ReaderState:
        """A pooled reader's state for a single-threaded caller (tests, tools): checked in at
        once, so it must not be used while other threads search."""
        state = self._checkout()
        self._checkin(state)
        return state

    def warm_up(self) -> None:
        """Load the language tools' tables and the live generation's facet columns now, so the
        first user query does not pay for them (~0.3-1 s). No index yet: only the tables."""
        from ..lang import warm_up as warm_language_tools

        warm_language_tools()
        try:
            if self.store.exists():
                self.search("warm up")
        except Exception:  # noqa: BLE001 - a broken index shows on /health and in searches, not at startup
            log.exception("warm-up query failed on %s", self.store.root)

    def generation(self) -> str | None:
        return self.store.live_generation()

    def doc_count(self) -> int:
        state = self._checkout()
        try:
            return state.reader.doc_count()
        finally:
            self._checkin(state)

    # -- parameters ------------------------------------------------------------------------------
    def _check(self, lang, page, size, sort, mode, granularity):
        if lang not in self.languages:
            raise QueryError(self.languages.unknown(lang))
        if sort not in SORTS:
            raise QueryError(f"unknown sort {sort!r}; expected one of {', '.join(SORTS)}")
        if mode not in MODES:
            raise QueryError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")
        if granularity not in GRANULARITIES:
            raise QueryError(f"unknown date granularity {granularity!r}; expected one of {', '.join(GRANULARITIES)}")
        if not isinstance(page, int) or page < 1:
            raise QueryError(f"page must be a positive integer, got {page!r}")
        if not isinstance(size, int) or not 1 <= size <= self.max_page_size:
            raise QueryError(f"size must be between 1 and {self.max_page_size}, got {size!r}")
        if page > self.max_page:
            raise QueryError(f"page {page} is deeper than the limit of {self.max_page} pages; narrow the query")

    def _filters(self, filters) -> dict[str, list[str]]:
        if filters is None:
            return {}
        if not isinstance(filters, dict):
            raise QueryError("filters must be a mapping like {'person': [ids]}")
        out = {}
        by_name = {f.name: f for f in self.facets.filters()}
        for key, values in filters.items():
            if key not in by_name:
                raise QueryError(f"unknown filter {key!r}; expected one of {', '.join(by_name)}")
            if isinstance(values, str):
                values = [values]
            values = [v for v in dict.fromkeys(values or []) if isinstance(v, str) and v]
            if len(values) > self.max_filter_values:
                raise QueryError(f"too many {key} filter values ({len(values)}); the limit is {self.max_filter_values}")
            for value in values:
                if (problem := by_name[key].check(value)) is not None:
                    raise QueryError(problem)
            if values:
                out[key] = values
        return out

    @staticmethod
    def _date(value, name: str, last: bool) -> date | None:
        """'2023', '2023-01' or '2023-01-11' (or a date) -> first/last day of that period."""
        if value is None or value == "":
            return None
        if isinstance(value, date):
            return value
        try:
            first_day, last_day = bucket_range(str(value).strip())
        except (ValueError, TypeError):
            raise QueryError(f"{name} must be a date like 2023-01-11, 2023-01 or 2023; got {str(value)[:40]!r}")
        return last_day if last else first_day

    def _date_range(self, date_from, date_to) -> tuple[date | None, date | None]:
        """The first and last day date_from and date_to name (None: open); QueryError when one is not
        a date or they are reversed."""
        first = self._date(date_from, "date_from", last=False)
        last = self._date(date_to, "date_to", last=True)
        if first and last and first > last:
            raise QueryError(f"date_from {first} is after date_to {last}")
        return first, last

    def _query_dates(self, q, mode: str, dates: bool, date_from, date_to) -> tuple[str, UnderstoodDate] | None:
        """A plain query's date words ("июнь 2023", "last month") when `dates` is on and no date filter
        is given: the query without them and the first date read; None when there is none to read."""
        if not (dates and mode == "plain" and isinstance(q, str) and q and date_from in (None, "")
                and date_to in (None, "")):
            return None
        rest, understood = understand_dates(q[: self.max_query_chars], self.languages, today=self.today())
        return (rest, understood[0]) if understood else None

    def _plan_key(self, q: str, mode: str, state: _ReaderState) -> tuple:
        """What a plan (and its did-you-mean) is made from: the text, the mode, the reader's
        segments, the entity registry's version and the service's limits."""
        self.registry.refresh()  # another process's learned entities, as a plan's look-ups would
        return (state.generation, tuple(segment.key for segment in state.reader.segments()), mode, q,
                self.registry.version, self.typo_tolerance, self.max_query_chars, self.max_expansions,
                self.max_expansion_postings)

    def _plan(self, key: tuple, q: str, mode: str, state: _ReaderState) -> QueryPlan:
        """The query's plan for this reader: made once per `key` (_plan_key), then shared by the
        searches that ask again (PLANS_KEPT); a plan is not changed once made. Plain mode's typo
        tolerance looks up near terms (TypoIndex); advanced mode's fuzzy~ terms too."""
        plan = self._plans.get(key)
        if plan is None:
            reader = state.reader
            vocabulary = TypoIndex(self._vocabulary, state.generation, reader)
            if mode == "advanced":
                plan = advanced_plan(q, reader, self.registry, self.max_query_chars, self.max_expansions,
                                     languages=self.languages, facets=self.facets, vocabulary=vocabulary,
                                     max_expansion_postings=self.max_expansion_postings)
            else:
                plan = plain_plan(q, reader, self.registry, self.max_query_chars, languages=self.languages,
                                  typos=vocabulary if self.typo_tolerance else None,
                                  max_expansions=self.max_expansions, facets=self.facets)
            self._plans.put(key, plan, 1)
        return plan

    def _did_you_mean(self, key: tuple, state: _ReaderState, plan: QueryPlan) -> str | None:
        """The speller's correction of the plan's words: a function of what the plan was made from
        (the reader's vocabularies and document frequencies, the registry's names), kept under the
        plan's key like the plan."""
        found = self._suggestions.get(key, self._suggestions)
        if found is self._suggestions:
            found = self._speller.suggest(state.generation, state.reader, state.columns, plan)
            self._suggestions.put(key, found, 1)
        return found

    # -- search ---------------------------------------------------------------------------------
    def search(self, q: str, lang: str | None = None, page: int = 1, size: int = 10, filters: dict | None = None,
               date_from=None, date_to=None, sort: str = "relevance", mode: str = "plain",
               date_granularity: str = "month", dates: bool = True) -> SearchResult:
        """Ranked hits, exact facet counts over ALL matches, safe snippets. See module docstring.
        `dates`: in plain mode without date_from/date_to, a date the query names ("июнь 2023",
        "у 2025 годзе", "last month") becomes the date filter, reported in `understood`; False
        reads those words as words."""
        lang = self.languages.source.code if lang is None else lang
        self._check(lang, page, size, sort, mode, date_granularity)
        if (read_dates := self._query_dates(q, mode, dates, date_from, date_to)) is not None:
            rest, read = read_dates
            args = dict(lang=lang, page=page, size=size, filters=filters, sort=sort, mode=mode,
                        date_granularity=date_granularity, dates=False)
            result = self.search(rest, date_from=read.date_from, date_to=read.date_to, **args)
            applied = result.total > 0
            if not applied:  # nothing in those dates: the words alone, and say so
                result = self.search(q, **args)
            result.query = q
            result.understood = [{**read.to_json(), "applied": applied}]
            return result
        return self._search(q, lang, page, size, filters, date_from, date_to, sort, mode, date_granularity)

    def pages(self, q: str, *, page_size: int = 500, max_hits: int = 10_000, lang: str | None = None,
              filters: dict | None = None, date_from=None, date_to=None, sort: str = "relevance",
              mode: str = "plain", dates: bool = True) -> Iterator[SearchResult]:
        """Every match of search() with these options, in its order, `page_size` hits a page and
        `max_hits` at most (exports and feeds read deeper than max_page, the bound of a person paging).
        The first page is search()'s own answer (it validates, and reads the dates the query names);
        each later page is one more search, so memory holds one page at a time. A write landing
        between two pages can shift a hit across the boundary: the generation is in each page."""
        first = self.search(q, lang=lang, page=1, size=min(page_size, self.max_page_size), filters=filters,
                            date_from=date_from, date_to=date_to, sort=sort, mode=mode, dates=dates)
        if first.understood and first.understood[0]["applied"]:  # as search() read it: the rest + the dates
            q = self._query_dates(q, mode, dates, None, None)[0]
            date_from, date_to = first.date_from, first.date_to
        if first.size == page_size or first.total <= first.size:
            yield first
            start = first.size
        else:  # page_size above max_page_size: the first page again, at full size
            start = 0
        lang = first.lang
        while start < min(first.total, max_hits):
            page = self._search(q, lang, start // page_size + 1, page_size, filters, date_from, date_to, sort,
                                mode, "month")
            if not page.hits:
                return
            yield page
            start += page_size

    def _search(self, q, lang, page, size, filters, date_from, date_to, sort, mode, date_granularity) -> SearchResult:
        started = time.perf_counter()
        filters = self._filters(filters)
        first, last = self._date_range(date_from, date_to)
        state = self._checkout()
        try:
            reader, cols = state.reader, state.columns
            text = q if isinstance(q, str) else ""
            plan_key = self._plan_key(text, mode, state)  # one key (and registry refresh) a search
            plan = self._plan(plan_key, text, mode, state)

            # every match with its score in one numpy pass (exact total and facets)
            evaluator, scores = None, None
            if plan.query is None:
                base = cols.live.copy()
            else:
                evaluator = Evaluator(reader, cols)
                scores, base = evaluator.evaluate(plan.query, keep=[q for qs in plan.components.values() for q in qs])
            ctx = FacetContext(lang, filters, first, last, date_granularity, self.registry, self.languages)
            masks = {facet.name: m for facet in self.facets if (m := facet.mask(cols, ctx)) is not None}
            final = base
            if masks:
                final = base.copy()
                for m in masks.values():
                    final &= m
            total = cols.match_count(final)

            # multi-select: a facet's counts ignore its own filter. Facets under the same filters
            # count over one mask (all of them when none is set), so its matches are listed once
            # (Columns.match_count / match_docs); no mask is changed after this point.
            facets, counted = {}, {(): base, tuple(masks): final}
            for facet in self.facets:
                applied = tuple(key for key in masks if key != facet.name)
                m = counted.get(applied)
                if m is None:
                    m = counted[applied] = base.copy()
                    for key in applied:
                        m &= masks[key]
                facets[facet.name] = facet.render(facet.counts(cols, m, ctx), ctx)

            start = (page - 1) * size
            scored: list[tuple[int, float | None]] = []
            if total > start:
                if sort == "date" or plan.query is None:
                    idx = cols.match_docs(final)
                    order = np.lexsort((idx, -cols.stamp[idx]))  # newest first, stable by docnum
                    scored = [(int(d), None) for d in idx[order][start:start + size]]
                else:
                    idx = cols.match_docs(final)
                    depth = start + size
                    if len(idx) > depth:
                        # every hit scoring at least the depth-th best: ties at the cut all stay, so the
                        # order below (and so each page) is the same whatever the depth (page x size)
                        kth = -np.partition(-scores[idx], depth - 1)[depth - 1]
                        idx = idx[scores[idx] >= kth]
                    order = np.lexsort((idx, -scores[idx]))  # best first, ties by docnum
                    scored = [(int(d), float(scores[d])) for d in idx[order][start:depth]]
            page_docs = [d for d, _ in scored]
            via = self._matched_via(evaluator, plan, page_docs) if evaluator is not None else {}
            markers: dict[str, Marker] = {}  # one per text language, shared by the page's hits
            labels: dict[tuple, str] = {}  # site and entity labels in `lang`, shared likewise
            hits = [self._hit(reader, cols, d, score, via.get(d, []), plan, lang, markers, labels) for d, score in scored]
            did_you_mean = (self._did_you_mean(plan_key, state, plan)
                            if (total < FEW_RESULTS or plan.corrected) and plan.words else None)
            took = round((time.perf_counter() - started) * 1000, 2)
            return SearchResult(
                query=q,
                mode=mode,
                lang=lang,
                query_lang=plan.query_lang,
                repaired_query=plan.repaired,
                entities=[EntityLabel(e, self.registry.label(e, lang)) for e in plan.entities],
                total=total,
                page=page,
                size=size,
                pages=min(self.max_page, math.ceil(total / size)),
                sort=sort,
                filters=filters,
                date_from=first.isoformat() if first else None,
                date_to=last.isoformat() if last else None,
                generation=state.generation,
                hits=hits,
                facets=facets,
                did_you_mean=did_you_mean,
                warnings=list(plan.warnings),
                took_ms=took,
            )
        finally:
            self._checkin(state)

    @staticmethod
    def _matched_via(evaluator: Evaluator, plan: QueryPlan, docnums: list[int]) -> dict[int, list[str]]:
        """Which routes each page hit matched, from the masks the evaluator kept per query node."""
        out: dict[int, set[str]] = {d: set() for d in docnums}
        if docnums:
            page = np.asarray(docnums, dtype=np.int64)
            for tags, queries in plan.components.items():
                for q in queries:
                    for d in page[evaluator.matched(q, page)].tolist():
                        out[d].update(tags)
        return {d: [v for v in VIAS if v in tags] for d, tags in out.items()}

    def _hit(self, reader, cols: Columns, docnum: int, score, matched_via: list[str], plan: QueryPlan, lang: str,
             markers: dict | None = None, labels: dict | None = None) -> Hit:
        """`markers`, `labels`: the page's, filled as its hits need them (a page's hits share
        their sites and many entities: ~20 us a hit of look-ups)."""
        labels = {} if labels is None else labels
        article = cols.document(docnum, lambda: self._read_article(reader, docnum))
        source = self.languages.source.code
        # the reader's language when the story has text in it (its own, a site edition, a
        # translation), else English, else the story's own language
        text_lang = next(code for code in (lang, source, article.lang) if article.text_in(code) is not None)
        title, body = article.text_in(text_lang)
        marker = markers.get(text_lang) if markers is not None else None
        if marker is None:
            marker = Marker(plan.stems.get(text_lang, set()), text_lang, plan.name_keys, self.languages)
            if markers is not None:
                markers[text_lang] = marker
        snippet = Snippet.build(body, marker)
        title_marked = highlight_all(title, marker)
        return Hit(
            id=article.id,
            url=article.url,
            title=title,
            title_html=title_marked.html,
            title_en=(article.text_in(source) or (article.title,))[0],
            lang=text_lang,
            published=article.published,
            published_time=article.published_time,
            site=article.site,
            site_label=self._label(labels, "site", article.site, lang),
            # a Source is flat: its fields as they are (asdict deep-copies, ~0.04 ms a hit)
            sources=[public_source(vars(s)) for s in article.sources],
            score=None if score is None else round(float(score), 4),
            snippet=snippet.html,
            snippet_text=snippet.text,
            snippet_spans=snippet.spans,
            matched_via=matched_via,
            translations=sorted(article.translations),
            entities={facet.field: [EntityLabel(i, self._label(labels, "entity", i, lang)) for i in facet.values(article)]
                      for facet in self.facets.named_entity_facets()},
            story_lang=article.lang,
            editions=article.edition_langs,
            translation_source=article.translation_source(),
        )

    @staticmethod
    def _read_article(reader, docnum: int) -> tuple[Article, int]:
        """A document's Article (not to be changed: Columns.document shares it) and the bytes it
        holds, estimated as twice its stored JSON (tracemalloc: ~2.2x at the synthetic corpus)."""
        text = reader.stored_fields(docnum)["article"]
        return Article.from_dict(json.loads(text)), 2 * len(text) + 512

    def _label(self, labels: dict, kind: str, value, lang: str):
        """site_label or the entity registry's label, remembered in `labels` (one page's)."""
        key = (kind, value)
        label = labels.get(key, labels)
        if label is labels:
            label = labels[key] = (self.site_label(value, lang) if kind == "site"
                                   else self.registry.label(value, lang))
        return label

    def site_label(self, site: str | None, lang: str) -> str | None:
        """A site's name in `lang` as the site facet labels it (a known committee's Russian or
        Belarusian name); the canonical name stays the filter value."""
        if not site:
            return site
        return self.facets.label("site", site, FacetContext(lang, entities=self.registry, languages=self.languages))

    # -- suggest --------------------------------------------------------------------------------
    def suggest(self, prefix: str, lang: str | None = None, filters: dict | None = None, limit: int = 10,
                date_from=None, date_to=None) -> dict:
        started = time.perf_counter()
        lang = self.languages.source.code if lang is None else lang
        if lang not in self.languages:
            raise QueryError(self.languages.unknown(lang))
        if not isinstance(limit, int) or not 1 <= limit <= 50:
            raise QueryError(f"limit must be between 1 and 50, got {limit!r}")
        filters = self._filters(filters)
        first, last = self._date_range(date_from, date_to)
        state = self._checkout()
        try:
            cols = state.columns
            allow = cols.live.copy()
            ctx = FacetContext(lang, filters, first, last, entities=self.registry, languages=self.languages)
            for facet in self.facets:
                if (m := facet.mask(cols, ctx)) is not None:
                    allow &= m
            if self._suggester is None:
                self._suggester = Suggester(self.registry, self.languages)
            prefix = prefix if isinstance(prefix, str) else ""
            items = self._suggester.suggest(state.reader, cols, allow, prefix, lang, limit)
            if not items:
                repaired = routing.repair_layout(prefix, self.languages, self.registry)
                if repaired:
                    items = self._suggester.suggest(state.reader, cols, allow, repaired, lang, limit)
            return {"prefix": prefix, "lang": lang, "suggestions": items,
                    "took_ms": round((time.perf_counter() - started) * 1000, 2)}
        finally:
            self._checkin(state)

    # -- facet value search ---------------------------------------------------------------------
    def facet_values(self, facet: str, q: str = "", lang: str | None = None, filters: dict | None = None,
                     date_from=None, date_to=None, mode: str = "plain", dates: bool = True,
                     facet_q: str = "", limit: int = 20) -> dict:
        """The values of one value facet under a search (its query, filters and dates, the facet's own
        filter ignored as in /search) whose label in any language has words starting with `facet_q`'s
        (ValuesFacet.find): {"facet", "facet_q", "values" (rendered, top `limit` by count), "total"
        (how many values matched)}. A query's date words narrow as in search() when they match anything."""
        started = time.perf_counter()
        lang = self.languages.source.code if lang is None else lang
        self._check(lang, 1, 1, "relevance", mode, "month")
        values_facet = next((f for f in self.facets.filters() if f.name == facet), None)
        if values_facet is None:
            raise QueryError(f"no value facet {str(facet)[:40]!r}; expected one of "
                             f"{', '.join(f.name for f in self.facets.filters())}")
        if not isinstance(limit, int) or not 1 <= limit <= 1000:
            raise QueryError(f"limit must be between 1 and 1000, got {limit!r}")
        q = q if isinstance(q, str) else ""
        filters = self._filters(filters)
        first, last = self._date_range(date_from, date_to)
        state = self._checkout()
        try:
            tries = [(q, first, last)]
            if (read_dates := self._query_dates(q, mode, dates, date_from, date_to)) is not None:
                rest, read = read_dates
                tries.insert(0, (rest, *self._date_range(read.date_from, read.date_to)))
            for text, first, last in tries:  # the understood dates when they match anything, as search()
                ctx = FacetContext(lang, filters, first, last, entities=self.registry, languages=self.languages)
                base, masks = self._matches(state, text, mode, ctx)
                allowed = base.copy()
                for name, m in masks.items():
                    if name != facet:
                        allowed &= m
                if len(tries) == 1 or (allowed & masks.get(facet, True)).any():
                    break
            counts = values_facet.counts(state.columns, allowed, ctx)
            values, total = values_facet.find(counts, ctx, facet_q if isinstance(facet_q, str) else "", limit)
            return {"facet": facet, "facet_q": facet_q, "values": values, "total": total,
                    "took_ms": round((time.perf_counter() - started) * 1000, 2)}
        finally:
            self._checkin(state)

    def _matches(self, state: "_ReaderState", q: str, mode: str, ctx: FacetContext) -> tuple[np.ndarray, dict]:
        """Every live document the query matches, and each facet's selection mask."""
        plan = self._plan(self._plan_key(q, mode, state), q, mode, state)
        if plan.query is None:
            base = state.columns.live.copy()
        else:
            _, base = Evaluator(state.reader, state.columns).evaluate(plan.query, keep=[])
        masks = {f.name: m for f in self.facets if (m := f.mask(state.columns, ctx)) is not None}
        return base, masks

    # -- every article ----------------------------------------------------------------------------
    def stored_articles(self) -> Iterator[Article]:
        """Every story the serving generation holds, as the batch job stored it: its own text,
        `sources` (each page it was read from, with the language of an edition or of another
        site's retelling in another language: Source.lang) and `translations` (a site's edition:
        route "site"). For tools and tests that compare what was linked with known answers
        (bench/editions.py); one reader is held until the iteration ends."""
        state = self._checkout()
        try:
            for fields in state.reader.all_stored_fields():
                yield Article.from_dict(json.loads(fields["article"]))
        finally:
            self._checkin(state)

    # -- one article ----------------------------------------------------------------------------
    def get_article(self, article_id: str) -> dict | None:
        """The stored article as a response shows it (article.public_view: no server paths), the
        entities it names under each entity facet's field (derived facets such as region left out),
        each labelled in every language and typed by its facet (the filter that finds it), the names
        in every language of the sites that printed it (`site_labels`: canonical name -> language ->
        name), and the generation it was read from; None if absent."""
        state = self._checkout()
        try:
            docnum = state.reader.document_number(article_id) if isinstance(article_id, str) else None
            if docnum is None:
                return None
            stored = json.loads(state.reader.stored_fields(docnum)["article"])
            article = public_view(stored)
            story = Article.from_dict(stored)
            contexts = {code: FacetContext(code, entities=self.registry, languages=self.languages)
                        for code in self.languages.codes}
            article["entities"] = {
                facet.field: [{"id": eid, "type": facet.name,
                               "labels": {code: facet.label(eid, ctx) for code, ctx in contexts.items()}}
                              for eid in facet.values(story)]
                for facet in self.facets.named_entity_facets()}
            sites = dict.fromkeys(filter(None, [article.get("site"), *(s.get("site") for s in article["sources"])]))
            article["site_labels"] = {site: {code: self.site_label(site, code) for code in self.languages.codes}
                                      for site in sites}
            article["generation"] = state.generation
            return article
        finally:
            self._checkin(state)
