"""Reliability of the batch job, bounded in time: kill -9 at random points, searches during full
rebuilds, a crash in the one window where the index is ahead of its manifest.

Each test prints one `RELIABILITY {...}` line with its figures (run with -s to see them);
docs/reliability.md records them.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from conftest import Server, hermetic_env
from searchsvc.index import IndexStore
from searchsvc.index.manifest import Manifest
from searchsvc.pipeline import EXIT_OK, check_consistency, reindex
from test_reindex import code, hits_for, live_articles, settings_for, write_corpus, write_story

# the real CLI, with small index commits so that kills land between commits too
REINDEX = [sys.executable, "-c", "import sys, searchsvc.pipeline.incremental as p; p.WRITE_CHUNK = int(sys.argv[1]); "
           "from searchsvc.cli import main; sys.exit(main(sys.argv[2:]))"]
SENTINELS = range(0, 10)  # stories no round edits or deletes: always exactly one hit
# the archive's size and the number of full rebuilds under load: small in the suite, bench/reliability.py
# runs the soak (RELIABILITY_PAGES=300 RELIABILITY_REBUILDS=3, many seeds)
PAGES = int(os.environ.get("RELIABILITY_PAGES", "150"))
REBUILDS = int(os.environ.get("RELIABILITY_REBUILDS", "2"))


def start_reindex(pages: Path, index: Path, *extra: str, log: Path, chunk: int = 25) -> subprocess.Popen:
    with open(log, "ab") as fh:
        return subprocess.Popen([*REINDEX, str(chunk), "reindex", "--source", str(pages), "--index", str(index),
                                 "--grace", "0", "--max-drop", "1", *extra], stdout=fh, stderr=fh,
                                env=hermetic_env())


def last_stage(log: Path) -> str:
    """Where a killed run was: the last progress event it logged (stage name, or start/published...)."""
    where = "startup"
    for line in log.read_text(errors="replace").splitlines():
        if line.startswith('{"time"'):
            event = json.loads(line)
            if "event" in event:  # a progress event (other log lines have no "event")
                where = event.get("stage") or event["event"]
    return where


def snapshot(index_dir) -> dict:
    """What a reader sees: id -> (title, body, sorted source files)."""
    return {aid: (a["title"], a["body"], sorted(s["source_path"] for s in a["sources"]))
            for aid, a in live_articles(index_dir).items()}


def mutate(pages: Path, rng: random.Random, state: dict) -> None:
    """One day of the archive: new stories, edited ones, deleted ones, reprints, a hostile page."""
    for _ in range(12):
        write_story(pages, state["next"])
        state["next"] += 1
    candidates = [i for i in range(10, state["next"]) if (pages / f"{i:05d}.txt").exists()]
    for i in rng.sample(candidates, 8):
        state["version"][i] = state["version"].get(i, 0) + 1
        write_story(pages, i, version=state["version"][i])
    for i in rng.sample(candidates, 4):
        (pages / f"{i:05d}.txt").unlink(missing_ok=True)
    for i in rng.sample(candidates, 2):
        if (pages / f"{i:05d}.txt").exists():
            write_story(pages, i, version=state["version"].get(i, 0), reprint_site="Gomel City Executive Committee")
    hostile = rng.choice([b"", bytes(range(256)) * 8, b"\xff\xfe garbage", b"Font settings\n"])
    (pages / f"zz-hostile-{state['next']}.txt").write_bytes(hostile)


def served_and_queryable(index_dir) -> int:
    """The live generation opens, and every sentinel story is found exactly once. Returns doc count."""
    store = IndexStore(index_dir)
    _, index = store.open_live()
    with index.reader() as r:
        count = r.doc_count()
    index.close()
    for i in SENTINELS:
        assert len(hits_for(index_dir, code(i))) == 1, f"sentinel {code(i)} not found exactly once"
    return count


def test_kill_9_at_random_points_then_the_next_run_ends_consistent(tmp_path):
    seed = int(os.environ.get("RELIABILITY_SEED", "20261126"))
    rng = random.Random(seed)
    pages, index = tmp_path / "pages", tmp_path / "index"
    write_corpus(pages, PAGES, reprints=10)
    log = tmp_path / "reindex.log"
    assert start_reindex(pages, index, log=log).wait(120) == 0
    state = {"next": PAGES, "version": {}}
    figures = {"seed": seed, "rounds": 0, "kills": 0, "finished_before_kill": 0, "killed_at_s": [], "killed_in": []}  # s after the aimed-at stage began
    started = time.monotonic()
    for round_no in range(5):
        mutate(pages, rng, state)
        full = round_no % 2 == 1
        round_log = tmp_path / f"round{round_no}.log"
        proc = start_reindex(pages, index, *(["--full"] if full else []), log=round_log)
        # aim at a stage (so kills land in every stage, not mostly in start-up), then a random delay
        target = rng.choice(['"stage": "ingest"', '"stage": "index"', '"event": "generation_written"'] if full
                            else ['"stage": "ingest"', '"stage": "index"'])
        deadline = time.monotonic() + 20
        while proc.poll() is None and time.monotonic() < deadline and target not in round_log.read_text():
            time.sleep(0.01)
        delay = rng.uniform(0.0, 0.3 if "ingest" in target else 0.1)  # writing stages are short
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.wait(30)
            figures["kills"] += 1
            figures["killed_at_s"].append(round(delay, 2))
            figures["killed_in"].append(("full:" if full else "incremental:") + last_stage(round_log))
        else:
            figures["finished_before_kill"] += 1
        proc.wait(30)
        figures["rounds"] += 1
        served_and_queryable(index)  # between kills: the served index is intact

    final = start_reindex(pages, index, "--report", str(tmp_path / "final.json"), log=log)
    assert final.wait(120) == EXIT_OK, log.read_text()[-3000:]
    report = json.loads((tmp_path / "final.json").read_text())
    assert report["inputs"] == report["new"] + report["changed"] + report["unchanged"] + \
        report["reprints_merged"] + len(report["rejected"]) + report["failed"]
    assert report["failed"] == 0 and report["errors"] == []

    # consistent: the same articles as a clean full build of the same pages, none lost or doubled
    clean = settings_for(tmp_path / "clean")
    reindex([pages], clean, full=True)
    assert snapshot(index) == snapshot(clean.index_dir)
    store = IndexStore(index)
    assert check_consistency(store, store.live_generation())["problems"] == []
    documents = served_and_queryable(index)
    # and nothing half-built is left behind
    gens = [p.name for p in store.generations.iterdir()]
    assert all(store.retired_at(g) is not None or g == store.live_generation() for g in gens)
    figures.update(documents=documents, seconds=round(time.monotonic() - started, 1))
    print("RELIABILITY", json.dumps({"test": "kill9", **figures}))


def test_crash_between_index_commit_and_manifest_write_is_repaired_even_if_pages_change(tmp_path, monkeypatch):
    pages = tmp_path / "pages"
    write_corpus(pages, 20, reprints=2)
    settings = settings_for(tmp_path)
    reindex([pages], settings)
    for i in range(20, 26):
        write_story(pages, i)
    write_story(pages, 5, version=1)
    (pages / "00003.txt").unlink()  # a story with a reprint: the reprint becomes the story

    class Crash(BaseException):
        pass

    def crash(*args, **kwargs):
        raise Crash("killed after the index commit, before the manifest")

    monkeypatch.setattr(Manifest, "record", crash)
    with pytest.raises(Crash):
        reindex([pages], settings)
    monkeypatch.undo()
    assert len(hits_for(settings.index_dir, code(22))) == 1  # the commit happened
    # and before the next run, pages it wrote change or go: what they wrote must not linger
    write_story(pages, 22, version=1)
    (pages / "00023.txt").unlink()
    report = reindex([pages], settings)
    assert report.exit_code == EXIT_OK and report.validation["problems"] == []
    clean = settings_for(tmp_path / "clean")
    reindex([pages], clean, full=True)
    assert snapshot(settings.index_dir) == snapshot(clean.index_dir)


@pytest.mark.parametrize("workers", [1, 2])
def test_search_load_during_full_reindexes_has_no_failed_request(tmp_path, workers):
    pages, index = tmp_path / "pages", tmp_path / "index"
    write_corpus(pages, PAGES, reprints=10)
    assert start_reindex(pages, index, log=tmp_path / "reindex.log").wait(120) == 0
    server = Server(index, args=("--workers", str(workers)))
    stop = threading.Event()
    failures: list[str] = []
    counts = {"requests": 0}
    generations: set[str] = set()
    latencies: list[float] = []
    lock = threading.Lock()

    def load(worker: int) -> None:
        rng = random.Random(worker)
        with httpx.Client(base_url=server.url, timeout=15) as client:
            while not stop.is_set():
                i = rng.choice(SENTINELS)
                t = time.perf_counter()
                try:
                    r = client.get("/search", params={"q": code(i)})
                    ok = r.status_code == 200 and r.json()["total"] >= 1 and code(i) in r.json()["hits"][0]["title"]
                    problem = None if ok else f"{r.status_code} {r.text[:200]}"
                    h = client.get("/health")
                    if h.status_code != 200:
                        problem = f"/health {h.status_code} {h.text[:200]}"
                    gen = h.json().get("generation")
                except Exception as exc:  # a refused connection or a timeout is a failed request too
                    problem, gen = f"{type(exc).__name__}: {exc}", None
                with lock:
                    counts["requests"] += 2
                    latencies.append(time.perf_counter() - t)
                    if problem:
                        failures.append(problem)
                    if gen:
                        generations.add(gen)

    threads = [threading.Thread(target=load, args=(w,)) for w in range(4)]
    started = time.monotonic()
    try:
        for t in threads:
            t.start()
        rebuilds = []
        for _ in range(REBUILDS):
            t0 = time.monotonic()
            rc = start_reindex(pages, index, "--full", log=tmp_path / "reindex.log").wait(120)
            rebuilds.append(round(time.monotonic() - t0, 2))
            assert rc == 0, (tmp_path / "reindex.log").read_text()[-3000:]
        # in-place commits too: a new page becomes findable while the load runs
        write_story(pages, PAGES)
        assert start_reindex(pages, index, log=tmp_path / "reindex.log").wait(120) == 0
        time.sleep(1.0)
        with httpx.Client(base_url=server.url, timeout=15) as client:
            found = client.get("/search", params={"q": code(PAGES)}).json()["total"]
    finally:
        stop.set()
        for t in threads:
            t.join(30)
        server.stop()
    latencies.sort()
    figures = {"test": "load", "workers": workers, "requests": counts["requests"], "failed": len(failures),
               "generations_seen": len(generations), "full_rebuild_s": rebuilds,
               "p50_ms": round(1000 * latencies[len(latencies) // 2], 1),
               "p99_ms": round(1000 * latencies[int(len(latencies) * 0.99)], 1),
               "seconds": round(time.monotonic() - started, 1)}
    print("RELIABILITY", json.dumps(figures))
    assert failures == [], failures[:5]
    assert counts["requests"] >= 50 and len(generations) >= 3  # the load ran across the switches
    assert found == 1


API_WRITER = """
import sys
from searchsvc.article import Article, Source
from searchsvc.index import IndexStore
from searchsvc.entities import EntityRegistry
from searchsvc.index.updates import apply_changes
registry = EntityRegistry.load(overlay=False)
store, worker = IndexStore(sys.argv[1]), int(sys.argv[2])
for n in range(8):
    a = Article(id=f"api-{worker}-{n}", title=f"Posted by writer {worker} number {n}", body="Posted body.",
                site="Minsk City Executive Committee", published="2024-03-01", sources=[Source(site="Minsk")])
    apply_changes(store, [a], [], registry=registry, timeout=60)
"""


def test_api_writers_in_several_processes_and_a_reindex_at_once_lose_nothing(tmp_path):
    pages = tmp_path / "pages"
    write_corpus(pages, 40)
    settings = settings_for(tmp_path)
    reindex([pages], settings)
    for i in range(40, 70):
        write_story(pages, i)
    writers = [subprocess.Popen([sys.executable, "-c", API_WRITER, settings.index_dir, str(w)],
                                env=hermetic_env()) for w in range(3)]
    import searchsvc.pipeline.incremental as incremental

    incremental.WRITE_CHUNK, chunk = 5, incremental.WRITE_CHUNK  # many small commits, interleaved with theirs
    try:
        report = reindex([pages], settings)
    finally:
        incremental.WRITE_CHUNK = chunk
    assert [w.wait(60) for w in writers] == [0, 0, 0]
    assert report.exit_code == EXIT_OK and report.new == 30
    ids = set(live_articles(settings.index_dir))
    assert {f"api-{w}-{n}" for w in range(3) for n in range(8)} <= ids and len(ids) == 70 + 24
    store = IndexStore(settings.index_dir)
    assert check_consistency(store, store.live_generation())["problems"] == []
