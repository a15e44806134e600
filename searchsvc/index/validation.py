"""Checks a generation must pass before LIVE may point at it.

>>> problems = validate_generation(index, articles)
>>> problems  # [] when the generation may be published
"""

from __future__ import annotations

from collections import Counter

from whoosh import qparser
from whoosh.query import Term

from ..article import Article
from ..languages import SOURCE
from .schema import text_field

CANARIES = 5


def validate_generation(index, articles: list[Article], canaries: int = CANARIES) -> dict:
    """Document count, every id present, canary title queries, facet totals. Returns
    {"checks": {name: detail}, "problems": [message...]}; publish only when problems is empty."""
    checks: dict = {}
    problems: list[str] = []
    with index.searcher() as searcher:
        count = searcher.doc_count()
        checks["documents"] = {"expected": len(articles), "found": count}
        if count != len(articles):
            problems.append(f"document count {count} != {len(articles)} articles written")

        missing = [a.id for a in articles if searcher.document_number(id=a.id) is None]
        checks["ids_missing"] = len(missing)
        if missing:
            problems.append(f"{len(missing)} article ids not found, e.g. {missing[:3]}")

        # The title of a few articles, searched as words, must find that article.
        title_field = text_field("title", SOURCE)
        parser = qparser.QueryParser(title_field, searcher.schema, group=qparser.OrGroup)
        parser.remove_plugin_class(qparser.OperatorsPlugin)  # "AND" in a title is a word here
        picked = articles[:: max(1, len(articles) // canaries)][:canaries] if articles else []
        canary_results = []
        for article in picked:
            query = parser.parse(_words(article.title))
            top = [hit["id"] for hit in searcher.search(query, limit=10)]
            found = article.id in top
            canary_results.append({"id": article.id, "title": article.title[:80], "found": found})
            if not found:
                problems.append(f"canary: title of {article.id} ({article.title[:60]!r}) does not find it")
        checks["canaries"] = canary_results

        # Facet totals: what the articles say == what the index counts.
        facet_fields = {"persons": lambda a: a.persons, "organizations": lambda a: a.organizations,
                        "month": lambda a: [a.published[:7]] if a.published else []}
        facet_problems = 0
        for field, values_of in facet_fields.items():
            if field not in searcher.schema:
                continue
            expected = Counter(v for a in articles for v in set(values_of(a)))
            for value, n in expected.items():
                found = sum(1 for _ in searcher.docs_for_query(Term(field, value)))
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
