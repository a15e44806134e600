"""A site's name on pages nobody tuned for (issue 14, sixteenth session): a Russian or Belarusian body's name in
English by the words of institution_words.tsv -- its kinds, fields and phrases in any case, never a romanized kind
word ("Otdel Fonda"); a company's quoted name of kind words translated after its legal form; the legal forms of one
table (legal_forms.tsv) in Latin and in Cyrillic, a joint venture's before its company form; the fullest form a page
gives its own institution (initials spelled out, a field the header leaves off); an event named after a place, a
land's part "of" a region, a town abroad spelled in Cyrillic the tables do not list. Names, towns and companies
differ from the blind sets'."""

from __future__ import annotations

import pytest

from searchsvc.entities.companies import CompanyNames, LegalForms, press_legal_form
from searchsvc.entities.places import PlaceRegistry


@pytest.mark.parametrize("written, english", [
    # a body that belongs to another: "of the" the other, named by its phrase
    ("Мозырский районный отдел Фонда социальной защиты населения",
     "Mozyr District Department of the Social Protection Fund"),
    ("Бабруйскі раённы аддзел Фонду сацыяльнай абароны насельніцтва",
     "Bobruisk District Department of the Social Protection Fund"),
    # a phrase is read before its words
    ("Гомельская областная коллегия адвокатов", "Gomel Regional Bar Association"),
    ("Віцебская абласная калегія адвакатаў", "Vitebsk Regional Bar Association"),
    # "по" before what a body is for; "и" between its fields
    ("Брэсцкае агенцтва па дзяржаўнай рэгістрацыі і зямельным кадастры",
     "Brest Agency for State Registration and Land Cadastre"),
    ("Могилевский областной центр по гидрометеорологии и мониторингу окружающей среды",
     "Mogilev Regional Centre for Hydrometeorology and Environmental Monitoring"),
    # fields in the genitive after a kind
    ("Министерство сельского хозяйства и продовольствия", "Ministry of Agriculture and Food"),
    ("Слонимский завод медицинских препаратов", "Slonim Plant of Medical Preparations"),
    # kinds of enterprise and of institution in any case form
    ("Оршанская швейная фабрика", "Orsha Garment Factory"),
    ("Молодечненский детский сад № 5", "Molodechno Kindergarten No. 5"),
    ("Пінскі ясли-сад № 3", "Pinsk Nursery-Kindergarten No. 3"),
    # an adjective in the genitive after a kind goes with its noun; a list of fields keeps its commas
    ("Светлогорский дом детского творчества", "Svetlogorsk House of Children's Creativity"),
    ("Речицкий районный центр культуры и досуга", "Rechitsa District Centre of Culture and Leisure"),
    ("Витебский центр стандартизации, метрологии и сертификации",
     "Vitebsk Centre of Standardization, Metrology and Certification"),
    # a phrase that opens with "по" is read whole
    ("Кобринский районный отдел по чрезвычайным ситуациям", "Kobrin District Department of Emergency Situations"),
    ("Пинский районный отдел Следственного комитета", "Pinsk District Department of the Investigative Committee"),
])
def test_a_bodys_kind_words_are_english(written, english):
    assert CompanyNames().described(written) == english


@pytest.mark.parametrize("written, english", [
    ("ОАО «Гродненская бройлерная птицефабрика»", "OJSC Grodno Broiler Poultry Factory"),
    ("ОАО «Брестский завод медицинских препаратов»", "OJSC Brest Plant of Medical Preparations"),
    ("ААТ «Гомельскі завод будаўнічых матэрыялаў»", "OJSC Gomel Building Materials Plant"),  # (a kind of HEADS)
])
def test_a_companys_quoted_name_of_kind_words_is_translated(sites, written, english):
    assert sites.resolve(written, None) == english


def test_a_quoted_brand_of_other_words_stays_romanized():
    # a word no table holds: the name is a brand, not a description
    assert CompanyNames().translated("Красный пищевик") is None


@pytest.mark.parametrize("written, form", [
    ("ИООО", "FLLC"), ("СП ОАО", "JV OJSC"), ("закрытого акционерного общества", "CJSC"), ("ООО", "LLC"),
    ("ААТ", "OJSC"), ("КУП", "UE"), ("республиканское унитарное предприятие", "RUE"),
])
def test_a_legal_form_is_the_presss(written, form):
    assert press_legal_form(written) == form


@pytest.mark.parametrize("written, site", [
    ("СП ЗАО «Милавица»", "JV CJSC Milavitsa"),
    ("Mark Formelle FLLC", "FLLC Mark Formelle"),
    ("JSC Savushkin", "OJSC Savushkin"),
])
def test_a_companys_legal_forms_stand_before_its_name(sites, written, site):
    assert sites.resolve(written, None) == site


def test_the_legal_forms_are_one_table():
    forms = LegalForms()
    assert forms.latin["joint venture"] == "JV" and forms.latin["zao"] == "CJSC"
    assert {"ОАО", "ЗАО", "РУП", "УП"} <= forms.press_initials and "ИООО" not in forms.press_initials


@pytest.mark.parametrize("header, story, site", [
    # a joint venture's form before the company's
    ("Milavitsa Lingerie Company", "JV CJSC Milavitsa opened two shops in Kazan.", "JV CJSC Milavitsa"),
    # a name with "of" in it, as the story prints it after its form
    ("Slonim Plant of Building Materials", "OJSC Slonim Plant of Building Materials will supply bricks.",
     "OJSC Slonim Plant of Building Materials"),
    # initials spelled out by the story
    ("RSPC of Surgery", "The Republican Scientific and Practical Centre of Surgery opened a ward.",
     "Republican Scientific and Practical Centre of Surgery"),
    # the field the header leaves off, in the words bodies are named with
    ("Minsk Regional Centre for Hygiene", "The Minsk Regional Centre for Hygiene and Epidemiology tested the water.",
     "Minsk Regional Centre for Hygiene and Epidemiology"),
    # another body after "and" is no part of the name
    ("Vitebsk Regional Centre for Hydrometeorology", "The Vitebsk Regional Centre for Hydrometeorology and "
     "Belhydromet installed a station.", "Vitebsk Regional Centre for Hydrometeorology"),
])
def test_the_site_is_the_fullest_form_the_page_gives(sites, header, story, site):
    assert sites.as_story_names(header, story, header) == site


def _labels(places: PlaceRegistry, text: str) -> list[str]:
    return [places.label(p) for p in places.find(text)]


@pytest.mark.parametrize("text, unwanted", [
    ("The collection will be shown at Paris Fashion Week in March.", "Paris"),
    ("Farmers sold honey at the Mogilev Book Fair on Sunday.", "Mogilev"),
    ("Guests came to the Vitebsk Investment Forum.", "Vitebsk"),
])
def test_an_event_named_after_a_place_is_no_place(places, text, unwanted):
    assert unwanted not in _labels(places, text)


@pytest.mark.parametrize("text, wanted", [
    ("Wheat will be sown in the highlands of Khatlon next year.", "Khatlon Region"),
    ("The mill stands in the north of Fergana.", "Fergana"),
    ("Дзеці з фінскага горада Ювяскюля прыехалі ў Ліду.", "Jyväskylä"),
    ("Потом делегация побывала в городе Гданьске.", "Gdansk"),
    ("Калий отгружают через порт Высоцк.", "Vysotsk"),
])
def test_a_place_abroad_is_found_where_the_text_says_so(places, text, wanted):
    assert wanted in _labels(places, text)
