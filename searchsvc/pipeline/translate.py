"""Translate stage: each story gets the languages it lacks (the translation cache answers repeats).

Writes only the translation cache (translation/cache.py, SQLite), so a crash here costs at most the
sentences not yet cached; the index and the manifest are untouched.
"""

from __future__ import annotations

from ..article import Article
from ..translation import ArticleTranslator, TranslationReport, translate_articles
from .progress import Progress

CHUNK = 200  # articles per translator call


def translate(articles: list[Article], translator: ArticleTranslator, progress: Progress, errors: list[dict]) -> dict:
    """Translate in place; returns the totals for the report and appends what failed to `errors`.

    An article that breaks the translator is indexed untranslated (and listed); the rest of its
    chunk is still translated."""
    totals = {"sentences_translated": 0, "sentences_cached": 0, "routes": {}}
    progress.stage("translate", len(articles))
    for i in range(0, len(articles), CHUNK):
        chunk = articles[i : i + CHUNK]
        try:
            reports = [translate_articles(chunk, translator)]
        except Exception:  # isolate the article that breaks the translator; the rest still get translated
            reports = []
            for article in chunk:
                try:
                    reports.append(translate_articles([article], translator))
                except Exception as exc:
                    errors.append({"source_path": article.source_path, "stage": "translate",
                                   "error": f"{type(exc).__name__}: {exc} (indexed untranslated)"})
        for tr in reports:
            # a model that failed (the translator never raises for that): the articles stay untranslated
            errors.extend({"source_path": "", "stage": "translate", "error": str(e)} for e in getattr(tr, "errors", []))
            totals["sentences_translated"] += tr.sentences_translated
            totals["sentences_cached"] += tr.sentences_cached
            totals["routes"].update(tr.routes)
        progress.advance(len(chunk))
    progress.finish()
    # a language a story has no text in (its own, a site edition, a translation)
    totals["gaps"] = {lang: n for lang in translator.languages.codes if (n := sum(a.text_in(lang) is None for a in articles))}
    return totals


def prepare_articles(articles: list[Article], services) -> TranslationReport:
    """Entities + translations for articles that did not come through ingest_paths (HTTP POST),
    through the caller's services. Returns the TranslationReport; index them with
    index.updates.apply_changes(..., registry=services.registry)."""
    for article in articles:
        services.extractor.annotate(article)
    return translate_articles(articles, services.translator)
