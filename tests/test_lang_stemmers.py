"""Stemming: inflected forms a journalist types reach the same stem; different words stay apart."""

import pytest

from searchsvc.lang.analysis import analysis
from searchsvc.lang.stemmers import stem_be, stem_ru
from searchsvc.languages import default_languages


@pytest.mark.parametrize("forms", [
    ["ураджай", "ураджаю", "ураджаем", "ураджаі", "ураджаяў"],
    ["ўрад", "урад", "урада", "ураду", "урадам"],            # ў after a vowel is the same word
    ["аб'ява", "аб’явы", "абʼявай", "абявы"],                  # any apostrophe, or none
    ["выбары", "выбараў", "выбарах", "выбарамі"],
    ["бяспека", "бяспекі", "бяспецы", "бяспеку"],              # к/ц alternation
    ["горад", "горада", "горадзе", "гораду"],                  # д/дз alternation
    ["канцэрт", "канцэрта", "канцэрце"],                       # т/ц alternation
    ["дарога", "дарогі", "дарозе"],                            # г/з alternation
    ["выпадак", "выпадку", "выпадкі"],                         # fleeting vowel
    ["Магілёў", "Магілеў"],                                   # typed without ё
    ["прэзідэнт", "прэзідэнта", "прэзідэнтам"],
    ["адукацыя", "адукацыі", "адукацыю", "адукацыяй"],
])
def test_belarusian_forms_share_a_stem(forms):
    assert len({stem_be(f) for f in forms}) == 1, {f: stem_be(f) for f in forms}


@pytest.mark.parametrize("a, b", [
    ("дарога", "дар"), ("перамога", "перамена"), ("урад", "ураджай"), ("выбары", "выбух"), ("збожжа", "зборы"),
])
def test_belarusian_different_words_stay_apart(a, b):
    assert stem_be(a) != stem_be(b)


def test_russian_folds_yo():
    assert stem_ru("Могилёв") == stem_ru("Могилев")
    assert stem_ru("урожаем") == stem_ru("урожаи")


def test_belarusian_analyzer_tokens():
    tokens = analysis(default_languages()["be"]).terms("Ураджай на Магілёўшчыне: сям’я збірае ўраджай")
    assert tokens[0] == tokens[-1] == stem_be("ураджай")
    assert stem_be("сям’я") in tokens and "на" not in tokens
