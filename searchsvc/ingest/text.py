"""Plain-text scrapes (like shared/seed/): strip the site chrome, find site, date, title, body.

>>> fields = parse_text_page(open("page.txt").read())
>>> fields.site, fields.published, fields.title

A scraped page reads top to bottom as: accessibility-widget lines, the site name, breadcrumbs
("Main / News / Republic"), the date line, the title, the body, then share/footer/copyright
lines. Any of the chrome may be missing, and some sites put the date after the title.
"""

from __future__ import annotations

import re
from datetime import date

from ..entities.sites import fuller_name, is_address, is_boilerplate, site_candidate
from ..languages import default_languages
from .dates import (implausible_date_reason, numeric_date_order, parse_date, parse_datetime_value, relative_date_reason,
                    with_year)
from .fields import PageFields
from .sanitise import clean_line, clean_title, has_markup, strip_markup_by_line

# Lines of the "version for the visually impaired" widget and other head/nav chrome, en/ru/be.
WIDGET_LINES = {
    # English
    "font settings", "font", "fonts", "font size", "font family", "letter spacing", "line spacing", "spacing",
    "interval", "color scheme", "colour scheme", "color", "colour", "colors", "on white", "on blue",
    "on black", "on beige", "on brown", "black on white", "white on black", "blue on light blue",
    "dark blue on light blue", "beige", "images", "images on", "images off", "show images", "hide images",
    "version for the visually impaired", "for the visually impaired", "visually impaired version",
    "version for visually impaired", "accessibility", "accessible version", "normal version",
    "regular version", "standard version", "usual version", "site version", "default", "reset",
    "reset settings", "settings", "close", "search", "menu", "skip to content", "skip to main content",
    "times new roman", "arial", "georgia", "verdana", "serif", "sans serif", "sans-serif", "small",
    "medium", "large", "standard", "enlarged", "a a a", "a", "aa", "aaa", "a+", "a-", "a a", "a-a+",
    "on", "off", "english", "eng", "en", "русский", "рус", "ru", "беларуская", "бел", "by", "be", "language",
    "search the site", "site search", "sitemap", "site map", "contacts", "login", "log in", "sign in",
    "accept", "accept all", "i agree", "agree", "got it", "принять", "принять все", "согласен", "понятно",
    "прыняць", "згодны", "зразумела", "back", "назад", "up", "наверх", "уверх",
    # Russian
    "настройки шрифта", "шрифт", "размер шрифта", "размер", "межбуквенный интервал", "интервал",
    "цветовая схема", "цвет сайта", "цвет", "на белом", "на синем", "на черном", "на чёрном",
    "черным по белому", "белым по черному", "изображения", "показывать изображения",
    "версия для слабовидящих", "для слабовидящих", "обычная версия", "обычная версия сайта",
    "вернуть обычную версию", "сбросить настройки", "настройки", "закрыть", "поиск", "меню",
    "поиск по сайту", "карта сайта", "контакты",
    # Belarusian
    "налады шрыфту", "шрыфт", "памер шрыфту", "памер", "міжлітарны інтэрвал", "інтэрвал",
    "каляровая схема", "колер сайта", "на белым", "на сінім", "на чорным", "выявы",
    "версія для слабавідушчых", "для слабавідушчых", "звычайная версія", "скінуць налады", "налады",
    "закрыць", "пошук", "меню", "пошук па сайце", "карта сайта", "кантакты",
}
HOME_WORDS = r"(?:main|home|home page|homepage|главная|главная страница|галоўная|галоўная старонка)"
_CRUMB_SEP = r"\s*(?:/|>|»|→|›|\||\\)\s*"
BREADCRUMB = re.compile(r"^" + HOME_WORDS + r"(?:" + _CRUMB_SEP + r"[^/>»→›|\\]{1,250})+\s*[/>»→›]?$", re.I)
_GENERIC_CRUMB = re.compile(r"^[^/>»→›|\\.!?]{1,40}(?:" + _CRUMB_SEP + r"[^/>»→›|\\.!?]{1,40}){1,6}$")
# A label that may precede the date on its line (the last edit's: `_UPDATED_WORDS`).
_DATE_LABELS = [
    "published", "posted", "date", "created", "publication date", "date of publication", "published on",
    "posted on", "опубликовано", "дата публикации", "дата", "размещено", "апублікавана",
    "created on", "written on", "added on", "дата и время публикации", "дата и время", "дата і час публікацыі",
    "дата і час", "дата публікацыі", "first published", "originally published", "впервые опубликовано",
    "added", "добавлено", "дададзена", "дата размещения", "дата размяшчэння", "размешчана",
]
# A date labelled as the last edit, not the publication.
_UPDATED_WORDS = (r"(?:last\s+)?(?:updated|modified|edited|changed|date\s+(?:modified|updated)|обновлено|изменено|"
                  r"отредактировано|последнее\s+изменение|дата\s+изменения|абноўлена|зменена|апошняе\s+змяненне|"
                  r"дата\s+змянення)")
UPDATED_LABEL = re.compile(r"^\s*" + _UPDATED_WORDS + r"\b", re.I)
# A label that may precede the date on its line (longest first: "date of publication" before "date").
# (A weekday before the date is no label: it stays for parse_date, which reads 03/02/2023 as it says.)
DATE_LABEL = re.compile(r"^(?:" + _UPDATED_WORDS + "|" + "|".join(sorted(_DATE_LABELS, key=len, reverse=True))
                        + r")\b[\s:,.-]*", re.I)
# A date labelled as something other than the story's publication: the event it announces, a printout, a photo,
# a deadline. It is never the page's date, not even when no other date is shown.
_NOT_PUBLISHED_WORDS = (
    r"(?:event\s+date|date\s+of\s+(?:the\s+)?event|held\s+on|printed(?:\s+on)?|print\s+date|date\s+printed|"
    r"photo(?:\s+by)?|deadline|valid\s+(?:until|till)|expires|"
    r"дата\s+(?:проведения|мероприятия|события|печати|окончания|начала)|время\s+проведения|распечатано|"
    r"напечатано|фото|срок(?:\s+подачи)?|действует\s+до|"
    r"дата\s+(?:правядзення|мерапрыемства|падзеі|друку|заканчэння|пачатку)|час\s+правядзення|надрукавана|фота|"
    r"тэрмін(?:\s+падачы)?|дзейнічае\s+да)")
NOT_PUBLISHED_LABEL = re.compile(r"^\s*" + _NOT_PUBLISHED_WORDS + r"\b", re.I)
# What may follow the date on its line: a view counter, a rubric, an author.
DATE_TAIL = re.compile(r"(?:\||·|•|—|\s)\s*(?:views?|просмотров|просмотры|праглядаў|прагляды|👁)\b.*$|"
                       # an author or rubric after the date: "| Автор: Иванов", "· Category: Economy"
                       r"\s*(?:\||·|•|—)\s*(?:автор|рубрика|категория|раздел|теги|источник|author|by|category|"
                       r"section|tags|source|аўтар|рубрыка|катэгорыя|раздзел|тэгі|крыніца)\b.*$", re.I)
# "Posted by admin on January 11, 2023": a byline before the date.
BYLINE = re.compile(r"^(?:posted|written|published|created|added|submitted)\s+by\s+\S+(?:\s+\S+)?\s+on\s+", re.I)
# A short rubric after the date: "11.01.2023 | Новости района" (at most three words).
_RUBRIC_TAIL = re.compile(r"\s*[|·•]\s*[^\W\d_][^|·•\d]{0,40}$")
# Footer and share lines: whole short lines, so a body sentence starting with "Next year" survives.
FOOTER_LINE = re.compile(
    r"^(?:share|share this|share on|print|print version|printable version|send to a friend|tags?:?.*|"
    r"source:.*|photo:.*|photos?:.*|video:.*|author:.*|views?:?\s*\d*|comments?\s*\(?\d*\)?|"
    r"subscribe.*|follow us.*|back|back to (?:the )?(?:news(?: list)?|list(?: of news)?|news feed|all news)|to the list of news|all news|"
    r"previous( news| article)?|next( news| article)?|up|top|to top|scroll to top|"
    r"facebook|vk|vkontakte|odnoklassniki|ok|twitter|x|telegram|instagram|youtube|viber|whatsapp|tiktok|"
    r"поделиться|версия для печати|распечатать|печать|теги:?.*|метки:?.*|источник:.*|фото:.*|автор:.*|"
    r"просмотров:?\s*\d*|назад|(?:назад|вернуться)(?: к)? (?:списку новостей|новостям|списку)|к списку новостей|"
    r"все новости|предыдущая новость|следующая новость|наверх|уверх|назад да (?:спісу|навін)|"
    r"падзяліцца|версія для друку|друк|крыніца:.*|тэгі:?.*|усе навіны|назад да спісу)$",
    re.I)
# Contact lines of a site footer: "Tel.: +375 ...", "E-mail: ...", "225295, Ivatsevichi, Lenin Street 1".
CONTACT_LINE = re.compile(
    r"^(?:(?:tel|phone|telephone|fax|e-?mail|address|reception|hotline|тел|телефон|факс|e-mail|эл\.?\s*почта|"
    r"адрес|приемная|приёмная|тэл|тэлефон|адрас|электронная пошта|прыёмная)\b\.?\s*(?::|(?=[\s(]*[+\d])).*|"
    r"\d{6},\s*.{3,100})$", re.I)
# An item of a list of other stories: "10.01.2023 Ice fishing competition held on the lake".
NEWS_LIST_ITEM = re.compile(r"^(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2})?\s+[^\W\d_].{5,160}$")
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b|all rights reserved|все права защищены|усе правы абаронены)", re.I)
REUSE_NOTICE = re.compile(
    r"^(?:when (?:using|quoting|reprinting)|any use of|reproduction of|при (?:использовании|цитировании|"
    r"перепечатке)|пры (?:выкарыстанні|цытаванні))\b", re.I)
# A heading after which the page lists other stories, not this one.
RELATED_MARKER = re.compile(
    r"^(?:read also|see also|read more|related( news| articles| stories| materials)?|more news|other news|"
    r"latest news|more on (?:the|this) topic|on the same topic|you may also like|popular( news)?|most read|"
    r"читайте также|смотрите также|другие новости|похожие новости|последние новости|по теме|новости по теме|"
    r"другие материалы|популярное|самое читаемое|"
    r"чытайце таксама|глядзіце таксама|іншыя навіны|апошнія навіны|па тэме|навіны па тэме|папулярнае)\s*:?$",
    re.I)
SITE_WORDS = re.compile(
    r"\b(executive committee|administration|council|city hall|official (web)?site|portal|"
    r"исполнительный комитет|исполком|райисполком|горисполком|облисполком|администрация|совет|"
    r"выканаўчы камітэт|выканкам|райвыканкам|гарвыканкам|аблвыканкам|адміністрацыя|савет|"
    r"сельисполком|сельсовет|сельвыканкам|сельсавет)\b", re.I)
URL_LINE = re.compile(r"^(?:url|source url|source|link|адрес|источник|спасылка|крыніца)?:?\s*(https?://\S+)$", re.I)
# A cookie-consent banner: "We use cookies ... Accept" at the top of a scrape.
COOKIE_NOTICE = re.compile(r"\bcookies?\b|\bкуки\b|\bкукі\b", re.I)
# Rows of a calendar widget: "Mo Tu We Th Fr Sa Su", "9 10 11 12 13 14 15".
_WEEKDAY_ABBR = {"mo", "tu", "we", "th", "fr", "sa", "su", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
                 "пн", "вт", "ср", "чт", "пт", "сб", "вс", "нд", "аў", "чц"}
_SENTENCE_END = re.compile(r"[.!?…»\"”)]$")
HEAD_WINDOW = 40  # lines of a page in which the chrome, date and title are looked for


def parse_text_page(text: str, today: date | None = None) -> PageFields:
    """Site, date, title, body and URL of a text scrape; values may be None (`reject`: no article). `today`: the day
    the page was saved, which a date written without its year must not come after (default: Minsk's today)."""
    warnings: list[str] = []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    markup_only: set[int] = set()
    if has_markup(text):
        text, markup_only = strip_markup_by_line(text)
        warnings.append("markup removed from page text")
    lines = [clean_line(line) for line in text.split("\n")]
    sender, sent = _mail_head(lines)  # a saved mail message: its headers are no page chrome
    front = _front_matter(lines)  # nor is a static site's front matter
    order = numeric_date_order(text)  # 03/04/2026: how the page's other dates write it
    url = None
    for j, line in enumerate(lines[:HEAD_WINDOW]):
        m = URL_LINE.match(line)
        if m:
            url = m.group(1)
            lines[j] = ""

    for j, line in enumerate(lines[:HEAD_WINDOW]):
        if line and len(line) <= 400 and COOKIE_NOTICE.search(line) and not _looks_like_story_start(lines, j):
            lines[j] = ""  # a consent banner is no paragraph: the head (date, title) lies below it
    # The head ends where the story's first paragraph starts: a date below it belongs to the footer.
    head_window = next((j for j, line in enumerate(lines[:HEAD_WINDOW]) if _looks_like_paragraph(line)), HEAD_WINDOW)
    dated = [j for j, line in enumerate(lines[:head_window]) if line and date_line(line)]
    # "Updated: 15.01.2023" next to "Published: 11.01.2023": the publication date wins.
    date_idx = next((j for j in dated if not dated_line(lines[j])[1]), dated[0] if dated else None)
    start = 0
    site = None
    head_lines: list[int] = []  # non-chrome lines before the date (site name, maybe the title)
    crumb_idx = None
    head_end = date_idx if date_idx is not None else _first_content(lines)
    for j in range(head_end):
        line = lines[j]
        # A photo credit or view counter between the headline and the date is no headline.
        if not line or is_widget(line) or is_footer(line) or _is_head_widget(line):
            continue
        if is_breadcrumb(line, head=True):
            crumb_idx = j
            continue
        head_lines.append(j)
    title_idx = None
    if date_idx is not None:
        before_crumb = [j for j in head_lines if crumb_idx is None or j < crumb_idx]
        after_crumb = [j for j in head_lines if crumb_idx is not None and j > crumb_idx]
        after_date = _next_text(lines, date_idx + 1)
        if _is_headline_above_paragraph(lines, after_date):
            title_idx = after_date  # "... / date / title / body": the headline sits under the date
        elif after_crumb and len(lines[after_crumb[-1]].split()) >= 3 and not looks_like_site(lines[after_crumb[-1]]):
            title_idx = after_crumb[-1]  # "site / crumbs / title / date / body" layout
        elif crumb_idx is None and head_lines and after_date is not None \
                and _looks_like_paragraph(lines[after_date]) and not looks_like_site(lines[head_lines[-1]]) \
                and (len(head_lines) >= 2 or len(lines[head_lines[-1]].split()) >= 2):
            # (a lone line above the date is the headline when a paragraph follows the date: else
            # the first paragraph would become the title; a one-word line is more likely a label)
            title_idx = head_lines[-1]  # "(site /) title / date / body" without crumbs
        candidates = [j for j in before_crumb if j != title_idx] or [j for j in head_lines if j != title_idx]
        if candidates:
            site = _site_from(lines, candidates)
        start = date_idx + 1
    else:
        if crumb_idx is not None:
            before = [j for j in head_lines if j < crumb_idx]
            site = _site_from(lines, before) if before else None
            start = crumb_idx + 1
        elif head_lines:
            # No date and no crumbs: a short site-like line directly above the title is the site.
            first = head_lines[0]
            nxt = _next_text(lines, first + 1)
            if looks_like_site(lines[first]) and nxt is not None and not _looks_like_paragraph(lines[nxt]):
                site = _strip_site_label(lines[first])
                start = first + 1
    if title_idx is None:
        title_idx = _next_text(lines, start, skip_chrome=True)
        if site is None and title_idx is not None and _is_site_name_line(lines[title_idx]):
            # "date / site / crumbs / title / body": the site's name printed under the date
            nxt = _next_text(lines, title_idx + 1, skip_chrome=True)
            if nxt is not None and not _looks_like_paragraph(lines[nxt]):
                site, title_idx = _strip_site_label(lines[title_idx]), nxt
        if markup_only and title_idx is not None:
            # The headline's own line held nothing but markup (a <script> title): the next line is
            # body text, not a headline.
            before = [j for j in range(start, title_idx) if j in markup_only]
            if before and not any(lines[j] for j in range(before[-1] + 1, title_idx)) \
                    and _looks_like_paragraph(lines[title_idx]):
                return PageFields(reject="the headline is only markup (script or tags): nothing left after "
                                         "removing it", warnings=warnings)
    # (a Markdown heading's marks are no part of it: "# Headline")
    title = clean_title(re.sub(r"^#{1,6}\s+(?=\S)", "", lines[title_idx])) if title_idx is not None else None
    body_start = (title_idx + 1) if title_idx is not None else len(lines)
    if date_idx is not None and title_idx is not None and title_idx < date_idx:
        body_start = date_idx + 1

    body_lines = lines[body_start:]
    body, footer = _body_and_footer(body_lines, title)
    published = published_time = date_source = None
    if date_idx is not None:
        published, published_time = date_line(lines[date_idx], order)
        date_source = "the date line at the page's head"
    else:
        # Some sites print the date under the article ("Published 11 January 2023").
        for line in footer:
            parsed = date_line(line, order)
            if parsed:
                published, published_time = parsed
                date_source = "a date line under the story"
                break
    if published is None and crumb_idx is not None and (parsed := breadcrumb_date(lines[crumb_idx], order)):
        published, published_time = parsed
        date_source = "a date in the breadcrumb trail"
    year = copyright_year(footer) if published is None else None
    if published is None and year is not None:
        head = next((found[0] for line in lines[:min(head_window, title_idx or 0) + 2]
                     if line and len(line) <= 60 and (found := yearless_date_line(line, year, order, today))), None)
        if head is not None:
            published, published_time = head
            date_source = "a date line without its year at the page's head (the year of its copyright line)"
    # (the first two paragraphs: a page without a site line may have left its headline in the body)
    parsed = next(filter(None, (dateline_date(p, year, order, today) for p in (body or "").split("\n\n")[:2])), None)
    if published is None and parsed:
        published, published_time = parsed
        date_source = "the dateline leading the story"
    if published is None and (why := relative_date_reason(lines[:HEAD_WINDOW] + footer)):
        warnings.append(why)
    site = next((front[k] for k in FRONT_MATTER_SITE_KEYS if k in front), None) or sender or site
    if published is None:
        front_date = next((front[k] for k in FRONT_MATTER_DATE_KEYS if k in front), None)
        if sent is not None:
            date_source = "the message's Date header"
        elif front_date and (sent := parse_datetime_value(front_date)) is not None:
            date_source = "the front matter's date"
        if sent is not None:
            published, published_time = sent
    if title is None and front.get("title"):
        title = clean_title(front["title"])
    if site is not None and is_boilerplate(site):
        site = None  # "Навіны сельсавета" says what, not whose: the footer's copyright may say whose
    if site is None:
        for line in footer:
            if COPYRIGHT.match(line):
                site = site_from_copyright(line)
                if site:
                    break
    else:  # a department's own site under its committee's name: the copyright line names it in full
        site = fuller_name(site, filter(None, (site_from_copyright(line) for line in footer if COPYRIGHT.match(line)))) \
            or site
    fields = PageFields(site=site, published=published, published_time=published_time, title=title, body=body,
                        url=url, warnings=warnings, date_source=date_source)
    if not title and not body and (site or published or crumb_idx is not None or any(is_widget(x) for x in lines if x)):
        fields.reject = "page has only site chrome (widget, site name, breadcrumbs, date): no article"
    return fields


# Where a line holding two labelled dates is cut: "Обновлено: 20.01.2023 | Опубликовано: 11.01.2023".
_LABEL_BOUNDARY = re.compile(
    r"(?:\s*[|·•;,]\s*|\s+)(?=(?:" + "|".join(sorted(_DATE_LABELS, key=len, reverse=True))
    + "|" + _UPDATED_WORDS + "|" + _NOT_PUBLISHED_WORDS + r")\b)", re.I)


def dated_line(line: str, order: str | None = None) -> tuple[tuple[str, str | None], bool] | None:
    """((date, time), is_update) when the line is a date line; None when it is none, or dates something else.

    The one reading of a date line's label, for HTML and text pages alike: "Updated: ..." is the last edit
    (`is_update`: used only when no publication date is shown); "Event date: ...", "Дата печати: ...",
    "Фото: ..." date no publication (None). A line holding both ("Обновлено: 20.01.2023 | Опубликовано:
    11.01.2023", "Updated 20 January 2023, first published 11 January 2023") gives its publication part.
    """
    if len(line) > 200:
        return None
    parts = [p.strip(" |·•;,") for p in _LABEL_BOUNDARY.split(line)]
    read = [(p, _date_line(p, order)) for p in parts if p and not NOT_PUBLISHED_LABEL.match(p)]
    read = [(p, parsed) for p, parsed in read if parsed]
    if len(read) < 2:  # no second labelled date: the line is read whole ("posted on 11 January" in a sentence)
        if NOT_PUBLISHED_LABEL.match(line):
            return None
        parsed = _date_line(line, order) or _labelled_field(line, order)
        return (parsed, bool(UPDATED_LABEL.match(line))) if parsed else None
    published = [parsed for p, parsed in read if not UPDATED_LABEL.match(p)]
    return (published[0], False) if published else (read[0][1], True)


# A line of short fields, "Категория: Новости | Просмотров: 12 | Добавил: admin | Дата: 11.01.2023" (uCoz's
# eDetails, a forum's or a catalogue's info line): the separators between its fields.
_FIELD_SEPARATOR = re.compile(r"\s+[|·•]\s+")
_FIELD_CHARS = 40


def _labelled_field(line: str, order: str | None = None) -> tuple[str, str | None] | None:
    """The date of the one field labelled as the publication ("Дата: 11.01.2023", "Added: 11 January 2023") on a
    line of short fields; None when the line is a sentence, or holds no such field or more than one."""
    fields = [f.strip() for f in _FIELD_SEPARATOR.split(line) if f.strip()]
    if len(fields) < 2 or any(len(f) > _FIELD_CHARS for f in fields):
        return None
    dated = [parsed for f in fields if DATE_LABEL.match(f) and not UPDATED_LABEL.match(f)
             and not NOT_PUBLISHED_LABEL.match(f) and (parsed := _date_line(f, order))]
    return dated[0] if len(dated) == 1 else None


def date_line(line: str, order: str | None = None) -> tuple[str, str | None] | None:
    """(date, time) when the line is a date line (with an optional label, clock or view counter), publication or
    last edit (see `dated_line`). `order`: the page's numeric date order (dates.numeric_date_order), for 03/04/2026."""
    found = dated_line(line, order)
    return found[0] if found else None


def _date_line(line: str, order: str | None = None) -> tuple[str, str | None] | None:
    """(date, time) when the whole line is one date (with an optional label, clock or view counter)."""
    if len(line) > 80:
        return None
    core = DATE_TAIL.sub("", DATE_LABEL.sub("", BYLINE.sub("", line))).strip(" |·•,-—")
    core = DATE_LABEL.sub("", core)  # "Published: Wednesday, 11 January 2023"
    rubric = _RUBRIC_TAIL.search(core)
    if rubric and len(rubric.group(0).split()) <= 4 and parse_date(core[:rubric.start()], order=order):
        core = core[:rubric.start()]
    parsed = parse_date(core, order=order)
    if parsed is None or _is_date_range(core):
        return None
    # The date must be most of the line: "On 10 January the minister..." is body text.
    # ("г." is the year's abbreviation; a month's own г stays: "августа" is one word, not "ав уста")
    leftovers = re.sub(r"[\d\s.,:/|\-–—]+|(?<![^\W\d_])г(?![^\W\d_])", " ", core)
    words = [w for w in re.findall(r"[^\W\d_]+", leftovers) if w.lower() not in _DATE_WORDS]
    if len(words) > 1:
        return None
    return parsed


# What joins the two ends of a span of days: "15–17 января", "15 January – 17 January", "с 15 по 17", "15 to 17".
_RANGE_JOIN = re.compile(r"(?:\d|[^\W\d_]{3,}\.?)\s*(?:[–—]|\s-\s|(?<=\d)-|\s(?:по|to|till|until|до|да|and|и|і)\s)\s*"
                         r"(\d{1,2})(?:[./]\d{1,2}[./]\d{2,4}|\s+([^\W\d_]{3,}))", re.I)


def _is_date_range(text: str) -> bool:
    """Whether a date line spans days ("15–17 января 2023 г.", "11.01 - 12.01.2023"): the dates of an event, not
    of a publication. A clock or a counter after a dash ("11.01.2023 - 14.35", "— 12 просмотров") spans nothing."""
    months = default_languages().month_numbers
    return any(m.group(2) is None or m.group(2).lower() in months for m in _RANGE_JOIN.finditer(text))


_DATE_WORDS = None  # filled below from the month names and clock words


# A skip link, a search box's placeholder, a share bar: head chrome in any of the three languages.
_NAV_LINE = re.compile(
    r"^(?:skip\s+to\s+(?:main\s+)?content|перейти\s+к\s+(?:основному\s+)?(?:содержанию|контенту)|"
    r"перайсці\s+да\s+(?:асноўнага\s+)?(?:зместу|кантэнту)|(?:search|поиск|пошук|найти|знайсці)(?:\s+\S+){0,3}|"
    r"(?:share|поделиться|падзяліцца)\s*:.*)$", re.I)


# The accessibility panel's lines by their shape, not their spelling: each site words "for the visually impaired"
# its own way ("версия для слабовидящих", "версія для слабабачных", "for people with low vision"), and a colour
# scheme is "<colour> on <colour>" in any of the three languages ("чорным па белым", "белым на чёрном", "yellow on
# black") -- a line no list holds is otherwise taken for the site's name or the headline.
_COLOUR = (r"(?:black|white|blue|light\s+blue|dark\s+blue|beige|brown|yellow|green|grey|gray|"
           r"(?:ч[её]рн|бел|син|голуб|беж|коричнев|ж[её]лт|зел[её]н|сер|чорн|сін|блакітн|карычнев|жоўт|зялён|шэр)\w{0,3})")
_ACCESSIBILITY_LINE = re.compile(
    rf"^(?:(?:(?:site\s+)?version|верси[яи]|в[еэ]рсі[яі])\s+(?:сайта\s+)?)?(?:for|для)\s+(?:the\s+|people\s+with\s+)?"
    rf"(?:visually\s+impaired|low\s+vision|слаб\w*|людей\s+с\s+\w+\s+зрени\w*|людзей\s+са?\s+\w+\s+зрокам)$|"
    rf"^{_COLOUR}\s+(?:on|на|по|па)\s+{_COLOUR}$", re.I)


def is_widget(line: str) -> bool:
    low = line.lower().strip(" :|•·.…")
    return low in WIDGET_LINES or len(low) <= 2 or bool(re.fullmatch(r"(a[+-]?\s*){1,4}|[a-zа-я]?[+-]", low)) \
        or bool(_NAV_LINE.match(low)) or bool(_ACCESSIBILITY_LINE.match(low)) or _widget_row(low)


def _widget_row(low: str) -> bool:
    """An accessibility panel flattened onto one line: widget labels with their options or letter
    buttons ("Font size A A A", "Colour scheme: on white | on blue | on black", "Размер шрифта: А А+")."""
    parts = [re.sub(r"(?:(?:^|\s+)[aа][+-]*)+$", "", part.strip(" •·.…")) for part in re.split(r"[:|]", low)]
    return parts != [low] and all(part in WIDGET_LINES for part in parts if part)


# A line that names the site's copyright ("© 2019–2026 ...", "Все права защищены, 2026"), anywhere in it.
_COPYRIGHT_MARK = re.compile(r"©|\(c\)|copyright|all rights reserved|все права защищены|усе правы абаронены", re.I)


def copyright_year(lines) -> int | None:
    """The latest year the page's copyright lines name ("© 2019–2026 ..." -> 2026): the year of the dates its
    template prints without one ("2 июня, 10:15")."""
    years = [int(y) for line in lines if line and len(line) <= 200 and _COPYRIGHT_MARK.search(line)
             for y in re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", line)]
    return max(years) if years else None


def yearless_date_line(line: str, year: int, order: str | None = None,
                       today: date | None = None) -> tuple[tuple[str, str | None], bool] | None:
    """`dated_line` of a date line written without its year ("2 июня, 10:15", "June 2nd"), in `year`, or in the
    year before when that would date it after `today` (a page saved in January with December's story). `today` is
    Minsk's date when not given: a test, or a re-ingest of an archive, names the day the page was saved."""
    for y in (year, year - 1):
        found = dated_line(written, order) if (written := with_year(line, y)) else None
        if found and not implausible_date_reason(found[0][0], today):
            return found
    return None


# A dateline leading a story's first paragraph: "MINSK, 2 June (BelTA) - ...", "Ostrovtsy, 2 June 2026. ...",
# "Островец, 2 июня 2026 г. — ...": the place, the day, maybe the agency, and a dash or a full stop.
_DATELINE = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[ -][^\W\d_][^\W\d_'’]*){0,2},\s+(?P<date>[^()—–]{4,40}?)"
                       r"\s*(?:\([^)]{2,30}\)\s*)?(?:[.:]\s|\s[-–—]\s|[–—]\s?)")


def dateline_date(paragraph: str, year: int | None = None, order: str | None = None,
                  today: date | None = None) -> tuple[str, str | None] | None:
    """The day of the dateline that leads a story's first paragraph; a dateline without its year ("MINSK,
    2 June (BelTA) -") is read in `year` (the page's copyright year) or the year before (`yearless_date_line`, as
    of `today`), else not at all."""
    m = _DATELINE.match(paragraph or "")
    if not m:
        return None
    found = date_line(m.group("date"), order)
    if found is None and year is not None and (yearless := yearless_date_line(m.group("date"), year, order, today)):
        found = yearless[0]
    return found


# What stands between two crumbs: an arrow or a bar, a slash only with spaces round it (not 14/10/2026's).
_CRUMB_SEPARATOR = re.compile(r"\s[/\\]\s|[>»→›|]")


def breadcrumb_date(text: str, order: str | None = None) -> tuple[str, str | None] | None:
    """The day a breadcrumb trail files the story under ("Home › News › 14 October 2026 › Headline"): the last
    crumb that is a whole date line. A month or a year ("June 2026") is no day."""
    found = None
    for crumb in _CRUMB_SEPARATOR.split(text):
        if any(ch.isdigit() for ch in crumb):
            found = date_line(clean_line(crumb), order) or found
    return found


def _without_date_crumbs(line: str) -> str:
    crumbs = [c.strip() for c in _CRUMB_SEPARATOR.split(line)]
    return " / ".join(c for c in crumbs if c and not date_line(c)) if len(crumbs) > 1 else line


def is_breadcrumb(line: str, head: bool = False) -> bool:
    if BREADCRUMB.match(line):
        return True
    if any(ch.isdigit() for ch in line) and (bare := _without_date_crumbs(line)) != line:
        return bare.count(" / ") >= 1 and is_breadcrumb(bare, head)  # "News / 14.10.2026 / Economy": a day's crumb
    # "News / Republic / Economy": short segments, no sentence punctuation; in the head of a page
    # one separator is enough ("News / Society"), in the body it takes two.
    separators = sum(line.count(c) for c in "/>»›→")
    if head and not looks_like_site(line):
        separators += line.count("|")  # "Новости | Спорт" under the site name
    if not _GENERIC_CRUMB.match(line) or any(ch.isdigit() for ch in line):
        return False
    return separators >= 2 or (head and separators == 1 and len(line.split()) <= 6)


SOCIAL = {"facebook", "vk", "vkontakte", "ok", "odnoklassniki", "twitter", "x", "telegram", "instagram", "youtube",
          "viber", "whatsapp", "tiktok", "linkedin", "email", "e-mail", "вконтакте", "одноклассники", "телеграм"}


def is_footer(line: str) -> bool:
    if len(line) > 200:
        return False
    bare = line.strip(" :|•·-—")
    if FOOTER_LINE.match(bare) or COPYRIGHT.match(line) or REUSE_NOTICE.match(line):
        return True
    if len(line) <= 150 and CONTACT_LINE.match(bare):
        return True
    words = re.findall(r"[\w-]+", bare.lower())
    # "Share: Facebook VK Telegram" on one line
    return bool(words) and all(w in SOCIAL or w in ("share", "поделиться", "падзяліцца") for w in words)


def _body_and_footer(lines: list[str], title: str | None) -> tuple[str, list[str]]:
    """Paragraphs of the story, and the chrome lines that were cut from it."""
    blocks: list[list[str]] = []
    current: list[str] = []
    footer: list[str] = []
    for line in lines:
        if not line:
            if current:
                blocks.append(current)
                current = []
            continue
        if RELATED_MARKER.match(line) and (blocks or current):
            footer.extend(lines[lines.index(line):])
            break
        if is_footer(line) or is_breadcrumb(line) or (len(line) <= 40 and is_widget(line)):
            footer.append(line)
            continue
        if date_line(line) and len(line) <= 60:
            footer.append(line)
            continue
        current.append(line)
    if current:
        blocks.append(current)
    # Trailing blocks of dated headlines of other stories, or of the site's name repeated above its
    # footer, are not the story (the same lines inside the story are kept: a schedule, a subhead).
    while len(blocks) > 1 and all(_is_news_list_item(x) or _is_site_name_line(x) for x in blocks[-1]):
        footer[:0] = blocks.pop()
    paragraphs: list[str] = []
    for block in blocks:
        paragraphs.extend(_block_paragraphs(block))
    if paragraphs and title and clean_title(paragraphs[0]) == title:
        paragraphs.pop(0)  # the title repeated as the first line of the body
    return "\n\n".join(paragraphs), footer


def _is_news_list_item(line: str) -> bool:
    """A date followed by a headline (no sentence end): another story in a list, not body text."""
    return bool(NEWS_LIST_ITEM.match(line)) and not re.search(r"[.!?…:]$", line) and \
        parse_date(line[:16]) is not None


def _is_site_name_line(line: str) -> bool:
    return looks_like_site(line) and len(line.split()) <= 8 and not _SENTENCE_END.search(line)


def _block_paragraphs(block: list[str]) -> list[str]:
    """A block of lines is one hard-wrapped paragraph, or one paragraph per line."""
    if len(block) == 1:
        return block
    long_lines = sum(1 for line in block if len(line) > 100 and _SENTENCE_END.search(line))
    if long_lines >= len(block) / 2:
        return block
    return [" ".join(block)]


def _first_content(lines: list[str]) -> int:
    """Index of the first line that is not head chrome (used when a page has no date line)."""
    for j, line in enumerate(lines[:HEAD_WINDOW]):
        if line and not is_widget(line) and not is_breadcrumb(line):
            # A site-name line followed by crumbs is still head chrome, and so is a short line above it that no
            # widget list knows (an accessibility option worded its own way): the story starts below the crumbs.
            nxt = j
            for _ in range(3):
                nxt = _next_text(lines, nxt + 1)
                if nxt is None or _looks_like_paragraph(lines[nxt]) or len(lines[nxt].split()) > 8:
                    break
                if is_breadcrumb(lines[nxt], head=True):
                    break
            if nxt is not None and is_breadcrumb(lines[nxt], head=True) and len(line.split()) <= 8 \
                    and not _looks_like_paragraph(line) and not date_line(line):
                continue
            return j
    return min(len(lines), HEAD_WINDOW)  # nothing but chrome


def _next_text(lines: list[str], start: int, skip_chrome: bool = False) -> int | None:
    for j in range(start, len(lines)):
        line = lines[j]
        if not line:
            continue
        if skip_chrome and (is_widget(line) or is_breadcrumb(line, head=True) or is_footer(line) or date_line(line)):
            continue
        return j
    return None


def _is_head_widget(line: str) -> bool:
    """Widget lines above the date: calendar rows, currency/weather figures without words."""
    words = re.findall(r"[^\W\d_]+", line.lower())
    if not words:
        return True  # "9 10 11 12 13 14 15", "-3 °C": a headline has words
    return all(w in _WEEKDAY_ABBR for w in words) and len(words) >= 3


def _is_headline_above_paragraph(lines: list[str], j: int | None) -> bool:
    """A short, wordy, non-chrome line directly followed by a story paragraph."""
    if j is None:
        return False
    line = lines[j]
    if _looks_like_paragraph(line) or len(line.split()) < 3 or len(line) > 250 or looks_like_site(line) \
            or is_widget(line) or is_footer(line) or is_breadcrumb(line) or _is_head_widget(line) or date_line(line):
        return False
    if re.search(r"[.:;,]$", line):
        return False
    nxt = _next_text(lines, j + 1)
    return nxt is not None and _looks_like_paragraph(lines[nxt])


def _looks_like_story_start(lines: list[str], j: int) -> bool:
    """Whether line j is already the story (a date and headline above it): then "cookies" is news."""
    return any(date_line(x) for x in lines[:j] if x)


def _looks_like_paragraph(line: str) -> bool:
    return len(line) > 150 or (len(line) > 60 and bool(re.search(r"[.!?…][»\"”)]?$", line)) and line.count(" ") >= 8)


_MAIL_HEADER = re.compile(r"^[A-Za-z][A-Za-z-]*:\s")


def _mail_head(lines: list[str]) -> tuple[str | None, tuple[str, str | None] | None]:
    """(its From line, its Date) where the page is a saved mail message -- header lines ("Return-Path:",
    "From:", "Date:", "Subject:") up to the first blank line, which are blanked here -- else (None, None).
    The From line names the site (sites.site_candidate reads its display name and host)."""
    end = next((j for j, line in enumerate(lines) if not line.strip()), len(lines))
    head = lines[:end]
    sender = next((line for line in head if line.lower().startswith("from:")), None)
    if end < 3 or sender is None or not all(_MAIL_HEADER.match(line) for line in head):
        return None, None
    date = next((line.split(":", 1)[1].strip() for line in head if line.lower().startswith("date:")), None)
    lines[:end] = [""] * end
    return sender, (parse_date(date) if date else None)


# A front-matter block at the top of a static site's page (Hugo, Jekyll: "---" or "+++", "key: value" lines,
# nested maps inline: 'params: {source: "..."}'): the key that names the publishing body names the site.
FRONT_MATTER_SITE_KEYS = ("publisher", "publisher_name", "site_name", "sitename", "organization", "organisation",
                          "source")
FRONT_MATTER_DATE_KEYS = ("date", "publishdate", "publish_date", "published", "pubdate")
_FRONT_MATTER_PAIR = re.compile(r"""(?:^|[{,]\s*)([A-Za-z_]+)\s*[:=]\s*(?:"([^"]*)"|'([^']*)'|([^,{}\[\]"']+?))\s*(?=[,}]|$)""")


def _front_matter(lines: list[str]) -> dict[str, str]:
    """The values of a page's front matter by key (lower case, nested keys too), its lines blanked: they are
    metadata, not the page's head or story. {} where the page has none."""
    if not lines or lines[0].strip() not in ("---", "+++"):
        return {}
    end = next((j for j in range(1, min(len(lines), HEAD_WINDOW)) if lines[j].strip() == lines[0].strip()), None)
    if end is None:
        return {}
    values: dict[str, str] = {}
    for line in lines[1:end]:
        for m in _FRONT_MATTER_PAIR.finditer(line.strip()):
            value = next((g for g in m.group(2, 3, 4) if g is not None), "").strip()
            if value:
                values.setdefault(m.group(1).lower(), value)
    lines[:end + 1] = [""] * (end + 1)
    return values


def looks_like_site(line: str) -> bool:
    return bool(SITE_WORDS.search(line)) and len(line) <= 120


def _site_from(lines: list[str], candidates: list[int]) -> str:
    """The site name: the site-like line nearest the crumbs, else the last candidate."""
    for j in reversed(candidates):
        if looks_like_site(lines[j]):
            return _strip_site_label(lines[j])
    # a channel's handle line or a bulletin's number under the name is no name: the line above it is
    named = [j for j in candidates if site_candidate(lines[j]) != (None, None)] or candidates
    return _strip_site_label(lines[named[-1]])


# "Official website of the ..." / "Официальный сайт ..." before the name on a site-name line.
SITE_LABEL_PREFIX = re.compile(
    r"^(?:the\s+)?official\s+(?:web\s*)?(?:site|portal|internet portal)\s+of\s+(?:the\s+)?|"
    r"^официальн(?:ый|ого)\s+(?:интернет-)?(?:сайт|портал)\s+|^афіцыйн(?:ы|ага)\s+(?:інтэрнэт-)?(?:сайт|партал)\s+",
    re.I)


def _strip_site_label(line: str) -> str:
    # "Osipovichi Regional Executive Committee | Official website" -> the name.
    parts = re.split(r"\s+[|—–-]\s+", line)
    if len(parts) > 1:
        # the part that names an authority ("Новости | Официальный сайт Жлобинского райисполкома"),
        # else the first that is not only "Official website"
        labelled = [p for p in parts if SITE_LABEL_PREFIX.match(p.strip()) and len(SITE_LABEL_PREFIX.sub("", p)) > 3]
        named = [p for p in parts if not re.search(r"official (web)?site|официальный сайт|афіцыйны сайт", p, re.I)]
        authority = [p for p in named if looks_like_site(p)]
        if authority or labelled or named:
            line = (authority or labelled or named)[0]
    # "Official website of the Mozyr District Executive Committee" -> the name.
    stripped = SITE_LABEL_PREFIX.sub("", line.strip())
    return stripped.strip() if len(stripped) >= 3 else line.strip()


def site_from_copyright(line: str) -> str | None:
    name = COPYRIGHT.sub("", line)
    name = re.sub(r"^[\s©.,:]*(?:\(c\))?\s*(?:\d{4}(?:\s*[-–—]\s*\d{4})?)?[\s,.:]*", "", name, flags=re.I)
    name = re.split(r"[.|]\s|\s[-–—·•]\s|,\s*all rights|\.\s*all rights", name, maxsplit=1, flags=re.I)[0]
    name = re.sub(r"[,\s]+\d{4}(?:\s*[-–—]\s*\d{4})?\s*(?:г|гг|год)?\.?$", "", name)  # "Site, 2026" (the year after)
    name = name.strip(" .,")
    return name if 3 <= len(name) <= 120 and not re.search(r"all rights|права|правы", name, re.I) and not is_address(name) \
        else None


def _date_words() -> set[str]:
    languages = default_languages()
    words = {w for lang in languages for w in (*lang.year_words, *lang.clock_words)}
    # weekdays stay on the line for parse_date, which reads an ambiguous 03/02/2023 as they say
    return set(languages.month_numbers) | set(languages.weekday_numbers) | words | {
        "am", "pm", "st", "nd", "rd", "th", "t", "utc", "msk",
        "gmt", "ut", "z", "cet", "cest", "eet", "eest"}  # zones after a clock


_DATE_WORDS = _date_words()
