"""The blind16 pages (tests/fixtures/entities/blind16): 30 pages written for issue 14 by a helper that never
read the extractor, meant to look like the product (18 en, 6 ru, 6 be; BelTA reprints on district executive
committees' sites under name forms no earlier set used -- "Rayon", "Raion", "Regional", "Executive Committee of X
District", райисполком / райвыканкам headers -- and on site kinds earlier sets rarely or never used: a district
education department, two oblast newspapers, a forestry enterprise, a district police department, district branches
of Belaya Rus, the Red Cross and the veterans' organization, a military history museum, a central district library,
a tourist information centre, a district inspection of natural resources, a housing and utilities enterprise, a
district agriculture and food department, a college, a district ideology department; plain-text scrapes like the
seed, Joomla (two windows-1251), WordPress, Bitrix, custom templates, JSON Lines exports, an RSS item). Its first run
on 940ce76 (main 2709fdd with all of the tenth session's entity work: the cyr, persons, orgs and sites branches) is
that session's estimate (docs/benchmarks.md "Blind estimates"): persons 0.941, organizations 0.863, places 0.925,
sites 23/30, dates 30/30, 4 trap phrases. Now a regression test: floors at that run, to be raised as the classes it
shows are fixed."""

from __future__ import annotations

import pytest

from entity_sets import fresh_pages, gold, score_pages

GOLD = gold("blind16")


@pytest.fixture(scope="module")
def score(tmp_path_factory) -> dict:
    return score_pages(fresh_pages("blind16", tmp_path_factory), GOLD)


def test_dates_floor(score):
    # first run 30/30 (WordPress pages with a later modified time, JSON-LD with a later dateModified, RFC 822 in RSS)
    assert score["dates"] >= 30


def test_sites_floor(score):
    # first run 23/30: a masthead's tagline taken as the site ("regional newspaper", "областная газета"), a
    # "<body> | <town>" logo text and a tourist centre's brand ("Visit Nesvizh") kept, a college's Belarusian
    # acronym, a veterans' organization named in Belarusian kept untranslated
    # 24 once a lower-case tagline is no site name (the English oblast newspaper; the Russian one is then
    # romanized "Vitebskiye Vesti" where the set wants "Vitebskie Vesti")
    # 29 once public associations' district organizations are one site kind (public_associations.tsv) and a logo's
    # acronym or brand gives way to its copyright line's full name; left: Vitebskiye/Vitebskie Vesti (blind14's
    # annotation wants the -iye romanization of a masthead, this set's -ie: a judgement the sets differ on)
    assert score["sites"] >= 29


def test_identity_f1_floors(score):
    # first run 0.941 / 0.863 / 0.925; persons 0.978 after the persons branch of session 11; 0.989 / 0.934 after
    # the orgs and cyr branches
    floors = {"persons": 0.983, "organizations": 0.964, "places": 0.92}
    for key, floor in floors.items():
        assert score[key]["f1"] >= floor, (key, score[key])
    # places 0.962 after the sites branch of session 11 (its own line: the persons branch raises the dict's)
    assert score["places"]["f1"] >= 0.965, score["places"]


def test_trap_phrases_ceiling(score):
    # first run 4: a drama theatre named as a venue, places inside brands ("Polesie Honey", "Orsha Linen") and inside
    # a house of culture's name ("Uzda District House of Culture"); 0 since the persons branch of session 11
    assert len(score["traps"]) <= 0
