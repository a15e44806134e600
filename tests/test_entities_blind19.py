"""The blind19 pages (tests/fixtures/entities/blind19): 30 pages written for issue 14 by a helper that never
read the extractor (README.md there says what it read), meant to look like the product (18 en, 6 ru, 6 be; BelTA
reprints on 12 district executive committees' sites under name forms no earlier page used -- "Lida Raion",
"ROGACHEV RAYON EXECUTIVE COMMITTEE", "Kalinkovichi Rayispolkom", a footer-only name, Russian and Belarusian
headers in capitals or short forms -- and on 18 site kinds no earlier set used: enterprises' own sites (a dairy, a
combine maker, a meat plant, a glassworks), a technopark, an electric grid branch, a vodokanal, a bank's regional
directorate, a regional court, a city polyclinic, a post office branch, a botanical garden, a concert hall, a
cathedral parish, a notary chamber, a secondary school, a district house of crafts, a children's rehabilitation
centre; plain-text scrapes, Joomla (one windows-1251), WordPress, Bitrix, custom templates with JSON-LD, JSON Lines
exports, an RSS item). Its first run on 0bebd26 (main 96e9841 with all of the thirteenth session's entity work) is
that session's estimate (docs/benchmarks.md "Blind estimates"): persons 0.933, organizations 0.826, places 0.976,
sites 14/30, dates 29/30, 6 trap phrases. Now a regression test: floors at that run, to be raised as the classes
it shows are fixed."""

from __future__ import annotations

import pytest

from entity_sets import fresh_pages, gold, score_pages

GOLD = gold("blind19")


@pytest.fixture(scope="module")
def score(tmp_path_factory) -> dict:
    return score_pages(fresh_pages("blind19", tmp_path_factory), GOLD)


def test_dates_floor(score):
    # first run 29/30: a footer's phone number "2-14-51" voted the page month-first (fixed: 30/30)
    assert score["dates"] >= 30


def test_sites_floor(score):
    # first run 14/30: enterprises' own headers ("Gomselmash Holding", "Grodno Meat Processing Plant",
    # "Gomelsteklo Glassworks, Gomel", "Vitebskvodokanal utility" for OJSC/UE forms), a branch named parent-last
    # ("Belarusbank Mogilev Regional Branch", "Belpochta Grodno Branch"), a kind prefix kept ("Healthcare
    # institution"), a capitals-only header read as none, Russian/Belarusian names of a concert hall, a parish, a
    # notary chamber and a house of crafts kept in Cyrillic (18 after the phone-number, accessibility-panel and
    # body-kind fixes of session 13; 30 after the sites branch of session 14: legal form from the story, units
    # place first, legal status dropped, Regional Court, NAS spelled out, church bodies, a Belarusian first name
    # as a quoted name from its Russian form)
    assert score["sites"] >= 30


def test_identity_f1_floors(score):
    # first run 0.933 / 0.826 / 0.976
    floors = {
        "persons": 0.995,  # owner: persons (1.000 after session 14: a worker's lone surname, cyr's foreign names)
        "organizations": 0.935,  # owner: orgs
        "places": 0.985,  # owner: sites (0.992 after the sites branch of session 14: rivers on their embankment, places
        # inside a stamp's, a firm's or an event's name)
    }
    for key, floor in floors.items():
        assert score[key]["f1"] >= floor, (key, score[key])


def test_trap_phrases_ceiling(score):
    # first run 6: a brand romanised from Russian (Orshanskiy Len), a museum named after a writer, a town in a
    # company's name, "Workers" as a person (fixed: a post's plural is no surname), a foreign plant named in a
    # story about others (fixed: "Uralmash 5000" is a model), a canal (the town and the canal fixed by the sites
    # branch of session 14); left: the brand, and the museum (blind3-18 annotate eponymous museums as bodies)
    assert len(score["traps"]) <= 1
