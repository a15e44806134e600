"""The API journal: the last write over HTTP per article, kept beside the generations.

    <index_dir>/journal.sqlite   journal(article_id PRIMARY KEY, op 'upsert'|'delete', article JSON, seq)

An article posted over HTTP exists in no source file, so this journal is its only durable copy
apart from the index. It lives outside generations/: a damaged or removed generation cannot take
it along, and `reindex --full` rebuilds sources + journal whatever state the live generation is
in. Each generation's manifest keeps a copy too (what that generation holds); either copy can
repair the other. Written before the index commit (an acknowledged write is always in it; a
commit that fails takes its rows back out), under write.lock.

>>> ApiJournal.open(index_dir).entries()
[('0f2d6ade10f26e1b', 'upsert', '{"id": ...}')]
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from .integrity import check_sqlite
from .manifest import FILENAME as MANIFEST_FILE
from .manifest import Manifest, _tx, append_journal

FILENAME = "journal.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS journal (
    article_id TEXT PRIMARY KEY, op TEXT NOT NULL, article TEXT, seq INTEGER NOT NULL);
"""

Row = tuple[str, str, "str | None", int]


class JournalLost(RuntimeError):
    """Neither copy of the API journal can be read: a rebuild would drop the API's articles."""


class ApiJournal:
    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn, self.path = conn, path

    @classmethod
    def exists(cls, index_dir: str | Path) -> bool:
        return (Path(index_dir) / FILENAME).exists()

    @classmethod
    def open(cls, index_dir: str | Path) -> "ApiJournal":
        path = Path(index_dir) / FILENAME
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")  # acknowledged means on disk
            conn.executescript(_SCHEMA)
        except BaseException:
            conn.close()
            raise
        return cls(conn, path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "ApiJournal":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @staticmethod
    def check(index_dir: str | Path) -> list[str]:
        """[] when the journal is intact or absent (no API write yet), else what is wrong."""
        path = Path(index_dir) / FILENAME
        return check_sqlite(path, "API journal") if path.exists() else []

    def entries(self) -> list[tuple[str, str, str | None]]:
        """(article_id, op, article JSON) in the order they were written."""
        return self.conn.execute("SELECT article_id, op, article FROM journal ORDER BY seq").fetchall()

    def rows(self) -> list[Row]:
        return self.conn.execute("SELECT article_id, op, article, seq FROM journal ORDER BY seq").fetchall()

    def write(self, upserts: list[tuple[str, dict]], deletes: list[str]) -> list[Row | tuple[str]]:
        """Record the writes; returns what they replaced (for `undo`)."""
        ids = [aid for aid, _ in upserts] + list(deletes)
        with _tx(self.conn):
            before = {r[0]: r for r in self._rows_of(ids)}
            append_journal(self.conn, upserts, deletes)
        return [before.get(aid, (aid,)) for aid in ids]

    def undo(self, replaced: list) -> None:
        """Put back what `write` replaced: the index commit it announced failed."""
        with _tx(self.conn):
            for row in replaced:
                if len(row) == 1:
                    self.conn.execute("DELETE FROM journal WHERE article_id=?", row)
                else:
                    self.conn.execute("INSERT OR REPLACE INTO journal VALUES (?,?,?,?)", row)

    def forget(self, article_ids) -> None:
        """A newer version of these stories came from their input files: the API's older write no longer rules."""
        with _tx(self.conn):
            self.conn.executemany("DELETE FROM journal WHERE article_id=?", [(a,) for a in article_ids])

    def adopt(self, rows: list[Row]) -> None:
        """Take the rows of another copy (a generation's manifest) for the articles missing here:
        how an index written before this file existed gets its journal."""
        with _tx(self.conn):
            self.conn.executemany("INSERT OR IGNORE INTO journal VALUES (?,?,?,?)", rows)

    def _rows_of(self, ids: list[str]) -> list[Row]:
        out = []
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            out += self.conn.execute(f"SELECT article_id, op, article, seq FROM journal WHERE article_id IN "
                                     f"({','.join('?' * len(chunk))})", chunk).fetchall()
        return out



def rows_for_rebuild(index_dir: str | Path, live_dir: str | Path | None) -> tuple[list[Row], list[str]]:
    """The API writes a full rebuild must carry over, and what was wrong on the way (notes).

    Both copies are read: journal.sqlite and the live generation's manifest (an article whose
    copies differ takes journal.sqlite's row). A damaged journal.sqlite is set aside
    (journal.sqlite.damaged-<time>) and written again from the manifest's copy; a damaged
    manifest needs nothing (the new generation gets a fresh one). Raises JournalLost when
    journal.sqlite is damaged and the manifest's copy cannot be read either. Under write.lock."""
    index_dir = Path(index_dir)
    notes: list[str] = []
    problems = ApiJournal.check(index_dir)
    primary: list[Row] | None = None
    if problems:
        notes += problems
    elif ApiJournal.exists(index_dir):
        with ApiJournal.open(index_dir) as journal:
            primary = journal.rows()
    copy: list[Row] | None = None
    manifest_path = Path(live_dir) / MANIFEST_FILE if live_dir else None
    if manifest_path is not None and manifest_path.exists():
        damaged = check_sqlite(manifest_path, "manifest of the live generation")
        if damaged:
            notes += damaged
        else:
            manifest = Manifest.open(manifest_path.parent)
            try:
                copy = manifest.journal_rows()
            finally:
                manifest.close()
    if problems and copy is None:
        raise JournalLost("the API journal is damaged (" + "; ".join(problems) + ") and the live generation's "
                          "copy cannot be read: a rebuild would drop the articles written over HTTP. Restore "
                          f"{index_dir / FILENAME} from a backup (docs/reliability.md)")
    merged = {row[0]: row for row in copy or ()}
    merged.update({row[0]: row for row in primary or ()})
    rows = sorted(merged.values(), key=lambda r: r[3])
    if problems:
        aside = index_dir / f"{FILENAME}.damaged-{time.strftime('%Y%m%dT%H%M%S')}"
        os.replace(index_dir / FILENAME, aside)
        for suffix in ("-wal", "-shm"):
            if (index_dir / (FILENAME + suffix)).exists():
                os.replace(index_dir / (FILENAME + suffix), Path(str(aside) + suffix))
        notes.append(f"{FILENAME} written again from the live generation's copy ({len(rows)} entries); "
                     f"the damaged file is kept as {aside.name}")
    if rows and (problems or primary is None):
        with ApiJournal.open(index_dir) as journal:
            journal.adopt(rows)
    return rows, notes
