"""Articles -> Russian and Belarusian fields: split, look up the cache, translate the rest in batches.

A run never raises for a missing or broken model: the articles keep their English (and any
pre-made translations), and the report says which languages have gaps and why.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

from ..article import HUMAN_ROUTES, PREMADE, Article, Translation
from ..languages import LanguageRegistry, resolve
from .cache import TranslationCache
from .engine import PackageTranslator, default_length_limits, model_identity
from .models import InstalledModel, ModelCatalog, Route
from .sentences import join_text, needs_translation, split_text

log = logging.getLogger("searchsvc.translation")

_WRITE_EVERY = 256  # sentences per cache transaction while a model runs
# sentences a translator remembers having sent to a model itself (see ArticleTranslator._made)
_MADE_LIMIT = 200_000


@dataclass
class TranslationReport:
    sentences_translated: int = 0  # sent to a model in this run (by this translator: see ArticleTranslator)
    sentences_cached: int = 0  # found in the sentence cache, put there by an earlier run
    gaps: dict[str, int] = field(default_factory=dict)  # lang -> articles left untranslated
    routes: dict[str, str] = field(default_factory=dict)  # lang -> "direct" / "pivot:ru" / "none"
    articles: int = 0
    route_counts: dict[str, dict[str, int]] = field(default_factory=dict)  # lang -> route -> articles
    models: dict[str, list[str]] = field(default_factory=dict)  # lang -> packages used, in order
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0


class _LegFailed(Exception):
    pass


class ArticleTranslator:
    """Translates batches of articles with whatever packages are installed.

    Keeps loaded models between calls (the HTTP process translates one posted article at a
    time). `length_limits` maps a batch's longest source (pieces) to (min, max) decoding
    length; benchmarks force both.
    """

    def __init__(self, settings, *, length_limits=default_length_limits, languages: LanguageRegistry | None = None):
        """`languages`: the service's (Services.languages; default: default_languages())."""
        self.settings = settings
        self.languages = resolve(languages)
        self.length_limits = length_limits
        self._engines: dict[tuple, PackageTranslator] = {}
        self._ids: dict[tuple, str] = {}
        self._lock = threading.Lock()
        # (model id, sentence) this translator sent to a model: found in the cache by a later call
        # of the same run (an edition's lead translated while linking, then the whole article),
        # it counts as translated in this run, not as an earlier run's cached work
        self._made: set[tuple[str, str]] = set()

    def model_stats(self) -> dict[str, dict]:
        """Per loaded package: sentences, batches, source and target pieces through the model."""
        out: dict[str, dict] = {}
        for engine in self._engines.values():
            totals = out.setdefault(engine.model.name, dict.fromkeys(engine.stats, 0))
            for key, value in engine.stats.items():
                totals[key] += value
        return out

    # --- one leg: a model over a set of sentences ----------------------------------------

    def _identity(self, model: InstalledModel, cache: TranslationCache) -> str:
        files = (model.path / "model" / "model.bin", model.path / "model" / "config.json",
                 model.path / "sentencepiece.model")
        stats = tuple((p.stat().st_size, p.stat().st_mtime_ns) if p.exists() else None for p in files)
        key = (str(model.path), stats, self.settings.translate_beam)
        if key not in self._ids:
            self._ids[key] = model_identity(model, cache, self.settings.translate_beam)
        return self._ids[key]

    def _engine(self, model: InstalledModel, model_id: str) -> PackageTranslator:
        s = self.settings
        key = (model_id, s.translate_batch, s.translate_threads, s.translate_device)
        if key not in self._engines:
            # an upgraded or re-installed package: let the old model go
            for old in [k for k, e in self._engines.items() if e.model.path == model.path]:
                del self._engines[old]
            self._engines[key] = PackageTranslator.from_settings(model, s, length_limits=self.length_limits)
        return self._engines[key]

    def _run_leg(self, model: InstalledModel, sentences: set[str], cache: TranslationCache,
                 memo: dict[str, dict[str, str]], report: TranslationReport) -> dict[str, str]:
        try:
            model_id = self._identity(model, cache)
        except OSError as exc:
            raise _LegFailed(f"{model.name}: cannot read model files ({exc})") from None
        known = memo.setdefault(model_id, {})
        todo = [s for s in sentences if s not in known]
        if todo:
            cached = cache.get_many(model_id, todo)
            known.update(cached)
            made_here = sum(1 for s in cached if (model_id, s) in self._made)
            report.sentences_translated += made_here
            report.sentences_cached += len(cached) - made_here
            misses = [s for s in todo if s not in cached]
            if misses:
                self._translate_misses(model, model_id, misses, cache, known)
                report.sentences_translated += len(misses)
        return known

    def _translate_misses(self, model, model_id, misses, cache, known) -> None:
        pending: dict[str, str] = {}
        description = f"{model.name} {model.version}"

        def store(done: dict[str, str]) -> None:
            known.update(done)
            pending.update(done)
            if len(self._made) < _MADE_LIMIT:  # a long-lived server's translator stops remembering
                self._made.update((model_id, s) for s in done)
            if len(pending) >= _WRITE_EVERY:
                cache.put_many(model_id, pending, description)
                pending.clear()

        try:
            self._engine(model, model_id).translate(misses, on_batch=store)
        except Exception as exc:  # a broken package must not stop indexing
            cache.put_many(model_id, pending, description)
            log.exception("translation with %s failed", model.name)
            raise _LegFailed(f"{model.name}: {type(exc).__name__}: {exc}") from None
        cache.put_many(model_id, pending, description)

    # --- articles ------------------------------------------------------------------------

    def translate(self, articles: list[Article], langs: tuple[str, ...] | None = None) -> TranslationReport:
        """`langs`: the languages to fill (default: every language of self.languages an article
        is not written in; one for an on-demand request). A language the site's own edition or a
        shipped translation covers is never machine-translated."""
        with self._lock:  # one run at a time per translator: models are not re-entrant here
            return self._translate(articles, langs)

    def _translate(self, articles: list[Article], langs: tuple[str, ...] | None = None) -> TranslationReport:
        started = time.perf_counter()
        report = TranslationReport(articles=len(articles))
        catalog = ModelCatalog.load(self.settings.models_dir, self.languages)
        cache: TranslationCache | None = None
        memo: dict[str, dict[str, str]] = {}
        split_cache: dict[int, tuple[list, list]] = {}

        def parts(article: Article):  # split once per run, shared by both languages
            key = id(article)
            if key not in split_cache:
                split_cache[key] = (split_text(article.title), split_text(article.body))
            return split_cache[key]

        for lang in langs or self.languages.codes:
            wanted = [a for a in articles if a.lang != lang
                      and not (lang in a.translations and a.translations[lang].route in HUMAN_ROUTES)]
            if lang == self.languages.source.code and not wanted:
                continue  # English stories (the usual case): nothing to bring into English
            by_source: dict[str, list[Article]] = {}
            for article in wanted:
                by_source.setdefault(article.lang, []).append(article)
            counts: Counter = Counter()
            for source, group in by_source.items():
                route = catalog.route(lang, source)
                if route.available:
                    if cache is None:
                        cache = TranslationCache(self.settings.translation_cache_dir)
                    try:
                        self._translate_group(group, route, parts, cache, memo, report)
                        counts[route.kind] += len(group)
                        report.models[lang] = [m.name for m in route.legs]
                        continue
                    except _LegFailed as exc:
                        report.errors.append(f"{lang}: {exc}")
                        route = Route(lang, "none", source=source)
                counts["none"] += len(group)
            untranslated = sum(1 for a in articles if a.lang != lang and lang not in a.translations)
            if untranslated:
                report.gaps[lang] = untranslated
            report.routes[lang] = _main_route(counts, articles, lang, catalog)
            report.route_counts[lang] = dict(counts)
        report.seconds = round(time.perf_counter() - started, 3)
        log.info("translated %d articles: %d sentences translated, %d cached, routes %s, gaps %s",
                 len(articles), report.sentences_translated, report.sentences_cached, report.routes, report.gaps)
        return report

    def _translate_group(self, group: list[Article], route: Route, parts, cache, memo, report) -> None:
        sources = {s for a in group for field_parts in parts(a) for s, _ in field_parts if needs_translation(s)}
        chain = {s: s for s in sources}  # source sentence -> text after the legs so far
        for leg in route.legs:
            step = self._run_leg(leg, set(chain.values()), cache, memo, report)
            chain = {s: step[t] for s, t in chain.items()}
        for article in group:
            title_parts, body_parts = parts(article)
            article.translations[route.lang] = Translation(
                title=join_text([(chain.get(s, s), sep) for s, sep in title_parts]),
                body=join_text([(chain.get(s, s), sep) for s, sep in body_parts]),
                route=route.kind,
            )


def _main_route(counts: Counter, articles, lang: str, catalog: ModelCatalog) -> str:
    if counts:
        return counts.most_common(1)[0][0]
    if articles and all(lang in a.translations and a.translations[lang].route == PREMADE for a in articles):
        return PREMADE
    return catalog.route(lang).kind
