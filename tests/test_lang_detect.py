"""Query language: what a journalist types decides which fields are searched."""

import pytest

from searchsvc.lang.detect import detect_language


@pytest.mark.parametrize("query, lang", [
    ("CSTO secretary general visit", "en"),
    ("Volfovich", "en"),
    ("визит генерального секретаря ОДКБ", "ru"),
    ("Вольфовичем", "ru"),
    ("урожай в Могилевской области", "ru"),
    ("выборы президента", "ru"),
    ("візіт генеральнага сакратара АДКБ", "be"),
    ("Вальфовіч", "be"),
    ("Лукашэнка", "be"),
    ("ураджай на Магілёўшчыне", "be"),
    ("выбары прэзідэнта", "be"),
    ("ахова здароўя", "be"),
    ("сям’я", "be"),
    ("аб'ява", "be"),
    ("Брэст", "be"),
    ("збожжа", "be"),
    ("уборачная кампанія", "be"),
])
def test_journalist_queries(query, lang):
    assert detect_language(query) == lang


def test_latin_name_inside_a_russian_query_keeps_it_russian():
    assert detect_language("Volfovich визит в Москву") == "ru"
    assert detect_language("Lukashenko visit to Minsk, Минск") == "en"


@pytest.mark.parametrize("query", ["", "   ", "2023", "?!", "«»"])
def test_nothing_to_tell_by_is_english(query):
    assert detect_language(query) == "en"


def test_cyrillic_without_a_telling_letter_is_russian():
    assert detect_language("ОДКБ") == "ru"
    assert detect_language("Лукашенко") == "ru"
