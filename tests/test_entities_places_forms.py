"""Places by the forms Russian and Belarusian write them in (issue 14, fifteenth session): a region abroad by its
adjective, "области" and its country, whatever the country (listed or not); a town in -ичи/-ічы in the genitive plural
anywhere in a list after its preposition; lakes named with the plural kind word; a district's Belarusian adjective
spelled otherwise than the gazetteer; a name in -а in the accusative (the river, not a town in -о). Names differ from
the blind sets'."""

from __future__ import annotations

import pytest

from searchsvc.entities.places import PlaceRegistry


def found(places: PlaceRegistry, text: str) -> list[str]:
    return [places.label(p) for p in places.find(text)]


@pytest.mark.parametrize("text, region", [
    ("Дэлегацыя Нарынскай вобласці Кыргызстана наведала Ліду.", "Naryn Region"),
    ("Гости из Костанайской области Казахстана приехали в Оршу.", "Kostanay Region"),
    ("Делегация Ошской области Киргизии побывала в Пинске.", "Osh Region"),
    ("Фермеры Джизакской области Узбекистана купили тракторы.", "Jizzakh Region"),
])
def test_a_region_abroad_by_its_adjective_and_country(places, text, region):
    assert region in found(places, text)


def test_an_oblast_at_home_is_still_the_listed_oblast(places):
    assert found(places, "Делегация Гомельской области Беларуси") == ["Gomel Oblast", "Belarus"]


@pytest.mark.parametrize("text, towns", [
    ("Вучні з Ганцавіч і Івацэвіч прыехалі на конкурс.", ["Gantsevichi", "Ivatsevichi"]),
    ("Гасцей з Баранавіч, Ляхавіч і Ганцавіч сустрэлі ў школе.", ["Baranovichi", "Lyakhovichi", "Gantsevichi"]),
])
def test_towns_in_the_genitive_plural_anywhere_in_a_list(places, text, towns):
    assert found(places, text) == towns


def test_a_lake_named_with_the_plural_kind_word(places):
    assert "Lake Svir" in found(places, "Турысты наведалі азёры Свір і касцёл.")


@pytest.mark.parametrize("text, district", [
    ("Міністр наведаў Вяткаўскі раён.", "Vetka District"),
    ("Жніво ў Рачыцкім раёне скончылася.", "Rechitsa District"),
])
def test_a_districts_belarusian_adjective_spelled_another_way(places, text, district):
    assert found(places, text) == [district]


def test_a_name_in_a_in_the_accusative_is_the_river(places):
    assert found(places, "Туристы прошли по мосту через Березину.") == ["Berezina River"]


@pytest.mark.parametrize("text, places_found", [
    ("Ягады збіраюць на журавінавых плантацыях «Палессе» ля вёскі Лахва.", ["Lakhva"]),
    ("На молочной ферме «Заречье» в деревне Хожово доят коров.", ["Khozhovo"]),
    ("Вырабы фабрыкі «Слонім» ідуць у Мінск.", ["Minsk"]),
])
def test_a_name_in_quotes_after_a_common_noun_is_that_things(places, text, places_found):
    assert found(places, text) == places_found


@pytest.mark.parametrize("text, lakes", [
    ("Турысты наведалі азёры Свір і Нарач.", ["Lake Svir", "Lake Naroch"]),
    ("Рыбаки ловят на озёрах Нарочь, Мястро и Баторино.", ["Lake Naroch", "Lake Myastro", "Lake Batorino"]),
    ("Вада ў азёрах Беларусі і Літвы чыстая.", ["Belarus", "Lithuania"]),
])
def test_lakes_that_share_one_plural_kind_word(places, text, lakes):
    assert found(places, text) == lakes


@pytest.mark.parametrize("text, places_found", [
    ("The delegation held talks with the Fergana Region khokim in Lida.", ["Fergana Region", "Lida"]),
    ("The Almaty Region akim came to Orsha.", ["Almaty Region", "Orsha"]),
    # a capitalized post before a name is the person's title: its region is no mention of the place
    ("Bryansk Oblast Governor Ivan Petrov came to Orsha.", ["Orsha"]),
])
def test_a_region_before_a_post_in_lower_case_is_mentioned(places, text, places_found):
    assert found(places, text) == places_found
