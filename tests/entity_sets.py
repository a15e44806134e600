"""Shared scoring for the blind entity sets (tests/fixtures/entities/<set>/): what a user filtering
by person or organization would see, compared with the set's annotations."""

from __future__ import annotations

import json
from pathlib import Path

from searchsvc.entities import EntityExtractor, EntityRegistry
from searchsvc.ingest import parse_file

FIXTURES = Path(__file__).parent / "fixtures" / "entities"
KEYS = ("persons", "organizations")


def gold(set_name: str) -> dict:
    return json.loads((FIXTURES / set_name / "annotations.json").read_text(encoding="utf-8"))


def extract_set(set_name: str, registry: EntityRegistry) -> dict[str, dict[str, set[str]]]:
    """English labels of the persons and organizations extracted from every page (one registry)."""
    extractor = EntityExtractor(registry)
    out = {}
    for name in sorted(gold(set_name)):
        article, _warnings = parse_file(FIXTURES / set_name / "pages" / name)
        extractor.annotate(article)
        out[name] = {key: {registry.label(i, "en") for i in getattr(article, key)} for key in KEYS}
    return out


def f1(extracted: dict, annotations: dict, keys=KEYS, names=None) -> float:
    """Micro-averaged F1 over `names` (default: all pages) and `keys`."""
    tp = fp = fn = 0
    for name in names or annotations:
        for key in keys:
            got, want = extracted[name][key], set(annotations[name][key])
            tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def misses(extracted: dict, annotations: dict, name: str) -> dict:
    """(extra, missing) labels per key, for an assertion message."""
    return {k: (sorted(extracted[name][k] - set(annotations[name][k])),
                sorted(set(annotations[name][k]) - extracted[name][k])) for k in KEYS}
