"""One spelling for a body's site whatever its webmaster printed (issue 14): the kind words of site_spellings.tsv
(Rayon = District, Philharmonia = Philharmonic), a header in capitals, a company's legal form first (OJSC), a body
named after the territory it serves ("Prosecutor's Office of ... District"), an oblast's institution "Regional";
and a body named in Russian or Belarusian by its place's adjective and a kind of body_kinds.tsv, or by its number
and town, in English. A body's own name beats the committee of the portal that hosts its pages."""

from __future__ import annotations

import pytest

from searchsvc.entities.sites import SiteRegistry


@pytest.fixture(scope="module")
def sites():
    return SiteRegistry.load()


@pytest.mark.parametrize("written, canonical", [
    # kind words as a body's own English header prints them
    ("Lida Rayon Veterinary Station", "Lida District Veterinary Station"),
    ("Vitebsk Regional Philharmonia", "Vitebsk Regional Philharmonic"),
    ("Brest Border Group", "Brest Border Guard Group"),
    ("Mozyr Rayon Central Hospital", "Mozyr Central District Hospital"),
    ("Grodno Regional Puppet Theater", "Grodno Regional Puppet Theatre"),
    ("Grodno Regional Institute of Education Development", "Grodno Regional Institute for Education Development"),
    ("MOGILEV DEPARTMENT OF BELARUSIAN RAILWAY", "Mogilev Branch of the Belarusian Railway"),
    # a company's legal form before its name, whichever side and case its header prints it
    ("KHIMVOLOKNO OJSC", "OJSC Khimvolokno"),
    ("Polesie Plant JSC", "OJSC Polesie Plant"),
    ("CJSC Zorka", "CJSC Zorka"),
    # a body of body_kinds.tsv after the territory it serves, as its Russian name orders it
    ("Pinsk District Prosecutor's Office", "Prosecutor's Office of Pinsk District"),
    ("Slonim Raion Military Commissariat", "Military Commissariat of Slonim District"),
    # an oblast's institution is "Regional", its authorities and associations "Oblast"
    ("Vitebsk Oblast TV and Radio Company", "Vitebsk Regional TV and Radio Company"),
    ("Grodno Oblast Association of Trade Unions", "Grodno Oblast Association of Trade Unions"),
    # a public association's district organization by its short name
    ("Slonim Raion Women's Union", "Slonim District Organization of the Belarusian Union of Women"),
    # a state body's legal form before its quoted name, a number's sign, an eponym as the Russian rule keeps it
    ("State Educational Institution \"Secondary School No.4 of Slonim\"", "Secondary School No. 4 of Slonim"),
    ("Health Care Institution «Pinsk Central District Hospital»", "Pinsk Central District Hospital"),
    ("Gymnasium № 3 of Lida", "Gymnasium No. 3 of Lida"),
    ("Vitebsk State University named after P.M. Masherov", "Vitebsk State University"),
    ("Slonim District Library named after I.I. Ivanov", "Slonim District Library named after I.I. Ivanov"),
    ("Slonim Museum named after Saint Someone", "Slonim Museum"),
    # a body of a place the registry knows under its own variant of the name
    ("Gomel International Airport", "Gomel Airport"),
])
def test_an_english_header_is_spelled_as_the_service_names_sites(sites, written, canonical):
    assert sites.resolve(written, None) == canonical


@pytest.mark.parametrize("written, canonical", [
    ("Лідская дзіцячая школа мастацтваў", "Lida Children's School of Arts"),
    ("Витебская областная филармония", "Vitebsk Regional Philharmonic"),
    ("Гомельское отделение Белорусской железной дороги", "Gomel Branch of the Belarusian Railway"),
    ("Брестская областная телерадиокомпания", "Brest Regional TV and Radio Company"),
    ("Пинская ветеринарная станция", "Pinsk Veterinary Station"),
    ("Гродненский областной художественный музей имени И.И. Иванова", "Grodno Regional Art Museum named after I.I. Ivanov"),
    ("Сярэдняя школа № 4 г. Барысава", "Secondary School No. 4 of Borisov"),
    ("ГУО «Гимназия № 2 г. Лиды»", "Gymnasium No. 2 of Lida"),
    ("Гомельскі цырк", "Gomel State Circus"),
    ("Дзіцячая школа мастацтваў № 3 г. Слоніма", "Children's School of Arts No. 3 of Slonim"),
    ("Гродненская областная детская библиотека имени В.В. Сидорова", "Grodno Regional Children's Library named after V.V. Sidorov"),
    ("Речицкий районный отдел Следственного комитета", "Rechitsa District Department of the Investigative Committee"),
    # a notary chamber at its level, a house of crafts whose kind opens with a capital, a concert hall by its name
    ("Брестская областная нотариальная палата", "Brest Regional Notary Chamber"),
    ("Пінскі раённы Дом рамёстваў", "Pinsk District House of Crafts"),
    ("Концертный зал «Полоцк»", "Polotsk Concert Hall"),
    # a company: its legal form first, its quoted name in English, an eponym of initials kept
    ("ОАО «Слонимский мясокомбинат»", "OJSC Slonim Meat Processing Plant"),
    ("ААТ «Гомельшкло»", "OJSC Gomelsteklo"),  # a company the registry knows, by its Russian name
    ("ЗАО «Атлант-М»", "CJSC Atlant-M"),
    ("ОАО «Заря» имени И.П. Петрова", "OJSC Zarya named after I.P. Petrov"),
    ("Пинская районная библиотека имени Я. Коласа", "Pinsk District Library named after Ya. Kolas"),
    # a university's eponym makes its registry name, not its site's
    ("Брестский государственный университет имени А.С. Пушкина", "Brest State University"),
])
def test_a_cyrillic_body_name_is_named_in_english(sites, written, canonical):
    assert sites.resolve(written, None) == canonical


@pytest.mark.parametrize("written, words", [("Гимназия № 2", "Gymnasium No. 2"),
                                            ("Слонимское объединение профсоюзов", "Slonim Association of Trade Unions"),
                                            ("Лидская школа", "Lida School")])
def test_a_kind_without_its_territory_or_level_is_named_word_by_word(sites, written, words):
    # no body of a kind of a territory (not "Slonim District Association of Trade Unions"), but never Cyrillic
    assert sites.resolve(written, None) == words


def test_a_body_hosted_on_a_city_portal_is_its_own_site(sites):
    assert sites.resolve("Mogilev Botanical Garden", "https://mogilev.by/news/12") == "Mogilev Botanical Garden"
    assert sites.resolve("News", "https://mogilev.by/news/12") == "Mogilev City Executive Committee"


def test_a_registry_label_of_another_shape_does_not_rename_the_site(sites):
    assert sites.resolve("Free Economic Zone Grodnoinvest", None) == "Free Economic Zone Grodnoinvest"


def test_a_company_site_takes_the_legal_form_its_own_story_writes(tmp_path):
    from searchsvc.ingest import ingest_paths
    page = ("<html><head><title>Zorka Agro | Flax harvest</title></head><body><header class=\"site-header\">Zorka Agro"
            "</header><article><h1>Flax harvest starts early</h1><time datetime=\"2026-07-12\">12.07.2026</time>"
            "<p>OJSC Zorka Agro began pulling flax on 11 July, two weeks earlier than last year. The farm expects "
            "1,200 tonnes of fibre and has hired twenty seasonal workers from the district.</p></article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (result,) = ingest_paths([path], extract_entities=False).results
    assert result.article.site == "OJSC Zorka Agro"
