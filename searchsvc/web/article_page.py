"""GET /article/{id}: one article as an HTML page in the reader's language (GET /articles/{id} is the JSON).

The page shows the title, date and site, the English text with its Russian or Belarusian
translation beside it when there is one (a plain notice when the translation model is missing,
a "Translate now" action when a model is installed but the article is not translated yet), the
persons, organizations and places as links to filtered searches, and every site that printed the
story. Rendered on the server with every value escaped; the page works without JavaScript.
"""

from __future__ import annotations

import dataclasses
from html import escape
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse

from ..article import Article
from ..facets import FacetRegistry
from ..languages import LanguageRegistry
from .articles_api import _read_article
from .errors import ApiError
from .params import Param, parse_query, path_id

PAGE_LANG = Param("lang", "string", "the reader's language, a code from GET /languages: page text, and the "
                  "translation shown beside the source text (default: the browser's Accept-Language, else the "
                  "source language)", max_length=20)


def reader_lang(request: Request, chosen: str | None, languages: LanguageRegistry) -> str:
    """?lang= first (400 if the service has no such language), then the first Accept-Language the
    service speaks, then the source language."""
    if chosen:
        if chosen not in languages.codes:
            raise ApiError(400, f"parameter 'lang' must be one of {', '.join(languages.codes)}, got {chosen[:20]!r}")
        return chosen
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower().split("-")[0]
        if code in languages.codes:
            return code
    return languages.source.code


def page_strings(languages: LanguageRegistry, lang: str) -> dict:
    """The article page's strings in `lang`; a string it lacks comes from the source language."""
    return {**languages.source.ui.get("article", {}), **languages[lang].ui.get("article", {})}


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())


def _text_column(lang: str, heading: str, title: str, body: str) -> str:
    return (f'<section class="text" lang="{lang}"><h2 class="text-lang">{escape(heading)}</h2>'
            f"<h3>{escape(title)}</h3>{_paragraphs(body)}</section>")


def _entity_links(article: dict, lang: str, strings: dict, facets: FacetRegistry, source: str) -> str:
    """One list per entity facet the story names values of (SearchService.get_article), headed by the
    page's string for it, else the facet's own title; each value a link to the search it filters."""
    filters = {f.name for f in facets.filters()}
    out = []
    for facet in facets.named_entity_facets():
        key = facet.field
        entities = article.get("entities", {}).get(key) or []
        if not entities:
            continue
        heading = strings.get(key) or facet.titles.get(lang) or facet.titles.get(source) or facet.name
        items = []
        for e in entities:
            label = escape(e["labels"].get(lang) or e["id"])
            if e.get("type") in filters:  # a filter the search takes: a link to its results
                href = "/?" + urlencode({e["type"]: e["id"], "lang": lang})
                items.append(f'<li><a href="{escape(href)}">{label}</a></li>')
            else:
                items.append(f"<li>{label}</li>")
        out.append(f'<section class="entities" data-entities="{escape(key)}"><h2>{escape(heading)}</h2>'
                   f'<ul>{"".join(items)}</ul></section>')
    return "".join(out)


def _sources(article: dict, lang: str, strings: dict) -> str:
    items = []
    for source in article.get("sources") or []:
        site = source.get("site") or ""
        label = article.get("site_labels", {}).get(site, {}).get(lang) or site
        href = "/?" + urlencode({"site": site, "lang": lang})
        line = f'<a href="{escape(href)}">{escape(label)}</a>'
        url = source.get("url")
        if url and url.startswith(("https://", "http://")):
            line += f' · <a href="{escape(url)}" rel="noopener nofollow">{escape(strings["source_link"])}</a>'
        items.append(f"<li>{line}</li>")
    return f'<section class="sources"><h2>{escape(strings["sources"])}</h2><ul>{"".join(items)}</ul></section>'


def _translation_notice(request: Request, article_id: str, lang: str, strings: dict, outcome) -> str:
    """Why there is no translation beside the English, and what the reader can do about it."""
    if outcome is not None and outcome.status in ("pending", "too_long", "busy"):
        return f'<p class="notice" role="status">{escape(strings[outcome.status])}</p>'
    route = request.app.state.translation_models()["routes"].get(lang, {})
    if not route.get("available"):
        return f'<p class="notice" role="status">{escape(strings["no_model"])}</p>'
    return (f'<form class="notice" method="get" action="/article/{escape(article_id)}">'
            f'<p>{escape(strings["not_yet"])}</p><input type="hidden" name="lang" value="{lang}">'
            f'<input type="hidden" name="translate" value="{lang}">'
            f'<button type="submit">{escape(strings["translate_now"])}</button></form>')


def _page(lang: str, title: str, main: str, switch: str, strings: dict) -> str:
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{escape(title)}</title><link rel="icon" href="data:,">'
            '<link rel="stylesheet" href="/static/style.css"></head><body class="article-page">'
            f'<header><a id="back" href="/?lang={lang}">{escape(strings["back"])}</a>{switch}</header>'
            f"<main id=\"article\">{main}</main></body></html>")


def _switch(article_id: str, lang: str, languages: LanguageRegistry) -> str:
    current = ' aria-current="page"'
    links = "".join(f'<a href="/article/{escape(article_id)}?lang={escape(x.code)}" lang="{escape(x.code)}"'
                    f'{current if x.code == lang else ""}>{escape(x.name)}</a>' for x in languages)
    return f'<nav id="lang-switch" aria-label="language">{links}</nav>'


async def article_page(request: Request) -> HTMLResponse:
    article_id = path_id(request)
    state = request.app.state
    query = parse_query(request, [PAGE_LANG, *state.search_params.article], state.settings)
    languages: LanguageRegistry = state.search.languages
    source = languages.source.code
    lang = reader_lang(request, query["lang"], languages)
    strings = page_strings(languages, lang)
    article = await run_in_threadpool(_read_article, state, article_id)
    if article is None:
        if "text/html" not in request.headers.get("accept", ""):  # an API client: the usual JSON error
            raise ApiError(404, f"no article with id {article_id[:80]!r}")
        main = f'<h1>{escape(strings["not_found"])}</h1>'
        return HTMLResponse(_page(lang, strings["not_found"], main, "", strings), status_code=404)
    outcome = None
    if query["translate"] and query["translate"] in languages.target_codes and not article["translations"].get(query["translate"]):
        outcome = await run_in_threadpool(state.on_demand.request, Article.from_dict(article), query["translate"])
        if outcome.translation is not None:
            article["translations"][query["translate"]] = dataclasses.asdict(outcome.translation)
    translation = article["translations"].get(lang) if lang != source else None
    title = translation["title"] if translation else article["title"]
    when = " ".join(filter(None, (article.get("published"), article.get("published_time"))))
    meta = (f'<p class="meta"><span>{escape(strings["published"])}: <time datetime="{escape(article.get("published") or "")}">'
            f'{escape(when or "—")}</time></span> · <span>{escape(strings["site"])}: '
            f'{escape(article.get("site_labels", {}).get(article.get("site"), {}).get(lang) or article.get("site") or "—")}</span></p>')
    original = _text_column(source, strings["original"], article["title"], article["body"])
    if translation:
        texts = (f'<div class="texts two">{original}'
                 f'{_text_column(lang, strings["translation"], translation["title"], translation["body"])}</div>')
        notice = ""
    else:
        texts = f'<div class="texts">{original}</div>'
        notice = _translation_notice(request, article_id, lang, strings, outcome) if lang != source else ""
    main = (f'<article><h1 lang="{lang if translation else source}">{escape(title)}</h1>{meta}{notice}{texts}'
            f'<aside class="about">{_entity_links(article, lang, strings, state.search.facets, source)}{_sources(article, lang, strings)}</aside>'
            "</article>")
    return HTMLResponse(_page(lang, title, main, _switch(article_id, lang, languages), strings))
