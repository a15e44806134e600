"""The editions development set (bench/data/editions_dev: 15 stories in 28 pages, en/ru/be, text,
HTML and JSON Lines, with traps) through the batch job: which pages become one story, what a
reader finds, and machine translation only where no edition covers a language (issue 18)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import test_settings
from edition_sets import indexed, load, stories_of
from searchsvc.article import Article, Source
from searchsvc.config import Settings
from searchsvc.entities import EntityRegistry
from searchsvc.index import IndexStore, write_generation
from searchsvc.ingest.reprints import merge_edition
from searchsvc.pipeline import reindex
from searchsvc.search import SearchService
from searchsvc.translation import ArticleTranslator, translate_articles
from searchsvc.translation.models import install_file
from searchsvc.translation.testmodel import EN_RU, build_test_package

RU_EN = {v: k for k, v in EN_RU.items()}  # a ru->en test model: Cyrillic letters back to Latin ones
DEV, EXPECTED, QUERIES = load("editions_dev")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return indexed(DEV, tmp_path_factory.mktemp("editions-dev"))


def test_the_pages_of_each_story_and_only_they_become_one_story(dev_index):
    settings, report = dev_index
    assert report.exit_code == 0 and report.rejected == [], report.errors
    got = sorted(sorted(pages) for pages in stories_of(SearchService(settings.index_dir)).values())
    assert got == sorted(sorted(pages) for pages in EXPECTED.values())
    # 28 pages: 15 stories, 12 editions linked, 1 same-language reprint; editions per language
    assert (report.inputs, report.new, report.editions_linked, report.reprints_merged) == (28, 15, 12, 1)
    assert report.stories == 15 and report.edition_links == 12
    assert report.editions == {"en": 9, "ru": 11, "be": 7}


@pytest.mark.parametrize("query", QUERIES, ids=[f"{q['lang']}:{q['q']}" for q in QUERIES])
def test_each_query_finds_its_story_first_in_the_readers_language(dev_index, query):
    settings, _ = dev_index
    service = SearchService(settings.index_dir)
    hits = service.search(query["q"], lang=query["lang"]).hits
    assert hits, query
    assert stories_of(service)[hits[0].id] == set(EXPECTED[query["story"]]), query
    top = hits[0]
    if query["lang"] in top.editions:  # the site's own text in the reader's language
        assert top.lang == query["lang"] and top.translation_source[query["lang"]] == "site"


def test_an_edition_arriving_later_joins_and_a_removed_first_page_leaves_the_story(tmp_path):
    pages = tmp_path / "pages"
    shutil.copytree(DEV / "pages", pages)
    late = pages / "lida_festival_be.txt"
    held = late.read_bytes()
    late.unlink()
    settings = test_settings(index_dir=str(tmp_path / "index"))
    first = reindex([str(pages)], settings)
    assert first.exit_code == 0 and first.documents == 15 and first.editions_linked == 11
    late.write_bytes(held)  # the Belarusian edition, dated the day after the English one
    second = reindex([str(pages)], settings)
    assert second.mode == "incremental" and second.exit_code == 0, second.errors
    assert second.documents == 15 and second.editions_linked == 1 and second.new == 0
    service = SearchService(settings.index_dir)
    hit = service.search("Лідская замкавая палітра", lang="be").hits[0]
    assert stories_of(service)[hit.id] == {"lida_festival_en.jsonl", "lida_festival_be.txt"}
    assert hit.lang == "be" and hit.title.startswith("У Лідскім замку")
    # the Krichev story's first page goes: its reprint and its English edition remain one story
    (pages / "krichev_dairy_ru.txt").unlink()
    third = reindex([str(pages)], settings)
    assert third.exit_code == 0 and third.documents == 15, third.errors
    service = SearchService(settings.index_dir)
    hit = service.search("Krichev cheese", lang="en").hits[0]
    assert stories_of(service)[hit.id] == {"krichev_dairy_ru_reprint.txt", "krichev_dairy_en.txt"}
    assert hit.translation_source == {"ru": "site", "en": "site"}


# --- machine translation fills only what no edition covers --------------------------------------


@pytest.fixture(scope="module")
def packages(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("packages")
    paths = {"en_ru": out / "en_ru.argosmodel", "ru_be": out / "ru_be.argosmodel",
             "ru_en": out / "ru_en.argosmodel"}
    build_test_package(paths["en_ru"], "en", "ru")
    build_test_package(paths["ru_be"], "ru", "be")
    build_test_package(paths["ru_en"], "ru", "en", RU_EN)
    return paths


def test_a_site_edition_is_never_replaced_by_machine_translation(tmp_path, packages):
    settings = Settings(models_dir=str(tmp_path / "models"), cache_dir=str(tmp_path / "cache"),
                        index_dir=str(tmp_path / "index"))
    for path in packages.values():
        install_file(settings.models_dir, path)
    story = Article(id="s1", title="Krichev dairy launches a new cheese line",
                    body="A new line has been launched at the Krichev dairy.", site="Krichev District Executive "
                    "Committee", published="2023-07-06", sources=[Source("Krichev District Executive Committee")])
    edition = Article(id="s1ru", title="На Кричевском молочном заводе запустили новую сырную линию",
                      body="Новая линия заработала на Кричевском молочном заводе.", site=story.site,
                      published="2023-07-05", lang="ru", sources=[Source(story.site, source_path="ru.txt")])
    merge_edition(story, edition)
    only_ru = Article(id="s2", title="Мозырская больница получила томограф", body="Томограф начал работу.",
                      site="Mozyr District Executive Committee", published="2023-05-03", lang="ru")
    report = translate_articles([story, only_ru], ArticleTranslator(settings))
    assert story.translations["ru"].title == edition.title and story.translations["ru"].route == "site"
    assert story.translations["be"].route != "site" and story.translation_source() == \
        {"en": "site", "ru": "site", "be": "machine"}
    # a Russian-only story gets English and Belarusian by machine, from its own Russian text
    assert only_ru.translations["en"].body == "".join(RU_EN.get(c, c) for c in only_ru.body)
    assert only_ru.translations["en"].route == "direct"
    assert only_ru.translation_source() == {"ru": "site", "en": "machine", "be": "machine"}
    assert report.gaps == {}
    store = IndexStore(settings.index_dir)
    write_generation(store, [story, only_ru], EntityRegistry.load())
    service = SearchService(settings.index_dir)
    hit = service.search("tomograf", lang="en").hits[0]
    assert hit.id == "s2" and hit.lang == "en" and hit.translation_source["en"] == "machine"


def test_a_model_into_english_installed_later_fills_the_russian_only_story(tmp_path, packages):
    """Indexed without a model, the Russian-only story has no English; after `models install` of a
    ru->en package the next run (nothing changed on disk) translates it, and an English reader sees it."""
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(DEV / "pages" / "mozyr_ct_ru.txt", pages)
    settings = test_settings(index_dir=str(tmp_path / "index"), models_dir=str(tmp_path / "models"),
                             cache_dir=str(tmp_path / "cache"))  # its own models folder: it installs one
    first = reindex([str(pages)], settings)
    assert first.translation["gaps"] == {"en": 1, "be": 1}
    install_file(settings.models_dir, packages["ru_en"])
    second = reindex([str(pages)], settings)
    assert second.exit_code == 0 and second.gaps_filled == 1, second.errors
    hit = SearchService(settings.index_dir).search("tomograf", lang="en").hits[0]
    assert hit.lang == "en" and hit.translation_source == {"ru": "site", "en": "machine"}
    assert hit.title == "".join(RU_EN.get(c, c) for c in "Мозырская больница получила новый компьютерный томограф")
