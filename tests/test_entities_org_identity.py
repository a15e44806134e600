"""One organization under every English name the press or an annotator gives its kind (kind_synonyms.tsv):
a flax mill is a flax plant, a museum of local lore a local history museum, "of the University" is "of
University"; the label stays as the page's translation gives it, a reader finds it under either name
(companies.CompanyNames.kind_synonyms, extract._article_forms). Names invented or of other towns than the
entity sets'."""

from __future__ import annotations

import pytest

from entity_sets import organizations
from searchsvc.entities.companies import CompanyNames, kind_synonyms
from searchsvc.entities.extract import _article_forms


def _names(registry, text: str) -> set[str]:
    found = organizations(registry, text)
    assert len(found) == 1, found
    entity = registry.get(next(iter(found.values())))
    return set(entity.names())


@pytest.mark.parametrize("written, other", [
    ("Dribin Flax Mill", "Dribin Flax Plant"),
    ("Ostrovets Linen Mill", "Ostrovets Flax Plant"),
    ("Kopyl Metalware Plant", "Kopyl Hardware Plant"),
    ("Krupki Museum of Local Lore", "Krupki Local History Museum"),
    ("Lyuban Museum of History and Local Lore", "Lyuban Local History Museum"),
    ("Kirovsk Cannery and Fruit Drying Plant", "Kirovsk Canning and Fruit Drying Plant"),
    ("Shklov Tractor Works", "Shklov Tractor Plant"),
    ("Glusk District Inspection of Natural Resources", "Glusk District Inspectorate of Natural Resources"),
])
def test_a_kind_word_s_synonym_names_the_same_body(written, other):
    assert other in CompanyNames().kind_synonyms(written)
    assert written in CompanyNames().kind_synonyms(other)


def test_a_name_without_a_kind_word_has_no_synonyms():
    assert CompanyNames().kind_synonyms("Belshina") == []


def test_every_row_of_the_table_has_two_forms_and_a_form_names_one_kind():
    groups = kind_synonyms()
    assert all(len(group) >= 2 for group in groups)
    forms = [form for group in groups for form in group]
    assert len(forms) == len(set(forms))


@pytest.mark.parametrize("text, other", [
    ("The Zhodino Flax Mill shipped 200 tonnes of fibre to Poland, the director said.", "Zhodino Flax Plant"),
    ("Visitors of the Kossovo Museum of Local Lore saw the new exhibition.", "Kossovo Local History Museum"),
])
def test_an_extracted_body_is_found_under_its_kind_s_other_name(registry, text, other):
    assert other in _names(registry, text)


@pytest.mark.parametrize("label, other", [
    ("Lida Agrarian College of the Grodno State Agrarian University", "Lida Agrarian College of Grodno State Agrarian University"),
    ("Polotsk Branch of Vitebsk State Medical University", "Polotsk Branch of the Vitebsk State Medical University"),
    ("Svisloch Centre of Crafts named after Ivan Lutsevich", "Svisloch Centre of Crafts"),
    ("Estonian Beekeepers' Association", "Estonian Beekeepers Association"),
])
def test_an_article_an_apostrophe_or_the_person_a_body_is_named_after_makes_no_other_body(label, other):
    assert other in _article_forms(label)


def test_a_numbered_body_keeps_the_person_it_is_named_after():
    assert _article_forms("Gymnasium No. 2 named after Yanka Kupala") == []


@pytest.mark.parametrize("text, name", [
    ("The guests were led by Anil Mehta, managing director of Escorts Kubota, and Ravi Rao of the embassy.",
     "Escorts Kubota"),
    ("The delegation was led by Zhou Ming, vice-president of Huaxin Dairy & Foods, and Li Na.", "Huaxin Dairy & Foods"),
    ("The buyer was Askar Beisenov, commercial director of the Technodom chain, and his deputy.", "Technodom"),
    ('"The yield is the best in years," said director of Zarya-Agro P.S. Klimko.', "Zarya-Agro"),
])
def test_the_body_a_manager_s_post_is_of_is_an_organization(registry, text, name):
    assert name in organizations(registry, text)


@pytest.mark.parametrize("text", [
    "Ivan Kolas, head of Lida District, came.",
    "Anna Petrova, director of the Grodno branch, came.",
])
def test_a_place_or_a_post_s_own_words_after_of_are_no_body(registry, text):
    assert not [label for label in organizations(registry, text) if "Lida" in label or label == "Grodno"]


@pytest.mark.parametrize("text, name", [
    ("Athletes trained at the Republican Centre of Olympic Training in Rowing and Canoeing in Zaslavl.",
     "Republican Centre of Olympic Training in Rowing and Canoeing"),
    ("Experts of the Regional Centre of Scientific Research in Animal Husbandry and Veterinary Medicine came.",
     "Regional Centre of Scientific Research in Animal Husbandry and Veterinary Medicine"),
])
def test_a_field_after_in_goes_on_with_the_name(registry, text, name):
    assert name in organizations(registry, text)


def test_a_place_after_in_ends_the_name(registry):
    found = organizations(registry, "Priya Rao represents the Confederation of Indian Industry in Gujarat.")
    assert "Confederation of Indian Industry" in found


@pytest.mark.parametrize("label, other", [
    ("Belarusian Society of Beekeepers", "Belarusian Beekeepers Society"),
    ("Estonian Gardeners Union", "Estonian Union of Gardeners"),
    ("Glubokoye District Organization of the Belarusian Society of Hunters and Fishermen",
     "Glubokoye District Organization of the Belarusian Hunters and Fishermen Society"),
])
def test_a_society_s_people_stand_before_it_or_after_it(label, other):
    assert other in _article_forms(label)


@pytest.mark.parametrize("text, lang, name", [
    ("Глубокская районная организация Белорусского общества охотников и рыболовов провела учет.", "ru",
     "Glubokoye District Organization of the Belarusian Society of Hunters and Fishermen"),
    ("Сотрудники Лидской районной инспекции природных ресурсов и охраны окружающей среды выехали.", "ru",
     "Lida District Inspectorate of Natural Resources and Environmental Protection"),
    ("Улік правялі з Пастаўскай раённай інспекцыяй прыродных рэсурсаў і аховы навакольнага асяроддзя.", "be",
     "Postavy District Inspectorate of Natural Resources and Environmental Protection"),
])
def test_a_district_body_s_genitive_chain_goes_on_with_its_name(registry, text, lang, name):
    from searchsvc.entities import EntityExtractor
    from entity_sets import facets
    assert name in facets(EntityExtractor(registry), text, lang)["organizations"]


def test_a_district_organization_that_says_not_whose_is_no_body(registry):
    from searchsvc.entities import EntityExtractor
    from entity_sets import facets
    assert facets(EntityExtractor(registry), "Старшыня Пастаўскай раённай арганізацыі выступіў.", "be")["organizations"] == []
