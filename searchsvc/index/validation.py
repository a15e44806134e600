"""Checks a generation must pass before LIVE may point at it.

>>> problems = validate_generation(store.open(name), articles, store.facets)
>>> problems  # [] when the generation may be published
"""

from __future__ import annotations

from collections import Counter

from ..article import Article
from ..facets import FacetRegistry
from ..languages import default_languages
from .schema import text_field

CANARIES = 5


def validate_generation(index, articles: list[Article], facets: FacetRegistry, canaries: int = CANARIES) -> dict:
    """Document count, every id present, canary title queries, facet totals (each facet of
    `facets` names the field it is counted in and the values an article gives it). Returns
    {"checks": {name: detail}, "problems": [message...]}; publish only when problems is empty."""
    checks: dict = {}
    problems: list[str] = []
    with index.reader() as reader:
        count = reader.doc_count()
        checks["documents"] = {"expected": len(articles), "found": count}
        if count != len(articles):
            problems.append(f"document count {count} != {len(articles)} articles written")

        missing = [a.id for a in articles if reader.document_number(a.id) is None]
        checks["ids_missing"] = len(missing)
        if missing:
            problems.append(f"{len(missing)} article ids not found, e.g. {missing[:3]}")

        # The title of a few articles, searched as words, must find that article.
        languages = default_languages()
        picked = articles[:: max(1, len(articles) // canaries)][:canaries] if articles else []
        canary_results = []
        for article in picked:
            # the engine's own ranking: this checks the index, not search/'s scoring
            # the article's own text is in its language's fields (index/documents.py)
            title_field = text_field("title", article.lang if article.lang in languages else languages.source.code)
            top = [reader.stored_fields(d)["id"] for d in reader.best_matches(title_field, _words(article.title), 10)]
            found = article.id in top
            canary_results.append({"id": article.id, "title": article.title[:80], "found": found})
            if not found:
                problems.append(f"canary: title of {article.id} ({article.title[:60]!r}) does not find it")
        checks["canaries"] = canary_results

        # Facet totals: what the articles say == what the index counts.
        facet_problems = 0
        for facet in facets:
            field = facet.checked_field
            if field is None or not reader.has_field(field):
                continue
            expected = Counter(v for a in articles for v in set(facet.expected_values(a)))
            for value, n in expected.items():
                found = len(reader.docs_with(field, value))
                if found != n:
                    facet_problems += 1
                    if facet_problems <= 5:
                        problems.append(f"facet {field}={value}: index counts {found}, articles say {n}")
            checks[f"facet_{field}_values"] = len(expected)
        checks["facet_mismatches"] = facet_problems
    return {"checks": checks, "problems": problems}


def _words(title: str) -> str:
    # words only: a title with quotes or colons must not become a phrase or field query
    return " ".join("".join(ch if ch.isalnum() else " " for ch in title).split())
