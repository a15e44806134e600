"""Companies and local bodies named in Russian or Belarusian come out under the English name the
English edition gives them, so one company is one facet value across editions, with its Russian
and Belarusian names as labels (entities/companies.py)."""

from __future__ import annotations

from entity_sets import organizations


def test_a_company_on_a_russian_page_is_the_one_the_english_page_names(registry):
    ru = organizations(registry, "Гости осмотрели производство ОАО «Ошмянский мясокомбинат» и обсудили поставки.",
                       title="Новости")
    en = organizations(registry, "The delegation visited the Oshmyany Meat Processing Plant on Monday.",
                       title="Новости")
    assert "Oshmyany Meat Processing Plant" in ru
    assert ru["Oshmyany Meat Processing Plant"] == en["Oshmyany Meat Processing Plant"]
    eid = ru["Oshmyany Meat Processing Plant"]
    assert registry.label(eid, "ru") == "Ошмянский мясокомбинат"
    assert registry.label(eid, "be") == "Ашмянскі мясакамбінат"
    assert not any(label.startswith(("Oshmyansk", "OAO")) for label in ru)  # no romanized double, no legal form


def test_company_names_in_any_case_and_in_belarusian(registry):
    found = organizations(registry, "Прызы ўручыў дырэктар ААТ «Шчучынскі масласырзавод». Спонсар — ААТ "
                                    "«Глыбоцкі малочнакансервавы камбінат». Делегация побывала на Оршанском "
                                    "мясоконсервном комбинате.", title="Новости")
    assert {"Shchuchin Butter and Cheese Plant", "Glubokoye Milk Canning Plant", "Orsha Meat Canning Plant"} <= set(found)


def test_a_town_abroad_is_named_from_its_adjective(registry):
    found = organizations(registry, "В ярмарке участвовали ООО «Смоленская чулочная фабрика» и АО «Рославльский "
                                    "вагоноремонтный завод».", title="Новости")
    assert {"Smolensk Hosiery Factory", "Roslavl Car Repair Plant"} <= set(found)


def test_a_cooperative_named_after_its_village_keeps_its_form_and_coined_names_are_transliterated(registry):
    found = organizations(registry, "Председатель предложил создать предприятие с СПК «Гольшаны» и СПК «Смольяны-Агро».",
                          title="Новости")
    assert {"SPK Golshany", "SPK Smolyany-Agro"} <= set(found)


def test_numbered_schools_and_kindergartens(registry):
    found = organizations(registry, "В Лепеле открылся детский сад № 3. В следующем году будет отремонтирована "
                                    "ГУО «Средняя школа № 2 г. Лепеля».", title="Новости")
    assert {"Kindergarten No. 3", "Secondary School No. 2 of Lepel"} <= set(found)


def test_district_bodies_named_by_their_town_adjective(registry):
    found = organizations(registry, "Дыпломы ўручыў Шчучынскі раённы цэнтр творчасці дзяцей і моладзі. Лекары "
                                    "Дзяржынскай цэнтральнай раённай бальніцы і Быховского районного центра культуры.",
                                    title="Новости")
    assert {"Shchuchin District Center for Creativity of Children and Youth", "Dzerzhinsk Central District Hospital",
            "Bykhov District Center of Culture"} <= set(found)


def test_a_coined_belarusian_company_name_is_transliterated_from_its_russian_spelling(registry):
    found = organizations(registry, "Збожжа прымае ААТ «Лідахлебапрадукт», ліфты робіць ААТ «Магілёўліфтмаш».",
                          title="Новости")
    assert {"Lidakhleboprodukt", "Mogilevliftmash"} <= set(found)


def test_a_plant_of_a_town_is_translated_not_romanized(registry):
    # the kind of mill and the town's Russian-based English name, in Belarusian and in Russian; a town abroad
    # by its -ск adjective (Копейск), a power plant by its acronym
    found = organizations(registry, "Госці наведалі ААТ «Светлагорскі цэлюлозна-кардонны камбінат», ААТ «Віцебскі "
                                    "дывановы камбінат» і Светлагорскую ЦЭЦ. Комбайны поставляет ОАО «Копейский "
                                    "машиностроительный завод».", title="Новости")
    assert {"Svetlogorsk Pulp and Board Mill", "Vitebsk Carpet Factory", "Svetlogorsk CHP",
            "Kopeysk Machine-Building Plant"} <= set(found)
    assert not any(label.startswith(("Svetlagorsk", "Vitsebsk", "Kopeysky")) for label in found)


def test_a_coined_name_after_a_town_adjective_or_a_trust_is_spelled_from_russian(registry):
    found = organizations(registry, "Гасцей прынялі ў ААТ «Светлагорскае Хімвалакно». Праект распрацаваў інстытут "
                                    "«Брэстпраект», будаваў трэст «Гроднапромбуд».", title="Навіны")
    assert {"Svetlogorsk Khimvolokno", "Brestproekt", "Grodnopromstroy"} <= set(found)


def test_a_village_school_is_named_after_the_village_in_its_russian_form(registry):
    # Заболотье (Zabolotye); Вялікія Матыкалы is Большие Мотыкалы, and its school Motykaly's, not "Matykal"
    found = organizations(registry, "Медали получили ученики Заболотской средней школы и Глусской районной гимназии. "
                                    "Дзеці Матыкальскай сярэдняй школы падрыхтавалі канцэрт.", title="Новости")
    assert {"Zabolotye Secondary School", "Glusk District Gymnasium", "Motykaly Secondary School"} <= set(found)


def test_a_farm_named_with_its_kind_and_village_in_inner_quotes(registry):
    found = organizations(registry, "Гасцей прынялі ў ААТ «Агракамбінат «Высокае»».", title="Навіны")
    assert "Agrokombinat Vysokoye" in found


def test_bodies_abroad_keep_their_own_names(registry):
    found = organizations(registry, "Приехал министр от Министерства экономики и коммерции Кыргызстана и директор "
                                    "Польского института в Минске. Меморандум подписан с хокимиятом Кувасайского района "
                                    "и Ханойским университетом науки и технологий. Граматы ўручыла прадстаўніца "
                                    "Пскоўскага абласнога камітэта па справах моладзі.", title="Новости")
    assert {"Ministry of Economy and Commerce of Kyrgyzstan", "Polish Institute in Minsk", "Khokimiyat of Kuvasay District",
            "Hanoi University of Science and Technology", "Pskov Oblast Committee for Youth Affairs"} <= set(found)
    assert "Ministry of Economy of Belarus" not in found and "Pol Institute" not in found
    assert not any("Pskov Oblast Executive Committee" in label for label in found)  # Russia's oblasts have none


def test_a_nas_centre_and_an_oblast_philharmonic_in_belarusian(registry):
    found = organizations(registry, "Сарты выведзеныя ў Навукова-практычным цэнтры НАН Беларусі па бульбаводстве і "
                                    "пладаагародніцтве. Увечары адбыўся канцэрт Віцебскай абласной філармоніі.", title="Навіны")
    assert {"Scientific and Practical Centre of the National Academy of Sciences of Belarus for Potato, Fruit and "
            "Vegetable Growing", "Vitebsk Oblast Philharmonic"} <= set(found)
    assert "National Academy of Sciences of Belarus" not in found


def test_two_ministries_of_one_portfolio_are_two_countries(registry):
    found = organizations(registry, "Падпісанне падтрымалі Міністэрства замежных спраў Беларусі і Міністэрства замежных "
                                    "спраў Казахстана.", title="Навіны")
    assert {"Ministry of Foreign Affairs of Belarus", "Ministry of Foreign Affairs of Kazakhstan"} <= set(found)


def test_coined_names_keep_the_loanwords_the_press_writes(registry):
    found = organizations(registry, "Делегация посетила ОАО «Гроднооблинтурист», ТАА «Брузгі Лагістык» и ОАО "
                                    "«Брестский чулочный комбинат».", title="Новости")
    assert {"Grodnooblintourist", "Bruzgi Logistic", "Brest Hosiery Plant"} <= set(found)


def test_an_oblast_consumer_society_and_an_art_products_factory(registry):
    found = organizations(registry, "Гостям вручили сувениры Гомельской фабрики художественных изделий. Віцебскае "
                                    "абласное спажывецкае таварыства прапанавала пастаўкі.", title="Новости")
    assert {"Gomel Factory of Art Products", "Vitebsk Oblast Consumer Society"} <= set(found)


def test_a_cup_named_after_a_body_is_no_mention_of_it(registry):
    assert "Union State of Belarus and Russia" not in organizations(
        registry, "Вечарам адбыўся турнір па валейболе на кубак Саюзнай дзяржавы.", title="Навіны")
    assert "Union State of Belarus and Russia" in organizations(
        registry, "Турнир на Кубок Союзного государства прошел в Минске. Союзное государство выделило средства.",
        title="Новости")


def test_plant_kinds_by_what_they_make_and_their_other_english_names(registry):
    found = organizations(registry, "Проволоку поставляет ОАО «Лидский метизный завод», ткани — ОАО «Пинский комбинат "
                                    "шелковых тканей», зерно принимает ОАО «Жлобинский комбинат хлебопродуктов».",
                          title="Новости")
    assert {"Lida Metalware Plant", "Pinsk Silk Fabrics Plant", "Zhlobin Grain Products Plant"} <= set(found)
    assert not any("Zavod" in label or "Metizn" in label for label in found)
    # хлебопродуктов: the press writes "Grain Products" and "Bread Products" for one plant
    assert "Zhlobin Bread Products Plant" in registry.get(found["Zhlobin Grain Products Plant"]).names()


def test_a_territorial_social_services_centre_and_an_oblast_drama_theatre(registry):
    found = organizations(registry, "Подарки передал Пинский территориальный центр социального обслуживания населения. "
                                    "Актёры Брестского областного драматического театра прочитали стихи.", title="Новости")
    centre = "Pinsk Territorial Centre of Social Services for the Population"
    assert {centre, "Brest Oblast Drama Theatre"} <= set(found)
    names = registry.get(found[centre]).names()
    assert {"Pinsk Territorial Centre of Social Services", "Pinsk Territorial Center for Social Services"} <= set(names)
    assert "Brest Regional Drama Theatre" in registry.get(found["Brest Oblast Drama Theatre"]).names()


def test_a_russian_regions_body_is_also_named_with_region(registry):
    found = organizations(registry, "Соглашение подписали министерство сельского хозяйства Тверской области и "
                                    "Могилевский облисполком.", title="Новости")
    ministry = "Ministry of Agriculture of Tver Oblast"
    assert ministry in found
    assert {"Ministry of Agriculture of Tver Region", "Tver Region Ministry of Agriculture"} <= set(registry.get(found[ministry]).names())


def test_a_national_university_of_agriculture_abroad_under_its_demonym_and_its_country(registry):
    found = organizations(registry, "Ректор Лаосского национального университета сельского хозяйства выступил на форуме.",
                          title="Новости")
    assert set(found) == {"Laotian National University of Agriculture"}
    assert "Laos National University of Agriculture" in registry.get(found["Laotian National University of Agriculture"]).names()


def test_a_sugar_refinery_and_a_company_named_after_its_product_are_translated_with_the_romanized_name_kept(registry):
    ru = organizations(registry, "На ярмарке торговали ОАО «Мядельский сахарорафинадный комбинат» и ОАО «Мядельский сыр».",
                       title="Новости")
    be = organizations(registry, "На кірмашы гандлявалі ААТ «Мядзельскі цукрарафінадны камбінат» і ААТ «Мядзельскі сыр».",
                       title="Навіны")
    assert {"Myadel Sugar Refinery", "Myadel Cheese"} <= set(ru)
    assert ru["Myadel Cheese"] == be["Myadel Cheese"] and ru["Myadel Sugar Refinery"] == be["Myadel Sugar Refinery"]
    # the press writes a brand romanized: either spelling finds the one company
    assert "Myadelsky Syr" in registry.get(ru["Myadel Cheese"]).names()
    agro = organizations(registry, "Технику ремонтирует ОАО «Мядельский агросервис».", title="Новости")
    assert "Myadelsky Agroservis" in registry.get(agro["Myadel Agroservice"]).names()
    # a product in running text is no company
    assert organizations(registry, "Вилейский сыр понравился гостям.", title="Новости") == {}


def test_a_belarusian_coined_name_is_the_company_russian_names(registry):
    be = organizations(registry, "Падарункі перадалі ААТ «Барысаўшкло» і ААТ «Лакафарба».", title="Навіны")
    ru = organizations(registry, "Подарки передали ОАО «Борисовстекло» и ОАО «Лакокраска».", title="Новости")
    assert set(be) == set(ru) == {"Borisovsteklo", "Lakokraska"}


def test_state_archives_are_named_by_their_region_or_country(registry):
    ru = organizations(registry, "Государственный архив Витебской области и Государственный архив Смоленской области "
                                 "подписали соглашение. Копии хранятся в Национальном архиве Республики Беларусь и в "
                                 "Зональном государственном архиве в г. Полоцке. Документы лежат в архиве района.",
                       title="Новости")
    assert set(ru) == {"State Archive of Vitebsk Oblast", "State Archive of Smolensk Oblast", "National Archives of Belarus",
                       "Zonal State Archive in Polotsk"}
    be = organizations(registry, "Дзяржаўны архіў Віцебскай вобласці атрымаў копіі з Нацыянальнага гістарычнага архіва Беларусі.",
                       title="Навіны")
    assert set(be) == {"State Archive of Vitebsk Oblast", "National Historical Archives of Belarus"}
    assert ru["State Archive of Vitebsk Oblast"] == be["State Archive of Vitebsk Oblast"]


def test_a_ministry_s_department_for_archives_and_records(registry):
    for body in ("Выставку поддержал Департамент по архивам и делопроизводству Министерства юстиции.",
                 "Выставу падтрымаў Дэпартамент па архівах і справаводстве Міністэрства юстыцыі."):
        assert "Department for Archives and Records Management of the Ministry of Justice of Belarus" in \
            organizations(registry, body, title="Новости")


def test_level_bodies_of_a_union_and_of_a_region_abroad(registry):
    be = organizations(registry, "Паездку арганізавалі Мядзельскае раённае аб'яднанне прафсаюзаў і першы сакратар "
                                 "Мядзельскага раённага камітэта БРСМ. Дапамагло Мінскае абласное аб'яднанне прафсаюзаў.",
                       title="Навіны")
    assert {"Myadel District Association of Trade Unions", "Minsk Oblast Association of Trade Unions",
            "Myadel District Committee of the Belarusian Republican Youth Union"} <= set(be)
    ru = organizations(registry, "Гастроли Хабаровского краевого театра кукол поддержал представитель Андижанского "
                                 "областного хокимията.", title="Новости")
    assert {"Khabarovsk Regional Puppet Theatre", "Khokimiyat of Andijan Region"} <= set(ru)


def test_a_numbered_military_unit_is_named_with_its_ordinal(registry):
    be = organizations(registry, "Экспедыцыю правялі з 52-м асобным спецыялізаваным пошукавым батальёнам.", title="Навіны")
    ru = organizations(registry, "Присягу приняли в 19-й отдельной гвардейской механизированной бригаде.", title="Новости")
    assert set(be) == {"52nd Separate Specialized Search Battalion"}
    assert set(ru) == {"19th Guards Separate Mechanized Brigade"}
    assert organizations(registry, "В 5 отдельных батальонах прошли учения.", title="Новости") == {}


def test_a_ministry_of_a_republic_of_russia_is_its_own_not_belarus_s(registry):
    for body in ("Поездку поддержало Министерство по делам молодежи и спорта Республики Башкортостан.",
                 "Паездку падтрымала Міністэрства па справах моладзі і спорту Рэспублікі Башкортастан."):
        found = organizations(registry, body, title="Новости")
        assert set(found) == {"Ministry of Youth Affairs and Sport of Bashkortostan"}
        names = registry.get(found["Ministry of Youth Affairs and Sport of Bashkortostan"]).names()
        assert {"Ministry of Youth Affairs and Sports of the Republic of Bashkortostan",
                "Bashkortostan Ministry of Youth Affairs and Sports"} <= set(names)
    found = organizations(registry, "Гастроли поддержало Министерство культуры Республики Башкортостан.", title="Новости")
    assert set(found) == {"Ministry of Culture of Bashkortostan"}


def test_a_company_in_latin_letters_after_its_plant_and_a_neuter_body_in_any_case(registry):
    found = organizations(registry, "Выпускнікі будуць працаваць на заводзе VinaSteel у правінцыі.", title="Навіны")
    assert set(found) == {"VinaSteel"}
    for body in ("Специалисты Главного таможенного управления КНР приехали.",
                 "Продукция прошла регистрацию в Главном таможенном управлении КНР."):  # (управление: -ия, -ии)
        assert set(organizations(registry, body, title="Новости")) == {"General Administration of Customs of China"}


def test_an_academy_institute_a_union_s_central_committee_and_a_training_centre(registry):
    be = organizations(registry, "Спецыялісты Інстытута радыябіялогіі НАН Беларусі і першы сакратар Цэнтральнага "
                                 "камітэта БРСМ сустрэліся з курсантамі 45-га аб'яднанага вучэбнага цэнтра.", title="Навіны")
    assert set(be) >= {"Institute of Radiobiology of the National Academy of Sciences of Belarus",
                       "Central Committee of the Belarusian Republican Youth Union", "45th Joint Training Centre"}
    assert "National Academy of Sciences of Belarus" not in be  # named only as the institute's
    assert organizations(registry, "Доклад прочитал сотрудник Института истории университета.", title="Новости") == {}


def test_a_district_organization_of_a_union_a_council_of_veterans_abroad_and_textile_mills(registry):
    be = organizations(registry, "Акцыю правялі Мядзельская раённая арганізацыя Беларускага таварыства Чырвонага Крыжа "
                                 "і Пскоўскі абласны савет ветэранаў.", title="Навіны")
    assert {"Myadel District Organization of the Belarusian Red Cross Society", "Pskov Regional Council of Veterans"} <= set(be)
    ru = organizations(registry, "Ткани поставляют ОАО «Кобринская камвольно-прядильная фабрика» и Кобринское "
                                 "производственное хлопчатобумажное объединение.", title="Новости")
    assert set(ru) == {"Kobrin Worsted Spinning Mill", "Kobrin Cotton Production Association"}


def test_a_coined_name_ending_in_an_acronym_and_english_words_of_a_foreign_company(registry):
    found = organizations(registry, "ОАО «ЛесДОК» и египетская компания «Нил Контракторс» подписали договор.", title="Новости")
    assert set(found) == {"LesDOK", "Nil Contractors"}


def test_belarusian_brand_words_take_their_russian_and_a_village_its_russian_name(registry):
    # a coined name's part that is a village is the village's Russian name (Казлавічы: Козловичи); a
    # product Belarusian names with another word than Russian (тлушчы: жиры) after the town's adjective
    found = organizations(registry, "Ферму СВК «Казлавічы-Агра» наведалі госці з ААТ «Мазырскія тлушчы».",
                          title="Навіны")
    assert {"SPK Kozlovichi-Agro", "Mozyr Fats"} <= set(found)
    assert "Mozyrskiye Zhiry" in registry.get(found["Mozyr Fats"]).names()
    # an ye after a vowel inside a word is also written e (SPK Novoyelnya, SPK Novoelnya)
    found = organizations(registry, "Палі СВК «Наваельня» наведалі госці.", title="Навіны")
    assert "SPK Novoelnya" in registry.get(found["SPK Novoyelnya"]).names()


def test_a_plant_named_by_a_compound_of_what_it_works_and_how(registry):
    # (a compound no kind table lists as a phrase: its parts are translated, the town's adjective named)
    found = organizations(registry, "Сыр прывезлі з ААТ «Пінскі масласыраробны завод», а соки — с ОАО «Лидский "
                                    "плодоовощеконсервный комбинат». Лён прымае ААТ «Глыбоцкі льноперерабатывающий завод».",
                          title="Навіны")
    assert {"Pinsk Butter and Cheese Plant", "Lida Fruit and Vegetable Canning Plant",
            "Glubokoye Flax Processing Plant"} <= set(found)
    assert not any("Zavod" in label or "Kombinat" in label for label in found)


def test_a_coined_belarusian_brand_of_building_materials_is_spelled_from_russian(registry):
    # буд is строй in the Russian name the press romanizes, матэрыялы материалы
    found = organizations(registry, "Шыфер выпускае ААТ «Лідабудматэрыялы», дахі кладзе ААТ «Мазырбуд».", title="Навіны")
    assert {"Lidastroymaterialy", "Mozyrstroy"} <= set(found)


def test_a_body_named_after_a_first_name_is_named_in_russian(sites):
    # (Алеся is Олеся in the Russian name the press romanizes, as a person's first name is)
    assert sites.resolve("Санаторый «Алеся»", None) == sites.resolve("Санаторий «Олеся»", None) == "Sanatorium Olesya"


def test_coined_belarusian_names_of_trade_and_woodworking_are_spelled_from_russian(registry):
    found = organizations(registry, "Тавар закупляе ААТ «Гомельгандаль», мэблю — ААТ «Пінскдрэў».", title="Навіны")
    assert {"Gomeltorg", "Pinskdrev"} <= set(found)
