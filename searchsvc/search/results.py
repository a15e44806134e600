"""What a search answers: typed results the HTTP API, the CLI and the benchmarks read.

>>> result = SearchService("indexes/default").search("Вольфович", lang="ru")
>>> result.total, result.hits[0].title, result.hits[0].persons[0].label   # or .organizations, .places
>>> result.to_json()            # the JSON form (`searchsvc search --json`); Hit.to_json for one hit

The JSON form is written here only: the HTTP API (web/search_api.py) puts the same `Hit.to_json`
and `EntityLabel.to_json` dicts in its answer. Facet values stay the dicts each facet renders.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields


@dataclass
class EntityLabel:
    """An entity a hit or a query names, labelled in the reader's language."""

    id: str
    label: str

    def to_json(self) -> dict:
        return {"id": self.id, "label": self.label}


def _plain(value):
    """A copy of a JSON-shaped value (lists, dicts, scalars, EntityLabels) that shares no list or dict
    with the hit: what asdict() gives, at a tenth of its cost (it checks every value for a dataclass
    and deep-copies each string: ~0.15 ms a hit, 1.5 ms of a 10-hit answer)."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, EntityLabel):
        return value.to_json()
    return value


@dataclass
class Hit:
    id: str
    url: str | None
    title: str  # in the reader's language when a translation exists (then lang is that language)
    title_html: str  # title with the query's words in <mark>, everything else escaped
    title_en: str  # the source text's title
    lang: str  # the language of title and snippet
    published: str | None  # ISO date
    published_time: str | None
    site: str | None  # the canonical (English) name: the `site` filter's value
    site_label: str | None  # the site's name in the reader's language (the site facet's label)
    sources: list[dict]  # {site, url} of every copy of the story (reprints)
    score: float | None  # None when sorted by date or the query is empty
    snippet: str  # HTML: escaped text with <mark>
    snippet_text: str
    snippet_spans: list[list[int]]  # [start, end) of each mark in snippet_text
    matched_via: list[str]  # routes that matched (query.VIAS order): source, translation, entity, ...
    translations: list[str]  # languages the story has translations in
    # the entities the story names, per entity facet's field (persons, organizations, places, and any
    # facet registered later), labelled in the reader's language; the JSON form lists each field flat
    entities: dict[str, list[EntityLabel]] = field(default_factory=dict)
    story_lang: str = "en"  # the language of the story's first page (its own text)
    editions: list[str] = field(default_factory=list)  # languages the site itself published it in
    # per language with text: "site" (written by people: a page, a site edition) or "machine"
    translation_source: dict[str, str] = field(default_factory=dict)

    def __getattr__(self, name: str) -> list[EntityLabel]:
        """`hit.persons`, `hit.places`: one entity field's labels (only called for names a Hit lacks)."""
        entities = self.__dict__.get("entities") or {}
        if name in entities:
            return entities[name]
        raise AttributeError(name)

    def to_json(self) -> dict:
        """The fields in their declared order, then one key per entity field (persons, organizations, ...)."""
        out = {name: _plain(getattr(self, name)) for name in HIT_FIELDS}
        out.update(_plain(self.entities))
        return out


HIT_FIELDS = tuple(f.name for f in fields(Hit) if f.name != "entities")


@dataclass
class SearchResult:
    query: str
    mode: str
    lang: str
    query_lang: str | None  # the language the query was read as
    repaired_query: str | None  # the query retyped from the wrong keyboard layout, when it was
    entities: list[EntityLabel]  # the entities the query names
    total: int  # every match after the filters
    page: int
    size: int
    pages: int
    sort: str
    filters: dict[str, list[str]]
    date_from: str | None
    date_to: str | None
    generation: str
    hits: list[Hit]
    facets: dict[str, list[dict]]  # counts over all matches, each facet ignoring its own filter
    did_you_mean: str | None
    warnings: list[str]
    took_ms: float
    # dates the plain query named, read as a publication-date filter (search/dates.py):
    # [{text, date_from, date_to, kind, applied}]; applied False: nothing matched with it, so the
    # results are for the words alone
    understood: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)
