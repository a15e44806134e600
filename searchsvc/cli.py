"""The `searchsvc` command: ingest, reindex, search, serve.

`main` loads the settings once (with --index / --models-dir / --file over them), builds the
services from them and hands both to the subcommand: `func(args, services)`.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys

from .config import SAMPLES_DIR, Settings
from .facets import FacetRegistry, default_facets
from .languages import LanguageRegistry, default_languages, resolve
from .services import Services


# command-line options that override a setting: option dest -> Settings field
SETTING_OPTIONS = {"index": "index_dir", "models_dir": "models_dir", "entities_file": "entities_file"}


def settings_for(args, env: dict | None = None) -> Settings:
    """The settings (environment, TOML file, defaults) with what this command line names over them."""
    overrides = {field: value for dest, field in SETTING_OPTIONS.items() if (value := getattr(args, dest, None))}
    return dataclasses.replace(Settings.load(env=env), **overrides)


def cmd_ingest(args, services: Services) -> int:
    from .ingest import ingest_paths

    report = ingest_paths(args.paths, learn=args.learn, extractor=services.extractor)
    registry = report.registry or services.registry
    for result in report.results:
        if args.json:
            data = result.to_json()
            for key in services.facets.entity_fields().values():  # the Article attributes holding entity ids
                if key in data:
                    data[key] = [registry.label(i, "en") for i in data[key]]
            print(json.dumps(data, ensure_ascii=False))
        elif result.rejected:
            print(f"REJECTED {result.source_path}: {result.reason}")
        else:
            a = result.article
            dup = (f" ({a.lang} edition of {result.duplicate_of})" if result.edition else
                   f" (reprint of {result.duplicate_of})" if result.duplicate_of else "")
            print(f"{result.source_path}: {a.published} {a.site} | {a.title}{dup}")
            for warning in result.warnings:
                print(f"    warning: {warning}")
    if not args.json:
        print(report.summary())
    return 0


def cmd_reindex(args, services: Services) -> int:
    from .index.locks import LockHeld
    from .pipeline import EXIT_FAILED, EXIT_LOCKED, Progress, reindex

    settings = services.settings
    progress = Progress(quiet=args.quiet)
    try:
        report = reindex(args.source, settings, services=services, full=args.full, progress=progress,
                         lock_timeout=args.wait,
                         grace_seconds=args.grace, max_drop=args.max_drop)
    except LockHeld as exc:
        print(f"searchsvc reindex: {exc}; exiting with {EXIT_LOCKED} (try again later)", file=sys.stderr)
        _failure_report(args, settings, EXIT_LOCKED, str(exc), lock_holder=exc.holder)
        return EXIT_LOCKED
    except Exception as exc:  # the served index is as it was: every write is atomic or resumable
        logging.getLogger("searchsvc.reindex").exception("reindex failed")
        print(f"searchsvc reindex: FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        _failure_report(args, settings, EXIT_FAILED, f"{type(exc).__name__}: {exc}")
        return EXIT_FAILED
    data = json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
    if args.report:
        with open(args.report, "w", encoding="utf-8") as fh:
            fh.write(data + "\n")
    if args.json:
        print(data)
    else:
        print(report.summary())
    return report.exit_code


def _failure_report(args, settings, exit_code: int, error: str, **extra) -> None:
    """A run that ended before it had a report still answers --json / --report: a scheduler parses it."""
    if not (args.json or args.report):
        return
    data = json.dumps({"index_dir": settings.index_dir, "exit_code": exit_code, "error": error, **extra},
                      ensure_ascii=False, indent=2)
    if args.report:
        with open(args.report, "w", encoding="utf-8") as fh:
            fh.write(data + "\n")
    if args.json:
        print(data)


def cmd_search(args, services: Services) -> int:
    from .search import QueryError

    service = services.search
    filters = search_filters(args, services.facets)
    try:
        result = service.search(args.query, lang=args.lang, page=args.page, size=args.size, filters=filters or None,
                                date_from=args.date_from, date_to=args.date_to, sort=args.sort,
                                mode="advanced" if args.advanced else "plain")
    except QueryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(f"{result.total} hits" + (f"; did you mean: {result.did_you_mean}" if result.did_you_mean else ""))
    for i, hit in enumerate(result.hits, (args.page - 1) * args.size + 1):
        print(f"{i:2}. [{hit.published}] {hit.title}  ({hit.site}; via {', '.join(hit.matched_via) or '-'})")
        print(f"    {hit.snippet_text[:200]}")
    return 0


def search_filters(args, facets: FacetRegistry) -> dict[str, list[str]]:
    """The facet filters of `searchsvc search` (--person ID --org ID --site NAME ...)."""
    return {f.name: values for f in facets.filters() if (values := getattr(args, _flag_dest(f.flag), None))}


def _flag_dest(flag: str) -> str:
    return "filter_" + flag.replace("-", "_")


def cmd_serve(args, services: Services) -> int:
    from .index import IndexStore
    from .pipeline import reindex
    from .web.serve import serve

    settings = services.settings
    if not IndexStore(settings.index_dir).exists():
        logging.getLogger("searchsvc").info("no index at %s: building it from the bundled samples", settings.index_dir)
        print(reindex([str(SAMPLES_DIR)], settings, services=services).summary(), file=sys.stderr)
    overrides = {k: v for k, v in (("host", args.host), ("port", args.port), ("workers", args.workers)) if v}
    serve(dataclasses.replace(settings, **overrides), services)
    return 0


REINDEX_EXIT_CODES = """exit codes:
  0   done (rejected pages, e.g. empty or not news, are normal and listed in the report)
  1   partial failure: a stage failed for some inputs ("errors" in the report); retried next run
  2   usage error
  3   failed, nothing changed: validation failed, a source is missing, or an unexpected error
  75  another reindex holds <index>/reindex.lock (EX_TEMPFAIL): try again later
"""

# Packages that add their own subcommands: each module has `register(subparsers, languages)`, and each command
# is `func(args, services)` (services built from the settings with --index etc. applied; see main).
COMMAND_MODULES = ("searchsvc.entities.commands", "searchsvc.index.commands", "searchsvc.translation.commands")


def build_parser(facets: FacetRegistry | None = None, languages: LanguageRegistry | None = None) -> argparse.ArgumentParser:
    """`facets`: the facets whose filters `search` offers as flags (default_facets()); `languages`:
    those `--lang` offers (default_languages())."""
    facets = facets if facets is not None else default_facets()
    languages = resolve(languages)
    parser = argparse.ArgumentParser(prog="searchsvc", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="parse pages and print what was found")
    p.add_argument("paths", nargs="+")
    p.add_argument("--json", action="store_true", help="one JSON line per input file")
    p.add_argument("--learn", action="store_true",
                   help="write unknown entities to the learned-entities overlay (default: change nothing)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("reindex", help="build or refresh an index from pages",
                       description="Incremental by default: only new, changed and deleted pages are processed. "
                                   "--full builds a new generation, validates it and switches to it atomically.",
                       epilog=REINDEX_EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--source", nargs="+", required=True, metavar="PATH",
                   help="page files or directories; files the index holds under them that are gone get deleted")
    p.add_argument("--index", metavar="DIR")
    p.add_argument("--full", action="store_true", help="rebuild everything into a new generation")
    p.add_argument("--json", action="store_true", help="print the report as JSON on stdout")
    p.add_argument("--report", metavar="FILE", help="also write the JSON report to FILE")
    p.add_argument("--quiet", action="store_true", help="no progress bar / progress log lines on stderr")
    p.add_argument("--wait", type=float, default=0.0, metavar="SECONDS",
                   help="wait this long for another reindex to finish (default: exit 75 at once)")
    p.add_argument("--grace", type=float, default=600.0, metavar="SECONDS",
                   help="keep a replaced generation at least this long before pruning it (default 600)")
    p.add_argument("--max-drop", type=float, default=0.5, metavar="FRACTION",
                   help="refuse (exit 3) to remove more than this fraction of the documents (default 0.5)")
    p.set_defaults(func=cmd_reindex)

    p = sub.add_parser("search", help="query an index")
    p.add_argument("query")
    p.add_argument("--index", metavar="DIR")
    p.add_argument("--lang", choices=languages.codes, default=languages.source.code)
    p.add_argument("--size", type=int, default=10)
    p.add_argument("--page", type=int, default=1)
    for facet in facets.filters():
        p.add_argument(f"--{facet.flag}", action="append", dest=_flag_dest(facet.flag), metavar=facet.metavar,
                       choices=facet.allowed or None,
                       help=f"filter by {facet.description or facet.name} (repeatable: any of)")
    p.add_argument("--date-from", metavar="DATE", help="2023, 2023-01 or 2023-01-11")
    p.add_argument("--date-to", metavar="DATE")
    p.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    p.add_argument("--advanced", action="store_true", help='phrases, AND/OR/NOT, field:value, prefix*, fuzzy~')
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("serve", help="serve the HTTP API and search page")
    p.add_argument("--index", metavar="DIR")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--workers", type=int, help="worker processes serving the same index (default: settings, 1)")
    p.set_defaults(func=cmd_serve)

    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, languages)
    return parser


# Commands whose stdout is the answer (read by a person or piped on): their logs say only what went
# wrong. The others narrate at INFO unless --quiet.
ANSWER_COMMANDS = ("search", "entities", "ingest")
EXIT_SIGPIPE = 128 + 13  # what `yes | head` reports: the reader went away


def log_level(args) -> str:
    return "WARNING" if args.command in ANSWER_COMMANDS or getattr(args, "quiet", False) else "INFO"


def main(argv=None) -> int:
    import logging.config

    from .logs import log_config

    facets, languages = default_facets(), default_languages()
    args = build_parser(facets, languages).parse_args(argv)
    # the server's format (searchsvc/logs.py): one JSON object per line on stderr, whichever command logs
    logging.config.dictConfig(log_config(log_level(args)))
    try:
        code = args.func(args, Services.from_settings(settings_for(args), facets, languages))
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # `searchsvc search ... | head`: the reader has what it wanted. Point stdout at /dev/null so the
        # interpreter's last flush does not fail again, and end quietly like any Unix filter.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_SIGPIPE


if __name__ == "__main__":
    sys.exit(main())
