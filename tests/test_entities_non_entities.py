"""Things that are no persons, organizations or places (issue 14): breeds, drinks, products, brands,
holidays, medals, trains, tournaments named for a person, sports venues -- by the words beside them that
`non_entities.tsv` lists for every language. Invented pages; what is asserted is what a reader sees in
the persons and organizations facets.
"""

from __future__ import annotations

import pytest

from entity_sets import facets

from searchsvc.article import Article
from searchsvc.entities import EntityExtractor, EntityRegistry


@pytest.fixture(scope="module")
def registry(tmp_path_factory) -> EntityRegistry:
    return EntityRegistry.load(overlay=tmp_path_factory.mktemp("things") / "entities-learned.jsonl")


@pytest.fixture(scope="module")
def extractor(registry) -> EntityExtractor:
    return EntityExtractor(registry)


@pytest.mark.parametrize("body", [
    "The farm will buy 300 heifers of the Red-and-White Angeln breed from its partners.",
    "The brewery showed its Kvass Polotsky drink and the new Zaslavl Krynitsa beer at the fair.",
    "Guests joined the Ivan Kupala festivities on the bank of the river.",
    "At the Zarya Ozerny dairy complex of the farm, the director showed the new milking hall.",
    "The volunteers will join the Victory Train to Brest in May.",
    "He will wrestle at the Grand Prix Alexander Medvedko in Minsk in March.",
    # a namesake with the title he is honoured by between the cue and his name
    "Pupils of the sports school named after Olympic champion Viktor Kozlovsky won the relay.",
    "The readings were held in memory of the famous teacher Anton Zhukovich.",
])
def test_a_thing_named_like_a_person_or_a_body_is_neither(extractor, body):
    assert facets(extractor, body) == {"persons": [], "organizations": []}


def test_a_medal_named_in_words_is_no_organization(extractor):
    got = facets(extractor, "Rescuer Ivan Korotkevich was awarded the medal For Courage in Fire Service.")
    assert got == {"persons": ["Ivan Korotkevich"], "organizations": []}


def test_a_sports_venue_is_where_people_stay_not_a_body(extractor):
    got = facets(extractor, "The wrestlers live at the hotel of the Central Sports Complex of the town.")
    assert got["organizations"] == []


@pytest.mark.parametrize("body, lang", [
    ("Покупатели выбрали диван «Гомельдрев-Париж» и другие модели мебели.", "ru"),
    ("Пакупнікі выбралі канапу «Гомельдрэў-Парыж» і іншыя мадэлі.", "be"),
])
def test_a_product_model_in_quotes_is_no_company(extractor, body, lang):
    assert facets(extractor, body, lang)["organizations"] == []


def test_a_person_who_speaks_of_a_breed_or_a_medal_stays_a_person(extractor):
    got = facets(extractor, "Zootechnician Ivan Korotkevich said the breed gives more milk. The medal went to "
                            "milkmaid Olga Zhuravskaya.")
    assert got["persons"] == ["Ivan Korotkevich", "Olga Zhuravskaya"]


def test_a_khokim_is_a_post_not_a_person(extractor):
    got = facets(extractor, "The delegation was headed by First Deputy Khokim of Andijan Region Bakhtiyor Rakhimov.")
    assert got["persons"] == ["Bakhtiyor Rakhimov"]


@pytest.mark.parametrize("body", [
    "The volunteers won the 100 Ideas for Belarus contest last year.",
    "Local choirs sang at the Pearls of Polesie festival.",
    "The gymnasium is named after Euphrosyne of Polotsk.",
    # a product or brand named after a place, and a venue named after its district
    "Visitors tasted Lepel Honey and the new cheeses of the farm.",
    "The Krupki Linen collection was shown at the fashion week.",
    "The voters met their deputy at the Kopyl District House of Culture.",
    # ... a word or two of its kind between the place and the venue's word
    "The final was played at the Rossony Sports Palace on Sunday.",
    "The choir sang at the Kopyl District Central House of Culture.",
])
def test_a_place_inside_an_event_s_name_or_an_epithet_is_no_place_of_the_page(extractor, body):
    article = Article(id=f"t-{hash(body)}", title="", body=body, site="Test", published="2024-01-01", lang="en")
    extractor.annotate(article)
    assert article.places == []


def test_the_same_place_named_as_a_place_stays(extractor):
    body = "The volunteers from Polotsk won the 100 Ideas for Belarus contest."
    article = Article(id=f"t-{hash(body)}", title="", body=body, site="Test", published="2024-01-01", lang="en")
    extractor.annotate(article)
    assert [extractor.registry.label(i, "en") for i in article.places] == ["Polotsk"]


@pytest.mark.parametrize("body, want", [
    # a theatre in a list of sights the guests were taken to is a building, as after "visited" ...
    ("The delegation visited the Town Hall, the Mogilev Puppet Theatre and the market.", []),
    # ... one that acts is a body
    ("The guests toured the Town Hall, and the Mogilev Puppet Theatre staged a play for them.",
     ["Mogilev Puppet Theatre"]),
])
def test_a_theatre_among_the_sights_visited_is_a_venue(extractor, body, want):
    assert facets(extractor, body)["organizations"] == want


@pytest.mark.parametrize("body", [
    "The best cadets will receive the For Distinguished Service badge in May.",
    "A shop opened near the Lida Bus Station, the only one in the district.",
    "Tourists met their guide at the Polotsk Railway Station.",
])
def test_an_award_named_for_what_it_rewards_and_a_passengers_station_are_no_bodies(extractor, body):
    assert facets(extractor, body)["organizations"] == []


def test_a_research_station_stays_a_body(extractor):
    assert facets(extractor, "The Vitebsk Regional Experimental Station sent its agronomists to the farm.")[
        "organizations"] == ["Vitebsk Regional Experimental Station"]


def test_a_war_named_by_its_adjectives_is_no_person(extractor):
    body = "Школьники встретились с ветеранами Великой Отечественной войны и Северной войны."
    assert facets(extractor, body, "ru")["persons"] == []


@pytest.mark.parametrize("body, lang", [
    # a company's name ends in a word no person's name has
    ("Representatives of the Dubai distributor Al Najma Trading visited the dairy.", "en"),
    # the people a post names, in the plural: a holiday's, a body's words
    ("The judges will go to Mogilev for the Day of Justice Workers.", "en"),
    ("Губернатор сообщил, что Кабинет Министров Республики Башкортостан подпишет программу.", "ru"),
    ("Старшыня Савета Дэпутатаў адкрыў сесію.", "be"),
    # a quoted title whose words run on after a pair that looks like a name
    ("Концерт «Мелодии Великой реки» прошел в рамках фестиваля.", "ru"),
    # a body's noun after a post, its name going on in lower case
    ("Дырэктар Дома рамёстваў паказала гасцям саломапляценне.", "be"),
])
def test_a_company_a_body_of_people_or_a_title_is_no_person(extractor, body, lang):
    assert facets(extractor, body, lang)["persons"] == []


@pytest.mark.parametrize("body", [
    "The drilling rig Sibirmash 4000 arrived at the oil field by rail.",
    "The drilling rig Sibirmash-4000 arrived at the oil field by rail.",
])
def test_a_maker_s_coined_name_with_a_model_number_is_a_product_not_a_company(extractor, body):
    assert facets(extractor, body)["organizations"] == []
