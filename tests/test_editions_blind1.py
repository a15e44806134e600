"""The editions_blind1 set (bench/data/editions_blind1: 15 stories on 38 en/ru/be pages, written
blind; a regression set since its first run) through the batch job: which pages become one story,
that no two stories merge (the same-site same-day traps), and what a reader finds in each language
(issue 18). Floors are the figures measured after the fixes of its first run's misses."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest

from conftest import test_settings
from searchsvc.pipeline import reindex
from searchsvc.search import SearchService

BLIND1 = Path(__file__).resolve().parent.parent / "bench" / "data" / "editions_blind1"
EXPECTED = json.loads((BLIND1 / "expected.json").read_text(encoding="utf-8"))["stories"]
QUERIES = [json.loads(line) for line in open(BLIND1 / "queries.jsonl", encoding="utf-8") if line.strip()]
STORY_OF_PAGE = {page: sid for sid, pages in EXPECTED.items() for page in pages}


def page_name(source_path: str) -> str:
    return Path(source_path.split(".jsonl:")[0] + ".jsonl" if ".jsonl:" in source_path else source_path).name


def stories_of(service) -> dict[str, set[str]]:
    """Article id -> the page files its sources hold."""
    out = {}
    for fields in service._state().reader.all_stored_fields():
        article = json.loads(fields["article"])
        out[article["id"]] = {page_name(s["source_path"]) for s in article["sources"]}
    return out


def pairs(groups) -> set[tuple[str, str]]:
    return {p for g in groups for p in combinations(sorted(g), 2)}


@pytest.fixture(scope="module")
def blind1_index(tmp_path_factory):
    root = tmp_path_factory.mktemp("editions-blind1")
    settings = test_settings(index_dir=str(root / "index"))
    report = reindex([str(BLIND1 / "pages")], settings)
    return settings, report


def test_every_page_is_read_and_no_two_stories_merge(blind1_index):
    settings, report = blind1_index
    assert report.exit_code == 0 and report.rejected == [], report.errors  # the JSONL export's "text"/"date" too
    got = stories_of(SearchService(settings.index_dir)).values()
    assert set().union(*got) == set(STORY_OF_PAGE)
    mixed = [sorted(pages) for pages in got if len({STORY_OF_PAGE[p] for p in pages}) > 1]
    assert mixed == []  # the traps: s06/s07 (one site, one day), s08/s09, s10/s15 stay apart


def test_editions_and_reprints_across_sites_join_their_story(blind1_index):
    settings, _ = blind1_index
    got = stories_of(SearchService(settings.index_dir)).values()
    made, expected = pairs(got), pairs(EXPECTED.values())
    assert made <= expected
    assert len(made) / len(expected) >= 32 / 34  # measured: 32 of 34 (s10's second-site reprint, see below)
    as_sets = [set(pages) for pages in got]
    # an oblast site's Russian retelling of a city site's story with en/ru editions, whichever comes first
    assert set(EXPECTED["s03"]) in as_sets
    assert set(EXPECTED["s15"]) in as_sets  # be/en/ru of one site + another site's ru reprint


@pytest.mark.parametrize("query", QUERIES, ids=[f"{q['lang']}:{q['q']}" for q in QUERIES])
def test_each_query_finds_its_story_first(blind1_index, query):
    settings, _ = blind1_index
    service = SearchService(settings.index_dir)
    hits = service.search(query["q"], lang=query["lang"]).hits
    assert hits, query
    assert stories_of(service)[hits[0].id] & set(EXPECTED[query["story"]]), query
