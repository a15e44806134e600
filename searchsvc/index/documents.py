"""Article -> Whoosh document (the only place that knows how fields are filled)."""

from __future__ import annotations

import json
from datetime import datetime

from ..article import Article
from ..entities import EntityRegistry
from ..languages import LANGUAGES, SOURCE
from .schema import text_field


def article_document(article: Article, registry: EntityRegistry) -> dict:
    doc = {
        "id": article.id,
        "url": article.url,
        "site": article.site,
        "sites": ",".join(sorted({s.site for s in article.sources} | {article.site})),
        "persons": ",".join(article.persons),
        "organizations": ",".join(article.organizations),
        "title_exact": article.title.lower(),
        "content_hash": article.content_hash,
        "article": json.dumps(article.to_dict(), ensure_ascii=False),
        text_field("title", SOURCE): article.title,
        text_field("body", SOURCE): article.body,
    }
    names = []
    for eid in (*article.persons, *article.organizations):
        entity = registry.get(eid)
        if entity is not None:
            names.extend(entity.names())
    doc["entity_names"] = " ; ".join(names)
    mask = 0
    for i, lang in enumerate(LANGUAGES):
        tr = article.translations.get(lang)
        if tr is not None:
            doc[text_field("title", lang)] = tr.title
            doc[text_field("body", lang)] = tr.body
            mask |= 1 << i
    doc["translated"] = mask
    if article.published:
        day = datetime.fromisoformat(article.published)
        if article.published_time:
            hh, mm = map(int, article.published_time.split(":"))
            day = day.replace(hour=hh, minute=mm)
        doc["published"] = day
        doc["month"] = article.published[:7]
    return doc
