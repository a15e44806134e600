"""GET /search and GET /suggest: validated parameters in, SearchService results out.

Every facet value carries `toggle`, the query string that selects or unselects it (page reset),
so a search box renders facets without knowing the parameter grammar.
"""

from __future__ import annotations

import math
import time
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from ..languages import default_languages
from ..search.facets import GRANULARITIES, bucket_range
from ..search.service import FILTER_KEYS, MODES, SORTS
from .params import Param, parse_query
from .responses import JSONResponse

# Checked by the search service against its language registry (GET /languages lists the codes).
LANG = Param("lang", "string", "reader's language, a code from GET /languages: labels, titles and snippets in it "
             "where a translation exists", default=default_languages().source.code)
FILTER_HELP = {"person": "person entity id", "organization": "organization entity id", "site": "publishing site name"}
FILTERS = [Param(key, "string", f"{FILTER_HELP.get(key, key)} (repeat for several: any of them)", repeatable=True)
           for key in FILTER_KEYS]
DATE_RANGE = [
    Param("date_from", "date", "earliest publication date, inclusive: 2023-01-11, or 2023-01 / 2023 for "
          "the first day of that month / year"),
    Param("date_to", "date", "latest publication date, inclusive: 2023-01-11, or 2023-01 / 2023 for the "
          "last day of that month / year", period_end=True),
]
SEARCH_PARAMS = [
    # no max_length here: plain mode reads the first max_query_chars characters and never errors;
    # advanced mode answers 400 for a longer query (search/query.py); 414 bounds both
    Param("q", "string", "query text; empty matches everything. Plain mode reads the first 512 characters "
          "(SEARCHSVC_MAX_QUERY_CHARS); in advanced mode a longer query is a 400", default="", max_length=None),
    LANG,
    *FILTERS,
    *DATE_RANGE,
    Param("sort", "enum", "relevance (default) or newest first", default="relevance", enum=SORTS),
    Param("page", "integer", "1-based result page", default=1, minimum=1, maximum="max_page"),
    Param("size", "integer", "hits per page", default=10, minimum=1, maximum="max_page_size"),
    Param("date_granularity", "enum", "date histogram buckets: year, month or day", default="month",
          enum=GRANULARITIES),
    Param("mode", "enum", "plain: words only, never an error; advanced: phrases, AND/OR/NOT, field:value, "
          "prefix* and fuzzy~ (a malformed query is a 400 with the parser's message)",
          default="plain", enum=MODES),
]
SUGGEST_PARAMS = [
    Param("q", "string", "the prefix typed so far", default="", max_length="max_query_chars"),
    LANG,
    *FILTERS,
    *DATE_RANGE,
    Param("limit", "integer", "how many suggestions", default=10, minimum=1, maximum="max_suggestions"),
]
FILTER_PARAMS = {p.name for p in FILTERS}  # a facet of the same name toggles these


def _segment(param: Param, value) -> str:
    """One parameter's part of a query string; '' for defaults and empty values."""
    if param.repeatable:
        return urlencode([(param.name, v) for v in value or ()])
    if value in (None, "") or (value == param.default and param.name != "lang"):
        return ""
    return urlencode([(param.name, value)])


def _join(segments: dict[str, str], **replaced: str) -> str:
    parts = (replaced.get(p.name, segments[p.name]) for p in SEARCH_PARAMS)
    return "&".join(part for part in parts if part)


def _segments(state: dict) -> dict[str, str]:
    return {p.name: _segment(p, state.get(p.name)) for p in SEARCH_PARAMS}


def query_string(state: dict) -> str:
    """The canonical query string for a search state: defaults and empty values left out."""
    return _join(_segments(state))


def facet_toggles(state: dict, facets: dict) -> dict:
    """Each facet value plus `toggle`: the query string that selects or unselects it (page 1).
    Encodes the unchanged parameters once per answer, not once per value (80+ values a page)."""
    segments = _segments({**state, "page": 1})
    by_name = {p.name: p for p in SEARCH_PARAMS}
    selected_range = (state.get("date_from"), state.get("date_to"))
    out = {}
    for name, values in facets.items():
        rendered = []
        for v in values:
            toggle = None
            param = name if name in FILTER_PARAMS else None
            if param:
                chosen = list(state.get(param) or [])
                new = [c for c in chosen if c != v["value"]] if v["value"] in chosen else [*chosen, v["value"]]
                toggle = _join(segments, **{param: _segment(by_name[param], new)})
            elif name == "date":
                try:
                    bucket = tuple(d.isoformat() for d in bucket_range(str(v["value"])))
                except (ValueError, TypeError):
                    bucket = None
                if bucket is not None:
                    first, last = (None, None) if selected_range == bucket else bucket
                    toggle = _join(segments, date_from=_segment(by_name["date_from"], first),
                                   date_to=_segment(by_name["date_to"], last))
            rendered.append({**v, "toggle": toggle})
        out[name] = rendered
    return out


def _filters(state: dict) -> dict | None:
    filters = {name: state[name] for name in FILTER_PARAMS if state.get(name)}
    return filters or None


async def search(request: Request) -> JSONResponse:
    started = time.perf_counter()
    settings = request.app.state.settings
    state = parse_query(request, SEARCH_PARAMS, settings)
    result = await run_in_threadpool(
        request.app.state.search.search, state["q"], lang=state["lang"], page=state["page"], size=state["size"],
        filters=_filters(state), date_from=state["date_from"], date_to=state["date_to"], sort=state["sort"],
        mode=state["mode"], date_granularity=state["date_granularity"])
    facets = facet_toggles(state, result.facets)
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
        "filters": {**{k: state[k] for k in FILTER_KEYS},
                    "date_from": state["date_from"], "date_to": state["date_to"]},
        "generation": result.generation,
        "hits": [hit.to_json() for hit in result.hits],
        "facets": facets,
        "did_you_mean": did_you_mean,
        "did_you_mean_toggle": query_string({**state, "q": did_you_mean, "page": 1}) if did_you_mean else None,
        "pagination": {
            "prev": query_string({**state, "page": state["page"] - 1}) if state["page"] > 1 else None,
            "next": query_string({**state, "page": state["page"] + 1}) if state["page"] < pages else None,
        },
        "timing": {"search_ms": result.took_ms,
                   "total_ms": round((time.perf_counter() - started) * 1000, 2)},
    }
    return JSONResponse(body)


async def suggest(request: Request) -> JSONResponse:
    settings = request.app.state.settings
    state = parse_query(request, SUGGEST_PARAMS, settings)
    result = await run_in_threadpool(request.app.state.search.suggest, state["q"], lang=state["lang"],
                                     filters=_filters(state), limit=state["limit"], date_from=state["date_from"],
                                     date_to=state["date_to"])
    return JSONResponse(result)
