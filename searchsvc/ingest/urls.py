"""Canonical URLs and the stable article ids made from them.

>>> canonical_url("HTTPS://Www.Example.BY/news/1/?utm_source=vk#top")
'https://www.example.by/news/1'
>>> url_id("http://example.by/news/1/") == url_id("https://www.example.by/news/1?fbclid=x")
True
"""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

# Query parameters that say where a reader came from, not which page it is.
TRACKING_PARAMS = {"fbclid", "gclid", "yclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_openstat",
                   "from", "ref", "ref_src", "igshid", "share", "amp", "print", "rss", "sphrase_id"}
TRACKING_PREFIXES = ("utm_", "pk_", "hsa_")


def canonical_url(url: str | None) -> str | None:
    """Lower-case scheme and host, no default port, fragment, tracking parameters or trailing slash.

    Returns None for anything that is not an absolute http(s) URL.
    """
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if scheme not in ("http", "https") or not host or any(c.isspace() for c in url):
        return None
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    path = quote(unquote(parts.path), safe="/:@!$&'()*+,;=-._~%") or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)]
    return urlunsplit((scheme, host, "" if path == "/" else path, urlencode(sorted(query)), ""))


def url_key(url: str) -> str:
    """What identifies the page: http/https and a leading "www." do not make another article."""
    parts = urlsplit(url)
    host = parts.netloc[4:] if parts.netloc.startswith("www.") else parts.netloc
    return host + (parts.path or "/") + ("?" + parts.query if parts.query else "")


def url_id(url: str) -> str | None:
    canonical = canonical_url(url)
    if canonical is None:
        return None
    return hashlib.sha256(("url:" + url_key(canonical)).encode()).hexdigest()[:16]


def site_from_url(url: str | None) -> str | None:
    canonical = canonical_url(url)
    if not canonical:
        return None
    host = urlsplit(canonical).hostname or ""
    return host[4:] if host.startswith("www.") else host
