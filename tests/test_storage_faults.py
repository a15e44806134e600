"""Storage faults, injected for real: a full disk (OSError 28 where a write happens), truncated and
overwritten files, kill -9 between steps. Whatever the fault: no acknowledged article is lost,
no lock outlives the call that took it, and the error says what happened."""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import run_cli, test_settings
from starlette.testclient import TestClient

from searchsvc.article import Article
from searchsvc.config import SAMPLES_DIR
from searchsvc.entities import EntityRegistry
from searchsvc.index import IndexStore
from searchsvc.index import locks as locks_module
from searchsvc.index.locks import IndexLock
from searchsvc.index.journal import ApiJournal
from searchsvc.index.updates import apply_changes
from searchsvc.web.app import create_app


def enospc(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def api_article(n: int) -> Article:
    return Article(id=f"fault-{n:04d}", url=f"https://smorgon.example.by/news/fault-{n}", site="Smorgon",
                   title=f"Storage fault drill number {n}", published="2024-05-17",
                   body=f"Drill {n}: the archive of Smorgon district survived a full disk.")


@pytest.fixture
def index_copy(sample_index, tmp_path):
    index_dir = tmp_path / "index"
    shutil.copytree(sample_index, index_dir)
    return index_dir


def test_a_full_disk_while_taking_a_lock_releases_it(tmp_path, monkeypatch):
    lock = IndexLock(tmp_path / "write.lock", "index write")
    monkeypatch.setattr(locks_module.os, "pwrite", enospc)
    with pytest.raises(OSError) as failed:
        lock.acquire(timeout=0.1)
    assert failed.value.errno == errno.ENOSPC
    monkeypatch.undo()
    started = time.monotonic()
    IndexLock(tmp_path / "write.lock", "index write").acquire(timeout=0).release()  # free at once
    assert time.monotonic() - started < 1


def test_a_full_disk_during_an_api_write_leaves_the_index_writable(index_copy, monkeypatch):
    store = IndexStore(index_copy)
    monkeypatch.setattr(locks_module.os, "pwrite", enospc)
    with pytest.raises(OSError, match="No space left on device"):
        apply_changes(store, [api_article(1)], registry=EntityRegistry.load(overlay=False), timeout=0.5)
    monkeypatch.undo()
    started = time.monotonic()
    done = apply_changes(store, [api_article(2)], registry=EntityRegistry.load(overlay=False), timeout=0.5)  # space is back: no 10 s wait, no IndexBusy
    assert done.upserted == ["fault-0002"] and time.monotonic() - started < 5


def test_reindex_json_prints_a_report_when_it_exits_75_or_3(index_copy, tmp_path):
    holder = IndexStore(index_copy).reindex_lock().acquire()
    try:
        locked = run_cli("reindex", "--source", str(SAMPLES_DIR), "--index", str(index_copy), "--json", check=False)
    finally:
        holder.release()
    assert locked.returncode == 75
    report = json.loads(locked.stdout)
    assert report["exit_code"] == 75 and "reindex.lock" in report["error"] and report["lock_holder"]["pid"] == os.getpid()
    missing = run_cli("reindex", "--source", str(tmp_path / "unmounted"), "--index", str(index_copy), "--json",
                      check=False)
    assert missing.returncode == 3
    assert json.loads(missing.stdout)["exit_code"] == 3


def test_a_full_disk_is_a_507_over_http_and_the_next_write_succeeds(index_copy, monkeypatch):
    app = create_app(test_settings(index_dir=str(index_copy), api_token="t", write_wait_s=1))
    record = {"url": "https://smorgon.example.by/news/disk-full", "site": "Smorgon", "title": "Disk full drill",
              "published": "2024-05-17", "body": "The drill wrote an article while the disk was full."}
    with TestClient(app) as client:
        monkeypatch.setattr(locks_module.os, "pwrite", enospc)
        full = client.post("/articles", json=record, headers={"Authorization": "Bearer t"})
        monkeypatch.undo()
        assert full.status_code == 507 and "disk is full" in full.json()["error"]
        written = client.post("/articles", json=record, headers={"Authorization": "Bearer t"})
        assert written.status_code == 200, written.text
        assert client.get(f"/articles/{written.json()['written'][0]['id']}").status_code == 200


# -- damage to files the service reads ----------------------------------------------------------

AUTH = {"Authorization": "Bearer t"}
RECORD = {"url": "https://smorgon.example.by/news/storage-drill", "site": "Smorgon", "published": "2024-05-17",
          "title": "Storage drill in Smorgon district",
          "body": "The district archive ran a storage drill on Friday.\n\nEvery article survived the drill."}


def segment_of(generation_dir: Path) -> Path:
    return max(generation_dir.glob("MAIN_*.seg"), key=lambda p: p.stat().st_size)


def truncate_half(path: Path) -> None:
    with open(path, "r+b") as fh:
        fh.truncate(path.stat().st_size // 2)


def random_bytes_inside(path: Path, n: int = 4096, keep_mtime: bool = False) -> None:
    st = path.stat()
    with open(path, "r+b") as fh:
        fh.seek(st.st_size // 3)
        fh.write(random.Random(13).randbytes(n))
    if keep_mtime:
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


DAMAGE = {
    "half of the segment cut away": lambda g: truncate_half(segment_of(g)),
    "half of the table of contents cut away": lambda g: truncate_half(next(g.glob("_MAIN_*.toc"))),
    "4 KB of random bytes inside the segment": lambda g: random_bytes_inside(segment_of(g)),
}


@pytest.fixture(scope="module")
def rebuilt_index(sample_index, tmp_path_factory) -> Path:
    index_dir = tmp_path_factory.mktemp("rebuilt") / "index"
    shutil.copytree(sample_index, index_dir)
    run_cli("reindex", "--full", "--source", str(SAMPLES_DIR), "--index", str(index_dir), "--quiet")
    return index_dir


@pytest.fixture
def two_generations(rebuilt_index, tmp_path):
    """The sample index rebuilt once more: a live generation and the retired one before it."""
    index_copy = tmp_path / "two"
    shutil.copytree(rebuilt_index, index_copy)  # copy2: mtimes kept, as a restore from backup would
    store = IndexStore(index_copy)
    live = store.live_generation()
    previous = [p.name for p in store.generations.iterdir() if p.name != live]
    assert len(previous) == 1 and store.retired_at(previous[0])
    return index_copy, live, previous[0]


def client_for(index_dir: Path) -> TestClient:
    return TestClient(create_app(test_settings(index_dir=str(index_dir), api_token="t", write_wait_s=1)),
                      raise_server_exceptions=False)


def verify(index_dir: Path) -> tuple[int, dict]:
    """What `searchsvc verify --json` prints, in-process (the CLI itself: verify_cli)."""
    report = IndexStore(index_dir).verify()
    return report["exit_code"], report


def verify_cli(index_dir: Path) -> tuple[int, dict]:
    proc = run_cli("verify", "--index", str(index_dir), "--json", check=False)
    return proc.returncode, json.loads(proc.stdout)


def test_every_published_generation_has_checksums_and_verifies(two_generations):
    index_dir, live, previous = two_generations
    for name in (live, previous):
        recorded = json.loads((index_dir / "generations" / name / "CHECKSUMS").read_text())["files"]
        assert any(f.endswith(".seg") for f in recorded) and any(f.endswith(".toc") for f in recorded)
    code, report = verify_cli(index_dir)
    assert code == 0 and report["live"] == live
    assert {g["generation"]: g["intact"] for g in report["generations"]} == {live: True, previous: True}


@pytest.mark.parametrize("fault", DAMAGE)
def test_a_damaged_live_generation_is_reported_and_the_previous_one_answers(two_generations, fault, caplog):
    index_dir, live, previous = two_generations
    DAMAGE[fault](index_dir / "generations" / live)
    with client_for(index_dir) as client:
        found = client.get("/search", params={"q": "CSTO"})
        assert found.status_code == 200 and found.json()["total"] > 0
        health = client.get("/health")
        assert health.status_code == 200, health.text
        body = health.json()
        assert body["status"] == "degraded" and body["generation"] == previous and body["live_generation"] == live
        assert body["damage"]["live_generation"]["problems"]
        write = client.post("/articles", json=RECORD, headers=AUTH)
        assert write.status_code == 503 and "damaged" in write.json()["error"]  # nothing half-written
    assert any("is damaged" in r.getMessage() and live in r.getMessage() for r in caplog.records)
    code, report = verify_cli(index_dir)
    assert code == 3
    damaged = next(g for g in report["generations"] if g["generation"] == live)
    assert not damaged["intact"] and damaged["index_problems"]


def test_with_no_intact_generation_the_service_answers_503_with_the_reason(index_copy):
    live = IndexStore(index_copy).live_generation()
    truncate_half(segment_of(index_copy / "generations" / live))
    with client_for(index_dir := index_copy) as client:
        search = client.get("/search", params={"q": "CSTO"})
        assert search.status_code == 503 and "damaged" in search.json()["error"] and "reindex --full" in search.json()["error"]
        health = client.get("/health")
        assert health.status_code == 503 and health.json()["status"] == "damaged"
    assert verify(index_dir)[0] == 3


def test_bit_rot_the_filesystem_did_not_see_is_found_by_verify(two_generations):
    index_dir, live, _ = two_generations
    segment = segment_of(index_dir / "generations" / live)
    random_bytes_inside(segment, keep_mtime=True)  # same size, same mtime: only a full hash sees it
    code, report = verify(index_dir)
    assert code == 3
    problems = next(g for g in report["generations"] if g["generation"] == live)["index_problems"]
    assert any(segment.name in p and "SHA-256" in p for p in problems)


def test_a_damaged_manifest_refuses_writes_with_a_reason_and_searches_go_on(index_copy):
    live = IndexStore(index_copy).live_generation()
    with open(index_copy / "generations" / live / "manifest.sqlite", "r+b") as fh:
        fh.write(random.Random(7).randbytes(4096))  # the header and first page
    with client_for(index_copy) as client:
        assert client.get("/search", params={"q": "CSTO"}).json()["total"] > 0
        health = client.get("/health").json()
        assert health["status"] == "degraded" and "manifest" in " ".join(health["damage"]["live_generation"]["problems"])
        write = client.post("/articles", json=RECORD, headers=AUTH)
        assert write.status_code == 503 and "manifest" in write.json()["error"]
    code, report = verify(index_copy)
    assert code == 3 and report["generations"][0]["manifest_problems"]


# -- recovery: reindex --full from the sources + the API journal --------------------------------

def post_api_articles(index_dir: Path, n: int = 3) -> list[str]:
    store = IndexStore(index_dir)
    return [aid for i in range(n) for aid in apply_changes(store, [api_article(100 + i)], registry=EntityRegistry.load(overlay=False)).upserted]


def live_ids(index_dir: Path) -> set[str]:
    _, index = IndexStore(index_dir).open_live()
    with index, index.reader() as r:
        return {d["id"] for d in r.all_stored_fields()}


def overwrite_start(path: Path) -> None:
    with open(path, "r+b") as fh:
        fh.write(random.Random(5).randbytes(4096))


RECOVERABLE = {
    **DAMAGE,
    "the start of manifest.sqlite overwritten": lambda g: overwrite_start(g / "manifest.sqlite"),
    "LIVE deleted by hand": lambda g: (g.parent.parent / "LIVE").unlink(),
    "the start of journal.sqlite overwritten": lambda g: overwrite_start(g.parent.parent / "journal.sqlite"),
}


@pytest.mark.parametrize("fault", RECOVERABLE)
def test_reindex_full_rebuilds_from_the_sources_and_the_journal_whatever_was_damaged(two_generations, fault):
    index_dir, live, _ = two_generations
    api_ids = post_api_articles(index_dir)
    before = live_ids(index_dir)
    assert set(api_ids) <= before
    RECOVERABLE[fault](index_dir / "generations" / live)
    if fault != "LIVE deleted by hand":
        assert verify(index_dir)[0] == 3  # found before anything is repaired
    proc = run_cli("reindex", "--full", "--source", str(SAMPLES_DIR), "--index", str(index_dir), "--json",
                   "--quiet", check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    assert report["api_articles"] == len(api_ids)
    if fault != "LIVE deleted by hand":
        assert report["damage"]  # the report says what it found
    assert live_ids(index_dir) == before  # articles lost: 0 (sources and API articles alike)
    code, after = verify(index_dir)
    live_now = next(g for g in after["generations"] if g["role"] == "live")
    assert live_now["intact"] and after["api_journal"]["intact"] and after["api_journal"]["entries"] == len(api_ids)


def test_an_incremental_run_on_a_damaged_live_generation_rebuilds_instead(two_generations):
    index_dir, live, _ = two_generations
    api_ids = post_api_articles(index_dir, 2)
    truncate_half(segment_of(index_dir / "generations" / live))
    proc = run_cli("reindex", "--source", str(SAMPLES_DIR), "--index", str(index_dir), "--json", "--quiet",
                   check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    assert report["mode"] == "full" and any("bytes" in d for d in report["damage"])
    assert set(api_ids) <= live_ids(index_dir)


def test_a_failed_full_run_removes_what_it_wrote_and_says_the_real_cause(index_copy, monkeypatch):
    from searchsvc.index import store as store_module
    from searchsvc.pipeline import reindex

    store = IndexStore(index_copy)
    live, generations = store.live_generation(), sorted(p.name for p in store.generations.iterdir())

    def disk_full_at_publish(self, name):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self.path(name) / "CHECKSUMS.tmp"))

    monkeypatch.setattr(store_module.IndexStore, "record_checksums", disk_full_at_publish)
    with pytest.raises(OSError, match="No space left on device"):
        reindex([SAMPLES_DIR], test_settings(index_dir=str(index_copy), models_dir=str(index_copy / "no-models")),
                full=True)
    monkeypatch.undo()
    assert store.live_generation() == live
    assert sorted(p.name for p in store.generations.iterdir()) == generations  # nothing half-built left
    IndexLock(index_copy / "reindex.lock", "reindex").acquire(timeout=0).release()  # and no lock held
    IndexLock(index_copy / "write.lock", "index write").acquire(timeout=0).release()


# -- a really full disk: a small tmpfs (root only; elsewhere the injected OSError(28) tests above) ---

@pytest.fixture
def small_disk(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(disk)], capture_output=True,
                             text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({mounted.stderr.strip() or 'not root'}); "
                    "the injected OSError(28) tests cover a full disk")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(disk: Path) -> Path:
    """Write a filler file until the disk is full; returns it (truncate it to free space)."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for chunk in (1 << 16, 1 << 12, 1 << 9):
            try:
                while True:
                    os.write(fd, b"\0" * chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    return filler


def journal_ids(index_dir: Path) -> set[str]:
    if not ApiJournal.exists(index_dir):
        return set()
    with ApiJournal.open(index_dir) as journal:
        return {row[0] for row in journal.rows()}


def test_api_writes_on_a_really_full_disk_fail_cleanly_until_space_is_freed(small_disk, sample_index):
    index_dir = small_disk / "index"
    shutil.copytree(sample_index, index_dir)
    filler = fill(small_disk)
    size, freed, statuses = filler.stat().st_size, 0, []
    with client_for(index_dir) as client:
        while freed <= 2 << 20:
            r = client.post("/articles", json=RECORD, headers=AUTH)
            statuses.append(r.status_code)
            assert r.status_code in (200, 507), r.text
            assert not [p for p in index_dir.rglob("*.tmp")], "a cancelled commit left its scratch files"
            if r.status_code == 200:
                written = r.json()["written"][0]["id"]
                break
            assert "disk is full" in r.json()["error"]
            freed += 48 * 1024  # a little more space each time: the write fails at a later step
            os.truncate(filler, size - freed)
        assert statuses[0] == 507 and statuses[-1] == 200, statuses
        assert written in live_ids(index_dir) and written in journal_ids(index_dir)
        health = client.get("/health").json()
        assert health["status"] == "ok", health  # failed commits are not mistaken for damage
    filler.unlink()
    live = IndexStore(index_dir).live_generation()
    assert IndexStore(index_dir).check(live, full=True).intact


def test_reindex_on_a_really_full_disk_says_so_and_leaves_nothing(small_disk, sample_index, tmp_path):
    index_dir = small_disk / "index"
    shutil.copytree(sample_index, index_dir)
    api_ids = post_api_articles(index_dir, 2)
    store = IndexStore(index_dir)
    live, before = store.live_generation(), live_ids(index_dir)
    filler = fill(small_disk)
    for free in (0, 256 * 1024):  # nothing at all (not even for reindex.lock), then part of a generation
        os.truncate(filler, filler.stat().st_size - free)
        proc = run_cli("reindex", "--full", "--source", str(SAMPLES_DIR), "--index", str(index_dir), "--json",
                       "--quiet", check=False)
        assert proc.returncode == 3, proc.stderr[-2000:]
        error = json.loads(proc.stdout)["error"]
        assert "No space left on device" in error or "disk is full" in error, error
        assert store.live_generation() == live and [p.name for p in store.generations.iterdir()] == [live]
    filler.unlink()
    proc = run_cli("reindex", "--full", "--source", str(SAMPLES_DIR), "--index", str(index_dir), "--json",
                   "--quiet", check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert live_ids(index_dir) == before and set(api_ids) <= before


# -- kill -9 in the middle of API writes ------------------------------------------------------------

WRITER = """
import sys
from searchsvc.article import Article
from searchsvc.index import IndexStore
from searchsvc.entities import EntityRegistry
from searchsvc.index.updates import apply_changes
store, registry = IndexStore(sys.argv[1]), EntityRegistry.load(overlay=False)
for n in range(10_000):
    a = Article(id=f"kill-{sys.argv[2]}-{n}", url=None, site="Smorgon", published="2024-05-17",
                title=f"Kill drill {sys.argv[2]} number {n}", body=f"Write {n} of round {sys.argv[2]}.")
    apply_changes(store, [a], registry=registry, timeout=30)
    print(a.id, flush=True)  # acknowledged
"""


def test_kill_9_during_api_writes_loses_no_acknowledged_article(index_copy):
    rng = random.Random(9)
    acknowledged: list[str] = []
    for round_no in range(3):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(index_copy), str(round_no)],
                                stdout=subprocess.PIPE, text=True)
        first = proc.stdout.readline()  # running: at least one write done
        time.sleep(rng.uniform(0.05, 0.6))
        proc.kill()
        rest, _ = proc.communicate(timeout=30)
        acknowledged += [line for line in (first + rest).split() if line]
        store = IndexStore(index_copy)
        check = store.check(store.live_generation())
        assert check.intact, check.problems()  # a kill between commit and checksums is a note, not damage
        assert set(acknowledged) <= live_ids(index_copy) and set(acknowledged) <= journal_ids(index_copy)
    apply_changes(IndexStore(index_copy), [api_article(999)], registry=EntityRegistry.load(overlay=False), timeout=1)  # no lock left behind
    proc = run_cli("reindex", "--full", "--source", str(SAMPLES_DIR), "--index", str(index_copy), "--quiet",
                   check=False)
    assert proc.returncode == 0 and set(acknowledged) <= live_ids(index_copy)


def test_an_incremental_run_on_a_really_full_disk_is_cancelled_and_says_why(small_disk, tmp_path):
    pages = tmp_path / "pages"
    shutil.copytree(SAMPLES_DIR, pages)
    index_dir = small_disk / "index"
    run_cli("reindex", "--source", str(pages), "--index", str(index_dir), "--quiet")
    store = IndexStore(index_dir)
    live, before = store.live_generation(), live_ids(index_dir)
    (pages / "zz-new-page.txt").write_text(
        "Smorgon District Executive Committee\nMain / Press Center / News\n17.05.2024\n\n"
        "Smorgon archive holds a storage drill\n\n\n"
        "The district archive of Smorgon held a storage drill on Friday, filling a disk to the last byte.\n\n"
        "Archivists checked that every digitised newspaper page stayed readable while the disk was full "
        "and that the catalogue came back as soon as space was freed.\n")
    filler = fill(small_disk)
    os.truncate(filler, filler.stat().st_size - 96 * 1024)  # room to start, not to commit
    proc = run_cli("reindex", "--source", str(pages), "--index", str(index_dir), "--json", "--quiet", check=False)
    # exit 1: the pages of the failed commit are listed under errors and retried next run
    assert proc.returncode in (1, 3), proc.stderr[-2000:]
    report = json.loads(proc.stdout)
    error = " ".join([report["error"]] + [e["error"] for e in report.get("errors", [])])
    assert ("No space left on device" in error or "disk is full" in error) and "lock" not in error, error
    assert not list(index_dir.rglob("*.tmp")) and store.live_generation() == live and live_ids(index_dir) == before
    filler.unlink()
    proc = run_cli("reindex", "--source", str(pages), "--index", str(index_dir), "--json", "--quiet", check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout)["new"] == 1
    assert before < live_ids(index_dir) and store.check(store.live_generation(), full=True).intact
