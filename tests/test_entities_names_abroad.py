"""Persons of other origins named in Russian or Belarusian, as a user filtering by person sees them:
in their own Latin spelling as the English press writes it (a Lithuanian wife's -ienė, a Latvian -ņa,
Spanish -ez, Italian zz and ch, German sch, Finnish ä), the country told by the surname when several
share the first name's sound; Russian first names in the press's spelling (Yuri, Yulia); a
Belarusian surname made from a first name in its Russian form (Кандратовіч: Kondratovich); and one
entity whatever the transliteration of its first name."""

from __future__ import annotations

import pytest

from entity_sets import facet_labels
from searchsvc.article import Article
from searchsvc.entities import EntityExtractor, EntityRegistry


@pytest.fixture(scope="module")
def persons(tmp_path_factory):
    registry = EntityRegistry.load(overlay=tmp_path_factory.mktemp("abroad") / "entities-learned.jsonl")
    extractor = EntityExtractor(registry, learn=False)

    def facet(body: str) -> list[str]:
        return list(facet_labels(extractor, body, "persons"))

    return facet


def test_baltic_names_in_their_own_spelling(persons):
    assert persons("Литовский партнёр Йонас Петраускас и его коллега Аушра Янкаускене приехали в Лиду.") \
        == ["Jonas Petrauskas", "Aušra Jankauskienė"]
    assert persons("Па словах латвійскага фермера Андрыса Озолса, кааперацыя пашыраецца. Прадстаўніца Інесе Калніня "
                   "адзначыла попыт.") == ["Andris Ozols", "Inese Kalniņa"]


def test_western_european_names_in_their_own_spelling(persons):
    assert persons("Делегацию возглавил заместитель министра Карлос Родригес.") == ["Carlos Rodríguez"]
    assert persons("На встрече выступил представитель компании Марко Бьянки.") == ["Marco Bianchi"]
    assert persons("Договор подписали директор фирмы Ганс Шнайдер и инженер Пекка Хямяляйнен.") \
        == ["Hans Schneider", "Pekka Hämäläinen"]
    assert persons("Эстонский художник Тоомас Тамм привёз свои работы.") == ["Toomas Tamm"]


def test_the_surname_tells_the_country_of_a_shared_first_name(persons):
    # Нурлан, Арман are Kazakh before a Russian-shaped surname, romanized from the Russian
    assert persons("Аким области Нурлан Абдыкадыров прибыл в Минск.") == ["Nurlan Abdykadyrov"]
    assert persons("Акім вобласці Арман Сейткалаў прыбыў у Мінск.") == ["Arman Seitkalov"]


def test_russian_first_names_as_the_press_writes_them(persons):
    assert persons("Встречу открыла Юлия Ковалёва, затем выступили Анастасия Петрова и Юрий Иванов.") \
        == ["Yulia Kovaleva", "Anastasia Petrova", "Yuri Ivanov"]
    assert persons("Слова падзякі прагучалі ад Юрыя Мароза.") == ["Yuri Moroz"]


def test_a_belarusian_surname_made_from_a_first_name_in_its_russian_form(persons):
    assert persons("Дырэктар Андрэй Раманенка і інжынер Сяргей Кандратовіч правялі экскурсію.") \
        == ["Andrei Romanenko", "Sergei Kondratovich"]


def test_one_person_whatever_the_first_names_transliteration(tmp_path):
    registry = EntityRegistry.load(overlay=tmp_path / "entities-learned.jsonl")
    extractor = EntityExtractor(registry, learn=True)

    def ids(body: str) -> list[str]:
        article = Article(id="t", title="", body=body, site="Test", published="2026-01-01")
        extractor.annotate(article)
        return article.persons

    english = ids("Deputy chairman Yury Petrenko opened the plant.")
    assert ids("Заместитель председателя Юрий Петренко открыл завод.") == english
    assert ids("Намеснік старшыні Юрый Пятрэнка адкрыў завод.") == english


def test_two_first_names_of_one_country_and_a_surname(persons):
    assert persons("Испанский бизнесмен Хуан Карлос Мартинес посетил завод.") == ["Juan Carlos Martinez"]


def test_a_surname_whose_vowel_drops_in_the_oblique_cases(persons):
    # Кравец: Кравцу; Лобанок: Лобанка (not Kravtsu, Lobanka)
    assert persons("Премию вручили Андрею Кравцу. По словам В.И. Лобанка, урожай хороший.") \
        == ["Andrei Kravets", "V.I. Lobanok"]


def test_a_short_patronymic_is_no_surname(persons):
    assert persons("С гостями встретился ветеран Пётр Фомич Соколов.") == ["Pyotr Sokolov"]


def test_first_names_of_other_countries_in_english_text(persons):
    assert persons("The delegation included Zuzana Nováková, an adviser at the Ministry of Economy, and "
                   "Farah Haddad, a deputy minister.") == ["Zuzana Nováková", "Farah Haddad"]
    # a Chinese name right after the company's name is the person, not the company's tail
    assert persons("A service engineer of Shanghai Electric Power Zhang Wei, who arrived in May, said the "
                   "line works.") == ["Zhang Wei"]


def test_initials_of_two_letters_join_the_full_name(persons):
    # Е and Ю are Ye and Yu in English: "Ye.I. Moroz" is the Yekaterina Moroz named before
    assert persons('Director Yekaterina Ivanovna Moroz opened the fair. "We are glad," Ye.I. Moroz said.') \
        == ["Yekaterina Moroz"]
    assert persons('"We are glad," Yu.V. Petrov said.') == ["Yu.V. Petrov"]


def test_no_person_in_a_dedication_or_a_feast(persons):
    assert persons("Гости возложили цветы к памятнику Ивану Сусанину.") == []
    assert persons("The Cathedral of the Nativity of the Holy Theotokos was restored.") == []


def test_the_surname_tells_a_german_from_a_lithuanian_first_name(persons):
    assert persons("Выступили Томас Мюллер, Юрген Шмидт и Штефан Фишер из Германии.") \
        == ["Thomas Müller", "Jürgen Schmidt", "Stefan Fischer"]
    assert persons("Прыехаў латвійскі фермер Янис Калныньш.") == ["Jānis Kalniņš"]
    assert persons("Греческий художник Никос Пападопулос привёз работы.") == ["Nikos Papadopoulos"]


def test_an_arabic_name_with_the_fathers(persons):
    assert persons("Делегацию возглавил министр Халидом бин Мохаммедом Аль-Хаммади. Халид бин Мохаммед "
                   "Аль-Хаммади отметил рост поставок.") == ["Khalid bin Mohammed Al-Hammadi"]


def test_a_place_of_two_words_is_no_person(persons):
    assert persons("Туристы из Новой Зеландии приехали в Несвиж.") == []


def test_a_body_named_in_its_language_with_an_english_gloss_is_no_person(persons):
    assert persons("The volunteers are members of the Stiftung Deutsche Kinderhilfe (German Children's Aid "
                   "Foundation) from Bavaria.") == []
