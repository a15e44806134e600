"""The blind14 pages (tests/fixtures/entities/blind14): 30 pages written for issue 14 by a helper that never
read the extractor, meant to look like the product (18 en, 6 ru, 6 be; BelTA reprints on the sites of town and
settlement executive committees, village councils, two Minsk district administrations, two district newspapers
and three district departments; plain-text scrapes like the seed, Joomla, WordPress, Bitrix, custom templates,
JSON Lines exports, an RSS item). Its first run on main 8a93edd, after the eighth session's entity work, is
that session's estimate (docs/benchmarks.md "Blind estimates"): persons 0.918, organizations 0.815, places
0.882, sites 17/30, dates 29/30, 1 trap phrase. One page of it (the RSS item) the scoring harness rejected
instead of reading it as the batch job does; read so (tests/entity_sets.py): 0.938 / 0.833 / 0.898, sites
18/30, dates 30/30. Now a regression test: floors at that run, to be raised as the classes it shows are fixed."""

from __future__ import annotations

import pytest

from entity_sets import fresh_pages, gold, score_pages

GOLD = gold("blind14")


@pytest.fixture(scope="module")
def score(tmp_path_factory) -> dict:
    return score_pages(fresh_pages("blind14", tmp_path_factory), GOLD)


def test_dates_floor(score):
    # first run 29/30, the RSS item rejected by the harness; 30/30 read as the batch job reads it
    assert score["dates"] >= 30


def test_sites_floor(score):
    # first run 17/30 (18 with the RSS item read): town and settlement executive committees named in Russian or
    # Belarusian kept untranslated (Давид-Городокский городской ..., Коссовского горисполкома, Старобинский
    # поселковый ...), a settlement's site taken as its district's, village committees romanized from their
    # adjective (Matykalsky for Motykaly), a district newspaper's masthead not read as the site
    # 24 once a town's and a settlement's committee in ru/be are named from the town (sites.py _settlement_of)
    # 25 once a town committee followed by its district ("..., Rechitsa District") is the town's
    # 30 once a <title>'s territory yields to the masthead's body (a settlement's committee, a newspaper), a
    # newspaper's ru/be masthead is its romanized Russian name, a GeoNames village is spelt as the press does
    # (Buinichi) and a village named with its size gives its council the rest (Большие Мотыкалы: Motykaly)
    assert score["sites"] >= 30


def test_identity_f1_floors(score):
    # first run 0.918 / 0.815 / 0.882 (0.938 / 0.833 / 0.898 with the RSS item read)
    # (0.938 / 0.841 / 0.904 once those committees and David-Gorodok are named in English)
    # organizations 0.889 once English pages' company and body classes are read (orgs helper: towns never a
    # company, town + trade + kind, kinds in the plural, units of known bodies, "No. 4" tails, run-on names)
    # organizations 0.967 with the ru/be pages' BelTA credit, Cyrillic plant names in English and bodies abroad (cyr)
    floors = {"persons": 0.93, "organizations": 0.96, "places": 0.90}
    for key, floor in floors.items():
        assert score[key]["f1"] >= floor, (key, score[key])


def test_trap_phrases_ceiling(score):
    # first run: 1 -- Belarus from a trap phrase on an English page (m12); 0 once an embassy's seat is no place
    assert len(score["traps"]) == 0


def test_persons_and_places_floors(score):
    # (persons 0.982, places 0.952 with lone surnames after lower-case posts, the home country as an embassy's
    # seat, Belarusian adjective-named towns and the Cyrillic ignore strings read as the places they name)
    # (places 0.963 with a region before a post in lower case: "the Vitebsk Oblast governor", fifteenth session)
    for key, floor in {"persons": 0.975, "places": 0.955}.items():
        assert score[key]["f1"] >= floor, (key, score[key])
