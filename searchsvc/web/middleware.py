"""Pure ASGI middleware: request size limits and security headers."""

from __future__ import annotations

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
