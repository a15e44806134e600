"""In-place changes to the live generation: the HTTP API's writes and the incremental batch job's.

>>> apply_changes(IndexStore("indexes/default"), upserts=[article], deletes=["0f2d6ade10f26e1b"])
AppliedChanges(generation='...', upserted=['...'], deleted=['0f2d6ade10f26e1b'], ...)

Safe from threads and processes: every call holds <index>/write.lock (flock, one open file per
call) and then the engine's own writer lock, each with a timeout, so a writer never waits forever and
searches never wait at all. Order: the batch's inputs are marked pending with the ids about to be
written, then the index commit, then the manifest rows. A crash in between leaves an index ahead
of its manifest, which the next run repairs: pending inputs are processed again and every id they
may have written is rewritten or deleted (an upsert is idempotent by id).
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field

from ..article import Article
from ..engines import WriterBusy
from ..entities import EntityRegistry
from .documents import article_document
from .locks import LockHeld
from .manifest import InputOutcome, Manifest
from .store import IndexStore


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


_registry: EntityRegistry | None = None


def _default_registry() -> EntityRegistry:
    global _registry
    if _registry is None:
        _registry = EntityRegistry.load()
    return _registry


def apply_changes(store: IndexStore, upserts: list[Article] = (), deletes: list[str] = (), *,
                  registry: EntityRegistry | None = None, timeout: float = 10.0,
                  inputs: list[InputOutcome] | None = None, removed_inputs: list[str] = ()) -> AppliedChanges:
    """Add or replace `upserts` (by article id) and remove `deletes` in the live generation.

    Without `inputs` the change comes from an API client: it is also written to the generation's
    journal, so a later full rebuild replays it. The batch job passes `inputs` (what each input
    file became) and `removed_inputs` (files that are gone) instead; they go to the manifest.
    """
    started = time.perf_counter()
    registry = registry or _default_registry()
    upserts = list(upserts)
    deletes = [d for d in dict.fromkeys(deletes) if d not in {a.id for a in upserts}]
    docs = [article_document(a, registry) for a in upserts]  # before taking locks: may raise on bad data
    try:
        lock = store.write_lock().acquire(timeout=timeout)
    except LockHeld as exc:
        raise IndexBusy(f"index is busy, try again: {exc}") from None
    try:
        generation, index = store.open_live()
        manifest = Manifest.open(store.path(generation))
        try:
            if inputs:
                manifest.intend(list(inputs))  # a kill after the commit must not orphan what it wrote
            result = _write(index, generation, docs, deletes, timeout)
            if inputs is None and not removed_inputs:
                manifest.journal_write([(a.id, a.to_dict()) for a in upserts], deletes)
            else:
                stories = {aid for o in inputs or () for aid, role, _ in o.articles if role == "story"}
                manifest.record(list(inputs or ()), removed_inputs, clear_journal_for=stories)
        finally:
            manifest.close()
            index.close()
    finally:
        lock.release()
    result.seconds = round(time.perf_counter() - started, 4)
    return result


def _write(index, generation: str, docs: list[dict], deletes: list[str], timeout: float) -> AppliedChanges:
    try:
        applied = index.apply(upserts=docs, deletes=deletes, timeout=timeout)
    except WriterBusy as exc:
        raise IndexBusy(f"index is busy, try again: {exc}") from None
    return AppliedChanges(generation=generation, upserted=applied.upserted, deleted=applied.deleted,
                          not_found=applied.not_found)
