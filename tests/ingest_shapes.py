"""A conformance corpus of page shapes, written by the project (issue 14): the date conventions,
CMS page templates, plain-text scrapes and JSON Lines records that Belarusian regional
government sites and news feeds emit, each with the date and site a reader sees on it.

The shapes are generated here, not copied from any site: `DATE_SHAPES` (date strings in en/ru/be),
`html_shapes()` (CMS templates x where the date and site sit), `text_shapes()`, `jsonl_shapes()`.
Each case carries the expected ISO date, Minsk time (or None) and canonical site name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

# --- date strings -----------------------------------------------------------------------------
# (text as printed, expected ISO date, expected Minsk time or None). All denote 11 Jan 2023 unless
# the case is about another day; times are Minsk wall clock (UTC+3).
DATE_SHAPES: list[tuple[str, str, str | None]] = [
    # numeric, day first, the three separators, with and without leading zeros, two-digit years
    ("11.01.2023", "2023-01-11", None),
    ("11/01/2023", "2023-01-11", None),
    ("11-01-2023", "2023-01-11", None),
    ("1.2.2023", "2023-02-01", None),
    ("11.01.23", "2023-01-11", None),
    ("11/01/23", "2023-01-11", None),
    ("11-01-23", "2023-01-11", None),
    ("25/12/2023", "2023-12-25", None),
    # year first
    ("2023-01-11", "2023-01-11", None),
    ("2023/01/11", "2023-01-11", None),
    ("2023.01.11", "2023-01-11", None),
    ("2023.01.11 14:35", "2023-01-11", "14:35"),
    # with a clock, in the ways pages attach it
    ("11.01.2023 14:35", "2023-01-11", "14:35"),
    ("11.01.2023, 14:35", "2023-01-11", "14:35"),
    ("11.01.2023 | 14:35", "2023-01-11", "14:35"),
    ("11.01.2023 - 14:35", "2023-01-11", "14:35"),
    ("14:35 11.01.2023", "2023-01-11", "14:35"),
    ("14:35, 11.01.2023", "2023-01-11", "14:35"),
    ("14:35 | 11 января 2023", "2023-01-11", "14:35"),
    ("11.01.2023 в 14:35", "2023-01-11", "14:35"),
    ("11.01.2023 у 14:35", "2023-01-11", "14:35"),
    ("11.01.2023 14.35", "2023-01-11", "14:35"),
    ("11.01.2023 14:35:07", "2023-01-11", "14:35"),
    ("2023-01-11 14:35:00", "2023-01-11", "14:35"),
    # Russian: genitive, nominative (Joomla K2 prints it), abbreviated, with year words
    ("11 января 2023", "2023-01-11", None),
    ("11 января 2023 г.", "2023-01-11", None),
    ("11 января 2023 года", "2023-01-11", None),
    ("11 января 2023 г., 14:35", "2023-01-11", "14:35"),
    ("11 января 2023 года в 14:35", "2023-01-11", "14:35"),
    ("Среда, 11 января 2023", "2023-01-11", None),
    ("Среда, 11 Январь 2023 14:35", "2023-01-11", "14:35"),
    ("11 январь 2023", "2023-01-11", None),
    ("Январь 11, 2023", "2023-01-11", None),
    ("11 янв. 2023", "2023-01-11", None),
    ("11 янв 2023", "2023-01-11", None),
    ("3 мая 2023", "2023-05-03", None),
    ("3 май 2023", "2023-05-03", None),
    ("3 сент. 2023", "2023-09-03", None),
    ("30 ноя 2023", "2023-11-30", None),
    ("1 марта 2023 г. 9:05", "2023-03-01", "09:05"),
    ("11 ЯНВАРЯ 2023", "2023-01-11", None),
    # Belarusian: genitive, nominative, abbreviated, year words
    ("11 студзеня 2023", "2023-01-11", None),
    ("11 студзеня 2023 г.", "2023-01-11", None),
    ("11 студзеня 2023 года", "2023-01-11", None),
    ("Серада, 11 студзеня 2023", "2023-01-11", None),
    ("11 студзень 2023", "2023-01-11", None),
    ("Студзень 11, 2023", "2023-01-11", None),
    ("11 студз. 2023", "2023-01-11", None),
    ("3 траўня 2023", "2023-05-03", None),
    ("3 траўня 2023 г.", "2023-05-03", None),
    ("15 жнiўня 2023", "2023-08-15", None),  # a Latin i typed for the Belarusian і
    ("3 травень 2023", "2023-05-03", None),
    ("15 жніўня 2023", "2023-08-15", None),
    ("3 трав. 2023", "2023-05-03", None),
    ("12 сне 2023", "2023-12-12", None),
    ("21 верасня 2023 г. у 10:15", "2023-09-21", "10:15"),
    ("7 кастрычніка 2023", "2023-10-07", None),
    ("7 кас. 2023", "2023-10-07", None),
    ("30 ліст. 2023", "2023-11-30", None),
    ("12 снежня 2023", "2023-12-12", None),
    ("2 лютага 2023", "2023-02-02", None),
    ("2 лют. 2023", "2023-02-02", None),
    ("11 СТУДЗЕНЯ 2023", "2023-01-11", None),
    # English: day first and month first, ordinals, abbreviations, 12-hour clock
    ("11 January 2023", "2023-01-11", None),
    ("11th January 2023", "2023-01-11", None),
    ("11th of January 2023", "2023-01-11", None),
    ("11 January, 2023", "2023-01-11", None),
    ("11 Jan 2023", "2023-01-11", None),
    ("11-Jan-2023", "2023-01-11", None),
    ("January 11, 2023", "2023-01-11", None),
    ("January 11 2023", "2023-01-11", None),
    ("Jan. 11, 2023", "2023-01-11", None),
    ("Jan 11, 2023", "2023-01-11", None),
    ("Sept. 3, 2023", "2023-09-03", None),
    ("January 11th, 2023", "2023-01-11", None),
    ("Wednesday, January 11, 2023", "2023-01-11", None),
    ("Wednesday, 11 January 2023 14:35", "2023-01-11", "14:35"),
    ("January 11, 2023 at 2:35 pm", "2023-01-11", "14:35"),
    ("January 11, 2023, 2:35 PM", "2023-01-11", "14:35"),
    ("11 January 2023, 14:35", "2023-01-11", "14:35"),
    ("11 January 2023 at 14:35", "2023-01-11", "14:35"),
    ("January 11, 2023 12:05 am", "2023-01-11", "00:05"),
    ("11 JANUARY 2023", "2023-01-11", None),
    # times with a zone written on the page: converted to Minsk time
    ("11 January 2023, 11:35 UTC", "2023-01-11", "14:35"),
    ("11 January 2023 11:35 GMT", "2023-01-11", "14:35"),
    ("11.01.2023 14:35 (GMT+3)", "2023-01-11", "14:35"),
    ("11.01.2023 14:35 MSK", "2023-01-11", "14:35"),
    ("11.01.2023 12:35 CET", "2023-01-11", "14:35"),
    ("11.01.2023 14:35 (по минскому времени)", "2023-01-11", "14:35"),
    # RSS / HTTP dates
    ("Wed, 11 Jan 2023 14:35:00 +0300", "2023-01-11", "14:35"),
    ("Wed, 11 Jan 2023 11:35:00 GMT", "2023-01-11", "14:35"),
    ("Wed, 11 Jan 2023 11:35:00 +0000", "2023-01-11", "14:35"),
    ("Wed, 11 Jan 2023 22:35:00 -0500", "2023-01-12", "06:35"),
    ("Wed, 11 Jan 23 11:35:00 GMT", "2023-01-11", "14:35"),
    # round 2: a year glued to "г.", Belarusian "а" before the clock, ordinals without a comma
    ("11 января 2023г.", "2023-01-11", None),
    ("11.01.2023г.", "2023-01-11", None),
    ("11 студзеня 2023 г. а 14:35", "2023-01-11", "14:35"),
    ("Jan 11th 2023", "2023-01-11", None),
    ("14:35 / 11.01.2023", "2023-01-11", "14:35"),
    ("11 янв. 2023 г. 14:35", "2023-01-11", "14:35"),
    ("2023-01-11T14:35:00+03:00", "2023-01-11", "14:35"),
    ("11.01.2023 14:35 (UTC+3)", "2023-01-11", "14:35"),
    ("11/01/2023 2:35 PM", "2023-01-11", "14:35"),
]

# whole date lines as CMSs print them: labels, bylines, rubrics, counters (line, ISO date or None, time)
DATE_LINES: list[tuple[str, str | None, str | None]] = [
    ("Дата размещения: 11.01.2023", "2023-01-11", None),
    ("Добавлено: 11.01.2023 14:35", "2023-01-11", "14:35"),
    ("Date posted: 11.01.2023", "2023-01-11", None),
    ("Дата змяшчэння: 11.01.2023", "2023-01-11", None),
    ("Апублiкавана: 11.01.2023", "2023-01-11", None),
    ("Created on Wednesday, 11 January 2023 14:35", "2023-01-11", "14:35"),
    ("Posted by admin on January 11, 2023", "2023-01-11", None),
    ("Опубликовано 11.01.2023 в 14:35 | Автор: Иванов", "2023-01-11", "14:35"),
    ("11.01.2023 | Новости района", "2023-01-11", None),
    ("Published: 11 January 2023 | Category: Economy", "2023-01-11", None),
    ("Дата и время публикации: 11.01.2023 14:35", "2023-01-11", "14:35"),
    ("Дата: 11.01.2023 | Просмотров: 45", "2023-01-11", None),
    ("11 января 2023 | 320 просмотров", "2023-01-11", None),
    ("📅 11.01.2023 14:35", "2023-01-11", "14:35"),
    ("Опубликовано: 11.01.2023 14:35:02", "2023-01-11", "14:35"),
    ("Апублікавана: Серада, 11 студзеня 2023 14:35", "2023-01-11", "14:35"),
    # a story's sentence or a list item of other stories is no date line
    ("11.01.2023 | Аграрии района завершили сев яровых зерновых", None, None),
    ("On 11 January 2023 the minister visited the district", None, None),
]

# machine timestamps (meta content, JSON-LD, JSON Lines values): (value, ISO date, Minsk time)
MACHINE_SHAPES: list[tuple[object, str, str | None]] = [
    ("2023-01-11", "2023-01-11", None),
    ("2023-01-11T14:35", "2023-01-11", "14:35"),
    ("2023-01-11T14:35:00", "2023-01-11", "14:35"),
    ("2023-01-11T14:35:00+03:00", "2023-01-11", "14:35"),
    ("2023-01-11T14:35:00+0300", "2023-01-11", "14:35"),
    ("2023-01-11T11:35:00Z", "2023-01-11", "14:35"),
    ("2023-01-11T11:35:00.000Z", "2023-01-11", "14:35"),
    ("2023-01-11T11:35:00.123456+00:00", "2023-01-11", "14:35"),
    ("2023-01-11 11:35:00 +0000", "2023-01-11", "14:35"),
    ("2023-01-11 11:35:00 UTC", "2023-01-11", "14:35"),
    ("2023-01-11T22:35:00-05:00", "2023-01-12", "06:35"),
    ("2023-01-11T23:30:00Z", "2023-01-12", "02:30"),
    ("20230111", "2023-01-11", None),
    ("20230111T113500Z", "2023-01-11", "14:35"),
    ("2023-01-11T14:35:00+03", "2023-01-11", "14:35"),
    ("Wed, 11 Jan 2023 11:35:00 GMT", "2023-01-11", "14:35"),
    ("11.01.2023 14:35", "2023-01-11", "14:35"),
    (1673436900, "2023-01-11", "14:35"),
    ("1673436900", "2023-01-11", "14:35"),
    (1673436900000, "2023-01-11", "14:35"),
    ("1673436900000", "2023-01-11", "14:35"),
    (1673436900.5, "2023-01-11", "14:35"),
    ({"$date": "2023-01-11T11:35:00Z"}, "2023-01-11", "14:35"),  # a MongoDB export
    ({"$date": {"$numberLong": "1673436900000"}}, "2023-01-11", "14:35"),
]


# --- pages ------------------------------------------------------------------------------------
@dataclass
class Shape:
    name: str
    kind: str  # html | text | jsonl | feed
    content: str
    site: str | None  # the canonical English site name a reader expects
    date: str | None
    time: str | None = None
    url: str | None = None
    encoding: str = "utf-8"  # how the file is saved


STORY = {
    "en": ("Farmers of the district completed the sowing of spring grain",
           ["Agricultural enterprises of the district have completed the sowing of spring grain crops on an area of "
            "more than 12,000 hectares, the agriculture department of the executive committee reported.",
            "This year the farms sowed barley, oats and spring wheat in the best agrotechnical time. The seeds were "
            "treated in advance, and the machinery worked in two shifts to keep up with the weather.",
            "Now the farmers are moving on to planting maize and potatoes, which is planned to finish by the end of "
            "the month."]),
    "ru": ("Аграрии района завершили сев яровых зерновых",
           ["Сельскохозяйственные предприятия района завершили сев яровых зерновых культур на площади более "
            "12 тысяч гектаров, сообщили в управлении сельского хозяйства райисполкома.",
            "В этом году хозяйства посеяли ячмень, овес и яровую пшеницу в оптимальные агротехнические сроки. "
            "Семена были заранее протравлены, техника работала в две смены.",
            "Сейчас аграрии переходят к посадке кукурузы и картофеля, которую планируют завершить до конца месяца."]),
    "be": ("Аграрыі раёна завяршылі сяўбу ярыны",
           ["Сельскагаспадарчыя прадпрыемствы раёна завяршылі сяўбу ярых збожжавых культур на плошчы больш за "
            "12 тысяч гектараў, паведамілі ва ўпраўленні сельскай гаспадаркі райвыканкама.",
            "Сёлета гаспадаркі пасеялі ячмень, авёс і ярую пшаніцу ў аптымальныя аграрэхнічныя тэрміны. Насенне "
            "было загадзя пратручана, тэхніка працавала ў дзве змены.",
            "Цяпер аграрыі пераходзяць да пасадкі кукурузы і бульбы, якую плануюць завяршыць да канца месяца."]),
}


def _paras(lang: str) -> str:
    return "\n".join(f"<p>{p}</p>" for p in STORY[lang][1])


def _doc(head: str, body: str, lang: str = "ru") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n{head}\n</head>\n'
            f"<body>\n{body}\n</body>\n</html>\n")


BVI = ('<div class="bvi-panel"><a href="#">Версия для слабовидящих</a> <span>Размер шрифта</span>'
       '<span>Цветовая схема</span></div>')


def _sidebar(lang: str) -> str:
    """A "latest news" block with other stories' dates, placed before the article in the DOM."""
    head = {"en": "Latest news", "ru": "Последние новости", "be": "Апошнія навіны"}[lang]
    return (f'<aside class="sidebar"><h3>{head}</h3><ul class="news-list">'
            '<li><span class="date">14.02.2023</span> <a href="/n/2">Other story about a fair</a></li>'
            '<li><span class="date">13.02.2023</span> <a href="/n/3">Another story about a school</a></li>'
            '</ul></aside>')


def html_shapes() -> list[Shape]:
    out: list[Shape] = []
    add = out.append
    t_en, t_ru, t_be = STORY["en"][0], STORY["ru"][0], STORY["be"][0]

    # 1 Bitrix news.detail: logo text, bx-breadcrumb, news-date-time, sidebar dates first
    add(Shape("bitrix_ru", "html", _doc(
        f"<title>{t_ru}</title>",
        f'{BVI}<header><div class="logo"><a href="/">Оршанский районный исполнительный комитет</a></div></header>'
        f'{_sidebar("ru")}<div class="bx-breadcrumb"><a href="/">Главная</a> / <a href="/news/">Новости</a></div>'
        f'<div class="news-detail"><span class="news-date-time">11.01.2023 14:35</span><h1>{t_ru}</h1>'
        f'{_paras("ru")}</div>'), "Orsha District Executive Committee", "2023-01-11", "14:35"))
    # 2 Bitrix, Belarusian, date after the text, site only in the <title> tail
    add(Shape("bitrix_be_date_after", "html", _doc(
        f"<title>{t_be} | Афіцыйны сайт Лідскага раённага выканаўчага камітэта</title>",
        f'<div class="bx-breadcrumb"><a href="/">Галоўная</a> » <a href="/news/">Навіны</a></div>'
        f'<div class="news-detail"><h1>{t_be}</h1>{_paras("be")}'
        f'<div class="news-date">Дата публікацыі: 11.01.2023</div></div>', "be"),
        "Lida District Executive Committee", "2023-01-11"))
    # 3 Joomla 3/4 item-page: dateModified printed before datePublished, microdata, nominative-month K2 style
    add(Shape("joomla_item_page", "html", _doc(
        f'<title>{t_ru} - Кричевский райисполком</title><meta name="generator" content="Joomla! - Open Source">',
        f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header">'
        f'<h2 itemprop="headline">{t_ru}</h2></div><dl class="article-info">'
        f'<dd class="modified"><time datetime="2023-01-20T09:00:00+03:00" itemprop="dateModified">Обновлено: '
        f'20 января 2023</time></dd><dd class="published"><time datetime="2023-01-11T14:35:00+03:00" '
        f'itemprop="datePublished">Опубликовано: 11 января 2023</time></dd></dl>'
        f'<div itemprop="articleBody">{_paras("ru")}</div></div>'),
        "Krichev District Executive Committee", "2023-01-11", "14:35"))
    add(Shape("joomla_k2_nominative", "html", _doc(
        f"<title>{t_ru}</title>",
        f'<div id="logo"><a href="/">Бобруйский районный исполнительный комитет</a></div>'
        f'<div class="itemView"><span class="itemDateCreated">Среда, 11 Январь 2023 14:35</span>'
        f'<h2 class="itemTitle">{t_ru}</h2><div class="itemFullText">{_paras("ru")}</div>'
        f'<span class="itemDateModified">Последнее изменение Пятница, 20 Январь 2023 09:00</span></div>'),
        "Bobruisk District Executive Committee", "2023-01-11", "14:35", url="https://bobruisk-rik.gov.by/index.php/n/1"))
    # 5 WordPress + Yoast @graph: dateModified later, Person/Organization nodes, publisher name
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "#org", "name": "Глубокский районный исполнительный комитет",
         "foundingDate": "1995-05-01"},
        {"@type": "WebPage", "@id": "#webpage", "datePublished": "2023-01-11T11:35:00+00:00",
         "dateModified": "2023-02-01T08:00:00+00:00"},
        {"@type": "Article", "headline": t_ru, "datePublished": "2023-01-11T11:35:00+00:00",
         "dateModified": "2023-02-01T08:00:00+00:00", "dateCreated": "2023-01-09T10:00:00+00:00",
         "publisher": {"@id": "#org"}}]}
    add(Shape("wordpress_yoast_graph", "html", _doc(
        f'<title>{t_ru} &#8212; Официальный сайт Глубокского райисполкома</title>'
        f'<script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script>'
        '<meta property="article:modified_time" content="2023-02-01T08:00:00+00:00">',
        f'<div class="site-branding"><p class="site-title">Официальный сайт Глубокского райисполкома</p></div>'
        f'<article class="post"><header class="entry-header"><h1 class="entry-title">{t_ru}</h1>'
        f'<span class="posted-on"><time class="updated" datetime="2023-02-01T11:00:00+03:00">01.02.2023</time>'
        f'<time class="entry-date published" datetime="2023-01-11T14:35:00+03:00">11.01.2023</time></span></header>'
        f'<div class="entry-content">{_paras("ru")}</div></article>'),
        "Glubokoye District Executive Committee", "2023-01-11", "14:35"))
    # 6 JSON-LD NewsArticle with dateModified listed first and a video uploadDate
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "dateModified": "2023-03-05",
          "headline": t_en, "video": {"@type": "VideoObject", "uploadDate": "2022-12-30"},
          "datePublished": "2023-01-11T14:35:00+03:00",
          "publisher": {"@type": "GovernmentOrganization", "name": "Official website of the Zhlobin District Executive Committee"}}
    add(Shape("jsonld_modified_first_en", "html", _doc(
        f'<title>{t_en}</title><script type="application/ld+json">{json.dumps(ld)}</script>',
        f'<main><article><h1>{t_en}</h1>{_paras("en")}</article></main>', "en"),
        "Zhlobin District Executive Committee", "2023-01-11", "14:35"))
    # 7 JSON-LD as a list, type as a list, datePublished only in the second object
    ld2 = [{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": []},
           {"@context": "https://schema.org", "@type": ["NewsArticle", "Article"], "headline": t_be,
            "dateModified": "2023-01-25T10:00:00+03:00", "datePublished": "2023-01-11T14:35:00+03:00"}]
    add(Shape("jsonld_list_be", "html", _doc(
        f'<title>{t_be} — Пінскі гарвыканкам</title><script type="application/ld+json">'
        f'{json.dumps(ld2, ensure_ascii=False)}</script>',
        f'<article><h1>{t_be}</h1>{_paras("be")}</article>', "be"),
        "Pinsk City Executive Committee", "2023-01-11", "14:35"))
    # 8 Microdata NewsArticle: <meta itemprop> with dateModified first
    add(Shape("microdata_meta", "html", _doc(
        f"<title>{t_en} | Mogilev Oblast Executive Committee</title>",
        f'<div itemscope itemtype="http://schema.org/NewsArticle"><meta itemprop="dateModified" '
        f'content="2023-01-30T10:00:00+03:00"><meta itemprop="datePublished" content="2023-01-11T14:35:00+03:00">'
        f'<h1 itemprop="headline">{t_en}</h1><div itemprop="articleBody">{_paras("en")}</div></div>', "en"),
        "Mogilev Oblast Executive Committee", "2023-01-11", "14:35"))
    # 9 Drupal RDFa: property="dc:date dc:created" content=...; og:site_name in English
    add(Shape("drupal_rdfa", "html", _doc(
        f'<title>{t_en} | Grodno City Executive Committee</title>'
        f'<meta property="og:site_name" content="Grodno City Executive Committee">',
        f'<div class="node node-article"><h1 class="page-title">{t_en}</h1><div class="submitted">'
        f'<span property="dc:date dc:created" content="2023-01-11T14:35:00+03:00" datatype="xsd:dateTime">'
        f'Wed, 01/11/2023 - 14:35</span></div><div class="field-body">{_paras("en")}</div>'
        f'<span property="schema:dateModified" content="2023-02-11T10:00:00+03:00"></span></div>', "en"),
        "Grodno City Executive Committee", "2023-01-11", "14:35"))
    # 10 meta tags of several conventions, modified ones listed first
    metas = [
        ('<meta property="article:modified_time" content="2023-01-20T09:00:00+03:00">'
         '<meta property="article:published_time" content="2023-01-11T14:35:00+03:00">', "og_article"),
        ('<meta name="last-modified" content="2023-01-20"><meta name="pubdate" content="20230111">', "pubdate_compact"),
        ('<meta name="DC.date.modified" content="2023-01-20"><meta name="DC.date.created" content="2023-01-11">',
         "dublin_core_created"),
        ('<meta name="dcterms.modified" content="2023-01-20"><meta name="dcterms.issued" content="2023-01-11">',
         "dcterms_issued"),
        ('<meta name="citation_publication_date" content="2023/01/11">', "citation"),
        ('<meta itemprop="dateModified" content="2023-01-20"><meta itemprop="datePublished" content="2023-01-11">',
         "itemprop_meta"),
        ('<meta name="date" content="Wed, 11 Jan 2023 11:35:00 GMT">', "meta_rfc2822"),
        ('<meta property="og:updated_time" content="2023-01-20T09:00:00+03:00">'
         '<meta property="og:published_time" content="2023-01-11T14:35:00+03:00">', "og_published"),
        ('<meta name="parsely-pub-date" content="2023-01-11T11:35:00Z">', "parsely"),
        ('<meta name="article:published_time" content="1673436900">', "meta_epoch"),
        ('<meta name="sailthru.date" content="2023-01-11 14:35:00">', "sailthru"),
        ('<meta name="dc.date" scheme="W3CDTF" content="2023-01-11">', "dc_date_scheme"),
        ('<meta name="datePublished" content="11.01.2023">', "meta_numeric"),
    ]
    sites = ["Vitebsk Oblast Executive Committee", "Brest City Executive Committee",
             "Soligorsk District Executive Committee", "Mozyr District Executive Committee"]
    for i, (tags, name) in enumerate(metas):
        site = sites[i % len(sites)]
        add(Shape(f"meta_{name}", "html", _doc(
            f'<title>{t_en} - {site}</title>{tags}',
            f'<main><article><h1>{t_en}</h1>{_paras("en")}</article></main>', "en"),
            site, "2023-01-11", None if name in ("pubdate_compact", "dublin_core_created", "dcterms_issued", "citation",
                                                 "itemprop_meta", "dc_date_scheme", "meta_numeric") else "14:35"))
    # 11 a <time> whose visible text has no year; the datetime attribute has it
    add(Shape("time_no_year_visible", "html", _doc(
        f"<title>{t_ru}</title>",
        f'<header><div class="site-name">Солигорский районный исполнительный комитет</div></header>'
        f'<article class="news-item"><h1>{t_ru}</h1><time datetime="2023-01-11T14:35">11 января, 14:35</time>'
        f'{_paras("ru")}</article>'), "Soligorsk District Executive Committee", "2023-01-11", "14:35"))
    # 12 table layout of an old portal: whole <title> is the site, date line above a bold title
    add(Shape("table_layout_upper", "html", _doc(
        "<title>Официальный интернет-портал Гомельского областного исполнительного комитета</title>",
        '<table width="100%"><tr><td class="head">ГОМЕЛЬСКИЙ ОБЛАСТНОЙ ИСПОЛНИТЕЛЬНЫЙ КОМИТЕТ</td></tr>'
        f'<tr><td><span class="small">11 января 2023 г.</span><br><b>{t_ru}</b><br>'
        + "".join(f"{p}<br><br>" for p in STORY["ru"][1]) + "</td></tr></table>"),
        "Gomel Oblast Executive Committee", "2023-01-11"))
    # 13 site only in the footer copyright; date "Опубликовано: ..." under the headline
    add(Shape("footer_copyright", "html", _doc(
        f"<title>{t_ru}</title>",
        f'<div class="content"><h1>{t_ru}</h1><div class="article-meta">Опубликовано: 11 января 2023, 14:35</div>'
        f'{_paras("ru")}</div><footer><p>© 2023 Слуцкий районный исполнительный комитет. Все права защищены.</p>'
        '<p>Адрес: 223610, г. Слуцк, ул. Ленина, 1</p></footer>'),
        "Slutsk District Executive Committee", "2023-01-11", "14:35"))
    # 14 no site name anywhere: the URL host names the committee (<place>.<oblast>-region.gov.by)
    add(Shape("host_only", "html", _doc(
        f'<title>{t_be}</title><link rel="canonical" href="https://polotsk.vitebsk-region.gov.by/be/news/1">',
        f'<article><h1>{t_be}</h1><div class="date">11.01.2023</div>{_paras("be")}</article>', "be"),
        "Polotsk District Executive Committee", "2023-01-11"))
    # 15 an English page with a US-style date, decided by another date on the page (12/25/2022)
    add(Shape("mdy_page_en", "html", _doc(
        f"<title>{t_en} | Official website of the Brest Oblast Executive Committee</title>",
        f'<article><h1>{t_en}</h1><div class="date">Posted: 01/03/2023</div>{_paras("en")}'
        '<p>The previous campaign ended on 12/25/2022 with a record yield.</p></article>', "en"),
        "Brest Oblast Executive Committee", "2023-01-03"))
    # 16 the same ambiguous date on a page with no other evidence: day first (the country's convention)
    add(Shape("dmy_default_en", "html", _doc(
        f"<title>{t_en} | Official website of the Brest Oblast Executive Committee</title>",
        f'<article><h1>{t_en}</h1><div class="date">Posted: 01/03/2023</div>{_paras("en")}</article>', "en"),
        "Brest Oblast Executive Committee", "2023-03-01"))
    # 17 og:site_name is boilerplate; the header line names the committee in Belarusian genitive
    add(Shape("og_boilerplate_be", "html", _doc(
        f'<title>Навіны</title><meta property="og:site_name" content="Афіцыйны сайт">'
        f'<meta property="og:title" content="{t_be}">',
        f'<header><div class="header__title">Афіцыйны сайт Маладзечанскага раённага выканаўчага камітэта</div></header>'
        f'<main><h1>{t_be}</h1><p class="date">11 студзеня 2023</p>{_paras("be")}</main>', "be"),
        "Molodechno District Executive Committee", "2023-01-11"))
    # 18 English site name in the "Raion" spelling in og:site_name
    add(Shape("og_raion_en", "html", _doc(
        f'<title>{t_en}</title><meta property="og:site_name" content="Official website of Glusk Raion Executive Committee">'
        '<meta property="article:published_time" content="2023-01-11T14:35:00+03:00">',
        f'<article><h1>{t_en}</h1>{_paras("en")}</article>', "en"),
        "Glusk District Executive Committee", "2023-01-11", "14:35"))
    # 19 date inside the breadcrumb trail's last item row, and a "Дата: " line after the text
    add(Shape("date_after_text_ru", "html", _doc(
        f"<title>Новости | Официальный сайт Жодинского горисполкома</title>",
        f'<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/news">Новости</a></div>'
        f'<div class="news-full"><h1>{t_ru}</h1>{_paras("ru")}<p class="news-full__date">Дата: 11.01.2023</p></div>'),
        "Zhodino City Executive Committee", "2023-01-11"))
    # 20 an RSS-style visible date, English
    add(Shape("rss_visible_en", "html", _doc(
        f"<title>{t_en} :: Minsk City Executive Committee</title>",
        f'<article><h1>{t_en}</h1><p class="meta">Wed, 11 Jan 2023 11:35:00 GMT</p>{_paras("en")}</article>', "en"),
        "Minsk City Executive Committee", "2023-01-11", "14:35"))
    return out


WIDGET = {"en": ["Font settings", "Times New Roman", "Font size", "Color scheme", "on white"],
          "ru": ["Версия для слабовидящих", "Размер шрифта", "Цветовая схема", "На белом"],
          "be": ["Версія для слабавідушчых", "Памер шрыфту", "Каляровая схема", "На белым"]}
CRUMBS = {"en": "Main / News", "ru": "Главная / Новости", "be": "Галоўная / Навіны"}


def text_shapes() -> list[Shape]:
    """Plain-text scrapes like shared/seed: widget lines, site name, crumbs, date, title, body."""
    out = []

    def page(lang, head: list[str], tail: list[str] = ()):
        title, paras = STORY[lang]
        return "\n".join([*head, "", title, "", *("\n\n".join(paras).split("\n")), "", *tail]) + "\n"

    cases = [
        ("en", "Orsha District Executive Committee", "11 January 2023", None, "date_before"),
        ("en", "Official website of the Kletsk District Executive Committee", "January 11, 2023 2:35 PM", "14:35",
         "official_website_frame"),
        ("ru", "Официальный сайт Оршанского райисполкома", "11 января 2023 г., 14:35", "14:35", "ru_genitive"),
        ("ru", "ПИНСКИЙ ГОРОДСКОЙ ИСПОЛНИТЕЛЬНЫЙ КОМИТЕТ", "Среда, 11 января 2023", None, "ru_upper"),
        ("be", "Афіцыйны сайт Лідскага райвыканкама", "11 студзеня 2023 г.", None, "be_genitive"),
        ("be", "Віцебскі абласны выканаўчы камітэт", "11.01.2023 | 14:35", "14:35", "be_oblast"),
        ("ru", "Новости | Официальный сайт Жлобинского районного исполнительного комитета", "11.01.23", None,
         "whole_title_line"),
    ]
    sites = {"Orsha District Executive Committee": "Orsha District Executive Committee"}
    expected = ["Orsha District Executive Committee", "Kletsk District Executive Committee",
                "Orsha District Executive Committee", "Pinsk City Executive Committee", "Lida District Executive Committee",
                "Vitebsk Oblast Executive Committee", "Zhlobin District Executive Committee"]
    for (lang, site, when, clock, name), exp in zip(cases, expected):
        out.append(Shape(f"text_{name}", "text", page(lang, [*WIDGET[lang], site, CRUMBS[lang], when]), exp,
                         "2023-01-11", clock))
    # the date after the text, before the share line
    out.append(Shape("text_date_after", "text", page("ru", [*WIDGET["ru"], "Кричевский райисполком", CRUMBS["ru"]],
                                                     ["Дата публикации: 11.01.2023", "Поделиться"]),
                     "Krichev District Executive Committee", "2023-01-11"))
    # a print version: no chrome, URL at the end
    out.append(Shape("text_print_url", "text", page("be", ["11 студзеня 2023"],
                                                    ["URL: https://zhodino.gov.by/be/news/1"]),
                     "Zhodino City Executive Committee", "2023-01-11"))
    del sites
    return out


def jsonl_shapes() -> list[Shape]:
    """JSON Lines records with English, Russian or Belarusian field names and nested shapes."""
    t_en, p_en = STORY["en"][0], "\n\n".join(STORY["en"][1])
    t_ru, p_ru = STORY["ru"][0], "\n\n".join(STORY["ru"][1])
    t_be, p_be = STORY["be"][0], "\n\n".join(STORY["be"][1])
    records = [
        ("plain_en", {"url": "https://orsha.gov.by/en/news/1", "site": "Orsha District Executive Committee",
                      "title": t_en, "published": "2023-01-11T14:35:00+03:00", "body": p_en},
         "Orsha District Executive Committee", "14:35"),
        ("ru_keys", {"заголовок": t_ru, "текст": p_ru, "дата": "11.01.2023", "время": "14:35",
                     "источник": "Оршанский райисполком", "ссылка": "https://orsha.gov.by/news/1"},
         "Orsha District Executive Committee", "14:35"),
        ("ru_keys_full", {"Заголовок": t_ru, "Текст новости": p_ru, "Дата публикации": "11 января 2023 г.",
                          "Сайт": "Официальный сайт Кричевского райисполкома"},
         "Krichev District Executive Committee", None),
        ("be_keys", {"загаловак": t_be, "тэкст": p_be, "дата": "11.01.2023 14:35",
                     "крыніца": "Лідскі раённы выканаўчы камітэт"}, "Lida District Executive Committee", "14:35"),
        ("be_keys_date_words", {"назва": t_be, "змест": p_be, "дата_публікацыі": "11 студзеня 2023",
                                "сайт": "Афіцыйны сайт Лідскага райвыканкама"}, "Lida District Executive Committee",
         None),
        ("nested_en", {"id": 7, "meta": {"published": "2023-01-11T11:35:00Z", "modified": "2023-02-01T00:00:00Z",
                                         "source": {"name": "Mogilev Oblast Executive Committee",
                                                    "url": "https://mogilev-region.gov.by"}},
                       "content": {"title": t_en, "body": p_en}}, "Mogilev Oblast Executive Committee", "14:35"),
        ("nested_wp_rest", {"id": 9, "date": "2023-01-11T14:35:00", "date_gmt": "2023-01-11T11:35:00",
                            "modified": "2023-02-01T10:00:00", "link": "https://slutsk.gov.by/?p=9",
                            "title": {"rendered": t_ru}, "content": {"rendered": "".join(f"<p>{p}</p>" for p in STORY["ru"][1])}},
         "Slutsk District Executive Committee", "14:35"),
        ("nested_jsonapi", {"data": {"type": "article", "attributes": {"title": t_en, "body": {"value": p_en},
                                                                       "created": 1673436900, "changed": 1675000000},
                                     "links": {"self": "https://brest-region.gov.by/en/node/5"}}},
         "Brest Oblast Executive Committee", "14:35"),
        ("ms_epoch", {"headline": t_en, "articleBody": p_en, "datePublished": 1673436900000,
                      "publisher": {"@type": "Organization", "name": "Grodno City Executive Committee"}},
         "Grodno City Executive Committee", "14:35"),
        ("modified_first", {"dateModified": "2023-02-01", "title": t_en, "text": p_en, "datePublished": "2023-01-11",
                            "url": "https://vitebsk-region.gov.by/en/news/1"}, "Vitebsk Oblast Executive Committee",
         None),
        ("rss_item", {"title": t_en, "description": p_en, "pubDate": "Wed, 11 Jan 2023 11:35:00 GMT",
                      "link": "https://minsk.gov.by/en/news/1", "guid": "minsk-1"},
         "Minsk City Executive Committee", "14:35"),
        ("translit_keys", {"zagolovok": t_ru, "tekst": p_ru, "data_publikatsii": "2023-01-11",
                           "istochnik": "zhlobin.gov.by"}, "Zhlobin District Executive Committee", None),
    ]
    return [Shape(f"jsonl_{name}", "jsonl", json.dumps(rec, ensure_ascii=False), site, "2023-01-11", clock)
            for name, rec, site, clock in records]


def round2_shapes() -> list[Shape]:
    """Shapes added after the first fixes: feeds, legacy encodings, territory-named sites."""
    t_ru, t_en, t_be = STORY["ru"][0], STORY["en"][0], STORY["be"][0]
    p_ru = "\n".join(f"<p>{p}</p>" for p in STORY["ru"][1])
    out = [
        Shape("html_cp1251", "html", _doc(
            f'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>{t_ru}</title>',
            f'<div class="header-name">Официальный сайт Кричевского района</div>'
            f'<div class="news"><h1>{t_ru}</h1><div class="news-date">11.01.2023</div>{p_ru}</div>').replace(
                '<meta charset="utf-8">', ""), "Krichev District Executive Committee", "2023-01-11",
            encoding="cp1251"),
        Shape("html_territory_title", "html", _doc(
            f"<title>{t_be} - Афіцыйны сайт Магілёўскай вобласці</title>",
            f'<article><h1>{t_be}</h1><time datetime="2023-01-11T14:35:00+03:00">11 студзеня 2023, 14:35</time>'
            f'{_paras("be")}</article>', "be"), "Mogilev Oblast Executive Committee", "2023-01-11", "14:35"),
        Shape("html_city_genitive", "html", _doc(
            f'<title>{t_ru}</title><meta property="og:site_name" content="Официальный сайт города Пинска">',
            f'<article><h1>{t_ru}</h1><p class="date">11.01.2023</p>{p_ru}</article>'),
            "Pinsk City Executive Committee", "2023-01-11"),
        Shape("html_url_date_only", "html", _doc(
            f'<title>{t_en} | Official website of Krichev District</title>'
            '<link rel="canonical" href="https://krichev.gov.by/2023/01/11/farmers-sowing/">',
            f'<article><h1>{t_en}</h1>{_paras("en")}</article>', "en"),
            "Krichev District Executive Committee", "2023-01-11"),
        Shape("html_regional_en", "html", _doc(
            f'<title>{t_en}</title><meta property="og:site_name" content="Vitebsk Regional Executive Committee">'
            '<meta property="article:published_time" content="2023-01-11T14:35:00+03:00">',
            f'<article><h1>{t_en}</h1>{_paras("en")}</article>', "en"),
            "Vitebsk Oblast Executive Committee", "2023-01-11", "14:35"),
        Shape("jsonl_mongo", "jsonl", json.dumps({"_id": {"$oid": "63be9b5c2f"}, "title": t_en,
                                                  "body": "\n\n".join(STORY["en"][1]),
                                                  "publishedAt": {"$date": "2023-01-11T11:35:00Z"},
                                                  "site": "Krupki Regional Executive Committee"}),
              "Krupki District Executive Committee", "2023-01-11", "14:35"),
    ]
    out.append(Shape("wordpress_no_jsonld_updated_first", "html", _doc(
        f"<title>{t_en} &#8211; Official website of the Soligorsk District Executive Committee</title>",
        f'<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{t_en}</h1>'
        f'<div class="entry-meta"><time class="updated" datetime="2023-02-01T11:00:00+03:00">February 1, 2023</time>'
        f'<time class="entry-date published" datetime="2023-01-11T14:35:00+03:00">January 11, 2023</time></div>'
        f'</header><div class="entry-content">{_paras("en")}</div></article>', "en"),
        "Soligorsk District Executive Committee", "2023-01-11", "14:35"))
    items = "".join(
        f"<item><title>{t}</title><link>https://{host}/news/{i}</link><guid>https://{host}/news/{i}</guid>"
        f"<pubDate>Wed, 11 Jan 2023 1{i}:35:00 +0300</pubDate><description>Short lead.</description>"
        f"<yandex:full-text>{' '.join(STORY[lang][1])}</yandex:full-text></item>"
        for i, (t, lang, host) in enumerate([(t_ru, "ru", "orsha.gov.by"), (t_be, "be", "orsha.gov.by")]))
    out.append(Shape("rss_yandex_full_text", "feed",
                     '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                     'xmlns:yandex="http://news.yandex.ru"><channel><title>Оршанский районный исполнительный '
                     f'комитет</title><link>https://orsha.gov.by/</link>{items}</channel></rss>',
                     "Orsha District Executive Committee", "2023-01-11", "10:35"))
    out.append(Shape("atom_feed", "feed",
                     '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                     '<title>Official website of the Lida District Executive Committee</title>'
                     f'<entry><title>{t_en}</title><link rel="alternate" href="https://lida.gov.by/en/news/1"/>'
                     '<published>2023-01-11T11:35:00Z</published><updated>2023-02-01T10:00:00Z</updated>'
                     f'<content type="html">{"".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in STORY["en"][1])}</content>'
                     '</entry></feed>', "Lida District Executive Committee", "2023-01-11", "14:35"))
    out.append(Shape("rss_content_encoded_cp1251", "feed",
                     '<?xml version="1.0" encoding="windows-1251"?>\n<rss version="2.0" '
                     'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
                     '<title>Официальный сайт Жлобинского райисполкома</title>'
                     f'<item><title>{t_ru}</title><link>https://zhlobin.gov.by/news/1</link>'
                     '<pubDate>Wed, 11 Jan 2023 11:35:00 GMT</pubDate>'
                     f'<content:encoded><![CDATA[{p_ru}]]></content:encoded></item></channel></rss>',
                     "Zhlobin District Executive Committee", "2023-01-11", "14:35", encoding="cp1251"))
    return out


def all_shapes() -> list[Shape]:
    return html_shapes() + text_shapes() + jsonl_shapes() + round2_shapes()
