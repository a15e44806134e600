"""HTTP errors as JSON: {"error": message}. Bad input is a 4xx with a reason, never a 500.

>>> raise ApiError(400, "parameter 'size' must be an integer, got 'ten'")
"""

from __future__ import annotations

import errno
import logging

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.routing import Match

from ..index import NoIndexError
from ..index.updates import IndexBusy
from ..search import QueryError
from .responses import JSONResponse

log = logging.getLogger("searchsvc.web")


class ApiError(Exception):
    """An answer to a client mistake: HTTP status + a message that names the offending input."""

    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers


def error_response(status: int, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def rejected(request: Request, status: int, message: str) -> None:
    # the access log has the URL; this line says why it was refused
    log.info("rejected %s %s -> %d: %s", request.method, request.url.path, status, message)


async def api_error(request: Request, exc: ApiError) -> JSONResponse:
    rejected(request, exc.status, exc.message)
    return error_response(exc.status, exc.message, exc.headers)


async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
    """Starlette's own 404/405 (no route, wrong method) as JSON instead of plain text."""
    message = {404: f"no such endpoint: {request.url.path}",
               405: f"method {request.method} not allowed on {request.url.path}"}.get(exc.status_code, exc.detail)
    headers = getattr(exc, "headers", None)
    if exc.status_code == 405:
        headers = {**(headers or {}), "Allow": ", ".join(allowed_methods(request))}
    return error_response(exc.status_code, message, headers)


def allowed_methods(request: Request) -> list[str]:
    """Every method some route serves on this path. Starlette's 405 names only the first route that
    matched the path, and GET and DELETE /articles/{id} are two routes."""
    methods: set[str] = set()
    for route in request.app.routes:
        if getattr(route, "methods", None) and route.matches(request.scope)[0] != Match.NONE:
            methods |= route.methods
    return sorted(methods)


async def query_error(request: Request, exc: QueryError) -> JSONResponse:
    """The search core rejected the query (malformed advanced syntax, bad parameter): its message."""
    rejected(request, 400, str(exc))
    return error_response(400, str(exc))


async def no_index(request: Request, exc: NoIndexError) -> JSONResponse:
    return error_response(503, str(exc), {"Retry-After": "30"})


async def index_busy(request: Request, exc: IndexBusy) -> JSONResponse:
    """A write met the reindex job's lock: the client retries; searches are never affected."""
    return error_response(503, str(exc), {"Retry-After": "5"})


async def storage_error(request: Request, exc: OSError) -> JSONResponse:
    """A full disk is the operator's to fix, not a bug: 507 says so, and nothing was written (every
    write is one atomic commit). Any other OS error is a server error."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        log.error("%s %s refused: %s", request.method, request.url.path, exc)
        return error_response(507, f"the index's disk is full ({exc.strerror}); nothing was written, "
                                   f"try again when space is freed", {"Retry-After": "60"})
    return await server_error(request, exc)


async def server_error(request: Request, exc: Exception) -> JSONResponse:
    """A real bug: log it with the request that caused it, answer JSON without internals."""
    log.error("unhandled error on %s %s?%s: %r", request.method, request.url.path,
              request.url.query[:500], exc, exc_info=exc)
    return error_response(500, "internal error; it has been logged")


EXCEPTION_HANDLERS = {
    ApiError: api_error,
    HTTPException: http_error,
    QueryError: query_error,
    NoIndexError: no_index,
    IndexBusy: index_busy,
    OSError: storage_error,
    Exception: server_error,
}
