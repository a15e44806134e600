"""JSON responses whose bytes never contain a raw <, > or &.

Snippets carry our own <mark> tags and titles carry whatever a site published; JSON parsers read
\\u003c as '<' as usual, but a browser that sniffs or a log viewer that renders HTML never sees a
tag in the body. Defence in depth on top of escaping snippets and rendering text with textContent.
"""

from __future__ import annotations

import json
import typing

from starlette import responses


def dumps(content: typing.Any) -> str:
    # The escapes are only valid inside JSON strings, and those are the only place <>& can occur.
    # Three str.replace, not str.translate: translate looks every character up in its table (2.2 ms
    # for a 37 kB search answer with Cyrillic in it, 0.35 ms this way; json.dumps itself 0.3 ms)
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


class JSONResponse(responses.JSONResponse):
    def render(self, content: typing.Any) -> bytes:
        return dumps(content).encode("utf-8")
