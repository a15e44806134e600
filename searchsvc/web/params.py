"""Query parameters as data: one declaration validates requests AND documents them in /openapi.json.

>>> SIZE = Param("size", "integer", "hits per page", default=10, minimum=1, maximum="max_page_size")
>>> parse_query(request, [SIZE], settings)["size"]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from ..config import Settings
from ..facets import bucket_range
from .errors import ApiError

ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")  # 2023, 2023-01, 2023-01-11


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # "string" | "integer" | "date" | "enum"
    description: str
    default: Any = None
    enum: tuple[str, ...] = ()
    repeatable: bool = False  # person=a&person=b: multi-select
    minimum: int | None = None
    maximum: int | str | None = None  # a number, or the name of the Settings field that holds it
    max_length: int | str | None = 200  # idem, for strings
    period_end: bool = False  # a date: '2023-01' means its last day (date_to), not its first
    pattern: str | None = None  # a string: the whole value must match this regular expression

    def limit(self, which: str, settings: Settings) -> int | None:
        value = getattr(self, which)
        return getattr(settings, value) if isinstance(value, str) else value

    def convert(self, raw: str, settings: Settings):
        """One raw value -> its typed value, or ApiError(400) naming the parameter and the value."""
        shown = raw if len(raw) <= 40 else raw[:40] + "…"
        if self.kind == "integer":
            if not re.fullmatch(r"[+-]?\d{1,9}", raw.strip()):
                raise ApiError(400, f"parameter {self.name!r} must be an integer, got {shown!r}")
            value = int(raw)
            low, high = self.minimum, self.limit("maximum", settings)
            if (low is not None and value < low) or (high is not None and value > high):
                raise ApiError(400, f"parameter {self.name!r} must be between {low} and {high}, got {value}")
            return value
        if self.kind == "date":
            try:
                if not ISO_DATE.fullmatch(raw):
                    raise ValueError
                first, last = bucket_range(raw)
                return (last if self.period_end else first).isoformat()
            except ValueError:
                raise ApiError(400, f"parameter {self.name!r} must be an ISO date (2023-01-11, 2023-01 or 2023), "
                                    f"got {shown!r}") from None
        if self.kind == "enum":
            if raw not in self.enum:
                raise ApiError(400, f"parameter {self.name!r} must be one of {', '.join(self.enum)}, got {shown!r}")
            return raw
        max_length = self.limit("max_length", settings)
        if max_length is not None and len(raw) > max_length:
            raise ApiError(400, f"parameter {self.name!r} is {len(raw)} characters long; the limit is {max_length}")
        if self.pattern is not None and not re.fullmatch(self.pattern, raw):
            raise ApiError(400, f"parameter {self.name!r} must match {self.pattern}, got {shown!r}")
        return raw


def parse_query(request: Request, params: list[Param], settings: Settings) -> dict[str, Any]:
    """Validate the query string against `params`: unknown, repeated or malformed values -> 400."""
    by_name = {p.name: p for p in params}
    items = request.query_params.multi_items()
    unknown = sorted({k for k, _ in items if k not in by_name})
    if unknown:
        raise ApiError(400, f"unknown parameter {unknown[0][:40]!r}; this endpoint accepts {', '.join(by_name)}")
    out: dict[str, Any] = {}
    for param in params:
        raws = [v for k, v in items if k == param.name]
        if param.repeatable:
            cap = settings.max_filter_values
            if len(raws) > cap:  # empty ones count too: the cap is on what was sent (openapi: maxItems)
                raise ApiError(400, f"parameter {param.name!r} given {len(raws)} times; the limit is {cap}")
            raws = [v for v in raws if v != ""]  # an empty multi-select box sends name=
            out[param.name] = list(dict.fromkeys(param.convert(v, settings) for v in raws))
            continue
        if len(raws) > 1:
            raise ApiError(400, f"parameter {param.name!r} given {len(raws)} times; it takes one value")
        raw = raws[0] if raws else ""
        out[param.name] = param.default if raw == "" else param.convert(raw, settings)
    return out


def path_id(request: Request, name: str = "id", max_length: int = 200) -> str:
    value = request.path_params[name]
    if not value or len(value) > max_length or any(ord(c) < 32 for c in value):
        raise ApiError(400, f"path parameter {name!r} must be 1-{max_length} printable characters")
    return value
