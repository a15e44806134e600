"""The blind22 pages (tests/fixtures/entities/blind22): 30 pages written for issue 14 by a helper that never read the
extractor (README.md there says what it read), meant to look like the product (18 en, 6 ru, 6 be; BelTA reprints on
12 district executive committees' sites under name forms no earlier page used -- "Kobryn District Executive
Committee", "Chachersk Raion Executive Committee", «Лоевский районный исполком», «Мёрскі раённы выканкам» -- and on
18 site kinds no earlier set used, chosen by the writer and told to no helper: enterprises' own sites (a steel works,
a toy maker, an airline, a salt works, a distillery, an appliance maker, a fish farm, a watch factory, a pulp and
board mill, a chemical fibre plant, a cannery), a ski centre, an equestrian centre, a land reclamation enterprise, a
social and pedagogical centre, a forensic examination department, a hunters' society branch, a football club; page
shapes no earlier set used: Next.js __NEXT_DATA__, Atom entries with a later <updated>, OpenGraph-only dates, mobile
pages with dd.mm.yy, Wix, uCoz, a date line after the body, a PDF-to-text export, Telegram channel exports, a +03:00
offset). Two runs, errors unread between them: on 336d0da (the sixteenth session's start) persons 0.839,
organizations 0.763, places 0.901, sites 16/30, dates 28/30, 9 trap phrases (summary only); on 63d64fe (main with all
of that session's work) persons 0.839, organizations 0.775, places 0.901, sites 16/30, dates 28/30, 9 trap phrases
-- the session's estimate (docs/benchmarks.md "Blind estimates"); with the span model switched on (settings
entity_span_model) organizations 0.773 and 10 trap phrases. The lead's list of page-shape ideas went to both the
writer and the dates helper, so the dates figure of the second run is not blind (the first run's is). Now a
regression test. Read after the estimate: the two Telegram channel exports (n14, n24) were rejected whole ("article
is missing body": the reader did not know Telegram's result.json); read one record per post since (0.875 / 0.797 /
0.930, sites 16/30, dates 30/30, 9 trap phrases): floors at that figure, to be raised as the classes it shows are
fixed."""

from __future__ import annotations

import pytest

from entity_sets import fresh_pages, gold, score_pages

GOLD = gold("blind22")


@pytest.fixture(scope="module")
def score(tmp_path_factory) -> dict:
    return score_pages(fresh_pages("blind22", tmp_path_factory), GOLD)


def test_dates_floor(score):
    assert score["dates"] >= 30


def test_sites_floor(score):
    assert score["sites"] >= 16


def test_identity_f1_floors(score):
    floors = {
        "persons": 0.975,  # owner: persons (0.983 after session 17: lone surnames after trades, guests, aliases)
        "organizations": 0.85,  # owner: orgs (0.797 -> 0.862, seventeenth session: kind synonyms, genitive chains)
        "places": 0.925,  # owner: sites
    }
    for key, floor in floors.items():
        assert score[key]["f1"] >= floor, (key, score[key])


def test_trap_phrases_ceiling(score):
    assert len(score["traps"]) <= 9
