"""Sites of the bodies below the district committees (issue 14): the district administrations of Minsk
and of the oblast centres, and village councils and their executive committees, in Russian, Belarusian
and English, full and short, "Official website of ..." or not; a city committee's short .by domain.
One body is one facet value whatever the page's language, and its region is the oblast it lies in."""

from __future__ import annotations

import pytest

from searchsvc.entities.places import PlaceRegistry
from searchsvc.entities.regions import regions

from searchsvc.ingest import ingest_paths


@pytest.mark.parametrize("written", [
    "Администрация Заводского района г. Минска",
    "Официальный сайт администрации Заводского района города Минска",
    "Адміністрацыя Заводскага раёна г. Мінска",
    "Administration of the Zavodskoy District of Minsk",
    "Zavodskoy District Administration",
    "Новости | Администрация Заводского района г. Минска",
])
def test_a_minsk_district_administration_in_any_language(sites, written):
    assert sites.canonical(written) == "Zavodskoy District Administration of Minsk"


def test_a_district_of_another_city_is_that_citys_and_in_its_oblast(sites):
    assert sites.canonical("Администрация Новобелицкого района г. Гомеля") == "Novobelitsky District Administration of Gomel"
    assert sites.canonical("Адміністрацыя Чыгуначнага раёна г. Віцебска") == \
        "Zheleznodorozhny District Administration of Vitebsk"
    places = PlaceRegistry.load()
    assert [places.label(r) for r in regions("Novobelitsky District Administration of Gomel", [], places, sites)] == \
        ["Gomel Oblast"]
    assert [places.label(r) for r in regions("Zavodskoy District Administration of Minsk", [], places, sites)] == \
        ["Minsk"]


@pytest.mark.parametrize("written, canonical", [
    ("Леплевский сельский исполнительный комитет", "Leplevka Village Executive Committee"),
    ("Леплеўскі сельвыканкам", "Leplevka Village Executive Committee"),
    ("Официальный сайт Леплевского сельисполкома", "Leplevka Village Executive Committee"),
    ("Леплевский сельсовет Брестского района", "Leplevka Village Executive Committee"),  # its committee runs its site
    ("Леплевского сельского Совета депутатов", "Leplevka Village Council of Deputies"),
    # a village no file lists keeps its council's adjective, romanized
    ("Зарубежный сельский исполнительный комитет", None),
    ("Верхнедубравский сельисполком", "Verkhnedubravsky Village Executive Committee"),
])
def test_a_village_council_by_its_villages_adjective(sites, written, canonical):
    if canonical is None:  # no -ский/-цкий adjective: no village council's name
        assert sites.get(written) is None
    else:
        assert sites.canonical(written) == canonical


def test_a_village_councils_region_is_its_villages_oblast(sites):
    places = PlaceRegistry.load()
    site = sites.canonical("Леплевский сельисполком")
    assert [places.label(r) for r in regions(site, [], places, sites)] == ["Brest Oblast"]
    unplaced = sites.canonical("Верхнедубравский сельисполком")
    assert regions(unplaced, [], places, sites) == []  # no oblast known: no region rather than Minsk


def test_a_city_committees_short_by_domain(sites):
    assert sites.for_host("novopolotsk.by").name == "Novopolotsk City Executive Committee"
    assert sites.for_host("orsha.by") is None  # no city committee of its own: a host, not a committee


def test_a_village_council_page_in_plain_text(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("Леплевский сельский исполнительный комитет\nНовости | Общество\n\nСубботник в Леплевке\n\n"
                    "Жители агрогородка вышли на субботник и высадили двести молодых лип вдоль центральной улицы. "
                    "Работы продолжатся в следующую субботу.\n\n12.04.2026\n", encoding="utf-8")
    (result,) = ingest_paths([path], extract_entities=False).results
    assert not result.rejected, result.reason
    assert result.article.site == "Leplevka Village Executive Committee"
    assert result.article.title == "Субботник в Леплевке"


@pytest.mark.parametrize("head, day, clock", [
    ('<meta property="article:modified_time" content="2026-08-20T09:00:00+03:00">'
     '<meta property="article:published_time" content="2026-08-14T10:20:00+03:00">', "2026-08-14", "10:20"),
    ("", "2026-08-14", None),  # the visible Belarusian date only
])
def test_html_dates_published_not_modified_and_belarusian_months(tmp_path, head, day, clock):
    path = tmp_path / "page.html"
    path.write_text(f"<html><head>{head}<title>Навіны | Леплеўскі сельвыканкам</title></head><body>"
                    f"<div class='date'>14 жніўня 2026</div><h1>Суботнік у Леплеўцы</h1><p>Жыхары аграгарадка "
                    f"выйшлі на суботнік і пасадзілі дзвесце маладых ліп уздоўж цэнтральнай вуліцы.</p></body></html>",
                    encoding="utf-8")
    (result,) = ingest_paths([path], extract_entities=False).results
    assert not result.rejected, result.reason
    assert (result.article.published, result.article.published_time) == (day, clock)
    assert result.article.site == "Leplevka Village Executive Committee"


@pytest.mark.parametrize("written, name, oblast", [
    # a town of a district has its own committee, named by the town's adjective like a district's
    ("Костюковского горисполкома", "Kostyukovka City Executive Committee", "gomel"),
    ("Официальный сайт Костюковского городского исполнительного комитета", "Kostyukovka City Executive Committee", "gomel"),
    # an urban settlement's committee ("поселковый", "пасялковы"), in the nominative or the genitive
    ("Ивенецкий поселковый исполнительный комитет", "Ivenets Settlement Executive Committee", "minsk"),
    ("Телеханского поселкового исполнительного комитета", "Telekhany Settlement Executive Committee", "brest"),
    ("Нарачанскі пасялковы выканаўчы камітэт", "Naroch Settlement Executive Committee", "minsk"),
    ("Нарочанский поселковый исполнительный комитет", "Naroch Settlement Executive Committee", "minsk"),
])
def test_a_town_s_or_settlement_s_committee_in_russian_or_belarusian_has_its_english_name(sites, written, name, oblast):
    assert sites.canonical(written) == name
    assert sites.get(written).oblast == f"place:by-oblast:{oblast}"


@pytest.mark.parametrize("written, name", [
    # English names of a town's or an urban settlement's own committee (no district's)
    ("Kostyukovka City Executive Committee", "Kostyukovka City Executive Committee"),
    ("Ivenets Settlement Executive Committee", "Ivenets Settlement Executive Committee"),
    ("Ivenets Urban Settlement Executive Committee", "Ivenets Settlement Executive Committee"),
    # a committee followed by where it lies, as its own site says it
    ("Official site of the Kostyukovka City Executive Committee, Zhlobin District", "Kostyukovka City Executive Committee"),
    ("Telekhany Settlement Executive Committee, Ivatsevichi District", "Telekhany Settlement Executive Committee"),
    ("Orsha District Executive Committee, Vitebsk Oblast", "Orsha District Executive Committee"),
])
def test_a_town_s_or_settlement_s_committee_in_english_and_where_it_lies(sites, written, name):
    assert sites.canonical(written) == name
