"""Places and the region (oblast) are facets like persons and organizations: added through the
facet registry alone (facets.py), served by the running service over the bundled samples."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

from conftest import run_cli


def facet(body: dict, name: str) -> dict[str, dict]:
    return {v["value"]: v for v in body["facets"][name]}


def test_region_facet_comes_from_the_site_and_the_places_named(server):
    body = server.get("/search", params={"q": "harvest"}).json()
    regions = facet(body, "region")
    # one harvest story is on a Brest Oblast site, the other names Gorki District (Mogilev Oblast)
    assert {"place:by-oblast:brest", "place:by-oblast:mogilev"} <= set(regions)
    assert regions["place:by-oblast:mogilev"]["label"] == "Mogilev Oblast"
    places = facet(body, "place")
    assert places["place:by-district:gorki"]["label"] == "Gorki District"


def test_choosing_a_region_filters_the_hits_and_its_toggle_undoes_it(server):
    everything = server.get("/search", params={"q": "harvest"}).json()
    chosen = server.get("/search", params={"q": "harvest", "region": "place:by-oblast:mogilev"}).json()
    assert 0 < chosen["total"] < everything["total"]
    value = facet(chosen, "region")["place:by-oblast:mogilev"]
    assert value["selected"] is True
    undo = parse_qs(value["toggle"].lstrip("?"))  # the query string that unselects it
    assert "region" not in undo and undo["q"] == ["harvest"]


def test_region_labels_follow_the_reader_language(server):
    ru = server.get("/search", params={"q": "harvest", "lang": "ru"}).json()
    be = server.get("/search", params={"q": "harvest", "lang": "be"}).json()
    assert facet(ru, "region")["place:by-oblast:mogilev"]["label"] == "Могилевская область"
    assert facet(be, "region")["place:by-oblast:mogilev"]["label"] == "Магілёўская вобласць"


def test_a_value_that_is_no_place_id_is_a_400_with_the_reason(server):
    r = server.get("/search", params={"q": "harvest", "region": "<script>"})
    assert r.status_code == 400
    assert "region" in r.text and "place" in r.text


def test_the_cli_offers_the_region_filter(server, sample_index):
    http = server.get("/search", params={"q": "harvest", "region": "place:by-oblast:mogilev"}).json()
    out = run_cli("search", "harvest", "--index", str(sample_index), "--region", "place:by-oblast:mogilev", "--json")
    data = json.loads(out.stdout)
    assert data["total"] == http["total"] >= 1
    assert [h["id"] for h in data["hits"]] == [h["id"] for h in http["hits"]]
