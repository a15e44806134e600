"""Storage faults, injected for real: a full disk (OSError 28 where a write happens), truncated and
overwritten files, kill -9 between steps. Whatever the fault: no acknowledged article is lost,
no lock outlives the call that took it, and the error says what happened."""

from __future__ import annotations

import errno
import json
import os
import shutil
import time

import pytest
from conftest import run_cli
from starlette.testclient import TestClient

from searchsvc.article import Article
from searchsvc.config import SAMPLES_DIR, Settings
from searchsvc.index import IndexStore
from searchsvc.index import locks as locks_module
from searchsvc.index.locks import IndexLock
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
        apply_changes(store, [api_article(1)], timeout=0.5)
    monkeypatch.undo()
    started = time.monotonic()
    done = apply_changes(store, [api_article(2)], timeout=0.5)  # space is back: no 10 s wait, no IndexBusy
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
    app = create_app(Settings(index_dir=str(index_copy), api_token="t", write_wait_s=1))
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
