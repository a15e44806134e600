"""Entity quality on pages annotated with identity: persons, organizations, places, site, date.

    .venv/bin/python bench/entity_pages.py                  # blind6 (default)
    .venv/bin/python bench/entity_pages.py --set blind6 --errors
    SEARCHSVC_ENTITY_SPAN_MODEL=1 .venv/bin/python bench/entity_pages.py --set blind6   # with the span model

An entity counts once whatever label it comes out under (annotations list transliteration variants);
the same entity under two labels is a false positive. Sites and dates are exact matches with the
annotation; traps are phrases (tournaments, medals, venues, services, streets...) that must not come
out as any entity. Scoring lives in tests/entity_sets.py, shared with the regression tests; learned
entities go to a throw-away overlay.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from entity_sets import ENTITY_KEYS, extract_pages, gold, page_errors, score_pages  # noqa: E402

from searchsvc.config import Settings  # noqa: E402
from searchsvc.entities import EntityRegistry  # noqa: E402
from searchsvc.entities.span_model import SpanTagger  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default="blind6", help="folder under tests/fixtures/entities")
    ap.add_argument("--errors", action="store_true", help="print what differs on each page")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    registry = EntityRegistry.load(overlay=Path(tempfile.mkdtemp(prefix="bench-pages-")) / "entities-learned.jsonl")
    annotations = gold(args.set)
    # the settings' switch (SEARCHSVC_ENTITY_SPAN_MODEL=1): the learned span model beside the rules
    tagger = SpanTagger.load() if Settings.load().entity_span_model else None
    t0 = time.perf_counter()
    extracted = extract_pages(args.set, registry, span_tagger=tagger)
    result = score_pages(extracted, annotations)
    result["seconds"] = round(time.perf_counter() - t0, 2)
    result["machine"] = f"{platform.node()} {platform.machine()} python {platform.python_version()}"
    if args.errors:
        for name in sorted(annotations):
            diff = page_errors(extracted, annotations, name)
            if diff:
                print(name, json.dumps(diff, ensure_ascii=False), file=sys.stderr)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    model = ", span model on" if tagger is not None else ""
    print(f"{args.set}: {result['pages']} pages, {result['seconds']} s, {result['machine']}{model}")
    for key in ENTITY_KEYS:
        s = result[key]
        print(f"  {key}: P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}  (gold {s['gold']})")
    print(f"  sites {result['sites']}/{result['pages']}  dates {result['dates']}/{result['pages']}  "
          f"trap phrases extracted: {len(result['traps'])}")
    for hit in result["traps"]:
        print(f"    {hit}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
