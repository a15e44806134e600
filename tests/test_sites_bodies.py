"""Sites named from their parts (issue 14): a body kind (executive committee, council of deputies, a
committee's department, a district administration, a village council) x a territory of Belarus (any
oblast, district, town, city district, village of our data) x language x case or adjective form, read
from whatever the page prints (a header, a logo's alt text, a footer's copyright or home link, a URL
host, a JSON Lines field no alias names). One body is one facet value in English whatever the page's
language; a widget line (search box, share bar, "News of the village council") is never a site."""

from __future__ import annotations

import json

import pytest

from searchsvc.entities.places import PlaceRegistry
from searchsvc.entities.regions import regions
from searchsvc.entities.sites import is_boilerplate
from searchsvc.ingest import ingest_paths


@pytest.mark.parametrize("written, canonical", [
    # a town's own committee besides its district's, in any language and form
    ("Солигорский горисполком", "Soligorsk City Executive Committee"),
    ("Официальный сайт Солигорского городского исполнительного комитета", "Soligorsk City Executive Committee"),
    ("Салігорскі гарадскі выканаўчы камітэт", "Soligorsk City Executive Committee"),
    ("Soligorsk City Executive Committee", "Soligorsk City Executive Committee"),
    ("Salihorsk City Executive Committee", "Soligorsk City Executive Committee"),
    ("Солигорский райисполком", "Soligorsk District Executive Committee"),
    ("Мозырский горисполком", "Mozyr City Executive Committee"),
    # councils of deputies at every level
    ("Официальный сайт Гродненского областного Совета депутатов", "Grodno Oblast Council of Deputies"),
    ("Віцебскі абласны Савет дэпутатаў", "Vitebsk Oblast Council of Deputies"),
    ("Gomel Regional Council of Deputies", "Gomel Oblast Council of Deputies"),
    ("Мозырский районный Совет депутатов", "Mozyr District Council of Deputies"),
    ("Бобруйский горсовет", "Bobruisk City Council of Deputies"),
    ("Ратомского сельского Совета депутатов", "Ratomka Village Council of Deputies"),
    # departments of a committee, named as the organization facet names them, by the level's structure: an
    # oblast's education, health, sports or ideology department is its main department ("Main" or not)
    ("Управление образования Витебского облисполкома", "Main Department of Education of the Vitebsk Oblast Executive Committee"),
    ("Department of Education of the Vitebsk Oblast Executive Committee",
     "Main Department of Education of the Vitebsk Oblast Executive Committee"),
    ("Главное управление по сельскому хозяйству и продовольствию Брестского облисполкома",
     "Main Department of Agriculture and Food of the Brest Oblast Executive Committee"),
    ("Упраўленне культуры Магілёўскага аблвыканкама", "Culture Department of the Mogilev Oblast Executive Committee"),
    ("Главное управление по физической культуре, спорту и туризму Гродненского облисполкома",
     "Main Department of Physical Culture, Sports and Tourism of the Grodno Oblast Executive Committee"),
    ("Комитет по образованию Мингорисполкома", "Education Committee of the Minsk City Executive Committee"),
    ("Камітэт па ахове здароўя Мінгарвыканкама", "Health Committee of the Minsk City Executive Committee"),
    ("Committee for Health of the Minsk City Executive Committee", "Health Committee of the Minsk City Executive Committee"),
    # an oblast's committees are "Committee on ...", whatever order the page writes
    ("Комитет по сельскому хозяйству и продовольствию Могилевского облисполкома",
     "Committee on Agriculture and Food of the Mogilev Oblast Executive Committee"),
    ("Agriculture and Food Committee of the Brest Oblast Executive Committee",
     "Committee on Agriculture and Food of the Brest Oblast Executive Committee"),
    ("Камітэт па працы, занятасці і сацыяльнай абароне Мінскага аблвыканкама",
     "Committee on Labour, Employment and Social Protection of the Minsk Oblast Executive Committee"),
    ("ГАЛОЎНАЕ ЎПРАЎЛЕННЕ ПА АХОВЕ ЗДАРОЎЯ МАГІЛЁЎСКАГА АБЛВЫКАНКАМА",
     "Main Department of Health of the Mogilev Oblast Executive Committee"),
    ("MAIN DEPARTMENT OF SPORTS AND TOURISM OF THE BREST OBLAST EXECUTIVE COMMITTEE",
     "Main Department of Sports and Tourism of the Brest Oblast Executive Committee"),
    ("Main Department of Education, Vitebsk Oblast Executive Committee",
     "Main Department of Education of the Vitebsk Oblast Executive Committee"),
    ("Галоўнае ўпраўленне ідэалагічнай работы, культуры і па справах моладзі Гродзенскага аблвыканкама",
     "Main Department of Ideological Work, Culture and Youth Affairs of the Grodno Oblast Executive Committee"),
    # a district's departments are named field first, as earlier sets have them
    ("Отдел по образованию Мостовского райисполкома", "Education Department of the Mosty District Executive Committee"),
    # the capital's and its oblast's fused short names
    ("Официальный сайт Мингорисполкома", "Minsk City Executive Committee"),
    ("Мінаблвыканкам", "Minsk Oblast Executive Committee"),
    # district administrations of the cities: the adjective agreeing with "administration", the district as a header
    ("Октябрьская районная администрация г. Гродно", "Oktyabrsky District Administration of Grodno"),
    ("Официальный сайт Октябрьской районной администрации г. Гродно", "Oktyabrsky District Administration of Grodno"),
    ("Савецкі раён г. Гомеля | адміністрацыя", "Sovetsky District Administration of Gomel"),
    # village councils: the council's site is its executive committee's; a district after it is its address
    ("Ratomka village council, Minsk District", "Ratomka Village Executive Committee"),
    ("Mikhanovichi Village Executive Committee (Minsk District)", "Mikhanovichi Village Executive Committee"),
    ("Міханавіцкі сельсавет Мінскага раёна", "Mikhanovichi Village Executive Committee"),
    ("Гатовский сельисполком", "Gatovo Village Executive Committee"),
])
def test_a_body_named_from_its_parts(sites, written, canonical):
    assert sites.canonical(written) == canonical


def test_a_towns_own_committee_lies_in_its_oblast(sites):
    places = PlaceRegistry.load()
    site = sites.canonical("Мозырский горисполком")
    assert [places.label(r) for r in regions(site, [], places, sites)] == ["Gomel Oblast"]
    dept = sites.canonical("Упраўленне культуры Магілёўскага аблвыканкама")
    assert [places.label(r) for r in regions(dept, [], places, sites)] == ["Mogilev Oblast"]


@pytest.mark.parametrize("written", [
    "Лидский областной Совет депутатов",  # Lida is no oblast centre
    "Ленинский горисполком",  # a city district's adjective is no town
    "Управление образования",  # a department of no one
])
def test_no_body_for_a_territory_of_another_level(sites, written):
    assert sites.get(written) is None


@pytest.mark.parametrize("host, site", [
    ("sov.gomel.gov.by", "Sovetsky District Administration of Gomel"),
    ("gomel-sov.gov.by", "Sovetsky District Administration of Gomel"),
    ("pervomvitebsk.gov.by", "Pervomaisky District Administration of Vitebsk"),
    ("adm-partizansky.gov.by", "Partizansky District Administration of Minsk"),
    ("zhd.vitebsk.by", "Zheleznodorozhny District Administration of Vitebsk"),
    ("ratomka.minsk-raion.gov.by", "Ratomka Village Executive Committee"),
    # the committee shapes stay as they were
    ("gomelrik.gov.by", "Gomel District Executive Committee"),
    ("oktyabrsky.gomel-region.gov.by", "Oktyabrsky District Executive Committee"),
])
def test_a_city_district_or_village_host(sites, host, site):
    assert sites.for_host(host).name == site


@pytest.mark.parametrize("widget", ["Поиск по сайту...", "Пошук па сайце…", "Search the site", "Навіны сельсавета",
                                    "Новости района", "Сайт администрации"])
def test_widgets_and_generic_lines_are_no_site(sites, widget):
    assert is_boilerplate(widget) and sites.canonical(widget) is None


def _ingest(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (result,) = ingest_paths([path], extract_entities=False).results
    assert not result.rejected, result.reason
    return result.article


STORY = ("Жители агрогородка вышли на субботник и высадили двести молодых лип вдоль центральной улицы. "
         "Работы продолжатся в следующую субботу, к ним присоединятся школьники и ветераны.")


def test_a_text_page_whose_head_is_skip_link_search_box_and_share_bar(tmp_path):
    article = _ingest(tmp_path, "page.txt",
                      "Перейти к основному содержанию\nПоиск по сайту...\nПоделиться: ВК | ОК | Telegram\n"
                      "Администрация Советского района г. Гомеля\n12.05.2026\nГлавная › Новости › Общество\n\n"
                      f"Субботник в Советском районе\n\n{STORY}\n")
    assert article.site == "Sovetsky District Administration of Gomel"
    assert article.title == "Субботник в Советском районе"


def test_a_text_page_named_only_by_its_footer_copyright_with_the_year_after(tmp_path):
    article = _ingest(tmp_path, "page.txt",
                      f"Новости сельсовета\n12.05.2026\n\nСубботник в Михановичах\n\n{STORY}\n\n"
                      "© Михановичский сельский исполнительный комитет, 2026. Все права защищены.\n")
    assert article.site == "Mikhanovichi Village Executive Committee"


@pytest.mark.parametrize("chrome", [
    '<div class="top"><a href="/"><img src="/i/gerb.png" alt="Мозырский городской исполнительный комитет"></a></div>',
    '<div class="bottom-bar"><a href="https://sov.gomel.gov.by/">sov.gomel.gov.by</a></div>'.replace(
        "bottom-bar", "footer"),
])
def test_an_html_page_named_only_by_its_emblem_or_its_footers_home_link(tmp_path, chrome):
    article = _ingest(tmp_path, "page.html",
                      f"<html><head><title>Субботник в агрогородке</title></head><body>{chrome}"
                      f"<span class='date'>12.05.2026</span><h1>Субботник в агрогородке</h1><p>{STORY}</p>"
                      f"</body></html>")
    assert article.site in ("Mozyr City Executive Committee", "Sovetsky District Administration of Gomel")
    assert ("Мозыр" in chrome) == (article.site == "Mozyr City Executive Committee")


@pytest.mark.parametrize("record, site, day", [
    ({"nid": 7, "src_name": "Ratomka village council, Minsk District", "updated_local": "2026-05-20 09:00",
      "published_local": "2026-05-12 11:20", "caption": "Субботник в Ратомке", "text": STORY},
     "Ratomka Village Executive Committee", "2026-05-12"),
    ({"ресурс": "Октябрьская районная администрация г. Гродно", "дата_изменения": "2026-05-20",
      "posted_at": "12.05.2026", "название": "Субботник", "содержание": STORY},
     "Oktyabrsky District Administration of Grodno", "2026-05-12"),
    ({"origin": "https://pervomvitebsk.gov.by/ru/news/5/", "date_changed": "2026-05-20T10:00:00+03:00",
      "when_created": "2026-05-12T10:00:00+03:00", "lead": "Субботник в Первомайском районе Витебска", "full_text": STORY},
     "Pervomaisky District Administration of Vitebsk", "2026-05-12"),
])
def test_a_json_lines_record_whose_keys_no_alias_names(tmp_path, record, site, day):
    article = _ingest(tmp_path, "export.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    assert (article.site, article.published) == (site, day)


@pytest.mark.parametrize("dates", [
    "<span class='updated'>20.05.2026</span><span class='published'>12.05.2026</span>",
    "<div class='entry-meta'><span class='date-modified'>20 мая 2026</span> <span class='date'>12 мая 2026</span></div>",
])
def test_a_visible_date_its_cms_classes_as_the_last_edit_is_not_the_publication(tmp_path, dates):
    article = _ingest(tmp_path, "page.html",
                      f"<html><head><title>Субботник</title></head><body><h1>Субботник в агрогородке</h1>{dates}"
                      f"<p>{STORY}</p></body></html>")
    assert article.published == "2026-05-12"


@pytest.mark.parametrize("candidate, url, site", [
    # a mail header is no name: its display name is (RFC 2047 encoded or not), else its sender's host
    ('From: "Gomel Oblast Council of Deputies" <news@example.org>', None, "Gomel Oblast Council of Deputies"),
    ('From: "=?utf-8?B?0JzQsNC30YvRgNGB0LrRliDRgNCw0ZHQvdC90Ysg0KHQsNCy0LXRgiDQtNGN0L/Rg9GC0LDRgtCw0Z4=?=" <a@b.by>',
     None, "Mozyr District Council of Deputies"),
    # a host or URL is evidence to parse, not a name; a council's own host names the town's council where it has one
    ("mozyr-sovet.gov.by", None, "Mozyr City Council of Deputies"),
    ("https://krichev-sovet.gov.by", None, "Krichev City Council of Deputies"),
    # a front-matter key, a channel's handle, a bulletin's number: no name, the URL's host decides
    ('title: "Ледовая арена открылась в Кричеве"', "https://krichev.gov.by/news/1", "Krichev District Executive Committee"),
    ("@krichevnews · 1,2 тыс. подписчиков", "https://krichev.gov.by/news/1", "Krichev District Executive Committee"),
    ("Інфармацыйны бюлетэнь № 7", "https://krichev.gov.by/news/1", "Krichev District Executive Committee"),
])
def test_a_candidate_that_is_no_site_name_is_never_the_site(sites, candidate, url, site):
    assert sites.resolve(candidate, url) == site
