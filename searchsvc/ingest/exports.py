"""Exports other tools write of a site's news, read one record per story: a Telegram Desktop channel export
(result.json), a VK wall as its API returns it (wall.get, saved as JSON), and trafilatura's XML of a page.

>>> posts, site = social_posts(json.load(open("result.json")))     # None, None for any other JSON
>>> fields = trafilatura_fields(raw)                               # PageFields of a <doc> export

Social posts have no headline field: the first line of a post (a bold headline, as channels write one) is the
title and the rest the text. A post of one line has no body and is rejected as such by build_article, like any
record, so counts reconcile; service messages (a pinned post, a renamed channel) are no posts and are left out.
"""

from __future__ import annotations

import lxml.etree

from .dates import stated_date
from .errors import IngestError
from .fields import PageFields


def social_posts(data) -> tuple[list[dict] | None, str | None]:
    """(one record per post, the channel's or community's name) for a Telegram channel export or a VK wall;
    (None, None) for any other JSON value."""
    if not isinstance(data, dict):
        return None, None
    if isinstance(data.get("messages"), list) and isinstance(data.get("name"), str) \
            and str(data.get("type", "")).endswith(("channel", "group", "chat")):
        return _channel_posts(data), data["name"]
    wall = data.get("response", data)
    if isinstance(wall, dict) and isinstance(wall.get("items"), list) and wall["items"] and all(
            isinstance(i, dict) and isinstance(i.get("date"), int) and ("owner_id" in i or "from_id" in i)
            for i in wall["items"]):
        return _wall_posts(wall)
    return None, None


def _post(text: str, date, post_id, url: str | None = None) -> dict:
    title, _, body = text.strip().partition("\n")
    return {"title": title.strip(), "text": body.strip(), "date": date, "id": post_id, "url": url}


def _channel_posts(data: dict) -> list[dict]:
    """Telegram Desktop's result.json ({"name", "type": "public_channel", "messages": [...]}), oldest first as
    exported; "date" is the exporter's local time, taken as Minsk time."""
    posts = []
    for message in data["messages"]:
        if not isinstance(message, dict) or message.get("type") != "message":
            continue
        text = message.get("text", "")
        if isinstance(text, list):  # plain strings and {"type": "bold", "text": ...} runs
            text = "".join(part if isinstance(part, str) else str(part.get("text", "")) for part in text
                           if isinstance(part, (str, dict)))
        posts.append(_post(str(text), message.get("date"), message.get("id")))
    return posts


def _wall_posts(wall: dict) -> tuple[list[dict], str | None]:
    """A VK wall.get answer ({"count", "items": [...], "groups": [...] with extended=1}): "date" is Unix time;
    a repost without words of its own is the reposted post; the community's name (from "groups") is the site."""
    groups = {g.get("id"): g for g in wall.get("groups", ()) if isinstance(g, dict)}
    posts, site = [], None
    for item in wall["items"]:
        text, source = item.get("text") or "", item
        if not str(text).strip() and isinstance(item.get("copy_history"), list) and item["copy_history"]:
            source = item["copy_history"][0] if isinstance(item["copy_history"][0], dict) else item
            text = source.get("text") or ""
        owner = item.get("owner_id", item.get("from_id"))
        group = groups.get(-owner) if isinstance(owner, int) else None
        site = site or (group.get("name") if group else None)
        url = f"https://vk.com/wall{owner}_{item['id']}" if isinstance(owner, int) and "id" in item else None
        posts.append(_post(str(text), source.get("date", item["date"]), item.get("id"), url))
    return posts, site


def is_trafilatura(head: bytes) -> bool:
    """Whether the first bytes are trafilatura's XML output (a <doc> root with the page's metadata)."""
    low = head[:2048].lower().lstrip(b"\xef\xbb\xbf \t\r\n")
    if low.startswith(b"<?xml"):
        low = low[low.find(b"?>") + 2:].lstrip()
    return low.startswith(b"<doc ") and (b"sitename=" in low or b"hostname=" in low or b"fingerprint=" in low)


def trafilatura_fields(raw: bytes) -> PageFields:
    """trafilatura's <doc title= date= sitename= url=> with the text in <main> (its <comments> are readers',
    left out): the date is the publication date trafilatura read from the page."""
    parser = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    try:
        root = lxml.etree.fromstring(raw, parser)
    except (lxml.etree.XMLSyntaxError, ValueError) as exc:
        raise IngestError(f"not parseable trafilatura XML: {exc}") from exc
    if root is None or root.tag != "doc":
        raise IngestError("trafilatura XML has no <doc> root")
    main = root.find("main")
    blocks = [" ".join("".join(el.itertext()).split()) for el in (main if main is not None else ())]
    warnings: list[str] = []
    published = stated_date(root.get("date"), warnings) if root.get("date") else None
    date_source = "trafilatura's date attribute" if published else None
    return PageFields(title=root.get("title") or None, body="\n\n".join(b for b in blocks if b) or None,
                      site=root.get("sitename") or None, url=root.get("url") or None,
                      published=published[0] if published else None,
                      published_time=published[1] if published else None, warnings=warnings,
                      date_source=date_source)
