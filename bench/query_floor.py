"""A query's floor, before and after a change: two checkouts' searchsvc on one index, interleaved.

    .venv/bin/python bench/query_floor.py --docs 50000 --index-cache /tmp/perfcache --baseline /tmp/before
    .venv/bin/python bench/query_floor.py --docs 50000 --index-cache /tmp/perfcache --baseline /tmp/before \
        --baseline-index /tmp/perfcache-old/searchsvc-synthetic-50000    # a change to the index format

bench/search.py's query mix (420 unique queries in 7 kinds, drawn from its synthetic corpus) runs
once cold and then warm through this checkout's SearchService and the --baseline checkout's, each
in a subprocess of its own (PYTHONPATH=checkout), query by query in alternating order. Each
subprocess times its own search() call, wall clock and the CPU time of its thread: on the shared
2-core box the wall clock carries the other processes' load, the CPU time much less of it. The run
fails unless every answer has the same total, top-10 ids, facets and matched_via on both sides.

--baseline-index: the baseline reads another index (same corpus, built by the baseline's writer),
for changes to what the writer puts on disk; the documents may be numbered in another order
there, so equal scores may order the hits otherwise: the check is then the total, the facets,
the top 10's scores in order and the hits scoring above the 10th (_comparable). --stages: this checkout also reports where its time
goes (plan, evaluate, facets, hits), summed over each pass.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parent.parent


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


class Side:
    """One checkout's SearchService in a subprocess (this file with --serve)."""

    def __init__(self, checkout: Path, index: Path, entities: Path, stages: bool):
        env = {**os.environ, "PYTHONPATH": str(checkout.resolve())}
        cmd = [sys.executable, str(Path(__file__).resolve()), "--serve", str(index), "--entities", str(entities)]
        self.proc = subprocess.Popen(cmd + (["--stages"] if stages else []), env=env, cwd=checkout,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        self.where = self.proc.stdout.readline().split()[-1]  # "ready <searchsvc package path>"

    def ask(self, message):
        self.proc.stdin.write(json.dumps(message) + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


def serve(index: Path, entities: Path, stages: bool) -> int:
    """One query per stdin line: its answer, wall and thread-CPU ms; "stages": the stage sums."""
    import searchsvc
    from search import _registry
    from searchsvc.search import SearchService

    ids = json.loads(entities.read_text())
    service = SearchService(index, registry=_registry(ids["person"], ids["organization"]))
    service.search("warmup")
    service.near_terms_ready(120)
    spent = _stage_timers(service) if stages else {}
    gc.collect()
    gc.freeze()
    print("ready", searchsvc.__file__, flush=True)
    for line in sys.stdin:
        message = json.loads(line)
        if message == "stages":
            print(json.dumps(dict(spent)), flush=True)
            spent.clear()
            continue
        text, flt = message
        w0, c0 = time.perf_counter(), time.thread_time()
        r = service.search(text, filters={flt[0]: [flt[1]]} if flt else None,
                           mode="advanced" if text.startswith('"') else "plain", size=10)
        cpu, wall = (time.thread_time() - c0) * 1000, (time.perf_counter() - w0) * 1000
        print(json.dumps({"ms": wall, "cpu": cpu, "total": r.total, "ids": [h.id for h in r.hits],
                          "scores": [h.score for h in r.hits],
                          "via": [h.matched_via for h in r.hits], "facets": r.facets}, default=str), flush=True)
    return 0


def _comparable(answer: dict, exact: bool):
    """What must not change: total, facets, and the top 10 (ids in order, their matched_via).
    Not `exact` (two indexes of one corpus, whose forked writers numbered the documents in
    another order): the scores in order, and the ids and matched_via of the hits scoring above
    the 10th (equal scores are ordered by document number)."""
    if exact:
        return [answer["total"], answer["ids"], answer["via"], answer["facets"]]
    cut = answer["scores"][-1] if answer["scores"] else None
    above = sorted((i, v) for i, v, s in zip(answer["ids"], answer["via"], answer["scores"])
                   if cut is None or s is None or s > cut)
    return [answer["total"], answer["scores"], above, answer["facets"]]


def _stage_timers(service) -> dict:
    """Wall seconds per stage of SearchService._search, summed (wrappers on this process's objects)."""
    import functools
    from collections import defaultdict

    from searchsvc.search import scoring

    spent = defaultdict(float)

    def wrap(owner, name, label):
        f = getattr(owner, name)

        @functools.wraps(f)
        def timed(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return f(*args, **kwargs)
            finally:
                spent[label] += (time.perf_counter() - t0) * 1000

        setattr(owner, name, timed)

    wrap(service, "_plan", "plan")
    wrap(scoring.Evaluator, "evaluate", "evaluate")
    wrap(service, "_hit", "hits")
    wrap(service, "_matched_via", "matched_via")
    wrap(service._speller, "suggest", "did_you_mean")
    for facet in service.facets:
        wrap(facet, "counts", "facet_counts")
        wrap(facet, "render", "facet_render")
    wrap(service, "_search", "search")
    return spent


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=50_000)
    ap.add_argument("--index-cache", type=Path, required=False, metavar="DIR",
                    help="bench/search.py's index cache (the index is built there first when absent)")
    ap.add_argument("--baseline", type=Path, metavar="CHECKOUT", help="the other checkout (e.g. a worktree of main)")
    ap.add_argument("--baseline-index", type=Path, metavar="DIR", help="the baseline's own index of the same corpus")
    ap.add_argument("--queries", type=int, default=420)
    ap.add_argument("--stages", action="store_true", help="this checkout's time per stage, per pass")
    ap.add_argument("--json", metavar="FILE")
    ap.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--entities", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.serve:
        return serve(args.serve, args.entities, args.stages)
    if args.index_cache is None:
        ap.error("--index-cache is required")

    import search as bench

    corpus = bench.synthetic_corpus(args.docs)
    if corpus is None:
        return 1
    queries = bench.query_mix(corpus.articles, args.queries)
    index = args.index_cache / f"searchsvc-{corpus.name}"
    if not (index / "bench-build.json").exists():
        engine = bench.SearchsvcEngine(args.index_cache)
        engine.build(corpus, args.index_cache)
        engine.close()
    workdir = Path(tempfile.mkdtemp(prefix="query-floor-"))
    entities = workdir / "entities.json"
    entities.write_text(json.dumps({t: [e.id for e in corpus.registry if e.type == t]
                                    for t in ("person", "organization")}))
    del corpus
    print(f"machine: {os.cpu_count()} cpus, load {os.getloadavg()[0]:.1f}; "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {len(queries)} queries", flush=True)
    sides = {"after": Side(ROOT, index, entities, args.stages)}
    if args.baseline:
        sides["before"] = Side(args.baseline, args.baseline_index or index, entities, False)
    for name, side in sides.items():
        print(f"  {name}: {side.where}", flush=True)
    times = {(s, p, m, k): [] for s in sides for p in ("cold", "warm") for m in ("ms", "cpu")
             for k in ("all", *bench.KINDS)}
    stages, differ = {}, []
    try:
        for pass_ in ("cold", "warm"):
            for i, (kind, text, flt) in enumerate(queries):
                order = list(sides) if i % 2 == 0 else list(sides)[::-1]
                answers = {}
                for name in order:
                    out = sides[name].ask([text, flt])
                    for m in ("ms", "cpu"):
                        times[(name, pass_, m, kind)].append(out[m])
                        times[(name, pass_, m, "all")].append(out[m])
                    answers[name] = _comparable(out, exact=args.baseline_index is None)
                if len(answers) == 2 and answers["after"] != answers["before"]:
                    differ.append((pass_, kind, text, flt))
                    print(f"    differs: {pass_} {kind} {text!r} {flt}", flush=True)
            if args.stages:
                stages[pass_] = {k: round(v / len(queries), 3) for k, v in sides["after"].ask("stages").items()}
    finally:
        for side in sides.values():
            side.close()
    kinds = ["all", *(k for k in bench.KINDS if times[("after", "cold", "ms", k)])]
    print("\n  p50 / p95 ms per query, wall and thread CPU" + ("; ratio = after / before" if args.baseline else ""))
    print("  | pass | kind | after wall | after CPU |" + (" before wall | before CPU | wall ratio | CPU ratio |"
                                                          if args.baseline else ""))
    print("  |---|---|---|---|" + ("---|---|---|---|" if args.baseline else ""))
    result = {"queries": len(queries), "differ": len(differ), "rows": {}}
    for pass_ in ("cold", "warm"):
        for k in kinds:
            row = {}
            cells = []
            for name in sides:
                for m in ("ms", "cpu"):
                    v = times[(name, pass_, m, k)]
                    row[f"{name}_{m}"] = (round(statistics.median(v), 2), round(pct(v, 95), 2))
            cells = [f"{row[f'after_{m}'][0]:.2f} / {row[f'after_{m}'][1]:.2f}" for m in ("ms", "cpu")]
            if args.baseline:
                cells += [f"{row[f'before_{m}'][0]:.2f} / {row[f'before_{m}'][1]:.2f}" for m in ("ms", "cpu")]
                cells += [f"{row[f'after_{m}'][0] / row[f'before_{m}'][0]:.2f}x / "
                          f"{row[f'after_{m}'][1] / row[f'before_{m}'][1]:.2f}x" for m in ("ms", "cpu")]
            print(f"  | {pass_} | {k} | " + " | ".join(cells) + " |")
            result["rows"][f"{pass_}/{k}"] = row
    if stages:
        result["stages"] = stages
        for pass_, spent in stages.items():
            print(f"  stages, {pass_}, ms per query (after): "
                  + ", ".join(f"{k} {v:.2f}" for k, v in sorted(spent.items(), key=lambda kv: -kv[1])))
    if args.baseline:
        print(f"  answers that differ (total, top-10 ids, matched_via, facets): {len(differ)} of {2 * len(queries)}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2))
    if differ:
        raise SystemExit(f"{len(differ)} answers differ from the baseline's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
