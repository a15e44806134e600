"""Queries typed in the wrong keyboard layout are repaired; real words are left alone."""

import pytest

from searchsvc.lang.keyboard import repair_layout
from searchsvc.lang.letterstats import unseen_pairs, word_likeness


@pytest.mark.parametrize("typed, meant", [
    ("ehj;fq", "урожай"),                          # Russian typed on QWERTY
    ("ds,jhs ghtpbltynf", "выборы президента"),
    ("Uhjlyj Fpjn", "Гродно Азот"),
    ("Cjdtn ,tpjgfcyjcnb", "Совет безопасности"),
    ("d vjcrde", "в москву"),                      # the one-letter preposition follows its neighbour
    ("Vbycr", "Минск"),
    ("gh'pbl'ynf", "прэзідэнта"),                  # Belarusian layout: і on the b key
    ("ehfl;fq", "ураджай"),
    ("vfubk`", "магілё"),
    ("Дглфырутлщ", "Lukashenko"),                  # English typed on ЙЦУКЕН
    ("ыусгкшен сщгтсшд", "security council"),
    ("рфкмуые", "harvest"),
    ("мфдащмшср", "valfovich"),
])
def test_wrong_layout_is_repaired(typed, meant):
    assert repair_layout(typed) == meant


def test_mixed_query_repairs_only_the_wrong_word():
    assert repair_layout("Лукашенко ehj;fq") == "Лукашенко урожай"


@pytest.mark.parametrize("query", [
    "урожай", "Минск", "Мінск", "harvest", "Volfovich", "CSTO", "hello", "Volfovich's visit", "don't",
    "Mogilev", "asdf", "qwerty", "2023", "", "   ", "yf",
])
def test_right_layout_is_left_alone(query):
    assert repair_layout(query) is None


def test_caller_vocabulary_decides_a_close_call():
    # "сыещ" could be a Russian string; only knowing the acronym CSTO makes the repair clear
    assert repair_layout("сыещ", known=lambda w, lang: lang == "en" and w == "csto") == "csto"


def test_letter_statistics_separate_words_from_keyboard_noise():
    assert word_likeness("урожай", "ru") > word_likeness("ehjfq", "en") + 2
    assert unseen_pairs("президента", "ru") == 0
    assert unseen_pairs("дглфырутлщ", "ru") >= 1  # "Lukashenko" on ЙЦУКЕН
    assert word_likeness("", "en") < -5
