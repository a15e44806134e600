"""The blind12 pages (tests/fixtures/entities/blind12): 30 pages written for issue 14 by a helper that
never read the extractor, for sites no earlier set used (district administrations of Minsk and of the
oblast centres, village councils), guests from countries not used before (Vietnam, Iran, India, Brazil,
Serbia, Armenia, Pakistan, Indonesia, Egypt, Cuba, Kazakhstan, Nigeria, Sri Lanka, Ireland...), new
CMS shapes and JSON Lines keys, and new trap kinds (a train named like a river, books, crop varieties,
cattle breeds, person-named streets). Its first run on main 5ee20cc is the sixth session's estimate
(README, docs/benchmarks.md "Blind estimates"): persons 0.699, organizations 0.744, places 0.860, sites
14/30, dates 27/30, 5 trap phrases. Now a regression test: floors at the first run, to be raised as the
classes it shows are fixed."""

from __future__ import annotations

import pytest

from entity_sets import fresh_pages, gold, score_pages

GOLD = gold("blind12")


@pytest.fixture(scope="module")
def score(tmp_path_factory) -> dict:
    return score_pages(fresh_pages("blind12", tmp_path_factory), GOLD)


def test_dates_floor(score):
    # first run 27/30: dates only in a "Source:" URL's path (plain text, en and be: read since), a JSON
    # Lines record's "published_local" key (not yet: roles are inferred from values only when a title
    # or body key is missing; since: published-like key words, never an updated/modified key)
    assert score["dates"] >= 30


def test_sites_floor(score):
    # first run 14/30: city district administrations named by host or in be/ru, village councils
    # with their district appended or in an adjective form, a search box's placeholder taken as the site
    # (since: sites named from their parts, logo alt text, footer home links, city-district hosts); the one
    # left, Абухоўскі сельвыканкам, names a village (Obukhovo) our settlement data lacks
    assert score["sites"] >= 29


def test_identity_f1_floors(score):
    # first run 0.699 / 0.744 / 0.860; organizations 0.888 with branches, embassies by capital, venues, fields
    # before "and", towns abroad, communities and churches, city districts in be, foreign kinds and forms;
    # persons 0.801 with names no list has found by their context, 0.847 with names of three and four words
    # places 0.921 (fifteenth session), 0.930 with villages named from their Russian spelling (cyr, sixteenth)
    floors = {"persons": 0.91, "organizations": 0.875, "places": 0.925}
    for key, floor in floors.items():
        assert score[key]["f1"] >= floor, (key, score[key])
