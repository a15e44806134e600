"""JSON responses whose bytes never contain a raw <, > or &.

Snippets carry our own <mark> tags and titles carry whatever a site published; JSON parsers read
\\u003c as '<' as usual, but a browser that sniffs or a log viewer that renders HTML never sees a
tag in the body. Defence in depth on top of escaping snippets and rendering text with textContent.
"""

from __future__ import annotations

import json
import typing

from starlette import responses

_UNSAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def dumps(content: typing.Any) -> str:
    # The escapes are only valid inside JSON strings, and those are the only place <>& can occur.
    return json.dumps(content, ensure_ascii=False, separators=(",", ":"), allow_nan=False).translate(_UNSAFE)


class JSONResponse(responses.JSONResponse):
    def render(self, content: typing.Any) -> bytes:
        return dumps(content).encode("utf-8")
