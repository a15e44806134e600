"""The one Whoosh schema. Field names for text are `<part>_<lang>` (title_en, body_ru, ...).

>>> schema = build_schema()
>>> text_field("body", "ru") in schema.names()
True
"""

from __future__ import annotations

from whoosh.analysis import LowercaseFilter, RegexTokenizer
from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from ..lang.analysis import analyzer, name_analyzer
from . import fastwrite
from ..languages import LANGUAGES

TEXT_PARTS = ("title", "body")
# BM25F field weights: a title match outranks a body match; an exact entity-id match (persons /
# organizations terms, boosted at query time) outranks a name mentioned in text.
FIELD_BOOSTS = {"title": 3.0, "body": 1.0, "entity_names": 2.5, "name_keys": 1.0}

# Columns the search side builds numpy arrays from (facets, filters): field -> facet name.
ENTITY_FIELDS = {"person": "persons", "organization": "organizations"}
SITE_FIELD = "sites"
DAY_FIELD = "day"  # "YYYY-MM-DD"
TITLE_LINES_FIELD = "title_exact"  # one token per title line (each language), lowercased
TITLE_WORDS_FIELD = "title_words"  # unstemmed lowercased title words (all languages)
NAME_KEYS_FIELD = "name_keys"  # script-independent skeletons of proper names (translit.name_key)


def text_field(part: str, lang: str) -> str:
    return f"{part}_{lang}"


def _line_analyzer():
    # Each title (one per language, separated by newlines) stays a single lowercased token,
    # so a prefix of the whole title can be completed with expand_prefix.
    return RegexTokenizer(r"[^\n]+") | LowercaseFilter()


def build_schema() -> Schema:
    fields = {
        "id": ID(stored=True, unique=True),
        "url": STORED(),
        "site": ID(stored=True),
        # the original site and every site that reprinted the story; a facet and a filter
        SITE_FIELD: KEYWORD(commas=True, lowercase=False, scorable=False),
        "published": DATETIME(stored=True, sortable=True),
        "month": ID(stored=True),  # "2023-01"
        DAY_FIELD: ID(),
        "persons": KEYWORD(commas=True, stored=True, lowercase=False, scorable=True),
        "organizations": KEYWORD(commas=True, stored=True, lowercase=False, scorable=True),
        # every label and alias of the article's entities, in all scripts
        "entity_names": TEXT(analyzer=name_analyzer(), field_boost=FIELD_BOOSTS["entity_names"]),
        NAME_KEYS_FIELD: KEYWORD(lowercase=False, scorable=True, field_boost=FIELD_BOOSTS["name_keys"]),
        TITLE_LINES_FIELD: TEXT(analyzer=_line_analyzer(), phrase=False),
        TITLE_WORDS_FIELD: KEYWORD(lowercase=True, scorable=False),
        "content_hash": ID(stored=True),
        "article": STORED(),  # the Article as JSON, for rendering hits without another lookup
        "translated": NUMERIC(stored=True),  # bitmask of languages with a translation
    }
    for lang in LANGUAGES:
        for part in TEXT_PARTS:
            # not stored: the text is in `article` already (storing it twice slows indexing)
            fields[text_field(part, lang)] = TEXT(
                analyzer=analyzer(lang), stored=False, field_boost=FIELD_BOOSTS[part], phrase=True
            )
    return Schema(**fields)


def _remember_missing_length_columns() -> None:
    """Whoosh 2.7 asks the file system whether a length column exists once per POSTING of a field
    that has none (ID and unscorable fields) while it writes a segment (~10% of indexing time
    here). A segment's files do not change once written, so remember the answer."""
    from whoosh.codec import whoosh3

    original = whoosh3.W3PerDocReader._cached_reader
    if getattr(original, "remembers_missing", False):
        return

    def _cached_reader(self, fieldname, column):
        missing = self.__dict__.setdefault("_missing_columns", set())
        if fieldname in missing:
            return None
        reader = original(self, fieldname, column)
        if reader is None:
            missing.add(fieldname)
        return reader

    _cached_reader.remembers_missing = True
    whoosh3.W3PerDocReader._cached_reader = _cached_reader


_remember_missing_length_columns()
fastwrite.install()
