"""Writes through the API (token, limits, validation) and hostile text that must come back escaped."""

from __future__ import annotations

import http.client
import json
import random
import shutil
import threading
import time

import pytest
from conftest import Server, test_settings
from starlette.testclient import TestClient

from searchsvc.index import IndexStore
from searchsvc.web.app import create_app

TOKEN = "test-token-5d1f"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
XSS_TITLE = '<script>alert("title")</script> Zubrovka tractor fair'
XSS_BODY = ('The Zubrovka tractor fair opened <img src=x onerror=alert(1)> in Smorgon. '
            '"><svg onload=alert(2)> Farmers & guests came. </mark><script>alert(3)</script>')


@pytest.fixture(scope="module")
def writable(sample_index, tmp_path_factory):
    """A server with a write token over its own copy of the sample index (writes change it)."""
    index_dir = tmp_path_factory.mktemp("writable") / "index"
    shutil.copytree(sample_index, index_dir)
    srv = Server(index_dir, env={"SEARCHSVC_API_TOKEN": TOKEN, "SEARCHSVC_MAX_REQUEST_BYTES": "50000"})
    yield srv
    srv.stop()


def wait_for(predicate, seconds: float = 10.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    return predicate()


def article(**overrides) -> dict:
    return {"url": "https://smorgon.example.by/news/zubrovka-fair", "site": "Smorgon District Executive Committee",
            "title": "Zubrovka tractor fair opens in Smorgon", "published": "2024-05-17",
            "body": "The Zubrovka tractor fair opened in Smorgon on Friday.\n\nMinsk Tractor Works showed "
                    "new models to farmers from the whole Grodno region.", **overrides}


def test_writes_without_the_right_token_are_rejected(writable):
    assert writable.request("POST", "/articles", json=article()).status_code == 401
    wrong = writable.request("POST", "/articles", json=article(), headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and "token" in wrong.json()["error"]
    assert writable.request("DELETE", "/articles/abc", headers={"Authorization": "Basic " + TOKEN}).status_code == 401
    assert writable.get("/search", params={"q": "Zubrovka"}).json()["total"] == 0


def test_writes_are_refused_when_no_token_is_configured(sample_index):
    with TestClient(create_app(test_settings(index_dir=str(sample_index), api_token=""))) as client:
        r = client.post("/articles", json=article(), headers=AUTH)
        assert r.status_code == 403 and "SEARCHSVC_API_TOKEN" in r.json()["error"]
        assert client.delete("/articles/abc", headers={"Authorization": "Bearer "}).status_code == 403


def test_posted_article_is_searchable_then_deleted(writable):
    r = writable.request("POST", "/articles", json=article(), headers=AUTH)
    assert r.status_code == 200, r.text
    article_id = r.json()["written"][0]["id"]
    found = wait_for(lambda: writable.get("/search", params={"q": "Zubrovka"}).json()["hits"])
    assert [h["id"] for h in found] == [article_id]
    assert found[0]["site"] == "Smorgon District Executive Committee" and found[0]["published"] == "2024-05-17"
    assert writable.get(f"/articles/{article_id}").json()["title"] == "Zubrovka tractor fair opens in Smorgon"

    # the same URL again replaces the story instead of adding a second one
    r = writable.request("POST", "/articles", json=[article(title="Zubrovka tractor fair closes")], headers=AUTH)
    assert r.json()["written"][0]["id"] == article_id
    assert wait_for(lambda: writable.get(f"/articles/{article_id}").json()["title"] == "Zubrovka tractor fair closes")
    assert writable.get("/search", params={"q": "Zubrovka"}).json()["total"] == 1

    assert writable.request("DELETE", f"/articles/{article_id}", headers=AUTH).status_code == 200
    assert wait_for(lambda: writable.get("/search", params={"q": "Zubrovka"}).json()["total"] == 0)
    assert writable.get(f"/articles/{article_id}").status_code == 404
    again = writable.request("DELETE", f"/articles/{article_id}", headers=AUTH)
    assert again.status_code == 404 and article_id in again.json()["error"]


@pytest.mark.parametrize("body, status, needle", [
    (b"{not json", 400, "JSON"),
    (b"[[[[[[[[[[" * 1000, 400, "JSON"),
    (b'"just a string"', 422, "not an article"),
    (b"[]", 422, "empty"),
    (b'{"site": "s", "title": "Zubrovka"}', 422, "body"),
    (b'{"site": "s", "title": 5, "body": "The fair opened on Friday in the town."}', 422, "title"),
    (b'{"site": "s", "title": "t", "body": "<p></p>"}', 422, "body"),
    (b'[{"site": "s", "title": "Fair", "body": "The fair opened on Friday in the town."}, 7]', 422, "article 1"),
])
def test_invalid_articles_are_rejected_with_the_reason(writable, body, status, needle):
    r = writable.request("POST", "/articles", content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == status, r.text
    assert needle in r.json()["error"]


def test_what_the_importer_fixes_is_reported_back(writable):
    r = writable.request("POST", "/articles", headers=AUTH, json=article(
        url="https://smorgon.example.by/news/fixed", published="last week",
        translations={"de": {"title": "Messe", "body": "Die Messe wurde eröffnet."}}))
    assert r.status_code == 200, r.text
    written = r.json()["written"][0]
    assert written["published"] is None and written["translations"] == {}
    assert any("published" in w for w in written["warnings"]) and any("'de'" in w for w in written["warnings"])
    assert writable.request("DELETE", f"/articles/{written['id']}", headers=AUTH).status_code == 200


def test_wrong_content_type_is_415(writable):
    r = writable.request("POST", "/articles", content=b"title=x", headers={**AUTH, "Content-Type": "text/plain"})
    assert r.status_code == 415 and "application/json" in r.json()["error"]


def test_oversized_body_is_413(writable):
    big = article(body="word " * 20_000)
    r = writable.request("POST", "/articles", json=big, headers=AUTH)
    assert r.status_code == 413 and "limit" in r.json()["error"]


def test_xss_in_articles_comes_back_escaped(writable):
    r = writable.request("POST", "/articles", headers=AUTH, json=article(
        url="https://smorgon.example.by/news/xss", title=XSS_TITLE, body=XSS_BODY,
        translations={"ru": {"title": "<b>Зубровка</b> ярмарка", "body": "<iframe src=javascript:alert(4)> Зубровка"}}))
    assert r.status_code == 200, r.text
    article_id = r.json()["written"][0]["id"]
    for lang in ("en", "ru"):
        resp = wait_for(lambda: (x := writable.get("/search", params={"q": "Zubrovka", "lang": lang})).json()["total"] and x)
        assert resp, f"the hostile article is not searchable in {lang}"
        for tag in ("<script", "<img", "<svg", "<iframe", "<b>"):
            assert tag not in resp.text, f"raw {tag} in the JSON bytes ({lang})"
        snippet = resp.json()["hits"][0]["snippet"]
        without_marks = snippet.replace("<mark>", "").replace("</mark>", "")
        assert "<" not in without_marks and ">" not in without_marks, snippet
        assert "<mark>" in snippet
    raw = writable.get(f"/articles/{article_id}").text
    assert "<" not in raw and ">" not in raw, "no markup in the article's JSON bytes"
    writable.request("DELETE", f"/articles/{article_id}", headers=AUTH)


@pytest.mark.parametrize("q", ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "</mark><mark>",
                               "javascript:alert(1)", "{{7*7}} ${7*7}"])
def test_xss_in_queries_never_comes_back_raw(writable, q):
    for path in ("/search", "/suggest"):
        r = writable.get(path, params={"q": q})
        assert r.status_code == 200, r.text
        assert "<script" not in r.text and "<img" not in r.text and "</mark><mark>" not in r.text
    advanced = writable.get("/search", params={"q": q, "mode": "advanced"})
    assert advanced.status_code in (200, 400)
    assert "<script" not in advanced.text and "<img" not in advanced.text


def test_a_write_during_a_reindex_switch_is_503_retry_later(sample_index, tmp_path):
    index_dir = tmp_path / "index"
    shutil.copytree(sample_index, index_dir)
    app = create_app(test_settings(index_dir=str(index_dir), api_token=TOKEN, write_wait_s=1))
    with TestClient(app) as client:
        lock = IndexStore(index_dir).write_lock().acquire()  # what the batch job holds while it switches
        try:
            busy = client.post("/articles", json=article(), headers=AUTH)
        finally:
            lock.release()
        assert busy.status_code == 503 and busy.headers["retry-after"] and "busy" in busy.json()["error"]
        assert client.get("/search", params={"q": "CSTO"}).status_code == 200  # searches never waited
        assert client.post("/articles", json=article(), headers=AUTH).status_code == 200


@pytest.mark.parametrize("where", ["title", "body", "site", "url", "translations.ru.title", "key"])
def test_a_lone_surrogate_anywhere_in_a_post_is_400_and_the_connection_lives_on(writable, where):
    record = article(title="Lone surrogate \ud800 in Smorgon")
    if where != "title":
        record = article()
        if where == "translations.ru.title":
            record["translations"] = {"ru": {"title": "Заголовок \udfff", "body": "Текст."}}
        elif where == "key":
            record["extra \udc80"] = "x"
        else:
            record[where] = record[where] + "\ud800"
    # the JSON escape itself (\ud800), as a client would send it: json.dumps writes it so
    body = json.dumps(record)
    assert "\\ud" in body
    conn = http.client.HTTPConnection("127.0.0.1", writable.port, timeout=30)  # one keep-alive connection
    try:
        conn.request("POST", "/articles", body=body.encode(), headers={**AUTH, "Content-Type": "application/json"})
        r = conn.getresponse()
        answer = json.loads(r.read())
        assert r.status == 400, answer
        assert "surrogate" in answer["error"] and {"key": "body.extra"}.get(where, f"body.{where}") in answer["error"]
        sock = conn.sock
        assert sock is not None and r.getheader("connection") != "close"
        conn.request("GET", "/search?q=Smorgon")
        again = conn.getresponse()
        again.read()
        assert again.status == 200 and conn.sock is sock  # the same connection answered
    finally:
        conn.close()


def test_writes_after_the_random_module_is_reseeded_succeed(sample_index, tmp_path):
    """In process (hypothesis reseeds `random` before every example it runs) each POST or DELETE
    after a reseed was a 500: Whoosh gave the new segment the live segment's name."""
    shutil.copytree(sample_index, tmp_path / "index")
    with TestClient(create_app(test_settings(index_dir=str(tmp_path / "index"), api_token=TOKEN))) as client:
        ids = []
        for n in range(3):
            random.seed(0)
            r = client.post("/articles", json=article(url=f"https://smorgon.example.by/news/fair-{n}",
                                                      title=f"Zubrovka tractor fair, day {n}"), headers=AUTH)
            assert r.status_code == 200, r.text
            ids.append(r.json()["written"][0]["id"])
        random.seed(0)
        assert client.delete(f"/articles/{ids[0]}", headers=AUTH).status_code == 200
        found = lambda: sorted(h["id"] for h in client.get("/search", params={"q": "Zubrovka"}).json()["hits"])  # noqa: E731
        assert wait_for(lambda: found() == sorted(ids[1:])), found()


def test_concurrent_writes_from_threads_all_land(sample_index, tmp_path):
    """Writes from several threads at once queue for the index (one commit at a time): each is
    acknowledged and searchable, none a 500 or lost to another's commit."""
    shutil.copytree(sample_index, tmp_path / "index")
    with TestClient(create_app(test_settings(index_dir=str(tmp_path / "index"), api_token=TOKEN))) as client:
        answers = {}

        def post(n):
            answers[n] = client.post("/articles", json=article(url=f"https://smorgon.example.by/news/race-{n}",
                                                               title=f"Zubrovka tractor race {n}"), headers=AUTH)

        threads = [threading.Thread(target=post, args=(n,)) for n in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert sorted(answers) == list(range(6)) and all(r.status_code == 200 for r in answers.values()), \
            {n: r.text[:200] for n, r in answers.items() if r.status_code != 200}
        ids = sorted(r.json()["written"][0]["id"] for r in answers.values())
        found = lambda: sorted(h["id"] for h in client.get(  # noqa: E731
            "/search", params={"q": "Zubrovka race", "size": 20}).json()["hits"])
        assert wait_for(lambda: found() == ids), found()
