"""The editions_blind2 set (bench/data/editions_blind2: 18 stories on 44 en/ru/be pages, written blind;
a regression set since its first run, README) through the batch job: the stories it links, the traps it
keeps apart, and the ru/be queries that find their story first (issue 18)."""

from __future__ import annotations

import pytest

from edition_sets import indexed, load, pairs, stories_of
from searchsvc.search import SearchService

BLIND2, EXPECTED, QUERIES = load("editions_blind2")
STORY_OF_PAGE = {page: sid for sid, pages in EXPECTED.items() for page in pages}
# first run: every ru/be query first; two English queries 4th (a story without an English edition)
FIRST = [q for q in QUERIES if q["lang"] in ("ru", "be")]


@pytest.fixture(scope="module")
def blind2_index(tmp_path_factory):
    return indexed(BLIND2, tmp_path_factory.mktemp("editions-blind2"))


def test_every_story_is_linked_and_no_two_merge(blind2_index):
    settings, report = blind2_index
    assert report.exit_code == 0 and report.rejected == [], report.errors
    got = stories_of(SearchService(settings.index_dir)).values()
    assert set().union(*got) == set(STORY_OF_PAGE)
    assert [sorted(p) for p in got if len({STORY_OF_PAGE[x] for x in p}) > 1] == []  # the traps stay apart
    made, expected = pairs(got), pairs(EXPECTED.values())
    assert made <= expected
    # bench/editions.py (with 900 distractors): 40 of 40. The set alone: 37 -- the Vitebsk oblast site's
    # Russian reprint of the Polotsk story stays apart, its words' rarity measured over 44 pages only
    assert len(made) >= 37


@pytest.mark.parametrize("query", FIRST, ids=[f"{q['lang']}:{q['q']}" for q in FIRST])
def test_each_russian_and_belarusian_query_finds_its_story_first(blind2_index, query):
    settings, _ = blind2_index
    service = SearchService(settings.index_dir)
    hits = service.search(query["q"], lang=query["lang"]).hits
    assert hits and stories_of(service)[hits[0].id] & set(EXPECTED[query["story"]]), query
