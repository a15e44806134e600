"""Organizations named once on a page nobody tuned for, by the evidence a sentence gives (issue 14, fifteenth
session): an acronym in brackets that spells the name's initials, a company's name with two goods joined by "and",
a club by its prefix, goods and their maker ("harvesters by X", "the motors will come from X"); and one body under
every name the press gives it (a university by its town before or after, an acronym and its trade word, a district
agroservice translated or romanized, a joint-stock company with its form or without). Names here are invented or
chosen outside every blind set."""

from __future__ import annotations

from entity_sets import facet_labels, organizations
from searchsvc.entities import EntityExtractor
from searchsvc.article import Article


def _names(registry, body: str) -> dict[str, set[str]]:
    """English label -> every name of each organization found in `body`."""
    article = Article(id="t", title="News", body=body, site="Test", published="2026-01-01")
    EntityExtractor(registry).annotate(article)
    return {registry.label(i, "en"): set(registry.get(i).names()) for i in article.organizations}


def test_an_acronym_in_brackets_that_spells_the_initials_names_a_body(registry):
    found = _names(registry, "The plant shipped urea to Kenya Tea Development Agency (KTDA) and bought pumps from "
                             "Athi River Mining (ARM) of Nairobi.")
    assert {"Kenya Tea Development Agency", "Athi River Mining"} <= set(found)
    assert "ARM" in found["Athi River Mining"]
    # a place opens the name, one more letter for a legal form left unwritten ("Corporation")
    opened = organizations(registry, "The new line was built with Brazil Steel Pipes Engineering (BSPEC) in June.")
    assert "Brazil Steel Pipes Engineering" in opened


def test_an_acronym_in_brackets_after_a_thing_or_a_place_names_no_body(registry):
    found = organizations(registry, "Growth of Gross Domestic Product (GDP) slowed. The United Arab Emirates (UAE) and "
                                    "the Free Economic Zone (FEZ) were mentioned.")
    assert found == {}


def test_two_goods_joined_by_and_end_one_company_name(registry):
    found = organizations(registry, "The Turkish company Anadolu Pipes and Fittings supplied the valves; the Egyptian "
                                    "company Delta Fertilizers and Chemicals will buy potash.")
    assert {"Anadolu Pipes and Fittings", "Delta Fertilizers and Chemicals"} <= set(found)
    two = organizations(registry, "The agricultural companies Zhdanovo and Rassvet Agro joined the project.")
    assert "Zhdanovo and Rassvet Agro" not in two


def test_a_club_by_its_prefix_even_when_its_name_is_a_first_name(registry):
    found = organizations(registry, "Players of HC Yunost and FC Vitaliya trained at the arena.")
    assert {"HC Yunost", "FC Vitaliya"} <= set(found)
    person = _names(registry, "OJSC Naftan director Ivan Petrov spoke.")
    assert "Ivan Petrov" not in " ".join(person)


def test_goods_and_their_maker_name_a_company(registry):
    found = organizations(registry, "The seeders were supplied by the cooperative, and the ploughs by Lemken. The "
                                    "new engines will come from Holmer.")
    assert {"Lemken", "Holmer"} <= set(found)
    # a person's works, people, a place: no company
    none = organizations(registry, "Paintings by Savitsky hang in the hall. The tourists will come from Kapchagay.")
    assert none == {}


def test_one_body_under_each_name_the_press_gives_it(registry):
    found = _names(registry, "Students of the Ljubljana University and engineers of IBA Group visited the plant.")
    assert "University of Ljubljana" in found["Ljubljana University"]
    assert "IBA" in found["IBA Group"]
    adjective = _names(registry, "Lecturers of the Technical University came.")
    assert not any("University of Technical" in names for names in adjective.values())


def test_a_russian_or_belarusian_company_under_its_legal_form_and_kind_as_the_press_writes_them(registry):
    ru = _names(registry, "Гостям показали ОАО «Бобруйский сыродельный комбинат» и ОАО «Ивацевичский райагросервис».")
    cheese = next(names for label, names in ru.items() if label.startswith("Bobruisk Cheese"))
    assert {"OJSC Bobruisk Cheese-Making Plant", "OJSC Bobruisk Cheese Making Plant"} <= cheese
    agro = next(names for label, names in ru.items() if label.startswith("Ivatsevichi"))
    assert {"Ivatsevichi Raiagroservice", "Ivatsevichi District Agroservice", "OJSC Ivatsevichi Raiagroservice"} <= agro


def test_a_partner_or_a_builder_named_after_with(registry):
    found = organizations(registry, "A service centre will open in Accra together with Ghana Mining Services. The "
                                    "line was built with Kenya National Pipeline Engineering.")
    assert {"Ghana Mining Services", "Kenya National Pipeline Engineering"} <= set(found)
    none = organizations(registry, "The plant works together with Ivan Petrov. The shop was built with Turkish partners.")
    assert none == {}


def test_a_company_described_again_after_a_post_is_followed_by_its_officer(registry):
    found = facet_labels(EntityExtractor(registry), "The Kenyan company Sabuni Mills signed a contract. It was signed by "
                                                    "Managing Director of the Kenyan company Wanjiru Kamau.", "organizations")
    assert list(found) == ["Sabuni Mills"]


def test_a_numbered_institution_keeps_the_adjectives_before_its_kind(registry):
    ru = organizations(registry, "Олимпиада прошла в Гомельском государственном областном лицее № 2. Пианист выступил "
                                 "в Детской музыкальной школе № 3 г. Пинска.")
    assert {"Gomel State Regional Lyceum No. 2", "Children's Music School No. 3 of Pinsk"} <= set(ru)
    be = organizations(registry, "Вучні мінскай сярэдняй школы № 200 і Брэсцкай спецыялізаванай дзіцяча-юнацкай школы № 4.")
    assert {"Secondary School No. 200 of Minsk", "Brest Specialized Children's and Youth School No. 4"} <= set(be)


def test_kinds_of_centre_and_chamber_with_their_place(registry):
    ru = organizations(registry, "Врачи Гомельского областного перинатального центра провели операции. Занятия прошли в "
                                 "Центре коррекционно-развивающего обучения и реабилитации Лидского района. Пришли "
                                 "представители Псковской палаты предпринимателей.")
    assert {"Gomel Oblast Perinatal Centre", "Pskov Chamber of Entrepreneurs",
            "Centre for Correctional and Developmental Education and Rehabilitation of Lida District"} <= set(ru)


def test_a_coined_company_name_after_its_kind_needs_no_quotes(registry):
    found = organizations(registry, "Ён паведаміў, што завод Лідсельмаш гатовы, а кампанія Брестгазоаппарат пачне пастаўкі.")
    assert {"Lidselmash", "Brestgazoapparat"} <= set(found)
    none = organizations(registry, "Завод Минска и фабрика Иванова работают.")
    assert none == {}
    capital = organizations(registry, "Кампанія «Сабуні Трэйд» будзе закупляць журавіны.")
    assert len(capital) == 1


def test_the_subject_of_a_verb_only_a_company_does_is_a_company(registry):
    found = organizations(registry, "The Rechitsa Metizy could supply the wire. Kverneland produces ploughs.")
    assert {"Rechitsa Metizy", "Kverneland"} <= set(found)
    # a country, a region, a person, a farm in lower case: none
    none = organizations(registry, "China supplies tea. Minsk Oblast exports grain. Petrov supplies milk. "
                                   "Anna Petrova produces cheese. The farm also produces milk.")
    assert none == {}
    # a heading or the sentence before ends at the verb's capital: "Chemistry" above "Exports grew" is no company
    assert organizations(registry, "Fertilisers\nExports grew by a third. Dairy. Imports fell.") == {}


def test_a_ministry_department_is_also_named_without_its_ministry(registry):
    found = _names(registry, "Specialists of the Department of Plant Protection of the Ministry of Agriculture and Food "
                             "checked the fields.")
    department = next(names for label, names in found.items() if label.startswith("Department of Plant Protection"))
    assert {"Department of Plant Protection", "Plant Protection Department"} <= department


def test_a_belarusian_kind_in_the_locative_with_its_softened_consonant(registry):
    found = organizations(registry, "Дзеці выступалі на Пінскай трыкатажнай фабрыцы і на Гомельскай фабрыцы музычных "
                                    "інструментаў.")
    assert {"Pinsk Knitwear Factory", "Gomel Musical Instruments Factory"} <= set(found)
