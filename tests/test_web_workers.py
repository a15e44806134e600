"""Several uvicorn workers serve one index; a new index generation is served without a restart."""

from __future__ import annotations

import re
import os
import shutil
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from conftest import Server

from searchsvc.config import SAMPLES_DIR
from searchsvc.entities import EntityExtractor, EntityRegistry
from searchsvc.index import IndexStore, write_generation
from searchsvc.ingest import ingest_paths

TOKEN = "workers-token"
NEW_PAGE = (
    "Font settings\nTimes New Roman\nFont size\nLetter spacing\nColor scheme\non white\non blue\n"
    "Lida District Executive Committee\nMain / News\n3 March 2025\n\n"
    "Lida brewery opens a Quokkaberry visitor centre\n\n\n"
    "The Lida brewery opened the Quokkaberry visitor centre on Monday. Guests can see how the "
    "Quokkaberry lemonade is bottled and taste it in the new hall.\n"
)


@pytest.fixture(scope="module")
def two_workers(sample_index, tmp_path_factory):
    index_dir = tmp_path_factory.mktemp("workers") / "index"
    shutil.copytree(sample_index, index_dir)
    srv = Server(index_dir, env={"SEARCHSVC_API_TOKEN": TOKEN}, args=("--workers", "2"))
    srv.index_dir = index_dir
    yield srv
    srv.stop()


def search_total(srv, q: str) -> int:
    # a fresh connection per request, so the kernel may hand it to either worker
    return httpx.get(srv.url + "/search", params={"q": q}, headers={"Connection": "close"}, timeout=30).json()["total"]


def counter(metrics_text: str, route: str) -> int:
    pattern = rf'searchsvc_http_requests_total\{{route="{re.escape(route)}",method="GET",status="200"\}} (\d+)'
    return sum(int(n) for n in re.findall(pattern, metrics_text))


def test_requests_are_served_by_more_than_one_worker(two_workers):
    def worker_of(_):
        return httpx.get(two_workers.url + "/health", headers={"Connection": "close"}, timeout=30).json()["worker"]

    # Concurrent fresh connections: a busy worker leaves some to the other. The server counts as up
    # when one worker answers; on a loaded machine the other may still be loading its registries,
    # and uvloop's accept loop lets one idle worker take a burst whole, so keep asking for a while.
    pids: set[int] = set()
    sent = 0
    deadline = time.monotonic() + 60
    with ThreadPoolExecutor(8) as pool:
        while len(pids) < 2 and time.monotonic() < deadline:
            pids |= set(pool.map(worker_of, range(8)))
            sent += 8
    assert len(pids) == 2, f"{sent} requests in 60 s all went to {pids}"


def listening_sockets(port: int) -> int:
    with open("/proc/net/tcp") as f:  # local_address is HEXIP:HEXPORT, state 0A is LISTEN
        rows = [line.split() for line in f.readlines()[1:]]
    return sum(1 for r in rows if r[1].endswith(f":{port:04X}") and r[3] == "0A")


@pytest.mark.skipif(not os.path.exists("/proc/net/tcp"), reason="reads Linux's socket table")
def test_each_worker_listens_on_its_own_socket(two_workers):
    # with one socket shared by the workers, the worker whose event loop woke first accepted a whole
    # burst of connections (a proxy's pool, wrk's 8): the other worker idled. One socket each, bound
    # with SO_REUSEPORT, lets the kernel spread the connections.
    port = int(two_workers.url.rsplit(":", 1)[1])
    assert listening_sockets(port) == 2


def test_metrics_count_requests_of_every_worker(two_workers):
    time.sleep(1.5)  # let each worker share its counters (once a second)
    before = counter(two_workers.get("/metrics").text, "/search")
    with ThreadPoolExecutor(4) as pool:
        totals = list(pool.map(lambda _: search_total(two_workers, "CSTO"), range(30)))
    assert all(t >= 1 for t in totals)
    time.sleep(1.5)
    after = counter(two_workers.get("/metrics").text, "/search")
    assert after - before == 30


def test_new_generation_is_served_without_restart(two_workers, tmp_path):
    assert search_total(two_workers, "Quokkaberry") == 0
    page = tmp_path / "lida.txt"
    page.write_text(NEW_PAGE, encoding="utf-8")
    registry = EntityRegistry.load()
    articles = ingest_paths([SAMPLES_DIR, page], extractor=EntityExtractor(registry)).articles
    store = IndexStore(two_workers.index_dir)
    old = store.live_generation()
    new = write_generation(store, articles, registry)
    assert new != old
    # every request after the switch, whichever worker answers it, sees the new generation
    with ThreadPoolExecutor(4) as pool:
        totals = list(pool.map(lambda _: search_total(two_workers, "Quokkaberry"), range(20)))
    assert totals == [1] * 20
    generations = {httpx.get(two_workers.url + "/health", headers={"Connection": "close"}).json()["generation"]
                   for _ in range(10)}
    assert generations == {new}


def test_a_write_through_one_worker_is_seen_by_all(two_workers):
    article = {"url": "https://lida.example.by/news/wombatfest", "site": "Lida District Executive Committee",
               "title": "Wombatfest opens in Lida", "published": "2025-03-04",
               "body": "The first Wombatfest opened in Lida on Tuesday with music and crafts from the whole region."}
    r = httpx.post(two_workers.url + "/articles", json=article, headers={"Authorization": f"Bearer {TOKEN}"},
                   timeout=60)
    assert r.status_code == 200, r.text
    with ThreadPoolExecutor(4) as pool:
        totals = list(pool.map(lambda _: search_total(two_workers, "Wombatfest"), range(20)))
    assert totals == [1] * 20
