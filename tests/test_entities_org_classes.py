"""Organization names by class, as a reader filtering by organization sees them: Russian and Belarusian
names under the English name the press gives them, foreign companies and bodies with their legal forms
and country qualifiers, one body under its short and full names (entities/companies.py, extract.py)."""

from __future__ import annotations

import pytest

from searchsvc.article import Article
from searchsvc.entities import EntityExtractor, EntityRegistry


@pytest.fixture()
def registry(tmp_path) -> EntityRegistry:
    return EntityRegistry.load(overlay=tmp_path / "entities-learned.jsonl")


def organizations(registry: EntityRegistry, body: str, title: str = "News") -> dict[str, str]:
    """English label -> id of the organizations a reader can filter the article by."""
    article = Article(id="t", title=title, body=body, site="Test", published="2026-01-01")
    EntityExtractor(registry).annotate(article)
    return {registry.label(i, "en"): i for i in article.organizations}


def test_enterprises_named_by_what_they_make_and_the_country_adjective(registry):
    found = organizations(registry, "Холдинг «Белорусская шинная компания» и ОАО «Лидский фарфоровый завод» подписали "
                                    "договор. Поставки начнет ОАО «Гомельский завод агрегатов».")
    assert {"Belarusian Tyre Company", "Lida Porcelain Factory", "Gomel Aggregate Plant"} <= set(found)


def test_universities_and_academies_in_any_case_with_their_fields(registry):
    found = organizations(registry, "Студенты Мозырского государственного педагогического университета и "
                                    "Смоленского государственного медицинского университета провели конференцию.")
    assert {"Mozyr State Pedagogical University", "Smolensk State Medical University"} <= set(found)
    be = organizations(registry, "Выпускнікі Пінскай дзяржаўнай акадэміі ветэрынарнай медыцыны і "
                                 "Брэсцкага дзяржаўнага тэхнічнага ўніверсітэта працуюць у раёне.")
    assert {"Pinsk State Academy of Veterinary Medicine", "Brest State Technical University"} <= set(be)
    # a university the registry knows, by its acronym too: one facet value
    acronym = organizations(registry, "Делегация БГТУ посетила завод.")
    full = organizations(registry, "Делегация Белорусского государственного технологического университета посетила завод.")
    assert acronym == full == {"Belarusian State Technological University": "belarusian-state-technological-university"}


def test_oblast_and_regional_bodies_hospitals_radio_customs_border_groups(registry):
    found = organizations(registry, "Пациентов направили в Витебскую областную клиническую больницу. Программу готовит "
                                    "Могилевский областной центр народного творчества, сотрудники Брестской региональной "
                                    "таможни и Пинской пограничной группы.")
    assert {"Vitebsk Oblast Clinical Hospital", "Mogilev Oblast Center for Folk Art", "Brest Regional Customs",
            "Pinsk Border Guard Group"} <= set(found)
    be = organizations(registry, "Свята транслявала Брэсцкае абласное радыё.")
    assert "Brest Oblast Radio" in be


def test_a_region_abroad_has_its_own_government_not_belarus_s(registry):
    ru = organizations(registry, "Правительство Смоленской области и Администрация Брянской области подписали план.")
    assert {"Government of Smolensk Oblast", "Administration of Bryansk Oblast"} <= set(ru)
    tatarstan = organizations(registry, "Правительство Республики Татарстан пригласило гостей.")
    assert "Government of Tatarstan" in tatarstan
    en = organizations(registry, "The district will host a business mission of the Government of Smolensk Oblast in May.")
    assert "Government of Smolensk Oblast" in en and "Government of Smolensk" not in en
    assert not any("Council of Ministers" in label for label in (*ru, *en))


def test_one_word_executive_committees_and_embassies_in_belarusian(registry):
    found = organizations(registry, "Заместитель председателя Мингорисполкома открыл выставку.")
    assert found == {"Minsk City Executive Committee": "minsk-city-executive-committee"}
    embassy = organizations(registry, "На цырымоніі прысутнічаў саветнік Пасольства Кітая ў Беларусі.")
    assert "Embassy of China in Belarus" in embassy


def test_kinds_written_before_a_quoted_name(registry):
    found = organizations(registry, "Издательство «Звязда» выпустило книгу. Гандбольный клуб «Витязь» сыграл вничью. "
                                    "Фабрика входит в концерн «Белгоспищепром».")
    assert {"Zvyazda Publishing House", "HC Vityaz", "Belgospishcheprom"} <= set(found)


def test_belarusian_coined_names_are_spelled_from_their_russian_form(registry):
    found = organizations(registry, "Падрадчык — прадпрыемства «Гомельрэстаўрацыя». Лепшыя вынікі ў КСУП «Лучыцы».")
    assert {"Gomelrestavratsiya", "KSUP Luchitsy"} <= set(found)


def test_latin_company_names_on_russian_and_belarusian_pages(registry):
    ru = organizations(registry, "Китайская компания Sany Heavy Industry поставит краны.")
    be = organizations(registry, "Турэцкая кампанія Yıldız Gıda пабудуе завод.")
    assert "Sany Heavy Industry" in ru and "Yıldız Gıda" in be


def test_foreign_companies_without_their_legal_form_or_owner_country(registry):
    found = organizations(registry, "OJSC Naftan and China's Hebei Xinda Steel Co., Ltd. signed a contract. The Polish "
                                    "company Ursus Sp. z o.o. will supply tractors. The guests visited a brewery of "
                                    "Sweden's Carlsberg group. Tourists will fly with Air Astana.")
    assert {"Hebei Xinda Steel", "Ursus", "Carlsberg", "Air Astana"} <= set(found)
    assert not any(label.startswith(("China", "Sweden")) or label.endswith(("Co", "Sp", "Ltd")) for label in found)


def test_a_known_company_s_name_going_on_names_another_body(registry):
    found = organizations(registry, "The centre was set up together with the Rosatom Training Academy. Geely Belarus LLC "
                                    "opened a service centre.")
    assert {"Rosatom Training Academy", "Geely Belarus"} <= set(found)
    assert "Training Academy" not in found


def test_staff_of_a_body_is_the_body_and_country_qualifiers_pick_the_country(registry):
    found = organizations(registry, "Staff of Braslav Lakes National Park underwent check-ups. A delegation of the "
                                    "Ministry of Education and Science of the Kyrgyz Republic and the Executive Body of "
                                    "State Power of Sughd Region visited the college. Kirovsky Zavod and RUPP Dolomit "
                                    "signed contracts.")
    assert {"Braslav Lakes National Park", "Ministry of Education and Science of Kyrgyzstan",
            "Executive Body of State Power of Sughd Region", "Kirovsky Zavod", "Dolomit"} <= set(found)
    assert not any(label.startswith("Staff") for label in found)
    assert "Ministry of Education of Belarus" not in found


def test_a_short_form_without_state_is_the_same_body(registry):
    found = organizations(registry, "Слуцкі дзяржаўны аграрны каледж падпісаў пагадненне.",
                          title="Слуцкі аграрны каледж будзе рыхтаваць ветэрынараў")
    assert list(found) == ["Slutsk State Agrarian College"]


def test_national_federations_by_sport(registry):
    found = organizations(registry, "Падтрымку абяцала Беларуская федэрацыя валейбола.")
    assert "Belarusian Volleyball Federation" in found
