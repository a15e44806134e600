"""The stories a batch job ends with do not depend on the order their pages arrive in (issue 18):
a story told on its site in English and Russian and retold in Russian by a second site
(editions_blind1's s10: the Zhodino city site's en/ru editions and the Smolevichi district site's
JSON Lines retelling) is one story whichever page comes first, in one run or across two."""

from __future__ import annotations

import shutil
from itertools import permutations

import pytest

from conftest import test_settings
from edition_sets import SETS, page_name, stories_of
from searchsvc.pipeline import reindex
from searchsvc.search import SearchService

PAGES = SETS / "editions_blind1" / "pages"
RU, RETOLD, EN = "p07_zhodino-ru.txt", "p10_smolevichi-ru.jsonl", "p34_zhodino-en.txt"
OTHERS = ("p27_lida-ru.txt", "p22_shchuchin-be.html", "p08_brest-city-en.txt")  # stories of their own
SMOLEVICHI = "Smolevichi District Executive Committee"


def arrive(folder, names):
    """Copy the pages so that the batch job reads them in this order (it reads a folder by name)."""
    folder.mkdir(parents=True, exist_ok=True)
    for n, name in enumerate(names):
        shutil.copy(PAGES / name, folder / f"{n}_{name}")


def page_set(pages) -> set[str]:
    return {p.split("_", 1)[1] for p in pages}


def assert_one_story(service, others=0):
    stories = [page_set(pages) for pages in stories_of(service).values()]
    assert [s for s in stories if EN in s or RU in s or RETOLD in s] == [{RU, RETOLD, EN}]
    assert len(stories) == 1 + others
    hits = service.search("аккумуляторный самосвал БЕЛАЗ", lang="ru").hits
    assert len(hits) == 1
    hit = hits[0]
    # the city site's own Russian edition is the story's Russian text; the retelling is a source
    assert hit.title == "БЕЛАЗ начал испытания аккумуляторного карьерного самосвала" and hit.lang == "ru"
    assert hit.title_en == "BelAZ starts testing battery-powered mining truck"
    assert hit.translation_source == {"en": "site", "ru": "site"}
    assert any(s.get("site") == SMOLEVICHI and s.get("lang") == "ru" for s in hit.sources)


@pytest.mark.parametrize("order", list(permutations((RU, RETOLD, EN))), ids=lambda o: "-".join(n[:3] for n in o))
def test_a_retelling_on_a_second_site_joins_the_story_in_any_order(tmp_path, order):
    settings = test_settings(index_dir=str(tmp_path / "index"))
    arrive(tmp_path / "pages", order)
    report = reindex([str(tmp_path / "pages")], settings)
    assert report.exit_code == 0, report.errors
    assert (report.inputs, report.new, report.editions_linked, report.reprints_merged) == (3, 1, 1, 1)
    assert (report.stories, report.editions, report.edition_links) == (1, {"en": 1, "ru": 1}, 1)
    assert_one_story(SearchService(settings.index_dir))


def test_an_english_edition_arriving_a_run_later_joins_both_russian_pages(tmp_path):
    """Run 1 holds two Russian stories of two sites (a one-language story stays apart from another
    site's) among three others; run 2 brings the English edition, which makes them one story."""
    settings = test_settings(index_dir=str(tmp_path / "index"))
    arrive(tmp_path / "pages", (RU, RETOLD) + OTHERS)
    first = reindex([str(tmp_path / "pages")], settings)
    assert first.exit_code == 0 and first.documents == 5, first.errors
    shutil.copy(PAGES / EN, tmp_path / "pages" / f"9_{EN}")
    second = reindex([str(tmp_path / "pages")], settings)
    assert second.exit_code == 0 and second.mode == "incremental", second.errors
    assert second.documents == 4 and second.stories == 1 and second.editions == {"en": 1, "ru": 1}
    service = SearchService(settings.index_dir)
    assert_one_story(service, others=3)


def test_searchsvc_ingest_counts_the_edition_and_the_retelling_apart(tmp_path):
    """`searchsvc ingest`'s summary and lines: the English page leads, the city site's Russian page
    is its edition, the other site's Russian retelling a reprint, whichever came first."""
    from searchsvc.entities import EntityExtractor, EntityRegistry
    from searchsvc.ingest import ingest_paths

    arrive(tmp_path / "pages", (RETOLD, RU, EN))
    report = ingest_paths([str(tmp_path / "pages")], extractor=EntityExtractor(EntityRegistry.load(), learn=False))
    assert report.check() == {"inputs": 3, "articles": 1, "editions_linked": 1, "reprints_merged": 1, "rejected": 0}
    assert report.summary() == "3 inputs: 1 articles, 1 editions linked, 1 reprints merged, 0 rejected"
    lines = {page_set([page_name(r.source_path)]).pop(): r.to_json() for r in report.results}
    story = lines[EN]["id"]
    assert lines[EN]["duplicate_of"] is None
    assert lines[RU]["edition_of"] == story and lines[RU]["lang"] == "ru"
    assert lines[RETOLD]["duplicate_of"] == story and lines[RETOLD]["edition_of"] is None


@pytest.mark.parametrize("first", ["a_csto_en.txt", "b_csto_ru.txt", "c_library_ru.txt", "d_csto_be.txt"])
def test_three_editions_and_a_same_day_story_come_out_the_same_in_any_order(tmp_path, first):
    """The CSTO story's English, Russian and Belarusian pages and the site's library story of the
    same day, every page first and the others in each order after it (24 orders): the same two
    stories, the English edition leading, whichever way the pages came."""
    from itertools import permutations as orders

    from test_editions import csto_pages
    from searchsvc.entities import EntityExtractor, EntityRegistry
    from searchsvc.ingest import ingest_paths
    from searchsvc.ingest.reprints import Stories

    csto_pages(tmp_path / "pages")
    extractor = EntityExtractor(EntityRegistry.load(), learn=False)
    rest = sorted(p.name for p in (tmp_path / "pages").iterdir() if p.name != first)
    for order in orders(rest):
        names = (first, *order)
        report = ingest_paths([str(tmp_path / "pages" / n) for n in names], merge_reprints=False, extractor=extractor)
        pages = {page_name(r.source_path): r.article for r in report.results}
        stories = Stories()
        stories.prepare([pages[n] for n in names])  # as the batch job and `searchsvc ingest` do
        for name in names:
            stories.add(pages[name])
        got = {}
        for name, page in pages.items():
            got.setdefault(stories.story_for(page).id, set()).add(name)
        assert sorted(map(sorted, got.values())) == [["a_csto_en.txt", "b_csto_ru.txt", "d_csto_be.txt"],
                                                     ["c_library_ru.txt"]], names
        assert stories.story_for(pages["b_csto_ru.txt"]).lang == "en", names
