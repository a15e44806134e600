"""Pages the ingestion tests write for themselves: real-shaped chrome, CMS markup, encodings."""

from __future__ import annotations

import json
from pathlib import Path

WIDGET_EN = ["Font settings", "Times New Roman", "Font size", "Letter spacing", "Color scheme", "on white", "on blue"]
WIDGET_RU = ["Версия для слабовидящих", "Размер шрифта", "Межбуквенный интервал", "Цветовая схема", "На белом",
             "Изображения"]

# One BelTA story; regional sites rewrite the first sentence and keep the rest.
HARVEST_REST = [
    "Harvesting is in full swing across the region. Most of the winter crops have been threshed, and combine "
    "harvesters are now moving to spring barley and wheat. The average yield is higher than last year, although "
    "some districts in the east of the oblast are behind schedule because of rain.",
    "“We cannot relax. Grain must be taken off the fields quickly, dried and stored properly. Every tonne lost in "
    "the field is money that the farms will not receive,” Isachenko said. He asked the district chairmen to send "
    "machinery from farms that have finished threshing to those that are lagging behind.",
    "According to the Ministry of Agriculture and Food, Mogilev Oblast is to complete the grain harvest in the "
    "second half of August, after which the farms will start sowing winter rapeseed.",
]
HARVEST_FIRST = ("Farms of Mogilev Oblast have threshed more than 800,000 tonnes of grain, Chairman of the Mogilev "
                 "Oblast Executive Committee Anatoly Isachenko said on 8 August during a field meeting in Gorki District.")
HARVEST_FIRST_BOBRUISK = ("Agricultural enterprises of Mogilev Oblast, including the farms around Bobruisk, have "
                          "threshed over 800,000 tonnes of grain, Anatoly Isachenko said at a field meeting on 8 August.")

RAILWAY_BODY = [
    "Belarusian Railways is putting on extra passenger trains for the summer, BelTA learned from the company's "
    "press service.",
    "From mid-June additional regional business class trains will run on weekends from Minsk to Brest, Grodno and "
    "Vitebsk. Extra carriages will be coupled to the most popular interregional trains, and several commuter "
    "trains will be extended to stations near lakes and holiday camps.",
    "Tickets for the additional trains are already on sale at station ticket offices, through the company's "
    "website and in its mobile application.",
]

CSTO_BODY = [
    "Imangali Tasmagambetov, who took office as Secretary General of the Collective Security Treaty Organization "
    "(CSTO) at the start of the year, may come to Belarus in February, State Secretary of the Security Council of "
    "Belarus Aleksandr Volfovich told BelTA.",
    "Volfovich travelled to Moscow on 10 January to present the new secretary general to the leadership of the "
    "CSTO Secretariat and the CSTO Joint Staff, and to the permanent and plenipotentiary representatives of the "
    "member states.",
    "Next year the CSTO presidency passes to another member state, the state secretary reminded.",
]

RU_BODY = [
    "Государственный секретарь Совета безопасности Беларуси Александр Вольфович провел в Москве встречу с новым "
    "генеральным секретарем ОДКБ Имангали Тасмагамбетовым.",
    "Стороны обсудили актуальные вопросы международной и региональной безопасности, обменялись мнениями о "
    "ситуации в зоне ответственности Организации Договора о коллективной безопасности и о приоритетах "
    "председательства Беларуси в организации в текущем году.",
    "Генеральный секретарь принял приглашение посетить Беларусь в феврале, сообщили в Совете безопасности.",
]

BE_BODY = [
    "Дзяржаўны сакратар Савета бяспекі Беларусі Аляксандр Вальфовіч правёў у Маскве сустрэчу з новым генеральным "
    "сакратаром АДКБ Імангалі Тасмагамбетавым.",
    "Бакі абмеркавалі актуальныя пытанні міжнароднай і рэгіянальнай бяспекі і прыярытэты старшынства Беларусі ў "
    "арганізацыі ў бягучым годзе.",
]


def text_page(site=None, crumbs=None, date=None, title="", body=(), widget=WIDGET_EN, footer=(),
              title_before_date=False) -> str:
    """A plain-text scrape in the seed's shape; every chrome part optional."""
    head = list(widget or [])
    if site:
        head.append(site)
    if crumbs:
        head.append(crumbs)
    if title_before_date:
        head += [title, date] if date else [title]
        lines = head + [""]
    else:
        if date:
            head.append(date)
        lines = head + ["", title, "", ""]
    lines.append("\n\n".join(body))
    if footer:
        lines += [""] + list(footer)
    return "\n".join(lines) + "\n"


def bitrix_page(title, date_text, body, site="Горецкий районный исполнительный комитет", charset="windows-1251",
                declare=True) -> str:
    """A Bitrix-like regional page: top menu, bx-breadcrumb, news-detail with news-date-time, sidebar, footer."""
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if declare else ""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="ru"><head>{meta}
<title>{title} - {site}</title>
<link href="/bitrix/templates/main/styles.css" rel="stylesheet">
<script>var BX = {{message: function(){{}}}};</script>
</head><body>
<div class="bvi-panel">Версия для слабовидящих Размер шрифта Цветовая схема</div>
<div id="header"><div class="logo"><a href="/">{site}</a></div>
<ul class="menu-top"><li><a href="/">Главная</a></li><li><a href="/news/">Новости</a></li>
<li><a href="/economy/">Экономика</a></li><li><a href="/contacts/">Контакты</a></li></ul></div>
<div class="bx-breadcrumb"><a href="/">Главная</a> / <a href="/news/">Новости</a> / Общество</div>
<div class="workarea">
<h1>{title}</h1>
<div class="news-detail">
<span class="news-date-time">{date_text}</span>
{paragraphs}
<div class="news-detail-share">Поделиться: ВКонтакте Одноклассники Telegram</div>
</div>
</div>
<div class="sidebar"><div class="sidebar-title">Последние новости</div>
<ul><li><a href="/news/1">В районе открылась новая школа искусств для детей и взрослых</a></li>
<li><a href="/news/2">Аграрии района завершили сев озимых культур в оптимальные сроки</a></li></ul></div>
<div id="footer">© 2024 {site}. Все права защищены. При использовании материалов ссылка обязательна.</div>
</body></html>
"""


def wordpress_page(title, site, published_iso, body, canonical, extra_head="") -> str:
    """A WordPress-like page: JSON-LD NewsArticle, Open Graph, nav, widgets, share buttons, comments."""
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": site, "url": "https://example.by/"},
        {"@type": "NewsArticle", "headline": title, "datePublished": published_iso,
         "publisher": {"@type": "Organization", "name": site}, "mainEntityOfPage": {"@id": canonical}}]}
    paragraphs = "\n".join(f"<p>{p}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<title>{title} | {site}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{published_iso}">
<link rel="canonical" href="{canonical}">
<script type="application/ld+json">{json.dumps(ld)}</script>
{extra_head}
</head><body class="post-template-default single single-post">
<header class="site-header"><div class="site-title">{site}</div>
<nav class="main-navigation"><ul id="primary-menu" class="menu"><li>Home</li><li>News</li><li>Region</li>
<li>Economy</li><li>Contacts</li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article class="post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date">x</time></span></div></header>
<div class="entry-content">
{paragraphs}
</div>
<div class="sharedaddy sd-sharing-enabled"><h3>Share this:</h3><ul><li>Facebook</li><li>Telegram</li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><p>Minsk hosts the international forum on
regional cooperation between the border areas of several neighbouring countries this autumn.</p></div>
</article>
<div id="comments" class="comments-area"><h2>2 comments</h2><ol class="comment-list"><li>Great news for
everyone in the district, thank you for the detailed report about the event!</li></ol></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2>Recent Posts</h2>
<ul><li>District council discusses the budget for the coming year and the plans for road repair</li></ul>
</section></aside></div>
<footer class="site-footer"><div class="site-info">© 2024 {site}. All rights reserved.</div></footer>
</body></html>
"""


def joomla_page(title, site, time_attr, body) -> str:
    """A Joomla-like page: moduletable sidebars, mod-menu, item-page with <time datetime>."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>{title} - {site}</title></head><body>
<div class="moduletable"><ul class="nav menu mod-menu"><li>Home</li><li>News</li><li>Documents</li></ul></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{title}</h2></div>
<dl class="article-info"><dd class="published"><time datetime="{time_attr}" itemprop="datePublished">
Published: 11 January 2023</time></dd><dd class="hits">Hits: 154</dd></dl>
<div itemprop="articleBody">{paragraphs}</div>
</div>
<div class="moduletable"><h3>Useful links</h3><ul><li>President of the Republic of Belarus</li>
<li>Council of Ministers</li></ul></div>
<div class="footer">{site} © 2024</div>
</body></html>
"""


def write(path: Path, content, encoding="utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode(encoding))
    return path


def jsonl(path: Path, lines) -> Path:
    """Write records (dicts are JSON-encoded, str/bytes written as they are) one per line."""
    out = []
    for line in lines:
        if isinstance(line, bytes):
            out.append(line)
        elif isinstance(line, str):
            out.append(line.encode())
        else:
            out.append(json.dumps(line, ensure_ascii=False).encode())
    return write(path, b"\n".join(out) + b"\n")
