"""Persons and organizations in Russian and Belarusian text, with English labels.

The capitalization rules in `extract.py` read English. On pages in Russian or Belarusian this module
finds, in any case form:

- executive committees and dioceses named by a town's adjective ("Кричевского райисполкома",
  "Лідскага раённага выканаўчага камітэта", "Лидскую епархию"), from the region's names in
  `belarus_places.tsv` (via `sites.SiteRegistry`);
- organizations the registry knows by a Russian or Belarusian name ("Банк развития Республики
  Беларусь"), and companies in quotes after a legal form ("ОАО «Кричевцементношифер»");
- persons: a known first name and a surname ("Андрей Мулярчик"), and clergy by one name after their
  title ("епископ Лидский и Сморгонский Порфирий"), labelled as English news spells them: Belarusian
  names from their Russian form (Ігар Ляшэнка is Igor Lyashenko, as BelTA writes), the Belarusian
  romanization kept as an alias (Ihar Lyashenka).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product

from ..lang.declension import respelled
from ..lang.detect import detect_language
from ..lang.language import Language, LanguageRegistry
from ..lang.translit import passport_latin, press_form, reader_spellings, romanisations, transliterate
from ..languages import resolve
from . import lexicon as lx
from .names import CYRILLIC, latin_forms, name_key, strip_case_ending
from .person_names import (LATIN_SCRIPT_COUNTRIES, ORTHOGRAPHY_OF, attested_letters, chinese_name, fold as _fold,
                           countries_named, first_name_spellings, foreign_first_names, foreign_surnames, korean_name,
                           native_surname, russian_names, russian_readings, russian_spelling, surname_of, vietnamese_name,
                           greek_surname, world_names)
from .places import StemIndex, belarusian_key, rows, BELARUS_FILE, tokens
from .companies import (CompanyNames, academy_institute_at, committee_at, department_at,
                        foreign_body_at, legal_forms, numbered_units, press_legal_form, research_centre_at)
from .shapes import SOUTH_ASIAN_MIDDLES, TURKIC_PATRONYMIC, Candidate, Mention, coined_company_word, is_patronymic
from .sites import SiteRegistry

_POST = "#post"  # marks a ministry matched by its minister's post: the mention is implied, not named
_BELARUSIAN_LETTER = re.compile(r"[ІіЎў]")  # letters only Belarusian writes
_FOREIGN_ONSET = re.compile(r"Й[оеаэуё]")  # a name's beginning that only a foreign name has (Йованович, Йокич)
# a company said to be Chinese just before its quoted name, which is then in Palladius letters
_CHINESE_BEFORE = re.compile(r"(?<![\w-])(?:китайск|кітайск)\w*\s+(?:[а-яёіў]+\s+){0,2}\S*$|(?<![\w-])(?:из|з)\s+(?:Китая|Кітая|КНР)\s+\S*$", re.I)
_CYR_WORD = re.compile(r"[А-Яа-яЁёІіЎў][А-Яа-яЁёІіЎў’'-]*")
# (a double surname joins two capitalized words: Гайдук-Левчук, Новик-Соболевская)
_NAME = r"[А-ЯЁІЎ][а-яёіў’'-]+(?:-[А-ЯЁІЎ][а-яёіў’']+)?"
# a lookahead, so that "Казахстана Мурат Нуртлеу" also yields the pair starting at Мурат
_PERSON = re.compile(rf"(?<![\w-])(?=({_NAME})\s+({_NAME})(?![\w-]))")
# a patronymic in any case: Николаевна/Николаевной, Петрович/Петровича, Мікалаевіч, Пятроўна
_PATRONYMIC_ENDINGS = "ович|евич|ьич|авіч|евіч|овн|евн|ичн|аўн|еўн|оўн|ічн|улы|кызы|оглы|угли|кизи"
_PATRONYMIC = rf"[А-ЯЁІЎ][а-яёіў]+(?:{_PATRONYMIC_ENDINGS})[а-яёіў]*"
# a Turkic name: given name, father's name, "son of" / "daughter of", family name ("Эльнур Рамиз оглы Мамедов")
_TURKIC_NAME = re.compile(rf"(?<![\w-])({_NAME})[ \t]+({_NAME})[ \t]+({'|'.join(w for w in TURKIC_PATRONYMIC if not w.isascii())})"
                          rf"[ \t]+({_NAME})(?![\w-])")


# between a first name and a surname also a stressed -овіч (Пятровіч); alone after a first name a
# Belarusian -овіч is a surname (Андрэй Рамановіч: the patronymic of Раман is Раманавіч)
_PERSON3 = re.compile(rf"(?<![\w-])({_NAME})\s+([А-ЯЁІЎ][а-яёіў’']+(?:{_PATRONYMIC_ENDINGS}|овіч)[а-яёіў]*)"
                      rf"\s+({_NAME})(?![\w-])")
_DOUBLE = re.compile(r"[А-ЯЁІЎ][а-яёіў’']+-[А-ЯЁІЎ][а-яёіў’']+")
_THREE_WORDS = re.compile(rf"(?<![\w-])(?=({_NAME})\s+({_NAME})\s+({_NAME})(?![\w-]))")
_FOUR_WORDS = re.compile(rf"(?<![\w-])(?=({_NAME}) ({_NAME}) ({_NAME}) ({_NAME})(?![\w-]))")  # Нгуен Тхи Минь Кхай
# the official order, surname first: "Мельников Владимир Александрович", "Кудрэвіч Ларыса Мікалаеўна"
_PERSON3_SURNAME_FIRST = re.compile(rf"(?<![\w-])({_NAME})\s+({_NAME})\s+({_PATRONYMIC})(?![\w-])")
# a surname and the initials after it: "Мельников В.А." (not "Беларуси А.Г. Лукашенко": no name follows)
# (the word after the initials, group 4, is read below: a sentence going on ("Ярошук В.П. Он отметил")
# keeps the name, a surname does not)
_SURNAME_INITIALS = re.compile(r"(?<![\w.-])([А-ЯЁІЎ][а-яёіў’'-]{2,}(?:-[А-ЯЁІЎ][а-яёіў’']+)?)\s+([А-ЯЁІЎ])\.\s?([А-ЯЁІЎ])\."
                               r"(?=\s?([А-ЯЁІЎ][а-яёіў][а-яёіў’'-]*)?)")
# words a sentence opens with that are no surname, after initials that end the sentence before
_SENTENCE_OPENERS = frozenset("""он она они оно это эти его ее её их в во на по с со у к из за при для как так также
    кроме после ён яна яны яно гэта гэтыя яго яе іх ў з па пры для як так таксама акрамя пасля""".split())
# the surname endings that agree with a first name's case ending (an instrumental Эйтанам before
# Шапірам, not the -а of a genitive); endings not listed allow any
_CASE_AGREEMENT = {e: frozenset(v.split()) for e, v in (
    ("ем", "ским цким скім нкам ым ім ом ам чем шем жем щем"), ("ём", "ским цким скім нкам ым ім ом ам"),
    ("ом", "ским цким скім нкам ым ім ом ам чем шем жем щем"), ("ам", "ским цким скім нкам ым ім ом ам"))}
# an Arabic family name after the given names, its article written apart: "... Аль Дахери", "... Эль Хадж"
_ARABIC_FAMILY = re.compile(r"[ \t]+(Аль|Эль|Ал|Ель)[ \t]+([А-ЯЁІЎ][а-яёіў]{2,})(?![\w-])")
# an Arabic name with its father's: "Абдулрахман бин Фахд Аль-Отайби", "Халид ибн Ахмедом"
_ARABIC = re.compile(rf"(?<![\w-])({_NAME})\s+(бин|ибн|бін|ібн)\s+({_NAME})"
                     r"(?:\s+((?:[АЭ]ль|[АЭ]л|[аэ]ль)-[А-ЯЁІЎ][а-яёіў’']+))?(?![\w-])")
# a woman's patronymic is never a surname ("Ларыса Мікалаеўна" alone is an address)
_WOMANS_PATRONYMIC = re.compile(r"(?:овн|евн|аўн|еўн|оўн|ичн|ічн)[аеуыіой]{1,2}$")
_INITIALS_PERSON = re.compile(r"(?<![\w.])([А-ЯЁІЎ])\.\s?([А-ЯЁІЎ])\.\s?([А-ЯЁІЎ][а-яёіў’'-]{2,}(?:-[А-ЯЁІЎ][а-яёіў’']+)?)(?![\w-])")
# (ending, nominative ending, feminine) of a first name in an oblique case: "Андреем", "Ирины"
# capitalized words after initials that are not surnames ("г. Минск", "ул. Ленина" are lower-case anyway)
_NOT_SURNAMES = frozenset("республики беларусь россии области района".split())
_FIRST_NAME_CASES = (("", "", None), ("ем", "й", False), ("ём", "й", False), ("я", "й", False), ("ю", "й", False),
                     ("ом", "", False), ("а", "", False), ("у", "", False), ("е", "", False), ("ам", "", False),
                     ("ой", "а", True), ("ою", "а", True), ("ай", "а", True), ("ы", "а", True), ("е", "а", True),
                     ("у", "а", True), ("ей", "я", True), ("и", "я", True), ("ю", "я", True), ("і", "а", True),
                     ("яй", "я", True), ("і", "я", True), ("и", "а", True),  # Ольги
                     ("ом", "о", False),  # Belarusian Пятро: Пятром
                     ("ем", "ь", False), ("я", "ь", False),  # Ариэль, Игорь: Ариэлем, Игоря
                     ("ем", "", False))  # a name in ш ч ж ц: Милошем, Томашем (Miloš, Tomasz)
# (ending, nominative ending) of a surname in an oblique case, by the first name's gender
_SURNAME_CASES = {
    # -енка/-энка decline in Belarusian (Ляшэнкам, Ляшэнкі, Ляшэнку); Russian -енко does not
    False: (("нкам", "нка"), ("нкі", "нка"), ("нку", "нка"), ("ичем", "ич"),  # Сергеем Климовичем: Klimovich
            ("ским", "ский"), ("ского", "ский"), ("скому", "ский"), ("цким", "цкий"), ("цкого", "цкий"),
            ("скім", "скі"), ("скага", "скі"), ("скаму", "скі"), ("цкім", "цкі"), ("цкага", "цкі"), ("цкаму", "цкі"),
            ("ым", ""), ("ім", ""), ("ом", ""), ("ам", ""), ("а", ""), ("у", ""),
            ("е", "")),
    True: (("ской", "ская"), ("цкой", "цкая"), ("скай", "ская"), ("ой", "а"), ("ай", "а"), ("ую", "ая"), ("у", "а")),
}
# a foreign man's surname in ч ш ж щ in the instrumental, after his first name's (Милошем Стояновичем: Stojanović;
# not after a Russian name's, where it is a patronymic: Иваном Петровичем)
_SIBILANT_INSTRUMENTAL = (("чем", "ч"), ("шем", "ш"), ("жем", "ж"), ("щем", "щ"))
_CYR_UPPER_WORD = re.compile(r"[А-ЯЁІЎ]{2,}")
# a woman's surname in an oblique case (Мукашевой, Іванавай, Петровой, Ковалёву)
_WOMANS_OBLIQUE = re.compile(r"(?<=[оеёая]в|[иіы]н)(?:ой|ою|ай|ую|у)$")
# words after which a name is in the genitive: "по словам главного технолога", "па словах", "у", "для"
_GENITIVE_CUE = re.compile(r"(?:(?:по словам|со слов|по мнению|по информации|по данным|па словах|са слоў|на думку|"
                           r"па інфармацыі|па даных)(?:\s+[а-яёіў-]+){0,3}|(?<![\w-])(?:у|для|от|без|ад))\s*$", re.I)
_CUP = re.compile(r"^(?:кубок|кубка|кубку|кубке|кубком|кубак|кубку|кубкам)$", re.I)  # a trophy named after a body
_MODEL = re.compile(r"[^\W\d_]+-\d")  # a maker's acronym with a model number: МАЗ-5440, БелАЗ-75710
_MANS_GENITIVE = re.compile(r"(ов|ев|ёв|ав|ин|ын|ін)а$")
# a news agency credited as the story's source: "(БелТА)" opening a paragraph or after its dateline ("ПИНСК,
# 18 февраля (БЕЛТА)"), "сообщает БЕЛТА", "сообщили
# БЕЛТА в горисполкоме", "паведамілі БелТА", "по данным БЕЛТА", "паводле БЕЛТА" -- what lets an acronym the
# registry writes in mixed case (БелТА) count in capitals too; a bare "БЕЛТА" (a menu item, a banner) does not
_CREDIT_BEFORE = re.compile(r"(?:(?:^|\n)\s*(?:[А-ЯЁІЎ][А-ЯЁІЎ -]+,\s*\d{1,2}\s+[а-яёіў]+\s*)?\(|(?<![\w-])(?:сообща|сообщи|переда|информиру|рассказа|заяви|сказа|отмети|"
                            r"подтверди|уточни|паведам|перада|інфармуе|расказа|заяві|сказа|адзначы|пацвердзі|удакладні)"
                            r"[а-яёіў]*\s+|(?<![\w-])(?:по данным|по информации|по сообщению|со ссылкой на|паводле|"
                            r"па даных|па інфармацыі|са спасылкай на|корреспонденту|карэспандэнту|журналисту|журналісту|"
                            r"в интервью|у інтэрв[’']ю|для)\s+)\Z", re.I)
# "детский сад № 3", "ГУО «Средняя школа № 2 г. Лепеля»"
_NUMBERED = re.compile(r"(?<![\w-])((?:[А-Яа-яЁёІіЎў-]+\s+){0,4}[А-Яа-яЁёІіЎў-]+)\s+№\s?(\d+)"
                       r"(?:\s+(?:г\.|города|горада|гарадскога пасёлка|агрогородка|аграгарадка|деревни|вёскі|"
                       r"поселка|посёлка|пасёлка|аг\.|д\.)\s?([А-ЯЁІЎ][а-яёіў'’-]+))?")
_TOWN_ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁІЎа-яёіў]+(?:ск|цк)(?:ой|ай|ая|ую|ей))\s+\Z")  # "мінскай" школы
# surnames of Slavic shape in the nominative (Стоянович, Петров, Ковальчук, Шидловский, Ляшэнка)
_SLAVIC_SURNAME = re.compile(r"(?:ович|евич|овіч|евіч|авіч|ов|ев|ёв|оў|еў|ёў|аў|ин|ын|ский|цкий|скі|цкі|енко|энка|енка|чук|юк)$")
# any case of a surname of Slavic shape (Иванова, Петровым, Бабіча, Ляшэнкі, Ковальчуку)
_SLAVIC_SHAPED = re.compile(r"(?:ов|ев|ёв|оў|еў|аў|ин|ын|ін|ск|цк|ич|іч|енк|энк|ук|юк|ик|ык|як|ак|ок|ец|ц|ко|ка|ня|чы|ча)"
                            r"(?:а|у|ым|ім|ом|ам|е|ой|ай|ую|ы|і|ей|ого|ага|ому|аму|ий|ій|и|ая|ое|ая|ою|аю)?$")
# a post in the nominative, what it is of (lower-case words, a capitalized adjective in the genitive:
# "председатель Миорского райисполкома"), and a surname alone: "губернатор Шуляковский", "старшыня
# райвыканкама Івашкевіч" (not a first name or initials after it: those are the name rules')
_OFFICE_NOMINATIVE = (r"проректор|прарэктар|председатель|старшыня|директор|дырэктар|губернатор|губернатар|министр|міністр|посол|пасол|"
                    r"глава|кіраўнік|руководитель|начальник|намеснік|заместитель|мэр|аким|ректор|рэктар|прокурор|"
                    r"пракурор|судья|суддзя|тренер|трэнер|главврач|галоўны\s+ўрач|главный\s+врач|начальнік|"
                    r"заведующий|заведующая|загадчык|загадчыца|депутат|дэпутат|инженер|інжынер|технолог|тэхнолаг|"
                    r"агроном|аграном|специалист|спецыяліст|историк|гісторык|археолог|археолаг|краевед|краязнавец|"
                    r"экскурсовод|экскурсавод|медсестра|медсястра|фельдшер|фельчар|зоотехник|заатэхнік|ветврач|"
                    r"бригадир|брыгадзір|механизатор|механізатар|комбайнер|камбайнер|учитель|учительница|"
                    r"настаўнік|настаўніца|библиотекарь|бібліятэкар|художник|мастак|преподаватель|выкладчык|выкладчыца|"
                    r"инспектор|інспектар|лесничий|ляснічы|егерь|егер|методист|метадыст|воспитатель|выхавальнік|"
                    r"выхавальніца|тренер-преподаватель|трэнер-выкладчык")
# ... and the trades of `occupations.tsv`: "оператор Кравченко", "кухар Дзяменька"
_POST_NOMINATIVE = _OFFICE_NOMINATIVE + "|" + "|".join(sorted(lx.OCCUPATIONS["ru"] | lx.OCCUPATIONS["be"], key=len, reverse=True))
# and a worker's trade no list has, by its ending: экскаваторщик, зваршчык, тракторист, машыніст; a doctor's
# or scholar's speciality too: кардиолог, невролаг, кардыёлаг, психиатр, фтызіятр (not a некролог)
_TRADE_NOMINATIVE = r"(?![Нн]екр)[А-ЯЁІЎа-яёіў][а-яёіў]{3,}(?:щик|щица|шчык|шчыца|чик|чица|чык|чыца|ист|истка|іст|істка|олог|олаг|ёлаг|ялаг|иатр|ыятр|овод|авод|авед|овед)"
_POST_HEAD = re.compile(rf"(?<![\w-])(?:(?i:(?:(?:первый|першы|главный|галоўны|старший|старшы|ведущий|вядучы)\s+)?"
                        rf"(?:{_POST_NOMINATIVE}))|{_TRADE_NOMINATIVE})")
_POST_SURNAME = re.compile(_POST_HEAD.pattern +
                           rf"((?:\s+(?:[а-яёіў-]+|[А-ЯЁІЎ][а-яёіў-]+|[А-ЯЁІЎ]{{2,6}}|№\s?\d+|«[^«»\n]{{1,40}}»)){{0,5}})"
                           rf"\s+({_NAME})(?![\w-])(?!\s*[А-ЯЁІЎ]\.|\s+[А-ЯЁІЎ])")
# the same, the shortest: the first capitalized word after the post, read only where a verb follows it
# ("историк Кухарев рассказал о раскопках на Вихре": the longest reading ends at the river)
_POST_SURNAME_FIRST = tuple(re.compile(_POST_SURNAME.pattern.replace("{0,5}", f"{{{k}}}")) for k in range(6))


def _oblique_post_pattern() -> re.Pattern:
    """A post or a trade of `_POST_NOMINATIVE` in an oblique case, a lone surname right after it: "з настаўніцай
    Мароз", "Медсестре Рудько", "с инженером Петровичем" (group 1 the post, 2 the surname)."""
    stems = {re.sub(r"[ьйаяо]$", "", w) for w in _POST_NOMINATIVE.split("|") if w and "\\" not in w}
    stems = sorted((st for st in stems if len(st) >= 4), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])((?i:{'|'.join(stems)})(?:ом|ем|ём|ой|ай|ей|яй|ою|аю|а|у|ю|я|е|ы|і|и))"
                      rf"\s+({_NAME})(?![\w-])(?!\s*[А-ЯЁІЎ]\.|\s+[А-ЯЁІЎ])")


# a woman's post or trade in an oblique case ("настаўніцай", "медсестре", "учительнице"): her surname in a
# consonant does not decline
_WOMANS_OBLIQUE_POST = re.compile(r"(?:ниц|ніц|сестр|сястр)(?:ей|ай|ой|ы|і|е|у)$", re.I)


_POST_OBLIQUE = _oblique_post_pattern()


def _people_in_plural(word: str) -> bool:
    """A post's noun in the genitive plural ("Кабинет Министров", "Савет Дэпутатаў", "Совет Директоров"): the
    people a body is of, never a surname (a trade's is: Кузнецов, Рыбаков, Кухарев)."""
    low = word.lower()
    for ending, nominative in (("ов", ""), ("ев", ""), ("ей", "ь"), ("ей", ""), ("аў", ""), ("яў", ""), ("оў", ""),
                               ("еў", ""), ("ёў", "")):
        if low.endswith(ending) and len(low) > len(ending) + 3:
            stem = low[:-len(ending)] + nominative
            if re.fullmatch(rf"(?:{_OFFICE_NOMINATIVE})", stem):
                return True
    return False


# a title in quotes whose words run on after the pair: «Мелодии Великой степи», "Зорка Венера над ..." (a concert's,
# a book's, a festival's name, however much its first words look like a name)
_TITLE_OPENS = re.compile(r"[«\"„“]\s*$")


def _quoted_title(text: str, start: int, end: int) -> bool:
    """The pair at start..end opens a quoted title and more words of it follow before the quote closes."""
    return _TITLE_OPENS.search(text, max(0, start - 3), start) is not None \
        and re.match(r"[ \t]+[^\s«»\"„“”]", text[end:end + 3]) is not None


def _posts_with_verb(text: str):
    """_POST_SURNAME's matches with the fewest words between the post and a capitalized word that a verb
    follows: "историк Кухарев рассказал о раскопках на Вихре", "Председатель Миорского райисполкома
    Иванов рассказал о Дисне" (the longest reading ends at the river)."""
    for head in _POST_HEAD.finditer(text):
        for pattern in _POST_SURNAME_FIRST:
            m = pattern.match(text, head.start())
            if m and (_SPEECH_AFTER.match(text, m.end(2)) or _ACTS_AFTER.match(text, m.end(2))
                      or _ABOUT_A_WORKER_AFTER.match(text, m.end(2))):
                yield m
                break
_BODY_GENITIVE = re.compile(r"(?:рай|обл|гор)исполкома|(?:рай|абл|гар)выканкама|района|раёна|области|вобласці|отдела|"
                            r"аддзела|управления|упраўлення|комитета|камітэта|предприятия|прадпрыемства|школы|гимназии|"
                            r"гімназіі|больницы|бальніцы|поликлиники|паліклінікі|завода|комбината|камбіната|хозяйства|"
                            r"гаспадаркі|колхоза|калгаса|совета|савета|организации|арганізацыі|филиала|філіяла|центра|"
                            r"цэнтра|службы|инспекции|інспекцыі|музея|библиотеки|бібліятэкі|клуба|федерации|федэрацыі|"
                            r"лесхоза|лясгаса|сельсовета|сельсавета|№\s?\d+|\d+")
# the posts a post's holder is named after, in the genitive: "заместитель директора ...", "намеснік старшыні ..."
_POST_GENITIVE = re.compile(r"(?:генерального|генеральнага|первого|першага)?(?:директора|дырэктара|председателя|старшыні|"
                            r"начальника|начальніка|главы|кіраўніка|руководителя|министра|міністра|губернатора|губернатара|"
                            r"главного|галоўнага|врача|урача|инженера|інжынера)")
# a verb in the past tense right after a name: "... Лавренчук подчеркнул", "... Лапцёнак паабяцаў", an adverb
# of time or manner between them too: "... Сенченко уже снял", "... Зенька таксама пачаставаў"
_PAST_AFTER = re.compile(r",?\s+(?:(?:не|ня|уже|ужо|также|таксама|тоже|ещё|яшчэ|лично|асабіста|впервые|упершыню)\s+)?"
                         r"[а-яёіў]{2,}(?:л|ла|ў|ли|лі)(?:ся|ась|ася)?(?![\w-])")
# ... or in the present tense, or a passive ("... Рачкоўская сачыць за ...", "... Гуща награжден медалью")
_ACTS_AFTER = re.compile(_PAST_AFTER.pattern + r"|,?\s+(?:не\s+|ня\s+)?[а-яёіў]{2,}"
                         r"(?:ает|яет|еет|ует|юет|ит|ёт|ет|ат|ят|ае|яе|ее|уе|юе|іць|ыць)(?:ся|цца)?(?![\w-])"
                         r"|\s+(?:был\s+|была\s+|быў\s+|была\s+)?[а-яёіў]{4,}(?:ен|ена|ён|ёна|аны|ана|ены|ёны)(?![\w-])")
# a lower-case word of that tense (a verb, not what a post is of: "Председатель ... посетил ...")
# (a Belarusian word in -оў is a genitive plural, "трэнер варатароў", not a verb; only -шоў is: пайшоў, знайшоў)
_PAST_VERB = re.compile(r"(?![а-яёіў]*[^ш]оў$)[а-яёіў]{2,}[аеёиоуыэюяі](?:л|ла|ло|ли|лі|ў)(?:ся|ась|ася)?")
# the surname endings of Russia and the former Soviet lands (Сейтжанов, Алиева, Нурланулы is not one)
_SOVIET_SURNAME = re.compile(r"(?:ов|ев|ёв|оў|еў|ёў|аў|ова|ева|ёва|ава|ин|ина|ын|ына|ін|іна)$")
_SLAVIC_WOMANS_SURNAME = re.compile(r"(?:ова|ева|ёва|ава|ина|ына|ская|цкая)$")
# the stems of posts written with a capital in the news ("Президента", "Старшыні", "Губернатор")
_POST_WORD = re.compile(r"(?:президент|прэзідэнт|премьер|прем'ер|министр|міністр|председател|старшын|губернатор|"
                        r"губернатар|посол|пасол|директор|дырэктар|мэр|глав|кіраўні|руководител|генерал|патриарх|"
                        r"патрыярх|митрополит|мітрапаліт|епископ|епіскап|героя?|героем|заместител|намесні)", re.I)
# a church's word right before the saint it is named after: "касцёле Маці Божай", "храм Святога Міхаіла"
# (not in the genitive: "настоятель храма Александр Иванов" is its priest)
_CHURCH_BEFORE = re.compile(r"(?<![\w-])(?!(?i:храма|собора|сабора|касц[ёе]ла|кост[её]ла|манастыра|монастыря|царквы|капліцы|"
                            r"часовни|капліч\w+)\s)(?i:касц[ёе]л\w{0,2}|костел\w{0,2}|костёл\w{0,2}|царкв\w{0,2}|царква|церк[о]?в\w{0,2}|"
                            r"храм\w{0,2}|сабор\w{0,2}|собор\w{0,2}|капліц\w{0,2}|часовн\w{0,2}|капличк\w{0,2}|"
                            r"манастыр\w{0,2}|монастыр\w{0,2})\s+(?:(?i:св\.|свят\w{0,3}|пресвят\w{0,3})\s+)?\Z")
# the Virgin Mary, by any of her names: never a person of the story ("Дзевы Марыі", "Девы Марии", "Богородицы",
# the Mother of God: "іконе Божай Маці", "Маці Божай", "Божией Матери")
_THE_VIRGIN = re.compile(r"(?:Дев(?:а|ы|е|у|ой)|Дзев(?:а|ы|е|у|ай))\s+Мар\w+|Богородиц\w*|Багародзіц\w*"
                         r"|Бож(?:ай|ая|ую|ыя|ьей|ией|ия|ья|ья)\s+(?:Маці|Мат(?:ерь|ери|ерью))"
                         r"|(?:Маці|Мат(?:ерь|ери|ерью))\s+Бож(?:ай|ая|ую|ыя|ьей|ией|ия|ья)")
# a settlement's word right before two capitalized words: they are its name ("каля вёскі Навая Ельня", "у деревни
# Новая Мышь"), whatever given name the first sounds like
_SETTLEMENT_BEFORE = re.compile(r"(?<![\w-])(?:(?i:вёс[кц]\w{0,2}|дерев[еа]?н\w{0,3}|пос[её]л\w{0,3}|пас[её]л\w{0,3}|"
                                r"пасялк\w{0,2}|поселк\w{0,2}|агрогород\w{0,3}|аграгарад\w{0,3}|хут[ао]р\w{0,2}|"
                                r"сел[оаеу]|сяла|сяле|мястэч\w{0,3}|местеч\w{0,3})|аг\.|д\.|в\.)\s+\Z")
# clergy by one name after the title (in any case: "епіскапам Іаанам"), a bishop's see between them ("епіскап Брэсцкі
# і Кобрынскі Леанід"), a monk's secular surname in brackets after it ("ігумен Кірыл (Барадзько)")
_CLERGY = re.compile(rf"(?i:епископ|архиепископ|митрополит|патриарх|біскуп|епіскап|архіепіскап|мітрапаліт|патрыярх|"
                     rf"архимандрит|архімандрыт|игумен|ігумен|игуменья|ігумення|иеромонах|іераманах|іерамонах)"
                     rf"(?P<case>[а-яёіў]{{0,3}})\s+(?:{_NAME}(?:\s+(?:и|і)\s+{_NAME})?\s+)?(?P<name>{_NAME})"
                     rf"(?:\s*\((?P<surname>{_NAME})\))?")
# a holiday's word right before a saint's name in the genitive: "свята Івана Купалы", "да Дня Міхаіла Архангела"
_HOLIDAY_BEFORE = re.compile(r"(?<![\w-])(?i:свят[аоуыімэе]\w{0,2}|праздник\w{0,3}|ноч[ьы]|ночи|ночью|начы|"
                             r"день|дзень|дн[яюё]\w{0,2})\s+\Z")
# a kind word (not inside another word: "Белтэлерадыёкампанія ... праграмы «Спортлайн»") before a quoted name
_QUOTED = re.compile(r"(?<![А-Яа-яЁёІіЎў])(ОАО|ЗАО|ООО|АО|ОДО|СООО|ИООО|УП|РУП|КУП|ЧУП|ЧТУП|ААТ|ЗАТ|ТАА|СПК|СВК|КСУП|КСВУП|ХК|ФК|"
                     r"ГП|ДП|ГУП|КЖУП|КУПП|ДЛГУ|ГЛХУ|ЛХУ|"  # state and municipal enterprises, forestries
                     r"[Хх][оа][кх]+[еэ]йн\w* клуб\w*|[Фф]утбольн\w* клуб\w*|"
                     r"(?:[Гг]андбольн|[Вв][оа]лейбольн|[Бб]аскетбольн)\w* клуб\w*|[Кк]онцерн\w*|[Ии]здательств\w*|[Вв]ыдавецтв\w*|"
                     r"[Хх]олдинг\w*|[Кк]омпани\w*|[Пп]редприяти\w*|[Зз]авод\w*|[Пп]радпрыемств\w*|[Кк]ампані\w*|"
                     r"[Тт]рест\w*|[Тт]рэст\w*|[Ии]нститут\w*|[Іі]нстытут\w*|"  # a design institute, a building trust
                     r"[Фф]абрик\w*|[Фф]абрык\w*|[Кк]омбинат\w*|[Кк]амбінат\w*|"
                     r"(?:[А-Яа-яЁёІіЎў]+\s+){0,2}(?:[Зз]аказник|[Зз]аказнік|[Зз]аповедник|[Зз]апаведнік)\w*|"
                     r"газет\w*|часопіс\w*|журнал\w*|телеканал\w*|тэлеканал\w*|радиостанци\w*|радыёстанцы\w*)\s+"
                     r"(?:[^«»\n]{0,40}«)?«?([А-ЯЁІЎA-Z][^«»\n]{1,40})»")

# up to three words, then a quoted name: a kind of body named by its own name (CompanyNames.named_kind)
# a product's model: a word, a hyphen and a number ("Стеклохолст-200"; not a unit's acronym, "ПМК-256")
_MODEL_NAME = re.compile(r"[А-ЯЁІЎ][а-яёіў]+-\d+")
_IN_A_PLACE = frozenset("в у ў на во".split())
# a kind of enterprise in lower case, then a coined company name unquoted: "завод Ростсельмаш", "концерн Белнефтехим"
_KIND_COINED = re.compile(r"(?<![\w-])(?:завод|компани|концерн|холдинг|фабрик|комбинат|предприяти|кампані|канцэрн|фабрык|"
                          r"камбінат|прадпрыемств)\w{0,3}\s+([А-ЯЁІЎ][а-яёіў]{4,})(?![\w«-])")
_KIND_QUOTED = re.compile(r"((?:[А-Яа-яЁёІіЎў'’-]+\s+){1,3})«([А-ЯЁІЎ][^«»\n]{1,40})»")

_NESTED = re.compile(r"«([А-ЯЁІЎ][а-яёіў]+(?: [а-яёіў]+)?) «([А-ЯЁІЎ][^«»\n]{1,30})»»?")  # a kind, its name inside
_MUSEUM_BEFORE = re.compile(r"(?:музей|музея|музеі|музеи|музею|музеем)-\s*$", re.I)
_INSTITUTE = re.compile(r"^(?:институт|інстытут)\w{0,3}$", re.I)
_CONFUCIUS = re.compile(r"^(?:Конфуци|Канфуцы)\w{0,2}$")
_PEOPLES = re.compile(r"^(?:народн|народна-)\w*$", re.I)  # "Китайская Народная Республика", "Народно-Демократическая"
_RANK = re.compile(r"^(?:государственн|дзяржаўн)\w*$", re.I)  # "Государственный Совет ...": a State body
_OTHER_QUOTES = re.compile(r'(?:"|„|“)([А-ЯЁІЎA-Z][^"„“”«»\n]{1,40})(?:"|“|”)')


# a state's long form before or after its name: "Республики Куба", "Кыргызской Республики", "Султаната Оман"
_STATE_WORD = re.compile(r"^(?:республик|рэспублік|рэспубліц|султанат|каралеўств|королевств|княжеств|княств)", re.I)


# a town's own government abroad by its kind: (the kind's stem, its English names for a town)
_LOCAL_GOVERNMENTS = (
    (re.compile(r"^(?:мэри|мэры)\w*$", re.I), ("{town} City Council", "City Council of {town}", "{town} City Hall")),
    (re.compile(r"^(?:самоуправлени|самакіраванн|муниципалитет|муніцыпалітэт)\w*$", re.I),
     ("{town} Municipality", "Municipality of {town}")),
    (re.compile(r"^(?:гмин|гмін)\w*$", re.I), ("Gmina {town}", "{town} Commune", "Commune of {town}")),
    (re.compile(r"^(?:[Дд]ум[аыеуой]\w*)$"), ("{town} City Duma", "Duma of {town}")),  # "Думы Великого Новгорода"
)
# an archive's name: its rank and field adjectives (English, by stem) and the noun
_ARCHIVE_WORDS = {"государственн": "State", "дзяржаўн": "State", "национальн": "National", "нацыянальн": "National",
                  "зональн": "Zonal", "занальн": "Zonal", "центральн": "Central", "цэнтральн": "Central",
                  "историческ": "Historical", "гістарычн": "Historical"}
_ARCHIVE_WORD = re.compile(rf"^({'|'.join(_ARCHIVE_WORDS)})\w*$", re.I)
_ARCHIVE = re.compile(r"^(?:архив|архіў|архів)\w{0,3}$", re.I)
# a council's level by its adjective's first letters (о for а: "гарадск"), and its kind
_COUNCIL_LEVELS = {"город": "City", "облос": "Oblast"}
_COUNCIL_KINDS = re.compile(r"^(дум\w*|совет\w*|савет\w*)$", re.I)
_COMMUNITY = re.compile(r"^(общин|абшчын|диаспор|дыяспар)\w*$", re.I)
_DENOMINATIONS_EN = {"апостольск": "Apostolic", "апостальск": "Apostolic", "православн": "Orthodox", "праваслаўн": "Orthodox",
                     "католическ": "Catholic", "каталіцк": "Catholic", "евангелическ": "Evangelical",
                     "евангелічн": "Evangelical", "лютеранск": "Lutheran", "лютэранск": "Lutheran"}
_DENOMINATION = re.compile(rf"^({'|'.join(_DENOMINATIONS_EN)})\w*$", re.I)
_CHURCH = re.compile(r"^(?:церк|церкв|царкв|царква)\w*$", re.I)
_RED_CROSS = re.compile(r"^(?:[Кк]расн\w* [Кк]рест\w*|[Чч]ырвон\w* [Кк]рыж\w*)$")


def _latin(word: str, lang: str, first_name: bool = False) -> str | None:
    """The common English spelling of a Russian/Belarusian name word (Andrei, Dmitry, Mulyarchik)."""
    forms = sorted(latin_forms(word, lang))
    plain = [f for f in forms if f.isascii() and "j" not in f.lower()] or forms
    if first_name:
        known = [f for f in plain if f.lower() in lx.FIRST_NAMES]
        if not known:
            return None
        return min(known, key=lambda f: (len(f), f.lower().endswith("ey"), f))
    # the press's spelling: ts for ц (Kuznetsov, not Kuznecov), e after a consonant (Kandratsenka,
    # not Kandratsyenka), else the y-forms (Natallya) and the shortest
    return min(plain, key=lambda f: (len(re.findall(r"c(?!h)|(?<=[bcdfgklmnprstvz])ye", f.lower())),
                                     -f.lower().count("y"), len(f), f)) if plain else None


def _belarusian_locatives(name: str) -> list[str]:
    """A Belarusian name of two or more words with the т or д of a word turned ц or дз, as its locative
    writes it: "у Беларускім дзяржаўным універсітэце", "у Лідскім раённым Савеце дэпутатаў" (the stems
    read the case endings; this letter they cannot)."""
    if not re.search(r"[іў]", name) or len(name.split()) < 2:
        return []
    out = []
    for variant in dict.fromkeys((name, re.sub(r"(?<=\s)ў", "у", name))):
        words = variant.split()
        out += [" ".join([*words[:k], word[:-1] + ("ц" if word[-1] == "т" else "дз"), *words[k + 1:]])
                for k, word in enumerate(words) if re.search(r"[а-яёіў][тд]$", word)]
    return out


def _press_initials(letters, lang: str) -> tuple[str, str]:
    """(initials as English news writes them, as the page's letters read) of a name's initials: a Belarusian
    У is the В of the Russian form the press takes (Уладзімір, Уладзіміравіч: Vladimir, Vladimirovich), so
    "В.У. Русецкі" is V.V. Rusetsky."""
    written = "".join(f"{_latin(c, lang)}." for c in letters)
    if lang != "be":
        return written, written
    return "".join(f"{_latin('В' if c == 'У' else c, lang)}." for c in letters), written


# the initials a letter may be written as in English, beside _latin's: Е as Ye or E (Сергей Евгеньевич: S.Ye. or
# S.E.), Ё as Yo or E; a Belarusian Я for the Russian Е of the name the press takes (Яўген: Yevgeny, Ye.) and its
# У for В (Уладзімір: V.) or as written (U.)
_INITIAL_SPELLINGS = {"Е": ("Ye", "E"), "Ё": ("Yo", "E"), "Э": ("E",), "Я": ("Ya", "Ye"), "У": ("U", "V"),
                      "Ю": ("Yu",), "Х": ("Kh", "H")}


def _initials_aliases(letters, lang: str, *taken: str) -> list[str]:
    """Every spelling of a name's initials English news or an annotator may write, but `taken` (one person:
    S.Ye. Kravtsov is S.E. Kravtsov, Я.У. Лісоўская Ya.U. or Ye.V.)."""
    options = [(_latin(c, lang),) + tuple(o for o in _INITIAL_SPELLINGS.get(c, ()) if o != _latin(c, lang))
               for c in letters]
    out = ["".join(f"{x}." for x in combo) for combo in product(*options)]
    return [a for a in dict.fromkeys(out) if a not in taken][:8]


def _press_first_name(name: str) -> str:
    """The first name as English news and BelTA write it where that differs from the standard
    romanization: -iya as -ia (Mariya: Maria, Viktoriya: Viktoria, Yuliya: Yulia) and Yuriy as Yuri
    (not Yury); Natalya, Tatyana, Dmitry and Vitaly stay."""
    name = re.sub(r"(?<=[^aeiouy])iya$", "ia", name)
    name = re.sub(r"(?<=[^aeiouy][aeiou][lr])ay$", "ai", name)  # Nikolai, as Sergei (Nikolay stays an alias)
    # the spelling most of the press gives the name (Artyom for Артем written without its ё, Maxim, Yuri)
    return first_name_spellings().get(name, (name,))[0]


def _respelled(word: str, language: Language, context: bool = True) -> str | None:
    """`word` by every rule of the language's press_respelling, or without its context rules
    (цеканне, дзеканне: a Зайцева made by undoing akanne keeps its ц); None when they change nothing."""
    if context:
        spellings = respelled(word, language)
        return spellings[1][1] if len(spellings) > 1 else None
    low = word.lower()
    for pattern, repl in language.press_respelling[1]:
        if "(?=" not in pattern:
            low = re.sub(pattern, repl, low)
    spelled = word[:1] + low[1:] if word[:1].isupper() else low
    return spelled if spelled != word else None


@lru_cache(maxsize=8)
def _name_stems(language: Language) -> tuple[tuple[str, str], ...]:
    """(respelled stem, its counterpart's stem) of the language's press_first_names where the letter
    rules fall short, letter for letter, 4+ letters: what a surname made from the name starts with
    (Раман/Роман, Сярге/Серге, Кандрат/Кондрат), longest first."""
    out = {}
    for name, counterpart in language.press_first_names.items():
        a, b = (re.sub(r"[йьаяо]$", "", n) for n in (name, counterpart.replace("ё", "е")))
        a = _respelled(a, language) or a
        # (or but for the в Belarusian puts between a vowel and у: Навум/Наум, so Навумчык/Наумчик)
        if len(a) >= 4 and (len(a) == len(b) or re.sub(r"(?<=[аоеи])ву", "у", a) == b) and a != b:
            out.setdefault(a, b)
    return tuple(sorted(out.items(), key=lambda p: -len(p[0])))


@lru_cache(maxsize=20_000)
def _russian_form(word: str, language: Language, first_name: bool) -> str | None:
    """The Russian spelling English news takes a name word from (Ігар -> Игорь, Ляшэнка -> Ляшенко,
    Іваноў -> Иванов, Раманенка -> Романенко: the language's press_respelling); a word of a language
    without one (Russian) as it is; None for a first name the respelling does not change (no
    counterpart known)."""
    if language.press_respelling is None:
        return word
    if first_name and word in language.press_first_names:
        return language.press_first_names[word]
    # akanne (Сакалоў, Дзямідаў, Ларыса): the vowel respelling that is a known Russian name, else
    # the letter rules' form
    russian = russian_spelling(word, "first" if first_name else "surname",
                               lambda w: [_letter_russian_form(w, language, first_name, context) or w
                                          for context in (True, False)])
    if russian or first_name:
        return russian or _letter_russian_form(word, language, first_name)
    # (else the letters' form, its я and ы read as Russian's е and и where only that is a surname's beginning)
    letters = _letter_russian_form(word, language, first_name)
    return attested_letters(letters) or letters if letters else letters


def _letter_russian_form(word: str, language: Language, first_name: bool, context: bool = True) -> str | None:
    """_russian_form by the language's letter rules alone."""
    if first_name:
        return _respelled(word, language, context)
    low = word.lower()
    for pattern, repl in language.press_surname_endings:
        low = re.sub(pattern, repl, low)
    word = word[:1] + low[1:]
    russian = _respelled(word, language, context) or word
    for stem, counterpart in _name_stems(language):
        if russian.startswith(stem) and len(russian) > len(stem) + 1:  # Роман-енко, Кондрат-енко
            return counterpart + russian[len(stem):]
    return russian


def _press_name(word: str, language: Language, languages: LanguageRegistry, first_name: bool = False,
                keep_yo: bool = False) -> str | None:
    """A person's name word as English news spells it: from its Russian form (Ігар -> Igor, Ляшэнка ->
    Lyashenko, Ковалёва -> Kovaleva); first names only when the lexicon knows the result; a surname of a Greek
    shape as Greek (Пападопулас: Papadopoulos)."""
    if not first_name and (greek := greek_surname(word)):
        return greek
    russian = _russian_form(word, language, first_name)
    spelled_in = languages.get(language.press_respelling[0]) if language.press_respelling else language
    if russian is None or spelled_in is None or not spelled_in.translit_systems:
        return _latin(word, language.code, first_name)
    system = spelled_in.translit_systems[0]
    if first_name:  # Dmitry, Sergei, Lyudmila, else Aleksandr; else a lexicon form (Alexander)
        bgn = transliterate(russian, system)
        press = press_form(bgn) if "x" in bgn.lower() else press_form(bgn).replace("x", "ks")  # not Alexandr
        press = press[:1].upper() + press[1:]  # (press_form lowers a leading Ks: Kseniya)
        known = [f for f in (press, bgn) if f.lower() in lx.FIRST_NAMES]
        if not known and word in language.press_first_names:
            known = [press]  # the language knows it for a first name (Мечыслаў: Mechislav)
        name = known[0] if known else (_latin(russian, spelled_in.code, first_name=True)
                                       or _latin(word, language.code, first_name=True))
        return _press_first_name(name) if name else None
    if not keep_yo:
        # Kovalev, not Kovalyov; but -ёнок keeps its yo (Zuyonok, Laptyonok), as the press writes it
        russian = re.sub(r"(?<=[^аеёиоуыэюя])ё(?!нок$)", "е", russian)
    # й before a consonant is i in the press (Zaitsev, Gaidukevich), not the standards' y
    return re.sub(r"(?<=[aeouAEOU])y(?=[bcdfghklmnpqrstvwxz])", "i", press_form(transliterate(russian, system)))


# the letters of a Belarusian surname's Russian form that may still be akanne's (see _russian_uncertain)
_UNSURE_LEFT = re.compile(r"(?<![лн])(?<=[бвгдзкмпрстфхщ])я(?!$)|(?<![жшчц])(?<=[а-яё])ы")


def _russian_uncertain(word: str, language: Language) -> bool:
    """Whether the Russian form of a Belarusian surname (each half of a double one) is a guess: no
    Russian name list knows any respelling of it, and a letter is left whose Russian counterpart the
    letter rules cannot tell: яканне's я after a consonant (Сцяпурка is Степурко, Кабяка Кобяко) and ы
    (Гаўрылік is Гаврилик). Its own romanization is then the name's spelling (Stsiapurka, Haurylik).
    (An а, or a я after л or н, is as often the Russian letter as akanne's: Лагун, Ляшэнка.)"""
    if language.press_respelling is None:
        return False
    for half in word.split("-"):
        if russian_spelling(half, "surname", lambda w: [_letter_russian_form(w, language, False, context)
                                                       for context in (True, False)]):
            continue
        russian = _russian_form(half, language, False)
        if russian and not _UNSURE_LEFT.search(russian.lower()):
            continue  # (its я and ы read as Russian's е and и: Сцяпура is Степура)
        low = half.lower()
        for pattern, repl in language.press_surname_endings:
            low = re.sub(pattern, repl, low)
        stem = re.sub(r"(?:ова|ов|ев|ёв|енка|онок|ёнок|ка|ская|цкая|скі|цкі|ы)$", "", low)
        if re.search(r"(?<![лн])я|(?<![жшчц])ы", stem):
            return True
    return False


def _plain_ye(name: str) -> str:
    """A press name with the ye of е after a vowel or at a word's start written e: Zuyeva Zueva,
    Yermak Ermak."""
    return re.sub(r"\bYe(?=[bcdfghklmnprstvz])", "E", re.sub(r"(?<=[aeiouy])ye", "e", name))


def _each_half(word: str, change) -> str:
    """`change` applied to each half of a double surname (Гончаровой-Бельской: both halves decline),
    or to the word."""
    if _DOUBLE.fullmatch(word):
        return "-".join(change(part) for part in word.split("-"))
    return change(word)


# a man's surname in the dative or instrumental ("Директору ... Гулевичу-Ракову С.С.", "с Лазоўскім"):
# endings only a man's surname has, and -ову/-ину, a woman's accusative too, after a post in the dative
_MANS_OBLIQUE = (("ичем", "ич"), ("ічам", "іч"), ("ичу", "ич"), ("ічу", "іч"), ("скому", "ский"), ("цкому", "цкий"),
                 ("ским", "ский"), ("цким", "цкий"), ("скаму", "скі"), ("цкаму", "цкі"), ("скім", "скі"), ("цкім", "цкі"),
                 ("овым", "ов"), ("евым", "ев"), ("ёвым", "ёв"), ("иным", "ин"), ("ыным", "ын"))
_MANS_DATIVE = (("ову", "ов"), ("еву", "ев"), ("ёву", "ёв"), ("ину", "ин"), ("ыну", "ын"))
_MANS_DATIVE_BE = (("ову", "оў"), ("еву", "еў"), ("ёву", "ёў"), ("аву", "аў"), ("ину", "ін"), ("іну", "ін"), ("ыну", "ын"))
_DATIVE_POST = re.compile(r"(?:директор|дырэктар|начальник|начальнік|председател|старшын|руководител|кіраўнік|"
                          r"заместител|намеснік|министр|міністр|глав|ректор|рэктар|мэр|губернатор|губернатар|"
                          r"инженер|інжынер|специалист|спецыяліст|учител|настаўнік|врач|урач)[а-яёіў]*(?:у|ю|ні|не)$")


def _mans_nominative(word: str, before: list[str], lang: str) -> str | None:
    """The nominative of a man's surname (each half of a double one) written in an oblique case before
    his initials, or None when it reads as no man's oblique case."""
    halves = word.split("-")
    dative = any(_DATIVE_POST.match(w.lower()) for w in before) or any(h.endswith(e) for h in halves for e, _ in _MANS_OBLIQUE[:4])
    out, changed = [], False
    for half in halves:
        ends = _MANS_OBLIQUE + ((_MANS_DATIVE_BE if lang == "be" else _MANS_DATIVE) if dative else ())
        hit = next(((e, n) for e, n in ends if half.endswith(e) and len(half) - len(e) >= 3), None)
        if hit is None and dative and re.search(r"[бвгджзклмнпрстфхцчшщ]у$", half) and len(half) >= 5:
            hit = ("у", "")  # a surname ending in a consonant: Лабачу is Лабач's dative
        out.append(half[:len(half) - len(hit[0])] + hit[1] if hit else half)
        changed = changed or hit is not None
    return "-".join(out) if changed else None


# what tells two unknown capitalized words are a person's name (see CyrillicNames._named_by_context)
# speech verbs, ru and be, past tense: "— сказал Иван Петров", "Иван Петров, отметил ..."
_SPEECH_VERBS = "|".join(sorted(lx.SPEECH_VERBS_CYRILLIC, key=lambda w: (-len(w), w)))
_SPEECH_BEFORE = re.compile(rf"[—–-]\s*(?:{_SPEECH_VERBS})(?:\s+[а-яёіў-]+){{0,4}}\s+$")
_SPEECH_AFTER = re.compile(rf",?\s+(?:{_SPEECH_VERBS})\b")
_SPEECH_JUST_BEFORE = re.compile(rf"(?<![\w-])(?:{_SPEECH_VERBS})\s+$")
# the particles of a Dutch or German family name as Russian and Belarusian write them, and in Latin
_PARTICLES_LATIN = {"ван": "van", "фон": "von", "де": "de", "дэ": "de", "дер": "der", "дэр": "der", "ден": "den",
                    "дэн": "den", "тер": "ter", "тэр": "ter"}
_PARTICLE_TAIL = re.compile(rf"[ \t]+((?:ван|фон|де|дэ|тер|тэр)(?:[ \t]+(?:дер|дэр|ден|дэн|де|дэ))?)[ \t]+({_NAME})(?![\w-])")
# a Belarusian body's genitive right before a name: its holder is local ("председатель райисполкома ...")
_LOCAL_HOST_BEFORE = re.compile(r"(?:(?:рай|обл|гор)исполкома|(?:рай|абл|гар)выканкама|сельсовета|сельсавета|"
                                r"Беларуси|Беларусі|района|раёна|области|вобласці)\s+\Z")
# what a page says next about a worker it names by trade and surname: a relative clause of a person
# ("Капитан Мележик, который водит суда", "Трэнер варатароў Мацюк, які выхоўвае", "..., якая працуе") or where
# the worker comes from ("Пчеловод Гулевич из деревни ...", "Пчаляр Гуляўскі з вёскі ..."): the capitalized
# word is the subject, a surname, not the start of a place or a body's name
_ABOUT_A_WORKER_AFTER = re.compile(r",\s*(?:который|которая|які|якая)(?![\w-])"
                                   r"|\s+(?:из|з|со)\s+(?:деревни|села|посёлка|поселка|агрогородка|города|"
                                   r"вёскі|сяла|пасёлка|аграгарадка|горада|г\.|д\.|аг\.)(?![\w-])")
# nouns for what a person is (a role, a profession, a post) in the nominative
_ROLE_NOUNS = (r"руководитель|руководительница|кіраўнік|кіраўніца|представитель|"
               r"представительница|прадстаўнік|прадстаўніца|экономист|эканаміст|студент|студентка|"
               r"студэнт|студэнтка|консул|советник|саветнік|посол|пасол|эксперт|специалист|спецыяліст|"
               r"директор|директриса|дырэктар|менеджер|менеджар|инженер|інжынер|фермер|профессор|прафесар|"
               r"координатор|каардынатар|переводчик|перакладчык|переводчица|перакладчыца|врач|урач|"
               r"агроном|аграном|делегат|дэлегат|гость|госць|председатель|старшыня|тренер|трэнер|журналист|журналіст|"
               r"выпускник|выпускница|выпускнік|выпускніца|учащийся|учащаяся|школьник|школьница|школьнік|школьніца|"
               r"учитель|учительница|настаўнік|настаўніца|воспитатель|воспитательница|выхавальнік|выхавальніца|"
               r"медсестра|медсястра|волонтер|волонтёр|валанцёр|ветеран|ветэран|пенсионер|пенсіянер|"
               r"участник|участница|удзельнік|удзельніца|победитель|победительница|пераможца|"
               r"мастер|майстар|водитель|вадзіцель|оператор|аператар|механизатор|механізатар|доярка|даярка")
_ROLE_NOUN = re.compile(rf"(?i:{_ROLE_NOUNS})")
# (the body after the post may be named in quotes: "кіраўнік кампаніі «Номін Холдынг» ...")
_CONTEXT_POST = re.compile(rf"(?:^|[\s,.«»—])(?i:{_ROLE_NOUNS})"
                           r"(?:\s+[а-яёіў-]+){0,4}(?:\s+(?:[А-ЯЁІЎ][А-ЯЁІЎа-яёіў-]+|«[^«»\n]{1,40}»)(?:\s+[а-яёіў-]+){0,2}){0,2}\s+$")
# an adjective's suffix and ending, which no surname has ("Отечественной", "Айчыннай", "Государственного")
_ADJECTIVE_SUFFIX = re.compile(r"(?:енн|анн|онн|ённ|ічн|ичн|тельн|альн|ыльн|ільн|ическ|ічн)(?:ой|ая|ую|ого|ому|ым|ых|ий|ый|ое|ай|ае|ага|аму|ім|іх)$")
_ADJECTIVE_ENDING = re.compile(r"(?:ого|его|ому|ему|ой|ий|ый|ая|яя|ое|ее|ых|их|ага|яга|аму|ым|ім|ую|юю|ыя|ія|скі|цкі|ай|яй|ае)$")
# the nouns of a body or a building, in any case: "Дырэктар Музея-сядзібы Тадэвуша ..." names no person there
_BODY_NOUN = re.compile(r"^(?:дом(?:а|у|е|ом)?$|музе|сядзіб|усадьб|министерств|міністэрств|комитет|камітэт|управлени|упраўленн|отдел|"
                        r"аддзел|центр|цэнтр|институт|інстытут|университет|універсітэт|академи|акадэмі|компани|"
                        r"кампані|завод|фабрик|храм|собор|сабор|костел|касцёл|церкв|царкв|парафі|приход|монастыр|"
                        r"манастыр|школ|гимнази|гімназі|колледж|каледж|посольств|пасольств|консульств|банк|ассоциаци|"
                        r"асацыяц|союз|саюз|федераци|федэрацы|фонд|агентств|агенцтв|служб|палац|дворц|театр|тэатр|"
                        r"комбинат|камбінат|предприяти|прадпрыемств|общин|абшчын|ансамбл|клуб|библиотек|бібліятэк)")
# consonants an aspirate х follows in South Asian and African names: Тхарака is Tharaka, not Tkharaka
_ASPIRATE = re.compile(r"(?<=[тдбгпкчнm])х")


# в after a consonant but л м н р, before a vowel: the w of Tafadzwa, Kwame, Swami (not Calvin, Marvin)
_AFTER_CONSONANT_W = re.compile(r"(?<=[бгдзкпстфхцчшж])в(?=[аеиоуэыяі])")


def _foreign_latin(word: str, english: bool = False) -> str | None:
    """A foreign name that no list has, written in Cyrillic, as English spells it: the Russian BGN
    romanization with дж as j and an aspirate х as h (Виджесекера: Vijesekera, Ранасингхе: Ranasinghe);
    with `english` (a name of the lands English spells from sound: Africa, South Asia) в after a consonant
    as w (Тафадзва: Tafadzwa, Двиведи: Dwivedi)."""
    low = _ASPIRATE.sub("h", word.lower()).replace("дж", "j")
    if english:
        low = _AFTER_CONSONANT_W.sub("w", low)
    latin = re.sub(r"(?<=[ae])y$", "i", press_form(transliterate(low, "ru-bgn")))  # Somchai, as Thai is written
    return latin[:1].upper() + latin[1:] if latin and latin.isascii() else None


# the last letters of a foreign man's first name that Russian and Belarusian do not decline (Ласло, Пьетро,
# Хосе, Андреа): his surname's own ending shows the case ("с Ласло Ковачем")
_INDECLINABLE_ENDS = frozenset("оеиуэюі")


def _after_indeclinable(word: str, countries: tuple[str, ...]) -> str:
    """The nominative of a surname after a foreign first name that does not decline: an instrumental -ом, -ем
    off where a country of the first name lists the rest (Ковачем: Ковач, Kovács; Молнаром: Молнар); else as
    written."""
    m = re.fullmatch(r"(.{3,}?)(?:ом|ем)", word)
    if m and any(c in ORTHOGRAPHY_OF and foreign_surnames().get(m.group(1), c) for c in countries):
        return m.group(1)
    return word


def _short_patronymic(word: str) -> bool:
    """A patronymic of the short form, any case, made from a first name in -а/-я: Кузьмич (Кузьма),
    Фомич, Лукич, Ильич (Илья), Кузьміч; the -ович/-евич ones are _PATRONYMIC's."""
    m = re.fullmatch(r"(.+?)[иі]ч(?:а|у|ем|ам|ом|е)?", word.lower())
    first = russian_names()["first"]
    return bool(m) and len(m.group(1)) >= 2 and not re.search(r"(?:ов|ев|ав|ав)$", m.group(1)) \
        and any(m.group(1).replace("і", "и") + tail in first for tail in ("а", "я"))


def _fleeting_vowel(written: str, nominative: str, lang: str) -> str:
    """A man's surname whose last vowel drops in the oblique cases, back in the nominative: Зуёнку,
    Асташенка (Russian: -енко does not decline there) are Зуёнок, Асташенок; Кравцу, Мстиславца are
    Кравец, Мстиславец. Belarusian -енка is a nominative of its own (Ляшэнка), so only Russian -нк-."""
    low = nominative.lower()
    if lang == "ru" and re.search(r"(?:[аеёоу]н|[шжч])к[ауе]?$", low) and not written.lower().endswith("о"):
        return re.sub(r"([аеёоу]н|[шжч])к[ауе]?$", r"\1ок", nominative)  # (Лобанка: Лобанок)
    if re.search(r"[^аеёиоуыэюяіь]ц$", low) and written.lower() != low:
        return nominative[:-1] + "ец"
    return nominative


class CyrillicNames:
    def __init__(self, registry, languages: LanguageRegistry | None = None):
        self.registry = registry
        self.languages = resolve(languages)
        self._bodies = StemIndex()
        # and their Belarusian names by the spelling key the two languages share: a page's Belarusian spelling
        # may differ from the gazetteer's (Бярэзінскага райвыканкама beside Беразінскі, яканне and a hard р)
        self._bodies_loose = StemIndex(fold=belarusian_key)
        self._countries: list[tuple[str, str]] | None = None  # (Russian or Belarusian name, English), made when asked
        self._text = ""  # the text mentions() reads: what a name's neighbourhood is taken from
        self.companies = CompanyNames(self.languages)
        self.sites = SiteRegistry.load(companies=self.companies)  # one namer for both: its tables are slow to read
        for site in self.sites:
            for name in (site.labels.get("ru"), site.labels.get("be"), *site.aliases):
                if name and "ого " not in name and "ага " not in name:  # genitives come from the stems
                    self._bodies.add(name, site.name)
                    if _BELARUSIAN_LETTER.search(name):
                        self._bodies_loose.add(name, site.name)
                    for variant in _belarusian_locatives(name):
                        self._bodies.add(variant, site.name)
        self._known = StemIndex()  # registry organizations by their Russian/Belarusian names (2+ words)
        # and by one capitalized word of 5+ letters ("Белкаапсаюза", "Беларусбанк", "Минздрав"), read only as
        # written with its capital
        self._known_words = StemIndex()
        self._acronyms: dict[str, str] = {}  # "БРСМ" -> id, matched in capitals only
        self._mixed_acronyms: dict[str, str] = {}  # "БелТА" -> id: as written, or in capitals in a credit
        for e in registry:
            if e.type != "organization":
                continue
            for name in e.names():
                if not CYRILLIC.search(name):
                    continue
                if len(name.split()) >= 2:
                    self._known.add(name, e.id)
                    if re.search(r"\sў", name):  # "ва ўніверсітэце" / "у Беларуска-Расійскім універсітэце"
                        self._known.add(re.sub(r"(?<=\s)ў", "у", name), e.id)
                    for variant in _belarusian_locatives(name):  # у ... універсітэце, у ... Савеце дэпутатаў
                        self._known.add(variant, e.id)
                    post = re.sub(r"^(?:Министерство|Міністэрства)(?=\s)", "Министр" if name[1] == "и" else "Міністр", name)
                    if post != name and e.id.startswith("ministry-of-"):
                        self._known.add(post, f"{e.id}{_POST}")  # "министр иностранных дел" names the ministry
                elif name.isupper() and len(name) >= 2:
                    self._acronyms.setdefault(name, e.id)
                elif re.fullmatch(r"[А-ЯЁІЎ][а-яёіў]{4,}(?:-[А-ЯЁІЎа-яёіў]+)?", name):
                    self._known_words.add(name, e.id)
                elif re.fullmatch(r"[А-ЯЁІЎ][а-яёіў]*[А-ЯЁІЎ][А-ЯЁІЎа-яёіў]*", name):  # БелТА, БелАЗ, БелАЭС, ГрГУ
                    self._mixed_acronyms.setdefault(name, e.id)
        for kind, _oblast, en, _ru, _be, ru_adj, be_adj in rows(BELARUS_FILE):
            if kind in ("district", "town") and ru_adj:
                self._bodies.add(f"{ru_adj[:-2]}ая епархия", f"{en} Diocese")
                self._bodies.add(f"{be_adj[:-1]}ая епархія", f"{en} Diocese")

    def _namesake_abroad(self, toks, i: int, n: int, eid: str) -> tuple[int, int, str] | None:
        """(first token, tokens from i, English name) of a body abroad that a registry name of a Belarusian
        body starts at token i: the name is followed by a place abroad ("Савета Рэспублікі Татарстан" =
        State Council of the Republic of Tatarstan, with its rank word before it), else None."""
        entity = self.registry.get(eid)
        place = self._state_at(toks, i + n) if entity is not None and entity.type == "organization" else None
        if place is None or place[1] == "Belarus" or place[2] not in ("country", "region") \
                or re.search(r"(?:у|ю|е|ом|ой|ам|ем)$", toks[i + n + place[0] - 1][0]):
            return None  # (only the place's genitive or its name after "Республики" owns a body: not "... Литве")
        short = [a for a in entity.names() if a.isascii() and "Belarus" not in a]  # (not "Belarusian Railway")
        if not short:
            return None
        start = i - 1 if i and _RANK.match(toks[i - 1][0]) else i
        rank = "State " if start < i else ""
        return start, n + place[0], f"{rank}{min(short, key=len)} of {place[1]}"

    def _name_goes_on_abroad(self, toks, j: int) -> bool:
        """Whether "и <lower-case words> <a foreign country>" follows at token j: the rest of a ministry's name
        abroad ("экономики и коммерции Кыргызстана"), not a second body ("... Беларуси и Министерства ...")."""
        if j + 2 >= len(toks) or toks[j][0].lower() not in ("и", "і"):
            return False
        k = j + 1
        while k < min(j + 4, len(toks)) and toks[k][0].isalpha() and toks[k][0].islower():
            k += 1
        return k > j + 1 and self._country_after(toks, k) is not None

    def _country_after(self, toks, i: int) -> str | None:
        """The English name of a foreign country in any case at token i ("Казахстана"), else None."""
        if i >= len(toks):
            return None
        hit = self.registry.places._cyrillic.match(toks, i)
        place = self.registry.places.get(hit[1]) if hit and hit[0] == 1 else None
        if place is None or place.kind != "country" or place.label("en") == "Belarus":
            return None
        return place.label("en")

    def _local_body_at(self, toks, i: int) -> tuple[int, str] | None:
        """(tokens, English name) of a town's, settlement's or village's own committee or council at token i
        ("Краснасельскім пасялковым выканкаме", "Старобинском поссовете"): named as its site is (sites.py)."""
        hit = self.sites.body_at([t[0] for t in toks[i:i + 4]]) if CYRILLIC.match(toks[i][0]) else None
        return (hit[0], hit[1].name) if hit else None

    def _parent_at(self, toks, i: int) -> str | None:
        """The English name of the executive committee or other body a department at token i belongs to."""
        if i >= len(toks):
            return None
        known = self._known.match(toks, i)
        if known:
            return self.registry.label(known[1].removesuffix(_POST), "en")
        if toks[i][0] in self._acronyms:  # "раённага камітэта БРСМ"
            return self.registry.label(self._acronyms[toks[i][0]], "en")
        body = self._body_at(toks, i) or self.companies.at(toks, i)
        return body[1] if body else None

    def _body_at(self, toks, i: int) -> tuple[int, str] | None:
        """(tokens, English name) of a site's body (an executive committee) named at token i, as the gazetteer
        spells it or, in Belarusian, in another spelling of its town (Бярэзінскі: Беразінскі)."""
        return self._bodies.match(toks, i) or self._bodies_loose.match(toks, i)

    def _state_at(self, toks, i: int) -> tuple[int, str, str] | None:
        """(tokens, English name, kind) of a place in any case at token i (a country, Belarus too, a region abroad,
        a town), with "Республики"/"Рэспубліцы" before a country's name ("Республике Беларусь", "Рэспублікі Карэя")."""
        whole = self.registry.places._cyrillic.match(toks, i) if i < len(toks) else None  # "Республика Корея"
        people = 1 if not whole and i + 2 < len(toks) and _PEOPLES.match(toks[i + 1][0]) else 0
        if not whole and i + 1 + people < len(toks) and _STATE_WORD.match(toks[i + 1 + people][0]):
            country = self._country_of_adjective(toks[i][0])  # "Кыргызской Республики": Kyrgyzstan
            if country is not None:  # (and "Китайской Народной Республики": China)
                return 2 + people, country, "country"
        republic = not whole and i < len(toks) and _STATE_WORD.match(toks[i][0])  # "Султаната Оман"
        j = i + 1 if republic else i
        hit = whole or (self.registry.places._cyrillic.match(toks, j) if j < len(toks) else None)
        place = self.registry.places.get(hit[1]) if hit else None
        if place is None or (republic and place.kind not in ("country", "region")):  # (a republic of Russia: Татарстан)
            return None
        return hit[0] + j - i, place.label("en"), place.kind

    def _local_government_abroad_at(self, toks, i: int) -> tuple[int, str, list[str]] | None:
        """(tokens, English name, other names) of a town's own government abroad at token i, named by its kind
        and the town: "мэрии Вальядолида" = Valladolid City Council, "самоуправления Друскининкая" =
        Druskininkai Municipality, "гмины Тересполь" = Gmina Terespol (a Belarusian town has an executive
        committee instead)."""
        forms = next((f for pattern, f in _LOCAL_GOVERNMENTS if pattern.match(toks[i][0])), None)
        if forms is None or i + 1 >= len(toks):
            return None
        hit = self.registry.places._cyrillic.match(toks, i + 1)
        place = self.registry.places.get(hit[1]) if hit else None
        if place is None or place.kind not in ("town", "city") or place.country == "BY":
            return None
        names = [f.format(town=place.label("en")) for f in forms]
        return 1 + hit[0], names[0], names[1:]

    def _archive_at(self, toks, i: int) -> tuple[int, str, list[str]] | None:
        """(tokens, English name, other names) of a state archive at token i, named by its rank and the
        region or country it keeps the records of: "Государственный архив Брянской области" = State Archive
        of Bryansk Oblast, "Нацыянальным гістарычным архіве Беларусі" = National Historical Archives of
        Belarus, "Зональный государственный архив в г. Пинске" = Zonal State Archive in Pinsk. None for an
        archive no rank or owner names ("в архиве района")."""
        words, j = [], i
        while j < len(toks) and (m := _ARCHIVE_WORD.match(toks[j][0])):
            words.append(_ARCHIVE_WORDS[m.group(1).lower()])
            j += 1
        if not words or words[0] == "Historical" or j >= len(toks) or not _ARCHIVE.match(toks[j][0]):
            return None
        words = sorted(dict.fromkeys(words), key=["Zonal", "National", "Central", "State", "Historical"].index)
        noun = "Archives" if words[0] == "National" else "Archive"
        j += 1
        owner = self._state_at(toks, j) if j < len(toks) else None
        if owner and owner[2] in ("country", "region", "oblast"):
            label = f"{' '.join(words)} {noun} of {owner[1]}"
            other = [f"{' '.join(words)} {noun} of the Republic of {owner[1]}"] if owner[2] == "country" else []
            return j + owner[0] - i, label, other
        where = j + (j + 1 < len(toks) and toks[j][0].lower() in ("в", "у", "ў"))
        if where > j and where + 2 < len(toks) and toks[where][0] == "г" and toks[where + 1][0] == ".":
            where += 2  # "в г. Пинске"
        town = self._state_at(toks, where) if where > j and where < len(toks) else None
        if town and town[2] in ("town", "city") and words[0] == "Zonal":
            return where + town[0] - i, f"{' '.join(words)} {noun} in {town[1]}", []
        return None

    def _confucius_at(self, toks, i: int) -> tuple[int, str, list[str]] | None:
        """(tokens, English name, other names) of a Confucius Institute at the university named after it:
        "Институт Конфуция БГУ" = Confucius Institute at Belarusian State University (not the university)."""
        if i + 2 >= len(toks) or not _INSTITUTE.match(toks[i][0]) or not _CONFUCIUS.match(toks[i + 1][0]):
            return None
        j = i + 2 + (toks[i + 2][0].lower() in ("при", "пры"))
        known = self._known.match(toks, j) if j < len(toks) else None
        n, eid = known if known else (1, self._acronyms.get(toks[j][0])) if j < len(toks) else (0, None)
        if not eid:
            return None
        university = self.registry.label(eid.removesuffix(_POST), "en")
        names = [f"Confucius Institute of {university}"]
        names += [f"Confucius Institute of {toks[j][0]}"] if n == 1 and toks[j][0].isupper() else []
        return j + n - i, f"Confucius Institute at {university}", names

    def _council_abroad_at(self, toks, i: int) -> tuple[int, str, list[str]] | None:
        """(tokens, English name, other names) of a town's or region's council abroad by the place's adjective:
        "Вологодской городской Думы" = Vologda City Duma, "Кемеровского городского Совета народных депутатов" =
        Kemerovo City Council of People's Deputies, "Брянской областной Думы" = Bryansk Oblast Duma (a
        Belarusian town's council is a site's body, sites.py)."""
        if i + 2 >= len(toks) or not toks[i][0][:1].isupper():
            return None
        level = _COUNCIL_LEVELS.get(toks[i + 1][0][:5].lower().replace("а", "о"))
        kind = _COUNCIL_KINDS.match(toks[i + 2][0])
        if level is None or kind is None:
            return None
        town = self.companies.place(toks[i][0])
        places = self.registry.places
        found = places.named(town) if town else []
        if not found or any(p.country in ("BY", None) for p in found):
            return None
        body = "Duma" if kind.group(1).lower().startswith("дум") else "Council"
        n, deputies = 3, ""
        words = [t[0].lower() for t in toks[i + 3:i + 5]]
        if body == "Council" and words[:2] in (["народных", "депутатов"], ["народных", "дэпутатаў"]):
            n, deputies = 5, " of People's Deputies"
        elif body == "Council" and words[:1] in (["депутатов"], ["дэпутатаў"]):
            n, deputies = 4, " of Deputies"
        elif body == "Council" and words[:1] in (["ветеранов"], ["ветэранаў"]):  # "Смоленский областной совет ветеранов"
            label = f"{town} {'Regional' if level == 'Oblast' else level} Council of Veterans"
            return 4, label, [label.replace(" Regional ", " Oblast ")] if level == "Oblast" else []
        label = f"{town} {level} {body}{deputies}"
        aliases = [f"{town} {level} {body}"] if deputies else []
        return n, label, aliases + [a.replace(" Oblast ", " Regional ") for a in (label, *aliases) if " Oblast " in a]

    def _community_at(self, toks, i: int) -> tuple[int, str, list[str]] | None:
        """A people's community or church as a body, by its country's adjective: "Армянская община Витебской
        области" = Armenian community of Vitebsk Oblast, "армянскай дыяспары Гомеля", "Армянская апостольская
        церковь" = Armenian Apostolic Church."""
        if i + 1 >= len(toks) or not CYRILLIC.match(toks[i][0]):
            return None
        country = self._country_of_adjective(toks[i][0][:1].upper() + toks[i][0][1:])
        demonym = lx.COUNTRY_DEMONYM.get(country) if country else None
        if demonym is None:
            return None
        kind = _COMMUNITY.match(toks[i + 1][0])
        if kind is not None:
            place = self._state_at(toks, i + 2)
            if place is None or place[2] == "country":
                return None
            noun = "community" if kind.group(1).lower() in ("общин", "абшчын") else "diaspora"
            label = f"{demonym} {noun} of {place[1]}"
            aliases = [f"{demonym} {noun} of {place[1].rsplit(' ', 1)[0]}"] if place[1].endswith((" Oblast", " Region")) else []
            return 2 + place[0], label, aliases + [label.replace(" Oblast", " oblast")] if " Oblast" in label else aliases
        j, words = i + 1, []
        while j < len(toks) and (w := _DENOMINATION.match(toks[j][0])):
            words.append(w.group(1))
            j += 1
        if not words or j >= len(toks) or not _CHURCH.match(toks[j][0]):
            return None
        english = " ".join(_DENOMINATIONS_EN[w.lower()] for w in words)
        return j + 1 - i, f"{demonym} {english} Church", []

    def _red_cross_at(self, toks, i: int) -> tuple[int, str, list[str]] | None:
        """A national Red Cross society abroad named by its country's adjective: "Канадского Красного Креста",
        "Канадскага Чырвонага Крыжа" = Canadian Red Cross."""
        if i + 2 >= len(toks) or not _RED_CROSS.match(f"{toks[i + 1][0]} {toks[i + 2][0]}"):
            return None
        country = self._country_of_adjective(toks[i][0])
        demonym = lx.COUNTRY_DEMONYM.get(country) if country else None
        if demonym is None:
            return None
        return 3, f"{demonym} Red Cross", [f"{demonym} Red Cross Society", f"Red Cross Society of {country}"]

    def _country_of_adjective(self, word: str) -> str | None:
        """The English name of the one country whose Russian or Belarusian name starts like the adjective
        `word` of a state's long name ("Кыргызской" Республики: Кыргызстан; "Французской": Франция)."""
        m = re.match(r"^([А-ЯЁІЎ][а-яёіў]{3,}?)(?:ск|цк)[а-яёіў]{1,3}$", word)
        if m is None:
            return None
        if self._countries is None:
            self._countries = [(name.lower(), p.label("en")) for p in self.registry.places
                               if p.kind == "country" and p.label("en") != "Belarus"
                               for name in (p.labels.get("ru"), p.labels.get("be")) if name and " " not in name]
            # (one word: "Французская Гвиана" is no French Republic)
        if self.companies.place(word):
            return None  # a Belarusian place's ("Полоцкая"), never a country's
        for stem in (m.group(1).lower()[:4], m.group(1).lower()[:3]):  # Армянская: Армения (арм-)
            found = {en for name, en in self._countries if name.startswith(stem)}
            if found:
                return found.pop() if len(found) == 1 else None
        return None

    def _person(self, first_word: str, surname_word: str, lang: str) -> Candidate | None:
        """A first name and surname in any case as a person: "Андреем Кузнецовым" -> Andrei Kuznetsov, with the
        nominative as the page's language writes it for a label ("Андрей Кузнецов"); a name the press spells
        from another language's form also keeps its own romanization as an alias (Ігар Ляшэнка: Igor
        Lyashenko, Ihar Liashenka) and that form as that language's label (Игорь Ляшенко)."""
        for ending, nominative, feminine in _FIRST_NAME_CASES:
            if ending and not first_word.endswith(ending):
                continue
            stem = first_word[:len(first_word) - len(ending)] if ending else first_word
            if len(stem) < 2:
                continue
            first = self._press_name(stem + nominative, lang, first_name=True)
            if not first:
                continue
            if ending and feminine and re.search(r"(?:ого|его|ага|яга|ому|аму)$", surname_word):
                continue  # a man's name in the genitive: "Кірылы Тураўскага" (Кірыла is Kirill)
            if not ending and stem[-1:] in "ая" and re.search(r"[иі]ча$", surname_word):
                continue  # a man's -ич in the genitive, so his name is too: "Мілана Іліча" is Мілан Іліч's

            # (Илью Коржа: a man's name that declines as a woman's, and his surname as a man's)
            mans = (_russian_form(stem + nominative, self.languages.get(lang), True) if self.languages.get(lang)
                    else None) or stem + nominative
            man_in_a = mans.lower() in russian_names()["man_in_a"]

            def nominative_of(written: str) -> str:
                if ending or nominative:  # an oblique case: the surname is inflected too
                    female = (feminine if feminine is not None else (stem + nominative)[-1:] in "аяа") and not man_in_a
                    nom = next((written[:len(written) - len(s_end)] + s_nom for s_end, s_nom in _SURNAME_CASES[bool(female)]
                                if written.endswith(s_end) and len(written) - len(s_end) >= 3), written)
                    if lang == "be" and not female and nom != written:
                        nom = re.sub(r"(?<=[аоеё])в$", "ў", nom)  # Барысавым: Барысаў (ў turns в before an ending)
                    return nom if female else _fleeting_vowel(written, nom, lang)
                if _WOMANS_OBLIQUE.search(written) and self._womans_name(first_word):
                    # a woman's first name that does not decline (Айгуль) before a declined surname:
                    # "с Айгуль Мукашевой" is Aigul Mukasheva
                    return _WOMANS_OBLIQUE.sub("а", written)
                return written
            surname_nom = _each_half(surname_word, nominative_of)
            surname = self._press_name(surname_nom, lang)
            if not surname or re.search(r"[сц]к[иі]х$", surname_word):
                return None  # (a plural adjective names saints or a family: "святых Кірылы і Мікалая Гомельскіх")
            person = Candidate("person", f"{first} {surname}", labels={lang: f"{stem + nominative} {surname_nom}"})
            # the spellings English news uses as well: ё as yo (Kovalyov), ye after a vowel as e (Zueva), ay
            # for ai (Nikolay)
            with_yo = self._press_name(surname_nom, lang, keep_yo=True)
            # (and a final й after a vowel as i: Kirilenko-Boy, Kirilenko-Boi)
            # (and an adjective's -ый as the press shortens it: Shelkovyy, Shelkovy)
            person.aliases += [a for a in dict.fromkeys((f"{first} {with_yo}", _plain_ye(f"{first} {surname}"),
                                                         re.sub(r"ai$", "ay", first) + f" {surname}",
                                                         f"{first} {re.sub(r'(?<=[aeou])y$', 'i', surname)}",
                                                         f"{first} {re.sub(r'(?<=[^aeiou])yy$', 'y', surname)}"))
                               if a != person.label and with_yo]
            language = self.languages.get(lang)
            if language is not None and language.press_respelling is not None:
                # (a first name the lexicon does not know in its own romanization, letter by letter: Мікола
                # Сідарук is also Mikola Sidaruk)
                own = " ".join(filter(None, (_latin(stem + nominative, lang, first_name=True) or passport_latin(stem + nominative),
                                             _each_half(surname_nom, lambda half: _latin(half, lang) or ""))))
                if len(own.split()) == 2 and own != person.label:
                    person.aliases.append(own)
                russian = [_russian_form(stem + nominative, language, first_name=True),
                           _each_half(surname_nom, lambda half: _russian_form(half, language, first_name=False) or "")]
                if all(russian) and language.press_respelling[0] in self.languages:
                    person.labels[language.press_respelling[0]] = " ".join(russian)
                self._own_spelling(person, f"{stem + nominative} {surname_nom}", language)
            return person
        return None

    def _spelt(self, person: Candidate, name: str, lang: str) -> None:
        """_own_spelling on a page of a language whose names the press respells (Belarusian)."""
        language = self.languages.get(lang)
        if language is not None and language.press_respelling is not None:
            self._own_spelling(person, name, language)

    def _own_spelling(self, person: Candidate, name: str, language: Language) -> None:
        """`person` (its words `name` as the page writes them) labelled in one system: the Belarusian
        passport romanization of the whole name where the Russian form of its surname is a guess
        (Мікалай Сцяпурка: Mikalai Stsiapurka, not a Russian first name before a half-Russian surname);
        the press label stays an alias. Where only the beginnings of Russian surnames told its я and ы
        (Сцяцко: Стецко), the passport's and the letters' spellings stay aliases (Aleh Stsiatsko, Oleg Styatsko)."""
        surname = name.split()[-1].split(".")[-1]
        words = [passport_latin(w) if w[-1:] != "." else "".join(f"{passport_latin(c)}." for c in w.split(".") if c)
                 for w in name.split()]
        # the surname in its own letters after the press's first name or initials, as much of the press writes a
        # Belarusian (Сяргей Радзюк: Sergei Radzyuk; Рамановіч А.К.: A.K. Ramanovich), and a -ёнок without its yo
        # (Кавалёнак: Kovalyonok, Kovalenok)
        own = _each_half(surname, lambda half: _latin(half, language.code) or "")
        own = re.sub(r"(?<=[aeiou])w", "u", re.sub(r"(?<=[aeou])y(?=[bcdfghklmnpqrstvwxz])", "i", own))  # Loika, Charnyauski
        head = person.label.rsplit(" ", 1)[0] + " " if " " in person.label else ""
        person.aliases += [a for a in dict.fromkeys((f"{head}{own}" if own.strip("-") else "",
                                                     re.sub(r"(?<=[bcdfghklmnprstvz])yo(?=n)", "e", person.label)))
                           if a and a != person.label and a not in person.aliases]
        if not _russian_uncertain(surname, language):
            letters = _each_half(surname, lambda half: _letter_russian_form(half, language, False) or half)
            if all(words) and " ".join(words) != person.label and _each_half(
                    surname, lambda half: _russian_form(half, language, False) or half) != letters:
                spelled_in = self.languages.get(language.press_respelling[0]) if language.press_respelling else None
                head = person.label.rsplit(" ", 1)[0]
                plain = [f"{head} {press_form(transliterate(letters.replace('ё', 'е'), spelled_in.translit_systems[0]))}"] \
                    if spelled_in is not None and spelled_in.translit_systems and " " in person.label else []
                person.aliases += [a for a in (" ".join(words), *plain) if a not in person.aliases and a != person.label]
            return
        if all(words) and " ".join(words) != person.label:
            person.aliases = [a for a in dict.fromkeys([person.label, *person.aliases]) if a != " ".join(words)]
            person.label = " ".join(words)

    def _foreign_person(self, m: re.Match, text: str, lang: str) -> Candidate | None:
        """A first name the lexicon does not know before a Slavic surname in the nominative, inside a
        sentence ("представитель компании Милош Стоянович": Milosh Stoyanovich); never a sentence's
        first word ("Вчера Петров ..."), a post ("Губернатора Иванов"), a place or a country."""
        first, surname = m.group(1), m.group(2)
        # a woman's name right after a verb in the feminine past ("провела Гульнора Юсупова",
        # "адзначыла ..."), not "праздник Рождества Христова"
        verb = text[max(0, m.start(1) - 20):m.start(1)].split()[-1:]
        slavic = _SLAVIC_SURNAME.search(surname) or (
            first[-1] in "ая" and _SLAVIC_WOMANS_SURNAME.search(surname)
            and any(re.fullmatch(r"[а-яёіў]{2,}ла", w) for w in verb))
        if not slavic or len(first) < 3 or _POST_WORD.match(first) or re.fullmatch(_PATRONYMIC, first) \
                or re.search(r"(?:^|[.!?…:;«\"\n])\s*$", text[:m.start(1)]) \
                or self._place_word(first) or first.lower() in _NOT_SURNAMES:
            return None
        # (a foreign first name in Belarusian letters as the press writes it, from its Russian form: г is g,
        # not the h of Belarusian romanization: Наранцэцэг is Narantsetseg)
        language = self.languages.get(lang)
        respelling = language.press_respelling if language is not None else None
        russian = (_letter_russian_form(first, language, True) or first) if respelling else first
        russian = first[0] + russian[1:] if first[0] == "Э" else russian  # (Russian too writes Э first: Эрдэнэ)
        given = _latin(russian, respelling[0] if respelling else lang)
        family = self._press_name(surname, lang)
        if not (given and family):
            return None
        person = Candidate("person", f"{given} {family}", labels={lang: f"{first} {surname}"})
        if _plain_ye(person.label) != person.label:
            person.aliases.append(_plain_ye(person.label))
        hit = foreign_first_names().get(first, akanne=lang == "be")
        native = native_surname(surname, hit[2]) if hit else None
        if native:  # the name as its country spells it finds the person too (Miloš Stojanović)
            person.aliases.append(f"{hit[0]} {native}")
        return person

    def _name_goes_on(self, text: str, end: int, last: str, person: Candidate, lang: str) -> int:
        """The end of a name of more than two words, `person` relabelled to it: a second Spanish or
        Portuguese surname ("Хосе Луис Родригес Перес", "Мэрсэдэс Фернандэс Руіс"), an Arabic family name
        after a given name ("Ахмед Мохамед Абдель-Азиз"); the name as two words is kept as an alias."""
        nxt = re.match(rf"[ \t]+({_NAME})(?![\w-])", text[end:])
        if nxt is None or self._not_a_surname(nxt.group(1)) or _POST_WORD.match(nxt.group(1)) or len(person.label.split()) >= 4:
            return end
        word = nxt.group(1)
        extra = None
        family = _ARABIC_FAMILY.match(text[end:])
        if family and (rest := self._arabic_letters(family.group(2), lang)):
            # "Мохаммед Салем Аль Дахери": the family name with its article written apart (Al Daheri)
            nxt, word, extra = family, f"{family.group(1)} {family.group(2)}", f"Al {rest}"
        country = next((c for c in ("spain", "portugal", "brazil") if surname_of(last, c) and surname_of(word, c)), None)
        middle = (person.labels.get(lang) or " ").split()[-1]
        if person.label.split()[-1].lower() in SOUTH_ASIAN_MIDDLES and last.startswith(middle):
            # a South Asian middle name before the family name ("Раджешем Кумаром Агарвалом": Rajesh Kumar
            # Agarwal), the family name in the middle's case (a family name in -а its own: Кумаром Шармой)
            ending = last[len(middle):]
            nominative = word[:len(word) - len(ending)] if ending and word.endswith(ending) else word
            nominative = re.sub(r"(?<=[^аеёиоуыэюяі])(?:ой|ы|е|у|ай|і)$", "а", nominative) if nominative == word and ending else nominative
            hit = foreign_first_names().get(person.labels[lang].split()[0], akanne=lang == "be", second_choice=True)
            extra = native_surname(nominative, hit[2] if hit and hit[2][0] in ORTHOGRAPHY_OF else ("india",))
            if extra:
                word = nominative
        elif country is not None:
            extra = native_surname(word, (country,))
            if extra and person.label.isascii():
                extra = _fold(extra)
        elif re.match(r"(?:Абд[еу]ль?|Эль|Аль|Ал|Ель|Ад|Ар|Ас|Аш|Ат|Аз|Ан)-[А-ЯЁІЎ]", word) \
                or (foreign_first_names().get(last, akanne=lang == "be") and re.search(r"[А-ЯЁІЎ][а-яёіў]+-[А-ЯЁІЎ]", word)):
            extra = self._arabic_word(word, lang)
        if not extra and foreign_first_names().get((person.labels.get(lang) or " ").split()[0], akanne=lang == "be"):
            # a family name of world_names.tsv after a foreign given name and another given name, in their case
            # ("Мухаммадом Асифом Ханом": Muhammad Asif Khan)
            ending = last[len(middle):] if last.startswith(middle) else ""
            nominative = word[:len(word) - len(ending)] if ending and word.endswith(ending) else word
            hit = world_names().get("surname", nominative, akanne=lang == "be")
            if hit:
                extra, word = hit[0], nominative
        if not extra:
            return end
        short = person.label
        person.label = f"{short} {extra}"
        person.aliases = [a for a in dict.fromkeys([*person.aliases, short, _fold(person.label)]) if a != person.label]
        if lang in person.labels:
            person.labels[lang] = f"{person.labels[lang]} {word}"
        return end + nxt.end()

    def _name_begins(self, text: str, start: int, person: Candidate, lang: str) -> int:
        """The start of a name whose first given name precedes the two words read ("Ибрагим Муса Бала":
        a given name, the father's, the family's): a foreign given name right before on the line."""
        prev = re.search(rf"(?<![\w-])({_NAME})[ \t]+$", text[max(0, start - 40):start])
        if prev is None or len(person.label.split()) >= 4:
            return start
        word = prev.group(1)
        hit = foreign_first_names().get(word, akanne=lang == "be")
        if hit is None and word.lower() in russian_names()["first"]:
            hit = (self._arabic_word(word, lang) or "", "m", ("arabia",))  # Ибрагим: a Muslim name the Russian list has
        first = person.label.split()[0]
        middle = first.lower() in SOUTH_ASIAN_MIDDLES
        if hit is None and middle:  # "Раджешем Кумаром Агарвалом": a South Asian given name before its middle one
            hit = next((h for ending, nom in (("", ""), ("ем", ""), ("ом", ""), ("ем", "й"), ("а", ""), ("я", "й"),
                                              ("у", ""), ("ю", "й"), ("е", ""))
                        if word.endswith(ending) and len(word) - len(ending) >= 3 and (h := foreign_first_names().get(
                            word[:len(word) - len(ending)] + nom, akanne=lang == "be", second_choice=True))), None)
        if hit is None or not hit[0] or self._not_a_surname(word) or not (middle or foreign_first_names().get(
                (person.labels.get(lang) or " ").split()[0], akanne=lang == "be")) \
                or re.search(r"(?:^|[.!?…:;«\"\n])\s*$", text[:start - len(prev.group(0))]) or first == hit[0]:
            return start
        latin = self._arabic_word(word, lang) if any(c in hit[2] for c in ("arabia", "nigeria", "egypt")) else hit[0]
        short = person.label
        family = (person.labels.get(lang) or " ").split()[-1]
        if middle and len(short.split()) == 2 and (spelt := native_surname(family, ("india",))):
            short = f"{first} {spelt}"  # (the family name as India's English spells it: Agarwal)
        person.label = f"{latin} {short}"
        person.aliases = [a for a in dict.fromkeys([*person.aliases, short]) if a != person.label]
        if lang in person.labels:
            person.labels[lang] = f"{word} {person.labels[lang]}"
        return start - len(prev.group(0))

    def _named_by_context(self, first: str, surname: str, before: str, after: str, lang: str) -> Candidate | None:
        """Two capitalized words that no name list knows, as a person when the sentence says it is one: a
        speech verb before them ("— сказал Нимал Перера"), a post in the nominative ("Экономист Чиненье
        Окафор", "кіраўніца дэлегацыі Лерата Мокоэна") or "из <town>" after them; neither word a post, a
        place, a patronymic or an adjective ("Министерства Шри-Ланки"). Labelled as English spells such
        names from Russian (дж as j, an aspirate х as h: Dilini Ranasinghe)."""
        if not (_SPEECH_BEFORE.search(before) or _CONTEXT_POST.search(before)
                or (re.match(r"\s+(?:из|з|са|со)\s+[А-ЯЁІЎ]", after) and re.search(r"(?:^|[.!?…»\n,])\s*$", before))):
            return None
        if lx.named_after(before.split(), genitive=True):
            return None  # "Музея-сядзібы Тадэвуша Касцюшкі": the namesake of a body
        for word in (first, surname):
            if self._not_a_surname(word) or re.fullmatch(_PATRONYMIC, word) or _ADJECTIVE_ENDING.search(word.lower()) \
                    or any(_BODY_NOUN.match(part) for part in word.lower().split("-")) \
                    or word.lower() in _NOT_SURNAMES or len(word) < 3:
                return None
        if self._person(first, surname, lang) is not None:
            return None  # a name the lists know in another case form: the name rules' ("Андрея Кузнецова")
        given, family = (_foreign_latin(w, english=True) for w in (first, surname))
        if not (given and family):
            return None
        person = Candidate("person", f"{given} {family}", labels={lang: f"{first} {surname}"})
        if lang == "be" and given.endswith("a"):
            person.aliases.append(f"{given[:-1]}o {family}")  # Belarusian writes an unstressed o as а: Lerato
        return person

    def _named_by_patronymic(self, first: str, patronymic: str, surname: str, lang: str) -> Candidate | None:
        """A first name no list knows, a patronymic and a surname, all in the nominative: the patronymic
        makes them a person ("Азизбек Рахимович Юлдашев" is Azizbek Yuldashev), spelt as English spells
        such names from Russian."""
        if not re.search(r"(?:ович|евич|ьич|овна|евна|ична|авіч|евіч|аўна|еўна|оўна|ічна)$", patronymic) \
                or not re.search(r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|оў|еў|аў|ін)$", surname):
            return None
        for word in (first, surname):
            if self._not_a_surname(word) or re.search(r"(?:ом|ем|ым|ой|ей|ого|ому)$", word) or len(word) < 3:
                return None
        given, family = (_foreign_latin(w) for w in (first, surname))
        if not (given and family):
            return None
        return Candidate("person", f"{given} {family}", labels={lang: f"{first} {surname}"})

    def _patronymic(self, word: str, lang: str) -> bool:
        """A patronymic in any case, made from a first name (Александровича, Мікалаеўна), not a
        surname of the same shape (Мицкевича, Пашкевич)."""
        if _WOMANS_PATRONYMIC.search(word):
            return True
        for ending, nominative in (("", ""), ("а", ""), ("у", ""), ("ем", ""), ("ам", ""), ("ам", "")):
            if ending and not word.endswith(ending):
                continue
            stem = word[:len(word) - len(ending)] if ending else word
            if any(is_patronymic(form or "") for form in (_latin(stem, lang), self._press_name(stem, lang))):
                return True
        return False

    def _place_word(self, word: str, foreign_towns: bool = True) -> bool:
        """A country, region or town name ("Казахстана", "Лида"); a village's name is as often a surname
        (Демидов, Раков) and does not count; nor, without `foreign_towns`, a town abroad (Кашин, a
        town in Russia, is a surname after a first name: Сергей Кашин)."""
        places = self.registry.places
        return any(p.kind != "village" and (foreign_towns or p.country == "BY" or p.kind not in ("town", "city"))
                   for p in places.named(word))

    def _place_named_exactly(self, word: str) -> bool:
        """`word` is a place's own name as written (Лида, not Гаяне read loosely as Гайана)."""
        places = self.registry.places
        return any(word in p.names() for p in places.named(word))

    def _two_word_place(self, first: str, second: str) -> bool:
        """A place named by both words and by neither alone: "Новой Зеландии" (not "Никос Пападопулос",
        found as Nicosia by its first word)."""
        places = self.registry.places
        return any(any(len(name.split()) >= 2 and CYRILLIC.search(name) for name in places.get(pid).names())
                   for pid in set(places.find(f"{first} {second}")) - set(places.find(first)) - set(places.find(second)))

    def _not_a_surname(self, word: str) -> bool:
        """A capitalized word before a name that is a post, a place or a country ("Беларуси", "Директор")."""
        return bool(_POST_WORD.match(word)) or word.lower() in _NOT_SURNAMES or self._place_word(word) \
            or bool(_CYR_UPPER_WORD.fullmatch(word))

    def _womans_surname_in_vich(self, first: str, second: str, lang: str) -> bool:
        """A man's patronymic in the nominative after a woman's first name is her surname ("Ксения
        Мартинович"; not "Никита Сергеевич", a man's name in -а)."""
        language = self.languages.get(lang)
        if language is None or not re.search(r"[вш][иі]ч$", second) or first[-1:] not in "ая":
            return False
        return (_russian_form(first, language, True) or first).lower() not in russian_names()["man_in_a"]

    @staticmethod
    def _womans_name(word: str) -> bool:
        """A first name in the nominative that only women bear: -а/-я, or a foreign woman's name."""
        hit = foreign_first_names().get(word, akanne=True)
        return word[-1:] in "ая" if hit is None else hit[1] == "f"

    def _chinese(self, surname: str, given: str, lang: str) -> Candidate | None:
        """A Chinese name in the Palladius system, as pinyin: "Чжан Вэем" -> Zhang Wei."""
        label = chinese_name(surname, given)
        return Candidate("person", label, labels={lang: f"{surname} {given}"}) if label else None

    def _russian_first_name(self, word: str, lang: str) -> bool:
        """Whether the first name (nominative) is a Russian one, or a Belarusian form of one (Сергей, Сяргей):
        a guest's country is no reason to spell it otherwise when that country has no name of its sound."""
        known = russian_names()["first"]
        language = self.languages.get(lang)
        russian = _russian_form(word, language, first_name=True) if language is not None else None
        return word.lower() in known or (russian or "").lower() in known

    def _named_at_home(self, first_word: str, surname_word: str, lang: str, start: int, end: int,
                       middle: str = "", particle: str = "") -> Candidate | None:
        """A first name and surname in the nominative of a country the text names right around them (the
        sentence before to the one after, `name_countries.tsv`) as that country spells them: the first name under
        the reading the country's list has (Пётр: Piotr, Марыеке: Marieke) or a Latin-script name of any list
        (Лаўра: Laura), the surname by the country's list or letter rules (Новак: Nowak, Шміт: Schmidt) where
        the country claims it (its list or its shape; never a Russian-shaped one). The Russian romanization
        stays an alias of the same person (Pyotr Novak). A second given name of the country's and a surname's
        particle go in too (`middle`, `particle`: "Ян Вілем дэ Врыс" is Jan Willem de Vries)."""
        around = self._text[max(0, start - 200):end + 120]
        countries = tuple(c for c in countries_named(around) if c in ORTHOGRAPHY_OF or c in LATIN_SCRIPT_COUNTRIES)
        # (a host's post with the local body it is of right before the name: "председатель райисполкома Пётр
        # Новак" is Belarusian whatever guests the sentence names)
        if _LOCAL_HOST_BEFORE.search(self._text, max(0, start - 60), start):
            return None
        if not countries or _SOVIET_SURNAME.search(surname_word) or self._place_word(surname_word, foreign_towns=False) \
                or not re.fullmatch(_NAME, first_word) or not re.fullmatch(_NAME, surname_word):
            return None
        names, akanne = foreign_first_names(), lang == "be"
        for country in countries:
            if not particle and not surname_of(surname_word, country):
                continue
            usual = names.get(first_word, akanne=akanne, surname=surname_word)
            if not particle and usual is not None and country in usual[2] and not _SLAVIC_SHAPED.search(surname_word):
                # (the country's name read as usual before a surname of no Slavic shape: left to _abroad, which
                # reads case forms too, Мікка Лайне is Mikko Laine; a Slavic-shaped one would go to the Russian
                # reading, Павел Ковальчик of Poland is still Paweł Kowalczyk)
                return None
            # (a name of another list as written before one read with akanne: Лаўра is Laura, not Lovro)
            hit = names.in_countries(first_word, (country,), akanne=akanne)
            if hit is None:
                # (a Latin-script name of another list: Лаўра is Laura; its diacritics only where the list's
                # country is the page's: Марта is Marta here, not the Hungarian Márta)
                hit = names.get(first_word) or names.get(first_word, akanne=akanne)
                if hit is not None and country not in hit[2]:
                    hit = (_fold(hit[0]), hit[1], hit[2])
                # (a Russian name the country has not, spelt otherwise abroad: Сергей Шмидт is a local Sergei
                # Shmidt; Лаура, Марта, Анна are the same in both)
                if hit is not None and self._russian_first_name(first_word, lang) \
                        and hit[0] != self._press_name(first_word, lang, first_name=True):
                    hit = None
            second = names.in_countries(middle, (country,), akanne=akanne) if middle else None
            if hit is None or not hit[0].isalpha() or (middle and second is None):
                continue
            surname = native_surname(surname_word, (country,))
            if not surname:
                continue
            label = " ".join(filter(None, (hit[0], second[0] if second else "",
                                           " ".join(_PARTICLES_LATIN[p] for p in particle.lower().split()), surname)))
            person = Candidate("person", label, labels={lang: f"{first_word} {surname_word}"})
            russian = self._person(first_word, surname_word, lang)
            person.aliases += [a for a in dict.fromkeys((_fold(label), *((russian.label, *russian.aliases) if russian else ())))
                               if a != label]
            return person
        return None

    def _abroad(self, first_word: str, surname_word: str, lang: str, native_only: bool = False) -> Candidate | None:
        """A first name of a foreign country in any case and a surname, spelt as that country does:
        "Ненадам Лукічам" -> Nenad Lukić, "Ахмет Догру" -> Ahmet Dogru, "Кшыштаф Дамброўскі" ->
        Krzysztof Dąbrowski (the Russian transliteration of the surname where the country's own
        spelling is not known)."""
        names = foreign_first_names()
        # (a place read loosely in a first name as written is the name: "Гаяне Арутюнян" is no Guyana)
        # (an adjective's suffix is no surname's: "Великой Отечественной войны", "Вялікай Айчыннай вайны")
        if _POST_WORD.match(first_word) or _ADJECTIVE_SUFFIX.search(surname_word) or first_word.lower() in _NOT_SURNAMES or surname_word.lower() in _NOT_SURNAMES \
                or (self._place_word(first_word, foreign_towns=False) and not (
                    names.get(first_word, akanne=lang == "be") and not self._place_named_exactly(first_word))) \
                or not re.fullmatch(_NAME, surname_word):
            return None
        # (a name of the countries met first in any case form, then the second choices, only for a word
        # no case form of which is a first name: Дзіны is Dina's genitive, not the Dutch Diny)
        first_known = any(names.get(first_word[:len(first_word) - len(e)] + nom, akanne=lang == "be")
                          for e, nom, _f in _FIRST_NAME_CASES if first_word.endswith(e) and len(first_word) - len(e) >= 3)
        # (a case form whose country claims the surname first: "Руты Пятраўскене" is the Lithuanian Рута's
        # genitive, not the Israeli Ruthi)
        def claims(case: tuple[str, str, bool | None]) -> bool:
            ending, nominative, _f = case
            if ending and not first_word.endswith(ending) or len(first_word) - len(ending) < 3 \
                    or re.search(r"(?:[ыиі]х|[ыиі]м)$", surname_word):  # (a plural: "Лаўрэнція Тураўскіх")
                return False
            hit = names.get(first_word[:len(first_word) - len(ending)] + nominative, akanne=lang == "be")
            return hit is not None and any(c in ORTHOGRAPHY_OF and surname_of(surname_word, c) for c in hit[2])
        cases = sorted(_FIRST_NAME_CASES, key=lambda case: not claims(case))
        for second, (ending, nominative, feminine) in ((second, case) for second in (False, True) for case in cases):
            if ending and not first_word.endswith(ending) or second and (
                    first_known or (ending or nominative) and len(first_word) - len(ending) < 6
                    or re.search(r"(?:[ыиі]х|[ыиі]м|[ыи]е|[ыі]я)$", surname_word)):
                # (a second choice as written, or a long one declined before a surname that is not:
                # "Абдельмаджидом Бенали"; never before a plural: "Лаўрэнція Тураўскіх")
                continue
            if nominative == "ь" and re.search(r"[шчжщ]$", first_word[:len(first_word) - len(ending)]):
                continue  # (no man's name ends шь: Милошем is Милош)
            stem = first_word[:len(first_word) - len(ending)] + nominative
            hit = names.get(stem, akanne=lang == "be", second_choice=second) if len(stem) >= 4 else None
            if hit is None and len(stem) == 3 and not second:  # Эва Сабо: a short name before a listed surname
                hit = names.short(stem, lambda g: self._surname_nominative(surname_word, ending, nominative, g),
                                  akanne=lang == "be")
            elif hit is not None:
                # (again with the surname, whose shape or listing tells the country: Арман Жаксылыков is
                # Kazakh, not the Turkish Armağan)
                hit = names.get(stem, akanne=lang == "be", second_choice=second,
                                surname=self._surname_nominative(surname_word, ending, nominative, hit[1])) or hit
            if hit is None:
                continue
            latin, gender, countries = hit
            if ending and feminine is not None and feminine != (gender == "f"):
                continue  # "Драганам" is not a woman's name in the instrumental
            if gender == "f" and not ending and re.search(r"(?:[иі]ча|ского|скага|цкого|цкага)$", surname_word):
                continue  # a man's surname in the genitive: "площадь Франтишка Богушевича" (Франтишек)
            surname_nom = self._surname_nominative(surname_word, ending, nominative, gender)
            if not (ending or nominative) and gender != "f" and stem[-1:] in _INDECLINABLE_ENDS:
                surname_nom = _after_indeclinable(surname_word, countries)
            if surname_nom != surname_word and any(c in ORTHOGRAPHY_OF and surname_of(surname_word, c)
                                                   and not surname_of(surname_nom, c) for c in countries):
                surname_nom = surname_word  # a surname of the country's that does not decline: "Димитриоса Папаниколау"
            if not (ending or nominative) and gender == "f":  # "с Айгерим Сейткалиевой": the first name does not decline
                surname_nom = _WOMANS_OBLIQUE.sub("а", surname_word)
            if second and surname_nom != surname_word:
                continue  # (a second choice with a declined surname: "Дзіны Каробкінай" is no Dutch Diny)
            if (ending and surname_nom == surname_word and not re.search(r"[оуеэиіюё]$", surname_word)
                    and not (gender == "f" and re.search(r"[^аяоеэиіуыюёь]$", surname_word))) \
                    or surname_nom.endswith("ы"):
                continue  # a declined first name before a surname that is not ("Янкі Купалы"); a genitive ("Скарыны")
            native = greek_surname(surname_nom) or native_surname(surname_nom, countries)
            # (a Russian-shaped surname no country of the first name claims is one of the former Soviet lands,
            # romanized from Russian like its first name: "Дамір Сейтжанаў" is Damir Seitzhanov, no Croatian)
            soviet = not any(c in ORTHOGRAPHY_OF and surname_of(surname_nom, c) for c in countries) \
                and _SOVIET_SURNAME.search(surname_nom) is not None
            if soviet and not native_only:
                native = None
            if native_only and (not native or countries[0] not in ORTHOGRAPHY_OF or not surname_of(surname_nom, countries[0])):
                return None  # (only a surname the country's list or shape claims: not Андрею Кравцу)
            surname = native or self._press_name(surname_nom, lang)
            if countries[0] not in LATIN_SCRIPT_COUNTRIES or soviet:  # Elshad, Nurlan: the press romanizes the Russian
                latin = self._press_name(stem, lang) or latin
            if not surname or not latin:
                return None
            label = f"{latin} {surname}"
            plain = _fold(label)
            if countries[0] in ORTHOGRAPHY_OF and native and native.isascii() and not latin.isascii() \
                    and not any(foreign_surnames().get(surname_nom, c) == native for c in countries):
                label = plain  # a surname spelt by rule, without the diacritics it may have: none (Jose Rodriguez)
            person = Candidate("person", label, labels={lang: f"{stem} {surname_nom}"})
            # (ye after a vowel as e, as much of the press writes it: Turdiyev, Turdiev)
            person.aliases += [a for a in dict.fromkeys((plain, f"{self._press_name(stem, lang) or latin} "
                                                                f"{self._press_name(surname_nom, lang) or surname}",
                                                         _plain_ye(label)))
                               if a != label]
            return person
        return None

    @staticmethod
    def _surname_nominative(word: str, ending: str, nominative: str, gender: str) -> str:
        """The nominative of a surname after a foreign first name in the case `ending` shows: a
        surname's ending agrees with the first name's case ("Эйтанам Шапіра" is Shapira, the -а no
        genitive after an instrumental)."""
        if ending or nominative:
            agree = _CASE_AGREEMENT.get(ending)
            for s_end, s_nom in (*_SURNAME_CASES[gender == "f"], *(() if gender == "f" else _SIBILANT_INSTRUMENTAL)):
                if word.endswith(s_end) and len(word) - len(s_end) >= 3 and (agree is None or s_end in agree):
                    return word[:len(word) - len(s_end)] + s_nom
        return word

    def _arabic_word(self, word: str, lang: str) -> str | None:
        """One Arabic name word in any case, as the English press spells it: the name dictionary's
        spelling (Fahd, Khalid), else Abdul- and the rest (Абдулрахман: Abdulrahman), else letter by
        letter with х as h (ح and ه are commoner in names than خ: Рахман, Хаммади)."""
        if re.fullmatch(r"Абд[уе]ль?-[А-ЯЁІЎ][а-яёіў]+", word):  # Абдель-Азиз: each part (Abdel-Aziz)
            head, rest = word.split("-")
            tail = self._arabic_word(rest, lang)
            return f"{'Abdel' if 'е' in head else 'Abdul'}-{tail}" if tail else None
        names = foreign_first_names()
        stems = [word[:len(word) - len(e)] for e in ("", "ом", "ем", "а", "у", "е") if word.endswith(e) and len(word) - len(e) >= 3]
        for stem in stems:
            hit = names.get(stem)
            if hit and "arabia" in hit[2]:
                return hit[0]
        for stem in stems:
            m = re.match(r"(Абд[уе]ль?)(.+)$", stem)
            if m and len(m.group(2)) >= 3:
                rest = self._arabic_word(m.group(2)[:1].upper() + m.group(2)[1:], lang)
                if rest:
                    return ("Abdel" if "е" in m.group(1) else "Abdul") + rest.lower()
        stem = re.sub(r"(?<=\w{3})[оеё]м$", "", word)  # (an instrumental; other endings are as often the name's)
        return self._arabic_letters(stem, lang)

    def _arabic_letters(self, word: str, lang: str) -> str | None:
        latin = self._press_name(word, lang)
        latin = re.sub(r"kh", "h", re.sub(r"^Kh", "H", latin)) if latin else None
        return "-".join(part[:1].upper() + part[1:] for part in latin.split("-")) if latin else None  # Abdel-Aziz

    def _arabic(self, m: re.Match, lang: str) -> Candidate | None:
        first = self._arabic_word(m.group(1), lang)
        father = self._arabic_word(m.group(3), lang)
        family = None
        if m.group(4):
            article, rest = m.group(4).split("-", 1)
            family = "Al-" + (self._arabic_letters(rest, lang) or "")
            if family == "Al-":
                return None
        if not first or not father or _POST_WORD.match(m.group(1)):
            return None
        label = " ".join(filter(None, (first, "bin" if m.group(2).startswith("б") else "ibn", father, family)))
        return Candidate("person", label, aliases=[label.replace("Al-", "Al ")] if family else [])

    def _abroad_three(self, first_word: str, second_word: str, surname_word: str, lang: str) -> Candidate | None:
        """Two foreign first names of one country and a surname the country claims: "Хасэ Рамонам
        Эрнандэсам" -> José Ramón Hernández, "Марыя Алена Гансалес" -> Maria Elena Gonzalez."""
        names = foreign_first_names()
        language = self.languages.get(lang)
        for ending, nominative, _feminine in _FIRST_NAME_CASES:
            if ending and not second_word.endswith(ending):
                continue
            stem = second_word[:len(second_word) - len(ending)] + nominative
            if len(stem) < 4 or not names.get(stem, akanne=lang == "be"):
                continue
            gender = names.get(stem, akanne=lang == "be")[1]
            # (the first name may not decline, Хасэ Рамонам; the second's case is the surname's)
            person = self._abroad(first_word, self._surname_nominative(surname_word, ending, nominative, gender), lang)
            if person is None or lang not in person.labels:
                continue
            first_stem, surname_nom = person.labels[lang].split()
            country = names.get(first_stem, akanne=lang == "be", surname=surname_nom)
            if country is None or (country[2][0] not in ORTHOGRAPHY_OF and country[2][0] not in world_names().countries) \
                    or not surname_of(surname_nom, country[2][0]):
                continue  # (a country that spells its own names, or whose names world_names.tsv spells, and a surname it claims)
            russian = _russian_form(stem, language, True) if language is not None and language.press_respelling else None
            hits = [h for h in ((russian and russian != stem and names.get(russian, surname=surname_nom)),
                                names.get(stem, akanne=lang == "be", surname=surname_nom)) if h]  # Алена: Елена, Elena
            # (of the first name's gender: "Марыя Фернанда" is María Fernanda, not the Fernando a Russian form reads)
            hit = next((h for h in hits if "?" in (h[1], country[1]) or h[1] == country[1]), hits[0] if hits else None)
            if hit is None:
                continue
            words = person.label.split()
            label = " ".join((words[0], hit[0], *words[1:]))
            if not label.isascii() and any(w.isascii() for w in label.split()):
                label = _fold(label)  # (all with diacritics or none: Maria Elena Gonzalez)
            out = Candidate("person", label, labels={lang: f"{first_stem} {stem} {surname_nom}"})
            out.aliases += [a for a in dict.fromkeys((_fold(label), person.label)) if a != label]
            return out
        return None

    def _press_name(self, word: str, lang: str, first_name: bool = False, keep_yo: bool = False) -> str | None:
        if not first_name and _DOUBLE.fullmatch(word):  # each half as the press spells it: Gaiduk-Levchuk
            parts = [self._press_name(part, lang, keep_yo=keep_yo) for part in word.split("-")]
            return "-".join(parts) if all(parts) else None
        language = self.languages.get(lang)
        if language is None:
            return _latin(word, lang, first_name)
        return _press_name(word, language, self.languages, first_name, keep_yo)

    def _numbered(self, m: re.Match, text: str = "") -> str | None:
        """English name of a numbered school or kindergarten ("Secondary School No. 2 of Lepel"), its town also
        by the adjective before it in `text` ("мінскай сярэдняй школы № 200": of Minsk)."""
        named = self._numbered_name(m, text)
        return named[1] if named else None

    def _numbered_name(self, m: re.Match, text: str = "") -> tuple[int, str] | None:
        """(where its name starts in the text, its English name) of a numbered institution (`_numbered`)."""
        words = [(w.start(), w.group()) for w in re.finditer(r"\S+", m.group(1))]
        for start in range(len(words)):
            head = self.companies.numbered([w for _, w in words[start:]])
            if head and head[0] == len(words) - start:
                break
        else:
            return None
        # (its adjectives too: "Дзіцячай музычнай школе № 1" = Children's Music School No. 1)
        modifiers = self.companies.numbered_modifiers([w for _, w in words[:start]])
        first = words[start - len(modifiers)][1]
        begins = m.start(1) + words[start - len(modifiers)][0]
        label = " ".join([*modifiers, f"{head[1]} No. {m.group(2)}"])
        if modifiers and first[:1].isupper() and self.companies.place(first):
            return begins, label  # "Могилевский ... лицей № 1": the town opens the name, none after it
        if m.group(3):
            hit = self.registry.places.find(m.group(3))
            if hit:
                label += f" of {self.registry.places.label(hit[0])}"
            elif re.search(r"(?:агрогородка|аграгарадка|деревни|вёскі|поселка|посёлка|пасёлка)\s", m.group(0)):
                # a village the gazetteer lacks, named in the nominative after its kind: as the press spells it
                label += f" of {press_form(transliterate(m.group(3), 'ru-bgn'))}"
        elif text and (before := _TOWN_ADJECTIVE_BEFORE.search(text, max(0, begins - 30), begins)):
            town = self.companies.place(before.group(1).capitalize())
            if town and self.registry.places.find(town):
                label += f" of {town}"
        return begins, label

    def _mixed_acronym(self, word: str, before: str) -> str | None:
        """The registry id of an acronym written in mixed case ("БелТА", "на БелАЗе": a case ending after
        a final capital consonant), or in capitals where it is credited as the story's source ("сообщает
        БЕЛТА"), else None."""
        for form in (word, word[:-2], word[:-1]):
            eid = self._mixed_acronyms.get(form)
            if eid and (form == word or form[-1] not in "АЕЁИОУЫЭЮЯІ"):
                return eid
        if word.isupper() and len(word) >= 4 and _CREDIT_BEFORE.search(before[-60:]):
            return next((eid for name, eid in self._mixed_acronyms.items() if name.upper() == word), None)
        return None

    def mentions(self, text: str) -> list[Mention]:
        """Mentions in the Cyrillic parts of `text` (nothing for English text)."""
        if not CYRILLIC.search(text):
            return []
        # the language most of the Cyrillic words are in: a Russian page quoting one Belarusian
        # name ("Дажынкі") is still Russian
        lang = detect_language(" ".join(_CYR_WORD.findall(text)), self.languages)
        self._text = text
        out: list[Mention] = []
        toks = tokens(text)
        i = 0
        while i < len(toks):
            word = toks[i][0]
            if not CYRILLIC.match(word):
                i += 1
                continue
            foreign = foreign_body_at(toks, i, self._state_at)  # "Министерства ... Вьетнама", "Посольства Вьетнама"
            if foreign:
                n, label = foreign
                post = not re.match(r"(?:министерств|міністэрств)", word.lower())  # "министра ... Турцыі"
                out.append(Mention(toks[i][1], toks[i + n - 1][2], "", "organization",
                                   candidate=Candidate("organization", label), implied=post))
                i += n
                continue
            local = self._local_government_abroad_at(toks, i) or self._council_abroad_at(toks, i) or self._confucius_at(toks, i) \
                or self._archive_at(toks, i) or academy_institute_at(toks, i) \
                or self._red_cross_at(toks, i) or self._community_at(toks, i) \
                or (research_centre_at(toks, i) if not self._known.match(toks, i) else None)
            if local:  # "мэрии Вальядолида", "гмины Тересполь", "Канадского Красного Креста"
                n, label, aliases = local
                out.append(Mention(toks[i][1], toks[i + n - 1][2], "", "organization",
                                   candidate=Candidate("organization", label, aliases=aliases)))
                i += n
                continue
            # "управления по образованию Могилевского райисполкома", "областного комитета Белорусского профсоюза ..."
            department = department_at(toks, i) or committee_at(toks, i, self.companies.place)
            parent = self._parent_at(toks, i + department[0]) if department else None
            if parent:  # (a ministry's department: "... of the Ministry of Agriculture and Food", Belarus's going without saying)
                label = f"{department[1]} of the {parent}"
                out.append(Mention(toks[i][1], toks[i + department[0] - 1][2], "", "organization", candidate=Candidate(
                    "organization", label, aliases=[label.removesuffix(" of Belarus")] if label.endswith(" of Belarus") else [])))
                i += department[0]
                continue
            known = self._known.match(toks, i) or (self._known_words.match(toks, i) if toks[i][0][:1].isupper() else None)
            if known and i and _CUP.match(toks[i - 1][0]):
                known = None  # "турнір на кубак Саюзнай дзяржавы": a cup named after the body is a sports event
            body = self._body_at(toks, i)
            if known and (not body or known[0] >= body[0]):
                n, eid = known
                implied = eid.endswith(_POST)
                eid = eid.removesuffix(_POST)
                country = self._country_after(toks, i + n) if eid.endswith("-of-belarus") else None
                abroad = self._namesake_abroad(toks, i, n, eid) if country is None and not implied else None
                if country is None and eid.startswith("ministry-of-") and self._name_goes_on_abroad(toks, i + n):
                    n += 1  # "Министерства экономики и коммерции Кыргызстана": a ministry abroad whose name no
                    # table knows, not Belarus's Ministry of Economy
                elif country is not None:  # "Министерство экономики Узбекистана", "министр ... Казахстана"
                    label = re.sub(r" of Belarus$", f" of {country}", self.registry.label(eid, "en"))
                    out.append(Mention(toks[i][1], toks[i + n][2], "", "organization",
                                       candidate=Candidate("organization", label), implied=implied))
                    n += 1
                elif abroad is not None:  # "Дзяржаўнага Савета Рэспублікі Татарстан": not Belarus's Council of the Republic
                    start, n, label = abroad
                    out.append(Mention(toks[start][1], toks[i + n - 1][2], "", "organization",
                                       candidate=Candidate("organization", label)))
                else:
                    out.append(Mention(toks[i][1], toks[i + n - 1][2], "", "organization", eid, implied=implied))
            elif body:
                n, label = body
                out.append(Mention(toks[i][1], toks[i + n - 1][2], "", "organization",
                                   candidate=Candidate("organization", label)))
            elif local := self._local_body_at(toks, i):  # "Старобинском поссовете", "Пакалюбіцкага сельвыканкама"
                n, label = local
                out.append(Mention(toks[i][1], toks[i + n - 1][2], "", "organization",
                                   candidate=Candidate("organization", label)))
            elif company := self.companies.at(toks, i):  # "Ошмянский мясокомбинат", "Быховского районного центра культуры"
                n, label = company
                out.append(Mention(toks[i][1], toks[i + n - 1][2], "", "organization",
                                   candidate=Candidate("organization", label)))
            elif status := self.companies.status_body(toks, i):  # "Республиканская нотариальная палата Казахстана"
                n, label = status
                country = self._country_after(toks, i + n)
                label, n = (f"{label} of {country}", n + 1) if country else (label, n)
                out.append(Mention(toks[i][1], toks[i + n - 1][2], "", "organization",
                                   candidate=Candidate("organization", label)))
            elif _MODEL.match(text, toks[i][1]):  # "самазвал БелАЗ-75710": a model the company makes
                n = 1
            elif word in self._acronyms:
                n = 1
                out.append(Mention(toks[i][1], toks[i][2], "", "organization", self._acronyms[word]))
            elif eid := self._mixed_acronym(word, text[:toks[i][1]]):
                n = 1
                out.append(Mention(toks[i][1], toks[i][2], "", "organization", eid))
            elif state := lx.STATE_BODY_WORD_CYRILLIC.match(word):  # "предлагает Белгосстрах", "специалисты Росгидромета"
                n = 1
                label = f"{self.companies.english(state.group('stem'))}{lx.STATE_BODY_LATIN[state.group('root')]}"
                out.append(Mention(toks[i][1], toks[i][2], "", "organization", candidate=Candidate(
                    "organization", label, labels={lang: state.group('stem') + state.group('root')})))
            else:
                n = 1
            i += n
        # (a name in other quotes, inside a quotation in «»: «ААТ "Гомсельмаш" ...», „Спартак“; same offsets)
        for m in _QUOTED.finditer(_OTHER_QUOTES.sub(r"«\1»", text)):
            name = m.group(2).strip()
            club = "ХК" if m.group(1).lower().startswith(("хок", "хак")) else "ФК" if m.group(1).lower().startswith("футб") \
                else m.group(1)
            known = [eid for full in (name, f"{club} «{name}»") for eid, form in self.registry.lookup(full)
                     if form.rstrip("»") == full.rstrip("»")
                     and (e := self.registry.get(eid)) is not None and e.type == "organization"]
            if known:
                out.append(Mention(m.start(2), m.end(2), "", "organization", known[0]))
            elif CYRILLIC.search(name) and not ((numbered := _NUMBERED.search(name)) and self._numbered(numbered)) \
                    and not (_MODEL_NAME.fullmatch(name) and not m.group(1).isupper()):
                # (a word and a number is a product, сетка «Стеклохолст-200», but after a legal form a company: СПК «Ковали-2008»)
                # (a numbered school is named below; a numbered company is a name: ОАО «Стройтрест № 17»)
                form = re.findall(r"\b[А-ЯЁІЎ]{2,5}\b", text[m.start(1):m.start(2)])  # the form nearest the name
                label = self.companies.english(name, form[-1] if form else "", kind=m.group(1))  # Oshmyany Meat Processing Plant, SPK Golshany
                if _CHINESE_BEFORE.search(text, max(0, m.start() - 60), m.start(2)) and (pinyin := self.companies.chinese(name)):
                    label = pinyin  # "китайской компании «Шаньдун Линлун»": Shandong Linglong, not Shandun Linlun
                if label and _MUSEUM_BEFORE.search(text[max(0, m.start(1) - 8):m.start(1)]):
                    # 'музей-запаведнік «Нясвіж»': a museum-reserve, named after its town (not a nature reserve)
                    label = f"{self.companies.town(name) or self.companies.english(name)} Museum-Reserve"
                if label:
                    # "ОАО «Слуцкий сыродельный комбинат»" is also the OJSC Slutsk Cheese-Making Plant a page may write
                    written = [f"{press_legal_form(form[-1])} {label}"] if form and form[-1] in legal_forms().press_initials else []
                    same = next((o for o in out if (o.start, o.end) == (m.start(2), m.end(2)) and o.candidate), None)
                    if same is not None:  # read already by its kind: one body, by both its names
                        same.candidate.aliases += [a for a in (label, *written) if a != same.candidate.label
                                                   and a not in same.candidate.aliases]
                        continue
                    out.append(Mention(m.start(2), m.end(2), "", "organization", candidate=Candidate(
                        "organization", label, aliases=[*written, *self._quoted_spellings(label, name, lang)])))
        for m in _KIND_COINED.finditer(text):  # "завод Ростсельмаш": a coined name needs no quotes
            english = self.companies.english(m.group(1))
            if english and coined_company_word(english) and not self.registry.places.find(m.group(1)) \
                    and not any(o.start < m.end(1) and m.start(1) < o.end for o in out):
                known = [eid for eid, form in self.registry.lookup(english) if form == english
                         and (e := self.registry.get(eid)) is not None and e.type == "organization"]
                out.append(Mention(m.start(1), m.end(1), "", "organization", known[0] if known else None,
                                   candidate=None if known else Candidate("organization", english)))
        for m in _KIND_QUOTED.finditer(text):  # "в Концертном зале «Витебск»": a kind of body_kinds.tsv and its name
            # (not where the page puts someone, "жили в санатории «Нарачанскі бераг»", nor a name read already)
            words = list(re.finditer(r"\S+", m.group(1)))
            if CYRILLIC.search(m.group(2)) and (named := self.companies.named_kind([w.group() for w in words], m.group(2).strip())) \
                    and not (len(words) > named[0] and words[-named[0] - 1].group().lower() in _IN_A_PLACE):
                start = m.start(1) + words[len(words) - named[0]].start()
                if not any(o.start < m.end(2) + 1 and start < o.end for o in out):
                    out.append(Mention(start, m.end(2) + 1, "", "organization", candidate=Candidate("organization", named[1])))
        for m in _NESTED.finditer(text):  # "ААТ «Агракамбінат «Высокае»»": Agrokombinat Vysokoye
            label = self.companies.nested(m.group(1), m.group(2))
            if label:
                out.append(Mention(m.start(1), m.end(2), "", "organization", candidate=Candidate("organization", label)))
        for m in _NUMBERED.finditer(text):
            named = self._numbered_name(m, text)
            if named:
                out.append(Mention(named[0], m.end(), "", "organization", candidate=Candidate("organization", named[1])))
        taken: list[tuple[int, int]] = []
        full_names: list[tuple[str, str, Candidate]] = []  # (first name, surname) as written, the person
        for m in (*_FOUR_WORDS.finditer(text), *_THREE_WORDS.finditer(text)):  # "Чан Тхань Намом": Tran Thanh Nam
            words = [w for w in m.groups() if w]
            label = vietnamese_name(words)
            end = m.end(len(words))
            if label and "\n" not in text[m.start(1):end] and not any(a < end and m.start(1) < b for a, b in taken):
                out.append(Mention(m.start(1), end, "", "person",
                                   candidate=Candidate("person", label, labels={lang: " ".join(words)})))
                taken.append((m.start(1), end))
        for m in _THREE_WORDS.finditer(text):  # "Ким Мин Джун": Kim Min-jun
            label = korean_name(list(m.group(1, 2, 3)))
            if label and "\n" not in text[m.start(1):m.end(3)] and not any(a < m.end(3) and m.start(1) < b for a, b in taken):
                out.append(Mention(m.start(1), m.end(3), "", "person",
                                   candidate=Candidate("person", label, labels={lang: " ".join(m.group(1, 2, 3))})))
                taken.append((m.start(1), m.end(3)))
        for m in _PERSON3.finditer(text):  # "Ирина Николаевна Сидоревич" is Irina Sidorevich
            # (a first name of another list with its patronymic: "Айгерим Нурланкызы Жумабаева", "Ільдар
            # Рустэмавіч Хайрулін" -- the first name and the patronymic alone are no person)
            person = self._person(m.group(1), m.group(3), lang) or self._abroad(m.group(1), m.group(3), lang) \
                or self._named_by_patronymic(m.group(1), m.group(2), m.group(3), lang)
            if person:
                out.append(Mention(m.start(), m.end(), "", "person", candidate=person))
                full_names.append((m.group(1), m.group(3), person))
                taken.append((m.start(), m.end()))
        for m in _THREE_WORDS.finditer(text):  # "Иван Кузьмич Кондратенко": the short patronymic of Кузьма
            if any(a < m.end(3) and m.start(1) < b for a, b in taken) or "\n" in text[m.start(1):m.end(3)] \
                    or not _short_patronymic(m.group(2)) or self._not_a_surname(m.group(3)):
                continue
            person = self._person(m.group(1), m.group(3), lang)
            if person:
                out.append(Mention(m.start(1), m.end(3), "", "person", candidate=person))
                full_names.append((m.group(1), m.group(3), person))
                taken.append((m.start(1), m.end(3)))
        for m in _PERSON3_SURNAME_FIRST.finditer(text):  # "Мельников Владимир Александрович": Vladimir Melnikov
            if any(a < m.end() and m.start() < b for a, b in taken) or self._not_a_surname(m.group(1)) \
                    or _ROLE_NOUN.fullmatch(m.group(1)) or not self._patronymic(m.group(3), lang):
                continue  # ("Дни Адама Мицкевича": Мицкевич is a surname, not made from a first name;
                # "Студентка Ксения Мартинович": a role noun at a sentence's start, then the name)
            person = self._person(m.group(2), m.group(1), lang)
            if person:
                out.append(Mention(m.start(), m.end(), "", "person", candidate=person))
                full_names.append((m.group(2), m.group(1), person))
                taken.append((m.start(), m.end()))
        initialled: list[tuple[Mention, str]] = []  # (mention, its initial) to join with a full name below
        for m in _SURNAME_INITIALS.finditer(text):  # "Мельников В.А.": V.A. Melnikov
            if m.group(4) and m.group(4).lower() not in _SENTENCE_OPENERS:
                continue  # "Беларуси А.Г. Лукашенко": the initials are the next name's
            if any(a < m.end() and m.start() < b for a, b in taken) or self._not_a_surname(m.group(1)) \
                    or re.search(r"(?:^|[.!?…:;«\"\n])\s*$", text[:m.start()]) and m.group(1).lower() in _NOT_SURNAMES:
                continue
            before = text[max(0, m.start() - 40):m.start()].split()
            nominative = _mans_nominative(m.group(1), before[-3:], lang) \
                or _each_half(m.group(1), lambda half: _WOMANS_OBLIQUE.sub("а", half))
            surname = self._press_name(nominative, lang)
            if surname:
                initials, written = _press_initials(m.group(2, 3), lang)
                person = Candidate("person", f"{initials} {surname}", aliases=[f"{written} {surname}"] if written != initials else [])
                person.aliases += [f"{a} {surname}" for a in _initials_aliases(m.group(2, 3), lang, initials, written)]
                self._spelt(person, f"{m.group(2)}.{m.group(3)}. {nominative}", lang)
                self._initialled_spellings(person, m.group(2, 3), nominative, lang)
                out.append(Mention(m.start(), m.end(), "", "person", candidate=person))
                initialled.append((out[-1], m.group(2)))
                taken.append((m.start(), m.end()))
        for m in _INITIALS_PERSON.finditer(text):  # "Т.В. Яцкевич": kept as written, in Latin letters
            initials, written = _press_initials(m.group(1, 2), lang)
            genitive = _GENITIVE_CUE.search(text[max(0, m.start() - 80):m.start()]) is not None

            def nominative_of(written: str) -> str:
                if genitive and re.search(r"(?:[аеёоу]нка|[шжч]ка|[^аеёиоуыэюяіь]ца)$", written):
                    written = _fleeting_vowel(written, written[:-1], lang)  # "по словам Д.П. Асташенка": Асташенок
                elif genitive and _MANS_GENITIVE.search(written):
                    # "по словам главного технолога В.А. Мельникова": a man's surname in the genitive
                    written = _MANS_GENITIVE.sub(lambda g: {"ов": "оў", "ав": "аў", "ев": "еў"}.get(g.group(1), g.group(1))
                                                 if lang == "be" else g.group(1), written)
                return _WOMANS_OBLIQUE.sub("а", written)  # "па словах А.У. Зайцавай": Zaitseva
            nominative = _each_half(m.group(3), nominative_of)
            surname = self._press_name(nominative, lang)
            if surname and not self._place_word(m.group(3)) and m.group(3).lower() not in _NOT_SURNAMES:
                person = Candidate("person", f"{initials} {surname}", aliases=[f"{written} {surname}"] if written != initials else [])
                person.aliases += [f"{a} {surname}" for a in _initials_aliases(m.group(1, 2), lang, initials, written)]
                self._spelt(person, f"{m.group(1)}.{m.group(2)}. {nominative}", lang)
                self._initialled_spellings(person, m.group(1, 2), nominative, lang)
                out.append(Mention(m.start(), m.end(), "", "person", candidate=person))
                initialled.append((out[-1], m.group(1)))
                taken.append((m.start(), m.end()))
        for m in _TURKIC_NAME.finditer(text):
            # "с Фуадом Тофик оглы Рзаевым": the given name and the family name agree in case, the father's name
            # and "son of" between them do not decline (Fuad Rzayev)
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            person = self._person(m.group(1), m.group(4), lang) or self._abroad(m.group(1), m.group(4), lang)
            if person:
                person.aliases = [a for a in dict.fromkeys([*person.aliases, f"{person.label.split()[0]} "
                                                            f"{self._press_name(m.group(2), lang, first_name=True) or ''} "
                                                            f"{' '.join(person.label.split()[1:])}"]) if a != person.label]
                out.append(Mention(m.start(), m.end(), "", "person", candidate=person))
                taken.append((m.start(), m.end()))
        for m in _ARABIC.finditer(text):  # "Абдулрахманом бин Фахдом Аль-Отайби": Abdulrahman bin Fahd Al-Otaibi
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            person = self._arabic(m, lang)
            if person:
                out.append(Mention(m.start(), m.end(), "", "person", candidate=person))
                taken.append((m.start(), m.end()))
        for m in _PERSON.finditer(text):
            start, end = m.start(1), m.end(2)
            womans = self._womans_surname_in_vich(m.group(1), m.group(2), lang)
            if any(a < end and start < b for a, b in taken) or _WOMANS_PATRONYMIC.search(m.group(2)) or (
                    not womans and re.fullmatch(_PATRONYMIC, m.group(2)) and is_patronymic(_latin(m.group(2), lang) or "")):
                continue  # inside a name found above; "Сергей Николаевич" alone is an address (Пашкевич is a surname)
            if re.search(r"(?<![\w-])(?:из|з|са|со|в|ў|у|во|до|да|под|пад|над|в районе)\s+$", text[max(0, start - 12):start]) \
                    and self._place_word(m.group(1)):
                continue  # "з Рыгі Яніс Берзіньш": a town abroad after its preposition, then the name
            # the name-list rules read a pair on one line and not after a number ("8 Марта\n\nНакануне")
            listed = "\n" not in text[m.start(1):m.end(2)] and not re.search(r"\d\s*$", text[:m.start(1)])
            third = re.match(rf"[ \t]+({_NAME})(?![\w-])", text[end:]) if listed else None
            if third and (person := self._abroad_three(m.group(1), m.group(2), third.group(1), lang)):
                end = end + third.end()
                end = self._name_goes_on(text, end, third.group(1), person, lang)
                out.append(Mention(start, end, "", "person", candidate=person))
                full_names.append((m.group(1), third.group(1), person))
                taken.append((start, end))
                continue
            # a foreign first name (Derek, which the lexicon knows too) before a surname of no Slavic
            # shape that the name's country spells: the country's spelling (Derek MacDonald, not Makdonald)
            # (a surname opening with a sound no Russian or Belarusian surname does, Йо-, Йе-, is foreign whatever its
            # ending: "Милана Йованович" is the Serbian Milana Jovanović)
            # (a Chinese family name and a given name of Palladius syllables before all: "Ван Лі" is Wang Li, not
            # an American Van Lee)
            tail = _PARTICLE_TAIL.match(text, end) if listed else None
            if tail and (person := self._named_at_home(m.group(1), tail.group(2), lang, start, end,
                                                       middle=m.group(2), particle=tail.group(1))):
                out.append(Mention(start, tail.end(), "", "person", candidate=person))
                full_names.append((m.group(1), tail.group(2), person))
                taken.append((start, tail.end()))
                continue
            # (a guest of a country named beside the name, in that country's spelling: "Польскую сторону
            # представлял Пётр Новак" is Piotr Nowak, "з Германіі ... Лаўра Шміт" Laura Schmidt)
            person = (listed and self._named_at_home(m.group(1), m.group(2), lang, start, end)) \
                or (listed and self._chinese(m.group(1), m.group(2), lang)) \
                or (listed and not _SLAVIC_SHAPED.search(m.group(2))
                    and self._abroad(m.group(1), m.group(2), lang, native_only=True)) \
                or (listed and _FOREIGN_ONSET.match(m.group(2)) and self._abroad(m.group(1), m.group(2), lang)) or None
            person = person or self._person(m.group(1), m.group(2), lang) \
                or (listed and self._abroad(m.group(1), m.group(2), lang)) or self._foreign_person(m, text, lang)
            # (a town's name declined in the instrumental like the first name before it is a surname:
            # "з Кшыштафам Бараном", not the town Baran)
            instrumental = re.search(r"(?:ам|ом|ем|ём)$", m.group(1)) and re.search(r"(?:ам|ом|ым|ім)$", m.group(2))
            if person and (instrumental or not self._place_word(m.group(2), foreign_towns=False)) \
                    and not self._two_word_place(m.group(1), m.group(2)):
                if listed:
                    end = self._name_goes_on(text, end, m.group(2), person, lang)
                    start = self._name_begins(text, start, person, lang)
                # ("Йоанна Мартинес Кастильо ... Йоанна Мартинес": the short form of a longer name read above)
                person = next((c for _, _, c in full_names if person.label in c.aliases and len(c.label.split()) > 2), person)
                out.append(Mention(start, end, "", "person", candidate=person))
                full_names.append((m.group(1), m.group(2), person))
                taken.append((start, end))
        bodies = [(o.start, o.end) for o in out if o.type == "organization"]
        for m in _PERSON.finditer(text):  # "— сказал Нимал Перера": a name no list has, by its context
            start, end = m.start(1), m.end(2)
            if any(a < end and start < b for a, b in taken + bodies) or "\n" in text[start:end]:
                continue
            person = self._named_by_context(m.group(1), m.group(2), text[max(0, start - 80):start], text[end:end + 40], lang)
            if person is not None:
                out.append(Mention(start, end, "", "person", candidate=person))
                full_names.append((m.group(1), m.group(2), person))
                taken.append((start, end))
        for m in [*_POST_SURNAME.finditer(text), *_posts_with_verb(text)]:  # "губернатор Шуляковский"
            start, end = m.start(2), m.end(2)
            surname = m.group(2)
            # (a verb in the past tense after the name: the name is the sentence's subject, and any surname
            # shape will do: "Директор ... музея Бобрик рассказала", "начальнік цэха Лапцёнак паабяцаў")
            # (or a speech verb right before the post: "— сообщила начальник отдела культуры Лавренчук.")
            said = _SPEECH_JUST_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
            about = _ABOUT_A_WORKER_AFTER.match(text, m.end(2)) is not None
            acts = _SPEECH_AFTER.match(text, m.end(2)) is not None or _ACTS_AFTER.match(text, m.end(2)) is not None \
                or about or said
            # (a speech verb before the post and the surname closing the sentence: any surname will do,
            # "— сказал главный агроном хозяйства Кулеш.")
            closes = said and re.match(r"\s*[.!?]", text[m.end(2):]) is not None
            if any(a < end and start < b for a, b in taken) or "\n" in m.group(0) \
                    or not (_SLAVIC_SURNAME.search(surname.lower()) or _SLAVIC_WOMANS_SURNAME.search(surname.lower())
                            or surname.lower() in russian_names()["surname"]
                            or ((closes or acts) and not self._press_name(surname, lang, first_name=True)
                                and not _BODY_NOUN.match(surname.lower()) and not _COUNCIL_KINDS.match(surname))) \
                    or self._not_a_surname(surname) or _WOMANS_PATRONYMIC.search(surname):
                continue
            # what the post is of: a body found above ("председатель Миорского райисполкома", "министр
            # иностранных дел России"), or the nouns of one in the genitive ("директор предприятия"), or a
            # post ("заместитель директора"); not a verb ("Председатель ... посетил Дятловский район")
            bodies = [(o.start, o.end) for o in out if o.type == "organization"]
            # (with a verb after the surname also an acronym, a name in quotes, the adjectives and nouns
            # of a body: "Проректор БГТУ Дашкевич сообщил", "Руководитель туристического отдела ...
            # Кривошеева напомнила", "Заведующий отделом эпидемиологии центра Лавренчук подчеркнул")
            if not all(_BODY_GENITIVE.fullmatch(w.group(0).lower()) or _POST_GENITIVE.fullmatch(w.group(0).lower())
                       or any(a <= w.start() + m.start(1) and w.end() + m.start(1) <= b for a, b in bodies)
                       or (acts and (_CYR_UPPER_WORD.fullmatch(w.group(0)) or w.group(0).startswith("«")
                                     or re.search(r"(?:ого|его|ага|яга|ой|ай|ых|іх)$", w.group(0).lower())
                                     # (a relative clause after the surname: no verb stands between the
                                     # post and its holder, "Трэнер брамнікаў Сіўцоў, які ...")
                                     or (w.group(0).islower() and (about or not _PAST_VERB.fullmatch(w.group(0))))))
                       for w in re.finditer(r"«[^«»]*»|\S+", m.group(1))):
                continue
            same = [c for first, last, c in full_names if name_key(last) == name_key(surname)]
            label = self._press_name(surname, lang)
            person = same[0] if same else (Candidate("person", label, labels={lang: surname}) if label else None)
            if person is not None and not same and _plain_ye(label) != label:
                person.aliases.append(_plain_ye(label))  # Krivosheyeva, Krivosheeva
            if person is not None and not same:
                self._spelt(person, surname, lang)
            if person is not None:
                out.append(Mention(start, end, "", "person", candidate=person))
                taken.append((start, end))
        for m in _POST_OBLIQUE.finditer(text):  # "з настаўніцай Мароз", "Медсестре Рудько", "с инженером Петровичем"
            start, end, surname = m.start(2), m.end(2), m.group(2)
            if any(a < end and start < b for a, b in taken) or self._not_a_surname(surname) \
                    or _BODY_NOUN.match(surname.lower()) or _COUNCIL_KINDS.match(surname) or _people_in_plural(surname) \
                    or _ADJECTIVE_ENDING.search(surname.lower()) and not _SLAVIC_SURNAME.search(surname.lower()) \
                    or self._press_name(surname, lang, first_name=True) and surname.lower() not in russian_names()["surname"]:
                continue
            low = surname.lower()
            if re.search(r"(?:ко|ых|их)$", low) or (_WOMANS_OBLIQUE_POST.search(m.group(1))
                                                    and re.search(r"[бвгджзклмнпрстфхцчшщў]$", low)):
                nominative = surname  # (a surname that does not decline: Рудько, Черных, a woman's Мароз)
            else:
                nominative = _mans_nominative(surname, [m.group(1)], lang)
                if nominative is None:
                    continue
            same = [c for first, last, c in full_names if name_key(last) == name_key(nominative)]
            label = self._press_name(nominative, lang)
            person = same[0] if same else (Candidate("person", label, labels={lang: nominative}) if label else None)
            if person is not None:
                if not same:
                    self._spelt(person, nominative, lang)
                out.append(Mention(start, end, "", "person", candidate=person))
                taken.append((start, end))
        for start, end, label in numbered_units(text):  # "52-м асобным ... батальёнам"
            if not any(o.start < end and start < o.end for o in out):
                out.append(Mention(start, end, "", "organization", candidate=Candidate("organization", label)))
        # "І.П. Кавалёва" after "Іван Пятровіч Кавалёў": one person, the full name's (any case of the surname)
        for m, initial in initialled:
            surname = text[m.start:m.end].split(".")[-1].strip()
            same = {c.label: c for first, last, c in full_names if first[:1] == initial and name_key(last) == name_key(surname)}
            if len(same) == 1:
                m.candidate = next(iter(same.values()))
        for m in _CLERGY.finditer(text):  # one name, as the press spells it (епіскап Леанід: Leonid)
            if re.search(r"(?:ск|цк)(?:і|ий|ый)$", m.group("name")):
                continue  # "епіскап Брэсцкі і Кобрынскі": the see, the bishop unnamed
            # (after a title in another case the name is in it too: "з епіскапам Іаанам" is Іаан)
            forms = strip_case_ending(m.group("name"))[::-1] if m.group("case") else [m.group("name")]
            name = next((n for f in forms if (n := self._press_name(f, lang, first_name=True))), None)
            if m.group("surname"):
                # a monk's name and his secular surname: "Kirill (Borodko)"; a church name no lexicon knows is
                # left unnamed rather than spelt letter by letter
                surname = self._press_name(m.group("surname"), lang)
                if name and surname:
                    out.append(Mention(m.start("name"), m.end("surname") + 1, "", "person",
                                       candidate=Candidate("person", f"{name} ({surname})")))
                continue
            name = name or (_latin(m.group("name"), lang) if not m.group("case") else None)
            if name:
                out.append(Mention(m.start("name"), m.end("name"), "", "person", candidate=Candidate("person", name)))
        # "свята Івана Купалы", "праздник Петра и Павла": a holiday named after a saint, no person of the story
        # "касцёл Маці Божай Ружанцовай", "храм Александра Невского": a church named after a saint, no person either
        # "Кабинет Министров", "Савета Дэпутатаў": a body of people; «Мелодии Великой степи»: a title; no person
        out = [m for m in out if m.type != "person" or not (_people_in_plural(text[m.start:m.end].split()[-1])
                                                           or _quoted_title(text, m.start, m.end))]
        out = [m for m in out if m.type != "person" or not (_HOLIDAY_BEFORE.search(text, max(0, m.start - 20), m.start)
                                                           or _CHURCH_BEFORE.search(text, max(0, m.start - 40), m.start)
                                                           or _THE_VIRGIN.match(text, m.start)
                                                           or _SETTLEMENT_BEFORE.search(text, max(0, m.start - 20), m.start))]
        for m in out:
            m.text = text[m.start:m.end]
            if m.type == "person" and m.candidate is not None:
                self._every_spelling(m.candidate)
        return out

    def _every_spelling(self, person: Candidate, names: dict[str, str] | None = None) -> None:
        """`person` under every romanisation of its Cyrillic names (translit.romanisations: Siarhei Zhauryd,
        Syarhyey Zhawryd, Ya.U. Lisouskaya, Aleksandr Shelkovy, S.E. Kravtsov) and of the Russian spellings its
        Belarusian name may stand for (Sergei Zhavrid, Ye.V. Lisovskaya: russian_readings, _russian_initials), each
        also after the label's first name or initials (Sergei Zhavrid beside Sergey Zhavrid): one person whichever
        spelling a reader or an annotator uses. Aliases only: the label stays the press's. `names`: its Cyrillic
        names by language, if not its labels."""
        names = person.labels if names is None else names
        head = person.label.rsplit(" ", 1)[0] if " " in person.label else ""
        forms: list[str] = []
        for code, name in list(names.items()):
            language = self.languages.get(code)
            if language is None or not CYRILLIC.search(name):
                continue
            forms += sorted(romanisations(name, code, self.languages))
            if language.press_respelling is not None and language.press_respelling[0] in names:
                # the Russian spellings of a Belarusian name beyond the one its Russian label took
                russian_code = language.press_respelling[0]
                russian = names[russian_code].split()
                if not russian:
                    continue
                heads = self._russian_initials(name.split()[0], russian[0]) if name.split()[0].endswith(".") else [russian[0]]
                # (each half of a double surname read on its own: Железняк-Авсянникова, Железняк-Овсянникова)
                surnames = ["-".join(halves) for halves in product(*(russian_readings(half, limit=3)
                                                                     for half in russian[-1].split("-")))][:6] \
                    if len(russian) > 1 else [""]
                for first in heads:
                    for surname in surnames:
                        forms += sorted(romanisations(" ".join(filter(None, (first, *russian[1:-1], surname))),
                                                      russian_code, self.languages))
        if head:
            forms += [f"{head} {f.rsplit(' ', 1)[1]}" for f in list(forms) if " " in f]
        forms += [v for a in (person.label, *person.aliases) for v in sorted(reader_spellings(a))]
        person.aliases += [a for a in dict.fromkeys(forms) if a != person.label and a not in person.aliases]

    def _quoted_spellings(self, label: str, name: str, lang: str) -> list[str]:
        """`label` of a company's quoted one-word name with the word it romanises in every other spelling: the
        name's own romanisations (КСУП «Вейна»: KSUP Veina beside KSUP Veyno) and, for a Belarusian name, those of
        the Russian spellings it may stand for, akanne's final а an о too (ААТ «Дварэц-Агра»: Dvorets-Agro)."""
        language = self.languages.get(lang)
        if language is None or len(name.split()) != 1 or not CYRILLIC.search(name):
            return []
        forms = set(romanisations(name, lang, self.languages))
        if language.press_respelling is not None and language.press_respelling[0] in self.languages:
            russian = (_respelled(name, language) or name).split("-")
            if len(russian) == len(name.split("-")):  # (each half as the page capitalizes it: Дварэц-Агра)
                russian = [r[:1].upper() + r[1:] if w[:1].isupper() else r for r, w in zip(russian, name.split("-"))]
            halves = [dict.fromkeys([h, *([h[:-1] + "о"] if h.endswith("а") else []), *russian_readings(h, limit=4)])
                      for h in russian]
            for combo in list(product(*halves))[:12]:
                forms |= romanisations("-".join(combo), language.press_respelling[0], self.languages)
        keys = {name_key(f) for f in forms}
        words = label.split()
        at = next((k for k, w in enumerate(words) if name_key(w) in keys), None)
        if at is None:
            return []
        return [" ".join([*words[:at], f, *words[at + 1:]]) for f in sorted(forms) if f != words[at] and f[:1].isupper()]

    def _initialled_spellings(self, person: Candidate, letters, surname: str, lang: str) -> None:
        """_every_spelling of an initialled person from the name as the page's language writes it (Я.У. Лісоўская)
        and, for a language whose names the press respells, as Russian does (Я.В. Лисовская: _press_initials' В for
        У). (Not the candidate's labels: those are a name's nominative as written, which the case tests read.)"""
        names = {lang: f"{'.'.join(letters)}. {surname}"}
        language = self.languages.get(lang)
        if language is not None and language.press_respelling is not None:
            russian = _each_half(surname, lambda half: _russian_form(half, language, False) or half)
            names[language.press_respelling[0]] = f"{'.'.join({'У': 'В', 'І': 'И', 'Э': 'Е'}.get(c, c) for c in letters)}. {russian}"
        self._every_spelling(person, names)

    def _russian_initials(self, written: str, russian: str) -> list[str]:
        """The Russian initials a Belarusian name's initials may stand for, its Russian label's first: Я. is Я. or
        the Е. of Евгений (Яўген) and Егор (Ягор), by the Belarusian first names the language pairs with Russian ones."""
        language = self.languages.get("be")
        table = language.press_first_names if language is not None else {}
        letters = [c for c in written if c.isalpha()]
        options = [[r, *sorted({v[0] for k, v in table.items() if k[0] == b} - {r})]
                   for b, r in zip(letters, (c for c in russian if c.isalpha()))]
        if len(options) != len(letters):
            return [russian]
        out = [""]
        for choice in options:
            out = [f"{o}{c}." for o in out for c in choice]
        return out[:4]
