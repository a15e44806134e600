"""HTTP errors as JSON: {"error": message}. Bad input is a 4xx with a reason, never a 500.

>>> raise ApiError(400, "parameter 'size' must be an integer, got 'ten'")
"""

from __future__ import annotations

import logging

from starlette.exceptions import HTTPException
from starlette.requests import Request

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
    return error_response(exc.status_code, message, getattr(exc, "headers", None))


async def query_error(request: Request, exc: QueryError) -> JSONResponse:
    """The search core rejected the query (malformed advanced syntax, bad parameter): its message."""
    rejected(request, 400, str(exc))
    return error_response(400, str(exc))


async def no_index(request: Request, exc: NoIndexError) -> JSONResponse:
    return error_response(503, str(exc), {"Retry-After": "30"})


async def index_busy(request: Request, exc: IndexBusy) -> JSONResponse:
    """A write met the reindex job's lock: the client retries; searches are never affected."""
    return error_response(503, str(exc), {"Retry-After": "5"})


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
    Exception: server_error,
}
