"""Persons and organizations on Russian and Belarusian pages as a user filtering by them sees them:
foreign names written in Cyrillic back in their Latin form (Vietnamese in Belarusian letters), Belarusian
first names whose Russian form is another word (Мікола is Nikolai), surnames after posts and initials
where the sentence goes on, and the kinds of body regional pages name (election commissions, councils
of veterans, territorial social-service centres, chambers of commerce abroad, scientific and practical
centres named in quotes, societies of disabled people, observer missions)."""

from __future__ import annotations

import pytest

from entity_sets import facet_labels
from searchsvc.entities import EntityExtractor, EntityRegistry


@pytest.fixture(scope="module")
def facet(tmp_path_factory):
    registry = EntityRegistry.load(overlay=tmp_path_factory.mktemp("press") / "entities-learned.jsonl")
    extractor = EntityExtractor(registry, learn=False)

    def labels(body: str, kind: str = "persons") -> list[str]:
        return list(facet_labels(extractor, body, kind))

    def names(body: str, kind: str = "persons") -> set[str]:
        """Every name of every facet value: the label and the spellings a search finds it by."""
        found = facet_labels(extractor, body, kind)
        return {n for i in found.values() for n in registry.get(i).names()}

    labels.names = names
    return labels


def test_vietnamese_names_in_belarusian_letters(facet):
    assert facet("Гасцей прывітаў віцэ-прэзідэнт кампаніі Нгуен Дык Тхань. Іх суправаджала дарадца пасольства "
                 "Фам Тхі Лан.") == ["Nguyen Duc Thanh", "Pham Thi Lan"]


def test_belarusian_first_names_whose_russian_form_is_another_word(facet):
    assert facet("Намеснік міністра Мікола Карповіч сказаў, што работы скончацца ў маі.") == ["Nikolai Karpovich"]
    assert facet("Дырэктар школы Жана Лукашык і настаўніца Ала Мароз правялі ўрок.") == ["Zhanna Lukashik", "Alla Moroz"]


def test_a_foreign_surname_in_ye_is_found_without_the_y_too(facet):
    assert "Erkin Nazriev" in facet.names("Делегацию возглавил заместитель хокима области Эркин Назриев.")


def test_a_person_after_a_post_whose_company_is_named_in_quotes(facet):
    assert facet("Дакумент падпісаў кіраўнік кампаніі «Тэнгэр Трэйд» Батсайхан Цэвээндорж.") \
        == ["Batsaykhan Tseveendorzh"]


def test_a_surname_before_initials_that_end_the_sentence(facet):
    assert facet("В совещании участвовал заместитель министра Гончарук В.П. Он отметил рост урожая.") \
        == ["V.P. Goncharuk"]
    assert facet("Благодарность вручил Президент Беларуси А.Г. Лукашенко.") == ["Aleksandr Lukashenko"]


def test_a_surname_after_a_post_up_to_the_verb(facet):
    assert facet("Гостей встретил музей, где историк Пищиков рассказал о раскопках на Сожe.") == ["Pishchikov"]
    assert facet("«Уборка идет по графику», — сказал главный агроном хозяйства Лещ.") == ["Leshch"]


def test_district_bodies_named_by_their_territory(facet):
    assert facet("Старшыня Лепельскай раённай выбарчай камісіі правёў сустрэчу. Лепельский районный совет "
                 "ветеранов провел акцию.", "organizations") \
        == ["Lepel District Election Commission", "Lepel District Council of Veterans"]
    assert facet("Подарки передали Территориальному центру социального обслуживания населения Лепельского района.",
                 "organizations") == ["Territorial Centre of Social Services for the Population of Lepel District"]


def test_national_bodies_and_bodies_abroad(facet):
    assert facet("Выставу падтрымала Гандлёва-прамысловая палата Манголіі. Беларускае таварыства інвалідаў "
                 "правяло экскурсію.", "organizations") \
        == ["Chamber of Commerce and Industry of Mongolia", "Belarusian Society of Disabled People"]
    assert facet("Миссия наблюдателей от СНГ посетила участки.", "organizations") == ["CIS Observer Mission"]
    assert facet("Консультацию провели специалисты РНПЦ «Кардиология».", "organizations") \
        == ["Republican Scientific and Practical Centre Cardiology"]


def test_a_company_in_english_words_and_a_compound_either_way(facet):
    assert facet("Контракт подписал директор компании «Орхон Холдинг».", "organizations") == ["Orkhon Holding"]
    assert "Oshmyany Cheese Making Plant" in facet.names("Молоко идет на ОАО «Ошмянский сыродельный комбинат».",
                                                          "organizations")
    assert facet("Рапс поставляется на Лидский масложировой комбинат.", "organizations") == ["Lida Oil and Fat Plant"]


def test_belarusian_initial_u_is_the_press_v(facet):
    assert facet("Начальнік аддзела Сушкевіч У.У. паабяцаў дапамагчы.") == ["V.V. Sushkevich"]
    assert "V.U. Latushko" in facet.names("Намеснік старшыні Латушка В.У. паабяцаў дапамагчы.")


def test_a_lithuanian_name_in_belarusian_in_the_genitive(facet):
    assert facet("Ансамбль з Каўнаса пад кіраўніцтвам Руты Янкаўскене выканаў песні.") == ["Rūta Jankauskienė"]


def test_a_final_i_after_a_vowel_finds_the_person_too(facet):
    assert "Sergei Gaidai" in facet.names("Дырэктар прадпрыемства Сяргей Гайдай сказаў, што план выкананы.")


def test_a_body_named_in_one_word_in_any_case(facet):
    assert facet("Специалисты Белкоопсоюза и представители Белнефтехима обсудили поставки.", "organizations") \
        == ["Belkoopsoyuz", "Belneftekhim"]


def test_the_wire_credit_after_a_dateline(facet):
    assert facet("ЛЕПЕЛЬ, 3 марта (БЕЛТА) – Завод подписал контракт.", "organizations") == ["Belarusian Telegraph Agency"]


def test_a_companys_product_in_quotes_is_no_branch(facet):
    assert facet("Гости увидели шкаф «Гомсельмаш-Париж» на выставке.", "organizations") == []


def test_museums_of_history_and_another_field(facet):
    assert facet("Гости посетили Лепельский историко-археологический музей.", "organizations") \
        == ["Lepel Historical and Archaeological Museum"]
    assert "Lepel Museum of History and Archaeology" in facet.names("Гости посетили Лепельский историко-археологический музей.",
                                                                    "organizations")


def test_councils_in_the_belarusian_locative(facet):
    assert facet("Пытанне разгледзелі ў Лепельскім раённым Савеце дэпутатаў.", "organizations") \
        == ["Lepel District Council of Deputies"]
    assert facet("На месцы ў Гомельскім абласным Савеце дэпутатаў прэтэндуюць 90 кандыдатаў.", "organizations") \
        == ["Gomel Oblast Council of Deputies"]


def test_a_foreign_first_name_in_soft_sign_in_the_instrumental(facet):
    assert facet("Речь шла на встрече с советником посольства Израиля Ариэлем Шапиро 5 мая.") == ["Ariel Shapiro"]


def test_national_ensembles_and_theatres_by_their_full_names(facet):
    assert facet("Перад гледачамі выступіў Нацыянальны акадэмічны народны хор імя Г.І. Цітовіча.", "organizations") \
        == ["National Academic Folk Choir named after G.I. Tsitovich"]
    assert facet("Спектакль покажет Национальный академический драматический театр имени Якуба Коласа.",
                 "organizations") == ["Yakub Kolas National Academic Drama Theatre"]


def test_a_lone_surname_after_a_teachers_or_inspectors_post(facet):
    found = facet("На экскурсии выкладчык Петрук распавёў пра замак, а інспектар Ляшчэня паказаў сцежку. "
                  "Преподаватель техникума Гурин рассказал о практике.")
    assert {"Petruk", "Lyashchenya", "Gurin"} <= set(found)


def test_a_belarusian_surname_made_from_navum_is_the_press_naum(facet):
    assert facet("Намеснік старшыні аблвыканкама К.С. Навумовіч адзначыў поспехі.") == ["K.S. Naumovich"]


def test_a_foreign_first_name_before_a_soviet_surname_is_romanized_from_russian(facet):
    # Дамір is also a Croatian name, but a -аў/-ов surname is no Croatian's
    assert facet("Студэнт Дамір Касымаў распавёў пра вучобу.") == ["Damir Kasymov"]


def test_a_church_named_after_a_saint_is_no_person_but_its_priest_is(facet):
    assert facet("Госці пабывалі ў касцёле Маці Божай Анёльскай і ў храме Святога Мікалая.") == []
    assert facet("Настоятель храма Павел Гордеев рассказал о росписи.") == ["Pavel Gordeyev"]


def test_a_vietnamese_name_declined_whole(facet):
    # (the family name and the last given name decline together; the middle one does not)
    assert facet("Переговоры провели с вице-министром Фамом Куок Хунгом и советником Ле Тхи Ха.") \
        == ["Pham Quoc Hung", "Le Thi Ha"]


def test_a_greek_surname_in_ou_does_not_decline(facet):
    assert facet("Концерт прошёл под управлением дирижёра Никоса Георгиу из Афин.") == ["Nikos Georgiou"]


def test_a_vietnamese_name_of_four_words_and_the_rarer_family_names(facet):
    assert facet("Лекцию прочитала профессор Нгуен Тхи Минь Кхай, а вице-министр До Тхань Лонгом встретился с "
                 "делегацией.") == ["Nguyen Thi Minh Khai", "Do Thanh Long"]


def test_a_belarusian_surname_in_yn_after_a_hard_consonant_is_the_russian_in(facet):
    # (Russian writes -ын only after ц; Belarusian writes it after д т р, which it has no soft form of)
    assert facet("Майстар-клас правёў выкладчык Эрдэнэ Очырдын з Улан-Батара.") == ["Erdene Ochirdin"]


def test_a_south_asian_name_with_its_middle_name(facet):
    assert facet("Гостей встретил советник посольства Индии Сунил Прасад Агарвал в Минске.") == ["Sunil Prasad Agarwal"]


def test_a_hungarian_name_in_belarusian_letters(facet):
    assert facet("Пра гэта сказаў дырэктар кампаніі Шандар Фаркаш. Жужанна Сабо з Міністэрства замежных спраў "
                 "Венгрыі адзначыла іншае.") == ["Sándor Farkas", "Zsuzsanna Szabó"]


def test_a_greek_surname_is_greek_whoever_bears_it(facet):
    # (the Greek endings -poulos, -idis, -akis; Belarusian writes -пулас with akanne's а)
    assert facet("Кіраўнік групы, святар айцец Мікалай Георгіядзіс і Іван Пападопулас расказалі пра паломніцтва.") \
        == ["Nikolai Georgiadis", "Ivan Papadopoulos"]


def test_a_foreign_first_name_in_belarusian_letters_is_romanized_from_its_russian_form(facet):
    # (г is the g of the Russian form the press writes, not the h of Belarusian romanization)
    assert facet("Выставу адкрыла мастачка з Манголіі Наранцэцэг Батардын 5 мая.") == ["Narantsetseg Batardin"]


def test_a_south_slavic_surname_where_the_first_name_is_a_czechs_too(facet):
    # (Milan is Czech and Serbian; -ić tells, and Belarusian akanne's -авіч is -ović)
    assert facet("Ансамбль з Ніша пад кіраўніцтвам Мілана Петравіча паказаў танец кола.") == ["Milan Petrović"]


def test_a_lithuanian_diphthong_before_a_consonant(facet):
    assert facet("Маршрут предложила представитель самоуправления Рута Жемайтене из Алитуса.") == ["Rūta Žemaitienė"]


def test_a_south_asian_name_declined_with_its_middle_name(facet):
    assert facet("Переговоры провели с закупщиками Сунилом Кумаром Ядавом и Анилом Кумаром Гуптой из Дели.") \
        == ["Sunil Kumar Yadav", "Anil Kumar Gupta"]
