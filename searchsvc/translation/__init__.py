"""Translation: Russian and Belarusian title + body for every article (Argos packages, cached).

>>> report = translate_articles(articles, Settings.load())
>>> articles[0].translations["be"].route     # "direct", "pivot:ru" or "premade"

Packages live in settings.models_dir (`searchsvc models ...`); sentences are cached in
settings.translation_cache_dir. Nothing here imports argostranslate until a package is used.
"""

from __future__ import annotations

import threading

from ..article import Article
from .articles import ArticleTranslator, TranslationReport

__all__ = ["ArticleTranslator", "TranslationReport", "translate_articles"]

_translators: dict = {}
_translators_lock = threading.Lock()


def translate_articles(articles: list[Article], settings) -> TranslationReport:
    """Fill article.translations for every target language a model route exists for.

    Never raises for missing or broken models: gaps and errors are in the report. Loaded
    models are kept per settings, so repeated calls (one posted article at a time) are cheap.
    """
    with _translators_lock:
        translator = _translators.get(settings)
        if translator is None:
            translator = _translators[settings] = ArticleTranslator(settings)
    return translator.translate(articles)
