"""The `searchsvc` command: ingest, reindex, search, serve."""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys

from .config import SAMPLES_DIR, Settings
from .languages import LANGUAGES


def _settings(args) -> Settings:
    settings = Settings.load()
    if getattr(args, "index", None):
        settings = dataclasses.replace(settings, index_dir=args.index)
    return settings


def cmd_ingest(args) -> int:
    from .entities import EntityRegistry
    from .ingest import ingest_paths

    registry = EntityRegistry.load()
    report = ingest_paths(args.paths)
    for result in report.results:
        if args.json:
            data = result.to_json()
            for key in ("persons", "organizations"):
                if key in data:
                    data[key] = [registry.label(i, "en") for i in data[key]]
            print(json.dumps(data, ensure_ascii=False))
        elif result.rejected:
            print(f"REJECTED {result.source_path}: {result.reason}")
        else:
            a = result.article
            dup = f" (reprint of {result.duplicate_of})" if result.duplicate_of else ""
            print(f"{result.source_path}: {a.published} {a.site} | {a.title}{dup}")
    return 0


def cmd_reindex(args) -> int:
    from .pipeline import reindex

    settings = _settings(args)
    report = reindex(args.source, settings)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.summary())
    return 0


def cmd_search(args) -> int:
    from .search import SearchService

    settings = _settings(args)
    service = SearchService(settings.index_dir)
    result = service.search(args.query, lang=args.lang, size=args.size)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"{result['total']} hits")
    for i, hit in enumerate(result["hits"], 1):
        print(f"{i:2}. [{hit['published']}] {hit['title']}  ({hit['site']})")
        print(f"    {hit['snippet_text'][:200]}")
    return 0


def cmd_serve(args) -> int:
    import uvicorn

    from .index import IndexStore
    from .pipeline import reindex

    settings = _settings(args)
    if not IndexStore(settings.index_dir).exists():
        logging.getLogger("searchsvc").info("no index at %s: building it from the bundled samples", settings.index_dir)
        print(reindex([str(SAMPLES_DIR)], settings).summary(), file=sys.stderr)
    import os

    os.environ["SEARCHSVC_INDEX_DIR"] = settings.index_dir
    uvicorn.run("searchsvc.web.app:app_from_env", factory=True, host=args.host or settings.host,
                port=args.port or settings.port, workers=args.workers, log_level="info")
    return 0


# Packages that add their own subcommands: each module has `register(subparsers)`.
COMMAND_MODULES = ("searchsvc.entities.commands", "searchsvc.translation.commands")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="searchsvc", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="parse pages and print what was found")
    p.add_argument("paths", nargs="+")
    p.add_argument("--json", action="store_true", help="one JSON line per input file")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("reindex", help="build or refresh an index from pages")
    p.add_argument("--source", nargs="+", required=True, metavar="PATH")
    p.add_argument("--index", metavar="DIR")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_reindex)

    p = sub.add_parser("search", help="query an index")
    p.add_argument("query")
    p.add_argument("--index", metavar="DIR")
    p.add_argument("--lang", choices=LANGUAGES, default="en")
    p.add_argument("--size", type=int, default=10)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("serve", help="serve the HTTP API and search page")
    p.add_argument("--index", metavar="DIR")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--workers", type=int, default=1)
    p.set_defaults(func=cmd_serve)

    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv=None) -> int:
    logging.basicConfig(level=logging.INFO, format='{"level":"%(levelname)s","logger":"%(name)s","msg":"%(message)s"}')
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
