"""A fourth language is one Language object: registered through the public API (no patching),
it gets its own index fields, analyzer, month names and query detection, and a query in it finds
articles through its translation alone."""

from __future__ import annotations

import json

import pytest

from searchsvc.entities import EntityRegistry
from searchsvc.index import IndexStore, write_generation
from searchsvc.ingest import ingest_paths
from searchsvc.lang.stemmers import SuffixStemmer
from searchsvc.languages import Language, LanguageRegistry, default_languages
from searchsvc.search import SearchService

# A small Ukrainian stemmer: noun and adjective case endings, longest first.
UK_ENDINGS = """
    а я о е у ю і и ї ь й
    ам ям ом ем єм ах ях ів їв ей ою єю ій ої ий ого ому им их ими ами ями ові еві
""".split()


def ukrainian() -> Language:
    return Language(
        code="uk",
        name="Українська",
        english_name="Ukrainian",
        script="Cyrl",
        alphabet="абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
        vowels="аеєиіїоуюя",
        stopwords=frozenset("і й та в у на з до що не це як за від".split()),
        stem=SuffixStemmer(UK_ENDINGS, vowels="аеєиіїоуюя", min_stem=3, fold={"’": "'"}),
        months={"січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7,
                "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12},
        month_names=tuple("січень лютий березень квітень травень червень липень серпень вересень жовтень "
                          "листопад грудень".split()),
        marker_letters=frozenset("їєґ"),
        marker_words=frozenset("що це також було як та".split()),
        marker_patterns=r"ів\b|ої\b|жжя\b|ують\b",
    )


HARVEST = {
    "url": "https://volyn.example/news/harvest", "site": "Volyn Regional Administration",
    "title": "Farmers in Volyn finish the grain season",
    "body": "Agricultural enterprises of the region have completed the grain season ahead of schedule. "
            "The yield exceeded last year's figure, the regional administration said.",
    "published": "15 серпня 2023",  # a Ukrainian month name: only the Ukrainian Language knows it
    "translations": {"uk": {"title": "Аграрії Волині завершили сезон",
                            "body": "Господарства області завершили збирання врожаю збіжжя раніше строку. "
                                    "Показники перевищили минулорічні."}},
}
OTHER = {
    "url": "https://gomel.example/news/harvest", "site": "Gomel Regional Executive Committee",
    "title": "Gomel farmers bring in the grain",
    "body": "Farms of the Gomel region continue the harvest campaign.",
    "published": "2023-08-20",
    "translations": {"ru": {"title": "Гомельские аграрии убирают зерно", "body": "Хозяйства продолжают уборочную."},
                     "be": {"title": "Гомельскія аграрыі ўбіраюць збожжа", "body": "Гаспадаркі працягваюць уборачную."}},
}


def build(tmp_path, languages: LanguageRegistry | None) -> tuple[SearchService, list]:
    source = tmp_path / "export.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (HARVEST, OTHER)) + "\n", encoding="utf-8")
    report = ingest_paths([source], extract_entities=False, languages=languages)
    registry = EntityRegistry.load()
    index_dir = tmp_path / "index"
    write_generation(IndexStore(index_dir), report.articles, registry, procs=1, languages=languages)
    return SearchService(index_dir, registry=registry, languages=languages), report.results


@pytest.fixture(scope="module")
def with_ukrainian(tmp_path_factory):
    languages = default_languages().with_language(ukrainian())
    service, results = build(tmp_path_factory.mktemp("uk"), languages)
    return languages, service, results


def test_a_fourth_language_is_registered_as_a_value():
    languages = default_languages().with_language(ukrainian())
    assert languages.codes == ("en", "ru", "be", "uk") and languages.target_codes == ("ru", "be", "uk")
    assert default_languages().codes == ("en", "ru", "be")  # the default registry is not changed
    assert languages["uk"].stem("врожаєм") == languages["uk"].stem("врожаю")


def test_ukrainian_translations_and_dates_are_ingested(with_ukrainian):
    _, _, results = with_ukrainian
    harvest = next(r for r in results if r.article and r.article.url == HARVEST["url"])
    assert harvest.article.published == "2023-08-15"
    assert set(harvest.article.translations) == {"uk"}
    assert harvest.warnings == []


def test_a_ukrainian_query_finds_the_article_through_its_ukrainian_translation(with_ukrainian):
    _, service, _ = with_ukrainian
    # inflected forms the text does not contain: the Ukrainian stemmer joins врожаєм/врожаю
    result = service.search("врожаєм збіжжя", lang="uk")
    assert result.query_lang == "uk"
    assert [h.url for h in result.hits] == [HARVEST["url"]]
    hit = result.hits[0]
    assert hit.matched_via == ["translation"]
    assert hit.lang == "uk" and hit.title == "Аграрії Волині завершили сезон"
    assert "<mark>врожаю</mark>" in hit.snippet and "<mark>збіжжя</mark>" in hit.snippet
    # the date facet speaks the reader's language
    assert [v["label"] for v in result.facets["date"]] == ["серпень 2023"]


def test_advanced_mode_knows_the_ukrainian_fields(with_ukrainian):
    _, service, _ = with_ukrainian
    assert [h.url for h in service.search("body_uk:врожаєм", mode="advanced").hits] == [HARVEST["url"]]


def test_without_ukrainian_the_same_export_and_query_find_nothing(tmp_path):
    service, results = build(tmp_path, None)
    harvest = next(r for r in results if r.article and r.article.url == HARVEST["url"])
    assert harvest.article.translations == {}
    assert any("translation language 'uk' is not one of en, ru, be" in w for w in harvest.warnings)
    assert any("is not a date" in w for w in harvest.warnings)
    assert service.search("врожаєм збіжжя", lang="ru").total == 0
    with pytest.raises(Exception, match="unknown language 'uk'"):
        service.search("врожаєм", lang="uk")


def test_the_search_page_offers_the_registered_languages_with_their_strings(with_ukrainian, tmp_path):
    from starlette.testclient import TestClient

    from searchsvc.config import Settings
    from searchsvc.web.app import create_app

    languages, service, _ = with_ukrainian
    with TestClient(create_app(Settings(index_dir=str(tmp_path)), service=service)) as client:
        answer = client.get("/languages").json()
        assert answer["source"] == "en"
        assert [(l["code"], l["name"]) for l in answer["languages"]] == [
            ("en", "English"), ("ru", "Русский"), ("be", "Беларуская"), ("uk", "Українська")]
        assert answer["languages"][1]["ui"]["found"] == "Найдено: {n}"
        # Ukrainian brought no page strings: the page shows the source language's
        assert answer["languages"][3]["ui"]["found"] == "{n} results"
        hits = client.get("/search", params={"q": "врожаєм збіжжя", "lang": "uk"}).json()["hits"]
        assert [h["url"] for h in hits] == [HARVEST["url"]] and hits[0]["lang"] == "uk"
        # the article's `translate` choices are the registry's, in validation and in the API document
        assert client.get(f"/articles/{hits[0]['id']}", params={"translate": "uk"}).status_code == 200
        assert "uk" in client.get(f"/articles/{hits[0]['id']}", params={"translate": "xx"}).json()["error"]
        (translate,) = (p for p in client.get("/openapi.json").json()["paths"]["/articles/{id}"]["get"]["parameters"]
                        if p["name"] == "translate")
        assert [v for v in translate["schema"]["enum"] if v] == ["ru", "be", "uk"]  # "" too: not translating


def test_the_cli_offers_the_registered_languages(with_ukrainian):
    from searchsvc.cli import build_parser

    languages, _, _ = with_ukrainian
    args = build_parser(languages=languages).parse_args(["search", "врожаєм", "--lang", "uk"])
    assert args.lang == "uk"
    assert build_parser(languages=languages).parse_args(["translate", "--lang", "uk"]).lang == ["uk"]
    with pytest.raises(SystemExit):
        build_parser().parse_args(["search", "врожаєм", "--lang", "uk"])  # the default three only


def test_the_services_hand_their_languages_to_health_and_translation(with_ukrainian, tmp_path):
    """/health's translation routes and untranslated counts, and the translator's gaps, are for the
    languages the Services were built with (a fourth one included), not the default three."""
    from conftest import test_settings
    from starlette.testclient import TestClient

    from searchsvc.article import Article
    from searchsvc.services import Services
    from searchsvc.web.app import create_app

    languages, service, _ = with_ukrainian
    models = tmp_path / "no-models"
    models.mkdir()
    settings = test_settings(index_dir=str(service.store.root), models_dir=str(models))
    services = Services.from_settings(settings, languages=languages)
    with TestClient(create_app(services=services)) as client:
        translation = client.get("/health").json()["translation"]
    assert translation["untranslated_documents"] == {"ru": 1, "be": 1, "uk": 1}
    assert translation["models"]["routes"]["uk"] == {"kind": "none", "available": False,
                                                     "detail": "en->uk: not available"}
    report = services.translator.translate([Article(id="a", title="Grain", body="The harvest is in.", site=None, published=None)])
    assert report.gaps == {"ru": 1, "be": 1, "uk": 1}
