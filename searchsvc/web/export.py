"""GET /export.csv and GET /export.jsonl: every match of a search, for a journalist's spreadsheet or script.

Parameters: /search's (`page`, `size` and `date_granularity` accepted and ignored), plus `limit`,
the rows wanted: at most settings.max_export_rows (SEARCHSVC_MAX_EXPORT_ROWS, default 10,000; more
is a 400). Rows come in the search's order (`sort`), streamed: the search service is read one page
of EXPORT_PAGE hits at a time (SearchService.pages), never the whole result set. Headers:
`X-Total-Count` (the matches), `X-Export-Limit` (this export's bound), a Content-Disposition file
name. When more match than the bound, the last line says so (CSV: a `# truncated: ...` line; JSON
Lines: `{"truncated": true, ...}`), so a cut file never passes for a complete one.

CSV cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return)
get a leading apostrophe (OWASP's "CSV injection" advice); JSON Lines rows are /search's hits.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections.abc import Iterator
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import StreamingResponse

from ..config import Settings
from .params import Param, parse_query
from .responses import dumps
from .search_api import SearchParams

EXPORT_PAGE = 500  # hits per search call: ~20 calls for 10,000 rows, one page in memory
FORMATS = {"csv": "text/csv; charset=utf-8", "jsonl": "application/jsonl; charset=utf-8"}
LEADING = ("id", "published", "published_time", "site", "title", "title_en", "article_page", "url", "sources")
TRAILING = ("matched_via", "snippet")
IGNORED = {"page": "ignored: an export has every match (up to `limit`)",
           "size": "ignored: an export has every match (up to `limit`)",
           "date_granularity": "ignored: an export has no facets"}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def export_params(params: SearchParams) -> tuple[Param, ...]:
    """/search's parameters, documented for an export, and `limit`."""
    out = [dataclasses.replace(p, description=IGNORED[p.name]) if p.name in IGNORED else p for p in params.search]
    out.append(Param("limit", "integer", "rows at most (default and maximum: SEARCHSVC_MAX_EXPORT_ROWS, 10,000); "
                     "when more match, the last line says the export is truncated", minimum=1,
                     maximum="max_export_rows"))
    return tuple(out)


def safe_cell(value) -> str:
    """A CSV cell a spreadsheet shows as text: a leading = + - @ (a formula) gets an apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA) else text


def columns(facets) -> tuple[str, ...]:
    """The CSV header: the hit's own columns around one column per entity facet (persons,
    organizations, places, and any registered later), labels joined by ' | '."""
    return (*LEADING, *(f.field for f in facets.named_entity_facets()), *TRAILING)


def csv_row(hit, article_page: str, header: tuple[str, ...]) -> list[str]:
    row = {"id": hit.id, "published": hit.published, "published_time": hit.published_time, "site": hit.site,
           "title": hit.title, "title_en": hit.title_en, "article_page": article_page, "url": hit.url,
           "sources": " | ".join(filter(None, (s.get("url") or s.get("site") for s in hit.sources))),
           "matched_via": " ".join(hit.matched_via), "snippet": hit.snippet_text,
           **{field: " | ".join(e.label for e in labels) for field, labels in hit.entities.items()}}
    return [safe_cell(row.get(c)) for c in header]


def _csv_line(cells: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(cells)
    return out.getvalue()


def filename(q: str, extension: str) -> str:
    """`attachment` with an ASCII name and the query's own (UTF-8, RFC 6266) name."""
    ascii_slug = re.sub(r"[^A-Za-z0-9]+", "-", q).strip("-")[:40] or "all"
    slug = re.sub(r"[^\w]+", "-", q).strip("-")[:40] or "all"
    return (f'attachment; filename="searchsvc-{ascii_slug}.{extension}"; '
            f"filename*=UTF-8''{quote(f'searchsvc-{slug}.{extension}')}")


def lines(pages: Iterator, first, extension: str, limit: int, page_url, header: tuple[str, ...]) -> Iterator[str]:
    """The export's text, one line (CSV: one row) at a time; `first`: the first page, already read;
    `header`: the CSV columns (`columns`)."""
    if extension == "csv":
        yield "\ufeff" + _csv_line(list(header))  # the BOM: spreadsheets read the file as UTF-8
    written = 0
    page = first
    while page is not None and written < limit:
        for hit in page.hits[: limit - written]:
            url = page_url(hit.id)
            yield _csv_line(csv_row(hit, url, header)) if extension == "csv" else dumps({**hit.to_json(), "article_page": url}) + "\n"
            written += 1
        page = next(pages, None) if written < limit else None
    total = first.total
    if total > written:
        note = {"truncated": True, "rows": written, "total": total, "limit": limit}
        yield (f"# truncated: {written} of {total} matches (limit {limit}); narrow the search or raise `limit`\r\n"
               if extension == "csv" else dumps(note) + "\n")


async def export(request: Request) -> StreamingResponse:
    extension = request.url.path.rsplit(".", 1)[1]
    state = request.app.state
    settings: Settings = state.settings
    params: SearchParams = state.search_params
    query = parse_query(request, list(export_params(params)), settings)
    limit = query["limit"] or settings.max_export_rows
    pages = state.search.pages(query["q"], page_size=EXPORT_PAGE, max_hits=limit, lang=query["lang"],
                               filters=params.filter_values(query), date_from=query["date_from"],
                               date_to=query["date_to"], sort=query["sort"], mode=query["mode"],
                               dates=query["dates"] == "on")
    first = await run_in_threadpool(next, pages)  # a bad query is a 400 here, before any byte is sent
    base, lang = str(request.base_url).rstrip("/"), first.lang

    def page_url(article_id: str) -> str:
        return f"{base}/article/{quote(article_id, safe='')}?lang={lang}"

    headers = {"Content-Disposition": filename(query["q"], extension), "X-Total-Count": str(first.total),
               "X-Export-Limit": str(limit)}
    # a sync iterator: Starlette runs each step in its thread pool (each page is one search)
    header = columns(params.facets)
    return StreamingResponse(lines(pages, first, extension, limit, page_url, header), media_type=FORMATS[extension],
                             headers=headers)
