"""GET /openapi.json: every endpoint and parameter, built from the same Param lists that validate
requests (web/params.py), so the document cannot drift from what the server accepts.
A test checks that every route of the app is documented and nothing else is.
"""

from __future__ import annotations

from starlette.requests import Request

from .. import __version__ as VERSION
from ..config import Settings
from ..ingest.sanitise import MIN_BODY_CHARS
from .params import Param
from .responses import JSONResponse
from .article_page import PAGE_LANG
from .export import export_params
from .feed import feed_params
from .search_api import SearchParams

ERROR = {"$ref": "#/components/schemas/Error"}


def _error(description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": ERROR}}}


def _json(description: str, schema: dict | None = None) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema or {"type": "object"}}}}


# a year, a month or a day; what a pattern cannot say (2023-02-30, date_from after date_to) is a 400
ISO_DATE = r"(000[1-9]|00[1-9]\d|0[1-9]\d\d|[1-9]\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?"


def parameter(p: Param, settings: Settings) -> dict:
    """The OpenAPI parameter of `p`. An empty value (name=, as a form's empty box sends) means the default,
    or no value of a repeatable filter: the enums and patterns admit it, as the server does."""
    schema: dict = {"string": {"type": "string"}, "integer": {"type": "integer"},
                    "date": {"type": "string", "pattern": f"^(?:{ISO_DATE})?$"},
                    "enum": {"type": "string"}}[p.kind].copy()
    if p.enum:
        schema["enum"] = [*p.enum, ""]
    if p.minimum is not None:
        schema["minimum"] = p.minimum
    if p.kind == "integer" and p.limit("maximum", settings) is not None:
        schema["maximum"] = p.limit("maximum", settings)
    if p.kind == "integer":  # or the empty string (numeric bounds bind numbers only, maxLength strings only)
        schema.update(type=["integer", "string"], maxLength=0)
    if p.kind == "string" and p.limit("max_length", settings) is not None:
        schema["maxLength"] = p.limit("max_length", settings)
    if p.pattern is not None:
        schema["pattern"] = f"^(?:{p.pattern})?$"
    if p.default not in (None, ""):
        schema["default"] = p.default
    if p.repeatable:
        schema = {"type": "array", "items": schema, "maxItems": settings.max_filter_values}
    out = {"name": p.name, "in": "query", "required": False, "description": p.description, "schema": schema}
    if p.repeatable:
        out.update(style="form", explode=True)
    return out


EXPORT_HEADERS = {"X-Total-Count": {"description": "how many articles match", "schema": {"type": "integer"}},
                  "X-Export-Limit": {"description": "the most rows this export writes", "schema": {"type": "integer"}},
                  "Content-Disposition": {"description": "attachment with a file name", "schema": {"type": "string"}}}
ARTICLE_ID = {"name": "id", "in": "path", "required": True, "description": "article id",
              "schema": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^\\u0000-\\u001f]+$"}}
WRITE_ERRORS = {"401": _error("no or wrong bearer token"),
                "403": _error("writes disabled: no SEARCHSVC_API_TOKEN configured"),
                "503": _error("the index is busy (a reindex is switching generations) or has no usable "
                              "generation; Retry-After says when to try again"),
                "507": _error("the index's disk is full: nothing was written")}
ARTICLE_INPUT = {
    # what the server requires; the other fields are read leniently, as ingest reads a page (a value it
    # cannot use is left out: the article is kept), so their schemas say what is used, not a type
    "type": "object",
    "required": ["title", "body"],
    "properties": {
        "url": {"description": "canonical http(s) URL; the article id derives from it (else from the title)"},
        "site": {"description": "the publishing site's name; when missing or not text, the URL's host"},
        "title": {"type": "string", "minLength": 1},
        "published": {"description": "ISO date (2024-05-17); anything else: the article is undated"},
        "body": {"type": "string", "minLength": MIN_BODY_CHARS,
                 "description": f"paragraphs separated by blank lines; under {MIN_BODY_CHARS} characters of text "
                                "(markup and extra spaces removed) is not an article (422)"},
        "translations": {"description": "pre-made translations: {ru: {title, body}, be: {...}}; one that is not "
                                        "an object with a title and a body is left out"},
    },
}


def document(settings: Settings, search_params: SearchParams) -> dict:
    """The OpenAPI document; `search_params`: this app's /search and /suggest parameters (its facets)."""
    params = lambda plist: [parameter(p, settings) for p in plist]  # noqa: E731
    bad = {"400": _error("invalid parameter: the message names it")}
    bad_id = {"400": _error("id empty, over 200 characters, or with control characters")}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "searchsvc", "version": VERSION,
                 "description": "Multilingual (en/ru/be) search over Belarusian regional news."},
        "paths": {
            "/": {"get": {"summary": "The search page (HTML)", "responses": {
                "200": {"description": "HTML page", "content": {"text/html": {}}}}}},
            "/embed.js": {"get": {"summary": "The search box for another site: <script src=\".../embed.js\" "
                                             "data-target=\"#box\" data-lang=\"be\" async></script>",
                                  "responses": {"200": {"description": "JavaScript",
                                                        "content": {"text/javascript": {}}}}}},
            "/search": {"get": {
                "summary": "Ranked hits, facets with toggle query strings, did-you-mean, timing",
                "parameters": params(search_params.search),
                "responses": {"200": _json("search results", {"$ref": "#/components/schemas/SearchResult"}), **bad}}},
            "/search.atom": {"get": {
                "summary": "The search as an Atom feed: the newest `size` matches, each linked to its article page "
                           "in the reader's language (the /search parameters; a feed reader follows a name or topic)",
                "parameters": params(feed_params(search_params)),
                "responses": {"200": {"description": "Atom feed (RFC 4287)",
                                      "content": {"application/atom+xml": {"schema": {"type": "string"}}}}, **bad}}},
            **{f"/export.{extension}": {"get": {
                "summary": f"Every match as {what}, streamed in the search's order: at most `limit` rows "
                           f"(SEARCHSVC_MAX_EXPORT_ROWS, {settings.max_export_rows}); X-Total-Count says how many "
                           "matched, and a last line says so when the export was cut",
                "parameters": params(export_params(search_params)),
                "responses": {"200": {"description": what, "headers": EXPORT_HEADERS,
                                      "content": {media: {"schema": {"type": "string"}}}}, **bad}}}
               for extension, media, what in (("csv", "text/csv", "CSV (cells that would be formulas start with ')"),
                                              ("jsonl", "application/jsonl", "JSON Lines: one /search hit a line"))},
            "/suggest": {"get": {
                "summary": "Completions for titles, persons and organizations in the reader's language",
                "parameters": params(search_params.suggest),
                "responses": {"200": _json("suggestions"), **bad}}},
            "/facets/{facet}/values": {"get": {
                "summary": "Facet value search: a value facet's values under a search (its q, filters and dates), "
                           "found by the start of any word of their name in any language, with counts and toggles",
                "parameters": [{"name": "facet", "in": "path", "required": True, "description": "a value facet",
                                "schema": {"type": "string", "enum": [f.name for f in search_params.facets.filters()]}},
                               *params(search_params.facet_values)],
                "responses": {"200": _json("matching values, the most frequent first, and how many matched", {
                    "type": "object", "properties": {
                        "facet": {"type": "string"}, "facet_q": {"type": "string"}, "total": {"type": "integer"},
                        "values": {"type": "array", "items": {"$ref": "#/components/schemas/FacetValue"}}}}),
                              **bad, "404": _error("no value facet of that name")}}},
            "/articles": {"post": {
                "summary": "Add or replace articles (one JSON Lines import record, or a list of them)",
                "security": [{"bearer": []}],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "oneOf": [ARTICLE_INPUT, {"type": "array", "items": ARTICLE_INPUT}]}}}},
                "responses": {"200": _json("written articles with their ids"), **WRITE_ERRORS,
                              "400": _error("body is not JSON, or a string in it holds a lone surrogate escape"),
                              "413": _error(f"body over {settings.max_request_bytes} bytes"),
                              "415": _error("body is not application/json"),
                              "422": _error("not an article: the message says which field")}}},
            "/articles/{id}": {
                "get": {"summary": "One article with its translations, entities and sources; "
                                   "?translate=ru translates it on demand (bounded)",
                        "parameters": [ARTICLE_ID, *params(search_params.article)],
                        "responses": {"200": _json("the article"), "404": _error("no such article"),
                                      "400": _error("id empty, over 200 characters or with control characters; "
                                                    "translate not one of " + ", ".join(search_params.article[0].enum)),
                                      "202": _json("the article; its translation is still being made "
                                                   "(translation_request.status pending): ask again after "
                                                   "Retry-After seconds"),
                                      "503": _json("the article; too many on-demand translations under way "
                                                   "(translation_request.status busy)")}},
                "delete": {"summary": "Remove an article", "security": [{"bearer": []}],
                           "parameters": [ARTICLE_ID],
                           "responses": {"200": _json("deleted"), **WRITE_ERRORS, **bad_id,
                                         "404": _error("no such article")}}},
            "/article/{id}": {"get": {
                "summary": "The article as an HTML page in the reader's language: text beside its translation, "
                           "names as links to filtered searches, every source",
                "parameters": [ARTICLE_ID, *params((PAGE_LANG, *search_params.article))],
                "responses": {"200": {"description": "HTML page", "content": {"text/html": {}}},
                              "404": {"description": "no such article: an HTML page when Accept names text/html, "
                                                     "else the JSON error",
                                      "content": {"text/html": {}, "application/json": {"schema": ERROR}}},
                              **bad}}},
            "/health": {"get": {"summary": "Index generation, document count, translation models and gaps",
                                "responses": {"200": _json("serving: status ok, or degraded with `damage` (a damaged "
                                                             "live generation or API journal; answers come from the "
                                                             "newest intact generation)"),
                                              "503": _json("no index, or no intact generation, to serve")}}},
            "/metrics": {"get": {"summary": "Prometheus text exposition", "responses": {
                "200": {"description": "metrics", "content": {"text/plain": {}}}}}},
            "/openapi.json": {"get": {"summary": "This document", "responses": {"200": _json("OpenAPI 3.1")}}},
            "/languages": {"get": {"summary": "The languages searched, each with the search page's strings",
                                   "responses": {"200": _json("source language and languages")}}},
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                           "description": "SEARCHSVC_API_TOKEN"}},
            "schemas": {
                "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
                "FacetValue": {"type": "object", "properties": {
                    "value": {"type": "string"}, "label": {"type": "string"}, "count": {"type": "integer"},
                    "selected": {"type": "boolean"},
                    "toggle": {"type": ["string", "null"],
                               "description": "query string for /search that selects or unselects this value"}}},
                "Hit": {"type": "object", "properties": {
                    "id": {"type": "string"}, "title": {"type": "string"}, "published": {"type": ["string", "null"]},
                    "site": {"type": ["string", "null"], "description": "the canonical (English) site name, the "
                             "value the `site` filter takes; null: the page named no site"},
                    "site_label": {"type": ["string", "null"], "description": "the site's name in the reader's "
                                   "language (a known committee's Russian or Belarusian name), as the site facet "
                                   "labels it"},
                    "url": {"type": ["string", "null"]},
                    "sources": {"type": "array", "items": {"type": "object"}},
                    "snippet": {"type": "string", "description": "HTML: escaped text and <mark> tags only"},
                    "matched_via": {"type": "array", "items": {"type": "string"}},
                    "lang": {"type": "string", "description": "the language of title and snippet: the reader's when "
                             "the story has text in it (the site's own edition first), else English, else its own"},
                    "editions": {"type": "array", "items": {"type": "string"},
                                 "description": "languages the site itself published the story in"},
                    "translation_source": {"type": "object", "additionalProperties": {"enum": ["site", "machine"]},
                                           "description": "per language with text: written by the site (its page "
                                           "or its own edition) or machine-translated"}}},
                "FacetInfo": {"type": "object", "properties": {
                    "name": {"type": "string", "enum": search_params.facets.names()},
                    "kind": {"type": "string", "description": "the widget: values (a checkbox list) or calendar "
                                                              "(a histogram)"},
                    "param": {"type": "string", "description": "the filter parameter its toggles set"},
                    "titles": {"type": "object", "additionalProperties": {"type": "string"},
                               "description": "heading per language"}}},
                "SearchResult": {"type": "object", "properties": {
                    "total": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"},
                    "hits": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
                    "facets": {"type": "object", "additionalProperties": {
                        "type": "array", "items": {"$ref": "#/components/schemas/FacetValue"}}},
                    "facet_list": {"type": "array", "items": {"$ref": "#/components/schemas/FacetInfo"}},
                    "did_you_mean": {"type": ["string", "null"]},
                    "timing": {"type": "object"}}},
            },
        },
    }
    # RequestSizeLimit answers 414 before routing, on every path
    too_long = _error(f"query string over {settings.max_query_string_bytes} bytes")
    for operations in spec["paths"].values():
        for operation in operations.values():
            operation["responses"]["414"] = too_long
    return spec


async def openapi(request: Request) -> JSONResponse:
    return JSONResponse(document(request.app.state.settings, request.app.state.search_params))
