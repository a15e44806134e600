"""Translating an archive on Dask workers: sentence batches out, translations into the sentence cache.

>>> with translation_cluster(settings, workers=2) as client:           # a LocalCluster on this machine
...     report = ArchiveTranslation(settings, client).run(backlog.articles(), total=backlog.total)
>>> translation_cluster(settings, scheduler="tcp://10.0.0.5:8786")      # or the workers of a cluster

Why Dask distributed: pure Python (no extra daemon, no object store), a LocalCluster on a laptop
and `Client(address)` on a cluster run the same code, a worker plugin holds per-worker state (the
CTranslate2 translators, loaded once), and the scheduler re-runs the tasks of a worker that dies.

Who does what:
  client (this process)  reads articles in priority order, splits sentences, looks up the cache,
                         sends the misses in length-sorted batches (`task_sentences` each), and
                         writes every finished batch into the cache in one transaction. The
                         client is the only cache writer, so workers need no shared disk.
  worker                 `TranslatorHost` (a WorkerPlugin) loads each package once from the
                         worker's own models_dir, on the worker's device (settings.translate_device:
                         cpu or cuda), and checks that its files hash to the identity the client
                         expects (else the task fails: the cache never mixes model versions).
A pivot route (en->ru->be) is two tasks: when an en->ru batch comes back, its outputs that the
cache lacks for ru->be go out as the next batch.

What a crash leaves: a dead worker loses only the batches it held; the scheduler gives them to
another worker (`distributed.scheduler.allowed-failures` times). A stopped or killed client
loses the batches in flight and nothing else: every batch written is a committed transaction,
and the next run skips every cached sentence, so it resumes where the last one stopped.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import logging
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ..article import Article
from .cache import TranslationCache
from .engine import PackageTranslator, default_length_limits, model_identity
from ..languages import LanguageRegistry, resolve
from .models import InstalledModel, ModelCatalog
from .sentences import needs_translation, split_text

log = logging.getLogger("searchsvc.translation")

PLUGIN_NAME = "searchsvc-translators"
TASK_SENTENCES = 64  # per task: a few seconds of CPU on a transformer-base model; many more for a GPU
CHUNK_ARTICLES = 100  # articles planned at a time (cache look-ups, batching)
TASK_RETRIES = 2  # a task that raised (not a dead worker: the scheduler handles those) is re-run
MAX_FAILED_TASKS = 3  # more than this and the run stops: something is wrong with every worker


class ModelMismatch(RuntimeError):
    """A worker's package is not the one the client's cache keys name (another version or files)."""


@dataclass(frozen=True)
class Leg:
    """One model step as a worker finds it: the package folder and the identity it must hash to."""

    package: str  # folder under the worker's models_dir, e.g. translate-en_ru-1_9
    identity: str  # engine.model_identity on the client: the cache key
    description: str = ""


class _FileDigests:
    """model_identity() wants a file hasher; a worker has no cache of its own to remember them in."""

    @staticmethod
    def file_sha256(path) -> str:
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()


def _distributed():
    """The one import of dask.distributed (an optional dependency of the web process)."""
    import distributed

    return distributed


def quiet_cluster_logs() -> None:
    """Dask's INFO lines (workers joining, comms closing) are not progress: warnings and up only.
    After importing distributed, whose import sets its loggers' levels from its config."""
    _distributed()
    logging.getLogger("distributed").setLevel(logging.WARNING)


@functools.cache
def _host_class():
    distributed = _distributed()

    class TranslatorHost(distributed.WorkerPlugin):
        """Per-worker translators, loaded once per package and kept for the worker's life.

        `settings` are the client's for a local cluster; on a cluster the worker's own
        (SEARCHSVC_MODELS_DIR, SEARCHSVC_TRANSLATE_DEVICE ...) with the decoding settings that
        are part of the cache key (`overrides`) taken from the client.
        """

        name = PLUGIN_NAME

        def __init__(self, settings=None, overrides: dict | None = None, length_limits=default_length_limits):
            self.settings, self.overrides, self.length_limits = settings, overrides or {}, length_limits
            self.engines: dict[str, PackageTranslator] = {}  # set up on the worker
            self.lock = None

        def setup(self, worker) -> None:
            if self.settings is None:
                from ..config import Settings

                self.settings = Settings.load()
            self.settings = dataclasses.replace(self.settings, **self.overrides)
            self.engines = {}
            self.lock = threading.Lock()

        def engine(self, leg: Leg) -> PackageTranslator:
            with self.lock:
                engine = self.engines.get(leg.identity)
                if engine is None:
                    model = _find_package(self.settings.models_dir, leg.package)
                    found = model_identity(model, _FileDigests(), self.settings.translate_beam)
                    if found != leg.identity:
                        raise ModelMismatch(f"{leg.package} on this worker is {found}, the client expects "
                                            f"{leg.identity}: install the same package file on every worker")
                    engine = PackageTranslator.from_settings(model, self.settings, length_limits=self.length_limits)
                    engine.load()
                    self.engines[leg.identity] = engine
                return engine

    return TranslatorHost


def _find_package(models_dir: str, package: str) -> InstalledModel:
    for model in ModelCatalog.load(models_dir).models:
        if model.name == package:
            return model
    raise ModelMismatch(f"package {package} is not installed in this worker's models folder {models_dir}")


# -- the tasks (run on workers) --------------------------------------------------------------

def translate_sentences(leg: Leg, sentences: list[str]) -> dict[str, str]:
    """One batch through one model on this worker: source -> translation."""
    worker = _distributed().get_worker()
    engine = worker.plugins[PLUGIN_NAME].engine(leg)
    return dict(zip(sentences, engine.translate(sentences)))


def worker_devices(dask_worker) -> dict:
    """(on a worker, by client.run) the device its translators run on: for `searchsvc translate`'s banner."""
    worker = dask_worker
    host = worker.plugins.get(PLUGIN_NAME)
    device = host.settings.translate_device if host and host.settings else "?"
    if device == "cuda":
        import ctranslate2

        if ctranslate2.get_cuda_device_count() == 0:
            device = "cpu (cuda requested, none visible)"
    return {"device": device, "threads": worker.state.nthreads}


# -- the client side -------------------------------------------------------------------------

@contextlib.contextmanager
def translation_cluster(settings, *, scheduler: str | None = None, workers: int = 2, threads_per_worker: int = 1,
                        worker_overrides: dict | None = None, length_limits=default_length_limits,
                        memory_limit: str | int = 0) -> Iterator:
    """A Client with a TranslatorHost on every worker, present and future (restarted workers too).

    No `scheduler`: a LocalCluster of `workers` processes on this machine, with this process's
    settings. With one: that cluster's workers, each with its own settings, except the decoding
    settings that the cache key holds (beam) and `worker_overrides` (e.g. translate_device).
    """
    distributed = _distributed()
    cluster = None
    if scheduler:
        client = distributed.Client(scheduler, timeout="30s")
        keyed = {"translate_beam": settings.translate_beam, "translate_batch": settings.translate_batch}
        host = _host_class()(None, {**keyed, **(worker_overrides or {})}, length_limits)
    else:
        import dask

        # Dask's nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536, which also fixes glibc's
        # mmap threshold: CTranslate2 then maps and unmaps its buffers at every decoding step and
        # spends 1.8x the CPU per sentence (docs/benchmarks.md). Workers keep glibc's defaults.
        with dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}):
            cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=threads_per_worker,
                                               processes=True, dashboard_address=None, memory_limit=memory_limit)
        client = distributed.Client(cluster)
        host = _host_class()(settings, worker_overrides or {}, length_limits)
    try:
        client.register_plugin(host, name=PLUGIN_NAME)
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


@dataclass
class ArchiveReport:
    articles: int = 0  # articles in the run
    articles_done: int = 0  # every sentence of every missing language is in the cache
    articles_planned: int = 0  # read, split and looked up so far
    sentences_expected: int = 0  # for the planned articles, all legs (a pivot's second leg estimated)
    sentences_sent: int = 0  # sent to workers (one count per leg)
    sentences_written: int = 0  # translations written into the cache
    sentences_cached: int = 0  # found in the cache when planned
    tasks: int = 0
    tasks_failed: int = 0
    languages: dict[str, str] = field(default_factory=dict)  # lang -> route kind
    errors: list[str] = field(default_factory=list)
    stopped: bool = False  # stopped before the end (Ctrl-C, --max-seconds, should_stop): rerun to resume
    seconds: float = 0.0
    workers: int = 0

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    def seconds_left(self, elapsed: float) -> float | None:
        """From the sentences still to translate (those of unplanned articles extrapolated from
        the planned ones) at the rate so far; None before the first batch is back."""
        if self.articles_planned and self.articles and self.sentences_expected == 0:
            return 0.0 if self.articles_planned >= self.articles else None
        if not self.sentences_written or elapsed <= 0:
            return None
        total = self.sentences_expected * max(self.articles, self.articles_planned) / max(self.articles_planned, 1)
        return max(total - self.sentences_written, 0) / (self.sentences_written / elapsed)


@dataclass
class _Task:
    leg: Leg
    articles: list[int]  # indexes (into the run) of the articles waiting for it
    sentences: list[str] = field(default_factory=list)
    chain: tuple[Leg, ...] = ()  # legs still to run on this task's output
    chain_key: tuple[str, ...] = ()


class ArchiveTranslation:
    """One run over a stream of articles, newest/most-read first; resumable at any point.

    `on_progress(report)` is called after every finished task (a progress bar, or a test that
    kills a worker mid-run); `should_stop()` is checked as often, to stop cleanly.
    """

    def __init__(self, settings, client, *, langs: Iterable[str] | None = None, task_sentences: int = TASK_SENTENCES,
                 chunk_articles: int = CHUNK_ARTICLES, window: int | None = None,
                 on_progress: Callable[[ArchiveReport], None] | None = None,
                 should_stop: Callable[[], bool] | None = None, languages: LanguageRegistry | None = None):
        """`languages`: the service's (Services.languages; default: default_languages())."""
        self.settings, self.client = settings, client
        self.languages = resolve(languages)
        self.langs = tuple(langs) if langs else None
        self.task_sentences, self.chunk_articles = max(1, task_sentences), max(1, chunk_articles)
        self.window = window
        self.on_progress = on_progress or (lambda report: None)
        self.should_stop = should_stop or (lambda: False)
        self.cache = TranslationCache(settings.translation_cache_dir)
        self.catalog = ModelCatalog.load(settings.models_dir, self.languages)
        self._legs: dict[str, Leg] = {}
        self._inflight: dict[tuple[str, ...], set[str]] = {}
        self._waiting: dict[int, int] = {}  # article index -> tasks it waits for
        self._failed: set[int] = set()  # articles a failed task left unfinished

    def routes(self) -> dict[str, tuple[Leg, ...]]:
        """lang -> legs from English, for every target language a model route exists for."""
        out = {}
        for lang in self.langs or self.languages.target_codes:
            route = self.catalog.route(lang)
            if route.available:
                out[lang] = tuple(self._leg(m) for m in route.legs)
        return out

    def _leg(self, model: InstalledModel) -> Leg:
        if model.name not in self._legs:
            identity = model_identity(model, self.cache, self.settings.translate_beam)
            self._legs[model.name] = Leg(model.name, identity, f"{model.name} {model.version}")
        return self._legs[model.name]

    # -- planning -----------------------------------------------------------------------------

    def _plan(self, articles: list[tuple[int, Article]], routes, report: ArchiveReport) -> list[_Task]:
        """Tasks for the sentences of `articles` that no cache entry or task in flight covers."""
        sentences_of = {}
        for index, article in articles:
            parts = split_text(article.title) + split_text(article.body)
            sentences_of[index] = {s for s, _ in parts if needs_translation(s)}
        tasks: list[_Task] = []
        # longer chains first: their first leg also serves the shorter routes that share it
        for lang, legs in sorted(routes.items(), key=lambda item: -len(item[1])):
            wanted = [(i, a) for i, a in articles if a.lang == self.languages.source.code and lang not in a.translations]
            if not wanted:
                continue
            texts_of = {i: sentences_of[i] for i, _ in wanted}  # article -> texts at the current leg
            for depth, leg in enumerate(legs):
                texts = set().union(*texts_of.values())
                known = self.cache.get_many(leg.identity, sorted(texts))
                report.sentences_cached += len(known)
                chain = legs[depth + 1:]
                busy = set().union(*(v for k, v in self._inflight.items()
                                     if k[:len(chain) + 1] == tuple(x.identity for x in legs[depth:])))
                missing = sorted((t for t in texts if t not in known and t not in busy), key=lambda t: (len(t), t))
                for start in range(0, len(missing), self.task_sentences):
                    batch = missing[start:start + self.task_sentences]
                    members = set(batch)
                    key = tuple(x.identity for x in legs[depth:])
                    tasks.append(_Task(leg, [i for i, t in texts_of.items() if t & members], batch, chain, key))
                    self._inflight.setdefault(key, set()).update(batch)
                # the next leg starts from what this one already has; the rest follows its task
                texts_of = {i: {known[t] for t in ts if t in known} for i, ts in texts_of.items()}
                if not any(texts_of.values()):
                    break
        return tasks

    # -- running ------------------------------------------------------------------------------

    def run(self, articles: Iterable[Article], total: int | None = None) -> ArchiveReport:
        distributed = _distributed()
        report = ArchiveReport(articles=total or 0)
        started = time.perf_counter()
        routes = self.routes()
        report.languages = {lang: ("direct" if len(legs) == 1 else "pivot") for lang, legs in routes.items()}
        report.workers = len(self.client.scheduler_info().get("workers", {})) or 1
        window = self.window or 2 * sum(w.get("nthreads", 1) for w in
                                        self.client.scheduler_info().get("workers", {}).values()) + 2
        if not routes:
            report.errors.append("no translation model installed for " + ", ".join(self.langs or self.languages.target_codes))
            return report
        pending = distributed.as_completed()
        futures: dict = {}  # future -> _Task
        stream = enumerate(articles)
        counted = 0
        exhausted = False
        try:
            while True:
                while not exhausted and len(futures) < window and not report.stopped:
                    chunk = []
                    for item in stream:
                        chunk.append(item)
                        if len(chunk) >= self.chunk_articles:
                            break
                    if not chunk:
                        exhausted = True
                        break
                    counted += len(chunk)
                    report.articles_planned = counted
                    tasks = self._plan(chunk, routes, report)
                    for task in tasks:
                        report.sentences_expected += len(task.sentences) * (1 + len(task.chain))
                        self._submit(task, pending, futures, report)
                    for i, _ in chunk:  # articles nothing is left to do for
                        if self._waiting.get(i, 0) == 0:
                            self._waiting.pop(i, None)
                            report.articles_done += 1
                    if report.articles < counted:
                        report.articles = counted
                if not futures:
                    break
                future = next(pending)
                task = futures.pop(future)
                self._finish(task, future, pending, futures, report)
                self.on_progress(report)
                if report.tasks_failed > MAX_FAILED_TASKS:
                    report.errors.append(f"stopped: {report.tasks_failed} batches failed")
                    report.stopped = True
                if not report.stopped and self.should_stop():
                    report.stopped = True
                if report.stopped:
                    break
        except KeyboardInterrupt:
            report.stopped = True
        finally:
            if futures:
                self.client.cancel(list(futures))
            report.seconds = round(time.perf_counter() - started, 3)
        return report

    def _submit(self, task: _Task, pending, futures: dict, report: ArchiveReport) -> None:
        future = self.client.submit(translate_sentences, task.leg, task.sentences, retries=TASK_RETRIES, pure=False)
        report.sentences_sent += len(task.sentences)
        futures[future] = task
        pending.add(future)
        report.tasks += 1
        for i in task.articles:
            self._waiting[i] = self._waiting.get(i, 0) + 1

    def _finish(self, task: _Task, future, pending, futures: dict, report: ArchiveReport) -> None:
        inflight = self._inflight.get(task.chain_key)
        if inflight is not None:
            inflight.difference_update(task.sentences)
        try:
            result: dict[str, str] = future.result()
        except Exception as exc:  # the batch stays untranslated: the next run tries it again
            report.tasks_failed += 1
            report.errors.append(f"{task.leg.package}: {type(exc).__name__}: {exc}"[:500])
            log.warning("translation batch failed: %s", exc)
            self._failed.update(task.articles)  # not done: they wait for the next run
            report.sentences_expected -= len(task.sentences) * (1 + len(task.chain))
            result = None
        if result is not None:
            self.cache.put_many(task.leg.identity, result, task.leg.description)
            report.sentences_written += len(result)
            if task.chain:  # the next leg of a pivot, for the outputs it has not seen yet
                outputs = sorted(set(result.values()))
                known = self.cache.get_many(task.chain[0].identity, outputs)
                report.sentences_cached += len(known)
                todo = [t for t in outputs if t not in known]
                report.sentences_expected += (len(todo) - len(task.sentences)) * len(task.chain)
                if todo:
                    self._inflight.setdefault(task.chain_key[1:], set()).update(todo)
                    self._submit(_Task(task.chain[0], task.articles, todo, task.chain[1:], task.chain_key[1:]),
                                 pending, futures, report)
        for i in task.articles:
            left = self._waiting.get(i, 0) - 1
            if left <= 0:
                self._waiting.pop(i, None)
                report.articles_done += i not in self._failed
            else:
                self._waiting[i] = left


def describe_workers(client) -> Counter:
    """'cpu' / 'cuda' -> worker count, as the workers' own plugins see it."""
    return Counter(info["device"] for info in client.run(worker_devices).values())
