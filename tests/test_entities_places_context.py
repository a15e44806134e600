"""Places a story names in ways the gazetteer alone does not read (issue 14): a river by its bare name after its
bank or mouth, a village no list holds in a list after a known town, a country named like a common noun in
mid-sentence, Belarusian spellings of villages, towns abroad and lands in the press's Russian-based form, a canal
named by its adjective, and what is no place: a country's possessive glued to a feature, a house of culture."""

from __future__ import annotations

import pytest

from searchsvc.article import Article
from searchsvc.entities import EntityExtractor
from searchsvc.entities.places import PlaceRegistry
from searchsvc.entities.registry import EntityRegistry


def _labels(places: PlaceRegistry, text: str) -> list[str]:
    return [p.label("en") for p in places.named(text)]


@pytest.mark.parametrize("text, label", [
    # a river's bare name after the nouns of its banks and course
    ("The volunteers cleaned the banks of the Ptich last Saturday.", "Ptich River"),
    ("A bridge will be built near the mouth of the Berezina.", "Berezina River"),
    # a village no list holds, in a list after a town found just before it
    ("Teams of the forestry collected litter near Lida and Zarechka.", "Zarechka"),
    # a country named like a common noun, capitalized in mid-sentence before its verb
    ("The exporter said Turkey buys about 2,000 tonnes of flax a year.", "Turkey"),
    # Belarusian spellings named as the press names them from Russian
    ("Новую ферму адкрылі ў вёсцы Малінавічы.", "Malinovichi"),
    ("Дэлегацыя з Бранска наведала раён.", "Bryansk"),
    ("На Палессі пачалася пасяўная.", "Polesie"),
    # a canal named by its adjective before its kind word
    ("Туристы прошли на байдарках вдоль Лепельского канала.", "Lepelsky Canal"),
])
def test_a_place_named_by_its_context(places, text, label):
    assert label in _labels(places, text)


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("The fund helps farmers in Poland's Lake Wigry area.", ["Poland", "Lake Wigry"], ["Poland Lake Wigry"]),
    ("The shop sold roast Turkey breast and salads.", [], ["Turkey"]),
    ("Канцэрт адбыўся ў Доме культуры вёскі.", [], ["Damme"]),
    ("Передачу показал Белорусский канал.", [], ["Belorussky Canal"]),
    ("The director of the Neman club resigned.", [], ["Neman River"]),
])
def test_what_is_no_place_or_another_one(places, text, wanted, unwanted):
    found = _labels(places, text)
    assert all(w in found for w in wanted) and not any(u in found for u in unwanted), found


def test_a_region_abroad_in_a_russian_bodys_name_is_a_place_of_the_story():
    extractor = EntityExtractor(EntityRegistry.load(), learn=False)
    article = Article(id="t1", title="Меморандум", body="Меморандум о сотрудничестве подписали с хокимиятом "
                      "Самаркандской области и администрацией Тверской области.", site="Lida District Executive Committee",
                      published=None, url=None, lang="ru")
    extractor.annotate(article)
    labels = {extractor.registry.places.label(p) for p in article.places}
    assert {"Samarkand Region", "Tver Oblast"} <= labels, labels


@pytest.mark.parametrize("text", ["Farmers of the Danube delta sow rice.", "Фермеры в дельте Дуная сеют рис.",
                                  "The Danube Delta is a reserve."])
def test_a_rivers_delta_is_the_delta_whatever_case_its_kind_word_takes(places, text):
    assert "Danube Delta" in _labels(places, text) and "Danube" not in _labels(places, text)
