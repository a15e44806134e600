"""What a search service holds in memory: one copy of the per-document columns for all its
readers, caches held to their byte budgets, and the same answers whatever those budgets."""

from __future__ import annotations

import numpy as np
import pytest

from searchsvc.article import Article, Source
from searchsvc.entities import EntityRegistry
from searchsvc.index import IndexStore, write_generation
from searchsvc.index.documents import article_document
from searchsvc.search import SearchService
from searchsvc.search.columns import BoundedCache, ColumnCache

QUERIES = [
    dict(q="CSTO"), dict(q="security"), dict(q='"collective security"', mode="advanced"),
    dict(q="Вольфович", lang="ru"), dict(q="harvest", sort="date"), dict(q="", date_granularity="day"),
    dict(q="security", filters={"person": ["aleksandr-volfovich"]}), dict(q="secruity"),
    dict(q="", date_from="2023-01", date_to="2024-12"),
]


def answer(result) -> tuple:
    """What a reader sees: the hits as shown (title, snippet, site, entities...), not only their ids."""
    return (result.total, [h.to_json() for h in result.hits], result.facets, result.did_you_mean)


def test_a_tiny_cache_budget_gives_the_answers_of_the_default_one_and_stays_within_it(sample_index):
    roomy = SearchService(sample_index)
    tight = SearchService(sample_index, postings_cache_bytes=4_000, masks_cache_bytes=64, documents_cache_bytes=6_000)
    for _ in range(2):  # the second round reads what the first one cached (or evicted)
        for query in QUERIES:
            assert answer(tight.search(**query)) == answer(roomy.search(**query)), query
    assert 0 < tight._columns.postings.size <= 4_000
    assert roomy._columns.postings.size > 4_000  # the default kept what the tight one let go
    assert 0 < tight._columns.documents.size <= 6_000 < roomy._columns.documents.size


def test_readers_of_the_same_segments_share_one_copy_of_the_columns(sample_index):
    store = IndexStore(sample_index)
    name, index = store.open_serving()
    cache = ColumnCache()
    with index.reader() as first, index.reader() as second:
        a, b = cache.for_reader(name, first), cache.for_reader(name, second)
        assert a.day is b.day and a.live is b.live and a.stamp is b.stamp
        assert all(a.pairs[f][0] is b.pairs[f][0] for f in a.pairs)
        assert a.lengths("body_en") is b.lengths("body_en")
        mask = a.value_mask("person", ["aleksandr-volfovich"])
        assert mask.any() and b.value_mask("person", ["aleksandr-volfovich"]) is mask
        assert a.segments[0][2] is not b.segments[0][2]  # each reader scores through its own segments


def _story(n: int, site: str, person: str | None = None, day: str = "2023-09-01") -> Article:
    return Article(id=f"s{n}", title=f"Potato harvest story {n}", body=f"Farmers dug potatoes, report {n}.",
                   site=site, published=day, sources=[Source(site=site)], persons=[person] if person else [])


def test_columns_follow_in_place_commits_as_a_fresh_service_reads_them(tmp_path):
    """After each commit (new segments, deletions) the long-running service, whose segments' arrays
    are views of earlier readers' columns, answers what a service opened afresh answers."""
    registry = EntityRegistry.load()
    store = IndexStore(tmp_path / "idx")
    write_generation(store, [_story(n, f"S{n % 3}", "aleksandr-volfovich" if n % 2 else None,
                                    f"2023-0{1 + n % 9}-1{n % 10}") for n in range(12)], registry)
    service = SearchService(store.root, registry=registry)
    queries = [dict(q="potato"), dict(q="potato", sort="date"), dict(q="", date_granularity="day"),
               dict(q="potato", filters={"person": ["aleksandr-volfovich"]}),
               dict(q="", date_from="2023-03-01", date_to="2023-06-30"), dict(q="report", filters={"site": ["S1"]})]
    _, ix = store.open_live()
    commits = [dict(upserts=[article_document(_story(n, "S9", "aleksandr-volfovich", "2024-02-0" + str(n - 11)),
                                              registry) for n in range(12, 15)]),
               dict(deletes=["s1", "s4"]),
               dict(upserts=[article_document(_story(2, "S7", None, "2022-12-31"), registry)])]
    for changes in [{}, *commits]:
        if changes:
            ix.apply(**changes)
        fresh = SearchService(store.root, registry=registry)
        for query in queries:
            assert answer(service.search(**query)) == answer(fresh.search(**query)), (changes, query)
    assert service.search("potato").total == 12 + 3 - 2


def test_a_bounded_cache_lets_the_least_recently_used_go_first():
    cache = BoundedCache(100)
    for key in "abc":
        cache.put(key, key.upper(), 30)
    assert cache.get("a") == "A"  # now the most recent
    cache.put("d", "D", 30)  # 120 > 100: "b" goes
    assert cache.get("b") is None and [cache.get(k) for k in "acd"] == ["A", "C", "D"]
    cache.grow("a", 50)  # "a" decoded more: "c" and "d" were used after it, "a" goes first
    assert cache.get("a") is None and cache.size == 60
    cache.put("huge", np.zeros(200, dtype=np.uint8), 200)  # over the whole budget: not kept
    assert cache.get("huge") is None and cache.size <= 100


def test_the_default_glossary_is_one_object_whichever_way_it_is_asked_for():
    from searchsvc.languages import default_languages
    from searchsvc.lang.glossary import default_glossary

    assert default_glossary() is default_glossary(default_languages())


@pytest.mark.parametrize("granularity", ["month", "year"])
def test_calendar_buckets_are_small_ints_and_count_the_dated_matches(sample_index, granularity):
    service = SearchService(sample_index)
    result = service.search("", date_granularity=granularity)
    dates = [h.published for h in service.search("", size=50).hits if h.published]
    assert sum(v["count"] for v in result.facets["date"]) == len(dates) > 0
    state = service._state()
    assert state.columns.calendar(granularity).dtype == np.int32


def test_a_hit_shows_the_stored_document_of_the_index_it_came_from(tmp_path):
    """The hits' documents are kept between searches (Columns.document); a story edited in a new
    generation, or rewritten in place, shows its new text at once."""
    registry = EntityRegistry.load()
    store = IndexStore(tmp_path / "idx")
    story = lambda title, site: Article(id="s1", title=title, body="Farmers dug potatoes.", site=site,  # noqa: E731
                                        published="2023-09-01", sources=[Source(site=site)])
    write_generation(store, [story("Potato harvest in Brest", "S1")], registry)
    service = SearchService(store.root, registry=registry)
    assert [(h.title, h.site) for h in service.search("potatoes").hits] == [("Potato harvest in Brest", "S1")]
    write_generation(store, [story("Potato harvest ends in Brest", "S2")], registry)  # same docnum, new text
    assert [(h.title, h.site) for h in service.search("potatoes").hits] == [("Potato harvest ends in Brest", "S2")]
    _, ix = store.open_live()
    ix.apply(upserts=[article_document(story("Potato harvest over", "S3"), registry)])
    assert [(h.title, h.site) for h in service.search("potatoes").hits] == [("Potato harvest over", "S3")]


def test_the_cache_budgets_come_from_the_settings(sample_index):
    from searchsvc.config import Settings
    from searchsvc.services import Services

    settings = Settings.load(env={"SEARCHSVC_INDEX_DIR": str(sample_index), "SEARCHSVC_POSTINGS_CACHE_MB": "3",
                                  "SEARCHSVC_MASKS_CACHE_MB": "2", "SEARCHSVC_DOCUMENTS_CACHE_MB": "1"})
    service = Services(settings).search
    columns = service._columns
    assert (columns.postings.budget, columns.masks_bytes, columns.documents.budget) == (3 * 2**20, 2 * 2**20, 2**20)
    assert service.search("CSTO").hits and 0 < columns.documents.size <= 2**20


ARENAS_PROBE = """
import ctypes, sys, threading
from searchsvc.web.serve import limit_malloc_arenas
capped = limit_malloc_arenas(int(sys.argv[1]))
barrier = threading.Barrier(4)
def search_thread():
    held = [bytearray(64 * 1024) for _ in range(4)]  # malloc'd in this thread's arena
    barrier.wait()
threads = [threading.Thread(target=search_thread) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
ctypes.CDLL(None).malloc_stats()  # one "Arena N:" block an arena, on stderr
print(capped)
"""


@pytest.mark.skipif(__import__("platform").libc_ver()[0] != "glibc", reason="malloc arenas are glibc's")
@pytest.mark.parametrize("arenas, capped, at_most", [(1, "True", 1), (2, "True", 2), (0, "False", 5)])
def test_a_serving_process_caps_its_malloc_arenas_as_the_settings_say(arenas, capped, at_most):
    """Threads that search at once share `malloc_arenas` arenas instead of one each (what kept a
    1M-article service's 8 threads ~170 MB over its 2-arena size); 0 leaves glibc's default."""
    import subprocess
    import sys

    from searchsvc.config import Settings

    assert Settings.load(env={"SEARCHSVC_MALLOC_ARENAS": str(arenas)}).malloc_arenas == arenas
    done = subprocess.run([sys.executable, "-c", ARENAS_PROBE, str(arenas)], capture_output=True, text=True,
                          check=True)
    seen = done.stderr.count("Arena ")
    assert done.stdout.split() == [capped]
    assert 1 <= seen <= at_most and (arenas == 0) == (seen > 2), done.stderr
