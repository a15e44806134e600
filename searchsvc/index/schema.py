"""The one Whoosh schema. Field names for text are `<part>_<lang>` (title_en, body_ru, ...)."""

from __future__ import annotations

from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from ..lang.analysis import analyzer, name_analyzer
from ..languages import LANGUAGES

TEXT_PARTS = ("title", "body")
FIELD_BOOSTS = {"title": 3.0, "body": 1.0, "entity_names": 2.5}


def text_field(part: str, lang: str) -> str:
    return f"{part}_{lang}"


def build_schema() -> Schema:
    fields = {
        "id": ID(stored=True, unique=True),
        "url": STORED(),
        "site": ID(stored=True),
        "sites": KEYWORD(commas=True, lowercase=False, scorable=False),
        "published": DATETIME(stored=True, sortable=True),
        "month": ID(stored=True),  # "2023-01", for the date histogram
        "persons": KEYWORD(commas=True, stored=True, lowercase=False, scorable=True),
        "organizations": KEYWORD(commas=True, stored=True, lowercase=False, scorable=True),
        # every label and alias of the article's entities, in all scripts
        "entity_names": TEXT(analyzer=name_analyzer(), field_boost=FIELD_BOOSTS["entity_names"]),
        "title_exact": ID(stored=True),  # lowercased full title, for autocomplete
        "content_hash": ID(stored=True),
        "article": STORED(),  # the Article as JSON, for rendering hits without another lookup
        "translated": NUMERIC(stored=True),  # bitmask of languages with a translation
    }
    for lang in LANGUAGES:
        for part in TEXT_PARTS:
            fields[text_field(part, lang)] = TEXT(
                analyzer=analyzer(lang), stored=True, field_boost=FIELD_BOOSTS[part], phrase=True
            )
    return Schema(**fields)
