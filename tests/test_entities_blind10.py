"""The blind10 pages (tests/fixtures/entities/blind10): 30 regional pages written for issue 14 by a
helper that never read the extractor (foreign names of many origins in Latin and Cyrillic, foreign
ministries with long names, numbered schools and trusts, lakes and historic regions, JSON exports with
short or transliterated keys). Its first run on main 36e04cc is the fourth session's estimate (README,
docs/benchmarks.md "Blind estimates"): persons 0.739, organizations 0.769, places 0.854, sites 27/30,
dates 27/30, 3 trap phrases. Now a regression test: floors at what main reaches, to be raised as the
classes it shows are fixed."""

from __future__ import annotations

import pytest

from entity_sets import fresh_pages, gold, score_pages

GOLD = gold("blind10")


@pytest.fixture(scope="module")
def score(tmp_path_factory) -> dict:
    return score_pages(fresh_pages("blind10", tmp_path_factory), GOLD)


def test_sites_and_dates(score):
    # first run 27/30 each: the three misses were JSON records whose keys were not read (ttl/ts,
    # zagolovok/tekst, t/x); 30/30 since ingest/jsonl.py reads them (aliases, roles inferred from values)
    assert score["dates"] == 30
    assert score["sites"] == 30


def test_identity_f1_floors(score):
    # first run 0.739 / 0.769 / 0.854; 0.773 / 0.800 / 0.906 once the three JSON records are read
    # persons 0.992 once a portfolio's abstract nouns and the region a post is for end the post (persons branch,
    # fifteenth session: "... for Provincial Affairs and Devolution for Mashonaland East Tendai Moyo")
    floors = {"persons": 0.99, "organizations": 0.80, "places": 0.90}
    for key, floor in floors.items():
        assert score[key]["f1"] >= floor, (key, score[key])


def test_organizations_by_class(score):
    # 0.971 once foreign ministries listing their fields, numbered units and schools, Belarusian company
    # names under their English names, foreign legal forms and venues were fixed as classes
    # (tests/test_entities_org_forms.py); the rest: bodies named only in Cyrillic descriptions
    assert score["organizations"]["f1"] >= 0.96, score["organizations"]


def test_places_and_no_place_from_a_trap_phrase(score):
    # the place classes blind10 showed (lakes, rivers, seas, forests, counties and cantons abroad, historic
    # regions, villages by their shape, the land of a district) and its two place traps (a saint's
    # epithet "of Turov", an exhibition "Riga Food"): 0.906 -> 0.980
    assert score["places"]["f1"] >= 0.97, score["places"]
    assert [t for t in score["traps"] if " places:" in t] == []
