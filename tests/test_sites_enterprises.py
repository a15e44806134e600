"""An enterprise's, a company unit's and an institution's own site (issue 14): one facet value named as the press
names the body, whatever its header adds -- an enterprise by its legal form and name as its own story prints them
("OJSC Zarechstal", never "Zarechstal Holding"), a bank's or a post's branch place first ("Pinsk Branch of
Zarechbank"), a branch with a name of its own by that name, a state body without its legal status ("Healthcare
institution"), an oblast's court "Regional", the Academy of Sciences spelled out."""

from __future__ import annotations

import pytest

from searchsvc.ingest import ingest_paths

STORY = ("<p>{said} on Tuesday. The new line will double the output by the autumn, the director said, and forty "
         "workers were taken on for the second shift of the workshop.</p>")


def _site(tmp_path, header: str, said: str, footer: str = "") -> str:
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><head><title>New line opened - {header}</title></head><body><header class=\"site-header\">"
        f"<div class=\"site-name\">{header}</div></header><article><h1>New line opened</h1>"
        f"<time datetime=\"2026-05-12\">12.05.2026</time>{STORY.format(said=said)}</article>"
        f"<footer><p>{footer}</p></footer></body></html>", encoding="utf-8")
    (result,) = ingest_paths([path], extract_entities=False).results
    assert not result.rejected, result.reason
    return result.article.site


@pytest.mark.parametrize("header, said, site", [
    # the header's descriptive tail is no part of the name the story gives with the legal form
    ("ZARECHSTAL HOLDING", "OJSC Zarechstal Anton Petrovich Lis opened a rolling line", "OJSC Zarechstal"),
    ("Lidskoye Pivo Brewery, Lida", "OJSC Lidskoye Pivo opened a bottling line", "OJSC Lidskoye Pivo"),
    ("Mostovsky Meat Processing Plant", "The OJSC Mostovsky Meat Plant opened a smoking line", "OJSC Mostovsky Meat Plant"),
    ("Polesvodokanal utility", "UE Polesvodokanal opened a filtering station", "UE Polesvodokanal"),
    ("Zarechstal Holding", "ОАО «Заречсталь» открыло новую линию", "OJSC Zarechstal"),
    # another company of the same first word is another company; a place alone is no brand
    ("Zarechstal Holding", "OJSC Zarechstal Trade opened a shop", "Zarechstal Holding"),
    ("Kobrin Zoo", "UE Kobrin opened a shop", "Kobrin Zoo"),
])
def test_an_enterprise_site_is_named_with_the_legal_form_its_story_prints(tmp_path, header, said, site):
    assert _site(tmp_path, header, said) == site


@pytest.mark.parametrize("header, said, site", [
    ("Zarechbank Pinsk Branch", "Director of its Pinsk branch opened the office", "Pinsk Branch of Zarechbank"),
    # the story's own word for the unit: a bank's regional directorate
    ("Zarechbank Brest Regional Branch", "The regional directorate of JSC Zarechbank for Brest Oblast opened the office",
     "Brest Regional Directorate of Zarechbank"),
    # a unit with a name of its own is named by it, its parent dropped
    ("Pinsk Heat Networks branch of RUE Zarechenergo", "Crews of Pinsk Heat Networks opened the boiler house",
     "Pinsk Heat Networks"),
])
def test_a_company_unit_is_named_place_first_or_by_its_own_name(tmp_path, header, said, site):
    assert _site(tmp_path, header, said) == site


@pytest.mark.parametrize("written, canonical", [
    ("Гродненский филиал РУП «Белпочта»", "Grodno Branch of Belpochta"),
    ("Гродзенскі філіял РУП «Белпошта»", "Grodno Branch of Belpochta"),
    ("Брестская областная дирекция ОАО «АСБ Беларусбанк»", "Brest Regional Directorate of Belarusbank"),
    ("Филиал «Пинские тепловые сети» РУП «Брестэнерго»", "Pinsk Heat Networks"),
    ("Belpochta Pinsk Branch", "Pinsk Branch of Belpochta"),
    # a unit named by its place keeps its parent
    ("Pinsk Branch of the Belarusian Chamber of Commerce and Industry",
     "Pinsk Branch of the Belarusian Chamber of Commerce and Industry"),
    # a state body's legal status is dropped, an enterprise's form kept
    ("Healthcare institution Pinsk City Central Polyclinic", "Pinsk City Central Polyclinic"),
    ("State Institution Kobrin District Centre of Culture", "Kobrin District Centre of Culture"),
    ("UE Polesvodokanal", "UE Polesvodokanal"),
    # an oblast's court is Regional, a district's "of" its district
    ("Brest Oblast Court", "Brest Regional Court"),
    ("Court of Brest Oblast", "Brest Regional Court"),
    ("Брестский областной суд", "Brest Regional Court"),
    ("Суд Брестской области", "Brest Regional Court"),
    ("Kobrin District Court", "Court of Kobrin District"),
    # the Academy of Sciences spelled out
    ("Institute of Zarech Studies of NAS of Belarus", "Institute of Zarech Studies of the National Academy of Sciences of Belarus"),
    ("Zarech Garden of the NASB", "Zarech Garden of the National Academy of Sciences of Belarus"),
])
def test_a_unit_or_institution_is_named_as_the_press_names_it(sites, written, canonical):
    assert sites.resolve(written, None) == canonical


@pytest.mark.parametrize("written, canonical", [
    # a church body by its dedication's adjective and kind, its town after or before it, a diocese's name dropped
    ("Приход Свято-Покровского собора г. Кобрина", "Parish of Intercession Cathedral in Kobrin"),
    ("Приход Свято-Покровского собора г. Кобрина Брестской епархии", "Parish of Intercession Cathedral in Kobrin"),
    ("Прыход Свята-Пакроўскага сабора г. Кобрына", "Parish of Intercession Cathedral in Kobrin"),
    ("Свято-Успенская церковь г. Лиды", "Dormition Church in Lida"),
    ("Свята-Троіцкая царква в. Бабровічы", "Holy Trinity Church in Bobrovichi"),
    ("Пинский Свято-Варваринский женский монастырь", "St. Barbara Convent in Pinsk"),
    ("Свято-Георгиевский мужской монастырь", "St. George Monastery"),
    ("Никольский храм г. Мозыря", "St. Nicholas Church in Mozyr"),
])
def test_a_church_site_is_named_in_english(sites, written, canonical):
    assert sites.resolve(written, None) == canonical


@pytest.mark.parametrize("written, canonical", [
    # kinds a district's or oblast's site may have, named by the town's adjective (body_kinds.tsv form place)
    ("Кобринский туристско-информационный центр", "Kobrin Tourist Information Centre"),
    ("Кобрынскі турыстычна-інфармацыйны цэнтр", "Kobrin Tourist Information Centre"),
    ("Брестская областная станция переливания крови", "Brest Regional Blood Transfusion Station"),
    ("Брэсцкая абласная станцыя пералівання крыві", "Brest Regional Blood Transfusion Station"),
    ("Пинский родильный дом", "Pinsk Maternity Hospital"),
    ("Пинская городская стоматологическая поликлиника", "Pinsk City Dental Polyclinic"),
    ("Пінская гарадская стаматалагічная паліклініка", "Pinsk City Dental Polyclinic"),
    ("Пинский государственный лицей", "Pinsk State Lyceum"),
    ("Кобринский районный лицей", "Kobrin District Lyceum"),
    ("Брестский центр стандартизации, метрологии и сертификации", "Brest Centre for Standardization, Metrology and Certification"),
    ("Брестский ЦСМС", "Brest Centre for Standardization, Metrology and Certification"),
    ("Кобринское райпо", "Kobrin District Consumer Society"),
    ("Kobrin Raipo", "Kobrin District Consumer Society"),
    ("Брестский филиал Белорусской торгово-промышленной палаты", "Brest Branch of the Belarusian Chamber of Commerce and Industry"),
    ("Брэсцкі філіял Беларускай гандлёва-прамысловай палаты", "Brest Branch of the Belarusian Chamber of Commerce and Industry"),
    ("Кобринский районный центр занятости", "Kobrin District Employment Centre"),
    ("Пинские тепловые сети", "Pinsk Heat Networks"),
    # a unitary enterprise's Russian legal form as the press writes it
    ("РУП «Брестоблгаз»", "RUE Brestoblgaz"),
    ("КУП «Брестоблдорстрой»", "UE Brestobldorstroy"),
    ("ОАО «Кобринский агросервис»", "OJSC Kobrin Agroservice"),
])
def test_more_body_kinds_are_named_in_english(sites, written, canonical):
    assert sites.resolve(written, None) == canonical


@pytest.mark.parametrize("written, canonical", [
    # a body's acronym after its town's adjective, as a header prints it
    ("Кобринская районная СДЮШОР", "Kobrin District Specialized Children's and Youth School of the Olympic Reserve"),
    ("Кобринский ТЦСОН", "Kobrin Territorial Centre of Social Services for the Population"),
    ("Кобринская ЦРБ", "Kobrin Central District Hospital"),
    ("Кобринский РОЧС", "Kobrin District Department of Emergency Situations"),
    ("Кобрынскі РАУС", "Kobrin District Department of Internal Affairs"),
    ("Лидский ЗЦГЭ", "Lida Zonal Centre of Hygiene and Epidemiology"),
    ("Кобринское районное УП ЖКХ", "Kobrin District Housing and Utilities Enterprise"),
    ("Brest CSMS", "Brest Centre for Standardization, Metrology and Certification"),
    ("Brest Branch of BelCCI", "Brest Branch of the Belarusian Chamber of Commerce and Industry"),
    # a committee's department under its English header's order
    ("Kobrin District Education Department", "Education Department of the Kobrin District Executive Committee"),
    ("Kobrin District Sports and Tourism Department", "Sports and Tourism Department of the Kobrin District Executive Committee"),
    # a Belarusian first name as a body's quoted name, romanized from its Russian form as the press writes it
    ("Дзіцячы аздараўленчы лагер «Алеся»", "Children's Health Camp Olesya"),
    ("ДЗІЦЯЧЫ РЭАБІЛІТАЦЫЙНА-АЗДАРАЎЛЕНЧЫ ЦЭНТР «НАДЗЕЯ»", "Children's Rehabilitation and Health Centre Nadezhda"),
    # a unit "for" its oblast
    ("Zarechbank Regional Directorate for Brest Oblast", "Brest Regional Directorate of Zarechbank"),
])
def test_acronyms_and_english_orders_name_the_body(sites, written, canonical):
    assert sites.resolve(written, None) == canonical


@pytest.mark.parametrize("written, canonical", [
    # a kind named after its place, the territory after it in the genitive: place first, as by its adjective
    ("Ледовый дворец г. Пинска", "Pinsk Ice Palace"),
    ("Станцыя пералівання крыві Брэсцкай вобласці", "Brest Regional Blood Transfusion Station"),
    ("Ветеринарная станция Кобринского района", "Kobrin District Veterinary Station"),
    # a committee's own office named before it: that office, never the committee
    ("Сектор спорта и туризма Кобринского райисполкома", "Sports and Tourism Sector of the Kobrin District Executive Committee"),
    ("Землеустроительная служба Кобринского райисполкома", "Land Management Service of the Kobrin District Executive Committee"),
    ("Аддзел загс Пінскага гарвыканкама", "Registry Office of the Pinsk City Executive Committee"),
    ("Официальный сайт Кобринского райисполкома", "Kobrin District Executive Committee"),
])
def test_a_kind_before_its_territory_or_committee(sites, written, canonical):
    assert sites.resolve(written, None) == canonical
