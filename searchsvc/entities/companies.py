"""Companies named in Russian or Belarusian, under the English name the press gives them.

"ОАО «Ошмянский мясокомбинат»" is the Oshmyany Meat Processing Plant on the English edition of the
same site; a romanized "Oshmyansky myasokombinat" would make one company two facet values. A name
made of a place's adjective and a kind of enterprise is translated: the adjective becomes the
place's English name through the gazetteer (the Belarusian towns and districts of
`belarus_places.tsv`, the regions abroad of `foreign_places.tsv`, else the town the adjective is
made from, transliterated), the kind through HEADS. Any other name (a coined one, "Смольяны-Агро")
is transliterated as the press spells it.

>>> from searchsvc.entities.places import tokens
>>> names = CompanyNames()
>>> names.english("Оршанский мясоконсервный комбинат")
'Orsha Meat Canning Plant'
>>> names.english("Глыбоцкі малочнакансервавы камбінат")
'Glubokoye Milk Canning Plant'
>>> names.at(tokens("посетила Ошмянский мясокомбинат"), 1)
(2, 'Oshmyany Meat Processing Plant')
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from typing import NamedTuple
from pathlib import Path

from ..lang.translit import press_form, transliterate
from .person_names import pinyin_words
from ..languages import LanguageRegistry, resolve
from . import lexicon as lx
from . import tables
# the legal forms' one reader (sites.py and cyrillic.py import LegalForms and press_legal_form from here too)
from .legal_forms import LegalForms, legal_forms, press_legal_form  # noqa: F401
from .names import CYRILLIC
from .places import (BELARUS_FILE, CITY_DISTRICTS_FILE, COUNTRIES_FILE, FOREIGN_FILE, SETTLEMENTS_FILE, WORLD_FILE, StemIndex,
                     _stem, belarusian_key, rows, tokens)

# (Russian, Belarusian, English) kinds of enterprise as English news names them; a name is
# "<place adjective> <kind>" ("Лепельский молочноконсервный комбинат" = Lepel Milk Canning Plant)
HEADS = (
    ("мясокомбинат", "мясакамбінат", "Meat Processing Plant"),
    ("горно-обогатительный комбинат", "горна-ўзбагачальны камбінат", "Mining and Processing Plant"),
    ("горно-обогатительный комбинат", "горна-узбагачальны камбінат", "Mining and Processing Plant"),
    ("мясоконсервный комбинат", "мясакансервавы камбінат", "Meat Canning Plant"),
    ("мясоперерабатывающий комбинат", "мясаперапрацоўчы камбінат", "Meat Processing Plant"),
    ("молочный завод", "малочны завод", "Dairy Plant"),
    ("молочный комбинат", "малочны камбінат", "Dairy Plant"),
    ("гормолзавод", "гармалзавод", "City Dairy"),
    ("молочноконсервный комбинат", "малочнакансервавы камбінат", "Milk Canning Plant"),
    ("молочноконсервный завод", "малочнакансервавы завод", "Milk Canning Plant"),
    ("электрические сети", "электрычныя сеткі", "Electric Networks"),
    ("тепловые сети", "цеплавыя сеткі", "Heat Networks"),  # an energy company's heating branch: Pinsk Heat Networks
    ("маслосырзавод", "масласырзавод", "Butter and Cheese Plant"),
    ("маслосыродельный завод", "масласыраробчы завод", "Butter and Cheese Plant"),
    ("маслодельно-сыродельный завод", "масларобча-сыраробчы завод", "Butter and Cheese Plant"),
    ("фабрика музыкальных инструментов", "фабрыка музычных інструментаў", "Musical Instruments Factory"),
    ("сыродельный комбинат", "сыраробчы камбінат", "Cheese-Making Plant"),
    ("масложировой комбинат", "алейна-тлушчавы камбінат", "Oil and Fat Plant"),
    ("масложировой завод", "алейна-тлушчавы завод", "Oil and Fat Plant"),
    ("комбинат хлебопродуктов", "камбінат хлебапрадуктаў", "Grain Products Plant"),
    ("льнозавод", "ільнозавод", "Flax Mill"),
    ("льнокомбинат", "ільнокамбінат", "Linen Mill"),
    ("хлебозавод", "хлебазавод", "Bakery"),
    ("хлебокомбинат", "хлебакамбінат", "Bakery Plant"),
    ("комбинат шелковых тканей", "камбінат шаўковых тканін", "Silk Fabrics Plant"),
    ("метизный завод", "метызны завод", "Metalware Plant"),
    ("комбикормовый завод", "камбікармавы завод", "Feed Mill"),
    ("консервный завод", "кансервавы завод", "Cannery"),
    ("плодоконсервный завод", "пладакансервавы завод", "Fruit Canning Plant"),
    ("консервно-овощесушильный завод", "кансервава-агароднінасушыльны завод", "Cannery and Vegetable Drying Plant"),
    ("овощесушильный завод", "агароднінасушыльны завод", "Vegetable Drying Plant"),
    ("сахарорафинадный комбинат", "цукрарафінадны камбінат", "Sugar Refinery"),
    ("сахарный комбинат", "цукровы камбінат", "Sugar Plant"),
    ("сахарный завод", "цукровы завод", "Sugar Plant"),
    ("пивоваренный завод", "півавараны завод", "Brewery"),
    ("ликеро-водочный завод", "лікёра-гарэлачны завод", "Distillery"),
    ("спиртзавод", "спіртзавод", "Distillery"),
    ("птицефабрика", "птушкафабрыка", "Poultry Farm"),
    ("свинокомплекс", "свінакомплекс", "Pig Complex"),
    ("экспериментальный завод", "эксперыментальны завод", "Experimental Plant"),
    ("райагросервис", "райаграсэрвіс", "Raiagroservice"),
    ("агросервис", "аграсэрвіс", "Agroservice"),
    ("райагропромтехника", "райаграпрамтэхніка", "Raiagropromtekhnika"),
    ("домостроительный комбинат", "домабудаўнічы камбінат", "House-Building Plant"),
    ("торговый дом", "гандлёвы дом", "Trading House"),
    ("рыбхоз", "рыбгас", "Fish Farm"),
    ("инструментальный завод", "інструментальны завод", "Tool Plant"),
    ("вагоноремонтный завод", "вагонарамонтны завод", "Car Repair Plant"),
    ("авторемонтный завод", "аўтарамонтны завод", "Auto Repair Plant"),
    ("ремонтный завод", "рамонтны завод", "Repair Plant"),
    ("механический завод", "механічны завод", "Mechanical Plant"),
    ("машиностроительный завод", "машынабудаўнічы завод", "Machine-Building Plant"),
    ("станкостроительный завод", "станкабудаўнічы завод", "Machine Tool Plant"),
    ("литейный завод", "ліцейны завод", "Foundry"),
    ("электротехнический завод", "электратэхнічны завод", "Electrical Equipment Plant"),
    ("завод газовой аппаратуры", "завод газавай апаратуры", "Gas Equipment Plant"),
    ("завод железобетонных изделий", "завод жалезабетонных вырабаў", "Reinforced Concrete Products Plant"),
    ("завод сельскохозяйственного машиностроения", "завод сельскагаспадарчага машынабудавання",
     "Agricultural Machinery Plant"),
    ("кирпичный завод", "цагельны завод", "Brick Plant"),
    ("стекольный завод", "шкляны завод", "Glass Factory"),
    ("цементный завод", "цэментны завод", "Cement Plant"),
    ("фарфоровый завод", "фарфоравы завод", "Porcelain Factory"),
    ("завод агрегатов", "завод агрэгатаў", "Aggregate Plant"),
    ("завод металлоконструкций", "завод металаканструкцый", "Metal Structures Plant"),
    ("завод электроизделий", "завод электравырабаў", "Electrical Products Plant"),
    ("завод строительных материалов", "завод будаўнічых матэрыялаў", "Building Materials Plant"),
    ("завод минеральных вод", "завод мінеральных вод", "Mineral Water Plant"),
    ("деревообрабатывающий комбинат", "дрэваапрацоўчы камбінат", "Woodworking Plant"),
    ("целлюлозно-картонный комбинат", "цэлюлозна-кардонны камбінат", "Pulp and Board Mill"),
    ("целлюлозно-бумажный комбинат", "цэлюлозна-папяровы камбінат", "Pulp and Paper Mill"),
    ("ковровый комбинат", "дывановы камбінат", "Carpet Factory"),
    # the textile mills: Slonim, Mogilev, Baranovichi
    ("камвольно-прядильная фабрика", "камвольна-прадзільная фабрыка", "Worsted Spinning Mill"),
    ("камвольный комбинат", "камвольны камбінат", "Worsted Mill"), ("прядильная фабрика", "прадзільная фабрыка", "Spinning Mill"),
    ("хлопчатобумажный комбинат", "баваўняны камбінат", "Cotton Mill"),
    ("производственное хлопчатобумажное объединение", "вытворчае баваўнянае аб'яднанне", "Cotton Production Association"),
    ("завод тракторных деталей и агрегатов", "завод трактарных дэталяў і агрэгатаў", "Tractor Parts and Units Plant"),
    ("чулочный комбинат", "панчошны камбінат", "Hosiery Plant"),
    ("фабрика художественных изделий", "фабрыка мастацкіх вырабаў", "Factory of Art Products"),
    ("завод калийных удобрений", "завод калійных угнаенняў", "Potash Plant"),
    ("краеведческий музей", "краязнаўчы музей", "Museum of Local Lore"),
    ("историко-краеведческий музей", "гісторыка-краязнаўчы музей", "Museum of History and Local Lore"),
    ("историко-археологический музей", "гісторыка-археалагічны музей", "Historical and Archaeological Museum"),
    ("музей традиционной культуры", "музей традыцыйнай культуры", "Museum of Traditional Culture"),
    ("музей народной архитектуры и быта", "музей народнай архітэктуры і побыту", "Museum of Folk Architecture and Rural Lifestyle"),
    ("детско-юношеская спортивная школа", "дзіцяча-юнацкая спартыўная школа", "Children's and Youth Sports School"),
    ("специализированная детско-юношеская школа олимпийского резерва", "спецыялізаваная дзіцяча-юнацкая школа алімпійскага рэзерву",
     "Specialized Children's and Youth School of Olympic Reserve"),
    ("государственное производственное лесохозяйственное объединение", "дзяржаўнае вытворчае лесагаспадарчае аб'яднанне",
     "State Forestry Production Association"),
    ("метрополитен", "метрапалітэн", "Metro"),
    ("телерадиокомпания", "тэлерадыёкампанія", "TV and Radio Company"),
    ("военно-исторический музей", "ваенна-гістарычны музей", "Military History Museum"),
    ("художественный музей", "мастацкі музей", "Art Museum"),
    ("литературный музей", "літаратурны музей", "Literary Museum"),
    ("лесхоз", "лясгас", "Forestry Enterprise"),
    ("гимназия", "гімназія", "Gymnasium"),
    ("лицей", "ліцэй", "Lyceum"),
    ("райпо", "райпо", "District Consumer Society"),
    ("агрокомбинат", "агракамбінат", "Agrokombinat"),
    ("пограничная группа", "пагранічная група", "Border Guard Group"),
    ("епархия", "епархія", "Diocese"),
    ("таможня", "мытня", "Customs"),
    ("водоканал", "вадаканал", "Vodokanal"),
    ("швейная фабрика", "швейная фабрыка", "Sewing Factory"),
    ("чулочная фабрика", "панчошная фабрыка", "Hosiery Factory"),
    ("трикотажная фабрика", "трыкатажная фабрыка", "Knitwear Factory"),
    ("обувная фабрика", "абутковая фабрыка", "Shoe Factory"),
    ("мебельная фабрика", "мэблевая фабрыка", "Furniture Factory"),
    ("кондитерская фабрика", "кандытарская фабрыка", "Confectionery Factory"),
    ("ковровая фабрика", "дывановая фабрыка", "Carpet Factory"),
    ("картонная фабрика", "кардонная фабрыка", "Cardboard Factory"),
    ("бумажная фабрика", "папяровая фабрыка", "Paper Mill"),
    ("табачная фабрика", "тытунёвая фабрыка", "Tobacco Factory"),
    # the kinds Russian writes as one word with -завод, -комбинат (стеклозавод: glassworks)
    ("стеклозавод", "шклозавод", "Glassworks"), ("сырзавод", "сырзавод", "Cheese-Making Plant"),
    ("птицекомбинат", "птушкакамбінат", "Poultry Plant"),
    ("торфобрикетный завод", "торфабрыкетны завод", "Peat Briquette Plant"), ("крахмальный завод", "крухмальны завод", "Starch Plant"),
    ("винодельческий завод", "вінаробчы завод", "Winery"), ("асфальтобетонный завод", "асфальтабетонны завод", "Asphalt Concrete Plant"),
    ("фабрика", "фабрыка", "Factory"),
    ("завод", "завод", "Plant"),
    ("комбинат", "камбінат", "Plant"),
)
# bodies of a district, oblast or city: "<place adjective> [центральная] районная <kind>"
# ("Дзержинская центральная районная больница" = Dzerzhinsk Central District Hospital)
LEVELS = (("районн", "District"), ("раённ", "District"), ("областн", "Oblast"), ("абласн", "Oblast"),
          ("городск", "City"), ("гарадск", "City"), ("региональн", "Regional"), ("рэгіянальн", "Regional"),
          ("краев", "Regional"), ("краяв", "Regional"))  # a krai's: "Приморский краевой театр кукол"
CENTRAL = ("центральн", "цэнтральн")
# the status a country's own body is named by before its kind ("Федеральная нотариальная палата")
_STATUS = ((("федеральн", "федэральн"), "Federal"), (("республиканск", "рэспубліканск"), "Republican"),
           (("национальн", "нацыянальн"), "National"))
INSTITUTIONS = (
    ("центр культуры", "цэнтр культуры", "Center of Culture"),
    ("центр творчества детей и молодежи", "цэнтр творчасці дзяцей і моладзі", "Center for Creativity of Children and Youth"),
    ("центр гигиены и эпидемиологии", "цэнтр гігіены і эпідэміялогіі", "Center for Hygiene and Epidemiology"),
    ("Совет депутатов", "Савет дэпутатаў", "Council of Deputies"),
    ("избирательная комиссия", "выбарчая камісія", "Election Commission"),  # "Сенненская районная ...": Senno District
    ("совет ветеранов", "савет ветэранаў", "Council of Veterans"),
    ("центр народного творчества", "цэнтр народнай творчасці", "Center for Folk Art"),
    ("детская клиническая больница", "дзіцячая клінічная бальніца", "Children's Clinical Hospital"),
    ("инфекционная клиническая больница", "інфекцыйная клінічная бальніца", "Infectious Clinical Hospital"),
    ("инфекционная больница", "інфекцыйная бальніца", "Infectious Diseases Hospital"),
    ("клиническая больница", "клінічная бальніца", "Clinical Hospital"),
    ("сельскохозяйственная опытная станция", "сельскагаспадарчая доследная станцыя", "Agricultural Experimental Station"),
    ("опытная станция", "доследная станцыя", "Experimental Station"),
    ("детско-юношеская спортивная школа", "дзіцяча-юнацкая спартыўная школа", "Children's and Youth Sports School"),
    ("специализированная детско-юношеская школа олимпийского резерва", "спецыялізаваная дзіцяча-юнацкая школа алімпійскага рэзерву",
     "Specialized Children's and Youth School of Olympic Reserve"),
    ("музей истории и культуры", "музей гісторыі і культуры", "Museum of History and Culture"),
    ("центр олимпийского резерва", "цэнтр алімпійскага рэзерву", "Olympic Reserve Center"),
    ("дума", "дума", "Duma"),
    ("детская больница", "дзіцячая бальніца", "Children's Hospital"),
    ("клинический онкологический диспансер", "клінічны анкалагічны дыспансер", "Clinical Oncological Dispensary"),
    ("онкологический диспансер", "анкалагічны дыспансер", "Oncological Dispensary"),
    ("противотуберкулезный диспансер", "супрацьтуберкулёзны дыспансер", "Tuberculosis Dispensary"),
    ("туберкулезный диспансер", "туберкулёзны дыспансер", "Tuberculosis Dispensary"),
    ("эндокринологический диспансер", "эндакрыналагічны дыспансер", "Endocrinology Dispensary"),
    ("кожно-венерологический диспансер", "скурна-венералагічны дыспансер", "Dermatovenerologic Dispensary"),
    ("наркологический диспансер", "наркалагічны дыспансер", "Narcological Dispensary"),
    ("психоневрологический диспансер", "псіханеўралагічны дыспансер", "Psychoneurological Dispensary"),
    ("кардиологический диспансер", "кардыялагічны дыспансер", "Cardiology Dispensary"),
    ("диспансер", "дыспансер", "Dispensary"),
    ("родильный дом", "радзільны дом", "Maternity Hospital"),
    ("станция скорой медицинской помощи", "станцыя хуткай медыцынскай дапамогі", "Ambulance Station"),
    ("центр социального обслуживания населения", "цэнтр сацыяльнага абслугоўвання насельніцтва", "Social Services Center"),
    ("территориальный центр социального обслуживания населения", "тэрытарыяльны цэнтр сацыяльнага абслугоўвання насельніцтва",
     "Territorial Centre of Social Services for the Population"),
    ("центр занятости", "цэнтр занятасці", "Employment Center"),
    ("архив", "архіў", "Archive"),
    ("прокуратура", "пракуратура", "Prosecutor's Office"),
    ("инспекция", "інспекцыя", "Inspectorate"),
    # (an organization of a district is named by whose it is: CompanyNames.at takes it with its genitive chain only,
    # "районная организация Белорусского общества охотников и рыболовов")
    ("организация", "арганізацыя", "Organization"),
    ("больница", "бальніца", "Hospital"),
    ("радио", "радыё", "Radio"),
    ("таможня", "мытня", "Customs"),
    ("поликлиника", "паліклініка", "Polyclinic"),
    ("дом культуры", "дом культуры", "House of Culture"),
    ("потребительское общество", "спажывецкае таварыства", "Consumer Society"),  # an oblast's (a district's: райпо)  # "Витебская областная филармония": Vitebsk Oblast Philharmonic
    ("комитет по делам молодежи", "камітэт па справах моладзі", "Committee for Youth Affairs"),  # Pskov Oblast's
    ("гимназия", "гімназія", "Gymnasium"),  # "Глусская районная гимназия": Glusk District Gymnasium
    ("лицей", "ліцэй", "Lyceum"),
    ("историко-краеведческий музей", "гісторыка-краязнаўчы музей", "Museum of History and Local Lore"),
    ("централизованная библиотечная система", "цэнтралізаваная бібліятэчная сістэма", "Centralized Library System"),
    ("библиотека", "бібліятэка", "Library"),
    ("отдел внутренних дел", "аддзел унутраных спраў", "Department of Internal Affairs"),
    ("отдел по чрезвычайным ситуациям", "аддзел па надзвычайных сітуацыях", "Department of Emergency Situations"),
    ("суд", "суд", "Court"),
    # (an oblast's or a district's theatre, museum, school of arts or institute, "Брянский областной художественный
    # музей", "Гродзенскі абласны інстытут развіцця адукацыі", is a kind of body_kinds.tsv)
)
# bodies named by their kind before the district or oblast they serve ("суд Лидского района"); English puts
# the place first (Lida District Court) except for an administration (Administration of the ... District)
# bodies whose English name keeps the kind first, "of" the district ("территориальный центр социального
# обслуживания населения Жлобинского района" = Territorial Centre of Social Services for the Population of
# Zhlobin District): (ru stems, be stems, English), a stem per word
_DISTRICT_BODIES_OF = (
    (("территориальн", "центр", "социальн", "обслуживани", "населени"),
     ("тэрытарыяльн", "цэнтр", "сацыяльн", "абслугоўванн", "насельніцтв"),
     "Territorial Centre of Social Services for the Population of"),
)
# an adjective's case ending: "Железнодорожного", "Першамайскага" -> железнодорожн, першамайск
_ENDING = re.compile(r"(?:ого|ага|ому|аму|ыми|імі|ым|ім|ом|ой|ый|ий|ай|ых|іх|ая|ае|ое|ую|ы|і)$")
_DISTRICT_BODIES = (("суд", "Court"), ("прокуратур", "Prosecutor's Office"), ("пракуратур", "Prosecutor's Office"),
                    ("администраци", "Administration"), ("адміністрацы", "Administration"))
# kinds of body, one row each, by the form of their names (its header says which): "place" and "level" kinds
# after a place adjective ("Кобрынскі раённы Дом рамёстваў" = Kobrin District House of Crafts) besides
# INSTITUTIONS and TOWN_BODIES; sites.py reads the other forms too
BODY_KINDS_FILE = Path(__file__).parent / "body_kinds.tsv"


class BodyKind(NamedTuple):
    """One row of body_kinds.tsv: the form of the names (its header says which), the kind in Russian, in
    Belarusian and in English, and "regional" where an oblast's body is "<place> Regional <kind>"."""
    form: str
    ru: str
    be: str
    english: str
    regional: str


# the words of an institution's name, for naming one that no kind table holds (CompanyNames.described)
INSTITUTION_WORDS_FILE = Path(__file__).parent / "institution_words.tsv"


def institution_words(path: Path = INSTITUTION_WORDS_FILE) -> list[tuple[tuple[str, ...], str, str]]:
    """(word starts, English, role) of institution_words.tsv in either language: the phrases of most words first,
    then the longest starts (a phrase is read before its words: "коллегия адвокатов" = Bar Association)."""
    out = {(tuple(start.replace("ё", "е").split()), english, role)
           for ru, be, english, role in tables.rows(path, 4) for start in (ru, be) if start}
    return sorted(out, key=lambda row: (-len(row[0]), -len(row[0][0])))


# what a church is dedicated to, by its name's adjective (the sites' and the organizations' alike)
DEDICATIONS_FILE = Path(__file__).parent / "church_dedications.tsv"


def church_dedications(path: Path = DEDICATIONS_FILE) -> list[tuple[str, str]]:
    """(adjective stem in Russian or Belarusian, ё as е, English dedication) of church_dedications.tsv, longest first."""
    out = {(stem.replace("ё", "е"), english) for ru, be, english in tables.rows(path, 3) for stem in (ru, be) if stem}
    return sorted(out, key=lambda row: -len(row[0]))


def body_kinds(path: Path = BODY_KINDS_FILE) -> list[BodyKind]:
    """The rows of body_kinds.tsv, read by the extractor (CompanyNames) and by the site registry alike."""
    return [BodyKind(*row) for row in tables.rows(path, 5)]
# numbered schools and kindergartens: "ГУО «Средняя школа № 2 г. Лепеля»" = Secondary School No. 2 of Lepel
NUMBERED = (
    ("средняя школа", "сярэдняя школа", "Secondary School"),
    ("базовая школа", "базавая школа", "Basic School"),
    ("начальная школа", "пачатковая школа", "Primary School"),
    ("школа", "школа", "School"),
    ("гимназия", "гімназія", "Gymnasium"),
    ("лицей", "ліцэй", "Lyceum"),
    ("детский сад", "дзіцячы сад", "Kindergarten"),
    ("ясли-сад", "яслі-сад", "Nursery-Kindergarten"),
)
# whom a numbered institution teaches or serves, before its kind: "Детская музыкальная школа № 1" = Children's Music
# School No. 1
NUMBERED_WHOM = ((("детск", "дзіцяч"), "Children's"), (("детско-юношеск", "дзіцяча-юнацк"), "Children's and Youth"),
                 (("специализированн", "спецыялізаван"), "Specialized"))
# a kind of enterprise made of what it makes and what it is, when HEADS has no phrase for it
# ("Белорусская цементная компания" = Belarusian Cement Company): (ru stem, be stem, English)
PRODUCTS = (
    ("цементн", "цэментн", "Cement"), ("фарфоров", "фарфорав", "Porcelain"), ("стекольн", "шклян", "Glass"),
    ("бумажн", "папяров", "Paper"), ("картонн", "кардонн", "Cardboard"), ("металлургическ", "металургічн", "Metallurgical"),
    ("химическ", "хімічн", "Chemical"), ("калийн", "калійн", "Potash"), ("нефтян", "нафтав", "Oil"),
    ("газов", "газав", "Gas"), ("шинн", "шынн", "Tyre"), ("тракторн", "трактарн", "Tractor"),
    ("автомобильн", "аўтамабільн", "Automobile"), ("моторн", "маторн", "Motor"), ("керамическ", "керамічн", "Ceramic"),
    ("текстильн", "тэкстыльн", "Textile"), ("мебельн", "мэблев", "Furniture"), ("обувн", "абутков", "Footwear"),
    ("строительн", "будаўніч", "Construction"), ("энергетическ", "энергетычн", "Energy"), ("пищев", "харчов", "Food"),
    ("торгов", "гандлёв", "Trading"), ("транспортн", "транспартн", "Transport"), ("лакокрасочн", "лакафарбав", "Paint"),
    ("агропромышленн", "аграпрамысл", "Agro-Industrial"), ("фармацевтическ", "фармацэўтычн", "Pharmaceutical"),
    ("инвестиционн", "інвестыцыйн", "Investment"), ("страхов", "страхав", "Insurance"), ("полиграфическ", "паліграфічн", "Printing"),
    ("экспериментальн", "эксперыментальн", "Experimental"), ("опытн", "доследн", "Experimental"),
    ("ремонтн", "рамонтн", "Repair"), ("механическ", "механічн", "Mechanical"), ("деревообрабатывающ", "дрэваапрацоўч", "Woodworking"),
    ("кормов", "кормав", "Feed"), ("комбикормов", "камбікармав", "Feed"), ("молочн", "малочн", "Dairy"), ("мясн", "мясн", "Meat"),
)
# a kind of enterprise named by a compound adjective of what it works and how, when HEADS has no phrase for it
# ("масласыраробны завод" = Butter and Cheese Plant, "плодоовощеконсервный комбинат" = Fruit and Vegetable
# Canning Plant, "льноперерабатывающий завод" = Flax Processing Plant): the stems of what it works, each with
# its linking vowel after it (ru, be, English), then the stem of how (ru, be, English; "" for "making", which
# English names by the products alone, Butter and Cheese Plant, or as -Making after one, Cheese-Making Plant)
COMPOUND_MATERIALS = (
    ("мяс", "мяс", "Meat"), ("масл", "масл", "Butter"), ("сыр", "сыр", "Cheese"), ("молочн", "малочн", "Milk"),
    ("плод", "плад", "Fruit"), ("овощ", "агароднін", "Vegetable"), ("рыб", "рыб", "Fish"), ("хлеб", "хлеб", "Bread"),
    ("льн", "ільн", "Flax"), ("сахар", "цукр", "Sugar"), ("крахмал", "крухмал", "Starch"), ("картофел", "бульб", "Potato"),
    ("плодоовощ", "пладаагароднін", "Fruit and Vegetable"), ("пив", "пів", "Beer"), ("вин", "він", "Wine"),
    ("сок", "сок", "Juice"), ("спирт", "спірт", "Alcohol"), ("дерев", "дрэв", "Wood"), ("лес", "лес", "Timber"),
    ("металл", "метал", "Metal"), ("шерст", "воўн", "Wool"), ("кож", "скур", "Leather"), ("торф", "торф", "Peat"),
    ("зерн", "збожж", "Grain"), ("кормо", "карма", "Feed"),
    # (what an agricultural enterprise is, for the coined kinds below: агразавод = Agro Plant)
    ("агр", "агр", "Agro"),
)
COMPOUND_PROCESSES = (
    ("дельн", "робн", ""), ("дельн", "робч", ""), ("консервн", "кансервав", "Canning"),
    ("перерабатывающ", "перапрацоўч", "Processing"), ("обрабатывающ", "апрацоўч", "Processing"),
    ("сушильн", "сушыльн", "Drying"), ("упаковочн", "упаковачн", "Packing"), ("заготовительн", "нарыхтоўч", "Procurement"),
    ("прядильн", "прадзільн", "Spinning"), ("разливочн", "разліўн", "Bottling"), ("добывающ", "здабыўн", "Extraction"),
)
# the kind nouns a one-word compound kind ends with after COMPOUND_MATERIALS and a linking vowel, when HEADS
# has no phrase for it: маслозавод, маслазавод = Butter Plant, хлебапрадукт = Bread Product, агразавод = Agro Plant
COMPOUND_KINDS = (("завод", "завод", "Plant"), ("комбинат", "камбінат", "Plant"), ("фабрика", "фабрыка", "Factory"),
                  ("продукт", "прадукт", "Product"))
KINDS = (("завод", "завод", "Plant"), ("фабрика", "фабрыка", "Factory"), ("комбинат", "камбінат", "Plant"),
         ("компания", "кампанія", "Company"), ("концерн", "канцэрн", "Concern"), ("холдинг", "холдынг", "Holding"),
         ("корпорация", "карпарацыя", "Corporation"), ("объединение", "аб'яднанне", "Association"))
# academic bodies: "<place adjective> [государственный] [what it teaches] университет [of what]"
# museums named by their town's adjective and their kind, no level: "Лидский историко-художественный музей" =
# Lida Museum of History and Art ("музеі-запаведніку": the Belarusian locative of a museum-reserve, spelled apart)
MUSEUMS = (
    ("историко-художественный музей", "гісторыка-мастацкі музей", "Museum of History and Art"),
    ("историко-культурный музей-заповедник", "гісторыка-культурны музей-запаведнік", "Historical and Cultural Museum-Reserve"),
    ("историко-культурный музеи-заповедник", "гісторыка-культурны музеі-запаведнік", "Historical and Cultural Museum-Reserve"),
    ("художественный музей", "мастацкі музей", "Art Museum"),
    ("краеведческий музей", "краязнаўчы музей", "Museum of Local Lore"),
    ("историко-краеведческий музей", "гісторыка-краязнаўчы музей", "Museum of History and Local Lore"),
    ("историко-археологический музей", "гісторыка-археалагічны музей", "Historical and Archaeological Museum"),
    ("историко-этнографический музей", "гісторыка-этнаграфічны музей", "Museum of History and Ethnography"),
)
# bodies of a town named by its adjective and their kind, no level, besides its museums: "Речицкий
# территориальный центр социального обслуживания населения" = Rechitsa Territorial Centre of Social Services ...
TOWN_BODIES = (
    ("территориальный центр социального обслуживания населения", "тэрытарыяльны цэнтр сацыяльнага абслугоўвання насельніцтва",
     "Territorial Centre of Social Services for the Population"),
    # a town's seminary, forestry: "Минская духовная семинария", "Телеханское лесничество" (its school of arts,
    # circus, zoo, airport, "Гомельский государственный цирк", are kinds of body_kinds.tsv)
    ("духовная семинария", "духоўная семінарыя", "Theological Seminary"),
    ("духовная академия", "духоўная акадэмія", "Theological Academy"),
    ("лесничество", "лясніцтва", "Forestry"),
    ("государственный зоопарк", "дзяржаўны заапарк", "State Zoo"),
)
# the other English names of a kind, as they stand in the news for one body (Korma Flax Mill, Korma Flax Plant;
# Rechitsa Museum of Local Lore, Rechitsa Local History Museum): one table, read by CompanyNames.kind_synonyms
KIND_SYNONYMS_FILE = Path(__file__).parent / "kind_synonyms.tsv"
_MAX_SYNONYM_FORMS = 48  # a name with many kind words: enough forms for every pair of choices


def kind_synonyms(path: Path = KIND_SYNONYMS_FILE) -> list[tuple[str, ...]]:
    """The rows of kind_synonyms.tsv as tuples of English forms that name one kind of body."""
    return [tuple(f for f in english.split("|") if f) for _ru, _be, english in tables.rows(path, 3)]


ACADEMIC_KINDS = (("университет", "універсітэт", "University"), ("академия", "акадэмія", "Academy"),
                  ("институт", "інстытут", "Institute"), ("колледж", "каледж", "College"))
STATE = ("государственн", "дзяржаўн")
FIELDS = (
    ("национальн", "нацыянальн", "National"), ("федеральн", "федэральн", "Federal"),
    ("технологическ", "тэхналагічн", "Technological"), ("политехническ", "політэхнічн", "Polytechnic"),
    ("техническ", "тэхнічн", "Technical"), ("медицинск", "медыцынск", "Medical"), ("педагогическ", "педагагічн", "Pedagogical"),
    ("аграрн", "аграрн", "Agrarian"), ("экономическ", "эканамічн", "Economic"), ("лингвистическ", "лінгвістычн", "Linguistic"),
    ("сельскохозяйственн", "сельскагаспадарч", "Agricultural"), ("транспортн", "транспартн", "Transport"),
    ("ветеринарн", "ветэрынарн", "Veterinary"), ("музыкальн", "музычн", "Music"), ("художественн", "мастацк", "Art"),
    ("юридическ", "юрыдычн", "Law"), ("спортивн", "спартыўн", "Sports"),
    ("лесотехническ", "лесатэхнічн", "Forestry"), ("строительн", "будаўніч", "Construction"),
    ("торгово-экономическ", "гандлёва-эканамічн", "Trade and Economics"), ("гуманитарн", "гуманітарн", "Humanities"),
    ("железнодорожн", "чыгуначн", "Railway"), ("энергетическ", "энергетычн", "Energy"),
    ("аграрно-техническ", "аграрна-тэхнічн", "Agrarian and Technical"), ("промышленно-педагогическ", "прамыслова-педагагічн", "Industrial and Pedagogical"),
)
# what an academy or university is "of", in the genitive after its kind
OF_FIELDS = (
    ("ветеринарной медицины", "ветэрынарнай медыцыны", "Veterinary Medicine"),
    ("физической культуры", "фізічнай культуры", "Physical Culture"),
    ("культуры и искусств", "культуры і мастацтваў", "Culture and Arts"), ("искусств", "мастацтваў", "Arts"),
    ("информатики и радиоэлектроники", "інфарматыкі і радыёэлектронікі", "Informatics and Radioelectronics"),
    ("последипломного образования", "паслядыпломнай адукацыі", "Postgraduate Education"),
    ("продовольствия", "харчавання", "Food Technologies"), ("транспорта", "транспарту", "Transport"),
    ("управления", "кіравання", "Management"), ("музыки", "музыкі", "Music"),
    ("науки и технологий", "навукі і тэхналогій", "Science and Technology"),  # Hanoi University of Science and Technology
    ("сельского хозяйства", "сельскай гаспадаркі", "Agriculture"),  # Vietnam National University of Agriculture
)
# "Белорусская федерация гандбола" = Belarusian Handball Federation
SPORTS = (("гандбола", "гандбола", "Handball"), ("футбола", "футбола", "Football"), ("баскетбола", "баскетбола", "Basketball"),
          ("волейбола", "валейбола", "Volleyball"), ("тенниса", "тэніса", "Tennis"), ("биатлона", "біятлона", "Biathlon"),
          ("бокса", "бокса", "Boxing"), ("борьбы", "барацьбы", "Wrestling"), ("дзюдо", "дзюдо", "Judo"),
          ("плавания", "плавання", "Swimming"), ("гимнастики", "гімнастыкі", "Gymnastics"),
          ("легкой атлетики", "лёгкай атлетыкі", "Athletics"), ("шахмат", "шахмат", "Chess"))
# the government of a region abroad: "Администрация Псковской области", "Правительство Республики Татарстан"
REGIONAL_GOVERNMENTS = (("администраци", "Administration"), ("адміністрацы", "Administration"),
                        ("правительств", "Government"), ("урад", "Government"),
                        # a region's administration in Uzbekistan and Kazakhstan: "хокимията Ферганской области"
                        ("хокимият", "Khokimiyat"), ("хакімія", "Khokimiyat"), ("акимат", "Akimat"), ("акімат", "Akimat"))
# its head's post names it ("заместителем хокима Наманганской области")
_REGIONAL_HEADS = (("хоким", "Khokimiyat"), ("хакім", "Khokimiyat"), ("аким", "Akimat"), ("акім", "Akimat"))
# executive committees written as one word: "Миноблисполком", "Мінгарвыканкам"
_COMPOUND_COMMITTEE = re.compile(r"^(?:Мин|Мін)(обл|абл|гор|гар|рай)(?:исполком|выканкам)\w*$")
_COMPOUND_LEVELS = {"обл": "Oblast", "абл": "Oblast", "гор": "City", "гар": "City", "рай": "District"}
# the kind written before a quoted name that the English name keeps ("выдавецтва «Беларусь»" =
# Belarus Publishing House, "хоккейный клуб «Неман»" = HC Neman)
_KIND_PREFIX = ((re.compile(r"^(?:[Хх][оа]кк?[еэ]йн|[Гг]андбольн)"), "HC"), (re.compile(r"^[Фф]утбольн"), "FC"),
                (re.compile(r"^[Вв][оа]лейбольн"), "VC"), (re.compile(r"^[Бб]аскетбольн"), "BC"))
_KIND_SUFFIX = ((re.compile(r"^(?:[Ии]здательств|[Вв]ыдавецтв)"), "Publishing House"),)
# the kinds of body whose quoted name is a title, any word of it in lower case: a newspaper, a magazine, a channel
_TITLED_KIND = re.compile(r"^(?:газет|часопіс|журнал|телеканал|тэлеканал|радиостанци|радыёстанцы)", re.I)
# a nature reserve named after its kind: "рэспубліканскі ландшафтны заказнік «Красны Бор»" = Krasny Bor Republican
# Landscape Reserve (the words of the kind in English, in their order)
_RESERVE_WORDS = (("республиканск", "Republican"), ("рэспубліканск", "Republican"), ("государственн", "State"),
                  ("дзяржаўн", "State"), ("ландшафтн", "Landscape"), ("гидрологическ", "Hydrological"),
                  ("гідралагічн", "Hydrological"), ("биологическ", "Biological"), ("біялагічн", "Biological"),
                  ("природоохранн", "Nature Conservation"), ("заказник", "Reserve"), ("заказнік", "Reserve"),
                  ("заповедник", "Nature Reserve"), ("запаведнік", "Nature Reserve"))


def _reserve_suffix(kind: str) -> str | None:
    """The English kind of a nature reserve written before its quoted name, else None."""
    words = kind.lower().split()
    if not words or not words[-1].startswith(("заказ", "запаведн", "заповедн")):
        return None
    english = [next((en for stem, en in _RESERVE_WORDS if w.startswith(stem)), None) for w in words]
    return " ".join(english) if all(english) else None
# bodies of a district named by an acronym after the town's adjective ("Столбцовская ЦРБ")
ACRONYM_BODIES = {"ЦРБ": "Central District Hospital", "АЭС": "Nuclear Power Plant", "ГРЭС": "State District Power Plant",
                  "ТЭЦ": "CHP", "ЦЭЦ": "CHP", "ЦРБС": "Central District Library System",
                  "РОЧС": "District Department of Emergency Situations", "РАНС": "District Department of Emergency Situations",
                  "РОВД": "District Department of Internal Affairs", "РАУС": "District Department of Internal Affairs",
                  "ЦГЭ": "Center for Hygiene and Epidemiology", "ЦГіЭ": "Center for Hygiene and Epidemiology"}
_CONSONANT = "[бвгджзклмнпрстфхцчшщ]"
# the parts of coined Soviet-style company names that Belarusian spells by sound (akanye)
_COINED_MORPHEMES = (("хлеба", "хлебо"), ("прадукт", "продукт"), ("энерга", "энерго"), ("аўта", "авто"),
                     ("газа", "газо"), ("праммаш", "проммаш"), ("прам", "пром"), ("будаўн", "строител"),
                     # (Gidroprivod, Agropromtekhnika, Mozyrpromstroy, Selkhozkhimiya, Vodokanal, Teploset,
                     # Oblgaz, Remstroy, Zhilkomkhoz, Dorstroy, Melioratsiya, Torgservis, Avtotrans...)
                     ("гідра", "гидро"), ("прывад", "привод"), ("агра", "агро"), ("тэхніка", "техника"),
                     ("сельгас", "сельхоз"), ("хімія", "химия"), ("вадаканал", "водоканал"), ("цепла", "тепло"),
                     ("камгас", "комхоз"), ("будтрэст", "стройтрест"), ("прамбуд", "промстрой"), ("дарбуд", "дорстрой"),
                     ("рамбуд", "ремстрой"), ("аграбуд", "агрострой"), ("жылбуд", "жилстрой"), ("меліярацыя", "мелиорация"),
                     ("сэрвіс", "сервис"), ("мантаж", "монтаж"), ("рамонт", "ремонт"), ("тэхна", "техно"),
                     ("прыбор", "прибор"), ("электра", "электро"), ("радыё", "радио"), ("аўтаматыка", "автоматика"),
                     ("тэкстыль", "текстиль"), ("мэбля", "мебель"), ("лесапрам", "лесопром"),
                     # (Khimvolokno, Brestproekt, Grodnopromstroy: бурд = строй also after a Russian пром)
                     ("валакно", "волокно"), ("праект", "проект"), ("промбуд", "промстрой"),
                     # (Belgoslesustroistvo: дзяржаўны = государственный, парадкаванне = устройство)
                     ("дзярж", "гос"), ("лесаўпарадкаванне", "лесоустройство"), ("упарадкаванне", "устройство"),
                     ("ўпарадкаванне", "устройство"),
                     # (Gomelsteklo: шкло = стекло, фарба = краска)
                     ("шкло", "стекло"), ("фарба", "краска"),
                     # (Belselkhoztorg, Pinskdrev, Belpochta, Belkoopsoyuz, Belkniga: гандаль = торг, дрэва = древесина)
                     ("гандаль", "торг"), ("дрэў", "древ"), ("пошта", "почта"), ("каап", "кооп"), ("саюз", "союз"),
                     ("кніга", "книга"), ("харчпрам", "пищепром"),
                     # the products brands are named after whose Russian is another word (Навагрудскія тлушчы:
                     # Novogrudskiye Zhiry, Віцебскія дываны: Vitebskiye Kovry)
                     ("тлушч", "жир"), ("дываны", "ковры"), ("шпалеры", "обои"), ("абутак", "обувь"), ("цукар", "сахар"),
                     ("каўбас", "колбас"), ("піва", "пиво"), ("малако", "молоко"), ("мяса", "мясо"))
# (Russian, Belarusian, English) products a company is named after with its town's adjective, in quotes
# after its legal form: ААТ «Карэліцкі сыр» is Korelichi Cheese (its romanized name, Korelichsky Syr, an
# alias); a brand the press romanizes, «Лидское пиво» = Lidskoe Pivo, is in the registry under that name
PRODUCT_NAMES = (("сыр", "сыр", "Cheese"), ("сыры", "сыры", "Cheeses"), ("хлеб", "хлеб", "Bread"),
                 ("молоко", "малако", "Milk"), ("мороженое", "марожанае", "Ice Cream"), ("жиры", "тлушчы", "Fats"))
# (not the brands the press romanizes: Gomelskiye Oboi, Vitebskiye Kovry, Brestskoye Pivo)
# English words of foreign companies' names as Russian and Belarusian write them ("Арарат Фуд Групп":
# Ararat Food Group): the English press writes the English word, not its transcription
LOANWORDS = {
    "фуд": "Food", "фудс": "Foods", "групп": "Group", "груп": "Group", "трейд": "Trade", "трэйд": "Trade",
    "трейдинг": "Trading", "трэйдынг": "Trading", "интернешнл": "International", "інтэрнэшнл": "International",
    "индастриз": "Industries", "індастрыз": "Industries", "лоджистикс": "Logistics", "ладжыстыкс": "Logistics",
    "текнолоджис": "Technologies", "технолоджис": "Technologies", "тэкналаджыс": "Technologies", "систем": "System",
    "системс": "Systems", "сістэмс": "Systems", "моторс": "Motors", "матарс": "Motors", "глобал": "Global",
    "глабал": "Global", "партнерс": "Partners", "партнёрс": "Partners", "партнэрс": "Partners", "девелопмент": "Development",
    "дэвелапмент": "Development", "медикал": "Medical", "медыкал": "Medical", "кэпитал": "Capital", "кэпітал": "Capital",
    "энерджи": "Energy", "энерджы": "Energy", "солюшнс": "Solutions", "салюшнс": "Solutions", "продактс": "Products",
    "прадактс": "Products", "ворлд": "World", "холдингс": "Holdings", "холдынгс": "Holdings", "холдинг": "Holding", "холдынг": "Holding", "энд": "and", "лимитед": "Limited",
    "лімітэд": "Limited", "корпорейшн": "Corporation", "карпарэйшн": "Corporation", "компани": "Company", "кампані": "Company",
    "фармасьютикалс": "Pharmaceuticals", "агри": "Agri", "фарм": "Farm", "фарms": "Farms", "фармс": "Farms",
    # the kinds of agricultural company the English press writes in English
    "агрокомплекс": "Agrocomplex", "агракомплекс": "Agrocomplex", "агрохолдинг": "Agroholding",
    "агрофирма": "Agrofirm", "аграфірма": "Agrofirm",
    "логистик": "Logistic", "лагістык": "Logistic",
    "контрактор": "Contractor", "контракторс": "Contractors", "кантрактар": "Contractor", "кантрактарс": "Contractors",
    "медиа": "Media", "медыя": "Media", "импорт": "Import", "імпарт": "Import", "экспорт": "Export", "экспарт": "Export",
}
_ADJECTIVE = re.compile(r"^([А-ЯЁІЎ](?:[а-яёіў'’]|-[А-ЯЁІЎа-яёіў])+?(?:ск|цк))(?:ий|ая|ое|ие|ого|ой|ому|ую|им|ом|ых|ими|ым|ыми|"
                        r"і|ае|ага|ай|аму|ія|іх|ім|ую|ую)$")


class CompanyNames:
    """English names of Russian/Belarusian company names (quoted or in running text)."""

    def __init__(self, languages: LanguageRegistry | None = None):
        # a language's first names whose Russian form the press writes, lower case -> the Russian (надзея ->
        # Надежда): a body named after one is named so in Russian too (цэнтр «Надзея»: the Nadezhda Centre)
        self._russian_first_names = {name.lower(): russian for language in resolve(languages) if language.press_respelling
                                     for name, russian in language.press_first_names.items()}
        self._places: dict[str, str] = {}  # adjective stem ("ошмянск") -> English place ("Oshmyany")
        self._adjectives: dict[str, tuple[str, str]] = {}  # English place -> (ru, be) masculine adjectives
        self._russian_towns: list[tuple[str, str]] = []  # (Belarusian, Russian) town names, longest first
        for kind, _oblast, en, ru, be, ru_adj, be_adj in rows(BELARUS_FILE):
            if kind != "oblast" and ru and be and ru != be:
                self._russian_towns.append((be, ru))
            base = en.split()[0] if kind == "oblast" else en
            for adj in (ru_adj, be_adj):
                if adj:
                    self._places.setdefault(_adjective_stem(adj), base)
            if ru_adj and be_adj:
                self._adjectives.setdefault(base, (ru_adj, be_adj))
        for kind, _country, en, ru, be, _aliases, _ in rows(FOREIGN_FILE):
            if kind == "region" and " " in en:  # "Смоленская область": Smolensk
                for name in (ru, be):
                    first = name.split()[0] if name else ""
                    if _ADJECTIVE.match(first):
                        self._places.setdefault(_adjective_stem(first), en.rsplit(" ", 1)[0])
        for adjective in ("белорусск", "беларуск"):  # the country's own: Белорусский цементный завод
            self._places[adjective] = "Belarusian"
        # a district Belarusian names unlike its town: Кастрычніцкі раён is the Oktyabrsky District (town Акцябрскі)
        self._places.setdefault("кастрычніцк", "Oktyabrsky")
        self._regions = StemIndex()  # regions abroad by their Russian/Belarusian names -> English
        for kind, _country, en, ru, be, _aliases, _ in rows(FOREIGN_FILE):
            if kind == "region":
                for name in (ru, be):
                    if name:
                        self._regions.add(name, en)
        self._towns: dict[str, str] = {}  # town names (ru, be, lower case) -> English, for adjectives made from them
        for kind, _oblast, en, ru, be, _ru_adj, _be_adj in rows(BELARUS_FILE):
            if kind in ("district", "town"):
                for name in (ru, be):
                    if name:
                        self._towns.setdefault(name.lower().replace("ё", "е"), en)
        for kind, _country, en, ru, be, *_ in rows(FOREIGN_FILE):
            if kind == "city":  # "Казанский федеральный университет": Kazan
                for name in (ru, be):
                    if name:
                        self._towns.setdefault(name.lower().replace("ё", "е"), en)
        self._towns_by_sound = {_sound(name): en for name, en in self._towns.items()}
        self._town_names = frozenset(self._towns.values())  # their English names
        # towns abroad named -ск, by their Russian name: "Копейский машиностроительный завод" is made from
        # Копейск (Kopeysk), an adjective whose town the gazetteers of the region lack
        self._towns_in_sk = {ru.lower().replace("ё", "е"): en for kind, _country, en, ru, *_ in rows(WORLD_FILE)
                             if kind == "city" and ru.endswith(("ск", "цк")) and " " not in ru}
        self._places_by_sound = {_sound(stem): en for stem, en in self._places.items()}  # Волагодскі: Вологодский
        # and by the gazetteer's ru/be spelling key, for a Belarusian adjective spelt unlike the gazetteer's
        # (яканне and a hard р: Бярэзінскі beside Беразінскі, Berezino); a key two places share names neither
        by_key: dict[str, set[str]] = {}
        for stem, en in self._places.items():
            by_key.setdefault(belarusian_key(stem), set()).add(en)
        self._places_by_key = {key: next(iter(ens)) for key, ens in by_key.items() if len(ens) == 1}
        # a country's Russian and Belarusian names, lower case -> its demonym ("таджикистан" -> Tajik), for the
        # national bodies named by its adjective ("Таджыкскага нацыянальнага ўніверсітэта")
        self._countries = {name.lower(): lx.COUNTRY_DEMONYM[en] for _a2, en, ru, be, *_ in rows(COUNTRIES_FILE)
                           for name in (ru, be) if name and " " not in name and en in lx.COUNTRY_DEMONYM}
        self._villages: dict[str, str] = dict(self._towns)  # + villages, by exact name: a farm named after one
        # a village's Russian name by the sound of either name: a coined name's part (СВК «Дунілавічы-Агра» is
        # Дуниловичи-Агро)
        self._russian_villages: dict[str, str] = {}
        for _kind, _oblast, en, ru, be, *_ in rows(SETTLEMENTS_FILE):
            for name in (ru, be):
                if name:
                    self._villages.setdefault(name.lower().replace("ё", "е"), en)
                    if ru and " " not in ru:
                        self._russian_villages.setdefault(_sound(name), ru)
        # (a Belarusian page's village the gazetteer has in Russian only: СВК «Празарокі» is Прозороки)
        for _kind, _oblast, en, ru, _be, *_ in rows(SETTLEMENTS_FILE):
            # "Большие Мотыкалы": its school and council are Матыкальская, named after Мотыкалы (Motykaly)
            first, _, rest = ru.partition(" ")
            if rest and " " not in rest and first.lower() in _SIZE_WORDS and " " in en:
                self._villages.setdefault(rest.lower().replace("ё", "е"), en.split(" ", 1)[1])
        self._villages_by_sound = {_sound(name): en for name, en in self._villages.items()}
        # the lands of Belarus and its towns by their Russian and Belarusian names (lower case) -> English, for a
        # part of a coined brand name that is one: ТАА «Палессе-Медыя» is Polesie-Media (the gazetteer's
        # spelling, not the Belarusian romanization Palesse)
        self._brand_places = {name.lower().replace("ё", "е"): en for kind, country, en, ru, be, *_ in rows(FOREIGN_FILE)
                              if kind == "part" and country == "BY" for name in (ru, be) if name}
        for kind, _oblast, en, ru, be, *_ in rows(BELARUS_FILE):
            if kind in ("district", "town", "city"):
                for name in (ru, be):
                    if name:
                        self._brand_places.setdefault(name.lower().replace("ё", "е"), en)
        self._russian_towns.sort(key=lambda t: -len(t[0]))
        self._synonym_pattern: re.Pattern | None = None  # kind_synonyms.tsv, read on first use
        self._synonym_forms: dict[str, tuple[str, ...]] = {}
        self._heads: list[tuple[tuple[str, ...], str]] = []  # head word stems, English
        for ru, be, en in HEADS:
            for phrase in (ru, be):
                self._heads.append((tuple(_stem(w) for w in phrase.split()), en))
        self._heads.sort(key=lambda h: (-len(h[0]), -len(h[0][0])))
        self._kinds = {en: (ru, be) for ru, be, en in (*HEADS, *NUMBERED)}  # English -> first (ru, be)
        for ru, be, en in reversed(HEADS):
            self._kinds[en] = (ru, be)
        self._products = [(tuple(_plain(w) for w in phrase.split()), en) for ru, be, en in PRODUCT_NAMES for phrase in (ru, be)]
        self._kinds.update({en: (ru, be) for ru, be, en in PRODUCT_NAMES})
        # the kinds of body_kinds.tsv named after a place: with their level ("level", "place") and without ("place")
        # (not a branch of a company: extract.py names one as its parent's, "Orsha branch of the Belarusian Railways")
        # (nor an acronym a site is named by, "црб", "цгэ": ACRONYM_BODIES reads those in a page)
        kinds = [(k.form, k.ru, k.be, k.english) for k in body_kinds()
                 if not k.english.startswith("Branch of") and not re.fullmatch(r"(?:уп )?[бвгджзклмнпрстфхцчшщ]{2}[а-яё]{0,4}", k.ru)]
        self._institutions = _stemmed((*INSTITUTIONS, *((ru, be, en) for form, ru, be, en in kinds if form in ("place", "level"))))
        self._museums = _stemmed(MUSEUMS)
        self._status_kinds = _stemmed([(ru, be, en) for form, ru, be, en in kinds if form == "place"])
        # kinds written before the territory they serve, as _DISTRICT_BODIES_OF rows: "of" kinds in English too
        # ("Государственный архив Гомельской области" = State Archive of Gomel Oblast), "place" kinds after it
        # ("Нотариальная палата Брянской области" = Bryansk Oblast Notary Chamber); not a court or a prosecutor's
        # office (_DISTRICT_BODIES)
        self._of_kinds = [(tuple(_stem(w) for w in ru.split()), tuple(_stem(w) for w in be.split()),
                           f"{en} of" if form == "of" else en) for form, ru, be, en in kinds
                          if form in ("of", "place") and not any(ru.startswith(stem) for stem, _en in _DISTRICT_BODIES)]
        # kinds written before or after their own quoted name: (form, stems of the kind's words, English)
        self._named_kinds = sorted(((form, stems, en) for stems, en, form in
                                    ((tuple(_stem(w) for w in phrase.split()), en, form)
                                     for form, ru, be, en in kinds if form in ("name-kind", "kind-name") for phrase in (ru, be))),
                                   key=lambda row: -len(row[1]))
        self._town_bodies = _stemmed((*MUSEUMS, *TOWN_BODIES, *((ru, be, en) for form, ru, be, en in kinds if form == "place")))
        # the English kinds, in lower case as English text writes them after a town ("the Orsha meat canning
        # plant"), longest first; not the vague ones ("plant", "factory", and "glassworks", "winery", which name a
        # brand's plant: the Gomel glassworks is Gomelsteklo)
        self.english_kinds = sorted({tuple(en.lower().split()) for _ru, _be, en in HEADS
                                     if en not in ("Plant", "Factory", "Customs", "Diocese", "Glassworks", "Winery")},
                                    key=lambda k: -len(k))
        self._numbered = _stemmed(NUMBERED)
        # a city's district by its adjective's stem in either language: (city, "першамайск") -> Pervomaisky
        self._city_districts: dict[tuple[str, str], str] = {}
        for city, _ru_g, _be_g, en, ru_adj, be_adj, _ in rows(CITY_DISTRICTS_FILE):
            for adj in (ru_adj, be_adj):
                self._city_districts[(city, _ENDING.sub("", adj.lower()))] = en

    def adjective(self, place: str, lang: str) -> str | None:
        """The masculine adjective of a Belarusian town or oblast in `lang` ("Polotsk", "ru" -> Полоцкий)."""
        pair = self._adjectives.get(place)
        return pair[("ru", "be").index(lang)] if pair and lang in ("ru", "be") else None

    def place(self, adjective: str, villages: bool = False) -> str | None:
        """The English place an adjective is made from ("Оршанского" -> Orsha), else None; with `villages`,
        a village's too (a school or a farm is often named after one)."""
        if not _ADJECTIVE.match(adjective):
            return None
        known = self._places.get(_adjective_stem(adjective)) or self._places_by_sound.get(_sound(_adjective_stem(adjective))) \
            or self._places_by_key.get(belarusian_key(_adjective_stem(adjective)))
        if known:
            return known
        base = _ADJECTIVE.match(adjective).group(1)[:-2]
        low = base.lower().replace("ё", "е")
        if base.endswith("ь"):  # "Рославльский" is made from Рославль; "Чарнобыльскай" from Чарнобыль, Chernobyl
            villages = (low[:-1] + "ы", low[:-1] + "и", low)  # (Матыкальская: Мотыкалы, a village)
            return self._towns.get(low) or self._towns_by_sound.get(_sound(low)) \
                or next((self._villages_by_sound[_sound(v)] for v in villages if _sound(v) in self._villages_by_sound), None) \
                or (None if self.demonym(adjective) else _press(base))  # (Польский: a country's, not a town Поль)
        made = _ADJECTIVE.match(adjective).group(1)[:-1].lower().replace("ё", "е")  # the stem before -к
        towns = (low, low + "ь", low + "а", low + "о", low + "и", low + "ы", made, made + "и", made + "і")
        for town in towns:  # Тураўскі: Тураў, Turov; Івянецкі: Івянец; Тбіліская: Тбілісі
            if town in self._towns:
                return self._towns[town]
            if _sound(town) in self._towns_by_sound:  # Тбіліскай: Тбілісі (not Тбилиси), Tbilisi
                return self._towns_by_sound[_sound(town)]
        if made + "к" in self._towns_in_sk:  # Копейский: Копейск
            return self._towns_in_sk[made + "к"]
        if villages:  # a village's school: "Буйничская средняя школа" (Буйничи), "Дашковская" (Дашковка)
            endings = ("ье", "ка", "ки") if low.endswith("ч") else ("ка", "ки", "ичи", "ье")  # Заречье, Заболотье; Новосёлки
            more = (low[:-2] + "и",) if low.endswith(("ков", "ков")) else ()
            # a village in -ичи/-ічы makes its adjective in -ицкий/-іцкі: Жыровіцкі is Жыровічы's (Zhirovichi)
            more += (made[:-1] + "чи", made[:-1] + "чы") if made.endswith("ц") else ()
            for village in (*towns, *(low + e for e in endings), *more, made + "а"):  # Лошницкий: Лошница
                if village in self._villages:
                    return self._villages[village]
        return None

    def town(self, name: str) -> str | None:
        """The English name of a Belarusian town or district centre written in Russian or Belarusian ("Нясвіж"), else None."""
        low = name.lower().replace("ё", "е")
        return self._towns.get(low) or self._towns_by_sound.get(_sound(low))

    def demonym(self, adjective: str) -> str | None:
        """The English demonym of the one foreign country whose name the adjective is made from
        ("Таджыкскага" -> Tajik, "Казахского" -> Kazakh), else None."""
        m = _ADJECTIVE.match(adjective)
        if m is None or len(m.group(1)) < 6:
            return None
        stem = _sound(m.group(1)[:-2])
        found = {d for name, d in self._countries.items() if name.startswith(m.group(1)[:-2].lower())} \
            or {d for name, d in self._countries.items() if _sound(name).startswith(stem)}  # (Польск-: not Палестина)
        return found.pop() if len(found) == 1 and "Belarus" not in found and "Belarusian" not in found else None

    def described(self, name: str) -> str:
        """An institution's Russian or Belarusian name in English by its parts, where no kind table names it: a
        place's adjective as the place, the words and phrases of institution_words.tsv, "№ 3" as No. 3, a territory
        after the kind ("Светлогорского района", "г. Пинска") as "of <territory>", "по" before what a body is for as
        "for", any other word romanized as the press writes a name -- so a name is never left in Cyrillic:
        "Пинский государственный аграрный колледж" -> Pinsk State Agrarian College, "Дзіцячая школа мастацтваў № 2
        г. Ліды" -> Children's School of Arts No. 2 of Lida, "Оршанский районный отдел Фонда социальной защиты
        населения" -> Orsha District Department of the Social Protection Fund.
        A name with no Cyrillic is returned as it is."""
        return self._described(name)[0]

    def translated(self, name: str) -> str | None:
        """`described` where every word of the name is a place or a word of institution_words.tsv, none romanized
        (a company's quoted name of kind words is translated as the press does: «Витебская бройлерная
        птицефабрика» = Vitebsk Broiler Poultry Factory; «Савушкин продукт» is a brand), else None."""
        english, romanized = self._described(name)
        return english if not romanized and CYRILLIC.search(name) else None

    def _described(self, name: str) -> tuple[str, int]:
        """(described's English, how many words it romanized)."""
        name = " ".join(name.replace("«", " ").replace("»", " ").replace('"', " ").split())
        if not CYRILLIC.search(name):
            return name, 0
        words = name.split()
        out: list[str] = []
        of: list[str] = []  # the genitive complement being read ("школа искусств": of Arts)
        number = territory = None
        romanized_words = 0
        after_kind = False  # the last part was a body's kind: a kind after it is the body it belongs to ("of the")
        known_before = False  # the last part was named in English, not romanized ("новости Кобрина и района" keeps its и)

        def flush():
            if of:  # (after "for" or "and" the field is said without "of": Centre for Hydrometeorology)
                out.append(("" if out and out[-1] in ("for", "and") else "of ") + " ".join(of))
                of.clear()

        i = 0
        adjective_before = False  # the word before was an adjective in the genitive
        while i < len(words):
            word, low = words[i], _plain(words[i])
            nxt = _plain(words[i + 1]) if i + 1 < len(words) else ""
            if word in ("№", "No.") and i + 1 < len(words) and words[i + 1].isdigit():
                number, i = words[i + 1], i + 2
                continue
            if m := re.fullmatch(r"№(\d+)", word):
                number, i = m.group(1), i + 1
                continue
            if low in ("г.", "г", "города", "горада", "гор.") and i + 1 < len(words):
                territory = self._town_of(words[i + 1].strip(",.")) or _press(words[i + 1].strip(",."))
                i += 2
                continue
            if re.fullmatch(r"района|раена|области|вобласці", nxt) and _ADJECTIVE.match(word) and (place := self.place(word)):
                territory = f"{place} {'District' if nxt.startswith(('район', 'раен')) else 'Oblast'}"
                i += 2
                continue
            if low in ("и", "і") and of:
                of.append("and")
                i += 1
                continue
            taken, row = self._institution_phrase([_plain(w) for w in words[i:i + 6]])
            if row is None and low in ("и", "і", "по", "па") and out and known_before and i + 1 < len(words):
                # "агентство по государственной регистрации и земельному кадастру": Agency for State Registration
                # and Land Cadastre
                flush()
                out.append("and" if low in ("и", "і") else "for")
                after_kind = known_before = False
                i += 1
                continue
            if row is None:  # a word, or a compound of words ("детско-юношеская"; "ясли-сад" is one)
                whole = self._institution_word(low)
                parts = [whole] if whole else [self._institution_word(part) for part in low.split("-")]
                row = parts[0] if len(parts) == 1 else (None, " and ".join(p[1] for p in parts), parts[-1][2]) \
                    if all(parts) else None  # "детско-юношеская": Children's and Youth
                taken = 1
            dedication = self._dedication(low) if row is None else None
            genitive_adjective, adjective_before = adjective_before, bool(re.search(r"(?:ого|ага|ых|іх|ой|ай)$", low))
            romanized = False
            if row is not None and out and (row[2] == "of" or row[2] == "word" and (after_kind or of) and adjective_before):
                # "творчества детей": of Creativity of Children; "олимпийского резерва", "детского творчества": an
                # adjective in the genitive after a kind joins its noun (Centre of Children's Creativity)
                english = row[1] + ("," if word.endswith(",") else "")  # "стандартизации, метрологии и ...": a list
                of += [english] if not of or of[-1] == "and" or of[-1].endswith(",") or genitive_adjective \
                    else ["of", english]
            elif row is not None and row[2] == "kind" and after_kind:
                flush()  # "отдел Фонда социальной защиты населения": Department of the Social Protection Fund
                out.append(f"of the {row[1]}")
            elif row is not None:
                flush()
                out.append(row[1])
            elif dedication:  # "Свято-Успенский": Holy Dormition
                flush()
                out.append(dedication)
            elif _ADJECTIVE.match(word) and (place := self.place(word, villages=True)):
                flush()
                out.append(place)
            else:  # romanized from its Russian spelling; in a description's lower case ("праздник урожая")
                flush()
                spelled = "-".join(_coined(self._russian_spelling(part)) if part[:1].isalpha() else part
                                   for part in word.split("-"))
                out.append(spelled if word[:1].isupper() or name[:1].isupper() and len(low) > 2 else spelled.lower())
                romanized_words, romanized = romanized_words + 1, True
            after_kind = row is not None and row[2] == "kind"
            known_before = not romanized
            i += taken
        flush()
        return " ".join(filter(None, (" ".join(out), f"No. {number}" if number else None,
                                      f"of {territory}" if territory else None))), romanized_words

    def _institution_word(self, low: str) -> tuple[str, str, str] | None:
        """The row of institution_words.tsv of one word a lower-case word is a form of (_word_form)."""
        return next(((r[0][0], r[1], r[2]) for r in self._institution_words
                     if len(r[0]) == 1 and _word_form(low, r[0][0])), None)

    def _institution_phrase(self, lows: list[str]) -> tuple[int, tuple[str, str, str] | None]:
        """(words taken, row) of the phrase of institution_words.tsv of two or more words the lower-case words
        begin with, each word a form of its start (_word_form): "коллегии адвокатов" = Bar Association; (0, None)
        if none."""
        for starts, english, role in self._institution_words:
            if len(starts) < 2:
                break
            if len(lows) >= len(starts) and all(_word_form(w, s) for w, s in zip(lows, starts)):
                return len(starts), (" ".join(starts), english, role)
        return 0, None

    def _dedication(self, low: str) -> str | None:
        """A church's dedication its adjective names, "Holy" before a feast's ("Свято-Успенский": Holy Dormition,
        "Свята-Мікалаеўскі": St. Nicholas; church_dedications.tsv), else None."""
        word = re.sub(r"^свя[тц][оа]-", "", low)
        english = next((en for stem, en in self._dedications if word.startswith(stem)), None)
        if english is None:
            return None
        return english if english.startswith(("St.", "Sts.", "Holy")) or not low.startswith("свя") else f"Holy {english}"

    @cached_property
    def _dedications(self) -> list[tuple[str, str]]:
        """(adjective stem in Russian or Belarusian, English dedication) of church_dedications.tsv, longest first."""
        return church_dedications()

    @cached_property
    def _institution_words(self) -> list[tuple[tuple[str, ...], str, str]]:
        """institution_words.tsv's rows (read on first use: most names are named by the kind tables)."""
        return institution_words()

    def _russian_spelling(self, word: str) -> str:
        """A coined Belarusian company name as Russian spells it, which the English press transliterates:
        Лідахлебапрадукт -> Лидахлебопродукт, Магілёўліфтмаш -> Могилевлифтмаш, Мінскэнерга -> Минскэнерго;
        a part that is a village's name takes the village's Russian one (Дунілавічы-Агра: Дуниловичи-Агро);
        a first name its Russian one (Надзея: Надежда); буд, the "building" of coined names, строй (Мазырбуд:
        Мозырьстрой, Будматэрыялы: Стройматериалы)."""
        if word.lower() in self._russian_first_names:
            return self._russian_first_names[word.lower()]
        if "-" in word:
            word = "-".join(self._russian_villages.get(_sound(part), part) if len(part) >= 5 else part
                            for part in word.split("-"))
        adjective = _ADJECTIVE.match(word)  # a town's adjective: its Russian one (Навагрудскія: Новогрудские)
        russian = self._adjectives.get(self._places.get(_adjective_stem(word), ""), ("", ""))[0] if adjective else ""
        if russian and (stem := _ADJECTIVE.match(russian)) and not word.startswith(stem.group(1)):
            word = stem.group(1) + word[len(adjective.group(1)):]
        for be, ru in self._russian_towns:
            if word.startswith(be) and len(word) > len(be) + 2 and be[-1:] in "аыяо" and word[len(be)] not in "аеёиоуыэюяі":
                word = ru + word[len(be):]  # the town's own vowel before the next part: Гроднапромбуд is Гродно-
                break
            stem = be[:-1] if be[-1:] in "аыяо" else be  # Ліда- / Лідa-, Мінск-, Расоны-Тур
            if word.startswith(stem) and len(word) > len(stem) + 2:
                word = (ru[:-1] if be[-1:] in "аыяо" else ru) + word[len(stem):]
                break
        if not re.search(r"[іўІЎ]|энерга$|[чшж]ы|[бвгдзклмнпрстфхцчшж]э", word) \
                and not any(be in word.lower() for be, _ru in (*_COINED_MORPHEMES, ("буд", ""))):
            return word
        capitals = [part[:1].isupper() for part in word.split("-")]  # "Сянно-Агра": Сенно-Агро, both capitals kept
        word = word.lower()
        for be, ru in sorted(_COINED_MORPHEMES, key=lambda m: -len(m[0])):  # (промстрой before пром)
            word = word.replace(be, ru)
        # (буд after a part, before another or at the end; first only before a part of the trade: not Будслаў)
        word = re.sub(rf"(?<=[а-яё]{{3}})буд(?=$|-|{_CONSONANT})|^буд(?=трэст|матэрыял|мантаж|камплект|сэрвіс|індустр)", "строй", word)
        # a loanword's ыя inside a word, Russian иа: матэрыялы, індустрыяльны (материалы, индустриальный)
        word = re.sub(r"(?<=[бвгдзклмнпрстфх])ыя(?=[а-яёіў])", "иа", word)
        word = "-".join(part[:1].upper() + part[1:] if capital else part
                        for part, capital in zip(word.split("-"), capitals))
        # letters Russian never writes: чы/шы/жы (Бычыха: Бычиха), цыя (рэстаўрацыя), э after a consonant
        word = re.sub(r"(?<=[чшжЧШЖ])ы", "и", word)
        word = re.sub(r"цыя", "ция", word)
        word = re.sub(r"(?<=[бвгдзклмнпрстфхцчшжБВГДЗКЛМНПРСТФХЦЧШЖ])э", "е", word)
        word = re.sub(r"(?<=[сц]к)і$", "ий", word)  # an adjective's ending: «Клічаўскі» is Кличевский, Klichevsky
        word = re.sub(r"(?<=[сц]к)ае$", "ое", re.sub(r"(?<=[сц]к)ія$", "ие", word))  # Лідскае: Лидское, -скія: -ские
        return word.replace("і", "и").replace("І", "И").replace("ў", "в")

    def head(self, words: list[str], heads=None) -> tuple[int, str] | None:
        """(words taken, English kind) of the kind of enterprise the words start with, in any case:
        a phrase of HEADS, else what it makes and what it is ("цементная компания": Cement Company)."""
        if heads is not None:
            return _head(words, heads)
        return _head(words, self._heads) or _made_of(words)

    def academic(self, words: list[str]) -> tuple[int, str] | None:
        """(words taken, English) of "[государственный] [технический] университет [ветеринарной
        медицины]" after a place adjective: State Technical University, State Academy of Veterinary Medicine."""
        low = [_plain(w) for w in words]
        n, parts = 0, []
        if n < len(low) and low[n].startswith(STATE):
            n, parts = 1, ["State"]
        while n < len(low) and (field := _stem_hit(low[n], FIELDS) or _compound_field(low[n])):
            parts.append(field)
            n += 1
        kind = _stem_hit(low[n], ACADEMIC_KINDS, exact=True) if n < len(low) else None
        if kind is None:
            return None
        parts.append(kind)
        n += 1
        for ru, be, en in OF_FIELDS:
            for phrase in (ru, be):
                size = len(phrase.split())
                if " ".join(low[n:n + size]) == phrase.replace("ё", "е"):
                    return n + size, " ".join(parts) + f" of {en}"
        return n, " ".join(parts)

    @staticmethod
    def federation(words: list[str]) -> tuple[int, str] | None:
        """(words taken, English) of "федерация гандбола" after a place adjective: Handball Federation."""
        low = [_plain(w) for w in words[:3]]
        if not low or not low[0].startswith(("федерац", "федэрац")):
            return None
        for ru, be, en in SPORTS:
            for phrase in (ru, be):
                size = len(phrase.split())
                if " ".join(low[1:1 + size]) == phrase.replace("ё", "е"):
                    return 1 + size, f"{en} Federation"
        return None

    def regional_government(self, toks: list[tuple[str, int, int]], i: int) -> tuple[int, str] | None:
        """(tokens, English) of a region's government abroad: "Администрации Псковской области" =
        Administration of Pskov Oblast, "Правительство Республики Татарстан" = Government of Tatarstan."""
        word = _plain(toks[i][0])
        body = next((en for stem, en in (*REGIONAL_GOVERNMENTS, *_REGIONAL_HEADS)
                     if word.startswith(stem) and len(word) - len(stem) <= 3), None)
        if body is None and i + 2 < len(toks) and _ADJECTIVE.match(toks[i][0]) \
                and _plain(toks[i + 1][0]).startswith(("областн", "абласн")):
            # the region's adjective first: "Наманганского областного хокимията" = Khokimiyat of Namangan Region
            kind = _plain(toks[i + 2][0])
            body = next((en for stem, en in REGIONAL_GOVERNMENTS if kind.startswith(stem) and len(kind) - len(stem) <= 3), None)
            region = self._regions.match([toks[i], (_plain(toks[i + 1][0])[:2] == "аб" and "вобласці" or "области", 0, 0)], 0)
            return (3, f"{body} of {region[1]}") if body and region else None
        j = i + 1
        if body is None and word.startswith(("кабинет", "кабінет")) and i + 1 < len(toks) \
                and _plain(toks[i + 1][0]).startswith(("министр", "міністр")):
            body, j = "Cabinet of Ministers", i + 2  # "Кабинет Министров Республики Татарстан"
        if body is None or j >= len(toks):
            return None
        if _plain(toks[j][0]) in ("республики", "рэспублікі"):
            j += 1
        hit = self._regions.match(toks, j) if j < len(toks) else None
        if hit is None and body in ("Khokimiyat", "Akimat") and j + 1 < len(toks) and _ADJECTIVE.match(toks[j][0]) \
                and _plain(toks[j + 1][0]).startswith(("район", "раен")):
            # a district's: "хокимиятом Кувасайского района" = Khokimiyat of Kuvasay District (named after its town)
            town = self.place(toks[j][0]) or _press(_ADJECTIVE.match(toks[j][0]).group(1)[:-2])
            return j + 2 - i, f"{body} of {town} District"
        if hit is None:
            return None
        return j + hit[0] - i, f"{body} of {hit[1]}"

    def district_body(self, toks: list[tuple[str, int, int]], i: int) -> tuple[int, str] | None:
        """(tokens, English) of a body named by its kind and then its district or oblast in the genitive:
        "суд Лидского района" = Lida District Court, "пракуратура Гродзенскай вобласці" = Grodno Oblast
        Prosecutor's Office, "администрация Фрунзенского района г. Минска" = Administration of the Frunzensky
        District of Minsk (a city's district the gazetteer lacks: its adjective as the press spells it)."""
        for ru, be, english in (*_DISTRICT_BODIES_OF, *self._of_kinds):
            words = [_plain(t[0]) for t in toks[i:i + len(ru)]]
            if any(len(words) == len(stems) and all(w.startswith(s) and len(w) - len(s) <= 4 for w, s in zip(words, stems))
                   for stems in (ru, be)):
                found = self._district_body(toks, i + len(ru) - 1, kind=english)
                return (found[0] + len(ru) - 1, found[1]) if found else None
        return self._district_body(toks, i)

    def _district_body(self, toks: list[tuple[str, int, int]], i: int, kind: str | None = None) -> tuple[int, str] | None:
        kind = kind or next((en for stem, en in _DISTRICT_BODIES if _plain(toks[i][0]).startswith(stem)
                             and len(toks[i][0]) - len(stem) <= 3), None)
        if kind is None or i + 2 >= len(toks) or not toks[i + 1][0][:1].isupper():
            return None
        level = _plain(toks[i + 2][0])
        level = "District" if level.startswith(("район", "раен")) else "Oblast" if level.startswith(("област", "вобласц")) \
            else None
        if level is None:
            return None
        at = i + 5 if toks[i + 3:i + 5] and [t[0] for t in toks[i + 3:i + 5]] == ["г", "."] else \
            i + 4 if i + 3 < len(toks) and toks[i + 3][0] in ("города", "горада") else None
        city = self._town_of(toks[at][0]) if at is not None and at < len(toks) and level == "District" else None
        stem = _ENDING.sub("", toks[i + 1][0].lower())
        known = self._city_districts.get((city, stem)) if city else None
        if known:  # a district of a city by the table: "Першамайскага раёна г. Мінска" is Pervomaisky,
            return at + 1 - i, f"{kind} of the {known} District of {city}"  # "Железнодорожного" Zheleznodorozhny
        if level == "District" and kind == "Administration" and not city:
            # "адміністрацыя Маскоўскага раёна" without its city: the city the page names it with elsewhere
            # ("... Ленинского района г. Бреста"), else the capital's (sites.py), never Moscow's
            for k in range(len(toks) - 4):
                if k != i + 1 and _ENDING.sub("", toks[k][0].lower()) == stem and _plain(toks[k + 1][0]).startswith(("район", "раен")):
                    at = k + 4 if [t[0] for t in toks[k + 2:k + 4]] == ["г", "."] else k + 3 \
                        if toks[k + 2][0] in ("города", "горада") else None
                    other = self._town_of(toks[at][0]) if at is not None and at < len(toks) else None
                    if other and (other, stem) in self._city_districts:
                        return 3, f"{kind} of the {self._city_districts[(other, stem)]} District of {other}"
            if ("Minsk", stem) in self._city_districts:
                return 3, f"{kind} of the {self._city_districts[('Minsk', stem)]} District of Minsk"
        if not _ADJECTIVE.match(toks[i + 1][0]):
            return None
        if city:  # another city's district: "Фрунзенского района г. Минска", its adjective as the press spells it
            adjective = _press(_ADJECTIVE.match(toks[i + 1][0]).group(1)[:-2] + "ский")
            return at + 1 - i, f"{kind} of the {adjective} District of {city}"
        place = self.place(toks[i + 1][0])
        if place and kind.endswith(" of"):
            return 3, f"{kind} {place} {level}"
        return (3, f"{place} {level} {kind}") if place else None

    def _town_of(self, word: str) -> str | None:
        """The English name of a Belarusian town written in any case ("Минска", "Гродна")."""
        low = _plain(word)
        for town in (low, low[:-1], low[:-1] + "о", low[:-1] + "а", low[:-1] + "ь", low[:-2] + "ў"):  # Магілёва: Магілёў
            if town in self._towns:
                return self._towns[town]
        return None

    def institution(self, words: list[str]) -> tuple[int, str] | None:
        """(words taken, English) of "[центральная] районная больница" ... after a place adjective."""
        low = [w.lower() for w in words]
        n, central = 0, ""
        if low and low[0].startswith(CENTRAL):
            n, central = 1, "Central "
        level = next((en for stem, en in LEVELS if n < len(low) and low[n].startswith(stem)), None)
        if level is None:
            return None
        head = _head(words[n + 1:], self._institutions)
        return (n + 1 + head[0], f"{central}{level} {head[1]}") if head else None

    def status_body(self, toks: list[tuple[str, int, int]], i: int) -> tuple[int, str] | None:
        """(tokens, English) of a country's own body named by its status and a kind of body_kinds.tsv at token i:
        "Федеральная нотариальная палата" = Federal Notary Chamber, "Рэспубліканскай натарыяльнай палаты" =
        Republican Notary Chamber (the country it is of, if named after it, is the caller's); None before a
        quoted name ("Национальный аэропорт «Минск»": the quoted name is the body's)."""
        word = _plain(toks[i][0])
        status = next((en for stems, en in _STATUS if word.startswith(stems) and len(word) - len(stems[0]) <= 4), None)
        if status is None or not toks[i][0][:1].isupper():
            return None
        kind = _head([t[0] for t in toks[i + 1:i + 6]], self._status_kinds)
        if kind is None or (i + 1 + kind[0] < len(toks) and toks[i + 1 + kind[0]][0] == "«"):
            return None
        return kind[0] + 1, f"{status} {kind[1]}"

    def named_kind(self, before: list[str], name: str) -> tuple[int, str] | None:
        """(words of `before` taken, English) of a body_kinds.tsv kind ending `before`, in any case, and its own
        quoted `name`: ("в", "Концертном", "зале"), "Витебск" -> (2, "Vitebsk Concert Hall"), ("санатории",),
        "Приозерный" -> (1, "Sanatorium Priozerny"); None for any other kind."""
        low = [_sound(w) for w in before]
        for form, stems, english in self._named_kinds:
            tail = low[len(low) - len(stems):] if len(low) >= len(stems) else None
            if tail and all(_stem_of(w, _sound(s)) for w, s in zip(tail, stems)):
                own = self.english(name) or self.english(" ".join(w[:1].upper() + w[1:] for w in name.split()))
                if not own:
                    return None
                own = re.sub(r"(?<=[nr])yy$", "y", own)  # Приозерный: Priozerny, as the press ends it
                return len(stems), f"{own} {english}" if form == "name-kind" else f"{english} {own}"
        return None

    def numbered(self, words: list[str]) -> tuple[int, str] | None:
        """(words taken, English kind) of "средняя школа", "детский сад" before "№ 3"."""
        return _head(words, self._numbered)

    def numbered_modifiers(self, words: list[str]) -> list[str]:
        """The English of the adjectives written before a numbered institution's kind, as many as end `words`
        and name it: its town, "State", its level (an oblast's institution is "Regional"), what it teaches and
        whom -- "Могилевский государственный областной [лицей]" = Mogilev State Regional, "Дзіцячай музычнай
        [школе]" = Children's Music (a word that is none of these, a verb or a preposition, ends them)."""
        out: list[str] = []
        for word in reversed(words):
            low = _plain(word)
            english = (self.place(word) if word[:1].isupper() else None) \
                or ("State" if low.startswith(STATE) else None) \
                or next((("Regional" if en == "Oblast" else en) for stem, en in LEVELS if _stem_of(low, stem)), None) \
                or next((en for stems, en in NUMBERED_WHOM if any(_stem_of(low, stem) for stem in stems)), None) \
                or _stem_hit(low, FIELDS)
            if english is None:
                break
            out.insert(0, english)
            if word[:1].isupper():
                break  # (the town opens the name)
        return out

    def english(self, name: str, form: str = "", kind: str = "") -> str | None:
        """The English name of a quoted company name (`form`: its legal form as written, `kind`: the
        words before the quotes, "выдавецтва", "хоккейный клуб"), else None."""
        number = re.fullmatch(r"(.+?)\s*№\s*(\d+)", name.strip())
        if number:  # "Стройтрест № 17": Stroytrest No. 17
            named = self.english(number.group(1), form, kind)
            return f"{named} No. {number.group(2)}" if named else None
        words = name.split()
        if not words or not CYRILLIC.search(name):
            return None
        label = None
        place = self.place(words[0]) or (self.place(words[0], villages=True) if self.numbered(words[1:]) else None)
        if place and len(words) > 1:
            head = self.head(words[1:]) or self.academic(words[1:]) or self.numbered(words[1:]) \
                or (self.head(words[1:], self._products) if form else None)
            if head and head[0] == len(words) - 1:
                label = f"{place} {head[1]}"
            elif len(words) == 2 and _UNIT.fullmatch(words[1]):
                label = f"{place} {_acronym(words[1])}"  # "Кіраўская ПМК-256": Kirovsk PMK-256
            elif len(words) == 2 and form and words[1][:1].isupper() and self.head(words[1:]) is None:
                label = f"{place} {_coined(self._russian_spelling(words[1]))}"  # ААТ «Светлагорскае Хімвалакно»
        village = (self._villages.get(name.lower().replace("ё", "е")) or self._villages_by_sound.get(_sound(name))) \
            if form.upper() in legal_forms().farm_initials else None
        if label is None and village:
            label = _farm_village(village)  # "КСУП «Бычыха»" is the farm of the village Bychikha
        if label is None and form and len(words) > 1:
            label = self.translated(name)  # ОАО «Витебская бройлерная птицефабрика»: Vitebsk Broiler Poultry Factory
        if label is None:
            titled = bool(_TITLED_KIND.match(kind))  # a newspaper's or a channel's title: "газета «Гомельская праўда»"
            if len(words) > (4 if titled else 3) or (any(w[:1].islower() for w in words) and not form and not titled):
                return None  # a description, not a name (after a legal form it is one: ОАО «Витебские ковры»)
            label = " ".join(LOANWORDS.get(w.lower()) or self._brand_parts(w) or _coined(self._russian_spelling(w))
                             for w in words)
        prefix = legal_forms().kept.get(form.upper()) or next((en for kind_re, en in _KIND_PREFIX if kind_re.match(kind)), None)
        suffix = next((en for kind_re, en in _KIND_SUFFIX if kind_re.match(kind)), None) or _reserve_suffix(kind)
        if suffix:
            return f"{label} {suffix}"
        return f"{prefix} {label}" if prefix else label

    @staticmethod
    def chinese(name: str) -> str | None:
        """A Chinese company's quoted name in English: its Palladius words in pinyin, its English words as
        English writes them ("Ханчжоу Фуд Импорт": Hangzhou Food Import, "Шаньдун Линлун": Shandong Linglong);
        None unless every word is one or the other and one is Chinese. (The caller knows the company is Chinese.)"""
        words = [LOANWORDS.get(w.lower()) or pinyin_words(w) for w in name.split()]
        if not words or not all(words) or all(w.lower() in LOANWORDS for w in name.split()):
            return None
        return " ".join(words)

    def _brand_parts(self, word: str) -> str | None:
        """A coined name of hyphened parts one of which is a land or town of Belarus, each part in English:
        the place as the gazetteer spells it, a loanword as English writes it (Палессе-Медыя: Polesie-Media,
        Гродна-Інвест: Grodno-Invest); None for a word of no such part (its whole spelling decides)."""
        parts = word.split("-")
        if len(parts) < 2 or not any(p.lower().replace("ё", "е") in self._brand_places for p in parts):
            return None
        return "-".join(self._brand_places.get(p.lower().replace("ё", "е")) or LOANWORDS.get(p.lower())
                        or _coined(self._russian_spelling(p)) for p in parts)

    def nested(self, kind: str, name: str) -> str | None:
        """The English name of a farm written as its kind and its village's name in inner quotes, "ААТ
        «Агракамбінат «Высокае»»" = Agrokombinat Vysokoye (the village as the press spells it, from
        Russian), else None: the kinds of NESTED_KINDS only."""
        low = " ".join(kind.lower().replace("ё", "е").split())
        english = next((en for ru, be, en in NESTED_KINDS if low in (ru, be)), None)
        if english is None:
            return None
        plain = name.lower().replace("ё", "е")
        village = self._villages.get(plain) or self._villages_by_sound.get(_sound(plain))
        return f"{english} {_farm_village(village) if village else _coined(self._russian_spelling(name))}"

    def kind_synonyms(self, english: str) -> list[str]:
        """`english` under every other English form of its kind words (kind_synonyms.tsv), the rows combined,
        most forms first for the first kind word: "Orsha Linen Mill" is also "Orsha Flax Mill", "Orsha Linen
        Plant", "Orsha Flax Plant" ...; [] for a name without one. A journalist writes either, an annotator too."""
        if self._synonym_pattern is None:
            groups = kind_synonyms()
            self._synonym_forms = {form: group for group in groups for form in group}
            alternation = "|".join(re.escape(f) for f in sorted(self._synonym_forms, key=len, reverse=True))
            self._synonym_pattern = re.compile(rf"(?<![\w'’-])(?:{alternation})(?![\w'’-])")
        parts, last = [], 0
        for m in self._synonym_pattern.finditer(english):
            parts += [(english[last:m.start()],), self._synonym_forms[m.group(0)]]
            last = m.end()
        if not parts:
            return []
        parts.append((english[last:],))
        out: list[str] = [""]
        for choices in parts:
            out = [done + choice for done in out for choice in choices][:_MAX_SYNONYM_FORMS]
        return [form for form in dict.fromkeys(out) if form != english]

    def aliases(self, english: str) -> list[str]:
        """Other English spellings of "<Belarusian place> <unit acronym>": "Lepel PMK-98" is also written
        with the place's adjective transliterated, "Lepelskaya PMK-98"; a museum "of History and ..." is
        also its "Historical and ..." museum, its kind words under their other names (kind_synonyms); "<place>
        <kind>" is also its Russian name romanized as the press writes a brand (Lepel Agroservice:
        Lepelsky Agroservis, Korelichi Cheese: Korelichsky Syr)."""
        town = re.fullmatch(r"([A-Z][a-z'-]+) University|University of ([A-Z][a-z'-]+)", english)
        if town and (town.group(1) or town.group(2)) in self._town_names:
            # a town's university is named both ways in English: Belgrade University, University of Belgrade
            return [f"University of {town.group(1)}" if town.group(1) else f"{town.group(2)} University"]
        synonyms = self.kind_synonyms(english)
        return synonyms + [a for a in self._named_aliases(english) if a not in synonyms]

    def _named_aliases(self, english: str) -> list[str]:
        """aliases() but the kind synonyms."""
        romanized = self._romanized(english)
        if romanized:
            return romanized
        nation = re.fullmatch(r"([A-Z][a-z]+) ((?:National |State |Agricultural |Technical )*(?:University|Academy)\b.*)", english)
        country = lx.DEMONYM_COUNTRY.get(nation.group(1).lower()) if nation else None
        if country and " " not in country:  # "Vietnamese National University ..." is also the "Vietnam National University ..."
            return [f"{country} {nation.group(2)}"]
        m = re.fullmatch(r"(.+) ([A-Z]{2,6}(?:-\d+)?)", english)
        adjectives = self._adjectives.get(m.group(1)) if m else None
        if not adjectives:
            return []
        stem = adjectives[0][:-2]
        return [f"{_press(stem + ending)} {m.group(2)}" for ending in ("ая", "ий", "ое")]

    def _romanized(self, english: str) -> list[str]:
        """The Russian name of "<Belarusian place> <kind>" as the press romanizes a brand, the neuter
        -oye also as -oe (Lidskoye, Lidskoe): "Slutsky Sakharorafinadny Kombinat"; [] for other names."""
        names = self.labels(english)
        if names is None:
            return []
        words = [re.sub(r"yy$", "y", _coined(w)) for w in names["ru"].split()]
        out = [" ".join(words)]
        if words[0].endswith("oye"):
            out.append(" ".join([words[0][:-3] + "oe", *words[1:]]))
        return out

    def labels(self, english: str) -> dict[str, str] | None:
        """{'ru', 'be'} names of "<Belarusian place> <kind>" ("Oshmyany Meat Processing Plant" ->
        Ошмянский мясокомбинат / Ашмянскі мясакамбінат), else None."""
        for place, adjectives in self._adjectives.items():
            if not english.startswith(place + " "):
                continue
            kind = self._kinds.get(english[len(place) + 1:])
            if kind is None:
                return None
            return {lang: f"{_agree(adjectives[k], kind[k], lang)} {kind[k]}" for k, lang in enumerate(("ru", "be"))}
        return None

    def at(self, toks: list[tuple[str, int, int]], i: int) -> tuple[int, str] | None:
        """(tokens, English name) of an unquoted "<place adjective> <kind>" at token i
        ("на Ошмянском мясокомбинате"), else None; with the genitive chain that goes on with an institution's
        name (genitive_tail: "раённай інспекцыяй прыродных рэсурсаў і аховы навакольнага асяроддзя")."""
        found = self._at(toks, i)
        if found is None or found[1].endswith(("Executive Committee", "Council", "Plant", "Factory")):
            return found
        tail = self.genitive_tail([t[0] for t in toks[i + found[0]:i + found[0] + 12]])
        if tail is None and found[1].endswith(" Organization"):
            return None  # "районная организация": whose, it does not say
        return (found[0] + tail[0], f"{found[1]} {tail[1]}") if tail else found

    def genitive_tail(self, words: list[str]) -> tuple[int, str] | None:
        """(words taken, English) of the genitive chain after an institution's kind that names what it is of,
        made of institution_words.tsv's words ("of" nouns, adjectives before them in a genitive ending, a kind of
        body it belongs to) and a place's adjective, "и"/"і" between: "прыродных рэсурсаў і аховы навакольнага
        асяроддзя" = of Natural Resources and Environmental Protection, "Беларускага таварыства паляўнічых і
        рыбаловаў" = of the Belarusian Society of Hunters and Fishermen. It ends on a noun; None if none."""
        out: list[str] = []
        adjectives: list[str] = []
        j = taken_to = 0
        kind_seen = False
        while j < len(words):
            word, low = words[j], _plain(words[j])
            if not re.fullmatch(r"[а-яёіў'’-]+", low):
                break
            if low in ("и", "і") and out and not adjectives:
                out.append("and")
                j += 1
                continue
            n, row = self._institution_phrase([_plain(w) for w in words[j:j + 6]])
            if row is None:
                row, n = self._institution_word(low), 1
            genitive = bool(re.search(r"(?:ого|ага|ой|ай|ых|іх|ей|ы|і|а|я|аў|оў|ев|ов)$", low))
            if row is None or row[2] == "word":
                place = self.place(word) if _ADJECTIVE.match(word) else None
                english = row[1] if row is not None else place
                if english is None or not re.search(r"(?:ого|ага|ой|ай|ых|іх)$", low):
                    break
                adjectives.append(english)
                j += n
                continue
            if not genitive or low.startswith(("район", "раён", "раен", "област", "вобласц")):
                break
            phrase = " ".join([*adjectives, row[1]])
            adjectives = []
            if row[2] == "kind":
                out.append(("the " if not out else "of the ") + phrase)
                kind_seen = True
            else:
                out.append(phrase if not out or out[-1] == "and" or not kind_seen else f"of {phrase}")
                kind_seen = kind_seen and out[-1] != phrase
            j += n
            taken_to = j
        while out and out[-1] == "and":
            out.pop()
        if not taken_to or not out:
            return None
        return taken_to, "of " + " ".join(out)

    def _at(self, toks: list[tuple[str, int, int]], i: int) -> tuple[int, str] | None:
        """at() without the genitive chain."""
        if _NATIONAL.match(toks[i][0]) and i + 1 < len(toks) and (inner := self.at(toks, i + 1)) \
                and inner[1].endswith(tuple(en for _ru, _be, en in MUSEUMS)):
            return inner[0] + 1, f"National {inner[1]}"  # "Нацыянальным Полацкім ... музеі-запаведніку"
        compound = _COMPOUND_COMMITTEE.match(toks[i][0])
        if compound:  # "Миноблисполкома": the Minsk Oblast Executive Committee
            return 1, f"Minsk {_COMPOUND_LEVELS[compound.group(1)]} Executive Committee"
        government = self.regional_government(toks, i) or self.district_body(toks, i)
        if government:
            return government
        place = self.place(toks[i][0])
        words = [t[0] for t in toks[i + 1:i + 9]]
        council = _village_council(words)
        if council:  # "Заречского сельисполкома": Zarechye Village Executive Committee
            village = self.place(toks[i][0], villages=True) or place
            return (council[0] + 1, f"{village} {council[1]}") if village else None
        if place is None and (demonym := self.demonym(toks[i][0])) and (body := self.academic(words)):
            n = body[0] + 1  # "Таджикского национального университета": Tajik National University
            town = self._town_of(toks[i + n + 1][0]) if i + n + 1 < len(toks) and toks[i + n][0] in ("в", "у", "ў") else None
            if town and body[1] == "Institute":  # a country's cultural institute abroad: Polish Institute in Minsk
                return n + 2, f"{demonym} Institute in {town}"
            return n, f"{demonym} {body[1]}"
        if place is None:
            kind = self.numbered(words)
            village = self.place(toks[i][0], villages=True) if kind and kind[1] not in ("School", "Kindergarten") else None
            return (kind[0] + 1, f"{village} {kind[1]}") if village else None
        if words and words[0] in ACRONYM_BODIES:  # "Столбцовской ЦРБ"
            return 2, f"{place} {ACRONYM_BODIES[words[0]]}"
        kind = self.numbered(words)
        if kind and i + 2 + kind[0] < len(toks) and toks[i + 1 + kind[0]][0] == "№":
            j = i + 2 + kind[0]  # "в Наровлянской средней школе № 1": Narovlya Secondary School No. 1
            digits = ""
            while j < len(toks) and toks[j][0].isdigit() and (not digits or toks[j][1] == toks[j - 1][2]):
                digits, j = digits + toks[j][0], j + 1
            if digits:
                return j - i, f"{place} {kind[1]} No. {digits}"
        if kind and kind[1] not in ("School", "Kindergarten", "Nursery-Kindergarten"):
            return kind[0] + 1, f"{place} {kind[1]}"  # "Ушацкай сярэдняй школы": Ushachi Secondary School
        body = self.institution(words) or self.academic(words) or self.federation(words) or _head(words, self._town_bodies)
        if body:
            n = body[0] + 1
            if i + n + 2 < len(toks) and toks[i + n][0] == "«" and toks[i + n + 2][0] == "»":
                n += 3  # its own name after the kind: "абласная тэлерадыёкампанія «Віцебск»" (the body, not a town)
            return n, f"{place} {body[1]}"
        head = self.head([t[0] for t in toks[i + 1:i + 6]])
        if head is None or head[1] in ("Plant", "Factory"):
            return None  # "Оршанский завод" alone is too vague to name one company
        n, label = head[0] + 1, f"{place} {head[1]}"
        if i + n + 2 < len(toks) and toks[i + n][0] == "«" and toks[i + n + 1][0][:1].isupper() \
                and toks[i + n + 2][0] == "»":  # its own name after the kind: "ликеро-водочный завод «Алгонь»"
            n, label = n + 3, f"{label} {_press(toks[i + n + 1][0])}"
        return n, label


# the words that tell two villages of one name apart ("Большие Мотыкалы", "Малые Мотыкалы")
_SIZE_WORDS = frozenset("большие малые большая малая большой малый новые старые новая старая новый старый верхние нижние".split())

# the kinds of farm whose name puts the kind first and the village in inner quotes ("«Агракамбінат «Высокае»»")
NESTED_KINDS = (("агрокомбинат", "агракамбінат", "Agrokombinat"),
                ("экспериментальная база", "эксперыментальная база", "Experimental Base"))

# a unit named by an acronym and its number ("ПМК-256": a mobile mechanized column, "ДРСУ-123")
_UNIT = re.compile(r"[А-ЯЁІЎ]{2,6}(?:-\d+)?")


def _acronym(word: str) -> str:
    """An acronym in Latin capitals, as the press writes it: ПМК-256 -> PMK-256."""
    return transliterate(word, "ru-bgn").upper()


_VILLAGE_COUNCILS = ((re.compile(r"^(?:сельисполком|сельвыканкам)\w*$", re.I), 1, "Village Executive Committee"),
                     (re.compile(r"^(?:сельсовет|сельсавет)\w*$", re.I), 1, "Village Council"))


def _village_council(words: list[str]) -> tuple[int, str] | None:
    """(words, English kind) of a village's council or executive committee after the village's adjective:
    "сельисполкома", "сельского Совета депутатов", "сельскага выканаўчага камітэта"."""
    for pattern, n, english in _VILLAGE_COUNCILS:
        if words and pattern.match(words[0]):
            return n, english
    low = [_plain(w) for w in words[:4]]
    if low and low[0].startswith("сельск"):
        if low[1:3] and low[1].startswith(("совет", "савет")) and low[2].startswith(("депутат", "дэпутат")):
            return 3, "Village Council of Deputies"
        if low[1:3] and low[1].startswith(("исполнительн", "выканаўч")) and low[2].startswith(("комитет", "камітэт")):
            return 3, "Village Executive Committee"
    return None


def _farm_village(english: str) -> str:
    """A village's English name as a farm named after it spells it: a neuter adjective's -ое as the press
    romanizes a company's name, -oye (the gazetteer's Krasnoe, Agrokombinat Krasnoye; Slavnoe, SPK Slavnoye)."""
    return re.sub(r"(?<=[bcdfghklmnprstvz])oe\b", "oye", english)


def _capitalized(word: str) -> str:
    return word[:1].upper() + word[1:]


def _coined(word: str) -> str:
    """A coined company name (Russian spelling) as the press writes it: Брестпроект is Brestproekt (the
    design institutes' -проект keeps its e), Химволокно Khimvolokno, Гродноинтурист Grodnointourist (Intourist);
    an acronym ending it keeps its capitals, ФанДОК FanDOK."""
    acronym = re.fullmatch(r"([А-ЯЁІЎ][а-яёіў]{2,})([А-ЯЁІЎ]{2,})", word)
    if acronym:
        return _coined(acronym.group(1)) + _acronym(acronym.group(2))
    return re.sub(r"(?<=[Ii]n)tur", "tour", _capitalized(_press(word)).replace("proyekt", "proekt").replace("Proyekt", "Proekt"))


def _agree(adjective: str, kind: str, lang: str) -> str:
    """The place adjective in the gender of the kind's noun: Смоленская чулочная фабрика."""
    words = kind.split()
    adjective_first = words[0].endswith(("ый", "ий", "ой", "ая", "ое", "ие", "ые", "ы", "і", "ае", "ыя", "ія"))
    noun = words[-1] if adjective_first and len(words) > 1 else words[0]
    stem = adjective[:-2] if lang == "ru" else adjective[:-1]
    if noun.endswith(("а", "я")):
        return stem + "ая"
    if noun.endswith(("и", "ы", "і")):
        return stem + ("ие" if lang == "ru" else "ія")
    if noun.endswith(("о", "е")):
        return stem + ("ое" if lang == "ru" else "ае")
    return adjective


def _word_form(low: str, start: str) -> bool:
    """Whether a lower-case word is a case form of the word an institution_words.tsv start begins: the start and
    at most four letters more, fewer for a short start ("дом" is no "домашний", "лесн" is "лесной")."""
    return low.startswith(start) and len(low) - len(start) <= max(0, min(4, len(start) - 2))


def _plain(word: str) -> str:
    """A word lower-cased, ё as е, a Belarusian word-initial ў as у ("ўніверсітэта")."""
    low = word.lower().replace("ё", "е")
    return "у" + low[1:] if low.startswith("ў") else low


_LOCATIVE = {"т": "ц", "д": "дз"}


def _compound_field(word: str) -> str | None:
    """A compound adjective of two fields joined by its linking vowel, as a college names what it teaches:
    "аграрно-экономический", "аграрна-эканамічны" -> Agrarian and Economic. None unless both halves are FIELDS."""
    first, dash, second = word.partition("-")
    if not dash or first[-1:] not in ("о", "а") or "-" in second:
        return None
    one = next((en for ru, be, en in FIELDS if first[:-1] in (ru, be)), None)
    two = _stem_hit(second, FIELDS)
    return f"{one} and {two}" if one and two else None


def _stem_hit(word: str, table, exact: bool = False) -> str | None:
    """The English of the table row whose ru or be stem `word` is (a case ending of 3 letters at most)."""
    for ru, be, en in table:
        for stem in (ru, be):
            stem = _stem(stem) if exact else stem
            if _sound(word).startswith(_sound(stem)) and len(word) - len(stem) <= 3:
                return en
            alternated = _LOCATIVE.get(stem[-1:])  # у ўніверсітэце, ў інстытуце (т -> ц, д -> дз)
            if exact and alternated and word.startswith(stem[:-1] + alternated) and len(word) - len(stem) <= 3:
                return en
    return None


def _compound(word: str) -> str | None:
    """The English of a compound adjective of what an enterprise works and how (COMPOUND_MATERIALS, then
    COMPOUND_PROCESSES, then a case ending): "масласыраробнага" -> Butter and Cheese, "мясакансервавы" -> Meat
    Canning; None for any other word."""
    rest, made = _sound(word), []
    materials = sorted(((_sound(stem), en) for ru, be, en in COMPOUND_MATERIALS for stem in (ru, be)), key=lambda m: -len(m[0]))
    processes = sorted(((_sound(stem), en) for ru, be, en in COMPOUND_PROCESSES for stem in (ru, be)), key=lambda m: -len(m[0]))
    while True:
        material = next(((stem, en) for stem, en in materials
                         if rest.startswith(stem) and rest[len(stem):len(stem) + 1] in ("а", "е")), None)
        if material is None:
            break
        made.append(material[1])
        rest = rest[len(material[0]) + 1:].lstrip("-")
    process = next((en for stem, en in processes if rest.startswith(stem) and len(rest) - len(stem) <= 3), None)
    if not made or process is None:
        return None
    if not process:
        return f"{made[0]}-Making" if len(made) == 1 else " and ".join(made)
    return f"{' and '.join(made)} {process}"


def _compound_kind(word: str) -> str | None:
    """The English of a one-word kind of enterprise made of what it works (COMPOUND_MATERIALS), its linking
    vowel and a kind noun (COMPOUND_KINDS), in any case: "маслазавода" -> Butter Plant, "Хлебопродукт" ->
    Bread Product, "мясафабрыка" -> Meat Factory; None for any other word."""
    rest = _sound(word)
    for stem, en in sorted(((_sound(stem), en) for ru, be, en in COMPOUND_MATERIALS for stem in (ru, be)),
                           key=lambda m: -len(m[0])):
        if not rest.startswith(stem) or rest[len(stem):len(stem) + 1] not in ("а", "е"):
            continue
        tail = rest[len(stem) + 1:]
        kind = next((k_en for ru, be, k_en in COMPOUND_KINDS for k in {_sound(ru), _sound(be)}
                     if tail.startswith(k) and len(tail) - len(k) <= 3), None)
        return f"{en} {kind}" if kind else None
    return None


def _made_of(words: list[str]) -> tuple[int, str] | None:
    """(words taken, English) of "<what it makes>+ <kind of enterprise>": Cement Company, Glass Plant, Butter
    and Cheese Plant (a compound adjective: _compound), Butter Plant (a compound noun: _compound_kind)."""
    low = [_plain(w) for w in words[:4]]
    if low and (kind := _compound_kind(low[0])):
        return 1, kind
    compound = _compound(low[0]) if low else None
    kind = _stem_hit(low[1], KINDS, exact=True) if compound and len(low) > 1 else None
    if kind:
        return 2, f"{compound} {kind}"
    n, made = 0, []
    while n < len(low) and (product := _stem_hit(low[n], PRODUCTS)):
        made.append(product)
        n += 1
    kind = _stem_hit(low[n], KINDS, exact=True) if made and n < len(low) else None
    return (n + 1, f"{' '.join(made)} {kind}") if kind else None


def _stemmed(table) -> list[tuple[tuple[str, ...], str]]:
    out = [(tuple(_stem(w[:-2] if w.endswith("яя") else w) for w in phrase.split()), en)  # (средн|яя, сярэдн|яя)
           for ru, be, en in table for phrase in (ru, be)]
    return sorted(out, key=lambda h: (-len(h[0]), -len(h[0][0])))


def _head(words: list[str], heads) -> tuple[int, str] | None:
    low = [_sound(w) for w in words]
    for stems, en in heads:
        if len(low) >= len(stems) and all(_stem_of(w, _sound(s)) for w, s in zip(low, stems)):
            return len(stems), en
    return None


def _stem_of(word: str, stem: str) -> bool:
    """Whether `word` is a case form of the word `stem` begins, the Belarusian locative's ц or дз for a
    final т or д too ("у ... Савеце дэпутатаў": Савет)."""
    if word.startswith(stem) and len(word) - len(stem) <= 3:
        return True
    if stem[-1:] in ("к", "г", "х") and len(stem) >= 4:
        # the Belarusian locative and dative soften к, г, х to ц, з, с: "на ... фабрыцы" (фабрыка), "у кнізе"
        # (кніга), "на ... страсе" (by sound: фабрици)
        soft = stem[:-1] + {"к": "ц", "г": "з", "х": "с"}[stem[-1]]
        if word in (soft + "и", soft + "ы", soft + "е", soft + "э"):
            return True
    return stem[-1:] in ("т", "д") and word == stem[:-1] + ("ц" if stem[-1] == "т" else "дз") + "е"


_AKANYE = str.maketrans({"ё": "е", "о": "а", "і": "и", "ы": "и", "ў": "в", "э": "е", "ь": None, "ъ": None, "'": None,
                         "’": None})


def _sound(word: str) -> str:
    """A word's letters with the spellings Russian and Belarusian (and Belarusian's own variants) differ by
    merged: unstressed о/а (камбікормавы, камбікармавы, комбикормовый), и/ы/і, э/е, ў/в, soft signs."""
    return word.lower().translate(_AKANYE)


def _adjective_stem(adjective: str) -> str:
    m = _ADJECTIVE.match(adjective)
    return (m.group(1) if m else adjective).lower().replace("ё", "е")


def _press(word: str) -> str:
    """A Russian or Belarusian name word as the English press spells it."""
    return press_form(transliterate(word, "ru-bgn"))

# the fields of a department of a local government, as stems of the words Russian and Belarusian name them
# with, after "по" (dative) or without it (genitive): "управление по образованию", "аддзел адукацыі, спорту
# і турызму", "отдел идеологической работы и по делам молодежи"
DEPARTMENT_FIELDS = tuple(sorted((
    (("образовани",), "Education"), (("адукацы",), "Education"), (("культур",), "Culture"), (("спорт",), "Sports"),
    (("туризм",), "Tourism"), (("турызм",), "Tourism"), (("идеологическ", "работ"), "Ideological Work"),
    (("ідэалагічн", "работ"), "Ideological Work"), (("сельск", "хозяйств"), "Agriculture"), (("сельск", "гаспадарк"), "Agriculture"),
    (("продовольстви",), "Food"), (("харчаванн",), "Food"), (("труд",), "Labour"), (("прац",), "Labour"),
    (("занятост",), "Employment"), (("занятасц",), "Employment"), (("социальн", "защит"), "Social Protection"),
    (("сацыяльн", "абарон"), "Social Protection"), (("здравоохранени",), "Health"), (("ахов", "здароў"), "Health"),
    (("архитектур",), "Architecture"), (("архітэктур",), "Architecture"), (("строительств",), "Construction"),
    (("будаўніцтв",), "Construction"), (("жилищно-коммунальн", "хозяйств"), "Housing and Utilities"),
    (("жыллёва-камунальн", "гаспадарк"), "Housing and Utilities"), (("экономик",), "Economy"), (("эканомік",), "Economy"),
    (("финанс",), "Finance"), (("фінанс",), "Finance"), (("чрезвычайн", "ситуаци"), "Emergency Situations"),
    (("надзвычайн", "сітуацы"), "Emergency Situations"), (("дел", "молодеж"), "Youth Affairs"),
    (("справ", "моладз"), "Youth Affairs"), (("землеустройств",), "Land Management"),
    (("архив",), "Archives"), (("архів",), "Archives"), (("делопроизводств",), "Records Management"),
    (("справаводств",), "Records Management"),
    (("землеўпарадкаванн",), "Land Management"), (("статистик",), "Statistics"), (("статыстык",), "Statistics"),
    (("ветеринарн", "и", "продовольственн", "надзор"), "Veterinary and Food Supervision"),
    (("ветэрынарн", "і", "харчов", "нагляд"), "Veterinary and Food Supervision"),
    (("гуманитарн", "деятельност"), "Humanitarian Activities"), (("гуманітарн", "дзейнасц"), "Humanitarian Activities"),
    (("охран",), "Security"), (("ахоў",), "Security"),
    (("физическ", "культур"), "Physical Culture"), (("фізічн", "культур"), "Physical Culture"),
), key=lambda h: -len(h[0])))
_DEPARTMENT_WORD = re.compile(r"^(?:отдел|управлени|аддзел|[уў]праўленн|департамент|дэпартамент)\w*$", re.I)
# "Комитет по образованию Мингорисполкома", "комитет по труду, занятости и социальной защите": a committee of
# an executive committee, named by its fields after "по" as a department is
_COMMITTEE_WORD = re.compile(r"^(?:комитет|камітэт)\w*$", re.I)


# a numbered military unit: its qualifiers and its kind by stem, in English order ("52-м асобным
# спецыялізаваным пошукавым батальёнам" = 52nd Separate Specialized Search Battalion)
_UNIT_WORDS = (("гвардейск", "гвардзейск", "Guards"), ("отдельн", "асобн", "Separate"),
               ("специализированн", "спецыялізаван", "Specialized"), ("механизированн", "механізаван", "Mechanized"),
               ("мобильн", "мабільн", "Mobile"), ("десантно-штурмов", "дэсантна-штурмав", "Air Assault"),
               ("инженерн", "інжынерн", "Engineer"), ("танков", "танкав", "Tank"), ("ракетн", "ракетн", "Missile"),
               ("зенитн", "зянітн", "Anti-Aircraft"), ("артиллерийск", "артылерыйск", "Artillery"),
               ("поисков", "пошукав", "Search"), ("спасательн", "выратавальн", "Rescue"),
               ("объединенн", "аб'яднан", "Joint"), ("объединённ", "аб’яднан", "Joint"), ("учебн", "вучэбн", "Training"))
_UNIT_KINDS = (("батальон", "батальён", "Battalion"), ("бригад", "брыгад", "Brigade"), ("полк", "палк", "Regiment"),
               ("дивизи", "дывізі", "Division"), ("центр", "цэнтр", "Centre"))  # (a training centre only)
_UNIT_WORD = "|".join(stem for ru, be, _en in _UNIT_WORDS for stem in (ru, be))
_UNIT_KIND = "|".join(stem for ru, be, _en in _UNIT_KINDS for stem in (ru, be))
_NUMBERED_UNIT = re.compile(rf"(?<![\w-])(\d{{1,4}})-[а-яёіў]{{1,3}}\s+((?:(?:{_UNIT_WORD})[а-яёіў]*\s+)+)"
                            rf"((?:{_UNIT_KIND})[а-яёіў]*)(?![\w-])", re.I)


def _ordinal(n: int) -> str:
    tail = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{tail}"


def numbered_units(text: str) -> list[tuple[int, int, str]]:
    """(start, end, English name) of numbered military units in Russian or Belarusian text, in any case:
    "52-м асобным спецыялізаваным пошукавым батальёнам" = 52nd Separate Specialized Search Battalion,
    "120-й отдельной гвардейской механизированной бригады" = 120th Guards Separate Mechanized Brigade.
    A unit needs its ordinal's ending ("5 отдельных батальонов" is a count) and a qualifier ("2-й батальон"
    alone is a part of one named elsewhere)."""
    out = []
    for m in _NUMBERED_UNIT.finditer(text):
        words = [w.lower() for w in m.group(2).split()]
        english = [en for ru, be, en in _UNIT_WORDS for w in words if w.startswith((ru, be))]
        kind = next((en for ru, be, en in _UNIT_KINDS if m.group(3).lower().startswith((ru, be))), None)
        if len(english) != len(words) or kind is None or (kind == "Regiment" and not re.match(r"(?:полк|палк)[аеуоміы]{0,3}$", m.group(3).lower())) \
                or (kind == "Centre") != ("Training" in english):
            continue
        order = [en for _ru, _be, en in _UNIT_WORDS]
        english = sorted(dict.fromkeys(english), key=order.index)
        out.append((m.start(), m.end(), f"{_ordinal(int(m.group(1)))} {' '.join(english)} {kind}"))
    return out


def committee_at(toks: list[tuple[str, int, int]], i: int, place_at) -> tuple[int, str] | None:
    """(tokens, English name without its parent) of a body's local or central committee at token i: "Могилевского
    областного комитета (Белорусского профсоюза ...)" = Mogilev Oblast Committee (of the ...), "Центрального
    комитета (БРСМ)" = Central Committee (of the ...), "Кругловская районная организация (...)" = Krugloye
    District Organization (of the ...).
    `place_at(word)`: the English place a word's adjective is made from, else None."""
    if i + 1 < len(toks) and re.match(r"(?:центральн|цэнтральн)", toks[i][0].lower()) \
            and re.match(r"(?:комитет|камітэт)", toks[i + 1][0].lower()):
        return 2, "Central Committee"  # "Цэнтральнага камітэта БРСМ": the union's Central Committee
    kind = next((en for stem, en in _LOCAL_UNIT_KINDS if re.match(stem, toks[i + 2][0].lower())), None) \
        if i + 2 < len(toks) else None
    if kind is None:
        return None
    level = next((en for stem, en in LEVELS if _plain(toks[i + 1][0]).startswith(_plain(stem))), None)  # (раённага)
    place = place_at(toks[i][0]) if level else None
    return (3, f"{place} {'Oblast' if level == 'Regional' else level} {kind}") if place else None


# the kinds of a body's local unit: "Кругловская районная организация (Белорусского общества Красного Креста)"
_LOCAL_UNIT_KINDS = ((r"(?:комитет|камітэт)", "Committee"), (r"(?:организаци|арганізацы)", "Organization"),
                     (r"(?:отделени|аддзяленн)", "Branch"))


def department_at(toks: list[tuple[str, int, int]], i: int) -> tuple[int, str] | None:
    """(tokens, English name without its parent) of a department named by its fields at token i:
    "управления по образованию" = Education Department, "галоўнага ўпраўлення па сельскай гаспадарцы і
    харчаванні" = Main Agriculture and Food Department; else None."""
    j, main = i, toks[i][0].lower().startswith(("главн", "галоўн"))
    j += main
    committee = j < len(toks) and not main and _COMMITTEE_WORD.match(toks[j][0]) is not None \
        and j + 1 < len(toks) and toks[j + 1][0].lower() in ("по", "па")
    if j >= len(toks) or not (committee or _DEPARTMENT_WORD.match(toks[j][0])):
        return None
    fields, j = [], j + 1
    purpose = j < len(toks) and toks[j][0].lower() in ("по", "па")  # "Департамент по ...": a Department for ...
    while j < len(toks):
        k = j + (toks[j][0].lower() in ("по", "па"))
        hit = _head([t[0] for t in toks[k:k + 4]], DEPARTMENT_FIELDS)
        if hit is None:
            break
        fields.append(hit[1])
        j = k + hit[0]
        if not (j + 1 < len(toks) and toks[j][0].lower() in (",", "и", "і")):
            break
        k = j + 1 + (toks[j + 1][0].lower() in ("по", "па"))
        if _head([t[0] for t in toks[k:k + 4]], DEPARTMENT_FIELDS) is None:
            break
        j += 1
    if not fields:
        return None
    named = fields[0] if len(fields) == 1 else f"{', '.join(fields[:-1])} and {fields[-1]}"
    if toks[i + main][0].lower().startswith(("департамент", "дэпартамент")):
        return j - i, f"Department {'for' if purpose else 'of'} {named}"  # "Департамент ветеринарного и ... надзора"
    return j - i, f"{'Main ' if main else ''}{named} {'Committee' if committee else 'Department'}"


# --- Departments and committees of an executive committee: one English name per body -------------------
#
# A page names one body in many ways ("Главное управление по здравоохранению Гомельского облисполкома",
# "Main Health Department of the Gomel Oblast Executive Committee", "Gomel Oblast Health Department");
# the name is made by the executive committees' structure and its usual English rendering:
#   oblast committee  "Комитет по сельскому хозяйству и продовольствию облисполкома"
#                     = Committee on Agriculture and Food of the X Oblast Executive Committee
#   other committees  "Комитет по образованию Мингорисполкома" = Education Committee of the Minsk City ...
#   main department   "Главное управление по образованию облисполкома"
#                     = Main Department of Education of the X Oblast Executive Committee
#   department        "Отдел по образованию райисполкома" = Education Department of the X District ...,
#                     "Отдел идеологической работы, культуры и по делам молодежи" = Ideology, Culture and Youth
#                     Affairs Department of the X District ... (an oblast's: Main Department of Ideological Work, ...)
# An oblast's departments of the fields below are its main departments (главные управления) whether a
# page writes "Main" or not: English renderings drop it.
MAIN_AT_OBLAST = frozenset({
    "Education", "Health", "Sports and Tourism", "Physical Culture, Sports and Tourism",
    "Ideological Work, Culture and Youth Affairs", "Ideological Work and Youth Affairs", "Agriculture and Food"})
# a field as English pages also spell it -> as the name spells it
_FIELD_SPELLINGS = {"Healthcare": "Health", "Health Care": "Health", "Labor": "Labour", "Sport": "Sports",
                    "Ideology": "Ideological Work", "Ideological Work, Culture and Youth Policy":
                    "Ideological Work, Culture and Youth Affairs"}
# fields of bodies a place-first name ("Rogachev District Emergency Situations Department") means outside
# its executive committee (a ministry's local department)
_NOT_COMMITTEE_FIELDS = frozenset({"Emergency Situations", "Statistics", "Security", "Internal Affairs"})
_FIELD_WORDS = r"[A-Z][\w-]*(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w-]*)*"
_PARENT = r"(?P<place>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)?) (?P<level>Oblast|Regional|Region|District|City) Executive Committee"
_DEPARTMENT_FORMS = (
    # "Main Health Department of the Gomel Oblast Executive Committee", "Education Committee of the ..."
    re.compile(rf"(?P<main>Main )?(?P<fields>{_FIELD_WORDS}) (?P<kind>Department|Directorate|Committee) of (?:the )?{_PARENT}"),
    # "Main Department of Health of the ...", "Committee on Agriculture and Food of the ..."
    re.compile(rf"(?P<main>Main )?(?P<kind>Department|Directorate|Committee) (?:of|for|on) (?P<fields>{_FIELD_WORDS}) "
               rf"of (?:the )?{_PARENT}"),
    # "Vitebsk Oblast Health Department", "Gomel Oblast Main Department of Health", "Grodno Oblast Committee on ..."
    re.compile(r"(?P<place>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)?) (?P<level>Oblast|Regional|Region|District|City) "
               rf"(?P<main>Main )?(?:(?P<fields>{_FIELD_WORDS}) (?P<kind>Department|Directorate|Committee)|"
               rf"(?P<kind2>Department|Directorate|Committee) (?:of|for|on) (?P<fields2>{_FIELD_WORDS}))"),
)
_OBLAST_CENTRES = frozenset({"Brest", "Vitebsk", "Gomel", "Grodno", "Minsk", "Mogilev", "Homel", "Hrodna", "Vitsebsk",
                             "Mahiliou", "Mahilyow", "Mogilyov"})
_EC_FIELDS = frozenset(en for _stems, en in DEPARTMENT_FIELDS)


@lru_cache(maxsize=1)
def _regions_abroad() -> frozenset[str]:
    """The English names, without their kind word, of the regions abroad a committee may be named after
    ("Pskov" of Pskov Oblast), less those a Belarusian town shares (Vitebsk)."""
    belarus = {en.split()[0] if kind == "oblast" else en for kind, _oblast, en, *_ in rows(BELARUS_FILE)}
    return frozenset(en.rsplit(" ", 1)[0] for kind, _country, en, *_ in rows(FOREIGN_FILE)
                     if kind == "region" and " " in en) - belarus


def _fields(written: str) -> str | None:
    """The fields of a department as its name spells them ("Healthcare" -> "Health"), or None unless
    every one is a field an executive committee has a department for."""
    written = _FIELD_SPELLINGS.get(written, written)
    items = [_FIELD_SPELLINGS.get(f, f) for f in re.split(r",\s+(?:and\s+)?|\s+and\s+", written)]
    if not items or any(f not in _EC_FIELDS and f not in ("Youth Affairs", "Physical Culture") for f in items):
        return None
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def executive_department(label: str) -> str | None:
    """The one English name of a department or committee of an executive committee, from any English
    form a page or a Russian/Belarusian name's translation gives it; None for any other name.

    >>> executive_department("Gomel Oblast Health Department")
    'Main Department of Health of the Gomel Oblast Executive Committee'
    >>> executive_department("Agriculture and Food Committee of the Grodno Oblast Executive Committee")
    'Committee on Agriculture and Food of the Grodno Oblast Executive Committee'
    """
    label = " ".join(label.split())
    for n, form in enumerate(_DEPARTMENT_FORMS):
        m = form.fullmatch(label)
        if m is None:
            continue
        groups = m.groupdict()
        fields = _fields(groups.get("fields") or groups.get("fields2") or "")
        kind = groups.get("kind") or groups.get("kind2")
        if fields is None or (n == 2 and fields in _NOT_COMMITTEE_FIELDS):
            return None
        place, level = m.group("place"), m.group("level")
        if place in _regions_abroad():  # "Pskov Oblast Committee for Youth Affairs": Russia's oblasts have no executive committee
            return None
        if level in ("Regional", "Region"):  # an oblast centre's "regional" committee is the oblast's
            level = "Oblast" if place in _OBLAST_CENTRES else "District"
        return department_name(fields, f"{place} {level} Executive Committee", main=bool(groups.get("main")),
                               committee=kind == "Committee")
    return None


def department_name(fields: str, parent: str, main: bool = False, committee: bool = False) -> str:
    """The name of the department (or committee) of `fields` of the executive committee `parent`."""
    oblast = parent.endswith(" Oblast Executive Committee")
    if not oblast:  # "Отдел идеологической работы, культуры и по делам молодежи райисполкома": Ideology, Culture ...
        fields = re.sub(r"^Ideological Work\b", "Ideology", fields)
    if committee:
        return f"Committee on {fields} of the {parent}" if oblast else f"{fields} Committee of the {parent}"
    if main or (oblast and fields in MAIN_AT_OBLAST):
        return f"Main Department of {fields} of the {parent}"
    return f"{fields} Department of the {parent}"


def department_forms(name: str) -> list[str]:
    """Every other English name pages give the body `name` (an executive_department name): with the
    fields before or after its kind, with or without "Main" and "the", by its oblast or district first."""
    m = re.fullmatch(rf"(?:Main Department of|Committee on) (?P<fields>.+?) of the {_PARENT}", name) \
        or re.fullmatch(rf"(?P<fields>.+?) (?P<kind>Department|Committee) of the {_PARENT}", name)
    if m is None or executive_department(name) != name:
        return []
    fields = m.group("fields")
    kind = "Committee" if name.startswith("Committee on") or m.groupdict().get("kind") == "Committee" else "Department"
    place, level = m.group("place"), m.group("level")
    parent = f"{place} {level} Executive Committee"
    spellings = {fields, *(re.sub(rf"\b{a}\b", b, fields) for a, b in (
        ("Health", "Healthcare"), ("Labour", "Labor"), ("Sports", "Sport"), ("Ideology", "Ideological Work"),
        ("Ideological Work", "Ideology")) if re.search(rf"\b{a}\b", fields))}
    levels = [level, "Regional"] if level == "Oblast" else [level]
    mains = ["Main ", ""] if name.startswith("Main ") else [""]  # English renderings drop "Main", never add it
    out = []
    for f in sorted(spellings):
        for main in mains:
            for of in ("of", "for", "on") if kind == "Committee" else ("of",):
                out += [f"{main}{kind} {of} {f} of the {parent}", f"{main}{kind} {of} {f} of {parent}"]
            out += [f"{main}{f} {kind} of the {parent}", f"{main}{f} {kind} of {parent}"]
            for lv in levels:
                out += [f"{place} {lv} {main}{f} {kind}", f"{place} {lv} {main}{kind} {'on' if kind == 'Committee' else 'of'} {f}"]
            out.append(f"{main}{kind} {'on' if kind == 'Committee' else 'of'} {f} of the {place} {level}")
    return [form for form in dict.fromkeys(out) if form != name]


# what a ministry is for, as Russian and Belarusian write it after "Министерство" (genitive)
PORTFOLIOS = (
    ("сельского хозяйства", "сельскай гаспадаркі", "Agriculture"),
    ("развития села", "развіцця вёскі", "Rural Development"),
    ("продовольствия", "харчавання", "Food"),
    ("лесного хозяйства", "лясной гаспадаркі", "Forestry"),
    ("водного хозяйства", "воднай гаспадаркі", "Water Management"),
    ("экономики", "эканомікі", "Economy"),
    ("экономического развития", "эканамічнага развіцця", "Economic Development"),
    ("промышленности", "прамысловасці", "Industry"),
    ("технологий", "тэхналогій", "Technology"),
    ("торговли", "гандлю", "Trade"),
    ("коммерции", "камерцыі", "Commerce"),  # Кыргызстан's "Министерство экономики и коммерции"
    ("внешней торговли", "знешняга гандлю", "Foreign Trade"),
    ("культуры", "культуры", "Culture"),
    ("туризма", "турызму", "Tourism"),
    ("здравоохранения", "аховы здароўя", "Health"),
    ("образования", "адукацыі", "Education"),
    ("высшего образования", "вышэйшай адукацыі", "Higher Education"),
    ("науки", "навукі", "Science"),
    ("иностранных дел", "замежных спраў", "Foreign Affairs"),
    ("внутренних дел", "унутраных спраў", "Internal Affairs"),
    ("энергетики", "энергетыкі", "Energy"),
    ("транспорта", "транспарту", "Transport"),
    ("инвестиций", "інвестыцый", "Investment"),
    ("окружающей среды", "навакольнага асяроддзя", "Environment"),
    ("водных ресурсов", "водных рэсурсаў", "Water Resources"),
    ("финансов", "фінансаў", "Finance"),
    ("обороны", "абароны", "Defence"),
    ("юстиции", "юстыцыі", "Justice"),
    ("труда", "працы", "Labour"),
    ("занятости", "занятасці", "Employment"),
    ("социальной защиты", "сацыяльнай абароны", "Social Protection"),
    ("строительства", "будаўніцтва", "Construction"),
    ("природных ресурсов", "прыродных рэсурсаў", "Natural Resources"),
    ("экологии", "экалогіі", "Ecology"),
    ("связи", "сувязі", "Communications"),
    ("информации", "інфармацыі", "Information"),
    ("спорта", "спорту", "Sport"),
    ("молодежи", "моладзі", "Youth"),
    ("чрезвычайных ситуаций", "надзвычайных сітуацый", "Emergency Situations"),
    ("продовольственной безопасности", "харчовай бяспекі", "Food Safety"),
    ("ветеринарной и фитосанитарной безопасности", "ветэрынарнай і фітасанітарнай бяспекі", "Veterinary and Phytosanitary Safety"),
    ("статистики", "статыстыкі", "Statistics"), ("стандартизации", "стандартызацыі", "Standardization"),
    ("кооперативов", "кааператываў", "Cooperatives"), ("предпринимательства", "прадпрымальніцтва", "Enterprise"),
    ("инноваций", "інавацый", "Innovation"), ("природы", "прыроды", "Nature"),
    ("рыбного хозяйства", "рыбнай гаспадаркі", "Fisheries"), ("рыболовства", "рыбалоўства", "Fisheries"),
    ("мелиорации", "меліярацыі", "Land Reclamation"), ("мелиорации земель", "меліярацыі зямель", "Land Reclamation"),
    ("плантационных отраслей", "плантацыйных галін", "Plantation Industries"), ("цифрового развития", "лічбавага развіцця", "Digital Development"),
    ("информационных технологий", "інфармацыйных тэхналогій", "Information Technologies"),
    ("жилищно-коммунального хозяйства", "жыллёва-камунальнай гаспадаркі", "Housing and Utilities"),
    ("архитектуры", "архітэктуры", "Architecture"), ("национальной экономики", "нацыянальнай эканомікі", "National Economy"),
    ("горнодобывающей промышленности", "горназдабыўной прамысловасці", "Mining"),
    ("охраны окружающей среды", "аховы навакольнага асяроддзя", "Environmental Protection"),
    ("минеральных ресурсов", "мінеральных рэсурсаў", "Mineral Resources"), ("просвещения", "асветы", "Education"),
    ("социальной защиты населения", "сацыяльнай абароны насельніцтва", "Social Protection"),
    ("агропромышленного комплекса", "аграпрамысловага комплексу", "Agro-Industrial Complex"),
    ("аграрной политики", "аграрнай палітыкі", "Agrarian Policy"),
    ("внешних экономических связей", "знешніх эканамічных сувязяў", "Foreign Economic Relations"),
    # the Russian and Belarusian form with "по": Министерство по чрезвычайным ситуациям
    ("по чрезвычайным ситуациям", "па надзвычайных сітуацыях", "Emergency Situations"),
    ("по налогам и сборам", "па падатках і зборах", "Taxes and Duties"),
    ("по делам молодежи", "па справах моладзі", "Youth Affairs"),
    ("приватизации", "прыватызацыі", "Privatization"), ("по туризму", "па турызме", "Tourism"), ("по туризму", "па турызму", "Tourism"),
    ("международного сотрудничества", "міжнароднага супрацоўніцтва", "International Cooperation"),
    ("медицинской промышленности", "медыцынскай прамысловасці", "Medical Industry"),
    ("сокращения бедности", "скарачэння беднасці", "Poverty Reduction"),
    ("внешней трудовой миграции", "знешняй працоўнай міграцыі", "External Labour Migration"),
    ("трудовой миграции", "працоўнай міграцыі", "Labour Migration"), ("миграции", "міграцыі", "Migration"),
)
# The English words a ministry's or a department's portfolio is written with ("... of Lands, Agriculture, Fisheries,
# Water and Rural Development", "... of Mining and Heavy Industry"): the English column of PORTFOLIOS and the words
# of portfolios Russian and Belarusian pages do not name. A run of capitalized words after a post that is all of
# them ends the post, never names its holder ("Rural Development", "Heavy Industry" are no persons); the holder's
# name is the run after them.
PORTFOLIO_WORDS = frozenset(w.lower() for *_, en in PORTFOLIOS for w in en.split() if w != "and") | frozenset("""
affairs agrarian agricultural antiquities arts aviation budget business children civil climate cooperation
development digital ecological economic electricity endowments environmental external families family fisheries
foreign forests gas heavy heritage highways housing humanitarian hydrocarbons industries infrastructure interior
internal irrigation lands land light livestock local media mineral mines mining oil petroleum planning posts power
public railways reconstruction regional relations religious resettlement resources revenue roads rural scientific
security small social sports telecommunications territorial trade training treasury urban utilities veterans
vocational water welfare women works
""".split())
# "Агентство по вопросам ...": an agency named for its field ("Agency for External Labour Migration")
_FOR_MATTERS = (("по", "вопросам"), ("па", "пытаннях"))
# "... при Министерстве ...": a body under another one (its country is the other one's)
_UNDER = ("при", "пры")
# what a scientific and practical centre works on: after "по"/"па" (the NAS's centres) or in the genitive
# (the Ministry of Health's republican centres); (ru, be, English)
CENTRE_FIELDS = (
    ("биоресурсам", "біярэсурсах", "Bioresources"),
    ("картофелеводству и плодоовощеводству", "бульбаводстве і плодаагародніцтве", "Potato, Fruit and Vegetable Growing"),
    ("земледелию", "земляробстве", "Arable Farming"), ("животноводству", "жывёлагадоўлі", "Animal Husbandry"),
    ("продовольствию", "харчаванні", "Foodstuffs"), ("материаловедению", "матэрыялазнаўстве", "Materials Science"),
    ("механизации сельского хозяйства", "механізацыі сельскай гаспадаркі", "Agricultural Mechanization"),
    ("детской онкологии, гематологии и иммунологии", "дзіцячай анкалогіі, гематалогіі і імуналогіі",
     "Paediatric Oncology, Haematology and Immunology"),
    ("онкологии и медицинской радиологии", "анкалогіі і медыцынскай радыялогіі", "Oncology and Medical Radiology"),
    ("кардиологии", "кардыялогіі", "Cardiology"), ("гигиены", "гігіены", "Hygiene"),
    ("травматологии и ортопедии", "траўматалогіі і артапедыі", "Traumatology and Orthopedics"),
    ("пульмонологии и фтизиатрии", "пульманалогіі і фтызіятрыі", "Pulmonology and Tuberculosis"),
    ("неврологии и нейрохирургии", "неўралогіі і нейрахірургіі", "Neurology and Neurosurgery"),
    ("радиационной медицины и экологии человека", "радыяцыйнай медыцыны і экалогіі чалавека",
     "Radiation Medicine and Human Ecology"),
    ("психического здоровья", "псіхічнага здароўя", "Mental Health"), ("мать и дитя", "маці і дзіця", "Mother and Child"),
    ("трансфузиологии и медицинских биотехнологий", "трансфузіялогіі і медыцынскіх біятэхналогій",
     "Transfusiology and Medical Biotechnologies"),
)
_SCIENTIFIC_PRACTICAL = re.compile(r"^(?:научно-практическ|навукова-практычн)\w*$", re.I)
_CENTRE = re.compile(r"^(?:центр|цэнтр)\w{0,3}$", re.I)
_REPUBLICAN = re.compile(r"^(?:республиканск|рэспубліканск)\w*$", re.I)
_NAS = (("нан", "беларуси"), ("нан", "беларусі"))


# the institutes of the National Academy of Sciences of Belarus by their field: (Russian, Belarusian, English)
ACADEMY_INSTITUTES = (
    ("зоологии", "заалогіі", "Zoology"), ("генетики и цитологии", "генетыкі і цыталогіі", "Genetics and Cytology"),
    ("радиобиологии", "радыябіялогіі", "Radiobiology"), ("экспериментальной ботаники", "эксперыментальнай батанікі",
                                                        "Experimental Botany"),
    ("леса", "лесу", "Forest"), ("микробиологии", "мікрабіялогіі", "Microbiology"), ("истории", "гісторыі", "History"),
    ("философии", "філасофіі", "Philosophy"), ("физики", "фізікі", "Physics"), ("математики", "матэматыкі", "Mathematics"),
    ("биофизики и клеточной инженерии", "біяфізікі і клетачнай інжынерыі", "Biophysics and Cell Engineering"),
    ("льна", "льну", "Flax"), ("рыбного хозяйства", "рыбнай гаспадаркі", "Fisheries"),
    ("почвоведения и агрохимии", "глебазнаўства і аграхіміі", "Soil Science and Agrochemistry"),
    ("земледелия", "земляробства", "Arable Farming"), ("картофелеводства", "бульбаводства", "Potato Growing"),
    ("плодоводства", "пладаводства", "Fruit Growing"), ("овощеводства", "агародніцтва", "Vegetable Growing"),
    ("природопользования", "прыродакарыстання", "Nature Management"),
    ("биоорганической химии", "біяарганічнай хіміі", "Bioorganic Chemistry"), ("энергетики", "энергетыкі", "Power Engineering"),
    ("мелиорации", "меліярацыі", "Land Reclamation"), ("языкознания", "мовазнаўства", "Linguistics"),
    ("литературоведения", "літаратуразнаўства", "Literary Studies"),
    ("экономики", "эканомікі", "Economics"), ("социологии", "сацыялогіі", "Sociology"),
)
# the Academy after an institute's field: "НАН Беларуси", "Национальной академии наук Беларуси"
_ACADEMY = (("нан", "беларуси"), ("нан", "беларусі"), ("национальной", "академии", "наук", "беларуси"),
            ("нацыянальнай", "акадэміі", "навук", "беларусі"))


def academy_institute_at(toks: list[tuple[str, int, int]], i: int) -> tuple[int, str, list[str]] | None:
    """(tokens, English name, other names) of an institute of the National Academy of Sciences at token i,
    named by its field: "Інстытута заалогіі НАН Беларусі" = Institute of Zoology of the National Academy of
    Sciences of Belarus (not the Academy: the story is the institute's). None without the Academy after it
    ("Институт истории" of a university)."""
    if not _INSTITUTE.match(toks[i][0]):
        return None
    for ru, be, en in sorted(ACADEMY_INSTITUTES, key=lambda f: -len(f[0].split())):
        for phrase in (ru, be):
            words = phrase.split()
            j = i + 1 + len(words)
            if [_sound(t[0]) for t in toks[i + 1:j]] != [_sound(w) for w in words]:
                continue
            academy = next((a for a in _ACADEMY if tuple(_plain(t[0]) for t in toks[j:j + len(a)]) == a), None)
            if academy is None:
                return None
            label = f"Institute of {en} of the National Academy of Sciences of Belarus"
            return j + len(academy) - i, label, [f"Institute of {en}", f"Institute of {en} of the NAS of Belarus"]
    return None


def research_centre_at(toks: list[tuple[str, int, int]], i: int) -> tuple[int, str, list[str]] | None:
    """(tokens, English name, other names) of a scientific and practical centre at token i, named by its field:
    "Научно-практического центра НАН Беларуси по биоресурсам" = Scientific and Practical Centre of the National
    Academy of Sciences of Belarus for Bioresources (not the Academy), "Республиканский научно-практический
    центр кардиологии" = Republican Scientific and Practical Centre for Cardiology, "центра «Кардиология»" =
    Scientific and Practical Centre Cardiology."""
    acronym = toks[i][0] in ("РНПЦ",)  # the republican centre's acronym: "РНПЦ «Кардиология»"
    republican = acronym or bool(_REPUBLICAN.match(toks[i][0]))
    j = i + republican
    if not acronym and (j + 2 >= len(toks) or not _SCIENTIFIC_PRACTICAL.match(toks[j][0]) or not _CENTRE.match(toks[j + 1][0])):
        return None
    j += 0 if acronym else 2
    if acronym and not (j < len(toks) and toks[j][0] == "«"):
        return None
    rank = "Republican " if republican else ""
    if j + 2 < len(toks) and toks[j][0] == "«" and toks[j + 2][0] == "»":
        # its field in quotes, in the nominative: "центра «Кардиология»" = Scientific and Practical Centre Cardiology
        named = _sound(toks[j + 1][0])
        en = next((en for ru, be, en in CENTRE_FIELDS for phrase in (ru, be) if " " not in phrase
                   and len(_sound(phrase)) >= 7 and named[:-1].startswith(_sound(phrase)[:-2])), None)
        if en is None:
            return None
        label = f"{rank}Scientific and Practical Centre {en}"
        return j + 3 - i, label, [label.replace("Centre", "Center"), f"{rank}Scientific and Practical Centre for {en}",
                                  f"{rank}Scientific and Practical Center for {en}"]
    nas = tuple(t[0].lower() for t in toks[j:j + 2]) in _NAS
    if nas:
        j += 2
        if j >= len(toks) or toks[j][0].lower() not in ("по", "па"):
            return None
        j += 1
    for ru, be, en in sorted(CENTRE_FIELDS, key=lambda f: -len(f[0])):
        for phrase in (ru, be):
            words = phrase.replace(",", " ,").replace("ё", "е").split()
            # (by sound: Belarusian writes the unstressed о of плодаагародніцтве as а too, пладаагародніцтве)
            if [_sound(t[0]) for t in toks[j:j + len(words)]] == [_sound(w) for w in words]:
                short = f"{rank}Scientific and Practical Centre for {en}"
                if not nas:
                    return j + len(words) - i, short, [short.replace("Centre", "Center")]
                label = f"{rank}Scientific and Practical Centre of the National Academy of Sciences of Belarus for {en}"
                others = [label.replace("Centre", "Center"), label.replace("the National Academy of Sciences", "the NAS"),
                          f"{rank}NAS of Belarus Scientific and Practical Center for {en}", short, short.replace("Centre", "Center")]
                return j + len(words) - i, label, others
    return None


_MINISTRY = re.compile(r"^(?:министерств|міністэрств|министр|міністр)\w*$", re.I)  # the body, or its minister
_EMBASSY = re.compile(r"^(?:посольств|пасольств)\w*$", re.I)
_CONSULATE = re.compile(r"^консульств\w*$", re.I)
_AGENCY = re.compile(r"^(?:агентств|агенцтв|агенцы)\w*$", re.I)  # "Агентства продовольственной безопасности Азербайджана"
_INSTITUTE = re.compile(r"^(?:институт|інстытут)\w*$", re.I)
_CHAMBER = re.compile(r"^(?:торгово-промышленн|гандлёва-прамысл)\w*$", re.I)
_CHAMBER_NOUN = re.compile(r"^палат\w*$", re.I)
_FEDERAL = re.compile(r"^(?:федеральн|федэральн)\w*$", re.I)
_NATIONAL = re.compile(r"^(?:национальн|нацыянальн)\w*$", re.I)
_IN_BELARUS = ("беларуси", "беларусі", "белоруссии")


def foreign_body_at(toks: list[tuple[str, int, int]], i: int, state_at) -> tuple[int, str] | None:
    """(tokens, English name) of another country's ministry, agency or embassy at token i: "Министерства
    сельского хозяйства и развития села Вьетнама" = Ministry of Agriculture and Rural Development of
    Vietnam, never Belarus's; "Министерство сельского хозяйства Калужской области" = Ministry of Agriculture
    of Kaluga Oblast; "Посольства Вьетнама в Беларуси" = Embassy of Vietnam in Belarus; "Пасольства Беларусі
    ў Алжыры" = Embassy of Belarus in Algeria; "Генерального консульства Польши в Гродно" = Consulate General
    of Poland in Grodno; "Гандлёва-прамысловай палаты Манголіі" = Chamber of Commerce and Industry of
    Mongolia. `state_at(toks, j)`: (tokens, English name, kind) of a place written at token j (a
    country, Belarus too, a region abroad, a town), else None."""
    word = toks[i][0]
    general = word.lower().startswith("генеральн") and i + 1 < len(toks)  # Генеральное консульство (be: генеральнае)
    consulate = bool(_CONSULATE.match(toks[i + general][0])) if i + general < len(toks) else False
    if _EMBASSY.match(word) or consulate:
        kind = "Embassy" if not consulate else "Consulate General" if general else "Consulate"
        start = i + 1 + general
        sender = state_at(toks, start)
        if sender is None or sender[2] != "country":
            return None
        j = start + sender[0]
        host = state_at(toks, j + 1) if j + 1 < len(toks) and toks[j][0].lower() in ("в", "у", "ў") else None
        if host is not None and not consulate and host[1] == "Minsk":
            host = (host[0], "Belarus", "country")  # "Посольства Индии в Минске": its embassy in Belarus
        if host is not None and host[1] != sender[1]:  # a consulate is in a town, an embassy in a country or its capital
            return j + 1 + host[0] - i, f"{kind} of {sender[1]} in {host[1]}"
        return (j - i, f"{kind} of {sender[1]}") if sender[1] != "Belarus" else None
    chamber = i + bool(_NATIONAL.match(word))  # "Национальная торгово-промышленная палата Монголии"
    if chamber + 2 < len(toks) and _CHAMBER.match(toks[chamber][0]) and _CHAMBER_NOUN.match(toks[chamber + 1][0]):
        owner = state_at(toks, chamber + 2)
        if owner is None or owner[2] != "country" or owner[1] == "Belarus":  # (Belarus's is the registry's)
            return None
        national = "National " if chamber > i else ""
        return chamber + 2 + owner[0] - i, f"{national}Chamber of Commerce and Industry of {owner[1]}"
    if _FEDERAL.match(word) and i + 1 < len(toks) and _MINISTRY.match(toks[i + 1][0]):
        found = foreign_body_at(toks, i + 1, state_at)  # "Федерального министерства ... Нигерии"
        return (found[0] + 1, f"Federal {found[1]}") if found and found[1].startswith("Ministry of ") else None
    national = bool(_NATIONAL.match(word)) and i + 1 < len(toks)  # "Национальное агентство по туризму"
    if national:
        word = toks[i + 1][0]
    agency = bool(_AGENCY.match(word))
    institute = national and bool(_INSTITUTE.match(word))  # "Нацыянальнага інстытута лясной гаспадаркі Нікарагуа"
    if not (_MINISTRY.match(word) and not national) and not agency and not institute:
        return None
    fields, j = [], i + 1 + national
    matters = agency and j + 1 < len(toks) and (toks[j][0].lower(), toks[j + 1][0].lower()) in _FOR_MATTERS
    j += 2 * matters
    while j < len(toks):
        hit = _portfolio(toks, j)
        if hit is None:
            break
        fields.append(hit[1])
        j += hit[0]
        if j + 1 < len(toks) and toks[j][0].lower() in ("и", "і", ",") and _portfolio(toks, j + 1):
            j += 1
            continue
        break
    if not fields:
        return None
    owner = state_at(toks, j)
    owner = owner if owner and owner[2] in ("country", "region") else None
    named = fields[0] if len(fields) == 1 else f"{', '.join(fields[:-1])} and {fields[-1]}"
    if owner is None and agency and j + 1 < len(toks) and toks[j][0].lower() in _UNDER:
        # "Агентства ... при Министерстве ... Республики Узбекистан": the agency of the ministry's country
        # (the ministry is a mention of its own, found next)
        parent = foreign_body_at(toks, j + 1, state_at)
        country = re.search(r".* of (.+)$", parent[1]) if parent else None
        if country is not None:
            return j - i, f"Agency for {named} of {country.group(1)}" if matters else f"{named} Agency of {country.group(1)}"
    if owner is None and j < len(toks) and toks[j][0].lower() in ("и", "і", ","):
        return None  # more of the name follows that no table knows: not half a name
    if national and (owner is None or owner[1] == "Belarus"):  # Belarus's own: the National Agency for Tourism
        n = j - i + (owner[0] if owner else 0)
        return n, f"National {'Institute' if institute else 'Agency'} for {named}"
    if owner is None or owner[1] == "Belarus":
        return None
    if national:
        return j + owner[0] - i, f"National {named} {'Institute' if institute else 'Agency'} of {owner[1]}"
    if agency and matters:
        return j + owner[0] - i, f"Agency for {named} of {owner[1]}"
    if agency:
        return j + owner[0] - i, f"{named} Agency of {owner[1]}"  # Food Safety Agency of Azerbaijan
    return j + owner[0] - i, f"Ministry of {named} of {owner[1]}"


def _portfolio(toks, j: int) -> tuple[int, str] | None:
    for ru, be, en in sorted(PORTFOLIOS, key=lambda p: -len(p[0].split())):
        for phrase in (ru, be):
            words = phrase.split()
            window = [t[0].lower().replace("ё", "е") for t in toks[j:j + len(words)]]
            if window == [w.replace("ё", "е") for w in words]:
                return len(words), en
    return None
