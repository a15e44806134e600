"""The blind18 pages (tests/fixtures/entities/blind18): 30 pages written for issue 14 by a helper that never
read the extractor (README.md there says what it read), meant to look like the product (18 en, 6 ru, 6 be; BelTA
reprints on 12 district executive committees' sites under name forms no earlier page used -- "Nesvizh Rayon",
"Stolin Regional Executive Committee", "Executive Committee of Khoiniki District", "Smorgon Raiispolkom", a
<title> with extra words, Russian and Belarusian headers -- and on 18 site kinds no earlier set used: two
enterprises' own sites (a tyre plant, a refinery), a district veterinary station, a regional clinical hospital, a
regional institute for education development, a state circus, a district prosecutor's office, an airport, a
railway branch, a women's union district organization, a regional philharmonic, a zoo, a border guard group, a
regional TV and radio company, a diocese, a regional art museum named after a painter, a gymnasium, a children's
school of arts; plain-text scrapes, Joomla (one windows-1251), WordPress, Bitrix, custom templates with JSON-LD,
JSON Lines exports with English, Russian and Belarusian keys, an RSS item). Its first run on b0f8bc2 (main with all
of the twelfth session's entity work) is that session's estimate (docs/benchmarks.md "Blind estimates"): persons
0.819, organizations 0.793, places 0.940, sites 14/30, dates 30/30, 4 trap phrases. Now a regression test: floors
at that run, to be raised as the classes it shows are fixed."""

from __future__ import annotations

import pytest

from entity_sets import fresh_pages, gold, score_pages

GOLD = gold("blind18")


@pytest.fixture(scope="module")
def score(tmp_path_factory) -> dict:
    return score_pages(fresh_pages("blind18", tmp_path_factory), GOLD)


def test_dates_floor(score):
    # first run 30/30 (13 date formats: RFC 822, JSON-LD with a later dateModified, WordPress modified times)
    assert score["dates"] >= 30


def test_sites_floor(score):
    # first run 14/30: new site kinds named by their own clumsy or short forms ("Belshina JSC", "NAFTAN OJSC",
    # "Rayon Veterinary Station", "Philharmonia", "Border Group", "Department of Belarusian Railway"), a zoo's and a
    # museum's site read as their city's committee, a gymnasium and an art school named in Belarusian kept in it;
    # 30/30 after the sites branch of session 13 (site_spellings.tsv, body_kinds.tsv place kinds, legal form first)
    assert score["sites"] >= 30


def test_identity_f1_floors(score):
    # first run 0.819 / 0.793 / 0.940
    floors = {
        "persons": 0.975,  # owner: persons (0.972 after session 14, 0.982 after session 16)
        "organizations": 0.95,  # owner: orgs
        "places": 0.97,  # owner: sites (0.975 on main after the sites and orgs branches of session 13: villages by shape, renamed cities, rivers)
    }
    for key, floor in floors.items():
        assert score[key]["f1"] >= floor, (key, score[key])


def test_trap_phrases_ceiling(score):
    # first run 4: a holiday glued to a union's name ("Women's Day the Mozyr Raion Women's Union", gone since
    # session 13), a ticket service's brand (Bycard), labels holding a trap phrase: a department named for the
    # Chernobyl disaster, a university named after Yanka Kupala (the annotation counts the eponym)
    assert len(score["traps"]) <= 3
