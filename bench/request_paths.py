"""No request path far above the median: each kind of request timed against plain searches.

    .venv/bin/python bench/request_paths.py --docs 20000 --index-cache /tmp/benchcache   # ~1 min

Uses the index bench/search.py keeps in --index-cache (built there first when absent) and its
synthetic corpus's registry. The reference is the median of the 420 plain/advanced searches of
bench/search.py's query mix (warm: the mix runs once before anything is timed). Each other path
runs over its own requests once, interleaved with reference searches; reported: p50, p95 and max
per path and each over the reference median, in wall time and in the thread's CPU time (a
shared box's load moves wall time, not CPU). Issue 12's bar: no path above 10x the median.

Paths: did-you-mean (misspelt words that find nothing), suggest (1-5 letter prefixes of title
words and entity names), page 50 (the deepest page: `max_page`, sizes 10 and 50), newest first
(sort=date), the most filter values a request may carry (20 persons + 20 organizations, with
and without a word), the empty query with a filter, day buckets over all, advanced prefix
(2-letter stems) and fuzzy (~2) terms.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> int:
    import search as bench

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument("--index-cache", type=Path, required=True, metavar="DIR")
    ap.add_argument("--per-path", type=int, default=40, help="requests per path")
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()

    corpus = bench.synthetic_corpus(args.docs)
    if corpus is None:
        return 1
    gc.collect()
    gc.freeze()  # the corpus stays alive all run: its objects out of the collector's full passes
    engine = bench.SearchsvcEngine(args.index_cache)
    engine.build(corpus, args.index_cache)
    service = engine.service
    mix = bench.query_mix(corpus.articles, 420)
    rng = random.Random(7)
    words = [t for k, t, _ in mix if k in ("common", "rare")]
    common = [t for k, t, _ in mix if k == "common"]
    persons = sorted({e.id for e in corpus.registry if e.type == "person"})
    orgs = sorted({e.id for e in corpus.registry if e.type == "organization"})
    n = args.per_path

    def search(text, **kw):
        return lambda: service.search(text, **kw)

    paths = {
        "did-you-mean": [search(t) for k, t, _ in mix if k == "zero_hit"][:n],
        "suggest": [(lambda p=p: service.suggest(p)) for p in
                    [w[:rng.randint(1, 5)] for w in rng.sample(words, n // 2)] +
                    [e[:rng.randint(1, 8)] for e in rng.sample(persons + orgs, n - n // 2)]],
        "page 50 (size 10)": [search(t, page=50, size=10) for t in rng.sample(common, n)],
        "page 50 (size 50)": [search(t, page=50, size=50) for t in rng.sample(common, n)],
        "newest first": [search(t, sort="date") for t in rng.sample(common, n)],
        "40 filter values + word": [search(t, filters={"person": rng.sample(persons, 20),
                                                       "organization": rng.sample(orgs, 20)})
                                    for t in rng.sample(common, n)],
        "40 filter values, no words": [search("", filters={"person": rng.sample(persons, 20),
                                                           "organization": rng.sample(orgs, 20)})
                                       for _ in range(n)],
        "day buckets": [search(t, date_granularity="day") for t in rng.sample(common, n)],
        "advanced prefix": [search(t[:2] + "*", mode="advanced") for t in rng.sample(words, n)],
        "advanced fuzzy ~2": [search(t + "~2", mode="advanced") for t in rng.sample(words, n)],
    }
    reference = [search(text, filters={flt[0]: [flt[1]]} if flt else None,
                        mode="advanced" if text.startswith('"') else "plain") for _k, text, flt in mix]
    for q in reference:  # warm: every mix query once
        q()
    ref, out = {"wall": [], "cpu": []}, {}
    ref_iter = iter(reference * 2)
    for name, requests in paths.items():
        ms = {"wall": [], "cpu": []}
        for request in requests:
            for timed, sink in ((request, ms), (next(ref_iter), ref)):
                t0, c0 = time.perf_counter(), time.thread_time()
                timed()
                sink["cpu"].append((time.thread_time() - c0) * 1000)
                sink["wall"].append((time.perf_counter() - t0) * 1000)
        out[name] = ms
    print(f"machine: {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}; {corpus.name}; "
          f"reference: {len(ref['wall'])} searches of the mix")
    result = {}
    for clock in ("wall", "cpu"):
        median = statistics.median(ref[clock])
        print(f"{clock} ms; the reference median {median:.2f} ms")
        print("| path | p50 ms | p95 ms | max ms | p50 / median | p95 / median | max / median |")
        print("|---|---|---|---|---|---|---|")
        rows = {}
        for name, by_clock in out.items():
            ms = by_clock[clock]
            p50, p95, mx = statistics.median(ms), pct(ms, 95), max(ms)
            rows[name] = {"p50_ms": round(p50, 2), "p95_ms": round(p95, 2), "max_ms": round(mx, 2),
                          "p95_over_median": round(p95 / median, 1)}
            print(f"| {name} | {p50:.2f} | {p95:.2f} | {mx:.2f} | {p50 / median:.1f}x | {p95 / median:.1f}x | "
                  f"{mx / median:.1f}x |", flush=True)
        result[clock] = {"reference_median_ms": median, "paths": rows}
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
