"""Russian: a translation target; the usual language of queries on Belarusian regional sites."""

from __future__ import annotations

from .language import GlossaryRules, Language
from .stemmers import stem_ru

# ЙЦУКЕН, on the keys of english.QWERTY
KEYBOARD = "ёйцукенгшщзхъфывапролджэячсмитьбю." + "ЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,"


def russian() -> Language:
    return Language(
        code="ru",
        name="Русский",
        english_name="Russian",
        script="Cyrl",
        alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        vowels="аеёиоуыэюя",
        stopwords=frozenset("и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только "
                            "ее мне было вот от меня еще нет о из ему для при".split()),
        stem=stem_ru,
        months={
            # genitive, nominative, abbreviations
            "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
            "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
            "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
            "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
            "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
            "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
        },
        month_names=tuple("январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split()),
        year_words=("г.", "года", "год", "г"),
        clock_words=("в",),
        keyboard=KEYBOARD,
        translit_systems=("ru-bgn", "ru-icao", "ru-by2023"),
        press_spellings=True,
        cyrillic_rules="russian",
        marker_letters=frozenset("ищъ"),
        marker_words=frozenset("""
            и в с что это этот эта этим как по от про около также когда или его ее её их он она они был
            будет будут очень надо нужно нет есть сегодня завтра вчера году лет республика
            беларуси руководитель руководство президент правительство района район области область города город
            новости встреча визит выборы урожай зерно безопасность образование здравоохранение работа
            государственный государство министр уборочная
            """.split()),
        marker_patterns=r"ого\b|ому\b|ться\b|ть\b|ие\b|ия\b|ии\b|ый\b|ий\b|ение\b|ости\b",
        glossary=GlossaryRules(
            column=0,
            case_endings=("", "а", "у", "ом", "е", "ы", "и", "ов", "ам", "ами", "ах", "ой", "ою", "ей", "ью", "ю",
                          "я", "ий", "ого", "ому", "ым", "ых", "ую", "ая", "ое", "ые"),
            generic_words=frozenset("день год новый первый общий великий единый места рабочие национальный "
                                    "государственный белорусский".split()),
        ),
        ui={
            "title": "Поиск по региональным новостям", "placeholder": "Поиск новостей", "search": "Найти",
            "sort_relevance": "По релевантности", "sort_date": "Сначала новые",
            "facet_date": "Дата", "facet_person": "Персоны", "facet_organization": "Организации",
            "facet_site": "Сайты", "clear_dates": "Все даты", "by_year": "годы", "by_month": "месяцы",
            "by_day": "дни", "did_you_mean": "Возможно, вы имели в виду", "prev": "Назад", "next": "Вперёд",
            "found": "Найдено: {n}", "page": "Страница {p} из {n}", "none": "Ничего не найдено.",
            "error": "Ошибка поиска: ", "sources": "Источников: {n}", "repaired": "Показаны результаты по запросу",
            "via": {"source": "английский текст", "translation": "перевод", "entity": "имя",
                    "transliteration": "транслитерация", "glossary": "глоссарий", "layout": "раскладка"},
            "kind": {"person": "персона", "organization": "организация", "title": "статья", "word": "слово"},
        },
    )
