"""Places a reader can filter by: villages and agrotowns (from the GeoNames settlements of Belarus,
or named by their shape on a page), provinces and cities abroad, rivers and lakes, countries in any
case form, and the foreign country that qualifies a ministry or embassy (entities/places.py)."""

from __future__ import annotations

from searchsvc.article import Article
from searchsvc.entities import EntityExtractor, EntityRegistry
from searchsvc.entities.places import PlaceRegistry


def annotated(registry: EntityRegistry, body: str, site: str = "Test") -> Article:
    article = Article(id="t", title="News", body=body, site=site, published="2026-01-01")
    EntityExtractor(registry).annotate(article)
    return article


def places(registry: EntityRegistry, body: str) -> list[str]:
    return [registry.label(p, "en") for p in annotated(registry, body).places]


def test_villages_named_by_their_shape_in_three_languages(registry):
    assert places(registry, "18 first-graders went to school in the agrotown of Domanovichi.") == ["Domanovichi"]
    assert places(registry, "Vaccine went to the agrotowns of Obukhovo, Porechye and Skidel.") == \
        ["Obukhovo", "Porechye", "Skidel"]
    assert places(registry, "Гости из деревни Стайки приехали на праздник.") == ["Stayki"]
    assert places(registry, "На палі каля аграгарадка Ліпнішкі і вёскі Трабы выйшлі камбайны.") == ["Lipnishki", "Traby"]


def test_a_village_found_by_its_shape_keeps_its_page_spelling_and_is_not_looked_for_elsewhere(registry):
    article = annotated(registry, "Гости из деревни Стайки приехали на праздник.")
    village = article.places[0]
    assert registry.label(village, "ru") == "Стайки"
    assert PlaceRegistry.load().label(village) == "Stayki"  # another process labels it from its id
    assert places(registry, "Stayki is a word here, and Стайки too.") == []  # one page teaches nothing


def test_settlements_of_the_gazetteer_have_their_labels_and_oblast(registry):
    article = annotated(registry, "Electric buses will appear on the Minsk – Kolodishchi route.")
    kolodishchi = next(p for p in article.places if registry.label(p) == "Kolodishchi")
    assert (registry.label(kolodishchi, "ru"), registry.label(kolodishchi, "be")) == ("Колодищи", "Калодзішчы")
    assert "place:by-oblast:minsk" in article.regions
    assert "Golshany" in places(registry, "В агрогородке Гольшаны осмотрели замок.")


def test_provinces_cities_rivers_and_countries_abroad_in_any_case(registry):
    assert places(registry, "Поставки говядины в провинцию Лонган и в Ханой, экспорт в Китай.") == \
        ["Long An Province", "Hanoi", "China"]
    assert places(registry, "Partners from Bursa and Denizli Province, Maharashtra and Vojvodina.") == \
        ["Bursa", "Denizli Province", "Maharashtra", "Vojvodina"]
    assert places(registry, "Дэлегацыя Турцыі прыехала ў Мінск.")[0] == "Turkey"
    assert places(registry, "Birds nest on Lake Naroch and along the Berezina River.") == ["Lake Naroch", "Berezina River"]
    assert places(registry, "Бакі дамовіліся правесці сустрэчу.") == []  # "the sides", not Baku


def test_two_oblasts_sharing_one_kind_word(registry):
    assert places(registry, "Предприятия Витебской и Смоленской областей приняли участие.") == \
        ["Vitebsk Oblast", "Smolensk Oblast"]


def test_a_foreign_ministry_or_embassy_is_that_country_s_and_the_country_is_a_place(registry):
    article = annotated(registry, "Делегация Министерства сельского хозяйства и развития села Вьетнама посетила "
                                  "район при содействии Посольства Вьетнама в Беларуси.")
    assert [registry.label(o) for o in article.organizations] == \
        ["Ministry of Agriculture and Rural Development of Vietnam", "Embassy of Vietnam in Belarus"]
    assert "Vietnam" in [registry.label(p) for p in article.places]
    turkish = annotated(registry, "Намеснік міністра прамысловасці і тэхналогій Турцыі наведаў завод. "
                                  "Міністэрства прамысловасці і тэхналогій Турцыі падпісала пагадненне.")
    assert "Ministry of Industry and Technology of Turkey" in [registry.label(o) for o in turkish.organizations]
    assert "ministry-of-industry-of-belarus" not in turkish.organizations
    english = annotated(registry, "The Ministry of Culture and Tourism of Uzbekistan sent a choir.")
    assert "Uzbekistan" in [registry.label(p) for p in english.places]
    union = annotated(registry, "Programmes of the Union State of Belarus and Russia were discussed.")
    assert "Russia" not in [registry.label(p) for p in union.places]  # what the body is made of, no qualifier


def test_where_a_company_is_based_is_a_place_not_part_of_its_name(registry):
    article = annotated(registry, "The guests will visit Hanoi-based Vinamotor Corporation next June.")
    assert [registry.label(o) for o in article.organizations] == ["Vinamotor Corporation"]
    assert [registry.label(p) for p in article.places] == ["Hanoi"]


def test_villages_with_a_post_office_are_places_without_a_shape_word(registry):
    # GeoNames' postal codes of Belarus: agrotowns and villages a page names bare, in any language
    assert places(registry, "Milk from Zubrevichi and Shapechino goes to the Vitebsk dairy.") == \
        ["Zubrevichi", "Shapechino", "Vitebsk"]
    assert places(registry, "Механизаторы из Бабиновичей и Шапечина вышли в поле.") == ["Babinovichi", "Shapechino"]
    article = annotated(registry, "Farmers from Dobromysli sold potatoes at the fair.")
    assert [registry.label(r, "en") for r in article.regions] == ["Vitebsk Oblast"]


def test_a_village_known_only_in_russian_is_found_in_its_belarusian_spelling(registry):
    # Латыголь, Лисуны: GeoNames has no Belarusian name; akanye and і/ы still name the same village
    assert places(registry, "Фермеры з Лісуноў і Латыголя прывезлі бульбу.") == ["Lisuny", "Latygol"]
    assert places(registry, "У Абольцах адкрылі новую школу.") == ["Oboltsy"]


def test_a_surname_spelled_like_a_village_stays_a_surname(registry):
    # Лавриновичи is a village; "Лаўрыновіч" after a first name, initials or a patronymic is a man
    assert places(registry, "Намеснік міністра Сяргей Лаўрыновіч наведаў школу.") == []
    assert places(registry, "Работу оценил П.С. Бабинович.") == []
    assert places(registry, "Вместе с Петром Сергеевичем Шапечиным они осмотрели ферму.") == []


def test_a_village_named_like_a_first_name_needs_a_place_context(registry):
    assert places(registry, "Ilya Markov opened the exhibition.") == []
    assert places(registry, "A new bus route links Vileyka with Kurenets and Ilya.") == ["Vileyka", "Kurenets", "Ilya"]
    assert places(registry, "The fair in Ilya drew 400 visitors.") == ["Ilya"]


def test_towns_and_provinces_abroad_in_english_and_russian(registry):
    # GeoNames towns (the press spells a former Soviet town from its Russian name) and provinces
    assert places(registry, "Trucks will go to Zhytomyr, Daugavpils and the Chinese city of Linyi.") == \
        ["Zhitomir", "Daugavpils", "Linyi"]  # one town whichever spelling: labelled as the press writes it
    assert places(registry, "A delegation of Sughd Region visited the plant together with guests from Khujand.") == \
        ["Sughd Region", "Khudzhand"]  # Худжанд, romanized as the press does
    assert places(registry, "Делегация из Гянджи и Мингечаура посетила завод.") == ["Ganja", "Mingechaur"]
    assert places(registry, "Buses will run to Sumqayit.") == ["Sumgait"]  # GeoNames' name, the same town
    assert places(registry, "Фермеры из Даугавпилса и Резекне приехали на ярмарку.") == ["Daugavpils", "Rēzekne"]


def test_a_town_abroad_named_like_a_word_or_a_man_needs_a_place_context(registry):
    # Reading, Nice, Kirov: English words and surnames; a place only where the text says so
    assert places(registry, "Reading the report, Kirov said the results were nice.") == []
    assert places(registry, "Students from Reading and a choir from Kirov took part.") == ["Reading", "Kirov"]
    assert places(registry, "Oil is produced in the province of Batman.") == ["Batman Province"]
    # a province's name without its kind word: Lara (Venezuela) is a first name too
    assert places(registry, "Lara Croft was not there.") == []
    assert places(registry, "Coffee growers from Lara signed the contract.") == ["Lara State"]
    assert places(registry, "Делегация из провинции Цзянсу и гости из Хатлона приехали в Гомель.") == \
        ["Jiangsu Province", "Khatlon Region", "Gomel"]


def test_continents_and_parts_of_the_world_are_places(registry):
    assert places(registry, "The plant exports tractors to Africa and Southeast Asia.") == ["Africa", "Southeast Asia"]
    assert places(registry, "Такие усадьбы в Европе сохранились немногие.") == ["Europe"]


def test_a_place_inside_a_mark_channel_or_publisher_name_is_no_place(registry):
    assert places(registry, "The firm won the Made in Belarus quality mark.") == []
    assert places(registry, "The guests came to the Innoprom. Central Asia exhibition in Tashkent.") == ["Tashkent"]
    assert places(registry, "Концерт показал телеканал «Беларусь 3», книгу выпустило издательство «Беларусь».") == []
    assert places(registry, "День единства отмечают в России 4 ноября.") == ["Russia"]
    # a farm named after its village names the village
    assert places(registry, "Лучшие результаты у СПК «Зубревичи».") == ["Zubrevichi"]


def test_a_country_named_like_a_person_is_a_place_in_a_list_of_countries(registry):
    assert places(registry, "The plant sells buses to Armenia, Georgia and Moldova.") == ["Armenia", "Georgia", "Moldova"]
    assert places(registry, "Milk powder went to buyers such as Georgia, Kazakhstan and Russia.") == \
        ["Georgia", "Kazakhstan", "Russia"]
    assert places(registry, "Georgia Adams opened the exhibition.") == []


def test_a_branch_named_after_its_town_is_no_mention_of_the_town(registry):
    assert places(registry, "Specialists of the Gomel branch of the company installed the transmitter.") == []


def test_the_region_of_a_site_the_registry_does_not_list_is_its_towns(registry):
    # "Regional" stays as the page writes it; the region facet still knows Osipovichi is in Mogilev Oblast
    article = annotated(registry, "Farmers from Lisuny visited the fair.", site="Osipovichi Regional Executive Committee")
    assert [registry.label(r, "en") for r in article.regions] == ["Mogilev Oblast", "Vitebsk Oblast"]


def test_a_town_named_after_a_man_does_not_take_his_surname(registry):
    # Павлово, Потанино: "Павлову", "Потанина" are the man's cases too; a place only in a place context
    assert places(registry, "Премию вручили Ивану Павлову и Сергею Потанину.") == []
    assert places(registry, "Делегация из Павлова приехала в Гомель.") == ["Pavlovo", "Gomel"]
    assert places(registry, "Картины Моне и книги Франца Кафки показали в Минске.") == ["Minsk"]


def test_belarusian_romanizations_name_the_same_towns(registry):
    assert places(registry, "Teachers from Hrodna, Navahrudak and Hlybokaye met in the Minsk Voblast.") == \
        ["Grodno", "Novogrudok", "Glubokoye", "Minsk Oblast"]


def test_the_home_country_in_a_body_s_or_a_post_s_name_is_no_place_of_the_story(registry):
    # a ministry's name, its genitive qualifier after the name, an embassy's seat, a minister's post
    for body in ("Конкурс поддержало Министерство спорта и туризма Республики Беларусь.",
                 "Учебники передала Национальная академия наук Беларуси.",
                 "Выставу падрыхтавалі пры падтрымцы Пасольства Эстоніі ў Рэспубліцы Беларусь.",
                 "Minister of Health of Belarus Ivan Petrovsky opened the hospital in Kobrin."):
        assert "Belarus" not in places(registry, body), body
    assert "Estonia" in places(registry, "Выставу падрыхтавалі пры падтрымцы Пасольства Эстоніі ў Рэспубліцы Беларусь.")
    assert "Belarus" in places(registry, "Министерство спорта приняло гостей. Команды приехали в Беларусь.")


def test_countries_in_an_event_s_name_are_no_places(registry):
    assert places(registry, "Пакт падпісалі на Форуме рэгіёнаў Беларусі і Расіі.") == []
    assert places(registry, "They will meet at the Forum of Regions of Belarus and Russia.") == []
    assert places(registry, "Гасцей запрасілі на адкрыццё выставы «Эстонія — Беларусь».") == []


def test_a_town_abroad_read_loosely_or_by_an_alternate_spelling_needs_a_place_context(registry):
    # a Belarusian word read as a Russian name abroad ("Работы" as Рабат), GeoNames' alternate spelling of
    # Soweto read in "Совета": no place without "в", "из", "ў"...
    assert places(registry, "Работы выконвае будаўнічы трэст.") == []
    assert places(registry, "Сессия районного Совета депутатов прошла в пятницу.") == []
    assert places(registry, "Дэлегацыя прыехала з Рабата.") == ["Rabat"]
    # of two towns one word could be, the one written as its nominative, then one that needs no context
    assert places(registry, "Чай отправят в Коломбо.") == ["Colombo"]


def test_a_belarusian_fleeting_a_in_a_town_s_name(registry):
    assert places(registry, "Госці правялі дзень у Навагрудку.") == ["Novogrudok"]


def test_a_village_s_name_after_a_capitalized_adjective_is_a_longer_name(registry):
    assert places(registry, "Школа открылась в микрорайоне Веселая Горка.") == []
    assert places(registry, "Мы приехали в Горку.") == ["Gorka"]


def test_a_body_named_after_its_place_and_two_oblasts_sharing_a_kind_word(registry):
    assert places(registry, "Brest customs officers cleared the train.") == []
    assert places(registry, "The case was opened by the Lyuban district department of the Investigative "
                            "Committee.") == []
    assert places(registry, "Minsk and Smolensk oblast deputies met on Friday.") == ["Minsk Oblast", "Smolensk Oblast"]


def test_a_town_abroad_no_file_lists_named_before_in_and_its_country(registry):
    assert places(registry, "The cargo is bound for Nowa Dęba in Poland.") == ["Nowa Dęba", "Poland"]
    assert places(registry, "They met Anna in Poland.") == ["Poland"]  # a first name, not a town


def test_parts_of_the_world_and_of_a_country_by_their_own_names(registry):
    assert places(registry, "Milk powder will go to South Asia and North Africa.") == ["South Asia", "North Africa"]
    assert places(registry, "Делегация Кузбасса приехала на завод.") == ["Kuzbass"]


def test_a_village_in_ovka_after_a_place_word_and_a_surname_that_speaks(registry):
    assert places(registry, "Маршрут пройдет через Заболотовку.") == ["Zabolotovka"]
    assert places(registry, "Директор школы Бобрик рассказала о планах.") == []
    assert places(registry, "Туристы поехали в Бобрик.") == ["Bobrik"]


def test_an_envoy_to_the_home_country_names_no_place(registry):
    assert places(registry, "Ambassador of Peru to Belarus Luis Gomez visited Lida.") == ["Peru", "Lida"]
    assert places(registry, "Пришел атташе посольства Республики Перу в Республике Беларусь Луис Гомес.") == ["Peru"]


def test_a_village_s_genitive_plural_after_a_preposition_and_its_press_spelling(registry):
    assert places(registry, "Маршрут пройдет от Могилева до Буйнич.") == ["Mogilev", "Buynichi"]
    article = annotated(registry, "The route leads from Mogilev to Buinichi.")
    assert [registry.label(p) for p in article.places] == ["Mogilev", "Buynichi"]


def test_a_pdf_page_s_running_head_names_no_place(registry):
    body = "Doctors met in Lida.\n\nFarm Bulletin · Mogilev Oblast · page 3\n\nThe chief doctor spoke."
    assert places(registry, body) == ["Lida"]


def test_a_word_opening_a_sentence_or_a_quote_in_a_village_s_case_form_is_no_place(registry):
    # a village's prepositional/dative form stands after the word that governs it ("у Будзе"), never
    # first in a sentence or a quote: there it is another word with the same stem ("Будзе" = "will be")
    assert places(registry, "«Будзе новы цэх», — паведаміў дырэктар завода.") == []
    assert places(registry, "Будзе пабудаваны новы цэх.") == []
    assert places(registry, "У Будзе адкрылі новы цэх.") == ["Buda"]



def test_the_home_country_as_an_embassy_s_seat_or_in_a_head_of_state_s_post_names_no_place(registry):
    # the seat of a mission abroad is a place ("in Moscow"); the home country as the seat is the body's name
    assert set(places(registry, "Attaché of the Embassy of Peru in Belarus Luis Gomez visited Lida.")) == {"Peru", "Lida"}
    assert set(places(registry, "Посол Перу в Беларуси Луис Гомес посетил Лиду.")) == {"Peru", "Lida"}
    assert places(registry, "Стипендию Президента Республики Беларусь получили пять студентов Лиды.") == ["Lida"]
    # the country as a place of the story stays one
    assert set(places(registry, "Attaché of the Embassy of Peru in Belarus said Peru buys potatoes from Belarus.")) == \
        {"Peru", "Belarus"}


def test_a_country_before_a_day_of_the_month_is_a_place_and_before_a_channel_number_none(registry):
    assert places(registry, "Делегация из Литвы 14 марта посетила Лиду.") == ["Lithuania", "Lida"]
    assert places(registry, "Дэлегацыя Латвіі 23 кастрычніка наведала Ліду.") == ["Latvia", "Lida"]
    assert places(registry, "Сюжет показал телеканал «Беларусь 24» в Лиде.") == ["Lida"]


def test_a_town_named_by_an_adjective_in_belarusian_nominative_and_locative(registry):
    assert places(registry, "Госці наведалі Высокае і Камянецкі раён.") == ["Vysokoye", "Kamenets District"]
    assert places(registry, "Новую школу адкрылі ў Краснасельскім.") == ["Krasnoselsky"]
    # the same word qualifying a noun is an adjective
    assert places(registry, "Высокае ўзнагароджанне атрымала даярка.") == []


def test_a_saint_s_epithet_and_a_quoted_programme_name_hold_no_place(registry):
    assert places(registry, "Будаўнікоў узнагародзілі ордэнам святой Еўфрасінні Полацкай у Лідзе.") == ["Lida"]
    assert places(registry, "Проект поддержит программа трансграничного сотрудничества «Латвия — Беларусь» в Лиде.") == \
        ["Lida"]


def test_a_river_or_lake_is_one_place_under_its_short_name():
    places = PlaceRegistry.load()
    neman = next(p for p in places if p.kind == "river" and p.label() == "Neman River")
    assert "Neman" in neman.identity_names()
    lake = next(p for p in places if p.kind == "lake" and "Lake Lukoml" in p.names())
    assert {"Lake Lukoml", "Lukoml Lake"} <= set(lake.identity_names())
    assert "Neman" not in neman.names()  # the bare word is not looked for alone ("the Neman glassworks")


def test_a_belarusian_consonant_alternation_is_read_before_the_locative_ending_only(registry):
    # Палата (Полота) alternates т/ц only in the locative: "Палацы" is a palace
    assert places(registry, "Госці наведалі Палацы Радзівілаў у Лідзе.") == ["Lida"]
    assert places(registry, "У Лідзе і ў Брэсце, з Магілёва і ў Рызе.") == ["Lida", "Brest", "Mogilev", "Riga"]


def test_a_village_no_file_lists_after_near_or_a_border_crossing(registry):
    assert places(registry, "The farm near Zabolotny ships milk to Kaunas.") == ["Zabolotny", "Kaunas"]
    assert places(registry, "Trucks queued at the border crossing at Kotlovki for two days.") == ["Kotlovki"]
    # "from" and "in" may stand before a surname: only "near" and a checkpoint's "at" name the village so
    assert places(registry, "A letter from Babkin was read out.") == []


def test_a_city_renamed_after_the_gazetteer_and_a_quarter_of_a_city_state(registry):
    assert places(registry, "The clinic in Prayagraj signed the deal; the show won a prize in Monte Carlo.") == \
        ["Prayagraj", "Monte Carlo"]
    assert places(registry, "Doctors from Allahabad came.") == ["Prayagraj"]  # its old name is the same city


def test_a_country_that_names_a_carrier_is_no_place_of_the_story(registry):
    assert places(registry, "Laos Airlines and China Railway discussed flights to Vientiane.") == ["Vientiane"]


def test_a_machine_brand_after_its_model_code_is_no_place(registry):
    assert places(registry, "Фермеры Гомеля работают на комбайнах КЗС-1524 «Палессе».") == ["Gomel"]


def test_the_great_rivers_of_russia_in_their_case_forms(registry):
    assert places(registry, "Художники писали этюды на Оке и на Неве.") == ["Oka", "Neva"]
    assert places(registry, "Саветнік Акай выступіў.") == []  # a surname, not a case of the river's Belarusian name


def test_border_crossing_villages_the_gazetteer_lacks(registry):
    assert places(registry, "Грузавікі стаялі ў чарзе каля Пясчаткі і Прывалкі.") == ["Peschatka", "Privalka"]
    # a checkpoint's own name is the post's, not a place of the page (as for every village)
    assert places(registry, "Грузовики прошли пункт пропуска «Котловка».") == []
