"""Person classes the blind21 pages showed (issue 14), tested with names of their own: a worker named by
trade and lone surname ("Glazier Martsinkevich said", «сварщик Жуковский»), the trade at a sentence's start
a cue and never part of the name, while a trade's word that is a surname after a given name stays one
("Anna Baker"); Turkic names with "son of" / "daughter of" between the father's name and the family name
("Rashad Ilgar oglu Huseynov" is Rashad Huseynov). What is asserted is what a reader sees: the facet values.
"""

from __future__ import annotations

import pytest

from entity_sets import facets
from searchsvc.entities import EntityExtractor, EntityRegistry


@pytest.fixture(scope="module")
def extractor(tmp_path_factory) -> EntityExtractor:
    return EntityExtractor(EntityRegistry.load(overlay=tmp_path_factory.mktemp("trades") / "entities-learned.jsonl"))


@pytest.mark.parametrize("body, lang, want", [
    ("Glazier Martsinkevich said the windows were replaced. Plasterer Yurkevich showed the walls.", "en",
     ["Martsinkevich", "Yurkevich"]),
    ("Turner Kovalenko said the lathe is new. Later Butcher Lagunovich said the sausages sell well.", "en",
     ["Kovalenko", "Lagunovich"]),
    ("Duty meteorologist Ostrovsky said the frost would last. Senior locksmith Dovnar explained the repair.", "en",
     ["Ostrovsky", "Dovnar"]),
    ("Сварщик Жуковский рассказал о работе. Закройщица Лемешевская показала новые модели.", "ru",
     ["Zhukovsky", "Lemeshevskaya"]),
    ("Нотариус Гордейчик пояснил порядок. Дознаватель Русакович установил, откуда шли звонки.", "ru",
     ["Gordeichik", "Rusakovich"]),
    ("Токар Шыманскі расказаў пра новы станок. Рыбавод Карповіч паказаў сажалкі.", "be", ["Shimansky", "Karpovich"]),
])
def test_a_trade_then_a_lone_surname_is_a_worker(extractor, body, lang, want):
    assert facets(extractor, body, lang)["persons"] == want


@pytest.mark.parametrize("body, want", [
    ("The report was written by James Baker and Anna Cook.", ["James Baker", "Anna Cook"]),
    ("The film was praised by Tom Weaver on Monday.", ["Tom Weaver"]),
])
def test_a_trades_word_after_a_given_name_is_a_surname(extractor, body, want):
    assert facets(extractor, body)["persons"] == want


@pytest.mark.parametrize("body, lang, want", [
    ("The deal was signed by vice president of the company Rashad Ilgar oglu Huseynov.", "en", ["Rashad Huseynov"]),
    ("Ambassador of Kyrgyzstan Aibek Temir uulu Osmonov visited the plant on Monday.", "en", ["Aibek Osmonov"]),
    ("The delegation was led by Gulnara Rustam kyzy Aliyeva, deputy minister.", "en", ["Gulnara Aliyeva"]),
    ("Посол Киргизии Айбек Темир уулу Осмонов посетил завод.", "ru", ["Aibek Osmonov"]),
    ("Гульнара Рустам кызы Алиева рассказала о планах.", "ru", ["Gulnara Aliyeva"]),
    ("Гостей встретили вместе с Фуадом Тофик оглы Рзаевым.", "ru", ["Fuad Rzayev"]),
    ("Дакумент падпісаў віцэ-прэзідэнт холдынгу Эльчын Натыг оглы Мамедаў.", "be", ["Elchin Mamedov"]),
])
def test_a_turkic_son_of_names_the_father_not_the_family(extractor, body, lang, want):
    assert facets(extractor, body, lang)["persons"] == want
