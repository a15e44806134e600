"""The JSON API as a client sees it: a real server (uvicorn) on the bundled samples."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

import httpx
import pytest
from starlette.testclient import TestClient

from conftest import test_settings
from searchsvc.web.app import create_app

HIT_KEYS = {"id", "title", "published", "site", "sources", "snippet", "matched_via", "url"}


def test_search_returns_hits_facets_timing_and_toggles(server):
    r = server.get("/search", params={"q": "CSTO"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    data = r.json()
    assert data["total"] >= 1 and data["page"] == 1
    assert HIT_KEYS <= data["hits"][0].keys()
    assert data["timing"]["total_ms"] >= data["timing"]["search_ms"] >= 0
    assert {"person", "organization", "date", "site"} <= data["facets"].keys()
    volfovich = next(v for v in data["facets"]["person"] if v["value"] == "aleksandr-volfovich")
    assert parse_qs(volfovich["toggle"]) == {"q": ["CSTO"], "lang": ["en"], "person": ["aleksandr-volfovich"]}


def test_person_facet_toggle_narrows_and_untoggles(server):
    everything = server.get("/search", params={"q": "Belarus"}).json()
    person = max(everything["facets"]["person"], key=lambda v: v["count"])
    assert person["count"] < everything["total"], "pick a person that narrows the results"
    narrowed = server.get("/search?" + person["toggle"]).json()
    assert narrowed["total"] == person["count"]
    assert narrowed["filters"]["person"] == [person["value"]]
    chosen = next(v for v in narrowed["facets"]["person"] if v["value"] == person["value"])
    assert chosen["selected"] is True
    back = server.get("/search?" + chosen["toggle"]).json()
    assert back["total"] == everything["total"] and back["filters"]["person"] == []


def test_two_sites_selected_means_either(server):
    data = server.get("/search", params={"q": "Belarus"}).json()
    first, second = data["facets"]["site"][:2]
    both = server.get("/search", params=[("q", "Belarus"), ("site", first["value"]), ("site", second["value"])]).json()
    assert {h["site"] for h in both["hits"]} <= {first["value"], second["value"]} | {
        s["site"] for h in both["hits"] for s in h["sources"]}
    assert max(first["count"], second["count"]) <= both["total"] <= first["count"] + second["count"]


def test_date_range_and_newest_first(server):
    data = server.get("/search", params={"q": "Belarus", "date_from": "2023-01-01", "date_to": "2023-12-31",
                                         "sort": "date", "size": 50}).json()
    dates = [h["published"] for h in data["hits"]]
    assert dates and all("2023-01-01" <= d <= "2023-12-31" for d in dates)
    assert dates == sorted(dates, reverse=True)


def test_a_month_or_year_stands_for_its_days(server):
    month = server.get("/search", params={"q": "Belarus", "date_from": "2023-01", "date_to": "2023-01"}).json()
    assert month["filters"]["date_from"] == "2023-01-01" and month["filters"]["date_to"] == "2023-01-31"
    days = server.get("/search", params={"q": "Belarus", "date_from": "2023-01-01", "date_to": "2023-01-31"}).json()
    assert month["total"] == days["total"] >= 1
    year = server.get("/search", params={"q": "Belarus", "date_to": "2022"}).json()
    assert year["filters"]["date_to"] == "2022-12-31" and all(h["published"] <= "2022-12-31" for h in year["hits"])


def test_date_histogram_value_toggles_its_range(server):
    data = server.get("/search", params={"q": "Belarus"}).json()
    bucket = data["facets"]["date"][0]
    params = parse_qs(bucket["toggle"])
    assert params["date_from"][0] <= params["date_to"][0]
    inside = server.get("/search?" + bucket["toggle"]).json()
    assert inside["total"] == bucket["count"]
    assert all(params["date_from"][0] <= h["published"] <= params["date_to"][0] for h in inside["hits"])


def test_pagination_pages_do_not_overlap(server):
    first = server.get("/search", params={"q": "Belarus", "size": 3}).json()
    assert first["pages"] >= 2 and first["pagination"]["prev"] is None
    second = server.get("/search?" + first["pagination"]["next"]).json()
    assert second["page"] == 2
    assert not {h["id"] for h in first["hits"]} & {h["id"] for h in second["hits"]}


def test_russian_reader_gets_russian_labels(server):
    data = server.get("/search", params={"q": "Volfovich", "lang": "ru"}).json()
    labels = {v["value"]: v["label"] for v in data["facets"]["person"]}
    assert labels["aleksandr-volfovich"] == "Александр Вольфович"


def test_article_endpoint_and_missing_article(server):
    hit = server.get("/search", params={"q": "CSTO"}).json()["hits"][0]
    article = server.get(f"/articles/{hit['id']}").json()
    assert article["id"] == hit["id"] and article["title"] and article["sources"]
    assert "aleksandr-volfovich" in str(article["persons"])
    missing = server.get("/articles/no-such-article")
    assert missing.status_code == 404 and "no-such-article" in missing.json()["error"]


def test_suggest_completes_a_name_prefix(server):
    r = server.get("/suggest", params={"q": "Volf"})
    assert r.status_code == 200
    assert "Volfovich" in r.text


@pytest.mark.parametrize("params, needle", [
    ({"size": "0"}, "size"),
    ({"size": "51"}, "size"),
    ({"page": "-1"}, "page"),
    ({"page": "ten"}, "page"),
    ({"lang": "de"}, "lang"),
    ({"sort": "random"}, "sort"),
    ({"mode": "regex"}, "mode"),
    ({"date_from": "yesterday"}, "date_from"),
    ({"date_to": "2023-02-30"}, "date_to"),
    ({"date_to": "2023-13"}, "date_to"),
    ({"date_from": "23-01-01"}, "date_from"),
    ({"date_from": "2024-01-01", "date_to": "2023-01-01"}, "date_from"),
    ({"q": "x" * 600, "mode": "advanced"}, "query is 600 characters"),  # plain mode reads the first 512
    ({"colour": "red"}, "colour"),
    ([("q", "a"), ("q", "b")], "q"),
    ([("person", f"p{i}") for i in range(25)], "person"),
])
def test_bad_parameters_are_400_naming_the_parameter(server, params, needle):
    r = server.get("/search", params=params)
    assert r.status_code == 400, r.text
    assert needle in r.json()["error"]


def test_malformed_advanced_query_is_400_with_the_parsers_message(server):
    r = server.get("/search", params={"q": 'title:"unclosed', "mode": "advanced"})
    assert r.status_code == 400 and r.json()["error"]
    plain = server.get("/search", params={"q": 'title:"unclosed'})
    assert plain.status_code == 200


def test_rejections_are_logged_as_json_naming_the_input(server):
    server.get("/search", params={"q": "CSTO", "size": "lots"})
    lines = [json.loads(line) for line in server.output().splitlines() if line.startswith("{")]
    assert any(e["logger"] == "searchsvc.web" and "'size'" in e["msg"] and "'lots'" in e["msg"] for e in lines)
    assert any(e["logger"] == "uvicorn.access" and e["status"] == 400 and "size=lots" in e["path"] for e in lines)


def test_unknown_path_and_wrong_method_are_json(server):
    r = server.get("/nowhere")
    assert r.status_code == 404 and r.json()["error"]
    r = server.request("PUT", "/search")
    assert r.status_code == 405 and "PUT" in r.json()["error"]


def test_health_and_metrics_agree_on_the_index(server):
    server.get("/search", params={"q": "CSTO"})
    health = server.get("/health").json()
    assert health["status"] == "ok" and health["documents"] >= 25
    assert set(health["translation"]["untranslated_documents"]) == {"ru", "be"}
    assert set(health["translation"]["models"]["routes"]) == {"ru", "be"}
    text = server.get("/metrics").text
    lines = dict(line.rsplit(" ", 1) for line in text.splitlines() if line and not line.startswith("#"))
    assert int(lines["searchsvc_index_documents"]) == health["documents"]
    assert int(lines["searchsvc_index_size_bytes"]) > 0
    assert int(lines['searchsvc_http_requests_total{route="/search",method="GET",status="200"}']) >= 1
    assert int(lines['searchsvc_http_request_duration_seconds_count{route="/search"}']) >= 1
    assert f'searchsvc_index_generation_info{{generation="{health["generation"]}"}}' in lines


def test_responses_are_gzipped_when_asked(server):
    r = httpx.get(server.url + "/search", params={"q": "Belarus", "size": 20},
                  headers={"Accept-Encoding": "gzip"})
    assert r.headers["content-encoding"] == "gzip"
    assert r.json()["total"] >= 1  # httpx decoded it


def test_page_is_served_with_a_strict_content_security_policy(server):
    r = server.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert server.get("/static/app.js").status_code == 200


def test_cors_allows_only_configured_origins(sample_index):
    app = create_app(test_settings(index_dir=str(sample_index), cors_origins=("https://news.example.by",)))
    with TestClient(app) as client:
        allowed = client.get("/health", headers={"Origin": "https://news.example.by"})
        assert allowed.headers["access-control-allow-origin"] == "https://news.example.by"
        other = client.get("/health", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
        preflight = client.options("/articles", headers={"Origin": "https://news.example.by",
                                                         "Access-Control-Request-Method": "POST",
                                                         "Access-Control-Request-Headers": "authorization"})
        assert preflight.status_code == 200 and "POST" in preflight.headers["access-control-allow-methods"]



def test_a_real_bug_is_a_logged_json_500_without_internals(sample_index, caplog):
    class BrokenSearch:  # stands in for a bug deep in the search core
        def warm_up(self):
            pass

        def search(self, *args, **kwargs):
            raise RuntimeError("secret internal state 0xdeadbeef")

    app = create_app(test_settings(index_dir=str(sample_index)), service=BrokenSearch())
    with TestClient(app, raise_server_exceptions=False) as client:
        r = client.get("/search", params={"q": "CSTO"})
    assert r.status_code == 500 and r.json() == {"error": "internal error; it has been logged"}
    assert "0xdeadbeef" not in r.text
    assert any("GET /search" in rec.getMessage() and "q=CSTO" in rec.getMessage() for rec in caplog.records)
