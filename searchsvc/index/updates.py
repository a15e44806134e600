"""In-place changes to the live generation: the HTTP API's writes and the incremental batch job's.

>>> apply_changes(IndexStore("indexes/default"), [article], ["0f2d6ade10f26e1b"], registry=services.registry)
AppliedChanges(generation='...', upserted=['...'], deleted=['0f2d6ade10f26e1b'], ...)

Safe from threads and processes: every call holds <index>/write.lock (flock, one open file per
call) and then the engine's own writer lock, each with a timeout, so a writer never waits forever and
searches never wait at all. Order: the batch's inputs are marked pending with the ids about to be
written, then the index commit, then the manifest rows. A crash in between leaves an index ahead
of its manifest, which the next run repairs: pending inputs are processed again and every id they
may have written is rewritten or deleted (an upsert is idempotent by id).

An API write goes to the API journal (<index>/journal.sqlite) before the commit, so every
acknowledged write survives whatever happens to the generation; a commit that fails is cancelled
(the engine's scratch files and lock released) and its journal rows taken back. A damaged live
generation takes no writes (IndexDamaged -> HTTP 503) until `reindex --full` replaces it. After
each commit the generation's CHECKSUMS are recorded (integrity.py).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import asdict, dataclass, field

from ..article import Article
from ..engines import WriterBusy
from ..entities import EntityRegistry
from ..languages import LanguageRegistry
from .documents import article_document
from .integrity import check_sqlite, disk_full
from .journal import FILENAME as JOURNAL_FILE
from .journal import ApiJournal
from .locks import LockHeld
from .manifest import FILENAME as MANIFEST_FILE
from .manifest import InputOutcome, Manifest
from .store import IndexDamaged, IndexStore, NoIndexError

log = logging.getLogger("searchsvc.index")


class IndexBusy(RuntimeError):
    """The index's write lock was not free within the timeout (a reindex is switching generations,
    or another write is in progress). Retry later; HTTP maps this to 503."""


@dataclass
class AppliedChanges:
    generation: str
    upserted: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    not_found: list[str] = field(default_factory=list)  # deletes of ids the index did not hold
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


def apply_changes(store: IndexStore, upserts: list[Article] = (), deletes: list[str] = (), *,
                  registry: EntityRegistry, timeout: float = 10.0,
                  inputs: list[InputOutcome] | None = None, removed_inputs: list[str] = (),
                  languages: LanguageRegistry | None = None) -> AppliedChanges:
    """Add or replace `upserts` (by article id) and remove `deletes` in the live generation.

    Without `inputs` the change comes from an API client: it is also written to the generation's
    journal, so a later full rebuild replays it. The batch job passes `inputs` (what each input
    file became) and `removed_inputs` (files that are gone) instead; they go to the manifest.
    `registry` (services.registry: curated + learned entities) labels the articles' entities.
    """
    started = time.perf_counter()
    upserts = list(upserts)
    deletes = [d for d in dict.fromkeys(deletes) if d not in {a.id for a in upserts}]
    docs = [article_document(a, registry, languages, store.facets) for a in upserts]  # before taking locks: may raise on bad data
    try:
        lock = store.write_lock().acquire(timeout=timeout)
    except LockHeld as exc:
        raise IndexBusy(f"index is busy, try again: {exc}") from None
    try:
        return _apply_locked(store, upserts, docs, deletes, timeout, inputs, removed_inputs, started)
    except sqlite3.OperationalError as exc:
        full = disk_full(store.root / JOURNAL_FILE, exc)  # the same full disk, said the same way everywhere
        if full is not None:
            raise full from exc
        raise
    finally:
        lock.release()


def _apply_locked(store: IndexStore, upserts: list[Article], docs: list[dict], deletes: list[str], timeout: float,
                  inputs, removed_inputs, started: float) -> AppliedChanges:
    """apply_changes under write.lock: refuse a damaged generation, write, record checksums."""
    generation = store.live_generation()
    if generation is None:
        raise NoIndexError(f"no index at {store.root}; run `searchsvc reindex --index {store.root}`")
    check = store.check(generation, manifest=False)
    if not check.servable:
        raise IndexDamaged(f"the live generation {generation} is damaged ({'; '.join(check.index[:3])}); "
                           "nothing was written; writes resume after `searchsvc reindex --full`")
    try:
        manifest = Manifest.open(store.path(generation))
    except sqlite3.DatabaseError as exc:
        path = store.path(generation) / MANIFEST_FILE
        full = disk_full(path, exc)
        if full is not None:
            raise full from exc
        if not check_sqlite(path, "manifest"):
            raise
        raise IndexDamaged(f"the manifest of the live generation {generation} is damaged ({exc}); nothing "
                           "was written; writes resume after `searchsvc reindex --full`") from None
    index = store.open(generation)
    try:
        api = inputs is None and not removed_inputs
        if api:
            result = _write_api(store, manifest, index, generation, upserts, docs, deletes, timeout)
        else:
            manifest.intend(list(inputs or ()))  # a kill after the commit must not orphan what it wrote
            result = _write(index, generation, docs, deletes, timeout)
            stories = {aid for o in inputs or () for aid, role, _ in o.articles if role == "story"}
            manifest.record(list(inputs or ()), removed_inputs, clear_journal_for=stories)
            if stories and ApiJournal.exists(store.root):
                with ApiJournal.open(store.root) as journal:
                    journal.forget(stories)
        _record_checksums(store, generation)
    finally:
        manifest.close()
        index.close()
    result.seconds = round(time.perf_counter() - started, 4)
    return result


def _write_api(store: IndexStore, manifest: Manifest, index, generation: str, upserts: list[Article],
               docs: list[dict], deletes: list[str], timeout: float) -> AppliedChanges:
    """Journal first (the durable copy), then the commit; a failed commit takes its rows back."""
    with ApiJournal.open(store.root) as journal:
        if not journal.rows():
            journal.adopt(manifest.journal_rows())  # an index from before journal.sqlite: take its history
        replaced = journal.write([(a.id, a.to_dict()) for a in upserts], deletes)
        try:
            result = _write(index, generation, docs, deletes, timeout)
        except BaseException:
            try:
                journal.undo(replaced)
            except sqlite3.Error as exc:  # the same full disk: the commit's own error is the one to report
                log.error("the API journal keeps %d write(s) whose commit failed (%s); a full rebuild applies "
                          "them", len(replaced), exc)
            raise
    try:
        manifest.journal_write([(a.id, a.to_dict()) for a in upserts], deletes)  # the generation's copy
    except (OSError, sqlite3.Error) as exc:
        # the commit and journal.sqlite hold the write: it is durable and a full rebuild carries it
        log.error("generation %s: its copy of the API journal was not updated: %s", generation, exc)
    return result


def _record_checksums(store: IndexStore, generation: str) -> None:
    try:
        store.record_checksums(generation)
    except OSError as exc:
        # the commit stands; readers see it as "not recorded yet" and the next commit records it
        log.error("generation %s: checksums of the last commit not recorded: %s", generation, exc)


def _write(index, generation: str, docs: list[dict], deletes: list[str], timeout: float) -> AppliedChanges:
    try:
        applied = index.apply(upserts=docs, deletes=deletes, timeout=timeout)
    except WriterBusy as exc:
        raise IndexBusy(f"index is busy, try again: {exc}") from None
    return AppliedChanges(generation=generation, upserted=applied.upserted, deleted=applied.deleted,
                          not_found=applied.not_found)
