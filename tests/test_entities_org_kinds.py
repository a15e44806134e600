"""Organizations by their kind (issue 14, sixteenth session): an executive committee in every form the press writes
(the Russian short name transliterated, the committee before its territory, the level in full and the committee
short in Russian and Belarusian, any case), a company abroad named once after its kind (company_kinds.tsv: a retail
chain, a tannery, a shoemaker, a fashion house), a name that ends in a company's word even where a founder's name
opens it, a code name ("M8 Group"), a state body's coined name (state_body_roots.tsv: Gos-/Ros-/Bel- and a root, in
Latin or Cyrillic letters), and legal forms stacked before a name ("JV CJSC ..."). Names here are invented or chosen
outside every blind set."""

from __future__ import annotations

from entity_sets import facets, organizations
from searchsvc.entities import EntityExtractor


def test_a_committee_by_its_russian_short_name_transliterated(registry):
    found = organizations(registry, "The Luninets Rayispolkom approved the plan, and the Grodno Oblispolkom agreed. "
                                    "The Khoiniki Raiispolkom said so too.")
    assert {"Luninets District Executive Committee", "Grodno Oblast Executive Committee",
            "Khoiniki District Executive Committee"} <= set(found)


def test_a_committee_named_before_its_territory(registry):
    found = organizations(registry, "According to the Executive Committee of the Luninets District, the harvest was "
                                    "good. Chairman of the Executive Committee of Khotimsk District spoke.")
    assert {"Luninets District Executive Committee", "Khotimsk District Executive Committee"} <= set(found)
    # a territory abroad or the CIS body stay what they are
    assert organizations(registry, "The Executive Committee of the Shanghai District met on Monday.") == {}
    cis = organizations(registry, "The Executive Committee of the CIS met in Minsk.")
    assert "Luninets District Executive Committee" not in cis and len(cis) == 1


def test_a_committee_by_its_level_in_full_and_its_short_noun(registry):
    ex = EntityExtractor(registry)
    ru = facets(ex, "Гостей принял председатель Хойникского районного исполкома. Глусский районный исполком "
                    "сообщил о плане. В Пинском городском исполкоме прошло совещание.", "ru")["organizations"]
    assert {"Khoiniki District Executive Committee", "Glusk District Executive Committee",
            "Pinsk City Executive Committee"} <= set(ru)
    be = facets(ex, "Гасцей сустрэў старшыня Шаркаўшчынскага раённага выканкама. Гродзенскі абласны выканкам "
                    "паведаміў пра план.", "be")["organizations"]
    assert {"Sharkovshchina District Executive Committee", "Grodno Oblast Executive Committee"} <= set(be)


def test_a_company_abroad_named_once_after_its_kind(registry):
    found = organizations(registry, "The Spanish fashion house Pronovias ordered linen. The Turkish retail chain Migros "
                                    "will sell milk. The Italian tannery Conceria Walpier supplied hides, and the Polish "
                                    "shoemaker Wojas opened a store.")
    assert {"Pronovias", "Migros", "Conceria Walpier", "Wojas"} <= set(found)


def test_a_name_that_ends_in_a_company_word_is_the_company_whoever_opens_it(registry):
    found = organizations(registry, "A contract with the retail chain Mohammed Saleh Al Rashid Markets was signed, and the "
                                    "Emirati company Khalid Al Habtoor Group joined. The Georgian supermarket chain "
                                    "Tbilisi City will sell cheese.")
    assert {"Mohammed Saleh Al Rashid Markets", "Khalid Al Habtoor Group", "Tbilisi City"} <= set(found)
    # the holder of a post of the body named by its kind is a person, not another company
    held = organizations(registry, "Head of the company Saeed bin Rashid Al Maktoum said the talks went well.")
    assert held == {}


def test_a_code_name_before_a_company_word(registry):
    found = organizations(registry, "The retail company M8 Group and the logistics company Z3 Holding signed.")
    assert {"M8 Group", "Z3 Holding"} <= set(found)


def test_a_state_body_by_its_coined_name(registry):
    found = organizations(registry, "Experts of Rosselkhoznadzor inspected the plant. Gospromnadzor fined the company. "
                                    "Specialists of Rosstat came too.")
    assert {"Rosselkhoznadzor", "Gospromnadzor", "Rosstat"} <= set(found)
    ex = EntityExtractor(registry)
    ru = facets(ex, "Госпромнадзору поручено проверить. Роспотребнадзором выявлено нарушение. Специалисты "
                    "Росгидромета помогли.", "ru")["organizations"]
    assert {"Gospromnadzor", "Rospotrebnadzor", "Roshydromet"} <= set(ru)
    # words that merely start so are no bodies
    assert organizations(registry, "Rosemary and Gossip were the names of the ponies, Rostov was far.") == {}


def test_legal_forms_stacked_before_a_name(registry):
    found = organizations(registry, "JV CJSC Milavitsa will ship lingerie. FLLC Kronospan will ship boards.")
    assert {"Milavitsa", "Kronospan"} <= set(found)
    assert not {"JV", "FLLC", "JV CJSC"} & set(found)
