"""Translation: Russian and Belarusian title + body for every article (Argos packages, cached).

>>> report = translate_articles(articles, services.translator)   # services.Services
>>> articles[0].translations["be"].route     # "direct", "pivot:ru" or "premade"

Packages live in settings.models_dir (`searchsvc models ...`); sentences are cached in
settings.translation_cache_dir. Nothing here imports argostranslate until a package is used.
"""

from __future__ import annotations


from ..article import Article
from .articles import ArticleTranslator, TranslationReport

__all__ = ["ArticleTranslator", "TranslationReport", "translate_articles"]

def translate_articles(articles: list[Article], translator: ArticleTranslator) -> TranslationReport:
    """Fill article.translations for every target language a model route exists for.

    Never raises for missing or broken models: gaps and errors are in the report. `translator`
    (services.translator) keeps its loaded models, so repeated calls (one posted article at a
    time, one chunk of a reindex at a time) are cheap."""
    return translator.translate(articles)
