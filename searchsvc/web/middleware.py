"""Pure ASGI middleware: request size limits, security headers, cross-origin (CORS) rules."""

from __future__ import annotations

from starlette.responses import Response

from .errors import ApiError, error_response


class RequestTooLarge(ApiError):
    def __init__(self, limit: int):
        super().__init__(413, f"request body over the {limit}-byte limit")


class RequestSizeLimit:
    """Bodies over `max_body` bytes -> 413 (declared Content-Length checked up front, streamed bodies
    counted as they arrive); query strings over `max_query` bytes -> 414. Checked before any parsing."""

    def __init__(self, app, max_body: int, max_query: int):
        self.app, self.max_body, self.max_query = app, max_body, max_query

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if len(scope.get("query_string", b"")) > self.max_query:
            response = error_response(414, f"query string over the {self.max_query}-byte limit")
            return await response(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            try:
                too_large = int(declared) > self.max_body
            except ValueError:
                return await error_response(400, "Content-Length is not a number")(scope, receive, send)
            if too_large:
                return await error_response(413, RequestTooLarge(self.max_body).message)(scope, receive, send)
        seen = 0

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise RequestTooLarge(self.max_body)  # -> the ApiError handler: JSON 413
            return message

        await self.app(scope, limited_receive, send)


# The page inserts only the API's escaped snippet HTML; the policy forbids inline scripts and
# foreign origins anyway, so an escaping bug could not run code.
PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
               "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


class SecurityHeaders:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(b"x-content-type-options", b"nosniff"),
                            (b"content-security-policy", PAGE_POLICY.encode()),
                            (b"referrer-policy", b"same-origin")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


READ_METHODS = ("GET", "HEAD")
WRITE_METHODS = ("POST", "DELETE")


class CrossOrigin:
    """CORS for a public, read-only search API that other sites embed.

    Reads (GET/HEAD) of the public API (PUBLIC_PATHS: /search, /suggest, /articles/{id}, ...) are
    open to any origin, without credentials (`Access-Control-Allow-Origin: *`; no cookies are ever
    read, so there is nothing to steal), unless `public_reads` is off; /health and /metrics are for
    the operator and stay same-origin. Writes (POST/DELETE) are allowed only from
    `write_origins` (SEARCHSVC_CORS_ORIGINS; "*" = any), which also get `Authorization` in a
    preflight. A preflight always gets an answer: 200 with the rules, or 403 saying why not, never
    the 405 a route without OPTIONS would give.
    """

    MAX_AGE = "600"
    PUBLIC_PATHS = ("/search", "/suggest", "/articles/", "/article/", "/openapi.json", "/static/", "/export.",
                    "/embed.js", "/languages", "/facets/")  # /search also covers /search.atom
    EXPOSED = b"Retry-After, X-Total-Count, X-Export-Limit"  # headers a page's script may read

    def __init__(self, app, write_origins: tuple[str, ...] = (), public_reads: bool = True):
        self.app, self.write_origins, self.public_reads = app, tuple(write_origins), public_reads

    def may_write(self, origin: str) -> bool:
        return "*" in self.write_origins or origin in self.write_origins

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        origin = headers.get(b"origin", b"").decode("latin-1")
        if not origin:
            return await self.app(scope, receive, send)
        method = scope["method"]
        wanted = headers.get(b"access-control-request-method", b"").decode("latin-1").upper()
        public = scope["path"].startswith(self.PUBLIC_PATHS)
        if method == "OPTIONS" and wanted:
            return await self.preflight(origin, wanted, public)(scope, receive, send)
        allow = self.allowed_origin(origin, method, public)
        if allow is None:
            return await self.app(scope, receive, send)

        async def send_with_cors(message):
            if message["type"] == "http.response.start":
                extra = [(b"access-control-allow-origin", allow.encode("latin-1")),
                         (b"access-control-expose-headers", self.EXPOSED)]
                if allow != "*":
                    extra.append((b"vary", b"Origin"))
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_cors)

    def allowed_origin(self, origin: str, method: str, public: bool) -> str | None:
        if self.may_write(origin):
            return origin
        if method in READ_METHODS and self.public_reads and public:
            return "*"
        return None

    def preflight(self, origin: str, wanted: str, public: bool):
        if wanted in READ_METHODS and self.public_reads and public and not self.may_write(origin):
            return Response(status_code=200, headers={
                "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": ", ".join(READ_METHODS),
                "Access-Control-Allow-Headers": "Accept, Accept-Language, Content-Type",
                "Access-Control-Max-Age": self.MAX_AGE})
        if wanted in READ_METHODS + WRITE_METHODS and self.may_write(origin):
            return Response(status_code=200, headers={
                "Access-Control-Allow-Origin": origin, "Vary": "Origin",
                "Access-Control-Allow-Methods": ", ".join(READ_METHODS + WRITE_METHODS),
                "Access-Control-Allow-Headers": "Accept, Accept-Language, Authorization, Content-Type",
                "Access-Control-Max-Age": self.MAX_AGE})
        if wanted in WRITE_METHODS:
            why = (f"cross-origin {wanted} from {origin[:100]} is not allowed: writes are accepted only from "
                   "the origins in SEARCHSVC_CORS_ORIGINS")
        elif wanted in READ_METHODS and not public:
            why = f"{origin[:100]} may not read this operator endpoint cross-origin"
        elif wanted in READ_METHODS:
            why = (f"cross-origin reads from {origin[:100]} are not allowed: this server keeps reads to "
                   "SEARCHSVC_CORS_ORIGINS (SEARCHSVC_CORS_PUBLIC_READS is off)")
        else:
            why = f"method {wanted[:20]!r} is not part of this API (GET, HEAD, POST, DELETE)"
        return error_response(403, why)
