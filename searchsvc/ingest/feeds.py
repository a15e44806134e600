"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per <item> / <entry>.

>>> for n, fields in parse_feed(open("rss.xml", "rb").read()): ...

Regional sites publish their news as feeds, often with the whole text (Yandex's `yandex:full-text`,
`turbo:content`, `content:encoded`); an item's fields: title, body (the full text, else the
description), published (`pubDate`, `dc:date`, Atom `published`; Atom's `updated` only when the
entry has no publication date, with a warning: it is the last edit), url (`link`, `guid` when it
is a permalink) and site (the channel's title). Items are numbered from 1 (reported as
"feed.xml:N"); an item that is no article yields an IngestError with the reason.
"""

from __future__ import annotations

from typing import Iterator

import lxml.etree

from .errors import IngestError
from .fields import PageFields
from .sanitise import clean_title

# Tags that open a feed document (after an XML declaration or comments).
FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")
# Full-text elements, best first; then the summary.
_BODY = ("full-text", "content", "encoded", "description", "summary")


def is_feed(head: bytes) -> bool:
    """Whether the first bytes of a file are those of a feed, not of an HTML page."""
    low = head[:2048].lower()
    return any(root in low for root in FEED_ROOTS) and b"<html" not in low


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _children(el) -> dict[str, list]:
    out: dict[str, list] = {}
    for child in el:
        name = _local(child.tag)
        if name:
            prefix = child.prefix or ""
            out.setdefault(name, []).append(child)
            if prefix:
                out.setdefault(f"{prefix}:{name}", []).append(child)
    return out


def _text(el) -> str:
    return "".join(el.itertext()).strip() if el is not None else ""


def parse_feed(raw: bytes) -> Iterator[tuple[int, PageFields | IngestError]]:
    """(item number, fields or IngestError) for every item or entry of a feed."""
    parser = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = lxml.etree.fromstring(raw, parser)
    except (lxml.etree.XMLSyntaxError, ValueError) as exc:
        yield 0, IngestError(f"not parseable XML feed: {exc}")
        return
    if root is None:
        yield 0, IngestError("not parseable XML feed")
        return
    channel = next((el for el in root.iter() if _local(el.tag) == "channel"), root)
    site = clean_title(_text(next((c for c in channel if _local(c.tag) == "title"), None)))
    items = [el for el in root.iter() if _local(el.tag) in ("item", "entry")]
    if not items:
        yield 0, IngestError("feed has no items")
        return
    for n, item in enumerate(items, 1):
        yield n, _item_fields(item, site or None)


def _item_fields(item, site: str | None) -> PageFields:
    fields = _children(item)
    warnings: list[str] = []
    title = _text(fields.get("title", [None])[0])
    body = ""
    for name in _BODY:
        for el in fields.get(name, []):
            if _local(el.tag) == "content" and el.get("type") not in (None, "html", "xhtml", "text") \
                    and el.get("src"):
                continue  # an Atom <content src=...> points elsewhere
            text = _text(el)
            if len(text) > len(body) * 1.2:
                body = text
        if body:
            break
    published = date_source = None
    for name in ("pubdate", "date", "published", "issued", "created"):
        if fields.get(name):
            published = _text(fields[name][0])
            date_source = f"the feed item's <{fields[name][0].tag.rsplit('}', 1)[-1]}>"
            break
    if published is None and fields.get("updated"):
        published = _text(fields["updated"][0])
        date_source = "the feed item's <updated>"
        warnings.append("feed entry gives only its last update time: taken as the publication date")
    url = None
    for el in fields.get("link", []):
        href = el.get("href") or _text(el)
        if href and el.get("rel") in (None, "alternate"):
            url = href.strip()
            break
    if url is None and fields.get("guid"):
        guid = fields["guid"][0]
        if guid.get("isPermaLink", "true") != "false" and _text(guid).startswith("http"):
            url = _text(guid)
    parsed = None
    if published:
        from .dates import stated_date

        parsed = stated_date(published, warnings)
    return PageFields(title=title or None, body=body or None, site=site, url=url,
                      published=parsed[0] if parsed else None, published_time=parsed[1] if parsed else None,
                      warnings=warnings, date_source=date_source if parsed else None)
