"""`searchsvc verify`: check every file of an index against what was written (exit 0 / 1 / 3)."""

from __future__ import annotations

import json

VERIFY_EXIT_CODES = """exit codes:
  0   every generation and the API journal are intact
  1   a generation that is not live is damaged: nothing served depends on it (the next reindex prunes it)
  3   the live generation or the API journal is damaged, or there is no index: run
      `searchsvc reindex --full` (see docs/reliability.md)
"""


def register(sub, languages) -> None:
    """Add this package's subcommands to the CLI's subparsers (`languages`: the CLI's registry)."""
    import argparse

    p = sub.add_parser("verify", help="check an index's files against their checksums",
                       description="Hashes every file of every generation and compares it with the checksums "
                                   "written when it was committed; checks each manifest and the API journal "
                                   "with SQLite's own page check. Reads only.",
                       epilog=VERIFY_EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--index", metavar="DIR")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_verify)


def cmd_verify(args, services) -> int:
    from .store import IndexStore

    report = IndexStore(services.settings.index_dir).verify()  # --index applied by the CLI
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return report["exit_code"]
    print(f"index {report['index_dir']} (live: {report['live']})")
    for g in report["generations"]:
        state = "intact" if g["intact"] else ("DAMAGED" if not g["servable"] else "manifest DAMAGED")
        print(f"  {g['generation']} [{g['role']}] {state}: {g['files_hashed']} files hashed")
        for problem in g["index_problems"] + g["manifest_problems"]:
            print(f"    - {problem}")
        for note in g["notes"]:
            print(f"    note: {note}")
    journal = report["api_journal"]
    print(f"  API journal: {'intact' if journal['intact'] else 'DAMAGED'}, {journal['entries']} entries")
    for problem in journal["problems"]:
        print(f"    - {problem}")
    if report.get("error"):
        print(f"  {report['error']}")
    return report["exit_code"]
