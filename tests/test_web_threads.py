"""A worker's thread pool is settings.threads (anyio's default is 40), whatever the client count."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import anyio.to_thread
from starlette.testclient import TestClient

from conftest import test_settings
from searchsvc.config import Settings
from searchsvc.web.app import create_app


def test_threads_setting_is_read_from_the_environment():
    assert Settings.load(env={"SEARCHSVC_THREADS": "3"}).threads == 3
    assert Settings().threads == 8


def test_searches_run_on_at_most_settings_threads_threads(sample_index):
    app = create_app(test_settings(index_dir=str(sample_index), threads=2))
    search = app.state.search
    seen: set[int] = set()
    original = search.search

    def counting(*args, **kwargs):
        seen.add(threading.get_ident())
        return original(*args, **kwargs)

    search.search = counting  # the route calls app.state.search.search in the pool
    with TestClient(app) as client:
        assert client.portal.call(lambda: anyio.to_thread.current_default_thread_limiter().total_tokens) == 2
        with ThreadPoolExecutor(12) as pool:
            answers = list(pool.map(lambda i: client.get("/search", params={"q": ["CSTO", "Belarus", "harvest"][i % 3]}),
                                    range(36)))
    assert all(r.status_code == 200 for r in answers)
    assert answers[0].json()["total"] > 0
    assert 1 <= len(seen) <= 2, len(seen)
