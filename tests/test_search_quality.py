"""Journalist queries in Russian, Belarusian and English against the English sample pages, with
no translation model: names inflected and transliterated, organizations and topics must still
find the story. (The full set and its recall@10 are in bench/quality.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from searchsvc.search import SearchService

QUERIES = [
    ("ru", "Вольфовичем", "001"),  # instrumental case
    ("ru", "визит генсека ОДКБ Тасмагамбетова", "001"),
    ("ru", "Караник", "003"),
    ("ru", "Головченко БелАЗ", "005"),
    ("ru", "Мозырский НПЗ", "007"),
    ("ru", "годовщина Чернобыльской катастрофы", "009"),
    ("ru", "уборочная кампания Могилевская область", "014"),
    ("ru", "ставка рефинансирования Нацбанк", "021"),
    ("ru", "выборы президента предварительные итоги", "029"),
    ("be", "Вальфовіч", "001"),
    ("be", "Галоўчанка БелАЗ", "005"),
    ("be", "Славянскі базар у Віцебску", "006"),
    ("be", "адзіны дзень галасавання", "012"),
    ("be", "ураджай Магілёўская вобласць", "014"),
    ("be", "Пінэвіч вакцынацыя", "020"),
    ("be", "Алейнік СНД Лебедзеў", "022"),
    ("be", "Вышэйшы дзяржаўны савет саюзныя праграмы", "030"),
    ("en", "Valfovich CSTO", "001"),  # Belarusian-style Latin spelling of Volfovich
    ("en", "Aliaksandr Lukashenka referendum", "002"),
    ("en", "Halouchanka BelAZ", "005"),
    ("en", "Turchyn prime minister", "018"),
    ("en", "Ryzhankou", "023"),
    ("en", "EAEU chairmanship", "027"),
]


@pytest.fixture(scope="module")
def service(sample_index) -> SearchService:
    return SearchService(sample_index)


@pytest.fixture(scope="module")
def story_of_file(service) -> dict[str, str]:
    """'014' -> the article id of that sample page's story (a reprint maps to its original)."""
    out = {}
    for article in service.stored_articles():
        for path in [s.source_path for s in article.sources] + [article.source_path]:
            if path:
                out[Path(path).name[:3]] = article.id
    return out


@pytest.mark.parametrize("lang, query, sample", QUERIES, ids=[q for _, q, _ in QUERIES])
def test_journalist_query_finds_the_story_first(service, story_of_file, lang, query, sample):
    result = service.search(query, lang=lang)
    assert result.query_lang == lang
    assert result.hits, query
    top = result.hits[0]
    assert top.id == story_of_file[sample], (query, top.title)
    if lang != "en":
        # the English page has no Russian/Belarusian text: the routes say how it was reached
        assert "source" not in top.matched_via and top.matched_via, top.matched_via


def test_reader_language_labels_and_snippet_language(service):
    result = service.search("Галоўчанка", lang="be")
    top = result.hits[0]
    assert "Раман Галоўчанка" in {p.label for p in top.persons}
    assert top.lang == "en"  # no Belarusian translation installed: the English text is shown
    assert "<mark>Golovchenko</mark>" in top.snippet


def test_wrong_keyboard_layout_is_repaired(service):
    # "Tasmagambetov" typed with the Russian layout switched on
    result = service.search("Ефыьфпфьиуещм")
    assert result.repaired_query == "Tasmagambetov"
    assert result.hits and "Tasmagambetov" in result.hits[0].title
    assert "layout" in result.hits[0].matched_via
