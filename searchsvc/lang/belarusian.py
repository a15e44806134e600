"""Belarusian: a translation target; the official language of many regional pages."""

from __future__ import annotations

from .language import APOSTROPHES, GlossaryRules, Language
from .stemmers import stem_be

# The Belarusian layout differs from ЙЦУКЕН in three keys: і for и, ў for щ, the apostrophe for ъ.
KEYBOARD = "ёйцукенгшўзх'фывапролджэячсмітьбю." + "ЁЙЦУКЕНГШЎЗХ'ФЫВАПРОЛДЖЭЯЧСМІТЬБЮ,"


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
        },
        month_names=tuple("студзень люты сакавік красавік май чэрвень ліпень жнівень верасень кастрычнік лістапад "
                          "снежань".split()),
        year_words=("г.", "гады", "год", "года", "годзе", "г"),
        date_words={"сёння": "today", "учора": "yesterday", "ўчора": "yesterday", "на гэтым тыдні": "this_week",
                    "на мінулым тыдні": "last_week", "у гэтым месяцы": "this_month",
                    "у мінулым месяцы": "last_month", "у гэтым годзе": "this_year", "у мінулым годзе": "last_year",
                    "летась": "last_year", "у": "in", "ў": "in", "за": "in", "з": "from", "са": "from",
                    "па": "to", "да": "to"},
        clock_words=("у",),
        keyboard=KEYBOARD,
        # Russian is typed far more often: a Belarusian reading wins only when clearly more word-like
        keyboard_margin=0.3,
        translit_systems=("be-bgn", "be-icao", "be-national2007", "be-by2023"),
        cyrillic_rules="belarusian",
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
        ui={
            "title": "Пошук па рэгіянальных навінах", "placeholder": "Пошук навін", "search": "Шукаць",
            "sort_relevance": "Па рэлевантнасці", "sort_date": "Спачатку новыя",
            "facet_date": "Дата", "facet_person": "Асобы", "facet_organization": "Арганізацыі",
            "facet_site": "Сайты", "clear_dates": "Усе даты", "by_year": "гады", "by_month": "месяцы",
            "by_day": "дні", "did_you_mean": "Магчыма, вы мелі на ўвазе", "prev": "Назад", "next": "Далей",
            "found": "Знойдзена: {n}", "page": "Старонка {p} з {n}", "none": "Нічога не знойдзена.",
            "error": "Памылка пошуку: ", "sources": "Крыніц: {n}", "repaired": "Паказаны вынікі па запыце",
            "via": {"source": "англійскі тэкст", "translation": "пераклад", "entity": "імя",
                    "transliteration": "транслітарацыя", "glossary": "глосарый", "layout": "раскладка"},
            "kind": {"person": "асоба", "organization": "арганізацыя", "title": "артыкул", "word": "слова"},
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
