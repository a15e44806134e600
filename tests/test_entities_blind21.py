"""The blind21 pages (tests/fixtures/entities/blind21): 30 pages written for issue 14 by a helper that never read the
extractor (README.md there says what it read), meant to look like the product (18 en, 6 ru, 6 be; BelTA reprints on
12 district executive committees' sites under name forms no earlier page used -- "Pinsk Rayispolkom", "Vawkavysk
District Executive Committee", "Executive Committee of the Stolin District", «Лепельскі райвыканкам» -- and on 18
site kinds no earlier set used, chosen by the writer and told to no helper: enterprises' own sites (a brewery, a
confectionery, a potash miner, a nuclear power plant, a pipeline operator, a linen mill, a poultry factory, a
footwear maker, a pharmaceutical plant, a bakery company, a bus operator), a hydrometeorological centre, an
agricultural research centre, a bar association, a social protection fund's district department, an investigative
committee's district department, a kindergarten, a land cadastre agency; page shapes no earlier set used: Drupal,
Tilda, print versions, AMP, microdata, a date only in the URL or a breadcrumb, dates in words with Russian and
Belarusian genitive months). Two runs, errors unread between them: on b5ce073 (the fifteenth session's start)
persons 0.886, organizations 0.862, places 0.962, sites 20/30, dates 26/30, 3 trap phrases (summary only); on
abb58e6 (main with all of that session's work) persons 0.897, organizations 0.862, places 0.952, sites 21/30, dates
26/30, 3 trap phrases -- the session's estimate (docs/benchmarks.md "Blind estimates"). The lead knew the set had
new page shapes when it asked a dates helper to make the date code robust to CMS shapes in general (the helper was
not told which). Now a regression test: floors at that run, to be raised as the classes it shows are fixed."""

from __future__ import annotations

import pytest

from entity_sets import fresh_pages, gold, score_pages

GOLD = gold("blind21")


@pytest.fixture(scope="module")
def score(tmp_path_factory) -> dict:
    return score_pages(fresh_pages("blind21", tmp_path_factory), GOLD)


def test_dates_floor(score):
    # first run 26/30: three constructor (Tilda) pages with no <h1> took the "latest news" list's date, and a date
    # printed only in the breadcrumb trail was not read (fixed by class, dates helper, sixteenth session: 30/30)
    assert score["dates"] >= 30


def test_sites_floor(score):
    # first run 21/30: Russian and Belarusian kind words romanized (Otdel Fonda ..., Kollegiya Advokatov), long
    # names shortened or their legal forms lost (OJSC Borisov Plant, SPC NAS ...) -- 30/30 with the kind-word table,
    # the legal-forms table and the page's fullest form of its name (sites helper, sixteenth session)
    assert score["sites"] >= 30


def test_identity_f1_floors(score):
    floors = {
        "persons": 0.995,  # owner: persons (1.000 after session 17; 0.997 after session 16)
        "organizations": 0.925,  # owner: orgs (0.921 after the sixteenth session's kinds of body, 0.931 after the 17th's)
        "places": 0.97,  # owner: sites (0.975: events named after a place, regions abroad by their parts and
                         # adjectives, towns abroad in other Cyrillic spellings, ports)
    }
    for key, floor in floors.items():
        assert score[key]["f1"] >= floor, (key, score[key])


def test_trap_phrases_ceiling(score):
    assert len(score["traps"]) <= 3
