"""Index generations on disk and the LIVE pointer that names the one being served.

    <index_dir>/LIVE                          text file: the live generation's name
    <index_dir>/generations/<name>/           a complete index (the engine's files) + manifest.sqlite
    <index_dir>/generations/<name>/RETIRED    written when LIVE moved away from it (unix time)
    <index_dir>/reindex.lock, write.lock      see locks.py

A new generation is written beside the live one and published by atomically replacing LIVE,
so readers never see a half-built index. A generation that is neither live nor retired was never
published: a build that died; `collect_garbage` removes it (only the reindex lock holder calls it).
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from ..engines import Engine, get_engine
from ..engines.base import Index
from .locks import IndexLock
from .schema import build_schema

RETIRED = "RETIRED"


class NoIndexError(RuntimeError):
    pass


class IndexStore:
    def __init__(self, index_dir: str | os.PathLike, engine: Engine | None = None):
        self.root = Path(index_dir)
        self.engine = engine or get_engine()
        self.generations = self.root / "generations"
        self.live_file = self.root / "LIVE"

    def live_generation(self) -> str | None:
        try:
            name = self.live_file.read_text().strip()
        except FileNotFoundError:
            return None
        return name if name and (self.generations / name).is_dir() else None

    def exists(self) -> bool:
        return self.live_generation() is not None

    def path(self, name: str) -> Path:
        return self.generations / name

    def open(self, name: str) -> Index:
        return self.engine.open(self.generations / name)

    def open_live(self) -> tuple[str, Index]:
        name = self.live_generation()
        if name is None:
            raise NoIndexError(f"no index at {self.root}; run `searchsvc reindex --index {self.root}`")
        return name, self.open(name)

    def create_generation(self) -> tuple[str, Index]:
        name = time.strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}-{time.monotonic_ns() % 1_000_000:06d}"
        path = self.generations / name
        path.mkdir(parents=True)
        return name, self.engine.create(path, build_schema())

    # -- locks ------------------------------------------------------------------------------
    def reindex_lock(self) -> IndexLock:
        """Held for a whole batch run: one reindex at a time."""
        return IndexLock(self.root / "reindex.lock", "reindex")

    def write_lock(self) -> IndexLock:
        """Held briefly around each write to the live generation and around the switch of LIVE."""
        return IndexLock(self.root / "write.lock", "index write")

    # -- switching and cleaning up ----------------------------------------------------------
    def publish(self, name: str) -> None:
        """Make `name` live (atomic rename of LIVE) and mark the one it replaces as retired."""
        previous = self.live_generation()
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.root / f".LIVE.{os.getpid()}.tmp"
        tmp.write_text(name + "\n")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, self.live_file)
        _fsync_dir(self.root)
        if previous and previous != name:
            (self.generations / previous / RETIRED).write_text(f"{time.time():.3f}\n")

    def retired_at(self, name: str) -> float | None:
        try:
            return float((self.generations / name / RETIRED).read_text())
        except (FileNotFoundError, ValueError):
            return None

    def prune(self, grace_seconds: float = 600.0, keep_previous: int = 1) -> list[str]:
        """Remove retired generations older than the grace period, keeping the newest `keep_previous`.

        The grace period covers a process that read LIVE just before the switch and has not opened
        that generation yet; readers that already opened it keep working after removal where the
        engine has Features.readers_survive_removal (Whoosh: open files stay readable on Linux).
        """
        live = self.live_generation()
        if not self.generations.is_dir():
            return []
        retired = sorted(((self.retired_at(p.name), p) for p in self.generations.iterdir()
                          if p.is_dir() and p.name != live and self.retired_at(p.name) is not None),
                         reverse=True)
        removed = []
        for at, p in retired[keep_previous:]:
            if time.time() - at >= grace_seconds:
                shutil.rmtree(p, ignore_errors=True)
                removed.append(p.name)
        return removed

    def collect_garbage(self) -> list[str]:
        """Remove generations that were never published (a build killed before its switch).

        Only the holder of the reindex lock may call this: nobody else builds generations.
        """
        live = self.live_generation()
        if not self.generations.is_dir() or live is None:
            return []  # no LIVE at all (lost by hand?): never guess which generation was the served one
        removed = []
        for p in self.generations.iterdir():
            if p.is_dir() and p.name != live and self.retired_at(p.name) is None:
                shutil.rmtree(p, ignore_errors=True)
                removed.append(p.name)
        for tmp in self.root.glob(".LIVE.*.tmp"):
            tmp.unlink(missing_ok=True)
        return removed


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
