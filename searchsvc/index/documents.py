"""Article -> index document, a dict of the schema's fields (the only place that knows how fields are filled)."""

from __future__ import annotations

import json
import re
from datetime import datetime

from ..article import SITE_EDITION, Article
from ..entities import EntityRegistry
from ..facets import FacetRegistry, default_facets
from ..lang.translit import name_key
from ..languages import LanguageRegistry, resolve
from .schema import DAY_FIELD, NAME_KEYS_FIELD, TITLE_LINES_FIELD, TITLE_WORDS_FIELD, text_field

_WORD = re.compile(r"\w+(?:['’ʼ]\w+)*")
_MAX_NAME_TOKENS = 400  # bounds the cost of a long page


def proper_name_keys(texts, always: bool = False) -> list[str]:
    """Script-independent keys of the capitalised words (likely names) in `texts`.

    "Volfovich", "Вольфовичем" and "Вальфовіч" share a key, so a name typed in any script or
    case form reaches the English text even when it is not in the entity registry.
    """
    keys = []
    for text in texts:
        for match in _WORD.finditer(text or ""):
            word = match.group()
            if len(word) < 4 or not (always or word[0].isupper()):
                continue
            key = name_key(word)
            if key:
                keys.append(key)
            if len(keys) >= _MAX_NAME_TOKENS:
                return keys
    return keys


def english_gloss(text: str, lang: str, languages: LanguageRegistry) -> str:
    """The glossary's English terms for the words and phrases of `text` (lang/glossary.tsv), each
    concept once, in text order: "урожая в Гомельской области" -> "harvest ; crop ; Gomel Oblast"."""
    from ..lang.glossary import phrase_terms

    seen: dict[str, None] = {}
    for _words, terms in phrase_terms(text, lang, languages):
        seen.setdefault(" ; ".join(terms), None)
    return " ; ".join(seen)


def article_document(article: Article, registry: EntityRegistry, languages: LanguageRegistry | None = None,
                     facets: FacetRegistry | None = None) -> dict:
    """The document of `article`: its own text in its language's fields (a Russian page in
    title_ru/body_ru), each other language it has text in (a site edition, a translation) in that
    language's fields (`translated`: the bits of every language with text, LanguageRegistry.bit),
    each facet's values in its keyword field (`facets`: default_facets())."""
    languages = resolve(languages)
    facets = facets if facets is not None else default_facets()
    own = article.lang if article.lang in languages else languages.source.code
    doc = {
        "id": article.id,
        "url": article.url,
        "site": article.site,
        "content_hash": article.content_hash,
        "article": json.dumps(article.to_dict(), ensure_ascii=False),
        text_field("title", own): article.title,
        text_field("body", own): article.body,
    }
    for facet in facets.filters():
        doc[facet.field] = ",".join(facet.index_values(article))
    names = []
    for eid in (eid for facet in facets.entity_facets() for eid in facet.values(article)):
        entity = registry.get(eid)
        if entity is not None:
            names.extend(entity.names())
    doc["entity_names"] = " ; ".join(names)
    titles = [article.title]
    mask = languages.bit(own)
    for lang in languages.codes:
        tr = article.translations.get(lang)
        if tr is not None and lang != own:
            doc[text_field("title", lang)] = tr.title
            doc[text_field("body", lang)] = tr.body
            titles.append(tr.title)
            mask |= languages.bit(lang)
    doc["translated"] = mask
    source = languages.source.code
    if own != source and source not in article.translations:
        # No English text yet (no edition, no ru->en model): the glossary's English terms for the
        # story's topic words stand in for it in the English fields, so an English query reaches the
        # story; shown nowhere (a hit shows the story's own text) and not a translation (mask).
        doc[text_field("title", source)] = english_gloss(article.title, own, languages)
        doc[text_field("body", source)] = english_gloss(article.body, own, languages)
    doc[TITLE_LINES_FIELD] = "\n".join(" ".join(t.split()) for t in titles if t)
    doc[TITLE_WORDS_FIELD] = " ".join(dict.fromkeys(w.lower() for t in titles for w in _WORD.findall(t or "")))
    keys = proper_name_keys([article.title, article.body] + [
        t for lang in languages.codes if lang != own and (tr := article.translations.get(lang)) is not None
        and tr.route == SITE_EDITION for t in (tr.title, tr.body)]) + proper_name_keys(names, always=True)
    doc[NAME_KEYS_FIELD] = " ".join(keys)
    if article.published:
        day = datetime.fromisoformat(article.published)
        if article.published_time:
            hh, mm = map(int, article.published_time.split(":"))
            day = day.replace(hour=hh, minute=mm)
        doc["published"] = day
        doc["month"] = article.published[:7]
        doc[DAY_FIELD] = article.published[:10]
    return doc
