"""Facets, Datasette-style: one small class per facet type, kept in one registered list.

A facet is what a reader narrows results by (people, organizations, sites, dates). Every type has
the same interface:

- `counts(columns, mask, ctx)`: exact {value: count} over every document in the match mask (numpy
  over the cached columns of search/columns.py, never a Whoosh groupedby);
- `render(counts, ctx)`: the values a client shows, each with `value`, `label` (in the reader's
  language), `count`, `selected` and `toggle`: the parameter changes that select or unselect it
  (the HTTP layer turns them into a query string), so a page needs no knowledge of the grammar;
- `mask(columns, ctx)`: the documents the reader's selection allows (None when nothing is chosen).

A `ValuesFacet` also says what the index holds for it: a comma-separated keyword field and the
values an article gives that field. A `FacetRegistry` keeps the facets in the order responses list
them; `default_facets()` builds searchsvc's own. The schema and documents (index/), the columns,
filters and counts (search/), generation validation, the HTTP parameters and OpenAPI (web/), the
CLI flags and the page all read the registry: adding a facet is one class and one `register`.

>>> facets = default_facets()
>>> [f.name for f in facets.filters()]
['person', 'organization', 'site']
>>> facets["site"].values(article)          # what the index stores for this article
['grodno-region.gov.by', 'minsk.gov.by']
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, lru_cache

import numpy as np

from .entities.sites import SiteRegistry
from .ingest import UNKNOWN_SITE
from .languages import LanguageRegistry, resolve

GRANULARITIES = ("year", "month", "day")
_NAME = re.compile(r"[a-z][a-z0-9_]*")
_WORD = re.compile(r"\w+")


def folded_words(text: str) -> list[str]:
    """The words of `text` without case or diacritics, for value search: 'Łukašenka Ёлкі' -> ['łukasenka',
    'елкі'] ('ł' has no decomposition; й/ў lose their marks as well: the reader may type и/у)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return _WORD.findall("".join(ch for ch in decomposed if not unicodedata.combining(ch)))


@dataclass(frozen=True)
class FacetContext:
    """One search as its facets see it: the reader's language and what the reader selected."""

    lang: str | None = None  # the reader's language code (None: the source language)
    selected: Mapping[str, Sequence[str]] = field(default_factory=dict)  # filter name -> chosen values
    date_from: date | None = None
    date_to: date | None = None
    granularity: str = "month"
    entities: object | None = None  # the EntityRegistry that labels entity ids
    languages: LanguageRegistry | None = None  # month names (default_languages())


class Facet:
    """The interface every facet type has. `kind` names the page's widget for it."""

    name: str = ""
    kind: str = ""  # "values": a checkbox list; "calendar": a histogram of periods
    titles: Mapping[str, str] = {}  # the heading over the facet, per language

    def counts(self, columns, mask: np.ndarray, ctx: FacetContext) -> dict[str, int]:
        raise NotImplementedError

    def render(self, counts: dict[str, int], ctx: FacetContext) -> list[dict]:
        raise NotImplementedError

    def mask(self, columns, ctx: FacetContext) -> np.ndarray | None:
        raise NotImplementedError

    # generation validation (index/validation.py) counts the documents under each value of
    # `checked_field` and compares them with what the articles say (`expected_values`)
    checked_field: str | None = None

    def expected_values(self, article) -> list[str]:
        return []

    def describe(self) -> dict:
        """What the page needs to draw the facet before it has values: name, widget, headings."""
        return {"name": self.name, "kind": self.kind, "titles": dict(self.titles)}


class ValuesFacet(Facet):
    """A multi-valued keyword field: the filter keeps documents having ANY chosen value.

    A subclass sets `name`, `field`, `titles`, `description` and says which values an article
    gives the field (`values`); optionally `label` (shown text), `allowed` (a closed set of values)
    or `pattern` (what an open value must look like): both are checked on every filter value and
    documented in OpenAPI.
    """

    kind = "values"
    field: str = ""  # index field (comma-separated keywords)
    description: str = ""  # what one value is: the filter parameter's help (OpenAPI, CLI)
    flag: str = ""  # CLI option (--<flag>); default: the name
    metavar: str = "VALUE"
    stored = False
    scorable = False
    allowed: tuple[str, ...] = ()
    pattern: str | None = None
    limit = 20  # values listed (the top by count; selected ones always show)

    def __init__(self, name: str | None = None, field: str | None = None, titles: Mapping[str, str] | None = None,
                 description: str | None = None, flag: str | None = None):
        for attr, value in (("name", name), ("field", field), ("titles", titles), ("description", description),
                            ("flag", flag)):
            if value is not None:
                setattr(self, attr, value)
        self.flag = self.flag or self.name

    # -- the index side --------------------------------------------------------------------------
    def values(self, article) -> list[str]:
        raise NotImplementedError

    def index_values(self, article) -> list[str]:
        """The values as the keyword field stores them: no commas (the separator), trimmed, once."""
        cleaned = (str(v).replace(",", " ").strip() for v in self.values(article) or ())
        return list(dict.fromkeys(v for v in cleaned if v))

    @property
    def checked_field(self) -> str:
        return self.field

    def expected_values(self, article) -> list[str]:
        return self.index_values(article)

    # -- the query side --------------------------------------------------------------------------
    def check(self, value: str) -> str | None:
        """Why `value` can never be a value of this facet, or None when it may be."""
        if self.allowed and value not in self.allowed:
            return f"unknown {self.name} {value[:40]!r}; expected one of {', '.join(self.allowed)}"
        if self.pattern and not re.fullmatch(self.pattern, value):
            return f"{self.name} {value[:40]!r} does not look like {self.description or 'a value'} ({self.pattern})"
        return None

    def label(self, value: str, ctx: FacetContext) -> str:
        return value

    def counts(self, columns, mask: np.ndarray, ctx: FacetContext) -> dict[str, int]:
        return columns.count_values(self.name, mask)

    def mask(self, columns, ctx: FacetContext) -> np.ndarray | None:
        chosen = ctx.selected.get(self.name)
        return columns.value_mask(self.name, chosen) if chosen else None

    def toggle(self, value: str, ctx: FacetContext) -> dict:
        chosen = list(ctx.selected.get(self.name, ()))
        return {self.name: [c for c in chosen if c != value] if value in chosen else [*chosen, value]}

    def render(self, counts: dict[str, int], ctx: FacetContext, limit: int | None = None,
               keep_selected: bool = True) -> list[dict]:
        # the top values by count (labels only for those); a selected value always shows, with
        # count 0 when nothing matches, so the reader can unselect it
        limit = self.limit if limit is None else limit
        selected = list(ctx.selected.get(self.name, ()))
        # the same as sorted(...)[:limit] (the keys are unique), without sorting every value: only
        # those counted at least as often as the limit-th (ties at the cut included) are sorted
        if len(counts) > limit > 0:
            cut = heapq.nlargest(limit, counts.values())[-1]
            candidates = [vc for vc in counts.items() if vc[1] >= cut]
        else:
            candidates = list(counts.items())
        top = sorted(candidates, key=lambda vc: (-vc[1], vc[0]))[:max(limit, 0)]
        chosen = dict(top)
        if keep_selected:
            for v in selected:
                chosen.setdefault(v, counts.get(v, 0))
        out = [{"value": v, "label": self.label(v, ctx), "count": c, "selected": v in selected,
                "toggle": self.toggle(v, ctx)} for v, c in chosen.items()]
        out.sort(key=lambda v: (-v["selected"], -v["count"], v["label"]))
        return out[: max(limit, len(selected) if keep_selected else 0)]

    def labels(self, value: str, ctx: FacetContext) -> set[str]:
        """Every name the value goes by: its label in each language."""
        return {self.label(value, replace(ctx, lang=code)) for code in resolve(ctx.languages).codes}

    def find(self, counts: dict[str, int], ctx: FacetContext, text: str, limit: int) -> tuple[list[dict], int]:
        """Facet value search (as Meilisearch's): the values with documents whose label in ANY language
        has a word starting with each word of `text`, case and diacritics ignored; the top `limit` by
        count, and how many matched. Empty `text`: every value with documents."""
        wanted = folded_words(text)
        if not wanted:
            found = {v: c for v, c in counts.items() if c > 0}
            return self.render(found, ctx, limit=limit, keep_selected=False), len(found)
        contexts = [replace(ctx, lang=code) for code in resolve(ctx.languages).codes]
        # a value's folded words, kept per labelling registry: each keystroke re-reads them all
        cache = self.__dict__.setdefault("_label_words", {})
        if len(cache) > 500_000:
            cache.clear()
        found = {}
        for value, count in counts.items():
            if count <= 0:
                continue
            key = (id(ctx.entities), id(ctx.languages), value)
            words = cache.get(key)
            if words is None:
                words = cache[key] = tuple({w for c in contexts for w in folded_words(self.label(value, c))})
            if all(any(w.startswith(prefix) for w in words) for prefix in wanted):
                found[value] = count
        return self.render(found, ctx, limit=limit, keep_selected=False), len(found)

    def describe(self) -> dict:
        return {**super().describe(), "param": self.name}


class EntityFacet(ValuesFacet):
    """One entity type (persons, organizations, ...): canonical ids, labelled from the entity
    registry in the reader's language. The field is also the Article attribute holding the ids."""

    metavar = "ID"
    stored = True
    scorable = True  # entity ids are ranked query terms too (search/query.py)
    derived = False  # True: computed from other facets' values, not named by the story (not listed with it)

    def values(self, article) -> list[str]:
        return list(getattr(article, self.field, None) or ())

    def label(self, value: str, ctx: FacetContext) -> str:
        return ctx.entities.label(value, ctx.lang) if ctx.entities is not None else value


class SiteFacet(ValuesFacet):
    """The regional site that published the story, and every site that reprinted it."""

    name = "site"
    field = "sites"
    metavar = "NAME"
    description = "publishing site name"
    titles = {"en": "Sites", "ru": "Сайты", "be": "Сайты"}

    def values(self, article) -> list[str]:
        return sorted({s.site for s in article.sources if s.site} | ({article.site} if article.site else set()))

    @cached_property
    def known_sites(self) -> SiteRegistry:
        return SiteRegistry.load()

    def label(self, value: str, ctx: FacetContext) -> str:
        """A known committee's name in the reader's language; any other site as the page named it;
        a page that named none (indexed as UNKNOWN_SITE) says so in the reader's language."""
        languages = resolve(ctx.languages)
        code = ctx.lang or languages.source.code
        if value == UNKNOWN_SITE:
            language = languages.get(code) or languages.source
            return language.ui.get("unknown_site") or languages.source.ui.get("unknown_site") or value
        # the known site a value names, remembered: SiteRegistry.get normalises the name with
        # regexes (~10-20 us), and each search labels its top sites and its hits' sites
        sites = self.__dict__.setdefault("_known_site_of", {})
        site = sites.get(value, sites)
        if site is sites:
            if len(sites) > 100_000:
                sites.clear()
            site = sites[value] = self.known_sites.get(value)
        return site.labels.get(code, value) if site is not None else value


class RegionFacet(EntityFacet):
    """The oblast of Belarus (or Minsk) a story is about: from its site's location (each executive
    committee belongs to one oblast) and the places it names (entities/regions.py). Values are
    place ids, labelled from the place registry in the reader's language."""

    name = "region"
    field = "regions"
    description = "region place id (an oblast of Belarus or Minsk)"
    pattern = r"place:[a-z]{2}-[a-z]+:[a-z0-9-]+"
    titles = {"en": "Regions", "ru": "Регионы", "be": "Рэгіёны"}
    scorable = False  # a region is where a story is, not a word of the query
    derived = True  # from the site and the places: the article lists those, not its region


class DateFacet(Facet):
    """Calendar histogram (year / month / day buckets), oldest first; its filter is the date range."""

    name = "date"
    kind = "calendar"
    titles = {"en": "Date", "ru": "Дата", "be": "Дата"}

    def counts(self, columns, mask: np.ndarray, ctx: FacetContext) -> dict[str, int]:
        return {_bucket_name(k, ctx.granularity): c for k, c in columns.count_calendar(ctx.granularity, mask).items()}

    def mask(self, columns, ctx: FacetContext) -> np.ndarray | None:
        if ctx.date_from is None and ctx.date_to is None:
            return None
        return columns.day_range_mask(ctx.date_from.toordinal() if ctx.date_from else None,
                                      ctx.date_to.toordinal() if ctx.date_to else None)

    def toggle(self, first: date, last: date, ctx: FacetContext) -> dict:
        if (ctx.date_from, ctx.date_to) == (first, last):
            return {"date_from": None, "date_to": None}
        return {"date_from": _iso(first), "date_to": _iso(last)}

    def render(self, counts: dict[str, int], ctx: FacetContext) -> list[dict]:
        out = []
        ranged = ctx.date_from is not None or ctx.date_to is not None
        for value in sorted(counts):
            first, last, first_iso, last_iso = _bucket_bounds(value)
            selected = ranged and (ctx.date_from is None or first >= ctx.date_from) and \
                (ctx.date_to is None or last <= ctx.date_to)
            out.append({"value": value, "label": bucket_label(value, ctx.lang, ctx.languages), "count": counts[value],
                        "selected": selected, "from": first_iso, "to": last_iso,
                        "toggle": self.toggle(first, last, ctx)})
        return out

    checked_field = "month"

    def expected_values(self, article) -> list[str]:
        return [article.published[:7]] if article.published else []


class FacetRegistry:
    """The facets searchsvc offers, in the order responses list them.

    >>> facets = FacetRegistry([SiteFacet()])
    >>> facets.register(MyFacet())     # a name, field and CLI flag of its own, or ValueError
    """

    def __init__(self, facets: Sequence[Facet] = ()):
        self._facets: dict[str, Facet] = {}
        for facet in facets:
            self.register(facet)

    def register(self, facet: Facet) -> Facet:
        if not isinstance(facet, Facet):
            raise TypeError(f"{facet!r} is not a Facet")
        if not _NAME.fullmatch(facet.name or ""):
            raise ValueError(f"facet name {facet.name!r} must be lowercase letters, digits and _")
        if facet.name in self._facets:
            raise ValueError(f"a facet named {facet.name!r} is registered already")
        if isinstance(facet, ValuesFacet):
            if not facet.field:
                raise ValueError(f"facet {facet.name!r} names no index field")
            for other in self.filters():
                if other.field == facet.field:
                    raise ValueError(f"facets {other.name!r} and {facet.name!r} both use index field {facet.field!r}")
                if other.flag == facet.flag:
                    raise ValueError(f"facets {other.name!r} and {facet.name!r} both use CLI flag --{facet.flag}")
        self._facets[facet.name] = facet
        return facet

    def __iter__(self) -> Iterator[Facet]:
        return iter(list(self._facets.values()))

    def __len__(self) -> int:
        return len(self._facets)

    def __contains__(self, name: object) -> bool:
        return name in self._facets

    def __getitem__(self, name: str) -> Facet:
        return self._facets[name]

    def names(self) -> list[str]:
        return list(self._facets)

    def filters(self) -> list[ValuesFacet]:
        """Facets chosen through a repeatable filter parameter of their own name."""
        return [f for f in self._facets.values() if isinstance(f, ValuesFacet)]

    def entity_facets(self) -> list[EntityFacet]:
        return [f for f in self._facets.values() if isinstance(f, EntityFacet)]

    def named_entity_facets(self) -> list[EntityFacet]:
        """The entity facets whose values a story names (persons, organizations, places, and any
        registered later), without those derived from other values (region): what an article lists."""
        return [f for f in self.entity_facets() if not f.derived]

    def entity_fields(self) -> dict[str, str]:
        """Entity type -> the index field holding that type's ids."""
        return {f.name: f.field for f in self.entity_facets()}

    def column_fields(self) -> dict[str, str]:
        """Facet name -> keyword field, for the per-segment value columns."""
        return {f.name: f.field for f in self.filters()}

    def describe(self) -> list[dict]:
        return [f.describe() for f in self._facets.values()]

    def label(self, name: str, value: str, ctx: FacetContext) -> str:
        """`value` of the value facet `name` as that facet shows it in ctx.lang (a site's name in the
        reader's language); the value itself when no such facet is registered."""
        facet = self._facets.get(name)
        return facet.label(value, ctx) if isinstance(facet, ValuesFacet) else value


def default_facets() -> FacetRegistry:
    """searchsvc's own facets, in the order responses list them."""
    return FacetRegistry([
        EntityFacet("person", "persons", {"en": "People", "ru": "Персоны", "be": "Асобы"}, "person entity id"),
        EntityFacet("organization", "organizations", {"en": "Organizations", "ru": "Организации", "be": "Арганізацыі"},
                    "organization entity id", flag="org"),
        EntityFacet("place", "places", {"en": "Places", "ru": "Места", "be": "Месцы"}, "place id"),
        RegionFacet(),
        SiteFacet(),
        DateFacet(),
    ])


# -- calendar periods ---------------------------------------------------------------------------
# Every search renders one bucket per period its matches span (~80 months for a broad query):
# names, ranges and labels are pure functions of the key, so they are computed once.
@lru_cache(maxsize=65536)
def _bucket_name(key: int, granularity: str) -> str:
    """Calendar key from Columns.calendar -> '2023', '2023-01' or '2023-01-11'."""
    if granularity == "day":
        return date.fromordinal(key).isoformat()
    if granularity == "month":
        return f"{1970 + key // 12:04d}-{key % 12 + 1:02d}"
    return f"{1970 + key:04d}"


@lru_cache(maxsize=65536)
def _iso(day: date) -> str:
    return day.isoformat()


@lru_cache(maxsize=65536)
def _bucket_bounds(value: str) -> tuple[date, date, str, str]:
    first, last = bucket_range(value)
    return first, last, first.isoformat(), last.isoformat()


@lru_cache(maxsize=65536)
def bucket_range(value: str) -> tuple[date, date]:
    """'2023' / '2023-01' / '2023-01-11' -> (first day, last day) of that calendar period."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        y, m = parts
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return date(y, m, 1), date.fromordinal(nxt.toordinal() - 1)
    d = date(*parts)
    return d, d


@lru_cache(maxsize=65536)
def bucket_label(value: str, lang: str, languages: LanguageRegistry | None = None) -> str:
    """'2023-01' -> "January 2023" in `lang` (Language.month_names; the source language's when it has none)."""
    parts = value.split("-")
    if len(parts) == 2:
        languages = resolve(languages)
        language = languages.get(lang)
        names = language.month_names if language is not None and language.month_names else languages.source.month_names
        return f"{names[int(parts[1]) - 1]} {parts[0]}"
    return value
