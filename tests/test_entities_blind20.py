"""The blind20 pages (tests/fixtures/entities/blind20): 30 pages written for issue 14 by a helper that never
read the extractor (README.md there says what it read), meant to look like the product (18 en, 6 ru, 6 be; BelTA
reprints on 12 district executive committees' sites under name forms no earlier page used -- "Baranovichi
Regional Executive Committee", "Kobrin Raiispolkom", "Executive Committee of Smorgon District", «Мёрскі
райвыканкам», «Слуцкий райисполком» -- and on 18 site kinds no earlier set used: enterprises' own sites (a tractor
works, a dump-truck maker, a fertiliser plant, a cement plant, a furniture holding, a sugar refinery), a blood
transfusion station, a dental polyclinic, a standardization centre, a road enterprise, a gas supplier, an ice
sports palace, a lyceum, a maternity hospital, a centre for correctional education, a monastery, an agroservice
enterprise, a music school; plain-text scrapes, Joomla (one windows-1251), WordPress and custom templates with a
later modified date, Bitrix, JSON Lines exports, an RSS item). Two runs, errors unread between them: on f6b5d79
(the fourteenth session's start) persons 0.913, organizations 0.836, places 0.910, sites 19/30, dates 29/30, 12 trap
phrases; on dac4b11 (main with all of that session's entity work) persons 0.913, organizations 0.830, places 0.910,
sites 22/30, dates 29/30, 12 trap phrases -- the session's estimate (docs/benchmarks.md "Blind estimates"). Caveat:
the lead suggested the site kinds to both the set's writer and the sites helper (who added several of them to
body_kinds.tsv without seeing a page), so the +3 sites are partly kinds foreseen, not generalisation. Now a regression
test: floors at that run, to be raised as the classes it shows are fixed."""

from __future__ import annotations

import pytest

from entity_sets import fresh_pages, gold, score_pages

GOLD = gold("blind20")


@pytest.fixture(scope="module")
def score(tmp_path_factory) -> dict:
    return score_pages(fresh_pages("blind20", tmp_path_factory), GOLD)


def test_dates_floor(score):
    # first run 29/30: a Bitrix page whose headline is an <h3> took a "latest news" date (fixed: 30/30)
    assert score["dates"] >= 30


def test_sites_floor(score):
    # first run 22/30; 30/30 after the fifteenth session's site classes (Belarusian accessibility lines by their shape,
    # status and number around an institution's kind, the registry's body by its Cyrillic name, a brand's header tail)
    assert score["sites"] >= 30


def test_identity_f1_floors(score):
    floors = {
        # persons 0.984 once post tails, occupations by their shape, monks' names and three-part names were fixed
        # (on main b8bd8d4, after the cyr branch and the annotation convention, 0.945)
        "persons": 0.98,  # owner: persons
        # owner: orgs (0.830 -> 0.904 in the fifteenth session on the first annotations, 0.912 on the aligned ones:
        # names named once by a cue, numbered institutions with their adjectives, one body under its press names)
        "organizations": 0.905,
        "places": 0.93,  # owner: sites
    }
    for key, floor in floors.items():
        assert score[key]["f1"] >= floor, (key, score[key])


def test_trap_phrases_ceiling(score):
    # first run 12: seven were museums/theatres the writer annotated as venues and towns inside names; since the set
    # follows tests/fixtures/entities/CONVENTIONS.md (museum = organization, a town inside a name = ignored): 0
    assert len(score["traps"]) <= 0
