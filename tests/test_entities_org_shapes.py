"""Organization shapes a reader meets in the regional news, and the phrases that look like
organizations or places but are none: what the facets show for one article."""

from __future__ import annotations

import pytest

from searchsvc.article import Article
from searchsvc.entities import EntityExtractor, EntityRegistry


def facets(registry: EntityRegistry, body: str) -> dict[str, list[str]]:
    article = Article(id="t", title="News", body=body, site="Test", published="2026-01-01")
    EntityExtractor(registry).annotate(article)
    return {key: [registry.label(i, "en") for i in getattr(article, key)]
            for key in ("persons", "organizations", "places")}


def test_names_with_inner_commas_ordinals_frequencies_branches_and_purpose_tails(registry):
    found = facets(registry, "A delegation of the Ministry of Agriculture, Forestry and Water Management of Serbia "
                             "came. The Ministry of Defence's 1134th Military Clinical Medical Center helped. "
                             "The channel will cooperate with Radio Mogilev 105.3 FM. Graduates will work for "
                             "Gomel Branch of the Belarusian Railways. Scientists of the Scientific and Practical "
                             "Center of the National Academy of Sciences of Belarus for Bioresources counted birds.")
    assert {"Ministry of Agriculture, Forestry and Water Management of Serbia", "1134th Military Clinical Medical Center",
            "Radio Mogilev", "Gomel Branch of the Belarusian Railways",
            "Scientific and Practical Center of the National Academy of Sciences of Belarus for Bioresources"} \
        <= set(found["organizations"])
    assert "Ministry of Agriculture and Food of Belarus" not in found["organizations"]
    assert "Serbia" in found["places"]


def test_a_name_stops_before_the_next_person_and_farm_companies_named_after_villages(registry):
    found = facets(registry, "Mechanic operator of the agricultural production cooperative Rodina-Shklov Mikhail "
                             "Ivanovich Voronko received a medal. The best results were shown by Osipovichi-Agro.")
    assert {"Rodina-Shklov", "Osipovichi-Agro"} <= set(found["organizations"])
    assert not any("Mikhail" in o for o in found["organizations"])


def test_leagues_venues_models_and_days_are_no_organizations(registry):
    found = facets(registry, "Torpedo-BelAZ leads the Belarusian Premier League. Talks took place at the Oman "
                             "Convention and Exhibition Centre. Amkodor 352 loaders and MAZ-303 buses were shown. "
                             "Doctors of the Novopolotsk Central City Hospital on World Health Day checked blood.")
    orgs = found["organizations"]
    assert not any("League" in o or "Exhibition" in o or "Health Day" in o for o in orgs), orgs
    assert "Amkodor" not in orgs and "Minsk Automobile Plant" not in orgs
    assert "Novopolotsk Central City Hospital" in orgs


def test_a_place_inside_a_slogan_a_route_or_an_honorary_title_is_no_place(registry):
    found = facets(registry, "The forum For Belarus! Strong Women – Strong Country took place. The trail joins the "
                             "Green Belarus tourist route. The title Honoured Worker of Agriculture of the Republic of "
                             "Belarus was conferred on an agronomist.")
    assert found["places"] == []
    assert facets(registry, "Partisans fought in Western Belarus.")["places"] == ["Belarus"]


def test_clubs_foreign_ministries_and_named_plants_on_russian_and_belarusian_pages(registry):
    be = facets(registry, "Хакейны клуб «Нёман» (Гродна) перамог ХК «Шахцёр» (Салігорск).")
    assert {"HC Neman Grodno", "HC Shakhtyor Soligorsk"} <= set(be["organizations"])
    ru = facets(registry, "Соглашение подписали Министерство экономики Республики Сербия и ОАО «Дятловский "
                          "ликеро-водочный завод «Алгонь».")
    assert {"Ministry of Economy of Serbia", "Dyatlovo Distillery Algon"} <= set(ru["organizations"])
    assert "Ministry of Economy of Belarus" not in ru["organizations"]


def _site_organizations(registry, body: str, site: str) -> list[str]:
    article = Article(id="t", title="News", body=body, site=site, published="2026-01-01")
    EntityExtractor(registry).annotate(article)
    return [registry.label(o) for o in article.organizations]


@pytest.mark.parametrize("body", [
    "В райисполкоме сообщили, что ярмарка пройдет в субботу.",
    "Райвыканкам выдзеліў сродкі на рамонт школы.",
    "Как сообщили в горисполкоме, ярмарка пройдет в субботу.",
])
def test_a_bare_raiispolkom_the_story_names_is_the_publishing_committee(registry, body):
    site = "Narovlya City Executive Committee" if "гор" in body else "Narovlya District Executive Committee"
    assert _site_organizations(registry, body, site) == [site]
    assert facets(registry, body)["organizations"] == []  # on a site that is no committee: whose, unknown


@pytest.mark.parametrize("body", [
    "Председатель райисполкома Павел Курилович предложил создать совместное предприятие.",
    "Гостей встретил заместитель председателя райисполкома Курилович П.С.",
    "Старшыня райвыканкама Павел Курыловіч павіншаваў выпускнікоў.",
    "Об этом рассказала начальник отдела идеологической работы райисполкома Ирина Шаповалова.",
    "Старшыня раённага Савета дэпутатаў П.С. Курыловіч уручыў падзякі.",
])
def test_a_post_of_the_bare_raiispolkom_names_a_person_not_the_committee(registry, body):
    """A journalist files the story under the committee when it names it, not when a post is "of" it."""
    assert not any("Committee" in o or "Council" in o
                   for o in _site_organizations(registry, body, "Narovlya District Executive Committee"))


def test_a_legal_form_after_the_name_is_no_part_of_it(registry):
    found = facets(registry, "Director of Smorgon Optical Machine Tool Plant OJSC Oleg Petrov spoke.")
    assert "Smorgon Optical Machine Tool Plant" in found["organizations"]
    assert "Belarus" not in facets(registry, "The Chinese company Zoomlion Belarus LLC opened a plant.")["organizations"]
    orgs = _site_organizations(registry, "Лепельскі краязнаўчы музей адкрыўся.", "Dzerzhinsk District Executive Committee")
    assert "Lepel Museum of Local Lore" in orgs
