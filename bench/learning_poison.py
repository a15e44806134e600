"""Can learning poison the facets? Score the blind pages, learn from many unrelated wire stories into
a fresh overlay (as a `--learn` ingest or the batch job would), and score the blind pages again.

    .venv/bin/python bench/learning_poison.py                    # 10,000 Reuters-21578 stories, blind6
    .venv/bin/python bench/learning_poison.py --limit 2000 --set blind5
    .venv/bin/python bench/learning_poison.py --set dev7,blind6      # several sets, one learning run
    .venv/bin/python bench/learning_poison.py --learn-from blind6,blind7,blind8 --set blind17
                                           # learn from regional pages (what the batch job meets), not the wire

With several sets, each is scored after learning on its own copy of the learned overlay: scoring a set
learns from its pages too, and that must not count against the next set.

Issue 14's target: F1 on the blind pages changes by less than 0.01. Needs ../shared/data/reuters21578.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from entity_sets import ENTITY_KEYS, FIXTURES, extract_pages, gold, one_article, score_pages  # noqa: E402


from searchsvc.article import Article  # noqa: E402
from searchsvc.entities import EntityExtractor, EntityRegistry  # noqa: E402

REUTERS = ROOT.parent / "shared" / "data" / "reuters21578" / "reuters21578.jsonl"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=10000)
    ap.add_argument("--set", default="blind6", help="page set(s) under tests/fixtures/entities, comma-separated")
    ap.add_argument("--learn-from", default="",
                    help="learn from these page sets' pages (comma-separated) instead of the wire stories")
    ap.add_argument("--changes", action="store_true", help="print each page's entities that learning added or took away")
    args = ap.parse_args(argv)
    learn_sets = [name.strip() for name in args.learn_from.split(",") if name.strip()]
    if not learn_sets and not REUTERS.exists():
        print(f"skip: {REUTERS} not found", file=sys.stderr)
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="bench-poison-"))
    sets = [name.strip() for name in args.set.split(",") if name.strip()]
    annotations = {name: gold(name) for name in sets}
    found_before = {name: extract_pages(name, EntityRegistry.load(overlay=tmp / f"clean-{name}.jsonl")) for name in sets}
    before = {name: score_pages(found_before[name], annotations[name]) for name in sets}
    registry = EntityRegistry.load(overlay=tmp / "learned.jsonl")
    extractor = EntityExtractor(registry)
    t0, n = time.perf_counter(), 0
    for item in _regional_pages(learn_sets) if learn_sets else _wire_stories(args.limit):
        extractor.annotate(item)
        n += 1
    seconds = time.perf_counter() - t0
    learned = [e for e in registry.learned() if e.origin == "machine"]
    trusted = sum(registry.trusted(e) for e in learned)
    # each set is scored on its own copy of what the wire stories taught: scoring one set learns from its pages,
    # which must not count against the next set
    found_after = {}
    for name in sets:
        snapshot = tmp / f"after-{name}.jsonl"
        if registry.overlay_path.exists():
            shutil.copyfile(registry.overlay_path, snapshot)
        found_after[name] = extract_pages(name, EntityRegistry.load(overlay=snapshot))
    after = {name: score_pages(found_after[name], annotations[name]) for name in sets}
    print(f"{platform.node()} {platform.machine()} python {platform.python_version()}: {n} {'regional pages' if learn_sets else 'stories'} learned in "
          f"{seconds:.0f} s; {len(learned)} entities learned, {trusted} trusted (seen in 3+ articles or 2+ sites)")
    for name in sets:
        for key in ENTITY_KEYS:
            b, a = before[name][key]["f1"], after[name][key]["f1"]
            print(f"  {name} {key}: F1 {b:.3f} -> {a:.3f} (change {a - b:+.3f})")
        print(f"  {name} traps before {len(before[name]['traps'])}, after {len(after[name]['traps'])}; "
              f"sites {before[name]['sites']} -> {after[name]['sites']}, dates {before[name]['dates']} -> {after[name]['dates']}")
        if args.changes:
            for page, was in found_before[name].items():
                now = found_after[name][page]
                for key in ENTITY_KEYS:
                    added, lost = sorted(now[key] - was[key]), sorted(was[key] - now[key])
                    if added or lost:
                        print(f"    {page} {key}: added {added}, lost {lost}")
    return 0


def _wire_stories(limit: int):
    """The first `limit` Reuters-21578 stories with a body, as articles of one wire site."""
    with REUTERS.open(encoding="utf-8") as fh:
        n = 0
        for line in fh:
            if n >= limit:
                return
            rec = json.loads(line)
            if not (rec.get("body") or "").strip():
                continue
            n += 1
            yield Article(id=f"reuters-{rec['newid']}", title=rec.get("title") or "", body=rec["body"],
                          site="Reuters", published=None)


def _regional_pages(sets: list[str]):
    """Every page of these sets as the batch job reads it (its site, its id): what a corpus of regional pages teaches."""
    for name in sets:
        for page in sorted(gold(name)):
            article = one_article(FIXTURES / name / "pages" / page)
            if not isinstance(article, Exception):
                article.id = f"{name}-{page}"
                yield article


if __name__ == "__main__":
    sys.exit(main())
