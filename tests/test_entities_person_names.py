"""Persons named in Russian or Belarusian whose English spelling is not the transliteration of the
page's letters, as a user filtering by person sees them: Belarusian akanne undone through the
Russian name (Сакалоў is Sokolov), foreign first names with the surname in their country's spelling
(Nenad Lukić, Ahmet Dogru, Krzysztof Dąbrowski), Chinese names from Palladius to pinyin, a declined
woman's surname after a first name that does not decline, a man's surname in the genitive after
initials; and what is still no person (a saint, a date, an organ of power)."""

from __future__ import annotations

import pytest

from entity_sets import facet_labels
from searchsvc.entities import EntityExtractor, EntityRegistry
from searchsvc.entities.person_names import chinese_name, foreign_first_names, native_surname, vietnamese_name


@pytest.fixture
def persons(tmp_path):
    registry = EntityRegistry.load(overlay=tmp_path / "entities-learned.jsonl")
    extractor = EntityExtractor(registry, learn=False)

    def facet(body: str) -> list[str]:
        return list(facet_labels(extractor, body, "persons"))

    return facet


def test_belarusian_akanne_is_undone_through_the_russian_name(persons):
    # unstressed о and е written а and я; an unwritten ь; -ава after ц (Зайцава is Зайцева)
    assert persons("Першы намеснік старшыні райвыканкама Ігар Сакалоў адкрыў новую ферму.") == ["Igor Sokolov"]
    assert persons("Брыгадзір Віктар Дзямідаў расказаў пра ўраджай.") == ["Viktor Demidov"]
    assert persons("Новы цэх агледзеў дырэктар прадпрыемства Сяргей Шаўчэнка.") == ["Sergei Shevchenko"]
    assert persons("Выстаўку адкрыла загадчыца аддзела Ларыса Зайцава.") == ["Larisa Zaitseva"]
    assert persons("Пра вынікі паведаміў намеснік начальніка Андрэй Сянькевіч.") == ["Andrei Senkevich"]
    # a surname OpenCorpora does not know keeps the letter rules' form
    assert persons("Экскурсію для дзяцей правёў настаўнік Павел Кудрэвіч.") == ["Pavel Kudrevich"]


def test_akanne_undone_by_a_known_surnames_root(persons):
    # no list has the surname, one has its root: Морозевич (Морозов), Головачук (Головачёв)
    assert persons("Старшыня праўлення Маразевіч адзначыў рост надояў.") == ["Morozevich"]
    assert persons("Дырэктар лясгаса Ігар Галавачук правёў нараду.") == ["Igor Golovachuk"]
    # a loanword's doubled consonant and its ы together
    assert persons("Кіраўнік дэлегацыі Рустам Габыдулін з Уфы выступіў.") == ["Rustam Gabidullin"]
    # a surname that is a first name keeps its letters; a root no list has, the letter rules' form
    assert persons("Ветэран Пятро Ціхан расказаў пра вайну.") == ["Pyotr Tikhan"]
    assert persons("Экскурсію правяла настаўніца Ганна Кудравец.") == ["Anna Kudravets"]


@pytest.mark.parametrize("body, want", [
    # any surname shape, with a verb after it in any tense, or a passive
    ("Главный инженер маслозавода Жерновая рассказала о новой линии.", ["Zhernovaya"]),
    ("Бригадир фермы Кулага вручил дояркам премии.", ["Kulaga"]),
    ("Медсястра санаторыя Лысоўская сочыць за здароўем дзяцей.", ["Lysovskaya"]),
    # a worker's trade no list has, by its ending
    ("Лучшим работникам вручены грамоты, а сварщик Толочко награжден медалью.", ["Tolochko"]),
    ("Тракторист Мазуренок рассказал о посевной.", ["Mazurenok"]),
])
def test_a_lone_surname_after_a_post_or_trade_and_a_verb(persons, body, want):
    assert persons(body) == want


def test_a_body_after_a_post_is_no_surname(persons):
    assert persons("Старшыня раённага Савета дэпутатаў уручыў будаўнікам падзякі.") == []


def test_foreign_first_names_keep_their_country_spelling(persons):
    assert persons("Сустрэчу правёў трэнер каманды, сербскі спецыяліст Драган Іванчыч. Спартсмены падрыхтаваліся.") \
        == ["Dragan Ivančić"]
    assert persons("Ганаровую грамату ўручылі харвацкаму інжынеру Ненаду Бабічу.") == ["Nenad Babić"]
    assert persons("Кантракт падпісаў уладальнік турэцкай фірмы Мехмет Акгюль.") == ["Mehmet Akgül"]
    assert persons("У семінары ўдзельнічаў прафесар з Любліна Кшыштаф Дамброўскі.") == ["Krzysztof Dąbrowski"]
    assert persons("Контракт подписал представитель компании Вукашин Стоянович.") == ["Vukašin Stojanović"]


def test_country_spellings_of_a_surname():
    assert native_surname("Петровіч", ("serbia",)) == "Petrović"
    assert native_surname("Йылмаз", ("turkey",)) == "Yılmaz"
    assert native_surname("Вішнеўскі", ("poland",)) == "Wiszniewski" or native_surname("Вішнеўскі", ("poland",))
    assert native_surname("Сміт", ("the_stans",)) is None  # the Russian transliteration serves
    assert native_surname("Сміт", ("usa",)) == "Smith"  # (its own spelling, from the country's surname list)
    assert foreign_first_names().get("Гюльнара") is None or foreign_first_names().get("Гюльнара")[1] == "f"
    assert foreign_first_names().get("Маскоўскі") is None


def test_chinese_names_from_palladius_to_pinyin(persons):
    assert chinese_name("Ван", "Сяомин") == "Wang Xiaoming"
    assert chinese_name("Лю", "Цзюньцзе") == "Liu Junjie"
    assert chinese_name("Ван", "Гог") is None  # not syllables of Chinese
    assert chinese_name("Ян", "Кулик") is None
    assert persons("Переговоры провел генеральный директор компании Ван Сяомином. Ван Сяомин отметил рост "
                   "поставок.") == ["Wang Xiaoming"]
    assert persons("С китайской стороны документ подписала Чжоу Лихуа.") == ["Zhou Lihua"]


def test_a_womans_surname_declined_after_a_first_name_that_is_not(persons):
    assert persons("Стажировку согласовали с профессором Айгерим Сейткалиевой из Алматы.") == ["Aigerim Seitkaliyeva"]
    assert persons("Иван Боровой поблагодарил коллег.") == ["Ivan Borovoy"]  # a man's -ой stays


def test_a_mans_surname_in_the_genitive_after_initials(persons):
    assert persons("По словам главного инженера С.П. Кузнецова, ремонт завершат в мае.") == ["S.P. Kuznetsov"]
    assert persons("Заместитель председателя С.П. Кузнецова сообщила, что ремонт завершат в мае.") \
        == ["S.P. Kuznetsova"]
    assert persons("Па словах загадчыцы В.М. Каралёвай, бібліятэка працуе.") == ["V.M. Koroleva"]


def test_what_is_still_no_person(persons):
    # a saint, a date before a paragraph, an organ of power after a post word
    assert persons("У Полацку адзначылі дзень святой Ефрасінні Полацкай.") == []
    assert persons("Праздник 8 Марта\n\nНакануне праздника в школе прошел концерт.") == []
    assert persons("The Executive Body of State Power of Sughd Region signed the plan.") == []
    assert persons("The Chief Physician of the hospital opened the ward.") == []
    # the namesake of a prize in the genitive, whatever foreign first name its words sound like
    assert persons("Прэмію імя Францыска Скарыны ўручылі ў Полацку.") == []


def test_more_belarusian_spellings_of_russian_surnames(persons):
    # an apostrophe and a ў before a vowel that Russian writes ь, вь; an о after ч that is ё
    assert persons("Ураджай сабраў камбайнер Васіль Вараб'ёў.") == ["Vasily Vorobyev"]
    assert persons("Выставу адкрыў мастак Пётр Салаўёў.") == ["Pyotr Solovyev"]
    assert persons("Пра рамонт расказаў інжынер Алег Пугачоў.") == ["Oleg Pugachev"]


def test_surname_first_and_initials_after_the_surname(persons):
    # the official order of staff lists and orders: surname, first name, patronymic
    assert persons("Приём граждан ведёт заместитель главы администрации Новиков Андрей Викторович.") \
        == ["Andrei Novikov"]
    assert persons("Благодарность объявлена Сидоренко Ольге Петровне, агроному хозяйства.") == ["Olga Sidorenko"]
    assert persons("Начальнік аддзела кадраў – Шаўчэнка Тамара Іванаўна.") == ["Tamara Shevchenko"]
    assert persons("Совещание провёл Новиков А.В., первый заместитель председателя.") == ["A.V. Novikov"]
    # a name that follows the initials is theirs, not the word before them
    assert persons("Письмо подписал Президент Республики Беларусь А.Г. Лукашенко.") == ["Aleksandr Lukashenko"]
    # a first name and a woman's patronymic alone are an address, and "Дни Адама Мицкевича" no surname-first name
    assert persons("Тамара Іванаўна падзякавала ўсім.") == []
    assert persons("Гостей пригласили на Дни Адама Мицкевича в Новогрудке.") == []


def test_vietnamese_names_from_the_russian_transcription(persons):
    assert vietnamese_name(["Нгуен", "Ван", "Хунг"]) == "Nguyen Van Hung"
    assert vietnamese_name(["Ле", "Куанг", "Миню"]) == "Le Quang Minh"  # (a declined last word)
    assert vietnamese_name(["Во", "Нгуен", "Зяп"]) == "Vo Nguyen Giap"
    assert vietnamese_name(["Ле", "Ман", "Франс"]) is None
    assert persons("В Гродно прибыла делегация провинции Тханьхоа во главе с вице-губернатором Фам Нгок Тхатем. "
                   "Нгуен Тхи Хыонг рассказала о поставках риса.") == ["Pham Ngoc Thach", "Nguyen Thi Huong"]


def test_belarusian_ya_and_y_read_as_the_russian_letters_surnames_begin_with(persons):
    # no list has the surname; Russian surnames begin Степ-, Гри-, none Стяп-, Гры-: Oleg Stepuryshin, not
    # the passport's Aleh Stsiapuryshyn; after к Russian writes no ы (Кірык: Kirik)
    assert persons("Пра ўраджай расказаў аграном Алег Сцяпурашын.") == ["Oleg Stepurashin"]
    assert persons("Выставу адкрыла мастачка Наталля Грыцько-Кірык.") == ["Natalya Gritsko-Kirik"]
    # a я Russian surnames begin with too stays (Ляхаў, not a Лех's Лехович)
    assert persons("Кантракт падпісаў дырэктар Віталь Ляхнёвіч.") == ["Vitaly Lyakhnevich"]


def test_foreign_names_in_the_spelling_of_their_land(persons):
    # Palladius хуэй is hui; the Arab world and Iran as the name lists and Persian spell them (Ahmed,
    # -aei); в after a consonant in a name of the lands English spells from sound is w
    assert chinese_name("Ли", "Хуэйминь") == "Li Huimin"
    assert persons("В Минск приехал профессор из Ирана Ахмед Кармаи.") == ["Ahmed Karmaei"]
    assert persons("Выступил посол Зимбабве Тинаше Дзвити, — сообщила пресс-служба.") == ["Tinashe Dzwiti"]
    assert native_surname("Оконкво", ("nigeria",)) == "Okonkwo"
    assert native_surname("Калвин", ("usa",)) == "Kalvin"  # (not after л м н р)


def test_one_person_under_the_press_spellings_of_a_first_name(tmp_path):
    registry = EntityRegistry.load(overlay=tmp_path / "entities-learned.jsonl")
    extractor = EntityExtractor(registry, learn=False)
    labels = facet_labels(extractor, "Заместитель министра Максим Петрович Сорокин и Артем Грачёв.", "persons")
    # the spelling most of the press gives (Artyom for Артем written without its ё), the others its names too
    assert list(labels) == ["Maxim Sorokin", "Artyom Grachev"]
    assert "Maksim Sorokin" in registry.get(labels["Maxim Sorokin"]).names()
    assert "Artem Grachev" in registry.get(labels["Artyom Grachev"]).names()


def test_a_foreign_name_in_sibilants_in_the_instrumental(persons):
    # Милошем, Лукашем: the names Miloš, Łukasz (not a Милошь), and the surname's -чем its -ч
    assert persons("Паломники прибыли во главе с протоиереем Милошем Радуловичем.") == ["Miloš Radulović"]
    assert persons("Министр встретился с Лукашем Грабовичем.") == ["Łukasz Grabowicz"]
