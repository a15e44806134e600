"""GET /search and GET /suggest: validated parameters in, SearchService results out.

Every facet value carries `toggle`, the query string that selects or unselects it (page reset),
so a search box renders facets without knowing the parameter grammar; `facet_list` says which
facets there are (name, widget, headings per language), so the page draws whatever is registered.
"""

from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass
from urllib.parse import quote_plus

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from ..facets import GRANULARITIES, FacetRegistry
from ..ingest import UNKNOWN_SITE
from ..languages import LanguageRegistry, resolve
from ..search.service import MODES, SORTS
from .errors import ApiError
from .params import Param, parse_query
from .responses import JSONResponse


def lang_param(languages: LanguageRegistry) -> Param:
    """`lang`, checked by the search service against its language registry (GET /languages lists the codes)."""
    return Param("lang", "string", "reader's language, a code from GET /languages: labels, titles and snippets in "
                 "it where a translation exists", default=languages.source.code)


def translate_param(languages: LanguageRegistry) -> Param:
    """GET /articles/{id}'s and the article page's `translate`: one of the service's target languages."""
    return Param("translate", "enum", "translate the article into this language now when it has no translation "
                 "yet and a model is installed; `translation_request.status` says what happened: present, "
                 "translated, pending (202: still translating, ask again), too_long (more sentences than one "
                 "request may translate), busy (503), no_model or source", enum=languages.target_codes)

DATE_RANGE = (
    Param("date_from", "date", "earliest publication date, inclusive: 2023-01-11, or 2023-01 / 2023 for "
          "the first day of that month / year"),
    Param("date_to", "date", "latest publication date, inclusive: 2023-01-11, or 2023-01 / 2023 for the "
          "last day of that month / year", period_end=True),
)


@dataclass(frozen=True)
class SearchParams:
    """The /search and /suggest parameters for one facet registry and one language registry: each
    filter facet adds its repeatable parameter, the languages give `lang`'s default and `translate`'s
    choices (`article`: GET /articles/{id}'s). Built once per app (create_app); it validates requests,
    documents them (openapi.py) and writes the canonical query strings of toggles and pages.

    >>> params = SearchParams.of(default_facets(), default_languages())
    >>> params.query_string({"q": "CSTO", "lang": "en", "person": ["aleksandr-volfovich"]})
    'q=CSTO&lang=en&person=aleksandr-volfovich'
    """

    facets: FacetRegistry
    search: tuple[Param, ...]
    suggest: tuple[Param, ...]
    filters: tuple[Param, ...]
    facet_values: tuple[Param, ...]  # GET /facets/{facet}/values: the search's own (no page, size) + the value search
    article: tuple[Param, ...] = ()  # GET /articles/{id} (and the article page): `translate`

    @classmethod
    def of(cls, facets: FacetRegistry, languages: LanguageRegistry | None = None) -> "SearchParams":
        languages = resolve(languages)
        lang = lang_param(languages)
        filters = tuple(Param(f.name, "enum" if f.allowed else "string",
                              f"{f.description or f.name} (repeat for several: any of them)", repeatable=True,
                              enum=tuple(f.allowed), pattern=f.pattern) for f in facets.filters())
        search = (
            # no max_length here: plain mode reads the first max_query_chars characters and never errors;
            # advanced mode answers 400 for a longer query (search/query.py); 414 bounds both
            Param("q", "string", "query text; empty matches everything. Plain mode reads the first 512 characters "
                  "(SEARCHSVC_MAX_QUERY_CHARS); in advanced mode a longer query is a 400", default="",
                  max_length=None),
            lang,
            *filters,
            *DATE_RANGE,
            Param("sort", "enum", "relevance (default) or newest first", default="relevance", enum=SORTS),
            Param("page", "integer", "1-based result page", default=1, minimum=1, maximum="max_page"),
            Param("size", "integer", "hits per page", default=10, minimum=1, maximum="max_page_size"),
            Param("date_granularity", "enum", "date histogram buckets: year, month or day", default="month",
                  enum=GRANULARITIES),
            Param("dates", "enum", "on (default): in plain mode a date the query names (a year, a month with or "
                  "without a year, a range, 'вчера', 'last month') becomes the date filter, reported in "
                  "`understood`; off: those words are searched as words", default="on", enum=("on", "off")),
            Param("mode", "enum", "plain: words only, never an error; advanced: phrases, AND/OR/NOT, field:value, "
                  "prefix* and fuzzy~ (a malformed query is a 400 with the parser's message)",
                  default="plain", enum=MODES),
        )
        suggest = (
            Param("q", "string", "the prefix typed so far", default="", max_length="max_query_chars"),
            lang,
            *filters,
            *DATE_RANGE,
            Param("limit", "integer", "how many suggestions", default=10, minimum=1, maximum="max_suggestions"),
        )
        facet_values = (
            *(p for p in search if p.name not in ("page", "size")),
            Param("facet_q", "string", "the start of any word of a value's name, in any language (en/ru/be); "
                  "case and diacritics ignored; empty lists every value with matches", default="", max_length=100),
            Param("limit", "integer", "how many values (the most frequent first)", default=20, minimum=1,
                  maximum=1000),
        )
        for plist in (search, suggest, facet_values):
            names = [p.name for p in plist]
            taken = sorted({n for n in names if names.count(n) > 1})
            if taken:
                raise ValueError(f"facet {taken[0]!r}: its filter parameter is taken by another parameter")
        return cls(facets, search, suggest, filters, facet_values, (translate_param(languages),))

    def _segments(self, state: dict) -> dict[str, str]:
        return {p.name: _segment(p, state.get(p.name)) for p in self.search}

    def _join(self, segments: dict[str, str]) -> str:
        """`segments` (_segments: every search parameter, in order) as one query string."""
        return "&".join([part for part in segments.values() if part])

    def query_string(self, state: dict) -> str:
        """The canonical query string for a search state: defaults and empty values left out."""
        return self._join(self._segments(state))

    def facet_toggles(self, state: dict, facets: dict) -> dict:
        """Each facet value's `toggle` (the parameter changes its facet asked for) turned into the
        query string that makes them, page 1. The unchanged parameters are encoded and joined once
        per answer and set of changed parameters (a facet's own), not once per value (~150 values a
        page): a toggle encodes only what it changes."""
        segments = self._segments({**state, "page": 1})
        by_name = {p.name: p for p in self.search}
        templates: dict[tuple, tuple[list, list]] = {}  # changed parameters -> _template
        out = {}
        for name, values in facets.items():
            rendered = []
            for v in values:
                changes = v.get("toggle")
                toggle = None
                if isinstance(changes, dict) and changes.keys() <= by_name.keys():
                    key = tuple(changes)
                    if key not in templates:
                        templates[key] = _template(segments, changes.keys())
                    parts, slots = templates[key]
                    if len(slots) == 1:  # a facet's own parameter (nearly every toggle): [head, None, tail]
                        toggle = "&".join([part for part in (parts[0], _segment(by_name[slots[0]], changes[slots[0]]),
                                                             parts[2]) if part])
                    else:
                        changed = iter([_segment(by_name[p], changes[p]) for p in slots])
                        toggle = "&".join([part for part in (next(changed) if x is None else x for x in parts)
                                           if part])
                rendered.append({**v, "toggle": toggle})
            out[name] = rendered
        return out

    def filter_values(self, state: dict) -> dict | None:
        """The facet filters a request chose, as SearchService takes them."""
        filters = {p.name: state[p.name] for p in self.filters if state.get(p.name)}
        return filters or None


def _template(segments: dict[str, str], changed) -> tuple[list, list]:
    """`segments` (every search parameter's, in order) as parts of a query string: each run of
    unchanged parameters joined into one string, None where a `changed` one goes; and the changed
    parameters' names in the order of their Nones."""
    parts: list = []
    slots: list[str] = []
    run: list[str] = []
    for name, part in segments.items():
        if name in changed:
            parts += ["&".join(run), None]
            slots.append(name)
            run = []
        elif part:
            run.append(part)
    parts.append("&".join(run))
    return parts, slots


def _segment(param: Param, value) -> str:
    """One parameter's part of a query string; '' for defaults and empty values. What urlencode
    writes, by quote_plus directly: a search answer has ~150 toggles (urlencode's checks per call
    were most of facet_toggles' 0.9 ms)."""
    if param.repeatable:
        return "&".join([_pair(param.name, v) for v in value or ()])
    if value in (None, "") or (value == param.default and param.name != "lang"):
        return ""
    return _pair(param.name, value)


def _pair(name: str, value) -> str:
    return f"{_quoted(name)}={_quoted(value if isinstance(value, str) else str(value))}"


URL_SAFE = re.compile(r"[A-Za-z0-9_.~-]*")  # what quote_plus leaves as it is


def _quoted(text: str) -> str:
    # most names and values (parameter names, entity ids, dates) need no escaping: a regular
    # expression says so in a tenth of quote_plus' time (~2 us, three calls per toggle)
    return text if URL_SAFE.fullmatch(text) else quote_plus(text)


def public_site(site: str | None) -> str | None:
    """A hit's or source's site as the API shows it: null for a page that named none (ingest's
    UNKNOWN_SITE is the index's placeholder, not a name)."""
    return None if site == UNKNOWN_SITE else site


def public_hit(hit: dict) -> dict:
    return {**hit, "site": public_site(hit.get("site")),
            "sources": [{**s, "site": public_site(s.get("site"))} for s in hit.get("sources") or []]}


async def search(request: Request) -> JSONResponse:
    started = time.perf_counter()
    settings = request.app.state.settings
    params: SearchParams = request.app.state.search_params
    state = parse_query(request, params.search, settings)
    result = await run_in_threadpool(
        request.app.state.search.search, state["q"], lang=state["lang"], page=state["page"], size=state["size"],
        filters=params.filter_values(state), date_from=state["date_from"], date_to=state["date_to"],
        sort=state["sort"], mode=state["mode"], date_granularity=state["date_granularity"],
        dates=state["dates"] == "on")
    facets = params.facet_toggles(state, result.facets)
    total, size = result.total, state["size"]
    pages = min(math.ceil(total / size), settings.max_page)
    did_you_mean = result.did_you_mean
    body = {
        "query": state["q"],
        "lang": state["lang"],
        "query_lang": result.query_lang,
        "repaired_query": result.repaired_query,
        "entities": [e.to_json() for e in result.entities],
        "warnings": result.warnings,
        "total": total,
        "page": state["page"],
        "size": size,
        "pages": pages,
        "sort": state["sort"],
        "mode": state["mode"],
        "filters": {**{p.name: state[p.name] for p in params.filters},
                    "date_from": state["date_from"], "date_to": state["date_to"]},
        "generation": result.generation,
        "hits": [public_hit(hit.to_json()) for hit in result.hits],
        "facets": facets,
        "facet_list": params.facets.describe(),
        "did_you_mean": did_you_mean,
        # dates read out of the query, each with the query string that reruns it without them
        "understood": [{**u, "remove": params.query_string({**state, "dates": "off", "page": 1})}
                       for u in result.understood],
        "did_you_mean_toggle": params.query_string({**state, "q": did_you_mean, "page": 1}) if did_you_mean else None,
        "pagination": {
            "prev": params.query_string({**state, "page": state["page"] - 1}) if state["page"] > 1 else None,
            "next": params.query_string({**state, "page": state["page"] + 1}) if state["page"] < pages else None,
        },
        "timing": {"search_ms": result.took_ms,
                   "total_ms": round((time.perf_counter() - started) * 1000, 2)},
    }
    return JSONResponse(body)


async def suggest(request: Request) -> JSONResponse:
    settings = request.app.state.settings
    params: SearchParams = request.app.state.search_params
    state = parse_query(request, params.suggest, settings)
    result = await run_in_threadpool(request.app.state.search.suggest, state["q"], lang=state["lang"],
                                     filters=params.filter_values(state), limit=state["limit"],
                                     date_from=state["date_from"], date_to=state["date_to"])
    return JSONResponse(result)


async def facet_values(request: Request) -> JSONResponse:
    """GET /facets/{facet}/values: a value facet's values under a search, found by the start of a word of
    their name in any language (facet_q), the most frequent first, each with its /search toggle."""
    settings = request.app.state.settings
    params: SearchParams = request.app.state.search_params
    name = request.path_params["facet"]
    searchable = [f.name for f in params.facets.filters()]
    if name not in searchable:
        raise ApiError(404, f"no value facet {name[:40]!r}; value search is offered for {', '.join(searchable)}")
    state = parse_query(request, params.facet_values, settings)
    result = await run_in_threadpool(
        request.app.state.search.facet_values, name, state["q"], lang=state["lang"],
        filters=params.filter_values(state), date_from=state["date_from"], date_to=state["date_to"],
        mode=state["mode"], dates=state["dates"] == "on", facet_q=state["facet_q"], limit=state["limit"])
    values = params.facet_toggles(state, {name: result["values"]})[name]
    return JSONResponse({"facet": name, "facet_q": state["facet_q"], "lang": state["lang"], "values": values,
                         "total": result["total"], "timing": {"search_ms": result["took_ms"]}})
