"""`searchsvc models list | install LANG... | install --file X.argosmodel | remove PACKAGE`.

Packages live in SEARCHSVC_MODELS_DIR (settings.models_dir). `install LANG` downloads from
the Argos package index when the network allows; `install --file` works offline.
"""

from __future__ import annotations

import dataclasses
import json
import sys

from ..languages import TARGETS


def register(sub) -> None:
    """Add this package's subcommands to the CLI's subparsers."""
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


def _settings(args):
    from ..config import Settings

    settings = Settings.load()
    if getattr(args, "models_dir", None):
        settings = dataclasses.replace(settings, models_dir=args.models_dir)
    return settings


def _error(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def cmd_list(args) -> int:
    from .models import ModelCatalog

    settings = _settings(args)
    catalog = ModelCatalog.load(settings.models_dir)
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
    for lang in TARGETS:
        print(routes[lang].describe())
    missing = [lang for lang in TARGETS if not routes[lang].available]
    if missing:
        print(f"articles are indexed without {', '.join(missing)} until a package is installed: "
              f"searchsvc models install {' '.join(missing)}  (or --file PACKAGE.argosmodel)")
    return 0


def cmd_install(args) -> int:
    from .models import ModelInstallError, install_file, install_from_index, parse_pair

    settings = _settings(args)
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
                pairs = [parse_pair(text) for text in args.langs]
            except ValueError as exc:
                return _error(str(exc))
            for info in install_from_index(settings.models_dir, settings.translation_cache_dir, pairs):
                print(f"installed {info.folder}: {info.from_code}->{info.to_code} version {info.version}")
            _prune_cache(settings, pairs)
    except ModelInstallError as exc:
        return _error(str(exc))
    return 0


def cmd_remove(args) -> int:
    from .models import ModelCatalog, ModelInstallError, remove

    settings = _settings(args)
    before = {(m.from_code, m.to_code) for m in ModelCatalog.load(settings.models_dir).models}
    try:
        removed = remove(settings.models_dir, args.package)
    except ModelInstallError as exc:
        return _error(str(exc))
    print(f"removed {', '.join(removed)}")
    _prune_cache(settings, sorted(before))
    return 0


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

