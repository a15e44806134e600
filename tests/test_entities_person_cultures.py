"""Name shapes by culture the blind21 pages showed (issue 14), tested with names of their own: given names and
family names of world_names.tsv spelt as English news spells them from their Russian and Belarusian forms
(Pakistani, Arabic, Japanese), Chinese names before any other reading of their syllables, a Spanish given
name and two surnames, a Dutch or Portuguese particle, the Arabic article with or without its hyphen, and the
Ukrainian and Belarusian surname suffixes of one root (Левчук beside Левченко). Asserted: the facet values.
"""

from __future__ import annotations

import pytest

from entity_sets import facets
from searchsvc.entities import EntityExtractor, EntityRegistry
from searchsvc.entities.extract import machine_entity
from searchsvc.entities.shapes import Candidate


@pytest.fixture(scope="module")
def extractor(tmp_path_factory) -> EntityExtractor:
    return EntityExtractor(EntityRegistry.load(overlay=tmp_path_factory.mktemp("cultures") / "entities-learned.jsonl"))


@pytest.mark.parametrize("body, lang, want", [
    ("Делегацию возглавил Имран Куреши. Эксперт Кэндзи Моримото рассказал о проверке.", "ru",
     ["Imran Qureshi", "Kenji Morimoto"]),
    ("В делегацию вошли Тарик Малик и Фатима Сиддики из Лахора.", "ru", ["Tariq Malik", "Fatima Siddiqui"]),
    ("Гостей встретили вместе с директором по закупкам Мухаммадом Асифом Ханом.", "ru", ["Muhammad Asif Khan"]),
    ("Японскі інжынер Хірасі Танака расказаў пра праект.", "be", ["Hiroshi Tanaka"]),
    ("Делегацию возглавил вице-губернатор провинции Алиреза Джафари.", "ru",
     ["Alireza Jafari"]),
    ("Лекцыю прачытаў прафесар з Ірана Маджыд Карымі.", "be", ["Majid Karimi"]),
    ("На семинар приехали эфиопский агроном Гирма Деста и кенийский инженер Отиено Мванги.", "ru",
     ["Girma Desta", "Otieno Mwangi"]),
    ("Госцем быў нігерыйскі прадпрымальнік Чинеду Окафор.", "be", ["Chinedu Okafor"]),
])
def test_a_world_name_is_spelt_as_english_news_spells_it(extractor, body, lang, want):
    assert facets(extractor, body, lang)["persons"] == want


@pytest.mark.parametrize("body, lang, want", [
    ("Прафесар Лю Ян і інжынер Чжан Вэй прыехалі ў Мінск.", "be", ["Liu Yang", "Zhang Wei"]),
    ("Переводчик Ван Ли рассказал о поездке.", "ru", ["Wang Li"]),
])
def test_a_chinese_name_is_read_in_pinyin_before_any_other_reading(extractor, body, lang, want):
    assert facets(extractor, body, lang)["persons"] == want


@pytest.mark.parametrize("body, want", [
    ("The Mexican delegation was led by director of the company Guadalupe Hernández Castillo. She said so.",
     ["Guadalupe Hernández Castillo"]),
    ("The plan was drawn up by Brazilian agronomist Ana dos Santos. She said so.", ["Ana dos Santos"]),
    ("The design came from Dutch adviser Joost van den Berg. He said the soil suits tulips.", ["Joost van den Berg"]),
    ("The experts were led by Rafael Martínez Ortega, with Haruto Nakamura of Japan as his deputy.",
     ["Rafael Martínez Ortega", "Haruto Nakamura"]),
])
def test_names_of_other_cultures_in_english(extractor, body, want):
    assert facets(extractor, body)["persons"] == want


def test_a_spanish_given_name_keeps_its_gender_in_belarusian(extractor):
    assert facets(extractor, "Эксперт з Манагуа Марыя Фернанда Лопес прачытала лекцыю.", "be")["persons"] \
        == ["Maria Fernanda Lopez"]


@pytest.mark.parametrize("label, other", [
    ("Salim bin Hamad Al-Harthy", "Salim bin Hamad Al Harthy"),
    ("Fatima Saeed Al Mazrouei", "Fatima Saeed Al-Mazrouei"),
])
def test_the_arabic_article_with_or_without_its_hyphen_is_one_name(label, other):
    assert other in machine_entity(Candidate("person", label)).aliases


def test_a_company_named_after_its_founder_is_no_person(extractor):
    assert facets(extractor, "The cheese goes to the stores of the chain Fahad Al Rashid Supermarkets.")["persons"] == []


@pytest.mark.parametrize("body, want", [
    ("Пра гэта паведаміў генеральны дырэктар прадпрыемства Віктар Іванавіч Ляўчук.", ["Viktor Levchuk"]),
    ("Інжынер Павел Савчук расказаў пра план.", ["Pavel Savchuk"]),
])
def test_a_belarusian_surname_in_a_suffix_of_a_known_root_is_spelt_from_russian(extractor, body, want):
    assert facets(extractor, body, "be")["persons"] == want


def test_every_country_of_the_world_names_spells_its_names_in_latin():
    from searchsvc.entities.person_names import LATIN_SCRIPT_COUNTRIES, world_names
    assert world_names().countries <= LATIN_SCRIPT_COUNTRIES
