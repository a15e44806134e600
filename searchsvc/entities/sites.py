"""Known sites: the executive committees whose news the service reads, with en/ru/be names, oblast and host.

Built from `belarus_places.tsv` (one home for the region's names): each oblast, district and city
with its own committee has a site named after it in English, Russian and Belarusian, in full and in
the short forms pages print ("Оршанский райисполком", "Пінскі гарвыканкам", "Official website of
Orsha District Executive Committee", "Glubokoe Raion Executive Committee"). A page's site name is
mapped to the canonical English one, so one committee is one facet value whatever the page's
language; "Official website of ..." is stripped, and boilerplate alone ("Official Internet portal")
is no site name at all. A whole <title> ("Новости | Официальный сайт Оршанского райисполкома")
names the committee it contains.

Bodies no list holds are named from their parts, the same way for every territory of the data: a body
kind (executive committee, council of deputies, a committee's department, a city district's
administration, a village's executive committee) x a territory (oblast, district, town, city district,
village) x language x case or adjective form -- "Солигорский горисполком" = Soligorsk City Executive
Committee (a town's own committee besides its district's), "Мінскага абласнога Савета дэпутатаў" = Minsk
Oblast Council of Deputies, "Упраўленне культуры Магілёўскага аблвыканкама" = Culture Department of the
Mogilev Oblast Executive Committee, "Ленинская районная администрация г. Бреста" = Leninsky District
Administration of Brest, "Zhdanovichi village council, Minsk District" = Zhdanovichi Village Executive
Committee (a village council's site is its committee's). Lines made only of generic words ("Навіны
сельсавета", a search box's "Пошук па сайце...") are no site.

A public association's, party's or trade union's organization of a district, town or oblast is named from
`public_associations.tsv`, in English, Russian or Belarusian or from a logo's "<short name> | <town>": "Belaya
Rus | Borisov", "Барысаўская раённая арганізацыя РГА «Белая Русь»" = Borisov District Organization of the Belaya
Rus Republican Public Association.

Other bodies are named from `body_kinds.tsv`, a kind and the territory it serves ("Государственный архив Гомельской
области" = State Archive of Gomel Oblast) or a kind and its quoted name ("Нацыянальны парк «Прыпяцкі»" = Pripyatsky
National Park), or by a known organization's English name; a page that prints its name shorter in one place (a
brand, an acronym, its committee's name) and in full in another is named in full (`fuller_name`).

A page or JSON Lines record that gives only a URL gets its site from the host: `site_hosts.tsv`
lists the hosts that do not carry a place name; every other committee is read from its place name
in the host (any common romanization: glubokoe, hlybokaye) with the level the host marks
(`orsha.vitebsk-region.gov.by`, `zhlobin.gov.by`, `gomelrik.gov.by`, `mogilev-raion.gov.by`); a city
district's administration by its city and a prefix of its district (`zhd.gomel.gov.by`, `oktgrodno.gov.by`),
a village's committee under its district's host (`polykovichi.mogilev-raion.gov.by`).

>>> sites = SiteRegistry.load()
>>> sites.canonical("Кричевский районный исполнительный комитет")
'Krichev District Executive Committee'
>>> sites.canonical("Official website of the Grodno Oblast Executive Committee")
'Grodno Oblast Executive Committee'
>>> sites.canonical("Official Internet portal") is None
True
>>> sites.get("Лідскі раённы выканаўчы камітэт").oblast
'place:by-oblast:grodno'
>>> sites.for_url("https://orsha.vitebsk-region.gov.by/ru/news/123").name
'Orsha District Executive Committee'
>>> sites.resolve(None, "https://hlybokaye.gov.by/be/")
'Glubokoye District Executive Committee'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from functools import cached_property, lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from ..lang.translit import latin_forms, press_form, transliterate
from ..languages import resolve as resolve_languages
from . import lexicon as lx
from . import tables
from .companies import (CompanyNames, LegalForms, body_kinds, church_dedications, department_at, executive_department,
                        institution_words, legal_forms, press_legal_form)
from .names import CYRILLIC
from .regional_bodies import regional_bodies
from .registry import curated_entities
from .places import (BELARUS_FILE, CITY_DISTRICTS_FILE, SETTLEMENTS_FILE, belarusian_key, press_spelling, rows, tokens,
                     translated_adjectives)


HOSTS_FILE = Path(__file__).parent / "site_hosts.tsv"
ASSOCIATIONS_FILE = Path(__file__).parent / "public_associations.tsv"
SPELLINGS_FILE = Path(__file__).parent / "site_spellings.tsv"

# Words that say "this is a website", not whose: never a site name alone.
_BOILERPLATE = re.compile(
    r"^(?:the\s+)?(?:official\s+)?(?:web\s*site|site|internet\s+portal|portal|web\s+portal|"
    r"internet\s+site|home(?:\s*page)?|main\s+page|news)$|"
    r"^(?:официальн\w*\s+)?(?:интернет-?\s*)?(?:сайт|портал)$|^интернет-портал$|^главная(?:\s+страница)?$|"
    r"^новости$|^(?:афіцыйн\w*\s+)?(?:інтэрнэт-?\s*)?(?:сайт|партал)$|^галоўная(?:\s+старонка)?$|^навіны$",
    re.I)
# A document's kind as its heading, with its number or date ("PRESS RELEASE No. 47/2026", «Пресс-релиз №
# 12 от 03.05.2026», "Прэс-рэліз"): says what the page is, never whose site it is.
_DOCUMENT_HEADING = re.compile(
    r"^(?:press[\s-]+release|news\s+release|media\s+release|press\s+statement|information\s+message|"
    r"announcement|communiqu[eé]|bulletin|пресс-?\s*релиз|информационное\s+сообщение|объявление|бюллетень|"
    r"прэс-?\s*рэліз|інфармацыйнае\s+паведамленне|аб['’ʼ]?ява|бюлетэнь)"
    r"(?:\s*(?:no\.?|№|#)\s*[\w/.-]+)?(?:\s+(?:of|dated|от|ад)\s+[\d./-]+(?:\s*(?:г\.?|года|года\.))?)?$",
    re.I)
_LABEL_PREFIX = re.compile(
    r"^(?:the\s+)?(?:official\s+)?(?:web\s*site|site|internet\s+(?:portal|site)|portal|web\s+portal)\s+of\s+"
    r"(?:the\s+)?|"
    r"^(?:официальн\w*\s+)?(?:интернет-?\s*)?(?:сайт|портал)\s+|"
    r"^(?:афіцыйн\w*\s+)?(?:інтэрнэт-?\s*)?(?:сайт|партал)\s+",
    re.I)
# what separates the parts of a <title>: "Новости | Сайт ...", "News - Official website of ..."
_TITLE_PARTS = re.compile(r"\s*(?:\||::|»|«|\s[-–—/]\s|[–—])\s*")
_LEVELS = {
    # kind: (English, Russian full, Russian short, Belarusian full, Belarusian short, genitives after
    # "Официальный сайт ..." / "Афіцыйны сайт ...": full Russian, full Belarusian, short Russian,
    # short Belarusian)
    "oblast": ("Oblast Executive Committee", "областной исполнительный комитет", "облисполком",
               "абласны выканаўчы камітэт", "аблвыканкам",
               "областного исполнительного комитета", "абласнога выканаўчага камітэта",
               "облисполкома", "аблвыканкама"),
    "district": ("District Executive Committee", "районный исполнительный комитет", "райисполком",
                 "раённы выканаўчы камітэт", "райвыканкам",
                 "районного исполнительного комитета", "раённага выканаўчага камітэта",
                 "райисполкома", "райвыканкама"),
    "city": ("City Executive Committee", "городской исполнительный комитет", "горисполком",
             "гарадскі выканаўчы камітэт", "гарвыканкам",
             "городского исполнительного комитета", "гарадскога выканаўчага камітэта",
             "горисполкома", "гарвыканкама"),
}
# cities with a committee of their own besides their district's (the oblast centres and a few more)
_CITY_COMMITTEES = {"Minsk", "Brest", "Baranovichi", "Pinsk", "Vitebsk", "Novopolotsk", "Gomel", "Grodno",
                    "Mogilev", "Bobruisk", "Zhodino"}

# English names as pages write them: "Orsha District Executive Committee", "Glubokoe Raion Executive
# Committee", "Minsk City Executive Committee", "Vitebsk Regional Executive Committee". "Regional" and
# "Region" name the oblast's committee for an oblast centre (BelTA's and the oblast portals' usage) and
# the district's for any other town (district sites translate "районный" so): one committee, one name.
_ENGLISH = re.compile(
    r"^(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?)\s+(?P<level>district|raion|rayon|"
    r"oblast|city|town|municipal|regional|region|settlement|township)(?:\s+(?:executive\s+committee|executive\s+council|ispolkom|"
    r"(?P<council>council(?:\s+of\s+deputies)?)))?$|"
    r"^(?:the\s+)?(?P<place2>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?)\s+(?:executive\s+committee|ispolkom)$|"
    r"^(?:the\s+)?city\s+of\s+(?P<city>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?)$|"
    # "Executive Committee of Khotimsk District": the committee named before its territory
    r"^(?:the\s+)?executive\s+committee\s+of\s+(?:the\s+)?(?P<place3>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?)\s+"
    r"(?P<level3>district|raion|rayon|oblast|region|city|town)$|"
    # "Korma Raiispolkom", "Grodno Oblispolkom": the Russian short name transliterated
    r"^(?:the\s+)?(?P<place4>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?)\s+(?P<short>ra[iy]?[iy]?spolkom|rajispolkom|"
    r"oblispolkom|gorispolkom|ra[iy]vykankam|ablvykankam|harvykankam|garvykankam|rik|oik|gik)$", re.I)
# a transliterated short name's level: райисполком, облисполком, горисполком (and the Belarusian ones)
_ENGLISH_SHORT = {"ra": "district", "ob": "oblast", "ab": "oblast", "go": "city", "ha": "city", "ga": "city",
                  "ri": "district", "oi": "oblast", "gi": "city"}  # (and their initials: "Lida RIK")
_ENGLISH_LEVEL = {"district": "district", "raion": "district", "rayon": "district", "oblast": "oblast", "city": "city", "town": "city", "municipal": "city",
                  "regional": "region", "region": "region", "settlement": "settlement", "township": "settlement"}

# A site name shaped like an authority's is the page's own word, even where the host says otherwise.
_AUTHORITY = re.compile(r"executive\s+committee|\bcouncil\b|исполнительн|исполком|выканаўч|выканкам", re.I)

# Host labels that mark the committee's level: "gomelrik", "mogilev-raion", "city.brest", "minsk-region".
_HOST_MARKERS = {"rik": "district", "raion": "district", "rayon": "district", "rajon": "district",
                 "rn": "district", "raiispolkom": "district", "rajispolkom": "district",
                 "gik": "city", "gorod": "city", "city": "city", "gorispolkom": "city", "gor": "city",
                 "region": "oblast", "obl": "oblast", "oblast": "oblast", "oblispolkom": "oblast"}
# host words that say "administration" ("adm-moskovsky.brest.by") and short forms of a city district's name
_ADMIN_WORDS = {"adm", "admin", "administration", "administraciya", "administratsiya"}
_DISTRICT_ABBREVIATIONS = {"zhd": "zheleznodorozhni", "jd": "zheleznodorozhni", "zd": "zheleznodorozhni"}
# Public associations with a committee in every district and oblast: (the acronym in Cyrillic, in Latin, the
# English name). "BRSM Bobruisk District Committee" = "Бобруйский районный комитет ОО «БРСМ»" = Bobruisk District
# Committee of the Belarusian Republican Youth Union: the acronym's body spelled out, as BelTA names it.
_ASSOCIATIONS = (("БРСМ", "BRSM", "Belarusian Republican Youth Union"),
                 ("БРПО", "BRPO", "Belarusian Republican Pioneer Organisation"))
_ASSOCIATION_COMMITTEE_EN = re.compile(
    r"^(?:the\s+)?(?:(?P<acr>[A-Z]{3,5})\s+)?(?P<place>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?)\s+(?P<level>district|oblast|"
    r"regional|city)\s+committee(?:\s+of\s+(?:the\s+)?(?:public\s+association\s+)?(?P<of>[\w\s'’-]+?))?$", re.I)
_ASSOCIATION_COMMITTEE_CYR = re.compile(
    r"^(?P<adj>[А-ЯЁІЎ][а-яёіў'’-]+)\s+(?:(?P<level>[а-яёіў]+)\s+(?:комитет|камітэт)\w*|(?P<short>райком|гарком|горком|"
    r"обком|абком|РК|ГК|ОК))\s+(?:(?:ОО|ГА|РОО)\s+)?[«\"]?(?P<acr>[А-ЯЁІЎ]{3,5})[»\"]?$")
# A public association's, party's or trade union's organization of a district, town or oblast (public_associations.tsv):
# "Borisov District Organization of the Belaya Rus Republican Public Association", "Речицкая районная организация
# Белорусского Общества Красного Креста", "Баранавіцкая раённая арганізацыя Беларускага грамадскага аб'яднання ветэранаў"
_ASSOCIATION_ORG_EN = re.compile(
    r"^(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?)\s+(?P<level>district|raion|rayon|city|town|oblast|regional)\s+"
    r"(?:(?:organi[sz]ation|branch)\s+of\s+(?:the\s+)?)?(?P<of>.+)$", re.I)
_ASSOCIATION_ORG_CYR = re.compile(
    r"^(?P<adj>[А-ЯЁІЎ][а-яёіў'’-]+)\s+(?P<level>районн\w*|раённ\w*|городск\w*|гарадск\w*|областн\w*|абласн\w*)\s+"
    r"(?:организаци\w*|арганізацы\w*)\s+(?P<of>.+)$")
# what may stand before an association's own name: its legal form, spelled out or as initials
_ASSOCIATION_FORM = re.compile(r"^(?:(?:ОО|РОО|ГА|РГА|ПО|OO|ROO)\s+|(?:the\s+)?(?:republican\s+)?public\s+association\s+)", re.I)
_SHORT_COMMITTEES = {"райком": "district", "рк": "district", "горком": "city", "гарком": "city", "гк": "city",
                     "обком": "oblast", "абком": "oblast", "ок": "oblast"}
_NUMBERED_BODY = re.compile(r"^(?P<kind>[А-ЯЁІЎа-яёіў][а-яёіў-]*(?:\s+[а-яёіў-]+)*)\s*№\s*(?P<no>\d{1,3})\s+(?P<of>[^«»\"]+)$")
_LEVEL_BODY = re.compile(r"^(?P<adj>[А-ЯЁІЎ][а-яёіў'’-]+(?:ск|цк)(?:ий|ій|і|ое|ае|ая))\s+(?:(?P<level>(?:областн|абласн|районн|"
                         r"раённ|городск|гарадск)\w*)\s+)?(?P<kind>[А-ЯЁІЎ]{2,6}(?:\s+[А-ЯЁІЎ]{2,6})?|[А-ЯЁІЎа-яёіў][а-яёіў'’, -]*(?:\s+[А-ЯЁІЎ][а-яёіў'’, -]+)*)$")
# A company's or a service's unit in a town or oblast, named parent first as its header prints it ("Belarusbank
# Mogilev Regional Branch", "Belpochta Grodno Branch"): the press names it "<place> [Regional] <unit> of <parent>";
# a unit with a name of its own ("Brest Electric Networks branch of RUE Brestenergo") is named by that name alone
_UNIT = r"(?:Branch|Directorate|Department|Office|Division|Affiliate)"
_UNIT_PARENT_FIRST = re.compile(
    rf"^(?P<parent>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)??)\s+(?P<place>[A-Z][\w'’-]*)\s+(?:(?P<level>(?i:Regional|Oblast|"
    rf"District|City))\s+)?(?P<unit>(?i:{_UNIT}))$")
_UNIT_OF_PARENT = re.compile(rf"^(?P<place>[A-Z][\w'’-]*)\s+(?:(?P<level>Regional|District|City)\s+)?(?P<unit>{_UNIT})\s+of\s+"
                             rf"(?P<parent>[A-Z][\w'’-]*)$")
# the same in Russian or Belarusian: "Филиал «Брестские электрические сети» РУП «Брестэнерго»", "Гродненский филиал
# РУП «Белпочта»", "Магілёўская абласная дырэкцыя ААТ «АСБ Беларусбанк»"
_UNIT_WORDS = {"филиал": "Branch", "філіял": "Branch", "філіял": "Branch", "дирекция": "Directorate", "дырэкцыя": "Directorate",
               "отделение": "Branch", "аддзяленне": "Branch"}
_UNIT_CYR = "|".join(_UNIT_WORDS)
_UNIT_NAMED_CYR = re.compile(rf"^(?:{_UNIT_CYR})\s+[«\"](?P<name>[^«»\"]+)[»\"]\s+(?:[А-ЯЁІЎ]{{2,4}}\s+)*[«\"]?[^«»\"]+[»\"]?$",
                             re.I)
_UNIT_PLACE_CYR = re.compile(
    rf"^(?P<adj>[А-ЯЁІЎ][а-яёіў'’-]+)\s+(?:(?P<level>областн\w*|абласн\w*|районн\w*|раённ\w*|городск\w*|гарадск\w*)\s+)?"
    rf"(?P<unit>{_UNIT_CYR})\s+(?P<parent>(?:(?:РУП|УП|ОАО|ААТ|ЗАО|ЗАТ)\s+)?[«\"]?[^«»\"]+[»\"]?)$", re.I)
# "<Place> Oblast <kind>": an oblast's authorities, its departments and associations keep "Oblast" (Vitebsk Oblast
# Department of the Ministry of Emergency Situations, Mogilev Oblast Association of Trade Unions); its institutions
# are "Regional" in BelTA's English (Gomel Regional Drama Theatre, Brest Regional Clinical Hospital)
_OBLAST_INSTITUTION = re.compile(
    r"^(?P<place>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?)\s+Oblast\s+(?!(?:Executive|Council|Committee|Department|"
    r"Association|Organi[sz]ation|Branch|Inspection|Inspectorate|Election|Duma|Administration|Directorate|Division|"
    r"Court)\b)")
# an English page's legal form of a state body before its quoted name ("State Educational Institution «...»",
# "Health Care Institution \"...\""): the name in the quotes is the body's
_INSTITUTION_FORM = re.compile(
    r"(?:(?:State|Municipal|Public|Republican|Communal)\s+)*(?:(?:Educational|Education|Health\s*Care|Healthcare|"
    r"Cultural|Culture|Sports|Social|Medical|Budgetary|Scientific|Unitary)\s+)*(?:Institution|Establishment|Enterprise)"
    r"(?:\s+of\s+(?:Education|Culture|Health\s*Care))?\s*[«\"“](?P<name>[^«»\"“”]+)[»\"”]", re.I)
# the same legal status written before the name without quotes, in full or in initials ("Healthcare institution
# Vitebsk City Central Polyclinic", "State Institution Lida District Archive", "SEI Gymnasium No. 1 of Lida"): a state
# body's status is no part of its name (an enterprise's form is: UE Vitebskvodokanal)
_INSTITUTION_STATUS = re.compile(
    r"^(?:(?i:(?:(?:State|Municipal|Public|Republican|Communal)\s+)*(?:(?:Educational|Education|Health\s*Care|Healthcare|"
    r"Cultural|Culture|Sports|Social|Medical|Budgetary|Scientific|Sports\s+and\s+Tourism)\s+)*(?:Institution|Establishment)"
    r"(?:\s+of\s+(?:Education|Culture|Health\s*Care))?)|SI|SEI|SHI|SHCI|HCI|HI|SCI|GUO|GU|UZ|GUK)\s+(?P<name>[A-Z].+)$")
_CAPITALS_LINKING = {"Of": "of", "The": "the", "And": "and", "On": "on", "For": "for", "Named": "named", "After": "after"}
# the committees whose territory an institution of a level may serve ("областная больница": an oblast centre's)
_INSTITUTION_LEVELS = {"District": ("district",), "Oblast": ("oblast",), "City": ("city", "district"),
                       "Regional": ("oblast", "district")}
# the words besides a company's legal form that may stand before a body's quoted name, a state body's status:
# "УЗ «Слуцкая центральная районная больница»", "Дзяржаўная ўстанова «...»", "Производственное ... «Брестоблгаз»"
_STATUS_STEMS = ("производственн", "вытворч", "республиканск", "рэспубліканск", "коммунальн", "камунальн", "унитарн",
                 "[уў]нітарн", "государственн", "дзяржаўн", "частн", "прыватн", "дочерн", "даччын", "предприяти",
                 "прадпрыемств", "учреждени", "ўстанов", "установ")


class _FormPatterns:
    """The site registry's patterns of companies' legal forms, made from legal_forms.tsv (legal_forms.LegalForms) --
    the one list of forms, which the organizations' namer reads too."""

    def __init__(self, forms: LegalForms):
        self.latin = forms.latin  # "jsc", "open joint stock company", "fllc" -> the press's form
        latin = "|".join(sorted((re.escape(f) for f in self.latin), key=len, reverse=True))
        press = "|".join(forms.latin_initials)
        # a form a company's own header prints after or before its name ("NAFTAN OJSC", "Belshina JSC", "FLLC
        # Belwest"): the site is named with its form first, as the press writes it (OJSC Naftan)
        self.after = re.compile(rf"^(?P<name>.+?),?\s+(?P<form>{latin})$", re.I)
        self.before = re.compile(rf"^(?P<form>{latin})\s+(?P<name>.+)$", re.I)
        self.initial = re.compile(rf"(?:{press}) ")  # a name the press's form already opens
        # the forms as a story prints them before the company's name, a joint venture's before its company form
        # ("OJSC Gomelsteklo", "UE Vitebskvodokanal", "JV OJSC Spartak"), and the name: capitalized words, "of"/"and"/
        # "for" between them (OJSC Borisov Plant of Medical Preparations), maybe in quotes
        self.form_and_name = re.compile(
            rf"\b(?P<form>(?:(?:{press})\s+)*(?:{press}))\s+[«\"“]?(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for)\s+)?"
            rf"(?!(?:{press})\b)[A-Z][\w'’-]*){{0,6}})[»\"”]?")
        # a company's Russian or Belarusian form, in initials or in full, and its quoted name (and an eponym after
        # the quotes): ОАО = OJSC, ЗАО = CJSC, РУП = RUE, КУП, УП, УКП = UE
        self.company = re.compile(rf"(?P<form>{forms.cyrillic()})\s+[«\"](?P<name>[^«»\"]+)[»\"]"
                                  r"(?P<after>\s+(?:имени|імя)\s+[^«»\"]+)?", re.I)
        # forms and statuses written before a body's quoted name, in initials or in full
        stems = "|".join((*forms.spelled_stems, *_STATUS_STEMS))
        self.prefix = re.compile(rf"^(?:(?:[А-ЯЁІЎ]{{2,6}}|(?i:{stems})\w*)\s+)+(?=[«\"])")
        # "Belarusbank Regional Directorate for Brest Oblast", "Regional Branch of Belpochta for Brest Region"
        self.unit_for_oblast = re.compile(
            rf"^(?:(?P<parent>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+)?(?i:regional|oblast)\s+(?P<unit>(?i:{_UNIT}))(?:\s+of\s+"
            rf"(?:(?:{press})\s+)?(?P<parent2>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))?\s+for\s+(?:the\s+)?"
            rf"(?P<place>[A-Z][\w'’-]*)\s+(?i:oblast|region)$")
        self.unit_of = re.compile(rf"^(?P<name>.+?)\s+(?P<unit>branch|filial|affiliate|subsidiary)\s+of\s+(?:the\s+)?"
                                  rf"(?:(?:{press})\s+)?(?P<parent>[A-Z].+)$", re.I)

    def press_form(self, printed: str) -> str:
        """The press's form(s) for forms printed in Latin: "JV OJSC" -> JV OJSC, "jsc" -> OJSC."""
        return " ".join(self.latin.get(f.lower(), f) for f in printed.split())


_HOST_SUFFIX = re.compile(r"^(?P<name>[a-z][a-z-]{2,}?)-?(?P<marker>rik|raion|rayon|rajon|rn|gik|region|obl)$")


@dataclass
class Site:
    name: str  # canonical English name
    labels: dict[str, str]
    oblast: str | None  # place id of the oblast ("place:by-oblast:vitebsk"); None for Minsk
    aliases: list[str] = field(default_factory=list)
    level: str = "district"  # oblast | district | city
    place: str = ""  # English name of the place it governs ("Orsha", "Vitebsk" for the oblast)
    hosts: list[str] = field(default_factory=list)  # hosts listed in site_hosts.tsv
    # the territory it governs, as a site names itself after it ("Кричевский район"): a site name
    # only as the whole name, never found inside a longer line (a headline names districts)
    territories: list[str] = field(default_factory=list)


def _territory_names(level: str, ru: str, be: str, ru_adj: str, be_adj: str) -> list[str]:
    """The territory a committee governs, as sites name themselves after it: "Официальный сайт
    Кричевского района", "Афіцыйны сайт Магілёўскай вобласці", "Официальный сайт города Пинска",
    "Оршанский РИК" (the staff's abbreviation of районный исполнительный комитет)."""
    if level == "district":
        return [f"{ru_adj} район", f"{ru_adj[:-2]}ого района", f"{be_adj} раён", f"{be_adj[:-1]}ага раёна",
                f"{ru_adj} РИК", f"{be_adj} РВК"]
    if level == "oblast":  # "Брестская область" -> "Брестской области"
        return [ru, be, re.sub(r"ая область$", "ой области", ru), re.sub(r"ая вобласць$", "ай вобласці", be),
                f"{ru_adj} облисполком", f"{ru_adj} ОИК"]
    ru_gen = ru if ru.endswith("о") else ru[:-1] + "я" if ru.endswith("ь") else ru[:-1] + "ей" if ru.endswith("и") \
        else ru + "а"  # Гродно, Гомеля, Барановичей, Пинска
    be_gen = be if be.endswith("а") else be[:-1] + "я" if be.endswith("ь") else be[:-1] + "ва" if be.endswith("ў") \
        else be[:-1] if be.endswith("ы") else be + "а"  # Гродна, Гомеля, Магілёва, Баранавіч, Пінска
    return [f"город {ru}", f"г. {ru}", f"города {ru_gen}", f"горад {be}", f"г. {be}", f"горада {be_gen}",
            f"{ru_adj} ГИК"]


# a village council's site: "Ратомский сельский исполнительный комитет", "Ратомскага сельвыканкама",
# "Щомыслицкий сельсовет Минского района" (the adjective of its village; a district after it)
_VILLAGE_COUNCIL = re.compile(
    r"^(?P<adj>[А-ЯЁІЎ][а-яёіў'’-]+?(?:ск|цк)(?:ий|ого|і|ага))\s+(?P<body>"
    r"сельск(?:ий|ого)\s+исполнительн(?:ый|ого)\s+комитета?|сельисполкома?|сельск(?:ий|ого)\s+совета?(?:\s+депутатов)?|"
    r"сельсовета?|сельск(?:і|ага)\s+выканаўч(?:ы|ага)\s+камітэта?|сельвыканкама?|сельск(?:і|ага)\s+савета?(?:\s+дэпутатаў)?|"
    r"сельсавета?)(?:\s+[А-ЯЁІЎ][а-яёіў]+\s+(?:района|раёна))?$", re.I)


# A body named from its parts, in Russian or Belarusian: the territory's adjective, the level, the kind of
# body ("Лидский городской исполнительный комитет", "Мінскага абласнога Савета дэпутатаў", "Солигорский
# горисполком", "Пинский горсовет"). Every territory of belarus_places.tsv can be named so, listed site or not.
_COMPOSED = re.compile(
    r"^(?P<adj>[А-ЯЁІЎ][а-яёіў'’]+(?:-[А-ЯЁІЎа-яёіў][а-яёіў'’]+)*)\s+(?:(?P<level>[а-яёіў]+)\s+(?P<body>исполнительн\w*\s+комитет\w*|"
    r"выканаўч\w*\s+камітэ[тц]\w*|совет\w*\s+депутатов|саве[тц]\w*\s+дэпутатаў|исполком\w*|выканкам\w*)|(?P<short>[а-яёіў]+))$", re.I)
# (the Belarusian locative turns the т of камітэт, савет to ц: "у Лідскім раённым Савеце дэпутатаў")
_LEVEL_STEMS = (("област", "oblast"), ("абласн", "oblast"), ("районн", "district"), ("раённ", "district"),
                ("городск", "city"), ("гарадск", "city"), ("поселков", "settlement"), ("пасялков", "settlement"))
_SHORT_BODIES = {"облисполком": ("oblast", "ec"), "аблвыканкам": ("oblast", "ec"), "райисполком": ("district", "ec"),
                 "райвыканкам": ("district", "ec"), "горисполком": ("city", "ec"), "гарвыканкам": ("city", "ec"),
                 "облсовет": ("oblast", "council"), "аблсавет": ("oblast", "council"), "райсовет": ("district", "council"),
                 "райсавет": ("district", "council"), "горсовет": ("city", "council"), "гарсавет": ("city", "council"),
                 # a settlement's "поссовет" is what people call its executive committee, as a village's сельсовет
                 "поссовет": ("settlement", "ec"), "пассавет": ("settlement", "ec"),
                 "поссовета": ("settlement", "ec"), "пассавета": ("settlement", "ec")}
_LEVEL_EN = {"oblast": "Oblast", "district": "District", "city": "City", "settlement": "Settlement"}
# which rows of belarus_places.tsv a level's territory may be: a city committee governs a town
_LEVEL_KINDS = {"oblast": ("oblast",), "district": ("district",), "city": ("city", "town", "district"), "settlement": ()}
_ADJ_ENDING = re.compile(r"(?:ого|ага|ому|ым|ом|ий|ый|ой|ая|ай|ое|ае|ую|і|ы)$")
# an English department of a committee: "Main Health Department", "Department of Education", "Committee
# for Agriculture and Food" -- the part before "of the <committee>"
_ENGLISH_DEPARTMENT = re.compile(
    r"^(?:the\s+)?(?:main\s+)?(?:(?:[A-Z][\w-]*,?\s+(?:and\s+)?)+(?:department|directorate|committee)|"
    r"(?:department|directorate|committee)\s+(?:of|for|on)\s+(?:[A-Z][\w-]*,?\s*(?:and\s+)?)+)$", re.I)
# any other body of a committee, named before it: "Registry Office of the Pinsk City Executive Committee", "Archive
# Division of the ..." -- the committee's own office, not the committee (a territory after "of" names no parent:
# "Military Commissariat of Zhlobin District" is the commissariat's own name)
_ENGLISH_SUB_BODY = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'’-]*,?\s+(?:and\s+)?)*(?:[A-Z][\w'’-]*\s+)?(?:office|service|inspectorate|inspection|"
    r"commissariat|centre|center|archive|division|sector|board|agency|bureau)$", re.I)
# an English village council: "Zhdanovichi village council, Minsk District", "the Putrishki Village
# Executive Committee (Grodno District)"
_ENGLISH_VILLAGE = re.compile(
    r"^(?:[Tt]he\s+)?(?P<village>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?)\s+(?i:village|rural)\s+(?P<body>(?i:council\s+of\s+"
    r"deputies|council|soviet|executive\s+committee))(?:\s*[,(]\s*(?:the\s+)?[A-Z][\w'’-]*\s+(?i:district|raion|rayon)\)?)?$")


# the words of a town's, settlement's or village's body after its adjective, by their first five letters: (the
# word in any case, its genitive's ending); a level adjective's genitive is made from the word itself
_BODY_ADJECTIVE = re.compile(r"^[А-ЯЁІЎ][а-яёіў'’-]+(?:ск|цк)(?:ий|ого|ому|ом|им|і|ага|аму|ім)$")
_BODY_WORDS_GENITIVE = {
    "город": (r"городск\w*$", "adj"), "гарад": (r"гарадск\w*$", "adj"), "посел": (r"поселков\w*$", "adj"),
    "пасял": (r"пасялков\w*$", "adj"), "сельс": (r"сельск\w*$", "adj"),
    "испол": (r"исполни?т?\w*$", "adj|исполком"), "выкан": (r"выкан\w*$", "adj|выканкам"),
    "комит": (r"комитет\w*$", "комитета"), "каміт": (r"каміт\w*$", "камітэта"),
    "совет": (r"совет\w*$", "совета"), "савет": (r"савет\w*$", "савета"),
    "депут": (r"депутатов$", "депутатов"), "дэпут": (r"дэпутатаў$", "дэпутатаў"),
    "горис": (r"горисполком\w*$", "горисполкома"),
    "гарвы": (r"гарвыканкам\w*$", "гарвыканкама"), "поссо": (r"поссовет\w*$", "поссовета"),
    "пасса": (r"пассавет\w*$", "пассавета"), "сельи": (r"сельисполком\w*$", "сельисполкома"),
    "сельв": (r"сельвыканкам\w*$", "сельвыканкама"),
}
# (сельсовет / сельсавет share their first five letters with сельский / сельскі)
_VILLAGE_SOVIETS = re.compile(r"^(?:сельсовет|сельсавет)\w*$", re.I)


_EPONYM = re.compile(r"\s+(?:имени|імя|им\.)\s+(?P<initials>(?:[А-ЯЁІЎ]\.\s*){1,2})\s*(?P<surname>[А-ЯЁІЎ][а-яёіў'’-]+)$")


# a surname's genitive ending after "имени" -> its nominative: Орловского, Горького -> -ий; Суворова, Коласа -> a
# consonant; Скорины, Купалы -> -а
_GENITIVE_SURNAME = ((r"(?<=[гкх])ого$", "ий"), (r"(?<=[гкх])ага$", "і"), (r"(?<=[бвгдзклмнпрстфхцчшщ])а$", ""),
                     (r"ы$", "а"))


def _organization_names():
    """(name, English label) for every label and alias of each organization registry.json lists with an English
    label: the one walk both of SiteRegistry's maps of known organizations (Cyrillic and Latin names) are read from."""
    for entity in curated_entities():
        english = entity.labels.get("en") if entity.type == "organization" else None
        for form in (*entity.labels.values(), *entity.aliases) if english else ():
            yield form, english


def _eponym(name: str) -> tuple[str, str | None]:
    """(the name without its eponym, "named after <initials> <surname>" where the eponym is a person's initials
    and surname): "... музей имени П.В. Масленикова" -> ("... музей", "named after P.V. Maslenikov"). A surname
    in the genitive is put back in the nominative (_GENITIVE_SURNAME)."""
    m = _EPONYM.search(name)
    if m is None:
        return name, None
    initials = "".join(f"{transliterate(c, 'ru-bgn').title()}." for c in re.findall(r"[А-ЯЁІЎ]", m.group("initials")))
    surname = m.group("surname")
    for ending, nominative in _GENITIVE_SURNAME:
        if re.search(ending, surname):
            surname = re.sub(ending, nominative, surname)
            break
    return name[:m.start()], f"named after {initials} {press_form(transliterate(surname, 'ru-bgn')).title()}"


def _genitive(adjective: str) -> str:
    """A place adjective in any case, in its genitive: Краснасельскім -> Краснасельскага, Старобинском -> Старобинского."""
    stem, ending = re.match(r"^(.+?(?:ск|цк))(\w*)$", adjective).groups()
    return stem + ("ага" if ending[:1] in ("а", "і") else "ого")


def _genitive_word(word: str, form: str, belarusian: bool) -> str:
    """A body word in its genitive: a level adjective (пасялковым -> пасялковага), an abbreviated or a full noun."""
    if _VILLAGE_SOVIETS.match(word):
        return re.sub(r"(?:а|е|у|ом|ам)$", "", word.lower()) + "а"
    if form.startswith("adj"):
        short = form.partition("|")[2]
        if short and word.lower().startswith(short):  # "исполкоме", "выканкама"
            return short + "а"
        stem = re.sub(r"(?:ий|ый|ого|ому|ом|ым|им|ім|і|ы|ага|аму|ая|ой|ай)$", "", word.lower())
        return stem + ("ага" if belarusian else "ого")
    return form


# a village's name that says its size, age or side before the name its council is called after
_SIZE_PREFIX = re.compile(r"^(?:Больш|Мал|Нов|Нав|Стар|Верхн|Нижн|Ніжн|Велик|Вялік)\w*\s+\S{5,}$")


def _english_village_name(en: str, path: Path) -> str:
    """A place's English name as a committee named after it spells it: a GeoNames village's as the press does."""
    return press_spelling(en) if path == SETTLEMENTS_FILE else en


def _adjective_bases(adjective: str) -> list[str]:
    """What a village's, settlement's or town's adjective may be made from, most likely first: the adjective
    without its ending (Ратомский -> Ратом, Щомыслицкий -> Щомыслиц), then without an -ан/-ен/-ян
    (Калодзішчанскі -> Калодзішч), a final ў (Высокаўскі -> Высока) or -аў/-ов/-ав."""
    base = re.sub(r"(?:ский|ского|скі|скага|скай|ской)$", "", adjective, flags=re.I)
    base = re.sub(r"(?:кий|кого|кі|кага)$", "", base, flags=re.I)
    return [base, re.sub(r"(?:ан|ен|ян)$", "", base), re.sub(r"ў$", "", base), re.sub(r"(?:аў|ов|ав)$", "", base)]


def _adjective_key(adjective: str) -> str:
    """An adjective's stem, in the spelling key Russian and Belarusian share: Лидский, Лідскага -> лидск."""
    return belarusian_key(_ADJ_ENDING.sub("", adjective.lower()))


def _city_district_sites(oblasts: dict[str, str | None]) -> list[Site]:
    """The administrations of the districts of Minsk and of the oblast centres (city_districts.tsv):
    "Frunzensky District Administration of Minsk" = "Администрация Фрунзенского района г. Минска" =
    "Адміністрацыя Фрунзенскага раёна горада Мінска". A name without its city ("Администрация
    Ленинского района") is the capital's district, listed first."""
    out = []
    for city, city_ru, city_be, en, ru_adj, be_adj in tables.rows(CITY_DISTRICTS_FILE):
        ru_g, be_g = f"{ru_adj[:-2]}ого", f"{be_adj[:-1]}ага"
        name = f"{en} District Administration of {city}"
        labels = {"en": name, "ru": f"Администрация {ru_g} района г. {city_ru}",
                  "be": f"Адміністрацыя {be_g} раёна г. {city_be}"}
        capital = city == "Minsk"  # a name without its city is the capital's district
        aliases = [f"Administration of the {en} District of {city}", f"Administration of {en} District of {city}",
                   f"{en} District Administration, {city}"]
        aliases += [f"{en} District Administration", f"Administration of the {en} District"] if capital else []
        for head_ru, head_be in (("администрация", "адміністрацыя"), ("администрации", "адміністрацыі")):
            for town_ru, town_be in ((f"г. {city_ru}", f"г. {city_be}"), (f"г.{city_ru}", f"г.{city_be}"),
                                     (f"города {city_ru}", f"горада {city_be}"), (city_ru, city_be),
                                     *((("", ""),) if capital else ())):
                aliases += [f"{head_ru} {ru_g} района {town_ru}".strip(), f"{head_be} {be_g} раёна {town_be}".strip()]
        # "Ленинская районная администрация г. Бреста", "Ленінскай раённай адміністрацыі г. Брэста": the
        # adjective agrees with the administration
        ru_f, be_f = re.sub(r"(?:ий|ый|ой)$", "", ru_adj), be_adj[:-1]
        for town_ru, town_be in ((f"г. {city_ru}", f"г. {city_be}"), (f"г.{city_ru}", f"г.{city_be}"),
                                 (f"города {city_ru}", f"горада {city_be}"), (city_ru, city_be),
                                 *((("", ""),) if capital else ())):
            aliases += [f"{ru_f}ая районная администрация {town_ru}".strip(),
                        f"{ru_f}ой районной администрации {town_ru}".strip(),
                        f"{be_f}ая раённая адміністрацыя {town_be}".strip(),
                        f"{be_f}ай раённай адміністрацыі {town_be}".strip()]
        # the district itself, as a header names the site ("Маскоўскі раён г. Мінска | адміністрацыя")
        territories = [f"{ru_adj} район г. {city_ru}", f"{ru_adj} район города {city_ru}", f"{be_adj} раён г. {city_be}",
                       f"{be_adj} раён горада {city_be}", f"{en} District of {city}", f"{en} District, {city}"]
        out.append(Site(name, labels, oblasts.get(city), aliases, "city-district", f"{en}@{city}",
                        territories=territories))
    return out


def _town_nominative(genitive: str) -> str:
    """A town's name after "г." or "города" in its nominative, as far as the usual endings go: Минска -> Минск."""
    return re.sub(r"а$", "", genitive) if re.search(r"[бвгдзклмнпрстфхцчшщ]а$", genitive) else genitive


_BE_TO_RU = str.maketrans({"і": "и", "ў": "в", "э": "е", "І": "И", "Э": "Е"})


def _key(name: str) -> str:
    return " ".join(name.lower().replace("ё", "е").replace("’", "'").split())


def _spelling_key(name: str) -> str:
    """_key in the spelling Russian and Belarusian share (belarusian_key), word by word."""
    return " ".join(belarusian_key(w) for w in _key(name).split())


def _association_key(name: str) -> str:
    """An association's name compared without quotes, case or its legal form: «Белая Русь», ОО "Белая Русь" -> белая русь."""
    plain = re.sub(r"[«»\"“”„]", "", name).strip()
    plain = _ASSOCIATION_FORM.sub("", plain)
    plain = re.sub(r"профессионального союза", "профсоюза", re.sub(r"прафесійнага саюза", "прафсаюза", plain, flags=re.I),
                   flags=re.I)  # "профсоюза" spelled out or not
    return _key(plain.replace("ʼ", "'"))


@lru_cache(maxsize=8192)
def skeleton(latin: str) -> str:
    """A romanized place name without the choices romanizations differ in, to compare spellings:
    Glubokoye, glubokoe, Hlybokaye -> one key per language form ("glubokoe", "hlibokae")."""
    s = unicodedata.normalize("NFKD", latin.lower())
    s = re.sub(r"[^a-z]", "", "".join(c for c in s if not unicodedata.combining(c)))
    for a, b in (("shch", "sch"), ("kh", "h"), ("ye", "e"), ("yo", "e"), ("jo", "e"), ("je", "e"), ("ie", "e"),
                 ("yu", "u"), ("ju", "u"), ("iu", "u"), ("ya", "a"), ("ja", "a"), ("ia", "a"), ("iy", "i"),
                 ("yi", "i"), ("y", "i"), ("j", "i"), ("w", "u"), ("ii", "i"), ("ts", "c"), ("tz", "c")):
        s = s.replace(a, b)
    return s


class SiteRegistry:
    """The known sites and the rules that name the rest; built once per process or ingest run (`load`, or
    Services.sites / EntityExtractor.sites) and handed down to whatever reads a page's site name.

    `companies`: the organizations' namer of "<place adjective> [центральная] районная <kind>" that names
    institutions and romanizes mastheads -- shared with the extractor's when it has one (its tables take a
    while to read), else built on first use."""

    def __init__(self, sites: list[Site], hosts: dict[str, str] | None = None,
                 companies: CompanyNames | None = None):
        self._sites = sites
        self._companies = companies
        self._by_name: dict[str, Site] = {}
        self._by_territory: dict[str, Site] = {}
        self._by_level: dict[tuple[str, str], Site] = {}  # (level, place) -> site
        # a Belarusian name by the spelling key Russian and Belarusian share, word by word: a page may spell its
        # town unlike the gazetteer (Бярэзінскі раённы выканаўчы камітэт, the gazetteer's Беразінскі); a key two
        # sites share names neither
        by_spelling: dict[str, set[int]] = {}
        for s in sites:
            for name in (*s.labels.values(), *s.aliases):
                self._by_name.setdefault(_key(name), s)
                if re.search(r"[ІіЎў]", name):
                    by_spelling.setdefault(_spelling_key(name), set()).add(id(s))
        by_id = {id(s): s for s in sites}
        self._by_spelling = {k: by_id[next(iter(v))] for k, v in by_spelling.items() if len(v) == 1}
        for s in sites:
            for name in s.territories:
                self._by_territory.setdefault(_key(name), s)
            self._by_level.setdefault((s.level, s.place), s)
        self._hosts: dict[str, Site] = {}
        by_english = {s.name: s for s in sites}
        for host, name in (hosts or {}).items():
            site = by_english[name]  # a KeyError here is a typo in site_hosts.tsv
            self._hosts[host] = site
            site.hosts.append(host)

    @cached_property
    def _places(self) -> dict[str, str]:
        """Skeleton of every romanization of a governed place -> its English name (built on first
        use: most pages name their site in full and never need it)."""
        places: dict[str, str] = {}
        governed = {p for (_, p) in self._by_level}
        for kind, _oblast, en, ru, be, _ru_adj, _be_adj in rows(BELARUS_FILE):
            place = en.split()[0] if kind == "oblast" else en
            if place not in governed:
                continue
            spellings = {en, place, *latin_forms(ru, "ru"), *latin_forms(be, "be")}
            if kind == "oblast":  # "Vitebsk Oblast" spells the centre's name
                spellings = {place}
            for spelling in spellings:
                places.setdefault(skeleton(spelling), place)
        # then, where no name is spelled so, the forms an English header writes a place in: its adjective
        # ("Slonimsky Rayon Executive Committee", "Rogachevsky District") and a ё after ч, ж, ш that a Russian
        # name writes е, romanized o ("Rogachov" = Рогачёв = Rogachev)
        for kind, _oblast, en, ru, _be, ru_adj, be_adj in rows(BELARUS_FILE):
            place = en.split()[0] if kind == "oblast" else en
            if place not in governed:
                continue
            hushed = {re.sub(r"(?<=[cz]h)e|(?<=sh)e", "o", f) for f in (en, *latin_forms(ru, "ru"))} if kind != "oblast" else set()
            for spelling in {*latin_forms(ru_adj, "ru"), *latin_forms(be_adj, "be"), *hushed}:
                places.setdefault(skeleton(spelling), place)
        return places

    @cached_property
    def companies(self) -> CompanyNames:
        """The organizations' namer (companies.CompanyNames) these rules name institutions with."""
        return self._companies if self._companies is not None else CompanyNames()

    @cached_property
    def _forms(self) -> _FormPatterns:
        """The patterns of companies' legal forms (legal_forms.tsv)."""
        return _FormPatterns(legal_forms())

    @classmethod
    def load(cls, companies: CompanyNames | None = None) -> "SiteRegistry":
        """Every committee of `belarus_places.tsv`, city district and regional body, with the hosts of
        `site_hosts.tsv`; `companies`: see the class docstring."""
        sites = []
        for kind, oblast, en, ru, be, ru_adj, be_adj in rows(BELARUS_FILE):
            oblast_id = f"place:by-oblast:{oblast}" if oblast != "minsk-city" else None
            place = en.split()[0] if kind == "oblast" else en
            levels = {"oblast": ["oblast"], "district": ["district"], "city": ["city"], "town": []}[kind]
            if kind in ("district", "town") and en in _CITY_COMMITTEES:
                levels.append("city")
            if kind == "town" and ru_adj and en not in _CITY_COMMITTEES:
                continue
            for level in levels:
                if (level, en) == ("city", "Minsk") and kind == "district":
                    continue
                en_tail, ru_full, ru_short, be_full, be_short, ru_gen, be_gen, ru_gen_short, be_gen_short = \
                    _LEVELS[level]
                labels = {"en": f"{place} {en_tail}", "ru": f"{ru_adj} {ru_full}", "be": f"{be_adj} {be_full}"}
                ru_g, be_g = f"{ru_adj[:-2]}ого", f"{be_adj[:-1]}ага"
                aliases = [f"{ru_adj} {ru_short}", f"{be_adj} {be_short}", f"{ru_g} {ru_gen}", f"{be_g} {be_gen}",
                           f"{ru_g} {ru_gen_short}", f"{be_g} {be_gen_short}"]
                # the level in full, the committee short, as the press writes it too: "Речицкий районный
                # исполком", "председатель Дзятлаўскага раённага выканкама"
                aliases += [f"{ru_adj} {ru_full.split()[0]} исполком", f"{be_adj} {be_full.split()[0]} выканкам",
                            f"{ru_g} {ru_gen.split()[0]} исполкома", f"{be_g} {be_gen.split()[0]} выканкама"]
                if (level, place) == ("city", "Minsk"):  # the capital's own fused short names
                    aliases += ["Мингорисполком", "Мінгарвыканкам", "Мингорисполкома", "Мінгарвыканкама"]
                if (level, place) == ("oblast", "Minsk"):
                    aliases += ["Миноблисполком", "Мінаблвыканкам", "Миноблисполкома", "Мінаблвыканкама"]
                for adj in translated_adjectives(ru_adj) if level == "district" else ():  # Кастрычніцкі райвыканкам
                    g = f"{adj[:-1]}ага"
                    aliases += [f"{adj} {be_full}", f"{adj} {be_short}", f"{g} {be_gen}", f"{g} {be_gen_short}"]
                sites.append(Site(labels["en"], labels, oblast_id, aliases, level, place,
                                  territories=_territory_names(level, ru, be, ru_adj, be_adj)))
        oblasts = {s.place: s.oblast for s in sites if s.level == "city"}
        sites += _city_district_sites(oblasts)
        sites += [Site(b.labels["en"], dict(b.labels), b.oblast, list(b.aliases), "body", b.place)
                  for b in regional_bodies()]  # "Брестская таможня", "Main Statistical Department of Brest Oblast"
        hosts = {host.strip().lower(): name.strip() for host, name in tables.rows(HOSTS_FILE)}
        return cls(sites, hosts, companies)

    def __len__(self) -> int:
        return len(self._sites)

    def __iter__(self):
        return iter(self._sites)

    def get(self, name: str) -> Site | None:
        """The known site a page's site name (any language, "Official website of ..." or not) names."""
        stripped = _LABEL_PREFIX.sub("", " ".join(name.split()).strip(" .|-–—"))
        if re.fullmatch(r"[A-Z0-9 ,.'’()-]+", stripped) and re.search(r"[A-Z]{4}", stripped):  # a header in capitals
            stripped = re.sub(r"\b(Of|The|And|On|For)\b", lambda w: w.group(1).lower(), stripped.title())
        site = self._by_name.get(_key(stripped)) or self._by_territory.get(_key(stripped)) \
            or self._by_spelling.get(_spelling_key(stripped))
        if site is None:
            site = self._english(stripped) or self._village_council(stripped) or self._english_village(stripped) \
                or self._composed(stripped) or self._located(stripped) or self._department(stripped) \
                or self._committee_office(stripped) \
                or self._association_committee(stripped) or self._association_organization(stripped) \
                or self._level_body(stripped) or self._numbered(stripped) \
                or self._unit(stripped) or self._church(stripped) or self._institution(stripped)
        return site

    def _registered(self, name: str) -> Site | None:
        """A body the organizations' registry knows by this Russian or Belarusian name or alias (registry.json), by
        its English label: "Свята-Успенскі Жыровіцкі манастыр" -> Holy Dormition Zhirovichi Monastery. A site, like
        an entity, is one body whatever language its page names it in. None for a name the registry lacks."""
        if not CYRILLIC.search(name):
            return None
        english = self._known_organizations.get(_association_key(self._forms.prefix.sub("", name.strip()).strip(" «»\"")))
        return self._made(english, None, "institution", "") if english else None

    def _association_committee(self, name: str) -> Site | None:
        """A public association's committee of a district, town or oblast, its acronym spelled out: "BRSM
        Bobruisk District Committee", "Бобруйский районный комитет ОО «БРСМ»" -> Bobruisk District Committee of
        the Belarusian Republican Youth Union. None where the place or the association is unknown."""
        if m := _ASSOCIATION_COMMITTEE_EN.match(name):
            written = (m.group("acr") or "") + "|" + (m.group("of") or "")
            association = next((en for _cyr, lat, en in _ASSOCIATIONS
                                if written.lower() in (f"{lat}|".lower(), f"|{lat}".lower(), f"|{en}".lower())), None)
            place = self._places.get(skeleton(m.group("place")))
            level = {"regional": "oblast" if ("oblast", place) in self._by_level else "district"}.get(
                m.group("level").lower(), m.group("level").lower())
        elif m := _ASSOCIATION_COMMITTEE_CYR.match(name):
            association = next((en for cyr, _lat, en in _ASSOCIATIONS if m.group("acr") == cyr), None)
            word = (m.group("level") or "").lower()
            level = next((lv for stem, lv in _LEVEL_STEMS if word.startswith(stem)), None) if word else \
                _SHORT_COMMITTEES.get(m.group("short").lower())
            kinds = self._adjectives.get(_adjective_key(m.group("adj")), {})
            found = next((kinds[k] for k in _LEVEL_KINDS.get(level, ()) if k in kinds), None)
            place = found[0] if found else None
        else:
            return None
        if association is None or place is None or level not in _LEVEL_EN:
            return None
        listed = self._by_level.get((level, place)) or self._by_level.get(("district", place))
        return self._made(f"{place} {_LEVEL_EN[level]} Committee of the {association}", listed.oblast if listed else None,
                          "association", place)

    @cached_property
    def _associations(self) -> dict[str, tuple[str, bool]]:
        """Key of an association's name in any form of public_associations.tsv -> (its English name, whether the
        form is a short one a logo prints)."""
        out: dict[str, tuple[str, bool]] = {}
        for english, short, full, *_ in tables.rows(ASSOCIATIONS_FILE):
            for form in filter(None, short.split("|")):
                out.setdefault(_association_key(form), (english, True))
            for form in (english, *filter(None, full.split("|"))):
                out.setdefault(_association_key(form), (english, False))
        return out

    @cached_property
    def _place_names(self) -> dict[str, str]:
        """Key of a district's or town's Russian or Belarusian name -> its English name (Речица, Рэчыца -> Rechitsa)."""
        out: dict[str, str] = {}
        for kind, _oblast, en, ru, be, _ru_adj, _be_adj in rows(BELARUS_FILE):
            if kind in ("district", "town", "city"):
                for name in (ru, be):
                    out.setdefault(_key(name), en)
        return out

    def _association_organization(self, name: str) -> Site | None:
        """A public association's, party's or trade union's organization of a district, town or oblast, in English:
        "Rechitsa District Organization of the Belarusian Red Cross Society" from that English, from the Russian or
        Belarusian ("Рэчыцкая раённая арганізацыя Беларускага Таварыства Чырвонага Крыжа") or from a logo's "<short
        name> | <town>" ("Red Cross | Rechitsa", "Красный Крест | Речица": the district's organization, a town's
        without a district of its own its city organization). None where the place or the association is unknown."""
        association = place = level = None
        if m := _ASSOCIATION_ORG_EN.match(name):  # (or a logo's "<place> <level> <short name>": Mozyr Raion Women's Union)
            association = self._associations.get(_association_key(m.group("of")), (None,))[0]
            place = self._places.get(skeleton(m.group("place")))
            word = m.group("level").lower()
            level = {"raion": "district", "rayon": "district", "town": "city"}.get(word, word)
            if level == "regional":
                level = "oblast" if ("oblast", place) in self._by_level else "district"
        elif m := _ASSOCIATION_ORG_CYR.match(name):
            association = self._associations.get(_association_key(m.group("of")), (None,))[0]
            word = m.group("level").lower()
            level = next((lv for stem, lv in _LEVEL_STEMS if word.startswith(stem)), None)
            kinds = self._adjectives.get(_adjective_key(m.group("adj")), {})
            found = next((kinds[k] for k in _LEVEL_KINDS.get(level, ()) if k in kinds), None)
            place = found[0] if found else None
        else:
            parts = [p for p in _TITLE_PARTS.split(name) if p.strip()]
            if len(parts) != 2:
                return None
            for short, town in (parts, parts[::-1]):
                known = self._associations.get(_association_key(short))
                if known is not None and known[1]:
                    association = known[0]
                    place = self._place_names.get(_key(town)) or self._places.get(skeleton(town)) \
                        if re.fullmatch(r"[^\W\d_][\w'’ -]*", town.strip()) else None
                    break
            level = "district" if ("district", place) in self._by_level else "city"  # (Novopolotsk has no district)
        if association is None or place is None or level not in _LEVEL_EN:
            return None
        listed = self._by_level.get((level, place)) or self._by_level.get(("district", place))
        return self._made(f"{place} {_LEVEL_EN[level]} Organization of the {association}", listed.oblast if listed else None,
                          "association", place)

    def _level_body(self, name: str) -> Site | None:
        """A body named by its place's adjective, maybe its level, and a kind of body_kinds.tsv (form "place"), with
        an eponym of initials and a surname kept: "Гомельский областной драматический театр" -> Gomel Regional Drama
        Theatre, "Навагрудская дзіцячая школа мастацтваў" -> Novogrudok Children's School of Arts, "Кобринское
        районное объединение профсоюзов" -> Kobrin District Association of Trade Unions, "Могилевский областной
        художественный музей имени П.В. Масленикова" -> Mogilev Regional Art Museum named after P.V. Maslenikov."""
        plain, eponym = _eponym(name.strip().strip("«»\""))
        # a number after the kind ("лицей № 1": Lyceum No. 1) and the state's status before the level ("Могилевский
        # государственный областной лицей": Mogilev State Regional Lyceum) are the name's, around the kind and level
        number = re.search(r"\s*№\s*(?P<no>\d{1,3})$", plain)
        plain = plain[:number.start()] if number else plain
        status = re.match(r"^(\S+)\s+(?:государственн|дзяржаўн)\w*\s+(?=(?:областн|абласн|районн|раённ|городск|гарадск)\w*\s)",
                          plain)
        plain = f"{status.group(1)} {plain[status.end():]}" if status else plain
        m = _LEVEL_BODY.match(plain)
        kind = " ".join(m.group("kind").lower().replace("ё", "е").replace("’", "'").split()) if m else ""
        row = next((r for r in self._body_kinds if r[0] in ("place", "level") and r[1] == kind), None)
        if row is None and status and kind:  # "государственный лицей" is the table's kind, the status before it
            row = next((r for r in self._body_kinds if r[0] in ("place", "level") and r[1].split(" ", 1)[-1] == kind
                        and re.match(r"(?:государственн|дзяржаўн)", r[1]) and r[2].startswith("State ")), None)
            row = (row[0], row[1], row[2][len("State "):]) if row else None
        if row is None or (row[0] == "level" and not m.group("level")):
            return None
        word = (m.group("level") or "").lower()
        level = next((lv for stem, lv in _LEVEL_STEMS if word.startswith(stem)), None) if word else None
        kinds = self._adjectives.get(_adjective_key(m.group("adj")), {})
        found = next((kinds[k] for k in (_LEVEL_KINDS.get(level, ()) if level else ("city", "town", "district"))
                      if k in kinds), None)
        if found is None or (word and level not in _LEVEL_EN):
            return None
        place, oblast = found
        label = " ".join(filter(None, (place, _LEVEL_EN.get(level) if level else None, row[2])))
        if status or number:
            label = self.english_name(label)  # (an oblast's institution "Regional" before the status goes in)
            label = f"{place} State {label[len(place) + 1:]}" if status else label
            label = f"{label} No. {number.group('no')}" if number else label
        return self._made(" ".join(filter(None, (label, eponym))), oblast, "institution", place)

    def _numbered(self, name: str) -> Site | None:
        """A numbered school or kindergarten of a town or district (companies.NUMBERED kinds): "ГУО «Гімназія № 1
        г. Маладзечна»" -> Gymnasium No. 1 of Molodechno, "Средняя школа №3 Лидского района" -> Secondary School
        No. 3 of Lida District. None without the territory (a number alone names no one school)."""
        m = _NUMBERED_BODY.match(self._forms.prefix.sub("", name.strip()).strip(" «»\""))
        words = m.group("kind").split() if m else []
        kind = self.companies.numbered(words) if words else None
        low = " ".join(words).lower().replace("ё", "е")
        if row := next((r for r in self._body_kinds if r[0] == "place" and r[1] == low), None):
            kind = (len(words), row[2])  # "Дзіцячая школа мастацтваў № 1 г. Пінска": Children's School of Arts No. 1 of Pinsk
        if kind is None or kind[0] != len(words):
            return None
        territory = self._territory(" ".join(m.group("of").lower().replace("ё", "е").replace("г.", "г. ").split()))
        if territory is None:
            return None
        place = territory.split(" ")[0]
        listed = self._by_level.get(("district", place)) or self._by_level.get(("city", place))
        return self._made(f"{kind[1]} No. {m.group('no')} of {territory}", listed.oblast if listed else None,
                          "institution", place)

    def _institution(self, name: str) -> Site | None:
        """A district's, town's or oblast's institution named in Russian or Belarusian, in English: "УЗ «Слуцкая
        центральная районная больница»" -> Slutsk Central District Hospital, "Навагрудскі раённы цэнтр культуры" ->
        Novogrudok District Centre of Culture, "Территориальный центр социального обслуживания населения
        Жлобинского района" -> Territorial Centre of Social Services for the Population of Zhlobin District. Site
        names are spelled as BelTA's English does (Centre). None unless the whole name is a place and a kind."""
        if company := self._company(name):
            return company
        plain = self._forms.prefix.sub("", name.strip()).strip(" «»\"")
        if not CYRILLIC.search(plain):
            return None
        if re.search(r"[«»\"]", plain):
            return self._named_kind(self._forms.prefix.sub("", name.strip()))
        # an eponym after the body's name: of initials and a surname, kept ("named after M. Gorky"); any other, and
        # a university's, is no part of its English name: "... ўніверсітэт імя Еўфрасінні Полацкай" = Polotsk State University
        plain, eponym = _eponym(plain)
        plain = re.split(r"\s+(?:имени|імя|им\.)\s+", plain, maxsplit=1)[0]
        low = " ".join(plain.lower().replace("ё", "е").split())
        english = self._kind_of_territory(low)
        if english is None:
            toks = tokens(plain)
            hit = self.companies.at(toks, 0) if len(toks) >= 2 else None
            if hit is None or hit[0] != len(toks):
                return self._named_kind(plain)
            english = hit[1]
            level = re.match(r"(?:Central\s+)?(District|Oblast|City|Regional)\b", english[len(english.split(" ")[0]) + 1:])
            if re.search(r"Council|Executive Committee|Duma", english) or (level and not any(
                    (lv, english.split(" ")[0]) in self._by_level for lv in _INSTITUTION_LEVELS[level.group(1)])):
                return None  # a committee or council is named by its level's rules; "Лидская областная ..." is none
        place = english.split(" ")[0]
        listed = self._by_level.get(("district", place)) or self._by_level.get(("city", place))
        if english.endswith(("University", "Academy")):
            eponym = None  # a university's eponym makes its registry name, not its site's ("Gomel State University")
        return self._made(" ".join(filter(None, (english, eponym))), listed.oblast if listed else None, "institution", place)

    @cached_property
    def _dedications(self) -> list[tuple[str, str]]:
        """(adjective stem in Russian or Belarusian, English dedication) of church_dedications.tsv, longest first."""
        return church_dedications()

    @cached_property
    def _village_names(self) -> dict[str, str]:
        """Spelling key (belarusian_key) of a village's Russian or Belarusian name (belarus_settlements.tsv) -> its English
        name as the press spells it: Бобровичи, Бабровічы -> Bobrovichi."""
        out: dict[str, str] = {}
        for _kind, _oblast, en, ru, be, *_ in rows(SETTLEMENTS_FILE):
            for name in filter(None, (ru, be)):
                out.setdefault(belarusian_key(_key(name)), press_spelling(en))
        return out

    def _church(self, name: str) -> Site | None:
        """A church, cathedral, monastery or parish named by its dedication and kind (church_dedications.tsv,
        body_kinds.tsv forms church and parish), maybe its town's adjective before or "г. <town>" after, a diocese's
        name after that dropped: "Приход Свято-Никольского собора г. Бобруйска" -> Parish of St. Nicholas Cathedral in
        Bobruisk, "Свята-Пакроўская царква г. Лiды" -> Intercession Church in Lida, "Пинский Свято-Варваринский женский
        монастырь" -> St. Barbara Convent in Pinsk. None for any other name."""
        words = re.sub(r"\s+[А-ЯЁІЎ][а-яёіў'’-]+\s+(?:епархии|епархіі)$", "", " ".join(name.replace("«", "").replace("»", "")
                                                                               .split())).split()
        low = [w.lower().replace("ё", "е") for w in words]

        def kind_at(i: int, form: str) -> tuple[int, str] | None:
            for f, kind, english in self._body_kinds:
                parts = kind.split()
                if f == form and len(low) >= i + len(parts) and all(
                        w[:4] == k[:4] for w, k in zip(low[i:i + len(parts)], parts)):
                    return len(parts), english
            return None

        i, parish = 0, kind_at(0, "parish")
        i += parish[0] if parish else 0
        town = None
        dedication = None
        for _ in range(2):  # the town's adjective, then the dedication ("Пинский Свято-Варваринский ...")
            if i >= len(low):
                return None
            word = re.sub(r"^свя[тц][оа]-", "", low[i])
            dedication = next((english for stem, english in self._dedications if word.startswith(stem)), None)
            if dedication or town is not None or not _BODY_ADJECTIVE.match(words[i]):
                break
            kinds = self._adjectives.get(_adjective_key(words[i]), {})
            town = next((kinds[k] for k in ("city", "town", "district") if k in kinds), None)
            if town is None:
                return None
            i += 1
        kind = kind_at(i + 1, "church") if dedication else None
        if kind is None:
            return None
        i += 1 + kind[0]
        if i < len(low):  # "г. Бобруйска", "горада Лiды", "д. Новоселки"
            rest = " ".join(words[i:])
            village = re.fullmatch(r"(?:д\.|аг\.|в\.|деревни|вёски|веска|агрогородка|аграгарадка)\s*(?P<v>\S+(?:\s\S+)?)", rest)
            territory = self._village_names.get(belarusian_key(_key(village.group("v")))) if village else \
                self._territory(" ".join(low[i:]).replace("г.", "г. ").replace("  ", " "))
            if territory is None or town is not None:
                return None
            town = (territory, None)
        label = f"{dedication} {kind[1]}" + (f" in {town[0]}" if town else "")
        label = f"{parish[1]} of {label}" if parish else label
        listed = self._by_level.get(("city", town[0])) or self._by_level.get(("district", town[0])) if town else None
        return self._made(label, town[1] if town and town[1] else (listed.oblast if listed else None), "church",
                          town[0] if town else "")

    def _company(self, name: str) -> Site | None:
        """A joint-stock company by its Russian or Belarusian legal form and quoted name: the form first, as the
        press writes it, and the name as the organizations' namer gives it in English: "ОАО «Белшина»" -> OJSC
        Belshina, "ААТ «Слонімскі мясакамбінат»" -> OJSC Slonim Meat Processing Plant, "ОАО «Рассвет» имени К.П.
        Орловского" -> OJSC Rassvet named after K.P. Orlovsky. None for any other name."""
        m = self._forms.company.fullmatch(" ".join(name.split()))
        if m is None:
            return None
        form = press_legal_form(m.group("form"))
        quoted, eponym = _eponym(m.group("name").strip() + (m.group("after") or ""))
        english = self._known_organizations.get(_association_key(quoted)) or self.companies.english(quoted, "ОАО")
        if not english or re.search(r"[«»\"]", english):
            return None
        return self._made(" ".join(filter(None, (form, english, eponym))), None, "company", "")

    @cached_property
    def _body_kinds(self) -> list[tuple[str, str, str]]:
        """(form, kind in Russian or Belarusian, English kind) of body_kinds.tsv, the longest kinds first."""
        out = []
        for k in body_kinds():
            out += [(k.form, kind.replace("ё", "е"), k.english) for kind in {k.ru, k.be} if kind]
        return sorted(out, key=lambda row: -len(row[1]))

    def _territory(self, words: str) -> str | None:
        """The English name of a territory in the genitive or dative: "гомельской области" -> Gomel Oblast,
        "оршанскому району" -> Orsha District, "г. минска" -> Minsk; None for anything else."""
        if m := re.fullmatch(r"(\S+)\s+(област\w*|вобласц\w*|район\w*|раен\w*)", words):
            level = "oblast" if m.group(2).startswith(("обл", "воб")) else "district"
            found = self._adjectives.get(_adjective_key(m.group(1)), {}).get(level)
            return f"{found[0]} {_LEVEL_EN[level]}" if found else None
        if m := re.fullmatch(r"(?:г\.|города|горада)\s*(\S+)", words):
            g = m.group(1)  # Минска, Лепеля, Лиды, Маладзечна, Магілёва: Минск, Лепель, Лида, Маладзечна, Магілёў
            return next((self._place_names[_key(t)] for t in (_town_nominative(g), g, g[:-1] + "ь", g[:-1] + "а",
                                                               g[:-1] + "о", g[:-2] + "ў") if _key(t) in self._place_names), None)
        return None

    def _committee_office(self, name: str) -> Site | None:
        """An executive committee's own office named before the committee (body_kinds.tsv form "committee"): "Сектор
        спорта и туризма Кобринского райисполкома" -> Sports and Tourism Sector of the Kobrin District Executive
        Committee -- that office's site, never the committee's. None for any other name."""
        flat = " ".join(name.split())
        low = flat.lower().replace("ё", "е")
        for form, kind, english in self._body_kinds:
            if form == "committee" and low.startswith(kind + " "):
                parent = self.get(flat[len(kind) + 1:])
                if parent is not None and parent.level in ("oblast", "district", "city"):
                    return self._made(f"{english} of the {parent.name}", parent.oblast, "department", parent.place)
        return None

    def _kind_of_territory(self, low: str) -> str | None:
        """A body named by its kind and the territory it serves (body_kinds.tsv, forms "of" and "for"), in
        lower case: "государственный архив гомельской области" -> State Archive of Gomel Oblast; a kind named after
        its place (form "place") with the territory after it is named place first, as if by its adjective: "ледовый
        дворец г. пинска" -> Pinsk Ice Palace, "станцыя пералівання крыві брэсцкай вобласці" -> Brest Regional Blood
        Transfusion Station (an oblast's institution is Regional: english_name)."""
        for form, kind, english in self._body_kinds:
            if form in ("of", "for", "place") and low.startswith(kind + " "):
                rest = low[len(kind) + 1:]
                rest = rest[3:] if form == "for" and rest.startswith(("по ", "па ")) else rest
                territory = self._territory(rest)
                if territory:
                    return f"{territory} {english}" if form == "place" else f"{english} {form} {territory}"
        return None

    def _named_kind(self, name: str) -> Site | None:
        """A body named by a kind of body_kinds.tsv and its own name in quotes: a known organization's English
        name (registry.json), else the kind's with the quoted name as the press romanizes it:
        "Нацыянальны парк «Прыпяцкі»" -> Pripyatsky National Park, "Санаторий «Приозерный»" -> Sanatorium
        Priozerny. None for any other kind."""
        m = re.fullmatch(r"(?P<kind>[^«»\"]+?)\s*[«\"](?P<name>[^«»\"]+)[»\"]", name.strip()) or \
            re.fullmatch(r"(?P<name>[А-ЯЁІЎ][а-яёіў'’-]+(?:ий|ій|і|ы|ый|ая|ое|ае))\s+(?P<kind>[а-яёіў'’ -]+)", name.strip())
        if m is None:  # (the second: an adjective before its kind, "Березинский биосферный заповедник")
            return None
        low = " ".join(m.group("kind").lower().replace("ё", "е").split())
        row = next((r for r in self._body_kinds if r[0] in ("name-kind", "kind-name") and r[1] == low), None)
        if row is None:
            return None
        if known := self._known_organizations.get(_association_key(name)):
            return self._made(known, None, "institution", "")
        quoted = m.group("name").strip()
        # a Belarusian first name as a body's name is romanized from its Russian form, as the press writes it
        # («Надзея»: Nadezhda, the language registry's press_first_names)
        quoted = self._press_first_names.get(quoted[:1] + quoted[1:].lower(), quoted) if " " not in quoted else quoted
        own = self._known_organizations.get(_association_key(quoted)) or self.companies.english(quoted) \
            or self.companies.english(" ".join(w[:1].upper() + w[1:] for w in quoted.split()))
        if not own:
            return None
        own = re.sub(r"(?<=[nr])yy$", "y", own)  # Приозерный: Priozerny, as the press ends it
        label = f"{own} {row[2]}" if row[0] == "name-kind" else f"{row[2]} {own}"
        return self._made(label, None, "institution", "")

    @cached_property
    def _press_first_names(self) -> dict[str, str]:
        """A first name in a language whose press romanizes it from another's form -> that form (Надзея -> Надежда)."""
        return {name: other for language in resolve_languages(None) for name, other in language.press_first_names.items()}

    @cached_property
    def _known_organizations(self) -> dict[str, str]:
        """Key of a known organization's Russian or Belarusian name or alias (registry.json) -> its English label."""
        out: dict[str, str] = {}
        for form, english in _organization_names():
            if CYRILLIC.search(form):
                out.setdefault(_association_key(form), english)
        return out

    def _located(self, name: str) -> Site | None:
        """A committee followed by the district or oblast it lies in, as its own site says where it is:
        "Vasilevichi City Executive Committee, Rechitsa District" -> the town's, "Orsha District Executive
        Committee, Vitebsk Oblast" -> the district's (not a department of the oblast's)."""
        m = re.fullmatch(r"(?P<body>.+?),\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:District|Raion|Rayon|Oblast|Region)", name)
        site = self.get(m.group("body")) if m else None
        return site if site is not None and site.level in ("district", "city", "settlement", "village") else None

    def _made(self, label: str, oblast: str | None, level: str, place: str) -> Site:
        """A site named from its parts that the registry does not list: made once, then known by its label
        (as english_name spells it)."""
        site = self._by_name.get(_key(label))
        if site is None:
            name = self.english_name(label)
            site = self._by_name.get(_key(name)) or Site(name, {"en": name}, oblast, [], level, place)
            self._by_name[_key(label)] = self._by_name[_key(name)] = site
        return site

    @cached_property
    def _spellings(self) -> list[tuple[re.Pattern, str]]:
        """(printed kind words, the service's spelling) of site_spellings.tsv."""
        return [(re.compile(rf"\b(?:{printed})\b", re.I), spelled.strip())
                for printed, spelled, *_ in tables.rows(SPELLINGS_FILE)]

    @cached_property
    def _of_kinds(self) -> list[tuple[str, str]]:
        """(English kind, "of" or "for") of body_kinds.tsv's bodies named after the territory they serve, longest first."""
        return sorted({(english, form) for form, _kind, english in self._body_kinds if form in ("of", "for")},
                      key=lambda row: -len(row[0]))

    @cached_property
    def _regional_kinds(self) -> frozenset[str]:
        """The English "of" kinds of body_kinds.tsv whose oblast's body is "<place> Regional <kind>" (its column 5)."""
        return frozenset(k.english for k in body_kinds() if k.form == "of" and k.regional == "regional")

    @cached_property
    def _known_english(self) -> dict[str, str]:
        """Key of a known organization's English label or Latin alias (registry.json) -> its English label."""
        out: dict[str, str] = {}
        for form, english in _organization_names():
            if not CYRILLIC.search(form) and len(form) > 3:
                out.setdefault(_key(form), english)
        return out

    @cached_property
    def _kind_nouns(self) -> frozenset[str]:
        """The last words of body_kinds.tsv's English kinds: the nouns a body's name ends in (Zoo, Museum, Office)."""
        return frozenset(english.split()[-1] for _form, _kind, english in self._body_kinds)

    def _names_kind(self, name: str) -> bool:
        """Whether an English name the registry does not know names a body of a kind of body_kinds.tsv or a company
        ("Grodno State Zoo", "NAFTAN OJSC"): the page's own name, not its host's committee (a zoo's pages on the
        city's portal are the zoo's)."""
        if CYRILLIC.search(name):
            return False  # (a Cyrillic name is a body's by its kind tables, never by its words translated one by one)
        english = self.english_name(name)
        if not english[:1].isupper():
            return False
        return bool(re.match(r"(?:OJSC|CJSC) ", english)) or english.split()[-1] in self._kind_nouns

    def english_name(self, name: str) -> str:
        """A body's English name as the service spells sites, whatever its own page printed: kind words of
        site_spellings.tsv ("Berestovitsa Rayon Veterinary Station" -> Berestovitsa District Veterinary Station,
        "Gomel Regional Philharmonia" -> Gomel Regional Philharmonic), a header in capitals in title case, a legal
        form before the name ("NAFTAN OJSC" -> OJSC Naftan), a body of body_kinds.tsv after the territory it serves
        ("Rechitsa District Prosecutor's Office" -> Prosecutor's Office of Rechitsa District), an oblast's
        institution "Regional" (Gomel Oblast TV and Radio Company -> Gomel Regional TV and Radio Company), a committee's
        department as the organizations facet names it (Kobrin District Education Department -> Education Department of
        the Kobrin District Executive Committee), a known
        organization named after its place by its registry label ("Brest International Airport" -> Brest Airport,
        "Gomel Circus" -> Gomel State Circus; the registry's "Grodnoinvest Free Economic Zone" does not rename the page's
        "Free Economic Zone Grodnoinvest": a label of another shape is the registry's spelling, not the site's)."""
        name = " ".join(name.split())
        if CYRILLIC.search(name):
            # a name no rule put in English, by its parts: its place, its kind words, the rest romanized -- a facet
            # value is never Cyrillic ("Пинский государственный аграрный колледж": Pinsk State Agrarian College)
            name = self.companies.described(self._forms.prefix.sub("", name))
        if m := _INSTITUTION_FORM.fullmatch(name) or _INSTITUTION_STATUS.match(name):
            name = m.group("name").strip()  # "State Educational Institution «Secondary School No. 3 of Lida»"
        name = re.sub(r"(?:№|\bNo\.?)\s*(?=\d)", "No. ", name)  # "Gymnasium №1", "No.1": No. 1
        if (m := re.search(r"\s+named after\s+(?P<who>.+)$", name)) and (
                not re.match(r"(?:[A-Z][a-z]?\.\s*){1,2}[A-Z]", m.group("who")) or name[:m.start()].endswith(("University", "Academy"))):
            name = name[:m.start()]  # as in Russian (_eponym): only an eponym of initials is kept, never a university's
        if re.fullmatch(r"[A-Z0-9 ,.'’()&№-]+", name) and re.search(r"[A-Z]{4}", name):  # a header in capitals
            name = " ".join(w if len(w) <= 3 and w.isalpha() and w.title() not in _CAPITALS_LINKING or
                            w.lower().rstrip(".") in self._forms.latin else _CAPITALS_LINKING.get(w.title(), w.title())
                            for w in name.split())
        form = None
        if (m := self._forms.after.match(name) or self._forms.before.match(name)) and len(m.group("name")) >= 3:
            form, name = self._forms.latin[m.group("form").lower()], m.group("name").strip(" ,«»\"")
        name = self._unit_named(name)
        for printed, spelled in self._spellings:
            name = printed.sub(spelled, name)
        if (m := re.fullmatch(r"(?P<kind>.+?)\s+of\s+(?P<place>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?)\s+Oblast", name)) \
                and m.group("kind") in self._regional_kinds:
            name = f"{m.group('place')} Regional {m.group('kind')}"  # "Court of Mogilev Oblast": Mogilev Regional Court
        for kind, linking in self._of_kinds:
            if kind in self._regional_kinds and (m := re.fullmatch(rf"(?P<place>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?)\s+"
                                                                   rf"(?:Oblast|Regional)\s+{re.escape(kind)}", name)):
                name = f"{m.group('place')} Regional {kind}"
                break
            if m := re.fullmatch(rf"(?P<place>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?)\s+(?P<level>District|Oblast|Regional)\s+"
                                 rf"{re.escape(kind)}", name):
                level = "Oblast" if m.group("level") == "Regional" else m.group("level")
                name = f"{kind} {linking} {m.group('place')} {level}"
                break
        name = _OBLAST_INSTITUTION.sub(r"\g<place> Regional ", name)
        # "Kobrin District Education Department": a committee's department, named as the organizations facet names it
        name = executive_department(name) or name
        known = self._known_english.get(_key(name), name)
        if known.split(" ")[0] == name.split(" ")[0]:  # a place's body: the registry's of its variants ("State", "International")
            name = known
        return f"{form} {name}" if form else name

    def _unit_named(self, name: str) -> str:
        """A company's or a service's unit as the press names it (_UNIT_PARENT_FIRST, _FormPatterns.unit_of): "Belpochta Grodno
        Branch" -> Grodno Branch of Belpochta, "Brest Electric Networks branch of RUE Brestenergo" -> Brest Electric
        Networks; a unit named by its place alone keeps its parent ("Vitebsk Branch of the ..."). Any other name as is."""
        if (m := _UNIT_PARENT_FIRST.match(name)) and skeleton(m.group("place")) in self._places \
                and skeleton(m.group("parent").split()[0]) not in self._places:
            parent = self._known_english.get(_key(m.group("parent")), m.group("parent"))
            return " ".join(filter(None, (m.group("place"), m.group("level"), m.group("unit").title(), "of", parent)))
        if (m := self._forms.unit_for_oblast.match(name)) and (m.group("parent") or m.group("parent2")) \
                and skeleton(m.group("place")) in self._places:
            parent = m.group("parent") or m.group("parent2")
            parent = self._known_english.get(_key(parent), parent)
            return f"{m.group('place')} Regional {m.group('unit').title()} of {parent}"
        if (m := self._forms.unit_of.match(name)) and not self._only_place(m.group("name")):
            return m.group("name").strip(" ,")
        return name

    def _only_place(self, name: str) -> bool:
        """Whether a unit's name is its place alone, maybe with a level: "Grodno", "Mogilev Regional"."""
        plain = re.sub(r"\s+(?:regional|oblast|district|city|town)$", "", name.strip(), flags=re.I)
        return skeleton(plain) in self._places

    def _unit(self, name: str) -> Site | None:
        """A company's or a service's unit in Russian or Belarusian (_UNIT_NAMED_CYR, _UNIT_PLACE_CYR), named as in
        English: "Филиал «Брестские электрические сети» РУП «Брестэнерго»" -> Brest Electric Networks, "Гродненский
        филиал РУП «Белпочта»" -> Grodno Branch of Belpochta. None where the parent or the place is unknown."""
        flat = " ".join(name.split())
        if m := _UNIT_NAMED_CYR.match(flat):
            own = self._known_organizations.get(_association_key(m.group("name"))) or self.companies.english(m.group("name"))
            return self._made(own, None, "company", "") if own and not re.search(r"[«»\"]", own) else None
        if not (m := _UNIT_PLACE_CYR.match(flat)):
            return None
        kinds = self._adjectives.get(_adjective_key(m.group("adj")), {})
        word = (m.group("level") or "").lower()
        level = next((lv for stem, lv in _LEVEL_STEMS if word.startswith(stem)), None)
        found = next((kinds[k] for k in (_LEVEL_KINDS.get(level, ()) if level else ("city", "town", "district"))
                      if k in kinds), None)
        parent = re.sub(r"^(?:(?:РУП|УП|ОАО|ААТ|ЗАО|ЗАТ)\s+)", "", m.group("parent")).strip("«»\" ")
        english = next((self._known_organizations[k] for k in (_association_key(parent),
                                                               _association_key(re.sub(r"^[А-ЯЁІЎ]{2,4}\s+", "", parent)))
                        if k in self._known_organizations), None) or self.companies.english(parent)
        if found is None or not english or re.search(r"[«»\"А-Яа-яЁё]", english):
            return None
        level_en = {"oblast": "Regional", "district": "District", "city": "City"}.get(level)
        label = " ".join(filter(None, (found[0], level_en, _UNIT_WORDS[m.group("unit").lower()], "of", english)))
        return self._made(label, found[1], "company", found[0])

    @cached_property
    def _adjectives(self) -> dict[str, dict[str, tuple[str, str | None]]]:
        """Key of a territory adjective's stem -> {row kind: (English place, oblast id)}: Лидский and
        Лідскага -> {"district": ("Lida", ...)}; Брестский -> the oblast, the district and the city."""
        out: dict[str, dict[str, tuple[str, str | None]]] = {}
        for kind, oblast, en, _ru, _be, ru_adj, be_adj in rows(BELARUS_FILE):
            oblast_id = f"place:by-oblast:{oblast}" if oblast != "minsk-city" else None
            place = en.split()[0] if kind == "oblast" else en
            for adj in {ru_adj, be_adj} - {""}:
                out.setdefault(_adjective_key(adj), {}).setdefault(kind, (place, oblast_id))
        return out

    @cached_property
    def _russian_adjectives(self) -> dict[str, str]:
        """Key of a territory adjective's stem (Russian or Belarusian) -> its Russian adjective: Светлагорскі,
        Светлогорский -> Светлогорский."""
        out: dict[str, str] = {}
        for _kind, _oblast, _en, _ru, _be, ru_adj, be_adj in rows(BELARUS_FILE):
            for adj in {ru_adj, be_adj} - {""}:
                out.setdefault(_adjective_key(adj), ru_adj)
        return out

    def _composed(self, name: str) -> Site | None:
        """A committee or council of deputies named by its territory's adjective, level and kind: "Лидский
        горисполком" -> Lida City Executive Committee (a city committee besides the district's), "Минского
        областного Совета депутатов" -> Minsk Oblast Council of Deputies; None where the adjective names
        no territory of that level."""
        m = _COMPOSED.match(name)
        if m is None:
            return None
        if m.group("short"):
            short = m.group("short").lower()  # "Коссовского горисполкома": the genitive too
            level, body = _SHORT_BODIES.get(short) or _SHORT_BODIES.get(short[:-1] if short.endswith("а") else "", (None, None))
        else:
            word = m.group("level").lower()
            level = next((lv for stem, lv in _LEVEL_STEMS if word.startswith(stem)), None)
            body = "council" if re.match(r"со|са", m.group("body"), re.I) else "ec"
        if level is None:
            return None
        kinds = self._adjectives.get(_adjective_key(m.group("adj")), {})
        found = next((kinds[k] for k in _LEVEL_KINDS[level] if k in kinds), None)
        if found is None and level in ("city", "settlement"):
            found = self._settlement_of(m.group("adj"))  # a town of a district, a settlement: "Старобинский поселковый"
        if found is None:
            return None
        place, oblast = found
        if body == "ec":
            listed = self._by_level.get((level, place))
            if listed is not None:
                return listed
            return self._made(f"{place} {_LEVEL_EN[level]} Executive Committee", oblast, level, place)
        return self._made(f"{place} {_LEVEL_EN[level]} Council of Deputies", oblast, f"{level}-council", place)

    def _settlement_of(self, adjective: str) -> tuple[str, str | None] | None:
        """(English name, oblast id) of the town or settlement an adjective is made from, as for a village
        council's: Фанипольский -> Fanipol, Коссовского -> Kossovo, Высокаўскі -> Vysokoye, Езярышчанскі ->
        Yezerishche; None where no file lists it."""
        return next((self._towns[k] for k in map(belarusian_key, _adjective_bases(adjective)) if k in self._towns), None)

    def _english_village(self, name: str) -> Site | None:
        """"Zhdanovichi village council, Minsk District" -> Zhdanovichi Village Executive Committee: a village
        council's site is its executive committee's (the council of deputies is named so in full)."""
        m = _ENGLISH_VILLAGE.match(name)
        if m is None:
            return None
        written = m.group("village")
        village = self._latin_villages.get(skeleton(written))
        en, oblast = village if village else (written, None)
        kind = "Council of Deputies" if "deputies" in m.group("body").lower() else "Executive Committee"
        return self._made(f"{en} Village {kind}", oblast, "village", en)

    @cached_property
    def _latin_villages(self) -> dict[str, tuple[str, str | None]]:
        """Skeleton of any romanization of a village or town -> (English name, oblast id)."""
        return self._latin_places((SETTLEMENTS_FILE, BELARUS_FILE))

    @cached_property
    def _latin_towns(self) -> dict[str, tuple[str, str | None]]:
        """As `_latin_villages`, the towns of belarus_places.tsv first where a village shares the spelling."""
        return self._latin_places((BELARUS_FILE, SETTLEMENTS_FILE))

    @staticmethod
    def _latin_places(paths) -> dict[str, tuple[str, str | None]]:
        out: dict[str, tuple[str, str | None]] = {}
        for path in paths:
            for kind, oblast, en, ru, be, *_ in rows(path):
                if kind not in ("settlement", "town", "district"):
                    continue
                oblast_id = f"place:by-oblast:{oblast}" if oblast and oblast != "minsk-city" else None
                named = _english_village_name(en, path)
                for spelling in {en, *latin_forms(ru, "ru"), *(latin_forms(be, "be") if be else ())}:
                    out.setdefault(skeleton(spelling), (named, oblast_id))
        return out

    def _department(self, name: str) -> Site | None:
        """A department of an executive committee: "Главное управление по здравоохранению Гомельского
        облисполкома" = "Main Health Department of the Gomel Oblast Executive Committee" (the organization
        facet's name for it); "Department of Education of the Brest Oblast Executive Committee" = "Education
        Department of the ...". None unless the rest is a known committee."""
        toks = tokens(re.sub(r"(?<!\w)ў", "у", name))  # "ўпраўленне" after a vowel is "упраўленне"
        hit = department_at(toks, 0) if len(toks) > 2 else None
        if hit is not None and hit[0] < len(toks):
            parent = self.get(name[toks[hit[0]][1]:])
            if parent is not None and parent.level in ("oblast", "district", "city"):
                label = f"{hit[1]} of the {parent.name}"
                return self._made(executive_department(label) or label, parent.oblast, "department", parent.place)
        for m in re.finditer(r"\s+of\s+(?:the\s+)?|,\s+", name):  # (", ": "Main Department of Education, X Oblast ...")
            head, rest = name[:m.start()], name[m.end():]
            if re.fullmatch(r"(?:the\s+)?executive\s+committee", head, re.I):
                parent = self.get(rest)  # "Executive Committee of the City of Grodno": the city's own, not its department
                if parent is not None and parent.level in ("oblast", "district", "city", "settlement"):
                    return parent
                continue
            if not _ENGLISH_DEPARTMENT.match(head) and not (_ENGLISH_SUB_BODY.match(head) and _AUTHORITY.search(rest)):
                continue
            parent = self.get(rest)
            if parent is None or parent.level not in ("oblast", "district", "city"):
                continue
            label = re.sub(r"^the\s+", "", f"{head} of the {parent.name}", flags=re.I)
            return self._made(executive_department(label) or label, parent.oblast, "department", parent.place)
        return None

    @cached_property
    def _villages(self) -> dict[str, tuple[str, str | None]]:
        """The stem a village council's adjective is made of -> (village's English name, oblast id):
        Ратомка -> "ратом" (Ратомский), Щомыслица -> "щамислиц" (Щомыслицкий), Ждановичи -> "жданавич"
        (Ждановичский), in the spelling key that Russian and Belarusian share."""
        return self._stems(towns_first=False)

    @cached_property
    def _towns(self) -> dict[str, tuple[str, str | None]]:
        """As `_villages`, a town of belarus_places.tsv first where a village shares its stem (Коссово, not
        Косовка): a town's or settlement's committee is named so."""
        return self._stems(towns_first=True)

    def _stems(self, towns_first: bool) -> dict[str, tuple[str, str | None]]:
        out: dict[str, tuple[str, str | None]] = {}
        places = [(oblast, press_spelling(en), ru, be) for _k, oblast, en, ru, be, *_ in rows(SETTLEMENTS_FILE)]
        towns = [(oblast, en, ru, be) for kind, oblast, en, ru, be, *_ in rows(BELARUS_FILE) if kind == "town"]
        places = towns + places if towns_first else places + towns
        # last, a village named with its size or age ("Большие Мотыкалы"): its council is named after the rest
        # (Матыкальскі сельсавет: Motykaly Village Executive Committee)
        places += [(oblast, en.split(" ", 1)[1], ru.split(" ", 1)[1], be.split(" ", 1)[1] if " " in be else "")
                   for oblast, en, ru, be in places if _SIZE_PREFIX.match(ru) and " " in en]
        for oblast, en, ru, be in places:
            for name in {ru, be} - {""}:
                key = belarusian_key(name)
                stems = [key[:-2] if key.endswith("ка") else None, key[:-1] if key[-1:] in "аеиу" else key]
                # Палыкавічы -> Палыковіцкі, Клейнікі -> Клейніцкі
                stems += [stems[1][:-1] + "ц"] if stems[1].endswith(("ч", "к")) else []
                if re.search(r"(?:ск|цк)(?:ий|і)$", name):  # a settlement named by an adjective: Краснасельскі
                    stems.append(belarusian_key(_adjective_bases(name)[0]))
                for stem in stems:
                    if stem and len(stem) >= 3:
                        out.setdefault(stem, (en, f"place:by-oblast:{oblast}" if oblast and oblast != "minsk-city" else None))
        return out

    def _village_council(self, name: str) -> Site | None:
        """The site of a village council or its executive committee, named by the village's adjective: "Ратомский
        сельисполком" and "Ратамскі сельсавет" -> "Ratomka Village Executive Committee", "Ратомского сельского
        Совета депутатов" -> "Ratomka Village Council of Deputies"; a village no file lists keeps its
        adjective, romanized ("Zarechensky Village Executive Committee")."""
        m = _VILLAGE_COUNCIL.match(name)
        if m is None:
            return None
        adj = m.group("adj")
        # the adjective's base, then without its -ан (Калодзішчанскі: Калодзішчы), a ў or an -ов (Новосёлковский: Новосёлки)
        village = next((self._villages[k] for k in map(belarusian_key, _adjective_bases(adj)) if k in self._villages), None)
        nominative = re.sub(r"(?:ого|ага)$", "ий", re.sub(r"і$", "ий", adj))
        en = village[0] if village else press_form(transliterate(nominative.translate(_BE_TO_RU), "ru-bgn"))
        en = re.sub(r"iy$", "y", en)
        # "сельсовет" is what people call the village's executive committee, whose site it is; the
        # council of deputies is named in full ("сельский Совет депутатов")
        council = re.match(r"сельск\w*\s+(?:совет|савет)", m.group("body"), re.I)
        label = f"{en} Village Council of Deputies" if council else f"{en} Village Executive Committee"
        site = self._by_name.get(_key(label))
        if site is None:
            site = Site(label, {"en": label}, village[1] if village else None, [], "village", en)
            self._by_name[_key(label)] = site
        return site

    def body_at(self, words: list[str]) -> tuple[int, Site] | None:
        """(words, site) of a town's, settlement's or village's own body named from its parts at the start of
        `words`, in any case, as a story names it: "Краснасельскім пасялковым выканкаме", "Старобинском
        поссовете", "Пакалюбіцкага сельвыканкама" (the committees no list holds; a district's or oblast's is
        found by its listed names). None where the adjective names no place of that level."""
        if len(words) < 2 or not _BODY_ADJECTIVE.match(words[0]):
            return None
        adjective = _genitive(words[0])
        for n in (4, 3, 2):
            if len(words) < n:
                continue
            rest = [("", "") if _VILLAGE_SOVIETS.match(w) else _BODY_WORDS_GENITIVE.get(w.lower()[:5], (None, None))
                    for w in words[1:n]]
            if not all(stem is not None and re.match(stem, w, re.I) for (stem, _), w in zip(rest, words[1:n])):
                continue
            phrase = " ".join([adjective, *(_genitive_word(w, form, adjective.endswith("ага"))
                                            for (_, form), w in zip(rest, words[1:n]))])
            site = self.get(phrase)
            if site is not None and site.level in ("city", "settlement", "village", "city-council", "settlement-council"):
                return n, site
        return None

    def find(self, text: str) -> Site | None:
        """The known site a longer string names: a whole <title> ("Новости | Официальный сайт
        Оршанского райисполкома"), a footer line. Parts first, then the longest name inside."""
        if not text or not text.strip():
            return None
        site = self.get(text)
        if site is not None:
            return site
        for part in _TITLE_PARTS.split(text):
            if part.strip() and (site := self.get(part)) is not None:
                return site
        low = f" {_key(text)} "
        inside = [(len(k), s) for k, s in self._by_name.items() if len(k) > 12 and f" {k} " in low]
        if inside:
            return max(inside, key=lambda x: x[0])[1]
        for m in re.finditer(r"[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)?\s+(?:District|Raion|Rayon|Oblast|City|Town|Regional|Region)"
                             r"\s+Executive\s+Committee", text):
            if (site := self._english(m.group(0))) is not None:
                return site
        return None

    def _english(self, name: str) -> Site | None:
        m = _ENGLISH.match(name.strip())
        if not m:
            return None
        written = m.group("place") or m.group("place2") or m.group("city") or m.group("place3") or m.group("place4")
        place = self._places.get(skeleton(written))
        level = _ENGLISH_LEVEL.get((m.group("level") or m.group("level3") or "").lower())
        if m.group("short"):
            level = _ENGLISH_SHORT[m.group("short")[:2].lower()]
        if (place is None or level == "settlement") and level in ("city", "settlement") \
                and re.search(r"executive\s+committee", name, re.I) and not m.group("council"):
            # a town's or an urban settlement's own committee, no district's: "Vasilevichi City Executive
            # Committee", "Yelizovo Settlement Executive Committee"
            town = self._latin_towns.get(skeleton(re.sub(r"\s+urban$", "", written, flags=re.I)))
            return self._made(f"{town[0]} {_LEVEL_EN[level]} Executive Committee", town[1], level, town[0]) if town else None
        if place is None:
            return None
        if m.group("city"):
            return self._by_level.get(("city", place))
        if m.group("place2"):  # "Orsha Executive Committee": the town's own committee, else its district's
            return self._by_level.get(("city", place)) or self._by_level.get(("district", place))
        if level == "region":
            level = "oblast" if ("oblast", place) in self._by_level else "district"
        listed = self._by_level.get((level, place))
        if listed is None and level in ("city", "district", "oblast") and (listed := self._by_level.get(("district", place))):
            oblast = listed.oblast  # a town's own committee or council besides its district's: "Soligorsk City ..."
        else:
            oblast = listed.oblast if listed else None
        if m.group("council"):
            return self._made(f"{place} {_LEVEL_EN[level]} Council of Deputies", oblast, f"{level}-council", place) \
                if listed is not None else None
        if listed is not None and listed.level != level:
            return self._made(f"{place} {_LEVEL_EN[level]} Executive Committee", oblast, level, place)
        return listed

    def for_host(self, host: str | None) -> Site | None:
        """The committee whose site a host is: listed in site_hosts.tsv, or its place name in a
        gov.by host (or any host whose labels mark a committee: rik, raion, region, city, gorod)."""
        if not host:
            return None
        host = host.lower().rstrip(".").split(":")[0]
        host = host[4:] if host.startswith("www.") else host
        if host in self._hosts:
            return self._hosts[host]
        labels = host.split(".")
        if (council := self._council_host(labels)) is not None:
            return council
        gov = host.endswith(".gov.by")
        labels = labels[:-2] if gov else labels[:-1]
        if host.endswith(".by") and (site := self._city_district_host(labels)) is not None:
            return site
        if gov and len(labels) >= 2 and (site := self._village_host(labels)) is not None:
            return site
        found: list[tuple[str | None, str]] = []  # (level marked, place) per label, left to right
        marks: set[str] = set()
        for label in labels:
            if label in _HOST_MARKERS:
                marks.add(_HOST_MARKERS[label])
                continue
            parts = label.split("-")
            level = None
            named = [p for p in parts if p not in _HOST_MARKERS]
            for p in parts:
                if p in _HOST_MARKERS:
                    level = _HOST_MARKERS[p]
            place = self._places.get(skeleton("".join(named))) if named else None
            if place is None and (m := _HOST_SUFFIX.match("-".join(named))):
                place, level = self._places.get(skeleton(m.group("name"))), _HOST_MARKERS[m.group("marker")]
            if place is not None:
                found.append((level, place))
        # "bobruisk.by", "novopolotsk.by": a city committee's own short domain
        city_domain = len(labels) == 1 and host.endswith(".by") and bool(found) and ("city", found[0][1]) in self._by_level
        if not found or not (gov or marks or any(level for level, _ in found) or city_domain):
            return None
        # an oblast portal hosts its districts' sites ("baranovichi.brest-region.gov.by" is the
        # district; the city committee has a domain of its own)
        under_oblast = "oblast" in marks or any(level == "oblast" for level, _ in found)
        for level, place in found:  # the leftmost label below an oblast domain is the committee
            mark = level or (marks - {"oblast"} and next(iter(marks - {"oblast"}))) or \
                ("district" if under_oblast else None)
            if level == "oblast":
                continue
            site = self._site_at(mark, place)
            if site is not None:
                return site
        for level, place in found:
            if level == "oblast" or "oblast" in marks:
                return self._by_level.get(("oblast", place))
        return None

    @cached_property
    def _city_districts(self) -> dict[str, tuple[set[str], list[tuple[str, Site]]]]:
        """City -> (skeletons of its romanizations, [(skeleton of its district's name, administration)])."""
        out: dict[str, tuple[set[str], list[tuple[str, Site]]]] = {}
        for site in self._sites:
            if site.level == "city-district":
                en, city = site.place.split("@")
                spellings = out.setdefault(city, ({k for k, v in self._places.items() if v == city}, []))
                spellings[1].append((skeleton(en), site))
        return out

    def _city_district_host(self, labels: list[str]) -> Site | None:
        """A district administration's host: the city's name and a prefix of the district's (or the railway
        district's "zhd") in any labels -- "zhd.gomel.gov.by", "oktgrodno.gov.by", "grodno-lenin.gov.by",
        "adm-moskovsky.brest.by"; the capital's with an "adm" label and no city. None otherwise."""
        words = [w for label in labels for w in label.split("-") if w and w != "www"]
        if any(w in ("region", "obl", "oblast", "oblispolkom") for w in words):
            return None  # an oblast portal's subdomain is a district committee
        admin = any(w in _ADMIN_WORDS for w in words)
        words = [w for w in words if w not in _ADMIN_WORDS and w not in _HOST_MARKERS]
        for city, (spellings, districts) in self._city_districts.items():
            rest = []
            named = False
            for word in words:
                key = skeleton(word)
                if key in spellings:
                    named = True
                    continue
                for c in spellings:  # "oktgrodno", "gomelzhd": the city's name glued to the district's
                    if len(key) > len(c) and (key.startswith(c) or key.endswith(c)):
                        key, named = (key[len(c):] if key.startswith(c) else key[:-len(c)]), True
                        break
                rest.append(key)
            if not (named or (admin and city == "Minsk")) or len(rest) != 1:
                continue
            short = _DISTRICT_ABBREVIATIONS.get(rest[0], rest[0])
            hits = [site for key, site in districts if len(short) >= 3 and key.startswith(short)]
            if len(hits) == 1:
                return hits[0]
        return None

    def _village_host(self, labels: list[str]) -> Site | None:
        """A village council's site under its district's host: "polykovichi.mogilev-raion.gov.by"."""
        first = labels[0]
        if first in _HOST_MARKERS or skeleton(first) in self._places:
            return None
        village = self._latin_villages.get(skeleton(first))
        district = self.for_host(".".join(labels[1:]) + ".gov.by")
        if village is None or district is None or district.level != "district":
            return None
        return self._made(f"{village[0]} Village Executive Committee", village[1] or district.oblast, "village", village[0])

    def _council_host(self, labels: list[str]) -> Site | None:
        """A council of deputies' own host: "bobruisk-sovet.gov.by", "soligorsk-sovet.gov.by" (the
        town's council where it has one, else its district's)."""
        first = labels[0]
        if not (first.endswith("sovet") and len(first) > 6):
            return None
        place = self._places.get(skeleton(first[:-5].rstrip("-")))
        if place is None:
            return None
        for kind in ("city-council", "district-council", "oblast-council"):
            if (site := self._by_level.get((kind, place))) is not None:
                return site
        return next((s for s in self._councils_of(place)), None)

    def _councils_of(self, place: str):
        for kind in ("City", "District", "Oblast"):
            if (site := self.find(f"{place} {kind} Council of Deputies")) is not None:
                yield site

    def _site_at(self, level: str | None, place: str) -> Site | None:
        if level is None:
            level = "city" if ("city", place) in self._by_level else "district"
        return self._by_level.get((level, place)) or self._by_level.get(("district", place))

    def for_url(self, url: str | None) -> Site | None:
        if not url:
            return None
        try:
            return self.for_host(urlsplit(url.strip()).hostname)
        except ValueError:
            return None

    def canonical(self, name: str | None) -> str | None:
        """The canonical site name: a known site's English name; else the name without boilerplate."""
        if not name or not name.strip():
            return None
        if is_boilerplate(name):
            return None
        site = self.find(name)
        if site is not None:
            return site.name
        stripped = _LABEL_PREFIX.sub("", name.strip()).strip()
        if is_boilerplate(stripped):
            return None
        return self.english_name(stripped) if len(stripped) >= 3 else name.strip()

    def as_story_names(self, site: str | None, text: str, printed: str | None = None) -> str | None:
        """A company's site, or its unit's, as its own story names it: a unit by the story's word for it ("Mogilev
        Regional Branch of Belarusbank" in a story of "the regional directorate of JSC ASB Belarusbank": Mogilev
        Regional Directorate of Belarusbank); a company with its legal form (the page's fullest form): "<form>
        <Name>" where the story's Name is the site name or its brand, a part of it with the same first word -- the
        header's descriptive tail ("Holding", "utility", "Glassworks, Gomel", "Processing") is no part of the
        company's name: "Agrokombinat Snov" -> OJSC Agrokombinat Snov, "Gomselmash Holding" with "OJSC Gomselmash"
        -> OJSC Gomselmash, "Grodno Meat Processing Plant" with "OJSC Grodno Meat Plant" -> OJSC Grodno Meat Plant,
        "Vitebskvodokanal utility" with "UE Vitebskvodokanal" -> UE Vitebskvodokanal; a Russian or Belarusian story's
        "ОАО «Гомельстекло»" as its English. A place alone is no brand ("UE Gomel..." never renames "Gomel Zoo").
        Without a legal form, a brand whose header (`printed`, the page's own words) adds a descriptive tail of
        _DESCRIPTIVE_TAIL words is named as its story names it, the longest form the story prints: "Brestoblgaz
        Production Association" -> Brestoblgaz, "Pinskdrev Holding Company" with "the Pinskdrev Holding" -> Pinskdrev
        Holding (the registry's "Pinskdrev" is the same body: the story's own form is the site's)."""
        if not site or self._forms.initial.match(site) or CYRILLIC.search(site) \
                or _AUTHORITY.search(site):
            return site
        if m := _UNIT_OF_PARENT.match(site):
            said = re.search(rf"\b{m.group('level') or ''}\s*(?P<unit>{_UNIT})\s+of\s+(?:the\s+)?(?:[A-Z]{{2,5}}\s+)*"
                             rf"{re.escape(m.group('parent'))}\b", text, re.I)
            unit = said.group("unit").title() if said else m.group("unit")
            return " ".join(filter(None, (m.group("place"), m.group("level"), unit, "of", m.group("parent"))))
        site = self._story_fuller(site, text) or site
        words = [w.lower() for w in _NAME_WORD.findall(site)]
        best: tuple[int, str] | None = None
        for form, name in self._legal_forms_in(text):
            printed = name.split()
            # the longest run of the name's words the header also has, where a person's name goes on after it ("OJSC
            # Gomselmash Aleksei Shilo": Gomselmash; "OJSC Gomselmash Trade" is another company)
            n = next((n for n in range(len(printed), 0, -1)
                      if set(w.lower() for w in _NAME_WORD.findall(" ".join(printed[:n]))) <= set(words)), 0)
            if n < len(printed) and printed[n].lower() not in lx.FIRST_NAMES:
                continue
            named = [w.lower() for w in _NAME_WORD.findall(" ".join(printed[:n]))]
            if not named or named[0] != words[0] or (len(named) == 1 and skeleton(named[0]) in self._places):
                continue
            if best is None or len(named) > best[0]:
                best = (len(named), f"{form} {' '.join(printed[:n])}")
        return best[1] if best else self._brand_as_story_names(site, text, printed)

    def _story_fuller(self, site: str, text: str) -> str | None:
        """The story's fuller form of the site's own name, else None: its initials spelled out ("SPC NAS of Belarus
        for Arable Farming" printed "Scientific and Practical Centre of the National Academy of Sciences of Belarus
        for Arable Farming"; each initial a capitalized word's, "and"/"of"/"the" between them), or the name with
        more of what the body is for after it in the kind words of the institution tables ("Gomel Regional Centre
        for Hydrometeorology" printed "... and Environmental Monitoring"; never "... and Belhydromet", another
        body). A header shortens its institution's name; the site is the fullest form the page gives."""
        tokens = site.split()
        linking = r"(?:\s+(?:and|of|the|for)\s+|\s+)"
        if any(_ACRONYM.match(t) and t.lower() not in self._forms.latin for t in tokens):
            parts = [linking.join(rf"{letter}[a-z][\w'’-]*" for letter in t)
                     if _ACRONYM.match(t) and t.lower() not in self._forms.latin else re.escape(t) for t in tokens]
            if m := re.search(r"(?<![\w-])" + r"(?:\s+(?:of\s+)?(?:the\s+)?)".join(parts) + r"(?![\w-])", text):
                return m.group(0)
        if m := re.search(rf"(?<![\w-]){re.escape(site)}(?P<more>(?:\s+(?:and|of|for|on)(?:\s+[A-Z][\w'’-]*)+)+)", text):
            more, kept = m.group("more").split(), []
            for word in more:  # up to the first word no kind names (a person's or another body's name)
                if word[:1].isupper() and word not in self._kind_vocabulary:
                    break
                kept.append(word)
            while kept and kept[-1][:1].islower():
                kept.pop()
            if kept:
                return f"{site} {' '.join(kept)}"
        return None

    @cached_property
    def _kind_vocabulary(self) -> frozenset[str]:
        """The English words institutions are named with (institution_words.tsv, body_kinds.tsv): Environmental,
        Monitoring, Centre, Protection."""
        kinds = [english for _starts, english, _role in institution_words()] + [k for _f, _k, k in self._body_kinds]
        return frozenset(w for english in kinds for w in english.split() if w[:1].isupper())

    def _brand_as_story_names(self, site: str, text: str, printed: str | None) -> str:
        """The longest part of the header's name before a descriptive tail (_DESCRIPTIVE_TAIL words only) that the
        story prints as a name, else `site`. A place is no brand ("Gomel Regional TV and Radio Company" keeps its
        words)."""
        header = _LABEL_PREFIX.sub("", " ".join(printed.split())) if isinstance(printed, str) \
            and not CYRILLIC.search(printed) else site  # (the page's words: the registry's may be shorter)
        words = header.split()
        for n in range(len(words) - 1, 0, -1):
            if not all(w.lower() in _DESCRIPTIVE_TAIL for w in words[n:]) or words[n - 1].lower() in _DESCRIPTIVE_TAIL - {"holding"}:
                continue
            brand = " ".join(words[:n])
            # (the brand where the story's name stops: "OJSC Zarechstal Trade" is another company)
            if skeleton(words[0]) in self._places or not re.search(rf"(?<![\w-]){re.escape(brand)}(?![\w-]|\s+[A-Z0-9])", text):
                continue
            return brand
        return site

    def _legal_forms_in(self, text: str):
        """(legal form as the press writes it, English name) of each company a story names with its legal form:
        "OJSC Gomelsteklo", "UE «Vitebskvodokanal»", "ОАО «Гомельстекло»" (its English from the organizations'
        namer)."""
        for m in self._forms.form_and_name.finditer(text):
            yield self._forms.press_form(m.group("form")), m.group("name")
        for m in self._forms.company.finditer(text):
            if (site := self._company(m.group(0))) is not None:
                yield site.name.split(" ", 1)[0], site.name.split(" ", 1)[1]

    def resolve(self, name: str | None, url: str | None) -> str | None:
        """The site of a page that names itself `name` (maybe None) and lives at `url` (maybe None):
        a known committee by name, else a name shaped like an authority's, else the committee of the
        host, else the name without boilerplate (a <title>, a brand), else None."""
        name, host = site_candidate(name)
        if name and not is_boilerplate(name) and (site := self.find(name) or self._registered(name)) is not None:
            return site.name  # (the registry's by the whole name: a part of a <title> is no site's name)
        if name and (paper := newspaper_name(name, self._russian_adjectives)):
            return paper  # a district newspaper's site: one English name whatever the masthead's language
        if name and (masthead := _NEWSPAPER_DESCRIPTION.sub("", name.strip())) and len(masthead) >= 3:
            name = masthead  # "Kobrinsky Vestnik — newspaper of the Kobrin District": the name, not its description
        if name and (_AUTHORITY.search(name) or self._names_kind(name)) and len(name) <= 120:
            return self.canonical(name)  # a committee or body the registry lacks: as the page names itself
        site = self.for_url(url) or self.for_host(host)
        if site is None and name and re.fullmatch(r"(?:[a-z0-9-]+\.)+[a-z]{2,}", name.strip().lower()):
            site = self.for_host(name.strip())  # a record whose "site" is its host
        if site is not None:
            return site.name
        if name and (brand := _romanized_brand(name, self.companies)):
            return brand
        return self.canonical(name)


def _romanized_brand(name: str, companies: CompanyNames) -> str | None:
    """A newspaper's or a brand's own name in Cyrillic capitals ("Маяк Приднепровья", a masthead no kind
    table names), romanized from its Russian spelling as the English press writes it: Mayak Pridneprovya.
    None for a description ("новости Пинска и района": words in lower case) or anything longer."""
    plain = name.strip().strip("«»\"")
    words = plain.split()
    if not 1 <= len(words) <= 3 or not all(re.fullmatch(r"[А-ЯЁІЎ][а-яёіў'’-]+", w) for w in words) \
            or is_boilerplate(plain):
        return None
    return companies.english(plain)


# The nouns district newspapers are named with, in Russian and Belarusian: (Russian noun, the ending its
# adjective takes). A newspaper is named in English from its Russian name, as the press writes it:
# "Светлагорскія навіны" = "Светлогорские новости" = Svetlogorskiye Novosti, "Кобрынскі веснік" = Kobrinsky Vestnik.
_NEWSPAPER_NOUNS = {
    "новости": ("новости", "ие"), "навіны": ("новости", "ие"), "вести": ("вести", "ие"), "весткі": ("вести", "ие"),
    "вестник": ("вестник", "ий"), "веснік": ("вестник", "ий"), "правда": ("правда", "ая"), "праўда": ("правда", "ая"),
    "газета": ("газета", "ая"), "газэта": ("газета", "ая"), "заря": ("заря", "ая"), "зара": ("заря", "ая"),
    "звезда": ("звезда", "ая"), "звязда": ("звезда", "ая"), "жизнь": ("жизнь", "ая"), "жыццё": ("жизнь", "ая"),
    "слово": ("слово", "ое"), "слова": ("слово", "ое"), "голос": ("голос", "ий"), "голас": ("голос", "ий"),
    "курьер": ("курьер", "ий"), "кур'ер": ("курьер", "ий"), "кур’ер": ("курьер", "ий"), "край": ("край", "ий"),
    "навины": ("новости", "ие"), "трибуна": ("трибуна", "ая"), "трыбуна": ("трибуна", "ая"),
}
# "Светлагорскія навіны — грамадска-палітычная газета Светлагорскага раёна": the name before its description
_NEWSPAPER_DESCRIPTION = re.compile(r"\s*(?:\s[-–—]\s|[–—,:]\s*)(?=.*\b(?:newspaper|газета|газеты|газэта)\b).*$", re.I)
_NEWSPAPER_NAME = re.compile(r"^[«\"]?(?P<adj>[А-ЯЁІЎ][а-яёіў'’-]+(?:ск|цк)(?:ий|ій|і|ые|ыя|ія|ие|ая|ое|ае|ое))\s+"
                             r"(?P<noun>[а-яёіў'’]+)[»\"]?$", re.I)


def newspaper_name(name: str, russian_adjectives: dict[str, str] | None = None) -> str | None:
    """The English name of a district newspaper named "<place adjective> <newspaper noun>" in Russian or
    Belarusian, with or without its description ("— грамадска-палітычная газета ... раёна"): its Russian name
    romanized as the press writes it. `russian_adjectives` maps an adjective's spelling key to the Russian
    adjective of its place (Светлагорскі -> Светлогорский). None for any other name."""
    m = _NEWSPAPER_NAME.match(_NEWSPAPER_DESCRIPTION.sub("", name.strip()))
    noun = _NEWSPAPER_NOUNS.get(m.group("noun").lower()) if m else None
    if noun is None:
        return None
    stem = re.sub(r"(?:ий|ій|і|ые|ыя|ія|ие|ая|ое|ае)$", "", m.group("adj"))
    russian = (russian_adjectives or {}).get(_adjective_key(stem + "ий")) or stem.translate(_BE_TO_RU)
    stem = re.sub(r"(?:ий|ый)$", "", russian)
    english = press_form(transliterate(f"{stem}{noun[1]} {noun[0]}", "ru-bgn"))
    return " ".join(w[:1].upper() + w[1:] for w in english.split())


# The words of a company's descriptive tail after its brand in a header ("Brestoblgaz Production Association", "Pinskdrev
# Holding Company", "Atlant Group of Companies"): what kind of company it is, not its name, where its story names the
# brand without them
_DESCRIPTIVE_TAIL = frozenset("holding company companies production association group of management corporation concern "
                              "unitary enterprise republican".split())
# Lines a page prints near its name that are no name: a mail header (its display name is, once
# decoded), a front-matter key, a channel's handle and subscribers, a bulletin's number, a host or URL.
_MAIL_FROM = re.compile(r'^(?:from|от|ад)\s*:\s*"?(?P<name>[^"<]*?)"?\s*<(?P<addr>[^>@\s]+@(?P<host>[^>\s]+))>\s*$', re.I)
_FRONT_MATTER = re.compile(r'^[a-z_]+\s*:\s*["\'\[]', re.I)
_CHANNEL = re.compile(r"^@\w+\s*(?:[·•|]\s*.*)?$")  # "@gomeltrud · 2,3 тыс. подписчиков", not "@Mosty district"
_BULLETIN = re.compile(r"^(?:інфармацыйны|информационный|information|news)\s+(?:бюлетэнь|бюллетень|bulletin)\b.*$", re.I)
_HOST_OR_URL = re.compile(r"^(?:https?://)?(?P<host>(?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d+)?(?:/\S*)?$", re.I)


def site_candidate(name: str | None) -> tuple[str | None, str | None]:
    """(the name in a site candidate, a host it names): a mail header's display name (RFC 2047
    decoded) and its address's host; a URL is a host, not a name; a front-matter key line,
    a channel's handle line or a bulletin heading is neither."""
    if not name:
        return name, None
    flat = re.sub(r"^\[\d+\]\s*", "", name.strip())  # a text browser's link number: "[2]Main Department of ..."
    name = flat if flat != name.strip() else name
    if m := _MAIL_FROM.match(flat):
        display = m.group("name").strip()
        if "=?" in display:
            try:
                display = str(make_header(decode_header(display)))
            except (UnicodeDecodeError, LookupError, ValueError):
                display = ""
        return (display.strip(' "') or None), m.group("host")
    if m := _HOST_OR_URL.match(flat):
        # a URL is no name; a bare host may be the brand a page prints ("Osipovichi.by"), kept
        # where the host names no body
        return (None if "/" in flat else name), m.group("host")
    if _FRONT_MATTER.match(flat) or _CHANNEL.match(flat) or _BULLETIN.match(flat):
        return None, None
    return name, None


_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_LINKING_WORDS = frozenset("of the and for on named after a an in и і имени імя по па".split())
_ACRONYM = re.compile(r"^[A-ZА-ЯЁІЎ]{2,6}$")
_ADMINISTRATION_OF = re.compile(r"^(?:the\s+)?(?:administration|администрация|адміністрацыя)\s+(?:of\s+(?:the\s+)?)?", re.I)


def _word_key(word: str) -> str:
    return word.lower().replace("ў", "у").replace("ё", "е")


def fuller_name(name: str | None, printed) -> str | None:
    """The page's own fuller form of the body its site name `name` names, from what its masthead, logo or footer
    prints (`printed`): a line that holds every word of `name`, an acronym spelled out ("FEZ Grodnoinvest" and
    "Administration of the Free Economic Zone Grodnoinvest" -> Free Economic Zone Grodnoinvest; "ПДУ імя Еўфрасінні
    Полацкай" and "Полацкі дзяржаўны ўніверсітэт імя Еўфрасінні Полацкай" -> the latter), a brand's words in the
    body's full name ("Centre of Creativity Soligorsk" -> Soligorsk District Centre of Children's and Youth
    Creativity; "Zhlobin Military Commissariat" -> Military Commissariat of Zhlobin District), a committee's
    department's own site ("Mozyr District Executive Committee" under "© Labour, Employment and Social Protection
    Department of the Mozyr District Executive Committee"). None where no printed line is such a form."""
    if not name or not name.strip():
        return None
    words = [w for w in _NAME_WORD.findall(name) if w.lower() not in _LINKING_WORDS]
    if not words:
        return None
    for full in printed:
        full = " ".join((full or "").split()).strip(" .,")
        if not full or len(full) <= len(name.strip()) or len(full) > 120 or is_boilerplate(full) \
                or _key(full) == _key(name):
            continue
        if _key(name) in _key(full):
            # the name itself with a legal form before it or a tagline after it ("Health care institution ...",
            # "... Культура Навагрудчыны") is the name; a body "of" it ("... Department of the ...") is that body
            if re.search(r"\bof\s+(?:the\s+)?$", full[:_key(full).index(_key(name))] if _key(full).endswith(_key(name))
                         else "", re.I):
                return full
            continue
        have = [w for w in _NAME_WORD.findall(full) if w.lower() not in _LINKING_WORDS]
        keys = [_word_key(w) for w in have]
        spelled = {}
        for word in words:
            if _word_key(word) in keys:
                continue
            if not _ACRONYM.match(word):
                break
            letters = word.lower().replace("ў", "у")
            run = next((have[i:i + len(letters)] for i in range(len(have) - len(letters) + 1)
                        if "".join(w[0] for w in have[i:i + len(letters)]).lower().replace("ў", "у") == letters), None)
            if run is None:
                break
            spelled[word] = " ".join(run)
        else:
            expanded = " ".join(spelled.get(w, w) for w in name.split())
            if spelled and _key(_ADMINISTRATION_OF.sub("", full)) == _key(expanded):
                return expanded  # the zone's administration is the zone's site: its name spelled out
            return full
    return None


# A search box's placeholder ("Пошук па сайце...", "Search the site"): a widget, never a site name.
_SEARCH_BOX = re.compile(r"^(?:поиск|пошук|search|найти|знайсці|искать|шукаць)\b", re.I)
# Words that name no one: a line made of them only ("Навіны сельсавета", "Новости района", "Сайт
# администрации") says what kind of page or body it is, not whose -- a site name needs a proper name.
_GENERIC_WORDS = frozenset("""
official website site web internet portal home page main news the of district village council city town region
oblast regional administration executive committee search
официальный официальная официального сайт сайта портал портала интернет интернет-портал главная страница новости
района район города город сельсовета сельсовет сельисполкома сельисполком райисполкома райисполком горисполкома
горисполком облисполкома облисполком администрации администрация области поселка совета совет депутатов и
афіцыйны афіцыйнага сайт сайта партал партала інтэрнэт інтэрнэт-партал галоўная старонка навіны раёна раён горада
горад сельсавета сельсавет сельвыканкама сельвыканкам райвыканкама райвыканкам гарвыканкама гарвыканкам
аблвыканкама аблвыканкам адміністрацыі адміністрацыя вобласці пасёлка савета савет дэпутатаў і
""".split())


# A postal address ("222310, Minsk Oblast, Molodechno, Pritytskogo Street, 34", "г. Пинск, ул. Первомайская, 55"):
# where a body sits, never whose site it is -- a footer prints it after the copyright sign.
_ADDRESS = re.compile(
    r"^\d{6}\b|(?:\b(?:street|st\.|avenue|ave\.|lane|prospekt|ulitsa|vulitsa)|(?<!\w)(?:ул\.|вул\.|улица|вуліца|пр-т|"
    r"проспект|праспект|пер\.|пров\.))[^,]*,?\s*\d+[а-яa-z]?\s*$", re.I)


def is_address(line: str) -> bool:
    """Whether a line is a postal address: a postcode first, or a street and its house number last."""
    return bool(_ADDRESS.search(" ".join(line.split()).strip(" .")))


def is_boilerplate(name: str) -> bool:
    """'Official website', 'Official Internet portal', 'Официальный сайт', a search box's placeholder,
    a document's kind as a heading ('Press release No. 47/2026', 'Пресс-релиз'), 'Навіны сельсавета', a postal address, a masthead's tagline in lower case ('regional newspaper',
    'областная газета': no word of a name is capitalized, and no host name): says what or where, not whose."""
    flat = " ".join(name.split()).strip(" .|-–—…")
    if _BOILERPLATE.match(flat) or _SEARCH_BOX.match(flat) or _DOCUMENT_HEADING.match(flat) or is_address(flat):
        return True
    words = re.findall(r"[^\W\d_][\w'’-]*", flat)
    if words and not any(w[0].isupper() for w in words) and not re.search(r"\w\.\w", flat):  # a host names its site
        return True
    return bool(words) and all(w.lower() in _GENERIC_WORDS for w in words)
