"""What a generation was built from: one SQLite file inside the generation's directory.

    inputs(path, mtime_ns, size, sha256, pending)   every input file the generation holds
    input_articles(path, article_id, role, content_hash)
                                                   what each input became: role 'story' (the
                                                   input is the story's first copy) or 'reprint'
    journal(article_id, op, article, seq)          the last API write per article ('upsert' with
                                                   the Article JSON, or 'delete'); replayed onto a
                                                   freshly built generation so API writes survive
                                                   full rebuilds

Living inside the generation, the manifest switches with LIVE atomically. Before an index commit
the inputs it touches are marked `pending`, with the ids they are about to write added
(`intend`); after the commit their rows are replaced by what they now hold (`record`). A run killed
in between leaves pending rows: the next run re-processes those inputs and removes every id they
may have written, instead of trusting stale rows.

>>> m = Manifest.open(generation_dir)
>>> m.input("pages/001.txt")
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

FILENAME = "manifest.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS inputs (
    path TEXT PRIMARY KEY, mtime_ns INTEGER NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL,
    pending INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS input_articles (
    path TEXT NOT NULL, article_id TEXT NOT NULL, role TEXT NOT NULL, content_hash TEXT,
    PRIMARY KEY (path, article_id));
CREATE INDEX IF NOT EXISTS input_articles_by_article ON input_articles(article_id);
CREATE TABLE IF NOT EXISTS journal (
    article_id TEXT PRIMARY KEY, op TEXT NOT NULL, article TEXT, seq INTEGER NOT NULL);
"""


@dataclass(frozen=True)
class InputRecord:
    path: str
    mtime_ns: int
    size: int
    sha256: str
    pending: bool = False


@dataclass(frozen=True)
class InputOutcome:
    """What one input file became in this run: its stat/hash and the stories it contributed to."""

    record: InputRecord
    articles: tuple[tuple[str, str, str | None], ...]  # (article_id, role, content_hash)


class Manifest:
    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, generation_dir: str | Path) -> "Manifest":
        path = Path(generation_dir) / FILENAME
        conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")  # a row must not outlive a crash the index didn't
        conn.executescript(_SCHEMA)
        return cls(conn, path)

    def close(self) -> None:
        self.conn.close()

    # -- reads ------------------------------------------------------------------------------
    def inputs(self) -> dict[str, InputRecord]:
        rows = self.conn.execute("SELECT path, mtime_ns, size, sha256, pending FROM inputs")
        return {r[0]: InputRecord(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows}

    def has_inputs(self) -> bool:
        return self.conn.execute("SELECT 1 FROM inputs LIMIT 1").fetchone() is not None

    def input(self, path: str) -> InputRecord | None:
        r = self.conn.execute("SELECT path, mtime_ns, size, sha256, pending FROM inputs WHERE path=?",
                              (path,)).fetchone()
        return InputRecord(r[0], r[1], r[2], r[3], bool(r[4])) if r else None

    def articles_of(self, paths) -> dict[str, list[tuple[str, str]]]:
        out: dict[str, list[tuple[str, str]]] = {}
        for chunk in _chunks(list(paths)):
            q = f"SELECT path, article_id, role FROM input_articles WHERE path IN ({','.join('?' * len(chunk))})"
            for path, aid, role in self.conn.execute(q, chunk):
                out.setdefault(path, []).append((aid, role))
        return out

    def inputs_of(self, article_ids) -> set[str]:
        out: set[str] = set()
        for chunk in _chunks(list(article_ids)):
            q = f"SELECT path FROM input_articles WHERE article_id IN ({','.join('?' * len(chunk))})"
            out.update(r[0] for r in self.conn.execute(q, chunk))
        return out

    def stories(self) -> dict[str, str | None]:
        """article_id -> content_hash of every story some (settled) input is the first copy of."""
        rows = self.conn.execute("SELECT a.article_id, a.content_hash FROM input_articles a JOIN inputs i "
                                 "ON a.path = i.path WHERE a.role = 'story' AND i.pending = 0")
        return dict(rows.fetchall())

    def journal(self) -> list[tuple[str, str, str | None]]:
        """(article_id, op, article JSON) in the order they were written."""
        return self.conn.execute("SELECT article_id, op, article FROM journal ORDER BY seq").fetchall()

    def journal_rows(self) -> list[tuple[str, str, str | None, int]]:
        return self.conn.execute("SELECT article_id, op, article, seq FROM journal ORDER BY seq").fetchall()

    def expected_ids(self) -> set[str]:
        """The ids the generation must hold: every story from an input, plus API upserts, minus API deletes."""
        ids = set(self.stories())
        for aid, op, _ in self.journal():
            if op == "upsert":
                ids.add(aid)
            else:
                ids.discard(aid)
        return ids

    # -- writes (each call is one transaction) ----------------------------------------------
    def mark_pending(self, paths) -> None:
        with _tx(self.conn):
            self.conn.executemany("UPDATE inputs SET pending=1 WHERE path=?", [(p,) for p in paths])

    def intend(self, outcomes: list[InputOutcome]) -> None:
        """Before an index commit: these inputs are about to hold these stories (pending rows).

        If the run dies after the commit but before `record`, the next run sees the inputs as
        pending and knows every id they may have written, so none is left behind in the index
        even when the input changes or goes before that run."""
        with _tx(self.conn):
            for o in outcomes:
                r = o.record
                self.conn.execute("INSERT OR IGNORE INTO inputs VALUES (?,?,?,'',1)", (r.path, r.mtime_ns, r.size))
                self.conn.execute("UPDATE inputs SET pending=1 WHERE path=?", (r.path,))
                self.conn.executemany("INSERT OR IGNORE INTO input_articles VALUES (?,?,?,?)",
                                      [(r.path, aid, role, ch) for aid, role, ch in o.articles])

    def pending_ids(self) -> set[str]:
        rows = self.conn.execute("SELECT a.article_id FROM input_articles a JOIN inputs i ON a.path = i.path "
                                 "WHERE i.pending = 1")
        return {r[0] for r in rows}

    def record(self, outcomes: list[InputOutcome], removed_paths=(), clear_journal_for=()) -> None:
        """After an index commit: these inputs now hold these stories; these inputs are gone."""
        with _tx(self.conn):
            for o in outcomes:
                r = o.record
                self.conn.execute("INSERT OR REPLACE INTO inputs VALUES (?,?,?,?,0)",
                                  (r.path, r.mtime_ns, r.size, r.sha256))
                self.conn.execute("DELETE FROM input_articles WHERE path=?", (r.path,))
                self.conn.executemany("INSERT OR REPLACE INTO input_articles VALUES (?,?,?,?)",
                                      [(r.path, aid, role, ch) for aid, role, ch in o.articles])
            for path in removed_paths:
                self.conn.execute("DELETE FROM inputs WHERE path=?", (path,))
                self.conn.execute("DELETE FROM input_articles WHERE path=?", (path,))
            # a newer version of the story came from its input: the API's older write no longer rules
            self.conn.executemany("DELETE FROM journal WHERE article_id=?", [(a,) for a in clear_journal_for])

    def touch(self, records: list[InputRecord]) -> None:
        """Same content, new mtime (e.g. a re-download): remember it so the next run skips the hash."""
        with _tx(self.conn):
            self.conn.executemany("UPDATE inputs SET mtime_ns=?, size=? WHERE path=? AND pending=0",
                                  [(r.mtime_ns, r.size, r.path) for r in records])

    def journal_write(self, upserts: list[tuple[str, dict]], deletes: list[str]) -> None:
        with _tx(self.conn):
            append_journal(self.conn, upserts, deletes)

    def replace_journal(self, rows: list[tuple[str, str, str | None, int]]) -> None:
        with _tx(self.conn):
            self.conn.execute("DELETE FROM journal")
            self.conn.executemany("INSERT INTO journal VALUES (?,?,?,?)", rows)


class _tx:
    def __init__(self, conn):
        self.conn = conn

    def __enter__(self):
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, *_):
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")


def _chunks(items: list, n: int = 500):
    for i in range(0, len(items), n):
        yield items[i : i + n]


def append_journal(conn: sqlite3.Connection, upserts: list[tuple[str, dict]], deletes: list[str]) -> None:
    """Append API writes to a `journal` table (this manifest's copy or index/journal.py's), in order:
    each row gets the next `seq`; an id written again keeps only its newest row. Inside a transaction."""
    seq = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM journal").fetchone()[0]
    for aid, article in upserts:
        seq += 1
        conn.execute("INSERT OR REPLACE INTO journal VALUES (?,?,?,?)",
                     (aid, "upsert", json.dumps(article, ensure_ascii=False), seq))
    for aid in deletes:
        seq += 1
        conn.execute("INSERT OR REPLACE INTO journal VALUES (?,?,?,?)", (aid, "delete", None, seq))
