"""Rebuild the shipped span model (searchsvc/entities/span_model.crfsuite) from the annotated sets.

    .venv/bin/python scripts/train_span_model.py                 # blind6..blind21, the English pages
    .venv/bin/python scripts/train_span_model.py --sets blind6,blind7 --out /tmp/m.crfsuite

Deterministic: the sets' pages in sorted order and fixed parameters (span_model.TRAIN_PARAMS), so one
checkout rebuilds one file. blind3-5 are left out (ingest rejects some of their pages: the bench skips them
too); the Russian and Belarusian pages are skipped (their annotations are English labels of Cyrillic names).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from entity_sets import page_texts  # noqa: E402

from searchsvc.entities.span_model import MODEL_FILE, train  # noqa: E402

TRAINING_SETS = tuple(f"blind{k}" for k in range(6, 22))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default=",".join(TRAINING_SETS),
                    help="comma-separated folders under tests/fixtures/entities")
    ap.add_argument("--out", type=Path, default=MODEL_FILE)
    ap.add_argument("--iterations", type=int, default=None, help="fewer while developing (default: TRAIN_PARAMS)")
    args = ap.parse_args(argv)
    pages = [(text, annotation) for s in args.sets.split(",") for _name, text, annotation in page_texts(s)]
    params = {"max_iterations": args.iterations} if args.iterations else None
    counts = train(pages, args.out, params)
    print(json.dumps({**counts, "model": str(args.out), "bytes": args.out.stat().st_size}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
