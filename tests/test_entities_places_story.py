"""Which places a story names, read from where and how the page names them (issue 14): a district's town in the
headline or as a modifier is the district's shorthand; a country after a route's preposition, a city that ends an
event's name, a feast's name, a district abroad named by its adjective, a region that two countries' places share
read by the country the page names, a city of two letters in its cases."""

from __future__ import annotations

import pytest

from searchsvc.article import Article
from searchsvc.entities import EntityExtractor
from searchsvc.entities.places import PlaceRegistry
from searchsvc.entities.registry import EntityRegistry


def _labels(places: PlaceRegistry, text: str) -> list[str]:
    return [p.label("en") for p in places.named(text)]


def _story_places(title: str, body: str) -> list[str]:
    registry = EntityRegistry.load(overlay=None)
    article = Article(id="t", title=title, body=body, site="Test", published="2026-01-01")
    EntityExtractor(registry).annotate(article)
    return [registry.places.label(p) for p in article.places]


@pytest.mark.parametrize("title, body", [
    ("Klichev flax growers ahead of schedule",
     "Farms of Klichev District have pulled flax from 900 hectares. The Klichev team thanked the mechanics."),
    ("Japanese buyers taste cheese in Kopyl",
     "A delegation from Japan visited Kopyl District on 3 May. They met the Kopyl dairy workers at the farm."),
])
def test_a_districts_town_in_the_headline_or_as_a_modifier_is_the_district(title, body):
    found = _story_places(title, body)
    town = title.split()[0] if title.startswith("K") else title.split()[-1]
    assert f"{town} District" in found and town not in found


def test_a_districts_town_the_body_names_as_a_place_stays():
    found = _story_places("Klichev flax growers ahead of schedule",
                          "Farms of Klichev District have pulled flax. The meeting was held in Klichev on Monday.")
    assert "Klichev District" in found and "Klichev" in found


@pytest.mark.parametrize("text, label", [
    ("The trucks will go by rail through Jordan to the port of Aqaba.", "Jordan"),
    ("The cargo is shipped via Georgia and Azerbaijan.", "Georgia"),
])
def test_a_country_of_an_ambiguous_name_after_a_routes_preposition(places, text, label):
    assert label in _labels(places, text)


@pytest.mark.parametrize("text, absent", [
    ("The plant showed its tyres at the Agro Expo Tashkent show in spring.", "Tashkent"),
    ("Publishers were invited to the Book Fair Warsaw next year.", "Warsaw"),
    ("Pilgrims came for the Feast of Our Lady of Lourdes in February.", "Lourdes"),
    ("The guests rested at the Vileyka Reservoir recreation area.", "Vileyka Reservoir"),
])
def test_a_place_inside_an_events_feasts_or_venues_name_is_no_place(places, text, absent):
    assert absent not in _labels(places, text)


@pytest.mark.parametrize("text, label", [
    ("Пограничники из Краславского района встретились с коллегами.", "Kraslava District"),
    ("Пчеловоды из Утенского района привезли мёд.", "Utena District"),
])
def test_a_district_abroad_by_its_adjective_without_its_region(places, text, label):
    assert any(label in p.names() for p in places.named(text)), _labels(places, text)


@pytest.mark.parametrize("text, label", [
    ("Фермеры из Нидерландов, из провинции Лимбург, приехали в Лиду.", ("NL", "Limburg")),
    ("Фермеры из Бельгии, из провинции Лимбург, приехали в Лиду.", ("BE", "Limburg")),
])
def test_a_region_two_countries_share_is_the_one_of_the_country_the_page_names(places, text, label):
    country, name = label
    assert any(p.country == country and name in p.label("en") for p in places.named(text))


@pytest.mark.parametrize("text", ["Мы готовы обучать специалистов из Бишкека и Оша.", "Делегация в Оше осмотрела рынок.",
                                  "Ошибки исправлены."])
def test_a_city_of_two_letters_in_its_cases(places, text):
    assert ("Osh" in _labels(places, text)) == ("Ош" in text and "Ошибки" not in text)


@pytest.mark.parametrize("text, label", [
    ("The kits will be assembled in Shubra El Kheima and sold in Borg El Arab.", "Shubra El Kheima"),
    ("The kits will be assembled in Shubra El Kheima and sold in Borg El Arab.", "Borg El Arab"),
    ("Фермеры Чуйской долины закупят тракторы.", "Chuy Valley"),
    ("Гости из Зеравшанской долины осмотрели завод.", "Zeravshan Valley"),
])
def test_a_partners_city_or_valley_by_the_name_the_press_uses(places, text, label):
    assert label in _labels(places, text)


@pytest.mark.parametrize("text, label", [
    ("Пчеловод из деревни Кличев рассказал о мёде.", "Klichev village"),
    ("The beekeeper from the village of Kopyl said the spring was cold.", "Kopyl village"),
])
def test_a_village_named_like_a_town_is_the_village(places, text, label):
    (village,) = places.named(text)
    assert village.kind == "village" and label in village.identity_names()
