"""GET /languages: the languages this service searches in, with the search page's strings.

The page (static/app.js) builds its language switch and its text from this answer, so a
language added to the registry (searchsvc.languages) appears on the page with no page change.
"""

from __future__ import annotations

from starlette.requests import Request

from ..languages import LanguageRegistry
from .responses import JSONResponse


def languages_document(languages: LanguageRegistry, routes: dict | None = None) -> dict:
    """Each language's page strings; a string it lacks is the source language's (so a new
    language shows a whole page before its translator has done every string). `month_names`
    label the timeline's empty months as the date facet labels the others; `translation`
    (targets only, when `routes` is given: the translation models' routes): whether this server
    can translate into the language, so the page can say why a result is still in the source language."""
    source_ui = dict(languages.source.ui)
    out = []
    for lang in languages:
        entry = {"code": lang.code, "name": lang.name, "english_name": lang.english_name,
                 "month_names": list(lang.month_names or languages.source.month_names),
                 "ui": {**source_ui, **lang.ui}}
        if routes is not None and lang is not languages.source:
            entry["translation"] = bool((routes.get(lang.code) or {}).get("available"))
        out.append(entry)
    return {"source": languages.source.code, "languages": out}


async def languages(request: Request) -> JSONResponse:
    routes = request.app.state.translation_models()["routes"]
    return JSONResponse(languages_document(request.app.state.search.languages, routes))
