"""The one schema, engine-neutral (engines/base.py Field). Text fields are `<part>_<lang>`
(title_en, body_ru, ...); each facet of the registry (facets.py) adds its keyword field.

>>> schema = build_schema()
>>> text_field("body", "ru") in schema.names()
True
"""

from __future__ import annotations

from ..engines.base import Field, Schema
from ..facets import FacetRegistry, default_facets
from ..lang.analysis import analysis, line_analysis, name_analysis
from ..languages import LanguageRegistry, resolve

TEXT_PARTS = ("title", "body")
# BM25F field weights: a title match outranks a body match; an exact entity-id match (persons /
# organizations terms, boosted at query time) outranks a name mentioned in text.
FIELD_BOOSTS = {"title": 3.0, "body": 1.0, "entity_names": 2.5, "name_keys": 1.0}

DAY_FIELD = "day"  # "YYYY-MM-DD"
TITLE_LINES_FIELD = "title_exact"  # one token per title line (each language), lowercased
TITLE_WORDS_FIELD = "title_words"  # unstemmed lowercased title words (all languages)
NAME_KEYS_FIELD = "name_keys"  # script-independent skeletons of proper names (translit.name_key)


def text_field(part: str, lang: str) -> str:
    return f"{part}_{lang}"


def field_boost(fieldname: str) -> float:
    """A field's BM25F weight: FIELD_BOOSTS by name, or by part for a text field `<part>_<lang>`."""
    if fieldname in FIELD_BOOSTS:
        return FIELD_BOOSTS[fieldname]
    part = fieldname.rpartition("_")[0]
    if part in TEXT_PARTS and fieldname not in (TITLE_LINES_FIELD, TITLE_WORDS_FIELD):
        return FIELD_BOOSTS[part]
    return 1.0


def rarity_fields(fieldname: str) -> tuple[str, ...]:
    """The fields whose document frequencies give a term's rarity in `fieldname`: a title word is
    as common as it is in the titles and bodies of its language (BM25F: one idf per term, so a
    word rare in titles but in 700 bodies, "statement", is not scored as rare in a title)."""
    part, _, lang = fieldname.rpartition("_")
    if part in TEXT_PARTS and fieldname not in (TITLE_LINES_FIELD, TITLE_WORDS_FIELD):
        return tuple(text_field(p, lang) for p in TEXT_PARTS)
    return (fieldname,)


def build_schema(languages: LanguageRegistry | None = None, facets: FacetRegistry | None = None) -> Schema:
    """The fields for `languages` (default: default_languages()): a title and a body per language;
    a keyword field per value facet of `facets` (default: default_facets())."""
    fields = [
        Field("id", "id", stored=True, unique=True),
        Field("url", "stored"),
        Field("site", "id", stored=True),
        Field("published", "datetime", stored=True, sortable=True),
        Field("month", "id", stored=True),  # "2023-01"
        Field(DAY_FIELD, "id"),
        # every label and alias of the article's entities, in all scripts
        Field("entity_names", "text", analysis=name_analysis(), boost=FIELD_BOOSTS["entity_names"]),
        Field(NAME_KEYS_FIELD, "keyword", scorable=True, boost=FIELD_BOOSTS["name_keys"]),
        # each title (one per language, separated by newlines) a single lowercased term
        Field(TITLE_LINES_FIELD, "text", analysis=line_analysis(), phrase=False),
        Field(TITLE_WORDS_FIELD, "keyword", lowercase=True, scorable=False),
        Field("content_hash", "id", stored=True),
        Field("article", "stored"),  # the Article as JSON, for rendering hits without another lookup
        Field("translated", "numeric", stored=True),  # bitmask of languages with a translation
    ]
    for language in resolve(languages):
        for part in TEXT_PARTS:
            # not stored: the text is in `article` already (storing it twice slows indexing)
            fields.append(Field(text_field(part, language.code), "text", analysis=analysis(language),
                                boost=FIELD_BOOSTS[part], phrase=True))
    taken = {f.name for f in fields}
    for facet in (facets if facets is not None else default_facets()).filters():
        if facet.field in taken:
            raise ValueError(f"facet {facet.name!r}: index field {facet.field!r} is taken by the schema")
        fields.append(Field(facet.field, "keyword", commas=True, stored=facet.stored, scorable=facet.scorable))
    return Schema(fields)
