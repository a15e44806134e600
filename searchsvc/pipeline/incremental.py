"""Incremental run: only new, changed and gone inputs, written into the live generation in place.

    generations/<live>/              engine commits of WRITE_CHUNK articles each (apply_changes)
    generations/<live>/manifest.sqlite   inputs marked `pending` before the first commit; each
                                         commit's rows replaced by what its inputs hold after it

A kill between two commits loses nothing: pending rows are never trusted, so the next run reads
those inputs again and rewrites or deletes every id they may have written (docs/reliability.md).
A story changes when any of its copies changes or goes: all its copies are read again.
"""

from __future__ import annotations

import json
import os
import time

from ..article import SITE_EDITION, Article
from ..index.manifest import Manifest
from ..index.updates import IndexBusy, apply_changes
from ..ingest.reprints import Stories
from .backfill import fill_gaps
from .consistency import check_consistency, doc_count
from .context import RunContext
from .outcomes import classify, outcome
from .report import ReindexFailed
from .scan import InputFile, input_order, scan, stat_and_hash
from .stories import IndexedStories, read_stories
from .translate import translate

WRITE_CHUNK = 500  # articles per index commit (each commit is a resume point)


def update(run: RunContext) -> None:
    manifest = Manifest.open(run.store.path(run.live))
    try:
        _update(run, manifest)
    finally:
        manifest.close()


def _update(run: RunContext, manifest: Manifest) -> None:
    store, live, roots, report, progress = run.store, run.live, run.roots, run.report, run.progress
    previous = manifest.stories()
    scanned = scan(run, manifest)
    files, skipped, gone = scanned.to_read, scanned.unchanged, scanned.gone
    if scanned.rehashed:
        manifest.touch(scanned.rehashed)

    # A story changes when any of its copies changes or goes: re-read all of its copies, so the
    # story is rebuilt from what is on disk now (its first copy may be the one that went).
    seen_before = [f.path for f in files if f.state != "new"]
    affected = {aid for rows in manifest.articles_of(seen_before + gone).values() for aid, _ in rows}

    def add_copies(story_ids) -> None:
        listed = {f.path for f in files} | set(gone)
        for path in sorted(manifest.inputs_of(story_ids) - listed):
            if os.path.exists(path):
                try:
                    files.append(InputFile(path, stat_and_hash(path), "reread"))
                except OSError:
                    files.append(InputFile(path, None, "reread"))
            else:
                gone.append(path)  # a copy outside the given sources that is gone too

    add_copies(affected)
    live_docs = doc_count(store, live)
    new_stories: list[Article] = []
    reopened: dict[str, Article] = {}  # indexed stories that gained a copy: rewritten with it
    if files or gone:
        index = store.open(live)
        reader = index.reader()
        try:
            t = time.perf_counter()
            rejected_before, errors_before = len(report.rejected), len(report.errors)
            for _attempt in range(3):
                # a story's first copy is the first in input order, as in a full run
                files.sort(key=lambda f: input_order(f.path, roots))
                for f in files:
                    f.refs, f.records, f.failed = [], 0, False
                del report.rejected[rejected_before:], report.errors[errors_before:]
                stories = Stories(IndexedStories(reader, ids=set(previous) - affected),
                                  languages=run.services.languages, translator=run.services.translator,
                                  sites=run.services.sites)
                new_stories = read_stories(run, files, stories)
                reopened = stories.reopened
                # A new copy that comes before an indexed story's first copy makes it the first copy
                # (a full run would): rebuild that story from all its copies.
                # (copies in the story's language only: an edition's place is decided by its language)
                reorder = {aid for aid, story in reopened.items()
                           if min((s.source_path for s in story.sources if s.source_path and s.lang is None),
                                  key=lambda p: input_order(p, roots), default=None) != story.source_path}
                # An edition in a language before the story's took its lead: rebuild it (new id).
                reorder |= stories.relead
                if not reorder:
                    break
                affected |= reorder
                add_copies(reorder)
            report.seconds["ingest"] = round(time.perf_counter() - t, 3)
            # unchanged text: keep the translations the index already has (no translator call at all)
            for article in new_stories:
                if previous.get(article.id) == article.content_hash:
                    stored = reader.document(article.id)
                    if stored:
                        old = Article.from_dict(json.loads(stored["article"]))
                        for lang, tr in old.translations.items():
                            if tr.route != SITE_EDITION:  # an edition is there only while its page is
                                article.translations.setdefault(lang, tr)
        finally:
            reader.close()
            index.close()

    rereads = {f.path for f in files if f.state == "reread"}
    report.files_reread = len(rereads)
    skipped = [p for p in skipped if p not in rereads]
    report.files_skipped = len(skipped)
    skipped_records = manifest.articles_of(skipped)
    n_skipped = sum(max(1, len(skipped_records.get(p, ()))) for p in skipped)
    report.inputs += n_skipped
    report.unchanged += n_skipped
    if not files and not gone:
        t = time.perf_counter()
        report.gaps_filled = fill_gaps(run, written=set(),
                                       api_ids={aid for aid, op, _ in manifest.journal() if op == "upsert"})
        if report.gaps_filled:
            report.seconds["fill_gaps"] = round(time.perf_counter() - t, 3)
        report.generation, report.documents = live, doc_count(store, live)
        return
    # Until their new rows are written, these inputs must not be trusted by a run that follows a kill.
    manifest.mark_pending([f.path for f in files if f.state != "new"])
    rows_before = manifest.articles_of([f.path for f in files])

    # an article the API wrote last (journal upsert) is the API's now: a file going does not delete it
    api_ids = {aid for aid, op, _ in manifest.journal() if op == "upsert"}
    deletes = sorted(affected - {a.id for a in new_stories} - api_ids)
    if live_docs and len(deletes) > run.max_drop * live_docs:
        raise ReindexFailed(f"{len(deletes)} of {live_docs} documents would be deleted (more than "
                            f"max_drop={run.max_drop:.0%}); check the sources, or pass --max-drop 1")

    with run.timed("translate"):
        report.translation = translate(new_stories, run.services.translator, progress, report.errors)

    with run.timed("index"):
        failed_ids = write_changes(run, files, reopened, deletes, gone)
    report.count_editions([a for a in {**{a.id: a for a in new_stories}, **reopened}.values() if a.id not in failed_ids])
    paired = classify(files, previous, report, failed_ids, rows_before, set(deletes))
    report.articles_deleted = len(deletes) - paired

    t = time.perf_counter()
    report.gaps_filled = fill_gaps(run, written={a.id for a in new_stories}, api_ids=api_ids)
    if report.gaps_filled:
        report.seconds["fill_gaps"] = round(time.perf_counter() - t, 3)

    with run.timed("validate"):
        report.validation = check_consistency(store, live)
    for problem in report.validation["problems"]:
        report.errors.append({"source_path": str(store.root), "stage": "validate", "error": problem})
    report.generation = live
    report.documents = report.validation["checks"]["documents"]


def write_changes(run: RunContext, files: list[InputFile], reopened: dict[str, Article], deletes: list[str],
                  gone: list[str]) -> set[str]:
    """Commit in chunks of files, each commit followed by its manifest rows: a kill between two
    commits loses nothing (rows still pending are processed again next run). Returns the ids of
    stories that could not be written."""
    store, registry, report, progress = run.store, run.registry, run.report, run.progress
    failed_ids: set[str] = set()

    def apply(chunk_files, deletes_now, gone_now):
        upserts: dict[str, Article] = {}
        for f in chunk_files:
            for article, role in f.refs:
                if role == "story" or article.id in reopened:
                    upserts[article.id] = article
        apply_changes(store, list(upserts.values()), deletes_now, registry=registry, timeout=60,
                      inputs=[o for f in chunk_files if (o := outcome(f))], removed_inputs=gone_now)

    def commit(chunk_files, deletes_now, gone_now):
        try:
            apply(chunk_files, deletes_now, gone_now)
        except IndexBusy:
            raise
        except Exception:  # a document that cannot be built: write file by file, report that one
            apply([], deletes_now, gone_now)
            for f in chunk_files:
                try:
                    apply([f], [], [])
                except IndexBusy:
                    raise
                except Exception as exc:
                    report.errors.append({"source_path": f.path, "stage": "index",
                                          "error": f"{type(exc).__name__}: {exc}"})
                    failed_ids.update(a.id for a, role in f.refs if role == "story")
        progress.advance(len(chunk_files))

    progress.stage("index", len(files))
    chunk, count, first = [], 0, True
    for f in files:
        chunk.append(f)
        count += len(f.refs)
        if count >= WRITE_CHUNK:
            commit(chunk, deletes if first else [], gone if first else [])
            chunk, count, first = [], 0, False
    if chunk or first:
        commit(chunk, deletes if first else [], gone if first else [])
    progress.finish()
    return failed_ids
