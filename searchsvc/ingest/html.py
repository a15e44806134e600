"""HTML pages from CMSs (Bitrix, Joomla, WordPress-like): main text, title, date, site.

>>> fields = parse_html_page(open("page.html", encoding="utf-8").read())

The main text comes from trafilatura (precision mode, after our own removal of CMS chrome),
with fallbacks when it finds nothing; title, date, site and URL come from the page's own
metadata (JSON-LD NewsArticle, Open Graph / article: meta tags, <time>, <h1>, <title>).
"""

from __future__ import annotations

import json
import re
from datetime import date
from copy import deepcopy
from itertools import islice

import lxml.etree
import lxml.html

from .dates import (implausible_date_reason, numeric_date_order, parse_date, parse_datetime_value,
                    relative_date_reason, written_datetime_value)
from .errors import IngestError
from .fields import PageFields
from .jsonl import ALIASES, ALIASES_CYRILLIC
from .sanitise import MAX_BODY_CHARS, clean_body, clean_line, clean_title, strip_markup
from ..entities.sites import SiteRegistry, fuller_name, is_address, is_boilerplate
from .text import (COPYRIGHT, RELATED_MARKER, breadcrumb_date, copyright_year, date_line, dated_line, dateline_date,
                   is_breadcrumb, is_footer, is_widget, looks_like_site, parse_text_page, site_from_copyright,
                   yearless_date_line)
from .urls import site_from_url

ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                 "opinionnewsarticle", "backgroundnewsarticle", "report", "webpage", "scholarlyarticle"}
# Class/id words of CMS chrome: Bitrix (bx-breadcrumb, menu-top), Joomla (moduletable, mod-menu),
# WordPress (widget, sidebar, site-footer, sharedaddy, jp-relatedposts) and the visually-impaired
# widgets (bvi-panel, special-version).
CHROME_WORDS = {
    "nav", "navbar", "navigation", "menu", "mainmenu", "topmenu", "submenu", "sidebar", "aside",
    "breadcrumb", "breadcrumbs", "footer", "widget", "widgets", "share", "sharing", "sharedaddy", "social",
    "socials", "likes", "related", "relatedposts", "comments", "comment", "banner", "banners", "advert",
    "advertisement", "ads", "cookie", "cookies", "bvi", "pagination", "pager", "toolbar", "topbar",
    "subscribe", "subscription", "copyright", "counter", "counters", "moduletable", "visually", "impaired",
    "special", "poll", "vote", "rss", "tags", "tagcloud", "popup", "modal", "newsletter", "print",
}
CONTENT_WORDS = {"content", "article", "post", "entry", "story", "body", "text", "main", "detail", "single"}
_CLASS_WORD = re.compile(r"[a-z]+")
LARGE_PAGE_CHARS = 500_000  # visible text above which only trafilatura's own extractor runs
_CHROME_TAGS = ("nav", "aside", "footer", "form", "iframe")
_TITLE_SEPARATORS = re.compile(r"\s+(?:[|—–:/»]|::|-{1,2})\s+")
DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
             "publish_date", "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.created",
             "sailthru.date", "parsely-pub-date", "article.published", "published_time", "created",
             "dc.date.created", "dcterms.issued", "dcterms.date", "citation_publication_date", "citation_date",
             "dc.created", "article:published", "published-date", "date_published", "og:article:published_time",
             "article:published_date", "article:post_date", "og:pubdate", "og:publish_date", "og:datepublished",
             "dc.date.publication", "dc:date", "dc:created", "datecreated", "date_created", "dateposted",
             "published_date", "publish-date", "publish_time", "originalpublicationdate", "article_date_original",
             "dcsext.articlefirstpublished", "content_create_date")
# RDFa properties of the publication (Drupal: property="dc:date dc:created" content="...").
RDFA_PUBLISHED = {"dc:date", "dc:created", "dc:issued", "dcterms:created", "dcterms:issued", "dcterms:date",
                  "schema:datepublished", "schema:datecreated", "sioc:created", "datepublished"}


def parse_html_page(text: str, url: str | None = None, sites: SiteRegistry | None = None,
                    today: date | None = None) -> PageFields:
    """Site, date, title, body and canonical URL of an HTML page (`reject` says why it is no article).
    `sites`: the known sites a <title>, header line or home link is matched against (the run's; default:
    loaded here). `today`: the day the page was saved, which no date of it may come after (a date without its
    year, a CMS default of 2099; default: Minsk's today)."""
    sites = sites if sites is not None else SiteRegistry.load()
    warnings: list[str] = []
    tree = _parse(text)
    if not re.search(r"</html\s*>\s*$", text[-2000:], re.I) and not re.search(r"</body\s*>", text[-5000:], re.I):
        warnings.append("HTML ends without </body></html>: page looks truncated")
    meta = _meta_tags(tree)
    jsonld = _jsonld_articles(tree)
    app_state = _app_state_stories(tree)
    for el in list(tree.iter("script", "style", "noscript", "template", "svg")):
        _remove(el)  # code is never title or body text
    url = url or _first(
        _attr(tree, "//link[@rel='canonical']/@href"), meta.get("og:url"), *(_ld_url(a) for a in jsonld))
    # "Official Internet portal" in og:site_name says what the site is, not whose: look further
    site = _first(*(v for v in (meta.get("og:site_name"), *(_ld_name(a.get("publisher")) for a in jsonld),
                                meta.get("application-name")) if not (isinstance(v, str) and is_boilerplate(v))))
    footer_site = _site_from_footer(tree) if not site else None
    page_title = clean_title(tree.findtext(".//title") or "") if tree.find(".//title") is not None else ""
    title = _pick_title(tree, meta, jsonld, page_title, site or footer_site)
    site_from_title = not site
    if not site and page_title and title:
        site = _title_suffix(page_title, title, _masthead_names(tree))
    if not site and page_title and title and _norm(page_title) != _norm(title) and looks_like_site(page_title):
        site = _site_segment(page_title)  # <title> holds only the site name, maybe after a section name
    as_text = None
    if not site and not footer_site:
        # Regional sites' pages read like the plain-text scrapes (widget, site name, crumbs, date,
        # title): the text parser's chrome rules find the site name in the page's visible lines.
        as_text = parse_text_page(visible_text(tree))
    text_site = as_text.site if as_text else None
    if text_site and (not looks_like_site(text_site) or (title and _norm(text_site) == _norm(title))):
        text_site = None  # only a line that names an authority, never the headline
    # the first that names whose site it is: "Official Internet portal" alone (a <title>'s tail, a
    # header's second line) says only what it is, and the next source is asked
    if site and site_from_title and not _names_body(site):
        # a <title>'s tail that names no body ("Osipovichi District", "Навіны Светлагорска") is where the
        # site lies or a section's heading; the masthead, the home emblem or the copyright line names whose
        # site it is ("Yelizovo Settlement Executive Committee", "Светлагорскія навіны — ... газета ...")
        own = next((n for n in (_site_from_logo(tree), _site_from_home_image(tree, sites), _site_from_footer(tree))
                    if n and _names_body(n) and not is_boilerplate(n)), None)
        site = own or site
    elif site and not site_from_title and (footer := _site_from_footer(tree)) and _spelled_out(site, footer):
        site = footer  # a logo's acronym or brand ("ОДАЭК", "Visit Nesvizh"): the copyright line's full name
    candidates = (lambda: clean_title(site) if site else None, lambda: footer_site, lambda: _site_from_logo(tree),
                  lambda: text_site, lambda: _known_site_in(page_title, sites),
                  lambda: _known_site_in_lines(tree, sites), lambda: _site_from_home_image(tree, sites),
                  lambda: site_from_url(url) if url else None,
                  lambda: _site_from_home_link(tree, sites))
    site = next((name for name in (c() for c in candidates) if name and not is_boilerplate(name)), None)
    site = fuller_name(site, (*_masthead_names(tree), *_footer_names(tree))) or site

    (published, published_time), date_source, unreadable = _publication_date(tree, meta, jsonld, title, app_state, today)

    body = _main_text(tree, jsonld, title, warnings)
    too_deep = _nested_too_deep(tree)
    if too_deep:
        warnings.append(f"HTML nested deeper than {PARSER_DEPTH_LIMIT} levels: the parser dropped the text below")
        kept = [p for p in body.split("\n\n") if p.strip() and _norm(p) not in {_norm(title or ""), _norm(site or "")}]
        if not kept:
            body = ""  # only the headline and site name survived: no story to index
    if published is None and (why := relative_date_reason(visible_text(tree).split("\n"))):
        warnings.append(why)
    for raw in dict.fromkeys(unreadable):
        warnings.append(f"date {raw[:60]!r} in the page's metadata is not a date: ignored")
    # no lang: the text decides; CMSs leave lang="ru" on Belarusian pages
    fields = PageFields(site=site, published=published, published_time=published_time, title=title, body=body,
                        url=url, warnings=warnings, date_source=date_source)
    if not body and too_deep:
        fields.reject = (f"HTML nested deeper than {PARSER_DEPTH_LIMIT} levels: the article text lies below "
                            "what the parser keeps")
    elif not body:
        fields.reject = "HTML page has no article text" + ("" if title else " and no headline")
    elif title and _norm(title) in SECTION_TITLES:
        fields.reject = f"section page ({title!r}): a list of stories, not an article"
    return fields


PARSER_DEPTH_LIMIT = 255  # libxml2 silently drops elements nested deeper than 256 levels


def _nested_too_deep(tree) -> bool:
    """Whether the parsed tree reaches libxml2's depth cap (so content below it was lost)."""
    depth = 0
    for event, _el in lxml.etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth >= PARSER_DEPTH_LIMIT:
            return True
    return False


def _parse(text: str):
    # lxml refuses str input that carries an XML encoding declaration; the text is decoded already.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        tree = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise IngestError(f"not parseable HTML: {exc}") from exc
    if tree is None or tree.find(".//body") is None and not tree.text_content().strip():
        raise IngestError("HTML page has no content")
    return tree


def _meta_tags(tree) -> dict[str, str]:
    meta: dict[str, str] = {}
    for el in tree.iter("meta"):
        if el.get("itemprop") and not (el.get("property") or el.get("name")) and el.xpath("ancestor::body"):
            continue  # microdata of an item in the body (maybe another story's): read with its item
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = el.get("content")
        if key and value and key not in meta:
            meta[key] = value.strip()
    return meta


def _jsonld_articles(tree) -> list[dict]:
    """JSON-LD objects of article types, wherever they sit (@graph, lists, nested)."""
    found = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            try:  # CMSs leave trailing commas and raw newlines inside strings
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw.replace("\n", " ")))
            except ValueError:
                continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                types = item.get("@type")
                types = types if isinstance(types, list) else [types]
                if any(isinstance(t, str) and t.lower() in ARTICLE_TYPES for t in types):
                    found.append(item)
                if "@graph" in item:
                    stack.append(item["@graph"])
                # a WebPage's own story ("mainEntity": {"@type": "NewsArticle", ...}), never the items of a
                # list or a "hasPart" (other stories)
                stack.extend(item[k] for k in ("mainEntity", "mainEntityOfPage") if isinstance(item.get(k), dict))
    # Real article types before a generic WebPage.
    found.sort(key=lambda a: str(a.get("@type")).lower() == "webpage")
    return found


# The publication and title keys of a JavaScript app's page data (Next.js __NEXT_DATA__, Nuxt's __NUXT__ /
# __NUXT_DATA__, a store's __INITIAL_STATE__): those of the JSON exports (jsonl.ALIASES, publication before
# creation); the last edit's keys (updatedAt) are in no list.
APP_DATE_KEYS = ALIASES["published"] + ALIASES_CYRILLIC["published"]
APP_TITLE_KEYS = ALIASES["title"] + ALIASES_CYRILLIC["title"]
# window.__NUXT__ = {...}; window.__INITIAL_STATE__ = {...}: a state object written as JSON in a script
_STATE_ASSIGNMENT = re.compile(r"^\s*(?:window\.|var\s+|let\s+|const\s+)?_{1,3}[A-Za-z_]+_{0,3}\s*=\s*(?=[{\[])")


def _app_state_stories(tree) -> list[dict]:
    """The objects of a JavaScript app's page data (Next.js, Nuxt, a store's initial state) that carry a
    publication date: a page that renders its story in the browser may print its date nowhere else."""
    found: list[dict] = []
    for script in tree.iter("script"):
        raw = (script.text or "").strip()
        if not raw or (script.get("type") or "").lower() == "application/ld+json":
            continue
        if (script.get("type") or "").lower() != "application/json" and not _STATE_ASSIGNMENT.match(raw):
            continue
        try:
            data = json.loads(_STATE_ASSIGNMENT.sub("", raw, count=1).rstrip(";"))
        except ValueError:
            continue
        if script.get("id") == "__NUXT_DATA__" and isinstance(data, list):
            data = _devalued(data)
        stack, seen = [data], 0
        while stack and seen < 20000:
            item, seen = stack.pop(), seen + 1
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if any(isinstance(item.get(k), (str, int, float)) and item.get(k) for k in APP_DATE_KEYS):
                    found.append(item)
                stack.extend(reversed([v for v in item.values() if isinstance(v, (dict, list))]))
    return found


def _devalued(payload: list, limit: int = 20000):
    """Nuxt 3's __NUXT_DATA__ (devalue's flat list: a value's children are indexes into the list) as nested
    objects; its wrappers (["Reactive", i], ["ShallowReactive", i]) stand for what they wrap."""
    memo: dict[int, object] = {}

    def value(i, depth=0):
        if not isinstance(i, int) or isinstance(i, bool) or not 0 <= i < len(payload) or depth > 40:
            return None
        if i in memo:
            return memo[i]
        raw = payload[i]
        if isinstance(raw, list) and raw and isinstance(raw[0], str) and len(raw) == 2:
            out = value(raw[1], depth + 1)
        elif isinstance(raw, list):
            out = [value(j, depth + 1) for j in raw[:200]]
        elif isinstance(raw, dict):
            out = {k: value(j, depth + 1) for k, j in list(raw.items())[:200]}
        else:
            out = raw
        memo[i] = out
        return out

    return value(0) if len(payload) <= limit else None


def _app_story(stories: list[dict], title: str | None) -> dict | None:
    """The app data's object of the page's own story: the one titled as the page (a related story beside it,
    and a build's or a tracker's timestamp, say nothing of the page's)."""
    key = _norm(title or "")
    for story in stories:
        names = [_norm(v) for k in APP_TITLE_KEYS if isinstance(v := story.get(k), str)]
        if key and any(n and (n == key or key.startswith(n) and len(n) > 15) for n in names):
            return story
    return None


def _ld_url(article: dict):
    entity = article.get("mainEntityOfPage")
    if isinstance(entity, dict):
        entity = entity.get("@id") or entity.get("url")
    return _first(article.get("url") if isinstance(article.get("url"), str) else None,
                  entity if isinstance(entity, str) else None)


def _ld_name(value):
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) else None


def _attr(tree, xpath: str):
    values = tree.xpath(xpath)
    return values[0].strip() if values else None


def _first(*values):
    for v in values:
        if isinstance(v, str) and v.strip():
            return v.strip()
    return None


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


LOGO_WORDS = {"logo", "brand", "branding", "masthead", "sitename", "logotype", "emblem", "sitetitle", "sitelogo"}


def _pick_title(tree, meta, jsonld, page_title: str, site: str | None) -> str | None:
    """The headline: the <h1> the metadata agrees with or that sits in the content, not in the
    logo; else the metadata's headline; else <title> without the site name; else an <h2>."""
    meta_titles = [clean_title(t) for t in (
        *(a.get("headline") for a in jsonld if isinstance(a.get("headline"), str)),
        meta.get("og:title"), meta.get("twitter:title"), meta.get("title"), *_microdata_headlines(tree)) if t]
    meta_titles = [_strip_site_suffix(t, site) for t in meta_titles if t]
    page_stripped = _strip_site_suffix(page_title, site) if page_title else ""
    site_norm = _norm(site) if site else None
    references = [_norm(t) for t in meta_titles + [page_stripped] if t and _norm(t) != site_norm]
    best, best_score = None, None
    section = None
    for i, h in enumerate(tree.iter("h1")):
        text = clean_title(_heading_text(h))
        nh = _norm(text)
        if not nh or nh == site_norm:
            continue
        if nh in SECTION_TITLES:
            section = section or text  # "Новости" over a list of stories, or over the real headline
            continue
        score = 0
        if _has_ancestor_words(h, LOGO_WORDS) or h.xpath("ancestor::header[not(ancestor::article)]") and \
                not h.xpath("ancestor::main or ancestor::article"):
            score -= 3
        if any(nh == r or (len(nh) > 15 and (r.startswith(nh) or nh.startswith(r))) for r in references):
            score += 2
        if h.xpath("ancestor::article or ancestor::main") or _has_ancestor_words(h, CONTENT_WORDS):
            score += 1
        if best_score is None or score > best_score:
            best, best_score = text, score
    if best is not None and best_score >= 2:
        return best
    if best is not None and best_score >= 1:
        return best  # the visible headline in the content wins over a differing SEO title
    if meta_titles:
        return meta_titles[0]
    if best is not None and best_score >= 0:
        return best
    generic = not page_stripped or _norm(page_stripped) == site_norm or _norm(page_stripped) in SECTION_TITLES \
        or (looks_like_site(page_stripped) and len(page_stripped.split()) <= 8)
    if not generic:
        return page_stripped
    # Some templates (Joomla's item-page) set the headline in an <h2>.
    for h in tree.iter("h2"):
        text = clean_title(_heading_text(h))
        if 15 <= len(text) <= 300 and not _in_chrome(h, None) and _norm(text) != site_norm:
            return text
    if section:
        return section  # a section page: its first listed story is not its headline (rejected later)
    # Table layouts of older government CMSs: a bold line above the date, as in a text scrape.
    text_title = parse_text_page(visible_text(_without_chrome(tree))).title
    if text_title and not looks_like_site(text_title) and _norm(text_title) not in SECTION_TITLES:
        return text_title
    return page_stripped or None


def _without_chrome(tree):
    cleaned = deepcopy(tree)
    strip_chrome(cleaned)
    return cleaned


def _heading_text(el) -> str:
    """A heading's text with a space where a <br> breaks it ("Line one<br>line two")."""
    if el.find(".//br") is None:
        return el.text_content()
    copy = deepcopy(el)
    for br in copy.iter("br"):
        br.tail = " " + (br.tail or "")
    return copy.text_content()


def _microdata_headlines(tree) -> list[str]:
    """schema.org microdata (Joomla's item-page): <h2 itemprop="headline">, outside sidebars."""
    out = []
    for el in tree.xpath("//*[@itemprop='headline' or @itemprop='name'][ancestor::*[@itemscope]]"):
        if el.tag == "meta" or el.get("itemprop") == "name" and not el.xpath(
                "ancestor::*[@itemscope][1][contains(@itemtype,'Article') or contains(@itemtype,'article')]"):
            continue
        if not _in_chrome(el, None):
            out.append(_heading_text(el))
    return out


# Section names that CMSs put in <title> instead of the headline ("Новости | Site").
SECTION_TITLES = {"news", "latest news", "all news", "home", "main", "main page", "events", "press centre",
                  "press center", "новости", "главная", "события", "пресс-центр", "новости района",
                  "навіны", "галоўная", "падзеі", "прэс-цэнтр", "навіны раёна"}


def _known_site_in(page_title: str, sites: SiteRegistry) -> str | None:
    """The known committee a whole <title> names where no part of the page names the site alone:
    "News | Official Internet portal of the Grodno Oblast Executive Committee" (a table layout)."""
    site = sites.find(page_title) if page_title else None
    return site.name if site else None


def _known_site_in_lines(tree, sites: SiteRegistry) -> str | None:
    """The known committee a short visible line names (a header strip "Афіцыйны сайт Маладзечанскага
    раённага выканаўчага камітэта" in a <div> no logo class marks), looked for in the page's head
    and foot only: a committee named in the story is not the site."""
    lines = [clean_line(x) for x in visible_text(tree).split("\n")]
    lines = [x for x in lines if x and len(x) <= 150]
    for line in (*lines[:60], *lines[-30:]):
        if looks_like_site(line) or re.search(r"исполнительного|выканаўчага|исполкома|выканкама|сайт|портал|партал",
                                              line, re.I):
            site = sites.find(line)
            if site is not None:
                return site.name
    return None


def _site_segment(page_title: str) -> str:
    """The part of a '<section> | <site>' <title> that names the authority."""
    parts = [p for p in _TITLE_SEPARATORS.split(page_title) if p.strip()]
    named = [p for p in parts if looks_like_site(p)]
    return named[-1].strip() if len(parts) > 1 and named else page_title


def _class_words(el) -> set[str]:
    """Words of an element's class and id, plus each name with its hyphens dropped, so that
    class="site-name" reads as "sitename" (a logo), not only as "site" and "name"."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    return set(_CLASS_WORD.findall(names)) | {re.sub(r"[-_]", "", n) for n in names.split()}


def _has_ancestor_words(el, words: set[str], levels: int = 6) -> bool:
    for _ in range(levels):
        if el is None or not isinstance(el.tag, str):
            return False
        if _class_words(el) & words:
            return True
        el = el.getparent()
    return False


def _strip_site_suffix(title: str, site: str | None) -> str:
    """'Headline - Site name' / 'Site name | Headline' -> 'Headline'."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    if site:
        ns = _norm(site)
        kept = [p for p in parts if _norm(p) != ns and not (ns and (ns in _norm(p) and len(_norm(p)) - len(ns) < 12))]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    # No known site: drop a short last (or first) segment that looks like a site name.
    if len(parts[-1]) <= 60 and len(parts[-1]) < len(" ".join(parts[:-1])):
        return _TITLE_SEPARATORS.split(title, maxsplit=len(parts) - 2)[0] if len(parts) > 2 else parts[0]
    return title


# a masthead that says it is a newspaper: "Светлагорскія навіны — грамадска-палітычная газета ...", "Kobrinsky
# Vestnik, newspaper of the Kobrin District"
_NEWSPAPER_WORDS = re.compile(r"\b(?:newspaper|газета|газеты|газеце|газэта)\b", re.I)
_NEWSPAPER_DESCRIPTION = re.compile(r"^(?:[\w-]+\s+){0,2}(?:newspaper|газета|газэта)\b", re.I)


# the kind of body a full name ends or starts with: a college, a centre, a museum, a union ("Nesvizh Tourist
# Information Centre", "Ашмянскі дзяржаўны аграрна-эканамічны каледж")
_BODY_KIND = re.compile(
    r"\b(?:college|centre|center|museum|library|school|hospital|polyclinic|theatre|theater|sanatorium|society|union|"
    r"organi[sz]ation|association|enterprise|company|university|academy|institute|department|inspection|"
    r"колледж|каледж|центр|цэнтр|музей|библиотека|бібліятэка|школа|больница|бальніца|театр|тэатр|санаторий|санаторый|"
    r"общество|таварыства|союз|саюз|организация|арганізацыя|объединение|аб'яднанне|предприятие|прадпрыемства|"
    r"университет|універсітэт|академия|акадэмія|институт|інстытут|отдел|аддзел|управление|упраўленне|инспекция|інспекцыя)\b",
    re.I)


def _spelled_out(brand: str, full: str) -> bool:
    """Whether `full` (a copyright line's body) is the body the masthead's `brand` stands for: an acronym of its
    words' initials ("ОДАЭК": Ашмянскі дзяржаўны аграрна-эканамічны каледж; the first may be the place's other
    spelling), or a brand naming no body that shares its place word ("Visit Nesvizh": Nesvizh Tourist Information
    Centre). A brand that names a body or a newspaper is its own name."""
    brand, full = brand.strip(), full.strip()
    if _norm(brand) == _norm(full) or not _BODY_KIND.search(full) or len(full) > 120:
        return False
    if re.fullmatch(r"[A-ZА-ЯЁІЎ]{3,8}", brand):
        initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", full)).upper()
        return len(initials) == len(brand) and initials[1:] == brand[1:]
    if _names_body(brand) or _BODY_KIND.search(brand) or len(brand.split()) > 4:
        return False
    places = {w.lower()[:5] for w in re.findall(r"[^\W\d_]{4,}", brand) if w[0].isupper()}
    return bool(places & {w.lower()[:5] for w in re.findall(r"[^\W\d_]{4,}", full) if w[0].isupper()})


def _names_body(name: str) -> bool:
    """Whether a site-name candidate names a body (a committee, an administration, a council, a newspaper),
    not only a territory or a section ("Osipovichi District", "Навіны Светлагорска")."""
    return looks_like_site(name) or bool(_NEWSPAPER_WORDS.search(name))


def _title_suffix(page_title: str, title: str, mastheads: tuple[str, ...] = ()) -> str | None:
    """The site's part of a "headline | site" <title>. Where several parts follow the headline ("| News |
    Grodno Oblast Committee of ... - Ministry of Natural Resources", "- Пинский вестник - новости Пинска и
    района"), the one the masthead prints is the site's; the others are a parent body or a tagline."""
    parts = _TITLE_SEPARATORS.split(page_title)
    if len(parts) < 2 or not any(_norm(p) and (_norm(p) in _norm(title) or _norm(title) in _norm(p)) for p in parts):
        return None  # "<title>" is not "headline | site"
    rest = [p for p in parts if _norm(p) and _norm(p) not in _norm(title) and _norm(title) not in _norm(p)
            and not is_boilerplate(p)]
    printed = {_norm(m) for m in mastheads}
    if len(rest) > 1 and (own := [p for p in rest if _norm(p) in printed]):
        return own[0]
    if len(rest) > 1 and _NEWSPAPER_DESCRIPTION.match(rest[-1]):
        rest = rest[:-1]  # "Kobrinsky Vestnik — newspaper of the Kobrin District": the name, not what it is
    return rest[-1] if rest and len(rest[-1]) <= 80 else None


def _site_from_logo(tree) -> str | None:
    """The text of the logo block or of a site-header <h1>: many regional sites print their name there."""
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        logo = _class_words(el) & LOGO_WORDS
        # a microformats card of the publishing body ("h-card p-org") outside the story (an author's card is in it)
        card = {"hcard", "porg"} <= _class_words(el) and not el.xpath("ancestor::article")
        if logo or card or (el.tag == "h1" and el.xpath("ancestor::header[not(ancestor::article)]")):
            text = clean_title(el.text_content())
            if 3 <= len(text) <= 100 and len(text.split()) <= 12 and not is_boilerplate(text):
                return text
    return None


def _masthead_names(tree) -> tuple[str, ...]:
    """What the page's header prints as its name: the logo block's text, the alt and title of the header's
    emblem -- unfiltered, to tell which of a <title>'s parts is the site's."""
    names = [_site_from_logo(tree) or ""]
    for img in tree.xpath("//a[@href='/' or @href='./' or @href='index.php']//img | //header//img | "
                          "//*[contains(@class,'header') or contains(@class,'logo')]//img"):
        names += [clean_title(img.get("alt") or ""), clean_title(img.get("title") or "")]
    return tuple(n for n in names if n)


def _site_from_home_image(tree, sites: SiteRegistry) -> str | None:
    """The alt or title text of the emblem that links home (a Bitrix or AMP header prints the site's
    name only there): "<a href="/"><img alt="Палыковіцкі сельвыканкам"></a>", when it names an authority."""
    for img in tree.xpath("//a[@href='/' or @href='./' or @href='index.php']//img | //a[@href='/']//amp-img | "
                          "//header//img | //*[contains(@class,'header') or contains(@class,'logo')]//img"):
        for text in (img.get("alt"), img.get("title")):
            text = clean_title(text or "")
            if 3 <= len(text) <= 120 and not is_boilerplate(text) and \
                    (looks_like_site(text) or sites.find(text) is not None):
                return text
    return None


def _site_from_home_link(tree, sites: SiteRegistry) -> str | None:
    """A page without a URL whose footer links its own home page ("<a href="https://zhd.gomel.gov.by/">"):
    the committee that host belongs to, when the site registry knows it."""
    for href in tree.xpath("//footer//a/@href | //*[contains(@class,'footer') or contains(@id,'footer')]//a/@href"):
        m = re.match(r"^https?://([^/\s]+)/?$", href.strip())
        if m and (site := sites.for_host(m.group(1))) is not None:
            return site.name
    return None


def _site_from_footer(tree) -> str | None:
    """"© 2024 Osipovichi District Executive Committee. All rights reserved." in a footer."""
    return next(_copyright_names(tree, line_above=False), None)


def _footer_names(tree) -> list[str]:
    """The names a footer prints: its copyright lines' ("© 2026 Military Commissariat of Zhlobin District"), and the
    line above a copyright line that names no one ("Soligorsk District Centre of ... Creativity" / "© 2026")."""
    return list(_copyright_names(tree, line_above=True))


def _copyright_names(tree, line_above: bool):
    """The names the footer's copyright lines give, in page order; with `line_above`, a copyright line that names
    no one gives the line above it (not an address, no postcode or phone)."""
    for el in tree.xpath("//footer | //*[contains(@class,'footer') or contains(@id,'footer') "
                         "or contains(@class,'copyright')]"):
        # visible_text: "<p>© 2023 Site</p><p>Address: ...</p>" is two lines, text_content() one.
        lines = [line for line in (clean_line(raw) for raw in visible_text(el).split("\n")) if line]
        for k, line in enumerate(lines):
            m = re.search(r"(©|\(c\)|copyright).*", line, re.I)
            if not (m and COPYRIGHT.match(m.group(0))):
                continue
            # "Name © 2026. 222310, ...": the name before the sign
            name = site_from_copyright(m.group(0)) or (site_from_copyright(line[:m.start()]) if m.start() > 0 else None)
            if name is None and line_above and k > 0 and not is_address(lines[k - 1]) \
                    and not re.search(r"\d{3}", lines[k - 1]):
                name = lines[k - 1]
            if name:
                yield name


def _publication_date(tree, meta, jsonld, title: str | None, app_state: list[dict] = (), today: date | None = None):
    """((date, time), source, unreadable): the page's publication date, the signal it came from, and the
    metadata values that are no date (reported, never guessed at).

    The one place that ranks a page's date signals. The first plausible one is taken, in this order:
    1. the page's metadata (JSON-LD, meta tags, a JavaScript app's state, microdata, RDFa, <time>): written by
       the CMS for machines, never a sidebar's or a modified date (see `_date_candidates`);
    2. a date printed next to the headline (`_date_near_title`): the reader's date, not the "latest news" list's;
    3. a day in the breadcrumb trail ("Home > News > 14 October 2026 > Headline": the archive's day the story is
       filed under, `_date_in_breadcrumb`);
    4. a day and month printed next to the headline without a year ("2 июня, 10:15"), in the copyright line's year;
    5. the dateline leading the story's first paragraph ("MINSK, 2 June (BelTA) - ...");
    6. a segment of the page's <title> that is a date ("Headline — 02.06.2026 — Site");
    7. htmldate's reading of the page (its own markup and text heuristics);
    8. the page's date line, the page read as a text scrape with its chrome removed;
    9. else an implausible date found on the way (a CMS default of 1970 or 2099), dropped later with a warning.
    """
    implausible = None
    unreadable = []
    for source, candidate in _date_candidates(tree, meta, jsonld, title, app_state):
        parsed = parse_datetime_value(candidate)
        if parsed is None and isinstance(candidate, str) and candidate.strip():
            unreadable.append(candidate.strip())
        if parsed and implausible_date_reason(parsed[0], today):
            implausible = implausible or (parsed, source)  # a CMS default (1970, 2099): look further first
        elif parsed:
            written = written_datetime_value(candidate)
            if written and written[0] != parsed[0] and (_date_near_title(tree, title) or (None,))[0] == written[0]:
                # a timestamp in the publisher's own zone ("2026-06-02T01:30+08:00"): Minsk's day is another,
                # the page prints its own, and the reader's date is the day the page prints
                return written, f"{source} (the day the page prints, in the timestamp's own zone)", unreadable
            return parsed, source, unreadable
    visible = (("a date printed next to the headline", lambda: _date_near_title(tree, title)),
               ("a date in the breadcrumb trail", lambda: _date_in_breadcrumb(tree)),
               ("a date without its year next to the headline (the year of the copyright line)",
                lambda: _yearless_date_near_title(tree, title, today)),
               ("the dateline leading the story", lambda: _dateline(tree, title, today)),
               ("a date in the page's <title>", lambda: _date_in_page_title(tree)),
               ("htmldate's reading of the page", lambda: _htmldate(tree)),
               ("the page's date line (read as text)", lambda: _date_in_visible_text(tree, today)))
    for source, read in visible:
        if (parsed := read()) is not None:
            return parsed, source, unreadable
    return (implausible or ((None, None), None)) + (unreadable,)


def _date_candidates(tree, meta, jsonld, title: str | None, app_state: list[dict] = ()):
    """(source, value) of the page's machine-written publication dates, most trustworthy first. A date in the
    page's body (microdata, RDFa, <time>) counts only when it belongs to the headline's story, not to another
    story's teaser in a list or a sidebar (`_other_story`)."""
    for key in ("datePublished", "dateCreated", "uploadDate"):  # any article's publication before a creation
        for article in jsonld:
            yield f"JSON-LD {key}", article.get(key)
    for key in DATE_META:
        yield f"meta {key}", meta.get(key)
    if (story := _app_story(app_state, title)) is not None:
        # (the first key that holds a date: "data" is a Russian export's date and an app's payload alike)
        key = next((k for k in APP_DATE_KEYS if story.get(k) and parse_datetime_value(story[k])), None)
        if key:
            yield f"app state {key}", story[key]
    yield "the channel post's timestamp", _channel_post_date(tree, title)
    heading = _heading_element(tree, title)
    story = set(heading.iterancestors()) | {heading} if heading is not None else set()  # the headline's blocks
    for el in tree.xpath("//*[@itemprop='datePublished']"):
        if not _other_story(el, story):
            yield "microdata datePublished", el.get("content") or el.get("datetime") or el.text_content()
    for el in tree.xpath("//*[@property and (@content or @datetime)][not(self::meta)]"):
        if set(el.get("property").lower().split()) & RDFA_PUBLISHED and not _other_story(el, story):
            yield f"RDFa {el.get('property')}", el.get("content") or el.get("datetime")
    # <time datetime>, AMP's <amp-timeago datetime> ("9 months ago"), a <span datetime>; never <ins>/<del>, an edit
    times = (el for el in tree.xpath("//*[@datetime][not(self::ins or self::del or self::meta)]")
             if not _MODIFIED.search(f"{el.get('class') or ''} {el.get('itemprop') or ''} {el.get('property') or ''}")
             and not _other_story(el, story))  # (WordPress's <time class="updated">: the last edit)
    for el in islice(times, 3):  # (a Telegram channel's post: its <div class="tgme_widget_message">)
        if el.xpath("ancestor::article or ancestor::*[contains(@class,'news') or contains(@class,'post') "
                    "or contains(@class,'entry') or contains(@class,'article') or contains(@class,'item') "
                    "or contains(@class,'message')]"):
            yield f"<{el.tag} datetime>", el.get("datetime")


# A messenger channel's posts, each dated by the export: Telegram's web view (<div class="tgme_widget_message">
# ... <a class="tgme_widget_message_date"><time datetime="...+00:00">) and its desktop export (<div class="message
# default"> ... <div class="pull_right date details" title="02.06.2026 09:15:00 UTC+03:00">).
_CHANNEL_POSTS = ("//*[contains(concat(' ', @class, ' '), ' tgme_widget_message ')]",
                  "//div[contains(concat(' ', @class, ' '), ' message ') and contains(@class, 'default')]")
_CHANNEL_POST_DATES = ".//*[contains(@class, 'message_date')]//time/@datetime | " \
                      ".//*[contains(concat(' ', @class, ' '), ' date ')]/@title"


def _channel_post_date(tree, title: str | None):
    """The timestamp of the channel post that holds the headline (the first post when none does): a channel's
    page holds many posts, and a page saved for one story is that story's post."""
    key = _norm(title or "")[:60]
    for posts in _CHANNEL_POSTS:
        dated = [(post, stamps[0]) for post in tree.xpath(posts) if (stamps := post.xpath(_CHANNEL_POST_DATES))]
        if dated:
            own = [stamp for post, stamp in dated if key and key in _norm(post.text_content())]
            return (own or [dated[0][1]])[0]
    return None


# How many words a link's text has when it is another story's headline (a teaser), not a tag or an author.
TEASER_LINK_WORDS = 5
# How many blocks above a date its teaser may reach ("<li><div class=date><time>..</div><h3><a>..</a></h3></li>").
TEASER_DEPTH = 3


def _other_story(el, story: set) -> bool:
    """Whether a dated element belongs to another story than the headline's: it sits in chrome (a sidebar, a
    menu, a footer), in a microdata item or a block with a teaser link (a headline of 5+ words linking
    elsewhere) that does not hold the headline. Walked up to the first block of `story` (the headline and its
    ancestors). Without a headline (`story` empty) nothing can be told: only chrome counts."""
    node, up = el, 0
    while node is not None and node.tag not in ("body", "html"):
        if node in story:
            return False  # a block shared with the headline: the story's own
        if node.tag in ("nav", "aside", "footer"):
            return True
        words = set(_CLASS_WORD.findall(f"{node.get('class') or ''} {node.get('id') or ''}".lower()))
        if words & _OTHER_STORY_WORDS:
            return True
        # a teaser's date sits next to its link: only the date's nearest blocks are its teaser, a page-wide
        # block holding a list of teasers somewhere also holds the story's own date
        if story and 0 < up <= TEASER_DEPTH and (node.get("itemscope") is not None
                                                 or any(_teaser_link(a) for a in node.iter("a"))):
            return True
        node, up = node.getparent(), up + 1
    return False


def _teaser_link(a) -> bool:
    """A link that is a story's headline (5+ words, most of its block's text), not a link inside a sentence."""
    text = a.text_content().split()
    block = a.getparent()
    while block is not None and block.tag in ("span", "b", "strong", "em", "i"):
        block = block.getparent()
    return len(text) >= TEASER_LINK_WORDS and (block is None or len(text) * 2 >= len(block.text_content().split()))


# Class words of blocks that list other stories or hold the site's chrome: a date in one is not the story's.
_OTHER_STORY_WORDS = {"sidebar", "related", "menu", "footer", "widget", "nav", "navbar", "breadcrumb", "latest",
                      "latestnews", "lastnews", "popular", "recent", "comments", "comment"}


_MODIFIED = re.compile(r"updated|modified|changed|edited", re.I)
_DATE_CLASS = "contains(@class,'date') or contains(@class,'time') or contains(@class,'publish') " \
              "or contains(@class,'created') or contains(@id,'date') or contains(@class,'meta')"


def _yearless_date_near_title(tree, title: str | None, today: date | None = None):
    """A day and month printed next to the headline without a year, in the year of the page's copyright line."""
    year = copyright_year(visible_text(tree).split("\n"))
    if year is None:
        return None
    return _date_near_title(tree, title, read=lambda line, order: yearless_date_line(line, year, order, today))


def _dateline(tree, title: str | None, today: date | None = None):
    """The day of the dateline that leads the story's first paragraph (the first after the headline)."""
    heading = _heading_element(tree, title)
    first = (heading.xpath("following::p[string-length(normalize-space()) > 60][1]") if heading is not None
             else tree.xpath("//body//p[string-length(normalize-space()) > 60][1]"))
    if not first:
        return None
    year = copyright_year(visible_text(tree).split("\n"))
    return dateline_date(clean_line(first[0].text_content()), year, numeric_date_order(tree.text_content()), today)


def _date_in_page_title(tree):
    """A segment of the page's <title> that is a whole date line ("Headline — 02.06.2026 — Site")."""
    page_title = clean_line(tree.findtext(".//title") or "")
    order = numeric_date_order(tree.text_content())
    return next(filter(None, (date_line(part, order) for part in _TITLE_SEPARATORS.split(page_title))), None)


def _date_near_title(tree, title: str | None, read=dated_line):
    """A visible date next to the headline: Bitrix's news-date-time, Joomla's 'published', a bare
    <div>11.01.2023</div> under the <h1>, a constructor's subtitle line under its title block. Searched
    outwards from the headline, block by block, and in each block the date printed nearest the headline (in
    characters of text between them), so the dates of a "latest news" list that stands in the same block
    further off, or of a sidebar, are never taken for the article's.
    """
    heading = _heading_element(tree, title)
    if heading is None:
        return None
    order = numeric_date_order(tree.text_content())  # 03/04/2026: as the page's other dates write it
    seen = 0
    updated = None
    node = heading
    for _ in range(4):
        node = node.getparent()
        if node is None or node.tag in ("html",):
            break
        spans = _text_spans(node)
        near = spans[heading]
        published_here, updated_here = [], []
        for el in node.iter():
            if not isinstance(el.tag, str) or el.tag in ("script", "style"):
                continue
            seen += 1
            if seen > 3000:
                break
            value = el.text_content()
            if not value or len(value) > 120 or not any(ch.isdigit() for ch in value):
                continue
            if _in_chrome(el, node):
                continue
            found = read(clean_line(value), order)
            if found is None and len(el):
                # a date set in parts, "<span>11</span><span>января</span><span>2023</span>": the parts apart
                found = read(clean_line(" ".join(el.itertext())), order)
            if found and any(_MODIFIED.search(f"{d.get('class') or ''} {d.get('itemprop') or ''}")
                             for d in el.iterdescendants() if isinstance(d.tag, str)):
                continue  # a line holding the last edit's element too: its parts are read one by one
            if not found:
                continue
            start, end = spans[el]
            # (at equal distance the date under the headline, where most templates print it)
            distance = (max(start - near[1], near[0] - end, 0), start < near[0])
            # "Updated: ..." in words, or an element its CMS classes as the last edit (<span class="updated">)
            if found[1] or _MODIFIED.search(f"{el.get('class') or ''} {el.get('itemprop') or ''} {el.get('id') or ''}"):
                updated_here.append((distance, found[0]))
            else:
                published_here.append((distance, found[0]))
        if published_here:
            return min(published_here, key=lambda d: d[0])[1]
        if updated_here and updated is None:
            updated = min(updated_here, key=lambda d: d[0])[1]  # the last edit: only when no publication date is shown
        if seen > 3000:
            break
    return updated


def _text_spans(node) -> dict:
    """{element: (start, end)}: where each element's text begins and ends in its block's text, in characters
    other than white space (the layout's indentation is no distance a reader sees)."""
    spans, at = {}, 0
    for event, el in lxml.etree.iterwalk(node, events=("start", "end")):
        if event == "start":
            spans[el] = (at, at)
            at += len("".join((el.text or "").split())) if isinstance(el.tag, str) else 0
        else:
            spans[el] = (spans[el][0], at)
            at += len("".join((el.tail or "").split())) if el is not node else 0
    return spans


# Class/id words of a breadcrumb trail (Bitrix's bx-breadcrumb, Joomla's pathway, WordPress's crumbs).
_BREADCRUMB_WORDS = {"breadcrumb", "breadcrumbs", "crumbs", "crumb", "pathway", "breadcrumbtrail"}


def _date_in_breadcrumb(tree):
    """The day a breadcrumb trail files the story under ("Home > News > 14 October 2026 > Headline"): a crumb
    that is a whole date line, the last one when there are more. A month or a year ("June 2026") is no day."""
    order = numeric_date_order(tree.text_content())
    trails = [el for el in tree.iter() if isinstance(el.tag, str) and (
        set(_CLASS_WORD.findall(f"{el.get('class') or ''} {el.get('id') or ''}".lower())) & _BREADCRUMB_WORDS
        or "breadcrumblist" in (el.get("itemtype") or "").lower()
        or "breadcrumb" in (el.get("aria-label") or "").lower())]
    found = None
    for trail in trails:
        # each crumb's text, in a link, a <span>, or between the separators ("<a>Home</a> › 14.10.2026 › ...")
        for text in (t for el in trail.iter() if isinstance(el.tag, str)
                     for t in (el.text, el.tail if el is not trail else None) if t):
            found = breadcrumb_date(text, order) or found
    return found


def _heading_element(tree, title: str | None):
    """The headline's element: the h1-h4 whose text is the title (some templates set it in an <h3>), or that the
    title starts with, else the block whose text is the title (a site constructor's, `_title_block`), else the
    first h1 (or h2)."""
    if title:
        headings = [(h, clean_title(_heading_text(h))) for h in tree.iter("h1", "h2", "h3", "h4")]
        for h, text in headings:
            if text == title:
                return h
        # a title that kept a section's or site's name ("Headline - News"): the heading it starts with
        for h, text in headings:
            if len(_norm(text)) > 15 and _norm(title).startswith(_norm(text)):
                return h
    if title and (block := _title_block(tree, title)) is not None:
        return block
    headings = list(tree.iter("h1")) or list(tree.iter("h2"))
    return headings[0] if headings else None


def _title_block(tree, title: str):
    """The block that prints the headline where no h1-h4 does: a constructor's title (Tilda's <div
    class="t030__title">, uCoz's <td class="eTitle">, a Wix text box), the innermost element outside the chrome
    whose whole text is the title."""
    key = _norm(title)
    body = tree.find(".//body")
    for el in (body if body is not None else tree).iter():
        if not isinstance(el.tag, str) or el.tag in ("a", "title", "option", "button", "label"):
            continue
        own = _norm(el.text or "")
        if not own or not key.startswith(own[:20]):
            continue
        if clean_title(_heading_text(el)) == title and not _in_chrome(el, None):
            return el
    return None


def _in_chrome(el, stop) -> bool:
    while el is not None and el is not stop:
        # (a list of stories, or a photo's caption: "Photo: 05.01.2023")
        if el.tag in ("nav", "aside", "footer", "ul", "ol", "figure", "figcaption"):
            return True
        words = set(_CLASS_WORD.findall(f"{el.get('class') or ''} {el.get('id') or ''}".lower()))
        if words & (_OTHER_STORY_WORDS | {"list"}):
            return True
        el = el.getparent()
    return False


BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "dt", "dd",
              "section", "article", "header", "footer", "nav", "aside", "main", "ul", "ol", "table", "blockquote",
              "figure", "figcaption", "time", "address", "form", "button", "label")


def _date_in_visible_text(tree, today: date | None = None):
    """Last resort: the date line of the page read as a text scrape, with sidebars removed first."""
    cleaned = deepcopy(tree)
    strip_chrome(cleaned)
    fields = parse_text_page(visible_text(cleaned), today)
    return (fields.published, fields.published_time) if fields.published else None


def visible_text(tree) -> str:
    """The page's text with a line break at every block element, as a browser would lay it out."""
    copy = deepcopy(tree.find(".//body") if tree.find(".//body") is not None else tree)
    for el in copy.iter(BLOCK_TAGS):
        el.text = "\n" + (el.text or "")
        el.tail = "\n" + (el.tail or "")
    for el in copy.iter("span", "a"):
        el.tail = " " + (el.tail or "")
    return copy.text_content()


def _htmldate(tree):
    try:
        from htmldate import find_date

        found = find_date(deepcopy(tree), extensive_search=False, original_date=True)
    except Exception:  # htmldate is a heuristic helper: its failure means "no date", not a bad page
        return None
    return parse_date(found) if found else None


def strip_chrome(tree) -> None:
    """Remove CMS chrome in place, never an element that holds the headline or much of the story.

    A class like "elementor-widget-theme-post-content" or "l-article-body-segment" names chrome
    and content at once: content words win, and so does an element holding 30% of the page's
    paragraph text.
    """
    for el in list(tree.iter("script", "style", "noscript", "template", "svg")):
        _remove(el)
    paragraph_total = sum(len(p.text_content()) for p in tree.iter("p")) or 1
    doomed = list(tree.iter(*_CHROME_TAGS))
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "article", "main"):
            continue
        marks = el.get("class") or el.get("id")
        if marks and set(_CLASS_WORD.findall(f"{el.get('class') or ''} {el.get('id') or ''}".lower())) & CHROME_WORDS:
            doomed.append(el)
    for el in doomed:
        if el.getparent() is None:
            continue
        words = set(_CLASS_WORD.findall(f"{el.get('class') or ''} {el.get('id') or ''}".lower()))
        if words & CONTENT_WORDS or el.find(".//h1") is not None:
            continue
        if sum(len(p.text_content()) for p in el.iter("p")) > 0.3 * paragraph_total:
            continue
        _remove(el)


def _remove(el) -> None:
    """Remove an element, keeping its tail text; lxml's drop_tree re-joins tails, which is
    quadratic over thousands of siblings, so whitespace tails are simply dropped."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail and el.tail.strip():
        el.drop_tree()
    else:
        parent.remove(el)


def _main_text(tree, jsonld, title: str | None, warnings: list[str]) -> str:
    import trafilatura

    cleaned = deepcopy(tree)
    strip_chrome(cleaned)
    options = dict(include_comments=False, include_tables=True, deduplicate=False, output_format="txt")
    visible = len(cleaned.text_content())
    if visible > LARGE_PAGE_CHARS:
        warnings.append(f"page has {visible} characters of text: only its first paragraphs were extracted")
        # The body will be cut to MAX_BODY_CHARS anyway, and trafilatura's cost grows faster than
        # the page: keep the paragraphs up to twice the limit, and only its own extractor.
        options["fast"] = True
        kept = 0
        for p in list(cleaned.iter("p")):
            if kept > 2 * MAX_BODY_CHARS and p.getparent() is not None:
                p.getparent().remove(p)  # not drop_tree: its tail merging is quadratic here
            else:
                kept += len(p.text_content())
    precise = trafilatura.extract(deepcopy(cleaned), favor_precision=True, **options) or ""
    text = precise
    if len(precise) < 400:
        # Precision mode drops short stories and oddly nested ones: take the default mode's text
        # when it found clearly more.
        default = trafilatura.extract(deepcopy(cleaned), **options) or ""
        if len(default) > 2 * len(precise) + 100:
            text = default
    if len(text) < 100:
        ld_body = _first(*(a.get("articleBody") for a in jsonld if isinstance(a.get("articleBody"), str)))
        if ld_body and len(ld_body) > len(text):
            text = ld_body
    if len(text) < 100:
        text = max(text, _paragraph_text(cleaned), key=len)
    paragraphs = [p for p in clean_body(text.replace("\n", "\n\n")).split("\n\n") if not _is_chrome_paragraph(p)]
    if paragraphs and title and clean_title(paragraphs[0]) == title:
        paragraphs.pop(0)
    return "\n\n".join(paragraphs)


def _is_chrome_paragraph(p: str) -> bool:
    return len(p) <= 200 and (is_footer(p) or is_breadcrumb(p) or RELATED_MARKER.match(p) is not None
                              or (len(p) <= 40 and is_widget(p)) or (len(p) <= 60 and date_line(p) is not None))


def _paragraph_text(tree) -> str:
    """Last resort: the <p> elements (or the body text) of a page trafilatura found nothing in."""
    paras = [clean_line(p.text_content()) for p in tree.iter("p")]
    paras = [p for p in paras if p]
    if paras:
        return "\n".join(paras)
    body = tree.find(".//body")
    return strip_markup(body.text_content()) if body is not None else ""
