"""`searchsvc models list | install LANG... | install --file X.argosmodel | remove PACKAGE`, and
`searchsvc translate` (the index's untranslated articles, on Dask workers: local or a cluster).

Packages live in SEARCHSVC_MODELS_DIR (settings.models_dir). `install LANG` downloads from
the Argos package index when the network allows; `install --file` works offline.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import time

from ..logs import event_line


def register(sub, languages) -> None:
    """Add this package's subcommands to the CLI's subparsers (`languages`: the CLI's registry)."""
    p = sub.add_parser("models", help="list, install or remove translation packages (Argos Translate)")
    p.add_argument("--models-dir", metavar="DIR", help="default: SEARCHSVC_MODELS_DIR or the user data directory")
    msub = p.add_subparsers(dest="models_command", required=True)

    q = msub.add_parser("list", help="installed packages and the ru/be routes they give")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list)

    q = msub.add_parser("install", help="install from the Argos index (LANG or FROM-TO) or from files")
    q.add_argument("langs", nargs="*", metavar="LANG", help="ru, be, or a pair such as ru-be (from the index)")
    q.add_argument("--file", action="append", default=[], metavar="PACKAGE.argosmodel",
                   help="install a local package file (repeatable; works offline)")
    q.set_defaults(func=cmd_install)

    q = msub.add_parser("remove", help="remove an installed package (directory name or pair such as en-ru)")
    q.add_argument("package")
    q.set_defaults(func=cmd_remove)

    import argparse

    p = sub.add_parser(
        "translate", help="translate the index's untranslated articles on Dask workers (this machine or a cluster)",
        description="Fills the sentence cache for every indexed article that lacks a language a model exists for: "
                    "newest first, then the most opened, then the rest. The next `searchsvc reindex` writes them "
                    "into the index from the cache (its gap filling). Stop at any time; a rerun resumes.",
        epilog=TRANSLATE_EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--index", metavar="DIR", help="default: SEARCHSVC_INDEX_DIR")
    p.add_argument("--models-dir", metavar="DIR", help="default: SEARCHSVC_MODELS_DIR")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="a Dask scheduler (tcp://host:8786); its workers use their own SEARCHSVC_* settings "
                        "(models folder, device). Default: a local cluster of --workers processes")
    p.add_argument("--workers", type=int, default=0, metavar="N", help="local worker processes (default: one per core)")
    p.add_argument("--device", choices=("cpu", "cuda"),
                   help="translate_device for the workers (default: SEARCHSVC_TRANSLATE_DEVICE; cuda falls back "
                        "to the CPU with a warning on a worker that has no GPU)")
    p.add_argument("--lang", action="append", choices=languages.target_codes, help="only this language (repeatable; default: all)")
    p.add_argument("--recent-days", type=int, default=30, metavar="DAYS",
                   help="articles from the DAYS up to the newest one come first (default 30)")
    p.add_argument("--limit", type=int, metavar="N", help="at most N articles this run")
    p.add_argument("--task-sentences", type=int, default=0, metavar="N",
                   help="sentences per task (default 64 on CPU, 1024 with --device cuda)")
    p.add_argument("--max-seconds", type=float, metavar="S", help="stop cleanly after S seconds (resume later)")
    p.add_argument("--json", action="store_true", help="print the report as JSON on stdout")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(func=cmd_translate)


TRANSLATE_EXIT_CODES = """exit codes:
  0   done: every article's sentences are in the cache (run `searchsvc reindex` to index them)
  1   done, but some batches failed (listed); a rerun retries them
  2   usage error
  3   nothing to do: no index, or no model for any language asked for
  75  stopped before the end (Ctrl-C, --max-seconds, too many failed batches): a rerun resumes
"""


def _error(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def cmd_list(args, services) -> int:
    from .models import ModelCatalog, not_upstream

    settings = services.settings  # --models-dir applied by the CLI
    languages = services.languages
    catalog = ModelCatalog.load(settings.models_dir, languages)
    routes = catalog.routes()
    if args.json:
        print(json.dumps({
            "models_dir": str(catalog.models_dir),
            "packages": [{"package": m.name, "pair": m.pair, "from": m.from_code, "to": m.to_code,
                          "version": m.version, "source_prefix": m.source_prefix} for m in catalog.models],
            "routes": {lang: {"route": r.kind, "packages": [m.name for m in r.legs]} for lang, r in routes.items()},
        }, ensure_ascii=False, indent=2))
        return 0
    print(f"models directory: {catalog.models_dir}")
    if catalog.models:
        width = max(len(m.name) for m in catalog.models)
        print(f"{'PAIR':<9} {'PACKAGE':<{width}}  VERSION  NOTE")
        for m in catalog.models:
            note = f"source prefix {m.source_prefix}" if m.source_prefix else ""
            print(f"{m.pair:<9} {m.name:<{width}}  {m.version:<7}  {note}".rstrip())
    else:
        print("no translation packages installed")
    for lang in languages.target_codes:
        print(routes[lang].describe())
    missing = [lang for lang in languages.target_codes if not routes[lang].available]
    if missing:
        source = languages.source.code
        from_index = [lang for lang in missing if not not_upstream((source, lang))]
        routes_text = [f"searchsvc models install {' '.join(from_index)}"] if from_index else []
        routes_text += [f"{lang}: {why}" for lang in missing if (why := not_upstream((source, lang)))]
        print(f"articles are indexed without {', '.join(missing)} until a package is installed: "
              + "; ".join(routes_text) + "  (or --file PACKAGE.argosmodel)")
    return 0


def cmd_install(args, services) -> int:
    from .models import ModelInstallError, install_file, install_from_index, parse_pair

    settings = services.settings  # --models-dir applied by the CLI
    if not args.langs and not args.file:
        return _error("name languages to install from the Argos index (e.g. ru) or --file PACKAGE.argosmodel")
    try:
        for path in args.file:
            info, replaced = install_file(settings.models_dir, path)
            extra = f" (replaced {', '.join(replaced)})" if replaced else ""
            print(f"installed {info.folder}: {info.from_code}->{info.to_code} version {info.version}{extra}")
            _prune_cache(settings, [(info.from_code, info.to_code)])
        if args.langs:
            try:
                pairs = [parse_pair(text, services.languages) for text in args.langs]
            except ValueError as exc:
                return _error(str(exc))
            for info in install_from_index(settings.models_dir, settings.translation_cache_dir, pairs,
                                           index_base=settings.argos_package_index):
                print(f"installed {info.folder}: {info.from_code}->{info.to_code} version {info.version}")
            _prune_cache(settings, pairs)
    except ModelInstallError as exc:
        return _error(str(exc))
    return 0


def cmd_remove(args, services) -> int:
    from .models import ModelCatalog, ModelInstallError, remove

    settings = services.settings  # --models-dir applied by the CLI
    before = {(m.from_code, m.to_code) for m in ModelCatalog.load(settings.models_dir).models}
    try:
        removed = remove(settings.models_dir, args.package)
    except ModelInstallError as exc:
        return _error(str(exc))
    print(f"removed {', '.join(removed)}")
    _prune_cache(settings, sorted(before))
    return 0


class TranslateProgress:
    """Articles done, sentences/s and time left: a line redrawn on a terminal, otherwise log lines of the
    one structured format (searchsvc/logs.py), logger `searchsvc.translate`."""

    def __init__(self, total: int, stream=None, quiet: bool = False):
        self.total, self.stream, self.quiet = total, stream or sys.stderr, quiet
        self.tty = self.stream.isatty()
        self.started = self.last = time.monotonic()

    def __call__(self, report, force: bool = False) -> None:
        now = time.monotonic()
        if self.quiet or (not force and now - self.last < (0.2 if self.tty else 2.0)):
            return
        self.last = now
        elapsed = max(now - self.started, 1e-6)
        eta = report.seconds_left(elapsed)
        fields = {"articles_done": report.articles_done, "articles": self.total,
                  "sentences_written": report.sentences_written,
                  "sentences_per_s": round(report.sentences_written / elapsed, 1),
                  "eta_s": round(eta) if eta is not None else None, "failed_batches": report.tasks_failed}
        if self.tty:
            eta_text = f"{eta / 60:5.1f} min" if eta is not None else "  ?"
            self.stream.write(f"\r\033[Ktranslate {report.articles_done}/{self.total} articles, "
                              f"{fields['sentences_per_s']} sentences/s, eta {eta_text}")
        else:
            self.stream.write(event_line("searchsvc.translate", "progress", **fields) + "\n")
        self.stream.flush()

    def close(self, report) -> None:
        self(report, force=True)
        if self.tty and not self.quiet:
            self.stream.write("\n")


def cmd_translate(args, services) -> int:
    from .backlog import Backlog
    from .distributed import ArchiveTranslation, describe_workers, quiet_cluster_logs, translation_cluster
    from .models import ModelCatalog

    settings = services.settings  # --index / --models-dir applied by the CLI
    if args.device:
        settings = dataclasses.replace(settings, translate_device=args.device)
    languages = services.languages
    routes = ModelCatalog.load(settings.models_dir, languages).routes()
    langs = [lang for lang in (args.lang or languages.target_codes) if routes[lang].available]
    if not langs:
        print(f"error: no translation model for {', '.join(args.lang or languages.target_codes)} in {settings.models_dir}: "
              f"searchsvc models install ru be  (or --file PACKAGE.argosmodel)", file=sys.stderr)
        return 3
    from ..index import IndexStore

    if not IndexStore(settings.index_dir).exists():
        print(f"error: no index at {settings.index_dir}: build one with `searchsvc reindex`", file=sys.stderr)
        return 3
    from ..engines import EngineError

    try:
        backlog = Backlog.load(settings, langs, recent_days=args.recent_days, limit=args.limit, languages=languages)
    except EngineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    task_sentences = args.task_sentences or (1024 if settings.translate_device == "cuda" else 64)
    workers = args.workers or (os.cpu_count() or 1)
    overrides = {"translate_device": args.device} if args.device else {}
    progress = TranslateProgress(backlog.total, quiet=args.quiet)
    deadline = time.monotonic() + args.max_seconds if args.max_seconds else None
    quiet_cluster_logs()
    with translation_cluster(settings, scheduler=args.scheduler, workers=workers, worker_overrides=overrides) as client:
        devices = describe_workers(client)
        if not args.quiet:
            where = args.scheduler or "a local cluster"
            print(f"translating {backlog.total} articles ({', '.join(langs)}) on {where}: "
                  + ", ".join(f"{n} {d} worker(s)" for d, n in devices.items()), file=sys.stderr)
        run = ArchiveTranslation(settings, client, langs=langs, task_sentences=task_sentences, on_progress=progress,
                                 languages=languages,
                                 should_stop=(lambda: time.monotonic() > deadline) if deadline else None)
        report = run.run(backlog.articles(), total=backlog.total)
    progress.close(report)
    if args.json:
        print(json.dumps({**report.to_dict(), "workers_by_device": dict(devices)}, ensure_ascii=False, indent=2))
    else:
        state = "STOPPED (rerun to resume)" if report.stopped else "done"
        print(f"translate {state}: {report.articles_done}/{report.articles} articles, {report.sentences_written} "
              f"sentences translated into the cache, {report.sentences_cached} already there, "
              f"{report.tasks} batches ({report.tasks_failed} failed) in {report.seconds:.1f} s")
        for error in report.errors[:20]:
            print(f"  ERROR {error}")
        from ..pipeline.backfill import GAP_FILL_LIMIT

        print(f"  next: `searchsvc reindex --source ...` writes the translations into the index from the cache "
              f"(its gap filling: up to {GAP_FILL_LIMIT} articles a run)")
    if report.stopped:
        return 75
    return 1 if report.tasks_failed else 0


def _prune_cache(settings, pairs) -> None:
    """Forget cached sentences of package versions that are no longer installed."""
    from pathlib import Path

    from .cache import TranslationCache
    from .engine import model_identity
    from .models import ModelCatalog

    if not (Path(settings.translation_cache_dir) / TranslationCache.FILE_NAME).exists():
        return
    cache = TranslationCache(settings.translation_cache_dir)
    keep = {model_identity(m, cache, settings.translate_beam) for m in ModelCatalog.load(settings.models_dir).models}
    removed = cache.prune(keep, tuple(f"{a}-{b}" for a, b in pairs))
    if removed:
        print(f"dropped {removed} cached sentences of replaced or removed packages")

