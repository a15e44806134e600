"""A guest of a country the page names beside the name, written in Cyrillic, comes out as that country spells
the name (issue 14, blind22: «Пётр Новак» of a Polish delegation is Piotr Nowak, not Pyotr Novak): the page's
country (its name or adjective in any case, `name_countries.tsv`), the reading of the first name that country's
list has, the surname by its list or letter rules where the country claims it, the Russian romanization kept
as an alias of the same person. The names here are invented combinations; none is in a blind set.
"""

from __future__ import annotations

import pytest

from searchsvc.article import Article
from searchsvc.entities import EntityExtractor, EntityRegistry
from searchsvc.entities.person_names import countries_named


@pytest.fixture()
def extractor(tmp_path) -> EntityExtractor:
    return EntityExtractor(EntityRegistry.load(overlay=tmp_path / "entities-learned.jsonl"))


def _persons(extractor: EntityExtractor, body: str, lang: str) -> dict[str, set[str]]:
    article = Article(id="t", title="", body=body, site="Test", published="2024-01-01", lang=lang)
    extractor.annotate(article)
    registry = extractor.registry
    return {registry.label(i, "en"): set(registry.get(i).names()) for i in article.persons}


@pytest.mark.parametrize("body, lang, want, alias", [
    ("Польскую делегацию возглавил Павел Ковальчик, директор фирмы из Люблина.", "ru",
     "Paweł Kowalczyk", "Pavel Kovalchik"),
    ("Госці з Польшчы наведалі завод. Групу ўзначальваў Пётр Дамброўскі з Гданьска.", "be",
     "Piotr Dąbrowski", None),
    ("Литовскую группу возглавил Миндаугас Петраускас из Каунаса.", "ru", "Mindaugas Petrauskas", None),
    ("Група студэнтаў з Германіі працавала ў музеі. З імі прыехала выкладчыца Лаўра Вагнер з Лейпцыга.", "be",
     "Laura Wagner", None),
    ("Гости из Нидерландов побывали на ферме. Группу возглавил Йост Виссер из Утрехта.", "ru",
     "Joost Visser", None),
])
def test_a_guest_is_spelt_as_the_guests_country_spells(extractor, body, lang, want, alias):
    persons = _persons(extractor, body, lang)
    assert want in persons
    if alias:
        assert alias in persons[want]


def test_a_dutch_name_with_a_second_given_name_and_a_particle(extractor):
    body = "Госці з Нідэрландаў наведалі гаспадарку. Дэлегацыю ўзначальваў Ян Пітэр дэ Йонг, фермер з Гронінгена."
    assert "Jan Pieter de Jong" in _persons(extractor, body, "be")


@pytest.mark.parametrize("body, lang, want", [
    # (a local host: the post and the local body before the name; a Russian name the country has not)
    ("Делегацию из Польши встретил председатель райисполкома Павел Ковальчик.", "ru", "Pavel Kovalchik"),
    ("Гостей из Германии встретил Сергей Шмидт, директор местной школы.", "ru", "Sergei Shmidt"),
])
def test_a_local_host_keeps_the_russian_spelling(extractor, body, lang, want):
    assert want in _persons(extractor, body, lang)


def test_the_countries_a_page_names():
    assert countries_named("Польскую сторону представлял ... гости из Литвы и з Нідэрландаў, нямецкія валанцёры") \
        == ("poland", "lithuania", "the_netherlands", "germany")
    assert countries_named("Франциск Скорина; грузили зерно; финансы") == ()


@pytest.mark.parametrize("body, want", [
    ("The foals were delivered by Karl-Heinz Brenner of the Holsteiner Verband and his assistant.", "Karl-Heinz Brenner"),
    ("The seed was supplied by Anna-Lena Vogt of the Saatgut Union.", "Anna-Lena Vogt"),
])
def test_a_hyphenated_given_name_is_a_persons(extractor, body, want):
    assert want in _persons(extractor, body, "en")
