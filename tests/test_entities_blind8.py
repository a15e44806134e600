"""The blind8 pages (tests/fixtures/entities/blind8): 30 regional pages written for issue 14 before
the extractor was read -- companies and schools named in Russian and Belarusian, foreign ministries
with country qualifiers, villages and agrotowns, TV channels with digits, sports clubs. First-run
figures (the honest estimate) are in its README; now a regression test with floors at what the
fixes reach."""

from __future__ import annotations

import pytest

from entity_sets import fresh_pages, gold, score_pages

GOLD = gold("blind8")


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict:
    return fresh_pages("blind8", tmp_path_factory)


@pytest.fixture(scope="module")
def score(pages) -> dict:
    return score_pages(pages, GOLD)


def test_companies_on_russian_and_belarusian_pages_come_out_under_their_english_names(pages):
    assert {"Oshmyany Meat Processing Plant", "SPK Golshany"} <= pages["g21_vietnam-meat-oshmyany-ru.txt"]["organizations"]
    orsha = pages["g22_fairs-smolensk-orsha-ru.txt"]["organizations"]
    assert {"Orsha Meat Canning Plant", "Orsha Tool Plant", "Smolensk Hosiery Factory", "Roslavl Car Repair Plant"} <= orsha
    assert not any(o.startswith(("Orshansk", "OAO", "OOO")) for o in orsha)
    shchuchin = pages["g30_school-named-after-shchuchin-be.txt"]["organizations"]
    assert {"Shchuchin Butter and Cheese Plant", "Secondary School No. 2 of Shchuchin",
            "Shchuchin District Center for Creativity of Children and Youth"} <= shchuchin
    assert {"Kindergarten No. 3", "Secondary School No. 2 of Lepel"} <= pages["g20_kindergarten-initials-lepel-ru.txt"]["organizations"]


def test_one_official_is_one_value_across_the_english_russian_and_belarusian_pages(pages):
    # the Belarusian page names him "Ігар Ляшэнка", the English ones "Igor Lyashenko"
    assert "Igor Lyashenko" in pages["g25_hockey-clubs-grodno-be.txt"]["persons"]
    assert not any(p.startswith("Ihar ") for page in pages.values() for p in page["persons"])


def test_no_trap_becomes_a_person(score):
    assert not [t for t in score["traps"] if t.startswith("persons:")], score["traps"]


def test_sites_dates_and_traps_no_worse_than_after_the_fixes(score):
    assert score["dates"] == 30
    assert score["sites"] >= 29
    assert len(score["traps"]) <= 1, score["traps"]


def test_identity_f1_floors(score):
    # first run (README): persons 0.802, organizations 0.679, places 0.768; after the fixes 0.950, 0.929
    # (any registry name of the entity counting), 0.955; the target is 0.95 each
    floors = {"persons": 0.97, "organizations": 0.95, "places": 0.95}  # fourth session: 0.984 / 0.966 / 0.960
    for key, floor in floors.items():
        assert score[key]["f1"] >= floor, (key, score[key])
