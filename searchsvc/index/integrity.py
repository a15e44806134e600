"""What a generation's files must hold, recorded when they are written and checked when they are read.

    <generation>/CHECKSUMS   JSON {"commit": the engine's newest commit file when recorded,
                                   "files": {name: {"size", "mtime_ns", "sha256"}}}

Recorded by IndexStore.publish (a full build, after the API journal was replayed onto it) and
after every in-place commit (index/updates.py), under write.lock, as CHECKSUMS.tmp + fsync +
rename. Every regular file of the generation directory is listed except those that change in
place by design: manifest.sqlite (+ -wal/-shm; SQLite checks its own pages with PRAGMA
quick_check), RETIRED, CHECKSUMS and the engine's lock and scratch files. Index files never
change once written (a commit adds files and a new commit file), so a name recorded once keeps
its first record: re-recording after a commit cannot bless a file damaged in between.

Two depths of checking:

    quick  every listed file exists with its size; a file whose mtime differs from the record is
           hashed (writing through the filesystem - random bytes, a partial copy - moves mtime).
           Cheap: run when a reader opens a generation and every few seconds by the server.
    full   every listed file hashed, whatever its mtime (bit rot the filesystem never saw):
           `searchsvc verify`.

A commit that happened after the record (its files not listed yet, files of merged segments
gone) is "not recorded yet", not damage: the writer is between its commit and its record, or
its record failed (a full disk); the next commit records it. Callers confirm a failed quick
check under a shared write.lock (no writer mid-commit) before they call a generation damaged.
"""

from __future__ import annotations

import errno
import fnmatch
import hashlib
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

CHECKSUMS = "CHECKSUMS"
MANIFEST_FILES = ("manifest.sqlite", "manifest.sqlite-wal", "manifest.sqlite-shm", "manifest.sqlite-journal")
STORE_FILES = (CHECKSUMS, CHECKSUMS + ".tmp", "RETIRED")


@dataclass
class GenerationCheck:
    """What a check of one generation found. `index` problems make it unservable; `manifest`
    problems leave it searchable but refuse writes and incremental runs (a full rebuild repairs)."""

    name: str
    index: list[str] = field(default_factory=list)
    manifest: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # not damage: no record yet, a commit not recorded yet
    files: int = 0  # listed files checked
    hashed: int = 0  # of those, hashed

    @property
    def servable(self) -> bool:
        return not self.index

    @property
    def intact(self) -> bool:
        return not self.index and not self.manifest

    def problems(self) -> list[str]:
        return self.index + self.manifest

    def to_dict(self) -> dict:
        return {"generation": self.name, "intact": self.intact, "servable": self.servable,
                "index_problems": self.index, "manifest_problems": self.manifest, "notes": self.notes,
                "files_checked": self.files, "files_hashed": self.hashed}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _index_files(directory: Path, scratch: tuple[str, ...]) -> dict[str, os.stat_result]:
    out = {}
    for entry in os.scandir(directory):
        name = entry.name
        if name in STORE_FILES or name in MANIFEST_FILES or any(fnmatch.fnmatch(name, p) for p in scratch):
            continue
        if entry.is_file(follow_symlinks=False):
            out[name] = entry.stat(follow_symlinks=False)
    return out


def read_checksums(directory: Path) -> dict | None:
    """The record, None when there is none; ValueError when it is unreadable (damage)."""
    try:
        raw = (directory / CHECKSUMS).read_bytes()
    except FileNotFoundError:
        return None
    data = json.loads(raw)  # ValueError on garbage
    if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
        raise ValueError("not a checksum record")
    return data


def record_checksums(directory: Path, commit: str | None, scratch: tuple[str, ...] = ()) -> dict:
    """Write CHECKSUMS for the files now in `directory` (atomic). Names already recorded keep their
    record; new names are hashed."""
    directory = Path(directory)
    try:
        previous = (read_checksums(directory) or {}).get("files", {})
    except ValueError:
        previous = {}  # an unreadable record: rebuilt from what is there (a full rebuild follows damage)
    files = {}
    for name, st in sorted(_index_files(directory, scratch).items()):
        old = previous.get(name)
        files[name] = old if old else {"size": st.st_size, "mtime_ns": st.st_mtime_ns,
                                       "sha256": sha256_of(directory / name)}
    data = {"commit": commit, "files": files}
    tmp = directory / (CHECKSUMS + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=0)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, directory / CHECKSUMS)
    return data


def check_generation(directory: Path, name: str, newest_commit: str | None, *, full: bool = False,
                     scratch: tuple[str, ...] = (), manifest: bool = True) -> GenerationCheck:
    """Compare the files of a generation with its CHECKSUMS (see the module docstring for depths).

    `newest_commit`: the engine's newest commit file now in the directory (None: none at all)."""
    directory = Path(directory)
    result = GenerationCheck(name)
    if not directory.is_dir():
        result.index.append(f"generation directory {directory} is missing")
        return result
    if manifest:
        result.manifest += check_sqlite(directory / MANIFEST_FILES[0], "manifest")
    if newest_commit is None:
        result.index.append("no commit file: the engine's table of contents is missing")
    try:
        record = read_checksums(directory)
    except (ValueError, UnicodeDecodeError) as exc:
        result.index.append(f"{CHECKSUMS} is unreadable ({exc})")
        return result
    if record is None:
        result.notes.append(f"no {CHECKSUMS} (written before checksums existed): files not verified; "
                            "the next commit or `reindex --full` records them")
        return result
    on_disk = _index_files(directory, scratch)
    recorded_commit = record.get("commit")
    later_commit = newest_commit is not None and recorded_commit != newest_commit
    if later_commit:
        result.notes.append(f"commit {newest_commit} is not recorded yet (recorded: {recorded_commit})")
    for fname, want in record["files"].items():
        st = on_disk.get(fname)
        if st is None:
            if not later_commit:  # a later commit may have merged that segment away
                result.index.append(f"{fname} is missing")
            continue
        result.files += 1
        if st.st_size != want.get("size"):
            result.index.append(f"{fname} is {st.st_size} bytes, {want.get('size')} were written")
            continue
        if full or st.st_mtime_ns != want.get("mtime_ns"):
            result.hashed += 1
            try:
                actual = sha256_of(directory / fname)
            except OSError as exc:
                result.index.append(f"{fname} cannot be read: {exc.strerror or exc}")
                continue
            if actual != want.get("sha256"):
                result.index.append(f"{fname} does not hold what was written (SHA-256 differs)")
    if not later_commit:
        unlisted = sorted(set(on_disk) - set(record["files"]))
        if unlisted:
            result.notes.append(f"not recorded (a commit in progress?): {', '.join(unlisted[:5])}")
    return result


def check_sqlite(path: Path, what: str) -> list[str]:
    """SQLite's own page check (PRAGMA quick_check), read-only. [] when intact."""
    if not path.exists():
        return [f"{what} {path.name} is missing"]
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if disk_full(path, exc) is not None:
            return []  # a read-only open of a WAL database needs room for its -shm: a full disk, not damage
        return [f"{what} {path.name} is damaged: {exc}"]
    if rows != ["ok"]:
        return [f"{what} {path.name} is damaged: {'; '.join(rows[:3])}"]
    return []


LOW_SPACE_BYTES = 1 << 20


def disk_full(path: Path, exc: Exception) -> OSError | None:
    """ENOSPC in the words of every other failure when a SQLite error is a full disk in disguise
    (opening a WAL database creates -wal/-shm files: "disk I/O error"; writing: "database or disk
    is full"), else None."""
    message = str(exc)
    if "full" in message or ("disk I/O error" in message and _free_bytes(path) < LOW_SPACE_BYTES):
        return OSError(errno.ENOSPC, f"{os.strerror(errno.ENOSPC)} (SQLite on {path.name}: {message})")
    return None


def _free_bytes(path: Path) -> int:
    try:
        return shutil.disk_usage(path.parent).free
    except OSError:
        return LOW_SPACE_BYTES
