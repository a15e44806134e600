"""Departments and committees of the executive committees, and the regional bodies of the republic's
services, as organizations (issue 14): one body, one name, whatever edition or word order a page names it
in; its committee not also a body of the page where it is named only as the department's parent on the
department's own site. Texts and names are invented."""

from __future__ import annotations

from entity_sets import facet_labels, organizations
from searchsvc.entities import EntityExtractor


def test_a_department_of_an_executive_committee_is_one_body_whatever_form_names_it(registry):
    # an oblast's health department is its main department, "Main" written or not, in any edition
    extractor = EntityExtractor(registry)
    forms = ["The Mogilev Oblast Health Department opened a clinic.",
             "The Main Health Department of the Mogilev Oblast Executive Committee opened a clinic.",
             "The Department of Health of the Mogilev Oblast Executive Committee opened a clinic.",
             "Клинику открыло главное управление по здравоохранению Могилевского облисполкома.",
             "Клініку адкрыло галоўнае ўпраўленне па ахове здароўя Магілёўскага аблвыканкама."]
    name = "Main Department of Health of the Mogilev Oblast Executive Committee"
    ids = {facet_labels(extractor, text, "organizations", "News").get(name) for text in forms}
    assert len(ids) == 1 and None not in ids
    # an oblast's committee is a "Committee on ...", the capital's a "... Committee", a district's department
    # is named field first
    assert "Committee on Labour, Employment and Social Protection of the Brest Oblast Executive Committee" in \
        organizations(registry, "The Labour, Employment and Social Protection Committee of the Brest Oblast Executive "
                                "Committee held a job fair.")
    assert "Committee on Agriculture and Food of the Brest Oblast Executive Committee" in \
        organizations(registry, "Ярмарку провел комитет по сельскому хозяйству и продовольствию Брестского облисполкома.",
                      title="Новости")
    assert "Education Committee of the Minsk City Executive Committee" in \
        organizations(registry, "Олимпиаду провел комитет по образованию Мингорисполкома.", title="Новости")
    assert "Education Department of the Lyakhovichi District Executive Committee" in \
        organizations(registry, "The Department of Education of the Lyakhovichi District Executive Committee said so.")


def test_on_a_departments_own_site_its_executive_committee_is_named_only_as_its_parent(registry):
    extractor = EntityExtractor(registry)
    site = "Main Department of Education of the Vitebsk Oblast Executive Committee"
    text = "Pupils won nine diplomas, the Main Department of Education of the Vitebsk Oblast Executive Committee reports."
    assert "Vitebsk Oblast Executive Committee" not in facet_labels(extractor, text, "organizations", "News", site=site)
    # on another body's site, or named on its own too, the committee is one of the page's bodies
    assert "Vitebsk Oblast Executive Committee" in facet_labels(extractor, text, "organizations", "News",
                                                                site="Orsha District Executive Committee")
    ru = ("Девять дипломов завоевали школьники, сообщает главное управление по образованию Витебского облисполкома. "
          "Победители получат премии облисполкома.")
    assert "Vitebsk Oblast Executive Committee" in facet_labels(extractor, ru, "organizations", "Новости", site=site)


def test_a_department_named_by_its_field_alone_is_the_one_named_in_full_or_no_one(registry):
    found = organizations(registry, "The Education Committee of the Minsk City Executive Committee reports. The chairman "
                                    "of the Education Committee, Ivan Sidorov, said the schools are ready.")
    assert "Education Committee" not in found
    assert "Education Committee of the Minsk City Executive Committee" in found
    assert organizations(registry, "The Health Committee said the clinics are ready.") == {}


def test_a_regional_body_of_a_republican_service_is_one_organization_in_every_edition(registry):
    extractor = EntityExtractor(registry)
    en = facet_labels(extractor, "Officers of Vitebsk Customs cleared the train.", "organizations", "News")
    ru = facet_labels(extractor, "Сотрудники Витебской таможни оформили поезд.", "organizations", "Новости")
    be = facet_labels(extractor, "Супрацоўнікі Віцебскай мытні афармілі цягнік.", "organizations", "Навіны")
    assert en == ru == be == {"Vitebsk Customs": "vitebsk-customs"}
    found = organizations(registry, "Данные привело главное статистическое управление Гродненской области.",
                          title="Новости")
    assert "Main Statistical Department of Grodno Oblast" in found
