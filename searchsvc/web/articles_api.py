"""GET /articles/{id}; POST /articles and DELETE /articles/{id} for holders of the write token.

A POST body has the shape of one JSON Lines import line (url, site, title, published, body,
optional translations {ru: {title, body}, be: {...}}), or a list of them, read by the importer's
own functions. Written articles go through the same entity + translation stages as the batch
job and land in the live index generation, so searches see them within seconds, no restart.
"""

from __future__ import annotations

import dataclasses
import hmac
import json
import logging

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from ..article import Article
from ..index.updates import AppliedChanges, apply_changes
from ..entities.sites import SiteRegistry
from ..ingest import IngestError, build_article
from ..ingest.jsonl import record_fields
from ..pipeline import prepare_articles
from .errors import ApiError
from .params import parse_query, path_id
from .responses import JSONResponse

log = logging.getLogger("searchsvc.web.articles")

MAX_ARTICLES_PER_REQUEST = 1000


def require_write_token(request: Request) -> None:
    """Bearer token from SEARCHSVC_API_TOKEN, compared in constant time; no token configured -> no writes."""
    expected = request.app.state.settings.api_token
    if not expected:
        raise ApiError(403, "writes are disabled: the server has no SEARCHSVC_API_TOKEN configured")
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "missing bearer token: send 'Authorization: Bearer <token>'",
                       headers={"WWW-Authenticate": 'Bearer realm="searchsvc"'})
    if not hmac.compare_digest(token.strip().encode(), expected.encode()):
        raise ApiError(401, "invalid bearer token",
                       headers={"WWW-Authenticate": 'Bearer realm="searchsvc", error="invalid_token"'})


def article_from_json(obj, position: int, sites: SiteRegistry | None = None) -> tuple[Article, list[str]]:
    """One import record -> (Article without entities/translations yet, warnings), or 422 with the reason.

    The JSON Lines importer's own rules (ingest/jsonl.py): an API write and a bulk import of the
    same record give the same article, the same id, and the same sanitising. `sites`: the known sites the
    record's site name is read with (one per request)."""
    try:
        fields = record_fields(obj, sites=sites)
        return build_article(fields, sites=sites), fields.warnings
    except IngestError as exc:
        raise ApiError(422, f"article {position}: {exc}") from None


async def read_articles(request: Request) -> list[tuple[Article, list[str]]]:
    content_type = request.headers.get("content-type", "application/json")
    if "json" not in content_type.lower():
        raise ApiError(415, f"send the articles as application/json, not {content_type[:60]!r}")
    raw = await request.body()  # RequestSizeLimit has already capped it (413)
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, f"request body is not valid JSON: {exc}") from None
    except RecursionError:
        raise ApiError(400, "request body is not valid JSON: nested too deeply") from None
    where = _lone_surrogate(data)
    if where is not None:
        raise ApiError(400, f"request body is not valid Unicode: a lone surrogate escape (\\ud800-\\udfff) "
                            f"in {where}; send each character outside the BMP as one escape pair or as UTF-8")
    records = data if isinstance(data, list) else [data]
    if not records:
        raise ApiError(422, "request body is an empty list: nothing to write")
    if len(records) > MAX_ARTICLES_PER_REQUEST:
        raise ApiError(413, f"{len(records)} articles in one request; the limit is {MAX_ARTICLES_PER_REQUEST}")
    # Parsing pages is CPU work and the first call builds the known-sites table: off the event loop, with the
    # one SiteRegistry the process's Services hold (the extractor's), not a fresh load per request.
    services = request.app.state.services
    return await run_in_threadpool(lambda: [article_from_json(obj, i, services.sites) for i, obj in enumerate(records)])


def _lone_surrogate(data) -> str | None:
    """Where (a JSON path) the first string holding half of a UTF-16 surrogate pair is, or None.

    JSON allows "\\ud800" alone; Python decodes it into a str that cannot be encoded as UTF-8, so
    hashing, indexing or logging it would fail later. Iterative: the parser already bounded depth."""
    stack = [("body", data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return where
        elif isinstance(value, dict):
            for key, item in value.items():
                name = key.encode("utf-8", "backslashreplace").decode("utf-8")[:60]
                stack.append((f"{where}.{name}", key))
                stack.append((f"{where}.{name}", item))
        elif isinstance(value, list):
            stack.extend((f"{where}[{i}]", item) for i, item in enumerate(value))
    return None


def _write(services, store, upserts: list[Article], deletes: list[str]) -> AppliedChanges:
    if upserts:
        prepare_articles(upserts, services)
    return apply_changes(store, upserts, deletes, registry=services.registry, timeout=services.settings.write_wait_s)


async def _apply(request: Request, upserts: list[Article], deletes: list[str]):
    app = request.app
    # One write at a time per process: apply_changes takes the index's writer lock; queueing here
    # keeps waiting writers off the thread pool that serves searches.
    async with app.state.write_lock:
        return await run_in_threadpool(_write, app.state.services, app.state.search.store, upserts, deletes)


def _read_article(state, article_id: str) -> dict | None:
    article = state.search.get_article(article_id)
    if article is not None:
        state.reads.record(article_id)  # `searchsvc translate` takes the most opened first
    return article


RETRY_AFTER_S = 5


async def get_article(request: Request) -> JSONResponse:
    article_id = path_id(request)
    state = request.app.state
    lang = parse_query(request, state.search_params.article, state.settings)["translate"]
    article = await run_in_threadpool(_read_article, state, article_id)
    if article is None:
        raise ApiError(404, f"no article with id {article_id[:80]!r}")
    if not lang:
        return JSONResponse(article)
    outcome = await run_in_threadpool(state.on_demand.request, Article.from_dict(article), lang)
    if outcome.translation is not None:
        article["translations"][lang] = dataclasses.asdict(outcome.translation)
    article["translation_request"] = outcome.to_dict()
    status = {"pending": 202, "busy": 503}.get(outcome.status, 200)
    headers = {"Retry-After": str(RETRY_AFTER_S)} if status != 200 else None
    return JSONResponse(article, status_code=status, headers=headers)


async def post_articles(request: Request) -> JSONResponse:
    require_write_token(request)
    received = await read_articles(request)
    articles = [article for article, _ in received]
    outcome = await _apply(request, articles, [])
    log.info("wrote %d article(s): %s", len(articles), ",".join(a.id for a in articles)[:500])
    named = request.app.state.search_params.facets.named_entity_facets()  # persons, organizations, places...
    return JSONResponse({
        "written": [{"id": a.id, "url": a.url, "title": a.title, "site": a.site, "published": a.published,
                     **{facet.field: facet.values(a) for facet in named},
                     "translations": {lang: tr.route for lang, tr in a.translations.items()},
                     "warnings": warnings} for a, warnings in received],
        "report": outcome.to_dict(),
    })


async def delete_article(request: Request) -> JSONResponse:
    require_write_token(request)
    article_id = path_id(request)
    outcome = await _apply(request, [], [article_id])
    if article_id in outcome.not_found:
        raise ApiError(404, f"no article with id {article_id[:80]!r}")
    log.info("deleted article %s", article_id)
    return JSONResponse({"deleted": article_id, "report": outcome.to_dict()})
