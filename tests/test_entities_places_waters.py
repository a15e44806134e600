"""Classes of places and sites the blind11 pages showed missing (issue 14), checked on names of their
own (none from any blind set): Belarus's rivers and lakes by their data rows in any case form and by
their shape, a list of names sharing one plural kind word, a province after its kind word in
Belarusian, the seat of a mission abroad, the campaign named like a forest; district sites and places
that Belarusian pages name by a translated adjective; and the page shapes whose site or date the
ingester missed (a date line above the site, pipe crumbs, a date only in the URL's path)."""

from __future__ import annotations

import pytest

from searchsvc.article import Article
from searchsvc.entities import EntityExtractor, EntityRegistry  # (registry: tests/conftest.py)
from searchsvc.entities.places import PlaceRegistry, translated_adjectives
from searchsvc.entities.sites import SiteRegistry
from searchsvc.ingest import ingest_paths
from searchsvc.ingest.dates import date_in_url


def facet(registry: EntityRegistry, body: str) -> list[str]:
    """The place facet's English values, as a reader of the article sees them."""
    article = Article(id="t", title="News", body=body, site="Test", published="2026-01-01")
    EntityExtractor(registry).annotate(article)
    return [registry.label(p, "en") for p in article.places]


def test_belarus_rivers_by_their_kind_word_in_every_case_and_alone(registry):
    assert facet(registry, "Рыбакі сабраліся на рацэ Гайна.") == ["Gaina River"]
    assert facet(registry, "Рыбаки ловили щуку над рекой Узой.") == ["Uza River"]  # a short name declined
    assert facet(registry, "Маршрут ішоў да зліцця Лучосы і Касплі.") == ["Luchosa River", "Kasplya River"]
    assert facet(registry, "Экспедиция дошла до слияния Сожа и Ипути.") == ["Sozh River", "Iput River"]
    assert facet(registry, "The kayakers went along the Volma and the Gaina.") == ["Volma River", "Gaina River"]


def test_belarusian_place_names_in_the_russian_form_the_press_romanizes(registry):
    # a ў after a vowel is the л of a listed place's Russian name (Воўчын: Волчин, not Vovchin); Навая is
    # Новая (a village no list has)
    assert facet(registry, "Рыбакі сабраліся на рацэ Воўчын.") == ["Volchin River"]
    assert facet(registry, "Свята прайшло ў вёсцы Навая Луцкая.") == ["Novaya Lutskaya"]


def test_a_lake_named_by_an_adjective_after_its_kind_word(registry):
    assert facet(registry, "Туристы отдыхали на озере Кривичское.") == ["Lake Krivichskoye"]
    # Belarusian adjective, Russian-shaped English label as the press writes it
    assert facet(registry, "Вучні прыбралі бераг каля возера Гарадзішчанскае.") == ["Lake Garadzishchanskoye"]
    assert facet(registry, "На возеры Гарадзішчанскім адпачывалі турысты.") == []  # an oblique case: no new lake


def test_a_river_by_its_name_after_the_and_a_verb_and_a_lake_by_its_adjective_before_its_kind_word(registry):
    assert facet(registry, "The delegates admired the Pripyat at sunset.") == ["Pripyat River"]
    assert facet(registry, "Both banks share the Drut and its forests.") == ["Drut River"]
    assert facet(registry, "Fans of the Neman team met the players.") == []  # a team named after the river
    assert facet(registry, "Мусор собрали у Старосельского озера.") == ["Lake Staroselskoye"]
    assert facet(registry, "Школьнікі прыбралі бераг Дубравенскага возера.") == ["Lake Dubravenskoye"]
    assert facet(registry, "Парк на беразе Дзвіны адкрылі ў суботу.") == ["Western Dvina"]


def test_a_town_of_two_words_named_again_by_its_last_word_is_that_town(registry):
    assert facet(registry, "Гродна і Ніжні Ноўгарад падпісалі план. «Гродна і Ноўгарад — сябры»,— сказаў ён.") \
        == ["Grodno", "Nizhny Novgorod"]


def test_a_neuter_town_is_not_a_feminine_river(registry):
    assert facet(registry, "Праздник прошел в Березино.") == ["Berezino"]
    assert "Berezino" not in facet(registry, "Кувшинки цветут по берегам Березины.")


def test_a_club_named_after_a_river_in_quotes_is_no_river(registry):
    assert facet(registry, "Игроки «Сожа» выиграли домашний матч.") == []


def test_a_list_of_names_sharing_a_plural_kind_word(registry):
    assert facet(registry, "Experts from the Limburg and Zeeland provinces came.") == \
        ["Limburg Province", "Zeeland Province"]
    assert facet(registry, "Farmers in the Alba and Cluj counties grow maize.") == ["Alba County", "Cluj County"]


def test_a_province_after_its_kind_word_in_belarusian():
    places = PlaceRegistry.load()
    assert [places.label(p) for p in places.find("Лясы ў дэпартаменце Хінатэга гараць.")] == ["Jinotega Department"]


def test_a_campaign_named_like_a_forest_is_no_place(registry):
    assert facet(registry, "Inspectors of the Operation Forest Shield raids worked in the Naliboki Forest.") == \
        ["Naliboki Forest"]


def test_the_seat_of_a_mission_abroad_is_a_place(registry):
    assert "Warsaw" in facet(registry, "The Embassy of Peru in Warsaw helped to organise the visit.")


def test_mountain_ranges_by_their_plural_names(registry):
    assert facet(registry, "Skiers trained in the Dolomites and the Pyrenees.") == ["Dolomites", "Pyrenees"]


def test_a_district_named_after_a_word_by_its_belarusian_translation():
    assert translated_adjectives("Первомайский") == ["Першамайскі"]
    assert translated_adjectives("Лидский") == []
    sites = SiteRegistry.load()
    for name in ("Кастрычніцкі раённы выканаўчы камітэт", "Афіцыйны сайт Кастрычніцкага райвыканкама",
                 "Октябрьский райисполком"):
        assert sites.canonical(name) == "Oktyabrsky District Executive Committee", name
    places = PlaceRegistry.load()
    assert [places.label(p) for p in places.find("Сяўба ідзе ў Кастрычніцкім раёне.")] == ["Oktyabrsky District"]


def ingest_one(tmp_path, text, name="page.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = ingest_paths([path], extract_entities=False)
    (result,) = report.results
    assert not result.rejected, result.reason
    return result.article


BODY = ("Аграрии района завершили уборку зерновых на площади двенадцать тысяч гектаров. Средняя урожайность "
        "составила сорок центнеров с гектара, это лучший результат за пять лет.")


def test_a_date_line_above_the_site_name(tmp_path):
    a = ingest_one(tmp_path, f"14.08.2026 · 10:20\nMolodechno District Executive Committee\nHome » News » Agriculture\n\n"
                             f"Harvest completed in Molodechno District\n\n{BODY}\n")
    assert (a.site, a.title, a.published) == ("Molodechno District Executive Committee",
                                              "Harvest completed in Molodechno District", "2026-08-14")


def test_pipe_breadcrumbs_under_the_site_name(tmp_path):
    a = ingest_one(tmp_path, f"Вилейский районный исполнительный комитет\nНовости | Сельское хозяйство\n\n"
                             f"Уборка завершена\n\n{BODY}\n\nОпубликовано 14.08.2026 в 10:20\n")
    assert (a.site, a.title, a.published) == ("Vileyka District Executive Committee", "Уборка завершена", "2026-08-14")


@pytest.mark.parametrize("url, day", [
    ("https://vileyka.gov.by/ru/news/2026/08/14/uborka", "2026-08-14"),
    ("https://vileyka.gov.by/news/2026-08-14-uborka.html", "2026-08-14"),
    ("https://vileyka.gov.by/news/20260814-uborka.html", "2026-08-14"),
    ("https://vileyka.gov.by/news/14.08.2026/uborka", "2026-08-14"),
    ("https://vileyka.gov.by/upload/2026/08/photo.jpg", None),  # a month is no day
    ("https://vileyka.gov.by/news/2026/13/45/x", None),
])
def test_a_date_in_the_url_path(url, day):
    assert date_in_url(url) == day


def test_a_page_dated_only_by_its_url(tmp_path):
    a = ingest_one(tmp_path, f"URL: https://vileyka.gov.by/ru/news/2026/08/14/uborka\nВилейский райисполком\n\n"
                             f"Уборка завершена\n\n{BODY}\n")
    assert a.published == "2026-08-14" and a.site == "Vileyka District Executive Committee"


def test_a_short_russian_town_name_needs_a_place_word(registry):
    # world_places.tsv flags Клин, Луга, Сочи "context-ru": a town after "в", "из", in a list of places
    assert facet(registry, "Гости из Клина и Ржева осмотрели ферму.") == ["Klin", "Rzhev"]
    assert facet(registry, "Клин вбили в бревно, луга затопило.") == []
    assert facet(registry, "Specialists from Klin arrived.") == ["Klin"]  # the English name is not affected


def test_a_russian_town_named_with_a_hyphenated_adjective(registry):
    assert facet(registry, "Specialists from Pereslavl-Zalessky and Gus-Khrustalny arrived.") == \
        ["Pereslavl-Zalessky", "Gus-Khrustalny"]


def test_the_seat_of_a_body_named_in_its_name(registry):
    assert "Tartu" in facet(registry, "Researchers of the Institute of Physics of the University in Tartu came.")


def test_a_quoted_name_after_a_complex_camp_or_centre_is_no_place(registry):
    assert facet(registry, "Гости посетили мемориальный комплекс «Брест» и лагерь «Гомель».") == []


def test_regions_named_alone_spains_communities_and_us_states(registry):
    assert facet(registry, "Wine makers from Catalonia and Andalusia came to Minsk.") == ["Catalonia", "Andalusia", "Minsk"]
    assert facet(registry, "Фермеры из Техаса и Квинсленда приехали.") == ["Texas", "Queensland"]
    assert facet(registry, "Texas Instruments opened an office.") == []  # a name alone only in a place context
    assert facet(registry, "The delegation flew from Washington.") == ["Washington"]  # the capital, not the state


def test_the_village_a_bodys_name_is_seated_in(registry):
    # «Средняя школа агрогородка Х» is a school; the agrotown is a place the article names
    assert "Leplevka" in facet(registry, "Грамоты получили учителя ГУО «Средняя школа агрогородка Леплевка».")


def test_a_romanized_short_i_written_as_the_press_does():
    places = PlaceRegistry.load()
    village = places.get(places.find("Субботник прошел в деревне Майдановка.")[0])  # a village by its shape
    assert village.label() == "Maydanovka" and "Maidanovka" in village.names()  # BGN y, the press's i: one village


def test_an_ordinal_agreeing_with_the_next_word_is_no_village(registry):
    assert facet(registry, "Помнік ахвярам Першай сусветнай вайны адкрылі ў Лідзе.") == ["Lida"]


def test_the_city_a_named_city_district_belongs_to_is_a_place(registry):
    assert facet(registry, "The contract was signed in the Pervomaisky District of Vitebsk.") == ["Vitebsk"]
    assert facet(registry, "Oil was found in the province of Batman.") == ["Batman Province"]


def test_a_river_under_its_belarusian_romanization_is_the_known_river(registry):
    # (not a river of that page's own making: "Svislach River" is the Svisloch)
    assert facet(registry, "Anglers gathered on the bank of the Svislach River near the bridge.") == ["Svisloch River"]
