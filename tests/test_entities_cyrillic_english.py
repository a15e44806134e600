"""How names written in Cyrillic come out in English, by class, on invented text: a Belarusian company's
brand of its town's adjective and a one-word kind (маслазавод: Butter Plant), the town's adjective however a
page spells it in Belarusian (Вярхнядзвінскі as the gazetteer's Верхнядзвінскі), a coined name's part that
is a land of Belarus (Палессе: Polesie), a farm named after a village (-oye), a Chinese company's name in
pinyin, a town's university both ways; foreign persons in their own spelling whatever the case of their
names (Ласло Молнаром: László Molnár), a three-letter first name before a surname its country lists (Эва
Варга), a surname opening as no Slavic one does (Йокич: Jokić); a Belarusian name also in its own letters
(Мікола, Рамашэўская: Ramashevskaya beside Romashevskaya); a settlement whose Russian and Belarusian spellings the gazetteer has
the wrong way round."""

from __future__ import annotations

import pytest

from entity_sets import facet_labels
from searchsvc.entities import EntityExtractor, EntityRegistry
from searchsvc.entities.companies import CompanyNames
from searchsvc.entities.places import _attested_vowels, _russian_shaped, _swapped
from searchsvc.entities.sites import SiteRegistry


@pytest.fixture(scope="module")
def extractor(tmp_path_factory):
    registry = EntityRegistry.load(overlay=tmp_path_factory.mktemp("cyr") / "entities-learned.jsonl")
    return EntityExtractor(registry, learn=False)


def facet(extractor, body: str, kind: str) -> list[str]:
    return list(facet_labels(extractor, body, kind, title="Навіны"))


@pytest.fixture(scope="module")
def companies():
    return CompanyNames()


def test_a_one_word_kind_is_translated_part_by_part(companies):
    assert companies.english("Вярхнядзвінскі маслазавод") == "Verkhnedvinsk Butter Plant"
    assert companies.english("Слонимский маслозавод") == "Slonim Butter Plant"
    assert companies.english("Полоцкий хлебопродукт") == "Polotsk Bread Product"
    assert companies.english("Ляхавіцкі агразавод") == "Lyakhovichi Agro Plant"
    assert companies.english("Ганцавіцкі мясазавод") == "Gantsevichi Meat Plant"
    # (a kind HEADS names as one phrase keeps its name: a хлебазавод is a Bakery, a сырзавод a Cheese-Making Plant)
    assert companies.english("Мазырскі хлебазавод") == "Mozyr Bakery"
    assert companies.english("Столинский сырзавод") == "Stolin Cheese-Making Plant"


def test_a_towns_adjective_in_another_belarusian_spelling(companies, extractor):
    assert companies.english("Бяшанковіцкі льнозавод") == "Beshenkovichi Flax Mill"
    assert companies.english("Пятрыкаўскі хлебапрадукт") == "Petrikov Bread Product"
    body = "Старшыня Вярхнядзвінскага райвыканкама адкрыў кірмаш. Госці наведалі Бяшанковіцкі раён."
    assert "Verkhnedvinsk District Executive Committee" in facet(extractor, body, "organizations")
    assert "Beshenkovichi District" in facet(extractor, body, "places")
    site = SiteRegistry.load().get("Вярхнядзвінскі раённы выканаўчы камітэт")
    assert site is not None and site.name == "Verkhnedvinsk District Executive Committee"


def test_a_coined_names_part_that_is_a_land_or_town_of_belarus(companies):
    assert companies.english("Полесье-Инвест", "ООО") == "Polesie-Invest"
    assert companies.english("Рэчыца-Медыя", "ТАА") == "Rechitsa-Media"
    assert companies.english("Сянно-Агра", "ААТ") == "Senno-Agro"  # (a town's part as before)


def test_a_farm_named_after_a_village_in_oe(companies):
    assert companies.nested("Агрокомбинат", "Турское") == "Agrokombinat Turskoye"
    assert companies.english("Бронное", "СПК") == "SPK Bronnoye"


def test_a_chinese_companys_name_in_pinyin(extractor):
    found = facet(extractor, "Делегация китайской компании «Хэнань Лунфэй» и кітайскай кампаніі «Цзянсу Трэйд Груп» "
                             "прыехала.", "organizations")
    assert {"Henan Longfei", "Jiangsu Trade Group"} <= set(found)  # (Хэнань: He-nan, not Heng-an)
    assert CompanyNames.chinese("Мир Вкуса") is None  # (no Palladius syllables: no Chinese name)


def test_a_towns_university_both_ways(companies):
    assert companies.aliases("Riga University") == ["University of Riga"]
    assert companies.aliases("University of Kaunas") == ["Kaunas University"]
    assert companies.aliases("Belarusian University") == []  # (no town)


def test_foreign_persons_whatever_the_case_and_length_of_their_names(extractor):
    found = facet(extractor, "Переговоры вёл с Ласло Молнаром заместитель губернатора. Переводчик Эва Варга "
                             "отметила интерес. Выступила также Ивана Йокич.", "persons")
    assert {"László Molnár", "Ivana Jokić"} <= set(found)
    assert {"Eva Varga", "Éva Varga"} & set(found)
    assert not any(name.endswith("om") for name in found)


def test_a_belarusian_name_is_also_known_in_its_own_letters(extractor):
    registry = extractor.registry
    ids = facet_labels(extractor, "Ветэран Мікола Лапатка ўручыў ордэн музею. Рамашэўская В.А. расказала пра музей. "
                                  "Інжынер Жураўлёнак паведаміў пра рамонт.", "persons", title="Навіны")
    names = {n for i in ids.values() for n in registry.get(i).names()}
    assert "Mikola Lapatka" in names  # (a first name the lexicon lacks, in its own romanization)
    assert {"V.A. Romashevskaya", "V.A. Ramashevskaya"} <= names  # (the press's initials, the surname's own letters)
    assert {"Zhuravlyonok", "Zhuravlenok"} <= names  # (-ёнок with its yo and without)


def test_a_settlement_whose_spellings_the_gazetteer_swapped():
    assert _swapped("Падолле", "Подолье")
    assert _swapped("Загалле", "Загалье")
    assert not _swapped("Подолье", "Падолле")
    assert not _swapped("Замостье", "")


def test_a_belarusian_village_by_its_shape_is_named_from_its_russian_spelling(extractor):
    # (its letters read as the Russian names begin: akanye's а as о, яканне's я as е, дз as д, a doubled
    # consonant's -е as -ье; the Belarusian letters' romanization kept as an alias)
    assert _attested_vowels(_russian_shaped("Сасноўка")) == "Сосновка"
    assert _attested_vowels(_russian_shaped("Вайтава")) == "Войтово"
    assert _attested_vowels(_russian_shaped("Пераброддзе")) == "Перебродье"
    assert _attested_vowels(_russian_shaped("Антонава")) == "Антоново"  # (a first name's А stays)
    registry = extractor.registry
    ids = facet_labels(extractor, "Госці наведалі вёску Каралёва і вёску Засулле.", "places", title="Навіны")
    assert {"Korolyovo", "Zasulye"} <= set(ids)
    assert "Karalyovo" in registry.places.get(ids["Korolyovo"]).identity_names()


def test_the_mother_of_god_is_no_foreign_person(extractor):
    found = facet(extractor, "Пілігрымы пакланіліся іконе Божай Маці Казанскай і фігуры Маці Божай Лурдскай. "
                             "Об иконе Божией Матери рассказал Иван Петров.", "persons")
    assert found == ["Ivan Petrov"]
