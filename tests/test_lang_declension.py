"""Surnames and first names in Russian and Belarusian case forms -> nominatives -> Latin spellings."""

import pytest

from searchsvc.lang.declension import MAX_NOMINATIVES, name_spellings, nominatives, respelled
from searchsvc.languages import default_languages

LANGUAGES = default_languages()


@pytest.mark.parametrize("lang, word, nominative", [
    # -ский / -скі and the feminine -ская
    ("ru", "Кременевского", "Кременевский"), ("ru", "Кременевскому", "Кременевский"),
    ("ru", "Кременевским", "Кременевский"), ("ru", "Кременевской", "Кременевская"),
    ("ru", "Кременевскую", "Кременевская"),
    ("be", "Міхалеўскага", "Міхалеўскі"), ("be", "Міхалеўскаму", "Міхалеўскі"), ("be", "Міхалеўскім", "Міхалеўскі"),
    ("be", "Міхалеўскай", "Міхалеўская"),
    # -ов / -оў / -аў, -ин / -ін
    ("ru", "Петрова", "Петров"), ("ru", "Петровым", "Петров"), ("ru", "Петрову", "Петров"),
    ("ru", "Петровой", "Петрова"),
    ("be", "Чарнагузава", "Чарнагузаў"), ("be", "Чарнагузавым", "Чарнагузаў"), ("be", "Чарнагузаву", "Чарнагузаў"),
    ("ru", "Путина", "Путин"), ("ru", "Путиным", "Путин"), ("be", "Пуціна", "Пуцін"), ("be", "Пуціным", "Пуцін"),
    # -ич / -іч, -ко / -ка
    ("ru", "Вольфовича", "Вольфович"), ("ru", "Вольфовичем", "Вольфович"),
    ("be", "Вольфовіча", "Вольфовіч"), ("be", "Вольфовічам", "Вольфовіч"),
    ("be", "Лукашэнкам", "Лукашэнка"), ("be", "Лукашэнкі", "Лукашэнка"),
    # a fleeting vowel: the nominative has an о/а the other cases drop
    ("ru", "Лобанка", "Лобанок"), ("ru", "Кравченком", "Кравченок"), ("ru", "Казачку", "Казачок"),
    ("be", "Краўчанкам", "Краўчанак"), ("be", "Лабанка", "Лабанок"),
    # first names
    ("ru", "Дмитрия", "Дмитрий"), ("ru", "Сергеем", "Сергей"), ("ru", "Александром", "Александр"),
    ("ru", "Марией", "Мария"), ("be", "Дзмітрыя", "Дзмітрый"), ("be", "Уладзімірам", "Уладзімір"),
])
def test_case_forms_give_their_nominative(lang, word, nominative):
    found = nominatives(word, LANGUAGES[lang])
    assert found[0] == word  # the word as typed may already be the nominative
    assert nominative in found
    assert len(found) <= MAX_NOMINATIVES


def test_an_adjective_stem_gets_no_fleeting_vowel():
    assert "Кременевсок" not in nominatives("Кременевска", LANGUAGES["ru"])  # -ск- is no -нок/-чок


def test_short_words_keep_a_stem():
    assert nominatives("Ким", LANGUAGES["ru"]) == ["Ким"]  # not К + им


def test_belarusian_names_are_also_read_in_their_russian_spelling():
    assert ("ru", "Путин") in respelled("Пуцін", LANGUAGES["be"])
    assert ("ru", "Дмитрий") in respelled("Дзмітрый", LANGUAGES["be"])
    assert ("ru", "Лукашенко") in respelled("Лукашэнка", LANGUAGES["be"])
    assert respelled("Путин", LANGUAGES["ru"]) == [("ru", "Путин")]


@pytest.mark.parametrize("lang, word, spelling", [
    ("ru", "Кременевского", "Kremenevsky"), ("ru", "Кременевским", "Kremenevskiy"),
    ("be", "Міхалеўскім", "Mikhalevsky"), ("be", "Міхалеўскага", "Mikhalyewski"),
    ("be", "Чарнагузавым", "Charnahuzau"), ("be", "Пуціным", "Putin"), ("be", "Канапацкім", "Kanapatski"),
    ("ru", "Приступенко", "Pristupenko"), ("be", "Прыступенкам", "Prystupenka"),
    ("ru", "Ждановичем", "Zhdanovich"), ("be", "Дзмітрыя", "Dmitry"),
])
def test_spellings_include_the_press_and_standard_forms(lang, word, spelling):
    spellings = name_spellings(word, LANGUAGES[lang], LANGUAGES)
    assert spelling in spellings
    assert len(spellings) <= 32


def test_the_press_form_of_the_nominative_comes_before_the_standards():
    spellings = name_spellings("Кременевского", LANGUAGES["ru"], LANGUAGES)
    assert spellings.index("Kremenevsky") < spellings.index("Kremenevskii")


def test_a_language_without_transliteration_gives_no_spellings():
    assert name_spellings("Putin", LANGUAGES["en"], LANGUAGES) == []
