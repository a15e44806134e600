"""For journalists: every search as an Atom feed a reader can follow, and an export of all its matches."""

from __future__ import annotations

import csv
import io
import json
import shutil
import time
import xml.etree.ElementTree as ET

import pytest
from conftest import test_settings
from starlette.testclient import TestClient

from searchsvc.web import export
from searchsvc.web.app import create_app

A = "{http://www.w3.org/2005/Atom}"
TOKEN = "journalist-token"


@pytest.fixture(scope="module")
def client(sample_index, tmp_path_factory):
    index_dir = tmp_path_factory.mktemp("journalist") / "index"
    shutil.copytree(sample_index, index_dir)
    with TestClient(create_app(test_settings(index_dir=str(index_dir), api_token=TOKEN))) as c:
        yield c


def feed(client, **params) -> ET.Element:
    r = client.get("/search.atom", params=params)
    assert r.status_code == 200, r.text[:300]
    assert r.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(r.content)  # well-formed XML, or this raises
    assert root.tag == A + "feed"
    return root


def all_hits(client, size: int = 50, **params) -> list[dict]:
    hits, page = [], 1
    while True:
        body = client.get("/search", params={**params, "size": size, "page": page}).json()
        hits += body["hits"]
        if not body["pagination"]["next"]:
            return hits
        page += 1


def test_a_search_is_an_atom_feed_of_its_newest_matches(client):
    root = feed(client, q="Belarus", lang="ru")
    newest = client.get("/search", params={"q": "Belarus", "lang": "ru", "sort": "date", "size": 20}).json()
    entries = root.findall(A + "entry")
    assert len(entries) == min(newest["total"], 20) > 1
    # the same articles, in the same order (newest first), with the reader's titles and snippets
    assert [e.find(A + "id").text for e in entries] == [f"tag:searchsvc,2026:article/{h['id']}" for h in newest["hits"]]
    assert [e.find(A + "title").text for e in entries] == [h["title"] for h in newest["hits"]]
    summaries = [e.find(A + "summary") for e in entries]
    assert all(s.get("type") == "html" for s in summaries)
    assert [s.text for s in summaries] == [h["snippet"] for h in newest["hits"]]
    assert any("<mark>" in s.text for s in summaries), "the snippet's HTML is carried as escaped text"
    updated = [e.find(A + "updated").text for e in entries]
    assert updated == sorted(updated, reverse=True) and updated[0].endswith("+03:00")
    assert root.find(A + "updated").text == updated[0]
    links = [e.find(A + "link").get("href") for e in entries]
    assert all(link.startswith("http://testserver/article/") and link.endswith("?lang=ru") for link in links)
    assert client.get(links[0].removeprefix("http://testserver")).status_code == 200  # the article page
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "ru"
    assert root.find(A + "author/" + A + "name").text
    self_link = [link.get("href") for link in root.findall(A + "link") if link.get("rel") == "self"]
    assert self_link == ["http://testserver/search.atom?q=Belarus&lang=ru"]


def test_entry_ids_are_stable_across_requests_languages_and_sorts(client):
    def ids(**params):
        return [e.find(A + "id").text for e in feed(client, q="Belarus", **params).findall(A + "entry")]

    assert ids(lang="en") == ids(lang="be") == ids(lang="en", sort="relevance", page="2") == ids(lang="en")
    assert len(ids(lang="en", size="3")) == 3


def test_a_feed_of_hostile_or_empty_searches_is_still_valid_atom(client):
    root = feed(client, q='<script>alert(1)</script> & "Belarus" \x01\u202e')
    assert "<script>" in root.find(A + "title").text  # text, escaped by the XML writer
    empty = feed(client, q="qqzzxxjjvv")
    assert empty.findall(A + "entry") == [] and empty.find(A + "updated").text
    assert client.get("/search.atom", params={"size": "0"}).status_code == 400
    assert client.get("/search.atom", params={"nope": "1"}).json()["error"].startswith("unknown parameter")


def rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.text.lstrip("\ufeff"))))


@pytest.mark.parametrize("params", [{"q": "Belarus"}, {"q": ""}, {"q": "Вольфович", "lang": "ru", "sort": "date"}])
def test_exports_have_every_match_in_the_search_order(client, params, monkeypatch):
    monkeypatch.setattr(export, "EXPORT_PAGE", 7)  # several pages even on the 30 sample articles
    hits = all_hits(client, **params)
    total = client.get("/search", params=params).json()["total"]
    assert len(hits) == total > 0
    # pages of any size cut one order: hits tied in score at a page's end are neither repeated nor lost
    assert [h["id"] for h in all_hits(client, size=7, **params)] == [h["id"] for h in hits]

    r = client.get("/export.csv", params=params)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.headers["x-total-count"] == str(total) and r.headers["x-export-limit"] == "10000"
    assert r.headers["content-disposition"].startswith('attachment; filename="searchsvc-')
    table = rows(r)
    assert table[0] == list(export.columns(client.app.state.search_params.facets))
    assert {"persons", "organizations", "places"} <= set(table[0])  # one column per entity facet
    assert len(table) - 1 == total
    assert [row[0] for row in table[1:]] == [h["id"] for h in hits]
    assert [row[4] for row in table[1:]] == [export.safe_cell(h["title"]) for h in hits]

    r = client.get("/export.jsonl", params=params)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/jsonl")
    lines = [json.loads(line) for line in r.text.splitlines()]
    assert len(lines) == total and [line["id"] for line in lines] == [h["id"] for h in hits]
    assert all(line["article_page"].startswith("http://testserver/article/") for line in lines)


def test_an_export_is_bounded_and_says_when_it_was_cut(client):
    total = client.get("/search", params={"q": ""}).json()["total"]
    r = client.get("/export.csv", params={"limit": 3})
    table = rows(r)
    assert len(table) == 1 + 3 + 1 and r.headers["x-total-count"] == str(total)
    assert table[-1][0].startswith(f"# truncated: 3 of {total} matches (limit 3)")
    last = client.get("/export.jsonl", params={"limit": 3}).text.splitlines()
    assert len(last) == 4 and json.loads(last[-1]) == {"truncated": True, "rows": 3, "total": total, "limit": 3}
    too_many = client.get("/export.jsonl", params={"limit": 10_001})
    assert too_many.status_code == 400 and "10000" in too_many.json()["error"]
    assert client.get("/export.csv", params={"q": "(", "mode": "advanced"}).status_code == 400


def test_the_export_bound_is_a_setting(sample_index):
    with TestClient(create_app(test_settings(index_dir=str(sample_index), max_export_rows=5))) as small:
        r = small.get("/export.jsonl")
        assert r.headers["x-export-limit"] == "5" and len(r.text.splitlines()) == 5 + 1
        assert small.get("/export.csv", params={"limit": 6}).status_code == 400


def test_csv_cells_that_would_be_formulas_are_text(client):
    posted = client.post("/articles", headers={"Authorization": f"Bearer {TOKEN}"}, json={
        "url": "https://mosty.example/news/formula", "site": "@Mosty district", "published": "2024-06-01",
        "title": '=HYPERLINK("http://evil.example","Kvasovka dairy")',
        "body": "+Kvasovka dairy in Mosty doubled its output. -The district is pleased."})
    assert posted.status_code in (200, 201), posted.text
    deadline = time.monotonic() + 15
    while client.get("/search", params={"q": "Kvasovka"}).json()["total"] == 0 and time.monotonic() < deadline:
        time.sleep(0.2)
    table = rows(client.get("/export.csv", params={"q": "Kvasovka"}))
    assert len(table) == 2
    row = dict(zip(table[0], table[1]))
    assert row["title"] == '\'=HYPERLINK("http://evil.example","Kvasovka dairy")'
    assert row["site"] == "'@Mosty district"
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in table[1])
    assert [export.safe_cell(v) for v in ("-1", "+7", "\tx", "plain", None)] == ["'-1", "'+7", "'\tx", "plain", ""]


def test_search_pages_read_every_match_one_page_at_a_time(client):
    service = client.app.state.search
    expected = [h["id"] for h in all_hits(client, q="Belarus", sort="date")]
    pages = list(service.pages("Belarus", page_size=4, max_hits=1000, sort="date"))
    assert all(len(p.hits) <= 4 for p in pages)
    assert [h.id for p in pages for h in p.hits] == expected
    capped = [h.id for p in service.pages("Belarus", page_size=4, max_hits=6, sort="date") for h in p.hits]
    assert capped[:6] == expected[:6] and len(capped) <= 8
