"""Index generations on disk and the LIVE pointer that names the one being served.

    <index_dir>/LIVE                          text file: the live generation's name
    <index_dir>/generations/<name>/           a complete index (the engine's files) + manifest.sqlite
                                              (manifest.py; created with the generation, empty)
    <index_dir>/generations/<name>/RETIRED    written when LIVE moved away from it (unix time)
    <index_dir>/generations/<name>/CHECKSUMS  size + SHA-256 of each index file (integrity.py)
    <index_dir>/journal.sqlite                the API journal, outside any generation (journal.py)
    <index_dir>/reindex.lock, write.lock      see locks.py

A new generation is written beside the live one and published by atomically replacing LIVE,
so readers never see a half-built index. A generation that is neither live nor retired was never
published: a build that died; `collect_garbage` removes it (only the reindex lock holder calls it).

Readers serve the live generation while its files match their checksums (checked when opened and
every CHECK_TTL_S); a damaged live generation is reported (`serving()`, /health, the log) and the
newest intact retired generation is served instead. With none, NoIndexError says why (HTTP 503).
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from ..engines import Engine, get_engine
from ..engines.base import Index
from ..facets import FacetRegistry, default_facets
from . import integrity
from .integrity import GenerationCheck
from .journal import FILENAME as JOURNAL_FILE
from .journal import ApiJournal
from ..languages import LanguageRegistry
from .locks import IndexLock
from .manifest import Manifest
from .schema import build_schema

log = logging.getLogger("searchsvc.index")

RETIRED = "RETIRED"
CHECK_TTL_S = 5.0  # how stale a reader's last look at a generation's files may be


class NoIndexError(RuntimeError):
    pass


class IndexDamaged(NoIndexError):
    """The generation's files are not what was written (see integrity.py); the message says which."""


@dataclass
class Serving:
    """Which generation readers use now. `live_check` is set when LIVE is not intact (damage)."""

    name: str | None
    live: str | None
    live_check: GenerationCheck | None = None

    @property
    def degraded(self) -> bool:
        return self.live_check is not None


class IndexStore:
    """`facets`: the facets whose keyword fields new generations carry (default_facets())."""

    def __init__(self, index_dir: str | os.PathLike, engine: Engine | None = None,
                 facets: FacetRegistry | None = None):
        self.root = Path(index_dir)
        self.engine = engine or get_engine()
        self.facets = facets if facets is not None else default_facets()
        self.generations = self.root / "generations"
        self.live_file = self.root / "LIVE"
        self._checks: dict[str, tuple[float, object]] = {}  # generation (or journal) -> (when, last check)
        self._checks_lock = threading.Lock()
        self._reported: set[tuple[str, str]] = set()  # damage already logged (once, not per request)

    def live_generation(self) -> str | None:
        """The name LIVE holds when that generation's folder exists, else None. Read on every
        search, with os calls on the path (~7 us; Path.read_text and is_dir took ~30)."""
        try:
            fd = os.open(self.live_file, os.O_RDONLY)
        except FileNotFoundError:
            return None
        try:
            name = os.read(fd, 4096).decode().strip()
        finally:
            os.close(fd)
        return name if name and os.path.isdir(os.path.join(self.generations, name)) else None

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

    def create_generation(self, languages: LanguageRegistry | None = None) -> tuple[str, Index]:
        """A new, empty generation with the schema for `languages` (default: default_languages())
        and an empty manifest: every generation has one from birth, whoever writes it (the batch
        job fills it; write_generation's callers - benches, tests - leave it without inputs, and a
        manifest without inputs sends the next reindex to a full rebuild)."""
        name = time.strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}-{time.monotonic_ns() % 1_000_000:06d}"
        path = self.generations / name
        path.mkdir(parents=True)
        try:
            index = self.engine.create(path, build_schema(languages, self.facets))
            Manifest.open(path).close()
            return name, index
        except BaseException:
            shutil.rmtree(path, ignore_errors=True)  # a full disk must not leave an empty generation
            raise

    # -- integrity --------------------------------------------------------------------------
    def record_checksums(self, name: str) -> None:
        """Write CHECKSUMS of `name` (at publish, after each in-place commit; under write.lock)."""
        path = self.path(name)
        integrity.record_checksums(path, self.engine.newest_commit(path), self.engine.scratch_files)

    def check(self, name: str, full: bool = False, manifest: bool = True) -> GenerationCheck:
        """Check `name` now: its files against CHECKSUMS (quick, or every file hashed), its
        manifest with SQLite's page check, and that the engine can open and read it."""
        path = self.path(name)
        for _ in range(3):  # a commit that lands while we look is retried, not reported as damage
            before = self.engine.newest_commit(path)
            result = integrity.check_generation(path, name, before, full=full, scratch=self.engine.scratch_files,
                                                manifest=manifest)
            if self.engine.newest_commit(path) == before:
                break
        if result.servable:
            try:
                with self.open(name) as index, index.reader() as reader:  # opens every segment file
                    reader.doc_count()
            except Exception as exc:  # noqa: BLE001 - whatever the engine raises on a broken index
                result.index.append(f"the index cannot be opened: {type(exc).__name__}: {exc}"[:500])
        return result

    def checked(self, name: str) -> GenerationCheck:
        """A quick check of `name` at most CHECK_TTL_S old (readers call this per request)."""
        now = time.monotonic()
        with self._checks_lock:
            cached = self._checks.get(name)
        if cached and now - cached[0] < CHECK_TTL_S:
            return cached[1]
        result = self.check(name)
        with self._checks_lock:
            self._checks[name] = (now, result)
        for problem in result.problems():
            if (name, problem) not in self._reported:
                self._reported.add((name, problem))
                log.error("generation %s of %s is damaged: %s", name, self.root, problem)
        return result

    def journal_problems(self) -> list[str]:
        """What is wrong with the API journal ([] when intact or absent), at most CHECK_TTL_S old."""
        now = time.monotonic()
        with self._checks_lock:
            cached = self._checks.get(JOURNAL_FILE)
        if cached and now - cached[0] < CHECK_TTL_S:
            return cached[1]
        problems = ApiJournal.check(self.root)
        with self._checks_lock:
            self._checks[JOURNAL_FILE] = (now, problems)
        for problem in problems:
            if (JOURNAL_FILE, problem) not in self._reported:
                self._reported.add((JOURNAL_FILE, problem))
                log.error("%s: %s", self.root, problem)
        return problems

    def serving(self) -> Serving:
        """The generation to read from: LIVE while its index files are intact, else the newest
        intact retired generation (older content, but answers), else none."""
        live = self.live_generation()
        if live is None:
            return Serving(None, None)
        check = self.checked(live)
        if check.intact:
            return Serving(live, live)
        if check.servable:  # only the manifest is damaged: searches are fine, writes are refused
            return Serving(live, live, check)
        for _, name in sorted(((self.retired_at(p.name) or 0, p.name) for p in self.generations.iterdir()
                               if p.is_dir() and p.name != live and self.retired_at(p.name) is not None),
                              reverse=True):
            if self.checked(name).servable:
                if (name, "fallback") not in self._reported:
                    self._reported.add((name, "fallback"))
                    log.error("serving generation %s instead of the damaged live generation %s", name, live)
                return Serving(name, live, check)
        return Serving(None, live, check)

    def verify(self) -> dict:
        """Every generation hashed in full, every manifest and the API journal page-checked.

        exit_code: 0 all intact; 1 only generations that are not live are damaged (nothing served
        depends on them); 3 the live generation or the API journal is damaged, or there is no index."""
        live = self.live_generation()
        report: dict = {"index_dir": str(self.root), "live": live, "generations": []}
        names = sorted(p.name for p in self.generations.iterdir() if p.is_dir()) if self.generations.is_dir() else []
        for name in names:
            check = self.check(name, full=True)
            role = "live" if name == live else ("retired" if self.retired_at(name) is not None else "unpublished")
            report["generations"].append({**check.to_dict(), "role": role})
        journal_problems = ApiJournal.check(self.root)
        entries = 0
        if not journal_problems and ApiJournal.exists(self.root):
            with ApiJournal.open(self.root) as journal:
                entries = len(journal.rows())
        report["api_journal"] = {"path": str(self.root / JOURNAL_FILE), "intact": not journal_problems,
                                 "problems": journal_problems, "entries": entries}
        live_ok = live is not None and all(g["intact"] for g in report["generations"] if g["role"] == "live")
        others_ok = all(g["intact"] for g in report["generations"])
        report["exit_code"] = 3 if not live_ok or journal_problems else (0 if others_ok else 1)
        if live is None:
            report["error"] = f"no live generation at {self.root}"
        return report

    def open_serving(self) -> tuple[str, Index]:
        serving = self.serving()
        if serving.name is None:
            if serving.live_check is not None:
                raise IndexDamaged(f"the live generation {serving.live} of {self.root} is damaged ("
                                   + "; ".join(serving.live_check.index[:3]) + ") and no earlier generation "
                                   "is intact; run `searchsvc reindex --full`")
            raise NoIndexError(f"no index at {self.root}; run `searchsvc reindex --index {self.root}`")
        return serving.name, self.open(serving.name)

    # -- locks ------------------------------------------------------------------------------
    def reindex_lock(self) -> IndexLock:
        """Held for a whole batch run: one reindex at a time."""
        return IndexLock(self.root / "reindex.lock", "reindex")

    def write_lock(self) -> IndexLock:
        """Held briefly around each write to the live generation and around the switch of LIVE."""
        return IndexLock(self.root / "write.lock", "index write")

    # -- switching and cleaning up ----------------------------------------------------------
    def publish(self, name: str) -> None:
        """Record the checksums of `name`, make it live (atomic rename of LIVE) and mark the one it
        replaces as retired."""
        self.record_checksums(name)
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
