"""What a visitor and an embedding site see: no server internals in any answer; CORS open for reads only."""

from __future__ import annotations

import shutil

import pytest
from starlette.testclient import TestClient

from searchsvc.config import SAMPLES_DIR, Settings
from searchsvc.web.app import create_app

TOKEN = "embed-test-token"
OTHER_SITE = "https://district.example"


def _keys(value) -> set[str]:
    if isinstance(value, dict):
        return set(value) | set().union(*(_keys(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(set(), *(_keys(v) for v in value))
    return set()


@pytest.fixture
def writable(sample_index, tmp_path):
    index_dir = tmp_path / "index"
    shutil.copytree(sample_index, index_dir)
    with TestClient(create_app(Settings(index_dir=str(index_dir), api_token=TOKEN))) as client:
        yield client, index_dir


def test_no_answer_shows_a_server_path_or_an_internal_field(writable):
    client, index_dir = writable
    auth = {"Authorization": f"Bearer {TOKEN}"}
    search = client.get("/search", params={"q": "Belarus", "size": 50})
    hit_id = search.json()["hits"][0]["id"]
    posted = client.post("/articles", headers=auth, json={
        "url": "https://orsha.example/news/1", "site": "Orsha District Executive Committee", "published": "2024-03-01",
        "title": "Orsha opens a new library", "body": "The district library in Orsha opened on Friday. " * 4})
    assert posted.status_code == 200, posted.text
    new_id = posted.json()["written"][0]["id"]
    answers = [search, client.get("/search", params={"q": "Orsha library"}), client.get(f"/articles/{hit_id}"),
               client.get(f"/articles/{new_id}"), client.get(f"/articles/{hit_id}", params={"translate": "ru"}),
               client.get("/suggest", params={"q": "Bel"}), client.get(f"/article/{hit_id}", params={"lang": "ru"}), client.get("/health"), client.get("/openapi.json"),
               posted, client.get("/articles/no-such-id"), client.get("/search", params={"mode": "advanced", "q": "(("}),
               client.delete(f"/articles/{new_id}", headers=auth)]
    for r in answers:
        assert r.status_code < 500, r.text
        for secret in (str(index_dir), str(SAMPLES_DIR), str(SAMPLES_DIR.parent), "/tmp/", "/home/", "/work/"):
            assert secret not in r.text, f"{r.request.url} shows {secret}"
        if r.headers["content-type"].startswith("application/json") and "openapi" not in str(r.request.url):
            assert "source_path" not in _keys(r.json()), r.request.url
    article = answers[2].json()
    assert article["sources"] and all(set(s) == {"site", "url"} for s in article["sources"])
    assert all(set(s) == {"site", "url"} for h in search.json()["hits"] for s in h["sources"])


def test_reads_are_open_to_any_site_without_credentials(sample_index):
    with TestClient(create_app(Settings(index_dir=str(sample_index)))) as client:
        r = client.get("/search", params={"q": "CSTO"}, headers={"Origin": OTHER_SITE})
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "*"
        assert "access-control-allow-credentials" not in r.headers
        pre = client.options("/suggest", headers={"Origin": OTHER_SITE, "Access-Control-Request-Method": "GET"})
        assert pre.status_code == 200 and pre.headers["access-control-allow-origin"] == "*"
        assert "GET" in pre.headers["access-control-allow-methods"]
        # a write from another site: the preflight says no, and why
        pre = client.options("/articles", headers={"Origin": OTHER_SITE, "Access-Control-Request-Method": "POST",
                                                   "Access-Control-Request-Headers": "authorization,content-type"})
        assert pre.status_code == 403 and "SEARCHSVC_CORS_ORIGINS" in pre.json()["error"]
        assert "access-control-allow-origin" not in pre.headers
        posted = client.post("/articles", headers={"Origin": OTHER_SITE}, json={})
        assert "access-control-allow-origin" not in posted.headers
        # the operator's endpoints stay same-origin
        assert "access-control-allow-origin" not in client.get("/health", headers={"Origin": OTHER_SITE}).headers
        # same-origin requests carry no CORS headers at all
        assert "access-control-allow-origin" not in client.get("/search").headers


def test_listed_origins_may_write_and_reads_can_be_closed(sample_index):
    settings = Settings(index_dir=str(sample_index), cors_origins=("https://editor.example",), cors_public_reads=False)
    with TestClient(create_app(settings)) as client:
        pre = client.options("/articles", headers={"Origin": "https://editor.example",
                                                   "Access-Control-Request-Method": "POST"})
        assert pre.status_code == 200 and pre.headers["access-control-allow-origin"] == "https://editor.example"
        assert "authorization" in pre.headers["access-control-allow-headers"].lower()
        assert pre.headers["vary"] == "Origin"
        r = client.get("/search", headers={"Origin": OTHER_SITE})
        assert r.status_code == 200 and "access-control-allow-origin" not in r.headers
        pre = client.options("/search", headers={"Origin": OTHER_SITE, "Access-Control-Request-Method": "GET"})
        assert pre.status_code == 403 and "SEARCHSVC_CORS_PUBLIC_READS" in pre.json()["error"]


def test_article_page_speaks_the_readers_language(sample_index):
    with TestClient(create_app(Settings(index_dir=str(sample_index)))) as client:
        hit = client.get("/search", params={"q": "CSTO"}).json()["hits"][0]
        page = client.get(f"/article/{hit['id']}", headers={"Accept-Language": "be-BY,be;q=0.9,en;q=0.5"})
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert '<html lang="be">' in page.text and "Да пошуку" in page.text
        assert f"<h1 lang=\"en\">{hit['title']}</h1>" in page.text
        assert 'href="/?person=aleksandr-volfovich&amp;lang=be"' in page.text
        assert '<html lang="ru">' in client.get(f"/article/{hit['id']}?lang=ru").text
        missing = client.get("/article/no-such-article?lang=ru", headers={"Accept": "text/html,*/*;q=0.8"})
        assert missing.status_code == 404 and "Такой статьи нет." in missing.text
        assert client.get("/article/no-such-article").json()["error"].startswith("no article with id")
        assert client.get(f"/article/{hit['id']}?lang=xx").status_code == 400
