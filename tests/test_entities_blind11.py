"""The blind11 pages (tests/fixtures/entities/blind11): 30 regional pages written for issue 14 by a
helper that never read the extractor (guests from twenty countries not used before, double surnames and
surname-first initials, parties, unions, dioceses and foreign agencies, traps named after saints,
battles and operations, CMS shapes and JSON Lines feeds not seen before). Its first run on main 933f684
is the fifth session's estimate (README, docs/benchmarks.md "Blind estimates"): persons 0.781,
organizations 0.810, places 0.866, sites 27/30, dates 30/30, 4 trap phrases. Now a regression test:
floors at what main reaches, to be raised as the classes it shows are fixed."""

from __future__ import annotations

import pytest

from entity_sets import fresh_pages, gold, score_pages

GOLD = gold("blind11")


@pytest.fixture(scope="module")
def score(tmp_path_factory) -> dict:
    return score_pages(fresh_pages("blind11", tmp_path_factory), GOLD)


def test_dates(score):
    assert score["dates"] == 30


def test_sites_floor(score):
    # first run 27/30: Starye Dorogi and Chausy not recognised (a date line above the site, pipe crumbs),
    # Oktyabrsky kept in Belarusian (Кастрычніцкі: a district named after a word, translated)
    assert score["sites"] == 30


def test_identity_f1_floors(score):
    # first run 0.781 / 0.810 / 0.866; persons 0.928 with double surnames on ru/be pages, given names of many
    # origins, Korean names and surnames after a post; organizations 0.965 after the classes it showed were
    # fixed (parties and unions, embassies "of X in Y", foreign and regional ministries, departments,
    # dispensaries, reserves, "X-Agro"); places 0.917 with Belarus's waters
    # persons 0.949 with two name particles in a row ("Pieter van der Berg") and the Mother of God no person
    # places 0.975 with Belarusian villages named from their Russian spelling as Russian names attest it (cyr)
    floors = {"persons": 0.95, "organizations": 0.96, "places": 0.97}
    for key, floor in floors.items():
        assert score[key]["f1"] >= floor, (key, score[key])
