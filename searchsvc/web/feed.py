"""GET /search.atom: every search is also an Atom feed (RFC 4287), so a feed reader can follow a name or a topic.

The parameters are /search's (a search URL with /search.atom in place of /search is its feed): the
newest `size` matches come first whatever `sort` says; `page` and `date_granularity` are accepted
and ignored. Each entry: id `tag:searchsvc,2026:article/<id>` (stable: the article id, not the URL
it is read at), the title and summary (the snippet's HTML, escaped into the XML) in the reader's
language where a translation exists, `updated` = publication time (Minsk), and a link to the article
page in the reader's language. Built with ElementTree, so every value is escaped; characters XML
1.0 cannot carry are dropped.
"""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from .params import Param, parse_query
from .search_api import SearchParams

ATOM = "http://www.w3.org/2005/Atom"
MEDIA_TYPE = "application/atom+xml"
TAG = "tag:searchsvc,2026:"  # RFC 4151: an authority and the year it minted these ids; never change it
MINSK = "+03:00"  # publication times are Minsk time (ingest/dates.py)
UNDATED = "1970-01-01T00:00:00Z"  # an article without a date: a fixed time, so readers see no change
DEFAULT_ENTRIES = 20
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
IGNORED = {"sort": "ignored: a feed is newest first", "page": "ignored: a feed is the newest matches",
           "date_granularity": "ignored: a feed has no facets"}


def feed_params(params: SearchParams) -> tuple[Param, ...]:
    """/search's parameters, documented for the feed: `size` is the number of entries."""
    out = []
    for p in params.search:
        if p.name in IGNORED:
            p = dataclasses.replace(p, description=IGNORED[p.name])
        elif p.name == "size":
            p = dataclasses.replace(p, description="entries in the feed, newest first", default=DEFAULT_ENTRIES)
        out.append(p)
    return tuple(out)


def xml_text(value) -> str:
    return _NOT_XML.sub("", "" if value is None else str(value))


def timestamp(published: str | None, published_time: str | None) -> str:
    """RFC 3339 from the article's ISO date and Minsk clock time (HH:MM), or UNDATED."""
    if not published:
        return UNDATED
    clock = published_time if published_time and re.fullmatch(r"\d{2}:\d{2}(:\d{2})?", published_time) else "00:00"
    return f"{published}T{clock}{'' if clock.count(':') == 2 else ':00'}{MINSK}"


def _add(parent: ET.Element, tag: str, text=None, **attrs) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: xml_text(v) for k, v in attrs.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def render(result, *, base: str, query_string: str, lang: str, title: str, size: str = "") -> bytes:
    """The feed of one search's hits (already newest first). `base`: this server's URL, no trailing slash;
    `query_string`: the search's (the feed's id and the search page's link); `size`: "size=N" unless the default."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": lang})
    _add(feed, "id", f"{TAG}search?{query_string}")
    _add(feed, "title", title)
    entries = [(hit, timestamp(hit.published, hit.published_time)) for hit in result.hits]
    _add(feed, "updated", max((stamp for _, stamp in entries if stamp != UNDATED), default=UNDATED))
    _add(feed, "link", rel="self", type=MEDIA_TYPE,
         href=f"{base}/search.atom?" + "&".join(part for part in (query_string, size) if part))
    _add(feed, "link", rel="alternate", type="text/html", href=f"{base}/?{query_string}")
    _add(_add(feed, "author"), "name", "searchsvc")
    _add(feed, "generator", "searchsvc")
    for hit, stamp in entries:
        entry = _add(feed, "entry")
        _add(entry, "id", f"{TAG}article/{quote(hit.id, safe='')}")
        _add(entry, "title", hit.title, type="text")
        _add(entry, "updated", stamp)
        if stamp != UNDATED:
            _add(entry, "published", stamp)
        _add(entry, "link", rel="alternate", type="text/html",
             href=f"{base}/article/{quote(hit.id, safe='')}?lang={quote(lang)}")
        if hit.site:  # term: the `site` filter's value; label: its name in the feed's language
            _add(entry, "category", term=hit.site, label=hit.site_label or hit.site)
        _add(entry, "summary", hit.snippet, type="html")  # the snippet's HTML (escaped text + <mark>), as text
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


async def search_feed(request: Request) -> Response:
    state = request.app.state
    params: SearchParams = state.search_params
    query = parse_query(request, list(feed_params(params)), state.settings)
    result = await run_in_threadpool(
        state.search.search, query["q"], lang=query["lang"], page=1, size=query["size"],
        filters=params.filter_values(query), date_from=query["date_from"], date_to=query["date_to"],
        sort="date", mode=query["mode"], dates=query["dates"] == "on")
    # the search, without what the feed ignores (and without size: the feed's id stays when it changes)
    search = params.query_string({**query, "sort": "relevance", "page": 1, "date_granularity": "month", "size": None})
    strings = state.search.languages[result.lang].ui
    title = " · ".join(filter(None, [strings.get("title", "searchsvc"), query["q"].strip()[:100],
                                     *[v for p in params.filters for v in query[p.name]]]))
    size = "" if query["size"] == DEFAULT_ENTRIES else f"size={query['size']}"
    body = render(result, base=str(request.base_url).rstrip("/"), query_string=search, lang=result.lang,
                  title=title, size=size)
    return Response(body, media_type=MEDIA_TYPE + "; charset=utf-8")
