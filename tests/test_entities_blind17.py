"""The blind17 pages (tests/fixtures/entities/blind17): 30 pages written for issue 14 by a helper that never
read the extractor (README.md there says what it read), meant to look like the product (18 en, 6 ru, 6 be; BelTA
reprints on 12 district executive committees' sites under name forms no earlier page used -- "Raiispolkom", "Raion",
"Slonimsky Rayon", "Executive Committee of the Zhabinka Region", РИК / райвыканкам headers, a footer's "Official
site of ..." -- and on 18 site kinds no earlier set used: an oblast drama theatre, a free economic zone, a district
tax inspection, a sanatorium, an agricultural company named after a person, a labour and social protection
department, a registry office, a centre of hygiene and epidemiology, a national park, a children's creativity
centre, a chamber of commerce branch, a military commissariat, a puppet theatre, a state archive, a consumer
society, a university, a district association of trade unions; plain-text scrapes, Joomla (one windows-1251),
WordPress, Bitrix, custom templates with JSON-LD, JSON Lines exports with English, Russian and Belarusian keys, an RSS
item). Its first run on 90eb633 (main 6c1c80e with all of the eleventh session's entity work: the persons and
sites branches landed, the orgs and cyr branches merged) is that session's estimate (docs/benchmarks.md "Blind
estimates"): persons 0.905, organizations 0.798, places 0.899, sites 20/30, dates 30/30, 11 trap phrases. Now a
regression test: floors at that run, to be raised as the classes it shows are fixed."""

from __future__ import annotations

import pytest

from entity_sets import fresh_pages, gold, score_pages

GOLD = gold("blind17")


@pytest.fixture(scope="module")
def score(tmp_path_factory) -> dict:
    return score_pages(fresh_pages("blind17", tmp_path_factory), GOLD)


def test_dates_floor(score):
    # first run 30/30 (about ten date formats, JSON-LD and WordPress pages with a later modified time)
    assert score["dates"] >= 30


def test_sites_floor(score):
    # first run 20/30: a department, registry office or commissariat's site named as its executive committee, a
    # site's own clumsy English header kept ("Slonimsky Rayon", "Rogachov"), "FEZ" not spelt out, Russian and
    # Belarusian institution names kept untranslated (an archive, a university, a national park); 30/30 after the
    # sites branch of session 12 (a page's own full name, body_kinds.tsv)
    assert score["sites"] >= 30


def test_identity_f1_floors(score):
    # first run 0.905 / 0.798 / 0.899
    floors = {
        "persons": 0.973,  # owner: persons (0.978 after session 13)
        "organizations": 0.969,  # owner: orgs
        "places": 0.96,  # owner: places (0.964 after session 17; 0.950 after the sites branch of session 12)
    }
    for key, floor in floors.items():
        assert score[key]["f1"] >= floor, (key, score[key])


def test_trap_phrases_ceiling(score):
    # first run 11: a town inside a station's, museum's or product's name, museums named as venues, an award ("For
    # Excellent Service"), a hotel's name as a person, "Belarus" inside another name; 4 after session 12 (museums
    # named as venues are left: blind10-16 annotate a visited museum as a body six times); 1 since the museums were
    # brought in line with tests/fixtures/entities/CONVENTIONS.md (a museum or theatre is an organization)
    assert len(score["traps"]) <= 1
