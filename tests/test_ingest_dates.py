"""A page's publication date whatever shape its CMS prints it in: the signals a careful reader trusts, and the
dates on a page that are not its publication (another story's, an event's, a printout's, the last edit's).

Every page here is invented; each class is tested on at least two members, in English, Russian and Belarusian.
"""

import lxml.html
import pytest

from searchsvc.entities.sites import SiteRegistry
from searchsvc.ingest.html import _heading_element, parse_html_page
from searchsvc.ingest.text import date_line, dated_line, parse_text_page

SITES = SiteRegistry.load()
TITLE = "Farms of the district prepare for the spring sowing campaign"
BODY = "".join(f"<p>{s}</p>" for s in (
    "The district executive committee held a meeting on the preparation of farms for the spring sowing campaign.",
    "Specialists discussed the supply of fuel, seeds and fertilizers, and the repair of tractors and harvesters.",
    "Particular attention was paid to labour safety and to the training of young machine operators."))
TEASER = ("<div class='news-item'><time datetime='2026-11-30'>30.11.2026</time>"
          "<a href='/n/1'>Pupils of the rural school planted an apple orchard</a></div>")


def page(head="", before="", after="", sidebar="", body=BODY):
    """An invented article page: the sidebar first, then the headline with what stands before and after it."""
    return (f"<html><head><title>{TITLE} | Krasny Bereg Village Council</title>{head}</head><body>{sidebar}"
            f"<div class='content'>{before}<h1>{TITLE}</h1>{after}{body}</div>"
            "<footer>© 2026 Krasny Bereg Village Council</footer></body></html>")


def published(html):
    fields = parse_html_page(html, sites=SITES)
    return fields.published


# Another story's date: a teaser in a sidebar or under the story, whatever markup dates it for machines.
@pytest.mark.parametrize("shape", [
    dict(sidebar=f"<div class='col-left'><h3>Latest news</h3>{TEASER}</div>", after="<div class='date'>11.01.2023</div>"),
    dict(sidebar=f"<div class='col-left'>{TEASER}</div>", body=BODY + "<p class='date'>Published 11.01.2023</p>"),
    dict(sidebar="<div itemscope itemtype='https://schema.org/NewsArticle'><meta itemprop='datePublished' "
                 "content='2026-11-30'><a itemprop='url' href='/n/2'>A new bus route links three villages</a></div>",
         after="<span itemprop='datePublished' content='2023-01-11'>11 January 2023</span>"),
    dict(after="<div class='date'>11 января 2023</div>",
         body=BODY + "<ul><li><time datetime='2023-01-05'>05.01.2023</time> <a href='/n/3'>Veterans of the "
                     "district were congratulated on the holiday</a></li></ul>"),
], ids=["sidebar-time-before-headline", "sidebar-time-date-under-story", "microdata-of-another-item",
        "story-list-under-body"])
def test_another_storys_date_is_not_the_pages(shape):
    assert published(page(**shape)) == "2023-01-11"


# The page's own story nested in a WebPage: its datePublished, not the WebPage's edit.
@pytest.mark.parametrize("ld", [
    '{"@context":"https://schema.org","@type":"WebPage","dateModified":"2023-02-01",'
    '"mainEntity":{"@type":"NewsArticle","datePublished":"2023-01-11T10:00:00+03:00"}}',
    '{"@graph":[{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","datePublished":"2026-11-30"}]},'
    '{"@type":"WebPage","mainEntity":{"@type":"Article","datePublished":"2023-01-11T07:00:00Z"}}]}',
])
def test_json_ld_story_under_a_web_page(ld):
    fields = parse_html_page(page(head=f'<script type="application/ld+json">{ld}</script>'), sites=SITES)
    assert (fields.published, fields.published_time) == ("2023-01-11", "10:00")
    assert fields.date_source == "JSON-LD datePublished"


# A date labelled as an event's, a printout's, a photo's or a deadline is never the publication.
@pytest.mark.parametrize("labelled", [
    "<div class='event-date'>Дата проведения: 15.01.2023</div>",
    "<p class='info'>Дата мерапрыемства: 15 студзеня 2023 г.</p>",
    "<div class='print-info'>Printed on 07.12.2026</div>",
    "<div class='print-info'>Дата печати: 07.12.2026</div>",
    "<figure><img src='a.jpg'><figcaption>Фота: 05.01.2023</figcaption></figure>",
    "<p class='note'>Deadline: 20 January 2023</p>",
])
def test_a_date_labelled_as_something_else_is_not_the_publication(labelled):
    assert published(page(after=labelled + "<div class='date'>11.01.2023</div>")) == "2023-01-11"
    assert published(page(before=labelled, after="<div class='date'>11.01.2023</div>")) == "2023-01-11"


@pytest.mark.parametrize("line", ["Дата проведения: 15.01.2023", "Event date: 15 January 2023",
                                  "Час правядзення: 15.01.2023 10:00", "Фото: 05.01.2023"])
def test_labelled_non_publication_lines_are_no_date_lines(line):
    assert dated_line(line) is None and date_line(line) is None


# One line with both the last edit and the publication: the publication, whichever comes first.
@pytest.mark.parametrize("line", [
    "Обновлено: 20.01.2023 | Опубликовано: 11.01.2023",
    "Опубликовано: 11.01.2023, обновлено: 20.01.2023 14:00",
    "Updated 20 January 2023, first published 11 January 2023",
    "Абноўлена: 20.01.2023 · Дата публікацыі: 11.01.2023",
])
def test_a_line_with_update_and_publication_gives_the_publication(line):
    assert dated_line(line) == (("2023-01-11", None), False)
    assert published(page(after=f"<div class='date'>{line}</div>")) == "2023-01-11"


def test_a_lone_update_line_is_the_last_edit():
    assert dated_line("Last updated: 20.01.2023") == (("2023-01-20", None), True)
    assert dated_line("The notice was posted on 11 January 2023") is None  # a sentence, not a date line


# A span of days is an event's dates, not a publication date.
@pytest.mark.parametrize("span", ["15–17 января 2023 г.", "с 15 по 17 января 2023 года", "from 15 to 17 January 2023",
                                  "15 January – 17 January 2023", "15.01.2023 - 17.01.2023", "15-17 сакавіка 2023"])
def test_a_span_of_days_is_no_publication_date(span):
    assert date_line(span) is None
    assert published(page(after=f"<p class='event'>{span}</p><div class='date'>11.01.2023</div>")) == "2023-01-11"


@pytest.mark.parametrize("line,iso,clock", [("11.01.2023 - 14:35", "2023-01-11", "14:35"),
                                            ("11.01.2023 — 12 просмотров", "2023-01-11", None),
                                            ("Опубликовано 11.01.2023 - 14.35", "2023-01-11", "14:35")])
def test_a_dash_before_a_clock_or_a_counter_spans_nothing(line, iso, clock):
    assert date_line(line) == (iso, clock)


# A date set in parts (a big day over a month and year): the parts read apart.
@pytest.mark.parametrize("parts", [
    "<div class='date'><span class='d'>11</span><span class='m'>January</span><span class='y'>2023</span></div>",
    "<div class='news-date'><div class='day'>11</div><div class='month'>января 2023</div></div>",
    "<div class='date'><b>11</b><i>студзеня</i><i>2023</i></div>",
])
def test_a_date_set_in_parts(parts):
    assert published(page(after=parts)) == "2023-01-11"


def test_a_drupal_byline_before_the_date():
    assert date_line("Submitted by editor on 11 January 2023 - 14:35") == ("2023-01-11", "14:35")
    assert date_line("Posted by admin on 11.01.2023") == ("2023-01-11", None)


def test_the_date_source_is_recorded():
    meta = '<meta property="article:published_time" content="2023-01-11T14:35:00+03:00">'
    assert parse_html_page(page(head=meta), sites=SITES).date_source == "meta article:published_time"
    visible = parse_html_page(page(after="<div class='date'>11.01.2023</div>"), sites=SITES)
    assert (visible.published, visible.date_source) == ("2023-01-11", "a date printed next to the headline")
    text = parse_text_page("Krasny Bereg Village Council\nMain / News\n11.01.2023\n\n" + TITLE + "\n\n"
                           "The district executive committee held a meeting on the preparation of farms for the "
                           "spring sowing campaign this week, with all the chairmen of the farms present.")
    assert (text.published, text.date_source) == ("2023-01-11", "the date line at the page's head")


# A relative visible date ("9 months ago", "вчера") with the machine date beside it in a datetime attribute.
@pytest.mark.parametrize("element", [
    "<amp-timeago width='160' height='20' datetime='2023-01-11T14:35:00+03:00' layout='fixed'>9 months ago"
    "</amp-timeago>",
    "<span class='post-date' datetime='2023-01-11T14:35:00+03:00'>вчера в 14:35</span>",
    "<time datetime='2023-01-11T14:35:00+03:00'>учора</time>",
])
def test_a_relative_date_with_its_machine_date(element):
    html = page(after=element).replace("<div class='content'>", "<article class='amp-article'>").replace(
        "</div><footer>", "</article><footer>")
    fields = parse_html_page(html, sites=SITES)
    assert (fields.published, fields.published_time) == ("2023-01-11", "14:35")


def test_more_metadata_names_of_the_publication():
    for name in ("og:pubdate", "dc.date.publication", "article:post_date"):
        fields = parse_html_page(page(head=f'<meta name="{name}" content="2023-01-11T14:35:00+03:00">'), sites=SITES)
        assert (fields.published, fields.date_source) == ("2023-01-11", f"meta {name}")


def test_the_headline_in_an_h3_under_a_title_that_kept_its_section():
    # no h1/h2, and a title that kept the <title>'s section and site name: the date beside the h3 it starts with
    tail = "Новости | Специализированная детско-юношеская школа олимпийского резерва"
    html = (f"<html><head><title>{TITLE} | {tail}</title></head><body>"
            f"<div class='col-left'><span class='date'>30.11.2026</span> <a href='/n/4'>Pupils of the rural "
            f"school planted an apple orchard</a></div><div class='news-detail'><span class='news-date-time'>"
            f"11.01.2023</span><h3>{TITLE}</h3>{BODY}</div></body></html>")
    fields = parse_html_page(html, sites=SITES)
    assert (fields.published, fields.date_source) == ("2023-01-11", "a date printed next to the headline")
    tree = lxml.html.document_fromstring(html)
    for title in (f"{TITLE} - News", f"{TITLE} | Навіны"):
        assert _heading_element(tree, title).tag == "h3"


# A numeric date that reads both ways (03/02/2023) is read as the weekday before it says; else day-first.
@pytest.mark.parametrize("line,iso", [
    ("Thu, 03/02/2023 - 14:35", "2023-03-02"),  # Drupal's month-first default: 3 February 2023 was a Friday
    ("Fri, 03/02/2023 - 14:35", "2023-02-03"),
    ("Submitted by editor on Mon, 07/03/2023 - 09:15", "2023-07-03"),  # 7 March 2023 was a Tuesday
    ("Submitted by editor on Tue, 07/03/2023 - 09:15", "2023-03-07"),
    ("чт, 03.02.2023", "2023-03-02"),
    ("Пятніца, 03.02.2023", "2023-02-03"),
    ("03/02/2023", "2023-02-03"),
])
def test_a_weekday_settles_day_and_month(line, iso):
    assert date_line(line)[0] == iso


@pytest.mark.parametrize("line", ["28 декабря, 10:15", "28 снежня", "December 28"])
def test_a_day_without_its_year_is_in_the_copyright_year_unless_that_is_after_the_day_the_page_was_saved(line):
    """The clock is passed in: the same page read on another day dates the same way in every run."""
    from datetime import date

    from searchsvc.ingest.text import dateline_date, yearless_date_line
    # saved in January under a footer already showing the new year: December's story is last year's
    assert yearless_date_line(line, 2027, today=date(2027, 1, 10))[0][0] == "2026-12-28"
    # saved at the end of December: the copyright year's
    assert yearless_date_line(line, 2027, today=date(2027, 12, 30))[0][0] == "2027-12-28"
    dateline = f"KLETSK, {line.split(',')[0]} (BelTA) - The district farm opened a dairy complex near the village."
    assert dateline_date(dateline, 2027, today=date(2027, 1, 10))[0] == "2026-12-28"
    assert dateline_date(dateline, 2027, today=date(2027, 12, 30))[0] == "2027-12-28"


@pytest.mark.parametrize("kind, text", [
    ("html", f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><div class='date'>28 December, 10:15</div>"
             f"{BODY}<footer>© 2019-2027 Kletsk District Executive Committee</footer></body></html>"),
    ("html", f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><p>KLETSK, 28 December (BelTA) - The "
             f"district executive committee held a meeting on the preparation of farms for the sowing.</p>{BODY}"
             f"<footer>© 2027 Kletsk District Executive Committee</footer></body></html>"),
    ("text", "Клецкий районный исполнительный комитет\n28 декабря, 10:15\nХозяйства района готовятся к весеннему севу\n\n"
             "Районный исполнительный комитет провёл совещание о подготовке хозяйств к весеннему севу. Специалисты "
             "обсудили поставки топлива, семян и удобрений.\n\n© 2019–2027 Клецкий райисполком\n"),
])
def test_a_page_read_on_a_given_day_dates_a_day_without_its_year_as_of_that_day(kind, text):
    """The page parsers take the day the page was saved: the same page dates the same way in every run."""
    from datetime import date

    parse = parse_html_page if kind == "html" else parse_text_page
    assert parse(text, today=date(2027, 1, 10)).published == "2026-12-28"
    assert parse(text, today=date(2027, 12, 30)).published == "2027-12-28"
