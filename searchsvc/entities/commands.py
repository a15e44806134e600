"""`searchsvc entities ...`: list, export and import learned entities (editor corrections).

    searchsvc entities list [--machine] [--json]   every entity (or only machine-labelled ones)
    searchsvc entities learned [--json]            learned entities with their evidence, for review
    searchsvc entities forget ID [ID...]           undo learned entities
    searchsvc entities export FILE [--all]         learned entities as JSON, for an editor
    searchsvc entities import FILE                 corrected labels win and survive reindexing
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def cmd_list(args, services) -> int:
    registry = services.registry  # --index / --file applied by the CLI
    entities = [e for e in registry if (not args.machine or e.machine_labels)]
    if args.type:
        entities = [e for e in entities if e.type == args.type]
    entities.sort(key=lambda e: (e.type, e.label("en").lower()))
    if args.json:
        for e in entities:
            print(json.dumps(e.to_dict(), ensure_ascii=False))
        return 0
    for e in entities:
        flag = {"machine": " [machine labels]", "editor": " [edited]"}.get(e.origin, "")
        print(f"{e.type:12} {e.id:50} {e.label('en')} | {e.label('ru')} | {e.label('be')}{flag}")
    print(f"{len(entities)} entities; overlay: {registry.overlay_path}", file=sys.stderr)
    return 0


def cmd_learned(args, services) -> int:
    """Learned entities with the articles they were seen in and whether they are trusted yet."""
    registry = services.registry  # --index / --file applied by the CLI
    entities = sorted((e for e in registry.learned() if e.origin == "machine"), key=lambda e: (e.type, e.id))
    for e in entities:
        seen = sorted(registry.evidence(e.id))
        row = {"id": e.id, "type": e.type, "label": e.label("en"), "articles": len(seen),
               "sites": len({s.partition("@")[2] for s in seen}), "trusted": registry.trusted(e)}
        if args.json:
            print(json.dumps({**row, "seen": seen}, ensure_ascii=False))
        else:
            flag = "trusted" if row["trusted"] else "pending"
            print(f"{e.type:12} {e.id:50} {row['label']}  [{flag}: {row['articles']} articles, {row['sites']} sites]")
    print(f"{len(entities)} learned entities; overlay: {registry.overlay_path}", file=sys.stderr)
    return 0


def cmd_forget(args, services) -> int:
    registry = services.registry  # --index / --file applied by the CLI
    result = registry.forget(args.ids)
    print(json.dumps({"overlay": str(registry.overlay_path), **result}, ensure_ascii=False))
    return 0 if not result["not_learned"] else 1


def cmd_export(args, services) -> int:
    registry = services.registry  # --index / --file applied by the CLI
    entities = list(registry) if args.all else registry.learned()
    entities.sort(key=lambda e: e.id)
    payload = json.dumps([e.to_dict() for e in entities], ensure_ascii=False, indent=1) + "\n"
    if args.out == "-":
        sys.stdout.write(payload)
    else:
        Path(args.out).write_text(payload, encoding="utf-8")
        print(f"exported {len(entities)} entities to {args.out}", file=sys.stderr)
    return 0


def cmd_import(args, services) -> int:
    from .registry import Entity, RegistryError

    registry = services.registry  # --index / --file applied by the CLI
    try:
        data = json.loads(Path(args.src).read_text(encoding="utf-8"))
    except OSError as exc:
        print(f"entities import: cannot read {args.src}: {exc.strerror}", file=sys.stderr)
        return 2
    except json.JSONDecodeError as exc:
        print(f"entities import: {args.src} is not JSON: {exc}", file=sys.stderr)
        return 2
    if isinstance(data, dict) and isinstance(data.get("entities"), list):
        data = data["entities"]  # an overlay file itself
    if not isinstance(data, list):
        print(f"entities import: {args.src} must hold a JSON list of entities", file=sys.stderr)
        return 2
    try:
        entities = [Entity.from_dict(item, args.src) for item in data]
        result = registry.import_corrections(entities)
    except RegistryError as exc:
        print(f"entities import: rejected, nothing changed: {exc}", file=sys.stderr)
        return 2
    print(json.dumps({"file": args.src, "overlay": str(registry.overlay_path), **result}, ensure_ascii=False))
    return 0


def register(sub, languages) -> None:
    """Add this package's subcommands to the CLI's subparsers (`languages`: the CLI's registry)."""
    p = sub.add_parser("entities", help="list, export and import entities (editor corrections)")
    esub = p.add_subparsers(dest="entities_command", required=True)

    def common(q):
        q.add_argument("--index", metavar="DIR", help="the index whose learned entities to use")
        q.add_argument("--file", dest="entities_file", metavar="PATH",
                       help="the overlay file (default: settings.entities_file)")

    q = esub.add_parser("list", help="every entity, with labels in en | ru | be")
    q.add_argument("--machine", action="store_true", help="only entities with machine-made labels")
    q.add_argument("--type", choices=("person", "organization"))
    q.add_argument("--json", action="store_true", help="one JSON object per line")
    common(q)
    q.set_defaults(func=cmd_list)

    q = esub.add_parser("learned", help="learned entities with their evidence (articles, sites), for review")
    q.add_argument("--json", action="store_true", help="one JSON object per line")
    common(q)
    q.set_defaults(func=cmd_learned)

    q = esub.add_parser("forget", help="undo learned entities (they leave every later extraction)")
    q.add_argument("ids", nargs="+", metavar="ID")
    common(q)
    q.set_defaults(func=cmd_forget)

    q = esub.add_parser("export", help="write learned entities (or --all) as JSON for an editor")
    q.add_argument("out", metavar="FILE", help="output file, or - for stdout")
    q.add_argument("--all", action="store_true", help="every entity, not only learned ones")
    common(q)
    q.set_defaults(func=cmd_export)

    q = esub.add_parser("import", help="apply an editor's corrected JSON (labels, aliases)")
    q.add_argument("src", metavar="FILE")
    common(q)
    q.set_defaults(func=cmd_import)
