"""GET /languages: the languages this service searches in, with the search page's strings.

The page (static/app.js) builds its language switch and its text from this answer, so a
language added to the registry (searchsvc.languages) appears on the page with no page change.
"""

from __future__ import annotations

from starlette.requests import Request

from ..languages import LanguageRegistry
from .responses import JSONResponse


def languages_document(languages: LanguageRegistry) -> dict:
    """Each language's page strings; a string it lacks is the source language's (so a new
    language shows a whole page before its translator has done every string)."""
    source_ui = dict(languages.source.ui)
    return {"source": languages.source.code,
            "languages": [{"code": lang.code, "name": lang.name, "english_name": lang.english_name,
                           "ui": {**source_ui, **lang.ui}} for lang in languages]}


async def languages(request: Request) -> JSONResponse:
    return JSONResponse(languages_document(request.app.state.search.languages))
