"""page -> article -> entities -> translations -> index: the batch job's stages in order.

>>> report = reindex(["pages/"], Settings.load())            # incremental when an index exists
>>> report = reindex(["pages/"], Settings.load(), full=True)  # new generation, validated, switched

Stages: scan (stat + hash against the live generation's manifest) -> ingest (parse, entities,
reprints) -> translate -> index -> validate -> publish -> prune. See docs/reliability.md for what
a kill at any point leaves behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from .article import Article, Source
from .config import Settings
from .entities import EntityRegistry
from .index import IndexStore, write_generation
from .index.documents import article_document
from .index.manifest import FILENAME as MANIFEST_FILE
from .index.manifest import InputOutcome, InputRecord, Manifest
from .index.updates import IndexBusy, apply_changes
from .index.validation import validate_generation
from .ingest import expand_paths, ingest_paths
from .ingest.reprints import ReprintDetector
from .languages import TARGETS
from .translation import translate_articles

# Exit codes a scheduler can act on (also in `searchsvc reindex --help` and the README).
EXIT_OK = 0  # done; rejected pages (not news, empty, not UTF-8) are normal and listed in the report
EXIT_PARTIAL = 1  # done, but a stage failed for some inputs (listed under "errors"); they are retried next run
EXIT_USAGE = 2  # bad command line (argparse)
EXIT_FAILED = 3  # nothing changed: validation failed, a source is missing, or an unexpected error
EXIT_LOCKED = 75  # EX_TEMPFAIL: another reindex holds the lock; try again later

INGEST_CHUNK = 200  # files parsed per ingest call: progress granularity
WRITE_CHUNK = 500  # incremental: articles per index commit (each commit is a resume point)


class ReindexFailed(RuntimeError):
    """The run changed nothing that is served (exit code 3); the message says why."""


@dataclass
class ReindexReport:
    mode: str = "incremental"  # or "full"
    index_dir: str = ""
    generation: str | None = None  # live after the run
    previous_generation: str | None = None
    files: int = 0  # input files found under the sources
    files_skipped: int = 0  # unchanged files: neither parsed nor translated
    files_deleted: int = 0  # files the index held that are gone
    files_reread: int = 0  # unchanged files parsed again because a copy of their story changed
    # Every input record (a page file; a skipped file counts the records it held) has one outcome:
    #   inputs == new + changed + unchanged + reprints_merged + len(rejected) + failed
    inputs: int = 0
    new: int = 0  # a story the index did not hold
    changed: int = 0  # a story the index held, with different text
    unchanged: int = 0  # skipped, or parsed again with the same text
    reprints_merged: int = 0  # a copy of a story, added as a source, never a new hit
    failed: int = 0  # an error in a stage kept the record out of the index (see errors)
    rejected: list[dict] = field(default_factory=list)  # {source_path, reason}: not a news page
    errors: list[dict] = field(default_factory=list)  # {source_path, stage, error}
    articles_deleted: int = 0
    api_articles: int = 0  # articles written over HTTP, carried into a new generation
    gaps_filled: int = 0  # indexed articles translated now that a model for a missing language exists
    documents: int = 0  # in the live generation after the run
    translation: dict = field(default_factory=dict)
    validation: dict = field(default_factory=dict)
    seconds: dict = field(default_factory=dict)
    removed_generations: list[str] = field(default_factory=list)
    stale_lock: dict = field(default_factory=dict)  # what a killed holder left in reindex.lock
    error: str = ""  # why nothing changed (exit code 3)
    exit_code: int = EXIT_OK

    # the spine's name for it
    @property
    def articles(self) -> int:
        return self.new + self.changed + self.unchanged

    def check_counts(self) -> None:
        total = self.new + self.changed + self.unchanged + self.reprints_merged + len(self.rejected) + self.failed
        assert self.inputs == total, (
            f"counts do not reconcile: inputs {self.inputs} != new {self.new} + changed {self.changed} + "
            f"unchanged {self.unchanged} + reprints {self.reprints_merged} + rejected {len(self.rejected)} + "
            f"failed {self.failed}")

    def to_dict(self) -> dict:
        return asdict(self)

    def summary(self) -> str:
        tr = self.translation
        lines = [
            f"reindex ({self.mode}) {self.index_dir}: generation {self.generation}, {self.documents} documents"
            f" [exit {self.exit_code}]",
            f"  inputs {self.inputs} from {self.files} files: {self.new} new, {self.changed} changed, "
            f"{self.unchanged} unchanged, {self.reprints_merged} reprints merged, {len(self.rejected)} rejected, "
            f"{self.failed} failed",
            f"  files: {self.files_skipped} skipped unchanged, {self.files_reread} re-read, {self.files_deleted} deleted;"
            f" articles deleted: {self.articles_deleted}",
        ]
        if tr:
            gaps = ", ".join(f"{k} {v}" for k, v in sorted(tr.get("gaps", {}).items())) or "none"
            lines.append(f"  translation: {tr.get('sentences_translated', 0)} sentences translated, "
                         f"{tr.get('sentences_cached', 0)} from cache; articles without translation: {gaps}")
        for r in self.rejected[:20]:
            lines.append(f"  rejected {r['source_path']}: {r['reason']}")
        if len(self.rejected) > 20:
            lines.append(f"  ... and {len(self.rejected) - 20} more rejected (see the JSON report)")
        for e in self.errors[:20]:
            lines.append(f"  ERROR [{e['stage']}] {e['source_path']}: {e['error']}")
        if self.error:
            lines.append(f"  FAILED: {self.error}")
        for p in self.validation.get("problems", []):
            lines.append(f"  VALIDATION {p}")
        lines.append("  time: " + ", ".join(f"{k} {v:.2f} s" for k, v in self.seconds.items()))
        return "\n".join(lines)


class Progress:
    """A bar on a terminal (stderr); structured JSON lines otherwise. Never on stdout (the report)."""

    def __init__(self, stream=None, tty: bool | None = None, quiet: bool = False, every_s: float = 2.0):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.quiet = quiet
        self.every_s = every_s
        self.stage_name, self.total, self.done, self._t0, self._last = "", 0, 0, 0.0, 0.0

    def event(self, event: str, **fields) -> None:
        if self.quiet:
            return
        if self.tty:
            detail = " ".join(f"{k}={v}" for k, v in fields.items())
            self.stream.write(f"\r\033[K{event} {detail}\n")
        else:
            self.stream.write(json.dumps({"ts": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "logger": "searchsvc.reindex",
                                          "event": event, **fields}, ensure_ascii=False, default=str) + "\n")
        self.stream.flush()

    def stage(self, name: str, total: int) -> None:
        self.stage_name, self.total, self.done = name, total, 0
        self._t0 = self._last = time.monotonic()
        if not self.tty:
            self.event("stage", stage=name, total=total)
        self._draw(force=True)

    def advance(self, n: int = 1) -> None:
        self.done += n
        self._draw()

    def finish(self) -> None:
        self._draw(force=True)
        if self.tty and not self.quiet:
            self.stream.write("\n")
            self.stream.flush()

    def _draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if self.quiet or (not force and now - self._last < (0.1 if self.tty else self.every_s)):
            return
        self._last = now
        rate = self.done / max(now - self._t0, 1e-6)
        if self.tty:
            frac = self.done / self.total if self.total else 1.0
            bar = "#" * int(frac * 30)
            eta = (self.total - self.done) / rate if rate > 0 and self.total else 0
            self.stream.write(f"\r\033[K{self.stage_name:>9} [{bar:<30}] {self.done}/{self.total} "
                              f"{rate:6.1f}/s eta {eta:4.0f} s")
            self.stream.flush()
        elif not force:
            self.event("progress", stage=self.stage_name, done=self.done, total=self.total, per_s=round(rate, 1))


# -- the stages -------------------------------------------------------------------------------

@dataclass
class _File:
    path: str
    record: InputRecord | None = None  # stat + hash taken before parsing
    state: str = "new"  # new | changed | resumed | reread
    refs: list = field(default_factory=list)  # [(Article, role)] what its records became
    records: int = 0
    failed: bool = False


def _stat_and_hash(path: str) -> InputRecord:
    st = os.stat(path)  # before reading: a write after it changes mtime, so the next run looks again
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return InputRecord(path, st.st_mtime_ns, st.st_size, digest.hexdigest())


def _under(path: str, roots: list[str]) -> bool:
    return any(path == r or path.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


def _input_order(path: str, roots: list[str]) -> tuple:
    """Where an input comes in a full run: sources in argument order, files in path order, records
    of a JSON Lines file by line number."""
    root = next((i for i, r in enumerate(roots) if _under(path, [r])), len(roots))
    m = re.match(r"^(.*):(\d+)$", path)
    if m and not os.path.exists(path):
        return root, Path(m.group(1)).parts, int(m.group(2))
    return root, Path(path).parts, 0


def _file_of(source_path: str, files: dict) -> str | None:
    """The input file an ingest result came from ('a.jsonl:12' and 'a.jsonl#3' belong to 'a.jsonl')."""
    candidate = source_path
    while candidate:
        if candidate in files:
            return candidate
        cut = max(candidate.rfind(":"), candidate.rfind("#"))
        if cut <= 0:
            return None
        candidate = candidate[:cut]
    return None


def _merge_sources(target: Article, article: Article) -> None:
    seen = {(s.site, s.url, s.source_path) for s in target.sources}
    for s in article.sources:
        if (s.site, s.url, s.source_path) not in seen:
            target.sources.append(Source(s.site, s.url, s.source_path))
            seen.add((s.site, s.url, s.source_path))


class StoryMatcher:
    """Which story an article is a copy of: one of this run's stories (same id, or the same text
    per ReprintDetector) or, incrementally, a story already in the live index.

    Indexed stories are fed to the one detector lazily, the days around each article's date at a
    time (the detector never matches copies more than `max_days` apart), so a run reads only the
    stories of the days its new pages are about. Undated pages match indexed stories by id only.
    """

    def __init__(self, searcher=None, indexed_ids: set[str] | None = None):
        self.by_id: dict[str, Article] = {}
        self.detector = ReprintDetector()
        self.searcher = searcher
        self.indexed_ids = indexed_ids or set()  # file stories that stay (not being rewritten)
        self.existing: dict[str, Article] = {}  # loaded from the index
        self._loaded_days: set = set()

    def match(self, article: Article) -> Article | None:
        if article.id in self.by_id:
            return self.by_id[article.id]
        found = self._existing(article.id)
        if found is not None:
            return found
        self._load_days_around(article.published)
        hit = self.detector.match(article)  # remembers `article` when it is no copy
        if hit is not None:
            target = self.by_id.get(hit) or self.existing.get(hit)
            if target is not None:
                return target
        self.by_id[article.id] = article
        return None

    def _existing(self, article_id: str) -> Article | None:
        if article_id in self.existing:
            return self.existing[article_id]
        if self.searcher is None or article_id not in self.indexed_ids:
            return None
        stored = self.searcher.document(id=article_id)
        if not stored:
            return None
        self.existing[article_id] = art = Article.from_dict(json.loads(stored["article"]))
        return art

    def _load_days_around(self, published: str | None) -> None:
        if self.searcher is None or not published:
            return
        from whoosh.query import DateRange

        try:
            day = datetime.fromisoformat(published[:10])
        except ValueError:
            return
        window = self.detector.max_days
        for offset in range(-window, window + 1):
            start = day + timedelta(days=offset)
            if start in self._loaded_days:
                continue
            self._loaded_days.add(start)
            q = DateRange("published", start, start + timedelta(days=1) - timedelta(microseconds=1))
            for docnum in self.searcher.docs_for_query(q):
                stored = self.searcher.stored_fields(docnum)
                aid = stored.get("id")
                if aid in self.indexed_ids and aid not in self.existing:
                    art = Article.from_dict(json.loads(stored["article"]))
                    self.existing[aid] = art
                    self.detector.match(art)


def _ingest(files: list[_File], by_path: dict[str, _File], matcher: StoryMatcher, report: ReindexReport,
            progress: Progress, touched: dict[str, Article]) -> list[Article]:
    """Parse `files` in chunks; returns this run's stories in input order. Fills each file's refs."""
    stories: list[Article] = []
    # id(chunk-level story) -> (that story, the story it turned out to copy). The first element keeps
    # the object alive: a freed object's id() is reused by the next one allocated.
    redirect: dict[int, tuple[Article, Article]] = {}
    progress.stage("ingest", len(files))
    for i in range(0, len(files), INGEST_CHUNK):  # len taken once: strays appended below are not re-read
        chunk = files[i : i + INGEST_CHUNK]
        try:
            results = ingest_paths([f.path for f in chunk]).results
        except Exception:  # an unexpected error on one page: find it, keep the others
            results = []
            for f in chunk:
                try:
                    results.extend(ingest_paths([f.path]).results)
                except Exception as exc:
                    f.failed = True
                    f.records += 1
                    report.errors.append({"source_path": f.path, "stage": "ingest",
                                          "error": f"{type(exc).__name__}: {exc}"})
        for result in results:
            f = by_path.get(_file_of(result.source_path, by_path) or "")
            if f is None:  # ingest named a source we did not give it: still count and show it
                f = by_path[result.source_path] = _File(result.source_path)
                files.append(f)
            f.records += 1
            if result.rejected:
                report.rejected.append({"source_path": result.source_path, "reason": result.reason})
                continue
            if result.duplicate_of is not None:  # a copy of a story earlier in this chunk
                f.refs.append((getattr(result, "story", None) or result.article, "reprint"))
                continue
            article = result.article
            target = matcher.match(article)
            if target is None:
                stories.append(article)
                f.refs.append((article, "story"))
            else:
                _merge_sources(target, article)
                if target.published is None and article.published:
                    target.published, target.published_time = article.published, article.published_time
                redirect[id(article)] = (article, target)
                if target.id in matcher.existing and matcher.existing[target.id] is target:
                    touched[target.id] = target
                f.refs.append((target, "reprint"))
        progress.advance(len(chunk))
    progress.finish()
    for f in files:  # a chunk-level reprint of a story that itself became a reprint follows it
        resolved = []
        for article, role in f.refs:
            while id(article) in redirect:
                article = redirect[id(article)][1]
            resolved.append((article, role))
        f.refs = resolved
    return stories


def _translate(articles: list[Article], settings: Settings, report: ReindexReport, progress: Progress) -> None:
    totals = {"sentences_translated": 0, "sentences_cached": 0, "routes": {}}
    progress.stage("translate", len(articles))
    chunk_size = 200
    for i in range(0, len(articles), chunk_size):
        chunk = articles[i : i + chunk_size]
        try:
            reports = [translate_articles(chunk, settings)]
        except Exception:  # isolate the article that breaks the translator; the rest still get translated
            reports = []
            for article in chunk:
                try:
                    reports.append(translate_articles([article], settings))
                except Exception as exc:
                    report.errors.append({"source_path": article.source_path, "stage": "translate",
                                          "error": f"{type(exc).__name__}: {exc} (indexed untranslated)"})
        for tr in reports:
            # a model that failed (the translator never raises for that): the articles stay untranslated
            report.errors += [{"source_path": "", "stage": "translate", "error": str(e)}
                              for e in getattr(tr, "errors", [])]
            totals["sentences_translated"] += tr.sentences_translated
            totals["sentences_cached"] += tr.sentences_cached
            totals["routes"].update(tr.routes)
        progress.advance(len(chunk))
    progress.finish()
    totals["gaps"] = {lang: n for lang in TARGETS if (n := sum(lang not in a.translations for a in articles))}
    report.translation = totals


def prepare_articles(articles: list[Article], settings: Settings):
    """Entities + translations for articles that did not come through ingest_paths (HTTP POST).

    Returns the TranslationReport. Index them with index.updates.apply_changes.
    """
    from .entities import EntityExtractor

    extractor = EntityExtractor.default()
    for article in articles:
        extractor.annotate(article)
    return translate_articles(articles, settings)


# -- the job ----------------------------------------------------------------------------------

def reindex(sources, settings: Settings, *, full: bool | None = None, progress: Progress | None = None,
            registry: EntityRegistry | None = None, lock_timeout: float = 0.0, grace_seconds: float = 600.0,
            max_drop: float = 0.5) -> ReindexReport:
    """Bring the index at settings.index_dir up to date with the pages under `sources`.

    full=None: incremental when a live generation with a manifest exists, else a full rebuild.
    Raises index.locks.LockHeld (exit 75) when another reindex holds the lock. Returns the report;
    its exit_code is 3 (and `error` says why) when the served index was left as it was.
    `max_drop`: refuse a run that would remove more than this fraction of the served documents
    (an unmounted source directory looks like mass deletion).
    """
    progress = progress or Progress(quiet=True)
    registry = registry or EntityRegistry.load()
    store = IndexStore(settings.index_dir)
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
        report.mode = "full" if full or not has_manifest or _schema_changed(store, live) else "incremental"
        report.previous_generation = live
        roots = [os.path.abspath(s) for s in sources]
        missing = [s for s in roots if not os.path.exists(s)]
        if missing:
            report.error = f"source not found: {', '.join(missing)}; nothing changed"
            report.exit_code = EXIT_FAILED
            report.generation = live
            return report
        progress.event("start", mode=report.mode, index=str(store.root), live=live, sources=roots)
        try:
            if report.mode == "full":
                _full(store, live, roots, settings, registry, report, progress, max_drop)
            else:
                _incremental(store, live, roots, settings, registry, report, progress, max_drop)
        except ReindexFailed as exc:
            report.error = str(exc)
            report.exit_code = EXIT_FAILED
            report.generation = store.live_generation()
            progress.event("failed", error=report.error)
            return report
        t = time.perf_counter()
        report.removed_generations += store.prune(grace_seconds=grace_seconds)
        report.seconds["prune"] = round(time.perf_counter() - t, 3)
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


def _scan(roots, manifest: Manifest | None, report: ReindexReport, progress: Progress):
    """-> (files to parse, skipped records, paths gone). Unchanged = same mtime+size, or same hash."""
    t = time.perf_counter()
    known = manifest.inputs() if manifest else {}
    paths = [os.path.abspath(p) for p in map(str, expand_paths(roots))]
    report.files = len(paths)
    progress.stage("scan", len(paths))
    todo, touched, skipped = [], [], []
    for path in paths:
        prev = known.get(path)
        progress.advance()
        try:
            st = os.stat(path)
            if prev and not prev.pending and prev.mtime_ns == st.st_mtime_ns and prev.size == st.st_size:
                skipped.append(path)
                continue
            record = _stat_and_hash(path)
        except OSError:
            todo.append(_File(path, None, "changed" if prev else "new"))  # ingest reports the reason
            continue
        if prev and not prev.pending and prev.sha256 == record.sha256:
            skipped.append(path)
            touched.append(record)
            continue
        state = "new" if prev is None else ("resumed" if prev.pending else "changed")
        todo.append(_File(path, record, state))
    progress.finish()
    present = set(paths)
    gone = [p for p in known if p not in present and _under(p, roots)]
    report.files_skipped = len(skipped)
    report.files_deleted = len(gone)
    report.seconds["scan"] = round(time.perf_counter() - t, 3)
    return todo, skipped, gone, touched


def _classify(files: list[_File], previous: dict[str, str | None], report: ReindexReport,
              failed_ids: set[str], old_rows: dict[str, list[tuple[str, str]]], removed: set[str]) -> int:
    """Each record's outcome against what the index held before (previous: story id -> content hash).

    An input that held story X and now gives story Y, X gone (an edited page without a URL gets a
    new id), is one *changed* story, not a new one plus a deletion. Returns how many were paired so.
    """
    paired = 0
    for f in files:
        report.inputs += f.records
        if f.failed:
            report.failed += 1
        # only a page without a URL changes id when edited (its id hashes its text)
        fresh = [a for a, role in f.refs if role == "story" and not a.url and a.id not in failed_ids
                 and a.id not in previous]
        lost = {aid for aid, role in old_rows.get(f.path, ()) if role == "story"} & removed
        replacing = min(len(fresh), len(lost))
        paired += replacing
        for article, role in f.refs:
            if role == "reprint":
                report.reprints_merged += 1
            elif article.id in failed_ids:
                report.failed += 1
            elif article.id in previous:
                if previous[article.id] == article.content_hash:
                    report.unchanged += 1
                else:
                    report.changed += 1
            elif replacing and not article.url:
                replacing -= 1
                report.changed += 1
            else:
                report.new += 1
    return paired


def _outcome(f: _File) -> InputOutcome | None:
    if f.record is None or f.failed or not f.refs:
        return None  # rejected or failed: not remembered, so it is parsed again next run
    arts = {}
    for article, role in f.refs:
        if arts.get(article.id, (None, ""))[1] != "story":
            arts[article.id] = (article.id, role, article.content_hash if role == "story" else None)
    return InputOutcome(f.record, tuple(arts.values()))


def _full(store, live, roots, settings, registry, report, progress, max_drop) -> None:
    old = Manifest.open(store.path(live)) if live and (store.path(live) / MANIFEST_FILE).exists() else None
    try:
        previous = old.stories() if old else {}
        previous_ids = old.expected_ids() if old else set()
        files, _, _, _ = _scan(roots, None, report, progress)
        old_rows = old.articles_of([f.path for f in files]) if old else {}
        for f in files:
            f.state = "changed" if f.path in old_rows else "new"
    finally:
        if old:
            old.close()
    by_path = {f.path: f for f in files}

    t = time.perf_counter()
    stories = _ingest(files, by_path, StoryMatcher(), report, progress, {})
    report.seconds["ingest"] = round(time.perf_counter() - t, 3)

    t = time.perf_counter()
    _translate(stories, settings, report, progress)
    report.seconds["translate"] = round(time.perf_counter() - t, 3)

    t = time.perf_counter()
    progress.stage("index", len(stories))
    index_errors: list[dict] = []
    name = write_generation(store, stories, registry, publish=False, errors=index_errors, progress=progress.advance)
    progress.finish()
    failed_ids = {e["article_id"] for e in index_errors}
    report.errors += [{k: e[k] for k in ("source_path", "stage", "error")} for e in index_errors]
    written = [a for a in stories if a.id not in failed_ids]
    gone_ids = set(previous) - {a.id for a in written}
    paired = _classify(files, previous, report, failed_ids, old_rows, gone_ids)
    manifest = Manifest.open(store.path(name))
    try:
        manifest.record([o for f in files if (o := _outcome(f)) and not any(a in failed_ids for a, _, _ in o.articles)])
        report.seconds["index"] = round(time.perf_counter() - t, 3)
        progress.event("generation_written", generation=name, documents=len(written))

        t = time.perf_counter()
        index = store.open(name)
        try:
            report.validation = validate_generation(index, written)
        finally:
            index.close()
        problems = report.validation["problems"]
        report.seconds["validate"] = round(time.perf_counter() - t, 3)
        if problems:
            raise ReindexFailed("validation failed, the live index is unchanged: " + "; ".join(problems[:5]))

        t = time.perf_counter()
        # API writes that landed in the live generation while this one was built: replay them under
        # the write lock (HTTP writes wait up to their timeout meanwhile), then switch.
        with store.write_lock().acquire(timeout=120):
            live_now = store.live_generation()
            if live_now and (store.path(live_now) / MANIFEST_FILE).exists():
                current = Manifest.open(store.path(live_now))
                try:
                    journal = current.journal()
                    manifest.copy_journal_from(current)
                finally:
                    current.close()
                if journal:
                    _replay(store.open(name), journal, registry)
                report.api_articles = sum(1 for _, op, _ in journal if op == "upsert")
            report.documents = _doc_count(store, name)
            expected = manifest.expected_ids()
            if report.documents != len(expected):
                raise ReindexFailed(f"after replaying API writes the generation holds {report.documents} "
                                    f"documents, its manifest {len(expected)}; the live index is unchanged")
            live_docs = _doc_count(store, live_now)
            if live_docs and report.documents < (1 - max_drop) * live_docs:
                report.validation["problems"].append(
                    f"the new generation would drop from {live_docs} to {report.documents} documents (more "
                    f"than max_drop={max_drop:.0%}); check the sources, or pass --max-drop 1")
                raise ReindexFailed("validation failed, the live index is unchanged: "
                                    + report.validation["problems"][-1])
            store.publish(name)
        report.generation = name
        report.articles_deleted = max(0, len(previous_ids - expected) - paired)
        report.seconds["publish"] = round(time.perf_counter() - t, 3)
        progress.event("published", generation=name, previous=live, documents=report.documents)
    except BaseException:
        manifest.close()
        if store.live_generation() != name:
            shutil.rmtree(store.path(name), ignore_errors=True)
        raise
    manifest.close()


def _schema_changed(store: IndexStore, live: str) -> bool:
    """The code's schema has fields the live generation lacks (or lost some): documents written now
    would not fit it, so the run rebuilds instead of writing into it."""
    from .index.schema import build_schema

    index = store.open(live)
    try:
        return set(index.schema.names()) != set(build_schema().names())
    finally:
        index.close()


def _replay(index, journal, registry) -> None:
    writer = index.writer(timeout=30)
    try:
        for aid, op, article in journal:
            if op == "upsert":
                writer.update_document(**article_document(Article.from_dict(json.loads(article)), registry))
            else:
                writer.delete_by_term("id", aid)
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    index.close()


def _doc_count(store: IndexStore, name: str | None) -> int:
    if not name:
        return 0
    index = store.open(name)
    try:
        with index.searcher() as s:
            return s.doc_count()
    finally:
        index.close()


def _incremental(store, live, roots, settings, registry, report, progress, max_drop) -> None:
    manifest = Manifest.open(store.path(live))
    try:
        _incremental_run(store, live, manifest, roots, settings, registry, report, progress, max_drop)
    finally:
        manifest.close()


def _incremental_run(store, live, manifest, roots, settings, registry, report, progress, max_drop) -> None:
    previous = manifest.stories()
    files, skipped, gone, touched_records = _scan(roots, manifest, report, progress)
    if touched_records:
        manifest.touch(touched_records)

    # A story changes when any of its copies changes or goes: re-read all of its copies, so the
    # story is rebuilt from what is on disk now (its first copy may be the one that went).
    seen_before = [f.path for f in files if f.state != "new"]
    affected = {aid for rows in manifest.articles_of(seen_before + gone).values() for aid, _ in rows}

    def add_copies(story_ids) -> None:
        listed = {f.path for f in files} | set(gone)
        for path in sorted(manifest.inputs_of(story_ids) - listed):
            if os.path.exists(path):
                try:
                    files.append(_File(path, _stat_and_hash(path), "reread"))
                except OSError:
                    files.append(_File(path, None, "reread"))
            else:
                gone.append(path)  # a copy outside the given sources that is gone too

    add_copies(affected)
    live_docs = _doc_count(store, live)
    stories: list[Article] = []
    touched: dict[str, Article] = {}
    if files or gone:
        index = store.open(live)
        searcher = index.searcher()
        try:
            t = time.perf_counter()
            rejected_before, errors_before = len(report.rejected), len(report.errors)
            for _attempt in range(3):
                # a story's first copy is the first in input order, as in a full run
                files.sort(key=lambda f: _input_order(f.path, roots))
                for f in files:
                    f.refs, f.records, f.failed = [], 0, False
                del report.rejected[rejected_before:], report.errors[errors_before:]
                matcher = StoryMatcher(searcher, indexed_ids=set(previous) - affected)
                touched = {}
                stories = _ingest(files, {f.path: f for f in files}, matcher, report, progress, touched)
                # A new copy that comes before an indexed story's first copy makes it the first copy
                # (a full run would): rebuild that story from all its copies.
                reorder = {aid for aid, story in touched.items()
                           if min((s.source_path for s in story.sources if s.source_path),
                                  key=lambda p: _input_order(p, roots), default=None) != story.source_path}
                if not reorder:
                    break
                affected |= reorder
                add_copies(reorder)
            report.seconds["ingest"] = round(time.perf_counter() - t, 3)
            # unchanged text: keep the translations the index already has (no translator call at all)
            for article in stories:
                if previous.get(article.id) == article.content_hash:
                    stored = searcher.document(id=article.id)
                    if stored:
                        old = Article.from_dict(json.loads(stored["article"]))
                        for lang, tr in old.translations.items():
                            article.translations.setdefault(lang, tr)
        finally:
            searcher.close()
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
        report.gaps_filled = _fill_gaps(store, live, settings, registry, report, progress, written=set(),
                                        api_ids={aid for aid, op, _ in manifest.journal() if op == "upsert"})
        if report.gaps_filled:
            report.seconds["fill_gaps"] = round(time.perf_counter() - t, 3)
        report.generation, report.documents = live, _doc_count(store, live)
        return
    # Until their new rows are written, these inputs must not be trusted by a run that follows a kill.
    manifest.mark_pending([f.path for f in files if f.state != "new"])
    rows_before = manifest.articles_of([f.path for f in files])

    # an article the API wrote last (journal upsert) is the API's now: a file going does not delete it
    api_ids = {aid for aid, op, _ in manifest.journal() if op == "upsert"}
    deletes = sorted(affected - {a.id for a in stories} - api_ids)
    if live_docs and len(deletes) > max_drop * live_docs:
        raise ReindexFailed(f"{len(deletes)} of {live_docs} documents would be deleted (more than "
                            f"max_drop={max_drop:.0%}); check the sources, or pass --max-drop 1")

    t = time.perf_counter()
    _translate(stories, settings, report, progress)
    report.seconds["translate"] = round(time.perf_counter() - t, 3)

    t = time.perf_counter()
    failed_ids = _write_changes(store, files, touched, deletes, gone, registry, report, progress)
    report.seconds["index"] = round(time.perf_counter() - t, 3)
    paired = _classify(files, previous, report, failed_ids, rows_before, set(deletes))
    report.articles_deleted = len(deletes) - paired

    t = time.perf_counter()
    report.gaps_filled = _fill_gaps(store, live, settings, registry, report, progress,
                                    written={a.id for a in stories}, api_ids=api_ids)
    if report.gaps_filled:
        report.seconds["fill_gaps"] = round(time.perf_counter() - t, 3)

    t = time.perf_counter()
    report.validation = _check_consistency(store, live)
    report.seconds["validate"] = round(time.perf_counter() - t, 3)
    for problem in report.validation["problems"]:
        report.errors.append({"source_path": str(store.root), "stage": "validate", "error": problem})
    report.generation = live
    report.documents = report.validation["checks"]["documents"]


def _write_changes(store, files, touched, deletes, gone, registry, report, progress) -> set[str]:
    """Commit in chunks of files, each commit followed by its manifest rows: a kill between two
    commits loses nothing (rows still pending are processed again next run). Returns the ids of
    stories that could not be written."""
    failed_ids: set[str] = set()

    def apply(chunk_files, deletes_now, gone_now):
        upserts: dict[str, Article] = {}
        for f in chunk_files:
            for article, role in f.refs:
                if role == "story" or article.id in touched:
                    upserts[article.id] = article
        apply_changes(store, list(upserts.values()), deletes_now, registry=registry, timeout=60,
                      inputs=[o for f in chunk_files if (o := _outcome(f))], removed_inputs=gone_now)

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


GAP_FILL_LIMIT = 1000  # indexed articles translated per incremental run once a model is installed


def _fill_gaps(store, live, settings, registry, report, progress, written: set[str], api_ids: set[str]) -> int:
    """Indexed articles that lack a language a model can now produce (it was installed after they
    were indexed): translate and rewrite them, so unchanged pages do not stay untranslated forever."""
    from whoosh.query import NumericRange, Or

    from .languages import LANGUAGES
    from .translation.models import ModelCatalog

    try:
        routes = [lang for lang, route in ModelCatalog.load(settings.models_dir).routes().items() if route.available]
    except Exception as exc:  # a broken models folder: the translate stage reports it; don't fail here
        progress.event("fill_gaps_skipped", error=f"{type(exc).__name__}: {exc}")
        return 0
    if not routes:
        return 0
    bits = [1 << LANGUAGES.index(lang) for lang in routes]
    masks = [m for m in range(1 << len(LANGUAGES)) if any(not m & b for b in bits)]
    index = store.open(live)
    try:
        with index.searcher() as s:
            if "translated" not in s.schema:
                return 0
            docnums = list(s.docs_for_query(Or([NumericRange("translated", m, m) for m in masks])))
            articles = []
            for docnum in docnums:
                stored = s.stored_fields(docnum)
                if stored["id"] not in written:
                    articles.append(Article.from_dict(json.loads(stored["article"])))
                if len(articles) >= GAP_FILL_LIMIT:
                    break
    finally:
        index.close()
    if not articles:
        return 0
    before = {a.id: set(a.translations) for a in articles}
    sub = ReindexReport()
    _translate(articles, settings, sub, progress)
    for key in ("sentences_translated", "sentences_cached"):
        report.translation[key] = report.translation.get(key, 0) + sub.translation.get(key, 0)
    report.errors += sub.errors
    filled = [a for a in articles if set(a.translations) - before[a.id]]
    for group, inputs in (([a for a in filled if a.id not in api_ids], []), ([a for a in filled if a.id in api_ids], None)):
        if group:  # API articles also go to the journal, so a full rebuild replays the translated version
            apply_changes(store, group, [], registry=registry, timeout=60, inputs=inputs)
    return len(filled)


def _check_consistency(store: IndexStore, name: str) -> dict:
    """After in-place writes: the index holds exactly the ids the manifest promises.

    Under the write lock, so that an API write between reading the manifest and the index is not
    mistaken for an inconsistency."""
    with store.write_lock().acquire(timeout=60):
        manifest = Manifest.open(store.path(name))
        try:
            expected = manifest.expected_ids()
            unsettled = manifest.pending_ids() - expected  # inputs that failed this run: either way
        finally:
            manifest.close()
        index = store.open(name)
        try:
            with index.searcher() as s:
                count = s.doc_count()
                missing = [i for i in expected if s.document_number(id=i) is None]
                extra = sum(1 for i in unsettled if s.document_number(id=i) is not None)
        finally:
            index.close()
    problems = []
    if missing:
        problems.append(f"{len(missing)} articles the manifest lists are not in the index, e.g. {missing[:3]}")
    if count != len(expected) + extra:
        problems.append(f"the index holds {count} documents, the manifest {len(expected)}; "
                        f"`searchsvc reindex --full` rebuilds both")
    return {"checks": {"documents": count, "expected": len(expected)}, "problems": problems}
