"""The site registry: every executive committee of Belarus (6 oblasts, Minsk, 118 districts and the
cities with a committee of their own) is one facet value whatever its page calls it -- in English,
Russian or Belarusian, in full, short or genitive form, inside a whole <title> -- or, for a page or
JSON Lines record with only a URL, whatever host shape its site uses."""

from __future__ import annotations

import json

import pytest

from searchsvc.entities.places import BELARUS_FILE, rows
from searchsvc.entities.sites import is_boilerplate
from searchsvc.ingest import ingest_paths


def test_every_oblast_district_and_the_capital_has_a_site_with_three_languages(sites):
    levels = {(s.level, s.place) for s in sites}
    districts = [en for kind, _o, en, *_ in rows(BELARUS_FILE) if kind == "district"]
    assert len(districts) == 118
    assert all(("district", d) in levels for d in districts)
    assert {("oblast", o) for o in ("Brest", "Vitebsk", "Gomel", "Grodno", "Minsk", "Mogilev")} <= levels
    assert ("city", "Minsk") in levels
    assert all(set(s.labels) == {"en", "ru", "be"} and s.labels["ru"] != s.labels["be"] for s in sites)


def test_every_name_of_every_site_maps_to_its_english_name(sites):
    wrong = [(name, s.name) for s in sites for name in (*s.labels.values(), *s.aliases)
             if sites.canonical(name) != s.name]
    assert wrong == []


@pytest.mark.parametrize("written, canonical", [
    ("Официальный сайт Оршанского районного исполнительного комитета", "Orsha District Executive Committee"),
    ("Главная | Официальный сайт Оршанского райисполкома", "Orsha District Executive Committee"),
    ("Новости – Официальный сайт Глубокского райисполкома", "Glubokoye District Executive Committee"),
    ("Афіцыйны сайт Глыбоцкага райвыканкама", "Glubokoye District Executive Committee"),
    ("Афіцыйны сайт Лідскага раённага выканаўчага камітэта", "Lida District Executive Committee"),
    ("Пінскі гарвыканкам", "Pinsk City Executive Committee"),
    ("Official website of the Orsha District Executive Committee - News", "Orsha District Executive Committee"),
    ("Orsha Raion Executive Committee", "Orsha District Executive Committee"),
    ("the Glubokoe district executive committee", "Glubokoye District Executive Committee"),
    ("Hlybokaye Raion Executive Committee", "Glubokoye District Executive Committee"),
    ("Khoyniki District Executive Committee", "Khoiniki District Executive Committee"),
])
def test_russian_belarusian_and_variant_names_map_to_the_canonical_english_one(sites, written, canonical):
    assert sites.canonical(written) == canonical


@pytest.mark.parametrize("boilerplate", ["Official website", "Official Internet portal", "Официальный сайт",
                                         "Официальный интернет-портал", "Афіцыйны сайт", "Главная", "Home"])
def test_boilerplate_is_never_a_site(sites, boilerplate):
    assert is_boilerplate(boilerplate) and sites.canonical(boilerplate) is None


@pytest.mark.parametrize("heading", ["PRESS RELEASE No. 12/2025", "Press release", "News release",
                                     "Пресс-релиз № 8 от 03.05.2025", "Прэс-рэліз", "Информационное сообщение",
                                     "Announcement No. 4", "Аб'ява"])
def test_a_documents_kind_heading_is_never_a_site(heading):
    """A press release's or notice's heading says what the page is, not whose it is."""
    assert is_boilerplate(heading)


@pytest.mark.parametrize("name", ["Bulletin Group", "Press Release Agency of Gomel", "CJSC HORIZONT"])
def test_a_name_that_merely_starts_like_a_document_kind_stays_a_name(name):
    assert not is_boilerplate(name)


def test_a_press_release_heading_under_the_companys_name_is_not_taken_for_the_site(tmp_path):
    page = tmp_path / "release.txt"
    page.write_text("PRESS RELEASE No. 12/2025\n\n03.05.2025\n\nGOMEL GLASS WORKS SIGNS A CONTRACT IN VIETNAM\n\n"
                    "The Gomel glass works has signed a contract with a Vietnamese distributor, director Ivan Lapko "
                    "said. The first batch of glassware leaves Gomel in June and more will follow in autumn.\n",
                    encoding="utf-8")
    result = ingest_paths([page], extract_entities=False).results[0].to_json()
    assert result["site"] != "PRESS RELEASE No. 12/2025" and "release" not in (result["site"] or "").lower()


@pytest.mark.parametrize("host, site", [
    ("orsha.vitebsk-region.gov.by", "Orsha District Executive Committee"),
    ("braslav.vitebsk-region.gov.by", "Braslav District Executive Committee"),
    ("zhlobin.gov.by", "Zhlobin District Executive Committee"),
    ("www.hoiniki.gov.by", "Khoiniki District Executive Committee"),
    ("hlybokaye.gov.by", "Glubokoye District Executive Committee"),
    ("gomelrik.gov.by", "Gomel District Executive Committee"),
    ("mogilev-raion.gov.by", "Mogilev District Executive Committee"),
    ("rik.lida.gov.by", "Lida District Executive Committee"),
    ("pinsk.gov.by", "Pinsk City Executive Committee"),  # a city with its own committee
    ("minsk.gov.by", "Minsk City Executive Committee"),
    ("vitebsk-region.gov.by", "Vitebsk Oblast Executive Committee"),
    ("news.vitebsk-region.gov.by", "Vitebsk Oblast Executive Committee"),
    ("region.grodno.by", "Grodno Oblast Executive Committee"),
    ("city.brest.by", "Brest City Executive Committee"),
])
def test_a_host_names_its_committee(sites, host, site):
    assert sites.for_host(host).name == site


@pytest.mark.parametrize("host", ["lida.by", "minsknews.by", "belta.by", "news.tut.by", "example.gov.by",
                                  "president.gov.by", "sb.by"])
def test_a_host_that_is_no_committees_names_none(sites, host):
    assert sites.for_host(host) is None


def test_every_committee_is_found_from_the_usual_host_shapes(sites):
    """Coverage: each of the 118 districts, 6 oblasts, Minsk and the other city committees from a
    host made of its place name in the shapes the regional sites use."""
    missed = []
    for s in sites:
        if s.level not in ("oblast", "city", "district"):
            continue  # (the district administrations of the cities: no committee host shapes)
        slug = s.place.lower().replace(" ", "")
        region = f"{s.oblast.rsplit(':', 1)[1]}-region.gov.by" if s.oblast else "gov.by"
        shapes = {"oblast": [f"{slug}-region.gov.by"],
                  "city": [f"{slug}.gov.by"] if s.place != "Minsk" else ["minsk.gov.by"],
                  "district": [f"{slug}rik.gov.by", f"{slug}-raion.gov.by", f"rik.{slug}.gov.by"]}[s.level]
        if s.level == "district" and ("city", s.place) not in {(x.level, x.place) for x in sites}:
            shapes += [f"{slug}.gov.by", f"{slug}.{region}"]
        missed += [(host, s.name) for host in shapes if (sites.for_host(host) or s).name != s.name
                   or sites.for_host(host) is None]
    assert missed == []


def test_a_record_with_only_a_url_gets_its_committee(tmp_path):
    export = tmp_path / "export.jsonl"
    export.write_text(json.dumps({"url": "https://orsha.vitebsk-region.gov.by/ru/news/flax-2024/",
                                  "title": "Flax harvest completed", "published": "2024-09-12",
                                  "body": "The flax harvest in the Orsha district was completed ahead of "
                                          "schedule. Farms gathered 5,200 tonnes of flax fibre this year."}) + "\n",
                      encoding="utf-8")
    report = ingest_paths([export], extract_entities=False)
    assert [a.site for a in report.articles] == ["Orsha District Executive Committee"]


def test_a_whole_title_on_a_windows_1251_page_gives_the_english_name(tmp_path):
    page = tmp_path / "news.html"
    page.write_bytes((
        "<html><head><meta charset='windows-1251'><title>Уборка льна завершена | Официальный сайт "
        "Оршанского районного исполнительного комитета</title></head><body><h1>Уборка льна завершена</h1>"
        "<p>12.09.2024</p><p>В Оршанском районе завершили уборку льна. Хозяйства района собрали 5200 тонн "
        "льноволокна, что на десять процентов больше, чем в прошлом году.</p></body></html>").encode("cp1251"))
    report = ingest_paths([page], extract_entities=False)
    assert [a.site for a in report.articles] == ["Orsha District Executive Committee"]


@pytest.mark.parametrize("title, header, site", [
    ("Press centre :: Official Internet portal of the Mogilev Oblast Executive Committee", "Official Internet portal",
     "Mogilev Oblast Executive Committee"),
    ("Новости — Лидский райисполком — официальный сайт", "официальный сайт", "Lida District Executive Committee"),
])
def test_a_table_layout_page_named_only_by_its_whole_title_gets_the_canonical_site(tmp_path, title, header, site):
    # no og:site_name, no footer, and the header's only line is boilerplate: the <title> names the committee
    page = tmp_path / "news.html"
    page.write_text(
        f"<HTML><HEAD><TITLE>{title}</TITLE></HEAD><BODY><TABLE><TR><TD class='top'><IMG src='/g.gif' alt='Emblem'>"
        f"<FONT size='-1'>{header}</FONT></TD></TR><TR><TD><A href='/'>Home</A> <A href='/news/'>News</A></TD></TR>"
        "<TR><TD><I>Published 3 March 2026</I></TD></TR><TR><TD><H3>Sawmill opens a drying line</H3>"
        "<P>A new timber drying line was launched at the sawmill on 2 March. It will let the company export "
        "planed boards to Latvia and Lithuania, the director said.</P></TD></TR></TABLE></BODY></HTML>",
        encoding="utf-8")
    report = ingest_paths([page], extract_entities=False)
    assert [a.site for a in report.articles] == [site]
