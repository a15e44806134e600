"""The blind9 pages (tests/fixtures/entities/blind9): 30 regional pages written for issue 14 before
the extractor was read (foreign names with diacritics, ministries of other countries, ru/be company
names, JSON exports with other CMSs' keys, boilerplate site names). First-run figures (the honest
estimate) are in its README; now a regression test with floors at what has been fixed since."""

from __future__ import annotations

import pytest

from entity_sets import fresh_pages, gold, score_pages

GOLD = gold("blind9")


@pytest.fixture(scope="module")
def score(tmp_path_factory) -> dict:
    return score_pages(fresh_pages("blind9", tmp_path_factory), GOLD)


def test_json_exports_with_other_cms_keys_give_site_and_date(score):
    # first run: 26/30 sites and 27/30 dates, three of the misses JSON records rejected or unread
    # (heading/pub/lead/text, site_title/date_published, portal/name); the table page's site is left
    assert score["dates"] == 30
    assert score["sites"] == 30  # the table page's whole <title> names its committee (fourth session)


def test_identity_f1_floors(score):
    # first run (README): persons 0.806, organizations 0.767, places 0.800; the target is 0.95 each
    # (persons 0.883 after names of any origin in a person context: "led by Đorđe Stanković", ...;
    # fourth session: Belarusian akanne undone through Russian names, foreign names in Cyrillic, ru/be
    # organization names in the press form, a world and Belarus-village gazetteer: 1.000 / 0.982 / 0.991)
    floors = {"persons": 0.99, "organizations": 0.97, "places": 0.98}
    for key, floor in floors.items():
        assert score[key]["f1"] >= floor, (key, score[key])


def test_no_trap_phrase_is_an_entity(score):
    # first run 2 ("Made in Belarus" read as the country, ...), 0 since the fourth session
    assert score["traps"] == []
