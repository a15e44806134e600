"""One article translated while a reader waits: `GET /articles/{id}?translate=ru`.

>>> on_demand = OnDemandTranslation(settings)
>>> outcome = on_demand.request(article, "ru")     # outcome.status: "translated", "pending", ...

Bounded three ways, so a request never holds a web worker for long: an article with more than
`settings.translate_on_demand_sentences` sentences missing from the cache is refused at once
("too_long": that is `searchsvc translate`'s job); translations run on one thread per process,
with at most `MAX_QUEUED` articles waiting ("busy" past that); and a request waits at most
`settings.translate_on_demand_wait_s` seconds ("pending" past that: the translation goes on into
the sentence cache, and asking again shortly answers from it). Sentences land in the sentence
cache like every other translation; the next reindex writes the article's translation into the
index (its gap filling) without translating them again.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import logging
import threading
from dataclasses import dataclass

from ..article import Article, Translation
from ..languages import LanguageRegistry, resolve
from .articles import ArticleTranslator
from .cache import TranslationCache
from .engine import model_identity
from .models import ModelCatalog
from .sentences import needs_translation, split_text

log = logging.getLogger("searchsvc.translation")

MAX_QUEUED = 4  # articles waiting for the on-demand thread, per process


@dataclass
class OnDemandOutcome:
    lang: str
    status: str  # present | translated | pending | too_long | busy | no_model | source
    detail: str = ""
    translation: Translation | None = None
    sentences_to_translate: int = 0  # not in the cache when asked

    def to_dict(self) -> dict:
        out = {"lang": self.lang, "status": self.status, "detail": self.detail}
        if self.status in ("translated", "pending", "too_long"):
            out["sentences_to_translate"] = self.sentences_to_translate
        return out


class OnDemandTranslation:
    """Per process: one translator, one thread, a short queue; jobs keyed by (article, language)."""

    def __init__(self, settings, translator: ArticleTranslator | None = None, languages: LanguageRegistry | None = None):
        """`languages`: the service's (Services.languages; default: default_languages())."""
        self.settings = settings
        self.languages = resolve(languages)
        self.translator = translator or ArticleTranslator(settings, languages=self.languages)
        # a second translator for articles whose sentences are all cached: it never loads a model,
        # so it need not queue behind a translation under way
        self.from_cache = ArticleTranslator(settings, languages=self.languages)
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="translate-on-demand")
        self._jobs: dict[tuple[str, str], concurrent.futures.Future] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    def request(self, article: Article, lang: str) -> OnDemandOutcome:
        if article.lang == lang:
            return OnDemandOutcome(lang, "source", f"the article is written in {lang}")
        if lang in article.translations:
            return OnDemandOutcome(lang, "present", "", article.translations[lang])
        route = ModelCatalog.load(self.settings.models_dir, self.languages).route(lang)
        if not route.available:
            return OnDemandOutcome(lang, "no_model", f"no translation model for {lang} is installed "
                                                     f"(searchsvc models install {lang})")
        missing = self._missing_sentences(article, route)
        if missing == 0:  # every sentence is cached: no model runs, answer now
            return OnDemandOutcome(lang, "translated", "", self._translate(article, lang, self.from_cache))
        limit = self.settings.translate_on_demand_sentences
        if missing > limit:
            return OnDemandOutcome(lang, "too_long", f"{missing} sentences to translate; one request translates at "
                                   f"most {limit}. `searchsvc translate` translates the archive", None, missing)
        key = (article.id, lang)
        with self._lock:
            job = self._jobs.get(key)
            if job is None:
                if len(self._jobs) >= MAX_QUEUED:
                    return OnDemandOutcome(lang, "busy", f"{len(self._jobs)} translations are under way; "
                                                         f"ask again in a few seconds")
                job = self._jobs[key] = self._executor.submit(self._translate, article, lang, self.translator)
                job.add_done_callback(lambda _: self._forget(key))
        try:
            translation = job.result(timeout=self.settings.translate_on_demand_wait_s)
        except concurrent.futures.TimeoutError:
            return OnDemandOutcome(lang, "pending", "still translating; ask again in a few seconds", None, missing)
        if translation is None:
            return OnDemandOutcome(lang, "no_model", "the translation model failed; see the server log", None, missing)
        return OnDemandOutcome(lang, "translated", "", translation, missing)

    def _forget(self, key) -> None:
        with self._lock:
            self._jobs.pop(key, None)

    def _missing_sentences(self, article: Article, route) -> int:
        """Sentences of the article the route's first model has not translated yet (the pivot's
        second leg sees as many again at most)."""
        sentences = sorted({s for text in (article.title, article.body) for s, _ in split_text(text)
                            if needs_translation(s)})
        cache = TranslationCache(self.settings.translation_cache_dir)
        first = route.legs[0]
        known = cache.get_many(model_identity(first, cache, self.settings.translate_beam), sentences)
        return (len(sentences) - len(known)) * len(route.legs)

    @staticmethod
    def _translate(article: Article, lang: str, translator: ArticleTranslator) -> Translation | None:
        copy = dataclasses.replace(article, translations={})
        report = translator.translate([copy], langs=(lang,))
        if report.errors:
            log.warning("on-demand translation of %s into %s: %s", article.id, lang, "; ".join(report.errors))
        return copy.translations.get(lang)
