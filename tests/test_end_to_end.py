"""The spine: bundled samples indexed, a real server answering the queries a user types."""

import json

from conftest import run_cli


def test_csto_story_ranks_first_with_its_facets_and_date(server):
    r = server.get("/search", params={"q": "CSTO"})
    assert r.status_code == 200
    data = r.json()
    assert data["total"] >= 1
    top = data["hits"][0]
    assert "CSTO" in top["title"]
    assert top["published"] == "2023-01-11"
    assert top["site"] == "Osipovichi District Executive Committee"
    persons = {v["label"] for v in data["facets"]["person"]}
    orgs = {v["label"] for v in data["facets"]["organization"]}
    assert "Aleksandr Volfovich" in persons
    assert "Collective Security Treaty Organization" in orgs
    assert "2023-01" in {v["value"] for v in data["facets"]["date"]}


def test_surname_query_finds_the_csto_story(server):
    data = server.get("/search", params={"q": "Volfovich"}).json()
    assert data["hits"], "Volfovich should match"
    top = data["hits"][0]
    assert "CSTO" in top["title"] and top["published"] == "2023-01-11"
    assert "<mark>Volfovich</mark>" in top["snippet"]


def test_health_reports_the_live_generation(server):
    data = server.get("/health").json()
    assert data["status"] == "ok" and data["documents"] >= 25 and data["generation"]


def test_cli_search_json_contract(sample_index):
    out = json.loads(run_cli("search", "CSTO", "--index", str(sample_index), "--json").stdout)
    assert {"total", "hits", "facets"} <= out.keys()
    assert {"id", "url", "title", "published", "site", "snippet"} <= out["hits"][0].keys()


def test_cli_ingest_json_contract(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "Font settings\nTimes New Roman\nFont size\nLetter spacing\nColor scheme\non white\non blue\n"
        "Osipovichi Regional Executive Committee\nMain / News\n11 January 2023\n\n"
        "New CSTO secretary general may visit Belarus in February\n\n\n"
        "State Secretary of the Security Council of Belarus Aleksandr Volfovich met the Collective Security "
        "Treaty Organization (CSTO) Secretary General Imangali Tasmagambetov in Moscow.\n",
        encoding="utf-8",
    )
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    lines = run_cli("ingest", str(page), str(empty), "--json").stdout.strip().splitlines()
    first, second = map(json.loads, lines)
    assert first["source_path"] == str(page)
    assert first["title"] == "New CSTO secretary general may visit Belarus in February"
    assert first["published"] == "2023-01-11"
    assert first["site"] == "Osipovichi District Executive Committee"
    assert "Aleksandr Volfovich" in first["persons"]
    assert "Collective Security Treaty Organization" in first["organizations"]
    assert first["duplicate_of"] is None
    assert second["source_path"] == str(empty) and second["rejected"] is True and second["reason"]
