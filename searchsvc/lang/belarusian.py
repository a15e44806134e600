"""Belarusian: a translation target; the official language of many regional pages."""

from __future__ import annotations

import re

from .language import APOSTROPHES, GlossaryRules, Language
from .stemmers import stem_be

# The Belarusian layout differs from ЙЦУКЕН in three keys: і for и, ў for щ, the apostrophe for ъ.
KEYBOARD = "ёйцукенгшўзх'фывапролджэячсмітьбю." + "ЁЙЦУКЕНГШЎЗХ'ФЫВАПРОЛДЖЭЯЧСМІТЬБЮ,"


# Classical orthography (tarashkevitsa: Nasha Niva, Radio Svaboda, many older pages) against the
# official one: the regular differences as rules, the usual loanword spellings as stems.
_CONSONANTS = "бвгджзклмнпрстфхцчшў"
# the soft sign of assimilative softness: з, с, ц, н before a consonant that is soft itself
# (е ё ю я і or ь follow): "сьвята", "зьмена", "выданьне", "жыцьцё"; not "восьмы", "просьба"
_ASSIMILATIVE = re.compile(rf"(?<=[зсцн])ь(?=[{_CONSONANTS}]ь?[еёюяіь])", re.I)
_SOFT_PREFIX = re.compile(r"(?<!\w)(з)ь(?=[еёюя])", re.I)  # "зьезд", "зьява": the official apostrophe
_PREPOSITION = re.compile(r"(?<!\w)(з)ь(?!\w)", re.I)  # "зь" -> "з"
_RUSSIA = re.compile(r"(?<!\w)(рас)е(?=[яіюй]|йск)", re.I)  # Расея, расейскі -> Расія, расійскі
# loanwords: the classical stem -> the official one; at a word's start, or (suffixes) anywhere
_LOAN_STEMS = {
    "эўра": "еўра", "эўро": "еўро", "амэрык": "амерык", "сэсі": "сесі", "сэнат": "сенат", "сэзон": "сезон",
    "пэрыяд": "перыяд", "прэзыдэнт": "прэзідэнт", "рэзыдэнт": "рэзідэнт", "сыстэм": "сістэм", "пазыцы": "пазіцы",
    "фэстывал": "фестывал", "апэрацы": "аперацы", "інвэстыц": "інвестыц", "мэдал": "медал", "мэдыц": "медыц",
    "мэтал": "метал", "мэтр": "метр", "кілямэтр": "кіламетр", "гэктар": "гектар", "сэрвіс": "сервіс",
    "канфэрэнц": "канферэнц", "рэфэрэндум": "рэферэндум", "тэмпэратур": "тэмператур", "дэпартамэнт": "дэпартамент",
    "парлямэнт": "парламент", "плян": "план", "кляс": "клас", "клюб": "клуб", "лябарат": "лабарат",
    "плятформ": "платформ", "пляст": "пласт", "фляг": "флаг", "ляўрэат": "лаўрэат", "лёндан": "лондан",
    "менск": "мінск", "гэнэрал": "генерал", "сэкрэтар": "сакратар", "міністар": "міністр",
}
_LOAN_SUFFIXES = {"мэнт": "мент", "нэнт": "нент", "лёгі": "логі", "лёгу": "лагу"}


def _stems(table: dict[str, str], anywhere: bool) -> re.Pattern:
    words = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    return re.compile(("" if anywhere else r"(?<!\w)") + f"({words})", re.I)


_LOAN = _stems(_LOAN_STEMS, anywhere=False)
_SUFFIX = _stems(_LOAN_SUFFIXES, anywhere=True)


def _respell(table: dict[str, str]):
    def replace(m: re.Match) -> str:
        found = m.group(1)
        new = table[found.lower()]
        return new[0].upper() + new[1:] if found[0].isupper() else new
    return replace


def official_spelling(text: str) -> str:
    """Belarusian text in the classical orthography (tarashkevitsa) spelled the official way, for
    matching: official text comes back the same, but for a few soft signs it never doubles.

    >>> official_spelling("12 сьнежня ў Менску адбылося пасяджэньне парлямэнту Эўропы")
    '12 снежня ў Мінску адбылося пасяджэнне парламенту Еўропы'
    >>> official_spelling("зьезд зь Ґданьску прэзыдэнт тэхналёгіі Расеі")
    "з'езд з Гданьску прэзідэнт тэхналогіі Расіі"
    """
    text = text.replace("ґ", "г").replace("Ґ", "Г")
    text = _ASSIMILATIVE.sub("", text)
    text = _SOFT_PREFIX.sub(r"\1'", text)
    text = _PREPOSITION.sub(r"\1", text)
    text = _RUSSIA.sub(lambda m: m.group(1) + ("і" if m.group(0)[-1].islower() else "І"), text)
    text = _LOAN.sub(_respell(_LOAN_STEMS), text)
    return _SUFFIX.sub(_respell(_LOAN_SUFFIXES), text)


def belarusian() -> Language:
    return Language(
        code="be",
        name="Беларуская",
        english_name="Belarusian",
        script="Cyrl",
        alphabet="абвгдеёжзійклмнопрстуўфхцчшыьэюя'",
        vowels="аеёіоуыэюя",
        stopwords=frozenset("і ў у не што ён на я з са як а то ўсе яна так яго але да ты к же вы за б па толькі яе "
                            "мне было вось ад мяне яшчэ няма аб з для пры".split()),
        stem=stem_be,
        months={
            # genitive, nominative, abbreviations
            "студзеня": 1, "лютага": 2, "сакавіка": 3, "красавіка": 4, "траўня": 5,
            "чэрвеня": 6, "ліпеня": 7, "жніўня": 8, "верасня": 9, "кастрычніка": 10, "лістапада": 11,
            "снежня": 12,
            "студзень": 1, "люты": 2, "сакавік": 3, "красавік": 4, "травень": 5, "чэрвень": 6,
            "ліпень": 7, "жнівень": 8, "верасень": 9, "кастрычнік": 10, "лістапад": 11, "снежань": 12,
            "студз": 1, "лют": 2, "сак": 3, "крас": 4, "трав": 5, "чэрв": 6, "ліп": 7, "жн": 8,
            "вер": 9, "кастр": 10, "ліст": 11, "снеж": 12,
            # locative ("у чэрвені 2023": queries)
            "студзені": 1, "лютым": 2, "сакавіку": 3, "красавіку": 4, "траўні": 5, "чэрвені": 6,
            "ліпені": 7, "жніўні": 8, "верасні": 9, "кастрычніку": 10, "лістападзе": 11, "снежні": 12,
            # the classical orthography's (official_spelling)
            "верасьня": 9, "сьнежня": 12, "сьнежань": 12, "верасьні": 9, "сьнежні": 12,
        },
        month_names=tuple("студзень люты сакавік красавік май чэрвень ліпень жнівень верасень кастрычнік лістапад "
                          "снежань".split()),
        year_words=("г.", "гады", "год", "года", "годзе", "г", "гг.", "гадах", "гадоў"),
        # (ў and ё are compared as у and е: "ў мінулым годзе", "селета" match too)
        date_words={"сёння": "today", "учора": "yesterday", "пазаўчора": "day_before_yesterday",
                    "на гэтым тыдні": "this_week", "на мінулым тыдні": "last_week",
                    "у гэтым месяцы": "this_month", "у мінулым месяцы": "last_month",
                    "у гэтым годзе": "this_year", "сёлета": "this_year", "у бягучым годзе": "this_year",
                    "у мінулым годзе": "last_year", "летась": "last_year",
                    "у пазамінулым годзе": "year_before_last", "пазалетась": "year_before_last",
                    "у": "in", "за": "in", "з": "from", "са": "from", "па": "to", "да": "to"},
        clock_words=("у",),
        keyboard=KEYBOARD,
        # Russian is typed far more often: a Belarusian reading wins only when clearly more word-like
        keyboard_margin=0.3,
        translit_systems=("be-bgn", "be-icao", "be-national2007", "be-by2023"),
        cyrillic_rules="belarusian",
        name_cases={
            # -скі/-цкі and adjectival names: Міхалеўскага, -скаму, -скім, -ская -> -скай, -скую
            "ага": ("і", "ы"), "яга": ("і",), "аму": ("і", "ы"), "яму": ("і",), "ім": ("і", ""), "ым": ("", "ы"),
            "ай": ("а", "ая"), "ую": ("ая",), "ой": ("а",),
            # -аў/-оў/-еў: Чарнагузава, -аву, -авым, -аве (ў turns в before an ending)
            "ава": ("аў",), "ова": ("оў",), "ева": ("еў",), "аву": ("аў", "ава"), "ову": ("оў", "ова"),
            "еву": ("еў",), "авым": ("аў",), "овым": ("оў",), "евым": ("еў",), "аве": ("аў",), "ове": ("оў",),
            "авай": ("ава",), "овай": ("ова",), "ых": ("",), "іх": ("",),
            # -ка, -іч and first names: Лукашэнкам, Вольфовічам, Уладзіміра, Дзмітрыя
            "ам": ("", "а"), "ем": ("", "й"), "ём": ("",),
            "а": ("",), "я": ("й", "ь"), "у": ("", "а"), "ю": ("й", "ь", "я"), "е": ("", "а"), "і": ("а", ""),
            "ы": ("а",),
        },
        # English news writes Belarusian names from their Russian forms: цеканне and дзеканне undone
        # (Пуцін -> Путин, Дзмітрый -> Дмитрий), -ка -> -ко (Лукашэнка -> Лукашенко), -скі -> -ский
        press_respelling=("ru", (
            ("дз(?=[мвнл]?[іеёюяь])", "д"), ("ц(?=[іеёюяь])", "т"), ("э", "е"), ("і", "и"), ("ў", "в"),
            ("[" + APOSTROPHES + "]", "ъ"), ("(?<=[сц]к)и$", "ий"), ("ый$", "ий"), ("(?<=[^аеёиоуыэюя])ка$", "ко"),
        )),
        # akanne in first names is beyond letter rules (Ігар/Игорь, Алег/Олег, Вольга/Ольга); names the
        # rules already give (Іван, Максім, Павел) are left out
        press_first_names={
            "Ігар": "Игорь", "Алег": "Олег", "Вольга": "Ольга", "Святлана": "Светлана", "Аляксандр": "Александр",
            "Аляксандра": "Александра", "Сяргей": "Сергей", "Ганна": "Анна", "Дзмітрый": "Дмитрий",
            "Аляксей": "Алексей", "Андрэй": "Андрей", "Уладзімір": "Владимир", "Мікалай": "Николай",
            "Міхаіл": "Михаил", "Юрый": "Юрий", "Васіль": "Василий", "Віктар": "Виктор", "Пятро": "Пётр",
            "Генадзь": "Геннадий", "Валянцін": "Валентин", "Валянціна": "Валентина", "Наталля": "Наталья",
            "Таццяна": "Татьяна", "Алена": "Елена", "Ірына": "Ирина", "Марыя": "Мария", "Кацярына": "Екатерина",
            "Яўген": "Евгений", "Яўгенія": "Евгения", "Анатоль": "Анатолий", "Уладзіслаў": "Владислав",
            "Вячаслаў": "Вячеслав", "Станіслаў": "Станислав", "Леанід": "Леонид", "Рыгор": "Григорий",
            "Фёдар": "Фёдор", "Дзяніс": "Денис", "Раман": "Роман", "Кірыл": "Кирилл", "Ягор": "Егор",
            "Алеся": "Олеся", "Юлія": "Юлия", "Людміла": "Людмила", "Аксана": "Оксана", "Зінаіда": "Зинаида",
            "Мечыслаў": "Мечислав", "Якаў": "Яков",
            # rarer now as first names, common as the roots of surnames (Кандраценка, Сідарук, Астапенка)
            "Кандрат": "Кондрат", "Сідар": "Сидор", "Астап": "Остап", "Барыс": "Борис", "Багдан": "Богдан",
            "Цімафей": "Тимофей", "Фама": "Фома",
        },
        # -ава/-аў/-оў/-еў surnames are -ова/-ов/-ев in Russian (Іванава, Іваноў: Иванова, Иванов); an unstressed
        # е after ч, ш, ж is written а (Мішчанка, Ткачанка: Мищенко, Ткаченко)
        press_surname_endings=(("ава$", "ова"), ("аў$", "ов"), ("оў$", "ов"), ("еў$", "ев"), ("ёў$", "ёв"),
                               ("(?<=[чшж])анка$", "енка")),
        marker_letters=frozenset("іў" + APOSTROPHES),
        marker_words=frozenset("""
            і ў з што гэта гэты гэтая гэтым як па ад пра каля таксама калі ці яго яе іх ён яна яны быў
            будзе будуць вельмі трэба можна няма ёсць сёння заўтра учора годзе гадоў рэспубліка
            беларусі кіраўнік кіраўніцтва прэзідэнт урад раёна раён вобласці вобласць горада горад навіны сустрэча
            візіт выбары ураджай збожжа бяспека адукацыя ахова здароўя праца дзяржаўны дзяржава міністр
            """.split()),
        # дз/дж + soft vowel, -ць infinitives, а for unstressed о (горад), э after consonants (Брэст)
        marker_patterns=r"дзе|дзя|дзі|ць\b|цца\b|шч|ццё|ння\b|ага\b|аму\b|ямі\b|[бвгджзклмнпрстфхцчш]э",
        glossary=GlossaryRules(
            column=1,
            case_endings=("", "а", "у", "ам", "ом", "е", "ы", "і", "аў", "ах", "амі", "ой", "ай", "ою", "ю", "я",
                          "ем", "ям", "ага", "аму", "ым", "ых", "ую", "ая", "ае", "ыя", "ія", "ім", "іх"),
            # the locative softens the last consonant: візіт -> візіце, горад -> горадзе, рака -> рацэ
            softenings=(("т", "це"), ("д", "дзе"), ("к", "цы"), ("к", "цэ"), ("г", "зе"), ("х", "се")),
            generic_words=frozenset("дзень год новы першы агульны вялікі адзіны месцы рабочыя нацыянальны "
                                    "дзяржаўны беларускі".split()),
            # a word the Belarusian column lacks, spelled the Russian way (прэзідэнт -> президент)
            fallback=("ru", str.maketrans({"і": "и", "ў": "в", "э": "е", "'": "ъ", "’": "ъ", "ʼ": "ъ"})),
        ),
        official_spelling=official_spelling,
        ui={
            "title": "Пошук па рэгіянальных навінах", "placeholder": "Пошук навін", "search": "Шукаць",
            "take_away": "Гэты пошук:", "feed": "Стужка Atom", "export_csv": "Табліца CSV", "export_jsonl": "JSON Lines",
            "sort": "Парадак вынікаў", "sort_relevance": "Па рэлевантнасці", "sort_date": "Спачатку новыя",
            "facet_date": "Дата", "facet_person": "Асобы", "facet_organization": "Арганізацыі",
            "facet_site": "Сайты", "clear_dates": "Усе даты", "by_year": "гады", "by_month": "месяцы",
            "by_day": "дні", "did_you_mean": "Магчыма, вы мелі на ўвазе", "prev": "Назад", "next": "Далей",
            "found": "Знойдзена: {n}", "page": "Старонка {p} з {n}", "none": "Нічога не знойдзена.",
            "error": "Памылка пошуку: ", "sources": "Крыніц: {n}", "repaired": "Паказаны вынікі па запыце",
            "via": {"source": "англійскі тэкст", "translation": "пераклад", "entity": "імя",
                    "transliteration": "транслітарацыя", "glossary": "глосарый", "layout": "раскладка"},
            "kind": {"person": "асоба", "organization": "арганізацыя", "title": "артыкул", "word": "слова"},
            "show_results": "Паказаць вынікі", "results": "Вынікі", "filters": "Фільтры",
            "more": "Яшчэ", "fewer": "Згарнуць", "find_value": "Знайсці: {facet}",
            "no_values": "Няма адпаведных значэнняў.", "unknown_site": "Сайт не пазначаны",
            "timeline": "Артыкулы па перыядах", "suggestions": "Падказкі",
            "understood": "Зразумела як дату:", "remove_date": "Прыбраць дату «{text}»",
            "understood_unused": "у гэтыя даты нічога няма, таму словы шукаліся як звычайныя словы",
            "error_bad_request": "Такі пошук выканаць нельга: змяніце запыт або фільтры.",
            "error_server": "Сэрвіс пошуку зараз не адказвае. Паспрабуйце праз хвіліну.",
            "error_details": "Падрабязнасці",
            "english_no_model": "Частка вынікаў паказана па-англійску: мадэль перакладу на гэту мову "
                                "на серверы не ўсталявана.",
            "english_not_yet": "Частка вынікаў паказана па-англійску: яны яшчэ не перакладзены.",
            "article": {"back": "Да пошуку", "published": "Апублікавана", "site": "Сайт",
                        "original": "Арыгінал на англійскай", "translation": "Пераклад",
                        "no_model": "Перакладу на гэтую мову няма: мадэль перакладу не ўсталявана на серверы. "
                                    "Паказаны англійскі тэкст.",
                        "not_yet": "Гэты артыкул яшчэ не перакладзены на гэтую мову.",
                        "translate_now": "Перакласці зараз", "pending": "Пераклад рыхтуецца: абнавіце старонку "
                                    "праз некалькі секунд.", "too_long": "Артыкул занадта доўгі для перакладу "
                                    "па запыце; ён будзе перакладзены разам з архівам.",
                        "busy": "Перакладчык заняты: паспрабуйце праз хвіліну.",
                        "persons": "Асобы", "organizations": "Арганізацыі", "places": "Месцы",
                        "sources": "Апублікавана на сайтах", "source_link": "зыходная старонка",
                        "not_found": "Такога артыкула няма."},
        },
    )
