"""The persistent sentence cache: every sentence is translated once per model, ever.

Key: (model identity, hash of the normalised source sentence). The model identity hashes the
model's files, the language pair, beam size, length penalty and prefixes, so a model upgrade
or a decoding change simply stops matching the old entries. SQLite in WAL mode: readers and
one writer at a time across threads and processes.

>>> cache = TranslationCache(settings.translation_cache_dir)
>>> cache.get_many(model_id, ["Hello world."])   # {"Hello world.": "Привет, мир."} or {}
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS sentences (
    model TEXT NOT NULL,
    source_hash BLOB NOT NULL,
    target TEXT NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (model, source_hash)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS models (
    model TEXT PRIMARY KEY,
    description TEXT NOT NULL,
    last_used REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS file_hashes (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL
);
"""
_LOOKUP_CHUNK = 500  # bound on SQL variables per query


def sentence_hash(sentence: str) -> bytes:
    return hashlib.blake2b(sentence.encode("utf-8"), digest_size=16).digest()


class TranslationCache:
    """Sentence translations on disk, shared by every process that uses the same directory."""

    FILE_NAME = "translations.sqlite3"

    def __init__(self, cache_dir: str | os.PathLike):
        self.path = Path(cache_dir) / self.FILE_NAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        with self._connect() as db:
            db.executescript(SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db = db
        return db

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    def get_many(self, model: str, sentences: list[str]) -> dict[str, str]:
        """Cached translations of those `sentences` that have one."""
        by_hash = {sentence_hash(s): s for s in sentences}
        hashes = list(by_hash)
        found: dict[str, str] = {}
        db = self._connect()
        for start in range(0, len(hashes), _LOOKUP_CHUNK):
            chunk = hashes[start:start + _LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = db.execute(f"SELECT source_hash, target FROM sentences WHERE model = ? AND source_hash IN ({marks})",
                              [model, *chunk])
            for source_hash, target in rows:
                found[by_hash[bytes(source_hash)]] = target
        return found

    def put_many(self, model: str, translations: dict[str, str], description: str = "") -> None:
        if not translations:
            return
        now = time.time()
        db = self._connect()
        with _transaction(db):
            db.executemany("INSERT OR REPLACE INTO sentences VALUES (?, ?, ?, ?)",
                           [(model, sentence_hash(s), t, now) for s, t in translations.items()])
            db.execute("INSERT OR REPLACE INTO models VALUES (?, ?, ?)", (model, description, now))

    def count(self, model: str | None = None) -> int:
        db = self._connect()
        if model is None:
            return db.execute("SELECT count(*) FROM sentences").fetchone()[0]
        return db.execute("SELECT count(*) FROM sentences WHERE model = ?", (model,)).fetchone()[0]

    def prune(self, keep: set[str], pairs: tuple[str, ...] | None = None) -> int:
        """Drop the entries of model identities not in `keep` (removed or upgraded models);
        with `pairs` ("en-ru", ...), only identities of those language pairs."""
        db = self._connect()
        stale = [m for (m,) in db.execute("SELECT model FROM models") if m not in keep
                 and (pairs is None or m.split(":", 1)[0] in pairs)]
        removed = 0
        with _transaction(db):
            for model in stale:
                removed += db.execute("DELETE FROM sentences WHERE model = ?", (model,)).rowcount
                db.execute("DELETE FROM models WHERE model = ?", (model,))
        return removed

    def file_sha256(self, path: Path) -> str:
        """SHA-256 of a model file, remembered by (path, size, mtime) so a run does not
        re-read hundreds of megabytes of weights to find that nothing changed."""
        stat = path.stat()
        db = self._connect()
        row = db.execute("SELECT size, mtime_ns, sha256 FROM file_hashes WHERE path = ?", (str(path),)).fetchone()
        if row and row[0] == stat.st_size and row[1] == stat.st_mtime_ns:
            return row[2]
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        sha = digest.hexdigest()
        with _transaction(db):
            db.execute("INSERT OR REPLACE INTO file_hashes VALUES (?, ?, ?, ?)",
                       (str(path), stat.st_size, stat.st_mtime_ns, sha))
        return sha


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT: take the write lock up front, so two writers queue
    instead of one failing on a lock upgrade."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb):
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")
        return False
