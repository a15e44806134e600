"""The Whoosh engine: a generation is one Whoosh FileStorage directory.

    <path>/_MAIN_*.toc, *.seg ...   Whoosh's own files (segments; the schema is pickled in the
                                    TOC, analyzers included: analysis.py's class paths); a
                                    segment the bulk writer wrote also holds a .pta part, its
                                    frequent terms' postings as arrays (postings_arrays.py),
                                    which Whoosh ignores and reader.py prefers to the blocks
    <path>/MAIN_WRITELOCK           Whoosh's writer lock while Index.apply writes
    <path>/MAIN.tmp/                a commit in progress: its bulk-writer or sorting-pool runs, the
                                    forked writers' document batches, the column files being
                                    assembled (removed by commit/cancel)

A commit writes new segment files and then a new TOC, so a crash leaves the previous TOC (and
every reader's view) intact; orphaned segment files are removed by the next commit. A commit
that fails (a full disk) is cancelled: MAIN.tmp removed, the writer lock released.

Builds (bulk_writer) write segments with bulkwrite.BulkSegmentWriter (in forked writers too),
Index.apply with Whoosh's SegmentWriter. On first use the engine checks the installed Whoosh
(compat.check), installs its write-path patches (fastwrite.install) and file names drawn from
the OS (names.install: with the `random` module reseeded, a commit reused a live segment's name
and failed), and probes the internals reader.py and bulkwrite.py use on a small throwaway index;
any difference raises EngineMismatch.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import threading
from datetime import datetime
from pathlib import Path

from whoosh import fields as wf
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC, EmptyIndexError, clean_files
from whoosh.util.filelock import try_for
from whoosh.writing import SegmentWriter

from ..base import (Applied, Engine, EngineError, EngineMismatch, Features, Field, Index, Schema, TextAnalysis, Writer,
                    WriterBusy)
from . import compat, fastwrite, names
from .analysis import whoosh_analyzer
from .bulkwrite import BulkMpWriter, BulkSegmentWriter
from .reader import WhooshReader

# From this many documents up, a build may use forked sub-writers (whoosh MpWriter). Below it the
# forks and the extra segments cost more than they save.
PARALLEL_MIN_DOCS = 2000
MAX_WRITER_PROCS = 4
# Memory a bulk writer buffers postings in (bulkwrite.POSTING_BYTES each, ~370 a trilingual
# article) before it sorts them into a temporary run file; the runs are merged at commit.
WRITER_LIMIT_MB = 512
FORKED_WRITER_LIMIT_MB = 256  # each of `procs` forked writers
TOC_FILE = re.compile(r"^_MAIN_(\d+)\.toc$")  # one table of contents per commit, numbered


def writer_procs(n_docs: int) -> int:
    """Forked writers only on cores that are idle now: on the shared 2-core box (load 2-4) two
    writers were 0.6-0.9x of one (docs/benchmarks.md); on idle cores they add throughput."""
    if n_docs < PARALLEL_MIN_DOCS:
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    idle = cores - os.getloadavg()[0]
    return max(1, min(MAX_WRITER_PROCS, cores, int(idle)))


def whoosh_field(f: Field):
    if f.kind == "id":
        return wf.ID(stored=f.stored, unique=f.unique, sortable=f.sortable)
    if f.kind == "keyword":
        return wf.KEYWORD(stored=f.stored, commas=f.commas, lowercase=f.lowercase, scorable=f.scorable,
                          sortable=f.sortable, field_boost=f.boost)
    if f.kind == "text":
        return wf.TEXT(analyzer=whoosh_analyzer(f.analysis), stored=f.stored, phrase=f.phrase,
                       field_boost=f.boost, sortable=f.sortable)
    if f.kind == "stored":
        return wf.STORED()
    if f.kind == "datetime":
        return wf.DATETIME(stored=f.stored, sortable=f.sortable)
    if f.kind == "numeric":
        return wf.NUMERIC(stored=f.stored, sortable=f.sortable)
    raise ValueError(f"no Whoosh field for kind {f.kind!r}")


def whoosh_schema(schema: Schema) -> wf.Schema:
    return wf.Schema(**{f.name: whoosh_field(f) for f in schema})


class WhooshWriter(Writer):
    def __init__(self, writer):
        self._writer = writer

    def add(self, doc: dict) -> None:
        self._writer.add_document(**doc)

    def commit(self) -> None:
        _commit(self._writer)

    def cancel(self) -> None:
        self._writer.cancel()


def _commit(writer) -> None:
    """Commit, or cancel a commit that failed (a full disk: ENOSPC)."""
    try:
        writer.commit()
    except BaseException:
        _cancel(writer)
        raise


def _cancel(writer) -> None:
    """Cancel so that no MAIN.tmp is left and Whoosh's writer lock is released (every later
    writer would time out on it otherwise), even when cancel() itself fails half way: closing
    the segment's files on a full disk raises ENOSPC again before cancel reaches its clean-up."""
    try:
        writer.cancel()
    except Exception:  # noqa: BLE001 - the clean-up below is what matters
        shutil.rmtree(os.path.join(writer.storage.folder, f"{writer.indexname}.tmp"), ignore_errors=True)
        if writer.writelock and not writer.is_closed:
            writer.writelock.release()
            writer.is_closed = True


class WhooshIndex(Index):
    def __init__(self, index, path: Path):
        self.whoosh = index  # the whoosh.index.Index: for this engine's own tests
        self.path = path
        self._key = next(name for name, f in index.schema.items() if getattr(f, "unique", False))

    def reader(self) -> WhooshReader:
        return WhooshReader(self.whoosh.searcher())

    def bulk_writer(self, expected_docs: int, procs: int | None = None) -> WhooshWriter:
        if procs is None:
            procs = writer_procs(expected_docs)
        if not BulkSegmentWriter.supports(self.whoosh.schema):
            raise EngineError("the whoosh engine's bulk writer does not write term vectors or spelling fields")
        if procs > 1:
            # Each forked sub-writer writes its own segment (multisegment: no final merge); the schema,
            # analyzers included, is unpickled from the index in the child, so stemmers are module-level.
            return WhooshWriter(BulkMpWriter(self.whoosh, procs=procs, limitmb=FORKED_WRITER_LIMIT_MB))
        return WhooshWriter(BulkSegmentWriter(self.whoosh, limitmb=WRITER_LIMIT_MB))

    def apply(self, upserts=(), deletes=(), timeout: float = 10.0) -> Applied:
        writer = self._writer(timeout)
        result = Applied([], [], [])
        try:
            for key in deletes:
                (result.deleted if writer.delete_by_term(self._key, key) else result.not_found).append(key)
            for doc in upserts:
                writer.update_document(**doc)
                result.upserted.append(doc[self._key])
        except BaseException:
            self._cancel(writer)
            raise
        try:
            writer.commit()
        except BaseException:
            self._cancel(writer)
            raise
        return result

    def _cancel(self, writer) -> None:
        """Cancel a failed in-place write and delete the files of its unfinished segment: on a
        full disk they would otherwise take the space the next attempt needs (Whoosh removes
        them only at its next successful commit)."""
        _cancel(writer)
        lock = self.whoosh.lock("WRITELOCK")
        if lock.acquire():  # nobody else writing: what no table of contents names is garbage
            try:
                toc = TOC.read(self.whoosh.storage, self.whoosh.indexname)
                clean_files(self.whoosh.storage, self.whoosh.indexname, toc.generation, toc.segments)
            finally:
                lock.release()

    def _writer(self, timeout: float) -> SegmentWriter:
        """Whoosh's writer, started so that a failure while it starts leaves nothing held.

        index.writer() takes the write lock inside SegmentWriter.__init__ and then creates MAIN.tmp
        and the new segment's files; when one of those fails (a full disk), the half-built writer
        is unreachable and its lock's raw file descriptor stays open: this process would hold the
        lock until it exits. So the lock is taken here and handed to a writer told not to take it
        (_lk=False, as Whoosh's own forked sub-writers are)."""
        lock = self.whoosh.lock("WRITELOCK")
        if not try_for(lock.acquire, timeout=timeout, delay=0.1):
            raise WriterBusy(f"Whoosh write lock of {self.path.name} not free within {timeout:.0f} s")
        try:
            writer = SegmentWriter(self.whoosh, _lk=False)
        except BaseException:
            shutil.rmtree(self.path / f"{self.whoosh.indexname}.tmp", ignore_errors=True)
            lock.release()
            raise
        writer.writelock = lock  # released by its commit or cancel (_finish)
        return writer

    def field_names(self) -> set[str]:
        return set(self.whoosh.schema.names())

    def close(self) -> None:
        self.whoosh.close()


class WhooshEngine(Engine):
    name = "whoosh"
    features = Features(forked_writers=True, readers_survive_removal=True, reference_matcher=True,
                        in_place_segments=True)
    scratch_files = ("MAIN_WRITELOCK", "*.tmp")
    _checked = False
    _lock = threading.Lock()

    def check(self) -> None:
        cls = type(self)
        if cls._checked:
            return
        with cls._lock:
            if not cls._checked:
                compat.check()
                fastwrite.install()
                names.install()  # before the first segment is named
                _probe()
                cls._checked = True

    def _storage(self, path) -> FileStorage:
        # supports_mmap=False: mmap copies segment files into memory per reader (+1 GB at 50k docs).
        # It also makes pruning safe: a reader holds its segment files open, and on Linux an unlinked
        # open file stays readable (tests/test_reliability.py checks it).
        return FileStorage(str(path), supports_mmap=False)

    def create(self, path, schema: Schema) -> WhooshIndex:
        self.check()
        return WhooshIndex(self._storage(path).create_index(whoosh_schema(schema)), Path(path))

    def open(self, path) -> WhooshIndex:
        self.check()
        try:
            index = self._storage(path).open_index()
        except EmptyIndexError as exc:
            raise EngineError(f"no Whoosh index in {path}: {exc}") from None
        except (AttributeError, ImportError) as exc:  # a pickled analyzer class that moved or vanished
            raise EngineError(f"the index in {path} was written by another searchsvc version ({exc}); "
                              f"rebuild it with `searchsvc reindex --full`") from None
        return WhooshIndex(index, Path(path))

    def newest_commit(self, path) -> str | None:
        try:
            names = os.listdir(path)
        except FileNotFoundError:
            return None
        found = [(int(m.group(1)), name) for name in names if (m := TOC_FILE.match(name))]
        return max(found)[1] if found else None


def _probe() -> None:
    """Exercise every internal reader.py and fastwrite.py touch on a tiny throwaway index."""
    schema = Schema([
        Field("id", "id", stored=True, unique=True),
        Field("text", "text", analysis=TextAnalysis("stemmed", stem=str.lower)),
        Field("names", "keyword", scorable=True),
        Field("when", "datetime", sortable=True),
    ])
    # a private directory: RamStorage writers spill to a shared <tmp>/MAIN.tmp that concurrent
    # processes would delete under each other
    with tempfile.TemporaryDirectory(prefix="searchsvc-probe-") as tmp:
        _probe_in(Path(tmp), schema)


def _probe_in(path: Path, schema: Schema) -> None:
    try:
        index = WhooshIndex(FileStorage(str(path)).create_index(whoosh_schema(schema)), path)
        writer = index.bulk_writer(2, procs=1)
        writer.add({"id": "a", "text": "probe words probe", "names": "x y", "when": datetime(2024, 1, 2)})
        writer.add({"id": "b", "text": "words", "names": "y"})
        writer.commit()
        index.apply(deletes=["b"])
        with index.reader() as reader:
            segments = reader.segments()
            found = [s.postings("text", "probe", positions=True) for s in segments]
            found = [p for p in found if p is not None]
            ok = (len(found) == 1 and found[0].ids.tolist() == [0] and found[0].tf.tolist() == [2.0]
                  and found[0].positions == [[0, 2]] and reader.stored_fields(0)["id"] == "a"
                  # reader.py's own reads of the term table and stored fields give Whoosh's answers
                  and all(reader.doc_frequency(f, t) == reader.searcher.reader().doc_frequency(f, t)
                          for f, t in (("text", "probe"), ("text", "words"), ("names", "y"), ("text", "none")))
                  and all(reader.stored_fields(d) == reader.searcher.stored_fields(d) for d in range(2))
                  and any(s.field_lengths("text").max() == 3 for s in segments)
                  and sum(int(s.live().sum()) for s in segments) == 1 and reader.doc_count() == 1)
            for s in segments:
                s.column("when")
        index.close()
    except Exception as exc:  # noqa: BLE001 - whatever breaks, the internals are not the ones relied on
        raise EngineMismatch(f"Whoosh's internals differ from what searchsvc's whoosh engine reads: "
                             f"{type(exc).__name__}: {exc}") from None
    if not ok:
        raise EngineMismatch("Whoosh's internals differ from what searchsvc's whoosh engine reads: "
                             "the probe index reads back wrong postings, lengths or deletions")
