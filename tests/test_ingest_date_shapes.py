"""The publication date on page shapes the date code had not met: site constructors (Tilda, Wix, uCoz), a day in
the breadcrumb trail, a JavaScript app's page data (Next.js, Nuxt), a messenger channel's posts, a timestamp in the
publisher's own zone, a line of short fields, PDF-to-text exports, Atom's <published> beside <updated>.

What a careful reader takes as the date: the one printed next to the headline, never a "latest news" list's or
another post's. Every page here is invented (an invented farm, Bor-Agro, near an invented village); each class has
at least two members, in English, Russian and Belarusian.
"""

import json

import pytest

from searchsvc.ingest.feeds import parse_feed
from searchsvc.ingest.html import parse_html_page
from searchsvc.ingest.text import parse_text_page


BODY_EN = ("<p>The district agricultural enterprise Bor-Agro harvested the first grain of the season near the village of "
           "Kholmishche. Combine operators threshed 40 hectares of winter barley on the first day.</p><p>The chairman of "
           "the enterprise said the yield was higher than last year and the grain dryers were ready.</p>")
BODY_RU = ("<p>Сельхозпредприятие Бор-Агро приступило к уборке зерновых у деревни Холмище. В первый день механизаторы "
           "обмолотили 40 гектаров озимого ячменя.</p><p>Председатель хозяйства отметил, что урожайность выше прошлогодней.</p>")
BODY_BE = ("<p>Сельгаспрадпрыемства Бор-Агра пачало ўборку збожжавых каля вёскі Холмішча. У першы дзень механізатары "
           "абмалацілі 40 гектараў азімага ячменю.</p><p>Старшыня гаспадаркі адзначыў, што ўраджайнасць вышэйшая.</p>")
T_EN = "Bor-Agro farm starts the grain harvest near Kholmishche"
T_RU = "Хозяйство Бор-Агро начало уборку зерновых"
T_BE = "Гаспадарка Бор-Агра пачала ўборку збожжавых"


cases = []


def case(name, html, want, kind="html"):
    cases.append(pytest.param(html, want, kind, id=name))



def tilda(title, date, body, teaser_dates=("12.05.2026", "05.05.2026"), lang="en"):
    items = "".join(f'<div class="t509__item"><div class="t509__date t-uptitle">{d}</div><div class="t509__title t-name">Short item {i}</div></div>' for i, d in enumerate(teaser_dates))
    return (f'<html lang="{lang}"><head><title>{title}</title><meta property="og:title" content="{title}"></head><body class="t-body">'
            f'<div id="allrecords" class="t-records"><div class="r t-rec"><div class="t228"><div class="t228__logo">Bor-Agro</div></div></div>'
            f'<div class="r t-rec"><div class="t127"><div class="t127__title t-title">{title}</div><div class="t127__uptitle t-uptitle">{date}</div></div></div>'
            f'<div class="r t-rec"><div class="t004"><div class="t-text">{body}</div></div></div>'
            f'<div class="r t-rec"><div class="t509"><div class="t-section__title">Other stories</div>{items}</div></div></div></body></html>')

case("tilda-en-ordinal", tilda(T_EN, "June 2nd, 2026", BODY_EN), "2026-06-02")
case("tilda-ru", tilda(T_RU, "2 июня 2026 г.", BODY_RU, lang="ru"), "2026-06-02")
case("tilda-be", tilda(T_BE, "2 чэрвеня 2026 г.", BODY_BE, lang="be"), "2026-06-02")
case("tilda-date-above", tilda(T_EN, "02.06.2026", BODY_EN).replace('<div class="t127__title t-title">'+T_EN+'</div><div class="t127__uptitle t-uptitle">02.06.2026</div>', '<div class="t127__uptitle t-uptitle">02.06.2026</div><div class="t127__title t-title">'+T_EN+'</div>'), "2026-06-02")
# Tilda zero block: tn-atom elements
case("tilda-zero", f'<html><head><title>{T_EN}</title></head><body><div class="t396"><div class="t396__artboard">'
     f'<div class="t396__elem tn-elem"><div class="tn-atom">Bor-Agro farm</div></div>'
     f'<div class="t396__elem tn-elem"><h1 class="tn-atom">{T_EN}</h1></div><div class="t396__elem tn-elem"><div class="tn-atom">Tuesday, 2 June 2026</div></div>'
     f'<div class="t396__elem tn-elem"><div class="tn-atom">{BODY_EN}</div></div></div></div>'
     f'<div class="t-feed"><div class="t-feed__post-date">28.05.2026</div><div class="t-feed__post-title">Earlier story</div></div></body></html>', "2026-06-02")
# Wix-like
case("wix", f'<html><head><title>{T_EN} | Bor-Agro</title></head><body><div id="SITE_HEADER">Bor-Agro</div><main><div data-testid="richTextElement"><p class="font_8">Recent posts</p><p class="font_8">May 28, 2026</p></div>'
     f'<div data-testid="richTextElement"><h2 class="font_2">{T_EN}</h2></div><div data-testid="richTextElement"><p class="font_8">Jun 2, 2026</p></div>'
     f'<div data-testid="richTextElement">{BODY_EN}</div></main></body></html>', "2026-06-02")
# breadcrumbs
def crumbs(crumb_html, title=T_EN, body=BODY_EN):
    return (f'<html><head><title>{title} | Bor-Agro</title></head><body><header><a href="/">Bor-Agro</a></header>{crumb_html}'
            f'<div class="post"><h1>{title}</h1>{body}</div><aside><h3>Latest</h3><ul><li>28.05.2026 <a href="/x">A story</a></li></ul></aside></body></html>')
case("crumb-ul", crumbs('<ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/news/2026-06-02/">02.06.2026</a></li><li>'+T_EN+'</li></ul>'), "2026-06-02")
case("crumb-schema-ru", crumbs('<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement"><a href="/">Главная</a></li><li itemprop="itemListElement"><a href="/archive/">Архив</a></li><li itemprop="itemListElement"><span>2 июня 2026</span></li></ol>', T_RU, BODY_RU), "2026-06-02")
case("crumb-div-be", crumbs('<div class="crumbs"><a href="/">Галоўная</a> / <a href="/news">Навіны</a> / <a href="/news/d/20260602">2 чэрвеня 2026</a> / '+T_BE+'</div>', T_BE, BODY_BE), "2026-06-02")
case("crumb-archive-month-only", crumbs('<nav class="breadcrumbs"><a href="/">Home</a> › <a href="/2026/06/">June 2026</a> › <span>'+T_EN+'</span></nav>').replace('</h1>', '</h1><p class="meta">Posted on Tuesday, June 2, 2026</p>'), "2026-06-02")
case("crumb-tail", crumbs('<div class="bx-breadcrumb"><a href="/">Home</a> › <a href="/news/">News</a> › 2 June 2026 › <span>'+T_EN+'</span></div>'), "2026-06-02")
case("crumb-text-page", "Bor-Agro\nHome / News / 02.06.2026 / Harvest\n\n" + T_EN + "\n\nThe district agricultural enterprise Bor-Agro harvested the first grain of the season near the village of Kholmishche. Combine operators threshed 40 hectares.\n\nThe chairman of the enterprise said the yield was higher than last year.\n", "2026-06-02", "text")
case("crumb-text-page-ru", "Бор-Агро\nГлавная › Новости › 2 июня 2026\n\n" + T_RU + "\n\nСельхозпредприятие Бор-Агро приступило к уборке зерновых у деревни Холмище. В первый день механизаторы обмолотили 40 гектаров озимого ячменя.\n", "2026-06-02", "text")
# Next.js / Nuxt
nd = {"props": {"pageProps": {"article": {"title": T_EN, "publishedAt": "2026-06-02T09:15:00+03:00", "updatedAt": "2026-06-05T10:00:00+03:00"},
                              "related": [{"title": "Other", "publishedAt": "2026-05-28T09:00:00+03:00"}]}}}
case("nextjs", f'<html><head><title>{T_EN}</title></head><body><div id="__next"><h1>{T_EN}</h1>{BODY_EN}</div><script id="__NEXT_DATA__" type="application/json">{json.dumps(nd)}</script></body></html>', "2026-06-02")
nd2 = {"props": {"pageProps": {"post": {"headline": T_RU, "published_at": "2026-06-02 09:15:00", "created_at": "2026-06-01 18:00:00"}, "latest": [{"headline": "Другое", "published_at": "2026-06-01"}]}}}
case("nextjs-ru", f'<html><head><title>{T_RU}</title></head><body><div id="__next"><h1>{T_RU}</h1>{BODY_RU}</div><script id="__NEXT_DATA__" type="application/json">{json.dumps(nd2, ensure_ascii=False)}</script></body></html>', "2026-06-02")
nuxt = {"data": [{"news": {"name": T_BE, "date_publish": "2026-06-02T06:15:00Z", "date_update": "2026-06-04T06:15:00Z"}}], "state": {}}
case("nuxt-json", f'<html><head><title>{T_BE}</title></head><body><div id="__nuxt"><h1>{T_BE}</h1>{BODY_BE}</div><script>window.__NUXT__={json.dumps(nuxt, ensure_ascii=False)};</script></body></html>', "2026-06-02")
nuxt3 = [["ShallowReactive", 1], {"data": 2, "state": 6}, ["ShallowReactive", 3], {"article-101": 4}, {"title": 5, "published_at": 7, "updated_at": 8}, T_EN, {}, "2026-06-02T09:00:00+03:00", "2026-06-09T09:00:00+03:00"]
case("nuxt3-devalue", f'<html><head><title>{T_EN}</title></head><body><div id="__nuxt"><h1>{T_EN}</h1>{BODY_EN}</div><script type="application/json" id="__NUXT_DATA__" data-ssr="true">{json.dumps(nuxt3)}</script></body></html>', "2026-06-02")
st = {"news": {"list": [{"title": "Другое", "date": "2026-05-28"}, {"title": "Третье", "date": "2026-05-27"}]}}
case("state-list-only", f'<html><head><title>{T_RU}</title></head><body><div id="app"><h1>{T_RU}</h1><div class="date">2 июня 2026</div>{BODY_RU}</div><script>window.__INITIAL_STATE__ = {json.dumps(st, ensure_ascii=False)};</script></body></html>', "2026-06-02")
# OG only
case("og-only", f'<html><head><title>{T_EN}</title><meta property="article:published_time" content="2026-06-02T09:00:00+03:00"><meta property="article:modified_time" content="2026-06-09T09:00:00+03:00"></head><body><h1>{T_EN}</h1>{BODY_EN}<div class="widget">28.05.2026</div></body></html>', "2026-06-02")
# tz: day moved
case("tz-plus3-midnight", f'<html><head><title>{T_EN}</title><meta property="article:published_time" content="2026-06-02T00:30:00+03:00"></head><body><h1>{T_EN}</h1>{BODY_EN}</body></html>', "2026-06-02")
case("tz-plus8-printed", f'<html><head><title>{T_EN}</title><meta property="article:published_time" content="2026-06-02T01:30:00+08:00"></head><body><h1>{T_EN}</h1><div class="date">2 June 2026</div>{BODY_EN}</body></html>', "2026-06-02")
case("tz-time-plus3", f'<html><head><title>{T_EN}</title></head><body><article><h1>{T_EN}</h1><time datetime="2026-06-02T00:10:00+03:00">2 June 2026, 00:10</time>{BODY_EN}</article></body></html>', "2026-06-02")
case("tz-minus5-printed", f'<html><head><title>{T_EN}</title><script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"2026-06-02T22:30:00-05:00"}}</script></head><body><h1>{T_EN}</h1><div class="date">June 2, 2026</div>{BODY_EN}</body></html>', "2026-06-02")
# labels
case("label-en", f'<html><head><title>{T_EN}</title></head><body><h1>{T_EN}</h1>{BODY_EN}<p>Date of publication: 02.06.2026</p></body></html>', "2026-06-02")
case("label-be-publ", f'<html><head><title>{T_BE}</title></head><body><h1>{T_BE}</h1><p>Дата публікацыі: 02.06.2026</p>{BODY_BE}</body></html>', "2026-06-02")
case("label-be-razm", f'<html><head><title>{T_BE}</title></head><body><h1>{T_BE}</h1>{BODY_BE}<div class="info">Дата размяшчэння: 2 чэрвеня 2026 г.</div></body></html>', "2026-06-02")
case("label-ru-razm", f'<html><head><title>{T_RU}</title></head><body><h1>{T_RU}</h1>{BODY_RU}<div class="info">Дата размещения: 02.06.26</div></body></html>', "2026-06-02")
case("two-digit", f'<html><head><title>{T_RU}</title></head><body><h1>{T_RU}</h1><span class="date">02.06.26</span>{BODY_RU}</body></html>', "2026-06-02")
case("weekday-en", f'<html><head><title>{T_EN}</title></head><body><h1>{T_EN}</h1><div>Tuesday, June 2nd, 2026</div>{BODY_EN}</body></html>', "2026-06-02")
case("weekday-ru", f'<html><head><title>{T_RU}</title></head><body><h1>{T_RU}</h1><div>Вторник, 2 июня 2026 г.</div>{BODY_RU}</body></html>', "2026-06-02")
case("weekday-be", f'<html><head><title>{T_BE}</title></head><body><h1>{T_BE}</h1><div>аўторак, 2 чэрвеня 2026 г.</div>{BODY_BE}</body></html>', "2026-06-02")
case("after-body-en", f'<html><head><title>{T_EN}</title></head><body><div class="content"><h1>{T_EN}</h1>{BODY_EN}<p>2nd June 2026</p></div><div class="col"><p>28.05.2026</p><a href="/a">Some other news story about the region</a></div></body></html>', "2026-06-02")
# uCoz
case("ucoz", f'<html><head><title>{T_RU} - Новости - Сайт</title></head><body><table><tr><td class="eTitle">{T_RU}</td></tr><tr><td class="eMessage">{BODY_RU}</td></tr>'
     f'<tr><td class="eDetails">Категория: <a href="/news/1">Новости</a> | Просмотров: 12 | Добавил: admin | Дата: 02.06.2026 | <a href="#comments">Комментарии (0)</a></td></tr></table>'
     f'<div class="block"><div class="blocktitle">Календарь</div>28.05.2026</div></body></html>', "2026-06-02")
case("ucoz-be", f'<html><head><title>{T_BE}</title></head><body><div class="eTitle">{T_BE}</div><div class="eMessage">{BODY_BE}</div>'
     f'<div class="eDetails">Катэгорыя: Навіны | Праглядаў: 5 | Дадаў: admin | Дата: 02.06.2026</div></body></html>', "2026-06-02")
# Squarespace
case("squarespace", f'<html><head><title>{T_EN} — Bor-Agro</title></head><body><article class="BlogItem"><div class="blog-item-top-wrapper"><div class="blog-item-meta"><time class="blog-meta-item blog-meta-item--date" datetime="2026-06-02">June 2</time></div><h1 class="entry-title">{T_EN}</h1></div><div class="blog-item-content">{BODY_EN}</div></article><section class="item-pagination"><a href="/x"><div class="item-pagination-title">Older post</div><time datetime="2026-05-20">May 20</time></a></section></body></html>', "2026-06-02")
# Webflow
case("webflow", f'<html><head><title>{T_EN}</title></head><body><div class="section"><div class="w-container"><div class="blog-header"><div class="blog-date">Jun 2, 2026</div><h1 class="blog-heading">{T_EN}</h1></div><div class="w-richtext">{BODY_EN}</div></div><div class="w-dyn-list"><div class="w-dyn-item"><div class="blog-date">May 28, 2026</div><a href="/x" class="blog-link">Another article from our blog feed</a></div></div></div></body></html>', "2026-06-02")
# Ghost
case("ghost", f'<html><head><title>{T_EN}</title></head><body><article class="gh-article post"><header class="gh-article-header"><h1 class="gh-article-title">{T_EN}</h1><div class="gh-article-meta"><time class="gh-article-meta-date" datetime="2026-06-02">Jun 2, 2026</time></div></header><section class="gh-content">{BODY_EN}</section></article><section class="gh-readmore"><article class="gh-card post"><time datetime="2026-05-28">May 28</time><a href="/x"><h3 class="gh-card-title">Another post</h3></a></article></section></body></html>', "2026-06-02")
# Hugo
case("hugo", f'<html><head><title>{T_EN} | Bor-Agro</title></head><body><main><article><header><h1>{T_EN}</h1><div class="post-meta"><span title="2026-06-02 09:00:00 +0300 +03">June 2, 2026</span>&nbsp;·&nbsp;2 min</div></header><div class="post-content">{BODY_EN}</div><footer class="post-footer"><nav class="paginav"><a class="prev" href="/p"><span class="title">« Prev</span><br><span>Earlier harvest news from 28.05.2026</span></a></nav></footer></article></main></body></html>', "2026-06-02")
# Mobile m. version
case("mobile", f'<html><head><title>{T_RU}</title><link rel="canonical" href="https://bor-agro.by/news/123"></head><body><div class="m-header">Бор-Агро</div><div class="m-news"><div class="m-date">02.06.2026 09:15</div><h2 class="m-title">{T_RU}</h2><div class="m-text">{BODY_RU}</div></div><div class="m-more"><div class="m-date">28.05.2026</div><a href="/x">Ещё одна новость хозяйства о посевной</a></div></body></html>', "2026-06-02")
# Telegram export (desktop export)
case("tg-desktop", f'<html><head><title>Bor-Agro channel</title></head><body><div class="page_header"><div class="text bold">Bor-Agro channel</div></div><div class="history">'
     f'<div class="message service"><div class="body details">2 June 2026</div></div>'
     f'<div class="message default clearfix" id="message101"><div class="body"><div class="pull_right date details" title="02.06.2026 09:15:00 UTC+03:00">09:15</div><div class="from_name">Bor-Agro</div><div class="text">{T_EN}<br><br>{BODY_EN}</div></div></div></div></body></html>', "2026-06-02")
case("tg-web", f'<html><head><title>{T_EN}</title><meta property="og:title" content="Bor-Agro"><meta property="og:description" content="{T_EN}"></head><body><div class="tgme_widget_message_wrap"><div class="tgme_widget_message" data-post="bor-agro/101"><div class="tgme_widget_message_text">{T_EN}<br>{BODY_EN}</div><div class="tgme_widget_message_footer"><a class="tgme_widget_message_date" href="https://t.me/bor-agro/101"><time datetime="2026-06-02T06:15:00+00:00" class="time">09:15</time></a></div></div></div></body></html>', "2026-06-02")
case("tg-web-night", f'<html><head><title>{T_RU}</title></head><body><div class="tgme_widget_message_wrap"><div class="tgme_widget_message" data-post="bor-agro/102"><div class="tgme_widget_message_text">{T_RU}<br>{BODY_RU}</div><div class="tgme_widget_message_footer"><a class="tgme_widget_message_date" href="https://t.me/bor-agro/102"><time datetime="2026-06-01T22:30:00+00:00" class="time">01:30</time></a></div></div></div></body></html>', "2026-06-02")
# PDF-to-text exports
TXT_EN = T_EN + "\n\n" + "The district agricultural enterprise Bor-Agro harvested the first grain of the season near the village of Kholmishche. Combine operators threshed 40 hectares.\n\nThe chairman of the enterprise said the yield was higher than last year.\n"
case("pdf-top", "Bor-Agro Agricultural Enterprise\nPage 1 of 1\n02.06.2026\n\n" + TXT_EN, "2026-06-02", "text")
case("pdf-after", TXT_EN + "\n02 June 2026\n\nPage 1\n", "2026-06-02", "text")
case("pdf-top-ru", "Сельхозпредприятие Бор-Агро\n\n2 июня 2026 г.\n\n" + T_RU + "\n\nСельхозпредприятие Бор-Агро приступило к уборке зерновых у деревни Холмище. В первый день механизаторы обмолотили 40 гектаров.\n", "2026-06-02", "text")
case("pdf-weekday-be", "Гаспадарка Бор-Агра\nаўторак, 2 чэрвеня 2026 г.\n\n" + T_BE + "\n\nСельгаспрадпрыемства Бор-Агра пачало ўборку збожжавых каля вёскі Холмішча. У першы дзень механізатары абмалацілі 40 гектараў.\n", "2026-06-02", "text")
case("text-label-be", T_BE + "\n\nСельгаспрадпрыемства Бор-Агра пачало ўборку збожжавых каля вёскі Холмішча. У першы дзень механізатары абмалацілі 40 гектараў.\n\nДата публікацыі: 02.06.2026\n", "2026-06-02", "text")
# Atom
atom = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Bor-Agro</title><entry><title>' + T_EN +
        '</title><link href="https://bor-agro.by/n/1"/><updated>2026-06-05T10:00:00+03:00</updated><published>2026-06-02T09:00:00+03:00</published><content type="html">'
        + BODY_EN.replace("<", "&lt;") + '</content></entry></feed>')
case("atom", atom, "2026-06-02", "feed")


# A day and month printed without a year ("2 июня, 10:15"): in the year of the page's copyright line; a dateline
# leading the story ("MINSK, 2 June (BelTA) - ..."); blog and social templates (hAtom, microformats2, Blogger,
# VK, LiveJournal), a date in the <title>, abbreviated months, the last edit beside the creation (Joomla, WordPress).
case("noyear-ru", f'<html><head><title>{T_RU}</title></head><body><h1>{T_RU}</h1><div class="date">2 июня, 10:15</div>{BODY_RU}<footer>© 2026 Бор-Агро</footer></body></html>', "2026-06-02")
case("noyear-en-canon", f'<html><head><title>{T_EN}</title></head><body><h1>{T_EN}</h1><div class="date">June 2, 09:00</div>{BODY_EN}<footer>© 2019-2026 Bor-Agro</footer></body></html>', "2026-06-02")
case("belta-dateline", f'<html><head><title>{T_EN}</title></head><body><h1>{T_EN}</h1><p>MINSK, 2 June (BelTA) - The district agricultural enterprise Bor-Agro harvested the first grain.</p>{BODY_EN}<footer>© 2026 Bor-Agro</footer></body></html>', "2026-06-02")
case("hatom", f'<html><head><title>{T_EN}</title></head><body><div class="hentry"><h2 class="entry-title">{T_EN}</h2><abbr class="published" title="2026-06-02T10:00:00+03:00">2 days ago</abbr><div class="entry-content">{BODY_EN}</div></div></body></html>', "2026-06-02")
case("mf2", f'<html><head><title>{T_EN}</title></head><body><article class="h-entry"><h1 class="p-name">{T_EN}</h1><a class="u-url" href="/p"><span class="dt-published" title="2026-06-02 10:00">yesterday</span></a><div class="e-content">{BODY_EN}</div></article></body></html>', "2026-06-02")
case("blogger", f'<html><head><title>Bor-Agro: {T_EN}</title></head><body><div class="date-outer"><h2 class="date-header"><span>Tuesday, June 2, 2026</span></h2><div class="post-outer"><h3 class="post-title entry-title">{T_EN}</h3><div class="post-body entry-content">{BODY_EN}</div><div class="post-footer"><span class="post-timestamp">at <abbr class="published" title="2026-06-02T10:00:00+03:00">10:00</abbr></span></div></div></div><div class="sidebar"><ul><li><a href="/x">Older post</a> 28.05.2026</li></ul></div></body></html>', "2026-06-02")
case("vk-wall", f'<html><head><title>Bor-Agro | VK</title></head><body><div class="wall_post_cont"><div class="wall_post_text">{T_RU}<br>{BODY_RU}</div></div><div class="post_date"><a class="post_link" href="/wall-1_2"><span class="rel_date">2 июн 2026 в 10:15</span></a></div></body></html>', "2026-06-02")
case("lj", f'<html><head><title>{T_RU}: bor-agro — LiveJournal</title></head><body><article class="b-singlepost"><h1 class="b-singlepost-title">{T_RU}</h1><time class="b-singlepost-author-date published dt-published">2026-06-02 10:15:00</time><div class="b-singlepost-body">{BODY_RU}</div></article></body></html>', "2026-06-02")
case("title-date", f'<html><head><title>{T_RU} — 02.06.2026 — Бор-Агро</title></head><body><h1>{T_RU}</h1>{BODY_RU}</body></html>', "2026-06-02")
case("g-attached", f'<html><head><title>{T_RU}</title></head><body><h1>{T_RU}</h1><p class="date">02.06.2026г.</p>{BODY_RU}</body></html>', "2026-06-02")
case("be-abbr", f'<html><head><title>{T_BE}</title></head><body><h1>{T_BE}</h1><p class="date">2 чэрв. 2026</p>{BODY_BE}</body></html>', "2026-06-02")
case("ru-abbr", f'<html><head><title>{T_RU}</title></head><body><h1>{T_RU}</h1><p class="date">2 июн. 2026, 10:15</p>{BODY_RU}</body></html>', "2026-06-02")
case("hyphen-dmy", f'<html><head><title>{T_EN}</title></head><body><h1>{T_EN}</h1><p class="date">02-06-2026</p>{BODY_EN}</body></html>', "2026-06-02")
case("date-below-body-with-sidebar", f'<html><head><title>{T_RU}</title></head><body><div class="sidebar-left"><div>28.05.2026</div><a href="/x">Ещё одна новость хозяйства о посевной кампании</a></div><div class="text"><h1>{T_RU}</h1>{BODY_RU}<p>Дата публикации: 02.06.2026</p></div></body></html>', "2026-06-02")
case("meta-itemprop-body", f'<html><head><title>{T_EN}</title></head><body><div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">{T_EN}</h1><meta itemprop="datePublished" content="2026-06-02"><meta itemprop="dateModified" content="2026-06-09"><div itemprop="articleBody">{BODY_EN}</div></div></body></html>', "2026-06-02")
case("joomla-created", f'<html><head><title>{T_RU}</title></head><body><div class="item-page"><h2 itemprop="headline">{T_RU}</h2><dl class="article-info"><dd class="modified">Обновлено 09.06.2026 12:00</dd><dd class="create">Создано 02.06.2026 10:15</dd></dl>{BODY_RU}</div></body></html>', "2026-06-02")
case("wp-posted-on", f'<html><head><title>{T_EN}</title></head><body><article class="post"><header class="entry-header"><h1 class="entry-title">{T_EN}</h1><div class="entry-meta"><span class="posted-on">Posted on <a href="/2026/06/02/"><time class="entry-date published" datetime="2026-06-02T10:00:00+03:00">June 2, 2026</time><time class="updated" datetime="2026-06-09T10:00:00+03:00">June 9, 2026</time></a></span></div></header><div class="entry-content">{BODY_EN}</div></article></body></html>', "2026-06-02")
case("text-dateline-city", "Bor-Agro\n\n" + T_EN + "\n\nKholmishche, 2 June 2026. The district agricultural enterprise Bor-Agro harvested the first grain of the season near the village of Kholmishche.\n\nThe chairman of the enterprise said the yield was higher than last year.\n", "2026-06-02", "text")
case("text-date-time-first", "Bor-Agro\n10:15, 2 June 2026\n" + T_EN + "\n\nThe district agricultural enterprise Bor-Agro harvested the first grain of the season near the village of Kholmishche.\n\nThe chairman said the yield was higher.\n", "2026-06-02", "text")

case("title-date-be", f'<html><head><title>{T_BE} | 2 чэрвеня 2026 | Бор-Агра</title></head><body><h1>{T_BE}</h1>'
     f'{BODY_BE}</body></html>', "2026-06-02")
case("dateline-ru", f'<html><head><title>{T_RU}</title></head><body><h1>{T_RU}</h1><p>Холмище, 2 июня 2026 г. — '
     f'Сельхозпредприятие Бор-Агро приступило к уборке зерновых у деревни Холмище.</p>{BODY_RU}</body></html>',
     "2026-06-02")
case("noyear-text-ru", "Бор-Агро\n2 июня, 10:15\n" + T_RU + "\n\nСельхозпредприятие Бор-Агро приступило к уборке "
     "зерновых у деревни Холмище. В первый день механизаторы обмолотили 40 гектаров озимого ячменя.\n\n"
     "© 2018–2026 Бор-Агро\n", "2026-06-02", "text")


@pytest.mark.parametrize("page,want,kind", cases)
def test_the_date_a_reader_sees_on_each_shape(page, want, kind):
    if kind == "html":
        fields = parse_html_page(page)
    elif kind == "text":
        fields = parse_text_page(page)
    else:
        (_, fields), = parse_feed(page.encode())
    assert fields.published == want
    assert fields.date_source  # the report says which signal gave it


# `searchsvc ingest --json` says why each page's date was chosen: an operator reads the signal beside the date.
def test_ingest_json_shows_where_each_date_came_from(tmp_path):
    from searchsvc.ingest import ingest_paths

    crumb_page = crumbs('<ul class="breadcrumb"><li><a href="/">Home</a></li><li>02.06.2026</li></ul>')
    url_only = json.dumps({"url": "https://bor-agro.by/news/2026/06/02/uborka", "title": T_RU,
                           "body": BODY_RU.replace("<p>", "").replace("</p>", "\n\n")}, ensure_ascii=False)
    future = f'<html><head><title>{T_BE}</title></head><body><h1>{T_BE}</h1><p>02.06.2099</p>{BODY_BE}</body></html>'
    for name, text in (("a.html", crumb_page), ("b.json", url_only), ("c.html", future)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = ingest_paths([str(tmp_path / n) for n in ("a.html", "b.json", "c.html")], extract_entities=False)
    got = [(r.to_json()["published"], r.to_json()["date_source"]) for r in report.results]
    assert got == [("2026-06-02", "a date in the breadcrumb trail"), ("2026-06-02", "the URL's path"), (None, None)]
