"""The reindex job: take the lock, choose full or incremental, run it, prune old generations.

    <index_dir>/reindex.lock     held for the whole run (index/locks.py); a killed holder's lock is
                                 taken over and reported as `stale_lock`
    <index_dir>/generations/     unpublished generations of a killed run removed first
                                 (`collect_garbage`), retired ones past `grace_seconds` last (`prune`)

What each mode writes and what a crash leaves: full.py, incremental.py.
"""

from __future__ import annotations

import os
import time

from ..config import Settings
from ..index import IndexStore
from ..services import Services
from ..index.manifest import FILENAME as MANIFEST_FILE
from ..index.manifest import Manifest
from . import full as _full
from . import incremental
from .consistency import schema_changed
from .context import RunContext
from .progress import Progress
from .report import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, ReindexFailed, ReindexReport


def reindex(sources, settings: Settings, *, full: bool | None = None, progress: Progress | None = None,
            services: Services | None = None, lock_timeout: float = 0.0, grace_seconds: float = 600.0,
            max_drop: float = 0.5) -> ReindexReport:
    """Bring the index at settings.index_dir up to date with the pages under `sources`.

    full=None: incremental when the live generation's manifest lists the input files it was built
    from, else a full rebuild (no index; a generation written from articles by write_generation).
    Raises index.locks.LockHeld (exit 75) when another reindex holds the lock. Returns the report;
    its exit_code is 3 (and `error` says why) when the served index was left as it was.
    `max_drop`: refuse a run that would remove more than this fraction of the served documents
    (an unmounted source directory looks like mass deletion). `services`: built from `settings` by
    the caller (the CLI's, the server's: loaded models and the registry are shared); None: built here.
    """
    progress = progress or Progress(quiet=True)
    services = services or Services.from_settings(settings)
    store = IndexStore(settings.index_dir, engine=services.engine, facets=services.facets)
    report = ReindexReport(index_dir=str(store.root))
    started = time.perf_counter()
    lock = store.reindex_lock().acquire(timeout=lock_timeout)
    try:
        if lock.previous:
            report.stale_lock = lock.previous
            progress.event("stale_lock_recovered", **{k: lock.previous.get(k) for k in ("pid", "host", "started")})
        report.removed_generations = store.collect_garbage()
        live = store.live_generation()
        has_manifest = live is not None and (store.path(live) / MANIFEST_FILE).exists()
        # a damaged live generation cannot be updated in place: rebuild it from the sources + journal
        damaged = has_manifest and not store.check(live).intact
        report.mode = ("full" if full or not has_manifest or damaged or not _built_from_inputs(store, live)
                       or schema_changed(store, live) else "incremental")
        report.previous_generation = live
        roots = [os.path.abspath(s) for s in sources]
        missing = [s for s in roots if not os.path.exists(s)]
        if missing:
            report.error = f"source not found: {', '.join(missing)}; nothing changed"
            report.exit_code = EXIT_FAILED
            report.generation = live
            return report
        progress.event("start", mode=report.mode, index=str(store.root), live=live, sources=roots)
        run = RunContext(services, store, report, progress, roots, live, max_drop)
        try:
            if report.mode == "full":
                _full.rebuild(run)
            else:
                incremental.update(run)
        except ReindexFailed as exc:
            report.error = str(exc)
            report.exit_code = EXIT_FAILED
            report.generation = store.live_generation()
            progress.event("failed", error=report.error)
            return report
        with run.timed("prune"):
            report.removed_generations += store.prune(grace_seconds=grace_seconds)
    finally:
        lock.release()
        report.seconds["total"] = round(time.perf_counter() - started, 3)
    report.check_counts()
    report.exit_code = EXIT_PARTIAL if report.errors else EXIT_OK
    progress.event("done", exit_code=report.exit_code, generation=report.generation, documents=report.documents,
                   new=report.new, changed=report.changed, unchanged=report.unchanged,
                   reprints=report.reprints_merged, rejected=len(report.rejected), failed=report.failed,
                   deleted=report.articles_deleted, seconds=report.seconds["total"])
    return report


def _built_from_inputs(store: IndexStore, live: str) -> bool:
    """Whether the live generation's manifest lists input files. One without any was written
    from a list of articles (write_generation: benches, tests): its documents belong to no input,
    so an incremental run could neither replace nor remove them."""
    manifest = Manifest.open(store.path(live))
    try:
        return manifest.has_inputs()
    finally:
        manifest.close()
