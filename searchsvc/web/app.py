"""The Starlette application, as data: routes + middleware handed to one constructor."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from ..config import Settings
from ..index import NoIndexError
from ..languages import LANGUAGES
from ..search import SearchService


def _int(request: Request, name: str, default: int) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise BadRequest(f"parameter {name!r} must be an integer, got {raw[:40]!r}")


class BadRequest(Exception):
    pass


async def search(request: Request) -> JSONResponse:
    service: SearchService = request.app.state.search
    q = request.query_params.get("q", "")
    lang = request.query_params.get("lang", "en")
    if lang not in LANGUAGES:
        raise BadRequest(f"parameter 'lang' must be one of {', '.join(LANGUAGES)}")
    page, size = _int(request, "page", 1), _int(request, "size", 10)
    result = service.search(q, lang=lang, page=page, size=size)
    return JSONResponse(result)


async def health(request: Request) -> JSONResponse:
    service: SearchService = request.app.state.search
    try:
        return JSONResponse({"status": "ok", "generation": service.generation(), "documents": service.doc_count()})
    except NoIndexError as exc:
        return JSONResponse({"status": "no index", "detail": str(exc)}, status_code=503)


async def bad_request(request: Request, exc: BadRequest) -> JSONResponse:
    return JSONResponse({"error": str(exc)}, status_code=400)


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or Settings.load()
    app = Starlette(
        routes=[Route("/search", search), Route("/health", health)],
        exception_handlers={BadRequest: bad_request},
    )
    app.state.settings = settings
    app.state.search = SearchService(settings.index_dir, max_query_chars=settings.max_query_chars,
                                     max_page=settings.max_page, max_page_size=settings.max_page_size)
    return app


def app_from_env() -> Starlette:
    """Factory for `uvicorn --factory searchsvc.web.app:app_from_env` (one per worker)."""
    return create_app(Settings.load())
