"""Leave-one-set-out measurement of the span model (searchsvc/entities/span_model.py) on blind6..blind21.

    nice .venv/bin/python bench/span_model_cv.py                      # all folds, the shipped parameters
    nice .venv/bin/python bench/span_model_cv.py --sets blind20,blind21 --iterations 50   # quicker, while developing

For each set k: train on every other set's English pages, tag set k's English pages, and score persons and
organizations (identity F1 as tests/entity_sets.py counts it, on the pages in Latin script only: the model
tags no other) three ways: (a) the model alone (its Viterbi spans, a lone surname folded into the page's
full name that ends with it), (b) the rules alone, (c) the rules plus the model's spans no rule covers at each
confidence threshold, through the extractor's own filters (EntityExtractor._model_mentions). (a) is an honest
estimate for an unseen page; the rules were written on these sets, so (b) and (c) are optimistic. Traps are
trap phrases extracted (any type, as the bench counts them).
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

from entity_sets import _ignored, extract_pages, identity_counts, page_errors, page_texts, trap_hits  # noqa: E402

from searchsvc.entities import EntityRegistry  # noqa: E402
from searchsvc.entities.span_model import SpanTagger, english, train  # noqa: E402

SETS = tuple(f"blind{k}" for k in range(6, 22))
KEYS = ("persons", "organizations")
THRESHOLDS = (0.5, 0.7, 0.9)


def _model_labels(tagger: SpanTagger, text: str) -> dict[str, set[str]]:
    """The model alone: its person and organization spans as facet labels."""
    out = {"persons": set(), "organizations": set(), "places": set()}
    for span in tagger.spans(text):
        label = span.text[4:] if span.text.startswith(("The ", "the ")) else span.text
        if span.label == "PER":
            out["persons"].add(label)
        elif span.label == "ORG":
            out["organizations"].add(label)
    full = [p for p in out["persons"] if " " in p]
    out["persons"] = {p for p in out["persons"] if " " in p or not any(f.endswith(" " + p) for f in full)}
    return out


def _count(pages: dict[str, dict], annotations: dict, counts: dict) -> None:
    for name, page in pages.items():
        want = annotations[name]
        for key in KEYS:
            tp, fp, fn, _, _ = identity_counts(page[key], want[key], _ignored(want, page, key), page.get("names"))
            c = counts[key]
            c[0], c[1], c[2] = c[0] + tp, c[1] + fp, c[2] + fn
        counts["traps"] += len(trap_hits(page, want))


def _empty() -> dict:
    return {"persons": [0, 0, 0], "organizations": [0, 0, 0], "traps": 0}


def _prf(c: list[int]) -> tuple[float, float, float]:
    tp, fp, fn = c
    p, r = (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _row(name: str, c: dict) -> str:
    cells = [name]
    for key in KEYS:
        p, r, f = _prf(c[key])
        cells.append(f"{p:.3f} / {r:.3f} / **{f:.3f}** (fp {c[key][1]})")
    cells.append(str(c["traps"]))
    return "| " + " | ".join(cells) + " |"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default=",".join(SETS), help="the folds to score (training always uses all of SETS but k)")
    ap.add_argument("--iterations", type=int, default=None)
    ap.add_argument("--json", type=Path, default=None, help="also write the counts here")
    ap.add_argument("--errors", action="store_true", help="what the model changes on each page (lowest threshold)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    texts = {s: [(n, t, a) for n, t, a in page_texts(s) if english(t)] for s in SETS}
    params = {"max_iterations": args.iterations} if args.iterations else None
    tmp = Path(tempfile.mkdtemp(prefix="span-cv-"))
    methods = ["crf", "rules", *(f"rules+crf@{t}" for t in THRESHOLDS)]
    results: dict[str, dict[str, dict]] = {}
    for k in args.sets.split(","):
        model = tmp / f"without-{k}.crfsuite"
        train([(t, a) for s in SETS if s != k for _n, t, a in texts[s]], model, params)
        annotations = {n: a for n, _t, a in texts[k]}
        names = set(annotations)
        results[k] = {m: _empty() for m in methods}
        tagger = SpanTagger(model)
        _count({n: _model_labels(tagger, t) for n, t, _a in texts[k]}, annotations, results[k]["crf"])
        overlay = lambda tag: EntityRegistry.load(overlay=tmp / f"{k}-{tag}.jsonl")  # noqa: E731
        rules = extract_pages(k, overlay("rules"), pages=names)
        _count(rules, annotations, results[k]["rules"])
        for t in THRESHOLDS:
            tagger = SpanTagger(model, threshold=t)
            both = extract_pages(k, overlay(str(t)), span_tagger=tagger, pages=names)
            _count(both, annotations, results[k][f"rules+crf@{t}"])
            if args.errors and t == THRESHOLDS[0]:
                for n in sorted(names):
                    before, after = page_errors(rules, annotations, n), page_errors(both, annotations, n)
                    for key in (*KEYS, "traps"):
                        if before.get(key) != after.get(key):
                            print(f"  {k} {n} {key}: rules {json.dumps(before.get(key), ensure_ascii=False)}"
                                  f" -> +crf@{t} {json.dumps(after.get(key), ensure_ascii=False)}", file=sys.stderr)
        print(k, json.dumps(results[k]), file=sys.stderr, flush=True)
    pooled = {m: _empty() for m in methods}
    for per in results.values():
        for m in methods:
            for key in KEYS:
                pooled[m][key] = [a + b for a, b in zip(pooled[m][key], per[m][key])]
            pooled[m]["traps"] += per[m]["traps"]
    print(f"machine: {platform.node()} {platform.machine()} python {platform.python_version()}, "
          f"{round(time.perf_counter() - t0)} s; English pages: {sum(len(texts[k]) for k in results)}")
    print("| set / method | persons P / R / F1 | organizations P / R / F1 | traps |")
    print("|---|---|---|---|")
    for k, per in results.items():
        for m in methods:
            print(_row(f"{k} {m}", per[m]))
    for m in methods:
        print(_row(f"pooled {m}", pooled[m]))
    wins = {m: sum(_prf(per[m][key])[2] > _prf(per["rules"][key])[2] for per in results.values() for key in KEYS)
            for m in methods[2:]}
    losses = {m: sum(_prf(per[m][key])[2] < _prf(per["rules"][key])[2] for per in results.values() for key in KEYS)
              for m in methods[2:]}
    print("folds x types where rules+crf beats / loses to rules alone (F1):",
          {m: f"{wins[m]} / {losses[m]}" for m in wins})
    if args.json:
        args.json.write_text(json.dumps({"folds": results, "pooled": pooled}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
