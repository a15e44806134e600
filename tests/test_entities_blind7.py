"""The blind7 pages (tests/fixtures/entities/blind7): 30 regional pages written for issue 14 before
the extractor was read -- JSON Lines exports with other CMSs' key names, villages and foreign
cities, one-word coined company names, plural titles, camel-case brands. First-run figures (the
honest estimate) are in its README; now a regression test with floors at what the fixes reach."""

from __future__ import annotations

import pytest

from entity_sets import fresh_pages, gold, score_pages

GOLD = gold("blind7")


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict:
    return fresh_pages("blind7", tmp_path_factory)


@pytest.fixture(scope="module")
def score(pages) -> dict:
    return score_pages(pages, GOLD)


def test_json_exports_with_text_and_date_keys_are_read_not_rejected(pages):
    mozyr = pages["f12_export-url-only-mozyr.jsonl"]
    assert "rejected" not in mozyr
    assert (mozyr["site"], mozyr["date"]) == ("Mozyr District Executive Committee", "2026-06-19")
    assert {"Aleksandr Sokolchik", "Vladimir Gritskevich"} <= mozyr["persons"]
    assert pages["f13_export-html-boilerplate-osipovichi.jsonl"]["date"] == "2025-08-21"


def test_villages_and_foreign_cities_are_places(pages):
    assert {"Zhirovichi", "Albertin"} <= pages["f01_initials-after-full-slonim.txt"]["places"]
    assert {"Alexandria", "Cairo"} <= pages["f22_egypt-supply-grodno-microdata.html"]["places"]
    assert {"Jakarta", "Sumatra"} <= pages["f10_belaz-indonesia-zhodino-cp1251.html"]["places"]  # ru, inflected
    assert "Tula Oblast" in pages["f23_tula-governor-mogilev-be-joomla.html"]["places"]  # be, inflected


def test_coined_company_names_are_organizations_and_not_glued_to_the_next_person(pages):
    smorgon = pages["f24_companies-suffixes-smorgon.txt"]
    assert "Smorgonsilikatobeton" in smorgon["organizations"]
    assert "Aleksandr Tsvirko" in smorgon["persons"]
    assert not any("Smorgonsilikatobeton" in p for p in smorgon["persons"])
    assert not any(o.startswith("Directors") for o in smorgon["organizations"])
    assert {"Gomelsteklo", "Tsentrolit"} <= pages["f04_oman-minister-gomel.txt"]["organizations"]
    assert "QazTrade" in pages["f21_kazakh-trade-minsk-og.html"]["organizations"]
    assert "Internal Markets" not in pages["f21_kazakh-trade-minsk-og.html"]["persons"]


def test_sites_dates_and_traps_no_worse_than_after_the_fixes(score):
    assert score["dates"] == 30
    assert score["sites"] >= 28
    assert len(score["traps"]) <= 1, score["traps"]
    assert not [t for t in score["traps"] if t.startswith("persons:")], score["traps"]


def test_identity_f1_floors(score):
    # measured after the fixes (persons 1.000 after the person shapes of test_entities_person_shapes,
    # organizations 0.911 counting any registry name of the entity, places 0.945); the target
    # is 0.95 each, not yet reached on this set
    floors = {"persons": 0.99, "organizations": 0.95, "places": 0.94}  # fourth session: 1.000 / 0.966 / 0.951
    for key, floor in floors.items():
        assert score[key]["f1"] >= floor, (key, score[key])
