"""Full rebuild: every input read again into a new generation, validated, then switched to.

    generations/<new>/            written beside the live one: the engine's index + manifest.sqlite
    LIVE                          replaced atomically by `store.publish` only after validation

The live generation keeps serving throughout. The API's writes (index/journal.py: journal.sqlite,
and the live manifest's copy), those made while this ran included, are replayed onto the new
generation under write.lock just before the switch. A crash, a full disk or a failed validation
before the switch leaves the new generation neither live nor retired: it is removed here when the
run fails, and by the next run's `collect_garbage` after a kill. The old manifest is only read
(for the outcome counts). A damaged live generation or manifest does not stop a rebuild: the
sources and the journal are all it needs (the report's `damage` says what was found).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import time

from ..article import Article
from ..facets import FacetRegistry
from ..index import write_generation
from ..index.documents import article_document
from ..index.journal import JournalLost, rows_for_rebuild
from ..index.manifest import FILENAME as MANIFEST_FILE
from ..index.manifest import Manifest
from ..index.validation import validate_generation
from ..ingest.reprints import Stories
from .consistency import doc_count
from .context import RunContext
from .outcomes import classify, outcome
from .report import ReindexFailed
from .scan import scan
from .stories import read_stories
from .translate import translate


def rebuild(run: RunContext) -> None:
    store, live, report, progress = run.store, run.live, run.report, run.progress
    old = _old_manifest(run)
    try:
        previous = old.stories() if old else {}
        previous_ids = old.expected_ids() if old else set()
        files = scan(run, None).to_read
        old_rows = old.articles_of([f.path for f in files]) if old else {}
        for f in files:
            f.state = "changed" if f.path in old_rows else "new"
    finally:
        if old:
            old.close()

    with run.timed("ingest"):
        stories = read_stories(run, files, Stories(languages=run.services.languages,
                                                   translator=run.services.translator, sites=run.services.sites))

    with run.timed("translate"):
        report.translation = translate(stories, run.services.translator, progress, report.errors)

    t = time.perf_counter()
    progress.stage("index", len(stories))
    index_errors: list[dict] = []
    name = write_generation(store, stories, run.registry, publish=False, errors=index_errors,
                            progress=progress.advance)
    progress.finish()
    failed_ids = {e["article_id"] for e in index_errors}
    report.errors += [{k: e[k] for k in ("source_path", "stage", "error")} for e in index_errors]
    written = [a for a in stories if a.id not in failed_ids]
    report.count_editions(written)
    gone_ids = set(previous) - {a.id for a in written}
    paired = classify(files, previous, report, failed_ids, old_rows, gone_ids)
    manifest = Manifest.open(store.path(name))
    try:
        manifest.record([o for f in files if (o := outcome(f)) and not any(a in failed_ids for a, _, _ in o.articles)])
        report.seconds["index"] = round(time.perf_counter() - t, 3)
        progress.event("generation_written", generation=name, documents=len(written))
        _validate(run, name, written)
        _publish(run, name, manifest, previous_ids, paired)
    except BaseException:
        manifest.close()
        if store.live_generation() != name:
            shutil.rmtree(store.path(name), ignore_errors=True)
        raise
    manifest.close()


def _old_manifest(run: RunContext) -> Manifest | None:
    """The live generation's manifest, for the outcome counts only; None when there is none or it
    is damaged (then every story counts as new)."""
    store, live = run.store, run.live
    if not live or not (store.path(live) / MANIFEST_FILE).exists():
        return None
    check = store.check(live)
    if not check.intact:
        run.report.damage += [f"live generation {live}: {p}" for p in check.problems()]
    if check.manifest:
        return None
    try:
        return Manifest.open(store.path(live))
    except sqlite3.DatabaseError as exc:
        run.report.damage.append(f"live generation {live}: manifest unreadable: {exc}")
        return None


def _validate(run: RunContext, name: str, written: list[Article]) -> None:
    """The checks a generation must pass before LIVE may point at it (index/validation.py)."""
    report = run.report
    with run.timed("validate"):
        index = run.store.open(name)
        try:
            report.validation = validate_generation(index, written, run.store.facets)
        finally:
            index.close()
        problems = report.validation["problems"]
    if problems:
        raise ReindexFailed("validation failed, the live index is unchanged: " + "; ".join(problems[:5]))


def _publish(run: RunContext, name: str, manifest: Manifest, previous_ids: set[str], paired: int) -> None:
    """Replay the API's writes, check the document counts, switch LIVE."""
    store, report = run.store, run.report
    with run.timed("publish"):
        # API writes that landed in the live generation while this one was built: replay them under
        # the write lock (HTTP writes wait up to their timeout meanwhile), then switch.
        with store.write_lock().acquire(timeout=120):
            live_now = store.live_generation()
            try:
                rows, notes = rows_for_rebuild(store.root, store.path(live_now) if live_now else None)
            except JournalLost as exc:
                raise ReindexFailed(f"{exc}; the live index is unchanged") from None
            report.damage += [n for n in notes if n not in report.damage]
            manifest.replace_journal(rows)
            journal = [(aid, op, article) for aid, op, article, _ in rows]
            if journal:
                replay_journal(store.open(name), journal, run.registry, store.facets)
            report.api_articles = sum(1 for _, op, _ in journal if op == "upsert")
            report.documents = doc_count(store, name)
            expected = manifest.expected_ids()
            if report.documents != len(expected):
                raise ReindexFailed(f"after replaying API writes the generation holds {report.documents} "
                                    f"documents, its manifest {len(expected)}; the live index is unchanged")
            # a damaged live generation cannot be counted: the generation readers fall back to can
            live_docs = doc_count(store, store.serving().name)
            if live_docs and report.documents < (1 - run.max_drop) * live_docs:
                report.validation["problems"].append(
                    f"the new generation would drop from {live_docs} to {report.documents} documents (more "
                    f"than max_drop={run.max_drop:.0%}); check the sources, or pass --max-drop 1")
                raise ReindexFailed("validation failed, the live index is unchanged: "
                                    + report.validation["problems"][-1])
            store.publish(name)
        report.generation = name
        report.articles_deleted = max(0, len(previous_ids - expected) - paired)
    run.progress.event("published", generation=name, previous=run.live, documents=report.documents)


def replay_journal(index, journal, registry, facets: FacetRegistry) -> None:
    """Apply the live generation's API writes (article id, op, Article JSON) to a new one; closes it.

    Upserts and deletes are by id, so an id's last operation decides what the generation holds."""
    last = {aid: (op, article) for aid, op, article in journal}
    try:
        index.apply(upserts=[article_document(Article.from_dict(json.loads(article)), registry, facets=facets)
                             for op, article in last.values() if op == "upsert"],
                    deletes=[aid for aid, (op, _) in last.items() if op != "upsert"], timeout=30)
    finally:
        index.close()
