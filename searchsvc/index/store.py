"""Index generations on disk and the LIVE pointer that names the one being served.

    <index_dir>/LIVE                  text file: the live generation's name
    <index_dir>/generations/<name>/   a complete Whoosh index

A new generation is written beside the live one and published by atomically replacing LIVE,
so readers never see a half-built index.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index

from .schema import build_schema


class NoIndexError(RuntimeError):
    pass


class IndexStore:
    def __init__(self, index_dir: str | os.PathLike):
        self.root = Path(index_dir)
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

    def _storage(self, name: str) -> FileStorage:
        # supports_mmap=False: mmap copies segment files into memory per reader (+1 GB at 50k docs)
        return FileStorage(str(self.generations / name), supports_mmap=False)

    def open_live(self) -> tuple[str, Index]:
        name = self.live_generation()
        if name is None:
            raise NoIndexError(f"no index at {self.root}; run `searchsvc reindex --index {self.root}`")
        return name, self._storage(name).open_index()

    def create_generation(self) -> tuple[str, Index]:
        name = time.strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}-{time.monotonic_ns() % 1_000_000:06d}"
        path = self.generations / name
        path.mkdir(parents=True)
        return name, self._storage(name).create_index(build_schema())

    def publish(self, name: str) -> None:
        tmp = self.root / f".LIVE.{os.getpid()}.tmp"
        tmp.write_text(name + "\n")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, self.live_file)

    def prune(self, keep: int = 2, grace_seconds: float = 60.0) -> list[str]:
        """Remove old generations (never the live one), keeping the newest `keep`."""
        live = self.live_generation()
        if not self.generations.is_dir():
            return []
        gens = sorted(p for p in self.generations.iterdir() if p.is_dir())
        removed = []
        for p in gens[:-keep] if keep else gens:
            if p.name == live or time.time() - p.stat().st_mtime < grace_seconds:
                continue
            shutil.rmtree(p, ignore_errors=True)
            removed.append(p.name)
        return removed
